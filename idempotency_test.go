package pppdesk_test

import (
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/pppdesk/pppdesk/model"
)

// TestIdempotencyKey: a creating mutation retried with the same Idempotency-Key answers the
// object of the first attempt and creates nothing more, also when the retries race; the same
// key with another input is a CONFLICT naming the key; keys expire.
func TestIdempotencyKey(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	p1, desk := e.login("proposer1@demo.pppdesk.jp"), e.login("desk@demo.pppdesk.jp")
	input := func(title string) map[string]any {
		in := proposalInput("FREE", nil)
		in["title"] = title
		return map[string]any{"in": in}
	}
	create := func(title, key string) response {
		return e.post(createProposal, input(title), as(p1, "Idempotency-Key", key)...)
	}
	idOf := func(r response) string {
		t.Helper()
		if len(r.Errors) > 0 {
			t.Fatalf("create: %s", r.Raw)
		}
		return get(r.Data, "createProposal", "proposal", "id").(string)
	}
	titled := func(title string) int { return e.count((*model.Proposal)(nil), "title", title) }

	first := idOf(create("一度だけの提案", "key-1"))
	if again := idOf(create("一度だけの提案", "key-1")); again != first {
		t.Fatalf("retry created %s, first was %s", again, first)
	}
	if n := titled("一度だけの提案"); n != 1 {
		t.Fatalf("%d proposals after a retry, want 1", n)
	}
	r := create("別の提案", "key-1")
	if r.code() != "CONFLICT" || !strings.Contains(r.Errors[0].Message, "key-1") {
		t.Fatalf("same key, other input: %s", r.Raw)
	}
	if n := titled("別の提案"); n != 0 {
		t.Fatalf("a reused key created %d proposals", n)
	}
	// Another caller's key is its own, even with the same value.
	other := e.login("proposer2@demo.pppdesk.jp")
	if r := e.post(createProposal, input("一度だけの提案"), as(other, "Idempotency-Key", "key-1")...); len(r.Errors) > 0 || idOf(r) == first {
		t.Fatalf("another caller's key: %s", r.Raw)
	}
	// Concurrent attempts with one key create one proposal; every success answers it.
	var mu sync.Mutex
	ids := map[string]int{}
	var wg sync.WaitGroup
	for range 6 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := create("同時の提案", "key-2")
			mu.Lock()
			defer mu.Unlock()
			if r.code() == "" {
				ids[get(r.Data, "createProposal", "proposal", "id").(string)]++
			} else if r.code() != "CONFLICT" {
				t.Errorf("concurrent retry: %s", r.Raw)
			}
		}()
	}
	wg.Wait()
	if len(ids) != 1 || titled("同時の提案") != 1 {
		t.Fatalf("concurrent retries: answers %v, %d proposals", ids, titled("同時の提案"))
	}
	// Other creating mutations: content, anonymous inquiries.
	ann := `mutation { createAnnouncement(input: {title: "重複しないお知らせ"}) { id } }`
	a1 := get(e.ok(ann, nil, as(desk, "Idempotency-Key", "ann")...), "createAnnouncement", "id")
	a2 := get(e.ok(ann, nil, as(desk, "Idempotency-Key", "ann")...), "createAnnouncement", "id")
	if a1 != a2 || e.count((*model.Announcement)(nil), "title", "重複しないお知らせ") != 1 {
		t.Fatalf("announcement retry: %v %v", a1, a2)
	}
	inq := `mutation { submitInquiry(input: {name: "市民", email: "c@example.jp", subject: "一度だけの問合せ", body: "内容"}) }`
	e.ok(inq, nil, "Idempotency-Key", "inq")
	e.ok(inq, nil, "Idempotency-Key", "inq")
	if n := e.count((*model.Inquiry)(nil), "subject", "一度だけの問合せ"); n != 1 {
		t.Fatalf("inquiry retry made %d inquiries", n)
	}
	// A day later the key is forgotten: the same request creates anew.
	e.mu.Lock()
	e.now = e.now.Add(25 * time.Hour)
	e.mu.Unlock()
	p1 = e.login("proposer1@demo.pppdesk.jp")
	if later := idOf(create("一度だけの提案", "key-1")); later == first {
		t.Fatal("an expired key still answered the old proposal")
	}
}
