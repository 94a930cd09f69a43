package resolvers

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/uptrace/bun"

	"github.com/pppdesk/pppdesk/apperr"
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

// setPublication publishes, unpublishes or archives any publishable node. Publishing also
// applies the newest pending revision (a department's change to live content). The state,
// its revision, the audit entry and the queued webhook deliveries commit together, and
// only while the row is still in the state and version that was read.
func (r *Resolver) setPublication(ctx context.Context, id string, state model.PublicationState, at *time.Time) (model.Node, error) {
	req, _, err := authorize(ctx, policies.PublishContent)
	if err != nil {
		return nil, err
	}
	t, n, ok := model.ParseGlobalID(id)
	if !ok {
		return nil, parseIDErr(id)
	}
	if _, publishable := store.PublishableType(t); !publishable {
		return nil, apperr.Invalid("id", "a %s is not publishable content", t)
	}
	now := r.now()
	var row any
	err = r.Store.InTx(ctx, func(ctx context.Context, tx bun.Tx) error {
		var err error
		if row, _, err = store.Publishable(ctx, tx, req.Municipality.ID, t, n); err != nil {
			return err
		}
		if row == nil {
			return notFound(t, id)
		}
		p, _, _ := store.Parts(row)
		from, version := p.PublicationState, p.Version
		var pending *model.Revision
		if state == model.StatePublished {
			if pending, err = store.PendingRevision(ctx, tx, req.Municipality.ID, t, n); err != nil {
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
		ok, err := store.SetPublication(ctx, tx, t, row, n, req.Municipality.ID, from, version, state, when, actorOf(req), now)
		if err != nil {
			return err
		}
		if !ok {
			return apperr.New(apperr.Conflict, "the %s changed meanwhile; reload and try again", t)
		}
		if err := r.Store.Step(ctx, "revision"); err != nil {
			return err
		}
		if pending != nil {
			if err := store.ClearPending(ctx, tx, req.Municipality.ID, t, n); err != nil {
				return err
			}
		}
		if err := r.audit(ctx, tx, req, "content."+strings.ToLower(string(state)), string(t), n, changes); err != nil {
			return err
		}
		event := map[model.PublicationState]model.WebhookEvent{model.StatePublished: model.WebhookEventContentPublished,
			model.StateDraft: model.WebhookEventContentUnpublished, model.StateArchived: model.WebhookEventContentArchived}[state]
		return r.contentEvent(ctx, tx, req, event, row.(model.Node), state)
	})
	if err != nil {
		return nil, err
	}
	return row.(model.Node), nil
}

func typeName(v any) string { return fmt.Sprintf("%T", v) }
