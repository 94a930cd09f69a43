package store

import (
	"context"
	"fmt"

	"github.com/uptrace/bun"
	"github.com/uptrace/bun/dialect"

	"github.com/pppdesk/pppdesk/model"
)

// DepartmentUsed reports whether a department still has sub-departments, staff, content or
// proposal assignments, read in db: the transaction that deletes it. On MySQL/MariaDB the
// reads lock what they find and the gaps where such rows would go (FOR UPDATE), so a row a
// concurrent transaction adds is either seen here or waits until the delete has committed;
// SQLite runs one writing transaction at a time.
func DepartmentUsed(ctx context.Context, db bun.IDB, mid, id int64) (bool, error) {
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
	// The department's own row first: TiDB has no gap locks, so the empty FOR UPDATE reads
	// below hold off nothing there; a new reference to the department waits on this lock
	// (its foreign key check locks the row) on every engine.
	if db.Dialect().Name() == dialect.MySQL {
		var self []int64
		if err := db.NewSelect().Model((*model.Department)(nil)).Column("id").Where("municipality_id = ?", mid).Where("id = ?", id).
			For("UPDATE").Scan(ctx, &self); err != nil {
			return false, fmt.Errorf("lock department: %w", err)
		}
	}
	for _, c := range checks {
		q := db.NewSelect().Model(c.model).Column("id").Where("municipality_id = ?", mid).Where(c.where, id).Limit(1)
		if db.Dialect().Name() == dialect.MySQL {
			q = q.For("UPDATE")
		}
		var found []int64
		if err := q.Scan(ctx, &found); err != nil {
			return false, fmt.Errorf("department in use: %w", err)
		}
		if len(found) > 0 {
			return true, nil
		}
	}
	return false, nil
}
