package model

import (
	"time"

	"github.com/uptrace/bun"
)

// InquiryReply is one answer the desk mailed to an inquiry's sender, kept with the inquiry
// so the desk sees what was said; SentByName is the staff name as the mail was signed.
type InquiryReply struct {
	bun.BaseModel `bun:"table:inquiry_replies"`

	ID             int64     `bun:"id,pk,autoincrement"`
	MunicipalityID int64     `bun:"municipality_id,notnull"`
	InquiryID      int64     `bun:"inquiry_id,notnull"`
	Subject        string    `bun:"subject,notnull"`
	Body           string    `bun:"body,type:mediumtext"`
	SentByID       int64     `bun:"sent_by_id,notnull"`
	SentByName     string    `bun:"sent_by_name,notnull"`
	SentAt         time.Time `bun:"sent_at,notnull"`
}

// InquiryForward hands an inquiry to a department: its members may then read it (the
// assigned scope of inquiries), one row per department.
type InquiryForward struct {
	bun.BaseModel `bun:"table:inquiry_forwards"`

	ID             int64     `bun:"id,pk,autoincrement"`
	MunicipalityID int64     `bun:"municipality_id,notnull"`
	InquiryID      int64     `bun:"inquiry_id,notnull"`
	DepartmentID   int64     `bun:"department_id,notnull"`
	Note           string    `bun:"note,type:mediumtext"`
	ForwardedByID  int64     `bun:"forwarded_by_id,notnull"`
	CreatedAt      time.Time `bun:"created_at,notnull"`
}

// OwnerInquiryReply names inquiry replies in their IDs (not a Node: a reply is read with its
// inquiry).
const OwnerInquiryReply OwnerType = "InquiryReply"

// InquiryFollowUp is what a list of inquiries loaded of their replies and forwards in one
// query per relation, so a page costs the same number of statements whatever its size.
type InquiryFollowUp struct {
	Replies        []*InquiryReply
	ForwardedTo    []*Department
	RepliesLoaded  bool
	ForwardsLoaded bool
}
