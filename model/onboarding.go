package model

import (
	"time"

	"github.com/uptrace/bun"
)

// MunicipalityHost is one host name a municipality is served at, so a portal on the city's
// own domain needs no X-Municipality header. A host belongs to one municipality only.
type MunicipalityHost struct {
	bun.BaseModel `bun:"table:municipality_hosts"`

	ID             int64     `bun:"id,pk,autoincrement"`
	MunicipalityID int64     `bun:"municipality_id,notnull"`
	Host           string    `bun:"host,notnull,unique"`
	CreatedAt      time.Time `bun:"created_at,notnull"`
}

// MunicipalityTerms is one version of a municipality's proposal terms (留意事項). Versions
// are never changed: new terms are a new row, so a submission's recorded version keeps
// naming the text the proposer accepted.
type MunicipalityTerms struct {
	bun.BaseModel `bun:"table:municipality_terms"`

	ID             int64     `bun:"id,pk,autoincrement"`
	MunicipalityID int64     `bun:"municipality_id,notnull"`
	Version        string    `bun:"version,notnull"`
	Body           string    `bun:"body,type:mediumtext"`
	CreatedByID    *int64    `bun:"created_by_id"`
	CreatedAt      time.Time `bun:"created_at,notnull"`
}

// MailTemplate is a municipality's own text for one notification mail (Key names it, as
// notify.TemplateKeys lists them), replacing the default Japanese subject and text.
type MailTemplate struct {
	bun.BaseModel `bun:"table:mail_templates"`

	ID             int64     `bun:"id,pk,autoincrement"`
	MunicipalityID int64     `bun:"municipality_id,notnull"`
	Key            string    `bun:"key,notnull"`
	Subject        string    `bun:"subject,type:mediumtext"`
	Body           string    `bun:"body,type:mediumtext"`
	UpdatedAt      time.Time `bun:"updated_at,notnull"`
}

// PlatformAdmin is an ADMIN account: the platform operator, who belongs to no
// municipality and may only create and list municipalities (see policies/policy.csv).
type PlatformAdmin struct {
	bun.BaseModel `bun:"table:platform_admins"`

	ID           int64     `bun:"id,pk,autoincrement"`
	Email        string    `bun:"email,notnull,unique"`
	PasswordHash string    `bun:"password_hash,notnull"`
	DisplayName  string    `bun:"display_name,notnull"`
	Disabled     bool      `bun:"disabled,notnull"`
	CreatedAt    time.Time `bun:"created_at,notnull"`
	UpdatedAt    time.Time `bun:"updated_at,notnull"`
}

// User answers the admin as an account of role ADMIN with no municipality (ID 0), the shape
// sign-in and `me` answer.
func (a *PlatformAdmin) User() *User {
	return &User{ID: a.ID, Email: a.Email, PasswordHash: a.PasswordHash, DisplayName: a.DisplayName, Role: RoleAdmin,
		Disabled: a.Disabled, Stamps: Stamps{CreatedAt: a.CreatedAt, UpdatedAt: a.UpdatedAt}}
}

// AccountInvitation lets an invited staff account (MunicipalityID set, AccountID a user) or
// platform admin (MunicipalityID nil, AccountID a platform admin) set its password once,
// before ExpiresAt. Only the hash of the token is stored.
type AccountInvitation struct {
	bun.BaseModel `bun:"table:account_invitations"`

	ID             int64      `bun:"id,pk,autoincrement"`
	MunicipalityID *int64     `bun:"municipality_id"`
	AccountID      int64      `bun:"account_id,notnull"`
	TokenHash      string     `bun:"token_hash,notnull,unique"`
	ExpiresAt      time.Time  `bun:"expires_at,notnull"`
	UsedAt         *time.Time `bun:"used_at"`
	CreatedAt      time.Time  `bun:"created_at,notnull"`
}

// MunicipalityBranding is a municipality's portal branding: its logo (a media ID of its
// own) and colours (#RRGGBB). A table of its own, one row per municipality, written by
// updateMunicipality.
type MunicipalityBranding struct {
	bun.BaseModel `bun:"table:municipality_branding"`

	ID             int64     `bun:"id,pk,autoincrement"`
	MunicipalityID int64     `bun:"municipality_id,notnull,unique"`
	LogoMediaID    *int64    `bun:"logo_media_id"`
	PrimaryColor   string    `bun:"primary_color,notnull"`
	SecondaryColor string    `bun:"secondary_color,notnull"`
	UpdatedAt      time.Time `bun:"updated_at,notnull"`
}
