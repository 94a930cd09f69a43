package policies

import (
	"strings"
	"time"

	"github.com/pppdesk/pppdesk/apperr"
	"github.com/pppdesk/pppdesk/model"
)

// Viewer is what a read needs to know about its caller to apply the read scopes: tenancy,
// identity and the read scope per type of row. Predicate turns it into SQL, Within into a
// row check.
type Viewer struct {
	MunicipalityID int64
	Now            time.Time
	UserID         int64
	OrganizationID int64
	// DepartmentIDs is the caller's department and its sub-departments.
	DepartmentIDs []int64
	// Read answers the policy's read scope for a type of row; nil reads published only.
	Read func(model.OwnerType) model.Scope
}

// ReadScope answers the viewer's read scope for a type; internal callers without a policy
// (Read nil) read published content only.
func (v Viewer) ReadScope(t model.OwnerType) model.Scope {
	if v.Read == nil {
		return model.ScopePublished
	}
	return v.Read(t)
}

// SeesProfile answers whether the viewer may read an organization's whole profile (the rule
// the store applies to organization lists), for one loaded row; others see its public fields.
func (v Viewer) SeesProfile(o *model.Organization) bool {
	return o.MunicipalityID == v.MunicipalityID &&
		v.Within(v.ReadScope(model.OwnerOrganization), Owner{OrganizationID: &o.ID, Published: o.Public})
}

// Owner says whom a loaded row belongs to, for the row check of a scope.
type Owner struct {
	OrganizationID *int64
	DepartmentID   *int64
	UserID         int64
	// AssignedDepartmentIDs are the departments a proposal is assigned to (the assigned scope).
	AssignedDepartmentIDs []int64
	// Published marks a row everyone may read (content that is Live, a public profile):
	// every read scope admits it. Checks of other actions than reads leave it false.
	Published bool
	// Draft marks a row its owner has not handed over yet (a proposal draft): only the
	// owner's scopes (organization, self) admit it.
	Draft bool
}

// Within reports whether a row owned by o lies inside scope s for this viewer: the row check
// that matches the SQL of Predicate for the same scope.
func (v Viewer) Within(s model.Scope, o Owner) bool {
	r, ok := reachOf(s)
	switch {
	case !ok, o.Draft && !r.drafts:
		return false
	case r.everything, o.Published:
		return true
	}
	switch r.tie {
	case model.ScopeOrganization:
		return v.OrganizationID != 0 && o.OrganizationID != nil && *o.OrganizationID == v.OrganizationID
	case model.ScopeDepartment:
		return o.DepartmentID != nil && v.inDepartments(*o.DepartmentID)
	case model.ScopeAssigned:
		for _, d := range o.AssignedDepartmentIDs {
			if v.inDepartments(d) {
				return true
			}
		}
		return false
	case model.ScopeSelf:
		return v.UserID != 0 && o.UserID == v.UserID
	}
	return false
}

func (v Viewer) inDepartments(id int64) bool {
	for _, d := range v.DepartmentIDs {
		if d == id {
			return true
		}
	}
	return false
}

// Caller is who an operation runs for, as the server established it: the municipality, the
// account (nil when anonymous), where the request came from, and the read scopes. Domain
// services take it explicitly and ask it what the caller may do.
type Caller struct {
	Viewer
	Municipality *model.Municipality
	User         *model.User
	// Address is the client address (rate limits); Host the host name it reached us by.
	Address string
	Host    string
	policy  *Policy
}

// NewCaller builds the caller of one operation. departments is the caller's department and
// its sub-departments (empty for non-staff).
func NewCaller(p *Policy, m *model.Municipality, u *model.User, departments []int64, address, host string, now time.Time) *Caller {
	c := &Caller{Municipality: m, User: u, Address: address, Host: host, policy: p}
	c.Viewer = Viewer{MunicipalityID: m.ID, Now: now.UTC(), DepartmentIDs: departments}
	role, slug := c.Role(), m.Slug
	c.Read = func(t model.OwnerType) model.Scope {
		s, _ := p.Scope(role, slug, ReadOf(ResourceOf(t)))
		return s
	}
	if u != nil {
		c.UserID = u.ID
		if u.OrganizationID != nil {
			c.OrganizationID = *u.OrganizationID
		}
	}
	return c
}

// Role answers the caller's role, PUBLIC when anonymous.
func (c *Caller) Role() model.Role {
	if c.User == nil {
		return model.RolePublic
	}
	return c.User.Role
}

// Scope answers the widest scope the caller may do a with, and whether it may at all.
func (c *Caller) Scope(a Action) (model.Scope, bool) {
	return c.policy.Scope(c.Role(), c.Municipality.Slug, a)
}

// Authorize is the one enforcement point of every operation: it answers the scope the caller
// may do a with, or the refusal — UNAUTHENTICATED for anonymous callers (signing in might
// help), FORBIDDEN for signed-in ones.
func (c *Caller) Authorize(a Action) (model.Scope, error) {
	s, ok := c.Scope(a)
	if !ok {
		if c.User == nil {
			return "", apperr.New(apperr.Unauthenticated, "sign in to %s %s", a.Verb, a.Resource)
		}
		return "", apperr.New(apperr.Forbidden, "your role may not %s %s", a.Verb, a.Resource)
	}
	return s, nil
}

// May reports whether the caller may do a on a row owned by o.
func (c *Caller) May(a Action, o Owner) bool {
	s, ok := c.Scope(a)
	return ok && c.Within(s, o)
}

// ResourceOf names a row type as the policy does.
func ResourceOf(t model.OwnerType) string {
	switch t {
	case model.OwnerCaseStudy:
		return "caseStudy"
	case model.OwnerMethod:
		return "collaborationMethod"
	}
	s := string(t)
	return strings.ToLower(s[:1]) + s[1:]
}
