package pppdesk_test

import (
	"bytes"
	"context"
	"encoding/json"
	"os/exec"
	"regexp"
	"strings"
	"testing"

	"github.com/pppdesk/pppdesk/disclosure"
	"github.com/pppdesk/pppdesk/disclosure/render"
	"github.com/pppdesk/pppdesk/model"
)

// customDisclosureFields are the proposal custom fields of the tests below: by visibility
// without a level of their own, and with the definition's own default level.
var customDisclosureFields = []map[string]any{
	{"key": "staffNote", "labelJa": "審査メモ", "type": "LONG_TEXT", "visibility": "STAFF"},
	{"key": "pubFact", "labelJa": "公開事実", "type": "TEXT", "visibility": "PUBLIC"},
	{"key": "partner", "labelJa": "連携先", "type": "TEXT", "visibility": "PROPOSER"},
	{"key": "cost", "labelJa": "概算費用", "type": "NUMBER", "visibility": "PROPOSER", "disclosureLevel": "PROTECTED_BUSINESS", "disclosureReason": "原価に当たるため"},
	{"key": "mobile", "labelJa": "携帯電話", "type": "TEXT", "visibility": "PROPOSER", "disclosureLevel": "PERSONAL_DATA", "disclosureReason": "個人の携帯電話番号"},
	{"key": "founded", "labelJa": "設立日", "type": "DATE", "visibility": "PUBLIC"},
	{"key": "nda", "labelJa": "秘密保持契約", "type": "BOOLEAN", "visibility": "PUBLIC"},
	{"key": "area", "labelJa": "対象地区", "type": "SINGLE_CHOICE", "visibility": "PUBLIC", "choices": []any{map[string]any{"value": "north", "labelJa": "北部地区"}}},
}

// defineCustomDisclosure defines the fields and has the desk fill them on w's proposal; it
// answers the fields' IDs by key.
func defineCustomDisclosure(t *testing.T, w *disclosureWorld) map[string]string {
	t.Helper()
	ids := map[string]string{}
	for _, f := range customDisclosureFields {
		in := map[string]any{"target": "PROPOSAL"}
		for k, v := range f {
			in[k] = v
		}
		ids[f["key"].(string)] = w.e.define(w.desk, in)
	}
	vals := []any{
		map[string]any{"key": "staffNote", "text": "審査の所感：財務内容に懸念あり"},
		map[string]any{"key": "pubFact", "text": "公開の事実"},
		map[string]any{"key": "partner", "text": "みちのく大学"},
		map[string]any{"key": "cost", "number": 1234567},
		map[string]any{"key": "mobile", "text": "090-1234-5678"},
		map[string]any{"key": "founded", "date": "2020-04-01"},
		map[string]any{"key": "nda", "boolean": true},
		map[string]any{"key": "area", "choices": []any{"north"}},
	}
	w.e.ok(setProposalFields, map[string]any{"id": w.proposal, "v": proposalVersion(t, w.e, w.proposal, w.desk), "cf": vals}, w.desk...)
	return ids
}

func TestCustomFieldDisclosureLevels(t *testing.T) {
	t.Parallel()
	w := newDisclosureWorld(t)
	e := w.e
	ids := defineCustomDisclosure(t, w)
	internal := disclosure.DefaultTable.InternalNote.Reason

	// Defaults: STAFF withheld as internal deliberation, PUBLIC and PROPOSER disclosable, the
	// definition's own level over both.
	got := w.levels(w.desk)
	for _, c := range []struct {
		key, level string
		reason     any
	}{
		{"staffNote", "WITHHELD_OTHER", internal},
		{"pubFact", "DISCLOSABLE", nil},
		{"partner", "DISCLOSABLE", nil},
		{"cost", "PROTECTED_BUSINESS", "原価に当たるため"},
		{"mobile", "PERSONAL_DATA", "個人の携帯電話番号"},
	} {
		f := got["customFields."+c.key]
		if f == nil || f["level"] != c.level || f["reason"] != c.reason || f["isDefault"] != true {
			t.Errorf("customFields.%s: %v, want the default %s (%v)", c.key, f, c.level, c.reason)
		}
	}
	// Each reader sees the levels of the fields it may see, no more.
	for name, c := range map[string]struct {
		h     []string
		staff bool
	}{"proposer": {w.p1, false}, "department": {w.keizai, true}} {
		got := w.levels(c.h)
		if (got["customFields.staffNote"] != nil) != c.staff || got["customFields.cost"] == nil || got["customFields.pubFact"] == nil {
			t.Errorf("%s sees the custom levels %v", name, got)
		}
	}

	// The definition answers its own level to who reads levels, and null to the public.
	defs := `{ customFieldDefinitions(target: PROPOSAL) { key disclosureLevel disclosureReason } }`
	for name, h := range map[string][]string{"desk": w.desk, "public": nil} {
		for _, d := range get(e.ok(defs, nil, h...), "customFieldDefinitions").([]any) {
			want := map[string]any{"cost": "PROTECTED_BUSINESS", "mobile": "PERSONAL_DATA"}[get(d, "key").(string)]
			if name == "public" {
				want = nil
			}
			if get(d, "disclosureLevel") != want {
				t.Errorf("%s reads %v, want level %v", name, d, want)
			}
		}
	}

	// A definition's withheld level needs a reason; a reason needs a level.
	for name, in := range map[string]map[string]any{
		"no reason":        {"disclosureLevel": "PERSONAL_DATA"},
		"reason, no level": {"disclosureReason": "理由"},
	} {
		in["key"], in["target"], in["labelJa"], in["type"] = "bad", "PROPOSAL", "不正", "TEXT"
		if r := e.fails("BAD_USER_INPUT", defineField, map[string]any{"in": in}, w.desk...); r.Errors[0].Extensions["field"] != "input.disclosureReason" {
			t.Errorf("%s: %s", name, r.Raw)
		}
	}
	// Changing the definition's level changes the default, audited with the definition.
	upd := `mutation($id: ID!, $in: CustomFieldDefinitionInput!) { updateCustomField(id: $id, input: $in) { disclosureLevel } }`
	e.ok(upd, map[string]any{"id": ids["pubFact"], "in": map[string]any{"key": "pubFact", "target": "PROPOSAL", "labelJa": "公開事実", "type": "TEXT",
		"visibility": "PUBLIC", "disclosureLevel": "PERSONAL_DATA", "disclosureReason": "個人名を含む"}}, w.desk...)
	if f := w.levels(w.desk)["customFields.pubFact"]; f["level"] != "PERSONAL_DATA" || f["isDefault"] != true {
		t.Errorf("after the definition's change: %v", f)
	}
	if a := w.audits("customField.update"); len(a) != 1 || !strings.Contains(a[0].Changes, `"disclosureLevel":["","PERSONAL_DATA"]`) {
		t.Errorf("audit of the definition's change: %v", a)
	}
	// An update that omits the level (a form fixing a label) keeps the level and its reason,
	// a new reason alone replaces the reason, and only an explicit null returns to policy.
	defLevel := func() (any, any) {
		for _, d := range get(e.ok(defs, nil, w.desk...), "customFieldDefinitions").([]any) {
			if get(d, "key") == "pubFact" {
				return get(d, "disclosureLevel"), get(d, "disclosureReason")
			}
		}
		t.Fatal("pubFact is gone")
		return nil, nil
	}
	for _, c := range []struct {
		name          string
		in            map[string]any
		level, reason any
	}{
		{"label only", map[string]any{"labelJa": "公開の事実"}, "PERSONAL_DATA", "個人名を含む"},
		{"reason only", map[string]any{"disclosureReason": "個人名と住所を含む"}, "PERSONAL_DATA", "個人名と住所を含む"},
		{"label again", map[string]any{"labelJa": "公開事実", "labelEn": "Fact"}, "PERSONAL_DATA", "個人名と住所を含む"},
		{"explicit null", map[string]any{"disclosureLevel": nil}, nil, nil},
	} {
		in := map[string]any{"key": "pubFact", "target": "PROPOSAL", "labelJa": "公開事実", "type": "TEXT", "visibility": "PUBLIC"}
		for k, v := range c.in {
			in[k] = v
		}
		e.ok(upd, map[string]any{"id": ids["pubFact"], "in": in}, w.desk...)
		if l, r := defLevel(); l != c.level || r != c.reason {
			t.Errorf("%s: the definition's level %v (%v), want %v (%v)", c.name, l, r, c.level, c.reason)
		}
	}
	if f := w.levels(w.desk)["customFields.pubFact"]; f["level"] != "DISCLOSABLE" || f["isDefault"] != true {
		t.Errorf("after the explicit null: %v", f)
	}

	// The desk sets the level of a custom field's value; the change is audited.
	e.ok(setLevel, map[string]any{"id": w.proposal, "t": map[string]any{"field": "customFields.staffNote"}, "l": "DISCLOSABLE"}, w.desk...)
	if f := w.levels(w.desk)["customFields.staffNote"]; f["level"] != "DISCLOSABLE" || f["isDefault"] != false {
		t.Errorf("staffNote after the change: %v", f)
	}
	entries := w.audits("proposal.disclosureLevel")
	if len(entries) != 1 {
		t.Fatalf("%d audit entries, want 1", len(entries))
	}
	var ch map[string]any
	if err := json.Unmarshal([]byte(entries[0].Changes), &ch); err != nil {
		t.Fatal(err)
	}
	if lv, _ := json.Marshal(ch["level"]); string(lv) != `["WITHHELD_OTHER","DISCLOSABLE"]` || !strings.Contains(ch["target"].(string), "customFields.staffNote") {
		t.Errorf("audit of the change: %s", entries[0].Changes)
	}

	// The proposer asks for protection of a value it sees; the request is audited and shown.
	e.ok(askProtect, map[string]any{"id": w.proposal, "t": map[string]any{"field": "customFields.partner"}, "r": "連携先は未公表"}, w.p1...)
	if pr := w.levels(w.desk)["customFields.partner"]["protectionRequested"]; get(pr, "reason") != "連携先は未公表" {
		t.Errorf("the request as the desk reads it: %v", pr)
	}
	if a := w.audits("proposal.requestProtection"); len(a) != 1 || !strings.Contains(a[0].Changes, "customFields.partner") {
		t.Errorf("audit of the request: %v", a)
	}

	// An unknown key and one the caller may not see are answered alike, naming the field.
	for name, c := range map[string]struct {
		op, field string
		h         []string
	}{
		"unknown key (desk)":         {setLevel, "customFields.nope", w.desk},
		"unknown key (proposer)":     {askProtect, "customFields.nope", w.p1},
		"STAFF field (proposer)":     {askProtect, "customFields.staffNote", w.p1},
		"a key without the prefix":   {setLevel, "staffNote", w.desk},
		"the prefix without a field": {setLevel, "customFields.", w.desk},
	} {
		vars := map[string]any{"id": w.proposal, "t": map[string]any{"field": c.field}, "l": "DISCLOSABLE", "r": "理由"}
		if c.op == askProtect {
			delete(vars, "l")
		}
		r := e.fails("BAD_USER_INPUT", c.op, vars, c.h...)
		if r.Errors[0].Extensions["field"] != "target.field" || !strings.Contains(r.Errors[0].Message, c.field) {
			t.Errorf("%s: %s", name, r.Raw)
		}
		if c.field == "customFields.staffNote" && strings.Contains(r.Errors[0].Message, "審査メモ") {
			t.Errorf("%s: the error names the hidden field's label: %s", name, r.Raw)
		}
	}

	// Who may do what on custom field levels.
	set := map[string]any{"id": w.proposal, "t": map[string]any{"field": "customFields.cost"}, "l": "DISCLOSABLE"}
	ask := map[string]any{"id": w.proposal, "t": map[string]any{"field": "customFields.cost"}, "r": "理由"}
	for _, c := range []struct {
		name, op string
		vars     map[string]any
		h        []string
		code     string
	}{
		{"department sets", setLevel, set, w.keizai, "FORBIDDEN"},
		{"proposer sets", setLevel, set, w.p1, "FORBIDDEN"},
		{"other proposer sets", setLevel, set, w.p2, "NOT_FOUND"},
		{"other department sets", setLevel, set, w.kankyo, "NOT_FOUND"},
		{"public sets", setLevel, set, nil, "UNAUTHENTICATED"},
		{"desk asks", askProtect, ask, w.desk, "FORBIDDEN"},
		{"department asks", askProtect, ask, w.keizai, "FORBIDDEN"},
		{"other proposer asks", askProtect, ask, w.p2, "NOT_FOUND"},
		{"public asks", askProtect, ask, nil, "UNAUTHENTICATED"},
	} {
		if r := e.post(c.op, c.vars, c.h...); r.code() != c.code {
			t.Errorf("%s: %s, want %s", c.name, r.Raw, c.code)
		}
	}
	if n := len(w.audits("proposal.disclosureLevel")) + len(w.audits("proposal.requestProtection")); n != 2 {
		t.Errorf("refused operations left audit entries: %d, want 2", n)
	}
	// Other proposers, other departments and the public see no levels at all.
	for name, h := range map[string][]string{"other proposer": w.p2, "other department": w.kankyo, "public": nil} {
		if r := e.post(levelsQuery, map[string]any{"id": w.proposal}, h...); get(r.Data, "proposal") != nil {
			t.Errorf("%s sees the proposal's levels: %s", name, r.Raw)
		}
	}

	// Deleting a definition deletes the levels set on its values.
	countOverrides := func() int {
		n, err := e.st.DB.NewSelect().Model((*model.DisclosureOverride)(nil)).Where("target_kind = ?", model.TargetCustomField).Count(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		return int(n)
	}
	before := countOverrides()
	e.ok(`mutation($id: ID!) { deleteCustomField(id: $id) }`, map[string]any{"id": ids["staffNote"]}, w.desk...)
	if after := countOverrides(); before != 2 || after != 1 {
		t.Errorf("overrides before and after deleting staffNote: %d, %d; want 2, 1", before, after)
	}
}

// TestDisclosureCopyCustomFieldsAndRepeats: the copy (HTML and PDF, through the download
// route) shows the proposal's custom fields formatted, blacks out the withheld ones, and
// blacks out withheld contact and custom values where the proposal's body or a message
// repeats them, in any of their written forms.
func TestDisclosureCopyCustomFieldsAndRepeats(t *testing.T) {
	t.Parallel()
	w := newDisclosureWorldWith(t, "当社（担当：青森 花子、電話0170000000）は除雪データを活用します。費用は1,234,567円です。携帯 ０９０－１２３４－５６７８ まで。")
	e := w.e
	defineCustomDisclosure(t, w)
	e.ok(`mutation($id: ID!, $b: String!) { postProposalMessage(proposalId: $id, body: $b, internal: false) { proposal { id } } }`,
		map[string]any{"id": w.proposal, "b": "承知しました。\n--\n青森花子\nHANAKO@TECH.EXAMPLE.JP\n０１７－０００－００００ / 09012345678"}, w.p1...)

	withheld := []string{"青森花子", "hanako@tech.example.jp", "017-000-0000", "0170000000", "０１７－０００－００００", "090-1234-5678", "09012345678",
		"０９０－１２３４－５６７８", "1234567", "1,234,567", "財務内容", "審査の所感", "課長判断"}
	disclosed := []string{"公開の事実", "みちのく大学", "2020年4月1日", "はい", "北部地区", "審査メモ", "概算費用", "携帯電話", "設立日",
		"除雪データを活用します", "承知しました", "法人等の正当な利益", "個人の携帯電話番号", "原価に当たるため"}
	check := func(name, text string) {
		t.Helper()
		squash := strings.ToLower(strings.Join(strings.Fields(text), ""))
		for _, s := range withheld {
			if strings.Contains(squash, strings.ToLower(s)) {
				t.Errorf("%s copy contains withheld %q", name, s)
			}
		}
		for _, s := range disclosed {
			if !strings.Contains(squash, s) {
				t.Errorf("%s copy lacks %q", name, s)
			}
		}
		// The repetitions are bars numbered like the parts they repeat.
		for _, s := range []string{"当社（担当：不開示（", "費用は不開示（", "携帯不開示（"} {
			if !strings.Contains(squash, s) {
				t.Errorf("%s copy lacks the bar in %q", name, s)
			}
		}
	}
	vars := map[string]any{"id": w.proposal, "ref": "R7-情公-13", "f": "HTML"}
	url := get(e.ok(produce, vars, w.desk...), "produceDisclosureCopy", "url").(string)
	code, page := e.download(url, w.desk...)
	if code != 200 {
		t.Fatalf("download: %d", code)
	}
	check("HTML", regexp.MustCompile(`<[^>]*>`).ReplaceAllString(string(page), ""))
	if !bytes.Contains(page, []byte(`<a href="#withheld-`)) {
		t.Error("the HTML has no bar linked to the list")
	}

	if _, err := render.FindFont(); err != nil {
		t.Skip("no Japanese font: the PDF is checked where fonts-ipafont is installed")
	}
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("no pdftotext: the PDF is checked where poppler-utils is installed")
	}
	vars["f"] = "PDF"
	url = get(e.ok(produce, vars, w.desk...), "produceDisclosureCopy", "url").(string)
	code, pdf := e.download(url, w.desk...)
	if code != 200 || !bytes.HasPrefix(pdf, []byte("%PDF")) {
		t.Fatalf("PDF download: %d", code)
	}
	cmd := exec.Command("pdftotext", "-enc", "UTF-8", "-", "-")
	cmd.Stdin = bytes.NewReader(pdf)
	out, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	check("PDF", string(out))
}

// TestDisclosureCopyRepeatsOnlyIdentifiers: where the proposal's body and a message repeat
// withheld values, the copy blacks out the identifying ones (a TEXT value, an amount) and
// leaves alone what only looks like them — a choice label, a short number, a date, an
// internal note's body, a number inside another number — whose bar would name the withheld
// value by its context (issue 14 review).
func TestDisclosureCopyRepeatsOnlyIdentifiers(t *testing.T) {
	t.Parallel()
	w := newDisclosureWorldWith(t, "青森市内の除雪を2026年12月に始めます。評価が高い地区から。設立は2020年4月1日、回答ははい。"+
		"費用は1,234,567円、代表 090-1234-5678。みちのく大学と連携します。")
	e := w.e
	protected := func(f map[string]any) map[string]any {
		f["target"], f["disclosureLevel"], f["disclosureReason"] = "PROPOSAL", "PROTECTED_BUSINESS", "経営上の情報"
		return f
	}
	for _, f := range []map[string]any{
		{"key": "rating", "labelJa": "評価", "type": "SINGLE_CHOICE", "visibility": "STAFF", "target": "PROPOSAL", // withheld as the desk's deliberation
			"choices": []any{map[string]any{"value": "high", "labelJa": "高い"}, map[string]any{"value": "low", "labelJa": "低い"}}},
		protected(map[string]any{"key": "region", "labelJa": "地域", "type": "SINGLE_CHOICE", "visibility": "PUBLIC",
			"choices": []any{map[string]any{"value": "aomori", "labelJa": "青森"}}}),
		protected(map[string]any{"key": "months", "labelJa": "期間（月）", "type": "NUMBER", "visibility": "PROPOSER"}),
		protected(map[string]any{"key": "cost", "labelJa": "概算費用", "type": "NUMBER", "visibility": "PROPOSER"}),
		protected(map[string]any{"key": "founded", "labelJa": "設立日", "type": "DATE", "visibility": "PUBLIC"}),
		protected(map[string]any{"key": "nda", "labelJa": "秘密保持契約", "type": "BOOLEAN", "visibility": "PUBLIC"}),
		protected(map[string]any{"key": "partner", "labelJa": "連携先", "type": "TEXT", "visibility": "PROPOSER"}),
	} {
		e.define(w.desk, f)
	}
	vals := []any{
		map[string]any{"key": "rating", "choices": []any{"high"}},
		map[string]any{"key": "region", "choices": []any{"aomori"}},
		map[string]any{"key": "months", "number": 12},
		map[string]any{"key": "cost", "number": 1234567},
		map[string]any{"key": "founded", "date": "2020-04-01"},
		map[string]any{"key": "nda", "boolean": true},
		map[string]any{"key": "partner", "text": "みちのく大学"},
	}
	e.ok(setProposalFields, map[string]any{"id": w.proposal, "v": proposalVersion(t, e, w.proposal, w.desk), "cf": vals}, w.desk...)
	post := `mutation($id: ID!, $b: String!, $i: Boolean!) { postProposalMessage(proposalId: $id, body: $b, internal: $i) { proposal { id } } }`
	e.ok(post, map[string]any{"id": w.proposal, "b": "了解", "i": true}, w.keizai...)
	e.ok(post, map[string]any{"id": w.proposal, "b": "了解しました。連携先のみちのく大学にも伝えます。", "i": false}, w.p1...)

	check := func(name, text string) {
		t.Helper()
		squash := strings.Join(strings.Fields(text), "")
		for _, s := range []string{"青森市内の除雪を", "2026年12月に始めます", "評価が高い地区から", "設立は2020年4月1日", "回答ははい",
			"代表090-1234-5678。", "了解しました。連携先の"} {
			if !strings.Contains(squash, s) {
				t.Errorf("%s copy lacks %q", name, s)
			}
		}
		for _, s := range []string{"1,234,567", "みちのく大学"} {
			if strings.Contains(squash, s) {
				t.Errorf("%s copy contains withheld %q", name, s)
			}
		}
		for _, s := range []string{"費用は不開示（", "）と連携します。", "連携先の不開示（"} {
			if !strings.Contains(squash, s) {
				t.Errorf("%s copy lacks the bar in %q", name, s)
			}
		}
	}
	vars := map[string]any{"id": w.proposal, "ref": "R7-情公-14", "f": "HTML"}
	url := get(e.ok(produce, vars, w.desk...), "produceDisclosureCopy", "url").(string)
	code, page := e.download(url, w.desk...)
	if code != 200 {
		t.Fatalf("download: %d", code)
	}
	check("HTML", regexp.MustCompile(`<[^>]*>`).ReplaceAllString(string(page), ""))

	if _, err := render.FindFont(); err != nil {
		t.Skip("no Japanese font: the PDF is checked where fonts-ipafont is installed")
	}
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("no pdftotext: the PDF is checked where poppler-utils is installed")
	}
	vars["f"] = "PDF"
	url = get(e.ok(produce, vars, w.desk...), "produceDisclosureCopy", "url").(string)
	code, pdf := e.download(url, w.desk...)
	if code != 200 {
		t.Fatalf("PDF download: %d", code)
	}
	cmd := exec.Command("pdftotext", "-enc", "UTF-8", "-", "-")
	cmd.Stdin = bytes.NewReader(pdf)
	out, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	check("PDF", string(out))
}
