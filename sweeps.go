package pppdesk

import (
	"context"
	"errors"
	"time"

	"github.com/pppdesk/pppdesk/content"
	"github.com/pppdesk/pppdesk/disclosure"
	"github.com/pppdesk/pppdesk/outbox"
	"github.com/pppdesk/pppdesk/proposal"
	"github.com/pppdesk/pppdesk/retention"
)

// sweepBatch bounds how many items of each kind one sweep handles; the rest wait for the
// next sweep, a few seconds later, so one sweep never holds up a delivery round for long.
const sweepBatch = 200

// sweeper is what the outbox dispatcher runs before every round: scheduled publications
// whose time has come send their CONTENT_PUBLISHED event, expired disclosure copies and
// records past their retention period are purged, and assignments send their due-date
// reminder and overdue notice. Both services run without a caller; the rules and
// the transactions are theirs.
func (s *Server) sweeper() outbox.Sweeper {
	return func(ctx context.Context, now time.Time) error {
		at := func() time.Time { return now }
		pubs := content.New(content.Deps{Store: s.cfg.Store, Now: at})
		props := proposal.New(proposal.Deps{Store: s.cfg.Store, Mail: s.outbox.Queue, Now: at, Log: s.cfg.Logger})
		_, errPub := pubs.SweepScheduled(ctx, now, sweepBatch)
		// Expired disclosure copies go (their files with the retention sweep's right after).
		_, errCopies := disclosure.New(disclosure.Deps{Store: s.cfg.Store, Files: s.cfg.Files, Now: at, Log: s.cfg.Logger}).
			SweepExpiredCopies(ctx, now, sweepBatch)
		errPub = errors.Join(errPub, errCopies)
		// Retention: records past their period lose their personal data and files.
		_, errPurge := retention.New(retention.Deps{Store: s.cfg.Store, Files: s.cfg.Files, Now: at, Log: s.cfg.Logger}).Sweep(ctx, now, sweepBatch)
		errPub = errors.Join(errPub, errPurge)
		// A server without mail leaves the due-date mails to one that has it: claiming
		// them here would mark them sent while their mails were dropped.
		if s.cfg.Mailer == nil {
			return errPub
		}
		_, errDue := props.SweepDueDates(ctx, now, sweepBatch)
		return errors.Join(errPub, errDue)
	}
}

// Sweep runs the periodic sweep once on the server's clock (RunOutbox runs it before every
// delivery round): it writes the mails and webhook events that have fallen due into the
// outbox, exactly once across replicas; DeliverWebhooks and WaitForNotifications send them.
func (s *Server) Sweep(ctx context.Context) error { return s.outbox.Sweep(ctx) }
