package storetest

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/pppdesk/pppdesk/store"
)

// EnvReuse forces (1) or forbids (0) the reuse of migrated databases on a MySQL-dialect test
// server; by default they are reused on TiDB only. Migrating takes a second on MariaDB but
// about 20 s on TiDB, where each of the ~100 schema changes is a job of its own; copying a
// migrated template's tables and emptying a database after its test take a fraction of that.
const EnvReuse = "PPPDESK_TEST_REUSE"

// pool hands out migrated databases of one server: a template migrated once per migration
// set (shared by every test process), copies of it for tests running at the same time, and
// databases given back emptied to their seeded state when their test ends.
type pool struct {
	server string // "user:pass@tcp(host:port)/"
	tpl    string // the template database, never used by a test

	mu     sync.Mutex
	free   []string
	tables []string // the template's tables
	seeded []string // the template's tables that hold rows (migration history, seed rows)
	made   int
}

var (
	pools   = map[string]*pool{}
	poolsMu sync.Mutex
	reuseOn = map[string]bool{}
)

// reusing answers whether tests on server take databases from the pool.
func reusing(ctx context.Context, t testing.TB, admin *sql.DB, server string) bool {
	switch os.Getenv(EnvReuse) {
	case "1":
		return true
	case "0":
		return false
	}
	poolsMu.Lock()
	defer poolsMu.Unlock()
	if on, ok := reuseOn[server]; ok {
		return on
	}
	var v string
	if err := admin.QueryRowContext(ctx, "SELECT VERSION()").Scan(&v); err != nil {
		t.Fatalf("MySQL at %s is not reachable (%s): %v", server, EnvDSN, err)
	}
	reuseOn[server] = strings.Contains(v, "TiDB")
	return reuseOn[server]
}

// pooled answers a migrated store on a database of the pool; the database goes back to the
// pool, emptied, when the test ends, or is dropped if it cannot be restored.
func pooled(t testing.TB, server string) *store.Store {
	t.Helper()
	ctx := context.Background()
	p, err := poolFor(ctx, server)
	if err != nil {
		t.Fatal(err)
	}
	name, err := p.take(ctx)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { p.give(name) })
	s, err := store.Open(ctx, "mysql:"+server+name)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close() })
	// Nothing to apply; it checks the history as a start does.
	if err := s.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	return s
}

func poolFor(ctx context.Context, server string) (*pool, error) {
	poolsMu.Lock()
	defer poolsMu.Unlock()
	if p := pools[server]; p != nil {
		return p, nil
	}
	digest, err := store.MigrationsDigest()
	if err != nil {
		return nil, err
	}
	p := &pool{server: server, tpl: "pppdesk_tpl_" + digest}
	if err := p.template(ctx); err != nil {
		return nil, fmt.Errorf("test template database %s: %w", p.tpl, err)
	}
	pools[server] = p
	return p, nil
}

// template makes sure the template database exists and is complete: one process builds it
// under a server-wide lock while the others wait; a marker table, created last, says it is
// whole (a process killed while building leaves none, and the next one starts over).
func (p *pool) template(ctx context.Context) error {
	return p.withConn(ctx, func(conn *sql.Conn) error { return p.buildTemplate(ctx, conn) })
}

// buildTemplate is template on one connection: the named lock belongs to it.
func (p *pool) buildTemplate(ctx context.Context, conn *sql.Conn) error {
	var got sql.NullInt64
	if err := conn.QueryRowContext(ctx, "SELECT GET_LOCK(?, 600)", p.tpl).Scan(&got); err != nil {
		return err
	}
	if !got.Valid || got.Int64 != 1 {
		return fmt.Errorf("waited 600 s for another process building it")
	}
	defer conn.ExecContext(context.WithoutCancel(ctx), "DO RELEASE_LOCK(?)", p.tpl) //nolint:errcheck
	var ready int
	if err := conn.QueryRowContext(ctx, "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = ? AND table_name = 'pppdesk_template_ready'", p.tpl).Scan(&ready); err != nil {
		return err
	}
	if ready == 0 {
		if _, err := conn.ExecContext(ctx, "DROP DATABASE IF EXISTS "+p.tpl); err != nil {
			return err
		}
		if _, err := conn.ExecContext(ctx, "CREATE DATABASE "+p.tpl+" CHARACTER SET latin1"); err != nil {
			return err
		}
		s, err := store.Open(ctx, "mysql:"+p.server+p.tpl)
		if err != nil {
			return err
		}
		err = s.Migrate(ctx)
		_ = s.Close()
		if err != nil {
			return err
		}
		if _, err := conn.ExecContext(ctx, "CREATE TABLE "+p.tpl+".pppdesk_template_ready (id INT PRIMARY KEY)"); err != nil {
			return err
		}
	}
	tables, err := tablesOf(ctx, conn, p.tpl)
	if err != nil {
		return err
	}
	p.tables = tables
	for _, tb := range p.tables {
		var one int
		err := conn.QueryRowContext(ctx, "SELECT 1 FROM "+p.tpl+"."+quote(tb)+" LIMIT 1").Scan(&one)
		switch {
		case err == sql.ErrNoRows:
		case err != nil:
			return err
		default:
			p.seeded = append(p.seeded, tb)
		}
	}
	return nil
}

// take answers a free database of the pool, or a new copy of the template.
func (p *pool) take(ctx context.Context) (string, error) {
	p.mu.Lock()
	if n := len(p.free); n > 0 {
		name := p.free[n-1]
		p.free = p.free[:n-1]
		p.mu.Unlock()
		return name, nil
	}
	p.made++
	name := fmt.Sprintf("pppdesk_r%d_%d_%d", os.Getpid(), time.Now().UnixNano()%1e6, p.made)
	p.mu.Unlock()
	if err := p.copyTemplate(ctx, name); err != nil {
		p.drop(name)
		return "", fmt.Errorf("copy the test template into %s: %w", name, err)
	}
	return name, nil
}

// copyTemplate creates name with the template's tables as SHOW CREATE TABLE states them
// (CREATE TABLE … LIKE would leave out the foreign keys) and its seeded rows.
func (p *pool) copyTemplate(ctx context.Context, name string) error {
	return p.withConn(ctx, func(conn *sql.Conn) error { return p.copyInto(ctx, conn, name) })
}

func (p *pool) copyInto(ctx context.Context, conn *sql.Conn, name string) error {
	if _, err := conn.ExecContext(ctx, "CREATE DATABASE "+name+" CHARACTER SET latin1"); err != nil {
		return err
	}
	if _, err := conn.ExecContext(ctx, "SET FOREIGN_KEY_CHECKS = 0"); err != nil {
		return err
	}
	// SHOW CREATE TABLE names the table alone, and its foreign keys name tables of the same
	// database: the statements run with the copy as the current database.
	if _, err := conn.ExecContext(ctx, "USE "+name); err != nil {
		return err
	}
	for _, tb := range p.tables {
		var n, create string
		if err := conn.QueryRowContext(ctx, "SHOW CREATE TABLE "+p.tpl+"."+quote(tb)).Scan(&n, &create); err != nil {
			return err
		}
		if _, err := conn.ExecContext(ctx, create); err != nil {
			return fmt.Errorf("%s: %w", tb, err)
		}
	}
	return p.seed(ctx, conn, name)
}

func (p *pool) seed(ctx context.Context, conn *sql.Conn, name string) error {
	for _, tb := range p.seeded {
		if _, err := conn.ExecContext(ctx, "INSERT INTO "+name+"."+quote(tb)+" SELECT * FROM "+p.tpl+"."+quote(tb)); err != nil {
			return fmt.Errorf("seed %s: %w", tb, err)
		}
	}
	return nil
}

// give empties name back to the template's rows and returns it to the pool; a database whose
// tables no longer match the template's (a test changed the schema) is dropped instead.
func (p *pool) give(name string) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	if err := p.restore(ctx, name); err != nil {
		p.drop(name)
		return
	}
	p.mu.Lock()
	p.free = append(p.free, name)
	p.mu.Unlock()
}

func (p *pool) restore(ctx context.Context, name string) error {
	return p.withConn(ctx, func(conn *sql.Conn) error { return p.restoreOn(ctx, conn, name) })
}

func (p *pool) restoreOn(ctx context.Context, conn *sql.Conn, name string) error {
	have, err := tablesOf(ctx, conn, name)
	if err != nil {
		return err
	}
	if strings.Join(have, ",") != strings.Join(p.tables, ",") {
		return fmt.Errorf("tables changed")
	}
	if _, err := conn.ExecContext(ctx, "SET FOREIGN_KEY_CHECKS = 0"); err != nil {
		return err
	}
	for _, tb := range p.tables {
		if _, err := conn.ExecContext(ctx, "DELETE FROM "+name+"."+quote(tb)); err != nil {
			return err
		}
	}
	return p.seed(ctx, conn, name)
}

// withConn runs f on one connection to the server: SET and USE hold for its statements.
func (p *pool) withConn(ctx context.Context, f func(*sql.Conn) error) error {
	db, err := sql.Open("mysql", p.server)
	if err != nil {
		return err
	}
	defer db.Close()
	conn, err := db.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	return f(conn)
}

func (p *pool) drop(name string) {
	db, err := sql.Open("mysql", p.server)
	if err != nil {
		return
	}
	defer db.Close()
	_, _ = db.Exec("DROP DATABASE IF EXISTS " + name)
}

// tablesOf answers the tables of database db by name, the template's marker left out.
func tablesOf(ctx context.Context, conn *sql.Conn, db string) ([]string, error) {
	rows, err := conn.QueryContext(ctx, "SELECT table_name FROM information_schema.tables WHERE table_schema = ? AND table_type = 'BASE TABLE' AND table_name <> 'pppdesk_template_ready' ORDER BY table_name", db)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			return nil, err
		}
		out = append(out, n)
	}
	return out, rows.Err()
}

func quote(table string) string { return "`" + table + "`" }
