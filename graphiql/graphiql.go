// Package graphiql serves the GraphiQL page from files embedded in the binary.
//
// gqlgen's playground handler loads GraphiQL from a public CDN, so on a city's closed
// network (LGWAN) the page stayed blank at "Loading…". This package embeds a bundle that
// graphiql/web builds with esbuild (dist/index.html, dist/graphiql.js, dist/graphiql.css)
// and serves it with a strict Content-Security-Policy: the page talks to nothing but its
// own origin.
package graphiql

import (
	"embed"
	"fmt"
	"io/fs"
	"net/http"
	"regexp"
	"strings"
	"sync"

	"github.com/pppdesk/pppdesk/webassets"
)

//go:embed dist
var dist embed.FS

// AssetPrefix is the path under which the page's script and stylesheet are served. The
// page names them relative to itself ("graphiql/graphiql.js"), so they follow the page
// when a reverse proxy mounts pppdesk under a path prefix.
const AssetPrefix = "/graphiql/"

// Assets are the files the page loads, by name under AssetPrefix; nothing else is served
// there. index.html is the page itself.
var Assets = []string{"graphiql.js", "graphiql.css"}

var (
	loadOnce sync.Once
	bundle   *webassets.Bundle
	loadErr  error
)

// load reads the embedded files once; an error means the build left dist incomplete.
func load() (*webassets.Bundle, error) {
	loadOnce.Do(func() {
		sub, err := fs.Sub(dist, "dist")
		if err == nil {
			bundle, err = webassets.Load(sub, append([]string{"index.html"}, Assets...)...)
		}
		if err != nil {
			loadErr = fmt.Errorf("graphiql (run npm ci && npm run build in graphiql/web): %w", err)
		}
	})
	return bundle, loadErr
}

// Check reports whether the embedded bundle is complete, so a server can refuse to start
// with a GraphiQL page that would stay blank.
func Check() error {
	_, err := load()
	return err
}

// Mount registers the page at GET / and its assets at GET /graphiql/{file} on mux. A GET
// pattern also answers HEAD.
func Mount(mux *http.ServeMux) {
	mux.Handle("GET /{$}", Page())
	mux.Handle("GET "+AssetPrefix+"{file}", Asset())
}

// Page answers the GraphiQL page (index.html).
func Page() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		serve(w, r, "index.html")
	})
}

// Asset answers the file named by the {file} path value, when it is one of Assets.
func Asset() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		name := r.PathValue("file")
		for _, a := range Assets {
			if a == name {
				serve(w, r, name)
				return
			}
		}
		http.NotFound(w, r)
	})
}

// hostRE is what a Host header may hold to be echoed into the policy: a name or address
// and an optional port, nothing that could end the directive.
var hostRE = regexp.MustCompile(`^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+)(:[0-9]{1,5})?$`)

// scrollLockStyle is the sha256 source of the one <style> element GraphiQL inserts: its
// dialogs (settings, shortcuts) lock page scrolling through react-remove-scroll-bar 2.3.8,
// whose rules depend only on the scroll-bar gap and the body's padding, all 0 on this
// full-viewport page. Allowing that exact text keeps 'unsafe-inline' out. Should an
// upgrade change the text, the browser refuses the element (a console error) and the only
// loss is that lock, which a page that never scrolls does not need.
const scrollLockStyle = "'sha256-nzTgYzXYDNe6BAHiiI7NNlfK8n/auuOAhh2t92YvuXo='"

// Policy is the Content-Security-Policy of the page and its assets for a request to host.
// Scripts, styles and fetches come from the page's own origin only. The WebSocket of
// subscriptions is named explicitly (ws/wss of the same host) because older browsers do
// not count it as 'self'. Fonts and the icons of GraphiQL's stylesheet are data: URLs.
// No inline script is allowed, and no inline style element but the scroll lock's: style
// attributes that GraphiQL and CodeMirror set from script go through the CSSOM, which CSP
// does not block.
func Policy(host string) string {
	connect := "'self'"
	if hostRE.MatchString(host) {
		connect += " ws://" + host + " wss://" + host
	}
	return strings.Join([]string{
		"default-src 'self'",
		"script-src 'self'",
		"style-src 'self' " + scrollLockStyle,
		"img-src 'self' data:",
		"font-src 'self' data:",
		"connect-src " + connect,
		"object-src 'none'",
		"base-uri 'none'",
		"form-action 'self'",
		"frame-ancestors 'none'",
	}, "; ")
}

func serve(w http.ResponseWriter, r *http.Request, name string) {
	b, err := load()
	if err != nil {
		http.Error(w, "GraphiQL is not built into this binary", http.StatusInternalServerError)
		return
	}
	h := w.Header()
	h.Set("Content-Security-Policy", Policy(r.Host))
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("Cross-Origin-Opener-Policy", "same-origin")
	h.Set("Cross-Origin-Resource-Policy", "same-origin")
	webassets.Serve(w, r, b.File(name))
}
