// Package audit owns the audit log: how a change records who did what (Record, written in
// the change's own transaction so the entry exists exactly when the change does) and who
// may read the log (Service).
package audit

import (
	"context"
	"encoding/json"
	"slices"
	"strings"
	"time"

	"github.com/uptrace/bun"

	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/policies"
	"github.com/pppdesk/pppdesk/store"
)

// Entry is one change as the audit log records it; the caller and the time come from the
// operation that makes it.
type Entry struct {
	// Action names the change, "<domain>.<verb>" (department.save, inquiry.close …).
	Action string
	// TargetType and TargetID name the changed row; TargetType is a model.OwnerType where
	// the row has one, so the log can answer a global ID for it.
	TargetType string
	TargetID   int64
	// Changes describes the change; nil is written as {}.
	Changes map[string]any
}

// Record writes e for caller c in db, the transaction of the change, so the entry commits or
// rolls back with it. at is the service's clock, the same time the change is stamped with.
func Record(ctx context.Context, db bun.IDB, c *policies.Caller, at time.Time, e Entry) error {
	var actor *int64
	if c.User != nil {
		actor = &c.User.ID
	}
	b := []byte("{}")
	if e.Changes != nil {
		var err error
		if b, err = json.Marshal(e.Changes); err != nil {
			return err
		}
	}
	return store.Insert(ctx, db, &model.AuditEntry{MunicipalityID: c.Municipality.ID, ActorID: actor, Action: e.Action,
		TargetType: e.TargetType, TargetID: e.TargetID, Changes: string(b), At: at})
}

// Fields describes an update by the names of the fields its input sets (the JSON names of
// the input's non-null fields), not their values: the log says what was changed without
// copying personal data into it.
func Fields(in any) map[string]any {
	b, _ := json.Marshal(in)
	var m map[string]any
	_ = json.Unmarshal(b, &m)
	names := []string{}
	for k, v := range m {
		if v != nil {
			names = append(names, k)
		}
	}
	slices.Sort(names)
	return map[string]any{"fields": names}
}

// Target answers the global ID of an entry's target row.
func Target(a *model.AuditEntry) string {
	return model.GlobalID(model.OwnerType(strings.TrimSpace(a.TargetType)), a.TargetID)
}

// Order is the audit log's one order, newest first; cursors are made under it.
var Order = store.Order{Key: "ID", By: store.Column("id"), Desc: true}

// Service reads the audit log.
type Service struct {
	store *store.Store
}

// Deps are what the audit service needs.
type Deps struct {
	Store *store.Store
}

// New builds the audit service.
func New(d Deps) *Service { return &Service{store: d.Store} }

// Pages reads one page of a list the caller was already allowed to read.
type Pages[T any] func(ctx context.Context, p store.Page) (store.PageOf[T], error)

// Log answers how to read the audit log of the caller's municipality, newest first, after
// asking the policy (the desk only). The policy is asked before any page argument is
// looked at, so a caller who may not read the log learns nothing about it.
func (s *Service) Log(c *policies.Caller) (Pages[model.AuditEntry], error) {
	if _, err := c.Authorize(policies.ReadAudit); err != nil {
		return nil, err
	}
	return func(ctx context.Context, p store.Page) (store.PageOf[model.AuditEntry], error) {
		return s.store.AuditLog(ctx, c.Viewer, p)
	}, nil
}
