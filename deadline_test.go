package pppdesk_test

import (
	"context"
	"testing"
	"time"

	"github.com/pppdesk/pppdesk"
	"github.com/pppdesk/pppdesk/store/storetest"
)

// TestFeedsAndExportsHaveADeadline: the anonymous endpoints that read many rows stop their
// SQL at --max-duration like a GraphQL operation, instead of running as long as a client
// keeps the connection open.
func TestFeedsAndExportsHaveADeadline(t *testing.T) {
	// Serial, real time: a 50 ms deadline must only expire in the held SQL, which CPU shared with parallel tests can break.
	// A database server answers the statements before it slower than that (TiDB on busy
	// cores: over 50 ms), so there the deadline is longer; the held SQL waits it out anyway.
	deadline := 50 * time.Millisecond
	if storetest.DSN() != "" {
		deadline = 3 * time.Second
	}
	for _, path := range []string{"/feeds/atom.xml", "/export/case-studies.json", "/export/case-studies.csv"} {
		t.Run(path, func(t *testing.T) {
			e := newEnvOpts(t, func(c *pppdesk.Config) { c.Limits.Timeout = deadline })
			hook := &blockingHook{match: "case_stud", released: make(chan error, 1)}
			e.st.AddHook(hook)
			code, _ := e.download(path)
			select {
			case err := <-hook.released:
				if err != context.DeadlineExceeded {
					t.Fatalf("the SQL's context ended with %v, want the deadline", err)
				}
			default:
				// The answer is written: a held SQL would have reported by now.
				t.Fatalf("status %d before the case studies' SQL ran: the deadline expired before it", code)
			}
			if code != 503 {
				t.Fatalf("status %d, want 503 (retry later)", code)
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
