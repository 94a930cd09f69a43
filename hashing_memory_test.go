package pppdesk_test

import (
	"context"
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/alexedwards/argon2id"

	"github.com/pppdesk/pppdesk"
	"github.com/pppdesk/pppdesk/auth"
	"github.com/pppdesk/pppdesk/demo"
	"github.com/pppdesk/pppdesk/model"
)

// setHash stores a password hash for a demo account as it is.
func (e *env) setHash(email, hash string) {
	e.t.Helper()
	if _, err := e.st.DB.NewUpdate().Model((*model.User)(nil)).Set("password_hash = ?", hash).Where("email = ?", email).Exec(context.Background()); err != nil {
		e.t.Fatal(err)
	}
}

// hashOf answers the stored password hash of an account.
func (e *env) hashOf(email string) string {
	e.t.Helper()
	var h string
	if err := e.st.DB.NewSelect().Model((*model.User)(nil)).Column("password_hash").Where("email = ?", email).Scan(context.Background(), &h); err != nil {
		e.t.Fatal(err)
	}
	return h
}

// A hash made with older parameters still signs in, and is replaced by one with the server's
// parameters at that sign-in; a stored hash with parameters beyond the ceiling signs nobody in
// and answers like a wrong password, without the server computing it.
func TestHashParametersOnLogin(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	const email = "keizai@demo.pppdesk.jp"
	older := &argon2id.Params{Memory: 2048, Iterations: 1, Parallelism: 4, SaltLength: 16, KeyLength: 32}
	old, err := argon2id.CreateHash(demo.Password, older)
	if err != nil {
		t.Fatal(err)
	}
	e.setHash(email, old)
	e.login(email)
	now := e.hashOf(email)
	if now == old || !strings.Contains(now, fmt.Sprintf("m=%d,t=%d,p=%d", cheapParams.Memory, cheapParams.Iterations, cheapParams.Parallelism)) {
		t.Fatalf("hash after signing in with older parameters: %s", now)
	}
	if ok, err := argon2id.ComparePasswordAndHash(demo.Password, now); err != nil || !ok {
		t.Fatalf("rehashed password does not verify: %v %v", ok, err)
	}
	e.login(email)

	e.setHash(email, "$argon2id$v=19$m=4194304,t=1,p=1$c29tZXNhbHRzb21lc2FsdA$c29tZWtleXNvbWVrZXlzb21la2V5c29tZWtleTEy")
	unsafe := e.post(loginQuery, map[string]any{"e": email, "p": demo.Password})
	wrong := e.post(loginQuery, map[string]any{"e": "nobody@demo.pppdesk.jp", "p": demo.Password})
	if unsafe.code() != "UNAUTHENTICATED" || len(unsafe.Errors) != 1 || len(wrong.Errors) != 1 || unsafe.Errors[0].Message != wrong.Errors[0].Message {
		t.Fatalf("unsafe hash: %s, unknown account: %s", unsafe.Raw, wrong.Raw)
	}
}

// procStatus answers a /proc/self/status field in MiB (0 where there is none).
func procStatus(field string) float64 {
	b, _ := os.ReadFile("/proc/self/status")
	for line := range strings.SplitSeq(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, field+":"); ok {
			kb, _ := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 64)
			return kb / 1024
		}
	}
	return 0
}

// BenchmarkLoginMemory measures the process's resident memory while 16 sign-ins run at once,
// each account's hash made with the parameters under test: "before" is the library's
// default (64 MiB, t=1) that earlier versions used, "after" auth.DefaultParams. Run one at a
// time, so the other's freed heap does not count:
//
//	go test -run '^$' -bench 'LoginMemory/before' -benchtime 1x .
//	go test -run '^$' -bench 'LoginMemory/after' -benchtime 1x .
//
// It reports the peak RSS during the sign-ins and the RSS after them (Linux); there are no
// assertions.
func BenchmarkLoginMemory(b *testing.B) {
	for _, c := range []struct {
		name   string
		params *argon2id.Params
	}{{"before", argon2id.DefaultParams}, {"after", auth.DefaultParams}} {
		b.Run(c.name, func(b *testing.B) {
			e := newEnvOpts(b, func(cfg *pppdesk.Config) { cfg.Auth.Params = c.params })
			var accounts []string
			if err := e.st.DB.NewSelect().Model((*model.User)(nil)).Column("email").Where("disabled = ?", false).Order("id").Limit(16).Scan(context.Background(), &accounts); err != nil {
				b.Fatal(err)
			}
			h, err := argon2id.CreateHash(demo.Password, c.params)
			if err != nil {
				b.Fatal(err)
			}
			for _, a := range accounts {
				e.setHash(a, h)
			}
			runtime.GC()
			debug.FreeOSMemory()
			base := procStatus("VmRSS")
			peak := 0.0
			for b.Loop() {
				_ = os.WriteFile("/proc/self/clear_refs", []byte("5"), 0) // resets VmHWM
				var wg sync.WaitGroup
				for i := range 16 {
					wg.Go(func() {
						r := e.postFrom(fmt.Sprintf("127.0.0.%d:1", i+1), loginQuery, map[string]any{"e": accounts[i%len(accounts)], "p": demo.Password})
						if len(r.Errors) > 0 {
							b.Error(r.Raw)
						}
					})
				}
				wg.Wait()
				peak = max(peak, procStatus("VmHWM"))
			}
			b.ReportMetric(base, "base-RSS-MiB")
			b.ReportMetric(peak, "peak-RSS-MiB")
			b.ReportMetric(procStatus("VmRSS"), "after-RSS-MiB")
		})
	}
}
