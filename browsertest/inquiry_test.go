package browsertest

import (
	"strings"
	"testing"
)

// TestInquiryFollowUp: the desk answers an inquiry from its screen (the answer joins the
// history) and forwards it to 経済部; 経済部's clerk then finds it in the list and reads it,
// without the desk's forms.
func TestInquiryFollowUp(t *testing.T) {
	t.Parallel()
	p := Open(t) // first: without Chromium the test skips before starting a server
	srv := StartServer(t)
	srv.GraphQL("", `mutation { submitInquiry(input: {name: "市民 一郎", email: "ichiro@example.jp", subject: "ブラウザからの相談", body: "駅前広場を使いたい。"}) }`, nil)
	desk := srv.Login(deskEmail)
	var id string
	for _, e := range Get(srv.GraphQL(desk, `{ inquiries(first: 50) { edges { node { id subject } } } }`, nil), "inquiries", "edges").([]any) {
		if Get(e, "node", "subject") == "ブラウザからの相談" {
			id = Get(e, "node", "id").(string)
		}
	}
	if id == "" {
		t.Fatal("the desk does not list the inquiry")
	}

	p.Navigate(srv.Admin())
	signIn(p, deskEmail)
	p.Go("/desk/inquiries/" + id)
	p.WaitJS("the reply form", `document.querySelector('[data-testid=inquiry-reply-body]')`)
	p.Screen("inquiry-desk")
	p.Type(`document.querySelector('[data-testid=inquiry-reply-body]')`, "ご利用いただけます。")
	p.Click(Button("回答を送信する"))
	p.WaitText("ichiro@example.jp あてに回答を送信しました。")
	p.WaitJS("the reply in the history", `(document.querySelector('[data-testid=inquiry-replies]')?.textContent ?? '').includes('ご利用いただけます。')`)
	if s := p.String(`document.querySelector('[data-testid=inquiry-replies]').textContent`); !strings.Contains(s, "Re: ブラウザからの相談") {
		t.Errorf("history: %q", s)
	}
	p.Check(Field("経済部"), true)
	p.Type(Field("担当課への連絡（任意）"), "ご確認ください。")
	p.Click(Button("共有する"))
	p.WaitText("経済部 に共有しました。")
	p.WaitJS("the forwarded department", `(document.querySelector('[data-testid=inquiry-forwarded-to]')?.textContent ?? '').includes('経済部')`)
	p.Screen("inquiry-desk-answered")
	signOut(p, srv)

	signIn(p, keizaiEmail)
	p.Go("/desk/inquiries")
	p.WaitJS("the forwarded inquiry in the list", `[...document.querySelectorAll('main table a')].some(a => a.textContent === 'ブラウザからの相談')`)
	p.Click(Link("ブラウザからの相談"))
	p.WaitJS("the inquiry", `(document.querySelector('[data-testid=inquiry-body]')?.textContent ?? '').includes('駅前広場を使いたい。')`)
	p.Screen("inquiry-department")
	if p.Has(`document.querySelector('[data-testid=inquiry-reply-body]')`) || p.Has(`document.querySelector('[data-testid=inquiry-forward-send]')`) {
		t.Error("a department is shown the desk's forms")
	}
}
