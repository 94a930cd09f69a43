// Package tracing exports OpenTelemetry traces over OTLP/HTTP when an endpoint is
// configured. Off (the default) there is no exporter, no goroutine and no provider: New
// answers nil and every method of a nil *Tracing passes its argument through.
package tracing

import (
	"context"
	"net/http"
	"net/url"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/uptrace/bun"
	"github.com/uptrace/bun/extra/bunotel"
	"github.com/vektah/gqlparser/v2/ast"
	"go.opentelemetry.io/contrib/instrumentation/net/http/otelhttp"
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/codes"
	"go.opentelemetry.io/otel/exporters/otlp/otlptrace/otlptracehttp"
	metricnoop "go.opentelemetry.io/otel/metric/noop"
	"go.opentelemetry.io/otel/propagation"
	"go.opentelemetry.io/otel/sdk/resource"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	"go.opentelemetry.io/otel/trace"
)

// Tracing is a tracer provider that exports to one OTLP/HTTP endpoint. The server takes
// it explicitly; nothing is set globally, so two servers in one process stay apart.
type Tracing struct {
	tp     *sdktrace.TracerProvider
	tracer trace.Tracer
	prop   propagation.TextMapPropagator
}

// Endpoint answers the OTLP traces URL: flag, else OTEL_EXPORTER_OTLP_TRACES_ENDPOINT (a
// full URL), else OTEL_EXPORTER_OTLP_ENDPOINT (a base URL, /v1/traces appended); "" is off.
// A flag without a path is taken as a base URL too.
func Endpoint(flag string, getenv func(string) string) string {
	if flag != "" {
		return withTracesPath(flag)
	}
	if v := getenv("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT"); v != "" {
		return v
	}
	if v := getenv("OTEL_EXPORTER_OTLP_ENDPOINT"); v != "" {
		return strings.TrimSuffix(v, "/") + "/v1/traces"
	}
	return ""
}

func withTracesPath(v string) string {
	u, err := url.Parse(v)
	if err != nil || (u.Path != "" && u.Path != "/") {
		return v
	}
	return strings.TrimSuffix(v, "/") + "/v1/traces"
}

// New starts exporting to endpoint (a URL such as http://collector:4318/v1/traces); an
// empty endpoint answers nil, which is tracing off. Call Shutdown to flush.
func New(ctx context.Context, endpoint, service string) (*Tracing, error) {
	if endpoint == "" {
		return nil, nil
	}
	exp, err := otlptracehttp.New(ctx, otlptracehttp.WithEndpointURL(endpoint))
	if err != nil {
		return nil, err
	}
	res, err := resource.New(ctx, resource.WithAttributes(attribute.String("service.name", service)),
		resource.WithFromEnv(), resource.WithTelemetrySDK())
	if err != nil {
		return nil, err
	}
	tp := sdktrace.NewTracerProvider(sdktrace.WithBatcher(exp), sdktrace.WithResource(res))
	return &Tracing{tp: tp, tracer: tp.Tracer("github.com/pppdesk/pppdesk"),
		prop: propagation.NewCompositeTextMapPropagator(propagation.TraceContext{}, propagation.Baggage{})}, nil
}

// Shutdown exports the spans still buffered and stops the exporter.
func (t *Tracing) Shutdown(ctx context.Context) error {
	if t == nil {
		return nil
	}
	return t.tp.Shutdown(ctx)
}

// Handler traces every HTTP request, continuing a caller's W3C trace context.
func (t *Tracing) Handler(h http.Handler) http.Handler {
	if t == nil {
		return h
	}
	return otelhttp.NewHandler(h, "http", otelhttp.WithTracerProvider(t.tp), otelhttp.WithPropagators(t.prop),
		otelhttp.WithMeterProvider(metricnoop.NewMeterProvider()),
		otelhttp.WithSpanNameFormatter(func(_ string, r *http.Request) string { return r.Method }))
}

// QueryHook answers bun's hook that traces every SQL statement, or nil when off.
func (t *Tracing) QueryHook() bun.QueryHook {
	if t == nil {
		return nil
	}
	return bunotel.NewQueryHook(bunotel.WithTracerProvider(t.tp), bunotel.WithMeterProvider(metricnoop.NewMeterProvider()))
}

// GraphQL answers the gqlgen extension that makes a span per operation, named by name (a
// label of bounded cardinality, never the client's operation name), or nil when off.
func (t *Tracing) GraphQL(name func(*graphql.OperationContext) string) graphql.HandlerExtension {
	if t == nil {
		return nil
	}
	return extension{t: t, name: name}
}

type extension struct {
	t    *Tracing
	name func(*graphql.OperationContext) string
}

var _ graphql.OperationInterceptor = extension{}

func (extension) ExtensionName() string { return "Tracing" }

func (extension) Validate(graphql.ExecutableSchema) error { return nil }

// InterceptOperation spans a query or mutation until its answer is complete; a
// subscription's span covers its start only, as its events come when they come.
func (e extension) InterceptOperation(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
	oc := graphql.GetOperationContext(ctx)
	ctx, span := e.t.tracer.Start(ctx, e.name(oc), trace.WithSpanKind(trace.SpanKindServer))
	h := next(ctx)
	if oc.Operation != nil && oc.Operation.Operation == ast.Subscription {
		span.End()
		return h
	}
	ended := false
	return func(ctx context.Context) *graphql.Response {
		resp := h(ctx)
		if !ended {
			ended = true
			if resp != nil && len(resp.Errors) > 0 {
				span.SetStatus(codes.Error, "the answer has errors")
			}
			span.End()
		}
		return resp
	}
}
