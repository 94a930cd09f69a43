// Package pppdesk is the GraphQL back end of a municipal public–private partnership desk
// (公民連携デスク). New builds the whole server as an http.Handler, so the binary in
// cmd/pppdesk and any other Go program (the "plugin" use) mount the same thing.
package pppdesk

import (
	"bytes"
	"context"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"mime"
	"net"
	"net/http"
	"net/netip"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/coder/websocket"
	"github.com/realclientip/realclientip-go"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/pppdesk/pppdesk/admin"
	"github.com/pppdesk/pppdesk/apperr"
	"github.com/pppdesk/pppdesk/auth"
	"github.com/pppdesk/pppdesk/graph"
	"github.com/pppdesk/pppdesk/graphiql"
	"github.com/pppdesk/pppdesk/metrics"
	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/notify"
	"github.com/pppdesk/pppdesk/outbox"
	"github.com/pppdesk/pppdesk/policies"
	"github.com/pppdesk/pppdesk/querylimit"
	"github.com/pppdesk/pppdesk/requestid"
	"github.com/pppdesk/pppdesk/resolvers"
	"github.com/pppdesk/pppdesk/storage"
	"github.com/pppdesk/pppdesk/store"
	"github.com/pppdesk/pppdesk/tracing"
	"github.com/pppdesk/pppdesk/webhooks"
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
	// Logger receives internal errors with their detail, every line written while serving a
	// request carrying its request_id; nil discards them.
	Logger *slog.Logger
	// MaxBodyBytes limits a JSON request body; 0 means 1 MiB.
	MaxBodyBytes int64
	// Secret signs bearer tokens; at least 32 bytes. Required.
	Secret []byte
	// Policy decides every operation; nil means the embedded default policy.
	Policy *policies.Policy
	// Mailer sends notification emails; nil sends none.
	Mailer notify.Mailer
	// WebhookClient sends webhook deliveries; nil means the guarded client of
	// webhooks.Guard (no private addresses unless WebhookAllowPrivate, 10 s timeout). A
	// client given here bypasses that guard.
	WebhookClient *http.Client
	// PollInterval is how often subscriptions read new events; 0 means one second.
	PollInterval time.Duration
	// OutboxInterval is how often RunOutbox looks for due mails and webhook deliveries;
	// 0 means five seconds.
	OutboxInterval time.Duration
	// Files keeps uploaded files; nil keeps them in a temporary directory (tests, trials).
	Files storage.Storage
	// Uploads limits size and kinds of uploaded files; zero means 20 MiB of PDF, Office
	// documents and images.
	Uploads storage.Limits
	// Auth tunes sign-in (token lifetime, failure limits, hashing cost); Secret is taken
	// from the field above.
	Auth auth.Config
	// RateLimits are the per-address limits of sign-up, inquiries, preview tokens and
	// uploads; zero fields take the defaults.
	RateLimits resolvers.RateLimits
	// TrustedProxies are the addresses or CIDR ranges of the reverse proxies in front of
	// the server. Only when the connection comes from one of them is the client address
	// read from X-Forwarded-For (the rightmost address not in these ranges); empty means
	// the connection's address is the client's and forwarding headers are ignored.
	TrustedProxies []string
	// WebhookAllowPrivate lets webhooks reach loopback, private, link-local and the server's
	// own addresses; off, such endpoints are refused at registration and at connect time.
	// Tests turn it on for their loopback receivers.
	WebhookAllowPrivate bool
	// ListenAddr is the address the server listens on, which webhooks may never call; the
	// host a request reached the server by is refused too.
	ListenAddr string
	// Limits bound the cost of every GraphQL request; zero fields take their defaults.
	Limits querylimit.Limits
	// Introspection turns on schema introspection, GraphiQL and "Did you mean" suggestions;
	// off (the default outside --demo) keeps the schema from being read by anyone.
	Introspection bool
	// MaxWebSockets caps the WebSockets one client address keeps open at once on this
	// replica; 0 means DefaultMaxWebSockets, a negative value no cap.
	MaxWebSockets int
	// WebSocketInitTimeout is how long a WebSocket may stay open without its
	// connection_init; 0 means 10 s. Without it a stranger could hold connections (and so
	// the server's connection slots) open forever without saying a word.
	WebSocketInitTimeout time.Duration
	// CORSOrigins are the origins (e.g. https://portal.example.jp, wildcards allowed) whose
	// browser pages may call the API and open subscriptions; none means same-origin only.
	CORSOrigins []string
	// MetricsToken, when set, lets a scraper read /metrics from anywhere with
	// "Authorization: Bearer <token>". Without it only the server's own host (a loopback
	// connection, and only when no TrustedProxies are set) may read it.
	MetricsToken string
	// Tracing exports OpenTelemetry spans of requests, operations and SQL; nil is off.
	Tracing *tracing.Tracing
	// PublicURL is the absolute URL clients reach the server at, with the path prefix it is
	// mounted under (https://api.city.example.jp/ppp); every URL the server emits (media,
	// attachments, redirects) starts with it. Empty: emitted URLs are paths from the host's
	// root that include the prefix the request came through (an http.StripPrefix around
	// the server, and X-Forwarded-Prefix from a TrustedProxies address).
	PublicURL string
	// CacheMaxAge is the max-age of "Cache-Control: public" on answers without errors to
	// anonymous GET queries (no Authorization, no cookie), so a CDN can carry a portal's
	// reads; 0 means DefaultCacheMaxAge, a negative value turns public caching off.
	CacheMaxAge time.Duration
}

// DefaultCacheMaxAge is how long a CDN or browser may reuse an anonymous GET answer when
// Config.CacheMaxAge is zero: short, so a publication shows within a minute.
const DefaultCacheMaxAge = 60 * time.Second

// APQEntries bounds the automatic persisted queries kept in memory (least recently used
// go first), and APQMaxQueryBytes the size of one: a longer query still runs but is not
// kept, so the cache holds at most APQEntries × APQMaxQueryBytes.
const (
	APQEntries       = 1000
	APQMaxQueryBytes = 32 << 10
)

// Server is pppdesk as an http.Handler: POST /graphql, GraphiQL at / (with introspection on),
// GET /healthz (alive) and GET /readyz (database reachable, migrations current).
type Server struct {
	cfg      Config
	proxies  []net.IPNet
	forward  realclientip.Strategy
	mux      *http.ServeMux
	handler  http.Handler
	guard    *querylimit.Guard
	sockets  *socketLimiter
	auth     *auth.Auth
	resolver *resolvers.Resolver
	outbox   *outbox.Dispatcher
	metrics  *metrics.Metrics
	// origins caches the municipalities' allowed origins; operatorOrigins are the server's.
	origins         *originCache
	operatorOrigins originPatterns
	publicURL       string
	cacheMaxAge     time.Duration
}

// DeliverWebhooks sends the webhook deliveries that are due, once, every endpoint in
// parallel, and answers how many it attempted; RunOutbox does it on a ticker. Deliveries
// wait in the database, so any replica may send them.
func (s *Server) DeliverWebhooks(ctx context.Context) (int, error) {
	return s.outbox.DeliverDue(ctx, outbox.Webhooks)
}

// RunOutbox delivers the outbox (notification mails and webhooks) every
// Config.OutboxInterval until ctx ends, each round after a Sweep (scheduled publications,
// due-date mails); a server that should send anything runs it.
func (s *Server) RunOutbox(ctx context.Context) {
	every := s.cfg.OutboxInterval
	if every <= 0 {
		every = 5 * time.Second
	}
	s.outbox.Run(ctx, every)
}

// RunWebhooks delivers the outbox, mails included, every interval until ctx ends; it
// predates RunOutbox.
func (s *Server) RunWebhooks(ctx context.Context, every time.Duration) { s.outbox.Run(ctx, every) }

// WaitForNotifications sends the notification mails that are due and waits until they are
// out (or failed and are scheduled for retry), including those the dispatcher's own loop
// (RunWebhooks) is sending at the moment, for at most notificationWait: an operator's tool
// or a test then sees every mail this server could have sent.
func (s *Server) WaitForNotifications() {
	ctx, cancel := context.WithTimeout(context.Background(), notificationWait)
	defer cancel()
	s.DrainNotifications(ctx)
}

// notificationWait bounds WaitForNotifications: an SMTP server that accepts a connection but
// never answers holds a mail for as long as its send may take.
const notificationWait = time.Minute

// DrainNotifications, for a stopping process, sends the due mails and waits until the
// dispatcher has sent every mail it had taken, until ctx ends (see outbox.Dispatcher.Drain).
func (s *Server) DrainNotifications(ctx context.Context) {
	if err := s.outbox.Drain(ctx); err != nil && ctx.Err() == nil {
		s.cfg.Logger.Error("outbox mail", "error", err)
	}
}

// OutboxStats measures the outbox for monitoring: rows waiting (mails and webhook
// deliveries), the age of the oldest, and rows that gave up.
func (s *Server) OutboxStats(ctx context.Context) (depth int, oldestAge time.Duration, failures int, err error) {
	return s.outbox.Stats(ctx)
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
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	cfg.Logger = slog.New(requestid.NewHandler(cfg.Logger.Handler()))
	if cfg.MaxBodyBytes == 0 {
		cfg.MaxBodyBytes = 1 << 20
	}
	publicURL, err := checkPublicURL(cfg.PublicURL)
	if err != nil {
		return nil, err
	}
	if cfg.Policy == nil {
		p, err := policies.Load("")
		if err != nil {
			return nil, err
		}
		cfg.Policy = p
	}
	cfg.Auth.Secret = cfg.Secret
	m := metrics.New(func(ctx context.Context) (metrics.Outbox, error) {
		st, err := cfg.Store.OutboxStats(ctx)
		o := metrics.Outbox{Depth: st.Pending, Failures: st.Failed}
		if !st.Oldest.IsZero() {
			o.OldestAge = max(cfg.Now().Sub(st.Oldest), 0)
		}
		return o, err
	})
	if prev := cfg.Auth.OnFailure; prev != nil {
		cfg.Auth.OnFailure = func() { m.LoginFailed(); prev() }
	} else {
		cfg.Auth.OnFailure = m.LoginFailed
	}
	cfg.Store.AddHook(m.StatementHook())
	if hook := cfg.Tracing.QueryHook(); hook != nil {
		cfg.Store.AddHook(hook)
	}
	if cfg.Files == nil {
		dir, err := os.MkdirTemp("", "pppdesk-files-")
		if err != nil {
			return nil, err
		}
		if cfg.Files, err = storage.NewLocal(dir); err != nil {
			return nil, err
		}
	}
	a, err := auth.New(cfg.Store, cfg.Auth, cfg.Now)
	if err != nil {
		return nil, err
	}
	guard := webhooks.Guard{AllowPrivate: cfg.WebhookAllowPrivate, Own: []string{cfg.ListenAddr}}
	client := cfg.WebhookClient
	if client == nil {
		client = guard.Client()
	}
	s := &Server{cfg: cfg, mux: http.NewServeMux(), auth: a, metrics: m,
		outbox:          outbox.New(cfg.Store, cfg.Mailer, &webhooks.Sender{Client: client, Now: cfg.Now}, cfg.Now, cfg.Logger),
		origins:         &originCache{store: cfg.Store, log: cfg.Logger},
		operatorOrigins: originPatterns(cfg.CORSOrigins),
		publicURL:       publicURL,
		cacheMaxAge:     cfg.CacheMaxAge,
	}
	if s.cacheMaxAge == 0 {
		s.cacheMaxAge = DefaultCacheMaxAge
	}
	maxSockets := cfg.MaxWebSockets
	if maxSockets == 0 {
		maxSockets = DefaultMaxWebSockets
	}
	s.sockets = &socketLimiter{max: maxSockets, open: map[string]int{}}
	if len(cfg.TrustedProxies) > 0 {
		if s.proxies, err = realclientip.AddressesAndRangesToIPNets(cfg.TrustedProxies...); err != nil {
			return nil, fmt.Errorf("trusted proxies: %w", err)
		}
		if s.forward, err = realclientip.NewRightmostTrustedRangeStrategy("X-Forwarded-For", s.proxies); err != nil {
			return nil, err
		}
	}
	gql := s.graphQL()
	s.resolver.Limits = cfg.RateLimits.WithDefaults()
	s.resolver.WebhookGuard = guard
	s.resolver.Mail = s.outbox.Queue
	s.resolver.OriginsChanged = s.origins.drop
	s.outbox.Sweeper = s.sweeper()
	s.mux.Handle("/graphql", s.httpCache(requirePreflight(s.limitBody(s.withAddress(s.socketOrigins(s.sockets.wrap(statusPerSpec(gql))))))))
	s.mux.Handle("GET "+resolvers.DownloadPath+"{id}", s.withAddress(http.HandlerFunc(s.download)))
	s.mux.Handle("GET "+resolvers.MediaPath+"{id}", s.withAddress(http.HandlerFunc(s.media)))
	s.mux.Handle("GET "+resolvers.DisclosureCopyPath+"{id}", s.withAddress(http.HandlerFunc(s.disclosureCopy)))
	s.mux.Handle("GET /feeds/atom.xml", s.withDeadline(http.HandlerFunc(s.atom)))
	s.mux.Handle("GET /export/{file}", s.withDeadline(http.HandlerFunc(s.export)))
	s.mux.Handle("GET "+PersonalDataReadsPath, s.withAddress(http.HandlerFunc(s.personalDataReads)))
	s.mux.Handle("GET /sitemap.xml", s.withDeadline(http.HandlerFunc(s.sitemap)))
	s.mux.Handle("GET /exports/statistics.csv", s.withAddress(s.withDeadline(http.HandlerFunc(s.statisticsCSV))))
	s.mux.HandleFunc("GET /healthz", s.healthz)
	s.mux.HandleFunc("GET /readyz", s.readyz)
	s.mux.Handle("GET /metrics", s.metricsAccess(m.Handler()))
	// The staff admin: embedded files only, always mounted (it is useless without a token).
	s.mux.Handle("GET /admin/", http.StripPrefix("/admin", admin.Handler()))
	if cfg.Introspection {
		graphiql.Mount(s.mux)
	}
	s.handler = requestid.Middleware(cfg.Tracing.Handler(s.withBase(s.withCORS(s.mux))))
	return s, nil
}

// withDeadline bounds an anonymous endpoint that reads many rows (feeds, exports) by the
// same --max-duration as a GraphQL operation, so its SQL is cancelled rather than left to
// run for as long as a client keeps the connection.
func (s *Server) withDeadline(next http.Handler) http.Handler {
	d := s.guard.Limits().Timeout
	if d <= 0 {
		return next
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), d)
		defer cancel()
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

// metricsAccess lets a scraper read /metrics: with the bearer token when one is set, or over
// a loopback connection (the operator's own host). The connection's own address decides,
// never X-Forwarded-For; and with trusted proxies configured a loopback connection may be a
// proxy relaying anyone, so then only the token opens it. A request with an Origin comes
// from a browser page, which no scraper is, so it needs the token too. Everyone else gets
// 403 and learns nothing of the server's traffic.
func (s *Server) metricsAccess(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if tok := s.cfg.MetricsToken; tok != "" {
			got, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
			if ok && subtle.ConstantTimeCompare([]byte(strings.TrimSpace(got)), []byte(tok)) == 1 {
				next.ServeHTTP(w, r)
				return
			}
		}
		if len(s.proxies) == 0 && r.Header.Get("Origin") == "" && loopback(r.RemoteAddr) {
			next.ServeHTTP(w, r)
			return
		}
		http.Error(w, http.StatusText(http.StatusForbidden), http.StatusForbidden)
	})
}

// loopback reports whether a connection's address is on this host.
func loopback(remoteAddr string) bool {
	host, _, err := net.SplitHostPort(remoteAddr)
	if err != nil {
		host = remoteAddr
	}
	ip, err := netip.ParseAddr(host)
	return err == nil && ip.Unmap().IsLoopback()
}

// Metrics answers the server's collectors, for programs that mount /metrics elsewhere or
// register collectors of their own.
func (s *Server) Metrics() *metrics.Metrics { return s.metrics }

// ServeHTTP serves every route of pppdesk.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.handler.ServeHTTP(w, r) }

func (s *Server) graphQL() http.Handler {
	s.resolver = &resolvers.Resolver{
		Store: s.cfg.Store, Policy: s.cfg.Policy, Auth: s.auth, Now: s.cfg.Now,
		InvitationTTL: 7 * 24 * time.Hour, Mailer: s.cfg.Mailer,
		Files: s.cfg.Files, Uploads: s.cfg.Uploads, PollInterval: s.cfg.PollInterval, Log: s.cfg.Logger,
	}
	es := graph.NewExecutableSchema(graph.Config{Resolvers: s.resolver,
		Directives: graph.DirectiveRoot{PersonalData: s.resolver.PersonalDataDirective()}})
	h := handler.New(es)
	// Metrics and tracing come first, so they see every operation, refused ones included.
	h.Use(s.metrics.GraphQL())
	if ext := s.cfg.Tracing.GraphQL(metrics.OperationLabel); ext != nil {
		h.Use(ext)
	}
	s.guard = querylimit.New(es.Schema(), s.cfg.Limits)
	s.guard.NoIntrospection = !s.cfg.Introspection
	s.resolver.MaxSubscriptions = s.guard.Limits().MaxSubscriptions
	initTimeout := s.cfg.WebSocketInitTimeout
	if initTimeout <= 0 {
		initTimeout = 10 * time.Second
	}
	h.AddTransport(transport.Websocket{
		KeepAlivePingInterval: 10 * time.Second,
		InitTimeout:           initTimeout,
		// A browser page of another origin may subscribe only when an allow-list names it:
		// socketOrigins checks the upgrade, resolve each operation's municipality; same-origin
		// pages and non-browser clients (no Origin header) always may.
		Implementation: transport.CoderWebsocketImplementation{AcceptOptions: websocket.AcceptOptions{InsecureSkipVerify: true}},
		// Browsers cannot set headers on a WebSocket: graphql-ws clients send the token in
		// connection_init, and it is checked like a header.
		InitFunc: func(ctx context.Context, p transport.InitPayload) (context.Context, *transport.InitPayload, error) {
			for _, k := range []string{"Authorization", "authorization"} {
				if v, ok := p[k].(string); ok && v != "" {
					return context.WithValue(ctx, wsAuthKey{}, v), nil, nil
				}
			}
			return ctx, nil, nil
		},
	})
	h.AddTransport(transport.Options{})
	h.AddTransport(transport.GET{})
	h.AddTransport(transport.POST{})
	h.AddTransport(safeMultipart{MultipartForm: transport.MultipartForm{MaxUploadSize: s.uploadLimit(), MaxMemory: 8 << 20}, log: s.cfg.Logger})
	h.SetQueryCache(lru.New[*ast.QueryDocument](1000))
	// Automatic persisted queries (GET and POST): a client sends the query's hash and the
	// query only when the server does not know it. Before the guard, so a persisted query
	// is measured like one sent in full.
	h.Use(extension.AutomaticPersistedQuery{Cache: apqCache{lru.New[string](APQEntries)}})
	if tokens := s.guard.Limits().MaxTokens; tokens > 0 {
		h.SetParserTokenLimit(tokens)
	}
	if s.cfg.Introspection {
		h.Use(extension.Introspection{})
	} else {
		// Suggestions would spell out the schema field by field to anyone guessing names.
		h.SetDisableSuggestion(true)
	}
	// The guard measures every request before validation and bounds its run and answer.
	h.Use(s.guard)
	// Every answer that carries personal data to staff leaves only once its log entries
	// (one per record) are written; see readlog.
	h.Use(s.resolver.PersonalDataReads(s.presentError))
	h.SetErrorPresenter(s.presentError)
	h.SetRecoverFunc(func(ctx context.Context, v any) error {
		s.cfg.Logger.ErrorContext(ctx, "panic in resolver", "panic", v)
		return errors.New("internal panic")
	})
	h.AroundOperations(s.scopeToMunicipality)
	return h
}

// scopeToMunicipality establishes the caller and the tenant of the operation before any
// resolver runs, so no query can ever mix two municipalities' rows. A token decides the
// municipality when no header names one; a header naming another municipality than the
// token's is refused, so a token never reaches into another tenant. An operation in the
// platform context (no municipality: see establish) may only use PlatformOperations.
func (s *Server) scopeToMunicipality(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
	oc := graphql.GetOperationContext(ctx)
	if deferred(oc.Doc) {
		return graphql.OneShot(&graphql.Response{Errors: gqlerror.List{s.presentError(ctx,
			apperr.Invalid("@defer", "@defer and @stream are not supported: ask for the fields in one answer"))}})
	}
	authz := oc.Headers.Get("Authorization")
	if v, ok := ctx.Value(wsAuthKey{}).(string); ok && authz == "" {
		authz = v
	}
	ctx, err := s.resolve(ctx, authz, oc.Headers.Get(MunicipalityHeader), func() bool { return platformOnly(oc) })
	if err != nil {
		return graphql.OneShot(&graphql.Response{Errors: gqlerror.List{s.presentError(ctx, err)}})
	}
	return next(ctx)
}

// deferred reports whether a document asks for incremental delivery (@defer, @stream).
// pppdesk refuses it on every transport: HTTP answers would silently drop the deferred
// fields, and on a WebSocket they would be resolved after the answer's per-operation work
// (the personal-data read log) has been written, so a read could escape the log.
func deferred(doc *ast.QueryDocument) bool {
	if doc == nil {
		return false
	}
	var walk func(ast.SelectionSet) bool
	walk = func(set ast.SelectionSet) bool {
		for _, sel := range set {
			var dirs ast.DirectiveList
			var sub ast.SelectionSet
			switch x := sel.(type) {
			case *ast.Field:
				dirs, sub = x.Directives, x.SelectionSet
			case *ast.InlineFragment:
				dirs, sub = x.Directives, x.SelectionSet
			case *ast.FragmentSpread:
				dirs = x.Directives
			}
			if dirs.ForName("defer") != nil || dirs.ForName("stream") != nil || walk(sub) {
				return true
			}
		}
		return false
	}
	for _, op := range doc.Operations {
		if walk(op.SelectionSet) {
			return true
		}
	}
	for _, f := range doc.Fragments {
		if walk(f.SelectionSet) {
			return true
		}
	}
	return false
}

// PlatformSlug is the X-Municipality value that asks for the platform context explicitly:
// no municipality, where a platform ADMIN signs in, accepts its invitation and creates
// municipalities. It is no valid slug, so no municipality can ever be called so.
const PlatformSlug = "_platform"

// PlatformOperations are the operations that run in the platform context. Everything else
// needs a municipality.
var PlatformOperations = []string{"login", "acceptInvitation", "me", "createMunicipality", "municipalities", "__typename", "__schema", "__type"}

// platformOnly reports whether every root field of the operation is a platform operation.
func platformOnly(oc *graphql.OperationContext) bool {
	if oc.Operation == nil {
		return false
	}
	for _, f := range graphql.CollectFields(oc, oc.Operation.SelectionSet, nil) {
		if !slices.Contains(PlatformOperations, f.Name) {
			return false
		}
	}
	return true
}

// errNoMunicipality is the answer to a request that names no municipality where one is needed.
var errNoMunicipality = apperr.Invalid(MunicipalityHeader, "no municipality given and the server has no default")

// establish resolves the caller and the municipality for the server's non-GraphQL
// endpoints (downloads, media, open data), which always need a municipality.
func (s *Server) establish(ctx context.Context, authorization, slug string) (context.Context, error) {
	return s.resolve(ctx, authorization, slug, func() bool { return false })
}

// resolve establishes the caller (from a bearer token) and the municipality, by this
// precedence: the X-Municipality header, then the token's municipality, then the request's
// host name (a municipality's hosts list), then the server's default (--municipality).
// A token of another municipality than the one chosen is refused. When none names a
// municipality — or the header is PlatformSlug, or the token is a platform ADMIN's — the
// request runs in the platform context (a municipality with ID 0 that owns no rows), but
// only if platform() says the operation may. Everything the database knows about the
// caller is read in one statement (store.Caller) and never cached, so a revoked token or a
// disabled account is refused at once on every replica.
func (s *Server) resolve(ctx context.Context, authorization, slug string, platform func() bool) (context.Context, error) {
	caller := resolvers.Caller{Address: addressFrom(ctx), Host: hostFrom(ctx)}
	var lookup store.CallerLookup
	if authorization != "" {
		token, ok := strings.CutPrefix(authorization, "Bearer ")
		if !ok || token == "" {
			return ctx, apperr.New(apperr.Unauthenticated, "Authorization must be \"Bearer <token>\"")
		}
		claims, err := s.auth.Parse(strings.TrimSpace(token))
		if err != nil {
			return ctx, err
		}
		caller.Claims = claims
		lookup.TokenMunicipality, lookup.UserID, lookup.JTI = claims.Municipality, claims.UserID(), claims.ID
		lookup.MunicipalityID = claims.Municipality
	}
	explicitPlatform := slug == PlatformSlug
	if !explicitPlatform {
		lookup.Slug, lookup.Host, lookup.DefaultSlug = slug, hostName(caller.Host), s.cfg.DefaultMunicipality
	}
	found, err := s.cfg.Store.Caller(ctx, lookup)
	if err != nil {
		return ctx, err
	}
	if caller.Claims != nil {
		if caller.User, err = auth.Accept(caller.Claims, found); err != nil {
			return ctx, err
		}
		caller.Departments = found.Departments
	}
	m := found.Municipality
	if m == nil {
		adminToken := caller.Claims != nil && caller.Claims.Municipality == 0
		switch {
		case slug != "" && !explicitPlatform:
			return ctx, apperr.NotFoundf("municipality %q not found", slug)
		case !explicitPlatform && !adminToken && s.cfg.DefaultMunicipality != "":
			return ctx, apperr.NotFoundf("municipality %q not found", s.cfg.DefaultMunicipality)
		case !platform():
			return ctx, errNoMunicipality
		}
		m = &model.Municipality{Slug: PlatformSlug, Name: "pppdesk"}
	}
	if caller.User != nil && caller.User.MunicipalityID != m.ID {
		return ctx, apperr.New(apperr.Unauthenticated, "the token belongs to another municipality")
	}
	if err := s.originMayCall(ctx, originFrom(ctx), m); err != nil {
		return ctx, err
	}
	caller.Municipality = m
	return resolvers.NewRequest(ctx, s.cfg.Store, s.cfg.Policy, caller, s.cfg.Now())
}

// hostName answers the host a request reached the server by, without port, lower case, as
// municipality host lists keep it.
func hostName(host string) string {
	if h, _, err := net.SplitHostPort(host); err == nil {
		host = h
	}
	return strings.TrimSuffix(strings.ToLower(host), ".")
}

// download serves an attachment to a caller the proposal's policy lets read it; anything
// else is 404, so existence never leaks.
func (s *Server) download(w http.ResponseWriter, r *http.Request) {
	authz := r.Header.Get("Authorization")
	ctx, err := s.establish(r.Context(), authz, r.Header.Get(MunicipalityHeader))
	if err != nil {
		s.refuse(w, r.Context(), err)
		return
	}
	s.serveFile(w, ctx, authz, true, func() (*model.Attachment, error) { return s.resolver.DownloadLogged(ctx, r.PathValue("id")) }, "private, no-store")
}

// refuse answers a request whose caller could not be established.
func (s *Server) refuse(w http.ResponseWriter, ctx context.Context, err error) {
	code := http.StatusNotFound
	switch ae := s.classify(ctx, err); {
	case ae == nil:
		s.cfg.Logger.ErrorContext(ctx, "file route", "error", err)
		code = http.StatusInternalServerError
	case ae.Code == apperr.Unavailable:
		writeUnavailable(w, ae.Message, nil)
		return
	case ae.Code == apperr.Unauthenticated:
		code = http.StatusUnauthorized
	}
	http.Error(w, http.StatusText(code), code)
}

// media serves a content file: to anyone once the content is published, to staff before.
func (s *Server) media(w http.ResponseWriter, r *http.Request) {
	authz := r.Header.Get("Authorization")
	ctx, err := s.establish(r.Context(), authz, r.Header.Get(MunicipalityHeader))
	if err != nil {
		s.refuse(w, r.Context(), err)
		return
	}
	s.serveFile(w, ctx, authz, false, func() (*model.Attachment, error) { return s.resolver.Medium(ctx, r.PathValue("id")) }, "public, max-age=300")
}

// serveFile streams a file that find allows, with 404 for anything not allowed.
// needsSignIn tells an anonymous caller to sign in (401) rather than answering 404.
func (s *Server) serveFile(w http.ResponseWriter, ctx context.Context, authz string, needsSignIn bool, find func() (*model.Attachment, error), cache string) {
	a, err := find()
	if err != nil {
		if ae := s.classify(ctx, err); ae == nil {
			s.cfg.Logger.ErrorContext(ctx, "download", "error", err)
			http.Error(w, "internal error", http.StatusInternalServerError)
			return
		} else if ae.Code == apperr.Unavailable {
			writeUnavailable(w, ae.Message, nil)
			return
		}
		code := http.StatusNotFound
		if authz == "" && needsSignIn {
			code = http.StatusUnauthorized
		}
		http.Error(w, http.StatusText(code), code)
		return
	}
	f, err := s.cfg.Files.Open(ctx, a.StorageKey)
	if err != nil {
		s.cfg.Logger.ErrorContext(ctx, "download: open file", "error", err, "key", a.StorageKey)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	defer f.Close()
	w.Header().Set("Content-Type", a.ContentType)
	w.Header().Set("Content-Length", strconv.FormatInt(a.Size, 10))
	w.Header().Set("Content-Disposition", mime.FormatMediaType("attachment", map[string]string{"filename": a.FileName}))
	w.Header().Set("X-Content-Type-Options", "nosniff")
	if authz != "" {
		cache = "private, no-store"
	}
	w.Header().Set("Cache-Control", cache)
	_, _ = io.Copy(w, f)
}

type addressKey struct{}

type wsAuthKey struct{}

type hostKey struct{}

func hostFrom(ctx context.Context) string {
	h, _ := ctx.Value(hostKey{}).(string)
	return h
}

// withAddress keeps the client address for per-address rate limits: the connection's
// address, or, when the connection comes from a trusted proxy, the rightmost address of
// X-Forwarded-For that is not a trusted proxy. Headers from anyone else are ignored, so a
// client cannot choose its own rate-limit key. It keeps the page's origin too, when it is
// another than the server's own: resolve holds it to the municipality's allow-list.
func (s *Server) withAddress(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx := context.WithValue(r.Context(), addressKey{}, s.clientAddress(r))
		ctx = context.WithValue(ctx, originKey{}, s.crossOrigin(r))
		next.ServeHTTP(w, r.WithContext(context.WithValue(ctx, hostKey{}, r.Host)))
	})
}

// fromTrustedProxy reports whether the connection comes from one of TrustedProxies, whose
// forwarding headers (X-Forwarded-For, -Host, -Prefix) are believed.
func (s *Server) fromTrustedProxy(r *http.Request) bool {
	if len(s.proxies) == 0 {
		return false
	}
	peer := realclientip.RemoteAddrStrategy{}.ClientIP(nil, r.RemoteAddr)
	host, _ := realclientip.SplitHostZone(peer)
	ip := net.ParseIP(host)
	return ip != nil && containsIP(s.proxies, ip)
}

func (s *Server) clientAddress(r *http.Request) string {
	peer := realclientip.RemoteAddrStrategy{}.ClientIP(nil, r.RemoteAddr)
	if peer == "" {
		peer = r.RemoteAddr
	}
	if s.forward == nil {
		return limitKey(peer)
	}
	host, _ := realclientip.SplitHostZone(peer)
	ip := net.ParseIP(host)
	if ip == nil || !containsIP(s.proxies, ip) {
		return limitKey(peer)
	}
	if c := s.forward.ClientIP(r.Header, r.RemoteAddr); c != "" {
		return limitKey(c)
	}
	return limitKey(peer)
}

// limitKey answers the rate-limit key of a client address: an IPv4 address as it is, an
// IPv6 address as its /64, because one subscriber usually holds a whole /64 and could
// otherwise take a fresh address, and so fresh limits, for every attempt.
func limitKey(addr string) string {
	host, _ := realclientip.SplitHostZone(addr)
	ip, err := netip.ParseAddr(host)
	if err != nil || ip.Unmap().Is4() {
		return addr
	}
	return netip.PrefixFrom(ip.WithZone(""), 64).Masked().String()
}

func containsIP(nets []net.IPNet, ip net.IP) bool {
	for _, n := range nets {
		if n.Contains(ip) {
			return true
		}
	}
	return false
}

func addressFrom(ctx context.Context) string {
	a, _ := ctx.Value(addressKey{}).(string)
	return a
}

// presentError is the one mapping of errors to GraphQL: client errors keep their code and
// message, parse, validation and argument errors become BAD_USER_INPUT naming the argument,
// a database that cannot serve becomes the retryable UNAVAILABLE, and anything else is
// logged and shown only as INTERNAL, so no SQL or stack ever reaches a client. Only INTERNAL
// is logged at ERROR: bad input and clients that went away are not the server's faults.
func (s *Server) presentError(ctx context.Context, err error) *gqlerror.Error {
	var gerr *gqlerror.Error
	if !errors.As(err, &gerr) {
		gerr = gqlerror.WrapPath(graphql.GetPath(ctx), err)
	}
	out := &gqlerror.Error{Message: gerr.Message, Path: gerr.Path, Locations: gerr.Locations, Extensions: map[string]any{}}
	if out.Path == nil {
		out.Path = graphql.GetPath(ctx)
	}
	// An error raised while reading a field's arguments carries the argument's path below the
	// field's own: that part names the input.
	argField := argumentPath(graphql.GetPath(ctx), gerr.Path)
	if argField != "" {
		out.Path = graphql.GetPath(ctx)
	}
	if querylimit.TimedOut(ctx) {
		// The operation ran out of time: the client's request was too costly, not a fault
		// of the database, so it is neither UNAVAILABLE nor logged as an error.
		return s.guard.TimeoutError()
	}
	ae := s.classify(ctx, err)
	switch {
	case ae != nil:
		out.Message = ae.Message
		if ae.Code == apperr.BadUserInput && ae.Field == "" && argField != "" {
			ae = &apperr.Error{Code: ae.Code, Field: argField, Message: argField + ": " + ae.Message}
			out.Message = ae.Message
		}
		out.Extensions["code"] = string(ae.Code)
		if ae.Field != "" {
			out.Extensions["field"] = ae.Field
		}
	case gerr.Err == nil:
		// Errors gqlgen and gqlparser make themselves: parse, validation and argument
		// coercion errors of the request, whose messages are meant for the client, and the
		// limits' refusals, which name their limit.
		for k, v := range gerr.Extensions {
			out.Extensions[k] = v
		}
		// A persisted query the server does not know keeps the code APQ clients (Apollo,
		// urql) look for: they answer it by sending the query in full.
		if out.Extensions["code"] != apqNotFound {
			out.Extensions["code"] = string(apperr.BadUserInput)
		}
		if argField != "" {
			out.Extensions["field"] = argField
		}
		if !s.cfg.Introspection {
			// gqlgen's switch drops suggestions of fields only; arguments, types, enum
			// values and input fields would still spell out the schema.
			if i := strings.Index(out.Message, " Did you mean"); i >= 0 {
				out.Message = out.Message[:i]
			}
		}
	case argField != "":
		// A scalar's own parser refused the value (a DateTime that is not RFC 3339, …).
		out.Message = argField + ": " + gerr.Message
		out.Extensions["code"] = string(apperr.BadUserInput)
		out.Extensions["field"] = argField
	default:
		s.cfg.Logger.ErrorContext(ctx, "internal error", "error", err, "path", out.Path.String())
		out.Message = "internal error"
		out.Extensions["code"] = string(apperr.Internal)
		// The client may quote it; the log line above carries the same request_id.
		if id := requestid.From(ctx); id != "" {
			out.Extensions["requestId"] = id
		}
	}
	return out
}

// classify is the one place that decides what a failure means to the client: an apperr is
// taken as it is; a database that cannot serve (down, out of connections, busy) is the
// retryable UNAVAILABLE; a request whose client went away is not logged as an error.
// Anything else answers nil: an internal error, logged by the caller.
func (s *Server) classify(ctx context.Context, err error) *apperr.Error {
	var ae *apperr.Error
	switch {
	case errors.As(err, &ae):
		return ae
	case errors.Is(err, context.Canceled) && ctx.Err() != nil:
		s.cfg.Logger.DebugContext(ctx, "request cancelled by the client", "error", err)
		return apperr.New(apperr.Unavailable, "the request was cancelled")
	case store.Unavailable(err):
		s.cfg.Logger.WarnContext(ctx, "database unavailable", "error", err)
		markUnavailable(ctx)
		return apperr.New(apperr.Unavailable, "the database is unavailable; retry later")
	}
	return nil
}

// argumentPath answers the dotted argument path ("filter.search") when errPath continues
// the field path with argument names, else "".
func argumentPath(field, errPath ast.Path) string {
	if len(errPath) <= len(field) {
		return ""
	}
	for i := range field {
		if field[i] != errPath[i] {
			return ""
		}
	}
	var names []string
	for _, p := range errPath[len(field):] {
		switch v := p.(type) {
		case ast.PathName:
			names = append(names, string(v))
		case ast.PathIndex:
			if len(names) == 0 {
				return ""
			}
			names[len(names)-1] += "[" + strconv.Itoa(int(v)) + "]"
		}
	}
	return strings.Join(names, ".")
}

// writeUnavailable answers a route that cannot be served while the database is away the way
// GraphQL answers it: 503 with Retry-After and an application/graphql-response+json body
// whose error carries the code UNAVAILABLE, so a client handles an outage the same way on
// every route (files, feeds, exports, health check). extra adds top-level members.
func writeUnavailable(w http.ResponseWriter, message string, extra map[string]any) {
	w.Header().Set("Retry-After", "5")
	w.Header().Set("Cache-Control", "no-store")
	writeError(w, http.StatusServiceUnavailable, "application/graphql-response+json", apperr.Unavailable, message, nil, extra)
}

// uploadLimit is the largest multipart request: one file at the limit plus the operation.
func (s *Server) uploadLimit() int64 {
	max := s.cfg.Uploads.MaxBytes
	if max <= 0 {
		max = storage.DefaultMaxBytes
	}
	return max + 1<<20
}

func (s *Server) limitBody(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		limit := s.cfg.MaxBodyBytes
		if strings.HasPrefix(r.Header.Get("Content-Type"), "multipart/form-data") {
			limit = s.uploadLimit()
		}
		r.Body = http.MaxBytesReader(w, r.Body, limit)
		next.ServeHTTP(w, r)
	})
}

// statusPerSpec follows the GraphQL-over-HTTP spec where gqlgen does not: a response of
// type application/json is always 200 (gqlgen answers 422 for parse and validation errors,
// which standard clients do not expect); application/graphql-response+json keeps gqlgen's
// spec-conforming codes, and answers 503 when an error was UNAVAILABLE, so proxies and
// clients see a retryable outage rather than a success or a 500.
func statusPerSpec(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		sw := &specWriter{ResponseWriter: w, unavailable: new(atomic.Bool)}
		next.ServeHTTP(sw, r.WithContext(context.WithValue(r.Context(), unavailableKey{}, sw.unavailable)))
		sw.finish()
	})
}

type unavailableKey struct{}

// markUnavailable notes that the response carries an UNAVAILABLE error.
func markUnavailable(ctx context.Context) {
	if f, ok := ctx.Value(unavailableKey{}).(*atomic.Bool); ok {
		f.Store(true)
	}
}

type specWriter struct {
	http.ResponseWriter
	unavailable *atomic.Bool
	wrote       bool
	// refusal holds a 4xx JSON answer until finish: gqlgen's transports write their own
	// refusals (undecodable variables, a mutation over GET, a bad upload map) without the
	// error presenter, so without an extensions.code.
	refusal *bytes.Buffer
	status  int
}

func (w *specWriter) WriteHeader(code int) {
	if w.wrote {
		w.ResponseWriter.WriteHeader(code)
		return
	}
	w.wrote = true
	ct := w.Header().Get("Content-Type")
	if code >= 400 && code < 500 && strings.HasPrefix(ct, "application/") && strings.Contains(ct, "json") {
		w.refusal, w.status = new(bytes.Buffer), code
		if code == http.StatusUnprocessableEntity && ct == "application/json" {
			w.status = http.StatusOK
		}
		return
	}
	switch {
	case ct == "application/json" && code == http.StatusUnprocessableEntity:
		code = http.StatusOK
	case strings.HasPrefix(ct, "application/graphql-response+json") && w.unavailable.Load():
		code = http.StatusServiceUnavailable
		w.Header().Set("Retry-After", "5")
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *specWriter) Write(b []byte) (int, error) {
	if !w.wrote {
		w.WriteHeader(http.StatusOK)
	}
	if w.refusal != nil {
		return w.refusal.Write(b)
	}
	return w.ResponseWriter.Write(b)
}

// finish sends a held refusal, every error of it carrying a code: one without is the
// client's bad request (BAD_USER_INPUT), as every other refusal of its input.
func (w *specWriter) finish() {
	if w.refusal == nil {
		return
	}
	body := w.refusal.Bytes()
	var resp map[string]any
	changed := false
	if json.Unmarshal(body, &resp) == nil {
		errs, _ := resp["errors"].([]any)
		for _, e := range errs {
			if m, ok := e.(map[string]any); ok {
				ext, _ := m["extensions"].(map[string]any)
				if ext == nil {
					ext = map[string]any{}
					m["extensions"] = ext
				}
				if _, ok := ext["code"]; !ok {
					ext["code"] = string(apperr.BadUserInput)
					changed = true
				}
			}
		}
	}
	if changed {
		if b, err := json.Marshal(resp); err == nil {
			body = b
		}
	}
	w.Header().Del("Content-Length")
	w.ResponseWriter.WriteHeader(w.status)
	_, _ = w.ResponseWriter.Write(body)
}

// Unwrap lets http.ResponseController reach the underlying writer (flush, hijack).
func (w *specWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }
