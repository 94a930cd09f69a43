package resolvers

import (
	"context"
	"sync"

	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/policies"
	"github.com/pppdesk/pppdesk/store"
)

var proposalOrders = map[string]store.SortBy{"CREATED_AT": store.Column("created_at"), "UPDATED_AT": store.Column("updated_at"), "TITLE": titleSort}

// visibleMessages answers the messages the caller may see: internal notes only for those
// who may write them.
func (r *Resolver) visibleMessages(ctx context.Context, p *model.Proposal) ([]*model.ProposalMessage, error) {
	req, err := request(ctx)
	if err != nil {
		return nil, err
	}
	internal, err := mayOnProposal(ctx, req, p, policies.InternalNote)
	if err != nil {
		return nil, err
	}
	msgs, err := r.proposalService().Messages(ctx, p, internal)
	if err != nil {
		return nil, err
	}
	authors := make([]*int64, len(msgs))
	for i, m := range msgs {
		authors[i] = &m.AuthorID
	}
	return msgs, r.primeActors(ctx, req, p, authors)
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
	users, err := r.Store.UsersByID(ctx, req.Viewer, model.DistinctIDs(want))
	if err != nil {
		return err
	}
	var deps []*int64
	for _, u := range users {
		req.Loaders.User.Prime(u.ID, u)
		deps = append(deps, u.DepartmentID)
	}
	if _, err := seesStaff(ctx, req, p); err != nil {
		return err
	}
	return primeDepartments(ctx, r.Store, deps)
}

// actor shows who acted: staff names and departments to staff, only "the desk" or the
// department to proposers.
func actor(ctx context.Context, p *model.Proposal, userID *int64) (*model.Actor, error) {
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
	a := &model.Actor{Kind: model.ActorKindProposer, UserID: u.ID}
	switch u.Role {
	case model.RoleDesk:
		a.Kind = model.ActorKindDesk
	case model.RoleDepartment:
		a.Kind = model.ActorKindDepartment
	}
	staffVisible, err := seesStaff(ctx, req, p)
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
func seesStaff(ctx context.Context, req *Request, p *model.Proposal) (bool, error) {
	v, _ := req.staffVisible.LoadOrStore(p.ID, &onceAnswer{})
	a := v.(*onceAnswer)
	a.once.Do(func() { a.ok, a.err = mayOnProposal(ctx, req, p, policies.ReadStaff) })
	return a.ok, a.err
}

// seesInternal answers, once per proposal and request, whether the caller reads internal
// coordination (庁内調整): departments' opinions and the history entries between desk and
// departments.
func seesInternal(ctx context.Context, req *Request, p *model.Proposal) (bool, error) {
	v, _ := req.internalVisible.LoadOrStore(p.ID, &onceAnswer{})
	a := v.(*onceAnswer)
	a.once.Do(func() { a.ok, a.err = mayOnProposal(ctx, req, p, policies.ReadInternal) })
	return a.ok, a.err
}

// onceAnswer computes a yes/no once even when concurrent field resolvers ask together.
type onceAnswer struct {
	once sync.Once
	ok   bool
	err  error
}

// proposalOf loads a proposal within the caller's read scope through the request's loader,
// so the messages and events of one proposal share one load.
func proposalOf(ctx context.Context, id int64) (*model.Proposal, error) {
	return load(ctx, func(l *Loaders) *loaderOf[int64, *model.Proposal] { return l.Proposal }, id)
}

func statusPtr(s string) *model.ProposalStatus {
	if s == "" {
		return nil
	}
	st := model.ProposalStatus(s)
	return &st
}
