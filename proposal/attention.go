package proposal

import (
	"context"
	"time"

	"github.com/uptrace/bun"

	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/policies"
	"github.com/pppdesk/pppdesk/store"
)

// tokyo is the municipalities' time zone (Japan has no daylight saving time, so a fixed
// offset needs no zone database on the server).
var tokyo = time.FixedZone("Asia/Tokyo", 9*60*60)

// Today answers the municipality's date at t: due dates are calendar days in Japan.
func Today(t time.Time) model.Date {
	return model.Date(t.In(tokyo).Format("2006-01-02"))
}

// overdueStates are the states in which an unanswered assignment can be overdue: those in
// which a department may still answer it.
func overdueStates() []model.ProposalStatus { return rules[model.ProposalActionRespond].from }

// Overdue reports whether one of p's assignments as is unanswered after its due date, in
// the municipality's date at now. Whether the caller may know it (internal coordination)
// is asked before.
func Overdue(p *model.Proposal, as []*model.ProposalAssignment, now time.Time) bool {
	if inState(p, model.ProposalActionRespond) != nil {
		return false
	}
	today := Today(now)
	for _, a := range as {
		if a.RespondedAt == nil && a.DueOn != "" && a.DueOn < today {
			return true
		}
	}
	return false
}

// attention describes for the store what needs c's attention: unread messages it may see
// (internal notes where the policy lets it write them, as the messages field shows them),
// and overdue assignments where it reads internal coordination.
func attention(c *policies.Caller) store.Attention {
	a := store.Attention{UserID: c.UserID, OverdueStates: overdueStates(), Today: Today(c.Now)}
	if s, ok := c.Scope(policies.InternalNote); ok {
		a.InternalNotes = &s
	}
	if s, ok := c.Scope(policies.ReadInternal); ok {
		a.Coordination = &s
	}
	return a
}

// MarkRead records the caller's read mark on a proposal it may read: staff and the proposing
// organization, under the read policy; the same mark again changes nothing visible.
func (s *Service) MarkRead(ctx context.Context, c *policies.Caller, id int64) (*model.Proposal, error) {
	p, err := s.findFor(ctx, c, id, model.ProposalActionMarkRead)
	if err != nil {
		return nil, err
	}
	if err := allowedNow(c, p, model.ProposalActionMarkRead, nil); err != nil {
		return nil, err
	}
	err = s.store.InTx(ctx, func(ctx context.Context, tx bun.Tx) error {
		return store.MarkRead(ctx, tx, p.MunicipalityID, p.ID, c.User.ID, s.now())
	})
	if err != nil {
		return nil, err
	}
	return p, nil
}
