// Package model holds pppdesk's domain types: the bun table models, the enums, and the
// gqlgen-generated API types (models_gen.go). It imports nothing of the store or the server,
// so every other package can share it.
package model

import (
	"io"
	"strconv"
	"time"

	"github.com/uptrace/bun"

	"github.com/pppdesk/pppdesk/apperr"
)

// Date is a calendar date written YYYY-MM-DD. It is stored as text so that both SQLite and
// MySQL keep exactly what was entered, with no time-zone shift.
type Date string

// ParseDate checks s as a YYYY-MM-DD calendar date.
func ParseDate(s string) (Date, error) {
	if _, err := time.Parse("2006-01-02", s); err != nil {
		return "", apperr.New(apperr.BadUserInput, "%q is not a date in YYYY-MM-DD form", s)
	}
	return Date(s), nil
}

// UnmarshalGQL reads a Date from a GraphQL input value.
func (d *Date) UnmarshalGQL(v any) error {
	s, ok := v.(string)
	if !ok {
		return apperr.New(apperr.BadUserInput, "a Date must be a string in YYYY-MM-DD form")
	}
	p, err := ParseDate(s)
	if err != nil {
		return err
	}
	*d = p
	return nil
}

// MarshalGQL writes a Date as a JSON string.
func (d Date) MarshalGQL(w io.Writer) { _, _ = io.WriteString(w, strconv.Quote(string(d))) }

// Publishing is embedded in every publishable content type: the publication state, the time
// from which it is public, and the version used for optimistic locking.
type Publishing struct {
	PublicationState PublicationState `bun:"publication_state,notnull,default:'DRAFT'"`
	PublishedAt      *time.Time       `bun:"published_at"`
	Version          int              `bun:"version,notnull,default:1"`
}

// Stamps are the bookkeeping columns every table carries.
type Stamps struct {
	CreatedAt time.Time  `bun:"created_at,notnull"`
	UpdatedAt time.Time  `bun:"updated_at,notnull"`
	DeletedAt *time.Time `bun:"deleted_at,soft_delete,nullzero"`
}

// Municipality is the tenant: one desk, its departments and its data.
type Municipality struct {
	bun.BaseModel `bun:"table:municipalities"`

	ID             int64  `bun:"id,pk,autoincrement"`
	Slug           string `bun:"slug,notnull,unique"`
	Name           string `bun:"name,notnull"`
	Prefecture     string `bun:"prefecture,notnull"`
	DeskName       string `bun:"desk_name,notnull"`
	DeskDepartment string `bun:"desk_department,notnull"`
	PostalCode     string `bun:"postal_code,notnull"`
	Address        string `bun:"address,notnull"`
	Phone          string `bun:"phone,notnull"`
	Email          string `bun:"email,notnull"`
	PortalURL      string `bun:"portal_url,notnull"`
	// ItemURLTemplate builds the public URL of an item page ({type}, {slug}, {id}); empty
	// when the municipality has not set one (see package urls).
	ItemURLTemplate string    `bun:"item_url_template,notnull,default:''"`
	CreatedAt       time.Time `bun:"created_at,notnull"`
	UpdatedAt       time.Time `bun:"updated_at,notnull"`
	// OriginsVersion counts the changes of the allowed origins: every replica reads the
	// municipality's row with each request, so one whose in-memory copy of the lists is of
	// an older version reads them again (updated_at, in whole seconds on MySQL, cannot
	// tell two changes within a second apart).
	OriginsVersion int64 `bun:"origins_version,notnull,default:0"`
}

// Department is a node of the 局/部/課 tree.
type Department struct {
	bun.BaseModel `bun:"table:departments"`

	ID             int64          `bun:"id,pk,autoincrement"`
	MunicipalityID int64          `bun:"municipality_id,notnull"`
	ParentID       *int64         `bun:"parent_id"`
	Name           string         `bun:"name,notnull"`
	Kind           DepartmentKind `bun:"kind,notnull"`
	Position       int            `bun:"position,notnull"`
	Version        int            `bun:"version,notnull,default:1"`
	Stamps
}

// User is an account: a proposer of an organization, or city staff.
type User struct {
	bun.BaseModel `bun:"table:users"`

	ID             int64  `bun:"id,pk,autoincrement"`
	MunicipalityID int64  `bun:"municipality_id,notnull"`
	Email          string `bun:"email,notnull"`
	PasswordHash   string `bun:"password_hash,notnull"`
	DisplayName    string `bun:"display_name,notnull"`
	Role           Role   `bun:"role,notnull"`
	OrganizationID *int64 `bun:"organization_id"`
	DepartmentID   *int64 `bun:"department_id"`
	Disabled       bool   `bun:"disabled,notnull"`
	// EmailVerifiedAt is when the owner proved the address (sign-up confirmation, an
	// accepted invitation, verifyEmail or a password reset); nil means not yet, and a
	// proposer cannot submit until it is set.
	EmailVerifiedAt *time.Time `bun:"email_verified_at"`
	// TokenEpoch invalidates every bearer token issued before it was raised (password
	// change or reset): a token carries the epoch it was issued in.
	TokenEpoch int `bun:"token_epoch,notnull,default:0"`
	// KeptToken is the ID of the one older token that survives the last raise of TokenEpoch:
	// the token changePassword was called with. Empty for none.
	KeptToken string `bun:"kept_token,notnull,default:''"`
	Stamps
}

// Organization is a partner or proposer: a company, sole proprietor, NPO, university, bank.
type Organization struct {
	bun.BaseModel `bun:"table:organizations"`

	ID              int64            `bun:"id,pk,autoincrement"`
	MunicipalityID  int64            `bun:"municipality_id,notnull"`
	Name            string           `bun:"name,notnull"`
	Kana            string           `bun:"kana,notnull"`
	Kind            OrganizationKind `bun:"kind,notnull"`
	CorporateNumber string           `bun:"corporate_number,notnull"`
	Website         string           `bun:"website,notnull"`
	Address         string           `bun:"address,notnull"`
	Description     string           `bun:"description,type:mediumtext"`
	Public          bool             `bun:"public,notnull"`
	Version         int              `bun:"version,notnull,default:1"`
	Stamps
}

// Challenge is an administrative challenge (課題提案) the city publishes for proposals.
type Challenge struct {
	bun.BaseModel `bun:"table:challenges"`

	ID             int64      `bun:"id,pk,autoincrement"`
	MunicipalityID int64      `bun:"municipality_id,notnull"`
	Title          string     `bun:"title,notnull"`
	Background     string     `bun:"background,type:mediumtext"`
	DesiredOutcome string     `bun:"desired_outcome,type:mediumtext"`
	DepartmentID   *int64     `bun:"department_id"`
	OpensAt        *time.Time `bun:"opens_at"`
	ClosesAt       *time.Time `bun:"closes_at"`
	Publishing
	Addressing
	Stamps
}

// IsOpenAt reports whether the proposal window contains t.
func (c *Challenge) IsOpenAt(t time.Time) bool {
	if c.OpensAt != nil && t.Before(*c.OpensAt) {
		return false
	}
	return c.ClosesAt == nil || t.Before(*c.ClosesAt)
}

// Proposal is a company's proposal to the city (自由提案 or 課題提案).
type Proposal struct {
	bun.BaseModel `bun:"table:proposals"`

	ID                 int64          `bun:"id,pk,autoincrement"`
	MunicipalityID     int64          `bun:"municipality_id,notnull"`
	Kind               ProposalKind   `bun:"kind,notnull"`
	ChallengeID        *int64         `bun:"challenge_id"`
	OrganizationID     int64          `bun:"organization_id,notnull"`
	CreatedByID        int64          `bun:"created_by_id,notnull"`
	Title              string         `bun:"title,notnull"`
	Summary            string         `bun:"summary,type:mediumtext"`
	Body               string         `bun:"body,type:mediumtext"`
	DesiredScheme      string         `bun:"desired_scheme,notnull"`
	ContactAffiliation string         `bun:"contact_affiliation,notnull"`
	ContactName        string         `bun:"contact_name,notnull"`
	ContactEmail       string         `bun:"contact_email,notnull"`
	ContactPhone       string         `bun:"contact_phone,notnull"`
	Status             ProposalStatus `bun:"status,notnull"`
	TermsAcceptedAt    *time.Time     `bun:"terms_accepted_at"`
	TermsVersion       string         `bun:"terms_version,notnull"`
	SubmittedAt        *time.Time     `bun:"submitted_at"`
	DecidedAt          *time.Time     `bun:"decided_at"`
	ProjectID          *int64         `bun:"project_id"`
	AgreementID        *int64         `bun:"agreement_id"`
	Version            int            `bun:"version,notnull,default:1"`
	Stamps
}

// ProposalAssignment asks one department for its feasibility opinion (実施可否の検討).
type ProposalAssignment struct {
	bun.BaseModel `bun:"table:proposal_assignments"`

	ID             int64      `bun:"id,pk,autoincrement"`
	MunicipalityID int64      `bun:"municipality_id,notnull"`
	ProposalID     int64      `bun:"proposal_id,notnull"`
	DepartmentID   int64      `bun:"department_id,notnull"`
	DueOn          Date       `bun:"due_on,type:varchar(10),nullzero"`
	Opinion        string     `bun:"opinion,type:mediumtext"`
	Feasible       *bool      `bun:"feasible"`
	RespondedAt    *time.Time `bun:"responded_at"`
	RespondedByID  *int64     `bun:"responded_by_id"`
	CreatedAt      time.Time  `bun:"created_at,notnull"`
	// RemindedAt and OverdueNotifiedAt record the due-date mails of the sweep (the reminder
	// the day before, the overdue notice after), so each goes out once across replicas.
	RemindedAt        *time.Time `bun:"reminded_at"`
	OverdueNotifiedAt *time.Time `bun:"overdue_notified_at"`
}

// ProposalMessage is one message of the dialogue, shared with the proposer or internal to staff.
type ProposalMessage struct {
	bun.BaseModel `bun:"table:proposal_messages"`

	ID             int64     `bun:"id,pk,autoincrement"`
	MunicipalityID int64     `bun:"municipality_id,notnull"`
	ProposalID     int64     `bun:"proposal_id,notnull"`
	AuthorID       int64     `bun:"author_id,notnull"`
	Body           string    `bun:"body,type:mediumtext"`
	Internal       bool      `bun:"internal,notnull"`
	CreatedAt      time.Time `bun:"created_at,notnull"`
}

// ProposalRead is an account's read mark on a proposal's dialogue: the messages up to
// ThroughMessageID were there when it last read them, so only later ones count as unread.
type ProposalRead struct {
	bun.BaseModel `bun:"table:proposal_reads"`

	ID               int64     `bun:"id,pk,autoincrement"`
	MunicipalityID   int64     `bun:"municipality_id,notnull"`
	ProposalID       int64     `bun:"proposal_id,notnull"`
	UserID           int64     `bun:"user_id,notnull"`
	ThroughMessageID int64     `bun:"through_message_id,notnull"`
	ReadAt           time.Time `bun:"read_at,notnull"`
}

// ProposalEvent is one entry of a proposal's history.
type ProposalEvent struct {
	bun.BaseModel `bun:"table:proposal_events"`

	ID             int64     `bun:"id,pk,autoincrement"`
	MunicipalityID int64     `bun:"municipality_id,notnull"`
	ProposalID     int64     `bun:"proposal_id,notnull"`
	Action         string    `bun:"action,notnull"`
	FromStatus     string    `bun:"from_status,notnull"`
	ToStatus       string    `bun:"to_status,notnull"`
	ActorID        *int64    `bun:"actor_id"`
	DepartmentID   *int64    `bun:"department_id"`
	Reason         string    `bun:"reason,type:mediumtext"`
	At             time.Time `bun:"at,notnull"`
}

// Agreement is a 連携協定 (business, comprehensive) or 覚書.
type Agreement struct {
	bun.BaseModel `bun:"table:agreements"`

	ID               int64           `bun:"id,pk,autoincrement"`
	MunicipalityID   int64           `bun:"municipality_id,notnull"`
	Kind             AgreementKind   `bun:"kind,notnull"`
	Title            string          `bun:"title,notnull"`
	Purpose          string          `bun:"purpose,type:mediumtext"`
	SignedOn         Date            `bun:"signed_on,type:varchar(10),nullzero"`
	TermStartOn      Date            `bun:"term_start_on,type:varchar(10),nullzero"`
	TermEndOn        Date            `bun:"term_end_on,type:varchar(10),nullzero"`
	Items            []string        `bun:"items,type:mediumtext"`
	Status           AgreementStatus `bun:"status,notnull"`
	OriginProposalID *int64          `bun:"origin_proposal_id"`
	Publishing
	Addressing
	Stamps
}

// Project is a partnership project or a supported field trial (実証実験).
type Project struct {
	bun.BaseModel `bun:"table:projects"`

	ID               int64         `bun:"id,pk,autoincrement"`
	MunicipalityID   int64         `bun:"municipality_id,notnull"`
	Kind             ProjectKind   `bun:"kind,notnull"`
	Title            string        `bun:"title,notnull"`
	Summary          string        `bun:"summary,type:mediumtext"`
	StartOn          Date          `bun:"start_on,type:varchar(10),nullzero"`
	EndOn            Date          `bun:"end_on,type:varchar(10),nullzero"`
	Site             string        `bun:"site,notnull"`
	LeadDepartmentID *int64        `bun:"lead_department_id"`
	Status           ProjectStatus `bun:"status,notnull"`
	OriginProposalID *int64        `bun:"origin_proposal_id"`
	AgreementID      *int64        `bun:"agreement_id"`
	Publishing
	Addressing
	Stamps
}

// CaseStudy is a published write-up of a partnership; it may describe another city's case.
type CaseStudy struct {
	bun.BaseModel `bun:"table:case_studies"`

	ID             int64             `bun:"id,pk,autoincrement"`
	MunicipalityID int64             `bun:"municipality_id,notnull"`
	Title          string            `bun:"title,notnull"`
	Locality       string            `bun:"locality,notnull"`
	Program        string            `bun:"program,notnull"`
	Category       CaseStudyCategory `bun:"category,notnull"`
	StartOn        Date              `bun:"start_on,type:varchar(10),nullzero"`
	EndOn          Date              `bun:"end_on,type:varchar(10),nullzero"`
	DateNote       string            `bun:"date_note,notnull"`
	Summary        string            `bun:"summary,type:mediumtext"`
	ProjectID      *int64            `bun:"project_id"`
	AgreementID    *int64            `bun:"agreement_id"`
	Publishing
	Addressing
	Stamps
}

// Announcement is a news post of the portal (お知らせ).
type Announcement struct {
	bun.BaseModel `bun:"table:announcements"`

	ID             int64  `bun:"id,pk,autoincrement"`
	MunicipalityID int64  `bun:"municipality_id,notnull"`
	Title          string `bun:"title,notnull"`
	Body           string `bun:"body,type:mediumtext"`
	Category       string `bun:"category,notnull"`
	Publishing
	Addressing
	Stamps
}

// CollaborationMethod is one of the other partnership schemes (PFI, Park-PFI, 指定管理者 …).
type CollaborationMethod struct {
	bun.BaseModel `bun:"table:collaboration_methods"`

	ID             int64  `bun:"id,pk,autoincrement"`
	MunicipalityID int64  `bun:"municipality_id,notnull"`
	Key            string `bun:"key,notnull"`
	Name           string `bun:"name,notnull"`
	Description    string `bun:"description,type:mediumtext"`
	Position       int    `bun:"position,notnull"`
	Version        int    `bun:"version,notnull,default:1"`
	Stamps
}

// ContentPartner links an organization to the content it partners in (agreement parties,
// project partners, case-study partners) in the order the content lists them.
type ContentPartner struct {
	bun.BaseModel `bun:"table:content_partners"`

	ID             int64     `bun:"id,pk,autoincrement"`
	MunicipalityID int64     `bun:"municipality_id,notnull"`
	OwnerType      OwnerType `bun:"owner_type,notnull"`
	OwnerID        int64     `bun:"owner_id,notnull"`
	OrganizationID int64     `bun:"organization_id,notnull"`
	Position       int       `bun:"position,notnull"`
}

// Resource is what one side contributes (提供リソース), classified ヒト/モノ/カネ/情報.
type Resource struct {
	bun.BaseModel `bun:"table:resources"`

	ID             int64        `bun:"id,pk,autoincrement"`
	MunicipalityID int64        `bun:"municipality_id,notnull"`
	OwnerType      OwnerType    `bun:"owner_type,notnull"`
	OwnerID        int64        `bun:"owner_id,notnull"`
	Side           Side         `bun:"side,notnull"`
	Kind           ResourceKind `bun:"kind,notnull"`
	Description    string       `bun:"description,type:mediumtext"`
	Position       int          `bun:"position,notnull"`
}

// Merit is what one side gains (メリット, 期待される効果).
type Merit struct {
	bun.BaseModel `bun:"table:merits"`

	ID             int64     `bun:"id,pk,autoincrement"`
	MunicipalityID int64     `bun:"municipality_id,notnull"`
	OwnerType      OwnerType `bun:"owner_type,notnull"`
	OwnerID        int64     `bun:"owner_id,notnull"`
	Side           Side      `bun:"side,notnull"`
	Description    string    `bun:"description,type:mediumtext"`
	Position       int       `bun:"position,notnull"`
}

// Tag is a topic label of content (分野・タグ).
type Tag struct {
	bun.BaseModel `bun:"table:tags"`

	ID             int64     `bun:"id,pk,autoincrement"`
	MunicipalityID int64     `bun:"municipality_id,notnull"`
	OwnerType      OwnerType `bun:"owner_type,notnull"`
	OwnerID        int64     `bun:"owner_id,notnull"`
	Name           string    `bun:"name,notnull"`
	Position       int       `bun:"position,notnull"`
}

// Inquiry is a message of the portal's contact form.
type Inquiry struct {
	bun.BaseModel `bun:"table:inquiries"`

	ID             int64         `bun:"id,pk,autoincrement"`
	MunicipalityID int64         `bun:"municipality_id,notnull"`
	Affiliation    string        `bun:"affiliation,notnull"`
	Name           string        `bun:"name,notnull"`
	Email          string        `bun:"email,notnull"`
	Phone          string        `bun:"phone,notnull"`
	Subject        string        `bun:"subject,notnull"`
	Body           string        `bun:"body,type:mediumtext"`
	Status         InquiryStatus `bun:"status,notnull"`
	ClosedAt       *time.Time    `bun:"closed_at"`
	// AnsweredAt is when the desk last answered the sender by mail (replyToInquiry).
	AnsweredAt *time.Time `bun:"answered_at"`
	CreatedAt  time.Time  `bun:"created_at,notnull"`
	// FollowUp holds the replies and forwards a list loaded for all its rows at once; nil
	// when they were not loaded with the row.
	FollowUp *InquiryFollowUp `bun:"-"`
}

// Attachment is the metadata of an uploaded file; the bytes live in the storage backend.
type Attachment struct {
	bun.BaseModel `bun:"table:attachments"`

	ID             int64     `bun:"id,pk,autoincrement"`
	MunicipalityID int64     `bun:"municipality_id,notnull"`
	OwnerType      OwnerType `bun:"owner_type,notnull"`
	OwnerID        int64     `bun:"owner_id,notnull"`
	FileName       string    `bun:"file_name,notnull"`
	ContentType    string    `bun:"content_type,notnull"`
	Size           int64     `bun:"size,notnull"`
	SHA256         string    `bun:"sha256,notnull"`
	StorageKey     string    `bun:"storage_key,notnull"`
	UploadedByID   *int64    `bun:"uploaded_by_id"`
	CreatedAt      time.Time `bun:"created_at,notnull"`
	// Alt is the text alternative of a content image for screen readers (empty for
	// proposal files and when none was given).
	Alt string `bun:"alt,notnull"`
	// Width and Height are an image's size in pixels, measured at upload; nil for other files.
	Width  *int `bun:"width"`
	Height *int `bun:"height"`
}

// Revision is a saved state of publishable content, kept on every change.
type Revision struct {
	bun.BaseModel `bun:"table:revisions"`

	ID             int64     `bun:"id,pk,autoincrement"`
	MunicipalityID int64     `bun:"municipality_id,notnull"`
	OwnerType      OwnerType `bun:"owner_type,notnull"`
	OwnerID        int64     `bun:"owner_id,notnull"`
	Number         int       `bun:"number,notnull"`
	AuthorID       *int64    `bun:"author_id"`
	Data           string    `bun:"data,type:mediumtext"`
	CreatedAt      time.Time `bun:"created_at,notnull"`
	// Pending marks a department's change to live content that waits for the desk to publish.
	Pending bool `bun:"pending,notnull,default:false"`
}

// AuditEntry records who changed what, for the desk's audit log.
type AuditEntry struct {
	bun.BaseModel `bun:"table:audit_entries"`

	ID             int64     `bun:"id,pk,autoincrement"`
	MunicipalityID int64     `bun:"municipality_id,notnull"`
	ActorID        *int64    `bun:"actor_id"`
	Action         string    `bun:"action,notnull"`
	TargetType     string    `bun:"target_type,notnull"`
	TargetID       int64     `bun:"target_id,notnull"`
	Changes        string    `bun:"changes,type:mediumtext"`
	At             time.Time `bun:"at,notnull"`
}

// RevokedToken is a signed-out bearer token; kept until it would have expired anyway, so every
// replica refuses it.
type RevokedToken struct {
	bun.BaseModel `bun:"table:revoked_tokens"`

	ID             int64     `bun:"id,pk,autoincrement"`
	MunicipalityID int64     `bun:"municipality_id,notnull"`
	JTI            string    `bun:"jti,notnull,unique"`
	ExpiresAt      time.Time `bun:"expires_at,notnull"`
}

// Invitation lets a proposer bring a colleague into its organization.
type Invitation struct {
	bun.BaseModel `bun:"table:invitations"`

	ID             int64      `bun:"id,pk,autoincrement"`
	MunicipalityID int64      `bun:"municipality_id,notnull"`
	OrganizationID int64      `bun:"organization_id,notnull"`
	Email          string     `bun:"email,notnull"`
	TokenHash      string     `bun:"token_hash,notnull,unique"`
	InvitedByID    int64      `bun:"invited_by_id,notnull"`
	ExpiresAt      time.Time  `bun:"expires_at,notnull"`
	AcceptedAt     *time.Time `bun:"accepted_at"`
	CreatedAt      time.Time  `bun:"created_at,notnull"`
}

// Webhook is an endpoint the desk registers to be told when portal content changes, so a
// static front end can rebuild.
type Webhook struct {
	bun.BaseModel `bun:"table:webhooks"`

	ID             int64     `bun:"id,pk,autoincrement"`
	MunicipalityID int64     `bun:"municipality_id,notnull"`
	URL            string    `bun:"url,type:varchar(1000),notnull"`
	Events         []string  `bun:"events,type:mediumtext"`
	Secret         string    `bun:"secret,notnull"`
	Active         bool      `bun:"active,notnull"`
	CreatedAt      time.Time `bun:"created_at,notnull"`
}

// WebhookDelivery is one queued or attempted delivery; kept in the database so a restart
// loses none and the desk can read the log.
type WebhookDelivery struct {
	bun.BaseModel `bun:"table:webhook_deliveries"`

	ID             int64      `bun:"id,pk,autoincrement"`
	MunicipalityID int64      `bun:"municipality_id,notnull"`
	WebhookID      int64      `bun:"webhook_id,notnull"`
	Event          string     `bun:"event,notnull"`
	Payload        string     `bun:"payload,type:mediumtext"`
	Status         string     `bun:"status,notnull"`
	Attempts       int        `bun:"attempts,notnull"`
	NextAttemptAt  time.Time  `bun:"next_attempt_at,notnull"`
	LastStatusCode int        `bun:"last_status_code,notnull"`
	LastError      string     `bun:"last_error,type:mediumtext"`
	CreatedAt      time.Time  `bun:"created_at,notnull"`
	DeliveredAt    *time.Time `bun:"delivered_at"`
}

// Delivery states.
const (
	DeliveryPending   = "PENDING"
	DeliveryDelivered = "DELIVERED"
	DeliveryFailed    = "FAILED"
)

// SignUp is a registration waiting for its owner to confirm the email address (signUp, then
// confirmSignUp with the token sent by email). Only the confirmation creates the account, so
// signUp answers the same whether or not the address already has one.
type SignUp struct {
	bun.BaseModel `bun:"table:sign_ups"`

	ID             int64  `bun:"id,pk,autoincrement"`
	MunicipalityID int64  `bun:"municipality_id,notnull"`
	Email          string `bun:"email,notnull"`
	TokenHash      string `bun:"token_hash,notnull,unique"`
	PasswordHash   string `bun:"password_hash,notnull"`
	DisplayName    string `bun:"display_name,notnull"`
	// Organization is the new organization's input as JSON; empty with an invitation.
	Organization   string    `bun:"organization,type:mediumtext"`
	InvitationHash string    `bun:"invitation_hash,notnull"`
	ExpiresAt      time.Time `bun:"expires_at,notnull"`
	CreatedAt      time.Time `bun:"created_at,notnull"`
}
