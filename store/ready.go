package store

import (
	"context"
	"fmt"
	"slices"
)

// MigrationState compares the migrations embedded in this binary with those the database
// has applied, for the readiness probe.
type MigrationState struct {
	// Embedded counts the migrations of this binary's dialect.
	Embedded int
	// Pending are the embedded migrations the database has not applied, oldest first: a
	// replica must not serve a schema it was not built for.
	Pending []string
	// Unknown are applied migrations this binary does not embed: a newer release migrated
	// the database (a rolling upgrade). Migrations only add, so an older replica still
	// serves; the probe reports them.
	Unknown []string
}

// Migrations reads the applied migrations (one small table) and compares them with the
// embedded ones.
func (s *Store) Migrations(ctx context.Context) (MigrationState, error) {
	ms, err := dialectMigrations(s.dialect, s.tidb)
	if err != nil {
		return MigrationState{}, err
	}
	var applied []string
	if err := s.DB.NewSelect().TableExpr("bun_migrations").Column("name").Scan(ctx, &applied); err != nil {
		return MigrationState{}, fmt.Errorf("read applied migrations: %w", err)
	}
	st := MigrationState{}
	embedded := map[string]bool{}
	for _, m := range ms.Sorted() {
		embedded[m.Name] = true
		st.Embedded++
		if !slices.Contains(applied, m.Name) {
			st.Pending = append(st.Pending, m.Name)
		}
	}
	for _, name := range applied {
		if !embedded[name] && !slices.Contains(legacyMigrations, name) && !slices.Contains(st.Unknown, name) {
			st.Unknown = append(st.Unknown, name)
		}
	}
	slices.Sort(st.Unknown)
	return st, nil
}
