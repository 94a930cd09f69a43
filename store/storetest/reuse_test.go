package storetest

import (
	"context"
	"slices"
	"testing"
)

// TestReusedDatabaseIsEmptied: a database of the pool comes back to the next test as a fresh
// migrated one would be: the rows of the previous test gone, the migration history there.
func TestReusedDatabaseIsEmptied(t *testing.T) {
	server, ok := mysqlServer(t)
	if !ok {
		t.Skip("the pool serves MySQL-dialect servers: set " + EnvDSN)
	}
	ctx := context.Background()
	var first, history string
	var applied int
	t.Run("dirty", func(t *testing.T) {
		s := pooled(t, server)
		if err := s.DB.QueryRowContext(ctx, "SELECT DATABASE()").Scan(&first); err != nil {
			t.Fatal(err)
		}
		if err := s.DB.QueryRowContext(ctx, "SELECT COUNT(*) FROM bun_migrations").Scan(&applied); err != nil || applied == 0 {
			t.Fatalf("history: %d %v", applied, err)
		}
		if _, err := s.DB.ExecContext(ctx, "INSERT INTO municipalities (slug, name, prefecture, desk_name, desk_department, postal_code, address, phone, email, portal_url, created_at, updated_at) VALUES ('reuse', 'reuse', '', '', '', '', '', '', '', '', NOW(), NOW())"); err != nil {
			t.Fatal(err)
		}
	})
	// MariaDB keeps its databases: this one is not left to the next run.
	defer func() {
		if p, err := poolFor(ctx, server); err == nil && first != "" {
			p.mu.Lock()
			p.free = slices.DeleteFunc(p.free, func(n string) bool { return n == first })
			p.mu.Unlock()
			p.drop(first)
		}
	}()
	t.Run("clean", func(t *testing.T) {
		s := pooled(t, server)
		if err := s.DB.QueryRowContext(ctx, "SELECT DATABASE()").Scan(&history); err != nil {
			t.Fatal(err)
		}
		if history != first {
			t.Fatalf("the pool made %s instead of handing back %s", history, first)
		}
		var n, again int
		if err := s.DB.QueryRowContext(ctx, "SELECT COUNT(*) FROM municipalities").Scan(&n); err != nil || n != 0 {
			t.Fatalf("rows of the previous test: %d %v", n, err)
		}
		if err := s.DB.QueryRowContext(ctx, "SELECT COUNT(*) FROM bun_migrations").Scan(&again); err != nil || again != applied {
			t.Fatalf("history %d, want %d (%v)", again, applied, err)
		}
	})
}
