package pppdesk_test

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/pppdesk/pppdesk/model"
)

// raceCase is one mutation sent identically from many clients at once.
type raceCase struct {
	name  string
	query string
	// setup prepares the row and answers the variables and the caller's headers.
	setup func(e *env) (map[string]any, []string)
	// gone is the answer for the losers when the winner made the row disappear (a
	// deleted row is NOT_FOUND, as it is when deleted twice one after the other).
	gone bool
	// same lets a racer that comes after the winner succeed without doing anything: the
	// row is already in the wanted state (a repeated closeInquiry or disableAccount).
	same bool
	// effects counts what one change must leave exactly once.
	effects func(e *env, vars map[string]any) map[string]int
}

func rowOf(id any) int64 {
	_, n, _ := model.ParseGlobalID(id.(string))
	return n
}

// TestReview2ConcurrentIdenticalMutations: the same mutation sent from many clients at once
// answers one success and CONFLICT for the rest (never INTERNAL), and leaves one history
// entry, audit entry or revision for the one change.
func TestReview2ConcurrentIdenticalMutations(t *testing.T) {
	t.Parallel()
	const n = 6
	submit := `mutation($id: ID!) { submitProposal(id: $id, acceptTerms: true) { proposal { id } } }`
	newProposal := func(e *env, p1 []string, submitted bool) string {
		id := get(e.ok(createProposal, map[string]any{"in": proposalInput("FREE", nil)}, p1...), "createProposal", "proposal", "id").(string)
		if submitted {
			e.ok(submit, map[string]any{"id": id}, p1...)
		}
		return id
	}
	events := func(action string) func(e *env, vars map[string]any) map[string]int {
		return func(e *env, vars map[string]any) map[string]int {
			return map[string]int{action: e.count((*model.ProposalEvent)(nil), "proposal_id", rowOf(vars["id"]), "action", action)}
		}
	}
	audits := func(action string) func(e *env, vars map[string]any) map[string]int {
		return func(e *env, vars map[string]any) map[string]int {
			return map[string]int{action: e.count((*model.AuditEntry)(nil), "action", action, "target_id", rowOf(vars["id"]))}
		}
	}
	cases := []raceCase{
		{name: "submit", query: submit, setup: func(e *env) (map[string]any, []string) {
			p1 := e.login("proposer1@demo.pppdesk.jp")
			return map[string]any{"id": newProposal(e, p1, false)}, p1
		}, effects: events("SUBMIT")},
		{name: "withdraw", query: `mutation($id: ID!) { withdrawProposal(id: $id) { proposal { id } } }`, setup: func(e *env) (map[string]any, []string) {
			p1 := e.login("proposer1@demo.pppdesk.jp")
			return map[string]any{"id": newProposal(e, p1, true)}, p1
		}, effects: events("WITHDRAW")},
		{name: "decide", query: `mutation($id: ID!) { decideProposal(id: $id, decision: ACCEPTED, reason: "良い") { proposal { id } } }`,
			setup: func(e *env) (map[string]any, []string) {
				p1 := e.login("proposer1@demo.pppdesk.jp")
				return map[string]any{"id": newProposal(e, p1, true)}, e.login("desk@demo.pppdesk.jp")
			}, effects: events("DECIDE")},
		{name: "link new project", query: `mutation($id: ID!) { linkProposalOutcome(id: $id, newProject: {kind: DEMONSTRATION}) { proposal { id } } }`,
			setup: func(e *env) (map[string]any, []string) {
				p1, desk := e.login("proposer1@demo.pppdesk.jp"), e.login("desk@demo.pppdesk.jp")
				id := newProposal(e, p1, true)
				e.ok(`mutation($id: ID!) { decideProposal(id: $id, decision: ACCEPTED, reason: "良い") { proposal { id } } }`, map[string]any{"id": id}, desk...)
				return map[string]any{"id": id}, desk
			}, effects: func(e *env, vars map[string]any) map[string]int {
				return map[string]int{"LINK": e.count((*model.ProposalEvent)(nil), "proposal_id", rowOf(vars["id"]), "action", "LINK"),
					"projects": e.count((*model.Project)(nil), "origin_proposal_id", rowOf(vars["id"]))}
			}},
		{name: "respond", query: `mutation($id: ID!) { respondToAssignment(id: $id, opinion: "実施可能", feasible: true) { proposal { id } } }`,
			setup: func(e *env) (map[string]any, []string) {
				p1, desk := e.login("proposer1@demo.pppdesk.jp"), e.login("desk@demo.pppdesk.jp")
				id := newProposal(e, p1, true)
				e.ok(`mutation($id: ID!, $d: [ID!]!) { assignProposal(id: $id, departmentIds: $d) { proposal { id } } }`,
					map[string]any{"id": id, "d": []any{e.departmentIDs()["経済部"]}}, desk...)
				return map[string]any{"id": id}, e.login("keizai@demo.pppdesk.jp")
			}, same: true, effects: events("RESPOND")},
		{name: "restoreRevision", query: `mutation($id: ID!) { restoreRevision(id: $id) { id } }`, setup: func(e *env) (map[string]any, []string) {
			desk := e.login("desk@demo.pppdesk.jp")
			d := e.ok(`mutation { createCaseStudy(input: {title: "版を戻す事例", summary: "概要", locality: "青森市"}) { id } }`, nil, desk...)
			id := get(d, "createCaseStudy", "id")
			e.ok(`mutation($id: ID!) { updateCaseStudy(id: $id, input: {title: "新しい題"}, version: 1) { id } }`, map[string]any{"id": id}, desk...)
			revs := e.ok(`query($id: ID!) { revisions(id: $id) { id number } }`, map[string]any{"id": id}, desk...)["revisions"].([]any)
			first := get(revs[len(revs)-1], "id")
			return map[string]any{"id": first, "content": id}, desk
		}, same: true, effects: func(e *env, vars map[string]any) map[string]int {
			return map[string]int{"content.restore": e.count((*model.AuditEntry)(nil), "action", "content.restore", "target_id", rowOf(vars["content"]))}
		}},
		{name: "link existing project", query: `mutation($id: ID!, $p: ID!) { linkProposalOutcome(id: $id, projectId: $p) { proposal { id } } }`,
			setup: func(e *env) (map[string]any, []string) {
				p1, desk := e.login("proposer1@demo.pppdesk.jp"), e.login("desk@demo.pppdesk.jp")
				id := newProposal(e, p1, true)
				e.ok(`mutation($id: ID!) { decideProposal(id: $id, decision: ACCEPTED, reason: "良い") { proposal { id } } }`, map[string]any{"id": id}, desk...)
				pr := nodeField(edges(e.ok(`{ projects(first: 1) { edges { node { id } } } }`, nil), "projects")[0], "id")
				return map[string]any{"id": id, "p": pr}, desk
			}, same: true, effects: events("LINK")},
		{name: "deleteDepartment", query: `mutation($id: ID!) { deleteDepartment(id: $id) }`, setup: func(e *env) (map[string]any, []string) {
			desk := e.login("desk@demo.pppdesk.jp")
			d := e.ok(`mutation { createDepartment(input: {name: "消す課"}) { id } }`, nil, desk...)
			return map[string]any{"id": get(d, "createDepartment", "id")}, desk
		}, gone: true, effects: audits("department.delete")},
		{name: "updateDepartment same version", query: `mutation($id: ID!) { updateDepartment(id: $id, input: {name: "改名"}, version: 1) { id } }`,
			setup: func(e *env) (map[string]any, []string) {
				desk := e.login("desk@demo.pppdesk.jp")
				d := e.ok(`mutation { createDepartment(input: {name: "名を変える課"}) { id } }`, nil, desk...)
				return map[string]any{"id": get(d, "createDepartment", "id")}, desk
			}, effects: func(e *env, vars map[string]any) map[string]int {
				// department.save records the creation and then the one update.
				return map[string]int{"updates": e.count((*model.AuditEntry)(nil), "action", "department.save", "target_id", rowOf(vars["id"])) - 1}
			}},
		{name: "unpublish", query: `mutation($id: ID!) { unpublish(id: $id) { id } }`, setup: func(e *env) (map[string]any, []string) {
			desk := e.login("desk@demo.pppdesk.jp")
			c := e.draftCase("公開して取り消す事例")
			e.ok(publishMutation, map[string]any{"id": c.GetID()}, desk...)
			return map[string]any{"id": c.GetID()}, desk
		}, effects: audits("content.draft")},
		{name: "archive", query: `mutation($id: ID!) { archive(id: $id) { id } }`, setup: func(e *env) (map[string]any, []string) {
			desk := e.login("desk@demo.pppdesk.jp")
			c := e.draftCase("アーカイブする事例")
			e.ok(publishMutation, map[string]any{"id": c.GetID()}, desk...)
			return map[string]any{"id": c.GetID()}, desk
		}, effects: audits("content.archived")},
		{name: "delete", query: `mutation($id: ID!) { deleteCaseStudy(id: $id) }`, setup: func(e *env) (map[string]any, []string) {
			return map[string]any{"id": e.draftCase("消す事例").GetID()}, e.login("desk@demo.pppdesk.jp")
		}, gone: true, effects: audits("content.delete")},
		{name: "restoreDeleted", query: `mutation($id: ID!) { restoreDeleted(id: $id) { id } }`, setup: func(e *env) (map[string]any, []string) {
			desk := e.login("desk@demo.pppdesk.jp")
			id := e.draftCase("戻す事例").GetID()
			e.ok(`mutation($id: ID!) { deleteCaseStudy(id: $id) }`, map[string]any{"id": id}, desk...)
			return map[string]any{"id": id}, desk
		}, gone: true, effects: audits("content.restoreDeleted")},
		{name: "update same version", query: `mutation($id: ID!) { updateCaseStudy(id: $id, input: {title: "同じ版から"}, version: 1) { id } }`,
			setup: func(e *env) (map[string]any, []string) {
				return map[string]any{"id": e.draftCase("直す事例").GetID()}, e.login("desk@demo.pppdesk.jp")
			}, effects: audits("content.update")},
		{name: "closeInquiry", query: `mutation($id: ID!) { closeInquiry(id: $id) { status } }`, setup: func(e *env) (map[string]any, []string) {
			desk := e.login("desk@demo.pppdesk.jp")
			e.ok(`mutation { submitInquiry(input: {name: "市民", email: "c@example.jp", subject: "件名", body: "内容"}) }`, nil)
			d := e.ok(`{ inquiries { edges { node { id } } } }`, nil, desk...)
			return map[string]any{"id": nodeField(edges(d, "inquiries")[0], "id")}, desk
		}, same: true, effects: audits("inquiry.close")},
		{name: "disableAccount", query: `mutation($id: ID!) { disableAccount(id: $id) { disabled } }`, setup: func(e *env) (map[string]any, []string) {
			desk := e.login("desk@demo.pppdesk.jp")
			d := e.ok(`{ me { id } }`, nil, e.login("kankyo@demo.pppdesk.jp")...)
			return map[string]any{"id": get(d, "me", "id")}, desk
		}, same: true, effects: audits("account.disable")},
		{name: "enableAccount", query: `mutation($id: ID!) { enableAccount(id: $id) { disabled } }`, setup: func(e *env) (map[string]any, []string) {
			desk := e.login("desk@demo.pppdesk.jp")
			d := e.ok(`{ me { id } }`, nil, e.login("kankyo@demo.pppdesk.jp")...)
			e.ok(`mutation($id: ID!) { disableAccount(id: $id) { disabled } }`, map[string]any{"id": get(d, "me", "id")}, desk...)
			return map[string]any{"id": get(d, "me", "id")}, desk
		}, same: true, effects: audits("account.enable")},
		{name: "department change to live content", query: `mutation($id: ID!) { updateChallenge(id: $id, input: {title: "課の変更"}, version: 1) { id } }`,
			setup: func(e *env) (map[string]any, []string) {
				deps := e.departmentIDs()
				shoko := rowOf(deps["商工政策課"])
				c := &model.Challenge{MunicipalityID: e.mid("aomori"), Title: "公開中の課題", Background: "背景", DesiredOutcome: "成果", DepartmentID: &shoko,
					Publishing: published(testNow), Stamps: stamps(testNow)}
				e.insert(c)
				return map[string]any{"id": c.GetID()}, e.login("keizai@demo.pppdesk.jp")
			}, effects: audits("content.propose")},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			e := newEnv(t, true)
			vars, h := c.setup(e)
			codes := e.concurrently(n, c.query, vars, h...)
			losers := codes["CONFLICT"]
			if c.gone {
				losers += codes["NOT_FOUND"]
			}
			if codes["ok"] < 1 || (!c.same && codes["ok"] != 1) || codes["ok"]+losers != n {
				t.Errorf("answers: %v, want one ok and CONFLICT for the rest", codes)
			}
			for what, got := range c.effects(e, vars) {
				if got != 1 {
					t.Errorf("%s: %d, want 1", what, got)
				}
			}
		})
	}
}

// TestReview2OutageOnEveryRoute: with the database gone, every route (GraphQL by GET and
// POST, signed in or not, files, feed, exports, health check) answers 503 with Retry-After
// and an application/graphql-response+json body whose error is UNAVAILABLE, and nothing is
// logged at ERROR: an outage is not a fault of the server.
func TestReview2OutageOnEveryRoute(t *testing.T) {
	t.Parallel()
	e, logs := newEnvLogged(t)
	desk := e.login("desk@demo.pppdesk.jp")
	if err := e.st.DB.Close(); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		method, path, body string
		h                  []string
	}{
		{"GET", "/feeds/atom.xml", "", nil},
		{"GET", "/export/projects.json", "", nil},
		{"GET", "/export/case-studies.csv", "", nil},
		{"GET", "/readyz", "", nil},
		{"GET", "/media/QXR0YWNobWVudDox", "", nil},
		{"GET", "/media/QXR0YWNobWVudDox", "", desk},
		{"GET", "/attachments/QXR0YWNobWVudDox", "", desk},
		{"GET", "/graphql?query=%7BcaseStudies%7BtotalCount%7D%7D", "", nil},
		{"POST", "/graphql", `{"query":"{ caseStudies { totalCount } }"}`, desk},
		{"POST", "/graphql", `{"query":"mutation { createAnnouncement(input: {title: \"x\"}) { id } }"}`, as(desk, "Idempotency-Key", "k1")},
	} {
		req := httptest.NewRequest(c.method, c.path, bytes.NewBufferString(c.body))
		req.Header.Set("Accept", "application/graphql-response+json")
		if c.body != "" {
			req.Header.Set("Content-Type", "application/json")
		}
		for i := 0; i+1 < len(c.h); i += 2 {
			req.Header.Set(c.h[i], c.h[i+1])
		}
		rec := httptest.NewRecorder()
		e.srv.ServeHTTP(rec, req)
		var body response
		_ = json.Unmarshal(rec.Body.Bytes(), &body)
		name := c.method + " " + c.path
		if c.h != nil {
			name += " signed in"
		}
		if rec.Code != http.StatusServiceUnavailable || rec.Header().Get("Retry-After") == "" ||
			!strings.HasPrefix(rec.Header().Get("Content-Type"), "application/graphql-response+json") || body.code() != "UNAVAILABLE" {
			t.Errorf("%s: %d %q Retry-After %q: %s", name, rec.Code, rec.Header().Get("Content-Type"), rec.Header().Get("Retry-After"), rec.Body.String())
		}
	}
	if errs := logs.errors(); len(errs) > 0 {
		t.Errorf("logged at ERROR: %q", errs)
	}
}

// TestReview2StalePendingChangeDoesNotUndoTheDesk: a department's change to a published
// challenge waits for the desk; when the desk meanwhile changes the challenge itself,
// publishing must not lay the department's older change over the desk's newer one (a lost
// update of live content). The stale pending change no longer counts; a new one does.
func TestReview2StalePendingChangeDoesNotUndoTheDesk(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	desk, keizai := e.login("desk@demo.pppdesk.jp"), e.login("keizai@demo.pppdesk.jp")
	shoko := rowOf(e.departmentIDs()["商工政策課"])
	c := &model.Challenge{MunicipalityID: e.mid("aomori"), Title: "公開中の課題", Background: "背景", DesiredOutcome: "成果", DepartmentID: &shoko,
		Publishing: published(testNow), Stamps: stamps(testNow)}
	e.insert(c)
	update := `mutation($id: ID!, $t: String!, $v: Int!) { updateChallenge(id: $id, input: {title: $t}, version: $v) { title version } }`
	read := func() string {
		return get(e.ok(`query($id: ID!) { challenge(id: $id) { title } }`, map[string]any{"id": c.GetID()}), "challenge", "title").(string)
	}
	e.ok(update, map[string]any{"id": c.GetID(), "t": "課の古い変更", "v": 1}, keizai...)
	e.ok(update, map[string]any{"id": c.GetID(), "t": "デスクの新しい題", "v": 1}, desk...)
	r := e.post(publishMutation, map[string]any{"id": c.GetID()}, desk...)
	if read() != "デスクの新しい題" {
		t.Fatalf("publishing laid a stale pending change over the desk's: live title %q (%s)", read(), r.Raw)
	}
	if r.code() != "CONFLICT" {
		t.Errorf("publish with only a stale pending change: %s, want CONFLICT (already published)", r.Raw)
	}
	// A change the department makes on the current content waits and is applied as before.
	e.ok(update, map[string]any{"id": c.GetID(), "t": "課の新しい変更", "v": 2}, keizai...)
	e.ok(publishMutation, map[string]any{"id": c.GetID()}, desk...)
	if read() != "課の新しい変更" {
		t.Errorf("a current pending change was not applied: %q", read())
	}
}

// TestReview2NodeEveryType: node(id) answers each type of row exactly to those who may read
// it and is NOT_FOUND (never FORBIDDEN, never a hint) for everyone else; Inquiry, which
// implements Node, is answered to the desk like the inquiries list does.
func TestReview2NodeEveryType(t *testing.T) {
	t.Parallel()
	f := newFixtures(t)
	seen := func(typ string, roles ...string) map[string]string {
		m := all("NOT_FOUND")
		for _, r := range roles {
			m[r] = typ
		}
		return m
	}
	proposal := func(roles ...string) map[string]string {
		m := seen("Proposal", roles...)
		m["public"] = "UNAUTHENTICATED" // any proposal ID, existing or not: sign in first
		return m
	}
	for name, c := range map[string]struct {
		id   string
		want map[string]string
	}{
		"inquiry":         {f.inquiry, seen("Inquiry", "desk")},
		"draft challenge": {f.draftID, seen("Challenge", "deptAssigned", "desk")},
		"live challenge":  {f.liveID, with(all("Challenge"), "deskOther", "NOT_FOUND")},
		"private org":     {f.ownOrg, seen("Organization", "proposerOwner", "desk")},
		"staff account":   {f.victim, seen("User", "deptAssigned", "desk")},
		"draft proposal":  {f.draft, proposal("proposerOwner")},
		"dialogue":        {f.dialogue, proposal("proposerOwner", "deptAssigned", "desk")},
		"revision":        {f.revision, seen("")},
		"webhook":         {f.webhook, seen("")},
		"media":           {f.media, seen("")},
		"deleted":         {f.deleted, seen("")},
	} {
		for _, role := range matrixRoles {
			r := f.e.post(`query($id: ID!) { node(id: $id) { id __typename } }`, map[string]any{"id": c.id}, f.headers[role]...)
			got := r.code()
			if got == "" {
				got, _ = get(r.Data, "node", "__typename").(string)
			}
			if got != c.want[role] {
				t.Errorf("node(%s) as %s: %s, want %s: %s", name, role, got, c.want[role], r.Raw)
			}
		}
	}
}

// TestReview2AuthorsKeepTheAccountScope: a revision's author is an account; a department
// that may read the revisions of its own challenge still may not read the desk's accounts,
// which node(id) refuses it, so the author field is null for it (and its own is shown).
func TestReview2AuthorsKeepTheAccountScope(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	desk, keizai := e.login("desk@demo.pppdesk.jp"), e.login("keizai@demo.pppdesk.jp")
	d := e.ok(`mutation($d: ID) { createChallenge(input: {title: "デスクが作った課題", departmentId: $d}) { id } }`,
		map[string]any{"d": e.departmentIDs()["商工政策課"]}, desk...)
	id := get(d, "createChallenge", "id")
	e.ok(`mutation($id: ID!) { updateChallenge(id: $id, input: {title: "課が直した課題"}, version: 1) { id } }`, map[string]any{"id": id}, keizai...)
	revs := `query($id: ID!) { revisions(id: $id) { number author { id displayName role } } }`
	authors := func(h []string) map[float64]any {
		out := map[float64]any{}
		for _, r := range e.ok(revs, map[string]any{"id": id}, h...)["revisions"].([]any) {
			out[get(r, "number").(float64)] = get(r, "author", "role")
		}
		return out
	}
	if got := authors(desk); got[1] != "DESK" || got[2] != "DEPARTMENT" {
		t.Fatalf("desk reads authors %v", got)
	}
	if got := authors(keizai); got[1] != nil || got[2] != "DEPARTMENT" {
		t.Errorf("department reads authors %v, want the desk's account hidden (node(id) refuses it) and its own shown", got)
	}
}

// TestReview2ConcurrentLogout: one token signed out from many clients at once is signed out
// once; the others are refused (CONFLICT, or UNAUTHENTICATED once the sign-out is visible),
// never INTERNAL from the unique index on the token.
func TestReview2ConcurrentLogout(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	desk := e.login("desk@demo.pppdesk.jp")
	codes := e.concurrently(6, `mutation { logout }`, nil, desk...)
	if codes["ok"] != 1 || codes["ok"]+codes["CONFLICT"]+codes["UNAUTHENTICATED"] != 6 {
		t.Errorf("answers: %v, want one ok and the rest CONFLICT or UNAUTHENTICATED", codes)
	}
	if n := e.count((*model.RevokedToken)(nil)); n != 1 {
		t.Errorf("revoked tokens: %d, want 1", n)
	}
}

// TestReview2IdempotentReplayKeepsTheScope: replaying a creation with its Idempotency-Key
// answers the created row only while the caller may still read it: a department's draft
// challenge that the desk moved to another department is NOT_FOUND to the replay, as it is
// to every other read.
func TestReview2IdempotentReplayKeepsTheScope(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	desk, keizai := e.login("desk@demo.pppdesk.jp"), e.login("keizai@demo.pppdesk.jp")
	deps := e.departmentIDs()
	create := `mutation($d: ID) { createChallenge(input: {title: "課の下書き", background: "非公開の背景", departmentId: $d}) { id background } }`
	vars := map[string]any{"d": deps["商工政策課"]}
	d := e.ok(create, vars, as(keizai, "Idempotency-Key", "draft-1")...)
	id := get(d, "createChallenge", "id")
	e.ok(`mutation($id: ID!, $d: ID) { updateChallenge(id: $id, input: {departmentId: $d}, version: 1) { id } }`,
		map[string]any{"id": id, "d": deps["環境部"]}, desk...)
	e.fails("NOT_FOUND", `query($id: ID!) { challenge(id: $id) { id } }`, map[string]any{"id": id}, keizai...)
	r := e.post(create, vars, as(keizai, "Idempotency-Key", "draft-1")...)
	if r.code() != "NOT_FOUND" {
		t.Errorf("replay of a creation now out of scope: %s, want NOT_FOUND", r.Raw)
	}
}

// TestReview2NewOutcomeOnce: linking a new project to a proposal that already has one (a
// retry after a lost answer, or a second client) is a CONFLICT and creates nothing; linking
// it again to the project it already has records nothing.
func TestReview2NewOutcomeOnce(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	p1, desk := e.login("proposer1@demo.pppdesk.jp"), e.login("desk@demo.pppdesk.jp")
	id := get(e.ok(createProposal, map[string]any{"in": proposalInput("FREE", nil)}, p1...), "createProposal", "proposal", "id").(string)
	e.ok(`mutation($id: ID!) { submitProposal(id: $id, acceptTerms: true) { proposal { id } } }`, map[string]any{"id": id}, p1...)
	e.ok(`mutation($id: ID!) { decideProposal(id: $id, decision: ACCEPTED, reason: "良い") { proposal { id } } }`, map[string]any{"id": id}, desk...)
	link := `mutation($id: ID!) { linkProposalOutcome(id: $id, newProject: {kind: DEMONSTRATION}) { proposal { project { id } } } }`
	d := e.ok(link, map[string]any{"id": id}, desk...)
	project := get(d, "linkProposalOutcome", "proposal", "project", "id")
	e.fails("CONFLICT", link, map[string]any{"id": id}, desk...)
	if n := e.count((*model.Project)(nil), "origin_proposal_id", rowOf(id)); n != 1 {
		t.Errorf("projects made from the proposal: %d, want 1", n)
	}
	e.ok(`mutation($id: ID!, $p: ID) { linkProposalOutcome(id: $id, projectId: $p) { proposal { id } } }`, map[string]any{"id": id, "p": project}, desk...)
	if n := e.count((*model.ProposalEvent)(nil), "proposal_id", rowOf(id), "action", "LINK"); n != 1 {
		t.Errorf("LINK history entries: %d, want 1", n)
	}
}
