package browsertest

import "testing"

func TestSmoke(t *testing.T) {
	srv := StartServer(t)
	p := Open(t, Artifacts(t))
	p.Navigate(srv.Admin())
	p.WaitHeading("公民連携")
	p.Screen("login")
	p.Type(Field("メールアドレス"), "desk@demo.pppdesk.jp")
	p.Type(Field("パスワード"), "pppdesk-demo")
	p.Click(Button("サインイン"))
	p.WaitJS("signed in", `document.querySelector('[data-testid=who]')`)
	p.Screen("home")
}
