package store

import (
	"context"
	"fmt"
	"strconv"
	"time"

	"github.com/uptrace/bun"

	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/urls"
)

// ownerOf answers the type and ID of a publishable row.
func ownerOf(row any) (model.OwnerType, int64, string) {
	switch c := row.(type) {
	case *model.Challenge:
		return model.OwnerChallenge, c.ID, c.Title
	case *model.Agreement:
		return model.OwnerAgreement, c.ID, c.Title
	case *model.Project:
		return model.OwnerProject, c.ID, c.Title
	case *model.CaseStudy:
		return model.OwnerCaseStudy, c.ID, c.Title
	case *model.Announcement:
		return model.OwnerAnnouncement, c.ID, c.Title
	}
	return "", 0, ""
}

// SlugTaken reports whether another row of type t in the municipality (deleted ones too: a
// restored row keeps its slug) holds slug; except is the row being changed, 0 for none.
func SlugTaken(ctx context.Context, db bun.IDB, t model.OwnerType, mid int64, slug string, except int64) (bool, error) {
	row, ok := publishable(t)
	if !ok {
		return false, nil
	}
	n, err := db.NewSelect().Model(row).WhereAllWithDeleted().Where("?TableAlias.municipality_id = ?", mid).
		Where("?TableAlias.slug = ?", slug).Where("?TableAlias.id <> ?", except).Count(ctx)
	if err != nil {
		return false, fmt.Errorf("slug %s: %w", t, err)
	}
	return n > 0, nil
}

// insertAddressed inserts a publishable row; one without a slug gets one: its title's
// (urls.FromTitle) when free, else the fallback <type>-<id> (with -2, -3 … in the rare case
// staff took that too), which needs the ID, so the row goes in under a unique placeholder and
// gets its slug right after (in the caller's transaction when there is one).
func insertAddressed(ctx context.Context, db bun.IDB, row any, a *model.Addressing) error {
	t, _, title := ownerOf(row)
	_, _, midp := Parts(row)
	mid := *midp
	if a.Slug == "" {
		if s := urls.FromTitle(title); s != "" {
			taken, err := SlugTaken(ctx, db, t, mid, s, 0)
			if err != nil {
				return err
			}
			if !taken {
				a.Slug = s
			}
		}
	}
	if a.Slug != "" {
		_, err := db.NewInsert().Model(row).Exec(ctx)
		return err
	}
	// The row goes in under a unique placeholder (model.Addressing.BeforeAppendModel).
	if _, err := db.NewInsert().Model(row).Exec(ctx); err != nil {
		return err
	}
	_, id, _ := ownerOf(row)
	base := urls.Fallback(t, id)
	for i := 1; ; i++ {
		s := base
		if i > 1 {
			s = base + "-" + strconv.Itoa(i)
		}
		taken, err := SlugTaken(ctx, db, t, mid, s, id)
		if err != nil {
			return err
		}
		if !taken {
			a.Slug = s
			break
		}
	}
	if _, err := db.NewUpdate().Model(row).Column("slug").Where("?TableAlias.id = ?", id).Exec(ctx); err != nil {
		return fmt.Errorf("slug %s: %w", t, err)
	}
	return nil
}

// BySlug loads the row of type T (of owner type t) with slug, within the viewer's read scope
// exactly as a read by ID; nil when there is none or the viewer may not see it.
func BySlug[T any](ctx context.Context, s *Store, v Viewer, t model.OwnerType, slug string) (*T, error) {
	var rows []*T
	q := visible(s.DB.NewSelect().Model(&rows).Where("?TableAlias.slug = ?", slug), v, t).Limit(1)
	if err := q.Scan(ctx); err != nil {
		return nil, fmt.Errorf("%s by slug: %w", t, err)
	}
	if len(rows) == 0 {
		return nil, nil
	}
	return rows[0], nil
}

// SitemapRow is what a sitemap needs of one published item.
type SitemapRow struct {
	ID        int64     `bun:"id"`
	Slug      string    `bun:"slug"`
	UpdatedAt time.Time `bun:"updated_at"`
}

// SitemapCount counts the items of type t the viewer sees (for the public: published ones
// whose time has come).
func (s *Store) SitemapCount(ctx context.Context, v Viewer, t model.OwnerType) (int, error) {
	row, ok := publishable(t)
	if !ok {
		return 0, nil
	}
	n, err := visible(s.DB.NewSelect().Model(row), v, t).Count(ctx)
	if err != nil {
		return 0, fmt.Errorf("sitemap count %s: %w", t, err)
	}
	return int(n), nil
}

// SitemapRows lists limit items of type t the viewer sees, by ID, skipping the first offset.
func (s *Store) SitemapRows(ctx context.Context, v Viewer, t model.OwnerType, offset, limit int) ([]SitemapRow, error) {
	row, ok := publishable(t)
	if !ok || limit <= 0 {
		return nil, nil
	}
	var out []SitemapRow
	err := visible(s.DB.NewSelect().Model(row), v, t).Column("id", "slug", "updated_at").
		OrderExpr("?TableAlias.id").Offset(int64(offset)).Limit(int64(limit)).Scan(ctx, &out)
	if err != nil {
		return nil, fmt.Errorf("sitemap %s: %w", t, err)
	}
	return out, nil
}
