package resolvers

import (
	"context"

	"github.com/pppdesk/pppdesk/account"
	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/notify"
)

// accountDeps wires the account and organization services to the server's dependencies.
func (r *Resolver) accountDeps() account.Deps {
	_, nop := r.Mailer.(notify.Nop)
	return account.Deps{Store: r.Store, Auth: r.Auth, Mail: r.mailQueue(), Now: r.now, Log: r.log(),
		Limit:   r.limit,
		SignUps: r.Limits.SignUp, Resets: r.Limits.PasswordReset, ResetsPerEmail: r.Limits.PasswordResetEmail,
		Verifications: r.Limits.Verification, InvitationTTL: r.InvitationTTL, NoMailer: r.Mailer == nil || nop}
}

// newAccounts builds the service of accounts and sessions.
func (r *Resolver) newAccounts() *account.Service { return account.New(r.accountDeps()) }

// newOrganizations builds the service of organization profiles.
func (r *Resolver) newOrganizations() *account.Organizations {
	return account.NewOrganizations(r.accountDeps())
}

// signedIn makes the session's account the caller of the rest of the operation, so the
// payload's user is read as that account, and answers the payload.
func signedIn(ctx context.Context, req *Request, s *account.Session) (*model.AuthPayload, error) {
	if err := req.become(ctx, s.User, s.Claims); err != nil {
		return nil, err
	}
	return &model.AuthPayload{Token: s.Token, ExpiresAt: s.Claims.ExpiresAt.Time, User: s.User}, nil
}

// confirmedSignUp answers a replayed confirmation as the first attempt did: signed in. A
// replay carries the first attempt's code, so only its owner, with the password, gets here.
func (r *Resolver) confirmedSignUp(password string) func(ctx context.Context, req *Request, id int64) (*model.AuthPayload, error) {
	return func(ctx context.Context, req *Request, id int64) (*model.AuthPayload, error) {
		u, err := r.loadUser(ctx, req, id)
		if err != nil {
			return nil, err
		}
		s, err := r.accounts().Login(ctx, req.Caller, u.Email, password)
		if err != nil {
			return nil, err
		}
		return signedIn(ctx, req, s)
	}
}

// user answers an account by global ID for node(id), within the caller's account read.
func (r *Resolver) user(ctx context.Context, id string) (*model.User, error) {
	n, err := parseID("id", id, model.OwnerUser)
	if err != nil {
		return nil, err
	}
	req, err := request(ctx)
	if err != nil {
		return nil, err
	}
	return r.accounts().User(ctx, req.Caller, n)
}
