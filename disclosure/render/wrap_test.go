package render

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// unitWidth measures a wide character as 2 and any other as 1, like a fixed-pitch layout.
func unitWidth(r rune) float64 {
	if wide(r) {
		return 2
	}
	return 1
}

// checkWrap holds for any text: the lines give the text back (no character lost or added),
// and no line is wider than the limit unless it is a single character or ends in spaces that
// hang in the margin.
func checkWrap(t *testing.T, s string, maxW float64) []string {
	t.Helper()
	lines := wrap(s, maxW, unitWidth)
	if got, want := strings.Join(lines, ""), strings.ReplaceAll(s, "\n", ""); got != want {
		t.Fatalf("wrap(%q) lost text: lines %q", s, lines)
	}
	if len(lines) < strings.Count(s, "\n")+1 {
		t.Fatalf("wrap(%q) dropped a line break: lines %q", s, lines)
	}
	for _, l := range lines {
		w := 0.0
		for _, r := range strings.TrimRight(l, " ") {
			w += unitWidth(r)
		}
		if w > maxW && utf8.RuneCountInString(strings.TrimRight(l, " ")) > 1 {
			t.Fatalf("wrap(%q, %v): line %q is %v wide", s, maxW, l, w)
		}
	}
	return lines
}

func TestWrap(t *testing.T) {
	cases := []struct {
		name string
		in   string
		maxW float64
		want []string
	}{
		{"fits", "短い文", 10, []string{"短い文"}},
		{"japanese breaks anywhere", "あいうえおかきくけこ", 8, []string{"あいうえ", "おかきく", "けこ"}},
		{"latin breaks at spaces", "open data for all", 10, []string{"open data ", "for all"}},
		{"an unbroken run breaks where the line is full", "abcdefghijkl", 5, []string{"abcde", "fghij", "kl"}},
		{"no line starts with 。", "あいう。えお", 6, []string{"あい", "う。え", "お"}},
		{"no line starts with a small kana", "あいうっぽん", 6, []string{"あい", "うっぽ", "ん"}},
		{"no line ends with an opening bracket", "あい「う」", 6, []string{"あい", "「う」"}},
		{"author's line breaks stay", "一\n\n二", 10, []string{"一", "", "二"}},
		{"empty", "", 10, []string{""}},
		{"narrower than one character", "漢字", 1, []string{"漢", "字"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := checkWrap(t, tc.in, tc.maxW)
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("wrap(%q, %v) = %q, want %q", tc.in, tc.maxW, got, tc.want)
			}
		})
	}
}

// FuzzWrap: whatever the text and width, wrapping loses nothing and overflows nowhere.
func FuzzWrap(f *testing.F) {
	for _, tc := range tricky {
		f.Add(clean(tc.text), 7.0)
	}
	f.Add("「」「」。。。ーーー", 1.0)
	f.Add("a b  c   d", 2.0)
	f.Fuzz(func(t *testing.T, s string, maxW float64) {
		if !utf8.ValidString(s) || maxW < 1 || maxW > 1000 {
			return
		}
		checkWrap(t, s, maxW)
	})
}
