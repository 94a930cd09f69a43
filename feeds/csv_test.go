package feeds

import (
	"bytes"
	"strings"
	"testing"
)

// TestCSVDefusesFormulas checks that no cell of an export starts a spreadsheet formula.
func TestCSVDefusesFormulas(t *testing.T) {
	cells := []struct{ in, want string }{
		{`=HYPERLINK("http://evil.example","x")`, `'=HYPERLINK("http://evil.example","x")`},
		{"+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0"},
		{"-2+3", "'-2+3"},
		{"@SUM(A1)", "'@SUM(A1)"},
		{"\t=1", "'\t=1"},
		{"\r=1", "'\r=1"},
		{"-3", "-3"},
		{"+4.5", "+4.5"},
		{"株式会社=", "株式会社="},
		{"", ""},
	}
	for _, c := range cells {
		if got := defuse([]string{c.in})[0]; got != c.want {
			t.Errorf("cell %q defused to %q, want %q", c.in, got, c.want)
		}
	}
	var b bytes.Buffer
	if err := CSV(&b, Table{Columns: []string{"name"}, Rows: [][]string{{"=1+1"}, {"-1"}}}); err != nil {
		t.Fatal(err)
	}
	if want := "\xEF\xBB\xBFname\r\n'=1+1\r\n-1\r\n"; b.String() != want {
		t.Errorf("CSV wrote %q, want %q", b.String(), want)
	}
	if strings.Contains(b.String(), "\n=") {
		t.Error("a line starts with =")
	}
}
