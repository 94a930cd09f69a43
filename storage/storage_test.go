package storage

import (
	"archive/zip"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"hash/crc32"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"testing"
	"testing/iotest"
)

func newLocal(t *testing.T) (*Local, string) {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "files")
	l, err := NewLocal(dir)
	if err != nil {
		t.Fatal(err)
	}
	return l, dir
}

func readAll(t *testing.T, l Storage, key string) string {
	t.Helper()
	rc, err := l.Open(context.Background(), key)
	if err != nil {
		t.Fatalf("Open(%q): %v", key, err)
	}
	defer rc.Close()
	b, err := io.ReadAll(rc)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// listFiles returns every non-directory entry below dir, slash-separated.
func listFiles(t *testing.T, dir string) []string {
	t.Helper()
	var out []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			rel, _ := filepath.Rel(dir, p)
			out = append(out, filepath.ToSlash(rel))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestLocalRoundTrip checks what only the local directory has: its modes.
func TestLocalRoundTrip(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	l, dir := newLocal(t)
	if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
		t.Fatalf("NewLocal did not create %s: %v", dir, err)
	} else if runtime.GOOS != "windows" && fi.Mode().Perm() != 0o750 {
		t.Errorf("dir mode = %o, want 750", fi.Mode().Perm())
	}
	for _, key := range []string{"hello.txt", NewKey(), "a/b/c/d"} {
		if _, err := l.Put(ctx, key, strings.NewReader("x")); err != nil {
			t.Fatalf("Put: %v", err)
		}
		if runtime.GOOS != "windows" {
			fi, err := os.Stat(filepath.Join(dir, filepath.FromSlash(key)))
			if err != nil {
				t.Fatal(err)
			}
			if fi.Mode().Perm() != 0o640 {
				t.Errorf("file mode = %o, want 640", fi.Mode().Perm())
			}
		}
	}
}

// TestStorageRoundTrip is the contract of every Storage, run against the local directory
// and an S3 bucket alike.
func TestStorageRoundTrip(t *testing.T) {
	t.Parallel()
	large := strings.Repeat("0123456789abcdef", (s3PartSize+s3PartSize/2)/16) // two parts when its length is unknown
	tests := []struct {
		name, key, content string
		unknownLength      bool
	}{
		{"flat key", "hello.txt", "hello", false},
		{"fan-out key", NewKey(), "agreement bytes", false},
		{"nested key", "a/b/c/d", strings.Repeat("x", 100_000), false},
		{"empty content", "empty", "", false},
		{"known length, beyond one part", NewKey(), large, false},
		{"unknown length", NewKey(), "streamed bytes", true},
		{"unknown length, empty", NewKey(), "", true},
		{"unknown length, beyond one part", NewKey(), large, true},
	}
	for _, b := range backends(t) {
		t.Run(b.name, func(t *testing.T) {
			t.Parallel()
			ctx := context.Background()
			l := b.s
			for _, tt := range tests {
				t.Run(tt.name, func(t *testing.T) {
					var r io.Reader = strings.NewReader(tt.content)
					if tt.unknownLength {
						r = iotest.HalfReader(r) // hides Len: a stream like a request body
					}
					n, err := l.Put(ctx, tt.key, r)
					if err != nil {
						t.Fatalf("Put: %v", err)
					}
					if n != int64(len(tt.content)) {
						t.Errorf("Put = %d bytes, want %d", n, len(tt.content))
					}
					if got := readAll(t, l, tt.key); got != tt.content {
						t.Errorf("Open read %d bytes, want %d", len(got), len(tt.content))
					}
					// Overwrite replaces.
					if _, err := l.Put(ctx, tt.key, strings.NewReader("v2")); err != nil {
						t.Fatal(err)
					}
					if got := readAll(t, l, tt.key); got != "v2" {
						t.Errorf("after overwrite read %q, want v2", got)
					}
					if err := l.Delete(ctx, tt.key); err != nil {
						t.Fatalf("Delete: %v", err)
					}
					if _, err := l.Open(ctx, tt.key); !errors.Is(err, ErrNotFound) {
						t.Errorf("Open after Delete: err = %v, want ErrNotFound", err)
					}
					if err := l.Delete(ctx, tt.key); err != nil {
						t.Errorf("second Delete: %v, want nil", err)
					}
				})
			}
			if files := b.files(t); len(files) != 0 {
				t.Errorf("files left after every Delete: %v", files)
			}
		})
	}
}

func TestStorageMissing(t *testing.T) {
	t.Parallel()
	for _, b := range backends(t) {
		t.Run(b.name, func(t *testing.T) {
			t.Parallel()
			ctx := context.Background()
			l := b.s
			key := NewKey()
			if _, err := l.Put(ctx, key, strings.NewReader("x")); err != nil {
				t.Fatal(err)
			}
			for _, k := range []string{"nope", "zz/nope", key[:2]} { // key[:2] is a fan-out directory
				if _, err := l.Open(ctx, k); err != ErrNotFound {
					t.Errorf("Open(%q): err = %v, want ErrNotFound", k, err)
				}
				if err := l.Delete(ctx, k); err != nil {
					t.Errorf("Delete(%q): %v, want nil", k, err)
				}
			}
			if got := readAll(t, l, key); got != "x" {
				t.Errorf("file under %q changed: %q", key, got)
			}
		})
	}
}

func TestStorageRefusesEscapingKeys(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	tests := []struct {
		key, why string
	}{
		{"", "empty"},
		{"/etc/passwd", "absolute"},
		{"../outside", `".."`},
		{"a/../../outside", `".."`},
		{"..", `".."`},
		{`a\b`, "backslash"},
		{`..\outside`, "backslash"},
		{"C:/x", "colon"},
		{"a//b", "empty element"},
		{"a/", "empty element"},
		{"./a", "dot"},
		{".tmp-123", "dot"},
		{"a\x00b", "control"},
	}
	for _, b := range backends(t) {
		l := b.s
		for _, tt := range tests {
			t.Run(b.name+"/"+tt.key, func(t *testing.T) {
				_, err := l.Put(ctx, tt.key, strings.NewReader("evil"))
				if !errors.Is(err, ErrInvalidKey) || !strings.Contains(err.Error(), tt.why) {
					t.Errorf("Put: err = %v, want ErrInvalidKey mentioning %q", err, tt.why)
				}
				if _, err := l.Open(ctx, tt.key); !errors.Is(err, ErrInvalidKey) {
					t.Errorf("Open: err = %v, want ErrInvalidKey", err)
				}
				if err := l.Delete(ctx, tt.key); !errors.Is(err, ErrInvalidKey) {
					t.Errorf("Delete: err = %v, want ErrInvalidKey", err)
				}
			})
		}
		if files := b.files(t); len(files) != 0 {
			t.Errorf("%s: files written despite refusal: %v", b.name, files)
		}
	}
}

func TestLocalSymlinkCannotEscape(t *testing.T) {
	t.Parallel()
	if runtime.GOOS == "windows" {
		t.Skip("symlinks need privileges on Windows")
	}
	ctx := context.Background()
	l, dir := newLocal(t)
	outside := t.TempDir()
	if err := os.WriteFile(filepath.Join(outside, "secret"), []byte("s"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(outside, filepath.Join(dir, "link")); err != nil {
		t.Fatal(err)
	}
	if _, err := l.Open(ctx, "link/secret"); err == nil || errors.Is(err, ErrNotFound) {
		t.Errorf("Open through symlink: err = %v, want an escape error", err)
	}
	if _, err := l.Put(ctx, "link/new", strings.NewReader("x")); err == nil {
		t.Error("Put through symlink succeeded")
	}
	if _, err := os.Stat(filepath.Join(outside, "new")); err == nil {
		t.Error("Put wrote outside the directory")
	}
}

func TestStoragePutFailureLeavesNothing(t *testing.T) {
	t.Parallel()
	canceled, cancel := context.WithCancel(context.Background())
	cancel()
	boom := errors.New("connection reset")
	tests := []struct {
		name string
		ctx  context.Context
		r    func() io.Reader
	}{
		{"reader fails midway", context.Background(), func() io.Reader {
			return io.MultiReader(strings.NewReader("half"), iotest.ErrReader(boom))
		}},
		{"reader fails after the first part", context.Background(), func() io.Reader {
			return io.MultiReader(strings.NewReader(strings.Repeat("x", s3PartSize+1000)), iotest.ErrReader(boom))
		}},
		{"context canceled", canceled, func() io.Reader { return strings.NewReader("data") }},
	}
	for _, b := range backends(t) {
		t.Run(b.name, func(t *testing.T) {
			t.Parallel()
			for _, tt := range tests {
				t.Run(tt.name, func(t *testing.T) {
					key := NewKey()
					n, err := b.s.Put(tt.ctx, key, tt.r())
					if err == nil || n != 0 {
						t.Fatalf("Put = %d, %v; want 0 and an error", n, err)
					}
					if _, err := b.s.Open(context.Background(), key); !errors.Is(err, ErrNotFound) {
						t.Errorf("Open after failed Put: err = %v, want ErrNotFound", err)
					}
					if files := b.files(t); len(files) != 0 {
						t.Errorf("failed Put left files: %v", files)
					}
				})
			}
		})
	}
}

func TestNewLocalRefusesFile(t *testing.T) {
	t.Parallel()
	f := filepath.Join(t.TempDir(), "f")
	if err := os.WriteFile(f, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	for _, dir := range []string{"", f} {
		if _, err := NewLocal(dir); err == nil {
			t.Errorf("NewLocal(%q) succeeded", dir)
		}
	}
}

func TestNewKey(t *testing.T) {
	t.Parallel()
	shape := regexp.MustCompile(`^([0-9a-f]{2})/([0-9a-f]{32})$`)
	seen := map[string]bool{}
	for range 1000 {
		k := NewKey()
		m := shape.FindStringSubmatch(k)
		if m == nil {
			t.Fatalf("NewKey() = %q, want xx/<32 hex>", k)
		}
		if !strings.HasPrefix(m[2], m[1]) {
			t.Fatalf("NewKey() = %q: prefix is not the first two digits", k)
		}
		if _, err := localName(k); err != nil {
			t.Fatalf("NewKey() = %q is refused: %v", k, err)
		}
		if seen[k] {
			t.Fatalf("NewKey() repeated %q", k)
		}
		seen[k] = true
	}
}

// Minimal real files.

func pdfFile() []byte {
	return []byte("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
}

func pngFile() []byte {
	var b bytes.Buffer
	b.Write([]byte{0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})
	chunk := func(typ string, data []byte) {
		binary.Write(&b, binary.BigEndian, uint32(len(data)))
		b.WriteString(typ)
		b.Write(data)
		binary.Write(&b, binary.BigEndian, crc32.ChecksumIEEE(append([]byte(typ), data...)))
	}
	chunk("IHDR", []byte{0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0}) // 1×1, 8-bit RGB
	chunk("IEND", nil)
	return b.Bytes()
}

func jpegFile() []byte {
	return append([]byte{0xFF, 0xD8, 0xFF, 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0}, 0xFF, 0xD9)
}

func gifFile() []byte {
	return append([]byte("GIF89a"), 1, 0, 1, 0, 0, 0, 0, ';')
}

func webpFile() []byte {
	body := append([]byte("WEBPVP8L"), 5, 0, 0, 0, 0x2F, 0, 0, 0, 0)
	var b bytes.Buffer
	b.WriteString("RIFF")
	binary.Write(&b, binary.LittleEndian, uint32(len(body)))
	b.Write(body)
	return b.Bytes()
}

func oleFile() []byte {
	b := make([]byte, 512)
	copy(b, []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1})
	return b
}

func zipFile(t *testing.T, names ...string) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for _, n := range names {
		w, err := zw.Create(n)
		if err != nil {
			t.Fatal(err)
		}
		io.WriteString(w, "<?xml version=\"1.0\"?><x/>")
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestCheckAccepts(t *testing.T) {
	t.Parallel()
	docx := zipFile(t, "[Content_Types].xml", "_rels/.rels", "word/document.xml")
	xlsx := zipFile(t, "[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/worksheets/sheet1.xml")
	pptx := zipFile(t, "[Content_Types].xml", "_rels/.rels", "ppt/presentation.xml")
	tests := []struct {
		name, fileName string
		data           []byte
		kind, ct       string
	}{
		{"pdf", "agreement.pdf", pdfFile(), "pdf", "application/pdf"},
		{"pdf upper-case extension", "AGREEMENT.PDF", pdfFile(), "pdf", "application/pdf"},
		{"png", "site.png", pngFile(), "png", "image/png"},
		{"jpeg as .jpg", "photo.jpg", jpegFile(), "jpeg", "image/jpeg"},
		{"jpeg as .jpeg", "photo.jpeg", jpegFile(), "jpeg", "image/jpeg"},
		{"gif", "anim.gif", gifFile(), "gif", "image/gif"},
		{"webp", "photo.webp", webpFile(), "webp", "image/webp"},
		{"docx", "proposal.docx", docx, "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
		{"xlsx", "budget.xlsx", xlsx, "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
		{"pptx", "pitch.pptx", pptx, "pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"},
		{"doc", "old.doc", oleFile(), "doc", "application/msword"},
		{"xls", "old.xls", oleFile(), "xls", "application/vnd.ms-excel"},
		{"ppt", "old.ppt", oleFile(), "ppt", "application/vnd.ms-powerpoint"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data, c, err := Check(bytes.NewReader(tt.data), tt.fileName, Limits{})
			if err != nil {
				t.Fatalf("Check: %v", err)
			}
			if !bytes.Equal(data, tt.data) {
				t.Error("Check returned different bytes")
			}
			if c.Kind != tt.kind || c.ContentType != tt.ct {
				t.Errorf("Kind, ContentType = %q, %q; want %q, %q", c.Kind, c.ContentType, tt.kind, tt.ct)
			}
			sum := sha256.Sum256(tt.data)
			if c.Size != int64(len(tt.data)) || c.SHA256 != hex.EncodeToString(sum[:]) || c.FileName != tt.fileName {
				t.Errorf("Checked = %+v", c)
			}
		})
	}
}

func TestCheckRefuses(t *testing.T) {
	t.Parallel()
	html := []byte("<!DOCTYPE html><html><script>alert(1)</script></html>")
	exe := append([]byte("MZ\x90\x00\x03\x00\x00\x00"), make([]byte, 120)...)
	notOffice := zipFile(t, "readme.txt", "data/values.csv")
	noContentTypes := zipFile(t, "word/document.xml")
	tests := []struct {
		name, fileName string
		data           []byte
		lim            Limits
		reason         string
	}{
		{"html renamed to pdf", "report.pdf", html, Limits{},
			"file type text/html is not allowed (allowed: PDF, Office documents, images)"},
		{"zip that is not office", "archive.docx", notOffice, Limits{},
			"file type application/zip is not allowed (allowed: PDF, Office documents, images)"},
		{"zip without content types", "doc.docx", noContentTypes, Limits{},
			"file type application/zip is not allowed (allowed: PDF, Office documents, images)"},
		{"exe", "setup.exe", exe, Limits{},
			"file type application/vnd.microsoft.portable-executable is not allowed (allowed: PDF, Office documents, images)"},
		{"exe renamed to pdf", "setup.pdf", exe, Limits{},
			"file type application/vnd.microsoft.portable-executable is not allowed (allowed: PDF, Office documents, images)"},
		{"over the limit", "big.pdf", append(pdfFile(), make([]byte, 200)...), Limits{MaxBytes: 100},
			"file is larger than the 100 B limit"},
		{"over the default limit", "big.pdf", append(pdfFile(), make([]byte, 20<<20)...), Limits{},
			"file is larger than the 20 MiB limit"},
		{"empty", "empty.pdf", nil, Limits{}, "file is empty"},
		{"png named pdf", "photo.pdf", pngFile(), Limits{},
			"file content is PNG but its name ends in .pdf"},
		{"pdf named png", "scan.png", pdfFile(), Limits{},
			"file content is PDF but its name ends in .png"},
		{"no extension", "scan", pdfFile(), Limits{},
			"file content is PDF but its name has no extension"},
		{"docx named xlsx", "x.xlsx", zipFile(t, "[Content_Types].xml", "word/document.xml"), Limits{},
			"file content is a Word document (DOCX) but its name ends in .xlsx"},
		{"ole named pdf", "old.pdf", oleFile(), Limits{},
			"file content is an Office 97-2003 document (DOC, XLS or PPT) but its name ends in .pdf"},
		{"kind not in custom list", "photo.png", pngFile(), Limits{Allowed: []string{"pdf", "jpg"}},
			"file type image/png is not allowed (allowed: PDF, JPEG)"},
		{"ole kind not in custom list", "old.xls", oleFile(), Limits{Allowed: []string{"pdf", "doc"}},
			"file type application/vnd.ms-excel is not allowed (allowed: PDF, DOC)"},
		{"ole not allowed at all", "old.bin", oleFile(), Limits{Allowed: []string{"pdf"}},
			"file type application/x-ole-storage is not allowed (allowed: PDF)"},
		{"empty allowed list", "a.pdf", pdfFile(), Limits{Allowed: []string{}},
			"file type application/pdf is not allowed (allowed: none)"},
		{"plain text", "notes.txt", []byte("hello\n"), Limits{},
			"file type text/plain is not allowed (allowed: PDF, Office documents, images)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data, c, err := Check(bytes.NewReader(tt.data), tt.fileName, tt.lim)
			var ce *CheckError
			if !errors.As(err, &ce) {
				t.Fatalf("Check = %+v, %v; want a *CheckError", c, err)
			}
			if ce.Reason != tt.reason || err.Error() != tt.reason {
				t.Errorf("reason = %q\n          want %q", ce.Reason, tt.reason)
			}
			if data != nil {
				t.Error("refused upload returned bytes")
			}
		})
	}
}

// countingReader yields endless bytes and counts how many were read.
type countingReader struct{ n int64 }

func (c *countingReader) Read(p []byte) (int, error) {
	c.n += int64(len(p))
	return len(p), nil
}

func TestCheckReadsAtMostMaxPlusOne(t *testing.T) {
	t.Parallel()
	r := &countingReader{}
	_, _, err := Check(r, "x.pdf", Limits{MaxBytes: 1000})
	var ce *CheckError
	if !errors.As(err, &ce) {
		t.Fatalf("err = %v, want *CheckError", err)
	}
	if r.n > 1001 {
		t.Errorf("read %d bytes, want at most 1001", r.n)
	}
}

func TestCheckReaderError(t *testing.T) {
	t.Parallel()
	boom := errors.New("client went away")
	_, _, err := Check(io.MultiReader(bytes.NewReader(pdfFile()), iotest.ErrReader(boom)), "a.pdf", Limits{})
	var ce *CheckError
	if !errors.Is(err, boom) || errors.As(err, &ce) {
		t.Errorf("err = %v, want the reader's error and no *CheckError", err)
	}
}

func TestCleanFileName(t *testing.T) {
	t.Parallel()
	long := strings.Repeat("報", 100) + ".pdf" // 304 bytes
	tests := []struct {
		in, want string
	}{
		{"agreement.pdf", "agreement.pdf"},
		{"../../etc/passwd", "passwd"},
		{`C:\x\報告書.pdf`, "報告書.pdf"},
		{`a/b\c/d.png`, "d.png"},
		{"bad\x00na\tme\x7f\u0085.pdf", "badname.pdf"},
		{"invoice\u202Efdp.exe", "invoicefdp.exe"},
		{"  spaced.pdf  ", "spaced.pdf"},
		{"bad\xffutf8.pdf", "badutf8.pdf"},
		{"", "file"},
		{"dir/", "file"},
		{"..", "file"},
		{"a/..", "file"},
		{"\x01\x02", "file"},
		{long, strings.Repeat("報", 83) + ".pdf"}, // 249 + 4 bytes: a 3-byte rune would pass 255
		{strings.Repeat("a", 300), strings.Repeat("a", 255)},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got := CleanFileName(tt.in)
			if got != tt.want {
				t.Errorf("CleanFileName(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if len(got) > 255 {
				t.Errorf("len = %d > 255", len(got))
			}
		})
	}
	// Check reports the cleaned name.
	_, c, err := Check(bytes.NewReader(pdfFile()), `C:\x\報告書.pdf`, Limits{})
	if err != nil || c.FileName != "報告書.pdf" {
		t.Errorf("Check FileName = %q, %v", c.FileName, err)
	}
	_, c, err = Check(bytes.NewReader(pdfFile()), long, Limits{})
	if err != nil || len(c.FileName) > 255 || !strings.HasSuffix(c.FileName, ".pdf") {
		t.Errorf("Check long FileName = %q, %v", c.FileName, err)
	}
}

func TestParseSize(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in      string
		want    int64
		wantErr bool
	}{
		{"20MiB", 20 << 20, false},
		{"512KiB", 512 << 10, false},
		{"1GiB", 1 << 30, false},
		{"2TiB", 2 << 40, false},
		{"1048576", 1048576, false},
		{"100B", 100, false},
		{" 20 mib ", 20 << 20, false},
		{"0", 0, false},
		{"", 0, true},
		{"MiB", 0, true},
		{"-1", 0, true},
		{"1.5MiB", 0, true},
		{"20MB", 0, true},
		{"20 megs", 0, true},
		{"99999999999999999999", 0, true},
		{"9000000TiB", 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseSize(tt.in)
			if (err != nil) != tt.wantErr || got != tt.want {
				t.Errorf("ParseSize(%q) = %d, %v; want %d, error %v", tt.in, got, err, tt.want, tt.wantErr)
			}
		})
	}
}

func TestFormatSize(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in   int64
		want string
	}{
		{100, "100 B"},
		{20 << 20, "20 MiB"},
		{512 << 10, "512 KiB"},
		{3 << 29, "1.5 GiB"},
	}
	for _, tt := range tests {
		if got := formatSize(tt.in); got != tt.want {
			t.Errorf("formatSize(%d) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
