// Command pppdesk runs the pppdesk GraphQL server.
package main

import (
	"context"
	"crypto/rand"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"math"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"os"
	"os/signal"
	"runtime/debug"
	"slices"
	"strings"
	"syscall"
	"time"

	"github.com/alexedwards/argon2id"
	"go.opentelemetry.io/otel"
	"golang.org/x/net/netutil"

	"github.com/pppdesk/pppdesk"
	"github.com/pppdesk/pppdesk/auth"
	"github.com/pppdesk/pppdesk/content"
	"github.com/pppdesk/pppdesk/demo"
	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/notify"
	"github.com/pppdesk/pppdesk/policies"
	"github.com/pppdesk/pppdesk/querylimit"
	"github.com/pppdesk/pppdesk/storage"
	"github.com/pppdesk/pppdesk/store"
	"github.com/pppdesk/pppdesk/tracing"
)

func main() {
	// pppdesk logs only through the logger run builds; libraries that log through slog.Default
	// or the log package write in the same format to the same place.
	slog.SetDefault(slog.New(slog.NewTextHandler(os.Stderr, nil)))
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Getenv, os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "pppdesk:", err)
		os.Exit(1)
	}
}

// options are the command line, after flags and environment are merged.
type options struct {
	addr         string
	db           string
	demo         bool
	municipality string
	secret       string
	policy       string
	smtp         notify.SMTPConfig
	files        string
	uploadMax    string
	// storage is --storage and the --s3-… flags.
	storage storageOptions
	// trustedProxies, hashing and webhookAllowPrivate harden the server on the open internet.
	trustedProxies      string
	hashing             int
	abuse               abuseLimits
	maxWebSockets       int
	webhookAllowPrivate bool
	dbOptions           store.Options
	http                httpLimits
	limits              querylimit.Limits
	maxResponse         string
	memoryLimit         string
	memoryLimitBytes    int64
	cors                string
	// publicURL and cacheMaxAge are --public-url and --cache-max-age.
	publicURL   string
	cacheMaxAge time.Duration
	// introspection is "auto" (on with --demo only), "on" or "off"; introspectionOn is
	// what it comes to.
	introspection   string
	introspectionOn bool
	origins         []string
	// maxUpload and proxies are --upload-max and --trusted-proxies, checked.
	maxUpload int64
	proxies   []string
	// metricsToken opens /metrics to scrapers elsewhere; otlpEndpoint turns tracing on.
	metricsToken string
	otlpEndpoint string
}

// httpLimits bound what one client can hold of the server: slow or idle connections are
// cut after their timeout, and at most maxConns connections are served at once (the rest
// wait in the listen queue), so neither slow bodies nor idle keep-alives can exhaust it.
type httpLimits struct {
	readHeaderTimeout time.Duration
	readTimeout       time.Duration
	writeTimeout      time.Duration
	idleTimeout       time.Duration
	maxHeaderBytes    int
	maxConns          int
	shutdownTimeout   time.Duration
}

func parse(args []string, getenv func(string) string, stderr io.Writer) (options, error) {
	var o options
	fs := flag.NewFlagSet("pppdesk", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dbDefault := getenv("PPPDESK_DB")
	if dbDefault == "" {
		dbDefault = "sqlite:pppdesk.db"
	}
	fs.StringVar(&o.addr, "addr", "localhost:8080", "address to listen on")
	fs.StringVar(&o.db, "db", dbDefault, "database: sqlite:PATH or mysql:USER:PASS@tcp(HOST:PORT)/DB (env PPPDESK_DB)")
	fs.BoolVar(&o.demo, "demo", false, "load the Aomori sample data into an empty database and serve it by default")
	fs.StringVar(&o.municipality, "municipality", getenv("PPPDESK_MUNICIPALITY"), "slug of the municipality served when a request sends no X-Municipality header (env PPPDESK_MUNICIPALITY)")
	fs.StringVar(&o.secret, "secret", getenv("PPPDESK_SECRET"), "secret that signs bearer tokens, at least 32 bytes (env PPPDESK_SECRET); required unless --demo")
	fs.StringVar(&o.policy, "policy", getenv("PPPDESK_POLICY"), "access policy file replacing the embedded one (env PPPDESK_POLICY)")
	fs.StringVar(&o.smtp.Host, "smtp-host", getenv("PPPDESK_SMTP_HOST"), "SMTP server for notification emails; empty sends none (env PPPDESK_SMTP_HOST)")
	fs.IntVar(&o.smtp.Port, "smtp-port", 587, "SMTP port")
	fs.StringVar(&o.smtp.From, "smtp-from", getenv("PPPDESK_SMTP_FROM"), "sender address of notification emails (env PPPDESK_SMTP_FROM)")
	fs.StringVar(&o.smtp.Username, "smtp-user", getenv("PPPDESK_SMTP_USER"), "SMTP user name (env PPPDESK_SMTP_USER)")
	fs.StringVar(&o.smtp.TLS, "smtp-tls", "starttls", "SMTP security: starttls, tls or none")
	o.smtp.Password = getenv("PPPDESK_SMTP_PASSWORD")
	filesDefault := getenv("PPPDESK_FILES")
	if filesDefault == "" {
		filesDefault = "pppdesk-files"
	}
	fs.StringVar(&o.files, "files", filesDefault, "directory for uploaded files with --storage=local (env PPPDESK_FILES)")
	fs.StringVar(&o.uploadMax, "upload-max", "20MiB", "largest accepted upload, e.g. 20MiB")
	storageFlags(fs, &o.storage, getenv)
	fs.StringVar(&o.trustedProxies, "trusted-proxies", getenv("PPPDESK_TRUSTED_PROXIES"), "comma-separated addresses or CIDR ranges of reverse proxies whose X-Forwarded-For is believed; empty believes no header (env PPPDESK_TRUSTED_PROXIES)")
	rateLimitFlags(fs, &o.abuse)
	fs.IntVar(&o.hashing, "hash-concurrency", 2, "password hashes (argon2id, 12 MiB each with the default parameters) computed at once; more wait their turn")
	fs.BoolVar(&o.webhookAllowPrivate, "webhook-allow-private", false, "let webhooks reach loopback, private and link-local addresses (closed networks only)")
	d := store.DefaultOptions
	fs.IntVar(&o.dbOptions.MaxOpen, "db-max-open", d.MaxOpen, "most open database connections; more requests wait for one")
	fs.IntVar(&o.dbOptions.MaxIdle, "db-max-idle", d.MaxIdle, "most idle database connections kept")
	fs.DurationVar(&o.dbOptions.MaxLifetime, "db-conn-lifetime", d.MaxLifetime, "close database connections older than this")
	fs.DurationVar(&o.dbOptions.MaxIdleTime, "db-conn-idle", d.MaxIdleTime, "close database connections idle for longer than this")
	fs.DurationVar(&o.dbOptions.DialTimeout, "db-dial-timeout", d.DialTimeout, "MySQL: time to connect")
	fs.DurationVar(&o.dbOptions.ReadTimeout, "db-read-timeout", d.ReadTimeout, "MySQL: time for one network read")
	fs.DurationVar(&o.dbOptions.WriteTimeout, "db-write-timeout", d.WriteTimeout, "MySQL: time for one network write")
	fs.DurationVar(&o.dbOptions.BusyTimeout, "db-busy-timeout", d.BusyTimeout, "SQLite: time a statement waits for another writer")
	fs.DurationVar(&o.http.readHeaderTimeout, "read-header-timeout", 10*time.Second, "time to read a request's headers")
	fs.DurationVar(&o.http.readTimeout, "read-timeout", 2*time.Minute, "time to read a whole request, body included (uploads: keep it above upload-max over a slow link)")
	fs.DurationVar(&o.http.writeTimeout, "write-timeout", 2*time.Minute, "time to answer a request, from the end of its headers (downloads included); WebSocket subscriptions are not bound by it")
	fs.DurationVar(&o.http.idleTimeout, "idle-timeout", 30*time.Second, "close keep-alive connections idle for this long")
	fs.IntVar(&o.http.maxHeaderBytes, "max-header-bytes", 64<<10, "largest request header block")
	fs.IntVar(&o.http.maxConns, "max-conns", 1024, "most connections served at once (0: no limit); more wait to be accepted")
	fs.DurationVar(&o.http.shutdownTimeout, "shutdown-timeout", 20*time.Second, "on SIGTERM, how long in-flight requests and queued emails may take before the server stops")
	l := &o.limits
	fs.IntVar(&l.MaxTokens, "max-tokens", querylimit.DefaultMaxTokens, "most lexer tokens in one GraphQL query, checked while parsing (-1: no limit)")
	fs.IntVar(&l.MaxFields, "max-fields", querylimit.DefaultMaxFields, "most fields in one operation, fragments expanded, checked before validation (-1: no limit)")
	fs.IntVar(&l.MaxAliases, "max-aliases", querylimit.DefaultMaxAliases, "most aliased fields in one operation (-1: no limit)")
	fs.IntVar(&l.MaxDirectives, "max-directives", querylimit.DefaultMaxDirectives, "most directives on one field, fragment or operation (-1: no limit)")
	fs.IntVar(&l.MaxDepth, "max-depth", querylimit.DefaultMaxDepth, "deepest nesting of fields in one operation, through fragments (-1: no limit)")
	fs.IntVar(&l.MaxComplexity, "max-complexity", querylimit.DefaultMaxComplexity, "highest estimated cost of one operation: fields, with lists multiplied by first or their estimate (-1: no limit)")
	fs.IntVar(&l.MaxRootFields, "max-mutation-fields", querylimit.DefaultMaxRootFields, "most root fields in one mutation (-1: no limit)")
	fs.IntVar(&o.maxWebSockets, "max-websockets", pppdesk.DefaultMaxWebSockets, "most WebSockets one client address keeps open at once on one replica (-1: no limit)")
	fs.IntVar(&l.MaxSubscriptions, "max-subscriptions", querylimit.DefaultMaxSubscriptions, "most subscriptions one account keeps open at once on one replica (-1: no limit)")
	fs.DurationVar(&l.Timeout, "max-duration", querylimit.DefaultTimeout, "deadline of one query or mutation; its SQL is cancelled (-1s: none)")
	fs.StringVar(&o.maxResponse, "max-response", "8MiB", "largest answer of one operation, e.g. 8MiB")
	fs.StringVar(&o.memoryLimit, "memory-limit", "48MiB", "soft limit of the Go heap (GC works harder near it, returning memory to the OS); -1 for none; GOMEMLIMIT in the environment wins")
	fs.StringVar(&o.cors, "cors-origins", getenv("PPPDESK_CORS_ORIGINS"), "comma-separated origins whose browser pages may call the API and subscribe, e.g. https://portal.example.jp (env PPPDESK_CORS_ORIGINS); empty: same origin only")
	fs.StringVar(&o.publicURL, "public-url", getenv("PPPDESK_PUBLIC_URL"), "absolute URL clients reach the server at, with the path prefix it is mounted under, e.g. https://api.city.example.jp/ppp (env PPPDESK_PUBLIC_URL); media and attachment URLs start with it; empty: paths from the root with the request's prefix")
	fs.DurationVar(&o.cacheMaxAge, "cache-max-age", pppdesk.DefaultCacheMaxAge, "max-age of Cache-Control: public on answers to anonymous GET queries without errors, for a CDN (-1s: no public caching)")
	fs.StringVar(&o.introspection, "introspection", "auto", "schema introspection, GraphiQL and field suggestions: on, off, or auto (on only with --demo)")
	fs.StringVar(&o.metricsToken, "metrics-token", getenv("PPPDESK_METRICS_TOKEN"), "bearer token that lets a scraper read /metrics from another host (env PPPDESK_METRICS_TOKEN); without it only loopback connections may, and none when --trusted-proxies is set")
	fs.StringVar(&o.otlpEndpoint, "otlp-endpoint", "", "OTLP/HTTP collector for OpenTelemetry traces, e.g. http://localhost:4318 (env OTEL_EXPORTER_OTLP_TRACES_ENDPOINT or OTEL_EXPORTER_OTLP_ENDPOINT); empty: tracing off")
	if err := fs.Parse(args); err != nil {
		return o, err
	}
	if fs.NArg() > 0 {
		return o, fmt.Errorf("unexpected arguments %q", fs.Args())
	}
	if err := checkAbuseLimits(o.abuse); err != nil {
		return o, err
	}
	if err := o.storage.check(fs, getenv); err != nil {
		return o, err
	}
	switch o.introspection {
	case "on", "true":
		o.introspectionOn = true
	case "auto":
		o.introspectionOn = o.demo
	case "off", "false":
	default:
		return o, fmt.Errorf("--introspection must be on, off or auto, got %q", o.introspection)
	}
	if err := o.check(); err != nil {
		return o, err
	}
	if o.demo && o.municipality == "" {
		o.municipality = demo.Slug
	}
	if o.secret == "" && !o.demo {
		return o, errors.New("a token secret is required outside --demo: set --secret or PPPDESK_SECRET (at least 32 bytes)")
	}
	if o.secret != "" && len(o.secret) < 32 {
		return o, errors.New("the token secret must be at least 32 bytes")
	}
	return o, nil
}

// run is the whole program; main only wires it to the process, so tests can run it too.
func run(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	if ok, err := subcommand(ctx, args, getenv, stdout, stderr); ok {
		return err
	}
	o, err := parse(args, getenv, stderr)
	if errors.Is(err, flag.ErrHelp) {
		return nil // --help printed the flags; asking for them is not a failure
	}
	if err != nil {
		return err
	}
	log := slog.New(slog.NewTextHandler(stderr, nil))
	applyMemoryLimit(o.memoryLimitBytes, getenv)
	tr, err := tracing.New(ctx, tracing.Endpoint(o.otlpEndpoint, getenv), "pppdesk")
	if err != nil {
		return fmt.Errorf("--otlp-endpoint: %w", err)
	}
	if tr != nil {
		// Export failures are the collector's trouble, not the requests': WARN, once each.
		otel.SetErrorHandler(otel.ErrorHandlerFunc(func(err error) { log.Warn("tracing export", "error", err) }))
		defer func() {
			flush, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			if err := tr.Shutdown(flush); err != nil {
				log.Warn("tracing: spans lost at shutdown", "error", err)
			}
		}()
	}
	st, err := store.OpenWith(ctx, o.db, o.dbOptions)
	if err != nil {
		return err
	}
	defer st.Close()
	if err := st.Migrate(ctx); err != nil {
		return err
	}
	pol, err := policies.Load(o.policy)
	if err != nil {
		return err
	}
	secret := []byte(o.secret)
	if len(secret) == 0 {
		// Demo only: a fresh secret per start, so demo tokens never outlive the process.
		secret = make([]byte, 32)
		if _, err := rand.Read(secret); err != nil {
			return err
		}
	}
	// The file store comes before the demo, whose sample proposals carry an attachment.
	files, err := openStorage(ctx, o, log)
	if err != nil {
		return err
	}
	if o.demo {
		created, err := demo.Load(ctx, st, time.Now(), func(pw string) (string, error) { return argon2id.CreateHash(pw, auth.DefaultParams) }, files)
		if err != nil {
			return err
		}
		if created {
			fmt.Fprintln(stdout, "demo: loaded the Aomori sample data")
		} else {
			fmt.Fprintln(stdout, "demo: sample data already present, nothing added")
		}
		fmt.Fprintf(stdout, "demo: accounts (password %q):\n", demo.Password)
		for _, a := range demo.Accounts {
			fmt.Fprintf(stdout, "  %-28s %s\n", a.Email, a.Role)
		}
	}
	// Images stored before their sizes were measured get them now; a failure only warns.
	if n, err := content.MeasureMedia(ctx, st, files); err != nil {
		log.Warn("measuring stored images", "error", err)
	} else if n > 0 {
		log.Info("measured stored images", "count", n)
	}
	// One tenant needs no header: serve it by default.
	ms, err := st.Municipalities(ctx)
	if err != nil {
		return err
	}
	if o.municipality == "" && len(ms) == 1 {
		o.municipality = ms[0].Slug
	}
	warnings(log, o, ms)
	var mailer notify.Mailer = notify.Nop{}
	if o.smtp.Host != "" {
		m, err := notify.NewSMTP(o.smtp)
		if err != nil {
			return err
		}
		mailer = m
	}
	ln, err := net.Listen("tcp", o.addr)
	if err != nil {
		return err
	}
	defer ln.Close()
	srv, err := pppdesk.New(pppdesk.Config{Store: st, DefaultMunicipality: o.municipality, Logger: log, Secret: secret, Policy: pol, Mailer: mailer,
		Files: files, Uploads: storage.Limits{MaxBytes: o.maxUpload}, Auth: auth.Config{MaxHashing: o.hashing,
			Window: o.abuse.login.Window, MaxAccountFailures: o.abuse.login.MaxAccountFailures, MaxAddressFailures: o.abuse.login.MaxAddressFailures},
		RateLimits: o.abuse.rates, MaxWebSockets: o.maxWebSockets,
		TrustedProxies: o.proxies, WebhookAllowPrivate: o.webhookAllowPrivate, ListenAddr: ln.Addr().String(),
		Limits: o.limits, Introspection: o.introspectionOn, CORSOrigins: o.origins,
		PublicURL: o.publicURL, CacheMaxAge: o.cacheMaxAge,
		MetricsToken: o.metricsToken, Tracing: tr})
	if err != nil {
		return err
	}
	if o.http.maxConns > 0 {
		ln = netutil.LimitListener(ln, o.http.maxConns)
	}
	hs := &http.Server{Handler: srv,
		ReadHeaderTimeout: o.http.readHeaderTimeout, ReadTimeout: o.http.readTimeout,
		WriteTimeout: o.http.writeTimeout, IdleTimeout: o.http.idleTimeout, MaxHeaderBytes: o.http.maxHeaderBytes,
		ErrorLog: slog.NewLogLogger(log.Handler(), slog.LevelDebug)}
	fmt.Fprintf(stdout, "pppdesk: serving http://%s/ (GraphQL at /graphql)\n", ln.Addr())
	hooksCtx, stopHooks := context.WithCancel(context.WithoutCancel(ctx))
	defer stopHooks()
	hooksDone := make(chan struct{})
	go func() { defer close(hooksDone); srv.RunWebhooks(hooksCtx, 5*time.Second) }()
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	// Graceful stop within one bound: requests in flight finish, then the emails they queued
	// are sent, then the webhook dispatcher ends (its queue is in the database).
	shutdown, cancel := context.WithTimeout(context.Background(), o.http.shutdownTimeout)
	defer cancel()
	var stopErr error
	if err := hs.Shutdown(shutdown); err != nil {
		stopErr = fmt.Errorf("shutdown: requests still running after %s: %w", o.http.shutdownTimeout, err)
		_ = hs.Close()
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	// The dispatcher's loop keeps running while the queued emails are sent: stopping it first
	// would cancel a mail it is sending, leaving that row leased (sent only after a restart).
	mailed := make(chan struct{})
	go func() { srv.DrainNotifications(shutdown); close(mailed) }()
	select {
	case <-mailed:
	case <-shutdown.Done():
		log.Warn("shutdown: notification emails still queued at the shutdown timeout")
	}
	stopHooks()
	select {
	case <-hooksDone:
	case <-shutdown.Done():
	}
	if stopErr != nil {
		return stopErr
	}
	fmt.Fprintln(stdout, "pppdesk: stopped")
	return nil
}

// warnings tell the operator at start-up what would otherwise only show as failing requests
// or as secrets in the log.
func warnings(log *slog.Logger, o options, ms []*model.Municipality) {
	switch {
	case len(ms) == 0:
		log.Warn(onboardingSteps)
	case o.municipality != "" && !slices.ContainsFunc(ms, func(m *model.Municipality) bool { return m.Slug == o.municipality }):
		log.Warn("--municipality names no municipality in the database: requests without X-Municipality fail", "municipality", o.municipality)
	}
	if o.smtp.Host == "" && !o.demo {
		log.Warn("no --smtp-host: no email is sent, and sign-up confirmation codes are written to this log instead")
	}
	if o.trustedProxies != "" && o.metricsToken == "" {
		log.Warn("--trusted-proxies without --metrics-token: /metrics answers 403 to everyone, as a proxy on this host would relay anyone")
	}
	if o.introspectionOn && !o.demo {
		log.Warn("--introspection is on: anyone can read the whole schema and open GraphiQL")
	}
}

// check refuses flag values that would otherwise be taken silently for something else: a
// zero or negative timeout means "no timeout" to net/http and "the default" to the store, a
// negative limit other than -1 turns the limit off, a malformed CORS origin never matches,
// and a bad proxy address surfaced only from deep inside the server. Each error names its flag.
func (o *options) check() error {
	positive := []struct {
		flag string
		v    time.Duration
	}{
		{"--read-header-timeout", o.http.readHeaderTimeout}, {"--read-timeout", o.http.readTimeout},
		{"--write-timeout", o.http.writeTimeout}, {"--idle-timeout", o.http.idleTimeout},
		{"--shutdown-timeout", o.http.shutdownTimeout},
		{"--db-conn-lifetime", o.dbOptions.MaxLifetime}, {"--db-conn-idle", o.dbOptions.MaxIdleTime},
		{"--db-dial-timeout", o.dbOptions.DialTimeout}, {"--db-read-timeout", o.dbOptions.ReadTimeout},
		{"--db-write-timeout", o.dbOptions.WriteTimeout}, {"--db-busy-timeout", o.dbOptions.BusyTimeout},
	}
	for _, d := range positive {
		if d.v <= 0 {
			return fmt.Errorf("%s must be a positive duration such as 30s, got %s", d.flag, d.v)
		}
	}
	if t := o.limits.Timeout; t <= 0 && t != -time.Second {
		return fmt.Errorf("--max-duration must be a positive duration such as 10s, or -1s for none, got %s", t)
	}
	l := &o.limits
	for _, n := range []struct {
		flag string
		v    int
	}{
		{"--max-tokens", l.MaxTokens}, {"--max-fields", l.MaxFields}, {"--max-aliases", l.MaxAliases},
		{"--max-directives", l.MaxDirectives}, {"--max-depth", l.MaxDepth},
		{"--max-complexity", l.MaxComplexity}, {"--max-mutation-fields", l.MaxRootFields},
		{"--max-subscriptions", l.MaxSubscriptions}, {"--max-websockets", o.maxWebSockets},
	} {
		if n.v < 1 && n.v != -1 {
			return fmt.Errorf("%s must be at least 1, or -1 for no limit, got %d", n.flag, n.v)
		}
	}
	for _, n := range []struct {
		flag string
		v    int
		min  int
	}{
		{"--hash-concurrency", o.hashing, 1}, {"--db-max-open", o.dbOptions.MaxOpen, 1},
		{"--db-max-idle", o.dbOptions.MaxIdle, 1}, {"--max-header-bytes", o.http.maxHeaderBytes, 1},
		{"--max-conns", o.http.maxConns, 0}, {"--smtp-port", o.smtp.Port, 1},
	} {
		if n.v < n.min {
			return fmt.Errorf("%s must be at least %d, got %d", n.flag, n.min, n.v)
		}
	}
	if o.metricsToken != "" && len(o.metricsToken) < 16 {
		return errors.New("--metrics-token must be at least 16 characters: it opens /metrics to any host")
	}
	if o.smtp.Port > 65535 {
		return fmt.Errorf("--smtp-port must be a port number up to 65535, got %d", o.smtp.Port)
	}
	switch strings.ToLower(strings.TrimSpace(o.smtp.TLS)) {
	case "starttls", "tls", "none":
	default:
		return fmt.Errorf("--smtp-tls must be starttls, tls or none, got %q", o.smtp.TLS)
	}
	var err error
	if o.maxUpload, err = storage.ParseSize(o.uploadMax); err != nil {
		return fmt.Errorf("--upload-max: %w", err)
	} else if o.maxUpload < 1 {
		return fmt.Errorf("--upload-max must be at least 1 byte, got %q", o.uploadMax)
	}
	if strings.TrimSpace(o.memoryLimit) == "-1" {
		o.memoryLimitBytes = -1
	} else if size, err := storage.ParseSize(o.memoryLimit); err != nil {
		return fmt.Errorf("--memory-limit: %w (or -1 for none)", err)
	} else if size < 16<<20 {
		return fmt.Errorf("--memory-limit must be at least 16MiB (or -1 for none), got %q", o.memoryLimit)
	} else {
		o.memoryLimitBytes = size
	}
	if strings.TrimSpace(o.maxResponse) == "-1" {
		l.MaxResponseBytes = -1
	} else if size, err := storage.ParseSize(o.maxResponse); err != nil {
		return fmt.Errorf("--max-response: %w (or -1 for no limit)", err)
	} else if size < 1 {
		return fmt.Errorf("--max-response must be at least 1 byte, or -1 for no limit, got %q", o.maxResponse)
	} else {
		l.MaxResponseBytes = int(min(size, math.MaxInt32))
	}
	for _, v := range strings.Split(o.trustedProxies, ",") {
		if v = strings.TrimSpace(v); v == "" {
			continue
		}
		if _, err := netip.ParsePrefix(v); err != nil {
			if _, err := netip.ParseAddr(v); err != nil {
				return fmt.Errorf("--trusted-proxies: %q is not an IP address or CIDR range like 10.0.0.0/8", v)
			}
		}
		o.proxies = append(o.proxies, v)
	}
	for _, v := range strings.Split(o.cors, ",") {
		if v = strings.TrimSpace(v); v == "" {
			continue
		}
		if v != "*" {
			u, err := url.Parse(v)
			if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.User != nil ||
				u.Path != "" || u.RawQuery != "" || u.ForceQuery || strings.Contains(v, "#") {
				return fmt.Errorf("--cors-origins: %q is not an origin like https://portal.example.jp (scheme and host, no path)", v)
			}
		}
		o.origins = append(o.origins, v)
	}
	if v := o.publicURL; v != "" {
		u, err := url.Parse(v)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.User != nil ||
			u.RawQuery != "" || u.ForceQuery || strings.Contains(v, "#") {
			return fmt.Errorf("--public-url: %q is not an absolute URL like https://api.city.example.jp/ppp (scheme, host and the path prefix, no query)", v)
		}
	}
	return nil
}

// applyMemoryLimit sets the Go heap's soft limit, unless GOMEMLIMIT already set one (the
// runtime read it at start) or the operator turned it off (-1). A server mostly idle
// between bursts then hands memory back to the OS instead of keeping its high-water mark,
// which is what a small container or a shared city server needs. It answers the limit in
// force.
func applyMemoryLimit(limit int64, getenv func(string) string) int64 {
	if getenv("GOMEMLIMIT") != "" || limit < 0 {
		return debug.SetMemoryLimit(-1)
	}
	debug.SetMemoryLimit(limit)
	return limit
}
