package resolvers

import (
	"context"

	"github.com/pppdesk/pppdesk/content"
	"github.com/pppdesk/pppdesk/policies"
)

// newContent builds the content domain service over the server's dependencies; the GraphQL
// resolvers and the server's media and open-data endpoints share it.
func (r *Resolver) newContent() *content.Service {
	return content.New(content.Deps{Store: r.Store, Auth: r.Auth, Files: r.Files, Uploads: r.Uploads, Now: r.now,
		Limit: func(ctx context.Context, c *policies.Caller, l content.Limited) error {
			if l == content.Uploads {
				return r.limit(ctx, r.Limits.Upload, c, "uploads")
			}
			return r.limit(ctx, r.Limits.PreviewToken, c, "preview tokens")
		}})
}
