package proposal_test

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/uptrace/bun"

	"github.com/pppdesk/pppdesk/apperr"
	"github.com/pppdesk/pppdesk/demo"
	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/notify"
	"github.com/pppdesk/pppdesk/policies"
	"github.com/pppdesk/pppdesk/proposal"
	"github.com/pppdesk/pppdesk/storage"
	"github.com/pppdesk/pppdesk/store"
	"github.com/pppdesk/pppdesk/store/storetest"
)

var tinyPDF = []byte("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")

var now = time.Date(2026, 4, 1, 9, 0, 0, 0, time.UTC)

// fixture is the demo municipality with its accounts, a service and the mail it queued.
type fixture struct {
	t      *testing.T
	st     *store.Store
	pol    *policies.Policy
	mun    *model.Municipality
	svc    *proposal.Service
	mu     sync.Mutex
	queued []notify.Message
	// failMail makes the mail queue fail after writing its marker row, so the change's
	// transaction rolls back.
	failMail bool
}

func setup(t *testing.T) *fixture {
	t.Helper()
	ctx := context.Background()
	st := storetest.Open(t)
	if _, err := demo.Load(ctx, st, now, func(pw string) (string, error) { return "x", nil }, nil); err != nil {
		t.Fatal(err)
	}
	pol, err := policies.Load("")
	if err != nil {
		t.Fatal(err)
	}
	mun, err := st.MunicipalityBySlug(ctx, demo.Slug)
	if err != nil {
		t.Fatal(err)
	}
	f := &fixture{t: t, st: st, pol: pol, mun: mun}
	files, err := storage.NewLocal(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	f.svc = proposal.New(proposal.Deps{Store: st, Mail: f.queue, Now: func() time.Time { return now }, Files: files,
		UploadLimit: store.Limit{Name: "upload", Window: time.Hour, Max: 100}})
	return f
}

// queue is the fake outbox: it writes a marker row with the db it is handed (the change's
// transaction), so a rollback of the change takes the mail with it.
func (f *fixture) queue(ctx context.Context, db bun.IDB, mid int64, msgs ...notify.Message) error {
	for _, m := range msgs {
		marker := &model.AuditEntry{MunicipalityID: mid, Action: "test.mail", TargetType: "Mail", Changes: `{"to":"` + m.To + `"}`, At: now}
		if err := store.Insert(ctx, db, marker); err != nil {
			return err
		}
	}
	if f.failMail {
		return errors.New("outbox full")
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	f.queued = append(f.queued, msgs...)
	return nil
}

func (f *fixture) caller(email string) *policies.Caller {
	f.t.Helper()
	if email == "" {
		return policies.NewCaller(f.pol, f.mun, nil, nil, "127.0.0.1", "localhost", now)
	}
	u, err := f.st.UserByEmail(context.Background(), f.mun.ID, email)
	if err != nil || u == nil {
		f.t.Fatalf("user %s: %v", email, err)
	}
	var deps []int64
	if u.DepartmentID != nil {
		deps = []int64{*u.DepartmentID}
	}
	return policies.NewCaller(f.pol, f.mun, u, deps, "127.0.0.1", "localhost", now)
}

func (f *fixture) count(q string, args ...any) int {
	f.t.Helper()
	n, err := f.st.DB.NewSelect().TableExpr("audit_entries").Where(q, args...).Count(context.Background())
	if err != nil {
		f.t.Fatal(err)
	}
	return int(n)
}

func (f *fixture) department(c *policies.Caller) int64 { return *c.User.DepartmentID }

func str(s string) *string { return &s }

func input() model.CreateProposalInput {
	return model.CreateProposalInput{Kind: model.ProposalFree, Title: "除雪データの活用", Summary: str("AIで除雪ルートを最適化"), Body: str("詳細"),
		Contact: &model.ContactInput{Name: "青森花子", Email: "hanako@tech.example.jp", Phone: "017-000-0000"}}
}

func wantCode(t *testing.T, err error, code apperr.Code) {
	t.Helper()
	if apperr.CodeOf(err) != code {
		t.Fatalf("want %s, got %v", code, err)
	}
}

// submitted creates and submits a proposal of proposer1.
func (f *fixture) submitted() *model.Proposal {
	f.t.Helper()
	ctx := context.Background()
	p1 := f.caller("proposer1@demo.pppdesk.jp")
	p, err := f.svc.Create(ctx, p1, input(), nil)
	if err != nil {
		f.t.Fatal(err)
	}
	if p, err = f.svc.Submit(ctx, p1, p.ID, true); err != nil {
		f.t.Fatal(err)
	}
	return p
}

func TestSubmitRecordsTermsHistoryAuditAndMail(t *testing.T) {
	t.Parallel()
	f := setup(t)
	p := f.submitted()
	if p.Status != model.ProposalSubmitted || p.TermsVersion != "aomori-2023-1" || p.Version != 2 {
		t.Fatalf("submitted: %+v", p)
	}
	if n := f.count("action = ? AND target_id = ?", "proposal.submit", p.ID); n != 1 {
		t.Fatalf("%d submit audit entries", n)
	}
	evs, err := f.svc.Events(context.Background(), p, true)
	if err != nil || len(evs) != 2 || evs[1].Action != "SUBMIT" || evs[1].ToStatus != string(model.ProposalSubmitted) {
		t.Fatalf("history: %v %v", evs, err)
	}
	// The proposer is told it arrived, the desk that a new one came in; both in the
	// transaction of the submission.
	var to []string
	for _, m := range f.queued {
		to = append(to, m.To)
	}
	if len(f.queued) < 2 || f.queued[0].To != "proposer1@demo.pppdesk.jp" || !strings.Contains(strings.Join(to, ","), "desk@demo.pppdesk.jp") {
		t.Fatalf("mail: %v", to)
	}
	if n := f.count("action = ?", "test.mail"); n != len(f.queued) {
		t.Fatalf("%d mails marked in the transaction, %d queued", n, len(f.queued))
	}
}

func TestMailFailureRollsTheChangeBack(t *testing.T) {
	t.Parallel()
	f := setup(t)
	ctx := context.Background()
	p1 := f.caller("proposer1@demo.pppdesk.jp")
	p, err := f.svc.Create(ctx, p1, input(), nil)
	if err != nil {
		t.Fatal(err)
	}
	f.failMail = true
	if _, err := f.svc.Submit(ctx, p1, p.ID, true); err == nil {
		t.Fatal("submit succeeded although its mail could not be queued")
	}
	got, err := f.svc.Get(ctx, p1, p.ID)
	if err != nil || got.Status != model.ProposalDraft || got.Version != 1 {
		t.Fatalf("after rollback: %+v %v", got, err)
	}
	if n := f.count("action IN (?)", bun.List([]string{"test.mail", "proposal.submit"})); n != 0 {
		t.Fatalf("%d mail markers or audit entries survived the rollback", n)
	}
}

func TestWhoMayActOnAProposal(t *testing.T) {
	t.Parallel()
	f := setup(t)
	ctx := context.Background()
	anon, desk := f.caller(""), f.caller("desk@demo.pppdesk.jp")
	keizai, kankyo := f.caller("keizai@demo.pppdesk.jp"), f.caller("kankyo@demo.pppdesk.jp")
	p2 := f.caller("proposer2@demo.pppdesk.jp")

	_, err := f.svc.Create(ctx, anon, input(), nil)
	wantCode(t, err, apperr.Unauthenticated)
	_, err = f.svc.Create(ctx, desk, input(), nil)
	wantCode(t, err, apperr.Forbidden)

	p := f.submitted()
	// Another organization's proposer and an unassigned department do not see it at all.
	_, err = f.svc.Withdraw(ctx, p2, p.ID, nil)
	wantCode(t, err, apperr.NotFound)
	_, err = f.svc.Get(ctx, keizai, p.ID)
	wantCode(t, err, apperr.NotFound)
	// The desk sees it but may not submit or withdraw for the proposer.
	_, err = f.svc.Withdraw(ctx, desk, p.ID, nil)
	wantCode(t, err, apperr.Forbidden)

	f.queued = nil
	if p, err = f.svc.Assign(ctx, desk, p.ID, []int64{f.department(keizai)}, nil); err != nil || p.Status != model.ProposalInDialogue {
		t.Fatalf("assign: %+v %v", p, err)
	}
	var toDept bool
	for _, m := range f.queued {
		toDept = toDept || m.To == "keizai@demo.pppdesk.jp"
	}
	if !toDept {
		t.Fatalf("the assigned department was not told: %v", f.queued)
	}
	// Now the assigned department reads it and answers; the other one still does not.
	if _, err := f.svc.Respond(ctx, keizai, p.ID, "実施可能です", true); err != nil {
		t.Fatal(err)
	}
	_, err = f.svc.Respond(ctx, kankyo, p.ID, "実施可能です", true)
	wantCode(t, err, apperr.NotFound)
	if n := f.count("action = ? AND target_id = ?", "proposal.respond", p.ID); n != 1 {
		t.Fatalf("%d respond audit entries", n)
	}
	// A department decides nothing.
	_, err = f.svc.Decide(ctx, keizai, p.ID, model.ProposalDecisionAccepted, "良い")
	wantCode(t, err, apperr.Forbidden)
	if p, err = f.svc.Decide(ctx, desk, p.ID, model.ProposalDecisionAccepted, "採用します"); err != nil || p.Status != model.ProposalAccepted {
		t.Fatalf("decide: %+v %v", p, err)
	}
	// An accepted proposal is decided once.
	_, err = f.svc.Decide(ctx, desk, p.ID, model.ProposalDecisionDeclined, "やはり")
	wantCode(t, err, apperr.Conflict)
}

func TestStaleVersionIsAConflict(t *testing.T) {
	t.Parallel()
	f := setup(t)
	ctx := context.Background()
	p1 := f.caller("proposer1@demo.pppdesk.jp")
	p, err := f.svc.Create(ctx, p1, input(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.svc.Update(ctx, p1, p.ID, model.UpdateProposalInput{Title: str("新しい件名")}, 1); err != nil {
		t.Fatal(err)
	}
	_, err = f.svc.Update(ctx, p1, p.ID, model.UpdateProposalInput{Title: str("古い版から")}, 1)
	wantCode(t, err, apperr.Conflict)
	got, _ := f.svc.Get(ctx, p1, p.ID)
	if got.Title != "新しい件名" || got.Version != 2 {
		t.Fatalf("stale update changed the proposal: %+v", got)
	}
	if n := f.count("action = ? AND target_id = ?", "proposal.update", p.ID); n != 1 {
		t.Fatalf("%d update audit entries", n)
	}
}

func TestMayUsesAssignmentsOnlyWhenTheScopeNeedsThem(t *testing.T) {
	t.Parallel()
	f := setup(t)
	desk, keizai := f.caller("desk@demo.pppdesk.jp"), f.caller("keizai@demo.pppdesk.jp")
	p := f.submitted()
	asked := 0
	none := func() ([]*model.ProposalAssignment, error) { asked++; return nil, nil }
	if ok, _ := proposal.May(desk, p, policies.ReadContact, none); !ok || asked != 0 || proposal.NeedsAssignments(desk, p, policies.ReadContact) {
		t.Fatalf("desk: ok=%v asked=%d", ok, asked)
	}
	if ok, _ := proposal.May(keizai, p, policies.ReadContact, none); ok || asked != 1 || !proposal.NeedsAssignments(keizai, p, policies.ReadContact) {
		t.Fatalf("unassigned department: ok=%v asked=%d", ok, asked)
	}
	mine := func() ([]*model.ProposalAssignment, error) {
		return []*model.ProposalAssignment{{ProposalID: p.ID, DepartmentID: f.department(keizai)}}, nil
	}
	if ok, _ := proposal.May(keizai, p, policies.ReadContact, mine); !ok {
		t.Fatal("an assigned department may read the contact")
	}
}

func TestTermsAreDataWithTheRecordedVersion(t *testing.T) {
	t.Parallel()
	for _, slug := range []string{"aomori", "elsewhere", "../etc"} {
		terms := proposal.Terms(slug)
		if terms.Version != "aomori-2023-1" || !strings.HasPrefix(terms.Text, "・本制度の提案にあたっては") || strings.HasSuffix(terms.Text, "\n") {
			t.Fatalf("%s: %q %q", slug, terms.Version, terms.Text)
		}
	}
}

func TestAttachAndDownloadFollowTheProposal(t *testing.T) {
	t.Parallel()
	f := setup(t)
	ctx := context.Background()
	p1, p2 := f.caller("proposer1@demo.pppdesk.jp"), f.caller("proposer2@demo.pppdesk.jp")
	p := f.submitted()
	a, err := f.svc.Attach(ctx, p1, p.ID, nil, "補足.pdf", bytes.NewReader(tinyPDF))
	if err != nil {
		t.Fatal(err)
	}
	if got, err := f.svc.Download(ctx, p1, a.ID); err != nil || got.ID != a.ID {
		t.Fatalf("own file: %v %v", got, err)
	}
	_, err = f.svc.Download(ctx, p2, a.ID)
	wantCode(t, err, apperr.NotFound)
	if n := f.count("action = ? AND target_id = ?", "proposal.attach", p.ID); n != 1 {
		t.Fatalf("%d attach audit entries", n)
	}
	// The audit entry outlives the retention purge: it must not carry the file's name.
	if n := f.count("action = ? AND changes LIKE ?", "proposal.attach", "%補足%"); n != 0 {
		t.Fatalf("the attach audit entry names the file")
	}
	if _, err := f.svc.Withdraw(ctx, p1, p.ID, nil); err != nil {
		t.Fatal(err)
	}
	_, err = f.svc.Attach(ctx, p1, p.ID, nil, "late.pdf", bytes.NewReader(tinyPDF))
	wantCode(t, err, apperr.Conflict)
}
