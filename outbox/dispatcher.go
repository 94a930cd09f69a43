package outbox

import (
	"context"
	"crypto/rand"
	"log/slog"
	mrand "math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/uptrace/bun"

	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/notify"
	"github.com/pppdesk/pppdesk/store"
	"github.com/pppdesk/pppdesk/webhooks"
)

// Defaults of a Dispatcher's zero fields.
const (
	// DefaultMaxMailAttempts is how often a mail is tried before it is marked FAILED;
	// with Backoff that spans about a day, so an SMTP outage of hours loses nothing.
	DefaultMaxMailAttempts = 12
	// DefaultMailLease is how long a claimed mail is left to its dispatcher; it must be
	// longer than one SMTP Send (notify's default timeout is 30 s), or a slow send would be
	// taken over and sent twice.
	DefaultMailLease = 5 * time.Minute
	// DefaultBatch is how many due rows of each kind one round reads.
	DefaultBatch = 100
)

// Dispatcher delivers the outbox: notification mails and webhook deliveries that committed
// changes left in the database. Every endpoint (each webhook, and the mail server) has its
// own lane, worked by its own goroutine in row order, so a receiver that hangs (for as
// long as its client timeout allows) holds up only its own lane. Rows are claimed with a
// guarded UPDATE and a lease, so replicas share the work without sending a row twice at
// once, and a dispatcher that dies leaves leases that run out: the next round anywhere
// takes those rows over. Delivery is therefore at least once; the webhook-id header and
// the Message-ID stay the same across attempts, so a receiver can drop a duplicate.
type Dispatcher struct {
	Store *store.Store
	// Mailer sends mails; nil means mails are neither queued nor sent.
	Mailer notify.Mailer
	// Hooks signs and posts webhook deliveries.
	Hooks *webhooks.Sender
	// Now is the clock; nil means time.Now.
	Now func() time.Time
	// Log receives failures nobody waits for; nil means slog.Default.
	Log *slog.Logger
	// Sweeper, when set, runs before every round of Run (see Sweep).
	Sweeper Sweeper
	// Owner names this dispatcher in mail leases; empty means a random name.
	Owner           string
	MaxMailAttempts int
	MailLease       time.Duration
	Batch           int

	mu    sync.Mutex
	lanes map[string]chan struct{} // busy lanes; closed when the lane is free again
	wg    sync.WaitGroup           // running lane goroutines

	// crashAfterSend, in tests, makes an attempt end right after the receiver got the row,
	// before the outcome is recorded, as if the process died there.
	crashAfterSend func() bool
}

// New answers a dispatcher with a random owner name.
func New(st *store.Store, mailer notify.Mailer, hooks *webhooks.Sender, now func() time.Time, log *slog.Logger) *Dispatcher {
	return &Dispatcher{Store: st, Mailer: mailer, Hooks: hooks, Now: now, Log: log}
}

// Queue writes notification mails in db, the transaction of the change that causes them;
// it is the server's MailQueue.
func (d *Dispatcher) Queue(ctx context.Context, db bun.IDB, mid int64, msgs ...notify.Message) error {
	if d.Mailer == nil || len(msgs) == 0 {
		return nil
	}
	now := d.now()
	// A municipality's own wording of a mail (setMailTemplate) replaces the default here,
	// in the change's transaction, so the row holds exactly what is sent.
	if slices.ContainsFunc(msgs, func(m notify.Message) bool { return m.Template != "" }) {
		own, err := store.MailTemplates(ctx, db, mid)
		if err != nil {
			return err
		}
		for i, m := range msgs {
			if t := own[m.Template]; t != nil {
				msgs[i] = notify.Override(m, t.Subject, t.Body)
			}
		}
	}
	// Due at once, to the second: MySQL and TiDB round a DATETIME's fraction (12:00:00.7 is
	// stored as 12:00:01), which would leave a mail not yet due for the next half second.
	due := now.Truncate(time.Second)
	rows := make([]*model.OutboxMail, len(msgs))
	for i, m := range msgs {
		rows[i] = &model.OutboxMail{MunicipalityID: mid, Recipient: m.To, Subject: m.Subject, TextJA: m.TextJA, TextEN: m.TextEN,
			Status: model.DeliveryPending, NextAttemptAt: due, CreatedAt: now}
	}
	return store.QueueMail(ctx, db, rows...)
}

var _ MailQueue = (*Dispatcher)(nil).Queue

// MessageID answers the Message-ID local part of an outbox mail: derived from its row, so
// every attempt of one mail carries the same one.
func MessageID(m *model.OutboxMail) string {
	return "pppdesk-mail-" + strconv.FormatInt(m.ID, 10) + "." + strconv.FormatInt(m.CreatedAt.Unix(), 10)
}

// Lane keys: all mail goes to one SMTP server, each webhook is an endpoint of its own.
const (
	mailLane = "mail"
	hookLane = "hook:"
)

// Kinds of rows a round delivers.
type Kinds int

// The halves of the outbox.
const (
	Mail Kinds = 1 << iota
	Webhooks
	All = Mail | Webhooks
)

// DeliverDue delivers the due rows of the given kinds, every lane in parallel, and waits
// until they are done; a lane another round is working is waited for first. It answers how
// many attempts it made. Tests and a graceful shutdown call it; Run does not wait.
func (d *Dispatcher) DeliverDue(ctx context.Context, kinds Kinds) (int, error) {
	return d.round(ctx, kinds, true)
}

// Drain sends the due mails and waits until none is left that this dispatcher could send or
// is sending (its Run loop may be in the middle of a batch it read before), checking every
// 100 ms, until ctx ends: a stopping process delivers what it queued, and a mail that failed
// and waits for its retry does not hold the stop.
func (d *Dispatcher) Drain(ctx context.Context) error {
	if d.Mailer == nil {
		return nil
	}
	for {
		if _, err := d.DeliverDue(ctx, Mail); err != nil {
			return err
		}
		n, err := d.Store.MailsToDrain(ctx, d.owner(), d.now())
		if err != nil || n == 0 {
			return err
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// Stats measures both halves of the outbox for monitoring: rows waiting, the age of the
// oldest of them, and rows that gave up (FAILED).
func (d *Dispatcher) Stats(ctx context.Context) (depth int, oldestAge time.Duration, failures int, err error) {
	st, err := d.Store.OutboxStats(ctx)
	if err != nil {
		return 0, 0, 0, err
	}
	if !st.Oldest.IsZero() {
		oldestAge = max(d.now().Sub(st.Oldest), 0)
	}
	return int(st.Pending), oldestAge, int(st.Failed), nil
}

// Run sweeps (Sweeper) and delivers due rows every interval until ctx ends, then waits for the attempts in
// flight (their context ends with ctx, so they end promptly). A round starts the lanes
// that are idle and does not wait for them, so a hanging receiver never delays the next
// round of the others.
func (d *Dispatcher) Run(ctx context.Context, every time.Duration) {
	defer d.wg.Wait()
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		if err := d.Sweep(ctx); err != nil && ctx.Err() == nil {
			d.log().ErrorContext(ctx, "outbox sweep", "error", err)
		}
		if _, err := d.round(ctx, All, false); err != nil && ctx.Err() == nil {
			d.log().ErrorContext(ctx, "outbox dispatch", "error", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// round reads the due rows, groups them by lane and works every lane in its own goroutine.
func (d *Dispatcher) round(ctx context.Context, kinds Kinds, wait bool) (int, error) {
	now := d.now()
	var order []string
	lanes := map[string][]func(context.Context) (tried, ok bool){}
	add := func(key string, f func(context.Context) (bool, bool)) {
		if _, seen := lanes[key]; !seen {
			order = append(order, key)
		}
		lanes[key] = append(lanes[key], f)
	}
	// Without waiting, a busy lane would only skip its rows: leave them unread, so they
	// take no room in the round from the lanes that are free.
	var busyHooks []int64
	mailBusy := false
	if !wait {
		d.mu.Lock()
		for key := range d.lanes {
			if id, ok := strings.CutPrefix(key, hookLane); ok {
				n, _ := strconv.ParseInt(id, 10, 64)
				busyHooks = append(busyHooks, n)
			}
			mailBusy = mailBusy || key == mailLane
		}
		d.mu.Unlock()
	}
	if kinds&Mail != 0 && d.Mailer != nil && !mailBusy {
		mails, err := d.Store.DueMails(ctx, now, d.batch())
		if err != nil {
			return 0, err
		}
		for _, m := range mails {
			add(mailLane, func(ctx context.Context) (bool, bool) { return d.sendMail(ctx, m) })
		}
	}
	if kinds&Webhooks != 0 {
		due, err := d.Store.DueDeliveries(ctx, now, d.batch(), busyHooks...)
		if err != nil {
			return 0, err
		}
		for _, x := range due {
			add(hookLane+strconv.FormatInt(x.Hook.ID, 10), func(ctx context.Context) (bool, bool) { return d.sendHook(ctx, x) })
		}
	}
	var attempts atomic.Int64
	var done sync.WaitGroup
	for _, key := range order {
		items := lanes[key]
		done.Add(1)
		d.wg.Add(1)
		go func() {
			defer d.wg.Done()
			defer done.Done()
			release, ok := d.acquire(ctx, key, wait)
			if !ok {
				return
			}
			defer release()
			for _, item := range items {
				if ctx.Err() != nil {
					return
				}
				tried, ok := item(ctx)
				if tried {
					attempts.Add(1)
				}
				if !ok {
					// The endpoint fails: its other rows wait for the next round rather
					// than each waiting out the same failure now.
					return
				}
			}
		}()
	}
	if wait {
		done.Wait()
	}
	return int(attempts.Load()), nil
}

// acquire makes this goroutine the lane's only worker: it answers false when the lane is
// busy (or, with wait, waits until it is free).
func (d *Dispatcher) acquire(ctx context.Context, key string, wait bool) (release func(), ok bool) {
	for {
		d.mu.Lock()
		if d.lanes == nil {
			d.lanes = map[string]chan struct{}{}
		}
		busy, taken := d.lanes[key]
		if !taken {
			free := make(chan struct{})
			d.lanes[key] = free
			d.mu.Unlock()
			return func() {
				d.mu.Lock()
				delete(d.lanes, key)
				d.mu.Unlock()
				close(free)
			}, true
		}
		d.mu.Unlock()
		if !wait {
			return nil, false
		}
		select {
		case <-busy:
		case <-ctx.Done():
			return nil, false
		}
	}
}

// sendMail claims, sends and records one mail. Tried reports an attempt; ok false ends
// the lane's round.
func (d *Dispatcher) sendMail(ctx context.Context, m *model.OutboxMail) (tried, ok bool) {
	now := d.now()
	claimed, err := d.Store.ClaimMail(ctx, m, d.owner(), now, now.Add(d.mailLease()))
	if err != nil {
		d.log().ErrorContext(ctx, "outbox mail claim", "error", err)
		return false, false
	}
	if !claimed {
		return false, true // another dispatcher has it
	}
	err = d.Mailer.Send(ctx, notify.Message{To: m.Recipient, Subject: m.Subject, TextJA: m.TextJA, TextEN: m.TextEN, ID: MessageID(m)})
	if d.crashAfterSend != nil && d.crashAfterSend() {
		return true, false
	}
	now = d.now()
	if err == nil {
		m.Status, m.DeliveredAt, m.LastError = model.DeliveryDelivered, &now, ""
	} else {
		m.LastError = truncate(err.Error(), 1000)
		if m.Attempts >= d.maxMailAttempts() {
			// NextAttemptAt of a failed mail is when it failed: its retention counts from
			// there (a mail that fails after a long outage is not purged at once).
			m.Status, m.NextAttemptAt = model.DeliveryFailed, now
		} else {
			m.NextAttemptAt = now.Add(jitter(webhooks.Backoff(m.Attempts)))
		}
		d.log().WarnContext(ctx, "notification email failed", "mail", m.ID, "attempt", m.Attempts, "status", m.Status, "error", err)
	}
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
	defer cancel()
	if _, serr := d.Store.SaveMail(sctx, m, d.owner()); serr != nil {
		d.log().ErrorContext(ctx, "outbox mail record", "error", serr)
	}
	return true, err == nil
}

// sendHook claims, posts and records one webhook delivery.
func (d *Dispatcher) sendHook(ctx context.Context, x store.DueDelivery) (tried, ok bool) {
	now := d.now()
	del := x.Delivery
	claimed, err := d.Store.ClaimDelivery(ctx, del, now, now.Add(d.hookLease()))
	if err != nil {
		d.log().ErrorContext(ctx, "outbox webhook claim", "error", err)
		return false, false
	}
	if !claimed {
		return false, true
	}
	delivered, final := d.Hooks.Attempt(ctx, x.Hook, del)
	if d.crashAfterSend != nil && d.crashAfterSend() {
		return true, false
	}
	if !delivered {
		if final || del.Attempts >= webhooks.MaxAttempts {
			del.Status = model.DeliveryFailed
		} else {
			del.NextAttemptAt = d.now().Add(jitter(webhooks.Backoff(del.Attempts)))
		}
	}
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
	defer cancel()
	if _, err := d.Store.SaveDelivery(sctx, del); err != nil {
		d.log().ErrorContext(ctx, "webhook delivery log", "error", err)
	}
	return true, delivered || final // a removed endpoint costs no wait
}

// jitter spreads retries over the last quarter of their backoff, so endpoints that failed
// together do not retry in lock step; it never waits longer than the backoff.
func jitter(d time.Duration) time.Duration {
	return d - time.Duration(mrand.Int64N(int64(d)/4+1))
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n]
}

func (d *Dispatcher) now() time.Time {
	if d.Now == nil {
		return time.Now()
	}
	return d.Now()
}

func (d *Dispatcher) log() *slog.Logger {
	if d.Log == nil {
		return slog.Default()
	}
	return d.Log
}

func (d *Dispatcher) owner() string {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.Owner == "" {
		d.Owner = "dispatcher-" + rand.Text()[:12]
	}
	return d.Owner
}

func (d *Dispatcher) batch() int {
	if d.Batch > 0 {
		return d.Batch
	}
	return DefaultBatch
}

func (d *Dispatcher) maxMailAttempts() int {
	if d.MaxMailAttempts > 0 {
		return d.MaxMailAttempts
	}
	return DefaultMaxMailAttempts
}

func (d *Dispatcher) mailLease() time.Duration {
	if d.MailLease > 0 {
		return d.MailLease
	}
	return DefaultMailLease
}

// hookLease outlasts one attempt's timeout with room to record it.
func (d *Dispatcher) hookLease() time.Duration {
	t := webhooks.DefaultTimeout
	if d.Hooks != nil && d.Hooks.Timeout > 0 {
		t = d.Hooks.Timeout
	}
	return max(time.Minute, 2*t)
}
