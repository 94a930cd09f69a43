package policies

import (
	"github.com/pppdesk/pppdesk/apperr"
	"github.com/pppdesk/pppdesk/model"
)

// ErrEmailNotVerified refuses a proposer's first submission until the account's address is
// proven: a proposal is answered by email, so the desk must know the address reaches its
// proposer. The message names the way out (requestEmailVerification, then verifyEmail).
var ErrEmailNotVerified = apperr.New(apperr.Forbidden,
	"メールアドレスの確認が必要です。requestEmailVerification で確認メールを受け取り、verifyEmail で確認してから提出してください。 / "+
		"Verify your email address before submitting: requestEmailVerification mails you a link, verifyEmail confirms it.")

// RequireVerifiedEmail refuses a proposer whose address is not verified (ErrEmailNotVerified);
// staff and anonymous callers pass, their rights being the policy's business alone.
func (c *Caller) RequireVerifiedEmail() error {
	if c.User != nil && c.User.Role == model.RoleProposer && c.User.EmailVerifiedAt == nil {
		return ErrEmailNotVerified
	}
	return nil
}
