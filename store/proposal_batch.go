package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/uptrace/bun"

	"github.com/pppdesk/pppdesk/model"
)

// AssignmentsOf loads the assignments of a page of proposals in one query, keyed by proposal,
// so the assigned-scope row checks of a page cost one statement, not one per row.
func (s *Store) AssignmentsOf(ctx context.Context, v Viewer, proposalIDs []int64) (map[int64][]*model.ProposalAssignment, error) {
	rows, err := Assignments(ctx, s.DB, v.MunicipalityID, proposalIDs)
	if err != nil {
		return nil, err
	}
	out := make(map[int64][]*model.ProposalAssignment, len(proposalIDs))
	for _, a := range rows {
		out[a.ProposalID] = append(out[a.ProposalID], a)
	}
	return out, nil
}

// UserIn finds an account of the municipality in db (a transaction composing mail); nil
// when there is none.
func UserIn(ctx context.Context, db bun.IDB, mid, id int64) (*model.User, error) {
	u := new(model.User)
	err := db.NewSelect().Model(u).Where("municipality_id = ?", mid).Where("id = ?", id).Limit(1).Scan(ctx)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("user by id: %w", err)
	}
	return u, nil
}

// UsersWithRole lists the active accounts of a role in db, optionally of some departments,
// for the notifications a transaction queues.
func UsersWithRole(ctx context.Context, db bun.IDB, mid int64, role model.Role, departmentIDs []int64) ([]*model.User, error) {
	var rows []*model.User
	q := db.NewSelect().Model(&rows).Where("municipality_id = ?", mid).Where("role = ?", role).Where("disabled = ?", false)
	if departmentIDs != nil {
		q = q.Where("department_id IN (?)", bun.List(nonEmpty(departmentIDs)))
	}
	if err := q.Scan(ctx); err != nil {
		return nil, fmt.Errorf("users of %s: %w", role, err)
	}
	return rows, nil
}

// OrganizationName answers the name of an organization of the municipality in db; "" when
// there is none.
func OrganizationName(ctx context.Context, db bun.IDB, mid, id int64) (string, error) {
	var names []string
	err := db.NewSelect().Model((*model.Organization)(nil)).Column("name").
		Where("municipality_id = ?", mid).Where("id = ?", id).Limit(1).Scan(ctx, &names)
	if err != nil {
		return "", fmt.Errorf("organization name: %w", err)
	}
	if len(names) == 0 {
		return "", nil
	}
	return names[0], nil
}
