package render

import (
	"strings"
	"unicode"
)

// wrap breaks s into lines no wider than maxW, measured with width. The PDF writer's own
// wrapping drops the character it breaks at when that character is a kanji, so the copy does
// its own: a line breaks after a space, or between two characters when either is Japanese
// (kana, kanji, full-width forms), following the basic line-breaking rules (禁則処理): no line
// starts with closing punctuation or a small kana, and none ends with an opening bracket. A run
// with no break opportunity (a long URL) breaks where the line is full. No character is ever
// dropped: joining the lines gives s back, except that each \n becomes a line break.
func wrap(s string, maxW float64, width func(rune) float64) []string {
	var lines []string
	for _, para := range strings.Split(s, "\n") {
		lines = append(lines, wrapLine([]rune(para), maxW, width)...)
	}
	return lines
}

func wrapLine(rs []rune, maxW float64, width func(rune) float64) []string {
	if len(rs) == 0 {
		return []string{""}
	}
	var lines []string
	start := 0
	for start < len(rs) {
		w := 0.0
		end := start // first rune that does not fit
		for end < len(rs) {
			cw := width(rs[end])
			if w+cw > maxW && end > start && !unicode.IsSpace(rs[end]) {
				break
			}
			w += cw
			end++
		}
		if end == len(rs) {
			lines = append(lines, string(rs[start:]))
			break
		}
		cut := end
		for b := end; b > start; b-- {
			if canBreak(rs[b-1], rs[b]) {
				cut = b
				break
			}
		}
		lines = append(lines, string(rs[start:cut]))
		start = cut
	}
	return lines
}

// canBreak says whether a line may end after a and the next begin with b.
func canBreak(a, b rune) bool {
	if strings.ContainsRune(noStart, b) || strings.ContainsRune(noEnd, a) {
		return false
	}
	if unicode.IsSpace(a) && !unicode.IsSpace(b) {
		return true
	}
	return wide(a) || wide(b) || breaksAround(a) || breaksAround(b)
}

// wide is a character of Japanese text, between any two of which a line may break.
func wide(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) ||
		(r >= 0x3000 && r <= 0x303F) || // CJK symbols and punctuation
		(r >= 0xFF01 && r <= 0xFF60) || // full-width forms
		(r >= 0xFF61 && r <= 0xFF9F) || // half-width katakana
		r == Substitute
}

// breaksAround reports whether a line may break before and after r whatever its
// neighbours: an inline bar (see withBars) stands like a word.
func breaksAround(r rune) bool { _, bar := isBar(r); return bar }

// Characters that may not start a line (行頭禁則) and may not end one (行末禁則).
const (
	noStart = "、。，．,.)）]］}｝〕〉》」』】〙〗〟’”｠»" +
		"ーぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ々〻" +
		"‐゠–〜～？！?!‼⁇⁈⁉・:;：；/／" +
		"｡｣､･ｰｧｨｩｪｫｬｭｮｯ"
	noEnd = "(（[［{｛〔〈《「『【〘〖〝‘“｟«｢"
)
