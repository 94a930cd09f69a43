package render

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"golang.org/x/net/html"
)

// proposalCopy is a proposal's disclosure copy with personal data and protected business
// information withheld; no four characters of a withheld text occur in what is disclosed.
func proposalCopy() Document {
	return Document{
		Title:        "提案書 開示用写し",
		Reference:    "青情公第2026-0042号",
		Municipality: "青森市",
		ProducedAt:   time.Date(2026, 11, 30, 16, 30, 0, 0, time.UTC), // 12月1日 in Tokyo
		Sections: []Section{
			{Heading: "提案者", Parts: []Part{
				{Label: "事業者名", Text: "株式会社みちのくモビリティ"},
				{Label: "担当者氏名", Text: "佐々木 花子", Withheld: true,
					Ground: "個人情報（条例第7条第2号）", Reason: "特定の個人を識別できる情報のため"},
				{Label: "担当者の連絡先", Text: "電話 017-734-9999 / hanako.sasaki@example.jp\n青森県青森市新町二丁目4番1号", Withheld: true,
					Ground: "個人情報（条例第7条第2号）", Reason: "特定の個人を識別できる情報のため"},
			}},
			{Heading: "提案内容", Parts: []Part{
				{Label: "提案の名称", Text: "冬期の除雪車位置情報をオープンデータとして公開する実証実験"},
				{Label: "提案の概要", Text: "市が運行する除雪車にGPS端末を搭載し、位置情報を五分ごとに公開します。市民は地図で除雪の進み具合を確認できます。"},
				{Label: "概算費用の内訳", Text: "端末単価一台あたり一万八千円、通信費月額九百八十円、保守契約は年間三十二万円を想定", Withheld: true,
					Ground: "法人等の正当な利益（条例第7条第3号）", Reason: "原価構成が公になると競争上の地位が害されるおそれ"},
				{Label: "独自技術", Text: strings.Repeat("積雪深推定アルゴリズムは車載カメラ画像から路面の残雪量を推定し、", 12), Withheld: true,
					Ground: "法人等の正当な利益（条例第7条第3号）", Reason: "ノウハウに当たり公にすると事業者の権利を害するため"},
			}},
		},
	}
}

// disclosedTexts are the strings of d a reader must find in the copy.
func disclosedTexts(d Document) []string {
	out := []string{d.Title, d.Reference, d.Municipality, ListHeading}
	for _, s := range d.Sections {
		out = append(out, s.Heading)
		for _, p := range s.Parts {
			out = append(out, p.Label)
			if p.Withheld {
				out = append(out, p.Ground, p.Reason)
			} else {
				out = append(out, p.Text)
			}
		}
	}
	return out
}

// TestCopyWithholds is the check: the PDF (decoded by pdftotext, with pdfinfo's
// metadata, and every stream inflated) and the HTML (parsed: text and attributes) of a
// proposal's copy contain every disclosed text and no four characters of a withheld one. The
// controls prove the checks can fail: the same document with nothing withheld shows every
// needle, and the fixture's disclosed strings contain none.
func TestCopyWithholds(t *testing.T) {
	needFont(t)
	needPoppler(t)
	d := proposalCopy()
	withheld := withheldTexts(d)

	// The fixture is sound: nothing disclosed or fixed in the layout contains a needle.
	if l := leaks(pdfText(t, renderPDF(t, blanked(d))), withheld); len(l) > 0 {
		t.Fatalf("fixture: the copy without any withheld text already contains %q", l)
	}
	if l := leaks(htmlText(t, renderHTML(t, blanked(d))), withheld); len(l) > 0 {
		t.Fatalf("fixture: the HTML without any withheld text already contains %q", l)
	}
	// The checks see text when it is there.
	open := revealed(d)
	for name, s := range map[string]string{
		"pdftotext": pdfText(t, renderPDF(t, open)),
		"html":      htmlText(t, renderHTML(t, open)),
	} {
		for _, w := range withheld {
			if l := leaks(s, []string{w}); len(l) != len(needles(w)) {
				t.Fatalf("control (%s): the copy with nothing withheld shows %d of %d needles of %q", name, len(l), len(needles(w)), w)
			}
		}
	}
	if l := byteLeaks(pdfBytes(t, renderPDF(t, open)), withheld); len(l) == 0 {
		t.Fatal("control: the inflated PDF with nothing withheld has no needle in UTF-16BE: the byte check is blind")
	}

	pdf := renderPDF(t, d)
	text := pdfText(t, pdf)
	if l := leaks(text, withheld); len(l) > 0 {
		t.Errorf("pdftotext/pdfinfo show withheld text: %q", l)
	}
	if l := byteLeaks(pdfBytes(t, pdf), withheld); len(l) > 0 {
		t.Errorf("the PDF's bytes contain withheld text: %q", l)
	}
	for _, s := range disclosedTexts(d) {
		if !strings.Contains(squash(text), squash(s)) {
			t.Errorf("the PDF lacks disclosed text %q", s)
		}
	}
	for _, want := range []string{"令和8年12月1日", "不開示（1）", "不開示（4）", "（3）概算費用の内訳（提案内容）"} {
		if !strings.Contains(squash(text), want) {
			t.Errorf("the PDF lacks %q", want)
		}
	}

	page := renderHTML(t, d)
	ht := htmlText(t, page)
	if l := leaks(ht, withheld); len(l) > 0 {
		t.Errorf("the HTML shows withheld text: %q", l)
	}
	if l := byteLeaks(page, withheld); len(l) > 0 {
		t.Errorf("the HTML's bytes contain withheld text: %q", l)
	}
	for _, s := range disclosedTexts(d) {
		if !strings.Contains(squash(ht), squash(s)) {
			t.Errorf("the HTML lacks disclosed text %q", s)
		}
	}
}

// TestCopyDoesNotDependOnWithheldText: two documents that differ only in the withheld texts,
// within one length bucket, give byte-identical files — so nothing of those texts (not their
// characters, not their glyphs in the font subset, not their exact length) is in either file.
func TestCopyDoesNotDependOnWithheldText(t *testing.T) {
	needFont(t)
	a, b := proposalCopy(), proposalCopy()
	b.Sections[0].Parts[1].Text = "X"                              // 1 rune, bucket 1 like 6
	b.Sections[0].Parts[2].Text = strings.Repeat("山", shortLimit)  // still the short bucket
	b.Sections[1].Parts[2].Text = ""                               // empty: the short bucket
	b.Sections[1].Parts[3].Text = strings.Repeat("😀", mediumLimit) // 1,000 emoji: the medium bucket like the 384 runes it replaces
	if !bytes.Equal(renderPDF(t, a), renderPDF(t, b)) {
		t.Error("the PDF differs when only withheld texts change within their buckets")
	}
	if !bytes.Equal(renderHTML(t, a), renderHTML(t, b)) {
		t.Error("the HTML differs when only withheld texts change within their buckets")
	}
	// The check can fail: changing a disclosed text changes both files.
	b.Sections[0].Parts[0].Text += "（変更）"
	if bytes.Equal(renderPDF(t, a), renderPDF(t, b)) || bytes.Equal(renderHTML(t, a), renderHTML(t, b)) {
		t.Error("control: a changed disclosed text left the files identical")
	}
}

// barRE finds the filled rectangles in a content stream: "x y w h re f".
var barRE = regexp.MustCompile(`[-\d.]+ [-\d.]+ ([-\d.]+) ([-\d.]+) re f`)

// TestBarsAreBucketed: each withheld part is one black filled rectangle the full text width,
// whose height is one of three buckets of its text's length, never the text's own length; the
// HTML bar carries the same bucket class and nothing but its number.
func TestBarsAreBucketed(t *testing.T) {
	needFont(t)
	lengths := []int{0, 1, 7, shortLimit, shortLimit + 1, mediumLimit, mediumLimit + 1, 20 * mediumLimit}
	want := []int{1, 1, 1, 1, 3, 3, 6, 6}
	d := Document{Title: "バーの高さ", Sections: []Section{{Heading: "区分"}}}
	for i, n := range lengths {
		d.Sections[0].Parts = append(d.Sections[0].Parts, Part{
			Label: "項目" + strconv.Itoa(i), Text: strings.Repeat("秘", n), Withheld: true, Ground: "個人情報", Reason: "理由",
		})
	}
	content := string(pdfBytes(t, renderPDF(t, d)))
	if !strings.Contains(content, " 0.000 0.000 0.000 rg") && !strings.Contains(content, "0.000 g") {
		t.Error("no black fill colour set for the bars")
	}
	bars := barRE.FindAllStringSubmatch(content, -1)
	if len(bars) != len(lengths) {
		t.Fatalf("%d filled rectangles, want one per withheld part (%d)", len(bars), len(lengths))
	}
	unit := lineHeight * 72 / 25.4 // one text line in points
	textW := (210 - 2*margin) * 72 / 25.4
	for i, m := range bars {
		w, _ := strconv.ParseFloat(m[1], 64)
		h, _ := strconv.ParseFloat(m[2], 64)
		if h < 0 {
			h = -h // the writer draws downwards from the top left corner
		}
		if lines := h / unit; lines < float64(want[i])-0.01 || lines > float64(want[i])+0.01 {
			t.Errorf("bar %d (%d runes): %.2f lines high, want %d", i+1, lengths[i], lines, want[i])
		}
		if w < textW-0.1 || w > textW+0.1 {
			t.Errorf("bar %d: %.2fpt wide, want the text width %.2fpt", i+1, w, textW)
		}
	}

	root, err := html.Parse(bytes.NewReader(renderHTML(t, d)))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			for _, a := range n.Attr {
				if a.Key == "class" && strings.HasPrefix(a.Val, "bar ") {
					got = append(got, a.Val)
					var text strings.Builder
					var inner func(*html.Node)
					inner = func(c *html.Node) {
						if c.Type == html.TextNode {
							text.WriteString(c.Data)
						}
						for k := c.FirstChild; k != nil; k = k.NextSibling {
							inner(k)
						}
					}
					inner(n)
					if want := fmt.Sprintf("%s（%d）", WithheldMark, len(got)); text.String() != want {
						t.Errorf("HTML bar %d says %q, want %q", len(got), text.String(), want)
					}
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	if len(got) != len(want) {
		t.Fatalf("HTML has %d bars, want %d", len(got), len(want))
	}
	for i, cls := range got {
		if wantCls := fmt.Sprintf("bar bar-%d", want[i]); cls != wantCls {
			t.Errorf("HTML bar %d: class %q, want %q", i+1, cls, wantCls)
		}
	}
}

// tricky are texts that break naive writers: markup, PDF string syntax, long unbroken runs,
// emoji (not in the font), half-width kana, control characters and invalid UTF-8.
var tricky = []struct {
	name, text string
}{
	{"markup", `<script>alert("漏洩")</script><img src=x onerror=alert(1)> & &amp; ' "`},
	{"pdf syntax", `) Tj ET BT (注入) Tj \\ \( <FEFF0041> /Type /Page`},
	{"long unbroken ascii", strings.Repeat("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 60)},
	{"long unbroken kana", strings.Repeat("アイウエオカキクケコサシスセソタチツテト", 40)},
	{"url", "https://example.jp/" + strings.Repeat("very-long-path-segment/", 20) + "?q=1&r=2"},
	{"emoji", "連絡はこちらへ😀👩‍💻✉️🇯🇵 よろしく👍🏽"},
	{"half-width kana", "ﾔﾏﾀﾞ ﾀﾛｳ ｶﾌﾞｼｷｶﾞｲｼｬ ｱｵﾓﾘｼ｡｢ﾃｽﾄ｣"},
	{"controls and bad utf-8", "一行目\r\n二行目\tタブ\x00ヌル\x1b[31m赤\xff\xfe終わり"},
	{"kinsoku", strings.Repeat("「括弧」、句読点。ー長音ッ促音ャ拗音！？", 30)},
	{"surrogate-plane kanji", "𠮷野さんと𩸽（ほっけ）"},
}

// TestTrickyTexts renders each tricky text disclosed and withheld: disclosed, the HTML shows it
// exactly (after the documented clean-up) and the PDF shows it with the characters the font
// lacks as 〓; withheld, neither file contains four characters of it; and no PDF word lies
// outside the text area.
func TestTrickyTexts(t *testing.T) {
	needFont(t)
	needPoppler(t)
	fontPath, _ := FindFont()
	f, err := loadFont(fontPath)
	if err != nil {
		t.Fatal(err)
	}
	c := &coverer{f: f}
	for _, tc := range tricky {
		t.Run(tc.name, func(t *testing.T) {
			d := Document{Title: "試験", Reference: "R-1", Municipality: "青森市", ProducedAt: time.Date(2026, 1, 5, 0, 0, 0, 0, time.UTC),
				Sections: []Section{{Heading: "見出し", Parts: []Part{
					{Label: "開示", Text: tc.text},
				}}}}
			pdf := renderPDF(t, d)
			text := pdfText(t, pdf)
			if want := squash(c.drawable(clean(tc.text))); !strings.Contains(squash(text), want) {
				t.Errorf("the PDF lacks the disclosed text\nwant %q\ngot  %q", want, squash(text))
			}
			checkInsideTextArea(t, pdf)
			ht := htmlText(t, renderHTML(t, d))
			if want := squash(clean(tc.text)); !strings.Contains(squash(ht), want) {
				t.Errorf("the HTML lacks the disclosed text %q", want)
			}

			w := d
			w.Sections = []Section{{Heading: "見出し", Parts: []Part{
				{Label: "開示", Text: "公開される本文"},
				{Label: "不開示", Text: tc.text, Withheld: true, Ground: "個人情報", Reason: "識別できるため"},
			}}}
			withheld := []string{clean(tc.text), tc.text}
			// A needle the copy without the withheld text already contains (PDF syntax such
			// as "/Type", pdfinfo's "JavaScript") proves nothing; every other one must be
			// absent, and most must stay checkable.
			ctlPDF, ctlHTML := renderPDF(t, blanked(w)), renderHTML(t, blanked(w))
			pdf = renderPDF(t, w)
			page := renderHTML(t, w)
			for _, chk := range []struct {
				what         string
				got, control string
				search       func(string, []string) []string
			}{
				{"pdftotext/pdfinfo", pdfText(t, pdf), pdfText(t, ctlPDF), leaks},
				{"PDF bytes", string(pdfBytes(t, pdf)), string(pdfBytes(t, ctlPDF)), byteLeaksString},
				{"parsed HTML", htmlText(t, page), htmlText(t, ctlHTML), leaks},
				{"HTML bytes", string(page), string(ctlHTML), byteLeaksString},
			} {
				known := map[string]bool{}
				for _, n := range chk.search(chk.control, withheld) {
					known[n] = true
				}
				if total := len(needles(withheld[0])) + len(needles(withheld[1])); len(known)*2 > total {
					t.Fatalf("%s: %d of %d needles occur without the withheld text; the case checks nothing", chk.what, len(known), total)
				}
				for _, n := range chk.search(chk.got, withheld) {
					if !known[n] {
						t.Errorf("%s contain withheld text %q", chk.what, n)
						break
					}
				}
			}
		})
	}
}

var wordRE = regexp.MustCompile(`<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">`)

// checkInsideTextArea fails when pdftotext places a word outside the page's text area (plus
// the footer in the bottom margin): long text must wrap, never run off the page.
func checkInsideTextArea(t *testing.T, pdf []byte) {
	t.Helper()
	const mm = 72 / 25.4
	left, right := margin*mm-1, (210-margin)*mm+1
	top, bottom := margin*mm-1, 297*mm-margin*mm/2
	words := wordRE.FindAllStringSubmatch(poppler(t, pdf, "pdftotext", "-bbox"), -1)
	if len(words) == 0 {
		t.Fatal("pdftotext -bbox found no words")
	}
	for _, m := range words {
		x0, _ := strconv.ParseFloat(m[1], 64)
		y0, _ := strconv.ParseFloat(m[2], 64)
		x1, _ := strconv.ParseFloat(m[3], 64)
		y1, _ := strconv.ParseFloat(m[4], 64)
		if x0 < left || x1 > right || y0 < top || y1 > bottom {
			t.Errorf("a word lies outside the text area: x %.1f–%.1f, y %.1f–%.1f (area x %.1f–%.1f, y %.1f–%.1f)", x0, x1, y0, y1, left, right, top, bottom)
			return
		}
	}
}

// TestLongCopyPages: a copy longer than a page breaks across pages, every page has "n / N" and
// the request's reference number, every paragraph survives whole, and nothing leaves the text
// area.
func TestLongCopyPages(t *testing.T) {
	needFont(t)
	needPoppler(t)
	d := Document{Title: "長い提案書", Reference: "青情第7号", Municipality: "青森市", ProducedAt: time.Now()}
	for s := 0; s < 6; s++ {
		sec := Section{Heading: "第" + strconv.Itoa(s+1) + "章"}
		for p := 0; p < 8; p++ {
			sec.Parts = append(sec.Parts, Part{
				Label: fmt.Sprintf("項目%d-%d", s+1, p+1),
				Text:  fmt.Sprintf("段落%d-%d：", s+1, p+1) + strings.Repeat("雪国の公共交通を支える新しい仕組みを官民で検討します。", 4),
			})
		}
		if s == 2 { // one paragraph longer than a page breaks inside itself
			sec.Parts = append(sec.Parts, Part{Label: "長い段落", Text: strings.Repeat("除雪計画の見直しに向けたデータ連携、", 250)})
		}
		sec.Parts = append(sec.Parts, Part{Label: "不開示の項目", Text: strings.Repeat("秘密", 700), Withheld: true, Ground: "法人等の正当な利益", Reason: "ノウハウ"})
		d.Sections = append(d.Sections, sec)
	}
	pdf := renderPDF(t, d)
	info := poppler(t, pdf, "pdfinfo")
	m := regexp.MustCompile(`Pages:\s+(\d+)`).FindStringSubmatch(info)
	if m == nil {
		t.Fatalf("pdfinfo gives no page count:\n%s", info)
	}
	n, _ := strconv.Atoi(m[1])
	if n < 3 {
		t.Fatalf("%d pages; the fixture should need at least 3", n)
	}
	pages := strings.Split(strings.TrimRight(poppler(t, pdf, "pdftotext"), "\f"), "\f")
	if len(pages) != n {
		t.Fatalf("pdftotext gives %d pages, pdfinfo %d", len(pages), n)
	}
	for i, p := range pages {
		if want := fmt.Sprintf("%d/%d", i+1, n); !strings.Contains(squash(p), want) {
			t.Errorf("page %d lacks its number %q", i+1, want)
		}
		if !strings.Contains(squash(p), "開示請求番号青情第7号") {
			t.Errorf("page %d lacks the reference number", i+1)
		}
	}
	// The text runs on across page breaks once each page's footer is taken out.
	var body strings.Builder
	for i, p := range pages {
		p = squash(p)
		p = strings.Replace(p, "開示請求番号青情第7号", "", 1)
		p = strings.Replace(p, fmt.Sprintf("%d/%d", i+1, n), "", 1)
		body.WriteString(p)
	}
	all := body.String()
	for _, s := range d.Sections {
		for _, p := range s.Parts {
			if !p.Withheld && !strings.Contains(all, squash(p.Text)) {
				t.Errorf("paragraph %q is not whole in the PDF", p.Label)
			}
		}
	}
	if l := leaks(all, []string{strings.Repeat("秘密", 700)}); len(l) > 0 {
		t.Errorf("withheld text shows: %q", l)
	}
	checkInsideTextArea(t, pdf)
}

// TestNoWithheldParts: a copy with nothing withheld says so in its list.
func TestNoWithheldParts(t *testing.T) {
	needFont(t)
	needPoppler(t)
	d := Document{Title: "全部開示", Sections: []Section{{Heading: "本文", Parts: []Part{{Label: "概要", Text: "すべて開示します。"}}}}}
	if !strings.Contains(squash(pdfText(t, renderPDF(t, d))), "不開示とした部分はありません。") {
		t.Error("the PDF does not say that nothing was withheld")
	}
	if !strings.Contains(htmlText(t, renderHTML(t, d)), "不開示とした部分はありません。") {
		t.Error("the HTML does not say that nothing was withheld")
	}
}

// TestFontErrors: without a usable font the PDF fails with an error that names the Debian
// package to install, and never writes a copy without Japanese glyphs.
func TestFontErrors(t *testing.T) {
	dir := t.TempDir()
	notFont := filepath.Join(dir, "notes.ttf")
	if err := os.WriteFile(notFont, []byte("not a font"), 0o600); err != nil {
		t.Fatal(err)
	}
	saved := FontPaths
	t.Cleanup(func() { FontPaths = saved })
	FontPaths = []string{filepath.Join(dir, "missing.ttf")}
	if _, err := FindFont(); !errors.Is(err, ErrNoFont) || !strings.Contains(err.Error(), "apt-get install fonts-ipafont") || !strings.Contains(err.Error(), "missing.ttf") {
		t.Errorf("FindFont without a font: %v; want ErrNoFont naming the package and the paths tried", err)
	}
	if err := PDF(&bytes.Buffer{}, proposalCopy()); !errors.Is(err, ErrNoFont) {
		t.Errorf("PDF without a font: %v; want ErrNoFont", err)
	}
	cases := map[string]string{
		"missing file":      filepath.Join(dir, "nope.ttf"),
		"not a font":        notFont,
		"no Japanese glyph": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
	}
	for name, path := range cases {
		if name == "no Japanese glyph" {
			if _, err := os.Stat(path); err != nil {
				continue // fonts-dejavu-core is not installed here
			}
		}
		var b bytes.Buffer
		err := Options{FontPath: path}.PDF(&b, proposalCopy())
		if err == nil || !strings.Contains(err.Error(), "fonts-ipafont") {
			t.Errorf("%s: %v; want an error naming fonts-ipafont", name, err)
		}
		if b.Len() != 0 {
			t.Errorf("%s: %d bytes written despite the error", name, b.Len())
		}
	}
}

// BenchmarkPDF measures one proposal copy (the font is cached after the first).
func BenchmarkPDF(b *testing.B) {
	needFont(b)
	d := proposalCopy()
	for b.Loop() {
		if err := PDF(&bytes.Buffer{}, d); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkHTML measures one proposal copy as HTML.
func BenchmarkHTML(b *testing.B) {
	d := proposalCopy()
	for b.Loop() {
		if err := HTML(&bytes.Buffer{}, d); err != nil {
			b.Fatal(err)
		}
	}
}

// TestConcurrentCopies: copies rendered at once (the font is shared) are identical.
func TestConcurrentCopies(t *testing.T) {
	needFont(t)
	d := proposalCopy()
	want := renderPDF(t, d)
	var wg sync.WaitGroup
	got := make([][]byte, 4)
	errs := make([]error, 4)
	for i := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var b bytes.Buffer
			errs[i] = PDF(&b, d)
			got[i] = b.Bytes()
		}()
	}
	wg.Wait()
	for i := range got {
		if errs[i] != nil || !bytes.Equal(got[i], want) {
			t.Errorf("copy %d: error %v, identical %v", i, errs[i], bytes.Equal(got[i], want))
		}
	}
}
