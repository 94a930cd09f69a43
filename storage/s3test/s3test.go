// Package s3test runs an in-memory S3-compatible server (gofakes3) on loopback, so that the
// S3 storage is tested against a real HTTP implementation of the protocol, in the test's
// own process, without any network beyond 127.0.0.1.
package s3test

import (
	"encoding/xml"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"

	"github.com/johannesboyne/gofakes3"
	"github.com/johannesboyne/gofakes3/backend/s3mem"
)

// Server is one fake S3 server with one empty bucket, stopped when its test ends.
type Server struct {
	URL    string // http://127.0.0.1:port
	Bucket string

	close    func()
	mu       sync.Mutex
	requests []Request
}

// Request is what the server was asked, for tests that check what the client sent (for
// example the server-side encryption header).
type Request struct {
	Method, Path, Query string
	Header              http.Header
}

// Access and secret key the fake server is given; it accepts any, but they must be present.
const (
	AccessKey = "pppdesk-test-access"
	SecretKey = "pppdesk-test-secret-DO-NOT-LOG"
)

// Start serves a fresh in-memory store with the bucket created on 127.0.0.1.
func Start(t testing.TB, bucket string) *Server {
	t.Helper()
	backend := s3mem.New()
	if err := backend.CreateBucket(bucket); err != nil {
		t.Fatal(err)
	}
	fake := gofakes3.New(backend, gofakes3.WithAutoBucket(false))
	s := &Server{Bucket: bucket}
	h := fake.Server()
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.requests = append(s.requests, Request{Method: r.Method, Path: r.URL.Path, Query: r.URL.RawQuery, Header: r.Header.Clone()})
		s.mu.Unlock()
		h.ServeHTTP(w, r)
	}))
	t.Cleanup(ts.Close)
	s.URL, s.close = ts.URL, ts.Close
	return s
}

// Close stops the server before the test ends, for tests of an object store gone away.
func (s *Server) Close() { s.close() }

// Requests returns every request served so far.
func (s *Server) Requests() []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Request(nil), s.requests...)
}

// Objects lists the names of the objects stored in the bucket, through the S3 protocol.
func (s *Server) Objects(t testing.TB) []string {
	t.Helper()
	resp, err := http.Get(s.URL + "/" + s.Bucket + "?list-type=2")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var out struct {
		Contents []struct{ Key string }
	}
	if err := xml.NewDecoder(resp.Body).Decode(&out); err != nil {
		t.Fatal(err)
	}
	keys := make([]string, 0, len(out.Contents))
	for _, c := range out.Contents {
		keys = append(keys, c.Key)
	}
	return keys
}
