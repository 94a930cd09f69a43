package content_test

import (
	"bytes"
	"context"
	"image"
	"image/png"
	"testing"

	"github.com/pppdesk/pppdesk/content"
	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/storage"
	"github.com/pppdesk/pppdesk/store"
)

// Images stored before sizes were measured get them from MeasureMedia (run at start-up);
// documents and unreadable files keep null sizes, and a second run has nothing to do.
func TestMeasureMediaBackfills(t *testing.T) {
	t.Parallel()
	f := setup(t)
	ctx := context.Background()
	files, err := storage.NewLocal(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := png.Encode(&b, image.NewGray(image.Rect(0, 0, 12, 7))); err != nil {
		t.Fatal(err)
	}
	put := func(key string, data []byte) {
		if _, err := files.Put(ctx, key, bytes.NewReader(data)); err != nil {
			t.Fatal(err)
		}
	}
	put("old-image", b.Bytes())
	put("old-pdf", []byte("%PDF-1.4\n%%EOF\n"))
	put("broken-image", []byte("\x89PNG\r\n\x1a\nnot really"))
	ch, err := f.svc.CreateChallenge(ctx, f.desk, fullChallenge(nil))
	if err != nil {
		t.Fatal(err)
	}
	row := func(key, ct string) *model.Attachment {
		return &model.Attachment{MunicipalityID: f.m.ID, OwnerType: model.OwnerChallenge, OwnerID: ch.ID, FileName: key, ContentType: ct, StorageKey: key, CreatedAt: t0}
	}
	img, pdf, broken := row("old-image", "image/png"), row("old-pdf", "application/pdf"), row("broken-image", "image/png")
	insert(t, f.st, img, pdf, broken)

	n, err := content.MeasureMedia(ctx, f.st, files)
	if err != nil || n != 1 {
		t.Fatalf("measured %d (%v), want 1", n, err)
	}
	for _, c := range []struct {
		a    *model.Attachment
		w, h int
	}{{img, 12, 7}, {pdf, 0, 0}, {broken, 0, 0}} {
		got, err := f.st.AttachmentByID(ctx, f.m.ID, c.a.ID)
		if err != nil {
			t.Fatal(err)
		}
		if c.w == 0 && (got.Width != nil || got.Height != nil) {
			t.Fatalf("%s: sizes %v×%v, want null", c.a.FileName, got.Width, got.Height)
		}
		if c.w != 0 && (got.Width == nil || *got.Width != c.w || *got.Height != c.h) {
			t.Fatalf("%s: sizes %v×%v, want %d×%d", c.a.FileName, got.Width, got.Height, c.w, c.h)
		}
	}
	if n, err := content.MeasureMedia(ctx, f.st, files); err != nil || n != 0 {
		t.Fatalf("second run measured %d (%v)", n, err)
	}
}

// Restoring an old revision keeps the item's current slug: the slug is its address, and an
// old one may belong to another item by now.
func TestRestoreKeepsTheSlug(t *testing.T) {
	t.Parallel()
	f := setup(t)
	ctx := context.Background()
	in := fullChallenge(nil)
	in.Slug = str("first")
	ch, err := f.svc.CreateChallenge(ctx, f.desk, in)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.svc.UpdateChallenge(ctx, f.desk, ch.GetID(), model.ChallengeInput{Slug: str("second")}, 1); err != nil {
		t.Fatal(err)
	}
	other := fullChallenge(nil)
	other.Slug = str("first")
	if _, err := f.svc.CreateChallenge(ctx, f.desk, other); err != nil {
		t.Fatalf("the freed slug is free: %v", err)
	}
	revs, err := f.svc.Revisions(ctx, f.desk, ch.GetID())
	if err != nil || len(revs) < 2 {
		t.Fatalf("revisions: %d %v", len(revs), err)
	}
	oldest := revs[len(revs)-1]
	restored, err := f.svc.RestoreRevision(ctx, f.desk, model.GlobalID("Revision", oldest.ID))
	if err != nil {
		t.Fatal(err)
	}
	if got := model.AddressingOf(restored).Slug; got != "second" {
		t.Fatalf("restored slug: %q", got)
	}
	if taken, err := store.SlugTaken(ctx, f.st.DB, model.OwnerChallenge, f.m.ID, "first", 0); err != nil || !taken {
		t.Fatalf("the other challenge keeps %q: %v %v", "first", taken, err)
	}
}
