package pppdesk_test

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/golang-jwt/jwt/v5"

	"github.com/pppdesk/pppdesk"
	"github.com/pppdesk/pppdesk/auth"
)

// replica starts a second server on e's database, as a second replica behind a balancer.
func (e *env) replica() *env {
	e.t.Helper()
	r := &env{t: e.t, st: e.st, now: e.now}
	srv, err := pppdesk.New(pppdesk.Config{Store: e.st, DefaultMunicipality: "aomori", Now: e.clock,
		Secret: []byte(testSecret), Auth: auth.Config{Params: cheapParams}})
	if err != nil {
		e.t.Fatal(err)
	}
	r.srv = srv
	return r
}

// Two replicas on one database share the sign-in limits, revocations and per-address limits.
func TestReview3ReplicasShareLimits(t *testing.T) {
	t.Parallel()
	a := newEnv(t, true)
	b := a.replica()
	bad := map[string]any{"e": "desk@demo.pppdesk.jp", "p": "wrong password"}
	for i := range 5 {
		srv := a
		if i%2 == 1 {
			srv = b
		}
		if r := srv.postFrom("198.51.100.9:1", loginQuery, bad); r.code() != "UNAUTHENTICATED" {
			t.Fatalf("wrong password %d: %s", i, r.Raw)
		}
	}
	for _, srv := range []*env{a, b} {
		if r := srv.postFrom("198.51.100.9:1", loginQuery, bad); r.code() != "RATE_LIMITED" {
			t.Fatalf("6th wrong password split over replicas: %s", r.Raw)
		}
	}
	h := a.login("keizai@demo.pppdesk.jp")
	if r := a.post(`mutation { logout }`, nil, h...); len(r.Errors) > 0 {
		t.Fatalf("logout: %s", r.Raw)
	}
	if r := b.post(`{ me { id } }`, nil, h...); r.code() != "UNAUTHENTICATED" {
		t.Fatalf("token signed out on one replica still works on the other: %s", r.Raw)
	}
	inq := `mutation { submitInquiry(input: {name: "n", email: "a@example.jp", subject: "s", body: "b"}) }`
	for i := range 10 {
		srv := a
		if i%2 == 1 {
			srv = b
		}
		if r := srv.postFrom("198.51.100.30:1", inq, nil); len(r.Errors) > 0 {
			t.Fatalf("inquiry %d: %s", i, r.Raw)
		}
	}
	for _, srv := range []*env{a, b} {
		if r := srv.postFrom("198.51.100.30:1", inq, nil); r.code() != "RATE_LIMITED" {
			t.Fatalf("11th inquiry over replicas: %s", r.Raw)
		}
	}
}

// Fifty parallel wrong passwords on one account from one address: exactly five are checked;
// parallel inquiries from one address stop exactly at the limit.
func TestReview3FiftyParallelAttempts(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	var mu sync.Mutex
	got := map[string]int{}
	inq := map[string]int{}
	var wg sync.WaitGroup
	for range 50 {
		wg.Add(2)
		go func() {
			defer wg.Done()
			r := e.postFrom("198.51.100.40:1", loginQuery, map[string]any{"e": "desk@demo.pppdesk.jp", "p": "wrong password"})
			mu.Lock()
			got[r.code()]++
			mu.Unlock()
		}()
		go func() {
			defer wg.Done()
			r := e.postFrom("198.51.100.41:1", `mutation { submitInquiry(input: {name: "n", email: "a@example.jp", subject: "s", body: "b"}) }`, nil)
			mu.Lock()
			inq[r.code()]++
			mu.Unlock()
		}()
	}
	wg.Wait()
	if got["UNAUTHENTICATED"] != 5 || got["RATE_LIMITED"] != 45 {
		t.Fatalf("50 parallel wrong passwords: %v, want 5 checked and 45 refused", got)
	}
	if inq[""] != 10 || inq["RATE_LIMITED"] != 40 {
		t.Fatalf("50 parallel inquiries: %v, want 10 sent and 40 refused", inq)
	}
}

// Forwarding headers from an untrusted peer do not give an attacker fresh limits.
func TestReview3ForwardingHeadersIgnored(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	bad := map[string]any{"e": "desk@demo.pppdesk.jp", "p": "wrong password"}
	for i := range 8 {
		ip := "203.0.113." + string(rune('1'+i))
		r := e.postFrom("198.51.100.50:1", loginQuery, bad, "X-Forwarded-For", ip, "X-Real-IP", ip, "Forwarded", "for="+ip)
		want := "UNAUTHENTICATED"
		if i >= 5 {
			want = "RATE_LIMITED"
		}
		if r.code() != want {
			t.Fatalf("attempt %d with forged headers: %s", i, r.Raw)
		}
	}
}

// Forged or misused tokens are UNAUTHENTICATED.
func TestReview3ForgedTokens(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	sign := func(m jwt.SigningMethod, key any, c jwt.MapClaims) string {
		s, err := jwt.NewWithClaims(m, c).SignedString(key)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	exp := testNow.Add(time.Hour).Unix()
	h := e.login("desk@demo.pppdesk.jp")
	parts := strings.Split(strings.TrimPrefix(h[1], "Bearer "), ".")
	good := jwt.MapClaims{}
	if _, _, err := jwt.NewParser().ParseUnverified(strings.Join(parts, "."), good); err != nil {
		t.Fatal(err)
	}
	with := func(k string, v any) jwt.MapClaims {
		c := jwt.MapClaims{}
		for kk, vv := range good {
			c[kk] = vv
		}
		if v == nil {
			delete(c, k)
		} else {
			c[k] = v
		}
		return c
	}
	tokens := map[string]string{
		"alg none":      sign(jwt.SigningMethodNone, jwt.UnsafeAllowNoneSignatureType, good),
		"HS512":         sign(jwt.SigningMethodHS512, []byte(testSecret), good),
		"no exp":        sign(jwt.SigningMethodHS256, []byte(testSecret), with("exp", nil)),
		"other issuer":  sign(jwt.SigningMethodHS256, []byte(testSecret), with("iss", "evil")),
		"other secret":  sign(jwt.SigningMethodHS256, []byte("another-secret-another-secret-0123456"), good),
		"preview-like":  sign(jwt.SigningMethodHS256, []byte(testSecret), jwt.MapClaims{"iss": "pppdesk", "exp": exp, "mun": good["mun"], "node": "x", "pur": "preview"}),
		"other subject": sign(jwt.SigningMethodHS256, []byte(testSecret), with("sub", "999999")),
	}
	for name, tok := range tokens {
		if r := e.post(`{ me { id } }`, nil, "Authorization", "Bearer "+tok); r.code() != "UNAUTHENTICATED" {
			t.Errorf("%s: %s", name, r.Raw)
		}
	}
}

// An Idempotency-Key on a mutation with a long alias is no INTERNAL error (on MariaDB the
// operation column would overflow).
func TestReview3IdempotencyKeyWithLongAlias(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	alias := "a" + strings.Repeat("x", 150)
	q := `mutation { ` + alias + `: submitInquiry(input: {name: "n", email: "a@example.jp", subject: "s", body: "b"}) }`
	for i := range 2 {
		if r := e.post(q, nil, "Idempotency-Key", "long-alias-key"); len(r.Errors) > 0 {
			t.Fatalf("attempt %d: %s", i, r.Raw)
		}
	}
	for _, key := range []string{strings.Repeat("k", 300), "a\x01b"} {
		if r := e.post(q, nil, "Idempotency-Key", key); r.code() != "BAD_USER_INPUT" {
			t.Fatalf("key %q: %s", key[:3], r.Raw)
		}
	}
}

// With a short operation deadline (--max-duration below --login max delay), the slow-down an
// attacker causes must still leave the owner time to sign in: a delay that outlives the
// request would lock the owner out entirely.
func TestReview3SlowDownFitsTheDeadline(t *testing.T) {
	t.Parallel()
	// The deadline (1 min) is far below the longest slow-down (1 h) that 30 failures earn,
	// yet long enough that a loaded machine still checks the owner's password within it:
	// the test observes the relation between each delay and the time left, not a clock.
	var mu sync.Mutex
	var delays, tooLong []time.Duration
	e := newEnvOpts(t, func(c *pppdesk.Config) {
		c.Limits.Timeout = time.Minute
		c.Auth.MaxDelay = time.Hour
		c.Auth.Delay = func(ctx context.Context, d time.Duration) error {
			mu.Lock()
			defer mu.Unlock()
			delays = append(delays, d)
			// A faithful stand-in for the timer: a wait past the deadline ends with it.
			if dl, ok := ctx.Deadline(); ok && d >= time.Until(dl) {
				tooLong = append(tooLong, d)
				return context.DeadlineExceeded
			}
			return nil
		}
	})
	for a := range 6 {
		addr := fmt.Sprintf("198.51.100.%d:4000", a+60)
		for range 5 {
			e.postFrom(addr, loginQuery, map[string]any{"e": "desk@demo.pppdesk.jp", "p": "wrong password"})
		}
	}
	mu.Lock()
	before := len(delays)
	mu.Unlock()
	r := e.postFrom("203.0.113.70:5000", loginQuery, map[string]any{"e": "desk@demo.pppdesk.jp", "p": "pppdesk-demo"})
	mu.Lock()
	defer mu.Unlock()
	if len(r.Errors) > 0 || len(tooLong) > 0 {
		t.Fatalf("owner refused after others' failures (delays past the deadline: %v): %s", tooLong, r.Raw)
	}
	// The owner was slowed down, by a delay the deadline capped (uncapped it would be the
	// hour): the cap, not a missing slow-down, is what let the sign-in through.
	if len(delays) == before {
		t.Fatal("the owner's sign-in was not slowed down")
	}
	if d := delays[len(delays)-1]; d <= 0 || d > time.Minute/2 {
		t.Fatalf("the owner's slow-down was %s, want a positive delay capped to half the deadline", d)
	}
}

// IPv4-mapped IPv6 spellings of one client share its IPv4 key, directly and behind a
// trusted proxy.
func TestReview3MappedAddressesKeyLikeIPv4(t *testing.T) {
	t.Parallel()
	wrong := map[string]any{"e": "desk@demo.pppdesk.jp", "p": "wrong password"}
	e := newEnvOpts(t, func(c *pppdesk.Config) { c.TrustedProxies = []string{"10.0.0.0/8"} })
	for i := range 5 {
		xff := "198.51.100.9"
		if i%2 == 1 {
			xff = "::ffff:198.51.100.9"
		}
		e.postFrom("[::ffff:10.1.1.1]:1", loginQuery, wrong, "X-Forwarded-For", xff)
	}
	for _, xff := range []string{"198.51.100.9", "::ffff:198.51.100.9", "[::ffff:198.51.100.9]:80"} {
		if r := e.postFrom("10.1.1.1:1", loginQuery, wrong, "X-Forwarded-For", xff); r.code() != "RATE_LIMITED" {
			t.Fatalf("%s escaped the limit: %s", xff, r.Raw)
		}
	}
	for range 5 {
		e.postFrom("[::ffff:203.0.113.3]:1", loginQuery, wrong)
	}
	if r := e.postFrom("203.0.113.3:2", loginQuery, wrong); r.code() != "RATE_LIMITED" {
		t.Fatalf("mapped peer keyed apart from its IPv4: %s", r.Raw)
	}
}

// A real preview token is no bearer token, and a disabled or deleted account's token stops
// working at once on every replica.
func TestReview3TokensOfGoneAccounts(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	b := e.replica()
	desk := e.login("desk@demo.pppdesk.jp")
	d := e.ok(`mutation { createAnnouncement(input: {title: "下書き"}) { id } }`, nil, desk...)
	d = e.ok(`mutation($id: ID!) { createPreviewToken(id: $id) { token } }`, map[string]any{"id": get(d, "createAnnouncement", "id")}, desk...)
	if r := b.post(`{ me { id } }`, nil, "Authorization", "Bearer "+get(d, "createPreviewToken", "token").(string)); r.code() != "UNAUTHENTICATED" {
		t.Fatalf("preview token as bearer: %s", r.Raw)
	}
	keizai := e.login("keizai@demo.pppdesk.jp")
	kankyo := e.login("kankyo@demo.pppdesk.jp")
	ctx := context.Background()
	if _, err := e.st.DB.NewUpdate().Table("users").Set("disabled = ?", true).Where("email = ?", "keizai@demo.pppdesk.jp").Exec(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := e.st.DB.NewDelete().Table("users").Where("email = ?", "kankyo@demo.pppdesk.jp").Exec(ctx); err != nil {
		t.Skipf("cannot delete a user row directly here: %v", err)
	}
	for name, h := range map[string][]string{"disabled": keizai, "deleted": kankyo} {
		if r := b.post(`{ me { id } }`, nil, h...); r.code() != "UNAUTHENTICATED" {
			t.Errorf("token of a %s account: %s", name, r.Raw)
		}
	}
	// The disabled account's right password answers like a wrong one.
	r1 := b.post(loginQuery, map[string]any{"e": "keizai@demo.pppdesk.jp", "p": "pppdesk-demo"})
	r2 := b.post(loginQuery, map[string]any{"e": "nobody@demo.pppdesk.jp", "p": "pppdesk-demo"})
	if r1.code() != "UNAUTHENTICATED" || len(r1.Errors) != 1 || len(r2.Errors) != 1 || r1.Errors[0].Message != r2.Errors[0].Message {
		t.Fatalf("disabled vs unknown account answers differ:\n%s\n%s", r1.Raw, r2.Raw)
	}
}

// Keys differing only in letter case are different keys (as on SQLite, so on MariaDB, whose
// default collation would fold them together).
func TestReview3IdempotencyKeysAreCaseSensitive(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	p1 := e.login("proposer1@demo.pppdesk.jp")
	create := func(title, key string) response {
		in := proposalInput("FREE", nil)
		in["title"] = title
		return e.post(createProposal, map[string]any{"in": in}, as(p1, "Idempotency-Key", key)...)
	}
	a := create("大文字の鍵", "Key-Case")
	b := create("小文字の鍵", "key-case")
	if len(a.Errors) > 0 || len(b.Errors) > 0 {
		t.Fatalf("keys differing in case:\n%s\n%s", a.Raw, b.Raw)
	}
	if get(a.Data, "createProposal", "proposal", "id") == get(b.Data, "createProposal", "proposal", "id") {
		t.Fatalf("two keys answered one proposal: %s", b.Raw)
	}
}
