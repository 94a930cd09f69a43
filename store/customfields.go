package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"

	"github.com/uptrace/bun"

	"github.com/pppdesk/pppdesk/model"
)

// CustomFieldDefinitions answers the custom fields of one target of a municipality, in their
// order; every query names the municipality, so one city never reads another's fields.
func CustomFieldDefinitions(ctx context.Context, db bun.IDB, mid int64, target model.CustomFieldTarget) ([]*model.CustomFieldDefinition, error) {
	var rows []*model.CustomFieldDefinition
	err := db.NewSelect().Model(&rows).
		Where("municipality_id = ?", mid).Where("target = ?", target).
		OrderExpr("position, id").Scan(ctx)
	if err != nil {
		return nil, fmt.Errorf("custom field definitions: %w", err)
	}
	return rows, nil
}

// CustomFieldDefinition answers one definition of the municipality, nil when there is none.
func CustomFieldDefinition(ctx context.Context, db bun.IDB, mid, id int64) (*model.CustomFieldDefinition, error) {
	d := new(model.CustomFieldDefinition)
	err := db.NewSelect().Model(d).Where("municipality_id = ?", mid).Where("id = ?", id).Scan(ctx)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("custom field definition: %w", err)
	}
	return d, nil
}

// CustomFieldKeyTaken reports whether another definition (not except) of the target already
// uses key in the municipality.
func CustomFieldKeyTaken(ctx context.Context, db bun.IDB, mid int64, target model.CustomFieldTarget, key string, except int64) (bool, error) {
	n, err := db.NewSelect().Model((*model.CustomFieldDefinition)(nil)).
		Where("municipality_id = ?", mid).Where("target = ?", target).Where("field_key = ?", key).
		Where("id <> ?", except).Count(ctx)
	if err != nil {
		return false, fmt.Errorf("custom field key: %w", err)
	}
	return n > 0, nil
}

// NextCustomFieldOrder answers the position after the target's last field.
func NextCustomFieldOrder(ctx context.Context, db bun.IDB, mid int64, target model.CustomFieldTarget) (int, error) {
	var last sql.NullInt64
	err := db.NewSelect().Model((*model.CustomFieldDefinition)(nil)).ColumnExpr("MAX(position)").
		Where("municipality_id = ?", mid).Where("target = ?", target).Scan(ctx, &last)
	if err != nil {
		return 0, fmt.Errorf("custom field order: %w", err)
	}
	if !last.Valid {
		return 0, nil
	}
	return int(last.Int64) + 1, nil
}

// SaveCustomFieldDefinition writes the changed columns of a definition of its municipality.
func SaveCustomFieldDefinition(ctx context.Context, db bun.IDB, d *model.CustomFieldDefinition) error {
	_, err := db.NewUpdate().Model(d).
		Column("field_key", "label_ja", "label_en", "required", "visibility", "position", "choices", "disclosure_level", "disclosure_reason", "updated_at").
		Where("municipality_id = ?", d.MunicipalityID).Where("id = ?", d.ID).Exec(ctx)
	if err != nil {
		return fmt.Errorf("save custom field definition: %w", err)
	}
	return nil
}

// DeleteCustomFieldDefinition deletes a definition and its stored values, answering how many
// values went.
func DeleteCustomFieldDefinition(ctx context.Context, db bun.IDB, mid, id int64) (int64, error) {
	res, err := db.NewDelete().Model((*model.CustomFieldValue)(nil)).
		Where("municipality_id = ?", mid).Where("definition_id = ?", id).Exec(ctx)
	if err != nil {
		return 0, fmt.Errorf("delete custom field values: %w", err)
	}
	n, _ := res.RowsAffected()
	if _, err := db.NewDelete().Model((*model.CustomFieldDefinition)(nil)).
		Where("municipality_id = ?", mid).Where("id = ?", id).Exec(ctx); err != nil {
		return 0, fmt.Errorf("delete custom field definition: %w", err)
	}
	return n, nil
}

// SetCustomFieldValues replaces every custom field value of one item with rows.
func SetCustomFieldValues(ctx context.Context, db bun.IDB, mid int64, owner OwnerKey, rows []*model.CustomFieldValue) error {
	if _, err := db.NewDelete().Model((*model.CustomFieldValue)(nil)).
		Where("municipality_id = ?", mid).Where("owner_type = ?", owner.Type).Where("owner_id = ?", owner.ID).Exec(ctx); err != nil {
		return fmt.Errorf("clear custom field values of %s %d: %w", owner.Type, owner.ID, err)
	}
	if len(rows) == 0 {
		return nil
	}
	for _, r := range rows {
		r.ID, r.MunicipalityID, r.OwnerType, r.OwnerID = 0, mid, owner.Type, owner.ID
	}
	if _, err := db.NewInsert().Model(&rows).Exec(ctx); err != nil {
		return fmt.Errorf("insert custom field values: %w", err)
	}
	return nil
}

// CustomFieldValuesOf loads the custom field values of many items of the viewer's
// municipality, each with its definition, in definition order: two queries for any number of
// items of any types (the values, then their definitions).
func (s *Store) CustomFieldValuesOf(ctx context.Context, v Viewer, keys []OwnerKey) (map[OwnerKey][]*model.CustomFieldValue, error) {
	return CustomFieldValuesIn(ctx, s.DB, v.MunicipalityID, keys)
}

// CustomFieldValuesIn is CustomFieldValuesOf for a municipality, inside a transaction.
func CustomFieldValuesIn(ctx context.Context, db bun.IDB, mid int64, keys []OwnerKey) (map[OwnerKey][]*model.CustomFieldValue, error) {
	out := make(map[OwnerKey][]*model.CustomFieldValue, len(keys))
	if len(keys) == 0 {
		return out, nil
	}
	var rows []*model.CustomFieldValue
	q := db.NewSelect().Model(&rows).Where("municipality_id = ?", mid)
	q = q.WhereGroup(" AND ", func(q *bun.SelectQuery) *bun.SelectQuery {
		for typ, ids := range group(keys) {
			q = q.WhereOr("owner_type = ? AND owner_id IN (?)", typ, bun.List(ids))
		}
		return q
	})
	if err := q.Scan(ctx); err != nil {
		return nil, fmt.Errorf("custom field values: %w", err)
	}
	if len(rows) == 0 {
		return out, nil
	}
	ids := make([]int64, 0, len(rows))
	for _, r := range rows {
		ids = append(ids, r.DefinitionID)
	}
	var defs []*model.CustomFieldDefinition
	if err := db.NewSelect().Model(&defs).Where("municipality_id = ?", mid).
		Where("id IN (?)", bun.List(model.DistinctIDs(ids))).Scan(ctx); err != nil {
		return nil, fmt.Errorf("custom field definitions of values: %w", err)
	}
	byID := make(map[int64]*model.CustomFieldDefinition, len(defs))
	for _, d := range defs {
		byID[d.ID] = d
	}
	for _, r := range rows {
		if r.Definition = byID[r.DefinitionID]; r.Definition == nil {
			continue
		}
		k := OwnerKey{Type: r.OwnerType, ID: r.OwnerID}
		out[k] = append(out[k], r)
	}
	for _, vs := range out {
		slices.SortFunc(vs, func(a, b *model.CustomFieldValue) int {
			if a.Definition.Order != b.Definition.Order {
				return a.Definition.Order - b.Definition.Order
			}
			return int(a.Definition.ID - b.Definition.ID)
		})
	}
	return out, nil
}

// DeleteCustomFieldValues deletes the given values of municipality mid and answers how many
// went.
func DeleteCustomFieldValues(ctx context.Context, db bun.IDB, mid int64, ids []int64) (int, error) {
	if len(ids) == 0 {
		return 0, nil
	}
	res, err := db.NewDelete().Model((*model.CustomFieldValue)(nil)).Where("municipality_id = ?", mid).
		Where("id IN (?)", bun.List(ids)).Exec(ctx)
	if err != nil {
		return 0, fmt.Errorf("delete custom field values: %w", err)
	}
	n, _ := res.RowsAffected()
	return int(n), nil
}
