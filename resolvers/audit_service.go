package resolvers

import "github.com/pppdesk/pppdesk/audit"

// auditService answers the audit log service.
func (r *Resolver) auditService() *audit.Service {
	return audit.New(audit.Deps{Store: r.Store})
}
