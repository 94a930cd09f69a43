package pppdesk_test

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// TestAdminIsMountedWithoutDemo: the staff admin is served by every server, not only with
// --demo or introspection, with its CSP, and does not shadow the server's other routes.
func TestAdminIsMountedWithoutDemo(t *testing.T) {
	t.Parallel()
	e := newEnv(t, false)
	for _, p := range []string{"/admin/", "/admin/app.js", "/admin/proposals/1"} {
		rec := httptest.NewRecorder()
		e.srv.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, p, nil))
		if rec.Code != http.StatusOK {
			t.Fatalf("%s: %d", p, rec.Code)
		}
		if csp := rec.Header().Get("Content-Security-Policy"); !strings.Contains(csp, "script-src 'self'") {
			t.Errorf("%s: CSP %q", p, csp)
		}
	}
	rec := httptest.NewRecorder()
	e.srv.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/healthz", nil))
	if rec.Code != http.StatusOK {
		t.Errorf("/healthz after mounting the admin: %d", rec.Code)
	}
}
