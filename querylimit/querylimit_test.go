package querylimit_test

import (
	"context"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/pppdesk/pppdesk/querylimit"
)

var schema = gqlparser.MustLoadSchema(&ast.Source{Input: `
type Query { items(first: Int): ItemConnection! tree: [Node!]! one: Node }
type ItemConnection { edges: [ItemEdge!]! totalCount: Int! }
type ItemEdge { node: Node! }
type Node { name: String! children: [Node!]! parent: Node }
`})

func check(t *testing.T, l querylimit.Limits, query string) string {
	t.Helper()
	err := querylimit.New(schema, l).MutateOperationParameters(context.Background(), &graphql.RawParams{Query: query})
	if err == nil {
		return ""
	}
	return err.Message
}

// TestNegativeTurnsLimitsOff: -1 disables a limit (the parser's token limit included).
func TestNegativeTurnsLimitsOff(t *testing.T) {
	q := `{ one {` + strings.Repeat(" name", 3000) + ` } }`
	if msg := check(t, querylimit.Limits{MaxTokens: 100}, q); !strings.Contains(msg, querylimit.FlagTokens) {
		t.Fatalf("token limit: %q", msg)
	}
	off := querylimit.Limits{MaxTokens: -1, MaxFields: -1, MaxComplexity: -1}
	if msg := check(t, off, q); msg != "" {
		t.Fatalf("limits off, yet refused: %q", msg)
	}
}

// TestMeasure pins the cost model: connections multiply by first once, lists by their
// estimate, depth counts through fragments.
func TestMeasure(t *testing.T) {
	l := querylimit.Limits{ListEstimates: map[string]int{"Node.children": 5}}
	cases := []struct {
		query             string
		complexity, depth int
	}{
		{`{ items(first: 7) { totalCount edges { node { name } } } }`, 1 + 7*(1+1+1+1), 4},
		{`{ items { edges { node { name } } } }`, 1 + 20*3, 4},
		{`{ tree { name children { name } } }`, 1 + 10*(1+1+5*1), 3},
		{`fragment F on Node { children { name } } { one { ...F } }`, 1 + 1 + 5, 3},
	}
	for _, c := range cases {
		doc, err := gqlparser.LoadQueryWithRules(schema, c.query, nil)
		if err != nil {
			t.Fatal(err)
		}
		got := querylimit.Measure(schema, doc, doc.Operations[0], nil, l)
		if got.Complexity != c.complexity || got.Depth != c.depth {
			t.Fatalf("%s: complexity %d depth %d, want %d %d", c.query, got.Complexity, got.Depth, c.complexity, c.depth)
		}
	}
}
