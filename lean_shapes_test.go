package pppdesk_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/pppdesk/pppdesk/demo"
	"github.com/pppdesk/pppdesk/model"
)

// TestLeanNeverAnswersAnEmptyText asks for the long texts of a proposal, its organization
// and its challenge through every query shape that reaches a lean page or a lean loader —
// aliases, fragments on the Node interface, node(id:), nested relations, @include/@skip with
// variables, a names-only list beside the text in the same operation — and compares every
// answer with the row in the database: a lean row must never answer "" for a stored text.
func TestLeanNeverAnswersAnEmptyText(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	ctx := context.Background()
	mid := e.mid(demo.Slug)
	var prop model.User
	if err := e.st.DB.NewSelect().Model(&prop).Where("municipality_id = ? AND email = ?", mid, "proposer1@demo.pppdesk.jp").Scan(ctx); err != nil {
		t.Fatal(err)
	}
	st := stamps(e.now.Add(time.Hour))
	org := &model.Organization{MunicipalityID: mid, Name: "形団体", Kana: "カタチダンタイ", Kind: model.OrgCorporation, CorporateNumber: "7000012050002",
		Website: "https://katachi.example.jp", Address: "形市1-1", Description: "形の紹介" + strings.Repeat("え", 300), Public: true, Stamps: st}
	e.insert(org)
	ch := &model.Challenge{MunicipalityID: mid, Title: "形課題", Background: "形の背景" + strings.Repeat("お", 300), DesiredOutcome: "形の成果",
		Publishing: published(e.now.Add(-time.Hour)), Stamps: st}
	e.insert(ch)
	now := e.now
	pr := &model.Proposal{MunicipalityID: mid, Kind: model.ProposalChallenge, ChallengeID: &ch.ID, OrganizationID: org.ID, CreatedByID: prop.ID,
		Title: "形提案", Summary: "形の概要", Body: "形の本文" + strings.Repeat("か", 2000), DesiredScheme: "形の手法", ContactAffiliation: "形部",
		ContactName: "形 花子", ContactEmail: "katachi@example.jp", ContactPhone: "000-0000-0000", Status: model.ProposalSubmitted, SubmittedAt: &now, Stamps: st}
	e.insert(pr)
	desk := e.login("desk@demo.pppdesk.jp")
	pid, oid, cid := pr.GetID(), org.GetID(), ch.GetID()

	orgText := map[string]string{"kana": org.Kana, "corporateNumber": org.CorporateNumber, "website": org.Website, "address": org.Address, "description": org.Description}
	chText := map[string]string{"background": ch.Background, "desiredOutcome": ch.DesiredOutcome}
	propText := map[string]string{"summary": pr.Summary, "body": pr.Body, "desiredScheme": pr.DesiredScheme}
	contact := map[string]string{"affiliation": pr.ContactAffiliation, "name": pr.ContactName, "email": pr.ContactEmail, "phone": pr.ContactPhone}

	// check compares the texts of obj (keyed by alias = field name) with want.
	check := func(shape string, obj any, want map[string]string) {
		t.Helper()
		if obj == nil {
			t.Errorf("%s: no object", shape)
			return
		}
		for k, v := range want {
			if got := get(obj, k); got != v {
				t.Errorf("%s: %s = %.40q, want %.40q", shape, k, got, v)
			}
		}
	}
	// mine finds the seeded proposal's node in a proposals page.
	mine := func(d map[string]any, list string) any {
		for _, ed := range edges(d, list) {
			if nodeField(ed, "id") == pid {
				return get(ed, "node")
			}
		}
		return nil
	}
	const orgF = `kana corporateNumber website address description`
	const chF = `background desiredOutcome`
	const propF = `summary body desiredScheme contact { affiliation name email phone }`
	page := `proposals(first: 50, orderBy: {field: CREATED_AT, direction: DESC})`

	// Aliases over the texts, beside a names-only page of the same list.
	d := e.ok(`{ a: `+page+` { edges { node { id organization { name } challenge { title } } } }
		b: `+page+` { edges { node { id x: body y: summary z: desiredScheme o: organization { d: description k: kana } c: challenge { bg: background } } } } }`, nil, desk...)
	n := mine(d, "b")
	check("alias", map[string]any{"body": get(n, "x"), "summary": get(n, "y"), "desiredScheme": get(n, "z")}, propText)
	check("alias org", map[string]any{"description": get(n, "o", "d"), "kana": get(n, "o", "k")}, map[string]string{"description": org.Description, "kana": org.Kana})
	check("alias challenge", map[string]any{"background": get(n, "c", "bg")}, map[string]string{"background": ch.Background})

	// Aliases on the connection's edges and node fields themselves.
	d = e.ok(`{ a: `+page+` { edges { node { id organization { name } } } }
		pp: `+page+` { ee: edges { nn: node { id `+propF+` organization { `+orgF+` } challenge { `+chF+` } } } } }`, nil, desk...)
	n = nil
	for _, ed := range get(d, "pp", "ee").([]any) {
		if get(ed, "nn", "id") == pid {
			n = get(ed, "nn")
		}
	}
	check("aliased edges", n, propText)
	check("aliased edges org", get(n, "organization"), orgText)
	check("aliased edges challenge", get(n, "challenge"), chText)

	// Fragments on the Node interface, nested.
	d = e.ok(`{ `+page+` { edges { node { ...N } } } }
		fragment N on Node { id ... on Proposal { ...P organization { ...N2 } challenge { ... on Node { ... on Challenge { `+chF+` } } } } }
		fragment P on Proposal { `+propF+` }
		fragment N2 on Node { ... on Organization { `+orgF+` } }`, nil, desk...)
	n = mine(d, "proposals")
	check("interface fragment", n, propText)
	check("interface fragment contact", get(n, "contact"), contact)
	check("interface fragment org", get(n, "organization"), orgText)
	check("interface fragment challenge", get(n, "challenge"), chText)

	// node(id:) and the single-object fields, with their relations, beside a lean page.
	d = e.ok(`query($p: ID!, $o: ID!, $c: ID!) { `+page+` { edges { node { id organization { name } challenge { title } } } }
		p: node(id: $p) { ... on Proposal { `+propF+` organization { `+orgF+` } challenge { `+chF+` } } }
		o: node(id: $o) { ... on Organization { `+orgF+` } }
		c: node(id: $c) { ... on Challenge { `+chF+` } }
		q: proposal(id: $p) { organization { `+orgF+` } challenge { `+chF+` } }
		ch: challenge(id: $c) { `+chF+` }
		pa: partner(id: $o) { `+orgF+` } }`, map[string]any{"p": pid, "o": oid, "c": cid}, desk...)
	check("node proposal", get(d, "p"), propText)
	check("node proposal contact", get(d, "p", "contact"), contact)
	check("node proposal org", get(d, "p", "organization"), orgText)
	check("node proposal challenge", get(d, "p", "challenge"), chText)
	check("node organization", get(d, "o"), orgText)
	check("node challenge", get(d, "c"), chText)
	check("proposal org", get(d, "q", "organization"), orgText)
	check("proposal challenge", get(d, "q", "challenge"), chText)
	check("challenge", get(d, "ch"), chText)
	check("partner", get(d, "pa"), orgText)

	// @include/@skip with variables, on the texts and on the node itself.
	for _, v := range []map[string]any{{"t": true, "f": false}} {
		d = e.ok(`query($t: Boolean!, $f: Boolean!) { `+page+` { edges { node { id
			body @include(if: $t) summary @skip(if: $f) desiredScheme @include(if: $t)
			contact @include(if: $t) { affiliation name email phone }
			organization { name ... @include(if: $t) { `+orgF+` } }
			challenge { title ...C @skip(if: $f) } } } } }
			fragment C on Challenge { `+chF+` }`, v, desk...)
		n = mine(d, "proposals")
		check("include", n, propText)
		check("include contact", get(n, "contact"), contact)
		check("include org", get(n, "organization"), orgText)
		check("include challenge", get(n, "challenge"), chText)
	}

	// The lists of challenges and partners through interface fragments.
	d = e.ok(`{ challenges(first: 100) { edges { node { ... on Node { id ... on Challenge { `+chF+` } } } } }
		partners(first: 100) { edges { node { ...O } } } }
		fragment O on Node { id ... on Organization { `+orgF+` } }`, nil, desk...)
	var seenC, seenO bool
	for _, ed := range edges(d, "challenges") {
		if nodeField(ed, "id") == cid {
			seenC = true
			check("challenges list", get(ed, "node"), chText)
		}
	}
	for _, ed := range edges(d, "partners") {
		if nodeField(ed, "id") == oid {
			seenO = true
			check("partners list", get(ed, "node"), orgText)
		}
	}
	if !seenC || !seenO {
		t.Errorf("seeded rows not listed: challenge %v, organization %v", seenC, seenO)
	}

	// A proposer's own organization through me, beside a names-only page sharing the loader.
	proposer := e.login("proposer1@demo.pppdesk.jp")
	var own model.Organization
	if prop.OrganizationID == nil {
		t.Fatal("proposer1 has no organization")
	}
	if err := e.st.DB.NewSelect().Model(&own).Where("id = ?", *prop.OrganizationID).Scan(ctx); err != nil {
		t.Fatal(err)
	}
	d = e.ok(`{ proposals(first: 50) { edges { node { id organization { name } } } } me { organization { `+orgF+` } } }`, nil, proposer...)
	check("me organization", get(d, "me", "organization"), map[string]string{"kana": own.Kana, "corporateNumber": own.CorporateNumber,
		"website": own.Website, "address": own.Address, "description": own.Description})
	for _, ed := range edges(d, "proposals") {
		if get(ed, "node", "organization", "name") != own.Name {
			t.Errorf("proposer's page shows organization %v", get(ed, "node", "organization", "name"))
		}
	}

	// Nothing was written back: the rows are as seeded.
	var after model.Proposal
	if err := e.st.DB.NewSelect().Model(&after).Where("id = ?", pr.ID).Scan(ctx); err != nil {
		t.Fatal(err)
	}
	if after.Body != pr.Body || after.ContactEmail != pr.ContactEmail {
		t.Errorf("proposal changed: %.40q", after.Body)
	}
}
