package content

import (
	"context"
	"image"
	_ "image/gif"  // the image formats a content image may have (storage.DefaultAllowed),
	_ "image/jpeg" // registered for image.DecodeConfig, which reads only their headers
	_ "image/png"
	"io"
	"strings"

	_ "golang.org/x/image/webp"

	"github.com/pppdesk/pppdesk/apperr"
	"github.com/pppdesk/pppdesk/input"
	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/policies"
	"github.com/pppdesk/pppdesk/storage"
	"github.com/pppdesk/pppdesk/store"
	"github.com/pppdesk/pppdesk/urls"
)

// MaxSEODescription is the longest search-engine description: what search engines and link
// previews show is shorter still, so more would only be cut.
const MaxSEODescription = 300

// addressing applies an input's slug, SEO description and share image to a content row of
// type t (n is its ID, 0 while it is being created). A slug is checked and must be free in
// the municipality for the type (two writers that take the same free slug at once meet the
// unique index, which the transaction answers as CONFLICT); a share image must be one of
// the row's own images, so it is readable exactly when the row is. An empty shareImageId
// removes the image.
func (s *Service) addressing(ctx context.Context, c *policies.Caller, t model.OwnerType, n int64, a *model.Addressing, slug, seo, shareImage *string) error {
	if slug != nil {
		v, err := urls.CheckSlug("input.slug", *slug)
		if err != nil {
			return err
		}
		taken, err := store.SlugTaken(ctx, s.store.DB, t, c.Municipality.ID, v, n)
		if err != nil {
			return err
		}
		if taken {
			return slugTaken(t, v)
		}
		a.Slug = v
	}
	if err := input.Set(input.F("input.seoDescription", seo, &a.SeoDescription, MaxSEODescription, false)); err != nil {
		return err
	}
	if shareImage == nil {
		return nil
	}
	if *shareImage == "" {
		a.ShareImageID = nil
		return nil
	}
	id, err := input.ID("input.shareImageId", *shareImage, "Media")
	if err != nil {
		return err
	}
	if n == 0 {
		return apperr.Invalid("input.shareImageId", "must be one of the item's own images: create the item, attach the image, then set it")
	}
	m, err := s.store.AttachmentByID(ctx, c.Municipality.ID, id)
	if err != nil {
		return err
	}
	if m == nil || m.OwnerType != t || m.OwnerID != n {
		return apperr.Invalid("input.shareImageId", "is not one of this %s's media", t)
	}
	if !strings.HasPrefix(m.ContentType, "image/") {
		return apperr.Invalid("input.shareImageId", "is not an image (%s)", m.ContentType)
	}
	a.ShareImageID = &id
	return nil
}

func slugTaken(t model.OwnerType, slug string) error {
	return apperr.Invalid("input.slug", "%q is taken by another %s of this municipality", slug, t)
}

// dimensions measures an image's width and height from its header; nil, nil for a file that
// is no image of a known format (documents), so the API answers null for them.
func dimensions(r io.Reader, contentType string) (*int, *int) {
	if !strings.HasPrefix(contentType, "image/") {
		return nil, nil
	}
	cfg, _, err := image.DecodeConfig(r)
	if err != nil || cfg.Width <= 0 || cfg.Height <= 0 {
		return nil, nil
	}
	return &cfg.Width, &cfg.Height
}

// measure reads a stored file's image header for its width and height; nil, nil for a
// document or a file that cannot be read.
func measure(ctx context.Context, files storage.Storage, key, contentType string) (*int, *int) {
	if !strings.HasPrefix(contentType, "image/") {
		return nil, nil
	}
	r, err := files.Open(ctx, key)
	if err != nil {
		return nil, nil
	}
	defer r.Close()
	return dimensions(r, contentType)
}

// MeasureMedia gives the content images stored before sizes were measured their width and
// height, once at start-up; it answers how many it measured. An image it cannot read keeps
// null sizes (and is tried again at the next start); only a database error stops it.
func MeasureMedia(ctx context.Context, st *store.Store, files storage.Storage) (int, error) {
	measured := 0
	var after int64
	for {
		rows, err := store.UnmeasuredImages(ctx, st.DB, after, 200)
		if err != nil || len(rows) == 0 {
			return measured, err
		}
		for _, a := range rows {
			after = a.ID
			w, h := measure(ctx, files, a.StorageKey, a.ContentType)
			if w == nil {
				continue
			}
			if err := store.SetMediaSize(ctx, st.DB, a.ID, *w, *h); err != nil {
				return measured, err
			}
			measured++
		}
	}
}
