package model

import (
	"time"

	"github.com/uptrace/bun"
)

// CustomFieldTarget is what a custom field belongs to; the schema enum binds to it so bun
// stores readable text.
type CustomFieldTarget string

// Custom field targets.
const (
	TargetProposal     CustomFieldTarget = "PROPOSAL"
	TargetChallenge    CustomFieldTarget = "CHALLENGE"
	TargetAgreement    CustomFieldTarget = "AGREEMENT"
	TargetProject      CustomFieldTarget = "PROJECT"
	TargetCaseStudy    CustomFieldTarget = "CASE_STUDY"
	TargetAnnouncement CustomFieldTarget = "ANNOUNCEMENT"
)

// targetOwners maps each target to the owner type its items carry in global IDs and owned rows.
var targetOwners = map[CustomFieldTarget]OwnerType{
	TargetProposal: OwnerProposal, TargetChallenge: OwnerChallenge, TargetAgreement: OwnerAgreement,
	TargetProject: OwnerProject, TargetCaseStudy: OwnerCaseStudy, TargetAnnouncement: OwnerAnnouncement,
}

// Owner answers the owner type of the target's items; ok is false for an unknown target.
func (t CustomFieldTarget) Owner() (OwnerType, bool) {
	o, ok := targetOwners[t]
	return o, ok
}

// TargetOf answers the custom field target of an owner type, if it has custom fields.
func TargetOf(o OwnerType) (CustomFieldTarget, bool) {
	for t, ot := range targetOwners {
		if ot == o {
			return t, true
		}
	}
	return "", false
}

// CustomFieldType is the type of a custom field's value, which decides its stored column.
type CustomFieldType string

// Custom field types.
const (
	FieldText           CustomFieldType = "TEXT"
	FieldLongText       CustomFieldType = "LONG_TEXT"
	FieldNumber         CustomFieldType = "NUMBER"
	FieldDate           CustomFieldType = "DATE"
	FieldSingleChoice   CustomFieldType = "SINGLE_CHOICE"
	FieldMultipleChoice CustomFieldType = "MULTIPLE_CHOICE"
	FieldBoolean        CustomFieldType = "BOOLEAN"
)

// HasChoices reports whether values of the type are picked from the definition's choices.
func (t CustomFieldType) HasChoices() bool {
	return t == FieldSingleChoice || t == FieldMultipleChoice
}

// CustomFieldVisibility says who may read a custom field's values.
type CustomFieldVisibility string

// Custom field visibilities.
const (
	VisibilityPublic   CustomFieldVisibility = "PUBLIC"
	VisibilityProposer CustomFieldVisibility = "PROPOSER"
	VisibilityStaff    CustomFieldVisibility = "STAFF"
)

// CustomFieldChoice is one choice of a choice field, kept with its definition (as JSON).
type CustomFieldChoice struct {
	Value   string `json:"value"`
	LabelJa string `json:"labelJa"`
	LabelEn string `json:"labelEn"`
}

// CustomFieldDefinition is a field the desk added to a target of its municipality.
type CustomFieldDefinition struct {
	bun.BaseModel `bun:"table:custom_field_definitions"`

	ID             int64                 `bun:"id,pk,autoincrement"`
	MunicipalityID int64                 `bun:"municipality_id,notnull"`
	Target         CustomFieldTarget     `bun:"target,notnull"`
	Key            string                `bun:"field_key,notnull"`
	LabelJa        string                `bun:"label_ja,notnull"`
	LabelEn        string                `bun:"label_en,notnull"`
	Type           CustomFieldType       `bun:"field_type,notnull"`
	Required       bool                  `bun:"required,notnull"`
	Visibility     CustomFieldVisibility `bun:"visibility,notnull"`
	Order          int                   `bun:"position,notnull"`
	Choices        []*CustomFieldChoice  `bun:"choices,type:mediumtext"`
	// DisclosureLevel is the default disclosure level of the field's values on proposals,
	// with its reason; nil leaves it to policy (STAFF fields withheld as the desk's
	// deliberation, others disclosable).
	DisclosureLevel  *DisclosureLevel `bun:"disclosure_level"`
	DisclosureReason string           `bun:"disclosure_reason,type:varchar(2000),notnull"`
	CreatedAt        time.Time        `bun:"created_at,notnull"`
	UpdatedAt        time.Time        `bun:"updated_at,notnull"`
}

// IsNode marks CustomFieldDefinition as a Relay node.
func (CustomFieldDefinition) IsNode() {}

// GetID answers the global ID.
func (d CustomFieldDefinition) GetID() string { return GlobalID(OwnerCustomField, d.ID) }

// OwnerCustomField is the node type of custom field definitions.
const OwnerCustomField OwnerType = "CustomFieldDefinition"

// CustomFieldValue is the stored value of one custom field of one item: one row per item
// and field, with the column of the field's type set and the others null.
type CustomFieldValue struct {
	bun.BaseModel `bun:"table:custom_field_values"`

	ID             int64     `bun:"id,pk,autoincrement"`
	MunicipalityID int64     `bun:"municipality_id,notnull"`
	DefinitionID   int64     `bun:"definition_id,notnull"`
	OwnerType      OwnerType `bun:"owner_type,notnull"`
	OwnerID        int64     `bun:"owner_id,notnull"`
	Text           *string   `bun:"text_value,type:mediumtext"`
	Number         *float64  `bun:"number_value"`
	Date           *Date     `bun:"date_value"`
	Boolean        *bool     `bun:"boolean_value"`
	// Choices are the chosen values of a choice field, as JSON.
	Choices   []string  `bun:"choices_value,type:mediumtext"`
	UpdatedAt time.Time `bun:"updated_at,notnull"`

	// Definition is the field's definition, joined on read.
	Definition *CustomFieldDefinition `bun:"-"`
}

// Key answers the field's key, for the API.
func (v *CustomFieldValue) Key() string {
	if v.Definition == nil {
		return ""
	}
	return v.Definition.Key
}
