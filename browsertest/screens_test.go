package browsertest

import "testing"

// TestEveryScreen opens every screen of the menu as the desk and as a department, and gives
// each the screen checks (CSP and console, axe-core, width at desktop and tablet size): the
// story walks the proposal and case-study screens, this walks the rest: each list and the
// page of its first item.
func TestEveryScreen(t *testing.T) {
	t.Parallel()
	p := Open(t) // first: without Chromium the test skips before starting a server
	srv := StartServer(t)
	p.Navigate(srv.Admin())
	for _, who := range []string{deskEmail, keizaiEmail} {
		signIn(p, who)
		type entry struct{ Label, Href string }
		menu := eval[[]entry](p, `[...document.querySelectorAll('nav a[href]')].map(a => ({label: __bt.name(a), href: a.getAttribute('href')}))`)
		if len(menu) < 2 {
			t.Fatalf("%s sees a menu of %v", who, menu)
		}
		for _, m := range menu {
			p.Click(Link(m.Label, "メインメニュー"))
			p.WaitJS("the screen "+m.Label, `location.hash === `+jsString(m.Href)+` && document.querySelector('main h1')`)
			name := who[:len(who)-len("@demo.pppdesk.jp")] + "-" + m.Href
			p.Screen(name)
			// The first item of a list opens its page (an editor, a detail): check it too.
			first := `document.querySelector('main table a[href^="#/"]')`
			if p.Has(first) {
				href := p.String(first + `.getAttribute('href')`)
				p.Click(first)
				p.WaitJS("the page "+href, `location.hash === `+jsString(href)+` && document.querySelector('main h1')`)
				p.Screen(name + "-first")
			}
		}
		signOut(p, srv)
	}
}
