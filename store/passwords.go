package store

import (
	"context"
	"fmt"
	"time"

	"github.com/pppdesk/pppdesk/model"
)

// ReplacePasswordHash swaps an account's password hash for one of the same password made
// with newer parameters, only while the stored hash is still old: a password changed
// meanwhile is never overwritten. It answers whether the hash was replaced.
func (s *Store) ReplacePasswordHash(ctx context.Context, mid, id int64, old, hash string, now time.Time) (bool, error) {
	res, err := s.DB.NewUpdate().Model((*model.User)(nil)).Set("password_hash = ?", hash).Set("updated_at = ?", now).
		Where("municipality_id = ?", mid).Where("id = ?", id).Where("password_hash = ?", old).Exec(ctx)
	if err != nil {
		return false, fmt.Errorf("replace password hash: %w", err)
	}
	n, _ := res.RowsAffected()
	return n == 1, nil
}
