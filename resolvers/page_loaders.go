package resolvers

import (
	"context"

	"github.com/vikstrous/dataloadgen"

	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/store"
)

// preload starts, for a page a list resolver fetched, one loader batch per relation the
// operation selected, holding every key of the page, before any field resolves. The fields
// then find their key's load under way. Left to the fields, the keys of one relation reach
// its loader across many goroutines, and a page slower to resolve than the loader's wait
// splits into several statements: its cost would depend on its size and on the machine's
// load. Relations the list resolver primed are cached already and cost nothing here.
func preload(ctx context.Context, items any, sel map[string]bool) {
	r, err := request(ctx)
	if err != nil {
		return
	}
	l := r.Loaders
	switch page := items.(type) {
	case []*model.Proposal:
		loadRefs(ctx, l.Challenge, sel["challenge"], page, func(p *model.Proposal) *int64 { return p.ChallengeID })
		loadRefs(ctx, l.Organization, sel["organization"], page, func(p *model.Proposal) *int64 { return &p.OrganizationID })
		loadRefs(ctx, l.Project, sel["project"], page, func(p *model.Proposal) *int64 { return p.ProjectID })
		loadRefs(ctx, l.Agreement, sel["agreement"], page, func(p *model.Proposal) *int64 { return p.AgreementID })
		loadRefs(ctx, l.Unread, sel["unreadMessageCount"] && r.UserID != 0, page, func(p *model.Proposal) *int64 { return &p.ID })
		loadOwned(ctx, l.LegalHolds, sel["legalHold"], model.OwnerProposal, page, func(p *model.Proposal) int64 { return p.ID })
	case []*model.Inquiry:
		loadOwned(ctx, l.LegalHolds, sel["legalHold"], model.OwnerInquiry, page, func(q *model.Inquiry) int64 { return q.ID })
	case []*model.Challenge:
		loadRefs(ctx, l.Department, sel["department"], page, func(c *model.Challenge) *int64 { return c.DepartmentID })
	case []*model.Project:
		loadRefs(ctx, l.Department, sel["leadDepartment"], page, func(p *model.Project) *int64 { return p.LeadDepartmentID })
		loadRefs(ctx, l.Agreement, sel["agreement"], page, func(p *model.Project) *int64 { return p.AgreementID })
	case []*model.CaseStudy:
		loadRefs(ctx, l.Project, sel["project"], page, func(c *model.CaseStudy) *int64 { return c.ProjectID })
		loadRefs(ctx, l.Agreement, sel["agreement"], page, func(c *model.CaseStudy) *int64 { return c.AgreementID })
	case []*model.Announcement:
		loadOwned(ctx, l.Media, sel["media"], model.OwnerAnnouncement, page, func(a *model.Announcement) int64 { return a.ID })
	case []*model.User:
		loadRefs(ctx, l.Organization, sel["organization"], page, func(u *model.User) *int64 { return u.OrganizationID })
		loadRefs(ctx, l.Department, sel["department"], page, func(u *model.User) *int64 { return u.DepartmentID })
	case []*model.AuditEntry:
		loadRefs(ctx, l.User, sel["actor"], page, func(a *model.AuditEntry) *int64 { return a.ActorID })
	}
}

// loadRefs starts one batch of the rows a page's items refer to by key; the thunks are
// cached in the loader, so the fields' own loads wait on this batch (and see its errors).
func loadRefs[T any, V any](ctx context.Context, l *dataloadgen.Loader[int64, V], selected bool, items []*T, key func(*T) *int64) {
	if !selected {
		return
	}
	keys := make([]int64, 0, len(items))
	for _, it := range items {
		if k := key(it); k != nil {
			keys = append(keys, *k)
		}
	}
	if len(keys) > 0 {
		l.LoadAllThunk(ctx, keys)
	}
}

// loadOwned starts one batch of the rows a page's items own.
func loadOwned[T any, V any](ctx context.Context, l *dataloadgen.Loader[store.OwnerKey, V], selected bool, typ model.OwnerType, items []*T, id func(*T) int64) {
	if !selected || len(items) == 0 {
		return
	}
	keys := make([]store.OwnerKey, len(items))
	for i, it := range items {
		keys[i] = store.OwnerKey{Type: typ, ID: id(it)}
	}
	l.LoadAllThunk(ctx, keys)
}
