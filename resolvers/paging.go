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
// c2 carries the row's sort value; c1 cursors (an ID only, which made the server look a
// row up outside the caller's scope) are refused.
const cursorPrefix = "c2|"

// maxCursor bounds the length of a cursor a client may send.
const maxCursor = 4096

// encodeCursor makes an opaque keyset cursor: the order it was made under, the row's ID and
// its sort value, so that the next page is found by comparing values, never by looking the
// row up again.
func encodeCursor(order store.Order, c store.Cursor) string {
	dir := "A"
	if order.Desc {
		dir = "D"
	}
	val := "v" + c.Value
	if c.Null {
		val = "n"
	}
	return base64.RawURLEncoding.EncodeToString([]byte(cursorPrefix + order.Key + "|" + dir + "|" + strconv.FormatInt(c.ID, 10) + "|" + val))
}

// decodeCursor reads a cursor made by encodeCursor under order; the store checks its value
// against the list's sort.
func decodeCursor(after string, order store.Order) (*store.Cursor, error) {
	bad := apperr.Invalid("after", "not a cursor of this list")
	if len(after) > maxCursor {
		return nil, bad
	}
	raw, err := base64.RawURLEncoding.DecodeString(after)
	if err != nil || !strings.HasPrefix(string(raw), cursorPrefix) {
		return nil, bad
	}
	parts := strings.SplitN(strings.TrimPrefix(string(raw), cursorPrefix), "|", 4)
	if len(parts) != 4 {
		return nil, bad
	}
	id, err := strconv.ParseInt(parts[2], 10, 64)
	if err != nil || id <= 0 {
		return nil, bad
	}
	c := &store.Cursor{ID: id}
	switch {
	case parts[3] == "n":
		c.Null = true
	case strings.HasPrefix(parts[3], "v"):
		c.Value = parts[3][1:]
	default:
		return nil, bad
	}
	if encodeCursor(order, *c) != after {
		return nil, apperr.Invalid("after", "cursor was made for another order (%s %s); start again without after", parts[0], parts[1])
	}
	return c, nil
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
		c, err := decodeCursor(*after, order)
		if err != nil {
			return p, err
		}
		p.After = c
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
func pageInfo[T any](page store.PageOf[T], p store.Page, order store.Order) *model.PageInfo {
	info := &model.PageInfo{HasNextPage: page.HasNext, HasPreviousPage: p.After != nil}
	if n := len(page.Cursors); n > 0 {
		start, end := encodeCursor(order, page.Cursors[0]), encodeCursor(order, page.Cursors[n-1])
		info.StartCursor, info.EndCursor = &start, &end
	}
	return info
}

// orderOf maps an API order field to its sort; unknown fields fall back to the default,
// which the schema's enum makes unreachable.
func orderOf(sorts map[string]store.SortBy, field string, dir model.OrderDirection) store.Order {
	return store.Order{Key: field, By: sorts[field], Desc: dir == model.Desc}
}

// Sorts shared by several lists. Nullable columns are coalesced so keyset comparison never
// meets NULL.
var (
	publishedSort = store.Coalesce("", "published_at", "created_at")
	titleSort     = store.Column("title")
)

func dateSort(col string) store.SortBy { return store.Coalesce("''", col) }
