package resolvers

import (
	"context"
	"strings"
	"sync"

	"github.com/uptrace/bun"

	"github.com/pppdesk/pppdesk/auth"
	"github.com/pppdesk/pppdesk/input"
	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/notify"
	"github.com/pppdesk/pppdesk/policies"
	"github.com/pppdesk/pppdesk/store"
)

var proposalOrders = map[string]store.SortBy{"CREATED_AT": store.Column("created_at"), "UPDATED_AT": store.Column("updated_at"), "TITLE": titleSort}

func proposalID(p *model.Proposal) int64 { return p.ID }

func (r *Resolver) proposals(ctx context.Context, first *int, after *string, filter *model.ProposalFilter, orderBy *model.ProposalOrder) (*model.ProposalConnection, error) {
	_, scope, err := authorize(ctx, policies.ReadProposal)
	if err != nil {
		return nil, err
	}
	order := orderOf(proposalOrders, "CREATED_AT", model.Desc)
	if orderBy != nil {
		order = orderOf(proposalOrders, string(orderBy.Field), orderBy.Direction)
	}
	f := store.ProposalFilter{}
	if filter != nil {
		f.Status, f.Kind = filter.Status, filter.Kind
		if f.Search, err = input.Search(filter.Search); err != nil {
			return nil, err
		}
		if f.ChallengeID, err = optionalID("filter.challengeId", filter.ChallengeID, model.OwnerChallenge); err != nil {
			return nil, err
		}
		if f.DepartmentIDs, err = r.departmentSubtree(ctx, "filter.departmentId", filter.DepartmentID); err != nil {
			return nil, err
		}
		f.SubmittedFrom, f.SubmittedTo = rangeOf(filter.SubmittedOn)
	}
	page, _, info, err := listed(ctx, first, after, order,
		func(v store.Viewer, p store.Page) (store.PageOf[model.Proposal], error) {
			return r.Store.Proposals(ctx, v, scope, f, order, p)
		},
		func(items []*model.Proposal, sel map[string]bool) error {
			return r.primeOwners(ctx, model.OwnerProposal, ids(items, proposalID), sel)
		})
	if err != nil {
		return nil, err
	}
	return &model.ProposalConnection{PageInfo: info, TotalCount: page.Total,
		Edges: edgesOf(page, order, func(c string, n *model.Proposal) *model.ProposalEdge {
			return &model.ProposalEdge{Cursor: c, Node: n}
		})}, nil
}

func (r *Resolver) proposal(ctx context.Context, id string) (*model.Proposal, error) {
	_, p, err := r.proposalFor(ctx, r.Store.DB, "id", id, policies.ReadProposal)
	return p, err
}

// contact answers a proposal's personal contact data only to those the policy lets read it.
func (r *Resolver) contact(ctx context.Context, p *model.Proposal) (*model.ProposalContact, error) {
	req, err := request(ctx)
	if err != nil {
		return nil, err
	}
	ok, err := r.mayOnProposal(ctx, req, p, policies.ReadContact)
	if err != nil || !ok {
		return nil, err
	}
	return &model.ProposalContact{Affiliation: p.ContactAffiliation, Name: p.ContactName, Email: p.ContactEmail, Phone: p.ContactPhone}, nil
}

// messages answers the messages the caller may see: internal notes only for those who may
// write them.
func (r *Resolver) messages(ctx context.Context, p *model.Proposal) ([]*model.ProposalMessage, error) {
	req, err := request(ctx)
	if err != nil {
		return nil, err
	}
	internal, err := r.mayOnProposal(ctx, req, p, policies.InternalNote)
	if err != nil {
		return nil, err
	}
	msgs, err := store.Messages(ctx, r.Store.DB, p.MunicipalityID, p.ID, internal)
	if err != nil {
		return nil, err
	}
	authors := make([]*int64, len(msgs))
	for i, m := range msgs {
		authors[i] = &m.AuthorID
	}
	return msgs, r.primeActors(ctx, req, p, authors)
}

// history answers a proposal's events with their actors loaded in one go.
func (r *Resolver) history(ctx context.Context, p *model.Proposal) ([]*model.ProposalEvent, error) {
	req, err := request(ctx)
	if err != nil {
		return nil, err
	}
	internal, err := r.seesInternal(ctx, req, p)
	if err != nil {
		return nil, err
	}
	evs, err := store.Events(ctx, r.Store.DB, p.MunicipalityID, p.ID, internal)
	if err != nil {
		return nil, err
	}
	actors := make([]*int64, len(evs))
	for i, ev := range evs {
		actors[i] = ev.ActorID
	}
	return evs, r.primeActors(ctx, req, p, actors)
}

// primeActors loads the authors of a proposal's messages or events in one query and primes
// the loaders, so each actor field finds its user and proposal without a query of its own.
func (r *Resolver) primeActors(ctx context.Context, req *Request, p *model.Proposal, ids []*int64) error {
	req.Loaders.Proposal.Prime(p.ID, p)
	var want []int64
	for _, id := range ids {
		if id != nil {
			want = append(want, *id)
		}
	}
	users, err := r.Store.UsersByID(ctx, req.Viewer, uniq(want))
	if err != nil {
		return err
	}
	var deps []*int64
	for _, u := range users {
		req.Loaders.User.Prime(u.ID, u)
		deps = append(deps, u.DepartmentID)
	}
	if _, err := r.seesStaff(ctx, req, p); err != nil {
		return err
	}
	return primeDepartments(ctx, r.Store, deps)
}

// actor shows who acted: staff names and departments to staff, only "the desk" or the
// department to proposers.
func (r *Resolver) actor(ctx context.Context, p *model.Proposal, userID *int64) (*model.Actor, error) {
	if userID == nil {
		return nil, nil
	}
	req, err := request(ctx)
	if err != nil {
		return nil, err
	}
	u, err := loadUser(ctx, userID)
	if err != nil || u == nil {
		return nil, err
	}
	a := &model.Actor{Kind: model.ActorKindProposer}
	switch u.Role {
	case model.RoleDesk:
		a.Kind = model.ActorKindDesk
	case model.RoleDepartment:
		a.Kind = model.ActorKindDepartment
	}
	staffVisible, err := r.seesStaff(ctx, req, p)
	if err != nil {
		return nil, err
	}
	if a.Kind == model.ActorKindProposer || staffVisible {
		a.DisplayName = &u.DisplayName
	}
	if u.DepartmentID != nil && a.Kind == model.ActorKindDepartment {
		if a.Department, err = loadOptional(ctx, departmentLoader, u.DepartmentID); err != nil {
			return nil, err
		}
	}
	return a, nil
}

// seesStaff answers, once per proposal and request, whether the caller sees staff names.
func (r *Resolver) seesStaff(ctx context.Context, req *Request, p *model.Proposal) (bool, error) {
	v, _ := req.staffVisible.LoadOrStore(p.ID, &onceAnswer{})
	a := v.(*onceAnswer)
	a.once.Do(func() { a.ok, a.err = r.mayOnProposal(ctx, req, p, policies.ReadStaff) })
	return a.ok, a.err
}

// seesInternal answers, once per proposal and request, whether the caller reads internal
// coordination (庁内調整): departments' opinions and the history entries between desk and
// departments.
func (r *Resolver) seesInternal(ctx context.Context, req *Request, p *model.Proposal) (bool, error) {
	v, _ := req.internalVisible.LoadOrStore(p.ID, &onceAnswer{})
	a := v.(*onceAnswer)
	a.once.Do(func() { a.ok, a.err = r.mayOnProposal(ctx, req, p, policies.ReadInternal) })
	return a.ok, a.err
}

// assignments answers a proposal's assignments; the department's feasibility opinion
// (opinion, feasible, respondedAt) only to those who read internal coordination.
func (r *Resolver) assignments(ctx context.Context, p *model.Proposal) ([]*model.ProposalAssignment, error) {
	req, err := request(ctx)
	if err != nil {
		return nil, err
	}
	as, err := store.Assignments(ctx, r.Store.DB, p.MunicipalityID, []int64{p.ID})
	if err != nil {
		return nil, err
	}
	internal, err := r.seesInternal(ctx, req, p)
	if err != nil || internal {
		return as, err
	}
	out := make([]*model.ProposalAssignment, len(as))
	for i, a := range as {
		out[i] = &model.ProposalAssignment{ID: a.ID, MunicipalityID: a.MunicipalityID, ProposalID: a.ProposalID,
			DepartmentID: a.DepartmentID, DueOn: a.DueOn, CreatedAt: a.CreatedAt}
	}
	return out, nil
}

// onceAnswer computes a yes/no once even when concurrent field resolvers ask together.
type onceAnswer struct {
	once sync.Once
	ok   bool
	err  error
}

// proposalOf loads a proposal within the caller's read scope through the request's loader,
// so the messages and events of one proposal share one load.
func (r *Resolver) proposalOf(ctx context.Context, id int64) (*model.Proposal, error) {
	return load(ctx, func(l *Loaders) *loaderOf[int64, *model.Proposal] { return l.Proposal }, id)
}

func statusPtr(s string) *model.ProposalStatus {
	if s == "" {
		return nil
	}
	st := model.ProposalStatus(s)
	return &st
}

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
