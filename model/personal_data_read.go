package model

import (
	"time"

	"github.com/uptrace/bun"
)

// PersonalDataRead is one entry of the log of who among the staff read personal data: one
// staff operation's reads of one record, with the fields it returned. The table is
// append-only: the store has no function that changes or deletes a row.
type PersonalDataRead struct {
	bun.BaseModel `bun:"table:personal_data_reads"`

	ID             int64     `bun:"id,pk,autoincrement"`
	MunicipalityID int64     `bun:"municipality_id,notnull"`
	ReaderID       int64     `bun:"reader_id,notnull"`
	ReaderName     string    `bun:"reader_name,notnull"`
	ReadAt         time.Time `bun:"read_at,notnull"`
	RecordType     string    `bun:"record_type,notnull"`
	RecordID       int64     `bun:"record_id,notnull"`
	// Fields lists the fields read, comma-separated, sorted ("contact.email,contact.name").
	Fields    string  `bun:"fields,notnull,type:mediumtext"`
	Operation string  `bun:"operation,notnull"`
	RequestID *string `bun:"request_id"`
}

// Actor is who acted on a proposal (a message's author, a history entry's actor). It is
// written by hand rather than generated so that it carries the account it shows: its
// displayName is personal data, and the read log records a staff read of it as a read of
// that account.
type Actor struct {
	// 種類。 / Kind.
	Kind ActorKind `json:"kind"`
	// 表示名。 / Display name; null for staff when the reader is a proposer.
	DisplayName *string `json:"displayName,omitempty"`
	// 部署。 / Department of a staff actor.
	Department *Department `json:"department,omitempty"`
	// UserID is the account that acted; not part of the API.
	UserID int64 `json:"-"`
}
