package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"embed"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"strings"

	"github.com/uptrace/bun"
	"github.com/uptrace/bun/migrate"

	"github.com/pppdesk/pppdesk/model"
)

// migrationFiles holds the reviewed SQL of both dialects; see migrations/README.md for how
// to add one.
//
//go:embed migrations/sqlite/*.sql migrations/mysql/*.sql
var migrationFiles embed.FS

// dialectMigrations answers the SQL migrations of one dialect. MySQL's are bun's SQL
// migrations as they are. SQLite's run in one transaction that also writes their history
// row, so a kill leaves a migration either wholly applied and recorded or not at all (bun's
// own .tx.up.sql records it after the commit, and a plain ADD COLUMN re-run would fail).
func dialectMigrations(d string, tidb bool) (*migrate.Migrations, error) {
	if d == MySQL {
		sub, err := fs.Sub(migrationFiles, "migrations/mysql")
		if err != nil {
			return nil, err
		}
		if tidb {
			sub = tidbFS{sub}
		}
		m := migrate.NewMigrations()
		if err := m.Discover(sub); err != nil {
			return nil, fmt.Errorf("mysql migrations: %w", err)
		}
		return m, nil
	}
	const dir = "migrations/sqlite"
	entries, err := fs.ReadDir(migrationFiles, dir)
	if err != nil {
		return nil, err
	}
	m := migrate.NewMigrations()
	for _, e := range entries {
		base, ok := strings.CutSuffix(e.Name(), ".tx.up.sql")
		name, comment, ok2 := strings.Cut(base, "_")
		if !ok || !ok2 {
			return nil, fmt.Errorf("%s/%s: want NAME_COMMENT.tx.up.sql", dir, e.Name())
		}
		text, err := fs.ReadFile(migrationFiles, dir+"/"+e.Name())
		if err != nil {
			return nil, err
		}
		m.Add(migrate.Migration{Name: name, Comment: comment, Up: sqliteUp(splitStatements(string(text)))})
	}
	return m, nil
}

// splitStatements cuts a migration file at its --bun:split lines.
func splitStatements(text string) []string {
	var stmts []string
	var cur strings.Builder
	flush := func() {
		if strings.TrimSpace(cur.String()) != "" {
			stmts = append(stmts, cur.String())
		}
		cur.Reset()
	}
	for line := range strings.Lines(text) {
		if strings.TrimSpace(line) == "--bun:split" {
			flush()
			continue
		}
		cur.WriteString(line)
	}
	flush()
	return stmts
}

// sqliteUp runs a migration's statements and records it in bun_migrations in one
// transaction; bun's own record afterwards is then an upsert of the same row.
func sqliteUp(stmts []string) func(context.Context, *migrate.Migrator, *migrate.Migration) error {
	return func(ctx context.Context, mg *migrate.Migrator, mig *migrate.Migration) error {
		return mg.DB().RunInTx(ctx, nil, func(ctx context.Context, tx bun.Tx) error {
			for _, q := range stmts {
				if _, err := tx.ExecContext(ctx, q); err != nil && !columnThere(q, err) {
					return err
				}
			}
			_, err := tx.NewInsert().Model(mig).ModelTableExpr("bun_migrations").On("CONFLICT (name) DO NOTHING").Exec(ctx)
			return err
		})
	}
}

// columnThere tells that a failed statement was an ADD COLUMN of a column that exists: SQLite
// has no ADD COLUMN IF NOT EXISTS, and a migration re-run after its history row was lost
// finds its columns there. SQLite undoes only the failed statement, so the transaction goes
// on as if the statement had run.
func columnThere(stmt string, err error) bool {
	return strings.Contains(strings.ToUpper(stmt), "ADD COLUMN") && strings.Contains(err.Error(), "duplicate column name")
}

// legacyMigrations are the names of the Go migrations that built the schema before the SQL
// files; the snapshot 20261130000001 is exactly what they left behind.
var legacyMigrations = []string{
	"20261129000001", "20261129000002", "20261129000003", "20261129000004",
	"20261129000005", "20261129000006", "20261129000010", "20261129200001",
}

// models lists every model the store maps to a table; the schema test checks each against
// what the migrations create.
var models = concat(tables,
	[]any{(*model.RevokedToken)(nil), (*model.Invitation)(nil)},
	[]any{(*model.Webhook)(nil), (*model.WebhookDelivery)(nil)},
	[]any{(*IdempotencyKey)(nil)},
	[]any{(*rateCounter)(nil)},
	[]any{(*model.SignUp)(nil)},
	[]any{(*model.OutboxMail)(nil)},
	[]any{(*model.ProposalRead)(nil)},
	[]any{(*model.AccountToken)(nil), (*model.OrganizationNumber)(nil)},
	[]any{(*searchText)(nil)},
	[]any{(*model.MunicipalityBranding)(nil), (*model.MunicipalityHost)(nil), (*model.MunicipalityTerms)(nil), (*model.MailTemplate)(nil),
		(*model.PlatformAdmin)(nil), (*model.AccountInvitation)(nil)},
	[]any{(*model.MunicipalityOrigin)(nil)},
	// Custom fields.
	[]any{(*model.CustomFieldDefinition)(nil), (*model.CustomFieldValue)(nil)},
	// sweeps (20261202000004)
	[]any{(*model.ScheduledPublication)(nil)},
	// Desk follow-up of inquiries (20261202000003).
	[]any{(*model.InquiryReply)(nil), (*model.InquiryForward)(nil)},
	// Disclosure levels and copies (20261204000001).
	[]any{(*model.DisclosureOverride)(nil), (*model.DisclosureCopy)(nil)},
	// Retention (20261204000003).
	[]any{(*model.RetentionRuleRow)(nil), (*model.LegalHoldRow)(nil), (*model.PurgeRecord)(nil), (*model.PurgeFile)(nil)},
	// personal data reads (20261204000002)
	[]any{(*model.PersonalDataRead)(nil)},
)

func concat(lists ...[]any) []any {
	var all []any
	for _, l := range lists {
		all = append(all, l...)
	}
	return all
}

// Migrate brings the schema up to date; the server calls it on every start.
//
// A start may be killed at any moment, so Migrate never depends on a previous run having
// finished: the lock it takes dies with its connection (MySQL GET_LOCK, released by the
// server when the process goes away) instead of bun's lock row, which a kill left behind
// and which then refused every start; a stale row of that kind is removed; and every
// migration either runs in one transaction (SQLite) or consists of idempotent statements
// (MySQL DDL is not transactional), so a migration that was cut short is completed by the
// next start instead of failing with "table already exists".
func (s *Store) Migrate(ctx context.Context) error {
	ms, err := dialectMigrations(s.dialect, s.tidb)
	if err != nil {
		return err
	}
	unlock, err := s.migrationLock(ctx)
	if err != nil {
		return fmt.Errorf("lock migrations: %w", err)
	}
	defer unlock()
	// Upsert: a SQLite migration has recorded itself already (sqliteUp); it also gives
	// bun_migrations a unique index on name.
	mg := migrate.NewMigrator(s.DB, ms, migrate.WithMarkAppliedOnSuccess(true), migrate.WithUpsert(s.dialect != MySQL))
	if err := mg.Init(ctx); err != nil {
		return fmt.Errorf("migrations table: %w", err)
	}
	// Earlier versions locked with a row; one left by a killed start means nothing now.
	if _, err := s.DB.NewDelete().TableExpr("bun_migration_locks").Where("1 = 1").Exec(ctx); err != nil {
		return fmt.Errorf("clear stale migration lock: %w", err)
	}
	if err := s.checkLegacyHistory(ctx); err != nil {
		return err
	}
	if _, err := mg.Migrate(ctx); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	// SQL cannot run jp.SearchKey: rows from before search_texts get their text here.
	return s.backfillSearch(ctx)
}

// checkLegacyHistory refuses a database that some but not all of the old Go migrations
// reached: the snapshot adds missing tables and indexes, but cannot add the columns those
// migrations added to existing tables (SQLite has no ADD COLUMN IF NOT EXISTS). Such a
// database must first be started once by a release from before the SQL migrations.
func (s *Store) checkLegacyHistory(ctx context.Context) error {
	var n int
	if err := s.DB.NewSelect().TableExpr("bun_migrations").Where("name IN (?)", bun.List(legacyMigrations)).
		ColumnExpr("COUNT(DISTINCT name)").Scan(ctx, &n); err != nil {
		return fmt.Errorf("read migration history: %w", err)
	}
	if n > 0 && n < len(legacyMigrations) {
		return fmt.Errorf("the database ran %d of the %d Go migrations that preceded the SQL ones; start it once with a release before 20261130 to finish them", n, len(legacyMigrations))
	}
	return nil
}

// migrationLock keeps two replicas starting together from migrating at once. On MySQL it is
// a named lock held by one dedicated connection, so it vanishes with the process. SQLite is
// one process's embedded file: there the transactions are enough.
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

// MigrationsDigest names the embedded migrations of every dialect by their content, so a
// migrated database kept for reuse (the test template on TiDB, where migrating is slow) is
// rebuilt whenever a migration changes.
func MigrationsDigest() (string, error) {
	h := sha256.New()
	err := fs.WalkDir(migrationFiles, "migrations", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		text, err := fs.ReadFile(migrationFiles, path)
		if err != nil {
			return err
		}
		fmt.Fprintf(h, "%s\x00%d\x00", path, len(text))
		h.Write(text)
		return nil
	})
	if err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil))[:16], nil
}
