package policies

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/pppdesk/pppdesk/model"
)

func TestScopes(t *testing.T) {
	p, err := Load("")
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		role     model.Role
		obj, act string
		want     model.Scope
		ok       bool
	}{
		{model.RolePublic, "caseStudy", "read", model.ScopePublished, true},
		{model.RoleProposer, "caseStudy", "read", model.ScopePublished, true}, // inherited from PUBLIC
		{model.RoleDesk, "caseStudy", "read", model.ScopeAll, true},           // the widest wins
		{model.RoleDepartment, "challenge", "read", model.ScopeDepartment, true},
		{model.RoleDepartment, "agreement", "read", model.ScopePublished, true},
		{model.RolePublic, "account", "createStaff", "", false},
		{model.RoleProposer, "account", "createStaff", "", false},
		{model.RoleDesk, "account", "createStaff", model.ScopeAll, true},
		{model.RoleProposer, "organization", "update", model.ScopeOrganization, true},
		{model.RoleAdmin, "caseStudy", "read", "", false}, // ADMIN inherits nothing by default
	}
	for _, c := range cases {
		s, ok := p.Scope(c.role, "aomori", Action{c.obj, c.act})
		if s != c.want || ok != c.ok {
			t.Errorf("%s %s %s: got %q %v, want %q %v", c.role, c.obj, c.act, s, ok, c.want, c.ok)
		}
	}
}

func TestMunicipalityOverride(t *testing.T) {
	// One municipality lets its departments read every agreement draft; others keep the default.
	path := filepath.Join(t.TempDir(), "policy.csv")
	if err := os.WriteFile(path, []byte(DefaultPolicy()+"\np, DEPARTMENT, hirosaki, agreement, read, all\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	p, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if s, _ := p.Scope(model.RoleDepartment, "hirosaki", ReadAgreement); s != model.ScopeAll {
		t.Fatalf("override not applied: %q", s)
	}
	if s, _ := p.Scope(model.RoleDepartment, "aomori", ReadAgreement); s != model.ScopePublished {
		t.Fatalf("override leaked to another municipality: %q", s)
	}
	if _, err := Load(filepath.Join(t.TempDir(), "missing.csv")); err == nil {
		t.Fatal("a missing override file must fail loudly")
	}
}

// TestActionsAreInThePolicy holds the typed actions and the default policy together: an
// action no rule names would be denied to everyone, and a rule no action names is dead.
func TestActionsAreInThePolicy(t *testing.T) {
	p, err := Load("")
	if err != nil {
		t.Fatal(err)
	}
	inPolicy := map[Action]bool{}
	for _, r := range p.Rules() {
		inPolicy[Action{r[0], r[1]}] = true
	}
	known := map[Action]bool{}
	for _, a := range Actions {
		if known[a] {
			t.Errorf("%v is listed twice in Actions", a)
		}
		known[a] = true
		if !inPolicy[a] {
			t.Errorf("action %v has no rule in policy.csv", a)
		}
	}
	for a := range inPolicy {
		if !known[a] {
			t.Errorf("policy.csv names %v, which no typed action does", a)
		}
	}
}

// TestWithinMatchesScopes checks the row check of every scope.
func TestWithinMatchesScopes(t *testing.T) {
	org, other, dept := int64(7), int64(8), int64(3)
	v := Viewer{MunicipalityID: 1, UserID: 5, OrganizationID: org, DepartmentIDs: []int64{dept, 4}}
	cases := []struct {
		scope model.Scope
		owner Owner
		want  bool
	}{
		{model.ScopeAll, Owner{}, true},
		{model.ScopeOrganization, Owner{OrganizationID: &org}, true},
		{model.ScopeOrganization, Owner{OrganizationID: &other}, false},
		{model.ScopeOrganization, Owner{}, false},
		{model.ScopeDepartment, Owner{DepartmentID: &dept}, true},
		{model.ScopeDepartment, Owner{DepartmentID: &other}, false},
		{model.ScopeAssigned, Owner{AssignedDepartmentIDs: []int64{9, 4}}, true},
		{model.ScopeAssigned, Owner{AssignedDepartmentIDs: []int64{9}}, false},
		{model.ScopeSelf, Owner{UserID: 5}, true},
		{model.ScopeSelf, Owner{UserID: 6}, false},
		{model.ScopePublished, Owner{OrganizationID: &org}, false},
	}
	for _, c := range cases {
		if got := v.Within(c.scope, c.owner); got != c.want {
			t.Errorf("%s %+v: got %v, want %v", c.scope, c.owner, got, c.want)
		}
	}
}
