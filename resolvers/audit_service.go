package resolvers

import "github.com/pppdesk/pppdesk/audit"

// newAudit builds the audit log service.
func (r *Resolver) newAudit() *audit.Service {
	return audit.New(audit.Deps{Store: r.Store})
}
