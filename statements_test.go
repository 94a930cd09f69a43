package pppdesk_test

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/pppdesk/pppdesk/demo"
	"github.com/pppdesk/pppdesk/model"
)

// statementRows is how many rows of each list the statement test adds, more than the
// larger page it reads, so that page is full.
const statementRows = 22

// listStatements is a list query with the relations its pages commonly select, and how many
// SQL statements one page of it costs each role at most (whatever the page size). The bound
// counts the whole request: one statement establishes the caller (municipality, token,
// account and department tree together), one reads the page, and each selected relation
// costs one for the whole page. A role missing from bounds is refused the list.
type listStatements struct {
	name   string // the root field
	query  string // the page's query, $n its size
	bounds map[string]int64
}

// statementLists are every list query of the API.
var statementLists = []listStatements{
	{"proposals", `query($n: Int) { proposals(first: $n) { edges { node { id title status organization { name } challenge { title } resources { kind } merits { description } } } } }`,
		map[string]int64{"PROPOSER": 6, "DEPARTMENT": 6, "DESK": 6}},
	// The page of issue 10's benchmark: one statement for the caller, one for the page, one
	// per relation.
	{"proposals", `query($n: Int) { proposals(first: $n, orderBy: {field: CREATED_AT, direction: DESC}) { edges { node { id title status organization { name } challenge { title } } } } }`,
		map[string]int64{"PROPOSER": 4, "DEPARTMENT": 4, "DESK": 4}},
	// The staff admin's inbox (issue 11): what the caller may do, unread dialogue and overdue
	// assignments cost one statement each for the page (assignments, unread counts).
	{"proposals", `query($n: Int) { proposals(first: $n) { edges { node { id title status viewerActions unreadMessageCount overdue organization { name } } } } }`,
		map[string]int64{"PROPOSER": 5, "DEPARTMENT": 5, "DESK": 5}},
	{"proposals", `query($n: Int) { proposals(first: $n, filter: {needsAttention: true}) { edges { node { id title viewerActions unreadMessageCount overdue } } } }`,
		map[string]int64{"PROPOSER": 4, "DEPARTMENT": 4, "DESK": 4}},
	{"challenges", `query($n: Int) { challenges(first: $n) { edges { node { id title department { name } tags media { url } } } } }`,
		map[string]int64{"PUBLIC": 5, "PROPOSER": 5, "DEPARTMENT": 5, "DESK": 5}},
	{"agreements", `query($n: Int) { agreements(first: $n) { edges { node { id title parties { name } merits { description } media { url } } } } }`,
		map[string]int64{"PUBLIC": 5, "PROPOSER": 5, "DEPARTMENT": 5, "DESK": 5}},
	{"projects", `query($n: Int) { projects(first: $n) { edges { node { id title leadDepartment { name } partners { name } resources { kind } merits { description } agreement { title } media { url } } } } }`,
		map[string]int64{"PUBLIC": 8, "PROPOSER": 8, "DEPARTMENT": 8, "DESK": 8}},
	{"caseStudies", `query($n: Int) { caseStudies(first: $n) { edges { node { id title partners { name } resources { kind } merits { description } project { title } agreement { title } media { url } } } } }`,
		map[string]int64{"PUBLIC": 8, "PROPOSER": 8, "DEPARTMENT": 8, "DESK": 8}},
	{"announcements", `query($n: Int) { announcements(first: $n) { edges { node { id title media { url } } } } }`,
		map[string]int64{"PUBLIC": 3, "PROPOSER": 3, "DEPARTMENT": 3, "DESK": 3}},
	// A sole proprietor's name and an account's displayName are personal data: a staff
	// page that shows one costs the read log's one INSERT for the whole answer. The partners
	// page is of corporations (the seeded ones), so a page of 1 and of 20 show the same kind.
	{"partners", `query($n: Int) { partners(first: $n, filter: {kind: CORPORATION}) { edges { node { id name } } } }`,
		map[string]int64{"PUBLIC": 2, "PROPOSER": 2, "DEPARTMENT": 2, "DESK": 2}},
	{"collaborationMethods", `query($n: Int) { collaborationMethods(first: $n) { edges { node { id name } } } }`,
		map[string]int64{"PUBLIC": 2, "PROPOSER": 2, "DEPARTMENT": 2, "DESK": 2}},
	{"users", `query($n: Int) { users(first: $n) { edges { node { id displayName organization { name } department { name } } } } }`,
		map[string]int64{"PROPOSER": 4, "DEPARTMENT": 5, "DESK": 5}},
	// Departments list the inquiries forwarded to them; replies and forwards are one query
	// each for the page (two for the departments' names). A reply's sentBy is the desk's
	// name: the department's read of it costs the read log's INSERT (the desk's own, nothing).
	{"inquiries", `query($n: Int) { inquiries(first: $n) { edges { node { id subject replies { sentBy } forwardedTo { name } } } } }`,
		map[string]int64{"DEPARTMENT": 6, "DESK": 5}},
	{"auditLog", `query($n: Int) { auditLog(first: $n) { edges { node { action actor { displayName } } } } }`,
		map[string]int64{"DESK": 3}},
}

// seedStatementRows adds statementRows rows to every list of the demo municipality, each
// with its relations set and visible to every role that reads the list: published content
// of the department's, proposals of the proposer's organization submitted and assigned to the
// department, accounts of both the organization and the department, public partners.
func seedStatementRows(t *testing.T, e *env) {
	t.Helper()
	ctx := context.Background()
	mid := e.mid(demo.Slug)
	var prop, staff, desk model.User
	for _, u := range []struct {
		email string
		dst   *model.User
	}{{"proposer1@demo.pppdesk.jp", &prop}, {"keizai@demo.pppdesk.jp", &staff}, {"desk@demo.pppdesk.jp", &desk}} {
		if err := e.st.DB.NewSelect().Model(u.dst).Where("municipality_id = ? AND email = ?", mid, u.email).Scan(ctx); err != nil {
			t.Fatal(err)
		}
	}
	org, dept := *prop.OrganizationID, *staff.DepartmentID
	// The rows come first in each list's default order, ahead of the demo's, so a page of 1
	// already holds one with every relation: newest by publish, creation and start dates,
	// oldest accounts (users are listed oldest first).
	for i := range statementRows {
		st := stamps(e.now.Add(time.Duration(i+1) * time.Minute))
		at := e.now.Add(-time.Duration(statementRows-i) * time.Second)
		day := model.Date(e.now.AddDate(1, 0, i).Format("2006-01-02"))
		title := fmt.Sprintf("計数%02d", i)
		partner := &model.Organization{MunicipalityID: mid, Name: "計数団体" + title, Kind: model.OrgCorporation, Public: true, Stamps: st}
		e.insert(partner)
		ch := &model.Challenge{MunicipalityID: mid, Title: title, DepartmentID: &dept, Publishing: published(at), Stamps: st}
		ag := &model.Agreement{MunicipalityID: mid, Kind: model.AgreementBusiness, Title: title, SignedOn: day, Status: model.AgreementActive, Publishing: published(at), Stamps: st}
		e.insert(ch, ag)
		pj := &model.Project{MunicipalityID: mid, Kind: model.ProjectPartnership, Title: title, StartOn: day, LeadDepartmentID: &dept, Status: model.ProjectPlanned, AgreementID: &ag.ID, Publishing: published(at), Stamps: st}
		e.insert(pj)
		cs := &model.CaseStudy{MunicipalityID: mid, Title: title, Category: model.CaseOther, StartOn: day, ProjectID: &pj.ID, AgreementID: &ag.ID, Publishing: published(at), Stamps: st}
		an := &model.Announcement{MunicipalityID: mid, Title: title, Category: "news", Publishing: published(at), Stamps: st}
		now := e.now
		pr := &model.Proposal{MunicipalityID: mid, Kind: model.ProposalChallenge, ChallengeID: &ch.ID, OrganizationID: org, CreatedByID: prop.ID, Title: title,
			Status: model.ProposalSubmitted, SubmittedAt: &now, Stamps: st}
		e.insert(cs, an, pr)
		e.insert(&model.ProposalAssignment{MunicipalityID: mid, ProposalID: pr.ID, DepartmentID: dept, DueOn: "2026-01-01", CreatedAt: now})
		// Unread dialogue and internal notes for every role (the inbox's counts).
		e.insert(&model.ProposalMessage{MunicipalityID: mid, ProposalID: pr.ID, AuthorID: desk.ID, Body: "m", CreatedAt: now},
			&model.ProposalMessage{MunicipalityID: mid, ProposalID: pr.ID, AuthorID: staff.ID, Body: "n", Internal: true, CreatedAt: now})
		for _, o := range []struct {
			typ model.OwnerType
			id  int64
		}{{model.OwnerAgreement, ag.ID}, {model.OwnerProject, pj.ID}, {model.OwnerCaseStudy, cs.ID}, {model.OwnerProposal, pr.ID}} {
			if o.typ != model.OwnerProposal {
				e.insert(&model.ContentPartner{MunicipalityID: mid, OwnerType: o.typ, OwnerID: o.id, OrganizationID: partner.ID})
			}
			e.insert(&model.Merit{MunicipalityID: mid, OwnerType: o.typ, OwnerID: o.id, Side: model.SideCity, Description: "m"},
				&model.Resource{MunicipalityID: mid, OwnerType: o.typ, OwnerID: o.id, Side: model.SideCity, Kind: model.ResourcePeople, Description: "r"})
		}
		e.insert(&model.Tag{MunicipalityID: mid, OwnerType: model.OwnerChallenge, OwnerID: ch.ID, Name: "計数"})
		inq := &model.Inquiry{MunicipalityID: mid, Name: "n", Email: "n@example.com", Subject: title, Status: model.InquiryOpen, CreatedAt: st.CreatedAt}
		e.insert(inq)
		e.insert(&model.InquiryForward{MunicipalityID: mid, InquiryID: inq.ID, DepartmentID: dept, ForwardedByID: desk.ID, CreatedAt: now},
			&model.InquiryReply{MunicipalityID: mid, InquiryID: inq.ID, Subject: "Re", Body: "b", SentByID: desk.ID, SentByName: "desk", SentAt: now})
		e.insert(&model.CollaborationMethod{MunicipalityID: mid, Key: "count" + title, Name: title, Position: 100 + i, Stamps: st},
			&model.AuditEntry{MunicipalityID: mid, ActorID: &desk.ID, Action: "count", TargetType: "Proposal", TargetID: pr.ID, At: e.now.Add(time.Duration(i) * time.Second)},
			&model.User{MunicipalityID: mid, Email: fmt.Sprintf("u%d@example.com", i), DisplayName: title, Role: model.RoleProposer, OrganizationID: &org, DepartmentID: &dept,
				Stamps: stamps(e.now.Add(-time.Duration(statementRows-i) * time.Hour))})
	}
}

// TestListStatementsAreBounded: every list query with its common relations costs each role
// a number of SQL statements that does not depend on the page size (a page of 1 and a page
// of 20 cost the same, so no relation is loaded row by row), and that stays within the
// list's bound for the role, so a new per-request or per-relation statement fails here.
func TestListStatementsAreBounded(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	seedStatementRows(t, e)
	roles := map[string][]string{
		"PUBLIC":     nil,
		"PROPOSER":   e.login("proposer1@demo.pppdesk.jp"),
		"DEPARTMENT": e.login("keizai@demo.pppdesk.jp"),
		"DESK":       e.login("desk@demo.pppdesk.jp"),
	}
	names := make([]string, 0, len(roles))
	for r := range roles {
		names = append(names, r)
	}
	sort.Strings(names)
	var report []string
	for _, l := range statementLists {
		for _, role := range names {
			who := roles[role]
			bound, allowed := l.bounds[role]
			if !allowed {
				if r := e.post(l.query, map[string]any{"n": 1}, who...); len(r.Errors) == 0 {
					t.Errorf("%s as %s: listed, but the test has no bound for the role", l.name, role)
				}
				continue
			}
			cost := func(n int) int64 {
				before := e.st.Queries()
				d := e.ok(l.query, map[string]any{"n": n}, who...)
				after := e.st.Queries()
				if got := len(edges(d, l.name)); got != n {
					t.Fatalf("%s as %s: page of %d has %d rows", l.name, role, n, got)
				}
				return after - before
			}
			one, twenty := cost(1), cost(20)
			report = append(report, fmt.Sprintf("%-21s %-10s page of 1: %2d, page of 20: %2d (bound %d)", l.name, role, one, twenty, bound))
			if one != twenty {
				t.Errorf("%s as %s: a page of 1 costs %d statements, a page of 20 costs %d", l.name, role, one, twenty)
			}
			if twenty > bound {
				t.Errorf("%s as %s: a page costs %d statements, the bound is %d", l.name, role, twenty, bound)
			}
		}
	}
	t.Logf("statements per page:\n%s", strings.Join(report, "\n"))
}
