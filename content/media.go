package content

import (
	"context"
	"io"

	"github.com/uptrace/bun"

	"github.com/pppdesk/pppdesk/input"
	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/policies"
	"github.com/pppdesk/pppdesk/storage"
	"github.com/pppdesk/pppdesk/store"
)

// AttachMedia stores a photo or document of the content row contentID (a global ID), checked
// on its bytes like any upload, with its text alternative alt (nil or empty: none yet); the
// record and its audit entry commit together, and the stored bytes go again if they do not.
func (s *Service) AttachMedia(ctx context.Context, c *policies.Caller, contentID string, file io.Reader, fileName string, alt *string) (*model.Attachment, error) {
	if _, err := c.Authorize(policies.ManageMedia); err != nil {
		return nil, err
	}
	var text string
	if err := input.Set(input.F("alt", alt, &text, input.MaxAlt, false)); err != nil {
		return nil, err
	}
	t, n, _, err := s.contentRow(ctx, c, contentID)
	if err != nil {
		return nil, err
	}
	if err := s.limited(ctx, c, Uploads); err != nil {
		return nil, err
	}
	checked, key, err := storage.Keep(ctx, s.files, file, fileName, s.uploads)
	if err != nil {
		return nil, err
	}
	a := &model.Attachment{MunicipalityID: c.Municipality.ID, OwnerType: t, OwnerID: n, FileName: checked.FileName, ContentType: checked.ContentType,
		Size: checked.Size, SHA256: checked.SHA256, StorageKey: key, UploadedByID: actorOf(c), CreatedAt: s.now(), Alt: text}
	a.Width, a.Height = measure(ctx, s.files, key, a.ContentType)
	err = s.store.InTx(ctx, func(ctx context.Context, tx bun.Tx) error {
		if err := store.Insert(ctx, tx, a); err != nil {
			return err
		}
		return s.audit(ctx, tx, c, "content.media", string(t), n, map[string]any{"file": a.FileName, "alt": a.Alt})
	})
	if err != nil {
		_ = s.files.Delete(context.Background(), key)
		return nil, err
	}
	return a, nil
}

// UpdateMedia changes the text alternative of a content file (a global Media ID), with the
// same right as attaching one; the change and its audit entry (old and new text) commit
// together. Proposal and message files have no alternative and are not found here.
func (s *Service) UpdateMedia(ctx context.Context, c *policies.Caller, id, alt string) (*model.Attachment, error) {
	if _, err := c.Authorize(policies.ManageMedia); err != nil {
		return nil, err
	}
	n, err := input.ID("id", id, "Media")
	if err != nil {
		return nil, err
	}
	text, err := input.Text("alt", alt, false, input.MaxAlt)
	if err != nil {
		return nil, err
	}
	a, err := s.store.AttachmentByID(ctx, c.Municipality.ID, n)
	if err != nil {
		return nil, err
	}
	if a == nil || a.OwnerType == model.OwnerProposal || a.OwnerType == model.OwnerMessage {
		return nil, notFound("Media", id)
	}
	err = s.store.InTx(ctx, func(ctx context.Context, tx bun.Tx) error {
		ok, err := store.SetMediaAlt(ctx, tx, c.Municipality.ID, a.ID, text)
		if err != nil {
			return err
		}
		if !ok {
			return notFound("Media", id)
		}
		return s.audit(ctx, tx, c, "content.media.alt", string(a.OwnerType), a.OwnerID,
			map[string]any{"file": a.FileName, "from": a.Alt, "to": text})
	})
	if err != nil {
		return nil, err
	}
	a.Alt = text
	return a, nil
}

// DeleteMedia removes a content file (a global Media ID): its record and audit entry first,
// then its bytes.
func (s *Service) DeleteMedia(ctx context.Context, c *policies.Caller, id string) error {
	if _, err := c.Authorize(policies.ManageMedia); err != nil {
		return err
	}
	n, err := input.ID("id", id, "Media")
	if err != nil {
		return err
	}
	a, err := s.store.AttachmentByID(ctx, c.Municipality.ID, n)
	if err != nil {
		return err
	}
	if a == nil || a.OwnerType == model.OwnerProposal || a.OwnerType == model.OwnerMessage {
		return notFound("Media", id)
	}
	err = s.store.InTx(ctx, func(ctx context.Context, tx bun.Tx) error {
		ok, err := store.DeleteRow(ctx, tx, (*model.Attachment)(nil), a.ID, c.Municipality.ID)
		if err != nil {
			return err
		}
		if !ok {
			return notFound("Media", id)
		}
		return s.audit(ctx, tx, c, "content.media.delete", string(a.OwnerType), a.OwnerID, map[string]any{"file": a.FileName})
	})
	if err != nil {
		return err
	}
	// The bytes go once the record is gone; a failure here leaves an unreferenced file,
	// never a record without its file.
	_ = s.files.Delete(ctx, a.StorageKey)
	return nil
}

// Medium finds a content file (a global Media ID) the caller may fetch: anyone once its
// content is published and its time has come, staff within their read scope before that.
func (s *Service) Medium(ctx context.Context, c *policies.Caller, id string) (*model.Attachment, error) {
	n, err := input.ID("id", id, "Media")
	if err != nil {
		return nil, err
	}
	a, err := s.store.AttachmentByID(ctx, c.Municipality.ID, n)
	if err != nil {
		return nil, err
	}
	if a == nil {
		return nil, notFound("Media", id)
	}
	visible, err := store.ContentVisible(ctx, s.store.DB, c.Viewer, a.OwnerType, a.OwnerID)
	if err != nil {
		return nil, err
	}
	if !visible {
		return nil, notFound("Media", id)
	}
	return a, nil
}
