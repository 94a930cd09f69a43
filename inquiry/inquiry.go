// Package inquiry owns the contact form: anyone may send the desk an inquiry (a few an hour
// per address), the desk reads and closes them, and the desk is told by mail of each new one.
// The sender gets one acknowledgement per stored inquiry; the desk answers the sender by mail
// (recorded with the inquiry) and forwards inquiries to departments, which then read them.
package inquiry

import (
	"context"
	"time"

	"github.com/uptrace/bun"

	"github.com/pppdesk/pppdesk/apperr"
	"github.com/pppdesk/pppdesk/audit"
	"github.com/pppdesk/pppdesk/auth"
	"github.com/pppdesk/pppdesk/input"
	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/notify"
	"github.com/pppdesk/pppdesk/outbox"
	"github.com/pppdesk/pppdesk/policies"
	"github.com/pppdesk/pppdesk/store"
)

// MaxPhone bounds a phone number as typed.
const MaxPhone = 30

// Service runs the operations on inquiries.
type Service struct {
	store *store.Store
	mail  outbox.MailQueue
	now   func() time.Time
	limit func(ctx context.Context, c *policies.Caller) error
}

// Deps are what the inquiry service needs.
type Deps struct {
	Store *store.Store
	// Mail queues the desk's notification in the transaction that stores the inquiry.
	Mail outbox.MailQueue
	// Now is the server clock (tests move it).
	Now func() time.Time
	// Limit counts one inquiry against the caller's address and refuses it (RATE_LIMITED)
	// when the address has sent too many; nil limits nothing.
	Limit func(ctx context.Context, c *policies.Caller) error
}

// New builds the inquiry service.
func New(d Deps) *Service {
	if d.Now == nil {
		d.Now = time.Now
	}
	return &Service{store: d.Store, mail: d.Mail, now: d.Now, limit: d.Limit}
}

// clock answers the service time at the precision the database keeps.
func (s *Service) clock() time.Time { return s.now().UTC().Truncate(time.Second) }

// notFound is the answer for an inquiry that does not exist or may not be seen: the same
// to the caller, so existence never leaks.
func notFound(id int64) error {
	return apperr.NotFoundf("%s %s not found", model.OwnerInquiry, model.GlobalID(model.OwnerInquiry, id))
}

// Submit stores a contact-form message and queues the desk's notification with it. The
// address is counted only once the message is well-formed, so typing mistakes cost no
// attempts; the mail names only the subject, never the sender.
func (s *Service) Submit(ctx context.Context, c *policies.Caller, in model.InquiryInput) (*model.Inquiry, error) {
	if _, err := c.Authorize(policies.CreateInquiry); err != nil {
		return nil, err
	}
	now := s.clock()
	q := &model.Inquiry{MunicipalityID: c.Municipality.ID, Status: model.InquiryOpen, CreatedAt: now}
	if err := input.Set(
		input.F("input.affiliation", in.Affiliation, &q.Affiliation, input.MaxContact, false),
		input.F("input.name", &in.Name, &q.Name, input.MaxContact, true),
		input.F("input.phone", in.Phone, &q.Phone, MaxPhone, false),
		input.F("input.subject", &in.Subject, &q.Subject, input.MaxTitle, true),
		input.F("input.body", &in.Body, &q.Body, input.MaxMessage, true),
	); err != nil {
		return nil, err
	}
	var err error
	if q.Email, err = auth.NormalizeEmail("input.email", in.Email); err != nil {
		return nil, err
	}
	if s.limit != nil {
		if err := s.limit(ctx, c); err != nil {
			return nil, err
		}
	}
	err = s.store.InTx(ctx, func(ctx context.Context, tx bun.Tx) error {
		if err := store.Insert(ctx, tx, q); err != nil {
			return err
		}
		if err := store.RememberCreated(ctx, tx, q.ID); err != nil {
			return err
		}
		if err := audit.Record(ctx, tx, c, now, audit.Entry{Action: "inquiry.submit", TargetType: string(model.OwnerInquiry), TargetID: q.ID,
			Changes: audit.Fields(in)}); err != nil {
			return err
		}
		if err := s.notifyDesk(ctx, tx, c, q); err != nil {
			return err
		}
		return s.acknowledge(ctx, tx, c, q)
	})
	if err != nil {
		return nil, err
	}
	return q, nil
}

// notifyDesk queues the new-inquiry mail to every active desk account, in tx.
func (s *Service) notifyDesk(ctx context.Context, tx bun.IDB, c *policies.Caller, q *model.Inquiry) error {
	if s.mail == nil {
		return nil
	}
	desk, err := store.InquiryRecipients(ctx, tx, c.Municipality.ID)
	if err != nil || len(desk) == 0 {
		return err
	}
	msgs := make([]notify.Message, len(desk))
	for i, d := range desk {
		msgs[i] = notify.NewInquiry(d.Email, c.Municipality.Name, q.Subject)
	}
	return s.mail(ctx, tx, c.Municipality.ID, msgs...)
}

// Order is the one order of the inquiry list, newest first; cursors are made under it.
var Order = store.Order{Key: "CREATED_AT", By: store.Column("created_at"), Desc: true}

// Pages reads one page of a list the caller was already allowed to read.
type Pages func(ctx context.Context, p store.Page) (store.PageOf[model.Inquiry], error)

// List answers how to read the inquiries of the caller's municipality, optionally of one
// status, newest first, after asking the policy (the desk only). The policy is asked before
// any page argument is looked at.
func (s *Service) List(c *policies.Caller, status *model.InquiryStatus) (Pages, error) {
	if _, err := c.Authorize(policies.ReadInquiry); err != nil {
		return nil, err
	}
	return func(ctx context.Context, p store.Page) (store.PageOf[model.Inquiry], error) {
		return s.store.Inquiries(ctx, c.Viewer, status, p)
	}, nil
}

// Get answers one inquiry to those who may read it (the desk; a department it was forwarded
// to); to anyone else it does not exist. The read scope is applied twice on purpose: as SQL
// by the store, and as the row check on the forwards of the loaded row.
func (s *Service) Get(ctx context.Context, c *policies.Caller, id int64) (*model.Inquiry, error) {
	if _, err := c.Authorize(policies.ReadInquiry); err != nil {
		return nil, notFound(id)
	}
	q, err := s.store.InquiryByID(ctx, c.Viewer, id)
	if err != nil {
		return nil, err
	}
	if q == nil {
		return nil, notFound(id)
	}
	ok, err := s.may(ctx, s.store.DB, c, policies.ReadInquiry, q)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, notFound(id)
	}
	return q, nil
}

// Close marks an open inquiry handled. Closing a closed one changes nothing and records
// nothing; of concurrent closings one wins and the others are a CONFLICT.
func (s *Service) Close(ctx context.Context, c *policies.Caller, id int64) (*model.Inquiry, error) {
	if _, err := c.Authorize(policies.CloseInquiry); err != nil {
		return nil, err
	}
	now := s.clock()
	var q *model.Inquiry
	err := s.store.InTx(ctx, func(ctx context.Context, tx bun.Tx) error {
		var changed bool
		var err error
		if q, changed, err = store.CloseInquiry(ctx, tx, c.Viewer, id, now); err != nil {
			return err
		}
		if q == nil {
			return notFound(id)
		}
		if !changed {
			return nil // already closed: nothing happened, nothing to record
		}
		return audit.Record(ctx, tx, c, now, audit.Entry{Action: "inquiry.close", TargetType: string(model.OwnerInquiry), TargetID: q.ID})
	})
	if err != nil {
		return nil, err
	}
	return q, nil
}
