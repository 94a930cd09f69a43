package render

import (
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// A withheld value often comes back in disclosable text: the contact's name and telephone
// number in the signature of a message, a withheld custom value quoted in the proposal's body.
// Blacking out the field but not its repetition would disclose exactly what was withheld, so
// redact blacks out every occurrence of a withheld value inside disclosed text too, with a bar
// numbered like the withheld part it repeats.
//
// Matching forgives what writers vary without changing the value: full-width and half-width
// forms and letter case (NFKC, lower case), spaces (山田 太郎 and 山田太郎), and for a value
// of digits (a telephone number, an amount) the separators between them (017-734-9999,
// 0177349999, ０１７－７３４－９９９９, 017(734)9999, 12,000,000), including the international
// form +81 17-734-9999 of a domestic number. A value shorter than minRepeat is not sought:
// two characters are the shortest surname, one character would black out half of any text.

// minRepeat is the shortest withheld value, in runes after normalising, sought in disclosed text.
const minRepeat = 2

// needle is one withheld value sought in disclosed text.
type needle struct {
	units  []rune // the normalised value, spaces (and for digits the separators) removed
	digits bool   // a value of digits: separators between them in the text are skipped
	no     int    // the withheld part it repeats
}

// digitSeparators may stand between the digits of a telephone number or an amount.
const digitSeparators = "-‐‑‒–—―−ー()（）.,+/"

// fold normalises text for matching: NFKC (full-width letters and digits become ASCII, a
// full-width space a space) and lower case.
func fold(s string) string { return strings.ToLower(norm.NFKC.String(s)) }

// needlesOf answers the needles of one withheld value of part no.
func needlesOf(value string, no int) []needle {
	f := fold(value)
	var units, digits []rune
	onlyDigits := true
	for _, r := range f {
		switch {
		case unicode.IsSpace(r):
			continue
		case r >= '0' && r <= '9':
			digits = append(digits, r)
		case !strings.ContainsRune(digitSeparators, r):
			onlyDigits = false
		}
		units = append(units, r)
	}
	if onlyDigits && len(digits) >= minRepeat {
		out := []needle{{units: digits, digits: true, no: no}}
		// A domestic number 0X… is also written +81 X… (国際表記).
		if digits[0] == '0' && len(digits) >= 10 {
			out = append(out, needle{units: append([]rune("81"), digits[1:]...), digits: true, no: no})
		}
		return out
	}
	if len(units) < minRepeat {
		return nil
	}
	return []needle{{units: units, no: no}}
}

// span is a piece of disclosed text: text, or (No > 0) a bar where a withheld value repeats.
type span struct {
	Text string
	No   int
}

// haystack is disclosed text normalised rune by rune, each normalised rune knowing the
// original rune it came from, so that a match found in the normalised text blacks out the
// original characters.
type haystack struct {
	runes []rune
	orig  []int
}

func newHaystack(rs []rune) haystack {
	var h haystack
	for i, r := range rs {
		for _, n := range fold(string(r)) {
			h.runes = append(h.runes, n)
			h.orig = append(h.orig, i)
		}
	}
	return h
}

// skippable reports whether the normalised rune r may stand inside an occurrence of n.
func (n needle) skippable(r rune) bool {
	return unicode.IsSpace(r) || (n.digits && strings.ContainsRune(digitSeparators, r))
}

// matchAt answers the end (exclusive) of an occurrence of n starting at i, or -1.
func (h haystack) matchAt(n needle, i int) int {
	for k, u := range n.units {
		if k > 0 {
			for i < len(h.runes) && h.runes[i] != u && n.skippable(h.runes[i]) {
				i++
			}
		}
		if i >= len(h.runes) || h.runes[i] != u {
			return -1
		}
		i++
	}
	return i
}

// blackOut splits disclosed text into spans, every occurrence of a needle becoming a bar of
// the needle's part. Longer needles go first, so that a name inside an e-mail address takes
// the address's bar; adjacent occurrences of one part make one bar.
func blackOut(text string, needles []needle) []span {
	if text == "" {
		return nil
	}
	if len(needles) == 0 {
		return []span{{Text: text}}
	}
	rs := []rune(text)
	h := newHaystack(rs)
	covered := make([]int, len(rs))
	for _, n := range needles {
		for i := 0; i < len(h.runes); i++ {
			end := h.matchAt(n, i)
			if end < 0 {
				continue
			}
			for j := h.orig[i]; j <= h.orig[end-1]; j++ {
				if covered[j] == 0 {
					covered[j] = n.no
				}
			}
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
		if len(ns[a].units) != len(ns[b].units) {
			return len(ns[a].units) > len(ns[b].units)
		}
		return ns[a].no < ns[b].no
	})
}
