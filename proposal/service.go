// Package proposal owns the life cycle of a proposal (提案): who may create, edit, submit,
// withdraw, assign, answer, decide, discuss and attach to one, in which states, and what each
// change records (history event, audit entry) and sends (mail) in its own transaction.
package proposal

import (
	"context"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"github.com/uptrace/bun"

	"github.com/pppdesk/pppdesk/apperr"
	"github.com/pppdesk/pppdesk/audit"
	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/notify"
	"github.com/pppdesk/pppdesk/outbox"
	"github.com/pppdesk/pppdesk/policies"
	"github.com/pppdesk/pppdesk/storage"
	"github.com/pppdesk/pppdesk/store"
)

// Deps are what the service needs from the server; each is handed in, none is global.
type Deps struct {
	Store *store.Store
	// Mail queues notification mails in the transaction of the change that causes them;
	// nil sends none.
	Mail outbox.MailQueue
	// Now is the server clock (tests move it).
	Now func() time.Time
	// Log receives what goes wrong outside an answer; nil means slog.Default.
	Log *slog.Logger
	// Files keeps attachment bytes; Uploads limits what may be stored.
	Files   storage.Storage
	Uploads storage.Limits
	// UploadLimit counts stored files per client address.
	UploadLimit store.Limit
}

// Service runs the proposal operations for a caller.
type Service struct {
	store       *store.Store
	mail        outbox.MailQueue
	now         func() time.Time
	log         *slog.Logger
	files       storage.Storage
	uploads     storage.Limits
	uploadLimit store.Limit
}

// New builds the service from its dependencies.
func New(d Deps) *Service {
	now := d.Now
	if now == nil {
		now = time.Now
	}
	log := d.Log
	if log == nil {
		log = slog.Default()
	}
	return &Service{store: d.Store, mail: d.Mail, now: func() time.Time { return now().UTC().Truncate(time.Second) },
		log: log, files: d.Files, uploads: d.Uploads, uploadLimit: d.UploadLimit}
}

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
	// fromAttach are the states in which a proposal takes attachments.
	fromAttach = []model.ProposalStatus{model.ProposalDraft, model.ProposalSubmitted, model.ProposalInDialogue, model.ProposalAccepted}
)

func illegal(p *model.Proposal, action string) error {
	return apperr.New(apperr.Conflict, "a %s proposal cannot be %s", strings.ToLower(string(p.Status)), action)
}

func notFound(typ model.OwnerType, id int64) error {
	return apperr.NotFoundf("%s %s not found", typ, model.GlobalID(typ, id))
}

var errChanged = apperr.New(apperr.Conflict, "the proposal changed meanwhile; reload and try again")

// May reports whether c may do act on p. assigned answers p's assignments; it is asked only
// when the answer could depend on them (the assigned scope), so a page can hand in a batched
// load and a single check loads nothing it does not need. policies decides what each scope
// means.
func May(c *policies.Caller, p *model.Proposal, act policies.Action, assigned func() ([]*model.ProposalAssignment, error)) (bool, error) {
	o := policies.Owner{OrganizationID: &p.OrganizationID}
	if c.May(act, o) {
		return true, nil
	}
	if _, ok := c.Scope(act); !ok {
		return false, nil
	}
	as, err := assigned()
	if err != nil {
		return false, err
	}
	if len(as) == 0 {
		return false, nil
	}
	for _, a := range as {
		o.AssignedDepartmentIDs = append(o.AssignedDepartmentIDs, a.DepartmentID)
	}
	return c.May(act, o), nil
}

// May reports whether c may do act on p, reading p's assignments from the database when
// they matter (a long-lived caller such as a subscription, which must see them change).
func (s *Service) May(ctx context.Context, c *policies.Caller, p *model.Proposal, act policies.Action) (bool, error) {
	return May(c, p, act, func() ([]*model.ProposalAssignment, error) {
		return store.Assignments(ctx, s.store.DB, p.MunicipalityID, []int64{p.ID})
	})
}

// find loads a proposal the caller may read and checks it may do act on it: NOT_FOUND when
// it cannot see it, FORBIDDEN when it sees it but may not act.
func (s *Service) find(ctx context.Context, c *policies.Caller, id int64, act policies.Action) (*model.Proposal, error) {
	readScope, err := c.Authorize(policies.ReadProposal)
	if err != nil {
		if c.User != nil {
			return nil, notFound(model.OwnerProposal, id)
		}
		return nil, err
	}
	p, err := store.ProposalByID(ctx, s.store.DB, c.Viewer, readScope, id)
	if err != nil {
		return nil, err
	}
	if p == nil {
		return nil, notFound(model.OwnerProposal, id)
	}
	if act == policies.ReadProposal {
		return p, nil
	}
	if ok, err := s.May(ctx, c, p, act); err != nil || !ok {
		if err == nil {
			err = apperr.New(apperr.Forbidden, "your role may not %s this proposal", act.Verb)
		}
		return nil, err
	}
	return p, nil
}

// findFor loads a proposal the caller may read and checks the policy of mutation a on it,
// as find does; the state is checked by the mutation where its input allows.
func (s *Service) findFor(ctx context.Context, c *policies.Caller, id int64, a model.ProposalAction) (*model.Proposal, error) {
	return s.find(ctx, c, id, rules[a].policy)
}

// record writes the history event and the audit entry of one action, in the action's
// transaction, so the log never disagrees with the data.
func (s *Service) record(ctx context.Context, tx bun.IDB, c *policies.Caller, p *model.Proposal, action string, from, to model.ProposalStatus, reason string, changes map[string]any, dept ...int64) error {
	ev := &model.ProposalEvent{MunicipalityID: p.MunicipalityID, ProposalID: p.ID, Action: action, FromStatus: string(from),
		ToStatus: string(to), ActorID: actorOf(c), Reason: reason, At: s.now()}
	if len(dept) > 0 {
		ev.DepartmentID = &dept[0]
	}
	if err := store.Insert(ctx, tx, ev); err != nil {
		return err
	}
	return s.audit(ctx, tx, c, "proposal."+strings.ToLower(action), p.ID, changes)
}

// audit writes one audit entry about a proposal.
func (s *Service) audit(ctx context.Context, tx bun.IDB, c *policies.Caller, action string, proposalID int64, changes map[string]any) error {
	return audit.Record(ctx, tx, c, s.now(), audit.Entry{Action: action, TargetType: string(model.OwnerProposal), TargetID: proposalID, Changes: changes})
}

func actorOf(c *policies.Caller) *int64 {
	if c.User == nil {
		return nil
	}
	return &c.User.ID
}

// transition moves a proposal to to from a state in which mutation a is allowed,
// atomically: the UPDATE only matches while the state is still allowed, so two concurrent
// decisions cannot both win. mail composes the notifications of the change in its
// transaction.
func (s *Service) transition(ctx context.Context, c *policies.Caller, p *model.Proposal, action string, a model.ProposalAction, to model.ProposalStatus, reason string, cols []string, mail func(ctx context.Context, tx bun.IDB) error) error {
	if err := inState(p, a); err != nil {
		return err
	}
	from := rules[a].from
	prev := p.Status
	p.Status, p.UpdatedAt = to, s.now()
	return s.store.InTx(ctx, func(ctx context.Context, tx bun.Tx) error {
		ok, err := store.SaveProposal(ctx, tx, p, p.Version, from, append([]string{"status"}, cols...)...)
		if err != nil {
			return err
		}
		if !ok {
			return errChanged
		}
		if err := s.record(ctx, tx, c, p, action, prev, to, reason, map[string]any{"status": []string{string(prev), string(to)}}); err != nil {
			return err
		}
		if mail != nil {
			return mail(ctx, tx)
		}
		return nil
	})
}

// info describes a proposal for notification emails.
func info(c *policies.Caller, p *model.Proposal) notify.ProposalInfo {
	return notify.ProposalInfo{Title: p.Title, Number: fmt.Sprintf("P-%d", p.ID), Municipality: c.Municipality.Name, DeskName: c.Municipality.DeskName}
}

// creator answers the proposal's author when it still receives mail.
func creator(ctx context.Context, tx bun.IDB, p *model.Proposal) (*model.User, error) {
	u, err := store.UserIn(ctx, tx, p.MunicipalityID, p.CreatedByID)
	if err != nil || u == nil || u.Disabled {
		return nil, err
	}
	return u, nil
}

// queue hands the composed mails of a change to the outbox, in the change's transaction.
func (s *Service) queue(ctx context.Context, tx bun.IDB, mid int64, msgs []notify.Message) error {
	if s.mail == nil || len(msgs) == 0 {
		return nil
	}
	return s.mail(ctx, tx, mid, msgs...)
}

// NeedsAssignments reports whether c's answer for act on p could depend on p's assignments,
// so a page loads them only for callers whose checks need them.
func NeedsAssignments(c *policies.Caller, p *model.Proposal, act policies.Action) bool {
	if c.May(act, policies.Owner{OrganizationID: &p.OrganizationID}) {
		return false
	}
	_, ok := c.Scope(act)
	return ok
}
