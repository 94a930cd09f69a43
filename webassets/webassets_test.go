package webassets

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"testing/fstest"
)

func bundle(t *testing.T) *Bundle {
	t.Helper()
	b, err := Load(fstest.MapFS{
		"index.html": {Data: []byte("<!doctype html><title>x</title>")},
		"app.js":     {Data: []byte(strings.Repeat("console.log('pppdesk');\n", 200))},
	}, "index.html", "app.js")
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func get(t *testing.T, f *File, method string, headers map[string]string) *httptest.ResponseRecorder {
	t.Helper()
	r := httptest.NewRequest(method, "/"+f.Name, nil)
	for k, v := range headers {
		r.Header.Set(k, v)
	}
	w := httptest.NewRecorder()
	Serve(w, r, f)
	return w
}

func TestServeNegotiatesAndRevalidates(t *testing.T) {
	b := bundle(t)
	js := b.File("app.js")
	plain := get(t, js, http.MethodGet, nil)
	if plain.Code != 200 || plain.Header().Get("Content-Encoding") != "" || plain.Body.String() != string(js.Body) {
		t.Fatalf("plain: %d %q", plain.Code, plain.Header().Get("Content-Encoding"))
	}
	if got := plain.Header().Get("Content-Type"); got != "text/javascript; charset=utf-8" {
		t.Fatalf("type %q", got)
	}
	zipped := get(t, js, http.MethodGet, map[string]string{"Accept-Encoding": "br, gzip"})
	if zipped.Header().Get("Content-Encoding") != "gzip" {
		t.Fatal("gzip not chosen")
	}
	zr, err := gzip.NewReader(bytes.NewReader(zipped.Body.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if body, _ := io.ReadAll(zr); string(body) != string(js.Body) {
		t.Fatal("gzipped body differs")
	}
	if zipped.Header().Get("ETag") == plain.Header().Get("ETag") {
		t.Fatal("the gzipped copy needs its own ETag")
	}
	refused := get(t, js, http.MethodGet, map[string]string{"Accept-Encoding": "gzip;q=0"})
	if refused.Header().Get("Content-Encoding") != "" {
		t.Fatal("gzip;q=0 must not be gzipped")
	}
	again := get(t, js, http.MethodGet, map[string]string{"If-None-Match": plain.Header().Get("ETag")})
	if again.Code != http.StatusNotModified || again.Body.Len() != 0 {
		t.Fatalf("revalidation: %d", again.Code)
	}
	head := get(t, js, http.MethodHead, nil)
	if head.Code != 200 || head.Body.Len() != 0 {
		t.Fatalf("HEAD: %d, %d bytes", head.Code, head.Body.Len())
	}
}

func TestLoadRefusesAnIncompleteBuild(t *testing.T) {
	_, err := Load(fstest.MapFS{"index.html": {Data: []byte("x")}, "app.js": {Data: nil}}, "index.html", "app.js", "app.css")
	if err == nil || !strings.Contains(err.Error(), "app.js") {
		t.Fatalf("want an error naming app.js, got %v", err)
	}
}
