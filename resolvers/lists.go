package resolvers

import (
	"context"
	"errors"

	"github.com/pppdesk/pppdesk/apperr"

	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/store"
)

// Sorts of each list, by API order field.
var (
	challengeOrders    = map[string]store.SortBy{"PUBLISHED_AT": publishedSort, "CLOSES_AT": store.Coalesce("'9999-12-31 00:00:00'", "closes_at"), "TITLE": titleSort}
	agreementOrders    = map[string]store.SortBy{"SIGNED_ON": dateSort("signed_on"), "PUBLISHED_AT": publishedSort, "TITLE": titleSort}
	projectOrders      = map[string]store.SortBy{"START_ON": dateSort("start_on"), "PUBLISHED_AT": publishedSort, "TITLE": titleSort}
	caseStudyOrders    = map[string]store.SortBy{"START_ON": dateSort("start_on"), "PUBLISHED_AT": publishedSort, "TITLE": titleSort}
	announcementOrders = map[string]store.SortBy{"PUBLISHED_AT": publishedSort, "TITLE": titleSort}
	organizationOrders = map[string]store.SortBy{"NAME": store.Column("name"), "CREATED_AT": store.Column("created_at")}
)

// listed is the common shape of every list resolver: check the page arguments, run the
// store query, prime the loaders for what the operation selected, and build the edges.
func listed[T any](ctx context.Context, first *int, after *string, order store.Order,
	run func(store.Viewer, store.Page) (store.PageOf[T], error),
	afterLoad func([]*T, map[string]bool) error,
) (store.PageOf[T], store.Page, *model.PageInfo, error) {
	p, err := pageArgs(ctx, first, after, order)
	if err != nil {
		return store.PageOf[T]{}, p, nil, err
	}
	req, err := request(ctx)
	if err != nil {
		return store.PageOf[T]{}, p, nil, err
	}
	sel := nodeFields(ctx)
	p.Lean = leanPage[T](sel) // the page's rows are read for these nodes only
	page, err := run(req.Viewer, p)
	if errors.Is(err, store.ErrBadCursor) {
		return page, p, nil, apperr.Invalid("after", "not a cursor of this list")
	}
	if err != nil {
		return page, p, nil, err
	}
	if afterLoad != nil {
		if err := afterLoad(page.Items, sel); err != nil {
			return page, p, nil, err
		}
	}
	preload(ctx, page.Items, sel)
	return page, p, pageInfo(page, p, order), nil
}

// edgesOf builds the edges of a page with a per-type edge constructor.
func edgesOf[T any, E any](page store.PageOf[T], order store.Order, mk func(string, *T) E) []E {
	out := make([]E, len(page.Items))
	for i, it := range page.Items {
		out[i] = mk(encodeCursor(order, page.Cursors[i]), it)
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

func challengeID(c *model.Challenge) int64       { return c.ID }
func agreementID(a *model.Agreement) int64       { return a.ID }
func projectID(p *model.Project) int64           { return p.ID }
func caseStudyID(c *model.CaseStudy) int64       { return c.ID }
func announcementID(a *model.Announcement) int64 { return a.ID }
