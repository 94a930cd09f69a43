package disclosure

import (
	"strconv"

	"github.com/pppdesk/pppdesk/model"
)

// Effective is the level a part of a proposal has now: the desk's override, or the default.
type Effective struct {
	Level     model.DisclosureLevel
	Reason    string
	IsDefault bool
	// Protection is the proposer's request for protection of the part, nil without one.
	Protection *model.ProtectionRequest
}

// target names one part of a proposal as overrides are stored.
type target struct {
	Kind model.DisclosureTargetKind
	Key  string
}

func (t target) String() string { return string(t.Kind) + ":" + t.Key }

// Levels are the effective disclosure levels of one proposal's parts: the overrides stored
// for it over the municipality's default table.
type Levels struct {
	table          Table
	soleProprietor bool
	overrides      map[target]*model.DisclosureOverride
	// custom are the proposal custom fields the caller may see, in definition order.
	custom []*model.CustomFieldDefinition
}

// CustomFieldPrefix starts the name of a custom field among a proposal's fields with a
// disclosure level: customFields.<key>, as custom fields are named in errors.
const CustomFieldPrefix = "customFields."

// WithCustomFields adds the proposal custom fields the caller may see (PROPOSAL target, in
// definition order) to the parts levels answers for.
func (l *Levels) WithCustomFields(defs []*model.CustomFieldDefinition) *Levels {
	l.custom = defs
	return l
}

// customDefault is the default of a custom field's value: the definition's own level, or
// by visibility — a STAFF field is the desk's own note on the proposal, withheld like an
// internal note; what the proposer or the public sees is disclosable.
func (l *Levels) customDefault(d *model.CustomFieldDefinition) Default {
	switch {
	case d.DisclosureLevel != nil:
		return Default{Level: *d.DisclosureLevel, Reason: d.DisclosureReason}
	case d.Visibility == model.VisibilityStaff:
		return l.table.InternalNote
	}
	return l.table.Other
}

// CustomField answers the level of a custom field's value on the proposal.
func (l *Levels) CustomField(d *model.CustomFieldDefinition) Effective {
	return l.of(target{model.TargetCustomField, strconv.FormatInt(d.ID, 10)}, l.customDefault(d))
}

// NewLevels computes levels from a municipality's defaults and a proposal's overrides;
// soleProprietor says the proposer is a natural person (its name is personal data).
func NewLevels(t Table, soleProprietor bool, rows []*model.DisclosureOverride) *Levels {
	l := &Levels{table: t, soleProprietor: soleProprietor, overrides: make(map[target]*model.DisclosureOverride, len(rows))}
	for _, o := range rows {
		l.overrides[target{o.TargetKind, o.TargetKey}] = o
	}
	return l
}

// fieldDefault is the default of a proposal field.
func (l *Levels) fieldDefault(f Field) Default {
	switch {
	case f.Contact:
		return l.table.Contact
	case f.Name == "organization" && l.soleProprietor:
		return l.table.SoleProprietor
	}
	return l.table.Other
}

// messageDefault is the default of a message or of a file attached to it.
func (l *Levels) messageDefault(internal bool) Default {
	if internal {
		return l.table.InternalNote
	}
	return l.table.Other
}

func (l *Levels) of(t target, d Default) Effective {
	e := Effective{Level: d.Level, Reason: d.Reason, IsDefault: true}
	o := l.overrides[t]
	if o == nil {
		return e
	}
	if o.Level != nil {
		e.Level, e.Reason, e.IsDefault = *o.Level, o.Reason, false
	}
	if o.ProtectionRequestedAt != nil {
		e.Protection = &model.ProtectionRequest{Reason: o.ProtectionReason, RequestedAt: *o.ProtectionRequestedAt}
	}
	return e
}

// Field answers the level of a proposal field (one of Fields).
func (l *Levels) Field(f Field) Effective {
	return l.of(target{model.TargetField, f.Name}, l.fieldDefault(f))
}

// Message answers the level of a message or internal note.
func (l *Levels) Message(m *model.ProposalMessage) Effective {
	return l.of(target{model.TargetMessage, strconv.FormatInt(m.ID, 10)}, l.messageDefault(m.Internal))
}

// Attachment answers the level of a file; m is the message it is attached to (nil for the
// proposal's own files). A message's file takes the message's effective level as its
// default, so withholding a message withholds its files (their names can carry the same
// personal data) unless the desk sets the file's own level.
func (l *Levels) Attachment(a *model.Attachment, m *model.ProposalMessage) Effective {
	d := l.messageDefault(false)
	if m != nil {
		e := l.Message(m)
		d = Default{Level: e.Level, Reason: e.Reason}
	}
	return l.of(target{model.TargetAttachment, strconv.FormatInt(a.ID, 10)}, d)
}

// Fields answers the effective level of every proposal field, in the order of Fields, then
// of every custom field the caller may see, as customFields.<key>.
func (l *Levels) Fields() []*model.FieldDisclosure {
	out := make([]*model.FieldDisclosure, 0, len(Fields)+len(l.custom))
	add := func(name string, e Effective) {
		out = append(out, &model.FieldDisclosure{Field: name, Level: e.Level, Reason: ReasonOf(e),
			IsDefault: e.IsDefault, ProtectionRequested: e.Protection})
	}
	for _, f := range Fields {
		add(f.Name, l.Field(f))
	}
	for _, d := range l.custom {
		add(CustomFieldPrefix+d.Key, l.CustomField(d))
	}
	return out
}

// ReasonOf answers an effective level's reason for the API: nil when there is none.
func ReasonOf(e Effective) *string {
	if e.Reason == "" {
		return nil
	}
	r := e.Reason
	return &r
}

// PersonalCustomFields answers the values among vals (one proposal's, with their
// definitions) whose effective level is PERSONAL_DATA: by the proposal's override of the
// field (overrides are the proposal's), else by the field's default in the municipality's
// table t. Whoever reads them, staff reads are logged and the retention purge removes them.
func PersonalCustomFields(t Table, overrides []*model.DisclosureOverride, vals []*model.CustomFieldValue) []*model.CustomFieldValue {
	var out []*model.CustomFieldValue
	if len(vals) == 0 {
		return out
	}
	l := NewLevels(t, false, overrides)
	for _, v := range vals {
		if v.Definition != nil && l.CustomField(v.Definition).Level == model.DisclosurePersonalData {
			out = append(out, v)
		}
	}
	return out
}
