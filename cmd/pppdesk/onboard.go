package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/pppdesk/pppdesk/account"
	"github.com/pppdesk/pppdesk/apperr"
	"github.com/pppdesk/pppdesk/store"
	"github.com/pppdesk/pppdesk/tenant"
)

// onboardingSteps is what the operator of an empty database does to let anyone sign in; the
// start-up warning and the README say exactly this.
const onboardingSteps = "the database has no municipality yet. To onboard one: " +
	"(1) pppdesk municipality create --db DSN --slug SLUG --name NAME --prefecture PREF --desk-email EMAIL " +
	"(or pppdesk admin create --db DSN --email EMAIL, then the ADMIN calls createMunicipality); " +
	"(2) each prints a line \"invitation: <token>\"; " +
	"(3) the invited account calls acceptInvitation(token, password, displayName) — with the header X-Municipality: SLUG for a desk, " +
	"or X-Municipality: _platform for an ADMIN — and is signed in"

// subcommand runs `pppdesk admin create` or `pppdesk municipality create` when args name
// one, and reports whether they did.
func subcommand(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) (bool, error) {
	if len(args) == 0 || (args[0] != "admin" && args[0] != "municipality") {
		return false, nil
	}
	if len(args) < 2 || args[1] != "create" {
		return true, fmt.Errorf("usage: pppdesk %s create [flags] (see pppdesk %s create --help)", args[0], args[0])
	}
	name := "pppdesk " + args[0] + " create"
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	dbDefault := getenv("PPPDESK_DB")
	db := fs.String("db", dbDefault, "database: sqlite:PATH or mysql:USER:PASS@tcp(HOST:PORT)/DB (env PPPDESK_DB)")
	ttl := fs.Duration("invitation-ttl", tenant.InvitationTTL, "how long the printed invitation can be accepted")
	var email, slug, muni, pref, deskEmail *string
	if args[0] == "admin" {
		email = fs.String("email", "", "email of the platform ADMIN account (required)")
	} else {
		slug = fs.String("slug", "", "slug of the municipality, e.g. hirosaki: its X-Municipality value (required)")
		muni = fs.String("name", "", "name of the municipality, e.g. 弘前市 (required)")
		pref = fs.String("prefecture", "", "prefecture, e.g. 青森県 (required)")
		deskEmail = fs.String("desk-email", "", "email of the first DESK account, which is invited (required)")
	}
	if err := fs.Parse(args[2:]); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return true, nil
		}
		return true, err
	}
	if fs.NArg() > 0 {
		return true, fmt.Errorf("%s: unexpected arguments %q", name, fs.Args())
	}
	var missing []string
	for _, f := range []struct {
		flag string
		v    *string
	}{{"--db", db}, {"--email", email}, {"--slug", slug}, {"--name", muni}, {"--prefecture", pref}, {"--desk-email", deskEmail}} {
		if f.v != nil && strings.TrimSpace(*f.v) == "" {
			missing = append(missing, f.flag)
		}
	}
	if len(missing) > 0 {
		return true, fmt.Errorf("%s: missing %s", name, strings.Join(missing, ", "))
	}
	if *ttl <= 0 {
		return true, fmt.Errorf("%s: --invitation-ttl must be a positive duration such as 72h, got %s", name, *ttl)
	}
	st, err := store.Open(ctx, *db)
	if err != nil {
		return true, err
	}
	defer st.Close()
	if err := st.Migrate(ctx); err != nil {
		return true, err
	}
	var token string
	var expires time.Time
	if args[0] == "admin" {
		inv, err := account.CreatePlatformAdmin(ctx, st, *email, *ttl, time.Now())
		if err != nil {
			return true, cliError(name, err)
		}
		token, expires = inv.Token, inv.ExpiresAt
		fmt.Fprintf(stdout, "admin: created %s (ADMIN)\n", inv.Admin.Email)
		fmt.Fprintln(stdout, "accept with acceptInvitation and the header X-Municipality: _platform")
	} else {
		o, err := tenant.New(tenant.Deps{Store: st}).CreateMunicipality(ctx, nil,
			tenant.NewMunicipality{Slug: *slug, Name: *muni, Prefecture: *pref, DeskEmail: *deskEmail}, *ttl)
		if err != nil {
			return true, cliError(name, err)
		}
		token, expires = o.Token, o.ExpiresAt
		fmt.Fprintf(stdout, "municipality: created %s (%s) with the DESK account %s\n", o.Municipality.Slug, o.Municipality.Name, o.Desk.Email)
		fmt.Fprintf(stdout, "accept with acceptInvitation and the header X-Municipality: %s\n", o.Municipality.Slug)
	}
	fmt.Fprintf(stdout, "expires: %s\n", expires.UTC().Format(time.RFC3339))
	fmt.Fprintf(stdout, "invitation: %s\n", token)
	return true, nil
}

// cliError words a refused input as flags: the service names its fields as the API does.
func cliError(name string, err error) error {
	var ae *apperr.Error
	if errors.As(err, &ae) && ae.Field != "" {
		flag := map[string]string{"email": "--email", "slug": "--slug", "name": "--name", "prefecture": "--prefecture", "deskEmail": "--desk-email"}[ae.Field]
		if flag != "" {
			return fmt.Errorf("%s: %s: %s", name, flag, strings.TrimPrefix(ae.Message, ae.Field+": "))
		}
	}
	return fmt.Errorf("%s: %w", name, err)
}
