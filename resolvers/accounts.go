package resolvers

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/uptrace/bun"

	"github.com/pppdesk/pppdesk/apperr"
	"github.com/pppdesk/pppdesk/auth"
	"github.com/pppdesk/pppdesk/input"
	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/notify"
	"github.com/pppdesk/pppdesk/policies"
	"github.com/pppdesk/pppdesk/store"
)

func (r *Resolver) now() time.Time { return r.Now().UTC().Truncate(time.Second) }

// signUpTTL is how long a sign-up's confirmation code is valid.
const signUpTTL = 24 * time.Hour

// signUpAccepted is signUp's one answer: the same for a new address and for one that
// already has an account, so the answer never tells whether an address is registered.
var signUpAccepted = &model.SignUpPayload{Message: "確認コードをメールでお送りしました。confirmSignUp で登録を完了してください。 / " +
	"A confirmation code has been sent to the address; finish with confirmSignUp."}

// signUp asks to register a proposer, either with a new organization or by an invitation into
// an existing one. It creates nothing but a registration waiting for its confirmation code,
// which goes to the address by email; an address that already has an account is told so by
// email instead. Both cases answer the same and hash the password alike.
func (r *Resolver) signUp(ctx context.Context, in model.SignUpInput) (*model.SignUpPayload, error) {
	req, _, err := authorize(ctx, policies.SignUp)
	if err != nil {
		return nil, err
	}
	if req.User != nil {
		return nil, apperr.New(apperr.Conflict, "you are already signed in; sign out to register another account")
	}
	email, err := auth.NormalizeEmail("input.email", in.Email)
	if err != nil {
		return nil, err
	}
	if err := auth.CheckPassword("input.password", in.Password); err != nil {
		return nil, err
	}
	name, err := input.Text("input.displayName", in.DisplayName, true, input.MaxDisplayName)
	if err != nil {
		return nil, err
	}
	if in.Organization == nil && (in.InvitationToken == nil || *in.InvitationToken == "") {
		return nil, apperr.Invalid("input.organization",
			"a proposal comes from an organization: give the company, group or sole-proprietor business you act for, or an invitation token; "+
				"private individuals cannot propose (個人（個人事業主を除く）からの提案は対象外です)")
	}
	if in.Organization != nil && in.InvitationToken != nil && *in.InvitationToken != "" {
		return nil, apperr.Invalid("input.invitationToken", "give either a new organization or an invitation token, not both")
	}
	now := r.now()
	su := &model.SignUp{MunicipalityID: req.Municipality.ID, Email: email, DisplayName: name, ExpiresAt: now.Add(signUpTTL), CreatedAt: now}
	if in.Organization != nil {
		if _, err = newOrganization("input.organization.", req.Municipality.ID, *in.Organization, now); err != nil {
			return nil, err
		}
		b, err := json.Marshal(in.Organization)
		if err != nil {
			return nil, fmt.Errorf("sign-up organization: %w", err)
		}
		su.Organization = string(b)
	} else {
		su.InvitationHash = auth.HashToken(*in.InvitationToken)
		if _, err := r.validInvitation(ctx, r.Store.DB, req.Municipality.ID, su.InvitationHash, email, now); err != nil {
			return nil, err
		}
	}
	if err := r.limit(ctx, r.Limits.SignUp, req, "sign-ups"); err != nil {
		return nil, err
	}
	// The same hashing work whether or not the address is registered.
	if su.PasswordHash, err = r.Auth.HashPassword(ctx, in.Password); err != nil {
		return nil, err
	}
	if err := store.PruneSignUps(ctx, r.Store.DB, now); err != nil {
		return nil, err
	}
	existing, err := r.Store.UserByEmail(ctx, req.Municipality.ID, email)
	if err != nil {
		return nil, err
	}
	muni := req.Municipality.Name
	token, hash := auth.NewInvitationToken()
	su.TokenHash = hash
	// A registered address gets a pending sign-up too, whose code is never sent to anyone
	// (it expires unused): both answers then run the same statements, so neither the
	// database work nor its timing tells a registered address from a new one.
	if err := store.Insert(ctx, r.Store.DB, su); err != nil {
		return nil, err
	}
	if existing != nil {
		r.notify(req, func(_ context.Context, send func(notify.Message)) { send(notify.SignUpExisting(email, muni)) })
		return signUpAccepted, nil
	}
	if _, nop := r.Mailer.(notify.Nop); r.Mailer == nil || nop {
		// Without SMTP the code can only reach the operator (as with --demo).
		r.log().WarnContext(ctx, "sign-up confirmation code (no SMTP configured)", "email", email, "token", token)
	}
	r.notify(req, func(_ context.Context, send func(notify.Message)) {
		send(notify.SignUpConfirm(email, muni, token, signUpTTL))
	})
	return signUpAccepted, nil
}

// validInvitation loads an invitation that can still be used by email.
func (r *Resolver) validInvitation(ctx context.Context, db bun.IDB, mid int64, hash, email string, now time.Time) (*model.Invitation, error) {
	inv, err := store.InvitationByHash(ctx, db, mid, hash)
	if err != nil {
		return nil, err
	}
	if inv == nil || inv.AcceptedAt != nil || !now.Before(inv.ExpiresAt) {
		return nil, apperr.Invalid("input.invitationToken", "the invitation is not valid: it is unknown, used or expired")
	}
	if inv.Email != email {
		return nil, apperr.Invalid("input.email", "the invitation was sent to another address")
	}
	return inv, nil
}

// confirmSignUp creates the account of a registration whose owner proved the address (the
// emailed code) and knows its password, and signs it in. The code works once.
func (r *Resolver) confirmSignUp(ctx context.Context, token, password string) (*model.AuthPayload, error) {
	req, _, err := authorize(ctx, policies.SignUp)
	if err != nil {
		return nil, err
	}
	if req.User != nil {
		return nil, apperr.New(apperr.Conflict, "you are already signed in; sign out to register another account")
	}
	if len(password) > auth.MaxPassword || len(token) > 200 {
		return nil, apperr.Invalid("token", "the confirmation code or the password is not valid, or the code expired")
	}
	bad := apperr.Invalid("token", "the confirmation code or the password is not valid, or the code expired")
	now := r.now()
	su, err := store.SignUpByHash(ctx, r.Store.DB, req.Municipality.ID, auth.HashToken(token))
	if err != nil {
		return nil, err
	}
	if su == nil || !now.Before(su.ExpiresAt) {
		return nil, bad
	}
	if ok, err := r.Auth.ComparePassword(ctx, password, su.PasswordHash); err != nil || !ok {
		if err != nil && apperr.CodeOf(err) != apperr.Internal {
			return nil, err
		}
		return nil, bad
	}
	u := &model.User{MunicipalityID: su.MunicipalityID, Email: su.Email, PasswordHash: su.PasswordHash, DisplayName: su.DisplayName,
		Role: model.RoleProposer, Stamps: model.Stamps{CreatedAt: now, UpdatedAt: now}}
	err = r.Store.InTx(ctx, func(ctx context.Context, tx bun.Tx) error {
		if ok, err := store.DeleteSignUp(ctx, tx, su.ID); err != nil || !ok {
			if err == nil {
				err = bad
			}
			return err
		}
		if su.Organization != "" {
			var in model.NewOrganizationInput
			if err := json.Unmarshal([]byte(su.Organization), &in); err != nil {
				return fmt.Errorf("sign-up organization: %w", err)
			}
			org, err := newOrganization("input.organization.", su.MunicipalityID, in, now)
			if err != nil {
				return err
			}
			if err := store.Insert(ctx, tx, org); err != nil {
				return err
			}
			u.OrganizationID = &org.ID
		} else {
			inv, err := r.validInvitation(ctx, tx, su.MunicipalityID, su.InvitationHash, su.Email, now)
			if err != nil {
				return err
			}
			ok, err := store.AcceptInvitation(ctx, tx, inv.ID, now)
			if err != nil {
				return err
			}
			if !ok {
				return apperr.Invalid("input.invitationToken", "the invitation was already used")
			}
			u.OrganizationID = &inv.OrganizationID
		}
		if err := store.CreateUser(ctx, tx, u); err != nil {
			return err
		}
		return store.RememberCreated(ctx, tx, u.ID)
	})
	if errors.Is(err, store.ErrDuplicate) {
		// Only the owner of the address gets here: telling it the account exists is safe.
		return nil, apperr.New(apperr.Conflict, "this email address already has an account; sign in")
	}
	if err != nil {
		return nil, err
	}
	return r.login(ctx, su.Email, password)
}

// confirmedSignUp answers a replayed confirmation as the first attempt did: signed in. A
// replay carries the first attempt's code, so only its owner, with the password, gets here.
func (r *Resolver) confirmedSignUp(password string) func(ctx context.Context, req *Request, id int64) (*model.AuthPayload, error) {
	return func(ctx context.Context, req *Request, id int64) (*model.AuthPayload, error) {
		u, err := r.loadUser(ctx, req, id)
		if err != nil {
			return nil, err
		}
		return r.login(ctx, u.Email, password)
	}
}

// newOrganization checks a new organization's input.
func newOrganization(prefix string, mid int64, in model.NewOrganizationInput, now time.Time) (*model.Organization, error) {
	if !model.ValidOrganizationKind(in.Kind) {
		return nil, apperr.Invalid(prefix+"kind", "%q is not an organization kind", in.Kind)
	}
	o := &model.Organization{MunicipalityID: mid, Kind: in.Kind, Version: 1, Stamps: model.Stamps{CreatedAt: now, UpdatedAt: now}}
	var err error
	if o.Name, err = input.Text(prefix+"name", in.Name, true, input.MaxName); err != nil {
		return nil, err
	}
	if err := input.Set(
		input.F(prefix+"kana", in.Kana, &o.Kana, input.MaxName, false),
		input.F(prefix+"website", in.Website, &o.Website, input.MaxURL, false),
		input.F(prefix+"address", in.Address, &o.Address, input.MaxAddress, false),
	); err != nil {
		return nil, err
	}
	if in.CorporateNumber != nil && *in.CorporateNumber != "" {
		if o.CorporateNumber, err = input.CorporateNumber(prefix+"corporateNumber", *in.CorporateNumber); err != nil {
			return nil, err
		}
	}
	return o, nil
}

func (r *Resolver) login(ctx context.Context, email, password string) (*model.AuthPayload, error) {
	req, _, err := authorize(ctx, policies.Login)
	if err != nil {
		return nil, err
	}
	if len(password) > auth.MaxPassword {
		return nil, apperr.Invalid("password", "must be at most %d bytes", auth.MaxPassword)
	}
	token, u, err := r.Auth.Login(ctx, req.Municipality, email, password, req.Address)
	if err != nil {
		return nil, err
	}
	claims, _, err := r.Auth.Verify(ctx, token)
	if err != nil {
		return nil, err
	}
	if err := req.become(ctx, u, claims); err != nil {
		return nil, err
	}
	return &model.AuthPayload{Token: token, ExpiresAt: claims.ExpiresAt.Time, User: u}, nil
}

func (r *Resolver) logout(ctx context.Context) (bool, error) {
	req, _, err := authorize(ctx, policies.Logout)
	if err != nil {
		return false, err
	}
	if err := r.Auth.Revoke(ctx, req.Claims); err != nil {
		return false, err
	}
	return true, nil
}

func (r *Resolver) createStaffAccount(ctx context.Context, in model.StaffAccountInput) (*model.User, error) {
	req, _, err := authorize(ctx, policies.CreateStaff)
	if err != nil {
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
	now := r.now()
	u := &model.User{MunicipalityID: req.Municipality.ID, Email: email, DisplayName: name, Role: model.Role(in.Role),
		Stamps: model.Stamps{CreatedAt: now, UpdatedAt: now}}
	if in.DepartmentID != nil {
		id, err := parseID("input.departmentId", *in.DepartmentID, model.OwnerDepartment)
		if err != nil {
			return nil, err
		}
		deps, err := r.Store.DepartmentsByID(ctx, req.Viewer, []int64{id})
		if err != nil {
			return nil, err
		}
		if len(deps) == 0 {
			return nil, apperr.Invalid("input.departmentId", "no such department in this municipality")
		}
		u.DepartmentID = &id
	}
	if u.Role == model.RoleDepartment && u.DepartmentID == nil {
		return nil, apperr.Invalid("input.departmentId", "is required for a DEPARTMENT account")
	}
	if u.PasswordHash, err = r.Auth.HashPassword(ctx, in.Password); err != nil {
		return nil, err
	}
	err = r.Store.InTx(ctx, func(ctx context.Context, tx bun.Tx) error {
		if err := store.CreateUser(ctx, tx, u); err != nil {
			return err
		}
		if err := store.RememberCreated(ctx, tx, u.ID); err != nil {
			return err
		}
		return r.audit(ctx, tx, req, "account.createStaff", string(model.OwnerUser), u.ID, map[string]any{"email": u.Email, "role": u.Role})
	})
	if errors.Is(err, store.ErrDuplicate) {
		return nil, apperr.Invalid("input.email", "an account with this email already exists")
	}
	return u, err
}

// setDisabled disables or enables an account of the desk's municipality.
func (r *Resolver) setDisabled(ctx context.Context, id string, disabled bool) (*model.User, error) {
	req, _, err := authorize(ctx, policies.DisableAccount)
	if err != nil {
		return nil, err
	}
	n, err := parseID("id", id, model.OwnerUser)
	if err != nil {
		return nil, err
	}
	u, err := r.Store.UserByID(ctx, req.Municipality.ID, n)
	if err != nil {
		return nil, err
	}
	if u == nil {
		return nil, notFound(model.OwnerUser, id)
	}
	if disabled && u.ID == req.User.ID {
		return nil, apperr.New(apperr.Conflict, "you cannot disable your own account")
	}
	if u.Disabled == disabled {
		return u, nil // already so: nothing happens and nothing is recorded
	}
	err = r.Store.InTx(ctx, func(ctx context.Context, tx bun.Tx) error {
		if err := store.SetUserDisabled(ctx, tx, req.Municipality.ID, u.ID, disabled, r.now()); err != nil {
			return err
		}
		return r.audit(ctx, tx, req, map[bool]string{true: "account.disable", false: "account.enable"}[disabled], string(model.OwnerUser), u.ID, nil)
	})
	if err != nil {
		return nil, err
	}
	u.Disabled = disabled
	return u, nil
}

func (r *Resolver) inviteColleague(ctx context.Context, email string) (*model.ColleagueInvitation, error) {
	req, _, err := authorize(ctx, policies.InviteColleague)
	if err != nil {
		return nil, err
	}
	if req.Viewer.OrganizationID == 0 {
		return nil, apperr.New(apperr.Forbidden, "only a proposer of an organization can invite colleagues")
	}
	email, err = auth.NormalizeEmail("email", email)
	if err != nil {
		return nil, err
	}
	token, hash := auth.NewInvitationToken()
	now := r.now()
	inv := &model.Invitation{MunicipalityID: req.Municipality.ID, OrganizationID: req.Viewer.OrganizationID, Email: email,
		TokenHash: hash, InvitedByID: req.User.ID, ExpiresAt: now.Add(r.InvitationTTL), CreatedAt: now}
	err = r.Store.InTx(ctx, func(ctx context.Context, tx bun.Tx) error {
		if err := store.Insert(ctx, tx, inv); err != nil {
			return err
		}
		return r.audit(ctx, tx, req, "account.invite", string(model.OwnerOrganization), inv.OrganizationID, map[string]any{"email": email})
	})
	if err != nil {
		return nil, err
	}
	return &model.ColleagueInvitation{Email: email, Token: token, ExpiresAt: inv.ExpiresAt}, nil
}

// updateOrganization changes the given fields of a profile the caller may update.
func (r *Resolver) updateOrganization(ctx context.Context, id string, in model.OrganizationInput, version int) (*model.Organization, error) {
	req, _, err := authorize(ctx, policies.UpdateOrganization)
	if err != nil {
		return nil, err
	}
	o, err := oneOf(ctx, "id", id, model.OwnerOrganization, r.Store.OrganizationsByID)
	if err != nil {
		return nil, err
	}
	if !req.may(policies.UpdateOrganization, &o.ID, nil, 0) {
		return nil, apperr.New(apperr.Forbidden, "you may not change this organization's profile")
	}
	if err := input.Set(
		input.F("input.name", in.Name, &o.Name, input.MaxName, true),
		input.F("input.kana", in.Kana, &o.Kana, input.MaxName, false),
		input.F("input.website", in.Website, &o.Website, input.MaxURL, false),
		input.F("input.address", in.Address, &o.Address, input.MaxAddress, false),
		input.F("input.description", in.Description, &o.Description, input.MaxDescription, false),
	); err != nil {
		return nil, err
	}
	if in.Kind != nil {
		if !model.ValidOrganizationKind(*in.Kind) {
			return nil, apperr.Invalid("input.kind", "%q is not an organization kind", *in.Kind)
		}
		o.Kind = *in.Kind
	}
	if in.CorporateNumber != nil {
		o.CorporateNumber = ""
		if *in.CorporateNumber != "" {
			if o.CorporateNumber, err = input.CorporateNumber("input.corporateNumber", *in.CorporateNumber); err != nil {
				return nil, err
			}
		}
	}
	if in.Public != nil {
		o.Public = *in.Public
	}
	o.UpdatedAt = r.now()
	err = r.Store.InTx(ctx, func(ctx context.Context, tx bun.Tx) error {
		ok, err := store.UpdateOrganization(ctx, tx, o, version)
		if err != nil {
			return err
		}
		if !ok {
			return apperr.New(apperr.Conflict, "the organization was changed by someone else (version %d is stale); reload and try again", version)
		}
		return r.audit(ctx, tx, req, "organization.update", string(model.OwnerOrganization), o.ID, changedFields(in))
	})
	if err != nil {
		return nil, err
	}
	return o, nil
}

// users lists the accounts the caller may see.
func (r *Resolver) users(ctx context.Context, first *int, after *string, filter *model.UserFilter) (*model.UserConnection, error) {
	req, scope, err := authorize(ctx, policies.ReadAccount)
	if err != nil {
		return nil, err
	}
	order := store.Order{Key: "CREATED_AT", By: store.Column("created_at")}
	f := store.UserFilter{}
	if filter != nil {
		f.Role = filter.Role
		if f.Search, err = input.Search(filter.Search); err != nil {
			return nil, err
		}
		emailScope, ok := req.Scope(policies.ReadEmail)
		f.SearchEmail = ok && emailScope == model.ScopeAll
	}
	page, _, info, err := listed(ctx, first, after, order,
		func(v store.Viewer, p store.Page) (store.PageOf[model.User], error) {
			return r.Store.Users(ctx, v, scope, f, order, p)
		}, nil)
	if err != nil {
		return nil, err
	}
	return &model.UserConnection{PageInfo: info, TotalCount: page.Total,
		Edges: edgesOf(page, order, func(c string, n *model.User) *model.UserEdge {
			return &model.UserEdge{Cursor: c, Node: n}
		})}, nil
}

// email answers an account's email only to those the policy lets read it.
func (r *Resolver) email(ctx context.Context, u *model.User) (*string, error) {
	req, err := request(ctx)
	if err != nil {
		return nil, err
	}
	if !req.may(policies.ReadEmail, u.OrganizationID, u.DepartmentID, u.ID) {
		return nil, nil
	}
	return &u.Email, nil
}
