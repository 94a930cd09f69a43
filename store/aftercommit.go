package store

import (
	"context"
	"sync"
)

type afterCommitKey struct{}

// afterCommit collects what a transaction of InTx does once it has committed.
type afterCommit struct {
	mu  sync.Mutex
	fns []func()
}

func (a *afterCommit) run() {
	a.mu.Lock()
	fns := a.fns
	a.fns = nil
	a.mu.Unlock()
	for _, fn := range fns {
		fn()
	}
}

// AfterCommit runs fn once the InTx transaction that ctx belongs to has committed, and never
// when it rolls back: a side effect that cannot be taken back (a mail handed to the mailer)
// must not leave for a change that did not happen. Outside a transaction fn runs at once.
func AfterCommit(ctx context.Context, fn func()) {
	a, _ := ctx.Value(afterCommitKey{}).(*afterCommit)
	if a == nil {
		fn()
		return
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	a.fns = append(a.fns, fn)
}
