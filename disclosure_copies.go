package pppdesk

import (
	"net/http"

	"github.com/pppdesk/pppdesk/model"
)

// disclosureCopy serves a produced disclosure copy to the desk that may produce copies of its
// proposal, until the copy expires; anyone else gets 404 (401 without sign-in), so a copy's
// existence never leaks and a stray link opens nothing.
func (s *Server) disclosureCopy(w http.ResponseWriter, r *http.Request) {
	authz := r.Header.Get("Authorization")
	ctx, err := s.establish(r.Context(), authz, r.Header.Get(MunicipalityHeader))
	if err != nil {
		s.refuse(w, r.Context(), err)
		return
	}
	s.serveFile(w, ctx, authz, true, func() (*model.Attachment, error) {
		c, err := s.resolver.DisclosureCopyFile(ctx, r.PathValue("id"))
		if err != nil {
			return nil, err
		}
		return &model.Attachment{FileName: c.FileName, ContentType: c.ContentType, Size: c.Size, StorageKey: c.StorageKey}, nil
	}, "private, no-store")
}
