package resolvers

import (
	"context"
	"strings"

	"github.com/uptrace/bun"

	"github.com/pppdesk/pppdesk/auth"
	"github.com/pppdesk/pppdesk/input"
	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/notify"
	"github.com/pppdesk/pppdesk/policies"
	"github.com/pppdesk/pppdesk/store"
)

// submitInquiry stores a contact-form message; anyone may send one, a few an hour per address.
func (r *Resolver) submitInquiry(ctx context.Context, in model.InquiryInput) (bool, error) {
	req, _, err := authorize(ctx, policies.CreateInquiry)
	if err != nil {
		return false, err
	}
	now := r.now()
	q := &model.Inquiry{MunicipalityID: req.Municipality.ID, Status: model.InquiryOpen, CreatedAt: now}
	if err := input.Set(
		input.F("input.affiliation", in.Affiliation, &q.Affiliation, input.MaxContact, false),
		input.F("input.name", &in.Name, &q.Name, input.MaxContact, true),
		input.F("input.phone", in.Phone, &q.Phone, 30, false),
		input.F("input.subject", &in.Subject, &q.Subject, input.MaxTitle, true),
		input.F("input.body", &in.Body, &q.Body, input.MaxMessage, true),
	); err != nil {
		return false, err
	}
	if q.Email, err = auth.NormalizeEmail("input.email", in.Email); err != nil {
		return false, err
	}
	if err := r.limit(ctx, r.Limits.Inquiry, req, "inquiries"); err != nil {
		return false, err
	}
	err = r.Store.InTx(ctx, func(ctx context.Context, tx bun.Tx) error {
		if err := store.Insert(ctx, tx, q); err != nil {
			return err
		}
		if err := store.RememberCreated(ctx, tx, q.ID); err != nil {
			return err
		}
		return r.audit(ctx, tx, req, "inquiry.submit", string(model.OwnerInquiry), q.ID, map[string]any{"subject": q.Subject})
	})
	if err != nil {
		return false, err
	}
	r.notify(req, func(ctx context.Context, send func(notify.Message)) {
		for _, d := range r.staff(ctx, req.Municipality.ID, model.RoleDesk, nil) {
			send(notify.NewInquiry(d.Email, req.Municipality.Name, q.Subject))
		}
	})
	return true, nil
}

// maxInquiriesPerHour limits contact-form messages per client address.
const maxInquiriesPerHour = 10

func (r *Resolver) inquiries(ctx context.Context, first *int, after *string, status *model.InquiryStatus) (*model.InquiryConnection, error) {
	if _, _, err := authorize(ctx, policies.ReadInquiry); err != nil {
		return nil, err
	}
	order := store.Order{Key: "CREATED_AT", By: store.Column("created_at"), Desc: true}
	page, _, info, err := listed(ctx, first, after, order, func(v store.Viewer, p store.Page) (store.PageOf[model.Inquiry], error) {
		return r.Store.Inquiries(ctx, v, status, p)
	}, nil)
	if err != nil {
		return nil, err
	}
	return &model.InquiryConnection{PageInfo: info, TotalCount: page.Total,
		Edges: edgesOf(page, order, func(c string, n *model.Inquiry) *model.InquiryEdge { return &model.InquiryEdge{Cursor: c, Node: n} })}, nil
}

func (r *Resolver) closeInquiry(ctx context.Context, id string) (*model.Inquiry, error) {
	req, _, err := authorize(ctx, policies.CloseInquiry)
	if err != nil {
		return nil, err
	}
	n, err := parseID("id", id, model.OwnerInquiry)
	if err != nil {
		return nil, err
	}
	var q *model.Inquiry
	err = r.Store.InTx(ctx, func(ctx context.Context, tx bun.Tx) error {
		var changed bool
		var err error
		if q, changed, err = store.CloseInquiry(ctx, tx, req.Viewer, n, r.now()); err != nil {
			return err
		}
		if q == nil {
			return notFound(model.OwnerInquiry, id)
		}
		if !changed {
			return nil // already closed: nothing happened, nothing to record
		}
		return r.audit(ctx, tx, req, "inquiry.close", string(model.OwnerInquiry), q.ID, nil)
	})
	if err != nil {
		return nil, err
	}
	return q, nil
}

func (r *Resolver) auditLog(ctx context.Context, first *int, after *string) (*model.AuditEntryConnection, error) {
	if _, _, err := authorize(ctx, policies.ReadAudit); err != nil {
		return nil, err
	}
	order := store.Order{Key: "ID", By: store.Column("id"), Desc: true}
	page, _, info, err := listed(ctx, first, after, order, func(v store.Viewer, p store.Page) (store.PageOf[model.AuditEntry], error) {
		return r.Store.AuditLog(ctx, v, p)
	}, nil)
	if err != nil {
		return nil, err
	}
	return &model.AuditEntryConnection{PageInfo: info, TotalCount: page.Total,
		Edges: edgesOf(page, order, func(c string, n *model.AuditEntry) *model.AuditEntryEdge {
			return &model.AuditEntryEdge{Cursor: c, Node: n}
		})}, nil
}

func auditTarget(a *model.AuditEntry) string {
	return model.GlobalID(model.OwnerType(strings.TrimSpace(a.TargetType)), a.TargetID)
}
