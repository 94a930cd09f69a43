package pppdesk_test

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"net/http"
	"regexp"
	"strings"
	"testing"
)

func TestAtomFeed(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	code, body := e.download("/feeds/atom.xml")
	if code != 200 {
		t.Fatalf("feed: %d", code)
	}
	var feed struct {
		Title   string `xml:"title"`
		Entries []struct {
			Title    string `xml:"title"`
			Category struct {
				Term string `xml:"term,attr"`
			} `xml:"category"`
		} `xml:"entry"`
	}
	if err := xml.Unmarshal(body, &feed); err != nil {
		t.Fatalf("feed does not parse: %v", err)
	}
	kinds := map[string]int{}
	for _, en := range feed.Entries {
		kinds[en.Category.Term]++
		if strings.Contains(en.Title, "下書き") {
			t.Fatal("a draft is in the feed")
		}
	}
	// Exactly the published items: 3 announcements and 20 case studies of the demo.
	if feed.Title != "青森市公民連携デスク" || kinds["announcement"] != 3 || kinds["caseStudy"] != 20 {
		t.Fatalf("feed: %q %v", feed.Title, kinds)
	}
	if code, _ := e.download("/feeds/atom.xml?municipality=atlantis"); code != http.StatusNotFound {
		t.Fatalf("unknown municipality: %d", code)
	}
}

func TestOpenDataExport(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	// A draft agreement must stay out of the export.
	desk := e.login("desk@demo.pppdesk.jp")
	id := nodeField(edges(e.ok(`{ agreements { edges { node { id } } } }`, nil), "agreements")[0], "id")
	code, body := e.download("/export/case-studies.csv")
	if code != 200 || !bytes.HasPrefix(body, []byte("\xEF\xBB\xBF")) {
		t.Fatalf("csv: %d, BOM %v", code, bytes.HasPrefix(body, []byte("\xEF\xBB\xBF")))
	}
	rows, err := csv.NewReader(bytes.NewReader(body[3:])).ReadAll()
	if err != nil {
		t.Fatalf("csv does not parse: %v", err)
	}
	if len(rows) != 21 || rows[0][1] != "title" {
		t.Fatalf("csv rows: %d %v", len(rows), rows[0])
	}
	var lightblue []string
	for _, r := range rows {
		if strings.Contains(r[1], "歩行量") {
			lightblue = r
		}
	}
	if lightblue == nil || !strings.Contains(lightblue[9], "《モノ》実証フィールドの提供") || !strings.Contains(lightblue[5], "LightblueTechnology") {
		t.Fatalf("structured columns: %v", lightblue)
	}
	code, body = e.download("/export/agreements.json")
	var ags []map[string]string
	if err := json.Unmarshal(body, &ags); code != 200 || err != nil || len(ags) != 1 || ags[0]["signedOn"] != "2023-03-30" ||
		!strings.Contains(ags[0]["parties"], "みちのく銀行") {
		t.Fatalf("json: %d %v %v", code, err, ags)
	}
	e.ok(`mutation($id: ID!) { unpublish(id: $id) { id } }`, map[string]any{"id": id}, desk...)
	_, body = e.download("/export/agreements.json")
	if err := json.Unmarshal(body, &ags); err != nil || len(ags) != 0 {
		t.Fatalf("unpublished agreement exported: %v %v", err, ags)
	}
	_, body = e.download("/export/projects.csv")
	if rows, err := csv.NewReader(bytes.NewReader(body[3:])).ReadAll(); err != nil || len(rows) != 4 {
		t.Fatalf("projects: %v %d", err, len(rows))
	}
	for _, bad := range []string{"/export/users.csv", "/export/projects.xml"} {
		if code, _ := e.download(bad); code != http.StatusNotFound {
			t.Fatalf("%s: %d", bad, code)
		}
	}
}

// TestOpenDataCSVDefusesFormulas: a published title that a spreadsheet would run as a
// formula is exported with a leading apostrophe (CSV injection), the JSON export as typed.
func TestOpenDataCSVDefusesFormulas(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	desk := e.login("desk@demo.pppdesk.jp")
	const title = `=HYPERLINK("http://evil.example","開く")`
	cs := get(e.ok(`mutation($t: String!) { createCaseStudy(input: {title: $t, summary: "概要", locality: "青森市"}) { id } }`, map[string]any{"t": title}, desk...), "createCaseStudy", "id")
	e.ok(`mutation($id: ID!) { publish(id: $id) { id } }`, map[string]any{"id": cs}, desk...)
	_, body := e.download("/export/case-studies.csv")
	rows, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(body, []byte("\xEF\xBB\xBF")))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, r := range rows {
		for _, c := range r {
			if c != "" && strings.ContainsRune("=+-@\t\r", rune(c[0])) && !regexp.MustCompile(`^-?[0-9.]+$`).MatchString(c) {
				t.Errorf("a cell starts a formula: %q", c)
			}
			found = found || c == "'"+title
		}
	}
	if !found {
		t.Errorf("the title is not exported with its apostrophe")
	}
	if _, body := e.download("/export/case-studies.json"); !strings.Contains(string(body), `"=HYPERLINK(`) {
		t.Errorf("the JSON export changed the title")
	}
}
