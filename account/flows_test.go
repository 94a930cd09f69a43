package account_test

import (
	"context"
	"strings"
	"testing"

	"github.com/pppdesk/pppdesk/apperr"
	"github.com/pppdesk/pppdesk/store"
)

// TestResetOfDisabledAccountRedeemsNothing: a disabled account is answered as an unknown
// address: the same answer and work, a note instead of a link, and a token row that redeems
// nothing.
func TestResetOfDisabledAccountRedeemsNothing(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	ctx := context.Background()
	if err := store.SetUserDisabled(ctx, f.st.DB, f.muni.ID, f.colleague.ID, true, testNow); err != nil {
		t.Fatal(err)
	}
	for _, email := range []string{"colleague@example.jp", "proposer1@example.jp", "nobody@example.jp"} {
		ok, err := f.accounts().RequestPasswordReset(ctx, f.caller(nil), email)
		if err != nil || !ok {
			t.Fatalf("%s: %v %v", email, ok, err)
		}
		if n := f.count("SELECT COUNT(*) FROM account_tokens WHERE email = ?", email); n != 1 {
			t.Fatalf("%s: %d token rows", email, n)
		}
		if m := f.mails(email); len(m) != 1 {
			t.Fatalf("%s: %d mails", email, len(m))
		}
	}
	if n := f.count("SELECT COUNT(*) FROM account_tokens WHERE user_id IS NULL"); n != 2 {
		t.Fatalf("%d rows without an account, want the disabled and the unknown address", n)
	}
	if m := f.mails("colleague@example.jp")[0]; strings.Contains(m, "Reset code") {
		t.Fatalf("a disabled account got a link: %s", m)
	}
	// The link of the enabled account was logged (no SMTP), only it.
	logged := f.log.String()
	if !strings.Contains(logged, "proposer1@example.jp") || strings.Contains(logged, "colleague@example.jp") || strings.Contains(logged, "nobody@example.jp") {
		t.Fatalf("log: %s", logged)
	}
}

// TestChangePasswordRefusals: anonymous callers, a wrong current password and a short new
// one change nothing.
func TestChangePasswordRefusals(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	ctx := context.Background()
	_, err := f.accounts().ChangePassword(ctx, f.caller(nil), nil, "correct horse battery", "a new password")
	code(t, err, apperr.Unauthenticated)
	_, err = f.accounts().ChangePassword(ctx, f.caller(f.proposer1), nil, "wrong", "a new password")
	code(t, err, apperr.BadUserInput)
	_, err = f.accounts().ChangePassword(ctx, f.caller(f.proposer1), nil, "correct horse battery", "short")
	code(t, err, apperr.BadUserInput)
	if n := f.audits("account.changePassword"); n != 0 {
		t.Fatalf("%d audit entries", n)
	}
	ok, err := f.accounts().ChangePassword(ctx, f.caller(f.proposer1), nil, "correct horse battery", "a new password")
	if err != nil || !ok {
		t.Fatal(ok, err)
	}
	var epoch int
	if err := f.st.DB.NewRaw("SELECT token_epoch FROM users WHERE id = ?", f.proposer1.ID).Scan(ctx, &epoch); err != nil || epoch != 1 {
		t.Fatalf("epoch %d %v", epoch, err)
	}
}
