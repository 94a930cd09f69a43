package pppdesk_test

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/pppdesk/pppdesk"
)

// TestGraphiQLEmbedded: with introspection on, the whole server answers the GraphiQL page
// with its Content-Security-Policy and serves the script and stylesheet it names from the
// binary (issue 11: the CDN-loaded page stayed blank on LGWAN); with introspection off,
// neither the page nor its assets are served.
func TestGraphiQLEmbedded(t *testing.T) {
	t.Parallel()
	serve := func(e *env, path string) *httptest.ResponseRecorder {
		rec := httptest.NewRecorder()
		e.srv.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
		return rec
	}
	on := newEnvOpts(t, func(c *pppdesk.Config) { c.Introspection = true })
	page := serve(on, "/")
	csp := page.Header().Get("Content-Security-Policy")
	if page.Code != http.StatusOK || !strings.Contains(csp, "script-src 'self'") || !strings.Contains(csp, "frame-ancestors 'none'") {
		t.Fatalf("GET /: %d, policy %q", page.Code, csp)
	}
	body := page.Body.String()
	if strings.Contains(body, "cdn.jsdelivr.net") || strings.Contains(body, "unpkg.com") {
		t.Fatalf("page still loads from a CDN: %s", body)
	}
	for _, asset := range []string{"graphiql/graphiql.js", "graphiql/graphiql.css"} {
		if !strings.Contains(body, `"`+asset+`"`) {
			t.Fatalf("page does not name %s: %s", asset, body)
		}
		if rec := serve(on, "/"+asset); rec.Code != http.StatusOK || rec.Body.Len() == 0 || rec.Header().Get("X-Content-Type-Options") != "nosniff" {
			t.Fatalf("/%s: %d, %d bytes", asset, rec.Code, rec.Body.Len())
		}
	}

	off := newEnv(t, true)
	for _, path := range []string{"/", "/graphiql/graphiql.js", "/graphiql/graphiql.css"} {
		if rec := serve(off, path); rec.Code != http.StatusNotFound {
			t.Fatalf("%s served while introspection is off: %d", path, rec.Code)
		}
	}
}
