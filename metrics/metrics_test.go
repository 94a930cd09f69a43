package metrics

import (
	"fmt"
	"testing"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
)

func TestOperationLabel(t *testing.T) {
	field := func(name, alias string) *ast.Field { return &ast.Field{Name: name, Alias: alias} }
	op := func(kind ast.Operation, sel ...ast.Selection) *graphql.OperationContext {
		return &graphql.OperationContext{OperationName: "ClientChosen", Operation: &ast.OperationDefinition{Name: "ClientChosen", Operation: kind, SelectionSet: sel}}
	}
	frag := &ast.FragmentSpread{Definition: &ast.FragmentDefinition{SelectionSet: ast.SelectionSet{field("proposals", "")}}}
	for _, c := range []struct {
		oc   *graphql.OperationContext
		want string
	}{
		{nil, Invalid},
		{&graphql.OperationContext{}, Invalid},
		{op(ast.Query, field("proposals", "evil")), "query proposals"},
		{op(ast.Query, field("proposals", "a"), field("proposals", "b")), "query proposals"},
		{op(ast.Mutation, field("submitProposal", "")), "mutation submitProposal"},
		{op(ast.Query, field("proposals", ""), field("challenges", "")), "query multiple"},
		{op(ast.Query, frag), "query proposals"},
		{op(ast.Query, &ast.InlineFragment{SelectionSet: ast.SelectionSet{field("challenges", "")}}), "query challenges"},
	} {
		if got := OperationLabel(c.oc); got != c.want {
			t.Errorf("OperationLabel = %q, want %q", got, c.want)
		}
	}
}

func TestLabelsAreCapped(t *testing.T) {
	m := New(nil)
	for i := range MaxOperations + 50 {
		m.Observe(fmt.Sprintf("query f%d", i), true, time.Millisecond, 1)
	}
	if n := len(m.Labels()); n != MaxOperations {
		t.Fatalf("%d labels kept, want %d", n, MaxOperations)
	}
	if m.bound("query f0") != "query f0" || m.bound("query new") != Other {
		t.Fatal("cap does not keep known labels or fold new ones into other")
	}
}
