package resolvers

import (
	"context"

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

// within reports whether a row owned by (orgID, deptID, userID) lies inside scope s.
func (r *Request) within(s model.Scope, orgID, deptID *int64, userID int64) bool {
	return r.Within(s, policies.Owner{OrganizationID: orgID, DepartmentID: deptID, UserID: userID})
}

var errSignIn = apperr.New(apperr.Unauthenticated, "sign in to subscribe")
