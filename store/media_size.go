package store

import (
	"context"
	"fmt"

	"github.com/uptrace/bun"

	"github.com/pppdesk/pppdesk/model"
)

// UnmeasuredImages lists up to limit content images (of every municipality) stored before
// their width and height were measured, after the ID after, in ID order.
func UnmeasuredImages(ctx context.Context, db bun.IDB, after int64, limit int) ([]*model.Attachment, error) {
	var rows []*model.Attachment
	err := db.NewSelect().Model(&rows).Where("content_type LIKE ?", "image/%").Where("width IS NULL").Where("id > ?", after).
		Where("owner_type NOT IN (?)", bun.List([]model.OwnerType{model.OwnerProposal, model.OwnerMessage})).
		Order("id").Limit(int64(limit)).Scan(ctx)
	if err != nil {
		return nil, fmt.Errorf("unmeasured images: %w", err)
	}
	return rows, nil
}

// SetMediaSize records the measured width and height of one stored image.
func SetMediaSize(ctx context.Context, db bun.IDB, id int64, width, height int) error {
	_, err := db.NewUpdate().Model((*model.Attachment)(nil)).Set("width = ?", width).Set("height = ?", height).Where("id = ?", id).Exec(ctx)
	if err != nil {
		return fmt.Errorf("media size: %w", err)
	}
	return nil
}
