package webhooks

import (
	"context"
	"net"
	"net/url"
	"strings"
	"time"

	"github.com/uptrace/bun"

	"github.com/pppdesk/pppdesk/apperr"
	"github.com/pppdesk/pppdesk/audit"
	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/policies"
	"github.com/pppdesk/pppdesk/store"
)

// Limits of a registration.
const (
	MaxURL       = 1000
	MinSecretLen = 16
	MaxSecretLen = 200
)

// Registry is the desk's side of webhooks: registering endpoints, removing them and reading
// their delivery logs. Only the desk manages them, and only endpoints a delivery may reach
// (Guard) are accepted, so a webhook cannot be pointed at the server or its network.
type Registry struct {
	store *store.Store
	guard Guard
	now   func() time.Time
}

// RegistryDeps are what the registry needs. Guard is the one deliveries use, so a
// registration is refused exactly where a delivery could never go.
type RegistryDeps struct {
	Store *store.Store
	Guard Guard
	// Now is the server clock (tests move it).
	Now func() time.Time
}

// NewRegistry builds the webhook registry.
func NewRegistry(d RegistryDeps) *Registry {
	if d.Now == nil {
		d.Now = time.Now
	}
	return &Registry{store: d.Store, guard: d.Guard, now: d.Now}
}

// clock answers the registry time at the precision the database keeps.
func (g *Registry) clock() time.Time { return g.now().UTC().Truncate(time.Second) }

// Register records a new endpoint of the caller's municipality for the given events. It
// must be an http(s) URL that reaches neither this server (by the host the caller reached
// it by, or loopback on its port) nor private address space; the secret signs deliveries.
// A client's Idempotency-Key is recorded in the creating transaction.
func (g *Registry) Register(ctx context.Context, c *policies.Caller, in model.WebhookInput) (*model.Webhook, error) {
	if _, err := c.Authorize(policies.ManageWebhooks); err != nil {
		return nil, err
	}
	raw := strings.TrimSpace(in.URL)
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, apperr.Invalid("input.url", "must be an http or https URL")
	}
	if len(raw) > MaxURL {
		return nil, apperr.Invalid("input.url", "is longer than %d characters", MaxURL)
	}
	if pointsAtServer(c.Host, u) {
		return nil, apperr.Invalid("input.url", "points at this server itself")
	}
	if err := g.guard.CheckURL(ctx, u); err != nil {
		return nil, apperr.Invalid("input.url", "must be a public address: loopback, private, link-local and this server's own addresses are refused")
	}
	if len(in.Events) == 0 {
		return nil, apperr.Invalid("input.events", "name at least one event")
	}
	if len(in.Secret) < MinSecretLen || len(in.Secret) > MaxSecretLen {
		return nil, apperr.Invalid("input.secret", "must be %d to %d characters", MinSecretLen, MaxSecretLen)
	}
	events := make([]string, len(in.Events))
	for i, e := range in.Events {
		events[i] = string(e)
	}
	now := g.clock()
	h := &model.Webhook{MunicipalityID: c.Municipality.ID, URL: raw, Events: events, Secret: in.Secret, Active: true, CreatedAt: now}
	err = g.store.InTx(ctx, func(ctx context.Context, tx bun.Tx) error {
		if err := store.Insert(ctx, tx, h); err != nil {
			return err
		}
		if err := store.RememberCreated(ctx, tx, h.ID); err != nil {
			return err
		}
		return audit.Record(ctx, tx, c, now, audit.Entry{Action: "webhook.register", TargetType: "Webhook", TargetID: h.ID,
			Changes: map[string]any{"url": redacted(u), "events": events}})
	})
	if err != nil {
		return nil, err
	}
	return h, nil
}

// pointsAtServer reports a URL that names the host the caller reached this server by
// (host, "name:port"), or a loopback address on the server's own port: a webhook must not
// call the server itself.
func pointsAtServer(host string, u *url.URL) bool {
	if host == "" {
		return false
	}
	port := u.Port()
	if port == "" {
		port = map[string]string{"http": "80", "https": "443"}[u.Scheme]
	}
	name, hostPort, err := net.SplitHostPort(host)
	if err != nil {
		name, hostPort = host, "80"
	}
	if port != hostPort {
		return false
	}
	if strings.EqualFold(u.Hostname(), name) {
		return true
	}
	ip := net.ParseIP(u.Hostname())
	return u.Hostname() == "localhost" || ip != nil && (ip.IsLoopback() || ip.IsUnspecified())
}

// Delete deactivates an endpoint of the caller's municipality; its delivery log stays.
func (g *Registry) Delete(ctx context.Context, c *policies.Caller, id int64) error {
	if _, err := c.Authorize(policies.ManageWebhooks); err != nil {
		return err
	}
	return g.store.InTx(ctx, func(ctx context.Context, tx bun.Tx) error {
		ok, err := store.DeleteWebhook(ctx, tx, c.Municipality.ID, id)
		if err != nil {
			return err
		}
		if !ok {
			return apperr.NotFoundf("Webhook %s not found", model.GlobalID("Webhook", id))
		}
		return audit.Record(ctx, tx, c, g.clock(), audit.Entry{Action: "webhook.delete", TargetType: "Webhook", TargetID: id})
	})
}

// List answers the endpoints of the caller's municipality, removed ones included (inactive).
func (g *Registry) List(ctx context.Context, c *policies.Caller) ([]*model.Webhook, error) {
	if _, err := c.Authorize(policies.ManageWebhooks); err != nil {
		return nil, err
	}
	return g.store.Webhooks(ctx, c.Municipality.ID)
}

// Deliveries answers the newest limit deliveries of an endpoint already read through List.
func (g *Registry) Deliveries(ctx context.Context, h *model.Webhook, limit int) ([]*model.WebhookDelivery, error) {
	return g.store.Deliveries(ctx, h.MunicipalityID, h.ID, limit)
}

// redacted is a webhook URL as the audit log keeps it: without user information, query
// and fragment, where endpoints often carry their credentials.
func redacted(u *url.URL) string {
	c := *u
	c.User, c.RawQuery, c.Fragment, c.RawFragment = nil, "", "", ""
	return c.String()
}
