package store

import (
	"context"
	"fmt"

	"github.com/uptrace/bun"

	"github.com/pppdesk/pppdesk/model"
)

// OwnerKey names one owner of polymorphic children (the partners of case study 12).
type OwnerKey struct {
	Type model.OwnerType
	ID   int64
}

// group splits keys by owner type so each type costs one query.
func group(keys []OwnerKey) map[model.OwnerType][]int64 {
	out := map[model.OwnerType][]int64{}
	for _, k := range keys {
		out[k.Type] = append(out[k.Type], k.ID)
	}
	return out
}

// ownedBy loads the children of many owners, one query per owner type, in their position order.
func ownedBy[T any](ctx context.Context, db bun.IDB, v Viewer, keys []OwnerKey, key func(*T) OwnerKey) (map[OwnerKey][]*T, error) {
	out := make(map[OwnerKey][]*T, len(keys))
	for typ, ids := range group(keys) {
		var rows []*T
		err := tenant(db.NewSelect().Model(&rows), v).
			Where("?TableAlias.owner_type = ?", typ).
			Where("?TableAlias.owner_id IN (?)", bun.List(ids)).
			OrderExpr("?TableAlias.position, ?TableAlias.id").Scan(ctx)
		if err != nil {
			return nil, fmt.Errorf("load %s children: %w", typ, err)
		}
		for _, r := range rows {
			k := key(r)
			out[k] = append(out[k], r)
		}
	}
	return out, nil
}

// ResourcesOf loads the resources of many owners.
func (s *Store) ResourcesOf(ctx context.Context, v Viewer, keys []OwnerKey) (map[OwnerKey][]*model.Resource, error) {
	return ResourcesIn(ctx, s.DB, v, keys)
}

// ResourcesIn is ResourcesOf inside a transaction.
func ResourcesIn(ctx context.Context, db bun.IDB, v Viewer, keys []OwnerKey) (map[OwnerKey][]*model.Resource, error) {
	return ownedBy(ctx, db, v, keys, func(r *model.Resource) OwnerKey { return OwnerKey{r.OwnerType, r.OwnerID} })
}

// MeritsOf loads the merits of many owners.
func (s *Store) MeritsOf(ctx context.Context, v Viewer, keys []OwnerKey) (map[OwnerKey][]*model.Merit, error) {
	return MeritsIn(ctx, s.DB, v, keys)
}

// MeritsIn is MeritsOf inside a transaction.
func MeritsIn(ctx context.Context, db bun.IDB, v Viewer, keys []OwnerKey) (map[OwnerKey][]*model.Merit, error) {
	return ownedBy(ctx, db, v, keys, func(r *model.Merit) OwnerKey { return OwnerKey{r.OwnerType, r.OwnerID} })
}

// TagsOf loads the tag names of many owners.
func (s *Store) TagsOf(ctx context.Context, v Viewer, keys []OwnerKey) (map[OwnerKey][]string, error) {
	rows, err := ownedBy(ctx, s.DB, v, keys, func(r *model.Tag) OwnerKey { return OwnerKey{r.OwnerType, r.OwnerID} })
	if err != nil {
		return nil, err
	}
	out := make(map[OwnerKey][]string, len(rows))
	for k, tags := range rows {
		for _, t := range tags {
			out[k] = append(out[k], t.Name)
		}
	}
	return out, nil
}

// PartnersOf loads the partner organizations of many owners, in the order the owner lists
// them, with one joined query per owner type.
func (s *Store) PartnersOf(ctx context.Context, v Viewer, keys []OwnerKey) (map[OwnerKey][]*model.Organization, error) {
	out := make(map[OwnerKey][]*model.Organization, len(keys))
	for typ, ids := range group(keys) {
		var rows []struct {
			model.Organization `bun:",extend"`
			OwnerID            int64 `bun:"owner_id"`
		}
		err := s.DB.NewSelect().Model(&rows).
			ColumnExpr("?TableAlias.*").ColumnExpr("cp.owner_id").
			Join("JOIN content_partners AS cp ON cp.organization_id = ?TableAlias.id").
			Where("cp.municipality_id = ?", v.MunicipalityID).
			Where("?TableAlias.municipality_id = ?", v.MunicipalityID).
			Where("cp.owner_type = ?", typ).
			Where("cp.owner_id IN (?)", bun.List(ids)).
			OrderExpr("cp.position, cp.id").Scan(ctx)
		if err != nil {
			return nil, fmt.Errorf("load %s partners: %w", typ, err)
		}
		for i := range rows {
			k := OwnerKey{typ, rows[i].OwnerID}
			org := &rows[i].Organization
			// Content names its partners, private ones too; a private profile reached
			// that way shows only its public fields.
			if !v.SeesProfile(org) {
				org = publicFields(org)
			}
			out[k] = append(out[k], org)
		}
	}
	return out, nil
}

// MediaOf loads the files of many content owners, in upload order.
func (s *Store) MediaOf(ctx context.Context, v Viewer, keys []OwnerKey) (map[OwnerKey][]*model.Attachment, error) {
	out := make(map[OwnerKey][]*model.Attachment, len(keys))
	for typ, ids := range group(keys) {
		var rows []*model.Attachment
		err := tenant(s.DB.NewSelect().Model(&rows), v).Where("?TableAlias.owner_type = ?", typ).
			Where("?TableAlias.owner_id IN (?)", bun.List(ids)).OrderExpr("?TableAlias.id").Scan(ctx)
		if err != nil {
			return nil, fmt.Errorf("load %s media: %w", typ, err)
		}
		for _, r := range rows {
			k := OwnerKey{r.OwnerType, r.OwnerID}
			out[k] = append(out[k], r)
		}
	}
	return out, nil
}
