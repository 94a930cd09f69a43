package resolvers

import (
	"strings"

	"github.com/pppdesk/pppdesk/apperr"
	"github.com/pppdesk/pppdesk/audit"
	"github.com/pppdesk/pppdesk/model"
)

// newAudit builds the audit log service.
func (r *Resolver) newAudit() *audit.Service {
	return audit.New(audit.Deps{Store: r.Store})
}

// auditFilter reads the API's audit filter for the audit service: global IDs become row
// IDs (an actor must be a User ID; a target may be any type's ID, whose type then narrows
// the target type too).
func auditFilter(in *model.AuditFilter) (audit.Filter, error) {
	if in == nil {
		return audit.Filter{}, nil
	}
	f := audit.Filter{From: in.From, To: in.To}
	if in.Action != nil {
		f.Action = *in.Action
	}
	if in.TargetType != nil {
		f.TargetType = *in.TargetType
	}
	var err error
	if f.ActorID, err = optionalID("filter.actorId", in.ActorID, model.OwnerUser); err != nil {
		return audit.Filter{}, err
	}
	if in.TargetID != nil {
		typ, id, ok := model.ParseGlobalID(*in.TargetID)
		if !ok {
			return audit.Filter{}, apperr.Invalid("filter.targetId", "%q is not an ID", *in.TargetID)
		}
		if f.TargetType != "" && !strings.EqualFold(f.TargetType, string(typ)) {
			return audit.Filter{}, apperr.Invalid("filter.targetId", "is not a %s ID", f.TargetType)
		}
		f.TargetType, f.TargetID = string(typ), id
	}
	return f, nil
}
