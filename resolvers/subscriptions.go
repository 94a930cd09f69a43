package resolvers

import (
	"context"
	"log/slog"
	"time"

	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/store"
)

// DefaultPollInterval is how often a subscription looks for new proposal events.
const DefaultPollInterval = time.Second

// proposalEvents streams the transitions and assignments of the proposals the caller may
// see. Events are read from the database rather than kept in process memory, so a change
// made on any replica reaches subscribers on every replica.
func (r *Resolver) proposalEvents(ctx context.Context, proposalID *string) (<-chan *model.ProposalUpdate, error) {
	req, scope, err := authorize(ctx, "proposal", "read")
	if err != nil {
		return nil, err
	}
	if req.User == nil {
		return nil, errSignIn
	}
	var only int64
	if proposalID != nil {
		if _, p, err := r.proposalFor(ctx, r.Store.DB, "proposalId", *proposalID, "read"); err != nil {
			return nil, err
		} else {
			only = p.ID
		}
	}
	last, err := r.Store.LastEventID(ctx, req.Municipality.ID)
	if err != nil {
		return nil, err
	}
	every := r.PollInterval
	if every <= 0 {
		every = DefaultPollInterval
	}
	out := make(chan *model.ProposalUpdate, 16)
	go func() {
		defer close(out)
		t := time.NewTicker(every)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
			}
			evs, err := r.Store.EventsAfter(ctx, req.Municipality.ID, last, only, 100)
			if err != nil {
				if ctx.Err() == nil {
					slog.Default().ErrorContext(ctx, "subscription poll", "error", err)
				}
				continue
			}
			for _, ev := range evs {
				last = ev.ID
				// The policy decides per event: a proposal assigned to a department after
				// the subscription began becomes visible to it from then on.
				p, err := store.ProposalByID(ctx, r.Store.DB, req.Viewer, scope, ev.ProposalID)
				if err != nil || p == nil {
					continue
				}
				// Internal coordination (庁内調整) reaches only those who may read it.
				if store.InternalEvent(ev) {
					if ok, err := r.mayOnProposal(ctx, req, p, "readInternal"); err != nil || !ok {
						continue
					}
				}
				select {
				case out <- &model.ProposalUpdate{Proposal: p, Event: ev}:
				case <-ctx.Done():
					return
				}
			}
		}
	}()
	return out, nil
}
