package resolvers

import (
	"context"
	"errors"
	"sync"
	"time"

	"github.com/vikstrous/dataloadgen"

	"github.com/pppdesk/pppdesk/auth"
	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/policies"
	"github.com/pppdesk/pppdesk/readlog"
	"github.com/pppdesk/pppdesk/store"
	"github.com/pppdesk/pppdesk/tenant"
)

// Request is what one GraphQL operation knows about its caller (the policies.Caller that
// domain services are handed) plus what only the GraphQL layer needs: the token's claims and
// the request's own dataloaders.
type Request struct {
	*policies.Caller
	Claims  *auth.Claims
	Loaders *Loaders
	policy  *policies.Policy
	now     time.Time
	store   *store.Store

	// staffVisible caches, per proposal, whether this caller sees staff names, so the
	// actors of a long history cost one check.
	staffVisible sync.Map
	// internalVisible caches, per proposal, whether this caller reads internal coordination.
	internalVisible sync.Map
	// disclosureLevels caches, per proposal, the disclosure levels this caller reads (nil
	// when it may not), so the files and messages of a page cost one load per proposal.
	disclosureLevels sync.Map

	deptOnce sync.Once
	depts    []*model.Department
	deptErr  error

	// brandingOnce reads the municipality's branding once for all its fields.
	brandingOnce sync.Once
	brandingOf   *model.MunicipalityBranding
	brandingErr  error
}

type requestKey struct{}

// Caller is who an operation runs for, as the server established it from the request.
type Caller struct {
	Municipality *model.Municipality
	User         *model.User // nil when anonymous
	Claims       *auth.Claims
	Address      string // client address, for rate limits
	Host         string // the host the client reached the server by
	// Departments is the subtree of the user's department when the server read it with the
	// account (store.Caller): nil when the user has no department, and NewRequest reads it
	// itself only for a user with a department whose subtree is nil here.
	Departments []int64
}

// NewRequest scopes ctx to one municipality and one caller and gives it fresh loaders; the
// server calls it once per operation, before any resolver runs. The viewer's read scopes
// come from the policy, so every store read applies them.
func NewRequest(ctx context.Context, s *store.Store, p *policies.Policy, c Caller, now time.Time) (context.Context, error) {
	req := &Request{policy: p, now: now.UTC(), store: s,
		Caller: policies.NewCaller(p, c.Municipality, nil, nil, c.Address, c.Host, now)}
	if c.User == nil || c.User.DepartmentID == nil || c.Departments != nil {
		req.set(c.User, c.Claims, c.Departments)
	} else if err := req.become(ctx, c.User, c.Claims); err != nil {
		return ctx, err
	}
	return context.WithValue(ctx, requestKey{}, req), nil
}

// become sets the caller of the request; sign-up and sign-in call it so the rest of their
// operation (the payload's user) is read as the new account.
func (r *Request) become(ctx context.Context, u *model.User, c *auth.Claims) error {
	var depts []int64
	if u != nil && u.DepartmentID != nil {
		all, err := r.store.Departments(ctx, store.Viewer{MunicipalityID: r.Municipality.ID, Now: r.now})
		if err != nil {
			return err
		}
		depts = tenant.Subtree(all, *u.DepartmentID)
	}
	r.set(u, c, depts)
	return nil
}

// set makes u, with the department subtree depts, the caller of the request.
func (r *Request) set(u *model.User, c *auth.Claims, depts []int64) {
	r.Caller = policies.NewCaller(r.policy, r.Municipality, u, depts, r.Address, r.Host, r.now)
	r.Claims = c
	r.Loaders = newLoaders(r.store, r.Viewer)
}

func request(ctx context.Context) (*Request, error) {
	r, ok := ctx.Value(requestKey{}).(*Request)
	if !ok {
		return nil, errors.New("resolvers: request context missing")
	}
	return r, nil
}

// loaderWait is short: list resolvers prime the loaders with what they fetched, so the wait
// only serves single objects reached from many places.
const loaderWait = 500 * time.Microsecond

// Loaders batch the relations of one request, so a page costs a constant number of queries.
type Loaders struct {
	Department *dataloadgen.Loader[int64, *model.Department]
	Agreement  *dataloadgen.Loader[int64, *model.Agreement]
	Project    *dataloadgen.Loader[int64, *model.Project]
	Challenge  *dataloadgen.Loader[int64, *model.Challenge]
	User       *dataloadgen.Loader[int64, *model.User]
	Proposal   *dataloadgen.Loader[int64, *model.Proposal]
	// Organization loads organizations within the caller's read scope.
	Organization *dataloadgen.Loader[int64, *model.Organization]
	Partners     *dataloadgen.Loader[store.OwnerKey, []*model.Organization]
	Resources    *dataloadgen.Loader[store.OwnerKey, []*model.Resource]
	Merits       *dataloadgen.Loader[store.OwnerKey, []*model.Merit]
	Tags         *dataloadgen.Loader[store.OwnerKey, []string]
	Media        *dataloadgen.Loader[store.OwnerKey, []*model.Attachment]
	// Assignments loads proposals' assignments, for the assigned-scope row checks of a page.
	Assignments *dataloadgen.Loader[int64, []*model.ProposalAssignment]
	// Unread counts the messages of proposals the caller has not read, one statement a page.
	Unread *dataloadgen.Loader[int64, store.Unread]
	// CustomFields loads items' custom field values with their definitions (every
	// visibility: resolvers filter them for the caller).
	CustomFields *dataloadgen.Loader[store.OwnerKey, []*model.CustomFieldValue]
	// CustomFieldOverrides loads proposals' disclosure overrides of custom field values, so
	// the read log tells a page's personal data values in one statement.
	CustomFieldOverrides *dataloadgen.Loader[int64, []*model.DisclosureOverride]
	// LegalHolds loads the legal holds of a page of proposals or inquiries.
	LegalHolds *dataloadgen.Loader[store.OwnerKey, *model.LegalHoldRow]
}

func byID[T any](id func(*T) int64, fetch func(context.Context, store.Viewer, []int64) ([]*T, error), v store.Viewer) func(context.Context, []int64) (map[int64]*T, error) {
	return func(ctx context.Context, ids []int64) (map[int64]*T, error) {
		rows, err := fetch(ctx, v, ids)
		if err != nil {
			return nil, err
		}
		out := make(map[int64]*T, len(rows))
		for _, r := range rows {
			out[id(r)] = r
		}
		return out, nil
	}
}

func owned[T any](fetch func(context.Context, store.Viewer, []store.OwnerKey) (map[store.OwnerKey]T, error), v store.Viewer) func(context.Context, []store.OwnerKey) (map[store.OwnerKey]T, error) {
	return func(ctx context.Context, keys []store.OwnerKey) (map[store.OwnerKey]T, error) {
		return fetch(ctx, v, keys)
	}
}

func newLoaders(s *store.Store, v store.Viewer) *Loaders {
	w := dataloadgen.WithWait(loaderWait)
	return &Loaders{
		Department:   dataloadgen.NewMappedLoader(byID(func(d *model.Department) int64 { return d.ID }, s.DepartmentsByID, v), w),
		Agreement:    dataloadgen.NewMappedLoader(byID(func(a *model.Agreement) int64 { return a.ID }, s.AgreementsByID, v), w),
		Project:      dataloadgen.NewMappedLoader(byID(func(p *model.Project) int64 { return p.ID }, s.ProjectsByID, v), w),
		Challenge:    dataloadgen.NewMappedLoader(byID(func(c *model.Challenge) int64 { return c.ID }, leanByID("Challenge", s.ChallengesByID, s.LeanChallengesByID), v), w),
		User:         dataloadgen.NewMappedLoader(byID(func(u *model.User) int64 { return u.ID }, s.UsersByID, v), w),
		Proposal:     dataloadgen.NewMappedLoader(byID(func(p *model.Proposal) int64 { return p.ID }, s.ProposalsByID, v), w),
		Organization: dataloadgen.NewMappedLoader(byID(func(o *model.Organization) int64 { return o.ID }, leanByID("Organization", s.OrganizationsByID, s.LeanOrganizationsByID), v), w),
		Partners:     dataloadgen.NewMappedLoader(owned(s.PartnersOf, v), w),
		Resources:    dataloadgen.NewMappedLoader(owned(s.ResourcesOf, v), w),
		Merits:       dataloadgen.NewMappedLoader(owned(s.MeritsOf, v), w),
		Tags:         dataloadgen.NewMappedLoader(owned(s.TagsOf, v), w),
		Media:        dataloadgen.NewMappedLoader(owned(s.MediaOf, v), w),
		Assignments:  dataloadgen.NewMappedLoader(assignmentsOf(s, v), w),
		Unread:       dataloadgen.NewMappedLoader(unreadOf(s, v), w),
		CustomFields: dataloadgen.NewMappedLoader(owned(s.CustomFieldValuesOf, v), w),
		CustomFieldOverrides: dataloadgen.NewMappedLoader(func(ctx context.Context, ids []int64) (map[int64][]*model.DisclosureOverride, error) {
			return s.CustomFieldOverridesOf(ctx, v, ids)
		}, w),
		LegalHolds: dataloadgen.NewMappedLoader(owned(s.LegalHoldsOf, v), w),
	}
}

// load reads one key from a loader; a key with no rows answers the zero value, because an
// owner without partners or a hidden department is an empty answer, not an error.
func load[K comparable, V any](ctx context.Context, pick func(*Loaders) *dataloadgen.Loader[K, V], key K) (V, error) {
	var zero V
	r, err := request(ctx)
	if err != nil {
		return zero, err
	}
	v, err := pick(r.Loaders).Load(ctx, key)
	if errors.Is(err, dataloadgen.ErrNotFound) {
		return zero, nil
	}
	return v, err
}

// loadOptional loads a row by an optional foreign key.
func loadOptional[V any](ctx context.Context, pick func(*Loaders) *dataloadgen.Loader[int64, *V], id *int64) (*V, error) {
	if id == nil {
		return nil, nil
	}
	return load(ctx, pick, *id)
}

// prime fills the owned-relation loaders for a page of owners with one query per relation
// the operation selected, so no field of the page waits on a loader window.
func prime(ctx context.Context, s *store.Store, typ model.OwnerType, ids []int64, selected map[string]bool) error {
	r, err := request(ctx)
	if err != nil || len(ids) == 0 {
		return err
	}
	keys := make([]store.OwnerKey, len(ids))
	for i, id := range ids {
		keys[i] = store.OwnerKey{Type: typ, ID: id}
	}
	if selected["partners"] || selected["parties"] {
		if err := primeOwned(ctx, r.Loaders.Partners, keys, r.Viewer, s.PartnersOf); err != nil {
			return err
		}
	}
	if selected["resources"] {
		if err := primeOwned(ctx, r.Loaders.Resources, keys, r.Viewer, s.ResourcesOf); err != nil {
			return err
		}
	}
	if selected["merits"] {
		if err := primeOwned(ctx, r.Loaders.Merits, keys, r.Viewer, s.MeritsOf); err != nil {
			return err
		}
	}
	if selected["media"] {
		if err := primeOwned(ctx, r.Loaders.Media, keys, r.Viewer, s.MediaOf); err != nil {
			return err
		}
	}
	if selected["tags"] {
		if err := primeOwned(ctx, r.Loaders.Tags, keys, r.Viewer, s.TagsOf); err != nil {
			return err
		}
	}
	if selected["customFields"] {
		vals, err := s.CustomFieldValuesOf(ctx, r.Viewer, keys)
		if err != nil {
			return err
		}
		for _, k := range keys {
			r.Loaders.CustomFields.Prime(k, vals[k])
		}
		if err := primeCustomFieldOverrides(ctx, r, s, typ, vals); err != nil {
			return err
		}
	}
	return nil
}

// primeCustomFieldOverrides loads, for a staff caller whose reads are logged, the custom
// field overrides of the page's proposals that have values, in one statement: the read log
// needs them to tell which values are personal data. Others read nothing more.
func primeCustomFieldOverrides(ctx context.Context, r *Request, s *store.Store, typ model.OwnerType, vals map[store.OwnerKey][]*model.CustomFieldValue) error {
	if typ != model.OwnerProposal {
		return nil
	}
	if _, ok := readlog.StaffReader(r.Caller); !ok {
		return nil
	}
	var ids []int64
	for k, vs := range vals {
		if len(vs) > 0 {
			ids = append(ids, k.ID)
		}
	}
	if len(ids) == 0 {
		return nil
	}
	got, err := s.CustomFieldOverridesOf(ctx, r.Viewer, ids)
	if err != nil {
		return err
	}
	for _, id := range ids {
		r.Loaders.CustomFieldOverrides.Prime(id, got[id])
	}
	return nil
}

func primeOwned[T any](ctx context.Context, l *dataloadgen.Loader[store.OwnerKey, []T], keys []store.OwnerKey, v store.Viewer, fetch func(context.Context, store.Viewer, []store.OwnerKey) (map[store.OwnerKey][]T, error)) error {
	got, err := fetch(ctx, v, keys)
	if err != nil {
		return err
	}
	for _, k := range keys {
		l.Prime(k, got[k])
	}
	return nil
}

// primeDepartments loads the departments a page refers to in one query.
func primeDepartments(ctx context.Context, s *store.Store, ids []*int64) error {
	r, err := request(ctx)
	if err != nil {
		return err
	}
	var want []int64
	for _, id := range ids {
		if id != nil {
			want = append(want, *id)
		}
	}
	if len(want) == 0 {
		return nil
	}
	rows, err := s.DepartmentsByID(ctx, r.Viewer, want)
	if err != nil {
		return err
	}
	for _, d := range rows {
		r.Loaders.Department.Prime(d.ID, d)
	}
	return nil
}

type loaderOf[K comparable, V any] = dataloadgen.Loader[K, V]

// ViewerOf answers the municipality and viewer of a request context made by NewRequest, for
// the server's non-GraphQL endpoints (feeds, exports).
func ViewerOf(ctx context.Context) (*model.Municipality, store.Viewer, error) {
	r, err := request(ctx)
	if err != nil {
		return nil, store.Viewer{}, err
	}
	return r.Municipality, r.Viewer, nil
}
