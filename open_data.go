package pppdesk

import (
	"context"
	"fmt"
	"net/http"
	"sort"
	"strings"
	"time"

	"github.com/pppdesk/pppdesk/apperr"
	"github.com/pppdesk/pppdesk/customfield"
	"github.com/pppdesk/pppdesk/feeds"
	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/resolvers"
	"github.com/pppdesk/pppdesk/store"
	"github.com/pppdesk/pppdesk/urls"
)

// allPages walks a list to its end, a page of 500 at a time, for exports.
func allPages[T any](list func(store.Page) (store.PageOf[T], error)) ([]*T, error) {
	var out []*T
	p := store.Page{First: 500}
	for {
		page, err := list(p)
		if err != nil {
			return nil, err
		}
		out = append(out, page.Items...)
		if !page.HasNext || len(page.Items) == 0 {
			return out, nil
		}
		p.After = &page.Cursors[len(page.Cursors)-1]
	}
}

// publicContext scopes a feed or export request as an anonymous reader: only published
// content whose time has come ever leaves through these endpoints.
func (s *Server) publicContext(r *http.Request) (context.Context, *model.Municipality, store.Viewer, error) {
	slug := r.Header.Get(MunicipalityHeader)
	if q := r.URL.Query().Get("municipality"); q != "" {
		slug = q
	}
	ctx, err := s.establish(r.Context(), "", slug)
	if err != nil {
		return ctx, nil, store.Viewer{}, err
	}
	m, v, err := resolvers.ViewerOf(ctx)
	return ctx, m, v, err
}

func (s *Server) fail(w http.ResponseWriter, ctx context.Context, err error) {
	var code int
	switch ae := s.classify(ctx, err); {
	case ae == nil:
		s.cfg.Logger.ErrorContext(ctx, "open data", "error", err)
		code = http.StatusInternalServerError
	case ae.Code == apperr.NotFound:
		code = http.StatusNotFound
	case ae.Code == apperr.BadUserInput:
		code = http.StatusBadRequest
	case ae.Code == apperr.Unavailable:
		writeUnavailable(w, ae.Message, nil)
		return
	default:
		code = http.StatusInternalServerError
	}
	http.Error(w, http.StatusText(code), code)
}

// atom serves the Atom feed of published announcements and case studies, newest first.
func (s *Server) atom(w http.ResponseWriter, r *http.Request) {
	ctx, m, v, err := s.publicContext(r)
	if err != nil {
		s.fail(w, ctx, err)
		return
	}
	newest := store.Order{Key: "PUBLISHED_AT", By: store.Column("published_at"), Desc: true}
	anns, err := s.resolver.Content().Announcements(ctx, v, store.AnnouncementFilter{}, newest, store.Page{First: 50})
	if err != nil {
		s.fail(w, ctx, err)
		return
	}
	cases, err := s.resolver.Content().CaseStudies(ctx, v, store.CaseStudyFilter{}, newest, store.Page{First: 50})
	if err != nil {
		s.fail(w, ctx, err)
		return
	}
	var entries []feeds.Entry
	link := strings.TrimSuffix(m.PortalURL, "/")
	// An entry links to its item's page; without an item URL template, to the portal.
	itemLink := func(row any) string {
		if u := urls.Of(m, row); u != "" {
			return u
		}
		return link
	}
	for _, a := range anns.Items {
		entries = append(entries, feeds.Entry{ID: "urn:pppdesk:" + m.Slug + ":" + a.GetID(), Title: a.Title, Summary: a.Body,
			Link: itemLink(a), Category: "announcement", Published: *a.PublishedAt, Updated: a.UpdatedAt})
	}
	for _, c := range cases.Items {
		entries = append(entries, feeds.Entry{ID: "urn:pppdesk:" + m.Slug + ":" + c.GetID(), Title: c.Title, Summary: c.Summary,
			Link: itemLink(c), Category: "caseStudy", Published: *c.PublishedAt, Updated: c.UpdatedAt})
	}
	sort.SliceStable(entries, func(i, j int) bool { return entries[i].Published.After(entries[j].Published) })
	updated := time.Unix(0, 0)
	if len(entries) > 0 {
		updated = entries[0].Published
	}
	w.Header().Set("Content-Type", "application/atom+xml; charset=utf-8")
	_ = feeds.Atom(w, m.DeskName, "urn:pppdesk:"+m.Slug, link, m.DeskName, updated, entries)
}

// export serves published agreements, projects or case studies as CSV or JSON open data.
func (s *Server) export(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("file")
	set, format, _ := strings.Cut(name, ".")
	if format != "csv" && format != "json" {
		http.Error(w, "want .csv or .json", http.StatusNotFound)
		return
	}
	ctx, m, v, err := s.publicContext(r)
	if err != nil {
		s.fail(w, ctx, err)
		return
	}
	var t feeds.Table
	switch set {
	case "agreements":
		t, err = s.agreementsTable(ctx, m, v)
	case "projects":
		t, err = s.projectsTable(ctx, m, v)
	case "case-studies":
		t, err = s.caseStudiesTable(ctx, m, v)
	default:
		http.Error(w, "want agreements, projects or case-studies", http.StatusNotFound)
		return
	}
	if err != nil {
		s.fail(w, ctx, err)
		return
	}
	w.Header().Set("Content-Disposition", fmt.Sprintf("attachment; filename=%q", name))
	if format == "csv" {
		w.Header().Set("Content-Type", "text/csv; charset=utf-8")
		_ = feeds.CSV(w, t)
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	_ = feeds.JSON(w, t)
}

var byID = store.Order{Key: "ID", By: store.Column("id")}

func names(orgs []*model.Organization) string {
	out := make([]string, len(orgs))
	for i, o := range orgs {
		out[i] = o.Name
	}
	return strings.Join(out, "／")
}

func ownerKeys(t model.OwnerType, ids []int64) []store.OwnerKey {
	out := make([]store.OwnerKey, len(ids))
	for i, id := range ids {
		out[i] = store.OwnerKey{Type: t, ID: id}
	}
	return out
}

func published(p model.Publishing) string {
	if p.PublishedAt == nil {
		return ""
	}
	return p.PublishedAt.UTC().Format(time.RFC3339)
}

func (s *Server) agreementsTable(ctx context.Context, m *model.Municipality, v store.Viewer) (feeds.Table, error) {
	rows, err := allPages(func(p store.Page) (store.PageOf[model.Agreement], error) {
		return s.resolver.Content().Agreements(ctx, v, store.AgreementFilter{}, byID, p)
	})
	if err != nil {
		return feeds.Table{}, err
	}
	ids := make([]int64, len(rows))
	for i, a := range rows {
		ids[i] = a.ID
	}
	parties, err := s.resolver.Content().PartnersOf(ctx, v, ownerKeys(model.OwnerAgreement, ids))
	if err != nil {
		return feeds.Table{}, err
	}
	t := feeds.Table{Columns: []string{"id", "kind", "title", "purpose", "parties", "signedOn", "termStartOn", "termEndOn", "items", "status", "publishedAt", "slug", "url"}}
	for _, a := range rows {
		t.Rows = append(t.Rows, []string{a.GetID(), string(a.Kind), a.Title, a.Purpose, names(parties[store.OwnerKey{Type: model.OwnerAgreement, ID: a.ID}]),
			string(a.SignedOn), string(a.TermStartOn), string(a.TermEndOn), strings.Join(a.Items, "／"), string(a.Status), published(a.Publishing), a.Slug, urls.Of(m, a)})
	}
	return t, s.customColumns(ctx, v, &t, model.OwnerAgreement, ids)
}

func (s *Server) projectsTable(ctx context.Context, m *model.Municipality, v store.Viewer) (feeds.Table, error) {
	rows, err := allPages(func(p store.Page) (store.PageOf[model.Project], error) {
		return s.resolver.Content().Projects(ctx, v, store.ProjectFilter{}, byID, p)
	})
	if err != nil {
		return feeds.Table{}, err
	}
	ids := make([]int64, len(rows))
	for i, p := range rows {
		ids[i] = p.ID
	}
	partners, err := s.resolver.Content().PartnersOf(ctx, v, ownerKeys(model.OwnerProject, ids))
	if err != nil {
		return feeds.Table{}, err
	}
	t := feeds.Table{Columns: []string{"id", "kind", "title", "summary", "partners", "startOn", "endOn", "site", "status", "publishedAt", "slug", "url"}}
	for _, p := range rows {
		t.Rows = append(t.Rows, []string{p.GetID(), string(p.Kind), p.Title, p.Summary, names(partners[store.OwnerKey{Type: model.OwnerProject, ID: p.ID}]),
			string(p.StartOn), string(p.EndOn), p.Site, string(p.Status), published(p.Publishing), p.Slug, urls.Of(m, p)})
	}
	return t, s.customColumns(ctx, v, &t, model.OwnerProject, ids)
}

func (s *Server) caseStudiesTable(ctx context.Context, m *model.Municipality, v store.Viewer) (feeds.Table, error) {
	rows, err := allPages(func(p store.Page) (store.PageOf[model.CaseStudy], error) {
		return s.resolver.Content().CaseStudies(ctx, v, store.CaseStudyFilter{}, byID, p)
	})
	if err != nil {
		return feeds.Table{}, err
	}
	ids := make([]int64, len(rows))
	for i, c := range rows {
		ids[i] = c.ID
	}
	keys := ownerKeys(model.OwnerCaseStudy, ids)
	partners, err := s.resolver.Content().PartnersOf(ctx, v, keys)
	if err != nil {
		return feeds.Table{}, err
	}
	res, err := s.resolver.Content().ResourcesOf(ctx, v, keys)
	if err != nil {
		return feeds.Table{}, err
	}
	mer, err := s.resolver.Content().MeritsOf(ctx, v, keys)
	if err != nil {
		return feeds.Table{}, err
	}
	side := func(k store.OwnerKey, sd model.Side) (string, string) {
		var rs, ms []string
		for _, r := range res[k] {
			if r.Side == sd {
				rs = append(rs, "《"+resourceLabel[r.Kind]+"》"+r.Description)
			}
		}
		for _, m := range mer[k] {
			if m.Side == sd {
				ms = append(ms, m.Description)
			}
		}
		return strings.Join(rs, "／"), strings.Join(ms, "／")
	}
	t := feeds.Table{Columns: []string{"id", "title", "locality", "program", "category", "partners", "startOn", "endOn", "summary",
		"cityResources", "partnerResources", "cityMerits", "partnerMerits", "publishedAt", "slug", "url"}}
	for _, c := range rows {
		k := store.OwnerKey{Type: model.OwnerCaseStudy, ID: c.ID}
		cr, cm := side(k, model.SideCity)
		pr, pm := side(k, model.SidePartner)
		t.Rows = append(t.Rows, []string{c.GetID(), c.Title, c.Locality, c.Program, string(c.Category), names(partners[k]),
			string(c.StartOn), string(c.EndOn), c.Summary, cr, pr, cm, pm, published(c.Publishing), c.Slug, urls.Of(m, c)})
	}
	return t, s.customColumns(ctx, v, &t, model.OwnerCaseStudy, ids)
}

// customColumns appends a column "custom.<key>" per PUBLIC custom field of the rows' type to
// an export whose rows are the items ids, in that order; exports are public, so PROPOSER and
// STAFF fields never appear.
func (s *Server) customColumns(ctx context.Context, v store.Viewer, t *feeds.Table, typ model.OwnerType, ids []int64) error {
	defs, vals, err := s.resolver.CustomFields().PublicColumns(ctx, v.MunicipalityID, typ, ids)
	if err != nil {
		return err
	}
	for _, d := range defs {
		t.Columns = append(t.Columns, "custom."+d.Key)
	}
	for i, id := range ids {
		for _, d := range defs {
			t.Rows[i] = append(t.Rows[i], customfield.Format(vals[id][d.ID]))
		}
	}
	return nil
}

var resourceLabel = map[model.ResourceKind]string{
	model.ResourcePeople: "ヒト", model.ResourceGoods: "モノ", model.ResourceMoney: "カネ", model.ResourceInformation: "情報",
}
