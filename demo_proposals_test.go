package pppdesk_test

import (
	"bytes"
	"context"
	"net/http"
	"testing"

	"github.com/pppdesk/pppdesk"
	"github.com/pppdesk/pppdesk/auth"
	"github.com/pppdesk/pppdesk/demo"
	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/storage"
	"github.com/pppdesk/pppdesk/store/storetest"
)

// newDemoEnv starts a server on the demo as --demo loads it: with the sample proposals and
// their attachment in the server's file store.
func newDemoEnv(t *testing.T) (*env, storage.Storage) {
	t.Helper()
	e := &env{t: t, st: storetest.Open(t), now: testNow}
	files, err := storage.NewLocal(t.TempDir())
	must(t, err)
	created, err := demo.Load(context.Background(), e.st, e.now, cheapHash, files)
	if err != nil || !created {
		t.Fatalf("demo load: created=%v err=%v", created, err)
	}
	e.srv, err = pppdesk.New(pppdesk.Config{Store: e.st, DefaultMunicipality: demo.Slug, Now: e.clock,
		Secret: []byte(testSecret), Auth: auth.Config{Params: cheapParams}, Files: files})
	must(t, err)
	return e, files
}

const demoInbox = `{ proposals(first: 100) { edges { node { id title status organization { name } overdue unreadMessageCount
	viewerActions assignments { department { name } dueOn respondedAt } project { id } history { action reason }
	messages { internal author { kind } } attachments { fileName contentType downloadUrl } } } } }`

// TestDemoHasEveryProposalState: --demo shows the staff admin every state of the life cycle
// from both demo proposers, with dialogue, internal notes, history, an overdue and an open
// assignment to 経済部, an accepted proposal with its project, a declined one with its
// reason, and an attachment that downloads; loading again adds nothing.
func TestDemoHasEveryProposalState(t *testing.T) {
	t.Parallel()
	e, files := newDemoEnv(t)
	desk, keizai := e.login("desk@demo.pppdesk.jp"), e.login("keizai@demo.pppdesk.jp")
	p1, p2 := e.login("proposer1@demo.pppdesk.jp"), e.login("proposer2@demo.pppdesk.jp")

	states := map[string]int{}
	orgs := map[string]bool{}
	var overdue, open, accepted, declined, shared, internal int
	var download string
	for _, who := range []string{"desk", "proposer1", "proposer2"} {
		headers := map[string][]string{"desk": desk, "proposer1": p1, "proposer2": p2}[who]
		for _, edge := range edges(e.ok(demoInbox, nil, headers...), "proposals") {
			n := edge.(map[string]any)["node"].(map[string]any)
			if who != "desk" { // only its proposer sees a draft; the desk sees the rest
				if n["status"] == "DRAFT" {
					states["DRAFT"]++
				}
				continue
			}
			states[n["status"].(string)]++
			orgs[get(n, "organization", "name").(string)] = true
			if n["overdue"].(bool) {
				overdue++
			}
			for _, a := range n["assignments"].([]any) {
				if get(a, "department", "name") != "経済部" {
					t.Errorf("%s: assigned to %v", n["title"], get(a, "department", "name"))
				}
				if n["status"] == "IN_DIALOGUE" && get(a, "respondedAt") == nil && !n["overdue"].(bool) {
					open++
				}
			}
			for _, h := range n["history"].([]any) {
				if get(h, "action") == "DECIDE" && get(h, "reason") == "" {
					t.Errorf("%s: decided without a reason", n["title"])
				}
			}
			switch n["status"] {
			case "ACCEPTED":
				if n["project"] != nil {
					accepted++
				}
			case "DECLINED":
				declined++
			}
			for _, m := range n["messages"].([]any) {
				if get(m, "internal").(bool) {
					internal++
				} else {
					shared++
				}
			}
			for _, a := range n["attachments"].([]any) {
				if get(a, "contentType") != "application/pdf" {
					t.Errorf("attachment %v is %v", get(a, "fileName"), get(a, "contentType"))
				}
				download = get(a, "downloadUrl").(string)
			}
		}
	}
	for _, s := range []string{"DRAFT", "SUBMITTED", "IN_DIALOGUE", "ACCEPTED", "DECLINED", "WITHDRAWN"} {
		if states[s] == 0 {
			t.Errorf("the demo has no %s proposal", s)
		}
	}
	if states["IN_DIALOGUE"] < 2 || overdue != 1 || open != 1 {
		t.Errorf("in dialogue: %d, overdue %d, open with a future due date %d; want 2, 1, 1", states["IN_DIALOGUE"], overdue, open)
	}
	if accepted == 0 || declined == 0 {
		t.Errorf("accepted with a project: %d, declined: %d", accepted, declined)
	}
	if len(orgs) != 2 {
		t.Errorf("proposals from %d organizations, want both demo proposers", len(orgs))
	}
	if shared == 0 || internal == 0 {
		t.Errorf("dialogue messages %d, internal notes %d", shared, internal)
	}
	// The desk has unread messages and an overdue assignment in its inbox.
	d := e.ok(`{ proposals(first: 100, filter: {needsAttention: true}) { totalCount } }`, nil, desk...)
	if get(d, "proposals", "totalCount").(float64) == 0 {
		t.Errorf("nothing needs the desk's attention in the demo")
	}
	// 経済部 has its assignments to answer.
	var respond int
	for _, edge := range edges(e.ok(demoInbox, nil, keizai...), "proposals") {
		for _, a := range nodeField(edge, "viewerActions").([]any) {
			if a == "RESPOND" {
				respond++
			}
		}
	}
	if respond != 2 {
		t.Errorf("経済部 may answer %d proposals, want 2", respond)
	}
	// The attachment is stored and downloads with the proposal's rights.
	if download == "" {
		t.Fatal("the demo has no attachment")
	}
	code, body := e.download(download, p1...)
	if code != http.StatusOK || !bytes.HasPrefix(body, []byte("%PDF-")) {
		t.Errorf("download as its proposer: %d %q", code, body)
	}
	if code, _ := e.download(download, p2...); code == http.StatusOK {
		t.Errorf("the other proposer downloads the attachment")
	}
	// Loading again adds nothing.
	count := func() int64 {
		n, err := e.st.DB.NewSelect().Model((*model.Proposal)(nil)).Count(context.Background())
		must(t, err)
		return int64(n)
	}
	before := count()
	created, err := demo.Load(context.Background(), e.st, testNow, cheapHash, files)
	if err != nil || created || count() != before {
		t.Errorf("second load: created=%v err=%v, proposals %d → %d", created, err, before, count())
	}
}
