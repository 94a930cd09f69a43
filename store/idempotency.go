package store

import (
	"context"
	"fmt"
	"time"

	"github.com/uptrace/bun"
)

// IdempotencyKey remembers what a creating mutation made under a client's key, so a retry
// after a lost answer gets the same object instead of a second one.
type IdempotencyKey struct {
	bun.BaseModel `bun:"table:idempotency_keys"`

	ID             int64     `bun:"id,pk,autoincrement"`
	MunicipalityID int64     `bun:"municipality_id,notnull"`
	Caller         string    `bun:"caller,notnull,type:varchar(100)"`
	Operation      string    `bun:"operation,notnull,type:varchar(100)"`
	Key            string    `bun:"key,notnull,type:varchar(255)"`
	InputHash      string    `bun:"input_hash,notnull,type:varchar(64)"`
	ResultID       int64     `bun:"result_id,notnull"`
	CreatedAt      time.Time `bun:"created_at,notnull"`
	ExpiresAt      time.Time `bun:"expires_at,notnull"`
}

// FindIdempotencyKey answers the unexpired record of a key; nil when there is none.
func FindIdempotencyKey(ctx context.Context, db bun.IDB, mid int64, caller, op, key string, now time.Time) (*IdempotencyKey, error) {
	var rows []*IdempotencyKey
	err := db.NewSelect().Model(&rows).Where("municipality_id = ?", mid).Where("caller = ?", caller).
		Where("operation = ?", op).Where("? = ?", bun.Ident("key"), key).Where("expires_at > ?", now).Limit(1).Scan(ctx)
	if err != nil {
		return nil, fmt.Errorf("idempotency key: %w", err)
	}
	if len(rows) == 0 {
		return nil, nil
	}
	return rows[0], nil
}

// SaveIdempotencyKey records a key with the result it made, in the creation's transaction;
// an expired record of the same key gives way first. A concurrent first use of the key
// meets the unique index and rolls its creation back.
func SaveIdempotencyKey(ctx context.Context, db bun.IDB, k *IdempotencyKey) error {
	_, err := db.NewDelete().Model((*IdempotencyKey)(nil)).Where("municipality_id = ?", k.MunicipalityID).Where("caller = ?", k.Caller).
		Where("operation = ?", k.Operation).Where("? = ?", bun.Ident("key"), k.Key).Where("expires_at <= ?", k.CreatedAt).Exec(ctx)
	if err != nil {
		return fmt.Errorf("expire idempotency key: %w", err)
	}
	return Insert(ctx, db, k)
}

type idemKeyCtx struct{}

// WithIdempotencyKey carries the key of a creating mutation (ResultID not yet known) to the
// transaction that creates, which records it with RememberCreated.
func WithIdempotencyKey(ctx context.Context, k *IdempotencyKey) context.Context {
	return context.WithValue(ctx, idemKeyCtx{}, k)
}

// RememberCreated records, in the creating transaction db, what the current key created;
// nothing without a key. A concurrent first use of the same key fails here on the unique
// index and rolls its creation back; the caller then answers the winner's result.
func RememberCreated(ctx context.Context, db bun.IDB, id int64) error {
	k, _ := ctx.Value(idemKeyCtx{}).(*IdempotencyKey)
	if k == nil {
		return nil
	}
	rec := *k
	rec.ResultID = id
	return SaveIdempotencyKey(ctx, db, &rec)
}
