package pppdesk_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/pppdesk/pppdesk"
	"github.com/pppdesk/pppdesk/demo"
	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/store"
)

func TestTenancy(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	other := e.municipality("hirosaki", "弘前市")
	e.insert(&model.CaseStudy{MunicipalityID: other.ID, Title: "弘前の事例", Category: model.CaseOther, Publishing: published(testNow.Add(-time.Hour)), Stamps: stamps(testNow)})
	org := &model.Organization{MunicipalityID: other.ID, Name: "弘前の会社", Kind: model.OrgCorporation, Public: true, Stamps: stamps(testNow)}
	e.insert(org)

	d := e.ok(`{ municipality { slug } caseStudies(first: 100) { totalCount edges { node { id title } } } }`, nil, "X-Municipality", "hirosaki")
	if get(d, "municipality", "slug") != "hirosaki" || get(d, "caseStudies", "totalCount") != float64(1) {
		t.Fatalf("hirosaki sees: %v", d)
	}
	hirosakiCase := nodeField(edges(d, "caseStudies")[0], "id")
	d = e.ok(`{ caseStudies(first: 100) { totalCount edges { node { id } } } }`, nil)
	for _, ed := range edges(d, "caseStudies") {
		if nodeField(ed, "id") == hirosakiCase {
			t.Fatal("aomori lists hirosaki's case")
		}
	}
	aomoriCase := nodeField(edges(d, "caseStudies")[0], "id")
	// IDs of another municipality are absent, whatever path asks for them.
	for _, q := range []string{`query($id: ID!) { caseStudy(id: $id) { id } }`, `query($id: ID!) { node(id: $id) { id } }`} {
		e.fails("NOT_FOUND", q, map[string]any{"id": hirosakiCase})
		e.fails("NOT_FOUND", q, map[string]any{"id": aomoriCase}, "X-Municipality", "hirosaki")
	}
	e.fails("NOT_FOUND", `query($id: ID!) { partner(id: $id) { id } }`, map[string]any{"id": org.GetID()})
	d = e.ok(`query($id: ID!) { caseStudies(filter: {partnerId: $id}) { totalCount } }`, map[string]any{"id": org.GetID()})
	if get(d, "caseStudies", "totalCount") != float64(0) {
		t.Fatalf("filter by a foreign partner: %v", d)
	}
	r := e.fails("NOT_FOUND", `{ municipality { slug } }`, nil, "X-Municipality", "atlantis")
	if !strings.Contains(r.Errors[0].Message, "atlantis") || r.Data["municipality"] != nil {
		t.Fatalf("unknown slug: %s", r.Raw)
	}
}

func TestBadRequestsAnswerCodesNotCrashes(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	cases := []struct{ name, query, code string }{
		{"syntax error", `{ caseStudies(first: ) }`, "BAD_USER_INPUT"},
		{"unknown field", `{ caseStudies { nope } }`, "BAD_USER_INPUT"},
		{"unknown enum value", `{ caseStudies(filter: {category: NOPE}) { totalCount } }`, "BAD_USER_INPUT"},
		{"bad date scalar", `{ caseStudies(filter: {startOn: {from: "yesterday"}}) { totalCount } }`, "BAD_USER_INPUT"},
		{"invalid corporate number", `{ partners(filter: {corporateNumber: "1180301018772"}) { totalCount } }`, "BAD_USER_INPUT"},
		{"short corporate number", `{ partners(filter: {corporateNumber: "123"}) { totalCount } }`, "BAD_USER_INPUT"},
		{"wrong-type ID filter", `{ caseStudies(filter: {partnerId: "Q2FzZVN0dWR5OjE"}) { totalCount } }`, "BAD_USER_INPUT"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := e.fails(c.code, c.query, nil)
			if r.Status != http.StatusOK {
				t.Fatalf("status %d for an application/json response", r.Status)
			}
		})
	}
	r := e.fails("BAD_USER_INPUT", `{ partners(filter: {corporateNumber: "1180301018772"}) { totalCount } }`, nil)
	if r.Errors[0].Extensions["field"] != "filter.corporateNumber" || !strings.Contains(r.Errors[0].Message, "check digit") {
		t.Fatalf("corporate number error: %s", r.Raw)
	}
}

func TestDatabaseErrorsStayInside(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	if _, err := e.st.DB.ExecContext(context.Background(), "DROP TABLE tags"); err != nil {
		t.Fatal(err)
	}
	r := e.fails("INTERNAL", `{ caseStudies(first: 2) { edges { node { title tags } } } }`, nil)
	if r.Errors[0].Message != "internal error" {
		t.Fatalf("internal error message: %s", r.Raw)
	}
}

func TestHTTPEndpoints(t *testing.T) {
	t.Parallel()
	// GraphiQL is served only with introspection on (the --demo default).
	e := newEnvOpts(t, func(c *pppdesk.Config) { c.Introspection = true })
	ts := httptest.NewServer(e.srv)
	defer ts.Close()
	res, err := http.Get(ts.URL + "/healthz")
	if err != nil || res.StatusCode != 200 {
		t.Fatalf("healthz: %v %v", res, err)
	}
	res.Body.Close()
	res, err = http.Get(ts.URL + "/")
	if err != nil || res.StatusCode != 200 || !strings.Contains(res.Header.Get("Content-Type"), "text/html") {
		t.Fatalf("GraphiQL: %v %v", res, err)
	}
	res.Body.Close()
	// The GraphQL-over-HTTP media type keeps the spec's 400 for a request that does not parse.
	req, _ := http.NewRequest(http.MethodPost, ts.URL+"/graphql", strings.NewReader(`{"query":"{"}`))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "application/graphql-response+json")
	res, err = http.DefaultClient.Do(req)
	if err != nil || res.StatusCode != http.StatusBadRequest {
		t.Fatalf("graphql-response+json parse error: %v %v", res.StatusCode, err)
	}
	res.Body.Close()
	// A body that is not JSON is refused cleanly.
	req, _ = http.NewRequest(http.MethodPost, ts.URL+"/graphql", strings.NewReader(`not json`))
	req.Header.Set("Content-Type", "application/json")
	res, err = http.DefaultClient.Do(req)
	if err != nil || res.StatusCode != http.StatusBadRequest {
		t.Fatalf("non-JSON body: %v %v", res.StatusCode, err)
	}
	res.Body.Close()
	// GET serves queries too (GraphQL over HTTP).
	res, err = http.Get(ts.URL + "/graphql?query=" + "%7B%20municipality%20%7B%20slug%20%7D%20%7D")
	if err != nil || res.StatusCode != 200 {
		t.Fatalf("GET query: %v %v", res, err)
	}
	res.Body.Close()
}

// TestMountAsPlugin mounts pppdesk under a prefix of another program's mux.
func TestMountAsPlugin(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	mux := http.NewServeMux()
	var h http.Handler = e.srv
	mux.Handle("/ppp/", http.StripPrefix("/ppp", h))
	ts := httptest.NewServer(mux)
	defer ts.Close()
	res, err := http.Post(ts.URL+"/ppp/graphql", "application/json", strings.NewReader(`{"query":"{ municipality { slug } }"}`))
	if err != nil || res.StatusCode != 200 {
		t.Fatalf("mounted: %v %v", res, err)
	}
	res.Body.Close()
}

func TestFourByteCharactersRoundTrip(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	title := "𠮷野家と🍜ラーメンの連携🎉（髙﨑・𩸽）"
	e.insert(&model.CaseStudy{MunicipalityID: e.mid("aomori"), Title: title, Summary: title + "\n改行と\"引用\"と'", Locality: "𠮷田町",
		Category: model.CaseOther, Publishing: published(testNow.Add(-time.Minute)), Stamps: stamps(testNow)})
	d := e.ok(`{ caseStudies(filter: {search: "𠮷野家"}) { edges { node { title summary locality } } } }`, nil)
	got := get(edges(d, "caseStudies")[0], "node")
	if get(got, "title") != title || get(got, "locality") != "𠮷田町" || get(got, "summary") != title+"\n改行と\"引用\"と'" {
		t.Fatalf("round trip: %v", got)
	}
	// A different 4-byte character must not match (a collation that folds them would).
	d = e.ok(`{ caseStudies(filter: {search: "𩸽野家"}) { totalCount } }`, nil)
	if get(d, "caseStudies", "totalCount") != float64(0) {
		t.Fatalf("4-byte characters compare equal: %v", d)
	}
}

func TestDemoLoadIsIdempotent(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	ctx := context.Background()
	counts := func() string {
		var out []string
		for _, table := range []string{"municipalities", "departments", "organizations", "case_studies", "agreements", "projects", "challenges", "content_partners", "resources", "merits", "tags", "collaboration_methods", "announcements", "users"} {
			n, err := e.st.DB.NewSelect().Table(table).Count(ctx)
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, fmt.Sprintf("%s=%d", table, n))
		}
		return strings.Join(out, " ")
	}
	before := counts()
	created, err := demo.Load(ctx, e.st, testNow.Add(time.Hour), cheapHash, nil)
	if err != nil || created {
		t.Fatalf("second load: created=%v err=%v", created, err)
	}
	if after := counts(); after != before {
		t.Fatalf("second load changed data:\n%s\n%s", before, after)
	}
}

// TestPageCostIsConstant proves there is no N+1: one page of case studies with partners,
// resources, merits and tags costs the same number of queries for 5 rows as for 100.
func TestPageCostIsConstant(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	mid := e.mid("aomori")
	ctx := context.Background()
	orgs := make([]int64, 3)
	for i := range orgs {
		o := &model.Organization{MunicipalityID: mid, Name: fmt.Sprintf("会社%d", i), Kind: model.OrgCorporation, Public: true, Stamps: stamps(testNow)}
		e.insert(o)
		orgs[i] = o.ID
	}
	for i := 0; i < 120; i++ {
		c := &model.CaseStudy{MunicipalityID: mid, Title: fmt.Sprintf("負荷%03d", i), Category: model.CasePartnership, Publishing: published(testNow.Add(-time.Minute)), Stamps: stamps(testNow)}
		e.insert(c)
		owner := store.OwnerKey{Type: model.OwnerCaseStudy, ID: c.ID}
		must(t, store.SetPartners(ctx, e.st.DB, mid, owner, orgs))
		must(t, store.SetResources(ctx, e.st.DB, mid, owner, []*model.Resource{{Side: model.SideCity, Kind: model.ResourceGoods, Description: "場"}, {Side: model.SidePartner, Kind: model.ResourceMoney, Description: "費用"}}))
		must(t, store.SetMerits(ctx, e.st.DB, mid, owner, []*model.Merit{{Side: model.SideCity, Description: "効果"}}))
		must(t, store.SetTags(ctx, e.st.DB, mid, owner, []string{"負荷"}))
	}
	cost := func(first int) int64 {
		before := e.st.Queries()
		d := e.ok(caseStudyPage, map[string]any{"first": first, "filter": map[string]any{"search": "負荷"}})
		if n := len(edges(d, "caseStudies")); n != first {
			t.Fatalf("page of %d has %d rows", first, n)
		}
		if len(get(edges(d, "caseStudies")[first-1], "node", "partners").([]any)) != 3 {
			t.Fatal("partners missing")
		}
		return e.st.Queries() - before
	}
	small, large := cost(5), cost(100)
	t.Logf("queries: 5 rows → %d, 100 rows → %d", small, large)
	if large != small || large > 10 {
		t.Fatalf("a page of 100 costs %d queries, a page of 5 costs %d: relations are not batched", large, small)
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

var _ = pppdesk.MunicipalityHeader
