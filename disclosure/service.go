package disclosure

import (
	"context"
	"fmt"
	"log/slog"
	"strconv"
	"strings"
	"time"

	"github.com/uptrace/bun"

	"github.com/pppdesk/pppdesk/apperr"
	"github.com/pppdesk/pppdesk/audit"
	"github.com/pppdesk/pppdesk/customfield"
	"github.com/pppdesk/pppdesk/input"
	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/notify"
	"github.com/pppdesk/pppdesk/outbox"
	"github.com/pppdesk/pppdesk/policies"
	"github.com/pppdesk/pppdesk/proposal"
	"github.com/pppdesk/pppdesk/storage"
	"github.com/pppdesk/pppdesk/store"
)

// DefaultCopyTTL is how long a produced disclosure copy can be downloaded: long enough to
// fetch it right after producing it, short enough that a stray link soon opens nothing.
const DefaultCopyTTL = time.Hour

// MaxReference bounds the disclosure request's reference number (開示請求番号).
const MaxReference = 100

// Deps are what the service needs from the server.
type Deps struct {
	Store *store.Store
	// Proposals finds proposals with their read policy and answers proposal policy checks.
	Proposals *proposal.Service
	// Mail queues the desk's notification in the transaction of a request; nil sends none.
	Mail outbox.MailQueue
	// Files keeps produced copies until they expire.
	Files storage.Storage
	Now   func() time.Time
	Log   *slog.Logger
	// CopyTTL is how long a copy can be downloaded; 0 means DefaultCopyTTL.
	CopyTTL time.Duration
}

// Service runs the disclosure operations for a caller.
type Service struct {
	d Deps
}

// New builds the service from its dependencies.
func New(d Deps) *Service {
	if d.Now == nil {
		d.Now = time.Now
	}
	if d.Log == nil {
		d.Log = slog.Default()
	}
	if d.CopyTTL <= 0 {
		d.CopyTTL = DefaultCopyTTL
	}
	return &Service{d: d}
}

func (s *Service) now() time.Time { return s.d.Now().UTC().Truncate(time.Second) }

// Target names the part of a proposal an operation applies to: exactly one of its fields.
type Target struct {
	Field        *string
	AttachmentID *int64
	MessageID    *int64
}

// May answers a policy check of the caller on a proposal; resolvers pass one that batches
// the assignments of a page.
type May func(policies.Action) (bool, error)

// Levels answers the effective disclosure levels of p, or nil when c may not read them
// (the public, other organizations, departments p is not assigned to). may nil asks the
// database for p's assignments.
func (s *Service) Levels(ctx context.Context, c *policies.Caller, p *model.Proposal, may May) (*Levels, error) {
	if may == nil {
		may = func(a policies.Action) (bool, error) { return s.d.Proposals.May(ctx, c, p, a) }
	}
	if ok, err := may(policies.ReadDisclosure); err != nil || !ok {
		return nil, err
	}
	return s.levels(ctx, s.d.Store.DB, c, p)
}

func (s *Service) levels(ctx context.Context, db bun.IDB, c *policies.Caller, p *model.Proposal) (*Levels, error) {
	rows, err := store.DisclosureOverrides(ctx, db, p.MunicipalityID, p.ID)
	if err != nil {
		return nil, err
	}
	org, err := store.ProposingOrganization(ctx, db, p.MunicipalityID, p.OrganizationID)
	if err != nil {
		return nil, err
	}
	custom, err := customFields(ctx, db, c, p)
	if err != nil {
		return nil, err
	}
	return NewLevels(TableOf(c.Municipality.Slug), org != nil && org.Kind == model.OrgSoleProprietor, rows).WithCustomFields(custom), nil
}

// customFields answers the proposal custom fields c may see on p: the ones whose levels it
// reads and sets. A field c may not see is no part of the proposal for c.
func customFields(ctx context.Context, db bun.IDB, c *policies.Caller, p *model.Proposal) ([]*model.CustomFieldDefinition, error) {
	defs, err := store.CustomFieldDefinitions(ctx, db, p.MunicipalityID, model.TargetProposal)
	if err != nil {
		return nil, err
	}
	out := defs[:0]
	for _, d := range defs {
		if customfield.Visible(c, &p.OrganizationID, d.Visibility) {
			out = append(out, d)
		}
	}
	return out, nil
}

// LevelsOf answers the levels of a proposal.
type LevelsOf func(proposalID int64) (*Levels, error)

// OfAttachment answers the level of a proposal file, nil when levels answers none (the
// caller may not read them) or the file is no proposal's.
func (s *Service) OfAttachment(ctx context.Context, a *model.Attachment, levels LevelsOf) (*Effective, error) {
	proposalID := a.OwnerID
	var msg *model.ProposalMessage
	switch a.OwnerType {
	case model.OwnerProposal:
	case model.OwnerMessage:
		m, err := s.d.Store.MessageByID(ctx, a.MunicipalityID, a.OwnerID)
		if err != nil || m == nil {
			return nil, err
		}
		proposalID, msg = m.ProposalID, m
	default:
		return nil, nil
	}
	l, err := levels(proposalID)
	if err != nil || l == nil {
		return nil, err
	}
	e := l.Attachment(a, msg)
	return &e, nil
}

// OfMessage answers the level of a message, nil when levels answers none.
func OfMessage(m *model.ProposalMessage, levels LevelsOf) (*Effective, error) {
	l, err := levels(m.ProposalID)
	if err != nil || l == nil {
		return nil, err
	}
	e := l.Message(m)
	return &e, nil
}

// LevelsByID answers the levels of a proposal for c, nil when c may not read the proposal
// or its levels.
func (s *Service) LevelsByID(ctx context.Context, c *policies.Caller, proposalID int64) (*Levels, error) {
	if _, ok := c.Scope(policies.ReadDisclosure); !ok {
		return nil, nil
	}
	p, err := s.d.Proposals.Get(ctx, c, proposalID)
	if err != nil {
		if apperr.CodeOf(err) == apperr.NotFound {
			return nil, nil
		}
		return nil, err
	}
	return s.Levels(ctx, c, p, nil)
}

// find loads a proposal c may read and checks it may do act on it: NOT_FOUND when it cannot
// see it, FORBIDDEN when it sees it but may not act.
func (s *Service) find(ctx context.Context, c *policies.Caller, id int64, act policies.Action) (*model.Proposal, error) {
	p, err := s.d.Proposals.Get(ctx, c, id)
	if err != nil {
		return nil, err
	}
	ok, err := s.d.Proposals.May(ctx, c, p, act)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, apperr.New(apperr.Forbidden, "your role may not %s of this proposal", act.Verb)
	}
	return p, nil
}

// part is a validated target with its default level.
type part struct {
	target
	def Default
	// name is how the API names a field part (customFields.<key> for a custom field).
	name string
}

// auditTarget names the part in audit entries: a custom field by its key as well as its
// definition's ID, so the entry reads without looking the definition up.
func (pt part) auditTarget() string {
	if pt.Kind == model.TargetCustomField {
		return pt.String() + " (" + pt.name + ")"
	}
	return pt.String()
}

// part validates t against p: a field with a level, or a file or message of p that c may
// see; anything else is BAD_USER_INPUT naming the argument, the same for a part that does not
// exist and one c may not see, so existence never leaks.
func (s *Service) part(ctx context.Context, c *policies.Caller, p *model.Proposal, t Target) (part, error) {
	n := 0
	for _, set := range []bool{t.Field != nil, t.AttachmentID != nil, t.MessageID != nil} {
		if set {
			n++
		}
	}
	if n != 1 {
		return part{}, apperr.Invalid("target", "give exactly one of field, attachmentId and messageId")
	}
	l := NewLevels(TableOf(c.Municipality.Slug), false, nil)
	seesInternal := func() (bool, error) { return s.d.Proposals.May(ctx, c, p, policies.InternalNote) }
	switch {
	case t.Field != nil:
		f, ok := fieldNamed(*t.Field)
		if !ok {
			custom, err := customFields(ctx, s.d.Store.DB, c, p)
			if err != nil {
				return part{}, err
			}
			for _, d := range custom {
				if CustomFieldPrefix+d.Key == *t.Field {
					return part{target{model.TargetCustomField, strconv.FormatInt(d.ID, 10)}, l.customDefault(d), *t.Field}, nil
				}
			}
			names := make([]string, 0, len(Fields)+len(custom))
			for _, f := range Fields {
				names = append(names, f.Name)
			}
			for _, d := range custom {
				names = append(names, CustomFieldPrefix+d.Key)
			}
			return part{}, apperr.Invalid("target.field", "%q is not a field with a disclosure level; one of %s", *t.Field, strings.Join(names, ", "))
		}
		d := l.fieldDefault(f)
		if f.Name == "organization" {
			org, err := store.ProposingOrganization(ctx, s.d.Store.DB, p.MunicipalityID, p.OrganizationID)
			if err != nil {
				return part{}, err
			}
			if org != nil && org.Kind == model.OrgSoleProprietor {
				d = l.table.SoleProprietor
			}
		}
		return part{target{model.TargetField, f.Name}, d, f.Name}, nil
	case t.MessageID != nil:
		missing := apperr.Invalid("target.messageId", "no such message on this proposal")
		m, err := s.d.Store.MessageByID(ctx, p.MunicipalityID, *t.MessageID)
		if err != nil {
			return part{}, err
		}
		if m == nil || m.ProposalID != p.ID {
			return part{}, missing
		}
		if m.Internal {
			if ok, err := seesInternal(); err != nil || !ok {
				if err == nil {
					err = missing
				}
				return part{}, err
			}
		}
		return part{target: target{model.TargetMessage, strconv.FormatInt(m.ID, 10)}, def: l.messageDefault(m.Internal)}, nil
	default:
		missing := apperr.Invalid("target.attachmentId", "no such attachment on this proposal")
		a, err := s.d.Store.AttachmentByID(ctx, p.MunicipalityID, *t.AttachmentID)
		if err != nil {
			return part{}, err
		}
		internal := false
		switch {
		case a == nil:
			return part{}, missing
		case a.OwnerType == model.OwnerProposal && a.OwnerID == p.ID:
		case a.OwnerType == model.OwnerMessage:
			m, err := s.d.Store.MessageByID(ctx, p.MunicipalityID, a.OwnerID)
			if err != nil {
				return part{}, err
			}
			if m == nil || m.ProposalID != p.ID {
				return part{}, missing
			}
			internal = m.Internal
		default:
			return part{}, missing
		}
		if internal {
			if ok, err := seesInternal(); err != nil || !ok {
				if err == nil {
					err = missing
				}
				return part{}, err
			}
		}
		return part{target: target{model.TargetAttachment, strconv.FormatInt(a.ID, 10)}, def: l.messageDefault(internal)}, nil
	}
}

// override loads the stored override of a part in tx, or a new one.
func override(ctx context.Context, tx bun.IDB, p *model.Proposal, pt part) (*model.DisclosureOverride, error) {
	o, err := store.DisclosureOverrideForUpdate(ctx, tx, p.MunicipalityID, p.ID, pt.Kind, pt.Key)
	if err != nil || o != nil {
		return o, err
	}
	return &model.DisclosureOverride{MunicipalityID: p.MunicipalityID, ProposalID: p.ID, TargetKind: pt.Kind, TargetKey: pt.Key}, nil
}

// save writes an override, a concurrent first write of the same part being a CONFLICT.
func save(ctx context.Context, tx bun.IDB, o *model.DisclosureOverride) error {
	if err := store.SaveDisclosureOverride(ctx, tx, o); err != nil {
		if store.IsUniqueViolation(err) {
			return apperr.New(apperr.Conflict, "the disclosure level changed meanwhile; reload and try again")
		}
		return err
	}
	return nil
}

// SetLevel sets the disclosure level of a part of a proposal (the desk). Any level but
// DISCLOSABLE needs a reason; the change is audited with the old and the new level.
func (s *Service) SetLevel(ctx context.Context, c *policies.Caller, proposalID int64, t Target, level model.DisclosureLevel, reason *string) (*model.Proposal, error) {
	p, err := s.find(ctx, c, proposalID, policies.SetDisclosure)
	if err != nil {
		return nil, err
	}
	if !level.Valid() {
		return nil, apperr.Invalid("level", "%q is not a disclosure level", level)
	}
	r := ""
	if reason != nil {
		if r, err = input.Text("reason", *reason, false, input.MaxReason); err != nil {
			return nil, err
		}
	}
	if level.Withheld() && r == "" {
		return nil, apperr.Invalid("reason", "a reason is required to withhold a part (%s)", level)
	}
	pt, err := s.part(ctx, c, p, t)
	if err != nil {
		return nil, err
	}
	now := s.now()
	err = s.d.Store.InTx(ctx, func(ctx context.Context, tx bun.Tx) error {
		o, err := override(ctx, tx, p, pt)
		if err != nil {
			return err
		}
		oldLevel, oldReason := pt.def.Level, pt.def.Reason
		if o.Level != nil {
			oldLevel, oldReason = *o.Level, o.Reason
		}
		o.Level, o.Reason, o.SetByID, o.SetAt = &level, r, &c.User.ID, &now
		if err := save(ctx, tx, o); err != nil {
			return err
		}
		return audit.Record(ctx, tx, c, now, audit.Entry{Action: "proposal.disclosureLevel", TargetType: string(model.OwnerProposal), TargetID: p.ID,
			Changes: map[string]any{"target": pt.auditTarget(), "level": []string{string(oldLevel), string(level)}, "reason": []string{oldReason, r}}})
	})
	if err != nil {
		return nil, err
	}
	return p, nil
}

// RequestProtection records the proposer's request that a part of its own proposal be
// withheld, audits it and tells the desk by mail, in one transaction.
func (s *Service) RequestProtection(ctx context.Context, c *policies.Caller, proposalID int64, t Target, reason string) (*model.Proposal, error) {
	p, err := s.find(ctx, c, proposalID, policies.RequestProtection)
	if err != nil {
		return nil, err
	}
	r, err := input.Text("reason", reason, true, input.MaxReason)
	if err != nil {
		return nil, err
	}
	pt, err := s.part(ctx, c, p, t)
	if err != nil {
		return nil, err
	}
	now := s.now()
	err = s.d.Store.InTx(ctx, func(ctx context.Context, tx bun.Tx) error {
		o, err := override(ctx, tx, p, pt)
		if err != nil {
			return err
		}
		o.ProtectionReason, o.ProtectionRequestedAt, o.ProtectionRequestedByID = r, &now, &c.User.ID
		if err := save(ctx, tx, o); err != nil {
			return err
		}
		if err := audit.Record(ctx, tx, c, now, audit.Entry{Action: "proposal.requestProtection", TargetType: string(model.OwnerProposal), TargetID: p.ID,
			Changes: map[string]any{"target": pt.auditTarget(), "reason": r}}); err != nil {
			return err
		}
		if s.d.Mail == nil {
			return nil
		}
		desk, err := store.UsersWithRole(ctx, tx, p.MunicipalityID, model.RoleDesk, nil)
		if err != nil {
			return err
		}
		in := notify.ProposalInfo{Title: p.Title, Number: fmt.Sprintf("P-%d", p.ID), Municipality: c.Municipality.Name, DeskName: c.Municipality.DeskName}
		var msgs []notify.Message
		for _, d := range desk {
			if !d.Disabled {
				msgs = append(msgs, notify.ProtectionRequested(d.Email, in))
			}
		}
		if len(msgs) == 0 {
			return nil
		}
		return s.d.Mail(ctx, tx, p.MunicipalityID, msgs...)
	})
	if err != nil {
		return nil, err
	}
	return p, nil
}
