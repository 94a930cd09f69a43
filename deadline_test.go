package pppdesk_test

import (
	"context"
	"testing"
	"time"

	"github.com/pppdesk/pppdesk"
)

// TestFeedsAndExportsHaveADeadline: the anonymous endpoints that read many rows stop their
// SQL at --max-duration like a GraphQL operation, instead of running as long as a client
// keeps the connection open.
func TestFeedsAndExportsHaveADeadline(t *testing.T) {
	t.Parallel()
	for _, path := range []string{"/feeds/atom.xml", "/export/case-studies.json", "/export/case-studies.csv"} {
		t.Run(path, func(t *testing.T) {
			err := untilHeldBeforeDeadline(t, func(timeout time.Duration, hook *blockingHook) {
				e := newEnvOpts(t, func(c *pppdesk.Config) { c.Limits.Timeout = timeout })
				e.st.AddHook(hook)
				var code int
				within(t, path, func() { code, _ = e.download(path) })
				if code != 503 {
					t.Fatalf("status %d, want 503 (retry later)", code)
				}
			})
			if err != context.DeadlineExceeded {
				t.Fatalf("the SQL's context ended with %v, want the deadline", err)
			}
		})
	}
}

// TestConcurrentStaffAccountsOfOneEmail: creations of one email at once pass the store's
// existence check together; the unique index decides, and the losers answer exactly like a
// later duplicate (BAD_USER_INPUT naming input.email), not a generic CONFLICT.
func TestConcurrentStaffAccountsOfOneEmail(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	desk := e.login("desk@demo.pppdesk.jp")
	create := `mutation($in: StaffAccountInput!) { createStaffAccount(input: $in) { id } }`
	in := map[string]any{"in": map[string]any{"email": "twice@example.jp", "displayName": "二重", "role": "DESK", "password": "twice password"}}
	codes := e.concurrently(6, create, in, desk...)
	if codes["ok"] != 1 || codes["BAD_USER_INPUT"] != 5 {
		t.Fatalf("answers: %v, want one ok and 5 BAD_USER_INPUT", codes)
	}
}
