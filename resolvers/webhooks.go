package resolvers

import (
	"context"
	"encoding/json"
	"strings"

	"github.com/uptrace/bun"

	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/store"
)

// contentEvent queues a content change's webhook deliveries in the change's transaction, so
// the event is queued exactly when the change commits.
func (r *Resolver) contentEvent(ctx context.Context, tx bun.IDB, req *Request, event model.WebhookEvent, node model.Node, state model.PublicationState) error {
	payload, _ := json.Marshal(map[string]any{
		"event": event, "municipality": req.Municipality.Slug, "id": node.GetID(),
		"type":             strings.SplitN(strings.TrimPrefix(strings.TrimPrefix(typeName(node), "*"), "model."), ".", 2)[0],
		"publicationState": state, "at": r.now(),
	})
	return store.EnqueueIn(ctx, tx, req.Municipality.ID, string(event), string(payload), r.now())
}
