// Package urls is the one place that decides the public addresses of content: an item's slug
// (made from its title, or checked when staff write one) and the URL of its page on the
// municipality's portal, built from the municipality's item URL template. The API's url
// fields, the Atom feed, /sitemap.xml and the exports all call it, so a portal, a feed reader
// and a search engine see the same address for an item.
package urls

import (
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/pppdesk/pppdesk/apperr"
	"github.com/pppdesk/pppdesk/model"
)

// MaxSlug is the longest slug; long enough for a title's words, short enough for a URL.
const MaxSlug = 100

// MaxTemplate is the longest item URL template.
const MaxTemplate = 500

var slugPattern = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// Segment is the {type} part of an item URL and the prefix of a fallback slug: the type in
// lower-case words joined by hyphens (case-study). Empty for a type that has no page.
func Segment(t model.OwnerType) string {
	switch t {
	case model.OwnerChallenge:
		return "challenge"
	case model.OwnerAgreement:
		return "agreement"
	case model.OwnerProject:
		return "project"
	case model.OwnerCaseStudy:
		return "case-study"
	case model.OwnerAnnouncement:
		return "announcement"
	}
	return ""
}

// CheckSlug validates a slug written by staff: lower-case ASCII letters, digits and single
// hyphens between them, at most MaxSlug long. field names the input in the error.
func CheckSlug(field, s string) (string, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", apperr.Invalid(field, "is empty; leave it out to have one made from the title")
	}
	if len(s) > MaxSlug {
		return "", apperr.Invalid(field, "is longer than %d characters", MaxSlug)
	}
	if !slugPattern.MatchString(s) {
		return "", apperr.Invalid(field, "may hold only a-z, 0-9 and single hyphens between them (%q)", s)
	}
	return s, nil
}

// FromTitle makes a slug from a title: its ASCII letters and digits (full-width ones folded
// by NFKC) in lower case, words joined by hyphens, cut at a word boundary to MaxSlug. A title
// with no ASCII letters or digits — most Japanese titles — gives "", and the caller uses
// Fallback instead; transliterating Japanese would need a dictionary and still be unstable.
func FromTitle(title string) string {
	var words []string
	var w strings.Builder
	flush := func() {
		if w.Len() > 0 {
			words = append(words, w.String())
			w.Reset()
		}
	}
	for _, r := range norm.NFKC.String(title) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			w.WriteRune(r)
		case r >= 'A' && r <= 'Z':
			w.WriteRune(r + ('a' - 'A'))
		case r == '\'' || r == '’':
			// "city's" stays one word
		default:
			flush()
		}
	}
	flush()
	out := ""
	for _, word := range words {
		next := word
		if out != "" {
			next = out + "-" + word
		}
		if len(next) > MaxSlug {
			if out == "" {
				out = word[:MaxSlug]
			}
			break
		}
		out = next
	}
	return out
}

// Fallback is the slug of an item whose title gives none, or whose title's slug is taken:
// <type>-<id>, stable for the item's life because the ID never changes. Rows that existed
// before slugs got this one too (migration 20261203000003).
func Fallback(t model.OwnerType, id int64) string {
	return Segment(t) + "-" + strconv.FormatInt(id, 10)
}

var placeholder = regexp.MustCompile(`\{[^{}]*\}`)

// CheckTemplate validates a municipality's item URL template: an absolute http(s) URL whose
// only placeholders are {type}, {slug} and {id}, with at least {slug} or {id} so that every
// item gets its own address. Empty clears it. field names the input in the error.
func CheckTemplate(field, tpl string) (string, error) {
	tpl = strings.TrimSpace(tpl)
	if tpl == "" {
		return "", nil
	}
	if utf8.RuneCountInString(tpl) > MaxTemplate {
		return "", apperr.Invalid(field, "is longer than %d characters", MaxTemplate)
	}
	names := placeholder.FindAllString(tpl, -1)
	identifies := false
	for _, p := range names {
		switch p {
		case "{slug}", "{id}":
			identifies = true
		case "{type}":
		default:
			return "", apperr.Invalid(field, "has the unknown placeholder %s; use {type}, {slug} and {id}", p)
		}
	}
	if !identifies {
		return "", apperr.Invalid(field, "needs {slug} or {id}, or every item would have the same URL")
	}
	rest := placeholder.ReplaceAllString(tpl, "x")
	if strings.ContainsAny(rest, "{} \t\r\n") {
		return "", apperr.Invalid(field, "has an unmatched brace or a space")
	}
	u, err := url.Parse(rest)
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
		return "", apperr.Invalid(field, "is not an absolute http(s) URL")
	}
	if _, after, _ := strings.Cut(tpl, "://"); strings.Contains(strings.SplitN(after, "/", 2)[0], "{") {
		return "", apperr.Invalid(field, "may not have a placeholder in the host name")
	}
	return tpl, nil
}

// Item is the public URL of an item's page: the template with {type}, {slug} and {id} (the
// global ID) filled in, each escaped as a path segment. "" when the municipality has no
// template (the API answers null) or the type has no page.
func Item(tpl string, t model.OwnerType, id int64, slug string) string {
	seg := Segment(t)
	if tpl == "" || seg == "" {
		return ""
	}
	return strings.NewReplacer(
		"{type}", url.PathEscape(seg),
		"{slug}", url.PathEscape(slug),
		"{id}", url.PathEscape(model.GlobalID(t, id)),
	).Replace(tpl)
}

// Of is Item for a loaded publishable row of municipality m; "" for anything else.
func Of(m *model.Municipality, row any) string {
	a := model.AddressingOf(row)
	if m == nil || a == nil {
		return ""
	}
	t, id := ownerOf(row)
	return Item(m.ItemURLTemplate, t, id, a.Slug)
}

func ownerOf(row any) (model.OwnerType, int64) {
	switch c := row.(type) {
	case *model.Challenge:
		return model.OwnerChallenge, c.ID
	case *model.Agreement:
		return model.OwnerAgreement, c.ID
	case *model.Project:
		return model.OwnerProject, c.ID
	case *model.CaseStudy:
		return model.OwnerCaseStudy, c.ID
	case *model.Announcement:
		return model.OwnerAnnouncement, c.ID
	}
	return "", 0
}
