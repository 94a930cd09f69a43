package proposal

import (
	"context"
	"io"

	"github.com/uptrace/bun"

	"github.com/pppdesk/pppdesk/apperr"
	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/policies"
	"github.com/pppdesk/pppdesk/storage"
	"github.com/pppdesk/pppdesk/store"
)

// Attach checks an upload on its content, stores it, and records it on the proposal or on
// messageID, one of the caller's own messages on it.
func (s *Service) Attach(ctx context.Context, c *policies.Caller, proposalID int64, messageID *int64, fileName string, file io.Reader) (*model.Attachment, error) {
	p, err := s.findFor(ctx, c, proposalID, model.ProposalActionAttach)
	if err != nil {
		return nil, err
	}
	if err := inState(p, model.ProposalActionAttach); err != nil {
		return nil, err
	}
	owner, ownerID := model.OwnerProposal, p.ID
	if messageID != nil {
		m, err := s.store.MessageByID(ctx, p.MunicipalityID, *messageID)
		if err != nil {
			return nil, err
		}
		if m == nil || m.ProposalID != p.ID || m.AuthorID != c.User.ID {
			return nil, apperr.Invalid("messageId", "not a message of yours on this proposal")
		}
		owner, ownerID = model.OwnerMessage, m.ID
	}
	if err := s.store.Throttle(ctx, s.uploadLimit, c.Address, s.now(), "uploads"); err != nil {
		return nil, err
	}
	checked, key, err := storage.Keep(ctx, s.files, file, fileName, s.uploads)
	if err != nil {
		return nil, err
	}
	a := &model.Attachment{MunicipalityID: p.MunicipalityID, OwnerType: owner, OwnerID: ownerID, FileName: checked.FileName, ContentType: checked.ContentType,
		Size: checked.Size, SHA256: checked.SHA256, StorageKey: key, UploadedByID: &c.User.ID, CreatedAt: s.now()}
	err = s.store.InTx(ctx, func(ctx context.Context, tx bun.Tx) error {
		if err := store.Insert(ctx, tx, a); err != nil {
			return err
		}
		// The proposal must still take attachments when the file is recorded.
		ok, err := store.GuardProposal(ctx, tx, p.MunicipalityID, p.ID, fromAttach)
		if err != nil {
			return err
		}
		if !ok {
			return apperr.New(apperr.Conflict, "the proposal changed meanwhile and takes no attachments now; reload")
		}
		// The file name can carry personal data (見積書_山田太郎.pdf) and outlives the purge in
		// an audit entry: the entry names the attachment by ID.
		return s.audit(ctx, tx, c, "proposal.attach", p.ID, map[string]any{"attachmentId": a.ID, "size": a.Size})
	})
	if err != nil {
		_ = s.files.Delete(context.Background(), key)
		return nil, err
	}
	return a, nil
}
