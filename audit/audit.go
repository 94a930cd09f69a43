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

	"github.com/pppdesk/pppdesk/apperr"
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

// Filter narrows the audit log (the desk's audit screen: period, actor, action, target);
// a zero field filters nothing.
type Filter struct {
	From, To *time.Time
	ActorID  int64
	// Action is exact, or a prefix when it ends in a dot ("inquiry.").
	Action     string
	TargetType string
	TargetID   int64
}

// MaxActionFilter bounds the action and target type filters; no action name is longer.
const MaxActionFilter = 100

// Log answers how to read the audit log of the caller's municipality that matches f,
// newest first, after asking the policy (the desk only). The policy is asked before any
// page or filter argument is looked at, so a caller who may not read the log learns
// nothing about it.
func (s *Service) Log(c *policies.Caller, f Filter) (Pages[model.AuditEntry], error) {
	if _, err := c.Authorize(policies.ReadAudit); err != nil {
		return nil, err
	}
	sf, err := f.check()
	if err != nil {
		return nil, err
	}
	return func(ctx context.Context, p store.Page) (store.PageOf[model.AuditEntry], error) {
		return s.store.AuditLog(ctx, c.Viewer, sf, p)
	}, nil
}

// check refuses a filter the log cannot match sensibly and turns it into the store's: names
// are letters, digits and dots only (so a prefix needs no LIKE escaping), a period ends
// after it starts.
func (f Filter) check() (store.AuditFilter, error) {
	name := func(field, v string) error {
		if len(v) > MaxActionFilter {
			return apperr.Invalid(field, "is longer than %d characters", MaxActionFilter)
		}
		for _, r := range v {
			if !(r == '.' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
				return apperr.Invalid(field, "may hold only letters, digits and dots")
			}
		}
		return nil
	}
	action := strings.TrimSpace(f.Action)
	if err := name("filter.action", action); err != nil {
		return store.AuditFilter{}, err
	}
	typ := strings.TrimSpace(f.TargetType)
	if err := name("filter.targetType", typ); err != nil {
		return store.AuditFilter{}, err
	}
	if f.From != nil && f.To != nil && !f.From.Before(*f.To) {
		return store.AuditFilter{}, apperr.Invalid("filter.to", "must be after filter.from")
	}
	return store.AuditFilter{From: f.From, To: f.To, ActorID: f.ActorID, Action: action, ActionPrefix: strings.HasSuffix(action, "."),
		TargetType: typ, TargetID: f.TargetID}, nil
}
