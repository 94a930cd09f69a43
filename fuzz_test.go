package pppdesk_test

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// fuzzPost sends a query through the real handler and answers the first error code ("" for
// none); it fails the test if the answer is not GraphQL JSON.
func fuzzPost(t *testing.T, e *env, query string, vars map[string]any) (string, string) {
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	rec := httptest.NewRecorder()
	e.srv.ServeHTTP(rec, req)
	var r response
	if err := json.Unmarshal(rec.Body.Bytes(), &r); err != nil {
		t.Fatalf("not JSON (%d): %s", rec.Code, rec.Body.String())
	}
	return r.code(), rec.Body.String()
}

// FuzzCursor sends any text as a list cursor through the real handler: it is a page or a
// BAD_USER_INPUT naming after, never INTERNAL. It knows nothing of the cursor's format: seeds
// include real cursors of several lists and orders.
func FuzzCursor(f *testing.F) {
	e := newEnv(f, true)
	for _, q := range []string{`{ caseStudies(first: 3) { pageInfo { endCursor } } }`, `{ agreements(first: 2, orderBy: {field: TITLE, direction: ASC}) { pageInfo { endCursor } } }`} {
		d := e.ok(q, nil)
		for _, v := range d {
			if c, ok := get(v, "pageInfo", "endCursor").(string); ok {
				f.Add(c)
				f.Add(c[:len(c)/2])
				f.Add(c + "A")
			}
		}
	}
	for _, s := range []string{"", "zzz", "@@@", "YzF8UFVCTElTSEVEX0FUfER8MQ", "YzF8fHw", strings.Repeat("A", 4096), "\x00", "c1|PUBLISHED_AT|D|-1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, cursor string) {
		code, raw := fuzzPost(t, e, `query($c: String) { caseStudies(first: 2, after: $c) { totalCount edges { cursor } } }`, map[string]any{"c": cursor})
		if code != "" && (code != "BAD_USER_INPUT" || !strings.Contains(raw, `"field":"after"`)) {
			t.Fatalf("cursor %q: %s", cursor, raw)
		}
	})
}

// FuzzSearchText sends any text as a search through the real handler, into SQL on SQLite or
// MySQL: it is a page or a BAD_USER_INPUT naming filter.search, never INTERNAL.
func FuzzSearchText(f *testing.F) {
	e := newEnv(f, true)
	for _, s := range []string{"実証実験", "青森 ねぶた", "100%", "a_b", "!%_", "'; DROP TABLE case_studies; --", "\\", "a\x00b", "\u3000全角\u3000空白",
		strings.Repeat("あ ", 17), strings.Repeat("x", 201), "𠮷野家", "\u202etxt.exe"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		code, raw := fuzzPost(t, e, `query($s: String) { caseStudies(filter: {search: $s}) { totalCount } }`, map[string]any{"s": s})
		if code != "" && (code != "BAD_USER_INPUT" || !strings.Contains(raw, `"field":"filter.search"`)) {
			t.Fatalf("search %q: %s", s, raw)
		}
	})
}
