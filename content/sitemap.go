package content

import (
	"context"

	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/store"
)

// SitemapTypes are the publishable types a sitemap lists, in the order it lists them.
var SitemapTypes = []model.OwnerType{model.OwnerAnnouncement, model.OwnerChallenge, model.OwnerCaseStudy, model.OwnerProject, model.OwnerAgreement}

// SitemapItem is one item a sitemap lists.
type SitemapItem struct {
	Type model.OwnerType
	store.SitemapRow
}

// SitemapTotal counts the items v may read (for the public: published ones whose time has
// come), across SitemapTypes.
func (s *Service) SitemapTotal(ctx context.Context, v store.Viewer) (int, error) {
	total := 0
	for _, t := range SitemapTypes {
		n, err := s.store.SitemapCount(ctx, v, t)
		if err != nil {
			return 0, err
		}
		total += n
	}
	return total, nil
}

// SitemapPage answers the page-th run (from 0) of per items v may read, counting through
// SitemapTypes in order and each type by ID, so the pages of a sitemap index never overlap.
func (s *Service) SitemapPage(ctx context.Context, v store.Viewer, page, per int) ([]SitemapItem, error) {
	skip, want := page*per, per
	var out []SitemapItem
	for _, t := range SitemapTypes {
		if want == 0 {
			break
		}
		n, err := s.store.SitemapCount(ctx, v, t)
		if err != nil {
			return nil, err
		}
		if skip >= n {
			skip -= n
			continue
		}
		rows, err := s.store.SitemapRows(ctx, v, t, skip, want)
		if err != nil {
			return nil, err
		}
		skip = 0
		want -= len(rows)
		for _, r := range rows {
			out = append(out, SitemapItem{Type: t, SitemapRow: r})
		}
	}
	return out, nil
}
