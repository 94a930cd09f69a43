package render

import (
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"io"
	"os"
	"os/exec"
	"regexp"
	"strings"
	"testing"
	"unicode"
	"unicode/utf16"

	"golang.org/x/net/html"
)

// needTool skips when a Debian tool or the font is missing on a developer's machine and fails
// on CI, where .ci/packages installs them, so a missing install step cannot pass silently.
func needTool(t testing.TB, what, pkg string, ok bool) {
	t.Helper()
	if ok {
		return
	}
	msg := what + " is missing: apt-get install " + pkg + " (.ci/packages installs it on CI)"
	if os.Getenv("CI") != "" {
		t.Fatal(msg)
	}
	t.Skip(msg)
}

func needFont(t testing.TB) {
	t.Helper()
	_, err := FindFont()
	needTool(t, "a Japanese TrueType font", "fonts-ipafont", err == nil)
}

func needPoppler(t testing.TB) {
	t.Helper()
	_, err1 := exec.LookPath("pdftotext")
	_, err2 := exec.LookPath("pdfinfo")
	needTool(t, "pdftotext/pdfinfo", "poppler-utils", err1 == nil && err2 == nil)
}

// renderPDF renders d with the default font and fails the test on an error.
func renderPDF(t testing.TB, d Document) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := PDF(&b, d); err != nil {
		t.Fatalf("PDF: %v", err)
	}
	return b.Bytes()
}

func renderHTML(t testing.TB, d Document) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := HTML(&b, d); err != nil {
		t.Fatalf("HTML: %v", err)
	}
	return b.Bytes()
}

// poppler runs a poppler tool on a PDF and returns its standard output.
func poppler(t testing.TB, pdf []byte, tool string, args ...string) string {
	t.Helper()
	f, err := os.CreateTemp(t.TempDir(), "copy-*.pdf")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.Write(pdf); err != nil {
		t.Fatal(err)
	}
	f.Close()
	args = append(args, f.Name())
	if tool == "pdftotext" {
		args = append([]string{"-enc", "UTF-8"}, append(args, "-")...)
	} else {
		args = append([]string{"-enc", "UTF-8"}, args...)
	}
	out, err := exec.Command(tool, args...).Output()
	if err != nil {
		t.Fatalf("%s %v: %v", tool, args, err)
	}
	return string(out)
}

// pdfText is what a reader of the PDF can get out of it: the text pdftotext decodes from the
// content streams through the embedded font's character maps, and the metadata pdfinfo shows.
func pdfText(t testing.TB, pdf []byte) string {
	t.Helper()
	return poppler(t, pdf, "pdftotext") + "\n" + poppler(t, pdf, "pdfinfo")
}

var streamRE = regexp.MustCompile(`(?s)stream\r?\n(.*?)\r?\nendstream`)

// xrefRE matches the PDF's cross-reference entries and its startxref offset: byte offsets,
// zero-padded to ten digits, that hold no text but would match a withheld number's digits
// by chance (0000001776 holds 0177 of 0177349999).
var xrefRE = regexp.MustCompile(`(?m)^\d{10} \d{5} [fn] ?\r?$|startxref\r?\n\d+`)

// pdfBytes is the PDF file and every one of its streams inflated, for searching the encoded
// text directly: a leak in a form pdftotext does not show (white text under a bar, a font
// subset, an annotation) still has its bytes somewhere here. The cross-reference offsets
// are left out (see xrefRE).
func pdfBytes(t testing.TB, pdf []byte) []byte {
	t.Helper()
	all := xrefRE.ReplaceAll(pdf, nil)
	for _, m := range streamRE.FindAllSubmatch(pdf, -1) {
		r, err := zlib.NewReader(bytes.NewReader(m[1]))
		if err != nil {
			continue // not deflated
		}
		inflated, err := io.ReadAll(r)
		if err != nil && len(inflated) == 0 {
			continue
		}
		all = append(all, '\n')
		all = append(all, inflated...)
	}
	return all
}

// htmlText is everything a reader or a program gets from the HTML: every text node (including
// the title and style) and every attribute value, as parsed, so escapes are undone.
func htmlText(t testing.TB, page []byte) string {
	t.Helper()
	root, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		t.Fatalf("parsing the HTML: %v", err)
	}
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode, html.CommentNode:
			b.WriteString(n.Data)
			b.WriteByte('\n')
		case html.ElementNode:
			for _, a := range n.Attr {
				b.WriteString(a.Val)
				b.WriteByte('\n')
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	return b.String()
}

// squash drops all white space, which extraction adds and removes at line ends.
func squash(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

// needles are the pieces of a withheld text that must not be found: every substring of four
// characters (white space removed), or the whole text when it is shorter.
func needles(withheld string) []string {
	rs := []rune(squash(withheld))
	if len(rs) == 0 {
		return nil
	}
	if len(rs) < 4 {
		return []string{string(rs)}
	}
	var out []string
	for i := 0; i+4 <= len(rs); i++ {
		out = append(out, string(rs[i:i+4]))
	}
	return out
}

// leaks returns the needles of the withheld texts found in the text s.
func leaks(s string, withheld []string) []string {
	s = squash(s)
	var found []string
	for _, w := range withheld {
		for _, n := range needles(w) {
			if strings.Contains(s, n) {
				found = append(found, n)
			}
		}
	}
	return found
}

// byteLeaks returns the needles found in raw bytes in any encoding a PDF or HTML writer would
// use for them: UTF-8, UTF-16BE (PDF text strings and the content of Identity-H fonts, which
// this writer maps one to one from UTF-16) and UTF-16LE.
func byteLeaks(b []byte, withheld []string) []string {
	var found []string
	for _, w := range withheld {
		for _, n := range needles(w) {
			u := utf16.Encode([]rune(n))
			be := make([]byte, 2*len(u))
			le := make([]byte, 2*len(u))
			for i, c := range u {
				binary.BigEndian.PutUint16(be[2*i:], c)
				binary.LittleEndian.PutUint16(le[2*i:], c)
			}
			for _, enc := range [][]byte{[]byte(n), be, le} {
				if bytes.Contains(b, enc) {
					found = append(found, n)
					break
				}
			}
		}
	}
	return found
}

// withheldTexts lists the text of every withheld part of d.
func withheldTexts(d Document) []string {
	var out []string
	for _, s := range d.Sections {
		for _, p := range s.Parts {
			if p.Withheld {
				out = append(out, p.Text)
			}
		}
	}
	return out
}

// blanked is d with every withheld text removed: its copy is the control that proves a
// fixture can detect a leak (no needle of a withheld text occurs in what is disclosed).
func blanked(d Document) Document {
	out := d
	out.Sections = make([]Section, len(d.Sections))
	for i, s := range d.Sections {
		ps := make([]Part, len(s.Parts))
		for j, p := range s.Parts {
			if p.Withheld {
				p.Text = ""
			}
			ps[j] = p
		}
		out.Sections[i] = Section{Heading: s.Heading, Parts: ps}
	}
	return out
}

// revealed is d with nothing withheld: its copy must show every needle, which proves that the
// checks would see a leak.
func revealed(d Document) Document {
	out := blanked(d)
	for i, s := range d.Sections {
		for j, p := range s.Parts {
			out.Sections[i].Parts[j].Text = p.Text
			out.Sections[i].Parts[j].Withheld = false
		}
	}
	return out
}

func byteLeaksString(s string, withheld []string) []string { return byteLeaks([]byte(s), withheld) }
