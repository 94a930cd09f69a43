package storage

import (
	"bytes"
	"errors"
	"slices"
	"testing"
)

// FuzzCheck: upload sniffing never panics on any content or name; it either refuses with a
// CheckError meant for the uploader, or accepts an allowed kind whose served type comes from
// the kind, with the size and name it reports.
func FuzzCheck(f *testing.F) {
	f.Add([]byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"), "a.pdf")
	f.Add([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), "p.png")
	f.Add([]byte("\xff\xd8\xff\xe0\x00\x10JFIF"), "p.jpg")
	f.Add([]byte("GIF89a\x01\x00\x01\x00"), "g.gif")
	f.Add([]byte("RIFF\x00\x00\x00\x00WEBPVP8 "), "w.webp")
	f.Add([]byte("PK\x03\x04\x14\x00\x00\x00\x08\x00"), "d.docx")
	f.Add([]byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"), "x.xls")
	f.Add([]byte("<html><script>alert(1)</script>"), "a.pdf")
	f.Add([]byte{}, "")
	f.Add([]byte("%PDF-"), "../../etc/passwd\x00.pdf")
	f.Fuzz(func(t *testing.T, data []byte, name string) {
		out, c, err := Check(bytes.NewReader(data), name, Limits{MaxBytes: 1 << 16})
		if err != nil {
			var ce *CheckError
			if !errors.As(err, &ce) || ce.Reason == "" {
				t.Fatalf("refusal is not a CheckError: %v", err)
			}
			return
		}
		if !slices.Contains(DefaultAllowed, c.Kind) || c.ContentType == "" || c.Size != int64(len(data)) || !bytes.Equal(out, data) {
			t.Fatalf("accepted %+v for %d bytes", c, len(data))
		}
		if c.FileName == "" || bytes.ContainsAny([]byte(c.FileName), "/\\\x00") {
			t.Fatalf("unsafe file name %q", c.FileName)
		}
	})
}
