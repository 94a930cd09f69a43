package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/pppdesk/pppdesk/apperr"
	"github.com/uptrace/bun"
)

// rateCounter counts hits of one key in one fixed time window. It lives in the database so
// every replica counts against the same number, and it is changed only by single guarded
// statements, so concurrent requests cannot all slip under a limit.
type rateCounter struct {
	bun.BaseModel `bun:"table:rate_limits"`

	Key       string    `bun:"limit_key,pk,type:varchar(80)"`
	Hits      int       `bun:"hits,notnull"`
	ExpiresAt time.Time `bun:"expires_at,notnull"`
}

// Limit is one rate limit: at most Max hits per key within each Window.
type Limit struct {
	Name   string
	Window time.Duration
	Max    int
}

// windowKey answers the stored key of a logical key in the window that holds now: a hash, so
// long emails or addresses fit the column and the table holds no personal data in the clear.
func (l Limit) windowKey(key string, now time.Time) (string, time.Time) {
	start := now.Truncate(l.Window)
	sum := sha256.Sum256([]byte(l.Name + "\x00" + key))
	return l.Name + ":" + hex.EncodeToString(sum[:16]) + ":" + strconv.FormatInt(start.Unix(), 36), start.Add(l.Window)
}

// Hit reserves one attempt under key: true when it was within the limit (and is now counted),
// false when the limit was already reached (and nothing was counted). The check and the count
// are one statement, so it holds under concurrency and across replicas.
func (s *Store) Hit(ctx context.Context, l Limit, key string, now time.Time) (bool, error) {
	k, end := l.windowKey(key, now)
	// Create the counter if it is missing; a concurrent creator wins silently.
	res, err := s.DB.NewInsert().Model(&rateCounter{Key: k, ExpiresAt: end}).Ignore().Exec(ctx)
	if err != nil {
		return false, fmt.Errorf("rate limit %s: %w", l.Name, err)
	}
	if n, _ := res.RowsAffected(); n == 1 {
		// A new window began for this key: a good moment to forget windows that ended.
		if _, err := s.DB.NewDelete().Model((*rateCounter)(nil)).Where("expires_at < ?", now).Exec(ctx); err != nil {
			return false, fmt.Errorf("rate limit prune: %w", err)
		}
	}
	res, err = s.DB.NewUpdate().Model((*rateCounter)(nil)).Set("hits = hits + 1").
		Where("limit_key = ?", k).Where("hits < ?", l.Max).Exec(ctx)
	if err != nil {
		return false, fmt.Errorf("rate limit %s: %w", l.Name, err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return false, fmt.Errorf("rate limit %s: %w", l.Name, err)
	}
	return n == 1, nil
}

// Throttle is Hit for a client address: it counts one call of what, and refuses it with
// RATE_LIMITED once the limit is reached, in the words every per-address limit answers with.
func (s *Store) Throttle(ctx context.Context, l Limit, address string, now time.Time, what string) error {
	ok, err := s.Hit(ctx, l, address, now)
	if err != nil {
		return err
	}
	if !ok {
		return apperr.New(apperr.RateLimited, "too many %s from your address; please try again later", what)
	}
	return nil
}

// Hits answers how many hits key has in the current window.
func (s *Store) Hits(ctx context.Context, l Limit, key string, now time.Time) (int, error) {
	k, _ := l.windowKey(key, now)
	var c rateCounter
	err := s.DB.NewSelect().Model(&c).Where("limit_key = ?", k).Scan(ctx)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("rate limit %s: %w", l.Name, err)
	}
	return c.Hits, nil
}

// Refund gives back one hit of the current window, e.g. when a reserved sign-in attempt
// turned out to be a success and only failures should count.
func (s *Store) Refund(ctx context.Context, l Limit, key string, now time.Time) error {
	k, _ := l.windowKey(key, now)
	if _, err := s.DB.NewUpdate().Model((*rateCounter)(nil)).Set("hits = hits - 1").
		Where("limit_key = ?", k).Where("hits > 0").Exec(ctx); err != nil {
		return fmt.Errorf("rate limit refund %s: %w", l.Name, err)
	}
	return nil
}

// Reset forgets the hits of key in the current window.
func (s *Store) Reset(ctx context.Context, l Limit, key string, now time.Time) error {
	k, _ := l.windowKey(key, now)
	if _, err := s.DB.NewDelete().Model((*rateCounter)(nil)).Where("limit_key = ?", k).Exec(ctx); err != nil {
		return fmt.Errorf("rate limit reset %s: %w", l.Name, err)
	}
	return nil
}
