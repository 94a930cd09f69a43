package resolvers

// The helpers below were the proposal resolvers' and are still used by other resolvers
// (accounts, content, media, inquiries); they go when their last caller moves to a service.

import (
	"context"
	"encoding/json"
	"time"

	"github.com/uptrace/bun"

	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/notify"
	"github.com/pppdesk/pppdesk/store"
)

// audit writes one audit entry.
func (r *Resolver) audit(ctx context.Context, tx bun.IDB, req *Request, action, targetType string, targetID int64, changes map[string]any) error {
	var actor *int64
	if req.User != nil {
		actor = &req.User.ID
	}
	b, _ := json.Marshal(changes)
	if changes == nil {
		b = []byte("{}")
	}
	return store.Insert(ctx, tx, &model.AuditEntry{MunicipalityID: req.Municipality.ID, ActorID: actor, Action: action,
		TargetType: targetType, TargetID: targetID, Changes: string(b), At: r.now()})
}

// changedFields names the fields an update input sets, for the audit log.
func changedFields(in any) map[string]any {
	b, _ := json.Marshal(in)
	var m map[string]any
	_ = json.Unmarshal(b, &m)
	out := map[string]any{}
	for k, v := range m {
		if v != nil {
			out[k] = true
		}
	}
	return map[string]any{"fields": keys(out)}
}

func keys(m map[string]any) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

func uniq(ids []int64) []int64 {
	seen := map[int64]bool{}
	var out []int64
	for _, id := range ids {
		if !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	return out
}

func (r *Resolver) staff(ctx context.Context, mid int64, role model.Role, deps []int64) []*model.User {
	us, err := r.Store.UsersOf(ctx, mid, role, deps)
	if err != nil {
		r.log().ErrorContext(ctx, "notification recipients", "error", err)
	}
	return us
}

// notify composes and sends emails after the change is committed, off the request: a slow
// or failing mail server never blocks or fails the mutation that caused it.
func (r *Resolver) notify(req *Request, compose func(ctx context.Context, send func(notify.Message))) {
	if r.Mailer == nil {
		return
	}
	r.mailWG.Add(1)
	go func() {
		defer r.mailWG.Done()
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		defer cancel()
		compose(ctx, func(m notify.Message) {
			if err := r.Mailer.Send(ctx, m); err != nil {
				r.log().ErrorContext(ctx, "notification email failed", "error", err, "subject", m.Subject)
			}
		})
	}()
}

// QueueMail is the resolvers' outbox.MailQueue until the outbox table lands: it sends after
// the current operation, off the request, like notify.
func (r *Resolver) QueueMail(_ context.Context, _ bun.IDB, _ int64, msgs ...notify.Message) error {
	r.notify(nil, func(_ context.Context, send func(notify.Message)) {
		for _, m := range msgs {
			send(m)
		}
	})
	return nil
}

// WaitForMail waits until queued notifications are sent; tests and shutdown use it.
func (r *Resolver) WaitForMail() { r.mailWG.Wait() }
