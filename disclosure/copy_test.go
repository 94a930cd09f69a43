package disclosure

import (
	"slices"
	"testing"

	"github.com/pppdesk/pppdesk/model"
)

// TestSoughtValues: the identifying values of every kind of part are sought, nothing else is,
// and the answer is never nil (which the renderer would read as "seek the whole text").
func TestSoughtValues(t *testing.T) {
	cases := []struct {
		what  string
		value string
		want  bool
	}{
		{"organization", "佐藤商店", true},
		{"contact.affiliation", "開発部", true},
		{"contact.name", "青森花子", true},
		{"contact.email", "hanako@tech.example.jp", true},
		{"contact.phone", "017-000-0000", true},
		{CustomFieldPrefix + string(model.FieldText), "みちのく大学", true},
		{CustomFieldPrefix + string(model.FieldNumber), "1234567", true},
		{partFile, "見積書_山田太郎.pdf", true},
		{"title", "除雪データの活用提案", false},
		{"summary", "AIで除雪ルートを最適化します。", false},
		{"body", "詳細な内容。", false},
		{"desiredScheme", "実証実験サポート", false},
		{"resources", "除雪車の走行データ", false},
		{"merits", "除雪費の削減", false},
		{CustomFieldPrefix + string(model.FieldLongText), "審査の所感", false},
		{CustomFieldPrefix + string(model.FieldSingleChoice), "高い", false},
		{CustomFieldPrefix + string(model.FieldMultipleChoice), "青森", false},
		{CustomFieldPrefix + string(model.FieldDate), "2020年4月1日", false},
		{CustomFieldPrefix + string(model.FieldBoolean), "はい", false},
		{partMessage, "了解", false},
	}
	decided := map[string]bool{}
	for _, tc := range cases {
		decided[tc.what] = true
		got := soughtValues(tc.what, tc.value)
		if got == nil || slices.Equal(got, []string{tc.value}) != tc.want || !tc.want && len(got) != 0 {
			t.Errorf("soughtValues(%s, %q) = %#v, sought %v", tc.what, tc.value, got, tc.want)
		}
	}
	// A new proposal field needs a decision here, sought or not.
	for _, f := range Fields {
		if !decided[f.Name] {
			t.Errorf("field %s is not in the table", f.Name)
		}
	}
}
