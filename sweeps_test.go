package pppdesk_test

import (
	"context"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/pppdesk/pppdesk"
	"github.com/pppdesk/pppdesk/auth"
	"github.com/pppdesk/pppdesk/demo"
	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/notify"
)

const publishAt = `mutation($id: ID!, $at: DateTime) { publish(id: $id, at: $at) { id } }`

// publishedHook registers a loopback receiver of CONTENT_PUBLISHED events for the desk.
func (e *env) publishedHook(desk []string) *receiver {
	e.t.Helper()
	rc := &receiver{status: 204}
	srv := httptest.NewServer(rc)
	e.t.Cleanup(srv.Close)
	e.ok(`mutation($in: WebhookInput!) { registerWebhook(input: $in) { id } }`, map[string]any{"in": map[string]any{
		"url": srv.URL + "/hook", "events": []any{"CONTENT_PUBLISHED"}, "secret": "receiver-secret-123"}}, desk...)
	return rc
}

// sweepAndDeliver runs the server's periodic work once, as RunOutbox does on its ticker:
// the sweep, then the webhook deliveries and the mails that are due.
func (e *env) sweepAndDeliver(srv *pppdesk.Server) {
	e.t.Helper()
	ctx := context.Background()
	if err := srv.Sweep(ctx); err != nil {
		e.t.Fatal(err)
	}
	if _, err := srv.DeliverWebhooks(ctx); err != nil {
		e.t.Fatal(err)
	}
	srv.WaitForNotifications()
}

// published counts the CONTENT_PUBLISHED deliveries the receiver got, per content ID, and
// checks each one's signature.
func (rc *receiver) published(t *testing.T) map[string]int {
	t.Helper()
	rc.mu.Lock()
	defer rc.mu.Unlock()
	out := map[string]int{}
	for i, m := range rc.got {
		if m["event"] != "CONTENT_PUBLISHED" {
			continue
		}
		if !rc.sigOK[i] {
			t.Fatalf("delivery %v is not signed", m)
		}
		out[m["id"].(string)]++
	}
	return out
}

func (rc *receiver) payload(id string) map[string]any {
	rc.mu.Lock()
	defer rc.mu.Unlock()
	for _, m := range rc.got {
		if m["id"] == id {
			return m
		}
	}
	return nil
}

// draftsOfEveryType inserts one complete draft of every publishable type.
func (e *env) draftsOfEveryType() []model.Node {
	mid := e.mid("aomori")
	draft := model.Publishing{PublicationState: model.StateDraft, Version: 1}
	rows := []model.Node{
		&model.Challenge{MunicipalityID: mid, Title: "予約する課題", Background: "背景", DesiredOutcome: "成果", Publishing: draft, Stamps: stamps(testNow)},
		&model.Agreement{MunicipalityID: mid, Kind: model.AgreementBusiness, Title: "予約する協定", Purpose: "目的", SignedOn: "2026-11-01",
			Status: model.AgreementActive, Publishing: draft, Stamps: stamps(testNow)},
		&model.Project{MunicipalityID: mid, Kind: model.ProjectPartnership, Title: "予約する事業", Summary: "概要", Site: "青森市",
			Status: model.ProjectOngoing, Publishing: draft, Stamps: stamps(testNow)},
		&model.CaseStudy{MunicipalityID: mid, Title: "予約する事例", Summary: "概要", Locality: "青森市", Category: model.CaseOther, Publishing: draft, Stamps: stamps(testNow)},
		&model.Announcement{MunicipalityID: mid, Title: "予約するお知らせ", Body: "本文", Category: "news", Publishing: draft, Stamps: stamps(testNow)},
	}
	for _, r := range rows {
		e.insert(r)
	}
	return rows
}

// TestScheduledPublicationWebhookAtItsTime: content of every publishable type published for
// a later time sends its CONTENT_PUBLISHED webhook when that time comes — not when it is
// scheduled, not a second before — exactly once, stamped with its publication time.
func TestScheduledPublicationWebhookAtItsTime(t *testing.T) {
	t.Parallel()
	e := newEnvOpts(t, allowPrivateWebhooks)
	desk := e.login("desk@demo.pppdesk.jp")
	rc := e.publishedHook(desk)
	rows := e.draftsOfEveryType()
	at := testNow.Add(2 * time.Hour)
	for _, r := range rows {
		e.ok(publishAt, map[string]any{"id": r.GetID(), "at": at.Format(time.RFC3339)}, desk...)
	}
	e.sweepAndDeliver(e.srv)
	if got := rc.published(t); len(got) != 0 {
		t.Fatalf("sent when scheduled: %v", got)
	}
	e.advance(2*time.Hour - time.Second)
	e.sweepAndDeliver(e.srv)
	if got := rc.published(t); len(got) != 0 {
		t.Fatalf("sent a second before its time: %v", got)
	}
	e.advance(time.Second)
	e.sweepAndDeliver(e.srv)
	e.advance(time.Minute)
	e.sweepAndDeliver(e.srv)
	got := rc.published(t)
	for _, r := range rows {
		if got[r.GetID()] != 1 {
			t.Errorf("%T %s: %d deliveries, want 1 (%v)", r, r.GetID(), got[r.GetID()], got)
		}
		p := rc.payload(r.GetID())
		typ := typeOf(r)
		if p["at"] != at.Format(time.RFC3339) || p["publicationState"] != "PUBLISHED" || p["type"] != typ || p["municipality"] != "aomori" {
			t.Errorf("payload of %s: %v", typ, p)
		}
	}
	if len(got) != len(rows) {
		t.Fatalf("deliveries for %d items, want %d: %v", len(got), len(rows), got)
	}
	// Publishing now still sends at once.
	now := e.draftCase("すぐ公開する事例")
	e.ok(publishAt, map[string]any{"id": now.GetID()}, desk...)
	e.sweepAndDeliver(e.srv)
	if rc.published(t)[now.GetID()] != 1 {
		t.Fatalf("publishing now: %v", rc.published(t))
	}
}

// typeOf answers the GraphQL type name of a publishable row, as webhook payloads name it.
func typeOf(n model.Node) string {
	switch n.(type) {
	case *model.Challenge:
		return "Challenge"
	case *model.Agreement:
		return "Agreement"
	case *model.Project:
		return "Project"
	case *model.CaseStudy:
		return "CaseStudy"
	case *model.Announcement:
		return "Announcement"
	}
	return ""
}

// TestScheduledPublicationMovedOrCancelled: unpublishing or archiving before the time
// cancels the event; publishing again for another time moves it. Nothing arrives at the
// old time.
func TestScheduledPublicationMovedOrCancelled(t *testing.T) {
	t.Parallel()
	e := newEnvOpts(t, allowPrivateWebhooks)
	desk := e.login("desk@demo.pppdesk.jp")
	rc := e.publishedHook(desk)
	unpublished, archived, moved, earlier := e.draftCase("取り下げる予約"), e.draftCase("保管する予約"), e.draftCase("延期する予約"), e.draftCase("早める予約")
	at := func(d time.Duration) string { return testNow.Add(d).Format(time.RFC3339) }
	for _, c := range []*model.CaseStudy{unpublished, archived, moved, earlier} {
		e.ok(publishAt, map[string]any{"id": c.GetID(), "at": at(2 * time.Hour)}, desk...)
	}
	e.advance(time.Hour)
	e.ok(`mutation($id: ID!) { unpublish(id: $id) { id } }`, map[string]any{"id": unpublished.GetID()}, desk...)
	e.ok(`mutation($id: ID!) { archive(id: $id) { id } }`, map[string]any{"id": archived.GetID()}, desk...)
	e.ok(`mutation($id: ID!) { unpublish(id: $id) { id } }`, map[string]any{"id": moved.GetID()}, desk...)
	e.ok(publishAt, map[string]any{"id": moved.GetID(), "at": at(4 * time.Hour)}, desk...)
	e.ok(`mutation($id: ID!) { unpublish(id: $id) { id } }`, map[string]any{"id": earlier.GetID()}, desk...)
	e.ok(publishAt, map[string]any{"id": earlier.GetID(), "at": at(90 * time.Minute)}, desk...)

	e.advance(45 * time.Minute) // 1h45: the earlier time has come
	e.sweepAndDeliver(e.srv)
	if got := rc.published(t); len(got) != 1 || got[earlier.GetID()] != 1 {
		t.Fatalf("at the earlier time: %v", got)
	}
	e.advance(15 * time.Minute) // 2h: the old time
	e.sweepAndDeliver(e.srv)
	if got := rc.published(t); len(got) != 1 {
		t.Fatalf("sent at the old time: %v", got)
	}
	e.advance(2 * time.Hour) // 4h: the new time
	e.sweepAndDeliver(e.srv)
	got := rc.published(t)
	if len(got) != 2 || got[moved.GetID()] != 1 || got[earlier.GetID()] != 1 {
		t.Fatalf("after the new time: %v", got)
	}
}

// TestScheduledPublicationOnceAcrossReplicas: replicas sweeping one database at the same
// moment send each scheduled publication's event once; an event whose time passed while no
// server ran goes out on the first sweep after the restart.
func TestScheduledPublicationOnceAcrossReplicas(t *testing.T) {
	t.Parallel()
	e := newEnvOpts(t, allowPrivateWebhooks)
	desk := e.login("desk@demo.pppdesk.jp")
	rc := e.publishedHook(desk)
	var items []*model.CaseStudy
	for i := range 12 {
		c := e.draftCase("同時に届く予約 " + strconv.Itoa(i))
		e.ok(publishAt, map[string]any{"id": c.GetID(), "at": testNow.Add(time.Hour).Format(time.RFC3339)}, desk...)
		items = append(items, c)
	}
	e.advance(time.Hour)
	replicas := []*pppdesk.Server{e.srv, e.replica().srv, e.replica().srv}
	var wg sync.WaitGroup
	for _, s := range replicas {
		wg.Go(func() {
			for range 3 {
				if err := s.Sweep(context.Background()); err != nil {
					t.Error(err)
				}
			}
		})
	}
	wg.Wait()
	if n := e.count((*model.WebhookDelivery)(nil), "event", "CONTENT_PUBLISHED"); n != len(items) {
		t.Fatalf("%d deliveries queued for %d items", n, len(items))
	}
	e.sweepAndDeliver(e.srv)
	got := rc.published(t)
	for _, c := range items {
		if got[c.GetID()] != 1 {
			t.Fatalf("%s: %d deliveries: %v", c.GetID(), got[c.GetID()], got)
		}
	}

	// Scheduled, then every server stops; the time passes; a new server starts.
	late := e.draftCase("停止中に時刻を迎える予約")
	e.ok(publishAt, map[string]any{"id": late.GetID(), "at": e.clock().Add(time.Hour).Format(time.RFC3339)}, desk...)
	e.advance(6 * time.Hour)
	restarted, err := pppdesk.New(pppdesk.Config{Store: e.st, DefaultMunicipality: demo.Slug, Now: e.clock, Secret: []byte(testSecret),
		Auth: auth.Config{Params: cheapParams}, WebhookAllowPrivate: true})
	must(t, err)
	e.sweepAndDeliver(restarted)
	e.sweepAndDeliver(restarted)
	if got := rc.published(t); got[late.GetID()] != 1 || len(got) != len(items)+1 {
		t.Fatalf("after the restart: %v", got)
	}
}

// tokyoMidnight answers 00:00 Asia/Tokyo of a date, in UTC.
func tokyoMidnight(date string) time.Time {
	d, err := time.Parse("2006-01-02", date)
	if err != nil {
		panic(err)
	}
	return d.Add(-9 * time.Hour)
}

// dueMails counts, per recipient, the mails whose subject contains what and names the
// proposal number.
func dueMails(rec *notify.Recorder, what, number string) map[string]int {
	out := map[string]int{}
	for _, m := range rec.Messages() {
		if strings.Contains(m.Subject, what) && strings.Contains(m.Subject, "（"+number+"）") {
			out[m.To]++
		}
	}
	return out
}

// TestAssignmentDueDateMails: an unanswered assignment sends its department one reminder on
// the day before its due date (Tokyo date) and, once the date has passed, one overdue notice
// to the department and the desk; the proposal stays flagged overdue. An answered assignment
// sends neither. Replicas sweeping at once send each mail once, and the reminder's wording
// follows the municipality's own template.
func TestAssignmentDueDateMails(t *testing.T) {
	t.Parallel()
	rec := &notify.Recorder{}
	e := newEnvWith(t, rec)
	p1, desk, kankyo := e.login("proposer1@demo.pppdesk.jp"), e.login("desk@demo.pppdesk.jp"), e.login("kankyo@demo.pppdesk.jp")
	deps := e.departmentIDs()
	submitted := func() (string, string) {
		id := get(e.ok(createProposal, map[string]any{"in": proposalInput("FREE", nil)}, p1...), "createProposal", "proposal", "id").(string)
		e.ok(`mutation($id: ID!) { submitProposal(id: $id, acceptTerms: true) { proposal { id } } }`, map[string]any{"id": id}, p1...)
		_, n, _ := model.ParseGlobalID(id)
		return id, "P-" + strconv.FormatInt(n, 10)
	}
	assign := `mutation($id: ID!, $d: [ID!]!, $due: Date) { assignProposal(id: $id, departmentIds: $d, dueOn: $due) { proposal { id } } }`
	open, openNo := submitted()
	answered, answeredNo := submitted()
	e.ok(assign, map[string]any{"id": open, "d": []any{deps["経済部"]}, "due": "2026-12-02"}, desk...)
	e.ok(assign, map[string]any{"id": answered, "d": []any{deps["環境部"]}, "due": "2026-12-02"}, desk...)
	e.ok(`mutation($id: ID!) { respondToAssignment(id: $id, opinion: "実施可能です。", feasible: true) { proposal { id } } }`, map[string]any{"id": answered}, kankyo...)
	overdue := func() any {
		// The clock moves by days: a fresh sign-in each time.
		return get(e.ok(`query($id: ID!) { proposal(id: $id) { overdue } }`, map[string]any{"id": open}, e.login("desk@demo.pppdesk.jp")...), "proposal", "overdue")
	}
	setClock := func(at time.Time) {
		e.mu.Lock()
		e.now = at
		e.mu.Unlock()
	}
	const reminder, notice = "回答期限は明日です", "回答期限を過ぎています"
	check := func(when string, wantReminder, wantNotice map[string]int) {
		t.Helper()
		for _, c := range []struct {
			what, number string
			want         map[string]int
		}{{reminder, openNo, wantReminder}, {notice, openNo, wantNotice}, {reminder, answeredNo, nil}, {notice, answeredNo, nil}} {
			got := dueMails(rec, c.what, c.number)
			if len(got) != len(c.want) {
				t.Fatalf("%s: %s mails for %s: %v, want %v", when, c.what, c.number, got, c.want)
			}
			for to, n := range c.want {
				if got[to] != n {
					t.Fatalf("%s: %s mails for %s: %v, want %v", when, c.what, c.number, got, c.want)
				}
			}
		}
	}
	dept := map[string]int{"keizai@demo.pppdesk.jp": 1}
	deptAndDesk := map[string]int{"keizai@demo.pppdesk.jp": 1, "desk@demo.pppdesk.jp": 1}

	e.sweepAndDeliver(e.srv)
	check("three days before", nil, nil)
	setClock(tokyoMidnight("2026-12-01").Add(-time.Second)) // 23:59:59 on the 30th in Tokyo (14:59:59 UTC)
	e.sweepAndDeliver(e.srv)
	check("two days before, last second", nil, nil)
	setClock(tokyoMidnight("2026-12-01")) // the day before, in Tokyo; still the 30th in UTC
	e.sweepAndDeliver(e.srv)
	check("the day before", dept, nil)
	e.advance(12 * time.Hour)
	e.sweepAndDeliver(e.srv)
	check("the day before, again", dept, nil)
	if overdue() != false {
		t.Fatal("overdue before the due date")
	}
	setClock(tokyoMidnight("2026-12-02").Add(23*time.Hour + 59*time.Minute))
	e.sweepAndDeliver(e.srv)
	check("the due date", dept, nil)
	if overdue() != false {
		t.Fatal("overdue on the due date")
	}
	setClock(tokyoMidnight("2026-12-03"))
	e.sweepAndDeliver(e.srv)
	e.sweepAndDeliver(e.srv)
	check("the day after", dept, deptAndDesk)
	setClock(tokyoMidnight("2026-12-10"))
	e.sweepAndDeliver(e.srv)
	check("a week later", dept, deptAndDesk)
	if overdue() != true {
		t.Fatal("not flagged overdue")
	}
	mail := rec.Messages()
	for _, m := range mail {
		if strings.Contains(m.Subject, notice) && strings.Contains(m.Subject, openNo) && (!strings.Contains(m.TextJA, "経済部") || !strings.Contains(m.TextJA, "2026-12-02") || m.TextEN == "") {
			t.Fatalf("overdue notice: %+v", m)
		}
	}

	// The desk words the reminder itself; three replicas sweep at once: one reminder.
	p1, desk = e.login("proposer1@demo.pppdesk.jp"), e.login("desk@demo.pppdesk.jp")
	e.ok(`mutation { setMailTemplate(key: "assignmentDueReminder", subject: "【期限前日】{{.Department}}（{{.Number}}）", body: "{{.Title}}：{{.DueOn}}まで") { key } }`, nil, desk...)
	third, thirdNo := submitted()
	e.ok(assign, map[string]any{"id": third, "d": []any{deps["経済部"]}, "due": "2026-12-11"}, desk...)
	replicas := []*pppdesk.Server{e.srv}
	for range 2 {
		r, err := pppdesk.New(pppdesk.Config{Store: e.st, DefaultMunicipality: demo.Slug, Now: e.clock, Secret: []byte(testSecret),
			Auth: auth.Config{Params: cheapParams}, Mailer: rec})
		must(t, err)
		replicas = append(replicas, r)
	}
	var wg sync.WaitGroup
	for _, s := range replicas {
		wg.Go(func() {
			for range 3 {
				if err := s.Sweep(context.Background()); err != nil {
					t.Error(err)
				}
			}
		})
	}
	wg.Wait()
	for _, s := range replicas {
		s.WaitForNotifications()
	}
	got := dueMails(rec, "【期限前日】経済部", thirdNo)
	if len(got) != 1 || got["keizai@demo.pppdesk.jp"] != 1 {
		t.Fatalf("reminder across replicas: %v", got)
	}
	for _, m := range rec.Messages() {
		if strings.HasPrefix(m.Subject, "【期限前日】") && m.TextJA != "除雪データの活用提案：2026-12-11まで\n" {
			t.Fatalf("overridden reminder: %q", m.TextJA)
		}
	}
}
