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
		s, ok := p.Scope(c.role, "aomori", c.obj, c.act)
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
	if s, _ := p.Scope(model.RoleDepartment, "hirosaki", "agreement", "read"); s != model.ScopeAll {
		t.Fatalf("override not applied: %q", s)
	}
	if s, _ := p.Scope(model.RoleDepartment, "aomori", "agreement", "read"); s != model.ScopePublished {
		t.Fatalf("override leaked to another municipality: %q", s)
	}
	if _, err := Load(filepath.Join(t.TempDir(), "missing.csv")); err == nil {
		t.Fatal("a missing override file must fail loudly")
	}
}
