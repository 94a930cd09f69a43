package pppdesk_test

import (
	"context"
	"testing"
	"time"

	"github.com/pppdesk/pppdesk/model"
)

func TestScheduledPublication(t *testing.T) {
	e := newEnv(t, true)
	desk, keizai := e.login("desk@demo.pppdesk.jp"), e.login("keizai@demo.pppdesk.jp")
	mid := e.mid("aomori")
	draft := model.Publishing{PublicationState: model.StateDraft, Version: 1}
	c := &model.CaseStudy{MunicipalityID: mid, Title: "予約する事例", Summary: "概要", Locality: "青森市", Category: model.CaseOther, Publishing: draft, Stamps: stamps(testNow)}
	empty := &model.Announcement{MunicipalityID: mid, Title: "本文のないお知らせ", Publishing: draft, Stamps: stamps(testNow)}
	e.insert(c, empty)
	publish := `mutation($id: ID!, $at: DateTime) { publish(id: $id, at: $at) { id ... on CaseStudy { publicationState publishedAt } } }`
	visible := func() float64 {
		return get(e.ok(`{ caseStudies(filter: {search: "予約する事例"}) { totalCount } }`, nil), "caseStudies", "totalCount").(float64)
	}
	at := testNow.Add(2 * time.Hour).Format(time.RFC3339)
	e.fails("FORBIDDEN", publish, map[string]any{"id": c.GetID(), "at": at}, keizai...)
	e.fails("UNAUTHENTICATED", publish, map[string]any{"id": c.GetID(), "at": at})
	d := e.ok(publish, map[string]any{"id": c.GetID(), "at": at}, desk...)
	if get(d, "publish", "publicationState") != "PUBLISHED" || get(d, "publish", "publishedAt") != at {
		t.Fatalf("scheduled: %v", d)
	}
	if visible() != 0 {
		t.Fatal("visible before its time")
	}
	// The time comes: no restart, no request at that moment, just the clock.
	e.mu.Lock()
	e.now = testNow.Add(2*time.Hour + time.Second)
	e.mu.Unlock()
	if visible() != 1 {
		t.Fatal("not visible once its time has come")
	}
	e.ok(`mutation($id: ID!) { unpublish(id: $id) { id } }`, map[string]any{"id": c.GetID()}, desk...)
	if visible() != 0 {
		t.Fatal("visible after unpublish")
	}
	// A time in the past publishes now.
	d = e.ok(publish, map[string]any{"id": c.GetID(), "at": testNow.Add(-48 * time.Hour).Format(time.RFC3339)}, desk...)
	if visible() != 1 {
		t.Fatalf("past time did not publish now: %v", d)
	}
	e.ok(`mutation($id: ID!) { archive(id: $id) { id } }`, map[string]any{"id": c.GetID()}, desk...)
	if visible() != 0 {
		t.Fatal("archived content is public")
	}
	r := e.fails("BAD_USER_INPUT", publish, map[string]any{"id": empty.GetID()}, desk...)
	if r.Errors[0].Message != "id: fill in before publishing: body" {
		t.Fatalf("required fields: %s", r.Raw)
	}
	e.fails("BAD_USER_INPUT", publish, map[string]any{"id": get(e.ok(`{ partners(first: 1) { edges { node { id } } } }`, nil), "partners", "edges", 0, "node", "id")}, desk...)
	e.fails("NOT_FOUND", publish, map[string]any{"id": model.GlobalID(model.OwnerCaseStudy, 99999)}, desk...)
	n, err := e.st.DB.NewSelect().Model((*model.Revision)(nil)).Where("owner_type = ?", model.OwnerCaseStudy).Where("owner_id = ?", c.ID).Count(context.Background())
	if err != nil || n != 4 {
		t.Fatalf("revisions: %d %v", n, err)
	}
}
