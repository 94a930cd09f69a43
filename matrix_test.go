package pppdesk_test

import (
	"context"
	"fmt"
	"sort"
	"testing"

	"github.com/pppdesk/pppdesk"
	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/store"
)

// The caller roles of the access-control matrix. Order matters: rows with side effects run
// the desk last.
var matrixRoles = []string{"public", "proposerOwner", "proposerOther", "deptAssigned", "deptOther", "deskOther", "desk"}

// fixtures are the rows a matrix row acts on, created fresh for every row.
type fixtures struct {
	e          *env
	headers    map[string][]string
	draftID    string // a draft challenge of 経済部 (商工政策課)
	liveID     string // a published challenge of 経済部 (商工政策課)
	caseID     string // a published case study
	ownOrg     string // proposer1's private organization
	victim     string // a DEPARTMENT account of 観光課 (under 経済部)
	agreement  string
	project    string
	announce   string
	partner    string
	method     string
	department string
	dialogue   string // proposer1's proposal, IN_DIALOGUE, assigned to 経済部, with a shared message and an internal note
	draft      string // proposer1's draft proposal
	accepted   string // proposer1's accepted proposal
	inquiry    string
	kankyoDept string
	revision   string // a revision of the published case study
	preview    string // a preview token for the draft challenge
	webhook    string
	shoko      string // 商工政策課 (under 経済部)
	deleted    string // a deleted announcement
	media      string // a photo of the published case study
	// customField is a STAFF custom field of proposals, with a value on the dialogue proposal.
	customField string
}

func newFixtures(t *testing.T) *fixtures {
	// The fixtures register webhooks on loopback (never delivered): allowed explicitly.
	e := newEnvOpts(t, allowPrivateWebhooks)
	ctx := context.Background()
	f := &fixtures{e: e, headers: map[string][]string{"public": nil}}
	mid := e.mid("aomori")
	deps, err := e.st.Departments(ctx, store.Viewer{MunicipalityID: mid})
	must(t, err)
	byName := map[string]*model.Department{}
	for _, d := range deps {
		byName[d.Name] = d
	}
	draft := &model.Challenge{MunicipalityID: mid, Title: "経済部の下書き", Background: "背景", DesiredOutcome: "成果", DepartmentID: &byName["商工政策課"].ID,
		Publishing: model.Publishing{PublicationState: model.StateDraft, Version: 1}, Stamps: stamps(testNow)}
	e.insert(draft)
	f.draftID = draft.GetID()
	live := &model.Challenge{MunicipalityID: mid, Title: "経済部の公開課題", Background: "背景", DesiredOutcome: "成果", DepartmentID: &byName["商工政策課"].ID,
		Publishing: published(testNow), Stamps: stamps(testNow)}
	e.insert(live)
	f.liveID = live.GetID()
	hash, _ := cheapHash("victim password")
	victim := &model.User{MunicipalityID: mid, Email: "victim@example.jp", PasswordHash: hash, DisplayName: "観光課", Role: model.RoleDepartment, DepartmentID: &byName["観光課"].ID, Stamps: stamps(testNow)}
	e.insert(victim)
	f.victim = victim.GetID()
	other := e.municipality("hirosaki", "弘前市")
	deskOther := &model.User{MunicipalityID: other.ID, Email: "desk@hirosaki.example.jp", PasswordHash: hash, DisplayName: "弘前デスク", Role: model.RoleDesk, Stamps: stamps(testNow)}
	e.insert(deskOther)
	d := e.ok(`{ caseStudies(first: 1) { edges { node { id } } } agreements(first: 1) { edges { node { id } } }
	  projects(first: 1) { edges { node { id } } } announcements(first: 1) { edges { node { id } } }
	  partners(first: 1) { edges { node { id } } } collaborationMethods(first: 1) { edges { node { id } } }
	  municipality { departments { id } } }`, nil)
	f.caseID = nodeField(edges(d, "caseStudies")[0], "id").(string)
	f.agreement = nodeField(edges(d, "agreements")[0], "id").(string)
	f.project = nodeField(edges(d, "projects")[0], "id").(string)
	f.announce = nodeField(edges(d, "announcements")[0], "id").(string)
	f.partner = nodeField(edges(d, "partners")[0], "id").(string)
	f.method = nodeField(edges(d, "collaborationMethods")[0], "id").(string)
	f.department = get(d, "municipality", "departments", 0, "id").(string)
	for role, email := range map[string]string{"proposerOwner": "proposer1@demo.pppdesk.jp", "proposerOther": "proposer2@demo.pppdesk.jp",
		"deptAssigned": "keizai@demo.pppdesk.jp", "deptOther": "kankyo@demo.pppdesk.jp", "desk": "desk@demo.pppdesk.jp"} {
		f.headers[role] = e.login(email)
	}
	tok := e.ok(`mutation { login(email: "desk@hirosaki.example.jp", password: "victim password") { token } }`, nil, "X-Municipality", "hirosaki")
	f.headers["deskOther"] = []string{"Authorization", "Bearer " + get(tok, "login", "token").(string)}
	org := e.ok(`{ me { organization { id } } }`, nil, f.headers["proposerOwner"]...)
	f.ownOrg = get(org, "me", "organization", "id").(string)

	p1, desk := f.headers["proposerOwner"], f.headers["desk"]
	deps2 := e.departmentIDs()
	f.kankyoDept = deps2["環境部"]
	newProposal := func() string {
		return get(e.ok(createProposal, map[string]any{"in": proposalInput("FREE", nil)}, p1...), "createProposal", "proposal", "id").(string)
	}
	submit := `mutation($id: ID!) { submitProposal(id: $id, acceptTerms: true) { proposal { id } } }`
	f.dialogue = newProposal()
	e.ok(submit, map[string]any{"id": f.dialogue}, p1...)
	e.ok(`mutation($id: ID!, $d: [ID!]!) { assignProposal(id: $id, departmentIds: $d) { proposal { id } } }`, map[string]any{"id": f.dialogue, "d": []any{deps2["経済部"]}}, desk...)
	e.ok(`mutation($id: ID!) { postProposalMessage(proposalId: $id, body: "共有", internal: false) { proposal { id } } }`, map[string]any{"id": f.dialogue}, desk...)
	e.ok(`mutation($id: ID!) { postProposalMessage(proposalId: $id, body: "庁内", internal: true) { proposal { id } } }`, map[string]any{"id": f.dialogue}, f.headers["deptAssigned"]...)
	f.draft = newProposal()
	f.accepted = newProposal()
	e.ok(submit, map[string]any{"id": f.accepted}, p1...)
	e.ok(`mutation($id: ID!) { decideProposal(id: $id, decision: ACCEPTED, reason: "良い") { proposal { id } } }`, map[string]any{"id": f.accepted}, desk...)
	e.ok(`mutation { submitInquiry(input: {name: "市民", email: "c@example.jp", subject: "件名", body: "内容"}) }`, nil)
	d = e.ok(`{ inquiries { edges { node { id } } } }`, nil, desk...)
	f.inquiry = nodeField(edges(d, "inquiries")[0], "id").(string)
	_, caseID, _ := model.ParseGlobalID(f.caseID)
	rev := &model.Revision{MunicipalityID: mid, OwnerType: model.OwnerCaseStudy, OwnerID: caseID, Number: 1, Data: `{"Title":"旧題"}`, CreatedAt: testNow}
	e.insert(rev)
	f.revision = model.GlobalID("Revision", rev.ID)
	d = e.ok(`mutation($id: ID!) { createPreviewToken(id: $id) { token } }`, map[string]any{"id": f.draftID}, desk...)
	f.preview = get(d, "createPreviewToken", "token").(string)
	d = e.ok(`mutation { registerWebhook(input: {url: "http://127.0.0.1:9/hook", events: [CONTENT_CHANGED], secret: "0123456789abcdef"}) { id } }`, nil, desk...)
	f.webhook = get(d, "registerWebhook", "id").(string)
	f.shoko = deps2["商工政策課"]
	d = e.ok(`mutation { createAnnouncement(input: {title: "消すお知らせ"}) { id } }`, nil, desk...)
	f.deleted = get(d, "createAnnouncement", "id").(string)
	e.ok(`mutation($id: ID!) { deleteAnnouncement(id: $id) }`, map[string]any{"id": f.deleted}, desk...)
	up := e.uploadTo(`mutation($p: ID!, $f: Upload!) { attachMedia(contentId: $p, file: $f) { id } }`, f.caseID, "写真.pdf", tinyPDF, desk...)
	f.media = get(up.Data, "attachMedia", "id").(string)
	d = e.ok(`mutation { defineCustomField(input: {key: "staffNote", target: PROPOSAL, labelJa: "職員メモ", type: TEXT, visibility: STAFF}) { id } }`, nil, desk...)
	f.customField = get(d, "defineCustomField", "id").(string)
	return f
}

// proposalVersion reads the current version of a proposal, for setProposalCustomFields.
func (f *fixtures) proposalVersion(gid string) int {
	_, id, _ := model.ParseGlobalID(gid)
	var p model.Proposal
	if err := f.e.st.DB.NewSelect().Model(&p).Where("id = ?", id).Scan(context.Background()); err != nil {
		f.e.t.Fatal(err)
	}
	return p.Version
}

// orgVersion reads the current version of proposer1's organization, for updates.
func (f *fixtures) orgVersion() int {
	_, id, _ := model.ParseGlobalID(f.ownOrg)
	var o model.Organization
	if err := f.e.st.DB.NewSelect().Model(&o).Where("id = ?", id).Scan(context.Background()); err != nil {
		f.e.t.Fatal(err)
	}
	return o.Version
}

type matrixRow struct {
	op     string
	query  string
	vars   func(f *fixtures, role string) map[string]any
	expect map[string]string // role → "ok" or an error code
	// total, when set, is the totalCount each role must see (lists: scope in SQL).
	total map[string]float64
	// upload sends the row as a multipart file upload to vars["id"] instead of JSON.
	upload bool
	// check inspects a successful answer for field-level protection.
	check func(t *testing.T, role string, d map[string]any)
}

func all(v string) map[string]string {
	m := map[string]string{}
	for _, r := range matrixRoles {
		m[r] = v
	}
	return m
}

func with(base map[string]string, kv ...string) map[string]string {
	m := map[string]string{}
	for k, v := range base {
		m[k] = v
	}
	for i := 0; i+1 < len(kv); i += 2 {
		m[kv[i]] = kv[i+1]
	}
	return m
}

func id(pick func(f *fixtures) string) func(*fixtures, string) map[string]any {
	return func(f *fixtures, _ string) map[string]any { return map[string]any{"id": pick(f)} }
}

// Published content is the same for everyone in the municipality; the other municipality's
// desk, whose token scopes it to its own, sees none of it.
var publicRead = with(all("ok"), "deskOther", "NOT_FOUND")
var signedIn = with(all("ok"), "public", "UNAUTHENTICATED")
var deskOnly = with(all("FORBIDDEN"), "public", "UNAUTHENTICATED", "desk", "ok", "deskOther", "ok")

// onDialogue is the shape of an action on the assigned proposal: who cannot see it gets
// NOT_FOUND, who sees it but may not act gets FORBIDDEN.
func onDialogue(kv ...string) map[string]string {
	return with(map[string]string{"public": "UNAUTHENTICATED", "proposerOwner": "FORBIDDEN", "proposerOther": "NOT_FOUND",
		"deptAssigned": "FORBIDDEN", "deptOther": "NOT_FOUND", "deskOther": "NOT_FOUND", "desk": "FORBIDDEN"}, kv...)
}

func matrixRows() []matrixRow {
	counts := func(aomori, other float64) map[string]float64 {
		m := map[string]float64{}
		for _, r := range matrixRoles {
			m[r] = aomori
		}
		m["deskOther"] = other
		return m
	}
	return []matrixRow{
		{op: "node", query: `query($id: ID!) { node(id: $id) { id } }`, vars: id(func(f *fixtures) string { return f.draftID }),
			expect: with(all("NOT_FOUND"), "deptAssigned", "ok", "desk", "ok")},
		{op: "municipality", query: `{ municipality { slug } }`, expect: all("ok"),
			check: func(t *testing.T, role string, d map[string]any) {
				if want := map[bool]string{true: "hirosaki", false: "aomori"}[role == "deskOther"]; get(d, "municipality", "slug") != want {
					t.Errorf("%s is scoped to %v", role, get(d, "municipality", "slug"))
				}
			}},
		{op: "challenges", query: `{ challenges(first: 100) { totalCount } }`, expect: all("ok"),
			total: with2(counts(5, 0), "deptAssigned", 6, "desk", 6)},
		{op: "challenge", query: `query($id: ID!) { challenge(id: $id) { id } }`, vars: id(func(f *fixtures) string { return f.draftID }),
			expect: with(all("NOT_FOUND"), "deptAssigned", "ok", "desk", "ok")},
		{op: "agreements", query: `{ agreements { totalCount } }`, expect: all("ok"), total: counts(1, 0)},
		{op: "agreement", query: `query($id: ID!) { agreement(id: $id) { id } }`, vars: id(func(f *fixtures) string { return f.agreement }), expect: publicRead},
		{op: "projects", query: `{ projects { totalCount } }`, expect: all("ok"), total: counts(3, 0)},
		{op: "project", query: `query($id: ID!) { project(id: $id) { id } }`, vars: id(func(f *fixtures) string { return f.project }), expect: publicRead},
		{op: "caseStudies", query: `{ caseStudies { totalCount } }`, expect: all("ok"), total: counts(20, 0)},
		{op: "caseStudy", query: `query($id: ID!) { caseStudy(id: $id) { id } }`, vars: id(func(f *fixtures) string { return f.caseID }), expect: publicRead},
		{op: "announcements", query: `{ announcements { totalCount } }`, expect: all("ok"),
			total: with2(counts(3, 0), "desk", 4)}, // the demo's draft announcement
		{op: "announcement", query: `query($id: ID!) { announcement(id: $id) { id } }`, vars: id(func(f *fixtures) string { return f.announce }), expect: publicRead},
		{op: "partners", query: `{ partners(first: 100) { totalCount } }`, expect: all("ok"), total: counts(22, 0)},
		{op: "partner", query: `query($id: ID!) { partner(id: $id) { id } }`, vars: id(func(f *fixtures) string { return f.partner }), expect: publicRead},
		{op: "collaborationMethods", query: `{ collaborationMethods { totalCount } }`, expect: all("ok"), total: counts(8, 0)},
		{op: "collaborationMethod", query: `query($id: ID!) { collaborationMethod(id: $id) { id } }`, vars: id(func(f *fixtures) string { return f.method }), expect: publicRead},
		{op: "me", query: `{ me { email role } }`, expect: all("ok"),
			check: func(t *testing.T, role string, d map[string]any) {
				if (role == "public") != (d["me"] == nil) || role != "public" && get(d, "me", "email") == nil {
					t.Errorf("%s me: %v", role, d)
				}
			}},
		{op: "users", query: `{ users(first: 100) { totalCount edges { node { email } } } }`, expect: signedIn,
			total: map[string]float64{"proposerOwner": 1, "proposerOther": 1, "deptAssigned": 2, "deptOther": 1, "desk": 6, "deskOther": 1},
			check: func(t *testing.T, role string, d map[string]any) {
				emails := 0
				for _, ed := range edges(d, "users") {
					if nodeField(ed, "email") != nil {
						emails++
					}
				}
				if want := map[bool]int{true: 6, false: 1}[role == "desk"]; emails != want {
					t.Errorf("%s reads %d emails, want %d", role, emails, want)
				}
			}},
		{op: "organization", query: `query($id: ID!) { organization(id: $id) { id } }`, vars: id(func(f *fixtures) string { return f.ownOrg }),
			expect: with(all("NOT_FOUND"), "proposerOwner", "ok", "desk", "ok")},

		{op: "proposals", query: `{ proposals(first: 100) { totalCount edges { node { contact { email } } } } }`, expect: signedIn,
			total: map[string]float64{"proposerOwner": 3, "proposerOther": 0, "deptAssigned": 1, "deptOther": 0, "deskOther": 0, "desk": 2}},
		{op: "proposal", query: `query($id: ID!) { proposal(id: $id) { contact { email } messages { internal author { displayName } } } }`,
			vars:   id(func(f *fixtures) string { return f.dialogue }),
			expect: onDialogue("proposerOwner", "ok", "deptAssigned", "ok", "desk", "ok"),
			check: func(t *testing.T, role string, d map[string]any) {
				msgs := get(d, "proposal", "messages").([]any)
				want := map[string]int{"proposerOwner": 1, "deptAssigned": 2, "desk": 2}[role]
				if get(d, "proposal", "contact", "email") == nil || len(msgs) != want {
					t.Errorf("%s reads contact %v and %d messages, want %d", role, get(d, "proposal", "contact"), len(msgs), want)
				}
				if role == "proposerOwner" && get(msgs[0], "author", "displayName") != nil {
					t.Errorf("staff name visible to the proposer")
				}
			}},
		{op: "proposalTerms", query: `{ proposalTerms { version } }`, expect: all("ok")},
		{op: "createProposal", query: createProposal, vars: func(*fixtures, string) map[string]any { return map[string]any{"in": proposalInput("FREE", nil)} },
			expect: with(all("FORBIDDEN"), "public", "UNAUTHENTICATED", "proposerOwner", "ok", "proposerOther", "ok")},
		{op: "updateProposal", query: `mutation($id: ID!) { updateProposal(id: $id, input: {title: "改"}, version: 1) { proposal { id } } }`,
			vars:   id(func(f *fixtures) string { return f.draft }),
			expect: with(all("NOT_FOUND"), "public", "UNAUTHENTICATED", "proposerOwner", "ok")},
		{op: "submitProposal", query: `mutation($id: ID!) { submitProposal(id: $id, acceptTerms: true) { proposal { id } } }`,
			vars: id(func(f *fixtures) string { return f.draft }),
			// Once the owner submitted it, the desk sees it but may not submit it.
			expect: with(all("NOT_FOUND"), "public", "UNAUTHENTICATED", "proposerOwner", "ok", "desk", "FORBIDDEN")},
		{op: "withdrawProposal", query: `mutation($id: ID!) { withdrawProposal(id: $id) { proposal { id } } }`,
			vars: id(func(f *fixtures) string { return f.dialogue }), expect: onDialogue("proposerOwner", "ok")},
		{op: "assignProposal", query: `mutation($id: ID!, $d: [ID!]!) { assignProposal(id: $id, departmentIds: $d) { proposal { id } } }`,
			vars: func(f *fixtures, _ string) map[string]any {
				return map[string]any{"id": f.dialogue, "d": []any{f.kankyoDept}}
			},
			expect: onDialogue("desk", "ok")},
		{op: "respondToAssignment", query: `mutation($id: ID!) { respondToAssignment(id: $id, opinion: "可能", feasible: true) { proposal { id } } }`,
			vars: id(func(f *fixtures) string { return f.dialogue }), expect: onDialogue("deptAssigned", "ok")},
		{op: "decideProposal", query: `mutation($id: ID!) { decideProposal(id: $id, decision: DECLINED, reason: "理由") { proposal { id } } }`,
			vars: id(func(f *fixtures) string { return f.dialogue }), expect: onDialogue("desk", "ok")},
		{op: "linkProposalOutcome", query: `mutation($id: ID!, $p: ID) { linkProposalOutcome(id: $id, projectId: $p) { proposal { id } } }`,
			vars:   func(f *fixtures, _ string) map[string]any { return map[string]any{"id": f.accepted, "p": f.project} },
			expect: with(onDialogue("desk", "ok"), "deptAssigned", "NOT_FOUND")},
		{op: "setProposalCustomFields", query: `mutation($id: ID!, $v: Int!) { setProposalCustomFields(id: $id, customFields: [{key: "staffNote", text: "メモ"}], version: $v) { proposal { id } } }`,
			vars: func(f *fixtures, _ string) map[string]any {
				return map[string]any{"id": f.dialogue, "v": f.proposalVersion(f.dialogue)}
			},
			expect: onDialogue("deptAssigned", "ok", "desk", "ok")},
		{op: "postProposalMessage", query: `mutation($id: ID!) { postProposalMessage(proposalId: $id, body: "こんにちは", internal: false) { proposal { id } } }`,
			vars: id(func(f *fixtures) string { return f.dialogue }), expect: onDialogue("proposerOwner", "ok", "deptAssigned", "ok", "desk", "ok")},
		{op: "markProposalRead", query: `mutation($id: ID!) { markProposalRead(id: $id) { proposal { id unreadMessageCount } } }`,
			vars: id(func(f *fixtures) string { return f.dialogue }), expect: onDialogue("proposerOwner", "ok", "deptAssigned", "ok", "desk", "ok")},
		{op: "permissions", query: `{ permissions { resource action scope } }`, expect: all("ok"),
			check: func(t *testing.T, role string, d map[string]any) {
				got := map[string]string{}
				for _, p := range d["permissions"].([]any) {
					m := p.(map[string]any)
					got[m["resource"].(string)+"/"+m["action"].(string)] = m["scope"].(string)
				}
				want := map[string]string{"proposal/assign": "", "audit/read": "", "proposal/create": "", "proposal/respond": ""}
				switch role {
				case "desk", "deskOther":
					want = map[string]string{"proposal/assign": "all", "audit/read": "all", "proposal/create": "", "proposal/respond": ""}
				case "proposerOwner", "proposerOther":
					want["proposal/create"] = "organization"
				case "deptAssigned", "deptOther":
					want["proposal/respond"] = "assigned"
				}
				for k, w := range want {
					if got[k] != w {
						t.Errorf("permissions as %s: %s is %q, want %q", role, k, got[k], w)
					}
				}
				if got["challenge/read"] == "" {
					t.Errorf("permissions as %s: the public's rights are missing", role)
				}
			}},
		{op: "attachFile", upload: true, vars: id(func(f *fixtures) string { return f.dialogue }),
			expect: onDialogue("proposerOwner", "ok", "deptAssigned", "ok", "desk", "ok")},
		{op: "publish", query: `mutation($id: ID!) { publish(id: $id) { id } }`, vars: id(func(f *fixtures) string { return f.draftID }),
			expect: with(deskOnly, "deskOther", "NOT_FOUND")},
		{op: "unpublish", query: `mutation($id: ID!) { unpublish(id: $id) { id } }`, vars: id(func(f *fixtures) string { return f.caseID }),
			expect: with(deskOnly, "deskOther", "NOT_FOUND")},
		{op: "archive", query: `mutation($id: ID!) { archive(id: $id) { id } }`, vars: id(func(f *fixtures) string { return f.announce }),
			expect: with(deskOnly, "deskOther", "NOT_FOUND")},
		{op: "revisions", query: `query($id: ID!) { revisions(id: $id) { number } }`, vars: id(func(f *fixtures) string { return f.caseID }),
			expect: with(deskOnly, "deskOther", "NOT_FOUND")},
		{op: "restoreRevision", query: `mutation($id: ID!) { restoreRevision(id: $id) { id } }`, vars: id(func(f *fixtures) string { return f.revision }),
			expect: with(deskOnly, "deskOther", "NOT_FOUND")},
		{op: "createPreviewToken", query: `mutation($id: ID!) { createPreviewToken(id: $id) { token } }`, vars: id(func(f *fixtures) string { return f.draftID }),
			expect: with(deskOnly, "deskOther", "NOT_FOUND")},
		{op: "preview", query: `query($t: String!) { preview(token: $t) { id } }`,
			vars:   func(f *fixtures, _ string) map[string]any { return map[string]any{"t": f.preview} },
			expect: with(all("ok"), "deskOther", "UNAUTHENTICATED")},
		{op: "registerWebhook", query: `mutation { registerWebhook(input: {url: "http://127.0.0.1:9/hook", events: [CONTENT_PUBLISHED], secret: "0123456789abcdef"}) { id } }`,
			expect: deskOnly},
		{op: "deleteWebhook", query: `mutation($id: ID!) { deleteWebhook(id: $id) }`, vars: id(func(f *fixtures) string { return f.webhook }),
			expect: with(deskOnly, "deskOther", "NOT_FOUND")},
		{op: "webhooks", query: `{ webhooks { id } }`, expect: deskOnly},
		{op: "createAnnouncement", query: `mutation { createAnnouncement(input: {title: "お知らせ"}) { id } }`, expect: deskOnly},
		{op: "updateAnnouncement", query: `mutation($id: ID!) { updateAnnouncement(id: $id, input: {title: "改"}, version: 1) { id } }`,
			vars: id(func(f *fixtures) string { return f.announce }), expect: with(deskOnly, "deskOther", "NOT_FOUND")},
		{op: "deleteAnnouncement", query: `mutation($id: ID!) { deleteAnnouncement(id: $id) }`,
			vars: id(func(f *fixtures) string { return f.announce }), expect: with(deskOnly, "deskOther", "NOT_FOUND")},
		{op: "createCaseStudy", query: `mutation { createCaseStudy(input: {title: "事例"}) { id } }`, expect: deskOnly},
		{op: "updateCaseStudy", query: `mutation($id: ID!) { updateCaseStudy(id: $id, input: {title: "改"}, version: 1) { id } }`,
			vars: id(func(f *fixtures) string { return f.caseID }), expect: with(deskOnly, "deskOther", "NOT_FOUND")},
		{op: "deleteCaseStudy", query: `mutation($id: ID!) { deleteCaseStudy(id: $id) }`,
			vars: id(func(f *fixtures) string { return f.caseID }), expect: with(deskOnly, "deskOther", "NOT_FOUND")},
		{op: "createAgreement", query: `mutation { createAgreement(input: {title: "協定"}) { id } }`, expect: deskOnly},
		{op: "updateAgreement", query: `mutation($id: ID!) { updateAgreement(id: $id, input: {title: "改"}, version: 1) { id } }`,
			vars: id(func(f *fixtures) string { return f.agreement }), expect: with(deskOnly, "deskOther", "NOT_FOUND")},
		{op: "deleteAgreement", query: `mutation($id: ID!) { deleteAgreement(id: $id) }`,
			vars: id(func(f *fixtures) string { return f.agreement }), expect: with(deskOnly, "deskOther", "NOT_FOUND")},
		{op: "createProject", query: `mutation($d: ID!) { createProject(input: {title: "事業", leadDepartmentId: $d}) { id } }`,
			vars: func(f *fixtures, _ string) map[string]any { return map[string]any{"d": f.shoko} },
			// The other municipality's desk may create, but not with this municipality's department.
			expect: with(deskOnly, "deptAssigned", "ok", "deskOther", "BAD_USER_INPUT")},
		// The demo's published project has no lead department: only the desk may change it.
		{op: "updateProject", query: `mutation($id: ID!) { updateProject(id: $id, input: {title: "改"}, version: 1) { id } }`,
			vars: id(func(f *fixtures) string { return f.project }), expect: with(deskOnly, "deskOther", "NOT_FOUND")},
		{op: "deleteProject", query: `mutation($id: ID!) { deleteProject(id: $id) }`,
			vars: id(func(f *fixtures) string { return f.project }), expect: with(deskOnly, "deskOther", "NOT_FOUND")},
		{op: "createCollaborationMethod", query: `mutation { createCollaborationMethod(input: {key: "X", name: "手法"}) { id } }`, expect: deskOnly},
		{op: "updateCollaborationMethod", query: `mutation($id: ID!) { updateCollaborationMethod(id: $id, input: {name: "改"}, version: 1) { id } }`,
			vars: id(func(f *fixtures) string { return f.method }), expect: with(deskOnly, "deskOther", "NOT_FOUND")},
		{op: "deleteCollaborationMethod", query: `mutation($id: ID!) { deleteCollaborationMethod(id: $id) }`,
			vars: id(func(f *fixtures) string { return f.method }), expect: with(deskOnly, "deskOther", "NOT_FOUND")},
		{op: "createDepartment", query: `mutation { createDepartment(input: {name: "新課"}) { id } }`, expect: deskOnly},
		{op: "updateDepartment", query: `mutation($id: ID!) { updateDepartment(id: $id, input: {name: "改名"}, version: 1) { id } }`,
			vars: id(func(f *fixtures) string { return f.kankyoDept }), expect: with(deskOnly, "deskOther", "NOT_FOUND")},
		// 環境部 still has sections and staff: the desk is refused with CONFLICT, nothing is lost.
		{op: "deleteDepartment", query: `mutation($id: ID!) { deleteDepartment(id: $id) }`,
			vars: id(func(f *fixtures) string { return f.kankyoDept }), expect: with(deskOnly, "deskOther", "NOT_FOUND", "desk", "CONFLICT")},
		{op: "createOrganization", query: `mutation { createOrganization(input: {name: "会社", kind: CORPORATION}) { id } }`,
			expect: with(deskOnly)},
		{op: "deleteOrganization", query: `mutation($id: ID!) { deleteOrganization(id: $id) }`,
			vars: id(func(f *fixtures) string { return f.partner }), expect: with(deskOnly, "deskOther", "NOT_FOUND")},
		{op: "createChallenge", query: `mutation($d: ID!) { createChallenge(input: {title: "課題", departmentId: $d}) { id } }`,
			vars: func(f *fixtures, _ string) map[string]any { return map[string]any{"d": f.shoko} },
			// The other municipality's desk may create, but not with this municipality's department.
			expect: with(deskOnly, "deptAssigned", "ok", "deskOther", "BAD_USER_INPUT")},
		{op: "updateChallenge", query: `mutation($id: ID!) { updateChallenge(id: $id, input: {title: "改"}, version: 1) { id } }`,
			vars: id(func(f *fixtures) string { return f.draftID }),
			// the draft is 経済部's: 環境部 does not see it at all.
			expect: with(all("NOT_FOUND"), "deptAssigned", "ok", "desk", "CONFLICT")},
		{op: "deleteChallenge", query: `mutation($id: ID!) { deleteChallenge(id: $id) }`, vars: id(func(f *fixtures) string { return f.draftID }),
			expect: with(all("NOT_FOUND"), "deptAssigned", "ok")},
		// Published content: the department's change waits as a pending revision (the live
		// title stays), so the desk's version 1 is still current; deleting it is the desk's.
		{op: "updateChallenge", query: `mutation($id: ID!) { updateChallenge(id: $id, input: {title: "改"}, version: 1) { title } }`,
			vars:   id(func(f *fixtures) string { return f.liveID }),
			expect: with(deskOnly, "deskOther", "NOT_FOUND", "deptAssigned", "ok"),
			check: func(t *testing.T, role string, d map[string]any) {
				if want := map[bool]string{true: "改", false: "経済部の公開課題"}[role == "desk"]; get(d, "updateChallenge", "title") != want {
					t.Errorf("%s: live title %v, want %s", role, get(d, "updateChallenge", "title"), want)
				}
			}},
		{op: "deleteChallenge", query: `mutation($id: ID!) { deleteChallenge(id: $id) }`, vars: id(func(f *fixtures) string { return f.liveID }),
			expect: with(deskOnly, "deskOther", "NOT_FOUND")},
		{op: "restoreDeleted", query: `mutation($id: ID!) { restoreDeleted(id: $id) { id } }`, vars: id(func(f *fixtures) string { return f.deleted }),
			expect: with(deskOnly, "deskOther", "NOT_FOUND")},
		{op: "attachMedia", upload: true, query: `mutation($p: ID!, $f: Upload!) { attachMedia(contentId: $p, file: $f) { id } }`,
			vars: id(func(f *fixtures) string { return f.caseID }), expect: with(deskOnly, "deskOther", "NOT_FOUND")},
		{op: "updateMedia", query: `mutation($id: ID!) { updateMedia(id: $id, alt: "市役所の写真") { alt } }`, vars: id(func(f *fixtures) string { return f.media }),
			expect: with(deskOnly, "deskOther", "NOT_FOUND")},
		{op: "deleteMedia", query: `mutation($id: ID!) { deleteMedia(id: $id) }`, vars: id(func(f *fixtures) string { return f.media }),
			expect: with(deskOnly, "deskOther", "NOT_FOUND")},
		{op: "submitInquiry", query: `mutation { submitInquiry(input: {name: "市民", email: "m@example.jp", subject: "s", body: "b"}) }`, expect: all("ok")},
		{op: "closeInquiry", query: `mutation($id: ID!) { closeInquiry(id: $id) { id } }`, vars: id(func(f *fixtures) string { return f.inquiry }),
			expect: with(deskOnly, "deskOther", "NOT_FOUND")},
		// Departments list the inquiries forwarded to them: none in the fixtures.
		{op: "inquiries", query: `{ inquiries { totalCount } }`, expect: with(deskOnly, "deptAssigned", "ok", "deptOther", "ok"),
			total: map[string]float64{"desk": 1, "deskOther": 0, "deptAssigned": 0, "deptOther": 0}},
		// Desk follow-up of inquiries: the desk's alone; another municipality's desk does not
		// see the inquiry.
		{op: "replyToInquiry", query: `mutation($id: ID!) { replyToInquiry(id: $id, input: {body: "回答"}) { answeredAt replies { subject } } }`,
			vars: id(func(f *fixtures) string { return f.inquiry }), expect: with(deskOnly, "deskOther", "NOT_FOUND"),
			check: func(t *testing.T, _ string, d map[string]any) {
				if get(d, "replyToInquiry", "replies", 0, "subject") != "Re: 件名" || get(d, "replyToInquiry", "answeredAt") == nil {
					t.Errorf("reply: %v", d)
				}
			}},
		{op: "forwardInquiry", query: `mutation($id: ID!, $d: [ID!]!) { forwardInquiry(id: $id, departmentIds: $d) { forwardedTo { name } } }`,
			vars: func(f *fixtures, _ string) map[string]any {
				return map[string]any{"id": f.inquiry, "d": []any{f.kankyoDept}}
			},
			expect: with(deskOnly, "deskOther", "NOT_FOUND"),
			check: func(t *testing.T, _ string, d map[string]any) {
				if get(d, "forwardInquiry", "forwardedTo", 0, "name") != "環境部" {
					t.Errorf("forward: %v", d)
				}
			}},
		{op: "auditLog", query: `{ auditLog { totalCount } }`, expect: deskOnly},
		// personal data reads (issue 14)
		{op: "personalDataReads", query: `{ personalDataReads { totalCount } }`, expect: deskOnly},

		// Statistics (issue 12): the desk's figures for its own municipality; the published
		// aggregates for anyone.
		{op: "deskStatistics", query: `{ deskStatistics(from: "2026-04-01", to: "2027-03-31") { total { received } } }`, expect: deskOnly},
		{op: "publicStatistics", query: `{ publicStatistics { periods { label received realised } } }`, expect: all("ok")},

		// Retention (issue 14): the desk reads and sets its own periods, dry run, purge log and
		// legal holds; another municipality's desk finds no record of this one to hold.
		{op: "retentionDryRun", query: `{ retentionDryRun { recordId rule } }`, expect: deskOnly},
		{op: "purgeLog", query: `{ purgeLog { totalCount } }`, expect: deskOnly},
		{op: "setRetention", query: `mutation { setRetention(input: [{recordType: CLOSED_INQUIRY, months: 24}]) { recordType months isDefault } }`,
			expect: deskOnly},
		{op: "setLegalHold", query: `mutation($id: ID!) { setLegalHold(recordId: $id, hold: true, reason: "訴訟のため") }`,
			vars:   func(f *fixtures, _ string) map[string]any { return map[string]any{"id": f.dialogue} },
			expect: with(deskOnly, "deskOther", "NOT_FOUND")},

		{op: "signUp", query: `mutation($in: SignUpInput!) { signUp(input: $in) { message } }`,
			vars: func(f *fixtures, role string) map[string]any {
				return map[string]any{"in": map[string]any{"email": role + "@signup.example.jp", "password": "signup password", "displayName": role,
					"organization": map[string]any{"name": "新会社", "kind": "CORPORATION"}}}
			},
			expect: with(all("CONFLICT"), "public", "ok")},
		{op: "confirmSignUp", query: `mutation { confirmSignUp(token: "unknown code", password: "signup password") { token } }`,
			expect: with(all("CONFLICT"), "public", "BAD_USER_INPUT")},
		{op: "login", query: `mutation { login(email: "proposer1@demo.pppdesk.jp", password: "pppdesk-demo") { token } }`,
			expect: with(all("ok"), "deskOther", "UNAUTHENTICATED")}, // the account is in another municipality than its token
		{op: "logout", query: `mutation { logout }`, expect: signedIn},
		{op: "createStaffAccount", query: `mutation($in: StaffAccountInput!) { createStaffAccount(input: $in) { id } }`,
			vars: func(f *fixtures, role string) map[string]any {
				return map[string]any{"in": map[string]any{"email": role + "@staff.example.jp", "displayName": "職員", "role": "DESK", "password": "staff password"}}
			},
			expect: deskOnly},
		{op: "disableAccount", query: `mutation($id: ID!) { disableAccount(id: $id) { id } }`, vars: id(func(f *fixtures) string { return f.victim }),
			expect: with(deskOnly, "deskOther", "NOT_FOUND")},
		{op: "enableAccount", query: `mutation($id: ID!) { enableAccount(id: $id) { id } }`, vars: id(func(f *fixtures) string { return f.victim }),
			expect: with(deskOnly, "deskOther", "NOT_FOUND")},
		// Onboarding: creating and listing municipalities is the platform ADMIN's alone (no
		// role of a municipality may; cmd/pppdesk's TestOnboardSecondMunicipality runs the
		// ADMIN); each desk changes its own municipality only.
		{op: "municipalities", query: `{ municipalities { slug } }`, expect: with(all("FORBIDDEN"), "public", "UNAUTHENTICATED")},
		{op: "createMunicipality", query: `mutation { createMunicipality(input: {slug: "mutsu", name: "むつ市", prefecture: "青森県", deskEmail: "desk@mutsu.example.jp"}) { invitationToken } }`,
			expect: with(all("FORBIDDEN"), "public", "UNAUTHENTICATED")},
		{op: "updateMunicipality", query: `mutation { updateMunicipality(input: {phone: "017-000-0000"}) { slug phone } }`, expect: deskOnly,
			check: func(t *testing.T, role string, d map[string]any) {
				if want := map[bool]string{true: "hirosaki", false: "aomori"}[role == "deskOther"]; get(d, "updateMunicipality", "slug") != want {
					t.Errorf("%s updated %v", role, get(d, "updateMunicipality", "slug"))
				}
			}},
		{op: "mailTemplates", query: `{ mailTemplates { key } }`, expect: deskOnly},
		{op: "setMailTemplate", query: `mutation { setMailTemplate(key: "proposalReceived", subject: "{{.Title}}", body: "{{.Title}}") { key } }`, expect: deskOnly},
		// Custom fields: definitions of PUBLIC/PROPOSER fields for anyone, STAFF ones for staff;
		// the desk defines them in its own municipality only.
		{op: "customFieldDefinitions", query: `{ customFieldDefinitions(target: PROPOSAL) { key } }`, expect: all("ok"),
			check: func(t *testing.T, role string, d map[string]any) {
				got := len(get(d, "customFieldDefinitions").([]any))
				want := map[bool]int{true: 1, false: 0}[role == "desk" || role == "deptAssigned" || role == "deptOther"]
				if got != want {
					t.Errorf("%s sees %d definitions, want %d", role, got, want)
				}
			}},
		{op: "defineCustomField", query: `mutation { defineCustomField(input: {key: "budget", target: PROJECT, labelJa: "予算", type: NUMBER}) { key } }`, expect: deskOnly},
		{op: "updateCustomField", query: `mutation($id: ID!) { updateCustomField(id: $id, input: {key: "staffNote", target: PROPOSAL, labelJa: "メモ", type: TEXT, visibility: STAFF}) { labelJa } }`,
			vars: id(func(f *fixtures) string { return f.customField }), expect: with(deskOnly, "deskOther", "NOT_FOUND")},
		{op: "deleteCustomField", query: `mutation($id: ID!) { deleteCustomField(id: $id) }`,
			vars: id(func(f *fixtures) string { return f.customField }), expect: with(deskOnly, "deskOther", "NOT_FOUND")},
		{op: "acceptInvitation", query: `mutation { acceptInvitation(token: "0123456789abcdef", password: "long enough password", displayName: "x") { token } }`,
			expect: all("BAD_USER_INPUT")},
		{op: "inviteColleague", query: `mutation { inviteColleague(email: "new@example.jp") { token } }`,
			expect: with(all("FORBIDDEN"), "public", "UNAUTHENTICATED", "proposerOwner", "ok", "proposerOther", "ok")},
		{op: "changePassword", query: `mutation($c: String!) { changePassword(currentPassword: $c, newPassword: "a brand new password") }`,
			vars: func(_ *fixtures, role string) map[string]any {
				if role == "deskOther" {
					return map[string]any{"c": "victim password"}
				}
				return map[string]any{"c": "pppdesk-demo"}
			},
			expect: signedIn},
		{op: "requestPasswordReset", query: `mutation($e: String!) { requestPasswordReset(email: $e) }`,
			vars:   func(_ *fixtures, role string) map[string]any { return map[string]any{"e": role + "@reset.example.jp"} },
			expect: all("ok")},
		{op: "resetPassword", query: `mutation { resetPassword(token: "unknown token", newPassword: "a brand new password") { token } }`,
			expect: all("BAD_USER_INPUT")},
		{op: "requestEmailVerification", query: `mutation { requestEmailVerification }`, expect: signedIn},
		{op: "verifyEmail", query: `mutation { verifyEmail(token: "unknown token") }`, expect: all("BAD_USER_INPUT")},
		{op: "updateOrganization", query: `mutation($id: ID!, $v: Int!) { updateOrganization(id: $id, input: {address: "青森市"}, version: $v) { id } }`,
			vars:   func(f *fixtures, _ string) map[string]any { return map[string]any{"id": f.ownOrg, "v": f.orgVersion()} },
			expect: with(all("FORBIDDEN"), "public", "UNAUTHENTICATED", "proposerOwner", "ok", "proposerOther", "NOT_FOUND", "deskOther", "NOT_FOUND", "desk", "ok")},
		// Disclosure (issue 14): the desk sets levels and produces copies; the proposer asks for
		// protection of its own proposal; who cannot see the proposal gets NOT_FOUND.
		{op: "setDisclosureLevel", query: `mutation($id: ID!) { setDisclosureLevel(proposalId: $id, target: {field: "body"}, level: PROTECTED_BUSINESS, reason: "ノウハウ") { id } }`,
			vars: id(func(f *fixtures) string { return f.dialogue }), expect: onDialogue("desk", "ok")},
		{op: "requestProtection", query: `mutation($id: ID!) { requestProtection(proposalId: $id, target: {field: "body"}, reason: "独自の技術") { id } }`,
			vars: id(func(f *fixtures) string { return f.dialogue }), expect: onDialogue("proposerOwner", "ok")},
		{op: "produceDisclosureCopy", query: `mutation($id: ID!) { produceDisclosureCopy(proposalId: $id, reference: "R7-1", format: HTML) { url filename } }`,
			vars: id(func(f *fixtures) string { return f.dialogue }), expect: onDialogue("desk", "ok")},
	}
}

func with2(m map[string]float64, kv ...any) map[string]float64 {
	for i := 0; i+1 < len(kv); i += 2 {
		m[kv[i].(string)] = float64(kv[i+1].(int))
	}
	return m
}

// TestAccessMatrix runs every operation of the schema as every role and checks allow or deny,
// what lists count, and which protected fields come back.
func TestAccessMatrix(t *testing.T) {
	t.Parallel()
	rows := matrixRows()
	for _, row := range rows {
		t.Run(row.op, func(t *testing.T) {
			t.Parallel() // each row has its own fixtures and database
			f := newFixtures(t)
			for _, role := range matrixRoles {
				want, ok := row.expect[role]
				if !ok {
					t.Fatalf("row %s has no expectation for %s", row.op, role)
				}
				var vars map[string]any
				if row.vars != nil {
					vars = row.vars(f, role)
				}
				var r response
				if row.upload && row.query != "" {
					r = f.e.uploadTo(row.query, vars["id"], "資料.pdf", tinyPDF, f.headers[role]...)
				} else if row.upload {
					r = f.e.upload(vars["id"], "資料.pdf", tinyPDF, f.headers[role]...)
				} else {
					r = f.e.post(row.query, vars, f.headers[role]...)
				}
				got := r.code()
				if got == "" {
					got = "ok"
				}
				if got != want {
					t.Errorf("%s as %s: got %s, want %s: %s", row.op, role, got, want, r.Raw)
					continue
				}
				if got != "ok" {
					continue
				}
				if row.total != nil {
					for _, v := range r.Data {
						if n := get(v, "totalCount"); n != row.total[role] {
							t.Errorf("%s as %s: totalCount %v, want %v", row.op, role, n, row.total[role])
						}
					}
				}
				if row.check != nil {
					row.check(t, role, r.Data)
				}
			}
		})
	}
	// A token never reaches another municipality, whatever it asks for.
	f := newFixtures(t)
	f.e.fails("UNAUTHENTICATED", `{ caseStudies { totalCount } }`, nil, as(f.headers["deskOther"], "X-Municipality", "aomori")...)
}

// TestMatrixCoversSchema fails when the schema gains an operation without a matrix row.
func TestMatrixCoversSchema(t *testing.T) {
	t.Parallel()
	e := newEnvOpts(t, func(c *pppdesk.Config) { c.Introspection = true })
	d := e.ok(`{ __schema { queryType { fields { name } } mutationType { fields { name } } subscriptionType { fields { name } } } }`, nil)
	// Subscriptions are covered by TestProposalEventsSubscription and TestSubscriptionNeedsSignIn:
	// over WebSocket, they cannot run through the request helper of the matrix.
	covered := map[string]bool{"proposalEvents": true}
	for _, r := range matrixRows() {
		covered[r.op] = true
	}
	var missing []string
	for _, typ := range []string{"queryType", "mutationType", "subscriptionType"} {
		fields, _ := get(d, "__schema", typ, "fields").([]any)
		for _, fl := range fields {
			name := get(fl, "name").(string)
			if !covered[name] {
				missing = append(missing, name)
			}
			delete(covered, name)
		}
	}
	sort.Strings(missing)
	if len(missing) > 0 {
		t.Fatalf("operations without a row in the access matrix: %v", missing)
	}
	if len(covered) > 0 {
		t.Fatalf("matrix rows for operations the schema does not have: %v", fmt.Sprint(covered))
	}
}
