package browsertest

import (
	"strings"
	"testing"
	"time"
)

// rowsWith is a JS predicate: the table with the test id has body rows and every one of them
// contains text.
func rowsWith(testid, text string) string {
	rows := `[...document.querySelectorAll('[data-testid=` + testid + `] tbody tr')]`
	return rows + `.length > 0 && ` + rows + `.every((tr) => tr.textContent.includes(` + jsString(text) + `))`
}

// TestPersonalDataReadsScreen: the desk reads a proposal (its contact is personal data),
// follows the page's link to the reads of that record, then narrows the log to itself and
// today, and downloads the CSV of what it sees; a department has neither 閲覧記録 nor
// 保存年限 in its menu.
func TestPersonalDataReadsScreen(t *testing.T) {
	t.Parallel()
	p := Open(t) // first: without Chromium the test skips before starting a server
	srv := StartServer(t)
	id := submitStoryProposal(t, srv)
	title := storyProposal["title"].(string)

	p.Navigate(srv.Admin())
	signIn(p, deskEmail)
	p.Go("/proposals/" + id)
	p.WaitHeading(title)
	// The proposal page's panels load on their own: a click while one of them is still
	// appearing above the link lands where the link was (seen on a loaded machine).
	p.Settle()
	p.Click(Link("この記録の閲覧記録を見る"))
	p.WaitHeading("個人情報の閲覧記録")
	p.WaitJS("the reads of this proposal only", rowsWith("personal-data-reads", id))
	if got := p.String(Field("記録のID", "絞り込み") + `.value`); got != id {
		t.Errorf("the record filter holds %q, want %q", got, id)
	}
	if !p.Bool(`[...document.querySelectorAll('[data-testid=personal-data-reads] tbody tr')].some((tr) => tr.textContent.includes('contact.email') && tr.textContent.includes('公民連携デスク 担当'))`) {
		t.Error("no row says the desk read the contact's e-mail")
	}
	p.Screen("desk-personal-data-reads-record")

	today := srv.Now().In(jst).Format("2006-01-02")
	p.Click(Button("条件をクリア"))
	p.WaitJS("the unfiltered log", `location.hash === '#/desk/personal-data-reads' && !`+Field("記録のID", "絞り込み")+`.value`)
	p.WaitJS("the staff to pick from", Field("閲覧した職員", "絞り込み")+`.options.length > 1`)
	p.Select(Field("閲覧した職員", "絞り込み"), "公民連携デスク 担当")
	p.Set(Field("開始日", "絞り込み"), today)
	p.Set(Field("終了日", "絞り込み"), today)
	p.Click(Button("絞り込む"))
	p.WaitJS("the filter in the URL", `location.hash.includes('reader=') && location.hash.includes('from=`+today+`') && location.hash.includes('to=`+today+`')`)
	p.WaitJS("the desk's reads of today", rowsWith("personal-data-reads", "公民連携デスク 担当"))
	// Reading the log is itself logged: the desk's earlier look at it is in the list now.
	p.WaitJS("the read of the log itself", `[...document.querySelectorAll('[data-testid=personal-data-reads] tbody tr')].some((tr) => tr.textContent.includes('閲覧記録の閲覧'))`)
	p.Click(Button("CSV をダウンロード"))
	p.WaitText("CSV をダウンロードしました。")
	p.Screen("desk-personal-data-reads-filtered")

	// A staff member who read nothing in the period: the table says so.
	p.WaitJS("the staff to pick from", Field("閲覧した職員", "絞り込み")+`.options.length > 1`)
	p.Select(Field("閲覧した職員", "絞り込み"), "環境部 担当")
	p.Click(Button("絞り込む"))
	p.WaitJS("an empty log", `[...document.querySelectorAll('[data-testid=personal-data-reads] tbody tr')].length === 1 && !document.querySelector('[data-testid=personal-data-reads] tbody a')`)
	signOut(p, srv)

	signIn(p, keizaiEmail)
	p.WaitJS("the department's menu", `document.querySelector('nav a[href]')`)
	for _, item := range []string{"閲覧記録", "保存年限"} {
		if p.Bool(`[...document.querySelectorAll('nav a')].some(a => a.textContent.trim() === ` + jsString(item) + `)`) {
			t.Errorf("a department sees %s in its menu", item)
		}
	}
}

// TestRetentionScreen: fourteen months on, the dry run lists the demo's declined proposal;
// the desk follows its link, sets a legal hold with a reason, and the dry run no longer lists
// it. The desk changes a retention period (a period out of range is refused at the field),
// lifts the hold after a confirmation, and once the purge has run its log names the
// proposal. A department sees no hold on the same proposal.
func TestRetentionScreen(t *testing.T) {
	t.Parallel()
	p := Open(t) // first: without Chromium the test skips before starting a server
	srv := StartServer(t)
	srv.Skew(time.Now().AddDate(1, 2, 0))
	desk := srv.Login(deskEmail)

	p.Navigate(srv.Admin())
	signIn(p, deskEmail)
	p.Click(Link("保存年限", "メインメニュー"))
	p.WaitHeading("保存年限")
	declined := `[...document.querySelectorAll('[data-testid=retention-dry-run] tbody tr')].find((tr) => tr.textContent.includes('不採択の提案'))`
	p.WaitJS("the declined proposal in the dry run", declined+`?.querySelector('a')`)
	if got := p.String(`document.querySelector('[data-testid=retention-DECLINED_PROPOSAL]').value`); got != "12" {
		t.Errorf("the declined proposals' period shows %q, want the default 12", got)
	}
	p.Screen("desk-retention")
	p.Click(declined + `.querySelector('a')`)
	p.WaitJS("the proposal page", `location.hash.startsWith('#/proposals/') && document.querySelector('[data-testid=legal-hold-state]')`)
	id := strings.TrimPrefix(p.String(`location.hash`), "#/proposals/")
	hold := func() any {
		return Get(srv.GraphQL(desk, `query($id: ID!) { proposal(id: $id) { legalHold { reason } } }`, map[string]any{"id": id}), "proposal", "legalHold")
	}

	p.Type(Field("理由", "訴訟ホールド"), "住民訴訟の証拠として保全")
	p.Click(Button("ホールドを設定する"))
	p.WaitText("訴訟ホールドを設定しました。")
	p.WaitJS("the hold on the page", `document.querySelector('[data-testid=legal-hold-state]').textContent.includes('住民訴訟の証拠として保全')`)
	if got := Get(hold(), "reason"); got != "住民訴訟の証拠として保全" {
		t.Fatalf("the API answers the hold %v", hold())
	}
	p.Screen("desk-proposal-held")

	p.Click(Link("保存年限", "メインメニュー"))
	p.WaitHeading("保存年限")
	p.WaitJS("the dry run", `document.querySelector('[data-testid=retention-dry-run], [data-testid=retention-dry-run-none]')`)
	p.Settle()
	if p.Bool(`!!document.querySelector('[data-testid=retention-dry-run] a[href*=` + jsString(id) + `]')`) {
		t.Error("the dry run still lists the proposal under a legal hold")
	}

	rule := `document.querySelector('[data-testid=retention-DECLINED_PROPOSAL]')`
	p.Type(rule, "0")
	p.Click(Button("保存期間を保存"))
	p.WaitJS("the error at the field", rule+`.closest('.field').querySelector('.field-error')`)
	p.Type(rule, "12")
	p.Type(`document.querySelector('[data-testid=retention-AUDIT_ENTRY]')`, "120")
	p.Click(Button("保存期間を保存"))
	p.WaitText("保存期間を保存しました。")
	p.WaitJS("the period marked as the municipality's", `document.querySelector('[data-testid=retention-AUDIT_ENTRY-source]').textContent.includes('自治体で設定')`)
	for _, r := range Get(srv.GraphQL(desk, `{ municipality { retention { recordType months isDefault } } }`, nil), "municipality", "retention").([]any) {
		switch Get(r, "recordType") {
		case "AUDIT_ENTRY":
			if Get(r, "months") != 120.0 || Get(r, "isDefault") != false {
				t.Errorf("audit entries: %v", r)
			}
		case "DECLINED_PROPOSAL":
			if Get(r, "months") != 12.0 || Get(r, "isDefault") != true {
				t.Errorf("the refused period reached the API: %v", r)
			}
		}
	}
	p.Screen("desk-retention-saved")

	p.Go("/proposals/" + id)
	p.WaitJS("the hold", `(document.querySelector('[data-testid=legal-hold-state]')?.textContent ?? '').includes('ホールド中')`)
	p.Type(Field("理由", "訴訟ホールド"), "訴訟の終結")
	p.Click(Button("ホールドを解除する", "訴訟ホールド"))
	p.WaitJS("the confirmation", `document.querySelector('dialog[open]')`)
	p.Click(Button("ホールドを解除する", "訴訟ホールドを解除しますか？"))
	p.WaitText("訴訟ホールドを解除しました。")
	p.WaitJS("no hold on the page", `document.querySelector('[data-testid=legal-hold-state]').textContent.includes('ホールドは設定されていません。')`)
	if h := hold(); h != nil {
		t.Fatalf("the API still answers the hold %v", h)
	}

	srv.Sweep()
	p.Click(Link("保存年限", "メインメニュー"))
	p.WaitHeading("保存年限")
	p.WaitJS("the proposal in the purge log", `document.querySelector('[data-testid=retention-purge-log] a[href*=`+jsString(id)+`]')`)
	if !p.Bool(`[...document.querySelectorAll('[data-testid=retention-purge-log] tbody tr')].some((tr) => tr.textContent.includes(` + jsString(id) + `) && tr.textContent.includes('連絡先'))`) {
		t.Error("the purge log does not say the proposal's contact was removed")
	}
	p.Screen("desk-retention-purged")
	signOut(p, srv)

	signIn(p, keizaiEmail)
	p.Go("/proposals/" + id)
	p.WaitJS("the proposal", `document.querySelector('[data-testid=proposal-title]')`)
	p.Settle()
	if p.Has(`document.querySelector('[data-testid=legal-hold]')`) {
		t.Error("a department is shown the legal hold panel")
	}
}

// TestInquiryLegalHold: the desk holds an inquiry from its page with a reason (the form asks
// for one first) and lifts it again after a confirmation; the API answers each state.
func TestInquiryLegalHold(t *testing.T) {
	t.Parallel()
	p := Open(t) // first: without Chromium the test skips before starting a server
	srv := StartServer(t)
	srv.GraphQL("", `mutation { submitInquiry(input: {name: "市民 二郎", email: "jiro@example.jp", subject: "保存の確認", body: "記録を残してください。"}) }`, nil)
	desk := srv.Login(deskEmail)
	var id string
	for _, e := range Get(srv.GraphQL(desk, `{ inquiries(first: 50) { edges { node { id subject } } } }`, nil), "inquiries", "edges").([]any) {
		if Get(e, "node", "subject") == "保存の確認" {
			id = Get(e, "node", "id").(string)
		}
	}
	if id == "" {
		t.Fatal("the desk does not list the inquiry")
	}
	hold := func() any {
		return Get(srv.GraphQL(desk, `query($id: ID!) { node(id: $id) { ... on Inquiry { legalHold { reason } } } }`, map[string]any{"id": id}), "node", "legalHold")
	}

	p.Navigate(srv.Admin())
	signIn(p, deskEmail)
	p.Go("/desk/inquiries/" + id)
	p.WaitJS("the hold panel", `document.querySelector('[data-testid=legal-hold-state]')`)
	if !p.Bool(Field("理由", "訴訟ホールド") + `.required`) {
		t.Error("the reason is not required to set a hold")
	}
	p.Type(Field("理由", "訴訟ホールド"), "情報公開請求への対応中")
	p.Click(Button("ホールドを設定する"))
	p.WaitText("訴訟ホールドを設定しました。")
	if got := Get(hold(), "reason"); got != "情報公開請求への対応中" {
		t.Fatalf("the API answers the hold %v", hold())
	}
	p.Screen("desk-inquiry-held")

	// Lifting needs no reason, but asks first; cancelling keeps the hold.
	p.Click(Button("ホールドを解除する", "訴訟ホールド"))
	p.WaitJS("the confirmation", `document.querySelector('dialog[open]')`)
	p.Click(Button("キャンセル", "訴訟ホールドを解除しますか？"))
	p.WaitJS("the dialog closed", `!document.querySelector('dialog[open]')`)
	if hold() == nil {
		t.Fatal("cancelling lifted the hold")
	}
	p.Click(Button("ホールドを解除する", "訴訟ホールド"))
	p.WaitJS("the confirmation", `document.querySelector('dialog[open]')`)
	p.Click(Button("ホールドを解除する", "訴訟ホールドを解除しますか？"))
	p.WaitText("訴訟ホールドを解除しました。")
	if h := hold(); h != nil {
		t.Fatalf("the API still answers the hold %v", h)
	}
	p.Screen("desk-inquiry-released")
}

// TestProposalCustomFieldForm: the desk fills in a proposal's staff-only custom fields from
// the proposal page; a value the API refuses (its choice was removed meanwhile) is shown at
// its field and nothing is saved, then a valid value is saved and answered by the API. A
// department fills them in on a proposal assigned to it too.
func TestProposalCustomFieldForm(t *testing.T) {
	t.Parallel()
	p := Open(t) // first: without Chromium the test skips before starting a server
	srv := StartServer(t)
	id := submitStoryProposal(t, srv)
	title := storyProposal["title"].(string)
	desk := srv.Login(deskEmail)
	define := `mutation($in: CustomFieldDefinitionInput!) { defineCustomField(input: $in) { id } }`
	srv.GraphQL(desk, define, map[string]any{"in": map[string]any{"key": "memo", "target": "PROPOSAL", "labelJa": "庁内評価メモ", "type": "TEXT", "visibility": "STAFF"}})
	rank := map[string]any{"key": "rank", "target": "PROPOSAL", "labelJa": "優先度", "type": "SINGLE_CHOICE", "visibility": "STAFF",
		"choices": []map[string]any{{"value": "high", "labelJa": "高"}, {"value": "low", "labelJa": "低"}}}
	rankID := Get(srv.GraphQL(desk, define, map[string]any{"in": rank}), "defineCustomField", "id").(string)
	values := func(id string) map[string]any {
		out := map[string]any{}
		d := srv.GraphQL(desk, `query($id: ID!) { proposal(id: $id) { customFields { key text choices } } }`, map[string]any{"id": id})
		for _, v := range Get(d, "proposal", "customFields").([]any) {
			out[Get(v, "key").(string)] = v
		}
		return out
	}

	p.Navigate(srv.Admin())
	signIn(p, deskEmail)
	p.Go("/proposals/" + id)
	p.WaitHeading(title)
	p.WaitJS("the custom field form", `document.querySelector('[data-testid=proposal-custom-fields] [data-testid=custom-rank]')`)
	p.Type(Field("庁内評価メモ", "独自項目の入力"), "地域性が高い")
	p.Select(Field("優先度", "独自項目の入力"), "低")
	// Meanwhile the desk's settings drop the choice picked.
	rank["choices"] = []map[string]any{{"value": "high", "labelJa": "高"}}
	srv.GraphQL(desk, `mutation($id: ID!, $in: CustomFieldDefinitionInput!) { updateCustomField(id: $id, input: $in) { id } }`, map[string]any{"id": rankID, "in": rank})
	p.Click(Button("独自項目を保存"))
	p.WaitJS("the error at the field", `document.querySelector('[data-testid=custom-rank]').closest('.field').querySelector('.field-error')`)
	if got := p.String(`document.querySelector('[data-testid=custom-rank]').getAttribute('aria-invalid')`); got != "true" {
		t.Errorf("the refused field is not marked invalid: %q", got)
	}
	if v := values(id); len(v) != 0 {
		t.Fatalf("a refused save stored %v", v)
	}
	p.Screen("desk-proposal-custom-fields-error")

	p.Select(Field("優先度", "独自項目の入力"), "高")
	p.Click(Button("独自項目を保存"))
	p.WaitText("独自項目を保存しました。")
	v := values(id)
	if Get(v, "memo", "text") != "地域性が高い" || Get(v, "rank", "choices", 0) != "high" {
		t.Fatalf("the API answers %v", v)
	}
	// The page shows the proposal's new copy: the values are listed with the content too.
	p.WaitJS("the saved values on the page", `(document.querySelector('[data-testid=custom-field-values]')?.textContent ?? '').includes('地域性が高い')`)
	p.Screen("desk-proposal-custom-fields-saved")
	signOut(p, srv)

	const assigned = "中心市街地の空き店舗を活用した週末マルシェ" // the demo's proposal in dialogue with 経済部
	var other string
	for _, e := range Get(srv.GraphQL(desk, `{ proposals(first: 50) { edges { node { id title } } } }`, nil), "proposals", "edges").([]any) {
		if Get(e, "node", "title") == assigned {
			other = Get(e, "node", "id").(string)
		}
	}
	if other == "" {
		t.Fatal("the demo has no proposal assigned to 経済部")
	}
	signIn(p, keizaiEmail)
	p.Go("/proposals/" + other)
	p.WaitHeading(assigned)
	p.Type(Field("庁内評価メモ", "独自項目の入力"), "商店街と調整済み")
	p.Click(Button("独自項目を保存"))
	p.WaitText("独自項目を保存しました。")
	if got := Get(values(other), "memo", "text"); got != "商店街と調整済み" {
		t.Fatalf("the API answers %v after the department's save", values(other))
	}
	p.Screen("department-proposal-custom-fields")
}
