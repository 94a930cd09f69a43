package demo

import (
	"bytes"
	"testing"

	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/storage"
)

// TestSampleProposalsAreConsistent: the sample proposals cover every state, come from the
// demo proposers, and carry what their state implies (an answer only after an assignment, a
// reason for a decision or withdrawal, a project only when accepted).
func TestSampleProposalsAreConsistent(t *testing.T) {
	states := map[model.ProposalStatus]bool{}
	proposers := map[string]bool{}
	for _, a := range Accounts {
		if a.Role == "PROPOSER" {
			proposers[a.Email] = true
		}
	}
	attachments := 0
	for _, p := range SampleProposals {
		states[p.Status] = true
		if !proposers[p.Account] {
			t.Errorf("%s: written by %s, not a demo proposer", p.Title, p.Account)
		}
		if p.Title == "" || p.Summary == "" || p.Body == "" {
			t.Errorf("%s: incomplete", p.Title)
		}
		if p.Answer != "" && !p.Assigned {
			t.Errorf("%s: answered without an assignment", p.Title)
		}
		decided := p.Status == model.ProposalAccepted || p.Status == model.ProposalDeclined || p.Status == model.ProposalWithdrawn
		if decided != (p.Reason != "") {
			t.Errorf("%s: reason %q in state %s", p.Title, p.Reason, p.Status)
		}
		if (p.Project != "") != (p.Status == model.ProposalAccepted) {
			t.Errorf("%s: project %q in state %s", p.Title, p.Project, p.Status)
		}
		for _, m := range p.Messages {
			if m.Attachment != "" {
				attachments++
			}
			if m.By == byProposer && m.Internal {
				t.Errorf("%s: the proposer writes an internal note", p.Title)
			}
		}
	}
	for _, s := range []model.ProposalStatus{model.ProposalDraft, model.ProposalSubmitted, model.ProposalInDialogue,
		model.ProposalAccepted, model.ProposalDeclined, model.ProposalWithdrawn} {
		if !states[s] {
			t.Errorf("no sample proposal is %s", s)
		}
	}
	if attachments == 0 {
		t.Error("no sample attachment")
	}
	if _, _, err := storage.Check(bytes.NewReader(samplePDF("x")), "a.pdf", storage.Limits{}); err != nil {
		t.Errorf("the sample PDF is refused: %v", err)
	}
}
