package auth

import (
	"context"
	"errors"
	"runtime"
	"sync"
	"testing"

	"github.com/alexedwards/argon2id"
)

// The default parameters and concurrency bound the argon2id memory of a process well under
// the 128 MiB a replica may take during 16 concurrent sign-ins (issue 10): 2 × 12 MiB.
func TestDefaultHashingMemoryIsBounded(t *testing.T) {
	a, err := New(nil, Config{Secret: make([]byte, 32)}, nil)
	if err != nil {
		t.Fatal(err)
	}
	const budget = 32 << 20
	got := int64(DefaultParams.Memory) << 10 * DefaultMaxHashing
	if a.MemoryBudget() != got || got > budget {
		t.Fatalf("hashing memory %d MiB (computed %d MiB), want at most %d MiB", a.MemoryBudget()>>20, got>>20, budget>>20)
	}
	// OWASP's equivalent configurations trade memory for passes: m=19 MiB t=2, m=12 MiB t=3,
	// m=9 MiB t=4, m=7 MiB t=5; nothing below their cost.
	if p := DefaultParams; p.Memory < 12*1024 || p.Iterations < 3 || p.Parallelism != 1 {
		t.Fatalf("default parameters %+v are weaker than OWASP's m=12 MiB, t=3, p=1", p)
	}
	// Parameters beyond the ceiling are refused at start, not at the first sign-in.
	if _, err := New(nil, Config{Secret: make([]byte, 32), Params: &argon2id.Params{Memory: 1 << 20, Iterations: 1, Parallelism: 1, SaltLength: 16, KeyLength: 32}}, nil); !errors.Is(err, ErrUnsafeHash) {
		t.Fatalf("1 GiB parameters accepted: %v", err)
	}
}

// Hashes of other parameters share the memory budget by what they take: cheap ones run two at
// a time within the budget, one made with more memory than the budget runs alone; all of them
// verify.
func TestHashingMemoryIsShared(t *testing.T) {
	small := &argon2id.Params{Memory: 1024, Iterations: 1, Parallelism: 1, SaltLength: 16, KeyLength: 32}
	big := &argon2id.Params{Memory: 3072, Iterations: 1, Parallelism: 2, SaltLength: 16, KeyLength: 32}
	a, err := New(nil, Config{Secret: make([]byte, 32), Params: small, MaxHashing: 2}, nil)
	if err != nil {
		t.Fatal(err)
	}
	hs, _ := argon2id.CreateHash("correct horse", small)
	hb, _ := argon2id.CreateHash("correct horse", big)
	var mu sync.Mutex
	most, mostWithBig := int64(0), int64(0)
	a.onHash = func() {
		mu.Lock()
		defer mu.Unlock()
		n := a.inFlight.Load()
		if n > a.budget {
			mostWithBig = max(mostWithBig, n)
		} else {
			most = max(most, n)
		}
	}
	var wg sync.WaitGroup
	for i := range 16 {
		wg.Go(func() {
			h := hs
			if i%4 == 0 {
				h = hb
			}
			if ok, err := a.ComparePassword(context.Background(), "correct horse", h); err != nil || !ok {
				t.Errorf("compare: %v %v", ok, err)
			}
		})
	}
	wg.Wait()
	if most > 2048 || mostWithBig > 3072 {
		t.Fatalf("hashing memory in flight reached %d KiB (%d KiB with a big hash), budget 2048 KiB", most, mostWithBig)
	}
}

// A stored hash asking for absurd parameters (a row with m=4 GiB, or zero cost, which argon2
// panics on) is refused before anything is allocated.
func TestUnsafeHashRefusedWithoutAllocating(t *testing.T) {
	a, err := New(nil, Config{Secret: make([]byte, 32), Params: &argon2id.Params{Memory: 1024, Iterations: 1, Parallelism: 1, SaltLength: 16, KeyLength: 32}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	const tail = "$c29tZXNhbHRzb21lc2FsdA$c29tZWtleXNvbWVrZXlzb21la2V5c29tZWtleTEy"
	for _, params := range []string{"m=4194304,t=1,p=1", "m=131072,t=1,p=1", "m=1024,t=1000000,p=1", "m=0,t=1,p=1", "m=1024,t=0,p=1", "m=1024,t=1,p=0"} {
		h := "$argon2id$v=19$" + params + tail
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		ok, err := a.ComparePassword(context.Background(), "password12", h)
		runtime.ReadMemStats(&after)
		if ok || !errors.Is(err, ErrUnsafeHash) {
			t.Errorf("%s: %v %v, want ErrUnsafeHash", params, ok, err)
		}
		if d := after.TotalAlloc - before.TotalAlloc; d > 64<<10 {
			t.Errorf("%s: refusing allocated %d bytes", params, d)
		}
	}
}
