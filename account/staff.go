package account

import (
	"context"
	"errors"

	"github.com/uptrace/bun"

	"github.com/pppdesk/pppdesk/apperr"
	"github.com/pppdesk/pppdesk/auth"
	"github.com/pppdesk/pppdesk/input"
	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/policies"
	"github.com/pppdesk/pppdesk/store"
)

// CreateStaff creates a desk or department account; departmentID is the parsed
// input.departmentId, required for a DEPARTMENT account.
func (s *Service) CreateStaff(ctx context.Context, c *policies.Caller, in model.StaffAccountInput, departmentID *int64) (*model.User, error) {
	if _, err := c.Authorize(policies.CreateStaff); err != nil {
		return nil, err
	}
	email, err := auth.NormalizeEmail("input.email", in.Email)
	if err != nil {
		return nil, err
	}
	name, err := input.Text("input.displayName", in.DisplayName, true, input.MaxDisplayName)
	if err != nil {
		return nil, err
	}
	if err := auth.CheckPassword("input.password", in.Password); err != nil {
		return nil, err
	}
	now := s.now()
	u := &model.User{MunicipalityID: c.Municipality.ID, Email: email, DisplayName: name, Role: model.Role(in.Role),
		Stamps: model.Stamps{CreatedAt: now, UpdatedAt: now}}
	if departmentID != nil {
		deps, err := s.store.DepartmentsByID(ctx, c.Viewer, []int64{*departmentID})
		if err != nil {
			return nil, err
		}
		if len(deps) == 0 {
			return nil, apperr.Invalid("input.departmentId", "no such department in this municipality")
		}
		id := *departmentID
		u.DepartmentID = &id
	}
	if u.Role == model.RoleDepartment && u.DepartmentID == nil {
		return nil, apperr.Invalid("input.departmentId", "is required for a DEPARTMENT account")
	}
	if u.PasswordHash, err = s.auth.HashPassword(ctx, in.Password); err != nil {
		return nil, err
	}
	err = s.store.InTx(ctx, func(ctx context.Context, tx bun.Tx) error {
		if err := store.CreateUser(ctx, tx, u); err != nil {
			return err
		}
		if err := store.RememberCreated(ctx, tx, u.ID); err != nil {
			return err
		}
		return s.audit(ctx, tx, c, "account.createStaff", string(model.OwnerUser), u.ID, map[string]any{"fields": []string{"displayName", "email", "role"}, "role": u.Role})
	})
	if errors.Is(err, store.ErrDuplicate) {
		return nil, apperr.Invalid("input.email", "an account with this email already exists")
	}
	return u, err
}

// SetDisabled disables or enables an account of the desk's municipality. Nobody disables
// their own account, and a call that changes nothing records nothing.
func (s *Service) SetDisabled(ctx context.Context, c *policies.Caller, id int64, disabled bool) (*model.User, error) {
	if _, err := c.Authorize(policies.DisableAccount); err != nil {
		return nil, err
	}
	u, err := s.store.UserByID(ctx, c.Municipality.ID, id)
	if err != nil {
		return nil, err
	}
	if u == nil {
		return nil, notFound(model.OwnerUser, id)
	}
	if disabled && u.ID == c.User.ID {
		return nil, apperr.New(apperr.Conflict, "you cannot disable your own account")
	}
	if u.Disabled == disabled {
		return u, nil // already so: nothing happens and nothing is recorded
	}
	action := "account.enable"
	if disabled {
		action = "account.disable"
	}
	err = s.store.InTx(ctx, func(ctx context.Context, tx bun.Tx) error {
		if err := store.SetUserDisabled(ctx, tx, c.Municipality.ID, u.ID, disabled, s.now()); err != nil {
			return err
		}
		return s.audit(ctx, tx, c, action, string(model.OwnerUser), u.ID, nil)
	})
	if err != nil {
		return nil, err
	}
	u.Disabled = disabled
	return u, nil
}

// InviteColleague lets a proposer invite someone into its organization: the answer carries
// the token the invitee signs up with (only its hash is stored).
func (s *Service) InviteColleague(ctx context.Context, c *policies.Caller, email string) (*model.ColleagueInvitation, error) {
	if _, err := c.Authorize(policies.InviteColleague); err != nil {
		return nil, err
	}
	if c.OrganizationID == 0 {
		return nil, apperr.New(apperr.Forbidden, "only a proposer of an organization can invite colleagues")
	}
	email, err := auth.NormalizeEmail("email", email)
	if err != nil {
		return nil, err
	}
	token, hash := auth.NewInvitationToken()
	now := s.now()
	inv := &model.Invitation{MunicipalityID: c.Municipality.ID, OrganizationID: c.OrganizationID, Email: email,
		TokenHash: hash, InvitedByID: c.User.ID, ExpiresAt: now.Add(s.invitationTTL), CreatedAt: now}
	err = s.store.InTx(ctx, func(ctx context.Context, tx bun.Tx) error {
		if err := store.Insert(ctx, tx, inv); err != nil {
			return err
		}
		return s.audit(ctx, tx, c, "account.invite", string(model.OwnerOrganization), inv.OrganizationID, map[string]any{"fields": []string{"email"}})
	})
	if err != nil {
		return nil, err
	}
	return &model.ColleagueInvitation{Email: email, Token: token, ExpiresAt: inv.ExpiresAt}, nil
}

// Users checks that the caller may list accounts and answers the list within its scope. The
// search matches emails only for callers who may read every email, so a search cannot reveal
// an address the caller could not read.
func (s *Service) Users(c *policies.Caller, filter *model.UserFilter) (Pager[model.User], error) {
	scope, err := c.Authorize(policies.ReadAccount)
	if err != nil {
		return nil, err
	}
	f := store.UserFilter{}
	if filter != nil {
		f.Role = filter.Role
		if f.Search, err = input.Search(filter.Search); err != nil {
			return nil, err
		}
		emailScope, ok := c.Scope(policies.ReadEmail)
		f.SearchEmail = ok && emailScope == model.ScopeAll
	}
	return func(ctx context.Context, o store.Order, p store.Page) (store.PageOf[model.User], error) {
		return s.store.Users(ctx, c.Viewer, scope, f, o, p)
	}, nil
}

// User answers an account the caller may read (itself, colleagues, or all for the desk);
// any other is NOT_FOUND, as a missing one is.
func (s *Service) User(ctx context.Context, c *policies.Caller, id int64) (*model.User, error) {
	u, err := s.store.UserByID(ctx, c.Municipality.ID, id)
	if err != nil {
		return nil, err
	}
	if u == nil || !Readable(c, u) {
		return nil, notFound(model.OwnerUser, id)
	}
	return u, nil
}

func ownerOf(u *model.User) policies.Owner {
	return policies.Owner{OrganizationID: u.OrganizationID, DepartmentID: u.DepartmentID, UserID: u.ID}
}

// Readable is the account read rule for one loaded account: the caller's own account, or one
// the policy's account read scope reaches. Every way to an account (node, the author and
// actor fields of revisions and audit entries) asks it.
func Readable(c *policies.Caller, u *model.User) bool {
	o := ownerOf(u)
	return c.Within(model.ScopeSelf, o) || c.May(policies.ReadAccount, o)
}

// Email answers an account's email only to callers the policy lets read it; others get nil.
func Email(c *policies.Caller, u *model.User) *string {
	if !c.May(policies.ReadEmail, ownerOf(u)) {
		return nil
	}
	return &u.Email
}
