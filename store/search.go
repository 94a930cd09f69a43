package store

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/uptrace/bun"
	"github.com/uptrace/bun/dialect"

	"github.com/pppdesk/pppdesk/jp"
	"github.com/pppdesk/pppdesk/model"
)

// Search: every searchable row has one row in search_texts holding its text (titles,
// summaries, bodies, tags, partner names) normalized by jp.SearchKey; a query is normalized
// by the same function and each of its words must occur in that text. Both databases then
// compare the same already-normalized bytes (MariaDB through the column's utf8mb4_bin
// collation; SQLite's LIKE folds nothing but ASCII case, and normalized text has no upper
// case), so they find the same rows, where before MariaDB's collation folded ＡＩ/ai and
// ﾒﾙｶﾘ/めるかり and SQLite did not.
//
// A side table rather than a column on each table: the text is kept and read by one piece
// of code keyed like tags and partners (owner type and ID), the rows' own reads never carry
// it, and the backfill finds what is missing or stale with one anti-join per type.

// searchText is one searchable row's normalized text. Version is jp.SearchKeyVersion and
// searchFields together (searchVersion): text kept under other rules is rebuilt at start.
type searchText struct {
	bun.BaseModel `bun:"table:search_texts"`

	OwnerType      model.OwnerType `bun:"owner_type,pk,type:varchar(64)"`
	OwnerID        int64           `bun:"owner_id,pk"`
	MunicipalityID int64           `bun:"municipality_id,notnull"`
	Version        int             `bun:"version,notnull"`
	Body           string          `bun:"body,notnull,type:mediumtext"`
}

// searchVersion changes whenever the normalizer or what goes into a row's text changes, so
// the start-up backfill rebuilds every text kept under the old rules. 2: the purge of a sole
// proprietor's name did not rebuild the texts holding it; the rebuild forgets the names
// purged before.
const searchVersion = jp.SearchKeyVersion*1000 + 2

// searchTables names the table of each searchable type; the lists of these types take a
// search argument.
var searchTables = map[model.OwnerType]string{
	model.OwnerChallenge:    "challenges",
	model.OwnerAgreement:    "agreements",
	model.OwnerProject:      "projects",
	model.OwnerCaseStudy:    "case_studies",
	model.OwnerAnnouncement: "announcements",
	model.OwnerProposal:     "proposals",
	model.OwnerOrganization: "organizations",
}

// searchableTypes is searchTables' keys in a fixed order, for the backfill.
var searchableTypes = []model.OwnerType{
	model.OwnerChallenge, model.OwnerAgreement, model.OwnerProject, model.OwnerCaseStudy,
	model.OwnerAnnouncement, model.OwnerProposal, model.OwnerOrganization,
}

// search keeps the rows of owner type t whose search text holds every word of the user's
// text, both normalized by jp.SearchKey; an empty or blank text keeps every row. It adds a
// filter only: the list's order and the index serving it stay as they are.
func search(q *bun.SelectQuery, t model.OwnerType, text string) *bun.SelectQuery {
	words := strings.Fields(jp.SearchKey(text))
	if len(words) == 0 {
		return q
	}
	slices.Sort(words)
	words = slices.Compact(words)
	var b strings.Builder
	b.WriteString("EXISTS (SELECT 1 FROM search_texts AS st WHERE st.owner_type = ? AND st.owner_id = ?TableAlias.id")
	args := []any{t}
	for _, w := range words {
		b.WriteString(" AND st.body LIKE ? ESCAPE '!'")
		args = append(args, likePattern(w))
	}
	b.WriteString(")")
	return q.Where(b.String(), args...)
}

// searchCtxKey carries a transaction's searchPending in its context.
type searchCtxKey struct{}

// searchPending collects the rows a transaction changed, so that their search texts are
// rebuilt once, at its end, however many of its statements touched them.
type searchPending struct {
	keys map[OwnerKey]struct{}
}

// withSearchPending gives a transaction's context the set its writes mark.
func withSearchPending(ctx context.Context) (context.Context, *searchPending) {
	p := &searchPending{keys: map[OwnerKey]struct{}{}}
	return context.WithValue(ctx, searchCtxKey{}, p), p
}

// flush rebuilds the search texts of every row marked in the transaction db.
func (p *searchPending) flush(ctx context.Context, db bun.IDB) error {
	if len(p.keys) == 0 {
		return nil
	}
	keys := make([]OwnerKey, 0, len(p.keys))
	for k := range p.keys {
		keys = append(keys, k)
	}
	clear(p.keys)
	return RefreshSearch(ctx, db, keys...)
}

// touchSearch marks rows whose searched text changed: inside InTx their texts are rebuilt
// when the transaction's work is done, elsewhere at once. Types that are not searched are
// ignored.
func touchSearch(ctx context.Context, db bun.IDB, keys ...OwnerKey) error {
	keys = slices.DeleteFunc(slices.Clone(keys), func(k OwnerKey) bool { _, ok := searchTables[k.Type]; return !ok || k.ID == 0 })
	if len(keys) == 0 {
		return nil
	}
	if p, ok := ctx.Value(searchCtxKey{}).(*searchPending); ok {
		for _, k := range keys {
			p.keys[k] = struct{}{}
		}
		return nil
	}
	return RefreshSearch(ctx, db, keys...)
}

// touchOrganizations marks organizations whose name changed (or that came or went), and
// every row whose text carries their name: the content listing them as partners and the
// proposals they made.
func touchOrganizations(ctx context.Context, db bun.IDB, ids ...int64) error {
	keys := make([]OwnerKey, 0, len(ids))
	for _, id := range ids {
		keys = append(keys, OwnerKey{model.OwnerOrganization, id})
	}
	var listed []struct {
		OwnerType model.OwnerType `bun:"owner_type"`
		OwnerID   int64           `bun:"owner_id"`
	}
	if err := db.NewSelect().TableExpr("content_partners").ColumnExpr("DISTINCT owner_type, owner_id").
		Where("organization_id IN (?)", bun.List(ids)).Scan(ctx, &listed); err != nil {
		return fmt.Errorf("search: partners of organizations: %w", err)
	}
	for _, l := range listed {
		keys = append(keys, OwnerKey{l.OwnerType, l.OwnerID})
	}
	var proposals []int64
	if err := db.NewSelect().TableExpr("proposals").Column("id").
		Where("organization_id IN (?)", bun.List(ids)).Scan(ctx, &proposals); err != nil {
		return fmt.Errorf("search: proposals of organizations: %w", err)
	}
	for _, id := range proposals {
		keys = append(keys, OwnerKey{model.OwnerProposal, id})
	}
	return touchSearch(ctx, db, keys...)
}

// searchOwner names the searchable row a model value is, for writes given any model.
func searchOwner(row any) (OwnerKey, bool) {
	switch r := row.(type) {
	case *model.Challenge:
		return OwnerKey{model.OwnerChallenge, r.ID}, true
	case *model.Agreement:
		return OwnerKey{model.OwnerAgreement, r.ID}, true
	case *model.Project:
		return OwnerKey{model.OwnerProject, r.ID}, true
	case *model.CaseStudy:
		return OwnerKey{model.OwnerCaseStudy, r.ID}, true
	case *model.Announcement:
		return OwnerKey{model.OwnerAnnouncement, r.ID}, true
	case *model.Proposal:
		return OwnerKey{model.OwnerProposal, r.ID}, true
	case *model.Organization:
		return OwnerKey{model.OwnerOrganization, r.ID}, true
	}
	return OwnerKey{}, false
}

// searchDoc gathers one row's text before normalization.
type searchDoc struct {
	mid   int64
	parts []string
}

// RefreshSearch rebuilds the search texts of the given rows from what db holds now: their
// own fields, tags and partners' names. Deleted rows keep a text too, so that an undeleted
// row is found again; the lists leave deleted rows out anyway.
func RefreshSearch(ctx context.Context, db bun.IDB, keys ...OwnerKey) error {
	for t, ids := range group(keys) {
		for chunk := range slices.Chunk(ids, 200) {
			if err := refreshSearch(ctx, db, t, chunk); err != nil {
				return err
			}
		}
	}
	return nil
}

// refreshSearch rebuilds the texts of rows of one type.
func refreshSearch(ctx context.Context, db bun.IDB, t model.OwnerType, ids []int64) error {
	docs, err := searchFields(ctx, db, t, ids)
	if err != nil {
		return fmt.Errorf("search %s: %w", t, err)
	}
	if len(docs) == 0 {
		return nil
	}
	if err := searchRelated(ctx, db, t, docs); err != nil {
		return fmt.Errorf("search %s: %w", t, err)
	}
	rows := make([]*searchText, 0, len(docs))
	for id, d := range docs {
		rows = append(rows, &searchText{OwnerType: t, OwnerID: id, MunicipalityID: d.mid, Version: searchVersion,
			Body: jp.SearchKey(strings.Join(d.parts, "\n"))})
	}
	slices.SortFunc(rows, func(a, b *searchText) int { return cmp.Compare(a.OwnerID, b.OwnerID) })
	// Bodies may be long: a few rows per statement keep each within packet limits.
	for chunk := range slices.Chunk(rows, 20) {
		q := db.NewInsert().Model(&chunk)
		if db.Dialect().Name() == dialect.MySQL {
			q = q.On("DUPLICATE KEY UPDATE").Set("municipality_id = VALUES(municipality_id)").
				Set("version = VALUES(version)").Set("body = VALUES(body)")
		} else {
			q = q.On("CONFLICT (owner_type, owner_id) DO UPDATE").Set("municipality_id = EXCLUDED.municipality_id").
				Set("version = EXCLUDED.version").Set("body = EXCLUDED.body")
		}
		if _, err := q.Exec(ctx); err != nil {
			return fmt.Errorf("search %s: write: %w", t, err)
		}
	}
	return nil
}

// rowsByID loads rows of T by ID, deleted ones too.
func rowsByID[T any](ctx context.Context, db bun.IDB, ids []int64) ([]*T, error) {
	var rows []*T
	err := db.NewSelect().Model(&rows).WhereAllWithDeleted().Where("?TableAlias.id IN (?)", bun.List(ids)).Scan(ctx)
	return rows, err
}

// docsOf makes the documents of rows by their ID, municipality and searched fields.
func docsOf[T any](rows []*T, err error, fields func(*T) (int64, int64, []string)) (map[int64]*searchDoc, error) {
	if err != nil {
		return nil, err
	}
	docs := make(map[int64]*searchDoc, len(rows))
	for _, r := range rows {
		id, mid, parts := fields(r)
		docs[id] = &searchDoc{mid: mid, parts: parts}
	}
	return docs, nil
}

// searchFields answers the searched fields of rows of one type: what a reader of the list
// recognizes an item by (titles, summaries, bodies, places, names), not codes or contacts.
func searchFields(ctx context.Context, db bun.IDB, t model.OwnerType, ids []int64) (map[int64]*searchDoc, error) {
	switch t {
	case model.OwnerChallenge:
		rows, err := rowsByID[model.Challenge](ctx, db, ids)
		return docsOf(rows, err, func(r *model.Challenge) (int64, int64, []string) {
			return r.ID, r.MunicipalityID, []string{r.Title, r.Background, r.DesiredOutcome}
		})
	case model.OwnerAgreement:
		rows, err := rowsByID[model.Agreement](ctx, db, ids)
		return docsOf(rows, err, func(r *model.Agreement) (int64, int64, []string) {
			return r.ID, r.MunicipalityID, append([]string{r.Title, r.Purpose}, r.Items...)
		})
	case model.OwnerProject:
		rows, err := rowsByID[model.Project](ctx, db, ids)
		return docsOf(rows, err, func(r *model.Project) (int64, int64, []string) {
			return r.ID, r.MunicipalityID, []string{r.Title, r.Summary, r.Site}
		})
	case model.OwnerCaseStudy:
		rows, err := rowsByID[model.CaseStudy](ctx, db, ids)
		return docsOf(rows, err, func(r *model.CaseStudy) (int64, int64, []string) {
			return r.ID, r.MunicipalityID, []string{r.Title, r.Summary, r.Locality, r.Program}
		})
	case model.OwnerAnnouncement:
		rows, err := rowsByID[model.Announcement](ctx, db, ids)
		return docsOf(rows, err, func(r *model.Announcement) (int64, int64, []string) {
			return r.ID, r.MunicipalityID, []string{r.Title, r.Body}
		})
	case model.OwnerProposal:
		rows, err := rowsByID[model.Proposal](ctx, db, ids)
		if err != nil {
			return nil, err
		}
		docs, _ := docsOf(rows, nil, func(r *model.Proposal) (int64, int64, []string) {
			return r.ID, r.MunicipalityID, []string{r.Title, r.Summary, r.Body}
		})
		// The proposing organization's name: the desk looks proposals up by company.
		orgIDs := make([]int64, 0, len(rows))
		for _, r := range rows {
			orgIDs = append(orgIDs, r.OrganizationID)
		}
		var orgs []*model.Organization
		if err := db.NewSelect().Model(&orgs).Column("id", "name", "kana").
			Where("?TableAlias.id IN (?)", bun.List(nonEmpty(orgIDs))).Scan(ctx); err != nil {
			return nil, err
		}
		byID := make(map[int64]*model.Organization, len(orgs))
		for _, o := range orgs {
			byID[o.ID] = o
		}
		for _, r := range rows {
			if o := byID[r.OrganizationID]; o != nil {
				docs[r.ID].parts = append(docs[r.ID].parts, o.Name, o.Kana)
			}
		}
		return docs, nil
	case model.OwnerOrganization:
		rows, err := rowsByID[model.Organization](ctx, db, ids)
		return docsOf(rows, err, func(r *model.Organization) (int64, int64, []string) {
			return r.ID, r.MunicipalityID, []string{r.Name, r.Kana}
		})
	}
	return nil, nil
}

// searchRelated adds the rows' tags and their partners' names. A partner's name is public
// wherever the content is (PartnersOf shows it); its kana only when its profile is.
func searchRelated(ctx context.Context, db bun.IDB, t model.OwnerType, docs map[int64]*searchDoc) error {
	if t == model.OwnerProposal || t == model.OwnerOrganization {
		return nil
	}
	ids := make([]int64, 0, len(docs))
	for id := range docs {
		ids = append(ids, id)
	}
	var tags []*model.Tag
	if err := db.NewSelect().Model(&tags).Column("owner_id", "name").Where("owner_type = ?", t).
		Where("owner_id IN (?)", bun.List(ids)).OrderExpr("position, id").Scan(ctx); err != nil {
		return fmt.Errorf("tags: %w", err)
	}
	for _, g := range tags {
		docs[g.OwnerID].parts = append(docs[g.OwnerID].parts, g.Name)
	}
	var partners []struct {
		OwnerID int64  `bun:"owner_id"`
		Name    string `bun:"name"`
		Kana    string `bun:"kana"`
		Public  bool   `bun:"public"`
	}
	if err := db.NewSelect().TableExpr("content_partners AS cp").ColumnExpr("cp.owner_id, o.name, o.kana, o.public").
		Join("JOIN organizations AS o ON o.id = cp.organization_id").
		Where("cp.owner_type = ?", t).Where("cp.owner_id IN (?)", bun.List(ids)).Where("o.deleted_at IS NULL").
		OrderExpr("cp.position, cp.id").Scan(ctx, &partners); err != nil {
		return fmt.Errorf("partners: %w", err)
	}
	for _, p := range partners {
		d := docs[p.OwnerID]
		d.parts = append(d.parts, p.Name)
		if p.Public {
			d.parts = append(d.parts, p.Kana)
		}
	}
	return nil
}

// backfillSearch gives every searchable row written before search_texts existed, or kept
// under older rules, its text: in batches, each in its own transaction, so a large
// database is not held in one, and a start cut short resumes where it stopped. It runs at
// every start and costs one query per type when nothing is missing.
func (s *Store) backfillSearch(ctx context.Context) error {
	const batch = 500
	for _, t := range searchableTypes {
		var after int64
		for {
			var ids []int64
			err := s.DB.NewSelect().TableExpr(searchTables[t]+" AS x").Column("x.id").
				Join("LEFT JOIN search_texts AS st ON st.owner_type = ? AND st.owner_id = x.id", t).
				Where("x.id > ?", after).Where("(st.owner_id IS NULL OR st.version <> ?)", searchVersion).
				OrderExpr("x.id").Limit(batch).Scan(ctx, &ids)
			if err != nil {
				return fmt.Errorf("search backfill %s: %w", t, err)
			}
			if len(ids) == 0 {
				break
			}
			keys := make([]OwnerKey, len(ids))
			for i, id := range ids {
				keys[i] = OwnerKey{t, id}
			}
			if err := s.DB.RunInTx(ctx, nil, func(ctx context.Context, tx bun.Tx) error {
				return RefreshSearch(ctx, tx, keys...)
			}); err != nil {
				return fmt.Errorf("search backfill: %w", err)
			}
			if len(ids) < batch {
				break
			}
			after = ids[len(ids)-1]
		}
	}
	return nil
}
