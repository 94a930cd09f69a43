package proposal

import (
	"embed"
	"strings"

	"github.com/pppdesk/pppdesk/model"
)

// termsFS holds the proposal terms (留意事項) as data, not code: terms/<name>.md is the text
// and terms/<name>.version the version recorded when a proposer accepts it. "default" is
// Aomori's text of the guideline; a municipality gets its own by adding files named by its
// slug.
//
//go:embed terms
var termsFS embed.FS

// Terms answers the proposal terms a proposer of municipality slug accepts on submit: the
// municipality's own when it has them, the default otherwise.
func Terms(slug string) *model.ProposalTerms {
	if t := termsNamed(slug); t != nil {
		return t
	}
	return termsNamed("default")
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
