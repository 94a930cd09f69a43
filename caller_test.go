package pppdesk_test

import (
	"context"
	"testing"

	"github.com/pppdesk/pppdesk/model"
)

// TestCallerIsOneStatement: establishing who calls costs one SQL statement, for an anonymous
// request (the municipality) and for a signed-in one (municipality, account, revocation and
// department subtree together). `__typename` runs no resolver, so every statement the
// request costs is spent establishing its caller.
func TestCallerIsOneStatement(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	cost := func(name string, headers ...string) {
		t.Helper()
		before := e.st.Queries()
		e.ok(`{ __typename }`, nil, headers...)
		n := e.st.Queries() - before
		t.Logf("%s: %d statements", name, n)
		if n > 1 {
			t.Errorf("%s: establishing the caller costs %d statements, want 1", name, n)
		}
	}
	cost("anonymous")
	cost("anonymous, municipality header", "X-Municipality", "aomori")
	cost("desk", e.login("desk@demo.pppdesk.jp")...)
	cost("department staff", e.login("keizai@demo.pppdesk.jp")...)
	cost("proposer, municipality header", as(e.login("proposer1@demo.pppdesk.jp"), "X-Municipality", "aomori")...)
	// The one statement still answers what the policies need: a department sees what its
	// department was assigned, and a proposer its own organization.
	keizai := e.login("keizai@demo.pppdesk.jp")
	if d := e.ok(`{ me { email department { name } } }`, nil, keizai...); get(d, "me", "department", "name") != "経済部" {
		t.Fatalf("department staff: %v", d)
	}
}

// TestCallerRefusedAtOnceOnEveryReplica: nothing of the caller is cached, so a token signed
// out, or an account disabled or deleted, through one server is refused by a second server on
// the same database at its very next request — and the second server had just accepted it.
func TestCallerRefusedAtOnceOnEveryReplica(t *testing.T) {
	t.Parallel()
	a := newEnv(t, true)
	b := a.replica()
	me := `{ me { id } }`
	ctx := context.Background()

	signedOut := a.login("desk@demo.pppdesk.jp")
	b.ok(me, nil, signedOut...)
	a.ok(`mutation { logout }`, nil, signedOut...)
	if r := b.post(me, nil, signedOut...); r.code() != "UNAUTHENTICATED" {
		t.Fatalf("token signed out on one server still works on the other: %s", r.Raw)
	}

	disabled := a.login("keizai@demo.pppdesk.jp")
	b.ok(me, nil, disabled...)
	if _, err := a.st.DB.NewUpdate().Model((*model.User)(nil)).Set("disabled = ?", true).Where("email = ?", "keizai@demo.pppdesk.jp").Exec(ctx); err != nil {
		t.Fatal(err)
	}
	if r := b.post(me, nil, disabled...); r.code() != "UNAUTHENTICATED" {
		t.Fatalf("disabled account still works on the other server: %s", r.Raw)
	}

	deleted := a.login("proposer1@demo.pppdesk.jp")
	b.ok(me, nil, deleted...)
	if _, err := a.st.DB.NewDelete().Model((*model.User)(nil)).Where("email = ?", "proposer1@demo.pppdesk.jp").Exec(ctx); err != nil {
		t.Fatal(err)
	}
	if r := b.post(me, nil, deleted...); r.code() != "UNAUTHENTICATED" {
		t.Fatalf("deleted account still works on the other server: %s", r.Raw)
	}
}
