package pppdesk_test

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"io"
	"maps"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/coder/websocket/wsjson"
	"github.com/uptrace/bun"

	"github.com/pppdesk/pppdesk"
	"github.com/pppdesk/pppdesk/demo"
	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/readlog"
)

// readLog answers the log rows of the demo municipality, oldest first, straight from the
// table (reading them through the API would log that read too).
func (e *env) readLog() []model.PersonalDataRead {
	e.t.Helper()
	var rows []model.PersonalDataRead
	if err := e.st.DB.NewSelect().Model(&rows).Order("id").Scan(context.Background()); err != nil {
		e.t.Fatal(err)
	}
	return rows
}

// logSince answers the rows written after the first n.
func (e *env) logSince(n int) []model.PersonalDataRead {
	e.t.Helper()
	return e.readLog()[n:]
}

// demoProposals has proposer1 submit n proposals and answers their global IDs.
func (e *env) demoProposals(_ []string, n int) []string {
	e.t.Helper()
	p1 := e.login("proposer1@demo.pppdesk.jp")
	var ids []string
	for range n {
		id := get(e.ok(createProposal, map[string]any{"in": proposalInput("FREE", nil)}, p1...), "createProposal", "proposal", "id").(string)
		e.ok(`mutation($id: ID!) { submitProposal(id: $id, acceptTerms: true) { proposal { id } } }`, map[string]any{"id": id}, p1...)
		ids = append(ids, id)
	}
	return ids
}

// TestPersonalDataReadsLogStaffReads: a staff read of a contact field leaves exactly one log
// entry per record and operation, whatever fields and aliases it asks; a list of three
// proposals leaves three; the public and a proposer reading its own data leave none, and so
// does a staff member reading its own email.
func TestPersonalDataReadsLogStaffReads(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	desk, p1 := e.login("desk@demo.pppdesk.jp"), e.login("proposer1@demo.pppdesk.jp")
	deskID := get(e.ok(`{ me { id } }`, nil, desk...), "me", "id").(string)
	ids := e.demoProposals(desk, 3)
	typ, pid, _ := model.ParseGlobalID(ids[0])

	n := len(e.readLog())
	req := httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(`{"query":"query ReadContact($id: ID!) { proposal(id: $id) { title contact { email } } }","variables":{"id":"`+ids[0]+`"}}`))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Request-Id", "read-contact-1")
	req.Header.Set(desk[0], desk[1])
	if r := e.send(req); len(r.Errors) > 0 || get(r.Data, "proposal", "contact", "email") == nil {
		t.Fatalf("desk read: %s", r.Raw)
	}
	got := e.logSince(n)
	if len(got) != 1 {
		t.Fatalf("one read left %d entries: %+v", len(got), got)
	}
	g := got[0]
	if g.RecordType != string(typ) || g.RecordID != pid || g.Fields != "contact.email" || g.Operation != "ReadContact" ||
		model.GlobalID(model.OwnerUser, g.ReaderID) != deskID || g.ReaderName == "" || g.RequestID == nil || *g.RequestID != "read-contact-1" || g.ReadAt.IsZero() {
		t.Fatalf("entry: %+v", g)
	}

	// Two fields and an alias of the same contact, in one operation: still one entry.
	n = len(e.readLog())
	e.ok(`query($id: ID!) { proposal(id: $id) { contact { email name } c2: contact { mail: email phone } } }`, map[string]any{"id": ids[0]}, desk...)
	if got := e.logSince(n); len(got) != 1 || got[0].Fields != "contact.email,contact.name,contact.phone" || got[0].Operation != "query proposal" {
		t.Fatalf("aliases: %+v", got)
	}

	// A list of three proposals with contact: three entries, one per proposal.
	n = len(e.readLog())
	e.ok(`{ proposals(first: 3) { edges { node { contact { name } } } } }`, nil, desk...)
	got = e.logSince(n)
	var recs []string
	for _, g := range got {
		recs = append(recs, model.GlobalID(model.OwnerType(g.RecordType), g.RecordID))
	}
	slices.Sort(recs)
	want := slices.Clone(ids)
	slices.Sort(want)
	if !slices.Equal(recs, want) {
		t.Fatalf("list of 3: %v, want %v", recs, want)
	}
	// The same list without personal data logs nothing.
	n = len(e.readLog())
	e.ok(`{ proposals(first: 3) { edges { node { title contact { __typename } } } } }`, nil, desk...)
	if got := e.logSince(n); len(got) != 0 {
		t.Fatalf("no personal field, entries: %+v", got)
	}

	// Public and proposer reads of their own data, and a staff member's own email: none.
	n = len(e.readLog())
	own := e.ok(`{ proposals(first: 5) { edges { node { id contact { name email phone affiliation } } } } me { email } }`, nil, p1...)
	if len(edges(own, "proposals")) == 0 || get(edges(own, "proposals")[0], "node", "contact", "email") == nil {
		t.Fatalf("the proposer reads no contact: %v", own)
	}
	e.post(`query($id: ID!) { proposal(id: $id) { contact { email } } }`, map[string]any{"id": ids[0]})
	e.ok(`mutation { submitInquiry(input: {name: "閲覧 太郎", email: "etsuran@example.jp", phone: "017-000-0000", subject: "件名", body: "内容"}) }`, nil)
	e.ok(`{ me { email displayName } }`, nil, desk...)
	if got := e.logSince(n); len(got) != 0 {
		t.Fatalf("public/proposer/own reads logged: %+v", got)
	}

	// Inquiry senders and account emails are personal data too.
	n = len(e.readLog())
	d := e.ok(`{ inquiries(first: 1) { edges { node { id name email phone affiliation subject } } } users(first: 100) { edges { node { id email } } } }`, nil, desk...)
	got = e.logSince(n)
	inq := nodeField(edges(d, "inquiries")[0], "id").(string)
	var users, inquiries int
	for _, g := range got {
		switch g.RecordType {
		case "Inquiry":
			inquiries++
			if model.GlobalID(model.OwnerInquiry, g.RecordID) != inq || g.Fields != "affiliation,email,name,phone" {
				t.Errorf("inquiry entry: %+v", g)
			}
		case "User":
			users++
			if g.Fields != "email" || model.GlobalID(model.OwnerUser, g.RecordID) == deskID {
				t.Errorf("user entry: %+v", g)
			}
		default:
			t.Errorf("unexpected entry: %+v", g)
		}
	}
	if inquiries != 1 || users != len(edges(d, "users"))-1 {
		t.Fatalf("%d inquiry and %d user entries for %d users: %+v", inquiries, users, len(edges(d, "users")), got)
	}
}

// TestPersonalDataReadsDepartment: a department reading an assigned proposal's contact is
// logged; what it may not read (other accounts' emails answer null) is not.
func TestPersonalDataReadsDepartment(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	p1, desk, keizai := e.login("proposer1@demo.pppdesk.jp"), e.login("desk@demo.pppdesk.jp"), e.login("keizai@demo.pppdesk.jp")
	id := get(e.ok(createProposal, map[string]any{"in": proposalInput("FREE", nil)}, p1...), "createProposal", "proposal", "id").(string)
	e.ok(`mutation($id: ID!) { submitProposal(id: $id, acceptTerms: true) { proposal { id } } }`, map[string]any{"id": id}, p1...)
	e.ok(`mutation($id: ID!, $d: [ID!]!) { assignProposal(id: $id, departmentIds: $d) { proposal { id } } }`, map[string]any{"id": id, "d": []any{e.departmentIDs()["経済部"]}}, desk...)
	keizaiID := get(e.ok(`{ me { id } }`, nil, keizai...), "me", "id").(string)

	n := len(e.readLog())
	d := e.ok(`query($id: ID!) { proposal(id: $id) { contact { name phone } } users(first: 50) { edges { node { email } } } }`, map[string]any{"id": id}, keizai...)
	if get(d, "proposal", "contact", "name") != "青森花子" {
		t.Fatalf("department read: %v", d)
	}
	got := e.logSince(n)
	if len(got) != 1 || model.GlobalID(model.OwnerProposal, got[0].RecordID) != id || got[0].Fields != "contact.name,contact.phone" ||
		model.GlobalID(model.OwnerUser, got[0].ReaderID) != keizaiID {
		t.Fatalf("department entries: %+v", got)
	}
}

// TestPersonalDataReadsQuery: the desk reads the log by record, by staff member and by
// period; reading the log is itself logged; other roles are refused.
func TestPersonalDataReadsQuery(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	desk, keizai := e.login("desk@demo.pppdesk.jp"), e.login("keizai@demo.pppdesk.jp")
	deskID := get(e.ok(`{ me { id } }`, nil, desk...), "me", "id").(string)
	ids := e.demoProposals(desk, 2)
	t0 := e.clock()
	e.ok(`query($id: ID!) { proposal(id: $id) { contact { email } } }`, map[string]any{"id": ids[0]}, desk...)
	e.mu.Lock()
	e.now = t0.Add(time.Hour)
	e.mu.Unlock()
	e.ok(`query($id: ID!) { proposal(id: $id) { contact { email } } }`, map[string]any{"id": ids[1]}, desk...)
	mid := model.GlobalID(model.OwnerMunicipality, e.mid(demo.Slug))

	const q = `query Log($f: PersonalDataReadFilter, $first: Int, $after: String) { personalDataReads(filter: $f, first: $first, after: $after) {
		totalCount pageInfo { hasNextPage endCursor } edges { node { id reader readerId readAt recordType recordId fields operation requestId } } } }`
	count := func(f map[string]any) float64 {
		t.Helper()
		return get(e.ok(q, map[string]any{"f": f}, desk...), "personalDataReads", "totalCount").(float64)
	}
	at := func(d time.Duration) string { return t0.Add(d).Format(time.RFC3339) }
	for _, c := range []struct {
		name string
		f    map[string]any
		want float64
	}{
		{"record", map[string]any{"recordId": ids[0]}, 1},
		{"record and period", map[string]any{"recordId": ids[1], "from": at(30 * time.Minute)}, 1},
		{"period before", map[string]any{"recordId": ids[1], "to": at(30 * time.Minute)}, 0},
		{"reader", map[string]any{"readerId": deskID, "from": at(-time.Minute), "to": at(90 * time.Minute), "recordId": ids[0]}, 1},
		{"other reader", map[string]any{"readerId": get(e.ok(`{ me { id } }`, nil, keizai...), "me", "id")}, 0},
	} {
		if n := count(c.f); n != c.want {
			t.Errorf("%s: %v entries, want %v", c.name, n, c.want)
		}
	}
	// Every read of the log above was logged, as a read of the municipality's log.
	logReads := count(map[string]any{"recordId": mid})
	if logReads < 5 {
		t.Fatalf("reads of the log logged: %v, want at least 5", logReads)
	}
	d := e.ok(q, map[string]any{"f": map[string]any{"recordId": ids[0]}}, desk...)
	node := get(edges(d, "personalDataReads")[0], "node").(map[string]any)
	if node["recordType"] != "Proposal" || node["recordId"] != ids[0] || node["readerId"] != deskID || node["operation"] != "query proposal" ||
		!slices.Equal(node["fields"].([]any), []any{"contact.email"}) || node["reader"] == "" {
		t.Fatalf("node: %v", node)
	}
	last := e.readLog()
	if l := last[len(last)-1]; l.RecordType != "personal_data_reads" || l.Operation != "Log" || l.Fields != "personalDataReads" {
		t.Fatalf("the last read of the log: %+v", l)
	}

	e.fails("BAD_USER_INPUT", q, map[string]any{"f": map[string]any{"recordId": "not an id"}}, desk...)
	e.fails("BAD_USER_INPUT", q, map[string]any{"f": map[string]any{"readerId": ids[0]}}, desk...)
	e.fails("BAD_USER_INPUT", q, map[string]any{"f": map[string]any{"from": at(0), "to": at(0)}}, desk...)
	e.fails("FORBIDDEN", q, map[string]any{"f": map[string]any{"recordId": "not an id"}}, keizai...)
	e.fails("FORBIDDEN", q, nil, e.login("proposer1@demo.pppdesk.jp")...)
}

// TestPersonalDataReadsExport: the CSV export is the desk's alone (anonymous 401, proposer
// and department 403), carries a BOM, is never cached, holds only the caller's
// municipality's entries, filters like the query and is itself logged.
func TestPersonalDataReadsExport(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	desk := e.login("desk@demo.pppdesk.jp")
	ids := e.demoProposals(desk, 2)
	e.ok(`{ proposals(first: 2) { edges { node { contact { email } } } } }`, nil, desk...)
	other := e.municipality("hirosaki", "弘前市")
	hash, _ := cheapHash("other desk password")
	e.insert(&model.User{MunicipalityID: other.ID, Email: "desk@hirosaki.example.jp", PasswordHash: hash, DisplayName: "弘前デスク", Role: model.RoleDesk, Stamps: stamps(testNow)})
	tok := e.ok(`mutation { login(email: "desk@hirosaki.example.jp", password: "other desk password") { token } }`, nil, "X-Municipality", "hirosaki")
	deskOther := []string{"Authorization", "Bearer " + get(tok, "login", "token").(string)}

	export := func(query string, h []string) *httptest.ResponseRecorder {
		req := httptest.NewRequest(http.MethodGet, "/exports/personal-data-reads.csv"+query, nil)
		for i := 0; i+1 < len(h); i += 2 {
			req.Header.Set(h[i], h[i+1])
		}
		rec := httptest.NewRecorder()
		e.srv.ServeHTTP(rec, req)
		return rec
	}
	for _, c := range []struct {
		name string
		h    []string
		want int
	}{
		{"anonymous", nil, http.StatusUnauthorized},
		{"proposer", e.login("proposer1@demo.pppdesk.jp"), http.StatusForbidden},
		{"department", e.login("keizai@demo.pppdesk.jp"), http.StatusForbidden},
		{"other municipality's desk here", as(deskOther, "X-Municipality", demo.Slug), http.StatusUnauthorized},
		{"desk", desk, http.StatusOK},
		{"other municipality's desk", deskOther, http.StatusOK},
	} {
		rec := export("", c.h)
		if rec.Code != c.want {
			t.Errorf("%s: %d, want %d: %s", c.name, rec.Code, c.want, rec.Body.String())
		}
		if cc := rec.Header().Get("Cache-Control"); cc != "no-store" {
			t.Errorf("%s: Cache-Control %q", c.name, cc)
		}
		if strings.Contains(rec.Body.String(), ids[0]) != (c.name == "desk") {
			t.Errorf("%s: the answer holds the demo's entries: %v", c.name, strings.Contains(rec.Body.String(), ids[0]))
		}
	}
	rec := export("?recordId="+ids[1], desk)
	body := rec.Body.String()
	if !strings.HasPrefix(body, "\xEF\xBB\xBF") || !strings.HasPrefix(rec.Header().Get("Content-Type"), "text/csv") ||
		strings.Count(body, "\r\n") != 2 || !strings.Contains(body, "contact.email") || strings.Contains(body, ids[0]) {
		t.Fatalf("filtered export: %q", body)
	}
	if rec := export("?from=yesterday", desk); rec.Code != http.StatusBadRequest {
		t.Fatalf("bad filter: %d", rec.Code)
	}
	last := e.readLog()
	if l := last[len(last)-1]; l.RecordType != "personal_data_reads" || l.Fields != "export" || l.MunicipalityID != e.mid(demo.Slug) {
		t.Fatalf("the export is not logged: %+v", l)
	}
}

// TestPersonalDataReadsCostOneStatement: logging an operation's reads costs one statement,
// however many records and fields it read.
func TestPersonalDataReadsCostOneStatement(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	desk := e.login("desk@demo.pppdesk.jp")
	e.demoProposals(desk, 3)
	cost := func(q string) int64 {
		before := e.st.Queries()
		e.ok(q, nil, desk...)
		return e.st.Queries() - before
	}
	plain := cost(`{ proposals(first: 3) { edges { node { title contact { __typename } } } } }`)
	n := len(e.readLog())
	personal := cost(`{ proposals(first: 3) { edges { node { title contact { name email phone affiliation } } } } }`)
	if personal != plain+1 {
		t.Fatalf("3 records × 4 fields cost %d statements, the same without personal data %d", personal, plain)
	}
	if got := e.logSince(n); len(got) != 3 {
		t.Fatalf("entries: %d", len(got))
	}
}

// TestPersonalDataReadsWriteFailureFailsTheAnswer: when the log cannot be written, the
// answer carries no personal data: it is an error instead.
func TestPersonalDataReadsWriteFailureFailsTheAnswer(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	desk := e.login("desk@demo.pppdesk.jp")
	e.demoProposals(desk, 1)
	if _, err := e.st.DB.ExecContext(context.Background(), "DROP TABLE personal_data_reads"); err != nil {
		t.Fatal(err)
	}
	r := e.fails("INTERNAL", `{ proposals(first: 1) { edges { node { contact { email } } } } }`, nil, desk...)
	if r.Data != nil || strings.Contains(r.Raw, "@") {
		t.Fatalf("personal data left without its log: %s", r.Raw)
	}
	// Answers without personal data are not affected.
	e.ok(`{ proposals(first: 1) { edges { node { title } } } }`, nil, desk...)
}

// TestPersonalDataReadsAppendOnly: no code changes or deletes log entries: no store
// function updates or deletes the table, no mutation touches it, and no purge names it.
func TestPersonalDataReadsAppendOnly(t *testing.T) {
	t.Parallel()
	var files []string
	for _, dir := range []string{".", "store", "readlog", "resolvers", "proposal", "inquiry", "account", "audit", "tenant", "content", "outbox"} {
		fs, _ := filepath.Glob(filepath.Join(dir, "*.go"))
		files = append(files, fs...)
	}
	mutating := regexp.MustCompile(`(?is)(NewUpdate|NewDelete|NewTruncateTable|NewDropTable)\(\)\s*\.\s*(Model|Table(Expr)?)\([^)]*(PersonalDataRead|personal_data_reads)|(UPDATE|DELETE\s+FROM|TRUNCATE|DROP\s+TABLE)\s+[` + "`" + `"]?personal_data_reads`)
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if m := mutating.Find(b); m != nil {
			t.Errorf("%s changes or deletes personal data reads: %s", f, m)
		}
	}
	schema, _ := filepath.Glob("schema/*.graphqls")
	for _, f := range schema {
		b, _ := os.ReadFile(f)
		if regexp.MustCompile(`(?m)^\s*(delete|update|purge|remove)PersonalDataRead`).Match(b) {
			t.Errorf("%s has a mutation of the log", f)
		}
	}
	// The check must be able to fail: it finds a delete written the usual way.
	if !mutating.MatchString("db.NewDelete().Model((*model.PersonalDataRead)(nil))") || !mutating.MatchString("DELETE FROM personal_data_reads") {
		t.Fatal("the pattern misses a delete")
	}
}

// TestPersonalDataReadsSideDoors: the other ways personal data leaves are logged too: a
// staff download of a proposal's file (treated as personal data: proposal documents carry
// the proposer's contact as a rule), not the proposer's own; and each event a staff
// subscription receives with a contact.
func TestPersonalDataReadsSideDoors(t *testing.T) {
	e := newEnvOpts(t, func(c *pppdesk.Config) { c.PollInterval = 20 * time.Millisecond })
	p1, desk := e.login("proposer1@demo.pppdesk.jp"), e.login("desk@demo.pppdesk.jp")
	id := get(e.ok(createProposal, map[string]any{"in": proposalInput("FREE", nil)}, p1...), "createProposal", "proposal", "id").(string)
	r := e.upload(id, "提案書.pdf", tinyPDF, p1...)
	if r.code() != "" {
		t.Fatalf("upload: %s", r.Raw)
	}
	url := get(r.Data, "attachFile", "downloadUrl").(string)
	file := get(r.Data, "attachFile", "id").(string)
	_, fileID, _ := model.ParseGlobalID(file)

	ts := httptest.NewServer(e.srv)
	defer ts.Close()
	c, ctx := subscribe(t, ts.URL, desk, `subscription Watch { proposalEvents { proposal { contact { email } } } }`, nil)
	time.Sleep(60 * time.Millisecond) // let the subscription start before the change

	n := len(e.readLog())
	if code, _ := e.download(url, p1...); code != http.StatusOK {
		t.Fatalf("owner download: %d", code)
	}
	if got := e.logSince(n); len(got) != 0 {
		t.Fatalf("the proposer's own download logged: %+v", got)
	}
	e.ok(`mutation($id: ID!) { submitProposal(id: $id, acceptTerms: true) { proposal { id } } }`, map[string]any{"id": id}, p1...)
	var msg struct {
		Type    string          `json:"type"`
		Payload json.RawMessage `json:"payload"`
	}
	must(t, wsjson.Read(ctx, c, &msg))
	if msg.Type != "next" || !strings.Contains(string(msg.Payload), "@") {
		t.Fatalf("event: %s %s", msg.Type, msg.Payload)
	}
	if code, _ := e.download(url, desk...); code != http.StatusOK {
		t.Fatalf("desk download: %d", code)
	}
	got := e.logSince(n)
	if len(got) != 2 {
		t.Fatalf("entries: %+v", got)
	}
	ev, dl := got[0], got[1]
	if model.GlobalID(model.OwnerType(ev.RecordType), ev.RecordID) != id || ev.Fields != "contact.email" || ev.Operation != "Watch" {
		t.Errorf("subscription entry: %+v", ev)
	}
	if dl.RecordType != "Attachment" || dl.RecordID != fileID || dl.Fields != "file" || dl.Operation != "download" {
		t.Errorf("download entry: %+v", dl)
	}
}

// TestDeferIsRefused: a staff query with @defer must not deliver contact fields after the
// read log of its answer is written (over a WebSocket the deferred part used to arrive in a
// second payload with no log entry); pppdesk refuses @defer and @stream on every transport.
func TestDeferIsRefused(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	p1, desk := e.login("proposer1@demo.pppdesk.jp"), e.login("desk@demo.pppdesk.jp")
	id := get(e.ok(createProposal, map[string]any{"in": proposalInput("FREE", nil)}, p1...), "createProposal", "proposal", "id").(string)
	e.ok(`mutation($id: ID!) { submitProposal(id: $id, acceptTerms: true) { proposal { id } } }`, map[string]any{"id": id}, p1...)
	queries := []string{
		`query Q($id: ID!) { node(id: $id) { id ... on Proposal @defer { contact { email } } } }`,
		`query Q($id: ID!) { node(id: $id) { id ...C @defer } } fragment C on Proposal { contact { email } }`,
		`query Q($id: ID!) { node(id: $id) { id ...C } } fragment C on Proposal { ... @defer { contact { email } } }`,
	}
	for _, q := range queries {
		r := e.post(q, map[string]any{"id": id}, desk...)
		if r.code() != "BAD_USER_INPUT" || strings.Contains(r.Raw, "email\":\"") {
			t.Fatalf("HTTP %s: %s", q, r.Raw)
		}
	}
	ts := httptest.NewServer(e.srv)
	defer ts.Close()
	n := len(e.readLog())
	for _, q := range queries {
		c, ctx := subscribe(t, ts.URL, desk, q, map[string]any{"id": id})
		var msgs []string
		for {
			var msg struct {
				Type    string          `json:"type"`
				Payload json.RawMessage `json:"payload"`
			}
			must(t, wsjson.Read(ctx, c, &msg))
			msgs = append(msgs, msg.Type+" "+string(msg.Payload))
			if strings.Contains(string(msg.Payload), "email\":\"") {
				t.Fatalf("WebSocket delivered contact data: %v", msgs)
			}
			if msg.Type == "complete" || msg.Type == "error" {
				break
			}
		}
		if !strings.Contains(strings.Join(msgs, "\n"), "BAD_USER_INPUT") {
			t.Fatalf("WebSocket %s: %v", q, msgs)
		}
	}
	if got := e.logSince(n); len(got) != 0 {
		t.Fatalf("refused operations logged reads: %+v", got)
	}
}

// TestPersonalDataReadsNamesAndSoleProprietors: a person's name is personal data wherever
// staff see it (an account's displayName, a message author's name, logged as a read of that
// account), and so are a sole proprietor's name and address; another organization's are
// not, and are not noted for the proposal that holds them either. Still one entry per record
// and operation.
func TestPersonalDataReadsNamesAndSoleProprietors(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	desk, p1 := e.login("desk@demo.pppdesk.jp"), e.login("proposer1@demo.pppdesk.jp")
	p1ID := get(e.ok(`{ me { id } }`, nil, p1...), "me", "id").(string)
	deskID := get(e.ok(`{ me { id } }`, nil, desk...), "me", "id").(string)
	id := e.demoProposals(desk, 1)[0]
	e.ok(`mutation($id: ID!) { postProposalMessage(proposalId: $id, body: "よろしくお願いします", internal: false) { proposal { id } } }`, map[string]any{"id": id}, p1...)
	e.ok(`mutation($id: ID!) { postProposalMessage(proposalId: $id, body: "承知しました", internal: false) { proposal { id } } }`, map[string]any{"id": id}, desk...)
	q := `query Names($id: ID!) { proposal(id: $id) { title organization { id kind name address } contact { email }
		messages { author { displayName } } history { actor { displayName } } } }`

	entries := func(got []model.PersonalDataRead) map[string]string {
		m := map[string]string{}
		for _, g := range got {
			k := model.GlobalID(model.OwnerType(g.RecordType), g.RecordID)
			if _, dup := m[k]; dup {
				t.Errorf("two entries for %s: %+v", k, got)
			}
			m[k] = g.Fields
		}
		return m
	}
	// A corporation: its name and address are not logged; the proposer's name is, as a read
	// of its account; the desk's own name is not.
	n := len(e.readLog())
	d := e.ok(q, map[string]any{"id": id}, desk...)
	if get(d, "proposal", "organization", "kind") != "CORPORATION" {
		t.Fatalf("demo organization: %v", d)
	}
	org := get(d, "proposal", "organization", "id").(string)
	got := entries(e.logSince(n))
	want := map[string]string{id: "contact.email", p1ID: "displayName"}
	if !maps.Equal(got, want) {
		t.Fatalf("corporation: %v, want %v", got, want)
	}
	if _, ok := got[deskID]; ok {
		t.Fatalf("own name logged: %v", got)
	}

	// The same organization as a sole proprietor (個人事業主): name and address are logged,
	// one entry for the organization.
	_, oid, _ := model.ParseGlobalID(org)
	if _, err := e.st.DB.NewUpdate().Table("organizations").Set("kind = ?", model.OrgSoleProprietor).Set("address = ?", "青森市新町1-1").
		Where("id = ?", oid).Exec(context.Background()); err != nil {
		t.Fatal(err)
	}
	n = len(e.readLog())
	e.ok(q, map[string]any{"id": id}, desk...)
	want[org] = "address,name"
	if got := entries(e.logSince(n)); !maps.Equal(got, want) {
		t.Fatalf("sole proprietor: %v, want %v", got, want)
	}
	// Reached on its own, and in a list of accounts with their names.
	n = len(e.readLog())
	e.ok(`query($o: ID!) { organization(id: $o) { name } users(first: 100) { edges { node { displayName organization { address } } } } }`, map[string]any{"o": org}, desk...)
	got = entries(e.logSince(n))
	if got[org] != "address,name" || got[p1ID] != "displayName" {
		t.Fatalf("organization and users: %v", got)
	}
	if _, ok := got[deskID]; ok {
		t.Fatalf("own name logged: %v", got)
	}
	// The staff name on an inquiry's reply is its sender's account's: logged for a colleague,
	// not for the sender itself.
	var keizai model.User
	must(t, e.st.DB.NewSelect().Model(&keizai).Where("email = ?", "keizai@demo.pppdesk.jp").Scan(context.Background()))
	inq := &model.Inquiry{MunicipalityID: e.mid(demo.Slug), Name: "問合 花子", Email: "toiawase@example.jp", Subject: "件名", Body: "内容",
		Status: model.InquiryOpen, CreatedAt: testNow.Add(time.Hour)}
	e.insert(inq)
	e.insert(&model.InquiryReply{MunicipalityID: inq.MunicipalityID, InquiryID: inq.ID, Subject: "Re: 件名", Body: "回答", SentByID: keizai.ID,
		SentByName: keizai.DisplayName, SentAt: testNow.Add(time.Hour)})
	n = len(e.readLog())
	d = e.ok(`{ inquiries(first: 1) { edges { node { id replies { sentBy } } } } }`, nil, desk...)
	if nodeField(edges(d, "inquiries")[0], "id") != model.GlobalID(model.OwnerInquiry, inq.ID) {
		t.Fatalf("newest inquiry: %v", d)
	}
	if got := entries(e.logSince(n)); !maps.Equal(got, map[string]string{model.GlobalID(model.OwnerUser, keizai.ID): "sentBy"}) {
		t.Fatalf("reply sender: %v", got)
	}

	// The proposer reading its own organization and the public reading partners: nothing.
	n = len(e.readLog())
	e.ok(`query($id: ID!) { proposal(id: $id) { organization { name address } messages { author { displayName } } } }`, map[string]any{"id": id}, p1...)
	e.ok(`{ partners(first: 20) { edges { node { name address } } } }`, nil)
	if got := e.logSince(n); len(got) != 0 {
		t.Fatalf("proposer/public reads logged: %+v", got)
	}
}

// TestPersonalDataReadsExportStreamsPages: an export of more entries than one page
// (readlog.ExportPage) holds every matching entry exactly once, newest first, across the
// page boundaries, and is logged once.
func TestPersonalDataReadsExportStreamsPages(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	desk := e.login("desk@demo.pppdesk.jp")
	const reader = 987654
	total := 2*readlog.ExportPage + 317
	rows := make([]*model.PersonalDataRead, total)
	for i := range rows {
		rows[i] = &model.PersonalDataRead{MunicipalityID: e.mid(demo.Slug), ReaderID: reader, ReaderName: "大量 閲覧",
			ReadAt: testNow.Add(-time.Duration(total-i) * time.Second), RecordType: "Proposal", RecordID: int64(i + 1), Fields: "contact.email", Operation: "bulk"}
	}
	for chunk := range slices.Chunk(rows, 500) {
		if _, err := e.st.DB.NewInsert().Model(&chunk).Exec(context.Background()); err != nil {
			t.Fatal(err)
		}
	}
	var want []int64
	must(t, e.st.DB.NewSelect().Model((*model.PersonalDataRead)(nil)).Column("id").Where("reader_id = ?", reader).OrderExpr("id DESC").
		Scan(context.Background(), &want))
	n := len(e.readLog())

	req := httptest.NewRequest(http.MethodGet, "/exports/personal-data-reads.csv?readerId="+model.GlobalID(model.OwnerUser, reader), nil)
	req.Header.Set(desk[0], desk[1])
	rec := httptest.NewRecorder()
	e.srv.ServeHTTP(rec, req)
	if rec.Code != http.StatusOK {
		t.Fatalf("export: %d %s", rec.Code, rec.Body.String())
	}
	records, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(rec.Body.String(), "\xEF\xBB\xBF"))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(records) == 0 || records[0][0] != "id" {
		t.Fatalf("header: %v", records)
	}
	var got []int64
	for _, r := range records[1:] {
		typ, id, ok := model.ParseGlobalID(r[0])
		if !ok || typ != readlog.OwnerRead || r[3] != model.GlobalID(model.OwnerUser, reader) {
			t.Fatalf("row: %v", r)
		}
		got = append(got, id)
	}
	if len(got) != total || !slices.Equal(got, want) {
		t.Fatalf("exported %d entries, want %d in order (first %v, want %v)", len(got), total, got[:min(3, len(got))], want[:3])
	}
	if l := e.logSince(n); len(l) != 1 || l[0].RecordType != readlog.RecordLog || l[0].Fields != "export" {
		t.Fatalf("the export's own log: %+v", l)
	}
}

// failLaterPages cancels every read of the personal data read log after the first once
// armed: the export's first page is read before its answer starts, a later one while it
// streams.
type failLaterPages struct {
	armed atomic.Bool
	reads atomic.Int32
}

func (f *failLaterPages) BeforeQuery(ctx context.Context, q *bun.QueryEvent) context.Context {
	if !f.armed.Load() || !strings.HasPrefix(q.Query, "SELECT") || !strings.Contains(q.Query, "personal_data_reads") ||
		!strings.Contains(q.Query, "ORDER BY") || f.reads.Add(1) == 1 {
		return ctx
	}
	ctx, cancel := context.WithCancel(ctx)
	cancel()
	return ctx
}

func (f *failLaterPages) AfterQuery(context.Context, *bun.QueryEvent) {}

// TestPersonalDataReadsExportFailureAborts: when reading a later page of the log fails
// while the CSV streams, the client does not get a clean 200 with a file that merely lacks
// entries: the transfer breaks, and the failure is logged.
func TestPersonalDataReadsExportFailureAborts(t *testing.T) {
	t.Parallel()
	e, logs := newEnvLogged(t)
	desk := e.login("desk@demo.pppdesk.jp")
	rows := make([]*model.PersonalDataRead, readlog.ExportPage+50)
	for i := range rows {
		rows[i] = &model.PersonalDataRead{MunicipalityID: e.mid(demo.Slug), ReaderID: 1, ReaderName: "閲覧",
			ReadAt: testNow.Add(-time.Duration(i) * time.Second), RecordType: "Proposal", RecordID: int64(i + 1), Fields: "contact.email", Operation: "bulk"}
	}
	for chunk := range slices.Chunk(rows, 500) {
		if _, err := e.st.DB.NewInsert().Model(&chunk).Exec(context.Background()); err != nil {
			t.Fatal(err)
		}
	}
	fail := &failLaterPages{}
	e.st.AddHook(fail)
	ts := httptest.NewServer(e.srv)
	defer ts.Close()
	get := func() (int, string, error) {
		req, err := http.NewRequest(http.MethodGet, ts.URL+pppdesk.PersonalDataReadsPath, nil)
		if err != nil {
			t.Fatal(err)
		}
		req.Header.Set(desk[0], desk[1])
		resp, err := ts.Client().Do(req)
		if err != nil {
			return 0, "", err
		}
		defer resp.Body.Close()
		body, err := io.ReadAll(resp.Body)
		return resp.StatusCode, string(body), err
	}
	// Unarmed, the same export is whole: the test's own setup is sound.
	if code, body, err := get(); err != nil || code != http.StatusOK || strings.Count(body, "\r\n") < len(rows)+1 {
		t.Fatalf("the export without a failure: %d, %d lines, %v", code, strings.Count(body, "\r\n"), err)
	}
	logs.errors()
	fail.armed.Store(true)
	code, body, err := get()
	if err == nil && code == http.StatusOK {
		t.Fatalf("a failure after the first page ended in a clean 200 (%d lines)", strings.Count(body, "\r\n"))
	}
	if fail.reads.Load() < 2 {
		t.Fatalf("the later page was not read (%d reads)", fail.reads.Load())
	}
	if errs := logs.errors(); len(errs) == 0 || !strings.Contains(strings.Join(errs, "\n"), "personal data reads export") {
		t.Errorf("the failure is not logged: %q", errs)
	}
}
