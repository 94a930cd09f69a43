package store_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/uptrace/bun"
	"github.com/uptrace/bun/migrate"

	"github.com/pppdesk/pppdesk/store"
	"github.com/pppdesk/pppdesk/store/storetest"
)

// schema describes a database's tables, columns and indexes, to compare a repaired
// database with a freshly migrated one.
func schema(t *testing.T, s *store.Store) string {
	t.Helper()
	ctx := context.Background()
	var rows []string
	var err error
	if s.Dialect() == store.MySQL {
		err = s.DB.NewRaw(`SELECT CONCAT(table_name, '.', column_name, ' ', column_type, ' ', is_nullable, ' ', COALESCE(collation_name, '')) FROM information_schema.columns WHERE table_schema = DATABASE()
			UNION ALL SELECT CONCAT(table_name, ' index ', index_name, ' ', seq_in_index, ' ', column_name, ' ', non_unique) FROM information_schema.statistics WHERE table_schema = DATABASE()
			UNION ALL SELECT CONCAT(table_name, ' fk ', constraint_name, ' ', referenced_table_name) FROM information_schema.referential_constraints WHERE constraint_schema = DATABASE()`).Scan(ctx, &rows)
	} else {
		err = s.DB.NewRaw(`SELECT type || ' ' || name || ' ' || COALESCE(sql, '') FROM sqlite_master`).Scan(ctx, &rows)
	}
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, r := range rows {
		if !strings.Contains(r, "bun_migration") {
			out = append(out, r)
		}
	}
	sortStrings(out)
	return strings.Join(out, "\n")
}

func sortStrings(a []string) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

func reopen(t *testing.T, dsn string) *store.Store {
	t.Helper()
	s, err := store.Open(context.Background(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close() })
	return s
}

// killAfter is a query hook that cancels the migration's context once n statements have
// run, as a kill of the process at that moment would stop it.
type killAfter struct {
	n      int64
	seen   atomic.Int64
	cancel context.CancelFunc
}

func (k *killAfter) BeforeQuery(ctx context.Context, _ *bun.QueryEvent) context.Context {
	if k.seen.Add(1) > k.n {
		k.cancel()
	}
	return ctx
}
func (k *killAfter) AfterQuery(context.Context, *bun.QueryEvent) {}

// TestStartAfterKilledMigration leaves a database in the states a kill during start-up
// leaves behind — bun's stale lock row, migrations whose DDL ran but that were never marked
// applied, a migration stopped after any of its statements — and asserts that the next start
// migrates normally to the full schema, on SQLite (a file) and MySQL/MariaDB.
func TestStartAfterKilledMigration(t *testing.T) {
	ctx := context.Background()
	ref := storetest.Open(t)
	want := schema(t, ref)

	t.Run("stale lock row", func(t *testing.T) {
		s, dsn := storetest.Empty(t)
		if err := s.Migrate(ctx); err != nil {
			t.Fatal(err)
		}
		if _, err := s.DB.ExecContext(ctx, "INSERT INTO bun_migration_locks (table_name) VALUES ('bun_migrations')"); err != nil {
			t.Fatal(err)
		}
		if err := reopen(t, dsn).Migrate(ctx); err != nil {
			t.Fatalf("start after a stale lock row: %v", err)
		}
	})

	t.Run("applied but not marked", func(t *testing.T) {
		s, dsn := storetest.Empty(t)
		if err := s.Migrate(ctx); err != nil {
			t.Fatal(err)
		}
		// The DDL of every migration ran, none was recorded, and some indexes are missing.
		if _, err := s.DB.ExecContext(ctx, "DELETE FROM bun_migrations"); err != nil {
			t.Fatal(err)
		}
		for _, ix := range []struct{ table, name string }{{"revisions", "revisions_owner"}, {"webhook_deliveries", "deliveries_due"}, {"resources", "resources_owner"}} {
			q := "DROP INDEX " + ix.name
			if s.Dialect() == store.MySQL {
				q += " ON " + ix.table
			}
			if _, err := s.DB.ExecContext(ctx, q); err != nil {
				t.Fatal(err)
			}
		}
		if _, err := s.DB.ExecContext(ctx, "DROP TABLE audit_entries"); err != nil {
			t.Fatal(err)
		}
		s2 := reopen(t, dsn)
		if err := s2.Migrate(ctx); err != nil {
			t.Fatalf("start after half-applied migrations: %v", err)
		}
		if got := schema(t, s2); got != want {
			t.Fatalf("repaired schema differs:\n%s\nwant:\n%s", got, want)
		}
	})

	// A kill after each of these statements (the first ones take the lock and create bun's
	// tables; later ones are inside migrations).
	points := []int64{0, 1, 2, 3, 4, 5, 6, 8, 11, 15, 20, 27, 36, 48, 64, 85, 110}
	if ref.Dialect() == store.MySQL {
		points = []int64{0, 3, 5, 11, 27, 64} // MySQL DDL is slow: fewer points
	}
	for _, n := range points {
		t.Run(fmt.Sprintf("killed after %d statements", n), func(t *testing.T) {
			s, dsn := storetest.Empty(t)
			kctx, cancel := context.WithCancel(ctx)
			defer cancel()
			s.AddHook(&killAfter{n: n, cancel: cancel})
			_ = s.Migrate(kctx) // may fail or, past the last statement, succeed
			_ = s.Close()
			s2 := reopen(t, dsn)
			if err := s2.Migrate(ctx); err != nil {
				t.Fatalf("start after a kill at statement %d: %v", n, err)
			}
			if got := schema(t, s2); got != want {
				t.Fatalf("schema after a kill at statement %d differs:\n%s\nwant:\n%s", n, got, want)
			}
		})
	}
}

// legacyNames are the history rows the Go migrations wrote before the SQL files replaced them.
var legacyNames = []string{
	"20261129000001", "20261129000002", "20261129000003", "20261129000004",
	"20261129000005", "20261129000006", "20261129000010", "20261129200001",
}

// legacyDatabase answers a database as the Go migrations left it: the snapshot's schema
// (which is what they built, auth_failures included) and their rows in bun_migrations, of
// which only the first n.
func legacyDatabase(t *testing.T, n int) (*store.Store, string) {
	t.Helper()
	ctx := context.Background()
	s, dsn := storetest.Empty(t)
	dir := "sqlite"
	if s.Dialect() == store.MySQL {
		dir = "mysql"
	}
	files, err := filepath.Glob(filepath.Join("migrations", dir, "20261130000001_snapshot.*up.sql"))
	if err != nil || len(files) != 1 {
		t.Fatalf("snapshot file: %v %v", files, err)
	}
	snapshot, err := os.ReadFile(files[0])
	if err != nil {
		t.Fatal(err)
	}
	text := string(snapshot)
	if s.TiDB() {
		// What the Go migrations built there: TiDB has no unicode_520_ci (store/tidb.go).
		text = strings.ReplaceAll(text, "utf8mb4_unicode_520_ci", "utf8mb4_0900_ai_ci")
	}
	for _, stmt := range strings.Split(text, "--bun:split") {
		if _, err := s.DB.ExecContext(ctx, stmt); err != nil {
			t.Fatalf("%s: %v", stmt, err)
		}
	}
	if err := migrate.NewMigrator(s.DB, migrate.NewMigrations()).Init(ctx); err != nil {
		t.Fatal(err)
	}
	for _, name := range legacyNames[:n] {
		if _, err := s.DB.ExecContext(ctx, "INSERT INTO bun_migrations (name, group_id) VALUES (?, 1)", name); err != nil {
			t.Fatal(err)
		}
	}
	return s, dsn
}

// TestUpgradeFromGoMigrations starts the SQL migrations on a database the Go migrations
// built: the snapshot must be a no-op there, and the later migrations must apply.
func TestUpgradeFromGoMigrations(t *testing.T) {
	ctx := context.Background()
	want := schema(t, storetest.Open(t))
	_, dsn := legacyDatabase(t, len(legacyNames))
	s := reopen(t, dsn)
	if err := s.Migrate(ctx); err != nil {
		t.Fatalf("upgrade: %v", err)
	}
	if got := schema(t, s); got != want {
		t.Fatalf("upgraded schema differs:\n%s\nwant:\n%s", got, want)
	}
	var applied []string
	if err := s.DB.NewRaw("SELECT name FROM bun_migrations ORDER BY name").Scan(ctx, &applied); err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(applied, " "); !strings.Contains(got, " 20261130000001 20261130000002") || !strings.HasPrefix(got, strings.Join(legacyNames, " ")) {
		t.Fatalf("history after upgrade: %s", got)
	}
	// A second start finds nothing to do.
	if err := reopen(t, dsn).Migrate(ctx); err != nil {
		t.Fatalf("start after upgrade: %v", err)
	}
}

// TestUpgradeRefusesPartialGoHistory: a database some Go migrations never reached may lack
// columns the snapshot cannot add, so Migrate says what to do instead of half working.
func TestUpgradeRefusesPartialGoHistory(t *testing.T) {
	_, dsn := legacyDatabase(t, 3)
	err := reopen(t, dsn).Migrate(context.Background())
	if err == nil || !strings.Contains(err.Error(), "3 of the 8 Go migrations") {
		t.Fatalf("got %v, want a refusal naming the partial history", err)
	}
}
