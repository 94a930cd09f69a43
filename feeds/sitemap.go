package feeds

import (
	"encoding/xml"
	"io"
	"time"
)

// SitemapMax is the most URLs one sitemap file may list (sitemaps.org protocol); a
// municipality with more is served as a sitemap index of pages.
const SitemapMax = 50000

// SitemapURL is one page in a sitemap.
type SitemapURL struct {
	Loc     string
	LastMod time.Time
}

type urlSet struct {
	XMLName xml.Name     `xml:"http://www.sitemaps.org/schemas/sitemap/0.9 urlset"`
	URLs    []sitemapLoc `xml:"url"`
}

type sitemapIndex struct {
	XMLName  xml.Name     `xml:"http://www.sitemaps.org/schemas/sitemap/0.9 sitemapindex"`
	Sitemaps []sitemapLoc `xml:"sitemap"`
}

type sitemapLoc struct {
	Loc     string `xml:"loc"`
	LastMod string `xml:"lastmod,omitempty"`
}

func lastMod(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}

// Sitemap writes a sitemaps.org urlset of the given pages.
func Sitemap(w io.Writer, pages []SitemapURL) error {
	set := urlSet{URLs: make([]sitemapLoc, 0, len(pages))}
	for _, p := range pages {
		set.URLs = append(set.URLs, sitemapLoc{Loc: p.Loc, LastMod: lastMod(p.LastMod)})
	}
	return writeXML(w, set)
}

// SitemapIndex writes a sitemaps.org sitemap index that lists the given sitemap files.
func SitemapIndex(w io.Writer, files []SitemapURL) error {
	idx := sitemapIndex{Sitemaps: make([]sitemapLoc, 0, len(files))}
	for _, f := range files {
		idx.Sitemaps = append(idx.Sitemaps, sitemapLoc{Loc: f.Loc, LastMod: lastMod(f.LastMod)})
	}
	return writeXML(w, idx)
}

func writeXML(w io.Writer, v any) error {
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	return enc.Encode(v)
}
