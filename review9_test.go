package pppdesk_test

import (
	"fmt"
	"github.com/pppdesk/pppdesk/model"
	"strings"
	"testing"
)

// TestReview9AuditEntriesCarryNoPersonalData: the audit log says what was done to which
// row and which fields changed ("Changed fields, JSON"), never the personal data itself:
// not a new staff member's or an invitee's address, not what a citizen wrote in the
// contact form's subject.
func TestReview9AuditEntriesCarryNoPersonalData(t *testing.T) {
	e := newEnv(t, true)
	desk := e.login("desk@demo.pppdesk.jp")
	e.ok(`mutation { createStaffAccount(input: {email: "hanako.staff@example.jp", displayName: "職員花子", role: DESK, password: "staff password 1"}) { id } }`, nil, desk...)
	e.ok(`mutation { inviteColleague(email: "jiro.invitee@example.jp") { token } }`, nil, e.login("proposer1@demo.pppdesk.jp")...)
	e.ok(`mutation { submitInquiry(input: {name: "山田太郎", email: "taro@example.jp", subject: "山田太郎 090-1234-5678 の件", body: "内容"}) }`, nil)
	d := e.ok(`{ auditLog(first: 50) { edges { node { action changes } } } }`, nil, desk...)
	seen := map[string]bool{}
	for _, edge := range edges(d, "auditLog") {
		action, changes := nodeField(edge, "action").(string), nodeField(edge, "changes").(string)
		seen[action] = true
		for _, personal := range []string{"hanako.staff", "jiro.invitee", "山田太郎", "090-1234-5678"} {
			if strings.Contains(changes, personal) {
				t.Errorf("%s entry copies personal data %q: %s", action, personal, changes)
			}
		}
	}
	for _, want := range []string{"account.createStaff", "account.invite", "inquiry.submit"} {
		if !seen[want] {
			t.Errorf("no %s entry in the audit log", want)
		}
	}
}

// TestReview9SecondaryIDsStayInTheirMunicipality: the IDs a write takes besides its target
// (a parent, a lead department, an agreement, partners, a content row, a department of a
// new account) are read within the caller's municipality; another municipality's row is
// refused as if it did not exist, and nothing is written.
func TestReview9SecondaryIDsStayInTheirMunicipality(t *testing.T) {
	e := newEnv(t, true)
	other := e.municipality("hirosaki", "弘前市")
	hash, _ := cheapHash("other desk password")
	e.insert(&model.User{MunicipalityID: other.ID, Email: "desk@hirosaki.example.jp", PasswordHash: hash, DisplayName: "弘前デスク",
		Role: model.RoleDesk, Stamps: stamps(testNow)})
	tok := e.ok(`mutation { login(email: "desk@hirosaki.example.jp", password: "other desk password") { token } }`, nil, "X-Municipality", "hirosaki")
	deskOther := []string{"Authorization", "Bearer " + get(tok, "login", "token").(string), "X-Municipality", "hirosaki"}

	d := e.ok(`{ caseStudies(first: 1) { edges { node { id } } } agreements(first: 1) { edges { node { id } } }
	  partners(first: 1) { edges { node { id } } } municipality { departments { id } } }`, nil)
	aomoriCase := nodeField(edges(d, "caseStudies")[0], "id")
	aomoriAgreement := nodeField(edges(d, "agreements")[0], "id")
	aomoriOrg := nodeField(edges(d, "partners")[0], "id")
	aomoriDept := get(d, "municipality", "departments", 0, "id")

	before := e.count(&model.AuditEntry{}, "municipality_id", other.ID)
	for _, c := range []struct {
		name, query string
		vars        map[string]any
		code        string
	}{
		{"parentId", `mutation($p: ID!) { createDepartment(input: {name: "新課", parentId: $p}) { id } }`, map[string]any{"p": aomoriDept}, "NOT_FOUND"},
		{"staff departmentId", `mutation($d: ID!) { createStaffAccount(input: {email: "s@hirosaki.example.jp", displayName: "職員", role: DEPARTMENT, password: "staff password 1", departmentId: $d}) { id } }`,
			map[string]any{"d": aomoriDept}, "BAD_USER_INPUT"},
		{"leadDepartmentId", `mutation($d: ID!) { createProject(input: {title: "事業", leadDepartmentId: $d}) { id } }`, map[string]any{"d": aomoriDept}, "BAD_USER_INPUT"},
		{"agreementId", `mutation($a: ID!) { createProject(input: {title: "事業", agreementId: $a}) { id } }`, map[string]any{"a": aomoriAgreement}, "NOT_FOUND"},
		{"partnerIds", `mutation($o: ID!) { createCaseStudy(input: {title: "事例", partnerIds: [$o]}) { id } }`, map[string]any{"o": aomoriOrg}, "BAD_USER_INPUT"},
		{"challenge departmentId", `mutation($d: ID!) { createChallenge(input: {title: "課題", departmentId: $d}) { id } }`, map[string]any{"d": aomoriDept}, "BAD_USER_INPUT"},
		{"revisions", `query($id: ID!) { revisions(id: $id) { number } }`, map[string]any{"id": aomoriCase}, "NOT_FOUND"},
		{"createPreviewToken", `mutation($id: ID!) { createPreviewToken(id: $id) { token } }`, map[string]any{"id": aomoriCase}, "NOT_FOUND"},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := e.fails(c.code, c.query, c.vars, deskOther...)
			for _, leak := range []string{"青森", "aomori"} {
				if strings.Contains(r.Raw, leak) {
					t.Errorf("the refusal names the other municipality's row: %s", r.Raw)
				}
			}
		})
	}
	up := e.uploadTo(`mutation($p: ID!, $f: Upload!) { attachMedia(contentId: $p, file: $f) { id } }`, aomoriCase, "写真.pdf", tinyPDF, deskOther...)
	if up.code() != "NOT_FOUND" {
		t.Errorf("attachMedia to another municipality's case study: %s", up.Raw)
	}
	if n := e.count(&model.AuditEntry{}, "municipality_id", other.ID); n != before {
		t.Errorf("refused writes left %d audit entries", n-before)
	}
}

// TestReview9SecondaryIDsWithinScope: inside one municipality, the other IDs a write names
// are read with the caller's own read scope: a proposer cannot answer a challenge still in
// draft nor attach a file to someone else's message, and a department cannot tie its
// project to an agreement in draft or to an organization whose profile is private.
func TestReview9SecondaryIDsWithinScope(t *testing.T) {
	e := newEnv(t, true)
	desk, p1, keizai := e.login("desk@demo.pppdesk.jp"), e.login("proposer1@demo.pppdesk.jp"), e.login("keizai@demo.pppdesk.jp")
	deps := e.departmentIDs()
	draftChallenge := get(e.ok(`mutation($d: ID!) { createChallenge(input: {title: "下書きの課題", departmentId: $d}) { id } }`,
		map[string]any{"d": deps["商工政策課"]}, desk...), "createChallenge", "id")
	draftAgreement := get(e.ok(`mutation { createAgreement(input: {title: "下書きの協定"}) { id } }`, nil, desk...), "createAgreement", "id")
	privateOrg := get(e.ok(`{ me { organization { id } } }`, nil, p1...), "me", "organization", "id")

	r := e.fails("NOT_FOUND", createProposal, map[string]any{"in": proposalInput("CHALLENGE", draftChallenge)}, p1...)
	if strings.Contains(r.Raw, "下書きの課題") {
		t.Errorf("the refusal names the hidden challenge: %s", r.Raw)
	}

	// The desk's message on proposer1's proposal is not proposer1's to attach to.
	id := get(e.ok(createProposal, map[string]any{"in": proposalInput("FREE", nil)}, p1...), "createProposal", "proposal", "id")
	e.ok(`mutation($id: ID!) { submitProposal(id: $id, acceptTerms: true) { proposal { id } } }`, map[string]any{"id": id}, p1...)
	d := e.ok(`mutation($id: ID!) { postProposalMessage(proposalId: $id, body: "デスクより", internal: false) { proposal { messages { id } } } }`,
		map[string]any{"id": id}, desk...)
	deskMessage := get(d, "postProposalMessage", "proposal", "messages", 0, "id")
	up := e.uploadTo(fmt.Sprintf(`mutation($p: ID!, $f: Upload!) { attachFile(proposalId: $p, messageId: %q, file: $f) { id } }`, deskMessage),
		id, "資料.pdf", tinyPDF, p1...)
	if up.code() != "BAD_USER_INPUT" {
		t.Errorf("attach to the desk's message: %s", up.Raw)
	}

	e.fails("NOT_FOUND", `mutation($d: ID!, $a: ID!) { createProject(input: {title: "事業", leadDepartmentId: $d, agreementId: $a}) { id } }`,
		map[string]any{"d": deps["商工政策課"], "a": draftAgreement}, keizai...)
	e.fails("BAD_USER_INPUT", `mutation($d: ID!, $o: ID!) { createProject(input: {title: "事業", leadDepartmentId: $d, partnerIds: [$o]}) { id } }`,
		map[string]any{"d": deps["商工政策課"], "o": privateOrg}, keizai...)
}
