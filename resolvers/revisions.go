package resolvers

import (
	"context"
	"time"

	"github.com/uptrace/bun"

	"github.com/pppdesk/pppdesk/apperr"
	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/policies"
	"github.com/pppdesk/pppdesk/store"
)

// PreviewTTL is how long a preview token reads its draft.
const PreviewTTL = 15 * time.Minute

// contentRow finds a publishable row of the caller's municipality in any state.
func (r *Resolver) contentRow(ctx context.Context, req *Request, id string) (model.OwnerType, int64, any, error) {
	t, n, ok := model.ParseGlobalID(id)
	if !ok {
		return "", 0, nil, parseIDErr(id)
	}
	row, publishable, err := store.Publishable(ctx, r.Store.DB, req.Municipality.ID, t, n)
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

// revisions lists a row's revisions: the desk's for any content, a department's for its own
// challenges and projects, so it sees its pending changes waiting for the desk.
func (r *Resolver) revisions(ctx context.Context, id string) ([]*model.Revision, error) {
	req, scope, err := authorize(ctx, policies.ReadRevisions)
	if err != nil {
		return nil, err
	}
	t, n, row, err := r.contentRow(ctx, req, id)
	if err != nil {
		return nil, err
	}
	if scope != model.ScopeAll {
		visible, err := store.ContentVisible(ctx, r.Store.DB, req.Viewer, t, n)
		if err != nil {
			return nil, err
		}
		if !visible {
			return nil, notFound(t, id)
		}
		if !req.within(scope, nil, departmentOf(row), 0) {
			return nil, apperr.New(apperr.Forbidden, "you may only read the revisions of your own department's content")
		}
	}
	return r.Store.Revisions(ctx, req.Municipality.ID, t, n)
}

func (r *Resolver) restoreRevision(ctx context.Context, id string) (model.Node, error) {
	req, _, err := authorize(ctx, policies.ManageRevisions)
	if err != nil {
		return nil, err
	}
	n, err := parseID("id", id, "Revision")
	if err != nil {
		return nil, err
	}
	rev, err := r.Store.RevisionByID(ctx, req.Municipality.ID, n)
	if err != nil {
		return nil, err
	}
	if rev == nil {
		return nil, notFound("Revision", id)
	}
	var row any
	err = r.Store.InTx(ctx, func(ctx context.Context, tx bun.Tx) error {
		var changed bool
		var err error
		if row, changed, err = store.RestoreRevision(ctx, tx, rev, &req.User.ID, r.now()); err != nil {
			return err
		}
		if row == nil {
			return notFound(rev.OwnerType, model.GlobalID(rev.OwnerType, rev.OwnerID))
		}
		if !changed {
			return nil // already restored: nothing to record
		}
		if err := r.audit(ctx, tx, req, "content.restore", string(rev.OwnerType), rev.OwnerID, map[string]any{"revision": rev.Number}); err != nil {
			return err
		}
		return r.contentEvent(ctx, tx, req, model.WebhookEventContentChanged, row.(model.Node), model.StateDraft)
	})
	if err != nil {
		return nil, err
	}
	return row.(model.Node), nil
}

func (r *Resolver) createPreviewToken(ctx context.Context, id string) (*model.PreviewToken, error) {
	req, _, err := authorize(ctx, policies.PreviewContent)
	if err != nil {
		return nil, err
	}
	if _, _, _, err := r.contentRow(ctx, req, id); err != nil {
		return nil, err
	}
	if err := r.limit(ctx, r.Limits.PreviewToken, req, "preview tokens"); err != nil {
		return nil, err
	}
	tok, exp, err := r.Auth.IssuePreview(req.Municipality.ID, id, PreviewTTL)
	if err != nil {
		return nil, err
	}
	return &model.PreviewToken{Token: tok, ExpiresAt: exp}, nil
}

// preview reads exactly the node its token names, in whatever state, and nothing else.
func (r *Resolver) preview(ctx context.Context, token string) (model.Node, error) {
	req, err := request(ctx)
	if err != nil {
		return nil, err
	}
	c, err := r.Auth.VerifyPreview(token)
	if err != nil {
		return nil, err
	}
	if c.Municipality != req.Municipality.ID {
		return nil, apperr.New(apperr.Unauthenticated, "the preview token belongs to another municipality")
	}
	_, _, row, err := r.contentRow(ctx, req, c.Node)
	if err != nil {
		return nil, err
	}
	return row.(model.Node), nil
}
