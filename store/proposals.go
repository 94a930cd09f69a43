package store

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/uptrace/bun"

	"github.com/pppdesk/pppdesk/apperr"
	"github.com/pppdesk/pppdesk/model"
)

// ProposalFilter narrows a proposal list.
type ProposalFilter struct {
	Status        *model.ProposalStatus
	Kind          *model.ProposalKind
	ChallengeID   int64
	DepartmentIDs []int64
	SubmittedFrom *model.Date
	SubmittedTo   *model.Date
	Search        string
	// NeedsAttention keeps the proposals that need the caller's attention (true) or those
	// that do not (false), as Attention defines it; nil keeps both.
	NeedsAttention *bool
	Attention      Attention
}

// proposalsVisible applies the proposal read scope: the whole municipality, the caller's own
// organization, or proposals assigned to the caller's department.
func proposalsVisible(q *bun.SelectQuery, v Viewer, scope model.Scope) *bun.SelectQuery {
	return scoped(q, v, scope, proposalColumns)
}

// Proposals lists the proposals within scope.
func (s *Store) Proposals(ctx context.Context, v Viewer, scope model.Scope, f ProposalFilter, o Order, p Page) (PageOf[model.Proposal], error) {
	return listPage[model.Proposal](ctx, s.DB, p, o, func(q *bun.SelectQuery) *bun.SelectQuery {
		q = proposalsVisible(q, v, scope)
		if f.Status != nil {
			q = q.Where("?TableAlias.status = ?", *f.Status)
		}
		if f.Kind != nil {
			q = q.Where("?TableAlias.kind = ?", *f.Kind)
		}
		if f.ChallengeID != 0 {
			q = q.Where("?TableAlias.challenge_id = ?", f.ChallengeID)
		}
		if f.DepartmentIDs != nil {
			q = q.Where("EXISTS (SELECT 1 FROM proposal_assignments AS fa WHERE fa.proposal_id = ?TableAlias.id AND fa.department_id IN (?))", bun.List(nonEmpty(f.DepartmentIDs)))
		}
		q = timeRange(q, "submitted_at", f.SubmittedFrom, f.SubmittedTo)
		if f.NeedsAttention != nil {
			q = needsAttention(q, v, f.Attention, *f.NeedsAttention)
		}
		return search(q, model.OwnerProposal, f.Search)
	})
}

// ProposalByID loads one proposal within scope; nil when absent or out of scope.
func ProposalByID(ctx context.Context, db bun.IDB, v Viewer, scope model.Scope, id int64) (*model.Proposal, error) {
	var rows []*model.Proposal
	err := proposalsVisible(db.NewSelect().Model(&rows), v, scope).Where("?TableAlias.id = ?", id).Limit(1).Scan(ctx)
	if err != nil {
		return nil, fmt.Errorf("proposal: %w", err)
	}
	if len(rows) == 0 {
		return nil, nil
	}
	return rows[0], nil
}

// SaveProposal writes a proposal's editable fields if the stored version is still expected
// and its status one of from; false means a stale version or a state that forbids the change.
func SaveProposal(ctx context.Context, db bun.IDB, p *model.Proposal, expected int, from []model.ProposalStatus, cols ...string) (bool, error) {
	p.Version = expected + 1
	res, err := db.NewUpdate().Model(p).Column(append(cols, "version", "updated_at")...).
		Where("?TableAlias.id = ?", p.ID).Where("?TableAlias.municipality_id = ?", p.MunicipalityID).
		Where("?TableAlias.version = ?", expected).Where("?TableAlias.status IN (?)", bun.List(from)).Exec(ctx)
	if err != nil {
		return false, fmt.Errorf("save proposal: %w", err)
	}
	n, _ := res.RowsAffected()
	if n == 1 && slices.ContainsFunc(cols, func(c string) bool { return c == "title" || c == "summary" || c == "body" }) {
		return true, touchSearch(ctx, db, OwnerKey{model.OwnerProposal, p.ID})
	}
	return n == 1, nil
}

// GuardProposal holds a proposal in one of the states from for the rest of the transaction:
// the UPDATE locks the row (MySQL) or the database (SQLite) and matches only while the state
// allows the action, so an action that does not change the state still cannot slip past a
// concurrent transition. false means the state no longer allows it.
func GuardProposal(ctx context.Context, db bun.IDB, mid, id int64, from []model.ProposalStatus) (bool, error) {
	res, err := db.NewUpdate().Model((*model.Proposal)(nil)).Set("status = status").
		Where("id = ?", id).Where("municipality_id = ?", mid).Where("status IN (?)", bun.List(from)).Exec(ctx)
	if err != nil {
		return false, fmt.Errorf("guard proposal: %w", err)
	}
	n, _ := res.RowsAffected()
	return n == 1, nil
}

// Assignments loads the assignments of proposals.
func Assignments(ctx context.Context, db bun.IDB, mid int64, proposalIDs []int64) ([]*model.ProposalAssignment, error) {
	var rows []*model.ProposalAssignment
	if len(proposalIDs) == 0 {
		return rows, nil
	}
	err := db.NewSelect().Model(&rows).Where("municipality_id = ?", mid).Where("proposal_id IN (?)", bun.List(proposalIDs)).Order("id").Scan(ctx)
	if err != nil {
		return nil, fmt.Errorf("assignments: %w", err)
	}
	return rows, nil
}

// Messages loads a proposal's messages; internal notes only when withInternal.
func Messages(ctx context.Context, db bun.IDB, mid, proposalID int64, withInternal bool) ([]*model.ProposalMessage, error) {
	var rows []*model.ProposalMessage
	q := db.NewSelect().Model(&rows).Where("municipality_id = ?", mid).Where("proposal_id = ?", proposalID)
	if !withInternal {
		q = q.Where("internal = ?", false)
	}
	if err := q.Order("id").Scan(ctx); err != nil {
		return nil, fmt.Errorf("messages: %w", err)
	}
	return rows, nil
}

// internalActions are the history entries of internal coordination (庁内調整): a
// department's feasibility answer. Assignments themselves stay visible to the proposer, who
// is told which departments examine the proposal (but never what they answer).
var internalActions = []string{"RESPOND"}

// InternalEvent answers whether a history entry is internal coordination.
func InternalEvent(ev *model.ProposalEvent) bool { return slices.Contains(internalActions, ev.Action) }

// withoutInternal keeps the history entries that are not internal coordination.
func withoutInternal(q *bun.SelectQuery) *bun.SelectQuery {
	return q.Where("?TableAlias.action NOT IN (?)", bun.List(internalActions))
}

// Events loads a proposal's history in order; internal coordination only when withInternal.
func Events(ctx context.Context, db bun.IDB, mid, proposalID int64, withInternal bool) ([]*model.ProposalEvent, error) {
	var rows []*model.ProposalEvent
	q := db.NewSelect().Model(&rows).Where("?TableAlias.municipality_id = ?", mid).Where("?TableAlias.proposal_id = ?", proposalID)
	if !withInternal {
		q = withoutInternal(q)
	}
	if err := q.OrderExpr("?TableAlias.id").Scan(ctx); err != nil {
		return nil, fmt.Errorf("events: %w", err)
	}
	return rows, nil
}

// RespondToAssignment records a department's opinion on its assignment.
func RespondToAssignment(ctx context.Context, db bun.IDB, a *model.ProposalAssignment) error {
	_, err := db.NewUpdate().Model(a).Column("opinion", "feasible", "responded_at", "responded_by_id").WherePK().Exec(ctx)
	if err != nil {
		return fmt.Errorf("respond: %w", err)
	}
	return nil
}

// UsersOf lists the active accounts of a role, optionally of some departments, for
// notifications.
func (s *Store) UsersOf(ctx context.Context, mid int64, role model.Role, departmentIDs []int64) ([]*model.User, error) {
	var rows []*model.User
	q := s.DB.NewSelect().Model(&rows).Where("municipality_id = ?", mid).Where("role = ?", role).Where("disabled = ?", false)
	if departmentIDs != nil {
		q = q.Where("department_id IN (?)", bun.List(nonEmpty(departmentIDs)))
	}
	if err := q.Scan(ctx); err != nil {
		return nil, fmt.Errorf("users of %s: %w", role, err)
	}
	return rows, nil
}

// Inquiries lists the contact-form messages of the municipality the viewer may read: the
// desk all of them, a department those forwarded to it (inquiryColumns).
func (s *Store) Inquiries(ctx context.Context, v Viewer, status *model.InquiryStatus, p Page) (PageOf[model.Inquiry], error) {
	return listPage[model.Inquiry](ctx, s.DB, p, Order{Key: "CREATED_AT", By: Column("created_at"), Desc: true}, func(q *bun.SelectQuery) *bun.SelectQuery {
		q = inquiriesVisible(q, v)
		if status != nil {
			q = q.Where("?TableAlias.status = ?", *status)
		}
		return q
	})
}

// InquiryByID loads one inquiry inside the viewer's read scope; nil when there is none. Who
// may read inquiries at all is the policy's question, asked before.
func (s *Store) InquiryByID(ctx context.Context, v Viewer, id int64) (*model.Inquiry, error) {
	return one[model.Inquiry](ctx, s.DB, v, id, inquiriesVisible)
}

// CloseInquiry marks an open inquiry handled; nil when it is not the municipality's, and
// changed false when it was already closed (nothing to record). The UPDATE matches only
// while the inquiry is still open, so of concurrent closings one wins and the others are a
// CONFLICT that records nothing.
func CloseInquiry(ctx context.Context, db bun.IDB, v Viewer, id int64, at time.Time) (inq *model.Inquiry, changed bool, err error) {
	inq, err = one[model.Inquiry](ctx, db, v, id, nil)
	if err != nil || inq == nil || inq.Status == model.InquiryClosed {
		return inq, false, err
	}
	inq.Status, inq.ClosedAt = model.InquiryClosed, &at
	res, err := db.NewUpdate().Model(inq).Column("status", "closed_at").WherePK().
		Where("?TableAlias.status = ?", model.InquiryOpen).Exec(ctx)
	if err != nil {
		return nil, false, fmt.Errorf("close inquiry: %w", err)
	}
	if n, _ := res.RowsAffected(); n != 1 {
		return nil, false, apperr.New(apperr.Conflict, "the inquiry was closed meanwhile")
	}
	return inq, true, nil
}

// AuditFilter narrows the audit log for the desk's audit screen; a zero field filters
// nothing. The audit service checks the values before they come here.
type AuditFilter struct {
	// From and To bound the entry's time: From <= at < To.
	From, To *time.Time
	// ActorID is the acting account.
	ActorID int64
	// Action is an exact action, or a prefix when ActionPrefix is set.
	Action       string
	ActionPrefix bool
	// TargetType is compared case-insensitively: some entries name their type in lower case.
	TargetType string
	// TargetID is the target row's ID (with TargetType).
	TargetID int64
}

// AuditLog lists the audit entries of the municipality that match f, newest first.
func (s *Store) AuditLog(ctx context.Context, v Viewer, f AuditFilter, p Page) (PageOf[model.AuditEntry], error) {
	return listPage[model.AuditEntry](ctx, s.DB, p, Order{Key: "ID", By: Column("id"), Desc: true}, func(q *bun.SelectQuery) *bun.SelectQuery {
		q = tenant(q, v)
		if f.From != nil {
			q = q.Where("at >= ?", f.From.UTC())
		}
		if f.To != nil {
			q = q.Where("at < ?", f.To.UTC())
		}
		if f.ActorID != 0 {
			q = q.Where("actor_id = ?", f.ActorID)
		}
		if f.Action != "" && f.ActionPrefix {
			// The service lets only letters and dots through, so the prefix needs no escaping.
			q = q.Where("action LIKE ?", f.Action+"%")
		} else if f.Action != "" {
			q = q.Where("action = ?", f.Action)
		}
		if f.TargetType != "" {
			q = q.Where("LOWER(target_type) = ?", strings.ToLower(f.TargetType))
		}
		if f.TargetID != 0 {
			q = q.Where("target_id = ?", f.TargetID)
		}
		return q
	})
}

// AttachmentsOf lists the files of a proposal and of some of its messages.
func AttachmentsOf(ctx context.Context, db bun.IDB, mid, proposalID int64, messageIDs []int64) ([]*model.Attachment, error) {
	var rows []*model.Attachment
	q := db.NewSelect().Model(&rows).Where("municipality_id = ?", mid).WhereGroup(" AND ", func(q *bun.SelectQuery) *bun.SelectQuery {
		q = q.Where("owner_type = ? AND owner_id = ?", model.OwnerProposal, proposalID)
		if len(messageIDs) > 0 {
			q = q.WhereOr("owner_type = ? AND owner_id IN (?)", model.OwnerMessage, bun.List(messageIDs))
		}
		return q
	})
	if err := q.Order("id").Scan(ctx); err != nil {
		return nil, fmt.Errorf("attachments: %w", err)
	}
	return rows, nil
}

// AttachmentByID loads one file's metadata of the municipality; nil when there is none.
func (s *Store) AttachmentByID(ctx context.Context, mid, id int64) (*model.Attachment, error) {
	var rows []*model.Attachment
	if err := s.DB.NewSelect().Model(&rows).Where("municipality_id = ?", mid).Where("id = ?", id).Scan(ctx); err != nil {
		return nil, fmt.Errorf("attachment: %w", err)
	}
	if len(rows) == 0 {
		return nil, nil
	}
	return rows[0], nil
}

// MessageByID loads one message of the municipality; nil when there is none.
func (s *Store) MessageByID(ctx context.Context, mid, id int64) (*model.ProposalMessage, error) {
	var rows []*model.ProposalMessage
	if err := s.DB.NewSelect().Model(&rows).Where("municipality_id = ?", mid).Where("id = ?", id).Scan(ctx); err != nil {
		return nil, fmt.Errorf("message: %w", err)
	}
	if len(rows) == 0 {
		return nil, nil
	}
	return rows[0], nil
}

// LastEventID answers the newest history entry of the municipality, where a subscription
// starts.
func (s *Store) LastEventID(ctx context.Context, mid int64) (int64, error) {
	var id int64
	err := s.DB.NewSelect().Model((*model.ProposalEvent)(nil)).ColumnExpr("COALESCE(MAX(id), 0)").Where("municipality_id = ?", mid).Scan(ctx, &id)
	if err != nil {
		return 0, fmt.Errorf("last event: %w", err)
	}
	return id, nil
}

// EventsAfter answers history entries newer than afterID, oldest first, for subscriptions;
// the database is what replicas share, so every replica's subscribers see every event.
func (s *Store) EventsAfter(ctx context.Context, mid, afterID, proposalID int64, limit int) ([]*model.ProposalEvent, error) {
	var rows []*model.ProposalEvent
	q := s.DB.NewSelect().Model(&rows).Where("municipality_id = ?", mid).Where("id > ?", afterID)
	if proposalID != 0 {
		q = q.Where("proposal_id = ?", proposalID)
	}
	if err := q.Order("id").Limit(int64(limit)).Scan(ctx); err != nil {
		return nil, fmt.Errorf("events after: %w", err)
	}
	return rows, nil
}

// ProposalsByID loads proposals within the viewer's proposal read scope.
func (s *Store) ProposalsByID(ctx context.Context, v Viewer, ids []int64) ([]*model.Proposal, error) {
	var rows []*model.Proposal
	if len(ids) == 0 {
		return rows, nil
	}
	err := proposalsVisible(s.DB.NewSelect().Model(&rows), v, v.ReadScope(model.OwnerProposal)).Where("?TableAlias.id IN (?)", bun.List(ids)).Scan(ctx)
	if err != nil {
		return nil, fmt.Errorf("proposals by id: %w", err)
	}
	return rows, nil
}
