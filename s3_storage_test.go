package pppdesk_test

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/pppdesk/pppdesk"
	"github.com/pppdesk/pppdesk/storage"
	"github.com/pppdesk/pppdesk/storage/s3test"
)

// fetchFile downloads through the real handler and keeps the answer's headers.
func (e *env) fetchFile(url string, headers ...string) *http.Response {
	e.t.Helper()
	req := httptest.NewRequest(http.MethodGet, url, nil)
	for i := 0; i+1 < len(headers); i += 2 {
		req.Header.Set(headers[i], headers[i+1])
	}
	rec := httptest.NewRecorder()
	e.srv.ServeHTTP(rec, req)
	return rec.Result()
}

func fileBody(t *testing.T, res *http.Response) []byte {
	t.Helper()
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestFilesInS3 runs the file routes end to end with the files in an S3 bucket (an in-memory
// S3 server on 127.0.0.1): an attachment and a content file uploaded by GraphQL multipart land
// in the bucket under the prefix, download through /attachments/{id} and /media/{id} with the
// same headers and the same access control as on local disk, and a deleted media file leaves
// the bucket. With the object store gone, an upload fails cleanly and records nothing.
func TestFilesInS3(t *testing.T) {
	t.Parallel()
	srv := s3test.Start(t, "pppdesk-files")
	files, err := storage.NewS3(context.Background(), storage.S3Config{Endpoint: srv.URL, Bucket: srv.Bucket,
		Region: "us-east-1", AccessKey: s3test.AccessKey, SecretKey: s3test.SecretKey, PathStyle: true, Prefix: "aomori-desk"})
	if err != nil {
		t.Fatal(err)
	}
	e := newEnvOpts(t, func(c *pppdesk.Config) { c.Files = files })
	p1, p2, desk := e.login("proposer1@demo.pppdesk.jp"), e.login("proposer2@demo.pppdesk.jp"), e.login("desk@demo.pppdesk.jp")
	objects := func() []string {
		t.Helper()
		var out []string
		for _, o := range srv.Objects(t) {
			if !strings.HasPrefix(o, "aomori-desk/") {
				t.Errorf("object %q outside the prefix", o)
			}
			out = append(out, o)
		}
		return out
	}
	if n := len(objects()); n != 0 {
		t.Fatalf("%d objects before any upload", n)
	}

	// An attachment: stored in the bucket, served to its owner only.
	id := get(e.ok(createProposal, map[string]any{"in": proposalInput("FREE", nil)}, p1...), "createProposal", "proposal", "id")
	r := e.upload(id, "提案書.pdf", tinyPDF, p1...)
	if r.code() != "" {
		t.Fatalf("upload: %s", r.Raw)
	}
	url := get(r.Data, "attachFile", "downloadUrl").(string)
	if n := len(objects()); n != 1 {
		t.Fatalf("%d objects after one upload, want 1", n)
	}
	res := e.fetchFile(url, p1...)
	if b := fileBody(t, res); res.StatusCode != http.StatusOK || !bytes.Equal(b, tinyPDF) {
		t.Fatalf("owner download: %d %q", res.StatusCode, b)
	}
	for h, want := range map[string]string{
		"Content-Type": "application/pdf", "Content-Length": "45", "X-Content-Type-Options": "nosniff",
		"Cache-Control": "private, no-store", "Content-Disposition": `attachment; filename*=utf-8''%E6%8F%90%E6%A1%88%E6%9B%B8.pdf`,
	} {
		if got := res.Header.Get(h); got != want {
			t.Errorf("attachment %s = %q, want %q", h, got, want)
		}
	}
	// A Range request gets its slice, or (while the route serves whole files) the whole file.
	res = e.fetchFile(url, append(append([]string{}, p1...), "Range", "bytes=5-7")...)
	switch b := fileBody(t, res); res.StatusCode {
	case http.StatusPartialContent:
		if !bytes.Equal(b, tinyPDF[5:8]) {
			t.Errorf("range: %q", b)
		}
	case http.StatusOK:
		if !bytes.Equal(b, tinyPDF) {
			t.Errorf("range ignored but body differs: %q", b)
		}
	default:
		t.Errorf("range: %d", res.StatusCode)
	}
	if res := e.fetchFile(url, p2...); res.StatusCode != http.StatusNotFound {
		t.Errorf("other proposer download: %d", res.StatusCode)
	}
	if res := e.fetchFile(url); res.StatusCode != http.StatusUnauthorized {
		t.Errorf("anonymous download: %d", res.StatusCode)
	}

	// A content file: staff only while a draft, public once published, gone once deleted.
	cs := get(e.ok(`mutation { createCaseStudy(input: {title: "S3の事例", summary: "概要", locality: "青森市"}) { id } }`, nil, desk...), "createCaseStudy", "id")
	r = e.uploadTo(`mutation($p: ID!, $f: Upload!) { attachMedia(contentId: $p, file: $f) { id url } }`, cs, "協定書.pdf", tinyPDF, desk...)
	if r.code() != "" {
		t.Fatalf("attach media: %s", r.Raw)
	}
	mediaURL, mediaID := get(r.Data, "attachMedia", "url").(string), get(r.Data, "attachMedia", "id")
	if n := len(objects()); n != 2 {
		t.Fatalf("%d objects after two uploads, want 2", n)
	}
	if res := e.fetchFile(mediaURL); res.StatusCode != http.StatusNotFound {
		t.Errorf("draft media public: %d", res.StatusCode)
	}
	if res := e.fetchFile(mediaURL, desk...); res.StatusCode != http.StatusOK || !bytes.Equal(fileBody(t, res), tinyPDF) {
		t.Errorf("staff media: %d", res.StatusCode)
	}
	e.ok(`mutation($id: ID!) { publish(id: $id) { id } }`, map[string]any{"id": cs}, desk...)
	res = e.fetchFile(mediaURL)
	if b := fileBody(t, res); res.StatusCode != http.StatusOK || !bytes.Equal(b, tinyPDF) || res.Header.Get("Cache-Control") != "public, max-age=300" {
		t.Errorf("published media: %d %q %q", res.StatusCode, res.Header.Get("Cache-Control"), b)
	}
	e.ok(`mutation($id: ID!) { deleteMedia(id: $id) }`, map[string]any{"id": mediaID}, desk...)
	if res := e.fetchFile(mediaURL); res.StatusCode != http.StatusNotFound {
		t.Errorf("deleted media: %d", res.StatusCode)
	}
	if n := len(objects()); n != 1 {
		t.Errorf("%d objects after deleting the media file, want 1", n)
	}

	// The object store goes away: an upload fails without a crash and records no attachment.
	srv.Close()
	if r := e.upload(id, "late.pdf", tinyPDF, p1...); r.code() == "" {
		t.Fatalf("upload with the store gone succeeded: %s", r.Raw)
	}
	d := e.ok(`query($id: ID!) { proposal(id: $id) { attachments { fileName } } }`, map[string]any{"id": id}, p1...)
	if n := len(get(d, "proposal", "attachments").([]any)); n != 1 {
		t.Errorf("%d attachments after a failed upload, want 1", n)
	}
	if res := e.fetchFile(url, p1...); res.StatusCode != http.StatusInternalServerError {
		t.Errorf("download with the store gone: %d, want 500", res.StatusCode)
	}
}
