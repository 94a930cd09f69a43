package pppdesk

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"net/http"
	"strconv"
	"strings"

	"github.com/99designs/gqlgen/graphql/handler/lru"
)

// apqNotFound is the code of gqlgen's answer to a persisted query's hash it does not know.
const apqNotFound = "PERSISTED_QUERY_NOT_FOUND"

// apqCache is the bounded store of automatic persisted queries: at most APQEntries, least
// recently used first out, and none longer than APQMaxQueryBytes, so anyone registering
// queries cannot make the server hold more than that.
type apqCache struct{ lru *lru.LRU[string] }

// Get answers the query registered under the hash.
func (c apqCache) Get(ctx context.Context, hash string) (string, bool) { return c.lru.Get(ctx, hash) }

// Add registers a query (gqlgen checked that hash is its SHA-256) unless it is too long.
func (c apqCache) Add(ctx context.Context, hash, query string) {
	if len(query) <= APQMaxQueryBytes {
		c.lru.Add(ctx, hash, query)
	}
}

// cacheVary are the request headers that change an answer of /graphql: who asks, for which
// municipality, in which representation, from which page (CORS headers), and behind which
// trusted proxy: X-Forwarded-Prefix changes every URL in the answer, X-Forwarded-Host the
// CORS answer, X-Forwarded-Proto absolute URLs. They are always named (not only when
// present), so a shared cache never hands an answer built for one proxy path to another;
// a CDN that sets them itself sees one value and loses nothing.
const cacheVary = "Authorization, Cookie, " + MunicipalityHeader + ", Accept, X-Forwarded-Prefix, X-Forwarded-Host, X-Forwarded-Proto"

// httpCache lets shared caches (a CDN before the portal) keep answers to anonymous GET
// queries: no Authorization header, no cookie, an answer of 200 without errors. Such an
// answer gets "Cache-Control: public, max-age=<CacheMaxAge>" and an ETag of its body, and
// a request whose If-None-Match names that ETag gets 304 without the body (the query
// still runs: the ETag is the answer's). Everything else — a token, a POST, a mutation,
// an error, a WebSocket — is "no-store", so no cache ever keeps a personal or failed answer.
// GET cannot run a mutation (gqlgen refuses it), so a cached answer never stands for a change.
func (s *Server) httpCache(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// One Vary line (after the CORS handler's Origin), as clients reading one value expect.
		w.Header().Set("Vary", strings.Join(append(w.Header().Values("Vary"), cacheVary), ", "))
		anonymousGet := r.Method == http.MethodGet && r.Header.Get("Authorization") == "" && r.Header.Get("Cookie") == "" &&
			!strings.EqualFold(r.Header.Get("Upgrade"), "websocket")
		if !anonymousGet || s.cacheMaxAge < 0 {
			w.Header().Set("Cache-Control", "no-store")
			next.ServeHTTP(w, r)
			return
		}
		bw := &bufferedWriter{header: http.Header{}, status: http.StatusOK}
		next.ServeHTTP(bw, r)
		h := w.Header()
		for k, v := range bw.header {
			if k == "Vary" {
				for _, x := range v {
					h.Add(k, x)
				}
				continue
			}
			h[k] = v
		}
		body := bw.body.Bytes()
		if bw.status != http.StatusOK || hasErrors(body) {
			h.Set("Cache-Control", "no-store")
			h.Del("Content-Length")
			w.WriteHeader(bw.status)
			_, _ = w.Write(body)
			return
		}
		sum := sha256.Sum256(append([]byte(h.Get("Content-Type")+"\n"), body...))
		etag := `"` + base64.RawURLEncoding.EncodeToString(sum[:18]) + `"`
		h.Set("ETag", etag)
		h.Set("Cache-Control", "public, max-age="+strconv.Itoa(int(s.cacheMaxAge.Seconds())))
		if etagMatches(r.Header.Get("If-None-Match"), etag) {
			h.Del("Content-Type")
			h.Del("Content-Length")
			w.WriteHeader(http.StatusNotModified)
			return
		}
		h.Set("Content-Length", strconv.Itoa(len(body)))
		w.WriteHeader(http.StatusOK)
		_, _ = w.Write(body)
	})
}

// hasErrors reports whether a GraphQL answer carries errors (or is no JSON answer at all).
func hasErrors(body []byte) bool {
	var resp struct {
		Errors json.RawMessage `json:"errors"`
	}
	if json.Unmarshal(body, &resp) != nil {
		return true
	}
	return len(resp.Errors) > 0 && !bytes.Equal(resp.Errors, []byte("null"))
}

// etagMatches reports whether an If-None-Match header names etag (weak comparison, as
// RFC 9110 asks for If-None-Match).
func etagMatches(header, etag string) bool {
	for _, t := range strings.Split(header, ",") {
		t = strings.TrimPrefix(strings.TrimSpace(t), "W/")
		if t == "*" || t == etag {
			return true
		}
	}
	return false
}

// bufferedWriter holds an answer until it is known whether it may be cached.
type bufferedWriter struct {
	header http.Header
	status int
	wrote  bool
	body   bytes.Buffer
}

func (w *bufferedWriter) Header() http.Header { return w.header }

func (w *bufferedWriter) WriteHeader(code int) {
	if !w.wrote {
		w.wrote, w.status = true, code
	}
}

func (w *bufferedWriter) Write(b []byte) (int, error) {
	w.wrote = true
	return w.body.Write(b)
}
