package render

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"sync"
	"unicode"

	"golang.org/x/image/font/sfnt"
)

// FontPaths are the TrueType fonts with Japanese glyphs that FindFont tries, in order: Debian's
// fonts-ipafont (IPAゴシック; bookworm keeps it under opentype/, older releases under
// truetype/), then fonts-ipaexfont and the fonts-japanese-gothic alternative. Noto CJK is not
// listed: it ships as CFF collections (.ttc), which the PDF writer cannot embed.
var FontPaths = []string{
	"/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf",
	"/usr/share/fonts/truetype/ipafont-gothic/ipag.ttf",
	"/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf",
	"/usr/share/fonts/truetype/ipaexfont-gothic/ipaexg.ttf",
	"/usr/share/fonts/truetype/fonts-japanese-gothic.ttf",
}

// ErrNoFont says that no Japanese font was found, and how to get one; the server can check it
// at start (FindFont) instead of failing the first disclosure request.
var ErrNoFont = errors.New("render: no Japanese TrueType font for the disclosure PDF; install Debian's fonts-ipafont (apt-get install fonts-ipafont) or set the font path")

// FindFont returns the first of FontPaths that exists, or ErrNoFont naming the paths it tried.
func FindFont() (string, error) {
	for _, p := range FontPaths {
		if st, err := os.Stat(p); err == nil && st.Mode().IsRegular() {
			return p, nil
		}
	}
	return "", fmt.Errorf("%w (looked in %s)", ErrNoFont, strings.Join(FontPaths, ", "))
}

// font is a loaded TrueType file: its bytes for the PDF writer (which embeds a subset) and its
// parsed tables to know which characters it has.
type font struct {
	data []byte
	sf   *sfnt.Font
}

// fonts caches loaded fonts by path: a Japanese font is several megabytes, and a desk produces
// copies one after another.
var fonts sync.Map // path → *font

func loadFont(path string) (*font, error) {
	if f, ok := fonts.Load(path); ok {
		return f.(*font), nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrNoFont, err)
	}
	sf, err := sfnt.Parse(data)
	if err != nil {
		return nil, fmt.Errorf("render: %s is not a TrueType font the PDF can embed (use Debian's fonts-ipafont): %v", path, err)
	}
	var b sfnt.Buffer
	if gi, err := sf.GlyphIndex(&b, 'あ'); err != nil || gi == 0 {
		return nil, fmt.Errorf("render: %s has no Japanese glyphs (use Debian's fonts-ipafont)", path)
	}
	f, _ := fonts.LoadOrStore(path, &font{data: data, sf: sf})
	return f.(*font), nil
}

// Substitute stands in the PDF for a character the font has no glyph for (an emoji, a rare
// kanji outside JIS X 0213): the geta mark 〓, which Japanese print uses for exactly this, so
// the reader sees that a character is there instead of a silent gap. The HTML copy keeps the
// character itself.
const Substitute = '〓'

// coverer answers which characters a font can draw; it is not safe for concurrent use.
type coverer struct {
	f    *font
	buf  sfnt.Buffer
	seen map[rune]bool
}

func (c *coverer) has(r rune) bool {
	if ok, done := c.seen[r]; done {
		return ok
	}
	// The PDF writer indexes character widths by UTF-16 code unit: only the BMP is usable.
	ok := false
	if r <= 0xFFFF {
		gi, err := c.f.sf.GlyphIndex(&c.buf, r)
		ok = err == nil && gi != 0
	}
	if c.seen == nil {
		c.seen = map[rune]bool{}
	}
	c.seen[r] = ok
	return ok
}

// drawable replaces each character the font lacks by Substitute, and drops the invisible ones
// it lacks (joiners, variation selectors, combining marks), so that an emoji sequence becomes
// one 〓 per visible character rather than a row of them.
func (c *coverer) drawable(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '\n' || c.has(r) {
			return r
		}
		if unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf) || unicode.Is(unicode.Variation_Selector, r) {
			return -1
		}
		return Substitute
	}, s)
}
