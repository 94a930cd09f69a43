package graphiql_test

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/base64"
	"io"
	"io/fs"
	"mime"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/pppdesk/pppdesk/graphiql"
)

// distFiles are the files `npm run build` in graphiql/web writes; the page and the Go
// handler refer to exactly these names.
var distFiles = []string{"index.html", "graphiql.js", "graphiql.css"}

func server() *httptest.Server {
	mux := http.NewServeMux()
	graphiql.Mount(mux)
	return httptest.NewServer(mux)
}

func get(t *testing.T, u string, header ...string) (*http.Response, []byte) {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, u, nil)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	// The transport would ask for gzip and decode it silently; the tests ask themselves.
	tr := &http.Transport{DisableCompression: true}
	defer tr.CloseIdleConnections()
	res, err := (&http.Client{Transport: tr}).Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	body, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	return res, body
}

// TestDistIsBuilt fails when graphiql/dist is missing or incomplete: the binary would
// serve a page that stays blank. (With no dist at all the package does not compile.)
func TestDistIsBuilt(t *testing.T) {
	if err := graphiql.Check(); err != nil {
		t.Fatal(err)
	}
	for _, name := range distFiles {
		b, err := os.ReadFile("dist/" + name)
		if err != nil || len(b) == 0 {
			t.Fatalf("dist/%s missing or empty (cd graphiql/web && npm ci && npm run build): %v", name, err)
		}
	}
	// Nothing else in dist: a stray file would be embedded but never served.
	entries, err := os.ReadDir("dist")
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != len(distFiles) {
		t.Fatalf("dist holds %d files, want exactly %v", len(entries), distFiles)
	}
}

// TestPageLoadsOnlyItsOwnAssets parses the page and fetches every script and stylesheet it
// references, relative to the page, from the handler: all must be served, with their own
// content type, and none may point to another host.
func TestPageLoadsOnlyItsOwnAssets(t *testing.T) {
	ts := server()
	defer ts.Close()
	for _, base := range []string{"/", "/pppdesk/"} {
		// Under a prefix the proxy strips it; the page's relative references must follow.
		res, page := get(t, ts.URL+"/")
		if res.StatusCode != http.StatusOK {
			t.Fatalf("GET /: %d", res.StatusCode)
		}
		pageURL, _ := url.Parse("http://city.example" + base)
		refs := references(t, page)
		kinds := map[string]int{}
		for _, ref := range refs {
			u, err := url.Parse(ref.url)
			if err != nil {
				t.Fatalf("%s: %v", ref.url, err)
			}
			if u.Scheme == "data" {
				continue
			}
			if u.Scheme != "" || u.Host != "" || strings.HasPrefix(ref.url, "/") {
				t.Fatalf("page refers to %q: only relative references keep it on its own host and under a path prefix", ref.url)
			}
			abs := pageURL.ResolveReference(u)
			if !strings.HasPrefix(abs.Path, base) {
				t.Fatalf("%q resolves outside the prefix %s: %s", ref.url, base, abs.Path)
			}
			res, body := get(t, ts.URL+"/"+strings.TrimPrefix(abs.Path, base))
			if res.StatusCode != http.StatusOK || len(body) == 0 {
				t.Fatalf("%s (from %q): %d, %d bytes", abs.Path, ref.url, res.StatusCode, len(body))
			}
			mt, _, _ := mime.ParseMediaType(res.Header.Get("Content-Type"))
			want := map[string]string{"script": "text/javascript", "stylesheet": "text/css"}[ref.kind]
			if want != "" && mt != want {
				t.Fatalf("%s: Content-Type %q, want %s", abs.Path, mt, want)
			}
			kinds[ref.kind]++
		}
		if kinds["script"] != 1 || kinds["stylesheet"] != 1 {
			t.Fatalf("page should load one script and one stylesheet: %v", refs)
		}
	}
}

type reference struct{ kind, url string }

// references lists the src and href attributes of the page, with what they load.
func references(t *testing.T, page []byte) []reference {
	t.Helper()
	var refs []reference
	z := html.NewTokenizer(bytes.NewReader(page))
	for {
		switch z.Next() {
		case html.ErrorToken:
			if z.Err() != io.EOF {
				t.Fatal(z.Err())
			}
			return refs
		case html.StartTagToken, html.SelfClosingTagToken:
			tok := z.Token()
			attrs := map[string]string{}
			for _, a := range tok.Attr {
				attrs[a.Key] = a.Val
			}
			if tok.Data == "script" {
				if attrs["src"] == "" {
					t.Fatal("inline script: the Content-Security-Policy forbids it")
				}
			}
			if tok.Data == "style" {
				t.Fatal("inline style element: the Content-Security-Policy forbids it")
			}
			if _, ok := attrs["style"]; ok {
				t.Fatalf("style attribute on <%s>: the Content-Security-Policy forbids it", tok.Data)
			}
			for _, k := range []string{"src", "href", "srcset", "action", "formaction", "poster", "data"} {
				v, ok := attrs[k]
				if !ok {
					continue
				}
				kind := tok.Data
				if tok.Data == "link" {
					kind = attrs["rel"]
				}
				refs = append(refs, reference{kind, strings.TrimSpace(v)})
			}
		}
	}
}

// cdnHosts are public hosts that serve JavaScript packages and fonts; none is reachable
// on LGWAN.
var cdnHosts = []string{"unpkg.com", "cdn.jsdelivr.net", "jsdelivr.net", "cdnjs.cloudflare.com", "esm.sh",
	"cdn.skypack.dev", "ga.jspm.io", "fonts.googleapis.com", "fonts.gstatic.com", "ajax.googleapis.com",
	"code.jquery.com", "stackpath.bootstrapcdn.com", "maxcdn.bootstrapcdn.com", "cdn.graphql.org"}

// remoteLoad matches an absolute http(s) URL in a place where it would be loaded: an
// src/href attribute (in HTML or in markup built by script), a CSS url() or @import, an
// import().
var remoteLoad = regexp.MustCompile(`(?i)((src|href)\s*[=:]\s*["'\x60]?\s*(https?:)?//)|(url\(\s*["']?\s*(https?:)?//)|(@import\s+["']?(https?:)?//)|(import\(\s*["'\x60](https?:)?//)`)

// hyperlinks are the <a href target=_blank> links that GraphiQL's own components render:
// a person may follow them (the logo, the key-map help), the page never loads them.
var hyperlinks = map[string]bool{
	"https://github.com/graphql/graphiql":              true,
	"https://codemirror.net/5/doc/manual.html#keymaps": true,
}

// TestNoRemoteURLs greps the whole bundle: nothing in it may load from another host.
func TestNoRemoteURLs(t *testing.T) {
	err := fs.WalkDir(os.DirFS("dist"), ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(path.Join("dist", name))
		if err != nil {
			return err
		}
		s := string(b)
		for _, host := range cdnHosts {
			if strings.Contains(strings.ToLower(s), host) {
				t.Errorf("dist/%s names the CDN host %s", name, host)
			}
		}
		for _, loc := range remoteLoad.FindAllStringIndex(s, -1) {
			i, j := loc[0], loc[1]
			if u := strings.SplitN(s[j-len("https://"):], `"`, 2)[0]; strings.HasPrefix(s[i:], "href:") && hyperlinks[u] {
				continue
			}
			t.Errorf("dist/%s loads from another host: …%s…", name, s[max(0, i-80):min(len(s), j+120)])
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestHeaders: a strict policy, no sniffing, the right types, and revalidation by ETag
// (the names are fixed, so nothing may be cached as immutable).
func TestHeaders(t *testing.T) {
	ts := server()
	defer ts.Close()
	want := map[string]string{"/": "text/html", "/graphiql/graphiql.js": "text/javascript", "/graphiql/graphiql.css": "text/css"}
	for p, typ := range want {
		res, body := get(t, ts.URL+p)
		if res.StatusCode != http.StatusOK || len(body) == 0 {
			t.Fatalf("%s: %d", p, res.StatusCode)
		}
		h := res.Header
		if mt, params, _ := mime.ParseMediaType(h.Get("Content-Type")); mt != typ || params["charset"] != "utf-8" {
			t.Fatalf("%s: Content-Type %q", p, h.Get("Content-Type"))
		}
		if h.Get("X-Content-Type-Options") != "nosniff" {
			t.Fatalf("%s: no nosniff", p)
		}
		csp := h.Get("Content-Security-Policy")
		directives := map[string]string{}
		for _, d := range strings.Split(csp, ";") {
			k, v, _ := strings.Cut(strings.TrimSpace(d), " ")
			directives[k] = v
		}
		for k, v := range map[string]string{
			"default-src": "'self'", "script-src": "'self'", "style-src": "'self' " + scrollLockHash,
			"img-src": "'self' data:", "font-src": "'self' data:", "frame-ancestors": "'none'",
			"object-src": "'none'", "base-uri": "'none'",
		} {
			if directives[k] != v {
				t.Fatalf("%s: %s is %q, want %q (policy %q)", p, k, directives[k], v, csp)
			}
		}
		host := strings.TrimPrefix(ts.URL, "http://")
		if directives["connect-src"] != "'self' ws://"+host+" wss://"+host {
			t.Fatalf("%s: connect-src %q", p, directives["connect-src"])
		}
		if strings.Contains(csp, "unsafe") || strings.Contains(csp, "*") {
			t.Fatalf("%s: policy not strict: %q", p, csp)
		}
		if cc := h.Get("Cache-Control"); cc != "no-cache" {
			t.Fatalf("%s: Cache-Control %q, want no-cache (fixed names cannot be cached as immutable)", p, cc)
		}
		etag := h.Get("ETag")
		if etag == "" {
			t.Fatalf("%s: no ETag", p)
		}
		res, body = get(t, ts.URL+p, "If-None-Match", etag)
		if res.StatusCode != http.StatusNotModified || len(body) != 0 {
			t.Fatalf("%s with If-None-Match: %d, %d bytes", p, res.StatusCode, len(body))
		}
	}
}

// scrollLockStyle is the text of the <style> element that GraphiQL's dialogs insert
// (react-remove-scroll-bar 2.3.8 with no scroll-bar gap and no body padding, as on this
// page); the policy allows exactly this text by its hash, and nothing else inline.
const scrollLockStyle = "\n  .with-scroll-bars-hidden {\n   overflow: hidden !important;\n   padding-right: 0px !important;\n  }\n  body[data-scroll-locked] {\n    overflow: hidden !important;\n    overscroll-behavior: contain;\n    position: relative !important;\n    padding-left: 0px;\n    padding-top: 0px;\n    padding-right: 0px;\n    margin-left:0;\n    margin-top:0;\n    margin-right: 0px !important;\n    \n  }\n  \n  .right-scroll-bar-position {\n    right: 0px !important;\n  }\n  \n  .width-before-scroll-bar {\n    margin-right: 0px !important;\n  }\n  \n  .right-scroll-bar-position .right-scroll-bar-position {\n    right: 0 !important;\n  }\n  \n  .width-before-scroll-bar .width-before-scroll-bar {\n    margin-right: 0 !important;\n  }\n  \n  body[data-scroll-locked] {\n    --removed-body-scroll-bar-size: 0px;\n  }\n"

var scrollLockHash = func() string {
	sum := sha256.Sum256([]byte(scrollLockStyle))
	return "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
}()

// TestScrollLockStyleIsBundled: the allowed style text comes from the bundled
// react-remove-scroll-bar; when an upgrade changes its template, this fails and the hash
// in Policy must follow.
func TestScrollLockStyleIsBundled(t *testing.T) {
	js, err := os.ReadFile("dist/graphiql.js")
	if err != nil {
		t.Fatal(err)
	}
	for _, part := range []string{"with-scroll-bars-hidden", "overscroll-behavior: contain;", "--removed-body-scroll-bar-size"} {
		if !bytes.Contains(js, []byte(part)) {
			t.Fatalf("graphiql.js no longer holds %q: re-derive the allowed style hash", part)
		}
	}
	if !strings.Contains(graphiql.Policy("a.example"), "style-src 'self' "+scrollLockHash+";") {
		t.Fatalf("policy does not allow the scroll-lock style by its hash %s: %s", scrollLockHash, graphiql.Policy("a.example"))
	}
}

// TestGzip: a browser that accepts gzip gets the same bytes, compressed, under another ETag.
func TestGzip(t *testing.T) {
	ts := server()
	defer ts.Close()
	plainRes, plain := get(t, ts.URL+"/graphiql/graphiql.js")
	res, zipped := get(t, ts.URL+"/graphiql/graphiql.js", "Accept-Encoding", "br, gzip")
	if res.Header.Get("Content-Encoding") != "gzip" || len(zipped) >= len(plain) {
		t.Fatalf("not compressed: %q, %d of %d bytes", res.Header.Get("Content-Encoding"), len(zipped), len(plain))
	}
	if res.Header.Get("ETag") == plainRes.Header.Get("ETag") || !strings.Contains(res.Header.Get("Vary"), "Accept-Encoding") {
		t.Fatalf("compressed form shares the ETag or lacks Vary: %v", res.Header)
	}
	zr, err := gzip.NewReader(bytes.NewReader(zipped))
	if err != nil {
		t.Fatal(err)
	}
	got, err := io.ReadAll(zr)
	if err != nil || !bytes.Equal(got, plain) {
		t.Fatalf("gzip body differs: %v", err)
	}
	if res, _ := get(t, ts.URL+"/graphiql/graphiql.js", "Accept-Encoding", "gzip;q=0"); res.Header.Get("Content-Encoding") != "" {
		t.Fatal("gzip sent though q=0")
	}
	// Under 1.5 MB compressed, as the brief of issue 11 asks.
	if len(zipped) > 1_500_000 {
		t.Fatalf("graphiql.js is %d bytes gzipped", len(zipped))
	}
}

// TestOnlyTheAssets: the asset path serves the two named files and nothing else of the
// embedded tree (no listing, no index.html twice, no traversal).
func TestOnlyTheAssets(t *testing.T) {
	ts := server()
	defer ts.Close()
	for _, p := range []string{"/graphiql/", "/graphiql/index.html", "/graphiql/dist", "/graphiql/..%2fgraphiql.go", "/graphiql/x.js", "/index.html"} {
		if res, _ := get(t, ts.URL+p); res.StatusCode != http.StatusNotFound {
			t.Fatalf("%s: %d, want 404", p, res.StatusCode)
		}
	}
	req, _ := http.NewRequest(http.MethodHead, ts.URL+"/", nil)
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusOK || res.Header.Get("Content-Security-Policy") == "" {
		t.Fatalf("HEAD /: %d %v", res.StatusCode, res.Header)
	}
}

// TestPolicyHost: a Host header is echoed into connect-src only when it is a plain
// host[:port], so it cannot add a source or a directive.
func TestPolicyHost(t *testing.T) {
	for host, ok := range map[string]bool{
		"desk.city.aomori.example:8443": true, "[::1]:8080": true, "127.0.0.1": true,
		"a.example; script-src *": false, "a.example *": false, "": false, "a.example/x": false,
	} {
		p := graphiql.Policy(host)
		if strings.Contains(p, "ws://") != ok {
			t.Fatalf("Policy(%q) = %q", host, p)
		}
		if strings.Count(p, "script-src") != 1 || strings.Contains(p, "*") {
			t.Fatalf("Policy(%q) widened: %q", host, p)
		}
	}
}
