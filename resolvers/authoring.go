package resolvers

import (
	"context"
	"fmt"
	"reflect"
	"strings"

	"github.com/uptrace/bun"

	"github.com/pppdesk/pppdesk/apperr"
	"github.com/pppdesk/pppdesk/input"
	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/policies"
	"github.com/pppdesk/pppdesk/store"
)

// writable checks the write right on a content row: the desk everywhere, a department only
// for rows of its own department.
func (r *Resolver) writable(ctx context.Context, resource string, deptID *int64) (*Request, error) {
	req, scope, err := authorize(ctx, policies.WriteOf(resource))
	if err != nil {
		return nil, err
	}
	if !req.within(scope, nil, deptID, 0) {
		return nil, apperr.New(apperr.Forbidden, "you may only write %s of your own department", resource)
	}
	return req, nil
}

func actorOf(req *Request) *int64 {
	if req.User == nil {
		return nil
	}
	return &req.User.ID
}

func draftStamps(r *Resolver) (model.Publishing, model.Stamps) {
	now := r.now()
	return model.Publishing{PublicationState: model.StateDraft, Version: 1}, model.Stamps{CreatedAt: now, UpdatedAt: now}
}

// created records a new content row: its first revision, audit entry and webhook event.
func (r *Resolver) created(ctx context.Context, tx bun.IDB, req *Request, t model.OwnerType, id int64, row any) error {
	if err := store.AddRevision(ctx, tx, req.Municipality.ID, t, id, row, actorOf(req), r.now()); err != nil {
		return err
	}
	return r.audit(ctx, tx, req, "content.create", string(t), id, nil)
}

// loadForWrite loads a content row for an update or delete, only when the caller can read
// it (the same read scope as every read), so nobody learns of drafts they may not see.
func (r *Resolver) loadForWrite(ctx context.Context, id string, t model.OwnerType) (any, int64, error) {
	n, err := parseID("id", id, t)
	if err != nil {
		return nil, 0, err
	}
	req, err := request(ctx)
	if err != nil {
		return nil, 0, err
	}
	row, _, err := store.Publishable(ctx, r.Store.DB, req.Municipality.ID, t, n)
	if err != nil {
		return nil, 0, err
	}
	if row == nil {
		return nil, 0, notFound(t, id)
	}
	visible, err := store.ContentVisible(ctx, r.Store.DB, req.Viewer, t, n)
	if err != nil {
		return nil, 0, err
	}
	if !visible {
		return nil, 0, notFound(t, id)
	}
	return row, n, nil
}

// saved writes an update with its version, and records it.
func (r *Resolver) saved(ctx context.Context, tx bun.IDB, req *Request, t model.OwnerType, id int64, row any, version int, changes any) error {
	ok, err := store.SaveContent(ctx, tx, t, row, id, req.Municipality.ID, version, actorOf(req), r.now())
	if err != nil {
		return err
	}
	if !ok {
		return apperr.New(apperr.Conflict, "the %s was changed by someone else (version %d is stale); reload and try again", t, version)
	}
	return r.audit(ctx, tx, req, "content.update", string(t), id, changedFields(changes))
}

func (r *Resolver) announcementWrite(ctx context.Context, id *string, in model.AnnouncementInput, version int) (*model.Announcement, error) {
	req, err := r.writable(ctx, "announcement", nil)
	if err != nil {
		return nil, err
	}
	a := &model.Announcement{MunicipalityID: req.Municipality.ID}
	var n int64
	if id != nil {
		row, rid, err := r.loadForWrite(ctx, *id, model.OwnerAnnouncement)
		if err != nil {
			return nil, err
		}
		a, n = row.(*model.Announcement), rid
	} else {
		a.Publishing, a.Stamps = draftStamps(r)
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
	return a, r.persist(ctx, req, model.OwnerAnnouncement, id == nil, n, a, func() int64 { return a.ID }, version, in, nil)
}

func (r *Resolver) caseStudyWrite(ctx context.Context, id *string, in model.CaseStudyInput, version int) (*model.CaseStudy, error) {
	req, err := r.writable(ctx, "caseStudy", nil)
	if err != nil {
		return nil, err
	}
	c := &model.CaseStudy{MunicipalityID: req.Municipality.ID, Category: model.CaseOther}
	var n int64
	if id != nil {
		row, rid, err := r.loadForWrite(ctx, *id, model.OwnerCaseStudy)
		if err != nil {
			return nil, err
		}
		c, n = row.(*model.CaseStudy), rid
	} else {
		c.Publishing, c.Stamps = draftStamps(r)
		if in.Title == nil {
			return nil, apperr.Invalid("input.title", "is required")
		}
	}
	if err := input.Set(
		input.F("input.title", in.Title, &c.Title, input.MaxTitle, true),
		input.F("input.locality", in.Locality, &c.Locality, 100, false),
		input.F("input.program", in.Program, &c.Program, 100, false),
		input.F("input.dateNote", in.DateNote, &c.DateNote, 250, false),
		input.F("input.summary", in.Summary, &c.Summary, input.MaxBody, false),
	); err != nil {
		return nil, err
	}
	if in.Category != nil {
		c.Category = *in.Category
	}
	if in.StartOn != nil {
		c.StartOn = *in.StartOn
	}
	if in.EndOn != nil {
		c.EndOn = *in.EndOn
	}
	if c.StartOn != "" && c.EndOn != "" && c.EndOn < c.StartOn {
		return nil, apperr.Invalid("input.endOn", "is before startOn")
	}
	partners, err := r.organizationIDs(ctx, req, "input.partnerIds", in.PartnerIds)
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
	return c, r.persist(ctx, req, model.OwnerCaseStudy, id == nil, n, c, func() int64 { return c.ID }, version, in,
		func(ctx context.Context, tx bun.IDB, owner store.OwnerKey) error {
			return setChildren(ctx, tx, c.MunicipalityID, owner, partners, res, mer, in.Tags)
		})
}

func (r *Resolver) challengeWrite(ctx context.Context, id *string, in model.ChallengeInput, version int) (*model.Challenge, error) {
	c := &model.Challenge{}
	var n int64
	if id != nil {
		row, rid, err := r.loadForWrite(ctx, *id, model.OwnerChallenge)
		if err != nil {
			return nil, err
		}
		c, n = row.(*model.Challenge), rid
	}
	before := c.DepartmentID
	after, err := r.optDept(ctx, "input.departmentId", in.DepartmentID, before)
	if err != nil {
		return nil, err
	}
	req, err := r.departmentWritable(ctx, "challenge", before, after, id)
	if err != nil {
		return nil, err
	}
	c.DepartmentID = after
	if id == nil {
		c.MunicipalityID = req.Municipality.ID
		c.Publishing, c.Stamps = draftStamps(r)
		if in.Title == nil {
			return nil, apperr.Invalid("input.title", "is required")
		}
	}
	if err := input.Set(
		input.F("input.title", in.Title, &c.Title, input.MaxTitle, true),
		input.F("input.background", in.Background, &c.Background, input.MaxBody, false),
		input.F("input.desiredOutcome", in.DesiredOutcome, &c.DesiredOutcome, input.MaxBody, false),
	); err != nil {
		return nil, err
	}
	if in.OpensAt != nil {
		t := in.OpensAt.UTC()
		c.OpensAt = &t
	}
	if in.ClosesAt != nil {
		t := in.ClosesAt.UTC()
		c.ClosesAt = &t
	}
	if c.OpensAt != nil && c.ClosesAt != nil && !c.ClosesAt.After(*c.OpensAt) {
		return nil, apperr.Invalid("input.closesAt", "must be after opensAt")
	}
	if err := checkTags(in.Tags); err != nil {
		return nil, err
	}
	return c, r.persist(ctx, req, model.OwnerChallenge, id == nil, n, c, func() int64 { return c.ID }, version, in,
		func(ctx context.Context, tx bun.IDB, owner store.OwnerKey) error {
			return setChildren(ctx, tx, c.MunicipalityID, owner, nil, nil, nil, in.Tags)
		})
}

// persist writes a created or updated content row, its structured children, its revision,
// audit entry and CONTENT_CHANGED webhook deliveries in one transaction. A change to live
// content by a caller the policy does not let change it directly is kept instead as a
// pending revision for the desk to publish, and row is reloaded as it stands live.
func (r *Resolver) persist(ctx context.Context, req *Request, t model.OwnerType, creating bool, n int64, row model.Node, id func() int64,
	version int, in any, children func(ctx context.Context, tx bun.IDB, owner store.OwnerKey) error) error {
	if !creating && store.Live(row) && !r.mayChangeLive(req, policies.EditLiveContent) {
		return r.propose(ctx, req, t, n, row, version, in)
	}
	return r.Store.InTx(ctx, func(ctx context.Context, tx bun.Tx) error {
		if creating {
			if err := store.Insert(ctx, tx, row); err != nil {
				return err
			}
		} else if err := r.saved(ctx, tx, req, t, n, row, version, in); err != nil {
			return err
		}
		if children != nil {
			if err := children(ctx, tx, store.OwnerKey{Type: t, ID: id()}); err != nil {
				return err
			}
		}
		if creating {
			if err := r.created(ctx, tx, req, t, id(), row); err != nil {
				return err
			}
			if err := store.RememberCreated(ctx, tx, id()); err != nil {
				return err
			}
		}
		if err := r.Store.Step(ctx, "revision"); err != nil {
			return err
		}
		p, _, _ := store.Parts(row)
		return r.contentEvent(ctx, tx, req, model.WebhookEventContentChanged, row, p.PublicationState)
	})
}

// mayChangeLive asks the policy whether the caller may act (editLive, deleteLive) on live
// content directly: the one place where the live-content rule is enforced.
func (r *Resolver) mayChangeLive(req *Request, act policies.Action) bool {
	_, ok := req.Scope(act)
	return ok
}

// propose keeps a change to live content as a pending revision, which the desk sees in
// revisions(id) (pending: true) and publishes with publish(id); the live row stays as it is.
// Structured lists (tags, partners, resources, merits) are not part of a revision, so a
// pending change may not carry them.
func (r *Resolver) propose(ctx context.Context, req *Request, t model.OwnerType, n int64, row model.Node, version int, in any) error {
	for _, f := range []string{"tags", "partnerIds", "resources", "merits"} {
		if v := reflect.ValueOf(in).FieldByNameFunc(func(name string) bool { return strings.EqualFold(name, f) }); v.IsValid() && !v.IsNil() {
			return apperr.Invalid("input."+f, "a change to published content waits for the desk as a revision and cannot change %s; ask the desk", f)
		}
	}
	var live any
	err := r.Store.InTx(ctx, func(ctx context.Context, tx bun.Tx) error {
		ok, err := store.AddPendingRevision(ctx, tx, t, row, n, req.Municipality.ID, version, actorOf(req), r.now())
		if err != nil {
			return err
		}
		if !ok {
			return apperr.New(apperr.Conflict, "the %s was changed by someone else (version %d is stale); reload and try again", t, version)
		}
		if live, _, err = store.Publishable(ctx, tx, req.Municipality.ID, t, n); err != nil {
			return err
		}
		fields := changedFields(in)
		fields["pending"] = true
		return r.audit(ctx, tx, req, "content.propose", string(t), n, fields)
	})
	if err != nil {
		return err
	}
	reflect.ValueOf(row).Elem().Set(reflect.ValueOf(live).Elem())
	return nil
}

func childrenIn(res []*model.ResourceInput, mer []*model.MeritInput) ([]*model.Resource, []*model.Merit, error) {
	var rs []*model.Resource
	var ms []*model.Merit
	var err error
	if res != nil {
		if rs, err = resourcesIn("input.resources", res); err != nil {
			return nil, nil, err
		}
	}
	if mer != nil {
		if ms, err = meritsIn("input.merits", mer); err != nil {
			return nil, nil, err
		}
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

// deleteContent soft-deletes a content row the caller may write; live content only when
// the policy lets the caller change live content (the desk), so a department cannot take
// down what the desk published. The deletion, its audit entry and webhook deliveries commit
// together.
func (r *Resolver) deleteContent(ctx context.Context, id string, t model.OwnerType, resource string) (bool, error) {
	row, n, err := r.loadForWrite(ctx, id, t)
	if err != nil {
		return false, err
	}
	req, err := r.writable(ctx, resource, departmentOf(row))
	if err != nil {
		return false, err
	}
	if store.Live(row) && !r.mayChangeLive(req, policies.DeleteLiveContent) {
		return false, apperr.New(apperr.Forbidden, "published content is the desk's to delete; ask the desk")
	}
	p, _, _ := store.Parts(row)
	err = r.Store.InTx(ctx, func(ctx context.Context, tx bun.Tx) error {
		// Only the state that was checked may be deleted: a publication meanwhile wins.
		ok, err := store.SoftDelete(ctx, tx, t, req.Municipality.ID, n, p.Version)
		if err != nil {
			return err
		}
		if !ok {
			return apperr.New(apperr.Conflict, "the %s changed meanwhile; reload and try again", t)
		}
		if err := r.audit(ctx, tx, req, "content.delete", string(t), n, nil); err != nil {
			return err
		}
		return r.contentEvent(ctx, tx, req, model.WebhookEventContentUnpublished, row.(model.Node), model.StateDraft)
	})
	if err != nil {
		return false, err
	}
	return true, nil
}

func (r *Resolver) restoreDeleted(ctx context.Context, id string) (model.Node, error) {
	req, _, err := authorize(ctx, policies.RestoreContent)
	if err != nil {
		return nil, err
	}
	t, n, ok := model.ParseGlobalID(id)
	if !ok {
		return nil, parseIDErr(id)
	}
	var row any
	err = r.Store.InTx(ctx, func(ctx context.Context, tx bun.Tx) error {
		var err error
		if row, err = store.Undelete(ctx, tx, t, req.Municipality.ID, n, r.now()); err != nil {
			return err
		}
		if row == nil {
			return notFound(t, id)
		}
		return r.audit(ctx, tx, req, "content.restoreDeleted", string(t), n, nil)
	})
	if err != nil {
		return nil, err
	}
	return row.(model.Node), nil
}

// organizationIDs reads a list of organization IDs of the caller's municipality.
func (r *Resolver) organizationIDs(ctx context.Context, req *Request, field string, ids []string) ([]int64, error) {
	if ids == nil {
		return nil, nil
	}
	out := make([]int64, 0, len(ids))
	for i, pid := range ids {
		p, err := parseID(fmt.Sprintf("%s[%d]", field, i), pid, model.OwnerOrganization)
		if err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	orgs, err := r.Store.OrganizationsByID(ctx, req.Viewer, uniq(out))
	if err != nil {
		return nil, err
	}
	if len(orgs) != len(uniq(out)) {
		return nil, apperr.Invalid(field, "an organization is not one of this municipality's")
	}
	return out, nil
}

// departmentWritable checks the write right for a row owned by a department, before and
// after the change, so a department can neither take nor give away another's work.
func (r *Resolver) departmentWritable(ctx context.Context, resource string, before, after *int64, id *string) (*Request, error) {
	if id != nil {
		if _, err := r.writable(ctx, resource, before); err != nil {
			return nil, err
		}
	}
	return r.writable(ctx, resource, after)
}

// optDept reads an optional department ID, which must be one of the municipality's.
func (r *Resolver) optDept(ctx context.Context, field string, id *string, current *int64) (*int64, error) {
	if id == nil {
		return current, nil
	}
	d, err := oneOf(ctx, field, *id, model.OwnerDepartment, r.Store.DepartmentsByID)
	if err != nil {
		if apperr.CodeOf(err) == apperr.NotFound {
			return nil, apperr.Invalid(field, "no such department in this municipality")
		}
		return nil, err
	}
	return &d.ID, nil
}

func (r *Resolver) agreementWrite(ctx context.Context, id *string, in model.AgreementInput, version int) (*model.Agreement, error) {
	req, err := r.writable(ctx, "agreement", nil)
	if err != nil {
		return nil, err
	}
	a := &model.Agreement{MunicipalityID: req.Municipality.ID, Kind: model.AgreementBusiness, Status: model.AgreementPlanned, Items: []string{}}
	var n int64
	if id != nil {
		row, rid, err := r.loadForWrite(ctx, *id, model.OwnerAgreement)
		if err != nil {
			return nil, err
		}
		a, n = row.(*model.Agreement), rid
	} else {
		a.Publishing, a.Stamps = draftStamps(r)
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
	parties, err := r.organizationIDs(ctx, req, "input.partyIds", in.PartyIds)
	if err != nil {
		return nil, err
	}
	_, mer, err := childrenIn(nil, in.Merits)
	if err != nil {
		return nil, err
	}
	return a, r.persist(ctx, req, model.OwnerAgreement, id == nil, n, a, func() int64 { return a.ID }, version, in,
		func(ctx context.Context, tx bun.IDB, owner store.OwnerKey) error {
			return setChildren(ctx, tx, a.MunicipalityID, owner, parties, nil, mer, nil)
		})
}

func (r *Resolver) projectWrite(ctx context.Context, id *string, in model.ProjectInput, version int) (*model.Project, error) {
	p := &model.Project{Kind: model.ProjectPartnership, Status: model.ProjectPlanned}
	var n int64
	if id != nil {
		row, rid, err := r.loadForWrite(ctx, *id, model.OwnerProject)
		if err != nil {
			return nil, err
		}
		p, n = row.(*model.Project), rid
	}
	before := p.LeadDepartmentID
	after, err := r.optDept(ctx, "input.leadDepartmentId", in.LeadDepartmentID, before)
	if err != nil {
		return nil, err
	}
	req, err := r.departmentWritable(ctx, "project", before, after, id)
	if err != nil {
		return nil, err
	}
	p.LeadDepartmentID = after
	if id == nil {
		p.MunicipalityID = req.Municipality.ID
		p.Publishing, p.Stamps = draftStamps(r)
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
		ag, err := oneOf(ctx, "input.agreementId", *in.AgreementID, model.OwnerAgreement, r.Store.AgreementsByID)
		if err != nil {
			return nil, err
		}
		p.AgreementID = &ag.ID
	}
	partners, err := r.organizationIDs(ctx, req, "input.partnerIds", in.PartnerIds)
	if err != nil {
		return nil, err
	}
	res, mer, err := childrenIn(in.Resources, in.Merits)
	if err != nil {
		return nil, err
	}
	return p, r.persist(ctx, req, model.OwnerProject, id == nil, n, p, func() int64 { return p.ID }, version, in,
		func(ctx context.Context, tx bun.IDB, owner store.OwnerKey) error {
			return setChildren(ctx, tx, p.MunicipalityID, owner, partners, res, mer, nil)
		})
}
