package store

import (
	"context"
	"fmt"

	"github.com/uptrace/bun"

	"github.com/pppdesk/pppdesk/model"
)

// SaveVersioned updates every column of a department, collaboration method or organization if
// its stored version is still expected (row's Version already holds expected+1); false means
// someone else saved first.
func SaveVersioned(ctx context.Context, db bun.IDB, row any, id, mid int64, expected int) (bool, error) {
	res, err := db.NewUpdate().Model(row).ExcludeColumn("created_at", "deleted_at").
		Where("?TableAlias.id = ?", id).Where("?TableAlias.municipality_id = ?", mid).Where("?TableAlias.version = ?", expected).Exec(ctx)
	if err != nil {
		return false, fmt.Errorf("save %T: %w", row, err)
	}
	n, _ := res.RowsAffected()
	if _, org := row.(*model.Organization); org && n == 1 {
		return true, touchOrganizations(ctx, db, id)
	}
	return n == 1, nil
}

// DeleteRow soft-deletes a row of the municipality; false when there is no such live row.
func DeleteRow(ctx context.Context, db bun.IDB, row any, id, mid int64) (bool, error) {
	res, err := db.NewDelete().Model(row).Where("municipality_id = ?", mid).Where("id = ?", id).Exec(ctx)
	if err != nil {
		return false, fmt.Errorf("delete %T: %w", row, err)
	}
	n, _ := res.RowsAffected()
	if _, org := row.(*model.Organization); org && n == 1 {
		// A deleted organization is no partner any more: its name leaves their texts.
		return true, touchOrganizations(ctx, db, id)
	}
	return n == 1, nil
}
