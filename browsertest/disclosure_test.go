package browsertest

import (
	"testing"
)

// TestDisclosurePanel: on a proposal's page the desk reads the 開示区分 panel (contact fields
// are personal data by default), withholds the body with a reason, which the API then
// answers, and produces the disclosure copy for a request number.
func TestDisclosurePanel(t *testing.T) {
	t.Parallel()
	p := Open(t) // first: without Chromium the test skips before starting a server
	srv := StartServer(t)
	id := submitStoryProposal(t, srv)
	title := storyProposal["title"].(string)

	p.Navigate(srv.Admin())
	signIn(p, deskEmail)
	p.Go("/proposals/" + id)
	p.WaitHeading(title)
	p.WaitJS("the disclosure panel", `document.querySelector('[data-testid=disclosure-levels]')`)
	if !p.Bool(`[...document.querySelectorAll('[data-testid=disclosure-levels] tr')].some((tr) => tr.textContent.includes('連絡先（氏名）') && tr.textContent.includes('個人情報（不開示）'))`) {
		t.Fatal("the contact name is not shown as personal data")
	}
	p.Screen("desk-disclosure-panel")

	p.Select(Field("対象", "開示区分を変更する"), "内容")
	p.Select(Field("開示区分", "開示区分を変更する"), "法人等の正当な利益（不開示）")
	// A withheld level needs a reason: the form says so before the API would.
	if !p.Bool(`document.querySelector('[data-testid=disclosure-change] textarea').required`) {
		t.Fatal("the reason is not required for a withheld level")
	}
	p.Type(Field("理由", "開示区分を変更する"), "独自のノウハウ")
	p.Click(Button("変更する", "開示区分を変更する"))
	p.WaitText("開示区分を変更しました。")
	desk := srv.Login(deskEmail)
	d := srv.GraphQL(desk, `query($id: ID!) { proposal(id: $id) { disclosure { field level reason } } }`, map[string]any{"id": id})
	found := false
	for _, f := range Get(d, "proposal", "disclosure").([]any) {
		if Get(f, "field") == "body" {
			found = Get(f, "level") == "PROTECTED_BUSINESS" && Get(f, "reason") == "独自のノウハウ"
		}
	}
	if !found {
		t.Fatalf("the API answers %v", d)
	}

	p.Type(Field("開示請求番号", "開示用写しを作成する"), "R8-情公-3")
	p.Select(Field("形式", "開示用写しを作成する"), "HTML")
	p.Click(Button("作成してダウンロード", "開示用写しを作成する"))
	p.WaitText("を作成しました。")
	p.Screen("desk-disclosure-copy")
}
