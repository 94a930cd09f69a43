package store

import (
	"context"
	"reflect"

	"github.com/uptrace/bun"

	"github.com/pppdesk/pppdesk/model"
)

// heavyColumns are, per model, the columns a lean read leaves out: long texts and the
// contact data, which a page of titles never shows but which cost most of the time spent
// reading its rows (a proposal's body alone may hold 20,000 characters). Every column a
// read scope, a sort, a cursor or a relation needs stays in.
var heavyColumns = map[reflect.Type][]string{
	reflect.TypeFor[model.Proposal](): {"summary", "body", "desired_scheme",
		"contact_affiliation", "contact_name", "contact_email", "contact_phone"},
	reflect.TypeFor[model.Organization](): {"kana", "corporate_number", "website", "address", "description"},
	reflect.TypeFor[model.Challenge]():    {"background", "desired_outcome"},
}

// HeavyColumns answers the columns of T a lean read leaves out; none for a type without
// such columns.
func HeavyColumns[T any]() []string { return heavyColumns[reflect.TypeFor[T]()] }

// lean leaves the heavy columns of T out of q when on. A lean row holds the zero value in
// those fields: it serves one request's answer only, is never cached beyond it and is never
// written back (updates load their rows through their own, full reads).
func lean[T any](q *bun.SelectQuery, on bool) *bun.SelectQuery {
	if cols := HeavyColumns[T](); on && len(cols) > 0 {
		q = q.ExcludeColumn(cols...)
	}
	return q
}

// LeanOrganizationsByID loads visible organizations like OrganizationsByID, without their
// heavy columns, for a request whose answer shows none of them.
func (s *Store) LeanOrganizationsByID(ctx context.Context, v Viewer, ids []int64) ([]*model.Organization, error) {
	return byIDs[model.Organization](ctx, s.DB, v, ids, func(q *bun.SelectQuery, v Viewer) *bun.SelectQuery {
		return lean[model.Organization](organizationsVisible(q, v), true)
	})
}

// LeanChallengesByID loads visible challenges like ChallengesByID, without their heavy
// columns, for a request whose answer shows none of them.
func (s *Store) LeanChallengesByID(ctx context.Context, v Viewer, ids []int64) ([]*model.Challenge, error) {
	return byIDs[model.Challenge](ctx, s.DB, v, ids, func(q *bun.SelectQuery, v Viewer) *bun.SelectQuery {
		return lean[model.Challenge](visible(q, v, model.OwnerChallenge), true)
	})
}
