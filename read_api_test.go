package pppdesk_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/pppdesk/pppdesk/model"
)

const caseStudyPage = `query($first: Int, $after: String, $filter: CaseStudyFilter, $orderBy: CaseStudyOrder) {
  caseStudies(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id title locality program category startOn endOn dateNote summary tags
      partners { id name kind } resources { side kind description } merits { side description }
      project { title kind } agreement { title signedOn } } }
  }
}`

func TestDemoContentThroughTheAPI(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	d := e.ok(`{ municipality { slug name prefecture deskName deskDepartment postalCode address phone portalUrl
	  departments { name kind parent { name } children { name } } } }`, nil)
	m := d["municipality"].(map[string]any)
	if m["slug"] != "aomori" || m["phone"] != "017-761-4154" || m["postalCode"] != "030-8505" ||
		!strings.Contains(m["address"].(string), "柳川庁舎3階") || m["deskDepartment"] != "青森市 企画部 連携推進課" {
		t.Fatalf("desk contact data: %v", m)
	}
	var keizaiChildren int
	for _, dep := range m["departments"].([]any) {
		if get(dep, "name") == "経済部" {
			keizaiChildren = len(get(dep, "children").([]any))
		}
		if get(dep, "name") == "観光課" && get(dep, "parent", "name") != "経済部" {
			t.Fatalf("観光課 parent: %v", dep)
		}
	}
	if keizaiChildren == 0 {
		t.Fatal("経済部 has no 課")
	}

	d = e.ok(caseStudyPage, map[string]any{"first": 100})
	if got := get(d, "caseStudies", "totalCount"); got != float64(20) {
		t.Fatalf("case studies: %v", got)
	}
	byTitle := map[string]any{}
	localities := map[string]bool{}
	for _, ed := range edges(d, "caseStudies") {
		byTitle[nodeField(ed, "title").(string)] = get(ed, "node")
		localities[nodeField(ed, "locality").(string)] = true
	}
	for _, city := range []string{"青森市", "仙台市", "横須賀市", "京都市", "神戸市", "福岡市", "愛知県蒲郡市", "東京都世田谷区", "福岡県北九州市", "大分県日田市"} {
		if !localities[city] {
			t.Errorf("no case study of %s", city)
		}
	}
	lb := byTitle["AI映像解析による歩行量調査の実証実験"]
	if lb == nil {
		t.Fatal("LightblueTechnology case missing")
	}
	if get(lb, "startOn") != "2023-06-23" || get(lb, "endOn") != "2023-06-24" || get(lb, "category") != "DEMONSTRATION" {
		t.Fatalf("LightblueTechnology dates/category: %v", lb)
	}
	if get(lb, "partners", 0, "name") != "株式会社LightblueTechnology" || get(lb, "project", "kind") != "DEMONSTRATION" {
		t.Fatalf("LightblueTechnology partner/project: %v", lb)
	}
	kinds := map[string]int{}
	for _, r := range get(lb, "resources").([]any) {
		kinds[get(r, "side").(string)+"/"+get(r, "kind").(string)]++
	}
	if kinds["CITY/PEOPLE"] != 1 || kinds["PARTNER/MONEY"] != 1 || kinds["CITY/INFORMATION"] != 1 {
		t.Fatalf("LightblueTechnology resources: %v", kinds)
	}

	d = e.ok(`{ agreements { totalCount edges { node { kind title purpose signedOn wareki: signedOn(format: WAREKI) items status
	  parties { name kind } merits { side description } } } } }`, nil)
	ag := get(edges(d, "agreements")[0], "node")
	if get(ag, "kind") != "COMPREHENSIVE" || get(ag, "signedOn") != "2023-03-30" || get(ag, "wareki") != "令和5年3月30日" {
		t.Fatalf("bank agreement: %v", ag)
	}
	if len(get(ag, "items").([]any)) != 3 || get(ag, "parties", 1, "name") != "株式会社みちのく銀行" || get(ag, "parties", 0, "kind") != "FINANCIAL_INSTITUTION" {
		t.Fatalf("bank agreement items/parties: %v", ag)
	}

	d = e.ok(`{ collaborationMethods { totalCount edges { node { key name description } } } }`, nil)
	if get(d, "collaborationMethods", "totalCount") != float64(8) || nodeField(edges(d, "collaborationMethods")[1], "name") != "Park-PFI" {
		t.Fatalf("methods: %v", d)
	}
	d = e.ok(`{ open: challenges(filter: {isOpen: true}) { totalCount edges { node { isOpen department { name } tags } } }
	  closed: challenges(filter: {isOpen: false}) { totalCount } all: challenges { totalCount } }`, nil)
	if get(d, "open", "totalCount") != float64(2) || get(d, "closed", "totalCount") != float64(2) || get(d, "all", "totalCount") != float64(4) {
		t.Fatalf("challenges open/closed: %v", d)
	}
	if nodeField(edges(d, "open")[0], "isOpen") != true || get(edges(d, "open")[0], "node", "department", "name") == nil {
		t.Fatalf("open challenge: %v", d)
	}
	d = e.ok(`{ projects { totalCount } partners(first: 100) { totalCount } announcements { totalCount edges { node { title } } } }`, nil)
	if get(d, "projects", "totalCount") != float64(3) || get(d, "partners", "totalCount") != float64(22) {
		t.Fatalf("projects/partners: %v", d)
	}
	for _, a := range edges(d, "announcements") {
		if strings.Contains(nodeField(a, "title").(string), "下書き") {
			t.Fatal("a draft announcement is public")
		}
	}
	if get(d, "announcements", "totalCount") != float64(3) {
		t.Fatalf("announcements: %v", d)
	}
}

func TestSingleItemsAndNode(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	d := e.ok(`{ caseStudies(first: 1) { edges { node { id title } } } agreements(first: 1) { edges { node { id } } }
	  projects(first: 1) { edges { node { id } } } challenges(first: 1) { edges { node { id } } }
	  announcements(first: 1) { edges { node { id } } } partners(first: 1) { edges { node { id } } }
	  collaborationMethods(first: 1) { edges { node { id } } } municipality { id departments { id } } }`, nil)
	cases := []struct{ query, list string }{
		{"caseStudy", "caseStudies"}, {"agreement", "agreements"}, {"project", "projects"}, {"challenge", "challenges"},
		{"announcement", "announcements"}, {"partner", "partners"}, {"collaborationMethod", "collaborationMethods"},
	}
	for _, c := range cases {
		id := nodeField(edges(d, c.list)[0], "id")
		got := e.ok(fmt.Sprintf(`query($id: ID!) { one: %s(id: $id) { id } node(id: $id) { id __typename } }`, c.query), map[string]any{"id": id})
		if get(got, "one", "id") != id || get(got, "node", "id") != id {
			t.Errorf("%s(id): %v", c.query, got)
		}
	}
	for _, id := range []any{get(d, "municipality", "id"), get(d, "municipality", "departments", 0, "id")} {
		got := e.ok(`query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": id})
		if get(got, "node", "id") != id {
			t.Errorf("node(%v): %v", id, got)
		}
	}
	caseID := nodeField(edges(d, "caseStudies")[0], "id")
	// An ID of another type is the client's mistake, not a missing row.
	r := e.fails("BAD_USER_INPUT", `query($id: ID!) { project(id: $id) { id } }`, map[string]any{"id": caseID})
	if r.Errors[0].Extensions["field"] != "id" {
		t.Fatalf("field not named: %s", r.Raw)
	}
	unknown := model.GlobalID(model.OwnerCaseStudy, 999999)
	r = e.fails("NOT_FOUND", `query($id: ID!) { caseStudy(id: $id) { id } }`, map[string]any{"id": unknown})
	if get(r.Data, "caseStudy") != nil {
		t.Fatalf("unknown id answered data: %s", r.Raw)
	}
	e.fails("NOT_FOUND", `query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": unknown})
	e.fails("BAD_USER_INPUT", `{ node(id: "not-an-id") { id } }`, nil)
}

func TestDraftsAndScheduledContentAreNotPublic(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	mid := e.mid("aomori")
	future := testNow.Add(time.Hour)
	draft := &model.CaseStudy{MunicipalityID: mid, Title: "下書きの事例", Category: model.CaseOther,
		Publishing: model.Publishing{PublicationState: model.StateDraft, Version: 1}, Stamps: stamps(testNow)}
	scheduled := &model.CaseStudy{MunicipalityID: mid, Title: "予約公開の事例", Category: model.CaseOther, Publishing: published(future), Stamps: stamps(testNow)}
	archived := &model.CaseStudy{MunicipalityID: mid, Title: "アーカイブの事例", Category: model.CaseOther,
		Publishing: model.Publishing{PublicationState: model.StateArchived, PublishedAt: &testNow, Version: 1}, Stamps: stamps(testNow)}
	e.insert(draft, scheduled, archived)
	d := e.ok(`{ caseStudies(first: 100, filter: {search: "の事例"}) { totalCount } }`, nil)
	if get(d, "caseStudies", "totalCount") != float64(0) {
		t.Fatalf("unpublished content is listed: %v", d)
	}
	for _, row := range []*model.CaseStudy{draft, scheduled, archived} {
		e.fails("NOT_FOUND", `query($id: ID!) { caseStudy(id: $id) { title } }`, map[string]any{"id": row.GetID()})
		e.fails("NOT_FOUND", `query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": row.GetID()})
	}
	// Once its time has come, the scheduled one is public without anything else happening.
	e.mu.Lock()
	e.now = future.Add(time.Second)
	e.mu.Unlock()
	d = e.ok(`{ caseStudies(first: 100, filter: {search: "の事例"}) { totalCount edges { node { title } } } }`, nil)
	if get(d, "caseStudies", "totalCount") != float64(1) || nodeField(edges(d, "caseStudies")[0], "title") != "予約公開の事例" {
		t.Fatalf("scheduled content: %v", d)
	}
}

func TestFilters(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	count := func(query string, vars map[string]any) float64 {
		t.Helper()
		d := e.ok(query, vars)
		for _, v := range d {
			return get(v, "totalCount").(float64)
		}
		return -1
	}
	d := e.ok(`{ partners(first: 100, filter: {search: "Creema"}) { edges { node { id } } } municipality { departments { id name } } }`, nil)
	creema := nodeField(edges(d, "partners")[0], "id")
	deps := map[string]any{}
	for _, dep := range get(d, "municipality", "departments").([]any) {
		deps[get(dep, "name").(string)] = get(dep, "id")
	}
	cases := []struct {
		name  string
		query string
		vars  map[string]any
		want  float64
	}{
		{"case by category", `query($f: CaseStudyFilter) { caseStudies(filter: $f) { totalCount } }`, map[string]any{"f": map[string]any{"category": "AGREEMENT"}}, 1},
		{"case by locality", `query($f: CaseStudyFilter) { caseStudies(filter: $f) { totalCount } }`, map[string]any{"f": map[string]any{"locality": "仙台市"}}, 4},
		{"case by partner", `query($f: CaseStudyFilter) { caseStudies(filter: $f) { totalCount } }`, map[string]any{"f": map[string]any{"partnerId": creema}}, 1},
		{"case by Japanese text", `query($f: CaseStudyFilter) { caseStudies(filter: $f) { totalCount } }`, map[string]any{"f": map[string]any{"search": "ねぶた"}}, 1},
		{"case by two words", `query($f: CaseStudyFilter) { caseStudies(filter: $f) { totalCount } }`, map[string]any{"f": map[string]any{"search": "AI 仙台"}}, 1},
		{"case by date range", `query($f: CaseStudyFilter) { caseStudies(filter: $f) { totalCount } }`, map[string]any{"f": map[string]any{"startOn": map[string]any{"from": "2023-06-01", "to": "2023-06-30"}}}, 2},
		{"case LIKE metacharacters are literal", `query($f: CaseStudyFilter) { caseStudies(filter: $f) { totalCount } }`, map[string]any{"f": map[string]any{"search": "%"}}, 0},
		{"case by tag", `query($f: CaseStudyFilter) { caseStudies(filter: $f) { totalCount } }`, map[string]any{"f": map[string]any{"tag": "AI"}}, 3},
		{"agreement by kind", `query($f: AgreementFilter) { agreements(filter: $f) { totalCount } }`, map[string]any{"f": map[string]any{"kind": "COMPREHENSIVE"}}, 1},
		{"agreement by other kind", `query($f: AgreementFilter) { agreements(filter: $f) { totalCount } }`, map[string]any{"f": map[string]any{"kind": "BUSINESS"}}, 0},
		{"agreement by signing range", `query($f: AgreementFilter) { agreements(filter: $f) { totalCount } }`, map[string]any{"f": map[string]any{"signedOn": map[string]any{"from": "2023-03-31"}}}, 0},
		{"agreement by status", `query($f: AgreementFilter) { agreements(filter: $f) { totalCount } }`, map[string]any{"f": map[string]any{"status": "ACTIVE"}}, 1},
		{"agreement by item text", `query($f: AgreementFilter) { agreements(filter: $f) { totalCount } }`, map[string]any{"f": map[string]any{"search": "サテライトオフィス"}}, 1},
		{"project by kind", `query($f: ProjectFilter) { projects(filter: $f) { totalCount } }`, map[string]any{"f": map[string]any{"kind": "DEMONSTRATION"}}, 1},
		{"project by partner", `query($f: ProjectFilter) { projects(filter: $f) { totalCount } }`, map[string]any{"f": map[string]any{"partnerId": creema}}, 1},
		{"project by status", `query($f: ProjectFilter) { projects(filter: $f) { totalCount } }`, map[string]any{"f": map[string]any{"status": "ONGOING"}}, 0},
		{"challenge by division includes its sections", `query($f: ChallengeFilter) { challenges(filter: $f) { totalCount } }`, map[string]any{"f": map[string]any{"departmentId": deps["経済部"]}}, challengesUnder(e, "経済部")},
		{"challenge by unrelated department", `query($f: ChallengeFilter) { challenges(filter: $f) { totalCount } }`, map[string]any{"f": map[string]any{"departmentId": deps["福祉部"]}}, 0},
		{"challenge by closing range", `query($f: ChallengeFilter) { challenges(filter: $f) { totalCount } }`, map[string]any{"f": map[string]any{"closesOn": map[string]any{"from": "2026-11-29"}}}, 2},
		{"announcement by category", `query($f: AnnouncementFilter) { announcements(filter: $f) { totalCount } }`, map[string]any{"f": map[string]any{"category": "募集"}}, 1},
		{"announcement by text", `query($f: AnnouncementFilter) { announcements(filter: $f) { totalCount } }`, map[string]any{"f": map[string]any{"search": "デスク"}}, 1},
		{"partners by kind", `query($f: OrganizationFilter) { partners(filter: $f) { totalCount } }`, map[string]any{"f": map[string]any{"kind": "FINANCIAL_INSTITUTION"}}, 2},
		{"partners by kana", `query($f: OrganizationFilter) { partners(filter: $f) { totalCount } }`, map[string]any{"f": map[string]any{"search": "アオモリギンコウ"}}, 1},
		{"partners by valid corporate number", `query($f: OrganizationFilter) { partners(filter: $f) { totalCount } }`, map[string]any{"f": map[string]any{"corporateNumber": "1-1803-0101-8771"}}, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := count(c.query, c.vars); got != c.want {
				t.Fatalf("got %v, want %v", got, c.want)
			}
		})
	}
}

// challengesUnder counts demo challenges owned by a division or its sections, from the
// sample data itself, so the test does not hard-code the demo's choices.
func challengesUnder(e *env, division string) float64 {
	d := e.ok(`{ challenges(first: 100) { edges { node { department { name parent { name } } } } } }`, nil)
	n := 0.0
	for _, ed := range edges(d, "challenges") {
		if get(ed, "node", "department", "name") == division || get(ed, "node", "department", "parent", "name") == division {
			n++
		}
	}
	if n == 0 {
		e.t.Fatalf("the demo has no challenge under %s", division)
	}
	return n
}

func TestOrderings(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	d := e.ok(`{ asc: caseStudies(first: 100, orderBy: {field: START_ON, direction: ASC}) { edges { node { startOn } } }
	  title: caseStudies(first: 100, orderBy: {field: TITLE, direction: ASC}) { edges { node { title } } } }`, nil)
	prev := ""
	for _, ed := range edges(d, "asc") {
		s, _ := nodeField(ed, "startOn").(string)
		if s < prev {
			t.Fatalf("START_ON ASC out of order: %q after %q", s, prev)
		}
		prev = s
	}
	if len(edges(d, "title")) != 20 {
		t.Fatalf("title order lost rows: %d", len(edges(d, "title")))
	}
}
