// Package admin serves the staff admin (a Preact application built from admin/web) from
// files embedded in the binary, so a city's closed network needs nothing from another host.
// The application talks only to the public GraphQL API; this package only serves files,
// with a strict Content-Security-Policy on every answer.
package admin

import (
	"embed"
	"io/fs"
	"net/http"
	"path"
	"strings"
	"sync"

	"github.com/pppdesk/pppdesk/webassets"
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

// Required are the files a build must have written; without them the page would be blank.
var Required = []string{Index, "app.js", "app.css"}

var (
	once    sync.Once
	bundle  *webassets.Bundle
	errLoad error
)

// Files answers the embedded build output (admin/dist), for tests and tools that inspect it.
func Files() fs.FS {
	sub, err := fs.Sub(dist, "dist")
	if err != nil {
		panic(err) // the embed directive guarantees the directory
	}
	return sub
}

func load() (*webassets.Bundle, error) {
	once.Do(func() { bundle, errLoad = webassets.Load(Files(), Required...) })
	return bundle, errLoad
}

// Check reports a build without its required files, so a server can refuse to start with
// a sentence that says how to rebuild rather than serve a blank admin.
func Check() error {
	_, err := load()
	return err
}

// Handler serves the admin. It expects paths relative to the admin's root, so mount it
// with http.StripPrefix("/admin", admin.Handler()) under "GET /admin/": "/" and unknown
// paths answer index.html, files answer themselves.
func Handler() http.Handler {
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
		b, err := load()
		if err != nil {
			http.Error(w, "the staff admin is missing from this build ("+err.Error()+"): run `cd admin/web && npm ci && npm run build`", http.StatusServiceUnavailable)
			return
		}
		f := b.File(strings.TrimPrefix(path.Clean("/"+r.URL.Path), "/"))
		if f == nil {
			f = b.File(Index)
		}
		webassets.Serve(w, r, f)
	})
}
