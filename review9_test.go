package pppdesk_test

import (
	"strings"
	"testing"
)

// TestReview9AuditEntriesCarryNoPersonalData: the audit log says what was done to which
// row and which fields changed ("Changed fields, JSON"), never the personal data itself:
// not a new staff member's or an invitee's address, not what a citizen wrote in the
// contact form's subject.
func TestReview9AuditEntriesCarryNoPersonalData(t *testing.T) {
	e := newEnv(t, true)
	desk := e.login("desk@demo.pppdesk.jp")
	e.ok(`mutation { createStaffAccount(input: {email: "hanako.staff@example.jp", displayName: "職員花子", role: DESK, password: "staff password 1"}) { id } }`, nil, desk...)
	e.ok(`mutation { inviteColleague(email: "jiro.invitee@example.jp") { token } }`, nil, e.login("proposer1@demo.pppdesk.jp")...)
	e.ok(`mutation { submitInquiry(input: {name: "山田太郎", email: "taro@example.jp", subject: "山田太郎 090-1234-5678 の件", body: "内容"}) }`, nil)
	d := e.ok(`{ auditLog(first: 50) { edges { node { action changes } } } }`, nil, desk...)
	seen := map[string]bool{}
	for _, edge := range edges(d, "auditLog") {
		action, changes := nodeField(edge, "action").(string), nodeField(edge, "changes").(string)
		seen[action] = true
		for _, personal := range []string{"hanako.staff", "jiro.invitee", "山田太郎", "090-1234-5678"} {
			if strings.Contains(changes, personal) {
				t.Errorf("%s entry copies personal data %q: %s", action, personal, changes)
			}
		}
	}
	for _, want := range []string{"account.createStaff", "account.invite", "inquiry.submit"} {
		if !seen[want] {
			t.Errorf("no %s entry in the audit log", want)
		}
	}
}
