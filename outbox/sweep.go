package outbox

import (
	"context"
	"time"
)

// Sweeper finds what has become due by now without a request causing it (a scheduled
// publication's time, an assignment's due date) and writes its mails and webhook events
// into the outbox, each claimed with a guarded UPDATE in the transaction that writes them,
// so replicas sweeping one database at once write each exactly once. The server builds it
// from the domain services; the dispatcher only calls it.
type Sweeper func(ctx context.Context, now time.Time) error

// Sweep runs the dispatcher's Sweeper once on its clock; nothing without one. Run calls it
// before every round, so what falls due goes out in the same round; tests call it directly.
func (d *Dispatcher) Sweep(ctx context.Context) error {
	if d.Sweeper == nil {
		return nil
	}
	return d.Sweeper(ctx, d.now())
}
