package audit_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/uptrace/bun"

	"github.com/pppdesk/pppdesk/apperr"
	"github.com/pppdesk/pppdesk/audit"
	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/policies"
	"github.com/pppdesk/pppdesk/store"
	"github.com/pppdesk/pppdesk/store/storetest"
)

var now = time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC)

type fixture struct {
	t   *testing.T
	st  *store.Store
	pol *policies.Policy
}

func setup(t *testing.T) *fixture {
	t.Helper()
	pol, err := policies.Load("")
	if err != nil {
		t.Fatal(err)
	}
	return &fixture{t: t, st: storetest.Open(t), pol: pol}
}

func (f *fixture) insert(rows ...any) {
	f.t.Helper()
	for _, r := range rows {
		if err := store.Insert(context.Background(), f.st.DB, r); err != nil {
			f.t.Fatal(err)
		}
	}
}

func (f *fixture) municipality(slug string) *model.Municipality {
	m := &model.Municipality{Slug: slug, Name: slug + "市", Prefecture: "青森県", DeskName: "公民連携デスク", CreatedAt: now, UpdatedAt: now}
	f.insert(m)
	return m
}

func (f *fixture) caller(m *model.Municipality, role model.Role) *policies.Caller {
	if role == model.RolePublic {
		return policies.NewCaller(f.pol, m, nil, nil, "127.0.0.1", "", now)
	}
	u := &model.User{MunicipalityID: m.ID, Email: string(role) + "@" + m.Slug + ".test", DisplayName: "x", Role: role, Stamps: model.Stamps{CreatedAt: now, UpdatedAt: now}}
	f.insert(u)
	return policies.NewCaller(f.pol, m, u, nil, "127.0.0.1", "", now)
}

func TestRecordInTheChangesTransaction(t *testing.T) {
	t.Parallel()
	f := setup(t)
	ctx := context.Background()
	m := f.municipality("aomori")
	desk := f.caller(m, model.RoleDesk)
	err := f.st.InTx(ctx, func(ctx context.Context, tx bun.Tx) error {
		if err := audit.Record(ctx, tx, desk, now, audit.Entry{Action: "department.save", TargetType: string(model.OwnerDepartment), TargetID: 7,
			Changes: map[string]any{"fields": []string{"name"}}}); err != nil {
			return err
		}
		return audit.Record(ctx, tx, policies.NewCaller(f.pol, m, nil, nil, "127.0.0.1", "", now), now, audit.Entry{Action: "inquiry.submit", TargetType: "Inquiry", TargetID: 8})
	})
	if err != nil {
		t.Fatal(err)
	}
	var rows []*model.AuditEntry
	if err := f.st.DB.NewSelect().Model(&rows).Order("id").Scan(ctx); err != nil {
		t.Fatal(err)
	}
	if len(rows) != 2 {
		t.Fatalf("%d entries, want 2", len(rows))
	}
	if e := rows[0]; e.ActorID == nil || *e.ActorID != desk.User.ID || e.MunicipalityID != m.ID || e.Changes != `{"fields":["name"]}` || !e.At.Equal(now) {
		t.Fatalf("entry %+v", e)
	}
	if e := rows[1]; e.ActorID != nil || e.Changes != "{}" {
		t.Fatalf("anonymous entry %+v", e)
	}
	// An entry of a change that rolls back is gone with it.
	err = f.st.InTx(ctx, func(ctx context.Context, tx bun.Tx) error {
		if err := audit.Record(ctx, tx, desk, now, audit.Entry{Action: "department.delete", TargetType: "department", TargetID: 7}); err != nil {
			return err
		}
		return errors.New("the change failed")
	})
	if err == nil {
		t.Fatal("transaction did not fail")
	}
	if n, _ := f.st.DB.NewSelect().Model((*model.AuditEntry)(nil)).Count(ctx); n != 2 {
		t.Fatalf("%d entries after a rolled back change, want 2", n)
	}
}

func TestFields(t *testing.T) {
	t.Parallel()
	name := "課"
	in := struct {
		Name     *string `json:"name,omitempty"`
		Position *int    `json:"position,omitempty"`
		Kind     *string `json:"kind"`
		ParentID *int64  `json:"parentId,omitempty"`
	}{Name: &name, ParentID: new(int64)}
	got := audit.Fields(in)["fields"].([]string)
	if len(got) != 2 || got[0] != "name" || got[1] != "parentId" {
		t.Fatalf("fields = %v", got)
	}
}

func TestTarget(t *testing.T) {
	t.Parallel()
	e := &model.AuditEntry{TargetType: string(model.OwnerInquiry), TargetID: 12}
	if got := audit.Target(e); got != model.GlobalID(model.OwnerInquiry, 12) {
		t.Fatalf("target = %s", got)
	}
}

func TestLogIsTheDesksOfItsMunicipality(t *testing.T) {
	t.Parallel()
	f := setup(t)
	ctx := context.Background()
	m, other := f.municipality("aomori"), f.municipality("hirosaki")
	desk := f.caller(m, model.RoleDesk)
	for i, c := range []*policies.Caller{desk, desk, f.caller(other, model.RoleDesk)} {
		if err := audit.Record(ctx, f.st.DB, c, now, audit.Entry{Action: "x.test", TargetType: "Inquiry", TargetID: int64(i + 1)}); err != nil {
			t.Fatal(err)
		}
	}
	svc := audit.New(audit.Deps{Store: f.st})
	_, err := svc.Log(f.caller(m, model.RolePublic), audit.Filter{})
	if apperr.CodeOf(err) != apperr.Unauthenticated {
		t.Fatalf("anonymous: %v", err)
	}
	for _, role := range []model.Role{model.RoleProposer, model.RoleDepartment} {
		if _, err := svc.Log(f.caller(m, role), audit.Filter{}); apperr.CodeOf(err) != apperr.Forbidden {
			t.Fatalf("%s: %v", role, err)
		}
	}
	pages, err := svc.Log(desk, audit.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	page, err := pages(ctx, store.Page{First: 10, Count: true})
	if err != nil {
		t.Fatal(err)
	}
	if page.Total != 2 || page.Items[0].TargetID != 2 || page.Items[1].TargetID != 1 {
		t.Fatalf("log: total %d, items %+v", page.Total, page.Items)
	}
}
