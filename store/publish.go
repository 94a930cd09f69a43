package store

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/uptrace/bun"

	"github.com/pppdesk/pppdesk/apperr"
	"github.com/pppdesk/pppdesk/model"
)

// publishable maps each publishable type to a fresh model value, so publication works on any.
func publishable(t model.OwnerType) (any, bool) {
	switch t {
	case model.OwnerChallenge:
		return new(model.Challenge), true
	case model.OwnerAgreement:
		return new(model.Agreement), true
	case model.OwnerProject:
		return new(model.Project), true
	case model.OwnerCaseStudy:
		return new(model.CaseStudy), true
	case model.OwnerAnnouncement:
		return new(model.Announcement), true
	}
	return nil, false
}

// PublishableType reports whether t is a publishable type, with a fresh value of it.
func PublishableType(t model.OwnerType) (any, bool) { return publishable(t) }

// Publishable loads one publishable row of the municipality in any state; nil when absent.
// ok is false when t is not a publishable type.
func Publishable(ctx context.Context, db bun.IDB, mid int64, t model.OwnerType, id int64) (row any, ok bool, err error) {
	row, ok = publishable(t)
	if !ok {
		return nil, false, nil
	}
	err = db.NewSelect().Model(row).Where("?TableAlias.municipality_id = ?", mid).Where("?TableAlias.id = ?", id).Scan(ctx)
	if err != nil {
		if isNoRows(err) {
			return nil, true, nil
		}
		return nil, true, fmt.Errorf("load %s: %w", t, err)
	}
	return row, true, nil
}

// SetPublication writes a row (with any pending content already laid over it) in a new
// publication state, only while its stored state is still from and its version still
// expected, and keeps a revision of the result; false means a concurrent change won.
func SetPublication(ctx context.Context, db bun.IDB, t model.OwnerType, row any, id, mid int64, from model.PublicationState, expected int,
	state model.PublicationState, at *time.Time, actor *int64, now time.Time) (bool, error) {
	p, st, _ := Parts(row)
	p.PublicationState, p.PublishedAt, p.Version, st.UpdatedAt = state, at, expected+1, now
	res, err := db.NewUpdate().Model(row).ExcludeColumn("created_at", "deleted_at").
		Where("?TableAlias.id = ?", id).Where("?TableAlias.municipality_id = ?", mid).
		Where("?TableAlias.version = ?", expected).Where("?TableAlias.publication_state = ?", from).Exec(ctx)
	if err != nil {
		return false, fmt.Errorf("publish %s: %w", t, err)
	}
	if n, _ := res.RowsAffected(); n != 1 {
		return false, nil
	}
	if err := touchSearch(ctx, db, OwnerKey{t, id}); err != nil {
		return false, err
	}
	return true, AddRevision(ctx, db, mid, t, id, row, actor, now)
}

// Live reports whether content has left the draft stage (published, scheduled or archived):
// its row is what the public sees or saw, so only the desk changes it directly.
func Live(row any) bool {
	p, _, _ := Parts(row)
	return p != nil && p.PublicationState != model.StateDraft
}

// AddPendingRevision keeps a department's change to live content as a pending revision for
// the desk to publish, leaving the live row alone (its version too, so the desk's version
// stays current). The row's version must still be expected, so a change made on stale
// content is refused as with a direct save. The check is an UPDATE that changes nothing but
// holds the row until the transaction ends, so identical changes sent at once are taken one
// after the other, and a change that already waits for the desk is a CONFLICT rather than a
// second pending revision.
func AddPendingRevision(ctx context.Context, db bun.IDB, t model.OwnerType, row any, id, mid int64, expected int, actor *int64, now time.Time) (bool, error) {
	res, err := db.NewUpdate().Model(row).Set("version = version").Where("?TableAlias.id = ?", id).
		Where("?TableAlias.municipality_id = ?", mid).Where("?TableAlias.version = ?", expected).Exec(ctx)
	if err != nil {
		return false, fmt.Errorf("pending %s: %w", t, err)
	}
	if n, _ := res.RowsAffected(); n != 1 {
		return false, nil
	}
	waiting, err := PendingRevision(ctx, db, mid, t, id)
	if err != nil {
		return false, err
	}
	if waiting != nil {
		data, err := json.Marshal(row)
		if err != nil {
			return false, fmt.Errorf("revision: %w", err)
		}
		if waiting.Data == string(data) {
			return false, apperr.New(apperr.Conflict, "this change already waits for the desk to publish it")
		}
	}
	return true, addRevision(ctx, db, mid, t, id, row, actor, now, true)
}

// PendingRevision answers the newest pending revision of a row that is still newer than the
// row's last change; nil when there is none. A pending change made before the desk changed
// the row itself was made on content that is no longer live: applying it would silently
// undo the desk's change, so it no longer counts.
func PendingRevision(ctx context.Context, db bun.IDB, mid int64, t model.OwnerType, id int64) (*model.Revision, error) {
	var rows []*model.Revision
	err := db.NewSelect().Model(&rows).Where("municipality_id = ?", mid).Where("owner_type = ?", t).Where("owner_id = ?", id).
		Where("pending = ?", true).
		Where("number > (SELECT COALESCE(MAX(r2.number), 0) FROM revisions AS r2 WHERE r2.owner_type = ? AND r2.owner_id = ? AND r2.pending = ?)", t, id, false).
		Order("number DESC").Limit(1).Scan(ctx)
	if err != nil {
		return nil, fmt.Errorf("pending revision: %w", err)
	}
	if len(rows) == 0 {
		return nil, nil
	}
	return rows[0], nil
}

// ClearPending marks every pending revision of a row as handled once the desk published it.
func ClearPending(ctx context.Context, db bun.IDB, mid int64, t model.OwnerType, id int64) error {
	_, err := db.NewUpdate().Model((*model.Revision)(nil)).Set("pending = ?", false).
		Where("municipality_id = ?", mid).Where("owner_type = ?", t).Where("owner_id = ?", id).Where("pending = ?", true).Exec(ctx)
	if err != nil {
		return fmt.Errorf("clear pending: %w", err)
	}
	return nil
}

// Overlay lays a revision's content over a row, keeping the row's identity, publication and
// bookkeeping, so publishing a pending revision changes only what the department changed.
func Overlay(row any, rev *model.Revision) error {
	p, st, mid := Parts(row)
	keepP, keepSt, keepMid := *p, *st, *mid
	if err := json.Unmarshal([]byte(rev.Data), row); err != nil {
		return fmt.Errorf("revision %d data: %w", rev.ID, err)
	}
	*p, *st, *mid = keepP, keepSt, keepMid
	return nil
}

// AddRevision keeps the content of a row as its next revision. Two writers that race for
// the same number meet the unique index revisions_owner, which InTx answers as CONFLICT.
func AddRevision(ctx context.Context, db bun.IDB, mid int64, t model.OwnerType, id int64, row any, actor *int64, now time.Time) error {
	return addRevision(ctx, db, mid, t, id, row, actor, now, false)
}

func addRevision(ctx context.Context, db bun.IDB, mid int64, t model.OwnerType, id int64, row any, actor *int64, now time.Time, pending bool) error {
	data, err := json.Marshal(row)
	if err != nil {
		return fmt.Errorf("revision: %w", err)
	}
	var n int
	if err := db.NewSelect().Model((*model.Revision)(nil)).ColumnExpr("COALESCE(MAX(number), 0)").
		Where("owner_type = ?", t).Where("owner_id = ?", id).Scan(ctx, &n); err != nil {
		return fmt.Errorf("revision number: %w", err)
	}
	return Insert(ctx, db, &model.Revision{MunicipalityID: mid, OwnerType: t, OwnerID: id, Number: n + 1, AuthorID: actor, Data: string(data), CreatedAt: now, Pending: pending})
}

// Revisions lists the revisions of one row of the municipality, newest first.
func (s *Store) Revisions(ctx context.Context, mid int64, t model.OwnerType, id int64) ([]*model.Revision, error) {
	var rows []*model.Revision
	err := s.DB.NewSelect().Model(&rows).Where("municipality_id = ?", mid).Where("owner_type = ?", t).Where("owner_id = ?", id).
		Order("number DESC").Scan(ctx)
	if err != nil {
		return nil, fmt.Errorf("revisions: %w", err)
	}
	return rows, nil
}

// RevisionByID loads a revision of the municipality; nil when there is none, so another
// municipality's revision cannot even be found.
func (s *Store) RevisionByID(ctx context.Context, mid, id int64) (*model.Revision, error) {
	var rows []*model.Revision
	if err := s.DB.NewSelect().Model(&rows).Where("municipality_id = ?", mid).Where("id = ?", id).Scan(ctx); err != nil {
		return nil, fmt.Errorf("revision: %w", err)
	}
	if len(rows) == 0 {
		return nil, nil
	}
	return rows[0], nil
}

// RestoreRevision writes a revision's content back to its row as a draft, with a new
// revision; nil when the row is gone. changed is false when the row is already a draft with
// exactly that content (the same restore again, or two at once taken one after the other):
// nothing is written then, so one restore leaves one revision.
func RestoreRevision(ctx context.Context, db bun.IDB, rev *model.Revision, actor *int64, now time.Time) (row any, changed bool, err error) {
	row, _, err = Publishable(ctx, db, rev.MunicipalityID, rev.OwnerType, rev.OwnerID)
	if err != nil || row == nil {
		return row, false, err
	}
	if err := json.Unmarshal([]byte(rev.Data), row); err != nil {
		return nil, false, fmt.Errorf("revision %d data: %w", rev.ID, err)
	}
	// Identity and bookkeeping come from the row, not the old content.
	fresh, _, err := Publishable(ctx, db, rev.MunicipalityID, rev.OwnerType, rev.OwnerID)
	if err != nil {
		return nil, false, err
	}
	fp, _, _ := Parts(fresh)
	if fp.PublicationState == model.StateDraft && sameContent(row, fresh) {
		return fresh, false, nil
	}
	restoreIdentity(row, fresh, now)
	res, err := db.NewUpdate().Model(row).WherePK().Where("?TableAlias.version = ?", fp.Version).Exec(ctx)
	if err != nil {
		return nil, false, fmt.Errorf("restore revision: %w", err)
	}
	if n, _ := res.RowsAffected(); n != 1 {
		return nil, false, apperr.New(apperr.Conflict, "the %s changed meanwhile; reload and try again", rev.OwnerType)
	}
	if err := touchSearch(ctx, db, OwnerKey{rev.OwnerType, rev.OwnerID}); err != nil {
		return nil, false, err
	}
	return row, true, AddRevision(ctx, db, rev.MunicipalityID, rev.OwnerType, rev.OwnerID, row, actor, now)
}

// sameContent reports whether two rows of one content type say the same, whatever their
// publication and bookkeeping fields.
func sameContent(a, b any) bool {
	p, st, _ := Parts(a)
	bp, bst, _ := Parts(b)
	keepP, keepSt := *p, *st
	*p, *st = *bp, *bst
	x, errA := json.Marshal(a)
	*p, *st = keepP, keepSt
	y, errB := json.Marshal(b)
	return errA == nil && errB == nil && string(x) == string(y)
}

// Parts gives access to the embedded publication and stamp fields of any content row.
func Parts(row any) (*model.Publishing, *model.Stamps, *int64) {
	switch c := row.(type) {
	case *model.Challenge:
		return &c.Publishing, &c.Stamps, &c.MunicipalityID
	case *model.Agreement:
		return &c.Publishing, &c.Stamps, &c.MunicipalityID
	case *model.Project:
		return &c.Publishing, &c.Stamps, &c.MunicipalityID
	case *model.CaseStudy:
		return &c.Publishing, &c.Stamps, &c.MunicipalityID
	case *model.Announcement:
		return &c.Publishing, &c.Stamps, &c.MunicipalityID
	}
	return nil, nil, nil
}

func restoreIdentity(row, fresh any, now time.Time) {
	p, st, mid := Parts(row)
	fp, fst, fmid := Parts(fresh)
	*mid = *fmid
	*p = model.Publishing{PublicationState: model.StateDraft, Version: fp.Version + 1}
	*st = model.Stamps{CreatedAt: fst.CreatedAt, UpdatedAt: now}
	// The slug is the item's address, not its content: a restored revision keeps today's, so
	// links stay valid and no other item's slug is taken back.
	model.AddressingOf(row).Slug = model.AddressingOf(fresh).Slug
}

// SaveContent updates every column of a content row if its stored version is still
// expected, and keeps a revision; false means someone else saved first.
func SaveContent(ctx context.Context, db bun.IDB, t model.OwnerType, row any, id, mid int64, expected int, actor *int64, now time.Time) (bool, error) {
	p, st, _ := Parts(row)
	p.Version, st.UpdatedAt = expected+1, now
	res, err := db.NewUpdate().Model(row).ExcludeColumn("created_at", "deleted_at").
		Where("?TableAlias.id = ?", id).Where("?TableAlias.municipality_id = ?", mid).Where("?TableAlias.version = ?", expected).Exec(ctx)
	if err != nil {
		return false, fmt.Errorf("save %s: %w", t, err)
	}
	if n, _ := res.RowsAffected(); n != 1 {
		return false, nil
	}
	if err := touchSearch(ctx, db, OwnerKey{t, id}); err != nil {
		return false, err
	}
	return true, AddRevision(ctx, db, mid, t, id, row, actor, now)
}

// SoftDelete marks a content row deleted while its version is still expected; false when
// there is no such row or it changed meanwhile.
func SoftDelete(ctx context.Context, db bun.IDB, t model.OwnerType, mid, id int64, expected int) (bool, error) {
	row, ok := publishable(t)
	if !ok {
		return false, nil
	}
	res, err := db.NewDelete().Model(row).Where("?TableAlias.municipality_id = ?", mid).Where("?TableAlias.id = ?", id).
		Where("?TableAlias.version = ?", expected).Exec(ctx)
	if err != nil {
		return false, fmt.Errorf("delete %s: %w", t, err)
	}
	n, _ := res.RowsAffected()
	return n == 1, nil
}

// reference maps the soft-deletable types without publication to a fresh model value.
func reference(t model.OwnerType) (any, bool) {
	switch t {
	case model.OwnerDepartment:
		return new(model.Department), true
	case model.OwnerOrganization:
		return new(model.Organization), true
	case model.OwnerMethod:
		return new(model.CollaborationMethod), true
	}
	return nil, false
}

// Undelete restores a soft-deleted row: content comes back as a draft, reference data
// (departments, organizations, collaboration methods) as it was; nil when there is none.
func Undelete(ctx context.Context, db bun.IDB, t model.OwnerType, mid, id int64, now time.Time) (any, error) {
	if row, ok := reference(t); ok {
		res, err := db.NewUpdate().Model(row).WhereAllWithDeleted().Set("deleted_at = NULL").Set("updated_at = ?", now).
			Where("?TableAlias.municipality_id = ?", mid).Where("?TableAlias.id = ?", id).Where("?TableAlias.deleted_at IS NOT NULL").Exec(ctx)
		if err != nil {
			return nil, fmt.Errorf("undelete %s: %w", t, err)
		}
		if n, _ := res.RowsAffected(); n != 1 {
			return nil, nil
		}
		if err := db.NewSelect().Model(row).Where("?TableAlias.id = ?", id).Scan(ctx); err != nil {
			return nil, fmt.Errorf("undelete %s: %w", t, err)
		}
		if t == model.OwnerOrganization {
			// Its name is a partner's name again.
			return row, touchOrganizations(ctx, db, id)
		}
		return row, nil
	}
	row, ok := publishable(t)
	if !ok {
		return nil, nil
	}
	res, err := db.NewUpdate().Model(row).WhereAllWithDeleted().Set("deleted_at = NULL").Set("publication_state = ?", model.StateDraft).
		Set("published_at = NULL").Set("updated_at = ?", now).
		Where("?TableAlias.municipality_id = ?", mid).Where("?TableAlias.id = ?", id).Where("?TableAlias.deleted_at IS NOT NULL").Exec(ctx)
	if err != nil {
		return nil, fmt.Errorf("undelete %s: %w", t, err)
	}
	if n, _ := res.RowsAffected(); n != 1 {
		return nil, nil
	}
	row, _, err = Publishable(ctx, db, mid, t, id)
	return row, err
}

// ContentVisible reports whether the viewer may read one content row of type t, applying
// the same read scope as every list and by-ID read; false for anything not publishable.
func ContentVisible(ctx context.Context, db bun.IDB, v Viewer, t model.OwnerType, id int64) (bool, error) {
	row, ok := publishable(t)
	if !ok {
		return false, nil
	}
	n, err := visible(db.NewSelect().Model(row), v, t).Where("?TableAlias.id = ?", id).Count(ctx)
	if err != nil {
		return false, fmt.Errorf("visible %s: %w", t, err)
	}
	return n > 0, nil
}
