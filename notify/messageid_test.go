package notify_test

import (
	"context"
	"testing"

	"github.com/pppdesk/pppdesk/notify"
)

// TestSMTPMessageIDFromMessage: a message that names its ID keeps it as the Message-ID on
// every send, so a receiver can drop a redelivered duplicate; an unsafe ID is replaced.
func TestSMTPMessageIDFromMessage(t *testing.T) {
	ts := newTestServer(t)
	mailer := newMailer(t, ts.Port)
	m := notify.Message{To: "taro@example.test", Subject: "s", TextJA: "本文", ID: "pppdesk-mail-7.1764460800"}
	for range 2 {
		if err := mailer.Send(context.Background(), m); err != nil {
			t.Fatal(err)
		}
	}
	m.ID = "bad id>\r\nBcc: x@example.test"
	if err := mailer.Send(context.Background(), m); err != nil {
		t.Fatal(err)
	}
	mails := ts.Mails()
	if len(mails) != 3 {
		t.Fatalf("got %d mails", len(mails))
	}
	want := "<pppdesk-mail-7.1764460800@example.test>"
	for i, r := range mails[:2] {
		if got := parse(t, r.Data).Header.Get("Message-Id"); got != want {
			t.Errorf("mail %d: Message-ID %q, want %q", i, got, want)
		}
	}
	if got := parse(t, mails[2].Data).Header.Get("Message-Id"); got == want || len(got) < 3 || got[0] != '<' {
		t.Errorf("unsafe ID kept: %q", got)
	}
}
