package store

import (
	"context"
	"fmt"
	"time"

	"github.com/uptrace/bun"

	"github.com/pppdesk/pppdesk/model"
)

// InsertAccountToken stores an emailed one-time token (its hash only) after forgetting the
// unused tokens of the same purpose sent to the same address, so only the newest link works.
// The statements are the same whether or not the token belongs to an account.
func InsertAccountToken(ctx context.Context, db bun.IDB, t *model.AccountToken) error {
	if _, err := db.NewDelete().Model((*model.AccountToken)(nil)).Where("municipality_id = ?", t.MunicipalityID).
		Where("purpose = ?", t.Purpose).Where("email = ?", t.Email).Where("used_at IS NULL").Exec(ctx); err != nil {
		return fmt.Errorf("replace account tokens: %w", err)
	}
	if _, err := db.NewDelete().Model((*model.AccountToken)(nil)).Where("expires_at < ?", t.CreatedAt).Exec(ctx); err != nil {
		return fmt.Errorf("prune account tokens: %w", err)
	}
	return Insert(ctx, db, t)
}

// AccountTokenByHash loads an account's token of a purpose by the hash of what was mailed;
// nil when there is none (unknown, or written for an unknown address).
func AccountTokenByHash(ctx context.Context, db bun.IDB, mid int64, purpose model.AccountTokenPurpose, hash string) (*model.AccountToken, error) {
	var rows []*model.AccountToken
	err := db.NewSelect().Model(&rows).Where("municipality_id = ?", mid).Where("purpose = ?", purpose).
		Where("token_hash = ?", hash).Where("user_id IS NOT NULL").Limit(1).Scan(ctx)
	if err != nil {
		return nil, fmt.Errorf("account token: %w", err)
	}
	if len(rows) == 0 {
		return nil, nil
	}
	return rows[0], nil
}

// UseAccountToken marks a token used, once: false when it was used meanwhile, so of
// concurrent redemptions exactly one succeeds.
func UseAccountToken(ctx context.Context, db bun.IDB, id int64, at time.Time) (bool, error) {
	res, err := db.NewUpdate().Model((*model.AccountToken)(nil)).Set("used_at = ?", at).
		Where("id = ?", id).Where("used_at IS NULL").Exec(ctx)
	if err != nil {
		return false, fmt.Errorf("use account token: %w", err)
	}
	n, _ := res.RowsAffected()
	return n == 1, nil
}

// DropAccountTokens forgets an account's unused tokens of a purpose (a changed password
// voids pending reset links).
func DropAccountTokens(ctx context.Context, db bun.IDB, userID int64, purpose model.AccountTokenPurpose) error {
	if _, err := db.NewDelete().Model((*model.AccountToken)(nil)).Where("user_id = ?", userID).
		Where("purpose = ?", purpose).Where("used_at IS NULL").Exec(ctx); err != nil {
		return fmt.Errorf("drop account tokens: %w", err)
	}
	return nil
}

// SetPassword stores a new password hash for an account whose hash is still old (empty old:
// whatever it is) and revokes its bearer tokens by raising its token epoch; keep names the
// one token that stays valid (the caller's, on a change), empty for none. It answers false
// when the password was changed meanwhile.
func SetPassword(ctx context.Context, db bun.IDB, mid, id int64, old, hash, keep string, now time.Time) (bool, error) {
	q := db.NewUpdate().Model((*model.User)(nil)).Set("password_hash = ?", hash).Set("token_epoch = token_epoch + 1").
		Set("kept_token = ?", keep).Set("updated_at = ?", now).Where("municipality_id = ?", mid).Where("id = ?", id)
	if old != "" {
		q = q.Where("password_hash = ?", old)
	}
	res, err := q.Exec(ctx)
	if err != nil {
		return false, fmt.Errorf("set password: %w", err)
	}
	n, _ := res.RowsAffected()
	return n == 1, nil
}

// MarkEmailVerified records that the owner of an account proved its address, unless it was
// recorded already (the first proof is kept). Sign-up confirmation, verifyEmail, a password
// reset and the acceptance of an invitation call it in their transactions.
func MarkEmailVerified(ctx context.Context, db bun.IDB, mid, userID int64, at time.Time) error {
	if _, err := db.NewUpdate().Model((*model.User)(nil)).Set("email_verified_at = ?", at).
		Where("municipality_id = ?", mid).Where("id = ?", userID).Where("email_verified_at IS NULL").Exec(ctx); err != nil {
		return fmt.Errorf("mark email verified: %w", err)
	}
	return nil
}

// OrganizationByCorporateNumber answers the live organization of a municipality that holds a
// 法人番号, the registered one first; nil when there is none.
func OrganizationByCorporateNumber(ctx context.Context, db bun.IDB, mid int64, number string) (*model.Organization, error) {
	var rows []*model.Organization
	err := db.NewSelect().Model(&rows).Where("?TableAlias.municipality_id = ?", mid).Where("?TableAlias.corporate_number = ?", number).
		OrderExpr("?TableAlias.id IN (SELECT organization_id FROM organization_numbers WHERE municipality_id = ?) DESC, ?TableAlias.id", mid).
		Limit(1).Scan(ctx)
	if err != nil {
		return nil, fmt.Errorf("organization by corporate number: %w", err)
	}
	if len(rows) == 0 {
		return nil, nil
	}
	return rows[0], nil
}

// RegisterCorporateNumber makes o the one organization of its municipality with its 法人番号,
// releasing any number it held before; ErrDuplicate when another organization holds the
// number. An organization without a number only releases its old one.
func RegisterCorporateNumber(ctx context.Context, db bun.IDB, o *model.Organization) error {
	if err := ReleaseCorporateNumber(ctx, db, o.ID); err != nil {
		return err
	}
	if o.CorporateNumber == "" {
		return nil
	}
	err := Insert(ctx, db, &model.OrganizationNumber{MunicipalityID: o.MunicipalityID, CorporateNumber: o.CorporateNumber, OrganizationID: o.ID})
	if IsUniqueViolation(err) {
		return ErrDuplicate
	}
	return err
}

// ReleaseCorporateNumber frees the 法人番号 an organization holds (it is deleted or its
// number changed).
func ReleaseCorporateNumber(ctx context.Context, db bun.IDB, orgID int64) error {
	if _, err := db.NewDelete().Model((*model.OrganizationNumber)(nil)).Where("organization_id = ?", orgID).Exec(ctx); err != nil {
		return fmt.Errorf("release corporate number: %w", err)
	}
	return nil
}

// OrganizationMembers answers the enabled accounts acting for an organization, oldest first.
func OrganizationMembers(ctx context.Context, db bun.IDB, mid, orgID int64) ([]*model.User, error) {
	var rows []*model.User
	err := db.NewSelect().Model(&rows).Where("municipality_id = ?", mid).Where("organization_id = ?", orgID).
		Where("disabled = ?", false).Order("id").Limit(50).Scan(ctx)
	if err != nil {
		return nil, fmt.Errorf("organization members: %w", err)
	}
	return rows, nil
}
