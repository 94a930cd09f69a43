package model

// The enums below are plain string types so that bun stores them as readable text and gqlgen
// binds the schema enums of the same name to them without generated copies.

// PublicationState is where a piece of publishable content stands.
type PublicationState string

// Publication states.
const (
	StateDraft     PublicationState = "DRAFT"
	StatePublished PublicationState = "PUBLISHED"
	StateArchived  PublicationState = "ARCHIVED"
)

// DepartmentKind is the level of a department in the city's 局/部/課 tree.
type DepartmentKind string

// Department levels.
const (
	DepartmentBureau   DepartmentKind = "BUREAU"
	DepartmentDivision DepartmentKind = "DIVISION"
	DepartmentSection  DepartmentKind = "SECTION"
)

// OrganizationKind is the legal form of a partner; private individuals are deliberately absent
// because the guideline excludes them (個人事業主 excepted).
type OrganizationKind string

// Organization kinds.
const (
	OrgCorporation          OrganizationKind = "CORPORATION"
	OrgSoleProprietor       OrganizationKind = "SOLE_PROPRIETOR"
	OrgNPO                  OrganizationKind = "NPO"
	OrgAssociation          OrganizationKind = "ASSOCIATION"
	OrgUniversity           OrganizationKind = "UNIVERSITY"
	OrgFinancialInstitution OrganizationKind = "FINANCIAL_INSTITUTION"
	OrgOtherGroup           OrganizationKind = "OTHER_GROUP"
)

// ValidOrganizationKind reports whether k is one of the kinds the guideline admits.
func ValidOrganizationKind(k OrganizationKind) bool {
	switch k {
	case OrgCorporation, OrgSoleProprietor, OrgNPO, OrgAssociation, OrgUniversity, OrgFinancialInstitution, OrgOtherGroup:
		return true
	}
	return false
}

// Role is what a user account may do; see DESIGN.md.
type Role string

// Roles.
const (
	RolePublic     Role = "PUBLIC"
	RoleProposer   Role = "PROPOSER"
	RoleDepartment Role = "DEPARTMENT"
	RoleDesk       Role = "DESK"
	RoleAdmin      Role = "ADMIN"
)

// ProposalKind tells a free proposal from one answering a published challenge.
type ProposalKind string

// Proposal kinds.
const (
	ProposalFree      ProposalKind = "FREE"
	ProposalChallenge ProposalKind = "CHALLENGE"
)

// ProposalStatus is a state of the proposal life cycle of DESIGN.md.
type ProposalStatus string

// Proposal states.
const (
	ProposalDraft      ProposalStatus = "DRAFT"
	ProposalSubmitted  ProposalStatus = "SUBMITTED"
	ProposalInDialogue ProposalStatus = "IN_DIALOGUE"
	ProposalAccepted   ProposalStatus = "ACCEPTED"
	ProposalDeclined   ProposalStatus = "DECLINED"
	ProposalWithdrawn  ProposalStatus = "WITHDRAWN"
)

// AgreementKind is the legal shape of a 連携協定.
type AgreementKind string

// Agreement kinds.
const (
	AgreementBusiness      AgreementKind = "BUSINESS"
	AgreementComprehensive AgreementKind = "COMPREHENSIVE"
	AgreementMemorandum    AgreementKind = "MEMORANDUM"
)

// AgreementStatus is whether an agreement is in force.
type AgreementStatus string

// Agreement statuses.
const (
	AgreementPlanned    AgreementStatus = "PLANNED"
	AgreementActive     AgreementStatus = "ACTIVE"
	AgreementExpired    AgreementStatus = "EXPIRED"
	AgreementTerminated AgreementStatus = "TERMINATED"
)

// ProjectKind is the scheme of the private proposal system a project runs under.
type ProjectKind string

// Project kinds.
const (
	ProjectPartnership   ProjectKind = "PARTNERSHIP"
	ProjectDemonstration ProjectKind = "DEMONSTRATION"
)

// ProjectStatus is where a project stands in its own execution.
type ProjectStatus string

// Project statuses.
const (
	ProjectPlanned   ProjectStatus = "PLANNED"
	ProjectOngoing   ProjectStatus = "ONGOING"
	ProjectCompleted ProjectStatus = "COMPLETED"
	ProjectCancelled ProjectStatus = "CANCELLED"
)

// CaseStudyCategory classifies a 連携事例.
type CaseStudyCategory string

// Case-study categories.
const (
	CasePartnership   CaseStudyCategory = "PARTNERSHIP"
	CaseDemonstration CaseStudyCategory = "DEMONSTRATION"
	CaseAgreement     CaseStudyCategory = "AGREEMENT"
	CaseOther         CaseStudyCategory = "OTHER"
)

// Side is which party of a partnership contributes or gains.
type Side string

// Sides.
const (
	SideCity    Side = "CITY"
	SidePartner Side = "PARTNER"
)

// ResourceKind is the ヒト/モノ/カネ/情報 classification of the guideline.
type ResourceKind string

// Resource kinds.
const (
	ResourcePeople      ResourceKind = "PEOPLE"
	ResourceGoods       ResourceKind = "GOODS"
	ResourceMoney       ResourceKind = "MONEY"
	ResourceInformation ResourceKind = "INFORMATION"
)

// InquiryStatus tracks a contact-form message through the desk.
type InquiryStatus string

// Inquiry statuses.
const (
	InquiryOpen   InquiryStatus = "OPEN"
	InquiryClosed InquiryStatus = "CLOSED"
)

// OwnerType names the kind of row that owns a polymorphic child (partner, resource, merit,
// tag, attachment, revision), so one table serves every content type.
type OwnerType string

// Owner types.
const (
	OwnerChallenge    OwnerType = "Challenge"
	OwnerAgreement    OwnerType = "Agreement"
	OwnerProject      OwnerType = "Project"
	OwnerCaseStudy    OwnerType = "CaseStudy"
	OwnerAnnouncement OwnerType = "Announcement"
	OwnerProposal     OwnerType = "Proposal"
	OwnerMessage      OwnerType = "ProposalMessage"
)

// DateFormat selects how a Date field is written.
type DateFormat string

// Date formats.
const (
	DateISO    DateFormat = "ISO"
	DateWareki DateFormat = "WAREKI"
)

// OrderDirection is the direction of a list order.
type OrderDirection string

// Order directions.
const (
	Asc  OrderDirection = "ASC"
	Desc OrderDirection = "DESC"
)

// Scope is how far a permission reaches, as the policy in policies/ states it; the store turns
// it into SQL conditions so lists, cursors and counts only ever see permitted rows.
type Scope string

// Scopes, from the widest.
const (
	ScopeAll          Scope = "all"          // everything in the municipality
	ScopeOrganization Scope = "organization" // rows of the caller's own organization
	ScopeDepartment   Scope = "department"   // rows of the caller's department (and its sub-departments)
	ScopeAssigned     Scope = "assigned"     // proposals assigned to the caller's department
	ScopeSelf         Scope = "self"         // the caller's own account
	ScopePublished    Scope = "published"    // published content whose time has come
)

// Scopes lists every scope from the widest to the narrowest.
var Scopes = []Scope{ScopeAll, ScopeOrganization, ScopeDepartment, ScopeAssigned, ScopeSelf, ScopePublished}
