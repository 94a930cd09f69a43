package store

import (
	"context"
	"fmt"
	"time"

	"github.com/uptrace/bun"

	"github.com/pppdesk/pppdesk/model"
)

// Webhooks lists the municipality's endpoints.
func (s *Store) Webhooks(ctx context.Context, mid int64) ([]*model.Webhook, error) {
	var rows []*model.Webhook
	if err := s.DB.NewSelect().Model(&rows).Where("municipality_id = ?", mid).Order("id").Scan(ctx); err != nil {
		return nil, fmt.Errorf("webhooks: %w", err)
	}
	return rows, nil
}

// DeleteWebhook deactivates an endpoint (its log stays); false when it is not the
// municipality's.
func DeleteWebhook(ctx context.Context, db bun.IDB, mid, id int64) (bool, error) {
	res, err := db.NewUpdate().Model((*model.Webhook)(nil)).Set("active = ?", false).Where("municipality_id = ?", mid).Where("id = ?", id).Exec(ctx)
	if err != nil {
		return false, fmt.Errorf("delete webhook: %w", err)
	}
	n, _ := res.RowsAffected()
	return n == 1, nil
}

// Enqueue queues one delivery of an event to every active endpoint of the municipality that
// asked for it.
func (s *Store) Enqueue(ctx context.Context, mid int64, event, payload string, now time.Time) error {
	return EnqueueIn(ctx, s.DB, mid, event, payload, now)
}

// EnqueueIn queues an event's deliveries through db, so a mutation queues them in its own
// transaction: the event is queued exactly when the change it reports commits.
func EnqueueIn(ctx context.Context, db bun.IDB, mid int64, event, payload string, now time.Time) error {
	var hooks []*model.Webhook
	if err := db.NewSelect().Model(&hooks).Where("municipality_id = ?", mid).Where("active = ?", true).Order("id").Scan(ctx); err != nil {
		return fmt.Errorf("webhooks: %w", err)
	}
	for _, h := range hooks {
		if !h.Active || !contains(h.Events, event) {
			continue
		}
		d := &model.WebhookDelivery{MunicipalityID: mid, WebhookID: h.ID, Event: event, Payload: payload,
			Status: model.DeliveryPending, NextAttemptAt: now, CreatedAt: now}
		if err := Insert(ctx, db, d); err != nil {
			return err
		}
	}
	return nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// DueDelivery is a pending delivery with its endpoint.
type DueDelivery struct {
	Delivery *model.WebhookDelivery
	Hook     *model.Webhook
}

// DueDeliveries answers pending deliveries whose time has come, oldest first.
func (s *Store) DueDeliveries(ctx context.Context, now time.Time, limit int) ([]DueDelivery, error) {
	var ds []*model.WebhookDelivery
	err := s.DB.NewSelect().Model(&ds).Where("status = ?", model.DeliveryPending).Where("next_attempt_at <= ?", now).
		Order("id").Limit(int64(limit)).Scan(ctx)
	if err != nil {
		return nil, fmt.Errorf("due deliveries: %w", err)
	}
	out := make([]DueDelivery, 0, len(ds))
	for _, d := range ds {
		var h model.Webhook
		if err := s.DB.NewSelect().Model(&h).Where("id = ?", d.WebhookID).Scan(ctx); err != nil {
			return nil, fmt.Errorf("delivery hook: %w", err)
		}
		out = append(out, DueDelivery{Delivery: d, Hook: &h})
	}
	return out, nil
}

// SaveDelivery records the outcome of an attempt.
func (s *Store) SaveDelivery(ctx context.Context, d *model.WebhookDelivery) error {
	_, err := s.DB.NewUpdate().Model(d).Column("status", "attempts", "next_attempt_at", "last_status_code", "last_error", "delivered_at").WherePK().Exec(ctx)
	if err != nil {
		return fmt.Errorf("save delivery: %w", err)
	}
	return nil
}

// Deliveries lists an endpoint's delivery log, newest first.
func (s *Store) Deliveries(ctx context.Context, mid, webhookID int64, limit int) ([]*model.WebhookDelivery, error) {
	var rows []*model.WebhookDelivery
	err := s.DB.NewSelect().Model(&rows).Where("municipality_id = ?", mid).Where("webhook_id = ?", webhookID).
		Order("id DESC").Limit(int64(limit)).Scan(ctx)
	if err != nil {
		return nil, fmt.Errorf("deliveries: %w", err)
	}
	return rows, nil
}

// ClaimDelivery takes a due delivery for one sender by moving its next attempt past the
// lease; false when another replica claimed it first, so no delivery is sent twice at once.
func (s *Store) ClaimDelivery(ctx context.Context, d *model.WebhookDelivery, now, leaseUntil time.Time) (bool, error) {
	res, err := s.DB.NewUpdate().Model((*model.WebhookDelivery)(nil)).Set("next_attempt_at = ?", leaseUntil).
		Where("id = ?", d.ID).Where("status = ?", model.DeliveryPending).Where("next_attempt_at <= ?", now).Exec(ctx)
	if err != nil {
		return false, fmt.Errorf("claim delivery: %w", err)
	}
	n, _ := res.RowsAffected()
	return n == 1, nil
}
