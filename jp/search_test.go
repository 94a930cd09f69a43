package jp

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestSearchKey: the ways one word is commonly typed meet, and different words stay apart.
func TestSearchKey(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"ＡＩ", "ai"},
		{"AI", "ai"},
		{"ai", "ai"},
		{"ﾒﾙｶﾘ", "めるかり"},
		{"メルカリ", "めるかり"},
		{"めるかり", "めるかり"},
		{"ｶﾞｲﾄﾞ", "がいど"},
		{"ヴァイオリン", "ゔぁいおりん"},
		{"ヵヶ", "ゕゖ"},
		{"ヽヾ", "ゝゞ"},
		{"ヷ", "ヷ"},
		{"実証実験", "実証実験"},
		{"２０２４年度", "2024年度"},
		{"㈱テスト", "(株)てすと"},
		{"Straße", "strasse"},
		{"メール", "めーる"},
		{"ﾒｰﾙ", "めーる"},
		{"メ-ル", "めーる"},
		{"メ－ル", "めーる"},
		{"メ―ル", "めーる"},
		{"AI-2", "ai-2"},
		{"- メール", "- めーる"},
		{"メ -ル", "め -る"},
		{"  実証\u3000実験\t\n ＡＩ  ", "実証 実験 ai"},
		{"", ""},
		{" \u3000\t", ""},
		{"100%", "100%"},
		{"a_b", "a_b"},
		{"\xff", "\uFFFD"},
	} {
		if got := SearchKey(c.in); got != c.want {
			t.Errorf("SearchKey(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestSearchKeyKeepsWordsApart: folding must not make unrelated words equal.
func TestSearchKeyKeepsWordsApart(t *testing.T) {
	for _, p := range [][2]string{{"かき", "がき"}, {"ハ", "パ"}, {"実証", "実施"}, {"ai", "al"}, {"めーる", "める"}} {
		if SearchKey(p[0]) == SearchKey(p[1]) {
			t.Errorf("%q and %q meet: %q", p[0], p[1], SearchKey(p[0]))
		}
	}
}

// FuzzSearchKey: the key of a key is itself, always valid UTF-8, with no space at either end
// and no two spaces in a row, and no katakana letter that has a hiragana one.
func FuzzSearchKey(f *testing.F) {
	for _, s := range []string{"ＡＩ", "ﾒﾙｶﾘ", "メ-ル", "ｶﾞ", "ウ゛", "゛", "Straße", "ǅ", "ΐ", "\u0345", "ｰｰ", "ー-", "\xff\xfe", "ﾞﾞ", "㍿", " a  b ", "ヷ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k := SearchKey(s)
		if !utf8.ValidString(k) {
			t.Fatalf("SearchKey(%q) = %q is not UTF-8", s, k)
		}
		if again := SearchKey(k); again != k {
			t.Fatalf("not idempotent: SearchKey(%q) = %q, SearchKey of that = %q", s, k, again)
		}
		if k != strings.TrimSpace(k) || strings.Contains(k, "  ") {
			t.Fatalf("SearchKey(%q) = %q has stray spaces", s, k)
		}
		for _, r := range k {
			if r >= 'ァ' && r <= 'ヶ' {
				t.Fatalf("SearchKey(%q) = %q keeps katakana %q", s, k, r)
			}
		}
	})
}
