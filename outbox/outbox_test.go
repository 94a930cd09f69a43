package outbox

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	"github.com/uptrace/bun"

	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/notify"
	"github.com/pppdesk/pppdesk/store"
	"github.com/pppdesk/pppdesk/store/storetest"
	"github.com/pppdesk/pppdesk/webhooks"
)

// clock is a settable test clock in whole seconds (MariaDB keeps no fractions).
type clock struct {
	mu  sync.Mutex
	now time.Time
}

func newClock() *clock { return &clock{now: time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC)} }

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *clock) Add(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
}

// inbox receives mails and counts them per Message-ID; fail makes the next sends fail.
type inbox struct {
	mu   sync.Mutex
	got  []notify.Message
	byID map[string]int
	fail int // sends still to fail; negative fails all
}

func (b *inbox) Send(_ context.Context, m notify.Message) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.fail != 0 {
		b.fail--
		return errors.New("421 mail server busy")
	}
	if b.byID == nil {
		b.byID = map[string]int{}
	}
	b.got = append(b.got, m)
	b.byID[m.ID]++
	return nil
}

func (b *inbox) counts() (int, map[string]int) {
	b.mu.Lock()
	defer b.mu.Unlock()
	c := map[string]int{}
	for k, v := range b.byID {
		c[k] = v
	}
	return len(b.got), c
}

// hookReceiver is a webhook endpoint on loopback that counts deliveries per webhook-id.
type hookReceiver struct {
	mu   sync.Mutex
	ids  []string
	byID map[string]int
	got  chan string // every delivery's id, when set
	srv  *httptest.Server
}

func newHookReceiver(t *testing.T, block func(r *http.Request)) *hookReceiver {
	h := &hookReceiver{byID: map[string]int{}, got: make(chan string, 100)}
	h.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		id := r.Header.Get(webhooks.IDHeader)
		h.mu.Lock()
		h.ids = append(h.ids, id)
		h.byID[id]++
		h.mu.Unlock()
		if block != nil {
			block(r)
		}
		h.got <- id
		w.WriteHeader(http.StatusNoContent)
	}))
	t.Cleanup(h.srv.Close)
	return h
}

func (h *hookReceiver) counts() (int, map[string]int) {
	h.mu.Lock()
	defer h.mu.Unlock()
	c := map[string]int{}
	for k, v := range h.byID {
		c[k] = v
	}
	return len(h.ids), c
}

// seed gives a migrated store a municipality and one webhook per URL.
func seed(t *testing.T, st *store.Store, now time.Time, urls ...string) int64 {
	t.Helper()
	ctx := context.Background()
	if err := st.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	m := &model.Municipality{Slug: "test", Name: "テスト市", CreatedAt: now, UpdatedAt: now}
	if err := store.Insert(ctx, st.DB, m); err != nil {
		t.Fatal(err)
	}
	for _, u := range urls {
		h := &model.Webhook{MunicipalityID: m.ID, URL: u, Events: []string{"CONTENT_PUBLISHED"}, Secret: "receiver-secret-123", Active: true, CreatedAt: now}
		if err := store.Insert(ctx, st.DB, h); err != nil {
			t.Fatal(err)
		}
	}
	return m.ID
}

func dispatcher(st *store.Store, mailer notify.Mailer, c *clock, owner string) *Dispatcher {
	d := New(st, mailer, &webhooks.Sender{Client: &http.Client{}, Now: c.Now, Timeout: time.Hour}, c.Now, nil)
	d.Owner = owner
	return d
}

// change commits what a mutation would: its row, and in the same transaction its mail
// and its webhook event.
func change(t *testing.T, st *store.Store, d *Dispatcher, mid int64, n int, now time.Time) {
	t.Helper()
	err := st.InTx(context.Background(), func(ctx context.Context, tx bun.Tx) error {
		for range n {
			if err := d.Queue(ctx, tx, mid, notify.Message{To: "taro@example.test", Subject: "確認コード", TextJA: "コード 123456", TextEN: "Code 123456"}); err != nil {
				return err
			}
			if err := store.EnqueueIn(ctx, tx, mid, "CONTENT_PUBLISHED", `{"event":"CONTENT_PUBLISHED"}`, now); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func reopen(t *testing.T, dsn string) *store.Store {
	t.Helper()
	st, err := store.Open(context.Background(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = st.Close() })
	return st
}

// TestKilledBeforeDelivery: the server dies after the change committed and before the
// dispatcher ran; a new server on the same database sends every mail and webhook exactly
// once per id.
func TestKilledBeforeDelivery(t *testing.T) {
	ctx := context.Background()
	c := newClock()
	hook := newHookReceiver(t, nil)
	st, dsn := storetest.Empty(t)
	mid := seed(t, st, c.Now(), hook.srv.URL)
	box := &inbox{}
	change(t, st, dispatcher(st, box, c, "first"), mid, 3, c.Now())
	_ = st.Close() // killed: nothing was delivered

	st2 := reopen(t, dsn)
	d := dispatcher(st2, box, c, "second")
	if n, err := d.DeliverDue(ctx, All); err != nil || n != 6 {
		t.Fatalf("after restart: %d attempts, %v", n, err)
	}
	if n, err := d.DeliverDue(ctx, All); err != nil || n != 0 {
		t.Fatalf("second round: %d attempts, %v", n, err)
	}
	exactlyOnce(t, "mail", 3)(box.counts())
	exactlyOnce(t, "webhook", 3)(hook.counts())
	// Delivered mail keeps no body (it may hold a sign-up code).
	box.mu.Lock()
	first := box.got[0]
	box.mu.Unlock()
	var rows []*model.OutboxMail
	if err := st2.DB.NewSelect().Model(&rows).Scan(ctx); err != nil {
		t.Fatal(err)
	}
	for _, r := range rows {
		if r.Status != model.DeliveryDelivered || r.TextJA != "" || r.TextEN != "" || r.Attempts != 1 || r.DeliveredAt == nil {
			t.Fatalf("delivered row: %+v", r)
		}
	}
	if first.TextJA != "コード 123456" || first.ID != MessageID(rows[0]) {
		t.Fatalf("sent mail: %+v", first)
	}
}

func exactlyOnce(t *testing.T, what string, want int) func(int, map[string]int) {
	return func(n int, byID map[string]int) {
		t.Helper()
		if n != want || len(byID) != want {
			t.Fatalf("%s: %d received, %d ids, want %d each: %v", what, n, len(byID), want, byID)
		}
		for id, k := range byID {
			if id == "" || k != 1 {
				t.Fatalf("%s: id %q received %d times", what, id, k)
			}
		}
	}
}

// TestKilledAfterSend: the dispatcher dies after the receiver got the row and before it
// recorded that. While its lease holds nobody sends again; once the lease ran out a new
// server sends the row again under the same id (at least once), so the receiver can drop
// the duplicate, and then records it.
func TestKilledAfterSend(t *testing.T) {
	ctx := context.Background()
	c := newClock()
	hook := newHookReceiver(t, nil)
	st, dsn := storetest.Empty(t)
	mid := seed(t, st, c.Now(), hook.srv.URL)
	box := &inbox{}
	d1 := dispatcher(st, box, c, "first")
	change(t, st, d1, mid, 2, c.Now())
	d1.crashAfterSend = func() bool { return true }
	if _, err := d1.DeliverDue(ctx, All); err != nil {
		t.Fatal(err)
	}
	// The lanes stop at their first crash: one mail and one webhook reached the receivers.
	n1, _ := box.counts()
	h1, _ := hook.counts()
	if n1 != 1 || h1 != 1 {
		t.Fatalf("before the crash: %d mails, %d webhooks", n1, h1)
	}
	_ = st.Close()

	st2 := reopen(t, dsn)
	d2 := dispatcher(st2, box, c, "second")
	if n, err := d2.DeliverDue(ctx, All); err != nil || n != 2 {
		t.Fatalf("within the lease only the unclaimed rows go: %d, %v", n, err)
	}
	c.Add(DefaultMailLease + d2.hookLease())
	if n, err := d2.DeliverDue(ctx, All); err != nil || n != 2 {
		t.Fatalf("after the lease: %d, %v", n, err)
	}
	if n, err := d2.DeliverDue(ctx, All); err != nil || n != 0 {
		t.Fatalf("after recording: %d, %v", n, err)
	}
	for what, counts := range map[string]func() (int, map[string]int){"mail": box.counts, "webhook": hook.counts} {
		n, byID := counts()
		dup := 0
		for _, k := range byID {
			dup += k - 1
		}
		if n != 3 || len(byID) != 2 || dup != 1 {
			t.Fatalf("%s: %d received under %d ids (%v), want 2 ids, one of them twice", what, n, len(byID), byID)
		}
	}
	var mails []*model.OutboxMail
	if err := st2.DB.NewSelect().Model(&mails).Order("id").Scan(ctx); err != nil {
		t.Fatal(err)
	}
	if mails[0].Attempts != 2 || mails[0].Status != model.DeliveryDelivered || mails[1].Attempts != 1 {
		t.Fatalf("mail rows: %+v %+v", mails[0], mails[1])
	}
}

// TestHungReceiverDelaysNoOther: a receiver that never answers holds up only its own
// endpoint: the dispatcher's loop keeps delivering to a healthy endpoint, round after
// round, while the hung one is still blocked; each endpoint gets its deliveries in order.
func TestHungReceiverDelaysNoOther(t *testing.T) {
	c := newClock()
	release := make(chan struct{})
	entered := make(chan struct{}, 10)
	hung := newHookReceiver(t, func(r *http.Request) {
		entered <- struct{}{}
		select {
		case <-release:
		case <-r.Context().Done():
		}
	})
	healthy := newHookReceiver(t, nil)
	st := storetest.Open(t)
	// The hung endpoint is registered first, so its deliveries come first in every round.
	mid := seed(t, st, c.Now(), hung.srv.URL, healthy.srv.URL)
	box := &inbox{}
	d := dispatcher(st, box, c, "only")
	// Small rounds: the hung endpoint's backlog alone would fill a round, and must not
	// crowd the healthy endpoint out of the rounds.
	d.Batch = 2
	change(t, st, d, mid, 2, c.Now())

	ctx, stop := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { defer close(done); d.Run(ctx, time.Millisecond) }()
	defer func() { stop(); <-done }()
	defer close(release)

	waitFor := func(ch chan string, what string) string {
		t.Helper()
		select {
		case id := <-ch:
			return id
		case <-time.After(time.Minute): // a failsafe, not a measurement
			t.Fatalf("%s never came while the hung receiver blocked", what)
			return ""
		}
	}
	<-entered
	a, b := waitFor(healthy.got, "healthy delivery 1"), waitFor(healthy.got, "healthy delivery 2")
	// A change after the hang started reaches the healthy endpoint in a later round.
	change(t, st, d, mid, 1, c.Now())
	cc := waitFor(healthy.got, "healthy delivery 3")
	if !(idNum(a) < idNum(b) && idNum(b) < idNum(cc)) {
		t.Fatalf("healthy endpoint out of order: %s %s %s", a, b, cc)
	}
	// All the while the hung endpoint has its first delivery only, still unanswered.
	if n, _ := hung.counts(); n != 1 || len(entered) != 0 {
		t.Fatalf("hung endpoint got %d deliveries", n)
	}
	select {
	case id := <-hung.got:
		t.Fatalf("hung receiver answered %s before its release", id)
	default:
	}
}

func idNum(id string) int {
	n := 0
	for _, r := range id {
		if r >= '0' && r <= '9' {
			n = n*10 + int(r-'0')
		}
	}
	return n
}

// TestFailingMailIsRetried: a mail the SMTP server refuses stays queued with its error and
// goes out after its backoff under the same Message-ID; one that keeps failing ends FAILED
// and stays visible (Stats counts it), never silently dropped.
func TestFailingMailIsRetried(t *testing.T) {
	ctx := context.Background()
	c := newClock()
	st := storetest.Open(t)
	mid := seed(t, st, c.Now())
	box := &inbox{fail: 1}
	d := dispatcher(st, box, c, "only")
	change(t, st, d, mid, 1, c.Now())
	if n, err := d.DeliverDue(ctx, Mail); err != nil || n != 1 {
		t.Fatalf("first attempt: %d %v", n, err)
	}
	first := lastMailID(t, st) // ids are the database's: a reused test database does not start at 1
	m, err := st.Mail(ctx, first)
	if err != nil || m == nil || m.Status != model.DeliveryPending || m.Attempts != 1 || m.LastError == "" || !m.NextAttemptAt.After(c.Now()) || m.TextJA == "" {
		t.Fatalf("after a failure: %+v %v", m, err)
	}
	if depth, _, failures, err := d.Stats(ctx); err != nil || depth != 1 || failures != 0 {
		t.Fatalf("stats: %d %d %v", depth, failures, err)
	}
	if n, _ := d.DeliverDue(ctx, Mail); n != 0 {
		t.Fatalf("retried before its backoff: %d", n)
	}
	c.Add(webhooks.Backoff(1))
	if n, err := d.DeliverDue(ctx, Mail); err != nil || n != 1 {
		t.Fatalf("retry: %d %v", n, err)
	}
	exactlyOnce(t, "mail", 1)(box.counts())
	if m, _ := st.Mail(ctx, first); m.Status != model.DeliveryDelivered || m.Attempts != 2 {
		t.Fatalf("after the retry: %+v", m)
	}

	// A mail that never gets through ends FAILED after its attempts.
	box.fail = -1
	d.MaxMailAttempts = 3
	change(t, st, d, mid, 1, c.Now())
	for range 3 {
		if n, err := d.DeliverDue(ctx, Mail); err != nil || n != 1 {
			t.Fatalf("attempt: %d %v", n, err)
		}
		c.Add(webhooks.Backoff(10))
	}
	if n, _ := d.DeliverDue(ctx, Mail); n != 0 {
		t.Fatalf("a failed mail was tried again: %d", n)
	}
	m, _ = st.Mail(ctx, lastMailID(t, st))
	if m == nil || m.Status != model.DeliveryFailed || m.Attempts != 3 || m.TextJA == "" {
		t.Fatalf("failed mail: %+v", m)
	}
	// Its retention counts from when it failed (the last attempt), not from an earlier plan.
	if failedAt := c.Now().Add(-webhooks.Backoff(10)); m.NextAttemptAt.Sub(failedAt).Abs() > time.Second {
		t.Fatalf("a failed mail's next_attempt_at %v, want when it failed (%v)", m.NextAttemptAt, failedAt)
	}
	if depth, _, failures, err := d.Stats(ctx); err != nil || failures != 1 {
		t.Fatalf("stats: depth %d failures %d %v", depth, failures, err)
	}
}

// TestTwoDispatchersClaimEachRowOnce: two replicas' dispatchers working one database at
// once deliver every row once.
func TestTwoDispatchersClaimEachRowOnce(t *testing.T) {
	ctx := context.Background()
	c := newClock()
	hook := newHookReceiver(t, nil)
	st := storetest.Open(t)
	mid := seed(t, st, c.Now(), hook.srv.URL)
	box := &inbox{}
	change(t, st, dispatcher(st, box, c, "a"), mid, 20, c.Now())
	var wg sync.WaitGroup
	for _, owner := range []string{"a", "b"} {
		d := dispatcher(st, box, c, owner)
		wg.Go(func() {
			if _, err := d.DeliverDue(ctx, All); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	exactlyOnce(t, "mail", 20)(box.counts())
	exactlyOnce(t, "webhook", 20)(hook.counts())
}

// TestStats: depth and age count both halves of the outbox.
func TestStats(t *testing.T) {
	ctx := context.Background()
	c := newClock()
	st := storetest.Open(t)
	mid := seed(t, st, c.Now(), "http://127.0.0.1:1/hook")
	d := dispatcher(st, &inbox{}, c, "only")
	if depth, age, failures, err := d.Stats(ctx); err != nil || depth != 0 || age != 0 || failures != 0 {
		t.Fatalf("empty: %d %v %d %v", depth, age, failures, err)
	}
	change(t, st, d, mid, 2, c.Now())
	c.Add(90 * time.Second)
	if depth, age, failures, err := d.Stats(ctx); err != nil || depth != 4 || age != 90*time.Second || failures != 0 {
		t.Fatalf("queued: %d %v %d %v", depth, age, failures, err)
	}
}

// TestRunSweepsBeforeEachRound: the dispatcher's loop runs its Sweeper on its own clock
// before every round, and what the sweep queued is delivered by that loop.
func TestRunSweepsBeforeEachRound(t *testing.T) {
	c := newClock()
	hook := newHookReceiver(t, nil)
	st := storetest.Open(t)
	mid := seed(t, st, c.Now(), hook.srv.URL)
	d := dispatcher(st, &inbox{}, c, "only")
	var mu sync.Mutex
	var calls []time.Time
	d.Sweeper = func(ctx context.Context, now time.Time) error {
		mu.Lock()
		calls = append(calls, now)
		first := len(calls) == 1
		mu.Unlock()
		if !first {
			return nil
		}
		return store.EnqueueIn(ctx, st.DB, mid, "CONTENT_PUBLISHED", `{"event":"CONTENT_PUBLISHED"}`, now)
	}
	ctx, stop := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { defer close(done); d.Run(ctx, time.Millisecond) }()
	select {
	case <-hook.got:
	case <-time.After(time.Minute): // a failsafe, not a measurement
		t.Fatal("the swept event was never delivered")
	}
	stop()
	<-done
	mu.Lock()
	defer mu.Unlock()
	if len(calls) == 0 || !calls[0].Equal(c.Now()) {
		t.Fatalf("sweeps: %v, want them on the dispatcher's clock %v", calls, c.Now())
	}
	exactlyOnce(t, "webhook", 1)(hook.counts())
}

// lastMailID answers the ID of the newest mail in the outbox.
func lastMailID(t *testing.T, st *store.Store) int64 {
	t.Helper()
	var id int64
	if err := st.DB.NewSelect().TableExpr("outbox_mails").ColumnExpr("MAX(id)").Scan(context.Background(), &id); err != nil {
		t.Fatal(err)
	}
	return id
}
