package resolvers

import (
	"context"

	"github.com/pppdesk/pppdesk/apperr"
	"github.com/pppdesk/pppdesk/policies"
)

// writable checks the write right on a row: the desk everywhere, a department only for rows
// of its own department. Content writes moved to the content service; departments still ask
// it here.
func (r *Resolver) writable(ctx context.Context, resource string, deptID *int64) (*Request, error) {
	req, scope, err := authorize(ctx, policies.WriteOf(resource))
	if err != nil {
		return nil, err
	}
	if !req.within(scope, nil, deptID, 0) {
		return nil, apperr.New(apperr.Forbidden, "you may only write %s of your own department", resource)
	}
	return req, nil
}
