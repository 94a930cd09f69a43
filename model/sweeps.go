package model

import (
	"time"

	"github.com/uptrace/bun"
)

// ScheduledPublication is content published for a future time whose CONTENT_PUBLISHED
// event waits for that time: the sweep sends it when PublishAt comes (SentAt records that,
// so it goes out once across replicas). Unpublishing, archiving or publishing again before
// the time deletes the row, so nothing is sent at the old time.
type ScheduledPublication struct {
	bun.BaseModel `bun:"table:scheduled_publications"`

	ID             int64      `bun:"id,pk,autoincrement"`
	MunicipalityID int64      `bun:"municipality_id,notnull"`
	OwnerType      OwnerType  `bun:"owner_type,notnull"`
	OwnerID        int64      `bun:"owner_id,notnull"`
	PublishAt      time.Time  `bun:"publish_at,notnull"`
	SentAt         *time.Time `bun:"sent_at"`
	CreatedAt      time.Time  `bun:"created_at,notnull"`
}
