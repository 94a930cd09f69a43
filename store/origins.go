package store

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/uptrace/bun"

	"github.com/pppdesk/pppdesk/model"
)

// Origins answers the allowed origins of a municipality, sorted by bytes (in Go: the
// databases' collations order "[" and digits differently).
func (s *Store) Origins(ctx context.Context, mid int64) ([]string, error) {
	origins := []string{}
	err := s.DB.NewSelect().Model((*model.MunicipalityOrigin)(nil)).Column("origin").Where("municipality_id = ?", mid).
		Scan(ctx, &origins)
	if err != nil {
		return nil, fmt.Errorf("origins: %w", err)
	}
	slices.Sort(origins)
	return origins, nil
}

// AllOrigins answers every municipality's allowed origins, for the server's in-memory
// CORS cache: one small table read whole.
func (s *Store) AllOrigins(ctx context.Context) ([]model.MunicipalityOrigin, error) {
	var rows []model.MunicipalityOrigin
	if err := s.DB.NewSelect().Model(&rows).Column("municipality_id", "origin").Scan(ctx); err != nil {
		return nil, fmt.Errorf("all origins: %w", err)
	}
	return rows, nil
}

// SetOrigins replaces the allowed origins of a municipality.
func SetOrigins(ctx context.Context, db bun.IDB, mid int64, origins []string, now time.Time) error {
	if _, err := db.NewDelete().Model((*model.MunicipalityOrigin)(nil)).Where("municipality_id = ?", mid).Exec(ctx); err != nil {
		return fmt.Errorf("clear origins: %w", err)
	}
	for _, o := range origins {
		if err := Insert(ctx, db, &model.MunicipalityOrigin{MunicipalityID: mid, Origin: o, CreatedAt: now}); err != nil {
			return err
		}
	}
	return nil
}
