package model

import (
	"time"

	"github.com/uptrace/bun"
)

// RetentionRuleRow is a municipality's own retention period for one record type; a type
// without a row keeps the default period (retention.Defaults).
type RetentionRuleRow struct {
	bun.BaseModel `bun:"table:retention_rules"`

	ID             int64     `bun:"id,pk,autoincrement"`
	MunicipalityID int64     `bun:"municipality_id,notnull"`
	RecordType     string    `bun:"record_type,notnull"`
	Months         int       `bun:"months,notnull"`
	UpdatedByID    *int64    `bun:"updated_by_id"`
	UpdatedAt      time.Time `bun:"updated_at,notnull"`
}

// LegalHoldRow keeps one proposal or inquiry out of the purge, whatever its retention
// period, until the desk lifts it; the reason is what the desk must be able to show.
type LegalHoldRow struct {
	bun.BaseModel `bun:"table:legal_holds"`

	ID             int64     `bun:"id,pk,autoincrement"`
	MunicipalityID int64     `bun:"municipality_id,notnull"`
	RecordType     OwnerType `bun:"record_type,notnull"`
	RecordID       int64     `bun:"record_id,notnull"`
	Reason         string    `bun:"reason,type:mediumtext"`
	SetByID        int64     `bun:"set_by_id,notnull"`
	SetAt          time.Time `bun:"set_at,notnull"`
}

// PurgeRecord is one row of the purge log: the purge removed one record's personal data.
// It is written in the purge's own transaction, and its unique (record_type, record_id) is
// the claim that makes replicas purge a record once.
type PurgeRecord struct {
	bun.BaseModel `bun:"table:purge_log"`

	ID             int64     `bun:"id,pk,autoincrement"`
	MunicipalityID int64     `bun:"municipality_id,notnull"`
	RecordType     OwnerType `bun:"record_type,notnull"`
	RecordID       int64     `bun:"record_id,notnull"`
	// Rule is the retention record type whose period expired, Months its period then.
	Rule   string `bun:"rule,notnull"`
	Months int    `bun:"months,notnull"`
	// ExpiredAt is when the period ended; Parts lists what was removed.
	ExpiredAt time.Time `bun:"expired_at,notnull"`
	Parts     string    `bun:"parts,notnull"`
	PurgedAt  time.Time `bun:"purged_at,notnull"`
}

// PurgeFile is a stored file whose attachment row the purge deleted: it is written in that
// transaction and removed once the file is gone from storage, so a file the storage failed
// to delete is retried by the next sweep and never orphaned.
type PurgeFile struct {
	bun.BaseModel `bun:"table:purge_files"`

	ID             int64     `bun:"id,pk,autoincrement"`
	MunicipalityID int64     `bun:"municipality_id,notnull"`
	StorageKey     string    `bun:"storage_key,notnull"`
	CreatedAt      time.Time `bun:"created_at,notnull"`
}
