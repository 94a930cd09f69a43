package account

import (
	"context"
	"time"

	"github.com/uptrace/bun"

	"github.com/pppdesk/pppdesk/apperr"
	"github.com/pppdesk/pppdesk/auth"
	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/notify"
	"github.com/pppdesk/pppdesk/policies"
	"github.com/pppdesk/pppdesk/store"
)

// VerifyTTL is how long an email verification link works.
const VerifyTTL = 24 * time.Hour

// RequestEmailVerification mails the signed-in caller a one-time link that proves it reads
// its address. An account verified already gets no mail; the answer is true either way.
func (s *Service) RequestEmailVerification(ctx context.Context, c *policies.Caller) (bool, error) {
	if _, err := c.Authorize(policies.RequestVerification); err != nil {
		return false, err
	}
	u := c.User
	if u.EmailVerifiedAt != nil {
		return true, nil
	}
	if err := s.limitSome(ctx, s.verifications, c, "verification emails"); err != nil {
		return false, err
	}
	now := s.now()
	token, hash := auth.NewInvitationToken()
	t := &model.AccountToken{MunicipalityID: c.Municipality.ID, UserID: &u.ID, Purpose: model.TokenEmailVerification, Email: u.Email,
		TokenHash: hash, ExpiresAt: now.Add(VerifyTTL), CreatedAt: now}
	msg := notify.VerifyEmail(u.Email, c.Municipality.Name,
		notify.AccountLink{URL: portalLink(c.Municipality, VerifyPath, token), Token: token, Valid: VerifyTTL})
	err := s.store.InTx(ctx, func(ctx context.Context, tx bun.Tx) error {
		if err := store.InsertAccountToken(ctx, tx, t); err != nil {
			return err
		}
		return s.mail(ctx, tx, c.Municipality.ID, msg)
	})
	if err != nil {
		return false, err
	}
	if s.noMailer {
		s.log.WarnContext(ctx, "email verification token (no SMTP configured)", "email", u.Email, "token", token)
	}
	return true, nil
}

// errBadVerification is the one answer for a verification token that is unknown, expired or
// used, or that was sent to an address the account no longer has.
var errBadVerification = apperr.Invalid("token", "the verification link is not valid: it is unknown, expired or already used; ask for a new one with requestEmailVerification")

// VerifyEmail redeems a verification link once and records that the account's address is
// proven. Anyone may call it: the link is the proof, and it is often opened signed out.
func (s *Service) VerifyEmail(ctx context.Context, c *policies.Caller, token string) (bool, error) {
	if _, err := c.Authorize(policies.VerifyEmail); err != nil {
		return false, err
	}
	if len(token) > 200 {
		return false, errBadVerification
	}
	now := s.now()
	t, u, err := s.redeemable(ctx, c, model.TokenEmailVerification, token, errBadVerification)
	if err != nil {
		return false, err
	}
	err = s.store.InTx(ctx, func(ctx context.Context, tx bun.Tx) error {
		ok, err := store.UseAccountToken(ctx, tx, t.ID, now)
		if err != nil {
			return err
		}
		if !ok {
			return errBadVerification
		}
		if err := store.MarkEmailVerified(ctx, tx, c.Municipality.ID, u.ID, now); err != nil {
			return err
		}
		return s.audit(ctx, tx, asUser(c, u), "account.verifyEmail", string(model.OwnerUser), u.ID, nil)
	})
	if err != nil {
		return false, err
	}
	return true, nil
}

// EmailVerified answers whether an account's address is verified, to callers who may read
// the address; others get nil.
func EmailVerified(c *policies.Caller, u *model.User) *bool {
	if Email(c, u) == nil {
		return nil
	}
	v := u.EmailVerifiedAt != nil
	return &v
}

// redeemable finds the unused, unexpired account token of kind behind a link's token and
// its account, which must still have the address the link was sent to; anything else is
// bad, one error whatever the reason, so a guesser learns nothing.
func (s *Service) redeemable(ctx context.Context, c *policies.Caller, kind model.AccountTokenPurpose, token string, bad error) (*model.AccountToken, *model.User, error) {
	t, err := store.AccountTokenByHash(ctx, s.store.DB, c.Municipality.ID, kind, auth.HashToken(token))
	if err != nil {
		return nil, nil, err
	}
	if t == nil || t.UsedAt != nil || !s.now().Before(t.ExpiresAt) {
		return nil, nil, bad
	}
	u, err := s.store.UserByID(ctx, c.Municipality.ID, *t.UserID)
	if err != nil {
		return nil, nil, err
	}
	if u == nil || u.Email != t.Email {
		return nil, nil, bad
	}
	return t, u, nil
}
