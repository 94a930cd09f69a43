package store_test

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/store"
	"github.com/pppdesk/pppdesk/store/storetest"
	"github.com/pppdesk/pppdesk/tenant"
)

// The one caller statement answers the same department subtree as reading the whole tree and
// walking it (tenant.Subtree), deleted departments cutting their branch off, and sees a change
// of the tree at once; a revoked token, a disabled or deleted account and an unknown
// municipality come back as such.
func TestCallerStatement(t *testing.T) {
	ctx := context.Background()
	s := storetest.Open(t)
	now := time.Date(2026, 11, 29, 3, 0, 0, 0, time.UTC)
	st := model.Stamps{CreatedAt: now, UpdatedAt: now}
	m := &model.Municipality{Slug: "c", Name: "c", CreatedAt: now, UpdatedAt: now}
	other := &model.Municipality{Slug: "o", Name: "o", CreatedAt: now, UpdatedAt: now}
	for _, r := range []any{m, other} {
		if err := store.Insert(ctx, s.DB, r); err != nil {
			t.Fatal(err)
		}
	}
	dept := func(mid int64, parent *model.Department) *model.Department {
		d := &model.Department{MunicipalityID: mid, Name: "d", Kind: model.DepartmentSection, Stamps: st}
		if parent != nil {
			d.ParentID = &parent.ID
		}
		if err := store.Insert(ctx, s.DB, d); err != nil {
			t.Fatal(err)
		}
		return d
	}
	root := dept(m.ID, nil)
	a := dept(m.ID, root)
	b := dept(m.ID, root)
	dept(m.ID, a)
	gone := dept(m.ID, b)
	dept(m.ID, gone)
	dept(m.ID, nil)
	dept(other.ID, nil)
	user := func(d *model.Department) *model.User {
		u := &model.User{MunicipalityID: m.ID, Email: "u" + time.Now().Format("150405.000000000") + "@example.jp", Role: model.RoleDepartment, Stamps: st}
		if d != nil {
			u.DepartmentID = &d.ID
		}
		if err := store.Insert(ctx, s.DB, u); err != nil {
			t.Fatal(err)
		}
		return u
	}
	if _, err := s.DB.NewDelete().Model(gone).WherePK().Exec(ctx); err != nil {
		t.Fatal(err)
	}
	all, err := s.Departments(ctx, store.Viewer{MunicipalityID: m.ID, Now: now})
	if err != nil {
		t.Fatal(err)
	}
	check := func(u *model.User, want []int64) {
		t.Helper()
		f, err := s.Caller(ctx, store.CallerLookup{Slug: "c", TokenMunicipality: m.ID, UserID: u.ID, JTI: "j"})
		if err != nil {
			t.Fatal(err)
		}
		if f.Municipality == nil || f.Municipality.ID != m.ID || f.User == nil || f.User.ID != u.ID || f.Revoked {
			t.Fatalf("caller: %+v", f)
		}
		if (want == nil) != (f.Departments == nil) || len(want) != len(f.Departments) || len(f.Departments) > 0 && f.Departments[0] != want[0] {
			t.Fatalf("subtree %v, want %v", f.Departments, want)
		}
		got := slices.Sorted(slices.Values(f.Departments))
		if !slices.Equal(got, slices.Sorted(slices.Values(want))) {
			t.Fatalf("subtree %v, want %v", f.Departments, want)
		}
	}
	for _, d := range []*model.Department{root, a, b, gone} {
		check(user(d), tenant.Subtree(all, d.ID))
	}
	check(user(nil), nil)
	if got := tenant.Subtree(all, root.ID); len(got) != 4 {
		t.Fatalf("fixture: subtree of root is %v", got)
	}
	// Moving a department under another is seen by the next statement.
	u := user(b)
	if _, err := s.DB.NewUpdate().Model(a).Set("parent_id = ?", b.ID).WherePK().Exec(ctx); err != nil {
		t.Fatal(err)
	}
	all, _ = s.Departments(ctx, store.Viewer{MunicipalityID: m.ID, Now: now})
	check(u, tenant.Subtree(all, b.ID))
	if len(tenant.Subtree(all, b.ID)) != 3 {
		t.Fatalf("fixture: moved subtree %v", tenant.Subtree(all, b.ID))
	}

	l := store.CallerLookup{MunicipalityID: m.ID, TokenMunicipality: m.ID, UserID: u.ID, JTI: "revoked"}
	if err := s.RevokeToken(ctx, m.ID, "revoked", now.Add(time.Hour), now); err != nil {
		t.Fatal(err)
	}
	if f, err := s.Caller(ctx, l); err != nil || !f.Revoked || f.Municipality == nil {
		t.Fatalf("revoked: %+v %v", f, err)
	}
	if _, err := s.DB.NewUpdate().Model(u).Set("disabled = ?", true).WherePK().Exec(ctx); err != nil {
		t.Fatal(err)
	}
	l.JTI = "fresh"
	if f, err := s.Caller(ctx, l); err != nil || f.Revoked || f.User == nil || !f.User.Disabled {
		t.Fatalf("disabled: %+v %v", f, err)
	}
	if _, err := s.DB.NewDelete().Model(u).WherePK().Exec(ctx); err != nil {
		t.Fatal(err)
	}
	if f, err := s.Caller(ctx, l); err != nil || f.User != nil || f.Municipality == nil {
		t.Fatalf("deleted: %+v %v", f, err)
	}
	if f, err := s.Caller(ctx, store.CallerLookup{Slug: "nowhere", TokenMunicipality: m.ID, UserID: user(root).ID, JTI: "x"}); err != nil || f.User == nil || f.Municipality != nil {
		t.Fatalf("unknown municipality: %+v %v", f, err)
	}
	if f, err := s.Caller(ctx, store.CallerLookup{Slug: "o"}); err != nil || f.Municipality == nil || f.Municipality.ID != other.ID || f.User != nil {
		t.Fatalf("anonymous: %+v %v", f, err)
	}
	if f, err := s.Caller(ctx, store.CallerLookup{Slug: "nowhere"}); err != nil || f.Municipality != nil {
		t.Fatalf("anonymous, unknown municipality: %+v %v", f, err)
	}
}
