// Package render writes the redacted disclosure copy (開示用写し) of a document as PDF and HTML.
//
// A disclosure request under the information disclosure ordinance (情報公開条例) is answered
// with a copy in which personal data and protected business information are blacked out and
// listed with their ground. The one rule this package exists for: the text of a withheld part
// never reaches an output file — not as text, not in metadata, not in attributes, not hidden.
// It holds because redact copies a Document into a view that has no field for withheld text,
// and both writers read only that view.
//
// The package has no database and no GraphQL: the disclosure service builds a Document from a
// proposal and its disclosure levels and calls PDF or HTML.
package render

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/pppdesk/pppdesk/jp"
)

// Document is one disclosure copy: a titled record split into sections of labelled parts.
type Document struct {
	Title        string    // e.g. 提案書 開示用写し
	Reference    string    // the disclosure request's reference number (開示請求番号)
	Municipality string    // the municipality that discloses
	ProducedAt   time.Time // when the copy was produced; shown as a Japanese date
	Sections     []Section
}

// Section groups the parts of a document under a heading (e.g. 提案者, 提案内容).
type Section struct {
	Heading string
	Parts   []Part
}

// Part is one field of the record; a withheld part keeps its label and ground but never its text.
type Part struct {
	Label    string // field name, e.g. 提案者の連絡先
	Text     string // the content; never written to the output when Withheld
	Withheld bool
	Ground   string // e.g. 個人情報（条例第7条第2号） / 法人等の正当な利益 — shown in the withheld list
	Reason   string // the stated reason
	// Values are the withheld values of a withheld part that are blacked out wherever they
	// repeat in disclosed text (see blackOut, which also skips values too short or too long
	// to identify anything): nil means the whole Text. The disclosure service decides, in one
	// place (soughtValues), which values identify someone or something and lists them — a
	// contact's name, a file's name — or none (a choice label, はい/いいえ, a note's body
	// would black out unrelated words of the copy and name the withheld value by its bar).
	Values []string
}

// ListHeading is the heading of the list of withheld parts that ends every copy.
const ListHeading = "不開示部分の一覧"

// WithheldMark is the visible label on each black bar, followed by the bar's number in the
// withheld list, so a reader can find the ground of every bar.
const WithheldMark = "不開示"

// Bar sizes. A bar's height is one of three buckets chosen from the withheld text's length,
// and every bar spans the full text width. An exact size would tell the reader the number of
// characters: enough to tell a two-character surname from a four-character one, the digits of
// a telephone number, or whether an amount has eight or nine digits, which together with
// public facts can identify what was withheld. Orders of magnitude still tell the reader what
// disclosure practice owes them — a short entry or pages of text were withheld — and nothing
// finer. An empty withheld text gets the smallest bar, like any short one.
const (
	shortLimit  = 100  // runes: up to a line or two → a one-line bar
	mediumLimit = 1000 // runes: a paragraph or a few → a three-line bar
)

// barLines is the bucketed height of a bar, in text lines, for a withheld text of n runes.
func barLines(n int) int {
	switch {
	case n <= shortLimit:
		return 1
	case n <= mediumLimit:
		return 3
	default:
		return 6
	}
}

// view is a Document with the withheld text removed: the only thing the writers read.
type view struct {
	Title        string
	Reference    string
	Municipality string
	Produced     string    // 令和8年11月30日 (Asia/Tokyo)
	ProducedAt   time.Time // for the PDF's dates; the Unix epoch when unknown
	Sections     []viewSection
	Withheld     []withheldItem
}

type viewSection struct {
	Heading string
	Parts   []viewPart
}

// viewPart has no field for a withheld part's text, on purpose.
type viewPart struct {
	Label    string
	Spans    []span // the disclosed text, with bars where a withheld value repeats; none when Withheld
	Withheld bool
	No       int // the part's number in the withheld list (1-based) when Withheld
	BarLines int // the bar's bucketed height when Withheld
}

type withheldItem struct {
	No      int
	Section string
	Label   string
	Ground  string
	Reason  []span // the desk's words may quote a withheld value too: blacked out like text
}

// tokyo is the municipality's clock: Japan has no daylight saving time, so a fixed zone is exact.
var tokyo = time.FixedZone("Asia/Tokyo", 9*60*60)

// redact builds the view. It is the only code that reads Part.Text and Part.Values, and it
// copies the text of disclosable parts only, with every repetition of a withheld value
// blacked out; for a withheld part it keeps just the bucket of its length.
func redact(d Document) view {
	var needles []needle
	no := 0
	for _, s := range d.Sections {
		for _, p := range s.Parts {
			if !p.Withheld {
				continue
			}
			no++
			values := p.Values
			if values == nil {
				values = []string{p.Text}
			}
			for _, val := range values {
				needles = append(needles, needlesOf(clean(val), no)...)
			}
		}
	}
	sortNeedles(needles)
	v := view{
		Title:        clean(d.Title),
		Reference:    clean(d.Reference),
		Municipality: clean(d.Municipality),
		Produced:     producedDate(d.ProducedAt),
		ProducedAt:   d.ProducedAt,
	}
	if v.ProducedAt.IsZero() {
		v.ProducedAt = time.Unix(0, 0)
	}
	for _, s := range d.Sections {
		vs := viewSection{Heading: clean(s.Heading)}
		for _, p := range s.Parts {
			vp := viewPart{Label: clean(p.Label), Withheld: p.Withheld}
			if p.Withheld {
				vp.No = len(v.Withheld) + 1
				vp.BarLines = barLines(utf8.RuneCountInString(p.Text))
				v.Withheld = append(v.Withheld, withheldItem{
					No: vp.No, Section: vs.Heading, Label: vp.Label,
					Ground: clean(p.Ground), Reason: blackOut(clean(p.Reason), needles),
				})
			} else {
				vp.Spans = blackOut(clean(p.Text), needles)
			}
			vs.Parts = append(vs.Parts, vp)
		}
		v.Sections = append(v.Sections, vs)
	}
	return v
}

// producedDate writes the production date the way Japanese official documents do (和暦), in
// Tokyo time; a zero or pre-Meiji time falls back to the ISO date rather than failing the copy.
func producedDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	t = t.In(tokyo)
	if s, err := jp.Wareki(t); err == nil {
		return s
	}
	return t.Format("2006-01-02")
}

// clean makes text safe to lay out: invalid UTF-8 becomes U+FFFD, CRLF and CR become LF, a tab
// becomes a space, and other control characters (which no reader can see and which break
// layout) are dropped, as are format characters (unicode.Cf: zero-width spaces and joiners,
// soft hyphens, bidirectional overrides), which no reader sees either but which would hide a
// withheld value from the search for its repetitions (山田\u200b太郎) or reorder what is shown.
// Line breaks the author wrote are kept.
func clean(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\n':
			return r
		case r == '\t':
			return ' '
		case unicode.IsControl(r), ignorable(r):
			return -1
		}
		return r
	}, s)
}
