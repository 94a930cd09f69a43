// Package querylimit bounds what one GraphQL request may cost before it runs (tokens, fields,
// aliases, depth, mutation root fields and a list-aware complexity) and while it runs (a
// deadline and a response-size cap). One generic walker over the parsed operation and the
// schema measures every request, so a field added to the schema later is covered without
// writing a complexity function for it.
package querylimit

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
	"github.com/vektah/gqlparser/v2/parser"
)

// Defaults keep every page of the portal and the admin working (a page of 100 case studies
// with partners, resources, merits and tags costs about 10,000) while refusing the nested
// and repeated queries of issue 8 in milliseconds.
const (
	DefaultMaxTokens        = 5000
	DefaultMaxFields        = 400
	DefaultMaxDirectives    = 4
	DefaultMaxAliases       = 30
	DefaultMaxDepth         = 12
	DefaultMaxComplexity    = 50000
	DefaultMaxRootFields    = 30
	DefaultTimeout          = 10 * time.Second
	DefaultMaxResponseBytes = 8 << 20
	DefaultFirst            = 20
	DefaultListEstimate     = 10
	DefaultMaxSubscriptions = 20
)

// DefaultListEstimates are the declared sizes of lists that have no first argument and can
// grow with the data; any other list counts as DefaultListEstimate items.
var DefaultListEstimates = map[string]int{
	"Municipality.departments": 200,
	"Department.children":      20,
}

// Limits are the bounds of one request. A zero field takes its default; a negative one
// turns that limit off (for trusted deployments that measured their own clients).
type Limits struct {
	// MaxTokens caps the lexer tokens of a query, checked while parsing.
	MaxTokens int
	// MaxFields caps the fields of the operation with fragments expanded, checked before
	// validation, whose overlapping-fields rule is quadratic in them.
	MaxFields int
	// MaxAliases caps aliased fields, which repeat work under new names.
	MaxAliases int
	// MaxDirectives caps the directives on one field, fragment or operation (@include and
	// @skip are the ones a client needs), so repeated unknown directives cannot multiply
	// validation errors.
	MaxDirectives int
	// MaxDepth caps the nesting of fields, counted through fragments.
	MaxDepth int
	// MaxComplexity caps the estimated number of resolved fields: a field whose type is a
	// connection or that takes first multiplies its subtree by first, any other list by
	// its estimate.
	MaxComplexity int
	// MaxRootFields caps the root fields of one mutation, so one request cannot batch many
	// sign-in attempts or writes past per-request rate limits.
	MaxRootFields int
	// Timeout is the deadline of one query or mutation; its SQL is cancelled with it.
	Timeout time.Duration
	// MaxResponseBytes caps the data of one response.
	MaxResponseBytes int
	// DefaultFirst is the page size assumed when a connection is asked without first.
	DefaultFirst int
	// ListEstimate is the assumed size of a list without first and without an estimate of
	// its own in ListEstimates.
	ListEstimate int
	// ListEstimates are the assumed sizes of lists by "Type.field"; nil means
	// DefaultListEstimates.
	ListEstimates map[string]int
	// MaxSubscriptions caps the subscriptions one account keeps open at once on this
	// replica: each one polls the database, so without a cap one signed-in client could
	// open thousands on one WebSocket. Enforced by the subscription resolver.
	MaxSubscriptions int
}

// WithDefaults answers l with every zero field set to its default.
func (l Limits) WithDefaults() Limits {
	def := func(v *int, d int) {
		if *v == 0 {
			*v = d
		}
	}
	def(&l.MaxTokens, DefaultMaxTokens)
	def(&l.MaxFields, DefaultMaxFields)
	def(&l.MaxAliases, DefaultMaxAliases)
	def(&l.MaxDirectives, DefaultMaxDirectives)
	def(&l.MaxDepth, DefaultMaxDepth)
	def(&l.MaxComplexity, DefaultMaxComplexity)
	def(&l.MaxRootFields, DefaultMaxRootFields)
	def(&l.MaxResponseBytes, DefaultMaxResponseBytes)
	def(&l.DefaultFirst, DefaultFirst)
	def(&l.ListEstimate, DefaultListEstimate)
	def(&l.MaxSubscriptions, DefaultMaxSubscriptions)
	if l.Timeout == 0 {
		l.Timeout = DefaultTimeout
	}
	if l.ListEstimates == nil {
		l.ListEstimates = DefaultListEstimates
	}
	return l
}

// Flag names, used in refusals so an operator knows which setting a client ran into.
const (
	FlagTokens     = "--max-tokens"
	FlagFields     = "--max-fields"
	FlagAliases    = "--max-aliases"
	FlagDirectives = "--max-directives"
	FlagDepth      = "--max-depth"
	FlagComplexity = "--max-complexity"
	FlagRootFields = "--max-mutation-fields"
	FlagTimeout    = "--max-duration"
	FlagResponse   = "--max-response"
	// FlagSubscriptions names the cap of open subscriptions per account.
	FlagSubscriptions = "--max-subscriptions"
	// FlagIntrospection is not a limit but a switch; its refusal names it the same way.
	FlagIntrospection = "--introspection"
)

// Guard is the gqlgen extension that enforces Limits. It measures the raw query before
// gqlgen parses and validates it, so an oversized request never reaches validation.
type Guard struct {
	limits Limits
	schema *ast.Schema
	// NoIntrospection refuses __schema and __type before anything runs, as input of the
	// client rather than as a failing field.
	NoIntrospection bool
}

var (
	_ graphql.HandlerExtension          = (*Guard)(nil)
	_ graphql.OperationParameterMutator = (*Guard)(nil)
	_ graphql.OperationInterceptor      = (*Guard)(nil)
	_ graphql.ResponseInterceptor       = (*Guard)(nil)
)

// New answers the guard of limits (defaults applied) over schema.
func New(schema *ast.Schema, limits Limits) *Guard {
	return &Guard{limits: limits.WithDefaults(), schema: schema}
}

// Limits answers the limits in force, defaults applied.
func (g *Guard) Limits() Limits { return g.limits }

// ExtensionName names the extension for gqlgen.
func (g *Guard) ExtensionName() string { return "QueryLimits" }

// Validate accepts any schema.
func (g *Guard) Validate(graphql.ExecutableSchema) error { return nil }

// refusal is an error of the request that names the limit it exceeded.
func refusal(flag string, format string, args ...any) *gqlerror.Error {
	err := gqlerror.Errorf("%s (limit %s)", fmt.Sprintf(format, args...), flag)
	err.Extensions = map[string]any{"code": "BAD_USER_INPUT", "limit": strings.TrimPrefix(flag, "--")}
	return err
}

// MutateOperationParameters measures the request before gqlgen parses and validates it.
func (g *Guard) MutateOperationParameters(ctx context.Context, p *graphql.RawParams) *gqlerror.Error {
	if p.Query == "" {
		return nil
	}
	// The parser reads 0 as no limit.
	doc, err := parser.ParseQueryWithTokenLimit(&ast.Source{Input: p.Query}, max(g.limits.MaxTokens, 0))
	if err != nil {
		var gerr *gqlerror.Error
		if errors.As(err, &gerr) && strings.Contains(gerr.Message, "token limit") {
			return refusal(FlagTokens, "the query has more than %d tokens", g.limits.MaxTokens)
		}
		// gqlgen parses again and reports the syntax error itself.
		return nil
	}
	return g.Check(doc, p.OperationName, p.Variables)
}

// Check measures doc against the limits (operationName is kept for callers; see below).
// Validation walks every operation and fragment of the document, not only the one that
// runs, so every one is measured: a small selected operation (operationName) or an unused
// fragment cannot carry a costly neighbour past the limits into validation.
func (g *Guard) Check(doc *ast.QueryDocument, operationName string, vars map[string]any) *gqlerror.Error {
	for _, op := range doc.Operations {
		if err := g.check(op, Measure(g.schema, doc, op, vars, g.limits)); err != nil {
			return err
		}
	}
	for _, f := range doc.Fragments {
		// A fragment alone is only validated, never run: measured on its own, as if a query
		// selected it, it meets the same limits.
		if err := g.check(&ast.OperationDefinition{Operation: ast.Query}, measureFragment(g.schema, doc, f, vars, g.limits)); err != nil {
			return err
		}
	}
	return nil
}

// measureFragment measures a fragment definition on its own; one on an introspection type
// (__Type …) is measured as introspection, as it is where a __schema or __type spreads it.
func measureFragment(schema *ast.Schema, doc *ast.QueryDocument, f *ast.FragmentDefinition, vars map[string]any, l Limits) Cost {
	l = l.WithDefaults()
	w := &walker{schema: schema, doc: doc, vars: vars, op: &ast.OperationDefinition{Operation: ast.Query}, l: l, memo: map[string]measure{}, active: map[string]bool{}}
	m := w.spread(f.Name, strings.HasPrefix(f.TypeCondition, "__"))
	return Cost{Directives: w.maxDirectives, Fields: m.fields, Aliases: m.aliases, Depth: m.depth, RootFields: m.width, Complexity: m.cost, Introspection: w.introspection}
}

// check refuses an operation whose cost c exceeds a limit.
func (g *Guard) check(op *ast.OperationDefinition, c Cost) *gqlerror.Error {
	l := g.limits
	switch {
	case g.NoIntrospection && c.Introspection:
		return refusal(FlagIntrospection, "introspection is turned off on this server")
	case l.MaxFields > 0 && c.Fields > l.MaxFields:
		return refusal(FlagFields, "the operation selects more than %d fields", l.MaxFields)
	case l.MaxDirectives > 0 && c.Directives > l.MaxDirectives:
		return refusal(FlagDirectives, "a field, fragment or operation has more than %d directives", l.MaxDirectives)
	case l.MaxAliases > 0 && c.Aliases > l.MaxAliases:
		return refusal(FlagAliases, "the operation has more than %d aliases", l.MaxAliases)
	case l.MaxDepth > 0 && c.Depth > l.MaxDepth:
		return refusal(FlagDepth, "the operation nests deeper than %d levels", l.MaxDepth)
	case l.MaxRootFields > 0 && op.Operation == ast.Mutation && c.RootFields > l.MaxRootFields:
		return refusal(FlagRootFields, "a mutation may have at most %d root fields, this one has %d", l.MaxRootFields, c.RootFields)
	case l.MaxComplexity > 0 && c.Complexity > l.MaxComplexity:
		return refusal(FlagComplexity, "the operation's estimated cost exceeds %d (list sizes counted)", l.MaxComplexity)
	}
	return nil
}

// Cost is what Measure found in an operation.
type Cost struct {
	// Fields counts fields with fragments expanded (saturating).
	Fields int
	// Aliases counts aliased fields with fragments expanded (saturating).
	Aliases int
	// Depth is the deepest nesting of fields.
	Depth int
	// RootFields counts the root fields, with fragments expanded.
	RootFields int
	// Complexity estimates the resolved fields, list sizes multiplied in (saturating).
	Complexity int
	// Introspection tells that the operation reads __schema or __type.
	Introspection bool
	// Directives is the most directives found on one field, fragment or operation.
	Directives int
}

// Measure walks op over schema. It runs before validation, so it tolerates unknown fields
// and types (they count as plain fields) and fragment cycles (counted once); fragments are
// measured once per type, so spreading one fragment many times costs linear time.
func Measure(schema *ast.Schema, doc *ast.QueryDocument, op *ast.OperationDefinition, vars map[string]any, l Limits) Cost {
	l = l.WithDefaults()
	w := &walker{schema: schema, doc: doc, vars: vars, op: op, l: l, memo: map[string]measure{}, active: map[string]bool{}}
	var root *ast.Definition
	if schema != nil {
		switch op.Operation {
		case ast.Mutation:
			root = schema.Mutation
		case ast.Subscription:
			root = schema.Subscription
		default:
			root = schema.Query
		}
	}
	w.directives(op.Directives)
	m := w.selections(op.SelectionSet, root, false)
	return Cost{Directives: w.maxDirectives, Fields: m.fields, Aliases: m.aliases, Depth: m.depth, RootFields: m.width, Complexity: m.cost, Introspection: w.introspection}
}

// measure is the cost of one selection set.
type measure struct {
	fields, aliases, depth, width, cost int
}

type walker struct {
	schema *ast.Schema
	doc    *ast.QueryDocument
	op     *ast.OperationDefinition
	vars   map[string]any
	l      Limits
	memo   map[string]measure
	active map[string]bool
	// introspection is set once a __schema or __type field is seen.
	introspection bool
	// maxDirectives is the most directives seen in one place.
	maxDirectives int
}

func (w *walker) directives(d ast.DirectiveList) { w.maxDirectives = max(w.maxDirectives, len(d)) }

// ceiling keeps the sums and products below overflow; any limit is far below it.
const ceiling = math.MaxInt32

func add(a, b int) int { return min(a+b, ceiling) }

func mul(a, b int) int {
	if a == 0 || b == 0 {
		return 0
	}
	if a > ceiling/b {
		return ceiling
	}
	return a * b
}

func (m *measure) merge(o measure) {
	m.fields = add(m.fields, o.fields)
	m.aliases = add(m.aliases, o.aliases)
	m.depth = max(m.depth, o.depth)
	m.width = add(m.width, o.width)
	m.cost = add(m.cost, o.cost)
}

// selections measures a selection set on parent (nil when unknown). introspection is true
// inside __schema and __type, whose lists are bounded by the schema itself.
func (w *walker) selections(set ast.SelectionSet, parent *ast.Definition, introspection bool) measure {
	var m measure
	for _, sel := range set {
		switch s := sel.(type) {
		case *ast.Field:
			w.directives(s.Directives)
			m.merge(w.field(s, parent, introspection))
		case *ast.InlineFragment:
			w.directives(s.Directives)
			t := parent
			if s.TypeCondition != "" {
				t = w.lookup(s.TypeCondition)
			}
			m.merge(w.selections(s.SelectionSet, t, introspection))
		case *ast.FragmentSpread:
			w.directives(s.Directives)
			m.merge(w.spread(s.Name, introspection))
		}
	}
	return m
}

// spread measures a named fragment once, however often it is spread; a cycle counts nothing
// (validation refuses it afterwards).
func (w *walker) spread(name string, introspection bool) measure {
	key := name
	if introspection {
		key += "/introspection"
	}
	if m, ok := w.memo[key]; ok {
		return m
	}
	if w.active[key] {
		return measure{}
	}
	f := w.doc.Fragments.ForName(name)
	if f == nil {
		return measure{}
	}
	w.active[key] = true
	w.directives(f.Directives)
	m := w.selections(f.SelectionSet, w.lookup(f.TypeCondition), introspection)
	delete(w.active, key)
	w.memo[key] = m
	return m
}

func (w *walker) lookup(name string) *ast.Definition {
	if w.schema == nil {
		return nil
	}
	return w.schema.Types[name]
}

// field measures one field and its subtree.
func (w *walker) field(f *ast.Field, parent *ast.Definition, introspection bool) measure {
	var def *ast.FieldDefinition
	if parent != nil {
		def = parent.Fields.ForName(f.Name)
	}
	if f.Name == "__schema" || f.Name == "__type" {
		introspection = true
		w.introspection = true
		if w.schema != nil {
			def = &ast.FieldDefinition{Name: f.Name, Type: ast.NamedType("__Schema", nil)}
			if f.Name == "__type" {
				def.Type = ast.NamedType("__Type", nil)
			}
		}
	}
	var child *ast.Definition
	if def != nil {
		child = w.lookup(def.Type.Name())
	}
	sub := w.selections(f.SelectionSet, child, introspection)
	m := measure{fields: add(sub.fields, 1), aliases: sub.aliases, width: 1, cost: 1}
	if f.Alias != "" && f.Alias != f.Name {
		m.aliases = add(m.aliases, 1)
	}
	if len(f.SelectionSet) > 0 {
		if introspection {
			m.depth = 1
		} else {
			m.depth = add(sub.depth, 1)
		}
		m.cost = add(1, mul(w.multiplier(f, def, parent, child, introspection), sub.cost))
	} else {
		m.depth = 1
		if introspection {
			m.depth = 0
		}
	}
	return m
}

// multiplier is how many times a field's subtree is resolved: first for connections and
// fields that take first, the declared estimate for other lists, else one.
func (w *walker) multiplier(f *ast.Field, def *ast.FieldDefinition, parent, child *ast.Definition, introspection bool) int {
	if introspection || def == nil {
		return 1
	}
	connection := isConnection(child)
	if isConnection(parent) {
		// edges and nodes of a connection: their number is the connection's first, already
		// multiplied in.
		return 1
	}
	if argDef := def.Arguments.ForName("first"); argDef != nil && (connection || def.Type.Elem != nil) {
		if n, ok := w.intArgument(f, "first", argDef); ok {
			return max(n, 1)
		}
		return w.l.DefaultFirst
	}
	if connection {
		return w.l.DefaultFirst
	}
	if def.Type.Elem == nil {
		return 1
	}
	if parent != nil {
		if n, ok := w.l.ListEstimates[parent.Name+"."+f.Name]; ok {
			return n
		}
	}
	return w.l.ListEstimate
}

// isConnection tells a Relay connection type by its name and its edges.
func isConnection(t *ast.Definition) bool {
	return t != nil && strings.HasSuffix(t.Name, "Connection") && t.Fields.ForName("edges") != nil
}

// intArgument answers an Int argument given as a literal, a variable or the schema's default.
func (w *walker) intArgument(f *ast.Field, name string, def *ast.ArgumentDefinition) (int, bool) {
	arg := f.Arguments.ForName(name)
	if arg == nil || arg.Value == nil {
		if def.DefaultValue != nil {
			return literalInt(def.DefaultValue.Raw)
		}
		return 0, false
	}
	switch arg.Value.Kind {
	case ast.IntValue:
		return literalInt(arg.Value.Raw)
	case ast.Variable:
		if v, ok := w.vars[arg.Value.Raw]; ok && v != nil {
			return anyInt(v)
		}
		if vd := w.op.VariableDefinitions.ForName(arg.Value.Raw); vd != nil && vd.DefaultValue != nil {
			return literalInt(vd.DefaultValue.Raw)
		}
	}
	return 0, false
}

func literalInt(raw string) (int, bool) {
	n, err := strconv.ParseInt(raw, 10, 64)
	if err != nil {
		return 0, false
	}
	return int(min(max(n, 0), ceiling)), true
}

func anyInt(v any) (int, bool) {
	switch n := v.(type) {
	case int:
		return literalInt(strconv.Itoa(n))
	case int32:
		return literalInt(strconv.FormatInt(int64(n), 10))
	case int64:
		return literalInt(strconv.FormatInt(n, 10))
	case float64:
		return int(min(max(n, 0), ceiling)), true
	case json.Number:
		return literalInt(n.String())
	case string:
		return literalInt(n)
	}
	return 0, false
}

// errTimeout is the cause of a context that reached the operation's deadline.
var errTimeout = errors.New("operation deadline")

// TimedOut tells whether ctx ended at the operation deadline of InterceptOperation, so the
// error presenter can answer the limit instead of an internal error.
func TimedOut(ctx context.Context) bool {
	return ctx.Err() != nil && errors.Is(context.Cause(ctx), errTimeout)
}

// TimeoutError is the refusal of an operation that ran past its deadline.
func (g *Guard) TimeoutError() *gqlerror.Error {
	return refusal(FlagTimeout, "the operation ran longer than %s", g.limits.Timeout)
}

// InterceptOperation runs queries and mutations under the deadline, so their SQL is
// cancelled with them; a timed-out operation answers only the refusal, no partial data.
// Subscriptions live as long as their connection and are not bounded here.
func (g *Guard) InterceptOperation(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
	oc := graphql.GetOperationContext(ctx)
	if g.limits.Timeout < 0 || oc.Operation == nil || oc.Operation.Operation == ast.Subscription {
		return next(ctx)
	}
	ctx, cancel := context.WithTimeoutCause(ctx, g.limits.Timeout, errTimeout)
	h := next(ctx)
	return func(rctx context.Context) *graphql.Response {
		resp := h(rctx)
		if TimedOut(ctx) {
			cancel()
			return &graphql.Response{Errors: gqlerror.List{g.TimeoutError()}}
		}
		if resp == nil || resp.HasNext == nil || !*resp.HasNext {
			cancel()
		}
		return resp
	}
}

// InterceptResponse replaces data larger than MaxResponseBytes with the refusal.
func (g *Guard) InterceptResponse(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	resp := next(ctx)
	if resp != nil && g.limits.MaxResponseBytes > 0 && len(resp.Data) > g.limits.MaxResponseBytes {
		return &graphql.Response{Errors: gqlerror.List{refusal(FlagResponse, "the answer is larger than %d bytes; ask for fewer items or fields", g.limits.MaxResponseBytes)}}
	}
	return resp
}
