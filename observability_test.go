package pppdesk_test

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/pppdesk/pppdesk"
	"github.com/pppdesk/pppdesk/demo"
	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/requestid"
	"github.com/pppdesk/pppdesk/tracing"
)

// scrape reads /metrics over a loopback connection and fails on anything but 200.
func (e *env) scrape() string {
	e.t.Helper()
	req := httptest.NewRequest(http.MethodGet, "/metrics", nil)
	req.RemoteAddr = "127.0.0.1:40000"
	rec := httptest.NewRecorder()
	e.srv.ServeHTTP(rec, req)
	if rec.Code != http.StatusOK {
		e.t.Fatalf("/metrics: %d %s", rec.Code, rec.Body)
	}
	return rec.Body.String()
}

// sample answers the value of one series of a scrape, or -1 when it is absent.
func sample(t *testing.T, text, series string) float64 {
	t.Helper()
	m := regexp.MustCompile(`(?m)^` + regexp.QuoteMeta(series) + ` (\S+)$`).FindStringSubmatch(text)
	if m == nil {
		return -1
	}
	v, err := strconv.ParseFloat(m[1], 64)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func TestMetricsCountOperationsAndStatements(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	const q = `query AttackerChosenName { challenges(first: 5) { edges { node { id title } } } }`
	e.ok(q, nil)
	text := e.scrape()
	op := `operation="query challenges"`
	if n := sample(t, text, `pppdesk_graphql_requests_total{`+op+`,outcome="ok"}`); n != 1 {
		t.Fatalf("requests of query challenges = %v, want 1:\n%s", n, text)
	}
	once := sample(t, text, `pppdesk_sql_statements_total{`+op+`}`)
	if once <= 0 {
		t.Fatalf("statements of query challenges = %v, want > 0", once)
	}
	if n := sample(t, text, `pppdesk_graphql_sql_statements_count{`+op+`}`); n != 1 {
		t.Fatalf("statement histogram count = %v, want 1", n)
	}
	if n := sample(t, text, `pppdesk_graphql_duration_seconds_count{`+op+`}`); n != 1 {
		t.Fatalf("latency histogram count = %v, want 1", n)
	}
	if strings.Contains(text, "AttackerChosenName") {
		t.Fatal("the client's operation name reached a label")
	}
	// A second run adds its statements again; an operation with two root fields reads more
	// and is its own bounded label.
	e.ok(q, nil)
	e.ok(`{ challenges(first: 5) { edges { node { id } } } proposals(first: 5) { edges { node { id } } } }`, nil,
		e.login("desk@demo.pppdesk.jp")...)
	text = e.scrape()
	if twice := sample(t, text, `pppdesk_sql_statements_total{`+op+`}`); twice != 2*once {
		t.Fatalf("statements after two runs = %v, want %v", twice, 2*once)
	}
	if n := sample(t, text, `pppdesk_sql_statements_total{operation="query multiple"}`); n <= once {
		t.Fatalf("statements of the two-field query = %v, want more than %v", n, once)
	}
	// A document that does not parse is "invalid", whatever it says.
	e.post(`query Evil { nosuchfield_from_attacker }`, nil)
	e.post(`{{{`, nil)
	text = e.scrape()
	if n := sample(t, text, `pppdesk_graphql_requests_total{operation="invalid",outcome="error"}`); n != 2 {
		t.Fatalf("invalid operations = %v, want 2", n)
	}
	if strings.Contains(text, "nosuchfield_from_attacker") || strings.Contains(text, "Evil") {
		t.Fatal("an invalid document reached a label")
	}
}

func TestMetricsLoginFailuresAndOutbox(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	before := sample(t, e.scrape(), "pppdesk_login_failures_total")
	if before != 0 {
		t.Fatalf("login failures before = %v", before)
	}
	e.fails("UNAUTHENTICATED", `mutation { login(email: "desk@demo.pppdesk.jp", password: "wrong-password-1") { token } }`, nil)
	text := e.scrape()
	if n := sample(t, text, "pppdesk_login_failures_total"); n != 1 {
		t.Fatalf("login failures = %v, want 1", n)
	}
	if n := sample(t, text, `pppdesk_graphql_requests_total{operation="mutation login",outcome="error"}`); n != 1 {
		t.Fatalf("failed login operations = %v, want 1", n)
	}
	for _, s := range []string{"pppdesk_outbox_up", "pppdesk_outbox_depth", "pppdesk_outbox_oldest_age_seconds", "pppdesk_outbox_failures"} {
		if sample(t, text, s) < 0 {
			t.Fatalf("%s missing:\n%s", s, text)
		}
	}
	if n := sample(t, text, "pppdesk_outbox_up"); n != 1 {
		t.Fatalf("outbox_up = %v", n)
	}
	mid := e.mid(demo.Slug)
	hook := &model.Webhook{MunicipalityID: mid, URL: "http://127.0.0.1:1/hook", Secret: "s", Active: true, CreatedAt: testNow}
	e.insert(hook)
	e.insert(
		&model.WebhookDelivery{MunicipalityID: mid, WebhookID: hook.ID, Event: "x", Status: model.DeliveryPending, NextAttemptAt: testNow, CreatedAt: testNow.Add(-90 * time.Second)},
		&model.WebhookDelivery{MunicipalityID: mid, WebhookID: hook.ID, Event: "x", Status: model.DeliveryPending, NextAttemptAt: testNow, CreatedAt: testNow.Add(-10 * time.Second)},
		&model.WebhookDelivery{MunicipalityID: mid, WebhookID: hook.ID, Event: "x", Status: model.DeliveryFailed, NextAttemptAt: testNow, CreatedAt: testNow},
	)
	text = e.scrape()
	for series, want := range map[string]float64{"pppdesk_outbox_depth": 2, "pppdesk_outbox_oldest_age_seconds": 90, "pppdesk_outbox_failures": 1} {
		if got := sample(t, text, series); got != want {
			t.Errorf("%s = %v, want %v", series, got, want)
		}
	}
}

func TestMetricsAccess(t *testing.T) {
	t.Parallel()
	get := func(e *env, remote, authz, origin string) int {
		req := httptest.NewRequest(http.MethodGet, "/metrics", nil)
		req.RemoteAddr = remote
		if authz != "" {
			req.Header.Set("Authorization", authz)
		}
		if origin != "" {
			req.Header.Set("Origin", origin)
		}
		rec := httptest.NewRecorder()
		e.srv.ServeHTTP(rec, req)
		if rec.Code == http.StatusForbidden && strings.Contains(rec.Body.String(), "pppdesk_") {
			t.Fatal("a refusal leaked metrics")
		}
		return rec.Code
	}
	plain := newEnv(t, false)
	for _, c := range []struct {
		name, remote, authz, origin string
		want                        int
	}{
		{"loopback v4", "127.0.0.1:5000", "", "", 200},
		{"loopback v6", "[::1]:5000", "", "", 200},
		{"remote", "192.0.2.7:5000", "", "", 403},
		{"remote with a token nobody configured", "192.0.2.7:5000", "Bearer x", "", 403},
		{"browser page on the host", "127.0.0.1:5000", "", "http://evil.example", 403},
	} {
		if got := get(plain, c.remote, c.authz, c.origin); got != c.want {
			t.Errorf("no token, %s: %d, want %d", c.name, got, c.want)
		}
	}
	const token = "scrape-token-0123456789"
	withToken := newEnvFull(t, false, func(c *pppdesk.Config) { c.MetricsToken = token })
	for _, c := range []struct {
		name, remote, authz string
		want                int
	}{
		{"remote with the token", "192.0.2.7:5000", "Bearer " + token, 200},
		{"remote with a wrong token", "192.0.2.7:5000", "Bearer " + token + "x", 403},
		{"remote without a token", "192.0.2.7:5000", "", 403},
		{"loopback without a token", "127.0.0.1:5000", "", 200},
	} {
		if got := get(withToken, c.remote, c.authz, ""); got != c.want {
			t.Errorf("token, %s: %d, want %d", c.name, got, c.want)
		}
	}
	// Behind a proxy on the same host every request arrives over loopback: only the token
	// opens /metrics, and X-Forwarded-For never does.
	proxied := newEnvFull(t, false, func(c *pppdesk.Config) {
		c.MetricsToken = token
		c.TrustedProxies = []string{"127.0.0.1/32", "::1/128"}
	})
	for _, c := range []struct {
		name, authz string
		want        int
	}{
		{"proxied without a token", "", 403},
		{"proxied with the token", "Bearer " + token, 200},
	} {
		if got := get(proxied, "127.0.0.1:5000", c.authz, ""); got != c.want {
			t.Errorf("%s: %d, want %d", c.name, got, c.want)
		}
	}
}

func TestRequestIDOnEveryResponse(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	hex32 := regexp.MustCompile(`^[0-9a-f]{32}$`)
	for _, c := range []struct {
		name, method, path, sent string
		keep                     bool
	}{
		{"graphql", http.MethodPost, "/graphql", "client-id_1.2", true},
		{"404", http.MethodGet, "/no/such/route", "", false},
		{"refused metrics", http.MethodGet, "/metrics", "abc", true},
		{"refused file", http.MethodGet, "/attachments/1", "", false},
		{"health", http.MethodGet, "/healthz", strings.Repeat("a", 65), false},
		{"bad characters", http.MethodGet, "/healthz", "id with spaces\nforged=1", false},
	} {
		req := httptest.NewRequest(c.method, c.path, strings.NewReader(`{"query":"{ __typename }"}`))
		req.Header.Set("Content-Type", "application/json")
		if c.sent != "" {
			req.Header.Set(requestid.Header, c.sent)
		}
		rec := httptest.NewRecorder()
		e.srv.ServeHTTP(rec, req)
		got := rec.Header().Get(requestid.Header)
		switch {
		case c.keep && got != c.sent:
			t.Errorf("%s: X-Request-ID %q, want the client's %q", c.name, got, c.sent)
		case !c.keep && !hex32.MatchString(got):
			t.Errorf("%s (%d): X-Request-ID %q, want a fresh one", c.name, rec.Code, got)
		}
	}
}

// syncBuffer is a log sink safe for the server's goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func TestLogLinesCarryTheRequestID(t *testing.T) {
	t.Parallel()
	var logs syncBuffer
	e := newEnvOpts(t, func(c *pppdesk.Config) { c.Logger = slog.New(slog.NewTextHandler(&logs, nil)) })
	// A database that went away makes the readiness probe log a warning while serving.
	if err := e.st.DB.Close(); err != nil {
		t.Fatal(err)
	}
	req := httptest.NewRequest(http.MethodGet, "/readyz", nil)
	req.Header.Set(requestid.Header, "trace-me-42")
	rec := httptest.NewRecorder()
	e.srv.ServeHTTP(rec, req)
	if rec.Code != http.StatusServiceUnavailable {
		t.Fatalf("readyz on a closed database: %d", rec.Code)
	}
	if !strings.Contains(logs.String(), "request_id=trace-me-42") {
		t.Fatalf("log lacks the request ID:\n%s", logs.String())
	}
}

func TestInternalErrorsCarryTheRequestID(t *testing.T) {
	t.Parallel()
	var logs syncBuffer
	e := newEnvOpts(t, func(c *pppdesk.Config) { c.Logger = slog.New(slog.NewTextHandler(&logs, nil)) })
	if _, err := e.st.DB.ExecContext(context.Background(), "DROP TABLE tags"); err != nil {
		t.Fatal(err)
	}
	r := e.fails("INTERNAL", `{ caseStudies(first: 2) { edges { node { title tags } } } }`, nil, requestid.Header, "support-case-7")
	if r.Errors[0].Extensions["requestId"] != "support-case-7" {
		t.Fatalf("INTERNAL error without the request ID: %s", r.Raw)
	}
	if !strings.Contains(logs.String(), "request_id=support-case-7") {
		t.Fatalf("the internal error's log line lacks the request ID:\n%s", logs.String())
	}
	// Client errors stay as they were: the ID is in the header.
	r = e.fails("BAD_USER_INPUT", `{ nosuchfield }`, nil)
	if _, ok := r.Errors[0].Extensions["requestId"]; ok {
		t.Fatalf("a client error carries requestId: %s", r.Raw)
	}
}

// otlpRecorder is a loopback OTLP/HTTP receiver keeping the bodies of trace exports.
type otlpRecorder struct {
	mu     sync.Mutex
	bodies []string
}

func (o *otlpRecorder) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	b, _ := io.ReadAll(r.Body)
	o.mu.Lock()
	o.bodies = append(o.bodies, r.URL.Path+"\n"+string(b))
	o.mu.Unlock()
	w.Header().Set("Content-Type", "application/x-protobuf")
}

func (o *otlpRecorder) all() string {
	o.mu.Lock()
	defer o.mu.Unlock()
	return strings.Join(o.bodies, "\n")
}

func TestTracingExportsSpansOnlyWhenConfigured(t *testing.T) {
	t.Parallel()
	rec := &otlpRecorder{}
	collector := httptest.NewServer(rec)
	defer collector.Close()
	ctx := context.Background()

	// Off: no endpoint in the flag or the environment builds nothing and sends nothing.
	noEnv := func(string) string { return "" }
	off, err := tracing.New(ctx, tracing.Endpoint("", noEnv), "pppdesk")
	if err != nil || off != nil {
		t.Fatalf("tracing without an endpoint: %v, %v", off, err)
	}
	e := newEnvOpts(t, func(c *pppdesk.Config) { c.Tracing = off })
	e.ok(`{ challenges(first: 2) { edges { node { id } } } }`, nil)
	if got := rec.all(); got != "" {
		t.Fatalf("tracing off sent %q", got)
	}

	on, err := tracing.New(ctx, tracing.Endpoint(collector.URL, noEnv), "pppdesk")
	if err != nil || on == nil {
		t.Fatalf("tracing with an endpoint: %v, %v", on, err)
	}
	e = newEnvOpts(t, func(c *pppdesk.Config) { c.Tracing = on })
	e.ok(`query Whatever { challenges(first: 2) { edges { node { id } } } }`, nil)
	if err := on.Shutdown(ctx); err != nil {
		t.Fatal(err)
	}
	got := rec.all()
	for _, want := range []string{"/v1/traces", "query challenges", "pppdesk", "SELECT"} {
		if !strings.Contains(got, want) {
			t.Errorf("exported spans lack %q", want)
		}
	}
}
