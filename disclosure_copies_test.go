package pppdesk_test

import (
	"context"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/pppdesk/pppdesk"
	"github.com/pppdesk/pppdesk/model"
	"github.com/uptrace/bun"
)

// TestDisclosureCopiesSwept: the sweep (several replicas at once) drops an expired
// disclosure copy, row and file, without waiting for the next production; the retention
// purge of a proposal drops that proposal's copies too (logged as disclosureCopies); the
// copy of a proposal still within its period stays, downloadable.
func TestDisclosureCopiesSwept(t *testing.T) {
	t.Parallel()
	f := newRetentionFixture(t)
	e := f.e
	desk := e.login("desk@demo.pppdesk.jp")
	const produce = `mutation($id: ID!) { produceDisclosureCopy(proposalId: $id, reference: "開示-1", format: HTML) { url } }`
	copyOf := func(id string) (url string, cp *model.DisclosureCopy) {
		t.Helper()
		url = get(e.ok(produce, map[string]any{"id": id}, desk...), "produceDisclosureCopy", "url").(string)
		cp = new(model.DisclosureCopy)
		must(t, e.st.DB.NewSelect().Model(cp).Order("id DESC").Limit(1).Scan(context.Background()))
		if !f.stored(cp.StorageKey) {
			t.Fatalf("copy of %s not stored", id)
		}
		return url, cp
	}
	_, expired := copyOf(f.accepted) // the accepted proposal is kept: only its copy's time runs out
	_, purged := copyOf(f.declined)  // the declined proposal is purged
	keptURL, kept := copyOf(f.recent)
	if _, err := e.st.DB.NewUpdate().Model((*model.DisclosureCopy)(nil)).Set("expires_at = ?", testNow.Add(-time.Minute)).
		Where("id = ?", expired.ID).Exec(context.Background()); err != nil {
		t.Fatal(err)
	}

	var wg sync.WaitGroup
	for _, s := range []*pppdesk.Server{e.srv, f.replica(t), f.replica(t)} {
		wg.Go(func() {
			if err := s.Sweep(context.Background()); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()

	var left []int64
	must(t, e.st.DB.NewSelect().Model((*model.DisclosureCopy)(nil)).Column("id").Order("id").Scan(context.Background(), &left))
	if !slices.Equal(left, []int64{kept.ID}) {
		t.Fatalf("copies left %v, want only %d", left, kept.ID)
	}
	if f.stored(expired.StorageKey) || f.stored(purged.StorageKey) || !f.stored(kept.StorageKey) {
		t.Fatalf("files: expired %v, purged %v, kept %v", f.stored(expired.StorageKey), f.stored(purged.StorageKey), f.stored(kept.StorageKey))
	}
	if n := e.count((*model.PurgeFile)(nil)); n != 0 {
		t.Fatalf("%d files left to delete", n)
	}
	if code, _ := e.download(keptURL, desk...); code != 200 {
		t.Fatalf("kept copy: %d", code)
	}
	var parts []string
	_, pid, _ := model.ParseGlobalID(f.declined)
	must(t, e.st.DB.NewSelect().Model((*model.PurgeRecord)(nil)).Column("parts").Where("record_type = ?", model.OwnerProposal).
		Where("record_id = ?", pid).Scan(context.Background(), &parts))
	if len(parts) != 1 || parts[0] != "contact,messages,attachments,disclosureCopies" {
		t.Fatalf("purge log parts: %v", parts)
	}
}

// TestDisclosureCopiesKeptUnderHold: an expired disclosure copy of a proposal under a legal
// hold stays, row and file, through the sweep; the expired copy of a proposal without one
// goes; once the hold is lifted, the next sweep drops the kept copy too.
func TestDisclosureCopiesKeptUnderHold(t *testing.T) {
	t.Parallel()
	f := newRetentionFixture(t)
	e := f.e
	desk := e.login("desk@demo.pppdesk.jp")
	const produce = `mutation($id: ID!) { produceDisclosureCopy(proposalId: $id, reference: "開示-2", format: HTML) { url } }`
	copyOf := func(id string) *model.DisclosureCopy {
		t.Helper()
		e.ok(produce, map[string]any{"id": id}, desk...)
		cp := new(model.DisclosureCopy)
		must(t, e.st.DB.NewSelect().Model(cp).Order("id DESC").Limit(1).Scan(context.Background()))
		return cp
	}
	held, free := copyOf(f.accepted), copyOf(f.recent) // both proposals are within their periods
	_, err := e.st.DB.NewUpdate().Model((*model.DisclosureCopy)(nil)).Set("expires_at = ?", testNow.Add(-time.Minute)).
		Where("id IN (?)", bun.List([]int64{held.ID, free.ID})).Exec(context.Background())
	must(t, err)
	hold := `mutation($id: ID!, $on: Boolean!) { setLegalHold(recordId: $id, hold: $on, reason: "訴訟のため保全") }`
	e.ok(hold, map[string]any{"id": f.accepted, "on": true}, desk...)

	sweep := func() []int64 {
		t.Helper()
		if err := e.srv.Sweep(context.Background()); err != nil {
			t.Fatal(err)
		}
		var left []int64
		must(t, e.st.DB.NewSelect().Model((*model.DisclosureCopy)(nil)).Column("id").Order("id").Scan(context.Background(), &left))
		return left
	}
	if left := sweep(); !slices.Equal(left, []int64{held.ID}) || !f.stored(held.StorageKey) || f.stored(free.StorageKey) {
		t.Fatalf("under the hold: copies left %v (want %d), held file %v, free file %v", left, held.ID, f.stored(held.StorageKey), f.stored(free.StorageKey))
	}
	e.ok(`mutation($id: ID!) { setLegalHold(recordId: $id, hold: false) }`, map[string]any{"id": f.accepted}, desk...)
	if left := sweep(); len(left) != 0 || f.stored(held.StorageKey) {
		t.Fatalf("after the hold is lifted: copies left %v, file %v", left, f.stored(held.StorageKey))
	}
}
