package store

import (
	"context"
	"fmt"

	"github.com/uptrace/bun"

	"github.com/pppdesk/pppdesk/model"
)

// Insert inserts one row of any model and fills its ID. It takes a bun.IDB so callers can run
// several writes in one transaction (see InTx). A publishable row without a slug gets one
// (see insertAddressed), however it is inserted: the API, the demo data or a test fixture.
func Insert(ctx context.Context, db bun.IDB, row any) error {
	if a := model.AddressingOf(row); a != nil {
		if err := insertAddressed(ctx, db, row, a); err != nil {
			return fmt.Errorf("insert %T: %w", row, err)
		}
	} else if _, err := db.NewInsert().Model(row).Exec(ctx); err != nil {
		return fmt.Errorf("insert %T: %w", row, err)
	}
	// Every searchable row gets its search text, whichever way it was inserted.
	if k, ok := searchOwner(row); ok {
		return touchSearch(ctx, db, k)
	}
	return nil
}

// SetPartners replaces the partner list of one owner, keeping the given order.
func SetPartners(ctx context.Context, db bun.IDB, mid int64, owner OwnerKey, orgIDs []int64) error {
	rows := make([]*model.ContentPartner, len(orgIDs))
	for i, id := range orgIDs {
		rows[i] = &model.ContentPartner{MunicipalityID: mid, OwnerType: owner.Type, OwnerID: owner.ID, OrganizationID: id, Position: i}
	}
	if err := replaceChildren(ctx, db, owner, rows); err != nil {
		return err
	}
	return touchSearch(ctx, db, owner)
}

// SetResources replaces the resources of one owner.
func SetResources(ctx context.Context, db bun.IDB, mid int64, owner OwnerKey, rs []*model.Resource) error {
	for i, r := range rs {
		r.ID, r.MunicipalityID, r.OwnerType, r.OwnerID, r.Position = 0, mid, owner.Type, owner.ID, i
	}
	return replaceChildren(ctx, db, owner, rs)
}

// SetMerits replaces the merits of one owner.
func SetMerits(ctx context.Context, db bun.IDB, mid int64, owner OwnerKey, ms []*model.Merit) error {
	for i, m := range ms {
		m.ID, m.MunicipalityID, m.OwnerType, m.OwnerID, m.Position = 0, mid, owner.Type, owner.ID, i
	}
	return replaceChildren(ctx, db, owner, ms)
}

// SetTags replaces the tags of one owner.
func SetTags(ctx context.Context, db bun.IDB, mid int64, owner OwnerKey, names []string) error {
	rows := make([]*model.Tag, len(names))
	for i, n := range names {
		rows[i] = &model.Tag{MunicipalityID: mid, OwnerType: owner.Type, OwnerID: owner.ID, Name: n, Position: i}
	}
	if err := replaceChildren(ctx, db, owner, rows); err != nil {
		return err
	}
	return touchSearch(ctx, db, owner)
}

func replaceChildren[T any](ctx context.Context, db bun.IDB, owner OwnerKey, rows []*T) error {
	if _, err := db.NewDelete().Model((*T)(nil)).
		Where("owner_type = ?", owner.Type).Where("owner_id = ?", owner.ID).Exec(ctx); err != nil {
		return fmt.Errorf("clear %T of %s %d: %w", rows, owner.Type, owner.ID, err)
	}
	if len(rows) == 0 {
		return nil
	}
	if _, err := db.NewInsert().Model(&rows).Exec(ctx); err != nil {
		return fmt.Errorf("insert %T of %s %d: %w", rows, owner.Type, owner.ID, err)
	}
	return nil
}
