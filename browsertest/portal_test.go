package browsertest

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The proposer the portal journey registers.
const (
	portalEmail    = "hanako@example.jp"
	portalPassword = "portal-password-2026"
)

// portalPDF is the smallest file the server takes as a PDF.
var portalPDF = []byte("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")

// TestPortalJourney drives the starter portal (examples/portal, served on its own origin)
// against the demo API on another origin, as a city's portal runs: the public pages, the
// contact form, case studies linked by slug (and an old link by ID), and a proposer's whole
// journey from sign-up to reading the desk's decision: the proposal form carries the custom
// fields the desk defined (one made required while the proposer writes, refused next to the
// field, then answered), and a second proposal (a draft made through the API) is submitted
// from its page and withdrawn. Every page gets the screen checks (no console error or CSP
// violation, axe-core, no overflow at desktop and tablet width); what the portal did is
// checked through the API.
func TestPortalJourney(t *testing.T) {
	p := Open(t)
	s := startPortalStack(t)
	api := s.api

	// Public pages, anonymous.
	p.Navigate(s.portal)
	p.WaitHeading("青森市公民連携デスク")
	p.WaitText("窓口")
	p.Screen("portal-top")

	p.Click(Link("連携事例", "メインメニュー"))
	p.WaitHeading("連携事例")
	p.WaitJS("the first page of case studies", `document.querySelectorAll('.cards > li').length === 10`)
	first := p.String(`document.querySelector('.cards h2 a').textContent`)
	p.Screen("portal-case-studies")
	p.Click(Button("次のページ", "連携事例のページ"))
	p.WaitText("2ページ目")
	p.WaitJS("the second page", `document.querySelector('.cards h2 a') && document.querySelector('.cards h2 a').textContent !== `+jsString(first))
	p.Click(Button("前のページ", "連携事例のページ"))
	p.WaitText("1ページ目")
	p.WaitJS("the first page again", `document.querySelector('.cards h2 a') && document.querySelector('.cards h2 a').textContent === `+jsString(first))
	p.Select(Field("分類", "連携事例の絞り込み"), "実証実験")
	p.Click(Button("絞り込む", "連携事例の絞り込み"))
	p.Settle()
	d := api.GraphQL("", `{ caseStudies(filter: {category: DEMONSTRATION}) { totalCount } }`, nil)
	want := int(Get(d, "caseStudies", "totalCount").(float64))
	if want == 0 {
		t.Fatal("the demo has no 実証実験 case study to filter for")
	}
	p.WaitText(itoa(want) + "件")
	if n := p.String(`Array.from(document.querySelectorAll('.cards .meta')).filter(m => !m.textContent.startsWith('実証実験')).length`); n != "0" {
		t.Fatalf("the 実証実験 filter shows %s case studies of another category", n)
	}
	title := p.String(`document.querySelector('.cards h2 a').textContent`)
	d = api.GraphQL("", `{ caseStudies(first: 100, filter: {category: DEMONSTRATION}) { edges { node { id slug title } } } }`, nil)
	var caseID, caseSlug string
	for _, e := range Get(d, "caseStudies", "edges").([]any) {
		if n := e.(map[string]any)["node"].(map[string]any); n["title"] == title {
			caseID, caseSlug = n["id"].(string), n["slug"].(string)
		}
	}
	if caseSlug == "" {
		t.Fatalf("the API has no case study titled %q: %s", title, jsonOf(d))
	}
	p.Click(`document.querySelector('.cards h2 a')`)
	p.WaitHeading(title)
	p.WaitText("連携先")
	// The link carries the slug, and the page read it with caseStudy(slug:).
	if got := p.String(`location.hash`); got != "#/case-studies/"+caseSlug {
		t.Fatalf("the case study's link leads to %s, not its slug %s", got, caseSlug)
	}
	p.Screen("portal-case-study")
	// A link from before slugs, by global ID, still opens the case study and shows its slug.
	p.Navigate(s.portal + "#/case-studies/" + caseID)
	p.WaitHeading(title)
	p.WaitJS("the slug in the address", `location.hash === `+jsString("#/case-studies/"+caseSlug))
	p.Navigate(s.portal + "#/case-studies/no-such-case-study")
	p.WaitHeading("連携事例が見つかりません")

	p.Click(Link("連携協定", "メインメニュー"))
	p.WaitHeading("連携協定")
	p.WaitText("令和5年3月30日") // the demo's agreement signed 2023-03-30, in 和暦
	p.Screen("portal-agreements")

	p.Click(Link("連携の手法", "メインメニュー"))
	p.WaitHeading("連携の手法")
	p.Settle()
	if !p.Bool(`document.querySelectorAll('.methods dt').length > 0`) {
		t.Fatal("the collaboration methods page lists none")
	}
	p.Screen("portal-methods")

	p.Click(Link("お問合せ", "メインメニュー"))
	p.WaitHeading("お問合せ")
	p.Type(Field("所属", "お問合せフォーム"), "株式会社ポータル試験")
	p.Type(Field("氏名", "お問合せフォーム"), "問合 次郎")
	p.Type(Field("メールアドレス", "お問合せフォーム"), "jiro@example.jp")
	p.Type(Field("件名", "お問合せフォーム"), "ポータルからの問合せ（ブラウザ試験）")
	p.Type(Field("内容", "お問合せフォーム"), "公民連携デスクへの相談の流れを教えてください。")
	p.Screen("portal-contact")
	p.Click(Button("送信する"))
	p.WaitText("お問合せを受け付けました")
	desk := api.Login(deskEmail)
	d = api.GraphQL(desk, `{ inquiries(first: 50, status: OPEN) { edges { node { subject email } } } }`, nil)
	if !strings.Contains(jsonOf(d), "ポータルからの問合せ（ブラウザ試験）") {
		t.Fatalf("the desk does not see the portal's inquiry: %s", jsonOf(d))
	}

	// Sign-up, the mailed confirmation code, sign-out and sign-in.
	p.Click(Link("新規登録", "提案者メニュー"))
	p.WaitHeading("提案者の新規登録")
	p.Type(Field("メールアドレス", "新規登録"), portalEmail)
	p.Type(Field("パスワード", "新規登録"), portalPassword)
	p.Type(Field("お名前", "新規登録"), "公民 花子")
	p.Type(Field("名称", "新規登録"), "株式会社はなこラボ（試験）")
	p.Select(Field("種類", "新規登録"), "法人")
	p.Screen("portal-sign-up")
	p.Click(Button("登録を申し込む"))
	p.WaitHeading("メールアドレスの確認")
	p.WaitText(portalEmail + " に確認コードを送りました")
	p.Screen("portal-confirm")
	p.Type(Field("確認コード"), s.confirmationCode(t, portalEmail))
	p.Type(Field("パスワード", "確認コードの入力"), portalPassword)
	p.Click(Button("登録を完了する"))
	p.WaitHeading("マイページ")
	p.WaitText("登録が完了しました")
	p.WaitText("メールアドレスは確認済みです")
	p.WaitText("提案はまだありません")
	p.Screen("portal-mypage-empty")

	p.Click(Button("ログアウト", "提案者メニュー"))
	p.WaitHeading("青森市公民連携デスク")
	p.Click(Link("ログイン", "提案者メニュー"))
	p.WaitHeading("ログイン")
	p.Type(Field("メールアドレス", "ログイン"), portalEmail)
	p.Type(Field("パスワード", "ログイン"), portalPassword)
	p.Screen("portal-sign-in")
	p.Click(Button("ログインする"))
	p.WaitHeading("マイページ")
	p.WaitText("公民 花子")

	// The desk's own proposal fields: a required choice and an optional text, both for the
	// proposer to see (PROPOSER).
	const (
		areaKey   = "target_area"
		recordKey = "track_record"
		record    = "八戸市で除雪車20台に導入済み"
	)
	defineField := func(op string, in map[string]any, id string) {
		t.Helper()
		if op == "define" {
			api.GraphQL(desk, `mutation($in: CustomFieldDefinitionInput!) { defineCustomField(input: $in) { id } }`, map[string]any{"in": in})
			return
		}
		api.GraphQL(desk, `mutation($id: ID!, $in: CustomFieldDefinitionInput!) { updateCustomField(id: $id, input: $in) { id } }`, map[string]any{"id": id, "in": in})
	}
	defineField("define", map[string]any{"key": areaKey, "target": "PROPOSAL", "labelJa": "実施を希望する地区", "labelEn": "Area", "type": "SINGLE_CHOICE",
		"required": true, "visibility": "PROPOSER", "choices": []any{
			map[string]any{"value": "central", "labelJa": "中心市街地"}, map[string]any{"value": "suburb", "labelJa": "郊外・山間部"}}}, "")
	recordDef := map[string]any{"key": recordKey, "target": "PROPOSAL", "labelJa": "これまでの導入実績", "type": "TEXT", "visibility": "PROPOSER"}
	defineField("define", recordDef, "")

	// The proposal, with an attachment, the terms accepted and the custom fields.
	pdf := filepath.Join(t.TempDir(), "提案資料.pdf")
	if err := os.WriteFile(pdf, portalPDF, 0o644); err != nil {
		t.Fatal(err)
	}
	const proposalTitle = "除雪車の位置情報を公開する提案（ポータル試験）"
	p.Click(Link("新しい提案を書く"))
	p.WaitHeading("提案する")
	p.WaitText("留意事項")
	p.Type(Field("件名", "提案フォーム"), proposalTitle)
	p.Type(Field("概要", "提案フォーム"), "除雪車の現在地を市民に公開し、問合せを減らします。")
	p.Type(Field("提案の内容", "提案フォーム"), "除雪車にGPS端末を載せ、地図で現在地を公開する実証を提案します。")
	p.Type(Field("事業者等が提供するモノ", "提案フォーム"), "GPS端末 10台")
	p.Type(Field("市に求める情報", "提案フォーム"), "除雪路線の情報")
	p.Type(Field("市のメリット", "提案フォーム"), "除雪の問合せが減る")
	p.Type(Field("電話番号", "提案フォーム"), "017-000-1111")
	if got := p.String(`(` + Field("担当者名", "提案フォーム") + `).value`); got != "公民 花子" {
		t.Fatalf("the contact name is not filled in from the account: %q", got)
	}
	p.Do("choose the attachment", setUploadFiles(Field("資料", "提案フォーム"), pdf))
	p.WaitText("提案資料.pdf")
	if p.Bool(`(` + Button("提案を提出する", "提案フォーム") + `).disabled === false`) {
		t.Fatal("the proposal can be submitted before the terms are accepted")
	}
	p.WaitText("自治体が定める項目")
	if !p.Bool(`(`+Field("実施を希望する地区", "自治体が定める項目")+`).required`) || p.Bool(`(`+Field("これまでの導入実績", "自治体が定める項目")+`).required`) {
		t.Fatal("the custom fields' required marks do not follow their definitions")
	}
	p.Select(Field("実施を希望する地区", "自治体が定める項目"), "郊外・山間部")
	p.Check(Field("留意事項に同意します", "提案フォーム"), true)
	p.Screen("portal-proposal-form")
	// While the proposer writes, the desk makes the text field required: the server refuses the
	// submission naming customFields.track_record, and the portal says so next to that field.
	recordDef["required"] = true
	d = api.GraphQL(desk, `{ customFieldDefinitions(target: PROPOSAL) { id key } }`, nil)
	for _, def := range Get(d, "customFieldDefinitions").([]any) {
		if def.(map[string]any)["key"] == recordKey {
			defineField("update", recordDef, def.(map[string]any)["id"].(string))
		}
	}
	p.Click(Button("提案を提出する", "提案フォーム"))
	p.WaitJS("the refusal next to the field", `(() => { const f = `+Field("これまでの導入実績", "自治体が定める項目")+`;
		const m = f && document.getElementById(f.getAttribute('aria-describedby') || '');
		return f.getAttribute('aria-invalid') === 'true' && !!m && m.classList.contains('field-error') && m.textContent.includes(`+jsString(recordKey)+`); })()`)
	p.WaitJS("the field now marked required", `(`+Field("これまでの導入実績", "自治体が定める項目")+`).required`)
	p.Screen("portal-proposal-form-refused")
	p.Type(Field("これまでの導入実績", "自治体が定める項目"), record)
	p.Click(Button("提案を提出する", "提案フォーム"))
	p.WaitText("提案を受け付けました")
	p.WaitHeading(proposalTitle)
	p.WaitText("提出済み")
	id := proposalIDFromHash(t, p)
	p.WaitJS("the custom fields on the proposal's page", `(() => { const l = document.querySelector('[data-testid=custom-fields]');
		return !!l && l.textContent.includes('実施を希望する地区') && l.textContent.includes('郊外・山間部') && l.textContent.includes(`+jsString(record)+`); })()`)
	p.Screen("portal-proposal-submitted")
	// The attachment comes back through CORS with the proposer's token: a refusal would show
	// an error box (and the browser would log the failed request).
	p.Click(Button("提案資料.pdf", "添付ファイル"))
	p.Settle()
	if p.Has(`document.querySelector('.error')`) {
		t.Fatalf("downloading the attachment failed: %s", p.String(`document.querySelector('.error').textContent`))
	}
	p.Problems("after downloading the attachment")

	d = api.GraphQL(desk, `query($id: ID!) { proposal(id: $id) { title status termsAcceptedAt contact { name phone } attachments { fileName sha256 }
		customFields { key text choices } } }`, map[string]any{"id": id})
	sum := sha256.Sum256(portalPDF)
	if Get(d, "proposal", "status") != "SUBMITTED" || Get(d, "proposal", "termsAcceptedAt") == nil ||
		Get(d, "proposal", "contact", "phone") != "017-000-1111" ||
		Get(d, "proposal", "attachments", 0, "fileName") != "提案資料.pdf" || Get(d, "proposal", "attachments", 0, "sha256") != hex.EncodeToString(sum[:]) {
		t.Fatalf("the desk sees the portal's proposal as %s", jsonOf(d))
	}
	if Get(d, "proposal", "customFields", 0, "key") != areaKey || jsonOf(Get(d, "proposal", "customFields", 0, "choices")) != `["suburb"]` ||
		Get(d, "proposal", "customFields", 1, "key") != recordKey || Get(d, "proposal", "customFields", 1, "text") != record {
		t.Fatalf("the desk reads the proposal's custom fields as %s", jsonOf(Get(d, "proposal", "customFields")))
	}

	p.Click(Link("マイページ", "提案者メニュー"))
	p.WaitHeading("マイページ")
	p.WaitText(proposalTitle)
	p.WaitJS("the proposal's state in the list", `Array.from(document.querySelectorAll('[data-testid=my-proposal]')).some(r => r.textContent.includes(`+jsString(proposalTitle)+`) && r.textContent.includes('提出済み'))`)
	p.Screen("portal-mypage")

	// The desk writes (and keeps an internal note); the proposer reads and answers.
	const deskMessage = "GPS端末の電源の確保について教えてください。"
	const internalNote = "庁内メモ: 道路維持課に相談予定"
	api.GraphQL(desk, `mutation($id: ID!, $b: String!) { postProposalMessage(proposalId: $id, body: $b, internal: false) { proposal { id } } }`, map[string]any{"id": id, "b": deskMessage})
	api.GraphQL(desk, `mutation($id: ID!, $b: String!) { postProposalMessage(proposalId: $id, body: $b, internal: true) { proposal { id } } }`, map[string]any{"id": id, "b": internalNote})
	p.Navigate(s.portal + "#/")
	p.Click(Link("マイページ", "提案者メニュー"))
	p.WaitJS("the unread message in the list", `Array.from(document.querySelectorAll('[data-testid=my-proposal]')).some(r => r.textContent.includes(`+jsString(proposalTitle)+`) && r.textContent.includes('1件'))`)
	p.Click(Link(proposalTitle))
	p.WaitHeading(proposalTitle)
	p.WaitText(deskMessage)
	if p.Bool(`__bt.hasText(` + jsString(internalNote) + `)`) {
		t.Fatal("the portal shows the desk's internal note to the proposer")
	}
	const reply = "車載バッテリーから給電します。"
	p.Type(Field("デスクへのメッセージ", "メッセージを送る"), reply)
	p.Click(Button("メッセージを送る", "メッセージを送る"))
	p.WaitText("メッセージを送りました")
	p.WaitJS("the reply in the dialogue", `Array.from(document.querySelectorAll('.messages li')).some(li => li.textContent.includes(`+jsString(reply)+`))`)
	p.Screen("portal-proposal-dialogue")

	// The desk decides with a reason; the proposer reads it.
	const reason = "冬季の市民サービス向上に資するため採択します。"
	api.GraphQL(desk, `mutation($id: ID!, $r: String!) { decideProposal(id: $id, decision: ACCEPTED, reason: $r) { proposal { id } } }`, map[string]any{"id": id, "r": reason})
	d = api.GraphQL(desk, `query($id: ID!) { proposal(id: $id) { messages { body author { kind } } } }`, map[string]any{"id": id})
	if !strings.Contains(jsonOf(d), reply) {
		t.Fatalf("the desk does not see the proposer's reply: %s", jsonOf(d))
	}
	p.Navigate(s.portal + "#/mypage")
	p.WaitJS("the decision in the list", `Array.from(document.querySelectorAll('[data-testid=my-proposal]')).some(r => r.textContent.includes(`+jsString(proposalTitle)+`) && r.textContent.includes('採択'))`)
	p.Click(Link(proposalTitle))
	p.WaitHeading(proposalTitle)
	p.WaitText("デスクの判断: 採択")
	p.WaitText(reason)
	p.WaitText(deskMessage)
	p.Screen("portal-proposal-decided")

	// A second proposal, left as a draft elsewhere (through the API), submitted from its page
	// in the portal with the terms accepted, then withdrawn.
	const second = "雪捨て場の混雑予報（ポータル試験・取下げ）"
	hanako := api.GraphQL("", `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`,
		map[string]any{"e": portalEmail, "p": portalPassword})
	draft := map[string]any{}
	for k, v := range storyProposal {
		draft[k] = v
	}
	draft["title"] = second
	draft["customFields"] = []any{map[string]any{"key": areaKey, "choices": []any{"central"}}, map[string]any{"key": recordKey, "text": "なし"}}
	d = api.GraphQL(Get(hanako, "login", "token").(string), `mutation($in: CreateProposalInput!) { createProposal(input: $in) { proposal { id } } }`,
		map[string]any{"in": draft})
	secondID := Get(d, "createProposal", "proposal", "id").(string)
	p.Click(Link("マイページ", "提案者メニュー"))
	p.WaitJS("the draft in the list", `Array.from(document.querySelectorAll('[data-testid=my-proposal]')).some(r => r.textContent.includes(`+jsString(second)+`) && r.textContent.includes('下書き'))`)
	p.Click(Link(second))
	p.WaitHeading(second)
	p.WaitText("この下書きを提出する")
	if p.Bool(`(` + Button("提案を提出する", "この下書きを提出する") + `).disabled === false`) {
		t.Fatal("the draft can be submitted before the terms are accepted")
	}
	p.Check(Field("留意事項に同意します", "この下書きを提出する"), true)
	p.Screen("portal-draft")
	p.Click(Button("提案を提出する", "この下書きを提出する"))
	p.WaitText("提案を提出しました")
	p.WaitJS("the submitted state", `document.querySelector('[data-testid=proposal-status]').textContent.includes('提出済み')`)
	if got := proposalIDFromHash(t, p); got != secondID {
		t.Fatalf("the portal shows proposal %s, not the draft %s", got, secondID)
	}
	p.WaitText("提案の取下げ")
	if p.Bool(`(` + Button("提案を取り下げる") + `).disabled === false`) {
		t.Fatal("the withdrawal button works before the proposer confirms")
	}
	p.Type(Field("取下げの理由"), "社内の体制が整わないため。")
	p.Check(Field("取り下げると元に戻せないことを確認しました"), true)
	p.Screen("portal-withdraw")
	p.Click(Button("提案を取り下げる"))
	p.WaitText("提案を取り下げました")
	p.WaitJS("the withdrawn state", `document.querySelector('[data-testid=proposal-status]').textContent.includes('取下げ')`)
	if p.Has(Button("提案を取り下げる")) {
		t.Fatal("a withdrawn proposal still offers withdrawal")
	}
	p.Screen("portal-withdrawn")
	d = api.GraphQL(desk, `query($id: ID!) { proposal(id: $id) { status history { action reason } } }`, map[string]any{"id": secondID})
	if Get(d, "proposal", "status") != "WITHDRAWN" || !strings.Contains(jsonOf(d), "社内の体制が整わないため。") {
		t.Fatalf("the desk sees the withdrawn proposal as %s", jsonOf(d))
	}
	p.Problems("at the end of the portal journey")
}

// proposalIDFromHash reads the proposal's ID from the portal's route (#/proposals/<id>?…).
func proposalIDFromHash(t *testing.T, p *Page) string {
	t.Helper()
	h := p.String(`location.hash`)
	id := p.String(`decodeURIComponent(location.hash.replace(/^#\/proposals\//, '').split('?')[0])`)
	if !strings.HasPrefix(h, "#/proposals/") || id == "" || id == "new" {
		t.Fatalf("the portal shows %s, not a proposal's page", h)
	}
	return id
}

// TestPortalMailedLinks: the links the server mails (the municipality's portal URL +
// /reset-password#token=… or /verify-email#token=…) open the starter portal's pages for them.
// A proposer who forgot the password asks for the mail on the sign-in page, follows the
// mailed link, sets a new password and lands signed in; a verification link that is not
// valid (any more) says so.
func TestPortalMailedLinks(t *testing.T) {
	p := Open(t)
	s := startPortalStack(t)
	api := s.api
	desk := api.Login(deskEmail)
	api.GraphQL(desk, `mutation($u: String!) { updateMunicipality(input: {portalUrl: $u}) { portalUrl } }`,
		map[string]any{"u": strings.TrimSuffix(s.portal, "/")})

	const who = "proposer1@demo.pppdesk.jp"
	p.Navigate(s.portal + "#/signin")
	p.WaitHeading("ログイン")
	p.Type(Field("メールアドレス", "ログイン"), who)
	p.Click(Button("再設定のメールを送る"))
	p.WaitText("再設定のリンクを送りました")
	link := s.mailedLink(t, who, "/reset-password#token=")
	if !strings.HasPrefix(link, s.portal+"reset-password#token=") {
		t.Fatalf("the reset link %q does not lead to the portal at %s", link, s.portal)
	}
	p.Navigate(link)
	p.WaitHeading("パスワードの再設定")
	p.Screen("portal-reset-password")
	const fresh = "portal-new-password-2026"
	p.Type(Field("新しいパスワード"), fresh)
	p.Click(Button("設定してログインする"))
	p.WaitHeading("マイページ")
	p.WaitText("提案の一覧")
	if got := p.String(`location.pathname + location.hash`); !strings.HasSuffix(got, "/#/mypage") || strings.Contains(got, "reset-password") {
		t.Fatalf("after the reset the portal is at %s, not its own #/mypage", got)
	}
	p.Screen("portal-mypage-after-reset")
	if _, errs := api.Try("", `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`,
		map[string]any{"e": who, "p": fresh}); len(errs) > 0 {
		t.Fatalf("the new password does not sign in: %v", errs)
	}

	// A verification link whose token is unknown: the page says what went wrong.
	p.Navigate(s.portal + "verify-email#token=not-a-token")
	p.WaitHeading("メールアドレスの確認")
	p.WaitJS("the refusal", `document.querySelector('.error') && document.querySelector('.error').textContent.includes('入力内容を確認してください')`)
	p.Screen("portal-verify-email-refused")
}
