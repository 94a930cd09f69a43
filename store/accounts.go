package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/uptrace/bun"

	"github.com/pppdesk/pppdesk/apperr"
	"github.com/pppdesk/pppdesk/model"
)

// ErrDuplicate reports a unique constraint violation (an email already registered).
var ErrDuplicate = errors.New("store: duplicate")

// UserByEmail finds an account by its normalised email; nil when there is none.
func (s *Store) UserByEmail(ctx context.Context, mid int64, email string) (*model.User, error) {
	u := new(model.User)
	err := s.DB.NewSelect().Model(u).Where("municipality_id = ?", mid).Where("email = ?", email).Limit(1).Scan(ctx)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("user by email: %w", err)
	}
	return u, nil
}

// UserByID finds an account of the municipality; nil when there is none.
func (s *Store) UserByID(ctx context.Context, mid, id int64) (*model.User, error) {
	return UserIn(ctx, s.DB, mid, id)
}

// CreateUser inserts an account; ErrDuplicate when the email is taken in the municipality.
func CreateUser(ctx context.Context, db bun.IDB, u *model.User) error {
	n, err := db.NewSelect().Model((*model.User)(nil)).WhereAllWithDeleted().
		Where("municipality_id = ?", u.MunicipalityID).Where("email = ?", u.Email).Count(ctx)
	if err != nil {
		return fmt.Errorf("check email: %w", err)
	}
	if n > 0 {
		return ErrDuplicate
	}
	// Two creations of one email at once both pass the count; the unique index decides.
	err = Insert(ctx, db, u)
	if IsUniqueViolation(err) {
		return ErrDuplicate
	}
	return err
}

// SetUserDisabled disables or enables an account of the municipality that is in the other
// state. It matches only such an account, so of concurrent identical calls one wins and the
// others are a CONFLICT that leaves no second audit entry.
func SetUserDisabled(ctx context.Context, db bun.IDB, mid, id int64, disabled bool, now time.Time) error {
	res, err := db.NewUpdate().Model((*model.User)(nil)).Set("disabled = ?", disabled).Set("updated_at = ?", now).
		Where("municipality_id = ?", mid).Where("id = ?", id).Where("disabled = ?", !disabled).Exec(ctx)
	if err != nil {
		return fmt.Errorf("disable user: %w", err)
	}
	if n, _ := res.RowsAffected(); n != 1 {
		return apperr.New(apperr.Conflict, "the account was %s meanwhile", map[bool]string{true: "disabled", false: "enabled"}[disabled])
	}
	return nil
}

// UserFilter narrows an account list.
type UserFilter struct {
	Role   *model.Role
	Search string
	// SearchEmail lets the search also match emails; only callers who may read emails get it,
	// so a search cannot reveal an address the caller could not read.
	SearchEmail bool
}

// usersVisible applies an account read scope: the whole municipality, the caller's
// organization or department, or the caller alone.
func usersVisible(q *bun.SelectQuery, v Viewer, scope model.Scope) *bun.SelectQuery {
	return scoped(q, v, scope, userColumns)
}

// Users lists accounts within scope: the whole municipality, the caller's organization or
// department, or the caller alone.
func (s *Store) Users(ctx context.Context, v Viewer, scope model.Scope, f UserFilter, o Order, p Page) (PageOf[model.User], error) {
	return listPage[model.User](ctx, s.DB, p, o, func(q *bun.SelectQuery) *bun.SelectQuery {
		q = usersVisible(q, v, scope)
		if f.Role != nil {
			q = q.Where("?TableAlias.role = ?", *f.Role)
		}
		if f.SearchEmail {
			return searchColumns(q, f.Search, "display_name", "email")
		}
		return searchColumns(q, f.Search, "display_name")
	})
}

// UsersByID loads accounts of the municipality.
func (s *Store) UsersByID(ctx context.Context, v Viewer, ids []int64) ([]*model.User, error) {
	return byIDs[model.User](ctx, s.DB, v, ids, nil)
}

// RevokeToken records a signed-out token until its expiry; a token signed out already (by a
// concurrent logout) is UNAUTHENTICATED, as a second logout is.
func (s *Store) RevokeToken(ctx context.Context, mid int64, jti string, exp, now time.Time) error {
	if _, err := s.DB.NewInsert().Model(&model.RevokedToken{MunicipalityID: mid, JTI: jti, ExpiresAt: exp}).Exec(ctx); err != nil {
		if IsUniqueViolation(err) {
			// A concurrent logout with the same token got there first: this one comes
			// after a sign-out, as a second logout does.
			return apperr.New(apperr.Unauthenticated, "the token was already signed out; sign in again")
		}
		return fmt.Errorf("revoke token: %w", err)
	}
	if _, err := s.DB.NewDelete().Model((*model.RevokedToken)(nil)).Where("expires_at < ?", now).Exec(ctx); err != nil {
		return fmt.Errorf("prune revoked tokens: %w", err)
	}
	return nil
}

// TokenRevoked reports whether a token was signed out.
func (s *Store) TokenRevoked(ctx context.Context, jti string) (bool, error) {
	n, err := s.DB.NewSelect().Model((*model.RevokedToken)(nil)).Where("jti = ?", jti).Count(ctx)
	if err != nil {
		return false, fmt.Errorf("token revoked: %w", err)
	}
	return n > 0, nil
}

// InvitationByHash finds an open invitation by the hash of its token; nil when there is none.
// It takes a bun.IDB because sign-up reads it inside its transaction.
func InvitationByHash(ctx context.Context, db bun.IDB, mid int64, hash string) (*model.Invitation, error) {
	inv := new(model.Invitation)
	err := db.NewSelect().Model(inv).Where("municipality_id = ?", mid).Where("token_hash = ?", hash).Limit(1).Scan(ctx)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("invitation: %w", err)
	}
	return inv, nil
}

// AcceptInvitation marks an invitation used, once: false when it was already used.
func AcceptInvitation(ctx context.Context, db bun.IDB, id int64, at time.Time) (bool, error) {
	res, err := db.NewUpdate().Model((*model.Invitation)(nil)).Set("accepted_at = ?", at).
		Where("id = ?", id).Where("accepted_at IS NULL").Exec(ctx)
	if err != nil {
		return false, fmt.Errorf("accept invitation: %w", err)
	}
	n, _ := res.RowsAffected()
	return n == 1, nil
}

// UpdateOrganization saves an organization's profile if its version is still expected; false
// means someone else saved first.
func UpdateOrganization(ctx context.Context, db bun.IDB, o *model.Organization, expected int) (bool, error) {
	o.Version = expected + 1
	res, err := db.NewUpdate().Model(o).
		Column("name", "kana", "kind", "corporate_number", "website", "address", "description", "public", "version", "updated_at").
		Where("?TableAlias.id = ?", o.ID).Where("?TableAlias.municipality_id = ?", o.MunicipalityID).
		Where("?TableAlias.version = ?", expected).Exec(ctx)
	if err != nil {
		return false, fmt.Errorf("update organization: %w", err)
	}
	n, _ := res.RowsAffected()
	if n == 1 {
		return true, touchOrganizations(ctx, db, o.ID)
	}
	return false, nil
}

// SignUpByHash loads a registration waiting for confirmation by its token hash; nil when
// unknown.
func SignUpByHash(ctx context.Context, db bun.IDB, mid int64, hash string) (*model.SignUp, error) {
	var rows []*model.SignUp
	err := db.NewSelect().Model(&rows).Where("municipality_id = ?", mid).Where("token_hash = ?", hash).Limit(1).Scan(ctx)
	if err != nil {
		return nil, fmt.Errorf("sign-up: %w", err)
	}
	if len(rows) == 0 {
		return nil, nil
	}
	return rows[0], nil
}

// DeleteSignUp removes a registration once used, so its token works once; false when it
// was already used.
func DeleteSignUp(ctx context.Context, db bun.IDB, id int64) (bool, error) {
	res, err := db.NewDelete().Model((*model.SignUp)(nil)).Where("id = ?", id).Exec(ctx)
	if err != nil {
		return false, fmt.Errorf("delete sign-up: %w", err)
	}
	n, _ := res.RowsAffected()
	return n == 1, nil
}

// PruneSignUps removes registrations whose confirmation expired before t.
func PruneSignUps(ctx context.Context, db bun.IDB, t time.Time) error {
	if _, err := db.NewDelete().Model((*model.SignUp)(nil)).Where("expires_at < ?", t).Exec(ctx); err != nil {
		return fmt.Errorf("prune sign-ups: %w", err)
	}
	return nil
}
