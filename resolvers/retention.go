package resolvers

import (
	"context"

	"github.com/vikstrous/dataloadgen"

	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/store"
)

// loadHold reads a record's legal hold through the request's loader, so the legalHold of a
// page of proposals or inquiries costs one statement (the list primes the whole page).
func loadHold(ctx context.Context, t model.OwnerType, id int64) (*model.LegalHoldRow, error) {
	return load(ctx, func(l *Loaders) *dataloadgen.Loader[store.OwnerKey, *model.LegalHoldRow] { return l.LegalHolds }, store.OwnerKey{Type: t, ID: id})
}
