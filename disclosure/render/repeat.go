package render

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// A withheld value often comes back in disclosable text: the contact's name and telephone
// number in the signature of a message, a withheld custom value quoted in the proposal's body.
// Blacking out the field but not its repetition would disclose exactly what was withheld, so
// redact blacks out every occurrence of a withheld value inside disclosed text too, with a bar
// numbered like the withheld part it repeats.
//
// Matching forgives what writers vary without changing the value: full-width and half-width
// forms, kana written with separate voicing marks (ﾀﾞ, or タ and U+3099 as pasted from
// macOS) and letter case (NFKC and lower case, applied to the whole text, not character by
// character, so that a mark composes with the kana before it), spaces (山田 太郎 and 山田太郎),
// invisible format characters (a zero-width space or soft hyphen, unicode.Cf), and for a
// value of digits (a telephone number, an amount) the separators between them (017-734-9999,
// 0177349999, ０１７－７３４－９９９９, 017(734)9999, 12,000,000), including the international
// form +81 17-734-9999 of a domestic number.
//
// Matching must not over-reveal either: a bar numbered like a withheld part, placed inside
// another word, names the withheld value by its context (withheld 12 turning 2026年12月 into
// 2026年[1]月). So a value is sought only when it can identify: a value of digits needs
// minDigits digits and matches only a whole number (no digit, nor a digit behind a comma or
// decimal point, directly before or after it); a value of ASCII characters needs minASCII
// of them and matches only a whole word when it begins or ends with a letter or digit; any
// other value needs minRepeat characters (two are the shortest surname; one would black out
// half of any text). A value longer than maxRepeat is a paragraph, not an identifier: it is
// not sought, which also bounds the work. Which values of a part are sought at all is the
// disclosure service's choice (see Part.Values).

// minRepeat is the shortest withheld value, in runes after normalising, sought in disclosed text.
const minRepeat = 2

// minASCII is the shortest withheld value of ASCII characters sought: a two- or
// three-letter value (an initial, "abc") occurs inside too many words to name anyone.
const minASCII = 4

// minDigits is the fewest digits of a withheld number sought: a month, a day or a count of
// one to three digits occurs in every date and amount of a text.
const minDigits = 4

// maxRepeat is the longest withheld value, in runes after normalising, sought in disclosed
// text: longer ones are paragraphs, whose repetition the desk withholds by level, and seeking
// them would cost values × text × value length.
const maxRepeat = 200

// needle is one withheld value sought in disclosed text.
type needle struct {
	units  string // the normalised value, spaces (and for digits the separators) removed
	digits bool   // a value of digits: separators between them in the text are skipped
	phone  bool   // a telephone number (a leading 0 or +81, or ten digits or more), not an amount
	ascii  bool   // an ASCII value: a letter or digit at its ends must start or end a word
	no     int    // the withheld part it repeats
	length int    // runes in units, for ordering
}

// digitSeparators may stand between the digits of a telephone number or an amount.
const digitSeparators = "-‐‑‒–—―−ー()（）.,+/・･~〜～_:"

// isSeparator reports whether the normalised rune r may stand between the digits of a number.
func isSeparator(r rune) bool { return strings.ContainsRune(digitSeparators, r) }

// isASCIIWord reports whether r is an ASCII letter or digit, a character that continues a word.
func isASCIIWord(r rune) bool {
	return r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
}

// needlesOf answers the needles of one withheld value of part no (none when it is not sought).
func needlesOf(value string, no int) []needle {
	var units, digits []rune
	onlyDigits, ascii, word := true, true, false
	for _, r := range normalize(value).runes {
		switch {
		case unicode.IsSpace(r):
			continue
		case r >= '0' && r <= '9':
			digits = append(digits, r)
		case !isSeparator(r):
			onlyDigits = false
		}
		if r >= utf8.RuneSelf {
			ascii = false
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			word = true
		}
		units = append(units, r)
	}
	switch {
	case !word || len(units) > maxRepeat:
		return nil
	case onlyDigits:
		// Two numbers in one field (017-734-9999 / 090-1234-5678) are sought one by one.
		if runs := embeddedNumbers(value); len(runs) > 1 {
			var out []needle
			for _, run := range runs {
				out = append(out, numberNeedles(run.digits, run.plus, no)...)
			}
			return out
		}
		return numberNeedles(string(digits), strings.Contains(normalize(value).String(), "+"), no)
	case ascii && len(units) < minASCII, len(units) < minRepeat:
		return nil
	}
	out := []needle{{units: string(units), ascii: ascii, no: no, length: len(units)}}
	// A value that holds a telephone number or an e-mail address beside other words
	// (017-734-9999（内線123）, 山田太郎 <taro@example.jp>, two numbers in one field) is also
	// sought by each of them, since a signature repeats the number without the words.
	for _, run := range embeddedNumbers(value) {
		out = append(out, numberNeedles(run.digits, run.plus, no)...)
	}
	for _, addr := range emailPattern.FindAllString(normalize(value).String(), -1) {
		out = append(out, needle{units: addr, ascii: true, no: no, length: utf8.RuneCountInString(addr)})
	}
	return out
}

// numberNeedles answers the needles of a number of digits: itself, and a telephone number in
// its other notation (a domestic 0X… is also written +81 X…, and +81 X… or +81 (0)X… also 0X…).
func numberNeedles(digits string, plus bool, no int) []needle {
	if len(digits) < minDigits {
		return nil
	}
	phone := digits[0] == '0' || plus || len(digits) >= 10
	out := []needle{{units: digits, digits: true, phone: phone, no: no, length: len(digits)}}
	switch {
	case digits[0] == '0' && len(digits) >= 10:
		out = append(out, needle{units: "81" + digits[1:], digits: true, phone: true, no: no, length: len(digits) + 1})
	case plus && strings.HasPrefix(digits, "810") && len(digits) >= 12:
		out = append(out, needle{units: digits[2:], digits: true, phone: true, no: no, length: len(digits) - 2},
			needle{units: "81" + digits[3:], digits: true, phone: true, no: no, length: len(digits) - 1})
	case plus && strings.HasPrefix(digits, "81") && len(digits) >= 11:
		out = append(out, needle{units: "0" + digits[2:], digits: true, phone: true, no: no, length: len(digits) - 1})
	}
	return out
}

// minEmbeddedDigits is the fewest digits of a number inside a longer value sought on its
// own: a telephone number has ten or eleven, a year or a room number inside a name or an
// address (2026年度, 第2営業部, 1-1) must not black out every year of the text.
const minEmbeddedDigits = 8

// digitRun is a run of digits and separators inside a value.
type digitRun struct {
	digits string
	plus   bool // written with a + (an international number)
}

// embeddedNumbers answers the runs of digits and separators inside value with at least
// minEmbeddedDigits digits.
func embeddedNumbers(value string) []digitRun {
	var out []digitRun
	var cur []rune
	plus := false
	flush := func() {
		if len(cur) >= minEmbeddedDigits {
			out = append(out, digitRun{digits: string(cur), plus: plus})
		}
		cur, plus = nil, false
	}
	for _, r := range normalize(value).runes {
		switch {
		case r >= '0' && r <= '9':
			cur = append(cur, r)
		case r == '+' && len(cur) == 0:
			plus = true
		case strings.ContainsRune(listSeparators, r):
			flush()
		case isSeparator(r) || unicode.IsSpace(r) && len(cur) > 0:
		default:
			flush()
		}
	}
	flush()
	return out
}

// listSeparators part the numbers of a list inside one value.
const listSeparators = "/,;、"

// emailPattern finds e-mail addresses in a normalised (lower-case, half-width) value.
var emailPattern = regexp.MustCompile(`[a-z0-9._%+\-]+@[a-z0-9.\-]+\.[a-z]{2,}`)

// span is a piece of disclosed text: text, or (No > 0) a bar where a withheld value repeats.
type span struct {
	Text string
	No   int
}

// haystack is text normalised as a whole — NFKC, lower case, format characters (unicode.Cf)
// dropped — each normalised rune knowing the span of original runes it came from, so that a
// match found in the normalised text blacks out the original characters (ﾀﾞ, two runes,
// becomes one ダ that covers both).
type haystack struct {
	runes    []rune
	from, to []int // the original runes [from, to) of each normalised rune
}

// String answers the normalised text.
func (h haystack) String() string { return string(h.runes) }

// normalize normalises s one normalisation segment at a time (a segment is a starter and the
// marks that compose with it), so the result is NFKC of the whole text.
func normalize(s string) haystack {
	var h haystack
	var it norm.Iter
	it.InitString(norm.NFKC, s)
	pos, orig := 0, 0 // byte and rune offsets in s of the segment's start
	pending := 0      // normalised runes of a segment whose input is not yet consumed
	for !it.Done() {
		for _, r := range string(it.Next()) {
			if ignorable(r) {
				continue
			}
			h.runes = append(h.runes, foldKana(unicode.ToLower(r)))
			pending++
		}
		if it.Pos() == pos {
			continue // a long decomposition comes in pieces; the input advances with the last
		}
		end := orig + utf8.RuneCountInString(s[pos:it.Pos()])
		for k := len(h.runes) - pending; k < len(h.runes); k++ {
			h.from = append(h.from, orig)
			h.to = append(h.to, end)
		}
		pos, orig, pending = it.Pos(), end, 0
	}
	for ; pending > 0; pending-- { // not reached: the last segment consumes the input
		h.from = append(h.from, orig)
		h.to = append(h.to, orig)
	}
	return h
}

// ignorable reports the characters a reader does not see, which a writer (or a name-register
// character system) may put inside a name: format characters (zero-width space, soft hyphen:
// unicode.Cf), variation selectors (葛 + U+E0100, the ideographic variation sequences of
// municipal name registers), the combining grapheme joiner and the Hangul fillers that show
// as blanks. Dropped before matching, and from every text of a copy (clean).
func ignorable(r rune) bool {
	switch r {
	case 0x034F, 0x115F, 0x1160, 0x3164, 0xFFA0:
		return true
	}
	return unicode.Is(unicode.Cf, r) || unicode.Is(unicode.Variation_Selector, r)
}

// foldKana writes hiragana as katakana, so a name read as やまだ matches ヤマダ: the same
// reading, written in either script by different writers.
func foldKana(r rune) rune {
	if r >= 'ぁ' && r <= 'ゖ' {
		return r + ('ァ' - 'ぁ')
	}
	return r
}

// squeezed is a haystack with the runes a needle may skip removed, as a string for a fast
// substring search, each rune knowing its index in the haystack.
type squeezed struct {
	s   string
	idx []int // for each byte of s that starts a rune, the rune's index in the haystack
}

// squeeze answers h without the runes skip reports.
func squeeze(h haystack, skip func(rune) bool) squeezed {
	var b strings.Builder
	var sq squeezed
	for i, r := range h.runes {
		if skip(r) {
			continue
		}
		n, _ := b.WriteRune(r)
		for ; n > 0; n-- {
			sq.idx = append(sq.idx, i)
		}
	}
	sq.s = b.String()
	return sq
}

// continues reports whether the haystack rune at i (stepping by dir from a match) continues
// what the needle n matched, so that the match is part of a longer number or word.
func (h haystack) continues(n needle, i, dir int) bool {
	if i < 0 || i >= len(h.runes) {
		return false
	}
	r := h.runes[i]
	if n.digits {
		if unicode.IsDigit(r) {
			return true
		}
		// 12,000,000 inside 12,000,000,000; 1234 inside 1234.5. A telephone number is not an
		// amount: a comma after it starts the next number of a list (017-734-9999,090-…).
		if n.phone {
			return false
		}
		j := i + dir
		if r == '.' && dir > 0 && j < len(h.runes) && h.runes[j] == '0' {
			// 12000000 written 12,000,000.00: the same amount.
			k := j
			for k < len(h.runes) && h.runes[k] == '0' {
				k++
			}
			return k < len(h.runes) && unicode.IsDigit(h.runes[k])
		}
		return (r == ',' || r == '.') && j >= 0 && j < len(h.runes) && unicode.IsDigit(h.runes[j])
	}
	return isASCIIWord(r)
}

// blackOut splits disclosed text into spans, every occurrence of a needle becoming a bar of
// the needle's part. Longer needles go first, so that a name inside an e-mail address takes
// the address's bar; adjacent occurrences of one part make one bar. Each needle is found
// with one substring search over the text with its skippable runes removed, so many needles
// cost needles × text, not more.
func blackOut(text string, needles []needle) []span {
	if text == "" {
		return nil
	}
	if len(needles) == 0 {
		return []span{{Text: text}}
	}
	rs := []rune(text)
	h := normalize(text)
	var plain, digits *squeezed
	covered := make([]int, len(rs))
	for _, n := range needles {
		sq := plain
		if n.digits {
			sq = digits
		}
		if sq == nil {
			s := squeeze(h, func(r rune) bool { return unicode.IsSpace(r) || n.digits && isSeparator(r) })
			sq = &s
			if n.digits {
				digits = sq
			} else {
				plain = sq
			}
		}
		_, lastSize := utf8.DecodeLastRuneInString(n.units)
		marked := 0 // original runes before this are marked for n already (overlapping matches)
		for off := 0; off < len(sq.s); {
			k := strings.Index(sq.s[off:], n.units)
			if k < 0 {
				break
			}
			start := off + k
			_, size := utf8.DecodeRuneInString(sq.s[start:])
			off = start + size
			a, b := sq.idx[start], sq.idx[start+len(n.units)-lastSize]
			if (n.digits || n.ascii) && (isASCIIWord(h.runes[a]) && h.continues(n, a-1, -1) || isASCIIWord(h.runes[b]) && h.continues(n, b+1, 1)) {
				continue
			}
			for j := max(h.from[a], marked); j < h.to[b]; j++ {
				if covered[j] == 0 {
					covered[j] = n.no
				}
			}
			marked = max(marked, h.to[b])
		}
	}
	var out []span
	for i := 0; i < len(rs); {
		j := i
		for j < len(rs) && covered[j] == covered[i] {
			j++
		}
		if covered[i] == 0 {
			out = append(out, span{Text: string(rs[i:j])})
		} else {
			out = append(out, span{No: covered[i]})
		}
		i = j
	}
	return out
}

// sortNeedles orders needles longest first (see blackOut), then by part, for a stable result.
func sortNeedles(ns []needle) {
	sort.SliceStable(ns, func(a, b int) bool {
		if ns[a].length != ns[b].length {
			return ns[a].length > ns[b].length
		}
		return ns[a].no < ns[b].no
	})
}
