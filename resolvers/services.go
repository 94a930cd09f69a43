package resolvers

import (
	"github.com/pppdesk/pppdesk/account"
	"github.com/pppdesk/pppdesk/audit"
	"github.com/pppdesk/pppdesk/content"
	"github.com/pppdesk/pppdesk/customfield"
	"github.com/pppdesk/pppdesk/inquiry"
	"github.com/pppdesk/pppdesk/proposal"
	"github.com/pppdesk/pppdesk/tenant"
	"github.com/pppdesk/pppdesk/webhooks"
)

// services are the domain services over the resolver's dependencies, built once at the
// first operation (the server has set every dependency by then) instead of on every call.
type services struct {
	accounts      *account.Service
	organizations *account.Organizations
	audit         *audit.Service
	content       *content.Service
	customFields  *customfield.Service
	inquiries     *inquiry.Service
	proposals     *proposal.Service
	tenants       *tenant.Service
	webhooks      *webhooks.Registry
}

func (r *Resolver) services() *services {
	r.svcOnce.Do(func() {
		r.svc = services{accounts: r.newAccounts(), organizations: r.newOrganizations(), audit: r.newAudit(),
			content: r.newContent(), inquiries: r.newInquiries(), proposals: r.newProposals(),
			tenants: r.newTenants(), webhooks: r.newWebhookRegistry(), customFields: customfield.New(r.Store, r.now)}
	})
	return &r.svc
}

func (r *Resolver) accounts() *account.Service            { return r.services().accounts }
func (r *Resolver) organizations() *account.Organizations { return r.services().organizations }
func (r *Resolver) auditService() *audit.Service          { return r.services().audit }
func (r *Resolver) inquiryService() *inquiry.Service      { return r.services().inquiries }
func (r *Resolver) proposalService() *proposal.Service    { return r.services().proposals }
func (r *Resolver) tenants() *tenant.Service              { return r.services().tenants }
func (r *Resolver) webhookRegistry() *webhooks.Registry   { return r.services().webhooks }

// Content answers the content service, for the server's feeds and exports.
func (r *Resolver) Content() *content.Service { return r.services().content }

// CustomFields answers the custom field service, for the server's exports.
func (r *Resolver) CustomFields() *customfield.Service { return r.services().customFields }
