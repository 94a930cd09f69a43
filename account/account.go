// Package account owns accounts, sessions and organizations: sign-up and its confirmation,
// sign-in and sign-out, staff accounts, invitations, and organization profiles. Each
// operation takes the policies.Caller it runs for, checks the policy and the input, runs its
// transaction, writes its audit entry and queues its mail in that transaction.
//
// Organizations are a second service type of this package rather than a package of their
// own: a sign-up creates its organization with the same checks as createOrganization, and
// invitations join an account to an organization, so the two share those rules.
package account

import (
	"context"
	"log/slog"
	"time"

	"github.com/uptrace/bun"

	"github.com/pppdesk/pppdesk/apperr"
	"github.com/pppdesk/pppdesk/audit"
	"github.com/pppdesk/pppdesk/auth"
	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/notify"
	"github.com/pppdesk/pppdesk/outbox"
	"github.com/pppdesk/pppdesk/policies"
	"github.com/pppdesk/pppdesk/store"
)

// LimitFunc counts one call of the caller's address against l and refuses it with
// RATE_LIMITED once the limit is reached; what names the calls in the refusal.
type LimitFunc func(ctx context.Context, l store.Limit, c *policies.Caller, what string) error

// Deps are what the services need; the server wires them once.
type Deps struct {
	Store *store.Store
	// Auth hashes passwords (bounded by its semaphore) and signs in with its throttling.
	Auth *auth.Auth
	// Mail queues notification mails in the transaction of their change; nil sends none.
	Mail outbox.MailQueue
	// Now is the clock, already truncated as stored; nil means the system clock.
	Now func() time.Time
	// Log receives the operator's lines (sign-up codes when there is no SMTP); nil means
	// slog.Default.
	Log *slog.Logger
	// Limit applies the per-address rate limits; nil applies none.
	Limit LimitFunc
	// SignUps is the per-address limit of sign-ups.
	SignUps store.Limit
	// Resets limits password reset requests per client address, and ResetsPerEmail per
	// requested address (so nobody floods a mailbox from many addresses); Verifications
	// limits verification mails per client address. A zero Max applies none.
	Resets, ResetsPerEmail, Verifications store.Limit
	// InvitationTTL is how long an invitation can be used.
	InvitationTTL time.Duration
	// NoMailer says no mail reaches anyone (no SMTP configured): sign-up confirmation codes
	// are then logged at WARN, since only the operator can pass them on.
	NoMailer bool
}

// deps are the checked dependencies both services share.
type deps struct {
	store         *store.Store
	auth          *auth.Auth
	mail          outbox.MailQueue
	now           func() time.Time
	log           *slog.Logger
	limit         LimitFunc
	signUps       store.Limit
	resets        store.Limit
	resetsPerMail store.Limit
	verifications store.Limit
	invitationTTL time.Duration
	noMailer      bool
}

func (d Deps) build() deps {
	out := deps{store: d.Store, auth: d.Auth, mail: d.Mail, now: d.Now, log: d.Log, limit: d.Limit,
		signUps: d.SignUps, resets: d.Resets, resetsPerMail: d.ResetsPerEmail, verifications: d.Verifications,
		invitationTTL: d.InvitationTTL, noMailer: d.NoMailer}
	if out.now == nil {
		out.now = func() time.Time { return time.Now().UTC().Truncate(time.Second) }
	}
	if out.log == nil {
		out.log = slog.Default()
	}
	if out.mail == nil {
		out.mail = func(context.Context, bun.IDB, int64, ...notify.Message) error { return nil }
	}
	if out.limit == nil {
		out.limit = func(context.Context, store.Limit, *policies.Caller, string) error { return nil }
	}
	return out
}

// Service runs the operations on accounts and sessions.
type Service struct{ deps }

// New builds the account service.
func New(d Deps) *Service { return &Service{d.build()} }

// limitSome applies the per-address limit l unless it is unset (Max 0).
func (d *deps) limitSome(ctx context.Context, l store.Limit, c *policies.Caller, what string) error {
	if l.Max <= 0 {
		return nil
	}
	return d.limit(ctx, l, c, what)
}

// audit writes one audit entry in db, the transaction of the change it records.
func (d *deps) audit(ctx context.Context, db bun.IDB, c *policies.Caller, action, targetType string, targetID int64, changes map[string]any) error {
	return audit.Record(ctx, db, c, d.now(), audit.Entry{Action: action, TargetType: targetType, TargetID: targetID, Changes: changes})
}

// notFound is the answer for a row that does not exist or may not be seen: the two are the
// same to the caller, so existence never leaks.
func notFound(typ model.OwnerType, id int64) error {
	return apperr.NotFoundf("%s %s not found", typ, model.GlobalID(typ, id))
}

// Pager pages through a list the caller was allowed to read, in the given order.
type Pager[T any] func(ctx context.Context, o store.Order, p store.Page) (store.PageOf[T], error)
