package resolvers

import (
	"context"

	"github.com/99designs/gqlgen/graphql"
	"github.com/uptrace/bun"

	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/policies"
	"github.com/pppdesk/pppdesk/store"
)

// MediaPath is where content files are served.
const MediaPath = "/media/"

// mediaOf answers the files of one content row, never null.
func mediaOf(ctx context.Context, t model.OwnerType, id int64) ([]*model.Attachment, error) {
	m, err := load(ctx, func(l *Loaders) *loaderOf[store.OwnerKey, []*model.Attachment] { return l.Media }, store.OwnerKey{Type: t, ID: id})
	if m == nil && err == nil {
		m = []*model.Attachment{}
	}
	return m, err
}

// attachMedia stores a photo or document of a content row, checked on its bytes like any upload.
func (r *Resolver) attachMedia(ctx context.Context, contentID string, file graphql.Upload) (*model.Attachment, error) {
	req, _, err := authorize(ctx, policies.ManageMedia)
	if err != nil {
		return nil, err
	}
	t, n, _, err := r.contentRow(ctx, req, contentID)
	if err != nil {
		return nil, err
	}
	if err := r.limit(ctx, r.Limits.Upload, req, "uploads"); err != nil {
		return nil, err
	}
	return r.storeUpload(ctx, file, req.Municipality.ID, t, n, actorOf(req), func(ctx context.Context, tx bun.IDB, a *model.Attachment) error {
		return r.audit(ctx, tx, req, "content.media", string(t), n, map[string]any{"file": a.FileName})
	})
}

func (r *Resolver) deleteMedia(ctx context.Context, id string) (bool, error) {
	req, _, err := authorize(ctx, policies.ManageMedia)
	if err != nil {
		return false, err
	}
	n, err := parseID("id", id, "Media")
	if err != nil {
		return false, err
	}
	a, err := r.Store.AttachmentByID(ctx, req.Municipality.ID, n)
	if err != nil {
		return false, err
	}
	if a == nil || a.OwnerType == model.OwnerProposal || a.OwnerType == model.OwnerMessage {
		return false, notFound("Media", id)
	}
	err = r.Store.InTx(ctx, func(ctx context.Context, tx bun.Tx) error {
		ok, err := store.DeleteRow(ctx, tx, (*model.Attachment)(nil), a.ID, req.Municipality.ID)
		if err != nil {
			return err
		}
		if !ok {
			return notFound("Media", id)
		}
		return r.audit(ctx, tx, req, "content.media.delete", string(a.OwnerType), a.OwnerID, map[string]any{"file": a.FileName})
	})
	if err != nil {
		return false, err
	}
	// The bytes go once the record is gone; a failure here leaves an unreferenced file,
	// never a record without its file.
	_ = r.Files.Delete(ctx, a.StorageKey)
	return true, nil
}

// Medium finds a content file the caller may fetch: anyone once its content is published
// and its time has come, staff within their read scope before that.
func (r *Resolver) Medium(ctx context.Context, id string) (*model.Attachment, error) {
	req, a, err := r.attachmentByID(ctx, id, "Media")
	if err != nil {
		return nil, err
	}
	visible, err := store.ContentVisible(ctx, r.Store.DB, req.Viewer, a.OwnerType, a.OwnerID)
	if err != nil {
		return nil, err
	}
	if !visible {
		return nil, notFound("Media", id)
	}
	return a, nil
}
