package resolvers

import (
	"context"
	"sync"

	"github.com/pppdesk/pppdesk/input"
	"github.com/pppdesk/pppdesk/model"
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
