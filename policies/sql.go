package policies

import (
	"strings"
	"time"

	"github.com/pppdesk/pppdesk/model"
)

// Columns describes a kind of row by the columns the scopes look at, so that one function
// turns any scope into SQL for it. Column names are of the queried table (the predicate
// prefixes them with bun's ?TableAlias). An empty field means rows of the kind have no such
// tie: a scope that needs it admits no row through it.
type Columns struct {
	// Municipality is the tenancy column, applied whatever the scope.
	Municipality string
	// Organization ties a row to an organization (the organization scope).
	Organization string
	// Department ties a row to a department (the department scope).
	Department string
	// Owner ties a row to a user account (the self scope).
	Owner string
	// Assigned ties a row to the departments it is assigned to (the assigned scope).
	Assigned *Link
	// PublicationState and PublishedAt name the columns of publishable content: a row
	// published whose time has come is inside every read scope.
	PublicationState, PublishedAt string
	// Public names a boolean column marking a row everyone may read (a public profile).
	Public string
	// Draft marks rows the owner has not handed over yet: only the owner's scopes
	// (organization, self) reach them.
	Draft *Match
}

// Link is a table that ties rows to departments, one line per department.
type Link struct {
	Table, Row, Department string
}

// Match is a column holding a value.
type Match struct {
	Column string
	Value  any
}

// reach is what one scope admits, the single interpretation of scopes that both the SQL
// predicate and the row check use.
type reach struct {
	everything bool
	tie        model.Scope // the tie a row needs to the viewer, "" for none
	drafts     bool        // the owner's scopes also reach drafts
}

// reachOf interprets a scope; ok is false for a scope nobody has (deny by default).
func reachOf(s model.Scope) (r reach, ok bool) {
	switch s {
	case model.ScopeAll:
		return reach{everything: true}, true
	case model.ScopeOrganization, model.ScopeSelf:
		return reach{tie: s, drafts: true}, true
	case model.ScopeDepartment, model.ScopeAssigned:
		return reach{tie: s}, true
	case model.ScopePublished:
		return reach{}, true
	}
	return reach{}, false
}

// Live reports whether publishable content in state s, public from at, is published for the
// viewer now: the row check of Columns.PublicationState and PublishedAt.
func (v Viewer) Live(s model.PublicationState, at *time.Time) bool {
	return s == model.StatePublished && at != nil && !at.After(v.Now)
}

// Predicate turns scope s of this viewer into a SQL condition on rows described by c, with
// ? placeholders and their arguments, for bun's q.Where(pred, args...). It is the SQL side
// of Within (tenancy aside, which Within leaves to whoever loaded the row): a row matches
// exactly when Within admits its Owner.
func (v Viewer) Predicate(s model.Scope, c Columns) (string, []any) {
	r, ok := reachOf(s)
	if !ok {
		return "1 = 0", nil
	}
	var w where
	if c.Municipality != "" {
		w.and(col(c.Municipality)+" = ?", v.MunicipalityID)
	}
	if c.Draft != nil && !r.drafts {
		w.and(col(c.Draft.Column)+" <> ?", c.Draft.Value)
	}
	if r.everything {
		return w.sql("1 = 1"), w.args
	}
	var in where // rows inside the scope: published ones, or tied to the viewer
	if c.PublicationState != "" && c.PublishedAt != "" {
		in.or("("+col(c.PublicationState)+" = ? AND "+col(c.PublishedAt)+" <= ?)", model.StatePublished, v.Now)
	}
	if c.Public != "" {
		in.or(col(c.Public)+" = ?", true)
	}
	switch r.tie {
	case model.ScopeOrganization:
		if c.Organization != "" && v.OrganizationID != 0 {
			in.or(col(c.Organization)+" = ?", v.OrganizationID)
		}
	case model.ScopeDepartment:
		if c.Department != "" && len(v.DepartmentIDs) > 0 {
			in.or(col(c.Department)+" IN ("+marks(len(v.DepartmentIDs))+")", ids(v.DepartmentIDs)...)
		}
	case model.ScopeAssigned:
		if l := c.Assigned; l != nil && len(v.DepartmentIDs) > 0 {
			in.or("EXISTS (SELECT 1 FROM "+l.Table+" AS scope_link WHERE scope_link."+l.Row+" = ?TableAlias.id AND scope_link."+
				l.Department+" IN ("+marks(len(v.DepartmentIDs))+"))", ids(v.DepartmentIDs)...)
		}
	case model.ScopeSelf:
		if c.Owner != "" && v.UserID != 0 {
			in.or(col(c.Owner)+" = ?", v.UserID)
		}
	}
	if len(in.terms) == 0 {
		return "1 = 0", nil
	}
	if len(in.terms) == 1 {
		w.and(in.terms[0], in.args...)
	} else {
		w.and("("+strings.Join(in.terms, " OR ")+")", in.args...)
	}
	return w.sql(""), w.args
}

// where collects terms of a condition and their arguments.
type where struct {
	terms []string
	args  []any
}

func (w *where) and(term string, args ...any) {
	w.terms = append(w.terms, term)
	w.args = append(w.args, args...)
}

func (w *where) or(term string, args ...any) { w.and(term, args...) }

// sql joins the terms with AND; empty answers the condition of no terms.
func (w *where) sql(empty string) string {
	if len(w.terms) == 0 {
		return empty
	}
	return strings.Join(w.terms, " AND ")
}

func col(name string) string { return "?TableAlias." + name }

// marks answers n comma-separated placeholders: one argument per ID keeps the predicate free
// of any driver's way of expanding lists.
func marks(n int) string {
	return strings.TrimSuffix(strings.Repeat("?, ", n), ", ")
}

func ids(xs []int64) []any {
	out := make([]any, len(xs))
	for i, x := range xs {
		out[i] = x
	}
	return out
}
