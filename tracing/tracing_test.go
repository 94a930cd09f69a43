package tracing

import (
	"context"
	"net/http"
	"testing"
)

func TestEndpoint(t *testing.T) {
	env := func(m map[string]string) func(string) string { return func(k string) string { return m[k] } }
	for _, c := range []struct {
		flag string
		env  map[string]string
		want string
	}{
		{"", nil, ""},
		{"http://127.0.0.1:4318", nil, "http://127.0.0.1:4318/v1/traces"},
		{"http://127.0.0.1:4318/", nil, "http://127.0.0.1:4318/v1/traces"},
		{"http://127.0.0.1:4318/custom/path", nil, "http://127.0.0.1:4318/custom/path"},
		{"", map[string]string{"OTEL_EXPORTER_OTLP_ENDPOINT": "http://127.0.0.1:4318"}, "http://127.0.0.1:4318/v1/traces"},
		{"", map[string]string{"OTEL_EXPORTER_OTLP_ENDPOINT": "http://127.0.0.1:4318", "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT": "http://127.0.0.1:9/t"}, "http://127.0.0.1:9/t"},
		{"http://127.0.0.1:1", map[string]string{"OTEL_EXPORTER_OTLP_TRACES_ENDPOINT": "http://127.0.0.1:9/t"}, "http://127.0.0.1:1/v1/traces"},
	} {
		if got := Endpoint(c.flag, env(c.env)); got != c.want {
			t.Errorf("Endpoint(%q, %v) = %q, want %q", c.flag, c.env, got, c.want)
		}
	}
}

// TestOffIsNil: without an endpoint nothing is built, and every method passes through.
func TestOffIsNil(t *testing.T) {
	tr, err := New(context.Background(), "", "x")
	if err != nil || tr != nil {
		t.Fatalf("New without endpoint: %v %v", tr, err)
	}
	h := http.NotFoundHandler()
	if got := tr.Handler(h); got == nil {
		t.Fatal("nil handler")
	}
	if tr.QueryHook() != nil || tr.GraphQL(nil) != nil || tr.Shutdown(context.Background()) != nil {
		t.Fatal("off tracing built something")
	}
}
