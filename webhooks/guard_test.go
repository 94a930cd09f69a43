package webhooks

import (
	"context"
	"errors"
	"net/netip"
	"net/url"
	"testing"
)

func TestGuardAddresses(t *testing.T) {
	for _, tc := range []struct {
		addr    string
		private bool
	}{
		{"127.0.0.1", true}, {"127.8.9.10", true}, {"::1", true}, {"::ffff:127.0.0.1", true},
		{"10.0.0.1", true}, {"172.16.5.4", true}, {"192.168.1.1", true}, {"169.254.169.254", true},
		{"fe80::1", true}, {"fd12:3456::1", true}, {"0.0.0.0", true}, {"::", true}, {"100.64.0.1", true},
		{"224.0.0.1", true}, {"ff02::1", true}, {"255.255.255.255", true}, {"64:ff9b::a00:1", true},
		{"::ffff:10.0.0.1", true}, {"198.18.0.1", true},
		{"203.0.113.10", false}, {"8.8.8.8", false}, {"2001:db8::1", false}, {"64:ff9b::808:808", false},
	} {
		if got := Private(netip.MustParseAddr(tc.addr)); got != tc.private {
			t.Errorf("Private(%s) = %v", tc.addr, got)
		}
	}
}

// The option lifts the address check, but never for the server's own listening address.
func TestGuardOwnAddress(t *testing.T) {
	g := Guard{AllowPrivate: true, Own: []string{"127.0.0.1:8080"}}
	if err := g.Allowed(netip.MustParseAddr("127.0.0.1"), "8080"); !errors.Is(err, ErrRefused) {
		t.Fatalf("own address: %v", err)
	}
	if err := g.Allowed(netip.MustParseAddr("127.0.0.1"), "9090"); err != nil {
		t.Fatalf("another loopback port with the option: %v", err)
	}
	all := Guard{AllowPrivate: true, Own: []string{":8080"}}
	if err := all.Allowed(netip.MustParseAddr("::1"), "8080"); !errors.Is(err, ErrRefused) {
		t.Fatalf("own port on all addresses: %v", err)
	}
}

func TestGuardCheckURL(t *testing.T) {
	g := Guard{}
	for _, raw := range []string{"http://localhost./x", "http://a.localhost/x", "http://2130706433/", "http://0x7f.1/",
		"http://0177.0.0.1/", "http://127.1/", "http://[::ffff:169.254.169.254]/", "http://10.0.0.1:8443/"} {
		u, _ := url.Parse(raw)
		if err := g.CheckURL(context.Background(), u); !errors.Is(err, ErrRefused) {
			t.Errorf("%s: %v", raw, err)
		}
	}
	u, _ := url.Parse("https://203.0.113.10/hook")
	if err := g.CheckURL(context.Background(), u); err != nil {
		t.Errorf("public address: %v", err)
	}
}
