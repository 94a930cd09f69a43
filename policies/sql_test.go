package policies

import (
	"reflect"
	"testing"
	"time"

	"github.com/pppdesk/pppdesk/model"
)

// TestPredicateOfEveryScope pins the SQL text and arguments of every scope for the kinds of
// row the store describes, for a viewer with ties and one without.
func TestPredicateOfEveryScope(t *testing.T) {
	now := time.Date(2026, 11, 30, 0, 0, 0, 0, time.UTC)
	v := Viewer{MunicipalityID: 1, Now: now, UserID: 5, OrganizationID: 7, DepartmentIDs: []int64{3, 4}}
	bare := Viewer{MunicipalityID: 2, Now: now}
	content := Columns{Municipality: "municipality_id", Department: "lead_department_id", PublicationState: "publication_state", PublishedAt: "published_at"}
	proposals := Columns{Municipality: "municipality_id", Organization: "organization_id",
		Assigned: &Link{Table: "proposal_assignments", Row: "proposal_id", Department: "department_id"},
		Draft:    &Match{Column: "status", Value: model.ProposalDraft}}
	orgs := Columns{Municipality: "municipality_id", Organization: "id", Public: "public"}
	users := Columns{Municipality: "municipality_id", Organization: "organization_id", Department: "department_id", Owner: "id"}
	const (
		tenancy = "?TableAlias.municipality_id = ?"
		live    = "(?TableAlias.publication_state = ? AND ?TableAlias.published_at <= ?)"
		drafts  = "?TableAlias.status <> ?"
		link    = "EXISTS (SELECT 1 FROM proposal_assignments AS scope_link WHERE scope_link.proposal_id = ?TableAlias.id AND scope_link.department_id IN (?, ?))"
	)
	pub, draft := model.StatePublished, model.ProposalDraft
	cases := []struct {
		name  string
		v     Viewer
		scope model.Scope
		cols  Columns
		sql   string
		args  []any
	}{
		{"content all", v, model.ScopeAll, content, tenancy, []any{int64(1)}},
		{"content organization", v, model.ScopeOrganization, content, tenancy + " AND " + live, []any{int64(1), pub, now}},
		{"content department", v, model.ScopeDepartment, content, tenancy + " AND (" + live + " OR ?TableAlias.lead_department_id IN (?, ?))", []any{int64(1), pub, now, int64(3), int64(4)}},
		{"content department, no departments", bare, model.ScopeDepartment, content, tenancy + " AND " + live, []any{int64(2), pub, now}},
		{"content department, no department column", v, model.ScopeDepartment, Columns{Municipality: "municipality_id", PublicationState: "publication_state", PublishedAt: "published_at"}, tenancy + " AND " + live, []any{int64(1), pub, now}},
		{"content assigned", v, model.ScopeAssigned, content, tenancy + " AND " + live, []any{int64(1), pub, now}},
		{"content self", v, model.ScopeSelf, content, tenancy + " AND " + live, []any{int64(1), pub, now}},
		{"content published", v, model.ScopePublished, content, tenancy + " AND " + live, []any{int64(1), pub, now}},
		{"content without a scope", v, "", content, "1 = 0", nil},
		{"content unknown scope", v, "everything", content, "1 = 0", nil},

		{"proposals all", v, model.ScopeAll, proposals, tenancy + " AND " + drafts, []any{int64(1), draft}},
		{"proposals organization", v, model.ScopeOrganization, proposals, tenancy + " AND ?TableAlias.organization_id = ?", []any{int64(1), int64(7)}},
		{"proposals organization, no organization", bare, model.ScopeOrganization, proposals, "1 = 0", nil},
		{"proposals department", v, model.ScopeDepartment, proposals, "1 = 0", nil},
		{"proposals assigned", v, model.ScopeAssigned, proposals, tenancy + " AND " + drafts + " AND " + link, []any{int64(1), draft, int64(3), int64(4)}},
		{"proposals assigned, no departments", bare, model.ScopeAssigned, proposals, "1 = 0", nil},
		{"proposals self", v, model.ScopeSelf, proposals, "1 = 0", nil},
		{"proposals published", v, model.ScopePublished, proposals, "1 = 0", nil},
		{"proposals without a scope", v, "", proposals, "1 = 0", nil},

		{"organizations all", v, model.ScopeAll, orgs, tenancy, []any{int64(1)}},
		{"organizations organization", v, model.ScopeOrganization, orgs, tenancy + " AND (?TableAlias.public = ? OR ?TableAlias.id = ?)", []any{int64(1), true, int64(7)}},
		{"organizations organization, no organization", bare, model.ScopeOrganization, orgs, tenancy + " AND ?TableAlias.public = ?", []any{int64(2), true}},
		{"organizations department", v, model.ScopeDepartment, orgs, tenancy + " AND ?TableAlias.public = ?", []any{int64(1), true}},
		{"organizations published", v, model.ScopePublished, orgs, tenancy + " AND ?TableAlias.public = ?", []any{int64(1), true}},
		{"organizations without a scope", v, "", orgs, "1 = 0", nil},

		{"users all", v, model.ScopeAll, users, tenancy, []any{int64(1)}},
		{"users organization", v, model.ScopeOrganization, users, tenancy + " AND ?TableAlias.organization_id = ?", []any{int64(1), int64(7)}},
		{"users department", v, model.ScopeDepartment, users, tenancy + " AND ?TableAlias.department_id IN (?, ?)", []any{int64(1), int64(3), int64(4)}},
		{"users department, no departments", bare, model.ScopeDepartment, users, "1 = 0", nil},
		{"users self", v, model.ScopeSelf, users, tenancy + " AND ?TableAlias.id = ?", []any{int64(1), int64(5)}},
		{"users self, anonymous", bare, model.ScopeSelf, users, "1 = 0", nil},
		{"users assigned", v, model.ScopeAssigned, users, "1 = 0", nil},
		{"users published", v, model.ScopePublished, users, "1 = 0", nil},

		{"tenancy alone", v, model.ScopeAll, Columns{Municipality: "municipality_id"}, tenancy, []any{int64(1)}},
		{"no columns at all", v, model.ScopeAll, Columns{}, "1 = 1", nil},
	}
	for _, c := range cases {
		sql, args := c.v.Predicate(c.scope, c.cols)
		if sql != c.sql || !reflect.DeepEqual(args, c.args) {
			t.Errorf("%s:\n got %s %#v\nwant %s %#v", c.name, sql, args, c.sql, c.args)
		}
		if n := countMarks(sql); n != len(args) {
			t.Errorf("%s: %d placeholders, %d arguments", c.name, n, len(args))
		}
	}
}

// countMarks counts the positional placeholders, not bun's named ?TableAlias.
func countMarks(sql string) int {
	n := 0
	for i := 0; i < len(sql); i++ {
		if sql[i] == '?' && !(i+1 < len(sql) && sql[i+1] >= 'A' && sql[i+1] <= 'Z') {
			n++
		}
	}
	return n
}

// TestWithinReadRules checks the read rules the row check shares with Predicate: published
// rows are inside every read scope, drafts only inside the owner's.
func TestWithinReadRules(t *testing.T) {
	org, dept := int64(7), int64(3)
	v := Viewer{MunicipalityID: 1, UserID: 5, OrganizationID: org, DepartmentIDs: []int64{dept}}
	for _, s := range model.Scopes {
		if !v.Within(s, Owner{Published: true}) {
			t.Errorf("%s: a published row is outside", s)
		}
		owners := s == model.ScopeOrganization || s == model.ScopeSelf
		draft := Owner{Draft: true, OrganizationID: &org, DepartmentID: &dept, UserID: 5, AssignedDepartmentIDs: []int64{dept}}
		if got := v.Within(s, draft); got != owners {
			t.Errorf("%s: own draft within = %v, want %v", s, got, owners)
		}
	}
	if v.Within("", Owner{Published: true}) {
		t.Error("no scope admits a published row")
	}
}

// TestLive checks when content counts as published.
func TestLive(t *testing.T) {
	now := time.Date(2026, 11, 30, 0, 0, 0, 0, time.UTC)
	v := Viewer{Now: now}
	past, future := now.Add(-time.Hour), now.Add(time.Hour)
	for _, c := range []struct {
		s    model.PublicationState
		at   *time.Time
		want bool
	}{
		{model.StatePublished, &past, true},
		{model.StatePublished, &now, true},
		{model.StatePublished, &future, false},
		{model.StatePublished, nil, false},
		{model.StateDraft, &past, false},
		{model.StateArchived, &past, false},
	} {
		if got := v.Live(c.s, c.at); got != c.want {
			t.Errorf("%s %v: got %v", c.s, c.at, got)
		}
	}
}
