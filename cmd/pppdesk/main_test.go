package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/notify"
	"github.com/pppdesk/pppdesk/querylimit"
)

func TestFlagsAndEnvironment(t *testing.T) {
	t.Parallel()
	env := func(m map[string]string) func(string) string { return func(k string) string { return m[k] } }
	secret := map[string]string{"PPPDESK_SECRET": strings.Repeat("s", 32)}
	o, err := parse(nil, env(secret), io.Discard)
	if err != nil || o.addr != "localhost:8080" || o.db != "sqlite:pppdesk.db" || o.demo || o.municipality != "" {
		t.Fatalf("defaults: %+v %v", o, err)
	}
	if o.http.maxConns != 1024 || o.http.readTimeout != 2*time.Minute || o.http.writeTimeout != 2*time.Minute || o.http.idleTimeout != 30*time.Second ||
		o.http.shutdownTimeout != 20*time.Second || o.dbOptions.MaxOpen != 20 || o.dbOptions.MaxIdle != 10 || o.dbOptions.DialTimeout != 5*time.Second {
		t.Fatalf("limit defaults: %+v %+v", o.http, o.dbOptions)
	}
	o, err = parse([]string{"--max-conns", "8", "--db-max-open", "4", "--shutdown-timeout", "3s", "--read-timeout", "1m"}, env(secret), io.Discard)
	if err != nil || o.http.maxConns != 8 || o.dbOptions.MaxOpen != 4 || o.http.shutdownTimeout != 3*time.Second || o.http.readTimeout != time.Minute {
		t.Fatalf("limit flags: %+v %+v %v", o.http, o.dbOptions, err)
	}
	if _, err := parse(nil, env(nil), io.Discard); err == nil || !strings.Contains(err.Error(), "secret is required") {
		t.Fatalf("no secret outside --demo: %v", err)
	}
	if _, err := parse([]string{"--secret", "short"}, env(nil), io.Discard); err == nil {
		t.Fatal("a short secret was accepted")
	}
	o, err = parse([]string{"--demo"}, env(map[string]string{"PPPDESK_DB": "sqlite:/tmp/x.db"}), io.Discard)
	if err != nil || o.db != "sqlite:/tmp/x.db" || o.municipality != "aomori" {
		t.Fatalf("env and demo: %+v %v", o, err)
	}
	o, err = parse([]string{"--db", "sqlite:y.db", "--addr", "127.0.0.1:0"}, env(map[string]string{"PPPDESK_DB": "sqlite:/tmp/x.db", "PPPDESK_SECRET": strings.Repeat("s", 32)}), io.Discard)
	if err != nil || o.db != "sqlite:y.db" || o.addr != "127.0.0.1:0" {
		t.Fatalf("flag over env: %+v %v", o, err)
	}
	if _, err := parse([]string{"extra"}, env(nil), io.Discard); err == nil {
		t.Fatal("stray argument accepted")
	}
	if err := run(context.Background(), []string{"--db", "postgres:x"}, env(secret), io.Discard, io.Discard); err == nil || !strings.Contains(err.Error(), "unknown kind") {
		t.Fatalf("bad DSN: %v", err)
	}
}

// TestLimitFlags: every limit has a default, introspection follows --demo unless set, and
// the CORS list is checked.
func TestLimitFlags(t *testing.T) {
	t.Parallel()
	secret := func(k string) string {
		if k == "PPPDESK_SECRET" {
			return strings.Repeat("s", 32)
		}
		return ""
	}
	o, err := parse(nil, secret, io.Discard)
	if err != nil || o.introspectionOn || o.origins != nil || o.limits.MaxDepth != querylimit.DefaultMaxDepth ||
		o.limits.MaxComplexity != querylimit.DefaultMaxComplexity || o.limits.MaxResponseBytes != querylimit.DefaultMaxResponseBytes ||
		o.limits.Timeout != querylimit.DefaultTimeout {
		t.Fatalf("defaults: %+v %v", o, err)
	}
	if o, err = parse([]string{"--demo"}, secret, io.Discard); err != nil || !o.introspectionOn {
		t.Fatalf("--demo turns introspection on: %+v %v", o, err)
	}
	if o, err = parse([]string{"--demo", "--introspection", "off"}, secret, io.Discard); err != nil || o.introspectionOn {
		t.Fatalf("--introspection off: %+v %v", o, err)
	}
	o, err = parse([]string{"--max-depth", "5", "--max-response", "1MiB", "--max-duration", "2s", "--cors-origins", "https://a.example.jp, https://*.b.example.jp"}, secret, io.Discard)
	if err != nil || o.limits.MaxDepth != 5 || o.limits.MaxResponseBytes != 1<<20 || o.limits.Timeout != 2*time.Second ||
		len(o.origins) != 2 || o.origins[1] != "https://*.b.example.jp" {
		t.Fatalf("limit flags: %+v %v", o, err)
	}
	for _, bad := range [][]string{{"--introspection", "maybe"}, {"--cors-origins", "a.example.jp"}, {"--max-response", "lots"}} {
		if _, err := parse(bad, secret, io.Discard); err == nil {
			t.Fatalf("%v accepted", bad)
		}
	}
}

// TestRunServesDemoAndStops runs the real program twice on one SQLite file: it serves the
// demo, shuts down on cancel, and the second start adds nothing.
func TestRunServesDemoAndStops(t *testing.T) {
	// Serial: it runs the whole program (demo load, serve, shutdown) within a 15 s wall-clock bound.
	db := "sqlite:" + filepath.Join(t.TempDir(), "demo.db")
	for i, want := range []string{"loaded the Aomori sample data", "already present"} {
		ctx, cancel := context.WithCancel(context.Background())
		pr, pw := io.Pipe()
		done := make(chan error, 1)
		go func() {
			done <- run(ctx, []string{"--demo", "--db", db, "--addr", "127.0.0.1:0", "--files", filepath.Join(filepath.Dir(strings.TrimPrefix(db, "sqlite:")), "files")}, func(string) string { return "" }, pw, io.Discard)
			pw.Close()
		}()
		lines := bufio.NewScanner(pr)
		var url string
		var sawDemo bool
		var out strings.Builder
		for lines.Scan() {
			l := lines.Text()
			out.WriteString(l + "\n")
			sawDemo = sawDemo || strings.Contains(l, want)
			if rest, ok := strings.CutPrefix(l, "pppdesk: serving "); ok {
				url = strings.Fields(rest)[0]
				break
			}
		}
		if !sawDemo || url == "" || (i == 0 && !strings.Contains(out.String(), "proposer2@demo.pppdesk.jp")) {
			t.Fatalf("start %d: demo line %v, url %q", i, sawDemo, url)
		}
		servesDemo(t, url, fmt.Sprintf("start %d", i))
		go func() { _, _ = io.Copy(io.Discard, pr) }()
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Fatalf("shutdown: %v", err)
			}
		case <-time.After(15 * time.Second):
			t.Fatal("server did not stop")
		}
	}
}

// TestBadFlagValuesNameTheFlag: a value that net/http, the store or the limits would take
// silently for "no limit" or "the default" (a zero or negative timeout, a negative limit
// other than -1), or that could never work (a CORS origin with a path, a proxy that is not
// an address), stops the start with an error naming the flag, before the database is opened.
func TestBadFlagValuesNameTheFlag(t *testing.T) {
	t.Parallel()
	secret := func(k string) string {
		if k == "PPPDESK_SECRET" {
			return strings.Repeat("s", 32)
		}
		return ""
	}
	for _, c := range []struct{ flag, value string }{
		{"--read-header-timeout", "0s"}, {"--read-timeout", "-5s"}, {"--write-timeout", "-1s"},
		{"--idle-timeout", "-1s"}, {"--shutdown-timeout", "-1s"}, {"--shutdown-timeout", "0s"},
		{"--db-conn-lifetime", "-1m"}, {"--db-conn-idle", "0s"}, {"--db-dial-timeout", "-1s"},
		{"--db-read-timeout", "-1s"}, {"--db-write-timeout", "-1s"}, {"--db-busy-timeout", "-1s"},
		{"--max-duration", "-5s"}, {"--max-duration", "0s"},
		{"--max-tokens", "-7"}, {"--max-fields", "0"}, {"--max-aliases", "-2"}, {"--max-directives", "-3"},
		{"--max-depth", "0"}, {"--max-complexity", "-100"}, {"--max-mutation-fields", "0"},
		{"--hash-concurrency", "0"}, {"--hash-concurrency", "-3"}, {"--db-max-open", "-1"}, {"--db-max-open", "0"},
		{"--db-max-idle", "-1"}, {"--max-header-bytes", "-1"}, {"--max-conns", "-1"},
		{"--smtp-port", "99999"}, {"--smtp-port", "0"}, {"--smtp-tls", "bogus"},
		{"--upload-max", "garbage"}, {"--upload-max", "-5MiB"}, {"--upload-max", "0"},
		{"--max-response", "garbage"}, {"--max-response", "0"}, {"--max-response", "-2"},
		{"--trusted-proxies", "not-an-ip"}, {"--trusted-proxies", "10.0.0.1, 10.0.0.0/99"},
		{"--cors-origins", "portal.example.jp"}, {"--cors-origins", "https://portal.example.jp/path"},
		{"--cors-origins", "http://"}, {"--cors-origins", "ftp://portal.example.jp"},
		{"--cors-origins", "https://portal.example.jp?x=1"}, {"--cors-origins", "https://user@portal.example.jp"},
		{"--public-url", "api.example.jp/ppp"}, {"--public-url", "ftp://api.example.jp"}, {"--public-url", "https://api.example.jp/?x=1"},
	} {
		t.Run(c.flag+"="+c.value, func(t *testing.T) {
			_, err := parse([]string{c.flag, c.value}, secret, io.Discard)
			if err == nil || !strings.Contains(err.Error(), c.flag) {
				t.Fatalf("%s %s: want an error naming the flag, got %v", c.flag, c.value, err)
			}
			// run refuses it before opening anything: a database that cannot exist is not reached.
			err = run(context.Background(), []string{"--db", "sqlite:" + filepath.Join(t.TempDir(), "no", "such", "dir", "x.db"), c.flag, c.value}, secret, io.Discard, io.Discard)
			if err == nil || !strings.Contains(err.Error(), c.flag) {
				t.Fatalf("run %s %s: %v", c.flag, c.value, err)
			}
		})
	}
	// The documented ways to turn a limit off, and good values, are accepted.
	o, err := parse([]string{"--max-depth", "-1", "--max-duration", "-1s", "--max-response", "-1", "--max-conns", "0",
		"--trusted-proxies", "10.0.0.0/8, 192.0.2.1,2001:db8::/32", "--cors-origins", "*,https://*.example.jp,http://127.0.0.1:3000",
		"--upload-max", "1MiB", "--smtp-tls", "TLS"}, secret, io.Discard)
	if err != nil || o.limits.MaxDepth != -1 || o.limits.Timeout != -time.Second || o.limits.MaxResponseBytes != -1 ||
		o.http.maxConns != 0 || len(o.proxies) != 3 || len(o.origins) != 3 || o.maxUpload != 1<<20 {
		t.Fatalf("good values: %+v %v", o, err)
	}
}

// TestHelpIsNotAnError: --help prints the flags and ends the program successfully.
func TestHelpIsNotAnError(t *testing.T) {
	t.Parallel()
	var usage strings.Builder
	if err := run(context.Background(), []string{"--help"}, func(string) string { return "" }, io.Discard, &usage); err != nil {
		t.Fatalf("--help: %v", err)
	}
	for _, f := range []string{"-trusted-proxies", "-max-complexity", "-db-busy-timeout", "-introspection"} {
		if !strings.Contains(usage.String(), f) {
			t.Errorf("--help does not list %s", f)
		}
	}
}

// TestStartUpWarnings: what an operator would otherwise learn only from failing requests or
// from codes in the log is said once at start-up; the demo and a complete setup stay quiet.
func TestStartUpWarnings(t *testing.T) {
	t.Parallel()
	aomori := []*model.Municipality{{Slug: "aomori"}}
	for _, c := range []struct {
		name string
		o    options
		ms   []*model.Municipality
		want []string
	}{
		{"empty database", options{smtp: notify.SMTPConfig{Host: "mail"}}, nil, []string{"no municipality yet"}},
		{"unknown default", options{municipality: "hirosaki", smtp: notify.SMTPConfig{Host: "mail"}}, aomori, []string{"--municipality names no municipality"}},
		{"no SMTP", options{municipality: "aomori"}, aomori, []string{"no --smtp-host"}},
		{"introspection outside the demo", options{municipality: "aomori", smtp: notify.SMTPConfig{Host: "mail"}, introspectionOn: true}, aomori, []string{"--introspection is on"}},
		{"complete", options{municipality: "aomori", smtp: notify.SMTPConfig{Host: "mail"}}, aomori, nil},
		{"demo", options{municipality: "aomori", demo: true, introspectionOn: true}, aomori, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			var out strings.Builder
			warnings(slog.New(slog.NewTextHandler(&out, nil)), c.o, c.ms)
			lines := strings.Count(out.String(), "level=WARN")
			if lines != len(c.want) {
				t.Fatalf("want %d warnings %q, got:\n%s", len(c.want), c.want, out.String())
			}
			for _, w := range c.want {
				if !strings.Contains(out.String(), w) {
					t.Errorf("missing %q in:\n%s", w, out.String())
				}
			}
		})
	}
}

// The abuse limits are flags whose defaults are the server's, and a value that would switch
// a limit off by accident is refused naming the flag.
func TestAbuseLimitFlags(t *testing.T) {
	t.Parallel()
	secret := func(k string) string {
		if k == "PPPDESK_SECRET" {
			return strings.Repeat("s", 32)
		}
		return ""
	}
	o, err := parse(nil, secret, io.Discard)
	if err != nil || o.abuse.rates.SignUp.Max != 10 || o.abuse.rates.SignUp.Window != time.Hour || o.abuse.rates.Upload.Max != 100 ||
		o.abuse.login.MaxAccountFailures != 5 || o.abuse.login.MaxAddressFailures != 20 || o.abuse.login.Window != 15*time.Minute {
		t.Fatalf("defaults: %+v %v", o.abuse, err)
	}
	o, err = parse([]string{"--limit-signup", "3/10m", "--limit-inquiry", "1/24h", "--login-per-account", "3", "--login-window", "1h"}, secret, io.Discard)
	if err != nil || o.abuse.rates.SignUp.Max != 3 || o.abuse.rates.SignUp.Window != 10*time.Minute || o.abuse.rates.Inquiry.Window != 24*time.Hour ||
		o.abuse.rates.SignUp.Name != "signup" || o.abuse.login.MaxAccountFailures != 3 || o.abuse.login.Window != time.Hour {
		t.Fatalf("set: %+v %v", o.abuse, err)
	}
	for _, bad := range [][]string{{"--limit-signup", "10"}, {"--limit-upload", "0/1h"}, {"--limit-preview", "5/soon"}, {"--login-per-address", "0"}, {"--login-window", "-1m"}} {
		_, err := parse(bad, secret, io.Discard)
		if err == nil || !strings.Contains(err.Error(), strings.TrimPrefix(bad[0], "--")) {
			t.Fatalf("%v: %v", bad, err)
		}
	}
}

// servesDemo checks that the server at url answers the demo's 20 case studies.
func servesDemo(t *testing.T, url, when string) {
	t.Helper()
	res, err := http.Post(url+"graphql", "application/json", strings.NewReader(`{"query":"{ caseStudies { totalCount } }"}`))
	if err != nil {
		t.Fatalf("%s: %v", when, err)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if !strings.Contains(string(body), `"totalCount":20`) {
		t.Fatalf("%s: %s", when, body)
	}
}
