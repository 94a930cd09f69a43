package store

import (
	"context"
	"database/sql"
	"errors"
	"time"

	"github.com/pppdesk/pppdesk/model"
)

// OutboxStats is the state of the queue of outgoing deliveries, for the metrics.
type OutboxStats struct {
	// Pending counts deliveries waiting to be sent; Oldest is when the oldest of them was
	// queued (zero when none waits).
	Pending int64
	Oldest  time.Time
	// Failed counts deliveries given up.
	Failed int64
}

// OutboxStats reads both halves of the outbox: notification mails (outbox_mails) and
// webhook deliveries (webhook_deliveries).
func (s *Store) OutboxStats(ctx context.Context) (OutboxStats, error) {
	var st OutboxStats
	for _, table := range []func() any{
		func() any { return new(model.OutboxMail) },
		func() any { return new(model.WebhookDelivery) },
	} {
		n, err := s.DB.NewSelect().Model(table()).Where("status = ?", model.DeliveryPending).Count(ctx)
		if err != nil {
			return st, err
		}
		st.Pending += int64(n)
		if n > 0 {
			var oldest struct {
				CreatedAt time.Time `bun:"created_at"`
			}
			err := s.DB.NewSelect().Model(table()).Column("created_at").Where("status = ?", model.DeliveryPending).
				Order("created_at ASC").Limit(1).Scan(ctx, &oldest)
			if err != nil && !errors.Is(err, sql.ErrNoRows) {
				return st, err
			}
			if !oldest.CreatedAt.IsZero() && (st.Oldest.IsZero() || oldest.CreatedAt.Before(st.Oldest)) {
				st.Oldest = oldest.CreatedAt
			}
		}
		n, err = s.DB.NewSelect().Model(table()).Where("status = ?", model.DeliveryFailed).Count(ctx)
		if err != nil {
			return st, err
		}
		st.Failed += int64(n)
	}
	return st, nil
}
