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

// OriginRow is one allowed origin of a municipality with the municipality's
// origins_version, which every change of its allow-list raises in the same transaction.
type OriginRow struct {
	MunicipalityID int64 `bun:"municipality_id"`
	Version        int64 `bun:"origins_version"`
	// Origin is "" for a municipality that lists none.
	Origin string `bun:"origin"`
}

// AllOrigins answers every municipality's allowed origins with their version, for the
// server's in-memory CORS cache: one statement, so the versions and the origins are read at
// one moment and a replica can tell from a municipality row it reads later whether its
// copy is older.
func (s *Store) AllOrigins(ctx context.Context) ([]OriginRow, error) {
	var rows []OriginRow
	err := s.DB.NewRaw("SELECT m.id AS municipality_id, m.origins_version, COALESCE(o.origin, '') AS origin "+
		"FROM municipalities AS m LEFT JOIN municipality_origins AS o ON o.municipality_id = m.id").Scan(ctx, &rows)
	if err != nil {
		return nil, fmt.Errorf("all origins: %w", err)
	}
	return rows, nil
}

// SetOrigins replaces the allowed origins of a municipality and raises its origins_version,
// so every replica sees at once that its copy is older.
func SetOrigins(ctx context.Context, db bun.IDB, mid int64, origins []string, now time.Time) error {
	if _, err := db.NewUpdate().Model((*model.Municipality)(nil)).Set("origins_version = origins_version + 1").
		Where("id = ?", mid).Exec(ctx); err != nil {
		return fmt.Errorf("origins version: %w", err)
	}
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
