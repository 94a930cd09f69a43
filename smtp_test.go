package pppdesk_test

import (
	"io"
	"mime"
	"net"
	"net/mail"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-smtp"

	"github.com/pppdesk/pppdesk"
	"github.com/pppdesk/pppdesk/notify"
)

// mailbox is a real SMTP server on loopback that keeps what it receives.
type mailbox struct {
	mu    sync.Mutex
	mails []struct {
		to      []string
		subject string
	}
}

type mailSession struct {
	box *mailbox
	to  []string
}

func (b *mailbox) NewSession(*smtp.Conn) (smtp.Session, error) { return &mailSession{box: b}, nil }
func (s *mailSession) Mail(string, *smtp.MailOptions) error    { return nil }
func (s *mailSession) Rcpt(to string, _ *smtp.RcptOptions) error {
	s.to = append(s.to, to)
	return nil
}
func (s *mailSession) Data(r io.Reader) error {
	m, err := mail.ReadMessage(r)
	if err != nil {
		return err
	}
	subj, _ := new(mime.WordDecoder).DecodeHeader(m.Header.Get("Subject"))
	s.box.mu.Lock()
	s.box.mails = append(s.box.mails, struct {
		to      []string
		subject string
	}{s.to, subj})
	s.box.mu.Unlock()
	return nil
}
func (s *mailSession) Reset()        { s.to = nil }
func (s *mailSession) Logout() error { return nil }

func startMailbox(t *testing.T) (*mailbox, int) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	box := &mailbox{}
	srv := smtp.NewServer(box)
	srv.Domain, srv.AllowInsecureAuth = "localhost", true
	srv.ReadTimeout, srv.WriteTimeout = 10*time.Second, 10*time.Second
	go func() { _ = srv.Serve(ln) }()
	t.Cleanup(func() { _ = srv.Close() })
	return box, ln.Addr().(*net.TCPAddr).Port
}

// TestNotificationsOverSMTP sends the workflow's emails through a real SMTP server.
func TestNotificationsOverSMTP(t *testing.T) {
	t.Parallel()
	box, port := startMailbox(t)
	mailer, err := notify.NewSMTP(notify.SMTPConfig{Host: "127.0.0.1", Port: port, From: "desk@demo.pppdesk.jp", TLS: "none"})
	must(t, err)
	e := newEnvOpts(t, func(c *pppdesk.Config) { c.Mailer = mailer })
	p1 := e.login("proposer1@demo.pppdesk.jp")
	id := get(e.ok(createProposal, map[string]any{"in": proposalInput("FREE", nil)}, p1...), "createProposal", "proposal", "id")
	e.ok(`mutation($id: ID!) { submitProposal(id: $id, acceptTerms: true) { proposal { id } } }`, map[string]any{"id": id}, p1...)
	e.srv.WaitForNotifications()
	box.mu.Lock()
	defer box.mu.Unlock()
	var toProposer, toDesk string
	for _, m := range box.mails {
		switch strings.Join(m.to, ",") {
		case "proposer1@demo.pppdesk.jp":
			toProposer = m.subject
		case "desk@demo.pppdesk.jp":
			toDesk = m.subject
		}
	}
	if !strings.Contains(toProposer, "青森市公民連携デスク") || toDesk == "" {
		t.Fatalf("mails: %+v", box.mails)
	}
}
