package resolvers

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/pppdesk/pppdesk/apperr"
	"github.com/pppdesk/pppdesk/model"
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

// setPublication publishes, unpublishes or archives any publishable node.
func (r *Resolver) setPublication(ctx context.Context, id string, state model.PublicationState, at *time.Time) (model.Node, error) {
	req, _, err := authorize(ctx, "content", "publish")
	if err != nil {
		return nil, err
	}
	t, n, ok := model.ParseGlobalID(id)
	if !ok {
		return nil, parseIDErr(id)
	}
	row, publishable, err := store.Publishable(ctx, r.Store.DB, req.Municipality.ID, t, n)
	if err != nil {
		return nil, err
	}
	if !publishable {
		return nil, apperr.Invalid("id", "a %s is not publishable content", t)
	}
	if row == nil {
		return nil, notFound(t, id)
	}
	now := r.now()
	var when *time.Time
	if state == model.StatePublished {
		if missing := requiredToPublish(row); len(missing) > 0 {
			return nil, apperr.Invalid("id", "fill in before publishing: %s", strings.Join(missing, ", "))
		}
		// A time in the past publishes now; a future one takes effect by itself when it
		// comes, because every read compares published_at with the clock.
		when = &now
		if at != nil && at.After(now) {
			w := at.UTC().Truncate(time.Second)
			when = &w
		}
	}
	var actor *int64
	if req.User != nil {
		actor = &req.User.ID
	}
	row, err = store.SetPublication(ctx, r.Store.DB, req.Municipality.ID, t, n, state, when, actor, now)
	if err != nil {
		return nil, err
	}
	changes := map[string]any{"publicationState": state}
	if when != nil {
		changes["publishedAt"] = when.Format(time.RFC3339)
	}
	if err := r.audit(ctx, r.Store.DB, req, "content."+strings.ToLower(string(state)), string(t), n, changes); err != nil {
		return nil, err
	}
	event := map[model.PublicationState]model.WebhookEvent{model.StatePublished: model.WebhookEventContentPublished,
		model.StateDraft: model.WebhookEventContentUnpublished, model.StateArchived: model.WebhookEventContentArchived}[state]
	r.contentEvent(ctx, req, event, row.(model.Node), state)
	return row.(model.Node), nil
}

func typeName(v any) string { return fmt.Sprintf("%T", v) }
