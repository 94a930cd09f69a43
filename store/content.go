package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/uptrace/bun"

	"github.com/pppdesk/pppdesk/model"
)

// ChallengeFilter narrows a challenge list; DepartmentIDs already holds the department and
// its descendants.
type ChallengeFilter struct {
	DepartmentIDs []int64
	Tag           *string
	IsOpen        *bool
	ClosesFrom    *model.Date
	ClosesTo      *model.Date
	Search        string
}

// Challenges lists the challenges the viewer may see.
func (s *Store) Challenges(ctx context.Context, v Viewer, f ChallengeFilter, o Order, p Page) (PageOf[model.Challenge], error) {
	return listPage[model.Challenge](ctx, s.DB, p, liveOrder(o, v, model.OwnerChallenge), func(q *bun.SelectQuery) *bun.SelectQuery {
		q = visible(q, v, model.OwnerChallenge)
		if f.DepartmentIDs != nil {
			q = q.Where("?TableAlias.department_id IN (?)", bun.List(nonEmpty(f.DepartmentIDs)))
		}
		if f.Tag != nil {
			q = hasTag(q, model.OwnerChallenge, *f.Tag)
		}
		if f.IsOpen != nil {
			open := func(q *bun.SelectQuery) *bun.SelectQuery {
				return q.Where("(?TableAlias.opens_at IS NULL OR ?TableAlias.opens_at <= ?)", v.Now).
					Where("(?TableAlias.closes_at IS NULL OR ?TableAlias.closes_at > ?)", v.Now)
			}
			if *f.IsOpen {
				q = open(q)
			} else {
				q = q.Where("NOT ((?TableAlias.opens_at IS NULL OR ?TableAlias.opens_at <= ?) AND (?TableAlias.closes_at IS NULL OR ?TableAlias.closes_at > ?))", v.Now, v.Now)
			}
		}
		q = timeRange(q, "closes_at", f.ClosesFrom, f.ClosesTo)
		return search(q, model.OwnerChallenge, f.Search)
	})
}

// AgreementFilter narrows an agreement list.
type AgreementFilter struct {
	Kind       *model.AgreementKind
	Status     *model.AgreementStatus
	PartnerID  int64
	SignedFrom *model.Date
	SignedTo   *model.Date
	Search     string
}

// Agreements lists the agreements the viewer may see.
func (s *Store) Agreements(ctx context.Context, v Viewer, f AgreementFilter, o Order, p Page) (PageOf[model.Agreement], error) {
	return listPage[model.Agreement](ctx, s.DB, p, liveOrder(o, v, model.OwnerAgreement), func(q *bun.SelectQuery) *bun.SelectQuery {
		q = visible(q, v, model.OwnerAgreement)
		if f.Kind != nil {
			q = q.Where("?TableAlias.kind = ?", *f.Kind)
		}
		if f.Status != nil {
			q = q.Where("?TableAlias.status = ?", *f.Status)
		}
		if f.PartnerID != 0 {
			q = hasPartner(q, model.OwnerAgreement, f.PartnerID)
		}
		q = dateRange(q, "signed_on", f.SignedFrom, f.SignedTo)
		return search(q, model.OwnerAgreement, f.Search)
	})
}

// ProjectFilter narrows a project list.
type ProjectFilter struct {
	Kind          *model.ProjectKind
	Status        *model.ProjectStatus
	DepartmentIDs []int64
	PartnerID     int64
	StartFrom     *model.Date
	StartTo       *model.Date
	Search        string
}

// Projects lists the projects the viewer may see.
func (s *Store) Projects(ctx context.Context, v Viewer, f ProjectFilter, o Order, p Page) (PageOf[model.Project], error) {
	return listPage[model.Project](ctx, s.DB, p, liveOrder(o, v, model.OwnerProject), func(q *bun.SelectQuery) *bun.SelectQuery {
		q = visible(q, v, model.OwnerProject)
		if f.Kind != nil {
			q = q.Where("?TableAlias.kind = ?", *f.Kind)
		}
		if f.Status != nil {
			q = q.Where("?TableAlias.status = ?", *f.Status)
		}
		if f.DepartmentIDs != nil {
			q = q.Where("?TableAlias.lead_department_id IN (?)", bun.List(nonEmpty(f.DepartmentIDs)))
		}
		if f.PartnerID != 0 {
			q = hasPartner(q, model.OwnerProject, f.PartnerID)
		}
		q = dateRange(q, "start_on", f.StartFrom, f.StartTo)
		return search(q, model.OwnerProject, f.Search)
	})
}

// CaseStudyFilter narrows a case-study list.
type CaseStudyFilter struct {
	Category  *model.CaseStudyCategory
	PartnerID int64
	Locality  *string
	Tag       *string
	StartFrom *model.Date
	StartTo   *model.Date
	Search    string
}

// CaseStudies lists the case studies the viewer may see.
func (s *Store) CaseStudies(ctx context.Context, v Viewer, f CaseStudyFilter, o Order, p Page) (PageOf[model.CaseStudy], error) {
	return listPage[model.CaseStudy](ctx, s.DB, p, liveOrder(o, v, model.OwnerCaseStudy), func(q *bun.SelectQuery) *bun.SelectQuery {
		q = visible(q, v, model.OwnerCaseStudy)
		if f.Category != nil {
			q = q.Where("?TableAlias.category = ?", *f.Category)
		}
		if f.PartnerID != 0 {
			q = hasPartner(q, model.OwnerCaseStudy, f.PartnerID)
		}
		if f.Locality != nil {
			q = q.Where("?TableAlias.locality = ?", *f.Locality)
		}
		if f.Tag != nil {
			q = hasTag(q, model.OwnerCaseStudy, *f.Tag)
		}
		q = dateRange(q, "start_on", f.StartFrom, f.StartTo)
		return search(q, model.OwnerCaseStudy, f.Search)
	})
}

// AnnouncementFilter narrows an announcement list.
type AnnouncementFilter struct {
	Category *string
	From     *model.Date
	To       *model.Date
	Search   string
}

// Announcements lists the announcements the viewer may see.
func (s *Store) Announcements(ctx context.Context, v Viewer, f AnnouncementFilter, o Order, p Page) (PageOf[model.Announcement], error) {
	return listPage[model.Announcement](ctx, s.DB, p, liveOrder(o, v, model.OwnerAnnouncement), func(q *bun.SelectQuery) *bun.SelectQuery {
		q = visible(q, v, model.OwnerAnnouncement)
		if f.Category != nil {
			q = q.Where("?TableAlias.category = ?", *f.Category)
		}
		q = timeRange(q, "published_at", f.From, f.To)
		return search(q, model.OwnerAnnouncement, f.Search)
	})
}

// OrganizationFilter narrows an organization list.
type OrganizationFilter struct {
	Kind            *model.OrganizationKind
	PublicOnly      bool
	CorporateNumber string
	Search          string
}

// Organizations lists organizations of the municipality.
func (s *Store) Organizations(ctx context.Context, v Viewer, f OrganizationFilter, o Order, p Page) (PageOf[model.Organization], error) {
	return listPage[model.Organization](ctx, s.DB, p, o, func(q *bun.SelectQuery) *bun.SelectQuery {
		q = organizationsVisible(q, v)
		if f.PublicOnly {
			q = q.Where("?TableAlias.public = ?", true)
		}
		if f.Kind != nil {
			q = q.Where("?TableAlias.kind = ?", *f.Kind)
		}
		if f.CorporateNumber != "" {
			q = q.Where("?TableAlias.corporate_number = ?", f.CorporateNumber)
		}
		return search(q, model.OwnerOrganization, f.Search)
	})
}

// CollaborationMethods lists the other partnership schemes in their table order.
func (s *Store) CollaborationMethods(ctx context.Context, v Viewer, p Page) (PageOf[model.CollaborationMethod], error) {
	return listPage[model.CollaborationMethod](ctx, s.DB, p, Order{Key: "POSITION", By: Column("position")}, func(q *bun.SelectQuery) *bun.SelectQuery {
		return tenant(q, v)
	})
}

// nonEmpty keeps IN () valid SQL when a filter matched no department: -1 is never an ID.
func nonEmpty(ids []int64) []int64 {
	if len(ids) == 0 {
		return []int64{-1}
	}
	return ids
}

// organizationsVisible applies the organization read scope: every organization of the
// municipality, the caller's own plus public profiles, or public profiles only.
func organizationsVisible(q *bun.SelectQuery, v Viewer) *bun.SelectQuery {
	return scoped(q, v, v.ReadScope(model.OwnerOrganization), organizationColumns)
}

// publicFields keeps what a published case study, project or agreement itself states about
// a partner (its name and legal form); a private profile's other fields stay empty.
func publicFields(o *model.Organization) *model.Organization {
	return &model.Organization{ID: o.ID, MunicipalityID: o.MunicipalityID, Name: o.Name, Kind: o.Kind, Public: o.Public, Version: o.Version}
}

// byIDs loads rows of T by ID within the viewer's reach; scoped applies the viewer's scope
// for the rows (tenancy alone when nil).
func byIDs[T any](ctx context.Context, db bun.IDB, v Viewer, ids []int64, scoped func(*bun.SelectQuery, Viewer) *bun.SelectQuery) ([]*T, error) {
	var rows []*T
	if len(ids) == 0 {
		return rows, nil
	}
	q := db.NewSelect().Model(&rows).Where("?TableAlias.id IN (?)", bun.List(ids))
	if scoped != nil {
		q = scoped(q, v)
	} else {
		q = tenant(q, v)
	}
	if err := q.Scan(ctx); err != nil {
		return nil, fmt.Errorf("load by id: %w", err)
	}
	return rows, nil
}

// one loads a single row, nil when it is absent or out of the viewer's reach.
func one[T any](ctx context.Context, db bun.IDB, v Viewer, id int64, scoped func(*bun.SelectQuery, Viewer) *bun.SelectQuery) (*T, error) {
	rows, err := byIDs[T](ctx, db, v, []int64{id}, scoped)
	if err != nil || len(rows) == 0 {
		return nil, err
	}
	return rows[0], nil
}

// ChallengesByID loads visible challenges.
func (s *Store) ChallengesByID(ctx context.Context, v Viewer, ids []int64) ([]*model.Challenge, error) {
	return byIDs[model.Challenge](ctx, s.DB, v, ids, content(model.OwnerChallenge))
}

// AgreementsByID loads visible agreements.
func (s *Store) AgreementsByID(ctx context.Context, v Viewer, ids []int64) ([]*model.Agreement, error) {
	return byIDs[model.Agreement](ctx, s.DB, v, ids, content(model.OwnerAgreement))
}

// ProjectsByID loads visible projects.
func (s *Store) ProjectsByID(ctx context.Context, v Viewer, ids []int64) ([]*model.Project, error) {
	return byIDs[model.Project](ctx, s.DB, v, ids, content(model.OwnerProject))
}

// CaseStudiesByID loads visible case studies.
func (s *Store) CaseStudiesByID(ctx context.Context, v Viewer, ids []int64) ([]*model.CaseStudy, error) {
	return byIDs[model.CaseStudy](ctx, s.DB, v, ids, content(model.OwnerCaseStudy))
}

// AnnouncementsByID loads visible announcements.
func (s *Store) AnnouncementsByID(ctx context.Context, v Viewer, ids []int64) ([]*model.Announcement, error) {
	return byIDs[model.Announcement](ctx, s.DB, v, ids, content(model.OwnerAnnouncement))
}

// OrganizationsByID loads organizations of the municipality.
func (s *Store) OrganizationsByID(ctx context.Context, v Viewer, ids []int64) ([]*model.Organization, error) {
	return byIDs[model.Organization](ctx, s.DB, v, ids, organizationsVisible)
}

// DepartmentsByID loads departments of the municipality.
func (s *Store) DepartmentsByID(ctx context.Context, v Viewer, ids []int64) ([]*model.Department, error) {
	return byIDs[model.Department](ctx, s.DB, v, ids, nil)
}

// CollaborationMethod loads one method.
func (s *Store) CollaborationMethod(ctx context.Context, v Viewer, id int64) (*model.CollaborationMethod, error) {
	return one[model.CollaborationMethod](ctx, s.DB, v, id, nil)
}

// Departments lists the whole department tree of the municipality, parents before children.
func (s *Store) Departments(ctx context.Context, v Viewer) ([]*model.Department, error) {
	var rows []*model.Department
	err := tenant(s.DB.NewSelect().Model(&rows), v).OrderExpr("?TableAlias.position, ?TableAlias.id").Scan(ctx)
	if err != nil {
		return nil, fmt.Errorf("departments: %w", err)
	}
	return rows, nil
}

// MunicipalityBySlug finds a tenant; nil when there is none.
func (s *Store) MunicipalityBySlug(ctx context.Context, slug string) (*model.Municipality, error) {
	m := new(model.Municipality)
	err := s.DB.NewSelect().Model(m).Where("slug = ?", slug).Limit(1).Scan(ctx)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("municipality %q: %w", slug, err)
	}
	return m, nil
}

// MunicipalityByID finds a tenant by ID; nil when there is none.
func (s *Store) MunicipalityByID(ctx context.Context, id int64) (*model.Municipality, error) {
	m := new(model.Municipality)
	err := s.DB.NewSelect().Model(m).Where("id = ?", id).Limit(1).Scan(ctx)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("municipality %d: %w", id, err)
	}
	return m, nil
}

// Municipalities lists every tenant.
func (s *Store) Municipalities(ctx context.Context) ([]*model.Municipality, error) {
	var rows []*model.Municipality
	if err := s.DB.NewSelect().Model(&rows).Order("id").Scan(ctx); err != nil {
		return nil, fmt.Errorf("municipalities: %w", err)
	}
	return rows, nil
}

// content scopes a by-ID read of publishable rows of type t.
func content(t model.OwnerType) func(*bun.SelectQuery, Viewer) *bun.SelectQuery {
	return func(q *bun.SelectQuery, v Viewer) *bun.SelectQuery { return visible(q, v, t) }
}
