package main

import (
	"os"
	"regexp"
	"strings"
	"testing"
)

// TestREADMEListsEveryFlag keeps the README's flag tables and the binary's flags in step: a
// flag added without a README row, or a row left behind for a removed flag, fails here.
func TestREADMEListsEveryFlag(t *testing.T) {
	t.Parallel()
	var help strings.Builder
	_, _ = parse([]string{"--help"}, func(string) string { return "" }, &help)
	flags := map[string]bool{}
	for _, m := range regexp.MustCompile(`(?m)^  -([a-z][a-z0-9-]*)`).FindAllStringSubmatch(help.String(), -1) {
		flags[m[1]] = true
	}
	if len(flags) < 20 {
		t.Fatalf("read only %d flags from --help:\n%s", len(flags), help.String())
	}
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	for f := range flags {
		if !strings.Contains(string(readme), "`--"+f) {
			t.Errorf("README has no row for --%s", f)
		}
	}
	// A blank line inside a table ends it: the rows after it render as a paragraph of pipes.
	lines := strings.Split(string(readme), "\n")
	for i, l := range lines {
		if strings.HasPrefix(l, "| `--") && (i == 0 || !strings.HasPrefix(lines[i-1], "|")) {
			t.Errorf("README line %d: the row of a flag follows a line that is not a table row: %q", i+1, l)
		}
	}
	// Rows of the README's tables start with the flag in backquotes.
	for _, m := range regexp.MustCompile("(?m)^\\| `--([a-z][a-z0-9-]*)").FindAllStringSubmatch(string(readme), -1) {
		if !flags[m[1]] {
			t.Errorf("README lists --%s, which the binary does not have", m[1])
		}
	}
}
