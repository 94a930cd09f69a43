package requestid

import (
	"bytes"
	"context"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestValid(t *testing.T) {
	for id, want := range map[string]bool{
		"abc-DEF_1.2": true, strings.Repeat("a", 64): true,
		"": false, strings.Repeat("a", 65): false, "a b": false, "a\nb": false, "ä": false, "a=b": false,
	} {
		if got := Valid(id); got != want {
			t.Errorf("Valid(%q) = %v", id, got)
		}
	}
	if id := New(); len(id) != 32 || !Valid(id) || id == New() {
		t.Errorf("New() = %q", id)
	}
}

func TestMiddlewareAndLogHandler(t *testing.T) {
	var buf bytes.Buffer
	log := slog.New(NewHandler(slog.NewTextHandler(&buf, nil))).With("component", "test")
	h := Middleware(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		log.InfoContext(r.Context(), "serving")
		log.Info("no context")
	}))
	req := httptest.NewRequest(http.MethodGet, "/", nil)
	req.Header.Set(Header, "given-id")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Header().Get(Header) != "given-id" {
		t.Fatalf("header %q", rec.Header().Get(Header))
	}
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	if len(lines) != 2 || !strings.Contains(lines[0], "request_id=given-id") || !strings.Contains(lines[0], "component=test") ||
		strings.Contains(lines[1], "request_id") {
		t.Fatalf("log:\n%s", buf.String())
	}
	if From(context.Background()) != "" || From(With(context.Background(), "x")) != "x" {
		t.Fatal("From/With")
	}
}
