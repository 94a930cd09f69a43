// Package notify tells people what happened to the proposals they care about: it composes the Japanese/English emails and sends them over SMTP.
package notify

import (
	"context"
	"slices"
	"sync"
)

// Message is one email to one recipient. It carries the text in both
// languages so that the composing code (the templates) and the sending code
// (a Mailer) stay independent of each other.
type Message struct {
	// To is the recipient's address, e.g. "taro@example.jp".
	To string
	// Subject is the subject line, as it should appear to the reader.
	Subject string
	// TextJA is the Japanese text; it comes first in the email.
	TextJA string
	// TextEN is the English translation; it follows the Japanese text.
	TextEN string
	// ID, when set, is the local part of the Message-ID. The outbox derives it from its
	// row, so a mail sent again after a crash carries the same Message-ID and the
	// receiving side can drop the duplicate; empty means a random one.
	ID string
	// Template names the mail for a municipality's override (TemplateKeys) and Vars are the
	// values its template may use; empty for mails that cannot be overridden.
	Template string
	Vars     TemplateData
}

// Mailer sends messages; the server depends on this interface so tests and
// deployments can choose how (or whether) mail really goes out.
type Mailer interface {
	// Send delivers m, giving up when ctx is done.
	Send(ctx context.Context, m Message) error
}

// Nop discards messages, for deployments without SMTP: the server can always
// call a Mailer without checking whether mail is configured.
type Nop struct{}

// Send discards m and reports success, so that a missing mail server never
// breaks the operation that triggered the notification.
func (Nop) Send(context.Context, Message) error { return nil }

// Recorder keeps messages in memory, so tests of other packages can check
// which notifications an operation produced without running a mail server.
// The zero value is ready to use and it is safe for concurrent use.
type Recorder struct {
	mu   sync.Mutex
	msgs []Message
}

// Send records m and reports success.
func (r *Recorder) Send(_ context.Context, m Message) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.msgs = append(r.msgs, m)
	return nil
}

// Messages returns a copy of the recorded messages in the order they were
// sent, so callers can inspect them while other goroutines keep sending.
func (r *Recorder) Messages() []Message {
	r.mu.Lock()
	defer r.mu.Unlock()
	return slices.Clone(r.msgs)
}

var (
	_ Mailer = Nop{}
	_ Mailer = (*Recorder)(nil)
	_ Mailer = (*SMTP)(nil)
)
