package store_test

import (
	"context"
	"errors"
	"fmt"
	"net"
	"strings"
	"syscall"
	"testing"
	"time"

	mysqldrv "github.com/go-sql-driver/mysql"

	"github.com/pppdesk/pppdesk/store"
	"github.com/pppdesk/pppdesk/store/storetest"
)

// TestReadersNotStalledByWriter holds a write transaction open and reads beside it: on a
// SQLite file (WAL, several connections) and on MySQL the read answers at once instead of
// waiting for the writer.
func TestReadersNotStalledByWriter(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s, _ := storetest.Empty(t)
	if err := s.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	tx, err := s.DB.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = tx.Rollback() }()
	if _, err := tx.ExecContext(ctx, "UPDATE municipalities SET name = name WHERE 1 = 1"); err != nil {
		t.Fatal(err)
	}
	// A guard, not a timing assertion: a stalled reader would wait for the writer forever.
	rctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	if _, err := s.Municipalities(rctx); err != nil {
		t.Fatalf("read beside an open write transaction: %v", err)
	}
}

// TestUnavailableErrors: the errors of a database that cannot serve are recognised as
// retryable; those of a bad query are not.
func TestUnavailableErrors(t *testing.T) {
	t.Parallel()
	refused := &net.OpError{Op: "dial", Net: "tcp", Err: &net.OpError{Err: syscall.ECONNREFUSED}}
	for _, err := range []error{
		refused,
		fmt.Errorf("list: %w", syscall.ECONNREFUSED),
		&mysqldrv.MySQLError{Number: 1040, Message: "Too many connections"},
		fmt.Errorf("x: %w", &mysqldrv.MySQLError{Number: 1205}),
		mysqldrv.ErrInvalidConn,
		context.DeadlineExceeded,
		errors.New("sql: database is closed"),
	} {
		if !store.Unavailable(err) {
			t.Errorf("%v: not recognised as unavailable", err)
		}
	}
	for _, err := range []error{errors.New("syntax error"), &mysqldrv.MySQLError{Number: 1064}, &mysqldrv.MySQLError{Number: 1062}, nil} {
		if store.Unavailable(err) {
			t.Errorf("%v: taken for an outage", err)
		}
	}
}

// TestTiDBTablesTakeItsCollation: on TiDB (PPPDESK_TEST_DSN naming one) the migrated tables
// have the collation that stands in for unicode_520_ci and MySQL's order of ids, and compare
// Japanese as MariaDB does.
func TestTiDBTablesTakeItsCollation(t *testing.T) {
	s := storetest.Open(t)
	if !s.TiDB() {
		t.Skip("not TiDB")
	}
	ctx := context.Background()
	var name, create string
	if err := s.DB.QueryRowContext(ctx, "SHOW CREATE TABLE proposals").Scan(&name, &create); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"COLLATE=utf8mb4_0900_ai_ci", "AUTO_ID_CACHE=1"} {
		if !strings.Contains(create, want) {
			t.Errorf("proposals: no %s in\n%s", want, create)
		}
	}
	var kana, width, kanji bool
	if err := s.DB.QueryRowContext(ctx, "SELECT 'あ' = 'ア', 'ｱ' = 'ア', '𠮷' = '𩸽'").Scan(&kana, &width, &kanji); err != nil {
		t.Fatal(err)
	}
	if !kana || !width || kanji {
		t.Errorf("あ = ア %v, ｱ = ア %v, 𠮷 = 𩸽 %v: want true, true, false", kana, width, kanji)
	}
}
