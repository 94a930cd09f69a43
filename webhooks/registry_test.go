package webhooks

import (
	"context"
	"errors"
	"net/url"
	"testing"
	"time"

	"github.com/pppdesk/pppdesk/apperr"
	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/policies"
	"github.com/pppdesk/pppdesk/store"
	"github.com/pppdesk/pppdesk/store/storetest"
)

var registryNow = time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC)

type registryFixture struct {
	t   *testing.T
	st  *store.Store
	pol *policies.Policy
	m   *model.Municipality
}

func newRegistryFixture(t *testing.T) *registryFixture {
	t.Helper()
	pol, err := policies.Load("")
	if err != nil {
		t.Fatal(err)
	}
	f := &registryFixture{t: t, st: storetest.Open(t), pol: pol}
	f.m = f.municipality("aomori")
	return f
}

func (f *registryFixture) insert(row any) {
	f.t.Helper()
	if err := store.Insert(context.Background(), f.st.DB, row); err != nil {
		f.t.Fatal(err)
	}
}

func (f *registryFixture) municipality(slug string) *model.Municipality {
	m := &model.Municipality{Slug: slug, Name: slug + "市", Prefecture: "青森県", DeskName: "公民連携デスク", CreatedAt: registryNow, UpdatedAt: registryNow}
	f.insert(m)
	return m
}

// caller answers a caller of role in m (anonymous for PUBLIC) that reached the server as host.
func (f *registryFixture) caller(m *model.Municipality, role model.Role, host string) *policies.Caller {
	var u *model.User
	if role != model.RolePublic {
		u = &model.User{MunicipalityID: m.ID, Email: string(role) + "@" + m.Slug + ".test", DisplayName: "x", Role: role,
			Stamps: model.Stamps{CreatedAt: registryNow, UpdatedAt: registryNow}}
		f.insert(u)
	}
	return policies.NewCaller(f.pol, m, u, nil, "127.0.0.1", host, registryNow)
}

func (f *registryFixture) audits(action string) int {
	f.t.Helper()
	n, err := f.st.DB.NewSelect().Model((*model.AuditEntry)(nil)).Where("action = ?", action).Count(context.Background())
	if err != nil {
		f.t.Fatal(err)
	}
	return int(n)
}

func hookInput(u string) model.WebhookInput {
	return model.WebhookInput{URL: u, Events: []model.WebhookEvent{model.WebhookEventContentPublished}, Secret: "0123456789abcdef"}
}

func TestRegistryRegister(t *testing.T) {
	t.Parallel()
	f := newRegistryFixture(t)
	ctx := context.Background()
	// Loopback receivers are allowed here, as in tests of deliveries; the server's own
	// address stays refused.
	reg := NewRegistry(RegistryDeps{Store: f.st, Guard: Guard{AllowPrivate: true, Own: []string{"127.0.0.1:8080"}}, Now: func() time.Time { return registryNow }})
	desk := f.caller(f.m, model.RoleDesk, "127.0.0.1:8080")
	h, err := reg.Register(ctx, desk, hookInput(" http://127.0.0.1:9/hook "))
	if err != nil {
		t.Fatal(err)
	}
	if h.URL != "http://127.0.0.1:9/hook" || !h.Active || len(h.Events) != 1 || h.MunicipalityID != f.m.ID {
		t.Fatalf("registered %+v", h)
	}
	if n := f.audits("webhook.register"); n != 1 {
		t.Fatalf("webhook.register entries = %d, want 1", n)
	}

	for name, tc := range map[string]struct {
		in    model.WebhookInput
		field string
	}{
		"not http":     {hookInput("ftp://127.0.0.1/hook"), "input.url"},
		"this server":  {hookInput("http://localhost:8080/graphql"), "input.url"},
		"own listen":   {hookInput("http://127.0.0.1:8080/x"), "input.url"},
		"no events":    {model.WebhookInput{URL: "http://127.0.0.1:9/", Secret: "0123456789abcdef"}, "input.events"},
		"short secret": {model.WebhookInput{URL: "http://127.0.0.1:9/", Events: []model.WebhookEvent{model.WebhookEventContentChanged}, Secret: "short"}, "input.secret"},
		"too long":     {hookInput("http://127.0.0.1:9/" + string(make([]byte, 1000))), "input.url"},
	} {
		_, err := reg.Register(ctx, desk, tc.in)
		var ae *apperr.Error
		if !errors.As(err, &ae) || ae.Code != apperr.BadUserInput || ae.Field != tc.field {
			t.Errorf("%s: %v, want BAD_USER_INPUT on %s", name, err, tc.field)
		}
	}
	_, err = reg.Register(ctx, f.caller(f.m, model.RolePublic, ""), hookInput("http://127.0.0.1:9/"))
	if apperr.CodeOf(err) != apperr.Unauthenticated {
		t.Errorf("anonymous: %v", err)
	}
	for _, role := range []model.Role{model.RoleProposer, model.RoleDepartment} {
		if _, err := reg.Register(ctx, f.caller(f.m, role, ""), hookInput("http://127.0.0.1:9/")); apperr.CodeOf(err) != apperr.Forbidden {
			t.Errorf("%s: %v", role, err)
		}
	}
	if n := f.audits("webhook.register"); n != 1 {
		t.Fatalf("webhook.register entries after refusals = %d, want 1", n)
	}
}

func TestRegistryRefusesPrivateAddresses(t *testing.T) {
	t.Parallel()
	f := newRegistryFixture(t)
	reg := NewRegistry(RegistryDeps{Store: f.st, Guard: Guard{}})
	_, err := reg.Register(context.Background(), f.caller(f.m, model.RoleDesk, ""), hookInput("http://127.0.0.1:9/hook"))
	if apperr.CodeOf(err) != apperr.BadUserInput {
		t.Fatalf("loopback endpoint: %v, want BAD_USER_INPUT", err)
	}
}

func TestRegistryDeleteAndList(t *testing.T) {
	t.Parallel()
	f := newRegistryFixture(t)
	ctx := context.Background()
	reg := NewRegistry(RegistryDeps{Store: f.st, Guard: Guard{AllowPrivate: true}})
	desk := f.caller(f.m, model.RoleDesk, "")
	h, err := reg.Register(ctx, desk, hookInput("http://127.0.0.1:9/hook"))
	if err != nil {
		t.Fatal(err)
	}
	other := f.municipality("hirosaki")
	otherDesk := f.caller(other, model.RoleDesk, "")
	if err := reg.Delete(ctx, otherDesk, h.ID); apperr.CodeOf(err) != apperr.NotFound {
		t.Fatalf("other municipality's delete: %v", err)
	}
	if hooks, err := reg.List(ctx, otherDesk); err != nil || len(hooks) != 0 {
		t.Fatalf("other municipality's list: %v, %v", hooks, err)
	}
	if err := reg.Delete(ctx, f.caller(f.m, model.RoleProposer, ""), h.ID); apperr.CodeOf(err) != apperr.Forbidden {
		t.Fatalf("proposer's delete: %v", err)
	}
	if _, err := reg.List(ctx, f.caller(f.m, model.RolePublic, "")); apperr.CodeOf(err) != apperr.Unauthenticated {
		t.Fatalf("anonymous list: %v", err)
	}
	if err := reg.Delete(ctx, desk, h.ID); err != nil {
		t.Fatal(err)
	}
	if n := f.audits("webhook.delete"); n != 1 {
		t.Fatalf("webhook.delete entries = %d, want 1", n)
	}
	hooks, err := reg.List(ctx, desk)
	if err != nil || len(hooks) != 1 || hooks[0].Active {
		t.Fatalf("list after delete: %+v, %v; want the endpoint, inactive", hooks, err)
	}
	if dels, err := reg.Deliveries(ctx, hooks[0], 10); err != nil || len(dels) != 0 {
		t.Fatalf("deliveries: %v, %v", dels, err)
	}
}

func TestPointsAtServer(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		host, url string
		want      bool
	}{
		{"", "http://127.0.0.1/", false},
		{"cms.example.test", "http://CMS.example.test/hook", true},
		{"cms.example.test", "https://cms.example.test/hook", false},
		{"cms.example.test:8080", "http://cms.example.test:8080/", true},
		{"cms.example.test:8080", "http://localhost:8080/", true},
		{"cms.example.test:8080", "http://[::1]:8080/", true},
		{"cms.example.test:8080", "http://0.0.0.0:8080/", true},
		{"cms.example.test:8080", "http://127.0.0.1:9/", false},
		{"cms.example.test:8080", "http://receiver.example.test:8080/", false},
	} {
		u, err := url.Parse(tc.url)
		if err != nil {
			t.Fatal(err)
		}
		if got := pointsAtServer(tc.host, u); got != tc.want {
			t.Errorf("pointsAtServer(%q, %s) = %v, want %v", tc.host, tc.url, got, tc.want)
		}
	}
}

func TestRedactedWebhookURLKeepsNoCredentials(t *testing.T) {
	t.Parallel()
	u, _ := url.Parse("https://user:secret@hooks.example.jp:8443/in/path?token=abc#frag")
	if got := redacted(u); got != "https://hooks.example.jp:8443/in/path" {
		t.Fatalf("redacted: %q", got)
	}
}
