// Package feeds writes published content in the formats people outside the API read: an Atom
// feed for readers and site builders, and CSV (with a UTF-8 BOM, for spreadsheets) and JSON
// for open data.
package feeds

import (
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"io"
	"regexp"
	"time"
)

// Entry is one item of the Atom feed.
type Entry struct {
	ID        string
	Title     string
	Summary   string
	Link      string
	Category  string
	Published time.Time
	Updated   time.Time
}

type atomFeed struct {
	XMLName xml.Name    `xml:"http://www.w3.org/2005/Atom feed"`
	Title   string      `xml:"title"`
	ID      string      `xml:"id"`
	Updated string      `xml:"updated"`
	Link    atomLink    `xml:"link"`
	Author  atomAuthor  `xml:"author"`
	Entries []atomEntry `xml:"entry"`
}

type atomLink struct {
	Href string `xml:"href,attr"`
	Rel  string `xml:"rel,attr,omitempty"`
}

type atomAuthor struct {
	Name string `xml:"name"`
}

type atomCategory struct {
	Term string `xml:"term,attr"`
}

type atomEntry struct {
	Title     string        `xml:"title"`
	ID        string        `xml:"id"`
	Link      atomLink      `xml:"link"`
	Published string        `xml:"published"`
	Updated   string        `xml:"updated"`
	Summary   string        `xml:"summary"`
	Category  *atomCategory `xml:"category,omitempty"`
}

// Atom writes an Atom 1.0 feed.
func Atom(w io.Writer, title, id, link, author string, updated time.Time, entries []Entry) error {
	f := atomFeed{Title: title, ID: id, Updated: updated.UTC().Format(time.RFC3339), Link: atomLink{Href: link, Rel: "alternate"}, Author: atomAuthor{Name: author}}
	for _, e := range entries {
		ae := atomEntry{Title: e.Title, ID: e.ID, Link: atomLink{Href: e.Link}, Published: e.Published.UTC().Format(time.RFC3339),
			Updated: e.Updated.UTC().Format(time.RFC3339), Summary: e.Summary}
		if e.Category != "" {
			ae.Category = &atomCategory{Term: e.Category}
		}
		f.Entries = append(f.Entries, ae)
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	return enc.Encode(f)
}

// Table is rows of open data with named columns.
type Table struct {
	Columns []string
	Rows    [][]string
}

// CSV writes the table as CSV with a UTF-8 byte-order mark, so spreadsheet programs that
// guess Shift_JIS open Japanese text correctly.
func CSV(w io.Writer, t Table) error {
	s, err := StreamCSV(w, t.Columns)
	if err != nil {
		return err
	}
	for _, r := range t.Rows {
		if err := s.Row(r); err != nil {
			return err
		}
	}
	return s.Close()
}

// CSVStream writes a CSV table row by row, as CSV does, for an export too large to hold
// in memory: rows reach w as its buffer fills.
type CSVStream struct {
	cw *csv.Writer
}

// StreamCSV starts a CSV table on w: the byte-order mark and the header row.
func StreamCSV(w io.Writer, columns []string) (*CSVStream, error) {
	if _, err := w.Write([]byte("\xEF\xBB\xBF")); err != nil {
		return nil, err
	}
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	if err := cw.Write(defuse(columns)); err != nil {
		return nil, err
	}
	return &CSVStream{cw: cw}, nil
}

// Row writes one row, defused like every cell of CSV.
func (s *CSVStream) Row(r []string) error { return s.cw.Write(defuse(r)) }

// Close writes what is still buffered and answers the first write error.
func (s *CSVStream) Close() error {
	s.cw.Flush()
	return s.cw.Error()
}

// plainNumber is a cell a spreadsheet reads as a number and never as a formula.
var plainNumber = regexp.MustCompile(`^[-+]?[0-9]+(\.[0-9]+)?$`)

// defuse answers the row with every cell a spreadsheet would take for a formula (starting
// with =, +, -, @, tab or CR) prefixed with an apostrophe, as OWASP recommends against CSV
// injection: partner names and custom values are chosen by anyone who submits a proposal.
// Plain numbers (such as -3) are left alone.
func defuse(row []string) []string {
	out := make([]string, len(row))
	for i, c := range row {
		if c != "" && !plainNumber.MatchString(c) {
			switch c[0] {
			case '=', '+', '-', '@', '\t', '\r':
				c = "'" + c
			}
		}
		out[i] = c
	}
	return out
}

// JSON writes the table as an array of objects keyed by column.
func JSON(w io.Writer, t Table) error {
	out := make([]map[string]string, len(t.Rows))
	for i, r := range t.Rows {
		m := make(map[string]string, len(t.Columns))
		for j, c := range t.Columns {
			if j < len(r) {
				m[c] = r[j]
			}
		}
		out[i] = m
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}
