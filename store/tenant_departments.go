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
