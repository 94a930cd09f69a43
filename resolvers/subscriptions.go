package resolvers

import (
	"context"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/pppdesk/pppdesk/apperr"
	"github.com/pppdesk/pppdesk/auth"
	"github.com/pppdesk/pppdesk/store"
)

// DefaultPollInterval is how often a subscription looks for new proposal events.
const DefaultPollInterval = time.Second

// openSubscription takes one of the account's subscription slots; false when all are taken.
func (r *Resolver) openSubscription(userID int64) bool {
	r.subsMu.Lock()
	defer r.subsMu.Unlock()
	if r.MaxSubscriptions > 0 && r.subs[userID] >= r.MaxSubscriptions {
		return false
	}
	if r.subs == nil {
		r.subs = map[int64]int{}
	}
	r.subs[userID]++
	return true
}

// closeSubscription gives a slot of openSubscription back.
func (r *Resolver) closeSubscription(userID int64) {
	r.subsMu.Lock()
	defer r.subsMu.Unlock()
	if r.subs[userID]--; r.subs[userID] <= 0 {
		delete(r.subs, userID)
	}
}

// sessionValid re-checks the caller's sign-in as auth.Verify does at connection time:
// expiry on the server clock, revocation (logout, password change) and a disabled or removed account, each
// read from the database so a logout on any replica ends streams on every replica.
func (r *Resolver) sessionValid(ctx context.Context, req *Request) error {
	if req.User == nil || req.Claims == nil {
		return errSignIn
	}
	if exp := req.Claims.ExpiresAt; exp == nil || !r.Now().Before(exp.Time) {
		return apperr.New(apperr.Unauthenticated, "token expired; sign in again")
	}
	revoked, err := r.Store.TokenRevoked(ctx, req.Claims.ID)
	if err != nil {
		return err
	}
	if revoked {
		return apperr.New(apperr.Unauthenticated, "token was signed out; sign in again")
	}
	u, err := r.Store.UserByID(ctx, req.User.MunicipalityID, req.User.ID)
	if err != nil {
		return err
	}
	// A disabled or removed account, or a password changed or reset since the token was
	// issued (auth.Accept's rules), ends the stream.
	if _, err := auth.Accept(req.Claims, store.CallerFound{User: u}); err != nil {
		return err
	}
	// The stream's scope was fixed when it started; a new role, department or organization
	// ends it, and the client subscribes again with the scope the account has now.
	if u.Role != req.User.Role || !sameID(u.DepartmentID, req.User.DepartmentID) || !sameID(u.OrganizationID, req.User.OrganizationID) {
		return apperr.New(apperr.Unauthenticated, "your account's role, department or organization changed; subscribe again")
	}
	return nil
}

// sameID compares two optional IDs by value.
func sameID(a, b *int64) bool { return (a == nil) == (b == nil) && (a == nil || *a == *b) }

// endSubscription makes the graphql-transport-ws transport end the operation with an error
// message (terminal for the client) instead of a normal complete, once the stream's channel
// closes.
func endSubscription(ctx context.Context, err error) {
	defer func() { _ = recover() }() // a transport without subscription errors just completes
	transport.AddSubscriptionError(ctx, &gqlerror.Error{Message: err.Error(), Path: graphql.GetPath(ctx),
		Extensions: map[string]any{"code": string(apperr.CodeOf(err))}})
}

var errSignIn = apperr.New(apperr.Unauthenticated, "sign in to subscribe")
