package store_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/uptrace/bun"

	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/store"
	"github.com/pppdesk/pppdesk/store/storetest"
)

// TestSweepClaimsOnce: a due-date mail and a scheduled publication are claimed once; an
// answered assignment is not claimed at all, and cancelling drops only what is unsent.
func TestSweepClaimsOnce(t *testing.T) {
	ctx := context.Background()
	s := storetest.Open(t)
	now := time.Now().UTC().Truncate(time.Second)
	mid, _, _ := seedPlanRows(t, ctx, s.DB, "sweep-claims", 20, now)
	var as []*model.ProposalAssignment
	if err := s.DB.NewSelect().Model(&as).Where("municipality_id = ?", mid).Order("id").Limit(2).Scan(ctx); err != nil || len(as) != 2 {
		t.Fatalf("assignments: %d %v", len(as), err)
	}
	open, answered := as[0], as[1]
	if _, err := s.DB.NewUpdate().Model(answered).Set("responded_at = ?", now).WherePK().Exec(ctx); err != nil {
		t.Fatal(err)
	}
	for _, mark := range []store.DueMark{store.Reminder, store.OverdueNotice} {
		for i, want := range []bool{true, false} {
			if ok, err := store.ClaimDueMail(ctx, s.DB, mark, open.ID, now); err != nil || ok != want {
				t.Fatalf("mark %d, claim %d: %v %v", mark, i, ok, err)
			}
		}
		if ok, err := store.ClaimDueMail(ctx, s.DB, mark, answered.ID, now); err != nil || ok {
			t.Fatalf("answered assignment claimed: %v %v", ok, err)
		}
	}

	at := now.Add(time.Hour)
	for _, id := range []int64{1, 2} {
		if err := store.SchedulePublication(ctx, s.DB, mid, model.OwnerCaseStudy, id, at, now); err != nil {
			t.Fatal(err)
		}
	}
	if due, err := s.DueScheduledPublications(ctx, now, 10); err != nil || len(due) != 0 {
		t.Fatalf("due before its time: %v %v", due, err)
	}
	due, err := s.DueScheduledPublications(ctx, at, 10)
	if err != nil || len(due) != 2 {
		t.Fatalf("due at its time: %v %v", due, err)
	}
	for i, want := range []bool{true, false} {
		if ok, err := store.ClaimScheduledPublication(ctx, s.DB, due[0].ID, at); err != nil || ok != want {
			t.Fatalf("claim %d: %v %v", i, ok, err)
		}
	}
	// Cancelling both owners leaves the sent one as a record and drops the unsent one.
	for _, id := range []int64{1, 2} {
		if err := store.CancelScheduledPublications(ctx, s.DB, mid, model.OwnerCaseStudy, id); err != nil {
			t.Fatal(err)
		}
	}
	if n, err := s.DB.NewSelect().Model((*model.ScheduledPublication)(nil)).Count(ctx); err != nil || n != 1 {
		t.Fatalf("rows after cancelling: %d %v", n, err)
	}
	if left, err := s.DueScheduledPublications(ctx, at.Add(time.Hour), 10); err != nil || len(left) != 0 {
		t.Fatalf("due after cancelling: %v %v", left, err)
	}
}

// TestSweepQueriesUseTheirIndexes: the candidate reads that every replica runs every few
// seconds read an index holding only what may still be due, in the order they want, rather
// than every assignment or every scheduled publication ever made.
func TestSweepQueriesUseTheirIndexes(t *testing.T) {
	ctx := context.Background()
	s := storetest.Open(t)
	now := time.Now().UTC().Truncate(time.Second)
	mid, _, _ := seedPlanRows(t, ctx, s.DB, "sweep-plan", planRows, now)
	// Give the seeded assignments due dates over a year, most answered or already notified,
	// and the municipality a history of sent scheduled publications.
	var as []*model.ProposalAssignment
	if err := s.DB.NewSelect().Model(&as).Where("municipality_id = ?", mid).Scan(ctx); err != nil {
		t.Fatal(err)
	}
	err := s.InTx(ctx, func(ctx context.Context, tx bun.Tx) error {
		for i, a := range as {
			a.DueOn = model.Date(now.AddDate(0, 0, 30-i%365).Format("2006-01-02"))
			if i%10 != 0 {
				a.RespondedAt = &now
			}
			if _, err := tx.NewUpdate().Model(a).Column("due_on", "responded_at").WherePK().Exec(ctx); err != nil {
				return err
			}
		}
		var sps []*model.ScheduledPublication
		for i := range planRows {
			at := now.Add(-time.Duration(i) * time.Hour)
			sps = append(sps, &model.ScheduledPublication{MunicipalityID: mid, OwnerType: model.OwnerCaseStudy, OwnerID: int64(i + 1),
				PublishAt: at, SentAt: &at, CreatedAt: at})
		}
		_, err := tx.NewInsert().Model(&sps).Exec(ctx)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	analyze(t, ctx, s, "proposal_assignments", "scheduled_publications", "proposals")
	capture := &sqlCapture{}
	s.AddHook(capture)
	states := []model.ProposalStatus{model.ProposalInDialogue}
	today := model.Date(now.Format("2006-01-02"))
	for name, c := range map[string]struct {
		run   func() error
		index string
	}{
		"reminders":    {func() error { _, err := s.DueAssignments(ctx, store.Reminder, today, states, 200); return err }, "proposal_assignments_reminder"},
		"overdue":      {func() error { _, err := s.DueAssignments(ctx, store.OverdueNotice, today, states, 200); return err }, "proposal_assignments_overdue"},
		"publications": {func() error { _, err := s.DueScheduledPublications(ctx, now, 200); return err }, "scheduled_publications_due"},
	} {
		capture.take()
		if err := c.run(); err != nil {
			t.Fatal(err)
		}
		queries := capture.take()
		if len(queries) == 0 {
			t.Fatalf("%s: no query captured", name)
		}
		plan := explain(t, ctx, s, queries[0])
		t.Logf("%s: %s", name, strings.Join(plan, " | "))
		if !strings.Contains(strings.Join(plan, "\n"), c.index) || sorts(plan) {
			t.Errorf("%s: the plan does not read %s in order:\n%s", name, c.index, strings.Join(plan, "\n"))
		}
	}
}
