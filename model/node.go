package model

import (
	"encoding/base64"
	"strconv"
	"strings"
)

// GlobalID makes the opaque Relay ID of a row: clients must not build or parse it, so its form
// can change without breaking them.
func GlobalID(typ OwnerType, id int64) string {
	return base64.RawURLEncoding.EncodeToString([]byte(string(typ) + ":" + strconv.FormatInt(id, 10)))
}

// ParseGlobalID reads an ID made by GlobalID; ok is false for anything else, including other
// spellings of the same row ("…:01", "…:+1", line breaks that the decoder skips), so one row
// has exactly one ID.
func ParseGlobalID(s string) (typ OwnerType, id int64, ok bool) {
	raw, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil {
		return "", 0, false
	}
	t, n, found := strings.Cut(string(raw), ":")
	if !found || t == "" {
		return "", 0, false
	}
	id, err = strconv.ParseInt(n, 10, 64)
	if err != nil || id <= 0 || GlobalID(OwnerType(t), id) != s {
		return "", 0, false
	}
	return OwnerType(t), id, true
}

// Node owner types of the types that are not content owners.
const (
	OwnerMunicipality OwnerType = "Municipality"
	OwnerDepartment   OwnerType = "Department"
	OwnerOrganization OwnerType = "Organization"
	OwnerMethod       OwnerType = "CollaborationMethod"
)

// IsNode marks Municipality as a Relay node.
func (Municipality) IsNode() {}

// GetID answers the global ID.
func (m Municipality) GetID() string { return GlobalID(OwnerMunicipality, m.ID) }

// IsNode marks Department as a Relay node.
func (Department) IsNode() {}

// GetID answers the global ID.
func (d Department) GetID() string { return GlobalID(OwnerDepartment, d.ID) }

// IsNode marks Organization as a Relay node.
func (Organization) IsNode() {}

// GetID answers the global ID.
func (o Organization) GetID() string { return GlobalID(OwnerOrganization, o.ID) }

// IsNode marks Challenge as a Relay node.
func (Challenge) IsNode() {}

// GetID answers the global ID.
func (c Challenge) GetID() string { return GlobalID(OwnerChallenge, c.ID) }

// IsNode marks Agreement as a Relay node.
func (Agreement) IsNode() {}

// GetID answers the global ID.
func (a Agreement) GetID() string { return GlobalID(OwnerAgreement, a.ID) }

// IsNode marks Project as a Relay node.
func (Project) IsNode() {}

// GetID answers the global ID.
func (p Project) GetID() string { return GlobalID(OwnerProject, p.ID) }

// IsNode marks CaseStudy as a Relay node.
func (CaseStudy) IsNode() {}

// GetID answers the global ID.
func (c CaseStudy) GetID() string { return GlobalID(OwnerCaseStudy, c.ID) }

// IsNode marks Announcement as a Relay node.
func (Announcement) IsNode() {}

// GetID answers the global ID.
func (a Announcement) GetID() string { return GlobalID(OwnerAnnouncement, a.ID) }

// IsNode marks CollaborationMethod as a Relay node.
func (CollaborationMethod) IsNode() {}

// GetID answers the global ID.
func (c CollaborationMethod) GetID() string { return GlobalID(OwnerMethod, c.ID) }

// OwnerUser names accounts in global IDs.
const OwnerUser OwnerType = "User"

// IsNode marks User as a Relay node.
func (User) IsNode() {}

// GetID answers the global ID.
func (u User) GetID() string { return GlobalID(OwnerUser, u.ID) }

// Owner types of the proposal workflow.
const (
	OwnerInquiry OwnerType = "Inquiry"
)

// IsNode marks Proposal as a Relay node.
func (Proposal) IsNode() {}

// GetID answers the global ID.
func (p Proposal) GetID() string { return GlobalID(OwnerProposal, p.ID) }

// IsNode marks Inquiry as a Relay node.
func (Inquiry) IsNode() {}

// GetID answers the global ID.
func (i Inquiry) GetID() string { return GlobalID(OwnerInquiry, i.ID) }
