package browsertest

import (
	"strings"
	"testing"

	"github.com/pppdesk/pppdesk/demo"
)

// TestPortalCustomFieldTypes: the proposal form builds one labelled control for every custom
// field type the desk can define (TEXT, LONG_TEXT, NUMBER, DATE, SINGLE_CHOICE,
// MULTIPLE_CHOICE, BOOLEAN), in the desk's order, with the browser holding back the form
// until every required one is answered (a check box group counts once one box is ticked);
// the answers arrive typed, the proposal's page shows them as a Japanese reader expects, and
// a STAFF field never reaches the portal.
func TestPortalCustomFieldTypes(t *testing.T) {
	p := Open(t)
	s := startPortalStack(t)
	api := s.api
	desk := api.Login(deskEmail)
	choices := func(pairs ...string) []any {
		var out []any
		for i := 0; i < len(pairs); i += 2 {
			out = append(out, map[string]any{"value": pairs[i], "labelJa": pairs[i+1]})
		}
		return out
	}
	defs := []map[string]any{
		{"key": "staff_memo", "labelJa": "庁内の所見", "type": "TEXT", "visibility": "STAFF"},
		{"key": "company_url", "labelJa": "会社のウェブサイト", "type": "TEXT"},
		{"key": "background", "labelJa": "提案の背景", "type": "LONG_TEXT", "required": true},
		{"key": "budget", "labelJa": "想定する事業費（千円）", "type": "NUMBER", "required": true},
		{"key": "start_on", "labelJa": "開始を希望する日", "type": "DATE", "required": true},
		{"key": "size", "labelJa": "事業の規模", "type": "SINGLE_CHOICE", "required": true, "choices": choices("small", "小規模", "large", "大規模")},
		{"key": "fields", "labelJa": "対象分野", "type": "MULTIPLE_CHOICE", "required": true, "choices": choices("edu", "教育", "welfare", "福祉", "tourism", "観光")},
		{"key": "personal_data", "labelJa": "個人情報を扱う", "type": "BOOLEAN", "required": true},
	}
	for _, d := range defs {
		d["target"] = "PROPOSAL"
		if d["visibility"] == nil {
			d["visibility"] = "PROPOSER"
		}
		api.GraphQL(desk, `mutation($in: CustomFieldDefinitionInput!) { defineCustomField(input: $in) { id } }`, map[string]any{"in": d})
	}

	p.Navigate(s.portal + "#/signin")
	p.WaitHeading("ログイン")
	p.Type(Field("メールアドレス", "ログイン"), "proposer1@demo.pppdesk.jp")
	p.Type(Field("パスワード", "ログイン"), demo.Password)
	p.Click(Button("ログインする"))
	p.WaitHeading("マイページ")
	p.Navigate(s.portal + "#/proposals/new")
	p.WaitHeading("提案する")
	p.WaitText("自治体が定める項目")

	const within = "自治体が定める項目"
	labels := p.String(`Array.from(document.querySelectorAll('.custom-fields label, .custom-fields legend')).map(l => l.textContent).join('|')`)
	if strings.Contains(labels, "庁内の所見") {
		t.Fatalf("the form offers a STAFF field to the proposer: %s", labels)
	}
	wantKinds := map[string]string{ // label → what the control is
		"会社のウェブサイト":   `el.tagName === 'INPUT' && el.type === 'text' && !el.required`,
		"提案の背景":       `el.tagName === 'TEXTAREA' && el.required`,
		"想定する事業費（千円）": `el.type === 'number' && el.required`,
		"開始を希望する日":    `el.type === 'date' && el.required`,
		"事業の規模":       `el.tagName === 'SELECT' && el.required`,
	}
	for label, pred := range wantKinds {
		if !p.Bool(`((el) => !!el && ` + pred + `)(` + Field(label, within) + `)`) {
			t.Errorf("the control for %s is %s", label, p.String(`__bt.describe(`+Field(label, within)+`)`))
		}
	}
	for _, l := range []string{"教育", "福祉", "観光"} {
		if !p.Bool(`(` + Field(l, "対象分野") + `).type === 'checkbox'`) {
			t.Errorf("対象分野's choice %s is not a check box", l)
		}
	}
	for _, l := range []string{"はい", "いいえ"} {
		if !p.Bool(`(` + Field(l, "個人情報を扱う") + `).type === 'radio'`) {
			t.Errorf("個人情報を扱う's answer %s is not a radio button", l)
		}
	}
	if got := p.String(`Array.from(document.querySelectorAll('.custom-fields > label, .custom-fields > fieldset > legend')).map(l => l.firstChild.textContent).join('|')`); got != "会社のウェブサイト|提案の背景|想定する事業費（千円）|開始を希望する日|事業の規模|対象分野|個人情報を扱う" {
		t.Errorf("the custom fields are not in the desk's order: %s", got)
	}

	p.Type(Field("件名", "提案フォーム"), "観光案内の多言語化（独自項目の試験）")
	p.Type(Field("概要", "提案フォーム"), "観光案内所の多言語対応を提案します。")
	p.Type(Field("提案の内容", "提案フォーム"), "翻訳端末を貸し出し、案内の多言語化を進めます。")
	p.Type(Field("所属", "連絡先"), "株式会社デモ")
	p.Type(Field("電話番号", "提案フォーム"), "017-000-2222")
	p.Type(Field("会社のウェブサイト", within), "https://example.jp/")
	p.Type(Field("提案の背景", within), "外国人観光客が増えています。\n案内所の対応が追いつきません。")
	p.Type(Field("想定する事業費（千円）", within), "1500")
	p.Set(Field("開始を希望する日", within), "2027-04-01")
	p.Select(Field("事業の規模", within), "小規模")
	p.Check(Field("はい", "個人情報を扱う"), true)
	form := Field("件名", "提案フォーム") + `.form`
	if p.Bool(`(` + form + `).checkValidity()`) {
		t.Fatal("the form may be sent with no choice in the required check box group")
	}
	p.Check(Field("教育", "対象分野"), true)
	p.Check(Field("観光", "対象分野"), true)
	p.Check(Field("留意事項に同意します", "提案フォーム"), true)
	if !p.Bool(`(` + form + `).checkValidity()`) {
		t.Fatalf("the filled-in form is not valid: %s", p.String(`__bt.describe((`+form+`).querySelector(':invalid'))`))
	}
	p.Screen("portal-custom-fields-form")
	p.Click(Button("提案を提出する", "提案フォーム"))
	p.WaitText("提案を受け付けました")
	id := proposalIDFromHash(t, p)
	p.WaitJS("the values on the proposal's page", `!!document.querySelector('[data-testid=custom-fields]')`)
	shown := p.String(`Array.from(document.querySelectorAll('[data-testid=custom-fields] dt')).map(dt => dt.textContent + '=' + dt.nextElementSibling.textContent).join('|')`)
	if want := "会社のウェブサイト=https://example.jp/|提案の背景=外国人観光客が増えています。\n案内所の対応が追いつきません。|想定する事業費（千円）=1,500|開始を希望する日=令和9年4月1日|事業の規模=小規模|対象分野=教育、観光|個人情報を扱う=はい"; shown != want {
		t.Errorf("the proposal's page shows the custom fields as\n%s\nwant\n%s", shown, want)
	}
	p.Screen("portal-custom-fields-proposal")

	d := api.GraphQL(desk, `query($id: ID!) { proposal(id: $id) { status customFields { key text number date boolean choices } } }`, map[string]any{"id": id})
	if Get(d, "proposal", "status") != "SUBMITTED" {
		t.Fatalf("the proposal is %v", Get(d, "proposal", "status"))
	}
	got := map[string]string{}
	for _, v := range Get(d, "proposal", "customFields").([]any) {
		m := v.(map[string]any)
		k := m["key"].(string)
		delete(m, "key")
		for f, x := range m {
			if x == nil {
				delete(m, f)
			}
		}
		got[k] = jsonOf(m)
	}
	want := map[string]string{
		"company_url":   `{"text":"https://example.jp/"}`,
		"background":    `{"text":"外国人観光客が増えています。\n案内所の対応が追いつきません。"}`,
		"budget":        `{"number":1500}`,
		"start_on":      `{"date":"2027-04-01"}`,
		"size":          `{"choices":["small"]}`,
		"fields":        `{"choices":["edu","tourism"]}`,
		"personal_data": `{"boolean":true}`,
	}
	for k, w := range want {
		if got[k] != w {
			t.Errorf("the desk reads %s as %s, want %s", k, got[k], w)
		}
	}
	if len(got) != len(want) {
		t.Errorf("the desk reads %d custom fields, want %d: %v", len(got), len(want), got)
	}
}
