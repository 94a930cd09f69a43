package pppdesk_test

import (
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/notify"
)

const signUp = `mutation($in: SignUpInput!) { signUp(input: $in) { message } }`

const confirmSignUp = `mutation($t: String!, $p: String!) { confirmSignUp(token: $t, password: $p) { token user { email role displayName organization { name kind corporateNumber } } } }`

// confirmationCode answers the sign-up confirmation code last emailed to an address.
func confirmationCode(t *testing.T, e *env, rec *notify.Recorder, to string) string {
	t.Helper()
	e.srv.WaitForNotifications()
	code := ""
	for _, m := range rec.Messages() {
		if m.To != to {
			continue
		}
		if c := regexp.MustCompile(`\(valid for \d+ hours\):\n(\S+)`).FindStringSubmatch(m.TextEN); c != nil {
			code = c[1]
		}
	}
	if code == "" {
		t.Fatalf("no confirmation code mailed to %s", to)
	}
	return code
}

// TestSignUpAndSignIn: signUp answers "check your email" and creates nothing; the emailed
// code with the password creates the account and signs it in. (Before issue 8, signUp
// signed in at once and answered CONFLICT for a registered address, which told anyone
// whether an address had an account; TestSignUpDoesNotRevealRegistration covers that.)
func TestSignUpAndSignIn(t *testing.T) {
	t.Parallel()
	rec := &notify.Recorder{}
	e := newEnvWith(t, rec)
	in := map[string]any{"email": "  Ｔａｒｏ@Example.JP ", "password": "correct horse battery", "displayName": "山田太郎",
		"organization": map[string]any{"name": "株式会社テスト", "kind": "CORPORATION", "corporateNumber": "1-1803-0101-8771"}}
	e.ok(signUp, map[string]any{"in": in})
	// Nothing exists before the confirmation.
	e.fails("UNAUTHENTICATED", `mutation { login(email: "taro@example.jp", password: "correct horse battery") { token } }`, nil)
	code := confirmationCode(t, e, rec, "taro@example.jp")
	e.fails("BAD_USER_INPUT", confirmSignUp, map[string]any{"t": code, "p": "wrong password here"})
	e.fails("BAD_USER_INPUT", confirmSignUp, map[string]any{"t": "not-a-code", "p": "correct horse battery"})
	d := e.ok(confirmSignUp, map[string]any{"t": code, "p": "correct horse battery"})
	u := get(d, "confirmSignUp", "user")
	if get(u, "email") != "taro@example.jp" || get(u, "role") != "PROPOSER" || get(u, "organization", "corporateNumber") != "1180301018771" {
		t.Fatalf("sign-up: %v", u)
	}
	// The code works once.
	e.fails("BAD_USER_INPUT", confirmSignUp, map[string]any{"t": code, "p": "correct horse battery"})
	tok := []string{"Authorization", "Bearer " + get(d, "confirmSignUp", "token").(string)}
	d = e.ok(`{ me { email displayName organization { name } } }`, nil, tok...)
	if get(d, "me", "organization", "name") != "株式会社テスト" {
		t.Fatalf("me: %v", d)
	}
	if d := e.ok(`{ me { email } }`, nil); d["me"] != nil {
		t.Fatalf("anonymous me: %v", d)
	}
	// The normalised address signs in whatever way it is typed.
	d = e.ok(`mutation { login(email: "TARO@example.jp", password: "correct horse battery") { token expiresAt } }`, nil)
	if exp, _ := time.Parse(time.RFC3339, get(d, "login", "expiresAt").(string)); !exp.After(testNow) {
		t.Fatalf("expiry: %v", d)
	}

	cases := []struct {
		name, field, msg string
		in               map[string]any
	}{
		{"private individual", "input.organization", "individuals", map[string]any{"email": "kojin@example.jp", "password": "long enough pw", "displayName": "個人"}},
		{"bad corporate number", "input.organization.corporateNumber", "check digit", map[string]any{"email": "c@example.jp", "password": "long enough pw", "displayName": "x",
			"organization": map[string]any{"name": "x", "kind": "CORPORATION", "corporateNumber": "1180301018772"}}},
		{"short password", "input.password", "at least", map[string]any{"email": "p@example.jp", "password": "short", "displayName": "x", "organization": map[string]any{"name": "x", "kind": "NPO"}}},
		{"bad email", "input.email", "email", map[string]any{"email": "not-an-email", "password": "long enough pw", "displayName": "x", "organization": map[string]any{"name": "x", "kind": "NPO"}}},
		{"overlong name", "input.displayName", "at most", map[string]any{"email": "l@example.jp", "password": "long enough pw", "displayName": strings.Repeat("長", 101), "organization": map[string]any{"name": "x", "kind": "NPO"}}},
		{"overlong organization", "input.organization.name", "at most", map[string]any{"email": "l@example.jp", "password": "long enough pw", "displayName": "x", "organization": map[string]any{"name": strings.Repeat("長", 201), "kind": "NPO"}}},
		{"unknown invitation", "input.invitationToken", "not valid", map[string]any{"email": "i@example.jp", "password": "long enough pw", "displayName": "x", "invitationToken": "nope"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := e.fails("BAD_USER_INPUT", signUp, map[string]any{"in": c.in})
			if r.Errors[0].Extensions["field"] != c.field || !strings.Contains(r.Errors[0].Message, c.msg) {
				t.Fatalf("got %s", r.Raw)
			}
		})
	}
	// An individual is not an organization kind at all.
	e.fails("BAD_USER_INPUT", `mutation { signUp(input: {email: "k@example.jp", password: "long enough pw", displayName: "k", organization: {name: "k", kind: INDIVIDUAL}}) { message } }`, nil)
}

func TestInvitation(t *testing.T) {
	t.Parallel()
	rec := &notify.Recorder{}
	e := newEnvWith(t, rec)
	p1 := e.login("proposer1@demo.pppdesk.jp")
	d := e.ok(`mutation { inviteColleague(email: "Colleague@Example.jp") { email token expiresAt } }`, nil, p1...)
	token := get(d, "inviteColleague", "token")
	in := map[string]any{"email": "colleague@example.jp", "password": "colleague password", "displayName": "同僚", "invitationToken": token}
	// The invitation is for one address only.
	bad := map[string]any{"email": "other@example.jp", "password": "colleague password", "displayName": "x", "invitationToken": token}
	e.fails("BAD_USER_INPUT", signUp, map[string]any{"in": bad})
	e.ok(signUp, map[string]any{"in": in})
	d = e.ok(confirmSignUp, map[string]any{"t": confirmationCode(t, e, rec, "colleague@example.jp"), "p": "colleague password"})
	if !strings.Contains(get(d, "confirmSignUp", "user", "organization", "name").(string), "あおもりテック") {
		t.Fatalf("joined: %v", d)
	}
	in["email"] = "colleague2@example.jp"
	e.fails("BAD_USER_INPUT", signUp, map[string]any{"in": in}) // used once only
	// The colleague and proposer1 now see each other; proposer2 sees neither.
	d = e.ok(`{ users { totalCount edges { node { displayName email } } } }`, nil, p1...)
	if get(d, "users", "totalCount") != float64(2) {
		t.Fatalf("colleagues: %v", d)
	}
	for _, ed := range edges(d, "users") {
		if nodeField(ed, "displayName") == "同僚" && nodeField(ed, "email") != nil {
			t.Fatal("a colleague's email is readable")
		}
	}
	e.fails("FORBIDDEN", `mutation { inviteColleague(email: "x@example.jp") { token } }`, nil, e.login("desk@demo.pppdesk.jp")...)
	e.fails("UNAUTHENTICATED", `mutation { inviteColleague(email: "x@example.jp") { token } }`, nil)
}

func TestTokens(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	desk := e.login("desk@demo.pppdesk.jp")
	if d := e.ok(`{ me { role email } }`, nil, desk...); get(d, "me", "role") != "DESK" {
		t.Fatalf("me: %v", d)
	}
	tampered := desk[1][:len(desk[1])-2] + "xx"
	e.fails("UNAUTHENTICATED", `{ me { role } }`, nil, "Authorization", tampered)
	e.fails("UNAUTHENTICATED", `{ me { role } }`, nil, "Authorization", "Basic abc")
	e.fails("UNAUTHENTICATED", `{ municipality { name } }`, nil, "Authorization", "Bearer not.a.jwt")
	// Signing out revokes the token everywhere; the next request with it is refused.
	if d := e.ok(`mutation { logout }`, nil, desk...); d["logout"] != true {
		t.Fatalf("logout: %v", d)
	}
	e.fails("UNAUTHENTICATED", `{ me { role } }`, nil, desk...)
	e.fails("UNAUTHENTICATED", `mutation { logout }`, nil)
	// Expiry follows the server clock.
	p1 := e.login("proposer1@demo.pppdesk.jp")
	e.mu.Lock()
	e.now = e.now.Add(13 * time.Hour)
	e.mu.Unlock()
	r := e.fails("UNAUTHENTICATED", `{ me { role } }`, nil, p1...)
	if !strings.Contains(r.Errors[0].Message, "expired") {
		t.Fatalf("expired: %s", r.Raw)
	}
}

func TestLoginFailuresAreLimited(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	login := `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`
	wrong := e.fails("UNAUTHENTICATED", login, map[string]any{"e": "desk@demo.pppdesk.jp", "p": "wrong password"})
	unknown := e.fails("UNAUTHENTICATED", login, map[string]any{"e": "nobody@demo.pppdesk.jp", "p": "wrong password"})
	if wrong.Errors[0].Message != unknown.Errors[0].Message {
		t.Fatalf("messages tell a registered email from an unknown one: %q vs %q", wrong.Errors[0].Message, unknown.Errors[0].Message)
	}
	for i := 0; i < 4; i++ {
		e.fails("UNAUTHENTICATED", login, map[string]any{"e": "DESK@demo.pppdesk.jp", "p": "wrong password"})
	}
	// Five failures: even the right password is refused until the window passes.
	e.fails("RATE_LIMITED", login, map[string]any{"e": "desk@demo.pppdesk.jp", "p": "pppdesk-demo"})
	// Other accounts from the same address still work (the per-address limit is higher).
	e.login("keizai@demo.pppdesk.jp")
	e.mu.Lock()
	e.now = e.now.Add(16 * time.Minute)
	e.mu.Unlock()
	e.login("desk@demo.pppdesk.jp")

	// Per address: many accounts guessed from one address are cut off too.
	for i := 0; i < 20; i++ {
		e.post(login, map[string]any{"e": "guess" + string(rune('a'+i)) + "@example.jp", "p": "wrong password"})
	}
	e.fails("RATE_LIMITED", login, map[string]any{"e": "kankyo@demo.pppdesk.jp", "p": "pppdesk-demo"})
}

func TestStaffAccounts(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	desk := e.login("desk@demo.pppdesk.jp")
	d := e.ok(`{ municipality { departments { id name } } }`, nil)
	var kanko any
	for _, dep := range get(d, "municipality", "departments").([]any) {
		if get(dep, "name") == "観光課" {
			kanko = get(dep, "id")
		}
	}
	create := `mutation($in: StaffAccountInput!) { createStaffAccount(input: $in) { id email role department { name } } }`
	d = e.ok(create, map[string]any{"in": map[string]any{"email": "kanko@example.jp", "displayName": "観光課 担当", "role": "DEPARTMENT", "departmentId": kanko, "password": "kanko password"}}, desk...)
	id := get(d, "createStaffAccount", "id")
	if get(d, "createStaffAccount", "department", "name") != "観光課" {
		t.Fatalf("staff: %v", d)
	}
	e.fails("BAD_USER_INPUT", create, map[string]any{"in": map[string]any{"email": "x@example.jp", "displayName": "x", "role": "DEPARTMENT", "password": "kanko password"}}, desk...)
	e.fails("BAD_USER_INPUT", create, map[string]any{"in": map[string]any{"email": "kanko@example.jp", "displayName": "x", "role": "DESK", "password": "kanko password"}}, desk...)
	e.fails("FORBIDDEN", create, map[string]any{"in": map[string]any{"email": "y@example.jp", "displayName": "y", "role": "DESK", "password": "kanko password"}}, e.login("keizai@demo.pppdesk.jp")...)
	kankoTok := e.ok(`mutation { login(email: "kanko@example.jp", password: "kanko password") { token } }`, nil)
	headers := []string{"Authorization", "Bearer " + get(kankoTok, "login", "token").(string)}
	e.ok(`{ me { role } }`, nil, headers...)
	// Disabling takes effect at once, on tokens already issued too.
	e.ok(`mutation($id: ID!) { disableAccount(id: $id) { disabled } }`, map[string]any{"id": id}, desk...)
	e.fails("UNAUTHENTICATED", `{ me { role } }`, nil, headers...)
	e.fails("UNAUTHENTICATED", `mutation { login(email: "kanko@example.jp", password: "kanko password") { token } }`, nil)
	e.ok(`mutation($id: ID!) { enableAccount(id: $id) { disabled } }`, map[string]any{"id": id}, desk...)
	e.ok(`mutation { login(email: "kanko@example.jp", password: "kanko password") { token } }`, nil)
	me := get(e.ok(`{ me { id } }`, nil, desk...), "me", "id")
	e.fails("CONFLICT", `mutation($id: ID!) { disableAccount(id: $id) { disabled } }`, map[string]any{"id": me}, desk...)
	e.fails("NOT_FOUND", `mutation($id: ID!) { disableAccount(id: $id) { disabled } }`, map[string]any{"id": model.GlobalID(model.OwnerUser, 9999)}, desk...)
}

func TestEmailsAreProtected(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	desk := e.login("desk@demo.pppdesk.jp")
	keizai := e.login("keizai@demo.pppdesk.jp")
	d := e.ok(`{ users(first: 100) { totalCount edges { node { id email role } } } }`, nil, desk...)
	if get(d, "users", "totalCount") != float64(5) || nodeField(edges(d, "users")[1], "email") == nil {
		t.Fatalf("desk sees all accounts with emails: %v", d)
	}
	var deskID, p1ID any
	for _, ed := range edges(d, "users") {
		switch nodeField(ed, "email") {
		case "desk@demo.pppdesk.jp":
			deskID = nodeField(ed, "id")
		case "proposer1@demo.pppdesk.jp":
			p1ID = nodeField(ed, "id")
		}
	}
	// A department sees its own department's accounts, not emails of others.
	d = e.ok(`{ users(first: 100) { totalCount edges { node { email } } } }`, nil, keizai...)
	if get(d, "users", "totalCount") != float64(1) {
		t.Fatalf("department sees: %v", d)
	}
	// Searching by email cannot find an address the caller may not read.
	d = e.ok(`{ users(filter: {search: "proposer1@"}) { totalCount } }`, nil, e.login("proposer2@demo.pppdesk.jp")...)
	if get(d, "users", "totalCount") != float64(0) {
		t.Fatalf("email search leaks: %v", d)
	}
	d = e.ok(`{ users(filter: {search: "proposer1@"}) { totalCount } }`, nil, desk...)
	if get(d, "users", "totalCount") != float64(1) {
		t.Fatalf("desk email search: %v", d)
	}
	// node(id:) gives no other path to an account.
	e.fails("NOT_FOUND", `query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": p1ID}, keizai...)
	e.fails("NOT_FOUND", `query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": deskID})
	d = e.ok(`query($id: ID!) { node(id: $id) { ... on User { email } } }`, map[string]any{"id": p1ID}, desk...)
	if get(d, "node", "email") != "proposer1@demo.pppdesk.jp" {
		t.Fatalf("desk node: %v", d)
	}
	e.fails("UNAUTHENTICATED", `{ users { totalCount } }`, nil)
}

func TestOrganizationProfiles(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	p1, p2, desk := e.login("proposer1@demo.pppdesk.jp"), e.login("proposer2@demo.pppdesk.jp"), e.login("desk@demo.pppdesk.jp")
	org := get(e.ok(`{ me { organization { id version public } } }`, nil, p1...), "me", "organization")
	id := get(org, "id")
	update := `mutation($id: ID!, $in: OrganizationInput!, $v: Int!) { updateOrganization(id: $id, input: $in, version: $v) { name website version public } }`
	d := e.ok(update, map[string]any{"id": id, "in": map[string]any{"website": "https://tech.example.jp", "public": true}, "v": 1}, p1...)
	if get(d, "updateOrganization", "version") != float64(2) || get(d, "updateOrganization", "public") != true {
		t.Fatalf("update: %v", d)
	}
	// A stale version loses nothing: it is refused.
	e.fails("CONFLICT", update, map[string]any{"id": id, "in": map[string]any{"name": "上書き"}, "v": 1}, p1...)
	// Now public, another proposer can see it but not change it.
	e.fails("FORBIDDEN", update, map[string]any{"id": id, "in": map[string]any{"name": "乗っ取り"}, "v": 2}, p2...)
	e.ok(update, map[string]any{"id": id, "in": map[string]any{"description": "デスクが追記"}, "v": 2}, desk...)
	e.fails("BAD_USER_INPUT", update, map[string]any{"id": id, "in": map[string]any{"name": " "}, "v": 3}, p1...)
	e.fails("BAD_USER_INPUT", update, map[string]any{"id": id, "in": map[string]any{"corporateNumber": "123"}, "v": 3}, p1...)
	// A private profile is invisible to other proposers: NOT_FOUND, not FORBIDDEN.
	org2 := get(e.ok(`{ me { organization { id } } }`, nil, p2...), "me", "organization", "id")
	e.fails("NOT_FOUND", update, map[string]any{"id": org2, "in": map[string]any{"name": "x"}, "v": 1}, p1...)
	e.fails("NOT_FOUND", `query($id: ID!) { organization(id: $id) { name } }`, map[string]any{"id": org2}, p1...)
	if d := e.ok(`query($id: ID!) { organization(id: $id) { name } }`, map[string]any{"id": org2}, p2...); d["organization"] == nil {
		t.Fatal("own private organization not readable")
	}
	e.fails("UNAUTHENTICATED", update, map[string]any{"id": id, "in": map[string]any{"name": "x"}, "v": 3})
}

func TestStaffSeeDraftsWithinScope(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	mid := e.mid("aomori")
	d := e.ok(`{ municipality { departments { id name } } }`, nil)
	deps := map[string]int64{}
	for _, dep := range get(d, "municipality", "departments").([]any) {
		_, n, _ := model.ParseGlobalID(get(dep, "id").(string))
		deps[get(dep, "name").(string)] = n
	}
	shoko, seiso := deps["商工政策課"], deps["清掃管理課"]
	draft := model.Publishing{PublicationState: model.StateDraft, Version: 1}
	e.insert(
		&model.Challenge{MunicipalityID: mid, Title: "経済部の下書き課題", DepartmentID: &shoko, Publishing: draft, Stamps: stamps(testNow)},
		&model.Challenge{MunicipalityID: mid, Title: "環境部の下書き課題", DepartmentID: &seiso, Publishing: draft, Stamps: stamps(testNow)},
		&model.Agreement{MunicipalityID: mid, Title: "下書き協定", Kind: model.AgreementBusiness, Status: model.AgreementPlanned, Publishing: draft, Stamps: stamps(testNow)},
	)
	q := `{ challenges(first: 100, filter: {search: "下書き課題"}) { totalCount edges { node { title } } } agreements(filter: {search: "下書き協定"}) { totalCount } }`
	for _, c := range []struct {
		who              []string
		challenges, agrs float64
	}{
		{nil, 0, 0},
		{e.login("proposer1@demo.pppdesk.jp"), 0, 0},
		{e.login("keizai@demo.pppdesk.jp"), 1, 0},
		{e.login("kankyo@demo.pppdesk.jp"), 1, 0},
		{e.login("desk@demo.pppdesk.jp"), 2, 1},
	} {
		d := e.ok(q, nil, c.who...)
		if get(d, "challenges", "totalCount") != c.challenges || get(d, "agreements", "totalCount") != c.agrs {
			t.Errorf("%v: %v", c.who, d)
		}
	}
	d = e.ok(q, nil, e.login("keizai@demo.pppdesk.jp")...)
	if nodeField(edges(d, "challenges")[0], "title") != "経済部の下書き課題" {
		t.Fatalf("keizai sees: %v", d)
	}
}
