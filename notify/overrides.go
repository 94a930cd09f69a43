package notify

import (
	"fmt"
	"strings"
	"text/template"
	"text/template/parse"
)

// TemplateKeys are the mails a municipality may word itself (setMailTemplate); the others
// (sign-up codes, the desk's new-inquiry notice) keep pppdesk's text, as their wording carries security advice.
var TemplateKeys = []string{"assignedToDepartment", "messagePosted", "newProposal", "proposalAssigned", "proposalDecided", "proposalReceived",
	"assignmentDueReminder", "assignmentOverdue",
	// Desk follow-up of inquiries.
	"inquiryAcknowledgement", "inquiryForwarded", "inquiryReply"}

// TemplateData are the values an overridden mail's template may use, e.g. {{.Title}}. The
// proposal fields are in every mail; Result and Reason (proposalDecided), Department and
// DueOn (assignedToDepartment, assignmentDueReminder, assignmentOverdue), From (messagePosted)
// and Organization (newProposal) are empty in the others. In the inquiry mails Title is the
// inquiry's subject (inquiryReply: the subject the desk chose for its answer); Reply (the
// desk's answer) and From (who answered) are inquiryReply's, Department and Note (the
// desk's note) inquiryForwarded's. A struct, so a Message stays comparable.
type TemplateData struct {
	Title, Number, Municipality, Desk, URL string
	Result, Reason, Department, DueOn      string
	From, Organization                     string
	Reply, Note                            string
}

// templateFields names TemplateData's fields for error messages.
const templateFields = "Title, Number, Municipality, Desk, URL, Result, Reason, Department, DueOn, From, Organization, Reply, Note"

// keyed marks a proposal mail with its template key and the values an override may use.
func (p ProposalInfo) keyed(key string, d TemplateData, m Message) Message {
	d.Title, d.Number, d.Municipality, d.Desk, d.URL = singleLine(p.Title), singleLine(p.Number), singleLine(p.Municipality), p.desk(), p.URL
	m.Template, m.Vars = key, d
	return m
}

// CheckTemplate reports whether text (text/template syntax) parses, uses nothing but text
// and plain fields ({{.Title}}), and renders with the mail fields, so a broken override is
// refused when it is set instead of when a mail is sent. Actions, loops, conditions and
// functions are refused: a template is a desk's wording, and {{range 1000000}} would let one
// municipality's desk spend the server's CPU and memory for every municipality.
func CheckTemplate(name, text string) error {
	t, err := parseTemplate(name, text)
	if err != nil {
		return err
	}
	if err := t.Execute(new(strings.Builder), TemplateData{}); err != nil {
		return fmt.Errorf("does not render (the fields are %s): %w", templateFields, err)
	}
	return nil
}

// parseTemplate parses text and refuses every node but text and a single field reference.
func parseTemplate(name, text string) (*template.Template, error) {
	t, err := template.New(name).Parse(text)
	if err != nil {
		return nil, fmt.Errorf("does not parse: %w", err)
	}
	for _, n := range t.Tree.Root.Nodes {
		switch n := n.(type) {
		case *parse.TextNode:
		case *parse.ActionNode:
			if n.Pipe == nil || len(n.Pipe.Decl) > 0 || len(n.Pipe.Cmds) != 1 || len(n.Pipe.Cmds[0].Args) != 1 {
				return nil, fmt.Errorf("%q: only plain fields such as {{.Title}} may be used (the fields are %s)", n.String(), templateFields)
			}
			if f, ok := n.Pipe.Cmds[0].Args[0].(*parse.FieldNode); !ok || len(f.Ident) != 1 {
				return nil, fmt.Errorf("%q: only plain fields such as {{.Title}} may be used (the fields are %s)", n.String(), templateFields)
			}
		default:
			return nil, fmt.Errorf("%q: only text and plain fields such as {{.Title}} may be used (no range, if, with, define or functions)", n.String())
		}
	}
	if len(t.Templates()) > 1 {
		return nil, fmt.Errorf("only text and plain fields such as {{.Title}} may be used (no define or block)")
	}
	return t, nil
}

// Override answers m worded by a municipality's template: subject and Japanese text from
// the template, the English text kept. A template that fails to render (it was checked
// when set) leaves m as it is: the mail still goes out, in pppdesk's words.
func Override(m Message, subject, body string) Message {
	if m.Template == "" || subject == "" {
		return m
	}
	render := func(name, text string) (string, bool) {
		t, err := parseTemplate(name, text)
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
	// The desk's answer is what an inquiryReply mail is for: a template that leaves
	// {{.Reply}} out still sends it, after the template's text.
	if m.Vars.Reply != "" && !strings.Contains(m.TextJA, m.Vars.Reply) {
		m.TextJA = strings.TrimRight(m.TextJA, "\n") + "\n\n" + m.Vars.Reply + "\n"
	}
	return m
}
