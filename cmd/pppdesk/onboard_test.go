package main

import (
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/alexedwards/argon2id"

	"github.com/pppdesk/pppdesk"
	"github.com/pppdesk/pppdesk/auth"
	"github.com/pppdesk/pppdesk/demo"
	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/notify"
	"github.com/pppdesk/pppdesk/storage"
	"github.com/pppdesk/pppdesk/store"
	"github.com/pppdesk/pppdesk/store/storetest"
)

var onboardParams = &argon2id.Params{Memory: 1024, Iterations: 1, Parallelism: 1, SaltLength: 16, KeyLength: 32}

// cli runs the binary's run with args and answers its stdout and error.
func cli(t *testing.T, args ...string) (string, error) {
	t.Helper()
	var out, errOut bytes.Buffer
	err := run(context.Background(), args, func(string) string { return "" }, &out, &errOut)
	return out.String(), err
}

var invitationLine = regexp.MustCompile(`(?m)^invitation: ([0-9a-f]+)$`)

// invitation runs a create command and answers the token it printed.
func invitation(t *testing.T, args ...string) string {
	t.Helper()
	out, err := cli(t, args...)
	if err != nil {
		t.Fatalf("%v: %v", args, err)
	}
	m := invitationLine.FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("%v printed no invitation line:\n%s", args, out)
	}
	return m[1]
}

// onboardServer is the real handler on the database the commands wrote, with a clock the
// test moves.
type onboardServer struct {
	t   *testing.T
	srv *pppdesk.Server
	st  *store.Store
	mu  sync.Mutex
	now time.Time
}

func (s *onboardServer) clock() time.Time {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.now
}

func (s *onboardServer) advance(d time.Duration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.now = s.now.Add(d)
}

type gqlResult struct {
	Data   map[string]any `json:"data"`
	Errors []struct {
		Message    string         `json:"message"`
		Extensions map[string]any `json:"extensions"`
	} `json:"errors"`
	raw string
}

func (r gqlResult) code() string {
	if len(r.Errors) == 0 {
		return ""
	}
	c, _ := r.Errors[0].Extensions["code"].(string)
	return c
}

// post sends one operation; headers are name, value pairs, "Host" sets the request's host.
func (s *onboardServer) post(query string, vars map[string]any, headers ...string) gqlResult {
	s.t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	for i := 0; i+1 < len(headers); i += 2 {
		if headers[i] == "Host" {
			req.Host = headers[i+1]
			continue
		}
		req.Header.Set(headers[i], headers[i+1])
	}
	rec := httptest.NewRecorder()
	s.srv.ServeHTTP(rec, req)
	var r gqlResult
	r.raw = rec.Body.String()
	if err := json.Unmarshal(rec.Body.Bytes(), &r); err != nil {
		s.t.Fatalf("%s: %v", r.raw, err)
	}
	return r
}

func (s *onboardServer) ok(query string, vars map[string]any, headers ...string) map[string]any {
	s.t.Helper()
	r := s.post(query, vars, headers...)
	if len(r.Errors) > 0 {
		s.t.Fatalf("%s: %s", query, r.raw)
	}
	return r.Data
}

func (s *onboardServer) fails(code, query string, vars map[string]any, headers ...string) gqlResult {
	s.t.Helper()
	r := s.post(query, vars, headers...)
	if r.code() != code {
		s.t.Fatalf("%s: want %s, got %s", query, code, r.raw)
	}
	return r
}

func dig(v any, path ...string) any {
	for _, p := range path {
		m, ok := v.(map[string]any)
		if !ok {
			return nil
		}
		v = m[p]
	}
	return v
}

const acceptInvitation = `mutation($t: String!) { acceptInvitation(token: $t, password: "correct horse battery", displayName: "担当") { token user { role email } } }`

// TestOnboardSecondMunicipality is the story: a second municipality is onboarded
// with the two commands and acceptInvitation, its desk sets its own terms, host name and
// mail text, a proposer there submits under those terms, and nothing of it is visible to
// Aomori (nor Aomori's to it).
func TestOnboardSecondMunicipality(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	st, dsn := storetest.Empty(t)
	if err := st.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := demo.Load(ctx, st, time.Now(), func(pw string) (string, error) { return argon2id.CreateHash(pw, onboardParams) }, nil); err != nil {
		t.Fatal(err)
	}
	deskToken := invitation(t, "municipality", "create", "--db", dsn, "--slug", "hirosaki", "--name", "弘前市", "--prefecture", "青森県", "--desk-email", "desk@hirosaki.example.jp")
	adminToken := invitation(t, "admin", "create", "--db", dsn, "--email", "ops@pppdesk.example.jp")

	files, err := storage.NewLocal(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	s := &onboardServer{t: t, st: st, now: time.Now().UTC().Truncate(time.Second)}
	mails := &notify.Recorder{}
	s.srv, err = pppdesk.New(pppdesk.Config{Store: st, DefaultMunicipality: demo.Slug, Now: s.clock, Secret: []byte("onboard-secret-onboard-secret-0123456789"),
		Auth: auth.Config{Params: onboardParams}, Files: files, Mailer: mails})
	if err != nil {
		t.Fatal(err)
	}

	// The ADMIN accepts in the platform context, then onboards a third municipality.
	d := s.ok(acceptInvitation, map[string]any{"t": adminToken}, "X-Municipality", pppdesk.PlatformSlug)
	if dig(d, "acceptInvitation", "user", "role") != "ADMIN" {
		t.Fatalf("admin accepted as %v", d)
	}
	admin := []string{"Authorization", "Bearer " + dig(d, "acceptInvitation", "token").(string)}
	s.fails("BAD_USER_INPUT", acceptInvitation, map[string]any{"t": adminToken}, "X-Municipality", pppdesk.PlatformSlug) // once only
	d = s.ok(`mutation { createMunicipality(input: {slug: "mutsu", name: "むつ市", prefecture: "青森県", deskEmail: "desk@mutsu.example.jp"}) { municipality { slug } invitationToken } }`, nil, admin...)
	mutsuToken := dig(d, "createMunicipality", "invitationToken").(string)
	d = s.ok(`{ municipalities { slug } me { role } }`, nil, admin...)
	if n := len(d["municipalities"].([]any)); n != 3 {
		t.Fatalf("ADMIN lists %d municipalities: %v", n, d)
	}
	s.fails("UNAUTHENTICATED", `{ municipalities { slug } }`, nil, append(admin, "X-Municipality", "aomori")...)
	s.fails("BAD_USER_INPUT", `{ caseStudies { totalCount } }`, nil, admin...)
	s.fails("BAD_USER_INPUT", `mutation { createMunicipality(input: {slug: "mutsu", name: "むつ市", prefecture: "青森県", deskEmail: "x@mutsu.example.jp"}) { invitationToken } }`, nil, admin...)
	aomoriDesk := s.login("aomori", "desk@demo.pppdesk.jp", demo.Password)
	s.fails("FORBIDDEN", `mutation { createMunicipality(input: {slug: "aomori2", name: "x", prefecture: "x", deskEmail: "x@example.jp"}) { invitationToken } }`, nil, aomoriDesk...)
	s.fails("FORBIDDEN", `{ municipalities { slug } }`, nil, aomoriDesk...)

	// The new desk accepts its invitation in its own municipality only, once.
	s.fails("BAD_USER_INPUT", acceptInvitation, map[string]any{"t": deskToken}) // Aomori, the default
	s.fails("BAD_USER_INPUT", acceptInvitation, map[string]any{"t": "0123abcd"}, "X-Municipality", "hirosaki")
	d = s.ok(acceptInvitation, map[string]any{"t": deskToken}, "X-Municipality", "hirosaki")
	if dig(d, "acceptInvitation", "user", "role") != "DESK" {
		t.Fatalf("desk accepted as %v", d)
	}
	desk := []string{"Authorization", "Bearer " + dig(d, "acceptInvitation", "token").(string)}
	used := s.fails("BAD_USER_INPUT", acceptInvitation, map[string]any{"t": deskToken}, "X-Municipality", "hirosaki")
	wrong := s.fails("BAD_USER_INPUT", acceptInvitation, map[string]any{"t": "0123abcd"}, "X-Municipality", "hirosaki")
	if used.Errors[0].Message != wrong.Errors[0].Message {
		t.Errorf("a used and a wrong token are told apart: %q / %q", used.Errors[0].Message, wrong.Errors[0].Message)
	}
	// The desk can sign in with the password it chose.
	s.login("hirosaki", "desk@hirosaki.example.jp", "correct horse battery")

	// A new municipality is never served Aomori's terms.
	d = s.ok(`{ proposalTerms { version text } }`, nil, "X-Municipality", "mutsu")
	if text := dig(d, "proposalTerms", "text").(string); strings.Contains(text, "青森市") || !strings.Contains(text, "むつ市") {
		t.Fatalf("mutsu is served %q", text)
	}
	d = s.ok(`{ proposalTerms { version } }`, nil)
	if v := dig(d, "proposalTerms", "version"); v != "aomori-2023-1" {
		t.Fatalf("Aomori's terms became %v", v)
	}

	// The desk sets its terms, host name, colours and a mail text.
	upd := `mutation($in: UpdateMunicipalityInput!) { updateMunicipality(input: $in) { name deskName primaryColor hosts } }`
	d = s.ok(upd, map[string]any{"in": map[string]any{"terms": "・弘前市の留意事項です。", "termsVersion": "hirosaki-1",
		"hosts": []any{"Portal.Hirosaki.example.jp"}, "primaryColor": "#12ab34", "deskName": "弘前市公民連携窓口", "phone": "0172-00-0000"}}, desk...)
	if dig(d, "updateMunicipality", "primaryColor") != "#12AB34" || dig(d, "updateMunicipality", "hosts").([]any)[0] != "portal.hirosaki.example.jp" {
		t.Fatalf("update answered %v", d)
	}
	s.fails("BAD_USER_INPUT", upd, map[string]any{"in": map[string]any{"primaryColor": "red"}}, desk...)
	s.fails("BAD_USER_INPUT", upd, map[string]any{"in": map[string]any{"hosts": []any{"https://x.example.jp/"}}}, desk...)
	s.fails("CONFLICT", upd, map[string]any{"in": map[string]any{"terms": "別の文", "termsVersion": "hirosaki-1"}}, desk...)
	s.fails("BAD_USER_INPUT", `mutation { setMailTemplate(key: "proposalReceived", subject: "{{.Nope}}", body: "x") { key } }`, nil, desk...)
	s.ok(`mutation { setMailTemplate(key: "proposalReceived", subject: "【弘前】{{.Title}}を受け付けました", body: "{{.Title}}（{{.Number}}）を受け付けました。") { key } }`, nil, desk...)
	// Aomori's desk reaches none of it, and cannot take its host.
	s.fails("UNAUTHENTICATED", upd, map[string]any{"in": map[string]any{"name": "乗っ取り"}}, append(aomoriDesk, "X-Municipality", "hirosaki")...)
	s.fails("BAD_USER_INPUT", upd, map[string]any{"in": map[string]any{"hosts": []any{"portal.hirosaki.example.jp"}}}, aomoriDesk...)
	d = s.ok(`{ municipality { name deskName hosts primaryColor } mailTemplates { key } }`, nil, aomoriDesk...)
	if dig(d, "municipality", "name") != "青森市" || len(dig(d, "municipality", "hosts").([]any)) != 0 || dig(d, "municipality", "primaryColor") != "" || len(d["mailTemplates"].([]any)) != 0 {
		t.Fatalf("Aomori's desk sees %v", d)
	}

	// Host-name routing: the city's host needs no header; the public gets no host list.
	d = s.ok(`{ municipality { slug deskName hosts } proposalTerms { version text } }`, nil, "Host", "portal.hirosaki.example.jp:443")
	if dig(d, "municipality", "slug") != "hirosaki" || dig(d, "municipality", "hosts") != nil || dig(d, "proposalTerms", "version") != "hirosaki-1" {
		t.Fatalf("by host: %v", d)
	}
	// The header wins over the host, and so does a token: a host list, which a desk edits,
	// cannot turn another municipality's signed-in staff away from their own municipality.
	d = s.ok(`{ municipality { slug } }`, nil, "Host", "portal.hirosaki.example.jp", "X-Municipality", "aomori")
	if dig(d, "municipality", "slug") != "aomori" {
		t.Fatalf("header over host: %v", d)
	}
	d = s.ok(`{ municipality { slug } me { email } }`, nil, append(aomoriDesk[:2:2], "Host", "portal.hirosaki.example.jp")...)
	if dig(d, "municipality", "slug") != "aomori" || dig(d, "me", "email") != "desk@demo.pppdesk.jp" {
		t.Fatalf("token over host: %v", d)
	}
	// A token of another municipality named by the header stays refused.
	s.fails("UNAUTHENTICATED", `{ proposals { totalCount } }`, nil, append(aomoriDesk[:2:2], "X-Municipality", "hirosaki")...)
	// An IP address is no city's portal: a desk cannot claim the server's own address.
	s.fails("BAD_USER_INPUT", upd, map[string]any{"in": map[string]any{"hosts": []any{"127.0.0.1"}}}, desk...)

	// A proposer of Hirosaki submits under Hirosaki's terms, with Hirosaki's mail text.
	proposer := s.proposer("hirosaki")
	d = s.ok(`mutation($in: CreateProposalInput!) { createProposal(input: $in) { proposal { id } } }`, map[string]any{"in": map[string]any{
		"kind": "FREE", "title": "りんご園の提案", "summary": "要約", "body": "本文", "desiredScheme": "協定",
		"contact": map[string]any{"affiliation": "営業部", "name": "弘前太郎", "email": "taro@apple.example.jp", "phone": "0172-11-1111"}}}, proposer...)
	pid := dig(d, "createProposal", "proposal", "id").(string)
	s.ok(`mutation($id: ID!) { submitProposal(id: $id, acceptTerms: true) { proposal { status } } }`, map[string]any{"id": pid}, proposer...)
	var version string
	if err := st.DB.NewSelect().Model((*model.Proposal)(nil)).Column("terms_version").Where("title = ?", "りんご園の提案").Scan(ctx, &version); err != nil || version != "hirosaki-1" {
		t.Fatalf("recorded terms version %q, %v", version, err)
	}
	var subjects []string
	if err := st.DB.NewSelect().Model((*model.OutboxMail)(nil)).Column("subject").Where("recipient = ?", "proposer@hirosaki.example.jp").Scan(ctx, &subjects); err != nil {
		t.Fatal(err)
	}
	if len(subjects) != 1 || subjects[0] != "【弘前】りんご園の提案を受け付けました" {
		t.Fatalf("proposer mails: %q", subjects)
	}

	// Nothing crosses: each desk counts only its own proposals, and the IDs do not travel.
	d = s.ok(`{ proposals { totalCount } }`, nil, desk...)
	if n := dig(d, "proposals", "totalCount"); n != float64(1) {
		t.Fatalf("Hirosaki's desk counts %v proposals", n)
	}
	d = s.ok(`{ proposals(first: 100) { edges { node { id } } } }`, nil, aomoriDesk...)
	for _, e := range dig(d, "proposals", "edges").([]any) {
		if dig(e, "node", "id") == pid {
			t.Fatal("Aomori's desk sees Hirosaki's proposal")
		}
	}
	s.fails("NOT_FOUND", `query($id: ID!) { proposal(id: $id) { id } }`, map[string]any{"id": pid}, aomoriDesk...)
	d = s.ok(`{ caseStudies { totalCount } }`, nil, "X-Municipality", "hirosaki")
	if n := dig(d, "caseStudies", "totalCount"); n != float64(0) {
		t.Fatalf("Hirosaki's public sees %v of Aomori's case studies", n)
	}

	onboardCustomFields(t, s, mails, desk, aomoriDesk)

	// An invitation is void once the account has a password set another way (a reset link
	// reaches the invited address too): it must not replace the password its owner chose.
	d = s.ok(`mutation { createMunicipality(input: {slug: "goshogawara", name: "五所川原市", prefecture: "青森県", deskEmail: "desk@goshogawara.example.jp"}) { invitationToken } }`, nil, admin...)
	goshoToken := dig(d, "createMunicipality", "invitationToken").(string)
	var gosho model.User
	if err := st.DB.NewSelect().Model(&gosho).Where("email = ?", "desk@goshogawara.example.jp").Scan(ctx); err != nil {
		t.Fatal(err)
	}
	if ok, err := store.SetPassword(ctx, st.DB, gosho.MunicipalityID, gosho.ID, "", "owner-chosen-hash", "", s.clock()); err != nil || !ok {
		t.Fatalf("set password: %v %v", ok, err)
	}
	void := s.fails("BAD_USER_INPUT", acceptInvitation, map[string]any{"t": goshoToken}, "X-Municipality", "goshogawara")
	if void.Errors[0].Message != wrong.Errors[0].Message {
		t.Errorf("a void invitation is told apart: %q", void.Errors[0].Message)
	}
	var after model.User
	if err := st.DB.NewSelect().Model(&after).Where("id = ?", gosho.ID).Scan(ctx); err != nil || after.PasswordHash != "owner-chosen-hash" {
		t.Fatalf("the invitation replaced the owner's password: %q %v", after.PasswordHash, err)
	}

	// An invitation expires.
	s.advance(tenantTTL + time.Minute)
	expired := s.fails("BAD_USER_INPUT", acceptInvitation, map[string]any{"t": mutsuToken}, "X-Municipality", "mutsu")
	if expired.Errors[0].Message != wrong.Errors[0].Message {
		t.Errorf("an expired token is told apart: %q", expired.Errors[0].Message)
	}

	// The audit log of Hirosaki records the onboarding and the changes.
	var actions []string
	if err := st.DB.NewSelect().Model((*model.AuditEntry)(nil)).Column("action").
		Where("municipality_id = (SELECT id FROM municipalities WHERE slug = ?)", "hirosaki").Order("id").Scan(ctx, &actions); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"municipality.create", "account.acceptInvitation", "municipality.update", "municipality.mailTemplate"} {
		if !strings.Contains(strings.Join(actions, " "), want) {
			t.Errorf("audit log %v lacks %s", actions, want)
		}
	}
}

// onboardCustomFields is the custom-field part of the story: Hirosaki's desk defines
// a required proposal field, a proposer who signed up and verified the address there is
// refused without it (BAD_USER_INPUT naming the key) and submits with it, and nothing of it
// — definition, value, proposal — reaches Aomori's desk or public; nor Aomori's field
// Hirosaki.
func onboardCustomFields(t *testing.T, s *onboardServer, mails *notify.Recorder, desk, aomoriDesk []string) {
	t.Helper()
	hirosaki := []string{"X-Municipality", "hirosaki"}
	define := `mutation($in: CustomFieldDefinitionInput!) { defineCustomField(input: $in) { id key } }`
	d := s.ok(define, map[string]any{"in": map[string]any{"key": "appleVariety", "target": "PROPOSAL", "labelJa": "りんごの品種", "labelEn": "Apple variety",
		"type": "SINGLE_CHOICE", "required": true, "visibility": "PROPOSER",
		"choices": []any{map[string]any{"value": "fuji", "labelJa": "ふじ"}, map[string]any{"value": "orin", "labelJa": "王林"}}}}, desk...)
	fieldID := dig(d, "defineCustomField", "id").(string)
	d = s.ok(define, map[string]any{"in": map[string]any{"key": "aomoriOnly", "target": "PROPOSAL", "labelJa": "青森の項目", "type": "TEXT", "visibility": "PUBLIC"}}, aomoriDesk...)
	aomoriField := dig(d, "defineCustomField", "id").(string)
	// A portal of Hirosaki builds its form from Hirosaki's definitions only.
	defs := `{ customFieldDefinitions(target: PROPOSAL) { key labelJa required choices { value } } }`
	d = s.ok(defs, nil, hirosaki...)
	if got := dig(d, "customFieldDefinitions").([]any); len(got) != 1 || dig(got[0], "key") != "appleVariety" || dig(got[0], "required") != true {
		t.Fatalf("Hirosaki's portal reads %v", got)
	}

	// A proposer signs up in Hirosaki and proves the address with the emailed code.
	s.ok(`mutation($in: SignUpInput!) { signUp(input: $in) { message } }`, map[string]any{"in": map[string]any{"email": "grower@apple.example.jp",
		"password": "apple grower password", "displayName": "りんご農家", "organization": map[string]any{"name": "弘前りんご合同会社", "kind": "CORPORATION"}}}, hirosaki...)
	s.srv.WaitForNotifications()
	code := ""
	for _, m := range mails.Messages() {
		if c := regexp.MustCompile(`\(valid for \d+ hours\):\n(\S+)`).FindStringSubmatch(m.TextEN); m.To == "grower@apple.example.jp" && c != nil {
			code = c[1]
		}
	}
	if code == "" {
		t.Fatal("no sign-up code mailed")
	}
	d = s.ok(`mutation($t: String!, $p: String!) { confirmSignUp(token: $t, password: $p) { token user { emailVerified } } }`,
		map[string]any{"t": code, "p": "apple grower password"}, hirosaki...)
	grower := append([]string{"Authorization", "Bearer " + dig(d, "confirmSignUp", "token").(string)}, hirosaki...)

	create := `mutation($in: CreateProposalInput!) { createProposal(input: $in) { proposal { id version } } }`
	in := map[string]any{"kind": "FREE", "title": "品種別の販路提案", "summary": "要約", "body": "本文", "desiredScheme": "協定",
		"contact": map[string]any{"affiliation": "", "name": "農家", "email": "grower@apple.example.jp", "phone": "0172-22-2222"}}
	// Aomori's key means nothing in Hirosaki.
	in["customFields"] = []any{map[string]any{"key": "aomoriOnly", "text": "越境"}}
	if r := s.fails("BAD_USER_INPUT", create, map[string]any{"in": in}, grower...); !strings.Contains(r.Errors[0].Message, "aomoriOnly") {
		t.Fatalf("%s", r.raw)
	}
	delete(in, "customFields")
	d = s.ok(create, map[string]any{"in": in}, grower...)
	pid := dig(d, "createProposal", "proposal", "id").(string)
	submit := `mutation($id: ID!) { submitProposal(id: $id, acceptTerms: true) { proposal { status customFields { key choices definition { labelJa } } } } }`
	r := s.fails("BAD_USER_INPUT", submit, map[string]any{"id": pid}, grower...)
	if f, _ := r.Errors[0].Extensions["field"].(string); !strings.Contains(f, "appleVariety") || !strings.Contains(r.Errors[0].Message, "appleVariety") {
		t.Fatalf("the refusal does not name the key: %s", r.raw)
	}
	s.ok(`mutation($id: ID!) { updateProposal(id: $id, version: 1, input: {customFields: [{key: "appleVariety", choices: ["fuji"]}]}) { proposal { id } } }`,
		map[string]any{"id": pid}, grower...)
	d = s.ok(submit, map[string]any{"id": pid}, grower...)
	if dig(d, "submitProposal", "proposal", "status") != "SUBMITTED" || dig(d, "submitProposal", "proposal", "customFields").([]any)[0].(map[string]any)["choices"].([]any)[0] != "fuji" {
		t.Fatalf("submitted %v", d)
	}
	d = s.ok(`query($id: ID!) { proposal(id: $id) { customFields { key choices } } }`, map[string]any{"id": pid}, desk...)
	if got := dig(d, "proposal", "customFields").([]any); len(got) != 1 || dig(got[0], "key") != "appleVariety" {
		t.Fatalf("Hirosaki's desk reads %v", got)
	}

	// Nothing of it reaches Aomori's desk or public: not the definition, not the proposal
	// with its value, not the definition by ID.
	for _, who := range [][]string{aomoriDesk, nil} {
		d = s.ok(defs, nil, who...)
		for _, def := range dig(d, "customFieldDefinitions").([]any) {
			if dig(def, "key") == "appleVariety" {
				t.Fatalf("Aomori reads Hirosaki's field: %v", d)
			}
		}
		r = s.post(`query($id: ID!, $f: ID!) { proposal(id: $id) { id } node(id: $f) { id } }`, map[string]any{"id": pid, "f": fieldID}, who...)
		if dig(r.Data, "proposal") != nil || dig(r.Data, "node") != nil || strings.Contains(r.raw, "fuji") {
			t.Fatalf("Aomori reaches Hirosaki's proposal or field: %s", r.raw)
		}
	}
	s.fails("NOT_FOUND", `mutation($id: ID!) { deleteCustomField(id: $id) }`, map[string]any{"id": fieldID}, aomoriDesk...)
	// And the reverse: Aomori's field is unknown to Hirosaki's desk and public.
	for _, who := range [][]string{desk, hirosaki} {
		d = s.ok(defs, nil, who...)
		for _, def := range dig(d, "customFieldDefinitions").([]any) {
			if dig(def, "key") == "aomoriOnly" {
				t.Fatalf("Hirosaki reads Aomori's field: %v", d)
			}
		}
		if r := s.post(`query($f: ID!) { node(id: $f) { id } }`, map[string]any{"f": aomoriField}, who...); dig(r.Data, "node") != nil {
			t.Fatalf("Hirosaki reaches Aomori's field: %s", r.raw)
		}
	}
	s.fails("NOT_FOUND", `mutation($id: ID!) { updateCustomField(id: $id, input: {key: "x", target: PROPOSAL, labelJa: "x", type: TEXT}) { id } }`, map[string]any{"id": aomoriField}, desk...)
}

// tenantTTL is the invitations' default lifetime the commands and createMunicipality use.
const tenantTTL = 7 * 24 * time.Hour

// login signs in and answers the headers of the session.
func (s *onboardServer) login(slug, email, password string) []string {
	s.t.Helper()
	d := s.ok(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`, map[string]any{"e": email, "p": password}, "X-Municipality", slug)
	return []string{"Authorization", "Bearer " + dig(d, "login", "token").(string), "X-Municipality", slug}
}

// proposer creates a proposer of a new organization in the municipality and signs it in.
func (s *onboardServer) proposer(slug string) []string {
	s.t.Helper()
	ctx := context.Background()
	m, err := s.st.MunicipalityBySlug(ctx, slug)
	if err != nil {
		s.t.Fatal(err)
	}
	now := s.clock()
	org := &model.Organization{MunicipalityID: m.ID, Name: "りんご株式会社", Kind: model.OrganizationKind("COMPANY"), Version: 1, Stamps: model.Stamps{CreatedAt: now, UpdatedAt: now}}
	if err := store.Insert(ctx, s.st.DB, org); err != nil {
		s.t.Fatal(err)
	}
	hash, _ := argon2id.CreateHash("proposer password", onboardParams)
	u := &model.User{MunicipalityID: m.ID, Email: "proposer@" + slug + ".example.jp", PasswordHash: hash, DisplayName: "提案者",
		Role: model.RoleProposer, OrganizationID: &org.ID, EmailVerifiedAt: &now, Stamps: model.Stamps{CreatedAt: now, UpdatedAt: now}}
	if err := store.Insert(ctx, s.st.DB, u); err != nil {
		s.t.Fatal(err)
	}
	return s.login(slug, u.Email, "proposer password")
}

// TestOnboardingCommandsRefuseBadInput: each refusal names the problem and fails the command.
func TestOnboardingCommandsRefuseBadInput(t *testing.T) {
	t.Parallel()
	_, dsn := storetest.Empty(t)
	mc := func(slug, email string) []string {
		return []string{"municipality", "create", "--db", dsn, "--slug", slug, "--name", "弘前市", "--prefecture", "青森県", "--desk-email", email}
	}
	invitation(t, mc("hirosaki", "desk@hirosaki.example.jp")...)
	invitation(t, "admin", "create", "--db", dsn, "--email", "ops@example.jp")
	for _, c := range []struct {
		args []string
		want string
	}{
		{mc("Hirosaki!", "desk@example.jp"), "--slug"},
		{mc("hirosaki", "desk@example.jp"), "already exists"},
		{mc("aomori", "not-an-email"), "--desk-email"},
		{[]string{"municipality", "create", "--db", dsn, "--slug", "aomori"}, "missing --name, --prefecture, --desk-email"},
		{[]string{"admin", "create", "--db", dsn, "--email", "OPS@example.jp"}, "already exists"},
		{[]string{"admin", "create", "--db", dsn}, "missing --email"},
		{[]string{"admin", "create", "--email", "x@example.jp"}, "missing --db"},
		{[]string{"admin", "delete"}, "usage"},
		{append(mc("mutsu", "desk@mutsu.example.jp"), "--invitation-ttl", "0s"), "--invitation-ttl"},
	} {
		out, err := cli(t, c.args...)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%v: err %v, want one naming %q", c.args, err, c.want)
		}
		if strings.Contains(out, "invitation:") {
			t.Errorf("%v printed an invitation on failure", c.args)
		}
	}
}

// TestEmptyDatabaseOnboarding: on an empty database the start-up warning says the steps,
// and they work as said — the ADMIN accepts with no header at all (the platform context),
// creates a municipality, and its desk accepts there; nothing else runs without a
// municipality.
func TestEmptyDatabaseOnboarding(t *testing.T) {
	t.Parallel()
	var warned strings.Builder
	warnings(slog.New(slog.NewTextHandler(&warned, nil)), options{smtp: notify.SMTPConfig{Host: "mail"}}, nil)
	for _, step := range []string{"pppdesk municipality create --db DSN --slug SLUG --name NAME --prefecture PREF --desk-email EMAIL",
		"pppdesk admin create --db DSN --email EMAIL", "invitation: <token>", "acceptInvitation(token, password, displayName)", "X-Municipality: _platform"} {
		if !strings.Contains(warned.String(), step) {
			t.Errorf("the warning lacks %q:\n%s", step, warned.String())
		}
	}
	st, dsn := storetest.Empty(t)
	adminToken := invitation(t, "admin", "create", "--db", dsn, "--email", "ops@pppdesk.example.jp")
	files, err := storage.NewLocal(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	s := &onboardServer{t: t, st: st, now: time.Now().UTC().Truncate(time.Second)}
	s.srv, err = pppdesk.New(pppdesk.Config{Store: st, Now: s.clock, Secret: []byte("onboard-secret-onboard-secret-0123456789"),
		Auth: auth.Config{Params: onboardParams}, Files: files})
	if err != nil {
		t.Fatal(err)
	}
	s.fails("BAD_USER_INPUT", `{ caseStudies { totalCount } }`, nil)
	s.fails("BAD_USER_INPUT", `mutation { signUp(input: {email: "a@example.jp", password: "long enough password", displayName: "a"}) { message } }`, nil)
	d := s.ok(acceptInvitation, map[string]any{"t": adminToken})
	admin := []string{"Authorization", "Bearer " + dig(d, "acceptInvitation", "token").(string)}
	d = s.ok(`mutation { createMunicipality(input: {slug: "hirosaki", name: "弘前市", prefecture: "青森県", deskEmail: "desk@hirosaki.example.jp"}) { invitationToken municipality { slug } } }`, nil, admin...)
	d = s.ok(acceptInvitation, map[string]any{"t": dig(d, "createMunicipality", "invitationToken")}, "X-Municipality", "hirosaki")
	desk := []string{"Authorization", "Bearer " + dig(d, "acceptInvitation", "token").(string)}
	// The desk's token chooses its municipality by itself; the ADMIN signs in again later.
	d = s.ok(`{ municipality { slug departments { name } } me { role department { name } } }`, nil, desk...)
	if deps, _ := dig(d, "municipality", "departments").([]any); dig(d, "municipality", "slug") != "hirosaki" || dig(d, "me", "role") != "DESK" ||
		dig(d, "me", "department", "name") != "弘前市" || len(deps) != 1 {
		t.Fatalf("desk: %v", d)
	}
	s.ok(`mutation { login(email: "ops@pppdesk.example.jp", password: "correct horse battery") { token } }`, nil)
	s.fails("UNAUTHENTICATED", `mutation { login(email: "ops@pppdesk.example.jp", password: "correct horse battery") { token } }`, nil, "X-Municipality", "hirosaki")
}
