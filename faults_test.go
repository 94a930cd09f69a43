package pppdesk_test

import (
	"context"
	"database/sql"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/pppdesk/pppdesk"
	"github.com/pppdesk/pppdesk/demo"
	"github.com/pppdesk/pppdesk/querylimit"
	"github.com/pppdesk/pppdesk/store"
	"github.com/pppdesk/pppdesk/store/storetest"
	"github.com/uptrace/bun"
)

// logCapture is a slog handler that keeps every record, so tests can assert what the server
// logs (and at which level) for a request.
type logCapture struct {
	mu      sync.Mutex
	records []slog.Record
}

func (c *logCapture) Enabled(context.Context, slog.Level) bool { return true }
func (c *logCapture) Handle(_ context.Context, r slog.Record) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.records = append(c.records, r)
	return nil
}
func (c *logCapture) WithAttrs([]slog.Attr) slog.Handler { return c }
func (c *logCapture) WithGroup(string) slog.Handler      { return c }

// errors answers the messages logged at ERROR since the last call, and forgets them.
func (c *logCapture) errors() []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	var out []string
	for _, r := range c.records {
		if r.Level >= slog.LevelError {
			var b strings.Builder
			b.WriteString(r.Message)
			r.Attrs(func(a slog.Attr) bool { b.WriteString(" " + a.String()); return true })
			out = append(out, b.String())
		}
	}
	c.records = nil
	return out
}

// newEnvLogged starts a demo server whose log is captured.
func newEnvLogged(t *testing.T) (*env, *logCapture) {
	logs := &logCapture{}
	e := newEnvOpts(t, func(c *pppdesk.Config) { c.Logger = slog.New(logs) })
	return e, logs
}

// TestBadInputIsBadUserInput sends input that once reached SQL or a parser and answered
// INTERNAL with an ERROR line per request: each is BAD_USER_INPUT naming the argument, and
// nothing is logged at ERROR.
func TestBadInputIsBadUserInput(t *testing.T) {
	t.Parallel()
	e, logs := newEnvLogged(t)
	desk := e.login("desk@demo.pppdesk.jp")
	if _, err := e.st.DB.ExecContext(context.Background(), "UPDATE agreements SET signed_on = '1850-06-01'"); err != nil {
		t.Fatal(err)
	}
	search := `query($s: String) { caseStudies(filter: {search: $s}) { totalCount } }`
	cases := []struct {
		name, query string
		vars        map[string]any
		headers     []string
		field       string
	}{
		{"1,200 search words", search, map[string]any{"s": strings.Repeat("あ ", 1200)}, nil, "filter.search"},
		{"long search", search, map[string]any{"s": strings.Repeat("x", 100000)}, nil, "filter.search"},
		{"NUL in search", search, map[string]any{"s": "a\x00b"}, nil, "filter.search"},
		{"control character in search", search, map[string]any{"s": "a\x1bb"}, nil, "filter.search"},
		{"NUL in a literal search", "{ agreements(filter: {search: \"a\\u0000b\"}) { totalCount } }", nil, nil, "filter.search"},
		{"NUL in mutation input", `mutation($i: InquiryInput!) { submitInquiry(input: $i) }`,
			map[string]any{"i": map[string]any{"name": "n\x00", "email": "a@example.jp", "subject": "s", "body": "b"}}, nil, "input.name"},
		{"invalid DateTime", `mutation($id: ID!, $at: DateTime) { publish(id: $id, at: $at) { id } }`,
			map[string]any{"id": "Q2FzZVN0dWR5OjE", "at": "not a time"}, desk, "at"},
		{"DateTime of the wrong type", `mutation($id: ID!, $at: DateTime) { publish(id: $id, at: $at) { id } }`,
			map[string]any{"id": "Q2FzZVN0dWR5OjE", "at": 12}, desk, "at"},
		{"invalid Date", `query($d: Date) { caseStudies(filter: {startOn: {from: $d}}) { totalCount } }`,
			map[string]any{"d": "2020-13-01"}, nil, "filter.startOn.from"},
		{"和暦 before 1873", `{ agreements(first: 1) { edges { node { signedOn(format: WAREKI) } } } }`, nil, nil, "format"},
		{"bad cursor", `{ caseStudies(after: "zzz") { totalCount } }`, nil, nil, "after"},
		{"bad global ID", `{ node(id: "@@@") { id } }`, nil, nil, "id"},
		{"bad 法人番号", `{ partners(filter: {corporateNumber: "1234567890123"}) { totalCount } }`, nil, nil, "filter.corporateNumber"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := e.post(c.query, c.vars, c.headers...)
			if r.code() != "BAD_USER_INPUT" || strings.Contains(strings.ToLower(r.Raw), "sql") {
				t.Errorf("want BAD_USER_INPUT without internals, got %s", r.Raw)
				return
			}
			if got, _ := r.Errors[0].Extensions["field"].(string); got != c.field {
				t.Errorf("field %q, want %q: %s", got, c.field, r.Raw)
			}
			if errs := logs.errors(); len(errs) > 0 {
				t.Errorf("logged at ERROR: %q", errs)
			}
		})
	}
}

// TestDatabaseOutageIsUnavailable closes the database under a running server: requests
// answer the retryable UNAVAILABLE (503 for application/graphql-response+json, and on the
// file routes), never INTERNAL, and log no ERROR line.
func TestDatabaseOutageIsUnavailable(t *testing.T) {
	t.Parallel()
	e, logs := newEnvLogged(t)
	e.ok(`{ caseStudies { totalCount } }`, nil)
	if err := e.st.DB.Close(); err != nil {
		t.Fatal(err)
	}
	r := e.fails("UNAVAILABLE", `{ caseStudies { totalCount } }`, nil)
	if r.Status != http.StatusOK {
		t.Errorf("application/json answers 200 per the spec, got %d", r.Status)
	}
	r = e.fails("UNAVAILABLE", `{ caseStudies { totalCount } }`, nil, "Accept", "application/graphql-response+json")
	if r.Status != http.StatusServiceUnavailable {
		t.Errorf("application/graphql-response+json: status %d, want 503: %s", r.Status, r.Raw)
	}
	for _, path := range []string{"/attachments/QXR0YWNobWVudDox", "/media/QXR0YWNobWVudDox", "/export/agreements.csv"} {
		rec := httptest.NewRecorder()
		e.srv.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
		if rec.Code != http.StatusServiceUnavailable {
			t.Errorf("%s: status %d, want 503", path, rec.Code)
		}
	}
	if errs := logs.errors(); len(errs) > 0 {
		t.Errorf("logged at ERROR: %q", errs)
	}
}

// TestClientDisconnectNotLoggedAsError serves requests whose client has gone: the server
// logs nothing at ERROR for them.
func TestClientDisconnectNotLoggedAsError(t *testing.T) {
	t.Parallel()
	e, logs := newEnvLogged(t)
	for _, q := range []string{`{ caseStudies { totalCount } }`, `{ municipality { name } }`} {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		req := httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(`{"query":"`+strings.ReplaceAll(q, `"`, `\"`)+`"}`)).WithContext(ctx)
		req.Header.Set("Content-Type", "application/json")
		rec := httptest.NewRecorder()
		e.srv.ServeHTTP(rec, req)
		if strings.Contains(rec.Body.String(), "INTERNAL") {
			t.Errorf("%s: %s", q, rec.Body.String())
		}
	}
	if errs := logs.errors(); len(errs) > 0 {
		t.Errorf("logged at ERROR: %q", errs)
	}
}

// TestPoolBoundsConnections runs 150 concurrent clients through the real handler on a store
// opened with at most 4 connections: every request succeeds (the pool queues them) and the
// database never sees more than 4 connections from the server.
func TestPoolBoundsConnections(t *testing.T) {
	// Serial: 150 clients at once are load enough; parallel tests would only slow them.
	ctx := context.Background()
	_, dsn := storetest.Empty(t)
	st, err := store.OpenWith(ctx, dsn, store.Options{MaxOpen: 4, MaxIdle: 2})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if err := st.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := demo.Load(ctx, st, testNow, cheapHash, nil); err != nil {
		t.Fatal(err)
	}
	// The operation deadline is not what this test is about: under load the last of 150
	// queued clients can wait longer than the default 10 s, so the deadline only guards
	// against a hang here.
	srv, err := pppdesk.New(pppdesk.Config{Store: st, DefaultMunicipality: demo.Slug, Now: func() time.Time { return testNow },
		Secret: []byte(testSecret), Limits: querylimit.Limits{Timeout: 5 * time.Minute}})
	if err != nil {
		t.Fatal(err)
	}
	// Every statement samples the pool while it holds its connection, instead of a
	// goroutine spinning on a CPU the clients need.
	maxOpen := &poolSampler{db: st.DB.DB}
	st.AddHook(maxOpen)
	const clients = 150
	var wg sync.WaitGroup
	failures := make(chan string, clients)
	for range clients {
		wg.Go(func() {
			body := `{"query":"{ caseStudies(first: 20) { totalCount edges { node { title partners { name } resources { description } } } } challenges { totalCount } }"}`
			req := httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(body))
			req.Header.Set("Content-Type", "application/json")
			rec := httptest.NewRecorder()
			srv.ServeHTTP(rec, req)
			if rec.Code != http.StatusOK || strings.Contains(rec.Body.String(), `"errors"`) {
				failures <- rec.Body.String()
			}
		})
	}
	wg.Wait()
	close(failures)
	for f := range failures {
		t.Errorf("a client failed: %.300s", f)
		break
	}
	if n := len(failures); n > 0 {
		t.Errorf("%d of %d clients failed", n+1, clients)
	}
	if got := st.DB.Stats().MaxOpenConnections; got != 4 && st.Dialect() == store.MySQL {
		t.Errorf("pool limit %d, want 4", got)
	}
	if m := maxOpen.max.Load(); m > 4 || m == 0 {
		t.Errorf("%d connections open at once, want 1 to 4", m)
	}
}

// poolSampler records the most connections the pool had open when a statement started or
// ended.
type poolSampler struct {
	db  *sql.DB
	max atomic.Int64
}

func (p *poolSampler) sample() {
	n := int64(p.db.Stats().OpenConnections)
	for {
		m := p.max.Load()
		if n <= m || p.max.CompareAndSwap(m, n) {
			return
		}
	}
}

func (p *poolSampler) BeforeQuery(ctx context.Context, _ *bun.QueryEvent) context.Context {
	p.sample()
	return ctx
}

func (p *poolSampler) AfterQuery(context.Context, *bun.QueryEvent) { p.sample() }

// tcpProxy forwards loopback connections to target until cut, which closes the listener
// and every connection: the database's network goes away under a running server.
func tcpProxy(t *testing.T, target string) (string, func()) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	var conns []net.Conn
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			d, err := net.Dial("tcp", target)
			if err != nil {
				c.Close()
				continue
			}
			mu.Lock()
			conns = append(conns, c, d)
			mu.Unlock()
			go func() { _, _ = io.Copy(d, c); d.Close() }()
			go func() { _, _ = io.Copy(c, d); c.Close() }()
		}
	}()
	cut := func() {
		ln.Close()
		mu.Lock()
		defer mu.Unlock()
		for _, c := range conns {
			c.Close()
		}
	}
	t.Cleanup(cut)
	return ln.Addr().String(), cut
}

// TestRealOutagesAreUnavailable takes the database away for real under a running server —
// on MySQL its network (a proxy that is cut), on SQLite a writer that holds the file past
// the busy timeout — and asserts UNAVAILABLE with 503, no INTERNAL and no ERROR line.
func TestRealOutagesAreUnavailable(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	admin, dsn := storetest.Empty(t)
	if err := admin.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := demo.Load(ctx, admin, testNow, cheapHash, nil); err != nil {
		t.Fatal(err)
	}
	var outage func()
	opts := store.Options{DialTimeout: time.Second, BusyTimeout: 50 * time.Millisecond}
	if admin.Dialect() == store.MySQL {
		open, close := strings.Index(dsn, "tcp("), strings.Index(dsn, ")/")
		addr, cut := tcpProxy(t, dsn[open+4:close])
		dsn = dsn[:open+4] + addr + dsn[close:]
		outage = cut
	} else {
		outage = func() {
			tx, err := admin.DB.BeginTx(ctx, nil)
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { _ = tx.Rollback() })
			if _, err := tx.ExecContext(ctx, "UPDATE municipalities SET name = name WHERE 1 = 1"); err != nil {
				t.Fatal(err)
			}
		}
	}
	st, err := store.OpenWith(ctx, dsn, opts)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	logs := &logCapture{}
	srv, err := pppdesk.New(pppdesk.Config{Store: st, DefaultMunicipality: demo.Slug, Now: func() time.Time { return testNow },
		Secret: []byte(testSecret), Logger: slog.New(logs)})
	if err != nil {
		t.Fatal(err)
	}
	e := &env{t: t, st: st, srv: srv, now: testNow}
	e.ok(`{ caseStudies { totalCount } }`, nil)
	outage()
	inquiry := `mutation { submitInquiry(input: {name: "n", email: "a@example.jp", subject: "s", body: "b"}) }`
	r := e.fails("UNAVAILABLE", inquiry, nil, "Accept", "application/graphql-response+json")
	if r.Status != http.StatusServiceUnavailable {
		t.Errorf("status %d, want 503: %s", r.Status, r.Raw)
	}
	if errs := logs.errors(); len(errs) > 0 {
		t.Errorf("logged at ERROR: %q", errs)
	}
}
