package demo

import (
	"testing"
	"time"
)

// minCaseStudies is the number of 連携事例 in the reference: 4 for Aomori (including the
// banks agreement), 4 Sendai, 2 each for Yokosuka, Kyoto, Kobe and Fukuoka, 4 others.
const minCaseStudies = 20

func set(values ...string) map[string]bool {
	m := make(map[string]bool, len(values))
	for _, v := range values {
		m[v] = true
	}
	return m
}

var (
	orgKinds        = set("CORPORATION", "SOLE_PROPRIETOR", "NPO", "ASSOCIATION", "UNIVERSITY", "FINANCIAL_INSTITUTION", "OTHER_GROUP")
	sides           = set("CITY", "PARTNER")
	resourceKinds   = set("PEOPLE", "GOODS", "MONEY", "INFORMATION")
	categories      = set("PARTNERSHIP", "DEMONSTRATION", "AGREEMENT")
	agreementKinds  = set("BUSINESS", "COMPREHENSIVE", "MEMORANDUM")
	methodKeys      = set("PFI", "PARK_PFI", "DESIGNATED_MANAGER", "PUBLIC_PROPERTY", "PFS_SIB", "NAMING_RIGHTS", "ADVERTISING", "FURUSATO_NOZEI_CORPORATE")
	departmentKinds = set("BUREAU", "DIVISION", "SECTION")
)

func checkDate(t *testing.T, where, field, v string, required bool) {
	t.Helper()
	if v == "" {
		if required {
			t.Errorf("%s: %s is empty", where, field)
		}
		return
	}
	if _, err := time.Parse(time.DateOnly, v); err != nil {
		t.Errorf("%s: %s %q is not YYYY-MM-DD: %v", where, field, v, err)
	}
}

func checkMerits(t *testing.T, where string, ms []Merit) {
	t.Helper()
	for i, m := range ms {
		if !sides[m.Side] {
			t.Errorf("%s: merit %d has side %q", where, i, m.Side)
		}
		if m.Text == "" {
			t.Errorf("%s: merit %d has empty text", where, i)
		}
	}
}

func uniqueKeys(t *testing.T, what string, keys []string) map[string]bool {
	t.Helper()
	seen := make(map[string]bool, len(keys))
	for _, k := range keys {
		if k == "" {
			t.Errorf("%s: empty key", what)
		}
		if seen[k] {
			t.Errorf("%s: duplicate key %q", what, k)
		}
		seen[k] = true
	}
	return seen
}

func orgKeys(t *testing.T) map[string]bool {
	keys := make([]string, len(Orgs))
	for i, o := range Orgs {
		keys[i] = o.Key
	}
	return uniqueKeys(t, "Orgs", keys)
}

func departmentKeys(t *testing.T) map[string]bool {
	keys := make([]string, len(Departments))
	for i, d := range Departments {
		keys[i] = d.Key
	}
	return uniqueKeys(t, "Departments", keys)
}

func TestOrgs(t *testing.T) {
	orgKeys(t)
	for _, o := range Orgs {
		if o.Name == "" {
			t.Errorf("org %q: empty name", o.Key)
		}
		if !orgKinds[o.Kind] {
			t.Errorf("org %q: kind %q", o.Key, o.Kind)
		}
		if o.CorporateNo != "" && len(o.CorporateNo) != 13 {
			t.Errorf("org %q: corporate number %q is not 13 digits", o.Key, o.CorporateNo)
		}
	}
}

func TestAgreements(t *testing.T) {
	orgs := orgKeys(t)
	for _, a := range Agreements {
		where := "agreement " + a.Key
		if !agreementKinds[a.Kind] {
			t.Errorf("%s: kind %q", where, a.Kind)
		}
		if len(a.Parties) == 0 {
			t.Errorf("%s: no parties", where)
		}
		for _, p := range a.Parties {
			if !orgs[p] {
				t.Errorf("%s: unknown party %q", where, p)
			}
		}
		checkDate(t, where, "SignedOn", a.SignedOn, true)
		if len(a.Items) == 0 {
			t.Errorf("%s: no items", where)
		}
		checkMerits(t, where, a.Merits)
	}
}

func TestCaseStudies(t *testing.T) {
	if len(CaseStudies) < minCaseStudies {
		t.Errorf("got %d case studies, want at least %d", len(CaseStudies), minCaseStudies)
	}
	orgs := orgKeys(t)
	keys := make([]string, len(CaseStudies))
	for i, c := range CaseStudies {
		keys[i] = c.Key
	}
	uniqueKeys(t, "CaseStudies", keys)
	for _, c := range CaseStudies {
		where := "case " + c.Key
		if c.Title == "" || c.Locality == "" || c.Summary == "" {
			t.Errorf("%s: empty title, locality or summary", where)
		}
		if !categories[c.Category] {
			t.Errorf("%s: category %q", where, c.Category)
		}
		if len(c.Partners) == 0 {
			t.Errorf("%s: no partners", where)
		}
		for _, p := range c.Partners {
			if !orgs[p] {
				t.Errorf("%s: unknown partner %q", where, p)
			}
		}
		checkDate(t, where, "StartOn", c.StartOn, false)
		checkDate(t, where, "EndOn", c.EndOn, false)
		if c.StartOn != "" && c.EndOn != "" && c.EndOn < c.StartOn {
			t.Errorf("%s: EndOn %s before StartOn %s", where, c.EndOn, c.StartOn)
		}
		for i, r := range c.Resources {
			if !sides[r.Side] {
				t.Errorf("%s: resource %d has side %q", where, i, r.Side)
			}
			if !resourceKinds[r.Kind] {
				t.Errorf("%s: resource %d has kind %q", where, i, r.Kind)
			}
			if r.Text == "" {
				t.Errorf("%s: resource %d has empty text", where, i)
			}
		}
		checkMerits(t, where, c.Merits)
		if n := len(c.Tags); n < 2 || n > 4 {
			t.Errorf("%s: %d tags, want 2-4", where, n)
		}
	}
}

func TestMethods(t *testing.T) {
	if len(Methods) != len(methodKeys) {
		t.Errorf("got %d methods, want %d", len(Methods), len(methodKeys))
	}
	keys := make([]string, len(Methods))
	for i, m := range Methods {
		keys[i] = m.Key
		if !methodKeys[m.Key] {
			t.Errorf("method key %q", m.Key)
		}
		if m.Name == "" || m.Description == "" {
			t.Errorf("method %q: empty name or description", m.Key)
		}
	}
	uniqueKeys(t, "Methods", keys)
}

func TestDepartments(t *testing.T) {
	deps := departmentKeys(t)
	for _, k := range []string{"kikaku", "renkei", "keizai", "kankyo"} {
		if !deps[k] {
			t.Errorf("required department %q missing", k)
		}
	}
	for _, d := range Departments {
		if !departmentKinds[d.Kind] {
			t.Errorf("department %q: kind %q", d.Key, d.Kind)
		}
		if d.ParentKey != "" && !deps[d.ParentKey] {
			t.Errorf("department %q: unknown parent %q", d.Key, d.ParentKey)
		}
		if d.ParentKey == d.Key {
			t.Errorf("department %q is its own parent", d.Key)
		}
	}
}

func TestChallenges(t *testing.T) {
	deps := departmentKeys(t)
	now := time.Date(2026, 11, 29, 0, 0, 0, 0, time.FixedZone("JST", 9*60*60))
	open, closed := 0, 0
	keys := make([]string, len(Challenges))
	for i, c := range Challenges {
		keys[i] = c.Key
		where := "challenge " + c.Key
		if !deps[c.DepartmentKey] {
			t.Errorf("%s: unknown department %q", where, c.DepartmentKey)
		}
		if c.Title == "" || c.Background == "" || c.DesiredOutcome == "" {
			t.Errorf("%s: empty title, background or desired outcome", where)
		}
		opens, err := time.Parse(time.RFC3339, c.OpensAt)
		if err != nil {
			t.Errorf("%s: OpensAt: %v", where, err)
			continue
		}
		closes, err := time.Parse(time.RFC3339, c.ClosesAt)
		if err != nil {
			t.Errorf("%s: ClosesAt: %v", where, err)
			continue
		}
		if !closes.After(opens) {
			t.Errorf("%s: closes %s not after opens %s", where, c.ClosesAt, c.OpensAt)
		}
		switch {
		case !now.Before(opens) && now.Before(closes):
			open++
		case !now.Before(closes):
			closed++
		}
	}
	uniqueKeys(t, "Challenges", keys)
	if open != 2 || closed != 2 {
		t.Errorf("as of %s: %d open and %d closed challenges, want 2 and 2", now.Format(time.DateOnly), open, closed)
	}
}
