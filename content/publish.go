package content

import (
	"context"
	"slices"
	"strings"
	"time"

	"github.com/uptrace/bun"

	"github.com/pppdesk/pppdesk/apperr"
	"github.com/pppdesk/pppdesk/customfield"
	"github.com/pppdesk/pppdesk/input"
	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/policies"
	"github.com/pppdesk/pppdesk/store"
)

// requiredToPublish names, per type, the fields a portal page cannot do without.
func requiredToPublish(row any) []string {
	var missing []string
	need := func(name, v string) {
		if strings.TrimSpace(v) == "" {
			missing = append(missing, name)
		}
	}
	switch c := row.(type) {
	case *model.Challenge:
		need("title", c.Title)
		need("background", c.Background)
		need("desiredOutcome", c.DesiredOutcome)
	case *model.Agreement:
		need("title", c.Title)
		need("purpose", c.Purpose)
		need("signedOn", string(c.SignedOn))
	case *model.Project:
		need("title", c.Title)
		need("summary", c.Summary)
	case *model.CaseStudy:
		need("title", c.Title)
		need("summary", c.Summary)
		need("locality", c.Locality)
	case *model.Announcement:
		need("title", c.Title)
		need("body", c.Body)
	}
	return missing
}

// publicationFrom names, per target state, the states a row may be moved from. Moving to the
// state a row is already in is a CONFLICT (two concurrent publishes: one wins), except that
// publishing live content that has a pending revision publishes that revision.
var publicationFrom = map[model.PublicationState][]model.PublicationState{
	model.StatePublished: {model.StateDraft, model.StateArchived},
	model.StateDraft:     {model.StatePublished, model.StateArchived},
	model.StateArchived:  {model.StateDraft, model.StatePublished},
}

// Publish publishes any publishable node (a global ID), now or at a future time, applying
// the newest pending revision (a department's change to live content) if there is one. A
// future time's CONTENT_PUBLISHED event waits for that time (SweepScheduled).
func (s *Service) Publish(ctx context.Context, c *policies.Caller, id string, at *time.Time) (model.Node, error) {
	return s.setPublication(ctx, c, id, model.StatePublished, at)
}

// Unpublish takes a node back to draft.
func (s *Service) Unpublish(ctx context.Context, c *policies.Caller, id string) (model.Node, error) {
	return s.setPublication(ctx, c, id, model.StateDraft, nil)
}

// Archive retires a node from the portal while keeping it.
func (s *Service) Archive(ctx context.Context, c *policies.Caller, id string) (model.Node, error) {
	return s.setPublication(ctx, c, id, model.StateArchived, nil)
}

// setPublication moves a publishable node to state. The state, its revision, the audit entry
// and the queued webhook deliveries commit together, and only while the row is still in the
// state and version that was read.
func (s *Service) setPublication(ctx context.Context, c *policies.Caller, id string, state model.PublicationState, at *time.Time) (model.Node, error) {
	if _, err := c.Authorize(policies.PublishContent); err != nil {
		return nil, err
	}
	t, n, ok := model.ParseGlobalID(id)
	if !ok {
		return nil, input.NotAnID(id)
	}
	if _, publishable := store.PublishableType(t); !publishable {
		return nil, apperr.Invalid("id", "a %s is not publishable content", t)
	}
	now := s.now()
	var row any
	err := s.store.InTx(ctx, func(ctx context.Context, tx bun.Tx) error {
		var err error
		if row, _, err = store.Publishable(ctx, tx, c.Municipality.ID, t, n); err != nil {
			return err
		}
		if row == nil {
			return notFound(t, id)
		}
		p, _, _ := store.Parts(row)
		from, version := p.PublicationState, p.Version
		var pending *model.Revision
		if state == model.StatePublished {
			if pending, err = store.PendingRevision(ctx, tx, c.Municipality.ID, t, n); err != nil {
				return err
			}
		}
		if !slices.Contains(publicationFrom[state], from) && !(pending != nil && from == model.StatePublished) {
			return apperr.New(apperr.Conflict, "the %s is already %s", t, strings.ToLower(string(from)))
		}
		changes := map[string]any{"publicationState": state}
		var when *time.Time
		if state == model.StatePublished {
			if pending != nil {
				if err := store.Overlay(row, pending); err != nil {
					return err
				}
				changes["revision"] = pending.Number
			}
			if missing := requiredToPublish(row); len(missing) > 0 {
				return apperr.Invalid("id", "fill in before publishing: %s", strings.Join(missing, ", "))
			}
			if err := customfield.Required(ctx, tx, c.Municipality.ID, store.OwnerKey{Type: t, ID: n}, nil); err != nil {
				return err
			}
			// A time in the past publishes now; a future one takes effect by itself when it
			// comes, because every read compares published_at with the clock. Applying a
			// pending revision to content already out keeps its publication time.
			when = &now
			if pending != nil && from == model.StatePublished && p.PublishedAt != nil && at == nil {
				when = p.PublishedAt
			}
			if at != nil && at.After(now) {
				w := at.UTC().Truncate(time.Second)
				when = &w
			}
			changes["publishedAt"] = when.Format(time.RFC3339)
		}
		ok, err := store.SetPublication(ctx, tx, t, row, n, c.Municipality.ID, from, version, state, when, actorOf(c), now)
		if err != nil {
			return err
		}
		if !ok {
			return apperr.New(apperr.Conflict, "the %s changed meanwhile; reload and try again", t)
		}
		if err := s.store.Step(ctx, "revision"); err != nil {
			return err
		}
		if pending != nil {
			if err := store.ClearPending(ctx, tx, c.Municipality.ID, t, n); err != nil {
				return err
			}
		}
		if err := s.audit(ctx, tx, c, "content."+strings.ToLower(string(state)), string(t), n, changes); err != nil {
			return err
		}
		// An event still waiting for an earlier publication time is void now: unpublished,
		// archived, or moved to the time just given.
		if err := store.CancelScheduledPublications(ctx, tx, c.Municipality.ID, t, n); err != nil {
			return err
		}
		if state == model.StatePublished && when.After(now) {
			// Nothing is public yet: the portal learns of it when its time comes
			// (SweepScheduled), not now, so a static site is rebuilt when the page appears.
			return store.SchedulePublication(ctx, tx, c.Municipality.ID, t, n, *when, now)
		}
		event := map[model.PublicationState]model.WebhookEvent{model.StatePublished: model.WebhookEventContentPublished,
			model.StateDraft: model.WebhookEventContentUnpublished, model.StateArchived: model.WebhookEventContentArchived}[state]
		return s.event(ctx, tx, c, event, row.(model.Node), state)
	})
	if err != nil {
		return nil, err
	}
	return row.(model.Node), nil
}
