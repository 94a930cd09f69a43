package store_test

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/policies"
	"github.com/pppdesk/pppdesk/store"
	"github.com/pppdesk/pppdesk/store/storetest"
)

// seedInquiries writes inquiries of the fixture's municipality forwarded to no department,
// to each department, and to two, and answers them with their forwards.
func seedInquiries(t *testing.T, ctx context.Context, s *store.Store, f scopeFixture, now time.Time) map[int64][]int64 {
	t.Helper()
	out := map[int64][]int64{}
	for _, fwd := range [][]int64{nil, {f.deptA}, {f.deptAChild}, {f.deptB}, {f.deptA, f.deptB}} {
		q := &model.Inquiry{MunicipalityID: f.mid, Name: "n", Email: "e@example.com", Subject: "s", Status: model.InquiryOpen, CreatedAt: now}
		if err := store.Insert(ctx, s.DB, q); err != nil {
			t.Fatal(err)
		}
		out[q.ID] = nil
		for _, d := range fwd {
			if err := store.Insert(ctx, s.DB, &model.InquiryForward{MunicipalityID: f.mid, InquiryID: q.ID, DepartmentID: d, ForwardedByID: f.deskID, CreatedAt: now}); err != nil {
				t.Fatal(err)
			}
			out[q.ID] = append(out[q.ID], d)
		}
	}
	return out
}

// TestInquiryScopeSQLMatchesRowCheck: for every scope and viewer, the inquiries a scoped
// list and a scoped single read return are exactly those the row check Within admits on
// their forwards, and another municipality's never.
func TestInquiryScopeSQLMatchesRowCheck(t *testing.T) {
	ctx := context.Background()
	s := storetest.Open(t)
	now := time.Now().UTC().Truncate(time.Second)
	f := seedScopes(t, ctx, s, "inq-one", now)
	g := seedScopes(t, ctx, s, "inq-two", now)
	forwards := seedInquiries(t, ctx, s, f, now)
	elsewhere := seedInquiries(t, ctx, s, g, now)
	var own []int64
	for id := range forwards {
		own = append(own, id)
	}
	slices.Sort(own)

	viewers := map[string]policies.Viewer{
		"anonymous":  {MunicipalityID: f.mid, Now: now},
		"desk":       {MunicipalityID: f.mid, Now: now, UserID: f.deskID},
		"department": {MunicipalityID: f.mid, Now: now, UserID: f.staffID, DepartmentIDs: []int64{f.deptA, f.deptAChild}},
		"child":      {MunicipalityID: f.mid, Now: now, UserID: f.staffID, DepartmentIDs: []int64{f.deptAChild}},
		"proposer":   {MunicipalityID: f.mid, Now: now, UserID: f.propID, OrganizationID: f.orgA},
	}
	separated := false
	for name, v := range viewers {
		for _, sc := range append(slices.Clone(model.Scopes), "") {
			v.Read = func(model.OwnerType) model.Scope { return sc }
			t.Run(name+"/"+string(sc), func(t *testing.T) {
				want := []int64{}
				for _, id := range own {
					if v.Within(sc, policies.Owner{AssignedDepartmentIDs: forwards[id]}) {
						want = append(want, id)
					}
				}
				pg, err := s.Inquiries(ctx, v, nil, store.Page{First: 1000})
				if err != nil {
					t.Fatal(err)
				}
				got := ids(pg.Items, func(q *model.Inquiry) int64 { return q.ID })
				slices.Sort(got)
				if !slices.Equal(got, want) {
					t.Errorf("SQL returns %v, row check admits %v", got, want)
				}
				for _, id := range own {
					q, err := s.InquiryByID(ctx, v, id)
					if err != nil {
						t.Fatal(err)
					}
					if (q != nil) != slices.Contains(want, id) {
						t.Errorf("inquiry %d: InquiryByID disagrees with the row check", id)
					}
				}
				for id := range elsewhere {
					if q, _ := s.InquiryByID(ctx, v, id); q != nil {
						t.Errorf("inquiry %d of another municipality read", id)
					}
				}
				if sc == model.ScopeAssigned && len(want) > 0 && len(want) < len(own) {
					separated = true
				}
			})
		}
	}
	if !separated {
		t.Error("the assigned scope never separated the fixture's inquiries")
	}
}
