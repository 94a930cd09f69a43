package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/uptrace/bun"

	"github.com/pppdesk/pppdesk/model"
)

// CreateMunicipality inserts a municipality; ErrDuplicate when its slug is taken.
func CreateMunicipality(ctx context.Context, db bun.IDB, m *model.Municipality) error {
	n, err := db.NewSelect().Model((*model.Municipality)(nil)).Where("slug = ?", m.Slug).Count(ctx)
	if err != nil {
		return fmt.Errorf("check slug: %w", err)
	}
	if n > 0 {
		return ErrDuplicate
	}
	err = Insert(ctx, db, m)
	if IsUniqueViolation(err) {
		return ErrDuplicate
	}
	return err
}

// UpdateMunicipality writes a municipality's own fields (not its slug).
func UpdateMunicipality(ctx context.Context, db bun.IDB, m *model.Municipality) error {
	_, err := db.NewUpdate().Model(m).Column("name", "desk_name", "desk_department", "postal_code", "address",
		"phone", "email", "portal_url", "item_url_template", "updated_at").WherePK().Exec(ctx)
	if err != nil {
		return fmt.Errorf("update municipality: %w", err)
	}
	return nil
}

// Branding answers a municipality's branding; nil when it set none.
func (s *Store) Branding(ctx context.Context, mid int64) (*model.MunicipalityBranding, error) {
	b := new(model.MunicipalityBranding)
	err := s.DB.NewSelect().Model(b).Where("municipality_id = ?", mid).Limit(1).Scan(ctx)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("branding: %w", err)
	}
	return b, nil
}

// SaveBranding writes a municipality's branding row, creating it the first time.
func SaveBranding(ctx context.Context, db bun.IDB, b *model.MunicipalityBranding) error {
	if b.ID == 0 {
		return Insert(ctx, db, b)
	}
	_, err := db.NewUpdate().Model(b).Column("logo_media_id", "primary_color", "secondary_color", "updated_at").
		WherePK().Where("municipality_id = ?", b.MunicipalityID).Exec(ctx)
	if err != nil {
		return fmt.Errorf("save branding: %w", err)
	}
	return nil
}

// MediaExists reports whether a media file (an attachment of content) of the municipality
// has the ID, so a logo never points at another municipality's or a proposal's file.
func (s *Store) MediaExists(ctx context.Context, mid, id int64) (bool, error) {
	n, err := s.DB.NewSelect().Model((*model.Attachment)(nil)).Where("municipality_id = ?", mid).Where("id = ?", id).
		Where("owner_type <> ?", model.OwnerProposal).Count(ctx)
	if err != nil {
		return false, fmt.Errorf("media exists: %w", err)
	}
	return n > 0, nil
}

// Hosts answers the host names of a municipality, sorted.
func (s *Store) Hosts(ctx context.Context, mid int64) ([]string, error) {
	hosts := []string{}
	err := s.DB.NewSelect().Model((*model.MunicipalityHost)(nil)).Column("host").Where("municipality_id = ?", mid).
		Order("host").Scan(ctx, &hosts)
	if err != nil {
		return nil, fmt.Errorf("hosts: %w", err)
	}
	return hosts, nil
}

// SetHosts replaces the host names of a municipality; ErrDuplicate when another
// municipality already has one of them.
func SetHosts(ctx context.Context, db bun.IDB, mid int64, hosts []string, now time.Time) error {
	if len(hosts) > 0 {
		n, err := db.NewSelect().Model((*model.MunicipalityHost)(nil)).Where("host IN (?)", bun.List(hosts)).
			Where("municipality_id <> ?", mid).Count(ctx)
		if err != nil {
			return fmt.Errorf("check hosts: %w", err)
		}
		if n > 0 {
			return ErrDuplicate
		}
	}
	if _, err := db.NewDelete().Model((*model.MunicipalityHost)(nil)).Where("municipality_id = ?", mid).Exec(ctx); err != nil {
		return fmt.Errorf("clear hosts: %w", err)
	}
	for _, h := range hosts {
		err := Insert(ctx, db, &model.MunicipalityHost{MunicipalityID: mid, Host: h, CreatedAt: now})
		if IsUniqueViolation(err) {
			return ErrDuplicate
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// CurrentTerms answers a municipality's newest proposal terms; nil when it has none.
func (s *Store) CurrentTerms(ctx context.Context, db bun.IDB, mid int64) (*model.MunicipalityTerms, error) {
	t := new(model.MunicipalityTerms)
	err := db.NewSelect().Model(t).Where("municipality_id = ?", mid).OrderExpr("id DESC").Limit(1).Scan(ctx)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("current terms: %w", err)
	}
	return t, nil
}

// AddTerms inserts a new version of a municipality's terms; ErrDuplicate when the version
// was used before (a version names one text forever).
func AddTerms(ctx context.Context, db bun.IDB, t *model.MunicipalityTerms) error {
	n, err := db.NewSelect().Model((*model.MunicipalityTerms)(nil)).Where("municipality_id = ?", t.MunicipalityID).
		Where("version = ?", t.Version).Count(ctx)
	if err != nil {
		return fmt.Errorf("check terms version: %w", err)
	}
	if n > 0 {
		return ErrDuplicate
	}
	err = Insert(ctx, db, t)
	if IsUniqueViolation(err) {
		return ErrDuplicate
	}
	return err
}

// MailTemplates answers a municipality's mail template overrides, by key; db is the
// transaction that queues the mails.
func MailTemplates(ctx context.Context, db bun.IDB, mid int64) (map[string]*model.MailTemplate, error) {
	var rows []*model.MailTemplate
	if err := db.NewSelect().Model(&rows).Where("municipality_id = ?", mid).Scan(ctx); err != nil {
		return nil, fmt.Errorf("mail templates: %w", err)
	}
	out := make(map[string]*model.MailTemplate, len(rows))
	for _, r := range rows {
		out[r.Key] = r
	}
	return out, nil
}

// SaveMailTemplate sets (or, with an empty subject and body, removes) a municipality's
// override of one mail.
func SaveMailTemplate(ctx context.Context, db bun.IDB, t *model.MailTemplate) error {
	if _, err := db.NewDelete().Model((*model.MailTemplate)(nil)).Where("municipality_id = ?", t.MunicipalityID).
		Where("? = ?", bun.Ident("key"), t.Key).Exec(ctx); err != nil {
		return fmt.Errorf("replace mail template: %w", err)
	}
	if t.Subject == "" && t.Body == "" {
		return nil
	}
	return Insert(ctx, db, t)
}

// CreatePlatformAdmin inserts an ADMIN account; ErrDuplicate when the email is taken.
func CreatePlatformAdmin(ctx context.Context, db bun.IDB, a *model.PlatformAdmin) error {
	n, err := db.NewSelect().Model((*model.PlatformAdmin)(nil)).Where("email = ?", a.Email).Count(ctx)
	if err != nil {
		return fmt.Errorf("check admin email: %w", err)
	}
	if n > 0 {
		return ErrDuplicate
	}
	err = Insert(ctx, db, a)
	if IsUniqueViolation(err) {
		return ErrDuplicate
	}
	return err
}

// PlatformAdminByEmail finds an ADMIN account by its normalised email; nil when none.
func (s *Store) PlatformAdminByEmail(ctx context.Context, email string) (*model.PlatformAdmin, error) {
	return platformAdmin(ctx, s.DB, "email = ?", email)
}

// PlatformAdminByID finds an ADMIN account; nil when none.
func PlatformAdminByID(ctx context.Context, db bun.IDB, id int64) (*model.PlatformAdmin, error) {
	return platformAdmin(ctx, db, "id = ?", id)
}

func platformAdmin(ctx context.Context, db bun.IDB, where string, arg any) (*model.PlatformAdmin, error) {
	a := new(model.PlatformAdmin)
	err := db.NewSelect().Model(a).Where(where, arg).Limit(1).Scan(ctx)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("platform admin: %w", err)
	}
	return a, nil
}

// ActivatePlatformAdmin sets an invited ADMIN's password and name, only while it has none:
// false when a password was set another way since the invitation (it is then void, and
// must not replace the password its owner chose).
func ActivatePlatformAdmin(ctx context.Context, db bun.IDB, id int64, hash, name string, now time.Time) (bool, error) {
	res, err := db.NewUpdate().Model((*model.PlatformAdmin)(nil)).Set("password_hash = ?", hash).Set("display_name = ?", name).
		Set("updated_at = ?", now).Where("id = ?", id).Where("password_hash = ''").Exec(ctx)
	if err != nil {
		return false, fmt.Errorf("activate admin: %w", err)
	}
	n, err := res.RowsAffected()
	return n == 1, err
}

// ActivateUser sets an invited staff account's password and name, only while it has none
// (a password reset may have set one since: the invitation is then void), and raises its
// token epoch so no token issued before the activation survives it.
func ActivateUser(ctx context.Context, db bun.IDB, mid, id int64, hash, name string, now time.Time) (bool, error) {
	res, err := db.NewUpdate().Model((*model.User)(nil)).Set("password_hash = ?", hash).Set("display_name = ?", name).
		Set("token_epoch = token_epoch + 1").Set("updated_at = ?", now).
		Where("municipality_id = ?", mid).Where("id = ?", id).Where("password_hash = ''").Exec(ctx)
	if err != nil {
		return false, fmt.Errorf("activate user: %w", err)
	}
	n, err := res.RowsAffected()
	return n == 1, err
}

// AccountInvitationByHash finds an invitation by its token's hash within a municipality
// (mid 0: the platform's ADMIN invitations); nil when there is none.
func AccountInvitationByHash(ctx context.Context, db bun.IDB, mid int64, hash string) (*model.AccountInvitation, error) {
	inv := new(model.AccountInvitation)
	q := db.NewSelect().Model(inv).Where("token_hash = ?", hash)
	if mid == 0 {
		q = q.Where("municipality_id IS NULL")
	} else {
		q = q.Where("municipality_id = ?", mid)
	}
	err := q.Limit(1).Scan(ctx)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("account invitation: %w", err)
	}
	return inv, nil
}

// UseAccountInvitation marks an open, unexpired invitation used, once: false when it was
// used (by a concurrent acceptance too) or expired meanwhile.
func UseAccountInvitation(ctx context.Context, db bun.IDB, id int64, now time.Time) (bool, error) {
	res, err := db.NewUpdate().Model((*model.AccountInvitation)(nil)).Set("used_at = ?", now).
		Where("id = ?", id).Where("used_at IS NULL").Where("expires_at > ?", now).Exec(ctx)
	if err != nil {
		return false, fmt.Errorf("use invitation: %w", err)
	}
	n, err := res.RowsAffected()
	return n == 1, err
}
