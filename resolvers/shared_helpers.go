package resolvers

// The helpers below were the proposal resolvers' and are still used by other resolvers
// (accounts, content, media, inquiries); they go when their last caller moves to a service.

import (
	"context"
	"time"

	"github.com/uptrace/bun"

	"github.com/pppdesk/pppdesk/notify"
	"github.com/pppdesk/pppdesk/store"
)

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

// QueueMail is the resolvers' outbox.MailQueue until the outbox table lands: it sends once
// the transaction it is called in has committed (never for one that rolls back), off the
// request, like notify.
func (r *Resolver) QueueMail(ctx context.Context, _ bun.IDB, _ int64, msgs ...notify.Message) error {
	store.AfterCommit(ctx, func() {
		r.notify(nil, func(_ context.Context, send func(notify.Message)) {
			for _, m := range msgs {
				send(m)
			}
		})
	})
	return nil
}

// WaitForMail waits until queued notifications are sent; tests and shutdown use it.
func (r *Resolver) WaitForMail() { r.mailWG.Wait() }
