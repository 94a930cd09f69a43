package pppdesk_test

import (
	"bytes"
	"encoding/json"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/pppdesk/pppdesk/model"
)

// uploadVars sends one multipart GraphQL operation whose variable f is the file and whose
// other variables are vars, as the admin's api helper does.
func (e *env) uploadVars(query string, vars map[string]any, name string, content []byte, headers ...string) response {
	e.t.Helper()
	v := map[string]any{"f": nil}
	for k, x := range vars {
		v[k] = x
	}
	var body bytes.Buffer
	w := multipart.NewWriter(&body)
	ops, _ := json.Marshal(map[string]any{"query": query, "variables": v})
	_ = w.WriteField("operations", string(ops))
	_ = w.WriteField("map", `{"0": ["variables.f"]}`)
	fw, _ := w.CreateFormFile("0", name)
	_, _ = fw.Write(content)
	_ = w.Close()
	req := httptest.NewRequest(http.MethodPost, "/graphql", &body)
	req.Header.Set("Content-Type", w.FormDataContentType())
	req.Header.Set("GraphQL-Require-Preflight", "1")
	for i := 0; i+1 < len(headers); i += 2 {
		req.Header.Set(headers[i], headers[i+1])
	}
	return e.send(req)
}

// Content images carry a text alternative for screen readers: given on upload, changed
// later by the desk with an audit entry, bounded like every text, public with the content,
// and never settable on a proposal's files.
func TestMediaAltText(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	desk, keizai := e.login("desk@demo.pppdesk.jp"), e.login("keizai@demo.pppdesk.jp")
	d := e.ok(`mutation { createCaseStudy(input: {title: "代替テキストの事例", summary: "概要", locality: "青森市"}) { id } }`, nil, desk...)
	id := get(d, "createCaseStudy", "id")
	attach := `mutation($p: ID!, $f: Upload!, $alt: String) { attachMedia(contentId: $p, file: $f, alt: $alt) { id alt } }`

	// Without alt the file is still accepted, with an empty alternative the admin asks for.
	r := e.uploadVars(attach, map[string]any{"p": id}, "資料.pdf", tinyPDF, desk...)
	if r.code() != "" || get(r.Data, "attachMedia", "alt") != "" {
		t.Fatalf("attach without alt: %s", r.Raw)
	}
	r = e.uploadVars(attach, map[string]any{"p": id, "alt": "  青森駅前で清掃する職員と事業者  "}, "写真.pdf", tinyPDF, desk...)
	if r.code() != "" || get(r.Data, "attachMedia", "alt") != "青森駅前で清掃する職員と事業者" {
		t.Fatalf("attach with alt (trimmed): %s", r.Raw)
	}
	mediaID := get(r.Data, "attachMedia", "id")

	long := strings.Repeat("あ", 251)
	if r := e.uploadVars(attach, map[string]any{"p": id, "alt": long}, "長い.pdf", tinyPDF, desk...); r.code() != "BAD_USER_INPUT" {
		t.Fatalf("attach with a 251-character alt: %s", r.Raw)
	}

	update := `mutation($id: ID!, $alt: String!) { updateMedia(id: $id, alt: $alt) { id alt fileName } }`
	u := e.ok(update, map[string]any{"id": mediaID, "alt": strings.Repeat("い", 250)}, desk...)
	if get(u, "updateMedia", "alt") != strings.Repeat("い", 250) || get(u, "updateMedia", "fileName") != "写真.pdf" {
		t.Fatalf("update at the limit: %v", u)
	}
	u = e.ok(update, map[string]any{"id": mediaID, "alt": "市役所前の花壇"}, desk...)
	if get(u, "updateMedia", "alt") != "市役所前の花壇" {
		t.Fatalf("update: %v", u)
	}
	// The same text again is no error (MariaDB counts found, not changed, rows).
	e.ok(update, map[string]any{"id": mediaID, "alt": "市役所前の花壇"}, desk...)
	e.fails("BAD_USER_INPUT", update, map[string]any{"id": mediaID, "alt": long}, desk...)
	e.fails("BAD_USER_INPUT", update, map[string]any{"id": mediaID, "alt": "a\x00b"}, desk...)
	e.fails("BAD_USER_INPUT", update, map[string]any{"id": "not-an-id", "alt": "x"}, desk...)
	e.fails("FORBIDDEN", update, map[string]any{"id": mediaID, "alt": "課の変更"}, keizai...)
	e.fails("UNAUTHENTICATED", update, map[string]any{"id": mediaID, "alt": "匿名"})

	audit := e.ok(`{ auditLog(first: 100) { edges { node { action targetId changes } } } }`, nil, desk...)
	var alts []string
	for _, edge := range get(audit, "auditLog", "edges").([]any) {
		if get(edge, "node", "action") == "content.media.alt" {
			if get(edge, "node", "targetId") != id {
				t.Errorf("alt audit names %v, want the case study %v", get(edge, "node", "targetId"), id)
			}
			alts = append(alts, get(edge, "node", "changes").(string))
		}
	}
	if len(alts) != 3 || !strings.Contains(strings.Join(alts, "\n"), "市役所前の花壇") {
		t.Fatalf("alt audit entries: %q", alts)
	}

	// The alternative is public with the published content.
	e.ok(`mutation($id: ID!) { publish(id: $id) { id } }`, map[string]any{"id": id}, desk...)
	q := e.ok(`query($id: ID!) { caseStudy(id: $id) { media { fileName alt } } }`, map[string]any{"id": id})
	var found bool
	for _, m := range get(q, "caseStudy", "media").([]any) {
		found = found || (get(m, "fileName") == "写真.pdf" && get(m, "alt") == "市役所前の花壇")
	}
	if !found {
		t.Fatalf("public media alt: %v", q)
	}

	// A proposal's file is no Media: its row is not found under a Media ID.
	p1 := e.login("proposer1@demo.pppdesk.jp")
	pid := get(e.ok(createProposal, map[string]any{"in": proposalInput("FREE", nil)}, p1...), "createProposal", "proposal", "id")
	pf := e.upload(pid, "提案書.pdf", tinyPDF, p1...)
	if pf.code() != "" {
		t.Fatalf("proposal upload: %s", pf.Raw)
	}
	asMedia := model.GlobalID("Media", rowID(t, get(pf.Data, "attachFile", "id")))
	e.fails("NOT_FOUND", update, map[string]any{"id": asMedia, "alt": "提案書"}, desk...)

	// A deleted file is not found either.
	e.ok(`mutation($id: ID!) { deleteMedia(id: $id) }`, map[string]any{"id": mediaID}, desk...)
	e.fails("NOT_FOUND", update, map[string]any{"id": mediaID, "alt": "消えた"}, desk...)
}
