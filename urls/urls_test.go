package urls_test

import (
	"strings"
	"testing"

	"github.com/pppdesk/pppdesk/apperr"
	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/urls"
)

func TestFromTitle(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ title, want string }{
		{"Smart City Aomori 2026", "smart-city-aomori-2026"},
		{"  AI-driven snow removal!! ", "ai-driven-snow-removal"},
		{"ＡＩ除雪の実証実験", "ai"}, // full-width letters fold to ASCII (NFKC)
		{"青森市の公民連携", ""},    // no ASCII: the caller falls back to <type>-<id>
		{"Aomori City's desk", "aomori-citys-desk"},
		{"", ""},
		{strings.Repeat("word ", 40), strings.TrimSuffix(strings.Repeat("word-", 20), "-")},
		{strings.Repeat("x", 150), strings.Repeat("x", urls.MaxSlug)},
	} {
		if got := urls.FromTitle(c.title); got != c.want {
			t.Errorf("FromTitle(%q) = %q, want %q", c.title, got, c.want)
		}
		if got := urls.FromTitle(c.title); got != "" {
			if _, err := urls.CheckSlug("slug", got); err != nil {
				t.Errorf("FromTitle(%q) = %q is no valid slug: %v", c.title, got, err)
			}
		}
	}
}

func TestCheckSlug(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		in string
		ok bool
	}{
		{"snow-removal", true}, {"2026", true}, {" trimmed ", true}, {strings.Repeat("a", urls.MaxSlug), true},
		{"", false}, {"Snow", false}, {"snow_removal", false}, {"snow--removal", false}, {"-snow", false}, {"snow-", false},
		{"除雪", false}, {"a/b", false}, {"~abc", false}, {strings.Repeat("a", urls.MaxSlug+1), false},
	} {
		_, err := urls.CheckSlug("input.slug", c.in)
		if (err == nil) != c.ok {
			t.Errorf("CheckSlug(%q): %v", c.in, err)
		}
		if err != nil {
			if ae, _ := err.(*apperr.Error); ae == nil || ae.Code != apperr.BadUserInput || ae.Field != "input.slug" {
				t.Errorf("CheckSlug(%q) error does not name the field: %#v", c.in, err)
			}
		}
	}
}

func TestCheckTemplate(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		in string
		ok bool
	}{
		{"https://ppp.city.example.jp/{type}/{slug}", true},
		{"http://localhost:8080/items/{id}", true},
		{"https://ppp.example.jp/news?item={slug}&t={type}", true},
		{"", true},                                       // clears it
		{"https://ppp.example.jp/{type}", false},         // every item the same URL
		{"https://ppp.example.jp/{title}/{slug}", false}, // unknown placeholder
		{"https://ppp.example.jp/{slug", false},          // unmatched brace
		{"/{type}/{slug}", false},                        // not absolute
		{"ftp://ppp.example.jp/{slug}", false},           // not http(s)
		{"javascript:alert(1)//{slug}", false},           // not http(s)
		{"https://{slug}.example.jp/", false},            // placeholder in the host
		{"https://ppp.example.jp/{slug} x", false},       // a space
		{"https://ppp.example.jp/" + strings.Repeat("a", 500) + "{slug}", false},
	} {
		_, err := urls.CheckTemplate("input.itemUrlTemplate", c.in)
		if (err == nil) != c.ok {
			t.Errorf("CheckTemplate(%q): %v", c.in, err)
		}
	}
}

func TestItem(t *testing.T) {
	t.Parallel()
	tpl := "https://ppp.city.example.jp/{type}/{slug}?id={id}"
	if got, want := urls.Item(tpl, model.OwnerCaseStudy, 7, "snow"), "https://ppp.city.example.jp/case-study/snow?id="+model.GlobalID(model.OwnerCaseStudy, 7); got != want {
		t.Errorf("Item = %q, want %q", got, want)
	}
	if got := urls.Item("", model.OwnerChallenge, 1, "x"); got != "" {
		t.Errorf("no template: %q", got)
	}
	if got := urls.Item(tpl, model.OwnerProposal, 1, "x"); got != "" {
		t.Errorf("a proposal has no public page: %q", got)
	}
	m := &model.Municipality{ItemURLTemplate: "https://p.example.jp/{type}/{slug}"}
	a := &model.Announcement{ID: 3, Addressing: model.Addressing{Slug: "open-day"}}
	if got := urls.Of(m, a); got != "https://p.example.jp/announcement/open-day" {
		t.Errorf("Of = %q", got)
	}
	if got := urls.Fallback(model.OwnerCaseStudy, 12); got != "case-study-12" {
		t.Errorf("Fallback = %q", got)
	}
}
