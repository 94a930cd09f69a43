package store

import (
	"context"
	"fmt"

	"github.com/uptrace/bun"

	"github.com/pppdesk/pppdesk/model"
)

// InquiryRecipients lists the active desk accounts of the municipality, the people told of
// a new inquiry, read in db: the transaction that stores the inquiry and queues their mail.
func InquiryRecipients(ctx context.Context, db bun.IDB, mid int64) ([]*model.User, error) {
	var rows []*model.User
	err := db.NewSelect().Model(&rows).Where("municipality_id = ?", mid).Where("role = ?", model.RoleDesk).
		Where("disabled = ?", false).Order("id").Scan(ctx)
	if err != nil {
		return nil, fmt.Errorf("inquiry recipients: %w", err)
	}
	return rows, nil
}
