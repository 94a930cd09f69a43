package store

import (
	"context"
	"errors"
	"strings"
	"time"

	mysqldrv "github.com/go-sql-driver/mysql"
	"github.com/uptrace/bun"

	"github.com/pppdesk/pppdesk/apperr"
)

// DefaultWriteTimeout bounds a write transaction once it no longer follows the client.
const DefaultWriteTimeout = 30 * time.Second

// InTx runs fn in one transaction that commits or rolls back as a whole. The transaction
// does not follow the request's cancellation: a client that disconnects halfway through
// would otherwise leave the connection to abort at an arbitrary statement, so it runs to
// its end under its own bounded timeout instead. Races with other writers come back as
// CONFLICT: a unique index that a concurrent writer filled first, a deadlock victim, a
// lock wait that timed out, a busy SQLite database. The search texts of the rows fn changed
// are rebuilt once, at its end, inside the transaction.
func (s *Store) InTx(ctx context.Context, fn func(ctx context.Context, tx bun.Tx) error) error {
	timeout := s.WriteTimeout
	if timeout <= 0 {
		timeout = DefaultWriteTimeout
	}
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), timeout)
	defer cancel()
	return Conflicting(s.DB.RunInTx(ctx, nil, func(ctx context.Context, tx bun.Tx) error {
		ctx, pending := withSearchPending(ctx)
		if err := fn(ctx, tx); err != nil {
			return err
		}
		return pending.flush(ctx, tx)
	}))
}

// Conflicting turns the database's ways of saying "someone else got there first" into a
// CONFLICT for the client; other errors pass unchanged.
func Conflicting(err error) error {
	if err == nil || apperr.CodeOf(err) != apperr.Internal {
		return err
	}
	switch {
	case IsUniqueViolation(err):
		return &apperr.Error{Code: apperr.Conflict, Message: "a concurrent change got there first; reload and try again"}
	case isLockConflict(err):
		return &apperr.Error{Code: apperr.Conflict, Message: "a concurrent change holds this record; reload and try again"}
	}
	return err
}

// IsUniqueViolation reports whether err is a unique index violation on either database.
func IsUniqueViolation(err error) bool {
	var me *mysqldrv.MySQLError
	if errors.As(err, &me) {
		return me.Number == 1062
	}
	return err != nil && strings.Contains(err.Error(), "UNIQUE constraint failed")
}

// Step lets tests fail or interrupt a write between two of its statements; without a
// StepHook it does nothing.
func (s *Store) Step(ctx context.Context, name string) error {
	if s.StepHook == nil {
		return nil
	}
	return s.StepHook(ctx, name)
}
