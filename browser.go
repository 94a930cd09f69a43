package pppdesk

import (
	"context"
	"encoding/json"
	"log/slog"
	"mime"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/rs/cors"

	"github.com/pppdesk/pppdesk/apperr"
	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/requestid"
	"github.com/pppdesk/pppdesk/store"
)

// PreflightHeaders are the request headers that mark a non-JSON POST (a file upload) as
// coming from a script rather than a cross-site form: a form cannot send custom headers,
// and a script on another origin can only send them after a CORS preflight. The Apollo
// names are what Apollo clients already send; GraphQL-Require-Preflight is the neutral one.
var PreflightHeaders = []string{"GraphQL-Require-Preflight", "Apollo-Require-Preflight", "X-Apollo-Operation-Name"}

// requirePreflight refuses a POST that is not JSON unless it carries one of
// PreflightHeaders, so a simple cross-site form cannot run a mutation (CSRF). A JSON POST
// always needs a preflight from another origin, so it is safe as it is.
func requirePreflight(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method == http.MethodPost && !isJSON(r.Header.Get("Content-Type")) {
			found := false
			for _, h := range PreflightHeaders {
				if r.Header.Get(h) != "" {
					found = true
					break
				}
			}
			if !found {
				writeRefusal(w, http.StatusBadRequest, "a POST that is not application/json must carry one of the headers "+strings.Join(PreflightHeaders, ", ")+" (CSRF protection)", PreflightHeaders[0])
				return
			}
		}
		next.ServeHTTP(w, r)
	})
}

func isJSON(contentType string) bool {
	mt, _, err := mime.ParseMediaType(contentType)
	return err == nil && (mt == "application/json" || mt == "application/graphql-response+json")
}

// writeRefusal answers an HTTP-level refusal as a GraphQL error response, so clients read
// it like any other BAD_USER_INPUT.
func writeRefusal(w http.ResponseWriter, status int, message, field string) {
	ext := map[string]any{}
	if field != "" {
		ext["field"] = field
	}
	writeError(w, status, "application/json", apperr.BadUserInput, message, ext, nil)
}

// writeError is the one writer of a GraphQL error body for answers made outside gqlgen
// (refusals before an operation runs, outages on the file routes): code and message as
// the presenter gives them, ext added to extensions, top added to the body.
func writeError(w http.ResponseWriter, status int, contentType string, code apperr.Code, message string, ext, top map[string]any) {
	extensions := map[string]any{"code": string(code)}
	for k, v := range ext {
		extensions[k] = v
	}
	body := map[string]any{"errors": []map[string]any{{"message": message, "extensions": extensions}}}
	for k, v := range top {
		body[k] = v
	}
	w.Header().Set("Content-Type", contentType)
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(body)
}

// OriginsTTL is how long a replica answers from its in-memory copy of the municipalities'
// allowed origins for preflights and WebSocket upgrades, which name no municipality. An
// update takes effect at once on this replica (the copy is dropped) and, for the requests
// themselves, on every other replica too: each request reads its municipality's row
// anyway, and a row of a later origins version than the copy's makes the replica read the
// allow-lists again.
const OriginsTTL = 30 * time.Second

// originCache keeps every municipality's allowed origins in memory, so deciding an Origin
// costs no SQL; it is read again after OriginsTTL, when dropped by an update, or when a
// request's municipality row is newer than the copy (an update on another replica).
type originCache struct {
	store *store.Store
	log   *slog.Logger
	gen   atomic.Int64
	snap  atomic.Pointer[originSnapshot]
	mu    sync.Mutex
}

// originSnapshot is the allow-lists as read at one moment.
type originSnapshot struct {
	at time.Time
	// of holds each municipality's origins; any is their union, for preflights.
	of  map[int64]map[string]bool
	any map[string]bool
	// version is each municipality's origins_version as read with its origins.
	version map[int64]int64
}

// stale reports whether the copy predates municipality m as a request read it: its
// allow-list may have changed on another replica since.
func (s *originSnapshot) stale(m *model.Municipality) bool {
	v, ok := s.version[m.ID]
	return !ok || v != m.OriginsVersion
}

// drop makes the next request read the origins again; a read already under way when an
// update commits does not count as fresh.
func (c *originCache) drop() {
	c.gen.Add(1)
	c.snap.Store(nil)
}

// get answers the current allow-lists, reading them when the copy is missing or older than
// OriginsTTL. When the database cannot answer, the old copy (if any) is used.
func (c *originCache) get(ctx context.Context) (*originSnapshot, error) {
	fresh := func() *originSnapshot {
		if s := c.snap.Load(); s != nil && time.Since(s.at) < OriginsTTL {
			return s
		}
		return nil
	}
	if s := fresh(); s != nil {
		return s, nil
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if s := fresh(); s != nil {
		return s, nil
	}
	gen := c.gen.Load()
	rows, err := c.store.AllOrigins(ctx)
	if err != nil {
		if old := c.snap.Load(); old != nil {
			c.log.WarnContext(ctx, "allowed origins: using the previous copy", "error", err)
			return old, nil
		}
		return nil, err
	}
	s := &originSnapshot{at: time.Now(), of: map[int64]map[string]bool{}, any: map[string]bool{}, version: map[int64]int64{}}
	for _, r := range rows {
		s.version[r.MunicipalityID] = r.Version
		if r.Origin == "" {
			continue
		}
		if s.of[r.MunicipalityID] == nil {
			s.of[r.MunicipalityID] = map[string]bool{}
		}
		s.of[r.MunicipalityID][r.Origin] = true
		s.any[r.Origin] = true
	}
	if c.gen.Load() != gen {
		s.at = time.Time{} // an update committed meanwhile: use it once, read again next time
	}
	c.snap.Store(s)
	return s, nil
}

// originPatterns are the operator-wide origins (--cors-origins): exact origins, "*" for
// any, or one "*" inside a pattern such as https://*.city.example.jp.
type originPatterns []string

func (p originPatterns) match(origin string) bool {
	for _, pat := range p {
		if pat == "*" || strings.EqualFold(pat, origin) {
			return true
		}
		if before, after, ok := strings.Cut(strings.ToLower(pat), "*"); ok {
			o := strings.ToLower(origin)
			if len(o) >= len(before)+len(after) && strings.HasPrefix(o, before) && strings.HasSuffix(o, after) {
				return true
			}
		}
	}
	return false
}

// sameOrigin reports whether a browser's Origin names the host the request reached (or,
// behind a trusted proxy, the host the proxy says it forwarded), so the page is the
// server's own (GraphiQL, the admin) and needs no allow-list.
func (s *Server) sameOrigin(r *http.Request, origin string) bool {
	u, err := url.Parse(origin)
	if err != nil || u.Host == "" {
		return false
	}
	if strings.EqualFold(u.Host, r.Host) {
		return true
	}
	fh := r.Header.Get("X-Forwarded-Host")
	return fh != "" && s.fromTrustedProxy(r) && strings.EqualFold(u.Host, strings.TrimSpace(strings.Split(fh, ",")[0]))
}

// crossOrigin answers the request's Origin when it is another origin than the server's
// own, else "".
func (s *Server) crossOrigin(r *http.Request) string {
	o := r.Header.Get("Origin")
	if o == "" || s.sameOrigin(r, o) {
		return ""
	}
	return o
}

// anyOrigin reports whether origin may call the API for some municipality: the server's
// own list or any municipality's. It decides CORS headers and WebSocket upgrades, which
// come before the municipality is known (a preflight carries no header values); the
// operation itself is checked against its municipality by originMayCall.
func (s *Server) anyOrigin(ctx context.Context, origin string) bool {
	if origin == "" {
		return false
	}
	if s.operatorOrigins.match(origin) {
		return true
	}
	snap, err := s.origins.get(ctx)
	if err != nil {
		s.cfg.Logger.WarnContext(ctx, "allowed origins", "error", err)
		return false
	}
	return snap.any[origin]
}

// originMayCall refuses a request from a browser page of another origin unless the
// server's list or municipality m's own allowedOrigins names it: a portal of one city can
// never act on or read another city's data, whatever token it holds.
func (s *Server) originMayCall(ctx context.Context, origin string, m *model.Municipality) error {
	if origin == "" || s.operatorOrigins.match(origin) {
		return nil
	}
	if m.ID != 0 {
		snap, err := s.origins.get(ctx)
		if err != nil {
			return err
		}
		if snap.stale(m) {
			// Another replica changed the municipality since the copy was read: read again
			// (once; a copy still older answers as it is, the TTL bounds it).
			s.origins.drop()
			if snap, err = s.origins.get(ctx); err != nil {
				return err
			}
		}
		if snap.of[m.ID][origin] {
			return nil
		}
	}
	return apperr.New(apperr.Forbidden, "a page at %s may not call this API for %s: the desk lists its portals' origins in allowedOrigins (updateMunicipality)", origin, m.Slug)
}

type originKey struct{}

// originFrom answers the cross origin withAddress noted, "" for same-origin and
// non-browser requests.
func originFrom(ctx context.Context) string {
	o, _ := ctx.Value(originKey{}).(string)
	return o
}

// withCORS answers preflights and adds CORS headers for every origin that may call the
// API for some municipality (anyOrigin): a preflight names no municipality, only header
// names. The actual request is then held to its own municipality's list in resolve
// (originMayCall), so a page of city 1 that asks for city 2 gets FORBIDDEN, never city 2's
// data. Bearer tokens travel in a header, not in cookies, so credentials mode is not
// needed and not allowed.
func (s *Server) withCORS(next http.Handler) http.Handler {
	c := cors.New(cors.Options{
		AllowOriginVaryRequestFunc: func(r *http.Request, origin string) (bool, []string) {
			return s.anyOrigin(r.Context(), origin), nil
		},
		AllowedMethods: []string{http.MethodGet, http.MethodPost},
		AllowedHeaders: append([]string{"Authorization", "Content-Type", MunicipalityHeader, "Idempotency-Key", "If-None-Match"}, PreflightHeaders...),
		ExposedHeaders: []string{"ETag", "Retry-After", requestid.Header},
		MaxAge:         600,
	})
	return c.Handler(next)
}

// safeMultipart is gqlgen's multipart (upload) transport with its "map" field guarded: gqlgen
// follows each map path into the variables with unchecked type assertions and indexes, so a
// path such as variables.file.5 or variables.input.x.y panics, which gqlgen answers as
// INTERNAL and logs as an error. Any request may carry such a map, so a panic before the
// answer started is answered as the client's bad input naming "map" (and logged at WARN
// with its value, should it ever be something else).
type safeMultipart struct {
	transport.MultipartForm
	log *slog.Logger
}

// Do serves the upload request, answering a panicking map as BAD_USER_INPUT.
func (m safeMultipart) Do(w http.ResponseWriter, r *http.Request, exec graphql.GraphExecutor) {
	sw := &startedWriter{ResponseWriter: w}
	defer func() {
		if v := recover(); v != nil {
			m.log.WarnContext(r.Context(), "multipart request refused", "panic", v)
			if !sw.started {
				writeRefusal(w, http.StatusBadRequest, "map: a path does not name an Upload variable of the operation", "map")
			}
		}
	}()
	m.MultipartForm.Do(sw, r, exec)
}

// startedWriter notes whether an answer was started.
type startedWriter struct {
	http.ResponseWriter
	started bool
}

func (w *startedWriter) WriteHeader(code int) {
	w.started = true
	w.ResponseWriter.WriteHeader(code)
}

func (w *startedWriter) Write(b []byte) (int, error) {
	w.started = true
	return w.ResponseWriter.Write(b)
}

// Unwrap lets http.ResponseController reach the underlying writer.
func (w *startedWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }
