package schemadoc

import (
	"strings"
	"testing"

	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/ast"
)

func TestSplit(t *testing.T) {
	tests := []struct{ in, ja, en string }{
		{"提案。 / A proposal.", "提案。", "A proposal."},
		{"日付（YYYY-MM-DD）。\nA calendar date.", "日付（YYYY-MM-DD）。", "A calendar date."},
		{"Only English.", "Only English.", "Only English."},
		{"日本語だけ。", "日本語だけ。", "日本語だけ。"},
		{"", "", ""},
	}
	for _, tt := range tests {
		ja, en := Split(tt.in)
		if ja != tt.ja || en != tt.en {
			t.Errorf("Split(%q) = %q, %q; want %q, %q", tt.in, ja, en, tt.ja, tt.en)
		}
	}
}

func TestWriteCoversEveryTypeAndOperation(t *testing.T) {
	schema := gqlparser.MustLoadSchema(&ast.Source{Name: "t.graphqls", Input: `
"問合せ。 / Entry."
type Query {
  "項目。 / One item."
  item(id: ID!): Item
}
"変更。 / Changes."
type Mutation { "消す。 / Delete." remove(id: ID!): Boolean! @deprecated(reason: "use archive") }
"項目。 / An item."
type Item { "名前。 / Name." name: String! kind: Kind }
"種類。 / Kind."
enum Kind { "甲。 / First." A B }
`})
	for lang, want := range map[Language][]string{
		Japanese: {"### Item", "### Kind", "#### Query.item", "#### Mutation.remove", "一つの", "名前。", "甲。", "非推奨", "use archive", "[Item](#item)"},
		English:  {"### Item", "### Kind", "#### Query.item", "#### Mutation.remove", "Name.", "First.", "Deprecated", "use archive", "[Item](#item)"},
	} {
		var b strings.Builder
		if err := Write(&b, schema, lang); err != nil {
			t.Fatal(err)
		}
		for _, w := range want {
			if w == "一つの" { // the Japanese reference must not carry the English halves
				if strings.Contains(b.String(), "One item.") {
					t.Errorf("%s: English text in the Japanese reference", lang)
				}
				continue
			}
			if !strings.Contains(b.String(), w) {
				t.Errorf("%s reference lacks %q", lang, w)
			}
		}
	}
}
