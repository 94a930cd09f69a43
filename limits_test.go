package pppdesk_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/coder/websocket"
	"github.com/uptrace/bun"

	"github.com/pppdesk/pppdesk"
	"github.com/pppdesk/pppdesk/querylimit"
)

// nested wraps inner in levels of parent { children { … } }.
func nested(levels int, inner string) string {
	q := inner
	for i := 0; i < levels; i++ {
		q = "parent { children { " + q + " } }"
	}
	return q
}

// TestCostlyRequestsAreRefusedBeforeRunning sends the attacks of issue 8: each is refused
// with BAD_USER_INPUT naming its limit, and not one SQL statement runs for it.
func TestCostlyRequestsAreRefusedBeforeRunning(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	var fragments strings.Builder
	// A "billion laughs" of fragments: F20 expands to 2^20 fields in a few hundred bytes.
	fragments.WriteString("fragment F0 on Municipality { slug }\n")
	for i := 1; i <= 20; i++ {
		fmt.Fprintf(&fragments, "fragment F%d on Municipality { ...F%d ...F%d }\n", i, i-1, i-1)
	}
	fiftySlugs := "fragment S on Municipality {" + strings.Repeat(" slug", 50) + " }\n"
	var aliases strings.Builder
	for i := 0; i < 100; i++ {
		fmt.Fprintf(&aliases, "a%d: municipality { slug } ", i)
	}
	casePage := `query($n: Int) { caseStudies(first: $n) { edges { node { title partners { id name kind } resources { side kind description } merits { side description } } } } }`
	cases := []struct {
		name  string
		query string
		vars  map[string]any
		limit string
	}{
		{"department cycle ten levels deep", `{ municipality { departments { ` + nested(10, "name") + ` } } }`, nil, querylimit.FlagDepth},
		{"department cycle forty levels deep", `{ municipality { departments { ` + nested(40, "name") + ` } } }`, nil, querylimit.FlagDepth},
		{"shallow but wide department lists", `{ municipality { departments { children { children { children { name } } } } } }`, nil, querylimit.FlagComplexity},
		{"16,000 repeats of one field", `{ municipality {` + strings.Repeat(" slug", 16000) + ` } }`, nil, querylimit.FlagTokens},
		{"16,000 repeats behind a comment", "# no cache\n{ municipality {" + strings.Repeat(" slug", 16000) + " } }", nil, querylimit.FlagTokens},
		{"fields multiplied by fragments", fiftySlugs + `{ municipality {` + strings.Repeat(" ...S", 40) + ` } }`, nil, querylimit.FlagFields},
		{"fragments doubling twenty times", fragments.String() + `{ municipality { ...F20 } }`, nil, querylimit.FlagFields},
		{"five hundred duplicated fields", `{` + strings.Repeat(" __typename", 500) + ` }`, nil, querylimit.FlagFields},
		{"repeated unknown directives", `{ __typename @aa@aa@aa@aa@aa@aa@aa@aa@aa@aa }`, nil, querylimit.FlagDirectives},
		{"many aliases", `{ ` + aliases.String() + ` }`, nil, querylimit.FlagAliases},
		{"forty root fields in one mutation", `mutation { ` + strings.Repeat("logout ", 40) + ` }`, nil, querylimit.FlagRootFields},
		{"huge first", `{ caseStudies(first: 1000000) { edges { node { title partners { name } } } } }`, nil, querylimit.FlagComplexity},
		{"first from a variable", casePage, map[string]any{"n": 100000}, querylimit.FlagComplexity},
		{"first from a variable's default", strings.Replace(casePage, "$n: Int", "$n: Int = 100000", 1), nil, querylimit.FlagComplexity},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			before := e.st.Queries()
			r := e.post(c.query, c.vars)
			if r.code() != "BAD_USER_INPUT" {
				t.Fatalf("want BAD_USER_INPUT naming %s, got: %.300s", c.limit, r.Raw)
			}
			if !strings.Contains(r.Errors[0].Message, c.limit) || r.Errors[0].Extensions["limit"] != strings.TrimPrefix(c.limit, "--") {
				t.Fatalf("refusal does not name %s: %s", c.limit, r.Raw)
			}
			if r.Data != nil {
				t.Fatalf("a refused request answered data: %s", r.Raw)
			}
			if n := e.st.Queries() - before; n != 0 {
				t.Fatalf("a refused request ran %d SQL statements", n)
			}
		})
	}
	// A fragment cycle ends in validation's refusal, not in the walker.
	e.fails("BAD_USER_INPUT", `fragment A on Municipality { slug ...B } fragment B on Municipality { ...A } { municipality { ...A } }`, nil)
}

// TestLargeLegitimatePagesPass keeps the portal's and the admin's big pages under the limits.
func TestLargeLegitimatePagesPass(t *testing.T) {
	t.Parallel()
	e := newEnvOpts(t, func(c *pppdesk.Config) { c.Introspection = true })
	desk := e.login("desk@demo.pppdesk.jp")
	e.ok(caseStudyPage, map[string]any{"first": 100})
	e.ok(`{ municipality { departments { id name kind parent { id name } children { id name kind } } } }`, nil)
	e.ok(`query($n: Int) { proposals(first: $n) { totalCount edges { node { id title status
	  messages { id body } history { action at } attachments { id fileName } assignments { department { name } opinion } } } } }`, map[string]any{"n": 100}, desk...)
	// GraphiQL's introspection query (graphql-js getIntrospectionQuery, ofType nine deep).
	d := e.ok(introspectionQuery, nil)
	if get(d, "__schema", "queryType", "name") != "Query" {
		t.Fatalf("introspection: %v", d)
	}
}

// TestOperationDeadlineCancelsSQL holds the case-study query until its context ends: the
// deadline must reach the SQL, and the answer names the limit without an internal error.
func TestOperationDeadlineCancelsSQL(t *testing.T) {
	t.Parallel()
	err := untilHeldBeforeDeadline(t, func(timeout time.Duration, hook *blockingHook) {
		var logs syncBuffer
		e := newEnvOpts(t, func(c *pppdesk.Config) {
			c.Limits.Timeout = timeout
			c.Logger = slog.New(slog.NewTextHandler(&logs, nil))
		})
		e.st.AddHook(hook)
		r := e.failsWithin(t, "BAD_USER_INPUT", `{ caseStudies { edges { node { title } } } }`)
		if !strings.Contains(r.Errors[0].Message, querylimit.FlagTimeout) || r.Data != nil {
			t.Fatalf("timeout answer: %s", r.Raw)
		}
		if strings.Contains(logs.String(), "level=ERROR") {
			t.Fatalf("a timeout was logged as an error: %s", logs.String())
		}
	})
	if err != context.DeadlineExceeded {
		t.Fatalf("the SQL's context ended with %v, want the deadline", err)
	}
}

// requestBound bounds one request of a deadline test: far beyond any deadline it sets, so
// only a request that ignores its deadline (a hang in the product) reaches it.
const requestBound = 2 * time.Minute

// within runs fn (one request) and fails the test, instead of hanging the package until
// its timeout, when fn does not return within requestBound.
func within(t *testing.T, what string, fn func()) {
	t.Helper()
	done := make(chan struct{})
	go func() {
		defer close(done)
		fn()
	}()
	select {
	case <-done:
	case <-time.After(requestBound):
		t.Fatalf("%s did not return within %s: its deadline did not end it", what, requestBound)
	}
}

// failsWithin is e.fails for one query without variables, bounded by within; the checks
// run on the test's goroutine.
func (e *env) failsWithin(t *testing.T, code, query string) response {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query})
	req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	rec := httptest.NewRecorder()
	within(t, query, func() { e.srv.ServeHTTP(rec, req) })
	r := response{Status: rec.Code, Raw: rec.Body.String()}
	if err := json.Unmarshal(rec.Body.Bytes(), &r); err != nil {
		t.Fatalf("response is not JSON (%d): %s", rec.Code, rec.Body.String())
	}
	if r.code() != code {
		t.Fatalf("want error %s, got: %s", code, r.Raw)
	}
	if strings.Contains(strings.ToLower(r.Raw), "sql") || strings.Contains(r.Raw, "goroutine") {
		t.Fatalf("error leaks internals: %s", r.Raw)
	}
	return r
}

// untilHeldBeforeDeadline proves that a deadline reaches the SQL without racing a clock:
// attempt starts a server with the given operation deadline, adds hook and sends one
// request. The proof needs the held statement to start while its context is still live;
// on a loaded machine a short deadline can pass in earlier work (parsing, other queries),
// so then attempt runs again with a four times longer deadline. It answers what the held
// statement's context ended with.
func untilHeldBeforeDeadline(t *testing.T, attempt func(timeout time.Duration, hook *blockingHook)) error {
	t.Helper()
	for timeout := 50 * time.Millisecond; ; timeout *= 4 {
		hook := newBlockingHook("case_stud")
		attempt(timeout, hook)
		why := "the request answered without reaching the held statement"
		select {
		case h := <-hook.held:
			if h.live {
				return h.err
			}
			why = "the held statement started after the deadline"
		default:
		}
		if timeout >= 10*time.Second {
			t.Fatalf("no attempt reached the held statement before its deadline (the longest was %s): %s", timeout, why)
		}
		t.Logf("%s deadline: %s; trying a longer one", timeout, why)
	}
}

// holdBound ends a held statement that no deadline ends, so a missing deadline fails the
// test instead of hanging it.
const holdBound = time.Minute

// errNoDeadline is what a held statement reports when holdBound, not its context, ended it.
var errNoDeadline = errors.New("held statement: its context never ended")

// heldStatement is what blockingHook saw of the first statement it held.
type heldStatement struct {
	live bool  // its context was not yet done when it started
	err  error // what ended the hold: the context's error or errNoDeadline
}

// blockingHook holds every SQL statement containing match until the statement's context
// ends (or holdBound passes), and reports the first one on held. It never blocks on held,
// so a second matching statement cannot hang the request.
type blockingHook struct {
	match string
	once  sync.Once
	held  chan heldStatement
}

func newBlockingHook(match string) *blockingHook {
	return &blockingHook{match: match, held: make(chan heldStatement, 1)}
}

func (h *blockingHook) BeforeQuery(ctx context.Context, ev *bun.QueryEvent) context.Context {
	if !strings.Contains(ev.Query, h.match) {
		return ctx
	}
	s := heldStatement{live: ctx.Err() == nil}
	timer := time.NewTimer(holdBound)
	defer timer.Stop()
	select {
	case <-ctx.Done():
		s.err = ctx.Err()
	case <-timer.C:
		s.err = errNoDeadline
	}
	h.once.Do(func() { h.held <- s })
	return ctx
}

func (h *blockingHook) AfterQuery(context.Context, *bun.QueryEvent) {}

func TestResponseSizeCap(t *testing.T) {
	t.Parallel()
	e := newEnvOpts(t, func(c *pppdesk.Config) { c.Limits.MaxResponseBytes = 300 })
	r := e.fails("BAD_USER_INPUT", caseStudyPage, map[string]any{"first": 20})
	if !strings.Contains(r.Errors[0].Message, querylimit.FlagResponse) || r.Data != nil {
		t.Fatalf("size cap answer: %s", r.Raw)
	}
	e.ok(`{ municipality { slug } }`, nil)
}

// TestCrossSiteRequestsCannotWrite: a form (multipart, urlencoded, text/plain) cannot run a
// mutation without a header only scripts can send, and GET never runs one.
func TestCrossSiteRequestsCannotWrite(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	login := `mutation { login(email: "desk@demo.pppdesk.jp", password: "x") { token } }`
	multipartBody := func() (*bytes.Buffer, string) {
		var body bytes.Buffer
		w := multipart.NewWriter(&body)
		_ = w.WriteField("operations", `{"query":`+fmt.Sprintf("%q", login)+`}`)
		_ = w.WriteField("map", `{}`)
		_ = w.Close()
		return &body, w.FormDataContentType()
	}
	form := func(contentType string, body string, header ...string) response {
		t.Helper()
		var req *http.Request
		if contentType == "multipart" {
			b, ct := multipartBody()
			req = httptest.NewRequest(http.MethodPost, "/graphql", b)
			req.Header.Set("Content-Type", ct)
		} else {
			req = httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(body))
			req.Header.Set("Content-Type", contentType)
		}
		if len(header) == 2 {
			req.Header.Set(header[0], header[1])
		}
		return e.send(req)
	}
	for _, ct := range []string{"multipart", "text/plain", "application/x-www-form-urlencoded"} {
		before := e.st.Queries()
		r := form(ct, "query="+url.QueryEscape(login))
		if r.Status != http.StatusBadRequest || r.code() != "BAD_USER_INPUT" || !strings.Contains(r.Errors[0].Message, "GraphQL-Require-Preflight") {
			t.Fatalf("%s POST without a preflight header: %d %s", ct, r.Status, r.Raw)
		}
		if e.st.Queries() != before {
			t.Fatalf("%s POST without a preflight header ran SQL", ct)
		}
	}
	for _, h := range pppdesk.PreflightHeaders {
		r := form("multipart", "", h, "1")
		if r.Status == http.StatusBadRequest || r.code() != "UNAUTHENTICATED" {
			t.Fatalf("multipart POST with %s did not reach the mutation: %d %s", h, r.Status, r.Raw)
		}
	}
	// GET runs queries only.
	before := e.st.Queries()
	req := httptest.NewRequest(http.MethodGet, "/graphql?query="+url.QueryEscape(login), nil)
	rec := httptest.NewRecorder()
	e.srv.ServeHTTP(rec, req)
	if rec.Code == http.StatusOK || strings.Contains(rec.Body.String(), "token") || e.st.Queries() != before {
		t.Fatalf("GET ran a mutation: %d %s", rec.Code, rec.Body.String())
	}
}

func TestCacheControl(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	desk := e.login("desk@demo.pppdesk.jp")
	do := func(method, authz string) http.Header {
		q := `{ municipality { slug } }`
		var req *http.Request
		if method == http.MethodGet {
			req = httptest.NewRequest(method, "/graphql?query="+url.QueryEscape(q), nil)
		} else {
			req = httptest.NewRequest(method, "/graphql", strings.NewReader(`{"query":"`+q+`"}`))
			req.Header.Set("Content-Type", "application/json")
		}
		if authz != "" {
			req.Header.Set("Authorization", authz)
		}
		rec := httptest.NewRecorder()
		e.srv.ServeHTTP(rec, req)
		if rec.Code != http.StatusOK {
			t.Fatalf("%s: %d %s", method, rec.Code, rec.Body.String())
		}
		return rec.Header()
	}
	if h := do(http.MethodPost, desk[1]); h.Get("Cache-Control") != "no-store" {
		t.Fatalf("authenticated POST: Cache-Control %q", h.Get("Cache-Control"))
	}
	if h := do(http.MethodGet, desk[1]); h.Get("Cache-Control") != "no-store" {
		t.Fatalf("authenticated GET: Cache-Control %q", h.Get("Cache-Control"))
	}
	if h := do(http.MethodGet, ""); h.Get("Cache-Control") == "no-store" || !strings.Contains(h.Get("Vary"), "Authorization") {
		t.Fatalf("anonymous GET: Cache-Control %q, Vary %q", h.Get("Cache-Control"), h.Get("Vary"))
	}
}

func TestCORSAllowList(t *testing.T) {
	t.Parallel()
	preflight := func(e *env, origin string) http.Header {
		req := httptest.NewRequest(http.MethodOptions, "/graphql", nil)
		req.Header.Set("Origin", origin)
		req.Header.Set("Access-Control-Request-Method", "POST")
		req.Header.Set("Access-Control-Request-Headers", "authorization,content-type,idempotency-key,x-municipality")
		rec := httptest.NewRecorder()
		e.srv.ServeHTTP(rec, req)
		return rec.Header()
	}
	closed := newEnv(t, true)
	if h := preflight(closed, "https://portal.example.jp"); h.Get("Access-Control-Allow-Origin") != "" {
		t.Fatalf("no origins configured, yet CORS allowed: %v", h)
	}
	open := newEnvOpts(t, func(c *pppdesk.Config) { c.CORSOrigins = []string{"https://portal.example.jp"} })
	h := preflight(open, "https://portal.example.jp")
	if h.Get("Access-Control-Allow-Origin") != "https://portal.example.jp" || !strings.Contains(strings.ToLower(h.Get("Access-Control-Allow-Headers")), "x-municipality") || !strings.Contains(strings.ToLower(h.Get("Access-Control-Allow-Headers")), "idempotency-key") {
		t.Fatalf("listed origin refused: %v", h)
	}
	if h := preflight(open, "https://evil.example.com"); h.Get("Access-Control-Allow-Origin") != "" {
		t.Fatalf("unlisted origin allowed: %v", h)
	}
}

// TestWebSocketOrigins: a page of another origin may subscribe only when the CORS list
// names it.
func TestWebSocketOrigins(t *testing.T) {
	t.Parallel()
	dial := func(e *env, origin string) error {
		ts := httptest.NewServer(e.srv)
		defer ts.Close()
		// A bound against a hang only: a refusal answers at once, and a loaded machine
		// must not turn a slow accepted dial into a "refusal".
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		defer cancel()
		c, res, err := websocket.Dial(ctx, "ws"+strings.TrimPrefix(ts.URL, "http")+"/graphql", &websocket.DialOptions{
			Subprotocols: []string{"graphql-transport-ws"}, HTTPHeader: http.Header{"Origin": {origin}}})
		if err == nil {
			c.Close(websocket.StatusNormalClosure, "")
		} else if res != nil && res.StatusCode != http.StatusForbidden {
			t.Fatalf("refusal status %d", res.StatusCode)
		}
		return err
	}
	closed := newEnv(t, true)
	if dial(closed, "https://portal.example.jp") == nil {
		t.Fatal("cross-origin WebSocket accepted with no origins configured")
	}
	open := newEnvOpts(t, func(c *pppdesk.Config) { c.CORSOrigins = []string{"https://portal.example.jp"} })
	if err := dial(open, "https://portal.example.jp"); err != nil {
		t.Fatalf("listed origin refused: %v", err)
	}
	if dial(open, "https://evil.example.com") == nil {
		t.Fatal("unlisted origin accepted")
	}
}

// TestIntrospectionSwitch: without introspection the schema cannot be read, GraphiQL is not
// served and validation errors suggest no field names.
func TestIntrospectionSwitch(t *testing.T) {
	t.Parallel()
	graphiql := func(e *env) int {
		rec := httptest.NewRecorder()
		e.srv.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/", nil))
		return rec.Code
	}
	off := newEnv(t, true)
	for _, q := range []string{`{ __schema { types { name } } }`, `{ __type(name: "Query") { fields { name } } }`} {
		before := off.st.Queries()
		r := off.fails("BAD_USER_INPUT", q, nil)
		if r.Data != nil || !strings.Contains(r.Errors[0].Message, "--introspection") || off.st.Queries() != before {
			t.Fatalf("introspection answered while off: %s", r.Raw)
		}
	}
	// Misspelt field, argument, enum value and input field: no name of the schema suggested.
	misspelt := []string{`{ municipality { slugg } }`, `{ caseStudies(firts: 1) { totalCount } }`,
		`{ caseStudies(orderBy: {field: TITEL}) { totalCount } }`, `{ caseStudies(filter: {serch: "x"}) { totalCount } }`}
	for _, q := range misspelt {
		if r := off.fails("BAD_USER_INPUT", q, nil); strings.Contains(r.Raw, "Did you mean") {
			t.Fatalf("suggestion while introspection is off: %s", r.Raw)
		}
	}
	if code := graphiql(off); code != http.StatusNotFound {
		t.Fatalf("GraphiQL served while introspection is off: %d", code)
	}
	on := newEnvOpts(t, func(c *pppdesk.Config) { c.Introspection = true })
	on.ok(`{ __schema { types { name } } }`, nil)
	if r := on.fails("BAD_USER_INPUT", `{ municipality { slugg } }`, nil); !strings.Contains(r.Raw, "Did you mean") {
		t.Fatalf("no suggestion with introspection on: %s", r.Raw)
	}
	if code := graphiql(on); code != http.StatusOK {
		t.Fatalf("GraphiQL: %d", code)
	}
}

const introspectionQuery = `query IntrospectionQuery {
  __schema {
    queryType { name } mutationType { name } subscriptionType { name }
    types { ...FullType }
    directives { name description locations args(includeDeprecated: true) { ...InputValue } }
  }
}
fragment FullType on __Type {
  kind name description specifiedByURL
  fields(includeDeprecated: true) { name description args(includeDeprecated: true) { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
  inputFields(includeDeprecated: true) { ...InputValue }
  interfaces { ...TypeRef }
  enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
  possibleTypes { ...TypeRef }
}
fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue isDeprecated deprecationReason }
fragment TypeRef on __Type {
  kind name
  ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name
    ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } } }
}`
