package model

import (
	"context"
	"crypto/rand"
	"encoding/hex"

	"github.com/uptrace/bun"
)

// Addressing is embedded in every publishable content type: what a portal needs to link to an
// item and to show it well when it is shared — its slug (the item's part of its URL, unique
// per municipality and type), its search-engine description and its share (OGP) image.
type Addressing struct {
	Slug           string `bun:"slug,notnull,default:''"`
	SeoDescription string `bun:"seo_description,notnull,default:''"`
	// ShareImageID is a media file of the same item, shown when the item is shared; nil for none.
	ShareImageID *int64 `bun:"share_image_id"`
}

// AddressingOf answers a publishable row's addressing, nil for any other value, so code that
// handles every publishable type reaches it in one place.
func AddressingOf(row any) *Addressing {
	switch c := row.(type) {
	case *Challenge:
		return &c.Addressing
	case *Agreement:
		return &c.Addressing
	case *Project:
		return &c.Addressing
	case *CaseStudy:
		return &c.Addressing
	case *Announcement:
		return &c.Addressing
	}
	return nil
}

// BeforeAppendModel gives a row inserted without a slug a unique placeholder, so no insert
// (a bulk fixture, a data import) ever meets the unique index on an empty slug.
// store.Insert then replaces it with the row's real slug; rows inserted around it keep the
// placeholder, which no valid slug can equal ("~" is outside [a-z0-9-]).
func (a *Addressing) BeforeAppendModel(_ context.Context, q bun.Query) error {
	if _, ok := q.(*bun.InsertQuery); ok && a.Slug == "" {
		var b [8]byte
		_, _ = rand.Read(b[:])
		a.Slug = "~" + hex.EncodeToString(b[:])
	}
	return nil
}
