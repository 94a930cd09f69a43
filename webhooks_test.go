package pppdesk_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	"github.com/pppdesk/pppdesk"
	"github.com/pppdesk/pppdesk/auth"
	"github.com/pppdesk/pppdesk/demo"
	"github.com/pppdesk/pppdesk/webhooks"
)

type receiver struct {
	mu     sync.Mutex
	status int
	got    []map[string]any
	sigOK  []bool
}

func (rc *receiver) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	b, _ := io.ReadAll(r.Body)
	var m map[string]any
	_ = json.Unmarshal(b, &m)
	rc.mu.Lock()
	defer rc.mu.Unlock()
	rc.got = append(rc.got, m)
	rc.sigOK = append(rc.sigOK, r.Header.Get(webhooks.SignatureHeader) == webhooks.Sign("receiver-secret-123", b) && r.Header.Get(webhooks.EventHeader) == m["event"])
	w.WriteHeader(rc.status)
}

// allowPrivateWebhooks lets a test's webhooks reach its loopback receivers.
func allowPrivateWebhooks(c *pppdesk.Config) { c.WebhookAllowPrivate = true }

func TestWebhooks(t *testing.T) {
	t.Parallel()
	e := newEnvOpts(t, allowPrivateWebhooks)
	desk := e.login("desk@demo.pppdesk.jp")
	good, bad := &receiver{status: 204}, &receiver{status: 500}
	goodSrv, badSrv := httptest.NewServer(good), httptest.NewServer(bad)
	defer goodSrv.Close()
	defer badSrv.Close()
	register := `mutation($in: WebhookInput!) { registerWebhook(input: $in) { id url events active } }`
	for _, u := range []string{goodSrv.URL + "/hook", badSrv.URL + "/hook"} {
		e.ok(register, map[string]any{"in": map[string]any{"url": u, "events": []any{"CONTENT_PUBLISHED", "CONTENT_UNPUBLISHED"}, "secret": "receiver-secret-123"}}, desk...)
	}
	for name, u := range map[string]string{"not http": "ftp://127.0.0.1/x", "the server itself": "http://example.com/graphql", "no host": "http:///x"} {
		r := e.fails("BAD_USER_INPUT", register, map[string]any{"in": map[string]any{"url": u, "events": []any{"CONTENT_PUBLISHED"}, "secret": "receiver-secret-123"}}, desk...)
		if r.Errors[0].Extensions["field"] != "input.url" {
			t.Errorf("%s: %s", name, r.Raw)
		}
	}
	caseID := nodeField(edges(e.ok(`{ caseStudies(first: 1) { edges { node { id } } } }`, nil), "caseStudies")[0], "id")
	// The mutation does not wait for receivers: it only queues.
	e.ok(`mutation($id: ID!) { unpublish(id: $id) { id } }`, map[string]any{"id": caseID}, desk...)
	if len(good.got) != 0 {
		t.Fatal("delivered inside the mutation")
	}
	ctx := context.Background()
	if n, err := e.srv.DeliverWebhooks(ctx); err != nil || n != 2 {
		t.Fatalf("deliver: %d %v", n, err)
	}
	if len(good.got) != 1 || !good.sigOK[0] || good.got[0]["event"] != "CONTENT_UNPUBLISHED" || good.got[0]["id"] != caseID {
		t.Fatalf("good receiver: %v %v", good.got, good.sigOK)
	}
	// The failing receiver is retried with backoff, and the log says so.
	if n, _ := e.srv.DeliverWebhooks(ctx); n != 0 {
		t.Fatalf("retried before its backoff: %d", n)
	}
	e.mu.Lock()
	e.now = e.now.Add(webhooks.Backoff(1) + time.Second)
	e.mu.Unlock()
	if n, _ := e.srv.DeliverWebhooks(ctx); n != 1 || len(bad.got) != 2 {
		t.Fatalf("retry: %d, received %d", n, len(bad.got))
	}
	d := e.ok(`{ webhooks { url deliveries { event status attempts lastStatusCode } } }`, nil, desk...)
	for _, h := range d["webhooks"].([]any) {
		del := get(h, "deliveries", 0)
		if get(h, "url") == badSrv.URL+"/hook" && (get(del, "status") != "PENDING" || get(del, "attempts") != float64(2) || get(del, "lastStatusCode") != float64(500)) {
			t.Fatalf("failing log: %v", del)
		}
		if get(h, "url") == goodSrv.URL+"/hook" && get(del, "status") != "DELIVERED" {
			t.Fatalf("good log: %v", del)
		}
	}

	// A queued delivery survives a restart: a new server on the same database sends it.
	e.ok(`mutation($id: ID!) { publish(id: $id) { id } }`, map[string]any{"id": caseID}, desk...)
	restarted, err := pppdesk.New(pppdesk.Config{Store: e.st, DefaultMunicipality: demo.Slug, Now: e.clock, Secret: []byte(testSecret), Auth: auth.Config{Params: cheapParams}, WebhookAllowPrivate: true})
	must(t, err)
	if _, err := restarted.DeliverWebhooks(ctx); err != nil {
		t.Fatal(err)
	}
	if len(good.got) != 2 || good.got[1]["event"] != "CONTENT_PUBLISHED" || !good.sigOK[1] {
		t.Fatalf("after restart: %v", good.got)
	}
	// Two replicas sending at once send each delivery once.
	e.ok(`mutation($id: ID!) { unpublish(id: $id) { id } }`, map[string]any{"id": caseID}, desk...)
	var wg sync.WaitGroup
	for _, s := range []*pppdesk.Server{e.srv, restarted} {
		wg.Add(1)
		go func() { defer wg.Done(); _, _ = s.DeliverWebhooks(ctx) }()
	}
	wg.Wait()
	good.mu.Lock()
	defer good.mu.Unlock()
	if len(good.got) != 3 {
		t.Fatalf("two replicas delivered %d times in all, want 3", len(good.got))
	}
}
