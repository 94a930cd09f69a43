package pppdesk_test

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/pppdesk/pppdesk/querylimit"
)

// postOp sends a JSON POST naming the operation to run.
func (e *env) postOp(query, operationName string, vars map[string]any, headers ...string) response {
	e.t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "operationName": operationName, "variables": vars})
	req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	for i := 0; i+1 < len(headers); i += 2 {
		req.Header.Set(headers[i], headers[i+1])
	}
	return e.send(req)
}

// TestReviewNeighboursOfTheSelectedOperationAreMeasured: gqlgen validates every operation
// and fragment of a document, not only the one operationName selects, so 4,900 repeated
// fields in an operation that does not run (or in an unused fragment) cost seconds of
// validation unless the guard measures them too.
func TestReviewNeighboursOfTheSelectedOperationAreMeasured(t *testing.T) {
	e := newEnv(t, false)
	wide := strings.Repeat(" __typename", 4900)
	for name, q := range map[string]string{
		"unselected operation": "query A { __typename } query B {" + wide + " }",
		"unused fragment":      "query A { __typename } fragment F on Query {" + wide + " }",
	} {
		t.Run(name, func(t *testing.T) {
			before := e.st.Queries()
			r := e.postOp("# "+name+"\n"+q, "A", nil)
			if r.code() != "BAD_USER_INPUT" || !strings.Contains(r.Errors[0].Message, querylimit.FlagFields) {
				t.Fatalf("want BAD_USER_INPUT naming %s, got: %.300s", querylimit.FlagFields, r.Raw)
			}
			if n := e.st.Queries() - before; n != 0 {
				t.Fatalf("%d SQL statements ran for a refused request", n)
			}
		})
	}
}
