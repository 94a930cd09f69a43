package resolvers

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/uptrace/bun"

	"github.com/pppdesk/pppdesk/apperr"
	"github.com/pppdesk/pppdesk/auth"
	"github.com/pppdesk/pppdesk/input"
	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/notify"
	"github.com/pppdesk/pppdesk/policies"
	"github.com/pppdesk/pppdesk/store"
)

// TermsVersion names the text of the proposal terms a proposer accepts on submit.
const TermsVersion = "aomori-2023-1"

// TermsText is 留意事項 of the guideline, served so a front end shows exactly what is accepted.
const TermsText = `・本制度の提案にあたっては、関連する要綱等をご確認ください。
・提案の採否にかかわらず、市は提案及び調整に係る一切の費用の補償や賠償をしません。
・本制度は、連携事業の実施が可能な民間企業や団体等からの提案を受け付けるものであり、個人(個人事業主を除く)からの提案は対象外となります。
・本制度は、事業者等が有する知見や技術等を活用した提案を広く募集することを目的としたものであり、提案の性質等によっては入札又は公募の手続きを経る場合があります。公募等の仕様の作成に当たって、提案者から得た情報を利用させていただく場合がありますが、提案者独自の権利やノウハウ等に抵触し、不都合が生じる情報には、その利用につき協議・配慮いたします。
・連携事業の実施に当たって、個人情報等の保護すべき情報を取り扱う場合や第三者の知的財産権を取り扱う場合は、関係法令等を遵守し、その取扱いに万全の対策を講じてください。なお、提案者においてトラブルが生じた場合は、市に故意又は重過失がある場合を除き、市は一切の責任を負いません。
・提案から実施の過程で市から提供のあった情報は、その秘密を保持し、第三者へ提供は不可とします。
・青森市では、職員が職務上作成し、又は取得した文書等は、情報公開の対象となっていることから、開示請求があった場合、特定の個人を識別することができる情報等を除き、原則開示の対象となります。開示内容の検討にあたっては、提案者の正当な利益を害するおそれがある情報等の意見を伺います。`

// The life cycle of DESIGN.md: which states each action may start from.
var (
	fromEditable   = []model.ProposalStatus{model.ProposalDraft}
	fromSubmit     = []model.ProposalStatus{model.ProposalDraft}
	fromWithdraw   = []model.ProposalStatus{model.ProposalDraft, model.ProposalSubmitted, model.ProposalInDialogue}
	fromAssign     = []model.ProposalStatus{model.ProposalSubmitted, model.ProposalInDialogue}
	fromDecide     = []model.ProposalStatus{model.ProposalSubmitted, model.ProposalInDialogue}
	fromDialogue   = []model.ProposalStatus{model.ProposalSubmitted, model.ProposalInDialogue}
	fromRespond    = []model.ProposalStatus{model.ProposalInDialogue}
	fromLink       = []model.ProposalStatus{model.ProposalAccepted}
	fromDraftOrMsg = []model.ProposalStatus{model.ProposalDraft, model.ProposalSubmitted, model.ProposalInDialogue}
)

func inStates(s model.ProposalStatus, set []model.ProposalStatus) bool {
	for _, x := range set {
		if x == s {
			return true
		}
	}
	return false
}

func illegal(p *model.Proposal, action string) error {
	return apperr.New(apperr.Conflict, "a %s proposal cannot be %s", strings.ToLower(string(p.Status)), action)
}

// proposalFor loads a proposal the caller may read and checks it may do act on it: NOT_FOUND
// when it cannot see it, FORBIDDEN when it sees it but may not act.
func (r *Resolver) proposalFor(ctx context.Context, db bun.IDB, field, id string, act policies.Action) (*Request, *model.Proposal, error) {
	n, err := parseID(field, id, model.OwnerProposal)
	if err != nil {
		return nil, nil, err
	}
	req, readScope, err := authorize(ctx, policies.ReadProposal)
	if err != nil {
		if req != nil && req.User != nil {
			return nil, nil, notFound(model.OwnerProposal, id)
		}
		return nil, nil, err
	}
	p, err := store.ProposalByID(ctx, db, req.Viewer, readScope, n)
	if err != nil {
		return nil, nil, err
	}
	if p == nil {
		return nil, nil, notFound(model.OwnerProposal, id)
	}
	if act == policies.ReadProposal {
		return req, p, nil
	}
	if ok, err := r.mayOnProposal(ctx, req, p, act); err != nil || !ok {
		if err == nil {
			err = apperr.New(apperr.Forbidden, "your role may not %s this proposal", act.Verb)
		}
		return nil, nil, err
	}
	return req, p, nil
}

// mayOnProposal checks an action's scope against one proposal; the assigned scope needs the
// proposal's assignments, loaded only then.
func (r *Resolver) mayOnProposal(ctx context.Context, req *Request, p *model.Proposal, act policies.Action) (bool, error) {
	s, ok := req.Scope(act)
	if !ok {
		return false, nil
	}
	o := policies.Owner{OrganizationID: &p.OrganizationID}
	if s == model.ScopeAssigned {
		as, err := store.Assignments(ctx, r.Store.DB, p.MunicipalityID, []int64{p.ID})
		if err != nil {
			return false, err
		}
		for _, a := range as {
			o.AssignedDepartmentIDs = append(o.AssignedDepartmentIDs, a.DepartmentID)
		}
	}
	return req.Within(s, o), nil
}

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

// proposalFields applies the shared fields of create and update inputs.
type proposalFields struct {
	Title, Summary, Body, DesiredScheme *string
	Resources                           []*model.ResourceInput
	Merits                              []*model.MeritInput
	Contact                             *model.ContactInput
}

func (f proposalFields) apply(p *model.Proposal) (res []*model.Resource, mer []*model.Merit, err error) {
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

func (r *Resolver) createProposal(ctx context.Context, in model.CreateProposalInput) (*model.ProposalPayload, error) {
	req, _, err := authorize(ctx, policies.CreateProposal)
	if err != nil {
		return nil, err
	}
	if req.Viewer.OrganizationID == 0 {
		return nil, apperr.New(apperr.Forbidden, "only a proposer of an organization can propose")
	}
	now := r.now()
	p := &model.Proposal{MunicipalityID: req.Municipality.ID, Kind: in.Kind, OrganizationID: req.Viewer.OrganizationID,
		CreatedByID: req.User.ID, Status: model.ProposalDraft, Version: 1, Stamps: model.Stamps{CreatedAt: now, UpdatedAt: now}}
	switch in.Kind {
	case model.ProposalChallenge:
		if in.ChallengeID == nil {
			return nil, apperr.Invalid("input.challengeId", "is required for a CHALLENGE proposal")
		}
		c, err := oneOf(ctx, "input.challengeId", *in.ChallengeID, model.OwnerChallenge, r.Store.ChallengesByID)
		if err != nil {
			return nil, err
		}
		if !c.IsOpenAt(req.Viewer.Now) {
			return nil, apperr.New(apperr.Conflict, "the challenge %q is not open for proposals now", c.Title)
		}
		p.ChallengeID = &c.ID
	case model.ProposalFree:
		if in.ChallengeID != nil {
			return nil, apperr.Invalid("input.challengeId", "a FREE proposal answers no challenge; use kind CHALLENGE")
		}
	}
	res, mer, err := proposalFields{&in.Title, in.Summary, in.Body, in.DesiredScheme, in.Resources, in.Merits, in.Contact}.apply(p)
	if err != nil {
		return nil, err
	}
	err = r.Store.InTx(ctx, func(ctx context.Context, tx bun.Tx) error {
		if err := store.Insert(ctx, tx, p); err != nil {
			return err
		}
		if err := r.children(ctx, tx, p, res, mer); err != nil {
			return err
		}
		if err := store.RememberCreated(ctx, tx, p.ID); err != nil {
			return err
		}
		return r.record(ctx, tx, req, p, "CREATE", "", model.ProposalDraft, "", nil)
	})
	if err != nil {
		return nil, err
	}
	return &model.ProposalPayload{Proposal: p}, nil
}

func (r *Resolver) children(ctx context.Context, tx bun.IDB, p *model.Proposal, res []*model.Resource, mer []*model.Merit) error {
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

// record writes the history event and the audit entry of one action, in the action's
// transaction, so the log never disagrees with the data.
func (r *Resolver) record(ctx context.Context, tx bun.IDB, req *Request, p *model.Proposal, action string, from, to model.ProposalStatus, reason string, changes map[string]any, dept ...int64) error {
	var actor *int64
	if req.User != nil {
		actor = &req.User.ID
	}
	ev := &model.ProposalEvent{MunicipalityID: p.MunicipalityID, ProposalID: p.ID, Action: action, FromStatus: string(from),
		ToStatus: string(to), ActorID: actor, Reason: reason, At: r.now()}
	if len(dept) > 0 {
		ev.DepartmentID = &dept[0]
	}
	if err := store.Insert(ctx, tx, ev); err != nil {
		return err
	}
	return r.audit(ctx, tx, req, "proposal."+strings.ToLower(action), string(model.OwnerProposal), p.ID, changes)
}

// audit writes one audit entry.
func (r *Resolver) audit(ctx context.Context, tx bun.IDB, req *Request, action, targetType string, targetID int64, changes map[string]any) error {
	var actor *int64
	if req.User != nil {
		actor = &req.User.ID
	}
	b, _ := json.Marshal(changes)
	if changes == nil {
		b = []byte("{}")
	}
	return store.Insert(ctx, tx, &model.AuditEntry{MunicipalityID: req.Municipality.ID, ActorID: actor, Action: action,
		TargetType: targetType, TargetID: targetID, Changes: string(b), At: r.now()})
}

func (r *Resolver) updateProposal(ctx context.Context, id string, in model.UpdateProposalInput, version int) (*model.ProposalPayload, error) {
	req, p, err := r.proposalFor(ctx, r.Store.DB, "id", id, policies.UpdateProposal)
	if err != nil {
		return nil, err
	}
	if !inStates(p.Status, fromEditable) {
		return nil, illegal(p, "edited")
	}
	res, mer, err := proposalFields{in.Title, in.Summary, in.Body, in.DesiredScheme, in.Resources, in.Merits, in.Contact}.apply(p)
	if err != nil {
		return nil, err
	}
	p.UpdatedAt = r.now()
	err = r.Store.InTx(ctx, func(ctx context.Context, tx bun.Tx) error {
		ok, err := store.SaveProposal(ctx, tx, p, version, fromEditable, "title", "summary", "body", "desired_scheme",
			"contact_affiliation", "contact_name", "contact_email", "contact_phone")
		if err != nil {
			return err
		}
		if !ok {
			return apperr.New(apperr.Conflict, "the proposal was changed by someone else or is no longer a draft (version %d is stale); reload and try again", version)
		}
		if err := r.children(ctx, tx, p, res, mer); err != nil {
			return err
		}
		return r.audit(ctx, tx, req, "proposal.update", string(model.OwnerProposal), p.ID, changedFields(in))
	})
	if err != nil {
		return nil, err
	}
	return &model.ProposalPayload{Proposal: p}, nil
}

// changedFields names the fields an update input sets, for the audit log.
func changedFields(in any) map[string]any {
	b, _ := json.Marshal(in)
	var m map[string]any
	_ = json.Unmarshal(b, &m)
	out := map[string]any{}
	for k, v := range m {
		if v != nil {
			out[k] = true
		}
	}
	return map[string]any{"fields": keys(out)}
}

func keys(m map[string]any) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

// transition moves a proposal from one of from to to, atomically: the UPDATE only matches
// while the state is still allowed, so two concurrent decisions cannot both win.
func (r *Resolver) transition(ctx context.Context, req *Request, p *model.Proposal, action, verb string, from []model.ProposalStatus, to model.ProposalStatus, reason string, cols []string, extra func(tx bun.Tx) error) error {
	if !inStates(p.Status, from) {
		return illegal(p, verb)
	}
	prev := p.Status
	p.Status, p.UpdatedAt = to, r.now()
	return r.Store.InTx(ctx, func(ctx context.Context, tx bun.Tx) error {
		ok, err := store.SaveProposal(ctx, tx, p, p.Version, from, append([]string{"status"}, cols...)...)
		if err != nil {
			return err
		}
		if !ok {
			return apperr.New(apperr.Conflict, "the proposal changed meanwhile; reload and try again")
		}
		if extra != nil {
			if err := extra(tx); err != nil {
				return err
			}
		}
		return r.record(ctx, tx, req, p, action, prev, to, reason, map[string]any{"status": []string{string(prev), string(to)}})
	})
}

func (r *Resolver) submitProposal(ctx context.Context, id string, acceptTerms bool) (*model.ProposalPayload, error) {
	req, p, err := r.proposalFor(ctx, r.Store.DB, "id", id, policies.SubmitProposal)
	if err != nil {
		return nil, err
	}
	if !acceptTerms {
		return nil, apperr.Invalid("acceptTerms", "the proposal terms (留意事項) must be accepted to submit; read them with the proposalTerms query")
	}
	if !inStates(p.Status, fromSubmit) {
		return nil, illegal(p, "submitted")
	}
	var missing []string
	for name, v := range map[string]string{"summary": p.Summary, "body": p.Body, "contact.name": p.ContactName, "contact.email": p.ContactEmail, "contact.phone": p.ContactPhone} {
		if v == "" {
			missing = append(missing, name)
		}
	}
	if len(missing) > 0 {
		return nil, apperr.Invalid("input", "fill in before submitting: %s", strings.Join(sorted(missing), ", "))
	}
	if p.ChallengeID != nil {
		cs, err := r.Store.ChallengesByID(ctx, req.Viewer, []int64{*p.ChallengeID})
		if err != nil {
			return nil, err
		}
		if len(cs) == 0 || !cs[0].IsOpenAt(req.Viewer.Now) {
			return nil, apperr.New(apperr.Conflict, "the challenge this proposal answers is closed for proposals")
		}
	}
	now := r.now()
	p.TermsAcceptedAt, p.SubmittedAt, p.TermsVersion = &now, &now, TermsVersion
	if err := r.transition(ctx, req, p, "SUBMIT", "submitted", fromSubmit, model.ProposalSubmitted, "", []string{"terms_accepted_at", "submitted_at", "terms_version"}, nil); err != nil {
		return nil, err
	}
	r.notify(req, func(ctx context.Context, send func(notify.Message)) {
		info := r.info(req, p)
		if u := r.creator(ctx, p); u != nil {
			send(notify.ProposalReceived(u.Email, info))
		}
		org := ""
		if os, _ := r.Store.OrganizationsByID(ctx, store.Viewer{MunicipalityID: p.MunicipalityID, Read: allScope}, []int64{p.OrganizationID}); len(os) > 0 {
			org = os[0].Name
		}
		for _, d := range r.staff(ctx, p.MunicipalityID, model.RoleDesk, nil) {
			send(notify.NewProposal(d.Email, info, org))
		}
	})
	return &model.ProposalPayload{Proposal: p}, nil
}

func allScope(model.OwnerType) model.Scope { return model.ScopeAll }

func sorted(s []string) []string {
	slices.Sort(s)
	return s
}

func (r *Resolver) withdrawProposal(ctx context.Context, id string, reason *string) (*model.ProposalPayload, error) {
	req, p, err := r.proposalFor(ctx, r.Store.DB, "id", id, policies.WithdrawProposal)
	if err != nil {
		return nil, err
	}
	why := ""
	if reason != nil {
		if why, err = input.Text("reason", *reason, false, input.MaxReason); err != nil {
			return nil, err
		}
	}
	if err := r.transition(ctx, req, p, "WITHDRAW", "withdrawn", fromWithdraw, model.ProposalWithdrawn, why, nil, nil); err != nil {
		return nil, err
	}
	return &model.ProposalPayload{Proposal: p}, nil
}

func (r *Resolver) assignProposal(ctx context.Context, id string, departmentIDs []string, dueOn *model.Date) (*model.ProposalPayload, error) {
	req, p, err := r.proposalFor(ctx, r.Store.DB, "id", id, policies.AssignProposal)
	if err != nil {
		return nil, err
	}
	if len(departmentIDs) == 0 {
		return nil, apperr.Invalid("departmentIds", "name at least one department")
	}
	if !inStates(p.Status, fromAssign) {
		return nil, illegal(p, "assigned")
	}
	var ids []int64
	for i, d := range departmentIDs {
		n, err := parseID(fmt.Sprintf("departmentIds[%d]", i), d, model.OwnerDepartment)
		if err != nil {
			return nil, err
		}
		ids = append(ids, n)
	}
	deps, err := r.Store.DepartmentsByID(ctx, req.Viewer, ids)
	if err != nil {
		return nil, err
	}
	if len(deps) != len(uniq(ids)) {
		return nil, apperr.Invalid("departmentIds", "a department is not one of this municipality's")
	}
	due := model.Date("")
	if dueOn != nil {
		due = *dueOn
	}
	var added []*model.Department
	var names []string
	prev, version := p.Status, p.Version
	// The status, the assignments and the history are read and written in one transaction:
	// the guarded UPDATE (status and version as read) makes a concurrent decision or a
	// concurrent assignment of the same proposal a CONFLICT, never a second history entry.
	err = r.Store.InTx(ctx, func(ctx context.Context, tx bun.Tx) error {
		p.Status, p.UpdatedAt = model.ProposalInDialogue, r.now()
		ok, err := store.SaveProposal(ctx, tx, p, version, fromAssign, "status")
		if err != nil {
			return err
		}
		if !ok {
			return apperr.New(apperr.Conflict, "the proposal changed meanwhile; reload and try again")
		}
		existing, err := store.Assignments(ctx, tx, p.MunicipalityID, []int64{p.ID})
		if err != nil {
			return err
		}
		have := map[int64]bool{}
		for _, a := range existing {
			have[a.DepartmentID] = true
		}
		added, names = nil, nil
		for _, d := range deps {
			if !have[d.ID] {
				added, names = append(added, d), append(names, d.Name)
			}
		}
		if len(added) == 0 {
			return apperr.New(apperr.Conflict, "every named department is already assigned")
		}
		for _, d := range added {
			a := &model.ProposalAssignment{MunicipalityID: p.MunicipalityID, ProposalID: p.ID, DepartmentID: d.ID, DueOn: due, CreatedAt: r.now()}
			if err := store.Insert(ctx, tx, a); err != nil {
				return err
			}
		}
		changes := map[string]any{"departments": names}
		if prev != p.Status {
			changes["status"] = []string{string(prev), string(p.Status)}
		}
		return r.record(ctx, tx, req, p, "ASSIGN", prev, p.Status, strings.Join(names, "、"), changes)
	})
	if err != nil {
		p.Status, p.Version = prev, version
		return nil, err
	}
	r.notify(req, func(ctx context.Context, send func(notify.Message)) {
		info := r.info(req, p)
		if u := r.creator(ctx, p); u != nil {
			send(notify.ProposalAssigned(u.Email, info, names))
		}
		for _, d := range added {
			for _, u := range r.staff(ctx, p.MunicipalityID, model.RoleDepartment, []int64{d.ID}) {
				send(notify.AssignedToDepartment(u.Email, info, d.Name, string(due)))
			}
		}
	})
	return &model.ProposalPayload{Proposal: p}, nil
}

func uniq(ids []int64) []int64 {
	seen := map[int64]bool{}
	var out []int64
	for _, id := range ids {
		if !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	return out
}

func (r *Resolver) respondToAssignment(ctx context.Context, id, opinion string, feasible bool) (*model.ProposalPayload, error) {
	req, p, err := r.proposalFor(ctx, r.Store.DB, "id", id, policies.RespondToAssignment)
	if err != nil {
		return nil, err
	}
	if opinion, err = input.Text("opinion", opinion, true, input.MaxMessage); err != nil {
		return nil, err
	}
	if !inStates(p.Status, fromRespond) {
		return nil, illegal(p, "answered")
	}
	now := r.now()
	err = r.Store.InTx(ctx, func(ctx context.Context, tx bun.Tx) error {
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
		var mine *model.ProposalAssignment
		for _, a := range as {
			if req.within(model.ScopeDepartment, nil, &a.DepartmentID, 0) {
				mine = a
				break
			}
		}
		if mine == nil {
			return apperr.New(apperr.Forbidden, "your department has no assignment on this proposal")
		}
		// The same answer again (a retry, or two clients at once: the guard above takes
		// them one after the other) changes nothing and records nothing.
		if mine.RespondedAt != nil && mine.Opinion == opinion && mine.Feasible != nil && *mine.Feasible == feasible {
			return nil
		}
		mine.Opinion, mine.Feasible, mine.RespondedAt, mine.RespondedByID = opinion, &feasible, &now, &req.User.ID
		if err := store.RespondToAssignment(ctx, tx, mine); err != nil {
			return err
		}
		return r.record(ctx, tx, req, p, "RESPOND", p.Status, p.Status, fmt.Sprintf("feasible=%v", feasible), map[string]any{"feasible": feasible}, mine.DepartmentID)
	})
	if err != nil {
		return nil, err
	}
	return &model.ProposalPayload{Proposal: p}, nil
}

func (r *Resolver) decideProposal(ctx context.Context, id string, decision model.ProposalDecision, reason string) (*model.ProposalPayload, error) {
	req, p, err := r.proposalFor(ctx, r.Store.DB, "id", id, policies.DecideProposal)
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
	now := r.now()
	p.DecidedAt = &now
	if err := r.transition(ctx, req, p, "DECIDE", "decided", fromDecide, to, reason, []string{"decided_at"}, nil); err != nil {
		return nil, err
	}
	r.notify(req, func(ctx context.Context, send func(notify.Message)) {
		if u := r.creator(ctx, p); u != nil {
			send(notify.ProposalDecided(u.Email, r.info(req, p), to == model.ProposalAccepted, reason))
		}
	})
	return &model.ProposalPayload{Proposal: p}, nil
}

// linkProposalOutcome ties an accepted proposal to the project and/or agreement that came
// out of it: existing ones by ID, or new drafts made from the proposal (its title, summary,
// organization as partner, resources and merits), which the desk then completes.
func (r *Resolver) linkProposalOutcome(ctx context.Context, id string, projectID, agreementID *string,
	newProject *model.NewOutcomeProjectInput, newAgreement *model.NewOutcomeAgreementInput) (*model.ProposalPayload, error) {
	req, p, err := r.proposalFor(ctx, r.Store.DB, "id", id, policies.LinkProposalOutcome)
	if err != nil {
		return nil, err
	}
	if !inStates(p.Status, fromLink) {
		return nil, illegal(p, "linked to an outcome (only accepted ones can)")
	}
	if projectID != nil && newProject != nil {
		return nil, apperr.Invalid("newProject", "give projectId or newProject, not both")
	}
	if agreementID != nil && newAgreement != nil {
		return nil, apperr.Invalid("newAgreement", "give agreementId or newAgreement, not both")
	}
	if projectID == nil && agreementID == nil && newProject == nil && newAgreement == nil {
		return nil, apperr.Invalid("projectId", "give a project or an agreement, existing or new")
	}
	// A new outcome replaces nothing: a proposal that already has one keeps it, so a link
	// sent twice (a retry, or two clients at once) creates one project or agreement, not two.
	if (newProject != nil && p.ProjectID != nil) || (newAgreement != nil && p.AgreementID != nil) {
		return nil, apperr.New(apperr.Conflict, "the proposal already has this outcome; link it by its ID instead")
	}
	beforeProject, beforeAgreement := p.ProjectID, p.AgreementID
	var cols []string
	changes := map[string]any{}
	if projectID != nil {
		pr, err := oneOf(ctx, "projectId", *projectID, model.OwnerProject, r.Store.ProjectsByID)
		if err != nil {
			return nil, err
		}
		p.ProjectID, cols, changes["projectId"] = &pr.ID, append(cols, "project_id"), *projectID
	}
	if agreementID != nil {
		ag, err := oneOf(ctx, "agreementId", *agreementID, model.OwnerAgreement, r.Store.AgreementsByID)
		if err != nil {
			return nil, err
		}
		p.AgreementID, cols, changes["agreementId"] = &ag.ID, append(cols, "agreement_id"), *agreementID
	}
	if newProject == nil && newAgreement == nil && sameLink(beforeProject, p.ProjectID) && sameLink(beforeAgreement, p.AgreementID) {
		return &model.ProposalPayload{Proposal: p}, nil // the links are already so: nothing to record
	}
	title := func(t *string, field string) (string, error) {
		if t == nil {
			return p.Title, nil
		}
		return input.Text(field, *t, true, input.MaxTitle)
	}
	now := r.now()
	draft := model.Publishing{PublicationState: model.StateDraft, Version: 1}
	var proj *model.Project
	var agr *model.Agreement
	if newProject != nil {
		t, err := title(newProject.Title, "newProject.title")
		if err != nil {
			return nil, err
		}
		proj = &model.Project{MunicipalityID: p.MunicipalityID, Kind: newProject.Kind, Title: t, Summary: p.Summary, Status: model.ProjectPlanned,
			OriginProposalID: &p.ID, Publishing: draft, Stamps: model.Stamps{CreatedAt: now, UpdatedAt: now}}
		cols = append(cols, "project_id")
	}
	if newAgreement != nil {
		t, err := title(newAgreement.Title, "newAgreement.title")
		if err != nil {
			return nil, err
		}
		agr = &model.Agreement{MunicipalityID: p.MunicipalityID, Kind: newAgreement.Kind, Title: t, Purpose: p.Summary, Items: []string{},
			Status: model.AgreementPlanned, OriginProposalID: &p.ID, Publishing: draft, Stamps: model.Stamps{CreatedAt: now, UpdatedAt: now}}
		cols = append(cols, "agreement_id")
	}
	p.UpdatedAt = now
	err = r.Store.InTx(ctx, func(ctx context.Context, tx bun.Tx) error {
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
			if err := r.copyProposalChildren(ctx, tx, p, store.OwnerKey{Type: model.OwnerProject, ID: proj.ID}); err != nil {
				return err
			}
			p.ProjectID, changes["newProject"] = &proj.ID, proj.GetID()
		}
		ok, err := store.SaveProposal(ctx, tx, p, p.Version, fromLink, cols...)
		if err != nil {
			return err
		}
		if !ok {
			return apperr.New(apperr.Conflict, "the proposal changed meanwhile; reload and try again")
		}
		return r.record(ctx, tx, req, p, "LINK", p.Status, p.Status, "", changes)
	})
	if err != nil {
		return nil, err
	}
	return &model.ProposalPayload{Proposal: p}, nil
}

// sameLink reports whether a link is what it was.
func sameLink(before, after *int64) bool {
	return (before == nil) == (after == nil) && (before == nil || *before == *after)
}

// copyProposalChildren gives a new project the proposal's organization as partner and its
// resources and merits, so the desk starts from what was proposed.
func (r *Resolver) copyProposalChildren(ctx context.Context, tx bun.IDB, p *model.Proposal, owner store.OwnerKey) error {
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

func (r *Resolver) postProposalMessage(ctx context.Context, id, body string, internal bool) (*model.ProposalPayload, error) {
	act := policies.MessageProposal
	if internal {
		act = policies.InternalNote
	}
	req, p, err := r.proposalFor(ctx, r.Store.DB, "proposalId", id, act)
	if err != nil {
		return nil, err
	}
	if body, err = input.Text("body", body, true, input.MaxMessage); err != nil {
		return nil, err
	}
	allowed := fromDialogue
	if internal {
		allowed = fromDraftOrMsg
	}
	if !inStates(p.Status, allowed) {
		return nil, illegal(p, "discussed")
	}
	m := &model.ProposalMessage{MunicipalityID: p.MunicipalityID, ProposalID: p.ID, AuthorID: req.User.ID, Body: body, Internal: internal, CreatedAt: r.now()}
	err = r.Store.InTx(ctx, func(ctx context.Context, tx bun.Tx) error {
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
		return r.audit(ctx, tx, req, "proposal.message", string(model.OwnerProposal), p.ID, map[string]any{"internal": internal})
	})
	if err != nil {
		return nil, err
	}
	if !internal {
		r.notify(req, func(ctx context.Context, send func(notify.Message)) {
			info := r.info(req, p)
			if req.Role() == model.RoleProposer {
				for _, d := range r.staff(ctx, p.MunicipalityID, model.RoleDesk, nil) {
					send(notify.MessagePosted(d.Email, info, "提案者 / the proposer"))
				}
			} else if u := r.creator(ctx, p); u != nil {
				send(notify.MessagePosted(u.Email, info, req.Municipality.DeskName))
			}
		})
	}
	return &model.ProposalPayload{Proposal: p}, nil
}

// info describes a proposal for notification emails.
func (r *Resolver) info(req *Request, p *model.Proposal) notify.ProposalInfo {
	return notify.ProposalInfo{Title: p.Title, Number: fmt.Sprintf("P-%d", p.ID), Municipality: req.Municipality.Name, DeskName: req.Municipality.DeskName}
}

func (r *Resolver) creator(ctx context.Context, p *model.Proposal) *model.User {
	u, err := r.Store.UserByID(ctx, p.MunicipalityID, p.CreatedByID)
	if err != nil || u == nil || u.Disabled {
		return nil
	}
	return u
}

func (r *Resolver) staff(ctx context.Context, mid int64, role model.Role, deps []int64) []*model.User {
	us, err := r.Store.UsersOf(ctx, mid, role, deps)
	if err != nil {
		r.log().ErrorContext(ctx, "notification recipients", "error", err)
	}
	return us
}

// notify composes and sends emails after the change is committed, off the request: a slow
// or failing mail server never blocks or fails the mutation that caused it.
func (r *Resolver) notify(req *Request, compose func(ctx context.Context, send func(notify.Message))) {
	if r.Mailer == nil {
		return
	}
	r.mailWG.Add(1)
	go func() {
		defer r.mailWG.Done()
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		defer cancel()
		compose(ctx, func(m notify.Message) {
			if err := r.Mailer.Send(ctx, m); err != nil {
				r.log().ErrorContext(ctx, "notification email failed", "error", err, "subject", m.Subject)
			}
		})
	}()
}

// QueueMail is the resolvers' outbox.MailQueue until the outbox table lands: it sends after
// the current operation, off the request, like notify.
func (r *Resolver) QueueMail(_ context.Context, _ bun.IDB, _ int64, msgs ...notify.Message) error {
	r.notify(nil, func(_ context.Context, send func(notify.Message)) {
		for _, m := range msgs {
			send(m)
		}
	})
	return nil
}

// WaitForMail waits until queued notifications are sent; tests and shutdown use it.
func (r *Resolver) WaitForMail() { r.mailWG.Wait() }
