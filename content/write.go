package content

import (
	"context"
	"fmt"
	"reflect"
	"strings"

	"github.com/uptrace/bun"

	"github.com/pppdesk/pppdesk/apperr"
	"github.com/pppdesk/pppdesk/audit"
	"github.com/pppdesk/pppdesk/customfield"
	"github.com/pppdesk/pppdesk/input"
	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/policies"
	"github.com/pppdesk/pppdesk/store"
)

// writable checks the write right on a content row: the desk everywhere, a department only
// for rows of its own department.
func writable(c *policies.Caller, resource string, deptID *int64) error {
	scope, err := c.Authorize(policies.WriteOf(resource))
	if err != nil {
		return err
	}
	if !c.Within(scope, policies.Owner{DepartmentID: deptID}) {
		return apperr.New(apperr.Forbidden, "you may only write %s of your own department", resource)
	}
	return nil
}

// departmentWritable checks the write right for a row owned by a department, before and
// after the change, so a department can neither take nor give away another's work.
func departmentWritable(c *policies.Caller, resource string, before, after *int64, updating bool) error {
	if updating {
		if err := writable(c, resource, before); err != nil {
			return err
		}
	}
	return writable(c, resource, after)
}

func (s *Service) draftStamps() (model.Publishing, model.Stamps) {
	now := s.now()
	return model.Publishing{PublicationState: model.StateDraft, Version: 1}, model.Stamps{CreatedAt: now, UpdatedAt: now}
}

// loadForWrite loads a content row for an update or delete, only when the caller can read
// it (the same read scope as every read), so nobody learns of drafts they may not see.
func (s *Service) loadForWrite(ctx context.Context, c *policies.Caller, id string, t model.OwnerType) (any, int64, error) {
	n, err := input.ID("id", id, t)
	if err != nil {
		return nil, 0, err
	}
	row, _, err := store.Publishable(ctx, s.store.DB, c.Municipality.ID, t, n)
	if err != nil {
		return nil, 0, err
	}
	if row == nil {
		return nil, 0, notFound(t, id)
	}
	visible, err := store.ContentVisible(ctx, s.store.DB, c.Viewer, t, n)
	if err != nil {
		return nil, 0, err
	}
	if !visible {
		return nil, 0, notFound(t, id)
	}
	return row, n, nil
}

// CreateAnnouncement writes a new draft announcement.
func (s *Service) CreateAnnouncement(ctx context.Context, c *policies.Caller, in model.AnnouncementInput) (*model.Announcement, error) {
	return s.announcementWrite(ctx, c, nil, in, 0)
}

// UpdateAnnouncement changes the announcement id (a global ID) at version.
func (s *Service) UpdateAnnouncement(ctx context.Context, c *policies.Caller, id string, in model.AnnouncementInput, version int) (*model.Announcement, error) {
	return s.announcementWrite(ctx, c, &id, in, version)
}

func (s *Service) announcementWrite(ctx context.Context, c *policies.Caller, id *string, in model.AnnouncementInput, version int) (*model.Announcement, error) {
	if err := writable(c, "announcement", nil); err != nil {
		return nil, err
	}
	a := &model.Announcement{MunicipalityID: c.Municipality.ID}
	var n int64
	if id != nil {
		row, rid, err := s.loadForWrite(ctx, c, *id, model.OwnerAnnouncement)
		if err != nil {
			return nil, err
		}
		a, n = row.(*model.Announcement), rid
	} else {
		a.Publishing, a.Stamps = s.draftStamps()
		if in.Title == nil {
			return nil, apperr.Invalid("input.title", "is required")
		}
	}
	if err := input.Set(
		input.F("input.title", in.Title, &a.Title, input.MaxTitle, true),
		input.F("input.body", in.Body, &a.Body, input.MaxBody, false),
		input.F("input.category", in.Category, &a.Category, 50, false),
	); err != nil {
		return nil, err
	}
	if err := s.addressing(ctx, c, model.OwnerAnnouncement, n, &a.Addressing, in.Slug, in.SeoDescription, in.ShareImageID); err != nil {
		return nil, err
	}
	return a, s.persist(ctx, c, model.OwnerAnnouncement, id == nil, n, a, func() int64 { return a.ID }, version, in, nil)
}

// CreateCaseStudy writes a new draft case study.
func (s *Service) CreateCaseStudy(ctx context.Context, c *policies.Caller, in model.CaseStudyInput) (*model.CaseStudy, error) {
	return s.caseStudyWrite(ctx, c, nil, in, 0)
}

// UpdateCaseStudy changes the case study id (a global ID) at version.
func (s *Service) UpdateCaseStudy(ctx context.Context, c *policies.Caller, id string, in model.CaseStudyInput, version int) (*model.CaseStudy, error) {
	return s.caseStudyWrite(ctx, c, &id, in, version)
}

func (s *Service) caseStudyWrite(ctx context.Context, c *policies.Caller, id *string, in model.CaseStudyInput, version int) (*model.CaseStudy, error) {
	if err := writable(c, "caseStudy", nil); err != nil {
		return nil, err
	}
	cs := &model.CaseStudy{MunicipalityID: c.Municipality.ID, Category: model.CaseOther}
	var n int64
	if id != nil {
		row, rid, err := s.loadForWrite(ctx, c, *id, model.OwnerCaseStudy)
		if err != nil {
			return nil, err
		}
		cs, n = row.(*model.CaseStudy), rid
	} else {
		cs.Publishing, cs.Stamps = s.draftStamps()
		if in.Title == nil {
			return nil, apperr.Invalid("input.title", "is required")
		}
	}
	if err := input.Set(
		input.F("input.title", in.Title, &cs.Title, input.MaxTitle, true),
		input.F("input.locality", in.Locality, &cs.Locality, 100, false),
		input.F("input.program", in.Program, &cs.Program, 100, false),
		input.F("input.dateNote", in.DateNote, &cs.DateNote, 250, false),
		input.F("input.summary", in.Summary, &cs.Summary, input.MaxBody, false),
	); err != nil {
		return nil, err
	}
	if err := s.addressing(ctx, c, model.OwnerCaseStudy, n, &cs.Addressing, in.Slug, in.SeoDescription, in.ShareImageID); err != nil {
		return nil, err
	}
	if in.Category != nil {
		cs.Category = *in.Category
	}
	if in.StartOn != nil {
		cs.StartOn = *in.StartOn
	}
	if in.EndOn != nil {
		cs.EndOn = *in.EndOn
	}
	if cs.StartOn != "" && cs.EndOn != "" && cs.EndOn < cs.StartOn {
		return nil, apperr.Invalid("input.endOn", "is before startOn")
	}
	partners, err := s.organizationIDs(ctx, c, "input.partnerIds", in.PartnerIds)
	if err != nil {
		return nil, err
	}
	res, mer, err := childrenIn(in.Resources, in.Merits)
	if err != nil {
		return nil, err
	}
	if err := checkTags(in.Tags); err != nil {
		return nil, err
	}
	return cs, s.persist(ctx, c, model.OwnerCaseStudy, id == nil, n, cs, func() int64 { return cs.ID }, version, in,
		func(ctx context.Context, tx bun.IDB, owner store.OwnerKey) error {
			return setChildren(ctx, tx, cs.MunicipalityID, owner, partners, res, mer, in.Tags)
		})
}

// CreateChallenge writes a new draft challenge; a department only for itself.
func (s *Service) CreateChallenge(ctx context.Context, c *policies.Caller, in model.ChallengeInput) (*model.Challenge, error) {
	return s.challengeWrite(ctx, c, nil, in, 0)
}

// UpdateChallenge changes the challenge id (a global ID) at version.
func (s *Service) UpdateChallenge(ctx context.Context, c *policies.Caller, id string, in model.ChallengeInput, version int) (*model.Challenge, error) {
	return s.challengeWrite(ctx, c, &id, in, version)
}

func (s *Service) challengeWrite(ctx context.Context, c *policies.Caller, id *string, in model.ChallengeInput, version int) (*model.Challenge, error) {
	ch := &model.Challenge{}
	var n int64
	if id != nil {
		row, rid, err := s.loadForWrite(ctx, c, *id, model.OwnerChallenge)
		if err != nil {
			return nil, err
		}
		ch, n = row.(*model.Challenge), rid
	}
	before := ch.DepartmentID
	after, err := s.optDept(ctx, c, "input.departmentId", in.DepartmentID, before)
	if err != nil {
		return nil, err
	}
	if err := departmentWritable(c, "challenge", before, after, id != nil); err != nil {
		return nil, err
	}
	ch.DepartmentID = after
	if id == nil {
		ch.MunicipalityID = c.Municipality.ID
		ch.Publishing, ch.Stamps = s.draftStamps()
		if in.Title == nil {
			return nil, apperr.Invalid("input.title", "is required")
		}
	}
	if err := input.Set(
		input.F("input.title", in.Title, &ch.Title, input.MaxTitle, true),
		input.F("input.background", in.Background, &ch.Background, input.MaxBody, false),
		input.F("input.desiredOutcome", in.DesiredOutcome, &ch.DesiredOutcome, input.MaxBody, false),
	); err != nil {
		return nil, err
	}
	if err := s.addressing(ctx, c, model.OwnerChallenge, n, &ch.Addressing, in.Slug, in.SeoDescription, in.ShareImageID); err != nil {
		return nil, err
	}
	if in.OpensAt != nil {
		t := in.OpensAt.UTC()
		ch.OpensAt = &t
	}
	if in.ClosesAt != nil {
		t := in.ClosesAt.UTC()
		ch.ClosesAt = &t
	}
	if ch.OpensAt != nil && ch.ClosesAt != nil && !ch.ClosesAt.After(*ch.OpensAt) {
		return nil, apperr.Invalid("input.closesAt", "must be after opensAt")
	}
	if err := checkTags(in.Tags); err != nil {
		return nil, err
	}
	return ch, s.persist(ctx, c, model.OwnerChallenge, id == nil, n, ch, func() int64 { return ch.ID }, version, in,
		func(ctx context.Context, tx bun.IDB, owner store.OwnerKey) error {
			return setChildren(ctx, tx, ch.MunicipalityID, owner, nil, nil, nil, in.Tags)
		})
}

// CreateAgreement writes a new draft agreement.
func (s *Service) CreateAgreement(ctx context.Context, c *policies.Caller, in model.AgreementInput) (*model.Agreement, error) {
	return s.agreementWrite(ctx, c, nil, in, 0)
}

// UpdateAgreement changes the agreement id (a global ID) at version.
func (s *Service) UpdateAgreement(ctx context.Context, c *policies.Caller, id string, in model.AgreementInput, version int) (*model.Agreement, error) {
	return s.agreementWrite(ctx, c, &id, in, version)
}

func (s *Service) agreementWrite(ctx context.Context, c *policies.Caller, id *string, in model.AgreementInput, version int) (*model.Agreement, error) {
	if err := writable(c, "agreement", nil); err != nil {
		return nil, err
	}
	a := &model.Agreement{MunicipalityID: c.Municipality.ID, Kind: model.AgreementBusiness, Status: model.AgreementPlanned, Items: []string{}}
	var n int64
	if id != nil {
		row, rid, err := s.loadForWrite(ctx, c, *id, model.OwnerAgreement)
		if err != nil {
			return nil, err
		}
		a, n = row.(*model.Agreement), rid
	} else {
		a.Publishing, a.Stamps = s.draftStamps()
		if in.Title == nil {
			return nil, apperr.Invalid("input.title", "is required")
		}
	}
	if err := input.Set(
		input.F("input.title", in.Title, &a.Title, input.MaxTitle, true),
		input.F("input.purpose", in.Purpose, &a.Purpose, input.MaxBody, false),
	); err != nil {
		return nil, err
	}
	if err := s.addressing(ctx, c, model.OwnerAgreement, n, &a.Addressing, in.Slug, in.SeoDescription, in.ShareImageID); err != nil {
		return nil, err
	}
	if in.Kind != nil {
		a.Kind = *in.Kind
	}
	if in.Status != nil {
		a.Status = *in.Status
	}
	for _, d := range []struct {
		in  *model.Date
		out *model.Date
	}{{in.SignedOn, &a.SignedOn}, {in.TermStartOn, &a.TermStartOn}, {in.TermEndOn, &a.TermEndOn}} {
		if d.in != nil {
			*d.out = *d.in
		}
	}
	if a.TermStartOn != "" && a.TermEndOn != "" && a.TermEndOn < a.TermStartOn {
		return nil, apperr.Invalid("input.termEndOn", "is before termStartOn")
	}
	if in.Items != nil {
		items := make([]string, len(in.Items))
		for i, it := range in.Items {
			t, err := input.Text(fmt.Sprintf("input.items[%d]", i), it, true, input.MaxTitle)
			if err != nil {
				return nil, err
			}
			items[i] = t
		}
		a.Items = items
	}
	parties, err := s.organizationIDs(ctx, c, "input.partyIds", in.PartyIds)
	if err != nil {
		return nil, err
	}
	_, mer, err := childrenIn(nil, in.Merits)
	if err != nil {
		return nil, err
	}
	return a, s.persist(ctx, c, model.OwnerAgreement, id == nil, n, a, func() int64 { return a.ID }, version, in,
		func(ctx context.Context, tx bun.IDB, owner store.OwnerKey) error {
			return setChildren(ctx, tx, a.MunicipalityID, owner, parties, nil, mer, nil)
		})
}

// CreateProject writes a new draft project; a department only for itself.
func (s *Service) CreateProject(ctx context.Context, c *policies.Caller, in model.ProjectInput) (*model.Project, error) {
	return s.projectWrite(ctx, c, nil, in, 0)
}

// UpdateProject changes the project id (a global ID) at version.
func (s *Service) UpdateProject(ctx context.Context, c *policies.Caller, id string, in model.ProjectInput, version int) (*model.Project, error) {
	return s.projectWrite(ctx, c, &id, in, version)
}

func (s *Service) projectWrite(ctx context.Context, c *policies.Caller, id *string, in model.ProjectInput, version int) (*model.Project, error) {
	p := &model.Project{Kind: model.ProjectPartnership, Status: model.ProjectPlanned}
	var n int64
	if id != nil {
		row, rid, err := s.loadForWrite(ctx, c, *id, model.OwnerProject)
		if err != nil {
			return nil, err
		}
		p, n = row.(*model.Project), rid
	}
	before := p.LeadDepartmentID
	after, err := s.optDept(ctx, c, "input.leadDepartmentId", in.LeadDepartmentID, before)
	if err != nil {
		return nil, err
	}
	if err := departmentWritable(c, "project", before, after, id != nil); err != nil {
		return nil, err
	}
	p.LeadDepartmentID = after
	if id == nil {
		p.MunicipalityID = c.Municipality.ID
		p.Publishing, p.Stamps = s.draftStamps()
		if in.Title == nil {
			return nil, apperr.Invalid("input.title", "is required")
		}
	}
	if err := input.Set(
		input.F("input.title", in.Title, &p.Title, input.MaxTitle, true),
		input.F("input.summary", in.Summary, &p.Summary, input.MaxBody, false),
		input.F("input.site", in.Site, &p.Site, input.MaxAddress, false),
	); err != nil {
		return nil, err
	}
	if err := s.addressing(ctx, c, model.OwnerProject, n, &p.Addressing, in.Slug, in.SeoDescription, in.ShareImageID); err != nil {
		return nil, err
	}
	if in.Kind != nil {
		p.Kind = *in.Kind
	}
	if in.Status != nil {
		p.Status = *in.Status
	}
	if in.StartOn != nil {
		p.StartOn = *in.StartOn
	}
	if in.EndOn != nil {
		p.EndOn = *in.EndOn
	}
	if p.StartOn != "" && p.EndOn != "" && p.EndOn < p.StartOn {
		return nil, apperr.Invalid("input.endOn", "is before startOn")
	}
	if in.AgreementID != nil {
		ag, err := oneOf(ctx, c, "input.agreementId", *in.AgreementID, model.OwnerAgreement, s.store.AgreementsByID)
		if err != nil {
			return nil, err
		}
		p.AgreementID = &ag.ID
	}
	partners, err := s.organizationIDs(ctx, c, "input.partnerIds", in.PartnerIds)
	if err != nil {
		return nil, err
	}
	res, mer, err := childrenIn(in.Resources, in.Merits)
	if err != nil {
		return nil, err
	}
	return p, s.persist(ctx, c, model.OwnerProject, id == nil, n, p, func() int64 { return p.ID }, version, in,
		func(ctx context.Context, tx bun.IDB, owner store.OwnerKey) error {
			return setChildren(ctx, tx, p.MunicipalityID, owner, partners, res, mer, nil)
		})
}

// persist writes a created or updated content row, its structured children, its revision,
// audit entry and CONTENT_CHANGED webhook deliveries in one transaction. A change to live
// content by a caller the policy does not let change it directly is kept instead as a
// pending revision for the desk to publish, and row is reloaded as it stands live.
func (s *Service) persist(ctx context.Context, c *policies.Caller, t model.OwnerType, creating bool, n int64, row model.Node, id func() int64,
	version int, in any, children func(ctx context.Context, tx bun.IDB, owner store.OwnerKey) error) error {
	if !creating && store.Live(row) && !mayChangeLive(c, policies.EditLiveContent) {
		return s.propose(ctx, c, t, n, row, version, in)
	}
	return s.store.InTx(ctx, func(ctx context.Context, tx bun.Tx) error {
		if creating {
			if err := store.Insert(ctx, tx, row); err != nil {
				return err
			}
		} else if err := s.saved(ctx, tx, c, t, n, row, version, in); err != nil {
			return err
		}
		if children != nil {
			if err := children(ctx, tx, store.OwnerKey{Type: t, ID: id()}); err != nil {
				return err
			}
		}
		if err := customfield.Write(ctx, tx, c.Municipality.ID, store.OwnerKey{Type: t, ID: id()}, nil, customFieldsIn(in), s.now()); err != nil {
			return err
		}
		if creating {
			if err := store.AddRevision(ctx, tx, c.Municipality.ID, t, id(), row, actorOf(c), s.now()); err != nil {
				return err
			}
			if err := s.audit(ctx, tx, c, "content.create", string(t), id(), nil); err != nil {
				return err
			}
			if err := store.RememberCreated(ctx, tx, id()); err != nil {
				return err
			}
		}
		if err := s.store.Step(ctx, "revision"); err != nil {
			return err
		}
		p, _, _ := store.Parts(row)
		return s.event(ctx, tx, c, model.WebhookEventContentChanged, row, p.PublicationState)
	})
}

// saved writes an update with its version, and records it.
func (s *Service) saved(ctx context.Context, tx bun.IDB, c *policies.Caller, t model.OwnerType, id int64, row any, version int, changes any) error {
	ok, err := store.SaveContent(ctx, tx, t, row, id, c.Municipality.ID, version, actorOf(c), s.now())
	if err != nil {
		return err
	}
	if !ok {
		return stale(t, version)
	}
	return s.audit(ctx, tx, c, "content.update", string(t), id, audit.Fields(changes))
}

// mayChangeLive asks the policy whether the caller may act (editLive, deleteLive) on live
// content directly: the one place where the live-content rule is enforced.
func mayChangeLive(c *policies.Caller, act policies.Action) bool {
	_, ok := c.Scope(act)
	return ok
}

// propose keeps a change to live content as a pending revision, which the desk sees in
// revisions(id) (pending: true) and publishes with publish(id); the live row stays as it is.
// Structured lists (tags, partners, resources, merits) and custom field values are not part
// of a revision, so a pending change may not carry them.
func (s *Service) propose(ctx context.Context, c *policies.Caller, t model.OwnerType, n int64, row model.Node, version int, in any) error {
	for _, f := range []string{"tags", "partnerIds", "resources", "merits", "customFields"} {
		if v := reflect.ValueOf(in).FieldByNameFunc(func(name string) bool { return strings.EqualFold(name, f) }); v.IsValid() && !v.IsNil() {
			return apperr.Invalid("input."+f, "a change to published content waits for the desk as a revision and cannot change %s; ask the desk", f)
		}
	}
	var live any
	err := s.store.InTx(ctx, func(ctx context.Context, tx bun.Tx) error {
		ok, err := store.AddPendingRevision(ctx, tx, t, row, n, c.Municipality.ID, version, actorOf(c), s.now())
		if err != nil {
			return err
		}
		if !ok {
			return stale(t, version)
		}
		if live, _, err = store.Publishable(ctx, tx, c.Municipality.ID, t, n); err != nil {
			return err
		}
		fields := audit.Fields(in)
		fields["pending"] = true
		return s.audit(ctx, tx, c, "content.propose", string(t), n, fields)
	})
	if err != nil {
		return err
	}
	reflect.ValueOf(row).Elem().Set(reflect.ValueOf(live).Elem())
	return nil
}

// customFieldsIn answers the custom field values of a content input (nil: unchanged).
func customFieldsIn(in any) []*model.CustomFieldValueInput {
	switch x := in.(type) {
	case model.AnnouncementInput:
		return x.CustomFields
	case model.CaseStudyInput:
		return x.CustomFields
	case model.ChallengeInput:
		return x.CustomFields
	case model.AgreementInput:
		return x.CustomFields
	case model.ProjectInput:
		return x.CustomFields
	}
	return nil
}

func childrenIn(res []*model.ResourceInput, mer []*model.MeritInput) ([]*model.Resource, []*model.Merit, error) {
	var rs []*model.Resource
	var ms []*model.Merit
	for i, x := range res {
		d, err := input.Text(fmt.Sprintf("input.resources[%d].description", i), x.Description, true, input.MaxSummary)
		if err != nil {
			return nil, nil, err
		}
		rs = append(rs, &model.Resource{Side: x.Side, Kind: x.Kind, Description: d})
	}
	if res != nil && rs == nil {
		rs = []*model.Resource{}
	}
	for i, x := range mer {
		d, err := input.Text(fmt.Sprintf("input.merits[%d].description", i), x.Description, true, input.MaxSummary)
		if err != nil {
			return nil, nil, err
		}
		ms = append(ms, &model.Merit{Side: x.Side, Description: d})
	}
	if mer != nil && ms == nil {
		ms = []*model.Merit{}
	}
	return rs, ms, nil
}

func checkTags(tags []string) error {
	for i, t := range tags {
		if _, err := input.Text(fmt.Sprintf("input.tags[%d]", i), t, true, 50); err != nil {
			return err
		}
	}
	return nil
}

// setChildren replaces the structured lists that were given; nil lists stay as they are.
func setChildren(ctx context.Context, tx bun.IDB, mid int64, owner store.OwnerKey, partners []int64, res []*model.Resource, mer []*model.Merit, tags []string) error {
	if partners != nil {
		if err := store.SetPartners(ctx, tx, mid, owner, partners); err != nil {
			return err
		}
	}
	if res != nil {
		if err := store.SetResources(ctx, tx, mid, owner, res); err != nil {
			return err
		}
	}
	if mer != nil {
		if err := store.SetMerits(ctx, tx, mid, owner, mer); err != nil {
			return err
		}
	}
	if tags != nil {
		return store.SetTags(ctx, tx, mid, owner, tags)
	}
	return nil
}

// departmentOf answers the department a content row belongs to; nil for the desk's types.
func departmentOf(row any) *int64 {
	switch c := row.(type) {
	case *model.Challenge:
		return c.DepartmentID
	case *model.Project:
		return c.LeadDepartmentID
	}
	return nil
}

// oneOf answers one row by global ID through a by-ID store query that applies the caller's
// read scope; a row out of scope is NOT_FOUND exactly like a missing one.
func oneOf[T any](ctx context.Context, c *policies.Caller, field, id string, typ model.OwnerType, fetch func(context.Context, store.Viewer, []int64) ([]*T, error)) (*T, error) {
	n, err := input.ID(field, id, typ)
	if err != nil {
		return nil, err
	}
	rows, err := fetch(ctx, c.Viewer, []int64{n})
	if err != nil {
		return nil, err
	}
	if len(rows) == 0 {
		return nil, notFound(typ, id)
	}
	return rows[0], nil
}

// organizationIDs reads a list of organization IDs of the caller's municipality.
func (s *Service) organizationIDs(ctx context.Context, c *policies.Caller, field string, ids []string) ([]int64, error) {
	if ids == nil {
		return nil, nil
	}
	out := make([]int64, 0, len(ids))
	for i, pid := range ids {
		p, err := input.ID(fmt.Sprintf("%s[%d]", field, i), pid, model.OwnerOrganization)
		if err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	orgs, err := s.store.OrganizationsByID(ctx, c.Viewer, model.DistinctIDs(out))
	if err != nil {
		return nil, err
	}
	if len(orgs) != len(model.DistinctIDs(out)) {
		return nil, apperr.Invalid(field, "an organization is not one of this municipality's")
	}
	return out, nil
}

// optDept reads an optional department ID, which must be one of the municipality's.
func (s *Service) optDept(ctx context.Context, c *policies.Caller, field string, id *string, current *int64) (*int64, error) {
	if id == nil {
		return current, nil
	}
	d, err := oneOf(ctx, c, field, *id, model.OwnerDepartment, s.store.DepartmentsByID)
	if err != nil {
		if apperr.CodeOf(err) == apperr.NotFound {
			return nil, apperr.Invalid(field, "no such department in this municipality")
		}
		return nil, err
	}
	return &d.ID, nil
}

// Delete soft-deletes the content row id (a global ID of type t) the caller may write; live
// content only when the policy lets the caller change live content (the desk), so a
// department cannot take down what the desk published. The deletion, its audit entry and
// webhook deliveries commit together.
func (s *Service) Delete(ctx context.Context, c *policies.Caller, t model.OwnerType, id string) error {
	row, n, err := s.loadForWrite(ctx, c, id, t)
	if err != nil {
		return err
	}
	if err := writable(c, policies.ResourceOf(t), departmentOf(row)); err != nil {
		return err
	}
	if store.Live(row) && !mayChangeLive(c, policies.DeleteLiveContent) {
		return apperr.New(apperr.Forbidden, "published content is the desk's to delete; ask the desk")
	}
	p, _, _ := store.Parts(row)
	return s.store.InTx(ctx, func(ctx context.Context, tx bun.Tx) error {
		// Only the state that was checked may be deleted: a publication meanwhile wins.
		ok, err := store.SoftDelete(ctx, tx, t, c.Municipality.ID, n, p.Version)
		if err != nil {
			return err
		}
		if !ok {
			return apperr.New(apperr.Conflict, "the %s changed meanwhile; reload and try again", t)
		}
		if err := s.audit(ctx, tx, c, "content.delete", string(t), n, nil); err != nil {
			return err
		}
		return s.event(ctx, tx, c, model.WebhookEventContentUnpublished, row.(model.Node), model.StateDraft)
	})
}

// RestoreDeleted brings back a soft-deleted content row (the desk's right).
func (s *Service) RestoreDeleted(ctx context.Context, c *policies.Caller, id string) (model.Node, error) {
	if _, err := c.Authorize(policies.RestoreContent); err != nil {
		return nil, err
	}
	t, n, ok := model.ParseGlobalID(id)
	if !ok {
		return nil, input.NotAnID(id)
	}
	var row any
	err := s.store.InTx(ctx, func(ctx context.Context, tx bun.Tx) error {
		var err error
		if row, err = store.Undelete(ctx, tx, t, c.Municipality.ID, n, s.now()); err != nil {
			return err
		}
		if row == nil {
			return notFound(t, id)
		}
		return s.audit(ctx, tx, c, "content.restoreDeleted", string(t), n, nil)
	})
	if err != nil {
		return nil, err
	}
	return row.(model.Node), nil
}
