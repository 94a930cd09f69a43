package storage

import (
	"context"
	"errors"
	"io"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/minio/minio-go/v7"
	"github.com/pppdesk/pppdesk/storage/s3test"
)

// backend is one Storage under test and a way to list every file it holds, whatever the key.
type backend struct {
	name  string
	s     Storage
	files func(t *testing.T) []string
}

// backends returns a fresh local directory and a fresh S3 bucket (an in-memory S3 server on
// 127.0.0.1), so every conformance test runs against both.
func backends(t *testing.T) []backend {
	t.Helper()
	l, dir := newLocal(t)
	s3, srv := newS3(t, "")
	return []backend{
		{"local", l, func(t *testing.T) []string { return listFiles(t, filepath.Dir(dir)) }},
		{"s3", s3, func(t *testing.T) []string { return srv.Objects(t) }},
	}
}

func newS3(t *testing.T, prefix string) (*S3, *s3test.Server) {
	t.Helper()
	srv := s3test.Start(t, "pppdesk-files")
	cfg := s3Config(srv)
	cfg.Prefix = prefix
	s, err := NewS3(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	return s, srv
}

func s3Config(srv *s3test.Server) S3Config {
	return S3Config{Endpoint: srv.URL, Bucket: srv.Bucket, Region: "us-east-1",
		AccessKey: s3test.AccessKey, SecretKey: s3test.SecretKey, PathStyle: true}
}

func TestS3Prefix(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s, srv := newS3(t, "/city/pppdesk/")
	key := NewKey()
	if _, err := s.Put(ctx, key, strings.NewReader("x")); err != nil {
		t.Fatal(err)
	}
	if got := srv.Objects(t); len(got) != 1 || got[0] != "city/pppdesk/"+key {
		t.Errorf("objects = %v, want [city/pppdesk/%s]", got, key)
	}
	if got := readAll(t, s, key); got != "x" {
		t.Errorf("read %q", got)
	}
	// Another deployment in the same bucket sees none of it.
	other, err := NewS3(ctx, S3Config{Endpoint: srv.URL, Bucket: srv.Bucket, Region: "us-east-1",
		AccessKey: s3test.AccessKey, SecretKey: s3test.SecretKey, PathStyle: true, Prefix: "other"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := other.Open(ctx, key); !errors.Is(err, ErrNotFound) {
		t.Errorf("other prefix Open: err = %v, want ErrNotFound", err)
	}
}

// TestS3OpenSeeks checks that an opened file can be read from the middle (a ranged GET), so
// a download route can answer Range requests without reading the whole object.
func TestS3OpenSeeks(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s, srv := newS3(t, "")
	key := NewKey()
	if _, err := s.Put(ctx, key, strings.NewReader("0123456789")); err != nil {
		t.Fatal(err)
	}
	rc, err := s.Open(ctx, key)
	if err != nil {
		t.Fatal(err)
	}
	defer rc.Close()
	rs, ok := rc.(io.ReadSeeker)
	if !ok {
		t.Fatalf("Open returned %T, not an io.ReadSeeker", rc)
	}
	if _, err := rs.Seek(6, io.SeekStart); err != nil {
		t.Fatal(err)
	}
	b, err := io.ReadAll(rs)
	if err != nil || string(b) != "6789" {
		t.Errorf("after Seek(6) read %q, %v; want 6789", b, err)
	}
	ranged := false
	for _, r := range srv.Requests() {
		if r.Method == http.MethodGet && r.Header.Get("Range") == "bytes=6-" {
			ranged = true
		}
	}
	if !ranged {
		t.Error("no ranged GET was sent after Seek")
	}
}

// TestS3StreamsLongUploadsInParts: a stream of unknown length longer than one part goes up as
// a multipart upload, one part buffered at a time, never as one body held in memory; a short
// one goes up in a single PUT.
func TestS3StreamsLongUploadsInParts(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		name  string
		size  int
		parts int // 0: a single PUT
	}{
		{"short", 1000, 0},
		{"two parts", s3PartSize + s3PartSize/2, 2},
		{"three parts", 2*s3PartSize + 1, 3},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			s, srv := newS3(t, "")
			n, err := s.Put(context.Background(), "k", iotest.HalfReader(strings.NewReader(strings.Repeat("z", tt.size))))
			if err != nil || n != int64(tt.size) {
				t.Fatalf("Put = %d, %v", n, err)
			}
			parts, puts := 0, 0
			for _, r := range srv.Requests() {
				if r.Method != http.MethodPut {
					continue
				}
				puts++
				if strings.Contains(r.Query, "partNumber=") {
					parts++
					if r.Header.Get("Content-Md5") == "" {
						t.Error("a part without Content-MD5")
					}
				}
			}
			if parts != tt.parts || (tt.parts == 0 && puts != 1) {
				t.Errorf("%d PUTs of which %d parts, want %d parts", puts, parts, tt.parts)
			}
			if got := readAll(t, s, "k"); len(got) != tt.size {
				t.Errorf("read %d bytes, want %d", len(got), tt.size)
			}
		})
	}
}

func TestS3ServerSideEncryption(t *testing.T) {
	t.Parallel()
	tests := []struct {
		sse, kms string
		header   string // x-amz-server-side-encryption of each PUT
	}{
		{"", "", ""},
		{"none", "", ""},
		{"s3", "", "AES256"},
		{"kms", "", "aws:kms"},
		{"KMS", "key-1", "aws:kms"},
	}
	for _, tt := range tests {
		t.Run(tt.sse+"/"+tt.kms, func(t *testing.T) {
			t.Parallel()
			srv := s3test.Start(t, "bkt")
			cfg := s3Config(srv)
			cfg.SSE, cfg.KMSKeyID = tt.sse, tt.kms
			s, err := NewS3(context.Background(), cfg)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := s.Put(context.Background(), "k", strings.NewReader("x")); err != nil {
				t.Fatal(err)
			}
			puts := 0
			for _, r := range srv.Requests() {
				if r.Method != http.MethodPut {
					continue
				}
				puts++
				if got := r.Header.Get("X-Amz-Server-Side-Encryption"); got != tt.header {
					t.Errorf("PUT %s: x-amz-server-side-encryption = %q, want %q", r.Path, got, tt.header)
				}
				if got := r.Header.Get("X-Amz-Server-Side-Encryption-Aws-Kms-Key-Id"); got != tt.kms {
					t.Errorf("PUT %s: KMS key id = %q, want %q", r.Path, got, tt.kms)
				}
			}
			if puts != 1 {
				t.Errorf("%d PUT requests, want 1", puts)
			}
		})
	}
}

func TestNewS3Refuses(t *testing.T) {
	t.Parallel()
	srv := s3test.Start(t, "bkt")
	ok := s3Config(srv)
	tests := []struct {
		name string
		edit func(*S3Config)
		want string
	}{
		{"no endpoint", func(c *S3Config) { c.Endpoint = "" }, "no endpoint"},
		{"no bucket", func(c *S3Config) { c.Bucket = "" }, "no bucket"},
		{"no access key", func(c *S3Config) { c.AccessKey = "" }, "no access key"},
		{"no secret key", func(c *S3Config) { c.SecretKey = " " }, "no secret key"},
		{"endpoint with a path", func(c *S3Config) { c.Endpoint += "/b" }, "is not a URL"},
		{"endpoint of another scheme", func(c *S3Config) { c.Endpoint = "ftp://127.0.0.1" }, "is not a URL"},
		{"bad prefix", func(c *S3Config) { c.Prefix = "a/../b" }, "prefix"},
		{"unknown encryption", func(c *S3Config) { c.SSE = "aes" }, "must be none, s3 or kms"},
		{"kms key without kms", func(c *S3Config) { c.SSE, c.KMSKeyID = "s3", "k" }, "not kms"},
		{"missing bucket", func(c *S3Config) { c.Bucket = "nobucket" }, `bucket "nobucket" does not exist`},
		{"unreachable", func(c *S3Config) { c.Endpoint = "http://127.0.0.1:1" }, "reaching bucket"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := ok
			tt.edit(&cfg)
			_, err := NewS3(context.Background(), cfg)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("NewS3: err = %v, want one mentioning %q", err, tt.want)
			}
			if strings.Contains(err.Error(), s3test.SecretKey) {
				t.Errorf("error shows the secret key: %v", err)
			}
		})
	}
}

func TestS3Endpoint(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in     string
		host   string
		secure bool
	}{
		{"s3.ap-northeast-1.amazonaws.com", "s3.ap-northeast-1.amazonaws.com", true},
		{"https://s3.example.jp/", "s3.example.jp", true},
		{"http://127.0.0.1:9000", "127.0.0.1:9000", false},
		{"minio:9000", "minio:9000", true},
	}
	for _, tt := range tests {
		host, secure, err := s3Endpoint(tt.in)
		if err != nil || host != tt.host || secure != tt.secure {
			t.Errorf("s3Endpoint(%q) = %q, %v, %v; want %q, %v", tt.in, host, secure, err, tt.host, tt.secure)
		}
	}
}

// TestS3MissingBucket keeps a bucket gone after the start from looking like success. (Real
// S3 answers a GET in a missing bucket with NoSuchBucket, which notFound keeps apart from a
// missing file; the fake server answers NoSuchKey, so only the Put side is checked here.)
func TestS3MissingBucket(t *testing.T) {
	t.Parallel()
	srv := s3test.Start(t, "bkt")
	s, err := NewS3(context.Background(), s3Config(srv))
	if err != nil {
		t.Fatal(err)
	}
	s.bucket = "gone"
	if _, err := s.Put(context.Background(), "k", strings.NewReader("x")); err == nil {
		t.Error("Put into a missing bucket succeeded")
	}
	if notFound(minio.ErrorResponse{Code: minio.NoSuchBucket, StatusCode: http.StatusNotFound}) {
		t.Error("NoSuchBucket is taken for a missing file")
	}
	if !notFound(minio.ErrorResponse{Code: minio.NoSuchKey, StatusCode: http.StatusNotFound}) {
		t.Error("NoSuchKey is not taken for a missing file")
	}
}
