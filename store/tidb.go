package store

import (
	"bytes"
	"context"
	"database/sql"
	"io"
	"io/fs"
	"strings"
)

// TiDB speaks MySQL's protocol and SQL, so it runs on the mysql dialect; the few places where
// it differs from MySQL/MariaDB are kept in this file (see the README's "### TiDB").

// tidbCollation stands in for utf8mb4_unicode_520_ci, which TiDB does not have (error 1273
// with its new collations, which are on by default). Of TiDB's Unicode collations it is the
// nearest: it orders and compares Japanese as unicode_520_ci does (hiragana = katakana,
// half-width = full-width, voiced marks ignored at the first level) and, unlike
// utf8mb4_unicode_ci, tells characters beyond the BMP apart (CJK extension B kanji such as
// 𠮷 in names, emoji), which utf8mb4_unicode_ci all weighs the same. It is NO PAD: trailing
// spaces count, which the inputs never have after trimming.
const tidbCollation = "utf8mb4_0900_ai_ci"

// tidbAutoID makes a TiDB table's AUTO_INCREMENT ids increase in insertion order across TiDB
// servers, as on MySQL: by default each TiDB server takes ids in batches of its own, so ids
// of rows written through two servers interleave out of order, and the lists and the audit
// log ordered by id would not read newest first.
const tidbAutoID = "AUTO_ID_CACHE=1"

// tidbSession is set on every TiDB connection. A TiDB transaction reads, with plain SELECTs,
// the snapshot of its start, even after it has waited for a row lock, whereas InnoDB takes a
// transaction's snapshot at its first plain read: the services lock first (a guarded UPDATE,
// SELECT … FOR UPDATE) and then read what the previous lock holder committed, which on
// TiDB's default REPEATABLE-READ they would not see (two identical answers at once were both
// recorded). READ-COMMITTED, which TiDB offers with pessimistic transactions, reads the latest
// committed rows at each statement, as those reads need.
var tidbSession = map[string]string{
	"tidb_txn_mode":         "'pessimistic'",
	"transaction_isolation": "'READ-COMMITTED'",
}

// mysqlCollation is the collation of every MySQL/MariaDB table and connection.
const mysqlCollation = "utf8mb4_unicode_520_ci"

// TiDB reports whether the MySQL-dialect server is TiDB; the store adapts the few statements
// TiDB handles differently.
func (s *Store) TiDB() bool { return s.tidb }

// isTiDB asks the server its version: TiDB answers "8.0.11-TiDB-v…".
func isTiDB(ctx context.Context, db *sql.DB) (bool, error) {
	var v string
	if err := db.QueryRowContext(ctx, "SELECT VERSION()").Scan(&v); err != nil {
		return false, err
	}
	return strings.Contains(v, "TiDB"), nil
}

// tidbFS serves the MySQL migrations with the collation TiDB has in place of the one it lacks,
// and with MySQL's order of AUTO_INCREMENT ids.
// The files themselves stay frozen (migrations/README.md); the rewrite is the same on every
// start, so a migration's effect is the same whether it ran before or after an upgrade.
type tidbFS struct{ fs.FS }

func (t tidbFS) Open(name string) (fs.File, error) {
	f, err := t.FS.Open(name)
	if err != nil || !strings.HasSuffix(name, ".sql") {
		return f, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, err
	}
	text, err := io.ReadAll(f)
	if err != nil {
		return nil, err
	}
	text = bytes.ReplaceAll(text, []byte(mysqlCollation), []byte(tidbCollation))
	text = bytes.ReplaceAll(text, []byte(") ENGINE=InnoDB "), []byte(") ENGINE=InnoDB "+tidbAutoID+" "))
	return &memFile{Reader: bytes.NewReader(text), info: memInfo{info, int64(len(text))}}, nil
}

type memFile struct {
	*bytes.Reader
	info memInfo
}

func (m *memFile) Stat() (fs.FileInfo, error) { return m.info, nil }
func (m *memFile) Close() error               { return nil }

type memInfo struct {
	fs.FileInfo
	size int64
}

func (i memInfo) Size() int64 { return i.size }
