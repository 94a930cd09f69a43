package model

import (
	"strings"
	"testing"
)

// FuzzGlobalID: parsing any text never panics; an accepted ID names a positive row of a
// type and is the one canonical ID of that row (so two texts never name the same row); and
// every ID the server makes parses back to its row.
func FuzzGlobalID(f *testing.F) {
	f.Add("Q2FzZVN0dWR5OjE", "CaseStudy", int64(1))
	f.Add("Q2FzZVN0dWR5OjAx", "Proposal", int64(9223372036854775807))
	f.Add("@@@", "", int64(0))
	f.Add("", "User", int64(-5))
	f.Add("Q2FzZVN0dWR5Oi0x", "a:b", int64(3))
	f.Fuzz(func(t *testing.T, s, typ string, id int64) {
		if gt, gid, ok := ParseGlobalID(s); ok {
			if gid <= 0 || gt == "" || GlobalID(gt, gid) != s {
				t.Fatalf("%q parsed as %s %d", s, gt, gid)
			}
		}
		if id > 0 && typ != "" && !strings.Contains(typ, ":") {
			gt, gid, ok := ParseGlobalID(GlobalID(OwnerType(typ), id))
			if !ok || string(gt) != typ || gid != id {
				t.Fatalf("%s %d did not round-trip: %s %d %v", typ, id, gt, gid, ok)
			}
		}
	})
}

// FuzzText: the String scalar accepts exactly the text without control characters (tab,
// line feed and carriage return allowed), and refuses the rest as BAD_USER_INPUT.
func FuzzText(f *testing.F) {
	for _, s := range []string{"公民連携", "a\x00b", "tab\tand\nnewline\r", "\x7f", "\u0085", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, err := UnmarshalText(s)
		bad := strings.ContainsFunc(s, func(r rune) bool { return (r < 0x20 && r != '\t' && r != '\n' && r != '\r') || r == 0x7f })
		if bad != (err != nil) || (err == nil && got != s) {
			t.Fatalf("%q: %q %v", s, got, err)
		}
	})
}
