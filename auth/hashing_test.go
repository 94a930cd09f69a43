package auth

import (
	"context"
	"sync"
	"testing"

	"github.com/alexedwards/argon2id"

	"github.com/pppdesk/pppdesk/apperr"
)

// At most MaxHashing argon2id computations run at once; a caller whose request ends while
// it waits gives up instead of hashing.
func TestHashingIsBounded(t *testing.T) {
	cheap := &argon2id.Params{Memory: 1024, Iterations: 1, Parallelism: 1, SaltLength: 16, KeyLength: 32}
	a, err := New(nil, Config{Secret: make([]byte, 32), Params: cheap, MaxHashing: 2}, nil)
	if err != nil {
		t.Fatal(err)
	}
	entered, release := make(chan struct{}), make(chan struct{})
	var mu sync.Mutex
	running, most := 0, 0
	a.onHash = func() {
		mu.Lock()
		running++
		most = max(most, running)
		mu.Unlock()
		entered <- struct{}{}
		<-release
		mu.Lock()
		running--
		mu.Unlock()
	}
	var wg sync.WaitGroup
	for range 6 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, err := a.HashPassword(context.Background(), "some password"); err != nil {
				t.Error(err)
			}
		}()
	}
	<-entered
	<-entered
	// Both slots are taken: a caller whose request is over does not hash.
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := a.HashPassword(ctx, "another password"); apperr.CodeOf(err) != apperr.RateLimited {
		t.Fatalf("hashed beyond the bound: %v", err)
	}
	close(release)
	for range 4 {
		<-entered
	}
	wg.Wait()
	if most != 2 {
		t.Fatalf("%d hashes ran at once, want 2", most)
	}
}
