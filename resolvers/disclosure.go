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

// effectiveOf answers the level of a file or message for the reader, nil when it may not
// read levels.
func effectiveOf(ctx context.Context, get func(*policies.Caller) (*disclosure.Effective, error)) (*disclosure.Effective, error) {
	req, err := request(ctx)
	if err != nil {
		return nil, err
	}
	if _, ok := req.Caller.Scope(policies.ReadDisclosure); !ok {
		return nil, nil
	}
	return get(req.Caller)
}

func (r *Resolver) attachmentLevel(ctx context.Context, a *model.Attachment) (*disclosure.Effective, error) {
	return effectiveOf(ctx, func(c *policies.Caller) (*disclosure.Effective, error) {
		return r.disclosureService().OfAttachment(ctx, c, a)
	})
}

func (r *Resolver) messageLevel(ctx context.Context, m *model.ProposalMessage) (*disclosure.Effective, error) {
	return effectiveOf(ctx, func(c *policies.Caller) (*disclosure.Effective, error) {
		return r.disclosureService().OfMessage(ctx, c, m)
	})
}
