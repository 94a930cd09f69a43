// Package outbox holds the side effects of committed changes (notification mails, webhook
// calls) until they have gone out: they are written in the transaction of the change that
// causes them, so a crash can neither lose them nor send them for a change that rolled back.
package outbox

import (
	"context"

	"github.com/uptrace/bun"

	"github.com/pppdesk/pppdesk/notify"
)

// MailQueue writes notification mails for municipality mid in db, the transaction of the
// change that causes them; domain services take one as a dependency.
type MailQueue func(ctx context.Context, db bun.IDB, mid int64, msgs ...notify.Message) error

// Discard is the MailQueue of a server without mail: the messages are dropped.
func Discard(context.Context, bun.IDB, int64, ...notify.Message) error { return nil }
