package store

import (
	"context"
	"fmt"
	"reflect"
	"sort"
)

// CheckSchema compares the migrated database of s with the models the store maps to
// tables, plus extra ones, and answers every mismatch: a model's table or column that no
// migration created, a column whose nullability differs from what the model's tags ask for,
// and a column or table of the database that no model maps to (a field or model removed
// without a migration). It lives in a test file so only tests see it; the schema test
// calls it on a freshly migrated database, so a model change without a migration fails CI.
func CheckSchema(ctx context.Context, s *Store, extra ...any) ([]string, error) {
	all := append(append([]any{}, models...), extra...)
	dbTables, err := s.tableNames(ctx)
	if err != nil {
		return nil, err
	}
	var problems []string
	mapped := map[string]bool{}
	for _, m := range all {
		t := s.DB.Table(reflect.TypeOf(m))
		mapped[t.Name] = true
		cols, err := s.columns(ctx, t.Name)
		if err != nil {
			return nil, err
		}
		if len(cols) == 0 {
			problems = append(problems, fmt.Sprintf("%s (%s): no migration creates the table", t.Name, t.Type.String()))
			continue
		}
		inModel := map[string]bool{}
		for _, f := range t.Fields {
			inModel[f.Name] = true
			notNull, ok := cols[f.Name]
			switch {
			case !ok:
				problems = append(problems, fmt.Sprintf("%s.%s (%s.%s): no migration creates the column", t.Name, f.Name, t.Type.String(), f.GoName))
			case notNull && !f.NotNull:
				problems = append(problems, fmt.Sprintf("%s.%s: column is NOT NULL but the model may write NULL (tag it notnull or make the column nullable)", t.Name, f.Name))
			case !notNull && f.NotNull:
				problems = append(problems, fmt.Sprintf("%s.%s: model is notnull but the column is nullable", t.Name, f.Name))
			}
		}
		for c := range cols {
			if !inModel[c] {
				problems = append(problems, fmt.Sprintf("%s.%s: column is not in the model %s (dropped without a migration?)", t.Name, c, t.Type.String()))
			}
		}
	}
	for _, name := range dbTables {
		if !mapped[name] {
			problems = append(problems, fmt.Sprintf("%s: table has no model in store's models list (dropped without a migration?)", name))
		}
	}
	sort.Strings(problems)
	return problems, nil
}

// tableNames answers the application's tables, without bun's migration bookkeeping.
func (s *Store) tableNames(ctx context.Context) ([]string, error) {
	var names []string
	q := `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\_%' ESCAPE '\' AND name NOT LIKE 'bun\_%' ESCAPE '\'`
	if s.dialect == MySQL {
		q = `SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name NOT LIKE 'bun\_%'`
	}
	err := s.DB.NewRaw(q).Scan(ctx, &names)
	return names, err
}

// columns answers whether each column of a table is NOT NULL; none if the table is missing.
func (s *Store) columns(ctx context.Context, table string) (map[string]bool, error) {
	var rows []struct {
		Name    string `bun:"name"`
		NotNull bool   `bun:"not_null"`
	}
	q := `SELECT name, "notnull" AS not_null FROM pragma_table_info(?)`
	if s.dialect == MySQL {
		q = `SELECT column_name AS name, is_nullable = 'NO' AS not_null FROM information_schema.columns WHERE table_schema = DATABASE() AND table_name = ?`
	}
	if err := s.DB.NewRaw(q, table).Scan(ctx, &rows); err != nil {
		return nil, fmt.Errorf("columns of %s: %w", table, err)
	}
	cols := map[string]bool{}
	for _, r := range rows {
		cols[r.Name] = r.NotNull
	}
	return cols, nil
}
