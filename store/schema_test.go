package store_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/uptrace/bun"

	"github.com/pppdesk/pppdesk/store"
	"github.com/pppdesk/pppdesk/store/storetest"
)

// TestModelsMatchMigrations fails when a model gains, loses or changes a column, or a model
// is added or removed, without a migration that does the same to the database.
func TestModelsMatchMigrations(t *testing.T) {
	s := storetest.Open(t)
	problems, err := store.CheckSchema(context.Background(), s)
	if err != nil {
		t.Fatal(err)
	}
	if len(problems) > 0 {
		t.Fatalf("models and migrations disagree; add a migration (store/migrations/README.md):\n%s", strings.Join(problems, "\n"))
	}
}

// rateLimitWithBurst is rate_limits' model as it would be after someone added a field and
// forgot the migration.
type rateLimitWithBurst struct {
	bun.BaseModel `bun:"table:rate_limits"`

	Key       string    `bun:"limit_key,pk,type:varchar(80)"`
	Hits      int64     `bun:"hits,notnull"`
	ExpiresAt time.Time `bun:"expires_at,notnull"`
	Burst     int64     `bun:"burst,notnull"`
}

// rateLimitWithoutHits is rate_limits' model after a field was removed without a migration.
type rateLimitWithoutHits struct {
	bun.BaseModel `bun:"table:rate_limits"`

	Key       string    `bun:"limit_key,pk,type:varchar(80)"`
	ExpiresAt time.Time `bun:"expires_at,notnull"`
}

// rateLimitNullableHits declares a NOT NULL column as one the model may leave NULL.
type rateLimitNullableHits struct {
	bun.BaseModel `bun:"table:rate_limits"`

	Key       string    `bun:"limit_key,pk,type:varchar(80)"`
	Hits      *int64    `bun:"hits"`
	ExpiresAt time.Time `bun:"expires_at,notnull"`
}

// gadget is a new model whose table no migration creates.
type gadget struct {
	bun.BaseModel `bun:"table:gadgets"`

	ID int64 `bun:"id,pk,autoincrement"`
}

// TestCheckSchemaReportsDrift proves the comparison catches each kind of drift, so the test
// above is not vacuous.
func TestCheckSchemaReportsDrift(t *testing.T) {
	s := storetest.Open(t)
	for _, c := range []struct {
		name  string
		model any
		want  string
	}{
		{"field without column", (*rateLimitWithBurst)(nil), "rate_limits.burst (store_test.rateLimitWithBurst.Burst): no migration creates the column"},
		{"column without field", (*rateLimitWithoutHits)(nil), "rate_limits.hits: column is not in the model store_test.rateLimitWithoutHits"},
		{"nullability", (*rateLimitNullableHits)(nil), "rate_limits.hits: column is NOT NULL but the model may write NULL"},
		{"model without table", (*gadget)(nil), "gadgets (store_test.gadget): no migration creates the table"},
	} {
		t.Run(c.name, func(t *testing.T) {
			problems, err := store.CheckSchema(context.Background(), s, c.model)
			if err != nil {
				t.Fatal(err)
			}
			if len(problems) != 1 || !strings.HasPrefix(problems[0], c.want) {
				t.Fatalf("got %q, want one problem starting %q", problems, c.want)
			}
		})
	}

	t.Run("table without model", func(t *testing.T) {
		if _, err := s.DB.ExecContext(context.Background(), "CREATE TABLE leftovers (id INTEGER NOT NULL PRIMARY KEY)"); err != nil {
			t.Fatal(err)
		}
		problems, err := store.CheckSchema(context.Background(), s)
		if err != nil {
			t.Fatal(err)
		}
		if len(problems) != 1 || !strings.HasPrefix(problems[0], "leftovers: table has no model") {
			t.Fatalf("got %q", problems)
		}
	})
}
