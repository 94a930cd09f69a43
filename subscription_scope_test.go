package pppdesk_test

import (
	"context"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/pppdesk/pppdesk"
	"github.com/pppdesk/pppdesk/model"
)

// TestSubscriptionEndsWhenTheScopeChanges: a department account moved to another department
// while subscribed no longer hears about its old department's proposals; the stream ends and
// a new subscription gets the scope the account has now.
func TestSubscriptionEndsWhenTheScopeChanges(t *testing.T) {
	t.Parallel()
	e := newEnvOpts(t, func(c *pppdesk.Config) { c.PollInterval = 20 * time.Millisecond })
	ts := httptest.NewServer(e.srv)
	defer ts.Close()
	p1, desk, keizai := e.login("proposer1@demo.pppdesk.jp"), e.login("desk@demo.pppdesk.jp"), e.login("keizai@demo.pppdesk.jp")
	keizaiDept := e.departmentIDs()["経済部"]
	assigned := func() any {
		id := get(e.ok(createProposal, map[string]any{"in": proposalInput("FREE", nil)}, p1...), "createProposal", "proposal", "id")
		e.ok(`mutation($id: ID!) { submitProposal(id: $id, acceptTerms: true) { proposal { id } } }`, map[string]any{"id": id}, p1...)
		e.ok(`mutation($id: ID!, $d: [ID!]!) { assignProposal(id: $id, departmentIds: $d) { proposal { id } } }`,
			map[string]any{"id": id, "d": []any{keizaiDept}}, desk...)
		return id
	}
	c, ctx := subscribe(t, ts.URL, keizai, `subscription { proposalEvents { proposal { id } event { action } } }`, nil)
	msgs := subscriptionReader(ctx, c)
	var id any
	for live := false; !live; {
		id = assigned()
		select {
		case m, ok := <-msgs:
			if !ok || m.Type != "next" {
				t.Fatalf("subscription: %s %s", m.Type, m.Payload)
			}
			live = true
		case <-time.After(200 * time.Millisecond):
		case <-ctx.Done():
			t.Fatal("subscription never delivered")
		}
	}
	_, other, _ := model.ParseGlobalID(e.departmentIDs()["環境部"])
	if _, err := e.st.DB.NewUpdate().Model((*model.User)(nil)).Set("department_id = ?", other).
		Where("email = ?", "keizai@demo.pppdesk.jp").Exec(context.Background()); err != nil {
		t.Fatal(err)
	}
	e.ok(`mutation($id: ID!) { decideProposal(id: $id, decision: ACCEPTED, reason: "採択します") { proposal { id } } }`, map[string]any{"id": id}, desk...)
	// Events from before the move may still be on their way; the decision must not come.
	for {
		m, ok := <-msgs
		if !ok {
			t.Fatal("the stream closed without an error")
		}
		if m.Type == "error" {
			if !strings.Contains(string(m.Payload), "UNAUTHENTICATED") {
				t.Fatalf("after the move: %s", m.Payload)
			}
			return
		}
		if m.Type == "next" && actionOf(t, m) == "DECIDE" {
			t.Fatalf("the moved account still heard the decision: %s", m.Payload)
		}
	}
}
