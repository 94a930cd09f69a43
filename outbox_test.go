package pppdesk_test

import (
	"context"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/pppdesk/pppdesk"
	"github.com/pppdesk/pppdesk/auth"
	"github.com/pppdesk/pppdesk/demo"
	"github.com/pppdesk/pppdesk/notify"
)

// TestOutboxRunsWithServer: the server's outbox loop delivers what a mutation committed
// without anyone calling DeliverWebhooks, OutboxStats sees the row wait and leave, and the
// loop ends with its context.
func TestOutboxRunsWithServer(t *testing.T) {
	rc := &receiver{status: 204}
	hook := httptest.NewServer(rc)
	defer hook.Close()
	e := newEnvOpts(t, func(c *pppdesk.Config) { allowPrivateWebhooks(c); c.OutboxInterval = time.Millisecond })
	desk := e.login("desk@demo.pppdesk.jp")
	e.ok(`mutation($in: WebhookInput!) { registerWebhook(input: $in) { id } }`,
		map[string]any{"in": map[string]any{"url": hook.URL + "/hook", "events": []any{"CONTENT_UNPUBLISHED"}, "secret": "receiver-secret-123"}}, desk...)
	caseID := nodeField(edges(e.ok(`{ caseStudies(first: 1) { edges { node { id } } } }`, nil), "caseStudies")[0], "id")
	e.ok(`mutation($id: ID!) { unpublish(id: $id) { id } }`, map[string]any{"id": caseID}, desk...)
	ctx := context.Background()
	if depth, _, failures, err := e.srv.OutboxStats(ctx); err != nil || depth != 1 || failures != 0 {
		t.Fatalf("queued: depth %d failures %d %v", depth, failures, err)
	}

	run, stop := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() { defer close(done); e.srv.RunOutbox(run) }()
	for failsafe := time.Now().Add(time.Minute); ; time.Sleep(time.Millisecond) {
		depth, _, _, err := e.srv.OutboxStats(ctx)
		must(t, err)
		if depth == 0 {
			break
		}
		if time.Now().After(failsafe) {
			t.Fatal("the outbox loop never delivered")
		}
	}
	stop()
	<-done
	rc.mu.Lock()
	defer rc.mu.Unlock()
	if len(rc.got) != 1 || rc.got[0]["event"] != "CONTENT_UNPUBLISHED" || !rc.sigOK[0] {
		t.Fatalf("received %v %v", rc.got, rc.sigOK)
	}
}

// TestMailSurvivesRestart: a mutation's mails are committed with it, not held by the
// process: the server is dropped before sending them, a new server on the same database
// sends each exactly once (one Message-ID each), and the old one finds nothing left.
func TestMailSurvivesRestart(t *testing.T) {
	before := &notify.Recorder{}
	e := newEnvWith(t, before)
	p1 := e.login("proposer1@demo.pppdesk.jp")
	id := get(e.ok(createProposal, map[string]any{"in": proposalInput("FREE", nil)}, p1...), "createProposal", "proposal", "id")
	e.ok(`mutation($id: ID!) { submitProposal(id: $id, acceptTerms: true) { proposal { id } } }`, map[string]any{"id": id}, p1...)

	after := &notify.Recorder{}
	restarted, err := pppdesk.New(pppdesk.Config{Store: e.st, DefaultMunicipality: demo.Slug, Now: e.clock, Secret: []byte(testSecret), Auth: auth.Config{Params: cheapParams}, Mailer: after})
	must(t, err)
	restarted.WaitForNotifications()
	e.srv.WaitForNotifications()
	if n := len(before.Messages()); n != 0 {
		t.Fatalf("the dropped server sent %d mails", n)
	}
	ids := map[string]int{}
	for _, m := range after.Messages() {
		ids[m.ID]++
	}
	if len(after.Messages()) < 2 || len(ids) != len(after.Messages()) || ids[""] != 0 {
		t.Fatalf("after restart: %d mails, ids %v", len(after.Messages()), ids)
	}
}
