package model

import (
	"time"

	"github.com/uptrace/bun"
)

// AccountTokenPurpose says what an emailed one-time account token is for.
type AccountTokenPurpose string

// The purposes of account tokens.
const (
	// TokenPasswordReset lets the owner of an address set a new password.
	TokenPasswordReset AccountTokenPurpose = "password_reset"
	// TokenEmailVerification proves that the owner of an account reads its address.
	TokenEmailVerification AccountTokenPurpose = "email_verification"
)

// AccountToken is a one-time token sent by email (a password reset or an email
// verification). Only its SHA-256 hash is stored, so a database leak leaks no usable link;
// it expires and is marked used once redeemed. UserID is nil for the row a reset request for
// an unknown address writes, so both answers do the same work; such a row redeems nothing.
type AccountToken struct {
	bun.BaseModel `bun:"table:account_tokens"`

	ID             int64               `bun:"id,pk,autoincrement"`
	MunicipalityID int64               `bun:"municipality_id,notnull"`
	UserID         *int64              `bun:"user_id"`
	Purpose        AccountTokenPurpose `bun:"purpose,notnull"`
	// Email is the address the token was sent to: it redeems nothing once the account's
	// address is another one.
	Email     string     `bun:"email,notnull"`
	TokenHash string     `bun:"token_hash,notnull,unique"`
	ExpiresAt time.Time  `bun:"expires_at,notnull"`
	UsedAt    *time.Time `bun:"used_at"`
	CreatedAt time.Time  `bun:"created_at,notnull"`
}

// OrganizationNumber registers a 法人番号 (corporate number) to one organization of a
// municipality. Its primary key makes the number unique per municipality in the database,
// so no path, however concurrent, creates a second organization with it.
type OrganizationNumber struct {
	bun.BaseModel `bun:"table:organization_numbers"`

	MunicipalityID  int64  `bun:"municipality_id,pk"`
	CorporateNumber string `bun:"corporate_number,pk"`
	OrganizationID  int64  `bun:"organization_id,notnull,unique"`
}
