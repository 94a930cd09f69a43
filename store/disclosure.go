package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/uptrace/bun"
	"github.com/uptrace/bun/dialect"

	"github.com/pppdesk/pppdesk/model"
)

// DisclosureOverrides answers what differs from the default disclosure levels of one
// proposal, one row per part that has an override or a request for protection.
func DisclosureOverrides(ctx context.Context, db bun.IDB, mid, proposalID int64) ([]*model.DisclosureOverride, error) {
	var rows []*model.DisclosureOverride
	if err := db.NewSelect().Model(&rows).Where("municipality_id = ?", mid).Where("proposal_id = ?", proposalID).
		OrderExpr("id").Scan(ctx); err != nil {
		return nil, fmt.Errorf("disclosure overrides of proposal %d: %w", proposalID, err)
	}
	return rows, nil
}

// DisclosureOverrideForUpdate answers the override of one part of a proposal, nil when there
// is none, locking the row on MySQL so two concurrent changes are audited in order.
func DisclosureOverrideForUpdate(ctx context.Context, db bun.IDB, mid, proposalID int64, kind model.DisclosureTargetKind, key string) (*model.DisclosureOverride, error) {
	o := new(model.DisclosureOverride)
	q := db.NewSelect().Model(o).Where("municipality_id = ?", mid).Where("proposal_id = ?", proposalID).
		Where("target_kind = ?", kind).Where("target_key = ?", key)
	if db.Dialect().Name() == dialect.MySQL {
		q = q.For("UPDATE")
	}
	if err := q.Scan(ctx); err != nil {
		if errors.Is(err, sql.ErrNoRows) {
			return nil, nil
		}
		return nil, fmt.Errorf("disclosure override of proposal %d: %w", proposalID, err)
	}
	return o, nil
}

// SaveDisclosureOverride inserts a new override or writes every column of an existing one.
func SaveDisclosureOverride(ctx context.Context, db bun.IDB, o *model.DisclosureOverride) error {
	if o.ID == 0 {
		return Insert(ctx, db, o)
	}
	if _, err := db.NewUpdate().Model(o).WherePK().Where("municipality_id = ?", o.MunicipalityID).Exec(ctx); err != nil {
		return fmt.Errorf("save disclosure override %d: %w", o.ID, err)
	}
	return nil
}

// DisclosureCopyByID answers a produced disclosure copy of a municipality that has not expired
// at now, nil otherwise.
func DisclosureCopyByID(ctx context.Context, db bun.IDB, mid, id int64, now time.Time) (*model.DisclosureCopy, error) {
	c := new(model.DisclosureCopy)
	err := db.NewSelect().Model(c).Where("municipality_id = ?", mid).Where("id = ?", id).Where("expires_at > ?", now).Scan(ctx)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("disclosure copy %d: %w", id, err)
	}
	return c, nil
}

// ProposingOrganization answers the organization a proposal belongs to, nil when there is
// none; only services that already checked the caller may read the proposal ask it.
func ProposingOrganization(ctx context.Context, db bun.IDB, mid, id int64) (*model.Organization, error) {
	o := new(model.Organization)
	err := db.NewSelect().Model(o).Where("municipality_id = ?", mid).Where("id = ?", id).Scan(ctx)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("organization %d: %w", id, err)
	}
	return o, nil
}

// ExpiredDisclosureCopies answers up to limit copies of a municipality that expired before
// now, except copies of a proposal under a legal hold: the hold keeps what was disclosed.
func ExpiredDisclosureCopies(ctx context.Context, db bun.IDB, mid int64, now time.Time, limit int) ([]*model.DisclosureCopy, error) {
	var rows []*model.DisclosureCopy
	if err := db.NewSelect().Model(&rows).Where("municipality_id = ?", mid).Where("expires_at <= ?", now).
		Where("NOT EXISTS (SELECT 1 FROM legal_holds AS h WHERE h.record_type = ? AND h.record_id = ?TableAlias.proposal_id)", model.OwnerProposal).
		OrderExpr("id").Limit(int64(limit)).Scan(ctx); err != nil {
		return nil, fmt.Errorf("expired disclosure copies: %w", err)
	}
	return rows, nil
}

// DropDisclosureCopy deletes a copy's row and hands its file to the purge (purge_files) in
// db, a transaction, only while the row is still there (and, with expiredBy set, expired by
// then): replicas dropping the same copy drop it once, and the retention sweep deletes the
// file after the commit, retrying until the storage deleted it. False when the row was gone.
func DropDisclosureCopy(ctx context.Context, db bun.IDB, cp *model.DisclosureCopy, expiredBy *time.Time, now time.Time) (bool, error) {
	q := db.NewDelete().Model((*model.DisclosureCopy)(nil)).Where("municipality_id = ?", cp.MunicipalityID).Where("id = ?", cp.ID)
	if expiredBy != nil {
		// An expired copy goes only while its proposal has no legal hold (one set since
		// the sweep read it keeps it too).
		q = q.Where("expires_at <= ?", *expiredBy).
			Where("NOT EXISTS (SELECT 1 FROM legal_holds AS h WHERE h.record_type = ? AND h.record_id = ?)", model.OwnerProposal, cp.ProposalID)
	}
	res, err := q.Exec(ctx)
	if err != nil {
		return false, fmt.Errorf("drop disclosure copy %d: %w", cp.ID, err)
	}
	if n, _ := res.RowsAffected(); n != 1 {
		return false, nil
	}
	if err := Insert(ctx, db, &model.PurgeFile{MunicipalityID: cp.MunicipalityID, StorageKey: cp.StorageKey, CreatedAt: now}); err != nil {
		return false, err
	}
	return true, nil
}

// DropProposalCopies drops every disclosure copy of a proposal (DropDisclosureCopy) in db,
// the transaction of the proposal's purge, and answers how many.
func DropProposalCopies(ctx context.Context, db bun.IDB, mid, proposalID int64, now time.Time) (int, error) {
	var rows []*model.DisclosureCopy
	if err := db.NewSelect().Model(&rows).Where("municipality_id = ?", mid).Where("proposal_id = ?", proposalID).
		OrderExpr("id").Scan(ctx); err != nil {
		return 0, fmt.Errorf("disclosure copies of proposal: %w", err)
	}
	n := 0
	for _, cp := range rows {
		ok, err := DropDisclosureCopy(ctx, db, cp, nil, now)
		if err != nil {
			return n, err
		}
		if ok {
			n++
		}
	}
	return n, nil
}

// DeleteDisclosureCopy removes the row of a copy whose file is gone.
func DeleteDisclosureCopy(ctx context.Context, db bun.IDB, mid, id int64) error {
	if _, err := db.NewDelete().Model((*model.DisclosureCopy)(nil)).Where("municipality_id = ?", mid).Where("id = ?", id).Exec(ctx); err != nil {
		return fmt.Errorf("delete disclosure copy %d: %w", id, err)
	}
	return nil
}

// DeleteCustomFieldDisclosure deletes the disclosure overrides of a custom field's values on
// every proposal, with the field's definition: they belong to values that go with it.
func DeleteCustomFieldDisclosure(ctx context.Context, db bun.IDB, mid, definitionID int64) error {
	_, err := db.NewDelete().Model((*model.DisclosureOverride)(nil)).Where("municipality_id = ?", mid).
		Where("target_kind = ?", model.TargetCustomField).Where("target_key = ?", strconv.FormatInt(definitionID, 10)).Exec(ctx)
	if err != nil {
		return fmt.Errorf("disclosure overrides of custom field %d: %w", definitionID, err)
	}
	return nil
}

// CustomFieldOverridesOf loads the custom field overrides (levels and requests for
// protection of custom field values) of many proposals of the viewer's municipality in one
// statement, by proposal: what the read log needs to tell a page's personal data values.
func (s *Store) CustomFieldOverridesOf(ctx context.Context, v Viewer, proposalIDs []int64) (map[int64][]*model.DisclosureOverride, error) {
	out := make(map[int64][]*model.DisclosureOverride, len(proposalIDs))
	if len(proposalIDs) == 0 {
		return out, nil
	}
	var rows []*model.DisclosureOverride
	if err := s.DB.NewSelect().Model(&rows).Where("municipality_id = ?", v.MunicipalityID).
		Where("proposal_id IN (?)", bun.List(proposalIDs)).Where("target_kind = ?", model.TargetCustomField).
		OrderExpr("id").Scan(ctx); err != nil {
		return nil, fmt.Errorf("custom field disclosure overrides: %w", err)
	}
	for _, o := range rows {
		out[o.ProposalID] = append(out[o.ProposalID], o)
	}
	return out, nil
}
