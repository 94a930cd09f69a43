package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"reflect"

	"github.com/uptrace/bun"
	"github.com/uptrace/bun/migrate"

	"github.com/pppdesk/pppdesk/model"
)

// migrations are Go migrations written with bun's query builder, so the same code produces the
// DDL of both dialects. Append new ones; never edit an applied one.
var migrations = func() *migrate.Migrations {
	m := migrate.NewMigrations()
	m.Add(migrate.Migration{Name: "20261129000001", Comment: "initial_schema", Up: wrap(initialSchema), Down: wrap(dropAll)})
	m.Add(migrate.Migration{Name: "20261129000002", Comment: "accounts", Up: wrap(accountTables), Down: wrap(dropAccountTables)})
	m.Add(migrate.Migration{Name: "20261129000003", Comment: "webhooks", Up: wrap(webhookTables), Down: wrap(dropWebhookTables)})
	m.Add(migrate.Migration{Name: "20261129000004", Comment: "versioned_reference_data", Up: wrap(versionedReferenceData), Down: wrap(noop)})
	m.Add(migrate.Migration{Name: "20261129000005", Comment: "pending_revisions", Up: wrap(pendingRevisions), Down: wrap(noop)})
	m.Add(migrate.Migration{Name: "20261129000006", Comment: "idempotency_keys", Up: wrap(idempotencyKeys), Down: wrap(dropIdempotencyKeys)})
	m.Add(migrate.Migration{Name: "20261129000010", Comment: "rate_limits", Up: wrap(rateLimitTables), Down: wrap(dropRateLimitTables)})
	m.Add(migrate.Migration{Name: "20261129200001", Comment: "sign_ups", Up: wrap(signUpTables), Down: wrap(dropSignUpTables)})
	return m
}()

func wrap(fn migrate.MigrationFunc) func(context.Context, *migrate.Migrator, *migrate.Migration) error {
	return func(ctx context.Context, m *migrate.Migrator, _ *migrate.Migration) error { return fn(ctx, m.DB()) }
}

// Migrate brings the schema up to date; the server calls it on every start.
//
// A start may be killed at any moment, so Migrate never depends on a previous run having
// finished: the lock it takes dies with its connection (MySQL GET_LOCK, released by the
// server when the process goes away) instead of bun's lock row, which a kill left behind
// and which then refused every start; a stale row of that kind is removed; and every step
// of every migration is idempotent (tables and indexes only if missing, columns only if
// missing), so a migration whose DDL was half applied — MySQL DDL is not transactional — is
// completed by the next start instead of failing with "table already exists".
func (s *Store) Migrate(ctx context.Context) error {
	unlock, err := s.migrationLock(ctx)
	if err != nil {
		return fmt.Errorf("lock migrations: %w", err)
	}
	defer unlock()
	mg := migrate.NewMigrator(s.DB, migrations, migrate.WithMarkAppliedOnSuccess(true))
	if err := mg.Init(ctx); err != nil {
		return fmt.Errorf("migrations table: %w", err)
	}
	// Earlier versions locked with a row; one left by a killed start means nothing now.
	if _, err := s.DB.NewDelete().TableExpr("bun_migration_locks").Where("1 = 1").Exec(ctx); err != nil {
		return fmt.Errorf("clear stale migration lock: %w", err)
	}
	if _, err := mg.Migrate(ctx); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	return nil
}

// migrationLock keeps two replicas starting together from migrating at once. On MySQL it is
// a named lock held by one dedicated connection, so it vanishes with the process. SQLite is
// one process's embedded file: there the idempotent steps are enough.
func (s *Store) migrationLock(ctx context.Context) (func(), error) {
	if s.dialect != MySQL {
		return func() {}, nil
	}
	conn, err := s.DB.Conn(ctx)
	if err != nil {
		return nil, err
	}
	// Lock names are server-wide: include the database so tenants of one server do not wait
	// for each other.
	const name = "LEFT(CONCAT('pppdesk_migrate:', DATABASE()), 64)"
	var got sql.NullInt64
	if err := conn.QueryRowContext(ctx, "SELECT GET_LOCK("+name+", 120)").Scan(&got); err != nil {
		_ = conn.Close()
		return nil, err
	}
	if !got.Valid || got.Int64 != 1 {
		_ = conn.Close()
		return nil, errors.New("another process is migrating the database; waited 120 s")
	}
	return func() {
		_, _ = conn.ExecContext(context.WithoutCancel(ctx), "DO RELEASE_LOCK("+name+")")
		_ = conn.Close()
	}, nil
}

// foreignKeys states the references of each table; SQLite enforces them through the
// foreign_keys pragma, MySQL through InnoDB.
var foreignKeys = map[string][]string{
	"invitations":           {"(municipality_id) REFERENCES municipalities (id)", "(organization_id) REFERENCES organizations (id)"},
	"revoked_tokens":        {"(municipality_id) REFERENCES municipalities (id)"},
	"sign_ups":              {"(municipality_id) REFERENCES municipalities (id)"},
	"departments":           {"(municipality_id) REFERENCES municipalities (id)", "(parent_id) REFERENCES departments (id)"},
	"organizations":         {"(municipality_id) REFERENCES municipalities (id)"},
	"users":                 {"(municipality_id) REFERENCES municipalities (id)", "(organization_id) REFERENCES organizations (id)", "(department_id) REFERENCES departments (id)"},
	"challenges":            {"(municipality_id) REFERENCES municipalities (id)", "(department_id) REFERENCES departments (id)"},
	"agreements":            {"(municipality_id) REFERENCES municipalities (id)"},
	"projects":              {"(municipality_id) REFERENCES municipalities (id)", "(lead_department_id) REFERENCES departments (id)", "(agreement_id) REFERENCES agreements (id)"},
	"proposals":             {"(municipality_id) REFERENCES municipalities (id)", "(challenge_id) REFERENCES challenges (id)", "(organization_id) REFERENCES organizations (id)", "(created_by_id) REFERENCES users (id)", "(project_id) REFERENCES projects (id)", "(agreement_id) REFERENCES agreements (id)"},
	"proposal_assignments":  {"(municipality_id) REFERENCES municipalities (id)", "(proposal_id) REFERENCES proposals (id)", "(department_id) REFERENCES departments (id)"},
	"proposal_messages":     {"(municipality_id) REFERENCES municipalities (id)", "(proposal_id) REFERENCES proposals (id)", "(author_id) REFERENCES users (id)"},
	"proposal_events":       {"(municipality_id) REFERENCES municipalities (id)", "(proposal_id) REFERENCES proposals (id)"},
	"case_studies":          {"(municipality_id) REFERENCES municipalities (id)", "(project_id) REFERENCES projects (id)", "(agreement_id) REFERENCES agreements (id)"},
	"announcements":         {"(municipality_id) REFERENCES municipalities (id)"},
	"collaboration_methods": {"(municipality_id) REFERENCES municipalities (id)"},
	"content_partners":      {"(municipality_id) REFERENCES municipalities (id)", "(organization_id) REFERENCES organizations (id)"},
	"resources":             {"(municipality_id) REFERENCES municipalities (id)"},
	"merits":                {"(municipality_id) REFERENCES municipalities (id)"},
	"tags":                  {"(municipality_id) REFERENCES municipalities (id)"},
	"inquiries":             {"(municipality_id) REFERENCES municipalities (id)"},
	"attachments":           {"(municipality_id) REFERENCES municipalities (id)"},
	"revisions":             {"(municipality_id) REFERENCES municipalities (id)"},
	"idempotency_keys":      {"(municipality_id) REFERENCES municipalities (id)"},
	"audit_entries":         {"(municipality_id) REFERENCES municipalities (id)"},
}

// indexes serve the tenant filter and the list orders; unique ones guard data integrity.
type index struct {
	table, name string
	unique      bool
	cols        []string
}

var indexes = []index{
	{"departments", "departments_tenant", false, []string{"municipality_id", "parent_id"}},
	{"organizations", "organizations_tenant", false, []string{"municipality_id", "name"}},
	{"users", "users_email", true, []string{"municipality_id", "email"}},
	{"challenges", "challenges_tenant", false, []string{"municipality_id", "publication_state", "published_at"}},
	{"agreements", "agreements_tenant", false, []string{"municipality_id", "publication_state", "signed_on"}},
	{"projects", "projects_tenant", false, []string{"municipality_id", "publication_state", "start_on"}},
	{"proposals", "proposals_tenant", false, []string{"municipality_id", "status"}},
	{"proposals", "proposals_org", false, []string{"organization_id"}},
	{"proposal_assignments", "assignments_unique", true, []string{"proposal_id", "department_id"}},
	{"proposal_messages", "messages_proposal", false, []string{"proposal_id"}},
	{"proposal_events", "events_proposal", false, []string{"proposal_id"}},
	{"case_studies", "case_studies_tenant", false, []string{"municipality_id", "publication_state", "start_on"}},
	{"announcements", "announcements_tenant", false, []string{"municipality_id", "publication_state", "published_at"}},
	{"collaboration_methods", "methods_key", true, []string{"municipality_id", "key"}},
	{"content_partners", "content_partners_owner", true, []string{"owner_type", "owner_id", "organization_id"}},
	{"content_partners", "content_partners_org", false, []string{"organization_id"}},
	{"resources", "resources_owner", false, []string{"owner_type", "owner_id"}},
	{"merits", "merits_owner", false, []string{"owner_type", "owner_id"}},
	{"tags", "tags_owner", false, []string{"owner_type", "owner_id"}},
	{"tags", "tags_name", false, []string{"municipality_id", "name"}},
	{"inquiries", "inquiries_tenant", false, []string{"municipality_id", "status"}},
	{"attachments", "attachments_owner", false, []string{"owner_type", "owner_id"}},
	{"revisions", "revisions_owner", true, []string{"owner_type", "owner_id", "number"}},
	{"audit_entries", "audit_tenant", false, []string{"municipality_id", "at"}},
}

func initialSchema(ctx context.Context, db *bun.DB) error {
	if err := createTables(ctx, db, tables); err != nil {
		return err
	}
	return createIndexes(ctx, db, indexes)
}

// accountTables adds what sign-in needs: token revocation, failure counting, invitations.
func accountTables(ctx context.Context, db *bun.DB) error {
	if err := createTables(ctx, db, accountModels); err != nil {
		return err
	}
	err := createIndexes(ctx, db, []index{
		{"auth_failures", "auth_failures_key", false, []string{"key", "at"}},
		{"revoked_tokens", "revoked_tokens_expiry", false, []string{"expires_at"}},
		{"invitations", "invitations_org", false, []string{"organization_id"}},
	})
	if err != nil {
		return err
	}
	// Partner profiles become editable by their proposers and the desk: optimistic locking.
	return addColumnIfMissing(ctx, db, "organizations", "version", "version BIGINT NOT NULL DEFAULT 1")
}

// addColumnIfMissing adds a column unless the table has it. The first migration creates
// tables from the current models, so on a fresh database a later column already exists;
// on an older database it does not.
func addColumnIfMissing(ctx context.Context, db *bun.DB, table, column, ddl string) error {
	if _, err := db.ExecContext(ctx, "SELECT ? FROM ? WHERE 1 = 0", bun.Ident(column), bun.Ident(table)); err == nil {
		return nil
	}
	if _, err := db.ExecContext(ctx, "ALTER TABLE ? ADD COLUMN "+ddl, bun.Ident(table)); err != nil {
		return fmt.Errorf("add %s.%s: %w", table, column, err)
	}
	return nil
}

// versionedReferenceData gives departments and collaboration methods a version, since the
// desk now edits them with optimistic locking.
func versionedReferenceData(ctx context.Context, db *bun.DB) error {
	for _, t := range []string{"departments", "collaboration_methods"} {
		if err := addColumnIfMissing(ctx, db, t, "version", "version BIGINT NOT NULL DEFAULT 1"); err != nil {
			return err
		}
	}
	return nil
}

func noop(context.Context, *bun.DB) error { return nil }

var signUpModels = []any{(*model.SignUp)(nil)}

// signUpTables adds registrations waiting for their email address to be confirmed.
func signUpTables(ctx context.Context, db *bun.DB) error { return createTables(ctx, db, signUpModels) }

func dropSignUpTables(ctx context.Context, db *bun.DB) error {
	return dropTables(ctx, db, signUpModels)
}

// pendingRevisions lets a revision wait for the desk: a department's change to live content.
func pendingRevisions(ctx context.Context, db *bun.DB) error {
	return addColumnIfMissing(ctx, db, "revisions", "pending", "pending BOOLEAN NOT NULL DEFAULT FALSE")
}

var idempotencyModels = []any{(*IdempotencyKey)(nil)}

// idempotencyKeys adds the record of creating mutations' keys; the unique index is what
// makes two concurrent first uses of one key create one object.
func idempotencyKeys(ctx context.Context, db *bun.DB) error {
	if err := createTables(ctx, db, idempotencyModels); err != nil {
		return err
	}
	return createIndexes(ctx, db, []index{
		{"idempotency_keys", "idempotency_keys_unique", true, []string{"municipality_id", "caller", "operation", "key"}},
		{"idempotency_keys", "idempotency_keys_expiry", false, []string{"expires_at"}},
	})
}

func dropIdempotencyKeys(ctx context.Context, db *bun.DB) error {
	return dropTables(ctx, db, idempotencyModels)
}

var webhookModels = []any{(*model.Webhook)(nil), (*model.WebhookDelivery)(nil)}

// webhookTables adds the webhook registry and its durable delivery queue.
func webhookTables(ctx context.Context, db *bun.DB) error {
	if err := createTables(ctx, db, webhookModels); err != nil {
		return err
	}
	return createIndexes(ctx, db, []index{
		{"webhooks", "webhooks_tenant", false, []string{"municipality_id"}},
		{"webhook_deliveries", "deliveries_due", false, []string{"status", "next_attempt_at"}},
		{"webhook_deliveries", "deliveries_hook", false, []string{"webhook_id", "id"}},
	})
}

func dropWebhookTables(ctx context.Context, db *bun.DB) error {
	return dropTables(ctx, db, webhookModels)
}

func dropAccountTables(ctx context.Context, db *bun.DB) error {
	return dropTables(ctx, db, accountModels)
}

var accountModels = []any{(*model.RevokedToken)(nil), (*model.AuthFailure)(nil), (*model.Invitation)(nil)}

func createTables(ctx context.Context, db *bun.DB, tables []any) error {
	mysql := db.Dialect().Name().String() == "mysql"
	for _, t := range tables {
		table := db.Table(reflect.TypeOf(t))
		q := db.NewCreateTable().Model(t).IfNotExists()
		for _, fk := range foreignKeys[table.Name] {
			q = q.ForeignKey(fk)
		}
		if _, err := q.Exec(ctx); err != nil {
			return fmt.Errorf("create table %s: %w", table.Name, err)
		}
		if mysql {
			// bun has no table options: convert right after creation so the table holds
			// 4-byte characters (𠮷, emoji) whatever the database default is.
			if _, err := db.ExecContext(ctx, "ALTER TABLE ? CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci", bun.Ident(table.Name)); err != nil {
				return fmt.Errorf("utf8mb4 for %s: %w", table.Name, err)
			}
		}
	}
	return nil
}

func createIndexes(ctx context.Context, db *bun.DB, indexes []index) error {
	for _, ix := range indexes {
		exists, err := indexExists(ctx, db, ix.table, ix.name)
		if err != nil {
			return fmt.Errorf("look up index %s: %w", ix.name, err)
		}
		if exists {
			continue
		}
		q := db.NewCreateIndex().Table(ix.table).Index(ix.name).Column(ix.cols...)
		if ix.unique {
			q = q.Unique()
		}
		if _, err := q.Exec(ctx); err != nil {
			return fmt.Errorf("create index %s: %w", ix.name, err)
		}
	}
	return nil
}

// indexExists answers whether a table has the index; MySQL has no CREATE INDEX IF NOT
// EXISTS, so a re-run migration asks first.
func indexExists(ctx context.Context, db *bun.DB, table, name string) (bool, error) {
	var n int
	var err error
	if db.Dialect().Name().String() == "mysql" {
		err = db.NewRaw("SELECT COUNT(*) FROM information_schema.statistics WHERE table_schema = DATABASE() AND table_name = ? AND index_name = ?", table, name).Scan(ctx, &n)
	} else {
		err = db.NewRaw("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND name = ?", table, name).Scan(ctx, &n)
	}
	return n > 0, err
}

func dropAll(ctx context.Context, db *bun.DB) error { return dropTables(ctx, db, tables) }

func dropTables(ctx context.Context, db *bun.DB, tables []any) error {
	for i := len(tables) - 1; i >= 0; i-- {
		if _, err := db.NewDropTable().Model(tables[i]).IfExists().Exec(ctx); err != nil {
			return err
		}
	}
	return nil
}

var rateLimitModels = []any{(*rateCounter)(nil)}

func rateLimitTables(ctx context.Context, db *bun.DB) error {
	if err := createTables(ctx, db, rateLimitModels); err != nil {
		return err
	}
	return createIndexes(ctx, db, []index{{"rate_limits", "rate_limits_expiry", false, []string{"expires_at"}}})
}

func dropRateLimitTables(ctx context.Context, db *bun.DB) error {
	return dropTables(ctx, db, rateLimitModels)
}
