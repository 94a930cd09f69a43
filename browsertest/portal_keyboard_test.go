package browsertest

import (
	"testing"

	"github.com/chromedp/chromedp/kb"

	"github.com/pppdesk/pppdesk/demo"
)

// TestPortalKeyboard: on the starter portal the first Tab reaches the skip link, which moves
// the focus to the page's content, and a proposer signs in and opens a proposal with Tab and
// Enter alone, seeing the focus at every stop.
func TestPortalKeyboard(t *testing.T) {
	p := Open(t)
	s := startPortalStack(t)
	p.Navigate(s.portal)
	p.WaitHeading("青森市公民連携デスク")
	p.Settle()
	stop := func(what, predicate string) {
		t.Helper()
		p.TabTo(what, predicate, 40)
		if !p.Bool(`((el) => ` + focusVisible + `)(document.activeElement)`) {
			p.fail("%s has the focus but shows no focus ring: %s", what, p.Focused())
		}
	}
	stop("the skip link", `el.tagName === 'A' && __bt.name(el) === '本文へ移動'`)
	p.Key(kb.Enter)
	p.WaitJS("the focus on the content", `document.activeElement && document.activeElement.id === 'main'`)
	if got := p.String(`location.hash`); got != "" && got != "#/" {
		t.Fatalf("the skip link changed the route to %s", got)
	}

	p.Navigate(s.portal + "#/")
	p.WaitHeading("青森市公民連携デスク")
	p.Settle()
	stop("the sign-in link", `el.tagName === 'A' && el.closest('nav') && __bt.name(el) === 'ログイン'`)
	p.Key(kb.Enter)
	p.WaitHeading("ログイン")
	stop("the email field", `el.type === 'email'`)
	p.Key("proposer1@demo.pppdesk.jp")
	stop("the password field", `el.type === 'password'`)
	p.Key(demo.Password)
	p.Key(kb.Enter) // submits the form
	p.WaitHeading("マイページ")
	p.WaitJS("the organization's proposals", `document.querySelector('[data-testid=my-proposal] a')`)
	p.Screen("portal-keyboard-mypage")
	stop("a proposal's link", `el.tagName === 'A' && el.closest('[data-testid=my-proposal]')`)
	title := p.String(`document.activeElement.textContent`)
	p.Key(kb.Enter)
	p.WaitHeading(title)
	p.Screen("portal-keyboard-proposal")
}
