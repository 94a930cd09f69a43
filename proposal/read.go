package proposal

import (
	"context"

	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/policies"
	"github.com/pppdesk/pppdesk/store"
)

// Authorize checks that c may read proposals at all, before a list's arguments are read.
func (s *Service) Authorize(c *policies.Caller) error {
	_, err := c.Authorize(policies.ReadProposal)
	return err
}

// List answers a page of the proposals c may read.
func (s *Service) List(ctx context.Context, c *policies.Caller, f store.ProposalFilter, o store.Order, p store.Page) (store.PageOf[model.Proposal], error) {
	scope, err := c.Authorize(policies.ReadProposal)
	if err != nil {
		return store.PageOf[model.Proposal]{}, err
	}
	if f.NeedsAttention != nil {
		f.Attention = attention(c)
	}
	return s.store.Proposals(ctx, c.Viewer, scope, f, o, p)
}

// Get answers one proposal c may read; NOT_FOUND when it may not.
func (s *Service) Get(ctx context.Context, c *policies.Caller, id int64) (*model.Proposal, error) {
	return s.find(ctx, c, id, policies.ReadProposal)
}

// Messages answers a proposal's messages; internal notes only when withInternal (the caller
// checked it may read them).
func (s *Service) Messages(ctx context.Context, p *model.Proposal, withInternal bool) ([]*model.ProposalMessage, error) {
	return store.Messages(ctx, s.store.DB, p.MunicipalityID, p.ID, withInternal)
}

// Events answers a proposal's history; internal coordination only when withInternal.
func (s *Service) Events(ctx context.Context, p *model.Proposal, withInternal bool) ([]*model.ProposalEvent, error) {
	return store.Events(ctx, s.store.DB, p.MunicipalityID, p.ID, withInternal)
}

// Attachments answers the files of a proposal and of the given messages of it.
func (s *Service) Attachments(ctx context.Context, p *model.Proposal, messageIDs []int64) ([]*model.Attachment, error) {
	return store.AttachmentsOf(ctx, s.store.DB, p.MunicipalityID, p.ID, messageIDs)
}

// LastEventID answers where a subscription of c starts: the newest history entry now.
func (s *Service) LastEventID(ctx context.Context, c *policies.Caller) (int64, error) {
	return s.store.LastEventID(ctx, c.Municipality.ID)
}

// UpdatesAfter answers the history entries after event after (of proposal only, when not 0)
// that c may see now, and the last entry looked at. The policy decides per event: a proposal
// assigned to a department after the subscription began becomes visible to it from then on,
// and internal coordination (庁内調整) reaches only those who may read it.
func (s *Service) UpdatesAfter(ctx context.Context, c *policies.Caller, after, only int64, limit int) ([]*model.ProposalUpdate, int64, error) {
	scope, err := c.Authorize(policies.ReadProposal)
	if err != nil {
		return nil, after, err
	}
	evs, err := s.store.EventsAfter(ctx, c.Municipality.ID, after, only, limit)
	if err != nil {
		return nil, after, err
	}
	var out []*model.ProposalUpdate
	for _, ev := range evs {
		after = ev.ID
		p, err := store.ProposalByID(ctx, s.store.DB, c.Viewer, scope, ev.ProposalID)
		if err != nil || p == nil {
			continue
		}
		if store.InternalEvent(ev) {
			if ok, err := s.May(ctx, c, p, policies.ReadInternal); err != nil || !ok {
				continue
			}
		}
		out = append(out, &model.ProposalUpdate{Proposal: p, Event: ev})
	}
	return out, after, nil
}

// Download finds a proposal file c may read, applying the same policy as the proposal it
// belongs to (and, for a message's file, as the message); anything else is NOT_FOUND, so
// existence never leaks.
func (s *Service) Download(ctx context.Context, c *policies.Caller, id int64) (*model.Attachment, error) {
	missing := notFound("Attachment", id)
	a, err := s.store.AttachmentByID(ctx, c.Municipality.ID, id)
	if err != nil {
		return nil, err
	}
	// The route serves proposal and message files only: a content file (Media) shares the
	// table, and its owner ID must never be read as a proposal's.
	if a == nil || (a.OwnerType != model.OwnerProposal && a.OwnerType != model.OwnerMessage) {
		return nil, missing
	}
	proposalID := a.OwnerID
	internal := false
	if a.OwnerType == model.OwnerMessage {
		m, err := s.store.MessageByID(ctx, a.MunicipalityID, a.OwnerID)
		if err != nil || m == nil {
			return nil, missing
		}
		proposalID, internal = m.ProposalID, m.Internal
	}
	p, err := s.find(ctx, c, proposalID, policies.ReadProposal)
	if err != nil {
		return nil, missing
	}
	if internal {
		if ok, err := s.May(ctx, c, p, policies.InternalNote); err != nil || !ok {
			return nil, missing
		}
	}
	return a, nil
}
