package resolvers

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"time"
	"unicode"

	"github.com/99designs/gqlgen/graphql"

	"github.com/pppdesk/pppdesk/apperr"
	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/store"
)

// IdempotencyHeader is the request header of the IETF httpapi draft
// (draft-ietf-httpapi-idempotency-key-header) by which a client names an attempt of a
// creating mutation, so that retrying after a lost answer does not create a duplicate.
const IdempotencyHeader = "Idempotency-Key"

// IdempotencyTTL is how long a key is remembered; a retry later than that creates anew.
const IdempotencyTTL = 24 * time.Hour

const maxIdempotencyKey = 255

// maxOperation is the size of the operation column of the key records.
const maxOperation = 100

// idemKey is one creating mutation's key: the key applies per mutation field (by alias), so
// one request creating two things under one key remembers both.
type idemKey struct {
	mid                   int64
	caller, op, key, hash string
	// stored is what the record keeps of key: its hash, so keys differing only in case or
	// trailing spaces stay apart whatever the database's collation (MariaDB's folds them).
	stored string
	now    time.Time
}

// idempotencyKey reads the key of the current mutation field; nil when the client sent none.
func idempotencyKey(ctx context.Context, req *Request, input any) (*idemKey, error) {
	if !graphql.HasOperationContext(ctx) {
		return nil, nil
	}
	key := graphql.GetOperationContext(ctx).Headers.Get(IdempotencyHeader)
	if key == "" {
		return nil, nil
	}
	if len(key) > maxIdempotencyKey {
		return nil, apperr.Invalid(IdempotencyHeader, "is longer than %d characters", maxIdempotencyKey)
	}
	for _, c := range key {
		if c > unicode.MaxASCII || !unicode.IsPrint(c) {
			return nil, apperr.Invalid(IdempotencyHeader, "must be printable ASCII")
		}
	}
	op := ""
	if fc := graphql.GetFieldContext(ctx); fc != nil {
		op = fc.Field.Name + ":" + fc.Field.Alias
	}
	// An alias is as long as the client likes: a long one is kept as its hash, so the
	// operation fits its column (MariaDB refuses a longer value) and still tells fields apart.
	if len(op) > maxOperation {
		sum := sha256.Sum256([]byte(op))
		op = "sha256:" + hex.EncodeToString(sum[:])
	}
	caller := "address:" + req.Address
	if req.User != nil {
		caller = fmt.Sprintf("user:%d", req.User.ID)
	}
	b, err := json.Marshal(input)
	if err != nil {
		return nil, err
	}
	// A password never goes into the record, not even hashed: a fast hash of it would be
	// a password hash anyone with the database could attack. A replay with another
	// password still meets the password check where it matters (a replayed sign-up signs in).
	var fields map[string]any
	if json.Unmarshal(b, &fields) == nil && fields["password"] != nil {
		delete(fields, "password")
		b, _ = json.Marshal(fields)
	}
	sum := sha256.Sum256(b)
	ks := sha256.Sum256([]byte(key))
	return &idemKey{mid: req.Municipality.ID, caller: caller, op: op, key: key, hash: hex.EncodeToString(sum[:]),
		stored: "sha256:" + hex.EncodeToString(ks[:]), now: req.now}, nil
}

// replay answers what an earlier use of the key created, 0 when there was none; the same key
// with another input is a CONFLICT that names the key.
func (r *Resolver) replay(ctx context.Context, k *idemKey) (int64, error) {
	if k == nil {
		return 0, nil
	}
	rec, err := store.FindIdempotencyKey(ctx, r.Store.DB, k.mid, k.caller, k.op, k.stored, k.now)
	if err != nil || rec == nil {
		return 0, err
	}
	if rec.InputHash != k.hash {
		return 0, &apperr.Error{Code: apperr.Conflict, Field: IdempotencyHeader,
			Message: fmt.Sprintf("%s %q was already used for a different request; use a new key for a new request", IdempotencyHeader, k.key)}
	}
	return rec.ResultID, nil
}

// idempotent runs a creating mutation under the request's Idempotency-Key: a retry of the
// same input answers what the first attempt created (loaded again by load), and two
// concurrent attempts create one thing. create must call store.RememberCreated in its transaction.
func idempotent[T any](ctx context.Context, r *Resolver, input any, load func(ctx context.Context, req *Request, id int64) (T, error),
	create func(ctx context.Context) (T, error)) (T, error) {
	var zero T
	req, err := request(ctx)
	if err != nil {
		return create(ctx)
	}
	k, err := idempotencyKey(ctx, req, input)
	if err != nil || k == nil {
		if err != nil {
			return zero, err
		}
		return create(ctx)
	}
	if id, err := r.replay(ctx, k); err != nil || id != 0 {
		if err != nil {
			return zero, err
		}
		return load(ctx, req, id)
	}
	v, err := create(store.WithIdempotencyKey(ctx, &store.IdempotencyKey{MunicipalityID: k.mid, Caller: k.caller, Operation: k.op, Key: k.stored,
		InputHash: k.hash, CreatedAt: k.now, ExpiresAt: k.now.Add(IdempotencyTTL)}))
	if err != nil && apperr.CodeOf(err) == apperr.Conflict {
		if id, rerr := r.replay(ctx, k); rerr == nil && id != 0 {
			return load(ctx, req, id)
		}
	}
	return v, err
}

// loadContent answers how a replayed creation of content loads what it created: through the
// caller's read scope like any read, so a replay never shows a row the caller can no longer
// see (a draft since moved to another department, say).
func loadContent[T any](r *Resolver, t model.OwnerType) func(ctx context.Context, req *Request, id int64) (*T, error) {
	return func(ctx context.Context, req *Request, id int64) (*T, error) {
		row, _, err := store.Publishable(ctx, r.Store.DB, req.Municipality.ID, t, id)
		if err != nil {
			return nil, err
		}
		if row == nil {
			return nil, notFound(t, model.GlobalID(t, id))
		}
		visible, err := store.ContentVisible(ctx, r.Store.DB, req.Viewer, t, id)
		if err != nil {
			return nil, err
		}
		if !visible {
			return nil, notFound(t, model.GlobalID(t, id))
		}
		return row.(*T), nil
	}
}

// loadProposal answers a replayed proposal creation.
func (r *Resolver) loadProposal(ctx context.Context, req *Request, id int64) (*model.ProposalPayload, error) {
	p, err := r.proposalService().Get(ctx, req.Caller, id)
	if err != nil {
		return nil, err
	}
	return &model.ProposalPayload{Proposal: p}, nil
}

// loadMessage answers a replayed message: the proposal it was posted on.
func (r *Resolver) loadMessage(ctx context.Context, req *Request, id int64) (*model.ProposalPayload, error) {
	m, err := r.Store.MessageByID(ctx, req.Municipality.ID, id)
	if err != nil {
		return nil, err
	}
	if m == nil {
		return nil, notFound(model.OwnerMessage, model.GlobalID(model.OwnerMessage, id))
	}
	return r.loadProposal(ctx, req, m.ProposalID)
}

// loadWebhook answers a replayed webhook registration.
func (r *Resolver) loadWebhook(ctx context.Context, req *Request, id int64) (*model.Webhook, error) {
	hooks, err := r.Store.Webhooks(ctx, req.Municipality.ID)
	if err != nil {
		return nil, err
	}
	for _, h := range hooks {
		if h.ID == id {
			return h, nil
		}
	}
	return nil, notFound("Webhook", model.GlobalID("Webhook", id))
}

// loadUser answers a replayed staff account creation.
func (r *Resolver) loadUser(ctx context.Context, req *Request, id int64) (*model.User, error) {
	u, err := r.Store.UserByID(ctx, req.Municipality.ID, id)
	if err != nil {
		return nil, err
	}
	if u == nil {
		return nil, notFound(model.OwnerUser, model.GlobalID(model.OwnerUser, id))
	}
	return u, nil
}

// sent answers a replayed inquiry: it was sent.
func sent(context.Context, *Request, int64) (bool, error) { return true, nil }
