package browsertest

import (
	"testing"
)

// TestCustomFieldSettings: the desk defines a custom field of announcements on the settings
// screen, finds its input in the announcement editor, and the value it enters is what the
// API answers; the field's deletion is confirmed first.
func TestCustomFieldSettings(t *testing.T) {
	t.Parallel()
	p := Open(t) // first: without Chromium the test skips before starting a server
	srv := StartServer(t)
	p.Navigate(srv.Admin())
	signIn(p, deskEmail)
	p.Click(Link("設定：独自項目", "メインメニュー"))
	p.WaitHeading("独自項目の設定")
	p.Select(Field("対象"), "お知らせ")
	p.WaitJS("no fields yet", `document.querySelector('[data-testid=custom-fields-none]')`)
	p.Click(Button("項目を追加"))
	p.Type(Field("識別子"), "source")
	p.Type(Field("項目名（日本語）"), "出典")
	p.Select(Field("見せる範囲"), "公開（その項目を見られる人全員・公開データにも出力）")
	p.Screen("desk-custom-field-new")
	p.Click(Button("保存"))
	p.WaitText("「出典」を追加しました。")
	p.WaitJS("the field in the list", `document.querySelector('[data-testid=custom-fields]')`)
	p.Screen("desk-custom-fields")

	p.Go("/content/announcements/new")
	p.WaitHeading("お知らせを作成")
	p.Type(Field("件名"), "独自項目つきのお知らせ")
	p.Type(Field("出典"), "市報あおもり")
	p.Click(Button("作成する"))
	p.WaitJS("the created announcement", `/^#\/content\/announcements\/[^n]/.test(location.hash)`)
	desk := srv.Login(deskEmail)
	d := srv.GraphQL(desk, `{ announcements(first: 100, filter: {search: "独自項目つき"}) { edges { node { customFields { key text } } } } }`, nil)
	if got := Get(d, "announcements", "edges", 0, "node", "customFields", 0, "text"); got != "市報あおもり" {
		t.Fatalf("the API answers %v", d)
	}

	p.Click(Link("設定：独自項目", "メインメニュー"))
	p.WaitHeading("独自項目の設定")
	p.Select(Field("対象"), "お知らせ")
	p.WaitJS("the list", `document.querySelector('[data-testid=custom-fields]')`)
	p.Click(Button("削除: 出典"))
	p.WaitJS("the confirmation", `document.querySelector('dialog[open]')`)
	p.Click(Button("削除", "「出典」を削除しますか？"))
	p.WaitText("「出典」を削除しました。")
	d = srv.GraphQL(desk, `{ customFieldDefinitions(target: ANNOUNCEMENT) { key } }`, nil)
	if got := Get(d, "customFieldDefinitions").([]any); len(got) != 0 {
		t.Fatalf("still defined: %v", got)
	}
}
