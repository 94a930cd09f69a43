// Package disclosure owns the disclosure levels of a proposal's parts under the information
// disclosure ordinance (情報公開条例): the defaults of policy, the desk's changes, the
// proposer's requests for protection, and the redacted disclosure copy the desk produces for a
// disclosure request (rendered by disclosure/render).
//
// What belongs to the disclosable record. The guideline's 留意事項 says that documents staff
// made or obtained in their duties are subject to disclosure requests, except information that
// identifies an individual, and that the proposer is heard on what could harm its legitimate
// interests. So the record is the whole proposal as the city holds it: its content fields, its
// contact fields, every dialogue message, every internal note (庁内メモ, a document staff made in
// their duties) and every attachment. Internal notes are part of it but withheld by default
// as internal deliberation (審議・検討情報); the desk may disclose one explicitly.
package disclosure

import (
	"github.com/pppdesk/pppdesk/model"
)

// Field is one field of a proposal that carries a disclosure level.
type Field struct {
	// Name is how the API names it (FieldDisclosure.field, DisclosureTargetInput.field).
	Name string
	// Label is its Japanese label in a disclosure copy.
	Label string
	// Contact marks the contact fields, personal data by default.
	Contact bool
}

// Fields are the proposal's fields with a disclosure level, in the order of a disclosure copy.
var Fields = []Field{
	{Name: "organization", Label: "提案者（事業者等の名称）"},
	{Name: "title", Label: "件名"},
	{Name: "summary", Label: "概要"},
	{Name: "body", Label: "内容"},
	{Name: "desiredScheme", Label: "希望する連携手法"},
	{Name: "resources", Label: "双方の提供リソース"},
	{Name: "merits", Label: "期待されるメリット"},
	{Name: "contact.affiliation", Label: "連絡先（所属）", Contact: true},
	{Name: "contact.name", Label: "連絡先（氏名）", Contact: true},
	{Name: "contact.email", Label: "連絡先（メールアドレス）", Contact: true},
	{Name: "contact.phone", Label: "連絡先（電話番号）", Contact: true},
}

// fieldNamed answers the field of that name.
func fieldNamed(name string) (Field, bool) {
	for _, f := range Fields {
		if f.Name == name {
			return f, true
		}
	}
	return Field{}, false
}

// Default is the level a part has until the desk sets another, with its stated reason.
type Default struct {
	Level  model.DisclosureLevel
	Reason string
}

// Table is a municipality's default levels: one for contact fields, one for internal notes
// and their files, and one for everything else.
type Table struct {
	Contact      Default
	InternalNote Default
	Other        Default
	// SoleProprietor is the level of the proposer's name when the proposer is a sole
	// proprietor (個人事業主): the name of a natural person is personal data.
	SoleProprietor Default
}

// DefaultTable is the default of policy for every municipality without its own.
var DefaultTable = Table{
	Contact:        Default{model.DisclosurePersonalData, "特定の個人を識別することができる情報 / Information identifying an individual"},
	InternalNote:   Default{model.DisclosureWithheldOther, "庁内の審議・検討に関する情報 / Internal deliberation of the city"},
	Other:          Default{Level: model.DisclosureDisclosable},
	SoleProprietor: Default{model.DisclosurePersonalData, "個人事業主の氏名（個人情報） / Name of a sole proprietor (personal data)"},
}

// Tables are the municipalities' own default tables, by slug; a municipality not listed uses
// DefaultTable. A municipality whose ordinance reads differently gets its line here.
var Tables = map[string]Table{}

// TableOf answers the default table of a municipality.
func TableOf(slug string) Table {
	if t, ok := Tables[slug]; ok {
		return t
	}
	return DefaultTable
}

// Ground is how a disclosure copy names the ground of a withheld level.
func Ground(l model.DisclosureLevel) string {
	switch l {
	case model.DisclosurePersonalData:
		return "個人に関する情報（個人情報）"
	case model.DisclosureProtectedBusiness:
		return "法人等の正当な利益を害するおそれのある情報"
	case model.DisclosureWithheldOther:
		return "その他の不開示情報"
	}
	return ""
}
