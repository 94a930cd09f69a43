package pppdesk

import (
	"encoding/json"
	"log/slog"
	"mime"
	"net/http"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/rs/cors"

	"github.com/pppdesk/pppdesk/apperr"
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

// noStore keeps authenticated answers and answers to POSTs out of every cache; an
// anonymous GET query stays cacheable (public pages), varying by the headers that change it.
func noStore(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet || r.Header.Get("Authorization") != "" {
			w.Header().Set("Cache-Control", "no-store")
		} else {
			w.Header().Add("Vary", "Authorization, "+MunicipalityHeader)
		}
		next.ServeHTTP(w, r)
	})
}

// withCORS lets the listed origins call the API from a browser; with no origins no CORS
// headers are sent, so only same-origin pages can read answers.
func withCORS(origins []string, next http.Handler) http.Handler {
	if len(origins) == 0 {
		return next
	}
	c := cors.New(cors.Options{
		AllowedOrigins: origins,
		AllowedMethods: []string{http.MethodGet, http.MethodPost},
		AllowedHeaders: append([]string{"Authorization", "Content-Type", MunicipalityHeader, "Idempotency-Key"}, PreflightHeaders...),
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
