package pppdesk_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"github.com/pppdesk/pppdesk"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"

	"github.com/uptrace/bun"

	"github.com/pppdesk/pppdesk/model"
)

// count counts rows of a model matching column = value pairs.
func (e *env) count(m any, kv ...any) int {
	e.t.Helper()
	q := e.st.DB.NewSelect().Model(m)
	for i := 0; i+1 < len(kv); i += 2 {
		q = q.Where("? = ?", bunIdent(kv[i].(string)), kv[i+1])
	}
	n, err := q.Count(context.Background())
	if err != nil {
		e.t.Fatal(err)
	}
	return int(n)
}

// concurrently sends the same request from n goroutines at once and answers the error codes
// ("ok" for success).
func (e *env) concurrently(n int, query string, vars map[string]any, headers ...string) map[string]int {
	e.t.Helper()
	var mu sync.Mutex
	codes := map[string]int{}
	var wg sync.WaitGroup
	start := make(chan struct{})
	for range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			r := e.post(query, vars, headers...)
			c := r.code()
			if c == "" {
				c = "ok"
			}
			mu.Lock()
			codes[c]++
			mu.Unlock()
		}()
	}
	close(start)
	wg.Wait()
	return codes
}

// draftCase inserts a complete draft case study and answers it.
func (e *env) draftCase(title string) *model.CaseStudy {
	c := &model.CaseStudy{MunicipalityID: e.mid("aomori"), Title: title, Summary: "概要", Locality: "青森市", Category: model.CaseOther,
		Publishing: model.Publishing{PublicationState: model.StateDraft, Version: 1}, Stamps: stamps(testNow)}
	e.insert(c)
	return c
}

// hookFor registers a loopback webhook endpoint for content events.
func (e *env) hookFor(desk []string) {
	e.ok(`mutation { registerWebhook(input: {url: "http://127.0.0.1:9/hook", events: [CONTENT_PUBLISHED, CONTENT_CHANGED, CONTENT_UNPUBLISHED], secret: "0123456789abcdef"}) { id } }`, nil, desk...)
}

const publishMutation = `mutation($id: ID!) { publish(id: $id) { id } }`

// TestConcurrentPublishOneWins: publishing one draft from many clients at once publishes it
// once: one answer succeeds, the others are CONFLICT, and there is exactly one revision, one
// audit entry and one queued webhook delivery.
func TestConcurrentPublishOneWins(t *testing.T) {
	t.Parallel()
	e := newEnvOpts(t, func(c *pppdesk.Config) { c.WebhookAllowPrivate = true }) // a loopback receiver
	desk := e.login("desk@demo.pppdesk.jp")
	e.hookFor(desk)
	c := e.draftCase("同時に公開する事例")
	codes := e.concurrently(8, publishMutation, map[string]any{"id": c.GetID()}, desk...)
	if codes["ok"] != 1 || codes["CONFLICT"] != 7 {
		t.Fatalf("answers: %v, want one ok and 7 CONFLICT", codes)
	}
	if n := e.count((*model.Revision)(nil), "owner_type", model.OwnerCaseStudy, "owner_id", c.ID); n != 1 {
		t.Errorf("revisions: %d, want 1", n)
	}
	if n := e.count((*model.AuditEntry)(nil), "action", "content.published", "target_id", c.ID); n != 1 {
		t.Errorf("audit entries: %d, want 1", n)
	}
	if n := e.count((*model.WebhookDelivery)(nil), "event", string(model.WebhookEventContentPublished)); n != 1 {
		t.Errorf("queued deliveries: %d, want 1", n)
	}
	// Publishing what is already published is refused as well, one at a time.
	e.fails("CONFLICT", publishMutation, map[string]any{"id": c.GetID()}, desk...)
}

// TestConcurrentAssignOneWins: assigning one proposal to the same department from many
// clients at once assigns it once, with one history entry; a decision and an assignment
// racing never leave ASSIGN after DECIDE in the history.
func TestConcurrentAssignOneWins(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	desk, p1 := e.login("desk@demo.pppdesk.jp"), e.login("proposer1@demo.pppdesk.jp")
	deps := e.departmentIDs()
	submitted := func() string {
		id := get(e.ok(createProposal, map[string]any{"in": proposalInput("FREE", nil)}, p1...), "createProposal", "proposal", "id").(string)
		e.ok(`mutation($id: ID!) { submitProposal(id: $id, acceptTerms: true) { proposal { id } } }`, map[string]any{"id": id}, p1...)
		return id
	}
	assign := `mutation($id: ID!, $d: [ID!]!) { assignProposal(id: $id, departmentIds: $d) { proposal { id } } }`
	events := func(id, action string) int {
		_, n, _ := model.ParseGlobalID(id)
		return e.count((*model.ProposalEvent)(nil), "proposal_id", n, "action", action)
	}
	for _, start := range []string{"SUBMITTED", "IN_DIALOGUE"} {
		t.Run(start, func(t *testing.T) {
			id := submitted()
			if start == "IN_DIALOGUE" {
				e.ok(assign, map[string]any{"id": id, "d": []any{deps["環境部"]}}, desk...)
			}
			before := events(id, "ASSIGN")
			codes := e.concurrently(6, assign, map[string]any{"id": id, "d": []any{deps["経済部"]}}, desk...)
			if codes["ok"] != 1 || codes["CONFLICT"] != 5 {
				t.Fatalf("answers: %v, want one ok and 5 CONFLICT", codes)
			}
			if n := events(id, "ASSIGN") - before; n != 1 {
				t.Errorf("ASSIGN history entries: %d, want 1", n)
			}
			_, n, _ := model.ParseGlobalID(id)
			if c := e.count((*model.ProposalAssignment)(nil), "proposal_id", n); c != map[string]int{"SUBMITTED": 1, "IN_DIALOGUE": 2}[start] {
				t.Errorf("assignments: %d", c)
			}
		})
	}
	t.Run("decide races assign", func(t *testing.T) {
		for range 5 {
			id := submitted()
			e.ok(assign, map[string]any{"id": id, "d": []any{deps["環境部"]}}, desk...)
			var wg sync.WaitGroup
			wg.Add(2)
			go func() {
				defer wg.Done()
				e.post(`mutation($id: ID!) { decideProposal(id: $id, decision: DECLINED, reason: "見送り") { proposal { id } } }`, map[string]any{"id": id}, desk...)
			}()
			go func() {
				defer wg.Done()
				e.post(assign, map[string]any{"id": id, "d": []any{deps["経済部"]}}, desk...)
			}()
			wg.Wait()
			d := e.ok(`query($id: ID!) { proposal(id: $id) { history { action } } }`, map[string]any{"id": id}, desk...)
			decided := false
			for _, h := range get(d, "proposal", "history").([]any) {
				switch get(h, "action") {
				case "DECIDE":
					decided = true
				case "ASSIGN":
					if decided {
						t.Fatalf("ASSIGN after DECIDE: %v", d)
					}
				}
			}
		}
	})
}

// TestPublishAllOrNothing: a publication whose client disconnects halfway commits entirely,
// and one that fails halfway leaves nothing behind: no state change, revision, audit entry or
// queued webhook delivery without the others.
func TestPublishAllOrNothing(t *testing.T) {
	t.Parallel()
	e := newEnvOpts(t, func(c *pppdesk.Config) { c.WebhookAllowPrivate = true }) // a loopback receiver
	desk := e.login("desk@demo.pppdesk.jp")
	e.hookFor(desk)
	state := func(c *model.CaseStudy) (string, int, int, int) {
		var row model.CaseStudy
		if err := e.st.DB.NewSelect().Model(&row).Where("id = ?", c.ID).Scan(context.Background()); err != nil {
			t.Fatal(err)
		}
		return string(row.PublicationState),
			e.count((*model.Revision)(nil), "owner_type", model.OwnerCaseStudy, "owner_id", c.ID),
			e.count((*model.AuditEntry)(nil), "action", "content.published", "target_id", c.ID),
			e.count((*model.WebhookDelivery)(nil), "event", string(model.WebhookEventContentPublished))
	}
	publish := func(c *model.CaseStudy, ctx context.Context) {
		body, _ := json.Marshal(map[string]any{"query": publishMutation, "variables": map[string]any{"id": c.GetID()}})
		req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body)).WithContext(ctx)
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set(desk[0], desk[1])
		e.srv.ServeHTTP(httptest.NewRecorder(), req)
	}

	// The client goes away right after the revision is written: the rest still commits.
	gone := e.draftCase("切断される公開")
	ctx, cancel := context.WithCancel(context.Background())
	e.st.StepHook = func(context.Context, string) error { cancel(); return nil }
	publish(gone, ctx)
	e.st.StepHook = nil
	if s, revs, audits, deliveries := state(gone); s != "PUBLISHED" || revs != 1 || audits != 1 || deliveries != 1 {
		t.Errorf("after a disconnect: state %s, %d revisions, %d audit entries, %d deliveries; want all of it", s, revs, audits, deliveries)
	}

	// A failure right after the revision is written: nothing of it stays.
	failed := e.draftCase("失敗する公開")
	e.st.StepHook = func(context.Context, string) error { return errors.New("injected failure") }
	publish(failed, context.Background())
	e.st.StepHook = nil
	if s, revs, audits, _ := state(failed); s != "DRAFT" || revs != 0 || audits != 0 {
		t.Errorf("after a failure: state %s, %d revisions, %d audit entries; want none of it", s, revs, audits)
	}
	if n := e.count((*model.WebhookDelivery)(nil), "event", string(model.WebhookEventContentPublished)); n != 1 {
		t.Errorf("deliveries: %d, want only the first publication's", n)
	}
}

// TestDepartmentLiveContent: a department's change to its published challenge waits as a
// pending revision until the desk publishes it; the department cannot delete it; the desk
// can do both.
func TestDepartmentLiveContent(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	desk, keizai := e.login("desk@demo.pppdesk.jp"), e.login("keizai@demo.pppdesk.jp")
	deps := e.departmentIDs()
	_, shoko, _ := model.ParseGlobalID(deps["商工政策課"])
	c := &model.Challenge{MunicipalityID: e.mid("aomori"), Title: "公開中の課題", Background: "背景", DesiredOutcome: "成果", DepartmentID: &shoko,
		Publishing: published(testNow), Stamps: stamps(testNow)}
	e.insert(c)
	read := func() string {
		return get(e.ok(`query($id: ID!) { challenge(id: $id) { title } }`, map[string]any{"id": c.GetID()}), "challenge", "title").(string)
	}
	update := `mutation($id: ID!, $t: String!, $v: Int!) { updateChallenge(id: $id, input: {title: $t}, version: $v) { title version publicationState } }`
	d := e.ok(update, map[string]any{"id": c.GetID(), "t": "課が直した題", "v": 1}, keizai...)
	if get(d, "updateChallenge", "title") != "公開中の課題" || read() != "公開中の課題" {
		t.Fatalf("a department changed live content: %v, public reads %q", d, read())
	}
	for _, who := range [][]string{desk, keizai} {
		revs := e.ok(`query($id: ID!) { revisions(id: $id) { number pending data } }`, map[string]any{"id": c.GetID()}, who...)["revisions"].([]any)
		if len(revs) != 1 || get(revs[0], "pending") != true {
			t.Fatalf("the pending revision is not visible: %v", revs)
		}
	}
	// Another department sees the published challenge but not its revisions.
	e.fails("FORBIDDEN", `query($id: ID!) { revisions(id: $id) { number } }`, map[string]any{"id": c.GetID()}, e.login("kankyo@demo.pppdesk.jp")...)
	// Lists are not part of a revision: the department is told to ask the desk.
	e.fails("BAD_USER_INPUT", `mutation($id: ID!) { updateChallenge(id: $id, input: {tags: ["x"]}, version: 1) { id } }`, map[string]any{"id": c.GetID()}, keizai...)
	// Deleting live content is the desk's.
	e.fails("FORBIDDEN", `mutation($id: ID!) { deleteChallenge(id: $id) }`, map[string]any{"id": c.GetID()}, keizai...)
	// The desk publishes the pending revision: the change goes live, once.
	d = e.ok(`mutation($id: ID!) { publish(id: $id) { ... on Challenge { title publicationState } } }`, map[string]any{"id": c.GetID()}, desk...)
	if get(d, "publish", "title") != "課が直した題" || read() != "課が直した題" {
		t.Fatalf("publish did not apply the pending revision: %v", d)
	}
	revs := e.ok(`query($id: ID!) { revisions(id: $id) { number pending } }`, map[string]any{"id": c.GetID()}, desk...)["revisions"].([]any)
	if len(revs) != 2 || get(revs[0], "pending") != false || get(revs[1], "pending") != false {
		t.Fatalf("revisions after publishing: %v", revs)
	}
	e.fails("CONFLICT", publishMutation, map[string]any{"id": c.GetID()}, desk...)
	// The desk changes live content directly and may delete it.
	d = e.ok(update, map[string]any{"id": c.GetID(), "t": "デスクの題", "v": 2}, desk...)
	if get(d, "updateChallenge", "title") != "デスクの題" || read() != "デスクの題" {
		t.Fatalf("desk update: %v", d)
	}
	e.ok(`mutation($id: ID!) { deleteChallenge(id: $id) }`, map[string]any{"id": c.GetID()}, desk...)
}

func bunIdent(s string) any { return bun.Ident(s) }
