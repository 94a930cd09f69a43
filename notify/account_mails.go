package notify

import (
	"fmt"
	"time"
)

// The keys of the account mails. Each key is one function below that composes the whole
// mail (subject and both texts) in one place, so a per-municipality override of a mail's
// text replaces exactly one key.
const (
	KeyPasswordReset        = "account.passwordReset"
	KeyPasswordResetUnknown = "account.passwordResetUnknown"
	KeyPasswordChanged      = "account.passwordChanged"
	KeyVerifyEmail          = "account.verifyEmail"
	KeyJoinRequested        = "account.joinRequested"
	KeySignUpJoinExisting   = "account.signUpJoinExisting"
)

// AccountLink is what an account mail links to: the portal's page with the token (empty when
// the municipality has no portal URL) and the token itself, which the mail always shows so a
// portal without such a page, or an API client, can pass it on.
type AccountLink struct {
	URL   string
	Token string
	Valid time.Duration
}

func (l AccountLink) validFor() (ja, en string) {
	if l.Valid >= time.Hour && l.Valid%time.Hour == 0 {
		h := int(l.Valid / time.Hour)
		return fmt.Sprintf("%d時間", h), fmt.Sprintf("%d hours", h)
	}
	m := int(l.Valid / time.Minute)
	return fmt.Sprintf("%d分", m), fmt.Sprintf("%d minutes", m)
}

func accountDesk(municipality string) string { return singleLine(municipality) + deskSuffix }

// PasswordReset (KeyPasswordReset) gives the owner of an account a one-time link to set a
// new password (resetPassword), valid for a short time.
func PasswordReset(to, municipality string, l AccountLink) Message {
	desk := accountDesk(municipality)
	ja, en := l.validFor()
	return Message{
		To:      to,
		Subject: subject(desk, "パスワードの再設定", ""),
		TextJA: join(
			desk+"のアカウントのパスワード再設定を受け付けました。",
			link(l.URL, "次のURLから新しいパスワードを設定してください（"+ja+"有効、1回限り）。"),
			"再設定コード（resetPassword に渡す値）：\n"+singleLine(l.Token),
			"再設定すると、すべての端末でサインアウトされます。お心当たりのない場合は、このメールを破棄してください。パスワードは変わりません。",
			signJA(desk),
		),
		TextEN: join(
			"We received a request to reset the password of your account at "+desk+".",
			link(l.URL, "Set a new password here (valid for "+en+", once):"),
			"Reset code (the token for resetPassword):\n"+singleLine(l.Token),
			"Resetting signs you out everywhere. If this was not you, ignore this email: your password stays as it is.",
			signEN(desk),
		),
	}
}

// PasswordResetUnknown (KeyPasswordResetUnknown) answers a reset request for an address
// without an account that can sign in; requestPasswordReset answers the same either way, so
// only the mailbox's owner learns that there is no account.
func PasswordResetUnknown(to, municipality string) Message {
	desk := accountDesk(municipality)
	return Message{
		To:      to,
		Subject: subject(desk, "パスワードの再設定", ""),
		TextJA: join(
			"このメールアドレスでパスワードの再設定を受け付けましたが、"+desk+"にはこのアドレスで利用できるアカウントがありません。",
			"別のアドレスで登録された可能性があります。新しく登録する場合は signUp をご利用ください。お心当たりのない場合は、このメールを破棄してください。",
			signJA(desk),
		),
		TextEN: join(
			"Someone asked to reset the password of this email address, but "+desk+" has no active account with it.",
			"You may have registered with another address; to register, use signUp. If this was not you, ignore this email.",
			signEN(desk),
		),
	}
}

// PasswordChanged (KeyPasswordChanged) tells the owner of an account that its password was
// changed or reset, so a change the owner did not make does not go unnoticed.
func PasswordChanged(to, municipality string) Message {
	desk := accountDesk(municipality)
	return Message{
		To:      to,
		Subject: subject(desk, "パスワードを変更しました", ""),
		TextJA: join(
			desk+"のアカウントのパスワードが変更されました。ほかの端末のサインインは無効になりました。",
			"お心当たりのない場合は、requestPasswordReset でパスワードを再設定し、デスクにご連絡ください。",
			signJA(desk),
		),
		TextEN: join(
			"The password of your account at "+desk+" was changed. Sign-ins on other devices were ended.",
			"If this was not you, reset your password with requestPasswordReset and contact the desk.",
			signEN(desk),
		),
	}
}

// VerifyEmail (KeyVerifyEmail) gives the owner of an account a one-time link that proves it
// reads the address (verifyEmail); a proposer submits only after that.
func VerifyEmail(to, municipality string, l AccountLink) Message {
	desk := accountDesk(municipality)
	ja, en := l.validFor()
	return Message{
		To:      to,
		Subject: subject(desk, "メールアドレスの確認", ""),
		TextJA: join(
			desk+"のアカウントのメールアドレスを確認します。",
			link(l.URL, "次のURLを開くと確認が完了します（"+ja+"有効、1回限り）。"),
			"確認コード（verifyEmail に渡す値）：\n"+singleLine(l.Token),
			"お心当たりのない場合は、このメールを破棄してください。",
			signJA(desk),
		),
		TextEN: join(
			"Please confirm the email address of your account at "+desk+".",
			link(l.URL, "Open this link to confirm it (valid for "+en+", once):"),
			"Verification code (the token for verifyEmail):\n"+singleLine(l.Token),
			"If this was not you, ignore this email.",
			signEN(desk),
		),
	}
}

// JoinRequested (KeyJoinRequested) tells the members of an organization that someone
// registering with its 法人番号 asked to join it, and how to let them in: an invitation
// (inviteColleague). Nobody joins an organization without its members' invitation.
func JoinRequested(to, municipality, organization, name, email string) Message {
	desk := accountDesk(municipality)
	org, who := singleLine(organization), singleLine(name)+" <"+singleLine(email)+">"
	return Message{
		To:      to,
		Subject: subject(desk, "事業者等への参加の申込み", ""),
		TextJA: join(
			"「"+org+"」の法人番号でアカウント登録の申込みがありました。同じ法人番号の事業者等は重複して登録できないため、申込者はまだ参加していません。",
			"申込者："+who,
			"同僚として参加してもらう場合は、inviteColleague でこのアドレスを招待してください（招待トークンを申込者に伝えます）。心当たりのない場合は、このメールを破棄してください。",
			signJA(desk),
		),
		TextEN: join(
			"Someone registering with the corporate number of "+org+" asked to join it. An organization is registered once per corporate number, so they have not joined.",
			"Applicant: "+who,
			"To let them in, invite the address with inviteColleague and pass them the invitation token. If you do not know them, ignore this email.",
			signEN(desk),
		),
	}
}

// SignUpJoinExisting (KeySignUpJoinExisting) tells someone who registered with a 法人番号
// already registered that its members were asked to invite them: signUp answers the same as
// any registration, and the organization is never created twice.
func SignUpJoinExisting(to, municipality, organization string) Message {
	desk := accountDesk(municipality)
	org := singleLine(organization)
	return Message{
		To:      to,
		Subject: subject(desk, "アカウント登録について", ""),
		TextJA: join(
			"お申込みの法人番号の事業者等「"+org+"」は、"+desk+"にすでに登録されています。",
			"登録済みの皆さまに、あなたを招待するようお知らせしました。招待トークンを受け取ったら、signUp の invitationToken に渡して登録してください。お心当たりのない場合は、このメールを破棄してください。",
			signJA(desk),
		),
		TextEN: join(
			"The organization with the corporate number you gave, "+org+", is already registered at "+desk+".",
			"We asked its members to invite you. When you receive an invitation token, sign up with it as invitationToken. If this was not you, ignore this email.",
			signEN(desk),
		),
	}
}
