package main

import (
	"bufio"
	"context"
	"io"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/pppdesk/pppdesk/storage/s3test"
)

// TestStorageFlags: --storage=s3 needs its endpoint, bucket and keys, each missing one is named
// (with its environment variable), S3 settings without --storage=s3 are refused rather than
// ignored, the keys come from the environment, and no error or help text shows the secret.
func TestStorageFlags(t *testing.T) {
	t.Parallel()
	const secretKey = "s3-secret-never-shown-0123456789"
	base := map[string]string{"PPPDESK_SECRET": strings.Repeat("s", 32)}
	env := func(extra map[string]string) func(string) string {
		return func(k string) string {
			if v, ok := extra[k]; ok {
				return v
			}
			return base[k]
		}
	}
	full := []string{"--storage=s3", "--s3-endpoint", "http://127.0.0.1:9000", "--s3-bucket", "files", "--s3-access-key", "ak", "--s3-secret-key", secretKey}
	without := func(flag string) []string {
		var out []string
		for i := 0; i < len(full); i++ {
			if full[i] == flag {
				i++
				continue
			}
			out = append(out, full[i])
		}
		return out
	}
	for _, c := range []struct {
		name string
		args []string
		env  map[string]string
		want string
	}{
		{"unknown kind", []string{"--storage", "gcs"}, nil, "--storage must be local or s3"},
		{"no endpoint", without("--s3-endpoint"), nil, "--s3-endpoint is required with --storage=s3 (or PPPDESK_S3_ENDPOINT)"},
		{"no bucket", without("--s3-bucket"), nil, "--s3-bucket is required"},
		{"no access key", without("--s3-access-key"), nil, "--s3-access-key is required with --storage=s3 (or PPPDESK_S3_ACCESS_KEY)"},
		{"no secret key", without("--s3-secret-key"), nil, "--s3-secret-key is required with --storage=s3 (or PPPDESK_S3_SECRET_KEY)"},
		{"storage from env, no bucket", []string{"--s3-endpoint", "minio:9000"}, map[string]string{"PPPDESK_STORAGE": "s3"}, "--s3-bucket is required"},
		{"bad encryption", append(full, "--s3-sse", "aes"), nil, "--s3-sse must be none, s3 or kms"},
		{"kms key without kms", append(full, "--s3-kms-key", "k"), nil, "--s3-kms-key needs --s3-sse=kms"},
		{"s3 flag with local storage", []string{"--s3-bucket", "files"}, nil, "--s3-bucket is set but --storage is local"},
		{"s3 secret with local storage", nil, map[string]string{"PPPDESK_S3_SECRET_KEY": secretKey}, "--s3-secret-key is set but --storage is local"},
		{"path style with local storage", []string{"--s3-path-style"}, nil, "--s3-path-style is set but --storage is local"},
		{"bad path-style env", full, map[string]string{"PPPDESK_S3_PATH_STYLE": "yes please"}, "PPPDESK_S3_PATH_STYLE must be true or false"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := parse(c.args, env(c.env), io.Discard)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("err = %v, want one containing %q", err, c.want)
			}
			if strings.Contains(err.Error(), secretKey) {
				t.Errorf("the error shows the secret key: %v", err)
			}
		})
	}

	o, err := parse(nil, env(nil), io.Discard)
	if err != nil || o.storage.kind != "local" {
		t.Fatalf("default storage: %q, %v", o.storage.kind, err)
	}
	o, err = parse([]string{"--storage", "S3", "--s3-endpoint", "minio:9000", "--s3-prefix", "prod"}, env(map[string]string{
		"PPPDESK_S3_BUCKET": "files", "PPPDESK_S3_ACCESS_KEY": "ak", "PPPDESK_S3_SECRET_KEY": secretKey,
		"PPPDESK_S3_PATH_STYLE": "true", "PPPDESK_S3_REGION": "ap-northeast-1", "PPPDESK_S3_SSE": "s3",
	}), io.Discard)
	c := o.storage.s3
	if err != nil || o.storage.kind != "s3" || c.Endpoint != "minio:9000" || c.Bucket != "files" || c.AccessKey != "ak" ||
		c.SecretKey != secretKey || !c.PathStyle || c.Region != "ap-northeast-1" || c.SSE != "s3" || c.Prefix != "prod" {
		t.Fatalf("flags and environment: %+v %v", o.storage, err)
	}
	// A flag wins over the environment, for the keys and the path style too.
	o, err = parse(append(full, "--s3-path-style=false"), env(map[string]string{"PPPDESK_S3_ACCESS_KEY": "env", "PPPDESK_S3_PATH_STYLE": "true"}), io.Discard)
	if err != nil || o.storage.s3.AccessKey != "ak" || o.storage.s3.PathStyle {
		t.Fatalf("flag over env: %+v %v", o.storage, err)
	}
	var help strings.Builder
	_, _ = parse([]string{"--help"}, env(map[string]string{"PPPDESK_S3_SECRET_KEY": secretKey, "PPPDESK_S3_ACCESS_KEY": "access-id-in-env"}), &help)
	if strings.Contains(help.String(), secretKey) || strings.Contains(help.String(), "access-id-in-env") {
		t.Error("--help shows a key from the environment")
	}
}

// lockedBuffer collects a log written from several goroutines.
type lockedBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// TestRunWithS3Storage runs the program with --storage=s3 against an S3 server on loopback:
// the demo's sample attachments land in the bucket under the prefix, nothing is written to
// --files, the log names the bucket but not the secret key; a missing bucket stops the start.
func TestRunWithS3Storage(t *testing.T) {
	srv := s3test.Start(t, "pppdesk-files")
	dir := t.TempDir()
	env := func(k string) string {
		return map[string]string{"PPPDESK_S3_ACCESS_KEY": s3test.AccessKey, "PPPDESK_S3_SECRET_KEY": s3test.SecretKey}[k]
	}
	args := func(bucket string) []string {
		return []string{"--demo", "--db", "sqlite:" + filepath.Join(dir, "demo.db"), "--addr", "127.0.0.1:0",
			"--files", filepath.Join(dir, "files"), "--storage=s3", "--s3-endpoint", srv.URL, "--s3-bucket", bucket,
			"--s3-region", "us-east-1", "--s3-path-style", "--s3-prefix", "city"}
	}

	var log lockedBuffer
	err := run(context.Background(), args("no-such-bucket"), env, io.Discard, &log)
	if err == nil || !strings.Contains(err.Error(), "--storage=s3") || !strings.Contains(err.Error(), `bucket "no-such-bucket" does not exist`) {
		t.Fatalf("missing bucket: %v", err)
	}

	ctx, cancel := context.WithCancel(context.Background())
	pr, pw := io.Pipe()
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, args(srv.Bucket), env, pw, &log)
		pw.Close()
	}()
	lines := bufio.NewScanner(pr)
	var url string
	for lines.Scan() {
		if rest, ok := strings.CutPrefix(lines.Text(), "pppdesk: serving "); ok {
			url = strings.Fields(rest)[0]
			break
		}
	}
	go func() { _, _ = io.Copy(io.Discard, pr) }()
	if url == "" {
		cancel()
		t.Fatalf("the server did not start: %v\n%s", <-done, log.String())
	}
	servesDemo(t, url, "s3")
	objects := srv.Objects(t)
	if len(objects) == 0 {
		t.Error("the demo's attachments are not in the bucket")
	}
	for _, o := range objects {
		if !strings.HasPrefix(o, "city/") {
			t.Errorf("object %q is outside the prefix city/", o)
		}
	}
	if m, err := filepath.Glob(filepath.Join(dir, "files", "*")); err != nil || len(m) != 0 {
		t.Errorf("files written to the local directory: %v %v", m, err)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("shutdown: %v", err)
		}
	case <-time.After(15 * time.Second):
		t.Fatal("server did not stop")
	}
	out := log.String()
	if !strings.Contains(out, "files are kept in S3") || !strings.Contains(out, srv.Bucket) {
		t.Errorf("the log does not say where files are kept:\n%s", out)
	}
	if strings.Contains(out, s3test.SecretKey) {
		t.Errorf("the log shows the secret key:\n%s", out)
	}
}
