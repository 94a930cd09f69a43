package browsertest

import (
	"strings"
	"testing"
	"time"
)

// storyCaseStudy is the case study the desk writes at the end of the story.
var storyCaseStudy = struct {
	title, locality, summary string
	resources                map[string]string // cell label → text
	merits                   map[string]string // field label → text
}{
	title:    "積雪センサーによる通学路の見守り（ブラウザ試験）",
	locality: "青森市",
	summary:  "事業者の積雪センサーを通学路5か所に置き、除雪の優先度の判断に役立てた実証実験です。",
	resources: map[string]string{
		"市が提供する情報":    "除雪路線と通学路の情報",
		"市が提供するヒト":    "道路維持課の職員による立会い",
		"事業者等が提供するモノ": "積雪センサー 5台",
		"事業者等が提供するカネ": "機器と通信の費用",
	},
	merits: map[string]string{
		"市のメリット":    "除雪の優先度を数値で決められる",
		"事業者等のメリット": "寒冷地での実証データが得られる",
	},
}

// caseStudyStory is the story's last part: the desk writes a case study with resources and
// merits, schedules its publication a few seconds ahead, and the public API shows it once
// its time comes. The admin schedules to the minute, so the server's clock is moved to a
// few seconds before the chosen minute rather than the test waiting for it.
func caseStudyStory(t *testing.T, p *Page, srv *Server, desk string) {
	t.Helper()
	cs := storyCaseStudy
	p.Click(Link("連携事例", "メインメニュー"))
	p.WaitHeading("連携事例の一覧")
	p.Screen("desk-case-studies")
	p.Click(Link("連携事例を作成"))
	p.WaitHeading("連携事例を作成")
	p.Type(Field("名称"), cs.title)
	p.Type(Field("実施自治体"), cs.locality)
	p.Select(Field("分類"), "実証実験")
	p.Type(Field("概要"), cs.summary)
	for label, text := range cs.resources {
		p.Type(Field(label, "提供リソース"), text)
	}
	for label, text := range cs.merits {
		p.Type(Field(label, "メリット"), text)
	}
	p.Screen("desk-case-study-new")
	p.Click(Button("作成する"))
	p.WaitHeading("連携事例の編集")
	p.WaitJS("the publication panel", Button("公開を予約"))
	id := strings.TrimPrefix(p.String(`location.hash`), "#/content/case-studies/")
	if id == "" || strings.Contains(id, "/") || id == "new" {
		t.Fatalf("after creating, the admin shows %s, not the new case study's page", p.String(`location.hash`))
	}
	p.Screen("desk-case-study-created")

	d := srv.GraphQL(desk, `query($id: ID!) { caseStudy(id: $id) { title locality category summary publicationState
		resources { side kind description } merits { side description } } }`, map[string]any{"id": id})
	got := Get(d, "caseStudy")
	if Get(got, "title") != cs.title || Get(got, "category") != "DEMONSTRATION" || Get(got, "summary") != cs.summary || Get(got, "publicationState") != "DRAFT" {
		t.Fatalf("after creating, the API shows %v", got)
	}
	if rs, _ := Get(got, "resources").([]any); len(rs) != len(cs.resources) {
		t.Fatalf("the API shows the resources %v; want %d", Get(got, "resources"), len(cs.resources))
	}
	if ms, _ := Get(got, "merits").([]any); len(ms) != len(cs.merits) {
		t.Fatalf("the API shows the merits %v; want %d", Get(got, "merits"), len(cs.merits))
	}
	if publicCaseStudy(t, srv, cs.title) {
		t.Fatal("the public API shows the draft case study")
	}

	// Schedule for a whole minute (the admin's precision), with the server a few seconds
	// before it.
	at := srv.Now().In(jst).Truncate(time.Minute).Add(2 * time.Minute)
	srv.Skew(at.Add(-8 * time.Second))
	p.Set(Field("公開日時"), at.Format("2006-01-02T15:04"))
	p.Click(Button("公開を予約"))
	p.WaitText("公開を予約しました。")
	if srv.Now().Before(at) && publicCaseStudy(t, srv, cs.title) {
		t.Fatalf("the public API shows the case study before its time %s (server time %s)", at, srv.Now().In(jst))
	}
	d = srv.GraphQL(desk, `query($id: ID!) { caseStudy(id: $id) { publicationState publishedAt } }`, map[string]any{"id": id})
	if pub, err := time.Parse(time.RFC3339, Get(d, "caseStudy", "publishedAt").(string)); err != nil || !pub.Equal(at) {
		t.Fatalf("after scheduling for %s, the API shows %v", at.Format(time.RFC3339), Get(d, "caseStudy"))
	}
	p.Screen("desk-case-study-scheduled")
	waitPublic(t, srv, cs.title, 30*time.Second)
	t.Logf("the public API shows the case study at server time %s (scheduled for %s)", srv.Now().In(jst).Format(time.TimeOnly), at.Format(time.TimeOnly))

	// The editor, opened again, shows the publication time. (Whether it reads 公開予約 or
	// 公開中 depends on the browser's clock, which the test does not move.)
	p.Navigate(srv.Admin() + "#/content/case-studies/" + id)
	p.WaitHeading("連携事例の編集")
	p.WaitText(at.Format("15:04"))
	p.Screen("desk-case-study-published")
}
