package resolvers

import (
	"context"
	"strings"
	"unicode/utf8"

	"github.com/pppdesk/pppdesk/apperr"
	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/policies"
)

// authorize asks the policy, through the caller, whether it may do a in this municipality
// and answers the scope it may do it with (policies.Caller.Authorize is the one enforcement
// point).
func authorize(ctx context.Context, a policies.Action) (*Request, model.Scope, error) {
	req, err := request(ctx)
	if err != nil {
		return nil, "", err
	}
	s, err := req.Authorize(a)
	if err != nil {
		return req, "", err
	}
	return req, s, nil
}

// may reports whether the caller may do a on a row owned by (orgID, deptID, userID).
func (r *Request) may(a policies.Action, orgID, deptID *int64, userID int64) bool {
	return r.May(a, policies.Owner{OrganizationID: orgID, DepartmentID: deptID, UserID: userID})
}

// within reports whether a row owned by (orgID, deptID, userID) lies inside scope s.
func (r *Request) within(s model.Scope, orgID, deptID *int64, userID int64) bool {
	return r.Within(s, policies.Owner{OrganizationID: orgID, DepartmentID: deptID, UserID: userID})
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
