package admin_test

import (
	"bytes"
	"compress/gzip"
	"io"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"

	"github.com/pppdesk/pppdesk/admin"
)

// server mounts the admin the way pppdesk.go does, so paths are the ones a browser asks.
func server() http.Handler {
	mux := http.NewServeMux()
	mux.Handle("GET /admin/", http.StripPrefix("/admin", admin.Handler()))
	return mux
}

func get(t *testing.T, h http.Handler, path string, headers ...string) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequest(http.MethodGet, path, nil)
	for i := 0; i+1 < len(headers); i += 2 {
		req.Header.Set(headers[i], headers[i+1])
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

func TestDistIsPresent(t *testing.T) {
	t.Parallel()
	for _, name := range []string{"index.html", "app.js", "app.css"} {
		b, err := fs.ReadFile(admin.Files(), name)
		if err != nil {
			t.Fatalf("admin/dist/%s is missing: run `cd admin/web && npm ci && npm run build` and commit admin/dist: %v", name, err)
		}
		if len(b) == 0 {
			t.Errorf("admin/dist/%s is empty", name)
		}
	}
}

func TestServesIndexAndAssetsWithTheirTypes(t *testing.T) {
	t.Parallel()
	h := server()
	cases := []struct{ path, ctype, contains string }{
		{"/admin/", "text/html; charset=utf-8", `<div id="app">`},
		{"/admin/index.html", "text/html; charset=utf-8", `<div id="app">`},
		{"/admin/app.js", "text/javascript; charset=utf-8", ""},
		{"/admin/app.css", "text/css; charset=utf-8", ""},
		// Not files: the app's index, so a reload or an old link still opens the app.
		{"/admin/proposals/123", "text/html; charset=utf-8", `<div id="app">`},
		{"/admin/nope.js", "text/html; charset=utf-8", `<div id="app">`},
	}
	for _, c := range cases {
		rec := get(t, h, c.path)
		if rec.Code != http.StatusOK {
			t.Errorf("%s: status %d", c.path, rec.Code)
			continue
		}
		if got := rec.Header().Get("Content-Type"); got != c.ctype {
			t.Errorf("%s: Content-Type %q, want %q", c.path, got, c.ctype)
		}
		if c.contains != "" && !strings.Contains(rec.Body.String(), c.contains) {
			t.Errorf("%s: body lacks %q", c.path, c.contains)
		}
	}
	// The bare /admin goes to /admin/, so relative URLs resolve under it.
	if rec := get(t, h, "/admin"); rec.Code/100 != 3 || rec.Header().Get("Location") != "/admin/" {
		t.Errorf("/admin: %d to %q", rec.Code, rec.Header().Get("Location"))
	}
}

func TestEveryResponseCarriesTheSecurityHeaders(t *testing.T) {
	t.Parallel()
	h := server()
	want := map[string]string{
		"Content-Security-Policy": "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data: blob:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
		"X-Content-Type-Options":  "nosniff",
		"Referrer-Policy":         "no-referrer",
		"Cache-Control":           "no-cache",
	}
	for _, p := range []string{"/admin/", "/admin/app.js", "/admin/app.css", "/admin/x/y"} {
		rec := get(t, h, p)
		for k, v := range want {
			if got := rec.Header().Get(k); got != v {
				t.Errorf("%s: %s = %q, want %q", p, k, got, v)
			}
		}
		if strings.Contains(rec.Header().Get("Content-Security-Policy"), "unsafe") {
			t.Errorf("%s: CSP allows unsafe-*", p)
		}
	}
	// A refused method too.
	req := httptest.NewRequest(http.MethodPost, "/admin/", nil)
	rec := httptest.NewRecorder()
	admin.Handler().ServeHTTP(rec, req)
	if rec.Code != http.StatusMethodNotAllowed || rec.Header().Get("Content-Security-Policy") == "" {
		t.Errorf("POST: %d, CSP %q", rec.Code, rec.Header().Get("Content-Security-Policy"))
	}
}

func TestETagRevalidatesAndGzipIsOffered(t *testing.T) {
	t.Parallel()
	h := server()
	first := get(t, h, "/admin/app.js")
	etag := first.Header().Get("ETag")
	if etag == "" {
		t.Fatal("no ETag")
	}
	if rec := get(t, h, "/admin/app.js", "If-None-Match", etag); rec.Code != http.StatusNotModified || rec.Body.Len() != 0 {
		t.Errorf("If-None-Match: %d with %d bytes", rec.Code, rec.Body.Len())
	}
	if rec := get(t, h, "/admin/app.js", "If-None-Match", `"other"`); rec.Code != http.StatusOK {
		t.Errorf("stale ETag: %d", rec.Code)
	}
	z := get(t, h, "/admin/app.js", "Accept-Encoding", "gzip, deflate, br")
	if z.Header().Get("Content-Encoding") != "gzip" || z.Header().Get("ETag") == etag {
		t.Fatalf("gzip: encoding %q, ETag %q", z.Header().Get("Content-Encoding"), z.Header().Get("ETag"))
	}
	zr, err := gzip.NewReader(bytes.NewReader(z.Body.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	plain, _ := io.ReadAll(zr)
	if !bytes.Equal(plain, first.Body.Bytes()) {
		t.Error("gzipped body differs from the plain one")
	}
	if g := get(t, h, "/admin/app.js", "Accept-Encoding", "gzip;q=0"); g.Header().Get("Content-Encoding") != "" {
		t.Error("gzip sent although refused with q=0")
	}
}

// TestDistLoadsNothingFromAnotherHost keeps the admin usable on a closed network and under a
// path prefix: no absolute http(s) URL and no root-relative src/href in the built files,
// and nothing inline that the CSP would block.
func TestDistLoadsNothingFromAnotherHost(t *testing.T) {
	t.Parallel()
	// XML namespace names that Preact compares strings against; they are never fetched.
	namespaces := regexp.MustCompile(`http://www\.w3\.org/(1999/xhtml|2000/svg|1998/Math/MathML|1999/xlink|XML/1998/namespace)`)
	abs := regexp.MustCompile(`(?i)(https?:)?//[a-z0-9.-]+\.[a-z]{2,}`)
	err := fs.WalkDir(admin.Files(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(admin.Files(), p)
		if err != nil {
			return err
		}
		s := namespaces.ReplaceAllString(string(b), "")
		if m := abs.FindString(s); m != "" && strings.HasPrefix(strings.ToLower(m), "http") {
			t.Errorf("dist/%s contains an absolute URL %q", p, m)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	index, _ := fs.ReadFile(admin.Files(), "index.html")
	html := string(index)
	for _, bad := range []string{`src="/`, `href="/`, `style=`, `<style`, `http:`, `https:`} {
		if strings.Contains(html, bad) {
			t.Errorf("index.html contains %q", bad)
		}
	}
	// Every <script> has a src: inline scripts would be refused by script-src 'self'.
	for _, m := range regexp.MustCompile(`<script[^>]*>`).FindAllString(html, -1) {
		if !strings.Contains(m, `src="`) {
			t.Errorf("inline script in index.html: %s", m)
		}
	}
	for _, want := range []string{`src="app.js"`, `href="app.css"`} {
		if !strings.Contains(html, want) {
			t.Errorf("index.html lacks the relative %s", want)
		}
	}
}

func TestCheckAcceptsTheCommittedBuild(t *testing.T) {
	t.Parallel()
	if err := admin.Check(); err != nil {
		t.Fatal(err)
	}
}
