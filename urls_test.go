package pppdesk_test

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"image"
	"image/gif"
	"image/jpeg"
	"image/png"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/pppdesk/pppdesk"
	"github.com/pppdesk/pppdesk/model"
)

// contentKinds are the publishable types with what the slug tests need of each.
var contentKinds = []struct {
	typ, query, create, update, input, seg string
	// publishable is what else an input needs before the item may be published.
	publishable map[string]any
}{
	{"Challenge", "challenge", "createChallenge", "updateChallenge", "ChallengeInput", "challenge", map[string]any{"background": "背景", "desiredOutcome": "成果"}},
	{"Agreement", "agreement", "createAgreement", "updateAgreement", "AgreementInput", "agreement", map[string]any{"purpose": "目的", "signedOn": "2026-04-01"}},
	{"Project", "project", "createProject", "updateProject", "ProjectInput", "project", map[string]any{"summary": "概要"}},
	{"CaseStudy", "caseStudy", "createCaseStudy", "updateCaseStudy", "CaseStudyInput", "case-study", map[string]any{"summary": "概要", "locality": "青森市"}},
	{"Announcement", "announcement", "createAnnouncement", "updateAnnouncement", "AnnouncementInput", "announcement", map[string]any{"body": "本文"}},
}

// withFields answers the input fields plus more.
func withFields(in map[string]any, more map[string]any) map[string]any {
	out := map[string]any{}
	for k, v := range in {
		out[k] = v
	}
	for k, v := range more {
		out[k] = v
	}
	return out
}

func numericID(t *testing.T, id any) int64 {
	t.Helper()
	_, n, ok := model.ParseGlobalID(id.(string))
	if !ok {
		t.Fatalf("not a global ID: %v", id)
	}
	return n
}

func wantField(t *testing.T, r response, code, field string) {
	t.Helper()
	if r.code() != code {
		t.Fatalf("want %s on %s: %s", code, field, r.Raw)
	}
	if f, _ := r.Errors[0].Extensions["field"].(string); f != field {
		t.Fatalf("want the error to name %s: %s", field, r.Raw)
	}
}

// Every publishable type gets a slug: from an ASCII title, else <type>-<id>; a title slug
// that is taken falls back too; a slug staff write is checked ([a-z0-9-]) and must be free in
// the municipality for the type; the same slug in another type or municipality is fine.
func TestSlugsAreMadeCheckedAndUnique(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	desk := e.login("desk@demo.pppdesk.jp")
	for _, k := range contentKinds {
		t.Run(k.typ, func(t *testing.T) {
			create := fmt.Sprintf(`mutation($in: %s!) { %s(input: $in) { id slug version } }`, k.input, k.create)
			update := fmt.Sprintf(`mutation($id: ID!, $in: %s!, $v: Int!) { %s(id: $id, input: $in, version: $v) { id slug version } }`, k.input, k.update)
			title := map[string]any{"in": map[string]any{"title": "Snow Removal Trial 2026"}}
			first := get(e.ok(create, title, desk...), k.create)
			if got := get(first, "slug"); got != "snow-removal-trial-2026" {
				t.Fatalf("slug from an ASCII title: %v", got)
			}
			second := get(e.ok(create, title, desk...), k.create)
			if got, want := get(second, "slug"), k.seg+"-"+strconv.FormatInt(numericID(t, get(second, "id")), 10); got != want {
				t.Fatalf("a taken title slug falls back: %v, want %v", got, want)
			}
			jp := get(e.ok(create, map[string]any{"in": map[string]any{"title": "雪国の除雪実証"}}, desk...), k.create)
			if got, want := get(jp, "slug"), k.seg+"-"+strconv.FormatInt(numericID(t, get(jp, "id")), 10); got != want {
				t.Fatalf("a Japanese title falls back: %v, want %v", got, want)
			}
			own := get(e.ok(create, map[string]any{"in": map[string]any{"title": "雪", "slug": "yuki"}}, desk...), k.create)
			if get(own, "slug") != "yuki" {
				t.Fatalf("a given slug: %v", own)
			}
			for _, bad := range []string{"Yuki", "yu ki", "yu_ki", "雪", "-yuki", strings.Repeat("a", 101), ""} {
				wantField(t, e.post(create, map[string]any{"in": map[string]any{"title": "x", "slug": bad}}, desk...), "BAD_USER_INPUT", "input.slug")
			}
			wantField(t, e.post(create, map[string]any{"in": map[string]any{"title": "x", "slug": "yuki"}}, desk...), "BAD_USER_INPUT", "input.slug")
			// An update keeps the slug unless one is given; a taken one is refused.
			u := get(e.ok(update, map[string]any{"id": get(first, "id"), "v": 1, "in": map[string]any{"title": "Another Title"}}, desk...), k.update)
			if get(u, "slug") != "snow-removal-trial-2026" {
				t.Fatalf("a title change keeps the slug: %v", u)
			}
			wantField(t, e.post(update, map[string]any{"id": get(first, "id"), "v": 2, "in": map[string]any{"slug": "yuki"}}, desk...), "BAD_USER_INPUT", "input.slug")
			u = get(e.ok(update, map[string]any{"id": get(first, "id"), "v": 2, "in": map[string]any{"slug": "snow"}}, desk...), k.update)
			if get(u, "slug") != "snow" {
				t.Fatalf("a new slug: %v", u)
			}
			// Its own slug again is no collision.
			e.ok(update, map[string]any{"id": get(first, "id"), "v": 3, "in": map[string]any{"slug": "snow"}}, desk...)
		})
	}
	// The same slug in another type is fine ("yuki" exists in every type now), and the demo's
	// rows from before slugs have the fallback.
	d := e.ok(`{ caseStudies(first: 1, orderBy: {field: PUBLISHED_AT, direction: ASC}) { edges { node { id slug } } } }`, nil)
	n := edges(d, "caseStudies")[0]
	if want := "case-study-" + strconv.FormatInt(numericID(t, nodeField(n, "id")), 10); nodeField(n, "slug") != want {
		t.Fatalf("demo case study slug: %v, want %s", nodeField(n, "slug"), want)
	}
}

// <type>(slug:) reads exactly what <type>(id:) reads: drafts for staff only, published items
// for everyone, only the caller's municipality; exactly one of id and slug.
func TestLookupBySlug(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	desk, dept := e.login("desk@demo.pppdesk.jp"), e.login("keizai@demo.pppdesk.jp")
	other := e.municipality("hirosaki", "弘前市")
	e.insert(&model.CaseStudy{MunicipalityID: other.ID, Title: "弘前の事例", Category: model.CaseOther, Addressing: model.Addressing{Slug: "shared"},
		Publishing: published(testNow.Add(-24 * time.Hour)), Stamps: stamps(testNow.Add(-24 * time.Hour))})
	for _, k := range contentKinds {
		t.Run(k.typ, func(t *testing.T) {
			create := fmt.Sprintf(`mutation($in: %s!) { %s(input: $in) { id slug } }`, k.input, k.create)
			id := get(e.ok(create, map[string]any{"in": withFields(k.publishable, map[string]any{"title": "下書き", "slug": "shared"})}, desk...), k.create, "id")
			bySlug := fmt.Sprintf(`query($s: String) { %s(slug: $s) { id slug } }`, k.query)
			if got := get(e.ok(bySlug, map[string]any{"s": "shared"}, desk...), k.query, "id"); got != id {
				t.Fatalf("the desk reads its draft by slug: %v", got)
			}
			e.fails("NOT_FOUND", bySlug, map[string]any{"s": "shared"})
			e.fails("NOT_FOUND", bySlug, map[string]any{"s": "nothing-here"}, desk...)
			e.ok(`mutation($id: ID!) { publish(id: $id) { id } }`, map[string]any{"id": id}, desk...)
			if got := get(e.ok(bySlug, map[string]any{"s": "shared"}), k.query, "id"); got != id {
				t.Fatalf("the public reads a published item by slug: %v", got)
			}
			if got := get(e.ok(bySlug, map[string]any{"s": "shared"}, dept...), k.query, "id"); got != id {
				t.Fatalf("a department reads a published item by slug: %v", got)
			}
			// Exactly one of id and slug.
			both := fmt.Sprintf(`query($id: ID, $s: String) { %s(id: $id, slug: $s) { id } }`, k.query)
			wantField(t, e.post(both, map[string]any{"id": id, "s": "shared"}), "BAD_USER_INPUT", "id")
			wantField(t, e.post(both, nil), "BAD_USER_INPUT", "id")
			if got := get(e.ok(both, map[string]any{"id": id}), k.query, "id"); got != id {
				t.Fatalf("by id still: %v", got)
			}
		})
	}
	// Each municipality reads its own item under the slug they share.
	r := e.ok(`{ caseStudy(slug: "shared") { title } }`, nil, pppdesk.MunicipalityHeader, "hirosaki")
	if get(r, "caseStudy", "title") != "弘前の事例" {
		t.Fatalf("another municipality's item: %v", r)
	}
}

// The item URL template is checked when set, and each item's url follows it (null without).
func TestItemURLTemplate(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	desk, dept := e.login("desk@demo.pppdesk.jp"), e.login("keizai@demo.pppdesk.jp")
	set := `mutation($t: String) { updateMunicipality(input: {itemUrlTemplate: $t}) { itemUrlTemplate } }`
	for _, bad := range []string{"/{type}/{slug}", "ftp://x.example.jp/{slug}", "https://x.example.jp/{title}", "https://x.example.jp/{type}", "https://{slug}.example.jp/"} {
		wantField(t, e.post(set, map[string]any{"t": bad}, desk...), "BAD_USER_INPUT", "input.itemUrlTemplate")
	}
	e.fails("FORBIDDEN", set, map[string]any{"t": "https://x.example.jp/{slug}"}, dept...)
	q := `{ caseStudies(first: 1) { edges { node { id slug url } } } }`
	n := edges(e.ok(q, nil), "caseStudies")[0]
	if nodeField(n, "url") != nil {
		t.Fatalf("url without a template: %v", n)
	}
	tpl := "https://ppp.city.example.jp/{type}/{slug}?id={id}"
	if got := get(e.ok(set, map[string]any{"t": tpl}, desk...), "updateMunicipality", "itemUrlTemplate"); got != tpl {
		t.Fatalf("template: %v", got)
	}
	n = edges(e.ok(q, nil), "caseStudies")[0]
	want := "https://ppp.city.example.jp/case-study/" + nodeField(n, "slug").(string) + "?id=" + nodeField(n, "id").(string)
	if nodeField(n, "url") != want {
		t.Fatalf("url: %v, want %s", nodeField(n, "url"), want)
	}
	if got := get(e.ok(`{ municipality { itemUrlTemplate } }`, nil), "municipality", "itemUrlTemplate"); got != tpl {
		t.Fatalf("municipality reads its template: %v", got)
	}
	// Empty removes it.
	e.ok(set, map[string]any{"t": ""}, desk...)
	if n = edges(e.ok(q, nil), "caseStudies")[0]; nodeField(n, "url") != nil {
		t.Fatalf("url after the template is removed: %v", n)
	}
}

// Atom entries link to their item's page once there is a template, and the exports carry the
// slug and url.
func TestFeedAndExportsLinkToItems(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	desk := e.login("desk@demo.pppdesk.jp")
	e.ok(`mutation { updateMunicipality(input: {itemUrlTemplate: "https://ppp.city.example.jp/{type}/{slug}"}) { id } }`, nil, desk...)
	code, body := e.download("/feeds/atom.xml")
	if code != 200 {
		t.Fatalf("feed: %d", code)
	}
	var feed struct {
		Link struct {
			Href string `xml:"href,attr"`
		} `xml:"link"`
		Entries []struct {
			ID   string `xml:"id"`
			Link struct {
				Href string `xml:"href,attr"`
			} `xml:"link"`
		} `xml:"entry"`
	}
	if err := xml.Unmarshal(body, &feed); err != nil {
		t.Fatal(err)
	}
	if len(feed.Entries) == 0 {
		t.Fatal("no entries")
	}
	seen := map[string]bool{}
	for _, en := range feed.Entries {
		if !strings.HasPrefix(en.Link.Href, "https://ppp.city.example.jp/announcement/") && !strings.HasPrefix(en.Link.Href, "https://ppp.city.example.jp/case-study/") {
			t.Fatalf("entry %s links to %q, not its item", en.ID, en.Link.Href)
		}
		if seen[en.Link.Href] {
			t.Fatalf("two entries link to %s", en.Link.Href)
		}
		seen[en.Link.Href] = true
	}
	code, body = e.download("/export/case-studies.json")
	if code != 200 || !strings.Contains(string(body), `"url": "https://ppp.city.example.jp/case-study/case-study-`) || !strings.Contains(string(body), `"slug": "case-study-`) {
		t.Fatalf("export: %d %.400s", code, body)
	}
}

type sitemapXML struct {
	XMLName xml.Name
	URLs    []struct {
		Loc     string `xml:"loc"`
		LastMod string `xml:"lastmod"`
	} `xml:"url"`
	Sitemaps []struct {
		Loc string `xml:"loc"`
	} `xml:"sitemap"`
}

func (e *env) sitemap(path string, headers ...string) (int, sitemapXML) {
	e.t.Helper()
	code, body := e.download(path, headers...)
	var s sitemapXML
	if code == 200 {
		if err := xml.Unmarshal(body, &s); err != nil {
			e.t.Fatalf("sitemap is no XML: %v\n%s", err, body)
		}
		if s.XMLName.Space != "http://www.sitemaps.org/schemas/sitemap/0.9" {
			e.t.Fatalf("sitemap namespace: %q", s.XMLName.Space)
		}
	}
	return code, s
}

// publicItems counts what the public reads of every publishable type.
func (e *env) publicItems(headers ...string) int {
	e.t.Helper()
	d := e.ok(`{ challenges { totalCount } agreements { totalCount } projects { totalCount } caseStudies { totalCount } announcements { totalCount } }`, nil, headers...)
	n := 0
	for _, list := range []string{"challenges", "agreements", "projects", "caseStudies", "announcements"} {
		n += int(get(d, list, "totalCount").(float64))
	}
	return n
}

// /sitemap.xml lists exactly the published items of the municipality asked for, at their
// item URLs with their last change; over the per-file limit it is an index of pages that
// together list every item once. Not parallel: it lowers the per-file limit.
func TestSitemap(t *testing.T) {
	e := newEnv(t, true)
	desk := e.login("desk@demo.pppdesk.jp")
	if code, _ := e.sitemap("/sitemap.xml"); code != http.StatusNotFound {
		t.Fatalf("without a template: %d", code)
	}
	e.ok(`mutation { updateMunicipality(input: {itemUrlTemplate: "https://ppp.city.example.jp/{type}/{slug}"}) { id } }`, nil, desk...)
	draft := get(e.ok(`mutation { createAnnouncement(input: {title: "Draft news", body: "本文", slug: "draft-news"}) { id } }`, nil, desk...), "createAnnouncement", "id")
	other := e.municipality("hirosaki", "弘前市")
	e.insert(&model.CaseStudy{MunicipalityID: other.ID, Title: "弘前の事例", Category: model.CaseOther, Addressing: model.Addressing{Slug: "hirosaki-only"},
		Publishing: published(testNow.Add(-24 * time.Hour)), Stamps: stamps(testNow.Add(-24 * time.Hour))})

	code, s := e.sitemap("/sitemap.xml?municipality=aomori")
	want := e.publicItems()
	if code != 200 || s.XMLName.Local != "urlset" || len(s.URLs) != want || want == 0 {
		t.Fatalf("sitemap: %d %s with %d URLs, want %d", code, s.XMLName.Local, len(s.URLs), want)
	}
	seen := map[string]bool{}
	for _, u := range s.URLs {
		if !strings.HasPrefix(u.Loc, "https://ppp.city.example.jp/") || strings.Contains(u.Loc, "draft-news") || strings.Contains(u.Loc, "hirosaki-only") || seen[u.Loc] {
			t.Fatalf("sitemap lists %q", u.Loc)
		}
		seen[u.Loc] = true
		if u.LastMod == "" {
			t.Fatalf("no lastmod for %s", u.Loc)
		}
	}
	// Published, the draft appears.
	e.ok(`mutation($id: ID!) { publish(id: $id) { id } }`, map[string]any{"id": draft}, desk...)
	if _, s = e.sitemap("/sitemap.xml"); len(s.URLs) != want+1 || !strings.Contains(fmt.Sprint(s.URLs), "https://ppp.city.example.jp/announcement/draft-news") {
		t.Fatalf("after publishing: %d URLs", len(s.URLs))
	}
	if code, _ := e.sitemap("/sitemap.xml?municipality=atlantis"); code != http.StatusNotFound {
		t.Fatalf("unknown municipality: %d", code)
	}
	if code, _ := e.sitemap("/sitemap.xml", pppdesk.MunicipalityHeader, "hirosaki"); code != http.StatusNotFound {
		t.Fatalf("a municipality without a template: %d", code)
	}

	// Paged: an index of pages that together list every item once.
	defer pppdesk.SetSitemapPerFile(10)()
	total := want + 1
	code, idx := e.sitemap("/sitemap.xml?municipality=aomori")
	if code != 200 || idx.XMLName.Local != "sitemapindex" || len(idx.Sitemaps) != (total+9)/10 {
		t.Fatalf("index: %d %s with %d sitemaps for %d items", code, idx.XMLName.Local, len(idx.Sitemaps), total)
	}
	all := map[string]bool{}
	for i, sm := range idx.Sitemaps {
		u, err := url.Parse(sm.Loc)
		if err != nil || !u.IsAbs() || u.Query().Get("page") != strconv.Itoa(i+1) || u.Query().Get("municipality") != "aomori" {
			t.Fatalf("index entry %q", sm.Loc)
		}
		_, page := e.sitemap(u.RequestURI())
		if page.XMLName.Local != "urlset" || len(page.URLs) == 0 || len(page.URLs) > 10 {
			t.Fatalf("page %d: %s with %d URLs", i+1, page.XMLName.Local, len(page.URLs))
		}
		for _, x := range page.URLs {
			if all[x.Loc] {
				t.Fatalf("%s is on two pages", x.Loc)
			}
			all[x.Loc] = true
		}
	}
	if len(all) != total {
		t.Fatalf("the pages list %d items, want %d", len(all), total)
	}
	if code, _ := e.sitemap(fmt.Sprintf("/sitemap.xml?municipality=aomori&page=%d", len(idx.Sitemaps)+1)); code != http.StatusNotFound {
		t.Fatalf("a page past the end: %d", code)
	}
}

func imageFile(t *testing.T, format string, w, h int) []byte {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	var b bytes.Buffer
	var err error
	switch format {
	case "png":
		err = png.Encode(&b, img)
	case "gif":
		err = gif.Encode(&b, img, nil)
	case "jpeg":
		err = jpeg.Encode(&b, img, nil)
	}
	if err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// tinyWebP is a lossless 1×1 WebP.
var tinyWebP = []byte("RIFF\x1a\x00\x00\x00WEBPVP8L\x0d\x00\x00\x00\x2f\x00\x00\x00\x10\x07\x10\x11\x11\x88\x88\xfe\x07\x00")

// Images get their width and height at upload; documents null. An item's SEO description is
// bounded, its share image must be one of its own images, and both are read as the item is.
func TestMediaSizesAndSEOFields(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	desk := e.login("desk@demo.pppdesk.jp")
	cs := get(e.ok(`mutation { createCaseStudy(input: {title: "OGP test", summary: "概要", locality: "青森市", seoDescription: "  雪国の公民連携  "}) { id seoDescription shareImage { id } } }`, nil, desk...), "createCaseStudy")
	if get(cs, "seoDescription") != "雪国の公民連携" || get(cs, "shareImage") != nil {
		t.Fatalf("created: %v", cs)
	}
	id := get(cs, "id")
	attach := `mutation($p: ID!, $f: Upload!) { attachMedia(contentId: $p, file: $f) { id width height contentType } }`
	media := map[string]string{}
	for _, c := range []struct {
		name          string
		file          []byte
		width, height any
	}{
		{"a.png", imageFile(t, "png", 30, 20), 30.0, 20.0},
		{"a.gif", imageFile(t, "gif", 4, 5), 4.0, 5.0},
		{"a.jpg", imageFile(t, "jpeg", 16, 9), 16.0, 9.0},
		{"a.webp", tinyWebP, 1.0, 1.0},
		{"a.pdf", tinyPDF, nil, nil},
	} {
		r := e.uploadVars(attach, map[string]any{"p": id}, c.name, c.file, desk...)
		if r.code() != "" || get(r.Data, "attachMedia", "width") != c.width || get(r.Data, "attachMedia", "height") != c.height {
			t.Fatalf("%s: %s", c.name, r.Raw)
		}
		media[c.name] = get(r.Data, "attachMedia", "id").(string)
	}
	update := `mutation($id: ID!, $in: CaseStudyInput!, $v: Int!) { updateCaseStudy(id: $id, input: $in, version: $v) { version seoDescription shareImage { id width } } }`
	wantField(t, e.post(update, map[string]any{"id": id, "v": 1, "in": map[string]any{"seoDescription": strings.Repeat("あ", 301)}}, desk...), "BAD_USER_INPUT", "input.seoDescription")
	wantField(t, e.post(update, map[string]any{"id": id, "v": 1, "in": map[string]any{"shareImageId": media["a.pdf"]}}, desk...), "BAD_USER_INPUT", "input.shareImageId")
	wantField(t, e.post(update, map[string]any{"id": id, "v": 1, "in": map[string]any{"shareImageId": "nonsense"}}, desk...), "BAD_USER_INPUT", "input.shareImageId")
	otherItem := get(e.ok(`mutation { createAnnouncement(input: {title: "x"}) { id } }`, nil, desk...), "createAnnouncement", "id")
	r := e.uploadVars(attach, map[string]any{"p": otherItem}, "b.png", imageFile(t, "png", 2, 2), desk...)
	wantField(t, e.post(update, map[string]any{"id": id, "v": 1, "in": map[string]any{"shareImageId": get(r.Data, "attachMedia", "id")}}, desk...), "BAD_USER_INPUT", "input.shareImageId")
	wantField(t, e.post(`mutation { createCaseStudy(input: {title: "x", shareImageId: "`+media["a.png"]+`"}) { id } }`, nil, desk...), "BAD_USER_INPUT", "input.shareImageId")

	u := get(e.ok(update, map[string]any{"id": id, "v": 1, "in": map[string]any{"seoDescription": strings.Repeat("あ", 300), "shareImageId": media["a.png"]}}, desk...), "updateCaseStudy")
	if get(u, "shareImage", "id") != media["a.png"] || get(u, "shareImage", "width") != 30.0 {
		t.Fatalf("share image: %v", u)
	}
	read := `query($id: ID!) { caseStudy(id: $id) { seoDescription shareImage { id url } } }`
	e.fails("NOT_FOUND", read, map[string]any{"id": id}) // a draft: nobody outside the staff reads it
	e.ok(`mutation($id: ID!) { publish(id: $id) { id } }`, map[string]any{"id": id}, desk...)
	d := e.ok(read, map[string]any{"id": id})
	if get(d, "caseStudy", "seoDescription") != strings.Repeat("あ", 300) || get(d, "caseStudy", "shareImage", "id") != media["a.png"] {
		t.Fatalf("public read: %v", d)
	}
	// Removed with an empty ID.
	u = get(e.ok(update, map[string]any{"id": id, "v": 3, "in": map[string]any{"shareImageId": ""}}, desk...), "updateCaseStudy")
	if get(u, "shareImage") != nil {
		t.Fatalf("share image removed: %v", u)
	}
}
