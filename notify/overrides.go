package notify

import (
	"fmt"
	"strings"
	"text/template"
)

// TemplateKeys are the mails a municipality may word itself (setMailTemplate); the others
// (sign-up codes, inquiries) keep pppdesk's text, as their wording carries security advice.
var TemplateKeys = []string{"assignedToDepartment", "messagePosted", "newProposal", "proposalAssigned", "proposalDecided", "proposalReceived"}

// TemplateData are the values an overridden mail's template may use, e.g. {{.Title}}. The
// proposal fields are in every mail; Result and Reason (proposalDecided), Department and
// DueOn (assignedToDepartment), From (messagePosted) and Organization (newProposal) are
// empty in the others. A struct, so a Message stays comparable.
type TemplateData struct {
	Title, Number, Municipality, Desk, URL string
	Result, Reason, Department, DueOn      string
	From, Organization                     string
}

// templateFields names TemplateData's fields for error messages.
const templateFields = "Title, Number, Municipality, Desk, URL, Result, Reason, Department, DueOn, From, Organization"

// keyed marks a proposal mail with its template key and the values an override may use.
func (p ProposalInfo) keyed(key string, d TemplateData, m Message) Message {
	d.Title, d.Number, d.Municipality, d.Desk, d.URL = singleLine(p.Title), singleLine(p.Number), singleLine(p.Municipality), p.desk(), p.URL
	m.Template, m.Vars = key, d
	return m
}

// CheckTemplate reports whether text (text/template syntax) parses and renders with the
// mail fields, so a broken override is refused when it is set instead of when a mail is sent.
func CheckTemplate(name, text string) error {
	t, err := template.New(name).Parse(text)
	if err != nil {
		return fmt.Errorf("does not parse: %w", err)
	}
	if err := t.Execute(new(strings.Builder), TemplateData{}); err != nil {
		return fmt.Errorf("does not render (the fields are %s): %w", templateFields, err)
	}
	return nil
}

// Override answers m worded by a municipality's template: subject and Japanese text from
// the template, the English text kept. A template that fails to render (it was checked
// when set) leaves m as it is: the mail still goes out, in pppdesk's words.
func Override(m Message, subject, body string) Message {
	if m.Template == "" || subject == "" {
		return m
	}
	render := func(name, text string) (string, bool) {
		t, err := template.New(name).Parse(text)
		if err != nil {
			return "", false
		}
		var b strings.Builder
		if err := t.Execute(&b, m.Vars); err != nil {
			return "", false
		}
		return b.String(), true
	}
	s, ok1 := render("subject", subject)
	text, ok2 := render("body", body)
	if !ok1 || !ok2 {
		return m
	}
	m.Subject = singleLine(s)
	m.TextJA = strings.TrimRight(text, "\n") + "\n"
	return m
}
