package browsertest

import (
	"testing"

	"github.com/chromedp/chromedp/kb"

	"github.com/pppdesk/pppdesk/demo"
)

// focusVisible is a JS predicate on `el`: the focused element shows a focus ring (an outline
// or a box shadow), so a keyboard user sees where they are.
const focusVisible = `(() => { const s = getComputedStyle(el); return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none'; })()`

// TestKeyboardOnly signs in and reaches the inbox and a proposal with Tab and Enter alone,
// checking at each stop that the focus is visible.
func TestKeyboardOnly(t *testing.T) {
	t.Parallel()
	p := Open(t) // first: without Chromium the test skips before starting a server
	srv := StartServer(t)
	id := submitStoryProposal(t, srv)
	title := storyProposal["title"].(string)

	p.Navigate(srv.Admin())
	p.WaitJS("the sign-in screen", Field("メールアドレス"))
	stop := func(what, predicate string) {
		t.Helper()
		// 60: the proposal page has the dialogue, history and 開示区分 forms before its actions.
		p.TabTo(what, predicate, 60)
		if !p.Bool(`((el) => ` + focusVisible + `)(document.activeElement)`) {
			p.fail("%s has the focus but shows no focus ring: %s", what, p.Focused())
		}
	}
	stop("the email field", `el.type === 'email'`)
	p.Key(deskEmail)
	stop("the password field", `el.type === 'password'`)
	p.Key(demo.Password)
	p.Key(kb.Enter) // submits the form
	p.WaitJS("the signed-in frame", `document.querySelector('[data-testid=who]')`)
	p.Screen("keyboard-home")

	stop("the inbox in the menu", `el.tagName === 'A' && el.closest('nav') && __bt.name(el) === '提案の受付'`)
	p.Key(kb.Enter)
	p.WaitHeading("提案の受付")
	p.WaitJS("the story's proposal in the inbox", Link(title))
	p.Screen("keyboard-inbox")

	stop("the proposal's link", `el.tagName === 'A' && __bt.name(el).includes(`+jsString(title)+`)`)
	p.Key(kb.Enter)
	p.WaitHeading(title)
	if got := p.String(`location.hash`); got != "#/proposals/"+id {
		t.Fatalf("Enter on the proposal's link went to %s, want #/proposals/%s", got, id)
	}
	p.Screen("keyboard-proposal")

	// Every control of the proposal page is reachable: Tab goes round without getting stuck
	// and reaches the decide button.
	stop("the decide button", `el.tagName === 'BUTTON' && __bt.name(el) === '決定する'`)
}
