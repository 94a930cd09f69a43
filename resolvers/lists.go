package resolvers

import (
	"context"

	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/store"
)

// Order expressions of each list, by API order field.
var (
	challengeOrders    = map[string]string{"PUBLISHED_AT": publishedExpr, "CLOSES_AT": "COALESCE(?TableAlias.closes_at, '9999-12-31 00:00:00')", "TITLE": titleExpr}
	agreementOrders    = map[string]string{"SIGNED_ON": dateExpr("signed_on"), "PUBLISHED_AT": publishedExpr, "TITLE": titleExpr}
	projectOrders      = map[string]string{"START_ON": dateExpr("start_on"), "PUBLISHED_AT": publishedExpr, "TITLE": titleExpr}
	caseStudyOrders    = map[string]string{"START_ON": dateExpr("start_on"), "PUBLISHED_AT": publishedExpr, "TITLE": titleExpr}
	announcementOrders = map[string]string{"PUBLISHED_AT": publishedExpr, "TITLE": titleExpr}
	organizationOrders = map[string]string{"NAME": "?TableAlias.name", "CREATED_AT": "?TableAlias.created_at"}
)

// listed is the common shape of every list resolver: check the page arguments, run the
// store query, prime the loaders for what the operation selected, and build the edges.
func listed[T any](ctx context.Context, first *int, after *string, order store.Order,
	run func(store.Viewer, store.Page) (store.PageOf[T], error),
	id func(*T) int64, afterLoad func([]*T, map[string]bool) error,
) (store.PageOf[T], store.Page, *model.PageInfo, error) {
	p, err := pageArgs(ctx, first, after, order)
	if err != nil {
		return store.PageOf[T]{}, p, nil, err
	}
	req, err := request(ctx)
	if err != nil {
		return store.PageOf[T]{}, p, nil, err
	}
	page, err := run(req.Viewer, p)
	if err != nil {
		return page, p, nil, err
	}
	if afterLoad != nil {
		if err := afterLoad(page.Items, nodeFields(ctx)); err != nil {
			return page, p, nil, err
		}
	}
	return page, p, pageInfo(page, p, order, id), nil
}

// edgesOf builds the edges of a page with a per-type edge constructor.
func edgesOf[T any, E any](items []*T, order store.Order, id func(*T) int64, mk func(string, *T) E) []E {
	out := make([]E, len(items))
	for i, it := range items {
		out[i] = mk(encodeCursor(order, id(it)), it)
	}
	return out
}

// primeOwners primes partners, resources, merits and tags of a page of content.
func (r *Resolver) primeOwners(ctx context.Context, typ model.OwnerType, ids []int64, sel map[string]bool) error {
	return prime(ctx, r.Store, typ, ids, sel)
}

func ids[T any](items []*T, id func(*T) int64) []int64 {
	out := make([]int64, len(items))
	for i, it := range items {
		out[i] = id(it)
	}
	return out
}

func challengeID(c *model.Challenge) int64        { return c.ID }
func agreementID(a *model.Agreement) int64        { return a.ID }
func projectID(p *model.Project) int64            { return p.ID }
func caseStudyID(c *model.CaseStudy) int64        { return c.ID }
func announcementID(a *model.Announcement) int64  { return a.ID }
func organizationID(o *model.Organization) int64  { return o.ID }
func methodID(m *model.CollaborationMethod) int64 { return m.ID }
