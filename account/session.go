package account

import (
	"context"

	"github.com/pppdesk/pppdesk/apperr"
	"github.com/pppdesk/pppdesk/auth"
	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/policies"
)

// Session is a sign-in: the bearer token, what it says, and the account it is for. The
// caller of the operation becomes that account for the rest of the operation.
type Session struct {
	Token  string
	Claims *auth.Claims
	User   *model.User
}

// Login signs an account in; auth throttles failed attempts per account and address.
func (s *Service) Login(ctx context.Context, c *policies.Caller, email, password string) (*Session, error) {
	if _, err := c.Authorize(policies.Login); err != nil {
		return nil, err
	}
	if len(password) > auth.MaxPassword {
		return nil, apperr.Invalid("password", "must be at most %d bytes", auth.MaxPassword)
	}
	token, u, err := s.auth.Login(ctx, c.Municipality, email, password, c.Address)
	if err != nil {
		return nil, err
	}
	claims, err := s.auth.Parse(token) // just issued: the signature and expiry say all
	if err != nil {
		return nil, err
	}
	return &Session{Token: token, Claims: claims, User: u}, nil
}

// Logout revokes the token the caller signed in with, on every replica.
func (s *Service) Logout(ctx context.Context, c *policies.Caller, claims *auth.Claims) (bool, error) {
	if _, err := c.Authorize(policies.Logout); err != nil {
		return false, err
	}
	if err := s.auth.Revoke(ctx, claims); err != nil {
		return false, err
	}
	return true, nil
}
