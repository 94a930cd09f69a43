package store

import (
	"context"
	"fmt"
	"time"

	"github.com/uptrace/bun"

	"github.com/pppdesk/pppdesk/model"
)

// The statements of the periodic sweeps (due-date mails, scheduled publication events).
// Each sweep reads candidates outside a transaction, then claims each one in its own
// transaction with a guarded UPDATE (… WHERE <marker> IS NULL) and writes what the claim
// causes (outbox mails, webhook deliveries) in that same transaction: replicas sweeping one
// database at once produce every mail and event exactly once, on every engine, without
// SKIP LOCKED. The candidates' reads run every few seconds on every replica, so each has
// an index that holds only what may still be due (unanswered and unmarked, by due date;
// unsent, by time): proposal_assignments_reminder/_overdue, scheduled_publications_due.

// DueMark names which due-date mail of an assignment a sweep sends.
type DueMark int

const (
	// Reminder is the mail the day before the due date (reminded_at).
	Reminder DueMark = iota
	// OverdueNotice is the mail once the due date has passed (overdue_notified_at).
	OverdueNotice
)

// index is the index that holds the assignments a mark is due for, in due-date order.
func (m DueMark) index() string {
	if m == Reminder {
		return "proposal_assignments_reminder"
	}
	return "proposal_assignments_overdue"
}

func (m DueMark) column() string {
	if m == Reminder {
		return "reminded_at"
	}
	return "overdue_notified_at"
}

// DueAssignment is an unanswered assignment a due-date mail is owed for, with what the mail
// names: the proposal and the department.
type DueAssignment struct {
	Assignment *model.ProposalAssignment
	Proposal   *model.Proposal
	Department *model.Department
}

// DueAssignments answers up to limit unanswered assignments, of proposals in one of states,
// whose mail of kind mark has not gone out: for Reminder those due on day, for
// OverdueNotice those due before day. Deleted proposals and departments are left out.
func (s *Store) DueAssignments(ctx context.Context, mark DueMark, day model.Date, states []model.ProposalStatus, limit int) ([]DueAssignment, error) {
	var as []*model.ProposalAssignment
	q := s.DB.NewSelect().Model(&as).Where("?TableAlias.responded_at IS NULL").Where("?TableAlias."+mark.column()+" IS NULL").
		Where("?TableAlias.due_on IS NOT NULL").Where("?TableAlias.due_on <> ''").
		Where("EXISTS (SELECT 1 FROM proposals AS p WHERE p.id = ?TableAlias.proposal_id AND p.deleted_at IS NULL AND p.status IN (?))", bun.List(nonEmptyStates(states)))
	if mark == Reminder {
		q = q.Where("?TableAlias.due_on = ?", string(day))
	} else {
		q = q.Where("?TableAlias.due_on < ?", string(day))
	}
	// In the order of the index (due date, then row), so a planner reads it rather than
	// walking the table in id order. Named on MySQL and TiDB: TiDB's planner, on a table of
	// a few hundred assignments, scans all of them and sorts rather than reading the index,
	// and a sweep runs every minute on every replica.
	q = q.ForceIndex(mark.index())
	if err := q.OrderExpr("?TableAlias.due_on, ?TableAlias.id").Limit(int64(limit)).Scan(ctx); err != nil {
		return nil, fmt.Errorf("due assignments: %w", err)
	}
	if len(as) == 0 {
		return nil, nil
	}
	pids, dids := make([]int64, 0, len(as)), make([]int64, 0, len(as))
	for _, a := range as {
		pids, dids = append(pids, a.ProposalID), append(dids, a.DepartmentID)
	}
	var ps []*model.Proposal
	if err := s.DB.NewSelect().Model(&ps).Where("id IN (?)", bun.List(pids)).Scan(ctx); err != nil {
		return nil, fmt.Errorf("due assignments' proposals: %w", err)
	}
	var ds []*model.Department
	if err := s.DB.NewSelect().Model(&ds).Where("id IN (?)", bun.List(dids)).Scan(ctx); err != nil {
		return nil, fmt.Errorf("due assignments' departments: %w", err)
	}
	byP, byD := map[int64]*model.Proposal{}, map[int64]*model.Department{}
	for _, p := range ps {
		byP[p.ID] = p
	}
	for _, d := range ds {
		byD[d.ID] = d
	}
	out := make([]DueAssignment, 0, len(as))
	for _, a := range as {
		if p, d := byP[a.ProposalID], byD[a.DepartmentID]; p != nil && d != nil {
			out = append(out, DueAssignment{Assignment: a, Proposal: p, Department: d})
		}
	}
	return out, nil
}

// ClaimDueMail marks an assignment's due-date mail of kind mark as sent at now, only while
// it is unsent and the assignment unanswered; false means another sweep claimed it first
// (or the department answered meanwhile). The caller writes the mails in the same
// transaction, so the mark and the mails commit together.
func ClaimDueMail(ctx context.Context, db bun.IDB, mark DueMark, id int64, now time.Time) (bool, error) {
	res, err := db.NewUpdate().Model((*model.ProposalAssignment)(nil)).Set(mark.column()+" = ?", now).
		Where("id = ?", id).Where(mark.column() + " IS NULL").Where("responded_at IS NULL").Exec(ctx)
	if err != nil {
		return false, fmt.Errorf("claim due mail: %w", err)
	}
	n, _ := res.RowsAffected()
	return n == 1, nil
}

// SchedulePublication records that a content row's CONTENT_PUBLISHED event is due at at.
func SchedulePublication(ctx context.Context, db bun.IDB, mid int64, t model.OwnerType, id int64, at, now time.Time) error {
	return Insert(ctx, db, &model.ScheduledPublication{MunicipalityID: mid, OwnerType: t, OwnerID: id, PublishAt: at, CreatedAt: now})
}

// CancelScheduledPublications drops a content row's publication events that have not gone
// out yet: it was unpublished, archived or published again, so the old time no longer holds.
func CancelScheduledPublications(ctx context.Context, db bun.IDB, mid int64, t model.OwnerType, id int64) error {
	_, err := db.NewDelete().Model((*model.ScheduledPublication)(nil)).Where("municipality_id = ?", mid).
		Where("owner_type = ?", t).Where("owner_id = ?", id).Where("sent_at IS NULL").Exec(ctx)
	if err != nil {
		return fmt.Errorf("cancel scheduled publication: %w", err)
	}
	return nil
}

// DueScheduledPublications answers up to limit unsent publication events whose time has
// come by now, oldest first; one a restart left behind is simply past due.
func (s *Store) DueScheduledPublications(ctx context.Context, now time.Time, limit int) ([]*model.ScheduledPublication, error) {
	var rows []*model.ScheduledPublication
	err := s.DB.NewSelect().Model(&rows).Where("sent_at IS NULL").Where("publish_at <= ?", now).
		Order("publish_at", "id").Limit(int64(limit)).Scan(ctx)
	if err != nil {
		return nil, fmt.Errorf("due scheduled publications: %w", err)
	}
	return rows, nil
}

// ClaimScheduledPublication marks a publication event sent at now while it is still unsent;
// false means another sweep claimed it first or it was cancelled.
func ClaimScheduledPublication(ctx context.Context, db bun.IDB, id int64, now time.Time) (bool, error) {
	res, err := db.NewUpdate().Model((*model.ScheduledPublication)(nil)).Set("sent_at = ?", now).
		Where("id = ?", id).Where("sent_at IS NULL").Exec(ctx)
	if err != nil {
		return false, fmt.Errorf("claim scheduled publication: %w", err)
	}
	n, _ := res.RowsAffected()
	return n == 1, nil
}
