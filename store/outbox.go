package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/uptrace/bun"

	"github.com/pppdesk/pppdesk/model"
)

// QueueMail writes mails through db, so a mutation queues them in its own transaction: a
// mail exists exactly when the change it reports commits.
func QueueMail(ctx context.Context, db bun.IDB, mails ...*model.OutboxMail) error {
	if len(mails) == 0 {
		return nil
	}
	if _, err := db.NewInsert().Model(&mails).Exec(ctx); err != nil {
		return fmt.Errorf("queue mail: %w", err)
	}
	return nil
}

// DueMails answers pending mails whose time has come and whose lease (if any) ran out,
// oldest first.
func (s *Store) DueMails(ctx context.Context, now time.Time, limit int) ([]*model.OutboxMail, error) {
	var rows []*model.OutboxMail
	err := s.DB.NewSelect().Model(&rows).Where("status = ?", model.DeliveryPending).Where("next_attempt_at <= ?", now).
		WhereGroup(" AND ", func(q *bun.SelectQuery) *bun.SelectQuery {
			return q.Where("lease_until IS NULL").WhereOr("lease_until <= ?", now)
		}).Order("id").Limit(int64(limit)).Scan(ctx)
	if err != nil {
		return nil, fmt.Errorf("due mails: %w", err)
	}
	return rows, nil
}

// MailsToDrain counts the mails a stopping dispatcher (owner) still has to see through: due
// and free to claim, or claimed by it and being sent now.
func (s *Store) MailsToDrain(ctx context.Context, owner string, now time.Time) (int, error) {
	n, err := s.DB.NewSelect().Model((*model.OutboxMail)(nil)).Where("status = ?", model.DeliveryPending).
		WhereGroup(" AND ", func(q *bun.SelectQuery) *bun.SelectQuery {
			return q.WhereGroup(" OR ", func(q *bun.SelectQuery) *bun.SelectQuery {
				return q.Where("next_attempt_at <= ?", now).WhereGroup(" AND ", func(q *bun.SelectQuery) *bun.SelectQuery {
					return q.Where("lease_until IS NULL").WhereOr("lease_until <= ?", now)
				})
			}).WhereGroup(" OR ", func(q *bun.SelectQuery) *bun.SelectQuery {
				return q.Where("lease_owner = ?", owner).Where("lease_until > ?", now)
			})
		}).Count(ctx)
	if err != nil {
		return 0, fmt.Errorf("mails to drain: %w", err)
	}
	return int(n), nil
}

// ClaimMail takes a due mail for owner until leaseUntil and counts the attempt; false when
// another dispatcher holds it or sent it already. The guarded UPDATE is the whole claim, so
// it is safe across replicas on every engine (no SKIP LOCKED, which some engines that
// speak MySQL accept without locking anything).
func (s *Store) ClaimMail(ctx context.Context, m *model.OutboxMail, owner string, now, leaseUntil time.Time) (bool, error) {
	res, err := s.DB.NewUpdate().Model((*model.OutboxMail)(nil)).
		Set("lease_owner = ?", owner).Set("lease_until = ?", leaseUntil).Set("attempts = attempts + 1").
		Where("id = ?", m.ID).Where("status = ?", model.DeliveryPending).Where("next_attempt_at <= ?", now).
		WhereGroup(" AND ", func(q *bun.UpdateQuery) *bun.UpdateQuery {
			return q.Where("lease_until IS NULL").WhereOr("lease_until <= ?", now)
		}).Exec(ctx)
	if err != nil {
		return false, fmt.Errorf("claim mail: %w", err)
	}
	if n, _ := res.RowsAffected(); n != 1 {
		return false, nil
	}
	// The row as claimed: attempts counted by the database, not by a stale read.
	if err := s.DB.NewSelect().Model(m).WherePK().Scan(ctx); err != nil {
		return false, fmt.Errorf("claimed mail: %w", err)
	}
	return m.LeaseOwner == owner, nil
}

// SaveMail records the outcome of owner's attempt and ends its lease; a delivered mail's
// body is cleared. It writes nothing (false) when owner no longer holds the lease: another
// dispatcher took the mail over, and its outcome counts.
func (s *Store) SaveMail(ctx context.Context, m *model.OutboxMail, owner string) (bool, error) {
	q := s.DB.NewUpdate().Model(m).Set("status = ?", m.Status).Set("next_attempt_at = ?", m.NextAttemptAt).
		Set("last_error = ?", m.LastError).Set("delivered_at = ?", m.DeliveredAt).
		Set("lease_owner = ''").Set("lease_until = NULL")
	if m.Status == model.DeliveryDelivered {
		m.TextJA, m.TextEN = "", ""
		q = q.Set("text_ja = ''").Set("text_en = ''")
	}
	res, err := q.WherePK().Where("lease_owner = ?", owner).Where("status = ?", model.DeliveryPending).Exec(ctx)
	if err != nil {
		return false, fmt.Errorf("save mail: %w", err)
	}
	n, _ := res.RowsAffected()
	return n == 1, nil
}

// Mail answers one outbox mail, nil when there is none.
func (s *Store) Mail(ctx context.Context, id int64) (*model.OutboxMail, error) {
	var m model.OutboxMail
	if err := s.DB.NewSelect().Model(&m).Where("id = ?", id).Scan(ctx); err != nil {
		if errors.Is(err, sql.ErrNoRows) {
			return nil, nil
		}
		return nil, fmt.Errorf("mail: %w", err)
	}
	return &m, nil
}
