package content_test

import (
	"bytes"
	"context"
	"errors"
	"image"
	"image/png"
	"strings"
	"testing"
	"time"

	"github.com/pppdesk/pppdesk/apperr"
	"github.com/pppdesk/pppdesk/content"
	"github.com/pppdesk/pppdesk/input"
	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/policies"
	"github.com/pppdesk/pppdesk/storage"
)

func pngBytes(t *testing.T) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := png.Encode(&b, image.NewGray(image.Rect(0, 0, 1, 1))); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestMediaFollowTheirContent(t *testing.T) {
	t.Parallel()
	f := setup(t)
	ctx := context.Background()
	files, err := storage.NewLocal(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	var counted []content.Limited
	svc := content.New(content.Deps{Store: f.st, Files: files, Now: func() time.Time { return t0 },
		Limit: func(_ context.Context, _ *policies.Caller, l content.Limited) error {
			counted = append(counted, l)
			return nil
		}})
	c, err := svc.CreateChallenge(ctx, f.desk, fullChallenge(nil))
	if err != nil {
		t.Fatal(err)
	}
	_, err = svc.AttachMedia(ctx, f.proposer, c.GetID(), bytes.NewReader(pngBytes(t)), "photo.png", nil)
	code(t, err, apperr.Forbidden)
	_, err = svc.AttachMedia(ctx, f.desk, c.GetID(), bytes.NewReader([]byte("<html></html>")), "page.html", nil)
	code(t, err, apperr.BadUserInput)
	a, err := svc.AttachMedia(ctx, f.desk, c.GetID(), bytes.NewReader(pngBytes(t)), "photo.png", nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(counted) != 2 || counted[0] != content.Uploads {
		t.Fatalf("every checked upload counts against the upload limit: %v", counted)
	}
	if n := count(t, f.st, "audit_entries", "action = ? AND target_id = ?", "content.media", c.ID); n != 1 {
		t.Fatalf("media audit entries: %d", n)
	}
	mediaID := model.GlobalID("Media", a.ID)
	_, err = svc.Medium(ctx, f.anon, mediaID)
	code(t, err, apperr.NotFound) // a draft's files are not out yet
	if _, err := svc.Medium(ctx, f.desk, mediaID); err != nil {
		t.Fatal(err)
	}
	if _, err := svc.Publish(ctx, f.desk, c.GetID(), nil); err != nil {
		t.Fatal(err)
	}
	if _, err := svc.Medium(ctx, f.anon, mediaID); err != nil {
		t.Fatalf("a published challenge's files are public: %v", err)
	}
	if err := svc.DeleteMedia(ctx, f.desk, mediaID); err != nil {
		t.Fatal(err)
	}
	if _, err := files.Open(ctx, a.StorageKey); !errors.Is(err, storage.ErrNotFound) {
		t.Fatalf("the bytes go with the record: %v", err)
	}
	err = svc.DeleteMedia(ctx, f.desk, mediaID)
	code(t, err, apperr.NotFound)
}

func TestMediaAltText(t *testing.T) {
	t.Parallel()
	f := setup(t)
	ctx := context.Background()
	files, err := storage.NewLocal(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	svc := content.New(content.Deps{Store: f.st, Files: files, Now: func() time.Time { return t0 },
		Limit: func(context.Context, *policies.Caller, content.Limited) error { return nil }})
	c, err := svc.CreateChallenge(ctx, f.desk, fullChallenge(nil))
	if err != nil {
		t.Fatal(err)
	}
	long := strings.Repeat("あ", input.MaxAlt+1)
	_, err = svc.AttachMedia(ctx, f.desk, c.GetID(), bytes.NewReader(pngBytes(t)), "photo.png", &long)
	code(t, err, apperr.BadUserInput)
	alt := "  市役所前の花壇  "
	a, err := svc.AttachMedia(ctx, f.desk, c.GetID(), bytes.NewReader(pngBytes(t)), "photo.png", &alt)
	if err != nil {
		t.Fatal(err)
	}
	if a.Alt != "市役所前の花壇" {
		t.Fatalf("alt is trimmed and kept: %q", a.Alt)
	}
	id := model.GlobalID("Media", a.ID)
	_, err = svc.UpdateMedia(ctx, f.proposer, id, "提案者")
	code(t, err, apperr.Forbidden)
	_, err = svc.UpdateMedia(ctx, f.desk, id, long)
	code(t, err, apperr.BadUserInput)
	_, err = svc.UpdateMedia(ctx, f.desk, model.GlobalID("Media", a.ID+1000), "ない")
	code(t, err, apperr.NotFound)
	u, err := svc.UpdateMedia(ctx, f.desk, id, "青森駅前の広場")
	if err != nil || u.Alt != "青森駅前の広場" {
		t.Fatalf("update: %v %v", u, err)
	}
	m, err := svc.Medium(ctx, f.desk, id)
	if err != nil || m.Alt != "青森駅前の広場" {
		t.Fatalf("stored alt: %v %v", m, err)
	}
	if n := count(t, f.st, "audit_entries", "action = ? AND target_id = ?", "content.media.alt", c.ID); n != 1 {
		t.Fatalf("alt audit entries: %d", n)
	}
}
