package notify

import (
	"regexp"
	"strings"
)

// InquiryInfo is what the mails about one contact-form inquiry say about it, as plain values.
type InquiryInfo struct {
	// Subject is the inquiry's subject as the sender typed it (one line once quoted).
	Subject string
	// Municipality is the municipality the inquiry was sent to, e.g. "青森市".
	Municipality string
	// DeskName signs the mail; empty means Municipality + "公民連携デスク".
	DeskName string
}

func (q InquiryInfo) desk() string {
	return ProposalInfo{Municipality: q.Municipality, DeskName: q.DeskName}.desk()
}

// keyed marks an inquiry mail with its template key and the values an override may use:
// Title is the inquiry's subject (one line), never its body.
func (q InquiryInfo) keyed(key string, d TemplateData, m Message) Message {
	d.Title, d.Municipality, d.Desk = singleLine(q.Subject), singleLine(q.Municipality), q.desk()
	m.Template, m.Vars = key, d
	return m
}

// InquiryAcknowledgement tells the sender of a contact-form inquiry that the desk received it
// and will answer. The address is not verified (anyone may type anyone's address into the
// form), so the mail carries as little of what the sender typed as lets a real sender
// recognise it: the subject, on one line, and nothing else — not the body, name,
// affiliation or phone. That keeps the form from relaying a stranger's text to a third
// party: the most it can send is one acknowledgement per accepted inquiry (the form's
// per-address limit applies), in the desk's words, as plain text, around a one-line subject
// of at most input.MaxTitle characters.
//
// Links are cut out of the quoted subject (see withoutLinks): a mail from the desk must not
// carry a link a stranger chose to an address that never asked for it.
func InquiryAcknowledgement(to string, q InquiryInfo) Message {
	q.Subject = withoutLinks(q.Subject)
	desk := q.desk()
	subj := singleLine(q.Subject)
	return q.keyed("inquiryAcknowledgement", TemplateData{}, Message{
		To:      to,
		Subject: subject(desk, "お問合せを受け付けました", ""),
		TextJA: join(
			desk+"へのお問合せを受け付けました。",
			"件名："+subj,
			"内容を確認のうえ、担当者からこのアドレスにご回答します。回答までにお時間をいただくことがあります。",
			"このメールは受付の確認のため自動で送信しています。お心当たりのない場合は、このメールを破棄してください。",
			signJA(desk),
		),
		TextEN: join(
			"We have received your inquiry to "+desk+".",
			"Subject: "+subj,
			"We will read it and answer you at this address. This may take some time.",
			"This email only confirms receipt. If you did not send an inquiry, please ignore it.",
			signEN(desk),
		),
	})
}

// InquiryReply is the desk's answer to an inquiry, mailed to its sender: the subject the
// desk chose, the answer as the desk wrote it, then which inquiry it answers and who
// answered. It is Japanese only: the desk writes the answer in the language it chooses.
func InquiryReply(to string, q InquiryInfo, mailSubject, body, sentBy string) Message {
	desk := q.desk()
	sign := "――――――――――\n" + desk
	if s := singleLine(sentBy); s != "" {
		sign += "\n" + s
	}
	reply := strings.TrimSpace(toLF(body))
	m := q.keyed("inquiryReply", TemplateData{Reply: reply, From: singleLine(sentBy)}, Message{
		To:      to,
		Subject: singleLine(mailSubject),
		TextJA: join(
			reply,
			"（お問合せの件名："+singleLine(q.Subject)+"）",
			sign,
		),
	})
	// The subject is the desk's choice for this answer, so an override's {{.Title}} is it.
	m.Vars.Title = m.Subject
	return m
}

// InquiryForwarded asks a department's members to look at an inquiry the desk forwarded to
// them. Like NewInquiry it names only the subject and the desk's note, never the sender or
// the message: staff sign in to read it.
func InquiryForwarded(to string, q InquiryInfo, department, note string) Message {
	desk := q.desk()
	department = singleLine(department)
	greetJA, greetEN := "ご担当者様", "Dear colleagues,"
	if department != "" {
		greetJA, greetEN = department+" ご担当者様", "Dear colleagues of "+department+","
	}
	noteJA, noteEN := "", ""
	if n := strings.TrimSpace(toLF(note)); n != "" {
		noteJA, noteEN = "デスクからの連絡：\n"+n, "Note from the desk:\n"+n
	}
	return q.keyed("inquiryForwarded", TemplateData{Department: department, Note: strings.TrimSpace(toLF(note))}, Message{
		To:      to,
		Subject: subject(desk, "お問合せの共有", ""),
		TextJA: join(
			greetJA,
			desk+"です。\n次のお問合せを共有します。ご確認をお願いします。",
			"件名："+singleLine(q.Subject),
			noteJA,
			"お問合せの内容と差出人の情報は、このメールには記載していません。サインインしてご確認ください。差出人への回答はデスクが行います。",
			signJA(desk),
		),
		TextEN: join(
			greetEN,
			"The desk shares the following inquiry with you. Please have a look.",
			"Subject: "+singleLine(q.Subject),
			noteEN,
			"This email does not include the inquiry itself or anything about the sender. Please sign in to read it. The desk answers the sender.",
			signEN(desk),
		),
	})
}

// linkPattern matches what a mail client may turn into a link: anything with a scheme
// ("http://", "ftp://"), "www", and host names (labels joined by ASCII or full-width dots
// ending in a top-level domain of letters), with whatever follows them up to a space.
var linkPattern = regexp.MustCompile(`(?i)[a-z][a-z0-9+.-]*://\S*|www\S*|(?:[\p{L}\p{N}_-]+[.．。｡])+\p{L}{2,}\S*`)

// withoutLinks answers s with every link-like run replaced by "[URL省略]".
func withoutLinks(s string) string {
	return linkPattern.ReplaceAllString(s, "[URL省略]")
}
