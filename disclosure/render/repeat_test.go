package render

import (
	"strconv"
	"strings"
	"testing"
	"unicode"
)

// show writes spans as text with each bar as [n], for comparing.
func show(spans []span) string {
	var b strings.Builder
	for _, s := range spans {
		if s.No > 0 {
			b.WriteString("[" + string(rune('0'+s.No)) + "]")
		} else {
			b.WriteString(s.Text)
		}
	}
	return b.String()
}

func TestBlackOut(t *testing.T) {
	for _, tc := range []struct {
		name   string
		values map[int]string
		text   string
		want   string
	}{
		{"verbatim", map[int]string{1: "佐々木 花子"}, "担当：佐々木 花子（営業部）", "担当：[1]（営業部）"},
		{"without the space", map[int]string{1: "佐々木 花子"}, "佐々木花子より", "[1]より"},
		{"full-width space", map[int]string{1: "佐々木 花子"}, "佐々木　花子", "[1]"},
		{"e-mail in any case", map[int]string{2: "hanako.sasaki@example.jp"}, "mail: Hanako.Sasaki@Example.JP.", "mail: [2]."},
		{"full-width e-mail", map[int]string{2: "hanako@example.jp"}, "ｈａｎａｋｏ＠ｅｘａｍｐｌｅ．ｊｐ まで", "[2] まで"},
		{"phone with hyphens", map[int]string{3: "017-734-9999"}, "TEL 017-734-9999", "TEL [3]"},
		{"phone without hyphens", map[int]string{3: "017-734-9999"}, "TEL 0177349999 まで", "TEL [3] まで"},
		{"hyphen-less value, hyphenated text", map[int]string{3: "0177349999"}, "電話017-734-9999", "電話[3]"},
		{"full-width phone", map[int]string{3: "017-734-9999"}, "電話：０１７－７３４－９９９９", "電話：[3]"},
		{"parentheses and ー", map[int]string{3: "017-734-9999"}, "017(734)9999 / 017ー734ー9999", "[3] / [3]"},
		{"international form", map[int]string{3: "017-734-9999"}, "+81 17-734-9999", "+[3]"},
		{"amount with commas", map[int]string{4: "12000000"}, "総額12,000,000円", "総額[4]円"},
		{"longer value wins", map[int]string{1: "hanako", 2: "hanako@example.jp"}, "hanako@example.jp / hanako", "[2] / [1]"},
		{"one character is not sought", map[int]string{1: "森"}, "青森市", "青森市"},
		{"other text stays", map[int]string{1: "佐々木 花子"}, "佐々木 次郎", "佐々木 次郎"},
		{"every occurrence", map[int]string{1: "山田"}, "山田、山田、田山", "[1]、[1]、田山"},

		// Written forms only a normalisation of the whole text finds (issue 14 review).
		{"half-width kana, voicing marks apart", map[int]string{1: "ヤマダ タロウ"}, "担当ﾔﾏﾀﾞ ﾀﾛｳです", "担当[1]です"},
		{"half-width value, full-width text", map[int]string{1: "ﾔﾏﾀﾞ ﾀﾛｳ"}, "ヤマダタロウ様", "[1]様"},
		{"decomposed kana (macOS)", map[int]string{1: "ヤマダ タロウ"}, "ヤマタ\u3099 タロウ様", "[1]様"},
		{"decomposed value", map[int]string{1: "ヤマタ\u3099"}, "ヤマダ様", "[1]様"},
		{"zero-width space", map[int]string{1: "山田 太郎"}, "山田\u200b太郎より", "[1]より"},
		{"soft hyphen", map[int]string{1: "山田太郎"}, "山田\u00ad太郎", "[1]"},
		{"format characters in digits", map[int]string{3: "017-734-9999"}, "017\u200b734\u20609999。", "[3]。"},
		{"format character in the value", map[int]string{1: "山田\u200b太郎"}, "山田太郎", "[1]"},

		// The second review of issue 14: annotated values, invisible marks, lists, notations.
		{"phone with an extension note", map[int]string{3: "017-734-9999（内線123）"}, "署名 017-734-9999 山田", "署名 [3] 山田"},
		{"phone with a label", map[int]string{3: "TEL 017-734-9999"}, "電話 0177349999", "電話 [3]"},
		{"two numbers in one field", map[int]string{3: "017-734-9999 / 090-1234-5678"}, "携帯 090-1234-5678", "携帯 [3]"},
		{"address inside a name field", map[int]string{2: "山田太郎 <taro@example.jp>"}, "連絡は taro@example.jp へ", "連絡は [2] へ"},
		{"a year inside a value is not sought alone", map[int]string{1: "2026年度 事業計画"}, "2026年度の予算", "2026年度の予算"},
		{"variation selector in the text", map[int]string{1: "葛城太郎"}, "葛󠄀城太郎様", "[1]様"},
		{"variation selector in the value", map[int]string{1: "葛󠄀城太郎"}, "葛城太郎様", "[1]様"},
		{"Hangul filler", map[int]string{1: "山田太郎"}, "山田ㅤ太郎", "[1]"},
		{"combining grapheme joiner", map[int]string{1: "山田太郎"}, "山田͏太郎", "[1]"},
		{"phones in a comma list", map[int]string{3: "017-734-9999"}, "017-734-9999,090-1111-2222", "[3],090-1111-2222"},
		{"full-width comma list", map[int]string{3: "017-734-9999"}, "090-1111-2222，017-734-9999", "090-1111-2222，[3]"},
		{"amount with decimals", map[int]string{4: "12000000"}, "12,000,000.00円", "[4].00円"},
		{"a different amount with decimals", map[int]string{4: "12000000"}, "12,000,000.50円", "12,000,000.50円"},
		{"nakaguro separators", map[int]string{3: "017-734-9999"}, "017・734・9999 / 017･734･9999", "[3] / [3]"},
		{"tilde and colon separators", map[int]string{3: "017-734-9999"}, "017〜734:9999", "[3]"},
		{"international value, domestic text", map[int]string{3: "+81 17-734-9999"}, "電話 017-734-9999", "電話 [3]"},
		{"international value with (0)", map[int]string{3: "+81 (0)17-734-9999"}, "電話 017-734-9999", "電話 [3]"},
		{"hiragana text, katakana value", map[int]string{1: "ヤマダ タロウ"}, "やまだ たろう様", "[1]様"},

		// Digits: four or more, never part of another number.
		{"two digits are not sought", map[int]string{1: "12"}, "2026年12月", "2026年12月"},
		{"three digits are not sought", map[int]string{1: "1-2-3"}, "1-2-3 と 123", "1-2-3 と 123"},
		{"four digits are", map[int]string{5: "2026"}, "令和8年は2026年", "令和8年は[5]年"},
		{"inside a telephone number", map[int]string{6: "1234567"}, "携帯 090-1234-5678", "携帯 090-1234-5678"},
		{"a digit before", map[int]string{6: "1234567"}, "81234567円", "81234567円"},
		{"a digit after", map[int]string{6: "1234567"}, "12345678円", "12345678円"},
		{"inside a larger amount", map[int]string{4: "12000000"}, "12,000,000,000円", "12,000,000,000円"},
		{"before a decimal", map[int]string{4: "1234"}, "1234.5m と 1234m。", "1234.5m と [4]m。"},
		{"the amount itself", map[int]string{6: "1234567"}, "費用は1,234,567円。", "費用は[6]円。"},
		{"letters around digits", map[int]string{3: "0177349999"}, "TEL0177349999まで", "TEL[3]まで"},

		// Short values: a name from two characters, an ASCII value from four, whole words.
		{"short ASCII is not sought", map[int]string{1: "abc"}, "ABC株式会社", "ABC株式会社"},
		{"four ASCII characters are", map[int]string{1: "ABCD"}, "abcd社", "[1]社"},
		{"ASCII inside a word", map[int]string{1: "Sato"}, "Satoshi / sato様", "Satoshi / [1]様"},
		{"punctuation is not sought", map[int]string{1: "----"}, "----", "----"},
		{"two-character surname", map[int]string{1: "佐藤"}, "佐藤です", "[1]です"},

		// Long values are paragraphs, not identifiers: not sought past maxRepeat.
		{"value at the limit", map[int]string{1: strings.Repeat("あい", maxRepeat/2)}, "「" + strings.Repeat("あい", maxRepeat/2) + "」", "「[1]」"},
		{"value past the limit", map[int]string{1: strings.Repeat("あい", maxRepeat/2) + "う"}, strings.Repeat("あい", maxRepeat/2) + "う", strings.Repeat("あい", maxRepeat/2) + "う"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var ns []needle
			for no, v := range tc.values {
				ns = append(ns, needlesOf(v, no)...)
			}
			sortNeedles(ns)
			if got := show(blackOut(tc.text, ns)); got != tc.want {
				t.Errorf("blackOut(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

// repeatsCopy is a copy whose disclosed parts repeat the withheld contact values in other
// forms, and whose withheld file is sought by its name only.
func repeatsCopy() Document {
	return Document{
		Title: "提案書 開示用写し", Reference: "R-1", Municipality: "青森市",
		Sections: []Section{
			{Heading: "提案者", Parts: []Part{
				{Label: "氏名", Text: "佐々木 花子", Withheld: true, Ground: "個人情報", Reason: "佐々木花子氏の申出による"},
				{Label: "メール", Text: "hanako.sasaki@example.jp", Withheld: true, Ground: "個人情報", Reason: "個人"},
				{Label: "電話", Text: "017-734-9999", Withheld: true, Ground: "個人情報", Reason: "個人"},
				{Label: "添付", Text: "見積書_佐藤一郎.pdf（application/pdf、10 バイト）", Values: []string{"見積書_佐藤一郎.pdf"}, Withheld: true, Ground: "個人情報", Reason: "個人"},
				{Label: "回答", Text: "はい", Values: []string{}, Withheld: true, Ground: "その他", Reason: "審議"},
				{Label: "フリガナ", Text: "ササキ ハナコ", Withheld: true, Ground: "個人情報", Reason: "個人"},
			}},
			{Heading: "提案内容", Parts: []Part{
				{Label: "内容", Text: "除雪車の位置情報を公開します。はい、確かに。\n詳細は見積書_佐藤一郎.pdfのとおり。\n--\n佐々木花子\nHANAKO.SASAKI@EXAMPLE.JP\n０１７－７３４－９９９９ / 0177349999\nｻｻｷ ﾊﾅｺ / 佐々木\u200b花子 / 佐々木\u00ad花子 / 017\u2060734\u20609999"},
			}},
		},
	}
}

// TestRepeatedWithheldValues: withheld values repeated in disclosed text, in other forms,
// are neither in the HTML nor in the PDF; the bars that replace them carry the numbers of the
// parts they repeat, and the rest of the text is there.
func TestRepeatedWithheldValues(t *testing.T) {
	d := repeatsCopy()
	forms := []string{"佐々木花子", "佐々木 花子", "hanako.sasaki", "HANAKO.SASAKI", "017-734-9999", "0177349999", "０１７－７３４－９９９９", "佐藤一郎",
		"ｻｻｷ ﾊﾅｺ", "ササキハナコ"}

	page := string(renderHTML(t, d))
	ht := htmlText(t, []byte(page))
	for _, f := range forms {
		// Compared without format characters: a reader does not see a zero-width space.
		if strings.Contains(withoutCf(ht), f) || strings.Contains(withoutCf(page), f) {
			t.Errorf("the HTML shows %q", f)
		}
	}
	for _, want := range []string{"除雪車の位置情報を公開します。はい、確かに。", "詳細は", "のとおり。", `<a href="#withheld-1">不開示（1）</a>`, `<a href="#withheld-2">不開示（2）</a>`, `<a href="#withheld-3">不開示（3）</a>`, `<a href="#withheld-4">不開示（4）</a>`, `<dd class="reason"><span class="bar bar-inline"><a href="#withheld-1">不開示（1）</a></span>氏の申出による</dd>`} {
		if !strings.Contains(page, want) {
			t.Errorf("the HTML lacks %q", want)
		}
	}
	// The control: with nothing withheld every form is there, so the checks can fail.
	open := revealed(d)
	if ht := htmlText(t, renderHTML(t, open)); !strings.Contains(ht, "０１７－７３４－９９９９") || !strings.Contains(ht, "佐々木花子") {
		t.Fatal("control: the open copy lacks the repeated values")
	}

	needFont(t)
	needPoppler(t)
	pdf := renderPDF(t, d)
	text := pdfText(t, pdf)
	for _, f := range forms {
		if strings.Contains(squash(text), squash(f)) {
			t.Errorf("the PDF shows %q", f)
		}
	}
	if l := byteLeaks(pdfBytes(t, pdf), []string{"佐々木花子", "佐藤一郎", "0177349999", "hanako.sasaki", "HANAKO.SASAKI"}); len(l) > 0 {
		t.Errorf("the PDF's bytes contain %q", l)
	}
	if squash(text) != withoutCf(squash(text)) {
		t.Error("the PDF's text has format characters")
	}
	for _, want := range []string{"除雪車の位置情報を公開します。はい、確かに。", "詳細は不開示（4）のとおり。", "不開示（1）", "不開示（2）", "不開示（3）/不開示（3）", "理由：不開示（1）氏の申出による",
		"不開示（6）/不開示（1）/不開示（1）/不開示（3）"} {
		if !strings.Contains(squash(text), want) {
			t.Errorf("the PDF lacks %q", want)
		}
	}
	if open := pdfText(t, renderPDF(t, open)); !strings.Contains(squash(open), "佐々木花子") {
		t.Fatal("control: the open PDF lacks the repeated name")
	}
}

// withoutCf drops format characters (unicode.Cf) from s.
func withoutCf(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.Is(unicode.Cf, r) {
			return -1
		}
		return r
	}, s)
}

// manyValues are 200 withheld values sharing a long prefix with a 50 000-character text that
// repeats every twentieth of them: the case a naive search pays most for.
func manyValues() ([]needle, string, string) {
	var ns []needle
	var text, rest strings.Builder
	filler := strings.Repeat("あ", 25000/10)
	for i := 0; i < 200; i++ {
		v := strings.Repeat("あ", 150) + "ア" + strconv.Itoa(1000+i)
		ns = append(ns, needlesOf(v, 1+i%9)...)
		if i%20 == 0 {
			text.WriteString(filler + "。" + v + "。")
			rest.WriteString(filler + "。。")
		}
	}
	tail := strings.Repeat("電話 0177349999 ", 2000)
	text.WriteString(tail)
	rest.WriteString(tail)
	sortNeedles(ns)
	return ns, text.String(), rest.String()
}

// TestBlackOutManyValues: with many long values, each repetition is found once and nothing
// else is touched.
func TestBlackOutManyValues(t *testing.T) {
	ns, text, rest := manyValues()
	if len(ns) != 200 || len([]rune(text)) < 50000 {
		t.Fatalf("fixture: %d values, %d characters", len(ns), len([]rune(text)))
	}
	bars := 0
	var kept strings.Builder
	for _, s := range blackOut(text, ns) {
		if s.No > 0 {
			bars++
		}
		kept.WriteString(s.Text)
	}
	if bars != 10 || kept.String() != rest {
		t.Errorf("%d bars, want 10; the rest of the text kept: %v", bars, kept.String() == rest)
	}
}

// BenchmarkBlackOut: many withheld values against a long disclosed text (the issue 14 review
// found the cost growing with values × text × value length).
func BenchmarkBlackOut(b *testing.B) {
	ns, text, _ := manyValues()
	ns = append(ns, needlesOf("017-734-9999", 9)...)
	sortNeedles(ns)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		blackOut(text, ns)
	}
}

// FuzzBlackOut: any text and value (cleaned, as redact passes them) are split without a
// panic into the text's own pieces, in order, with bars between them.
func FuzzBlackOut(f *testing.F) {
	for _, s := range [][2]string{{"担当ﾔﾏﾀﾞ ﾀﾛｳです", "ヤマダ タロウ"}, {"山田\u200b太郎", "山田太郎"}, {"090-1234-5678", "1234567"},
		{"12,000,000,000円", "12000000"}, {"\xff㍻\u3099ﾞ", "平成"}, {"İstanbul", "istanbul"}, {"a\u0301\u0301\u0301b", "ab"}} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, text, value string) {
		text = clean(text)
		spans := blackOut(text, needlesOf(clean(value), 1))
		rest := []rune(text)
		for k, s := range spans {
			if s.No > 0 {
				if k > 0 && spans[k-1].No > 0 {
					t.Fatalf("two bars in a row: %#v", spans)
				}
				continue
			}
			if s.Text == "" {
				t.Fatalf("an empty piece: %#v", spans)
			}
			i := strings.Index(string(rest), s.Text)
			if i < 0 || k == 0 && i != 0 {
				t.Fatalf("piece %q out of place in %q: %#v", s.Text, text, spans)
			}
			rest = []rune(string(rest)[i+len(s.Text):])
		}
	})
}
