package notify

import (
	"fmt"
	"strings"
	"time"
)

// ProposalInfo is what every proposal email says about the proposal. It is
// plain values so this package does not depend on the rest of pppdesk.
type ProposalInfo struct {
	// Title is the proposal's title as the proposer wrote it.
	Title string
	// Number is the proposal's reference number, e.g. "P-42".
	Number string
	// Municipality is the municipality the proposal was made to, e.g. "青森市".
	Municipality string
	// DeskName is the desk that signs the email, e.g. "青森市公民連携デスク".
	// Empty means Municipality + "公民連携デスク".
	DeskName string
	// URL is where the reader can sign in and see the proposal; may be empty.
	URL string
}

// deskSuffix turns a municipality into its desk's name when no DeskName is given.
const deskSuffix = "公民連携デスク"

func (p ProposalInfo) desk() string {
	if d := singleLine(p.DeskName); d != "" {
		return d
	}
	return singleLine(p.Municipality) + deskSuffix
}

// ProposalReceived tells the proposer that the desk has received the
// proposal, so they know it did not get lost and what happens next.
func ProposalReceived(to string, p ProposalInfo) Message {
	desk := p.desk()
	muniJA, muniEN := "", ""
	if m := singleLine(p.Municipality); m != "" {
		muniJA, muniEN = m+"への", " to "+m
	}
	return p.keyed("proposalReceived", TemplateData{}, Message{
		To:      to,
		Subject: subject(desk, "提案を受け付けました", p.Number),
		TextJA: join(
			"このたびは"+muniJA+"ご提案をいただき、誠にありがとうございます。\n以下の提案を受け付けました。",
			proposalJA(p),
			"今後、内容を確認のうえ担当課での検討を進めます。進捗はあらためてメールでお知らせします。",
			link(p.URL, "提案の内容と進捗は、次のURLからご確認いただけます。"),
			signJA(desk),
		),
		TextEN: join(
			"Thank you for your proposal"+muniEN+". We have received the following proposal.",
			proposalEN(p),
			"We will review it and pass it to the responsible department. We will let you know by email as it progresses.",
			link(p.URL, "You can follow the proposal here:"),
			signEN(desk),
		),
	})
}

// ProposalAssigned tells the proposer which departments have started to
// review the proposal, so they know who they will be talking with.
func ProposalAssigned(to string, p ProposalInfo, departments []string) Message {
	desk := p.desk()
	var names []string
	for _, d := range departments {
		if d = singleLine(d); d != "" {
			names = append(names, d)
		}
	}
	deptJA, deptEN := "調整中", "to be decided"
	if len(names) > 0 {
		deptJA, deptEN = strings.Join(names, "、"), strings.Join(names, ", ")
	}
	leadEN := "The responsible department has started to review your proposal below."
	if len(names) > 1 {
		leadEN = "The responsible departments have started to review your proposal below."
	}
	return p.keyed("proposalAssigned", TemplateData{}, Message{
		To:      to,
		Subject: subject(desk, "担当課で検討を始めました", p.Number),
		TextJA: join(
			"ご提案いただいた以下の提案について、担当課で検討を始めました。",
			proposalJA(p)+"\n担当課："+deptJA,
			"検討の中で、担当課から対話を通じてご質問やご相談をさせていただくことがあります。その際はメールでお知らせします。",
			link(p.URL, "提案の内容と進捗は、次のURLからご確認いただけます。"),
			signJA(desk),
		),
		TextEN: join(
			leadEN,
			proposalEN(p)+"\nDepartment(s): "+deptEN,
			"The department may ask you questions or discuss the proposal with you in the dialogue. We will let you know by email when it does.",
			link(p.URL, "You can follow the proposal here:"),
			signEN(desk),
		),
	})
}

// AssignedToDepartment asks a department to review a proposal, with the
// due date when there is one, so the request reaches the people who act on it.
// An empty dueOn leaves the due line out.
func AssignedToDepartment(to string, p ProposalInfo, department string, dueOn string) Message {
	desk := p.desk()
	department = singleLine(department)
	infoJA, infoEN := proposalJA(p), proposalEN(p)
	if due := singleLine(dueOn); due != "" {
		infoJA += "\n回答期限：" + due
		infoEN += "\nDue: " + due
	}
	greetJA, greetEN := "ご担当者様", "Dear colleagues,"
	if department != "" {
		greetJA, greetEN = department+" ご担当者様", "Dear colleagues of "+department+","
	}
	return p.keyed("assignedToDepartment", TemplateData{Department: department, DueOn: singleLine(dueOn)}, Message{
		To:      to,
		Subject: subject(desk, "提案の検討依頼", p.Number),
		TextJA: join(
			greetJA,
			desk+"です。\n以下の提案について、ご検討をお願いいたします。",
			infoJA,
			"提案の内容の確認と提案者との対話は、サインインしてから行ってください。",
			link(p.URL, "次のURLから提案を開けます。"),
			signJA(desk),
		),
		TextEN: join(
			greetEN,
			"Please review the following proposal.",
			infoEN,
			"Sign in to read the proposal and to talk with the proposer.",
			link(p.URL, "Open the proposal here:"),
			signEN(desk),
		),
	})
}

// AssignmentDueReminder reminds a department, the day before the due date, that the desk
// still waits for its opinion on a proposal, so an assignment is not forgotten.
func AssignmentDueReminder(to string, p ProposalInfo, department string, dueOn string) Message {
	desk := p.desk()
	department, dueOn = singleLine(department), singleLine(dueOn)
	greetJA, greetEN := "ご担当者様", "Dear colleagues,"
	if department != "" {
		greetJA, greetEN = department+" ご担当者様", "Dear colleagues of "+department+","
	}
	return p.keyed("assignmentDueReminder", TemplateData{Department: department, DueOn: dueOn}, Message{
		To:      to,
		Subject: subject(desk, "検討依頼の回答期限は明日です", p.Number),
		TextJA: join(
			greetJA,
			desk+"です。\n以下の提案について検討をお願いしていますが、回答期限が明日となりました。期限までにご回答をお願いいたします。",
			proposalJA(p)+"\n回答期限："+dueOn,
			"回答は、サインインしてから提案を開いて入力してください。",
			link(p.URL, "次のURLから提案を開けます。"),
			signJA(desk),
		),
		TextEN: join(
			greetEN,
			"The desk is waiting for your opinion on the following proposal, which is due tomorrow.",
			proposalEN(p)+"\nDue: "+dueOn,
			"Sign in and open the proposal to answer.",
			link(p.URL, "Open the proposal here:"),
			signEN(desk),
		),
	})
}

// AssignmentOverdue tells a department and the desk that a department's opinion on a
// proposal is past its due date, once, so the desk can follow it up.
func AssignmentOverdue(to string, p ProposalInfo, department string, dueOn string) Message {
	desk := p.desk()
	department, dueOn = singleLine(department), singleLine(dueOn)
	deptJA, deptEN := "担当課", "The department"
	if department != "" {
		deptJA, deptEN = department, department
	}
	return p.keyed("assignmentOverdue", TemplateData{Department: department, DueOn: dueOn}, Message{
		To:      to,
		Subject: subject(desk, "検討依頼の回答期限を過ぎています", p.Number),
		TextJA: join(
			"以下の提案について、"+deptJA+"の回答期限を過ぎましたが、まだ回答がありません。",
			proposalJA(p)+"\n担当課："+deptJA+"\n回答期限："+dueOn,
			"回答または期限の見直しについて、担当課と公民連携デスクでご調整をお願いします。",
			link(p.URL, "次のURLから提案を開けます。"),
			signJA(desk),
		),
		TextEN: join(
			deptEN+" has not answered on the following proposal, and its due date has passed.",
			proposalEN(p)+"\nDepartment: "+deptEN+"\nDue: "+dueOn,
			"Please agree between the department and the desk on an answer or a new due date.",
			link(p.URL, "Open the proposal here:"),
			signEN(desk),
		),
	})
}

// MessagePosted tells the proposer or the staff that someone wrote in the
// proposal's dialogue. It deliberately never includes the message itself,
// which may be confidential: the reader signs in to read it.
// from names the writer, e.g. a department or an organization.
func MessagePosted(to string, p ProposalInfo, from string) Message {
	desk := p.desk()
	from = singleLine(from)
	leadJA := "以下の提案の対話に、新しいメッセージが届きました。"
	leadEN := "There is a new message in the dialogue on the following proposal."
	if from != "" {
		leadJA = "以下の提案の対話に、" + from + "から新しいメッセージが届きました。"
		leadEN = "There is a new message from " + from + " in the dialogue on the following proposal."
	}
	return p.keyed("messagePosted", TemplateData{From: from}, Message{
		To:      to,
		Subject: subject(desk, "対話に新しいメッセージがあります", p.Number),
		TextJA: join(
			leadJA,
			proposalJA(p),
			"メッセージには秘密の情報が含まれることがあるため、本文はこのメールに記載していません。サインインしてご確認ください。",
			link(p.URL, "次のURLから確認できます。"),
			signJA(desk),
		),
		TextEN: join(
			leadEN,
			proposalEN(p),
			"The message is not included in this email because it may contain confidential information. Please sign in to read it.",
			link(p.URL, "Read it here:"),
			signEN(desk),
		),
	})
}

// ProposalDecided tells the proposer whether the proposal was accepted
// (採択) or not (不採択) and why, which closes the review. An empty reason
// leaves the reason out.
func ProposalDecided(to string, p ProposalInfo, accepted bool, reason string) Message {
	desk := p.desk()
	resultJA, resultEN := "不採択", "Not accepted"
	leadJA := "ご提案いただいた以下の提案について検討を行った結果、誠に残念ながら不採択となりましたので、お知らせします。"
	leadEN := "We have reviewed the following proposal and, regrettably, it has not been accepted."
	nextJA := "ご提案いただいたことに、あらためて感謝申し上げます。"
	nextEN := "Thank you again for your proposal."
	if accepted {
		resultJA, resultEN = "採択", "Accepted"
		leadJA = "ご提案いただいた以下の提案について検討を行った結果、採択することとなりましたので、お知らせします。"
		leadEN = "We have reviewed the following proposal and are pleased to tell you that it has been accepted."
		nextJA = "今後の進め方については、担当課からあらためてご連絡します。"
		nextEN = "The responsible department will contact you about the next steps."
	}
	infoJA := proposalJA(p) + "\n検討結果：" + resultJA
	infoEN := proposalEN(p) + "\nResult: " + resultEN
	reasonJA, reasonEN := "", ""
	if r := strings.TrimSpace(reason); r != "" {
		reasonJA, reasonEN = "理由：\n"+r, "Reason (as written by the municipality):\n"+r
	}
	return p.keyed("proposalDecided", TemplateData{Result: resultJA, Reason: strings.TrimSpace(reason)}, Message{
		To:      to,
		Subject: subject(desk, "提案の検討結果のお知らせ", p.Number),
		TextJA: join(
			leadJA,
			infoJA,
			reasonJA,
			nextJA,
			link(p.URL, "詳しくは次のURLからご確認いただけます。"),
			signJA(desk),
		),
		TextEN: join(
			leadEN,
			infoEN,
			reasonEN,
			nextEN,
			link(p.URL, "Details:"),
			signEN(desk),
		),
	})
}

// NewProposal tells the desk that a proposal has arrived, so that someone
// reads it and assigns it to a department. organization names the proposer.
func NewProposal(to string, p ProposalInfo, organization string) Message {
	desk := p.desk()
	organization = singleLine(organization)
	infoJA, infoEN := proposalJA(p), proposalEN(p)
	if organization != "" {
		infoJA += "\n提案者：" + organization
		infoEN += "\nProposer: " + organization
	}
	return p.keyed("newProposal", TemplateData{Organization: singleLine(organization)}, Message{
		To:      to,
		Subject: subject(desk, "新しい提案が届きました", p.Number),
		TextJA: join(
			"新しい提案が届きました。\n内容を確認のうえ、担当課への割り振りをお願いします。",
			infoJA,
			"提案の内容は、サインインしてご確認ください。",
			link(p.URL, "次のURLから提案を開けます。"),
			signJA(desk),
		),
		TextEN: join(
			"A new proposal has arrived.\nPlease review it and assign it to the responsible department.",
			infoEN,
			"Sign in to read the proposal.",
			link(p.URL, "Open the proposal here:"),
			signEN(desk),
		),
	})
}

// NewInquiry tells the desk of municipality that an inquiry has arrived.
// It carries only the inquiry's subject, never the sender's name, address
// or message, so no personal data travels by email; staff sign in to answer.
// The desk is named municipality + "公民連携デスク".
func NewInquiry(to string, municipality, subj string) Message {
	desk := singleLine(municipality) + deskSuffix
	subj = singleLine(subj)
	return Message{
		To:      to,
		Subject: subject(desk, "お問合せが届きました", ""),
		TextJA: join(
			desk+"にお問合せが届きました。",
			"件名："+subj,
			"お問合せの内容と差出人の情報は、このメールには記載していません。サインインしてご確認のうえ、ご対応をお願いします。",
			signJA(desk),
		),
		TextEN: join(
			"An inquiry has arrived at "+desk+".",
			"Subject: "+subj,
			"This email does not include the inquiry itself or anything about the sender. Please sign in to read and answer it.",
			signEN(desk),
		),
	}
}

// subject builds "【desk】what（number）".
func subject(desk, what, number string) string {
	s := "【" + desk + "】" + what
	if n := singleLine(number); n != "" {
		s += "（" + n + "）"
	}
	return s
}

func proposalJA(p ProposalInfo) string {
	s := "提案名：" + singleLine(p.Title)
	if n := singleLine(p.Number); n != "" {
		s = "提案番号：" + n + "\n" + s
	}
	return s
}

func proposalEN(p ProposalInfo) string {
	s := "Title: " + singleLine(p.Title)
	if n := singleLine(p.Number); n != "" {
		s = "Proposal number: " + n + "\n" + s
	}
	return s
}

// link is lead followed by url on its own line, or nothing without a URL.
func link(url, lead string) string {
	if url = singleLine(url); url == "" {
		return ""
	}
	return lead + "\n" + url
}

func signJA(desk string) string {
	return "――――――――――\n" + desk + "\n※このメールはシステムから自動で送信しています。"
}

func signEN(desk string) string {
	return "--\n" + desk + "\nThis email was sent automatically."
}

// join puts the non-empty paragraphs one blank line apart.
func join(paras ...string) string {
	var kept []string
	for _, p := range paras {
		if p != "" {
			kept = append(kept, p)
		}
	}
	return strings.Join(kept, "\n\n") + "\n"
}

// SignUpConfirm gives a new registrant the token that confirms the email address and
// creates the account (confirmSignUp); nothing is created until then.
func SignUpConfirm(to, municipality, token string, valid time.Duration) Message {
	desk := singleLine(municipality) + deskSuffix
	hours := fmt.Sprintf("%d", int(valid.Hours()))
	return Message{
		To:      to,
		Subject: subject(desk, "アカウント登録の確認", ""),
		TextJA: join(
			desk+"へのアカウント登録を受け付けました。",
			"次の確認コードを confirmSignUp に渡すと登録が完了し、サインインできます（"+hours+"時間有効）。\n"+singleLine(token),
			"お心当たりのない場合は、このメールを破棄してください。アカウントは作成されません。",
			signJA(desk),
		),
		TextEN: join(
			"We received a registration for "+desk+".",
			"Pass this confirmation code to confirmSignUp to finish the registration and sign in (valid for "+hours+" hours):\n"+singleLine(token),
			"If this was not you, ignore this email: no account is created.",
			signEN(desk),
		),
	}
}

// SignUpExisting tells the owner of an address that already has an account that someone
// tried to register it again; signUp answers the same either way, so only the mailbox's
// owner learns that the account exists.
func SignUpExisting(to, municipality string) Message {
	desk := singleLine(municipality) + deskSuffix
	return Message{
		To:      to,
		Subject: subject(desk, "アカウント登録について", ""),
		TextJA: join(
			"このメールアドレスでのアカウント登録を受け付けましたが、このアドレスのアカウントはすでにあります。",
			"サインインしてご利用ください。パスワードがご不明の場合は、requestPasswordReset で再設定できます。お心当たりのない場合は、このメールを破棄してください。",
			signJA(desk),
		),
		TextEN: join(
			"Someone asked to register this email address, but it already has an account.",
			"Please sign in. If you have lost your password, reset it with requestPasswordReset. If this was not you, ignore this email.",
			signEN(desk),
		),
	}
}
