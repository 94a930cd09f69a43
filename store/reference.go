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
	return n == 1, nil
}

// DeleteRow soft-deletes a row of the municipality; false when there is no such live row.
func DeleteRow(ctx context.Context, db bun.IDB, model any, id, mid int64) (bool, error) {
	res, err := db.NewDelete().Model(model).Where("municipality_id = ?", mid).Where("id = ?", id).Exec(ctx)
	if err != nil {
		return false, fmt.Errorf("delete %T: %w", model, err)
	}
	n, _ := res.RowsAffected()
	return n == 1, nil
}

// DepartmentInUse reports whether a department still has sub-departments, staff or content.
func (s *Store) DepartmentInUse(ctx context.Context, mid, id int64) (bool, error) {
	checks := []struct {
		model any
		where string
	}{
		{(*model.Department)(nil), "parent_id = ?"},
		{(*model.User)(nil), "department_id = ?"},
		{(*model.Challenge)(nil), "department_id = ?"},
		{(*model.Project)(nil), "lead_department_id = ?"},
		{(*model.ProposalAssignment)(nil), "department_id = ?"},
	}
	for _, c := range checks {
		n, err := s.DB.NewSelect().Model(c.model).Where("municipality_id = ?", mid).Where(c.where, id).Count(ctx)
		if err != nil {
			return false, fmt.Errorf("department in use: %w", err)
		}
		if n > 0 {
			return true, nil
		}
	}
	return false, nil
}
