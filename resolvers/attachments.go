package resolvers

import (
	"context"

	"github.com/pppdesk/pppdesk/model"
)

// DownloadPath is where attachments are served; the server mounts its handler there.
const DownloadPath = "/attachments/"

// Download finds a file the caller may read, applying the same policy as the proposal it
// belongs to (and, for a message's file, as the message); the server's download handler
// calls it with a request context from NewRequest.
func (r *Resolver) Download(ctx context.Context, id string) (*model.Attachment, error) {
	n, err := parseID("id", id, "Attachment")
	if err != nil {
		return nil, err
	}
	req, err := request(ctx)
	if err != nil {
		return nil, err
	}
	return r.proposalService().Download(ctx, req.Caller, n)
}
