package pppdesk_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/pppdesk/pppdesk/model"
)

// announcements inserts n published announcements, newest last.
func (e *env) announcements(n int) {
	e.t.Helper()
	mid := e.mid("aomori")
	for i := 0; i < n; i++ {
		at := testNow.Add(-time.Duration(n-i) * time.Minute)
		e.insert(&model.Announcement{MunicipalityID: mid, Title: fmt.Sprintf("お知らせ%03d", i), Category: "テスト", Publishing: published(at), Stamps: stamps(at)})
	}
}

const announcementPage = `query($first: Int, $after: String, $orderBy: AnnouncementOrder) {
  announcements(first: $first, after: $after, orderBy: $orderBy, filter: {category: "テスト"}) {
    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { title } } } }`

func TestPagingEdges(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	e.announcements(45)
	page := func(first any, after any, order map[string]any) map[string]any {
		t.Helper()
		return e.ok(announcementPage, map[string]any{"first": first, "after": after, "orderBy": order})["announcements"].(map[string]any)
	}
	// Default page size is 20; walking the list by cursors visits every row once, in order.
	seen := map[string]bool{}
	var after any
	var pages []int
	prev := "\uffff"
	for {
		p := page(nil, after, nil)
		if p["totalCount"] != float64(45) {
			t.Fatalf("totalCount %v", p["totalCount"])
		}
		es := p["edges"].([]any)
		pages = append(pages, len(es))
		for _, ed := range es {
			title := nodeField(ed, "title").(string)
			if seen[title] || title >= prev {
				t.Fatalf("row %s repeated or out of DESC order", title)
			}
			seen[title], prev = true, title
		}
		info := p["pageInfo"].(map[string]any)
		if (after != nil) != info["hasPreviousPage"] {
			t.Fatalf("hasPreviousPage %v", info)
		}
		if info["hasNextPage"] != true {
			if info["endCursor"] != get(es, len(es)-1, "cursor") {
				t.Fatal("endCursor is not the last edge's cursor")
			}
			break
		}
		after = info["endCursor"]
	}
	if fmt.Sprint(pages) != "[20 20 5]" || len(seen) != 45 {
		t.Fatalf("pages %v, rows %d", pages, len(seen))
	}

	// An exact page: first equals what is left, so there is no next page.
	p := page(45, nil, nil)
	if len(p["edges"].([]any)) != 45 || get(p, "pageInfo", "hasNextPage") != false {
		t.Fatalf("exact page: %v", p["pageInfo"])
	}
	// A cursor after the last item answers an empty page with null cursors.
	last := get(p, "pageInfo", "endCursor")
	p = page(10, last, nil)
	if len(p["edges"].([]any)) != 0 || get(p, "pageInfo", "hasNextPage") != false || get(p, "pageInfo", "endCursor") != nil {
		t.Fatalf("after the last: %v", p)
	}
	// first: 0 answers no edges but the count.
	p = page(0, nil, nil)
	if len(p["edges"].([]any)) != 0 || p["totalCount"] != float64(45) || get(p, "pageInfo", "hasNextPage") != true {
		t.Fatalf("first 0: %v", p)
	}
	// An ascending walk by title crosses pages in order too.
	asc := map[string]any{"field": "TITLE", "direction": "ASC"}
	p1 := page(30, nil, asc)
	p2 := page(30, get(p1, "pageInfo", "endCursor"), asc)
	if nodeField(get(p1, "edges", 29), "title") != "お知らせ029" || nodeField(get(p2, "edges", 0), "title") != "お知らせ030" || len(p2["edges"].([]any)) != 15 {
		t.Fatalf("ascending pages: %v / %v", get(p1, "edges", 29), get(p2, "edges", 0))
	}
	// A cursor of one order is refused under another.
	r := e.fails("BAD_USER_INPUT", announcementPage, map[string]any{"first": 5, "after": get(p1, "pageInfo", "endCursor")})
	if r.Errors[0].Extensions["field"] != "after" {
		t.Fatalf("field: %s", r.Raw)
	}
}

func TestEmptyList(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	p := e.ok(announcementPage, nil)["announcements"].(map[string]any)
	if len(p["edges"].([]any)) != 0 || p["totalCount"] != float64(0) || get(p, "pageInfo", "hasNextPage") != false ||
		get(p, "pageInfo", "startCursor") != nil {
		t.Fatalf("empty list: %v", p)
	}
}

func TestPageArgumentsAreChecked(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	cases := []struct {
		name  string
		vars  map[string]any
		field string
	}{
		{"first over 100 is refused, not clamped", map[string]any{"first": 101}, "first"},
		{"negative first", map[string]any{"first": -1}, "first"},
		{"garbage cursor", map[string]any{"after": "garbage!"}, "after"},
		{"base64 of something else", map[string]any{"after": "aGVsbG8"}, "after"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := e.fails("BAD_USER_INPUT", announcementPage, c.vars)
			if r.Errors[0].Extensions["field"] != c.field || get(r.Data, "announcements") != nil {
				t.Fatalf("got %s", r.Raw)
			}
		})
	}
	d := e.ok(`{ caseStudies(first: 100) { totalCount } }`, nil)
	if d["caseStudies"] == nil {
		t.Fatal("first: 100 must be allowed")
	}
}

func TestWarekiAtEraBoundaries(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	mid := e.mid("aomori")
	cases := map[string]string{
		"2019-04-30": "平成31年4月30日",
		"2019-05-01": "令和元年5月1日",
		"1989-01-07": "昭和64年1月7日",
		"1989-01-08": "平成元年1月8日",
		"1926-12-25": "昭和元年12月25日",
		"2023-03-30": "令和5年3月30日",
		"2020-01-01": "令和2年1月1日",
	}
	for iso := range cases {
		e.insert(&model.Agreement{MunicipalityID: mid, Kind: model.AgreementMemorandum, Title: "和暦" + iso, SignedOn: model.Date(iso),
			Status: model.AgreementActive, Publishing: published(testNow.Add(-time.Hour)), Stamps: stamps(testNow)})
	}
	d := e.ok(`{ agreements(first: 100, filter: {search: "和暦"}) { edges { node { title iso: signedOn w: signedOn(format: WAREKI) end: termEndOn(format: WAREKI) } } } }`, nil)
	if len(edges(d, "agreements")) != len(cases) {
		t.Fatalf("rows: %v", d)
	}
	for _, ed := range edges(d, "agreements") {
		iso := nodeField(ed, "iso").(string)
		if got := nodeField(ed, "w"); got != cases[iso] {
			t.Errorf("%s: got %v, want %s", iso, got, cases[iso])
		}
		if nodeField(ed, "end") != nil {
			t.Errorf("%s: an empty date must be null in any format", iso)
		}
	}
	d = e.ok(`{ caseStudies(first: 1, orderBy: {field: START_ON, direction: DESC}) { edges { node { startOn(format: WAREKI) } } } }`, nil)
	if s, _ := nodeField(edges(d, "caseStudies")[0], "startOn").(string); len(s) == 0 || s[:6] != "令和" {
		t.Fatalf("case study wareki: %v", d)
	}
	e.fails("BAD_USER_INPUT", `{ agreements(filter: {signedOn: {from: "2023-02-30"}}) { totalCount } }`, nil)
	e.fails("BAD_USER_INPUT", `{ agreements(filter: {signedOn: {from: "2023/03/30"}}) { totalCount } }`, nil)
}
