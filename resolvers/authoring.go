package resolvers

import (
	"context"
	"fmt"

	"github.com/uptrace/bun"

	"github.com/pppdesk/pppdesk/apperr"
	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/store"
)

// writable checks the write right on a content row: the desk everywhere, a department only
// for rows of its own department.
func (r *Resolver) writable(ctx context.Context, resource string, deptID *int64) (*Request, error) {
	req, scope, err := authorize(ctx, resource, "write")
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

// loadForWrite loads a content row for an update or delete: in any state, but only when the
// caller can read it, so a department never learns of another department's drafts.
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
	if sc := req.Viewer.Read(t); sc != model.ScopeAll {
		var visible int
		switch t {
		case model.OwnerChallenge:
			cs, err := r.Store.ChallengesByID(ctx, req.Viewer, []int64{n})
			if err != nil {
				return nil, 0, err
			}
			visible = len(cs)
		default:
			visible = 1 // published content is public; the write right decides the rest
		}
		if visible == 0 {
			return nil, 0, notFound(t, id)
		}
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
	if err := setTexts(
		textField{"input.title", in.Title, &a.Title, maxTitle, true},
		textField{"input.body", in.Body, &a.Body, maxBody, false},
		textField{"input.category", in.Category, &a.Category, 50, false},
	); err != nil {
		return nil, err
	}
	err = r.Store.InTx(ctx, func(ctx context.Context, tx bun.Tx) error {
		if id == nil {
			if err := store.Insert(ctx, tx, a); err != nil {
				return err
			}
			return r.created(ctx, tx, req, model.OwnerAnnouncement, a.ID, a)
		}
		return r.saved(ctx, tx, req, model.OwnerAnnouncement, n, a, version, in)
	})
	if err != nil {
		return nil, err
	}
	r.contentEvent(ctx, req, model.WebhookEventContentChanged, a, a.PublicationState)
	return a, nil
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
	if err := setTexts(
		textField{"input.title", in.Title, &c.Title, maxTitle, true},
		textField{"input.locality", in.Locality, &c.Locality, 100, false},
		textField{"input.program", in.Program, &c.Program, 100, false},
		textField{"input.dateNote", in.DateNote, &c.DateNote, 250, false},
		textField{"input.summary", in.Summary, &c.Summary, maxBody, false},
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
	var partners []int64
	if in.PartnerIds != nil {
		for i, pid := range in.PartnerIds {
			p, err := parseID(fmt.Sprintf("input.partnerIds[%d]", i), pid, model.OwnerOrganization)
			if err != nil {
				return nil, err
			}
			partners = append(partners, p)
		}
		orgs, err := r.Store.OrganizationsByID(ctx, req.Viewer, uniq(partners))
		if err != nil {
			return nil, err
		}
		if len(orgs) != len(uniq(partners)) {
			return nil, apperr.Invalid("input.partnerIds", "an organization is not one of this municipality's")
		}
	}
	res, mer, err := childrenIn(in.Resources, in.Merits)
	if err != nil {
		return nil, err
	}
	if err := checkTags(in.Tags); err != nil {
		return nil, err
	}
	err = r.Store.InTx(ctx, func(ctx context.Context, tx bun.Tx) error {
		if id == nil {
			if err := store.Insert(ctx, tx, c); err != nil {
				return err
			}
		} else if err := r.saved(ctx, tx, req, model.OwnerCaseStudy, n, c, version, in); err != nil {
			return err
		}
		owner := store.OwnerKey{Type: model.OwnerCaseStudy, ID: c.ID}
		if in.PartnerIds != nil {
			if err := store.SetPartners(ctx, tx, c.MunicipalityID, owner, partners); err != nil {
				return err
			}
		}
		if err := setChildren(ctx, tx, c.MunicipalityID, owner, res, mer, in.Tags); err != nil {
			return err
		}
		if id == nil {
			return r.created(ctx, tx, req, model.OwnerCaseStudy, c.ID, c)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	r.contentEvent(ctx, req, model.WebhookEventContentChanged, c, c.PublicationState)
	return c, nil
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
	if in.DepartmentID != nil {
		d, err := parseID("input.departmentId", *in.DepartmentID, model.OwnerDepartment)
		if err != nil {
			return nil, err
		}
		c.DepartmentID = &d
	}
	// The right is checked on the department the challenge has after the change, and for an
	// update also on the one it had, so a department can neither take nor give away others'.
	if id != nil {
		row, _, _ := r.loadForWrite(ctx, *id, model.OwnerChallenge)
		if _, err := r.writable(ctx, "challenge", row.(*model.Challenge).DepartmentID); err != nil {
			return nil, err
		}
	}
	req, err := r.writable(ctx, "challenge", c.DepartmentID)
	if err != nil {
		return nil, err
	}
	if id == nil {
		c.MunicipalityID = req.Municipality.ID
		c.Publishing, c.Stamps = draftStamps(r)
		if in.Title == nil {
			return nil, apperr.Invalid("input.title", "is required")
		}
	}
	if err := setTexts(
		textField{"input.title", in.Title, &c.Title, maxTitle, true},
		textField{"input.background", in.Background, &c.Background, maxBody, false},
		textField{"input.desiredOutcome", in.DesiredOutcome, &c.DesiredOutcome, maxBody, false},
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
	err = r.Store.InTx(ctx, func(ctx context.Context, tx bun.Tx) error {
		if id == nil {
			if err := store.Insert(ctx, tx, c); err != nil {
				return err
			}
		} else if err := r.saved(ctx, tx, req, model.OwnerChallenge, n, c, version, in); err != nil {
			return err
		}
		if err := setChildren(ctx, tx, c.MunicipalityID, store.OwnerKey{Type: model.OwnerChallenge, ID: c.ID}, nil, nil, in.Tags); err != nil {
			return err
		}
		if id == nil {
			return r.created(ctx, tx, req, model.OwnerChallenge, c.ID, c)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	r.contentEvent(ctx, req, model.WebhookEventContentChanged, c, c.PublicationState)
	return c, nil
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
		if _, err := text(fmt.Sprintf("input.tags[%d]", i), t, true, 50); err != nil {
			return err
		}
	}
	return nil
}

// setChildren replaces the structured lists that were given; nil lists stay as they are.
func setChildren(ctx context.Context, tx bun.IDB, mid int64, owner store.OwnerKey, res []*model.Resource, mer []*model.Merit, tags []string) error {
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

// deleteContent soft-deletes a content row the caller may write.
func (r *Resolver) deleteContent(ctx context.Context, id string, t model.OwnerType, resource string) (bool, error) {
	row, n, err := r.loadForWrite(ctx, id, t)
	if err != nil {
		return false, err
	}
	var dept *int64
	if c, ok := row.(*model.Challenge); ok {
		dept = c.DepartmentID
	}
	req, err := r.writable(ctx, resource, dept)
	if err != nil {
		return false, err
	}
	ok, err := store.SoftDelete(ctx, r.Store.DB, t, req.Municipality.ID, n)
	if err != nil || !ok {
		return false, err
	}
	r.contentEvent(ctx, req, model.WebhookEventContentUnpublished, row.(model.Node), model.StateDraft)
	return true, r.audit(ctx, r.Store.DB, req, "content.delete", string(t), n, nil)
}

func (r *Resolver) restoreDeleted(ctx context.Context, id string) (model.Node, error) {
	req, _, err := authorize(ctx, "content", "restore")
	if err != nil {
		return nil, err
	}
	t, n, ok := model.ParseGlobalID(id)
	if !ok {
		return nil, parseIDErr(id)
	}
	row, err := store.Undelete(ctx, r.Store.DB, t, req.Municipality.ID, n, r.now())
	if err != nil {
		return nil, err
	}
	if row == nil {
		return nil, notFound(t, id)
	}
	return row.(model.Node), r.audit(ctx, r.Store.DB, req, "content.restoreDeleted", string(t), n, nil)
}
