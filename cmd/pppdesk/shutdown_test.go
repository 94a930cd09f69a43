package main

import (
	"bufio"
	"context"
	"io"
	"net"
	"net/http"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/emersion/go-smtp"
)

// gatedMailbox is an SMTP server on loopback that holds every message until released, so a
// test can stop the server while an email is still being sent.
type gatedMailbox struct {
	release  chan struct{}
	started  chan struct{}
	received atomic.Int64
}

type gatedSession struct{ box *gatedMailbox }

func (b *gatedMailbox) NewSession(*smtp.Conn) (smtp.Session, error) { return gatedSession{b}, nil }
func (s gatedSession) Mail(string, *smtp.MailOptions) error         { return nil }
func (s gatedSession) Rcpt(string, *smtp.RcptOptions) error         { return nil }
func (s gatedSession) Data(r io.Reader) error {
	_, _ = io.Copy(io.Discard, r)
	select {
	case s.box.started <- struct{}{}:
	default:
	}
	<-s.box.release
	s.box.received.Add(1)
	return nil
}
func (s gatedSession) Reset()        {}
func (s gatedSession) Logout() error { return nil }

// TestShutdownDrainsRequestsAndMail cancels the real program while a request is in flight
// (its body not yet sent) and a notification email is being sent: the request is answered,
// the email is delivered, and only then does the program stop.
func TestShutdownDrainsRequestsAndMail(t *testing.T) {
	// Serial: it runs the whole program and its shutdown with wall-clock bounds.
	box := &gatedMailbox{release: make(chan struct{}), started: make(chan struct{}, 1)}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ms := smtp.NewServer(box)
	ms.Domain, ms.AllowInsecureAuth = "localhost", true
	go func() { _ = ms.Serve(ln) }()
	defer ms.Close()

	dir := t.TempDir()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	pr, pw := io.Pipe()
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"--demo", "--db", "sqlite:" + filepath.Join(dir, "t.db"), "--addr", "127.0.0.1:0", "--files", filepath.Join(dir, "files"),
			"--smtp-host", "127.0.0.1", "--smtp-port", strconv.Itoa(ln.Addr().(*net.TCPAddr).Port), "--smtp-from", "desk@example.jp", "--smtp-tls", "none",
			"--shutdown-timeout", "60s"}, func(string) string { return "" }, pw, io.Discard)
		pw.Close()
	}()
	url := serving(bufio.NewScanner(pr))
	if url == "" {
		t.Fatalf("no start: %v", <-done)
	}
	go func() { _, _ = io.Copy(io.Discard, pr) }()

	// An inquiry queues an email to the desk and one to its sender; the mailbox holds the first.
	res, err := http.Post(url+"graphql", "application/json", strings.NewReader(`{"query":"mutation { submitInquiry(input: {name: \"n\", email: \"a@example.jp\", subject: \"s\", body: \"b\"}) }"}`))
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	<-box.started

	// A request in flight: headers sent, body still to come.
	host := strings.TrimSuffix(strings.TrimPrefix(url, "http://"), "/")
	c, err := net.Dial("tcp", host)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	full := request(host, query, false)
	cut := len(full) - len(query)
	// Expect: 100-continue, as a client sending a large body does: the server answers
	// "100 Continue" once a handler reads the body, which proves the request is in flight.
	// A request whose headers the server has not read when the shutdown starts is not in
	// flight (net/http drops it), and under load the headers may still be unread here.
	head := strings.Replace(full[:cut], "\r\n\r\n", "\r\nExpect: 100-continue\r\n\r\n", 1)
	if _, err := io.WriteString(c, head); err != nil {
		t.Fatal(err)
	}
	br := bufio.NewReader(c)
	if cont, err := http.ReadResponse(br, nil); err != nil || cont.StatusCode != http.StatusContinue {
		t.Fatalf("100 Continue: %v %v", cont, err)
	}
	// The listener accepts in order: once a later connection is answered, this one has been
	// accepted, so shutdown must wait for it rather than drop it from the listen queue.
	later := &http.Client{Transport: &http.Transport{DisableKeepAlives: true}}
	hres, err := later.Get(url + "healthz")
	if err != nil {
		t.Fatal(err)
	}
	hres.Body.Close()

	cancel()
	select {
	case err := <-done:
		t.Fatalf("stopped with a request in flight and an email unsent: %v", err)
	default:
	}
	if _, err := io.WriteString(c, full[cut:]); err != nil {
		t.Fatal(err)
	}
	resp, err := http.ReadResponse(br, nil)
	if err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("in-flight request: %v %v", resp, err)
	}
	close(box.release)
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("shutdown: %v", err)
		}
	case <-time.After(60 * time.Second):
		t.Fatal("server did not stop")
	}
	// Two: the desk's notice and the sender's acknowledgement of the inquiry (issue 12),
	// queued together and both delivered before the program stops.
	if box.received.Load() != 2 {
		t.Fatalf("%d emails delivered, want 2", box.received.Load())
	}
}
