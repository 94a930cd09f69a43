package storage

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"

	"github.com/minio/minio-go/v7"
	"github.com/minio/minio-go/v7/pkg/credentials"
	"github.com/minio/minio-go/v7/pkg/encrypt"
)

// S3Config says where an S3 storage keeps its files. Endpoint, Bucket, AccessKey and SecretKey
// are required; the rest has working defaults for AWS, MinIO, Ceph and other S3-compatible
// stores.
type S3Config struct {
	// Endpoint is the server, as a URL ("https://s3.ap-northeast-1.amazonaws.com",
	// "http://127.0.0.1:9000") or a bare host[:port], which means HTTPS.
	Endpoint string
	Bucket   string
	// Region is the bucket's region; empty asks the server once (AWS) or takes its default.
	Region    string
	AccessKey string
	SecretKey string
	// PathStyle addresses the bucket in the path (https://host/bucket/key) rather than in the
	// host name (https://bucket.host/key), as most self-hosted S3-compatible servers need.
	PathStyle bool
	// Prefix is put before every key ("pppdesk" stores "3f/3fa8…" as "pppdesk/3f/3fa8…"), so one
	// bucket can hold several deployments or other data besides.
	Prefix string
	// SSE asks the server to encrypt every stored file: "" or "none" (the bucket's default),
	// "s3" (SSE-S3, keys managed by the store) or "kms" (SSE-KMS with KMSKeyID, or the
	// account's default KMS key when it is empty).
	SSE      string
	KMSKeyID string
}

// S3 is a Storage in a bucket of an S3-compatible object store, so that several replicas
// share the same files. Keys are checked by the same rules as Local's, so a key accepted by
// one is accepted by the other and files can be copied between them as they are.
type S3 struct {
	client *minio.Client
	bucket string
	prefix string // "" or ending in "/"
	sse    encrypt.ServerSide
}

var _ Storage = (*S3)(nil)

// s3PartSize is the part size of uploads of unknown length: the memory one such upload holds
// at most twice (a look-ahead buffer and minio-go's part buffer). It is S3's smallest part
// size, and with S3's 10,000 parts it still allows files of almost 50 GiB.
const s3PartSize = 5 << 20

// s3MaxRetries bounds how often a failed request is tried again (with growing pauses of
// 0.2–1 s): enough to ride out a dropped connection or a 503 "slow down", few enough that an
// outage of the store answers a request within about two seconds rather than ten.
const s3MaxRetries = 3

// NewS3 checks cfg and that the bucket exists and is reachable with the credentials, so a
// wrong endpoint, bucket or key stops the start instead of failing every upload later. Its
// errors never contain the secret key.
func NewS3(ctx context.Context, cfg S3Config) (*S3, error) {
	for _, f := range []struct{ name, v string }{
		{"endpoint", cfg.Endpoint}, {"bucket", cfg.Bucket}, {"access key", cfg.AccessKey}, {"secret key", cfg.SecretKey},
	} {
		if strings.TrimSpace(f.v) == "" {
			return nil, fmt.Errorf("storage: s3: no %s given", f.name)
		}
	}
	host, secure, err := s3Endpoint(cfg.Endpoint)
	if err != nil {
		return nil, err
	}
	prefix := strings.Trim(cfg.Prefix, "/")
	if prefix != "" {
		if _, err := localName(prefix); err != nil {
			return nil, fmt.Errorf("storage: s3: prefix: %w", err)
		}
		prefix += "/"
	}
	var sse encrypt.ServerSide
	switch strings.ToLower(strings.TrimSpace(cfg.SSE)) {
	case "", "none":
		if cfg.KMSKeyID != "" {
			return nil, errors.New("storage: s3: a KMS key is given but server-side encryption is not kms")
		}
	case "s3":
		if cfg.KMSKeyID != "" {
			return nil, errors.New("storage: s3: a KMS key is given but server-side encryption is not kms")
		}
		sse = encrypt.NewSSE()
	case "kms":
		if sse, err = encrypt.NewSSEKMS(cfg.KMSKeyID, nil); err != nil {
			return nil, fmt.Errorf("storage: s3: server-side encryption: %w", err)
		}
	default:
		return nil, fmt.Errorf("storage: s3: server-side encryption must be none, s3 or kms, got %q", cfg.SSE)
	}
	lookup := minio.BucketLookupDNS
	if cfg.PathStyle {
		lookup = minio.BucketLookupPath
	}
	client, err := minio.New(host, &minio.Options{
		Creds:        credentials.NewStaticV4(cfg.AccessKey, cfg.SecretKey, ""),
		Secure:       secure,
		Region:       cfg.Region,
		BucketLookup: lookup,
		MaxRetries:   s3MaxRetries,
	})
	if err != nil {
		return nil, fmt.Errorf("storage: s3: %w", err)
	}
	s := &S3{client: client, bucket: cfg.Bucket, prefix: prefix, sse: sse}
	ok, err := client.BucketExists(ctx, cfg.Bucket)
	if err != nil {
		return nil, fmt.Errorf("storage: s3: reaching bucket %q at %s: %w", cfg.Bucket, cfg.Endpoint, err)
	}
	if !ok {
		return nil, fmt.Errorf("storage: s3: bucket %q does not exist at %s", cfg.Bucket, cfg.Endpoint)
	}
	return s, nil
}

// s3Endpoint reads an endpoint given as a URL or as host[:port] (HTTPS).
func s3Endpoint(v string) (host string, secure bool, err error) {
	v = strings.TrimSpace(v)
	if !strings.Contains(v, "://") {
		v = "https://" + v
	}
	u, err := url.Parse(v)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.User != nil ||
		strings.Trim(u.Path, "/") != "" || u.RawQuery != "" || u.Fragment != "" {
		return "", false, fmt.Errorf("storage: s3: endpoint %q is not a URL like https://s3.example.jp or a host[:port]", v)
	}
	return u.Host, u.Scheme == "https", nil
}

// Where describes the bucket for start-up logs: never the credentials.
func (s *S3) Where() string {
	return s.client.EndpointURL().String() + " bucket " + s.bucket + " prefix " + strings.TrimSuffix(s.prefix, "/")
}

// object checks key by Local's rules and returns the object name it is stored under.
func (s *S3) object(key string) (string, error) {
	if _, err := localName(key); err != nil {
		return "", err
	}
	return s.prefix + key, nil
}

// Put streams r into the bucket. A reader whose length is known (bytes.Reader,
// strings.Reader, bytes.Buffer: what uploads arrive as) and any file of up to s3PartSize go up
// in one PUT; a longer stream of unknown length goes up as a multipart upload, part by part,
// which minio-go aborts when it fails. S3 makes an object visible only once it is complete, so
// a failed Put stores nothing and readers never see half a file.
func (s *S3) Put(ctx context.Context, key string, r io.Reader) (int64, error) {
	name, err := s.object(key)
	if err != nil {
		return 0, err
	}
	if err := ctx.Err(); err != nil {
		return 0, err
	}
	// Content-MD5 lets the server refuse a body damaged on the way. The payload is not signed
	// chunk by chunk (minio-go's default on plain HTTP only, and what some S3-compatible
	// servers mishandle in multipart parts); over HTTPS minio-go signs no payload either.
	opts := minio.PutObjectOptions{ServerSideEncryption: s.sse, PartSize: s3PartSize,
		SendContentMd5: true, DisableContentSha256: true}
	size := int64(-1)
	if l, ok := r.(interface{ Len() int }); ok {
		size = int64(l.Len())
	} else {
		buf := make([]byte, s3PartSize)
		n, err := io.ReadFull(ctxReader{ctx, r}, buf)
		switch {
		case errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF):
			r, size = bytes.NewReader(buf[:n]), int64(n)
		case err != nil:
			return 0, s.fail(ctx, "put", key, err)
		default:
			r = io.MultiReader(bytes.NewReader(buf), r)
		}
	}
	// r goes unwrapped, so minio-go sees a seekable body and can retry it; ctx still ends the
	// transfer, as the request carries it.
	info, err := s.client.PutObject(ctx, s.bucket, name, r, size, opts)
	if err != nil {
		return 0, s.fail(ctx, "put", key, err)
	}
	return info.Size, nil
}

// Open returns the stored file, streamed from the bucket as it is read, or ErrNotFound. The
// returned reader also seeks (io.ReadSeeker), each seek a ranged GET, so a range can be served
// without reading what comes before it.
func (s *S3) Open(ctx context.Context, key string) (io.ReadCloser, error) {
	name, err := s.object(key)
	if err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	obj, err := s.client.GetObject(ctx, s.bucket, name, minio.GetObjectOptions{})
	if err == nil {
		_, err = obj.Stat() // the first request: a missing file shows here, not at the first Read
		if err != nil {
			obj.Close()
		}
	}
	if err != nil {
		if notFound(err) {
			return nil, ErrNotFound
		}
		return nil, s.fail(ctx, "open", key, err)
	}
	return obj, nil
}

// Delete removes the stored file; S3 answers an absent one with success already, and a
// not-found answer from a server that does otherwise is taken as success too.
func (s *S3) Delete(ctx context.Context, key string) error {
	name, err := s.object(key)
	if err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if err := s.client.RemoveObject(ctx, s.bucket, name, minio.RemoveObjectOptions{}); err != nil && !notFound(err) {
		return s.fail(ctx, "delete", key, err)
	}
	return nil
}

// notFound reports whether the store answered that the object does not exist (a missing
// bucket is a configuration error, not a missing file).
func notFound(err error) bool {
	e := minio.ToErrorResponse(err)
	return e.Code == minio.NoSuchKey || (e.StatusCode == http.StatusNotFound && e.Code != minio.NoSuchBucket)
}

// fail wraps a store error with the operation and key; a cancelled context stays the
// context's error, as Local answers it.
func (s *S3) fail(ctx context.Context, op, key string, err error) error {
	if ctx.Err() != nil && (errors.Is(err, ctx.Err()) || errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded)) {
		return ctx.Err()
	}
	return fmt.Errorf("storage: s3: %s %q: %w", op, key, err)
}
