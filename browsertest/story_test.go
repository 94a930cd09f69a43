package browsertest

import (
	"slices"
	"testing"
	"time"

	"github.com/pppdesk/pppdesk/demo"
)

// Accounts of the demo that the story signs in with.
const (
	deskEmail   = "desk@demo.pppdesk.jp"
	keizaiEmail = "keizai@demo.pppdesk.jp"
)

// jst is the city's time zone: due dates and publication times are the clerk's local ones.
var jst = time.FixedZone("JST", 9*60*60)

// storyProposal is the proposal the story works on. A proposer submits it through the API,
// as a portal would, so the desk's inbox has a fresh one beside the demo proposals.
var storyProposal = map[string]any{
	"kind":          "FREE",
	"title":         "雪国の見守りセンサー実証（ブラウザ試験）",
	"summary":       "除雪が遅れる路線の見守りにセンサーを試す提案です。",
	"body":          "冬の朝、通学路の積雪を測るセンサーを5か所に置き、除雪の優先度に役立てます。",
	"desiredScheme": "実証実験サポート事業",
	"resources": []map[string]any{
		{"side": "PARTNER", "kind": "GOODS", "description": "積雪センサー 5台"},
		{"side": "CITY", "kind": "INFORMATION", "description": "除雪路線の情報"},
	},
	"merits": []map[string]any{
		{"side": "CITY", "description": "除雪の優先度を決めやすくなる"},
		{"side": "PARTNER", "description": "寒冷地での実証データが得られる"},
	},
	"contact": map[string]any{"affiliation": "株式会社あおもりテック（デモ）", "name": "青森 太郎", "email": "taro@example.jp", "phone": "017-000-0000"},
}

// submitStoryProposal creates and submits the story's proposal as the demo proposer and
// answers its ID.
func submitStoryProposal(t *testing.T, srv *Server) string {
	t.Helper()
	tok := srv.Login("proposer1@demo.pppdesk.jp")
	d := srv.GraphQL(tok, `mutation($in: CreateProposalInput!) { createProposal(input: $in) { proposal { id } } }`,
		map[string]any{"in": storyProposal})
	id := Get(d, "createProposal", "proposal", "id").(string)
	srv.GraphQL(tok, `mutation($id: ID!) { submitProposal(id: $id, acceptTerms: true) { proposal { id } } }`, map[string]any{"id": id})
	return id
}

// signIn signs a demo account in through the sign-in screen and waits for the signed-in frame.
func signIn(p *Page, email string) {
	p.t.Helper()
	p.WaitJS("the sign-in screen", Field("メールアドレス"))
	p.Type(Field("メールアドレス"), email)
	p.Type(Field("パスワード"), demo.Password)
	p.Click(Button("サインイン"))
	p.WaitJS("the signed-in frame", `document.querySelector('[data-testid=who]')`)
}

// signOut signs out with the header's button and answers the token the tab held, which the
// server must have revoked.
func signOut(p *Page, srv *Server) {
	p.t.Helper()
	tok := p.String(`sessionStorage.getItem('pppdesk.admin.token') || ''`)
	p.Click(Button("サインアウト"))
	p.WaitJS("the sign-in screen", Field("メールアドレス"))
	if p.Bool(`sessionStorage.getItem('pppdesk.admin.token')`) {
		p.t.Fatal("signing out left the token in sessionStorage")
	}
	if tok == "" {
		p.t.Fatal("the signed-in tab held no token in sessionStorage")
	}
	if _, errs := srv.Try(tok, `{ me { id } }`, nil); len(errs) == 0 {
		p.t.Fatal("signing out did not revoke the token: the API still answers it")
	}
}

// openFromInbox goes to the inbox through the menu and opens the proposal titled title.
func openFromInbox(p *Page, title, screen string) {
	p.t.Helper()
	p.Click(Link("提案の受付", "メインメニュー"))
	p.WaitHeading("提案の受付")
	p.WaitJS("the proposal in the inbox", Link(title))
	p.Screen(screen + "-inbox")
	p.Click(Link(title))
	p.WaitHeading(title)
	p.Screen(screen + "-proposal")
}

// proposalState is what the API says about the story's proposal after each step.
func proposalState(t *testing.T, srv *Server, token, id string) map[string]any {
	t.Helper()
	d := srv.GraphQL(token, `query($id: ID!) { proposal(id: $id) {
		status
		assignments { department { name } dueOn opinion feasible respondedAt }
		messages { body internal author { kind } }
		history { action reason to }
	} }`, map[string]any{"id": id})
	p, _ := Get(d, "proposal").(map[string]any)
	if p == nil {
		t.Fatalf("the API shows no proposal %s to this caller", id)
	}
	return p
}

// TestStory is the desk's day in the admin, in a real browser, as issue 11 tells it: the
// desk assigns a proposal to 経済部 with a due date, 経済部 answers with its opinion and an
// internal note, the desk decides with a reason, then writes a case study and schedules it,
// and the public API shows it once its time comes. Every screen passes the CSP, axe-core and
// width checks and leaves a screenshot; every step's effect is checked through the API too.
func TestStory(t *testing.T) {
	t.Parallel()
	p := Open(t) // first: without Chromium the test skips before starting a server
	srv := StartServer(t)
	id := submitStoryProposal(t, srv)
	title := storyProposal["title"].(string)
	desk := srv.Login(deskEmail)

	t.Log("step 1: the desk signs in and sees the proposals")
	p.Navigate(srv.Admin())
	p.Screen("sign-in")
	signIn(p, deskEmail)
	p.Screen("desk-home")
	p.Click(Link("提案の受付", "メインメニュー"))
	p.WaitHeading("提案の受付")
	p.WaitJS("the story's proposal in the inbox", Link(title))
	total := int(Get(srv.GraphQL(desk, `{ proposals { totalCount } }`, nil), "proposals", "totalCount").(float64))
	rows := int(eval[float64](p, `document.querySelectorAll('[data-testid=inbox-table] [data-testid=proposal-link]').length`))
	if total < 2 || rows < 2 || rows > total {
		t.Fatalf("the inbox lists %d proposals; the API counts %d for the desk (the demo's and the story's)", rows, total)
	}
	p.Screen("desk-inbox")

	t.Log("step 2: the desk opens the proposal and assigns it to 経済部 with a due date")
	p.Click(Link(title))
	p.WaitHeading(title)
	p.WaitText(storyProposal["summary"].(string))
	p.Screen("desk-proposal")
	due := time.Now().In(jst).AddDate(0, 0, 14).Format(time.DateOnly)
	const assign = "担当課に検討を依頼する"
	p.Check(Field("経済部", assign), true)
	p.Set(Field("回答期限", assign), due)
	p.Click(Button("依頼する", assign))
	p.WaitText("担当課に依頼しました。")
	p.Screen("desk-assigned")
	st := proposalState(t, srv, desk, id)
	if Get(st, "status") != "IN_DIALOGUE" || Get(st, "assignments", 0, "department", "name") != "経済部" || Get(st, "assignments", 0, "dueOn") != due {
		t.Fatalf("after assigning, the API shows %v; want IN_DIALOGUE with 経済部 due %s", st, due)
	}
	signOut(p, srv)

	t.Log("step 3: 経済部 signs in, answers with its opinion and posts an internal note")
	opinion := "積雪センサーは既存の除雪計画と両立できます。費用は事業者負担のため実施可能です。"
	note := "庁内メモ：道路維持課にも設置場所を確認済み。"
	signIn(p, keizaiEmail)
	openFromInbox(p, title, "keizai")
	const respond = "検討結果を回答する"
	p.Check(Field("実施可能", respond), true)
	p.Type(Field("意見", respond), opinion)
	p.Click(Button("回答する", respond))
	p.WaitText("回答しました。")
	p.Screen("keizai-answered")
	if p.Has(Field("庁内メモ", "投稿の種類")) {
		p.Check(Field("庁内メモ", "投稿の種類"), true)
	}
	p.Type(Field("本文", "対話"), note)
	p.Click(Button("投稿する", "対話"))
	p.WaitText("庁内メモを投稿しました。")
	p.WaitJS("the note in the dialogue", `[...document.querySelectorAll('[data-testid=internal-note]')].some(n => n.textContent.includes(`+jsString(note)+`))`)
	p.Screen("keizai-note")
	st = proposalState(t, srv, desk, id)
	if Get(st, "assignments", 0, "opinion") != opinion || Get(st, "assignments", 0, "feasible") != true {
		t.Fatalf("after answering, the API shows the assignment %v; want the opinion, feasible", Get(st, "assignments", 0))
	}
	if !hasMessage(st, note, true) {
		t.Fatalf("after posting, the API shows the messages %v; want the internal note", Get(st, "messages"))
	}
	// The note is internal: the proposer must not see it.
	if hasMessage(proposalState(t, srv, srv.Login("proposer1@demo.pppdesk.jp"), id), note, true) {
		t.Fatal("the proposer sees the department's internal note")
	}
	signOut(p, srv)

	t.Log("step 4: the desk sees the answer and decides with a reason")
	reason := "経済部の回答のとおり実施可能であり、市の負担も小さいため採択します。"
	signIn(p, deskEmail)
	openFromInbox(p, title, "desk")
	p.WaitText(opinion)
	p.WaitText(note)
	const decide = "採否を決める"
	p.Check(Field("採択する", decide), true)
	p.Type(Field("理由", decide), reason)
	p.Click(Button("決定する", decide))
	p.WaitJS("the confirmation", `document.querySelector('dialog[open]')`)
	p.Screen("desk-decide-confirm")
	p.Click(Button("採択する", "採否の確認"))
	p.WaitText("採否を決定しました。")
	p.Screen("desk-decided")
	st = proposalState(t, srv, desk, id)
	if Get(st, "status") != "ACCEPTED" || !hasEvent(st, "DECIDE", reason) {
		t.Fatalf("after deciding, the API shows %v; want ACCEPTED with the reason in the history", st)
	}

	t.Log("step 5: the desk writes a case study and schedules its publication")
	caseStudyStory(t, p, srv, desk)
}

// hasMessage answers whether the proposal's messages hold body with that internal flag.
func hasMessage(st map[string]any, body string, internal bool) bool {
	ms, _ := Get(st, "messages").([]any)
	return slices.ContainsFunc(ms, func(m any) bool { return Get(m, "body") == body && Get(m, "internal") == internal })
}

// hasEvent answers whether the proposal's history holds action with reason.
func hasEvent(st map[string]any, action, reason string) bool {
	hs, _ := Get(st, "history").([]any)
	return slices.ContainsFunc(hs, func(h any) bool { return Get(h, "action") == action && Get(h, "reason") == reason })
}

// publicCaseStudy answers whether the anonymous public API lists a case study titled title.
func publicCaseStudy(t *testing.T, srv *Server, title string) bool {
	t.Helper()
	d := srv.GraphQL("", `query($q: String) { caseStudies(first: 50, filter: { search: $q }) { edges { node { title } } } }`,
		map[string]any{"q": title})
	es, _ := Get(d, "caseStudies", "edges").([]any)
	return slices.ContainsFunc(es, func(e any) bool { return Get(e, "node", "title") == title })
}

// waitPublic polls the public API until the case study shows, at most within.
func waitPublic(t *testing.T, srv *Server, title string, within time.Duration) {
	t.Helper()
	deadline := time.Now().Add(within)
	for !publicCaseStudy(t, srv, title) {
		if time.Now().After(deadline) {
			t.Fatalf("the public API still does not show the case study %q after %s", title, within)
		}
		time.Sleep(250 * time.Millisecond)
	}
}
