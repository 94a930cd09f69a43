package pppdesk_test

import (
	"context"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/uptrace/bun"

	"github.com/pppdesk/pppdesk/demo"
	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/store"
)

// selectCapture keeps the SELECT statements the store runs.
type selectCapture struct {
	mu  sync.Mutex
	sql []string
}

func (c *selectCapture) BeforeQuery(ctx context.Context, _ *bun.QueryEvent) context.Context {
	return ctx
}

func (c *selectCapture) AfterQuery(_ context.Context, e *bun.QueryEvent) {
	if strings.HasPrefix(e.Query, "SELECT") {
		c.mu.Lock()
		c.sql = append(c.sql, e.Query)
		c.mu.Unlock()
	}
}

// take answers the statements captured since the last take.
func (c *selectCapture) take() []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	out := c.sql
	c.sql = nil
	return out
}

// selectedColumns answers the column list of the statements reading table: what lies
// between SELECT and the table's FROM.
func selectedColumns(t *testing.T, stmts []string, table string) []string {
	t.Helper()
	from := regexp.MustCompile("^SELECT (.*?) FROM [`\"]" + table + "[`\"]")
	var out []string
	for _, s := range stmts {
		if m := from.FindStringSubmatch(s); m != nil {
			out = append(out, m[1])
		}
	}
	return out
}

// names reports which of cols a column list names.
func names(list string, cols []string) []string {
	var out []string
	for _, c := range cols {
		if regexp.MustCompile(`\b` + c + `\b`).MatchString(list) {
			out = append(out, c)
		}
	}
	return out
}

// leanPage is issue 10's benchmark page.
const leanPage = `{ proposals(first: 50, orderBy: {field: CREATED_AT, direction: DESC}) { edges { node { id title status organization { name } challenge { title } } } } }`

// TestPagesReadOnlyTheColumnsTheyShow: the benchmark page reads neither the proposals'
// texts and contact data nor the organizations' and challenges' long texts, and answers
// what it answered when it read them; a page or another field of the same operation that
// shows those texts (directly, through a fragment, or through an alias sharing the loaders)
// still reads and answers them.
func TestPagesReadOnlyTheColumnsTheyShow(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	ctx := context.Background()
	mid := e.mid(demo.Slug)
	var prop model.User
	if err := e.st.DB.NewSelect().Model(&prop).Where("municipality_id = ? AND email = ?", mid, "proposer1@demo.pppdesk.jp").Scan(ctx); err != nil {
		t.Fatal(err)
	}
	st := stamps(e.now.Add(time.Hour)) // newest, so first on the page
	org := &model.Organization{MunicipalityID: mid, Name: "列団体", Kana: "レツダンタイ", Kind: model.OrgCorporation, Website: "https://example.jp",
		Address: "列市1-1", Description: "紹介文" + strings.Repeat("あ", 500), Public: true, Stamps: st}
	e.insert(org)
	ch := &model.Challenge{MunicipalityID: mid, Title: "列課題", Background: "背景" + strings.Repeat("い", 500), DesiredOutcome: "成果",
		Publishing: published(e.now.Add(-time.Hour)), Stamps: st}
	e.insert(ch)
	now := e.now
	pr := &model.Proposal{MunicipalityID: mid, Kind: model.ProposalChallenge, ChallengeID: &ch.ID, OrganizationID: org.ID, CreatedByID: prop.ID,
		Title: "列提案", Summary: "概要", Body: "本文" + strings.Repeat("う", 5000), DesiredScheme: "委託", ContactName: "列 太郎",
		ContactEmail: "retsu@example.jp", Status: model.ProposalSubmitted, SubmittedAt: &now, Stamps: st}
	e.insert(pr)
	desk := e.login("desk@demo.pppdesk.jp")
	capture := &selectCapture{}
	e.st.AddHook(capture)

	heavy := map[string][]string{
		"proposals":     store.HeavyColumns[model.Proposal](),
		"organizations": store.HeavyColumns[model.Organization](),
		"challenges":    store.HeavyColumns[model.Challenge](),
	}
	capture.take()
	lean := e.ok(leanPage, nil, desk...)
	stmts := capture.take()
	for table, cols := range heavy {
		lists := selectedColumns(t, stmts, table)
		if len(lists) == 0 {
			t.Fatalf("the benchmark page read no %s: %q", table, stmts)
		}
		for _, l := range lists {
			if got := names(l, cols); len(got) > 0 {
				t.Errorf("the benchmark page reads %s.%v: %s", table, got, l)
			}
		}
	}

	// The same page with the texts: every common field answers the same, and the texts are
	// the stored ones.
	full := e.ok(`{ proposals(first: 50, orderBy: {field: CREATED_AT, direction: DESC}) { edges { node { id title status summary body desiredScheme
		contact { name email } organization { name kana description } challenge { title background desiredOutcome } } } } }`, nil, desk...)
	stmts = capture.take()
	for table, cols := range heavy {
		for _, l := range selectedColumns(t, stmts, table) {
			if got := names(l, cols); len(got) != len(cols) {
				t.Errorf("the page showing the texts reads only %s.%v: %s", table, got, l)
			}
		}
	}
	le, fe := edges(lean, "proposals"), edges(full, "proposals")
	if len(le) == 0 || len(le) != len(fe) {
		t.Fatalf("pages differ in length: %d, %d", len(le), len(fe))
	}
	for i := range le {
		for _, path := range [][]any{{"id"}, {"title"}, {"status"}, {"organization", "name"}, {"challenge", "title"}} {
			a, b := get(le[i], append([]any{"node"}, path...)...), get(fe[i], append([]any{"node"}, path...)...)
			if a != b {
				t.Errorf("edge %d %v: lean %v, full %v", i, path, a, b)
			}
		}
	}
	first := get(fe[0], "node")
	want := map[string]any{"title": pr.Title, "summary": pr.Summary, "body": pr.Body, "desiredScheme": pr.DesiredScheme}
	for k, v := range want {
		if get(first, k) != v {
			t.Errorf("%s: got %.40v…, want %.40v…", k, get(first, k), v)
		}
	}
	if get(first, "contact", "email") != pr.ContactEmail || get(first, "organization", "description") != org.Description ||
		get(first, "organization", "kana") != org.Kana || get(first, "challenge", "background") != ch.Background ||
		get(first, "challenge", "desiredOutcome") != ch.DesiredOutcome {
		t.Errorf("texts of the full page: contact %v, organization %v, challenge %v", get(first, "contact"), get(first, "organization"), get(first, "challenge"))
	}

	// One alias shows only names, the other the texts through a fragment: both share the
	// request's loaders, which must then read full rows.
	mixed := e.ok(`{ a: proposals(first: 5, orderBy: {field: CREATED_AT, direction: DESC}) { edges { node { id organization { name } challenge { title } } } }
		b: proposals(first: 5, orderBy: {field: CREATED_AT, direction: DESC}) { edges { node { id organization { ...Org } challenge { ...Ch } } } } }
		fragment Org on Organization { description }
		fragment Ch on Challenge { ... on Challenge { desiredOutcome } }`, nil, desk...)
	b := get(edges(mixed, "b")[0], "node")
	if get(b, "organization", "description") != org.Description || get(b, "challenge", "desiredOutcome") != ch.DesiredOutcome {
		t.Errorf("the fragment's texts: %v", b)
	}
	if get(edges(mixed, "a")[0], "node", "organization", "name") != org.Name {
		t.Errorf("the names beside the fragment: %v", mixed)
	}

	// The content lists share the mechanism: a page of titles or names leaves the texts
	// out, a page showing them reads and answers them.
	for _, l := range []struct {
		list, table, lean, full, text, want string
		cols                                []string
	}{
		{"challenges", "challenges", `{ challenges(first: 50) { edges { node { id title isOpen } } } }`,
			`{ challenges(first: 50) { edges { node { id title background } } } }`, "background", ch.Background, heavy["challenges"]},
		{"partners", "organizations", `{ partners(first: 100) { edges { node { id name } } } }`,
			`{ partners(first: 100) { edges { node { id name description } } } }`, "description", org.Description, heavy["organizations"]},
	} {
		capture.take()
		e.ok(l.lean, nil, desk...)
		lists := selectedColumns(t, capture.take(), l.table)
		if len(lists) == 0 {
			t.Fatalf("%s read no %s", l.list, l.table)
		}
		for _, c := range lists {
			if got := names(c, l.cols); len(got) > 0 {
				t.Errorf("%s without texts reads %v: %s", l.list, got, c)
			}
		}
		found := false
		for _, ed := range edges(e.ok(l.full, nil, desk...), l.list) {
			if nodeField(ed, "title") == ch.Title || nodeField(ed, "name") == org.Name {
				found = true
				if nodeField(ed, l.text) != l.want {
					t.Errorf("%s: %s %.40v…", l.list, l.text, nodeField(ed, l.text))
				}
			}
		}
		if !found {
			t.Errorf("%s: the seeded row is not listed", l.list)
		}
	}
}
