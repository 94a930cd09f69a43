package pppdesk_test

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// probe answers the status and the decoded JSON body of a GET.
func (e *env) probe(path string) (int, map[string]any, http.Header) {
	e.t.Helper()
	rec := httptest.NewRecorder()
	e.srv.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
	var body map[string]any
	if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil {
		e.t.Fatalf("%s is not JSON (%d): %s", path, rec.Code, rec.Body.String())
	}
	return rec.Code, body, rec.Header()
}

// TestReadiness: /readyz is ready on a migrated database and says why not when the
// database is behind this binary's migrations; migrations of a newer release (a rolling
// upgrade) keep it ready and are named.
func TestReadiness(t *testing.T) {
	t.Parallel()
	e := newEnv(t, false)
	ctx := context.Background()
	code, body, h := e.probe("/readyz")
	if code != http.StatusOK || body["status"] != "ready" || body["migrations"].(float64) < 1 || h.Get("Cache-Control") != "no-store" {
		t.Fatalf("migrated database: %d %v", code, body)
	}
	embedded := body["migrations"]

	var last string
	must(t, e.st.DB.NewRaw("SELECT MAX(name) FROM bun_migrations").Scan(ctx, &last))
	_, err := e.st.DB.ExecContext(ctx, "DELETE FROM bun_migrations WHERE name = ?", last)
	must(t, err)
	code, body, h = e.probe("/readyz")
	if code != http.StatusServiceUnavailable || body["status"] != "unavailable" || h.Get("Retry-After") == "" ||
		!strings.Contains(body["reason"].(string), "migrations not applied") || !strings.Contains(body["reason"].(string), last) {
		t.Fatalf("a pending migration: %d %v", code, body)
	}
	if get(body, "errors", 0, "extensions", "code") != "UNAVAILABLE" {
		t.Fatalf("not the UNAVAILABLE body of every route: %v", body)
	}
	// Liveness never looks at the database.
	if code, body, _ := e.probe("/healthz"); code != http.StatusOK || body["status"] != "ok" {
		t.Fatalf("healthz: %d %v", code, body)
	}

	_, err = e.st.DB.ExecContext(ctx, "INSERT INTO bun_migrations (name, group_id, migrated_at) VALUES (?, 1, CURRENT_TIMESTAMP), (?, 99, CURRENT_TIMESTAMP)", last, "29991231000001")
	must(t, err)
	code, body, _ = e.probe("/readyz")
	if code != http.StatusOK || body["migrations"] != embedded || get(body, "newerMigrations", 0) != "29991231000001" {
		t.Fatalf("a newer release's migration: %d %v", code, body)
	}
}

// TestProbesWithoutTheDatabase: with the database gone the replica is alive (a liveness
// probe must not restart it: that would not bring the database back) but not ready.
func TestProbesWithoutTheDatabase(t *testing.T) {
	t.Parallel()
	e := newEnv(t, false)
	must(t, e.st.DB.Close())
	if code, body, _ := e.probe("/healthz"); code != http.StatusOK || body["status"] != "ok" {
		t.Fatalf("healthz: %d %v", code, body)
	}
	code, body, _ := e.probe("/readyz")
	if code != http.StatusServiceUnavailable || body["reason"] != "the database is unreachable" || get(body, "errors", 0, "extensions", "code") != "UNAVAILABLE" {
		t.Fatalf("readyz: %d %v", code, body)
	}
	if strings.Contains(strings.ToLower(mustJSON(body)), "sql") {
		t.Fatalf("the reason leaks internals: %v", body)
	}
}
