package pppdesk_test

import (
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/pppdesk/pppdesk"
	"github.com/pppdesk/pppdesk/auth"
	"github.com/pppdesk/pppdesk/demo"
	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/storage"
	"github.com/pppdesk/pppdesk/store"
	"github.com/pppdesk/pppdesk/store/storetest"
)

const retentionDryRun = `{ retentionDryRun { recordId rule months expiredSince } }`

const purgeLogQuery = `{ purgeLog(first: 50) { totalCount edges { node { recordId recordType rule months expiredAt purgedAt parts } } } }`

// retentionFixture is a server with its own file storage (so the test can look into it) and
// records of every retention outcome, made through the API at their own times:
//
//	declined   submitted 2024-05-01, a file, a desk message, DECLINED 2024-06-01 (12 months: expired)
//	withdrawn  submitted 2024-05-01, a file, withdrawn 2024-06-01 (12 months: expired; held below)
//	accepted   submitted 2024-05-01, ACCEPTED 2024-06-01 (60 months: kept)
//	recent     submitted 2026-01-10, DECLINED 2026-02-01 (12 months: kept until 2027-02-01)
//	oldClosed  inquiry closed 2024-03-01 (expired); oldOpen inquiry of 2023 (open: never);
//	newClosed  inquiry closed 2026-06-01 (kept)
type retentionFixture struct {
	e                                     *env
	files                                 storage.Storage
	declined, withdrawn, accepted, recent string
	declinedFile, withdrawnFile           string // download URLs
	oldClosed, oldOpen, newClosed         *model.Inquiry
	declinedKey, withdrawnKey             string
}

func newRetentionFixture(t *testing.T) *retentionFixture {
	t.Helper()
	files, err := storage.NewLocal(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	f := &retentionFixture{files: files}
	e := newEnvOpts(t, func(c *pppdesk.Config) { c.Files = files })
	f.e = e
	at := func(s string) {
		t.Helper()
		tm, err := time.ParseInLocation("2006-01-02 15:04", s, jst)
		if err != nil {
			t.Fatal(err)
		}
		e.mu.Lock()
		e.now = tm
		e.mu.Unlock()
	}
	proposer := func() []string { return e.login("proposer1@demo.pppdesk.jp") }
	desk := func() []string { return e.login("desk@demo.pppdesk.jp") }
	create := func(when string) string {
		at(when)
		return get(e.ok(createProposal, map[string]any{"in": proposalInput("FREE", nil)}, proposer()...), "createProposal", "proposal", "id").(string)
	}
	submit := func(when, id string) {
		at(when)
		e.ok(`mutation($id: ID!) { submitProposal(id: $id, acceptTerms: true) { proposal { id } } }`, map[string]any{"id": id}, proposer()...)
	}
	upload := func(id string) string {
		r := e.upload(id, "提案書.pdf", tinyPDF, proposer()...)
		if r.code() != "" {
			t.Fatalf("upload: %s", r.Raw)
		}
		return get(r.Data, "attachFile", "downloadUrl").(string)
	}
	decide := func(when, id, decision string) {
		at(when)
		e.ok(`mutation($id: ID!, $d: ProposalDecision!) { decideProposal(id: $id, decision: $d, reason: "検討の結果です。") { proposal { id } } }`,
			map[string]any{"id": id, "d": decision}, desk()...)
	}
	f.declined = create("2024-04-20 10:00")
	f.declinedFile = upload(f.declined)
	submit("2024-05-01 10:00", f.declined)
	at("2024-05-02 10:00")
	e.ok(`mutation($id: ID!) { postProposalMessage(proposalId: $id, body: "青森花子様、ご連絡です。", internal: false) { proposal { id } } }`,
		map[string]any{"id": f.declined}, desk()...)
	decide("2024-06-01 10:00", f.declined, "DECLINED")

	f.withdrawn = create("2024-04-20 11:00")
	f.withdrawnFile = upload(f.withdrawn)
	submit("2024-05-01 11:00", f.withdrawn)
	at("2024-06-01 11:00")
	e.ok(`mutation($id: ID!) { withdrawProposal(id: $id, reason: "事情により") { proposal { id } } }`, map[string]any{"id": f.withdrawn}, proposer()...)

	f.accepted = create("2024-04-20 12:00")
	submit("2024-05-01 12:00", f.accepted)
	decide("2024-06-01 12:00", f.accepted, "ACCEPTED")

	f.recent = create("2026-01-05 10:00")
	submit("2026-01-10 10:00", f.recent)
	decide("2026-02-01 10:00", f.recent, "DECLINED")

	mid := e.mid("aomori")
	inq := func(name string, created time.Time, closed *time.Time) *model.Inquiry {
		status := model.InquiryOpen
		if closed != nil {
			status = model.InquiryClosed
		}
		i := &model.Inquiry{MunicipalityID: mid, Affiliation: "株式会社例", Name: name, Email: "sender@example.jp", Phone: "017-111-1111",
			Subject: name + "の問合せ", Body: name + "です。", Status: status, ClosedAt: closed, CreatedAt: created}
		e.insert(i)
		return i
	}
	ts := func(s string) *time.Time { tm, _ := time.ParseInLocation("2006-01-02", s, jst); return &tm }
	f.oldClosed = inq("古田", *ts("2024-02-01"), ts("2024-03-01"))
	deskUser, err := e.st.UserByEmail(context.Background(), mid, "desk@demo.pppdesk.jp")
	if err != nil || deskUser == nil {
		t.Fatalf("desk user: %v", err)
	}
	// The desk's answer quotes the sender's subject ("Re: …"): it is personal data too.
	e.insert(&model.InquiryReply{MunicipalityID: mid, InquiryID: f.oldClosed.ID, Subject: "Re: 古田の問合せ", Body: "古田様 回答します。",
		SentByID: deskUser.ID, SentByName: "デスク", SentAt: *ts("2024-02-10")})
	f.oldOpen = inq("開田", *ts("2023-02-01"), nil)
	f.newClosed = inq("新田", *ts("2026-05-01"), ts("2026-06-01"))

	var atts []*model.Attachment
	must(t, e.st.DB.NewSelect().Model(&atts).Order("id").Scan(context.Background()))
	if len(atts) != 2 {
		t.Fatalf("attachments: %d", len(atts))
	}
	f.declinedKey, f.withdrawnKey = atts[0].StorageKey, atts[1].StorageKey

	e.mu.Lock()
	e.now = testNow
	e.mu.Unlock()
	return f
}

// replica is another server on the fixture's database and storage.
func (f *retentionFixture) replica(t *testing.T) *pppdesk.Server {
	t.Helper()
	srv, err := pppdesk.New(pppdesk.Config{Store: f.e.st, DefaultMunicipality: demo.Slug, Now: f.e.clock, Files: f.files,
		Secret: []byte(testSecret), Auth: auth.Config{Params: cheapParams}})
	if err != nil {
		t.Fatal(err)
	}
	return srv
}

func (f *retentionFixture) stored(key string) bool {
	r, err := f.files.Open(context.Background(), key)
	if err != nil {
		return false
	}
	_ = r.Close()
	return true
}

func (f *retentionFixture) inquiry(t *testing.T, id int64) *model.Inquiry {
	t.Helper()
	i := new(model.Inquiry)
	must(t, f.e.st.DB.NewSelect().Model(i).Where("id = ?", id).Scan(context.Background()))
	return i
}

const proposalPersonal = `query($id: ID!) { proposal(id: $id) { status contact { affiliation name email phone } messages { body } attachments { id } legalHold { reason } } }`

// TestRetentionPurge: the purge removes the personal data and files of exactly the records
// the dry run lists (expired, not held), logs them, runs once across replicas, and leaves
// the desk's statistics unchanged.
func TestRetentionPurge(t *testing.T) {
	t.Parallel()
	f := newRetentionFixture(t)
	e := f.e
	desk := e.login("desk@demo.pppdesk.jp")

	// Hold the withdrawn proposal: a reason is required, the hold is visible to the desk.
	e.fails("BAD_USER_INPUT", `mutation($id: ID!) { setLegalHold(recordId: $id, hold: true) }`, map[string]any{"id": f.withdrawn}, desk...)
	e.ok(`mutation($id: ID!) { setLegalHold(recordId: $id, hold: true, reason: "情報公開請求の審査中") }`, map[string]any{"id": f.withdrawn}, desk...)
	if got := get(e.ok(proposalPersonal, map[string]any{"id": f.withdrawn}, desk...), "proposal", "legalHold", "reason"); got != "情報公開請求の審査中" {
		t.Fatalf("legal hold: %v", got)
	}
	if n := e.count((*model.AuditEntry)(nil), "action", "retention.hold"); n != 1 {
		t.Fatalf("hold audit entries: %d", n)
	}

	dry := get(e.ok(retentionDryRun, nil, desk...), "retentionDryRun").([]any)
	want := map[string]string{f.declined: "DECLINED_PROPOSAL", model.GlobalID(model.OwnerInquiry, f.oldClosed.ID): "CLOSED_INQUIRY"}
	if len(dry) != len(want) {
		t.Fatalf("dry run: %v", dry)
	}
	for _, c := range dry {
		if want[get(c, "recordId").(string)] != get(c, "rule") {
			t.Fatalf("dry run: %v", dry)
		}
	}
	if get(dry[0], "recordId") == f.declined && get(dry[0], "expiredSince") != "2025-06-01T01:00:00Z" {
		t.Fatalf("expired since: %v", dry[0])
	}
	// The dry run changed nothing.
	if n := e.count((*model.PurgeRecord)(nil)); n != 0 {
		t.Fatalf("dry run wrote %d purge log rows", n)
	}

	statsVars := map[string]any{"f": "2024-04-01", "t": "2027-03-31", "g": "MONTH"}
	before := e.ok(deskStatisticsQuery, statsVars, desk...)

	// Three replicas sweep at once: every record purged once.
	replicas := []*pppdesk.Server{e.srv, f.replica(t), f.replica(t)}
	var wg sync.WaitGroup
	for _, s := range replicas {
		wg.Go(func() {
			for range 2 {
				if err := s.Sweep(context.Background()); err != nil {
					t.Error(err)
				}
			}
		})
	}
	wg.Wait()

	log := e.ok(purgeLogQuery, nil, desk...)
	if get(log, "purgeLog", "totalCount") != float64(2) {
		t.Fatalf("purge log: %v", log)
	}
	logged := map[string]string{}
	for _, ed := range edges(log, "purgeLog") {
		logged[nodeField(ed, "recordId").(string)] = nodeField(ed, "rule").(string)
	}
	if len(logged) != len(want) {
		t.Fatalf("purge log %v, dry run %v", logged, want)
	}
	for id, rule := range want {
		if logged[id] != rule {
			t.Fatalf("purge log %v, dry run %v", logged, want)
		}
	}
	for _, ed := range edges(log, "purgeLog") {
		if nodeField(ed, "recordId") == f.declined {
			parts := get(ed, "node", "parts").([]any)
			if !slices.Equal(parts, []any{"contact", "messages", "attachments"}) {
				t.Fatalf("parts: %v", parts)
			}
		}
	}

	// The declined proposal: no contact, no message text, no files (not listed, not
	// downloadable, gone from storage); its status and the statistics stay.
	p := get(e.ok(proposalPersonal, map[string]any{"id": f.declined}, desk...), "proposal")
	if get(p, "status") != "DECLINED" || get(p, "contact", "name") != "" || get(p, "contact", "email") != "" ||
		get(p, "contact", "phone") != "" || get(p, "contact", "affiliation") != "" {
		t.Fatalf("declined after purge: %v", p)
	}
	if msgs := get(p, "messages").([]any); len(msgs) != 1 || get(msgs[0], "body") != "" {
		t.Fatalf("messages after purge: %v", msgs)
	}
	if len(get(p, "attachments").([]any)) != 0 {
		t.Fatalf("attachments after purge: %v", p)
	}
	if code, _ := e.download(f.declinedFile, desk...); code != 404 {
		t.Fatalf("purged file download: %d", code)
	}
	if f.stored(f.declinedKey) {
		t.Fatal("purged file still in storage")
	}
	if n := e.count((*model.PurgeFile)(nil)); n != 0 {
		t.Fatalf("%d purged files left to delete", n)
	}
	// Held, unexpired and accepted proposals keep everything.
	for _, id := range []string{f.withdrawn, f.accepted, f.recent} {
		p := get(e.ok(proposalPersonal, map[string]any{"id": id}, desk...), "proposal")
		if get(p, "contact", "name") != "青森花子" {
			t.Fatalf("%s lost its contact: %v", id, p)
		}
	}
	if code, _ := e.download(f.withdrawnFile, desk...); code != 200 || !f.stored(f.withdrawnKey) {
		t.Fatalf("held file: %d", code)
	}
	// The expired closed inquiry is emptied; the open and the recent one keep their sender.
	if i := f.inquiry(t, f.oldClosed.ID); i.Name != "" || i.Email != "" || i.Phone != "" || i.Body != "" || i.Subject != "" || i.Status != model.InquiryClosed {
		t.Fatalf("old closed inquiry: %+v", i)
	}
	var replies []*model.InquiryReply
	must(t, e.st.DB.NewSelect().Model(&replies).Where("inquiry_id = ?", f.oldClosed.ID).Scan(context.Background()))
	if len(replies) != 1 || replies[0].Subject != "" || replies[0].Body != "" {
		t.Fatalf("the purged inquiry's reply keeps its text: %+v", replies[0])
	}
	for _, id := range []int64{f.oldOpen.ID, f.newClosed.ID} {
		if i := f.inquiry(t, id); i.Email != "sender@example.jp" {
			t.Fatalf("inquiry %d: %+v", id, i)
		}
	}

	after := e.ok(deskStatisticsQuery, statsVars, desk...)
	if !equalJSON(before, after) {
		b, _ := json.Marshal(before)
		a, _ := json.Marshal(after)
		t.Fatalf("statistics changed by the purge:\nbefore %s\nafter  %s", b, a)
	}
	if dry := get(e.ok(retentionDryRun, nil, desk...), "retentionDryRun").([]any); len(dry) != 0 {
		t.Fatalf("dry run after purge: %v", dry)
	}

	// Lifting the hold makes the withdrawn proposal due; a purged record cannot be held.
	e.ok(`mutation($id: ID!) { setLegalHold(recordId: $id, hold: false) }`, map[string]any{"id": f.withdrawn}, desk...)
	dry = get(e.ok(retentionDryRun, nil, desk...), "retentionDryRun").([]any)
	if len(dry) != 1 || get(dry[0], "recordId") != f.withdrawn || get(dry[0], "rule") != "WITHDRAWN_PROPOSAL" {
		t.Fatalf("dry run after lifting the hold: %v", dry)
	}
	e.fails("CONFLICT", `mutation($id: ID!) { setLegalHold(recordId: $id, hold: true, reason: "遅い") }`, map[string]any{"id": f.declined}, desk...)
	e.sweepAndDeliver(e.srv)
	if code, _ := e.download(f.withdrawnFile, desk...); code != 404 || f.stored(f.withdrawnKey) {
		t.Fatalf("withdrawn file after lifting the hold: %d", code)
	}
	if n := e.count((*model.PurgeRecord)(nil)); n != 3 {
		t.Fatalf("purge log rows: %d", n)
	}
}

// TestRetentionPurgeKeepsSeededStatistics: with every record of the statistics fixture
// past its period, the purge empties them all and the desk's figures stay identical.
func TestRetentionPurgeKeepsSeededStatistics(t *testing.T) {
	t.Parallel()
	e := seededYears(t)
	vars := map[string]any{"f": "2024-04-01", "t": "2026-03-31", "g": "FISCAL_YEAR"}
	desk := e.login("desk@demo.pppdesk.jp")
	before := e.ok(deskStatisticsQuery, vars, desk...)
	// P8's project runs to the end of 2030: the accepted proposal is kept 60 months beyond.
	ctx := context.Background()
	var p8 model.Proposal
	must(t, e.st.DB.NewSelect().Model(&p8).Where("project_id IS NOT NULL").Where("agreement_id IS NOT NULL").Scan(ctx))
	_, err := e.st.DB.NewUpdate().Table("projects").Set("end_on = ?", "2030-12-31").Where("id = ?", *p8.ProjectID).Exec(ctx)
	must(t, err)
	e.mu.Lock()
	e.now = time.Date(2031, 1, 1, 0, 0, 0, 0, time.UTC)
	e.mu.Unlock()
	desk = e.login("desk@demo.pppdesk.jp")
	dry := get(e.ok(retentionDryRun, nil, desk...), "retentionDryRun").([]any)
	rules := map[string]int{}
	for _, c := range dry {
		if get(c, "recordId") == p8.GetID() {
			t.Fatalf("P8 listed while its project runs: %v", c)
		}
		rules[get(c, "rule").(string)]++
	}
	// P1 and P6 accepted; P2 declined; P3 and P5 withdrawn. The fixture's audit entries of
	// 2026 are past their 60 months in 2031 too (TestRetentionPurgesAuditEntries checks them).
	audits := rules["AUDIT_ENTRY"]
	if audits == 0 {
		t.Fatalf("dry run lists no audit entries five years on: %v", rules)
	}
	delete(rules, "AUDIT_ENTRY")
	if want := map[string]int{"ACCEPTED_PROPOSAL": 2, "DECLINED_PROPOSAL": 1, "WITHDRAWN_PROPOSAL": 2}; !maps.Equal(rules, want) {
		t.Fatalf("dry run: %v, want %v", rules, want)
	}
	if err := e.srv.Sweep(context.Background()); err != nil {
		t.Fatal(err)
	}
	// One purge log row per record, and one for the batch of audit entries.
	if n := e.count((*model.PurgeRecord)(nil)); n != len(dry)-audits+1 {
		t.Fatalf("purged %d, dry run listed %d (%d audit entries)", n, len(dry), audits)
	}
	for _, c := range get(e.ok(retentionDryRun, nil, desk...), "retentionDryRun").([]any) {
		if get(c, "rule") == "AUDIT_ENTRY" {
			t.Fatalf("an expired audit entry is left after the purge: %v", c)
		}
	}
	if n := e.countSQL("SELECT COUNT(*) FROM proposals WHERE status IN ('ACCEPTED', 'DECLINED', 'WITHDRAWN') AND contact_email <> ''"); n != 1 {
		t.Fatalf("%d decided proposals keep their contact, want P8 only", n)
	}
	after := e.ok(deskStatisticsQuery, vars, desk...)
	if !equalJSON(before, after) {
		b, _ := json.Marshal(before)
		a, _ := json.Marshal(after)
		t.Fatalf("statistics changed by the purge:\nbefore %s\nafter  %s", b, a)
	}
}

// TestRetentionRules: defaults, validation, audit, and the municipality's own desk only.
func TestRetentionRules(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	desk := e.login("desk@demo.pppdesk.jp")
	const rules = `{ municipality { retention { recordType months isDefault } } }`
	got := get(e.ok(rules, nil, desk...), "municipality", "retention").([]any)
	defaults := map[string]float64{"DECLINED_PROPOSAL": 12, "WITHDRAWN_PROPOSAL": 12, "ACCEPTED_PROPOSAL": 60, "CLOSED_INQUIRY": 12, "AUDIT_ENTRY": 60, "OUTBOX_MAIL": 1}
	if len(got) != len(defaults) {
		t.Fatalf("rules: %v", got)
	}
	for _, r := range got {
		if defaults[get(r, "recordType").(string)] != get(r, "months") || get(r, "isDefault") != true {
			t.Fatalf("rules: %v", got)
		}
	}
	const set = `mutation($in: [RetentionRuleInput!]!) { setRetention(input: $in) { recordType months isDefault } }`
	for name, c := range map[string]struct {
		in    []any
		field string
	}{
		"zero":     {[]any{map[string]any{"recordType": "CLOSED_INQUIRY", "months": 0}}, "input[0].months"},
		"negative": {[]any{map[string]any{"recordType": "CLOSED_INQUIRY", "months": -5}}, "input[0].months"},
		"too long": {[]any{map[string]any{"recordType": "CLOSED_INQUIRY", "months": 1201}}, "input[0].months"},
		"twice": {[]any{map[string]any{"recordType": "CLOSED_INQUIRY", "months": 3},
			map[string]any{"recordType": "CLOSED_INQUIRY", "months": 4}}, "input[1].recordType"},
		"empty": {[]any{}, "input"},
	} {
		r := e.fails("BAD_USER_INPUT", set, map[string]any{"in": c.in}, desk...)
		if r.Errors[0].Extensions["field"] != c.field {
			t.Errorf("%s: %s", name, r.Raw)
		}
	}
	if r := e.post(set, map[string]any{"in": []any{map[string]any{"recordType": "AUDIT", "months": 3}}}, desk...); r.code() == "" {
		t.Fatalf("unknown record type accepted: %s", r.Raw)
	}
	e.ok(set, map[string]any{"in": []any{map[string]any{"recordType": "CLOSED_INQUIRY", "months": 36}}}, desk...)
	for _, r := range get(e.ok(rules, nil, desk...), "municipality", "retention").([]any) {
		own := get(r, "recordType") == "CLOSED_INQUIRY"
		if own && (get(r, "months") != float64(36) || get(r, "isDefault") != false) || !own && get(r, "isDefault") != true {
			t.Fatalf("after set: %v", r)
		}
	}
	if n := e.count((*model.AuditEntry)(nil), "action", "retention.set"); n != 1 {
		t.Fatalf("audit entries: %d", n)
	}
	// Another municipality's desk sees its own defaults, not Aomori's period.
	other := otherDesk(e)
	for _, r := range get(e.ok(rules, nil, other...), "municipality", "retention").([]any) {
		if get(r, "isDefault") != true {
			t.Fatalf("other municipality: %v", r)
		}
	}
	// Staff other than the desk and proposers cannot read them.
	e.fails("FORBIDDEN", rules, nil, e.login("keizai@demo.pppdesk.jp")...)
	e.fails("FORBIDDEN", rules, nil, e.login("proposer1@demo.pppdesk.jp")...)
}

// TestLegalHoldAcrossMunicipalities: another municipality's desk can neither see nor set a
// hold on Aomori's records, and only the desk reads a hold.
func TestLegalHoldAcrossMunicipalities(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	proposer, desk := e.login("proposer1@demo.pppdesk.jp"), e.login("desk@demo.pppdesk.jp")
	id := get(e.ok(createProposal, map[string]any{"in": proposalInput("FREE", nil)}, proposer...), "createProposal", "proposal", "id").(string)
	const hold = `mutation($id: ID!) { setLegalHold(recordId: $id, hold: true, reason: "訴訟") }`
	other := otherDesk(e)
	e.fails("NOT_FOUND", hold, map[string]any{"id": id}, other...)
	e.fails("FORBIDDEN", hold, map[string]any{"id": id}, proposer...)
	e.fails("BAD_USER_INPUT", hold, map[string]any{"id": model.GlobalID(model.OwnerChallenge, 1)}, desk...)
	e.ok(hold, map[string]any{"id": id}, desk...)
	if r := e.post(`query($id: ID!) { proposal(id: $id) { legalHold { reason } } }`, map[string]any{"id": id}, proposer...); r.code() != "FORBIDDEN" {
		t.Fatalf("proposer reads the hold: %s", r.Raw)
	}
	if r := e.post(`query($id: ID!) { proposal(id: $id) { legalHold { reason } } }`, map[string]any{"id": id}, other...); r.code() == "" &&
		get(r.Data, "proposal", "legalHold") != nil {
		t.Fatalf("another desk reads the hold: %s", r.Raw)
	}
	if n := e.count((*model.LegalHoldRow)(nil)); n != 1 {
		t.Fatalf("holds: %d", n)
	}
}

// TestRetentionPurgesAuditEntries: audit entries older than their period (AUDIT_ENTRY,
// 60 months by default) are listed by the dry run and deleted by the purge, once, logged as
// one batch; recent ones and those about a record under a legal hold stay.
func TestRetentionPurgesAuditEntries(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	mid := e.mid("aomori")
	p1, desk := e.login("proposer1@demo.pppdesk.jp"), e.login("desk@demo.pppdesk.jp")
	held := get(e.ok(createProposal, map[string]any{"in": proposalInput("FREE", nil)}, p1...), "createProposal", "proposal", "id").(string)
	_, heldID, _ := model.ParseGlobalID(held)
	e.ok(`mutation($id: ID!) { setLegalHold(recordId: $id, hold: true, reason: "訴訟") }`, map[string]any{"id": held}, desk...)

	old := testNow.AddDate(-6, 0, 0)
	expired := &model.AuditEntry{MunicipalityID: mid, Action: "test.expired", TargetType: "Proposal", TargetID: 987654, Changes: `{"to":"a@example.jp"}`, At: old}
	aboutHeld := &model.AuditEntry{MunicipalityID: mid, Action: "test.held", TargetType: "Proposal", TargetID: heldID, At: old}
	recent := &model.AuditEntry{MunicipalityID: mid, Action: "test.recent", TargetType: "Proposal", TargetID: 987654, At: testNow.AddDate(-4, 0, 0)}
	e.insert(expired, aboutHeld, recent)

	rules := get(e.ok(`{ municipality { retention { recordType months } } }`, nil, desk...), "municipality", "retention").([]any)
	if !strings.Contains(jsonText(rules), `{"months":60,"recordType":"AUDIT_ENTRY"}`) {
		t.Fatalf("rules: %v", rules)
	}
	dry := get(e.ok(retentionDryRun, nil, desk...), "retentionDryRun").([]any)
	if len(dry) != 1 || get(dry[0].(map[string]any), "recordId") != model.GlobalID(store.AuditEntryOwner, expired.ID) ||
		get(dry[0].(map[string]any), "rule") != "AUDIT_ENTRY" {
		t.Fatalf("dry run: %v", dry)
	}
	var wg sync.WaitGroup
	for _, s := range []*pppdesk.Server{e.srv, e.srv} {
		wg.Go(func() {
			if err := s.Sweep(context.Background()); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	var left []string
	must(t, e.st.DB.NewSelect().Model((*model.AuditEntry)(nil)).Column("action").Where("action LIKE 'test.%'").Order("id").Scan(context.Background(), &left))
	if strings.Join(left, ",") != "test.held,test.recent" {
		t.Fatalf("audit entries left: %v", left)
	}
	log := e.ok(purgeLogQuery, nil, desk...)
	if get(log, "purgeLog", "totalCount") != float64(1) {
		t.Fatalf("purge log: %v", log)
	}
	n := edges(log, "purgeLog")[0].(map[string]any)["node"].(map[string]any)
	if n["recordType"] != "AuditEntry" || n["rule"] != "AUDIT_ENTRY" || jsonText(n["parts"]) != `["entries:1"]` {
		t.Fatalf("purge log entry: %v", n)
	}
}

// jsonText writes a decoded answer back as JSON, for comparisons and failure messages.
func jsonText(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

// TestRetentionPurgesSoleProprietor: purging a sole proprietor's (個人事業主) last proposal
// empties the organization's name, kana and address (a natural person's); an organization
// with an unpurged proposal, an account in use or a public profile keeps them, and so does
// a corporation. Kinds stay, so statistics by kind agree.
func TestRetentionPurgesSoleProprietor(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	mid := e.mid("aomori")
	decided := time.Date(2024, 6, 1, 1, 0, 0, 0, time.UTC)
	var creator model.User
	must(t, e.st.DB.NewSelect().Model(&creator).Where("email = ?", "proposer1@demo.pppdesk.jp").Scan(context.Background()))
	org := func(name string, kind model.OrganizationKind, public bool) *model.Organization {
		o := &model.Organization{MunicipalityID: mid, Name: name, Kana: "カナ", Kind: kind, Address: "青森市新町1-1", Public: public, Version: 1,
			Stamps: stamps(decided.AddDate(-1, 0, 0))}
		e.insert(o)
		return o
	}
	proposal := func(o *model.Organization, status model.ProposalStatus) *model.Proposal {
		p := &model.Proposal{MunicipalityID: mid, Kind: model.ProposalFree, OrganizationID: o.ID, CreatedByID: creator.ID, Title: "提案",
			DesiredScheme: "", ContactName: "個人 太郎", ContactEmail: "kojin@example.jp", Status: status, Version: 1,
			Stamps: stamps(decided.AddDate(0, -2, 0))}
		if status == model.ProposalDeclined {
			p.DecidedAt = &decided
		}
		e.insert(p)
		return p
	}
	account := func(o *model.Organization, disabled bool) {
		e.insert(&model.User{MunicipalityID: mid, Email: o.Name + "@example.jp", DisplayName: o.Name, Role: model.RoleProposer,
			OrganizationID: &o.ID, Disabled: disabled, Stamps: stamps(decided)})
	}
	alone := org("個人 一郎", model.OrgSoleProprietor, false) // two expired proposals, a disabled account: emptied
	proposal(alone, model.ProposalDeclined)
	proposal(alone, model.ProposalDeclined)
	account(alone, true)
	open := org("個人 二郎", model.OrgSoleProprietor, false) // one proposal still under consideration
	proposal(open, model.ProposalDeclined)
	proposal(open, model.ProposalSubmitted)
	active := org("個人 三郎", model.OrgSoleProprietor, false) // its account is in use
	proposal(active, model.ProposalDeclined)
	account(active, false)
	public := org("個人 四郎", model.OrgSoleProprietor, true) // a public partner profile
	proposal(public, model.ProposalDeclined)
	corp := org("株式会社五郎", model.OrgCorporation, false)
	proposal(corp, model.ProposalDeclined)
	agreement := func(deleted bool) *model.Agreement {
		a := &model.Agreement{MunicipalityID: mid, Kind: model.AgreementBusiness, Title: "連携協定", Status: model.AgreementActive,
			Publishing: published(decided), Stamps: stamps(decided)}
		if deleted {
			a.DeletedAt = &decided
		}
		e.insert(a)
		return a
	}
	partner := org("個人 六郎", model.OrgSoleProprietor, false) // named as a partner of a live agreement
	proposal(partner, model.ProposalDeclined)
	e.insert(&model.ContentPartner{MunicipalityID: mid, OwnerType: model.OwnerAgreement, OwnerID: agreement(false).ID, OrganizationID: partner.ID})
	formerPartner := org("個人 七郎", model.OrgSoleProprietor, false) // a partner of deleted content only: emptied
	proposal(formerPartner, model.ProposalDeclined)
	e.insert(&model.ContentPartner{MunicipalityID: mid, OwnerType: model.OwnerAgreement, OwnerID: agreement(true).ID, OrganizationID: formerPartner.ID})

	// The desk finds proposals by the proposer's name; once the name is purged, a search for
	// it finds nothing, and no search text keeps it (they are rebuilt with the purge).
	desk := e.login("desk@demo.pppdesk.jp")
	found := func(name string) any {
		return get(e.ok(`query($s: String!) { proposals(filter: {search: $s}) { totalCount } }`, map[string]any{"s": name}, desk...),
			"proposals", "totalCount")
	}
	indexed := func(word string) int64 {
		n, err := e.st.DB.NewSelect().TableExpr("search_texts").Where("body LIKE ?", "%"+word+"%").Count(context.Background())
		must(t, err)
		return n
	}
	if n, m := found("個人 一郎"), indexed("一郎"); n != float64(2) || m != 3 {
		t.Fatalf("before the purge: %v proposals found, %d search texts", n, m)
	}
	e.sweepAndDeliver(e.srv)
	if n, m := found("個人 一郎"), indexed("一郎"); n != float64(0) || m != 0 {
		t.Errorf("after the purge a search for the name finds %v proposals; %d search texts hold it", n, m)
	}
	if n := found("個人 二郎"); n != float64(2) {
		t.Errorf("a kept name: %v proposals found", n)
	}
	for _, c := range []struct {
		o     *model.Organization
		empty bool
	}{{alone, true}, {open, false}, {active, false}, {public, false}, {corp, false}, {partner, false}, {formerPartner, true}} {
		got := new(model.Organization)
		must(t, e.st.DB.NewSelect().Model(got).Where("id = ?", c.o.ID).Scan(context.Background()))
		if empty := got.Name == "" && got.Kana == "" && got.Address == ""; empty != c.empty || got.Kind != c.o.Kind {
			t.Errorf("%s: emptied %v, want %v (%+v)", c.o.Name, empty, c.empty, got)
		}
	}
	var parts []string
	must(t, e.st.DB.NewSelect().Model((*model.PurgeRecord)(nil)).Column("parts").Where("parts LIKE ?", "%organization%").Scan(context.Background(), &parts))
	if len(parts) != 2 {
		t.Fatalf("purge log parts naming the organization: %v", parts)
	}
}

// TestRetentionPurgesDeliveredMails: a notification mail delivered, or failed at its last
// attempt, more than its period ago (OUTBOX_MAIL, 1 month by default) is listed by the dry
// run and deleted by the purge, once across replicas; a recently delivered, a recently
// failed and a pending mail stay, the pending one however old.
func TestRetentionPurgesDeliveredMails(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	mid := e.mid("aomori")
	desk := e.login("desk@demo.pppdesk.jp")
	at := func(days int) *time.Time { t := testNow.AddDate(0, 0, -days); return &t }
	mail := func(subject, status string, created int, delivered *time.Time) *model.OutboxMail {
		m := &model.OutboxMail{MunicipalityID: mid, Recipient: "kojin@example.jp", Subject: subject, Status: status,
			TextJA: subject + "の本文", NextAttemptAt: *at(created), CreatedAt: *at(created), DeliveredAt: delivered}
		e.insert(m)
		return m
	}
	old := mail("old", model.DeliveryDelivered, 60, at(59))
	mail("recent", model.DeliveryDelivered, 10, at(10))
	mail("pending", model.DeliveryPending, 90, nil)
	failed := mail("failed", model.DeliveryFailed, 90, nil) // its last attempt was due 90 days ago
	mail("failedRecent", model.DeliveryFailed, 20, nil)
	failed.NextAttemptAt = *at(45) // attempts went on after it was written
	_, err := e.st.DB.NewUpdate().Model(failed).Column("next_attempt_at").WherePK().Exec(context.Background())
	must(t, err)

	rules := get(e.ok(`{ municipality { retention { recordType months isDefault } } }`, nil, desk...), "municipality", "retention").([]any)
	if !strings.Contains(jsonText(rules), `{"isDefault":true,"months":1,"recordType":"OUTBOX_MAIL"}`) {
		t.Fatalf("rules: %v", rules)
	}
	dry := get(e.ok(retentionDryRun, nil, desk...), "retentionDryRun").([]any)
	if len(dry) != 2 || get(dry[0], "recordId") != model.GlobalID(store.OutboxMailOwner, old.ID) || get(dry[0], "rule") != "OUTBOX_MAIL" ||
		get(dry[0], "expiredSince") != old.DeliveredAt.AddDate(0, 1, 0).UTC().Format(time.RFC3339) ||
		get(dry[1], "recordId") != model.GlobalID(store.OutboxMailOwner, failed.ID) ||
		get(dry[1], "expiredSince") != failed.NextAttemptAt.AddDate(0, 1, 0).UTC().Format(time.RFC3339) {
		t.Fatalf("dry run: %v", dry)
	}
	var wg sync.WaitGroup
	for _, s := range []*pppdesk.Server{e.srv, e.srv} {
		wg.Go(func() {
			if err := s.Sweep(context.Background()); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	var left []string
	must(t, e.st.DB.NewSelect().Model((*model.OutboxMail)(nil)).Column("subject").Where("recipient = ?", "kojin@example.jp").Order("id").Scan(context.Background(), &left))
	if strings.Join(left, ",") != "recent,pending,failedRecent" {
		t.Fatalf("mails left: %v", left)
	}
	log := e.ok(purgeLogQuery, nil, desk...)
	if get(log, "purgeLog", "totalCount") != float64(1) {
		t.Fatalf("purge log: %v", log)
	}
	n := edges(log, "purgeLog")[0].(map[string]any)["node"].(map[string]any)
	if n["recordType"] != "OutboxMail" || n["rule"] != "OUTBOX_MAIL" || jsonText(n["parts"]) != `["entries:2"]` {
		t.Fatalf("purge log entry: %v", n)
	}
	if dry := get(e.ok(retentionDryRun, nil, desk...), "retentionDryRun").([]any); len(dry) != 0 {
		t.Fatalf("dry run after the purge: %v", dry)
	}
}

// TestLegalHoldPageCostIsConstant: the legalHold of a page of proposals or inquiries is
// read in one statement for the page, so a page of 10 costs what a page of 1 does, and each
// row still shows its own hold.
func TestLegalHoldPageCostIsConstant(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	p1, desk := e.login("proposer1@demo.pppdesk.jp"), e.login("desk@demo.pppdesk.jp")
	mid := e.mid("aomori")
	var held []string
	for i := range 10 {
		in := proposalInput("FREE", nil)
		in["title"] = fmt.Sprintf("保留計数%02d", i)
		id := get(e.ok(createProposal, map[string]any{"in": in}, p1...), "createProposal", "proposal", "id").(string)
		e.ok(`mutation($id: ID!) { submitProposal(id: $id, acceptTerms: true) { proposal { id } } }`, map[string]any{"id": id}, p1...)
		e.insert(&model.Inquiry{MunicipalityID: mid, Name: "計数", Email: "keisu@example.jp", Subject: "計数", Body: "計数",
			Status: model.InquiryOpen, CreatedAt: testNow})
		if i%3 == 0 {
			e.ok(`mutation($id: ID!) { setLegalHold(recordId: $id, hold: true, reason: "審査中") }`, map[string]any{"id": id}, desk...)
			held = append(held, id)
		}
	}
	var inq model.Inquiry
	must(t, e.st.DB.NewSelect().Model(&inq).Where("municipality_id = ?", mid).Order("id DESC").Limit(1).Scan(context.Background()))
	e.ok(`mutation($id: ID!) { setLegalHold(recordId: $id, hold: true, reason: "訴訟") }`, map[string]any{"id": model.GlobalID(model.OwnerInquiry, inq.ID)}, desk...)

	for _, c := range []struct {
		name, query, list string
		holds             map[string]string
	}{
		{"proposals", `query($n: Int) { proposals(first: $n, filter: {search: "保留計数"}) { edges { node { id legalHold { reason } } } } }`, "proposals", nil},
		{"inquiries", `query($n: Int) { inquiries(first: $n) { edges { node { id legalHold { reason } } } } }`, "inquiries",
			map[string]string{model.GlobalID(model.OwnerInquiry, inq.ID): "訴訟"}},
	} {
		if c.holds == nil {
			c.holds = map[string]string{}
			for _, id := range held {
				c.holds[id] = "審査中"
			}
		}
		cost := func(n int) int64 {
			before := e.st.Queries()
			d := e.ok(c.query, map[string]any{"n": n}, desk...)
			after := e.st.Queries()
			es := edges(d, c.list)
			if len(es) != n {
				t.Fatalf("%s: page has %d rows, want %d", c.name, len(es), n)
			}
			for _, ed := range es {
				id := nodeField(ed, "id").(string)
				got, _ := get(ed, "node", "legalHold", "reason").(string)
				if got != c.holds[id] {
					t.Fatalf("%s: %s holds %q, want %q", c.name, id, got, c.holds[id])
				}
			}
			return after - before
		}
		small, large := cost(1), cost(10)
		t.Logf("%s: 1 row → %d statements, 10 rows → %d", c.name, small, large)
		if large != small {
			t.Errorf("%s: the legal holds of 10 rows cost %d statements, of 1 row %d", c.name, large, small)
		}
	}
}

// TestRetentionPurgeWaitsForAHoldBeingSet forces the race between setting a legal hold and
// purging the same record: a transaction that has locked the declined proposal's row (as
// SetHold does) and written its hold stays open while a sweep runs. The purge must wait on
// the row, and once the hold commits, skip the record: nothing purged, nothing logged.
func TestRetentionPurgeWaitsForAHoldBeingSet(t *testing.T) {
	t.Parallel()
	if storetest.DSN() == "" {
		t.Skip("SQLite runs one writing transaction at a time: a purge cannot run beside an open hold; the race is MySQL's")
	}
	f := newRetentionFixture(t)
	e := f.e
	ctx := context.Background()
	mid := e.mid("aomori")
	_, pid, _ := model.ParseGlobalID(f.declined)

	tx, err := e.st.DB.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = tx.Rollback() }()
	var holder int64
	must(t, tx.QueryRowContext(ctx, "SELECT CONNECTION_ID()").Scan(&holder))
	if ok, err := store.RecordExists(ctx, tx, mid, model.OwnerProposal, pid); err != nil || !ok {
		t.Fatalf("lock the proposal: %v %v", ok, err)
	}
	desk, err := e.st.UserByEmail(ctx, mid, "desk@demo.pppdesk.jp")
	if err != nil || desk == nil {
		t.Fatalf("desk user: %v", err)
	}
	must(t, store.Insert(ctx, tx, &model.LegalHoldRow{MunicipalityID: mid, RecordType: model.OwnerProposal, RecordID: pid,
		Reason: "開示請求の審査中", SetByID: desk.ID, SetAt: testNow}))

	done := make(chan error, 1)
	go func() { done <- e.srv.Sweep(ctx) }()
	// Wait until the sweep runs its locking read of the row this transaction locked, which
	// cannot finish before this transaction does (the sweep must not finish meanwhile).
	waiting := func() bool {
		var n int
		// MariaDB may wait for the row while still optimizing the statement (state
		// "Statistics"), before INNODB_TRX lists a lock wait: the process list shows it.
		must(t, e.st.DB.QueryRowContext(ctx, `SELECT COUNT(*) FROM information_schema.PROCESSLIST
			WHERE DB = DATABASE() AND ID <> ? AND ID <> CONNECTION_ID() AND INFO LIKE '%FROM proposals%FOR UPDATE'`, holder).Scan(&n))
		return n > 0
	}
	for !waiting() {
		select {
		case err := <-done:
			t.Fatalf("the sweep finished while the hold's transaction was open (%v): it did not wait for the record's row", err)
		case <-time.After(20 * time.Millisecond):
		}
	}
	must(t, tx.Commit())
	if err := <-done; err != nil {
		t.Fatal(err)
	}

	p := get(e.ok(proposalPersonal, map[string]any{"id": f.declined}, e.login("desk@demo.pppdesk.jp")...), "proposal")
	if get(p, "contact", "name") != "青森花子" || get(p, "legalHold", "reason") != "開示請求の審査中" {
		t.Fatalf("the held proposal after the sweep: %v", p)
	}
	if !f.stored(f.declinedKey) {
		t.Fatal("the held proposal's file was deleted")
	}
	if purged, err := store.Purged(ctx, e.st.DB, model.OwnerProposal, pid); err != nil || purged {
		t.Fatalf("purge log of the held proposal: %v %v", purged, err)
	}
	// The sweep went on with the others: the expired inquiry is purged.
	if i := f.inquiry(t, f.oldClosed.ID); i.Name != "" {
		t.Fatalf("the expired inquiry was not purged: %+v", i)
	}
}
