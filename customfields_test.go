package pppdesk_test

import (
	"context"
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/pppdesk/pppdesk/model"
)

const defineField = `mutation($in: CustomFieldDefinitionInput!) { defineCustomField(input: $in) { id key order } }`

const updateProposalFields = `mutation($id: ID!, $v: Int!, $cf: [CustomFieldValueInput!]) {
  updateProposal(id: $id, version: $v, input: {customFields: $cf}) { proposal { version customFields { key text number date boolean choices } } } }`

// define lets the desk define a custom field and answers its global ID.
func (e *env) define(desk []string, in map[string]any) string {
	e.t.Helper()
	return get(e.ok(defineField, map[string]any{"in": in}, desk...), "defineCustomField", "id").(string)
}

// fieldKeys answers the keys of a customFields answer, in order.
func fieldKeys(v any) []string {
	keys := []string{}
	for _, f := range v.([]any) {
		keys = append(keys, get(f, "key").(string))
	}
	return keys
}

// TestCustomFieldValidation: every type takes exactly its own member, choices come from
// the definition, and each refusal is BAD_USER_INPUT whose message and extensions.field
// name the key; a refused write changes nothing.
func TestCustomFieldValidation(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	desk, p1 := e.login("desk@demo.pppdesk.jp"), e.login("proposer1@demo.pppdesk.jp")
	for _, in := range []map[string]any{
		{"key": "headcount", "target": "PROPOSAL", "labelJa": "人数", "type": "NUMBER", "visibility": "PUBLIC"},
		{"key": "memo", "target": "PROPOSAL", "labelJa": "メモ", "type": "TEXT", "visibility": "PUBLIC"},
		{"key": "plan", "target": "PROPOSAL", "labelJa": "計画", "type": "LONG_TEXT", "visibility": "PUBLIC"},
		{"key": "startOn", "target": "PROPOSAL", "labelJa": "開始日", "type": "DATE", "visibility": "PUBLIC"},
		{"key": "field", "target": "PROPOSAL", "labelJa": "分野", "type": "SINGLE_CHOICE", "visibility": "PUBLIC",
			"choices": []any{map[string]any{"value": "snow", "labelJa": "雪"}, map[string]any{"value": "care", "labelJa": "福祉"}}},
		{"key": "areas", "target": "PROPOSAL", "labelJa": "地区", "type": "MULTIPLE_CHOICE", "visibility": "PUBLIC",
			"choices": []any{map[string]any{"value": "east", "labelJa": "東"}, map[string]any{"value": "west", "labelJa": "西"}}},
		{"key": "nda", "target": "PROPOSAL", "labelJa": "秘密保持", "type": "BOOLEAN", "visibility": "PUBLIC"},
	} {
		e.define(desk, in)
	}
	id := get(e.ok(createProposal, map[string]any{"in": proposalInput("FREE", nil)}, p1...), "createProposal", "proposal", "id")
	version := 1.0
	for _, c := range []struct {
		name string
		val  map[string]any
		bad  string // the key named, empty when the value is accepted
	}{
		{"number", map[string]any{"key": "headcount", "number": 12.5}, ""},
		{"number given as text", map[string]any{"key": "headcount", "text": "12"}, "headcount"},
		{"number missing", map[string]any{"key": "headcount"}, "headcount"},
		{"text", map[string]any{"key": "memo", "text": "一行"}, ""},
		{"text of two lines", map[string]any{"key": "memo", "text": "一行\n二行"}, "memo"},
		{"text too long", map[string]any{"key": "memo", "text": strings.Repeat("あ", 201)}, "memo"},
		{"text with a number too", map[string]any{"key": "memo", "text": "x", "number": 1}, "memo"},
		{"long text", map[string]any{"key": "plan", "text": "一行\n二行"}, ""},
		{"long text too long", map[string]any{"key": "plan", "text": strings.Repeat("あ", 10001)}, "plan"},
		{"date", map[string]any{"key": "startOn", "date": "2027-04-01"}, ""},
		{"date as boolean", map[string]any{"key": "startOn", "boolean": true}, "startOn"},
		{"single choice", map[string]any{"key": "field", "choices": []any{"snow"}}, ""},
		{"single choice outside the choices", map[string]any{"key": "field", "choices": []any{"rain"}}, "field"},
		{"single choice with two", map[string]any{"key": "field", "choices": []any{"snow", "care"}}, "field"},
		{"multiple choice", map[string]any{"key": "areas", "choices": []any{"east", "west"}}, ""},
		{"multiple choice repeated", map[string]any{"key": "areas", "choices": []any{"east", "east"}}, "areas"},
		{"multiple choice outside", map[string]any{"key": "areas", "choices": []any{"north"}}, "areas"},
		{"boolean", map[string]any{"key": "nda", "boolean": false}, ""},
		{"boolean as text", map[string]any{"key": "nda", "text": "yes"}, "nda"},
		{"unknown key", map[string]any{"key": "budget", "number": 1}, "budget"},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := e.post(updateProposalFields, map[string]any{"id": id, "v": version, "cf": []any{c.val}}, p1...)
			if c.bad == "" {
				if len(r.Errors) > 0 {
					t.Fatalf("refused: %s", r.Raw)
				}
				version = get(r.Data, "updateProposal", "proposal", "version").(float64)
				if got := fieldKeys(get(r.Data, "updateProposal", "proposal", "customFields")); !reflect.DeepEqual(got, []string{c.val["key"].(string)}) {
					t.Fatalf("stored %v", got)
				}
				return
			}
			if r.code() != "BAD_USER_INPUT" {
				t.Fatalf("want BAD_USER_INPUT, got %s", r.Raw)
			}
			if f, _ := r.Errors[0].Extensions["field"].(string); !strings.Contains(f, c.bad) || !strings.Contains(r.Errors[0].Message, c.bad) {
				t.Fatalf("the error does not name %q: %s", c.bad, r.Raw)
			}
		})
	}
	// The same key twice is refused; [] clears; null leaves the values alone.
	e.fails("BAD_USER_INPUT", updateProposalFields, map[string]any{"id": id, "v": version, "cf": []any{
		map[string]any{"key": "nda", "boolean": true}, map[string]any{"key": "nda", "boolean": false}}}, p1...)
	d := e.ok(updateProposalFields, map[string]any{"id": id, "v": version, "cf": nil}, p1...)
	if got := fieldKeys(get(d, "updateProposal", "proposal", "customFields")); !reflect.DeepEqual(got, []string{"nda"}) {
		t.Fatalf("null changed the values: %v", got)
	}
	version = get(d, "updateProposal", "proposal", "version").(float64)
	d = e.ok(updateProposalFields, map[string]any{"id": id, "v": version, "cf": []any{}}, p1...)
	if got := fieldKeys(get(d, "updateProposal", "proposal", "customFields")); len(got) != 0 {
		t.Fatalf("[] left %v", got)
	}
	// Several values come back in definition order, whatever order they were sent in.
	version = get(d, "updateProposal", "proposal", "version").(float64)
	d = e.ok(updateProposalFields, map[string]any{"id": id, "v": version, "cf": []any{
		map[string]any{"key": "nda", "boolean": true}, map[string]any{"key": "headcount", "number": 3}, map[string]any{"key": "areas", "choices": []any{"west"}}}}, p1...)
	got := get(d, "updateProposal", "proposal", "customFields")
	if keys := fieldKeys(got); !reflect.DeepEqual(keys, []string{"headcount", "areas", "nda"}) {
		t.Fatalf("order %v", keys)
	}
	if get(got, 0, "number") != 3.0 || get(got, 1, "choices", 0) != "west" || get(got, 2, "boolean") != true || get(got, 0, "text") != nil {
		t.Fatalf("typed values: %v", got)
	}
}

// TestCustomFieldDefinitionRules: keys are unique per municipality and target, target and
// type do not change, choice types need choices, and a deleted field's values are gone from
// every answer.
func TestCustomFieldDefinitionRules(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	desk, p1 := e.login("desk@demo.pppdesk.jp"), e.login("proposer1@demo.pppdesk.jp")
	id := e.define(desk, map[string]any{"key": "budget", "target": "PROJECT", "labelJa": "予算", "type": "NUMBER", "visibility": "PUBLIC"})
	e.fails("CONFLICT", defineField, map[string]any{"in": map[string]any{"key": "budget", "target": "PROJECT", "labelJa": "予算2", "type": "TEXT"}}, desk...)
	// The same key on another target is another field.
	e.define(desk, map[string]any{"key": "budget", "target": "PROPOSAL", "labelJa": "予算", "type": "NUMBER", "visibility": "PUBLIC"})
	for name, in := range map[string]map[string]any{
		"bad key":            {"key": "Budget!", "target": "PROJECT", "labelJa": "x", "type": "TEXT"},
		"choices missing":    {"key": "kind", "target": "PROJECT", "labelJa": "x", "type": "SINGLE_CHOICE"},
		"choices on text":    {"key": "kind", "target": "PROJECT", "labelJa": "x", "type": "TEXT", "choices": []any{map[string]any{"value": "a", "labelJa": "a"}}},
		"choice twice":       {"key": "kind", "target": "PROJECT", "labelJa": "x", "type": "SINGLE_CHOICE", "choices": []any{map[string]any{"value": "a", "labelJa": "a"}, map[string]any{"value": "a", "labelJa": "b"}}},
		"label missing":      {"key": "kind", "target": "PROJECT", "labelJa": " ", "type": "TEXT"},
		"negative order":     {"key": "kind", "target": "PROJECT", "labelJa": "x", "type": "TEXT", "order": -1},
		"type cannot change": nil,
	} {
		if in == nil {
			e.fails("BAD_USER_INPUT", `mutation($id: ID!) { updateCustomField(id: $id, input: {key: "budget", target: PROJECT, labelJa: "予算", type: TEXT}) { id } }`, map[string]any{"id": id}, desk...)
			continue
		}
		t.Run(name, func(t *testing.T) { e.fails("BAD_USER_INPUT", defineField, map[string]any{"in": in}, desk...) })
	}
	d := e.ok(`mutation($id: ID!) { updateCustomField(id: $id, input: {key: "budgetYen", target: PROJECT, labelJa: "予算（円）", labelEn: "Budget (yen)", type: NUMBER, required: true, visibility: PUBLIC, order: 5}) { key labelEn required order } }`, map[string]any{"id": id}, desk...)
	if get(d, "updateCustomField", "key") != "budgetYen" || get(d, "updateCustomField", "required") != true || get(d, "updateCustomField", "order") != 5.0 {
		t.Fatalf("update: %v", d)
	}
	if got := get(e.ok(`query($id: ID!) { node(id: $id) { ... on CustomFieldDefinition { key } } }`, map[string]any{"id": id}), "node", "key"); got != "budgetYen" {
		t.Fatalf("node: %v", got)
	}
	// Deleting a field deletes its values with it: the proposal no longer answers it.
	pid := e.define(desk, map[string]any{"key": "memo", "target": "PROPOSAL", "labelJa": "メモ", "type": "TEXT", "visibility": "PUBLIC"})
	in := proposalInput("FREE", nil)
	in["customFields"] = []any{map[string]any{"key": "memo", "text": "残す"}, map[string]any{"key": "budget", "number": 10}}
	prop := get(e.ok(createProposal, map[string]any{"in": in}, p1...), "createProposal", "proposal", "id")
	read := `query($id: ID!) { proposal(id: $id) { customFields { key definition { labelJa } } } }`
	if got := fieldKeys(get(e.ok(read, map[string]any{"id": prop}, p1...), "proposal", "customFields")); !reflect.DeepEqual(got, []string{"budget", "memo"}) {
		t.Fatalf("before delete: %v", got)
	}
	e.ok(`mutation($id: ID!) { deleteCustomField(id: $id) }`, map[string]any{"id": pid}, desk...)
	if got := fieldKeys(get(e.ok(read, map[string]any{"id": prop}, p1...), "proposal", "customFields")); !reflect.DeepEqual(got, []string{"budget"}) {
		t.Fatalf("after delete: %v", got)
	}
	e.fails("NOT_FOUND", `mutation($id: ID!) { deleteCustomField(id: $id) }`, map[string]any{"id": pid}, desk...)
	// The key is free again.
	e.define(desk, map[string]any{"key": "memo", "target": "PROPOSAL", "labelJa": "メモ", "type": "BOOLEAN"})
}

// TestCustomFieldVisibility: each role reads exactly the values its visibility admits, on a
// proposal (PROPOSER: the proposing organization and staff) and on published content
// (PROPOSER as STAFF), and definitions of STAFF fields only reach staff.
func TestCustomFieldVisibility(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	desk, p1, p2 := e.login("desk@demo.pppdesk.jp"), e.login("proposer1@demo.pppdesk.jp"), e.login("proposer2@demo.pppdesk.jp")
	keizai, kankyo := e.login("keizai@demo.pppdesk.jp"), e.login("kankyo@demo.pppdesk.jp")
	for _, target := range []string{"PROPOSAL", "ANNOUNCEMENT"} {
		for _, vis := range []string{"PUBLIC", "PROPOSER", "STAFF"} {
			e.define(desk, map[string]any{"key": strings.ToLower(vis), "target": target, "labelJa": vis, "type": "TEXT", "visibility": vis})
		}
	}
	vals := []any{map[string]any{"key": "public", "text": "公開"}, map[string]any{"key": "proposer", "text": "提案者"}, map[string]any{"key": "staff", "text": "職員"}}
	in := proposalInput("FREE", nil)
	in["customFields"] = vals[:2] // the proposer writes PUBLIC and PROPOSER fields
	prop := get(e.ok(createProposal, map[string]any{"in": in}, p1...), "createProposal", "proposal", "id")
	e.ok(`mutation($id: ID!) { submitProposal(id: $id, acceptTerms: true) { proposal { id } } }`, map[string]any{"id": prop}, p1...)
	// The desk fills the STAFF field after submission.
	e.ok(setProposalFields, map[string]any{"id": prop, "v": proposalVersion(t, e, prop, desk), "cf": vals}, desk...)
	e.ok(`mutation($id: ID!, $d: [ID!]!) { assignProposal(id: $id, departmentIds: $d) { proposal { id } } }`, map[string]any{"id": prop, "d": []any{e.departmentIDs()["経済部"]}}, desk...)
	ann := get(e.ok(`mutation($cf: [CustomFieldValueInput!]) { createAnnouncement(input: {title: "独自項目のお知らせ", body: "本文", customFields: $cf}) { id } }`,
		map[string]any{"cf": vals}, desk...), "createAnnouncement", "id")
	e.ok(`mutation($id: ID!) { publish(id: $id) { id } }`, map[string]any{"id": ann}, desk...)

	all3, none := []string{"public", "proposer", "staff"}, []string(nil)
	for _, c := range []struct {
		role        string
		who         []string
		proposal    []string // nil: the proposal is not visible at all
		content     []string
		definitions []string // of PROPOSAL
	}{
		{"anonymous", nil, none, []string{"public"}, []string{"public", "proposer"}},
		{"proposer of the item", p1, []string{"public", "proposer"}, []string{"public"}, []string{"public", "proposer"}},
		{"other proposer", p2, none, []string{"public"}, []string{"public", "proposer"}},
		{"assigned department", keizai, all3, all3, all3},
		{"other department", kankyo, none, all3, all3},
		{"desk", desk, all3, all3, all3},
	} {
		t.Run(c.role, func(t *testing.T) {
			r := e.post(`query($p: ID!, $a: ID!) { proposal(id: $p) { customFields { key text } } announcement(id: $a) { customFields { key } }
			  customFieldDefinitions(target: PROPOSAL) { key } }`, map[string]any{"p": prop, "a": ann}, c.who...)
			if c.proposal == nil {
				if get(r.Data, "proposal") != nil {
					t.Fatalf("sees the proposal: %s", r.Raw)
				}
			} else if got := fieldKeys(get(r.Data, "proposal", "customFields")); !reflect.DeepEqual(got, c.proposal) {
				t.Fatalf("proposal fields %v, want %v", got, c.proposal)
			}
			if got := fieldKeys(get(r.Data, "announcement", "customFields")); !reflect.DeepEqual(got, c.content) {
				t.Fatalf("announcement fields %v, want %v", got, c.content)
			}
			if got := fieldKeys(get(r.Data, "customFieldDefinitions")); !reflect.DeepEqual(got, c.definitions) {
				t.Fatalf("definitions %v, want %v", got, c.definitions)
			}
		})
	}
}

// TestCustomFieldRequired: a required field may be missing from a draft; submitting a
// proposal or publishing content without it is BAD_USER_INPUT naming the key, and changes
// nothing.
func TestCustomFieldRequired(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	desk, p1 := e.login("desk@demo.pppdesk.jp"), e.login("proposer1@demo.pppdesk.jp")
	e.define(desk, map[string]any{"key": "employees", "target": "PROPOSAL", "labelJa": "従業員数", "type": "NUMBER", "required": true, "visibility": "PROPOSER"})
	e.define(desk, map[string]any{"key": "source", "target": "ANNOUNCEMENT", "labelJa": "出典", "type": "TEXT", "required": true, "visibility": "PUBLIC"})
	prop := get(e.ok(createProposal, map[string]any{"in": proposalInput("FREE", nil)}, p1...), "createProposal", "proposal", "id")
	submit := `mutation($id: ID!) { submitProposal(id: $id, acceptTerms: true) { proposal { status } } }`
	r := e.fails("BAD_USER_INPUT", submit, map[string]any{"id": prop}, p1...)
	if r.Errors[0].Extensions["field"] != "customFields.employees" || !strings.Contains(r.Errors[0].Message, "employees") {
		t.Fatalf("does not name the key: %s", r.Raw)
	}
	if get(e.ok(`query($id: ID!) { proposal(id: $id) { status } }`, map[string]any{"id": prop}, p1...), "proposal", "status") != "DRAFT" {
		t.Fatal("a refused submission changed the status")
	}
	e.ok(updateProposalFields, map[string]any{"id": prop, "v": 1, "cf": []any{map[string]any{"key": "employees", "number": 40}}}, p1...)
	if got := get(e.ok(submit, map[string]any{"id": prop}, p1...), "submitProposal", "proposal", "status"); got != "SUBMITTED" {
		t.Fatalf("status %v", got)
	}
	ann := get(e.ok(`mutation { createAnnouncement(input: {title: "出典なし", body: "本文"}) { id } }`, nil, desk...), "createAnnouncement", "id")
	r = e.fails("BAD_USER_INPUT", `mutation($id: ID!) { publish(id: $id) { id } }`, map[string]any{"id": ann}, desk...)
	if r.Errors[0].Extensions["field"] != "customFields.source" {
		t.Fatalf("does not name the key: %s", r.Raw)
	}
	e.ok(`mutation($id: ID!) { updateAnnouncement(id: $id, version: 1, input: {customFields: [{key: "source", text: "市報"}]}) { id } }`, map[string]any{"id": ann}, desk...)
	e.ok(`mutation($id: ID!) { publish(id: $id) { id } }`, map[string]any{"id": ann}, desk...)
	d := e.ok(`query($id: ID!) { announcement(id: $id) { customFields { key text definition { labelJa type } } } }`, map[string]any{"id": ann})
	if get(d, "announcement", "customFields", 0, "text") != "市報" || get(d, "announcement", "customFields", 0, "definition", "type") != "TEXT" {
		t.Fatalf("public read: %v", d)
	}
}

// TestCustomFieldsStayInTheirMunicipality: another municipality's desk neither sees nor
// uses nor changes Aomori's fields, and Aomori's keys are unknown there.
func TestCustomFieldsStayInTheirMunicipality(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	desk := e.login("desk@demo.pppdesk.jp")
	id := e.define(desk, map[string]any{"key": "budget", "target": "ANNOUNCEMENT", "labelJa": "予算", "type": "NUMBER", "visibility": "PUBLIC"})
	other := e.municipality("hirosaki", "弘前市")
	hash, _ := cheapHash("hirosaki password")
	e.ok(`{ municipality { slug } }`, nil) // the server is up
	if err := insertDesk(e, other.ID, "desk@hirosaki.example.jp", hash); err != nil {
		t.Fatal(err)
	}
	tok := get(e.ok(`mutation { login(email: "desk@hirosaki.example.jp", password: "hirosaki password") { token } }`, nil, "X-Municipality", "hirosaki"), "login", "token").(string)
	h := []string{"Authorization", "Bearer " + tok, "X-Municipality", "hirosaki"}
	if got := get(e.ok(`{ customFieldDefinitions(target: ANNOUNCEMENT) { key } }`, nil, h...), "customFieldDefinitions").([]any); len(got) != 0 {
		t.Fatalf("hirosaki sees %v", got)
	}
	e.fails("NOT_FOUND", `mutation($id: ID!) { updateCustomField(id: $id, input: {key: "x", target: ANNOUNCEMENT, labelJa: "x", type: NUMBER}) { id } }`, map[string]any{"id": id}, h...)
	e.fails("NOT_FOUND", `mutation($id: ID!) { deleteCustomField(id: $id) }`, map[string]any{"id": id}, h...)
	if d := e.post(`query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": id}, h...); get(d.Data, "node") != nil {
		t.Fatalf("node answers across municipalities: %s", d.Raw)
	}
	r := e.fails("BAD_USER_INPUT", `mutation { createAnnouncement(input: {title: "弘前", customFields: [{key: "budget", number: 1}]}) { id } }`, nil, h...)
	if !strings.Contains(r.Errors[0].Message, "budget") {
		t.Fatalf("%s", r.Raw)
	}
	// Hirosaki may define the same key for itself.
	e.define(h, map[string]any{"key": "budget", "target": "ANNOUNCEMENT", "labelJa": "予算", "type": "TEXT", "visibility": "PUBLIC"})
	if got := fieldKeys(get(e.ok(`{ customFieldDefinitions(target: ANNOUNCEMENT) { key type } }`, nil, desk...), "customFieldDefinitions")); !reflect.DeepEqual(got, []string{"budget"}) {
		t.Fatalf("aomori sees %v", got)
	}
	if got := get(e.ok(`{ customFieldDefinitions(target: ANNOUNCEMENT) { type } }`, nil, desk...), "customFieldDefinitions", 0, "type"); got != "NUMBER" {
		t.Fatalf("aomori's field became %v", got)
	}
}

// TestCustomFieldPageCostIsConstant: the custom fields of a page of proposals or content
// cost the same statements for 10 rows as for 1 (the page primes one batched load).
func TestCustomFieldPageCostIsConstant(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	desk, p1 := e.login("desk@demo.pppdesk.jp"), e.login("proposer1@demo.pppdesk.jp")
	for _, target := range []string{"PROPOSAL", "ANNOUNCEMENT"} {
		e.define(desk, map[string]any{"key": "memo", "target": target, "labelJa": "メモ", "type": "TEXT", "visibility": "PUBLIC"})
		e.define(desk, map[string]any{"key": "size", "target": target, "labelJa": "規模", "type": "NUMBER", "visibility": "STAFF"})
	}
	cf := []any{map[string]any{"key": "memo", "text": "メモ"}, map[string]any{"key": "size", "number": 2}}
	add := func(i int) {
		in := proposalInput("FREE", nil)
		in["title"], in["customFields"] = fmt.Sprintf("項目計数%02d", i), cf[:1]
		pid := get(e.ok(createProposal, map[string]any{"in": in}, p1...), "createProposal", "proposal", "id")
		e.ok(`mutation($id: ID!) { submitProposal(id: $id, acceptTerms: true) { proposal { id } } }`, map[string]any{"id": pid}, p1...)
		// The STAFF field is the desk's to fill after submission.
		e.ok(setProposalFields, map[string]any{"id": pid, "v": proposalVersion(t, e, pid, desk), "cf": cf}, desk...)
		id := get(e.ok(`mutation($t: String!, $cf: [CustomFieldValueInput!]) { createAnnouncement(input: {title: $t, body: "本文", customFields: $cf}) { id } }`,
			map[string]any{"t": fmt.Sprintf("項目計数%02d", i), "cf": cf}, desk...), "createAnnouncement", "id")
		e.ok(`mutation($id: ID!) { publish(id: $id) { id } }`, map[string]any{"id": id}, desk...)
	}
	queries := map[string]string{
		"proposals":     `{ proposals(first: 50, filter: {search: "項目計数"}) { edges { node { id customFields { key text number definition { key } } } } } }`,
		"announcements": `{ announcements(first: 50, filter: {search: "項目計数"}) { edges { node { id customFields { key text number definition { key } } } } } }`,
	}
	cost := func(list string, who []string, rows int) int64 {
		before := e.st.Queries()
		d := e.ok(queries[list], nil, who...)
		after := e.st.Queries()
		es := edges(d, list)
		if len(es) != rows {
			t.Fatalf("%s: page has %d rows, want %d", list, len(es), rows)
		}
		for _, edge := range es {
			if n := len(get(edge, "node", "customFields").([]any)); n != 2 {
				t.Fatalf("%s: %d values: %v", list, n, edge)
			}
		}
		return after - before
	}
	add(0)
	small := map[string]int64{}
	for list := range queries {
		small[list] = cost(list, desk, 1)
	}
	for i := 1; i < 10; i++ {
		add(i)
	}
	for list := range queries {
		large := cost(list, desk, 10)
		t.Logf("%s: 1 row → %d statements, 10 rows → %d", list, small[list], large)
		if large != small[list] {
			t.Errorf("%s: custom fields of 10 rows cost %d statements, of 1 row %d", list, large, small[list])
		}
	}
}

// insertDesk adds a DESK account to a municipality made by e.municipality.
func insertDesk(e *env, mid int64, email, hash string) error {
	e.insert(&model.User{MunicipalityID: mid, Email: email, PasswordHash: hash, DisplayName: "デスク", Role: model.RoleDesk, Stamps: stamps(testNow)})
	return nil
}

// TestCustomFieldsInExports: open-data exports carry a column per PUBLIC custom field of
// their type, and never a PROPOSER or STAFF one.
func TestCustomFieldsInExports(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	desk := e.login("desk@demo.pppdesk.jp")
	e.define(desk, map[string]any{"key": "budget", "target": "CASE_STUDY", "labelJa": "予算", "type": "NUMBER", "visibility": "PUBLIC"})
	e.define(desk, map[string]any{"key": "areas", "target": "CASE_STUDY", "labelJa": "地区", "type": "MULTIPLE_CHOICE", "visibility": "PUBLIC",
		"choices": []any{map[string]any{"value": "east", "labelJa": "東"}, map[string]any{"value": "west", "labelJa": "西"}}})
	e.define(desk, map[string]any{"key": "secret", "target": "CASE_STUDY", "labelJa": "内部", "type": "TEXT", "visibility": "STAFF"})
	e.define(desk, map[string]any{"key": "proposerOnly", "target": "CASE_STUDY", "labelJa": "提案者", "type": "TEXT", "visibility": "PROPOSER"})
	d := e.ok(`{ caseStudies(first: 1) { edges { node { id version } } } }`, nil, desk...)
	id, version := nodeField(edges(d, "caseStudies")[0], "id"), nodeField(edges(d, "caseStudies")[0], "version")
	e.ok(`mutation($id: ID!, $v: Int!) { updateCaseStudy(id: $id, version: $v, input: {customFields: [
	  {key: "budget", number: 1500000}, {key: "areas", choices: ["east", "west"]}, {key: "secret", text: "内部の話"}, {key: "proposerOnly", text: "提案者の話"}]}) { id } }`,
		map[string]any{"id": id, "v": version}, desk...)
	code, body := e.download("/export/case-studies.json")
	var rows []map[string]string
	if err := json.Unmarshal(body, &rows); code != 200 || err != nil {
		t.Fatalf("export: %d %v", code, err)
	}
	found := false
	for _, r := range rows {
		if _, ok := r["custom.secret"]; ok {
			t.Fatal("a STAFF field is exported")
		}
		if _, ok := r["custom.proposerOnly"]; ok {
			t.Fatal("a PROPOSER field is exported")
		}
		if _, ok := r["custom.budget"]; !ok {
			t.Fatalf("no budget column: %v", r)
		}
		if r["id"] == id {
			found = true
			if r["custom.budget"] != "1500000" || r["custom.areas"] != "east／west" {
				t.Fatalf("values: %v", r)
			}
		}
	}
	if !found || strings.Contains(string(body), "内部の話") || strings.Contains(string(body), "提案者の話") {
		t.Fatalf("export: %s", body)
	}
	_, body = e.download("/export/case-studies.csv")
	if !strings.Contains(string(body), "custom.budget,custom.areas") {
		t.Fatalf("csv header: %.300s", body)
	}
}

const setProposalFields = `mutation($id: ID!, $v: Int!, $cf: [CustomFieldValueInput!]!) {
  setProposalCustomFields(id: $id, customFields: $cf, version: $v) { proposal { version customFields { key text } } } }`

// proposalVersion reads a proposal's version as who sees it.
func proposalVersion(t *testing.T, e *env, id any, who []string) int {
	t.Helper()
	v, _ := get(e.ok(`query($id: ID!) { proposal(id: $id) { version } }`, map[string]any{"id": id}, who...), "proposal", "version").(float64)
	return int(v)
}

// TestProposerCannotTouchStaffFields: a STAFF field is, for the proposer, exactly an unknown
// key (one message that names nothing of it, on create and update); the proposer's update
// keeps the desk's STAFF values; a required STAFF field is not asked at submission; the
// desk and the assigned department fill STAFF fields after submission, and the proposer,
// another department and another municipality's desk may not.
func TestProposerCannotTouchStaffFields(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	desk, p1 := e.login("desk@demo.pppdesk.jp"), e.login("proposer1@demo.pppdesk.jp")
	keizai, kankyo := e.login("keizai@demo.pppdesk.jp"), e.login("kankyo@demo.pppdesk.jp")
	e.define(desk, map[string]any{"key": "riskScore", "target": "PROPOSAL", "labelJa": "内部リスク評価", "type": "SINGLE_CHOICE", "visibility": "STAFF",
		"required": true, "choices": []any{map[string]any{"value": "low", "labelJa": "低"}, map[string]any{"value": "high", "labelJa": "高"}}})
	e.define(desk, map[string]any{"key": "employees", "target": "PROPOSAL", "labelJa": "従業員数", "type": "NUMBER", "visibility": "PROPOSER"})

	unknown := func(key string, v map[string]any) string {
		in := proposalInput("FREE", nil)
		v["key"] = key
		in["customFields"] = []any{v}
		r := e.fails("BAD_USER_INPUT", createProposal, map[string]any{"in": in}, p1...)
		return r.Errors[0].Message + "|" + fmt.Sprint(r.Errors[0].Extensions["field"])
	}
	hidden := unknown("riskScore", map[string]any{"text": "x"})
	if strings.ContainsAny(hidden, "内") || strings.Contains(hidden, "SINGLE_CHOICE") || strings.Contains(hidden, "low") {
		t.Errorf("the refusal tells of the hidden field: %s", hidden)
	}
	for _, v := range []map[string]any{{"choices": []any{"high"}}, {"choices": []any{"nope"}}, {"number": 1}} {
		if got := unknown("riskScore", v); got != hidden {
			t.Errorf("a STAFF key answered %q, not as the unknown key (%q)", got, hidden)
		}
	}
	if got, want := unknown("noSuchKey", map[string]any{"text": "x"}), strings.ReplaceAll(hidden, "riskScore", "noSuchKey"); got != want {
		t.Errorf("unknown key %q, STAFF key %q: not one message", got, hidden)
	}

	in := proposalInput("FREE", nil)
	in["customFields"] = []any{map[string]any{"key": "employees", "number": 10}}
	prop := get(e.ok(createProposal, map[string]any{"in": in}, p1...), "createProposal", "proposal", "id")
	// The desk may not fill in a draft it cannot see; the required STAFF field does not stop
	// the proposer's submission.
	e.fails("NOT_FOUND", setProposalFields, map[string]any{"id": prop, "v": 1, "cf": []any{}}, desk...)
	e.ok(`mutation($id: ID!) { submitProposal(id: $id, acceptTerms: true) { proposal { id } } }`, map[string]any{"id": prop}, p1...)
	e.fails("FORBIDDEN", setProposalFields, map[string]any{"id": prop, "v": proposalVersion(t, e, prop, p1), "cf": []any{}}, p1...)
	e.fails("NOT_FOUND", setProposalFields, map[string]any{"id": prop, "v": proposalVersion(t, e, prop, desk), "cf": []any{}}, kankyo...)
	d := e.ok(setProposalFields, map[string]any{"id": prop, "v": proposalVersion(t, e, prop, desk), "cf": []any{
		map[string]any{"key": "employees", "number": 10}, map[string]any{"key": "riskScore", "choices": []any{"high"}}}}, desk...)
	if got := fieldKeys(get(d, "setProposalCustomFields", "proposal", "customFields")); !reflect.DeepEqual(got, []string{"riskScore", "employees"}) && !reflect.DeepEqual(got, []string{"employees", "riskScore"}) {
		t.Fatalf("after the desk: %v", got)
	}
	e.fails("CONFLICT", setProposalFields, map[string]any{"id": prop, "v": 1, "cf": []any{}}, desk...)
	e.ok(`mutation($id: ID!, $d: [ID!]!) { assignProposal(id: $id, departmentIds: $d) { proposal { id } } }`, map[string]any{"id": prop, "d": []any{e.departmentIDs()["経済部"]}}, desk...)
	e.ok(setProposalFields, map[string]any{"id": prop, "v": proposalVersion(t, e, prop, desk), "cf": []any{
		map[string]any{"key": "employees", "number": 10}, map[string]any{"key": "riskScore", "choices": []any{"low"}}}}, keizai...)

	// A proposer's draft update replaces its own values and keeps the desk's STAFF values.
	draft := get(e.ok(createProposal, map[string]any{"in": in}, p1...), "createProposal", "proposal", "id")
	_, draftID, _ := model.ParseGlobalID(draft.(string))
	var defs []model.CustomFieldDefinition
	must(t, e.st.DB.NewSelect().Model(&defs).Where("field_key = ?", "riskScore").Scan(context.Background()))
	staffVal := &model.CustomFieldValue{MunicipalityID: defs[0].MunicipalityID, OwnerType: model.OwnerProposal, OwnerID: draftID, DefinitionID: defs[0].ID, Choices: []string{"high"}, UpdatedAt: testNow}
	e.insert(staffVal)
	e.ok(updateProposalFields, map[string]any{"id": draft, "v": 1, "cf": []any{map[string]any{"key": "employees", "number": 20}}}, p1...)
	e.ok(updateProposalFields, map[string]any{"id": draft, "v": 2, "cf": []any{}}, p1...)
	if n := e.countSQL(fmt.Sprintf(`SELECT COUNT(*) FROM custom_field_values WHERE owner_type = 'Proposal' AND owner_id = %d AND definition_id = %d`, draftID, defs[0].ID)); n != 1 {
		t.Errorf("the proposer's update wiped the STAFF value (%d left)", n)
	}
	if n := e.countSQL(fmt.Sprintf(`SELECT COUNT(*) FROM custom_field_values WHERE owner_type = 'Proposal' AND owner_id = %d`, draftID)); n != 1 {
		t.Errorf("the proposer's empty list left %d values, want the STAFF one", n)
	}
}
