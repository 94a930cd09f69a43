package resolvers

import (
	"bytes"
	"context"
	"errors"
	"fmt"

	"github.com/99designs/gqlgen/graphql"
	"github.com/uptrace/bun"

	"github.com/pppdesk/pppdesk/apperr"
	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/policies"
	"github.com/pppdesk/pppdesk/storage"
	"github.com/pppdesk/pppdesk/store"
)

// DownloadPath is where attachments are served; the server mounts its handler there.
const DownloadPath = "/attachments/"

// attachFile checks an upload on its content, stores it, and records it on the proposal or
// one of its messages.
func (r *Resolver) attachFile(ctx context.Context, proposalID string, messageID *string, file graphql.Upload) (*model.Attachment, error) {
	req, p, err := r.proposalFor(ctx, r.Store.DB, "proposalId", proposalID, policies.AttachToProposal)
	if err != nil {
		return nil, err
	}
	if p.Status == model.ProposalWithdrawn || p.Status == model.ProposalDeclined {
		return nil, illegal(p, "given attachments")
	}
	owner, ownerID := model.OwnerProposal, p.ID
	if messageID != nil {
		n, err := parseID("messageId", *messageID, model.OwnerMessage)
		if err != nil {
			return nil, err
		}
		m, err := r.Store.MessageByID(ctx, p.MunicipalityID, n)
		if err != nil {
			return nil, err
		}
		if m == nil || m.ProposalID != p.ID || m.AuthorID != req.User.ID {
			return nil, apperr.Invalid("messageId", "not a message of yours on this proposal")
		}
		owner, ownerID = model.OwnerMessage, m.ID
	}
	if err := r.limit(ctx, r.Limits.Upload, req, "uploads"); err != nil {
		return nil, err
	}
	return r.storeUpload(ctx, file, p.MunicipalityID, owner, ownerID, &req.User.ID, func(ctx context.Context, tx bun.IDB, a *model.Attachment) error {
		// The proposal must still take attachments when the file is recorded.
		ok, err := store.GuardProposal(ctx, tx, p.MunicipalityID, p.ID, fromAttach)
		if err != nil {
			return err
		}
		if !ok {
			return apperr.New(apperr.Conflict, "the proposal changed meanwhile and takes no attachments now; reload")
		}
		return r.audit(ctx, tx, req, "proposal.attach", string(model.OwnerProposal), p.ID, map[string]any{"file": a.FileName, "size": a.Size})
	})
}

// fromAttach are the states in which a proposal takes attachments.
var fromAttach = []model.ProposalStatus{model.ProposalDraft, model.ProposalSubmitted, model.ProposalInDialogue, model.ProposalAccepted}

// storeUpload checks an upload on its bytes, keeps it in the storage and records its
// metadata for one owner, with what record writes (audit entry, guard) in the same
// transaction; proposal attachments and content media share it.
func (r *Resolver) storeUpload(ctx context.Context, file graphql.Upload, mid int64, owner model.OwnerType, ownerID int64, actor *int64,
	record func(ctx context.Context, tx bun.IDB, a *model.Attachment) error) (*model.Attachment, error) {
	data, checked, err := storage.Check(file.File, file.Filename, r.Uploads)
	var ce *storage.CheckError
	if errors.As(err, &ce) {
		return nil, apperr.Invalid("file", "%s", ce.Reason)
	}
	if err != nil {
		return nil, err
	}
	key := storage.NewKey()
	if _, err := r.Files.Put(ctx, key, bytes.NewReader(data)); err != nil {
		return nil, fmt.Errorf("store file: %w", err)
	}
	a := &model.Attachment{MunicipalityID: mid, OwnerType: owner, OwnerID: ownerID, FileName: checked.FileName, ContentType: checked.ContentType,
		Size: checked.Size, SHA256: checked.SHA256, StorageKey: key, UploadedByID: actor, CreatedAt: r.now()}
	err = r.Store.InTx(ctx, func(ctx context.Context, tx bun.Tx) error {
		if err := store.Insert(ctx, tx, a); err != nil {
			return err
		}
		return record(ctx, tx, a)
	})
	if err != nil {
		_ = r.Files.Delete(context.Background(), key)
		return nil, err
	}
	return a, nil
}

// attachments answers the files of a proposal and of the messages the caller may see.
func (r *Resolver) attachments(ctx context.Context, p *model.Proposal) ([]*model.Attachment, error) {
	msgs, err := r.messages(ctx, p)
	if err != nil {
		return nil, err
	}
	ids := make([]int64, len(msgs))
	for i, m := range msgs {
		ids[i] = m.ID
	}
	return store.AttachmentsOf(ctx, r.Store.DB, p.MunicipalityID, p.ID, ids)
}

// attachmentByID loads a file's metadata of the caller's municipality by global ID of typ
// ("Attachment" or "Media"); the caller then applies its owner's policy.
func (r *Resolver) attachmentByID(ctx context.Context, id string, typ model.OwnerType) (*Request, *model.Attachment, error) {
	n, err := parseID("id", id, typ)
	if err != nil {
		return nil, nil, err
	}
	req, err := request(ctx)
	if err != nil {
		return nil, nil, err
	}
	a, err := r.Store.AttachmentByID(ctx, req.Municipality.ID, n)
	if err != nil {
		return nil, nil, err
	}
	if a == nil {
		return nil, nil, notFound(typ, id)
	}
	return req, a, nil
}

// Download finds a file the caller may read, applying the same policy as the proposal it
// belongs to (and, for a message's file, as the message); the server's download handler
// calls it with a request context from NewRequest.
func (r *Resolver) Download(ctx context.Context, id string) (*model.Attachment, error) {
	req, a, err := r.attachmentByID(ctx, id, "Attachment")
	if err != nil {
		return nil, err
	}
	// The route serves proposal and message files only: a content file (Media) shares the
	// table, and its owner ID must never be read as a proposal's.
	if a.OwnerType != model.OwnerProposal && a.OwnerType != model.OwnerMessage {
		return nil, notFound("Attachment", id)
	}
	proposalID := a.OwnerID
	if a.OwnerType == model.OwnerMessage {
		m, err := r.Store.MessageByID(ctx, a.MunicipalityID, a.OwnerID)
		if err != nil || m == nil {
			return nil, notFound("Attachment", id)
		}
		proposalID = m.ProposalID
		if m.Internal {
			p, err := r.proposalOf(ctx, proposalID)
			if err != nil || p == nil {
				return nil, notFound("Attachment", id)
			}
			if ok, err := r.mayOnProposal(ctx, req, p, policies.InternalNote); err != nil || !ok {
				return nil, notFound("Attachment", id)
			}
		}
	}
	if _, _, err := r.proposalFor(ctx, r.Store.DB, "id", model.GlobalID(model.OwnerProposal, proposalID), policies.ReadProposal); err != nil {
		return nil, notFound("Attachment", id)
	}
	return a, nil
}
