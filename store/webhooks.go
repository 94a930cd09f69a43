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
		// Due at once, to the second (MySQL and TiDB round a DATETIME's fraction up).
		d := &model.WebhookDelivery{MunicipalityID: mid, WebhookID: h.ID, Event: event, Payload: payload,
			Status: model.DeliveryPending, NextAttemptAt: now.Truncate(time.Second), CreatedAt: now}
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

// DueDeliveries answers pending deliveries whose time has come (a claimed one's lease has
// run out), oldest first, leaving out the endpoints in skip: a sender busy with those would
// only set their rows aside, and a long backlog of one hanging endpoint must not fill the
// limit and starve the others.
func (s *Store) DueDeliveries(ctx context.Context, now time.Time, limit int, skip ...int64) ([]DueDelivery, error) {
	var ds []*model.WebhookDelivery
	q := s.DB.NewSelect().Model(&ds).Where("status = ?", model.DeliveryPending).Where("next_attempt_at <= ?", now)
	if len(skip) > 0 {
		q = q.Where("webhook_id NOT IN (?)", bun.List(skip))
	}
	err := q.Order("id").Limit(int64(limit)).Scan(ctx)
	if err != nil {
		return nil, fmt.Errorf("due deliveries: %w", err)
	}
	if len(ds) == 0 {
		return nil, nil
	}
	ids := make([]int64, 0, len(ds))
	for _, d := range ds {
		ids = append(ids, d.WebhookID)
	}
	var hooks []*model.Webhook
	if err := s.DB.NewSelect().Model(&hooks).Where("id IN (?)", bun.List(ids)).Scan(ctx); err != nil {
		return nil, fmt.Errorf("delivery hooks: %w", err)
	}
	byID := make(map[int64]*model.Webhook, len(hooks))
	for _, h := range hooks {
		byID[h.ID] = h
	}
	out := make([]DueDelivery, 0, len(ds))
	for _, d := range ds {
		if h := byID[d.WebhookID]; h != nil {
			out = append(out, DueDelivery{Delivery: d, Hook: h})
		}
	}
	return out, nil
}

// SaveDelivery records the outcome of the attempt that claimed d (ClaimDelivery); it writes
// nothing (false) when the attempt is no longer the delivery's latest, because its lease
// ran out and another sender took the delivery over: that sender's outcome counts.
func (s *Store) SaveDelivery(ctx context.Context, d *model.WebhookDelivery) (bool, error) {
	res, err := s.DB.NewUpdate().Model(d).Column("status", "next_attempt_at", "last_status_code", "last_error", "delivered_at").WherePK().
		Where("status = ?", model.DeliveryPending).Where("attempts = ?", d.Attempts).Exec(ctx)
	if err != nil {
		return false, fmt.Errorf("save delivery: %w", err)
	}
	n, _ := res.RowsAffected()
	return n == 1, nil
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

// ClaimDelivery takes a due delivery for one sender: one guarded UPDATE moves its next
// attempt to the end of the lease and counts the attempt, so it is safe across replicas on
// every engine (no SKIP LOCKED, which some MySQL-compatible engines accept without
// locking). False when another sender claimed it first. The attempt count doubles as the
// fencing token of SaveDelivery; a sender that died leaves a lease that simply runs out.
func (s *Store) ClaimDelivery(ctx context.Context, d *model.WebhookDelivery, now, leaseUntil time.Time) (bool, error) {
	res, err := s.DB.NewUpdate().Model((*model.WebhookDelivery)(nil)).Set("next_attempt_at = ?", leaseUntil).Set("attempts = attempts + 1").
		Where("id = ?", d.ID).Where("status = ?", model.DeliveryPending).Where("next_attempt_at <= ?", now).
		Where("attempts = ?", d.Attempts).Exec(ctx)
	if err != nil {
		return false, fmt.Errorf("claim delivery: %w", err)
	}
	if n, _ := res.RowsAffected(); n != 1 {
		return false, nil
	}
	d.Attempts++
	d.NextAttemptAt = leaseUntil
	return true, nil
}
