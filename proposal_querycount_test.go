package pppdesk_test

import (
	"fmt"
	"testing"
)

// TestProposalPageContactCostIsConstant: the contact of a page of proposals is checked per
// row against the caller's scope; for a department that check needs each proposal's
// assignments, which come in one query per page, so 10 rows cost what 1 row costs — for the
// department, the desk and a proposer alike.
func TestProposalPageContactCostIsConstant(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	p1, desk := e.login("proposer1@demo.pppdesk.jp"), e.login("desk@demo.pppdesk.jp")
	keizai := e.login("keizai@demo.pppdesk.jp")
	dept := e.departmentIDs()["経済部"]
	add := func(i int) {
		in := proposalInput("FREE", nil)
		in["title"] = fmt.Sprintf("計数提案%02d", i)
		id := get(e.ok(createProposal, map[string]any{"in": in}, p1...), "createProposal", "proposal", "id")
		e.ok(`mutation($id: ID!) { submitProposal(id: $id, acceptTerms: true) { proposal { id } } }`, map[string]any{"id": id}, p1...)
		e.ok(`mutation($id: ID!, $d: [ID!]!) { assignProposal(id: $id, departmentIds: $d) { proposal { id } } }`, map[string]any{"id": id, "d": []any{dept}}, desk...)
	}
	q := `query { proposals(first: 50, filter: {search: "計数提案"}) { edges { node { id title contact { name email } } } } }`
	cost := func(who []string, rows int) int64 {
		before := e.st.Queries()
		d := e.ok(q, nil, who...)
		after := e.st.Queries()
		es := edges(d, "proposals")
		if len(es) != rows {
			t.Fatalf("page has %d rows, want %d", len(es), rows)
		}
		for _, edge := range es {
			if get(edge, "node", "contact", "name") != "青森花子" {
				t.Fatalf("contact not shown: %v", edge)
			}
		}
		return after - before
	}
	roles := []struct {
		name string
		who  []string
	}{{"department", keizai}, {"desk", desk}, {"proposer", p1}}
	add(0)
	small := map[string]int64{}
	for _, r := range roles {
		small[r.name] = cost(r.who, 1)
	}
	for i := 1; i < 10; i++ {
		add(i)
	}
	for _, r := range roles {
		large := cost(r.who, 10)
		t.Logf("%s: 1 proposal → %d statements, 10 proposals → %d", r.name, small[r.name], large)
		if large != small[r.name] {
			t.Errorf("%s: reading the contact of 10 proposals costs %d statements, of 1 proposal %d", r.name, large, small[r.name])
		}
	}
}
