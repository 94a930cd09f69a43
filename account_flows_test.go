package pppdesk_test

import (
	"context"
	"encoding/base64"
	"io"
	"mime"
	"net"
	"net/http/httptest"
	"net/mail"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-smtp"

	"github.com/pppdesk/pppdesk"
	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/notify"
)

// letterbox is a real SMTP server on loopback that keeps whole mails (recipient, subject and
// the decoded text), so the account flows can follow the links they mail.
type letterbox struct {
	mu    sync.Mutex
	mails []letter
}

type letter struct{ to, subject, body string }

type letterSession struct {
	box *letterbox
	to  []string
}

func (b *letterbox) NewSession(*smtp.Conn) (smtp.Session, error) { return &letterSession{box: b}, nil }
func (s *letterSession) Mail(string, *smtp.MailOptions) error    { return nil }
func (s *letterSession) Rcpt(to string, _ *smtp.RcptOptions) error {
	s.to = append(s.to, to)
	return nil
}
func (s *letterSession) Data(r io.Reader) error {
	m, err := mail.ReadMessage(r)
	if err != nil {
		return err
	}
	subj, _ := new(mime.WordDecoder).DecodeHeader(m.Header.Get("Subject"))
	raw, err := io.ReadAll(m.Body)
	if err != nil {
		return err
	}
	body := string(raw)
	if strings.EqualFold(m.Header.Get("Content-Transfer-Encoding"), "base64") {
		b, err := base64.StdEncoding.DecodeString(strings.Join(strings.Fields(body), ""))
		if err != nil {
			return err
		}
		body = string(b)
	}
	s.box.mu.Lock()
	for _, to := range s.to {
		s.box.mails = append(s.box.mails, letter{to: to, subject: subj, body: strings.ReplaceAll(body, "\r\n", "\n")})
	}
	s.box.mu.Unlock()
	return nil
}
func (s *letterSession) Reset()        { s.to = nil }
func (s *letterSession) Logout() error { return nil }

// accountEnv starts a demo server whose mail goes through a real SMTP server on loopback.
func accountEnv(t *testing.T) (*env, *letterbox) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	must(t, err)
	box := &letterbox{}
	srv := smtp.NewServer(box)
	srv.Domain, srv.AllowInsecureAuth = "localhost", true
	srv.ReadTimeout, srv.WriteTimeout = 10*time.Second, 10*time.Second
	go func() { _ = srv.Serve(ln) }()
	t.Cleanup(func() { _ = srv.Close() })
	mailer, err := notify.NewSMTP(notify.SMTPConfig{Host: "127.0.0.1", Port: ln.Addr().(*net.TCPAddr).Port, From: "desk@demo.pppdesk.jp", TLS: "none"})
	must(t, err)
	return newEnvOpts(t, func(c *pppdesk.Config) { c.Mailer = mailer }), box
}

// to answers the mails delivered to an address so far, after sending what is due.
func (b *letterbox) to(e *env, addr string) []letter {
	e.srv.WaitForNotifications()
	b.mu.Lock()
	defer b.mu.Unlock()
	var out []letter
	for _, m := range b.mails {
		if m.to == addr {
			out = append(out, m)
		}
	}
	return out
}

// tokenIn answers the token of the last mail to addr that links to path on the portal.
func (b *letterbox) tokenIn(t *testing.T, e *env, addr, path string) string {
	t.Helper()
	re := regexp.MustCompile(`https://opencityaomori\.studio\.site` + regexp.QuoteMeta(path) + `#token=(\S+)`)
	token := ""
	for _, m := range b.to(e, addr) {
		if c := re.FindStringSubmatch(m.body); c != nil {
			token = c[1]
		}
	}
	if token == "" {
		t.Fatalf("no %s link mailed to %s: %+v", path, addr, b.to(e, addr))
	}
	return token
}

func (e *env) advance(d time.Duration) {
	e.mu.Lock()
	e.now = e.now.Add(d)
	e.mu.Unlock()
}

func (e *env) countSQL(q string, args ...any) int {
	e.t.Helper()
	var n int
	if err := e.st.DB.NewRaw(q, args...).Scan(context.Background(), &n); err != nil {
		e.t.Fatal(err)
	}
	return n
}

func (e *env) failsOn(code, field, query string, vars map[string]any, headers ...string) {
	e.t.Helper()
	r := e.fails(code, query, vars, headers...)
	if f, _ := r.Errors[0].Extensions["field"].(string); f != field {
		e.t.Fatalf("field %q, want %q: %s", f, field, r.Raw)
	}
}

func bearer(d map[string]any, op string) []string {
	return []string{"Authorization", "Bearer " + get(d, op, "token").(string)}
}

const (
	requestReset  = `mutation($e: String!) { requestPasswordReset(email: $e) }`
	resetPassword = `mutation($t: String!, $p: String!) { resetPassword(token: $t, newPassword: $p) { token user { email } } }`
)

// TestPasswordResetOverSMTP: the reset link arrives through SMTP, works once, signs in and
// revokes every earlier token; an unknown address gets the same answer and the same work;
// an expired link is refused with the same error as a used or unknown one.
func TestPasswordResetOverSMTP(t *testing.T) {
	t.Parallel()
	e, box := accountEnv(t)
	const who = "proposer1@demo.pppdesk.jp"
	old := e.login(who)

	known := e.post(requestReset, map[string]any{"e": "Proposer1@demo.pppdesk.jp"})
	unknown := e.post(requestReset, map[string]any{"e": "nobody@example.jp"})
	if known.Raw != unknown.Raw || get(known.Data, "requestPasswordReset") != true {
		t.Fatalf("answers differ: %s / %s", known.Raw, unknown.Raw)
	}
	// The same work either way: one stored (hashed) token and one mail per request.
	for _, addr := range []string{who, "nobody@example.jp"} {
		if n := e.countSQL("SELECT COUNT(*) FROM account_tokens WHERE email = ?", addr); n != 1 {
			t.Fatalf("%s: %d token rows", addr, n)
		}
		if n := len(box.to(e, addr)); n != 1 {
			t.Fatalf("%s: %d mails", addr, n)
		}
	}
	if m := box.to(e, "nobody@example.jp")[0]; strings.Contains(m.body, "#token=") || !strings.Contains(m.body, "no active account") {
		t.Fatalf("unknown address mail: %+v", m)
	}
	token := box.tokenIn(t, e, who, "/reset-password")
	if n := e.countSQL("SELECT COUNT(*) FROM account_tokens WHERE token_hash = ?", token); n != 0 {
		t.Fatal("the token is stored in the clear")
	}

	e.failsOn("BAD_USER_INPUT", "token", resetPassword, map[string]any{"t": "not-a-token", "p": "a new password here"})
	e.failsOn("BAD_USER_INPUT", "newPassword", resetPassword, map[string]any{"t": token, "p": "short"})
	d := e.ok(resetPassword, map[string]any{"t": token, "p": "a new password here"})
	if get(d, "resetPassword", "user", "email") != who {
		t.Fatalf("reset: %v", d)
	}
	now := bearer(d, "resetPassword")
	e.ok(`{ me { id } }`, nil, now...)
	e.fails("UNAUTHENTICATED", `{ me { id } }`, nil, old...)
	e.fails("UNAUTHENTICATED", loginQuery, map[string]any{"e": who, "p": "pppdesk-demo"})
	e.ok(loginQuery, map[string]any{"e": who, "p": "a new password here"})
	// Once only.
	e.failsOn("BAD_USER_INPUT", "token", resetPassword, map[string]any{"t": token, "p": "another new password"})
	if n := e.countSQL("SELECT COUNT(*) FROM audit_entries WHERE action = 'account.resetPassword'"); n != 1 {
		t.Fatalf("%d audit entries", n)
	}
	if m := box.to(e, who); !strings.Contains(m[len(m)-1].subject, "パスワードを変更しました") {
		t.Fatalf("no notice of the change: %+v", m[len(m)-1])
	}

	// Expired after an hour.
	e.ok(requestReset, map[string]any{"e": who})
	late := box.tokenIn(t, e, who, "/reset-password")
	e.advance(time.Hour)
	e.failsOn("BAD_USER_INPUT", "token", resetPassword, map[string]any{"t": late, "p": "yet another password"})
	e.ok(loginQuery, map[string]any{"e": who, "p": "a new password here"})
}

// TestPasswordResetRateLimits: requests are limited per requested address (3 an hour, whether
// or not it has an account) and per client address (10 an hour).
func TestPasswordResetRateLimits(t *testing.T) {
	t.Parallel()
	e, box := accountEnv(t)
	for i := range 3 {
		_ = i
		e.ok(requestReset, map[string]any{"e": "nobody@example.jp"})
	}
	e.fails("RATE_LIMITED", requestReset, map[string]any{"e": "nobody@example.jp"})
	if n := len(box.to(e, "nobody@example.jp")); n != 3 {
		t.Fatalf("%d mails to one address", n)
	}
	for i := range 6 { // 4 requests counted so far from this client
		e.ok(requestReset, map[string]any{"e": string(rune('a'+i)) + "@example.jp"})
	}
	e.fails("RATE_LIMITED", requestReset, map[string]any{"e": "proposer1@demo.pppdesk.jp"})
	e.advance(time.Hour)
	e.ok(requestReset, map[string]any{"e": "proposer1@demo.pppdesk.jp"})
}

// TestChangePassword: the current password is checked (and limited as sign-ins are), the
// new one follows the sign-up rules, the other tokens of the account are revoked and the
// token of the request stays valid; the owner is told by email.
func TestChangePassword(t *testing.T) {
	t.Parallel()
	e, box := accountEnv(t)
	const who = "proposer1@demo.pppdesk.jp"
	const change = `mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }`
	mine, other := e.login(who), e.login(who)
	colleague := e.login("proposer2@demo.pppdesk.jp")
	e.fails("UNAUTHENTICATED", change, map[string]any{"c": "pppdesk-demo", "n": "a changed password"})
	e.failsOn("BAD_USER_INPUT", "currentPassword", change, map[string]any{"c": "wrong password", "n": "a changed password"}, mine...)
	e.failsOn("BAD_USER_INPUT", "newPassword", change, map[string]any{"c": "pppdesk-demo", "n": "short"}, mine...)
	e.ok(change, map[string]any{"c": "pppdesk-demo", "n": "a changed password"}, mine...)
	e.ok(`{ me { id } }`, nil, mine...)
	e.fails("UNAUTHENTICATED", `{ me { id } }`, nil, other...)
	e.ok(`{ me { id } }`, nil, colleague...) // other accounts keep their tokens
	e.fails("UNAUTHENTICATED", loginQuery, map[string]any{"e": who, "p": "pppdesk-demo"})
	again := bearer(e.ok(loginQuery, map[string]any{"e": who, "p": "a changed password"}), "login")
	e.ok(`{ me { id } }`, nil, again...)
	if n := e.countSQL("SELECT COUNT(*) FROM audit_entries WHERE action = 'account.changePassword'"); n != 1 {
		t.Fatalf("%d audit entries", n)
	}
	if m := box.to(e, who); len(m) != 1 || !strings.Contains(m[0].subject, "パスワードを変更しました") {
		t.Fatalf("mails: %+v", m)
	}
	// Guessing the current password with a token is limited as signing in is.
	limited := false
	for range 8 {
		r := e.post(change, map[string]any{"c": "a wrong guess", "n": "a changed password"}, mine...)
		if r.code() == "RATE_LIMITED" {
			limited = true
			break
		}
	}
	if !limited {
		t.Fatal("wrong current passwords are not limited")
	}
}

// TestEmailVerificationBeforeSubmission: a proposer whose address is not verified cannot
// submit; the emailed link (redeemed signed out) verifies it once, and then it can. A
// confirmed sign-up starts verified.
func TestEmailVerificationBeforeSubmission(t *testing.T) {
	t.Parallel()
	e, box := accountEnv(t)
	ctx := context.Background()
	mid := e.mid("aomori")
	var org int64
	must(t, e.st.DB.NewRaw("SELECT organization_id FROM users WHERE email = 'proposer1@demo.pppdesk.jp'").Scan(ctx, &org))
	hash, _ := cheapHash("unverified password")
	const who = "unverified@example.jp"
	e.insert(&model.User{MunicipalityID: mid, Email: who, PasswordHash: hash, DisplayName: "未確認", Role: model.RoleProposer,
		OrganizationID: &org, Stamps: stamps(testNow)})
	h := bearer(e.ok(loginQuery, map[string]any{"e": who, "p": "unverified password"}), "login")
	if d := e.ok(`{ me { emailVerified } }`, nil, h...); get(d, "me", "emailVerified") != false {
		t.Fatalf("me: %v", d)
	}
	id := get(e.ok(createProposal, map[string]any{"in": proposalInput("FREE", nil)}, h...), "createProposal", "proposal", "id")
	const submit = `mutation($id: ID!) { submitProposal(id: $id, acceptTerms: true) { proposal { status } } }`
	r := e.fails("FORBIDDEN", submit, map[string]any{"id": id}, h...)
	if !strings.Contains(r.Errors[0].Message, "requestEmailVerification") {
		t.Fatalf("refusal does not name the way out: %s", r.Raw)
	}

	e.fails("UNAUTHENTICATED", `mutation { requestEmailVerification }`, nil)
	e.ok(`mutation { requestEmailVerification }`, nil, h...)
	token := box.tokenIn(t, e, who, "/verify-email")
	e.failsOn("BAD_USER_INPUT", "token", `mutation($t: String!) { verifyEmail(token: $t) }`, map[string]any{"t": "not-a-token"})
	e.ok(`mutation($t: String!) { verifyEmail(token: $t) }`, map[string]any{"t": token}) // signed out
	e.failsOn("BAD_USER_INPUT", "token", `mutation($t: String!) { verifyEmail(token: $t) }`, map[string]any{"t": token})
	if d := e.ok(`{ me { emailVerified } }`, nil, h...); get(d, "me", "emailVerified") != true {
		t.Fatalf("me: %v", d)
	}
	if got := get(e.ok(submit, map[string]any{"id": id}, h...), "submitProposal", "proposal", "status"); got != "SUBMITTED" {
		t.Fatalf("status %v", got)
	}
	if n := e.countSQL("SELECT COUNT(*) FROM audit_entries WHERE action = 'account.verifyEmail'"); n != 1 {
		t.Fatalf("%d audit entries", n)
	}
	// A verified account gets no further mail.
	before := len(box.to(e, who))
	e.ok(`mutation { requestEmailVerification }`, nil, h...)
	if n := len(box.to(e, who)); n != before {
		t.Fatalf("%d mails after verification", n-before)
	}
	// The desk, which reads emails, sees it; a colleague, who does not, sees null.
	q := `{ users(filter: {search: "unverified@example.jp"}) { edges { node { emailVerified } } } }`
	if d := e.ok(q, nil, e.login("desk@demo.pppdesk.jp")...); nodeField(edges(d, "users")[0], "emailVerified") != true {
		t.Fatalf("desk: %v", d)
	}
	q = `{ users(filter: {search: "未確認"}) { edges { node { emailVerified } } } }`
	if d := e.ok(q, nil, e.login("proposer1@demo.pppdesk.jp")...); nodeField(edges(d, "users")[0], "emailVerified") != nil {
		t.Fatalf("colleague: %v", d)
	}
}

// TestCorporateNumberJoin: a second sign-up with a 法人番号 registered in the municipality
// answers as any sign-up, creates no organization, mails the organization's members to invite
// the applicant, and the applicant joins through inviteColleague; the number is unique per
// municipality in the database too.
func TestCorporateNumberJoin(t *testing.T) {
	t.Parallel()
	e, box := accountEnv(t)
	ctx := context.Background()
	codeOf := func(addr string) string {
		t.Helper()
		re := regexp.MustCompile(`\(valid for \d+ hours\):\n(\S+)`)
		for _, m := range box.to(e, addr) {
			if c := re.FindStringSubmatch(m.body); c != nil {
				return c[1]
			}
		}
		return ""
	}
	in := func(email, number string) map[string]any {
		return map[string]any{"in": map[string]any{"email": email, "password": "sign-up password", "displayName": email[:5],
			"organization": map[string]any{"name": "株式会社あおもり", "kind": "CORPORATION", "corporateNumber": number}}}
	}
	first := e.post(signUp, in("first@example.jp", "1180301018771"))
	d := e.ok(confirmSignUp, map[string]any{"t": codeOf("first@example.jp"), "p": "sign-up password"})
	owner := bearer(d, "confirmSignUp")
	if d := e.ok(`{ me { emailVerified } }`, nil, owner...); get(d, "me", "emailVerified") != true {
		t.Fatalf("a confirmed sign-up is not verified: %v", d)
	}

	second := e.post(signUp, in("second@example.jp", "1-1803-0101-8771"))
	if first.Raw != second.Raw {
		t.Fatalf("answers differ: %s / %s", first.Raw, second.Raw)
	}
	if c := codeOf("second@example.jp"); c != "" {
		t.Fatal("a confirmation code was sent for a registered corporate number")
	}
	m := box.to(e, "second@example.jp")
	if len(m) != 1 || !strings.Contains(m[0].body, "already registered") {
		t.Fatalf("applicant mails: %+v", m)
	}
	asked := box.to(e, "first@example.jp")
	if len(asked) != 2 || !strings.Contains(asked[1].body, "second@example.jp") || !strings.Contains(asked[1].body, "inviteColleague") {
		t.Fatalf("member mails: %+v", asked)
	}
	mid := e.mid("aomori")
	if n := e.countSQL("SELECT COUNT(*) FROM organizations WHERE municipality_id = ? AND corporate_number = '1180301018771'", mid); n != 1 {
		t.Fatalf("%d organizations with the number", n)
	}

	// The members invite; the applicant joins that organization.
	inv := e.ok(`mutation { inviteColleague(email: "second@example.jp") { token } }`, nil, owner...)
	e.ok(signUp, map[string]any{"in": map[string]any{"email": "second@example.jp", "password": "second password", "displayName": "二人目",
		"invitationToken": get(inv, "inviteColleague", "token")}})
	d = e.ok(confirmSignUp, map[string]any{"t": codeOf("second@example.jp"), "p": "second password"})
	joined := bearer(d, "confirmSignUp")
	o1 := get(e.ok(`{ me { organization { id } } }`, nil, owner...), "me", "organization", "id")
	o2 := get(e.ok(`{ me { organization { id } } }`, nil, joined...), "me", "organization", "id")
	if o1 != o2 {
		t.Fatalf("joined %v, want %v", o2, o1)
	}

	// The desk cannot register the number twice either, and the database refuses it.
	desk := e.login("desk@demo.pppdesk.jp")
	e.failsOn("BAD_USER_INPUT", "input.corporateNumber", `mutation { createOrganization(input: {name: "重複", kind: CORPORATION, corporateNumber: "1180301018771"}) { id } }`, nil, desk...)
	other := &model.Organization{MunicipalityID: mid, Name: "別会社", Kind: model.OrgCorporation, CorporateNumber: "1180301018771", Version: 1, Stamps: stamps(testNow)}
	e.insert(other)
	if _, err := e.st.DB.NewInsert().Model(&model.OrganizationNumber{MunicipalityID: mid, CorporateNumber: "1180301018771", OrganizationID: other.ID}).Exec(ctx); err == nil {
		t.Fatal("the database took a second organization for one corporate number")
	}
	// Another municipality may have its own organization with the number.
	e.municipality("hirosaki", "弘前市")
	e.ok(signUp, in("first@example.jp", "1180301018771"), "X-Municipality", "hirosaki")
	codes := 0
	for _, m := range box.to(e, "first@example.jp") {
		if strings.Contains(m.body, "confirmSignUp") && strings.Contains(m.subject, "弘前市") {
			codes++
		}
	}
	if codes != 1 {
		t.Fatalf("%d confirmation codes from the other municipality", codes)
	}
}

// TestSubscriptionEndsWhenThePasswordChanges: a stream opened with a token that a password
// change revoked ends with UNAUTHENTICATED, on the next check of its session.
func TestSubscriptionEndsWhenThePasswordChanges(t *testing.T) {
	t.Parallel()
	e := newEnvOpts(t, func(c *pppdesk.Config) { c.PollInterval = 20 * time.Millisecond })
	ts := httptest.NewServer(e.srv)
	defer ts.Close()
	const who = "desk@demo.pppdesk.jp"
	streaming, changing := e.login(who), e.login(who)
	p1 := e.login("proposer1@demo.pppdesk.jp")
	// The bound is only against a hang: the stream's session is checked on every poll,
	// with or without events.
	c, ctx := subscribeWithin(t, 3*time.Minute, ts.URL, streaming, `subscription { proposalEvents { proposal { id } event { action } } }`, nil)
	msgs := subscriptionReader(ctx, c)
	// The stream delivers with the token before the change: submit proposals until an
	// event arrives (each submission is one more event, so none is waited for twice).
	// Without this, a loaded server could read the subscribe message after the change and
	// refuse the operation at its start ("next" with the error, then "complete"), a case the
	// test used to skip past and then wait for an "error" that never came.
	for live := false; !live; {
		id := get(e.ok(createProposal, map[string]any{"in": proposalInput("FREE", nil)}, p1...), "createProposal", "proposal", "id")
		e.ok(`mutation($id: ID!) { submitProposal(id: $id, acceptTerms: true) { proposal { id } } }`, map[string]any{"id": id}, p1...)
		select {
		case m, ok := <-msgs:
			if !ok || m.Type != "next" {
				t.Fatalf("before the change: %s %s", m.Type, m.Payload)
			}
			live = true
		case <-time.After(200 * time.Millisecond):
		case <-ctx.Done():
			t.Fatal("the stream never delivered before the change")
		}
	}
	e.ok(`mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }`,
		map[string]any{"c": "pppdesk-demo", "n": "a changed password"}, changing...)
	// Events submitted before the change may still arrive; then the stream must end with
	// the error. No new events are made, so nothing can queue up in front of it.
	for {
		select {
		case m, ok := <-msgs:
			switch {
			case !ok:
				t.Fatal("the stream closed without an error")
			case m.Type == "error":
				if !strings.Contains(string(m.Payload), "UNAUTHENTICATED") {
					t.Fatalf("after the change: %s", m.Payload)
				}
				return
			case m.Type != "next":
				t.Fatalf("after the change: %s %s", m.Type, m.Payload)
			}
		case <-ctx.Done():
			t.Fatal("the stream outlived the password change")
		}
	}
}
