// Package metrics owns pppdesk's Prometheus collectors. Each server keeps its own registry,
// so two servers in one process (tests, the plugin use) never mix their numbers, and the
// label of a GraphQL operation is built from the schema's root fields, never from the
// operation name a client chose, so no caller can grow the number of series.
package metrics

import (
	"context"
	"net/http"
	"sort"
	"sync"
	"sync/atomic"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"github.com/uptrace/bun"
	"github.com/vektah/gqlparser/v2/ast"
)

// MaxOperations caps the distinct operation labels; later ones are counted as Other. Root
// fields are bounded by the schema already; the cap is a second fence.
const MaxOperations = 500

// Labels every operation may take besides "<type> <root field>".
const (
	// Invalid is an operation that could not be parsed or validated.
	Invalid = "invalid"
	// Other is any operation label beyond MaxOperations.
	Other = "other"
)

// Outbox is the state of the queue of outgoing deliveries at scrape time.
type Outbox struct {
	// Depth is the number of deliveries waiting to be sent.
	Depth int64
	// OldestAge is how long the oldest waiting delivery has waited; 0 when none waits.
	OldestAge time.Duration
	// Failures is the number of deliveries that were given up.
	Failures int64
}

// Metrics holds the collectors of one server.
type Metrics struct {
	reg             *prometheus.Registry
	requests        *prometheus.CounterVec
	latency         *prometheus.HistogramVec
	statements      *prometheus.HistogramVec
	statementsTotal *prometheus.CounterVec
	loginFailures   prometheus.Counter

	mu     sync.Mutex
	labels map[string]struct{}
}

// New builds the collectors; outbox, when not nil, is called at every scrape (bounded by a
// 5 s timeout) so the queue gauges are never stale.
func New(outbox func(context.Context) (Outbox, error)) *Metrics {
	m := &Metrics{
		reg: prometheus.NewRegistry(),
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "pppdesk_graphql_requests_total",
			Help: "GraphQL operations by operation (type and root field) and outcome (ok or error).",
		}, []string{"operation", "outcome"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "pppdesk_graphql_duration_seconds",
			Help:    "Time from reading a GraphQL operation to its complete answer.",
			Buckets: prometheus.DefBuckets,
		}, []string{"operation"}),
		statements: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "pppdesk_graphql_sql_statements",
			Help:    "SQL statements run by one GraphQL operation.",
			Buckets: []float64{0, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144},
		}, []string{"operation"}),
		statementsTotal: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "pppdesk_sql_statements_total",
			Help: "SQL statements run by GraphQL operations, by operation.",
		}, []string{"operation"}),
		loginFailures: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "pppdesk_login_failures_total",
			Help: "Sign-ins refused for a wrong email or password.",
		}),
		labels: map[string]struct{}{},
	}
	m.reg.MustRegister(m.requests, m.latency, m.statements, m.statementsTotal, m.loginFailures,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	if outbox != nil {
		m.reg.MustRegister(outboxCollector{read: outbox})
	}
	return m
}

// Handler answers the registry in the Prometheus text format.
func (m *Metrics) Handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{})
}

// Registry is the server's own registry, for programs that add collectors of their own.
func (m *Metrics) Registry() *prometheus.Registry { return m.reg }

// LoginFailed counts one refused sign-in.
func (m *Metrics) LoginFailed() { m.loginFailures.Inc() }

// Observe records one finished GraphQL operation.
func (m *Metrics) Observe(operation string, ok bool, d time.Duration, statements int64) {
	operation = m.bound(operation)
	outcome := "ok"
	if !ok {
		outcome = "error"
	}
	m.requests.WithLabelValues(operation, outcome).Inc()
	m.latency.WithLabelValues(operation).Observe(d.Seconds())
	m.statements.WithLabelValues(operation).Observe(float64(statements))
	m.statementsTotal.WithLabelValues(operation).Add(float64(statements))
}

// bound answers the label itself while fewer than MaxOperations are known, else Other.
func (m *Metrics) bound(label string) string {
	m.mu.Lock()
	defer m.mu.Unlock()
	if _, ok := m.labels[label]; ok {
		return label
	}
	if len(m.labels) >= MaxOperations {
		return Other
	}
	m.labels[label] = struct{}{}
	return label
}

// OperationLabel names an operation by its type and root field ("query proposals",
// "mutation submitProposal"), "<type> multiple" when it selects several root fields, and
// Invalid when it was not parsed and validated. The operation name and aliases are the
// client's choice and never appear.
func OperationLabel(oc *graphql.OperationContext) string {
	if oc == nil || oc.Operation == nil {
		return Invalid
	}
	names := map[string]struct{}{}
	rootFields(oc.Operation.SelectionSet, names, 0)
	kind := string(oc.Operation.Operation)
	if kind == "" {
		kind = "query"
	}
	switch len(names) {
	case 0:
		return Invalid
	case 1:
		for n := range names {
			return kind + " " + n
		}
	}
	return kind + " multiple"
}

// rootFields collects the field names of a root selection set, through fragments.
func rootFields(set ast.SelectionSet, into map[string]struct{}, depth int) {
	if depth > 10 {
		return
	}
	for _, s := range set {
		switch s := s.(type) {
		case *ast.Field:
			into[s.Name] = struct{}{}
		case *ast.InlineFragment:
			rootFields(s.SelectionSet, into, depth+1)
		case *ast.FragmentSpread:
			if s.Definition != nil {
				rootFields(s.Definition.SelectionSet, into, depth+1)
			}
		}
	}
}

// GraphQL is the gqlgen extension that measures every operation, invalid ones included.
func (m *Metrics) GraphQL() graphql.HandlerExtension { return extension{m} }

type extension struct{ m *Metrics }

var (
	_ graphql.OperationInterceptor = extension{}
	_ graphql.ResponseInterceptor  = extension{}
)

func (extension) ExtensionName() string { return "Metrics" }

func (extension) Validate(graphql.ExecutableSchema) error { return nil }

// InterceptOperation gives the operation its statement counter before any resolver runs.
func (e extension) InterceptOperation(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
	return next(context.WithValue(ctx, counterKey{}, &counter{owner: e.m}))
}

// InterceptResponse records the answer of a query or mutation, or of a request refused
// before it became an operation. Subscription events are not counted: they are not
// requests, and their time is the client's to choose.
func (e extension) InterceptResponse(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	resp := next(ctx)
	var oc *graphql.OperationContext
	if graphql.HasOperationContext(ctx) {
		oc = graphql.GetOperationContext(ctx)
	}
	if oc != nil && oc.Operation != nil && oc.Operation.Operation == ast.Subscription {
		return resp
	}
	var start time.Time
	if oc != nil {
		start = oc.Stats.OperationStart
	}
	var d time.Duration
	if !start.IsZero() {
		d = time.Since(start)
	}
	var n int64
	if c, ok := ctx.Value(counterKey{}).(*counter); ok && c.owner == e.m {
		n = c.n.Load()
	}
	ok := resp != nil && len(resp.Errors) == 0
	e.m.Observe(OperationLabel(oc), ok, d, n)
	return resp
}

type counterKey struct{}

// counter is the statement count of one operation; owner keeps two servers sharing a store
// from counting each other's statements.
type counter struct {
	owner *Metrics
	n     atomic.Int64
}

// StatementHook counts the SQL statements of the operation in the statement's context; add
// it to the store (Store.AddHook).
func (m *Metrics) StatementHook() bun.QueryHook { return statementHook{m} }

type statementHook struct{ m *Metrics }

func (statementHook) BeforeQuery(ctx context.Context, _ *bun.QueryEvent) context.Context { return ctx }

func (h statementHook) AfterQuery(ctx context.Context, _ *bun.QueryEvent) {
	if c, ok := ctx.Value(counterKey{}).(*counter); ok && c.owner == h.m {
		c.n.Add(1)
	}
}

var (
	outboxDepth = prometheus.NewDesc("pppdesk_outbox_depth",
		"Outgoing deliveries waiting to be sent.", nil, nil)
	outboxAge = prometheus.NewDesc("pppdesk_outbox_oldest_age_seconds",
		"Age of the oldest waiting delivery; 0 when none waits.", nil, nil)
	outboxFailures = prometheus.NewDesc("pppdesk_outbox_failures",
		"Deliveries given up after their last attempt.", nil, nil)
	outboxUp = prometheus.NewDesc("pppdesk_outbox_up",
		"1 when the outbox could be read at this scrape, else 0.", nil, nil)
)

// outboxCollector reads the outbox at scrape time, so its gauges never lag.
type outboxCollector struct {
	read func(context.Context) (Outbox, error)
}

func (outboxCollector) Describe(ch chan<- *prometheus.Desc) {
	for _, d := range []*prometheus.Desc{outboxDepth, outboxAge, outboxFailures, outboxUp} {
		ch <- d
	}
}

func (c outboxCollector) Collect(ch chan<- prometheus.Metric) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	o, err := c.read(ctx)
	if err != nil {
		// A database outage must not fail the whole scrape: the other series still tell.
		ch <- prometheus.MustNewConstMetric(outboxUp, prometheus.GaugeValue, 0)
		return
	}
	ch <- prometheus.MustNewConstMetric(outboxUp, prometheus.GaugeValue, 1)
	ch <- prometheus.MustNewConstMetric(outboxDepth, prometheus.GaugeValue, float64(o.Depth))
	ch <- prometheus.MustNewConstMetric(outboxAge, prometheus.GaugeValue, o.OldestAge.Seconds())
	ch <- prometheus.MustNewConstMetric(outboxFailures, prometheus.GaugeValue, float64(o.Failures))
}

// Labels answers the operation labels seen so far, sorted; tests and debugging read it.
func (m *Metrics) Labels() []string {
	m.mu.Lock()
	defer m.mu.Unlock()
	out := make([]string, 0, len(m.labels))
	for l := range m.labels {
		out = append(out, l)
	}
	sort.Strings(out)
	return out
}
