package store

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/uptrace/bun/migrate"
)

// TestSQLiteMigrationRecordsItselfInItsTransaction: a start killed after a SQLite migration
// committed but before bun wrote its history must not run it again, since a plain
// ALTER TABLE … ADD COLUMN fails the second time.
func TestSQLiteMigrationRecordsItselfInItsTransaction(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, "sqlite:"+filepath.Join(t.TempDir(), "t.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ms := migrate.NewMigrations()
	ms.Add(migrate.Migration{Name: "1", Comment: "table", Up: sqliteUp([]string{"CREATE TABLE t (id INTEGER)"})})
	ms.Add(migrate.Migration{Name: "2", Comment: "column", Up: sqliteUp(splitStatements("ALTER TABLE t ADD COLUMN c INTEGER\n--bun:split\nCREATE INDEX t_c ON t (c)\n"))})
	mg := migrate.NewMigrator(s.DB, ms, migrate.WithMarkAppliedOnSuccess(true), migrate.WithUpsert(true))
	if err := mg.Init(ctx); err != nil {
		t.Fatal(err)
	}
	// Both migrations commit; the process dies before bun records them.
	for _, m := range ms.Sorted() {
		if err := m.Up(ctx, mg, &m); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := mg.Migrate(ctx); err != nil {
		t.Fatalf("next start re-ran a committed migration: %v", err)
	}
	var n int
	if err := s.DB.NewRaw("SELECT COUNT(*) FROM bun_migrations").Scan(ctx, &n); err != nil || n != 2 {
		t.Fatalf("history rows: %d, %v", n, err)
	}
}
