package resolvers

import (
	"context"
	"sync"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/store"
)

// leanFields are, per GraphQL type, the fields a row read without its heavy columns
// (store.HeavyColumns) answers exactly as a full row does: they read none of those columns,
// and their resolvers hand the row to nothing that might. A selection of anything else
// (a new field included) reads full rows, so a mistake here can only cost speed.
var leanFields = map[string]map[string]bool{
	"Proposal": set("__typename", "id", "kind", "challenge", "organization", "title", "status",
		"termsAcceptedAt", "submittedAt", "decidedAt", "version", "resources", "merits",
		"project", "agreement", "createdAt", "updatedAt"),
	"Organization": set("__typename", "id", "name", "kind", "public", "version"),
	"Challenge": set("__typename", "id", "title", "department", "tags", "opensAt", "closesAt",
		"isOpen", "media", "publicationState", "version", "publishedAt", "createdAt", "updatedAt"),
}

func set(names ...string) map[string]bool {
	out := make(map[string]bool, len(names))
	for _, n := range names {
		out[n] = true
	}
	return out
}

// leanTypeOf names the GraphQL type of the rows of a list of T, "" for a type whose reads
// are never lean.
func leanTypeOf[T any]() string {
	switch any((*T)(nil)).(type) {
	case *model.Proposal:
		return "Proposal"
	case *model.Organization:
		return "Organization"
	case *model.Challenge:
		return "Challenge"
	}
	return ""
}

// leanPage reports whether a page of T whose nodes select sel may be read without the
// heavy columns: the page's rows reach the answer only as those nodes.
func leanPage[T any](sel map[string]bool) bool {
	light := leanFields[leanTypeOf[T]()]
	if light == nil || len(sel) == 0 {
		return false
	}
	for f := range sel {
		if !light[f] {
			return false
		}
	}
	return true
}

// leanOperation reports whether no field of the whole operation, through any path or
// fragment, reads a heavy column of typ: a by-ID loader serves every field of the request
// that reaches a row of typ, so it may read lean rows only then. Without an operation (a
// non-GraphQL caller) the answer is no.
func leanOperation(ctx context.Context, typ string) bool {
	light := leanFields[typ]
	if light == nil || !graphql.HasOperationContext(ctx) {
		return false
	}
	oc := graphql.GetOperationContext(ctx)
	if oc == nil || oc.Operation == nil {
		return false
	}
	w := selectionWalk{doc: oc.Doc, typ: typ, light: light, seen: map[string]bool{}}
	return w.lean(oc.Operation.SelectionSet)
}

// selectionWalk visits an operation's selections, fragments included, once each.
type selectionWalk struct {
	doc   *ast.QueryDocument
	typ   string
	light map[string]bool
	seen  map[string]bool // fragments visited
}

// lean answers whether no field of ss reads a field of w.typ outside w.light. A field
// selected on an interface or union may be answered by a row of w.typ, so it counts too;
// a field whose parent type is unknown counts as heavy.
func (w *selectionWalk) lean(ss ast.SelectionSet) bool {
	for _, s := range ss {
		switch s := s.(type) {
		case *ast.Field:
			parent := s.ObjectDefinition
			if parent == nil {
				return false
			}
			if parent.Name == w.typ || parent.Kind == ast.Interface || parent.Kind == ast.Union {
				if !w.light[s.Name] {
					return false
				}
			}
			if !w.lean(s.SelectionSet) {
				return false
			}
		case *ast.InlineFragment:
			if !w.lean(s.SelectionSet) {
				return false
			}
		case *ast.FragmentSpread:
			if w.seen[s.Name] {
				continue
			}
			w.seen[s.Name] = true
			def := s.Definition
			if def == nil && w.doc != nil {
				def = w.doc.Fragments.ForName(s.Name)
			}
			if def == nil || !w.lean(def.SelectionSet) {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// leanByID makes a by-ID fetch of typ read lean rows when, decided once per request at its
// first batch, the operation never selects a heavy field of typ; else full rows.
func leanByID[T any](typ string, full, lean func(context.Context, store.Viewer, []int64) ([]*T, error)) func(context.Context, store.Viewer, []int64) ([]*T, error) {
	var once sync.Once
	var on bool
	return func(ctx context.Context, v store.Viewer, ids []int64) ([]*T, error) {
		once.Do(func() { on = leanOperation(ctx, typ) })
		if on {
			return lean(ctx, v, ids)
		}
		return full(ctx, v, ids)
	}
}
