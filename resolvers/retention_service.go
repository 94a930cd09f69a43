package resolvers

import (
	"strings"

	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/retention"
)

// retentionService builds the retention service from the resolver's dependencies.
func (r *Resolver) retentionService() *retention.Service {
	return retention.New(retention.Deps{Store: r.Store, Files: r.Files, Now: r.Now})
}

// purgeLogEntry shapes one purge log row for the API.
func purgeLogEntry(n *model.PurgeRecord) *model.PurgeLogEntry {
	parts := []string{}
	if n.Parts != "" {
		parts = strings.Split(n.Parts, ",")
	}
	return &model.PurgeLogEntry{RecordID: model.GlobalID(n.RecordType, n.RecordID), RecordType: string(n.RecordType),
		Rule: model.RetentionRecordType(n.Rule), Months: n.Months, ExpiredAt: n.ExpiredAt, PurgedAt: n.PurgedAt, Parts: parts}
}
