// Package readlog keeps the log of who among the staff read personal data (issue 14): the
// API marks every field that answers personal data with @personalData; while an operation
// runs, each such field a staff caller receives is noted in the operation's collector, and
// when the operation's answer is complete the collector becomes one log entry per record,
// written in one statement before the answer leaves. Reading the log is logged the same way.
package readlog

import (
	"context"
	"errors"
	"reflect"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/requestid"
)

// RecordLog is the record type of an entry that says someone read the log itself; its
// record is the municipality whose log was read.
const RecordLog = "personal_data_reads"

// Reader is the staff member a read is logged for.
type Reader struct {
	ID             int64
	Name           string
	MunicipalityID int64
}

type recordKey struct {
	typ string
	id  int64
}

// Collector gathers one operation's reads of personal data: per record, the set of fields.
// Fields resolve concurrently, so it locks.
type Collector struct {
	mu      sync.Mutex
	reader  Reader
	records map[recordKey]map[string]struct{}
	order   []recordKey
}

type collectorKey struct{}

// WithCollector gives ctx a fresh collector for one operation's answer.
func WithCollector(ctx context.Context) (context.Context, *Collector) {
	c := &Collector{records: map[recordKey]map[string]struct{}{}}
	return context.WithValue(ctx, collectorKey{}, c), c
}

// Note records that r received field of the record (typ, id) in the operation of ctx.
// Without a collector (a code path outside a GraphQL answer) it does nothing: the side
// doors that return personal data write their own entries (Write).
func Note(ctx context.Context, r Reader, typ string, id int64, field string) {
	c, ok := ctx.Value(collectorKey{}).(*Collector)
	if !ok {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.reader = r
	k := recordKey{typ, id}
	fs, ok := c.records[k]
	if !ok {
		fs = map[string]struct{}{}
		c.records[k] = fs
		c.order = append(c.order, k)
	}
	fs[field] = struct{}{}
}

// Entries turns what was collected into log rows: one per record, fields sorted, in the
// order the records were first read.
func (c *Collector) Entries(at time.Time, operation, requestID string) []*model.PersonalDataRead {
	c.mu.Lock()
	defer c.mu.Unlock()
	rows := make([]*model.PersonalDataRead, 0, len(c.order))
	for _, k := range c.order {
		fields := make([]string, 0, len(c.records[k]))
		for f := range c.records[k] {
			fields = append(fields, f)
		}
		slices.Sort(fields)
		rows = append(rows, Entry(c.reader, at, k.typ, k.id, fields, operation, requestID))
	}
	return rows
}

// Entry builds one log row.
func Entry(r Reader, at time.Time, typ string, id int64, fields []string, operation, requestID string) *model.PersonalDataRead {
	row := &model.PersonalDataRead{MunicipalityID: r.MunicipalityID, ReaderID: r.ID, ReaderName: r.Name,
		ReadAt: at.UTC(), RecordType: typ, RecordID: id, Fields: strings.Join(fields, ","), Operation: limit(operation, 255)}
	if requestID != "" {
		id := limit(requestID, 255)
		row.RequestID = &id
	}
	return row
}

// limit cuts s to n bytes at a rune boundary, so a long operation name fits its column.
func limit(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// Identify answers the record an API object is, when it is one whose reads are logged. A
// record whose marked fields are not personal data in its case (an organization that is not
// a sole proprietor) answers NotPersonal as its type: its reads are not logged, and not
// noted for a record that holds it either.
type Identify func(obj any) (typ string, id int64, ok bool)

// NotPersonal is the record type Identify answers for a record whose marked fields are not
// personal data.
const NotPersonal = ""

// ReaderOf answers the staff reader of an operation; ok is false for the public, proposers
// and anyone else whose reads are not logged.
type ReaderOf func(ctx context.Context) (Reader, bool)

// Directive implements @personalData: after the field resolved to a value, a staff
// caller's read is noted for the nearest enclosing record (the field's own object, or for
// an object without identity such as ProposalContact, the object that holds it, the field
// then named by its path: contact.email). Aliases do not matter: the schema's field names
// are recorded. A staff member's reads of its own account are not logged.
func Directive(reader ReaderOf, identify Identify) func(ctx context.Context, obj any, next graphql.Resolver, kind *string) (any, error) {
	return func(ctx context.Context, obj any, next graphql.Resolver, kind *string) (any, error) {
		res, err := next(ctx)
		if err != nil || isNil(res) {
			return res, err
		}
		r, ok := reader(ctx)
		if !ok {
			return res, nil
		}
		fc := graphql.GetFieldContext(ctx)
		if fc == nil {
			return res, nil
		}
		path := []string{fc.Field.Name}
		typ, id, found := identify(obj)
		for p := fc.Parent; !found && p != nil; p = p.Parent {
			if typ, id, found = identify(p.Result); found {
				break
			}
			if p.Index == nil && p.Field.Field != nil {
				path = append(path, p.Field.Name)
			}
		}
		if !found {
			// A personal data field outside any known record would go unlogged: refuse it
			// rather than answer it silently.
			return nil, errors.New("readlog: personal data outside a known record")
		}
		if typ == NotPersonal || typ == string(model.OwnerUser) && id == r.ID {
			return res, nil
		}
		slices.Reverse(path)
		Note(ctx, r, typ, id, strings.Join(path, "."))
		return res, nil
	}
}

func isNil(v any) bool {
	if v == nil {
		return true
	}
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Pointer, reflect.Interface, reflect.Map, reflect.Slice:
		return rv.IsNil()
	}
	return false
}

// Writer stores one operation's log rows in one statement.
type Writer func(ctx context.Context, rows []*model.PersonalDataRead) error

// Extension gives every GraphQL answer (each event of a subscription too) its own
// collector and writes what it collected before the answer is sent. When the write fails
// the answer is replaced by an error: personal data must not leave without its log entry.
type Extension struct {
	Write Writer
	Now   func() time.Time
	// Failed presents the error that replaces an answer whose log could not be written.
	Failed func(ctx context.Context, err error) *gqlerror.Error
}

var _ interface {
	graphql.HandlerExtension
	graphql.ResponseInterceptor
} = Extension{}

// ExtensionName names the extension for gqlgen.
func (Extension) ExtensionName() string { return "PersonalDataReads" }

// Validate accepts any schema.
func (Extension) Validate(graphql.ExecutableSchema) error { return nil }

// InterceptResponse collects the answer's reads and writes them before handing it on.
func (e Extension) InterceptResponse(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	ctx, c := WithCollector(ctx)
	resp := next(ctx)
	if resp == nil {
		return resp
	}
	rows := c.Entries(e.Now(), OperationName(ctx), requestid.From(ctx))
	if len(rows) == 0 {
		return resp
	}
	// The answer is already computed: a deadline or a client gone must not skip its log,
	// so the write has its own short bound instead of the operation's.
	wctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
	defer cancel()
	if err := e.Write(wctx, rows); err != nil {
		return &graphql.Response{Errors: gqlerror.List{e.Failed(ctx, err)}}
	}
	return resp
}

// OperationName names the operation of ctx for the log: its name, or, for an anonymous
// operation, its type and root fields ("query proposal,users").
func OperationName(ctx context.Context) string {
	if !graphql.HasOperationContext(ctx) {
		return ""
	}
	oc := graphql.GetOperationContext(ctx)
	if oc.Operation == nil {
		return oc.OperationName
	}
	if oc.Operation.Name != "" {
		return oc.Operation.Name
	}
	var names []string
	for _, f := range graphql.CollectFields(oc, oc.Operation.SelectionSet, nil) {
		names = append(names, f.Name)
	}
	return string(oc.Operation.Operation) + " " + strings.Join(names, ",")
}

// OwnerRead is the global ID type of a log entry.
const OwnerRead model.OwnerType = "PersonalDataRead"

// RecordGlobalID answers the global ID of the record an entry names; for a read of the log
// itself, the municipality's.
func RecordGlobalID(e *model.PersonalDataRead) string {
	if e.RecordType == RecordLog {
		return model.GlobalID(model.OwnerMunicipality, e.RecordID)
	}
	return model.GlobalID(model.OwnerType(e.RecordType), e.RecordID)
}

// Fields answers the fields an entry lists.
func Fields(e *model.PersonalDataRead) []string {
	if e.Fields == "" {
		return []string{}
	}
	return strings.Split(e.Fields, ",")
}
