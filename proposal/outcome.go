package proposal

import (
	"context"

	"github.com/uptrace/bun"

	"github.com/pppdesk/pppdesk/apperr"
	"github.com/pppdesk/pppdesk/input"
	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/notify"
	"github.com/pppdesk/pppdesk/policies"
	"github.com/pppdesk/pppdesk/store"
)

// Outcome names what an accepted proposal led to: an existing project or agreement by ID, or
// a new draft one made from the proposal.
type Outcome struct {
	ProjectID, AgreementID *int64
	NewProject             *model.NewOutcomeProjectInput
	NewAgreement           *model.NewOutcomeAgreementInput
}

// Link ties an accepted proposal to the project and/or agreement that came out of it:
// existing ones by ID, or new drafts made from the proposal (its title, summary,
// organization as partner, resources and merits), which the desk then completes.
func (s *Service) Link(ctx context.Context, c *policies.Caller, id int64, o Outcome) (*model.Proposal, error) {
	p, err := s.findFor(ctx, c, id, model.ProposalActionLink)
	if err != nil {
		return nil, err
	}
	if err := inState(p, model.ProposalActionLink); err != nil {
		return nil, err
	}
	if o.ProjectID != nil && o.NewProject != nil {
		return nil, apperr.Invalid("newProject", "give projectId or newProject, not both")
	}
	if o.AgreementID != nil && o.NewAgreement != nil {
		return nil, apperr.Invalid("newAgreement", "give agreementId or newAgreement, not both")
	}
	if o.ProjectID == nil && o.AgreementID == nil && o.NewProject == nil && o.NewAgreement == nil {
		return nil, apperr.Invalid("projectId", "give a project or an agreement, existing or new")
	}
	// A new outcome replaces nothing: a proposal that already has one keeps it, so a link
	// sent twice (a retry, or two clients at once) creates one project or agreement, not two.
	if (o.NewProject != nil && p.ProjectID != nil) || (o.NewAgreement != nil && p.AgreementID != nil) {
		return nil, apperr.New(apperr.Conflict, "the proposal already has this outcome; link it by its ID instead")
	}
	beforeProject, beforeAgreement := p.ProjectID, p.AgreementID
	var cols []string
	changes := map[string]any{}
	if o.ProjectID != nil {
		prs, err := s.store.ProjectsByID(ctx, c.Viewer, []int64{*o.ProjectID})
		if err != nil {
			return nil, err
		}
		if len(prs) == 0 {
			return nil, notFound(model.OwnerProject, *o.ProjectID)
		}
		p.ProjectID, cols, changes["projectId"] = &prs[0].ID, append(cols, "project_id"), prs[0].GetID()
	}
	if o.AgreementID != nil {
		ags, err := s.store.AgreementsByID(ctx, c.Viewer, []int64{*o.AgreementID})
		if err != nil {
			return nil, err
		}
		if len(ags) == 0 {
			return nil, notFound(model.OwnerAgreement, *o.AgreementID)
		}
		p.AgreementID, cols, changes["agreementId"] = &ags[0].ID, append(cols, "agreement_id"), ags[0].GetID()
	}
	if o.NewProject == nil && o.NewAgreement == nil && sameLink(beforeProject, p.ProjectID) && sameLink(beforeAgreement, p.AgreementID) {
		return p, nil // the links are already so: nothing to record
	}
	title := func(t *string, field string) (string, error) {
		if t == nil {
			return p.Title, nil
		}
		return input.Text(field, *t, true, input.MaxTitle)
	}
	now := s.now()
	draft := model.Publishing{PublicationState: model.StateDraft, Version: 1}
	var proj *model.Project
	var agr *model.Agreement
	if o.NewProject != nil {
		t, err := title(o.NewProject.Title, "newProject.title")
		if err != nil {
			return nil, err
		}
		proj = &model.Project{MunicipalityID: p.MunicipalityID, Kind: o.NewProject.Kind, Title: t, Summary: p.Summary, Status: model.ProjectPlanned,
			OriginProposalID: &p.ID, Publishing: draft, Stamps: model.Stamps{CreatedAt: now, UpdatedAt: now}}
		cols = append(cols, "project_id")
	}
	if o.NewAgreement != nil {
		t, err := title(o.NewAgreement.Title, "newAgreement.title")
		if err != nil {
			return nil, err
		}
		agr = &model.Agreement{MunicipalityID: p.MunicipalityID, Kind: o.NewAgreement.Kind, Title: t, Purpose: p.Summary, Items: []string{},
			Status: model.AgreementPlanned, OriginProposalID: &p.ID, Publishing: draft, Stamps: model.Stamps{CreatedAt: now, UpdatedAt: now}}
		cols = append(cols, "agreement_id")
	}
	p.UpdatedAt = now
	err = s.store.InTx(ctx, func(ctx context.Context, tx bun.Tx) error {
		if agr != nil {
			if err := store.Insert(ctx, tx, agr); err != nil {
				return err
			}
			owner := store.OwnerKey{Type: model.OwnerAgreement, ID: agr.ID}
			if err := store.SetPartners(ctx, tx, p.MunicipalityID, owner, []int64{p.OrganizationID}); err != nil {
				return err
			}
			p.AgreementID, changes["newAgreement"] = &agr.ID, agr.GetID()
		}
		if proj != nil {
			proj.AgreementID = p.AgreementID
			if err := store.Insert(ctx, tx, proj); err != nil {
				return err
			}
			if err := copyChildren(ctx, tx, p, store.OwnerKey{Type: model.OwnerProject, ID: proj.ID}); err != nil {
				return err
			}
			p.ProjectID, changes["newProject"] = &proj.ID, proj.GetID()
		}
		ok, err := store.SaveProposal(ctx, tx, p, p.Version, fromLink, cols...)
		if err != nil {
			return err
		}
		if !ok {
			return errChanged
		}
		return s.record(ctx, tx, c, p, "LINK", p.Status, p.Status, "", changes)
	})
	if err != nil {
		return nil, err
	}
	return p, nil
}

// sameLink reports whether a link is what it was.
func sameLink(before, after *int64) bool {
	return (before == nil) == (after == nil) && (before == nil || *before == *after)
}

// copyChildren gives a new project the proposal's organization as partner and its resources
// and merits, so the desk starts from what was proposed.
func copyChildren(ctx context.Context, tx bun.IDB, p *model.Proposal, owner store.OwnerKey) error {
	if err := store.SetPartners(ctx, tx, p.MunicipalityID, owner, []int64{p.OrganizationID}); err != nil {
		return err
	}
	v := store.Viewer{MunicipalityID: p.MunicipalityID}
	key := store.OwnerKey{Type: model.OwnerProposal, ID: p.ID}
	res, err := store.ResourcesIn(ctx, tx, v, []store.OwnerKey{key})
	if err != nil {
		return err
	}
	if err := store.SetResources(ctx, tx, p.MunicipalityID, owner, res[key]); err != nil {
		return err
	}
	mer, err := store.MeritsIn(ctx, tx, v, []store.OwnerKey{key})
	if err != nil {
		return err
	}
	return store.SetMerits(ctx, tx, p.MunicipalityID, owner, mer[key])
}

// PostMessage adds a message of the dialogue, or an internal note (庁内メモ) the proposer
// never sees; a message tells the other side by mail.
func (s *Service) PostMessage(ctx context.Context, c *policies.Caller, id int64, body string, internal bool) (*model.Proposal, error) {
	act := rules[model.ProposalActionMessage].policy
	if internal {
		act = rules[model.ProposalActionInternalNote].policy
	}
	p, err := s.find(ctx, c, id, act)
	if err != nil {
		return nil, err
	}
	if body, err = input.Text("body", body, true, input.MaxMessage); err != nil {
		return nil, err
	}
	action := model.ProposalActionMessage
	if internal {
		action = model.ProposalActionInternalNote
	}
	if err := inState(p, action); err != nil {
		return nil, err
	}
	allowed := rules[action].from
	m := &model.ProposalMessage{MunicipalityID: p.MunicipalityID, ProposalID: p.ID, AuthorID: c.User.ID, Body: body, Internal: internal, CreatedAt: s.now()}
	err = s.store.InTx(ctx, func(ctx context.Context, tx bun.Tx) error {
		ok, err := store.GuardProposal(ctx, tx, p.MunicipalityID, p.ID, allowed)
		if err != nil {
			return err
		}
		if !ok {
			return apperr.New(apperr.Conflict, "the proposal changed meanwhile and can no longer be discussed; reload")
		}
		if err := store.Insert(ctx, tx, m); err != nil {
			return err
		}
		if err := store.RememberCreated(ctx, tx, m.ID); err != nil {
			return err
		}
		if err := s.audit(ctx, tx, c, "proposal.message", p.ID, map[string]any{"internal": internal}); err != nil {
			return err
		}
		if internal {
			return nil
		}
		var msgs []notify.Message
		in := info(c, p)
		if c.Role() == model.RoleProposer {
			desk, err := store.UsersWithRole(ctx, tx, p.MunicipalityID, model.RoleDesk, nil)
			if err != nil {
				return err
			}
			for _, d := range desk {
				msgs = append(msgs, notify.MessagePosted(d.Email, in, "提案者 / the proposer"))
			}
		} else {
			u, err := creator(ctx, tx, p)
			if err != nil {
				return err
			}
			if u != nil {
				msgs = append(msgs, notify.MessagePosted(u.Email, in, c.Municipality.DeskName))
			}
		}
		return s.queue(ctx, tx, p.MunicipalityID, msgs)
	})
	if err != nil {
		return nil, err
	}
	return p, nil
}
