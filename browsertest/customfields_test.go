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

// TestCustomFieldDisclosureSettings: the desk gives a proposal field a default disclosure
// level with its reason on the settings screen; editing only the label later keeps both
// (the form reads and sends them), and choosing the policy default clears them.
func TestCustomFieldDisclosureSettings(t *testing.T) {
	t.Parallel()
	p := Open(t)
	srv := StartServer(t)
	desk := srv.Login(deskEmail)
	level := func() (any, any) {
		d := srv.GraphQL(desk, `{ customFieldDefinitions(target: PROPOSAL) { key disclosureLevel disclosureReason } }`, nil)
		for _, f := range Get(d, "customFieldDefinitions").([]any) {
			if Get(f, "key") == "unitCost" {
				return Get(f, "disclosureLevel"), Get(f, "disclosureReason")
			}
		}
		t.Fatalf("unitCost is not defined: %v", d)
		return nil, nil
	}
	p.Navigate(srv.Admin())
	signIn(p, deskEmail)
	p.Click(Link("設定：独自項目", "メインメニュー"))
	p.WaitHeading("独自項目の設定")
	p.Select(Field("対象"), "提案")
	p.Click(Button("項目を追加"))
	p.Type(Field("識別子"), "unitCost")
	p.Type(Field("項目名（日本語）"), "単価")
	p.Select(Field("見せる範囲"), "提案者と職員")
	p.Select(Field("開示区分の既定値"), "法人等の正当な利益（不開示）")
	p.Type(Field("開示区分の理由"), "原価に当たるため")
	p.Screen("desk-custom-field-disclosure")
	p.Click(Button("保存"))
	p.WaitText("「単価」を追加しました。")
	if l, r := level(); l != "PROTECTED_BUSINESS" || r != "原価に当たるため" {
		t.Fatalf("defined with %v (%v)", l, r)
	}

	p.Click(Button("編集: 単価"))
	p.WaitJS("the form with the stored level", Field("開示区分の既定値")+`.value === 'PROTECTED_BUSINESS'`)
	p.Type(Field("項目名（日本語）"), "見積単価")
	p.Click(Button("保存"))
	p.WaitText("「見積単価」を保存しました。")
	if l, r := level(); l != "PROTECTED_BUSINESS" || r != "原価に当たるため" {
		t.Fatalf("after editing the label: %v (%v)", l, r)
	}

	p.Click(Button("編集: 見積単価"))
	p.WaitJS("the form with the stored reason", Field("開示区分の理由")+`.value === '原価に当たるため'`)
	p.Select(Field("開示区分の既定値"), "方針の既定値")
	p.Click(Button("保存"))
	p.WaitText("「見積単価」を保存しました。")
	if l, r := level(); l != nil || r != nil {
		t.Fatalf("after choosing the policy default: %v (%v)", l, r)
	}
}
