package resolvers

import (
	"context"

	"github.com/pppdesk/pppdesk/model"
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

// Medium finds a content file the caller may fetch (the content service decides); the
// server's media handler calls it with a request context from NewRequest.
func (r *Resolver) Medium(ctx context.Context, id string) (*model.Attachment, error) {
	req, err := request(ctx)
	if err != nil {
		return nil, err
	}
	return r.Content().Medium(ctx, req.Caller, id)
}
