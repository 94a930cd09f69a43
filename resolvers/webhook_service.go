package resolvers

import "github.com/pppdesk/pppdesk/webhooks"

// newWebhookRegistry builds the desk's webhook registry, guarded as deliveries are.
func (r *Resolver) newWebhookRegistry() *webhooks.Registry {
	return webhooks.NewRegistry(webhooks.RegistryDeps{Store: r.Store, Guard: r.WebhookGuard, Now: r.Now})
}
