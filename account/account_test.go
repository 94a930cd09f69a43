package account_test

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/alexedwards/argon2id"
	"github.com/uptrace/bun"

	"github.com/pppdesk/pppdesk/account"
	"github.com/pppdesk/pppdesk/apperr"
	"github.com/pppdesk/pppdesk/auth"
	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/notify"
	"github.com/pppdesk/pppdesk/policies"
	"github.com/pppdesk/pppdesk/store"
	"github.com/pppdesk/pppdesk/store/storetest"
)

var testNow = time.Date(2026, 11, 1, 9, 0, 0, 0, time.UTC)

// mailbox is a MailQueue that writes each mail through the db it is handed, as the outbox
// does, so a mail exists exactly when the transaction that queued it committed.
type mailbox struct {
	mu     sync.Mutex
	inTx   []bool
	failTo string // queueing a mail to this address fails after writing it
}

func (m *mailbox) queue(ctx context.Context, db bun.IDB, mid int64, msgs ...notify.Message) error {
	_, tx := db.(bun.Tx)
	m.mu.Lock()
	m.inTx = append(m.inTx, tx)
	m.mu.Unlock()
	for _, msg := range msgs {
		if _, err := db.NewRaw("INSERT INTO test_mail (mid, recipient, body) VALUES (?, ?, ?)", mid, msg.To, msg.TextEN).Exec(ctx); err != nil {
			return err
		}
		if msg.To == m.failTo {
			return errors.New("mail queue failed")
		}
	}
	return nil
}

type fixture struct {
	t                                            *testing.T
	st                                           *store.Store
	policy                                       *policies.Policy
	auth                                         *auth.Auth
	mail                                         *mailbox
	log                                          *bytes.Buffer
	limit                                        account.LimitFunc
	muni                                         *model.Municipality
	dept                                         *model.Department
	org1                                         *model.Organization // private, proposer1 and colleague
	org2                                         *model.Organization // public, proposer2
	desk, staff, proposer1, colleague, proposer2 *model.User
}

func newFixture(t *testing.T) *fixture {
	t.Helper()
	ctx := context.Background()
	st := storetest.Open(t)
	p, err := policies.Load("")
	if err != nil {
		t.Fatal(err)
	}
	a, err := auth.New(st, auth.Config{Secret: []byte(strings.Repeat("s", 32)),
		Params: &argon2id.Params{Memory: 1024, Iterations: 1, Parallelism: 1, SaltLength: 16, KeyLength: 32}}, func() time.Time { return testNow })
	if err != nil {
		t.Fatal(err)
	}
	table := "CREATE TABLE test_mail (mid BIGINT NOT NULL, recipient VARCHAR(255) NOT NULL, body TEXT NOT NULL)"
	if storetest.DSN() != "" {
		table += " DEFAULT CHARSET=utf8mb4" // MariaDB's default charset cannot hold Japanese
	}
	if _, err := st.DB.NewRaw(table).Exec(ctx); err != nil {
		t.Fatal(err)
	}
	f := &fixture{t: t, st: st, policy: p, auth: a, mail: &mailbox{}, log: &bytes.Buffer{}}
	f.muni = &model.Municipality{Slug: "aomori", Name: "青森市", Prefecture: "青森県", DeskName: "公民連携デスク", CreatedAt: testNow, UpdatedAt: testNow}
	f.insert(f.muni)
	mid := f.muni.ID
	stamps := model.Stamps{CreatedAt: testNow, UpdatedAt: testNow}
	f.dept = &model.Department{MunicipalityID: mid, Name: "観光課", Kind: model.DepartmentSection, Version: 1, Stamps: stamps}
	f.org1 = &model.Organization{MunicipalityID: mid, Name: "あおもりテック", Kind: model.OrgCorporation, Version: 1, Stamps: stamps}
	f.org2 = &model.Organization{MunicipalityID: mid, Name: "公開の会社", Kind: model.OrgNPO, Public: true, Version: 1, Stamps: stamps}
	f.insert(f.dept, f.org1, f.org2)
	hash, err := a.HashPassword(ctx, "correct horse battery")
	if err != nil {
		t.Fatal(err)
	}
	user := func(email string, role model.Role, org, dept *int64) *model.User {
		u := &model.User{MunicipalityID: mid, Email: email, PasswordHash: hash, DisplayName: strings.Split(email, "@")[0] + " さん", Role: role,
			OrganizationID: org, DepartmentID: dept, Stamps: stamps}
		f.insert(u)
		return u
	}
	f.desk = user("desk@example.jp", model.RoleDesk, nil, nil)
	f.staff = user("kanko@example.jp", model.RoleDepartment, nil, &f.dept.ID)
	f.proposer1 = user("proposer1@example.jp", model.RoleProposer, &f.org1.ID, nil)
	f.colleague = user("colleague@example.jp", model.RoleProposer, &f.org1.ID, nil)
	f.proposer2 = user("proposer2@example.jp", model.RoleProposer, &f.org2.ID, nil)
	return f
}

func (f *fixture) insert(rows ...any) {
	f.t.Helper()
	for _, r := range rows {
		if err := store.Insert(context.Background(), f.st.DB, r); err != nil {
			f.t.Fatal(err)
		}
	}
}

func (f *fixture) deps() account.Deps {
	return account.Deps{Store: f.st, Auth: f.auth, Mail: f.mail.queue, Now: func() time.Time { return testNow },
		Log: slog.New(slog.NewTextHandler(f.log, nil)), Limit: f.limit, SignUps: store.Limit{Name: "signup", Window: time.Hour, Max: 10},
		InvitationTTL: 7 * 24 * time.Hour, NoMailer: true}
}

func (f *fixture) accounts() *account.Service { return account.New(f.deps()) }

func (f *fixture) organizations() *account.Organizations { return account.NewOrganizations(f.deps()) }

// caller answers the caller of an operation by u (nil: anonymous).
func (f *fixture) caller(u *model.User) *policies.Caller {
	var depts []int64
	if u != nil && u.DepartmentID != nil {
		depts = []int64{*u.DepartmentID}
	}
	return policies.NewCaller(f.policy, f.muni, u, depts, "127.0.0.1", "localhost", testNow)
}

func (f *fixture) count(q string, args ...any) int {
	f.t.Helper()
	var n int
	if err := f.st.DB.NewRaw(q, args...).Scan(context.Background(), &n); err != nil {
		f.t.Fatal(err)
	}
	return n
}

func (f *fixture) audits(action string) int {
	return f.count("SELECT COUNT(*) FROM audit_entries WHERE action = ?", action)
}

func (f *fixture) mails(to string) []string {
	f.t.Helper()
	var bodies []string
	if err := f.st.DB.NewRaw("SELECT body FROM test_mail WHERE recipient = ?", to).Scan(context.Background(), &bodies); err != nil {
		f.t.Fatal(err)
	}
	return bodies
}

func code(t *testing.T, err error, want apperr.Code) {
	t.Helper()
	if apperr.CodeOf(err) != want {
		t.Fatalf("got %v, want %s", err, want)
	}
}

func signUpInput(email string) model.SignUpInput {
	return model.SignUpInput{Email: email, Password: "sign-up password", DisplayName: "登録者",
		Organization: &model.NewOrganizationInput{Name: "新しい会社", Kind: model.OrgCorporation}}
}

var codeRe = regexp.MustCompile(`\(valid for \d+ hours\):\n(\S+)`)

// TestSignUpAnswersAlikeAndQueuesMailInItsTransaction: a new and a registered address get
// the same answer and the same work (a pending registration and one mail, queued in the
// transaction); only the new one gets a code, which is logged at WARN without SMTP.
func TestSignUpAnswersAlikeAndQueuesMailInItsTransaction(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	ctx := context.Background()
	fresh, err := f.accounts().SignUp(ctx, f.caller(nil), signUpInput("new@example.jp"))
	if err != nil {
		t.Fatal(err)
	}
	taken, err := f.accounts().SignUp(ctx, f.caller(nil), signUpInput("proposer1@example.jp"))
	if err != nil {
		t.Fatal(err)
	}
	if *fresh != *taken {
		t.Fatalf("answers differ: %+v / %+v", fresh, taken)
	}
	for _, email := range []string{"new@example.jp", "proposer1@example.jp"} {
		if n := f.count("SELECT COUNT(*) FROM sign_ups WHERE email = ?", email); n != 1 {
			t.Fatalf("%s: %d pending sign-ups", email, n)
		}
	}
	if len(f.mail.inTx) != 2 || !f.mail.inTx[0] || !f.mail.inTx[1] {
		t.Fatalf("mails queued outside a transaction: %v", f.mail.inTx)
	}
	if m := f.mails("new@example.jp"); len(m) != 1 || codeRe.FindStringSubmatch(m[0]) == nil {
		t.Fatalf("new address: %q", m)
	}
	m := f.mails("proposer1@example.jp")
	if len(m) != 1 || codeRe.MatchString(m[0]) || !strings.Contains(m[0], "already has an account") {
		t.Fatalf("registered address: %q", m)
	}
	logged := f.log.String()
	if !strings.Contains(logged, "level=WARN") || !strings.Contains(logged, "new@example.jp") || strings.Contains(logged, "proposer1@example.jp") {
		t.Fatalf("log: %s", logged)
	}
}

// TestSignUpRollsBackWithItsMail: when queueing the mail fails, the registration is not
// kept and the mail is not queued, and no code is logged.
func TestSignUpRollsBackWithItsMail(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	f.mail.failTo = "new@example.jp"
	if _, err := f.accounts().SignUp(context.Background(), f.caller(nil), signUpInput("new@example.jp")); err == nil {
		t.Fatal("sign-up succeeded although its mail could not be queued")
	}
	if n := f.count("SELECT COUNT(*) FROM sign_ups"); n != 0 {
		t.Fatalf("%d sign-ups kept", n)
	}
	if m := f.mails("new@example.jp"); len(m) != 0 {
		t.Fatalf("mail kept: %q", m)
	}
	if f.log.Len() != 0 {
		t.Fatalf("logged: %s", f.log)
	}
}

func TestSignUpRefusals(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	ctx := context.Background()
	_, err := f.accounts().SignUp(ctx, f.caller(f.proposer1), signUpInput("x@example.jp"))
	code(t, err, apperr.Conflict)
	in := signUpInput("kojin@example.jp")
	in.Organization = nil
	_, err = f.accounts().SignUp(ctx, f.caller(nil), in)
	code(t, err, apperr.BadUserInput)
	f.limit = func(context.Context, store.Limit, *policies.Caller, string) error {
		return apperr.New(apperr.RateLimited, "too many")
	}
	_, err = f.accounts().SignUp(ctx, f.caller(nil), signUpInput("limited@example.jp"))
	code(t, err, apperr.RateLimited)
	if n := f.count("SELECT COUNT(*) FROM test_mail"); n != 0 {
		t.Fatalf("%d mails queued by refused sign-ups", n)
	}
}

// TestConfirmSignUp: the mailed code with the password creates the organization and the
// account once, records the Idempotency-Key in that transaction, and signs in.
func TestConfirmSignUp(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	ctx := context.Background()
	if _, err := f.accounts().SignUp(ctx, f.caller(nil), signUpInput("new@example.jp")); err != nil {
		t.Fatal(err)
	}
	c := codeRe.FindStringSubmatch(f.mails("new@example.jp")[0])[1]
	_, err := f.accounts().ConfirmSignUp(ctx, f.caller(nil), c, "wrong password here")
	code(t, err, apperr.BadUserInput)
	key := &store.IdempotencyKey{MunicipalityID: f.muni.ID, Caller: "address:127.0.0.1", Operation: "confirmSignUp:", Key: "k1",
		InputHash: "h", CreatedAt: testNow, ExpiresAt: testNow.Add(time.Hour)}
	s, err := f.accounts().ConfirmSignUp(store.WithIdempotencyKey(ctx, key), f.caller(nil), c, "sign-up password")
	if err != nil {
		t.Fatal(err)
	}
	if s.Token == "" || s.Claims == nil || s.User.Email != "new@example.jp" || s.User.Role != model.RoleProposer || s.User.OrganizationID == nil {
		t.Fatalf("session: %+v", s)
	}
	rec, err := store.FindIdempotencyKey(ctx, f.st.DB, f.muni.ID, key.Caller, key.Operation, key.Key, testNow)
	if err != nil || rec == nil || rec.ResultID != s.User.ID {
		t.Fatalf("idempotency key: %+v %v", rec, err)
	}
	_, err = f.accounts().ConfirmSignUp(ctx, f.caller(nil), c, "sign-up password")
	code(t, err, apperr.BadUserInput)
}

func TestLoginLogout(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	ctx := context.Background()
	s, err := f.accounts().Login(ctx, f.caller(nil), "proposer1@example.jp", "correct horse battery")
	if err != nil || s.User.ID != f.proposer1.ID {
		t.Fatalf("login: %+v %v", s, err)
	}
	_, err = f.accounts().Login(ctx, f.caller(nil), "proposer1@example.jp", "wrong")
	code(t, err, apperr.Unauthenticated)
	_, err = f.accounts().Logout(ctx, f.caller(nil), nil)
	code(t, err, apperr.Unauthenticated)
	if ok, err := f.accounts().Logout(ctx, f.caller(f.proposer1), s.Claims); err != nil || !ok {
		t.Fatalf("logout: %v", err)
	}
	_, _, err = f.auth.Verify(ctx, s.Token)
	code(t, err, apperr.Unauthenticated)
}

func TestCreateStaff(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	ctx := context.Background()
	in := model.StaffAccountInput{Email: "new-staff@example.jp", DisplayName: "職員", Role: model.StaffRoleDepartment, Password: "staff password"}
	_, err := f.accounts().CreateStaff(ctx, f.caller(f.desk), in, nil)
	code(t, err, apperr.BadUserInput) // a DEPARTMENT account needs its department
	for _, u := range []*model.User{f.staff, f.proposer1} {
		_, err = f.accounts().CreateStaff(ctx, f.caller(u), in, &f.dept.ID)
		code(t, err, apperr.Forbidden)
	}
	_, err = f.accounts().CreateStaff(ctx, f.caller(nil), in, &f.dept.ID)
	code(t, err, apperr.Unauthenticated)
	if f.audits("account.createStaff") != 0 {
		t.Fatal("refused creations were recorded")
	}
	u, err := f.accounts().CreateStaff(ctx, f.caller(f.desk), in, &f.dept.ID)
	if err != nil || u.DepartmentID == nil || *u.DepartmentID != f.dept.ID {
		t.Fatalf("create: %+v %v", u, err)
	}
	if f.audits("account.createStaff") != 1 {
		t.Fatal("creation not recorded")
	}
	_, err = f.accounts().CreateStaff(ctx, f.caller(f.desk), in, &f.dept.ID)
	code(t, err, apperr.BadUserInput) // the address is taken
}

func TestSetDisabled(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	ctx := context.Background()
	_, err := f.accounts().SetDisabled(ctx, f.caller(f.proposer1), f.staff.ID, true)
	code(t, err, apperr.Forbidden)
	_, err = f.accounts().SetDisabled(ctx, f.caller(f.staff), f.proposer1.ID, true)
	code(t, err, apperr.Forbidden)
	_, err = f.accounts().SetDisabled(ctx, f.caller(f.desk), f.desk.ID, true)
	code(t, err, apperr.Conflict)
	_, err = f.accounts().SetDisabled(ctx, f.caller(f.desk), 9999, true)
	code(t, err, apperr.NotFound)
	for range 2 {
		u, err := f.accounts().SetDisabled(ctx, f.caller(f.desk), f.staff.ID, true)
		if err != nil || !u.Disabled {
			t.Fatalf("disable: %+v %v", u, err)
		}
	}
	if f.audits("account.disable") != 1 {
		t.Fatal("a disable that changed nothing was recorded, or the change was not")
	}
	if _, err := f.accounts().SetDisabled(ctx, f.caller(f.desk), f.staff.ID, false); err != nil || f.audits("account.enable") != 1 {
		t.Fatalf("enable: %v", err)
	}
}

func TestInviteColleague(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	ctx := context.Background()
	_, err := f.accounts().InviteColleague(ctx, f.caller(f.desk), "x@example.jp")
	code(t, err, apperr.Forbidden)
	_, err = f.accounts().InviteColleague(ctx, f.caller(nil), "x@example.jp")
	code(t, err, apperr.Unauthenticated)
	inv, err := f.accounts().InviteColleague(ctx, f.caller(f.proposer1), "Invitee@Example.jp")
	if err != nil || inv.Email != "invitee@example.jp" || inv.Token == "" || !inv.ExpiresAt.Equal(testNow.Add(7*24*time.Hour)) {
		t.Fatalf("invite: %+v %v", inv, err)
	}
	if f.audits("account.invite") != 1 {
		t.Fatal("invitation not recorded")
	}
	// The invitee signs up into the inviting organization.
	in := model.SignUpInput{Email: "invitee@example.jp", Password: "invitee password", DisplayName: "同僚", InvitationToken: &inv.Token}
	if _, err := f.accounts().SignUp(ctx, f.caller(nil), in); err != nil {
		t.Fatal(err)
	}
	c := codeRe.FindStringSubmatch(f.mails("invitee@example.jp")[0])[1]
	s, err := f.accounts().ConfirmSignUp(ctx, f.caller(nil), c, "invitee password")
	if err != nil || s.User.OrganizationID == nil || *s.User.OrganizationID != f.org1.ID {
		t.Fatalf("joined: %+v %v", s, err)
	}
}

// TestAccountReadRule: the account read rule and email visibility, as policies answer them.
func TestAccountReadRule(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	cases := []struct {
		name        string
		caller      *model.User
		of          *model.User
		read, email bool
	}{
		{"self", f.proposer1, f.proposer1, true, true},
		{"colleague", f.proposer1, f.colleague, true, false},
		{"other organization", f.proposer1, f.proposer2, false, false},
		{"own department", f.staff, f.staff, true, true},
		{"department reads no proposer", f.staff, f.proposer1, false, false},
		{"desk", f.desk, f.proposer2, true, true},
		{"anonymous", nil, f.proposer1, false, false},
	}
	for _, c := range cases {
		cl := f.caller(c.caller)
		if got := account.Readable(cl, c.of); got != c.read {
			t.Errorf("%s: readable %v", c.name, got)
		}
		if got := account.Email(cl, c.of); (got != nil) != c.email {
			t.Errorf("%s: email %v", c.name, got)
		}
		_, err := f.accounts().User(context.Background(), cl, c.of.ID)
		if (err == nil) != c.read || (err != nil && apperr.CodeOf(err) != apperr.NotFound) {
			t.Errorf("%s: User: %v", c.name, err)
		}
	}
}

// TestUsersSearchEmailOnlyWhenReadable: a search matches emails only for callers who may
// read every email.
func TestUsersSearchEmailOnlyWhenReadable(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	ctx := context.Background()
	search := "proposer1@"
	order := store.Order{Key: "CREATED_AT", By: store.Column("created_at")}
	for _, c := range []struct {
		u    *model.User
		want int
	}{{f.desk, 1}, {f.proposer2, 0}, {f.colleague, 0}} {
		list, err := f.accounts().Users(f.caller(c.u), &model.UserFilter{Search: &search})
		if err != nil {
			t.Fatal(err)
		}
		page, err := list(ctx, order, store.Page{First: 10, Count: true})
		if err != nil {
			t.Fatal(err)
		}
		if page.Total != c.want {
			t.Errorf("%s finds %d", c.u.Email, page.Total)
		}
	}
	_, err := f.accounts().Users(f.caller(nil), nil)
	code(t, err, apperr.Unauthenticated)
}

func TestUpdateOrganization(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	ctx := context.Background()
	orgs := f.organizations()
	site := "https://tech.example.jp"
	o, err := orgs.Update(ctx, f.caller(f.proposer1), f.org1.ID, model.OrganizationInput{Website: &site}, 1)
	if err != nil || o.Version != 2 || o.Website != site {
		t.Fatalf("update: %+v %v", o, err)
	}
	if f.audits("organization.update") != 1 {
		t.Fatal("update not recorded")
	}
	name := "上書き"
	_, err = orgs.Update(ctx, f.caller(f.proposer1), f.org1.ID, model.OrganizationInput{Name: &name}, 1)
	code(t, err, apperr.Conflict) // stale version
	_, err = orgs.Update(ctx, f.caller(f.proposer1), f.org2.ID, model.OrganizationInput{Name: &name}, 1)
	code(t, err, apperr.Forbidden) // public, so visible, but not its own
	_, err = orgs.Update(ctx, f.caller(f.proposer2), f.org1.ID, model.OrganizationInput{Name: &name}, 2)
	code(t, err, apperr.NotFound) // private profile of another organization
	_, err = orgs.Update(ctx, f.caller(f.staff), f.org2.ID, model.OrganizationInput{Name: &name}, 1)
	code(t, err, apperr.Forbidden)
	_, err = orgs.Update(ctx, f.caller(nil), f.org2.ID, model.OrganizationInput{Name: &name}, 1)
	code(t, err, apperr.Unauthenticated)
	if f.audits("organization.update") != 1 {
		t.Fatal("refused updates were recorded")
	}
	if _, err := orgs.Update(ctx, f.caller(f.desk), f.org1.ID, model.OrganizationInput{Name: &name}, 2); err != nil {
		t.Fatal(err)
	}
}

func TestCreateAndDeleteOrganization(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	ctx := context.Background()
	orgs := f.organizations()
	in := model.NewOrganizationInput{Name: "登録する会社", Kind: model.OrgCorporation}
	_, err := orgs.Create(ctx, f.caller(f.proposer1), in)
	code(t, err, apperr.Forbidden)
	o, err := orgs.Create(ctx, f.caller(f.desk), in)
	if err != nil || !o.Public || f.audits("organization.create") != 1 {
		t.Fatalf("create: %+v %v", o, err)
	}
	if p, err := orgs.Partner(ctx, f.caller(nil), o.ID); err != nil || p.ID != o.ID {
		t.Fatalf("partner: %+v %v", p, err)
	}
	_, err = orgs.Partner(ctx, f.caller(f.proposer1), f.org1.ID)
	code(t, err, apperr.NotFound) // its own, but not public
	_, err = orgs.Delete(ctx, f.caller(f.proposer1), o.ID)
	code(t, err, apperr.Forbidden)
	if ok, err := orgs.Delete(ctx, f.caller(f.desk), o.ID); err != nil || !ok || f.audits("organization.delete") != 1 {
		t.Fatalf("delete: %v", err)
	}
	_, err = orgs.Delete(ctx, f.caller(f.desk), o.ID)
	code(t, err, apperr.NotFound)
}
