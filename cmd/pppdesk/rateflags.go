package main

import (
	"flag"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/pppdesk/pppdesk/auth"
	"github.com/pppdesk/pppdesk/resolvers"
	"github.com/pppdesk/pppdesk/store"
)

// rateFlag is a per-address limit written as COUNT/WINDOW (10/1h), so an operator sets both
// halves of a limit in one flag and the help text shows the default in the same form.
type rateFlag struct{ l *store.Limit }

func (f rateFlag) String() string {
	if f.l == nil {
		return ""
	}
	w := f.l.Window.String()
	if strings.HasSuffix(w, "m0s") {
		w = strings.TrimSuffix(w, "0s")
	}
	if strings.HasSuffix(w, "h0m") {
		w = strings.TrimSuffix(w, "0m")
	}
	return strconv.Itoa(f.l.Max) + "/" + w
}

func (f rateFlag) Set(s string) error {
	n, w, ok := strings.Cut(strings.TrimSpace(s), "/")
	max, err := strconv.Atoi(n)
	if !ok || err != nil || max <= 0 {
		return fmt.Errorf("want COUNT/WINDOW with a positive count, e.g. 10/1h, not %q", s)
	}
	d, err := time.ParseDuration(w)
	if err != nil || d <= 0 {
		return fmt.Errorf("want COUNT/WINDOW with a positive window, e.g. 10/1h, not %q", s)
	}
	f.l.Max, f.l.Window = max, d
	return nil
}

// abuseLimits are the per-address and sign-in limits an operator may tune; the defaults are
// the ones the server uses when a Config leaves them zero.
type abuseLimits struct {
	rates resolvers.RateLimits
	login auth.Config
}

// rateLimitFlags registers the abuse limits' flags with their defaults.
func rateLimitFlags(fs *flag.FlagSet, a *abuseLimits) {
	a.rates = resolvers.RateLimits{}.WithDefaults()
	fs.Var(rateFlag{&a.rates.SignUp}, "limit-signup", "sign-ups per client address, COUNT/WINDOW")
	fs.Var(rateFlag{&a.rates.Inquiry}, "limit-inquiry", "contact-form inquiries per client address, COUNT/WINDOW")
	fs.Var(rateFlag{&a.rates.PreviewToken}, "limit-preview", "preview tokens per client address, COUNT/WINDOW")
	fs.Var(rateFlag{&a.rates.Upload}, "limit-upload", "uploaded files (attachments and media) per client address, COUNT/WINDOW")
	fs.Var(rateFlag{&a.rates.PasswordReset}, "limit-reset", "password reset requests per client address, COUNT/WINDOW")
	fs.Var(rateFlag{&a.rates.PasswordResetEmail}, "limit-reset-email", "password reset requests per requested email address, COUNT/WINDOW")
	fs.Var(rateFlag{&a.rates.Verification}, "limit-verify", "email verification mails per client address, COUNT/WINDOW")
	a.login = auth.Config{Window: auth.DefaultWindow, MaxAccountFailures: auth.DefaultMaxAccountFailures, MaxAddressFailures: auth.DefaultMaxAddressFailures}
	fs.IntVar(&a.login.MaxAccountFailures, "login-per-account", a.login.MaxAccountFailures, "sign-in attempts on one account from one address per --login-window; then RATE_LIMITED")
	fs.IntVar(&a.login.MaxAddressFailures, "login-per-address", a.login.MaxAddressFailures, "sign-in attempts from one address on any account per --login-window")
	fs.DurationVar(&a.login.Window, "login-window", a.login.Window, "window over which sign-in attempts are counted")
}

// checkAbuseLimits refuses values that would turn a limit off by accident.
func checkAbuseLimits(a abuseLimits) error {
	switch {
	case a.login.MaxAccountFailures <= 0:
		return fmt.Errorf("--login-per-account must be positive, not %d", a.login.MaxAccountFailures)
	case a.login.MaxAddressFailures <= 0:
		return fmt.Errorf("--login-per-address must be positive, not %d", a.login.MaxAddressFailures)
	case a.login.Window <= 0:
		return fmt.Errorf("--login-window must be positive, not %s", a.login.Window)
	}
	return nil
}
