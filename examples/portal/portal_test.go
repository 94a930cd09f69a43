package portal_test

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/pppdesk/pppdesk/examples/portal"
)

// TestHandler: the handler serves the committed build, writes config.js from its Config,
// lets the pages talk only to the API's origin, and refuses a Config it cannot work with.
func TestHandler(t *testing.T) {
	t.Parallel()
	h, err := portal.Handler(portal.Config{APIURL: "https://api.ppp.example.jp", Municipality: "hirosaki"})
	if err != nil {
		t.Fatal(err)
	}
	get := func(path string) (*http.Response, string) {
		t.Helper()
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
		b, _ := io.ReadAll(rec.Result().Body)
		return rec.Result(), string(b)
	}
	for _, c := range []struct{ path, contains string }{
		{"/", `<script type="module" src="app.js">`},
		{"/config.js", `{"apiUrl":"https://api.ppp.example.jp","municipality":"hirosaki"}`},
		{"/verify-email/", `<base href="../">`},
		{"/reset-password/", `<base href="../">`},
		{"/app.js", "PPPDESK_PORTAL"},
	} {
		res, body := get(c.path)
		if res.StatusCode != http.StatusOK || !strings.Contains(body, c.contains) {
			t.Errorf("GET %s: %d, body without %q", c.path, res.StatusCode, c.contains)
		}
		csp := res.Header.Get("Content-Security-Policy")
		if !strings.Contains(csp, "connect-src https://api.ppp.example.jp;") || !strings.Contains(csp, "script-src 'self';") {
			t.Errorf("GET %s: CSP %q", c.path, csp)
		}
	}
	if res, _ := get("/nothing-here"); res.StatusCode != http.StatusNotFound {
		t.Errorf("GET /nothing-here: %d", res.StatusCode)
	}
	for _, bad := range []portal.Config{
		{APIURL: "api.ppp.example.jp", Municipality: "aomori"},
		{APIURL: "ftp://api.ppp.example.jp", Municipality: "aomori"},
		{APIURL: "https://api.ppp.example.jp", Municipality: ""},
	} {
		if _, err := portal.Handler(bad); err == nil {
			t.Errorf("Handler(%+v) accepted", bad)
		}
	}
}
