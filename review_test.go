package pppdesk_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/coder/websocket"
	"github.com/coder/websocket/wsjson"

	"github.com/pppdesk/pppdesk"
	"github.com/pppdesk/pppdesk/notify"
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
	t.Parallel()
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

// TestReviewSubscriptionsPerAccountAreCapped: every subscription polls the database, so one
// signed-in account (anyone may sign up) must not hold thousands open on one WebSocket: past
// --max-subscriptions the next is refused with RATE_LIMITED naming the limit, and closing
// one frees its slot.
func TestReviewSubscriptionsPerAccountAreCapped(t *testing.T) {
	t.Parallel()
	e := newEnvOpts(t, func(c *pppdesk.Config) {
		c.PollInterval = 20 * time.Millisecond
		c.Limits.MaxSubscriptions = 3
	})
	ts := httptest.NewServer(e.srv)
	defer ts.Close()
	p1 := e.login("proposer1@demo.pppdesk.jp")
	q := `subscription { proposalEvents { event { action } } }`
	c, ctx := subscribe(t, ts.URL, p1, q, nil) // id "1"
	for _, id := range []string{"2", "3", "4"} {
		must(t, wsjson.Write(ctx, c, map[string]any{"id": id, "type": "subscribe", "payload": map[string]any{"query": q}}))
	}
	msgs := subscriptionReader(ctx, c)
	m := <-msgs
	if !strings.Contains(string(m.Payload), "RATE_LIMITED") || !strings.Contains(string(m.Payload), querylimit.FlagSubscriptions) {
		t.Fatalf("the fourth subscription: %s %s", m.Type, m.Payload)
	}
	refused := m.ID
	// Closing one frees a slot: a new subscription then receives events.
	open := map[string]bool{"1": true, "2": true, "3": true, "4": true}
	delete(open, refused)
	var closed string
	for id := range open {
		closed = id
		break
	}
	must(t, wsjson.Write(ctx, c, map[string]any{"id": closed, "type": "complete"}))
	delete(open, closed)
	// The slot is given back when the closed stream's goroutine ends, which is asynchronous:
	// subscribe again until one is accepted, then see it deliver.
	next := 5
	subscribeNext := func() string {
		id := fmt.Sprint(next)
		next++
		must(t, wsjson.Write(ctx, c, map[string]any{"id": id, "type": "subscribe", "payload": map[string]any{"query": q}}))
		return id
	}
	current := subscribeNext()
	for {
		e.ok(createProposal, map[string]any{"in": proposalInput("FREE", nil)}, p1...)
		select {
		case m, ok := <-msgs:
			if !ok || m.Type == "error" {
				t.Fatalf("connection: %v %s", ok, m.Payload)
			}
			if m.ID == current && strings.Contains(string(m.Payload), "RATE_LIMITED") {
				current = subscribeNext()
				continue
			}
			if m.ID == current && m.Type == "next" {
				return
			}
		case <-ctx.Done():
			t.Fatal("no new subscription was accepted after closing one")
		}
	}
}

// TestReviewSilentWebSocketIsClosed: a WebSocket that never sends connection_init is closed
// after WebSocketInitTimeout, so strangers cannot hold the server's connection slots by
// opening sockets and saying nothing.
func TestReviewSilentWebSocketIsClosed(t *testing.T) {
	t.Parallel()
	e := newEnvOpts(t, func(c *pppdesk.Config) { c.WebSocketInitTimeout = 50 * time.Millisecond })
	ts := httptest.NewServer(e.srv)
	defer ts.Close()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	c, _, err := websocket.Dial(ctx, "ws"+strings.TrimPrefix(ts.URL, "http")+"/graphql", &websocket.DialOptions{Subprotocols: []string{"graphql-transport-ws"}})
	if err != nil {
		t.Fatal(err)
	}
	defer c.CloseNow()
	var m map[string]any
	if err := wsjson.Read(ctx, c, &m); err == nil || ctx.Err() != nil {
		t.Fatalf("the silent socket is still open: %v %v", m, err)
	}
}

// TestReviewMultipartMapIsBadInput: gqlgen follows the multipart "map" paths into the
// variables with unchecked type assertions and indexes; a path that does not fit them
// panicked into INTERNAL with an ERROR log line per request. Anyone may send such a map.
func TestReviewMultipartMapIsBadInput(t *testing.T) {
	t.Parallel()
	e, logs := newEnvLogged(t)
	const op = `{"query":"mutation($f: Upload!) { attachMedia(contentId: \"x\", file: $f) { id } }","variables":{"f":[null],"s":"x"}}`
	for _, path := range []string{"variables.f.5", "variables.s.x", "variables.s.0", "variables.f.0.x"} {
		t.Run(path, func(t *testing.T) {
			var b bytes.Buffer
			w := multipart.NewWriter(&b)
			must(t, w.WriteField("operations", op))
			must(t, w.WriteField("map", `{"0":["`+path+`"]}`))
			fw, err := w.CreateFormFile("0", "a.pdf")
			must(t, err)
			_, _ = fw.Write([]byte("%PDF-1.4\n"))
			must(t, w.Close())
			req := httptest.NewRequest(http.MethodPost, "/graphql", &b)
			req.Header.Set("Content-Type", w.FormDataContentType())
			req.Header.Set("GraphQL-Require-Preflight", "1")
			r := e.send(req)
			if r.code() != "BAD_USER_INPUT" || r.Status >= 500 {
				t.Fatalf("want BAD_USER_INPUT, got %d: %s", r.Status, r.Raw)
			}
			if errs := logs.errors(); len(errs) > 0 {
				t.Fatalf("logged as an error: %v", errs)
			}
		})
	}
}

// TestReviewTransportRefusalsCarryACode: refusals that gqlgen's transports write themselves
// (undecodable GET variables or extensions, a mutation over GET) bypassed the error presenter
// and carried no extensions.code; like every refusal of input they are BAD_USER_INPUT.
func TestReviewTransportRefusalsCarryACode(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	for name, target := range map[string]string{
		"variables not JSON":   "/graphql?query=" + url.QueryEscape(`query($a: Int) { __typename }`) + "&variables=%7Bnot",
		"extensions not JSON":  "/graphql?query=" + url.QueryEscape(`{ __typename }`) + "&extensions=%7B",
		"mutation over GET":    "/graphql?query=" + url.QueryEscape(`mutation { logout }`),
		"GET selects mutation": "/graphql?operationName=B&query=" + url.QueryEscape(`query A { __typename } mutation B { logout }`),
	} {
		t.Run(name, func(t *testing.T) {
			r := e.send(httptest.NewRequest(http.MethodGet, target, nil))
			if r.code() != "BAD_USER_INPUT" || r.Status == http.StatusOK && r.Data != nil {
				t.Fatalf("want BAD_USER_INPUT, got %d: %s", r.Status, r.Raw)
			}
		})
	}
}

// TestReviewIPv6LimitsKeyOnTheSubnet: one IPv6 subscriber holds a whole /64; keyed on the
// full address, per-address limits (sign-up here, sign-in and uploads alike) gave a fresh
// allowance for every address of it.
func TestReviewIPv6LimitsKeyOnTheSubnet(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	signUp := `mutation($in: SignUpInput!) { signUp(input: $in) { message } }`
	in := func(i int) map[string]any {
		return map[string]any{"in": map[string]any{"email": fmt.Sprintf("v6-%d@example.jp", i), "password": "a long password", "displayName": "新規",
			"organization": map[string]any{"name": fmt.Sprintf("株式会社%d", i), "kind": "CORPORATION"}}}
	}
	for i := range 10 {
		if r := e.postFrom(fmt.Sprintf("[2001:db8:1:2::%x]:1", i+1), signUp, in(i)); len(r.Errors) > 0 {
			t.Fatalf("sign-up %d: %s", i, r.Raw)
		}
	}
	if r := e.postFrom("[2001:db8:1:2:ffff::99]:1", signUp, in(10)); r.code() != "RATE_LIMITED" {
		t.Fatalf("11th sign-up from one /64: %s", r.Raw)
	}
	if r := e.postFrom("[2001:db8:1:3::1]:1", signUp, in(11)); len(r.Errors) > 0 {
		t.Fatalf("sign-up from another /64: %s", r.Raw)
	}
}

// TestReviewSignUpDoesTheSameWorkForRegisteredAddresses: the answers were equal, but a new
// address cost one more SQL statement (the pending sign-up) than a registered one, a
// difference in work, and so in timing, that tells them apart.
func TestReviewSignUpDoesTheSameWorkForRegisteredAddresses(t *testing.T) {
	t.Parallel()
	e := newEnvWith(t, &notify.Recorder{})
	input := func(email string) map[string]any {
		return map[string]any{"in": map[string]any{"email": email, "password": "sign-up password", "displayName": "登録者",
			"organization": map[string]any{"name": "新しい会社", "kind": "CORPORATION"}}}
	}
	e.ok(signUp, input("warm-up@example.jp")) // the first sign-up creates its rate-limit row
	statements := func(email string) int64 {
		before := e.st.Queries()
		e.ok(signUp, input(email))
		return e.st.Queries() - before
	}
	if fresh, taken := statements("fresh@example.jp"), statements("proposer1@demo.pppdesk.jp"); fresh != taken {
		t.Fatalf("a new address ran %d statements, a registered one %d", fresh, taken)
	}
}
