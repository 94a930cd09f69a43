package main

import (
	"io"
	"runtime/debug"
	"testing"
)

// TestMemoryLimit checks the flag's parsing and that the limit reaches the runtime unless
// GOMEMLIMIT was given. Not parallel: the runtime's limit is process-wide.
func TestMemoryLimit(t *testing.T) {
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(-1))
	env := func(vals map[string]string) func(string) string {
		return func(k string) string {
			if k == "PPPDESK_SECRET" {
				return "0123456789abcdef0123456789abcdef"
			}
			return vals[k]
		}
	}
	o, err := parse(nil, env(nil), io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	if o.memoryLimitBytes != 48<<20 {
		t.Fatalf("default limit %d, want 48MiB", o.memoryLimitBytes)
	}
	if got := applyMemoryLimit(o.memoryLimitBytes, env(nil)); got != 48<<20 || debug.SetMemoryLimit(-1) != 48<<20 {
		t.Fatalf("limit not applied: %d", got)
	}
	debug.SetMemoryLimit(1 << 40)
	if got := applyMemoryLimit(64<<20, env(map[string]string{"GOMEMLIMIT": "1TiB"})); got != 1<<40 {
		t.Fatalf("GOMEMLIMIT must win, got %d", got)
	}
	for _, bad := range []string{"lots", "1MiB", "0"} {
		if _, err := parse([]string{"--memory-limit", bad}, env(nil), io.Discard); err == nil {
			t.Errorf("--memory-limit %s accepted", bad)
		}
	}
	if o, err := parse([]string{"--memory-limit", "-1"}, env(nil), io.Discard); err != nil || o.memoryLimitBytes != -1 {
		t.Fatalf("-1: %v %d", err, o.memoryLimitBytes)
	}
}
