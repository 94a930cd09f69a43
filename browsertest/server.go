package browsertest

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/alexedwards/argon2id"

	"github.com/pppdesk/pppdesk"
	"github.com/pppdesk/pppdesk/auth"
	"github.com/pppdesk/pppdesk/demo"
	"github.com/pppdesk/pppdesk/storage"
	"github.com/pppdesk/pppdesk/store"
	"github.com/pppdesk/pppdesk/store/storetest"
)

// Server is the real pppdesk server with the demo data, listening on a loopback port, as
// `pppdesk --demo` runs it (on a temporary SQLite file, or a scratch MariaDB database when
// PPPDESK_TEST_DSN is set).
type Server struct {
	// URL is the server's root, e.g. http://127.0.0.1:40123 (no trailing slash).
	URL    string
	t      testing.TB
	offset atomic.Int64 // nanoseconds the server's clock runs ahead of the machine's
	app    *pppdesk.Server
}

// Now is the server's clock: the machine's, moved forward by Skew.
func (s *Server) Now() time.Time { return time.Now().Add(time.Duration(s.offset.Load())) }

// Skew moves the server's clock so that it reads now, from here on. The admin schedules
// publications to the minute; a test that must see a publication come due within seconds
// moves the server to just before that minute instead of waiting for it.
func (s *Server) Skew(now time.Time) {
	d := time.Until(now)
	if d < time.Duration(s.offset.Load()) {
		s.t.Fatalf("the server's clock only moves forward (asked for %s)", now)
	}
	s.offset.Store(int64(d))
}

// cheapParams keep the demo accounts' password hashes fast; the server checks them the same way.
var cheapParams = &argon2id.Params{Memory: 1024, Iterations: 1, Parallelism: 1, SaltLength: 16, KeyLength: 32}

// StartServer starts a demo server on 127.0.0.1:0 for the test and stops it at the end.
func StartServer(t testing.TB) *Server {
	t.Helper()
	ctx := context.Background()
	var st *store.Store
	if storetest.DSN() != "" {
		st = storetest.Open(t)
	} else {
		var err error
		st, err = store.Open(ctx, "sqlite:"+filepath.Join(t.TempDir(), "pppdesk.db"))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = st.Close() })
		if err := st.Migrate(ctx); err != nil {
			t.Fatal(err)
		}
	}
	files, err := storage.NewLocal(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	hash := func(pw string) (string, error) { return argon2id.CreateHash(pw, cheapParams) }
	if _, err := demo.Load(ctx, st, time.Now(), hash, files); err != nil {
		t.Fatal(err)
	}
	s := &Server{t: t}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv, err := pppdesk.New(pppdesk.Config{Store: st, DefaultMunicipality: demo.Slug, Now: s.Now,
		Secret: []byte("browser-test-secret-browser-test-secret"), Auth: auth.Config{Params: cheapParams},
		Files: files, ListenAddr: ln.Addr().String(), Introspection: true,
		Logger: slog.New(slog.NewTextHandler(testWriter{t}, &slog.HandlerOptions{Level: slog.LevelWarn}))})
	if err != nil {
		t.Fatal(err)
	}
	s.app = srv
	hs := &http.Server{Handler: srv, ReadHeaderTimeout: 10 * time.Second}
	done := make(chan error, 1)
	go func() { done <- hs.Serve(ln) }()
	t.Cleanup(func() {
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = hs.Shutdown(sctx)
		if err := <-done; err != nil && !errors.Is(err, http.ErrServerClosed) {
			t.Errorf("server: %v", err)
		}
	})
	s.URL = "http://" + ln.Addr().String()
	return s
}

// testWriter sends the server's warnings and errors to the test log.
type testWriter struct{ t testing.TB }

func (w testWriter) Write(b []byte) (int, error) {
	w.t.Log(strings.TrimSpace(string(b)))
	return len(b), nil
}

// Sweep runs the server's periodic sweep once on its clock (scheduled publications, the
// retention purge), as the outbox dispatcher of a running server does between rounds.
func (s *Server) Sweep() {
	s.t.Helper()
	if err := s.app.Sweep(context.Background()); err != nil {
		s.t.Fatalf("sweep: %v", err)
	}
}

// Admin answers the URL of the staff admin.
func (s *Server) Admin() string { return s.URL + "/admin/" }

// GraphQL posts one operation to /graphql (anonymous when token is ""), fails the test on a
// transport error or any GraphQL error, and answers data.
func (s *Server) GraphQL(token, query string, vars map[string]any) map[string]any {
	s.t.Helper()
	data, errs := s.Try(token, query, vars)
	if len(errs) > 0 {
		s.t.Fatalf("GraphQL errors: %v\nquery: %s", errs, query)
	}
	return data
}

// Try posts one operation and answers data and the GraphQL errors' messages with their codes.
func (s *Server) Try(token, query string, vars map[string]any) (map[string]any, []string) {
	s.t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req, err := http.NewRequest(http.MethodPost, s.URL+"/graphql", bytes.NewReader(body))
	if err != nil {
		s.t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		s.t.Fatal(err)
	}
	defer res.Body.Close()
	raw, err := io.ReadAll(res.Body)
	if err != nil {
		s.t.Fatal(err)
	}
	var out struct {
		Data   map[string]any `json:"data"`
		Errors []struct {
			Message    string         `json:"message"`
			Extensions map[string]any `json:"extensions"`
		} `json:"errors"`
	}
	if err := json.Unmarshal(raw, &out); err != nil {
		s.t.Fatalf("GraphQL answer (HTTP %d) is not JSON: %v: %s", res.StatusCode, err, raw)
	}
	var errs []string
	for _, e := range out.Errors {
		errs = append(errs, fmt.Sprintf("%v: %s", e.Extensions["code"], e.Message))
	}
	return out.Data, errs
}

// Login signs a demo account in through the API and answers its token, to verify through
// the API what the browser did.
func (s *Server) Login(email string) string {
	s.t.Helper()
	d := s.GraphQL("", `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`,
		map[string]any{"e": email, "p": demo.Password})
	return Get(d, "login", "token").(string)
}

// Get walks a decoded JSON value by map keys and slice indexes; nil when a step is missing.
func Get(v any, path ...any) any {
	for _, p := range path {
		switch k := p.(type) {
		case string:
			m, ok := v.(map[string]any)
			if !ok {
				return nil
			}
			v = m[k]
		case int:
			l, ok := v.([]any)
			if !ok || k < 0 || k >= len(l) {
				return nil
			}
			v = l[k]
		}
	}
	return v
}
