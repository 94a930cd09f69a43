// Package customfield owns the custom fields a municipality's desk adds to proposals and to
// each content type without forking the schema: who may define and read them, how their
// values are validated on every write, and which values a caller may see.
package customfield

import (
	"context"
	"fmt"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/uptrace/bun"

	"github.com/pppdesk/pppdesk/apperr"
	"github.com/pppdesk/pppdesk/audit"
	"github.com/pppdesk/pppdesk/input"
	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/policies"
	"github.com/pppdesk/pppdesk/store"
)

// Limits of a definition and of text values.
const (
	MaxKey      = 40
	MaxLabel    = 200
	MaxChoices  = 100
	MaxText     = 200
	MaxLongText = 10000
	// MaxFields bounds the fields of one target, so a form stays a form.
	MaxFields = 100
)

var keyPattern = regexp.MustCompile(`^[a-z][a-zA-Z0-9_]*$`)

// Service defines custom fields and answers their definitions.
type Service struct {
	store *store.Store
	now   func() time.Time
}

// New builds the service; now is the server clock.
func New(s *store.Store, now func() time.Time) *Service {
	if now == nil {
		now = time.Now
	}
	return &Service{store: s, now: func() time.Time { return now().UTC().Truncate(time.Second) }}
}

// Definitions answers the fields of a target the caller may know of: PUBLIC and PROPOSER
// fields for anyone of the municipality (a portal builds its forms from them), STAFF fields
// for staff only.
func (s *Service) Definitions(ctx context.Context, c *policies.Caller, target model.CustomFieldTarget) ([]*model.CustomFieldDefinition, error) {
	if _, err := c.Authorize(policies.ReadCustomFields); err != nil {
		return nil, err
	}
	if _, ok := target.Owner(); !ok {
		return nil, apperr.Invalid("target", "%q is not a custom field target", target)
	}
	defs, err := store.CustomFieldDefinitions(ctx, s.store.DB, c.Municipality.ID, target)
	if err != nil {
		return nil, err
	}
	_, staff := c.Scope(policies.ReadStaffCustomFields)
	out := defs[:0]
	for _, d := range defs {
		if d.Visibility != model.VisibilityStaff || staff {
			out = append(out, d)
		}
	}
	return out, nil
}

// Definition answers one definition by ID as Definitions would show it: NOT_FOUND when it
// is another municipality's or a STAFF field the caller may not know of.
func (s *Service) Definition(ctx context.Context, c *policies.Caller, id int64) (*model.CustomFieldDefinition, error) {
	if _, err := c.Authorize(policies.ReadCustomFields); err != nil {
		return nil, err
	}
	d, err := store.CustomFieldDefinition(ctx, s.store.DB, c.Municipality.ID, id)
	if err != nil {
		return nil, err
	}
	if _, staff := c.Scope(policies.ReadStaffCustomFields); d == nil || (d.Visibility == model.VisibilityStaff && !staff) {
		return nil, notFound(id)
	}
	return d, nil
}

func notFound(id int64) error {
	return apperr.NotFoundf("custom field %s not found", model.GlobalID(model.OwnerCustomField, id))
}

// Define adds a custom field to a target of the caller's municipality.
func (s *Service) Define(ctx context.Context, c *policies.Caller, in model.CustomFieldDefinitionInput) (*model.CustomFieldDefinition, error) {
	if _, err := c.Authorize(policies.ManageCustomFields); err != nil {
		return nil, err
	}
	now := s.now()
	d := &model.CustomFieldDefinition{MunicipalityID: c.Municipality.ID, Target: in.Target, Type: in.Type, CreatedAt: now, UpdatedAt: now}
	if _, ok := in.Target.Owner(); !ok {
		return nil, apperr.Invalid("input.target", "%q is not a custom field target", in.Target)
	}
	if err := apply(d, in); err != nil {
		return nil, err
	}
	err := s.store.InTx(ctx, func(ctx context.Context, tx bun.Tx) error {
		defs, err := store.CustomFieldDefinitions(ctx, tx, d.MunicipalityID, d.Target)
		if err != nil {
			return err
		}
		if len(defs) >= MaxFields {
			return apperr.New(apperr.Conflict, "a target has at most %d custom fields", MaxFields)
		}
		if err := keyFree(ctx, tx, d); err != nil {
			return err
		}
		if in.Order == nil {
			if d.Order, err = store.NextCustomFieldOrder(ctx, tx, d.MunicipalityID, d.Target); err != nil {
				return err
			}
		}
		if err := store.Insert(ctx, tx, d); err != nil {
			return err
		}
		changes := audit.Fields(in)
		if d.DisclosureLevel != nil {
			changes["disclosureLevel"] = string(*d.DisclosureLevel)
		}
		return audit.Record(ctx, tx, c, now, audit.Entry{Action: "customField.define", TargetType: string(model.OwnerCustomField), TargetID: d.ID, Changes: changes})
	})
	if err != nil {
		return nil, err
	}
	return d, nil
}

// Update changes a definition; its target and type stay, because stored values depend on them.
func (s *Service) Update(ctx context.Context, c *policies.Caller, id int64, in model.CustomFieldDefinitionInput) (*model.CustomFieldDefinition, error) {
	if _, err := c.Authorize(policies.ManageCustomFields); err != nil {
		return nil, err
	}
	var d *model.CustomFieldDefinition
	err := s.store.InTx(ctx, func(ctx context.Context, tx bun.Tx) error {
		var err error
		if d, err = store.CustomFieldDefinition(ctx, tx, c.Municipality.ID, id); err != nil {
			return err
		}
		if d == nil {
			return notFound(id)
		}
		if in.Target != d.Target {
			return apperr.Invalid("input.target", "the target of a custom field cannot change (it is %s)", d.Target)
		}
		if in.Type != d.Type {
			return apperr.Invalid("input.type", "the type of a custom field cannot change (it is %s); define a new field instead", d.Type)
		}
		oldLevel, oldReason := levelName(d.DisclosureLevel), d.DisclosureReason
		if err := apply(d, in); err != nil {
			return err
		}
		if err := keyFree(ctx, tx, d); err != nil {
			return err
		}
		d.UpdatedAt = s.now()
		if err := store.SaveCustomFieldDefinition(ctx, tx, d); err != nil {
			return err
		}
		changes := audit.Fields(in)
		if newLevel := levelName(d.DisclosureLevel); newLevel != oldLevel || d.DisclosureReason != oldReason {
			// The default level of the field's values changes on every proposal that kept it:
			// audited with the old and the new level, like a level the desk sets on one.
			changes["disclosureLevel"] = []string{oldLevel, newLevel}
			changes["disclosureReason"] = []string{oldReason, d.DisclosureReason}
		}
		return audit.Record(ctx, tx, c, d.UpdatedAt, audit.Entry{Action: "customField.update", TargetType: string(model.OwnerCustomField), TargetID: d.ID, Changes: changes})
	})
	if err != nil {
		return nil, err
	}
	return d, nil
}

// Delete removes a definition and, in the same transaction, its stored values: a value
// without its definition could be neither validated nor shown under the right visibility.
// The audit entry keeps the definition and the number of values deleted.
func (s *Service) Delete(ctx context.Context, c *policies.Caller, id int64) error {
	if _, err := c.Authorize(policies.ManageCustomFields); err != nil {
		return err
	}
	return s.store.InTx(ctx, func(ctx context.Context, tx bun.Tx) error {
		d, err := store.CustomFieldDefinition(ctx, tx, c.Municipality.ID, id)
		if err != nil {
			return err
		}
		if d == nil {
			return notFound(id)
		}
		n, err := store.DeleteCustomFieldDefinition(ctx, tx, d.MunicipalityID, d.ID)
		if err != nil {
			return err
		}
		if err := store.DeleteCustomFieldDisclosure(ctx, tx, d.MunicipalityID, d.ID); err != nil {
			return err
		}
		changes := audit.Fields(d)
		changes["deletedValues"] = n
		return audit.Record(ctx, tx, c, s.now(), audit.Entry{Action: "customField.delete", TargetType: string(model.OwnerCustomField), TargetID: d.ID, Changes: changes})
	})
}

func keyFree(ctx context.Context, tx bun.IDB, d *model.CustomFieldDefinition) error {
	taken, err := store.CustomFieldKeyTaken(ctx, tx, d.MunicipalityID, d.Target, d.Key, d.ID)
	if err != nil {
		return err
	}
	if taken {
		return apperr.New(apperr.Conflict, "input.key: %s already has a custom field %q", d.Target, d.Key)
	}
	return nil
}

// apply checks a definition input and copies it onto d.
func apply(d *model.CustomFieldDefinition, in model.CustomFieldDefinitionInput) error {
	key := strings.TrimSpace(in.Key)
	if len(key) > MaxKey || !keyPattern.MatchString(key) {
		return apperr.Invalid("input.key", "%q is not a key: a lower-case letter, then letters, digits or underscores, at most %d", in.Key, MaxKey)
	}
	switch in.Type {
	case model.FieldText, model.FieldLongText, model.FieldNumber, model.FieldDate, model.FieldSingleChoice, model.FieldMultipleChoice, model.FieldBoolean:
	default:
		return apperr.Invalid("input.type", "%q is not a custom field type", in.Type)
	}
	var err error
	d.Key = key
	if d.LabelJa, err = input.Text("input.labelJa", in.LabelJa, true, MaxLabel); err != nil {
		return err
	}
	d.LabelEn = ""
	if in.LabelEn != nil {
		if d.LabelEn, err = input.Text("input.labelEn", *in.LabelEn, false, MaxLabel); err != nil {
			return err
		}
	}
	d.Required = in.Required != nil && *in.Required
	d.Visibility = model.VisibilityStaff
	if in.Visibility != nil {
		switch *in.Visibility {
		case model.VisibilityPublic, model.VisibilityProposer, model.VisibilityStaff:
			d.Visibility = *in.Visibility
		default:
			return apperr.Invalid("input.visibility", "%q is not a visibility", *in.Visibility)
		}
	}
	if in.Order != nil {
		if *in.Order < 0 || *in.Order > 10000 {
			return apperr.Invalid("input.order", "must be between 0 and 10000")
		}
		d.Order = *in.Order
	}
	if err := applyDisclosure(d, in); err != nil {
		return err
	}
	if !in.Type.HasChoices() {
		if len(in.Choices) > 0 {
			return apperr.Invalid("input.choices", "only SINGLE_CHOICE and MULTIPLE_CHOICE fields have choices")
		}
		d.Choices = []*model.CustomFieldChoice{}
		return nil
	}
	if len(in.Choices) == 0 || len(in.Choices) > MaxChoices {
		return apperr.Invalid("input.choices", "a choice field needs 1 to %d choices", MaxChoices)
	}
	d.Choices = make([]*model.CustomFieldChoice, len(in.Choices))
	seen := map[string]bool{}
	for i, ch := range in.Choices {
		field := fmt.Sprintf("input.choices[%d]", i)
		v, err := input.Text(field+".value", ch.Value, true, MaxLabel)
		if err != nil {
			return err
		}
		if seen[v] {
			return apperr.Invalid(field+".value", "%q is given twice", v)
		}
		seen[v] = true
		out := &model.CustomFieldChoice{Value: v}
		if out.LabelJa, err = input.Text(field+".labelJa", ch.LabelJa, true, MaxLabel); err != nil {
			return err
		}
		if ch.LabelEn != nil {
			if out.LabelEn, err = input.Text(field+".labelEn", *ch.LabelEn, false, MaxLabel); err != nil {
				return err
			}
		}
		d.Choices[i] = out
	}
	return nil
}

// DisclosureDefault answers a definition's own default disclosure level and reason for c:
// nil when it has none (the policy's default applies) or c may not read disclosure levels
// (the public), as levels are shown only to those who read a proposal's levels.
func DisclosureDefault(c *policies.Caller, d *model.CustomFieldDefinition) (*model.DisclosureLevel, string) {
	if _, ok := c.Scope(policies.ReadDisclosure); !ok || d.DisclosureLevel == nil {
		return nil, ""
	}
	return d.DisclosureLevel, d.DisclosureReason
}

// levelName writes a definition's own level for the audit log: empty when policy decides.
func levelName(l *model.DisclosureLevel) string {
	if l == nil {
		return ""
	}
	return string(*l)
}

// applyDisclosure checks the default disclosure level of a definition input and copies it
// onto d: like a level the desk sets on a proposal, any level but DISCLOSABLE needs a reason.
// An omitted level keeps d's (none on a new definition), and with it d's reason unless a
// new one is given: a form that only fixes a label must not make a withheld field
// disclosable. An explicit null returns to the policy's default.
func applyDisclosure(d *model.CustomFieldDefinition, in model.CustomFieldDefinitionInput) error {
	level, given := in.DisclosureLevel.ValueOK()
	reason := ""
	if in.DisclosureReason != nil {
		var err error
		if reason, err = input.Text("input.disclosureReason", *in.DisclosureReason, false, input.MaxReason); err != nil {
			return err
		}
	}
	if !given {
		level = d.DisclosureLevel
		if in.DisclosureReason == nil {
			reason = d.DisclosureReason
		}
	}
	if level == nil {
		if reason != "" {
			return apperr.Invalid("input.disclosureReason", "give a reason only with disclosureLevel")
		}
		d.DisclosureLevel, d.DisclosureReason = nil, ""
		return nil
	}
	l := *level
	if !l.Valid() {
		return apperr.Invalid("input.disclosureLevel", "%q is not a disclosure level", l)
	}
	if l.Withheld() && reason == "" {
		return apperr.Invalid("input.disclosureReason", "a reason is required to withhold the field's values (%s)", l)
	}
	d.DisclosureLevel, d.DisclosureReason = &l, reason
	return nil
}

// Field names a custom field in errors: the key, under customFields.
func Field(key string) string { return "customFields." + key }

// Writable answers which visibilities a caller may write on a proposal of organizationID:
// the ones it reads (PUBLIC; PROPOSER for the proposing organization and staff; STAFF for
// staff only). Whether the caller may change the proposal at all is asked before.
func Writable(c *policies.Caller, organizationID *int64) func(model.CustomFieldVisibility) bool {
	return func(vis model.CustomFieldVisibility) bool { return Visible(c, organizationID, vis) }
}

// Write validates the values given for an item against the definitions of its target in the
// municipality and replaces the item's values the caller may write with them, in the
// caller's transaction; nil leaves them as they are and an empty list clears them. may tells
// which visibilities the caller writes (nil: all, as for content, which only staff edit):
// a field of another visibility is answered exactly like an unknown key, so its key, type,
// choices and label never leak, and its stored value is kept. An unknown key, a value of the
// wrong type or outside the choices is BAD_USER_INPUT naming the key. Required fields are not
// checked here: drafts may be incomplete (see Required).
func Write(ctx context.Context, tx bun.IDB, mid int64, owner store.OwnerKey, may func(model.CustomFieldVisibility) bool, in []*model.CustomFieldValueInput, now time.Time) error {
	if in == nil {
		return nil
	}
	target, ok := model.TargetOf(owner.Type)
	if !ok {
		return apperr.Invalid("customFields", "a %s has no custom fields", owner.Type)
	}
	defs, err := store.CustomFieldDefinitions(ctx, tx, mid, target)
	if err != nil {
		return err
	}
	rows, err := Values(only(defs, may), in)
	if err != nil {
		return err
	}
	for _, r := range rows {
		r.UpdatedAt = now
	}
	if may != nil {
		// Keep the values the caller may not write (a proposer's update leaves the desk's).
		old, err := store.CustomFieldValuesIn(ctx, tx, mid, []store.OwnerKey{owner})
		if err != nil {
			return err
		}
		for _, v := range old[owner] {
			if v.Definition != nil && !may(v.Definition.Visibility) {
				rows = append(rows, v)
			}
		}
	}
	return store.SetCustomFieldValues(ctx, tx, mid, owner, rows)
}

// only answers the definitions of visibilities may admits (all when may is nil).
func only(defs []*model.CustomFieldDefinition, may func(model.CustomFieldVisibility) bool) []*model.CustomFieldDefinition {
	if may == nil {
		return defs
	}
	out := make([]*model.CustomFieldDefinition, 0, len(defs))
	for _, d := range defs {
		if may(d.Visibility) {
			out = append(out, d)
		}
	}
	return out
}

// Values checks values against the definitions of their target and answers the rows to
// store; an empty value (blank text, no choices) stores nothing.
func Values(defs []*model.CustomFieldDefinition, in []*model.CustomFieldValueInput) ([]*model.CustomFieldValue, error) {
	byKey := make(map[string]*model.CustomFieldDefinition, len(defs))
	for _, d := range defs {
		byKey[d.Key] = d
	}
	seen := map[string]bool{}
	var rows []*model.CustomFieldValue
	for _, v := range in {
		field := Field(v.Key)
		d := byKey[v.Key]
		if d == nil {
			return nil, apperr.Invalid(field, "there is no custom field %q here", v.Key)
		}
		if seen[v.Key] {
			return nil, apperr.Invalid(field, "the custom field %q is given twice", v.Key)
		}
		seen[v.Key] = true
		row, err := value(d, v)
		if err != nil {
			return nil, err
		}
		if row != nil {
			row.DefinitionID, row.Definition = d.ID, d
			rows = append(rows, row)
		}
	}
	return rows, nil
}

// value checks one value against its definition: exactly the member of its type may be set.
func value(d *model.CustomFieldDefinition, v *model.CustomFieldValueInput) (*model.CustomFieldValue, error) {
	field := Field(d.Key)
	given := map[string]bool{"text": v.Text != nil, "number": v.Number != nil, "date": v.Date != nil, "boolean": v.Boolean != nil, "choices": v.Choices != nil}
	want := map[model.CustomFieldType]string{model.FieldText: "text", model.FieldLongText: "text", model.FieldNumber: "number",
		model.FieldDate: "date", model.FieldBoolean: "boolean", model.FieldSingleChoice: "choices", model.FieldMultipleChoice: "choices"}[d.Type]
	for member, set := range given {
		if set && member != want {
			return nil, apperr.Invalid(field, "the custom field %q is %s: give %s, not %s", d.Key, d.Type, want, member)
		}
	}
	if !given[want] {
		return nil, apperr.Invalid(field, "the custom field %q is %s: give %s", d.Key, d.Type, want)
	}
	out := &model.CustomFieldValue{}
	switch d.Type {
	case model.FieldText, model.FieldLongText:
		max := MaxText
		if d.Type == model.FieldLongText {
			max = MaxLongText
		}
		t, err := input.Text(field, *v.Text, false, max)
		if err != nil {
			return nil, err
		}
		if d.Type == model.FieldText && strings.ContainsAny(t, "\r\n") {
			return nil, apperr.Invalid(field, "the custom field %q is one line of text", d.Key)
		}
		if t == "" {
			return nil, nil
		}
		out.Text = &t
	case model.FieldNumber:
		if math.IsNaN(*v.Number) || math.IsInf(*v.Number, 0) {
			return nil, apperr.Invalid(field, "the custom field %q needs a finite number", d.Key)
		}
		n := *v.Number
		out.Number = &n
	case model.FieldDate:
		if _, err := model.ParseDate(string(*v.Date)); err != nil {
			return nil, apperr.Invalid(field, "the custom field %q needs a date in YYYY-MM-DD form", d.Key)
		}
		dt := *v.Date
		out.Date = &dt
	case model.FieldBoolean:
		b := *v.Boolean
		out.Boolean = &b
	case model.FieldSingleChoice, model.FieldMultipleChoice:
		if d.Type == model.FieldSingleChoice && len(v.Choices) > 1 {
			return nil, apperr.Invalid(field, "the custom field %q takes one choice", d.Key)
		}
		if len(v.Choices) == 0 {
			return nil, nil
		}
		var chosen []string
		for _, c := range v.Choices {
			if !slices.ContainsFunc(d.Choices, func(ch *model.CustomFieldChoice) bool { return ch.Value == c }) {
				return nil, apperr.Invalid(field, "%q is not a choice of the custom field %q", c, d.Key)
			}
			if slices.Contains(chosen, c) {
				return nil, apperr.Invalid(field, "%q is chosen twice in the custom field %q", c, d.Key)
			}
			chosen = append(chosen, c)
		}
		out.Choices = chosen
	}
	return out, nil
}

// Required checks that an item has a value for every required field of its target of a
// visibility may admits (nil: all): at submission of a proposal (PUBLIC and PROPOSER fields
// the proposer writes; a required STAFF field is the desk's to fill after submission and is
// never asked of the proposer) and publication of content (all). It names the first missing
// key.
func Required(ctx context.Context, db bun.IDB, mid int64, owner store.OwnerKey, may func(model.CustomFieldVisibility) bool) error {
	target, ok := model.TargetOf(owner.Type)
	if !ok {
		return nil
	}
	defs, err := store.CustomFieldDefinitions(ctx, db, mid, target)
	if err != nil {
		return err
	}
	defs = only(defs, may)
	if !slices.ContainsFunc(defs, func(d *model.CustomFieldDefinition) bool { return d.Required }) {
		return nil
	}
	vals, err := store.CustomFieldValuesIn(ctx, db, mid, []store.OwnerKey{owner})
	if err != nil {
		return err
	}
	have := map[int64]bool{}
	for _, v := range vals[owner] {
		have[v.DefinitionID] = true
	}
	for _, d := range defs {
		if d.Required && !have[d.ID] {
			return apperr.Invalid(Field(d.Key), "the custom field %q (%s) is required", d.Key, d.LabelJa)
		}
	}
	return nil
}

// Readable answers the values of an item the caller may read, in definition order. The
// caller already may read the item; organizationID is the proposing organization of a
// proposal (nil for content, where PROPOSER fields are read as STAFF ones).
func Readable(c *policies.Caller, organizationID *int64, vals []*model.CustomFieldValue) []*model.CustomFieldValue {
	out := make([]*model.CustomFieldValue, 0, len(vals))
	for _, v := range vals {
		if Visible(c, organizationID, v.Definition.Visibility) {
			out = append(out, v)
		}
	}
	return out
}

// Visible reports whether the caller reads values of visibility vis on an item it may read.
func Visible(c *policies.Caller, organizationID *int64, vis model.CustomFieldVisibility) bool {
	switch vis {
	case model.VisibilityPublic:
		return true
	case model.VisibilityProposer:
		return c.May(policies.ReadProposerCustomFields, policies.Owner{OrganizationID: organizationID})
	case model.VisibilityStaff:
		_, ok := c.Scope(policies.ReadStaffCustomFields)
		return ok
	}
	return false
}

// Public answers the values everyone who reads the item may see: what exports publish.
func Public(vals []*model.CustomFieldValue) []*model.CustomFieldValue {
	out := make([]*model.CustomFieldValue, 0, len(vals))
	for _, v := range vals {
		if v.Definition.Visibility == model.VisibilityPublic {
			out = append(out, v)
		}
	}
	return out
}

// PublicColumns answers, for exports, the PUBLIC fields of the owners' target in the
// municipality and, per owner, its PUBLIC values by definition ID: exports are public, so
// nothing of PROPOSER or STAFF visibility is ever in them.
func (s *Service) PublicColumns(ctx context.Context, mid int64, typ model.OwnerType, ids []int64) ([]*model.CustomFieldDefinition, map[int64]map[int64]*model.CustomFieldValue, error) {
	target, ok := model.TargetOf(typ)
	if !ok {
		return nil, nil, nil
	}
	defs, err := store.CustomFieldDefinitions(ctx, s.store.DB, mid, target)
	if err != nil {
		return nil, nil, err
	}
	public := defs[:0]
	for _, d := range defs {
		if d.Visibility == model.VisibilityPublic {
			public = append(public, d)
		}
	}
	if len(public) == 0 {
		return nil, nil, nil
	}
	keys := make([]store.OwnerKey, len(ids))
	for i, id := range ids {
		keys[i] = store.OwnerKey{Type: typ, ID: id}
	}
	vals, err := store.CustomFieldValuesIn(ctx, s.store.DB, mid, keys)
	if err != nil {
		return nil, nil, err
	}
	out := make(map[int64]map[int64]*model.CustomFieldValue, len(vals))
	for k, vs := range vals {
		for _, v := range Public(vs) {
			if out[k.ID] == nil {
				out[k.ID] = map[int64]*model.CustomFieldValue{}
			}
			out[k.ID][v.DefinitionID] = v
		}
	}
	return public, out, nil
}

// Format writes a value as export text: numbers without exponent, booleans as true/false,
// choices joined by "／" as other list columns are.
func Format(v *model.CustomFieldValue) string {
	switch {
	case v == nil:
		return ""
	case v.Text != nil:
		return *v.Text
	case v.Number != nil:
		return strconv.FormatFloat(*v.Number, 'f', -1, 64)
	case v.Date != nil:
		return string(*v.Date)
	case v.Boolean != nil:
		return strconv.FormatBool(*v.Boolean)
	}
	return strings.Join(v.Choices, "／")
}
