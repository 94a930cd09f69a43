package inquiry

import (
	"context"
	"slices"
	"strings"
	"time"

	"github.com/uptrace/bun"

	"github.com/pppdesk/pppdesk/apperr"
	"github.com/pppdesk/pppdesk/audit"
	"github.com/pppdesk/pppdesk/input"
	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/notify"
	"github.com/pppdesk/pppdesk/policies"
	"github.com/pppdesk/pppdesk/store"
)

// info is what the mails about q say about it.
func info(c *policies.Caller, q *model.Inquiry) notify.InquiryInfo {
	return notify.InquiryInfo{Subject: q.Subject, Municipality: c.Municipality.Name, DeskName: c.Municipality.DeskName}
}

// AckInterval is how long after an inquiry from an address no further acknowledgement is
// mailed to that address by the same municipality.
const AckInterval = 24 * time.Hour

// acknowledge queues the sender's acknowledgement of q, in tx: at most one per address per
// AckInterval and municipality (the address is not verified, so the form must not become a
// way to mail a stranger over and over; later inquiries are still stored and the desk still
// told), and it quotes only the subject without links (notify.InquiryAcknowledgement says why).
func (s *Service) acknowledge(ctx context.Context, tx bun.IDB, c *policies.Caller, q *model.Inquiry) error {
	if s.mail == nil {
		return nil
	}
	n, err := store.OtherInquiriesFrom(ctx, tx, q.MunicipalityID, q.Email, q.CreatedAt.Add(-AckInterval), q.ID)
	if err != nil {
		return err
	}
	if n > 0 {
		return nil
	}
	return s.mail(ctx, tx, c.Municipality.ID, notify.InquiryAcknowledgement(q.Email, info(c, q)))
}

// may is the row check of action a on inquiry q: the caller's scope for a against the
// departments q was forwarded to (the assigned scope), read in db.
func (s *Service) may(ctx context.Context, db bun.IDB, c *policies.Caller, a policies.Action, q *model.Inquiry) (bool, error) {
	fwd, err := store.InquiryForwards(ctx, db, c.Viewer, []int64{q.ID})
	if err != nil {
		return false, err
	}
	return c.May(a, policies.Owner{AssignedDepartmentIDs: fwd[q.ID]}), nil
}

// load reads inquiry id for a change in tx and checks action a on it; an inquiry outside the
// caller's reach does not exist for it.
func (s *Service) load(ctx context.Context, tx bun.IDB, c *policies.Caller, a policies.Action, id int64) (*model.Inquiry, error) {
	q, err := store.InquiryForChange(ctx, tx, c.Viewer, id)
	if err != nil {
		return nil, err
	}
	if q == nil {
		return nil, notFound(id)
	}
	ok, err := s.may(ctx, tx, c, a, q)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, notFound(id)
	}
	return q, nil
}

// Reply mails the desk's answer to the inquiry's sender and records it with the inquiry,
// which is then answered (its status, OPEN or CLOSED, is the desk's to change by closing).
// The subject defaults to "Re: " and the inquiry's subject; the mail leaves through the
// outbox, in the transaction that records the reply, so a recorded reply is always sent.
func (s *Service) Reply(ctx context.Context, c *policies.Caller, id int64, in model.InquiryReplyInput) (*model.Inquiry, error) {
	if _, err := c.Authorize(policies.ReplyInquiry); err != nil {
		return nil, err
	}
	body, err := input.Text("input.body", in.Body, true, input.MaxMessage)
	if err != nil {
		return nil, err
	}
	var subject string
	if in.Subject != nil {
		if subject, err = input.Text("input.subject", *in.Subject, false, input.MaxTitle); err != nil {
			return nil, err
		}
		if strings.ContainsAny(subject, "\r\n") {
			return nil, apperr.Invalid("input.subject", "must be one line")
		}
	}
	now := s.clock()
	var q *model.Inquiry
	err = s.store.InTx(ctx, func(ctx context.Context, tx bun.Tx) error {
		var err error
		if q, err = s.load(ctx, tx, c, policies.ReplyInquiry, id); err != nil {
			return err
		}
		if subject == "" {
			subject = "Re: " + q.Subject
		}
		r := &model.InquiryReply{MunicipalityID: q.MunicipalityID, InquiryID: q.ID, Subject: subject, Body: body,
			SentByID: c.User.ID, SentByName: staffName(c.User), SentAt: now}
		if err := store.AddInquiryReply(ctx, tx, r); err != nil {
			return err
		}
		q.AnsweredAt = &now
		if err := audit.Record(ctx, tx, c, now, audit.Entry{Action: "inquiry.reply", TargetType: string(model.OwnerInquiry), TargetID: q.ID,
			// The subject and address stay in the reply and inquiry rows, which the retention
			// purge empties; the audit entry, kept longer, names the reply only.
			Changes: map[string]any{"replyId": r.ID}}); err != nil {
			return err
		}
		if s.mail == nil {
			return nil
		}
		return s.mail(ctx, tx, c.Municipality.ID, notify.InquiryReply(q.Email, info(c, q), subject, body, r.SentByName))
	})
	if err != nil {
		return nil, err
	}
	return q, nil
}

// staffName is how a reply is signed: the account's display name, else its address.
func staffName(u *model.User) string {
	if u == nil {
		return ""
	}
	if n := strings.TrimSpace(u.DisplayName); n != "" {
		return n
	}
	return u.Email
}

// Forward hands an inquiry to departments of the municipality: their members may read it
// from then on (and only read it: answering the sender stays the desk's), and are told by
// mail. Departments it was already forwarded to are left as they are; naming only those is a
// CONFLICT.
func (s *Service) Forward(ctx context.Context, c *policies.Caller, id int64, departmentIDs []int64, note *string) (*model.Inquiry, error) {
	if _, err := c.Authorize(policies.ForwardInquiry); err != nil {
		return nil, err
	}
	if len(departmentIDs) == 0 {
		return nil, apperr.Invalid("departmentIds", "name at least one department")
	}
	var text string
	if note != nil {
		var err error
		if text, err = input.Text("note", *note, false, input.MaxMessage); err != nil {
			return nil, err
		}
	}
	now := s.clock()
	var q *model.Inquiry
	err := s.store.InTx(ctx, func(ctx context.Context, tx bun.Tx) error {
		var err error
		if q, err = s.load(ctx, tx, c, policies.ForwardInquiry, id); err != nil {
			return err
		}
		// The inquiry first: who cannot see it learns nothing about departments either.
		deps, err := store.ForwardTargets(ctx, tx, c.Viewer, departmentIDs)
		if err != nil {
			return err
		}
		if len(deps) != len(model.DistinctIDs(departmentIDs)) {
			return apperr.Invalid("departmentIds", "a department is not one of this municipality's")
		}
		have, err := store.InquiryForwards(ctx, tx, c.Viewer, []int64{q.ID})
		if err != nil {
			return err
		}
		var rows []*model.InquiryForward
		var added []int64
		names := map[int64]string{}
		var named []string
		for _, d := range deps {
			if slices.Contains(have[q.ID], d.ID) {
				continue
			}
			rows = append(rows, &model.InquiryForward{MunicipalityID: q.MunicipalityID, InquiryID: q.ID, DepartmentID: d.ID,
				Note: text, ForwardedByID: c.User.ID, CreatedAt: now})
			added = append(added, d.ID)
			names[d.ID] = d.Name
			named = append(named, d.Name)
		}
		if len(rows) == 0 {
			return apperr.New(apperr.Conflict, "the inquiry was already forwarded to every named department")
		}
		if err := store.AddInquiryForwards(ctx, tx, rows); err != nil {
			if store.IsUniqueViolation(err) {
				return apperr.New(apperr.Conflict, "the inquiry was forwarded meanwhile; try again")
			}
			return err
		}
		if err := audit.Record(ctx, tx, c, now, audit.Entry{Action: "inquiry.forward", TargetType: string(model.OwnerInquiry), TargetID: q.ID,
			Changes: map[string]any{"departments": named, "departmentIds": added, "withNote": text != ""}}); err != nil {
			return err
		}
		if s.mail == nil {
			return nil
		}
		members, err := store.DepartmentMembers(ctx, tx, q.MunicipalityID, added)
		if err != nil || len(members) == 0 {
			return err
		}
		msgs := make([]notify.Message, 0, len(members))
		for _, u := range members {
			var dept string
			if u.DepartmentID != nil {
				dept = names[*u.DepartmentID]
			}
			msgs = append(msgs, notify.InquiryForwarded(u.Email, info(c, q), dept, text))
		}
		return s.mail(ctx, tx, c.Municipality.ID, msgs...)
	})
	if err != nil {
		return nil, err
	}
	return q, nil
}

// Replies answers the desk's answers to inquiries the caller has read, oldest first, by
// inquiry: whoever may read an inquiry sees what the desk answered.
func (s *Service) Replies(ctx context.Context, c *policies.Caller, ids []int64) (map[int64][]*model.InquiryReply, error) {
	if _, err := c.Authorize(policies.ReadInquiry); err != nil {
		return map[int64][]*model.InquiryReply{}, nil
	}
	return s.store.InquiryReplies(ctx, c.Viewer, ids)
}

// ForwardedTo answers the departments inquiries the caller has read were forwarded to, by
// inquiry, in the order they were.
func (s *Service) ForwardedTo(ctx context.Context, c *policies.Caller, ids []int64) (map[int64][]*model.Department, error) {
	out := map[int64][]*model.Department{}
	if _, err := c.Authorize(policies.ReadInquiry); err != nil {
		return out, nil
	}
	fwd, err := store.InquiryForwards(ctx, s.store.DB, c.Viewer, ids)
	if err != nil {
		return nil, err
	}
	var all []int64
	for _, ds := range fwd {
		all = append(all, ds...)
	}
	deps, err := s.store.DepartmentsByID(ctx, c.Viewer, model.DistinctIDs(all))
	if err != nil {
		return nil, err
	}
	byID := map[int64]*model.Department{}
	for _, d := range deps {
		byID[d.ID] = d
	}
	for id, ds := range fwd {
		for _, d := range ds {
			if dep := byID[d]; dep != nil {
				out[id] = append(out[id], dep)
			}
		}
	}
	return out, nil
}
