package pppdesk_test

import (
	"strings"
	"testing"
	"time"

	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/notify"
)

const createProposal = `mutation($in: CreateProposalInput!) { createProposal(input: $in) { proposal { id status version } } }`

func proposalInput(kind string, challenge any) map[string]any {
	in := map[string]any{"kind": kind, "title": "除雪データの活用提案", "summary": "AIで除雪ルートを最適化します。", "body": "詳細な内容。",
		"desiredScheme": "実証実験サポート",
		"resources":     []any{map[string]any{"side": "CITY", "kind": "INFORMATION", "description": "除雪車の走行データ"}, map[string]any{"side": "PARTNER", "kind": "PEOPLE", "description": "分析"}},
		"merits":        []any{map[string]any{"side": "CITY", "description": "除雪費の削減"}},
		"contact":       map[string]any{"affiliation": "開発部", "name": "青森花子", "email": "hanako@tech.example.jp", "phone": "017-000-0000"}}
	if challenge != nil {
		in["challengeId"] = challenge
	}
	return in
}

// departmentIDs maps department names to their global IDs.
func (e *env) departmentIDs() map[string]string {
	d := e.ok(`{ municipality { departments { id name } } }`, nil)
	out := map[string]string{}
	for _, dep := range get(d, "municipality", "departments").([]any) {
		out[get(dep, "name").(string)] = get(dep, "id").(string)
	}
	return out
}

// TestProposalStory is the story of the guideline, end to end through the API.
func TestProposalStory(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	p1, desk := e.login("proposer1@demo.pppdesk.jp"), e.login("desk@demo.pppdesk.jp")
	keizai, kankyo := e.login("keizai@demo.pppdesk.jp"), e.login("kankyo@demo.pppdesk.jp")
	deps := e.departmentIDs()

	// The terms a proposer accepts are served by the API.
	terms := e.ok(`{ proposalTerms { version text } }`, nil)
	if !strings.Contains(get(terms, "proposalTerms", "text").(string), "補償や賠償をしません") {
		t.Fatalf("terms: %v", terms)
	}
	// A free proposal and a challenge proposal.
	free := get(e.ok(createProposal, map[string]any{"in": proposalInput("FREE", nil)}, p1...), "createProposal", "proposal")
	open := e.ok(`{ challenges(filter: {isOpen: true}, first: 1) { edges { node { id } } } }`, nil)
	challengeID := nodeField(edges(open, "challenges")[0], "id")
	chal := get(e.ok(createProposal, map[string]any{"in": proposalInput("CHALLENGE", challengeID)}, p1...), "createProposal", "proposal")
	if get(free, "status") != "DRAFT" || get(chal, "status") != "DRAFT" {
		t.Fatalf("drafts: %v %v", free, chal)
	}
	freeID, chalID := get(free, "id"), get(chal, "id")
	// Update while a draft, with the version.
	upd := `mutation($id: ID!, $v: Int!, $in: UpdateProposalInput!) { updateProposal(id: $id, input: $in, version: $v) { proposal { title version } } }`
	d := e.ok(upd, map[string]any{"id": freeID, "v": 1, "in": map[string]any{"title": "除雪データの活用提案（改訂）"}}, p1...)
	if get(d, "updateProposal", "proposal", "version") != float64(2) {
		t.Fatalf("update: %v", d)
	}
	e.fails("CONFLICT", upd, map[string]any{"id": freeID, "v": 1, "in": map[string]any{"title": "古い版からの上書き"}}, p1...)
	// The desk does not see drafts.
	e.fails("NOT_FOUND", `query($id: ID!) { proposal(id: $id) { id } }`, map[string]any{"id": freeID}, desk...)

	submit := `mutation($id: ID!, $ok: Boolean!) { submitProposal(id: $id, acceptTerms: $ok) { proposal { status termsAcceptedAt submittedAt } } }`
	r := e.fails("BAD_USER_INPUT", submit, map[string]any{"id": freeID, "ok": false}, p1...)
	if r.Errors[0].Extensions["field"] != "acceptTerms" {
		t.Fatalf("terms refusal: %s", r.Raw)
	}
	d = e.ok(submit, map[string]any{"id": freeID, "ok": true}, p1...)
	if get(d, "submitProposal", "proposal", "status") != "SUBMITTED" || get(d, "submitProposal", "proposal", "termsAcceptedAt") == nil {
		t.Fatalf("submit: %v", d)
	}
	e.ok(submit, map[string]any{"id": chalID, "ok": true}, p1...)
	e.fails("CONFLICT", submit, map[string]any{"id": freeID, "ok": true}, p1...)
	e.fails("CONFLICT", upd, map[string]any{"id": freeID, "v": 3, "in": map[string]any{"title": "提出後の変更"}}, p1...)

	// The desk assigns the free proposal to 経済部: 経済部 sees it, 環境部 does not.
	assign := `mutation($id: ID!, $d: [ID!]!) { assignProposal(id: $id, departmentIds: $d, dueOn: "2026-12-25") { proposal { status assignments { department { name } dueOn } } } }`
	d = e.ok(assign, map[string]any{"id": freeID, "d": []any{deps["経済部"]}}, desk...)
	if get(d, "assignProposal", "proposal", "status") != "IN_DIALOGUE" || get(d, "assignProposal", "proposal", "assignments", 0, "department", "name") != "経済部" {
		t.Fatalf("assign: %v", d)
	}
	e.fails("CONFLICT", assign, map[string]any{"id": freeID, "d": []any{deps["経済部"]}}, desk...)
	read := `query($id: ID!) { proposal(id: $id) { status contact { name email } messages { body internal author { kind displayName department { name } } }
	  history { action from to reason actor { kind displayName } } } }`
	d = e.ok(read, map[string]any{"id": freeID}, keizai...)
	if get(d, "proposal", "contact", "name") != "青森花子" {
		t.Fatalf("keizai reads: %v", d)
	}
	e.fails("NOT_FOUND", read, map[string]any{"id": freeID}, kankyo...)
	if n := get(e.ok(`{ proposals { totalCount } }`, nil, kankyo...), "proposals", "totalCount"); n != float64(0) {
		t.Fatalf("kankyo lists %v", n)
	}
	if n := get(e.ok(`{ proposals { totalCount } }`, nil, keizai...), "proposals", "totalCount"); n != float64(1) {
		t.Fatalf("keizai lists %v", n)
	}

	// The dialogue works both ways; the internal note stays with staff.
	post := `mutation($id: ID!, $b: String!, $i: Boolean!) { postProposalMessage(proposalId: $id, body: $b, internal: $i) { proposal { id } } }`
	e.ok(post, map[string]any{"id": freeID, "b": "データの形式を教えてください。", "i": false}, desk...)
	e.ok(post, map[string]any{"id": freeID, "b": "CSVで提供できます。", "i": false}, p1...)
	e.ok(post, map[string]any{"id": freeID, "b": "庁内メモ：予算は不要の見込み", "i": true}, keizai...)
	e.fails("FORBIDDEN", post, map[string]any{"id": freeID, "b": "内部メモを書こうとする", "i": true}, p1...)
	e.ok(`mutation($id: ID!) { respondToAssignment(id: $id, opinion: "実施可能です。", feasible: true) { proposal { id } } }`, map[string]any{"id": freeID}, keizai...)
	e.fails("FORBIDDEN", `mutation($id: ID!) { respondToAssignment(id: $id, opinion: "x", feasible: true) { proposal { id } } }`, map[string]any{"id": freeID}, desk...)

	d = e.ok(read, map[string]any{"id": freeID}, p1...)
	msgs := get(d, "proposal", "messages").([]any)
	if len(msgs) != 2 {
		t.Fatalf("the proposer sees %d messages: %v", len(msgs), msgs)
	}
	if get(msgs[0], "author", "kind") != "DESK" || get(msgs[0], "author", "displayName") != nil {
		t.Fatalf("staff names leak to the proposer: %v", msgs[0])
	}
	d = e.ok(read, map[string]any{"id": freeID}, desk...)
	if len(get(d, "proposal", "messages").([]any)) != 3 || get(d, "proposal", "messages", 0, "author", "displayName") == nil {
		t.Fatalf("desk messages: %v", d)
	}

	// The desk accepts with a reason and links a project.
	decide := `mutation($id: ID!, $dec: ProposalDecision!, $r: String!) { decideProposal(id: $id, decision: $dec, reason: $r) { proposal { status decidedAt } } }`
	e.fails("BAD_USER_INPUT", decide, map[string]any{"id": freeID, "dec": "ACCEPTED", "r": " "}, desk...)
	e.fails("FORBIDDEN", decide, map[string]any{"id": freeID, "dec": "ACCEPTED", "r": "自分で採択"}, p1...)
	d = e.ok(decide, map[string]any{"id": freeID, "dec": "ACCEPTED", "r": "除雪費削減の効果が見込めるため"}, desk...)
	if get(d, "decideProposal", "proposal", "status") != "ACCEPTED" {
		t.Fatalf("decide: %v", d)
	}
	e.fails("CONFLICT", decide, map[string]any{"id": freeID, "dec": "DECLINED", "r": "やはり不採択"}, desk...)
	project := nodeField(edges(e.ok(`{ projects(first: 1) { edges { node { id } } } }`, nil), "projects")[0], "id")
	link := `mutation($id: ID!, $p: ID) { linkProposalOutcome(id: $id, projectId: $p) { proposal { project { id } } } }`
	d = e.ok(link, map[string]any{"id": freeID, "p": project}, desk...)
	if get(d, "linkProposalOutcome", "proposal", "project", "id") != project {
		t.Fatalf("link: %v", d)
	}
	e.fails("CONFLICT", link, map[string]any{"id": chalID, "p": project}, desk...)

	// The proposer sees the decision and the history, but not the departments' answers
	// (internal coordination, 庁内調整); the desk sees the whole history.
	actionsOf := func(d map[string]any) string {
		var actions []string
		for _, h := range get(d, "proposal", "history").([]any) {
			actions = append(actions, get(h, "action").(string))
		}
		return strings.Join(actions, ",")
	}
	if a := actionsOf(e.ok(read, map[string]any{"id": freeID}, desk...)); a != "CREATE,SUBMIT,ASSIGN,RESPOND,DECIDE,LINK" {
		t.Fatalf("desk history: %v", a)
	}
	d = e.ok(read, map[string]any{"id": freeID}, p1...)
	if a := actionsOf(d); get(d, "proposal", "status") != "ACCEPTED" || a != "CREATE,SUBMIT,ASSIGN,DECIDE,LINK" {
		t.Fatalf("history: %v %v", get(d, "proposal", "status"), a)
	}
	last := get(d, "proposal", "history", 3)
	if get(last, "from") != "IN_DIALOGUE" || get(last, "to") != "ACCEPTED" || get(last, "reason") != "除雪費削減の効果が見込めるため" {
		t.Fatalf("decision event: %v", last)
	}

	// Withdrawn proposals are final.
	e.ok(`mutation($id: ID!) { withdrawProposal(id: $id, reason: "社内事情") { proposal { status } } }`, map[string]any{"id": chalID}, p1...)
	e.fails("CONFLICT", `mutation($id: ID!) { withdrawProposal(id: $id) { proposal { status } } }`, map[string]any{"id": chalID}, p1...)
	e.fails("CONFLICT", assign, map[string]any{"id": chalID, "d": []any{deps["経済部"]}}, desk...)
	e.fails("CONFLICT", decide, map[string]any{"id": chalID, "dec": "ACCEPTED", "r": "x"}, desk...)
	e.fails("CONFLICT", post, map[string]any{"id": chalID, "b": "まだ話せますか", "i": false}, p1...)

	// Every mutation left an audit entry.
	d = e.ok(`{ auditLog(first: 100) { totalCount edges { node { action actor { email } targetId } } } }`, nil, desk...)
	if n := get(d, "auditLog", "totalCount").(float64); n != 13 {
		t.Fatalf("audit entries: %v", n)
	}
	e.fails("FORBIDDEN", `{ auditLog { totalCount } }`, nil, keizai...)
}

func TestClosedChallengeRefusesProposals(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	p1 := e.login("proposer1@demo.pppdesk.jp")
	closed := e.ok(`{ challenges(filter: {isOpen: false}, first: 1) { edges { node { id } } } }`, nil)
	e.fails("CONFLICT", createProposal, map[string]any{"in": proposalInput("CHALLENGE", nodeField(edges(closed, "challenges")[0], "id"))}, p1...)
	e.fails("BAD_USER_INPUT", createProposal, map[string]any{"in": proposalInput("CHALLENGE", nil)}, p1...)
	// An open challenge that closes between create and submit refuses the submission.
	mid := e.mid("aomori")
	closes := testNow.Add(time.Hour)
	c := &model.Challenge{MunicipalityID: mid, Title: "すぐ締切", ClosesAt: &closes, Publishing: published(testNow.Add(-time.Hour)), Stamps: stamps(testNow)}
	e.insert(c)
	id := get(e.ok(createProposal, map[string]any{"in": proposalInput("CHALLENGE", c.GetID())}, p1...), "createProposal", "proposal", "id")
	e.mu.Lock()
	e.now = closes.Add(time.Minute)
	e.mu.Unlock()
	e.fails("CONFLICT", `mutation($id: ID!) { submitProposal(id: $id, acceptTerms: true) { proposal { id } } }`, map[string]any{"id": id}, e.login("proposer1@demo.pppdesk.jp")...)
}

func TestNotificationsAreSent(t *testing.T) {
	t.Parallel()
	rec := &notify.Recorder{}
	e := newEnvWith(t, rec)
	p1, desk := e.login("proposer1@demo.pppdesk.jp"), e.login("desk@demo.pppdesk.jp")
	id := get(e.ok(createProposal, map[string]any{"in": proposalInput("FREE", nil)}, p1...), "createProposal", "proposal", "id")
	e.ok(`mutation($id: ID!) { submitProposal(id: $id, acceptTerms: true) { proposal { id } } }`, map[string]any{"id": id}, p1...)
	e.ok(`mutation($id: ID!, $d: [ID!]!) { assignProposal(id: $id, departmentIds: $d) { proposal { id } } }`, map[string]any{"id": id, "d": []any{e.departmentIDs()["経済部"]}}, desk...)
	e.ok(`mutation($id: ID!) { postProposalMessage(proposalId: $id, body: "ご質問です", internal: false) { proposal { id } } }`, map[string]any{"id": id}, desk...)
	e.ok(`mutation($id: ID!) { decideProposal(id: $id, decision: DECLINED, reason: "予算の都合") { proposal { id } } }`, map[string]any{"id": id}, desk...)
	e.ok(`mutation { submitInquiry(input: {name: "市民", email: "a@example.jp", subject: "質問", body: "内容"}) }`, nil)
	e.srv.WaitForNotifications()
	got := map[string]int{}
	for _, m := range rec.Messages() {
		got[m.To]++
		if m.TextJA == "" || m.TextEN == "" {
			t.Errorf("mail without both languages: %+v", m)
		}
	}
	// proposer: received, assigned, message, decided; desk: new proposal, inquiry; keizai: assigned.
	if got["proposer1@demo.pppdesk.jp"] != 4 || got["desk@demo.pppdesk.jp"] != 2 || got["keizai@demo.pppdesk.jp"] != 1 || got["kankyo@demo.pppdesk.jp"] != 0 {
		t.Fatalf("mails per recipient: %v", got)
	}
}

func TestInquiries(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	send := `mutation($in: InquiryInput!) { submitInquiry(input: $in) }`
	in := map[string]any{"affiliation": "株式会社X", "name": "問合 太郎", "email": "toi@example.jp", "phone": "03-0000-0000", "subject": "連携の相談", "body": "内容です"}
	e.ok(send, map[string]any{"in": in})
	bad := map[string]any{"name": "x", "email": "x@example.jp", "subject": strings.Repeat("長", 201), "body": "b"}
	if r := e.fails("BAD_USER_INPUT", send, map[string]any{"in": bad}); r.Errors[0].Extensions["field"] != "input.subject" {
		t.Fatalf("field: %s", r.Raw)
	}
	desk := e.login("desk@demo.pppdesk.jp")
	d := e.ok(`{ inquiries(status: OPEN) { totalCount edges { node { id name subject } } } }`, nil, desk...)
	if get(d, "inquiries", "totalCount") != float64(1) {
		t.Fatalf("inquiries: %v", d)
	}
	id := nodeField(edges(d, "inquiries")[0], "id")
	e.ok(`mutation($id: ID!) { closeInquiry(id: $id) { status } }`, map[string]any{"id": id}, desk...)
	audit := e.ok(`{ auditLog { edges { node { action actor { email } } } } }`, nil, desk...)
	if nodeField(edges(audit, "auditLog")[0], "action") != "inquiry.close" || nodeField(edges(audit, "auditLog")[1], "action") != "inquiry.submit" {
		t.Fatalf("audit: %v", audit)
	}
	if d := e.ok(`{ inquiries(status: OPEN) { totalCount } }`, nil, desk...); get(d, "inquiries", "totalCount") != float64(0) {
		t.Fatalf("after close: %v", d)
	}
	for i := 0; i < 9; i++ {
		e.ok(send, map[string]any{"in": in})
	}
	e.fails("RATE_LIMITED", send, map[string]any{"in": in})
}

func TestLinkNewOutcomeAndFilters(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	p1, desk := e.login("proposer1@demo.pppdesk.jp"), e.login("desk@demo.pppdesk.jp")
	ids := make([]any, 3)
	for i := range ids {
		in := proposalInput("FREE", nil)
		in["title"] = []string{"除雪の提案", "観光の提案", "下書きのまま"}[i]
		ids[i] = get(e.ok(createProposal, map[string]any{"in": in}, p1...), "createProposal", "proposal", "id")
	}
	for _, id := range ids[:2] {
		e.ok(`mutation($id: ID!) { submitProposal(id: $id, acceptTerms: true) { proposal { id } } }`, map[string]any{"id": id}, p1...)
	}
	deps := e.departmentIDs()
	e.ok(`mutation($id: ID!, $d: [ID!]!) { assignProposal(id: $id, departmentIds: $d) { proposal { id } } }`, map[string]any{"id": ids[1], "d": []any{deps["観光課"]}}, desk...)
	e.ok(`mutation($id: ID!) { decideProposal(id: $id, decision: ACCEPTED, reason: "効果が大きい") { proposal { id } } }`, map[string]any{"id": ids[0]}, desk...)

	count := func(f map[string]any, h []string) float64 {
		t.Helper()
		return get(e.ok(`query($f: ProposalFilter) { proposals(filter: $f) { totalCount } }`, map[string]any{"f": f}, h...), "proposals", "totalCount").(float64)
	}
	for _, c := range []struct {
		name string
		f    map[string]any
		h    []string
		want float64
	}{
		{"desk: all submitted", map[string]any{}, desk, 2},
		{"owner: drafts too", map[string]any{}, p1, 3},
		{"by status", map[string]any{"status": "ACCEPTED"}, desk, 1},
		{"by kind", map[string]any{"kind": "CHALLENGE"}, desk, 0},
		{"by division, through its section", map[string]any{"departmentId": deps["経済部"]}, desk, 1},
		{"by text", map[string]any{"search": "観光"}, desk, 1},
		{"by submission date", map[string]any{"submittedOn": map[string]any{"from": "2026-11-29", "to": "2026-11-29"}}, desk, 2},
		{"by earlier submission date", map[string]any{"submittedOn": map[string]any{"to": "2026-11-28"}}, desk, 0},
	} {
		if got := count(c.f, c.h); got != c.want {
			t.Errorf("%s: %v, want %v", c.name, got, c.want)
		}
	}

	link := `mutation($id: ID!) { linkProposalOutcome(id: $id, newProject: {kind: DEMONSTRATION}, newAgreement: {kind: MEMORANDUM, title: "除雪に関する覚書"}) {
	  proposal { project { id title kind partners { name } resources { description } agreement { title } } agreement { title kind } } } }`
	d := e.ok(link, map[string]any{"id": ids[0]}, desk...)
	pr := get(d, "linkProposalOutcome", "proposal", "project")
	if get(pr, "title") != "除雪の提案" || get(pr, "kind") != "DEMONSTRATION" || len(get(pr, "resources").([]any)) != 2 ||
		!strings.Contains(get(pr, "partners", 0, "name").(string), "あおもりテック") || get(pr, "agreement", "title") != "除雪に関する覚書" {
		t.Fatalf("new project: %v", d)
	}
	// The new outcome is a draft: the public does not see it yet.
	e.fails("NOT_FOUND", `query($id: ID!) { project(id: $id) { id } }`, map[string]any{"id": get(pr, "id")})
	e.fails("BAD_USER_INPUT", `mutation($id: ID!) { linkProposalOutcome(id: $id) { proposal { id } } }`, map[string]any{"id": ids[0]}, desk...)
}

// TestProposalHistoryCostIsConstant: the actors of a long dialogue and history are loaded
// in batches, not one query set per message.
func TestProposalHistoryCostIsConstant(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	p1, desk := e.login("proposer1@demo.pppdesk.jp"), e.login("desk@demo.pppdesk.jp")
	id := get(e.ok(createProposal, map[string]any{"in": proposalInput("FREE", nil)}, p1...), "createProposal", "proposal", "id")
	e.ok(`mutation($id: ID!) { submitProposal(id: $id, acceptTerms: true) { proposal { id } } }`, map[string]any{"id": id}, p1...)
	e.ok(`mutation($id: ID!, $d: [ID!]!) { assignProposal(id: $id, departmentIds: $d) { proposal { id } } }`, map[string]any{"id": id, "d": []any{e.departmentIDs()["経済部"]}}, desk...)
	keizai := e.login("keizai@demo.pppdesk.jp")
	q := `query($id: ID!) { proposal(id: $id) { messages { author { kind displayName department { name } } } history { actor { kind displayName } } } }`
	cost := func() int64 {
		before := e.st.Queries()
		e.ok(q, map[string]any{"id": id}, keizai...)
		return e.st.Queries() - before
	}
	post := `mutation($id: ID!, $b: String!) { postProposalMessage(proposalId: $id, body: $b, internal: false) { proposal { id } } }`
	e.ok(post, map[string]any{"id": id, "b": "最初"}, desk...)
	small := cost()
	for i := 0; i < 20; i++ {
		who := desk
		if i%2 == 1 {
			who = p1
		}
		e.ok(post, map[string]any{"id": id, "b": "続き"}, who...)
	}
	large := cost()
	t.Logf("queries: 1 message → %d, 21 messages → %d", small, large)
	if large != small {
		t.Fatalf("reading 21 messages costs %d queries, 1 message %d", large, small)
	}
}

func TestSubmitNamesMissingFields(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	p1 := e.login("proposer1@demo.pppdesk.jp")
	id := get(e.ok(createProposal, map[string]any{"in": map[string]any{"kind": "FREE", "title": "件名だけ"}}, p1...), "createProposal", "proposal", "id")
	r := e.fails("BAD_USER_INPUT", `mutation($id: ID!) { submitProposal(id: $id, acceptTerms: true) { proposal { id } } }`, map[string]any{"id": id}, p1...)
	if r.Errors[0].Message != "input: fill in before submitting: body, contact.email, contact.name, contact.phone, summary" {
		t.Fatalf("message: %s", r.Raw)
	}
}
