package pppdesk_test

import (
	"testing"

	"github.com/pppdesk/pppdesk/model"
)

func TestAuthoring(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	desk, keizai, kankyo := e.login("desk@demo.pppdesk.jp"), e.login("keizai@demo.pppdesk.jp"), e.login("kankyo@demo.pppdesk.jp")
	deps := e.departmentIDs()
	partner := nodeField(edges(e.ok(`{ partners(first: 1) { edges { node { id } } } }`, nil), "partners")[0], "id")

	// The desk writes a case study with structured fields.
	d := e.ok(`mutation($p: ID!) { createCaseStudy(input: {title: "新しい事例", locality: "青森市", summary: "概要", category: PARTNERSHIP,
	  startOn: "2026-04-01", partnerIds: [$p], tags: ["新規"],
	  resources: [{side: CITY, kind: GOODS, description: "会場"}, {side: PARTNER, kind: MONEY, description: "費用"}],
	  merits: [{side: PARTNER, description: "PR"}]}) { id version publicationState partners { id } resources { kind } merits { side } tags } }`,
		map[string]any{"p": partner}, desk...)
	cs := get(d, "createCaseStudy")
	if get(cs, "publicationState") != "DRAFT" || len(get(cs, "resources").([]any)) != 2 || get(cs, "partners", 0, "id") != partner || get(cs, "tags", 0) != "新規" {
		t.Fatalf("create: %v", cs)
	}
	id := get(cs, "id")
	upd := `mutation($id: ID!, $v: Int!) { updateCaseStudy(id: $id, input: {summary: "改訂した概要"}, version: $v) { summary version resources { kind } } }`
	d = e.ok(upd, map[string]any{"id": id, "v": 1}, desk...)
	if get(d, "updateCaseStudy", "summary") != "改訂した概要" || get(d, "updateCaseStudy", "version") != float64(2) || len(get(d, "updateCaseStudy", "resources").([]any)) != 2 {
		t.Fatalf("update: %v", d)
	}
	e.fails("CONFLICT", upd, map[string]any{"id": id, "v": 1}, desk...)
	e.fails("FORBIDDEN", upd, map[string]any{"id": id, "v": 2}, keizai...)
	e.fails("BAD_USER_INPUT", `mutation { createCaseStudy(input: {title: "x", startOn: "2026-04-02", endOn: "2026-04-01"}) { id } }`, nil, desk...)
	revs := e.ok(`query($id: ID!) { revisions(id: $id) { number } }`, map[string]any{"id": id}, desk...)
	if len(revs["revisions"].([]any)) != 2 {
		t.Fatalf("every save keeps a revision: %v", revs)
	}

	// A department drafts challenges of its own department only.
	ch := `mutation($d: ID!) { createChallenge(input: {title: "経済部の課題", background: "背景", departmentId: $d, tags: ["産業"]}) { id department { name } } }`
	d = e.ok(ch, map[string]any{"d": deps["商工政策課"]}, keizai...)
	chID := get(d, "createChallenge", "id")
	e.fails("FORBIDDEN", ch, map[string]any{"d": deps["環境政策課"]}, keizai...)
	// 環境部 does not even see 経済部's draft.
	e.fails("NOT_FOUND", `mutation($id: ID!) { updateChallenge(id: $id, input: {title: "横取り"}, version: 1) { id } }`, map[string]any{"id": chID}, kankyo...)
	// Moving it to another department is not the department's to do.
	e.fails("FORBIDDEN", `mutation($id: ID!, $d: ID!) { updateChallenge(id: $id, input: {departmentId: $d}, version: 1) { id } }`, map[string]any{"id": chID, "d": deps["環境政策課"]}, keizai...)
	e.fails("FORBIDDEN", `mutation($id: ID!) { publish(id: $id) { id } }`, map[string]any{"id": chID}, keizai...)
	// Another municipality's department is not a department here.
	other := e.municipality("hirosaki", "弘前市")
	foreign := &model.Department{MunicipalityID: other.ID, Name: "弘前の課", Kind: model.DepartmentSection, Version: 1, Stamps: stamps(testNow)}
	e.insert(foreign)
	e.fails("BAD_USER_INPUT", ch, map[string]any{"d": foreign.GetID()}, desk...)

	// Announcements: create, delete (gone for everyone), the desk restores it as a draft.
	d = e.ok(`mutation { createAnnouncement(input: {title: "説明会のお知らせ", body: "開催します", category: "イベント"}) { id } }`, nil, desk...)
	ann := get(d, "createAnnouncement", "id")
	e.ok(`mutation($id: ID!) { publish(id: $id) { id } }`, map[string]any{"id": ann}, desk...)
	e.ok(`mutation($id: ID!) { deleteAnnouncement(id: $id) }`, map[string]any{"id": ann}, desk...)
	e.fails("NOT_FOUND", `query($id: ID!) { announcement(id: $id) { id } }`, map[string]any{"id": ann}, desk...)
	d = e.ok(`mutation($id: ID!) { restoreDeleted(id: $id) { ... on Announcement { title publicationState } } }`, map[string]any{"id": ann}, desk...)
	if get(d, "restoreDeleted", "publicationState") != "DRAFT" {
		t.Fatalf("restore: %v", d)
	}
	e.fails("NOT_FOUND", `mutation($id: ID!) { restoreDeleted(id: $id) { id } }`, map[string]any{"id": ann}, desk...)
	e.fails("BAD_USER_INPUT", `mutation { createAnnouncement(input: {body: "件名なし"}) { id } }`, nil, desk...)
}

func TestAuthoringAgreementsAndProjects(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	desk, keizai := e.login("desk@demo.pppdesk.jp"), e.login("keizai@demo.pppdesk.jp")
	deps := e.departmentIDs()
	bank := nodeField(edges(e.ok(`{ partners(filter: {kind: FINANCIAL_INSTITUTION}) { edges { node { id } } } }`, nil), "partners")[0], "id")
	d := e.ok(`mutation($p: ID!) { createAgreement(input: {kind: BUSINESS, title: "観光連携協定", purpose: "観光振興", partyIds: [$p], signedOn: "2026-12-01",
	  items: ["観光PR", "データ連携"], merits: [{side: CITY, description: "誘客"}]}) { id kind items parties { id } merits { side } signedOn(format: WAREKI) } }`,
		map[string]any{"p": bank}, desk...)
	ag := get(d, "createAgreement")
	if get(ag, "signedOn") != "令和8年12月1日" || len(get(ag, "items").([]any)) != 2 || get(ag, "parties", 0, "id") != bank {
		t.Fatalf("agreement: %v", ag)
	}
	e.fails("FORBIDDEN", `mutation { createAgreement(input: {title: "x"}) { id } }`, nil, keizai...)
	e.fails("BAD_USER_INPUT", `mutation { createAgreement(input: {title: "x", termStartOn: "2026-02-01", termEndOn: "2026-01-01"}) { id } }`, nil, desk...)

	// A department cannot link a draft agreement it cannot see; once published it can.
	e.fails("NOT_FOUND", `mutation($a: ID!, $d: ID!) { createProject(input: {title: "x", leadDepartmentId: $d, agreementId: $a}) { id } }`,
		map[string]any{"a": get(ag, "id"), "d": deps["観光課"]}, keizai...)
	e.ok(`mutation($id: ID!) { publish(id: $id) { id } }`, map[string]any{"id": get(ag, "id")}, desk...)
	pj := `mutation($d: ID!, $a: ID!) { createProject(input: {kind: DEMONSTRATION, title: "実証", summary: "概要", leadDepartmentId: $d, agreementId: $a,
	  resources: [{side: PARTNER, kind: PEOPLE, description: "技術者"}]}) { id leadDepartment { name } agreement { title } resources { kind } } }`
	d = e.ok(pj, map[string]any{"d": deps["観光課"], "a": get(ag, "id")}, keizai...)
	if get(d, "createProject", "leadDepartment", "name") != "観光課" || get(d, "createProject", "agreement", "title") != "観光連携協定" {
		t.Fatalf("project: %v", d)
	}
	e.fails("FORBIDDEN", pj, map[string]any{"d": deps["環境政策課"], "a": get(ag, "id")}, keizai...)
	id := get(d, "createProject", "id")
	d = e.ok(`mutation($id: ID!) { updateProject(id: $id, input: {status: ONGOING}, version: 1) { status version } }`, map[string]any{"id": id}, keizai...)
	if get(d, "updateProject", "status") != "ONGOING" {
		t.Fatalf("update project: %v", d)
	}
	e.ok(`mutation($id: ID!) { deleteProject(id: $id) }`, map[string]any{"id": id}, keizai...)
	e.ok(`mutation($id: ID!) { deleteAgreement(id: $id) }`, map[string]any{"id": get(ag, "id")}, desk...)
}

func TestReferenceDataAuthoring(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	desk := e.login("desk@demo.pppdesk.jp")
	deps := e.departmentIDs()
	d := e.ok(`mutation { createCollaborationMethod(input: {key: "SOCIAL_BOND", name: "ソーシャルボンド", description: "説明", position: 9}) { id version } }`, nil, desk...)
	mid := get(d, "createCollaborationMethod", "id")
	up := `mutation($id: ID!, $v: Int!) { updateCollaborationMethod(id: $id, input: {description: "改訂"}, version: $v) { description version } }`
	if d := e.ok(up, map[string]any{"id": mid, "v": 1}, desk...); get(d, "updateCollaborationMethod", "version") != float64(2) {
		t.Fatalf("method update: %v", d)
	}
	e.fails("CONFLICT", up, map[string]any{"id": mid, "v": 1}, desk...)
	e.ok(`mutation($id: ID!) { deleteCollaborationMethod(id: $id) }`, map[string]any{"id": mid}, desk...)
	if n := get(e.ok(`{ collaborationMethods { totalCount } }`, nil), "collaborationMethods", "totalCount"); n != float64(8) {
		t.Fatalf("methods after delete: %v", n)
	}

	d = e.ok(`mutation($p: ID!) { createDepartment(input: {name: "スタートアップ推進課", kind: SECTION, parentId: $p}) { id parent { name } } }`, map[string]any{"p": deps["経済部"]}, desk...)
	if get(d, "createDepartment", "parent", "name") != "経済部" {
		t.Fatalf("department: %v", d)
	}
	newDept := get(d, "createDepartment", "id")
	e.fails("BAD_USER_INPUT", `mutation($id: ID!, $p: ID!) { updateDepartment(id: $id, input: {parentId: $p}, version: 1) { id } }`, map[string]any{"id": deps["経済部"], "p": newDept}, desk...)
	e.fails("CONFLICT", `mutation($id: ID!) { deleteDepartment(id: $id) }`, map[string]any{"id": deps["経済部"]}, desk...)
	e.ok(`mutation($id: ID!) { deleteDepartment(id: $id) }`, map[string]any{"id": newDept}, desk...)

	d = e.ok(`mutation { createOrganization(input: {name: "株式会社新規", kind: CORPORATION, corporateNumber: "7000012050002"}) { id public } }`, nil, desk...)
	org := get(d, "createOrganization", "id")
	if r := e.fails("BAD_USER_INPUT", `mutation { createOrganization(input: {name: "x", kind: NPO, corporateNumber: "7000012050003"}) { id } }`, nil, desk...); r.Errors[0].Extensions["field"] != "input.corporateNumber" {
		t.Fatalf("field: %s", r.Raw)
	}
	e.ok(`mutation($id: ID!) { deleteOrganization(id: $id) }`, map[string]any{"id": org}, desk...)
	e.fails("NOT_FOUND", `query($id: ID!) { partner(id: $id) { id } }`, map[string]any{"id": org})
	// Deleted reference data comes back as it was.
	for _, id := range []any{org, mid, newDept} {
		e.ok(`mutation($id: ID!) { restoreDeleted(id: $id) { id } }`, map[string]any{"id": id}, desk...)
	}
	e.ok(`query($id: ID!) { partner(id: $id) { id } }`, map[string]any{"id": org})
	if n := get(e.ok(`{ collaborationMethods { totalCount } }`, nil), "collaborationMethods", "totalCount"); n != float64(9) {
		t.Fatalf("methods after restore: %v", n)
	}
}
