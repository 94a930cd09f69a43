package render

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/go-pdf/fpdf"
)

// Options configure the PDF writer; the zero value finds Debian's IPA font itself.
type Options struct {
	// FontPath is a TrueType font with Japanese glyphs to embed; empty means FindFont.
	FontPath string
}

// PDF writes the disclosure copy as an A4 PDF with the Japanese font embedded, using the font
// FindFont finds.
func PDF(w io.Writer, d Document) error { return Options{}.PDF(w, d) }

// PDF writes the disclosure copy as an A4 PDF with o's font embedded: every withheld part is a
// black bar numbered into the closing list of what was withheld, on what ground and why; long
// text wraps and breaks across pages, and every page carries its number and the request's
// reference number.
func (o Options) PDF(w io.Writer, d Document) error {
	path := o.FontPath
	if path == "" {
		p, err := FindFont()
		if err != nil {
			return err
		}
		path = p
	}
	f, err := loadFont(path)
	if err != nil {
		return err
	}
	c := &coverer{f: f}
	v := redact(d)
	v = drawableView(v, c)

	// Lay the copy out twice: the first pass counts the pages, so that the footer can say
	// "3 / 7" without the writer's page-count alias, whose digits the embedded font subset
	// may lack.
	first, err := layout(v, f, 0, c)
	if err != nil {
		return err
	}
	doc, err := layout(v, f, first.PageNo(), c)
	if err != nil {
		return err
	}
	if err := doc.Output(w); err != nil {
		return fmt.Errorf("render: writing the PDF: %w", err)
	}
	return nil
}

// drawableView replaces the characters the font cannot draw in every string of the view.
func drawableView(v view, c *coverer) view {
	v.Title, v.Reference, v.Municipality = c.drawable(v.Title), c.drawable(v.Reference), c.drawable(v.Municipality)
	secs := make([]viewSection, len(v.Sections))
	for i, s := range v.Sections {
		secs[i] = viewSection{Heading: c.drawable(s.Heading), Parts: make([]viewPart, len(s.Parts))}
		for j, p := range s.Parts {
			p.Label = c.drawable(p.Label)
			p.Spans = drawableSpans(p.Spans, c)
			secs[i].Parts[j] = p
		}
	}
	v.Sections = secs
	items := make([]withheldItem, len(v.Withheld))
	for i, it := range v.Withheld {
		it.Section, it.Label = c.drawable(it.Section), c.drawable(it.Label)
		it.Ground, it.Reason = c.drawable(it.Ground), drawableSpans(it.Reason, c)
		items[i] = it
	}
	v.Withheld = items
	return v
}

// drawableSpans makes the text of spans drawable (see drawableView).
func drawableSpans(spans []span, c *coverer) []span {
	out := make([]span, len(spans))
	for i, sp := range spans {
		out[i] = span{Text: c.drawable(sp.Text), No: sp.No}
	}
	return out
}

// Page geometry in millimetres (A4).
const (
	margin     = 20.0
	bodySize   = 10.5 // pt
	labelSize  = 9.0
	lineHeight = 6.0 // mm, for bodySize
	fontFamily = "jp"
)

// layout draws the view; total is the page count for the footer (0 on the counting pass).
func layout(v view, f *font, total int, c *coverer) (*fpdf.Fpdf, error) {
	pdf := fpdf.New("P", "mm", "A4", "")
	pdf.SetMargins(margin, margin, margin)
	pdf.SetAutoPageBreak(true, margin)
	pdf.AddUTF8FontFromBytes(fontFamily, "", f.data)
	pdf.SetFont(fontFamily, "", bodySize)
	// Metadata holds only what the first page shows.
	pdf.SetTitle(v.Title, true)
	pdf.SetSubject(c.drawable("開示請求番号 ")+v.Reference, true)
	pdf.SetAuthor(v.Municipality, true)
	pdf.SetCreator("pppdesk", false)
	pdf.SetProducer("pppdesk", false)
	pdf.SetLang("ja")
	pdf.SetCatalogSort(true)
	// The copy's own date, not the clock: two renderings of one document are identical.
	pdf.SetCreationDate(v.ProducedAt)
	pdf.SetModificationDate(v.ProducedAt)

	pageW, pageH := pdf.GetPageSize()
	textW := pageW - 2*margin

	pdf.SetFooterFunc(func() {
		pdf.SetY(pageH - margin + 6)
		pdf.SetFont(fontFamily, "", labelSize)
		pdf.SetTextColor(80, 80, 80)
		left := v.Reference
		if left != "" {
			left = c.drawable("開示請求番号 ") + left
		}
		pdf.CellFormat(textW/2, 5, left, "", 0, "L", false, 0, "")
		num := strconv.Itoa(pdf.PageNo())
		if total > 0 {
			num += " / " + strconv.Itoa(total)
		}
		pdf.CellFormat(textW/2, 5, num, "", 0, "R", false, 0, "")
		pdf.SetTextColor(0, 0, 0)
		pdf.SetFont(fontFamily, "", bodySize)
	})
	pdf.AddPage()

	// Title block.
	pdf.SetFont(fontFamily, "", 16)
	text(pdf, textW, 9, v.Title, "C")
	pdf.Ln(2)
	pdf.SetFont(fontFamily, "", labelSize)
	for _, kv := range [][2]string{
		{"開示請求番号", v.Reference},
		{"実施機関", v.Municipality},
		{"作成日", v.Produced},
	} {
		if kv[1] == "" {
			continue
		}
		text(pdf, textW, 5, c.drawable(kv[0]+"：")+kv[1], "R")
	}
	pdf.Ln(4)

	for _, s := range v.Sections {
		if s.Heading != "" {
			keepWith(pdf, 8+5+lineHeight, pageH)
			pdf.SetFont(fontFamily, "", 13)
			heading(pdf, textW, s.Heading)
			pdf.Ln(2)
		}
		for _, p := range s.Parts {
			height := lineHeight
			if p.Withheld {
				height = float64(p.BarLines) * lineHeight
			}
			keepWith(pdf, 5+height, pageH) // a label never ends a page alone
			pdf.SetFont(fontFamily, "", labelSize)
			pdf.SetTextColor(80, 80, 80)
			text(pdf, textW, 5, p.Label, "L")
			pdf.SetTextColor(0, 0, 0)
			pdf.SetFont(fontFamily, "", bodySize)
			if p.Withheld {
				bar(pdf, p, textW, height, c)
			} else {
				text(pdf, textW, lineHeight, withBars(p.Spans), "L")
			}
			pdf.Ln(3)
		}
		pdf.Ln(3)
	}

	// The list of what was withheld, on what ground and why.
	keepWith(pdf, 8+5+3*lineHeight, pageH)
	pdf.SetFont(fontFamily, "", 13)
	heading(pdf, textW, c.drawable(ListHeading))
	pdf.Ln(2)
	pdf.SetFont(fontFamily, "", bodySize)
	if len(v.Withheld) == 0 {
		text(pdf, textW, lineHeight, c.drawable("不開示とした部分はありません。"), "L")
	}
	indent := 8.0
	for _, it := range v.Withheld {
		keepWith(pdf, 3*lineHeight, pageH)
		head := c.drawable("（"+strconv.Itoa(it.No)+"）") + it.Label
		if it.Section != "" {
			head += c.drawable("（") + it.Section + c.drawable("）")
		}
		text(pdf, textW, lineHeight, head, "L")
		for _, kv := range [][2]string{{"根拠", it.Ground}, {"理由", withBars(it.Reason)}} {
			pdf.SetX(margin + indent)
			text(pdf, textW-indent, lineHeight, c.drawable(kv[0]+"：")+kv[1], "L")
		}
		pdf.Ln(2)
	}
	if err := pdf.Error(); err != nil {
		return nil, fmt.Errorf("render: laying out the PDF: %w", err)
	}
	return pdf, nil
}

// keepWith starts a new page when fewer than need millimetres are left on this one.
func keepWith(pdf *fpdf.Fpdf, need, pageH float64) {
	if pdf.GetY()+need > pageH-margin {
		pdf.AddPage()
	}
}

// bar draws a withheld part: a black rectangle the full text width and of its bucket's height,
// with its number in the withheld list in white. Nothing of the withheld text is passed to the
// PDF writer — the view does not have it.
func bar(pdf *fpdf.Fpdf, p viewPart, w, h float64, c *coverer) {
	x, y := pdf.GetXY()
	pdf.SetFillColor(0, 0, 0)
	pdf.Rect(x, y, w, h, "F")
	pdf.SetTextColor(255, 255, 255)
	pdf.SetFont(fontFamily, "", labelSize)
	pdf.SetXY(x+2, y)
	pdf.CellFormat(w-4, lineHeight, c.drawable(WithheldMark+"（"+strconv.Itoa(p.No)+"）"), "", 0, "L", false, 0, "")
	pdf.SetTextColor(0, 0, 0)
	pdf.SetFont(fontFamily, "", bodySize)
	pdf.SetXY(x, y+h)
}

// barBase is where the runes standing for inline bars begin (Supplementary Private Use
// Area-A): a rune barBase+n is the bar of withheld part n inside a line of text. Text never
// holds such a rune when it reaches text: drawable has replaced every character outside the
// font (and so outside the BMP) by Substitute.
const barBase = 0xF0000

// isBar reports whether r stands for an inline bar, and of which withheld part.
func isBar(r rune) (int, bool) {
	if r > barBase && r <= 0xFFFFD {
		return int(r - barBase), true
	}
	return 0, false
}

// withBars joins drawable spans into one string for text, each bar as its rune.
func withBars(spans []span) string {
	var b strings.Builder
	for _, sp := range spans {
		if sp.No > 0 && barBase+sp.No <= 0xFFFFD {
			b.WriteRune(rune(barBase + sp.No))
		} else {
			b.WriteString(sp.Text)
		}
	}
	return b.String()
}

// barLabel is the white label on a bar of withheld part n.
func barLabel(n int) string { return WithheldMark + "（" + strconv.Itoa(n) + "）" }

// text writes s wrapped to width w (see wrap), one cell of height h per line, starting at the
// current position; the writer's automatic page break moves a line that does not fit to the
// next page, keeping its indent. A bar rune (see withBars) is drawn as an inline black bar
// with its number, wrapping like one word.
func text(pdf *fpdf.Fpdf, w, h float64, s, align string) {
	widths := map[rune]float64{}
	width := func(r rune) float64 {
		cw, ok := widths[r]
		if !ok {
			if n, bar := isBar(r); bar {
				cw = pdf.GetStringWidth(barLabel(n)) + 2*barPad
			} else {
				cw = pdf.GetStringWidth(string(r))
			}
			widths[r] = cw
		}
		return cw
	}
	inner := w - 2*pdf.GetCellMargin()
	for _, line := range wrap(s, inner, width) {
		if strings.IndexFunc(line, func(r rune) bool { _, bar := isBar(r); return bar }) < 0 {
			pdf.CellFormat(w, h, line, "", 2, align, false, 0, "")
			continue
		}
		barredLine(pdf, h, line, width)
	}
}

// barPad is the room either side of an inline bar's label, in millimetres.
const barPad = 1.0

// barredLine draws one wrapped line holding inline bars, left-aligned like text's lines:
// the text between bars as cells, each bar as a black rectangle with its label in white.
func barredLine(pdf *fpdf.Fpdf, h float64, line string, width func(rune) float64) {
	x0 := pdf.GetX()
	_, pageH := pdf.GetPageSize()
	keepWith(pdf, h, pageH)
	y := pdf.GetY()
	cm := pdf.GetCellMargin()
	x := x0 + cm
	pdf.SetCellMargin(0)
	var run []rune
	flush := func() {
		if len(run) == 0 {
			return
		}
		seg := string(run)
		sw := pdf.GetStringWidth(seg)
		pdf.SetXY(x, y)
		pdf.CellFormat(sw, h, seg, "", 0, "L", false, 0, "")
		x += sw
		run = run[:0]
	}
	for _, r := range line {
		n, bar := isBar(r)
		if !bar {
			run = append(run, r)
			continue
		}
		flush()
		bw := width(r)
		pdf.SetFillColor(0, 0, 0)
		pdf.Rect(x, y+0.5, bw, h-1, "F")
		pdf.SetTextColor(255, 255, 255)
		pdf.SetXY(x, y)
		pdf.CellFormat(bw, h, barLabel(n), "", 0, "C", false, 0, "")
		pdf.SetTextColor(0, 0, 0)
		x += bw
	}
	flush()
	pdf.SetCellMargin(cm)
	pdf.SetXY(x0, y+h)
}

// heading writes a section heading with a rule under it.
func heading(pdf *fpdf.Fpdf, w float64, s string) {
	text(pdf, w, 8, s, "L")
	x, y := pdf.GetXY()
	pdf.Line(x, y, x+w, y)
}
