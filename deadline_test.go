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
	for _, path := range []string{"/feeds/atom.xml", "/export/case-studies.json", "/export/case-studies.csv"} {
		t.Run(path, func(t *testing.T) {
			e := newEnvOpts(t, func(c *pppdesk.Config) { c.Limits.Timeout = 50 * time.Millisecond })
			hook := &blockingHook{match: "case_stud", released: make(chan error, 1)}
			e.st.AddHook(hook)
			code, _ := e.download(path)
			if err := <-hook.released; err != context.DeadlineExceeded {
				t.Fatalf("the SQL's context ended with %v, want the deadline", err)
			}
			if code != 503 {
				t.Fatalf("status %d, want 503 (retry later)", code)
			}
		})
	}
}
