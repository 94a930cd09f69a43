package main

import (
	"bufio"
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// TestObservabilityFlags: the metrics token comes from the flag or the environment and must
// be long enough; the OTLP endpoint is off unless the flag or an OTEL_ variable names one.
func TestObservabilityFlags(t *testing.T) {
	env := func(m map[string]string) func(string) string {
		return func(k string) string {
			if k == "PPPDESK_SECRET" {
				return strings.Repeat("s", 32)
			}
			return m[k]
		}
	}
	o, err := parse(nil, env(nil), io.Discard)
	if err != nil || o.metricsToken != "" || o.otlpEndpoint != "" {
		t.Fatalf("defaults: %q %q %v", o.metricsToken, o.otlpEndpoint, err)
	}
	o, err = parse(nil, env(map[string]string{"PPPDESK_METRICS_TOKEN": "from-the-environment-0123"}), io.Discard)
	if err != nil || o.metricsToken != "from-the-environment-0123" {
		t.Fatalf("env token: %q %v", o.metricsToken, err)
	}
	if _, err := parse([]string{"--metrics-token", "short"}, env(nil), io.Discard); err == nil || !strings.Contains(err.Error(), "--metrics-token") {
		t.Fatalf("short token: %v", err)
	}
}

// TestRunExportsTracesToTheConfiguredEndpoint: with --otlp-endpoint the binary exports the
// spans of a request to the collector, flushed at shutdown.
func TestRunExportsTracesToTheConfiguredEndpoint(t *testing.T) {
	var mu sync.Mutex
	var posts []string
	collector := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		mu.Lock()
		posts = append(posts, r.URL.Path+" "+string(b))
		mu.Unlock()
	}))
	defer collector.Close()
	dir := t.TempDir()
	ctx, cancel := context.WithCancel(context.Background())
	pr, pw := io.Pipe()
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"--demo", "--db", "sqlite:" + filepath.Join(dir, "x.db"), "--addr", "127.0.0.1:0", "--files", filepath.Join(dir, "files"),
			"--otlp-endpoint", collector.URL}, func(string) string { return "" }, pw, io.Discard)
		pw.Close()
	}()
	var url string
	lines := bufio.NewScanner(pr)
	for lines.Scan() {
		if rest, ok := strings.CutPrefix(lines.Text(), "pppdesk: serving "); ok {
			url = strings.Fields(rest)[0]
			break
		}
	}
	go func() { _, _ = io.Copy(io.Discard, pr) }()
	if url == "" {
		cancel()
		t.Fatal("the server did not start")
	}
	resp, err := http.Post(url+"graphql", "application/json", strings.NewReader(`{"query":"{ challenges(first: 1) { edges { node { id } } } }"}`))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.Header.Get("X-Request-ID") == "" {
		t.Error("no X-Request-ID")
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("shutdown: %v", err)
		}
	case <-time.After(15 * time.Second):
		t.Fatal("server did not stop")
	}
	mu.Lock()
	defer mu.Unlock()
	all := strings.Join(posts, "\n")
	if !strings.Contains(all, "/v1/traces") || !strings.Contains(all, "query challenges") {
		t.Fatalf("no span of the operation reached the collector (%d posts)", len(posts))
	}
}
