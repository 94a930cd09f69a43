package content_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/pppdesk/pppdesk/apperr"
	"github.com/pppdesk/pppdesk/content"
	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/policies"
	"github.com/pppdesk/pppdesk/store"
	"github.com/pppdesk/pppdesk/store/storetest"
)

var t0 = time.Date(2026, 4, 1, 9, 0, 0, 0, time.UTC)

// fixture is one municipality with two departments, a desk, a department and a proposer
// account, and a webhook that listens to every content event.
type fixture struct {
	st                         *store.Store
	svc                        *content.Service
	m                          *model.Municipality
	deptA, deptB               *model.Department
	desk, dept, proposer, anon *policies.Caller
}

func setup(t *testing.T) *fixture {
	t.Helper()
	st := storetest.Open(t)
	p, err := policies.Load("")
	if err != nil {
		t.Fatal(err)
	}
	f := &fixture{st: st}
	f.m = &model.Municipality{Slug: "testcity", Name: "テスト市", Prefecture: "テスト県", DeskName: "テスト市公民連携デスク", CreatedAt: t0, UpdatedAt: t0}
	insert(t, st, f.m)
	f.deptA = &model.Department{MunicipalityID: f.m.ID, Name: "経済部", Kind: model.DepartmentSection, Version: 1, Stamps: model.Stamps{CreatedAt: t0, UpdatedAt: t0}}
	f.deptB = &model.Department{MunicipalityID: f.m.ID, Name: "環境部", Kind: model.DepartmentSection, Version: 1, Stamps: model.Stamps{CreatedAt: t0, UpdatedAt: t0}}
	insert(t, st, f.deptA, f.deptB)
	user := func(email string, role model.Role, dept *int64) *model.User {
		u := &model.User{MunicipalityID: f.m.ID, Email: email, PasswordHash: "x", DisplayName: email, Role: role, DepartmentID: dept, Stamps: model.Stamps{CreatedAt: t0, UpdatedAt: t0}}
		insert(t, st, u)
		return u
	}
	f.desk = policies.NewCaller(p, f.m, user("desk@example.jp", model.RoleDesk, nil), nil, "127.0.0.1", "", t0)
	f.dept = policies.NewCaller(p, f.m, user("dept@example.jp", model.RoleDepartment, &f.deptA.ID), []int64{f.deptA.ID}, "127.0.0.1", "", t0)
	f.proposer = policies.NewCaller(p, f.m, user("p@example.jp", model.RoleProposer, nil), nil, "127.0.0.1", "", t0)
	f.anon = policies.NewCaller(p, f.m, nil, nil, "127.0.0.1", "", t0)
	insert(t, st, &model.Webhook{MunicipalityID: f.m.ID, URL: "https://hooks.example.jp/", Secret: "0123456789abcdef", Active: true, CreatedAt: t0,
		Events: []string{string(model.WebhookEventContentChanged), string(model.WebhookEventContentPublished), string(model.WebhookEventContentUnpublished), string(model.WebhookEventContentArchived)}})
	f.svc = content.New(content.Deps{Store: st, Now: func() time.Time { return t0 }})
	return f
}

func insert(t *testing.T, st *store.Store, rows ...any) {
	t.Helper()
	for _, r := range rows {
		if err := store.Insert(context.Background(), st.DB, r); err != nil {
			t.Fatal(err)
		}
	}
}

func str(s string) *string { return &s }

func code(t *testing.T, err error, want apperr.Code) {
	t.Helper()
	if apperr.CodeOf(err) != want {
		t.Fatalf("want %s, got %v", want, err)
	}
}

func count(t *testing.T, st *store.Store, table, where string, args ...any) int {
	t.Helper()
	n, err := st.DB.NewSelect().Table(table).Where(where, args...).Count(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return int(n)
}

func fullChallenge(dept *model.Department) model.ChallengeInput {
	in := model.ChallengeInput{Title: str("空き店舗の活用"), Background: str("商店街の空き店舗が増えている"), DesiredOutcome: str("新しい出店")}
	if dept != nil {
		in.DepartmentID = str(dept.GetID())
	}
	return in
}

func TestCreateWritesRevisionAuditAndEventTogether(t *testing.T) {
	t.Parallel()
	f := setup(t)
	ctx := context.Background()
	c, err := f.svc.CreateChallenge(ctx, f.desk, fullChallenge(f.deptA))
	if err != nil {
		t.Fatal(err)
	}
	if c.PublicationState != model.StateDraft || c.Version != 1 {
		t.Fatalf("a new challenge is a draft at version 1: %+v", c.Publishing)
	}
	if n := count(t, f.st, "audit_entries", "action = ? AND target_id = ? AND actor_id = ?", "content.create", c.ID, f.desk.User.ID); n != 1 {
		t.Fatalf("audit entries: %d", n)
	}
	if n := count(t, f.st, "revisions", "owner_type = ? AND owner_id = ?", model.OwnerChallenge, c.ID); n != 1 {
		t.Fatalf("revisions: %d", n)
	}
	if n := count(t, f.st, "webhook_deliveries", "event = ?", model.WebhookEventContentChanged); n != 1 {
		t.Fatalf("deliveries: %d", n)
	}
}

func TestFailedWriteLeavesNoTrace(t *testing.T) {
	t.Parallel()
	f := setup(t)
	boom := errors.New("interrupted")
	f.st.StepHook = func(_ context.Context, name string) error {
		if name == "revision" {
			return boom
		}
		return nil
	}
	if _, err := f.svc.CreateChallenge(context.Background(), f.desk, fullChallenge(nil)); !errors.Is(err, boom) {
		t.Fatalf("want the step's error, got %v", err)
	}
	for _, table := range []string{"challenges", "audit_entries", "revisions", "webhook_deliveries"} {
		if n := count(t, f.st, table, "1 = 1"); n != 0 {
			t.Fatalf("%s kept %d rows of a rolled-back create", table, n)
		}
	}
}

func TestWriteRights(t *testing.T) {
	t.Parallel()
	f := setup(t)
	ctx := context.Background()
	if _, err := f.svc.CreateChallenge(ctx, f.dept, fullChallenge(f.deptA)); err != nil {
		t.Fatalf("a department writes its own challenges: %v", err)
	}
	_, err := f.svc.CreateChallenge(ctx, f.dept, fullChallenge(f.deptB))
	code(t, err, apperr.Forbidden)
	_, err = f.svc.CreateAnnouncement(ctx, f.dept, model.AnnouncementInput{Title: str("お知らせ")})
	code(t, err, apperr.Forbidden)
	_, err = f.svc.CreateChallenge(ctx, f.proposer, fullChallenge(nil))
	code(t, err, apperr.Forbidden)
	_, err = f.svc.CreateChallenge(ctx, f.anon, fullChallenge(nil))
	code(t, err, apperr.Unauthenticated)

	// A department neither sees another's draft nor can give its own away.
	other, err := f.svc.CreateChallenge(ctx, f.desk, fullChallenge(f.deptB))
	if err != nil {
		t.Fatal(err)
	}
	_, err = f.svc.UpdateChallenge(ctx, f.dept, other.GetID(), model.ChallengeInput{DepartmentID: str(f.deptA.GetID())}, 1)
	code(t, err, apperr.NotFound)
	own, err := f.svc.CreateChallenge(ctx, f.dept, fullChallenge(f.deptA))
	if err != nil {
		t.Fatal(err)
	}
	_, err = f.svc.UpdateChallenge(ctx, f.dept, own.GetID(), model.ChallengeInput{DepartmentID: str(f.deptB.GetID())}, 1)
	code(t, err, apperr.Forbidden)
}

func TestStaleVersionIsConflict(t *testing.T) {
	t.Parallel()
	f := setup(t)
	ctx := context.Background()
	a, err := f.svc.CreateAnnouncement(ctx, f.desk, model.AnnouncementInput{Title: str("説明会")})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.svc.UpdateAnnouncement(ctx, f.desk, a.GetID(), model.AnnouncementInput{Body: str("本文")}, 1); err != nil {
		t.Fatal(err)
	}
	_, err = f.svc.UpdateAnnouncement(ctx, f.desk, a.GetID(), model.AnnouncementInput{Body: str("別の本文")}, 1)
	code(t, err, apperr.Conflict)
	if n := count(t, f.st, "audit_entries", "action = ?", "content.update"); n != 1 {
		t.Fatalf("a stale update is not recorded: %d update entries", n)
	}
}

func TestPublicationRules(t *testing.T) {
	t.Parallel()
	f := setup(t)
	ctx := context.Background()
	c, err := f.svc.CreateChallenge(ctx, f.desk, model.ChallengeInput{Title: str("未完成")})
	if err != nil {
		t.Fatal(err)
	}
	_, err = f.svc.Publish(ctx, f.desk, c.GetID(), nil)
	code(t, err, apperr.BadUserInput)
	if _, err := f.svc.UpdateChallenge(ctx, f.desk, c.GetID(), fullChallenge(nil), 1); err != nil {
		t.Fatal(err)
	}
	_, err = f.svc.Publish(ctx, f.dept, c.GetID(), nil)
	code(t, err, apperr.Forbidden)
	if _, err := f.svc.Publish(ctx, f.desk, c.GetID(), nil); err != nil {
		t.Fatal(err)
	}
	_, err = f.svc.Publish(ctx, f.desk, c.GetID(), nil)
	code(t, err, apperr.Conflict)
	if n := count(t, f.st, "webhook_deliveries", "event = ?", model.WebhookEventContentPublished); n != 1 {
		t.Fatalf("published deliveries: %d", n)
	}
	if _, err := f.svc.Archive(ctx, f.desk, c.GetID()); err != nil {
		t.Fatal(err)
	}
	if n := count(t, f.st, "audit_entries", "action = ?", "content.archived"); n != 1 {
		t.Fatalf("archive entries: %d", n)
	}
}

func TestDepartmentChangeToLiveContentWaitsForTheDesk(t *testing.T) {
	t.Parallel()
	f := setup(t)
	ctx := context.Background()
	c, err := f.svc.CreateChallenge(ctx, f.dept, fullChallenge(f.deptA))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.svc.Publish(ctx, f.desk, c.GetID(), nil); err != nil {
		t.Fatal(err)
	}
	got, err := f.svc.UpdateChallenge(ctx, f.dept, c.GetID(), model.ChallengeInput{Title: str("新しい件名")}, 2)
	if err != nil {
		t.Fatal(err)
	}
	if got.Title != "空き店舗の活用" {
		t.Fatalf("the live row stays as it is until the desk publishes: %q", got.Title)
	}
	_, err = f.svc.UpdateChallenge(ctx, f.dept, c.GetID(), model.ChallengeInput{Tags: []string{"商店街"}}, 2)
	code(t, err, apperr.BadUserInput)
	revs, err := f.svc.Revisions(ctx, f.dept, c.GetID())
	if err != nil {
		t.Fatal(err)
	}
	pending := 0
	for _, r := range revs {
		if r.Pending {
			pending++
		}
	}
	if pending != 1 {
		t.Fatalf("pending revisions: %d", pending)
	}
	err = f.svc.Delete(ctx, f.dept, model.OwnerChallenge, c.GetID())
	code(t, err, apperr.Forbidden)
	n, err := f.svc.Publish(ctx, f.desk, c.GetID(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if n.(*model.Challenge).Title != "新しい件名" {
		t.Fatalf("publishing applies the pending revision: %q", n.(*model.Challenge).Title)
	}
	if err := f.svc.Delete(ctx, f.desk, model.OwnerChallenge, c.GetID()); err != nil {
		t.Fatal(err)
	}
	_, err = f.svc.RestoreDeleted(ctx, f.dept, c.GetID())
	code(t, err, apperr.Forbidden)
	if _, err := f.svc.RestoreDeleted(ctx, f.desk, c.GetID()); err != nil {
		t.Fatal(err)
	}
}

func TestCollaborationMethods(t *testing.T) {
	t.Parallel()
	f := setup(t)
	ctx := context.Background()
	_, err := f.svc.CreateCollaborationMethod(ctx, f.dept, model.CollaborationMethodInput{Key: str("pfi"), Name: str("PFI")})
	code(t, err, apperr.Forbidden)
	m, err := f.svc.CreateCollaborationMethod(ctx, f.desk, model.CollaborationMethodInput{Key: str("pfi"), Name: str("PFI")})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.svc.UpdateCollaborationMethod(ctx, f.desk, m.GetID(), model.CollaborationMethodInput{Name: str("PFI方式")}, 1); err != nil {
		t.Fatal(err)
	}
	_, err = f.svc.UpdateCollaborationMethod(ctx, f.desk, m.GetID(), model.CollaborationMethodInput{Name: str("PPP")}, 1)
	code(t, err, apperr.Conflict)
	if err := f.svc.DeleteCollaborationMethod(ctx, f.desk, m.GetID()); err != nil {
		t.Fatal(err)
	}
	if n := count(t, f.st, "audit_entries", "action IN (?, ?)", "collaborationMethod.save", "collaborationMethod.delete"); n != 3 {
		t.Fatalf("method audit entries: %d", n)
	}
}

func TestPreviewTokenIsRateLimited(t *testing.T) {
	t.Parallel()
	f := setup(t)
	ctx := context.Background()
	c, err := f.svc.CreateChallenge(ctx, f.desk, fullChallenge(nil))
	if err != nil {
		t.Fatal(err)
	}
	refusal := apperr.New(apperr.RateLimited, "too many")
	svc := content.New(content.Deps{Store: f.st, Now: func() time.Time { return t0 },
		Limit: func(context.Context, *policies.Caller, content.Limited) error { return refusal }})
	_, err = svc.CreatePreviewToken(ctx, f.desk, c.GetID())
	code(t, err, apperr.RateLimited)
	_, err = svc.CreatePreviewToken(ctx, f.proposer, c.GetID())
	code(t, err, apperr.Forbidden)
}
