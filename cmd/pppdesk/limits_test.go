package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// start runs the real program with extra flags on a fresh SQLite file and answers its URL;
// the server stops (and must stop cleanly) when the test ends.
func start(t *testing.T, flags ...string) string {
	t.Helper()
	dir := t.TempDir()
	ctx, cancel := context.WithCancel(context.Background())
	pr, pw := io.Pipe()
	done := make(chan error, 1)
	args := append([]string{"--demo", "--db", "sqlite:" + filepath.Join(dir, "t.db"), "--addr", "127.0.0.1:0", "--files", filepath.Join(dir, "files")}, flags...)
	go func() {
		done <- run(ctx, args, func(string) string { return "" }, pw, io.Discard)
		pw.Close()
	}()
	lines := bufio.NewScanner(pr)
	var url string
	for lines.Scan() {
		if rest, ok := strings.CutPrefix(lines.Text(), "pppdesk: serving "); ok {
			url = strings.Fields(rest)[0]
			break
		}
	}
	if url == "" {
		cancel()
		t.Fatalf("server did not start: %v", <-done)
	}
	go func() { _, _ = io.Copy(io.Discard, pr) }()
	t.Cleanup(func() {
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("shutdown: %v", err)
			}
		case <-time.After(30 * time.Second):
			t.Error("server did not stop")
		}
	})
	return url
}

// closedWithin reads from c until the server closes it; a guard deadline (not a timing
// assertion) fails the test if the server holds the connection forever.
func closedWithin(t *testing.T, c net.Conn, what string) {
	t.Helper()
	_ = c.SetReadDeadline(time.Now().Add(20 * time.Second))
	_, err := io.Copy(io.Discard, c)
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		t.Fatalf("%s: the server held the connection open", what)
	}
}

const query = `{"query":"{ municipality { name } }"}`

func request(host string, body string, keepAlive bool) string {
	conn := "keep-alive"
	if !keepAlive {
		conn = "close"
	}
	return fmt.Sprintf("POST /graphql HTTP/1.1\r\nHost: %s\r\nContent-Type: application/json\r\nConnection: %s\r\nContent-Length: %d\r\n\r\n%s", host, conn, len(body), body)
}

// TestServerTimeoutsAndConnectionBound starts the real binary with short limits: an idle
// keep-alive connection is closed after the idle timeout, a client that sends its body too
// slowly is cut off after the read timeout, and connections that fill every slot without
// sending anything are released, so service resumes for others.
func TestServerTimeoutsAndConnectionBound(t *testing.T) {
	// Serial, real time: it measures the binary's 300-500 ms server timeouts.
	url := start(t, "--idle-timeout", "300ms", "--read-timeout", "500ms", "--read-header-timeout", "300ms", "--max-conns", "4")
	host := strings.TrimSuffix(strings.TrimPrefix(url, "http://"), "/")

	t.Run("idle keep-alive", func(t *testing.T) {
		c, err := net.Dial("tcp", host)
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		if _, err := io.WriteString(c, request(host, query, true)); err != nil {
			t.Fatal(err)
		}
		res, err := http.ReadResponse(bufio.NewReader(c), nil)
		if err != nil || res.StatusCode != http.StatusOK {
			t.Fatalf("first request: %v %v", res, err)
		}
		_, _ = io.Copy(io.Discard, res.Body)
		closedWithin(t, c, "idle keep-alive")
	})

	t.Run("slow body", func(t *testing.T) {
		c, err := net.Dial("tcp", host)
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		full := request(host, query, true)
		// Headers and the first byte of the body, then nothing.
		if _, err := io.WriteString(c, full[:len(full)-len(query)+1]); err != nil {
			t.Fatal(err)
		}
		closedWithin(t, c, "slow body")
	})

	t.Run("silent connections fill every slot", func(t *testing.T) {
		var idle []net.Conn
		for range 12 {
			c, err := net.Dial("tcp", host)
			if err != nil {
				t.Fatal(err)
			}
			idle = append(idle, c)
		}
		defer func() {
			for _, c := range idle {
				c.Close()
			}
		}()
		client := &http.Client{Timeout: 20 * time.Second}
		res, err := client.Post(url+"graphql", "application/json", strings.NewReader(query))
		if err != nil {
			t.Fatalf("service stopped behind silent connections: %v", err)
		}
		res.Body.Close()
		if res.StatusCode != http.StatusOK {
			t.Fatalf("status %d", res.StatusCode)
		}
	})
}
