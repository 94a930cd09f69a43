package resolvers

import (
	"context"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/pppdesk/pppdesk/apperr"
	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/querylimit"
)

// DefaultPollInterval is how often a subscription looks for new proposal events.
const DefaultPollInterval = time.Second

// proposalEvents streams the transitions and assignments of the proposals the caller may
// see. Events are read from the database rather than kept in process memory, so a change
// made on any replica reaches subscribers on every replica.
func (r *Resolver) proposalEvents(ctx context.Context, proposalID *string) (<-chan *model.ProposalUpdate, error) {
	req, err := request(ctx)
	if err != nil {
		return nil, err
	}
	svc := r.proposalService()
	if err := svc.Authorize(req.Caller); err != nil {
		return nil, err
	}
	if req.User == nil {
		return nil, errSignIn
	}
	if !r.openSubscription(req.User.ID) {
		return nil, apperr.New(apperr.RateLimited, "this account has %d subscriptions open (limit %s); close one first", r.MaxSubscriptions, querylimit.FlagSubscriptions)
	}
	opened := false
	defer func() {
		if !opened {
			r.closeSubscription(req.User.ID)
		}
	}()
	var only int64
	if proposalID != nil {
		n, err := parseID("proposalId", *proposalID, model.OwnerProposal)
		if err != nil {
			return nil, err
		}
		p, err := svc.Get(ctx, req.Caller, n)
		if err != nil {
			return nil, err
		}
		only = p.ID
	}
	last, err := svc.LastEventID(ctx, req.Caller)
	if err != nil {
		return nil, err
	}
	every := r.PollInterval
	if every <= 0 {
		every = DefaultPollInterval
	}
	out := make(chan *model.ProposalUpdate, 16)
	opened = true
	go func() {
		defer r.closeSubscription(req.User.ID)
		defer close(out)
		t := time.NewTicker(every)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
			}
			// A subscription lives no longer than the sign-in that opened it: on every
			// tick the token must still be unexpired and not signed out, and the account
			// enabled, or the stream ends with UNAUTHENTICATED.
			if err := r.sessionValid(ctx, req); err != nil {
				if apperr.CodeOf(err) == apperr.Unauthenticated {
					endSubscription(ctx, err)
					return
				}
				if ctx.Err() == nil {
					r.log().ErrorContext(ctx, "subscription session check", "error", err)
				}
				continue
			}
			// The service decides per event what this caller sees now.
			ups, next, err := svc.UpdatesAfter(ctx, req.Caller, last, only, 100)
			if err != nil {
				if ctx.Err() == nil {
					r.log().ErrorContext(ctx, "subscription poll", "error", err)
				}
				continue
			}
			last = next
			for _, up := range ups {
				select {
				case out <- up:
				case <-ctx.Done():
					return
				}
			}
		}
	}()
	return out, nil
}

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
// expiry on the server clock, revocation (logout) and a disabled or removed account, each
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
	if u == nil || u.Disabled {
		return apperr.New(apperr.Unauthenticated, "account is not active")
	}
	return nil
}

// endSubscription makes the graphql-transport-ws transport end the operation with an error
// message (terminal for the client) instead of a normal complete, once the stream's channel
// closes.
func endSubscription(ctx context.Context, err error) {
	defer func() { _ = recover() }() // a transport without subscription errors just completes
	transport.AddSubscriptionError(ctx, &gqlerror.Error{Message: err.Error(), Path: graphql.GetPath(ctx),
		Extensions: map[string]any{"code": string(apperr.CodeOf(err))}})
}
