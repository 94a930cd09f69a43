package resolvers

import (
	"context"

	"github.com/pppdesk/pppdesk/apperr"
	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/store"
	"github.com/pppdesk/pppdesk/urls"
)

// oneByIDOrSlug answers one publishable row by its global ID or by its slug (exactly one of
// the two), through the same read scope either way: what the caller may not see is NOT_FOUND.
func oneByIDOrSlug[T any](ctx context.Context, r *Resolver, id, slug *string, typ model.OwnerType,
	byID func(context.Context, store.Viewer, []int64) ([]*T, error)) (*T, error) {
	if (id == nil) == (slug == nil) {
		return nil, apperr.Invalid("id", "give exactly one of id and slug")
	}
	if id != nil {
		return oneOf(ctx, "id", *id, typ, byID)
	}
	req, err := request(ctx)
	if err != nil {
		return nil, err
	}
	row, err := store.BySlug[T](ctx, r.Store, req.Viewer, typ, *slug)
	if err != nil {
		return nil, err
	}
	if row == nil {
		return nil, apperr.NotFoundf("no %s with slug %q", typ, *slug)
	}
	return row, nil
}

// itemURL answers the public URL of a content row's page; null without a template.
func itemURL(ctx context.Context, row any) (*string, error) {
	req, err := request(ctx)
	if err != nil {
		return nil, err
	}
	if u := urls.Of(req.Municipality, row); u != "" {
		return &u, nil
	}
	return nil, nil
}

// shareImage answers a content row's share image among its own media (loaded as media are,
// so it is readable exactly when the row is); null when none is set or it was removed.
func shareImage(ctx context.Context, t model.OwnerType, id int64, a model.Addressing) (*model.Attachment, error) {
	if a.ShareImageID == nil {
		return nil, nil
	}
	media, err := mediaOf(ctx, t, id)
	if err != nil {
		return nil, err
	}
	for _, m := range media {
		if m.ID == *a.ShareImageID {
			return m, nil
		}
	}
	return nil, nil
}
