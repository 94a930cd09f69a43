package pppdesk_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/coder/websocket"
	"github.com/coder/websocket/wsjson"

	"github.com/pppdesk/pppdesk"
	"github.com/pppdesk/pppdesk/model"
)

// Origins of the portals in these tests: A is Aomori's, B Hirosaki's, C nobody's.
const (
	originA = "https://portal.aomori.example.jp"
	originB = "https://portal.hirosaki.example.jp"
	originC = "https://evil.example.com"
)

const setOrigins = `mutation($o: [String!]) { updateMunicipality(input: {allowedOrigins: $o}) { allowedOrigins } }`

// twoCities gives the demo's Aomori the portal origin A and a second municipality,
// Hirosaki, with its own desk account and the portal origin B; it answers the desk headers
// of both.
func twoCities(t *testing.T, e *env) (aomori, hirosaki []string) {
	t.Helper()
	aomori = e.login("desk@demo.pppdesk.jp")
	other := e.municipality("hirosaki", "弘前市")
	hash, err := cheapHash("hirosaki desk password")
	if err != nil {
		t.Fatal(err)
	}
	e.insert(&model.User{MunicipalityID: other.ID, Email: "desk@hirosaki.example.jp", PasswordHash: hash, DisplayName: "弘前デスク", Role: model.RoleDesk, Stamps: stamps(testNow)})
	tok := e.ok(`mutation { login(email: "desk@hirosaki.example.jp", password: "hirosaki desk password") { token } }`, nil, "X-Municipality", "hirosaki")
	hirosaki = []string{"Authorization", "Bearer " + get(tok, "login", "token").(string)}
	e.ok(setOrigins, map[string]any{"o": []string{originA}}, aomori...)
	e.ok(setOrigins, map[string]any{"o": []string{originB}}, hirosaki...)
	return aomori, hirosaki
}

// TestAllowedOriginsField: the desk sets its municipality's origins, normalised as a
// browser sends them; a malformed one is BAD_USER_INPUT naming the field; only the desk
// (and the platform ADMIN) reads them, everyone else gets an empty list and cannot set them.
func TestAllowedOriginsField(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	desk, proposer, keizai := e.login("desk@demo.pppdesk.jp"), e.login("proposer1@demo.pppdesk.jp"), e.login("keizai@demo.pppdesk.jp")
	d := e.ok(setOrigins, map[string]any{"o": []string{" HTTPS://Portal.Aomori.example.jp/ ", "https://portal.aomori.example.jp:443", "http://localhost:3000", "http://127.0.0.1:8080", "http://[::1]:5173"}}, desk...)
	want := []any{"http://127.0.0.1:8080", "http://[::1]:5173", "http://localhost:3000", "https://portal.aomori.example.jp"}
	if got := get(d, "updateMunicipality", "allowedOrigins"); mustJSON(got) != mustJSON(want) {
		t.Fatalf("normalised origins: %v, want %v", got, want)
	}
	read := `{ municipality { allowedOrigins } }`
	if got := get(e.ok(read, nil, desk...), "municipality", "allowedOrigins"); mustJSON(got) != mustJSON(want) {
		t.Fatalf("desk reads %v", got)
	}
	for name, h := range map[string][]string{"anonymous": nil, "proposer": proposer, "department staff": keizai} {
		if got := get(e.ok(read, nil, h...), "municipality", "allowedOrigins"); mustJSON(got) != "[]" {
			t.Errorf("%s reads allowedOrigins %v", name, got)
		}
	}
	for _, h := range [][]string{proposer, keizai} {
		e.fails("FORBIDDEN", setOrigins, map[string]any{"o": []string{originC}}, h...)
	}
	e.fails("UNAUTHENTICATED", setOrigins, map[string]any{"o": []string{originC}}, "Authorization", "Bearer nope")
	for _, bad := range []string{"portal.aomori.example.jp", "https://portal.example.jp/path", "https://*.example.jp", "*",
		"ftp://portal.example.jp", "https://portal.example.jp?x=1", "https://user@portal.example.jp", "https://", "null", "https://portal.example.jp#top"} {
		r := e.fails("BAD_USER_INPUT", setOrigins, map[string]any{"o": []string{bad}}, desk...)
		if r.Errors[0].Extensions["field"] != "input.allowedOrigins" {
			t.Errorf("%q: field %v", bad, r.Errors[0].Extensions["field"])
		}
	}
	many := make([]string, 21)
	for i := range many {
		many[i] = "https://p" + string(rune('a'+i)) + ".example.jp"
	}
	e.fails("BAD_USER_INPUT", setOrigins, map[string]any{"o": many}, desk...)
	// The refusals changed nothing; an empty list clears it.
	if got := get(e.ok(read, nil, desk...), "municipality", "allowedOrigins"); mustJSON(got) != mustJSON(want) {
		t.Fatalf("after refusals: %v", got)
	}
	if got := get(e.ok(setOrigins, map[string]any{"o": []string{}}, desk...), "updateMunicipality", "allowedOrigins"); mustJSON(got) != "[]" {
		t.Fatalf("cleared: %v", got)
	}
}

// cors sends a GraphQL POST from a browser page at origin and answers the response and
// its headers.
func cors(e *env, origin, query string, headers ...string) (response, http.Header) {
	e.t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query})
	req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Origin", origin)
	for i := 0; i+1 < len(headers); i += 2 {
		req.Header.Set(headers[i], headers[i+1])
	}
	rec := httptest.NewRecorder()
	e.srv.ServeHTTP(rec, req)
	out := response{Status: rec.Code, Raw: rec.Body.String()}
	if err := json.Unmarshal(rec.Body.Bytes(), &out); err != nil {
		e.t.Fatalf("not JSON (%d): %s", rec.Code, rec.Body.String())
	}
	return out, rec.Header()
}

func preflight(e *env, origin string) http.Header {
	req := httptest.NewRequest(http.MethodOptions, "/graphql", nil)
	req.Header.Set("Origin", origin)
	req.Header.Set("Access-Control-Request-Method", "POST")
	req.Header.Set("Access-Control-Request-Headers", "authorization,content-type,x-municipality")
	rec := httptest.NewRecorder()
	e.srv.ServeHTTP(rec, req)
	return rec.Header()
}

// TestCORSPerMunicipality: each municipality's portal origin passes the preflight (which
// names no municipality) and reads its own municipality; asking for another municipality —
// by header or with that municipality's token — is FORBIDDEN before anything runs, so a
// portal of city 1 never reads or changes city 2's data. An origin nobody lists gets no CORS
// headers and is refused too; same-origin pages and clients without Origin are untouched.
func TestCORSPerMunicipality(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	aomori, hirosaki := twoCities(t, e)

	for origin, allowed := range map[string]bool{originA: true, originB: true, originC: false} {
		h := preflight(e, origin)
		if got := h.Get("Access-Control-Allow-Origin"); (got == origin) != allowed || (!allowed && got != "") {
			t.Errorf("preflight from %s: Access-Control-Allow-Origin %q", origin, got)
		}
		if allowed && !strings.Contains(strings.ToLower(h.Get("Access-Control-Allow-Headers")), "x-municipality") {
			t.Errorf("preflight from %s: headers %q", origin, h.Get("Access-Control-Allow-Headers"))
		}
	}

	const who = `{ municipality { slug name } }`
	slug := func(r response) any { return get(r.Data, "municipality", "slug") }
	for _, c := range []struct {
		name    string
		origin  string
		headers []string
		want    string // slug read, or the error code
	}{
		{"A, its own city by default", originA, nil, "aomori"},
		{"A, its own city by header", originA, []string{"X-Municipality", "aomori"}, "aomori"},
		{"A, its own desk token", originA, aomori, "aomori"},
		{"A asks for city 2", originA, []string{"X-Municipality", "hirosaki"}, "FORBIDDEN"},
		{"A with city 2's token", originA, hirosaki, "FORBIDDEN"},
		{"A with city 2's token and header", originA, as(hirosaki, "X-Municipality", "hirosaki"), "FORBIDDEN"},
		{"B, its own city", originB, []string{"X-Municipality", "hirosaki"}, "hirosaki"},
		{"B, its own token", originB, hirosaki, "hirosaki"},
		{"B asks for city 1", originB, nil, "FORBIDDEN"},
		{"B with city 1's token", originB, aomori, "FORBIDDEN"},
		{"C, unlisted", originC, nil, "FORBIDDEN"},
		{"same origin (GraphiQL, the admin)", "http://example.com", []string{"X-Municipality", "hirosaki"}, "hirosaki"},
	} {
		r, h := cors(e, c.origin, who, c.headers...)
		got := r.code()
		if got == "" {
			got, _ = slug(r).(string)
		}
		if got != c.want {
			t.Errorf("%s: got %s: %s", c.name, got, r.Raw)
		}
		if c.want == "FORBIDDEN" && (r.Data != nil && get(r.Data, "municipality") != nil || strings.Contains(r.Raw, "弘前市") && c.origin != originB) {
			t.Errorf("%s: refused answer carries data: %s", c.name, r.Raw)
		}
		if c.origin == originC && h.Get("Access-Control-Allow-Origin") != "" {
			t.Errorf("%s: CORS headers for an unlisted origin: %v", c.name, h)
		}
		if c.origin != originC && !strings.HasPrefix(c.origin, "http://example.com") && h.Get("Access-Control-Allow-Origin") != c.origin {
			t.Errorf("%s: no CORS header: %v", c.name, h)
		}
	}
	// The platform context (sign-in of the platform ADMIN) belongs to no municipality's
	// portal: only the server's own list opens it.
	if r, _ := cors(e, originA, `{ __typename }`, "X-Municipality", pppdesk.PlatformSlug); r.code() != "FORBIDDEN" {
		t.Fatalf("platform context from a city's portal: %s", r.Raw)
	}
	if r := e.post(`{ __typename }`, nil, "X-Municipality", pppdesk.PlatformSlug); r.code() != "" {
		t.Fatalf("platform context without Origin: %s", r.Raw)
	}
	// A write from the wrong city's portal never runs.
	r, _ := cors(e, originB, `mutation { updateMunicipality(input: {deskName: "乗っ取り"}) { deskName } }`, aomori...)
	if r.code() != "FORBIDDEN" {
		t.Fatalf("city 1's desk token from city 2's portal: %s", r.Raw)
	}
	if get(e.ok(`{ municipality { deskName } }`, nil), "municipality", "deskName") == "乗っ取り" {
		t.Fatal("the refused mutation ran")
	}
	// Files of city 1 through city 2's portal: not found, like any file the caller may not read.
	req := httptest.NewRequest(http.MethodGet, "/media/"+model.GlobalID("Media", 1), nil)
	req.Header.Set("Origin", originB)
	rec := httptest.NewRecorder()
	e.srv.ServeHTTP(rec, req)
	if rec.Code != http.StatusNotFound {
		t.Fatalf("media from another city's portal: %d", rec.Code)
	}

	// The list takes effect at once on this replica: A removed, A is refused; B added to
	// Aomori, B reads Aomori.
	e.ok(setOrigins, map[string]any{"o": []string{originB}}, aomori...)
	if r, _ := cors(e, originA, who); r.code() != "FORBIDDEN" {
		t.Fatalf("removed origin still allowed: %s", r.Raw)
	}
	if h := preflight(e, originA); h.Get("Access-Control-Allow-Origin") != "" {
		t.Fatalf("removed origin passes the preflight: %v", h)
	}
	if r, _ := cors(e, originB, who); slug(r) != "aomori" {
		t.Fatalf("added origin refused: %s", r.Raw)
	}
}

// TestOperatorOriginsApplyEverywhere: the server's --cors-origins (wildcards allowed) may
// call the API for every municipality, besides the municipalities' own lists.
func TestOperatorOriginsApplyEverywhere(t *testing.T) {
	t.Parallel()
	e := newEnvOpts(t, func(c *pppdesk.Config) { c.CORSOrigins = []string{"https://*.agency.example.jp"} })
	twoCities(t, e)
	for _, slug := range []string{"aomori", "hirosaki"} {
		r, h := cors(e, "https://portal.agency.example.jp", `{ municipality { slug } }`, "X-Municipality", slug)
		if get(r.Data, "municipality", "slug") != slug || h.Get("Access-Control-Allow-Origin") != "https://portal.agency.example.jp" {
			t.Fatalf("operator origin for %s: %s %v", slug, r.Raw, h)
		}
	}
	if r, _ := cors(e, "https://agency.example.jp.evil.example", `{ municipality { slug } }`); r.code() != "FORBIDDEN" {
		t.Fatalf("pattern matched a longer host: %s", r.Raw)
	}
}

// TestWebSocketOriginPerMunicipality: a WebSocket from a listed portal opens; its
// operations run only for the municipality that lists the portal; an unlisted origin is
// refused with 403 before the upgrade.
func TestWebSocketOriginPerMunicipality(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	_, hirosaki := twoCities(t, e)
	ts := httptest.NewServer(e.srv)
	defer ts.Close()
	ask := func(origin string, header http.Header, token string) (string, int) {
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		defer cancel()
		if header == nil {
			header = http.Header{}
		}
		header.Set("Origin", origin)
		c, res, err := websocket.Dial(ctx, "ws"+strings.TrimPrefix(ts.URL, "http")+"/graphql", &websocket.DialOptions{
			Subprotocols: []string{"graphql-transport-ws"}, HTTPHeader: header})
		if err != nil {
			if res == nil {
				t.Fatal(err)
			}
			return "", res.StatusCode
		}
		defer c.CloseNow()
		payload := map[string]any{}
		if token != "" {
			payload["Authorization"] = token
		}
		must(t, wsjson.Write(ctx, c, map[string]any{"type": "connection_init", "payload": payload}))
		var msg map[string]any
		must(t, wsjson.Read(ctx, c, &msg))
		if msg["type"] != "connection_ack" {
			t.Fatalf("ack: %v", msg)
		}
		must(t, wsjson.Write(ctx, c, map[string]any{"id": "1", "type": "subscribe", "payload": map[string]any{"query": `{ municipality { slug } }`}}))
		must(t, wsjson.Read(ctx, c, &msg))
		return mustJSON(msg), http.StatusSwitchingProtocols
	}
	if msg, _ := ask(originA, nil, ""); !strings.Contains(msg, `"slug":"aomori"`) {
		t.Fatalf("A on its own city: %s", msg)
	}
	if msg, _ := ask(originB, http.Header{"X-Municipality": {"hirosaki"}}, ""); !strings.Contains(msg, `"slug":"hirosaki"`) {
		t.Fatalf("B on its own city: %s", msg)
	}
	if msg, _ := ask(originA, nil, hirosaki[1]); !strings.Contains(msg, "FORBIDDEN") || strings.Contains(msg, `"slug"`) {
		t.Fatalf("A with city 2's token: %s", msg)
	}
	if msg, _ := ask(originB, nil, ""); !strings.Contains(msg, "FORBIDDEN") || strings.Contains(msg, `"slug"`) {
		t.Fatalf("B on city 1: %s", msg)
	}
	if _, status := ask(originC, nil, ""); status != http.StatusForbidden {
		t.Fatalf("unlisted origin: %d", status)
	}
	if msg, _ := ask(ts.URL, nil, ""); !strings.Contains(msg, `"slug":"aomori"`) {
		t.Fatalf("same origin: %s", msg)
	}
}

// apq sends an automatic persisted query by POST or GET: the hash always, the query when
// full.
func apq(e *env, method, query string, full bool, headers ...string) response {
	e.t.Helper()
	sum := sha256.Sum256([]byte(query))
	ext := map[string]any{"persistedQuery": map[string]any{"version": 1, "sha256Hash": hex.EncodeToString(sum[:])}}
	var req *http.Request
	if method == http.MethodGet {
		v := url.Values{"extensions": {mustJSON(ext)}}
		if full {
			v.Set("query", query)
		}
		req = httptest.NewRequest(http.MethodGet, "/graphql?"+v.Encode(), nil)
	} else {
		body := map[string]any{"extensions": ext}
		if full {
			body["query"] = query
		}
		b, _ := json.Marshal(body)
		req = httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(b))
		req.Header.Set("Content-Type", "application/json")
	}
	for i := 0; i+1 < len(headers); i += 2 {
		req.Header.Set(headers[i], headers[i+1])
	}
	return e.send(req)
}

// TestAutomaticPersistedQueries: a hash the server does not know answers
// PersistedQueryNotFound (the code APQ clients react to); sent with its query it runs and is
// kept; then the hash alone runs it, by POST and by GET. The cost guard measures a persisted
// query like a full one, and a hash that does not match its query is refused.
func TestAutomaticPersistedQueries(t *testing.T) {
	t.Parallel()
	e := newEnvOpts(t, func(c *pppdesk.Config) { c.Limits.MaxDepth = 4 })
	for _, method := range []string{http.MethodPost, http.MethodGet} {
		q := `query Who` + method + ` { municipality { slug } }`
		r := apq(e, method, q, false)
		if r.code() != "PERSISTED_QUERY_NOT_FOUND" || r.Errors[0].Message != "PersistedQueryNotFound" || r.Data != nil {
			t.Fatalf("%s unknown hash: %s", method, r.Raw)
		}
		if r := apq(e, method, q, true); get(r.Data, "municipality", "slug") != "aomori" {
			t.Fatalf("%s with the query: %s", method, r.Raw)
		}
		for _, m := range []string{http.MethodPost, http.MethodGet} {
			if r := apq(e, m, q, false); get(r.Data, "municipality", "slug") != "aomori" {
				t.Fatalf("%s hash only after %s: %s", m, method, r.Raw)
			}
		}
	}
	deep := `{ caseStudies { edges { node { partners { name } } } } }`
	if r := apq(e, http.MethodPost, deep, true); r.code() != "BAD_USER_INPUT" || !strings.Contains(r.Raw, "max-depth") {
		t.Fatalf("costly query in full: %s", r.Raw)
	}
	for _, m := range []string{http.MethodPost, http.MethodGet} {
		// gqlgen keeps the query before the guard measures it; by hash it is measured again.
		if r := apq(e, m, deep, false); r.code() != "BAD_USER_INPUT" || !strings.Contains(r.Raw, "max-depth") || get(r.Data, "caseStudies") != nil {
			t.Fatalf("%s costly query by hash: %s", m, r.Raw)
		}
	}
	body := `{"query":"{ municipality { slug } }","extensions":{"persistedQuery":{"version":1,"sha256Hash":"` + strings.Repeat("0", 64) + `"}}}`
	req := httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	if r := e.send(req); r.code() != "BAD_USER_INPUT" || r.Data != nil {
		t.Fatalf("mismatched hash: %s", r.Raw)
	}
	// A mutation by hash over GET is refused like any GET mutation.
	mut := `mutation { login(email: "x@example.jp", password: "y") { token } }`
	apq(e, http.MethodPost, mut, true)
	if r := apq(e, http.MethodGet, mut, false); r.code() == "" {
		t.Fatalf("GET mutation by hash ran: %s", r.Raw)
	}
}

// getQuery sends an anonymous-or-not GET query and answers the recorder.
func getQuery(e *env, query string, headers ...string) *httptest.ResponseRecorder {
	req := httptest.NewRequest(http.MethodGet, "/graphql?query="+url.QueryEscape(query), nil)
	for i := 0; i+1 < len(headers); i += 2 {
		req.Header.Set(headers[i], headers[i+1])
	}
	rec := httptest.NewRecorder()
	e.srv.ServeHTTP(rec, req)
	return rec
}

// TestHTTPCachingOfAnonymousGets: an anonymous GET query is public for a short max-age
// with an ETag of its body, and If-None-Match answers 304; answers with a token, with
// errors, to POSTs and to GET mutations are no-store; Vary names every header that changes
// the answer.
func TestHTTPCachingOfAnonymousGets(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	twoCities(t, e)
	desk := e.login("desk@demo.pppdesk.jp")
	q := `{ municipality { slug name } }`
	rec := getQuery(e, q)
	etag := rec.Header().Get("ETag")
	if rec.Code != 200 || rec.Header().Get("Cache-Control") != "public, max-age=60" || etag == "" {
		t.Fatalf("anonymous GET: %d %v", rec.Code, rec.Header())
	}
	vary := strings.Join(rec.Header().Values("Vary"), ",")
	for _, h := range []string{"Origin", "Authorization", "X-Municipality", "Accept", "X-Forwarded-Prefix", "X-Forwarded-Host", "X-Forwarded-Proto"} {
		if !strings.Contains(vary, h) {
			t.Errorf("Vary %q lacks %s", vary, h)
		}
	}
	for _, inm := range []string{etag, "W/" + etag, `"other", ` + etag} {
		again := getQuery(e, q, "If-None-Match", inm)
		if again.Code != http.StatusNotModified || again.Body.Len() != 0 || again.Header().Get("ETag") != etag {
			t.Fatalf("If-None-Match %s: %d %q", inm, again.Code, again.Body.String())
		}
	}
	if again := getQuery(e, q, "If-None-Match", `"stale"`); again.Code != 200 || again.Body.Len() == 0 {
		t.Fatalf("stale ETag: %d", again.Code)
	}
	other := getQuery(e, q, "X-Municipality", "hirosaki")
	if other.Code != 200 || other.Header().Get("ETag") == etag || !strings.Contains(other.Body.String(), "弘前市") {
		t.Fatalf("another municipality, same ETag: %v %s", other.Header(), other.Body.String())
	}
	for name, rec := range map[string]*httptest.ResponseRecorder{
		"token":              getQuery(e, q, desk...),
		"cookie":             getQuery(e, q, "Cookie", "session=x"),
		"error":              getQuery(e, `{ municipality { nope } }`),
		"unknown city":       getQuery(e, q, "X-Municipality", "nowhere"),
		"GET mutation":       getQuery(e, `mutation { login(email: "a@b.jp", password: "x") { token } }`),
		"token, conditional": getQuery(e, q, as(desk, "If-None-Match", etag)...),
	} {
		if rec.Header().Get("Cache-Control") != "no-store" || rec.Header().Get("ETag") != "" || rec.Code == http.StatusNotModified {
			t.Errorf("%s: %d Cache-Control %q ETag %q", name, rec.Code, rec.Header().Get("Cache-Control"), rec.Header().Get("ETag"))
		}
	}
	body, _ := json.Marshal(map[string]any{"query": q})
	req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	post := httptest.NewRecorder()
	e.srv.ServeHTTP(post, req)
	if post.Header().Get("Cache-Control") != "no-store" || post.Header().Get("ETag") != "" {
		t.Fatalf("POST: %v", post.Header())
	}

	short := newEnvOpts(t, func(c *pppdesk.Config) { c.CacheMaxAge = 5 * time.Second })
	if cc := getQuery(short, q).Header().Get("Cache-Control"); cc != "public, max-age=5" {
		t.Fatalf("--cache-max-age 5s: %q", cc)
	}
	off := newEnvOpts(t, func(c *pppdesk.Config) { c.CacheMaxAge = -1 })
	if h := getQuery(off, q).Header(); h.Get("Cache-Control") != "no-store" || h.Get("ETag") != "" {
		t.Fatalf("public caching off: %v", h)
	}
}

// TestURLsFollowThePathPrefix mounts the real server under /ppp (http.StripPrefix, as a Go
// program embedding pppdesk does) and follows every URL it emits: media and attachment URLs
// in answers, GraphiQL (its page, assets and endpoint), the admin (its redirect and the API
// it calls), feeds and exports. A trusted proxy's X-Forwarded-Prefix goes in front; an
// untrusted one is ignored; --public-url makes them absolute.
func TestURLsFollowThePathPrefix(t *testing.T) {
	t.Parallel()
	e := newEnvOpts(t, func(c *pppdesk.Config) {
		c.Introspection = true
		c.TrustedProxies = []string{"192.0.2.10"}
	})
	mux := http.NewServeMux()
	mux.Handle("/ppp/", http.StripPrefix("/ppp", e.srv))
	mux.Handle("/ppp", http.StripPrefix("/ppp", e.srv))
	ts := httptest.NewServer(mux)
	defer ts.Close()
	desk, p1 := e.login("desk@demo.pppdesk.jp"), e.login("proposer1@demo.pppdesk.jp")

	// Fixtures: a published case study with a file, and a proposal with an attachment.
	cs := get(e.ok(`mutation { createCaseStudy(input: {title: "接頭辞の事例", summary: "概要", locality: "青森市"}) { id } }`, nil, desk...), "createCaseStudy", "id")
	if r := e.uploadTo(`mutation($p: ID!, $f: Upload!) { attachMedia(contentId: $p, file: $f) { id } }`, cs, "写真.pdf", tinyPDF, desk...); r.code() != "" {
		t.Fatal(r.Raw)
	}
	e.ok(`mutation($id: ID!) { publish(id: $id) { id } }`, map[string]any{"id": cs}, desk...)
	pid := get(e.ok(createProposal, map[string]any{"in": proposalInput("FREE", nil)}, p1...), "createProposal", "proposal", "id")
	if r := e.upload(pid, "提案書.pdf", tinyPDF, p1...); r.code() != "" {
		t.Fatal(r.Raw)
	}

	client := ts.Client()
	fetch := func(method, path, body string, headers ...string) (*http.Response, []byte) {
		t.Helper()
		req, _ := http.NewRequest(method, ts.URL+path, strings.NewReader(body))
		if body != "" {
			req.Header.Set("Content-Type", "application/json")
		}
		for i := 0; i+1 < len(headers); i += 2 {
			req.Header.Set(headers[i], headers[i+1])
		}
		res, err := client.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		b, _ := io.ReadAll(res.Body)
		return res, b
	}
	gql := func(endpoint, query string, vars map[string]any, headers ...string) map[string]any {
		t.Helper()
		b, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
		res, body := fetch(http.MethodPost, endpoint, string(b), headers...)
		var out struct {
			Data   map[string]any `json:"data"`
			Errors []any          `json:"errors"`
		}
		if err := json.Unmarshal(body, &out); err != nil || len(out.Errors) > 0 || res.StatusCode != 200 {
			t.Fatalf("%s: %d %s", endpoint, res.StatusCode, body)
		}
		return out.Data
	}
	mediaQ := `query($id: ID!) { caseStudy(id: $id) { media { url } } }`
	mediaURL := get(gql("/ppp/graphql", mediaQ, map[string]any{"id": cs}), "caseStudy", "media", 0, "url").(string)
	if !strings.HasPrefix(mediaURL, "/ppp/media/") {
		t.Fatalf("media URL %q", mediaURL)
	}
	if res, b := fetch(http.MethodGet, mediaURL, ""); res.StatusCode != 200 || !bytes.Equal(b, tinyPDF) {
		t.Fatalf("following %s: %d", mediaURL, res.StatusCode)
	}
	dl := get(gql("/ppp/graphql", `query($id: ID!) { proposal(id: $id) { attachments { downloadUrl } } }`, map[string]any{"id": pid}, p1...), "proposal", "attachments", 0, "downloadUrl").(string)
	if !strings.HasPrefix(dl, "/ppp/attachments/") {
		t.Fatalf("download URL %q", dl)
	}
	if res, b := fetch(http.MethodGet, dl, "", p1...); res.StatusCode != 200 || !bytes.Equal(b, tinyPDF) {
		t.Fatalf("following %s: %d", dl, res.StatusCode)
	}

	// GraphiQL: the bare prefix redirects to the page, which names its assets and endpoint
	// relative to itself.
	res, page := fetch(http.MethodGet, "/ppp", "")
	if res.StatusCode != 200 || res.Request.URL.Path != "/ppp/" || !bytes.Contains(page, []byte(`src="graphiql/graphiql.js"`)) {
		t.Fatalf("GraphiQL at /ppp: %d %s", res.StatusCode, res.Request.URL)
	}
	for _, asset := range []string{"graphiql/graphiql.js", "graphiql/graphiql.css"} {
		if res, _ := fetch(http.MethodGet, ref(t, res.Request.URL, asset), ""); res.StatusCode != 200 {
			t.Fatalf("GraphiQL asset %s: %d", asset, res.StatusCode)
		}
	}
	if get(gql(ref(t, res.Request.URL, "graphql"), `{ municipality { slug } }`, nil), "municipality", "slug") != "aomori" {
		t.Fatal("GraphiQL's endpoint")
	}
	// The admin: /ppp/admin redirects within the prefix; its API is ../graphql from its page.
	res, _ = fetch(http.MethodGet, "/ppp/admin", "")
	if res.StatusCode != 200 || res.Request.URL.Path != "/ppp/admin/" {
		t.Fatalf("admin: %d at %s", res.StatusCode, res.Request.URL)
	}
	if get(gql(ref(t, res.Request.URL, "../graphql"), `{ municipality { slug } }`, nil), "municipality", "slug") != "aomori" {
		t.Fatal("the admin's API endpoint")
	}
	// Subscriptions (graphql-ws) reach the server through the prefix too.
	c, ctx := subscribe(t, ts.URL+"/ppp", nil, `{ municipality { slug } }`, nil)
	var msg map[string]any
	must(t, wsjson.Read(ctx, c, &msg))
	if !strings.Contains(mustJSON(msg), `"slug":"aomori"`) {
		t.Fatalf("WebSocket under the prefix: %v", msg)
	}
	for _, path := range []string{"/ppp/feeds/atom.xml", "/ppp/export/case-studies.json", "/ppp/healthz"} {
		if res, _ := fetch(http.MethodGet, path, ""); res.StatusCode != 200 {
			t.Fatalf("%s: %d", path, res.StatusCode)
		}
	}

	// Behind a proxy that strips /edge itself: only a trusted proxy's X-Forwarded-Prefix counts.
	viaProxy := func(remote string) string {
		b, _ := json.Marshal(map[string]any{"query": mediaQ, "variables": map[string]any{"id": cs}})
		req := httptest.NewRequest(http.MethodPost, "/ppp/graphql", bytes.NewReader(b))
		req.RemoteAddr = remote + ":4000"
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("X-Forwarded-Prefix", "/edge/")
		rec := httptest.NewRecorder()
		mux.ServeHTTP(rec, req)
		var out response
		_ = json.Unmarshal(rec.Body.Bytes(), &out)
		u, _ := get(out.Data, "caseStudy", "media", 0, "url").(string)
		return u
	}
	if u := viaProxy("192.0.2.10"); !strings.HasPrefix(u, "/edge/ppp/media/") {
		t.Fatalf("trusted proxy's prefix: %q", u)
	}
	if u := viaProxy("198.51.100.7"); !strings.HasPrefix(u, "/ppp/media/") {
		t.Fatalf("untrusted proxy's prefix: %q", u)
	}

	// --public-url: absolute URLs, whatever the request looked like.
	pub := newEnvOpts(t, func(c *pppdesk.Config) { c.PublicURL = "https://api.aomori.example.jp/ppp/" })
	pdesk := pub.login("desk@demo.pppdesk.jp")
	pcs := get(pub.ok(`mutation { createCaseStudy(input: {title: "公開URLの事例", summary: "概要", locality: "青森市"}) { id } }`, nil, pdesk...), "createCaseStudy", "id")
	u := get(pub.uploadTo(`mutation($p: ID!, $f: Upload!) { attachMedia(contentId: $p, file: $f) { url } }`, pcs, "写真.pdf", tinyPDF, pdesk...).Data, "attachMedia", "url").(string)
	if !strings.HasPrefix(u, "https://api.aomori.example.jp/ppp/media/") {
		t.Fatalf("--public-url media URL %q", u)
	}
	if _, err := pppdesk.New(pppdesk.Config{Store: pub.st, Secret: []byte(testSecret), PublicURL: "api.example.jp/ppp"}); err == nil {
		t.Fatal("a public URL without scheme was accepted")
	}
}

// ref resolves a reference against a page's URL, as a browser does, and answers its path.
func ref(t *testing.T, page *url.URL, reference string) string {
	t.Helper()
	u, err := page.Parse(reference)
	if err != nil {
		t.Fatal(err)
	}
	return u.Path
}
