package resolvers

import (
	"context"
	"strings"
	"unicode/utf8"

	"github.com/pppdesk/pppdesk/apperr"
	"github.com/pppdesk/pppdesk/model"
)

// authorize is the one enforcement point of every resolver: it asks the policy whether the
// caller may do act on obj in this municipality and answers the scope it may do it with.
// Refusals are UNAUTHENTICATED for anonymous callers (signing in might help) and FORBIDDEN
// for signed-in ones.
func authorize(ctx context.Context, obj, act string) (*Request, model.Scope, error) {
	req, err := request(ctx)
	if err != nil {
		return nil, "", err
	}
	s, ok := req.policy.Scope(req.Role(), req.Municipality.Slug, obj, act)
	if !ok {
		if req.User == nil {
			return req, "", apperr.New(apperr.Unauthenticated, "sign in to %s %s", act, obj)
		}
		return req, "", apperr.New(apperr.Forbidden, "your role may not %s %s", act, obj)
	}
	return req, s, nil
}

// may reports whether the caller may do act on obj with at least the given reach over a
// row owned by (organizationID, departmentID, userID); used for object-level checks after
// the row is loaded.
func (r *Request) may(obj, act string, orgID, deptID *int64, userID int64) bool {
	s, ok := r.policy.Scope(r.Role(), r.Municipality.Slug, obj, act)
	if !ok {
		return false
	}
	return r.within(s, orgID, deptID, userID)
}

// within reports whether a row owned by (orgID, deptID, userID) lies inside scope s.
func (r *Request) within(s model.Scope, orgID, deptID *int64, userID int64) bool {
	v := r.Viewer
	switch s {
	case model.ScopeAll:
		return true
	case model.ScopeOrganization:
		return v.OrganizationID != 0 && orgID != nil && *orgID == v.OrganizationID
	case model.ScopeDepartment:
		if deptID == nil {
			return false
		}
		for _, d := range v.DepartmentIDs {
			if d == *deptID {
				return true
			}
		}
		return false
	case model.ScopeSelf:
		return v.UserID != 0 && userID == v.UserID
	}
	return false
}

// text checks and trims a free-text input: required when min > 0, at most max characters.
func text(field, s string, required bool, max int) (string, error) {
	s = strings.TrimSpace(s)
	if required && s == "" {
		return "", apperr.Invalid(field, "is required")
	}
	if n := utf8.RuneCountInString(s); n > max {
		return "", apperr.Invalid(field, "is %d characters long; at most %d are allowed", n, max)
	}
	if strings.ContainsRune(s, 0) {
		return "", apperr.Invalid(field, "contains a NUL character")
	}
	return s, nil
}

// textField is one optional free-text input and where it goes: nil inputs leave the
// destination alone, so the same list serves creates and partial updates.
type textField struct {
	field    string
	in       *string
	dst      *string
	max      int
	required bool
}

// setTexts checks and assigns every given field, naming the first bad one.
func setTexts(fields ...textField) error {
	for _, f := range fields {
		if f.in == nil {
			continue
		}
		t, err := text(f.field, *f.in, f.required, f.max)
		if err != nil {
			return err
		}
		*f.dst = t
	}
	return nil
}

var errSignIn = apperr.New(apperr.Unauthenticated, "sign in to subscribe")
