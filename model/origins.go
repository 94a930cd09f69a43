package model

import (
	"time"

	"github.com/uptrace/bun"
)

// MunicipalityOrigin is one origin (scheme://host[:port]) whose browser pages may call the
// API for the municipality: a portal on another origin than the API. The same origin may
// be listed by several municipalities (one agency's portal serving many cities).
type MunicipalityOrigin struct {
	bun.BaseModel `bun:"table:municipality_origins"`

	ID             int64     `bun:"id,pk,autoincrement"`
	MunicipalityID int64     `bun:"municipality_id,notnull"`
	Origin         string    `bun:"origin,notnull"`
	CreatedAt      time.Time `bun:"created_at,notnull"`
}
