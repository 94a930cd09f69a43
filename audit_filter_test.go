package pppdesk_test

import (
	"testing"
	"time"
)

// TestAuditLogFilter: the desk's audit screen narrows the log by period, actor, action
// (exact or by a dotted prefix) and target, through the handler on every database; a filter
// pages like the whole log, and a caller who may not read the log is refused before its
// filter is looked at.
func TestAuditLogFilter(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	desk := e.login("desk@demo.pppdesk.jp")
	me := get(e.ok(`{ me { id } }`, nil, desk...), "me", "id").(string)
	t0 := e.clock()

	e.ok(`mutation { submitInquiry(input: {name: "監査 太郎", email: "audit@example.jp", subject: "件名", body: "内容"}) }`, nil)
	inquiry := nodeField(edges(e.ok(`{ inquiries(first: 1) { edges { node { id } } } }`, nil, desk...), "inquiries")[0], "id").(string)
	e.mu.Lock()
	e.now = t0.Add(time.Hour)
	e.mu.Unlock()
	e.ok(`mutation($id: ID!) { closeInquiry(id: $id) { id } }`, map[string]any{"id": inquiry}, desk...)
	dept := get(e.ok(`mutation { createDepartment(input: {name: "監査テスト課"}) { id } }`, nil, desk...), "createDepartment", "id").(string)
	e.ok(`mutation($id: ID!) { deleteDepartment(id: $id) }`, map[string]any{"id": dept}, desk...)

	const q = `query($f: AuditFilter, $after: String, $first: Int) { auditLog(filter: $f, after: $after, first: $first) {
		totalCount pageInfo { hasNextPage endCursor } edges { node { action targetId actor { id } at } } } }`
	count := func(f map[string]any) float64 {
		t.Helper()
		return get(e.ok(q, map[string]any{"f": f}, desk...), "auditLog", "totalCount").(float64)
	}
	all := count(nil)
	for _, c := range []struct {
		name string
		f    map[string]any
		want float64
	}{
		{"exact action", map[string]any{"action": "inquiry.close"}, 1},
		{"action prefix", map[string]any{"action": "inquiry."}, 2},
		{"no such action", map[string]any{"action": "inquiry"}, 0},
		{"target", map[string]any{"targetId": inquiry}, 2},
		// department.save writes "Department", department.delete "department": both match.
		{"target type, any case", map[string]any{"targetType": "DEPARTMENT"}, 2},
		{"department target", map[string]any{"targetId": dept}, 2},
		{"actor", map[string]any{"actorId": me, "action": "inquiry."}, 1},
		{"from", map[string]any{"from": t0.Add(30 * time.Minute).Format(time.RFC3339), "action": "inquiry."}, 1},
		{"to", map[string]any{"to": t0.Add(30 * time.Minute).Format(time.RFC3339), "action": "inquiry."}, 1},
		{"period", map[string]any{"from": t0.Add(-time.Minute).Format(time.RFC3339), "to": t0.Add(2 * time.Hour).Format(time.RFC3339)}, all},
	} {
		if n := count(c.f); n != c.want {
			t.Errorf("%s: %v entries, want %v", c.name, n, c.want)
		}
	}
	if n := count(map[string]any{"from": t0.Add(-time.Minute).Format(time.RFC3339), "to": t0.Add(2 * time.Hour).Format(time.RFC3339)}); n < 4 {
		t.Errorf("period holds %v entries, want at least the 4 made here", n)
	}

	// A filtered list pages with the same cursors as the whole log.
	f := map[string]any{"targetId": inquiry}
	p1 := e.ok(q, map[string]any{"f": f, "first": 1}, desk...)
	if nodeField(edges(p1, "auditLog")[0], "action") != "inquiry.close" || get(p1, "auditLog", "pageInfo", "hasNextPage") != true {
		t.Fatalf("first page: %v", p1)
	}
	p2 := e.ok(q, map[string]any{"f": f, "first": 1, "after": get(p1, "auditLog", "pageInfo", "endCursor")}, desk...)
	if nodeField(edges(p2, "auditLog")[0], "action") != "inquiry.submit" || get(p2, "auditLog", "pageInfo", "hasNextPage") != false {
		t.Fatalf("second page: %v", p2)
	}

	for name, bad := range map[string]map[string]any{
		"wildcard":         {"action": "inquiry%"},
		"type wildcard":    {"targetType": "_nquiry"},
		"period backwards": {"from": t0.Format(time.RFC3339), "to": t0.Format(time.RFC3339)},
		"actor not a user": {"actorId": inquiry},
		"target not an ID": {"targetId": "no such id"},
		"type and target":  {"targetId": inquiry, "targetType": "Department"},
	} {
		if r := e.fails("BAD_USER_INPUT", q, map[string]any{"f": bad}, desk...); len(r.Errors) == 0 {
			t.Errorf("%s: accepted", name)
		}
	}
	// The policy answers first: a department learns nothing from a malformed filter.
	e.fails("FORBIDDEN", q, map[string]any{"f": map[string]any{"actorId": "no such id"}}, e.login("keizai@demo.pppdesk.jp")...)
}
