package resolvers

import (
	"context"
	"encoding/base64"
	"strconv"
	"strings"

	"github.com/99designs/gqlgen/graphql"

	"github.com/pppdesk/pppdesk/apperr"
	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/store"
)

// Page size limits of DESIGN.md.
const (
	DefaultFirst = 20
	MaxFirst     = 100
)

// cursorPrefix versions the cursor format so it can change without misreading old cursors.
const cursorPrefix = "c1|"

// encodeCursor makes an opaque keyset cursor: the row's ID under the order it was listed in.
func encodeCursor(order store.Order, id int64) string {
	dir := "A"
	if order.Desc {
		dir = "D"
	}
	return base64.RawURLEncoding.EncodeToString([]byte(cursorPrefix + order.Key + "|" + dir + "|" + strconv.FormatInt(id, 10)))
}

// pageArgs checks first and after; a cursor made under another order is refused rather than
// silently giving a wrong page.
func pageArgs(ctx context.Context, first *int, after *string, order store.Order) (store.Page, error) {
	p := store.Page{First: DefaultFirst, Count: selects(ctx, "totalCount")}
	if first != nil {
		if *first < 0 || *first > MaxFirst {
			return p, apperr.Invalid("first", "must be between 0 and %d, got %d", MaxFirst, *first)
		}
		p.First = *first
	}
	if after != nil && *after != "" {
		raw, err := base64.RawURLEncoding.DecodeString(*after)
		parts := strings.Split(strings.TrimPrefix(string(raw), cursorPrefix), "|")
		if err != nil || !strings.HasPrefix(string(raw), cursorPrefix) || len(parts) != 3 {
			return p, apperr.Invalid("after", "not a cursor of this list")
		}
		id, err := strconv.ParseInt(parts[2], 10, 64)
		if err != nil || id <= 0 {
			return p, apperr.Invalid("after", "not a cursor of this list")
		}
		want := encodeCursor(order, id)
		if want != *after {
			return p, apperr.Invalid("after", "cursor was made for another order (%s %s); start again without after", parts[0], parts[1])
		}
		p.AfterID = id
	}
	return p, nil
}

// selects reports whether the current field's selection includes a direct child field.
func selects(ctx context.Context, name string) bool {
	for _, f := range graphql.CollectFieldsCtx(ctx, nil) {
		if f.Name == name {
			return true
		}
	}
	return false
}

// nodeFields answers the fields selected under edges { node { … } } of a connection field.
func nodeFields(ctx context.Context) map[string]bool {
	out := map[string]bool{}
	oc := graphql.GetOperationContext(ctx)
	for _, e := range graphql.CollectFieldsCtx(ctx, nil) {
		if e.Name != "edges" {
			continue
		}
		for _, n := range graphql.CollectFields(oc, e.Selections, nil) {
			if n.Name != "node" {
				continue
			}
			for _, f := range graphql.CollectFields(oc, n.Selections, nil) {
				out[f.Name] = true
			}
		}
	}
	return out
}

// pageInfo shapes the Relay page info of a page.
func pageInfo[T any](page store.PageOf[T], p store.Page, order store.Order, id func(*T) int64) *model.PageInfo {
	info := &model.PageInfo{HasNextPage: page.HasNext, HasPreviousPage: p.AfterID > 0}
	if n := len(page.Items); n > 0 {
		start, end := encodeCursor(order, id(page.Items[0])), encodeCursor(order, id(page.Items[n-1]))
		info.StartCursor, info.EndCursor = &start, &end
	}
	return info
}

// orderOf maps an API order field to its SQL expression; unknown fields fall back to the
// default, which the schema's enum makes unreachable.
func orderOf(exprs map[string]string, field string, dir model.OrderDirection) store.Order {
	return store.Order{Key: field, Expr: exprs[field], Desc: dir == model.Desc}
}

// Sort expressions. Nullable columns are coalesced so keyset comparison never meets NULL.
const (
	publishedExpr = "COALESCE(?TableAlias.published_at, ?TableAlias.created_at)"
	titleExpr     = "?TableAlias.title"
)

func dateExpr(col string) string { return "COALESCE(?TableAlias." + col + ", '')" }
