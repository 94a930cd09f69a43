package pppdesk_test

import (
	"context"
	"encoding/json"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/coder/websocket"
	"github.com/coder/websocket/wsjson"

	"github.com/pppdesk/pppdesk"
)

// subscribe opens a graphql-transport-ws subscription with the token in connection_init.
func subscribe(t *testing.T, url string, headers []string, query string, vars map[string]any) (*websocket.Conn, context.Context) {
	t.Helper()
	return subscribeWithin(t, time.Minute, url, headers, query, vars)
}

// subscribeWithin is subscribe with a longer life, for a test that drives many writes
// while it listens (on a busy 2-core CI machine they take seconds).
func subscribeWithin(t *testing.T, life time.Duration, url string, headers []string, query string, vars map[string]any) (*websocket.Conn, context.Context) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), life)
	t.Cleanup(cancel)
	c, _, err := websocket.Dial(ctx, "ws"+strings.TrimPrefix(url, "http")+"/graphql", &websocket.DialOptions{Subprotocols: []string{"graphql-transport-ws"}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = c.CloseNow() })
	payload := map[string]any{}
	if len(headers) == 2 {
		payload["Authorization"] = headers[1]
	}
	must(t, wsjson.Write(ctx, c, map[string]any{"type": "connection_init", "payload": payload}))
	var ack map[string]any
	must(t, wsjson.Read(ctx, c, &ack))
	if ack["type"] != "connection_ack" {
		t.Fatalf("ack: %v", ack)
	}
	must(t, wsjson.Write(ctx, c, map[string]any{"id": "1", "type": "subscribe", "payload": map[string]any{"query": query, "variables": vars}}))
	return c, ctx
}

func TestProposalEventsSubscription(t *testing.T) {
	t.Parallel()
	e := newEnvOpts(t, func(c *pppdesk.Config) { c.PollInterval = 20 * time.Millisecond })
	ts := httptest.NewServer(e.srv)
	defer ts.Close()
	p1, p2, desk := e.login("proposer1@demo.pppdesk.jp"), e.login("proposer2@demo.pppdesk.jp"), e.login("desk@demo.pppdesk.jp")
	id := get(e.ok(createProposal, map[string]any{"in": proposalInput("FREE", nil)}, p1...), "createProposal", "proposal", "id")

	// Both streams are known to deliver (each saw its own warm-up proposal submitted, and
	// every event before it) before the change, instead of sleeping for them to start.
	q := `subscription { proposalEvents { proposal { id status } event { action from to } } }`
	warm1 := get(e.ok(createProposal, map[string]any{"in": proposalInput("FREE", nil)}, p1...), "createProposal", "proposal", "id")
	warm2 := get(e.ok(createProposal, map[string]any{"in": proposalInput("FREE", nil)}, p2...), "createProposal", "proposal", "id")
	own := liveSubscriptionOf(t, e, ts.URL, p1, warm1, q)
	other := liveSubscriptionOf(t, e, ts.URL, p2, warm2, q)

	e.ok(`mutation($id: ID!) { submitProposal(id: $id, acceptTerms: true) { proposal { id } } }`, map[string]any{"id": id}, p1...)
	e.ok(`mutation($id: ID!, $d: [ID!]!) { assignProposal(id: $id, departmentIds: $d) { proposal { id } } }`, map[string]any{"id": id, "d": []any{e.departmentIDs()["経済部"]}}, desk...)

	var actions []string
	for len(actions) < 2 {
		// The stream's context (a minute) bounds the wait: the channel closes with it.
		msg, ok := <-own
		if !ok || msg.Type != "next" {
			t.Fatalf("message: %v %s %s", ok, msg.Type, msg.Payload)
		}
		var p struct {
			Data struct {
				ProposalEvents struct {
					Proposal struct{ ID, Status string }
					Event    struct{ Action, From, To string }
				}
			}
		}
		must(t, json.Unmarshal(msg.Payload, &p))
		if p.Data.ProposalEvents.Proposal.ID != id {
			t.Fatalf("event of another proposal: %s", msg.Payload)
		}
		actions = append(actions, p.Data.ProposalEvents.Event.Action+":"+p.Data.ProposalEvents.Event.To)
	}
	if strings.Join(actions, ",") != "SUBMIT:SUBMITTED,ASSIGN:IN_DIALOGUE" {
		t.Fatalf("events: %v", actions)
	}
	// The other organization's proposer, whose stream is live, hears nothing about it.
	select {
	case msg, ok := <-other:
		if ok {
			t.Fatalf("another organization received: %s %s", msg.Type, msg.Payload)
		}
	case <-time.After(300 * time.Millisecond):
	}
}

func TestSubscriptionNeedsSignIn(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	ts := httptest.NewServer(e.srv)
	defer ts.Close()
	c, ctx := subscribe(t, ts.URL, nil, `subscription { proposalEvents { event { action } } }`, nil)
	var msg map[string]any
	must(t, wsjson.Read(ctx, c, &msg))
	if !strings.Contains(mustJSON(msg), "UNAUTHENTICATED") || strings.Contains(mustJSON(msg), `"action"`) {
		t.Fatalf("anonymous subscription: %v", msg)
	}
}

func mustJSON(v any) string { b, _ := json.Marshal(v); return string(b) }
