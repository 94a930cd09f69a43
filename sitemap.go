package pppdesk

import (
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/pppdesk/pppdesk/feeds"
	"github.com/pppdesk/pppdesk/urls"
)

// sitemapPerFile is how many URLs one sitemap file lists before /sitemap.xml becomes an
// index of pages (the protocol's limit; tests lower it).
var sitemapPerFile = feeds.SitemapMax

// sitemap serves /sitemap.xml for the municipality chosen as for the feeds (host, header or
// ?municipality=): the pages of its published items, at the URLs its item URL template
// gives, with their last change. Over sitemapPerFile items it answers a sitemap index whose
// entries are this URL with ?page=1, 2 …. A municipality without a template has no item
// pages to list: 404.
func (s *Server) sitemap(w http.ResponseWriter, r *http.Request) {
	ctx, m, v, err := s.publicContext(r)
	if err != nil {
		s.fail(w, ctx, err)
		return
	}
	if m.ItemURLTemplate == "" {
		http.Error(w, "this municipality has no item URL template (Municipality.itemUrlTemplate), so no item pages to list", http.StatusNotFound)
		return
	}
	total, err := s.resolver.Content().SitemapTotal(ctx, v)
	if err != nil {
		s.fail(w, ctx, err)
		return
	}
	pages := max((total+sitemapPerFile-1)/sitemapPerFile, 1)
	w.Header().Set("Content-Type", "application/xml; charset=utf-8")
	param := r.URL.Query().Get("page")
	if param == "" && pages > 1 {
		files := make([]feeds.SitemapURL, pages)
		for i := range files {
			files[i] = feeds.SitemapURL{Loc: s.sitemapPageURL(r, i+1)}
		}
		_ = feeds.SitemapIndex(w, files)
		return
	}
	page := 1
	if param != "" {
		if page, err = strconv.Atoi(param); err != nil || page < 1 || page > pages {
			w.Header().Del("Content-Type")
			http.Error(w, "no such sitemap page", http.StatusNotFound)
			return
		}
	}
	items, err := s.resolver.Content().SitemapPage(ctx, v, page-1, sitemapPerFile)
	if err != nil {
		w.Header().Del("Content-Type")
		s.fail(w, ctx, err)
		return
	}
	out := make([]feeds.SitemapURL, len(items))
	for i, it := range items {
		out[i] = feeds.SitemapURL{Loc: urls.Item(m.ItemURLTemplate, it.Type, it.ID, it.Slug), LastMod: it.UpdatedAt}
	}
	_ = feeds.Sitemap(w, out)
}

// sitemapPageURL is the absolute URL of one page of the sitemap (a sitemap index must name
// absolute URLs): Config.PublicURL when set, else the host the client asked, with the scheme
// of the connection or of a trusted proxy's X-Forwarded-Proto, and the server's base path.
func (s *Server) sitemapPageURL(r *http.Request, page int) string {
	q := r.URL.Query()
	q.Set("page", strconv.Itoa(page))
	base := s.base(r)
	if strings.HasPrefix(base, "http://") || strings.HasPrefix(base, "https://") {
		return base + "/sitemap.xml?" + q.Encode()
	}
	scheme := "http"
	if r.TLS != nil || (s.fromTrustedProxy(r) && strings.EqualFold(r.Header.Get("X-Forwarded-Proto"), "https")) {
		scheme = "https"
	}
	return (&url.URL{Scheme: scheme, Host: r.Host, Path: base + "/sitemap.xml", RawQuery: q.Encode()}).String()
}
