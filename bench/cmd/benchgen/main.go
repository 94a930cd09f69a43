// Command benchgen fills an empty pppdesk database with generated tenants for the benchmark:
// municipalities with organizations, challenges, case studies, proposals and messages, plus
// one DESK account per municipality with a known password.
//
// The schema comes from the real migrations; rows are written with multi-row INSERTs of the
// model structs in large transactions, with explicit ids, so 2 M proposals take minutes.
//
//	go run ./bench/cmd/benchgen --db sqlite:/tmp/b.db                       # 1 × 2,000
//	go run ./bench/cmd/benchgen --db sqlite:/tmp/big.db --municipalities 1741 --total 2000000
//
// The first municipality (slug m0001) always gets --per-tenant proposals; the others share
// the rest of --total. Proposals of all tenants are interleaved in time and id order, as in
// a real shared database.
package main

import (
	"context"
	"database/sql"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"strings"
	"time"

	"github.com/go-sql-driver/mysql"
	"github.com/uptrace/bun"

	"github.com/pppdesk/pppdesk/auth"
	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/store"
	"github.com/pppdesk/pppdesk/urls"
)

// Password is the password of every generated DESK account.
const Password = "pppdesk-bench-password"

// DeskEmail is the email of the DESK account of the municipality with the given slug; i > 0
// names the extra DESK accounts of m0001 the concurrent-login run signs in with (one account
// each, as sign-in limits concurrent attempts per account and address).
func DeskEmail(slug string, i int) string {
	if i == 0 {
		return "desk@" + slug + ".bench.example.jp"
	}
	return fmt.Sprintf("desk%02d@%s.bench.example.jp", i, slug)
}

type options struct {
	db                               string
	municipalities, perTenant, total int
	orgs, challenges, caseStudies    int
	messagesPer                      float64
	batch, logins                    int
	fresh                            bool
}

func main() {
	var o options
	flag.StringVar(&o.db, "db", "", "database: sqlite:PATH or mysql:USER:PASS@tcp(HOST:PORT)/DB (must be empty)")
	flag.IntVar(&o.municipalities, "municipalities", 1, "number of municipalities")
	flag.IntVar(&o.perTenant, "per-tenant", 2000, "proposals of the benchmarked municipality m0001")
	flag.IntVar(&o.total, "total", 0, "proposals over all municipalities (0: per-tenant × municipalities)")
	flag.IntVar(&o.orgs, "orgs", 200, "organizations per municipality")
	flag.IntVar(&o.challenges, "challenges", 50, "challenges per municipality")
	flag.IntVar(&o.caseStudies, "case-studies", 20, "case studies per municipality")
	flag.Float64Var(&o.messagesPer, "messages", 0.5, "dialogue messages per proposal (average)")
	flag.IntVar(&o.batch, "batch", 500, "rows per INSERT statement")
	flag.IntVar(&o.logins, "logins", 16, "extra DESK accounts of m0001 for the concurrent-login run")
	flag.BoolVar(&o.fresh, "fresh", false, "start from an empty database: remove the SQLite file, or drop and create the MySQL database")
	flag.Parse()
	if o.db == "" {
		fmt.Fprintln(os.Stderr, "benchgen: --db is required")
		os.Exit(2)
	}
	if o.total == 0 {
		o.total = o.perTenant * o.municipalities
	}
	if o.fresh {
		if err := empty(o.db); err != nil {
			fmt.Fprintln(os.Stderr, "benchgen:", err)
			os.Exit(1)
		}
	}
	if err := generate(context.Background(), o); err != nil {
		fmt.Fprintln(os.Stderr, "benchgen:", err)
		os.Exit(1)
	}
}

// empty removes the database dsn names, so the generator starts from nothing.
func empty(dsn string) error {
	kind, rest, _ := strings.Cut(dsn, ":")
	switch kind {
	case store.SQLite:
		path, _, _ := strings.Cut(strings.TrimPrefix(rest, "file:"), "?")
		for _, suffix := range []string{"", "-wal", "-shm"} {
			if err := os.Remove(path + suffix); err != nil && !errors.Is(err, fs.ErrNotExist) {
				return err
			}
		}
		return nil
	case store.MySQL:
		cfg, err := mysql.ParseDSN(rest)
		if err != nil {
			return err
		}
		name := cfg.DBName
		if name == "" || strings.ContainsAny(name, "`") {
			return fmt.Errorf("mysql DSN %q: name a database", rest)
		}
		cfg.DBName = ""
		db, err := sql.Open("mysql", cfg.FormatDSN())
		if err != nil {
			return err
		}
		defer db.Close()
		// TiDB has no unicode_520_ci; the migrations give its tables utf8mb4_0900_ai_ci.
		collation := "utf8mb4_unicode_520_ci"
		var version string
		if err := db.QueryRow("SELECT VERSION()").Scan(&version); err != nil {
			return err
		}
		if strings.Contains(version, "TiDB") {
			collation = "utf8mb4_0900_ai_ci"
		}
		for _, q := range []string{"DROP DATABASE IF EXISTS `" + name + "`", "CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE " + collation} {
			if _, err := db.Exec(q); err != nil {
				return err
			}
		}
		return nil
	}
	return fmt.Errorf("database %q: want sqlite:PATH or mysql:…", dsn)
}

// Slug names the i-th generated municipality (0-based).
func slug(i int) string { return fmt.Sprintf("m%04d", i+1) }

func generate(ctx context.Context, o options) error {
	began := time.Now()
	var opts store.Options
	if strings.HasPrefix(o.db, store.SQLite+":") {
		// One connection, so the loading pragmas below apply to every statement. (Not on
		// MySQL: its migration lock holds a connection of its own while Migrate runs.)
		opts = store.Options{MaxOpen: 1, MaxIdle: 1}
	}
	st, err := store.OpenWith(ctx, o.db, opts)
	if err != nil {
		return err
	}
	defer st.Close()
	// Each batch is one transaction; on a busy 2-core machine a batch of the 2 M-row
	// database can take longer than a request's write bound, which is not what it is for.
	st.WriteTimeout = time.Hour
	if err := st.Migrate(ctx); err != nil {
		return err
	}
	if n, err := st.DB.NewSelect().Model((*model.Municipality)(nil)).Count(ctx); err != nil {
		return err
	} else if n > 0 {
		return fmt.Errorf("%s already holds %d municipalities; give an empty database", o.db, n)
	}
	if st.Dialect() == store.SQLite {
		// A throw-away benchmark database: durability is not needed while loading.
		for _, p := range []string{"PRAGMA synchronous=OFF", "PRAGMA cache_size=-262144"} {
			if _, err := st.DB.ExecContext(ctx, p); err != nil {
				return err
			}
		}
	}
	a, err := auth.New(st, auth.Config{Secret: []byte("benchgen-only-hashes-passwords-here!")}, time.Now)
	if err != nil {
		return err
	}
	hash, err := a.HashPassword(ctx, Password)
	if err != nil {
		return err
	}
	w := &writer{st: st, batch: o.batch}
	base := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	now := base.Add(time.Duration(o.total+1) * time.Second)
	stamps := model.Stamps{CreatedAt: now, UpdatedAt: now}
	M := o.municipalities
	// Tenant t (0-based) owns ids t*k+1 … t*k+k of each per-tenant table.
	var (
		munis      []*model.Municipality
		users      []*model.User
		orgs       []*model.Organization
		challenges []*model.Challenge
		cases      []*model.CaseStudy
	)
	for t := range M {
		s := slug(t)
		mid := int64(t + 1)
		munis = append(munis, &model.Municipality{ID: mid, Slug: s, Name: fmt.Sprintf("ベンチ市%d", t+1), Prefecture: "ベンチ県",
			DeskName: "公民連携デスク", DeskDepartment: "企画部 連携推進課", PostalCode: "000-0000", Address: "ベンチ県ベンチ市1-1",
			Phone: "000-000-0000", Email: "desk@" + s + ".example.jp", PortalURL: "https://" + s + ".example.jp", CreatedAt: now, UpdatedAt: now})
		users = append(users, &model.User{ID: mid, MunicipalityID: mid, Email: DeskEmail(s, 0), PasswordHash: hash,
			DisplayName: "デスク担当", Role: model.RoleDesk, Stamps: stamps})
		if t == 0 {
			for i := 1; i <= o.logins; i++ {
				users = append(users, &model.User{ID: int64(M + i), MunicipalityID: mid, Email: DeskEmail(s, i), PasswordHash: hash,
					DisplayName: "デスク担当", Role: model.RoleDesk, Stamps: stamps})
			}
		}
		for i := range o.orgs {
			orgs = append(orgs, &model.Organization{ID: int64(t*o.orgs + i + 1), MunicipalityID: mid,
				Name: fmt.Sprintf("株式会社ベンチ%d-%d", t+1, i+1), Kana: "カブシキガイシャベンチ", Kind: model.OrgCorporation,
				Address: "ベンチ県ベンチ市", Description: "生成された事業者です。", Public: true, Version: 1, Stamps: stamps})
		}
		for i := range o.challenges {
			at := now
			challenges = append(challenges, &model.Challenge{ID: int64(t*o.challenges + i + 1), MunicipalityID: mid,
				Addressing: model.Addressing{Slug: urls.Fallback(model.OwnerChallenge, int64(t*o.challenges+i+1))},
				Title:      fmt.Sprintf("行政課題 %d-%d", t+1, i+1), Background: "背景の説明です。", DesiredOutcome: "期待する成果です。",
				Publishing: model.Publishing{PublicationState: model.StatePublished, PublishedAt: &at, Version: 1}, Stamps: stamps})
		}
		for i := range o.caseStudies {
			at := now
			cases = append(cases, &model.CaseStudy{ID: int64(t*o.caseStudies + i + 1), MunicipalityID: mid,
				Addressing: model.Addressing{Slug: urls.Fallback(model.OwnerCaseStudy, int64(t*o.caseStudies+i+1))},
				Title:      fmt.Sprintf("連携事例 %d-%d", t+1, i+1), Locality: "ベンチ市", Program: "公民連携", Category: model.CasePartnership,
				StartOn: model.Date("2025-04-01"), Summary: "生成された事例です。",
				Publishing: model.Publishing{PublicationState: model.StatePublished, PublishedAt: &at, Version: 1}, Stamps: stamps})
		}
	}
	for _, rows := range []any{munis, users, orgs, challenges, cases} {
		if err := w.insertAll(ctx, rows); err != nil {
			return err
		}
	}
	fmt.Printf("benchgen: %d municipalities, %d organizations, %d challenges, %d case studies (%s)\n",
		len(munis), len(orgs), len(challenges), len(cases), time.Since(began).Round(time.Millisecond))

	// Which tenant owns each proposal, shuffled so tenants interleave in id and time order.
	owner := make([]int32, 0, o.total)
	for range o.perTenant {
		owner = append(owner, 0)
	}
	for i := range o.total - o.perTenant {
		owner = append(owner, int32(1+i%max(M-1, 1)))
	}
	if M == 1 {
		owner = owner[:o.perTenant]
	}
	rng := rand.New(rand.NewPCG(1, 2))
	rng.Shuffle(len(owner), func(i, j int) { owner[i], owner[j] = owner[j], owner[i] })

	statuses := []model.ProposalStatus{model.ProposalSubmitted, model.ProposalInDialogue, model.ProposalAccepted, model.ProposalDeclined}
	var (
		props    []*model.Proposal
		msgs     []*model.ProposalMessage
		msgID    int64
		msgCarry float64
	)
	const chunk = 50000
	for g, t := range owner {
		mid := int64(t + 1)
		at := base.Add(time.Duration(g) * time.Second)
		p := &model.Proposal{ID: int64(g + 1), MunicipalityID: mid, Kind: model.ProposalFree,
			OrganizationID: int64(int(t)*o.orgs + rng.IntN(o.orgs) + 1), CreatedByID: mid,
			Title: fmt.Sprintf("提案 %d：地域課題の解決に向けた連携", g+1), Summary: "地域の課題を民間の技術で解決する提案の概要です。",
			Body:          "本提案は、市の課題に対して当社の技術と人材を活用し、実証事業を通じて効果を検証するものです。費用は当社が負担します。",
			DesiredScheme: "実証実験", ContactAffiliation: "事業開発部", ContactName: "担当 太郎", ContactEmail: "contact@example.jp",
			ContactPhone: "000-0000-0000", Status: statuses[g%len(statuses)], TermsAcceptedAt: &at, TermsVersion: "2026-01",
			SubmittedAt: &at, Version: 1, Stamps: model.Stamps{CreatedAt: at, UpdatedAt: at}}
		if g%2 == 0 && o.challenges > 0 {
			c := int64(int(t)*o.challenges + rng.IntN(o.challenges) + 1)
			p.Kind, p.ChallengeID = model.ProposalChallenge, &c
		}
		props = append(props, p)
		for msgCarry += o.messagesPer; msgCarry >= 1; msgCarry-- {
			msgID++
			msgs = append(msgs, &model.ProposalMessage{ID: msgID, MunicipalityID: mid, ProposalID: p.ID, AuthorID: mid,
				Body: "ご提案ありがとうございます。担当課と調整します。", Internal: msgID%3 == 0, CreatedAt: at.Add(time.Minute)})
		}
		if len(props) == chunk || g == len(owner)-1 {
			if err := w.insertAll(ctx, props); err != nil {
				return err
			}
			if err := w.insertAll(ctx, msgs); err != nil {
				return err
			}
			props, msgs = props[:0], msgs[:0]
			if (g+1)%(10*chunk) == 0 {
				fmt.Printf("benchgen: %d proposals (%s)\n", g+1, time.Since(began).Round(time.Second))
			}
		}
	}
	if st.Dialect() == store.SQLite {
		if _, err := st.DB.ExecContext(ctx, "ANALYZE"); err != nil {
			return err
		}
	} else if _, err := st.DB.ExecContext(ctx, "ANALYZE TABLE proposals, organizations, challenges"); err != nil {
		return err
	}
	fmt.Printf("benchgen: done: %d municipalities, %d proposals, %d messages in %s; DESK %s / %s\n",
		M, len(owner), msgID, time.Since(began).Round(time.Millisecond), DeskEmail(slug(0), 0), Password)
	return nil
}

// writer inserts slices of model rows in multi-row statements, one transaction per call.
type writer struct {
	st    *store.Store
	batch int
}

func (w *writer) insertAll(ctx context.Context, rows any) error {
	return w.st.InTx(ctx, func(ctx context.Context, tx bun.Tx) error {
		switch r := rows.(type) {
		case []*model.Municipality:
			return insertSlice(ctx, tx, r, w.batch)
		case []*model.User:
			return insertSlice(ctx, tx, r, w.batch)
		case []*model.Organization:
			return insertSlice(ctx, tx, r, w.batch)
		case []*model.Challenge:
			return insertSlice(ctx, tx, r, w.batch)
		case []*model.CaseStudy:
			return insertSlice(ctx, tx, r, w.batch)
		case []*model.Proposal:
			return insertSlice(ctx, tx, r, w.batch)
		case []*model.ProposalMessage:
			return insertSlice(ctx, tx, r, w.batch)
		}
		return fmt.Errorf("unknown rows %T", rows)
	})
}

func insertSlice[T any](ctx context.Context, tx bun.Tx, rows []*T, batch int) error {
	for len(rows) > 0 {
		n := min(batch, len(rows))
		part := rows[:n]
		if _, err := tx.NewInsert().Model(&part).Exec(ctx); err != nil {
			return fmt.Errorf("insert %T: %w", rows, err)
		}
		rows = rows[n:]
	}
	return nil
}
