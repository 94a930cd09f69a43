package pppdesk_test

import (
	"context"
	"testing"

	"github.com/pppdesk/pppdesk/demo"
	"github.com/pppdesk/pppdesk/model"
)

// TestCallerFollowsTheDatabaseNotTheToken: a token only names an account; its role, its
// department and the department's subtree are read from the database at every request, on
// a second server as on the first. A token of one municipality is refused in another, also
// once its account was moved there. A deleted department answers an empty scope (never a
// wider one); a cycle answers the cycle's departments and hangs neither the caller, nor a
// sign-in, nor a filter by department (tenant.Subtree looped for ever on one).
func TestCallerFollowsTheDatabaseNotTheToken(t *testing.T) {
	t.Parallel()
	a := newEnv(t, true)
	b := a.replica()
	ctx := context.Background()
	mid := a.mid(demo.Slug)
	exec := func(q string, args ...any) {
		t.Helper()
		if _, err := a.st.DB.ExecContext(ctx, q, args...); err != nil {
			t.Fatal(err)
		}
	}
	dept := func(name string, parent *int64) *model.Department {
		d := &model.Department{MunicipalityID: mid, ParentID: parent, Name: name, Kind: model.DepartmentDivision, Stamps: stamps(a.now)}
		a.insert(d)
		return d
	}
	var proposer model.User
	if err := a.st.DB.NewSelect().Model(&proposer).Where("municipality_id = ? AND email = ?", mid, "proposer1@demo.pppdesk.jp").Scan(ctx); err != nil {
		t.Fatal(err)
	}
	now := a.now
	prop := &model.Proposal{MunicipalityID: mid, Kind: model.ProposalChallenge, OrganizationID: *proposer.OrganizationID, CreatedByID: proposer.ID,
		Title: "割当提案", Status: model.ProposalSubmitted, SubmittedAt: &now, Stamps: stamps(now)}
	a.insert(prop)
	assign := func(d *model.Department) {
		a.insert(&model.ProposalAssignment{MunicipalityID: mid, ProposalID: prop.ID, DepartmentID: d.ID, CreatedAt: a.now})
	}
	const me = `{ me { role department { name } } }`
	const count = `{ proposals(first: 50) { totalCount } }`

	keizai := a.login("keizai@demo.pppdesk.jp")
	if d := b.ok(me, nil, keizai...); get(d, "me", "role") != "DEPARTMENT" || get(d, "me", "department", "name") != "経済部" {
		t.Fatalf("before: %v", d)
	}
	wide := get(b.ok(count, nil, keizai...), "proposals", "totalCount")

	// Moved to an empty department: the department and the scope follow at once.
	empty := dept("空課", nil)
	exec("UPDATE users SET department_id = ? WHERE email = ?", empty.ID, "keizai@demo.pppdesk.jp")
	none := get(b.ok(count, nil, keizai...), "proposals", "totalCount")
	assign(dept("空課の係", &empty.ID))
	if d := b.ok(me, nil, keizai...); get(d, "me", "department", "name") != "空課" {
		t.Errorf("moved department: %v", d)
	}
	if got := get(b.ok(count, nil, keizai...), "proposals", "totalCount"); got != float64(1) {
		t.Errorf("a department sees %v proposals, want the one assigned to its sub-department", got)
	}
	t.Logf("proposals seen: in 経済部 %v, in a department with one assigned %v", wide, 1)

	// The department deleted: the request still works and sees no more than an empty one
	// (none is what a department with nothing assigned sees).
	exec("UPDATE departments SET deleted_at = ? WHERE id = ?", a.now, empty.ID)
	if got := get(b.ok(count, nil, keizai...), "proposals", "totalCount"); got != none {
		t.Errorf("deleted department sees %v proposals, an empty one %v", got, none)
	}

	// A cycle in the tree: the subtree ends, and the scope is the cycle's (empty) departments.
	x := dept("環X", nil)
	y := dept("環Y", &x.ID)
	assign(y)
	exec("UPDATE departments SET parent_id = ? WHERE id = ?", y.ID, x.ID)
	exec("UPDATE users SET department_id = ? WHERE email = ?", x.ID, "keizai@demo.pppdesk.jp")
	if d := b.ok(me, nil, keizai...); get(d, "me", "department", "name") != "環X" {
		t.Errorf("department in a cycle: %v", d)
	}
	if got := get(b.ok(`query($d: ID!) { proposals(first: 50, filter: {departmentId: $d}) { totalCount } }`, map[string]any{"d": x.GetID()}, keizai...), "proposals", "totalCount"); got != float64(1) {
		t.Errorf("filter by a department in a cycle: %v", got)
	}
	if got := get(b.ok(`{ proposals(first: 50) { totalCount } }`, nil, b.login("keizai@demo.pppdesk.jp")...), "proposals", "totalCount"); got != float64(1) {
		t.Errorf("signed in anew in a cycle: %v", got)
	}
	if got := get(b.ok(count, nil, keizai...), "proposals", "totalCount"); got != float64(1) {
		t.Errorf("department in a cycle sees %v proposals, want the one assigned to its sub-department", got)
	}

	// The role follows the database: made a proposer, the token no longer acts as staff.
	exec("UPDATE users SET role = ?, department_id = NULL WHERE email = ?", model.RoleProposer, "keizai@demo.pppdesk.jp")
	if d := b.ok(me, nil, keizai...); get(d, "me", "role") != "PROPOSER" || get(d, "me", "department") != nil {
		t.Errorf("role changed after issue: %v", d)
	}

	// Another municipality: refused by header, and the account moved there is refused too.
	other := a.municipality("other", "他市")
	desk := a.login("desk@demo.pppdesk.jp")
	if r := b.post(me, nil, as(desk, "X-Municipality", other.Slug)...); r.code() != "UNAUTHENTICATED" {
		t.Errorf("token of %s used with X-Municipality %s: %s", demo.Slug, other.Slug, r.Raw)
	}
	b.ok(me, nil, desk...)
	exec("UPDATE users SET municipality_id = ? WHERE email = ?", other.ID, "desk@demo.pppdesk.jp")
	for _, h := range [][]string{desk, as(desk, "X-Municipality", other.Slug), as(desk, "X-Municipality", demo.Slug)} {
		if r := b.post(me, nil, h...); r.code() != "UNAUTHENTICATED" {
			t.Errorf("account moved to another municipality, headers %v: %s", h[2:], r.Raw)
		}
	}
	// An anonymous request names an unknown municipality: not found, never the default's data.
	if r := b.post(`{ challenges(first: 1) { totalCount } }`, nil, "X-Municipality", "no-such-city"); r.code() != "NOT_FOUND" {
		t.Errorf("unknown municipality: %s", r.Raw)
	}
	if d := b.ok(`{ challenges(first: 1) { totalCount } }`, nil, "X-Municipality", other.Slug); get(d, "challenges", "totalCount") != float64(0) {
		t.Errorf("the empty municipality lists another's challenges: %v", d)
	}
}
