package pppdesk_test

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/pppdesk/pppdesk"
	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/policies"
)

// The API the staff admin (issue 11) is built on: what the caller may do (permissions,
// viewerActions), unread dialogue, overdue assignments and the inbox filter.

// permissionsOf answers the caller's permissions as "resource/action" → scope.
func permissionsOf(e *env, who []string) map[string]string {
	out := map[string]string{}
	for _, p := range e.ok(`{ permissions { resource action scope } }`, nil, who...)["permissions"].([]any) {
		out[get(p, "resource").(string)+"/"+get(p, "action").(string)] = get(p, "scope").(string)
	}
	return out
}

// TestPermissionsPerRole: every role, anonymous included, gets what the policy grants its
// role, with the widest scope, and nothing else.
func TestPermissionsPerRole(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	p, err := policies.Load("")
	must(t, err)
	roles := map[string][]string{
		"PUBLIC":     nil,
		"PROPOSER":   e.login("proposer1@demo.pppdesk.jp"),
		"DEPARTMENT": e.login("keizai@demo.pppdesk.jp"),
		"DESK":       e.login("desk@demo.pppdesk.jp"),
	}
	for role, who := range roles {
		got := permissionsOf(e, who)
		want := map[string]string{}
		for _, r := range p.Rules() {
			if s, ok := p.Scope(model.Role(role), "aomori", policies.Action{Resource: r[0], Verb: r[1]}); ok {
				want[r[0]+"/"+r[1]] = string(s)
			}
		}
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("%s: permissions %v, want %v", role, got, want)
		}
	}
	spot := []struct {
		role, perm, scope string
	}{
		{"PUBLIC", "proposal/read", ""},
		{"PUBLIC", "caseStudy/read", "published"},
		{"PUBLIC", "inquiry/create", "all"},
		{"PROPOSER", "proposal/create", "organization"},
		{"PROPOSER", "proposal/assign", ""},
		{"DEPARTMENT", "proposal/respond", "assigned"},
		{"DEPARTMENT", "challenge/write", "department"},
		{"DEPARTMENT", "caseStudy/write", ""},
		{"DESK", "proposal/assign", "all"},
		{"DESK", "caseStudy/write", "all"},
		{"DESK", "account/createStaff", "all"},
		{"DESK", "webhook/manage", "all"},
		{"DESK", "audit/read", "all"},
		{"DESK", "inquiry/read", "all"},
		{"DESK", "content/publish", "all"},
		{"DESK", "proposal/respond", ""},
	}
	for _, s := range spot {
		if got := permissionsOf(e, roles[s.role])[s.perm]; got != s.scope {
			t.Errorf("%s %s: scope %q, want %q", s.role, s.perm, got, s.scope)
		}
	}
}

// TestPermissionsFollowTheMunicipalityPolicy: a municipality's own policy file changes the
// answer, with no change to the code or the client.
func TestPermissionsFollowTheMunicipalityPolicy(t *testing.T) {
	t.Parallel()
	text := policies.DefaultPolicy() + "\np, DEPARTMENT, aomori, caseStudy, write, all\n"
	text = strings.Replace(text, "p, DESK, *, webhook, manage, all\n", "", 1)
	p, err := policies.FromText(text)
	must(t, err)
	e := newEnvOpts(t, func(c *pppdesk.Config) { c.Policy = p })
	dept := permissionsOf(e, e.login("keizai@demo.pppdesk.jp"))
	if dept["caseStudy/write"] != "all" {
		t.Errorf("the municipality lets departments write case studies; permissions say %q", dept["caseStudy/write"])
	}
	if desk := permissionsOf(e, e.login("desk@demo.pppdesk.jp")); desk["webhook/manage"] != "" {
		t.Errorf("the municipality's policy has no webhook right; permissions say %q", desk["webhook/manage"])
	}
}

// adminFlow builds proposals of proposer1 in a given state through the API.
type adminFlow struct {
	e                      *env
	p1, keizai, desk       []string
	keizaiDept, kankyoDept string
}

func newAdminFlow(e *env) *adminFlow {
	deps := e.departmentIDs()
	return &adminFlow{e: e, p1: e.login("proposer1@demo.pppdesk.jp"), keizai: e.login("keizai@demo.pppdesk.jp"),
		desk: e.login("desk@demo.pppdesk.jp"), keizaiDept: deps["経済部"], kankyoDept: deps["環境部"]}
}

const (
	qSubmit   = `mutation($id: ID!) { submitProposal(id: $id, acceptTerms: true) { proposal { id } } }`
	qAssign   = `mutation($id: ID!, $d: [ID!]!, $due: Date) { assignProposal(id: $id, departmentIds: $d, dueOn: $due) { proposal { id } } }`
	qRespond  = `mutation($id: ID!) { respondToAssignment(id: $id, opinion: "実施可能です。", feasible: true) { proposal { id } } }`
	qDecide   = `mutation($id: ID!, $d: ProposalDecision!) { decideProposal(id: $id, decision: $d, reason: "審査の結果です。") { proposal { id } } }`
	qWithdraw = `mutation($id: ID!) { withdrawProposal(id: $id) { proposal { id } } }`
	qMessage  = `mutation($id: ID!, $b: String!, $i: Boolean!) { postProposalMessage(proposalId: $id, body: $b, internal: $i) { proposal { id } } }`
	qMarkRead = `mutation($id: ID!) { markProposalRead(id: $id) { proposal { id unreadMessageCount } } }`
	qAdmin    = `query($id: ID!) { proposal(id: $id) { id status version viewerActions unreadMessageCount overdue } }`
)

// proposal creates one proposal of proposer1 and brings it to state; "ANSWERED" is
// IN_DIALOGUE with 経済部's answer, and ACCEPTED and DECLINED pass through the dialogue.
func (f *adminFlow) proposal(state string) string {
	e := f.e
	id := get(e.ok(createProposal, map[string]any{"in": proposalInput("FREE", nil)}, f.p1...), "createProposal", "proposal", "id").(string)
	v := map[string]any{"id": id}
	if state == "DRAFT" {
		return id
	}
	e.ok(qSubmit, v, f.p1...)
	switch state {
	case "SUBMITTED":
		return id
	case "WITHDRAWN":
		e.ok(qWithdraw, v, f.p1...)
		return id
	}
	e.ok(qAssign, map[string]any{"id": id, "d": []any{f.keizaiDept}, "due": "2099-12-31"}, f.desk...)
	if state == "IN_DIALOGUE" {
		return id
	}
	e.ok(qRespond, v, f.keizai...)
	switch state {
	case "ACCEPTED", "DECLINED":
		e.ok(qDecide, map[string]any{"id": id, "d": state}, f.desk...)
	}
	return id
}

// act performs one ProposalAction on proposal id as who, and answers the response.
func (f *adminFlow) act(action, id string, who []string) response {
	e := f.e
	v := map[string]any{"id": id}
	switch action {
	case "UPDATE":
		ver := get(e.ok(qAdmin, v, f.p1...), "proposal", "version")
		return e.post(`mutation($id: ID!, $v: Int!) { updateProposal(id: $id, input: {title: "改題"}, version: $v) { proposal { id } } }`,
			map[string]any{"id": id, "v": ver}, who...)
	case "SUBMIT":
		return e.post(qSubmit, v, who...)
	case "WITHDRAW":
		return e.post(qWithdraw, v, who...)
	case "ASSIGN":
		return e.post(qAssign, map[string]any{"id": id, "d": []any{f.kankyoDept}}, who...)
	case "RESPOND":
		// Another answer than the one the setup gave: the same one again is a retry.
		return e.post(`mutation($id: ID!) { respondToAssignment(id: $id, opinion: "条件付きで可能です。", feasible: false) { proposal { id } } }`, v, who...)
	case "DECIDE":
		return e.post(qDecide, map[string]any{"id": id, "d": "ACCEPTED"}, who...)
	case "LINK":
		return e.post(`mutation($id: ID!) { linkProposalOutcome(id: $id, newProject: {kind: DEMONSTRATION}) { proposal { id } } }`, v, who...)
	case "MESSAGE":
		return e.post(qMessage, map[string]any{"id": id, "b": "ご確認ください。", "i": false}, who...)
	case "INTERNAL_NOTE":
		return e.post(qMessage, map[string]any{"id": id, "b": "庁内で確認します。", "i": true}, who...)
	case "ATTACH":
		return e.uploadTo(`mutation($p: ID!, $f: Upload!) { attachFile(proposalId: $p, file: $f) { id } }`, id, "資料.pdf", tinyPDF, who...)
	case "MARK_READ":
		return e.post(qMarkRead, v, who...)
	}
	e.t.Fatalf("unknown action %s", action)
	return response{}
}

var everyProposalAction = []string{"UPDATE", "SUBMIT", "WITHDRAW", "ASSIGN", "RESPOND", "DECIDE", "LINK", "MESSAGE", "INTERNAL_NOTE", "ATTACH", "MARK_READ"}

// TestViewerActionsPerRoleAndState: viewerActions lists, per role and state, exactly the
// mutations the caller may perform; each listed one succeeds and each unlisted one is
// refused, on a fresh proposal in that state.
func TestViewerActionsPerRoleAndState(t *testing.T) {
	t.Parallel()
	e := newEnvOpts(t, nil)
	f := newAdminFlow(e)
	who := map[string][]string{"proposer": f.p1, "department": f.keizai, "desk": f.desk}
	cases := []struct {
		role, state string
		want        []string // nil: the proposal is out of the role's sight
	}{
		{"proposer", "DRAFT", []string{"UPDATE", "SUBMIT", "WITHDRAW", "ATTACH", "MARK_READ"}},
		{"proposer", "SUBMITTED", []string{"WITHDRAW", "MESSAGE", "ATTACH", "MARK_READ"}},
		{"proposer", "IN_DIALOGUE", []string{"WITHDRAW", "MESSAGE", "ATTACH", "MARK_READ"}},
		{"proposer", "ANSWERED", []string{"WITHDRAW", "MESSAGE", "ATTACH", "MARK_READ"}},
		{"proposer", "ACCEPTED", []string{"ATTACH", "MARK_READ"}},
		{"proposer", "DECLINED", []string{"MARK_READ"}},
		{"proposer", "WITHDRAWN", []string{"MARK_READ"}},
		{"department", "DRAFT", nil},
		{"department", "SUBMITTED", nil},
		{"department", "IN_DIALOGUE", []string{"RESPOND", "MESSAGE", "INTERNAL_NOTE", "ATTACH", "MARK_READ"}},
		{"department", "ANSWERED", []string{"MESSAGE", "INTERNAL_NOTE", "ATTACH", "MARK_READ"}},
		{"department", "ACCEPTED", []string{"ATTACH", "MARK_READ"}},
		{"department", "DECLINED", []string{"MARK_READ"}},
		{"department", "WITHDRAWN", nil},
		{"desk", "DRAFT", nil},
		{"desk", "SUBMITTED", []string{"ASSIGN", "DECIDE", "MESSAGE", "INTERNAL_NOTE", "ATTACH", "MARK_READ"}},
		{"desk", "IN_DIALOGUE", []string{"ASSIGN", "DECIDE", "MESSAGE", "INTERNAL_NOTE", "ATTACH", "MARK_READ"}},
		{"desk", "ANSWERED", []string{"ASSIGN", "DECIDE", "MESSAGE", "INTERNAL_NOTE", "ATTACH", "MARK_READ"}},
		{"desk", "ACCEPTED", []string{"LINK", "ATTACH", "MARK_READ"}},
		{"desk", "DECLINED", []string{"MARK_READ"}},
		{"desk", "WITHDRAWN", []string{"MARK_READ"}},
	}
	for _, c := range cases {
		id := f.proposal(c.state)
		if c.want == nil {
			e.fails("NOT_FOUND", qAdmin, map[string]any{"id": id}, who[c.role]...)
			continue
		}
		d := e.ok(qAdmin, map[string]any{"id": id}, who[c.role]...)
		var got []string
		for _, a := range get(d, "proposal", "viewerActions").([]any) {
			got = append(got, a.(string))
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%s on %s: viewerActions %v, want %v", c.role, c.state, got, c.want)
		}
		// Each action against a fresh proposal in the state: listed ones succeed, the rest
		// are refused.
		for _, a := range everyProposalAction {
			r := f.act(a, f.proposal(c.state), who[c.role])
			listed := slices.Contains(got, a)
			if listed && len(r.Errors) > 0 {
				t.Errorf("%s on %s: %s is listed but fails: %v", c.role, c.state, a, r.Errors)
			}
			if !listed && len(r.Errors) == 0 {
				t.Errorf("%s on %s: %s is not listed but succeeds", c.role, c.state, a)
			}
		}
	}
	// The list answers the same as the single proposal.
	id := f.proposal("IN_DIALOGUE")
	for _, edge := range edges(e.ok(`{ proposals(first: 50) { edges { node { id viewerActions } } } }`, nil, f.keizai...), "proposals") {
		if nodeField(edge, "id") == id {
			if got := fmt.Sprint(nodeField(edge, "viewerActions")); got != "[RESPOND MESSAGE INTERNAL_NOTE ATTACH MARK_READ]" {
				t.Errorf("in the list the department's actions are %s", got)
			}
		}
	}
}

// unread answers proposal id's unreadMessageCount for who.
func unread(e *env, id string, who []string) float64 {
	return get(e.ok(qAdmin, map[string]any{"id": id}, who...), "proposal", "unreadMessageCount").(float64)
}

// TestUnreadMessageCount: messages of others after the read mark count, own ones never, and
// internal notes only for those who see them; marking read is idempotent.
func TestUnreadMessageCount(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	f := newAdminFlow(e)
	id := f.proposal("IN_DIALOGUE")
	check := func(step string, p1, keizai, desk float64) {
		t.Helper()
		for _, c := range []struct {
			name string
			who  []string
			want float64
		}{{"proposer", f.p1, p1}, {"department", f.keizai, keizai}, {"desk", f.desk, desk}} {
			if got := unread(e, id, c.who); got != c.want {
				t.Errorf("%s: %s has %v unread, want %v", step, c.name, got, c.want)
			}
		}
	}
	check("no messages", 0, 0, 0)
	e.ok(qMessage, map[string]any{"id": id, "b": "ご提案ありがとうございます。", "i": false}, f.desk...)
	check("the desk wrote", 1, 1, 0)
	e.ok(qMessage, map[string]any{"id": id, "b": "経済部で検討します。", "i": true}, f.keizai...)
	check("the department noted internally", 1, 1, 1)
	e.ok(qMessage, map[string]any{"id": id, "b": "補足資料を送ります。", "i": false}, f.p1...)
	check("the proposer answered", 1, 2, 2)
	for range 2 {
		if got := get(e.ok(qMarkRead, map[string]any{"id": id}, f.p1...), "markProposalRead", "proposal", "unreadMessageCount"); got != 0.0 {
			t.Errorf("after marking read the proposer has %v unread", got)
		}
	}
	check("the proposer read", 0, 2, 2)
	e.ok(qMarkRead, map[string]any{"id": id}, f.desk...)
	check("the desk read", 0, 2, 0)
	e.ok(qMessage, map[string]any{"id": id, "b": "庁内メモ2", "i": true}, f.keizai...)
	e.ok(qMessage, map[string]any{"id": id, "b": "日程を調整しましょう。", "i": false}, f.desk...)
	check("after more messages", 1, 3, 1)
	// Anonymous callers count nothing and cannot mark.
	e.fails("UNAUTHENTICATED", qMarkRead, map[string]any{"id": id})
	// The list answers the same counts in one page.
	for _, edge := range edges(e.ok(`{ proposals(first: 50) { edges { node { id unreadMessageCount } } } }`, nil, f.keizai...), "proposals") {
		if nodeField(edge, "id") == id && nodeField(edge, "unreadMessageCount") != 3.0 {
			t.Errorf("in the list the department has %v unread", nodeField(edge, "unreadMessageCount"))
		}
	}
}

// TestOverdueAssignments: an assignment unanswered after its due date (the date in Tokyo)
// makes the proposal overdue for the desk and the department, never visibly for the
// proposer; an answer ends it.
func TestOverdueAssignments(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	f := newAdminFlow(e)
	// testNow is 2026-11-29 12:00 in Tokyo.
	mk := func(due string) string {
		id := f.proposal("SUBMITTED")
		e.ok(qAssign, map[string]any{"id": id, "d": []any{f.keizaiDept}, "due": due}, f.desk...)
		return id
	}
	past, today, tomorrow := mk("2026-11-28"), mk("2026-11-29"), mk("2026-11-30")
	overdue := func(id string, who []string) bool {
		return get(e.ok(qAdmin, map[string]any{"id": id}, who...), "proposal", "overdue").(bool)
	}
	for _, c := range []struct {
		id   string
		want bool
	}{{past, true}, {today, false}, {tomorrow, false}} {
		for name, who := range map[string][]string{"desk": f.desk, "department": f.keizai} {
			if got := overdue(c.id, who); got != c.want {
				t.Errorf("%s: overdue %v, want %v", name, got, c.want)
			}
		}
		if overdue(c.id, f.p1) {
			t.Errorf("the proposer is told of an overdue internal assignment")
		}
	}
	// 2026-11-29 15:30 UTC is already 11-30 in Tokyo: the assignment due 11-29 is overdue.
	e.mu.Lock()
	e.now = time.Date(2026, 11, 29, 15, 30, 0, 0, time.UTC)
	e.mu.Unlock()
	f = newAdminFlow(e) // sign in again at the new time
	if !overdue(today, f.desk) {
		t.Errorf("due yesterday in Tokyo, not overdue")
	}
	e.ok(qRespond, map[string]any{"id": past}, f.keizai...)
	if overdue(past, f.desk) {
		t.Errorf("answered, still overdue")
	}
	e.ok(qDecide, map[string]any{"id": today, "d": "DECLINED"}, f.desk...)
	if overdue(today, f.desk) {
		t.Errorf("decided, still overdue")
	}
}

// TestNeedsAttentionFilter: the inbox filter keeps, for the caller, the proposals with
// unread messages or an overdue assignment (true), or the others (false).
func TestNeedsAttentionFilter(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	f := newAdminFlow(e)
	quiet := f.proposal("SUBMITTED")
	unreadOne := f.proposal("SUBMITTED")
	e.ok(qMessage, map[string]any{"id": unreadOne, "b": "質問があります。", "i": false}, f.p1...)
	late := f.proposal("SUBMITTED")
	e.ok(qAssign, map[string]any{"id": late, "d": []any{f.keizaiDept}, "due": "2026-11-01"}, f.desk...)
	noted := f.proposal("IN_DIALOGUE")
	e.ok(qMessage, map[string]any{"id": noted, "b": "庁内メモ", "i": true}, f.keizai...)
	list := func(want bool, who []string) []string {
		d := e.ok(`query($w: Boolean) { proposals(first: 100, filter: {needsAttention: $w}) { totalCount edges { node { id unreadMessageCount overdue } } } }`,
			map[string]any{"w": want}, who...)
		var ids []string
		for _, edge := range edges(d, "proposals") {
			id := nodeField(edge, "id").(string)
			needs := nodeField(edge, "unreadMessageCount").(float64) > 0 || nodeField(edge, "overdue").(bool)
			if needs != want {
				t.Errorf("needsAttention %v lists %s with unread %v, overdue %v", want, id, nodeField(edge, "unreadMessageCount"), nodeField(edge, "overdue"))
			}
			ids = append(ids, id)
		}
		if n := get(d, "proposals", "totalCount").(float64); int(n) != len(ids) {
			t.Errorf("needsAttention %v: totalCount %v, %d listed", want, n, len(ids))
		}
		sort.Strings(ids)
		return ids
	}
	in := func(ids []string, id string) bool { return slices.Contains(ids, id) }
	desk := list(true, f.desk)
	if !in(desk, unreadOne) || !in(desk, late) || !in(desk, noted) || in(desk, quiet) {
		t.Errorf("the desk's attention list is wrong: %v", desk)
	}
	if rest := list(false, f.desk); !in(rest, quiet) || in(rest, late) {
		t.Errorf("the desk's quiet list is wrong: %v", rest)
	}
	// The proposer wrote the message itself and never sees notes or overdue coordination.
	if p1 := list(true, f.p1); in(p1, unreadOne) || in(p1, late) || in(p1, noted) {
		t.Errorf("the proposer's attention list is wrong: %v", p1)
	}
	e.ok(qMarkRead, map[string]any{"id": unreadOne}, f.desk...)
	if desk := list(true, f.desk); in(desk, unreadOne) {
		t.Errorf("read, still needs attention")
	}
	// The department sees its overdue assignment and no internal note of its own.
	if dept := list(true, f.keizai); !in(dept, late) || in(dept, noted) {
		t.Errorf("the department's attention list is wrong: %v", dept)
	}
}
