package store

import (
	"io"
	"io/fs"
	"strings"
	"testing"
)

// TestTiDBMigrationsRewrite: on TiDB every MySQL migration is read with the collation TiDB
// has and MySQL's id order, and nothing else changes; the file's size is its new size, since
// a reader may trust Stat.
func TestTiDBMigrationsRewrite(t *testing.T) {
	sub, err := fs.Sub(migrationFiles, "migrations/mysql")
	if err != nil {
		t.Fatal(err)
	}
	entries, err := fs.ReadDir(sub, ".")
	if err != nil {
		t.Fatal(err)
	}
	tables := 0
	for _, e := range entries {
		orig, err := fs.ReadFile(sub, e.Name())
		if err != nil {
			t.Fatal(err)
		}
		f, err := tidbFS{sub}.Open(e.Name())
		if err != nil {
			t.Fatal(err)
		}
		got, err := io.ReadAll(f)
		if err != nil {
			t.Fatal(err)
		}
		info, err := f.Stat()
		if err != nil {
			t.Fatal(err)
		}
		_ = f.Close()
		text := string(got)
		if info.Size() != int64(len(got)) {
			t.Errorf("%s: Stat says %d bytes, read %d", e.Name(), info.Size(), len(got))
		}
		if strings.Contains(text, mysqlCollation) {
			t.Errorf("%s: still names %s, which TiDB lacks", e.Name(), mysqlCollation)
		}
		n := strings.Count(text, "ENGINE=InnoDB")
		tables += n
		if strings.Count(text, "ENGINE=InnoDB "+tidbAutoID+" ") != n {
			t.Errorf("%s: a table without %s", e.Name(), tidbAutoID)
		}
		back := strings.ReplaceAll(strings.ReplaceAll(text, " "+tidbAutoID, ""), tidbCollation, mysqlCollation)
		if back != string(orig) {
			t.Errorf("%s: the rewrite changed more than the collation and the id cache", e.Name())
		}
	}
	if tables == 0 {
		t.Fatal("no CREATE TABLE found in the MySQL migrations")
	}
}
