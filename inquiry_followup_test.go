package pppdesk_test

import (
	"strings"
	"testing"

	"github.com/pppdesk/pppdesk/model"
)

const (
	submitInquiryQ  = `mutation($in: InquiryInput!) { submitInquiry(input: $in) }`
	replyToInquiryQ = `mutation($id: ID!, $in: InquiryReplyInput!) { replyToInquiry(id: $id, input: $in) {
	  status answeredAt replies { id subject body sentBy sentAt } } }`
	forwardInquiryQ = `mutation($id: ID!, $d: [ID!]!, $n: String) { forwardInquiry(id: $id, departmentIds: $d, note: $n) { forwardedTo { name } } }`
	inquiryNodeQ    = `query($id: ID!) { node(id: $id) { ... on Inquiry { subject body email forwardedTo { name } replies { body } } } }`
)

// inquiryFrom submits an inquiry as the public and answers its ID as the desk reads it.
func inquiryFrom(t *testing.T, e *env, email, subject, body string, desk []string) string {
	t.Helper()
	e.ok(submitInquiryQ, map[string]any{"in": map[string]any{"name": "市民 花子", "email": email, "subject": subject, "body": body}})
	for _, ed := range edges(e.ok(`{ inquiries(first: 50) { edges { node { id email subject } } } }`, nil, desk...), "inquiries") {
		if nodeField(ed, "email") == email && nodeField(ed, "subject") == subject {
			return nodeField(ed, "id").(string)
		}
	}
	t.Fatalf("the desk does not list the inquiry of %s", email)
	return ""
}

// TestInquiryFollowUpOverSMTP: the sender gets an acknowledgement on submission (the subject
// only, never the body) and the desk's answer on reply, both through a real SMTP server;
// the reply is recorded with the inquiry, which is answered but still OPEN; audit entries
// record reply and forward.
func TestInquiryFollowUpOverSMTP(t *testing.T) {
	t.Parallel()
	e, box := accountEnv(t)
	desk := e.login("desk@demo.pppdesk.jp")
	const sender = "hanako@example.jp"
	id := inquiryFrom(t, e, sender, "公園の活用について", "秘密の相談内容です。", desk)

	acks := box.to(e, sender)
	if len(acks) != 1 {
		t.Fatalf("acknowledgements to the sender: %d, want 1: %+v", len(acks), acks)
	}
	if !strings.Contains(acks[0].subject, "お問合せを受け付けました") || !strings.Contains(acks[0].body, "公園の活用について") {
		t.Errorf("acknowledgement: %+v", acks[0])
	}
	if strings.Contains(acks[0].body, "秘密の相談内容") || strings.Contains(acks[0].body, "市民 花子") {
		t.Errorf("the acknowledgement echoes what the sender typed beyond the subject:\n%s", acks[0].body)
	}

	d := e.ok(replyToInquiryQ, map[string]any{"id": id, "in": map[string]any{"body": "ご質問ありがとうございます。\n公園は活用できます。"}}, desk...)
	if get(d, "replyToInquiry", "status") != "OPEN" || get(d, "replyToInquiry", "answeredAt") == nil {
		t.Errorf("after the reply: %v", d)
	}
	r := get(d, "replyToInquiry", "replies", 0)
	if get(r, "subject") != "Re: 公園の活用について" || get(r, "sentBy") != "公民連携デスク 担当" || get(r, "body") != "ご質問ありがとうございます。\n公園は活用できます。" {
		t.Errorf("recorded reply: %v", r)
	}
	e.ok(replyToInquiryQ, map[string]any{"id": id, "in": map[string]any{"subject": "追加のご案内", "body": "続報です。"}}, desk...)
	mails := box.to(e, sender)
	if len(mails) != 3 {
		t.Fatalf("mails to the sender: %d, want 3 (ack and two replies): %+v", len(mails), mails)
	}
	if mails[1].subject != "Re: 公園の活用について" || !strings.Contains(mails[1].body, "公園は活用できます。") || !strings.Contains(mails[1].body, "公民連携デスク 担当") {
		t.Errorf("first reply: %+v", mails[1])
	}
	if mails[2].subject != "追加のご案内" || !strings.Contains(mails[2].body, "続報です。") {
		t.Errorf("second reply: %+v", mails[2])
	}
	d = e.ok(`query($id: ID!) { node(id: $id) { ... on Inquiry { replies { subject } } } }`, map[string]any{"id": id}, desk...)
	if n := len(get(d, "node", "replies").([]any)); n != 2 {
		t.Errorf("replies recorded: %d, want 2", n)
	}
	_, n, _ := model.ParseGlobalID(id)
	if c := e.countSQL(`SELECT COUNT(*) FROM audit_entries WHERE action = 'inquiry.reply' AND target_id = ?`, n); c != 2 {
		t.Errorf("inquiry.reply audit entries: %d, want 2", c)
	}
	// Audit entries outlive the retention purge of the inquiry: none may hold the sender's
	// address or the subject the answer quotes.
	if c := e.countSQL(`SELECT COUNT(*) FROM audit_entries WHERE changes LIKE ? OR changes LIKE ?`, "%"+sender+"%", "%公園の活用%"); c != 0 {
		t.Errorf("%d audit entries carry the sender's address or subject", c)
	}

	deps := e.departmentIDs()
	e.ok(forwardInquiryQ, map[string]any{"id": id, "d": []any{deps["経済部"]}, "n": "公園の担当をお願いします。"}, desk...)
	fw := box.to(e, "keizai@demo.pppdesk.jp")
	if len(fw) != 1 || !strings.Contains(fw[0].body, "公園の活用について") || !strings.Contains(fw[0].body, "公園の担当をお願いします。") ||
		strings.Contains(fw[0].body, "秘密の相談内容") || strings.Contains(fw[0].body, sender) {
		t.Errorf("mail to the department: %+v", fw)
	}
	if len(box.to(e, "kankyo@demo.pppdesk.jp")) != 0 {
		t.Error("a department the inquiry was not forwarded to was told")
	}
	if c := e.countSQL(`SELECT COUNT(*) FROM audit_entries WHERE action = 'inquiry.forward' AND target_id = ?`, n); c != 1 {
		t.Errorf("inquiry.forward audit entries: %d, want 1", c)
	}
}

// TestInquiryForwardScope: a department reads the inquiries forwarded to it (and to its
// sub-departments) and only reads them; other departments, proposers and another
// municipality's desk do not see them at all.
func TestInquiryForwardScope(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	desk := e.login("desk@demo.pppdesk.jp")
	keizai, kankyo := e.login("keizai@demo.pppdesk.jp"), e.login("kankyo@demo.pppdesk.jp")
	proposer := e.login("proposer1@demo.pppdesk.jp")
	deps := e.departmentIDs()
	forwarded := inquiryFrom(t, e, "a@example.jp", "経済の相談", "内容", desk)
	toChild := inquiryFrom(t, e, "b@example.jp", "観光の相談", "内容", desk)
	kept := inquiryFrom(t, e, "c@example.jp", "デスクだけ", "内容", desk)

	count := func(h []string) float64 {
		return get(e.ok(`{ inquiries { totalCount } }`, nil, h...), "inquiries", "totalCount").(float64)
	}
	if n := count(keizai); n != 0 {
		t.Fatalf("keizai lists %v inquiries before any forward", n)
	}
	d := e.ok(forwardInquiryQ, map[string]any{"id": forwarded, "d": []any{deps["経済部"]}}, desk...)
	if get(d, "forwardInquiry", "forwardedTo", 0, "name") != "経済部" {
		t.Errorf("forwardedTo: %v", d)
	}
	e.ok(forwardInquiryQ, map[string]any{"id": toChild, "d": []any{deps["観光課"]}}, desk...)
	// Naming only departments it was already forwarded to changes nothing.
	e.fails("CONFLICT", forwardInquiryQ, map[string]any{"id": forwarded, "d": []any{deps["経済部"]}}, desk...)

	// 経済部 sees what was forwarded to it and to 観光課 (under 経済部); 環境部 sees nothing.
	if n := count(keizai); n != 2 {
		t.Errorf("keizai lists %v inquiries, want 2", n)
	}
	if n := count(kankyo); n != 0 {
		t.Errorf("kankyo lists %v inquiries, want 0", n)
	}
	d = e.ok(inquiryNodeQ, map[string]any{"id": forwarded}, keizai...)
	if get(d, "node", "body") != "内容" || get(d, "node", "forwardedTo", 0, "name") != "経済部" {
		t.Errorf("keizai reads %v", d)
	}
	e.fails("NOT_FOUND", inquiryNodeQ, map[string]any{"id": kept}, keizai...)
	e.fails("NOT_FOUND", inquiryNodeQ, map[string]any{"id": forwarded}, kankyo...)
	e.fails("NOT_FOUND", inquiryNodeQ, map[string]any{"id": forwarded}, proposer...)
	e.fails("FORBIDDEN", `{ inquiries { totalCount } }`, nil, proposer...)

	// Reading is all a department may do.
	e.fails("FORBIDDEN", replyToInquiryQ, map[string]any{"id": forwarded, "in": map[string]any{"body": "回答"}}, keizai...)
	e.fails("FORBIDDEN", forwardInquiryQ, map[string]any{"id": forwarded, "d": []any{deps["環境部"]}}, keizai...)
	e.fails("FORBIDDEN", `mutation($id: ID!) { closeInquiry(id: $id) { id } }`, map[string]any{"id": forwarded}, keizai...)

	// Another municipality's desk can neither read nor answer nor forward it, and cannot
	// forward its own inquiry to this municipality's department.
	other := e.municipality("hirosaki", "弘前市")
	hash, _ := cheapHash("hirosaki password")
	e.insert(&model.User{MunicipalityID: other.ID, Email: "desk@hirosaki.example.jp", PasswordHash: hash, DisplayName: "弘前デスク", Role: model.RoleDesk, Stamps: stamps(testNow)})
	tok := e.ok(`mutation { login(email: "desk@hirosaki.example.jp", password: "hirosaki password") { token } }`, nil, "X-Municipality", "hirosaki")
	otherDesk := bearer(tok, "login")
	e.fails("NOT_FOUND", inquiryNodeQ, map[string]any{"id": forwarded}, otherDesk...)
	e.fails("NOT_FOUND", replyToInquiryQ, map[string]any{"id": forwarded, "in": map[string]any{"body": "回答"}}, otherDesk...)
	e.fails("NOT_FOUND", forwardInquiryQ, map[string]any{"id": forwarded, "d": []any{deps["環境部"]}}, otherDesk...)
	e.fails("NOT_FOUND", `mutation($id: ID!) { closeInquiry(id: $id) { id } }`, map[string]any{"id": forwarded}, otherDesk...)
	if n := get(e.ok(`{ inquiries { totalCount } }`, nil, otherDesk...), "inquiries", "totalCount"); n != float64(0) {
		t.Errorf("the other desk lists %v inquiries", n)
	}
	e.ok(submitInquiryQ, map[string]any{"in": map[string]any{"name": "弘前市民", "email": "h@example.jp", "subject": "弘前の相談", "body": "内容"}}, "X-Municipality", "hirosaki")
	hid := get(edges(e.ok(`{ inquiries { edges { node { id } } } }`, nil, otherDesk...), "inquiries")[0], "node", "id")
	e.failsOn("BAD_USER_INPUT", "departmentIds", forwardInquiryQ, map[string]any{"id": hid, "d": []any{deps["環境部"]}}, otherDesk...)
}

// TestInquiryFollowUpBadInput: each malformed input is refused naming its field, and nothing
// is recorded or mailed.
func TestInquiryFollowUpBadInput(t *testing.T) {
	t.Parallel()
	e, box := accountEnv(t)
	desk := e.login("desk@demo.pppdesk.jp")
	id := inquiryFrom(t, e, "taro@example.jp", "相談", "内容", desk)
	deps := e.departmentIDs()
	tests := []struct {
		name, code, field, query string
		vars                     map[string]any
	}{
		{"empty body", "BAD_USER_INPUT", "input.body", replyToInquiryQ, map[string]any{"id": id, "in": map[string]any{"body": "  "}}},
		{"two-line subject", "BAD_USER_INPUT", "input.subject", replyToInquiryQ, map[string]any{"id": id, "in": map[string]any{"subject": "件名\r\nBcc: evil@example.jp", "body": "本文"}}},
		{"long subject", "BAD_USER_INPUT", "input.subject", replyToInquiryQ, map[string]any{"id": id, "in": map[string]any{"subject": strings.Repeat("長", 201), "body": "本文"}}},
		{"not an inquiry", "BAD_USER_INPUT", "id", replyToInquiryQ, map[string]any{"id": deps["経済部"], "in": map[string]any{"body": "本文"}}},
		{"no department", "BAD_USER_INPUT", "departmentIds", forwardInquiryQ, map[string]any{"id": id, "d": []any{}}},
		{"unknown department", "BAD_USER_INPUT", "departmentIds", forwardInquiryQ, map[string]any{"id": id, "d": []any{model.GlobalID(model.OwnerDepartment, 999999)}}},
		{"not a department", "BAD_USER_INPUT", "departmentIds[0]", forwardInquiryQ, map[string]any{"id": id, "d": []any{id}}},
		{"long note", "BAD_USER_INPUT", "note", forwardInquiryQ, map[string]any{"id": id, "d": []any{deps["経済部"]}, "n": strings.Repeat("長", 10001)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e.failsOn(tt.code, tt.field, tt.query, tt.vars, desk...)
		})
	}
	e.fails("NOT_FOUND", replyToInquiryQ, map[string]any{"id": model.GlobalID(model.OwnerInquiry, 999999), "in": map[string]any{"body": "本文"}}, desk...)
	if n := e.countSQL(`SELECT COUNT(*) FROM inquiry_replies`) + e.countSQL(`SELECT COUNT(*) FROM inquiry_forwards`); n != 0 {
		t.Errorf("%d replies or forwards recorded by refused calls", n)
	}
	if got := len(box.to(e, "taro@example.jp")); got != 1 {
		t.Errorf("mails to the sender: %d, want the acknowledgement only", got)
	}
	if got := len(box.to(e, "evil@example.jp")); got != 0 {
		t.Errorf("a header injection reached evil@example.jp")
	}
}

// TestInquiryAcknowledgementIsNoRelay: the contact form cannot be used to mail a stranger
// anything but pppdesk's own acknowledgement around a one-line subject: a subject with a
// header injection arrives as one line, a body never arrives, and the form's per-address
// limit bounds the acknowledgements.
func TestInquiryAcknowledgementIsNoRelay(t *testing.T) {
	t.Parallel()
	e, box := accountEnv(t)
	const victim = "victim@example.jp"
	r := e.post(submitInquiryQ, map[string]any{"in": map[string]any{"name": "x", "email": victim,
		"subject": "買ってください\r\nBcc: many@example.jp\r\n\r\n<a href=\"http://spam.example\">安い</a>", "body": "SPAM BODY http://spam.example"}})
	// A subject of several lines is taken as one line (the form does not refuse it).
	if r.code() != "" {
		t.Fatalf("submit: %s", r.Raw)
	}
	mails := box.to(e, victim)
	if len(mails) != 1 {
		t.Fatalf("acknowledgements: %d, want 1", len(mails))
	}
	if strings.Contains(mails[0].body, "SPAM BODY") || strings.Contains(mails[0].subject, "\n") || strings.Contains(mails[0].body, "\nBcc:") {
		t.Errorf("the acknowledgement relays the sender's text:\n%s", mails[0].body)
	}
	if len(box.to(e, "many@example.jp")) != 0 {
		t.Error("a header injection in the subject reached another address")
	}
	// At most one acknowledgement per address a day (from other client addresses too): the
	// later inquiries are stored and the desk is told of each.
	before := e.countSQL(`SELECT COUNT(*) FROM inquiries`)
	for i := 0; i < 3; i++ {
		if r := e.post(submitInquiryQ, map[string]any{"in": map[string]any{"name": "x", "email": "Victim@Example.jp", "subject": "件名", "body": "内容"}}); r.code() != "" {
			t.Fatal(r.Raw)
		}
	}
	if n := len(box.to(e, victim)); n != 1 {
		t.Errorf("%d acknowledgements to one address within the day, want 1", n)
	}
	if n := e.countSQL(`SELECT COUNT(*) FROM inquiries`); n != before+3 {
		t.Errorf("inquiries stored: %d, want %d", n, before+3)
	}
	if n := len(box.to(e, "desk@demo.pppdesk.jp")); n < 4 {
		t.Errorf("the desk was told of %d inquiries, want 4", n)
	}
}

// TestInquiryAcknowledgementHasNoLinks: the subject the acknowledgement quotes loses every
// link-like run, so the desk's mail never carries a link a stranger chose.
func TestInquiryAcknowledgementHasNoLinks(t *testing.T) {
	t.Parallel()
	e, box := accountEnv(t)
	subjects := map[string]string{
		"a@example.jp": "当選しました http://spam.example/x をクリック",
		"b@example.jp": "詳細はspam.example/winへ",
		"c@example.jp": "www.spam.example で確認",
		"d@example.jp": "ＵＲＬ：spam．example／x",
		"e@example.jp": "hxxp://a.b FTP://spam.example",
	}
	for to, subj := range subjects {
		if r := e.post(submitInquiryQ, map[string]any{"in": map[string]any{"name": "x", "email": to, "subject": subj, "body": "内容"}}); r.code() != "" {
			t.Fatal(r.Raw)
		}
		mails := box.to(e, to)
		if len(mails) != 1 {
			t.Fatalf("%s: %d mails", to, len(mails))
		}
		if body := strings.ToLower(mails[0].body + mails[0].subject); strings.Contains(body, "spam") || strings.Contains(body, "://") {
			t.Errorf("acknowledgement of %q carries a link:\n%s", subj, mails[0].body)
		}
		if !strings.Contains(mails[0].body, "[URL省略]") {
			t.Errorf("acknowledgement of %q does not say a link was left out:\n%s", subj, mails[0].body)
		}
	}
}

// TestInquiryMailTemplates: the municipality words the acknowledgement and the reply itself
// (setMailTemplate); a reply template that leaves the answer out still sends it.
func TestInquiryMailTemplates(t *testing.T) {
	t.Parallel()
	e, box := accountEnv(t)
	desk := e.login("desk@demo.pppdesk.jp")
	set := `mutation($k: String!, $s: String!, $b: String!) { setMailTemplate(key: $k, subject: $s, body: $b) { key } }`
	e.ok(set, map[string]any{"k": "inquiryAcknowledgement", "s": "【{{.Desk}}】受付：{{.Title}}", "b": "{{.Municipality}}へのお問合せ「{{.Title}}」を受け付けました。"}, desk...)
	e.ok(set, map[string]any{"k": "inquiryReply", "s": "{{.Title}}（{{.Desk}}）", "b": "{{.From}}よりご回答します。"}, desk...)
	id := inquiryFrom(t, e, "jiro@example.jp", "駐車場", "内容", desk)
	e.ok(replyToInquiryQ, map[string]any{"id": id, "in": map[string]any{"body": "駐車場は利用できます。"}}, desk...)
	mails := box.to(e, "jiro@example.jp")
	if len(mails) != 2 {
		t.Fatalf("mails: %+v", mails)
	}
	if !strings.HasPrefix(mails[0].subject, "【") || !strings.Contains(mails[0].subject, "受付：駐車場") || !strings.Contains(mails[0].body, "「駐車場」を受け付けました") {
		t.Errorf("acknowledgement from the template: %+v", mails[0])
	}
	if !strings.HasPrefix(mails[1].subject, "Re: 駐車場（") || !strings.Contains(mails[1].body, "公民連携デスク 担当よりご回答します。") ||
		!strings.Contains(mails[1].body, "駐車場は利用できます。") {
		t.Errorf("reply from the template: %+v", mails[1])
	}
}
