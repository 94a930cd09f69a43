package resolvers

import (
	"context"

	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/policies"
	"github.com/pppdesk/pppdesk/proposal"
	"github.com/pppdesk/pppdesk/store"
)

// newProposals builds the proposal service over the resolver's dependencies.
func (r *Resolver) newProposals() *proposal.Service {
	return proposal.New(proposal.Deps{Store: r.Store, Mail: r.mailQueue(), Now: r.Now, Log: r.log(),
		Files: r.Files, Uploads: r.Uploads, UploadLimit: r.Limits.Upload})
}

// assignmentLoader picks the request's loader of proposal assignments.
func assignmentLoader(l *Loaders) *loaderOf[int64, []*model.ProposalAssignment] { return l.Assignments }

// mayOnProposal checks an action against one proposal of a page; the assignments the
// assigned scope needs come through the request's loader, primed once per page.
func mayOnProposal(ctx context.Context, req *Request, p *model.Proposal, act policies.Action) (bool, error) {
	return proposal.May(req.Caller, p, act, func() ([]*model.ProposalAssignment, error) {
		return load(ctx, assignmentLoader, p.ID)
	})
}

// primeAssignments loads the assignments of a page of proposals in one query when a selected
// field checks them (contact, staff names, internal coordination) or shows them.
func (r *Resolver) primeAssignments(ctx context.Context, items []*model.Proposal, sel map[string]bool) error {
	req, err := request(ctx)
	if err != nil || len(items) == 0 {
		return err
	}
	var checks []policies.Action
	if sel["contact"] {
		checks = append(checks, policies.ReadContact)
	}
	if sel["messages"] || sel["history"] || sel["attachments"] {
		checks = append(checks, policies.ReadStaff, policies.ReadInternal, policies.InternalNote)
	}
	if sel["unreadMessageCount"] {
		checks = append(checks, policies.InternalNote)
	}
	// viewerActions asks every action and the open assignments of RESPOND; overdue reads
	// the assignments themselves.
	need := sel["assignments"] || sel["viewerActions"] || sel["overdue"]
	for _, p := range items {
		for _, act := range checks {
			need = need || proposal.NeedsAssignments(req.Caller, p, act)
		}
	}
	if !need {
		return nil
	}
	ids := ids(items, proposalID)
	got, err := r.Store.AssignmentsOf(ctx, req.Viewer, ids)
	if err != nil {
		return err
	}
	for _, id := range ids {
		req.Loaders.Assignments.Prime(id, got[id])
	}
	return nil
}

func proposalID(p *model.Proposal) int64 { return p.ID }

// assignmentsOf is the fetch of the assignment loader.
func assignmentsOf(s *store.Store, v store.Viewer) func(context.Context, []int64) (map[int64][]*model.ProposalAssignment, error) {
	return func(ctx context.Context, ids []int64) (map[int64][]*model.ProposalAssignment, error) {
		return s.AssignmentsOf(ctx, v, ids)
	}
}

// unreadLoader picks the request's loader of unread counts.
func unreadLoader(l *Loaders) *loaderOf[int64, store.Unread] { return l.Unread }

// unreadOf is the fetch of the unread loader: the counts of the viewer's account.
func unreadOf(s *store.Store, v store.Viewer) func(context.Context, []int64) (map[int64]store.Unread, error) {
	return func(ctx context.Context, ids []int64) (map[int64]store.Unread, error) {
		return s.UnreadOf(ctx, v, ids)
	}
}

// proposalArg reads the ID of a proposal argument and the request it is asked in.
func proposalArg(ctx context.Context, field, id string) (*Request, int64, error) {
	n, err := parseID(field, id, model.OwnerProposal)
	if err != nil {
		return nil, 0, err
	}
	req, err := request(ctx)
	if err != nil {
		return nil, 0, err
	}
	return req, n, nil
}

// payload wraps a service's answer in the mutation payload.
func payload(p *model.Proposal, err error) (*model.ProposalPayload, error) {
	if err != nil {
		return nil, err
	}
	return &model.ProposalPayload{Proposal: p}, nil
}
