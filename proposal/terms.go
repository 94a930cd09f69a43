package proposal

import (
	"context"
	"embed"
	"strings"

	"github.com/uptrace/bun"

	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/policies"
)

// termsFS holds the embedded proposal terms (留意事項) as data, not code:
// terms/<name>.md is the text and terms/<name>.version the version recorded when a
// proposer accepts it. "aomori" is Aomori City's text of its guideline; "neutral" is the
// template every other municipality is served until its desk sets its own terms through
// updateMunicipality ({{municipality}} becomes its name).
//
//go:embed terms
var termsFS embed.FS

// Terms answers the embedded terms of municipality slug, falling back to Aomori's, the
// original text. Servers answer Service.Terms instead, which reads a municipality's own
// versions and never serves one municipality's text to another.
func Terms(slug string) *model.ProposalTerms {
	if t := termsNamed(slug); t != nil {
		return t
	}
	return termsNamed("aomori")
}

// Terms answers the terms the caller's municipality's proposers accept on submit: the
// newest version its desk set, else its embedded text (Aomori's guideline for aomori),
// else the neutral default with the municipality's name.
func (s *Service) Terms(ctx context.Context, c *policies.Caller) (*model.ProposalTerms, error) {
	return s.termsIn(ctx, s.store.DB, c.Municipality)
}

// termsIn answers the current terms of m, read with db.
func (s *Service) termsIn(ctx context.Context, db bun.IDB, m *model.Municipality) (*model.ProposalTerms, error) {
	own, err := s.store.CurrentTerms(ctx, db, m.ID)
	if err != nil {
		return nil, err
	}
	if own != nil {
		return &model.ProposalTerms{Version: own.Version, Text: own.Body}, nil
	}
	if t := termsNamed(m.Slug); t != nil {
		return t, nil
	}
	t := termsNamed("neutral")
	t.Text = strings.ReplaceAll(t.Text, "{{municipality}}", m.Name)
	return t, nil
}

func termsNamed(name string) *model.ProposalTerms {
	if name == "" || strings.ContainsAny(name, "/.\\") {
		return nil
	}
	text, err := termsFS.ReadFile("terms/" + name + ".md")
	if err != nil {
		return nil
	}
	version, err := termsFS.ReadFile("terms/" + name + ".version")
	if err != nil {
		return nil
	}
	return &model.ProposalTerms{Version: strings.TrimSpace(string(version)), Text: strings.TrimSuffix(string(text), "\n")}
}
