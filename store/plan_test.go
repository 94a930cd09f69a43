package store_test

import (
	"context"
	"fmt"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/uptrace/bun"

	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/policies"
	"github.com/pppdesk/pppdesk/store"
	"github.com/pppdesk/pppdesk/store/storetest"
)

// sqlCapture keeps the SQL of every SELECT that orders rows, to EXPLAIN it afterwards.
type sqlCapture struct {
	mu  sync.Mutex
	sql []string
}

func (c *sqlCapture) BeforeQuery(ctx context.Context, _ *bun.QueryEvent) context.Context { return ctx }

func (c *sqlCapture) AfterQuery(_ context.Context, e *bun.QueryEvent) {
	if strings.HasPrefix(e.Query, "SELECT") && strings.Contains(e.Query, "ORDER BY") {
		c.mu.Lock()
		c.sql = append(c.sql, e.Query)
		c.mu.Unlock()
	}
}

func (c *sqlCapture) take() []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	out := c.sql
	c.sql = nil
	return out
}

// planRows is how many rows of each listed table the plan test writes into the municipality
// it reads: enough that a sort of them costs the planners more than reading an index.
const planRows = 2000

// seedPlanRows fills every listed table of a municipality with n rows in the mix the scopes
// tell apart (drafts, published, future, department-owned, other organizations'), and returns
// the municipality, a department and an organization of it.
func seedPlanRows(t *testing.T, ctx context.Context, db *bun.DB, slug string, n int, now time.Time) (mid, dept, org int64) {
	t.Helper()
	ins := func(rows any) {
		t.Helper()
		if _, err := db.NewInsert().Model(rows).Exec(ctx); err != nil {
			t.Fatalf("seed %T: %v", rows, err)
		}
	}
	stamps := func(i int) model.Stamps {
		at := now.Add(-time.Duration(i) * time.Minute)
		return model.Stamps{CreatedAt: at, UpdatedAt: at.Add(time.Duration(i%7) * time.Hour)}
	}
	m := &model.Municipality{Slug: slug, Name: slug, CreatedAt: now, UpdatedAt: now}
	ins(m)
	var depts []*model.Department
	for range 10 {
		depts = append(depts, &model.Department{MunicipalityID: m.ID, Name: "d", Kind: model.DepartmentDivision, Stamps: stamps(0)})
	}
	ins(&depts)
	orgs := make([]*model.Organization, 0, 50)
	for i := range 50 {
		orgs = append(orgs, &model.Organization{MunicipalityID: m.ID, Name: fmt.Sprintf("org %03d", i), Kind: model.OrgCorporation, Public: i%3 == 0, Stamps: stamps(i)})
	}
	ins(&orgs)
	var (
		users       []*model.User
		challenges  []*model.Challenge
		agreements  []*model.Agreement
		projects    []*model.Project
		cases       []*model.CaseStudy
		news        []*model.Announcement
		proposals   []*model.Proposal
		methods     []*model.CollaborationMethod
		inquiries   []*model.Inquiry
		audit       []*model.AuditEntry
		assignments []*model.ProposalAssignment
	)
	for i := range n {
		pub := model.Publishing{PublicationState: model.StatePublished}
		switch i % 10 {
		case 0, 1:
			pub.PublicationState = model.StateDraft
		case 2:
			pub.PublicationState = model.StateArchived
		}
		if pub.PublicationState != model.StateDraft {
			at := now.Add(-time.Duration(i) * time.Hour)
			if i%10 == 9 {
				at = now.Add(time.Hour) // scheduled
			}
			pub.PublishedAt = &at
		}
		d := &depts[i%len(depts)].ID
		o := orgs[i%len(orgs)].ID
		title := fmt.Sprintf("title %05d", (i*7919)%n)
		var date model.Date
		if i%5 != 0 {
			date = model.Date(now.AddDate(0, 0, -i).Format("2006-01-02"))
		}
		var closes *time.Time
		if i%4 != 0 {
			c := now.Add(time.Duration(i) * time.Hour)
			closes = &c
		}
		st := stamps(i)
		role, uorg, udept := model.RoleProposer, &o, (*int64)(nil)
		if i%3 == 0 {
			role, uorg, udept = model.RoleDepartment, nil, d
		}
		users = append(users, &model.User{MunicipalityID: m.ID, Email: fmt.Sprintf("u%d@example.com", i), Role: role, OrganizationID: uorg, DepartmentID: udept, Stamps: st})
		challenges = append(challenges, &model.Challenge{MunicipalityID: m.ID, Title: title, DepartmentID: d, ClosesAt: closes, Publishing: pub, Stamps: st})
		agreements = append(agreements, &model.Agreement{MunicipalityID: m.ID, Kind: model.AgreementBusiness, Title: title, SignedOn: date, Status: model.AgreementActive, Publishing: pub, Stamps: st})
		projects = append(projects, &model.Project{MunicipalityID: m.ID, Kind: model.ProjectPartnership, Title: title, StartOn: date, LeadDepartmentID: d, Status: model.ProjectPlanned, Publishing: pub, Stamps: st})
		cases = append(cases, &model.CaseStudy{MunicipalityID: m.ID, Title: title, Category: model.CaseOther, StartOn: date, Publishing: pub, Stamps: st})
		news = append(news, &model.Announcement{MunicipalityID: m.ID, Title: title, Category: "news", Publishing: pub, Stamps: st})
		status := model.ProposalSubmitted
		if i%4 == 0 {
			status = model.ProposalDraft
		}
		proposals = append(proposals, &model.Proposal{MunicipalityID: m.ID, Kind: model.ProposalFree, OrganizationID: o, Title: title, Status: status, Stamps: st})
		methods = append(methods, &model.CollaborationMethod{MunicipalityID: m.ID, Key: fmt.Sprintf("k%d", i), Name: title, Position: i, Stamps: st})
		inquiries = append(inquiries, &model.Inquiry{MunicipalityID: m.ID, Name: "n", Email: "e@example.com", Subject: title, Status: model.InquiryOpen, CreatedAt: st.CreatedAt})
		audit = append(audit, &model.AuditEntry{MunicipalityID: m.ID, Action: "x", TargetType: "t", TargetID: int64(i), At: st.CreatedAt})
	}
	ins(&users)
	for _, p := range proposals {
		p.CreatedByID = users[0].ID // ids are the database's: a reused test database does not start at 1
	}
	ins(&challenges)
	ins(&agreements)
	ins(&projects)
	ins(&cases)
	ins(&news)
	ins(&proposals)
	ins(&methods)
	ins(&inquiries)
	ins(&audit)
	for i, p := range proposals {
		if i%3 == 0 {
			assignments = append(assignments, &model.ProposalAssignment{MunicipalityID: m.ID, ProposalID: p.ID, DepartmentID: depts[i%len(depts)].ID, CreatedAt: now})
		}
	}
	ins(&assignments)
	return m.ID, depts[0].ID, orgs[0].ID
}

// explain answers the plan lines of a query: SQLite's EXPLAIN QUERY PLAN details, or
// MariaDB's EXPLAIN rows as "table key Extra".
func explain(t *testing.T, ctx context.Context, s *store.Store, query string) []string {
	t.Helper()
	var out []string
	if s.Dialect() == store.MySQL {
		rows, err := s.DB.QueryContext(ctx, "EXPLAIN "+query)
		if err != nil {
			t.Fatalf("explain %s: %v", query, err)
		}
		defer rows.Close()
		cols, _ := rows.Columns()
		for rows.Next() {
			vals := make([]any, len(cols))
			ptrs := make([]any, len(cols))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			if err := rows.Scan(ptrs...); err != nil {
				t.Fatal(err)
			}
			row := map[string]string{}
			for i, c := range cols {
				if b, ok := vals[i].([]byte); ok {
					row[c] = string(b)
				} else if vals[i] != nil {
					row[c] = fmt.Sprint(vals[i])
				}
			}
			if s.TiDB() {
				// TiDB's EXPLAIN is a tree of operators: "id estRows task access-object operator-info".
				out = append(out, fmt.Sprintf("%s rows=%s %s %s %s", strings.TrimLeft(row["id"], "│└├─ "), row["estRows"], row["task"], row["access object"], row["operator info"]))
				continue
			}
			out = append(out, fmt.Sprintf("%s %s type=%s key=%s rows=%s %s", row["select_type"], row["table"], row["type"], row["key"], row["rows"], row["Extra"]))
		}
		return out
	}
	rows, err := s.DB.QueryContext(ctx, "EXPLAIN QUERY PLAN "+query)
	if err != nil {
		t.Fatalf("explain %s: %v", query, err)
	}
	defer rows.Close()
	for rows.Next() {
		var id, parent, unused int
		var detail string
		if err := rows.Scan(&id, &parent, &unused, &detail); err != nil {
			t.Fatal(err)
		}
		out = append(out, detail)
	}
	return out
}

// sorts reports whether a plan sorts the rows instead of reading them in order. MariaDB may
// choose to sort a set its statistics say is small (the rest of the list after a deep cursor,
// a proposer's own proposals) rather than read an index backwards: a sort of at most
// smallSort estimated rows is not counted, as it costs no more than the page it serves.
func sorts(plan []string) bool {
	for _, l := range plan {
		if strings.Contains(l, "TEMP B-TREE FOR ORDER BY") || strings.Contains(l, "TEMP B-TREE FOR RIGHT PART OF ORDER BY") {
			return true
		}
		if strings.HasPrefix(l, "Sort_") || strings.HasPrefix(l, "TopN_") {
			continue // TiDB: below
		}
		if strings.Contains(l, "Using filesort") {
			var n int
			if i := strings.Index(l, " rows="); i < 0 {
				return true
			} else if _, err := fmt.Sscanf(l[i+len(" rows="):], "%d", &n); err != nil || n > smallSort {
				return true
			}
		}
	}
	// TiDB prints the operator tree top-down, a child right after its parent: the rows a sort
	// (or top-n) sorts are the estimate of the operator after the lowest one.
	for i := len(plan) - 1; i >= 0; i-- {
		if strings.HasPrefix(plan[i], "Sort_") || strings.HasPrefix(plan[i], "TopN_") {
			var n float64
			if i+1 >= len(plan) {
				return true
			} else if _, after, ok := strings.Cut(plan[i+1], " rows="); !ok {
				return true
			} else if _, err := fmt.Sscanf(after, "%g", &n); err != nil || n > smallSort {
				return true
			}
			break
		}
	}
	return false
}

// smallSort is the most rows MariaDB (or TiDB) may sort for a page: a tenth of the list.
const smallSort = planRows / 10

// seeks reports whether a plan starts its index read at the cursor: a range on the sort
// column after the equalities (SQLite shows it as "col<?" or "<expr>>?", MariaDB as a range
// access), so a deep page costs what the first one does.
func seeks(s *store.Store, plan []string) bool {
	for _, l := range plan {
		if s.TiDB() {
			if strings.Contains(l, "RangeScan_") && !strings.Contains(l, "scope_link") && !pointRanges(l) {
				return true
			}
			continue
		}
		if s.Dialect() == store.MySQL {
			if strings.Contains(l, "type=range") && !strings.Contains(l, "scope_link") {
				return true
			}
			continue
		}
		if strings.HasPrefix(l, "SEARCH") && !strings.Contains(l, "scope_link") && (strings.Contains(l, "<?") || strings.Contains(l, ">?")) {
			return true
		}
	}
	return false
}

// tidbInterval is one interval of a TiDB range scan: "[1 "x",1 +inf]", "(1 5,1 +inf)".
var tidbInterval = regexp.MustCompile(`[\[(]([^\[\]()]*),([^\[\]()]*)[\])]`)

// pointRanges reports that a TiDB range scan reads only points such as "range:[1,1]": the
// equalities, not a range on the sort column that starts at the cursor.
func pointRanges(l string) bool {
	_, r, ok := strings.Cut(l, "range:")
	if !ok {
		return false
	}
	r, _, _ = strings.Cut(r, ", keep order")
	for _, m := range tidbInterval.FindAllStringSubmatch(r, -1) {
		if m[0][0] != '[' || m[0][len(m[0])-1] != ']' || m[1] != m[2] {
			return false
		}
	}
	return true
}

// scansFew names the lists whose scope is an equality on the caller's own tie (a proposer's
// organization): the index read starts at that organization's rows, few enough that where a
// planner prefers to filter them rather than seek, a deep page costs little more.
var scansFew = map[string]bool{"proposals/PROPOSER": true}

// nullable reports a date order (a nullable column, NULL below every value). Its NULL rows
// sit at one end of the index; a cursor on the NULL side of that boundary (descending, where
// "after" a value also holds every NULL row; ascending, from a NULL row) has no range on the
// column that reaches them, so that page filters the index read from its start. The read is
// still in order and stops after the page; only its start is not sought.
func nullable(by store.SortBy) bool { return len(by.Cols) == 1 && by.Else == "''" }

// The sorts of the lists, as the resolvers define them.
var (
	planPublished = store.Coalesce("", "published_at", "created_at")
	planTitle     = store.Column("title")
	planCloses    = store.Coalesce("'9999-12-31 00:00:00'", "closes_at")
)

func planDate(col string) store.SortBy { return store.Coalesce("''", col) }

// sortedOnMariaDB reports the orders MariaDB cannot read from an index: it has no index on
// an expression, and these sort by COALESCE of two columns (or of a column and a far-future
// literal that puts NULL last ascending). SQLite indexes the expressions. The publish-time
// order is a plain column for whoever sees published content only (store.liveOrder).
func sortedOnMariaDB(key string, scope model.Scope) bool {
	return key == "CLOSES_AT" || (key == "PUBLISHED_AT" && scope != model.ScopePublished)
}

// TestListPlansReadInOrder: every list, for every role's read scope, under every order, on
// both the first page and a page after a cursor, reads its rows from an index in the list's
// order (no temporary sort of all visible rows), so a page costs its size, not the
// municipality's, and after a deep cursor it seeks there rather than reading from the start.
// The exceptions are sortedOnMariaDB, and the seek of the nullable date orders.
func TestListPlansReadInOrder(t *testing.T) {
	ctx := context.Background()
	s := storetest.Open(t)
	now := time.Now().UTC().Truncate(time.Second)
	mid, dept, org := seedPlanRows(t, ctx, s.DB, "plan-one", planRows, now)
	seedPlanRows(t, ctx, s.DB, "plan-two", planRows/10, now)
	tables := []string{"users", "organizations", "challenges", "agreements", "projects", "case_studies", "announcements", "proposals",
		"proposal_assignments", "collaboration_methods", "inquiries", "audit_entries"}
	analyze(t, ctx, s, tables...)
	capture := &sqlCapture{}
	s.AddHook(capture)

	type role struct {
		name string
		v    policies.Viewer
		read map[model.OwnerType]model.Scope
	}
	published := map[model.OwnerType]model.Scope{model.OwnerChallenge: model.ScopePublished, model.OwnerAgreement: model.ScopePublished,
		model.OwnerProject: model.ScopePublished, model.OwnerCaseStudy: model.ScopePublished, model.OwnerAnnouncement: model.ScopePublished,
		model.OwnerOrganization: model.ScopePublished}
	with := func(over map[model.OwnerType]model.Scope) map[model.OwnerType]model.Scope {
		out := map[model.OwnerType]model.Scope{}
		for k, v := range published {
			out[k] = v
		}
		for k, v := range over {
			out[k] = v
		}
		return out
	}
	roles := []role{
		{"PUBLIC", policies.Viewer{MunicipalityID: mid, Now: now}, published},
		{"PROPOSER", policies.Viewer{MunicipalityID: mid, Now: now, UserID: 2, OrganizationID: org},
			with(map[model.OwnerType]model.Scope{model.OwnerOrganization: model.ScopeOrganization, model.OwnerProposal: model.ScopeOrganization, model.OwnerUser: model.ScopeOrganization})},
		{"DEPARTMENT", policies.Viewer{MunicipalityID: mid, Now: now, UserID: 1, DepartmentIDs: []int64{dept}},
			with(map[model.OwnerType]model.Scope{model.OwnerChallenge: model.ScopeDepartment, model.OwnerProject: model.ScopeDepartment,
				model.OwnerProposal: model.ScopeAssigned, model.OwnerUser: model.ScopeDepartment})},
		{"DESK", policies.Viewer{MunicipalityID: mid, Now: now, UserID: 1}, map[model.OwnerType]model.Scope{
			model.OwnerChallenge: model.ScopeAll, model.OwnerAgreement: model.ScopeAll, model.OwnerProject: model.ScopeAll,
			model.OwnerCaseStudy: model.ScopeAll, model.OwnerAnnouncement: model.ScopeAll, model.OwnerOrganization: model.ScopeAll,
			model.OwnerProposal: model.ScopeAll, model.OwnerUser: model.ScopeAll, model.OwnerInquiry: model.ScopeAll}},
	}

	type list struct {
		name   string
		orders map[string]store.SortBy
		// run lists one page and answers the page's last cursor.
		run func(v policies.Viewer, sc func(model.OwnerType) model.Scope, o store.Order, p store.Page) (*store.Cursor, error)
		// staff lists are read by the desk alone.
		staff bool
		// scoped lists are read by the roles with a read scope of this type.
		scoped model.OwnerType
		// content is the type of a publishable list.
		content model.OwnerType
	}
	// query is the search text the searchable lists are read with: none, except where a
	// search must be seen to add a filter only, the list still read in index order.
	query := ""
	searchable := map[string]bool{"proposals": true, "challenges": true, "agreements": true, "projects": true,
		"caseStudies": true, "announcements": true, "partners": true}
	last := func(cs []store.Cursor) *store.Cursor {
		if len(cs) == 0 {
			return nil
		}
		return &cs[len(cs)-1]
	}
	lists := []list{
		{name: "proposals", scoped: model.OwnerProposal, orders: map[string]store.SortBy{"CREATED_AT": store.Column("created_at"), "UPDATED_AT": store.Column("updated_at"), "TITLE": planTitle},
			run: func(v policies.Viewer, sc func(model.OwnerType) model.Scope, o store.Order, p store.Page) (*store.Cursor, error) {
				pg, err := s.Proposals(ctx, v, sc(model.OwnerProposal), store.ProposalFilter{Search: query}, o, p)
				return last(pg.Cursors), err
			}},
		{name: "challenges", content: model.OwnerChallenge, orders: map[string]store.SortBy{"PUBLISHED_AT": planPublished, "CLOSES_AT": planCloses, "TITLE": planTitle},
			run: func(v policies.Viewer, _ func(model.OwnerType) model.Scope, o store.Order, p store.Page) (*store.Cursor, error) {
				pg, err := s.Challenges(ctx, v, store.ChallengeFilter{Search: query}, o, p)
				return last(pg.Cursors), err
			}},
		{name: "agreements", content: model.OwnerAgreement, orders: map[string]store.SortBy{"SIGNED_ON": planDate("signed_on"), "PUBLISHED_AT": planPublished, "TITLE": planTitle},
			run: func(v policies.Viewer, _ func(model.OwnerType) model.Scope, o store.Order, p store.Page) (*store.Cursor, error) {
				pg, err := s.Agreements(ctx, v, store.AgreementFilter{Search: query}, o, p)
				return last(pg.Cursors), err
			}},
		{name: "projects", content: model.OwnerProject, orders: map[string]store.SortBy{"START_ON": planDate("start_on"), "PUBLISHED_AT": planPublished, "TITLE": planTitle},
			run: func(v policies.Viewer, _ func(model.OwnerType) model.Scope, o store.Order, p store.Page) (*store.Cursor, error) {
				pg, err := s.Projects(ctx, v, store.ProjectFilter{Search: query}, o, p)
				return last(pg.Cursors), err
			}},
		{name: "caseStudies", content: model.OwnerCaseStudy, orders: map[string]store.SortBy{"START_ON": planDate("start_on"), "PUBLISHED_AT": planPublished, "TITLE": planTitle},
			run: func(v policies.Viewer, _ func(model.OwnerType) model.Scope, o store.Order, p store.Page) (*store.Cursor, error) {
				pg, err := s.CaseStudies(ctx, v, store.CaseStudyFilter{Search: query}, o, p)
				return last(pg.Cursors), err
			}},
		{name: "announcements", content: model.OwnerAnnouncement, orders: map[string]store.SortBy{"PUBLISHED_AT": planPublished, "TITLE": planTitle},
			run: func(v policies.Viewer, _ func(model.OwnerType) model.Scope, o store.Order, p store.Page) (*store.Cursor, error) {
				pg, err := s.Announcements(ctx, v, store.AnnouncementFilter{Search: query}, o, p)
				return last(pg.Cursors), err
			}},
		{name: "partners", orders: map[string]store.SortBy{"NAME": store.Column("name"), "CREATED_AT": store.Column("created_at")},
			run: func(v policies.Viewer, _ func(model.OwnerType) model.Scope, o store.Order, p store.Page) (*store.Cursor, error) {
				pg, err := s.Organizations(ctx, v, store.OrganizationFilter{Search: query}, o, p)
				return last(pg.Cursors), err
			}},
		{name: "users", scoped: model.OwnerUser, orders: map[string]store.SortBy{"CREATED_AT": store.Column("created_at")},
			run: func(v policies.Viewer, sc func(model.OwnerType) model.Scope, o store.Order, p store.Page) (*store.Cursor, error) {
				pg, err := s.Users(ctx, v, sc(model.OwnerUser), store.UserFilter{}, o, p)
				return last(pg.Cursors), err
			}},
		{name: "collaborationMethods", orders: map[string]store.SortBy{"POSITION": store.Column("position")},
			run: func(v policies.Viewer, _ func(model.OwnerType) model.Scope, _ store.Order, p store.Page) (*store.Cursor, error) {
				pg, err := s.CollaborationMethods(ctx, v, p)
				return last(pg.Cursors), err
			}},
		{name: "inquiries", staff: true, orders: map[string]store.SortBy{"CREATED_AT": store.Column("created_at")},
			run: func(v policies.Viewer, _ func(model.OwnerType) model.Scope, _ store.Order, p store.Page) (*store.Cursor, error) {
				pg, err := s.Inquiries(ctx, v, nil, p)
				return last(pg.Cursors), err
			}},
		{name: "auditLog", staff: true, orders: map[string]store.SortBy{"ID": store.Column("id")},
			run: func(v policies.Viewer, _ func(model.OwnerType) model.Scope, _ store.Order, p store.Page) (*store.Cursor, error) {
				pg, err := s.AuditLog(ctx, v, store.AuditFilter{}, p)
				return last(pg.Cursors), err
			}},
	}
	// The fixed-order lists sort one way; the others are checked both ways.
	fixed := map[string]bool{"collaborationMethods": true, "inquiries": true, "auditLog": true}
	fixedDesc := map[string]bool{"inquiries": true, "auditLog": true}

	for _, l := range lists {
		for _, r := range roles {
			if (l.staff && r.name != "DESK") || (l.scoped != "" && r.read[l.scoped] == "") {
				continue
			}
			v := r.v
			read := r.read
			sc := func(t model.OwnerType) model.Scope { return read[t] }
			v.Read = sc
			for key, by := range l.orders {
				by := by
				for _, desc := range []bool{true, false} {
					if fixed[l.name] && desc != fixedDesc[l.name] {
						continue
					}
					o := store.Order{Key: key, By: by, Desc: desc}
					name := fmt.Sprintf("%s/%s/%s", l.name, r.name, key)
					if desc {
						name += "_DESC"
					}
					t.Run(name, func(t *testing.T) {
						capture.take()
						cur, err := l.run(v, sc, o, store.Page{First: 20})
						if err != nil {
							t.Fatal(err)
						}
						first := capture.take()
						if len(first) == 0 || cur == nil {
							t.Fatal("no list query ran, or it found no rows")
						}
						// A deep cursor, where the rows after it are few: a planner that can
						// seek the index to it does, and the page costs what the first does.
						if deep, err := l.run(v, sc, o, store.Page{First: planRows * 9 / 10, After: cur}); err != nil {
							t.Fatal(err)
						} else if deep != nil {
							cur = deep
						}
						capture.take()
						if _, err := l.run(v, sc, o, store.Page{First: 20, After: cur}); err != nil {
							t.Fatal(err)
						}
						next := capture.take()
						exempt := s.Dialect() == store.MySQL && l.content != "" && sortedOnMariaDB(key, read[l.content])
						for i, q := range append(first, next...) {
							plan := explain(t, ctx, s, q)
							switch {
							case sorts(plan) && !exempt:
								t.Errorf("the list sorts its rows instead of reading an index in order\n%s\nplan:\n  %s", q, strings.Join(plan, "\n  "))
							case i >= len(first) && !exempt && !seeks(s, plan) && !scansFew[l.name+"/"+r.name] && !nullable(by):
								t.Errorf("the page after a cursor reads the index from the start instead of seeking the cursor\n%s\nplan:\n  %s", q, strings.Join(plan, "\n  "))
							case testing.Verbose():
								t.Logf("%s\n  %s", q, strings.Join(plan, "\n  "))
							}
						}
						if !searchable[l.name] {
							return
						}
						query = "青 あ"
						defer func() { query = "" }()
						capture.take()
						if _, err := l.run(v, sc, o, store.Page{First: 20}); err != nil {
							t.Fatal(err)
						}
						for _, q := range capture.take() {
							if plan := explain(t, ctx, s, q); sorts(plan) && !exempt {
								t.Errorf("a search sorts the rows instead of reading the list's index in order\n%s\nplan:\n  %s", q, strings.Join(plan, "\n  "))
							} else if testing.Verbose() {
								t.Logf("%s\n  %s", q, strings.Join(plan, "\n  "))
							}
						}
					})
				}
			}
		}
	}
}

// analyze refreshes the planner's statistics of tables, as a production database's automatic
// analysis keeps them.
func analyze(t *testing.T, ctx context.Context, s *store.Store, tables ...string) {
	t.Helper()
	for _, tb := range tables {
		q := "ANALYZE " + tb
		if s.Dialect() == store.MySQL {
			q = "ANALYZE TABLE " + tb
		}
		if s.TiDB() {
			// TiDB analyzes only the columns it has seen in predicates unless asked, and a
			// fresh table has none: its planner would then guess every filter selective.
			q += " ALL COLUMNS"
		}
		if _, err := s.DB.ExecContext(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
}

// TestPersonalDataReadsExportPlan: the export of the personal data read log reads a
// municipality's entries page by page, newest first by id, from the index on
// (municipality_id, id): no page sorts the municipality's whole log, the first or a later one.
func TestPersonalDataReadsExportPlan(t *testing.T) {
	ctx := context.Background()
	s := storetest.Open(t)
	now := time.Now().UTC().Truncate(time.Second)
	var mids []int64
	for _, slug := range []string{"reads-one", "reads-two"} {
		m := &model.Municipality{Slug: slug, Name: slug, CreatedAt: now, UpdatedAt: now}
		if _, err := s.DB.NewInsert().Model(m).Exec(ctx); err != nil {
			t.Fatal(err)
		}
		mids = append(mids, m.ID)
	}
	rows := make([]*model.PersonalDataRead, 0, planRows)
	for i := range planRows {
		rows = append(rows, &model.PersonalDataRead{MunicipalityID: mids[i%2], ReaderID: int64(i % 7), ReaderName: "r",
			ReadAt: now.Add(-time.Duration(i) * time.Minute), RecordType: "Proposal", RecordID: int64(i % 300), Fields: "contact.email", Operation: "q"})
	}
	if err := s.InsertPersonalDataReads(ctx, rows); err != nil {
		t.Fatal(err)
	}
	analyze(t, ctx, s, "personal_data_reads")
	capture := &sqlCapture{}
	s.AddHook(capture)
	v := policies.Viewer{MunicipalityID: mids[0], Now: now}
	first, err := s.PersonalDataReads(ctx, v, store.PersonalDataReadFilter{}, store.Page{First: 100})
	if err != nil || len(first.Cursors) == 0 {
		t.Fatalf("first page: %v", err)
	}
	if _, err := s.PersonalDataReads(ctx, v, store.PersonalDataReadFilter{}, store.Page{First: 100, After: &first.Cursors[len(first.Cursors)-1]}); err != nil {
		t.Fatal(err)
	}
	queries := capture.take()
	if len(queries) == 0 {
		t.Fatal("no ordered query captured")
	}
	for _, q := range queries {
		if plan := explain(t, ctx, s, q); sorts(plan) {
			t.Errorf("the page sorts the log:\n%s\n%s", q, strings.Join(plan, "\n"))
		}
	}
}
