package proposal

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/uptrace/bun"

	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/notify"
	"github.com/pppdesk/pppdesk/store"
)

// SweepDueDates sends the due-date mails of unanswered assignments as of now (up to limit
// of each kind) and answers how many mails it queued: the day before the due date (Tokyo
// date) a reminder to the assigned department's members, and once the due date has passed
// an overdue notice to them and to the desk. Each mail kind goes out once per assignment:
// the assignment is marked (reminded_at, overdue_notified_at) by a guarded UPDATE in the
// transaction that queues the mails, so replicas sweeping at once send it once. A reminder
// whose day was missed (no sweep ran that day) is not sent late; the overdue notice is.
func (s *Service) SweepDueDates(ctx context.Context, now time.Time, limit int) (int, error) {
	now = now.UTC().Truncate(time.Second)
	// Japan keeps no daylight saving time, so tomorrow is always 24 hours on.
	days := map[store.DueMark]model.Date{store.Reminder: Today(now.Add(24 * time.Hour)), store.OverdueNotice: Today(now)}
	munis := map[int64]*model.Municipality{}
	queued := 0
	var errs []error
	for _, mark := range []store.DueMark{store.Reminder, store.OverdueNotice} {
		due, err := s.store.DueAssignments(ctx, mark, days[mark], overdueStates(), limit)
		if err != nil {
			return queued, err
		}
		for _, x := range due {
			m, seen := munis[x.Proposal.MunicipalityID]
			if !seen {
				if m, err = s.store.MunicipalityByID(ctx, x.Proposal.MunicipalityID); err != nil {
					return queued, err
				}
				munis[x.Proposal.MunicipalityID] = m
			}
			n, err := s.sendDueMail(ctx, mark, x, m, now)
			if err != nil {
				// One assignment that fails must not hold up the others: it stays
				// unmarked and is tried again on the next sweep.
				errs = append(errs, fmt.Errorf("assignment %d: %w", x.Assignment.ID, err))
				continue
			}
			queued += n
		}
	}
	return queued, errors.Join(errs...)
}

// sendDueMail claims one assignment's due-date mail and queues it in the same transaction.
func (s *Service) sendDueMail(ctx context.Context, mark store.DueMark, x store.DueAssignment, m *model.Municipality, now time.Time) (int, error) {
	var msgs []notify.Message
	err := s.store.InTx(ctx, func(ctx context.Context, tx bun.Tx) error {
		msgs = nil
		ok, err := store.ClaimDueMail(ctx, tx, mark, x.Assignment.ID, now)
		if err != nil || !ok || m == nil {
			return err
		}
		// The proposal must still wait for the department's answer; a decision taken
		// meanwhile leaves the mark set and sends nothing.
		p := x.Proposal
		if ok, err = store.GuardProposal(ctx, tx, p.MunicipalityID, p.ID, overdueStates()); err != nil || !ok {
			return err
		}
		staff, err := store.UsersWithRole(ctx, tx, p.MunicipalityID, model.RoleDepartment, []int64{x.Department.ID})
		if err != nil {
			return err
		}
		compose := notify.AssignmentDueReminder
		if mark == store.OverdueNotice {
			compose = notify.AssignmentOverdue
			desk, err := store.UsersWithRole(ctx, tx, p.MunicipalityID, model.RoleDesk, nil)
			if err != nil {
				return err
			}
			staff = append(staff, desk...)
		}
		in := notify.ProposalInfo{Title: p.Title, Number: fmt.Sprintf("P-%d", p.ID), Municipality: m.Name, DeskName: m.DeskName}
		seen := map[string]bool{}
		for _, u := range staff {
			if !seen[u.Email] {
				seen[u.Email] = true
				msgs = append(msgs, compose(u.Email, in, x.Department.Name, string(x.Assignment.DueOn)))
			}
		}
		return s.queue(ctx, tx, p.MunicipalityID, msgs)
	})
	if err != nil {
		return 0, err
	}
	return len(msgs), nil
}
