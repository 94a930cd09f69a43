package pppdesk_test

import (
	"context"
	"encoding/json"
	"maps"
	"slices"
	"testing"

	"github.com/pppdesk/pppdesk/model"
)

// personalCustomFields are the proposal custom fields of the tests below: one personal data
// by its definition's default, one disclosable by default that a proposal's override makes
// personal data, one disclosable, and a number that is personal data by default.
var personalCustomFields = []map[string]any{
	{"key": "mobile", "labelJa": "携帯電話", "type": "TEXT", "visibility": "PROPOSER", "disclosureLevel": "PERSONAL_DATA", "disclosureReason": "個人の携帯電話番号"},
	{"key": "home", "labelJa": "代表者の住所", "type": "TEXT", "visibility": "PROPOSER"},
	{"key": "memo", "labelJa": "公開メモ", "type": "TEXT", "visibility": "PUBLIC"},
	{"key": "age", "labelJa": "代表者の年齢", "type": "NUMBER", "visibility": "STAFF", "disclosureLevel": "PERSONAL_DATA", "disclosureReason": "個人の年齢"},
}

var personalCustomValues = []any{
	map[string]any{"key": "mobile", "text": "090-1111-2222"},
	map[string]any{"key": "home", "text": "青森市新町9-9"},
	map[string]any{"key": "memo", "text": "公開の事実"},
	map[string]any{"key": "age", "number": 42},
}

// definePersonalCustomFields defines the fields and answers their global IDs by key.
func definePersonalCustomFields(e *env, desk []string) map[string]string {
	e.t.Helper()
	ids := map[string]string{}
	for _, f := range personalCustomFields {
		in := map[string]any{"target": "PROPOSAL"}
		for k, v := range f {
			in[k] = v
		}
		ids[f["key"].(string)] = e.define(desk, in)
	}
	return ids
}

// overrideHome makes the home field's value on proposal id personal data (level PERSONAL_DATA)
// or disclosable again.
func overrideHome(e *env, desk []string, id, level string) {
	e.t.Helper()
	vars := map[string]any{"id": id, "t": map[string]any{"field": "customFields.home"}, "l": level}
	if level != "DISCLOSABLE" {
		vars["r"] = "代表者個人の住所"
	}
	e.ok(setLevel, vars, desk...)
}

// TestPersonalDataReadsCustomFields: a staff read of a proposal's custom field value whose
// effective level is PERSONAL_DATA (by the definition's default or by the proposal's
// override) is logged as customFields.<key> of the proposal, in the one entry of the
// record with its other fields; values at other levels, a selection without the value, the
// proposer's and the public's reads are not logged; a page costs one statement more than
// the same page without the values (the log's INSERT).
func TestPersonalDataReadsCustomFields(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	desk, p1, keizai := e.login("desk@demo.pppdesk.jp"), e.login("proposer1@demo.pppdesk.jp"), e.login("keizai@demo.pppdesk.jp")
	definePersonalCustomFields(e, desk)
	ids := e.demoProposals(desk, 3)
	for _, id := range ids {
		e.ok(`mutation($id: ID!, $d: [ID!]!) { assignProposal(id: $id, departmentIds: $d) { proposal { id } } }`,
			map[string]any{"id": id, "d": []any{e.departmentIDs()["経済部"]}}, desk...)
		e.ok(setProposalFields, map[string]any{"id": id, "v": proposalVersion(t, e, id, desk), "cf": personalCustomValues}, desk...)
	}
	overrideHome(e, desk, ids[0], "PERSONAL_DATA")
	_, pid, _ := model.ParseGlobalID(ids[0])

	type read struct {
		name, query string
		who         []string
		want        string // the fields of the one entry for ids[0], "" for none
	}
	one := `query ReadCF($id: ID!) { proposal(id: $id) { customFields { key text number } } }`
	for _, c := range []read{
		{"desk: default and override", one, desk, "customFields.age,customFields.home,customFields.mobile"},
		{"department: default and override", one, keizai, "customFields.age,customFields.home,customFields.mobile"},
		{"with the contact, in one entry", `query ReadCF($id: ID!) { proposal(id: $id) { contact { email } customFields { text } } }`, desk,
			"contact.email,customFields.home,customFields.mobile"},
		{"number only", `query ReadCF($id: ID!) { proposal(id: $id) { customFields { number } } }`, desk, "customFields.age"},
		{"through a fragment", `query ReadCF($id: ID!) { proposal(id: $id) { customFields { ...V } } } fragment V on CustomFieldValue { t: text }`, desk,
			"customFields.home,customFields.mobile"},
		{"no value selected", `query ReadCF($id: ID!) { proposal(id: $id) { customFields { key definition { key disclosureLevel } } } }`, desk, ""},
		{"proposer", one, p1, ""},
		{"public", one, nil, ""},
	} {
		n := len(e.readLog())
		e.post(c.query, map[string]any{"id": ids[0]}, c.who...)
		got := e.logSince(n)
		if c.want == "" {
			if len(got) != 0 {
				t.Errorf("%s: entries %+v, want none", c.name, got)
			}
			continue
		}
		if len(got) != 1 || got[0].RecordType != string(model.OwnerProposal) || got[0].RecordID != pid || got[0].Fields != c.want || got[0].Operation != "ReadCF" {
			t.Errorf("%s: entries %+v, want one of proposal %d with %s", c.name, got, pid, c.want)
		}
	}

	// The override lifted: the value is disclosable again and its read no longer logged.
	overrideHome(e, desk, ids[0], "DISCLOSABLE")
	n := len(e.readLog())
	e.ok(one, map[string]any{"id": ids[0]}, desk...)
	if got := e.logSince(n); len(got) != 1 || got[0].Fields != "customFields.age,customFields.mobile" {
		t.Errorf("after lifting the override: %+v", got)
	}

	// A page: one entry per proposal, and the values cost only the log's INSERT.
	cost := func(q string) int64 {
		before := e.st.Queries()
		e.ok(q, nil, desk...)
		return e.st.Queries() - before
	}
	plain := cost(`{ proposals(first: 3) { edges { node { id customFields { key } } } } }`)
	n = len(e.readLog())
	personal := cost(`{ proposals(first: 3) { edges { node { id customFields { key text number } } } } }`)
	if personal != plain+1 {
		t.Errorf("a page's personal custom values cost %d statements, the page without values %d", personal, plain)
	}
	got := e.logSince(n)
	var recs []string
	for _, g := range got {
		recs = append(recs, model.GlobalID(model.OwnerType(g.RecordType), g.RecordID))
		if g.Fields != "customFields.age,customFields.mobile" {
			t.Errorf("page entry: %+v", g)
		}
	}
	slices.Sort(recs)
	want := slices.Clone(ids)
	slices.Sort(want)
	if !slices.Equal(recs, want) {
		t.Errorf("page entries for %v, want %v", recs, want)
	}
}

// TestRetentionPurgesPersonalCustomFields: the purge of an expired proposal deletes its
// custom field values whose effective level is PERSONAL_DATA (by default and by override)
// and keeps the others, naming customFields among the parts it removed; a held proposal
// keeps every value; the dry run lists the same records as without custom fields, and the
// statistics agree before and after.
func TestRetentionPurgesPersonalCustomFields(t *testing.T) {
	t.Parallel()
	f := newRetentionFixture(t)
	e := f.e
	desk := e.login("desk@demo.pppdesk.jp")
	definePersonalCustomFields(e, desk)
	for _, id := range []string{f.declined, f.withdrawn} {
		e.ok(setProposalFields, map[string]any{"id": id, "v": proposalVersion(t, e, id, desk), "cf": personalCustomValues}, desk...)
		overrideHome(e, desk, id, "PERSONAL_DATA")
	}
	e.ok(`mutation($id: ID!) { setLegalHold(recordId: $id, hold: true, reason: "訴訟対応") }`, map[string]any{"id": f.withdrawn}, desk...)

	dry := get(e.ok(retentionDryRun, nil, desk...), "retentionDryRun").([]any)
	listed := map[string]string{}
	for _, c := range dry {
		listed[get(c, "recordId").(string)] = get(c, "rule").(string)
	}
	if want := map[string]string{f.declined: "DECLINED_PROPOSAL", model.GlobalID(model.OwnerInquiry, f.oldClosed.ID): "CLOSED_INQUIRY"}; !maps.Equal(listed, want) {
		t.Fatalf("dry run: %v, want %v", listed, want)
	}
	statsVars := map[string]any{"f": "2024-04-01", "t": "2027-03-31", "g": "MONTH"}
	before := e.ok(deskStatisticsQuery, statsVars, desk...)

	e.sweepAndDeliver(e.srv)

	keys := func(id string) []string {
		t.Helper()
		return fieldKeys(get(e.ok(`query($id: ID!) { proposal(id: $id) { customFields { key } } }`, map[string]any{"id": id}, desk...), "proposal", "customFields"))
	}
	if got := keys(f.declined); !slices.Equal(got, []string{"memo"}) {
		t.Errorf("the purged proposal keeps %v, want only the disclosable memo", got)
	}
	if got := keys(f.withdrawn); !slices.Equal(got, []string{"mobile", "home", "memo", "age"}) {
		t.Errorf("the held proposal keeps %v, want every value", got)
	}
	_, declinedID, _ := model.ParseGlobalID(f.declined)
	var rows []*model.CustomFieldValue
	must(t, e.st.DB.NewSelect().Model(&rows).Where("owner_type = ?", model.OwnerProposal).Where("owner_id = ?", declinedID).Scan(context.Background()))
	if len(rows) != 1 || rows[0].Text == nil || *rows[0].Text != "公開の事実" {
		t.Errorf("stored values of the purged proposal: %+v", rows)
	}
	for _, ed := range edges(e.ok(purgeLogQuery, nil, desk...), "purgeLog") {
		if nodeField(ed, "recordId") == f.declined {
			parts := get(ed, "node", "parts").([]any)
			if !slices.Equal(parts, []any{"contact", "messages", "attachments", "customFields"}) {
				t.Errorf("parts: %v", parts)
			}
		}
	}
	after := e.ok(deskStatisticsQuery, statsVars, desk...)
	if !equalJSON(before, after) {
		b, _ := json.Marshal(before)
		a, _ := json.Marshal(after)
		t.Fatalf("statistics changed by the purge:\nbefore %s\nafter  %s", b, a)
	}
}
