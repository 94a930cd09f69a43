package storage

import (
	"archive/zip"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"path"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pppdesk/pppdesk/apperr"
)

// DefaultMaxBytes is the upload size limit when Limits.MaxBytes is 0: large enough for scanned
// agreements and photos, small enough to keep one upload in memory.
const DefaultMaxBytes = 20 << 20

// Limits says which uploads Check accepts; the zero value means the defaults.
type Limits struct {
	MaxBytes int64    // largest accepted size; 0 (or less) means DefaultMaxBytes
	Allowed  []string // accepted kinds (see DefaultAllowed); nil means DefaultAllowed, empty means none
}

// DefaultAllowed lists the kinds a partnership desk exchanges: PDFs, Office documents (current
// and 97–2003) and web images. Anything else (HTML, scripts, executables, archives) is refused
// because it could be served back to other users.
var DefaultAllowed = []string{"pdf", "docx", "xlsx", "pptx", "doc", "xls", "ppt", "png", "jpeg", "gif", "webp"}

// Checked describes an accepted upload, ready to be saved as the file's metadata row.
type Checked struct {
	Kind        string // one of DefaultAllowed's kinds, sniffed from the content
	ContentType string // the MIME type to serve the file with, derived from Kind (never from the client)
	Size        int64  // bytes
	SHA256      string // lowercase hex digest, for integrity checks and de-duplication
	FileName    string // the client's file name, reduced to a safe base name
}

// CheckError is Check's refusal of an upload; its Reason is a short English sentence meant to
// be shown to the uploader as is, unlike I/O errors, which are not CheckErrors.
type CheckError struct {
	Reason string
}

// Error returns the Reason, so a CheckError can be passed to the client unchanged.
func (e *CheckError) Error() string { return e.Reason }

func refuse(format string, args ...any) *CheckError {
	return &CheckError{Reason: fmt.Sprintf(format, args...)}
}

// kind describes one kind of file Check knows.
type kind struct {
	contentType string
	label       string   // how messages name the content
	exts        []string // file-name extensions that agree with it, lower case, no dot
}

var kinds = map[string]kind{
	"pdf":  {"application/pdf", "PDF", []string{"pdf"}},
	"docx": {"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "a Word document (DOCX)", []string{"docx"}},
	"xlsx": {"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "an Excel workbook (XLSX)", []string{"xlsx"}},
	"pptx": {"application/vnd.openxmlformats-officedocument.presentationml.presentation", "a PowerPoint presentation (PPTX)", []string{"pptx"}},
	"doc":  {"application/msword", "a Word 97-2003 document (DOC)", []string{"doc"}},
	"xls":  {"application/vnd.ms-excel", "an Excel 97-2003 workbook (XLS)", []string{"xls"}},
	"ppt":  {"application/vnd.ms-powerpoint", "a PowerPoint 97-2003 presentation (PPT)", []string{"ppt"}},
	"png":  {"image/png", "PNG", []string{"png"}},
	"jpeg": {"image/jpeg", "JPEG", []string{"jpg", "jpeg"}},
	"gif":  {"image/gif", "GIF", []string{"gif"}},
	"webp": {"image/webp", "WebP", []string{"webp"}},
}

// ole is the sniffed kind of an OLE2 compound file (DOC, XLS, PPT and others alike); the file
// name's extension then decides which of the three it is.
const ole = "ole"

var oleKinds = []string{"doc", "xls", "ppt"}

const oleContentType = "application/x-ole-storage"

// Check reads the whole upload (at most lim.MaxBytes+1 bytes, so an oversized upload costs no
// more than that) and decides from its content, never from what the client claims, what it is
// and whether it may be stored. The file name's extension must agree with the content, so a
// file is never downloaded under a misleading name. It returns the bytes and their metadata; a
// refused upload answers a *CheckError, a failing reader its own error.
func Check(r io.Reader, fileName string, lim Limits) ([]byte, Checked, error) {
	maxBytes := lim.MaxBytes
	if maxBytes <= 0 {
		maxBytes = DefaultMaxBytes
	}
	data, err := io.ReadAll(io.LimitReader(r, maxBytes+1))
	if err != nil {
		return nil, Checked{}, fmt.Errorf("storage: reading upload: %w", err)
	}
	if int64(len(data)) > maxBytes {
		return nil, Checked{}, refuse("file is larger than the %s limit", formatSize(maxBytes))
	}
	if len(data) == 0 {
		return nil, Checked{}, refuse("file is empty")
	}

	allowed := lim.Allowed
	if allowed == nil {
		allowed = DefaultAllowed
	}
	allow := map[string]bool{}
	for _, a := range allowed {
		a = strings.ToLower(strings.TrimSpace(a))
		if a == "jpg" {
			a = "jpeg"
		}
		allow[a] = true
	}

	name := CleanFileName(fileName)
	ext := path.Ext(name)
	lowerExt := strings.ToLower(strings.TrimPrefix(ext, "."))

	k, contentType := sniff(data)
	if k == ole && slices.Contains(oleKinds, lowerExt) {
		k, contentType = lowerExt, kinds[lowerExt].contentType
	}
	switch {
	case k == "":
		return nil, Checked{}, refuse("file type %s is not allowed (allowed: %s)", contentType, describeAllowed(allow))
	case k == ole:
		if !slices.ContainsFunc(oleKinds, func(k string) bool { return allow[k] }) {
			return nil, Checked{}, refuse("file type %s is not allowed (allowed: %s)", oleContentType, describeAllowed(allow))
		}
		return nil, Checked{}, mismatch("an Office 97-2003 document (DOC, XLS or PPT)", ext)
	case !allow[k]:
		return nil, Checked{}, refuse("file type %s is not allowed (allowed: %s)", contentType, describeAllowed(allow))
	case !slices.Contains(kinds[k].exts, lowerExt):
		return nil, Checked{}, mismatch(kinds[k].label, ext)
	}

	sum := sha256.Sum256(data)
	return data, Checked{
		Kind:        k,
		ContentType: contentType,
		Size:        int64(len(data)),
		SHA256:      hex.EncodeToString(sum[:]),
		FileName:    name,
	}, nil
}

func mismatch(label, ext string) *CheckError {
	if ext == "" {
		return refuse("file content is %s but its name has no extension", label)
	}
	return refuse("file content is %s but its name ends in %s", label, ext)
}

// Groups for describeAllowed: a group whose kinds are all allowed is named as a whole.
var allowedGroups = []struct {
	name  string
	kinds []string
}{
	{"PDF", []string{"pdf"}},
	{"Office documents", []string{"docx", "xlsx", "pptx", "doc", "xls", "ppt"}},
	{"images", []string{"png", "jpeg", "gif", "webp"}},
}

// describeAllowed names the allowed kinds for people: "PDF, Office documents, images" or
// "PDF, PNG, JPEG".
func describeAllowed(allow map[string]bool) string {
	var parts []string
	for _, g := range allowedGroups {
		if !slices.ContainsFunc(g.kinds, func(k string) bool { return !allow[k] }) {
			parts = append(parts, g.name)
			continue
		}
		for _, k := range g.kinds {
			if allow[k] {
				parts = append(parts, strings.ToUpper(k))
			}
		}
	}
	if len(parts) == 0 {
		return "none"
	}
	return strings.Join(parts, ", ")
}

var (
	oleMagic  = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}
	pngMagic  = []byte{0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}
	jpegMagic = []byte{0xFF, 0xD8, 0xFF}
	zipMagic  = []byte{'P', 'K', 3, 4}
)

// sniff returns the kind of data from its leading bytes ("" when Check knows no such kind, or
// ole) and a MIME type naming it; for unknown content the type comes from
// http.DetectContentType and serves only to word the refusal.
func sniff(data []byte) (string, string) {
	switch {
	case bytes.HasPrefix(data, []byte("%PDF-")):
		return "pdf", kinds["pdf"].contentType
	case bytes.HasPrefix(data, pngMagic):
		return "png", kinds["png"].contentType
	case bytes.HasPrefix(data, jpegMagic):
		return "jpeg", kinds["jpeg"].contentType
	case bytes.HasPrefix(data, []byte("GIF87a")), bytes.HasPrefix(data, []byte("GIF89a")):
		return "gif", kinds["gif"].contentType
	case len(data) >= 12 && string(data[:4]) == "RIFF" && string(data[8:12]) == "WEBP":
		return "webp", kinds["webp"].contentType
	case bytes.HasPrefix(data, oleMagic):
		return ole, oleContentType
	case bytes.HasPrefix(data, zipMagic):
		if k := officeKind(data); k != "" {
			return k, kinds[k].contentType
		}
		return "", "application/zip"
	case bytes.HasPrefix(data, []byte("MZ")):
		return "", "application/vnd.microsoft.portable-executable"
	}
	ct, _, err := mime.ParseMediaType(http.DetectContentType(data))
	if err != nil {
		ct = "application/octet-stream"
	}
	return "", ct
}

// officeKind opens data as a zip archive and returns "docx", "xlsx" or "pptx" when it has an
// Office Open XML layout: a [Content_Types].xml part and exactly one of the word/, xl/ and ppt/
// folders. Only the central directory is read; nothing is decompressed.
func officeKind(data []byte) string {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return ""
	}
	contentTypes := false
	found := map[string]bool{}
	for _, f := range zr.File {
		n := strings.ToLower(f.Name)
		switch {
		case n == "[content_types].xml":
			contentTypes = true
		case strings.HasPrefix(n, "word/"):
			found["docx"] = true
		case strings.HasPrefix(n, "xl/"):
			found["xlsx"] = true
		case strings.HasPrefix(n, "ppt/"):
			found["pptx"] = true
		}
	}
	if !contentTypes || len(found) != 1 {
		return ""
	}
	for k := range found {
		return k
	}
	return ""
}

// maxFileName is the longest file name most file systems accept, in bytes.
const maxFileName = 255

// CleanFileName reduces a client's file name to something safe to store and to put in a
// Content-Disposition header: the last path element (either slash counts, as browsers on
// Windows send "C:\dir\name"), without control or bidirectional-override characters (which
// can disguise an extension), trimmed, at most 255 bytes cut on a rune boundary while keeping a
// short extension, and "file" when nothing is left. Check uses it for Checked.FileName.
func CleanFileName(name string) string {
	if i := strings.LastIndexAny(name, `/\`); i >= 0 {
		name = name[i+1:]
	}
	name = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || isBidiControl(r) {
			return -1
		}
		return r
	}, strings.ToValidUTF8(name, ""))
	name = strings.TrimSpace(name)
	if name == "" || name == "." || name == ".." {
		return "file"
	}
	if len(name) <= maxFileName {
		return name
	}
	ext := path.Ext(name)
	if len(ext) > 32 || len(ext) == len(name) {
		ext = ""
	}
	return cutRunes(name[:len(name)-len(ext)], maxFileName-len(ext)) + ext
}

// cutRunes returns the longest prefix of s of at most n bytes that ends on a rune boundary.
func cutRunes(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// isBidiControl reports the invisible characters that reorder text, used to make
// "invoice\u202Efdp.exe" look like "invoiceexe.pdf".
func isBidiControl(r rune) bool {
	switch {
	case r == '\u061C', r == '\u200E', r == '\u200F':
		return true
	case r >= '\u202A' && r <= '\u202E':
		return true
	case r >= '\u2066' && r <= '\u2069':
		return true
	}
	return false
}

// Keep checks an upload and stores it under a new key: the one path by which proposal
// attachments and content media reach storage. A refused file answers BAD_USER_INPUT naming
// "file" and the reason; nothing is stored then.
func Keep(ctx context.Context, s Storage, r io.Reader, fileName string, lim Limits) (Checked, string, error) {
	data, checked, err := Check(r, fileName, lim)
	var ce *CheckError
	if errors.As(err, &ce) {
		return Checked{}, "", apperr.Invalid("file", "%s", ce.Reason)
	}
	if err != nil {
		return Checked{}, "", err
	}
	key := NewKey()
	if _, err := s.Put(ctx, key, bytes.NewReader(data)); err != nil {
		return Checked{}, "", fmt.Errorf("store file: %w", err)
	}
	return checked, key, nil
}
