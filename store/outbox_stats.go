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

// OutboxStats reads the delivery queue. Today the queue is the webhook_deliveries table;
// when a transactional outbox replaces it, only this function changes.
func (s *Store) OutboxStats(ctx context.Context) (OutboxStats, error) {
	var st OutboxStats
	n, err := s.DB.NewSelect().Model((*model.WebhookDelivery)(nil)).Where("status = ?", model.DeliveryPending).Count(ctx)
	if err != nil {
		return st, err
	}
	st.Pending = int64(n)
	if n > 0 {
		var oldest model.WebhookDelivery
		err := s.DB.NewSelect().Model(&oldest).Column("created_at").Where("status = ?", model.DeliveryPending).
			Order("created_at ASC").Limit(1).Scan(ctx)
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return st, err
		}
		st.Oldest = oldest.CreatedAt
	}
	n, err = s.DB.NewSelect().Model((*model.WebhookDelivery)(nil)).Where("status = ?", model.DeliveryFailed).Count(ctx)
	st.Failed = int64(n)
	return st, err
}
