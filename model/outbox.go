package model

import (
	"time"

	"github.com/uptrace/bun"
)

// OutboxMail is one notification mail waiting in the outbox: written in the transaction of
// the change that causes it, sent by the dispatcher afterwards, retried until it goes out
// or its attempts run out (then FAILED, kept for the operator). Status uses the Delivery*
// states of webhook deliveries, the other half of the outbox.
type OutboxMail struct {
	bun.BaseModel `bun:"table:outbox_mails"`

	ID             int64  `bun:"id,pk,autoincrement"`
	MunicipalityID int64  `bun:"municipality_id,notnull"`
	Recipient      string `bun:"recipient,notnull"`
	Subject        string `bun:"subject,type:mediumtext"`
	// TextJA and TextEN are cleared once the mail is delivered: a body may hold a sign-up
	// code that must not outlive its use in the database.
	TextJA        string    `bun:"text_ja,type:mediumtext"`
	TextEN        string    `bun:"text_en,type:mediumtext"`
	Status        string    `bun:"status,notnull"`
	Attempts      int       `bun:"attempts,notnull"`
	NextAttemptAt time.Time `bun:"next_attempt_at,notnull"`
	// LeaseOwner and LeaseUntil name the dispatcher sending the mail right now; a lease
	// that ran out (its dispatcher died) lets another one take the mail over.
	LeaseOwner  string     `bun:"lease_owner,notnull"`
	LeaseUntil  *time.Time `bun:"lease_until"`
	LastError   string     `bun:"last_error,type:mediumtext"`
	CreatedAt   time.Time  `bun:"created_at,notnull"`
	DeliveredAt *time.Time `bun:"delivered_at"`
}
