// Package content is the portal content domain: challenges, agreements, projects, case
// studies, announcements and collaboration methods, their media and revisions, and their
// publication. Its Service owns the rules (who may write what, which changes of live content
// wait for the desk, required fields, publication transitions), the transactions, the audit
// entries and the webhook events; the GraphQL resolvers and the HTTP endpoints (media, open
// data) both call it.
package content

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/uptrace/bun"

	"github.com/pppdesk/pppdesk/apperr"
	"github.com/pppdesk/pppdesk/audit"
	"github.com/pppdesk/pppdesk/auth"
	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/policies"
	"github.com/pppdesk/pppdesk/storage"
	"github.com/pppdesk/pppdesk/store"
)

// Limited names a rate-limited operation of this domain, so the server can count it against
// the limit it configured for it.
type Limited int

const (
	// PreviewTokens counts issued preview tokens.
	PreviewTokens Limited = iota
	// Uploads counts stored media files (shared with proposal attachments).
	Uploads
)

// Deps are what the content service needs from the server.
type Deps struct {
	Store *store.Store
	// Auth signs and checks preview tokens.
	Auth *auth.Auth
	// Files keeps media bytes; Uploads limits what may be stored.
	Files   storage.Storage
	Uploads storage.Limits
	// Limit counts one call of a rate-limited operation for the caller's address and refuses
	// it (RATE_LIMITED) once the limit is reached; nil counts nothing.
	Limit func(ctx context.Context, c *policies.Caller, l Limited) error
	// Now is the server clock; the service truncates it to seconds as stored.
	Now func() time.Time
}

// Service is the content domain; it is a cheap value, built per use from Deps.
type Service struct {
	store   *store.Store
	auth    *auth.Auth
	files   storage.Storage
	uploads storage.Limits
	limit   func(ctx context.Context, c *policies.Caller, l Limited) error
	clock   func() time.Time
}

// New builds the content service over its dependencies.
func New(d Deps) *Service {
	clock := d.Now
	if clock == nil {
		clock = time.Now
	}
	return &Service{store: d.Store, auth: d.Auth, files: d.Files, uploads: d.Uploads, limit: d.Limit, clock: clock}
}

// PreviewTTL is how long a preview token reads its draft.
const PreviewTTL = 15 * time.Minute

func (s *Service) now() time.Time { return s.clock().UTC().Truncate(time.Second) }

func (s *Service) limited(ctx context.Context, c *policies.Caller, l Limited) error {
	if s.limit == nil {
		return nil
	}
	return s.limit(ctx, c, l)
}

func actorOf(c *policies.Caller) *int64 {
	if c.User == nil {
		return nil
	}
	return &c.User.ID
}

// audit writes one audit entry in the change's transaction.
func (s *Service) audit(ctx context.Context, tx bun.IDB, c *policies.Caller, action, targetType string, targetID int64, changes map[string]any) error {
	return audit.Record(ctx, tx, c, s.now(), audit.Entry{Action: action, TargetType: targetType, TargetID: targetID, Changes: changes})
}

// event queues a content change's webhook deliveries in the change's transaction, so the
// event is queued exactly when the change commits.
func (s *Service) event(ctx context.Context, tx bun.IDB, c *policies.Caller, event model.WebhookEvent, node model.Node, state model.PublicationState) error {
	return enqueueEvent(ctx, tx, c.Municipality, event, node, state, s.now(), s.now())
}

// enqueueEvent queues one content event of municipality m in tx: at is when the change took
// effect (the payload's "at"), now when it is queued. A change and the scheduled-publication
// sweep send the same payload.
func enqueueEvent(ctx context.Context, tx bun.IDB, m *model.Municipality, event model.WebhookEvent, node model.Node, state model.PublicationState, at, now time.Time) error {
	payload, _ := json.Marshal(map[string]any{
		"event": event, "municipality": m.Slug, "id": node.GetID(),
		"type":             strings.SplitN(strings.TrimPrefix(strings.TrimPrefix(fmt.Sprintf("%T", node), "*"), "model."), ".", 2)[0],
		"publicationState": state, "at": at,
	})
	return store.EnqueueIn(ctx, tx, m.ID, string(event), string(payload), now)
}

// notFound is the answer for a row that does not exist or may not be seen: the two are the
// same to the caller, so existence never leaks.
func notFound(typ model.OwnerType, id string) error {
	return apperr.NotFoundf("%s %s not found", typ, id)
}

// stale is the CONFLICT of an optimistic-locking miss.
func stale(what any, version int) error {
	return apperr.New(apperr.Conflict, "the %s was changed by someone else (version %d is stale); reload and try again", what, version)
}
