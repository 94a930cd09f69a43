package resolvers

import (
	"context"
	"errors"
	"sync"
	"testing"

	"github.com/uptrace/bun"

	"github.com/pppdesk/pppdesk/notify"
	"github.com/pppdesk/pppdesk/store/storetest"
)

// sentMail records what a Mailer was asked to send.
type sentMail struct {
	mu   sync.Mutex
	msgs []notify.Message
}

func (m *sentMail) Send(_ context.Context, msg notify.Message) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.msgs = append(m.msgs, msg)
	return nil
}

func (m *sentMail) count() int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return len(m.msgs)
}

// TestReview9QueueMailWaitsForTheCommit: the interim mail queue (no outbox configured) is
// called by the services inside the transaction of their change. A mail for a change that
// rolls back must never go out, and one for a committed change goes out once it committed.
func TestReview9QueueMailWaitsForTheCommit(t *testing.T) {
	st := storetest.Open(t)
	mail := &sentMail{}
	r := &Resolver{Store: st, Mailer: mail}
	msg := notify.Message{To: "desk@example.jp", Subject: "件名", TextJA: "本文"}
	ctx := context.Background()

	boom := errors.New("a later statement fails")
	err := st.InTx(ctx, func(ctx context.Context, tx bun.Tx) error {
		if err := r.QueueMail(ctx, tx, 1, msg); err != nil {
			return err
		}
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("InTx = %v, want the injected failure", err)
	}
	r.WaitForMail()
	if n := mail.count(); n != 0 {
		t.Fatalf("a rolled-back change sent %d mails", n)
	}

	sentInside := -1
	err = st.InTx(ctx, func(ctx context.Context, tx bun.Tx) error {
		if err := r.QueueMail(ctx, tx, 1, msg); err != nil {
			return err
		}
		r.WaitForMail()
		sentInside = mail.count()
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if sentInside != 0 {
		t.Fatalf("%d mails went out before the change committed", sentInside)
	}
	r.WaitForMail()
	if n := mail.count(); n != 1 {
		t.Fatalf("a committed change sent %d mails, want 1", n)
	}
}
