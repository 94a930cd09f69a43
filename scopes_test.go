package pppdesk_test

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/coder/websocket"
	"github.com/coder/websocket/wsjson"

	"github.com/pppdesk/pppdesk"
	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/notify"
)

// rowID answers the database ID inside a global ID.
func rowID(t *testing.T, id any) int64 {
	t.Helper()
	_, n, ok := model.ParseGlobalID(id.(string))
	if !ok {
		t.Fatalf("not a global ID: %v", id)
	}
	return n
}

// TestFileRoutesKeepOwnerPolicy: a file is served only under its owner's policy, whatever
// route names it. A draft announcement's media file whose owner row number equals a
// proposer's proposal is not an attachment of that proposal, and a proposal's file is not
// content media.
func TestFileRoutesKeepOwnerPolicy(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	p1, desk := e.login("proposer1@demo.pppdesk.jp"), e.login("desk@demo.pppdesk.jp")
	pid := get(e.ok(createProposal, map[string]any{"in": proposalInput("FREE", nil)}, p1...), "createProposal", "proposal", "id")
	// The announcement with the same row number as the proposal, made a draft (made so when
	// the database's ids of the two tables are not in step, as in a reused test database).
	ann := &model.Announcement{ID: rowID(t, pid)}
	res, err := e.st.DB.NewUpdate().Model(ann).Set("publication_state = ?", model.StateDraft).WherePK().Exec(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		at := time.Now().UTC().Truncate(time.Second)
		ann = &model.Announcement{ID: ann.ID, MunicipalityID: e.mid("aomori"), Title: "下書き", Category: "news",
			Publishing: model.Publishing{PublicationState: model.StateDraft, Version: 1}, Stamps: stamps(at)}
		e.insert(ann)
	}
	r := e.uploadTo(`mutation($p: ID!, $f: Upload!) { attachMedia(contentId: $p, file: $f) { id url } }`,
		model.GlobalID(model.OwnerAnnouncement, ann.ID), "draft.pdf", tinyPDF, desk...)
	if r.code() != "" {
		t.Fatalf("attach media: %s", r.Raw)
	}
	mediaRow := rowID(t, get(r.Data, "attachMedia", "id"))
	r = e.upload(pid, "提案書.pdf", tinyPDF, p1...)
	if r.code() != "" {
		t.Fatalf("attach file: %s", r.Raw)
	}
	fileRow := rowID(t, get(r.Data, "attachFile", "id"))

	for name, c := range map[string]struct {
		url     string
		headers []string
	}{
		"media row through /attachments as the proposer": {"/attachments/" + model.GlobalID("Attachment", mediaRow), p1},
		"media row through /attachments as the desk":     {"/attachments/" + model.GlobalID("Attachment", mediaRow), desk},
		"proposal file through /media as the proposer":   {"/media/" + model.GlobalID("Media", fileRow), p1},
		"proposal file through /media as the desk":       {"/media/" + model.GlobalID("Media", fileRow), desk},
		"proposal file through /media anonymously":       {"/media/" + model.GlobalID("Media", fileRow), nil},
	} {
		if code, _ := e.download(c.url, c.headers...); code != http.StatusNotFound {
			t.Errorf("%s: %d, want 404", name, code)
		}
	}
	// The right routes still serve them.
	if code, _ := e.download("/attachments/"+model.GlobalID("Attachment", fileRow), p1...); code != 200 {
		t.Errorf("own attachment: %d", code)
	}
	if code, _ := e.download("/media/"+model.GlobalID("Media", mediaRow), desk...); code != 200 {
		t.Errorf("desk media: %d", code)
	}
}

// oldCursor forges a cursor of the former format, which named a row by ID only.
func oldCursor(key, dir string, row int64) string {
	return base64.RawURLEncoding.EncodeToString([]byte(fmt.Sprintf("c1|%s|%s|%d", key, dir, row)))
}

// cursorFor forges a cursor of the current format with a chosen sort value and row ID.
func cursorFor(key, dir string, row int64, value string) string {
	return base64.RawURLEncoding.EncodeToString([]byte(fmt.Sprintf("c2|%s|%s|%d|v%s", key, dir, row, value)))
}

// TestCursorNamingHiddenRow: a cursor never reveals anything about a row the same query
// would not return. A proposer names another organization's draft, and a desk of another
// municipality names this one's draft: the cursor is refused (BAD_USER_INPUT), or, carrying
// a sort value, answers exactly what the value alone answers, whatever row it names.
func TestCursorNamingHiddenRow(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	p1, p2 := e.login("proposer1@demo.pppdesk.jp"), e.login("proposer2@demo.pppdesk.jp")
	in := proposalInput("FREE", nil)
	in["title"] = "M 秘密の提案"
	secret := rowID(t, get(e.ok(createProposal, map[string]any{"in": in}, p1...), "createProposal", "proposal", "id"))
	for _, title := range []string{"A 公開前の提案", "Z 公開前の提案"} {
		in := proposalInput("FREE", nil)
		in["title"] = title
		e.ok(createProposal, map[string]any{"in": in}, p2...)
	}
	const list = `query($after: String) { proposals(first: 10, after: $after, orderBy: {field: TITLE, direction: ASC}) { edges { node { title } } } }`
	titles := func(r response) []string {
		var out []string
		for _, ed := range edges(r.Data, "proposals") {
			out = append(out, nodeField(ed, "title").(string))
		}
		return out
	}
	// The former format named the hidden row by ID: refused now.
	r := e.post(list, map[string]any{"after": oldCursor("TITLE", "A", secret)}, p2...)
	if r.code() != "BAD_USER_INPUT" || len(titles(r)) != 0 {
		t.Fatalf("ID-only cursor naming another organization's draft: %s", r.Raw)
	}
	// A cursor carrying a value answers by the value; the row it names plays no part.
	for _, value := range []string{"M", "M 秘密の提案", "N"} {
		hidden := e.post(list, map[string]any{"after": cursorFor("TITLE", "A", secret, value)}, p2...)
		none := e.post(list, map[string]any{"after": cursorFor("TITLE", "A", 1<<40, value)}, p2...)
		if hidden.code() != "" || fmt.Sprint(titles(hidden)) != fmt.Sprint(titles(none)) {
			t.Fatalf("value %q: naming the hidden row %v, naming no row %v", value, titles(hidden), titles(none))
		}
		for _, title := range titles(hidden) {
			if title == "M 秘密の提案" {
				t.Fatalf("another organization's draft listed: %s", hidden.Raw)
			}
		}
	}
	// Tampered cursors are bad input, never INTERNAL.
	for _, c := range []string{cursorFor("TITLE", "A", 0, "x"), cursorFor("TITLE", "A", 5, "\x00"), cursorFor("TITLE", "A", 5, "\xff\xfe"),
		"%%%", oldCursor("TITLE", "A", 1), cursorFor("TITLE", "A", 5, strings.Repeat("x", 5000))} {
		if r := e.post(list, map[string]any{"after": c}, p2...); r.code() != "BAD_USER_INPUT" {
			t.Errorf("cursor %q: %s", c, r.Raw)
		}
	}
	if r := e.post(strings.Replace(list, `, orderBy: {field: TITLE, direction: ASC}`, "", 1),
		map[string]any{"after": cursorFor("CREATED_AT", "D", 5, "yesterday")}, p2...); r.code() != "BAD_USER_INPUT" {
		t.Errorf("unparsable time in a cursor: %s", r.Raw)
	}

	// A desk of another municipality names this municipality's draft challenge.
	other := e.municipality("hirosaki", "弘前市")
	hash, err := cheapHash("hirosaki desk password")
	if err != nil {
		t.Fatal(err)
	}
	e.insert(&model.User{MunicipalityID: other.ID, Email: "desk@hirosaki.example.jp", PasswordHash: hash, DisplayName: "弘前デスク", Role: model.RoleDesk, Stamps: stamps(testNow)})
	tok := e.ok(`mutation { login(email: "desk@hirosaki.example.jp", password: "hirosaki desk password") { token } }`, nil, "X-Municipality", "hirosaki")
	hirosaki := []string{"Authorization", "Bearer " + get(tok, "login", "token").(string)}
	for _, title := range []string{"A 弘前の課題", "Z 弘前の課題"} {
		e.insert(&model.Challenge{MunicipalityID: other.ID, Title: title, Publishing: model.Publishing{PublicationState: model.StateDraft, Version: 1}, Stamps: stamps(testNow)})
	}
	draft := &model.Challenge{MunicipalityID: e.mid("aomori"), Title: "M 青森の下書き", Publishing: model.Publishing{PublicationState: model.StateDraft, Version: 1}, Stamps: stamps(testNow)}
	e.insert(draft)
	const challenges = `query($after: String) { challenges(first: 10, after: $after, orderBy: {field: TITLE, direction: ASC}) { edges { node { title } } } }`
	if r := e.post(challenges, map[string]any{"after": oldCursor("TITLE", "A", draft.ID)}, hirosaki...); r.code() != "BAD_USER_INPUT" {
		t.Fatalf("ID-only cursor naming another municipality's draft: %s", r.Raw)
	}
	a := e.post(challenges, map[string]any{"after": cursorFor("TITLE", "A", draft.ID, "B")}, hirosaki...)
	b := e.post(challenges, map[string]any{"after": cursorFor("TITLE", "A", 1<<40, "B")}, hirosaki...)
	if a.code() != "" || a.Raw != b.Raw || !strings.Contains(a.Raw, "Z 弘前の課題") || strings.Contains(a.Raw, "青森") {
		t.Fatalf("cursor naming another municipality's draft: %s vs %s", a.Raw, b.Raw)
	}
}

// coordinatedProposal makes a proposal of proposer1 that went through internal coordination:
// assigned to 経済部, then also to 環境部, answered by 経済部, and declined with a reason.
func coordinatedProposal(e *env) (id any) {
	p1, desk, keizai := e.login("proposer1@demo.pppdesk.jp"), e.login("desk@demo.pppdesk.jp"), e.login("keizai@demo.pppdesk.jp")
	id = get(e.ok(createProposal, map[string]any{"in": proposalInput("FREE", nil)}, p1...), "createProposal", "proposal", "id")
	e.ok(`mutation($id: ID!) { submitProposal(id: $id, acceptTerms: true) { proposal { id } } }`, map[string]any{"id": id}, p1...)
	deps := e.departmentIDs()
	for _, d := range []string{"経済部", "環境部"} {
		e.ok(`mutation($id: ID!, $d: [ID!]!) { assignProposal(id: $id, departmentIds: $d) { proposal { id } } }`, map[string]any{"id": id, "d": []any{deps[d]}}, desk...)
	}
	e.ok(`mutation($id: ID!) { respondToAssignment(id: $id, opinion: "社内調整中につき困難（内部意見）", feasible: false) { proposal { id } } }`, map[string]any{"id": id}, keizai...)
	return id
}

// TestInternalCoordinationHiddenFromProposers: the departments' feasibility opinion and the
// history entries of internal coordination (庁内調整) never reach the proposer, by any path;
// the desk's decision and its reason do.
func TestInternalCoordinationHiddenFromProposers(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	id := coordinatedProposal(e)
	p1, desk, keizai := e.login("proposer1@demo.pppdesk.jp"), e.login("desk@demo.pppdesk.jp"), e.login("keizai@demo.pppdesk.jp")
	e.ok(`mutation($id: ID!) { decideProposal(id: $id, decision: DECLINED, reason: "今回は見送ります") { proposal { id } } }`, map[string]any{"id": id}, desk...)
	const read = `query($id: ID!) { proposal(id: $id) { status assignments { department { name } opinion feasible respondedAt } history { action reason } } }`
	const viaNode = `query($id: ID!) { node(id: $id) { ... on Proposal { assignments { opinion feasible respondedAt } history { action reason } } } }`

	for _, q := range []string{read, viaNode} {
		r := e.post(q, map[string]any{"id": id}, p1...)
		if r.code() != "" {
			t.Fatalf("proposer read: %s", r.Raw)
		}
		if strings.Contains(r.Raw, "内部意見") || strings.Contains(r.Raw, "feasible=") || strings.Contains(r.Raw, "RESPOND") ||
			strings.Contains(r.Raw, `"feasible":false`) {
			t.Errorf("proposer sees internal coordination: %s", r.Raw)
		}
		if !strings.Contains(r.Raw, "今回は見送ります") || !strings.Contains(r.Raw, "DECIDE") {
			t.Errorf("proposer misses the decision and its reason: %s", r.Raw)
		}
	}
	d := e.ok(read, map[string]any{"id": id}, p1...)
	for _, a := range get(d, "proposal", "assignments").([]any) {
		if get(a, "opinion") != nil || get(a, "feasible") != nil || get(a, "respondedAt") != nil {
			t.Errorf("proposer sees the opinion: %v", a)
		}
	}
	// Staff of the desk and of the assigned department read all of it.
	for name, h := range map[string][]string{"desk": desk, "assigned department": keizai} {
		r := e.post(read, map[string]any{"id": id}, h...)
		if !strings.Contains(r.Raw, "内部意見") || !strings.Contains(r.Raw, "RESPOND") || !strings.Contains(r.Raw, `"feasible":false`) {
			t.Errorf("%s misses internal coordination: %s", name, r.Raw)
		}
	}
}

// TestPrivatePartnerThroughPublishedContent: a private organization named by a published case
// study shows only its public fields (name, legal form) to those who may not read its profile.
func TestPrivatePartnerThroughPublishedContent(t *testing.T) {
	t.Parallel()
	e := newEnv(t, true)
	mid := e.mid("aomori")
	org := &model.Organization{MunicipalityID: mid, Name: "非公開の協力会社", Kana: "ヒコウカイ", Kind: model.OrgCorporation, CorporateNumber: "7000012010001",
		Website: "https://private.example.jp", Address: "青森市秘密町1-1", Description: "非公開の紹介文", Public: false, Version: 1, Stamps: stamps(testNow)}
	e.insert(org)
	cs := &model.CaseStudy{MunicipalityID: mid, Title: "非公開パートナーの事例", Category: model.CaseOther, Publishing: published(testNow.Add(-time.Hour)), Stamps: stamps(testNow)}
	e.insert(cs)
	e.insert(&model.ContentPartner{MunicipalityID: mid, OwnerType: model.OwnerCaseStudy, OwnerID: cs.ID, OrganizationID: org.ID})
	const q = `query($id: ID!) { caseStudy(id: $id) { partners { name kind kana corporateNumber website address description } } }`
	const list = `{ caseStudies(first: 100) { edges { node { title partners { name kana corporateNumber website address description } } } } }`
	private := []string{"ヒコウカイ", "7000012010001", "private.example.jp", "秘密町", "非公開の紹介文"}
	for name, h := range map[string][]string{"anonymous": nil, "another organization's proposer": e.login("proposer2@demo.pppdesk.jp"), "a department": e.login("keizai@demo.pppdesk.jp")} {
		for _, query := range []string{q, list} {
			r := e.post(query, map[string]any{"id": cs.GetID()}, h...)
			if r.code() != "" || !strings.Contains(r.Raw, "非公開の協力会社") {
				t.Fatalf("%s: %s", name, r.Raw)
			}
			for _, s := range private {
				if strings.Contains(r.Raw, s) {
					t.Errorf("%s reads %q of a private profile: %s", name, s, r.Raw)
				}
			}
		}
	}
	r := e.post(q, map[string]any{"id": cs.GetID()}, e.login("desk@demo.pppdesk.jp")...)
	for _, s := range private {
		if !strings.Contains(r.Raw, s) {
			t.Errorf("desk misses %q: %s", s, r.Raw)
		}
	}
}

// wsMessage is one graphql-transport-ws message.
type wsMessage struct {
	ID      string          `json:"id"`
	Type    string          `json:"type"`
	Payload json.RawMessage `json:"payload"`
}

// subscriptionReader reads every message of a subscription into a channel, so a test can wait
// for one without a read timeout (which would close the connection).
func subscriptionReader(ctx context.Context, c *websocket.Conn) <-chan wsMessage {
	out := make(chan wsMessage, 64)
	go func() {
		defer close(out)
		for {
			var m wsMessage
			if err := wsjson.Read(ctx, c, &m); err != nil {
				return
			}
			out <- m
		}
	}()
	return out
}

// actionOf answers the event action of a "next" message.
func actionOf(t *testing.T, m wsMessage) string {
	t.Helper()
	var p struct {
		Data struct {
			ProposalEvents struct{ Event struct{ Action string } }
		}
	}
	must(t, json.Unmarshal(m.Payload, &p))
	return p.Data.ProposalEvents.Event.Action
}

// liveSubscription subscribes proposer p to proposal events and returns once the stream is
// known to deliver: it creates proposals until one arrives, then submits proposal id and
// waits for that, so every earlier event has been read.
func liveSubscription(t *testing.T, e *env, url string, p []string, id any) <-chan wsMessage {
	t.Helper()
	return liveSubscriptionOf(t, e, url, p, id, `subscription { proposalEvents { proposal { id } event { action } } }`)
}

// liveSubscriptionOf is liveSubscription with the caller's subscription query q, which
// must select the event's action.
func liveSubscriptionOf(t *testing.T, e *env, url string, p []string, id any, q string) <-chan wsMessage {
	t.Helper()
	c, ctx := subscribe(t, url, p, q, nil)
	msgs := subscriptionReader(ctx, c)
	for live := false; !live; {
		e.ok(createProposal, map[string]any{"in": proposalInput("FREE", nil)}, p...)
		select {
		case m, ok := <-msgs:
			if !ok || m.Type != "next" {
				t.Fatalf("subscription: %s %s", m.Type, m.Payload)
			}
			live = true
		case <-time.After(200 * time.Millisecond):
		case <-ctx.Done():
			t.Fatal("subscription never delivered")
		}
	}
	e.ok(`mutation($id: ID!) { submitProposal(id: $id, acceptTerms: true) { proposal { id } } }`, map[string]any{"id": id}, p...)
	for {
		m, ok := <-msgs
		if !ok || m.Type != "next" {
			t.Fatalf("subscription: %s %s", m.Type, m.Payload)
		}
		if actionOf(t, m) == "SUBMIT" {
			return msgs
		}
	}
}

// TestSubscriptionEndsWithItsSignIn: a subscription ends, with UNAUTHENTICATED and no
// further event, once its token is signed out, expires, or its account is disabled.
func TestSubscriptionEndsWithItsSignIn(t *testing.T) {
	t.Parallel()
	for _, end := range []string{"logout", "disableAccount", "expiry"} {
		t.Run(end, func(t *testing.T) {
			t.Parallel()
			e := newEnvOpts(t, func(c *pppdesk.Config) { c.PollInterval = 20 * time.Millisecond })
			ts := httptest.NewServer(e.srv)
			defer ts.Close()
			p1, desk := e.login("proposer1@demo.pppdesk.jp"), e.login("desk@demo.pppdesk.jp")
			id := get(e.ok(createProposal, map[string]any{"in": proposalInput("FREE", nil)}, p1...), "createProposal", "proposal", "id")
			me := get(e.ok(`{ me { id } }`, nil, p1...), "me", "id")
			msgs := liveSubscription(t, e, ts.URL, p1, id)
			switch end {
			case "logout":
				e.ok(`mutation { logout }`, nil, p1...)
			case "disableAccount":
				e.ok(`mutation($id: ID!) { disableAccount(id: $id) { id } }`, map[string]any{"id": me}, desk...)
			case "expiry":
				e.mu.Lock()
				e.now = e.now.Add(13 * time.Hour)
				e.mu.Unlock()
				desk = e.login("desk@demo.pppdesk.jp")
			}
			// A change the proposer could see before: it must not arrive, the stream ends.
			e.ok(`mutation($id: ID!, $d: [ID!]!) { assignProposal(id: $id, departmentIds: $d) { proposal { id } } }`,
				map[string]any{"id": id, "d": []any{e.departmentIDs()["経済部"]}}, desk...)
			m, ok := <-msgs
			if !ok || m.Type != "error" || !strings.Contains(string(m.Payload), "UNAUTHENTICATED") {
				t.Fatalf("after %s: %v %s %s", end, ok, m.Type, m.Payload)
			}
		})
	}
}

// TestSubscriptionHidesInternalCoordination: a proposer's subscription does not deliver the
// departments' answers (RESPOND), but does deliver the decision.
func TestSubscriptionHidesInternalCoordination(t *testing.T) {
	t.Parallel()
	e := newEnvOpts(t, func(c *pppdesk.Config) { c.PollInterval = 20 * time.Millisecond })
	ts := httptest.NewServer(e.srv)
	defer ts.Close()
	p1, desk, keizai := e.login("proposer1@demo.pppdesk.jp"), e.login("desk@demo.pppdesk.jp"), e.login("keizai@demo.pppdesk.jp")
	id := get(e.ok(createProposal, map[string]any{"in": proposalInput("FREE", nil)}, p1...), "createProposal", "proposal", "id")
	msgs := liveSubscription(t, e, ts.URL, p1, id)
	e.ok(`mutation($id: ID!, $d: [ID!]!) { assignProposal(id: $id, departmentIds: $d) { proposal { id } } }`,
		map[string]any{"id": id, "d": []any{e.departmentIDs()["経済部"]}}, desk...)
	e.ok(`mutation($id: ID!) { respondToAssignment(id: $id, opinion: "内部意見", feasible: true) { proposal { id } } }`, map[string]any{"id": id}, keizai...)
	e.ok(`mutation($id: ID!) { decideProposal(id: $id, decision: ACCEPTED, reason: "採択します") { proposal { id } } }`, map[string]any{"id": id}, desk...)
	var actions []string
	for len(actions) == 0 || actions[len(actions)-1] != "DECIDE" {
		m, ok := <-msgs
		if !ok || m.Type != "next" {
			t.Fatalf("subscription: %s %s", m.Type, m.Payload)
		}
		actions = append(actions, actionOf(t, m))
	}
	if strings.Join(actions, ",") != "ASSIGN,DECIDE" {
		t.Fatalf("proposer received %v", actions)
	}
}

// TestSignUpDoesNotRevealRegistration: signUp answers exactly the same for a new address, for
// one that already has an account, and for the same address twice; only the mailbox learns
// which case it was.
func TestSignUpDoesNotRevealRegistration(t *testing.T) {
	t.Parallel()
	rec := &notify.Recorder{}
	e := newEnvWith(t, rec)
	input := func(email string) map[string]any {
		return map[string]any{"in": map[string]any{"email": email, "password": "sign-up password", "displayName": "登録者",
			"organization": map[string]any{"name": "新しい会社", "kind": "CORPORATION"}}}
	}
	fresh := e.post(signUp, input("new@example.jp"))
	again := e.post(signUp, input("new@example.jp"))
	taken := e.post(signUp, input("proposer1@demo.pppdesk.jp"))
	if fresh.code() != "" || fresh.Raw != again.Raw || fresh.Raw != taken.Raw || fresh.Status != taken.Status {
		t.Fatalf("answers differ: new %s, again %s, registered %s", fresh.Raw, again.Raw, taken.Raw)
	}
	e.ok(confirmSignUp, map[string]any{"t": confirmationCode(t, e, rec, "new@example.jp"), "p": "sign-up password"})
	if now := e.post(signUp, input("new@example.jp")); now.Raw != fresh.Raw {
		t.Fatalf("after registration: %s", now.Raw)
	}
	e.srv.WaitForNotifications()
	told := false
	for _, m := range rec.Messages() {
		if m.To == "proposer1@demo.pppdesk.jp" {
			told = strings.Contains(m.TextEN, "already has an account")
			if strings.Contains(m.TextEN, "confirmation code") {
				t.Fatalf("a registered address got a confirmation code: %+v", m)
			}
		}
	}
	if !told {
		t.Fatal("the registered address was not told")
	}
}
