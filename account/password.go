package account

import (
	"context"
	"strconv"
	"strings"
	"time"

	"github.com/uptrace/bun"

	"github.com/pppdesk/pppdesk/apperr"
	"github.com/pppdesk/pppdesk/auth"
	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/notify"
	"github.com/pppdesk/pppdesk/policies"
	"github.com/pppdesk/pppdesk/store"
)

// ResetTTL is how long a password reset link works: short, since the link alone takes over
// the account.
const ResetTTL = time.Hour

// The portal pages the account mails link to, below the municipality's portal URL. The token
// travels in the fragment (#token=…), which browsers never send to a server or in a
// Referer, so it stays out of access logs; the portal's page reads location.hash and calls
// resetPassword or verifyEmail with it. The mails also show the bare token.
const (
	ResetPath  = "/reset-password"
	VerifyPath = "/verify-email"
)

// portalLink answers the portal page for a token, or "" when the municipality has no portal.
func portalLink(m *model.Municipality, path, token string) string {
	base := strings.TrimRight(strings.TrimSpace(m.PortalURL), "/")
	if base == "" {
		return ""
	}
	return base + path + "#token=" + token
}

// asUser answers the caller as the account u, so the audit entry of a change made through an
// emailed link names the account's owner as its actor.
func asUser(c *policies.Caller, u *model.User) *policies.Caller {
	cc := *c
	cc.User = u
	return &cc
}

// ChangePassword sets a new password for the signed-in caller who knows the current one. The
// check of the current password is limited as sign-ins are; the new one follows the sign-up
// rules. Every other token of the account is revoked; the one of this request (claims) stays
// valid. Pending reset links are voided, and the owner is told by email.
func (s *Service) ChangePassword(ctx context.Context, c *policies.Caller, claims *auth.Claims, current, next string) (bool, error) {
	if _, err := c.Authorize(policies.ChangePassword); err != nil {
		return false, err
	}
	if len(current) > auth.MaxPassword {
		return false, apperr.Invalid("currentPassword", "is not the account's password")
	}
	if err := auth.CheckPassword("newPassword", next); err != nil {
		return false, err
	}
	u := c.User
	ok, err := s.auth.Reauthenticate(ctx, c.Municipality, u, current, c.Address)
	if err != nil {
		return false, err
	}
	if !ok {
		return false, apperr.Invalid("currentPassword", "is not the account's password")
	}
	hash, err := s.auth.HashPassword(ctx, next)
	if err != nil {
		return false, err
	}
	keep := ""
	if claims != nil {
		keep = claims.ID
	}
	now := s.now()
	err = s.store.InTx(ctx, func(ctx context.Context, tx bun.Tx) error {
		ok, err := store.SetPassword(ctx, tx, c.Municipality.ID, u.ID, u.PasswordHash, hash, keep, now)
		if err != nil {
			return err
		}
		if !ok {
			return apperr.New(apperr.Conflict, "the password was changed meanwhile; sign in again")
		}
		if err := store.DropAccountTokens(ctx, tx, u.ID, model.TokenPasswordReset); err != nil {
			return err
		}
		if err := s.audit(ctx, tx, c, "account.changePassword", string(model.OwnerUser), u.ID, nil); err != nil {
			return err
		}
		return s.mail(ctx, tx, c.Municipality.ID, notify.PasswordChanged(u.Email, c.Municipality.Name))
	})
	if err != nil {
		return false, err
	}
	return true, nil
}

// RequestPasswordReset mails a one-time reset link to an address of the municipality. It
// answers true whether or not the address has an account, and does the same work either way:
// a token row is written (for an unknown address one that redeems nothing) and one mail is
// queued in the same transaction — the link, or a note that there is no account. Requests are
// limited per client address and per requested address.
func (s *Service) RequestPasswordReset(ctx context.Context, c *policies.Caller, email string) (bool, error) {
	if _, err := c.Authorize(policies.ResetPassword); err != nil {
		return false, err
	}
	email, err := auth.NormalizeEmail("email", email)
	if err != nil {
		return false, err
	}
	if err := s.limitSome(ctx, s.resets, c, "password reset requests"); err != nil {
		return false, err
	}
	now := s.now()
	if s.resetsPerMail.Max > 0 {
		ok, err := s.store.Hit(ctx, s.resetsPerMail, strconv.FormatInt(c.Municipality.ID, 10)+":"+email, now)
		if err != nil {
			return false, err
		}
		if !ok {
			return false, apperr.New(apperr.RateLimited, "too many password reset requests for this address; please try again later")
		}
	}
	u, err := s.store.UserByEmail(ctx, c.Municipality.ID, email)
	if err != nil {
		return false, err
	}
	token, hash := auth.NewInvitationToken()
	t := &model.AccountToken{MunicipalityID: c.Municipality.ID, Purpose: model.TokenPasswordReset, Email: email,
		TokenHash: hash, ExpiresAt: now.Add(ResetTTL), CreatedAt: now}
	msg := notify.PasswordResetUnknown(email, c.Municipality.Name)
	if u != nil && !u.Disabled {
		t.UserID = &u.ID
		msg = notify.PasswordReset(email, c.Municipality.Name,
			notify.AccountLink{URL: portalLink(c.Municipality, ResetPath, token), Token: token, Valid: ResetTTL})
	}
	err = s.store.InTx(ctx, func(ctx context.Context, tx bun.Tx) error {
		if err := store.InsertAccountToken(ctx, tx, t); err != nil {
			return err
		}
		return s.mail(ctx, tx, c.Municipality.ID, msg)
	})
	if err != nil {
		return false, err
	}
	if t.UserID != nil && s.noMailer {
		// Without SMTP the link can only reach the operator, as sign-up codes do.
		s.log.WarnContext(ctx, "password reset token (no SMTP configured)", "email", email, "token", token)
	}
	return true, nil
}

// errBadReset is the one answer for a reset token that is unknown, expired or used.
var errBadReset = apperr.Invalid("token", "the password reset link is not valid: it is unknown, expired or already used; ask for a new one with requestPasswordReset")

// ResetPassword redeems a reset link once: it sets the new password, revokes every token of
// the account, records that the address is proven (the link reached it), and signs in.
func (s *Service) ResetPassword(ctx context.Context, c *policies.Caller, token, next string) (*Session, error) {
	if _, err := c.Authorize(policies.ResetPassword); err != nil {
		return nil, err
	}
	if len(token) > 200 {
		return nil, errBadReset
	}
	if err := auth.CheckPassword("newPassword", next); err != nil {
		return nil, err
	}
	now := s.now()
	t, u, err := s.redeemable(ctx, c, model.TokenPasswordReset, token, errBadReset)
	if err != nil {
		return nil, err
	}
	if u.Disabled {
		return nil, errBadReset
	}
	hash, err := s.auth.HashPassword(ctx, next)
	if err != nil {
		return nil, err
	}
	err = s.store.InTx(ctx, func(ctx context.Context, tx bun.Tx) error {
		ok, err := store.UseAccountToken(ctx, tx, t.ID, now)
		if err != nil {
			return err
		}
		if !ok {
			return errBadReset
		}
		if ok, err = store.SetPassword(ctx, tx, c.Municipality.ID, u.ID, "", hash, "", now); err != nil {
			return err
		} else if !ok {
			return errBadReset
		}
		if err := store.MarkEmailVerified(ctx, tx, c.Municipality.ID, u.ID, now); err != nil {
			return err
		}
		if err := s.audit(ctx, tx, asUser(c, u), "account.resetPassword", string(model.OwnerUser), u.ID, nil); err != nil {
			return err
		}
		return s.mail(ctx, tx, c.Municipality.ID, notify.PasswordChanged(u.Email, c.Municipality.Name))
	})
	if err != nil {
		return nil, err
	}
	// Read back what the transaction wrote (hash, epoch, verification), so the token is
	// issued in the new epoch.
	if u, err = s.store.UserByID(ctx, c.Municipality.ID, u.ID); err != nil {
		return nil, err
	}
	if u == nil {
		return nil, errBadReset
	}
	tok, claims, err := s.auth.SignIn(c.Municipality, u)
	if err != nil {
		return nil, err
	}
	return &Session{Token: tok, Claims: claims, User: u}, nil
}
