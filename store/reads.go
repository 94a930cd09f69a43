package store

import (
	"context"
	"fmt"
	"time"

	"github.com/uptrace/bun"
	"github.com/uptrace/bun/dialect"

	"github.com/pppdesk/pppdesk/model"
)

// MarkRead records that user has read proposalID's messages up to the newest one now, so
// only later messages count as unread for it. It overwrites the previous mark: marking again
// is harmless.
func MarkRead(ctx context.Context, db bun.IDB, mid, proposalID, userID int64, at time.Time) error {
	var through int64
	err := db.NewSelect().Model((*model.ProposalMessage)(nil)).ColumnExpr("COALESCE(MAX(id), 0)").
		Where("municipality_id = ?", mid).Where("proposal_id = ?", proposalID).Scan(ctx, &through)
	if err != nil {
		return fmt.Errorf("read mark: %w", err)
	}
	r := &model.ProposalRead{MunicipalityID: mid, ProposalID: proposalID, UserID: userID, ThroughMessageID: through, ReadAt: at}
	q := db.NewInsert().Model(r)
	if db.Dialect().Name() == dialect.MySQL {
		q = q.On("DUPLICATE KEY UPDATE").Set("through_message_id = VALUES(through_message_id)").Set("read_at = VALUES(read_at)")
	} else {
		q = q.On("CONFLICT (proposal_id, user_id) DO UPDATE").Set("through_message_id = EXCLUDED.through_message_id").Set("read_at = EXCLUDED.read_at")
	}
	if _, err := q.Exec(ctx); err != nil {
		return fmt.Errorf("read mark: %w", err)
	}
	return nil
}

// Unread counts one proposal's messages an account has not read: shared dialogue messages
// and internal notes apart, since whether the reader may see the notes is the policy's
// question, asked by the caller.
type Unread struct {
	Shared, Internal int
}

// UnreadOf counts, for a page of proposals in one statement, the messages written by
// someone other than userID after its read mark on each.
func (s *Store) UnreadOf(ctx context.Context, v Viewer, proposalIDs []int64) (map[int64]Unread, error) {
	out := make(map[int64]Unread, len(proposalIDs))
	if v.UserID == 0 || len(proposalIDs) == 0 {
		return out, nil
	}
	var rows []struct {
		ProposalID int64 `bun:"proposal_id"`
		Internal   bool  `bun:"internal"`
		N          int   `bun:"n"`
	}
	err := s.DB.NewSelect().TableExpr("proposal_messages AS m").
		ColumnExpr("m.proposal_id, m.internal, COUNT(*) AS n").
		Join("LEFT JOIN proposal_reads AS r ON r.proposal_id = m.proposal_id AND r.user_id = ?", v.UserID).
		Where("m.municipality_id = ?", v.MunicipalityID).Where("m.proposal_id IN (?)", bun.List(proposalIDs)).
		Where("m.author_id <> ?", v.UserID).Where("m.id > COALESCE(r.through_message_id, 0)").
		GroupExpr("m.proposal_id, m.internal").Scan(ctx, &rows)
	if err != nil {
		return nil, fmt.Errorf("unread: %w", err)
	}
	for _, r := range rows {
		u := out[r.ProposalID]
		if r.Internal {
			u.Internal += r.N
		} else {
			u.Shared += r.N
		}
		out[r.ProposalID] = u
	}
	return out, nil
}

// Attention is what "needs attention" means for one caller, as the proposal service
// computes it from the policy: unread messages it may see, or an overdue assignment it may
// know of.
type Attention struct {
	// UserID is the caller; messages of its own are never unread.
	UserID int64
	// InternalNotes is the scope in which the caller sees internal notes; nil for none.
	InternalNotes *model.Scope
	// Coordination is the scope in which the caller sees the state of assignments (internal
	// coordination); nil for none: then nothing is overdue for it.
	Coordination *model.Scope
	// OverdueStates are the states in which an unanswered assignment can be overdue.
	OverdueStates []model.ProposalStatus
	// Today is the municipality's date; an assignment due before it is overdue.
	Today model.Date
}

// needsAttention narrows a proposal query to the proposals that need the caller's attention
// (want true) or that do not (want false).
func needsAttention(q *bun.SelectQuery, v Viewer, a Attention, want bool) *bun.SelectQuery {
	never := "1 = 0"
	notes, notesArgs := never, []any(nil)
	if a.InternalNotes != nil {
		notes, notesArgs = v.Predicate(*a.InternalNotes, proposalColumns)
	}
	coord, coordArgs := never, []any(nil)
	if a.Coordination != nil {
		coord, coordArgs = v.Predicate(*a.Coordination, proposalColumns)
	}
	unread := "EXISTS (SELECT 1 FROM proposal_messages AS um WHERE um.proposal_id = ?TableAlias.id AND um.author_id <> ?" +
		" AND um.id > COALESCE((SELECT ur.through_message_id FROM proposal_reads AS ur WHERE ur.proposal_id = ?TableAlias.id AND ur.user_id = ?), 0)" +
		" AND (um.internal = ? OR (" + notes + ")))"
	args := append([]any{a.UserID, a.UserID, false}, notesArgs...)
	overdue := "(?TableAlias.status IN (?) AND EXISTS (SELECT 1 FROM proposal_assignments AS oa WHERE oa.proposal_id = ?TableAlias.id" +
		" AND oa.responded_at IS NULL AND oa.due_on IS NOT NULL AND oa.due_on <> '' AND oa.due_on < ?) AND (" + coord + "))"
	args = append(append(args, bun.List(nonEmptyStates(a.OverdueStates)), string(a.Today)), coordArgs...)
	pred := "(" + unread + " OR " + overdue + ")"
	if !want {
		pred = "NOT " + pred
	}
	return q.Where(pred, args...)
}

func nonEmptyStates(s []model.ProposalStatus) []model.ProposalStatus {
	if len(s) == 0 {
		return []model.ProposalStatus{""}
	}
	return s
}
