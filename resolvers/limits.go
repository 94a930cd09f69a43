package resolvers

import (
	"context"
	"time"

	"github.com/pppdesk/pppdesk/policies"
	"github.com/pppdesk/pppdesk/store"
)

// RateLimits are per-client-address limits of mutations that cost the server or reach people;
// a zero Max takes the default. They are counted in the database, one call at a time, so
// aliased mutations in one request, parallel requests and replicas all count.
type RateLimits struct {
	// SignUp: new accounts per address; default 10 an hour.
	SignUp store.Limit
	// Inquiry: contact-form messages per address; default 10 an hour.
	Inquiry store.Limit
	// PreviewToken: preview tokens per address; default 60 an hour.
	PreviewToken store.Limit
	// Upload: files stored (attachments and media) per address; default 100 an hour.
	Upload store.Limit
	// PasswordReset: password reset requests per client address; default 10 an hour.
	PasswordReset store.Limit
	// PasswordResetEmail: password reset requests per requested email address, from any
	// client, so nobody floods a mailbox; default 3 an hour.
	PasswordResetEmail store.Limit
	// Verification: email verification mails per client address; default 10 an hour.
	Verification store.Limit
}

// WithDefaults fills the limits left zero.
func (l RateLimits) WithDefaults() RateLimits {
	def := func(x *store.Limit, name string, max int) {
		x.Name = name
		if x.Window == 0 {
			x.Window = time.Hour
		}
		if x.Max == 0 {
			x.Max = max
		}
	}
	def(&l.SignUp, "signup", 10)
	def(&l.Inquiry, "inquiry", maxInquiriesPerHour)
	def(&l.PreviewToken, "preview", 60)
	def(&l.Upload, "upload", 100)
	def(&l.PasswordReset, "reset", 10)
	def(&l.PasswordResetEmail, "reset-email", 3)
	def(&l.Verification, "verify", 10)
	return l
}

// limit counts one call of an address against l, refusing it with RATE_LIMITED when the
// limit is reached.
func (r *Resolver) limit(ctx context.Context, l store.Limit, c *policies.Caller, what string) error {
	return r.Store.Throttle(ctx, l, c.Address, r.now(), what)
}
