package tenant_test

import (
	"slices"
	"testing"

	"github.com/pppdesk/pppdesk/tenant"
)

// TestHosts: host lists are lower-case dotted DNS names, each once, sorted; anything with a
// scheme, port, path or no dot is refused naming the field.
func TestHosts(t *testing.T) {
	t.Parallel()
	got, err := tenant.Hosts("hosts", []string{"Portal.City.example.jp.", "portal.city.example.jp", "a-b.example.jp"})
	if err != nil || !slices.Equal(got, []string{"a-b.example.jp", "portal.city.example.jp"}) {
		t.Fatalf("got %v, %v", got, err)
	}
	for _, bad := range []string{"localhost", "https://x.example.jp", "x.example.jp:443", "x.example.jp/path", "-x.example.jp", "", "127.0.0.1:80", "127.0.0.1", "192.168.0.10", "[::1]"} {
		if _, err := tenant.Hosts("hosts", []string{bad}); err == nil {
			t.Errorf("%q was taken", bad)
		}
	}
}
