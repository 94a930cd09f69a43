package store

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/uptrace/bun"

	"github.com/pppdesk/pppdesk/model"
)

// Viewer states who reads and what they may see; every read takes one, so tenancy, the
// policy's scopes and publication are applied in SQL rather than by filtering afterwards.
type Viewer struct {
	MunicipalityID int64
	Now            time.Time
	UserID         int64
	OrganizationID int64
	// DepartmentIDs is the caller's department and its sub-departments.
	DepartmentIDs []int64
	// Read answers the policy's read scope for a type of row; nil reads published only.
	Read func(model.OwnerType) model.Scope
}

// scope answers the viewer's read scope for a type; internal callers without a policy
// (Read nil) read published content only.
func (v Viewer) scope(t model.OwnerType) model.Scope {
	if v.Read == nil {
		return model.ScopePublished
	}
	return v.Read(t)
}

// departmentColumn names, per content type, the column that ties a row to a department, for
// the department scope.
var departmentColumn = map[model.OwnerType]string{
	model.OwnerChallenge: "department_id",
	model.OwnerProject:   "lead_department_id",
}

// Order is one sort of a list: Key is the API name (kept in cursors so a cursor cannot be
// reused with another order), Expr the SQL expression over the table alias "?TableAlias".
type Order struct {
	Key  string
	Expr string
	Desc bool
}

// Page asks for one page of a list.
type Page struct {
	First   int
	AfterID int64 // 0: from the start
	Count   bool  // also count all matching rows
}

// PageOf is a page of rows, in order, with whether more follow.
type PageOf[T any] struct {
	Items   []*T
	HasNext bool
	Total   int
}

// listPage runs a keyset-paginated select. filter adds the WHERE conditions; it is applied
// to the page query and to the count query alike, so totalCount counts what the page shows.
func listPage[T any](ctx context.Context, db bun.IDB, page Page, order Order, filter func(*bun.SelectQuery) *bun.SelectQuery) (PageOf[T], error) {
	var out PageOf[T]
	items := make([]*T, 0, page.First+1)
	q := filter(db.NewSelect().Model(&items))
	dir, cmp := "ASC", ">"
	if order.Desc {
		dir, cmp = "DESC", "<"
	}
	expr := order.Expr
	if page.AfterID > 0 {
		// Keyset: compare with the cursor row's own value inside the database, so values of
		// any type (dates, times, text) compare exactly as the ORDER BY sorts them.
		sub := strings.ReplaceAll(expr, "?TableAlias.", "c.")
		q = q.Where(fmt.Sprintf("(%[1]s %[2]s (SELECT %[3]s FROM ?TableName AS c WHERE c.id = ?0) OR (%[1]s = (SELECT %[3]s FROM ?TableName AS c WHERE c.id = ?0) AND ?TableAlias.id %[2]s ?0))", expr, cmp, sub), page.AfterID)
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
	if page.Count {
		n, err := filter(db.NewSelect().Model((*T)(nil))).Count(ctx)
		if err != nil {
			return out, fmt.Errorf("count: %w", err)
		}
		out.Total = int(n)
	}
	return out, nil
}

// visible applies tenancy and the viewer's read scope to a publishable table of type t:
// the whole municipality, published content plus the own department's drafts, or published
// content whose time has come.
func visible(q *bun.SelectQuery, v Viewer, t model.OwnerType) *bun.SelectQuery {
	q = q.Where("?TableAlias.municipality_id = ?", v.MunicipalityID)
	published := func(q *bun.SelectQuery) *bun.SelectQuery {
		return q.Where("?TableAlias.publication_state = ?", model.StatePublished).
			Where("?TableAlias.published_at <= ?", v.Now)
	}
	switch v.scope(t) {
	case model.ScopeAll:
		return q
	case model.ScopeDepartment:
		col, ok := departmentColumn[t]
		if !ok || len(v.DepartmentIDs) == 0 {
			return published(q)
		}
		return q.WhereGroup(" AND ", func(q *bun.SelectQuery) *bun.SelectQuery {
			return q.WhereGroup(" OR ", published).
				WhereOr("?TableAlias."+col+" IN (?)", bun.In(v.DepartmentIDs))
		})
	case model.ScopePublished:
		return published(q)
	default:
		// Deny by default: a role the policy gives no read sees nothing.
		return q.Where("1 = 0")
	}
}

// tenant applies tenancy alone, for tables without publication.
func tenant(q *bun.SelectQuery, v Viewer) *bun.SelectQuery {
	return q.Where("?TableAlias.municipality_id = ?", v.MunicipalityID)
}

// likePattern makes a LIKE pattern that matches s literally anywhere; "!" is the escape
// character because backslash escaping differs between SQLite and MySQL.
func likePattern(s string) string {
	r := strings.NewReplacer("!", "!!", "%", "!%", "_", "!_")
	return "%" + r.Replace(s) + "%"
}

// search adds a text search over cols: every whitespace-separated word must occur in one of
// them. LIKE works on Japanese text in both dialects, where their full-text indexes do not.
func search(q *bun.SelectQuery, text string, cols ...string) *bun.SelectQuery {
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
