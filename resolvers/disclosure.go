package resolvers

import (
	"context"

	"github.com/pppdesk/pppdesk/disclosure"
	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/policies"
)

// DisclosureCopyPath is where produced disclosure copies are served to the desk; the server
// mounts its handler there.
const DisclosureCopyPath = "/disclosure-copies/"

// disclosureService builds the disclosure service over the resolver's dependencies; it holds
// no state of its own, so building it per call costs nothing.
func (r *Resolver) disclosureService() *disclosure.Service {
	return disclosure.New(disclosure.Deps{Store: r.Store, Proposals: r.proposalService(), Mail: r.mailQueue(),
		Files: r.Files, Now: r.Now, Log: r.log()})
}

// DisclosureCopyFile finds a produced disclosure copy the caller may download (the desk), for the
// server's download handler; anything else is NOT_FOUND.
func (r *Resolver) DisclosureCopyFile(ctx context.Context, id string) (*model.DisclosureCopy, error) {
	n, err := parseID("id", id, "DisclosureCopy")
	if err != nil {
		return nil, err
	}
	req, err := request(ctx)
	if err != nil {
		return nil, err
	}
	return r.disclosureService().Copy(ctx, req.Caller, n)
}

// disclosureTarget parses the target argument; the service checks that exactly one is given.
func disclosureTarget(in model.DisclosureTargetInput) (disclosure.Target, error) {
	t := disclosure.Target{Field: in.Field}
	if in.AttachmentID != nil {
		n, err := parseID("target.attachmentId", *in.AttachmentID, "Attachment")
		if err != nil {
			return t, err
		}
		t.AttachmentID = &n
	}
	if in.MessageID != nil {
		n, err := parseID("target.messageId", *in.MessageID, model.OwnerMessage)
		if err != nil {
			return t, err
		}
		t.MessageID = &n
	}
	return t, nil
}

// levelsOf answers the disclosure levels of proposals for the request's caller, each loaded
// once per request.
func (r *Resolver) levelsOf(ctx context.Context) (disclosure.LevelsOf, *Request, error) {
	req, err := request(ctx)
	if err != nil {
		return nil, nil, err
	}
	return func(id int64) (*disclosure.Levels, error) {
		if l, ok := req.disclosureLevels.Load(id); ok {
			return l.(*disclosure.Levels), nil
		}
		l, err := r.disclosureService().LevelsByID(ctx, req.Caller, id)
		if err != nil {
			return nil, err
		}
		req.disclosureLevels.Store(id, l)
		return l, nil
	}, req, nil
}

func (r *Resolver) attachmentLevel(ctx context.Context, a *model.Attachment) (*disclosure.Effective, error) {
	levels, req, err := r.levelsOf(ctx)
	if err != nil {
		return nil, err
	}
	if _, ok := req.Caller.Scope(policies.ReadDisclosure); !ok {
		return nil, nil
	}
	return r.disclosureService().OfAttachment(ctx, a, levels)
}

func (r *Resolver) messageLevel(ctx context.Context, m *model.ProposalMessage) (*disclosure.Effective, error) {
	levels, _, err := r.levelsOf(ctx)
	if err != nil {
		return nil, err
	}
	return disclosure.OfMessage(m, levels)
}

// forgetLevels drops the cached levels of a proposal after a mutation changed them, so the
// mutation's answer (and any later one of the same request) reads them anew.
func forgetLevels(req *Request, proposalID int64) { req.disclosureLevels.Delete(proposalID) }
