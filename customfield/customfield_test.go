package customfield

import (
	"testing"

	"github.com/pppdesk/pppdesk/apperr"
	"github.com/pppdesk/pppdesk/model"
)

// TestEmptyValuesStoreNothing: blank text and no choices mean "no value" (what a required
// check counts as missing), not a stored empty string.
func TestEmptyValuesStoreNothing(t *testing.T) {
	defs := []*model.CustomFieldDefinition{
		{ID: 1, Key: "memo", Type: model.FieldText},
		{ID: 2, Key: "areas", Type: model.FieldMultipleChoice, Choices: []*model.CustomFieldChoice{{Value: "east"}}},
		{ID: 3, Key: "nda", Type: model.FieldBoolean},
	}
	blank, f := "  ", false
	rows, err := Values(defs, []*model.CustomFieldValueInput{{Key: "memo", Text: &blank}, {Key: "areas", Choices: []string{}}, {Key: "nda", Boolean: &f}})
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 1 || rows[0].DefinitionID != 3 || rows[0].Boolean == nil || *rows[0].Boolean {
		t.Fatalf("rows %+v", rows)
	}
	_, err = Values(defs, []*model.CustomFieldValueInput{{Key: "areas", Choices: []string{"west"}}})
	if e, ok := err.(*apperr.Error); !ok || e.Code != apperr.BadUserInput || e.Field != "customFields.areas" {
		t.Fatalf("error %v", err)
	}
}

// TestFormat: export text of each type.
func TestFormat(t *testing.T) {
	txt, n, d, b := "市報", 1500000.5, model.Date("2027-04-01"), true
	for _, c := range []struct {
		v    *model.CustomFieldValue
		want string
	}{
		{nil, ""},
		{&model.CustomFieldValue{Text: &txt}, "市報"},
		{&model.CustomFieldValue{Number: &n}, "1500000.5"},
		{&model.CustomFieldValue{Date: &d}, "2027-04-01"},
		{&model.CustomFieldValue{Boolean: &b}, "true"},
		{&model.CustomFieldValue{Choices: []string{"east", "west"}}, "east／west"},
	} {
		if got := Format(c.v); got != c.want {
			t.Errorf("Format(%+v) = %q, want %q", c.v, got, c.want)
		}
	}
}
