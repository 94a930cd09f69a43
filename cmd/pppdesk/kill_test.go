package main

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/pppdesk/pppdesk/store/storetest"
)

// TestMain lets a test start the real program as a child process (the test binary run again
// with PPPDESK_TEST_CHILD set), so a test can kill it with SIGKILL.
func TestMain(m *testing.M) {
	if args, ok := os.LookupEnv("PPPDESK_TEST_CHILD"); ok {
		ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
		err := run(ctx, strings.Split(args, "\x1f"), os.Getenv, os.Stdout, os.Stderr)
		stop()
		if err != nil {
			fmt.Fprintln(os.Stderr, "pppdesk:", err)
			os.Exit(1)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// child starts the program as a process and answers it with a reader of its output.
func child(t *testing.T, args ...string) (*exec.Cmd, *bufio.Scanner, *strings.Builder) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "PPPDESK_TEST_CHILD="+strings.Join(args, "\x1f"))
	stderr := &strings.Builder{}
	cmd.Stderr = stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	return cmd, bufio.NewScanner(out), stderr
}

// serving reads the output until the server says where it serves, or it ends.
func serving(lines *bufio.Scanner) string {
	for lines.Scan() {
		if rest, ok := strings.CutPrefix(lines.Text(), "pppdesk: serving "); ok {
			return strings.Fields(rest)[0]
		}
	}
	return ""
}

// TestKilledStartUpStartsAgain kills the real program with SIGKILL at moments spread over
// its start-up (connecting, migrating, loading the demo data), each time on the database the
// previous kill left, and then asserts that a normal start serves the full demo.
func TestKilledStartUpStartsAgain(t *testing.T) {
	// Serial, real time: it kills the binary at points spread over its measured start-up time.
	dir := t.TempDir()
	db := "sqlite:" + filepath.Join(dir, "kill.db")
	if storetest.DSN() != "" {
		_, db = storetest.Empty(t)
	}
	args := []string{"--demo", "--db", db, "--addr", "127.0.0.1:0", "--files", filepath.Join(dir, "files")}

	// How long one start takes here, on a scratch database of the same kind.
	probeDB := "sqlite:" + filepath.Join(dir, "probe.db")
	if storetest.DSN() != "" {
		_, probeDB = storetest.Empty(t)
	}
	began := time.Now()
	cmd, lines, stderr := child(t, "--demo", "--db", probeDB, "--addr", "127.0.0.1:0", "--files", filepath.Join(dir, "probe-files"))
	if serving(lines) == "" {
		_ = cmd.Wait()
		t.Fatalf("probe start failed: %s", stderr)
	}
	startUp := time.Since(began)
	_ = cmd.Process.Kill()
	_ = cmd.Wait()

	const kills = 10
	for i := range kills {
		cmd, lines, _ := child(t, args...)
		go func() {
			for lines.Scan() {
			}
		}()
		time.Sleep(startUp * time.Duration(i) / kills)
		_ = cmd.Process.Signal(syscall.SIGKILL)
		_ = cmd.Wait()
	}

	cmd, lines, stderr = child(t, args...)
	defer func() { _ = cmd.Process.Kill(); _ = cmd.Wait() }()
	url := serving(lines)
	if url == "" {
		_ = cmd.Wait()
		t.Fatalf("no normal start after %d kills during start-up: %s", kills, stderr)
	}
	servesDemo(t, url, "after the kills")
}
