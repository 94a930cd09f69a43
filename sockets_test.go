package pppdesk_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/coder/websocket"

	"github.com/pppdesk/pppdesk"
)

// TestWebSocketsPerAddressAreCapped: a WebSocket stays open while its pings are answered,
// even without a subscription, so one address opening many could hold every connection
// slot. Past --max-websockets the upgrade is refused with 429 RATE_LIMITED; closing one
// frees its place.
func TestWebSocketsPerAddressAreCapped(t *testing.T) {
	t.Parallel()
	e := newEnvOpts(t, func(c *pppdesk.Config) { c.MaxWebSockets = 2 })
	ts := httptest.NewServer(e.srv)
	defer ts.Close()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	url := "ws" + strings.TrimPrefix(ts.URL, "http") + "/graphql"
	dial := func() (*websocket.Conn, *http.Response, error) {
		return websocket.Dial(ctx, url, &websocket.DialOptions{Subprotocols: []string{"graphql-transport-ws"}})
	}
	var open []*websocket.Conn
	for i := range 2 {
		c, _, err := dial()
		if err != nil {
			t.Fatalf("socket %d: %v", i, err)
		}
		defer c.CloseNow()
		open = append(open, c)
	}
	c, res, err := dial()
	if err == nil {
		c.CloseNow()
		t.Fatal("a third WebSocket from one address was accepted")
	}
	if res == nil || res.StatusCode != http.StatusTooManyRequests {
		t.Fatalf("third socket: %v %v", res, err)
	}
	// An ordinary request from the same address is not affected.
	if r := e.post(`{ __typename }`, nil); len(r.Errors) > 0 {
		t.Fatalf("plain request refused: %s", r.Raw)
	}
	open[0].CloseNow()
	for {
		c, _, err := dial()
		if err == nil {
			c.CloseNow()
			return
		}
		select {
		case <-ctx.Done():
			t.Fatalf("the closed socket's place was never freed: %v", err)
		case <-time.After(50 * time.Millisecond):
		}
	}
}
