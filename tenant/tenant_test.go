package tenant_test

import (
	"context"
	"errors"
	"testing"
	"time"

	mysqldrv "github.com/go-sql-driver/mysql"

	"github.com/pppdesk/pppdesk/apperr"
	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/policies"
	"github.com/pppdesk/pppdesk/store"
	"github.com/pppdesk/pppdesk/store/storetest"
	"github.com/pppdesk/pppdesk/tenant"
)

var now = time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC)

// fixture is one municipality with a desk account, a proposer and a department account.
type fixture struct {
	t        *testing.T
	st       *store.Store
	pol      *policies.Policy
	m        *model.Municipality
	desk     *model.User
	proposer *model.User
	svc      *tenant.Service
}

func setup(t *testing.T) *fixture {
	t.Helper()
	pol, err := policies.Load("")
	if err != nil {
		t.Fatal(err)
	}
	f := &fixture{t: t, st: storetest.Open(t), pol: pol}
	f.m = f.municipality("aomori")
	f.desk = f.user(f.m, model.RoleDesk, nil, "desk@example.test")
	f.proposer = f.user(f.m, model.RoleProposer, nil, "proposer@example.test")
	f.svc = tenant.New(tenant.Deps{Store: f.st, Now: func() time.Time { return now }})
	return f
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

func (f *fixture) user(m *model.Municipality, role model.Role, dept *int64, email string) *model.User {
	u := &model.User{MunicipalityID: m.ID, Email: email, DisplayName: email, Role: role, DepartmentID: dept, Stamps: model.Stamps{CreatedAt: now, UpdatedAt: now}}
	f.insert(u)
	return u
}

func (f *fixture) dept(m *model.Municipality, name string, parent *int64) *model.Department {
	d := &model.Department{MunicipalityID: m.ID, Name: name, Kind: model.DepartmentSection, ParentID: parent, Version: 1, Stamps: model.Stamps{CreatedAt: now, UpdatedAt: now}}
	f.insert(d)
	return d
}

func (f *fixture) caller(m *model.Municipality, u *model.User) *policies.Caller {
	var depts []int64
	if u != nil && u.DepartmentID != nil {
		depts = []int64{*u.DepartmentID}
	}
	return policies.NewCaller(f.pol, m, u, depts, "127.0.0.1", "", now)
}

// audits counts the audit entries of an action on a target.
func (f *fixture) audits(action string, id int64) int {
	f.t.Helper()
	n, err := f.st.DB.NewSelect().Model((*model.AuditEntry)(nil)).Where("action = ?", action).Where("target_id = ?", id).Count(context.Background())
	if err != nil {
		f.t.Fatal(err)
	}
	return int(n)
}

func wantCode(t *testing.T, err error, code apperr.Code) {
	t.Helper()
	if apperr.CodeOf(err) != code {
		t.Fatalf("error = %v (%s), want %s", err, apperr.CodeOf(err), code)
	}
}

func ptr[T any](v T) *T { return &v }

func TestCreateDepartment(t *testing.T) {
	t.Parallel()
	f := setup(t)
	ctx := context.Background()
	parent := f.dept(f.m, "経済部", nil)
	d, err := f.svc.CreateDepartment(ctx, f.caller(f.m, f.desk), tenant.DepartmentInput{Name: ptr(" 観光課 "), ParentID: &parent.ID})
	if err != nil {
		t.Fatal(err)
	}
	if d.Name != "観光課" || d.Kind != model.DepartmentSection || d.ParentID == nil || *d.ParentID != parent.ID || d.Version != 1 {
		t.Fatalf("created %+v", d)
	}
	if n := f.audits("department.save", d.ID); n != 1 {
		t.Fatalf("department.save entries = %d, want 1", n)
	}
	var changes string
	if err := f.st.DB.NewSelect().Model((*model.AuditEntry)(nil)).Column("changes").Where("target_id = ?", d.ID).Scan(ctx, &changes); err != nil {
		t.Fatal(err)
	}
	if changes != `{"fields":["name","parentId"]}` {
		t.Fatalf("changes = %s", changes)
	}
}

func TestCreateDepartmentRefusals(t *testing.T) {
	t.Parallel()
	f := setup(t)
	ctx := context.Background()
	sec := f.dept(f.m, "環境政策課", nil)
	staff := f.user(f.m, model.RoleDepartment, &sec.ID, "kankyo@example.test")
	in := tenant.DepartmentInput{Name: ptr("新課")}
	_, err := f.svc.CreateDepartment(ctx, f.caller(f.m, nil), in)
	wantCode(t, err, apperr.Unauthenticated)
	_, err = f.svc.CreateDepartment(ctx, f.caller(f.m, f.proposer), in)
	wantCode(t, err, apperr.Forbidden)
	_, err = f.svc.CreateDepartment(ctx, f.caller(f.m, staff), in)
	wantCode(t, err, apperr.Forbidden)
	_, err = f.svc.CreateDepartment(ctx, f.caller(f.m, f.desk), tenant.DepartmentInput{})
	wantCode(t, err, apperr.BadUserInput)
	// A parent of another municipality does not exist here.
	other := f.municipality("hirosaki")
	foreign := f.dept(other, "弘前の課", nil)
	_, err = f.svc.CreateDepartment(ctx, f.caller(f.m, f.desk), tenant.DepartmentInput{Name: ptr("課"), ParentID: &foreign.ID})
	wantCode(t, err, apperr.NotFound)
	n, err := f.st.DB.NewSelect().Model((*model.Department)(nil)).Where("municipality_id = ?", f.m.ID).Count(ctx)
	if err != nil || n != 1 {
		t.Fatalf("departments after refusals = %d, %v; want 1", n, err)
	}
}

func TestUpdateDepartment(t *testing.T) {
	t.Parallel()
	f := setup(t)
	ctx := context.Background()
	desk := f.caller(f.m, f.desk)
	top := f.dept(f.m, "経済部", nil)
	sub := f.dept(f.m, "商工課", &top.ID)
	d, err := f.svc.UpdateDepartment(ctx, desk, sub.ID, tenant.DepartmentInput{Name: ptr("商工政策課"), Position: ptr(3)}, 1)
	if err != nil {
		t.Fatal(err)
	}
	if d.Name != "商工政策課" || d.Position != 3 || d.Version != 2 || *d.ParentID != top.ID {
		t.Fatalf("updated %+v", d)
	}
	// The same version again is stale: CONFLICT, nothing recorded.
	_, err = f.svc.UpdateDepartment(ctx, desk, sub.ID, tenant.DepartmentInput{Name: ptr("別名")}, 1)
	wantCode(t, err, apperr.Conflict)
	if n := f.audits("department.save", sub.ID); n != 1 {
		t.Fatalf("department.save entries = %d, want 1", n)
	}
	// A department cannot go under its own descendant.
	_, err = f.svc.UpdateDepartment(ctx, desk, top.ID, tenant.DepartmentInput{ParentID: &sub.ID}, 1)
	wantCode(t, err, apperr.BadUserInput)
	// Nor be reached in another municipality.
	other := f.municipality("hirosaki")
	_, err = f.svc.UpdateDepartment(ctx, f.caller(other, f.user(other, model.RoleDesk, nil, "desk@hirosaki.test")), sub.ID, tenant.DepartmentInput{Name: ptr("x")}, 2)
	wantCode(t, err, apperr.NotFound)
	_, err = f.svc.UpdateDepartment(ctx, f.caller(f.m, f.proposer), sub.ID, tenant.DepartmentInput{Name: ptr("x")}, 2)
	wantCode(t, err, apperr.Forbidden)
}

func TestDeleteDepartment(t *testing.T) {
	t.Parallel()
	f := setup(t)
	ctx := context.Background()
	desk := f.caller(f.m, f.desk)
	top := f.dept(f.m, "経済部", nil)
	sub := f.dept(f.m, "商工課", &top.ID)
	staffed := f.dept(f.m, "観光課", nil)
	f.user(f.m, model.RoleDepartment, &staffed.ID, "kanko@example.test")
	assigned := f.dept(f.m, "企画課", nil)
	f.assign(assigned)

	for name, d := range map[string]*model.Department{"with a child": top, "with staff": staffed, "with an assignment": assigned} {
		err := f.svc.DeleteDepartment(ctx, desk, d.ID)
		if apperr.CodeOf(err) != apperr.Conflict {
			t.Errorf("delete %s: %v, want CONFLICT", name, err)
		}
		if n := f.audits("department.delete", d.ID); n != 0 {
			t.Errorf("delete %s: %d audit entries, want none", name, n)
		}
	}
	wantCode(t, f.svc.DeleteDepartment(ctx, f.caller(f.m, f.proposer), sub.ID), apperr.Forbidden)
	wantCode(t, f.svc.DeleteDepartment(ctx, f.caller(f.m, nil), sub.ID), apperr.Unauthenticated)

	if err := f.svc.DeleteDepartment(ctx, desk, sub.ID); err != nil {
		t.Fatal(err)
	}
	if n := f.audits("department.delete", sub.ID); n != 1 {
		t.Fatalf("department.delete entries = %d, want 1", n)
	}
	// Deleted is gone: a second delete is NOT_FOUND, and the parent is free to go now.
	wantCode(t, f.svc.DeleteDepartment(ctx, desk, sub.ID), apperr.NotFound)
	if err := f.svc.DeleteDepartment(ctx, desk, top.ID); err != nil {
		t.Fatalf("delete emptied parent: %v", err)
	}
}

// assign gives d a proposal assignment (with the proposal and its organization).
func (f *fixture) assign(d *model.Department) *model.ProposalAssignment {
	f.t.Helper()
	org := &model.Organization{MunicipalityID: f.m.ID, Name: "株式会社テスト", Kind: model.OrgCorporation, Stamps: model.Stamps{CreatedAt: now, UpdatedAt: now}}
	f.insert(org)
	p := &model.Proposal{MunicipalityID: f.m.ID, Kind: model.ProposalFree, OrganizationID: org.ID, CreatedByID: f.proposer.ID, Title: "提案",
		Status: model.ProposalDraft, Version: 1, Stamps: model.Stamps{CreatedAt: now, UpdatedAt: now}}
	f.insert(p)
	a := &model.ProposalAssignment{MunicipalityID: f.m.ID, ProposalID: p.ID, DepartmentID: d.ID, CreatedAt: now}
	f.insert(a)
	return a
}

// TestDeleteDepartmentHoldsOffConcurrentAssignment: once the delete has found the department
// unused, an assignment to it from another transaction waits for the delete instead of
// slipping in between the check and the delete (MySQL/MariaDB; SQLite has one writer).
func TestDeleteDepartmentHoldsOffConcurrentAssignment(t *testing.T) {
	t.Parallel()
	if storetest.DSN() == "" {
		t.Skip("SQLite runs one writing transaction at a time")
	}
	f := setup(t)
	ctx := context.Background()
	d := f.dept(f.m, "消える課", nil)
	other := f.dept(f.m, "残る課", nil)
	a := f.assign(other) // a proposal to assign
	conn, err := f.st.DB.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, "SET SESSION innodb_lock_wait_timeout = 1"); err != nil {
		t.Fatal(err)
	}
	var concurrent error
	f.st.StepHook = func(_ context.Context, name string) error {
		if name == "department.unused" {
			// In a transaction of its own, as the service's assignment runs (on TiDB an
			// autocommit statement is optimistic and waits for no lock).
			tx, err := conn.BeginTx(ctx, nil)
			if err != nil {
				concurrent = err
				return nil
			}
			defer tx.Rollback() //nolint:errcheck
			_, concurrent = tx.ExecContext(ctx, "INSERT INTO proposal_assignments (municipality_id, proposal_id, department_id, created_at) VALUES (?, ?, ?, ?)",
				f.m.ID, a.ProposalID, d.ID, now)
			if concurrent == nil {
				concurrent = tx.Commit()
			}
		}
		return nil
	}
	if err := f.svc.DeleteDepartment(ctx, f.caller(f.m, f.desk), d.ID); err != nil {
		t.Fatal(err)
	}
	var me *mysqldrv.MySQLError
	if !errors.As(concurrent, &me) || me.Number != 1205 {
		t.Fatalf("concurrent assignment during the delete: %v, want a lock wait timeout (1205)", concurrent)
	}
	var n int
	err = f.st.DB.QueryRowContext(ctx, "SELECT COUNT(*) FROM proposal_assignments WHERE department_id = ?", d.ID).Scan(&n)
	if err != nil {
		t.Fatal(err)
	}
	if n != 0 {
		t.Fatalf("%d assignments to the deleted department", n)
	}
}

func TestMunicipality(t *testing.T) {
	t.Parallel()
	f := setup(t)
	if m := f.svc.Municipality(f.caller(f.m, nil)); m != f.m {
		t.Fatalf("municipality = %+v", m)
	}
}

func TestSubtree(t *testing.T) {
	t.Parallel()
	id := func(n int64) *int64 { return &n }
	all := []*model.Department{{ID: 1}, {ID: 2, ParentID: id(1)}, {ID: 3, ParentID: id(2)}, {ID: 4}, {ID: 5, ParentID: id(1)}}
	got := tenant.Subtree(all, 1)
	if len(got) != 4 || got[0] != 1 {
		t.Fatalf("subtree of 1 = %v", got)
	}
	if got := tenant.Subtree(all, 4); len(got) != 1 {
		t.Fatalf("subtree of 4 = %v", got)
	}
	if got := tenant.Subtree(all, 9); len(got) != 0 {
		t.Fatalf("subtree of a missing department = %v", got)
	}
}
