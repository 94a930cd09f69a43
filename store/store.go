// Package store owns the database: connection, migrations and every SQL query of pppdesk, for
// both SQLite (embedded default) and MySQL/MariaDB.
package store

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"net"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	mysqldrv "github.com/go-sql-driver/mysql"
	"github.com/uptrace/bun"
	"github.com/uptrace/bun/dialect/mysqldialect"
	"github.com/uptrace/bun/dialect/sqlitedialect"
	"github.com/uptrace/bun/driver/sqliteshim"
	"modernc.org/sqlite"

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
	tidb    bool // a MySQL-dialect server that is TiDB (tidb.go)
	queries atomic.Int64
	// hooks are extra query hooks (tests observing or holding statements); they run
	// through the store's own hook, so the *bun.DB the server holds needs no change.
	hooksMu sync.RWMutex
	hooks   []bun.QueryHook
}

// AddHook runs h around every statement of the store from now on. bun's own AddQueryHook
// is deprecated and WithQueryHook returns a copy the server would not use.
func (s *Store) AddHook(h bun.QueryHook) {
	s.hooksMu.Lock()
	defer s.hooksMu.Unlock()
	s.hooks = append(s.hooks, h)
}

// Dialect names of Store.Dialect.
const (
	SQLite = "sqlite"
	MySQL  = "mysql"
)

// Options bound the connection pool and the time spent waiting on the database, so a burst
// of clients queues for a connection instead of exhausting the server's connection limit,
// and a dead database answers within seconds instead of hanging requests. Zero fields take
// the defaults of DefaultOptions.
type Options struct {
	// MaxOpen caps open connections (MySQL; SQLite files use it for readers beside the
	// one writer at a time). Requests beyond it wait for a free connection.
	MaxOpen int
	// MaxIdle caps idle connections kept for reuse.
	MaxIdle int
	// MaxLifetime closes connections older than this, so server-side timeouts and
	// fail-overs never meet a stale connection.
	MaxLifetime time.Duration
	// MaxIdleTime closes connections idle for longer than this.
	MaxIdleTime time.Duration
	// DialTimeout bounds connecting to MySQL.
	DialTimeout time.Duration
	// ReadTimeout and WriteTimeout bound one network read or write on a MySQL connection.
	ReadTimeout, WriteTimeout time.Duration
	// BusyTimeout is how long an SQLite statement waits for another connection's write lock.
	BusyTimeout time.Duration
}

// DefaultOptions are the pool limits and timeouts used when Options leave them zero: well
// under MySQL's default max_connections (151), so several replicas fit.
var DefaultOptions = Options{
	MaxOpen: 20, MaxIdle: 10, MaxLifetime: 30 * time.Minute, MaxIdleTime: 5 * time.Minute,
	DialTimeout: 5 * time.Second, ReadTimeout: 30 * time.Second, WriteTimeout: 30 * time.Second,
	BusyTimeout: 5 * time.Second,
}

func (o Options) withDefaults() Options {
	d := DefaultOptions
	if o.MaxOpen <= 0 {
		o.MaxOpen = d.MaxOpen
	}
	if o.MaxIdle <= 0 {
		o.MaxIdle = min(d.MaxIdle, o.MaxOpen)
	}
	if o.MaxLifetime <= 0 {
		o.MaxLifetime = d.MaxLifetime
	}
	if o.MaxIdleTime <= 0 {
		o.MaxIdleTime = d.MaxIdleTime
	}
	if o.DialTimeout <= 0 {
		o.DialTimeout = d.DialTimeout
	}
	if o.ReadTimeout <= 0 {
		o.ReadTimeout = d.ReadTimeout
	}
	if o.WriteTimeout <= 0 {
		o.WriteTimeout = d.WriteTimeout
	}
	if o.BusyTimeout <= 0 {
		o.BusyTimeout = d.BusyTimeout
	}
	return o
}

// Open connects to a database named by a DSN of the form "sqlite:PATH" (":memory:" for a
// private in-memory database) or "mysql:USER:PASS@tcp(HOST:PORT)/DB", with the default
// Options.
func Open(ctx context.Context, dsn string) (*Store, error) { return OpenWith(ctx, dsn, Options{}) }

// OpenWith is Open with pool limits and timeouts.
func OpenWith(ctx context.Context, dsn string, o Options) (*Store, error) {
	o = o.withDefaults()
	kind, rest, ok := strings.Cut(dsn, ":")
	if !ok || rest == "" {
		return nil, fmt.Errorf("database %q: want sqlite:PATH or mysql:USER:PASS@tcp(HOST:PORT)/DB", dsn)
	}
	var db *bun.DB
	var tidb bool
	switch kind {
	case SQLite:
		sqldb, err := sql.Open(sqliteshim.ShimName, sqliteDSN(rest, o.BusyTimeout))
		if err != nil {
			return nil, fmt.Errorf("open sqlite: %w", err)
		}
		if isMemory(rest) {
			// An in-memory database is one database only on one connection.
			sqldb.SetMaxOpenConns(1)
		} else {
			// A file in WAL mode lets readers run beside the one writer; every transaction
			// begins IMMEDIATE (see sqliteDSN), so writers queue on the busy timeout
			// instead of failing to upgrade a read lock.
			sqldb.SetMaxOpenConns(o.MaxOpen)
			sqldb.SetMaxIdleConns(o.MaxIdle)
		}
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
		cfg.Collation = mysqlCollation
		// Affected rows count matched rows, as on SQLite: a guarded UPDATE that matches
		// but changes nothing still says "the guard held".
		cfg.ClientFoundRows = true
		cfg.Params["time_zone"] = "'+00:00'"
		// A DSN's own timeouts win; otherwise a dead server answers within seconds.
		if cfg.Timeout == 0 {
			cfg.Timeout = o.DialTimeout
		}
		if cfg.ReadTimeout == 0 {
			cfg.ReadTimeout = o.ReadTimeout
		}
		if cfg.WriteTimeout == 0 {
			cfg.WriteTimeout = o.WriteTimeout
		}
		sqldb, err := sql.Open("mysql", cfg.FormatDSN())
		if err != nil {
			return nil, fmt.Errorf("open mysql: %w", err)
		}
		// TiDB lacks unicode_520_ci: its connections take the collation its tables get.
		if tidb, err = isTiDB(ctx, sqldb); err != nil {
			_ = sqldb.Close()
			return nil, fmt.Errorf("connect to mysql database: %w", err)
		} else if tidb {
			_ = sqldb.Close()
			cfg.Collation = tidbCollation
			for k, v := range tidbSession {
				cfg.Params[k] = v
			}
			if sqldb, err = sql.Open("mysql", cfg.FormatDSN()); err != nil {
				return nil, fmt.Errorf("open mysql: %w", err)
			}
		}
		sqldb.SetMaxOpenConns(o.MaxOpen)
		sqldb.SetMaxIdleConns(o.MaxIdle)
		sqldb.SetConnMaxLifetime(o.MaxLifetime)
		sqldb.SetConnMaxIdleTime(o.MaxIdleTime)
		db = bun.NewDB(sqldb, mysqldialect.New())
	default:
		return nil, fmt.Errorf("database %q: unknown kind %q, want sqlite or mysql", dsn, kind)
	}
	s := &Store{dialect: kind, tidb: tidb}
	db = db.WithQueryHook(storeHook{s})
	s.DB = db
	if err := db.PingContext(ctx); err != nil {
		_ = db.Close()
		return nil, fmt.Errorf("connect to %s database: %w", kind, err)
	}
	return s, nil
}

func isMemory(path string) bool {
	return path == ":memory:" || strings.Contains(path, "mode=memory") || strings.HasPrefix(path, "file::memory:")
}

func sqliteDSN(path string, busy time.Duration) string {
	pragmas := fmt.Sprintf("_pragma=foreign_keys(1)&_pragma=busy_timeout(%d)&_time_format=sqlite", busy.Milliseconds())
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
	return path + sep + pragmas + "&_pragma=journal_mode(WAL)&_txlock=immediate"
}

// Unavailable reports whether err means the database could not serve the request — it is
// down or unreachable, the pool or the server is out of connections, a lock wait timed out,
// SQLite stayed busy past the busy timeout, or the wait for a connection outlived the
// request — so the client may retry, as opposed to a bug in the query.
func Unavailable(err error) bool {
	if err == nil {
		return false
	}
	if errors.Is(err, driver.ErrBadConn) || errors.Is(err, mysqldrv.ErrInvalidConn) || errors.Is(err, sql.ErrConnDone) ||
		errors.Is(err, syscall.ECONNREFUSED) || errors.Is(err, syscall.ECONNRESET) || errors.Is(err, syscall.EPIPE) ||
		errors.Is(err, context.DeadlineExceeded) {
		return true
	}
	var ne net.Error
	if errors.As(err, &ne) {
		return true
	}
	var me *mysqldrv.MySQLError
	if errors.As(err, &me) {
		switch me.Number {
		case 1040, // too many connections
			1203,             // user has too many connections
			1044, 1045, 1049, // access denied / unknown database: the server is being repaired
			1053, 1077, 1927, // server shutdown in progress, connection killed
			2002, 2003, 2006, 2013:
			return true
		}
	}
	if isLockConflict(err) {
		return true
	}
	// database/sql's own message for a closed pool has no sentinel.
	return strings.Contains(err.Error(), "sql: database is closed")
}

// isLockConflict reports a deadlock victim, a lock wait timeout or SQLite staying busy or
// locked: inside a write, another writer holds the rows. Unavailable reads the same errors
// as an outage outside a write.
func isLockConflict(err error) bool {
	var me *mysqldrv.MySQLError
	if errors.As(err, &me) {
		return me.Number == 1213 || me.Number == 1205
	}
	var se *sqlite.Error
	if errors.As(err, &se) {
		switch se.Code() & 0xff {
		case 5, 6: // SQLITE_BUSY, SQLITE_LOCKED
			return true
		}
	}
	return false
}

// Dialect answers "sqlite" or "mysql".
func (s *Store) Dialect() string { return s.dialect }

// Close closes the database.
func (s *Store) Close() error { return s.DB.Close() }

// Queries answers how many SQL statements the store has run; the query-count tests read it
// to prove that a page costs a constant number of queries.
func (s *Store) Queries() int64 { return s.queries.Load() }

// storeHook counts statements (Queries) and runs the hooks added with AddHook.
type storeHook struct{ s *Store }

func (h storeHook) BeforeQuery(ctx context.Context, ev *bun.QueryEvent) context.Context {
	h.s.hooksMu.RLock()
	hooks := h.s.hooks
	h.s.hooksMu.RUnlock()
	for _, x := range hooks {
		ctx = x.BeforeQuery(ctx, ev)
	}
	return ctx
}

func (h storeHook) AfterQuery(ctx context.Context, ev *bun.QueryEvent) {
	h.s.queries.Add(1)
	h.s.hooksMu.RLock()
	hooks := h.s.hooks
	h.s.hooksMu.RUnlock()
	for _, x := range hooks {
		x.AfterQuery(ctx, ev)
	}
}

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
