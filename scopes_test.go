package pppdesk_test

import (
	"context"
	"net/http"
	"testing"

	"github.com/pppdesk/pppdesk/model"
)

// rowID answers the database ID inside a global ID.
func rowID(t *testing.T, id any) int64 {
	t.Helper()
	_, n, ok := model.ParseGlobalID(id.(string))
	if !ok {
		t.Fatalf("not a global ID: %v", id)
	}
	return n
}

// TestFileRoutesKeepOwnerPolicy: a file is served only under its owner's policy, whatever
// route names it. A draft announcement's media file whose owner row number equals a
// proposer's proposal is not an attachment of that proposal, and a proposal's file is not
// content media.
func TestFileRoutesKeepOwnerPolicy(t *testing.T) {
	e := newEnv(t, true)
	p1, desk := e.login("proposer1@demo.pppdesk.jp"), e.login("desk@demo.pppdesk.jp")
	pid := get(e.ok(createProposal, map[string]any{"in": proposalInput("FREE", nil)}, p1...), "createProposal", "proposal", "id")
	// The announcement with the same row number as the proposal, made a draft.
	ann := &model.Announcement{ID: rowID(t, pid)}
	if _, err := e.st.DB.NewUpdate().Model(ann).Set("publication_state = ?", model.StateDraft).WherePK().Exec(context.Background()); err != nil {
		t.Fatal(err)
	}
	r := e.uploadTo(`mutation($p: ID!, $f: Upload!) { attachMedia(contentId: $p, file: $f) { id url } }`,
		model.GlobalID(model.OwnerAnnouncement, ann.ID), "draft.pdf", tinyPDF, desk...)
	if r.code() != "" {
		t.Fatalf("attach media: %s", r.Raw)
	}
	mediaRow := rowID(t, get(r.Data, "attachMedia", "id"))
	r = e.upload(pid, "提案書.pdf", tinyPDF, p1...)
	if r.code() != "" {
		t.Fatalf("attach file: %s", r.Raw)
	}
	fileRow := rowID(t, get(r.Data, "attachFile", "id"))

	for name, c := range map[string]struct {
		url     string
		headers []string
	}{
		"media row through /attachments as the proposer": {"/attachments/" + model.GlobalID("Attachment", mediaRow), p1},
		"media row through /attachments as the desk":     {"/attachments/" + model.GlobalID("Attachment", mediaRow), desk},
		"proposal file through /media as the proposer":   {"/media/" + model.GlobalID("Media", fileRow), p1},
		"proposal file through /media as the desk":       {"/media/" + model.GlobalID("Media", fileRow), desk},
		"proposal file through /media anonymously":       {"/media/" + model.GlobalID("Media", fileRow), nil},
	} {
		if code, _ := e.download(c.url, c.headers...); code != http.StatusNotFound {
			t.Errorf("%s: %d, want 404", name, code)
		}
	}
	// The right routes still serve them.
	if code, _ := e.download("/attachments/"+model.GlobalID("Attachment", fileRow), p1...); code != 200 {
		t.Errorf("own attachment: %d", code)
	}
	if code, _ := e.download("/media/"+model.GlobalID("Media", mediaRow), desk...); code != 200 {
		t.Errorf("desk media: %d", code)
	}
}
