// Package auth answers "who is calling": password hashing, sign-in with failure limits, and
// signed, expiring, revocable bearer tokens.
package auth

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"math"
	"net/mail"
	"runtime"
	"strconv"
	"strings"
	"sync/atomic"
	"time"
	"unicode/utf8"

	"github.com/alexedwards/argon2id"
	"github.com/golang-jwt/jwt/v5"
	"golang.org/x/sync/semaphore"
	"golang.org/x/text/unicode/norm"

	"github.com/pppdesk/pppdesk/apperr"
	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/store"
)

// The sign-in limits a zero Config takes; the binary's flags show them as defaults.
const (
	DefaultWindow             = 15 * time.Minute
	DefaultMaxAccountFailures = 5
	DefaultMaxAddressFailures = 20
	// DefaultMaxHashing is how many argon2id computations with DefaultParams fit the
	// hashing memory at once (--hash-concurrency).
	DefaultMaxHashing = 2
)

// Config sets the sign-in rules.
type Config struct {
	// Secret signs tokens (HMAC-SHA256); at least 32 bytes.
	Secret []byte
	// TokenTTL is how long a token is valid; 0 means 12 hours.
	TokenTTL time.Duration
	// Window is the period failures are counted over; 0 means 15 minutes.
	Window time.Duration
	// MaxAccountFailures limits sign-in attempts on one account from one client address, and
	// MaxAddressFailures attempts from one address on any account, within Window; 0 means 5
	// and 20. An attempt is reserved before the password is checked, so parallel requests
	// cannot all slip under the limit; a successful sign-in gives its attempt back.
	MaxAccountFailures int
	MaxAddressFailures int
	// SlowAfter is how many failures on one account, from all addresses together, are
	// answered at full speed; after that every sign-in on the account waits a delay that
	// doubles per failure up to MaxDelay. The account is slowed, never locked, so an
	// attacker cannot lock its owner out; a delay never takes more than half the time left
	// to the request's deadline. 0 means MaxAccountFailures; MaxDelay 0 means 8 s.
	SlowAfter int
	MaxDelay  time.Duration
	// Delay waits d or until ctx ends; nil means a timer. Tests replace it to observe the
	// slow-down without waiting.
	Delay func(ctx context.Context, d time.Duration) error
	// MaxHashing bounds the memory argon2id hashes or checks take at once in this process to
	// MaxHashing × Params.Memory (2 × 12 MiB with the defaults) whatever the load; 0 means
	// 2. A check of an older hash made with more memory takes that much of the budget (the
	// whole of it at most), so it runs with fewer others. Callers wait their turn as long
	// as their request lasts.
	MaxHashing int
	// Params are the argon2id parameters of new hashes; nil means DefaultParams. Hashes
	// made with other parameters still verify, up to MaxMemory and MaxIterations, and are
	// rehashed with these at the next successful sign-in.
	Params *argon2id.Params
	// OnFailure, when set, is told of every refused sign-in (the metrics count them).
	OnFailure func()
}

// Auth signs people in and checks their tokens.
type Auth struct {
	st    *store.Store
	cfg   Config
	now   func() time.Time
	dummy string
	// hashing holds the KiB of argon2id memory in use, up to budget.
	hashing *semaphore.Weighted
	budget  int64
	// inFlight is the KiB of argon2id memory taken now; tests read it.
	inFlight atomic.Int64
	// onHash, when set (tests), runs inside the hashing slot.
	onHash func()

	perAccount, perAddress, accountWide store.Limit
}

// New builds the authenticator; the secret must be set and long enough.
func New(st *store.Store, cfg Config, now func() time.Time) (*Auth, error) {
	if len(cfg.Secret) < 32 {
		return nil, errors.New("auth: the token secret must be at least 32 bytes")
	}
	if cfg.TokenTTL == 0 {
		cfg.TokenTTL = 12 * time.Hour
	}
	if cfg.Window == 0 {
		cfg.Window = DefaultWindow
	}
	if cfg.MaxAccountFailures == 0 {
		cfg.MaxAccountFailures = DefaultMaxAccountFailures
	}
	if cfg.MaxAddressFailures == 0 {
		cfg.MaxAddressFailures = DefaultMaxAddressFailures
	}
	if cfg.SlowAfter == 0 {
		cfg.SlowAfter = cfg.MaxAccountFailures
	}
	if cfg.MaxDelay == 0 {
		cfg.MaxDelay = 8 * time.Second
	}
	if cfg.Delay == nil {
		cfg.Delay = wait
	}
	if cfg.MaxHashing <= 0 {
		cfg.MaxHashing = DefaultMaxHashing
	}
	if cfg.Params == nil {
		cfg.Params = DefaultParams
	}
	if err := checkParams(cfg.Params); err != nil {
		return nil, fmt.Errorf("auth: %w", err)
	}
	budget := int64(cfg.MaxHashing) * int64(cfg.Params.Memory)
	a := &Auth{st: st, cfg: cfg, now: now, hashing: semaphore.NewWeighted(budget), budget: budget,
		perAccount:  store.Limit{Name: "login-acct", Window: cfg.Window, Max: cfg.MaxAccountFailures},
		perAddress:  store.Limit{Name: "login-addr", Window: cfg.Window, Max: cfg.MaxAddressFailures},
		accountWide: store.Limit{Name: "login-fail", Window: cfg.Window, Max: math.MaxInt32},
	}
	// A hash to verify against when the email is unknown, so both paths cost the same time
	// and a caller cannot tell registered addresses from others.
	h, err := a.HashPassword(context.Background(), "pppdesk-timing-equaliser")
	if err != nil {
		return nil, err
	}
	a.dummy = h
	return a, nil
}

// Password length limits; the upper one keeps hashing cheap enough to not be a weapon.
const (
	MinPassword = 10
	MaxPassword = 256
)

// CheckPassword refuses passwords that are too short or too long.
func CheckPassword(field, pw string) error {
	n := utf8.RuneCountInString(pw)
	if n < MinPassword {
		return apperr.Invalid(field, "must be at least %d characters", MinPassword)
	}
	if len(pw) > MaxPassword {
		return apperr.Invalid(field, "must be at most %d bytes", MaxPassword)
	}
	return nil
}

func wait(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

var errBusy = apperr.New(apperr.RateLimited, "the server is busy checking passwords; try again in a moment")

// DefaultParams are the argon2id parameters of new hashes: one of OWASP's equivalent
// argon2id configurations (m=12 MiB, t=3, p=1; the Password Storage Cheat Sheet), which
// trades memory for passes so that 16 sign-ins at once keep a replica within 128 MiB
// (issue 10: 158 MiB after a single sign-in with the library's 64 MiB default).
var DefaultParams = &argon2id.Params{Memory: 12 * 1024, Iterations: 3, Parallelism: 1, SaltLength: 16, KeyLength: 32}

// The ceiling of the parameters a stored hash may ask for: argon2id allocates Memory KiB
// before it compares anything, so a row with m=4 GiB would take the process down. 64 MiB
// is the library's default that earlier versions hashed with, so their hashes still verify.
const (
	MaxMemory     = 64 * 1024 // KiB
	MaxIterations = 16
	MaxKeyLength  = 64
)

// ErrUnsafeHash is a stored hash whose parameters are beyond the ceiling or malformed; it is
// refused without being computed.
var ErrUnsafeHash = errors.New("password hash parameters outside the safe range")

// checkParams refuses parameters beyond the ceiling, or that argon2 would panic on.
func checkParams(p *argon2id.Params) error {
	if p.Memory < 1 || p.Memory > MaxMemory || p.Iterations < 1 || p.Iterations > MaxIterations ||
		p.Parallelism < 1 || p.KeyLength < 16 || p.KeyLength > MaxKeyLength {
		return fmt.Errorf("%w: m=%d KiB, t=%d, p=%d, key %d bytes", ErrUnsafeHash, p.Memory, p.Iterations, p.Parallelism, p.KeyLength)
	}
	return nil
}

// collectAfter is the hash memory (KiB) from which a hash is followed by a garbage
// collection; cheaper hashes (tests) leave it to the pacer.
const collectAfter = 4 * 1024

// MemoryBudget answers the bytes of argon2id memory this process may use at once.
func (a *Auth) MemoryBudget() int64 { return a.budget << 10 }

// slot waits, while ctx lasts, until kib KiB of the hashing budget are free (the whole budget
// when kib is more); release gives them back.
func (a *Auth) slot(ctx context.Context, kib uint32) (release func(), err error) {
	if ctx.Err() != nil {
		return nil, errBusy
	}
	n := min(int64(kib), a.budget)
	if err := a.hashing.Acquire(ctx, n); err != nil {
		return nil, errBusy
	}
	a.inFlight.Add(int64(kib))
	if a.onHash != nil {
		a.onHash()
	}
	return func() {
		if kib >= collectAfter {
			// The hash's memory is garbage now; left to the pacer, the heap would grow to
			// about twice its peak before being collected (158 MiB after one sign-in with
			// the old parameters). Collecting before the next hash starts keeps the process
			// at its base plus the budget, for a collection that costs little next to the
			// hash itself.
			runtime.GC()
		}
		a.inFlight.Add(-int64(kib))
		a.hashing.Release(n)
	}, nil
}

// HashPassword hashes with argon2id, a memory-hard algorithm, within the bounded hashing
// memory.
func (a *Auth) HashPassword(ctx context.Context, pw string) (string, error) {
	release, err := a.slot(ctx, a.cfg.Params.Memory)
	if err != nil {
		return "", err
	}
	defer release()
	h, err := argon2id.CreateHash(pw, a.cfg.Params)
	if err != nil {
		return "", fmt.Errorf("hash password: %w", err)
	}
	return h, nil
}

// ComparePassword checks a password against a hash within the bounded hashing memory, so
// every argon2id check anywhere shares the memory bound. A hash whose parameters are beyond
// the ceiling is refused with ErrUnsafeHash before anything is allocated.
func (a *Auth) ComparePassword(ctx context.Context, pw, hash string) (bool, error) {
	p, _, _, err := argon2id.DecodeHash(hash)
	if err != nil {
		return false, fmt.Errorf("compare password: %w: %w", ErrUnsafeHash, err)
	}
	if err := checkParams(p); err != nil {
		return false, fmt.Errorf("compare password: %w", err)
	}
	release, err := a.slot(ctx, p.Memory)
	if err != nil {
		return false, err
	}
	defer release()
	match, err := argon2id.ComparePasswordAndHash(pw, hash)
	if err != nil {
		return false, fmt.Errorf("compare password: %w", err)
	}
	return match, nil
}

// outdated tells whether a hash was made with other parameters than new hashes are.
func (a *Auth) outdated(hash string) bool {
	p, _, _, err := argon2id.DecodeHash(hash)
	if err != nil {
		return false
	}
	c := a.cfg.Params
	return p.Memory != c.Memory || p.Iterations != c.Iterations || p.Parallelism != c.Parallelism || p.KeyLength != c.KeyLength
}

// rehash stores the password hashed with the current parameters after a successful sign-in
// with an outdated hash. It is best effort: a busy server or a failed write leaves the old
// hash, which still verifies, for the next sign-in.
func (a *Auth) rehash(ctx context.Context, u *model.User, pw string, now time.Time) {
	if !a.outdated(u.PasswordHash) {
		return
	}
	h, err := a.HashPassword(ctx, pw)
	if err != nil {
		return
	}
	if ok, err := a.st.ReplacePasswordHash(ctx, u.MunicipalityID, u.ID, u.PasswordHash, h, now); err == nil && ok {
		u.PasswordHash = h
	}
}

// NormalizeEmail folds an address to one spelling (NFKC, so full-width ＠ and letters become
// ASCII; lower case; no surrounding space) and checks it is a bare address.
func NormalizeEmail(field, s string) (string, error) {
	e := strings.ToLower(strings.TrimSpace(norm.NFKC.String(s)))
	if e == "" {
		return "", apperr.Invalid(field, "is required")
	}
	if len(e) > 254 {
		return "", apperr.Invalid(field, "is longer than 254 characters")
	}
	addr, err := mail.ParseAddress(e)
	if err != nil || addr.Address != e || !strings.Contains(e[strings.LastIndex(e, "@")+1:], ".") {
		return "", apperr.Invalid(field, "is not an email address")
	}
	return e, nil
}

var errBadLogin = apperr.New(apperr.Unauthenticated, "email or password is wrong")

// Login checks a password and answers a token. Attempts are limited per account and client
// address and per address (RATE_LIMITED whatever the password once reached); failures on an
// account from all addresses only slow its sign-ins down. Each attempt is reserved in the
// database before the password is checked, so concurrent or aliased attempts count one by
// one. The message never says whether the email exists.
func (a *Auth) Login(ctx context.Context, m *model.Municipality, email, password, address string) (string, *model.User, error) {
	email, err := NormalizeEmail("email", email)
	if err != nil {
		return "", nil, errBadLogin
	}
	now := a.now()
	account := strconv.FormatInt(m.ID, 10) + ":" + email
	if err := a.reserve(ctx, account, address, now, "too many failed sign-ins"); err != nil {
		return "", nil, err
	}
	u, err := a.account(ctx, m, email)
	if err != nil {
		return "", nil, err
	}
	hash := a.dummy
	if u != nil {
		hash = u.PasswordHash
	}
	match, err := a.ComparePassword(ctx, password, hash)
	if errors.Is(err, ErrUnsafeHash) {
		// A hash that cannot be checked safely signs nobody in, and answers like a wrong
		// password.
		match = false
	} else if err != nil {
		return "", nil, err
	}
	if u == nil || !match || u.Disabled {
		if err := a.failed(ctx, account, now); err != nil {
			return "", nil, err
		}
		return "", nil, errBadLogin
	}
	if err := a.succeeded(ctx, account, address, now); err != nil {
		return "", nil, err
	}
	a.rehash(ctx, u, password, now)
	tok, err := a.issue(m, u, now)
	if err != nil {
		return "", nil, err
	}
	return tok, u, nil
}

// account finds the account signing in: in the municipality, or for the platform context
// (municipality ID 0) a platform ADMIN.
func (a *Auth) account(ctx context.Context, m *model.Municipality, email string) (*model.User, error) {
	if m.ID != 0 {
		return a.st.UserByEmail(ctx, m.ID, email)
	}
	adm, err := a.st.PlatformAdminByEmail(ctx, email)
	if err != nil || adm == nil {
		return nil, err
	}
	return adm.User(), nil
}

// delay answers how long a sign-in on an account waits after n failures from all addresses.
func (a *Auth) delay(n int) time.Duration {
	if n < a.cfg.SlowAfter {
		return 0
	}
	d := 250 * time.Millisecond
	for i := a.cfg.SlowAfter; i < n && d < a.cfg.MaxDelay; i++ {
		d *= 2
	}
	return min(d, a.cfg.MaxDelay)
}

// slowDown waits before checking a password on an account that failed often recently.
func (a *Auth) slowDown(ctx context.Context, account string, now time.Time) error {
	n, err := a.st.Hits(ctx, a.accountWide, account, now)
	if err != nil {
		return err
	}
	d := a.delay(n)
	// The wait must leave the request time to check the password: a delay that outlives
	// the request's deadline would turn the slow-down into the lock-out it must not be.
	if dl, ok := ctx.Deadline(); ok {
		d = min(d, time.Until(dl)/2)
	}
	if d > 0 {
		if err := a.cfg.Delay(ctx, d); err != nil {
			return errBusy
		}
	}
	return nil
}

// Claims are what a token carries; the role is read from the database on every request, so
// a changed or disabled account takes effect at once.
type Claims struct {
	jwt.RegisteredClaims
	Municipality int64 `json:"mun"`
	// Epoch is the account's token epoch when the token was issued: a password change or
	// reset raises the account's epoch, which revokes every token issued before (tokens
	// without it are of epoch 0).
	Epoch int `json:"ep,omitempty"`
}

func (a *Auth) issue(m *model.Municipality, u *model.User, now time.Time) (string, error) {
	c := Claims{
		RegisteredClaims: jwt.RegisteredClaims{
			Subject:   strconv.FormatInt(u.ID, 10),
			ID:        randomID(),
			IssuedAt:  jwt.NewNumericDate(now),
			ExpiresAt: jwt.NewNumericDate(now.Add(a.cfg.TokenTTL)),
			Issuer:    "pppdesk",
		},
		Municipality: m.ID,
		Epoch:        u.TokenEpoch,
	}
	s, err := jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString(a.cfg.Secret)
	if err != nil {
		return "", fmt.Errorf("sign token: %w", err)
	}
	return s, nil
}

// Verify checks a bearer token: signature, expiry, revocation, and that the account still
// exists and is enabled. Every failure is UNAUTHENTICATED with no detail about other users.
func (a *Auth) Verify(ctx context.Context, token string) (*Claims, *model.User, error) {
	c, err := a.Parse(token)
	if err != nil {
		return nil, nil, err
	}
	revoked, err := a.st.TokenRevoked(ctx, c.ID)
	if err != nil {
		return nil, nil, err
	}
	var u *model.User
	if !revoked {
		if u, err = a.st.UserByID(ctx, c.Municipality, c.UserID()); err != nil {
			return nil, nil, err
		}
	}
	if u, err = Accept(c, store.CallerFound{User: u, Revoked: revoked}); err != nil {
		return nil, nil, err
	}
	return c, u, nil
}

// Parse checks a bearer token's signature, expiry and issuer, without the database; Accept
// then judges what the database says about it. The server reads that in one statement
// with the municipality (store.Caller).
func (a *Auth) Parse(token string) (*Claims, error) {
	c := &Claims{}
	_, err := jwt.ParseWithClaims(token, c, func(*jwt.Token) (any, error) { return a.cfg.Secret, nil },
		jwt.WithValidMethods([]string{jwt.SigningMethodHS256.Alg()}), jwt.WithExpirationRequired(),
		jwt.WithIssuer("pppdesk"), jwt.WithTimeFunc(a.now))
	if err != nil {
		if errors.Is(err, jwt.ErrTokenExpired) {
			return nil, apperr.New(apperr.Unauthenticated, "token expired; sign in again")
		}
		return nil, apperr.New(apperr.Unauthenticated, "token is not valid")
	}
	if c.UserID() <= 0 {
		return nil, apperr.New(apperr.Unauthenticated, "token is not valid")
	}
	return c, nil
}

// UserID answers the account the token was issued to.
func (c *Claims) UserID() int64 {
	id, _ := strconv.ParseInt(c.Subject, 10, 64)
	return id
}

// Accept refuses a parsed token the database says was signed out, or whose account is gone
// or disabled, and answers the account. It is never answered from a cache, so a revocation
// or a disabled account takes effect at once on every replica.
func Accept(c *Claims, f store.CallerFound) (*model.User, error) {
	if f.Revoked {
		return nil, apperr.New(apperr.Unauthenticated, "token was signed out; sign in again")
	}
	u := f.User
	if u == nil || u.Disabled || u.ID != c.UserID() || u.MunicipalityID != c.Municipality {
		return nil, apperr.New(apperr.Unauthenticated, "account is not active")
	}
	if c.Epoch < u.TokenEpoch && (c.ID == "" || c.ID != u.KeptToken) {
		return nil, apperr.New(apperr.Unauthenticated, "the password was changed since this token was issued; sign in again")
	}
	return u, nil
}

// SignIn issues a token for an account whose owner proved itself another way than with its
// password (a password reset link, an accepted invitation), and answers what the token says.
func (a *Auth) SignIn(m *model.Municipality, u *model.User) (string, *Claims, error) {
	tok, err := a.issue(m, u, a.now())
	if err != nil {
		return "", nil, err
	}
	c, err := a.Parse(tok)
	if err != nil {
		return "", nil, err
	}
	return tok, c, nil
}

// Reauthenticate checks the password of a signed-in account (before a password change) with
// the limits and slow-down of Login: attempts are counted per account and client address and
// per address, so a stolen token cannot be used to guess the password faster than a sign-in
// could. It answers whether the password matched; a refusal by a limit is RATE_LIMITED.
func (a *Auth) Reauthenticate(ctx context.Context, m *model.Municipality, u *model.User, password, address string) (bool, error) {
	now := a.now()
	account := strconv.FormatInt(m.ID, 10) + ":" + u.Email
	if err := a.reserve(ctx, account, address, now, "too many wrong passwords"); err != nil {
		return false, err
	}
	match, err := a.ComparePassword(ctx, password, u.PasswordHash)
	if errors.Is(err, ErrUnsafeHash) {
		match = false
	} else if err != nil {
		return false, err
	}
	if !match {
		return false, a.failed(ctx, account, now)
	}
	return true, a.succeeded(ctx, account, address, now)
}

// reserve counts one password check on account from address against the per-account and
// per-address limits before the password is checked, refusing it with RATE_LIMITED (what
// names the refusal) once either is reached, and waits the account's slow-down.
func (a *Auth) reserve(ctx context.Context, account, address string, now time.Time, what string) error {
	limited := apperr.New(apperr.RateLimited, "%s; try again in %d minutes", what, int(a.cfg.Window.Minutes()))
	ok, err := a.st.Hit(ctx, a.perAccount, account+"@"+address, now)
	if err != nil {
		return err
	}
	if !ok {
		return limited
	}
	if ok, err = a.st.Hit(ctx, a.perAddress, address, now); err != nil || !ok {
		if rerr := a.st.Refund(ctx, a.perAccount, account+"@"+address, now); rerr != nil {
			return rerr
		}
		if err != nil {
			return err
		}
		return limited
	}
	return a.slowDown(ctx, account, now)
}

// failed records a wrong password on account, which slows its later checks down.
func (a *Auth) failed(ctx context.Context, account string, now time.Time) error {
	if a.cfg.OnFailure != nil {
		a.cfg.OnFailure()
	}
	_, err := a.st.Hit(ctx, a.accountWide, account, now)
	return err
}

// succeeded settles a right password: only failures count, so a success forgets this
// address's failures on the account and gives its reserved attempt back.
func (a *Auth) succeeded(ctx context.Context, account, address string, now time.Time) error {
	if err := a.st.Reset(ctx, a.perAccount, account+"@"+address, now); err != nil {
		return err
	}
	return a.st.Refund(ctx, a.perAddress, address, now)
}

// Revoke signs a token out on every replica.
func (a *Auth) Revoke(ctx context.Context, c *Claims) error {
	return a.st.RevokeToken(ctx, c.Municipality, c.ID, c.ExpiresAt.Time, a.now())
}

// NewInvitationToken answers a random token to give the invitee and the hash to store, so a
// database leak does not leak usable invitations.
func NewInvitationToken() (token, hash string) {
	token = randomID() + randomID()
	return token, HashToken(token)
}

// HashToken hashes an invitation token for lookup.
func HashToken(token string) string {
	sum := sha256.Sum256([]byte(token))
	return hex.EncodeToString(sum[:])
}

func randomID() string {
	b := make([]byte, 16)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

// PreviewClaims let a front end read one draft without a staff login.
type PreviewClaims struct {
	jwt.RegisteredClaims
	Municipality int64  `json:"mun"`
	Node         string `json:"node"`
	Purpose      string `json:"pur"`
}

const previewPurpose = "preview"

// IssuePreview signs a token that reads exactly one node of one municipality until ttl ends.
func (a *Auth) IssuePreview(mid int64, node string, ttl time.Duration) (string, time.Time, error) {
	now := a.now()
	exp := now.Add(ttl)
	c := PreviewClaims{RegisteredClaims: jwt.RegisteredClaims{ID: randomID(), IssuedAt: jwt.NewNumericDate(now), ExpiresAt: jwt.NewNumericDate(exp), Issuer: "pppdesk"},
		Municipality: mid, Node: node, Purpose: previewPurpose}
	s, err := jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString(a.cfg.Secret)
	if err != nil {
		return "", exp, fmt.Errorf("sign preview: %w", err)
	}
	return s, exp, nil
}

// VerifyPreview checks a preview token; a sign-in token is not a preview token and the
// other way round, because the purpose claim differs.
func (a *Auth) VerifyPreview(token string) (*PreviewClaims, error) {
	c := &PreviewClaims{}
	_, err := jwt.ParseWithClaims(token, c, func(*jwt.Token) (any, error) { return a.cfg.Secret, nil },
		jwt.WithValidMethods([]string{jwt.SigningMethodHS256.Alg()}), jwt.WithExpirationRequired(),
		jwt.WithIssuer("pppdesk"), jwt.WithTimeFunc(a.now))
	if err != nil || c.Purpose != previewPurpose {
		if errors.Is(err, jwt.ErrTokenExpired) {
			return nil, apperr.New(apperr.Unauthenticated, "preview token expired")
		}
		return nil, apperr.New(apperr.Unauthenticated, "not a valid preview token")
	}
	return c, nil
}
