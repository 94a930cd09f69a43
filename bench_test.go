package pppdesk_test

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"
)

// BenchmarkCaseStudiesPage measures one portal page: all case studies of the demo with
// partners, resources, merits and tags, through the real handler.
// Run: go test -run '^$' -bench CaseStudiesPage -benchmem .
func BenchmarkCaseStudiesPage(b *testing.B) {
	e := newEnv(b, true)
	body, _ := json.Marshal(map[string]any{"query": caseStudyPage, "variables": map[string]any{"first": 100}})
	queries := e.st.Queries()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		rec := httptest.NewRecorder()
		e.srv.ServeHTTP(rec, req)
		if rec.Code != http.StatusOK {
			b.Fatalf("status %d", rec.Code)
		}
	}
	b.ReportMetric(float64(e.st.Queries()-queries)/float64(b.N), "queries/op")
}
