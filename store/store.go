// Package store owns the database: connection, migrations and every SQL query of pppdesk, for
// both SQLite (embedded default) and MySQL/MariaDB.
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"sync/atomic"
	"time"

	mysqldrv "github.com/go-sql-driver/mysql"
	"github.com/uptrace/bun"
	"github.com/uptrace/bun/dialect/mysqldialect"
	"github.com/uptrace/bun/dialect/sqlitedialect"
	"github.com/uptrace/bun/driver/sqliteshim"

	"github.com/pppdesk/pppdesk/model"
)

// Store is the database handle shared by the whole server.
type Store struct {
	DB *bun.DB
	// WriteTimeout bounds a write transaction (InTx); 0 means DefaultWriteTimeout.
	WriteTimeout time.Duration
	// StepHook, when set, runs between the statements of a write (after a revision is kept,
	// for one): tests use it to fail a write halfway or to cancel the client meanwhile.
	StepHook func(ctx context.Context, step string) error

	dialect string
	queries atomic.Int64
}

// Dialect names of Store.Dialect.
const (
	SQLite = "sqlite"
	MySQL  = "mysql"
)

// Open connects to a database named by a DSN of the form "sqlite:PATH" (":memory:" for a
// private in-memory database) or "mysql:USER:PASS@tcp(HOST:PORT)/DB".
func Open(ctx context.Context, dsn string) (*Store, error) {
	kind, rest, ok := strings.Cut(dsn, ":")
	if !ok || rest == "" {
		return nil, fmt.Errorf("database %q: want sqlite:PATH or mysql:USER:PASS@tcp(HOST:PORT)/DB", dsn)
	}
	var db *bun.DB
	switch kind {
	case SQLite:
		sqldb, err := sql.Open(sqliteshim.ShimName, sqliteDSN(rest))
		if err != nil {
			return nil, fmt.Errorf("open sqlite: %w", err)
		}
		// SQLite allows one writer; a single connection keeps writes ordered and makes an
		// in-memory database one database rather than one per connection.
		sqldb.SetMaxOpenConns(1)
		db = bun.NewDB(sqldb, sqlitedialect.New())
	case MySQL:
		cfg, err := mysqldrv.ParseDSN(rest)
		if err != nil {
			return nil, fmt.Errorf("mysql DSN: %w", err)
		}
		cfg.ParseTime = true
		cfg.Loc = nil
		if cfg.Params == nil {
			cfg.Params = map[string]string{}
		}
		cfg.Collation = "utf8mb4_unicode_520_ci"
		// Affected rows count matched rows, as on SQLite: a guarded UPDATE that matches
		// but changes nothing still says "the guard held".
		cfg.ClientFoundRows = true
		cfg.Params["time_zone"] = "'+00:00'"
		sqldb, err := sql.Open("mysql", cfg.FormatDSN())
		if err != nil {
			return nil, fmt.Errorf("open mysql: %w", err)
		}
		db = bun.NewDB(sqldb, mysqldialect.New())
	default:
		return nil, fmt.Errorf("database %q: unknown kind %q, want sqlite or mysql", dsn, kind)
	}
	s := &Store{DB: db, dialect: kind}
	db.AddQueryHook(counter{&s.queries})
	if err := db.PingContext(ctx); err != nil {
		_ = db.Close()
		return nil, fmt.Errorf("connect to %s database: %w", kind, err)
	}
	return s, nil
}

func sqliteDSN(path string) string {
	pragmas := "_pragma=foreign_keys(1)&_pragma=busy_timeout(5000)&_time_format=sqlite"
	if path == ":memory:" {
		return "file::memory:?" + pragmas
	}
	if !strings.HasPrefix(path, "file:") {
		path = "file:" + (&url.URL{Path: path}).EscapedPath()
	}
	sep := "?"
	if strings.Contains(path, "?") {
		sep = "&"
	}
	return path + sep + pragmas + "&_pragma=journal_mode(WAL)"
}

// Dialect answers "sqlite" or "mysql".
func (s *Store) Dialect() string { return s.dialect }

// Close closes the database.
func (s *Store) Close() error { return s.DB.Close() }

// Queries answers how many SQL statements the store has run; the query-count tests read it
// to prove that a page costs a constant number of queries.
func (s *Store) Queries() int64 { return s.queries.Load() }

type counter struct{ n *atomic.Int64 }

func (c counter) BeforeQuery(ctx context.Context, _ *bun.QueryEvent) context.Context { return ctx }
func (c counter) AfterQuery(_ context.Context, _ *bun.QueryEvent)                    { c.n.Add(1) }

// tables lists every model in creation order (parents first).
var tables = []any{
	(*model.Municipality)(nil),
	(*model.Department)(nil),
	(*model.Organization)(nil),
	(*model.User)(nil),
	(*model.Challenge)(nil),
	(*model.Agreement)(nil),
	(*model.Project)(nil),
	(*model.Proposal)(nil),
	(*model.ProposalAssignment)(nil),
	(*model.ProposalMessage)(nil),
	(*model.ProposalEvent)(nil),
	(*model.CaseStudy)(nil),
	(*model.Announcement)(nil),
	(*model.CollaborationMethod)(nil),
	(*model.ContentPartner)(nil),
	(*model.Resource)(nil),
	(*model.Merit)(nil),
	(*model.Tag)(nil),
	(*model.Inquiry)(nil),
	(*model.Attachment)(nil),
	(*model.Revision)(nil),
	(*model.AuditEntry)(nil),
}

func isNoRows(err error) bool { return errors.Is(err, sql.ErrNoRows) }
