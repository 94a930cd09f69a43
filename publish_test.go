package pppdesk_test

import (
	"context"
	"testing"
	"time"

	"github.com/pppdesk/pppdesk/model"
)

func TestScheduledPublication(t *testing.T) {
	t.Parallel()
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

func TestRevisionsAndPreview(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	desk := e.login("desk@demo.pppdesk.jp")
	mid := e.mid("aomori")
	c := &model.CaseStudy{MunicipalityID: mid, Title: "初版の題", Summary: "初版の概要", Locality: "青森市", Category: model.CaseOther,
		Publishing: model.Publishing{PublicationState: model.StateDraft, Version: 1}, Stamps: stamps(testNow)}
	e.insert(c)
	e.ok(`mutation($id: ID!) { publish(id: $id) { id } }`, map[string]any{"id": c.GetID()}, desk...)
	// Someone changes the title; the revision of the published version is restored as a draft.
	if _, err := e.st.DB.NewUpdate().Model((*model.CaseStudy)(nil)).Set("title = ?", "書き換えた題").Where("id = ?", c.ID).Exec(context.Background()); err != nil {
		t.Fatal(err)
	}
	d := e.ok(`query($id: ID!) { revisions(id: $id) { id number data author { email } } }`, map[string]any{"id": c.GetID()}, desk...)
	revs := d["revisions"].([]any)
	if len(revs) != 1 || get(revs[0], "author", "email") != "desk@demo.pppdesk.jp" {
		t.Fatalf("revisions: %v", d)
	}
	d = e.ok(`mutation($id: ID!) { restoreRevision(id: $id) { ... on CaseStudy { title publicationState } } }`, map[string]any{"id": get(revs[0], "id")}, desk...)
	if get(d, "restoreRevision", "title") != "初版の題" || get(d, "restoreRevision", "publicationState") != "DRAFT" {
		t.Fatalf("restore: %v", d)
	}
	// A revision of another municipality cannot be restored.
	other := e.municipality("hirosaki", "弘前市")
	foreign := &model.Revision{MunicipalityID: other.ID, OwnerType: model.OwnerCaseStudy, OwnerID: c.ID, Number: 9, Data: `{"Title":"乗っ取り"}`, CreatedAt: testNow}
	e.insert(foreign)
	e.fails("NOT_FOUND", `mutation($id: ID!) { restoreRevision(id: $id) { id } }`, map[string]any{"id": model.GlobalID("Revision", foreign.ID)}, desk...)

	// A preview token reads exactly its draft, without a login, until it expires.
	tok := get(e.ok(`mutation($id: ID!) { createPreviewToken(id: $id) { token } }`, map[string]any{"id": c.GetID()}, desk...), "createPreviewToken", "token")
	d = e.ok(`query($t: String!) { preview(token: $t) { ... on CaseStudy { title } } }`, map[string]any{"t": tok})
	if get(d, "preview", "title") != "初版の題" {
		t.Fatalf("preview: %v", d)
	}
	e.fails("NOT_FOUND", `query($id: ID!) { caseStudy(id: $id) { id } }`, map[string]any{"id": c.GetID()})
	// The token is not a sign-in token.
	e.fails("UNAUTHENTICATED", `{ me { email } }`, nil, "Authorization", "Bearer "+tok.(string))
	e.mu.Lock()
	e.now = e.now.Add(16 * time.Minute)
	e.mu.Unlock()
	e.fails("UNAUTHENTICATED", `query($t: String!) { preview(token: $t) { id } }`, map[string]any{"t": tok})
}
