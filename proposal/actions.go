package proposal

import (
	"slices"

	"github.com/pppdesk/pppdesk/apperr"
	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/policies"
)

// rule is what one proposal mutation needs besides its input: the policy action, the states
// it may start from, and any further condition on the caller and the proposal. The mutations
// and Proposal.viewerActions both ask these rules (through Allows and allowedNow), so the
// admin's buttons and the mutations cannot disagree.
type rule struct {
	policy policies.Action
	from   []model.ProposalStatus
	// verb completes "a … proposal cannot be …" when the state forbids the action.
	verb string
	// more is a further condition on the caller and the proposal's assignments; nil for none.
	more func(c *policies.Caller, assigned func() ([]*model.ProposalAssignment, error)) error
}

// everyState is every state of a proposal (marking it read is not tied to its state).
var everyState = []model.ProposalStatus{model.ProposalDraft, model.ProposalSubmitted, model.ProposalInDialogue,
	model.ProposalAccepted, model.ProposalDeclined, model.ProposalWithdrawn}

// rules are the proposal mutations by the action the schema names them with.
var rules = map[model.ProposalAction]rule{
	model.ProposalActionUpdate:       {policies.UpdateProposal, fromEditable, "edited", nil},
	model.ProposalActionSubmit:       {policies.SubmitProposal, fromSubmit, "submitted", nil},
	model.ProposalActionWithdraw:     {policies.WithdrawProposal, fromWithdraw, "withdrawn", nil},
	model.ProposalActionAssign:       {policies.AssignProposal, fromAssign, "assigned", nil},
	model.ProposalActionRespond:      {policies.RespondToAssignment, fromRespond, "answered", openAssignment},
	model.ProposalActionDecide:       {policies.DecideProposal, fromDecide, "decided", nil},
	model.ProposalActionLink:         {policies.LinkProposalOutcome, fromLink, "linked to an outcome (only accepted ones can)", nil},
	model.ProposalActionMessage:      {policies.MessageProposal, fromDialogue, "discussed", nil},
	model.ProposalActionInternalNote: {policies.InternalNote, fromDraftOrMsg, "discussed", nil},
	model.ProposalActionAttach:       {policies.AttachToProposal, fromAttach, "given attachments", nil},
	model.ProposalActionMarkRead:     {policies.ReadProposal, everyState, "marked read", signedIn},
}

// allowedNow checks the state and the further condition of action a on p (the policy is
// checked before, when the proposal is found): CONFLICT when the state forbids it.
func allowedNow(c *policies.Caller, p *model.Proposal, a model.ProposalAction, assigned func() ([]*model.ProposalAssignment, error)) error {
	if err := inState(p, a); err != nil {
		return err
	}
	if r := rules[a]; r.more != nil {
		return r.more(c, assigned)
	}
	return nil
}

// inState checks that p's state allows action a: CONFLICT when it does not.
func inState(p *model.Proposal, a model.ProposalAction) error {
	if r := rules[a]; !slices.Contains(r.from, p.Status) {
		return illegal(p, r.verb)
	}
	return nil
}

// Allows answers the actions c may perform on p now: the policy (with p's assignments for
// the assigned scope), the state and the further conditions, exactly as the mutations check
// them. assigned answers p's assignments and is asked only when needed.
func Allows(c *policies.Caller, p *model.Proposal, assigned func() ([]*model.ProposalAssignment, error)) ([]model.ProposalAction, error) {
	var once []*model.ProposalAssignment
	loaded := false
	cached := func() ([]*model.ProposalAssignment, error) {
		if loaded {
			return once, nil
		}
		as, err := assigned()
		if err != nil {
			return nil, err
		}
		once, loaded = as, true
		return as, nil
	}
	out := []model.ProposalAction{}
	for _, a := range model.AllProposalAction {
		ok, err := May(c, p, rules[a].policy, cached)
		if err != nil {
			return nil, err
		}
		if !ok {
			continue
		}
		if err := allowedNow(c, p, a, cached); err != nil {
			if apperr.CodeOf(err) == apperr.Internal {
				return nil, err
			}
			continue
		}
		out = append(out, a)
	}
	return out, nil
}

// ownAssignments are the assignments of p to the caller's department (and its
// sub-departments).
func ownAssignments(c *policies.Caller, as []*model.ProposalAssignment) []*model.ProposalAssignment {
	var out []*model.ProposalAssignment
	for _, a := range as {
		if c.Within(model.ScopeDepartment, policies.Owner{DepartmentID: &a.DepartmentID}) {
			out = append(out, a)
		}
	}
	return out
}

// pendingAssignment answers the first unanswered assignment of the caller's department; nil
// when it has none.
func pendingAssignment(c *policies.Caller, as []*model.ProposalAssignment) *model.ProposalAssignment {
	for _, a := range ownAssignments(c, as) {
		if a.RespondedAt == nil {
			return a
		}
	}
	return nil
}

// openAssignment is the condition of RESPOND: the caller's department has an assignment
// not answered yet. An answer is given once; the same answer again is a harmless retry.
func openAssignment(c *policies.Caller, assigned func() ([]*model.ProposalAssignment, error)) error {
	as, err := assigned()
	if err != nil {
		return err
	}
	if pendingAssignment(c, as) != nil {
		return nil
	}
	if len(ownAssignments(c, as)) == 0 {
		return apperr.New(apperr.Forbidden, "your department has no assignment on this proposal")
	}
	return apperr.New(apperr.Conflict, "your department has answered this proposal already")
}

// signedIn is the condition of MARK_READ: a read mark belongs to an account.
func signedIn(c *policies.Caller, _ func() ([]*model.ProposalAssignment, error)) error {
	if c.User == nil {
		return apperr.New(apperr.Unauthenticated, "sign in to mark proposals read")
	}
	return nil
}
