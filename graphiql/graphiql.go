// Package graphiql serves the GraphiQL page from files embedded in the binary.
//
// gqlgen's playground handler loads GraphiQL from a public CDN, so on a city's closed
// network (LGWAN) the page stayed blank at "Loading…". This package embeds a bundle that
// graphiql/web builds with esbuild (dist/index.html, dist/graphiql.js, dist/graphiql.css)
// and serves it with a strict Content-Security-Policy: the page talks to nothing but its
// own origin.
package graphiql

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"embed"
	"encoding/base64"
	"fmt"
	"io/fs"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"sync"
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

// file is one embedded file with what its responses need, computed once.
type file struct {
	body        []byte
	contentType string
	etag        string

	gzipOnce sync.Once
	gz       []byte
	gzETag   string
}

var (
	loadOnce sync.Once
	files    map[string]*file
	loadErr  error
)

var contentTypes = map[string]string{
	".html": "text/html; charset=utf-8",
	".js":   "text/javascript; charset=utf-8",
	".css":  "text/css; charset=utf-8",
}

// load reads the embedded files once; an error means the build left dist incomplete.
func load() (map[string]*file, error) {
	loadOnce.Do(func() {
		files = map[string]*file{}
		for _, name := range append([]string{"index.html"}, Assets...) {
			b, err := fs.ReadFile(dist, "dist/"+name)
			if err != nil {
				loadErr = fmt.Errorf("graphiql: %s is not embedded (run npm ci && npm run build in graphiql/web): %w", name, err)
				return
			}
			if len(b) == 0 {
				loadErr = fmt.Errorf("graphiql: embedded %s is empty", name)
				return
			}
			files[name] = &file{body: b, contentType: contentTypes[name[strings.LastIndexByte(name, '.'):]], etag: etagOf(b, "")}
		}
	})
	return files, loadErr
}

// Check reports whether the embedded bundle is complete, so a server can refuse to start
// with a GraphiQL page that would stay blank.
func Check() error {
	_, err := load()
	return err
}

func etagOf(b []byte, suffix string) string {
	sum := sha256.Sum256(b)
	return `"` + base64.RawURLEncoding.EncodeToString(sum[:12]) + suffix + `"`
}

// gzipped compresses the file once, on first demand: the script is about 1.2 MB and a
// quarter of that compressed, which matters on a slow closed network. Go's gzip output is
// deterministic, so the ETag of the compressed form is stable for one binary.
func (f *file) gzipped() ([]byte, string) {
	f.gzipOnce.Do(func() {
		var buf bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
		if _, err := zw.Write(f.body); err != nil {
			return
		}
		if err := zw.Close(); err != nil {
			return
		}
		f.gz = buf.Bytes()
		f.gzETag = etagOf(f.body, "-gz")
	})
	return f.gz, f.gzETag
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
	all, err := load()
	if err != nil {
		http.Error(w, "GraphiQL is not built into this binary", http.StatusInternalServerError)
		return
	}
	f := all[name]
	h := w.Header()
	h.Set("Content-Security-Policy", Policy(r.Host))
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("Cross-Origin-Opener-Policy", "same-origin")
	h.Set("Cross-Origin-Resource-Policy", "same-origin")
	// The names are fixed, so a browser must ask again each time; the ETag makes that a
	// 304 until the binary changes.
	h.Set("Cache-Control", "no-cache")
	h.Set("Vary", "Accept-Encoding")
	h.Set("Content-Type", f.contentType)

	body, etag := f.body, f.etag
	if acceptsGzip(r.Header.Get("Accept-Encoding")) {
		if gz, gzETag := f.gzipped(); gz != nil {
			body, etag = gz, gzETag
			h.Set("Content-Encoding", "gzip")
		}
	}
	h.Set("ETag", etag)
	if matches(r.Header.Get("If-None-Match"), etag) {
		h.Del("Content-Type")
		h.Del("Content-Encoding")
		w.WriteHeader(http.StatusNotModified)
		return
	}
	h.Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(http.StatusOK)
	if r.Method != http.MethodHead {
		_, _ = w.Write(body)
	}
}

// acceptsGzip reports whether an Accept-Encoding header allows gzip (and not with q=0).
func acceptsGzip(header string) bool {
	for _, part := range strings.Split(header, ",") {
		coding, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if !strings.EqualFold(strings.TrimSpace(coding), "gzip") {
			continue
		}
		for _, p := range strings.Split(params, ";") {
			k, v, _ := strings.Cut(strings.TrimSpace(p), "=")
			if strings.EqualFold(k, "q") {
				if q, err := strconv.ParseFloat(strings.TrimSpace(v), 64); err == nil && q == 0 {
					return false
				}
			}
		}
		return true
	}
	return false
}

// matches reports whether an If-None-Match header names etag (weakly, as RFC 9110 asks).
func matches(header, etag string) bool {
	for _, t := range strings.Split(header, ",") {
		t = strings.TrimSpace(t)
		if t == "*" || strings.TrimPrefix(t, "W/") == etag {
			return true
		}
	}
	return false
}
