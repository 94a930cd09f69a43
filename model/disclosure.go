package model

import (
	"time"

	"github.com/uptrace/bun"
)

// DisclosureLevel is how a part of a proposal is treated when someone requests its
// disclosure under the information disclosure ordinance (情報公開条例): disclosed, or
// withheld on one of the ordinance's grounds.
type DisclosureLevel string

// Disclosure levels; every level but DisclosureDisclosable is withheld in a disclosure copy.
const (
	DisclosureDisclosable       DisclosureLevel = "DISCLOSABLE"
	DisclosurePersonalData      DisclosureLevel = "PERSONAL_DATA"
	DisclosureProtectedBusiness DisclosureLevel = "PROTECTED_BUSINESS"
	DisclosureWithheldOther     DisclosureLevel = "WITHHELD_OTHER"
)

// Withheld reports whether a part of this level is blacked out in a disclosure copy.
func (l DisclosureLevel) Withheld() bool { return l != DisclosureDisclosable }

// Valid reports whether l is one of the levels.
func (l DisclosureLevel) Valid() bool {
	switch l {
	case DisclosureDisclosable, DisclosurePersonalData, DisclosureProtectedBusiness, DisclosureWithheldOther:
		return true
	}
	return false
}

// DisclosureFormat is the file format of a disclosure copy.
type DisclosureFormat string

// Disclosure copy formats.
const (
	DisclosurePDF  DisclosureFormat = "PDF"
	DisclosureHTML DisclosureFormat = "HTML"
)

// DisclosureTargetKind says what a disclosure override applies to.
type DisclosureTargetKind string

// The parts of a proposal that carry a disclosure level.
const (
	TargetField      DisclosureTargetKind = "field"
	TargetAttachment DisclosureTargetKind = "attachment"
	TargetMessage    DisclosureTargetKind = "message"
	// TargetCustomField is a custom field value, keyed by its definition's ID (a key can
	// change, the ID cannot).
	TargetCustomField DisclosureTargetKind = "customField"
)

// DisclosureOverride is what differs from the policy's default for one part of a proposal:
// the desk's level (Level nil: still the default) and the proposer's request for protection.
// Only overrides are stored; effective levels are computed, so a change of the defaults
// reaches every proposal that kept them.
type DisclosureOverride struct {
	bun.BaseModel `bun:"table:disclosure_overrides"`

	ID             int64                `bun:"id,pk,autoincrement"`
	MunicipalityID int64                `bun:"municipality_id,notnull"`
	ProposalID     int64                `bun:"proposal_id,notnull"`
	TargetKind     DisclosureTargetKind `bun:"target_kind,notnull"`
	// TargetKey is the field name, or the attachment's or message's ID in decimal.
	TargetKey string           `bun:"target_key,notnull"`
	Level     *DisclosureLevel `bun:"level"`
	Reason    string           `bun:"reason,type:mediumtext,notnull"`
	SetByID   *int64           `bun:"set_by_id"`
	SetAt     *time.Time       `bun:"set_at"`
	// ProtectionReason and ProtectionRequestedAt record the proposer's request for protection.
	ProtectionReason        string     `bun:"protection_reason,type:mediumtext,notnull"`
	ProtectionRequestedAt   *time.Time `bun:"protection_requested_at"`
	ProtectionRequestedByID *int64     `bun:"protection_requested_by_id"`
}

// ProtectionRequest is a proposer's request that the desk withhold a part of its proposal.
type ProtectionRequest struct {
	Reason      string    `json:"reason"`
	RequestedAt time.Time `json:"requestedAt"`
}

// FieldDisclosure is the effective disclosure level of one field of a proposal.
type FieldDisclosure struct {
	Field               string             `json:"field"`
	Level               DisclosureLevel    `json:"level"`
	Reason              *string            `json:"reason,omitempty"`
	IsDefault           bool               `json:"isDefault"`
	ProtectionRequested *ProtectionRequest `json:"protectionRequested,omitempty"`
}

// DisclosureCopy is a produced disclosure copy kept as a private download for the desk until
// it expires.
type DisclosureCopy struct {
	bun.BaseModel `bun:"table:disclosure_copies"`

	ID             int64            `bun:"id,pk,autoincrement"`
	MunicipalityID int64            `bun:"municipality_id,notnull"`
	ProposalID     int64            `bun:"proposal_id,notnull"`
	Reference      string           `bun:"reference,notnull"`
	Format         DisclosureFormat `bun:"format,notnull"`
	FileName       string           `bun:"file_name,notnull"`
	ContentType    string           `bun:"content_type,notnull"`
	Size           int64            `bun:"size,notnull"`
	StorageKey     string           `bun:"storage_key,notnull"`
	CreatedByID    *int64           `bun:"created_by_id"`
	CreatedAt      time.Time        `bun:"created_at,notnull"`
	ExpiresAt      time.Time        `bun:"expires_at,notnull"`
}
