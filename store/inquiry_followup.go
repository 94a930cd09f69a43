package store

import (
	"context"
	"fmt"
	"time"

	"github.com/uptrace/bun"

	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/policies"
)

// inquiryColumns describes inquiries for the read scopes: the municipality's, and tied to the
// departments they were forwarded to (the assigned scope: a department reads what the desk
// forwarded to it or to one of its sub-departments).
var inquiryColumns = policies.Columns{
	Municipality: "municipality_id",
	Assigned:     &policies.Link{Table: "inquiry_forwards", Row: "inquiry_id", Department: "department_id"},
}

// inquiriesVisible applies the viewer's inquiry read scope; policies owns the rule.
func inquiriesVisible(q *bun.SelectQuery, v Viewer) *bun.SelectQuery {
	return scoped(q, v, v.ReadScope(model.OwnerInquiry), inquiryColumns)
}

// InquiryForChange loads one inquiry of the municipality in db (the change's transaction),
// whatever the read scope; nil when there is none. The service asked the policy before.
func InquiryForChange(ctx context.Context, db bun.IDB, v Viewer, id int64) (*model.Inquiry, error) {
	return one[model.Inquiry](ctx, db, v, id, nil)
}

// AddInquiryReply records an answer mailed to the sender and marks the inquiry answered at
// the reply's time, in db.
func AddInquiryReply(ctx context.Context, db bun.IDB, r *model.InquiryReply) error {
	if err := Insert(ctx, db, r); err != nil {
		return err
	}
	_, err := db.NewUpdate().Model((*model.Inquiry)(nil)).Set("answered_at = ?", r.SentAt).
		Where("id = ?", r.InquiryID).Where("municipality_id = ?", r.MunicipalityID).Exec(ctx)
	if err != nil {
		return fmt.Errorf("mark inquiry answered: %w", err)
	}
	return nil
}

// InquiryReplies answers the replies of inquiries of the viewer's municipality, oldest first,
// by inquiry. The caller has already read the inquiries themselves.
func (s *Store) InquiryReplies(ctx context.Context, v Viewer, inquiryIDs []int64) (map[int64][]*model.InquiryReply, error) {
	out := map[int64][]*model.InquiryReply{}
	if len(inquiryIDs) == 0 {
		return out, nil
	}
	var rows []*model.InquiryReply
	err := tenant(s.DB.NewSelect().Model(&rows), v).Where("?TableAlias.inquiry_id IN (?)", bun.List(inquiryIDs)).
		Order("inquiry_id", "id").Scan(ctx)
	if err != nil {
		return nil, fmt.Errorf("inquiry replies: %w", err)
	}
	for _, r := range rows {
		out[r.InquiryID] = append(out[r.InquiryID], r)
	}
	return out, nil
}

// InquiryForwards answers the departments inquiries of the viewer's municipality were
// forwarded to, in the order they were, by inquiry; read in db.
func InquiryForwards(ctx context.Context, db bun.IDB, v Viewer, inquiryIDs []int64) (map[int64][]int64, error) {
	out := map[int64][]int64{}
	if len(inquiryIDs) == 0 {
		return out, nil
	}
	var rows []*model.InquiryForward
	err := tenant(db.NewSelect().Model(&rows), v).Column("inquiry_id", "department_id").
		Where("?TableAlias.inquiry_id IN (?)", bun.List(inquiryIDs)).Order("inquiry_id", "id").Scan(ctx)
	if err != nil {
		return nil, fmt.Errorf("inquiry forwards: %w", err)
	}
	for _, r := range rows {
		out[r.InquiryID] = append(out[r.InquiryID], r.DepartmentID)
	}
	return out, nil
}

// AddInquiryForwards records forwards in db; departments the inquiry was already forwarded
// to are the caller's to leave out (the unique index refuses them).
func AddInquiryForwards(ctx context.Context, db bun.IDB, rows []*model.InquiryForward) error {
	if len(rows) == 0 {
		return nil
	}
	if _, err := db.NewInsert().Model(&rows).Exec(ctx); err != nil {
		return fmt.Errorf("forward inquiry: %w", err)
	}
	return nil
}

// DepartmentMembers lists the active DEPARTMENT accounts of some departments of the
// municipality, the people told of a forwarded inquiry, read in db.
func DepartmentMembers(ctx context.Context, db bun.IDB, mid int64, departmentIDs []int64) ([]*model.User, error) {
	var rows []*model.User
	if len(departmentIDs) == 0 {
		return rows, nil
	}
	err := db.NewSelect().Model(&rows).Where("municipality_id = ?", mid).Where("role = ?", model.RoleDepartment).
		Where("disabled = ?", false).Where("department_id IN (?)", bun.List(departmentIDs)).Order("id").Scan(ctx)
	if err != nil {
		return nil, fmt.Errorf("department members: %w", err)
	}
	return rows, nil
}

// ForwardTargets loads departments of the viewer's municipality in db, the transaction that
// forwards an inquiry to them; one of another municipality is simply not among them.
func ForwardTargets(ctx context.Context, db bun.IDB, v Viewer, ids []int64) ([]*model.Department, error) {
	return byIDs[model.Department](ctx, db, v, ids, nil)
}

// OtherInquiriesFrom counts the municipality's inquiries from email (normalised) stored at
// or after since, other than except, in db: the acknowledgement's once-a-day rule.
func OtherInquiriesFrom(ctx context.Context, db bun.IDB, municipalityID int64, email string, since time.Time, except int64) (int, error) {
	n, err := db.NewSelect().Model((*model.Inquiry)(nil)).Where("municipality_id = ?", municipalityID).
		Where("created_at >= ?", since).Where("email = ?", email).Where("id <> ?", except).Count(ctx)
	return int(n), err
}
