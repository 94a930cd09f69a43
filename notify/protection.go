package notify

// ProtectionRequested tells the desk that a proposer asked it to withhold a part of its
// proposal from disclosure. Like MessagePosted it never includes the reason or the part's
// content, which are what the proposer wants protected: the desk signs in to read them.
func ProtectionRequested(to string, p ProposalInfo) Message {
	desk := p.desk()
	return Message{
		To:      to,
		Subject: subject(desk, "不開示の申出がありました", p.Number),
		TextJA: join(
			"以下の提案の提案者から、情報公開における不開示の申出がありました。開示区分をご確認ください。",
			proposalJA(p),
			"申出の内容は、サインインしてご確認ください。",
			link(p.URL, "次のURLから確認できます。"),
			signJA(desk),
		),
		TextEN: join(
			"The proposer of the following proposal asked for part of it to be withheld from disclosure. Please review its disclosure levels.",
			proposalEN(p),
			"Please sign in to read the request.",
			link(p.URL, "Read it here:"),
			signEN(desk),
		),
	}
}
