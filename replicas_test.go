package pppdesk_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"mime/multipart"
	"net"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/coder/websocket"
	"github.com/coder/websocket/wsjson"
	"github.com/emersion/go-smtp"

	"github.com/pppdesk/pppdesk"
	"github.com/pppdesk/pppdesk/auth"
	"github.com/pppdesk/pppdesk/demo"
	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/notify"
	"github.com/pppdesk/pppdesk/storage"
	"github.com/pppdesk/pppdesk/store"
	"github.com/pppdesk/pppdesk/store/storetest"
	"github.com/pppdesk/pppdesk/webhooks"
)

// replicaHeader names the replica that answered, set by the test around each server so the
// story can prove a subscriber on one replica hears a change made on another.
const replicaHeader = "X-Test-Replica"

// deployment is n pppdesk servers on one database, each with its own connection pool and
// its own outbox dispatcher running, sharing one upload directory, behind a reverse proxy on
// loopback that sends each request (WebSocket upgrades too) to the next server in turn. With
// n = 1 it is the single server every answer of the replicas is compared with.
type deployment struct {
	t        *testing.T
	proxy    string
	replicas []string
	stores   []*store.Store
	servers  []*pppdesk.Server
	box      *letterbox
	hooks    *hookBox
	client   *http.Client
	// offset moves the shared clock (time.Now plus offset): every replica reads one clock, as
	// replicas on synchronized hosts do.
	offset atomic.Int64
	// transcript is every answer, normalized, in order: the replicas' must equal the single
	// server's.
	transcript []string
}

func (d *deployment) now() time.Time { return time.Now().Add(time.Duration(d.offset.Load())) }

// hookBox is a loopback webhook receiver that keeps every delivery with its webhook-id.
type hookBox struct {
	mu  sync.Mutex
	got []hookHit
}

type hookHit struct{ deliveryID, event, id string }

func (h *hookBox) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	b, _ := io.ReadAll(r.Body)
	var m map[string]any
	_ = json.Unmarshal(b, &m)
	ev, _ := m["event"].(string)
	id, _ := m["id"].(string)
	h.mu.Lock()
	h.got = append(h.got, hookHit{r.Header.Get(webhooks.IDHeader), ev, id})
	h.mu.Unlock()
	w.WriteHeader(http.StatusNoContent)
}

func (h *hookBox) hits() []hookHit {
	h.mu.Lock()
	defer h.mu.Unlock()
	return slices.Clone(h.got)
}

// startDeployment starts n servers on a fresh database (MariaDB from PPPDESK_TEST_DSN).
func startDeployment(t *testing.T, n int) *deployment {
	t.Helper()
	ctx := context.Background()
	first, dsn := storetest.Empty(t)
	must(t, first.Migrate(ctx))
	d := &deployment{t: t, box: &letterbox{}, hooks: &hookBox{}, client: &http.Client{Timeout: 60 * time.Second}}
	if _, err := demo.Load(ctx, first, d.now(), cheapHash, nil); err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	must(t, err)
	smtpSrv := smtp.NewServer(d.box)
	smtpSrv.Domain, smtpSrv.AllowInsecureAuth = "localhost", true
	smtpSrv.ReadTimeout, smtpSrv.WriteTimeout = 10*time.Second, 10*time.Second
	go func() { _ = smtpSrv.Serve(ln) }()
	t.Cleanup(func() { _ = smtpSrv.Close() })
	hookSrv := httptest.NewServer(d.hooks)
	t.Cleanup(hookSrv.Close)
	// One directory for every replica's uploads: a file written through one is read through
	// another (object storage does the same across hosts).
	shared := t.TempDir()
	var targets []*url.URL
	for i := range n {
		st := first
		if i > 0 {
			st, err = store.Open(ctx, dsn)
			must(t, err)
			t.Cleanup(func() { _ = st.Close() })
		}
		files, err := storage.NewLocal(shared)
		must(t, err)
		mailer, err := notify.NewSMTP(notify.SMTPConfig{Host: "127.0.0.1", Port: ln.Addr().(*net.TCPAddr).Port, From: "desk@demo.pppdesk.jp", TLS: "none"})
		must(t, err)
		srv, err := pppdesk.New(pppdesk.Config{Store: st, DefaultMunicipality: demo.Slug, Now: d.now, Secret: []byte(testSecret),
			Auth:  auth.Config{Params: cheapParams, Delay: func(context.Context, time.Duration) error { return nil }},
			Files: files, Mailer: mailer, WebhookAllowPrivate: true, TrustedProxies: []string{"127.0.0.1/32", "::1/128"},
			PollInterval: 50 * time.Millisecond, OutboxInterval: 100 * time.Millisecond})
		must(t, err)
		runCtx, stop := context.WithCancel(ctx)
		done := make(chan struct{})
		go func() { srv.RunOutbox(runCtx); close(done) }()
		t.Cleanup(func() { stop(); <-done })
		tag := strconv.Itoa(i)
		ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set(replicaHeader, tag)
			srv.ServeHTTP(w, r)
		}))
		t.Cleanup(ts.Close)
		u, _ := url.Parse(ts.URL)
		targets = append(targets, u)
		d.replicas = append(d.replicas, ts.URL)
		d.stores = append(d.stores, st)
		d.servers = append(d.servers, srv)
	}
	var next atomic.Uint64
	proxy := httptest.NewServer(&httputil.ReverseProxy{Rewrite: func(r *httputil.ProxyRequest) {
		r.SetURL(targets[(next.Add(1)-1)%uint64(len(targets))])
		r.SetXForwarded()
	}})
	t.Cleanup(proxy.Close)
	d.proxy = proxy.URL
	// The desk registers the receiver for every content event.
	desk := d.login("desk@demo.pppdesk.jp", demo.Password)
	d.ok("registerWebhook", `mutation($in: WebhookInput!) { registerWebhook(input: $in) { events active } }`, map[string]any{"in": map[string]any{
		"url": hookSrv.URL + "/hook", "events": []any{"CONTENT_PUBLISHED", "CONTENT_UNPUBLISHED", "CONTENT_ARCHIVED", "CONTENT_CHANGED"}, "secret": "receiver-secret-123"}}, desk...)
	return d
}

// timestamps and tokens differ between two runs of the same story; nothing else may.
var (
	timestampRe = regexp.MustCompile(`\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})`)
	tokenRe     = regexp.MustCompile(`eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+`)
)

// record adds an answer to the transcript, normalized.
func (d *deployment) record(label string, r response) {
	body := r.Raw
	var v any
	if json.Unmarshal([]byte(body), &v) == nil {
		if m, ok := v.(map[string]any); ok {
			if errs, ok := m["errors"].([]any); ok {
				for _, e := range errs {
					if em, ok := e.(map[string]any); ok {
						if ext, ok := em["extensions"].(map[string]any); ok {
							delete(ext, "requestId")
						}
					}
				}
			}
		}
		b, _ := json.Marshal(v)
		body = string(b)
	}
	body = tokenRe.ReplaceAllString(timestampRe.ReplaceAllString(body, "<time>"), "<token>")
	d.transcript = append(d.transcript, fmt.Sprintf("%s: %d %s", label, r.Status, body))
}

// postAt sends one GraphQL request to base (the proxy or one replica) and answers it with
// the replica that served it.
func (d *deployment) postAt(base, query string, vars map[string]any, headers ...string) (response, string) {
	d.t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req, _ := http.NewRequest(http.MethodPost, base+"/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	for i := 0; i+1 < len(headers); i += 2 {
		req.Header.Set(headers[i], headers[i+1])
	}
	return d.do(req)
}

func (d *deployment) do(req *http.Request) (response, string) {
	d.t.Helper()
	res, err := d.client.Do(req)
	must(d.t, err)
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	out := response{Status: res.StatusCode, Raw: string(b)}
	if err := json.Unmarshal(b, &out); err != nil {
		d.t.Fatalf("response is not JSON (%d): %s", res.StatusCode, b)
	}
	return out, res.Header.Get(replicaHeader)
}

// ok sends a request through the proxy that must succeed, records it and answers its data.
func (d *deployment) ok(label, query string, vars map[string]any, headers ...string) map[string]any {
	d.t.Helper()
	r, _ := d.postAt(d.proxy, query, vars, headers...)
	if len(r.Errors) > 0 || r.Status != http.StatusOK {
		d.t.Fatalf("%s: unexpected errors (%d): %s", label, r.Status, r.Raw)
	}
	d.record(label, r)
	return r.Data
}

// fails sends a request through the proxy that must fail with code, and records it.
func (d *deployment) fails(label, code, query string, vars map[string]any, headers ...string) {
	d.t.Helper()
	r, _ := d.postAt(d.proxy, query, vars, headers...)
	if r.code() != code {
		d.t.Fatalf("%s: want %s, got (%d) %s", label, code, r.Status, r.Raw)
	}
	d.record(label, r)
}

// onEvery sends the same request to every replica directly and records each answer.
func (d *deployment) onEvery(label, query string, vars map[string]any, headers ...string) []response {
	d.t.Helper()
	var out []response
	for i, base := range d.replicas {
		r, _ := d.postAt(base, query, vars, headers...)
		d.record(label+" (replica "+strconv.Itoa(i%len(d.replicas))+")", r)
		out = append(out, r)
	}
	// The single server is asked as often as there are replicas, so both transcripts match.
	for range 3 - len(d.replicas) {
		r, _ := d.postAt(d.replicas[0], query, vars, headers...)
		d.record(label+" (replica "+strconv.Itoa(len(out))+")", r)
		out = append(out, r)
	}
	return out
}

func (d *deployment) login(email, password string) []string {
	d.t.Helper()
	data := d.ok("login "+email, loginQuery, map[string]any{"e": email, "p": password})
	return []string{"Authorization", "Bearer " + get(data, "login", "token").(string)}
}

// eventually waits (up to 30 s of a busy CI machine) for cond, which the dispatchers make
// true; it fails the test with what when they never do.
func (d *deployment) eventually(what string, cond func() bool) {
	d.t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			d.t.Fatalf("never happened: %s", what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// drained waits until the outbox holds nothing more to send: every mail and webhook out.
func (d *deployment) drained() {
	d.t.Helper()
	d.eventually("the outbox drains", func() bool {
		st, err := d.stores[0].OutboxStats(context.Background())
		must(d.t, err)
		return st.Pending == 0 && st.Failed == 0
	})
}

// mails answers the mails received so far, as "to | subject" lines, sorted.
func (d *deployment) mails() []string {
	d.box.mu.Lock()
	defer d.box.mu.Unlock()
	var out []string
	for _, m := range d.box.mails {
		out = append(out, m.to+" | "+m.subject)
	}
	slices.Sort(out)
	return out
}

// mailedCode waits for the sign-up confirmation code mailed to addr.
func (d *deployment) mailedCode(addr string) string {
	d.t.Helper()
	re := regexp.MustCompile(`\(valid for \d+ hours\):\n(\S+)`)
	code := ""
	d.eventually("the confirmation mail to "+addr, func() bool {
		d.box.mu.Lock()
		defer d.box.mu.Unlock()
		for _, m := range d.box.mails {
			if c := re.FindStringSubmatch(m.body); m.to == addr && c != nil {
				code = c[1]
			}
		}
		return code != ""
	})
	return code
}

// upload sends a file per the GraphQL multipart request spec through the proxy.
func (d *deployment) upload(proposalID any, name string, content []byte, headers ...string) map[string]any {
	d.t.Helper()
	var body bytes.Buffer
	w := multipart.NewWriter(&body)
	ops, _ := json.Marshal(map[string]any{
		"query":     `mutation($p: ID!, $f: Upload!) { attachFile(proposalId: $p, file: $f) { id fileName contentType size downloadUrl } }`,
		"variables": map[string]any{"p": proposalID, "f": nil},
	})
	_ = w.WriteField("operations", string(ops))
	_ = w.WriteField("map", `{"0": ["variables.f"]}`)
	fw, _ := w.CreateFormFile("0", name)
	_, _ = fw.Write(content)
	_ = w.Close()
	req, _ := http.NewRequest(http.MethodPost, d.proxy+"/graphql", &body)
	req.Header.Set("Content-Type", w.FormDataContentType())
	req.Header.Set("GraphQL-Require-Preflight", "1")
	for i := 0; i+1 < len(headers); i += 2 {
		req.Header.Set(headers[i], headers[i+1])
	}
	r, _ := d.do(req)
	if len(r.Errors) > 0 {
		d.t.Fatalf("upload: %s", r.Raw)
	}
	d.record("attachFile", r)
	return r.Data
}

// download fetches a file URL path from base.
func (d *deployment) download(base, path string, headers ...string) (int, []byte) {
	d.t.Helper()
	req, _ := http.NewRequest(http.MethodGet, base+path, nil)
	for i := 0; i+1 < len(headers); i += 2 {
		req.Header.Set(headers[i], headers[i+1])
	}
	res, err := d.client.Do(req)
	must(d.t, err)
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return res.StatusCode, b
}

// subscribeVia opens a graphql-transport-ws subscription through base and answers it with
// the replica that accepted the upgrade.
func (d *deployment) subscribeVia(base string, headers []string, query string) (*websocket.Conn, context.Context, string) {
	d.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	d.t.Cleanup(cancel)
	c, res, err := websocket.Dial(ctx, "ws"+strings.TrimPrefix(base, "http")+"/graphql", &websocket.DialOptions{Subprotocols: []string{"graphql-transport-ws"}})
	must(d.t, err)
	d.t.Cleanup(func() { _ = c.CloseNow() })
	must(d.t, wsjson.Write(ctx, c, map[string]any{"type": "connection_init", "payload": map[string]any{"Authorization": headers[1]}}))
	var ack map[string]any
	must(d.t, wsjson.Read(ctx, c, &ack))
	if ack["type"] != "connection_ack" {
		d.t.Fatalf("ack: %v", ack)
	}
	must(d.t, wsjson.Write(ctx, c, map[string]any{"id": "1", "type": "subscribe", "payload": map[string]any{"query": query}}))
	return c, ctx, res.Header.Get(replicaHeader)
}

// story runs everything a desk does through the deployment's proxy and checks what must
// hold on any deployment; the transcript it leaves is compared between deployments.
func (d *deployment) story() {
	t := d.t
	ctx := context.Background()
	multi := len(d.replicas) > 1

	// Sign-up: the confirmation mail leaves from whichever dispatcher claims it.
	const who = "replica-proposer@example.jp"
	d.ok("signUp", signUp, map[string]any{"in": map[string]any{"email": who, "password": "sign-up password", "displayName": "複製太郎",
		"organization": map[string]any{"name": "株式会社レプリカ", "kind": "CORPORATION"}}})
	confirmed := d.ok("confirmSignUp", confirmSignUp, map[string]any{"t": d.mailedCode(who), "p": "sign-up password"})
	p := []string{"Authorization", "Bearer " + get(confirmed, "confirmSignUp", "token").(string)}
	desk := d.login("desk@demo.pppdesk.jp", demo.Password)
	keizai := d.login("keizai@demo.pppdesk.jp", demo.Password)
	deps := map[string]string{}
	for _, dep := range get(d.ok("departments", `{ municipality { departments { id name } } }`, nil), "municipality", "departments").([]any) {
		deps[get(dep, "name").(string)] = get(dep, "id").(string)
	}

	// The proposer's subscription lands on one replica; the changes come through others.
	q := `subscription { proposalEvents { event { action from to } } }`
	sub, subCtx, subReplica := d.subscribeVia(d.proxy, p, q)
	time.Sleep(time.Second) // let the subscription read its starting point before the change (2 busy cores)

	id := get(d.ok("createProposal", createProposal, map[string]any{"in": proposalInput("FREE", nil)}, p...), "createProposal", "proposal", "id")
	submit := `mutation($id: ID!) { submitProposal(id: $id, acceptTerms: true) { proposal { status version } } }`
	r, submitReplica := d.postAt(d.proxy, submit, map[string]any{"id": id}, p...)
	d.record("submitProposal", r)
	if r.code() != "" {
		t.Fatalf("submit: %s", r.Raw)
	}
	if multi && submitReplica == subReplica {
		t.Fatalf("the proxy sent the subscription and the change to one replica (%s)", subReplica)
	}
	d.fails("submit twice", "CONFLICT", submit, map[string]any{"id": id}, p...)
	d.ok("assignProposal", `mutation($id: ID!, $d: [ID!]!) { assignProposal(id: $id, departmentIds: $d, dueOn: "2026-12-25") { proposal { status assignments { department { name } dueOn } } } }`,
		map[string]any{"id": id, "d": []any{deps["経済部"]}}, desk...)
	var heard []string
	for len(heard) == 0 || !strings.Contains(heard[len(heard)-1], `"ASSIGN"`) {
		var msg struct {
			Type    string          `json:"type"`
			Payload json.RawMessage `json:"payload"`
		}
		must(t, wsjson.Read(subCtx, sub, &msg))
		if msg.Type != "next" {
			t.Fatalf("subscription message: %s %s", msg.Type, msg.Payload)
		}
		heard = append(heard, string(msg.Payload))
	}
	d.transcript = append(d.transcript, "subscription: "+strings.Join(heard, " "))
	if len(heard) != 3 || !strings.Contains(heard[0], `"CREATE"`) || !strings.Contains(heard[1], `"SUBMIT"`) {
		t.Fatalf("the subscriber heard: %v", heard)
	}

	// The dialogue, the department's answer and the decision.
	post := `mutation($id: ID!, $b: String!, $i: Boolean!) { postProposalMessage(proposalId: $id, body: $b, internal: $i) { proposal { status } } }`
	d.ok("desk asks", post, map[string]any{"id": id, "b": "データの形式を教えてください。", "i": false}, desk...)
	d.ok("proposer answers", post, map[string]any{"id": id, "b": "CSVで提供できます。", "i": false}, p...)
	d.ok("internal note", post, map[string]any{"id": id, "b": "庁内メモ：予算は不要の見込み", "i": true}, keizai...)
	d.fails("proposer's internal note", "FORBIDDEN", post, map[string]any{"id": id, "b": "内部メモ", "i": true}, p...)
	d.ok("respondToAssignment", `mutation($id: ID!) { respondToAssignment(id: $id, opinion: "実施可能です。", feasible: true) { proposal { status } } }`, map[string]any{"id": id}, keizai...)

	// A file uploaded through one replica is read through every one.
	pdf := append([]byte("%PDF-1.4\n% replicas\n"), tinyPDF...)
	att := d.upload(id, "提案書.pdf", pdf, p...)
	link, _ := url.Parse(get(att, "attachFile", "downloadUrl").(string))
	for i, base := range append([]string{d.proxy}, d.replicas...) {
		code, got := d.download(base, link.Path, p...)
		if code != http.StatusOK || !bytes.Equal(got, pdf) {
			t.Fatalf("download %d via %s: %d %q", i, base, code, got)
		}
		if code, _ := d.download(base, link.Path, keizai...); code != http.StatusOK {
			t.Fatalf("the assigned department's download via %s: %d", base, code)
		}
	}

	d.ok("decideProposal", `mutation($id: ID!) { decideProposal(id: $id, decision: ACCEPTED, reason: "除雪費削減の効果が見込めるため") { proposal { status } } }`, map[string]any{"id": id}, desk...)
	read := `query($id: ID!) { proposal(id: $id) { status version messages { body internal author { kind } } attachments { fileName size }
	  history { action from to reason actor { kind } } } }`
	d.onEvery("the proposer reads", read, map[string]any{"id": id}, p...)
	d.onEvery("the desk reads", read, map[string]any{"id": id}, desk...)
	rest, _ := d.postAt(d.proxy, `{ proposals { totalCount } }`, nil, d.login("kankyo@demo.pppdesk.jp", demo.Password)...)
	d.record("another department lists", rest)

	// Sign-in limits hold across replicas: failures spread over them lock as on one server,
	// and then even the right password is refused.
	const target = "proposer2@demo.pppdesk.jp"
	var codes []string
	for i := range 7 {
		pw := "wrong password"
		if i == 6 {
			pw = demo.Password
		}
		r, _ := d.postAt(d.proxy, loginQuery, map[string]any{"e": target, "p": pw})
		codes = append(codes, r.code())
		d.record("login attempt "+strconv.Itoa(i), r)
	}
	if want := "UNAUTHENTICATED,UNAUTHENTICATED,UNAUTHENTICATED,UNAUTHENTICATED,UNAUTHENTICATED,RATE_LIMITED,RATE_LIMITED"; strings.Join(codes, ",") != want {
		t.Fatalf("sign-in attempts: %v", codes)
	}

	// Signing out on one replica refuses the token on every replica at once.
	tok := d.login("kankyo@demo.pppdesk.jp", demo.Password)
	for _, r := range d.onEvery("me before logout", `{ me { email } }`, nil, tok...) {
		if r.code() != "" {
			t.Fatalf("before logout: %s", r.Raw)
		}
	}
	d.ok("logout", `mutation { logout }`, nil, tok...)
	for _, r := range d.onEvery("me after logout", `{ me { email } }`, nil, tok...) {
		if r.code() != "UNAUTHENTICATED" {
			t.Fatalf("a signed-out token was accepted: %s", r.Raw)
		}
	}

	// A change to a municipality's allowed origins holds on every replica at once: each has
	// refused the origin before (so each has its copy of the allow-lists), then one replica
	// takes the update.
	const portal = "https://portal.replica.example.jp"
	origin := []string{"Origin", portal}
	for _, r := range d.onEvery("origin before", `{ municipality { name } }`, nil, origin...) {
		if r.code() != "FORBIDDEN" {
			t.Fatalf("an unlisted origin was let in: %s", r.Raw)
		}
	}
	d.ok("allow the portal", `mutation($in: UpdateMunicipalityInput!) { updateMunicipality(input: $in) { allowedOrigins } }`,
		map[string]any{"in": map[string]any{"allowedOrigins": []any{portal}}}, desk...)
	for _, r := range d.onEvery("origin after", `{ municipality { name } }`, nil, origin...) {
		if r.code() != "" {
			t.Fatalf("a listed origin was refused: %s", r.Raw)
		}
	}

	// Publication events: once each, whatever dispatcher sends them.
	caseID := nodeField(edges(d.ok("case studies", `{ caseStudies(first: 1) { edges { node { id } } } }`, nil), "caseStudies")[0], "id")
	d.ok("unpublish", `mutation($id: ID!) { unpublish(id: $id) { id } }`, map[string]any{"id": caseID}, desk...)
	d.ok("publish", `mutation($id: ID!) { publish(id: $id) { id } }`, map[string]any{"id": caseID}, desk...)

	// Scheduled publication: invisible everywhere until its time, then one webhook and
	// visible on every replica.
	mid, err := d.stores[0].MunicipalityBySlug(ctx, demo.Slug)
	must(t, err)
	draft := &model.CaseStudy{MunicipalityID: mid.ID, Title: "予約公開の事例", Summary: "概要", Locality: "青森市", Category: model.CaseOther,
		Publishing: model.Publishing{PublicationState: model.StateDraft, Version: 1}, Stamps: stamps(d.now())}
	must(t, store.Insert(ctx, d.stores[0].DB, draft))
	at := d.now().Add(10 * time.Minute).Truncate(time.Second)
	d.ok("schedule", `mutation($id: ID!, $at: DateTime) { publish(id: $id, at: $at) { id } }`, map[string]any{"id": draft.GetID(), "at": at.Format(time.RFC3339)}, desk...)
	node := `query($id: ID!) { node(id: $id) { ... on CaseStudy { title } } }`
	for _, r := range d.onEvery("before its time", node, map[string]any{"id": draft.GetID()}) {
		if get(r.Data, "node") != nil {
			t.Fatalf("visible before its time: %s", r.Raw)
		}
	}
	published := func() int {
		n := 0
		for _, h := range d.hooks.hits() {
			if h.event == "CONTENT_PUBLISHED" && h.id == draft.GetID() {
				n++
			}
		}
		return n
	}
	d.drained()
	if n := published(); n != 0 {
		t.Fatalf("%d webhooks before its time", n)
	}
	d.offset.Add(int64(11 * time.Minute))
	d.eventually("the scheduled publication's webhook", func() bool { return published() > 0 })
	for _, r := range d.onEvery("at its time", node, map[string]any{"id": draft.GetID()}) {
		if get(r.Data, "node", "title") != "予約公開の事例" {
			t.Fatalf("not visible at its time: %s", r.Raw)
		}
	}
	// Every replica sweeps again at once: still one webhook.
	var wg sync.WaitGroup
	for _, s := range d.servers {
		wg.Go(func() {
			if err := s.Sweep(ctx); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	d.drained()

	// The outbox: every webhook once (no webhook-id twice), the mails as on one server.
	seen := map[string]bool{}
	var events []string
	for _, h := range d.hooks.hits() {
		if seen[h.deliveryID] {
			t.Fatalf("webhook %s delivered twice", h.deliveryID)
		}
		seen[h.deliveryID] = true
		events = append(events, h.event+" "+h.id)
	}
	slices.Sort(events)
	if n := published(); n != 1 {
		t.Fatalf("%d webhooks for one scheduled publication", n)
	}
	d.transcript = append(d.transcript, "webhooks: "+strings.Join(events, ", "), "mails: "+strings.Join(d.mails(), ", "))
}

// TestReplicasAnswerAsOneServer runs the desk's whole story through three replicas on one
// MariaDB database behind an alternating proxy, and the same story on one server: every
// answer, every subscription event, every mail and webhook is the same, each sent once.
// Replicas need a database server they share, so on SQLite the test is skipped.
func TestReplicasAnswerAsOneServer(t *testing.T) {
	if storetest.DSN() == "" {
		t.Skip("replicas share a database server: set " + storetest.EnvDSN + " to run on MariaDB/MySQL")
	}
	one := startDeployment(t, 1)
	one.story()
	three := startDeployment(t, 3)
	three.story()
	if len(one.transcript) != len(three.transcript) {
		t.Fatalf("%d answers on one server, %d on three", len(one.transcript), len(three.transcript))
	}
	for i := range one.transcript {
		if one.transcript[i] != three.transcript[i] {
			t.Errorf("answer %d differs:\none server: %s\nreplicas:   %s", i, one.transcript[i], three.transcript[i])
		}
	}
}

// TestAllowedOriginsHoldOnEveryReplica: a change of a municipality's allowed origins made
// through one replica holds at once on another that had read the lists before (both on
// SQLite and MariaDB; TestReplicasAnswerAsOneServer checks it behind the proxy).
func TestAllowedOriginsHoldOnEveryReplica(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	other := e.replica()
	desk := e.login("desk@demo.pppdesk.jp")
	const portal = "https://portal.replica.example.jp"
	update := `mutation($in: UpdateMunicipalityInput!) { updateMunicipality(input: $in) { allowedOrigins } }`
	other.fails("FORBIDDEN", `{ municipality { name } }`, nil, "Origin", portal)
	e.ok(update, map[string]any{"in": map[string]any{"allowedOrigins": []any{portal}}}, desk...)
	other.ok(`{ municipality { name } }`, nil, "Origin", portal)
	// And taken back: refused at once there too.
	e.ok(update, map[string]any{"in": map[string]any{"allowedOrigins": []any{}}}, desk...)
	other.fails("FORBIDDEN", `{ municipality { name } }`, nil, "Origin", portal)
}
