package notify

import (
	"strings"
	"testing"
)

// A desk's template is wording, not a program: anything but text and plain fields is
// refused, so no template can loop or build a huge mail (one desk could otherwise spend
// the CPU and memory every municipality shares).
func TestCheckTemplateRefusesAnythingButFields(t *testing.T) {
	for _, tc := range []struct {
		text string
		ok   bool
	}{
		{"{{.Title}} を受け付けました（{{.Number}}）", true},
		{"plain text only", true},
		{"{{range 1000000}}{{range 1000000}}{{end}}{{end}}", false},
		{"{{range 100000000}}xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx{{end}}", false},
		{"{{if .Title}}x{{end}}", false},
		{"{{with .Title}}{{.}}{{end}}", false},
		{`{{define "x"}}y{{end}}{{template "x"}}`, false},
		{"{{printf \"%s\" .Title}}", false},
		{"{{.Title | html}}", false},
		{"{{$x := .Title}}{{$x}}", false},
		{"{{.}}", false},
		{"{{.Nope}}", false},
	} {
		err := CheckTemplate("body", tc.text)
		if (err == nil) != tc.ok {
			t.Errorf("%q: ok=%v, err=%v", tc.text, tc.ok, err)
		}
	}
	// Override uses the same check, so a template stored before this rule cannot run a loop.
	m := Message{Subject: "s", TextJA: "original\n", Template: "newProposal", Vars: TemplateData{Title: "T"}}
	got := Override(m, "件名 {{.Title}}", "{{range 1000000}}x{{end}}")
	if got.TextJA != "original\n" || strings.Contains(got.Subject, "件名") {
		t.Fatalf("a refused template must leave the mail in pppdesk's words: %+v", got)
	}
}
