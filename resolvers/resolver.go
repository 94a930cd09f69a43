// Package resolvers implements the GraphQL schema. Resolvers stay thin: they parse arguments,
// ask the policy, call the store and shape the answer.
package resolvers

import (
	"log/slog"
	"sync"
	"time"

	"github.com/pppdesk/pppdesk/auth"
	"github.com/pppdesk/pppdesk/notify"
	"github.com/pppdesk/pppdesk/outbox"
	"github.com/pppdesk/pppdesk/policies"
	"github.com/pppdesk/pppdesk/storage"
	"github.com/pppdesk/pppdesk/store"
	"github.com/pppdesk/pppdesk/webhooks"
)

// Resolver is the root resolver; it holds the server's dependencies.
type Resolver struct {
	Store  *store.Store
	Policy *policies.Policy
	Auth   *auth.Auth
	// Now is the server clock; tests replace it to move time without sleeping.
	Now func() time.Time
	// InvitationTTL is how long an invitation can be used.
	InvitationTTL time.Duration
	// Files keeps attachment bytes; Uploads limits what may be stored.
	Files   storage.Storage
	Uploads storage.Limits
	// PollInterval is how often subscriptions look for new events; 0 means one second.
	PollInterval time.Duration
	// Mailer sends notification emails; nil sends none.
	Mailer notify.Mailer
	// Mail queues notification mails in the transaction of their change (the outbox); nil
	// sends none.
	Mail outbox.MailQueue
	// Limits are the per-address limits of costly mutations, with defaults filled in.
	Limits RateLimits
	// WebhookGuard decides which endpoints a webhook may name; registration refuses the
	// ones deliveries could not reach anyway.
	WebhookGuard webhooks.Guard
	// MaxSubscriptions caps the open subscriptions of one account on this replica; 0 or
	// less means no cap.
	MaxSubscriptions int
	// Log receives what resolvers report outside an answer (failed emails, subscription
	// polls); nil discards them. The server passes its own, so every line goes to the
	// operator's configured logger.
	Log *slog.Logger
	// OriginsChanged is called after a municipality's allowed origins changed, so the
	// server's CORS cache reads them again at once on this replica; nil does nothing.
	OriginsChanged func()

	svcOnce sync.Once
	svc     services
	// subsMu guards subs, the open subscriptions per account ID.
	subsMu sync.Mutex
	subs   map[int64]int
}

// log answers the logger of the resolvers.
func (r *Resolver) log() *slog.Logger {
	if r.Log != nil {
		return r.Log
	}
	return slog.New(slog.DiscardHandler)
}

// mailQueue answers how domain services hand over notification mails.
func (r *Resolver) mailQueue() outbox.MailQueue {
	if r.Mail != nil {
		return r.Mail
	}
	return outbox.Discard
}
