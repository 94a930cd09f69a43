package store_test

import (
	"context"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/policies"
	"github.com/pppdesk/pppdesk/store"
	"github.com/pppdesk/pppdesk/store/storetest"
)

// scopeFixture is a municipality with rows inside and outside every scope, and a second
// municipality with the same rows that no read of the first may return.
type scopeFixture struct {
	mid                      int64
	deptA, deptAChild, deptB int64
	orgA, orgB, orgC         int64
	deskID, staffID, propID  int64
}

// seedScopes writes one municipality's rows of every kind the read scopes distinguish.
func seedScopes(t *testing.T, ctx context.Context, s *store.Store, slug string, now time.Time) scopeFixture {
	t.Helper()
	db := s.DB
	ins := func(row any) {
		t.Helper()
		if _, err := db.NewInsert().Model(row).Exec(ctx); err != nil {
			t.Fatalf("seed %T: %v", row, err)
		}
	}
	stamps := model.Stamps{CreatedAt: now, UpdatedAt: now}
	m := &model.Municipality{Slug: slug, Name: slug, CreatedAt: now, UpdatedAt: now}
	ins(m)
	f := scopeFixture{mid: m.ID}
	dept := func(parent *int64) int64 {
		d := &model.Department{MunicipalityID: m.ID, ParentID: parent, Name: "d", Kind: model.DepartmentDivision, Stamps: stamps}
		ins(d)
		return d.ID
	}
	f.deptA = dept(nil)
	f.deptAChild = dept(&f.deptA)
	f.deptB = dept(nil)
	org := func(public bool) int64 {
		o := &model.Organization{MunicipalityID: m.ID, Name: "o", Kind: model.OrgCorporation, Public: public, Stamps: stamps}
		ins(o)
		return o.ID
	}
	f.orgA, f.orgB, f.orgC = org(false), org(true), org(false)
	n := 0
	user := func(role model.Role, orgID, deptID *int64) int64 {
		n++
		u := &model.User{MunicipalityID: m.ID, Email: fmt.Sprintf("u%d@example.com", n), Role: role, OrganizationID: orgID, DepartmentID: deptID, Stamps: stamps}
		ins(u)
		return u.ID
	}
	f.deskID = user(model.RoleDesk, nil, nil)
	f.staffID = user(model.RoleDepartment, nil, &f.deptA)
	user(model.RoleDepartment, nil, &f.deptAChild)
	user(model.RoleDepartment, nil, &f.deptB)
	f.propID = user(model.RoleProposer, &f.orgA, nil)
	user(model.RoleProposer, &f.orgA, nil)
	user(model.RoleProposer, &f.orgB, nil)

	past, future := now.Add(-time.Hour), now.Add(time.Hour)
	type pub struct {
		state model.PublicationState
		at    *time.Time
	}
	pubs := []pub{{model.StateDraft, nil}, {model.StateDraft, &past}, {model.StatePublished, &past}, {model.StatePublished, &now},
		{model.StatePublished, &future}, {model.StatePublished, nil}, {model.StateArchived, &past}}
	for _, d := range []*int64{nil, &f.deptA, &f.deptAChild, &f.deptB} {
		for _, p := range pubs {
			ins(&model.Challenge{MunicipalityID: m.ID, Title: "c", DepartmentID: d, Publishing: model.Publishing{PublicationState: p.state, PublishedAt: p.at}, Stamps: stamps})
			ins(&model.Project{MunicipalityID: m.ID, Kind: model.ProjectPartnership, Title: "p", LeadDepartmentID: d, Status: model.ProjectPlanned,
				Publishing: model.Publishing{PublicationState: p.state, PublishedAt: p.at}, Stamps: stamps})
		}
	}
	for _, p := range pubs {
		ins(&model.Announcement{MunicipalityID: m.ID, Title: "a", Publishing: model.Publishing{PublicationState: p.state, PublishedAt: p.at}, Stamps: stamps})
	}
	for _, o := range []int64{f.orgA, f.orgB} {
		for _, st := range []model.ProposalStatus{model.ProposalDraft, model.ProposalSubmitted, model.ProposalWithdrawn} {
			for _, assigned := range [][]int64{nil, {f.deptA}, {f.deptAChild}, {f.deptB}, {f.deptA, f.deptB}} {
				p := &model.Proposal{MunicipalityID: m.ID, Kind: model.ProposalFree, OrganizationID: o, CreatedByID: f.propID, Title: "p", Status: st, Stamps: stamps}
				ins(p)
				for _, d := range assigned {
					ins(&model.ProposalAssignment{MunicipalityID: m.ID, ProposalID: p.ID, DepartmentID: d, CreatedAt: now})
				}
			}
		}
	}
	return f
}

// TestScopeSQLMatchesRowCheck: for every scope, viewer and kind of row, the rows a scoped
// read returns are exactly the municipality's rows that the row check Within admits, so the
// SQL and the row check cannot drift apart.
func TestScopeSQLMatchesRowCheck(t *testing.T) {
	ctx := context.Background()
	s := storetest.Open(t)
	now := time.Now().UTC().Truncate(time.Second)
	f := seedScopes(t, ctx, s, "scope-one", now)
	seedScopes(t, ctx, s, "scope-two", now) // the same rows elsewhere: never returned

	all := func(dst any, mid int64) {
		t.Helper()
		if err := s.DB.NewSelect().Model(dst).Where("municipality_id = ?", mid).Order("id").Scan(ctx); err != nil {
			t.Fatal(err)
		}
	}
	var (
		challenges    []*model.Challenge
		projects      []*model.Project
		announcements []*model.Announcement
		orgs          []*model.Organization
		users         []*model.User
		proposals     []*model.Proposal
		assignments   []*model.ProposalAssignment
	)
	all(&challenges, f.mid)
	all(&projects, f.mid)
	all(&announcements, f.mid)
	all(&orgs, f.mid)
	all(&users, f.mid)
	all(&proposals, f.mid)
	all(&assignments, f.mid)
	assigned := map[int64][]int64{}
	for _, a := range assignments {
		assigned[a.ProposalID] = append(assigned[a.ProposalID], a.DepartmentID)
	}

	viewers := map[string]policies.Viewer{
		"anonymous":  {MunicipalityID: f.mid, Now: now},
		"desk":       {MunicipalityID: f.mid, Now: now, UserID: f.deskID},
		"department": {MunicipalityID: f.mid, Now: now, UserID: f.staffID, DepartmentIDs: []int64{f.deptA, f.deptAChild}},
		"proposer":   {MunicipalityID: f.mid, Now: now, UserID: f.propID, OrganizationID: f.orgA},
	}
	order := store.Order{Key: "ID", By: store.Column("id")}
	page := store.Page{First: 1000}
	scopes := append(slices.Clone(model.Scopes), "")

	for name, v := range viewers {
		for _, sc := range scopes {
			v.Read = func(model.OwnerType) model.Scope { return sc }
			t.Run(name+"/"+string(sc), func(t *testing.T) {
				check := func(kind string, got []int64, want []int64) {
					t.Helper()
					if !slices.Equal(got, want) {
						t.Errorf("%s: SQL returns %v, row check admits %v", kind, got, want)
					}
				}
				admitted := func(n int, owner func(int) (int64, policies.Owner)) []int64 {
					out := []int64{}
					for i := range n {
						id, o := owner(i)
						if v.Within(sc, o) {
							out = append(out, id)
						}
					}
					return out
				}

				cp, err := s.Challenges(ctx, v, store.ChallengeFilter{}, order, page)
				if err != nil {
					t.Fatal(err)
				}
				check("challenges", ids(cp.Items, func(c *model.Challenge) int64 { return c.ID }), admitted(len(challenges), func(i int) (int64, policies.Owner) {
					c := challenges[i]
					return c.ID, policies.Owner{DepartmentID: c.DepartmentID, Published: v.Live(c.PublicationState, c.PublishedAt)}
				}))
				pp, err := s.Projects(ctx, v, store.ProjectFilter{}, order, page)
				if err != nil {
					t.Fatal(err)
				}
				check("projects", ids(pp.Items, func(p *model.Project) int64 { return p.ID }), admitted(len(projects), func(i int) (int64, policies.Owner) {
					p := projects[i]
					return p.ID, policies.Owner{DepartmentID: p.LeadDepartmentID, Published: v.Live(p.PublicationState, p.PublishedAt)}
				}))
				ap, err := s.Announcements(ctx, v, store.AnnouncementFilter{}, order, page)
				if err != nil {
					t.Fatal(err)
				}
				check("announcements", ids(ap.Items, func(a *model.Announcement) int64 { return a.ID }), admitted(len(announcements), func(i int) (int64, policies.Owner) {
					a := announcements[i]
					return a.ID, policies.Owner{Published: v.Live(a.PublicationState, a.PublishedAt)}
				}))
				op, err := s.Organizations(ctx, v, store.OrganizationFilter{}, order, page)
				if err != nil {
					t.Fatal(err)
				}
				wantOrgs := admitted(len(orgs), func(i int) (int64, policies.Owner) {
					o := orgs[i]
					return o.ID, policies.Owner{OrganizationID: &o.ID, Published: o.Public}
				})
				check("organizations", ids(op.Items, func(o *model.Organization) int64 { return o.ID }), wantOrgs)
				for _, o := range orgs {
					if v.SeesProfile(o) != slices.Contains(wantOrgs, o.ID) {
						t.Errorf("organization %d: SeesProfile disagrees with the list", o.ID)
					}
				}
				up, err := s.Users(ctx, v, sc, store.UserFilter{}, order, page)
				if err != nil {
					t.Fatal(err)
				}
				check("users", ids(up.Items, func(u *model.User) int64 { return u.ID }), admitted(len(users), func(i int) (int64, policies.Owner) {
					u := users[i]
					return u.ID, policies.Owner{OrganizationID: u.OrganizationID, DepartmentID: u.DepartmentID, UserID: u.ID}
				}))
				prp, err := s.Proposals(ctx, v, sc, store.ProposalFilter{}, order, page)
				if err != nil {
					t.Fatal(err)
				}
				wantProposals := admitted(len(proposals), func(i int) (int64, policies.Owner) {
					p := proposals[i]
					return p.ID, policies.Owner{OrganizationID: &p.OrganizationID, AssignedDepartmentIDs: assigned[p.ID], Draft: p.Status == model.ProposalDraft}
				})
				check("proposals", ids(prp.Items, func(p *model.Proposal) int64 { return p.ID }), wantProposals)
				for _, p := range proposals {
					one, err := store.ProposalByID(ctx, s.DB, v, sc, p.ID)
					if err != nil {
						t.Fatal(err)
					}
					if (one != nil) != slices.Contains(wantProposals, p.ID) {
						t.Errorf("proposal %d: ProposalByID disagrees with the row check", p.ID)
					}
				}
			})
		}
	}
}

func ids[T any](rows []*T, id func(*T) int64) []int64 {
	out := []int64{}
	for _, r := range rows {
		out = append(out, id(r))
	}
	return out
}

// TestScopeFixtureSeparates keeps the fixture honest: each scope admits some rows and leaves
// some out for the viewer it is meant for, so the comparison above is not trivially empty.
func TestScopeFixtureSeparates(t *testing.T) {
	ctx := context.Background()
	s := storetest.Open(t)
	now := time.Now().UTC().Truncate(time.Second)
	f := seedScopes(t, ctx, s, "scope-sep", now)
	order := store.Order{Key: "ID", By: store.Column("id")}
	page := store.Page{First: 1000, Count: true}
	staff := policies.Viewer{MunicipalityID: f.mid, Now: now, UserID: f.staffID, DepartmentIDs: []int64{f.deptA, f.deptAChild}}
	prop := policies.Viewer{MunicipalityID: f.mid, Now: now, UserID: f.propID, OrganizationID: f.orgA}
	counts := func(v policies.Viewer, sc model.Scope) [3]int {
		v.Read = func(model.OwnerType) model.Scope { return sc }
		cp, err1 := s.Challenges(ctx, v, store.ChallengeFilter{}, order, page)
		up, err2 := s.Users(ctx, v, sc, store.UserFilter{}, order, page)
		pp, err3 := s.Proposals(ctx, v, sc, store.ProposalFilter{}, order, page)
		if err1 != nil || err2 != nil || err3 != nil {
			t.Fatal(err1, err2, err3)
		}
		return [3]int{cp.Total, up.Total, pp.Total}
	}
	all := counts(staff, model.ScopeAll)
	for _, c := range []struct {
		v  policies.Viewer
		sc model.Scope
		// which of challenges, users, proposals the scope narrows to some but not none
		narrows [3]bool
	}{
		{staff, model.ScopeDepartment, [3]bool{true, true, false}},
		{staff, model.ScopeAssigned, [3]bool{false, false, true}},
		{staff, model.ScopeSelf, [3]bool{false, true, false}},
		{staff, model.ScopePublished, [3]bool{true, false, false}},
		{prop, model.ScopeOrganization, [3]bool{false, true, true}},
	} {
		got := counts(c.v, c.sc)
		for i, want := range c.narrows {
			if want && (got[i] == 0 || got[i] >= all[i]) {
				t.Errorf("%s: kind %d: %d of %d rows; the fixture does not separate", c.sc, i, got[i], all[i])
			}
		}
	}
}
