package webhooks

import (
	"context"
	"net/url"
	"testing"
)

// TestReviewCheckURLReadsHostsAsTheClientDials: hosts that the HTTP client turns into a
// loopback address before dialling (IDNA full-width dots and digits) or that embed one in the
// deprecated IPv4-compatible IPv6 form are refused at registration, not only at connect time.
func TestReviewCheckURLReadsHostsAsTheClientDials(t *testing.T) {
	g := Guard{}
	for _, raw := range []string{"http://127。0。0。1/", "http://①②⑦.0.0.1:8080/", "http://ｌｏｃａｌｈｏｓｔ/", "http://[::127.0.0.1]/", "http://１６９.２５４.１６９.２５４/"} {
		u, err := url.Parse(raw)
		if err != nil {
			t.Fatal(err)
		}
		if err := g.CheckURL(context.Background(), u); err == nil {
			t.Errorf("%s accepted", raw)
		}
	}
}
