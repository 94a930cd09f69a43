package pppdesk

import (
	"fmt"
	"net/http"
	"net/url"
	"regexp"
	"strings"

	"github.com/pppdesk/pppdesk/resolvers"
)

// checkPublicURL answers Config.PublicURL without its trailing slash, or an error when it
// is not an absolute http(s) URL without query or fragment.
func checkPublicURL(raw string) (string, error) {
	if raw == "" {
		return "", nil
	}
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.User != nil ||
		u.RawQuery != "" || u.ForceQuery || u.Fragment != "" {
		return "", fmt.Errorf("pppdesk: Config.PublicURL %q is not an absolute http(s) URL such as https://api.city.example.jp/ppp", raw)
	}
	return strings.TrimRight(raw, "/"), nil
}

// prefixPattern is what an X-Forwarded-Prefix may hold: path segments of URL-safe
// characters, nothing that could end a URL or start another host.
var prefixPattern = regexp.MustCompile(`^(/[A-Za-z0-9._~!$&'()*+,;=:@%-]+)+/?$`)

// mountPrefix answers the path prefix that was cut off the request's path before it
// reached the server (http.StripPrefix leaves RequestURI as the client sent it), "" when
// the server is mounted at the root.
func mountPrefix(r *http.Request) string {
	if r.RequestURI == "" || r.RequestURI == "*" {
		return ""
	}
	u, err := url.ParseRequestURI(r.RequestURI)
	if err != nil {
		return ""
	}
	full, rest := u.EscapedPath(), r.URL.EscapedPath()
	if !strings.HasSuffix(full, rest) {
		return ""
	}
	p := strings.TrimRight(full[:len(full)-len(rest)], "/")
	if p != "" && !prefixPattern.MatchString(p) {
		return ""
	}
	return p
}

// base answers where the server's URLs start for a request: Config.PublicURL, else the
// prefix a trusted proxy says it strips (X-Forwarded-Prefix) followed by the prefix of an
// http.StripPrefix around the server.
func (s *Server) base(r *http.Request) string {
	if s.publicURL != "" {
		return s.publicURL
	}
	p := mountPrefix(r)
	if fp := strings.TrimSpace(r.Header.Get("X-Forwarded-Prefix")); fp != "" && s.fromTrustedProxy(r) && prefixPattern.MatchString(fp) {
		p = strings.TrimRight(fp, "/") + p
	}
	return p
}

// withBase makes every URL the server emits follow the base (see resolvers.URL), and its
// redirects too: ServeMux redirects /admin to /admin/ and cleans paths with a Location
// from the server's root, which under a prefix must carry the prefix. A request for the
// bare prefix ("/ppp", whose path is empty once stripped) goes to the prefix's root.
func (s *Server) withBase(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		base := s.base(r)
		if base == "" {
			next.ServeHTTP(w, r)
			return
		}
		if r.URL.Path == "" {
			http.Redirect(w, r, base+"/", http.StatusMovedPermanently)
			return
		}
		r = r.WithContext(resolvers.WithBase(r.Context(), base))
		next.ServeHTTP(&prefixWriter{ResponseWriter: w, base: base}, r)
	})
}

// prefixWriter puts the base before a redirect's Location that starts at the server's root.
type prefixWriter struct {
	http.ResponseWriter
	base string
}

func (w *prefixWriter) WriteHeader(code int) {
	if code >= 300 && code < 400 {
		if loc := w.Header().Get("Location"); strings.HasPrefix(loc, "/") && !strings.HasPrefix(loc, "//") && !strings.HasPrefix(loc, w.base+"/") {
			w.Header().Set("Location", w.base+loc)
		}
	}
	w.ResponseWriter.WriteHeader(code)
}

// Unwrap lets http.ResponseController reach the underlying writer (flush, hijack).
func (w *prefixWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }
