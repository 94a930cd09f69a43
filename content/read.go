package content

import (
	"context"

	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/store"
)

// The reads below serve the open-data endpoints (feeds, exports); each applies the viewer's
// read scope in the store, so an anonymous viewer reads published content only.

// Announcements pages through the announcements v may read.
func (s *Service) Announcements(ctx context.Context, v store.Viewer, f store.AnnouncementFilter, o store.Order, p store.Page) (store.PageOf[model.Announcement], error) {
	return s.store.Announcements(ctx, v, f, o, p)
}

// CaseStudies pages through the case studies v may read.
func (s *Service) CaseStudies(ctx context.Context, v store.Viewer, f store.CaseStudyFilter, o store.Order, p store.Page) (store.PageOf[model.CaseStudy], error) {
	return s.store.CaseStudies(ctx, v, f, o, p)
}

// Agreements pages through the agreements v may read.
func (s *Service) Agreements(ctx context.Context, v store.Viewer, f store.AgreementFilter, o store.Order, p store.Page) (store.PageOf[model.Agreement], error) {
	return s.store.Agreements(ctx, v, f, o, p)
}

// Projects pages through the projects v may read.
func (s *Service) Projects(ctx context.Context, v store.Viewer, f store.ProjectFilter, o store.Order, p store.Page) (store.PageOf[model.Project], error) {
	return s.store.Projects(ctx, v, f, o, p)
}

// PartnersOf answers the partner organizations of content rows, as v may see them.
func (s *Service) PartnersOf(ctx context.Context, v store.Viewer, keys []store.OwnerKey) (map[store.OwnerKey][]*model.Organization, error) {
	return s.store.PartnersOf(ctx, v, keys)
}

// ResourcesOf answers the resources each side brings to content rows.
func (s *Service) ResourcesOf(ctx context.Context, v store.Viewer, keys []store.OwnerKey) (map[store.OwnerKey][]*model.Resource, error) {
	return s.store.ResourcesOf(ctx, v, keys)
}

// MeritsOf answers the merits each side gains from content rows.
func (s *Service) MeritsOf(ctx context.Context, v store.Viewer, keys []store.OwnerKey) (map[store.OwnerKey][]*model.Merit, error) {
	return s.store.MeritsOf(ctx, v, keys)
}
