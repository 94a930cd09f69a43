package store

import (
	"context"
	"database/sql"
	"errors"
	"time"

	"github.com/uptrace/bun"

	"github.com/pppdesk/pppdesk/model"
)

// StatisticsRow is one submitted proposal with the facts the statistics count, read in one
// statement for a whole range so a year of figures costs what a day costs.
type StatisticsRow struct {
	ID            int64      `bun:"id"`
	Kind          string     `bun:"kind"`
	DesiredScheme string     `bun:"desired_scheme"`
	Status        string     `bun:"status"`
	SubmittedAt   time.Time  `bun:"submitted_at"`
	DecidedAt     *time.Time `bun:"decided_at"`
	ProjectID     *int64     `bun:"project_id"`
	AgreementID   *int64     `bun:"agreement_id"`
	// FirstChange is the first status change by a staff account (desk or department);
	// FirstMessage the first staff message the proposer can read (not internal). Both are
	// read only when the figures ask for them (detail).
	FirstChange  *time.Time `bun:"first_change"`
	FirstMessage *time.Time `bun:"first_message"`
	// Assigned tells whether the proposal was ever assigned to a department: an assignment
	// row, or an ASSIGN event in its history.
	Assigned bool `bun:"assigned"`
	// LiveOutcome tells whether the project or agreement the proposal is linked to is live
	// for the viewer now (published, public from a past time, not deleted): only then does
	// the published figure count the proposal as realised. Read only for the published
	// figures (!detail).
	LiveOutcome bool `bun:"live_outcome"`
}

// staffRoles are the roles whose acts count as the municipality's response.
var staffRoles = bun.List([]string{string(model.RoleDesk), string(model.RoleDepartment)})

// StatisticsRows reads the proposals of v's municipality submitted in [from, to) — never
// drafts, never deleted rows — oldest first. detail adds what the desk's figures need
// (kind, scheme, first response, assignment) as correlated subqueries over indexed
// proposal_id columns; the published figures leave them out.
func (s *Store) StatisticsRows(ctx context.Context, v Viewer, from, to time.Time, detail bool) ([]StatisticsRow, error) {
	var rows []StatisticsRow
	q := s.DB.NewSelect().TableExpr("proposals AS p").
		ColumnExpr("p.id, p.kind, p.desired_scheme, p.status, p.submitted_at, p.decided_at, p.project_id, p.agreement_id").
		Where("p.municipality_id = ?", v.MunicipalityID).
		Where("p.deleted_at IS NULL").
		Where("p.status <> ?", model.ProposalDraft).
		Where("p.submitted_at IS NOT NULL").
		Where("p.submitted_at >= ?", from.UTC()).
		Where("p.submitted_at < ?", to.UTC()).
		OrderExpr("p.submitted_at, p.id")
	if detail {
		q = q.ColumnExpr("(SELECT MIN(e.at) FROM proposal_events AS e JOIN users AS u ON u.id = e.actor_id"+
			" WHERE e.proposal_id = p.id AND e.from_status <> e.to_status AND u.role IN (?)) AS first_change", staffRoles).
			ColumnExpr("(SELECT MIN(m.created_at) FROM proposal_messages AS m JOIN users AS u ON u.id = m.author_id"+
				" WHERE m.proposal_id = p.id AND m.internal = ? AND u.role IN (?)) AS first_message", false, staffRoles).
			ColumnExpr("CASE WHEN EXISTS (SELECT 1 FROM proposal_assignments AS a WHERE a.proposal_id = p.id)"+
				" OR EXISTS (SELECT 1 FROM proposal_events AS ae WHERE ae.proposal_id = p.id AND ae.action = ?) THEN 1 ELSE 0 END AS assigned", "ASSIGN")
	}
	if !detail {
		// The published read scope of the viewer (policies owns it) over the linked row.
		pj := visibleAs(s.DB.NewSelect().Model((*model.Project)(nil)).ColumnExpr("1").Where("?TableAlias.id = p.project_id"), v, model.OwnerProject)
		ag := visibleAs(s.DB.NewSelect().Model((*model.Agreement)(nil)).ColumnExpr("1").Where("?TableAlias.id = p.agreement_id"), v, model.OwnerAgreement)
		q = q.ColumnExpr("CASE WHEN EXISTS (?) OR EXISTS (?) THEN 1 ELSE 0 END AS live_outcome", pj, ag)
	}
	if err := q.Scan(ctx, &rows); err != nil && !errors.Is(err, sql.ErrNoRows) {
		return nil, err
	}
	return rows, nil
}

// visibleAs applies the public read scope (what anyone sees now) of content type t, for
// the viewer's municipality and clock, whatever the viewer's own role.
func visibleAs(q *bun.SelectQuery, v Viewer, t model.OwnerType) *bun.SelectQuery {
	return scoped(q, v, model.ScopePublished, contentColumns(t))
}

// FirstSubmission answers when the first proposal of v's municipality was submitted (nil
// when none was): where the published statistics start by default.
func (s *Store) FirstSubmission(ctx context.Context, v Viewer) (*time.Time, error) {
	var rows []StatisticsRow
	err := s.DB.NewSelect().TableExpr("proposals AS p").ColumnExpr("p.submitted_at").
		Where("p.municipality_id = ?", v.MunicipalityID).
		Where("p.deleted_at IS NULL").
		Where("p.status <> ?", model.ProposalDraft).
		Where("p.submitted_at IS NOT NULL").
		OrderExpr("p.submitted_at").Limit(1).Scan(ctx, &rows)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return nil, err
	}
	if len(rows) == 0 {
		return nil, nil
	}
	return &rows[0].SubmittedAt, nil
}
