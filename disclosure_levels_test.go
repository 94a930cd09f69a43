package pppdesk_test

import (
	"bytes"
	"context"
	"encoding/json"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/pppdesk/pppdesk/disclosure/render"
	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/notify"
)

// disclosureWorld is a submitted proposal of proposer1, assigned to 経済部, with a dialogue
// message, an internal note and two files: the roles' headers and the IDs of its parts.
type disclosureWorld struct {
	e                                *env
	mail                             *notify.Recorder
	p1, p2, desk, keizai, kankyo     []string
	proposal, message, note          string
	openFile, secretFile, secretName string
}

const (
	levelsQuery = `query($id: ID!) { proposal(id: $id) { disclosure { field level reason isDefault protectionRequested { reason requestedAt } }
	  messages { id internal disclosureLevel disclosureReason } attachments { id fileName disclosureLevel } } }`
	setLevel   = `mutation($id: ID!, $t: DisclosureTargetInput!, $l: DisclosureLevel!, $r: String) { setDisclosureLevel(proposalId: $id, target: $t, level: $l, reason: $r) { id } }`
	askProtect = `mutation($id: ID!, $t: DisclosureTargetInput!, $r: String!) { requestProtection(proposalId: $id, target: $t, reason: $r) { id } }`
	produce    = `mutation($id: ID!, $ref: String!, $f: DisclosureFormat!) { produceDisclosureCopy(proposalId: $id, reference: $ref, format: $f) { url filename expiresAt } }`
)

func newDisclosureWorld(t *testing.T) *disclosureWorld {
	return newDisclosureWorldWith(t, "独自の除雪アルゴリズムの詳細と原価構成")
}

// newDisclosureWorldWith is the world with the proposal's body given.
func newDisclosureWorldWith(t *testing.T, body string) *disclosureWorld {
	rec := &notify.Recorder{}
	e := newEnvWith(t, rec)
	w := &disclosureWorld{e: e, mail: rec, p1: e.login("proposer1@demo.pppdesk.jp"), p2: e.login("proposer2@demo.pppdesk.jp"),
		desk: e.login("desk@demo.pppdesk.jp"), keizai: e.login("keizai@demo.pppdesk.jp"), kankyo: e.login("kankyo@demo.pppdesk.jp")}
	in := proposalInput("FREE", nil)
	in["body"] = body
	w.proposal = get(e.ok(createProposal, map[string]any{"in": in}, w.p1...), "createProposal", "proposal", "id").(string)
	w.secretName = "見積書_極秘単価表.pdf"
	w.secretFile = get(e.upload(w.proposal, w.secretName, tinyPDF, w.p1...).Data, "attachFile", "id").(string)
	w.openFile = get(e.upload(w.proposal, "公開資料.pdf", tinyPDF, w.p1...).Data, "attachFile", "id").(string)
	e.ok(`mutation($id: ID!) { submitProposal(id: $id, acceptTerms: true) { proposal { id } } }`, map[string]any{"id": w.proposal}, w.p1...)
	e.ok(`mutation($id: ID!, $d: [ID!]!) { assignProposal(id: $id, departmentIds: $d) { proposal { id } } }`,
		map[string]any{"id": w.proposal, "d": []any{e.departmentIDs()["経済部"]}}, w.desk...)
	e.ok(`mutation($id: ID!) { postProposalMessage(proposalId: $id, body: "ご提案ありがとうございます", internal: false) { proposal { id } } }`, map[string]any{"id": w.proposal}, w.desk...)
	e.ok(`mutation($id: ID!) { postProposalMessage(proposalId: $id, body: "課長判断では予算化は難しい", internal: true) { proposal { id } } }`, map[string]any{"id": w.proposal}, w.keizai...)
	for _, m := range get(e.ok(levelsQuery, map[string]any{"id": w.proposal}, w.desk...), "proposal", "messages").([]any) {
		if get(m, "internal") == true {
			w.note = get(m, "id").(string)
		} else {
			w.message = get(m, "id").(string)
		}
	}
	return w
}

// levels answers the reader's field levels by field name.
func (w *disclosureWorld) levels(h []string) map[string]map[string]any {
	out := map[string]map[string]any{}
	for _, f := range get(w.e.ok(levelsQuery, map[string]any{"id": w.proposal}, h...), "proposal", "disclosure").([]any) {
		out[get(f, "field").(string)] = f.(map[string]any)
	}
	return out
}

func (w *disclosureWorld) audits(action string) []model.AuditEntry {
	var rows []model.AuditEntry
	if err := w.e.st.DB.NewSelect().Model(&rows).Where("action = ?", action).OrderExpr("id").Scan(context.Background()); err != nil {
		w.e.t.Fatal(err)
	}
	return rows
}

func TestDisclosureLevelsDefaultAndChange(t *testing.T) {
	t.Parallel()
	w := newDisclosureWorld(t)
	e := w.e
	got := w.levels(w.desk)
	for _, f := range []string{"contact.affiliation", "contact.name", "contact.email", "contact.phone"} {
		if got[f]["level"] != "PERSONAL_DATA" || got[f]["isDefault"] != true || got[f]["reason"] == nil {
			t.Errorf("%s: %v, want the default PERSONAL_DATA with its reason", f, got[f])
		}
	}
	for _, f := range []string{"organization", "title", "summary", "body", "desiredScheme", "resources", "merits"} {
		if got[f]["level"] != "DISCLOSABLE" || got[f]["isDefault"] != true {
			t.Errorf("%s: %v, want the default DISCLOSABLE", f, got[f])
		}
	}
	d := e.ok(levelsQuery, map[string]any{"id": w.proposal}, w.desk...)
	for _, m := range get(d, "proposal", "messages").([]any) {
		want := map[bool]string{true: "WITHHELD_OTHER", false: "DISCLOSABLE"}[get(m, "internal") == true]
		if get(m, "disclosureLevel") != want {
			t.Errorf("message (internal %v): level %v, want %s", get(m, "internal"), get(m, "disclosureLevel"), want)
		}
	}
	for _, a := range get(d, "proposal", "attachments").([]any) {
		if get(a, "disclosureLevel") != "DISCLOSABLE" {
			t.Errorf("attachment %v: %v, want DISCLOSABLE", get(a, "fileName"), get(a, "disclosureLevel"))
		}
	}

	// A withheld level needs a reason; the error names it. The target is validated.
	for _, c := range []struct {
		name, field string
		vars        map[string]any
	}{
		{"no reason", "reason", map[string]any{"t": map[string]any{"field": "body"}, "l": "PROTECTED_BUSINESS"}},
		{"blank reason", "reason", map[string]any{"t": map[string]any{"field": "body"}, "l": "PERSONAL_DATA", "r": "  "}},
		{"unknown field", "target.field", map[string]any{"t": map[string]any{"field": "password"}, "l": "DISCLOSABLE"}},
		{"two targets", "target", map[string]any{"t": map[string]any{"field": "body", "messageId": w.message}, "l": "DISCLOSABLE"}},
		{"no target", "target", map[string]any{"t": map[string]any{}, "l": "DISCLOSABLE"}},
		{"file of another proposal", "target.attachmentId", map[string]any{"t": map[string]any{"attachmentId": model.GlobalID("Attachment", 999999)}, "l": "DISCLOSABLE"}},
		{"not a message ID", "target.messageId", map[string]any{"t": map[string]any{"messageId": w.proposal}, "l": "DISCLOSABLE"}},
	} {
		c.vars["id"] = w.proposal
		r := e.fails("BAD_USER_INPUT", setLevel, c.vars, w.desk...)
		if f := r.Errors[0].Extensions["field"]; f != c.field {
			t.Errorf("%s: error names %v, want %s (%s)", c.name, f, c.field, r.Raw)
		}
	}
	if n := len(w.audits("proposal.disclosureLevel")); n != 0 {
		t.Fatalf("refused changes left %d audit entries", n)
	}

	e.ok(setLevel, map[string]any{"id": w.proposal, "t": map[string]any{"field": "body"}, "l": "PROTECTED_BUSINESS", "r": "独自のノウハウ"}, w.desk...)
	e.ok(setLevel, map[string]any{"id": w.proposal, "t": map[string]any{"field": "contact.affiliation"}, "l": "DISCLOSABLE"}, w.desk...)
	e.ok(setLevel, map[string]any{"id": w.proposal, "t": map[string]any{"attachmentId": w.secretFile}, "l": "PROTECTED_BUSINESS", "r": "単価"}, w.desk...)
	got = w.levels(w.desk)
	if b := got["body"]; b["level"] != "PROTECTED_BUSINESS" || b["reason"] != "独自のノウハウ" || b["isDefault"] != false {
		t.Errorf("body after the change: %v", b)
	}
	if a := got["contact.affiliation"]; a["level"] != "DISCLOSABLE" || a["reason"] != nil || a["isDefault"] != false {
		t.Errorf("affiliation after the change: %v", a)
	}
	entries := w.audits("proposal.disclosureLevel")
	if len(entries) != 3 {
		t.Fatalf("%d audit entries, want 3", len(entries))
	}
	var ch map[string]any
	if err := json.Unmarshal([]byte(entries[0].Changes), &ch); err != nil {
		t.Fatal(err)
	}
	if lv, _ := json.Marshal(ch["level"]); string(lv) != `["DISCLOSABLE","PROTECTED_BUSINESS"]` || ch["target"] != "field:body" {
		t.Errorf("audit of the change: %s, want old and new level of field:body", entries[0].Changes)
	}
	_ = json.Unmarshal([]byte(entries[1].Changes), &ch)
	if lv, _ := json.Marshal(ch["level"]); string(lv) != `["PERSONAL_DATA","DISCLOSABLE"]` {
		t.Errorf("audit of the contact change: %s", entries[1].Changes)
	}
	// A second change audits the level it replaces.
	e.ok(setLevel, map[string]any{"id": w.proposal, "t": map[string]any{"field": "body"}, "l": "WITHHELD_OTHER", "r": "審議中"}, w.desk...)
	entries = w.audits("proposal.disclosureLevel")
	_ = json.Unmarshal([]byte(entries[len(entries)-1].Changes), &ch)
	if lv, _ := json.Marshal(ch["level"]); string(lv) != `["PROTECTED_BUSINESS","WITHHELD_OTHER"]` {
		t.Errorf("audit of the second change: %s", entries[len(entries)-1].Changes)
	}
}

func TestDisclosureLevelsWhoSeesAndSets(t *testing.T) {
	t.Parallel()
	w := newDisclosureWorld(t)
	e := w.e
	vars := map[string]any{"id": w.proposal}
	// The proposer and the assigned department see the levels (the proposer without the
	// internal note, which it never sees); the department cannot change them.
	for name, h := range map[string][]string{"proposer": w.p1, "department": w.keizai} {
		if got := w.levels(h); got["contact.email"]["level"] != "PERSONAL_DATA" {
			t.Errorf("%s sees %v", name, got["contact.email"])
		}
		d := e.ok(levelsQuery, vars, h...)
		for _, a := range get(d, "proposal", "attachments").([]any) {
			if get(a, "disclosureLevel") == nil {
				t.Errorf("%s does not see the level of %v", name, get(a, "fileName"))
			}
		}
	}
	for _, m := range get(e.ok(levelsQuery, vars, w.p1...), "proposal", "messages").([]any) {
		if get(m, "internal") == true {
			t.Fatal("the proposer sees the internal note")
		}
	}
	set := map[string]any{"id": w.proposal, "t": map[string]any{"field": "title"}, "l": "DISCLOSABLE"}
	e.fails("FORBIDDEN", setLevel, set, w.keizai...)
	e.fails("FORBIDDEN", setLevel, set, w.p1...)
	e.fails("NOT_FOUND", setLevel, set, w.p2...)
	e.fails("NOT_FOUND", setLevel, set, w.kankyo...)
	e.fails("UNAUTHENTICATED", setLevel, set)
	// Who cannot see the proposal sees no levels.
	for name, h := range map[string][]string{"other proposer": w.p2, "other department": w.kankyo, "public": nil} {
		r := e.post(levelsQuery, vars, h...)
		if get(r.Data, "proposal") != nil {
			t.Errorf("%s sees the proposal: %s", name, r.Raw)
		}
	}
	// A proposal of proposer2: proposer1 sees nothing of it.
	other := get(e.ok(createProposal, map[string]any{"in": proposalInput("FREE", nil)}, w.p2...), "createProposal", "proposal", "id")
	if r := e.post(`query($id: ID!) { proposal(id: $id) { disclosure { field } } }`, map[string]any{"id": other}, w.p1...); get(r.Data, "proposal") != nil {
		t.Errorf("proposer1 sees proposer2's levels: %s", r.Raw)
	}
}

func TestRequestProtection(t *testing.T) {
	t.Parallel()
	w := newDisclosureWorld(t)
	e := w.e
	t0 := e.clock()
	ask := func(target map[string]any, reason string) map[string]any {
		return map[string]any{"id": w.proposal, "t": target, "r": reason}
	}
	if r := e.fails("BAD_USER_INPUT", askProtect, ask(map[string]any{"field": "body"}, " "), w.p1...); r.Errors[0].Extensions["field"] != "reason" {
		t.Errorf("a blank reason: %s", r.Raw)
	}
	// The internal note is no part the proposer can name.
	e.fails("BAD_USER_INPUT", askProtect, ask(map[string]any{"messageId": w.note}, "見せないで"), w.p1...)
	e.fails("NOT_FOUND", askProtect, ask(map[string]any{"field": "body"}, "理由"), w.p2...)
	e.fails("FORBIDDEN", askProtect, ask(map[string]any{"field": "body"}, "理由"), w.desk...)
	e.fails("FORBIDDEN", askProtect, ask(map[string]any{"field": "body"}, "理由"), w.keizai...)
	e.fails("UNAUTHENTICATED", askProtect, ask(map[string]any{"field": "body"}, "理由"))
	e.srv.WaitForNotifications()
	before := len(w.mail.Messages())

	e.ok(askProtect, ask(map[string]any{"field": "body"}, "当社独自の技術情報のため"), w.p1...)
	e.ok(askProtect, ask(map[string]any{"attachmentId": w.secretFile}, "単価は営業秘密"), w.p1...)

	got := w.levels(w.p1)
	pr, _ := got["body"]["protectionRequested"].(map[string]any)
	if pr == nil || pr["reason"] != "当社独自の技術情報のため" || pr["requestedAt"] != t0.UTC().Format(time.RFC3339) {
		t.Errorf("the proposer's request as the proposer reads it: %v", got["body"])
	}
	if got["body"]["level"] != "DISCLOSABLE" || got["body"]["isDefault"] != true {
		t.Errorf("a request changes no level: %v", got["body"])
	}
	if w.levels(w.desk)["body"]["protectionRequested"] == nil {
		t.Error("the desk does not see the request")
	}
	d := e.ok(`query($id: ID!) { proposal(id: $id) { attachments { id protectionRequested { reason } } } }`, map[string]any{"id": w.proposal}, w.desk...)
	for _, a := range get(d, "proposal", "attachments").([]any) {
		if r := get(a, "protectionRequested", "reason"); (get(a, "id") == w.secretFile) != (r == "単価は営業秘密") {
			t.Errorf("attachment %v: request %v", get(a, "id"), r)
		}
	}
	if n := len(w.audits("proposal.requestProtection")); n != 2 {
		t.Errorf("%d audit entries of requests, want 2", n)
	}
	// The desk is told, by outbox mail in the request's transaction; the mail carries neither
	// the reason nor the part.
	e.srv.WaitForNotifications()
	all := w.mail.Messages()
	var mails []notify.Message
	for _, m := range all {
		if strings.Contains(m.Subject, "不開示の申出") {
			mails = append(mails, m)
		}
	}
	if len(mails) != 2 || len(all)-before != 2 {
		t.Fatalf("%d protection mails (%d new mails), want one per request to the one desk account", len(mails), len(all)-before)
	}
	for _, m := range mails {
		if m.To != "desk@demo.pppdesk.jp" || strings.Contains(m.TextJA, "独自の技術") || strings.Contains(m.TextJA, "営業秘密") {
			t.Errorf("mail to %s: %s", m.To, m.TextJA)
		}
	}
}

// withheldTexts are the proposal's texts the copy must not contain once the desk withheld the
// body and the secret file (contact fields and the internal note are withheld by default).
var withheldTexts = []string{"青森花子", "hanako@tech.example.jp", "017-000-0000", "独自の除雪アルゴリズム", "原価構成", "課長判断", "予算化", "極秘単価表"}

// disclosedTexts must be in the copy: the proof that the check above can see text.
var disclosedTexts = []string{"除雪データの活用提案", "ご提案ありがとうございます", "公開資料.pdf", "R7-情公-12"}

func TestDisclosureCopyWithholds(t *testing.T) {
	t.Parallel()
	w := newDisclosureWorld(t)
	e := w.e
	e.ok(setLevel, map[string]any{"id": w.proposal, "t": map[string]any{"field": "body"}, "l": "PROTECTED_BUSINESS", "r": "独自のノウハウ"}, w.desk...)
	e.ok(setLevel, map[string]any{"id": w.proposal, "t": map[string]any{"attachmentId": w.secretFile}, "l": "PROTECTED_BUSINESS", "r": "単価"}, w.desk...)
	vars := map[string]any{"id": w.proposal, "ref": "R7-情公-12", "f": "HTML"}
	for name, h := range map[string][]string{"proposer": w.p1, "department": w.keizai} {
		if r := e.post(produce, vars, h...); r.code() != "FORBIDDEN" {
			t.Errorf("%s: %s", name, r.Raw)
		}
	}
	e.fails("NOT_FOUND", produce, vars, w.p2...)
	e.fails("UNAUTHENTICATED", produce, vars)
	if r := e.fails("BAD_USER_INPUT", produce, map[string]any{"id": w.proposal, "ref": " ", "f": "HTML"}, w.desk...); r.Errors[0].Extensions["field"] != "reference" {
		t.Errorf("blank reference: %s", r.Raw)
	}

	cp := get(e.ok(produce, vars, w.desk...), "produceDisclosureCopy").(map[string]any)
	url := cp["url"].(string)
	if !strings.HasSuffix(cp["filename"].(string), ".html") {
		t.Errorf("file name %v", cp["filename"])
	}
	// Only the desk downloads it.
	for name, h := range map[string][]string{"proposer": w.p1, "department": w.keizai, "other proposer": w.p2} {
		if code, _ := e.download(url, h...); code != 404 {
			t.Errorf("%s downloads the copy: %d", name, code)
		}
	}
	if code, _ := e.download(url); code != 401 {
		t.Errorf("anonymous download: %d, want 401", code)
	}
	code, html := e.download(url, w.desk...)
	if code != 200 {
		t.Fatalf("desk download: %d %s", code, html)
	}
	checkCopy(t, "HTML", string(html))

	// The production is audited with the request's reference number.
	entries := w.audits("proposal.disclosureCopy")
	if len(entries) != 1 || !strings.Contains(entries[0].Changes, "R7-情公-12") {
		t.Fatalf("audit of the copy: %v", entries)
	}

	if _, err := render.FindFont(); err == nil {
		if _, err := exec.LookPath("pdftotext"); err == nil {
			vars["f"] = "PDF"
			url := get(e.ok(produce, vars, w.desk...), "produceDisclosureCopy", "url").(string)
			code, pdf := e.download(url, w.desk...)
			if code != 200 || !bytes.HasPrefix(pdf, []byte("%PDF")) {
				t.Fatalf("PDF download: %d", code)
			}
			cmd := exec.Command("pdftotext", "-enc", "UTF-8", "-", "-")
			cmd.Stdin = bytes.NewReader(pdf)
			out, err := cmd.Output()
			if err != nil {
				t.Fatal(err)
			}
			checkCopy(t, "PDF", string(out))
		} else {
			t.Log("no pdftotext: the PDF copy is not checked here (disclosure/render checks it)")
		}
	}

	// A copy expires.
	e.advance(2 * time.Hour)
	if code, _ := e.download(url, w.desk...); code != 404 {
		t.Errorf("expired copy: %d, want 404", code)
	}
	// The next production removes the expired copies.
	vars["f"] = "HTML"
	e.ok(produce, vars, w.desk...)
	if n := e.count((*model.DisclosureCopy)(nil)); n != 1 {
		t.Errorf("%d copies kept, want the new one only", n)
	}
}

// checkCopy asserts that a copy shows every disclosed text and no withheld one; text is
// compared without white space, which a PDF's line breaks put anywhere.
func checkCopy(t *testing.T, name, text string) {
	t.Helper()
	squash := strings.Join(strings.Fields(text), "")
	for _, s := range withheldTexts {
		if strings.Contains(squash, s) {
			t.Errorf("%s copy contains withheld text %q", name, s)
		}
	}
	for _, s := range disclosedTexts {
		if !strings.Contains(squash, strings.Join(strings.Fields(s), "")) {
			t.Errorf("%s copy lacks disclosed text %q", name, s)
		}
	}
	for _, s := range []string{"不開示", "個人に関する情報", "法人等の正当な利益"} {
		if !strings.Contains(squash, s) {
			t.Errorf("%s copy lacks %q", name, s)
		}
	}
}

// TestDisclosureLevelsAfterEachMutation: two changes in one request each answer the levels as
// they are after it, not a copy the request read before.
func TestDisclosureLevelsAfterEachMutation(t *testing.T) {
	t.Parallel()
	w := newDisclosureWorld(t)
	q := `mutation($id: ID!, $a: ID!) {
	  a: setDisclosureLevel(proposalId: $id, target: {attachmentId: $a}, level: PROTECTED_BUSINESS, reason: "単価") { attachments { id disclosureLevel disclosureReason } }
	  b: setDisclosureLevel(proposalId: $id, target: {attachmentId: $a}, level: DISCLOSABLE) { attachments { id disclosureLevel disclosureReason } } }`
	d := w.e.ok(q, map[string]any{"id": w.proposal, "a": w.secretFile}, w.desk...)
	for alias, want := range map[string]string{"a": "PROTECTED_BUSINESS", "b": "DISCLOSABLE"} {
		for _, a := range get(d, alias, "attachments").([]any) {
			if get(a, "id") == w.secretFile && get(a, "disclosureLevel") != want {
				t.Errorf("%s answers %v, want %s", alias, a, want)
			}
		}
	}
}
