// Package storetest gives each test a fresh, migrated database: in-memory SQLite by default,
// or a new MySQL/MariaDB database when PPPDESK_TEST_DSN names a server, so the same tests
// run on both dialects.
package storetest

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	_ "github.com/go-sql-driver/mysql" // the MySQL driver for the scratch-database admin connection

	"github.com/pppdesk/pppdesk/store"
)

// EnvDSN names the environment variable that points the tests at MySQL/MariaDB, e.g.
// PPPDESK_TEST_DSN='mysql:root:@tcp(127.0.0.1:3306)/test'. The database in it is only used
// to connect; each test gets its own scratch database next to it.
const EnvDSN = "PPPDESK_TEST_DSN"

var seq atomic.Int64

// DSN answers the test DSN, or "" for SQLite.
func DSN() string { return os.Getenv(EnvDSN) }

// Open answers a fresh migrated store that is closed and dropped when the test ends.
func Open(t testing.TB) *store.Store {
	t.Helper()
	if server, ok := mysqlServer(t); ok {
		admin, err := sql.Open("mysql", server)
		if err != nil {
			t.Fatal(err)
		}
		reuse := reusing(context.Background(), t, admin, server)
		_ = admin.Close()
		if reuse {
			return pooled(t, server)
		}
	}
	s, _ := fresh(t, false)
	if err := s.Migrate(context.Background()); err != nil {
		t.Fatal(err)
	}
	return s
}

// Empty answers a fresh store that is not migrated yet, and the DSN that opens the same
// database again (a restart, in start-up fault tests). On SQLite it is a file in the test's
// temporary directory, since only a file outlives its connections.
func Empty(t testing.TB) (*store.Store, string) {
	t.Helper()
	return fresh(t, true)
}

func fresh(t testing.TB, onFile bool) (*store.Store, string) {
	t.Helper()
	ctx := context.Background()
	dsn := DSN()
	if dsn == "" {
		db := "sqlite::memory:"
		if onFile {
			db = "sqlite:" + filepath.Join(t.TempDir(), "test.db")
		}
		s, err := store.Open(ctx, db)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = s.Close() })
		return s, db
	}
	server, _ := mysqlServer(t)
	name := fmt.Sprintf("pppdesk_t%d_%d_%d", os.Getpid(), time.Now().UnixNano()%1e6, seq.Add(1))
	admin, err := sql.Open("mysql", server)
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close()
	// latin1 on purpose: the migrations must make every table utf8mb4 on their own.
	if _, err := admin.ExecContext(ctx, "CREATE DATABASE "+name+" CHARACTER SET latin1"); err != nil {
		t.Fatalf("MySQL at %s is not reachable (%s): %v", server, EnvDSN, err)
	}
	t.Cleanup(func() {
		a, err := sql.Open("mysql", server)
		if err == nil {
			_, _ = a.Exec("DROP DATABASE IF EXISTS " + name)
			_ = a.Close()
		}
	})
	s, err := store.Open(ctx, "mysql:"+server+name)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close() })
	return s, "mysql:" + server + name
}

// mysqlServer answers the server part of the test DSN ("user:pass@tcp(host:port)/"), or
// false on SQLite.
func mysqlServer(t testing.TB) (string, bool) {
	t.Helper()
	dsn := DSN()
	if dsn == "" {
		return "", false
	}
	rest, ok := strings.CutPrefix(dsn, "mysql:")
	if !ok {
		t.Fatalf("%s=%q: want mysql:USER:PASS@tcp(HOST:PORT)/DB", EnvDSN, dsn)
	}
	slash := strings.LastIndex(rest, "/")
	if slash < 0 {
		t.Fatalf("%s=%q: no database part", EnvDSN, dsn)
	}
	return rest[:slash+1], true
}
