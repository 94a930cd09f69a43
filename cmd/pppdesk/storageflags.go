package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"strconv"
	"strings"
	"time"

	"github.com/pppdesk/pppdesk/storage"
)

// storageOptions are --storage and the --s3-… flags: where uploaded files are kept.
type storageOptions struct {
	kind         string // "local" or "s3"
	s3           storage.S3Config
	pathStyleEnv string // PPPDESK_S3_PATH_STYLE, read once --s3-path-style is known not to be given
}

// storageFlags declares the flags of the file store. The keys default to the environment only
// after parsing, so --help (which prints defaults) never shows a secret.
func storageFlags(fs *flag.FlagSet, o *storageOptions, getenv func(string) string) {
	kind := getenv("PPPDESK_STORAGE")
	if kind == "" {
		kind = "local"
	}
	fs.StringVar(&o.kind, "storage", kind, "where uploaded files are kept: local (the --files directory) or s3 (an S3-compatible bucket, the --s3-… flags; for several replicas) (env PPPDESK_STORAGE)")
	fs.StringVar(&o.s3.Endpoint, "s3-endpoint", getenv("PPPDESK_S3_ENDPOINT"), "S3-compatible server, as a URL (https://s3.ap-northeast-1.amazonaws.com, http://minio:9000) or host[:port] for HTTPS (env PPPDESK_S3_ENDPOINT)")
	fs.StringVar(&o.s3.Bucket, "s3-bucket", getenv("PPPDESK_S3_BUCKET"), "bucket for uploaded files; it must exist (env PPPDESK_S3_BUCKET)")
	fs.StringVar(&o.s3.Region, "s3-region", getenv("PPPDESK_S3_REGION"), "the bucket's region; empty asks the server (env PPPDESK_S3_REGION)")
	fs.StringVar(&o.s3.AccessKey, "s3-access-key", "", "access key ID (env PPPDESK_S3_ACCESS_KEY)")
	fs.StringVar(&o.s3.SecretKey, "s3-secret-key", "", "secret access key; prefer the environment, which other users cannot read from the process list (env PPPDESK_S3_SECRET_KEY)")
	fs.BoolVar(&o.s3.PathStyle, "s3-path-style", false, "address the bucket in the URL path rather than the host name, as MinIO and most self-hosted servers need (env PPPDESK_S3_PATH_STYLE=true)")
	fs.StringVar(&o.s3.Prefix, "s3-prefix", getenv("PPPDESK_S3_PREFIX"), "key prefix, so one bucket can hold several deployments, e.g. pppdesk/prod (env PPPDESK_S3_PREFIX)")
	fs.StringVar(&o.s3.SSE, "s3-sse", getenv("PPPDESK_S3_SSE"), "server-side encryption of stored files: none (the bucket's default), s3 (SSE-S3) or kms (SSE-KMS) (env PPPDESK_S3_SSE)")
	fs.StringVar(&o.s3.KMSKeyID, "s3-kms-key", getenv("PPPDESK_S3_KMS_KEY"), "KMS key ID for --s3-sse=kms; empty: the account's default key (env PPPDESK_S3_KMS_KEY)")
	o.pathStyleEnv = getenv("PPPDESK_S3_PATH_STYLE")
}

// check completes the storage options from the environment and refuses an incomplete
// or contradictory configuration, naming the flag, before anything is opened.
func (o *storageOptions) check(fs *flag.FlagSet, getenv func(string) string) error {
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	if !set["s3-access-key"] {
		o.s3.AccessKey = getenv("PPPDESK_S3_ACCESS_KEY")
	}
	if !set["s3-secret-key"] {
		o.s3.SecretKey = getenv("PPPDESK_S3_SECRET_KEY")
	}
	if !set["s3-path-style"] && o.pathStyleEnv != "" {
		v, err := strconv.ParseBool(o.pathStyleEnv)
		if err != nil {
			return fmt.Errorf("PPPDESK_S3_PATH_STYLE must be true or false, got %q", o.pathStyleEnv)
		}
		o.s3.PathStyle = v
	}
	s3 := []struct{ flag, v string }{
		{"--s3-endpoint", o.s3.Endpoint}, {"--s3-bucket", o.s3.Bucket},
		{"--s3-access-key", o.s3.AccessKey}, {"--s3-secret-key", o.s3.SecretKey},
		{"--s3-region", o.s3.Region}, {"--s3-prefix", o.s3.Prefix}, {"--s3-sse", o.s3.SSE}, {"--s3-kms-key", o.s3.KMSKeyID},
	}
	switch strings.ToLower(strings.TrimSpace(o.kind)) {
	case "local":
		o.kind = "local"
		for _, f := range s3 {
			if strings.TrimSpace(f.v) != "" {
				return fmt.Errorf("%s is set but --storage is local: add --storage=s3 to keep files in S3, or remove the --s3-… settings", f.flag)
			}
		}
		if o.s3.PathStyle {
			return errors.New("--s3-path-style is set but --storage is local: add --storage=s3 to keep files in S3, or remove the --s3-… settings")
		}
	case "s3":
		o.kind = "s3"
		for _, f := range s3[:4] {
			if strings.TrimSpace(f.v) == "" {
				env := "PPPDESK_" + strings.ToUpper(strings.ReplaceAll(strings.TrimPrefix(f.flag, "--"), "-", "_"))
				return fmt.Errorf("%s is required with --storage=s3 (or %s)", f.flag, env)
			}
		}
		switch strings.ToLower(strings.TrimSpace(o.s3.SSE)) {
		case "", "none", "s3":
			if o.s3.KMSKeyID != "" {
				return errors.New("--s3-kms-key needs --s3-sse=kms")
			}
		case "kms":
		default:
			return fmt.Errorf("--s3-sse must be none, s3 or kms, got %q", o.s3.SSE)
		}
	default:
		return fmt.Errorf("--storage must be local or s3, got %q", o.kind)
	}
	return nil
}

// openStorage opens the file store the options name. An S3 bucket is checked at once (it
// exists, the keys open it), within 30 s, so a wrong setting stops the start; the log names
// the bucket and never the keys.
func openStorage(ctx context.Context, o options, log *slog.Logger) (storage.Storage, error) {
	if o.storage.kind != "s3" {
		return storage.NewLocal(o.files)
	}
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	s, err := storage.NewS3(ctx, o.storage.s3)
	if err != nil {
		return nil, fmt.Errorf("--storage=s3: %w", err)
	}
	log.Info("files are kept in S3", "where", s.Where())
	return s, nil
}
