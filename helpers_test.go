package pppdesk_test

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"net/http"
	"net/http/httptest"
	"os"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/alexedwards/argon2id"

	"github.com/pppdesk/pppdesk"
	"github.com/pppdesk/pppdesk/auth"
	"github.com/pppdesk/pppdesk/demo"
	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/notify"
	"github.com/pppdesk/pppdesk/storage"
	"github.com/pppdesk/pppdesk/store"
	"github.com/pppdesk/pppdesk/store/storetest"
)

// maxParallelMySQL bounds the tests run at once on MySQL/MariaDB when -parallel is not given:
// each test's store may hold store.DefaultOptions.MaxOpen (20) connections, and the default
// max_connections (151) would not fit GOMAXPROCS of them on a many-core machine.
const maxParallelMySQL = 4

// TestMain caps -parallel on MySQL/MariaDB (see maxParallelMySQL); an explicit -parallel wins.
func TestMain(m *testing.M) {
	flag.Parse()
	if p := flag.Lookup("test.parallel"); p != nil && storetest.DSN() != "" {
		explicit := false
		flag.Visit(func(f *flag.Flag) { explicit = explicit || f == p })
		if n, err := strconv.Atoi(p.Value.String()); err == nil && !explicit && n > maxParallelMySQL {
			_ = p.Value.Set(strconv.Itoa(maxParallelMySQL))
		}
	}
	os.Exit(m.Run())
}

// env is a real server on a fresh database with a controllable clock. Each test builds its
// own, so tests that use only an env (and no process-wide state) run with t.Parallel.
type env struct {
	t   testing.TB
	st  *store.Store
	srv *pppdesk.Server

	mu  sync.Mutex
	now time.Time
}

var testNow = time.Date(2026, 11, 29, 3, 0, 0, 0, time.UTC)

const testSecret = "test-secret-test-secret-test-secret-0123"

// cheapParams keep argon2id fast in tests; production uses the library's defaults.
var cheapParams = &argon2id.Params{Memory: 1024, Iterations: 1, Parallelism: 1, SaltLength: 16, KeyLength: 32}

func cheapHash(pw string) (string, error) { return argon2id.CreateHash(pw, cheapParams) }

// newEnv starts a server; withDemo loads the Aomori sample data first.
func newEnv(t testing.TB, withDemo bool) *env { return newEnvMail(t, withDemo, nil) }

// newEnvWith starts a demo server whose notification emails go to mailer.
func newEnvWith(t testing.TB, mailer notify.Mailer) *env { return newEnvMail(t, true, mailer) }

func newEnvMail(t testing.TB, withDemo bool, mailer notify.Mailer) *env {
	return newEnvFull(t, withDemo, func(c *pppdesk.Config) { c.Mailer = mailer })
}

// newEnvOpts starts a demo server with configuration changes.
func newEnvOpts(t testing.TB, opt func(*pppdesk.Config)) *env { return newEnvFull(t, true, opt) }

func newEnvFull(t testing.TB, withDemo bool, opt func(*pppdesk.Config)) *env {
	t.Helper()
	e := &env{t: t, st: storetest.Open(t), now: testNow}
	if withDemo {
		if _, err := demo.Load(context.Background(), e.st, e.now, cheapHash, nil); err != nil {
			t.Fatal(err)
		}
	}
	files, err := storage.NewLocal(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	cfg := pppdesk.Config{Store: e.st, DefaultMunicipality: demo.Slug, Now: e.clock,
		Secret: []byte(testSecret), Auth: auth.Config{Params: cheapParams}, Files: files}
	if opt != nil {
		opt(&cfg)
	}
	srv, err := pppdesk.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	e.srv = srv
	return e
}

func (e *env) clock() time.Time {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.now
}

// gqlError is one error of a GraphQL response.
type gqlError struct {
	Message    string         `json:"message"`
	Path       []any          `json:"path"`
	Extensions map[string]any `json:"extensions"`
}

// response is a decoded GraphQL response.
type response struct {
	Status int
	Data   map[string]any `json:"data"`
	Errors []gqlError     `json:"errors"`
	Raw    string
}

func (r response) code() string {
	if len(r.Errors) == 0 {
		return ""
	}
	c, _ := r.Errors[0].Extensions["code"].(string)
	return c
}

// post sends one GraphQL request through the real HTTP handler.
func (e *env) post(query string, vars map[string]any, headers ...string) response {
	e.t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	for i := 0; i+1 < len(headers); i += 2 {
		req.Header.Set(headers[i], headers[i+1])
	}
	return e.send(req)
}

// send serves one request through the real handler and decodes the GraphQL response.
func (e *env) send(req *http.Request) response {
	e.t.Helper()
	rec := httptest.NewRecorder()
	e.srv.ServeHTTP(rec, req)
	out := response{Status: rec.Code, Raw: rec.Body.String()}
	if err := json.Unmarshal(rec.Body.Bytes(), &out); err != nil {
		e.t.Fatalf("response is not JSON (%d): %s", rec.Code, rec.Body.String())
	}
	return out
}

// ok sends a request that must succeed and answers its data.
func (e *env) ok(query string, vars map[string]any, headers ...string) map[string]any {
	e.t.Helper()
	r := e.post(query, vars, headers...)
	if len(r.Errors) > 0 || r.Status != http.StatusOK {
		e.t.Fatalf("unexpected errors (%d): %s", r.Status, r.Raw)
	}
	return r.Data
}

// fails sends a request that must fail with code and answers the response.
func (e *env) fails(code, query string, vars map[string]any, headers ...string) response {
	e.t.Helper()
	r := e.post(query, vars, headers...)
	if r.code() != code {
		e.t.Fatalf("want error %s, got: %s", code, r.Raw)
	}
	if strings.Contains(strings.ToLower(r.Raw), "sql") || strings.Contains(r.Raw, "goroutine") {
		e.t.Fatalf("error leaks internals: %s", r.Raw)
	}
	return r
}

// get walks a decoded JSON value by keys and indexes ("caseStudies", "edges", 0, "node").
func get(v any, path ...any) any {
	for _, p := range path {
		switch k := p.(type) {
		case string:
			m, _ := v.(map[string]any)
			v = m[k]
		case int:
			a, _ := v.([]any)
			if k >= len(a) {
				return nil
			}
			v = a[k]
		}
	}
	return v
}

func edges(data map[string]any, list string) []any {
	a, _ := get(data, list, "edges").([]any)
	return a
}

func nodeField(edge any, field string) any { return get(edge, "node", field) }

// municipality inserts a second tenant for tenancy tests.
func (e *env) municipality(slug, name string) *model.Municipality {
	e.t.Helper()
	m := &model.Municipality{Slug: slug, Name: name, Prefecture: "テスト県", DeskName: name + "公民連携デスク", CreatedAt: e.now, UpdatedAt: e.now}
	if err := store.Insert(context.Background(), e.st.DB, m); err != nil {
		e.t.Fatal(err)
	}
	return m
}

// insert stores fixture rows as they are.
func (e *env) insert(rows ...any) {
	e.t.Helper()
	for _, r := range rows {
		if err := store.Insert(context.Background(), e.st.DB, r); err != nil {
			e.t.Fatal(err)
		}
	}
}

// published answers publication fields for content public since at.
func published(at time.Time) model.Publishing {
	return model.Publishing{PublicationState: model.StatePublished, PublishedAt: &at, Version: 1}
}

func stamps(at time.Time) model.Stamps { return model.Stamps{CreatedAt: at, UpdatedAt: at} }

// mid answers the database ID of a municipality.
func (e *env) mid(slug string) int64 {
	e.t.Helper()
	m, err := e.st.MunicipalityBySlug(context.Background(), slug)
	if err != nil || m == nil {
		e.t.Fatalf("municipality %s: %v", slug, err)
	}
	return m.ID
}

// login signs a demo account in and answers the headers that carry its token.
func (e *env) login(email string) []string {
	e.t.Helper()
	d := e.ok(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`, map[string]any{"e": email, "p": demo.Password})
	return []string{"Authorization", "Bearer " + get(d, "login", "token").(string)}
}

// as appends headers to a header list.
func as(h []string, more ...string) []string { return append(append([]string{}, h...), more...) }
