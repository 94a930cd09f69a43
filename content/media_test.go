package content_test

import (
	"bytes"
	"context"
	"errors"
	"image"
	"image/png"
	"testing"
	"time"

	"github.com/pppdesk/pppdesk/apperr"
	"github.com/pppdesk/pppdesk/content"
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
