package store

import (
	"context"

	"github.com/uptrace/bun"

	"github.com/pppdesk/pppdesk/apperr"
)

// DeleteLive soft-deletes a live row of the municipality in db, the delete's transaction.
// A row that is already gone was deleted meanwhile by a concurrent call: NOT_FOUND, the
// answer a second delete gets. what names the row in that answer ("department").
func DeleteLive(ctx context.Context, db bun.IDB, m any, what string, id, mid int64) error {
	ok, err := DeleteRow(ctx, db, m, id, mid)
	if err != nil {
		return err
	}
	if !ok {
		return apperr.NotFoundf("the %s was deleted meanwhile", what)
	}
	return nil
}
