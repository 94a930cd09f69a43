package account

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

// signUpTTL is how long a sign-up's confirmation code is valid.
const signUpTTL = 24 * time.Hour

// signUpAccepted is SignUp's one answer: the same for a new address and for one that
// already has an account, so the answer never tells whether an address is registered.
var signUpAccepted = model.SignUpPayload{Message: "確認コードをメールでお送りしました。confirmSignUp で登録を完了してください。 / " +
	"A confirmation code has been sent to the address; finish with confirmSignUp."}

// errNumberTaken refuses a second organization with a 法人番号 of the municipality.
var errNumberTaken = apperr.New(apperr.Conflict, "an organization with this corporate number (法人番号) is already registered; "+
	"ask its members to invite you with inviteColleague, then sign up with the invitation token")

var errSignedIn = apperr.New(apperr.Conflict, "you are already signed in; sign out to register another account")

// SignUp asks to register a proposer, either with a new organization or by an invitation into
// an existing one. It creates nothing but a registration waiting for its confirmation code,
// which goes to the address by email; an address that already has an account is told so by
// email instead. Both cases answer the same and do the same work: the password is hashed
// and a pending registration is written either way.
func (s *Service) SignUp(ctx context.Context, c *policies.Caller, in model.SignUpInput) (*model.SignUpPayload, error) {
	if _, err := c.Authorize(policies.SignUp); err != nil {
		return nil, err
	}
	if c.User != nil {
		return nil, errSignedIn
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
	now := s.now()
	su := &model.SignUp{MunicipalityID: c.Municipality.ID, Email: email, DisplayName: name, ExpiresAt: now.Add(signUpTTL), CreatedAt: now}
	corporateNumber := ""
	if in.Organization != nil {
		org, err := newOrganization("input.organization.", c.Municipality.ID, *in.Organization, now)
		if err != nil {
			return nil, err
		}
		corporateNumber = org.CorporateNumber
		b, err := json.Marshal(in.Organization)
		if err != nil {
			return nil, fmt.Errorf("sign-up organization: %w", err)
		}
		su.Organization = string(b)
	} else {
		su.InvitationHash = auth.HashToken(*in.InvitationToken)
		if _, err := validInvitation(ctx, s.store.DB, c.Municipality.ID, su.InvitationHash, email, now); err != nil {
			return nil, err
		}
	}
	if err := s.limit(ctx, s.signUps, c, "sign-ups"); err != nil {
		return nil, err
	}
	// The same hashing work whether or not the address is registered.
	if su.PasswordHash, err = s.auth.HashPassword(ctx, in.Password); err != nil {
		return nil, err
	}
	if err := store.PruneSignUps(ctx, s.store.DB, now); err != nil {
		return nil, err
	}
	existing, err := s.store.UserByEmail(ctx, c.Municipality.ID, email)
	if err != nil {
		return nil, err
	}
	token, hash := auth.NewInvitationToken()
	su.TokenHash = hash
	msgs := []notify.Message{notify.SignUpConfirm(email, c.Municipality.Name, token, signUpTTL)}
	joining := false
	if existing != nil {
		msgs = []notify.Message{notify.SignUpExisting(email, c.Municipality.Name)}
	} else if corporateNumber != "" {
		// An organization is registered once per 法人番号: a second registration with the
		// number asks the organization's members to invite the applicant instead, and its
		// code is never sent, so no duplicate organization can come of it.
		if msgs, joining, err = s.joinRequest(ctx, c, email, name, corporateNumber, msgs); err != nil {
			return nil, err
		}
	}
	// A registered address gets a pending sign-up too, whose code is never sent to anyone
	// (it expires unused): both answers then run the same statements, so neither the
	// database work nor its timing tells a registered address from a new one.
	err = s.store.InTx(ctx, func(ctx context.Context, tx bun.Tx) error {
		if err := store.Insert(ctx, tx, su); err != nil {
			return err
		}
		return s.mail(ctx, tx, c.Municipality.ID, msgs...)
	})
	if err != nil {
		return nil, err
	}
	if existing == nil && !joining && s.noMailer {
		// Without SMTP the code can only reach the operator (as with --demo).
		s.log.WarnContext(ctx, "sign-up confirmation code (no SMTP configured)", "email", email, "token", token)
	}
	answer := signUpAccepted
	return &answer, nil
}

// joinRequest answers the mails of a registration whose 法人番号 an organization of the
// municipality already holds — the applicant is told its members were asked, and each member
// (or, when it has none, the desk's address) is asked to invite the applicant with
// inviteColleague — and true; or msgs unchanged and false when no organization holds it.
func (s *Service) joinRequest(ctx context.Context, c *policies.Caller, email, name, number string, msgs []notify.Message) ([]notify.Message, bool, error) {
	org, err := store.OrganizationByCorporateNumber(ctx, s.store.DB, c.Municipality.ID, number)
	if err != nil || org == nil {
		return msgs, false, err
	}
	members, err := store.OrganizationMembers(ctx, s.store.DB, c.Municipality.ID, org.ID)
	if err != nil {
		return nil, false, err
	}
	out := []notify.Message{notify.SignUpJoinExisting(email, c.Municipality.Name, org.Name)}
	for _, m := range members {
		out = append(out, notify.JoinRequested(m.Email, c.Municipality.Name, org.Name, name, email))
	}
	if len(members) == 0 && c.Municipality.Email != "" {
		out = append(out, notify.JoinRequested(c.Municipality.Email, c.Municipality.Name, org.Name, name, email))
	}
	return out, true, nil
}

// validInvitation loads an invitation that can still be used by email.
func validInvitation(ctx context.Context, db bun.IDB, mid int64, hash, email string, now time.Time) (*model.Invitation, error) {
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

// ConfirmSignUp creates the account of a registration whose owner proved the address (the
// emailed code) and knows its password, and signs it in. The code works once.
func (s *Service) ConfirmSignUp(ctx context.Context, c *policies.Caller, token, password string) (*Session, error) {
	if _, err := c.Authorize(policies.SignUp); err != nil {
		return nil, err
	}
	if c.User != nil {
		return nil, errSignedIn
	}
	bad := apperr.Invalid("token", "the confirmation code or the password is not valid, or the code expired")
	if len(password) > auth.MaxPassword || len(token) > 200 {
		return nil, bad
	}
	now := s.now()
	su, err := store.SignUpByHash(ctx, s.store.DB, c.Municipality.ID, auth.HashToken(token))
	if err != nil {
		return nil, err
	}
	if su == nil || !now.Before(su.ExpiresAt) {
		return nil, bad
	}
	if ok, err := s.auth.ComparePassword(ctx, password, su.PasswordHash); err != nil || !ok {
		if err != nil && apperr.CodeOf(err) != apperr.Internal {
			return nil, err
		}
		return nil, bad
	}
	// The emailed code proved the address: the account starts verified.
	u := &model.User{MunicipalityID: su.MunicipalityID, Email: su.Email, PasswordHash: su.PasswordHash, DisplayName: su.DisplayName,
		Role: model.RoleProposer, EmailVerifiedAt: &now, Stamps: model.Stamps{CreatedAt: now, UpdatedAt: now}}
	err = s.store.InTx(ctx, func(ctx context.Context, tx bun.Tx) error {
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
			if err := store.RegisterCorporateNumber(ctx, tx, org); errors.Is(err, store.ErrDuplicate) {
				// Registered meanwhile by another sign-up: never a second organization.
				return errNumberTaken
			} else if err != nil {
				return err
			}
			u.OrganizationID = &org.ID
		} else {
			inv, err := validInvitation(ctx, tx, su.MunicipalityID, su.InvitationHash, su.Email, now)
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
	return s.Login(ctx, c, su.Email, password)
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
