package store

import (
	"context"
	"fmt"

	"github.com/uptrace/bun"

	"github.com/pppdesk/pppdesk/model"
)

// SetMediaAlt changes the text alternative of one content file of the municipality; false
// when there is no such file, so the caller answers NOT_FOUND rather than a silent success.
func SetMediaAlt(ctx context.Context, db bun.IDB, mid, id int64, alt string) (bool, error) {
	res, err := db.NewUpdate().Model((*model.Attachment)(nil)).Set("alt = ?", alt).
		Where("municipality_id = ?", mid).Where("id = ?", id).
		Where("owner_type NOT IN (?)", bun.In([]model.OwnerType{model.OwnerProposal, model.OwnerMessage})).Exec(ctx)
	if err != nil {
		return false, fmt.Errorf("media alt: %w", err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return false, fmt.Errorf("media alt: %w", err)
	}
	return n == 1, nil
}
