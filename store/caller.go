package store

import (
	"context"
	"fmt"
	"reflect"
	"strings"

	"github.com/pppdesk/pppdesk/model"
)

// CallerLookup names what one request needs read to establish its caller.
type CallerLookup struct {
	// Slug names the municipality (the X-Municipality header). When it is empty, the first
	// of these that names one does: Host (a host name of municipality_hosts), then
	// MunicipalityID (the token's; 0 for none), then DefaultSlug (--municipality). A
	// platform ADMIN's token (UserID set, TokenMunicipality 0) never takes the default.
	Slug           string
	Host           string
	MunicipalityID int64
	DefaultSlug    string
	// TokenMunicipality and UserID are the signed token's municipality and subject, and JTI
	// its ID; UserID 0 means an anonymous request, which reads the municipality alone.
	TokenMunicipality int64
	UserID            int64
	JTI               string
}

// CallerFound is what the database says about a caller, all read in one statement so the
// answers are consistent with each other and nothing of it is cached: a revocation or a
// disabled account written by any replica is seen by the next request on every replica.
type CallerFound struct {
	Municipality *model.Municipality // nil when no municipality matched
	User         *model.User         // nil when anonymous, or the account does not exist
	// Revoked tells that the token was signed out.
	Revoked bool
	// Departments is the subtree of the account's department (tenant.Subtree's answer):
	// nil when the account has no department, empty when the department is gone.
	Departments []int64
}

// callerRow is one row of the caller statement: one per department of the subtree.
type callerRow struct {
	M       model.Municipality `bun:"embed:m__"`
	U       model.User         `bun:"embed:u__"`
	Revoked bool               `bun:"revoked"`
	DeptID  *int64             `bun:"dept_id"`
}

// modelColumns lists a model's columns as alias.col AS prefix+col, from the model's bun schema, so
// a column added to a model is read without touching this file.
func (s *Store) modelColumns(typ reflect.Type, alias, prefix string) string {
	t := s.DB.Table(typ)
	cols := make([]string, 0, len(t.Fields))
	for _, f := range t.Fields {
		cols = append(cols, alias+"."+f.Name+" AS "+prefix+f.Name)
	}
	return strings.Join(cols, ", ")
}

// Caller reads, in ONE statement, the municipality (by slug or ID) and for a signed-in
// request the token's account (not soft-deleted), whether the token was revoked, and the
// subtree of the account's department (a recursive CTE, so no tree is cached and a changed
// department is seen at once). The statement always answers a row when signed in, so the
// caller of this can refuse a revoked token or a disabled account before telling whether the
// municipality exists, as before.
func (s *Store) Caller(ctx context.Context, l CallerLookup) (CallerFound, error) {
	mcols := s.modelColumns(reflect.TypeFor[model.Municipality](), "m", "m__")
	mwhere, margs := "m.slug = ?", []any{l.Slug}
	if l.Slug == "" {
		// Token, then host, then default, in the one statement: COALESCE takes the first
		// that names a municipality (a platform ADMIN's token names none: its ID is 0). The
		// token comes before the host so that no host list — which a desk edits — can turn
		// another municipality's signed-in requests away from their own municipality.
		var token any
		if l.MunicipalityID != 0 {
			token = l.MunicipalityID
		}
		def := l.DefaultSlug
		if l.UserID != 0 && l.TokenMunicipality == 0 {
			def = ""
		}
		mwhere = "m.id = COALESCE(?, (SELECT h.municipality_id FROM municipality_hosts AS h WHERE h.host = ?), " +
			"(SELECT d.id FROM municipalities AS d WHERE d.slug = ?))"
		margs = []any{token, l.Host, def}
	}
	var rows []callerRow
	if l.UserID != 0 && l.TokenMunicipality == 0 {
		return s.platformCaller(ctx, l, mwhere, margs)
	}
	if l.UserID == 0 {
		q := "SELECT " + mcols + " FROM municipalities AS m WHERE " + mwhere + " LIMIT 1"
		if err := s.DB.NewRaw(q, margs...).Scan(ctx, &rows); err != nil {
			return CallerFound{}, fmt.Errorf("caller: %w", err)
		}
	} else {
		// The subtree is taken within the token's municipality; the server refuses a token
		// of another municipality than the request's, so that is the request's municipality
		// whenever the answer is used. UNION (not UNION ALL) ends even on a cyclic tree.
		q := "WITH RECURSIVE sub (id) AS (" +
			"SELECT d.id FROM departments AS d JOIN users AS du ON du.department_id = d.id " +
			"WHERE du.id = ? AND du.municipality_id = ? AND du.deleted_at IS NULL AND d.municipality_id = ? AND d.deleted_at IS NULL " +
			"UNION SELECT c.id FROM departments AS c JOIN sub ON c.parent_id = sub.id " +
			"WHERE c.municipality_id = ? AND c.deleted_at IS NULL) " +
			"SELECT " + mcols + ", " + s.modelColumns(reflect.TypeFor[model.User](), "u", "u__") + ", " +
			"(SELECT COUNT(*) FROM revoked_tokens AS r WHERE r.jti = ?) > 0 AS revoked, sub.id AS dept_id " +
			"FROM (SELECT 1 AS one) AS o " +
			"LEFT JOIN municipalities AS m ON " + mwhere + " " +
			"LEFT JOIN users AS u ON u.id = ? AND u.municipality_id = ? AND u.deleted_at IS NULL " +
			"LEFT JOIN sub ON 1 = 1"
		tm := l.TokenMunicipality
		args := append([]any{l.UserID, tm, tm, tm, l.JTI}, margs...)
		if err := s.DB.NewRaw(q, append(args, l.UserID, tm)...).Scan(ctx, &rows); err != nil {
			return CallerFound{}, fmt.Errorf("caller: %w", err)
		}
	}
	var f CallerFound
	if len(rows) == 0 {
		return f, nil
	}
	r := rows[0]
	if r.M.ID != 0 {
		m := r.M
		f.Municipality = &m
	}
	f.Revoked = r.Revoked
	if r.U.ID != 0 {
		u := r.U
		f.User = &u
		if u.DepartmentID != nil {
			f.Departments = departmentOrder(rows, *u.DepartmentID)
		}
	}
	return f, nil
}

// departmentOrder answers the subtree's IDs with the root first, as tenant.Subtree does.
func departmentOrder(rows []callerRow, root int64) []int64 {
	out := []int64{}
	for _, r := range rows {
		if r.DeptID != nil && *r.DeptID == root {
			out = append(out, root)
		}
	}
	for _, r := range rows {
		if r.DeptID != nil && *r.DeptID != root {
			out = append(out, *r.DeptID)
		}
	}
	return out
}

// platformCaller reads the caller of a platform ADMIN's token: the account from
// platform_admins, whether the token was revoked, and the municipality the request names,
// if any (the server refuses an ADMIN token in a municipality).
func (s *Store) platformCaller(ctx context.Context, l CallerLookup, mwhere string, margs []any) (CallerFound, error) {
	var f CallerFound
	var ms []model.Municipality
	if err := s.DB.NewRaw("SELECT "+s.modelColumns(reflect.TypeFor[model.Municipality](), "m", "")+" FROM municipalities AS m WHERE "+mwhere+" LIMIT 1", margs...).Scan(ctx, &ms); err != nil {
		return f, fmt.Errorf("caller: %w", err)
	}
	if len(ms) > 0 {
		f.Municipality = &ms[0]
	}
	a, err := PlatformAdminByID(ctx, s.DB, l.UserID)
	if err != nil {
		return f, err
	}
	if a != nil {
		f.User = a.User()
	}
	if f.Revoked, err = s.TokenRevoked(ctx, l.JTI); err != nil {
		return f, err
	}
	return f, nil
}
