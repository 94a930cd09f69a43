package pppdesk_test

import (
	"context"
	"slices"
	"testing"

	"github.com/pppdesk/pppdesk/demo"
	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/store"
)

// searchEnv is a municipality of its own ("kensaku"), so that the expected hits are exact:
// no demo text can match a query by chance.
type searchEnv struct {
	*env
	mid  int64
	desk []string
	orgs map[string]int64 // by name as first stored
}

// newSearchEnv stores the fixtures of the search table: content of every searched type,
// with tags, partners (one public, one private) and a draft no anonymous reader may find.
func newSearchEnv(t *testing.T) *searchEnv {
	t.Helper()
	e := newEnv(t, false)
	m := e.municipality("kensaku", "検索市")
	s := &searchEnv{env: e, mid: m.ID, orgs: map[string]int64{}}
	ctx := context.Background()
	at := testNow.AddDate(0, 0, -1)
	pub, draft := published(at), model.Publishing{PublicationState: model.StateDraft, Version: 1}

	mercari := &model.Organization{MunicipalityID: m.ID, Name: "株式会社メルカリ", Kana: "メルカリ", Kind: model.OrgCorporation, Public: true, Version: 1, Stamps: stamps(at)}
	lab := &model.Organization{MunicipalityID: m.ID, Name: "弘前ＡＩラボ合同会社", Kana: "ヒロサキエーアイラボ", Kind: model.OrgCorporation, Version: 1, Stamps: stamps(at)}
	e.insert(mercari, lab)
	s.orgs[mercari.Name], s.orgs[lab.Name] = mercari.ID, lab.ID

	hash, err := cheapHash(demo.Password)
	if err != nil {
		t.Fatal(err)
	}
	e.insert(&model.User{MunicipalityID: m.ID, Email: "desk@kensaku.example.jp", PasswordHash: hash, DisplayName: "検索 デスク",
		Role: model.RoleDesk, EmailVerifiedAt: &at, Stamps: stamps(at)})
	proposer := &model.User{MunicipalityID: m.ID, Email: "p@kensaku.example.jp", PasswordHash: hash, DisplayName: "提案者",
		Role: model.RoleProposer, OrganizationID: &mercari.ID, EmailVerifiedAt: &at, Stamps: stamps(at)}
	e.insert(proposer)

	owner := func(t model.OwnerType, id int64, tags []string, partners ...int64) {
		k := store.OwnerKey{Type: t, ID: id}
		if err := store.SetTags(ctx, e.st.DB, m.ID, k, tags); err != nil {
			e.t.Fatal(err)
		}
		if err := store.SetPartners(ctx, e.st.DB, m.ID, k, partners); err != nil {
			e.t.Fatal(err)
		}
	}
	cs := func(title, summary string, p model.Publishing, tags []string, partners ...int64) {
		c := &model.CaseStudy{MunicipalityID: m.ID, Title: title, Summary: summary, Locality: "検索市", Category: model.CaseOther, Publishing: p, Stamps: stamps(at)}
		e.insert(c)
		owner(model.OwnerCaseStudy, c.ID, tags, partners...)
	}
	cs("実証実験による交通改善", "バスの運行データを分析する。", pub, []string{"モビリティ"}, mercari.ID)
	cs("ＡＩ窓口案内", "問い合わせに自動で応答する。", pub, []string{"DX"})
	cs("割引率100%の実験", "変数名は a_c と書く。", pub, nil)
	cs("100年の歴史", "abc 地域の記録。", pub, nil, lab.ID)
	cs("めるかり 下書きの事例", "まだ公開しない。", draft, nil, mercari.ID)

	ch := &model.Challenge{MunicipalityID: m.ID, Title: "ﾃﾞｼﾞﾀﾙ窓口の課題", Background: "紙の申請が多い。", Publishing: pub, Stamps: stamps(at)}
	e.insert(ch)
	owner(model.OwnerChallenge, ch.ID, []string{"行政ＤＸ"})
	agr := &model.Agreement{MunicipalityID: m.ID, Title: "包括連携協定", Purpose: "地域の活性化。", Items: []string{"ＡＩの活用", "人材育成"},
		Kind: model.AgreementComprehensive, Status: model.AgreementActive, Publishing: pub, Stamps: stamps(at)}
	e.insert(agr)
	owner(model.OwnerAgreement, agr.ID, nil, mercari.ID)
	pj := &model.Project{MunicipalityID: m.ID, Title: "スマート農業", Summary: "畑のセンサー。", Site: "郊外", Kind: model.ProjectPartnership,
		Status: model.ProjectPlanned, Publishing: pub, Stamps: stamps(at)}
	e.insert(pj)
	owner(model.OwnerProject, pj.ID, nil, mercari.ID)
	e.insert(&model.Announcement{MunicipalityID: m.ID, Title: "ｾﾐﾅｰのお知らせ", Body: "参加者を募集します。", Publishing: pub, Stamps: stamps(at)})

	for _, title := range []string{"ﾒﾙｶﾘ便の提案", "公園の管理"} {
		e.insert(&model.Proposal{MunicipalityID: m.ID, Kind: model.ProposalFree, OrganizationID: mercari.ID, CreatedByID: proposer.ID,
			Title: title, Summary: "概要", Body: "内容", Status: model.ProposalSubmitted, SubmittedAt: &at, Version: 1, Stamps: stamps(at)})
	}
	s.desk = as(e.loginIn("kensaku", "desk@kensaku.example.jp"), "X-Municipality", "kensaku")
	return s
}

// loginIn signs an account of another municipality in.
func (e *env) loginIn(slug, email string) []string {
	e.t.Helper()
	d := e.ok(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`,
		map[string]any{"e": email, "p": demo.Password}, "X-Municipality", slug)
	return []string{"Authorization", "Bearer " + get(d, "login", "token").(string)}
}

// searchLists are the list queries that take a search filter, by the field naming a row.
var searchLists = map[string]string{
	"caseStudies": "title", "challenges": "title", "agreements": "title", "projects": "title",
	"announcements": "title", "partners": "name", "proposals": "title",
}

// hits answers the sorted names of what one list finds for text, as headers' caller.
func (s *searchEnv) hits(list, text string, headers ...string) []string {
	s.t.Helper()
	field := searchLists[list]
	q := `query($s: String) { ` + list + `(first: 100, filter: {search: $s}) { totalCount edges { node { ` + field + ` } } } }`
	d := s.ok(q, map[string]any{"s": text}, headers...)
	var out []string
	for _, e := range edges(d, list) {
		out = append(out, nodeField(e, field).(string))
	}
	if n := get(d, list, "totalCount"); n != float64(len(out)) {
		s.t.Fatalf("%s %q: totalCount %v for %d rows", list, text, n, len(out))
	}
	slices.Sort(out)
	return out
}

// TestJapaneseSearch is the search table of issue 13: the same queries find the same rows
// on SQLite and on MariaDB (PPPDESK_TEST_DSN), through the public API.
func TestJapaneseSearch(t *testing.T) {
	t.Parallel()
	s := newSearchEnv(t)
	anon := []string{"X-Municipality", "kensaku"}
	allCases := []string{"100年の歴史", "ＡＩ窓口案内", "割引率100%の実験", "実証実験による交通改善"}
	for _, c := range []struct {
		name, list, query string
		staff             bool
		want              []string
	}{
		{"prefix of a word", "caseStudies", "実証", false, []string{"実証実験による交通改善"}},
		{"whole word", "caseStudies", "実証実験", false, []string{"実証実験による交通改善"}},
		{"full-width latin", "caseStudies", "ＡＩ", false, []string{"100年の歴史", "ＡＩ窓口案内"}},
		{"lower case", "caseStudies", "ai", false, []string{"100年の歴史", "ＡＩ窓口案内"}},
		{"upper case", "caseStudies", "AI", false, []string{"100年の歴史", "ＡＩ窓口案内"}},
		{"half-width katakana finds a partner", "caseStudies", "ﾒﾙｶﾘ", false, []string{"実証実験による交通改善"}},
		{"katakana finds a partner", "caseStudies", "メルカリ", false, []string{"実証実験による交通改善"}},
		{"hiragana finds a partner", "caseStudies", "めるかり", false, []string{"実証実験による交通改善"}},
		{"partner name in kanji", "caseStudies", "弘前", false, []string{"100年の歴史"}},
		{"a private partner's kana is not searched", "caseStudies", "ひろさき", false, nil},
		{"tag", "caseStudies", "もびりてぃ", false, []string{"実証実験による交通改善"}},
		{"tag, other case", "caseStudies", "dx", false, []string{"ＡＩ窓口案内"}},
		{"summary", "caseStudies", "運行データ", false, []string{"実証実験による交通改善"}},
		{"two words, both must occur", "caseStudies", "実証　めるかり", false, []string{"実証実験による交通改善"}},
		{"two words, one missing", "caseStudies", "実証 ai", false, nil},
		{"percent is literal", "caseStudies", "100%", false, []string{"割引率100%の実験"}},
		{"full-width percent is literal", "caseStudies", "１００％", false, []string{"割引率100%の実験"}},
		{"percent alone", "caseStudies", "%", false, []string{"割引率100%の実験"}},
		{"underscore is literal", "caseStudies", "a_c", false, []string{"割引率100%の実験"}},
		{"LIKE escape character is literal", "caseStudies", "!", false, nil},
		{"empty query lists all", "caseStudies", "", false, allCases},
		{"blank query lists all", "caseStudies", " \u3000\t", false, allCases},
		{"no false positive", "caseStudies", "存在しない語", false, nil},
		{"drafts stay hidden", "caseStudies", "下書き", false, nil},
		{"drafts found by staff", "caseStudies", "下書き", true, []string{"めるかり 下書きの事例"}},
		{"challenge by half-width title", "challenges", "でじたる", false, []string{"ﾃﾞｼﾞﾀﾙ窓口の課題"}},
		{"challenge by tag", "challenges", "行政dx", false, []string{"ﾃﾞｼﾞﾀﾙ窓口の課題"}},
		{"agreement by item", "agreements", "ai活用", false, nil},
		{"agreement by item word", "agreements", "ａｉの活用", false, []string{"包括連携協定"}},
		{"agreement by partner", "agreements", "メルカリ", false, []string{"包括連携協定"}},
		{"project by partner", "projects", "めるかり", false, []string{"スマート農業"}},
		{"project by site", "projects", "郊外", false, []string{"スマート農業"}},
		{"announcement by hiragana", "announcements", "せみなー", false, []string{"ｾﾐﾅｰのお知らせ"}},
		{"announcement with a dash for ー", "announcements", "セミナ-", false, []string{"ｾﾐﾅｰのお知らせ"}},
		{"partner by kana", "partners", "めるかり", false, []string{"株式会社メルカリ"}},
		{"private partner hidden", "partners", "弘前", false, nil},
		{"a private profile is no partner, even for staff", "partners", "えーあい", true, nil},
		{"proposal by half-width title", "proposals", "めるかり便", true, []string{"ﾒﾙｶﾘ便の提案"}},
		{"proposal by proposer's name", "proposals", "メルカリ", true, []string{"ﾒﾙｶﾘ便の提案", "公園の管理"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			h := anon
			if c.staff {
				h = s.desk
			}
			slices.Sort(c.want)
			if got := s.hits(c.list, c.query, h...); !slices.Equal(got, c.want) {
				t.Errorf("%s %q: got %q, want %q", c.list, c.query, got, c.want)
			}
		})
	}
	// Words are counted after normalization: one ligature spells out four words.
	r := s.fails("BAD_USER_INPUT", `query($s: String) { caseStudies(filter: {search: $s}) { totalCount } }`, map[string]any{"s": "ﷺ ﷺ ﷺ ﷺ ﷺ"}, anon...)
	if f, _ := r.Errors[0].Extensions["field"].(string); f != "filter.search" {
		t.Errorf("the error names no field: %s", r.Raw)
	}
}

// TestSearchFollowsWrites: a text changed through the API is found by its new words and no
// longer by its old ones, a partner's new name finds the content that lists it, and rows from
// before the search texts existed are found once the server has started again.
func TestSearchFollowsWrites(t *testing.T) {
	t.Parallel()
	s := newSearchEnv(t)
	anon := []string{"X-Municipality", "kensaku"}
	ctx := context.Background()

	// A new case study, written and published through the API.
	d := s.ok(`mutation($p: ID!) { createCaseStudy(input: {title: "ｷｯﾁﾝｶｰの事例", summary: "概要", locality: "検索市", partnerIds: [$p], tags: ["食"]}) { id } }`,
		map[string]any{"p": model.GlobalID(model.OwnerOrganization, s.orgs["弘前ＡＩラボ合同会社"])}, s.desk...)
	id := get(d, "createCaseStudy", "id")
	s.ok(`mutation($id: ID!) { publish(id: $id) { id } }`, map[string]any{"id": id}, s.desk...)
	if got := s.hits("caseStudies", "きっちんかー", anon...); !slices.Equal(got, []string{"ｷｯﾁﾝｶｰの事例"}) {
		t.Fatalf("created: %q", got)
	}
	// Its tags and title changed: old words no longer find it.
	s.ok(`mutation($id: ID!) { updateCaseStudy(id: $id, input: {title: "移動販売の事例", tags: ["商い"]}, version: 2) { id } }`, map[string]any{"id": id}, s.desk...)
	for q, want := range map[string][]string{"きっちんかー": nil, "食": nil, "移動販売": {"移動販売の事例"}, "商い": {"移動販売の事例"}} {
		if got := s.hits("caseStudies", q, anon...); !slices.Equal(got, want) {
			t.Errorf("after update, %q: got %q, want %q", q, got, want)
		}
	}

	// A partner renamed: the content listing it follows, by old and new name.
	upd := `mutation($id: ID!, $in: OrganizationInput!, $v: Int!) { updateOrganization(id: $id, input: $in, version: $v) { version } }`
	s.ok(upd, map[string]any{"id": model.GlobalID(model.OwnerOrganization, s.orgs["株式会社メルカリ"]), "in": map[string]any{"name": "株式会社ソウゲン", "kana": "ソウゲン"}, "v": 1}, s.desk...)
	for list, want := range map[string][]string{"caseStudies": {"実証実験による交通改善"}, "agreements": {"包括連携協定"}, "projects": {"スマート農業"}} {
		if got := s.hits(list, "そうげん", anon...); !slices.Equal(got, want) {
			t.Errorf("%s after the partner's rename: got %q, want %q", list, got, want)
		}
		if got := s.hits(list, "めるかり", anon...); len(got) != 0 {
			t.Errorf("%s still finds the partner's old name: %q", list, got)
		}
	}
	if got := s.hits("proposals", "そうげん", s.desk...); len(got) != 2 {
		t.Errorf("proposals after the proposer's rename: %q", got)
	}

	// Rows written before search texts existed (or under older rules): a start fills them in.
	if _, err := s.st.DB.NewDelete().TableExpr("search_texts").Where("owner_type = ?", model.OwnerCaseStudy).Exec(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := s.st.DB.NewUpdate().TableExpr("search_texts").Set("version = 0").Set("body = ''").Where("owner_type = ?", model.OwnerProject).Exec(ctx); err != nil {
		t.Fatal(err)
	}
	if got := s.hits("caseStudies", "実証", anon...); len(got) != 0 {
		t.Fatalf("without texts: %q", got)
	}
	for range 2 { // a second start finds nothing left to do
		if err := s.st.Migrate(ctx); err != nil {
			t.Fatal(err)
		}
	}
	if got := s.hits("caseStudies", "実証", anon...); !slices.Equal(got, []string{"実証実験による交通改善"}) {
		t.Errorf("after backfill: %q", got)
	}
	if got := s.hits("projects", "郊外", anon...); !slices.Equal(got, []string{"スマート農業"}) {
		t.Errorf("after backfill of stale texts: %q", got)
	}
}
