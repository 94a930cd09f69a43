package browsertest

import "testing"

// TestStatisticsScreen: the desk opens 統計 from the menu, sees the fiscal-year table with its
// total row, switches to months, and downloads the CSV (a fetch with the clerk's token: the
// notice appears only when the server answered it); a department has no such menu entry.
func TestStatisticsScreen(t *testing.T) {
	t.Parallel()
	p := Open(t)
	srv := StartServer(t)
	p.Navigate(srv.Admin())
	signIn(p, deskEmail)
	p.Click(Link("統計", "メインメニュー"))
	p.WaitHeading("統計")
	table := `document.querySelector('[data-testid="statistics-table"]')`
	p.WaitJS("the fiscal-year table with its total", table+` && [...`+table+`.querySelectorAll('tbody th')].some(th => th.textContent === '合計') && `+table+`.textContent.includes('年度')`)
	p.Click(Button("月ごと"))
	p.WaitJS("the month table", `location.hash.includes('by=MONTH') && `+table+` && /\d{4}-\d{2}/.test(`+table+`.querySelector('tbody th').textContent)`)
	if got := p.String(Button("月ごと") + `.getAttribute('aria-pressed')`); got != "true" {
		t.Errorf("the month toggle is not pressed: %q", got)
	}
	p.Click(Button("CSV をダウンロード"))
	p.WaitText("CSV をダウンロードしました。")
	p.Screen("desk-statistics-months")
	signOut(p, srv)

	signIn(p, keizaiEmail)
	p.WaitJS("the department's menu", `document.querySelector('nav a[href]')`)
	if p.Bool(`[...document.querySelectorAll('nav a')].some(a => a.textContent.trim() === '統計')`) {
		t.Errorf("a department sees 統計 in its menu")
	}
}
