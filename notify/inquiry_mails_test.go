package notify_test

import (
	"strings"
	"testing"

	"github.com/pppdesk/pppdesk/notify"
)

// TestInquiryMails: the acknowledgement quotes the subject on one line and nothing else the
// sender typed; the reply carries the desk's text; the forward names the subject and the
// note; every one of them can be overridden (they are TemplateKeys).
func TestInquiryMails(t *testing.T) {
	t.Parallel()
	q := notify.InquiryInfo{Subject: "公園\r\nBcc: x@example.jp", Municipality: "青森市"}
	ack := notify.InquiryAcknowledgement("to@example.jp", q)
	if strings.ContainsAny(ack.Subject, "\r\n") || !strings.Contains(ack.TextJA, "件名：公園 Bcc: x@[URL省略]\n") {
		t.Errorf("acknowledgement: %+v", ack)
	}
	reply := notify.InquiryReply("to@example.jp", q, "Re: 公園", "ご回答です。\r\n以上", "担当 太郎")
	if reply.Subject != "Re: 公園" || !strings.HasPrefix(reply.TextJA, "ご回答です。\n以上\n") || !strings.Contains(reply.TextJA, "担当 太郎") || reply.TextEN != "" {
		t.Errorf("reply: %+v", reply)
	}
	fwd := notify.InquiryForwarded("dept@example.jp", q, "経済部", "ご確認を")
	if !strings.Contains(fwd.TextJA, "経済部 ご担当者様") || !strings.Contains(fwd.TextJA, "ご確認を") {
		t.Errorf("forward: %+v", fwd)
	}
	for _, m := range []notify.Message{ack, reply, fwd} {
		found := false
		for _, k := range notify.TemplateKeys {
			found = found || k == m.Template
		}
		if !found {
			t.Errorf("%q is not a template key", m.Template)
		}
		if err := notify.CheckTemplate("body", "{{.Title}} {{.Reply}} {{.Note}} {{.Department}}"); err != nil {
			t.Error(err)
		}
	}
	// A reply template without {{.Reply}} still sends the answer.
	o := notify.Override(reply, "{{.Title}}", "{{.Desk}}です。")
	if o.Subject != "Re: 公園" || !strings.Contains(o.TextJA, "青森市公民連携デスクです。") || !strings.Contains(o.TextJA, "ご回答です。\n以上") {
		t.Errorf("overridden reply: %+v", o)
	}
	if o := notify.Override(reply, "s", "{{.Reply}}"); strings.Count(o.TextJA, "ご回答です。") != 1 {
		t.Errorf("a template that has the answer got it twice: %q", o.TextJA)
	}
}
