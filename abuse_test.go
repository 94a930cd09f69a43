package pppdesk_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/pppdesk/pppdesk"
)

const loginQuery = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`

// postFrom sends a GraphQL request as if from the peer address remote (host:port).
func (e *env) postFrom(remote, query string, vars map[string]any, headers ...string) response {
	e.t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.RemoteAddr = remote
	for i := 0; i+1 < len(headers); i += 2 {
		req.Header.Set(headers[i], headers[i+1])
	}
	return e.send(req)
}

func codes(r response) map[string]int {
	n := map[string]int{}
	for _, err := range r.Errors {
		c, _ := err.Extensions["code"].(string)
		n[c]++
	}
	return n
}

// Parallel wrong passwords against one account: each attempt is reserved in the database
// before the password is checked, so exactly the limit is checked and the rest refused.
func TestParallelLoginsCountAtomically(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	var mu sync.Mutex
	got := map[string]int{}
	var wg sync.WaitGroup
	for range 16 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := e.post(loginQuery, map[string]any{"e": "desk@demo.pppdesk.jp", "p": "wrong password"})
			mu.Lock()
			got[r.code()]++
			mu.Unlock()
		}()
	}
	wg.Wait()
	if got["UNAUTHENTICATED"] != 5 || got["RATE_LIMITED"] != 11 {
		t.Fatalf("16 parallel wrong passwords: %v, want 5 checked and 11 refused", got)
	}
}

// Aliased logins in one request count one by one: 30 aliased logins (as many as the default
// alias and root-field limits let through) are 30 attempts, of which the limit checks 5.
func TestAliasedLoginsCountOneByOne(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	var q strings.Builder
	q.WriteString("mutation {")
	for i := range 30 {
		fmt.Fprintf(&q, ` a%d: login(email: "desk@demo.pppdesk.jp", password: "wrong password %d") { token }`, i, i)
	}
	q.WriteString(" }")
	r := e.post(q.String(), nil)
	if n := codes(r); n["UNAUTHENTICATED"] > 5 || n["UNAUTHENTICATED"]+n["RATE_LIMITED"] != 30 {
		t.Fatalf("30 aliased logins: %v", n)
	}
}

// An attacker failing on an account from many addresses slows its sign-ins but does not
// lock its owner out.
func TestOwnerIsNotLockedOutByOthersFailures(t *testing.T) {
	t.Parallel()
	var mu sync.Mutex
	var delays []time.Duration
	e := newEnvOpts(t, func(c *pppdesk.Config) {
		c.Auth.Delay = func(_ context.Context, d time.Duration) error {
			mu.Lock()
			defer mu.Unlock()
			delays = append(delays, d)
			return nil
		}
	})
	for a := range 6 {
		addr := fmt.Sprintf("198.51.100.%d:4000", a+1)
		for range 5 {
			e.postFrom(addr, loginQuery, map[string]any{"e": "desk@demo.pppdesk.jp", "p": "wrong password"})
		}
		if r := e.postFrom(addr, loginQuery, map[string]any{"e": "desk@demo.pppdesk.jp", "p": "wrong password"}); r.code() != "RATE_LIMITED" {
			t.Fatalf("attacker at %s not limited: %s", addr, r.Raw)
		}
	}
	mu.Lock()
	before := len(delays)
	mu.Unlock()
	r := e.postFrom("203.0.113.7:5000", loginQuery, map[string]any{"e": "desk@demo.pppdesk.jp", "p": "pppdesk-demo"})
	if len(r.Errors) > 0 {
		t.Fatalf("owner locked out: %s", r.Raw)
	}
	mu.Lock()
	defer mu.Unlock()
	if len(delays) != before+1 || delays[len(delays)-1] <= 0 {
		t.Fatalf("the owner's sign-in was not slowed after 30 failures: %v", delays)
	}
}

// Sign-up, inquiries, preview tokens and uploads are limited per address.
func TestSignUpIsLimitedPerAddress(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	signUp := `mutation($in: SignUpInput!) { signUp(input: $in) { message } }`
	in := func(i int) map[string]any {
		return map[string]any{"in": map[string]any{"email": fmt.Sprintf("new%d@example.jp", i), "password": "a long password", "displayName": "新規",
			"organization": map[string]any{"name": fmt.Sprintf("株式会社%d", i), "kind": "CORPORATION"}}}
	}
	for i := range 10 {
		if r := e.postFrom("198.51.100.20:1", signUp, in(i)); len(r.Errors) > 0 {
			t.Fatalf("sign-up %d: %s", i, r.Raw)
		}
	}
	if r := e.postFrom("198.51.100.20:1", signUp, in(10)); r.code() != "RATE_LIMITED" {
		t.Fatalf("11th sign-up from one address: %s", r.Raw)
	}
	if r := e.postFrom("198.51.100.21:1", signUp, in(11)); len(r.Errors) > 0 {
		t.Fatalf("sign-up from another address: %s", r.Raw)
	}
}

// Without trusted proxies a forwarding header changes nothing; from a trusted proxy the
// rightmost untrusted address of X-Forwarded-For is the client.
func TestClientAddressBehindTrustedProxy(t *testing.T) {
	t.Parallel()
	wrong := map[string]any{"e": "desk@demo.pppdesk.jp", "p": "wrong password"}
	t.Run("no trusted proxies", func(t *testing.T) {
		t.Parallel()
		e := newEnv(t, true)
		for i := range 5 {
			e.postFrom("203.0.113.1:1", loginQuery, wrong, "X-Forwarded-For", fmt.Sprintf("198.51.100.%d", i))
		}
		if r := e.postFrom("203.0.113.1:1", loginQuery, wrong, "X-Forwarded-For", "198.51.100.99"); r.code() != "RATE_LIMITED" {
			t.Fatalf("a spoofed header escaped the limit: %s", r.Raw)
		}
	})
	t.Run("trusted proxy", func(t *testing.T) {
		t.Parallel()
		e := newEnvOpts(t, func(c *pppdesk.Config) { c.TrustedProxies = []string{"10.0.0.0/8"} })
		for range 5 {
			e.postFrom("10.1.1.1:1", loginQuery, wrong, "X-Forwarded-For", "198.51.100.9")
		}
		if r := e.postFrom("10.1.1.1:1", loginQuery, wrong, "X-Forwarded-For", "198.51.100.9"); r.code() != "RATE_LIMITED" {
			t.Fatalf("client behind the proxy not limited: %s", r.Raw)
		}
		// A client prepending an address of its choice is still keyed on its real one.
		if r := e.postFrom("10.1.1.1:1", loginQuery, wrong, "X-Forwarded-For", "198.51.100.50, 198.51.100.9, 10.2.2.2"); r.code() != "RATE_LIMITED" {
			t.Fatalf("a prepended address escaped the limit: %s", r.Raw)
		}
		// Another client behind the same proxy has its own count.
		if r := e.postFrom("10.1.1.1:1", loginQuery, wrong, "X-Forwarded-For", "198.51.100.10"); r.code() != "UNAUTHENTICATED" {
			t.Fatalf("another client behind the proxy: %s", r.Raw)
		}
		// A peer that is not a trusted proxy cannot choose its address by header.
		for i := range 5 {
			e.postFrom("203.0.113.2:1", loginQuery, wrong, "X-Forwarded-For", fmt.Sprintf("198.51.100.%d", 100+i))
		}
		if r := e.postFrom("203.0.113.2:1", loginQuery, wrong, "X-Forwarded-For", "198.51.100.200"); r.code() != "RATE_LIMITED" {
			t.Fatalf("an untrusted peer chose its key by header: %s", r.Raw)
		}
	})
}

// Preview tokens and uploads count per address like the other costly mutations.
func TestPreviewAndUploadLimits(t *testing.T) {
	t.Parallel()
	e := newEnvOpts(t, func(c *pppdesk.Config) {
		c.RateLimits.PreviewToken.Max = 2
		c.RateLimits.Upload.Max = 1
	})
	desk := e.login("desk@demo.pppdesk.jp")
	d := e.ok(`mutation { createCaseStudy(input: {title: "限度の事例", summary: "概要", locality: "青森市"}) { id } }`, nil, desk...)
	id := get(d, "createCaseStudy", "id")
	preview := `mutation($id: ID!) { a: createPreviewToken(id: $id) { token } b: createPreviewToken(id: $id) { token } c: createPreviewToken(id: $id) { token } }`
	if n := codes(e.post(preview, map[string]any{"id": id}, desk...)); n["RATE_LIMITED"] != 1 || len(n) != 1 {
		t.Fatalf("three aliased preview tokens with a limit of 2: %v", n)
	}
	attach := `mutation($p: ID!, $f: Upload!) { attachMedia(contentId: $p, file: $f) { id } }`
	if r := e.uploadTo(attach, id, "a.pdf", tinyPDF, desk...); r.code() != "" {
		t.Fatalf("first upload: %s", r.Raw)
	}
	if r := e.uploadTo(attach, id, "b.pdf", tinyPDF, desk...); r.code() != "RATE_LIMITED" {
		t.Fatalf("second upload with a limit of 1: %s", r.Raw)
	}
}
