package content

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/uptrace/bun"

	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/store"
)

// SweepScheduled sends the CONTENT_PUBLISHED events of content published for a time that
// has come by now (up to limit of them), and answers how many it queued. Each event is
// claimed and its webhook deliveries queued in one transaction, so replicas sweeping at once
// send it once; one left behind by a restart is past due and goes out on the next sweep.
// Content that is not public at its time any more (unpublished, archived or deleted by a
// path that kept the schedule) is claimed without an event.
func (s *Service) SweepScheduled(ctx context.Context, now time.Time, limit int) (int, error) {
	now = now.UTC().Truncate(time.Second)
	due, err := s.store.DueScheduledPublications(ctx, now, limit)
	if err != nil {
		return 0, err
	}
	munis := map[int64]*model.Municipality{}
	sent := 0
	var errs []error
	for _, sp := range due {
		m, seen := munis[sp.MunicipalityID]
		if !seen {
			if m, err = s.store.MunicipalityByID(ctx, sp.MunicipalityID); err != nil {
				return sent, err
			}
			munis[sp.MunicipalityID] = m
		}
		queued := false
		err := s.store.InTx(ctx, func(ctx context.Context, tx bun.Tx) error {
			queued = false
			ok, err := store.ClaimScheduledPublication(ctx, tx, sp.ID, now)
			if err != nil || !ok || m == nil {
				return err
			}
			row, _, err := store.Publishable(ctx, tx, sp.MunicipalityID, sp.OwnerType, sp.OwnerID)
			if err != nil || row == nil {
				return err
			}
			if p, _, _ := store.Parts(row); p.PublicationState != model.StatePublished || p.PublishedAt == nil || p.PublishedAt.After(now) {
				return nil
			}
			queued = true
			return enqueueEvent(ctx, tx, m, model.WebhookEventContentPublished, row.(model.Node), model.StatePublished, sp.PublishAt.UTC(), now)
		})
		if err != nil {
			// One item that fails must not hold up the others: it stays unsent and is
			// tried again on the next sweep.
			errs = append(errs, fmt.Errorf("scheduled publication %d: %w", sp.ID, err))
			continue
		}
		if queued {
			sent++
		}
	}
	return sent, errors.Join(errs...)
}
