// Package browsertest drives the staff admin (/admin/) in Debian's Chromium against the real
// server, through chromedp. The tests tell the desk's story screen by screen and check on
// every screen what a unit test cannot: the page runs under the server's CSP without a
// violation or a console error, axe-core finds no serious or critical accessibility
// problem, nothing overflows at desktop or tablet width, and the keyboard alone is enough.
//
// Without Chromium the tests skip with a message that says how to run them. Screenshots of
// every screen are written to $PPPDESK_ARTIFACTS (or a temporary directory that is logged).
package browsertest

import (
	"context"
	"encoding/json"

	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// EnvChromium names a Chromium binary to use instead of the one on PATH.
const EnvChromium = "PPPDESK_CHROMIUM"

// EnvArtifacts names the directory that keeps the screenshots; .ci/run sets it so a failed
// run can be looked at afterwards.
const EnvArtifacts = "PPPDESK_ARTIFACTS"

// Desktop and Tablet are the two widths every screen must fit without horizontal scrolling.
var (
	Desktop = Viewport{Name: "desktop", Width: 1280, Height: 800}
	Tablet  = Viewport{Name: "tablet", Width: 768, Height: 1024}
)

// Viewport is a window size the admin must work at.
type Viewport struct {
	Name          string
	Width, Height int64
}

// Chromium answers the browser to drive, or skips the test with the command that installs
// one: a machine without a browser still runs every other test.
func Chromium(t testing.TB) string {
	t.Helper()
	if p := os.Getenv(EnvChromium); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Skip("browser tests need Chromium: apt-get install -y chromium fonts-noto-cjk, then go test ./browsertest " +
		"(or set " + EnvChromium + " to a Chromium binary)")
	return ""
}

// Artifacts answers the directory for this test's screenshots: $PPPDESK_ARTIFACTS/<test>, or
// a temporary directory that survives the test (its path is logged).
func Artifacts(t testing.TB) string {
	t.Helper()
	base := os.Getenv(EnvArtifacts)
	if base == "" {
		var err error
		base, err = os.MkdirTemp("", "pppdesk-browser-")
		if err != nil {
			t.Fatal(err)
		}
	}
	dir := filepath.Join(base, safeName(t.Name()))
	if err := os.RemoveAll(dir); err != nil { // the screenshots of an earlier run would mislead
		t.Fatal(err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshots: %s", dir)
	return dir
}

var unsafeChars = regexp.MustCompile(`[^A-Za-z0-9._-]+`)

func safeName(s string) string { return strings.Trim(unsafeChars.ReplaceAllString(s, "-"), "-") }

// axeSource is axe-core's script, read once from admin/web's node_modules.
var axeSource = sync.OnceValues(func() (string, error) {
	p := filepath.Join("..", "admin", "web", "node_modules", "axe-core", "axe.min.js")
	b, err := os.ReadFile(p)
	if err != nil {
		return "", fmt.Errorf("axe-core is missing (%w): run `npm ci` in admin/web, then go test ./browsertest", err)
	}
	return string(b), nil
})

// Page is one tab of its own headless Chromium (a fresh profile, closed when the test ends),
// with the checks every screen gets and the artifacts it writes.
type Page struct {
	t       testing.TB
	ctx     context.Context
	dir     string
	shot    int
	timeout time.Duration

	mu       sync.Mutex
	problems []string // console errors, exceptions and CSP violations not yet reported
	allowed  []string // substrings of console errors that the test expects
}

// Open starts Chromium headless with the flags that keep it off the network (no background
// requests, component updates, sync or QUIC) and a user-data-dir of its own, opens a tab
// that writes its screenshots to the test's Artifacts directory, and collects the tab's
// console errors, uncaught exceptions and CSP violations. Without Chromium it skips the test.
func Open(t testing.TB) *Page {
	t.Helper()
	path := Chromium(t)
	if _, err := axeSource(); err != nil {
		t.Fatal(err)
	}
	dir := Artifacts(t)
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(path),
		chromedp.Flag("headless", true),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-quic", true),
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("lang", "ja-JP"),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(int(Desktop.Width), int(Desktop.Height)),
	}
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(alloc)
	t.Cleanup(func() { cancel(); cancelAlloc() })
	// Chromium asks every site for /favicon.ico, which the server does not have: that 404 is
	// the browser's habit, not the admin's error.
	p := &Page{t: t, ctx: ctx, dir: dir, timeout: 20 * time.Second, allowed: []string{"/favicon.ico"}}
	if err := chromedp.Do(ctx); err != nil { // starts the browser; no timeout on this first call
		t.Fatalf("start Chromium (%s): %v", path, err)
	}
	err := chromedp.Listen(ctx, func(ev any) {
		switch e := ev.(type) {
		case *runtime.EventConsoleAPICalled:
			if e.Type == runtime.ConsoleAPICalledTypeError || e.Type == runtime.ConsoleAPICalledTypeAssert {
				p.problem("console.%s: %s", e.Type, consoleArgs(e.Args))
			}
		case *runtime.EventExceptionThrown:
			d := e.ExceptionDetails
			msg := d.Text
			if d.Exception != nil && d.Exception.Description != "" {
				msg = d.Exception.Description
			}
			p.problem("uncaught exception: %s (%s:%d)", msg, d.URL, d.LineNumber)
		case *log.EventEntryAdded:
			if e.Entry.Level == log.EntryLevelError {
				p.problem("%s: %s %s", e.Entry.Source, e.Entry.Text, e.Entry.URL)
			}
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	err = chromedp.Do(ctx,
		chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			if _, err := cdp.Call(ctx, tg, log.Enable, cdp.Empty{}); err != nil {
				return err
			}
			// A clerk's browser in Aomori: Japanese date inputs and Japan's time.
			if _, err := cdp.Call(ctx, tg, emulation.SetLocaleOverride, emulation.SetLocaleOverrideParams{Locale: "ja_JP"}); err != nil {
				return err
			}
			if _, err := cdp.Call(ctx, tg, emulation.SetTimezoneOverride, emulation.SetTimezoneOverrideParams{TimezoneID: "Asia/Tokyo"}); err != nil {
				return err
			}
			_, err := cdp.Call(ctx, tg, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: helperJS})
			return err
		}),
		viewport(Desktop),
	)
	if err != nil {
		t.Fatalf("prepare the tab: %v", err)
	}
	return p
}

func consoleArgs(args []*runtime.RemoteObject) string {
	parts := make([]string, 0, len(args))
	for _, a := range args {
		switch {
		case len(a.Value) > 0:
			parts = append(parts, strings.Trim(string(a.Value), `"`))
		case a.Description != "":
			parts = append(parts, a.Description)
		default:
			parts = append(parts, string(a.Type))
		}
	}
	return strings.Join(parts, " ")
}

func (p *Page) problem(format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, a := range p.allowed {
		if strings.Contains(msg, a) {
			return
		}
	}
	p.problems = append(p.problems, msg)
}

// Allow lets console errors containing substr pass: a test that provokes a refusal on
// purpose (a wrong password answers 401, which Chromium logs) says so.
func (p *Page) Allow(substr string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.allowed = append(p.allowed, substr)
}

// Context answers the tab's context, for chromedp actions a test needs beyond the helpers.
func (p *Page) Context() context.Context { return p.ctx }

// Do runs chromedp actions with the page's timeout, failing the test on an error.
func (p *Page) Do(what string, actions ...chromedp.Action[chromedp.Void]) {
	p.t.Helper()
	ctx, cancel := context.WithTimeout(p.ctx, p.timeout)
	defer cancel()
	if err := chromedp.Do(ctx, actions...); err != nil {
		p.fail("%s: %v", what, err)
	}
}

// eval evaluates a JavaScript expression with the page's timeout and decodes its value.
func eval[T any](p *Page, expr string, opts ...chromedp.EvaluateOption) T {
	p.t.Helper()
	ctx, cancel := context.WithTimeout(p.ctx, p.timeout)
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr, opts...))
	if err != nil {
		p.fail("evaluate %s: %v", short(expr), err)
	}
	return v
}

func short(s string) string {
	if len(s) > 200 {
		return s[:200] + "…"
	}
	return s
}

// fail ends the test with a screenshot of the moment, so a failure can be seen, not guessed.
func (p *Page) fail(format string, args ...any) {
	p.t.Helper()
	msg := fmt.Sprintf(format, args...)
	if name := p.screenshot("FAILED"); name != "" {
		msg += "\n  screenshot: " + name
	}
	ctx, cancel := context.WithTimeout(p.ctx, 3*time.Second)
	defer cancel()
	if text, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.body ? document.body.innerText.slice(0, 2000) : ''`)); err == nil {
		msg += "\n  page text:\n" + indent(text)
	}
	p.t.Fatal(msg)
}

func indent(s string) string {
	return "    " + strings.ReplaceAll(strings.TrimSpace(s), "\n", "\n    ")
}

// Navigate loads url (the admin's root, or a #/ route) and waits for the document.
func (p *Page) Navigate(url string) {
	p.t.Helper()
	p.Do("open "+url, chromedp.Navigate(url))
}

// Go changes the admin's route (the part after #/) as a link would.
func (p *Page) Go(route string) {
	p.t.Helper()
	eval[chromedp.Void](p, fmt.Sprintf(`location.hash = %s`, jsString("#"+route)))
}

func viewport(v Viewport) chromedp.Action[chromedp.Void] {
	return chromedp.EmulateViewport(v.Width, v.Height)
}

// Screen is the checkpoint of one screen: it waits until the screen is settled (no request
// in flight, no loading placeholder), then checks CSP and console, axe-core and the width at
// desktop and tablet size, and keeps a screenshot of each.
func (p *Page) Screen(name string) {
	p.t.Helper()
	start := time.Now()
	defer func() { p.t.Logf("screen %s: checked in %s", name, time.Since(start).Round(time.Millisecond)) }()
	p.Settle()
	p.Problems("on " + name)
	p.Axe(name)
	for _, v := range []Viewport{Desktop, Tablet} {
		p.Do("resize to "+v.Name, viewport(v))
		p.Settle()
		p.NoOverflow(name, v)
		p.screenshot(name + "-" + v.Name)
	}
	p.Do("resize back", viewport(Desktop))
	p.Problems("on " + name)
}

// Settle waits until the admin has no GraphQL request in flight and shows no loading
// placeholder, twice in a row a short while apart.
func (p *Page) Settle() {
	p.t.Helper()
	p.WaitJS("the screen to settle", `__bt.settled()`)
	time.Sleep(80 * time.Millisecond)
	p.WaitJS("the screen to settle", `__bt.settled()`)
}

// Problems fails the test with every console error, exception and CSP violation seen so far.
func (p *Page) Problems(where string) {
	p.t.Helper()
	ctx, cancel := context.WithTimeout(p.ctx, 5*time.Second)
	defer cancel()
	csp, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`window.__bt ? __bt.takeViolations() : []`))
	if err != nil {
		p.problem("read the CSP violations: %v", err)
	}
	for _, v := range csp {
		p.problem("CSP violation: %s", v)
	}
	p.mu.Lock()
	found := p.problems
	p.problems = nil
	p.mu.Unlock()
	if len(found) > 0 {
		p.fail("%s: the page logged %d problem(s):\n  %s", where, len(found), strings.Join(found, "\n  "))
	}
}

// axeViolation is the part of an axe-core result the report needs.
type axeViolation struct {
	ID     string `json:"id"`
	Impact string `json:"impact"`
	Help   string `json:"help"`
	Nodes  []struct {
		Target  []any  `json:"target"`
		Summary string `json:"failureSummary"`
	} `json:"nodes"`
}

// Axe runs axe-core (all its rules: WCAG 2.x A/AA and best practices) on the screen and
// fails on any serious or critical violation; lesser ones are logged.
func (p *Page) Axe(name string) {
	p.t.Helper()
	src, err := axeSource()
	if err != nil {
		p.t.Fatal(err)
	}
	if !eval[bool](p, `typeof window.axe === 'object'`) {
		eval[chromedp.Void](p, src)
	}
	raw := eval[string](p, `axe.run(document, {resultTypes: ['violations']}).then(r => JSON.stringify(r.violations))`, chromedp.EvalAwaitPromise)
	var vs []axeViolation
	if err := json.Unmarshal([]byte(raw), &vs); err != nil {
		p.t.Fatalf("axe-core answer: %v", err)
	}
	var bad []string
	for _, v := range vs {
		line := fmt.Sprintf("[%s] %s: %s", v.Impact, v.ID, v.Help)
		for _, n := range v.Nodes {
			line += fmt.Sprintf("\n      at %v: %s", n.Target, strings.ReplaceAll(n.Summary, "\n", " "))
		}
		if v.Impact == "serious" || v.Impact == "critical" {
			bad = append(bad, line)
		} else {
			p.t.Logf("axe-core on %s (not failing): %s", name, line)
		}
	}
	if len(bad) > 0 {
		p.fail("axe-core on %s: %d serious or critical violation(s):\n  %s", name, len(bad), strings.Join(bad, "\n  "))
	}
}

// NoOverflow fails when the document is wider than the window (a horizontal scroll bar).
func (p *Page) NoOverflow(name string, v Viewport) {
	p.t.Helper()
	type width struct {
		Scroll float64 `json:"scroll"`
		Inner  float64 `json:"inner"`
		Widest string  `json:"widest"`
	}
	r := eval[width](p, `__bt.overflow()`)
	if r.Scroll > r.Inner {
		p.fail("%s at %s width (%dx%d): the page is %.0f px wide for a %.0f px window; widest element: %s",
			name, v.Name, v.Width, v.Height, r.Scroll, r.Inner, r.Widest)
	}
}

// screenshot writes a PNG of the whole page as NN-name.png and answers its path ("" when
// it could not be taken).
func (p *Page) screenshot(name string) string {
	p.shot++
	ctx, cancel := context.WithTimeout(p.ctx, 10*time.Second)
	defer cancel()
	buf, err := chromedp.Run(ctx, fullPNG)
	if err != nil {
		p.t.Logf("screenshot %s: %v", name, err)
		return ""
	}
	file := filepath.Join(p.dir, fmt.Sprintf("%02d-%s.png", p.shot, safeName(name)))
	if err := os.WriteFile(file, buf, 0o644); err != nil {
		p.t.Logf("screenshot %s: %v", name, err)
		return ""
	}
	return file
}

// fullPNG captures the whole page, beyond the window, as a PNG encoded for speed rather
// than size: the story takes a few dozen of them on a small machine.
func fullPNG(ctx context.Context, tg *chromedp.Target) ([]byte, error) {
	yes := true
	r, err := cdp.Call(ctx, tg, page.CaptureScreenshot, page.CaptureScreenshotParams{
		CaptureBeyondViewport: &yes, FromSurface: &yes, OptimizeForSpeed: &yes, Format: page.CaptureScreenshotFormatPng,
	})
	if err != nil {
		return nil, err
	}
	return r.Data, nil
}

// Shot keeps a screenshot of the moment under name, outside the screen checks.
func (p *Page) Shot(name string) { p.screenshot(name) }

// WaitJS waits until the JavaScript expression is truthy.
func (p *Page) WaitJS(what, expr string) {
	p.t.Helper()
	deadline := time.Now().Add(p.timeout)
	for {
		ctx, cancel := context.WithTimeout(p.ctx, 5*time.Second)
		ok, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`!!(`+expr+`)`))
		cancel()
		if err == nil && ok {
			return
		}
		if time.Now().After(deadline) {
			if err != nil {
				p.fail("waiting for %s: %v", what, err)
			}
			p.fail("waiting for %s: not so after %s (%s)", what, p.timeout, short(expr))
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// WaitText waits until the visible page shows text.
func (p *Page) WaitText(text string) {
	p.t.Helper()
	p.WaitJS(fmt.Sprintf("the text %q", text), `__bt.hasText(`+jsString(text)+`)`)
}

// WaitHeading waits until the screen's <h1> contains text.
func (p *Page) WaitHeading(text string) {
	p.t.Helper()
	p.WaitJS(fmt.Sprintf("the heading %q", text), `__bt.heading(`+jsString(text)+`)`)
}

// Bool evaluates a JavaScript expression as a truth value.
func (p *Page) Bool(expr string) bool {
	p.t.Helper()
	return eval[bool](p, `!!(`+expr+`)`)
}

// String evaluates a JavaScript expression as a string.
func (p *Page) String(expr string) string {
	p.t.Helper()
	return eval[string](p, `String(`+expr+`)`)
}

// Field answers the JS path of the form control labelled label (a <label>, aria-label or
// aria-labelledby whose text is, starts with or contains label), inside the region titled
// within (a heading or legend) if given.
func Field(label string, within ...string) string {
	return fmt.Sprintf(`__bt.field(%s, %s)`, jsString(label), scope(within))
}

// Button answers the JS path of the button whose accessible name is (or starts with,
// or contains) name.
func Button(name string, within ...string) string {
	return fmt.Sprintf(`__bt.button(%s, %s)`, jsString(name), scope(within))
}

// Link answers the JS path of the link whose accessible name is (or contains) name.
func Link(name string, within ...string) string {
	return fmt.Sprintf(`__bt.link(%s, %s)`, jsString(name), scope(within))
}

func scope(within []string) string {
	if len(within) == 0 {
		return "null"
	}
	return jsString(within[0])
}

func jsString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// Type focuses the control at the JS path, clears it and types text with key events, as a
// person does.
func (p *Page) Type(path, text string) {
	p.t.Helper()
	p.WaitJS("the field "+path, path)
	eval[chromedp.Void](p, `(() => { const el = `+path+`; el.scrollIntoView({block: 'center'}); el.focus(); el.select && el.select(); })()`)
	p.Do("clear "+path, chromedp.KeyEvent(kb.Backspace))
	p.Do("type into "+path, chromedp.KeyEvent(text))
	if got := p.String(`(` + path + `).value`); got != text {
		p.fail("typed %q into %s, the field holds %q", text, path, got)
	}
}

// Set sets a control that has no typing of its own (a date, a time) to value and fires
// input and change, as the browser does when a person picks the value.
func (p *Page) Set(path, value string) {
	p.t.Helper()
	p.WaitJS("the field "+path, path)
	eval[chromedp.Void](p, fmt.Sprintf(`__bt.set(%s, %s)`, path, jsString(value)))
	if got := p.String(`(` + path + `).value`); got != value {
		p.fail("set %s to %q, it holds %q", path, value, got)
	}
}

// Select picks the option whose text is (or contains) text in the <select> at the JS path.
func (p *Page) Select(path, text string) {
	p.t.Helper()
	p.WaitJS("the list "+path, path)
	if !eval[bool](p, fmt.Sprintf(`__bt.selectByText(%s, %s)`, path, jsString(text))) {
		p.fail("the list %s has no option %q", path, text)
	}
}

// Check ticks (or clears) the check box or radio button at the JS path by clicking it.
func (p *Page) Check(path string, on bool) {
	p.t.Helper()
	p.WaitJS("the control "+path, path)
	if p.Bool(`(`+path+`).checked`) != on {
		p.Click(path)
	}
	if got := p.Bool(`(` + path + `).checked`); got != on {
		p.fail("clicking %s left it checked=%v", path, got)
	}
}

// Click clicks the element at the JS path with the mouse, once it is visible.
func (p *Page) Click(path string) {
	p.t.Helper()
	p.WaitJS("the element "+path, path)
	p.Do("click "+path, chromedp.ScrollIntoView(chromedp.JSPath(path)), chromedp.Click(chromedp.JSPath(path)))
}

// Key presses keys (kb.Tab, kb.Enter, or text) on whatever has the focus.
func (p *Page) Key(keys string) {
	p.t.Helper()
	p.Do("press "+keys, chromedp.KeyEvent(keys))
}

// Focused describes the element that has the focus (tag, accessible name, href).
func (p *Page) Focused() string {
	p.t.Helper()
	return eval[string](p, `__bt.describe(document.activeElement)`)
}

// TabTo presses Tab until the focused element satisfies the JS predicate on `el`, at most
// max times, and fails otherwise: a control the keyboard cannot reach.
func (p *Page) TabTo(what, predicate string, max int) {
	p.t.Helper()
	for range max {
		p.Key(kb.Tab)
		if p.Bool(`((el) => (` + predicate + `))(document.activeElement)`) {
			return
		}
	}
	p.fail("%s: not reached with %d presses of Tab (focus is on %s)", what, max, p.Focused())
}

// Has answers whether the JS path finds an element now, without waiting.
func (p *Page) Has(path string) bool {
	p.t.Helper()
	return p.Bool(path)
}
