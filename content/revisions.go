package content

import (
	"context"

	"github.com/uptrace/bun"

	"github.com/pppdesk/pppdesk/apperr"
	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/policies"
	"github.com/pppdesk/pppdesk/store"
)

// contentRow finds a publishable row of the caller's municipality in any state.
func (s *Service) contentRow(ctx context.Context, c *policies.Caller, id string) (model.OwnerType, int64, any, error) {
	t, n, ok := model.ParseGlobalID(id)
	if !ok {
		return "", 0, nil, parseIDErr(id)
	}
	row, publishable, err := store.Publishable(ctx, s.store.DB, c.Municipality.ID, t, n)
	if err != nil {
		return t, n, nil, err
	}
	if !publishable {
		return t, n, nil, apperr.Invalid("id", "a %s is not publishable content", t)
	}
	if row == nil {
		return t, n, nil, notFound(t, id)
	}
	return t, n, row, nil
}

// Revisions lists a row's revisions: the desk's for any content, a department's for its own
// challenges and projects, so it sees its pending changes waiting for the desk.
func (s *Service) Revisions(ctx context.Context, c *policies.Caller, id string) ([]*model.Revision, error) {
	scope, err := c.Authorize(policies.ReadRevisions)
	if err != nil {
		return nil, err
	}
	t, n, row, err := s.contentRow(ctx, c, id)
	if err != nil {
		return nil, err
	}
	if scope != model.ScopeAll {
		visible, err := store.ContentVisible(ctx, s.store.DB, c.Viewer, t, n)
		if err != nil {
			return nil, err
		}
		if !visible {
			return nil, notFound(t, id)
		}
		if !c.Within(scope, policies.Owner{DepartmentID: departmentOf(row)}) {
			return nil, apperr.New(apperr.Forbidden, "you may only read the revisions of your own department's content")
		}
	}
	return s.store.Revisions(ctx, c.Municipality.ID, t, n)
}

// RestoreRevision makes an earlier revision (a global Revision ID) the row's content again,
// as a draft; restoring what is already there records nothing.
func (s *Service) RestoreRevision(ctx context.Context, c *policies.Caller, id string) (model.Node, error) {
	if _, err := c.Authorize(policies.ManageRevisions); err != nil {
		return nil, err
	}
	n, err := parseID("id", id, "Revision")
	if err != nil {
		return nil, err
	}
	rev, err := s.store.RevisionByID(ctx, c.Municipality.ID, n)
	if err != nil {
		return nil, err
	}
	if rev == nil {
		return nil, notFound("Revision", id)
	}
	var row any
	err = s.store.InTx(ctx, func(ctx context.Context, tx bun.Tx) error {
		var changed bool
		var err error
		if row, changed, err = store.RestoreRevision(ctx, tx, rev, actorOf(c), s.now()); err != nil {
			return err
		}
		if row == nil {
			return notFound(rev.OwnerType, model.GlobalID(rev.OwnerType, rev.OwnerID))
		}
		if !changed {
			return nil // already restored: nothing to record
		}
		if err := s.audit(ctx, tx, c, "content.restore", string(rev.OwnerType), rev.OwnerID, map[string]any{"revision": rev.Number}); err != nil {
			return err
		}
		return s.event(ctx, tx, c, model.WebhookEventContentChanged, row.(model.Node), model.StateDraft)
	})
	if err != nil {
		return nil, err
	}
	return row.(model.Node), nil
}

// CreatePreviewToken issues a short-lived token that reads exactly the node id in whatever
// state, for a portal preview; rate-limited per address.
func (s *Service) CreatePreviewToken(ctx context.Context, c *policies.Caller, id string) (*model.PreviewToken, error) {
	if _, err := c.Authorize(policies.PreviewContent); err != nil {
		return nil, err
	}
	if _, _, _, err := s.contentRow(ctx, c, id); err != nil {
		return nil, err
	}
	if err := s.limited(ctx, c, PreviewTokens); err != nil {
		return nil, err
	}
	tok, exp, err := s.auth.IssuePreview(c.Municipality.ID, id, PreviewTTL)
	if err != nil {
		return nil, err
	}
	return &model.PreviewToken{Token: tok, ExpiresAt: exp}, nil
}

// Preview reads exactly the node its token names, in whatever state, and nothing else.
func (s *Service) Preview(ctx context.Context, c *policies.Caller, token string) (model.Node, error) {
	pc, err := s.auth.VerifyPreview(token)
	if err != nil {
		return nil, err
	}
	if pc.Municipality != c.Municipality.ID {
		return nil, apperr.New(apperr.Unauthenticated, "the preview token belongs to another municipality")
	}
	_, _, row, err := s.contentRow(ctx, c, pc.Node)
	if err != nil {
		return nil, err
	}
	return row.(model.Node), nil
}
