// Package webassets serves a front end's build output embedded in the binary (the staff
// admin, GraphiQL): each file prepared once with its type, ETag and gzipped copy, answered
// through net/http's ServeContent (conditional requests, HEAD, ranges) under the caller's
// security headers. Both front ends need exactly this, and a closed city network must get
// every byte from pppdesk itself.
package webassets

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strconv"
	"strings"
	"time"
)

// File is one embedded file, ready to serve.
type File struct {
	Name        string
	Body        []byte
	ContentType string
	etag        string
	gz          []byte
	gzETag      string
}

// Bundle is a set of files read from a build's output directory.
type Bundle struct {
	files map[string]*File
}

// types fixes the types of what the builds write, so they do not depend on the host's
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

// Load reads every file of fsys once. required names files that must be there and not be
// empty: a build that left them out would serve a blank page, so it is an error at once.
func Load(fsys fs.FS, required ...string) (*Bundle, error) {
	b := &Bundle{files: map[string]*File{}}
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		body, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		b.files[p] = newFile(p, body)
		return nil
	})
	if err != nil {
		return nil, err
	}
	for _, name := range required {
		if f := b.files[name]; f == nil || len(f.Body) == 0 {
			return nil, fmt.Errorf("%s is missing or empty in the embedded build", name)
		}
	}
	return b, nil
}

func newFile(name string, body []byte) *File {
	ctype, ok := types[path.Ext(name)]
	if !ok {
		ctype = mime.TypeByExtension(path.Ext(name))
	}
	if ctype == "" {
		ctype = "application/octet-stream"
	}
	f := &File{Name: name, Body: body, ContentType: ctype, etag: etag(body, "")}
	// Go's gzip output is deterministic, so the compressed copy's ETag is stable for a
	// binary; it is kept only when it is smaller.
	var buf bytes.Buffer
	if zw, err := gzip.NewWriterLevel(&buf, gzip.BestCompression); err == nil {
		if _, err := zw.Write(body); err == nil && zw.Close() == nil && buf.Len() < len(body) {
			f.gz, f.gzETag = buf.Bytes(), etag(body, "-gz")
		}
	}
	return f
}

func etag(b []byte, suffix string) string {
	sum := sha256.Sum256(b)
	return `"` + base64.RawURLEncoding.EncodeToString(sum[:12]) + suffix + `"`
}

// File answers the named file, nil when the bundle has none.
func (b *Bundle) File(name string) *File { return b.files[name] }

// Names lists the bundle's files.
func (b *Bundle) Names() []string {
	out := make([]string, 0, len(b.files))
	for n := range b.files {
		out = append(out, n)
	}
	return out
}

// Serve answers f: no-cache with its ETag (the names are fixed, so a browser must ask again
// and gets a 304 until the binary changes), gzipped when the client accepts it. Security
// headers are the caller's to set before.
func Serve(w http.ResponseWriter, r *http.Request, f *File) {
	h := w.Header()
	h.Set("Content-Type", f.ContentType)
	h.Set("Cache-Control", "no-cache")
	body, tag := f.Body, f.etag
	if f.gz != nil {
		h.Add("Vary", "Accept-Encoding")
		if AcceptsGzip(r.Header.Get("Accept-Encoding")) {
			body, tag = f.gz, f.gzETag
			h.Set("Content-Encoding", "gzip")
		}
	}
	h.Set("ETag", tag)
	http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(body))
}

// AcceptsGzip reports whether an Accept-Encoding header allows gzip (listed, or *, and not
// with q=0).
func AcceptsGzip(header string) bool {
	for _, part := range strings.Split(header, ",") {
		coding, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		coding = strings.TrimSpace(coding)
		if !strings.EqualFold(coding, "gzip") && coding != "*" {
			continue
		}
		for _, p := range strings.Split(params, ";") {
			k, v, _ := strings.Cut(strings.TrimSpace(p), "=")
			if strings.EqualFold(strings.TrimSpace(k), "q") {
				if q, err := strconv.ParseFloat(strings.TrimSpace(v), 64); err == nil && q == 0 {
					return false
				}
			}
		}
		return true
	}
	return false
}
