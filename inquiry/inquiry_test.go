package inquiry_test

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/uptrace/bun"

	"github.com/pppdesk/pppdesk/apperr"
	"github.com/pppdesk/pppdesk/inquiry"
	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/notify"
	"github.com/pppdesk/pppdesk/policies"
	"github.com/pppdesk/pppdesk/store"
	"github.com/pppdesk/pppdesk/store/storetest"
)

var now = time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC)

// outbox is a MailQueue that records what it is handed and writes a marker row with the db
// it is given, so a test sees whether the mail went into the transaction of the change.
type outbox struct {
	mu   sync.Mutex
	msgs []notify.Message
	fail error
}

func (o *outbox) queue(ctx context.Context, db bun.IDB, mid int64, msgs ...notify.Message) error {
	if _, ok := db.(bun.Tx); !ok {
		return errors.New("mail queued outside a transaction")
	}
	for _, m := range msgs {
		if err := store.Insert(ctx, db, &model.AuditEntry{MunicipalityID: mid, Action: "test.mail", TargetType: "Mail", Changes: "{}", At: now}); err != nil {
			return err
		}
		o.mu.Lock()
		o.msgs = append(o.msgs, m)
		o.mu.Unlock()
	}
	return o.fail
}

type fixture struct {
	t        *testing.T
	st       *store.Store
	pol      *policies.Policy
	m        *model.Municipality
	desk     *model.User
	proposer *model.User
	mail     *outbox
	limited  int
	limit    error
	svc      *inquiry.Service
}

func setup(t *testing.T) *fixture {
	t.Helper()
	pol, err := policies.Load("")
	if err != nil {
		t.Fatal(err)
	}
	f := &fixture{t: t, st: storetest.Open(t), pol: pol, mail: &outbox{}}
	f.m = f.municipality("aomori")
	f.desk = f.user(f.m, model.RoleDesk, "desk@example.test", false)
	f.proposer = f.user(f.m, model.RoleProposer, "proposer@example.test", false)
	f.svc = inquiry.New(inquiry.Deps{Store: f.st, Mail: f.mail.queue, Now: func() time.Time { return now },
		Limit: func(context.Context, *policies.Caller) error { f.limited++; return f.limit }})
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

func (f *fixture) municipality(slug string) *model.Municipality {
	m := &model.Municipality{Slug: slug, Name: slug + "市", Prefecture: "青森県", DeskName: "公民連携デスク", CreatedAt: now, UpdatedAt: now}
	f.insert(m)
	return m
}

func (f *fixture) user(m *model.Municipality, role model.Role, email string, disabled bool) *model.User {
	u := &model.User{MunicipalityID: m.ID, Email: email, DisplayName: email, Role: role, Disabled: disabled, Stamps: model.Stamps{CreatedAt: now, UpdatedAt: now}}
	f.insert(u)
	return u
}

func (f *fixture) caller(m *model.Municipality, u *model.User) *policies.Caller {
	return policies.NewCaller(f.pol, m, u, nil, "127.0.0.1", "", now)
}

func (f *fixture) count(action string) int {
	f.t.Helper()
	n, err := f.st.DB.NewSelect().Model((*model.AuditEntry)(nil)).Where("action = ?", action).Count(context.Background())
	if err != nil {
		f.t.Fatal(err)
	}
	return int(n)
}

func (f *fixture) inquiries() int {
	f.t.Helper()
	n, err := f.st.DB.NewSelect().Model((*model.Inquiry)(nil)).Count(context.Background())
	if err != nil {
		f.t.Fatal(err)
	}
	return int(n)
}

func wantCode(t *testing.T, err error, code apperr.Code) {
	t.Helper()
	if apperr.CodeOf(err) != code {
		t.Fatalf("error = %v (%s), want %s", err, apperr.CodeOf(err), code)
	}
}

func message(subject string) model.InquiryInput {
	return model.InquiryInput{Name: "青森 太郎", Email: " Taro@Example.test ", Subject: subject, Body: "公園の活用について伺いたいです。"}
}

func TestSubmit(t *testing.T) {
	t.Parallel()
	f := setup(t)
	f.user(f.m, model.RoleDesk, "retired@example.test", true)
	f.user(f.m, model.RoleDesk, "second@example.test", false)
	other := f.municipality("hirosaki")
	f.user(other, model.RoleDesk, "desk@hirosaki.test", false)

	q, err := f.svc.Submit(context.Background(), f.caller(f.m, nil), message("公園の活用"))
	if err != nil {
		t.Fatal(err)
	}
	if q.Email != "taro@example.test" || q.Status != model.InquiryOpen || q.MunicipalityID != f.m.ID {
		t.Fatalf("stored %+v", q)
	}
	if f.limited != 1 {
		t.Fatalf("limit asked %d times, want 1", f.limited)
	}
	if n := f.count("inquiry.submit"); n != 1 {
		t.Fatalf("inquiry.submit entries = %d, want 1", n)
	}
	// The active desk accounts of this municipality are told, in the inquiry's transaction,
	// of the subject only; the sender gets one acknowledgement in the same transaction.
	if len(f.mail.msgs) != 3 || f.mail.msgs[0].To != "desk@example.test" || f.mail.msgs[1].To != "second@example.test" {
		t.Fatalf("mail to %+v", f.mail.msgs)
	}
	if ack := f.mail.msgs[2]; ack.To != "taro@example.test" || ack.Template != "inquiryAcknowledgement" || strings.Contains(ack.TextJA+ack.TextEN, "公園の活用について伺いたいです") {
		t.Fatalf("acknowledgement %+v", ack)
	}
	if n := f.count("test.mail"); n != 3 {
		t.Fatalf("mail markers = %d, want 3", n)
	}
}

func TestSubmitRollsBackWithItsMail(t *testing.T) {
	t.Parallel()
	f := setup(t)
	f.mail.fail = errors.New("outbox full")
	if _, err := f.svc.Submit(context.Background(), f.caller(f.m, nil), message("件名")); err == nil {
		t.Fatal("submit succeeded without its mail")
	}
	if f.inquiries() != 0 || f.count("inquiry.submit") != 0 || f.count("test.mail") != 0 {
		t.Fatalf("after rollback: %d inquiries, %d audit entries, %d mails", f.inquiries(), f.count("inquiry.submit"), f.count("test.mail"))
	}
}

func TestSubmitRefusals(t *testing.T) {
	t.Parallel()
	f := setup(t)
	ctx := context.Background()
	// A malformed message is refused before it costs an attempt.
	bad := message("件名")
	bad.Email = "not an address"
	_, err := f.svc.Submit(ctx, f.caller(f.m, nil), bad)
	wantCode(t, err, apperr.BadUserInput)
	bad = message("")
	_, err = f.svc.Submit(ctx, f.caller(f.m, nil), bad)
	wantCode(t, err, apperr.BadUserInput)
	if f.limited != 0 {
		t.Fatalf("limit asked %d times for refused input", f.limited)
	}
	f.limit = apperr.New(apperr.RateLimited, "too many")
	_, err = f.svc.Submit(ctx, f.caller(f.m, f.proposer), message("件名"))
	wantCode(t, err, apperr.RateLimited)
	if f.inquiries() != 0 || len(f.mail.msgs) != 0 {
		t.Fatalf("refused inquiries stored %d, mailed %d", f.inquiries(), len(f.mail.msgs))
	}
}

func TestSubmitRemembersIdempotencyKey(t *testing.T) {
	t.Parallel()
	f := setup(t)
	key := &store.IdempotencyKey{MunicipalityID: f.m.ID, Caller: "addr:127.0.0.1", Operation: "submitInquiry", Key: "k1", InputHash: "h",
		CreatedAt: now, ExpiresAt: now.Add(time.Hour)}
	q, err := f.svc.Submit(store.WithIdempotencyKey(context.Background(), key), f.caller(f.m, nil), message("件名"))
	if err != nil {
		t.Fatal(err)
	}
	rec, err := store.FindIdempotencyKey(context.Background(), f.st.DB, f.m.ID, key.Caller, key.Operation, key.Key, now)
	if err != nil || rec == nil || rec.ResultID != q.ID {
		t.Fatalf("remembered %+v, %v; want result %d", rec, err, q.ID)
	}
}

func TestListGetClose(t *testing.T) {
	t.Parallel()
	f := setup(t)
	ctx := context.Background()
	desk := f.caller(f.m, f.desk)
	q, err := f.svc.Submit(ctx, f.caller(f.m, nil), message("件名"))
	if err != nil {
		t.Fatal(err)
	}

	_, err = f.svc.List(f.caller(f.m, nil), nil)
	wantCode(t, err, apperr.Unauthenticated)
	_, err = f.svc.List(f.caller(f.m, f.proposer), nil)
	wantCode(t, err, apperr.Forbidden)
	pages, err := f.svc.List(desk, nil)
	if err != nil {
		t.Fatal(err)
	}
	page, err := pages(ctx, store.Page{First: 10, Count: true})
	if err != nil || page.Total != 1 || page.Items[0].ID != q.ID {
		t.Fatalf("desk list: %+v, %v", page, err)
	}

	// Only the desk sees an inquiry; to others it does not exist.
	if got, err := f.svc.Get(ctx, desk, q.ID); err != nil || got.ID != q.ID {
		t.Fatalf("desk get: %+v, %v", got, err)
	}
	_, err = f.svc.Get(ctx, f.caller(f.m, f.proposer), q.ID)
	wantCode(t, err, apperr.NotFound)
	other := f.municipality("hirosaki")
	otherDesk := f.caller(other, f.user(other, model.RoleDesk, "desk@hirosaki.test", false))
	_, err = f.svc.Get(ctx, otherDesk, q.ID)
	wantCode(t, err, apperr.NotFound)

	_, err = f.svc.Close(ctx, f.caller(f.m, f.proposer), q.ID)
	wantCode(t, err, apperr.Forbidden)
	_, err = f.svc.Close(ctx, otherDesk, q.ID)
	wantCode(t, err, apperr.NotFound)
	closed, err := f.svc.Close(ctx, desk, q.ID)
	if err != nil || closed.Status != model.InquiryClosed || closed.ClosedAt == nil {
		t.Fatalf("close: %+v, %v", closed, err)
	}
	// Closing again changes nothing and records nothing.
	if _, err := f.svc.Close(ctx, desk, q.ID); err != nil {
		t.Fatal(err)
	}
	if n := f.count("inquiry.close"); n != 1 {
		t.Fatalf("inquiry.close entries = %d, want 1", n)
	}
	open := model.InquiryOpen
	pages, _ = f.svc.List(desk, &open)
	if page, err := pages(ctx, store.Page{First: 10, Count: true}); err != nil || page.Total != 0 {
		t.Fatalf("open after close: %+v, %v", page, err)
	}
}
