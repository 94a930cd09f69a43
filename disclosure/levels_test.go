package disclosure

import (
	"slices"
	"testing"
	"time"

	"github.com/pppdesk/pppdesk/model"
)

func TestEffectiveLevels(t *testing.T) {
	lv := func(l model.DisclosureLevel) *model.DisclosureLevel { return &l }
	at := time.Date(2026, 12, 4, 0, 0, 0, 0, time.UTC)
	rows := []*model.DisclosureOverride{
		{TargetKind: model.TargetField, TargetKey: "body", Level: lv(model.DisclosureProtectedBusiness), Reason: "ノウハウ"},
		{TargetKind: model.TargetField, TargetKey: "contact.email", Level: lv(model.DisclosureDisclosable)},
		// A request for protection without a level keeps the default.
		{TargetKind: model.TargetField, TargetKey: "title", ProtectionReason: "社名が分かる", ProtectionRequestedAt: &at},
		{TargetKind: model.TargetMessage, TargetKey: "7", Level: lv(model.DisclosureDisclosable)},
		{TargetKind: model.TargetMessage, TargetKey: "9", Level: lv(model.DisclosurePersonalData), Reason: "署名に個人名"},
		{TargetKind: model.TargetAttachment, TargetKey: "5", Level: lv(model.DisclosureDisclosable)},
	}
	for _, c := range []struct {
		name     string
		sole     bool
		field    string
		want     model.DisclosureLevel
		isDef    bool
		protects bool
	}{
		{"contact default", false, "contact.name", model.DisclosurePersonalData, true, false},
		{"contact override", false, "contact.email", model.DisclosureDisclosable, false, false},
		{"content default", false, "summary", model.DisclosureDisclosable, true, false},
		{"content override", false, "body", model.DisclosureProtectedBusiness, false, false},
		{"request only", false, "title", model.DisclosureDisclosable, true, true},
		{"corporation's name", false, "organization", model.DisclosureDisclosable, true, false},
		{"sole proprietor's name", true, "organization", model.DisclosurePersonalData, true, false},
	} {
		l := NewLevels(DefaultTable, c.sole, rows)
		f, _ := fieldNamed(c.field)
		e := l.Field(f)
		if e.Level != c.want || e.IsDefault != c.isDef || (e.Protection != nil) != c.protects {
			t.Errorf("%s: %+v", c.name, e)
		}
		if e.Level.Withheld() && e.Reason == "" {
			t.Errorf("%s: a withheld level without a reason", c.name)
		}
	}
	l := NewLevels(DefaultTable, false, rows)
	if e := l.Message(&model.ProposalMessage{ID: 8, Internal: true}); e.Level != model.DisclosureWithheldOther || !e.IsDefault {
		t.Errorf("internal note: %+v", e)
	}
	if e := l.Message(&model.ProposalMessage{ID: 7, Internal: true}); e.Level != model.DisclosureDisclosable {
		t.Errorf("internal note the desk disclosed: %+v", e)
	}
	if e := l.Attachment(&model.Attachment{ID: 3}, &model.ProposalMessage{ID: 8, Internal: true}); e.Level != model.DisclosureWithheldOther {
		t.Errorf("file of an internal note: %+v", e)
	}
	// A file follows its message's effective level: withholding a message withholds the
	// names of its files too, unless the file has its own level.
	if e := l.Attachment(&model.Attachment{ID: 4}, &model.ProposalMessage{ID: 9}); e.Level != model.DisclosurePersonalData || e.Reason != "署名に個人名" || !e.IsDefault {
		t.Errorf("file of a withheld message: %+v", e)
	}
	if e := l.Attachment(&model.Attachment{ID: 5}, &model.ProposalMessage{ID: 9}); e.Level != model.DisclosureDisclosable || e.IsDefault {
		t.Errorf("file with its own level: %+v", e)
	}
	if e := l.Attachment(&model.Attachment{ID: 6}, nil); e.Level != model.DisclosureDisclosable {
		t.Errorf("the proposal's own file: %+v", e)
	}
	if n := len(l.Fields()); n != len(Fields) {
		t.Errorf("%d field levels, want %d", n, len(Fields))
	}
}

// TestCustomFieldLevels: a custom field's value defaults by visibility (STAFF withheld as
// internal deliberation) unless its definition sets a level; the desk's override wins over
// both, and Fields lists the custom fields after the built-in ones as customFields.<key>.
func TestCustomFieldLevels(t *testing.T) {
	lv := func(l model.DisclosureLevel) *model.DisclosureLevel { return &l }
	defs := []*model.CustomFieldDefinition{
		{ID: 1, Key: "staffNote", Visibility: model.VisibilityStaff},
		{ID: 2, Key: "pub", Visibility: model.VisibilityPublic},
		{ID: 3, Key: "prop", Visibility: model.VisibilityProposer},
		{ID: 4, Key: "cost", Visibility: model.VisibilityPublic, DisclosureLevel: lv(model.DisclosureProtectedBusiness), DisclosureReason: "原価"},
		{ID: 5, Key: "open", Visibility: model.VisibilityStaff, DisclosureLevel: lv(model.DisclosureDisclosable)},
		{ID: 6, Key: "set", Visibility: model.VisibilityPublic},
	}
	rows := []*model.DisclosureOverride{{TargetKind: model.TargetCustomField, TargetKey: "6", Level: lv(model.DisclosurePersonalData), Reason: "個人名"}}
	l := NewLevels(DefaultTable, false, rows).WithCustomFields(defs)
	want := map[string]struct {
		level  model.DisclosureLevel
		reason string
		isDef  bool
	}{
		"customFields.staffNote": {model.DisclosureWithheldOther, DefaultTable.InternalNote.Reason, true},
		"customFields.pub":       {model.DisclosureDisclosable, "", true},
		"customFields.prop":      {model.DisclosureDisclosable, "", true},
		"customFields.cost":      {model.DisclosureProtectedBusiness, "原価", true},
		"customFields.open":      {model.DisclosureDisclosable, "", true},
		"customFields.set":       {model.DisclosurePersonalData, "個人名", false},
	}
	fields := l.Fields()
	if len(fields) != len(Fields)+len(defs) {
		t.Fatalf("%d fields, want %d", len(fields), len(Fields)+len(defs))
	}
	for _, f := range fields[len(Fields):] {
		w, ok := want[f.Field]
		reason := ""
		if f.Reason != nil {
			reason = *f.Reason
		}
		if !ok || f.Level != w.level || reason != w.reason || f.IsDefault != w.isDef {
			t.Errorf("%s: %s %q default %v, want %+v", f.Field, f.Level, reason, f.IsDefault, w)
		}
	}
}

// TestPersonalCustomFields: a value is personal data by its definition's level or by the
// proposal's override of the field, which also takes a definition's level away; a
// municipality whose table makes STAFF fields personal data gets them too.
func TestPersonalCustomFields(t *testing.T) {
	lv := func(l model.DisclosureLevel) *model.DisclosureLevel { return &l }
	def := func(id int64, key string, vis model.CustomFieldVisibility, l *model.DisclosureLevel) *model.CustomFieldValue {
		return &model.CustomFieldValue{ID: id * 10, DefinitionID: id, Definition: &model.CustomFieldDefinition{ID: id, Key: key, Visibility: vis, DisclosureLevel: l}}
	}
	vals := []*model.CustomFieldValue{
		def(1, "mobile", model.VisibilityProposer, lv(model.DisclosurePersonalData)),
		def(2, "home", model.VisibilityProposer, nil),
		def(3, "memo", model.VisibilityPublic, nil),
		def(4, "note", model.VisibilityStaff, nil),
		def(5, "age", model.VisibilityStaff, lv(model.DisclosurePersonalData)),
	}
	overrides := []*model.DisclosureOverride{
		{TargetKind: model.TargetCustomField, TargetKey: "2", Level: lv(model.DisclosurePersonalData), Reason: "住所"},
		{TargetKind: model.TargetCustomField, TargetKey: "5", Level: lv(model.DisclosureDisclosable)},
		// Another part's override with the same key changes nothing of a custom field.
		{TargetKind: model.TargetMessage, TargetKey: "3", Level: lv(model.DisclosurePersonalData), Reason: "署名"},
	}
	keys := func(vs []*model.CustomFieldValue) []string {
		out := []string{}
		for _, v := range vs {
			out = append(out, v.Key())
		}
		return out
	}
	if got := keys(PersonalCustomFields(DefaultTable, overrides, vals)); !slices.Equal(got, []string{"mobile", "home"}) {
		t.Errorf("default table: %v", got)
	}
	if got := keys(PersonalCustomFields(DefaultTable, nil, vals)); !slices.Equal(got, []string{"mobile", "age"}) {
		t.Errorf("without overrides: %v", got)
	}
	strict := DefaultTable
	strict.InternalNote = Default{model.DisclosurePersonalData, "職員メモも個人情報"}
	if got := keys(PersonalCustomFields(strict, nil, vals)); !slices.Equal(got, []string{"mobile", "note", "age"}) {
		t.Errorf("a table with personal STAFF fields: %v", got)
	}
	if got := PersonalCustomFields(DefaultTable, overrides, nil); len(got) != 0 {
		t.Errorf("no values: %v", got)
	}
}
