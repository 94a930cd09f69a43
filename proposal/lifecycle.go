package proposal

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/uptrace/bun"

	"github.com/pppdesk/pppdesk/apperr"
	"github.com/pppdesk/pppdesk/audit"
	"github.com/pppdesk/pppdesk/auth"
	"github.com/pppdesk/pppdesk/customfield"
	"github.com/pppdesk/pppdesk/input"
	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/notify"
	"github.com/pppdesk/pppdesk/policies"
	"github.com/pppdesk/pppdesk/store"
)

func resourcesIn(field string, in []*model.ResourceInput) ([]*model.Resource, error) {
	out := make([]*model.Resource, len(in))
	for i, x := range in {
		d, err := input.Text(fmt.Sprintf("%s[%d].description", field, i), x.Description, true, input.MaxSummary)
		if err != nil {
			return nil, err
		}
		out[i] = &model.Resource{Side: x.Side, Kind: x.Kind, Description: d}
	}
	return out, nil
}

func meritsIn(field string, in []*model.MeritInput) ([]*model.Merit, error) {
	out := make([]*model.Merit, len(in))
	for i, x := range in {
		d, err := input.Text(fmt.Sprintf("%s[%d].description", field, i), x.Description, true, input.MaxSummary)
		if err != nil {
			return nil, err
		}
		out[i] = &model.Merit{Side: x.Side, Description: d}
	}
	return out, nil
}

// fields are the shared fields of create and update inputs.
type fields struct {
	Title, Summary, Body, DesiredScheme *string
	Resources                           []*model.ResourceInput
	Merits                              []*model.MeritInput
	Contact                             *model.ContactInput
}

func (f fields) apply(p *model.Proposal) (res []*model.Resource, mer []*model.Merit, err error) {
	if err := input.Set(
		input.F("input.title", f.Title, &p.Title, input.MaxTitle, true),
		input.F("input.summary", f.Summary, &p.Summary, input.MaxSummary, false),
		input.F("input.body", f.Body, &p.Body, input.MaxBody, false),
		input.F("input.desiredScheme", f.DesiredScheme, &p.DesiredScheme, input.MaxScheme, false),
	); err != nil {
		return nil, nil, err
	}
	if c := f.Contact; c != nil {
		if p.ContactAffiliation, err = input.Text("input.contact.affiliation", c.Affiliation, false, input.MaxContact); err != nil {
			return nil, nil, err
		}
		if p.ContactName, err = input.Text("input.contact.name", c.Name, true, input.MaxContact); err != nil {
			return nil, nil, err
		}
		if p.ContactEmail, err = auth.NormalizeEmail("input.contact.email", c.Email); err != nil {
			return nil, nil, err
		}
		if p.ContactPhone, err = input.Text("input.contact.phone", c.Phone, true, 30); err != nil {
			return nil, nil, err
		}
	}
	if f.Resources != nil {
		if res, err = resourcesIn("input.resources", f.Resources); err != nil {
			return nil, nil, err
		}
	}
	if f.Merits != nil {
		if mer, err = meritsIn("input.merits", f.Merits); err != nil {
			return nil, nil, err
		}
	}
	return res, mer, nil
}

func children(ctx context.Context, tx bun.IDB, p *model.Proposal, res []*model.Resource, mer []*model.Merit) error {
	owner := store.OwnerKey{Type: model.OwnerProposal, ID: p.ID}
	if res != nil {
		if err := store.SetResources(ctx, tx, p.MunicipalityID, owner, res); err != nil {
			return err
		}
	}
	if mer != nil {
		return store.SetMerits(ctx, tx, p.MunicipalityID, owner, mer)
	}
	return nil
}

// Create starts a draft proposal of the caller's organization; challengeID (parsed from
// in.ChallengeID) names the open challenge it answers.
func (s *Service) Create(ctx context.Context, c *policies.Caller, in model.CreateProposalInput, challengeID *int64) (*model.Proposal, error) {
	if _, err := c.Authorize(policies.CreateProposal); err != nil {
		return nil, err
	}
	if c.OrganizationID == 0 {
		return nil, apperr.New(apperr.Forbidden, "only a proposer of an organization can propose")
	}
	now := s.now()
	p := &model.Proposal{MunicipalityID: c.Municipality.ID, Kind: in.Kind, OrganizationID: c.OrganizationID,
		CreatedByID: c.User.ID, Status: model.ProposalDraft, Version: 1, Stamps: model.Stamps{CreatedAt: now, UpdatedAt: now}}
	switch in.Kind {
	case model.ProposalChallenge:
		if challengeID == nil {
			return nil, apperr.Invalid("input.challengeId", "is required for a CHALLENGE proposal")
		}
		cs, err := s.store.ChallengesByID(ctx, c.Viewer, []int64{*challengeID})
		if err != nil {
			return nil, err
		}
		if len(cs) == 0 {
			return nil, notFound(model.OwnerChallenge, *challengeID)
		}
		if !cs[0].IsOpenAt(c.Now) {
			return nil, apperr.New(apperr.Conflict, "the challenge %q is not open for proposals now", cs[0].Title)
		}
		p.ChallengeID = &cs[0].ID
	case model.ProposalFree:
		if challengeID != nil {
			return nil, apperr.Invalid("input.challengeId", "a FREE proposal answers no challenge; use kind CHALLENGE")
		}
	}
	res, mer, err := fields{&in.Title, in.Summary, in.Body, in.DesiredScheme, in.Resources, in.Merits, in.Contact}.apply(p)
	if err != nil {
		return nil, err
	}
	err = s.store.InTx(ctx, func(ctx context.Context, tx bun.Tx) error {
		if err := store.Insert(ctx, tx, p); err != nil {
			return err
		}
		if err := children(ctx, tx, p, res, mer); err != nil {
			return err
		}
		if err := customfield.Write(ctx, tx, p.MunicipalityID, store.OwnerKey{Type: model.OwnerProposal, ID: p.ID}, customfield.Writable(c, &p.OrganizationID), in.CustomFields, now); err != nil {
			return err
		}
		if err := store.RememberCreated(ctx, tx, p.ID); err != nil {
			return err
		}
		return s.record(ctx, tx, c, p, "CREATE", "", model.ProposalDraft, "", nil)
	})
	if err != nil {
		return nil, err
	}
	return p, nil
}

// Update edits a draft at the version the caller read.
func (s *Service) Update(ctx context.Context, c *policies.Caller, id int64, in model.UpdateProposalInput, version int) (*model.Proposal, error) {
	p, err := s.findFor(ctx, c, id, model.ProposalActionUpdate)
	if err != nil {
		return nil, err
	}
	if err := inState(p, model.ProposalActionUpdate); err != nil {
		return nil, err
	}
	res, mer, err := fields{in.Title, in.Summary, in.Body, in.DesiredScheme, in.Resources, in.Merits, in.Contact}.apply(p)
	if err != nil {
		return nil, err
	}
	p.UpdatedAt = s.now()
	err = s.store.InTx(ctx, func(ctx context.Context, tx bun.Tx) error {
		ok, err := store.SaveProposal(ctx, tx, p, version, fromEditable, "title", "summary", "body", "desired_scheme",
			"contact_affiliation", "contact_name", "contact_email", "contact_phone")
		if err != nil {
			return err
		}
		if !ok {
			return apperr.New(apperr.Conflict, "the proposal was changed by someone else or is no longer a draft (version %d is stale); reload and try again", version)
		}
		if err := children(ctx, tx, p, res, mer); err != nil {
			return err
		}
		if err := customfield.Write(ctx, tx, p.MunicipalityID, store.OwnerKey{Type: model.OwnerProposal, ID: p.ID}, customfield.Writable(c, &p.OrganizationID), in.CustomFields, p.UpdatedAt); err != nil {
			return err
		}
		return s.audit(ctx, tx, c, "proposal.update", p.ID, audit.Fields(in))
	})
	if err != nil {
		return nil, err
	}
	return p, nil
}

// Submit hands a complete draft to the desk, recording the version of the terms accepted.
func (s *Service) Submit(ctx context.Context, c *policies.Caller, id int64, acceptTerms bool) (*model.Proposal, error) {
	p, err := s.findFor(ctx, c, id, model.ProposalActionSubmit)
	if err != nil {
		return nil, err
	}
	if err := c.RequireVerifiedEmail(); err != nil {
		return nil, err
	}
	if !acceptTerms {
		return nil, apperr.Invalid("acceptTerms", "the proposal terms (留意事項) must be accepted to submit; read them with the proposalTerms query")
	}
	if err := inState(p, model.ProposalActionSubmit); err != nil {
		return nil, err
	}
	var missing []string
	for name, v := range map[string]string{"summary": p.Summary, "body": p.Body, "contact.name": p.ContactName, "contact.email": p.ContactEmail, "contact.phone": p.ContactPhone} {
		if v == "" {
			missing = append(missing, name)
		}
	}
	if len(missing) > 0 {
		slices.Sort(missing)
		return nil, apperr.Invalid("input", "fill in before submitting: %s", strings.Join(missing, ", "))
	}
	if err := customfield.Required(ctx, s.store.DB, p.MunicipalityID, store.OwnerKey{Type: model.OwnerProposal, ID: p.ID}, proposerWrites); err != nil {
		return nil, err
	}
	if p.ChallengeID != nil {
		cs, err := s.store.ChallengesByID(ctx, c.Viewer, []int64{*p.ChallengeID})
		if err != nil {
			return nil, err
		}
		if len(cs) == 0 || !cs[0].IsOpenAt(c.Now) {
			return nil, apperr.New(apperr.Conflict, "the challenge this proposal answers is closed for proposals")
		}
	}
	now := s.now()
	terms, err := s.termsIn(ctx, s.store.DB, c.Municipality)
	if err != nil {
		return nil, err
	}
	p.TermsAcceptedAt, p.SubmittedAt, p.TermsVersion = &now, &now, terms.Version
	err = s.transition(ctx, c, p, "SUBMIT", model.ProposalActionSubmit, model.ProposalSubmitted, "", []string{"terms_accepted_at", "submitted_at", "terms_version"},
		func(ctx context.Context, tx bun.IDB) error {
			var msgs []notify.Message
			in := info(c, p)
			u, err := creator(ctx, tx, p)
			if err != nil {
				return err
			}
			if u != nil {
				msgs = append(msgs, notify.ProposalReceived(u.Email, in))
			}
			org, err := store.OrganizationName(ctx, tx, p.MunicipalityID, p.OrganizationID)
			if err != nil {
				return err
			}
			desk, err := store.UsersWithRole(ctx, tx, p.MunicipalityID, model.RoleDesk, nil)
			if err != nil {
				return err
			}
			for _, d := range desk {
				msgs = append(msgs, notify.NewProposal(d.Email, in, org))
			}
			return s.queue(ctx, tx, p.MunicipalityID, msgs)
		})
	if err != nil {
		return nil, err
	}
	return p, nil
}

// Withdraw ends a proposal that is not decided yet, at its proposer's wish.
func (s *Service) Withdraw(ctx context.Context, c *policies.Caller, id int64, reason *string) (*model.Proposal, error) {
	p, err := s.findFor(ctx, c, id, model.ProposalActionWithdraw)
	if err != nil {
		return nil, err
	}
	why := ""
	if reason != nil {
		if why, err = input.Text("reason", *reason, false, input.MaxReason); err != nil {
			return nil, err
		}
	}
	if err := s.transition(ctx, c, p, "WITHDRAW", model.ProposalActionWithdraw, model.ProposalWithdrawn, why, nil, nil); err != nil {
		return nil, err
	}
	return p, nil
}

// Assign hands a submitted proposal to departments for their opinion (庁内調整), moving it
// into dialogue; departments already assigned are not assigned twice.
func (s *Service) Assign(ctx context.Context, c *policies.Caller, id int64, departmentIDs []int64, dueOn *model.Date) (*model.Proposal, error) {
	p, err := s.findFor(ctx, c, id, model.ProposalActionAssign)
	if err != nil {
		return nil, err
	}
	if len(departmentIDs) == 0 {
		return nil, apperr.Invalid("departmentIds", "name at least one department")
	}
	if err := inState(p, model.ProposalActionAssign); err != nil {
		return nil, err
	}
	deps, err := s.store.DepartmentsByID(ctx, c.Viewer, departmentIDs)
	if err != nil {
		return nil, err
	}
	if len(deps) != len(model.DistinctIDs(departmentIDs)) {
		return nil, apperr.Invalid("departmentIds", "a department is not one of this municipality's")
	}
	due := model.Date("")
	if dueOn != nil {
		due = *dueOn
	}
	prev, version := p.Status, p.Version
	// The status, the assignments and the history are read and written in one transaction:
	// the guarded UPDATE (status and version as read) makes a concurrent decision or a
	// concurrent assignment of the same proposal a CONFLICT, never a second history entry.
	err = s.store.InTx(ctx, func(ctx context.Context, tx bun.Tx) error {
		p.Status, p.UpdatedAt = model.ProposalInDialogue, s.now()
		ok, err := store.SaveProposal(ctx, tx, p, version, fromAssign, "status")
		if err != nil {
			return err
		}
		if !ok {
			return errChanged
		}
		existing, err := store.Assignments(ctx, tx, p.MunicipalityID, []int64{p.ID})
		if err != nil {
			return err
		}
		have := map[int64]bool{}
		for _, a := range existing {
			have[a.DepartmentID] = true
		}
		var added []*model.Department
		var names []string
		for _, d := range deps {
			if !have[d.ID] {
				added, names = append(added, d), append(names, d.Name)
			}
		}
		if len(added) == 0 {
			return apperr.New(apperr.Conflict, "every named department is already assigned")
		}
		for _, d := range added {
			a := &model.ProposalAssignment{MunicipalityID: p.MunicipalityID, ProposalID: p.ID, DepartmentID: d.ID, DueOn: due, CreatedAt: s.now()}
			if err := store.Insert(ctx, tx, a); err != nil {
				return err
			}
		}
		changes := map[string]any{"departments": names}
		if prev != p.Status {
			changes["status"] = []string{string(prev), string(p.Status)}
		}
		if err := s.record(ctx, tx, c, p, "ASSIGN", prev, p.Status, strings.Join(names, "、"), changes); err != nil {
			return err
		}
		var msgs []notify.Message
		in := info(c, p)
		u, err := creator(ctx, tx, p)
		if err != nil {
			return err
		}
		if u != nil {
			msgs = append(msgs, notify.ProposalAssigned(u.Email, in, names))
		}
		for _, d := range added {
			staff, err := store.UsersWithRole(ctx, tx, p.MunicipalityID, model.RoleDepartment, []int64{d.ID})
			if err != nil {
				return err
			}
			for _, u := range staff {
				msgs = append(msgs, notify.AssignedToDepartment(u.Email, in, d.Name, string(due)))
			}
		}
		return s.queue(ctx, tx, p.MunicipalityID, msgs)
	})
	if err != nil {
		p.Status, p.Version = prev, version
		return nil, err
	}
	return p, nil
}

// Respond records the opinion of the caller's department on its assignment.
func (s *Service) Respond(ctx context.Context, c *policies.Caller, id int64, opinion string, feasible bool) (*model.Proposal, error) {
	p, err := s.findFor(ctx, c, id, model.ProposalActionRespond)
	if err != nil {
		return nil, err
	}
	if opinion, err = input.Text("opinion", opinion, true, input.MaxMessage); err != nil {
		return nil, err
	}
	if err := inState(p, model.ProposalActionRespond); err != nil {
		return nil, err
	}
	now := s.now()
	err = s.store.InTx(ctx, func(ctx context.Context, tx bun.Tx) error {
		// The proposal must still be in dialogue when the opinion is written, not only when
		// it was read: a decision meanwhile wins and this answer is a CONFLICT.
		ok, err := store.GuardProposal(ctx, tx, p.MunicipalityID, p.ID, fromRespond)
		if err != nil {
			return err
		}
		if !ok {
			return apperr.New(apperr.Conflict, "the proposal changed meanwhile and can no longer be answered; reload")
		}
		as, err := store.Assignments(ctx, tx, p.MunicipalityID, []int64{p.ID})
		if err != nil {
			return err
		}
		// The same answer again (a retry, or two clients at once: the guard above takes
		// them one after the other) changes nothing and records nothing.
		for _, a := range ownAssignments(c, as) {
			if a.RespondedAt != nil && a.Opinion == opinion && a.Feasible != nil && *a.Feasible == feasible {
				return nil
			}
		}
		// Otherwise the rule of RESPOND (viewerActions asks the same): an assignment of the
		// caller's department not answered yet.
		if err := allowedNow(c, p, model.ProposalActionRespond, func() ([]*model.ProposalAssignment, error) { return as, nil }); err != nil {
			return err
		}
		mine := pendingAssignment(c, as)
		mine.Opinion, mine.Feasible, mine.RespondedAt, mine.RespondedByID = opinion, &feasible, &now, &c.User.ID
		if err := store.RespondToAssignment(ctx, tx, mine); err != nil {
			return err
		}
		return s.record(ctx, tx, c, p, "RESPOND", p.Status, p.Status, fmt.Sprintf("feasible=%v", feasible), map[string]any{"feasible": feasible}, mine.DepartmentID)
	})
	if err != nil {
		return nil, err
	}
	return p, nil
}

// Decide accepts or declines a proposal in dialogue, with the reason the proposer is told.
func (s *Service) Decide(ctx context.Context, c *policies.Caller, id int64, decision model.ProposalDecision, reason string) (*model.Proposal, error) {
	p, err := s.findFor(ctx, c, id, model.ProposalActionDecide)
	if err != nil {
		return nil, err
	}
	if reason, err = input.Text("reason", reason, true, input.MaxReason); err != nil {
		return nil, err
	}
	to := model.ProposalAccepted
	if decision == model.ProposalDecisionDeclined {
		to = model.ProposalDeclined
	}
	now := s.now()
	p.DecidedAt = &now
	err = s.transition(ctx, c, p, "DECIDE", model.ProposalActionDecide, to, reason, []string{"decided_at"}, func(ctx context.Context, tx bun.IDB) error {
		u, err := creator(ctx, tx, p)
		if err != nil || u == nil {
			return err
		}
		return s.queue(ctx, tx, p.MunicipalityID, []notify.Message{notify.ProposalDecided(u.Email, info(c, p), to == model.ProposalAccepted, reason)})
	})
	if err != nil {
		return nil, err
	}
	return p, nil
}

// proposerWrites are the custom fields asked of a proposer at submission: the PUBLIC and
// PROPOSER ones. A required STAFF field is the desk's to fill (setProposalCustomFields) and
// is never checked at submission, whoever submits.
func proposerWrites(vis model.CustomFieldVisibility) bool { return vis != model.VisibilityStaff }

// SetCustomFields replaces the custom field values of a submitted proposal at the version
// the caller read: staff (the desk, an assigned department) fill in the fields the
// proposer never writes. A draft is the proposer's (updateProposal).
func (s *Service) SetCustomFields(ctx context.Context, c *policies.Caller, id int64, in []*model.CustomFieldValueInput, version int) (*model.Proposal, error) {
	p, err := s.find(ctx, c, id, policies.SetProposalCustomFields)
	if err != nil {
		return nil, err
	}
	if in == nil {
		in = []*model.CustomFieldValueInput{}
	}
	submitted := []model.ProposalStatus{model.ProposalSubmitted, model.ProposalInDialogue, model.ProposalAccepted, model.ProposalDeclined, model.ProposalWithdrawn}
	p.UpdatedAt = s.now()
	err = s.store.InTx(ctx, func(ctx context.Context, tx bun.Tx) error {
		ok, err := store.SaveProposal(ctx, tx, p, version, submitted)
		if err != nil {
			return err
		}
		if !ok {
			return apperr.New(apperr.Conflict, "the proposal was changed by someone else or is still a draft (version %d is stale); reload and try again", version)
		}
		if err := customfield.Write(ctx, tx, p.MunicipalityID, store.OwnerKey{Type: model.OwnerProposal, ID: p.ID}, customfield.Writable(c, &p.OrganizationID), in, p.UpdatedAt); err != nil {
			return err
		}
		// Keys only: the values may be personal data and the audit entry outlives the purge.
		keys := make([]string, len(in))
		for i, v := range in {
			keys[i] = v.Key
		}
		return s.audit(ctx, tx, c, "proposal.setCustomFields", p.ID, map[string]any{"customFields": keys})
	})
	if err != nil {
		return nil, err
	}
	return p, nil
}
