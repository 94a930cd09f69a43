package account

import (
	"cmp"
	"context"
	"errors"
	"time"

	"github.com/uptrace/bun"

	"github.com/pppdesk/pppdesk/apperr"
	"github.com/pppdesk/pppdesk/auth"
	"github.com/pppdesk/pppdesk/input"
	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/policies"
	"github.com/pppdesk/pppdesk/store"
)

// errBadInvitation is the one answer to a wrong, expired or used invitation token: it never
// tells which, so a token cannot be probed.
var errBadInvitation = apperr.Invalid("token", "the invitation is not valid: it is unknown, expired or already used")

// Invited is a new account waiting for its invitation to be accepted, and the token to hand
// over (shown once; only its hash is stored).
type Invited struct {
	Admin     *model.PlatformAdmin
	Token     string
	ExpiresAt time.Time
}

// CreatePlatformAdmin creates an ADMIN account, the platform operator, without a usable
// password, and its invitation valid for ttl. Only the operator at the command line does
// this (`pppdesk admin create`): there is no API to make an ADMIN.
func CreatePlatformAdmin(ctx context.Context, st *store.Store, email string, ttl time.Duration, now time.Time) (*Invited, error) {
	email, err := auth.NormalizeEmail("email", email)
	if err != nil {
		return nil, err
	}
	now = now.UTC().Truncate(time.Second)
	a := &model.PlatformAdmin{Email: email, DisplayName: "ADMIN", CreatedAt: now, UpdatedAt: now}
	token, hash := auth.NewInvitationToken()
	expires := now.Add(ttl)
	err = st.InTx(ctx, func(ctx context.Context, tx bun.Tx) error {
		if err := store.CreatePlatformAdmin(ctx, tx, a); err != nil {
			if errors.Is(err, store.ErrDuplicate) {
				return apperr.Invalid("email", "an ADMIN account with this email already exists")
			}
			return err
		}
		return store.Insert(ctx, tx, &model.AccountInvitation{AccountID: a.ID, TokenHash: hash, ExpiresAt: expires, CreatedAt: now})
	})
	if err != nil {
		return nil, err
	}
	return &Invited{Admin: a, Token: token, ExpiresAt: expires}, nil
}

// AcceptInvitation activates an invited account — a staff account of the caller's
// municipality, or in the platform context an ADMIN — with the password and display name
// its owner chooses, and signs it in. An invitation works once and before it expires; every
// failure is the same answer. Attempts count against the per-address sign-up limit, so
// tokens cannot be guessed at speed.
func (s *Service) AcceptInvitation(ctx context.Context, c *policies.Caller, token, password, displayName string) (*Session, error) {
	if _, err := c.Authorize(policies.AcceptInvitation); err != nil {
		return nil, err
	}
	if err := s.limit(ctx, s.signUps, c, "invitation attempts"); err != nil {
		return nil, err
	}
	name, err := input.Text("displayName", displayName, true, input.MaxDisplayName)
	if err != nil {
		return nil, err
	}
	if err := auth.CheckPassword("password", password); err != nil {
		return nil, err
	}
	if len(token) == 0 || len(token) > 200 {
		return nil, errBadInvitation
	}
	mid := c.Municipality.ID
	now := s.now()
	inv, err := store.AccountInvitationByHash(ctx, s.store.DB, mid, auth.HashToken(token))
	if err != nil {
		return nil, err
	}
	if inv == nil || inv.UsedAt != nil || !now.Before(inv.ExpiresAt) {
		return nil, errBadInvitation
	}
	hash, err := s.auth.HashPassword(ctx, password)
	if err != nil {
		return nil, err
	}
	var u *model.User
	err = s.store.InTx(ctx, func(ctx context.Context, tx bun.Tx) error {
		ok, err := store.UseAccountInvitation(ctx, tx, inv.ID, now)
		if err != nil {
			return err
		}
		if !ok {
			return errBadInvitation
		}
		if mid == 0 {
			if ok, err := store.ActivatePlatformAdmin(ctx, tx, inv.AccountID, hash, name, now); err != nil || !ok {
				return cmp.Or[error](err, errBadInvitation)
			}
			a, err := store.PlatformAdminByID(ctx, tx, inv.AccountID)
			if err != nil {
				return err
			}
			if a == nil || a.Disabled {
				return errBadInvitation
			}
			u = a.User()
			// audit_entries belong to a municipality; the platform's is the log line below.
			return nil
		}
		if ok, err := store.ActivateUser(ctx, tx, mid, inv.AccountID, hash, name, now); err != nil || !ok {
			return cmp.Or[error](err, errBadInvitation)
		}
		// The invitation reached its holder at this address (by mail or from the operator
		// who created it for that address), which is what verification proves.
		if err := store.MarkEmailVerified(ctx, tx, mid, inv.AccountID, now); err != nil {
			return err
		}
		if u, err = store.UserIn(ctx, tx, mid, inv.AccountID); err != nil {
			return err
		}
		if u == nil || u.Disabled {
			return errBadInvitation
		}
		as := policies.NewCaller(nil, c.Municipality, u, nil, c.Address, c.Host, now)
		return s.audit(ctx, tx, as, "account.acceptInvitation", string(model.OwnerUser), u.ID, nil)
	})
	if err != nil {
		return nil, err
	}
	if mid == 0 {
		s.log.Info("platform ADMIN accepted its invitation", "admin", u.ID)
	}
	tok, claims, err := s.auth.SignIn(c.Municipality, u)
	if err != nil {
		return nil, err
	}
	return &Session{Token: tok, Claims: claims, User: u}, nil
}
