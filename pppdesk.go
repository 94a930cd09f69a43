// Package pppdesk is the GraphQL back end of a municipal public–private partnership desk
// (公民連携デスク). New builds the whole server as an http.Handler, so the binary in
// cmd/pppdesk and any other Go program (the "plugin" use) mount the same thing.
package pppdesk

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/99designs/gqlgen/graphql/playground"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/pppdesk/pppdesk/apperr"
	"github.com/pppdesk/pppdesk/graph"
	"github.com/pppdesk/pppdesk/resolvers"
	"github.com/pppdesk/pppdesk/store"
)

// MunicipalityHeader names the tenant of a request; without it the default applies.
const MunicipalityHeader = "X-Municipality"

// Config holds the server's dependencies; every one is explicit so tests build the real thing.
type Config struct {
	Store *store.Store
	// DefaultMunicipality is the slug used when a request names none; empty means the
	// request must name one.
	DefaultMunicipality string
	// Now is the clock; nil means time.Now.
	Now func() time.Time
	// Logger receives internal errors with their detail; nil means slog.Default.
	Logger *slog.Logger
	// MaxBodyBytes limits a JSON request body; 0 means 1 MiB.
	MaxBodyBytes int64
}

// Server is pppdesk as an http.Handler: POST /graphql, GraphiQL at /, GET /healthz.
type Server struct {
	cfg Config
	mux *http.ServeMux
}

// New builds the server.
func New(cfg Config) (*Server, error) {
	if cfg.Store == nil {
		return nil, errors.New("pppdesk: Config.Store is required")
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	if cfg.MaxBodyBytes == 0 {
		cfg.MaxBodyBytes = 1 << 20
	}
	s := &Server{cfg: cfg, mux: http.NewServeMux()}
	gql := s.graphQL()
	s.mux.Handle("/graphql", s.limitBody(statusPerSpec(gql)))
	s.mux.HandleFunc("GET /healthz", s.healthz)
	s.mux.Handle("GET /{$}", playground.Handler("pppdesk GraphiQL", "/graphql"))
	return s, nil
}

// ServeHTTP serves every route of pppdesk.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.mux.ServeHTTP(w, r) }

func (s *Server) graphQL() http.Handler {
	es := graph.NewExecutableSchema(graph.Config{Resolvers: &resolvers.Resolver{Store: s.cfg.Store, Now: s.cfg.Now}})
	h := handler.New(es)
	h.AddTransport(transport.Options{})
	h.AddTransport(transport.GET{})
	h.AddTransport(transport.POST{})
	h.SetQueryCache(lru.New[*ast.QueryDocument](1000))
	h.Use(extension.Introspection{})
	h.Use(extension.FixedComplexityLimit(5000))
	h.SetErrorPresenter(s.presentError)
	h.SetRecoverFunc(func(ctx context.Context, v any) error {
		s.cfg.Logger.ErrorContext(ctx, "panic in resolver", "panic", v)
		return errors.New("internal panic")
	})
	h.AroundOperations(s.scopeToMunicipality)
	return h
}

// scopeToMunicipality resolves the tenant of the operation before any resolver runs, so no
// query can ever mix two municipalities' rows.
func (s *Server) scopeToMunicipality(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
	oc := graphql.GetOperationContext(ctx)
	slug := s.cfg.DefaultMunicipality
	if h := oc.Headers.Get(MunicipalityHeader); h != "" {
		slug = h
	}
	fail := func(err error) graphql.ResponseHandler {
		return graphql.OneShot(&graphql.Response{Errors: gqlerror.List{s.presentError(ctx, err)}})
	}
	if slug == "" {
		return fail(apperr.Invalid(MunicipalityHeader, "no municipality given and the server has no default"))
	}
	m, err := s.cfg.Store.MunicipalityBySlug(ctx, slug)
	if err != nil {
		return fail(err)
	}
	if m == nil {
		return fail(apperr.NotFoundf("municipality %q not found", slug))
	}
	return next(resolvers.NewRequest(ctx, s.cfg.Store, m, s.cfg.Now()))
}

// presentError is the one mapping of errors to GraphQL: client errors keep their code and
// message, parse and validation errors become BAD_USER_INPUT, and anything else is logged
// and shown only as INTERNAL, so no SQL or stack ever reaches a client.
func (s *Server) presentError(ctx context.Context, err error) *gqlerror.Error {
	var gerr *gqlerror.Error
	if !errors.As(err, &gerr) {
		gerr = gqlerror.WrapPath(graphql.GetPath(ctx), err)
	}
	out := &gqlerror.Error{Message: gerr.Message, Path: gerr.Path, Locations: gerr.Locations, Extensions: map[string]any{}}
	if out.Path == nil {
		out.Path = graphql.GetPath(ctx)
	}
	var ae *apperr.Error
	switch {
	case errors.As(err, &ae):
		out.Message = ae.Message
		out.Extensions["code"] = string(ae.Code)
		if ae.Field != "" {
			out.Extensions["field"] = ae.Field
		}
	case gerr.Err == nil:
		// Errors gqlgen and gqlparser make themselves: parse, validation and argument
		// coercion errors of the request, whose messages are meant for the client.
		out.Extensions["code"] = string(apperr.BadUserInput)
	default:
		s.cfg.Logger.ErrorContext(ctx, "internal error", "error", err, "path", out.Path.String())
		out.Message = "internal error"
		out.Extensions["code"] = string(apperr.Internal)
	}
	return out
}

func (s *Server) healthz(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
	defer cancel()
	w.Header().Set("Content-Type", "application/json")
	if err := s.cfg.Store.DB.PingContext(ctx); err != nil {
		s.cfg.Logger.ErrorContext(ctx, "health check failed", "error", err)
		w.WriteHeader(http.StatusServiceUnavailable)
		_ = json.NewEncoder(w).Encode(map[string]string{"status": "unavailable"})
		return
	}
	_ = json.NewEncoder(w).Encode(map[string]string{"status": "ok"})
}

func (s *Server) limitBody(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		r.Body = http.MaxBytesReader(w, r.Body, s.cfg.MaxBodyBytes)
		next.ServeHTTP(w, r)
	})
}

// statusPerSpec follows the GraphQL-over-HTTP spec where gqlgen does not: a response of
// type application/json is always 200 (gqlgen answers 422 for parse and validation errors,
// which standard clients do not expect); application/graphql-response+json keeps gqlgen's
// spec-conforming codes.
func statusPerSpec(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		next.ServeHTTP(&specWriter{ResponseWriter: w}, r)
	})
}

type specWriter struct{ http.ResponseWriter }

func (w *specWriter) WriteHeader(code int) {
	if code == http.StatusUnprocessableEntity && w.Header().Get("Content-Type") == "application/json" {
		code = http.StatusOK
	}
	w.ResponseWriter.WriteHeader(code)
}

// Unwrap lets http.ResponseController reach the underlying writer (flush, hijack).
func (w *specWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }
