package jp

import (
	"strings"
	"unicode"

	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"
)

// SearchKeyVersion names the rules of SearchKey: text stored under an older version must be
// normalized again (the store's start-up backfill does it), since a query normalized by new
// rules need not meet text normalized by old ones.
const SearchKeyVersion = 1

// fold is Unicode full case folding; it is stateless, so one value serves every goroutine.
var fold = cases.Fold()

// SearchKey normalizes text for search, so that the ways Japanese text is commonly typed
// meet: stored text and a user's query are both passed through it and then compared byte
// for byte. It applies
//   - Unicode NFKC: full-width Latin and digits become ASCII (ＡＩ→AI, ２０２４→2024),
//     half-width katakana become full-width (ﾒﾙｶﾘ→メルカリ, ｶﾞ→ガ), the ideographic space
//     becomes a space, compatibility characters are spelled out (㈱→(株));
//   - case folding (AI→ai, Straße→strasse);
//   - katakana folded to hiragana (メルカリ, ﾒﾙｶﾘ and めるかり all become めるかり; ヴ→ゔ);
//     the few katakana without a hiragana letter (ヷ ヸ ヹ ヺ) stay;
//   - the long vowel mark: a dash typed after a kana (メ-ル, メ－ル, メ―ル) becomes ー, as
//     the half-width ｰ already does through NFKC; a dash elsewhere (AI-2) stays;
//   - whitespace: every run of spaces, tabs and line breaks becomes one space, with none at
//     either end, so strings.Fields of the result gives the words.
//
// It is idempotent: SearchKey(SearchKey(s)) == SearchKey(s). Invalid UTF-8 bytes become
// U+FFFD, so the result is always valid UTF-8.
func SearchKey(s string) string {
	// One pass is a fixed point for ordinary text; a few odd sequences (case folding that
	// uncovers a new NFKC composition, say) settle on the second. The bound keeps a
	// pathological input from looping.
	out := searchPass(s)
	for range 3 {
		next := searchPass(out)
		if next == out {
			break
		}
		out = next
	}
	return out
}

// searchPass applies the rules of SearchKey once.
func searchPass(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = norm.NFKC.String(fold.String(norm.NFKC.String(s)))
	var b strings.Builder
	b.Grow(len(s))
	space, prev := false, rune(-1)
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			space = true
			continue
		case r >= 'ァ' && r <= 'ヶ', r == 'ヽ' || r == 'ヾ':
			r -= 'ァ' - 'ぁ'
		case isDash(r) && prev >= 0 && !space && isKana(prev):
			r = 'ー'
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
		prev = r
	}
	return norm.NFKC.String(b.String())
}

// isKana reports a hiragana or katakana letter or the long vowel mark, after which a dash is
// taken for a long vowel.
func isKana(r rune) bool {
	return unicode.In(r, unicode.Hiragana, unicode.Katakana) && r != '・' && r != '゠' || r == 'ー'
}

// isDash reports the characters people type for ー: ASCII hyphen-minus (what the full-width
// － becomes under NFKC), the hyphens, dashes and the minus sign. ー itself stays ー.
func isDash(r rune) bool {
	switch r {
	case '-', '‐', '‑', '‒', '–', '—', '―', '−', '─', '━':
		return true
	}
	return false
}
