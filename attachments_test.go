package pppdesk_test

import (
	"bytes"
	"encoding/json"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/pppdesk/pppdesk"
	"github.com/pppdesk/pppdesk/storage"
)

// upload sends a file per the GraphQL multipart request spec.
func (e *env) upload(proposalID any, name string, content []byte, headers ...string) response {
	e.t.Helper()
	return e.uploadTo(`mutation($p: ID!, $f: Upload!) { attachFile(proposalId: $p, file: $f) { id fileName contentType size downloadUrl } }`,
		proposalID, name, content, headers...)
}

// uploadTo sends a file as $f of a query whose other variable is $p.
func (e *env) uploadTo(query string, target any, name string, content []byte, headers ...string) response {
	e.t.Helper()
	var body bytes.Buffer
	w := multipart.NewWriter(&body)
	ops, _ := json.Marshal(map[string]any{
		"query":     query,
		"variables": map[string]any{"p": target, "f": nil},
	})
	_ = w.WriteField("operations", string(ops))
	_ = w.WriteField("map", `{"0": ["variables.f"]}`)
	fw, _ := w.CreateFormFile("0", name)
	_, _ = fw.Write(content)
	_ = w.Close()
	req := httptest.NewRequest(http.MethodPost, "/graphql", &body)
	req.Header.Set("Content-Type", w.FormDataContentType())
	// Clients send a preflight header with uploads: the server refuses non-JSON POSTs without.
	req.Header.Set("GraphQL-Require-Preflight", "1")
	for i := 0; i+1 < len(headers); i += 2 {
		req.Header.Set(headers[i], headers[i+1])
	}
	return e.send(req)
}

func (e *env) download(url string, headers ...string) (int, []byte) {
	req := httptest.NewRequest(http.MethodGet, url, nil)
	for i := 0; i+1 < len(headers); i += 2 {
		req.Header.Set(headers[i], headers[i+1])
	}
	rec := httptest.NewRecorder()
	e.srv.ServeHTTP(rec, req)
	b, _ := io.ReadAll(rec.Body)
	return rec.Code, b
}

var tinyPDF = []byte("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")

func TestAttachments(t *testing.T) {
	t.Parallel()
	e := newEnvOpts(t, func(c *pppdesk.Config) { c.Uploads = storage.Limits{MaxBytes: 1024} })
	p1, p2, desk := e.login("proposer1@demo.pppdesk.jp"), e.login("proposer2@demo.pppdesk.jp"), e.login("desk@demo.pppdesk.jp")
	keizai, kankyo := e.login("keizai@demo.pppdesk.jp"), e.login("kankyo@demo.pppdesk.jp")
	id := get(e.ok(createProposal, map[string]any{"in": proposalInput("FREE", nil)}, p1...), "createProposal", "proposal", "id")

	r := e.upload(id, "提案書.pdf", tinyPDF, p1...)
	if r.code() != "" {
		t.Fatalf("upload: %s", r.Raw)
	}
	a := get(r.Data, "attachFile")
	if get(a, "contentType") != "application/pdf" || get(a, "fileName") != "提案書.pdf" || get(a, "size") != float64(len(tinyPDF)) {
		t.Fatalf("attachment: %v", a)
	}
	url := get(a, "downloadUrl").(string)
	if code, b := e.download(url, p1...); code != 200 || !bytes.Equal(b, tinyPDF) {
		t.Fatalf("owner download: %d", code)
	}
	// The same policy as the proposal: another proposer and an anonymous caller get nothing.
	if code, _ := e.download(url, p2...); code != http.StatusNotFound {
		t.Fatalf("other proposer download: %d", code)
	}
	if code, _ := e.download(url); code != http.StatusUnauthorized {
		t.Fatalf("anonymous download: %d", code)
	}
	// Once assigned to 経済部, 経済部 can download it and 環境部 cannot.
	e.ok(`mutation($id: ID!) { submitProposal(id: $id, acceptTerms: true) { proposal { id } } }`, map[string]any{"id": id}, p1...)
	e.ok(`mutation($id: ID!, $d: [ID!]!) { assignProposal(id: $id, departmentIds: $d) { proposal { id } } }`, map[string]any{"id": id, "d": []any{e.departmentIDs()["経済部"]}}, desk...)
	if code, _ := e.download(url, keizai...); code != 200 {
		t.Fatalf("assigned department download: %d", code)
	}
	if code, _ := e.download(url, kankyo...); code != http.StatusNotFound {
		t.Fatalf("unassigned department download: %d", code)
	}
	d := e.ok(`query($id: ID!) { proposal(id: $id) { attachments { fileName } } }`, map[string]any{"id": id}, keizai...)
	if len(get(d, "proposal", "attachments").([]any)) != 1 {
		t.Fatalf("attachments: %v", d)
	}

	// Checked on the content: HTML named .pdf, a PNG named .pdf, an oversize file, an executable.
	for name, c := range map[string]struct {
		file    string
		content []byte
	}{
		"html renamed":  {"evil.pdf", []byte("<html><script>alert(1)</script></html>")},
		"name mismatch": {"image.pdf", append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), make([]byte, 20)...)},
		"too large":     {"big.pdf", append(append([]byte{}, tinyPDF...), make([]byte, 2048)...)},
		"executable":    {"tool.exe", append([]byte("MZ"), make([]byte, 100)...)},
	} {
		r := e.upload(id, c.file, c.content, p1...)
		if r.code() != "BAD_USER_INPUT" || r.Errors[0].Extensions["field"] != "file" {
			t.Errorf("%s: %s", name, r.Raw)
		}
	}
	if r := e.upload(id, "x.pdf", tinyPDF, p2...); r.code() != "NOT_FOUND" {
		t.Fatalf("upload to another's proposal: %s", r.Raw)
	}
	if r := e.upload(id, "x.pdf", tinyPDF); r.code() != "UNAUTHENTICATED" {
		t.Fatalf("anonymous upload: %s", r.Raw)
	}
	// A withdrawn proposal takes no more files.
	e.ok(`mutation($id: ID!) { withdrawProposal(id: $id) { proposal { id } } }`, map[string]any{"id": id}, p1...)
	if r := e.upload(id, "late.pdf", tinyPDF, p1...); r.code() != "CONFLICT" {
		t.Fatalf("upload after withdrawal: %s", r.Raw)
	}
	if !strings.HasPrefix(url, "/attachments/") {
		t.Fatalf("url %s", url)
	}
}

func TestContentMedia(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	desk := e.login("desk@demo.pppdesk.jp")
	d := e.ok(`mutation { createCaseStudy(input: {title: "写真つき事例", summary: "概要", locality: "青森市"}) { id } }`, nil, desk...)
	id := get(d, "createCaseStudy", "id")
	attach := `mutation($p: ID!, $f: Upload!) { attachMedia(contentId: $p, file: $f) { id url contentType } }`
	r := e.uploadTo(attach, id, "協定書.pdf", tinyPDF, desk...)
	if r.code() != "" {
		t.Fatalf("attach: %s", r.Raw)
	}
	url := get(r.Data, "attachMedia", "url").(string)
	mediaID := get(r.Data, "attachMedia", "id")
	// While the case study is a draft, its files are not public.
	if code, _ := e.download(url); code != http.StatusNotFound {
		t.Fatalf("draft media public: %d", code)
	}
	if code, _ := e.download(url, desk...); code != 200 {
		t.Fatalf("staff media: %d", code)
	}
	e.ok(`mutation($id: ID!) { publish(id: $id) { id } }`, map[string]any{"id": id}, desk...)
	if code, b := e.download(url); code != 200 || !bytes.Equal(b, tinyPDF) {
		t.Fatalf("published media: %d", code)
	}
	q := e.ok(`query($id: ID!) { caseStudy(id: $id) { media { fileName url } } }`, map[string]any{"id": id})
	if get(q, "caseStudy", "media", 0, "fileName") != "協定書.pdf" {
		t.Fatalf("media field: %v", q)
	}
	if r := e.uploadTo(attach, id, "evil.pdf", []byte("<html></html>"), desk...); r.code() != "BAD_USER_INPUT" {
		t.Fatalf("forbidden type: %s", r.Raw)
	}
	e.ok(`mutation($id: ID!) { deleteMedia(id: $id) }`, map[string]any{"id": mediaID}, desk...)
	if code, _ := e.download(url); code != http.StatusNotFound {
		t.Fatalf("deleted media: %d", code)
	}
}
