package resolvers

import (
	"context"

	"github.com/pppdesk/pppdesk/account"
	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/store"
)

func departmentLoader(l *Loaders) *loaderOf[int64, *model.Department] { return l.Department }
func agreementLoader(l *Loaders) *loaderOf[int64, *model.Agreement]   { return l.Agreement }
func organizationLoader(l *Loaders) *loaderOf[int64, *model.Organization] {
	return l.Organization
}
func challengeLoader(l *Loaders) *loaderOf[int64, *model.Challenge] { return l.Challenge }

// loadUser loads an account of the municipality for internal display (audit actors).
func loadUser(ctx context.Context, id *int64) (*model.User, error) {
	return loadOptional(ctx, func(l *Loaders) *loaderOf[int64, *model.User] { return l.User }, id)
}

func projectLoader(l *Loaders) *loaderOf[int64, *model.Project] { return l.Project }
func partnersLoader(l *Loaders) *loaderOf[store.OwnerKey, []*model.Organization] {
	return l.Partners
}
func resourcesLoader(l *Loaders) *loaderOf[store.OwnerKey, []*model.Resource] { return l.Resources }
func meritsLoader(l *Loaders) *loaderOf[store.OwnerKey, []*model.Merit]       { return l.Merits }

// tagsOf answers an owner's tags, never null.
func tagsOf(ctx context.Context, typ model.OwnerType, id int64) ([]string, error) {
	tags, err := load(ctx, func(l *Loaders) *loaderOf[store.OwnerKey, []string] { return l.Tags }, store.OwnerKey{Type: typ, ID: id})
	if tags == nil && err == nil {
		tags = []string{}
	}
	return tags, err
}

// oneOf answers one row by global ID through a by-ID store query that applies the viewer's
// scope; a row out of scope is NOT_FOUND exactly like a missing one.
func oneOf[T any](ctx context.Context, field, id string, typ model.OwnerType, fetch func(context.Context, store.Viewer, []int64) ([]*T, error)) (*T, error) {
	n, err := parseID(field, id, typ)
	if err != nil {
		return nil, err
	}
	req, err := request(ctx)
	if err != nil {
		return nil, err
	}
	rows, err := fetch(ctx, req.Viewer, []int64{n})
	if err != nil {
		return nil, err
	}
	if len(rows) == 0 {
		return nil, notFound(typ, id)
	}
	return rows[0], nil
}

func (r *Resolver) method(ctx context.Context, field, id string) (*model.CollaborationMethod, error) {
	n, err := parseID(field, id, model.OwnerMethod)
	if err != nil {
		return nil, err
	}
	req, err := request(ctx)
	if err != nil {
		return nil, err
	}
	m, err := r.Store.CollaborationMethod(ctx, req.Viewer, n)
	if err != nil {
		return nil, err
	}
	if m == nil {
		return nil, notFound(model.OwnerMethod, id)
	}
	return m, nil
}

// allDepartments loads the municipality's department tree once per request.
func (r *Resolver) allDepartments(ctx context.Context) ([]*model.Department, error) {
	req, err := request(ctx)
	if err != nil {
		return nil, err
	}
	req.deptOnce.Do(func() {
		req.depts, req.deptErr = r.Store.Departments(ctx, req.Viewer)
		for _, d := range req.depts {
			req.Loaders.Department.Prime(d.ID, d)
		}
	})
	return req.depts, req.deptErr
}

// node answers any object by global ID; anything the caller may not see is NOT_FOUND.
func (r *Resolver) node(ctx context.Context, id string) (model.Node, error) {
	typ, _, ok := model.ParseGlobalID(id)
	if !ok {
		return nil, parseIDErr(id)
	}
	switch typ {
	case model.OwnerChallenge:
		return asNode(oneOf(ctx, "id", id, typ, r.Store.ChallengesByID))
	case model.OwnerAgreement:
		return asNode(oneOf(ctx, "id", id, typ, r.Store.AgreementsByID))
	case model.OwnerProject:
		return asNode(oneOf(ctx, "id", id, typ, r.Store.ProjectsByID))
	case model.OwnerCaseStudy:
		return asNode(oneOf(ctx, "id", id, typ, r.Store.CaseStudiesByID))
	case model.OwnerAnnouncement:
		return asNode(oneOf(ctx, "id", id, typ, r.Store.AnnouncementsByID))
	case model.OwnerDepartment:
		return asNode(oneOf(ctx, "id", id, typ, r.Store.DepartmentsByID))
	case model.OwnerOrganization:
		return asNode(r.Query().Organization(ctx, id))
	case model.OwnerUser:
		return asNode(r.user(ctx, id))
	case model.OwnerProposal:
		return asNode((&queryResolver{r}).Proposal(ctx, id))
	case model.OwnerMethod:
		return asNode(r.method(ctx, "id", id))
	case model.OwnerInquiry:
		return asNode(r.inquiry(ctx, id))
	case model.OwnerCustomField:
		return asNode(r.customFieldDefinition(ctx, id))
	case model.OwnerMunicipality:
		req, err := request(ctx)
		if err != nil {
			return nil, err
		}
		if req.Municipality.GetID() != id {
			return nil, notFound(typ, id)
		}
		return req.Municipality, nil
	}
	return nil, notFound(typ, id)
}

// asNode turns a typed single answer into a Node, keeping a nil pointer a nil interface.
func asNode[T any, P interface {
	*T
	model.Node
}](v P, err error) (model.Node, error) {
	if err != nil || v == nil {
		return nil, err
	}
	return v, nil
}

// readableUser answers the account behind an author or actor field only when the caller may
// read that account, as node(id) would; otherwise the field is null.
func readableUser(ctx context.Context, id *int64) (*model.User, error) {
	u, err := loadUser(ctx, id)
	if err != nil || u == nil {
		return nil, err
	}
	req, err := request(ctx)
	if err != nil {
		return nil, err
	}
	if !account.Readable(req.Caller, u) {
		return nil, nil
	}
	return u, nil
}

// inquiry answers a contact-form message to those who may read inquiries (the desk); to
// anyone else it does not exist.
func (r *Resolver) inquiry(ctx context.Context, id string) (*model.Inquiry, error) {
	n, err := parseID("id", id, model.OwnerInquiry)
	if err != nil {
		return nil, err
	}
	req, err := request(ctx)
	if err != nil {
		return nil, err
	}
	return r.inquiryService().Get(ctx, req.Caller, n)
}
