// Package admin serves the staff admin (a Preact application built from admin/web) from
// files embedded in the binary, so a city's closed network needs nothing from another host.
// The application talks only to the public GraphQL API; this package only serves files,
// with a strict Content-Security-Policy on every answer.
package admin

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strconv"
	"strings"
)

//go:embed all:dist
var dist embed.FS

// CSP is the Content-Security-Policy of every admin response: scripts, styles and requests
// from the server itself only, no inline code, no framing, no plugins.
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; " +
	"img-src 'self' data: blob:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"

// Index is the page served for the admin's root and for every path that is not a file:
// routing happens in the browser (#/…), so a reload or a stale link still opens the app.
const Index = "index.html"

// file is one embedded asset, prepared once: its bytes, a gzipped copy when that is
// smaller, its type and the ETags that let a browser revalidate instead of downloading.
type file struct {
	body, gz     []byte
	ctype        string
	etag, gzEtag string
}

// Files answers the embedded build output (admin/dist), for tests and tools that inspect it.
func Files() fs.FS {
	sub, err := fs.Sub(dist, "dist")
	if err != nil {
		panic(err) // the embed directive guarantees the directory
	}
	return sub
}

// Handler serves the admin. It expects paths relative to the admin's root, so mount it
// with http.StripPrefix("/admin", admin.Handler()) under "GET /admin/": "/" and unknown
// paths answer index.html, files answer themselves.
func Handler() http.Handler {
	files := load()
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", CSP)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			h.Set("Allow", "GET, HEAD")
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		name := strings.TrimPrefix(path.Clean("/"+r.URL.Path), "/")
		f, ok := files[name]
		if !ok {
			f = files[Index]
		}
		serve(w, r, f)
	})
}

// serve answers one file with no-cache (always revalidate, so a new binary's admin is seen
// at once) and its ETag, gzipped when the client accepts it.
func serve(w http.ResponseWriter, r *http.Request, f *file) {
	h := w.Header()
	h.Set("Content-Type", f.ctype)
	h.Set("Cache-Control", "no-cache")
	body, etag := f.body, f.etag
	if f.gz != nil {
		h.Add("Vary", "Accept-Encoding")
		if acceptsGzip(r.Header.Get("Accept-Encoding")) {
			body, etag = f.gz, f.gzEtag
			h.Set("Content-Encoding", "gzip")
		}
	}
	h.Set("ETag", etag)
	if match(r.Header.Get("If-None-Match"), etag) {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	h.Set("Content-Length", strconv.Itoa(len(body)))
	if r.Method == http.MethodHead {
		return
	}
	_, _ = w.Write(body)
}

// types fixes the types of the files the build writes, so they do not depend on the host's
// /etc/mime.types (which nosniff would make fatal for a script served as text/plain).
var types = map[string]string{
	".html": "text/html; charset=utf-8",
	".js":   "text/javascript; charset=utf-8",
	".css":  "text/css; charset=utf-8",
	".svg":  "image/svg+xml",
	".png":  "image/png",
	".ico":  "image/x-icon",
	".json": "application/json",
}

// load reads every embedded file once at start-up.
func load() map[string]*file {
	out := map[string]*file{}
	root := Files()
	err := fs.WalkDir(root, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(root, p)
		if err != nil {
			return err
		}
		ctype, ok := types[path.Ext(p)]
		if !ok {
			ctype = mime.TypeByExtension(path.Ext(p))
		}
		if ctype == "" {
			ctype = "application/octet-stream"
		}
		f := &file{body: b, ctype: ctype, etag: tag(b, "")}
		if z := gzipped(b); z != nil && len(z) < len(b) {
			f.gz, f.gzEtag = z, tag(b, "-gz")
		}
		out[p] = f
		return nil
	})
	if err != nil {
		panic(err)
	}
	if out[Index] == nil {
		// Only a build without `npm run build` in admin/web can get here; say what to do.
		out[Index] = &file{body: []byte("admin/dist has no index.html: run `cd admin/web && npm ci && npm run build`\n"),
			ctype: "text/plain; charset=utf-8", etag: `"missing"`}
	}
	return out
}

func tag(b []byte, suffix string) string {
	sum := sha256.Sum256(b)
	return `"` + hex.EncodeToString(sum[:12]) + suffix + `"`
}

func gzipped(b []byte) []byte {
	var buf bytes.Buffer
	zw, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		return nil
	}
	if _, err := zw.Write(b); err != nil {
		return nil
	}
	if err := zw.Close(); err != nil {
		return nil
	}
	return buf.Bytes()
}

// acceptsGzip reads Accept-Encoding well enough for browsers: gzip listed without q=0.
func acceptsGzip(ae string) bool {
	for _, part := range strings.Split(ae, ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if strings.EqualFold(strings.TrimSpace(name), "gzip") || strings.TrimSpace(name) == "*" {
			q := strings.ReplaceAll(params, " ", "")
			return q != "q=0" && q != "q=0.0" && q != "q=0.00" && q != "q=0.000"
		}
	}
	return false
}

// match reports whether an If-None-Match header names etag (or is "*").
func match(header, etag string) bool {
	for _, t := range strings.Split(header, ",") {
		t = strings.TrimPrefix(strings.TrimSpace(t), "W/")
		if t == etag || t == "*" {
			return true
		}
	}
	return false
}
