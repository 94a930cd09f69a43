package store

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/uptrace/bun"
	"github.com/uptrace/bun/schema"

	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/policies"
)

// Viewer is the caller as reads see it; policies owns it, so the scopes have one home.
type Viewer = policies.Viewer

// contentColumns describes a publishable table of type t for the read scopes: tenancy,
// publication, and the column that ties a row to a department where the type has one.
func contentColumns(t model.OwnerType) policies.Columns {
	c := policies.Columns{Municipality: "municipality_id", PublicationState: "publication_state", PublishedAt: "published_at"}
	switch t {
	case model.OwnerChallenge:
		c.Department = "department_id"
	case model.OwnerProject:
		c.Department = "lead_department_id"
	}
	return c
}

// proposalColumns describes proposals for the read scopes. A draft is the proposer's own
// work in progress: the city sees a proposal once submitted.
var proposalColumns = policies.Columns{
	Municipality: "municipality_id",
	Organization: "organization_id",
	Assigned:     &policies.Link{Table: "proposal_assignments", Row: "proposal_id", Department: "department_id"},
	Draft:        &policies.Match{Column: "status", Value: model.ProposalDraft},
}

// organizationColumns describes organizations for the read scopes: an organization's own
// row is its organization's, and a public profile everyone may read.
var organizationColumns = policies.Columns{Municipality: "municipality_id", Organization: "id", Public: "public"}

// userColumns describes accounts for the read scopes; an account is its own owner.
var userColumns = policies.Columns{Municipality: "municipality_id", Organization: "organization_id", Department: "department_id", Owner: "id"}

// tenancy describes a table by its tenancy alone.
var tenancy = policies.Columns{Municipality: "municipality_id"}

// scoped applies scope s of the viewer to a table described by c; policies owns the rule.
func scoped(q *bun.SelectQuery, v Viewer, s model.Scope, c policies.Columns) *bun.SelectQuery {
	pred, args := v.Predicate(s, c)
	return q.Where(pred, args...)
}

// SortBy is what a list is sorted by: the first non-NULL of Cols (columns of the list's
// table), else the SQL literal Else. It is kept structured, not as free SQL, so that a row's
// sort value can be read from the row itself and carried inside its cursor.
type SortBy struct {
	Cols []string
	Else string
}

// Column sorts by one NOT NULL column.
func Column(col string) SortBy { return SortBy{Cols: []string{col}} }

// Coalesce sorts by the first non-NULL of cols, else by the SQL literal elseLit.
func Coalesce(elseLit string, cols ...string) SortBy { return SortBy{Cols: cols, Else: elseLit} }

// nullsLow reports a sort of one nullable column coalesced to the empty string, below every value
// the column holds (dates as text, stored NULL when empty). Both dialects order NULL first
// ascending and last descending, exactly where the empty string puts it, so the plain column gives the same
// order and an index on it serves the order, where no index of MariaDB serves COALESCE.
func (s SortBy) nullsLow() bool { return len(s.Cols) == 1 && s.Else == "''" }

// expr is the SQL expression over the table alias.
func (s SortBy) expr() string {
	if len(s.Cols) == 1 && (s.Else == "" || s.nullsLow()) {
		return "?TableAlias." + s.Cols[0]
	}
	parts := make([]string, 0, len(s.Cols)+1)
	for _, c := range s.Cols {
		parts = append(parts, "?TableAlias."+c)
	}
	if s.Else != "" {
		parts = append(parts, s.Else)
	}
	return "COALESCE(" + strings.Join(parts, ", ") + ")"
}

// Order is one sort of a list: Key is the API name (kept in cursors so a cursor cannot be
// reused with another order).
type Order struct {
	Key  string
	By   SortBy
	Desc bool
}

// Cursor is a keyset position: the sort value of a listed row and its ID. It carries the
// value itself, so continuing a list never looks a row up by ID: a cursor naming a row the
// caller may not see (or that no longer exists) cannot change or reveal anything, it only
// states a position in the order. Value is text (times RFC 3339 in UTC, integers in decimal);
// Null marks a row whose sort columns are all NULL (it sorts as SortBy.Else).
type Cursor struct {
	ID    int64
	Null  bool
	Value string
}

// ErrBadCursor answers a cursor whose value does not fit the list's order.
var ErrBadCursor = errors.New("not a cursor of this list")

// Page asks for one page of a list.
type Page struct {
	First int
	After *Cursor // nil: from the start
	Count bool    // also count all matching rows
	// Lean leaves the row type's heavy columns (HeavyColumns) out of the page: the caller
	// shows none of them.
	Lean bool
}

// PageOf is a page of rows, in order, with their cursors and whether more follow.
type PageOf[T any] struct {
	Items   []*T
	Cursors []Cursor
	HasNext bool
	Total   int
}

// sortField finds the table field of a sort column.
func sortField(t *schema.Table, col string) (*schema.Field, error) {
	f, ok := t.FieldMap[col]
	if !ok {
		return nil, fmt.Errorf("list: %s has no column %s", t.TypeName, col)
	}
	return f, nil
}

// cursorOf reads a row's sort value from the row, in the cursor's text form.
func cursorOf(t *schema.Table, by SortBy, id int64, row reflect.Value) (Cursor, error) {
	for _, col := range by.Cols {
		f, err := sortField(t, col)
		if err != nil {
			return Cursor{}, err
		}
		v := f.Value(row)
		if (v.Kind() == reflect.Pointer && v.IsNil()) || (f.NullZero && v.IsZero()) {
			continue // stored as NULL
		}
		v = reflect.Indirect(v)
		switch x := v.Interface().(type) {
		case time.Time:
			return Cursor{ID: id, Value: x.UTC().Format(time.RFC3339Nano)}, nil
		}
		switch v.Kind() {
		case reflect.String:
			return Cursor{ID: id, Value: v.String()}, nil
		case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
			return Cursor{ID: id, Value: strconv.FormatInt(v.Int(), 10)}, nil
		}
		return Cursor{}, fmt.Errorf("list: cannot sort %s.%s by cursor", t.TypeName, col)
	}
	return Cursor{ID: id, Null: true}, nil
}

// cursorArg turns a cursor's text back into a typed SQL argument for the list's sort, as
// the first column's Go type says; anything that does not parse is ErrBadCursor.
func cursorArg(t *schema.Table, by SortBy, c *Cursor) (any, error) {
	if c.ID <= 0 {
		return nil, ErrBadCursor
	}
	if c.Null {
		if by.Else == "" {
			return nil, ErrBadCursor
		}
		return bun.Safe(by.Else), nil
	}
	f, err := sortField(t, by.Cols[0])
	if err != nil {
		return nil, err
	}
	typ := f.IndirectType
	switch {
	case typ == reflect.TypeFor[time.Time]():
		tm, err := time.Parse(time.RFC3339Nano, c.Value)
		if err != nil {
			return nil, ErrBadCursor
		}
		return tm.UTC(), nil
	case typ.Kind() == reflect.String:
		if !utf8.ValidString(c.Value) || strings.IndexByte(c.Value, 0) >= 0 {
			return nil, ErrBadCursor
		}
		return c.Value, nil
	case typ.Kind() >= reflect.Int && typ.Kind() <= reflect.Int64:
		n, err := strconv.ParseInt(c.Value, 10, 64)
		if err != nil {
			return nil, ErrBadCursor
		}
		return n, nil
	}
	return nil, ErrBadCursor
}

// listPage runs a keyset-paginated select. filter adds the WHERE conditions; it is applied
// to the page query and to the count query alike, so totalCount counts what the page shows.
// The keyset condition compares with the value carried in the cursor, never with a row
// looked up by ID, so only rows inside filter (the caller's scope) ever take part.
func listPage[T any](ctx context.Context, db bun.IDB, page Page, order Order, filter func(*bun.SelectQuery) *bun.SelectQuery) (PageOf[T], error) {
	var out PageOf[T]
	table := db.Dialect().Tables().Get(reflect.TypeFor[T]())
	items := make([]*T, 0, page.First+1)
	q := lean[T](filter(db.NewSelect().Model(&items)), page.Lean)
	dir, cmp := "ASC", ">"
	if order.Desc {
		dir, cmp = "DESC", "<"
	}
	expr := order.By.expr()
	if page.After != nil {
		arg, err := cursorArg(table, order.By, page.After)
		if err != nil {
			return out, err
		}
		q = q.Where(keyset(order.By, expr, cmp, page.After.Null), arg, page.After.ID)
	}
	q = q.OrderExpr(expr + " " + dir).OrderExpr("?TableAlias.id " + dir).Limit(int64(page.First + 1))
	if err := q.Scan(ctx); err != nil {
		return out, fmt.Errorf("list: %w", err)
	}
	if len(items) > page.First {
		out.HasNext = true
		items = items[:page.First]
	}
	out.Items = items
	out.Cursors = make([]Cursor, len(items))
	for i, it := range items {
		row := reflect.ValueOf(it).Elem()
		id := table.PKs[0].Value(row).Int()
		c, err := cursorOf(table, order.By, id, row)
		if err != nil {
			return out, err
		}
		out.Cursors[i] = c
	}
	if page.Count {
		n, err := filter(db.NewSelect().Model((*T)(nil))).Count(ctx)
		if err != nil {
			return out, fmt.Errorf("count: %w", err)
		}
		out.Total = int(n)
	}
	return out, nil
}

// keyset is the condition "after the cursor" (?0 its value, ?1 its ID) for a sort of
// expression expr in direction cmp ("<" or ">"). It is written as a bound on expr alone
// (expr >= ?0) narrowed by the tie-break, not as an OR of the two, so that both planners seek
// the list's index to the cursor instead of scanning from the first row: a deep page costs
// what the first one does. A nullsLow sort compares its NULL rows (first ascending, last
// descending) by IS NULL, as the NULL of SQL compares with nothing.
func keyset(by SortBy, expr, cmp string, null bool) string {
	id := "?TableAlias.id " + cmp + " ?1"
	after := fmt.Sprintf("(%[1]s %[2]s= ?0 AND (%[1]s %[2]s ?0 OR %[3]s))", expr, cmp, id)
	if !by.nullsLow() {
		return after
	}
	switch {
	case null && cmp == ">":
		return "(" + expr + " IS NOT NULL OR " + id + ")"
	case null:
		return "(" + expr + " IS NULL AND " + id + ")"
	case cmp == "<":
		return "(" + expr + " IS NULL OR " + after + ")"
	}
	return after
}

// visible applies tenancy and the viewer's read scope to a publishable table of type t:
// the whole municipality, published content plus the own department's drafts, or published
// content whose time has come.
func visible(q *bun.SelectQuery, v Viewer, t model.OwnerType) *bun.SelectQuery {
	return scoped(q, v, v.ReadScope(t), contentColumns(t))
}

// liveOrder simplifies an order by publish time (published_at, else created_at) for a viewer
// who sees only published content of type t: every row they see has its published_at, so
// the order is that column's, which a plain index serves on both dialects (MariaDB cannot
// index the COALESCE). Cursors are the same either way: a row's value is its published_at.
func liveOrder(o Order, v Viewer, t model.OwnerType) Order {
	if v.ReadScope(t) == model.ScopePublished && len(o.By.Cols) > 1 && o.By.Cols[0] == "published_at" {
		o.By = Column("published_at")
	}
	return o
}

// tenant applies tenancy alone, for tables without publication.
func tenant(q *bun.SelectQuery, v Viewer) *bun.SelectQuery {
	return scoped(q, v, model.ScopeAll, tenancy)
}

// likePattern makes a LIKE pattern that matches s literally anywhere; "!" is the escape
// character because backslash escaping differs between SQLite and MySQL.
func likePattern(s string) string {
	r := strings.NewReplacer("!", "!!", "%", "!%", "_", "!_")
	return "%" + r.Replace(s) + "%"
}

// searchColumns adds a plain text search over cols, as typed: every whitespace-separated
// word must occur in one of them. Only accounts are searched this way (by name and e-mail,
// staff only); everything else has a normalized search text (search in search.go).
func searchColumns(q *bun.SelectQuery, text string, cols ...string) *bun.SelectQuery {
	for _, word := range strings.Fields(text) {
		p := likePattern(word)
		q = q.WhereGroup(" AND ", func(q *bun.SelectQuery) *bun.SelectQuery {
			for _, c := range cols {
				q = q.WhereOr("?TableAlias."+c+" LIKE ? ESCAPE '!'", p)
			}
			return q
		})
	}
	return q
}

// dateRange limits a YYYY-MM-DD text column to an inclusive range.
func dateRange(q *bun.SelectQuery, col string, from, to *model.Date) *bun.SelectQuery {
	if from != nil {
		q = q.Where("?TableAlias."+col+" >= ?", string(*from))
	}
	if to != nil {
		q = q.Where("?TableAlias."+col+" <= ?", string(*to))
	}
	return q
}

// timeRange limits a time column to the calendar days from..to (UTC days, inclusive).
func timeRange(q *bun.SelectQuery, col string, from, to *model.Date) *bun.SelectQuery {
	if from != nil {
		if t, err := time.Parse("2006-01-02", string(*from)); err == nil {
			q = q.Where("?TableAlias."+col+" >= ?", t)
		}
	}
	if to != nil {
		if t, err := time.Parse("2006-01-02", string(*to)); err == nil {
			q = q.Where("?TableAlias."+col+" < ?", t.AddDate(0, 0, 1))
		}
	}
	return q
}

// hasTag keeps rows that carry the tag.
func hasTag(q *bun.SelectQuery, owner model.OwnerType, tag string) *bun.SelectQuery {
	return q.Where("EXISTS (SELECT 1 FROM tags AS t WHERE t.owner_type = ? AND t.owner_id = ?TableAlias.id AND t.name = ?)", owner, tag)
}

// hasPartner keeps rows that list the organization as a partner.
func hasPartner(q *bun.SelectQuery, owner model.OwnerType, orgID int64) *bun.SelectQuery {
	return q.Where("EXISTS (SELECT 1 FROM content_partners AS p WHERE p.owner_type = ? AND p.owner_id = ?TableAlias.id AND p.organization_id = ?)", owner, orgID)
}
