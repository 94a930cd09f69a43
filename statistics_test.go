package pppdesk_test

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/pppdesk/pppdesk/model"
)

var jst = time.FixedZone("JST", 9*60*60)

// seededYears is the statistics fixture: proposals of Aomori over 年度 2024 and 2025 (and one
// on each side of them), made through the API with the clock set to each step's Asia/Tokyo
// time, so the history, messages, assignments and outcomes are what the real mutations write.
// The figures of the tests below are counted by hand from this list:
//
//	P0  FREE      PFI            submitted 2024-03-31 23:30 (年度 2023: outside)
//	P1  FREE      PFI            submitted 2024-04-01 00:00 (UTC still 3/31); public desk message +1.5 d,
//	                             assigned +2 d, ACCEPTED +10 d, linked to a new project
//	P4  FREE      draft, never submitted
//	P2  CHALLENGE 実証実験サポート submitted 2024-06-10 09:00; internal note +1 h (not a response),
//	                             assigned +4 d, department's public message +10 d, DECLINED +20 d
//	P5  FREE      draft withdrawn before submission (never counts)
//	P3  FREE      PFI            submitted 2025-03-31 23:59 (年度 2024); proposer's message (not a
//	                             response), withdrawn by the proposer (not a response)
//	P6  FREE      指定管理者      submitted 2025-04-01 00:00 (年度 2025); assigned +3 d, ACCEPTED +20 d,
//	                             linked to a new agreement
//	P7  FREE      PFI            submitted 2025-05-15 12:00; public desk message +0.5 d; never assigned
//	P8  FREE      指定管理者      submitted 2025-05-20 00:00; assigned +7 d, ACCEPTED +30 d, linked to a
//	                             new project and a new agreement
//	P9  CHALLENGE 実証実験サポート submitted 2026-03-31 23:00 (年度 2025); nothing else
//	P10 FREE      PFI            submitted 2026-04-01 00:30 (年度 2026: outside)
func seededYears(t *testing.T) *env {
	t.Helper()
	e := newEnv(t, true)
	dept := e.departmentIDs()["経済部"]
	opened := time.Date(2024, 1, 1, 0, 0, 0, 0, jst)
	ch := &model.Challenge{MunicipalityID: e.mid("aomori"), Title: "統計用の課題", Publishing: published(opened), Stamps: stamps(opened)}
	e.insert(ch)
	challenge := model.GlobalID(model.OwnerChallenge, ch.ID)

	at := func(s string) {
		t.Helper()
		tm, err := time.ParseInLocation("2006-01-02 15:04", s, jst)
		if err != nil {
			t.Fatal(err)
		}
		e.mu.Lock()
		e.now = tm
		e.mu.Unlock()
	}
	// Each step signs in at its own time: tokens are valid for hours, the fixture spans years.
	proposer := func() []string { return e.login("proposer1@demo.pppdesk.jp") }
	desk := func() []string { return e.login("desk@demo.pppdesk.jp") }
	keizai := func() []string { return e.login("keizai@demo.pppdesk.jp") }
	create := func(when, kind, scheme string) string {
		at(when)
		var c any
		if kind == "CHALLENGE" {
			c = challenge
		}
		in := proposalInput(kind, c)
		in["desiredScheme"] = scheme
		return get(e.ok(createProposal, map[string]any{"in": in}, proposer()...), "createProposal", "proposal", "id").(string)
	}
	submit := func(when, id string) {
		at(when)
		e.ok(`mutation($id: ID!) { submitProposal(id: $id, acceptTerms: true) { proposal { id } } }`, map[string]any{"id": id}, proposer()...)
	}
	assign := func(when, id string) {
		at(when)
		e.ok(`mutation($id: ID!, $d: [ID!]!) { assignProposal(id: $id, departmentIds: $d) { proposal { id } } }`, map[string]any{"id": id, "d": []any{dept}}, desk()...)
	}
	message := func(when, id string, internal bool, who func() []string) {
		at(when)
		e.ok(`mutation($id: ID!, $i: Boolean!) { postProposalMessage(proposalId: $id, body: "ご連絡です。", internal: $i) { proposal { id } } }`,
			map[string]any{"id": id, "i": internal}, who()...)
	}
	decide := func(when, id, decision string) {
		at(when)
		e.ok(`mutation($id: ID!, $d: ProposalDecision!) { decideProposal(id: $id, decision: $d, reason: "検討の結果です。") { proposal { id } } }`,
			map[string]any{"id": id, "d": decision}, desk()...)
	}
	withdraw := func(when, id string) {
		at(when)
		e.ok(`mutation($id: ID!) { withdrawProposal(id: $id, reason: "事情により") { proposal { id } } }`, map[string]any{"id": id}, proposer()...)
	}
	link := func(when, id string, project, agreement bool) {
		at(when)
		vars := map[string]any{"id": id}
		if project {
			vars["p"] = map[string]any{"kind": "PARTNERSHIP"}
		}
		if agreement {
			vars["a"] = map[string]any{"kind": "BUSINESS"}
		}
		e.ok(`mutation($id: ID!, $p: NewOutcomeProjectInput, $a: NewOutcomeAgreementInput) {
		  linkProposalOutcome(id: $id, newProject: $p, newAgreement: $a) { proposal { id } } }`, vars, desk()...)
	}

	p0 := create("2024-03-25 10:00", "FREE", "PFI")
	p1 := create("2024-03-31 12:00", "FREE", "PFI")
	submit("2024-03-31 23:30", p0)
	submit("2024-04-01 00:00", p1)
	message("2024-04-02 12:00", p1, false, desk)
	assign("2024-04-03 00:00", p1)
	decide("2024-04-11 00:00", p1, "ACCEPTED")
	link("2024-04-12 00:00", p1, true, false)
	create("2024-05-01 10:00", "FREE", "PFI") // P4 stays a draft
	p2 := create("2024-06-01 10:00", "CHALLENGE", "実証実験サポート")
	submit("2024-06-10 09:00", p2)
	message("2024-06-10 10:00", p2, true, desk)
	assign("2024-06-14 09:00", p2)
	message("2024-06-20 09:00", p2, false, keizai)
	decide("2024-06-30 09:00", p2, "DECLINED")
	p5 := create("2024-07-01 10:00", "FREE", "PFI")
	withdraw("2024-07-02 10:00", p5)
	p3 := create("2025-03-30 10:00", "FREE", "PFI")
	p6 := create("2025-03-31 10:00", "FREE", "指定管理者")
	submit("2025-03-31 23:59", p3)
	submit("2025-04-01 00:00", p6)
	message("2025-04-01 09:00", p3, false, proposer)
	assign("2025-04-04 00:00", p6)
	withdraw("2025-04-05 00:00", p3)
	decide("2025-04-21 00:00", p6, "ACCEPTED")
	link("2025-04-22 00:00", p6, false, true)
	p7 := create("2025-05-10 10:00", "FREE", "PFI")
	p8 := create("2025-05-10 11:00", "FREE", "指定管理者")
	submit("2025-05-15 12:00", p7)
	message("2025-05-16 00:00", p7, false, desk)
	submit("2025-05-20 00:00", p8)
	assign("2025-05-27 00:00", p8)
	decide("2025-06-19 00:00", p8, "ACCEPTED")
	link("2025-06-20 00:00", p8, true, true)
	p9 := create("2026-03-20 10:00", "CHALLENGE", "実証実験サポート")
	p10 := create("2026-03-25 10:00", "FREE", "PFI")
	submit("2026-03-31 23:00", p9)
	submit("2026-04-01 00:30", p10)

	e.mu.Lock()
	e.now = testNow
	e.mu.Unlock()
	return e
}

const periodFields = `label fiscalYear start end received receivedByKind { key count } receivedByScheme { key count }
  assigned accepted declined withdrawn becameProjects becameAgreements
  daysToFirstResponse { count median p90 } daysToDecision { count median p90 }`

const deskStatisticsQuery = `query($f: Date!, $t: Date!, $g: StatisticsGrouping!) {
  deskStatistics(from: $f, to: $t, groupBy: $g) { from to groupBy periods { ` + periodFields + ` } total { ` + periodFields + ` } } }`

// figures is a hand-counted period.
type figures struct {
	label                                string
	fiscalYear                           int
	start, end                           string
	received                             int
	kinds                                [2]int // FREE, CHALLENGE
	schemes                              []any  // key, count, … in the answer's order
	assigned, accepted, declined, withdr int
	projects, agreements                 int
	response, decision                   []any // count, median, p90 (nil when none)
}

func (f figures) check(t *testing.T, got any) {
	t.Helper()
	want := map[string]any{"label": f.label, "fiscalYear": float64(f.fiscalYear), "start": f.start, "end": f.end,
		"received": float64(f.received), "assigned": float64(f.assigned), "accepted": float64(f.accepted),
		"declined": float64(f.declined), "withdrawn": float64(f.withdr), "becameProjects": float64(f.projects),
		"becameAgreements": float64(f.agreements)}
	for k, w := range want {
		if g := get(got, k); g != w {
			t.Errorf("%s: %s = %v, want %v", f.label, k, g, w)
		}
	}
	kinds := []any{map[string]any{"key": "FREE", "count": float64(f.kinds[0])}, map[string]any{"key": "CHALLENGE", "count": float64(f.kinds[1])}}
	if g := get(got, "receivedByKind"); !equalJSON(g, kinds) {
		t.Errorf("%s: receivedByKind = %v, want %v", f.label, g, kinds)
	}
	schemes := []any{}
	for i := 0; i+1 < len(f.schemes); i += 2 {
		schemes = append(schemes, map[string]any{"key": f.schemes[i], "count": float64(f.schemes[i+1].(int))})
	}
	if g := get(got, "receivedByScheme"); !equalJSON(g, schemes) {
		t.Errorf("%s: receivedByScheme = %v, want %v", f.label, g, schemes)
	}
	for name, w := range map[string][]any{"daysToFirstResponse": f.response, "daysToDecision": f.decision} {
		d := map[string]any{"count": float64(w[0].(int)), "median": w[1], "p90": w[2]}
		if g := get(got, name); !equalJSON(g, d) {
			t.Errorf("%s: %s = %v, want %v", f.label, name, g, d)
		}
	}
}

func equalJSON(a, b any) bool {
	switch x := a.(type) {
	case []any:
		y, ok := b.([]any)
		if !ok || len(x) != len(y) {
			return false
		}
		for i := range x {
			if !equalJSON(x[i], y[i]) {
				return false
			}
		}
		return true
	case map[string]any:
		y, ok := b.(map[string]any)
		if !ok || len(x) != len(y) {
			return false
		}
		for k := range x {
			if !equalJSON(x[k], y[k]) {
				return false
			}
		}
		return true
	}
	return a == b
}

var (
	fy2024 = figures{label: "2024年度", fiscalYear: 2024, start: "2024-04-01", end: "2025-03-31", received: 3, kinds: [2]int{2, 1},
		schemes: []any{"PFI", 2, "実証実験サポート", 1}, assigned: 2, accepted: 1, declined: 1, withdr: 1, projects: 1, agreements: 0,
		// first responses 1.5 (P1: the message before the assignment) and 4 (P2): rank ceil(0.5×2)=1, ceil(0.9×2)=2
		response: []any{2, 1.5, 4.0}, decision: []any{2, 10.0, 20.0}}
	fy2025 = figures{label: "2025年度", fiscalYear: 2025, start: "2025-04-01", end: "2026-03-31", received: 4, kinds: [2]int{3, 1},
		schemes: []any{"指定管理者", 2, "PFI", 1, "実証実験サポート", 1}, assigned: 2, accepted: 2, declined: 0, withdr: 0, projects: 1, agreements: 2,
		// 0.5 (P7), 3 (P6), 7 (P8): ranks 2 and 3
		response: []any{3, 3.0, 7.0}, decision: []any{2, 20.0, 30.0}}
	bothYears = figures{label: "合計", fiscalYear: 2024, start: "2024-04-01", end: "2026-03-31", received: 7, kinds: [2]int{5, 2},
		schemes: []any{"PFI", 3, "実証実験サポート", 2, "指定管理者", 2}, assigned: 4, accepted: 3, declined: 1, withdr: 1, projects: 2, agreements: 2,
		// 0.5 1.5 3 4 7: ranks 3 and 5; 10 20 20 30: ranks 2 and 4
		response: []any{5, 3.0, 7.0}, decision: []any{4, 20.0, 30.0}}
)

// TestDeskStatisticsSeededYears: every figure of two fiscal years and their total matches the
// hand count, by fiscal year and by month, on the 3/31–4/1 boundaries in Asia/Tokyo.
func TestDeskStatisticsSeededYears(t *testing.T) {
	t.Parallel()
	e := seededYears(t)
	desk := e.login("desk@demo.pppdesk.jp")

	d := e.ok(deskStatisticsQuery, map[string]any{"f": "2024-04-01", "t": "2026-03-31", "g": "FISCAL_YEAR"}, desk...)
	st := get(d, "deskStatistics")
	if get(st, "from") != "2024-04-01" || get(st, "to") != "2026-03-31" || get(st, "groupBy") != "FISCAL_YEAR" {
		t.Errorf("range echoed as %v %v %v", get(st, "from"), get(st, "to"), get(st, "groupBy"))
	}
	if ps, _ := get(st, "periods").([]any); len(ps) != 2 {
		t.Fatalf("want 2 periods, got %v", get(st, "periods"))
	}
	fy2024.check(t, get(st, "periods", 0))
	fy2025.check(t, get(st, "periods", 1))
	bothYears.check(t, get(st, "total"))

	// By month, over a range cut inside months: March 2025 (年度 2024) to May 2025.
	d = e.ok(deskStatisticsQuery, map[string]any{"f": "2025-03-15", "t": "2025-05-19", "g": "MONTH"}, desk...)
	st = get(d, "deskStatistics")
	none := []any{0, nil, nil}
	months := []figures{
		{label: "2025-03", fiscalYear: 2024, start: "2025-03-15", end: "2025-03-31", received: 1, kinds: [2]int{1, 0},
			schemes: []any{"PFI", 1}, withdr: 1, response: none, decision: none},
		{label: "2025-04", fiscalYear: 2025, start: "2025-04-01", end: "2025-04-30", received: 1, kinds: [2]int{1, 0},
			schemes: []any{"指定管理者", 1}, assigned: 1, accepted: 1, agreements: 1, response: []any{1, 3.0, 3.0}, decision: []any{1, 20.0, 20.0}},
		// P8 (5/20) is after the range's last day.
		{label: "2025-05", fiscalYear: 2025, start: "2025-05-01", end: "2025-05-19", received: 1, kinds: [2]int{1, 0},
			schemes: []any{"PFI", 1}, response: []any{1, 0.5, 0.5}, decision: none},
	}
	ps, _ := get(st, "periods").([]any)
	if len(ps) != len(months) {
		t.Fatalf("want %d months, got %v", len(months), ps)
	}
	for i, m := range months {
		m.check(t, ps[i])
	}
	figures{label: "合計", fiscalYear: 2024, start: "2025-03-15", end: "2025-05-19", received: 3, kinds: [2]int{3, 0},
		schemes: []any{"PFI", 2, "指定管理者", 1}, assigned: 1, accepted: 1, withdr: 1, agreements: 1,
		response: []any{2, 0.5, 3.0}, decision: []any{1, 20.0, 20.0}}.check(t, get(st, "total"))

	// A whole year by month has twelve months, April first; empty months answer zeros and nulls.
	d = e.ok(deskStatisticsQuery, map[string]any{"f": "2024-04-01", "t": "2025-03-31", "g": "MONTH"}, desk...)
	ps, _ = get(d, "deskStatistics", "periods").([]any)
	if len(ps) != 12 || get(ps[0], "label") != "2024-04" || get(ps[11], "label") != "2025-03" {
		t.Fatalf("a fiscal year by month: %v", ps)
	}
	received := 0.0
	for _, p := range ps {
		received += get(p, "received").(float64)
	}
	if received != 3 || get(ps[1], "received") != 0.0 || get(ps[1], "daysToDecision", "median") != nil {
		t.Errorf("months of 年度 2024: %v received, May %v", received, ps[1])
	}
}

// TestDeskStatisticsDoesNotCrossMunicipalities: another municipality's desk sees its own
// (empty) figures, never Aomori's.
func TestDeskStatisticsDoesNotCrossMunicipalities(t *testing.T) {
	t.Parallel()
	e := seededYears(t)
	other := otherDesk(e)
	d := e.ok(deskStatisticsQuery, map[string]any{"f": "2024-04-01", "t": "2026-03-31", "g": "FISCAL_YEAR"}, other...)
	if got := get(d, "deskStatistics", "total", "received"); got != 0.0 {
		t.Errorf("弘前市's desk counts %v proposals", got)
	}
	p := e.ok(`{ publicStatistics(from: "2024-04-01", to: "2026-03-31") { periods { received } } }`, nil, "X-Municipality", "hirosaki")
	for _, per := range get(p, "publicStatistics", "periods").([]any) {
		if get(per, "received") != 0.0 {
			t.Errorf("弘前市's public statistics count Aomori's proposals: %v", p)
		}
	}
}

// otherDesk makes a second municipality with a desk account and answers its headers.
func otherDesk(e *env) []string {
	e.t.Helper()
	m := e.municipality("hirosaki", "弘前市")
	hash, err := cheapHash("other desk password")
	if err != nil {
		e.t.Fatal(err)
	}
	e.insert(&model.User{MunicipalityID: m.ID, Email: "desk@hirosaki.example.jp", PasswordHash: hash, DisplayName: "弘前デスク", Role: model.RoleDesk, Stamps: stamps(testNow)})
	tok := e.ok(`mutation { login(email: "desk@hirosaki.example.jp", password: "other desk password") { token } }`, nil, "X-Municipality", "hirosaki")
	return []string{"Authorization", "Bearer " + get(tok, "login", "token").(string), "X-Municipality", "hirosaki"}
}

// TestPublicStatistics: received and realised (a project or an agreement) per fiscal year
// and month, for anyone, by default from the first proposal's fiscal year to the current one.
func TestPublicStatistics(t *testing.T) {
	t.Parallel()
	e := seededYears(t)
	q := `query($f: Date, $t: Date, $g: StatisticsGrouping!) { publicStatistics(from: $f, to: $t, groupBy: $g) { periods { label fiscalYear start end received realised } } }`
	period := func(label string, fy int, start, end string, received, realised int) map[string]any {
		return map[string]any{"label": label, "fiscalYear": float64(fy), "start": start, "end": end, "received": float64(received), "realised": float64(realised)}
	}
	// The outcomes linkProposalOutcome made are drafts: no proposal counts as realised
	// until its project or agreement is published (the review's rule), then they do.
	d := e.ok(q, map[string]any{"g": "FISCAL_YEAR"})
	for _, p := range get(d, "publicStatistics", "periods").([]any) {
		if get(p, "fiscalYear") != float64(2026) && get(p, "realised") != float64(0) {
			t.Errorf("realised counts a draft outcome: %v", p)
		}
	}
	publishOutcomes(t, e)
	// The demo's own proposals are of 年度 2026 (the clock is 2026-11-29): 6 submitted, 1 realised.
	d = e.ok(q, map[string]any{"g": "FISCAL_YEAR"})
	want := []any{
		period("2023年度", 2023, "2023-04-01", "2024-03-31", 1, 0),
		period("2024年度", 2024, "2024-04-01", "2025-03-31", 3, 1),
		period("2025年度", 2025, "2025-04-01", "2026-03-31", 4, 2),
		period("2026年度", 2026, "2026-04-01", "2027-03-31", 1+demoSubmitted(t, e), demoRealised(t, e)),
	}
	if got := get(d, "publicStatistics", "periods"); !equalJSON(got, want) {
		t.Errorf("default range:\n got %v\nwant %v", got, want)
	}
	d = e.ok(q, map[string]any{"f": "2025-03-01", "t": "2025-04-30", "g": "MONTH"}, e.login("proposer2@demo.pppdesk.jp")...)
	want = []any{period("2025-03", 2024, "2025-03-01", "2025-03-31", 1, 0), period("2025-04", 2025, "2025-04-01", "2025-04-30", 1, 1)}
	if got := get(d, "publicStatistics", "periods"); !equalJSON(got, want) {
		t.Errorf("by month:\n got %v\nwant %v", got, want)
	}
	// Only from: up to the current fiscal year.
	d = e.ok(q, map[string]any{"f": "2025-04-01", "g": "FISCAL_YEAR"})
	if ps := get(d, "publicStatistics", "periods").([]any); len(ps) != 2 || get(ps[1], "end") != "2027-03-31" {
		t.Errorf("from 2025-04-01: %v", ps)
	}
	// A day cannot be asked for: the range widens to whole months or fiscal years, so
	// 2024-04-01 alone (P1's day) reads as April 2024 or 年度 2024.
	d = e.ok(q, map[string]any{"f": "2024-04-01", "t": "2024-04-01", "g": "MONTH"})
	if want := []any{period("2024-04", 2024, "2024-04-01", "2024-04-30", 1, 1)}; !equalJSON(get(d, "publicStatistics", "periods"), want) {
		t.Errorf("one day by month: %v", get(d, "publicStatistics", "periods"))
	}
	d = e.ok(q, map[string]any{"f": "2024-04-02", "t": "2024-04-02", "g": "MONTH"})
	if want := []any{period("2024-04", 2024, "2024-04-01", "2024-04-30", 1, 1)}; !equalJSON(get(d, "publicStatistics", "periods"), want) {
		t.Errorf("a day without proposals by month: %v", get(d, "publicStatistics", "periods"))
	}
	d = e.ok(q, map[string]any{"f": "2025-03-31", "t": "2025-03-31", "g": "FISCAL_YEAR"})
	if want := []any{period("2024年度", 2024, "2024-04-01", "2025-03-31", 3, 1)}; !equalJSON(get(d, "publicStatistics", "periods"), want) {
		t.Errorf("one day by fiscal year: %v", get(d, "publicStatistics", "periods"))
	}
	// The desk's figures stay exact to the day.
	d = e.ok(deskStatisticsQuery, map[string]any{"f": "2024-04-02", "t": "2024-04-02", "g": "MONTH"}, e.login("desk@demo.pppdesk.jp")...)
	if get(d, "deskStatistics", "total", "received") != float64(0) || get(d, "deskStatistics", "total", "start") != "2024-04-02" {
		t.Errorf("desk, one day: %v", get(d, "deskStatistics", "total"))
	}
}

// publishOutcomes publishes every project and agreement a proposal of the municipality is
// linked to, as the desk.
func publishOutcomes(t *testing.T, e *env) {
	t.Helper()
	desk := e.login("desk@demo.pppdesk.jp")
	for _, p := range demoProposals(t, e) {
		for _, k := range []string{"project", "agreement"} {
			if o, ok := get(p, k).(map[string]any); ok && o["publicationState"] == "DRAFT" {
				if k == "agreement" {
					e.ok(`mutation($id: ID!) { updateAgreement(id: $id, input: {signedOn: "2025-04-22"}, version: 1) { id } }`, map[string]any{"id": o["id"]}, desk...)
				}
				e.ok(`mutation($id: ID!) { publish(id: $id) { id } }`, map[string]any{"id": o["id"]}, desk...)
			}
		}
	}
}

// demoSubmitted and demoRealised count the demo's own proposals of 年度 2026 through the desk's
// list, so the test does not copy the demo data.
func demoSubmitted(t *testing.T, e *env) int {
	n := 0
	for _, p := range demoProposals(t, e) {
		if get(p, "status") != "DRAFT" && get(p, "title") != "除雪データの活用提案" {
			n++
		}
	}
	return n
}

func demoRealised(t *testing.T, e *env) int {
	n := 0
	for _, p := range demoProposals(t, e) {
		if get(p, "title") != "除雪データの活用提案" && (get(p, "project", "publicationState") == "PUBLISHED" || get(p, "agreement", "publicationState") == "PUBLISHED") {
			n++
		}
	}
	return n
}

func demoProposals(t *testing.T, e *env) []any {
	t.Helper()
	d := e.ok(`{ proposals(first: 100) { edges { node { title status project { id publicationState } agreement { id publicationState } } } } }`, nil, e.login("desk@demo.pppdesk.jp")...)
	var out []any
	for _, edge := range edges(d, "proposals") {
		out = append(out, get(edge, "node"))
	}
	return out
}

// TestStatisticsBadInput: a reversed or too long range and a malformed date are
// BAD_USER_INPUT naming the argument, on the query and on the CSV export.
func TestStatisticsBadInput(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	desk := e.login("desk@demo.pppdesk.jp")
	cases := []struct {
		from, to, field string
	}{
		{"2025-04-01", "2025-03-31", "to"},
		{"2006-04-01", "2026-04-01", "to"},
		{"2006-04-01", "2030-01-01", "to"},
	}
	for _, c := range cases {
		r := e.fails("BAD_USER_INPUT", deskStatisticsQuery, map[string]any{"f": c.from, "t": c.to, "g": "FISCAL_YEAR"}, desk...)
		if f := r.Errors[0].Extensions["field"]; f != c.field {
			t.Errorf("%s–%s: field %v, want %s (%s)", c.from, c.to, f, c.field, r.Raw)
		}
		r = e.fails("BAD_USER_INPUT", `query($f: Date, $t: Date) { publicStatistics(from: $f, to: $t) { periods { label } } }`, map[string]any{"f": c.from, "t": c.to})
		if f := r.Errors[0].Extensions["field"]; f != c.field {
			t.Errorf("public %s–%s: field %v, want %s (%s)", c.from, c.to, f, c.field, r.Raw)
		}
	}
	// Exactly twenty years is allowed; the same day a year later is not.
	e.ok(deskStatisticsQuery, map[string]any{"f": "2006-04-01", "t": "2026-03-31", "g": "MONTH"}, desk...)
	e.fails("BAD_USER_INPUT", deskStatisticsQuery, map[string]any{"f": "2025-02-30", "t": "2025-03-31", "g": "MONTH"}, desk...)

	for _, c := range []struct{ query, field string }{
		{"from=2025-04-01&to=2025-03-31", "to"},
		{"from=2025-4-1&to=2025-03-31", "from"},
		{"from=2025-04-01", "to"},
		{"from=2025-04-01&to=2025-05-01&groupBy=WEEK", "groupBy"},
	} {
		rec := e.csv(c.query, desk...)
		if rec.Code != http.StatusBadRequest || !strings.HasPrefix(rec.Body.String(), c.field+":") {
			t.Errorf("%s: %d %q, want 400 naming %s", c.query, rec.Code, rec.Body.String(), c.field)
		}
	}
}

// csv sends GET /exports/statistics.csv with a query string.
func (e *env) csv(query string, headers ...string) *httptest.ResponseRecorder {
	e.t.Helper()
	req := httptest.NewRequest(http.MethodGet, "/exports/statistics.csv?"+query, nil)
	for i := 0; i+1 < len(headers); i += 2 {
		req.Header.Set(headers[i], headers[i+1])
	}
	rec := httptest.NewRecorder()
	e.srv.ServeHTTP(rec, req)
	return rec
}

// TestStatisticsCSV: the desk's CSV holds the hand-counted figures under Japanese headers,
// with a byte-order mark for Excel, never cached; everyone else is refused.
func TestStatisticsCSV(t *testing.T) {
	t.Parallel()
	e := seededYears(t)
	rec := e.csv("from=2024-04-01&to=2026-03-31&groupBy=FISCAL_YEAR", e.login("desk@demo.pppdesk.jp")...)
	if rec.Code != http.StatusOK {
		t.Fatalf("desk: %d %s", rec.Code, rec.Body.String())
	}
	if got := rec.Header().Get("Cache-Control"); got != "private, no-store" {
		t.Errorf("Cache-Control %q", got)
	}
	if got := rec.Header().Get("Content-Type"); got != "text/csv; charset=utf-8" {
		t.Errorf("Content-Type %q", got)
	}
	body := rec.Body.String()
	if !strings.HasPrefix(body, "\uFEFF") {
		t.Errorf("no byte-order mark: %q", body[:min(len(body), 20)])
	}
	want := strings.Join([]string{
		"期間,年度,開始日,終了日,受付件数,自由提案,課題提案,担当課依頼,採択,不採択,取下げ,事業化,協定締結," +
			"初回対応（件数）,初回対応日数（中央値）,初回対応日数（90パーセンタイル）,採否決定（件数）,採否決定日数（中央値）,採否決定日数（90パーセンタイル）," +
			"連携手法:PFI,連携手法:実証実験サポート,連携手法:指定管理者",
		"2024年度,2024,2024-04-01,2025-03-31,3,2,1,2,1,1,1,1,0,2,1.50,4.00,2,10.00,20.00,2,1,0",
		"2025年度,2025,2025-04-01,2026-03-31,4,3,1,2,2,0,0,1,2,3,3.00,7.00,2,20.00,30.00,1,1,2",
		"合計,2024,2024-04-01,2026-03-31,7,5,2,4,3,1,1,2,2,5,3.00,7.00,4,20.00,30.00,3,2,2",
	}, "\r\n") + "\r\n"
	if got := strings.TrimPrefix(body, "\uFEFF"); got != want {
		t.Errorf("CSV:\n got %q\nwant %q", got, want)
	}
	// By month: one row per month and the total.
	rec = e.csv("from=2025-04-01&to=2025-06-30&groupBy=MONTH", e.login("desk@demo.pppdesk.jp")...)
	if lines := strings.Split(strings.TrimSpace(rec.Body.String()), "\r\n"); rec.Code != http.StatusOK || len(lines) != 5 ||
		!strings.HasPrefix(lines[1], "2025-04,2025,") || !strings.HasPrefix(lines[4], "合計,") {
		t.Errorf("by month: %d %q", rec.Code, rec.Body.String())
	}

	const q = "from=2024-04-01&to=2026-03-31"
	for _, c := range []struct {
		who     string
		headers []string
		code    int
	}{
		{"anonymous", nil, http.StatusUnauthorized},
		{"proposer", e.login("proposer1@demo.pppdesk.jp"), http.StatusForbidden},
		{"department", e.login("keizai@demo.pppdesk.jp"), http.StatusForbidden},
		{"other municipality's desk at Aomori", as(otherDesk(e)[:2], "X-Municipality", "aomori"), http.StatusUnauthorized},
		{"a malformed token", []string{"Authorization", "Bearer nonsense"}, http.StatusUnauthorized},
	} {
		rec := e.csv(q, c.headers...)
		if rec.Code != c.code || strings.Contains(rec.Body.String(), "年度") {
			t.Errorf("%s: %d %q, want %d", c.who, rec.Code, rec.Body.String(), c.code)
		}
	}
	// The other desk at home gets its own, empty, figures.
	rec = e.csv(q, e.login2("desk@hirosaki.example.jp", "other desk password", "hirosaki")...)
	if lines := strings.Split(strings.TrimSpace(rec.Body.String()), "\r\n"); rec.Code != http.StatusOK || len(lines) != 4 ||
		!strings.HasPrefix(lines[3], "合計,2024,2024-04-01,2026-03-31,0,0,0,") {
		t.Errorf("other desk at home: %d %q", rec.Code, rec.Body.String())
	}
}

// login2 signs an account of another municipality in and answers its headers.
func (e *env) login2(email, password, slug string) []string {
	e.t.Helper()
	tok := e.ok(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`, map[string]any{"e": email, "p": password}, "X-Municipality", slug)
	return []string{"Authorization", "Bearer " + get(tok, "login", "token").(string), "X-Municipality", slug}
}

// TestStatisticsCostIsConstant: the figures of many proposals cost the statements of few —
// one read for the whole range, grouping in Go — for the desk's figures, the export and the
// published ones.
func TestStatisticsCostIsConstant(t *testing.T) {
	t.Parallel()
	e := seededYears(t)
	desk := e.login("desk@demo.pppdesk.jp")
	cost := func(f func()) int64 {
		before := e.st.Queries()
		f()
		return e.st.Queries() - before
	}
	desks := func(from, to, g string) func() {
		return func() { e.ok(deskStatisticsQuery, map[string]any{"f": from, "t": to, "g": g}, desk...) }
	}
	publics := func(from, to string) func() {
		return func() {
			e.ok(`query($f: Date, $t: Date) { publicStatistics(from: $f, to: $t) { periods { received } } }`, map[string]any{"f": from, "t": to})
		}
	}
	exports := func(from, to string) func() {
		return func() {
			if rec := e.csv("from="+from+"&to="+to, desk...); rec.Code != http.StatusOK {
				t.Fatalf("export: %d", rec.Code)
			}
		}
	}
	for _, c := range []struct {
		name      string
		few, many func()
	}{
		// One proposal (年度 2023's P0) against all eight of both years and their neighbours.
		{"deskStatistics", desks("2024-03-01", "2024-03-31", "FISCAL_YEAR"), desks("2024-03-01", "2026-04-30", "MONTH")},
		{"publicStatistics", publics("2024-03-01", "2024-03-31"), publics("2024-03-01", "2026-04-30")},
		{"export", exports("2024-03-01", "2024-03-31"), exports("2024-03-01", "2026-04-30")},
	} {
		c.few() // warm whatever the first request of a kind loads
		few, many := cost(c.few), cost(c.many)
		t.Logf("%s: 1 proposal → %d statements, 9 proposals → %d", c.name, few, many)
		if many != few {
			t.Errorf("%s: %d statements for 9 proposals, %d for 1", c.name, many, few)
		}
	}
	// The default range adds one statement (where the first proposal is), never more.
	if d, r := cost(func() {
		e.ok(`{ publicStatistics { periods { received } } }`, nil)
	}), cost(publics("2024-03-01", "2024-03-31")); d != r+1 {
		t.Errorf("the default range costs %d statements, an explicit one %d", d, r)
	}
}
