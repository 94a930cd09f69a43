package notify_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"math/big"
	"mime"
	"mime/quotedprintable"
	"net"
	"net/mail"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-sasl"
	smtp "github.com/emersion/go-smtp"

	"github.com/pppdesk/pppdesk/notify"
)

// received is one mail as the test SMTP server saw it.
type received struct {
	From string
	To   []string
	Data []byte
}

// testServer is a real SMTP server (go-smtp) on loopback that records what
// it receives, so the tests exercise go-mail's actual SMTP conversation.
type testServer struct {
	Port int

	mu    sync.Mutex
	mails []received
	auths int
}

func (ts *testServer) Mails() []received {
	ts.mu.Lock()
	defer ts.mu.Unlock()
	return append([]received(nil), ts.mails...)
}

func (ts *testServer) Auths() int {
	ts.mu.Lock()
	defer ts.mu.Unlock()
	return ts.auths
}

// NewSession implements smtp.Backend.
func (ts *testServer) NewSession(*smtp.Conn) (smtp.Session, error) {
	return &session{ts: ts}, nil
}

// authServer is a testServer whose sessions offer AUTH PLAIN.
type authServer struct{ *testServer }

func (as authServer) NewSession(*smtp.Conn) (smtp.Session, error) {
	return &authSession{session{ts: as.testServer}}, nil
}

type session struct {
	ts   *testServer
	from string
	to   []string
}

func (s *session) Mail(from string, _ *smtp.MailOptions) error {
	s.from = from
	return nil
}

func (s *session) Rcpt(to string, _ *smtp.RcptOptions) error {
	if strings.EqualFold(to, "reject@example.test") {
		return &smtp.SMTPError{Code: 550, EnhancedCode: smtp.EnhancedCode{5, 1, 1}, Message: "no such user"}
	}
	s.to = append(s.to, to)
	return nil
}

func (s *session) Data(r io.Reader) error {
	data, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	s.ts.mu.Lock()
	defer s.ts.mu.Unlock()
	s.ts.mails = append(s.ts.mails, received{From: s.from, To: s.to, Data: data})
	return nil
}

func (s *session) Reset() {
	s.from, s.to = "", nil
}

func (s *session) Logout() error { return nil }

type authSession struct{ session }

func (s *authSession) AuthMechanisms() []string { return []string{sasl.Plain} }

func (s *authSession) Auth(string) (sasl.Server, error) {
	return sasl.NewPlainServer(func(_, _, _ string) error {
		s.ts.mu.Lock()
		s.ts.auths++
		s.ts.mu.Unlock()
		return nil
	}), nil
}

// startServer runs be as an SMTP server on 127.0.0.1 (plain text, insecure
// auth allowed) until the test ends, and returns its port.
func startServer(t *testing.T, be smtp.Backend) int {
	return startServerTLS(t, be, nil, false)
}

// startServerTLS is startServer with a certificate: STARTTLS is offered when
// tlsCfg is set, and the whole connection is TLS when implicit is true.
func startServerTLS(t *testing.T, be smtp.Backend, tlsCfg *tls.Config, implicit bool) int {
	t.Helper()
	var ln net.Listener
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := ln.Addr().(*net.TCPAddr).Port
	if implicit {
		ln = tls.NewListener(ln, tlsCfg)
	}
	srv := smtp.NewServer(be)
	srv.TLSConfig = tlsCfg
	srv.ErrorLog = discardLog{}
	srv.Domain = "localhost"
	srv.AllowInsecureAuth = true
	srv.ReadTimeout = 10 * time.Second
	srv.WriteTimeout = 10 * time.Second
	done := make(chan struct{})
	go func() {
		defer close(done)
		_ = srv.Serve(ln)
	}()
	t.Cleanup(func() {
		_ = srv.Close()
		// Close may run before Serve has registered ln; close it ourselves
		// so Serve always returns.
		_ = ln.Close()
		<-done
	})
	return port
}

// discardLog silences go-smtp's logging of the handshakes that the TLS
// tests make fail on purpose.
type discardLog struct{}

func (discardLog) Printf(string, ...any) {}
func (discardLog) Println(...any)        {}

// selfSignedTLS is a server TLS config whose certificate for 127.0.0.1 no
// client trusts.
func selfSignedTLS(t *testing.T) *tls.Config {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(1),
		Subject:      pkix.Name{CommonName: "127.0.0.1"},
		IPAddresses:  []net.IP{net.ParseIP("127.0.0.1")},
		NotBefore:    time.Now().Add(-time.Hour),
		NotAfter:     time.Now().Add(time.Hour),
		KeyUsage:     x509.KeyUsageDigitalSignature,
		ExtKeyUsage:  []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	return &tls.Config{Certificates: []tls.Certificate{{Certificate: [][]byte{der}, PrivateKey: key}}}
}

func newTestServer(t *testing.T) *testServer {
	ts := &testServer{}
	ts.Port = startServer(t, ts)
	return ts
}

func newMailer(t *testing.T, port int) *notify.SMTP {
	t.Helper()
	m, err := notify.NewSMTP(notify.SMTPConfig{
		Host:    "127.0.0.1",
		Port:    port,
		From:    "青森市公民連携デスク <desk@example.test>",
		TLS:     "none",
		Timeout: 10 * time.Second,
	})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

var info = notify.ProposalInfo{
	Title:        "市有施設の屋根を使った太陽光発電事業",
	Number:       "P-42",
	Municipality: "青森市",
	DeskName:     "青森市公民連携デスク",
	URL:          "https://desk.example.test/proposals/42",
}

// parsed is a received mail with its headers and decoded body.
type parsed struct {
	Header mail.Header
	Body   string
}

func parse(t *testing.T, data []byte) parsed {
	t.Helper()
	msg, err := mail.ReadMessage(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("reading mail: %v\n%s", err, data)
	}
	var r io.Reader = msg.Body
	switch cte := strings.ToLower(msg.Header.Get("Content-Transfer-Encoding")); cte {
	case "base64":
		r = base64.NewDecoder(base64.StdEncoding, r)
	case "quoted-printable":
		r = quotedprintable.NewReader(r)
	case "", "7bit", "8bit":
	default:
		t.Fatalf("unexpected Content-Transfer-Encoding %q", cte)
	}
	body, err := io.ReadAll(r)
	if err != nil {
		t.Fatalf("decoding body: %v", err)
	}
	if bytes.Contains(bytes.ReplaceAll(body, []byte("\r\n"), nil), []byte("\n")) {
		t.Errorf("body has a bare LF; text must be in canonical CRLF form:\n%q", body)
	}
	return parsed{Header: msg.Header, Body: strings.ReplaceAll(string(body), "\r\n", "\n")}
}

func TestSMTPSendDeliversOneBilingualTextPart(t *testing.T) {
	t.Parallel()
	ts := newTestServer(t)
	mailer := newMailer(t, ts.Port)
	m := notify.ProposalReceived("taro@example.test", info)

	if err := mailer.Send(context.Background(), m); err != nil {
		t.Fatalf("Send: %v", err)
	}

	mails := ts.Mails()
	if len(mails) != 1 {
		t.Fatalf("server received %d mails, want 1", len(mails))
	}
	got := mails[0]
	if got.From != "desk@example.test" {
		t.Errorf("envelope From = %q, want desk@example.test", got.From)
	}
	if len(got.To) != 1 || got.To[0] != "taro@example.test" {
		t.Errorf("envelope To = %q, want [taro@example.test]", got.To)
	}

	p := parse(t, got.Data)
	var dec mime.WordDecoder
	subj, err := dec.DecodeHeader(p.Header.Get("Subject"))
	if err != nil {
		t.Fatalf("decoding Subject %q: %v", p.Header.Get("Subject"), err)
	}
	if subj != m.Subject || subj != "【青森市公民連携デスク】提案を受け付けました（P-42）" {
		t.Errorf("Subject = %q, want %q", subj, m.Subject)
	}
	mt, params, err := mime.ParseMediaType(p.Header.Get("Content-Type"))
	if err != nil || mt != "text/plain" || !strings.EqualFold(params["charset"], "utf-8") {
		t.Errorf("Content-Type = %q, want text/plain; charset=UTF-8", p.Header.Get("Content-Type"))
	}
	if id := p.Header.Get("Message-Id"); !strings.HasPrefix(id, "<") || !strings.HasSuffix(id, "@example.test>") {
		t.Errorf("Message-ID = %q, want <...@example.test>", id)
	}
	if _, err := p.Header.Date(); err != nil {
		t.Errorf("Date header %q: %v", p.Header.Get("Date"), err)
	}
	fromHdr, err := p.Header.AddressList("From")
	if err != nil || len(fromHdr) != 1 || fromHdr[0].Name != "青森市公民連携デスク" || fromHdr[0].Address != "desk@example.test" {
		t.Errorf("From header = %q (%v)", p.Header.Get("From"), err)
	}
	if to := p.Header.Get("To"); !strings.Contains(to, "taro@example.test") {
		t.Errorf("To header = %q", to)
	}

	ja := strings.TrimSpace(m.TextJA)
	en := strings.TrimSpace(m.TextEN)
	want := ja + "\n\n-----\n\n" + en
	if !strings.Contains(p.Body, want) {
		t.Errorf("body does not hold the Japanese text, a ----- line, then the English text:\n%s", p.Body)
	}
	for _, s := range []string{info.Title, "提案を受け付けました", "We have received the following proposal", info.URL} {
		if !strings.Contains(p.Body, s) {
			t.Errorf("body lacks %q", s)
		}
	}
}

func TestSMTPSendJapaneseOnly(t *testing.T) {
	t.Parallel()
	ts := newTestServer(t)
	mailer := newMailer(t, ts.Port)
	m := notify.Message{To: "hanako@example.test", Subject: "【青森市公民連携デスク】テスト", TextJA: "日本語だけです。"}
	if err := mailer.Send(context.Background(), m); err != nil {
		t.Fatalf("Send: %v", err)
	}
	p := parse(t, ts.Mails()[0].Data)
	if strings.TrimSpace(p.Body) != "日本語だけです。" {
		t.Errorf("body = %q, want only the Japanese text", p.Body)
	}
}

func TestSMTPSendFoldsLineBreaksInSubject(t *testing.T) {
	t.Parallel()
	ts := newTestServer(t)
	mailer := newMailer(t, ts.Port)
	m := notify.Message{To: "taro@example.test", Subject: "Notice\r\nBcc: evil@example.test", TextJA: "本文です。", TextEN: "Body."}
	if err := mailer.Send(context.Background(), m); err != nil {
		t.Fatalf("Send: %v", err)
	}
	got := ts.Mails()[0]
	if len(got.To) != 1 {
		t.Errorf("envelope To = %q, want one recipient", got.To)
	}
	p := parse(t, got.Data)
	if b := p.Header.Get("Bcc"); b != "" {
		t.Errorf("a line break in the subject injected Bcc: %q", b)
	}
	var dec mime.WordDecoder
	if subj, _ := dec.DecodeHeader(p.Header.Get("Subject")); subj != "Notice Bcc: evil@example.test" {
		t.Errorf("Subject = %q, want the line break folded into a space", subj)
	}
}

func TestSMTPDefaultRequiresSTARTTLS(t *testing.T) {
	t.Parallel()
	ts := newTestServer(t) // offers no STARTTLS
	mailer, err := notify.NewSMTP(notify.SMTPConfig{
		Host: "127.0.0.1", Port: ts.Port, From: "desk@example.test", Timeout: 10 * time.Second,
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := mailer.Send(context.Background(), notify.ProposalReceived("taro@example.test", info)); err == nil {
		t.Fatal("default TLS mode sent mail over a connection without STARTTLS")
	}
	if n := len(ts.Mails()); n != 0 {
		t.Errorf("server stored %d mails, want 0", n)
	}
}

func TestNewSMTPValidationNamesTheField(t *testing.T) {
	t.Parallel()
	good := notify.SMTPConfig{Host: "smtp.example.test", Port: 587, From: "desk@example.test"}
	if _, err := notify.NewSMTP(good); err != nil {
		t.Fatalf("valid config rejected: %v", err)
	}
	tests := []struct {
		name  string
		edit  func(*notify.SMTPConfig)
		field string
	}{
		{"empty host", func(c *notify.SMTPConfig) { c.Host = "" }, "Host"},
		{"blank host", func(c *notify.SMTPConfig) { c.Host = "  " }, "Host"},
		{"zero port", func(c *notify.SMTPConfig) { c.Port = 0 }, "Port"},
		{"port too big", func(c *notify.SMTPConfig) { c.Port = 65536 }, "Port"},
		{"negative port", func(c *notify.SMTPConfig) { c.Port = -1 }, "Port"},
		{"empty from", func(c *notify.SMTPConfig) { c.From = "" }, "From"},
		{"invalid from", func(c *notify.SMTPConfig) { c.From = "not an address" }, "From"},
		{"from without domain", func(c *notify.SMTPConfig) { c.From = "desk@" }, "From"},
		{"unknown TLS", func(c *notify.SMTPConfig) { c.TLS = "ssl3" }, "TLS"},
		{"negative timeout", func(c *notify.SMTPConfig) { c.Timeout = -time.Second }, "Timeout"},
		{"password without user", func(c *notify.SMTPConfig) { c.Password = "secret" }, "Username"},
		{"user without password", func(c *notify.SMTPConfig) { c.Username = "desk" }, "Password"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := good
			tt.edit(&cfg)
			s, err := notify.NewSMTP(cfg)
			if err == nil {
				t.Fatalf("NewSMTP(%+v) = %v, want an error", cfg, s)
			}
			if !strings.Contains(err.Error(), "SMTPConfig."+tt.field) {
				t.Errorf("error %q does not name SMTPConfig.%s", err, tt.field)
			}
			if strings.Contains(err.Error(), "secret") {
				t.Errorf("error %q leaks the password", err)
			}
		})
	}
	for _, mode := range []string{"", "none", "starttls", "tls", "STARTTLS"} {
		cfg := good
		cfg.TLS = mode
		if _, err := notify.NewSMTP(cfg); err != nil {
			t.Errorf("TLS %q rejected: %v", mode, err)
		}
	}
}

func TestSMTPSendRejectedRecipientFails(t *testing.T) {
	t.Parallel()
	ts := newTestServer(t)
	mailer := newMailer(t, ts.Port)
	err := mailer.Send(context.Background(), notify.ProposalReceived("reject@example.test", info))
	if err == nil {
		t.Fatal("Send to a rejected recipient succeeded")
	}
	if n := len(ts.Mails()); n != 0 {
		t.Errorf("server stored %d mails, want 0", n)
	}
}

func TestSMTPSendInvalidRecipientFails(t *testing.T) {
	t.Parallel()
	ts := newTestServer(t)
	mailer := newMailer(t, ts.Port)
	err := mailer.Send(context.Background(), notify.ProposalReceived("not an address", info))
	if err == nil || !strings.Contains(err.Error(), "To") {
		t.Fatalf("Send = %v, want an error naming To", err)
	}
}

func TestSMTPSendConnectionRefusedFails(t *testing.T) {
	// Serial: it dials a just-closed loopback port, which a parallel test's listener could take.
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := ln.Addr().(*net.TCPAddr).Port
	_ = ln.Close()
	mailer := newMailer(t, port)
	if err := mailer.Send(context.Background(), notify.ProposalReceived("taro@example.test", info)); err == nil {
		t.Fatal("Send to a closed port succeeded")
	}
}

// silentListener accepts connections on 127.0.0.1 and never says a word, like
// a mail server that hangs before its greeting.
func silentListener(t *testing.T) int {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	var (
		mu    sync.Mutex
		conns []net.Conn
	)
	done := make(chan struct{})
	go func() {
		defer close(done)
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			mu.Lock()
			conns = append(conns, c)
			mu.Unlock()
		}
	}()
	t.Cleanup(func() {
		_ = ln.Close()
		<-done
		mu.Lock()
		defer mu.Unlock()
		for _, c := range conns {
			_ = c.Close()
		}
	})
	return ln.Addr().(*net.TCPAddr).Port
}

func TestSMTPSendHonoursContext(t *testing.T) {
	// The server never answers, so only the context (or the configured timeout) can end a
	// Send. Which one ended it is told by the error, not by a wall-clock budget; every Send
	// is bounded by failsafe so a Send that ignores both fails instead of hanging.
	t.Parallel()
	port := silentListener(t)
	m := notify.ProposalReceived("taro@example.test", info)
	const failsafe = time.Minute
	send := func(t *testing.T, mailer *notify.SMTP, ctx context.Context) error {
		t.Helper()
		done := make(chan error, 1)
		go func() { done <- mailer.Send(ctx, m) }()
		select {
		case err := <-done:
			return err
		case <-time.After(failsafe):
			t.Fatalf("Send to a silent server still running after %s", failsafe)
			return nil
		}
	}

	t.Run("deadline", func(t *testing.T) {
		mailer := newMailer(t, port) // Timeout 10s: the context must win
		ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
		defer cancel()
		if err := send(t, mailer, ctx); !errors.Is(err, context.DeadlineExceeded) {
			t.Errorf("Send = %v, want context.DeadlineExceeded", err)
		}
	})

	t.Run("cancel", func(t *testing.T) {
		mailer := newMailer(t, port)
		ctx, cancel := context.WithCancel(context.Background())
		timer := time.AfterFunc(200*time.Millisecond, cancel)
		defer timer.Stop()
		if err := send(t, mailer, ctx); !errors.Is(err, context.Canceled) {
			t.Errorf("Send = %v, want context.Canceled", err)
		}
	})

	t.Run("already cancelled", func(t *testing.T) {
		mailer := newMailer(t, port)
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		if err := mailer.Send(ctx, m); !errors.Is(err, context.Canceled) {
			t.Errorf("Send = %v, want context.Canceled", err)
		}
	})

	t.Run("config timeout", func(t *testing.T) {
		mailer, err := notify.NewSMTP(notify.SMTPConfig{
			Host: "127.0.0.1", Port: port, From: "desk@example.test", TLS: "none",
			Timeout: 300 * time.Millisecond,
		})
		if err != nil {
			t.Fatal(err)
		}
		// No deadline on the context: only the configured timeout can end this Send.
		if err := send(t, mailer, context.Background()); err == nil {
			t.Error("Send to a silent server succeeded")
		}
	})
}

func TestSMTPTLSModesVerifyTheCertificate(t *testing.T) {
	t.Parallel()
	// The servers present a certificate nobody trusts: a refusal that names
	// the certificate proves that the TLS handshake really happened (with
	// STARTTLS or implicit TLS) and that verification is on.
	for _, tt := range []struct {
		mode     string
		implicit bool
	}{{"starttls", false}, {"tls", true}} {
		t.Run(tt.mode, func(t *testing.T) {
			ts := &testServer{}
			ts.Port = startServerTLS(t, ts, selfSignedTLS(t), tt.implicit)
			mailer, err := notify.NewSMTP(notify.SMTPConfig{
				Host: "127.0.0.1", Port: ts.Port, From: "desk@example.test", TLS: tt.mode,
				Timeout: 10 * time.Second,
			})
			if err != nil {
				t.Fatal(err)
			}
			err = mailer.Send(context.Background(), notify.ProposalReceived("taro@example.test", info))
			var certErr *tls.CertificateVerificationError
			if !errors.As(err, &certErr) {
				t.Errorf("Send = %v, want a certificate verification error", err)
			}
			if n := len(ts.Mails()); n != 0 {
				t.Errorf("server stored %d mails, want 0", n)
			}
		})
	}
}

func TestSMTPNeverSendsPasswordInClearText(t *testing.T) {
	t.Parallel()
	ts := &testServer{}
	ts.Port = startServer(t, authServer{ts})
	mailer, err := notify.NewSMTP(notify.SMTPConfig{
		Host: "127.0.0.1", Port: ts.Port, From: "desk@example.test", TLS: "none",
		Username: "desk", Password: "secret", Timeout: 10 * time.Second,
	})
	if err != nil {
		t.Fatal(err)
	}
	err = mailer.Send(context.Background(), notify.ProposalReceived("taro@example.test", info))
	if err == nil {
		t.Fatal("Send authenticated with PLAIN over a plain-text connection")
	}
	t.Logf("Send: %v", err)
	if n := ts.Auths(); n != 0 {
		t.Errorf("server saw %d AUTH PLAIN attempts, want 0", n)
	}
	if strings.Contains(err.Error(), "secret") {
		t.Errorf("error %q leaks the password", err)
	}
}

func TestTemplates(t *testing.T) {
	t.Parallel()
	const to = "someone@example.test"
	desk := info.DeskName
	tests := []struct {
		name    string
		m       notify.Message
		title   string   // what the mail is about
		subject string   // subject after 【desk】
		wantJA  []string // further phrases the Japanese text must hold
		wantEN  []string
		notIn   []string // phrases neither text may hold
	}{
		{
			name: "ProposalReceived", m: notify.ProposalReceived(to, info), title: info.Title,
			subject: "提案を受け付けました（P-42）",
			wantJA:  []string{"P-42", "青森市", info.URL, "ありがとうございます"},
			wantEN:  []string{"P-42", "received", info.URL},
		},
		{
			name: "ProposalAssigned", m: notify.ProposalAssigned(to, info, []string{"環境政策課", "財産活用課"}), title: info.Title,
			subject: "担当課で検討を始めました（P-42）",
			wantJA:  []string{"環境政策課、財産活用課"},
			wantEN:  []string{"環境政策課, 財産活用課", "started to review"},
		},
		{
			name: "AssignedToDepartment", m: notify.AssignedToDepartment(to, info, "環境政策課", "2026-09-30"), title: info.Title,
			subject: "提案の検討依頼（P-42）",
			wantJA:  []string{"環境政策課 ご担当者様", "回答期限：2026-09-30", "サインイン"},
			wantEN:  []string{"環境政策課", "Due: 2026-09-30", "Sign in"},
		},
		{
			name: "AssignedToDepartment without due date", m: notify.AssignedToDepartment(to, info, "環境政策課", ""), title: info.Title,
			subject: "提案の検討依頼（P-42）",
			notIn:   []string{"回答期限", "Due"},
		},
		{
			name: "AssignmentDueReminder", m: notify.AssignmentDueReminder(to, info, "環境政策課", "2026-09-30"), title: info.Title,
			subject: "検討依頼の回答期限は明日です（P-42）",
			wantJA:  []string{"環境政策課 ご担当者様", "回答期限：2026-09-30", "明日", info.URL},
			wantEN:  []string{"環境政策課", "Due: 2026-09-30", "due tomorrow", info.URL},
		},
		{
			name: "AssignmentOverdue", m: notify.AssignmentOverdue(to, info, "環境政策課", "2026-09-30"), title: info.Title,
			subject: "検討依頼の回答期限を過ぎています（P-42）",
			wantJA:  []string{"環境政策課の回答期限を過ぎました", "担当課：環境政策課", "回答期限：2026-09-30"},
			wantEN:  []string{"環境政策課 has not answered", "Due: 2026-09-30", "has passed"},
		},
		{
			name: "MessagePosted", m: notify.MessagePosted(to, info, "環境政策課"), title: info.Title,
			subject: "対話に新しいメッセージがあります（P-42）",
			wantJA:  []string{"環境政策課から新しいメッセージ", "本文はこのメールに記載していません", "サインイン"},
			wantEN:  []string{"new message from 環境政策課", "not included", "sign in"},
		},
		{
			name: "ProposalDecided accepted", m: notify.ProposalDecided(to, info, true, "地域の脱炭素に資するため。"), title: info.Title,
			subject: "提案の検討結果のお知らせ（P-42）",
			wantJA:  []string{"検討結果：採択", "地域の脱炭素に資するため。"},
			wantEN:  []string{"Result: Accepted", "地域の脱炭素に資するため。"},
			notIn:   []string{"不採択", "Not accepted"},
		},
		{
			name: "ProposalDecided rejected", m: notify.ProposalDecided(to, info, false, "予算の確保が難しいため。"), title: info.Title,
			subject: "提案の検討結果のお知らせ（P-42）",
			wantJA:  []string{"検討結果：不採択", "理由：\n予算の確保が難しいため。"},
			wantEN:  []string{"Result: Not accepted", "予算の確保が難しいため。"},
		},
		{
			name: "ProposalDecided without reason", m: notify.ProposalDecided(to, info, false, ""), title: info.Title,
			subject: "提案の検討結果のお知らせ（P-42）",
			notIn:   []string{"理由", "Reason"},
		},
		{
			name: "NewProposal", m: notify.NewProposal(to, info, "株式会社みちのくエナジー"), title: info.Title,
			subject: "新しい提案が届きました（P-42）",
			wantJA:  []string{"提案者：株式会社みちのくエナジー", "担当課への割り振り"},
			wantEN:  []string{"Proposer: 株式会社みちのくエナジー", "assign"},
		},
		{
			name: "NewInquiry", m: notify.NewInquiry(to, "青森市", "公園の活用について"), title: "公園の活用について",
			subject: "お問合せが届きました",
			wantJA:  []string{"差出人の情報は、このメールには記載していません", "サインイン"},
			wantEN:  []string{"sign in"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := tt.m
			if m.To != to {
				t.Errorf("To = %q, want %q", m.To, to)
			}
			if want := "【" + desk + "】" + tt.subject; m.Subject != want {
				t.Errorf("Subject = %q, want %q", m.Subject, want)
			}
			for lang, text := range map[string]string{"JA": m.TextJA, "EN": m.TextEN} {
				if !strings.Contains(text, tt.title) {
					t.Errorf("Text%s does not mention the title %q:\n%s", lang, tt.title, text)
				}
				if !strings.Contains(text, desk) {
					t.Errorf("Text%s is not signed by %q:\n%s", lang, desk, text)
				}
				if strings.Contains(text, "\n-----\n") {
					t.Errorf("Text%s contains the language separator line:\n%s", lang, text)
				}
				for _, s := range tt.notIn {
					if strings.Contains(text, s) {
						t.Errorf("Text%s contains %q:\n%s", lang, s, text)
					}
				}
			}
			if !strings.Contains(m.TextJA, "ます。") {
				t.Errorf("TextJA is not in polite style:\n%s", m.TextJA)
			}
			for _, s := range tt.wantJA {
				if !strings.Contains(m.TextJA, s) {
					t.Errorf("TextJA lacks %q:\n%s", s, m.TextJA)
				}
			}
			for _, s := range tt.wantEN {
				if !strings.Contains(m.TextEN, s) {
					t.Errorf("TextEN lacks %q:\n%s", s, m.TextEN)
				}
			}
		})
	}
}

func TestMessagePostedCarriesNoMessageBody(t *testing.T) {
	t.Parallel()
	// MessagePosted takes no body at all; make sure the only dialogue-related
	// text it produces is the notice, whatever the sender is called.
	m := notify.MessagePosted("taro@example.test", info, "")
	for _, text := range []string{m.TextJA, m.TextEN} {
		if !strings.Contains(text, info.Title) || !strings.Contains(text, info.URL) {
			t.Errorf("notice lacks title or URL:\n%s", text)
		}
	}
	if !strings.Contains(m.TextJA, "新しいメッセージが届きました") {
		t.Errorf("TextJA = %s", m.TextJA)
	}
}

func TestTemplatesWithoutOptionalFields(t *testing.T) {
	t.Parallel()
	p := notify.ProposalInfo{Title: "題名\n二行目", Municipality: "弘前市"}
	m := notify.ProposalReceived("taro@example.test", p)
	if m.Subject != "【弘前市公民連携デスク】提案を受け付けました" {
		t.Errorf("Subject = %q", m.Subject)
	}
	if !strings.Contains(m.TextJA, "提案名：題名 二行目") {
		t.Errorf("title's line break not folded:\n%s", m.TextJA)
	}
	for _, s := range []string{"提案番号", "URL", "http"} {
		if strings.Contains(m.TextJA, s) {
			t.Errorf("TextJA mentions %q though there is none:\n%s", s, m.TextJA)
		}
	}
	if a := notify.ProposalAssigned("taro@example.test", p, nil); !strings.Contains(a.TextJA, "担当課：調整中") {
		t.Errorf("no departments:\n%s", a.TextJA)
	}
}

func TestRecorderRecords(t *testing.T) {
	t.Parallel()
	var r notify.Recorder
	var mailer notify.Mailer = &r
	if got := r.Messages(); len(got) != 0 {
		t.Fatalf("new Recorder holds %d messages", len(got))
	}
	var wg sync.WaitGroup
	for i := range 20 {
		wg.Go(func() {
			m := notify.Message{To: fmt.Sprintf("u%d@example.test", i), Subject: "s"}
			if err := mailer.Send(context.Background(), m); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	got := r.Messages()
	if len(got) != 20 {
		t.Fatalf("recorded %d messages, want 20", len(got))
	}
	got[0].To = "changed"
	if r.Messages()[0].To == "changed" {
		t.Error("Messages returned the Recorder's own slice")
	}

	first := notify.NewInquiry("desk@example.test", "青森市", "件名")
	var r2 notify.Recorder
	_ = r2.Send(context.Background(), first)
	if got := r2.Messages(); len(got) != 1 || got[0] != first {
		t.Errorf("Messages = %+v, want [%+v]", got, first)
	}
}

func TestNopDiscards(t *testing.T) {
	t.Parallel()
	var mailer notify.Mailer = notify.Nop{}
	if err := mailer.Send(context.Background(), notify.Message{To: "x@example.test"}); err != nil {
		t.Errorf("Nop.Send = %v", err)
	}
}
