package pppdesk_test

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/webhooks"
)

// Without --webhook-allow-private, endpoints in private space are refused when registered
// and, when they get in anyway (a name that resolves differently later), when dialled.
func TestWebhooksCannotReachPrivateSpace(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	desk := e.login("desk@demo.pppdesk.jp")
	var mu sync.Mutex
	hits := 0
	rec := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		hits++
		mu.Unlock()
	}))
	defer rec.Close()
	port := mustURL(t, rec.URL).Port()
	register := `mutation($in: WebhookInput!) { registerWebhook(input: $in) { id } }`
	for _, u := range []string{
		rec.URL + "/hook", "http://[::1]:" + port + "/hook", "http://localhost.:" + port + "/hook", "http://LOCALHOST/hook",
		"http://10.0.0.1/hook", "http://169.254.169.254/latest/meta-data/", "http://[::ffff:127.0.0.1]/hook",
		"http://[fd00::1]/hook", "http://100.64.0.1/hook", "http://0.0.0.0:" + port + "/", "http://2130706433/hook",
		"http://0x7f.1/hook", "http://0177.0.0.1/hook", "http://127.1/hook",
	} {
		r := e.fails("BAD_USER_INPUT", register, map[string]any{"in": map[string]any{"url": u, "events": []any{"CONTENT_UNPUBLISHED"}, "secret": "receiver-secret-123"}}, desk...)
		if r.Errors[0].Extensions["field"] != "input.url" {
			t.Errorf("%s: %s", u, r.Raw)
		}
	}
	// Endpoints that got in before the check (or whose name now resolves elsewhere): the
	// dialer refuses them before connecting, and the log names no detail of the network.
	mid := e.mid("aomori")
	refused := []string{rec.URL + "/hook", "http://[::1]:" + port + "/hook", "http://localhost.:" + port + "/hook",
		"http://10.0.0.1/hook", "http://169.254.169.254/latest/meta-data/", "http://[::ffff:127.0.0.1]:" + port + "/hook"}
	for _, u := range refused {
		e.insert(&model.Webhook{MunicipalityID: mid, URL: u, Events: []string{"CONTENT_UNPUBLISHED"}, Secret: "receiver-secret-123", Active: true, CreatedAt: testNow})
	}
	caseID := nodeField(edges(e.ok(`{ caseStudies(first: 1) { edges { node { id } } } }`, nil), "caseStudies")[0], "id")
	e.ok(`mutation($id: ID!) { unpublish(id: $id) { id } }`, map[string]any{"id": caseID}, desk...)
	if n, err := e.srv.DeliverWebhooks(context.Background()); err != nil || n != len(refused) {
		t.Fatalf("deliver: %d %v", n, err)
	}
	mu.Lock()
	reached := hits
	mu.Unlock()
	if reached != 0 {
		t.Fatalf("a private endpoint was reached %d times", reached)
	}
	d := e.ok(`{ webhooks { url deliveries { status attempts lastError lastStatusCode } } }`, nil, desk...)
	for _, h := range d["webhooks"].([]any) {
		del := get(h, "deliveries", 0)
		if get(del, "lastError") != webhooks.OutcomeRefused || get(del, "lastStatusCode") != float64(0) {
			t.Errorf("%v: %v", get(h, "url"), del)
		}
	}
}

// With the option on, a closed loopback port is still not told apart from a filtered one:
// the log says only that the connection failed.
func TestWebhookLogIsNotAPortScanner(t *testing.T) {
	// Serial: it dials a just-closed loopback port, which a parallel test's listener could take.
	e := newEnvOpts(t, allowPrivateWebhooks)
	desk := e.login("desk@demo.pppdesk.jp")
	closed := httptest.NewServer(http.NotFoundHandler())
	u := closed.URL + "/hook"
	closed.Close()
	e.ok(`mutation($in: WebhookInput!) { registerWebhook(input: $in) { id } }`, map[string]any{"in": map[string]any{"url": u, "events": []any{"CONTENT_UNPUBLISHED"}, "secret": "receiver-secret-123"}}, desk...)
	caseID := nodeField(edges(e.ok(`{ caseStudies(first: 1) { edges { node { id } } } }`, nil), "caseStudies")[0], "id")
	e.ok(`mutation($id: ID!) { unpublish(id: $id) { id } }`, map[string]any{"id": caseID}, desk...)
	if _, err := e.srv.DeliverWebhooks(context.Background()); err != nil {
		t.Fatal(err)
	}
	d := e.ok(`{ webhooks { deliveries { lastError } } }`, nil, desk...)
	if got := get(d, "webhooks", 0, "deliveries", 0, "lastError"); got != webhooks.OutcomeFailed {
		t.Fatalf("log of a closed port: %v", got)
	}
}

// Deliveries carry Standard Webhooks headers: a receiver verifies the signature over id,
// timestamp and body, and the id stays the same across retries of one delivery.
func TestWebhookStandardSignature(t *testing.T) {
	t.Parallel()
	e := newEnvOpts(t, allowPrivateWebhooks)
	desk := e.login("desk@demo.pppdesk.jp")
	const secret = "receiver-secret-123"
	var mu sync.Mutex
	var ids, stamps []string
	verified := 0
	rec := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		id, ts := r.Header.Get("webhook-id"), r.Header.Get("webhook-timestamp")
		m := hmac.New(sha256.New, []byte(secret))
		m.Write([]byte(id + "." + ts + "." + string(body)))
		want := "v1," + base64.StdEncoding.EncodeToString(m.Sum(nil))
		mu.Lock()
		defer mu.Unlock()
		if hmac.Equal([]byte(r.Header.Get("webhook-signature")), []byte(want)) && id != "" {
			verified++
		}
		ids, stamps = append(ids, id), append(stamps, ts)
		w.WriteHeader(http.StatusServiceUnavailable)
	}))
	defer rec.Close()
	e.ok(`mutation($in: WebhookInput!) { registerWebhook(input: $in) { id } }`, map[string]any{"in": map[string]any{"url": rec.URL + "/hook", "events": []any{"CONTENT_UNPUBLISHED"}, "secret": secret}}, desk...)
	caseID := nodeField(edges(e.ok(`{ caseStudies(first: 1) { edges { node { id } } } }`, nil), "caseStudies")[0], "id")
	e.ok(`mutation($id: ID!) { unpublish(id: $id) { id } }`, map[string]any{"id": caseID}, desk...)
	ctx := context.Background()
	if _, err := e.srv.DeliverWebhooks(ctx); err != nil {
		t.Fatal(err)
	}
	e.mu.Lock()
	e.now = e.now.Add(webhooks.Backoff(1) + time.Second)
	e.mu.Unlock()
	if _, err := e.srv.DeliverWebhooks(ctx); err != nil {
		t.Fatal(err)
	}
	mu.Lock()
	defer mu.Unlock()
	if len(ids) != 2 || verified != 2 {
		t.Fatalf("attempts %d, verified %d", len(ids), verified)
	}
	if ids[0] != ids[1] {
		t.Fatalf("the id changed between retries: %v", ids)
	}
	if stamps[0] != strconv.FormatInt(testNow.Unix(), 10) || stamps[1] == stamps[0] {
		t.Fatalf("timestamps: %v", stamps)
	}
}

func mustURL(t *testing.T, s string) *url.URL {
	t.Helper()
	u, err := url.Parse(s)
	if err != nil {
		t.Fatal(err)
	}
	return u
}
