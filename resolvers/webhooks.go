package resolvers

import (
	"context"
	"net"
	"net/url"
	"strings"

	"github.com/uptrace/bun"

	"github.com/pppdesk/pppdesk/apperr"
	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/policies"
	"github.com/pppdesk/pppdesk/store"
)

func (r *Resolver) registerWebhook(ctx context.Context, in model.WebhookInput) (*model.Webhook, error) {
	req, _, err := authorize(ctx, policies.ManageWebhooks)
	if err != nil {
		return nil, err
	}
	raw := strings.TrimSpace(in.URL)
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, apperr.Invalid("input.url", "must be an http or https URL")
	}
	if len(raw) > 1000 {
		return nil, apperr.Invalid("input.url", "is longer than 1000 characters")
	}
	if req.pointsAtServer(u) {
		return nil, apperr.Invalid("input.url", "points at this server itself")
	}
	if err := r.WebhookGuard.CheckURL(ctx, u); err != nil {
		return nil, apperr.Invalid("input.url", "must be a public address: loopback, private, link-local and this server's own addresses are refused")
	}
	if len(in.Events) == 0 {
		return nil, apperr.Invalid("input.events", "name at least one event")
	}
	if len(in.Secret) < 16 || len(in.Secret) > 200 {
		return nil, apperr.Invalid("input.secret", "must be 16 to 200 characters")
	}
	events := make([]string, len(in.Events))
	for i, e := range in.Events {
		events[i] = string(e)
	}
	h := &model.Webhook{MunicipalityID: req.Municipality.ID, URL: raw, Events: events, Secret: in.Secret, Active: true, CreatedAt: r.now()}
	err = r.Store.InTx(ctx, func(ctx context.Context, tx bun.Tx) error {
		if err := store.Insert(ctx, tx, h); err != nil {
			return err
		}
		if err := store.RememberCreated(ctx, tx, h.ID); err != nil {
			return err
		}
		return r.audit(ctx, tx, req, "webhook.register", "Webhook", h.ID, map[string]any{"url": raw, "events": events})
	})
	if err != nil {
		return nil, err
	}
	return h, nil
}

// pointsAtServer reports a URL that names the host the caller reached this server by, or a
// loopback address on the server's own port: a webhook must not call the server itself.
func (r *Request) pointsAtServer(u *url.URL) bool {
	if r.Host == "" {
		return false
	}
	port := u.Port()
	if port == "" {
		port = map[string]string{"http": "80", "https": "443"}[u.Scheme]
	}
	host, hostPort, err := net.SplitHostPort(r.Host)
	if err != nil {
		host, hostPort = r.Host, "80"
	}
	if port != hostPort {
		return false
	}
	if strings.EqualFold(u.Hostname(), host) {
		return true
	}
	ip := net.ParseIP(u.Hostname())
	return u.Hostname() == "localhost" || ip != nil && (ip.IsLoopback() || ip.IsUnspecified())
}

func (r *Resolver) deleteWebhook(ctx context.Context, id string) (bool, error) {
	req, _, err := authorize(ctx, policies.ManageWebhooks)
	if err != nil {
		return false, err
	}
	n, err := parseID("id", id, "Webhook")
	if err != nil {
		return false, err
	}
	err = r.Store.InTx(ctx, func(ctx context.Context, tx bun.Tx) error {
		ok, err := store.DeleteWebhook(ctx, tx, req.Municipality.ID, n)
		if err != nil {
			return err
		}
		if !ok {
			return notFound("Webhook", id)
		}
		return r.audit(ctx, tx, req, "webhook.delete", "Webhook", n, nil)
	})
	return err == nil, err
}

func (r *Resolver) webhooks(ctx context.Context) ([]*model.Webhook, error) {
	req, _, err := authorize(ctx, policies.ManageWebhooks)
	if err != nil {
		return nil, err
	}
	return r.Store.Webhooks(ctx, req.Municipality.ID)
}
