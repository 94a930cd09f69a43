package demo

import (
	"bytes"
	"context"
	"fmt"
	"time"

	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/proposal"
	"github.com/pppdesk/pppdesk/storage"
	"github.com/pppdesk/pppdesk/store"
)

// Who wrote a sample message or acted in a sample history entry.
const (
	byProposer   = "proposer"   // the proposal's organization's account
	byDesk       = "desk"       // desk@demo.pppdesk.jp
	byDepartment = "department" // keizai@demo.pppdesk.jp (経済部)
)

// SampleMessage is one message of a sample proposal's dialogue, or an internal note
// (庁内メモ) between the desk and 経済部, DaysAgo before the load.
type SampleMessage struct {
	By       string
	Internal bool
	DaysAgo  float64
	Body     string
	// Attachment names a file the message carries (a small PDF, stored in the file store).
	Attachment string
}

// SampleProposal is a proposal the demo brings to a state of the life cycle, with its
// history, dialogue and internal coordination, so the staff admin has every case to show.
type SampleProposal struct {
	// Account is the demo proposer who wrote it (its organization proposes).
	Account                             string
	Kind                                model.ProposalKind
	Title, Summary, Body, DesiredScheme string
	Resources                           []Resource
	Merits                              []Merit
	Status                              model.ProposalStatus
	CreatedDaysAgo, SubmittedDaysAgo    float64
	AssignedDaysAgo, DueInDays          float64
	Assigned                            bool
	Answer                              string // 経済部's opinion; empty while unanswered
	Feasible                            bool
	AnsweredDaysAgo, DecidedDaysAgo     float64
	Reason                              string // the decision's or the withdrawal's reason
	Project                             string // the title of the project an accepted proposal led to
	Messages                            []SampleMessage
}

// SampleProposals are the demo's proposals, one or more in every state.
var SampleProposals = []SampleProposal{
	{Account: "proposer1@demo.pppdesk.jp", Kind: model.ProposalFree, Status: model.ProposalDraft, CreatedDaysAgo: 1,
		Title:         "除雪車の運行データを活用した除雪ルート最適化",
		Summary:       "除雪車のGPS運行記録と降雪予測をAIで分析し、出動順序と除雪ルートを最適化します。",
		Body:          "市内の除雪車に搭載されたGPSの運行記録と気象データを組み合わせ、路線ごとの除雪所要時間を推計します。降雪予測に応じた出動順序と巡回ルートを提案し、除雪完了までの時間短縮と燃料費の削減を目指します。（下書き：費用の見積りを追記予定）",
		DesiredScheme: "実証実験",
		Resources:     []Resource{{"CITY", "INFORMATION", "除雪車の運行記録（過去3シーズン分）"}, {"PARTNER", "PEOPLE", "データ分析の技術者2名"}},
		Merits:        []Merit{{"CITY", "除雪完了までの時間短縮と委託費の削減"}, {"PARTNER", "積雪寒冷地向けサービスの実績"}}},
	{Account: "proposer2@demo.pppdesk.jp", Kind: model.ProposalFree, Status: model.ProposalSubmitted, CreatedDaysAgo: 6, SubmittedDaysAgo: 2,
		Title:         "公民館の夜間開放によるねぶた囃子の練習場所の確保",
		Summary:       "使われていない夜間の公民館を、ねぶた囃子の団体の練習場所として開放し、担い手の育成につなげます。",
		Body:          "市内のねぶた囃子の団体は、騒音への配慮から練習場所の確保に苦労しています。防音設備のある公民館の集会室を平日夜間に開放していただければ、当ラボが利用調整と鍵の管理、清掃を担います。子ども向けの体験会も同時に開き、祭りの担い手の育成につなげます。",
		DesiredScheme: "公有財産の活用",
		Resources:     []Resource{{"CITY", "GOODS", "公民館の集会室（平日19時〜21時）"}, {"PARTNER", "PEOPLE", "利用調整・清掃を担うボランティア"}},
		Merits:        []Merit{{"CITY", "公共施設の稼働率向上と伝統文化の継承"}, {"PARTNER", "継続的な練習場所の確保"}},
		Messages: []SampleMessage{
			{By: byDesk, DaysAgo: 1.5, Body: "ご提案を受け付けました。対象となる公民館の利用状況を確認のうえ、担当課と調整いたします。"},
			{By: byDesk, Internal: true, DaysAgo: 1.4, Body: "市民部と教育委員会の所管を確認中。夜間の管理体制が論点になりそう。"},
		}},
	{Account: "proposer1@demo.pppdesk.jp", Kind: model.ProposalFree, Status: model.ProposalInDialogue, CreatedDaysAgo: 30, SubmittedDaysAgo: 25,
		Assigned: true, AssignedDaysAgo: 20, DueInDays: -5,
		Title:         "AIオンデマンド交通による郊外の移動支援の実証実験",
		Summary:       "路線バスの便数が少ない郊外で、予約に応じて経路を決めるAIオンデマンド交通を3か月間試行します。",
		Body:          "郊外の住宅地と中心市街地を結ぶ路線は便数が限られ、高齢者の通院や買い物に不便が生じています。スマートフォンと電話で予約を受け、AIが乗合の経路を決めるオンデマンド交通を、車両2台で3か月間運行します。運行データは市に提供し、地域公共交通計画の検討に役立てていただけます。",
		DesiredScheme: "実証実験",
		Resources:     []Resource{{"CITY", "INFORMATION", "地域公共交通の利用実態調査の結果"}, {"CITY", "GOODS", "市民センター前の乗降場所"}, {"PARTNER", "GOODS", "車両2台と配車システム"}},
		Merits:        []Merit{{"CITY", "交通空白地の移動手段の確保と運行データの取得"}, {"PARTNER", "積雪期の運行ノウハウの蓄積"}},
		Messages: []SampleMessage{
			{By: byDesk, DaysAgo: 24, Body: "ご提案ありがとうございます。運行区域の候補と、冬期の運行体制について資料をいただけますか。"},
			{By: byProposer, DaysAgo: 22, Body: "運行区域の候補図と冬期の運行体制をまとめた資料を添付しました。ご確認をお願いします。", Attachment: "運行計画の概要.pdf"},
			{By: byDesk, Internal: true, DaysAgo: 20, Body: "経済部に実施可否の検討を依頼しました。交通事業者との調整が必要かどうかも併せて確認をお願いします。"},
			{By: byDepartment, Internal: true, DaysAgo: 12, Body: "既存の路線バスとの競合について交通事業者に照会中です。回答期限までに間に合わない見込みです。"},
			{By: byProposer, DaysAgo: 3, Body: "検討状況はいかがでしょうか。来年度の車両手配の都合があり、見通しだけでもお知らせいただけると助かります。"},
		}},
	{Account: "proposer2@demo.pppdesk.jp", Kind: model.ProposalFree, Status: model.ProposalInDialogue, CreatedDaysAgo: 12, SubmittedDaysAgo: 10,
		Assigned: true, AssignedDaysAgo: 4, DueInDays: 14,
		Title:         "中心市街地の空き店舗を活用した週末マルシェ",
		Summary:       "新町の空き店舗を借り受け、県内の生産者と若手作家による週末マルシェを開き、中心市街地のにぎわいを創出します。",
		Body:          "新町商店街の空き店舗を期間限定で借り受け、毎週末に県産品と手仕事の作品を扱うマルシェを開きます。出店料は運営費に充て、市には空き店舗所有者との橋渡しと広報への協力をお願いしたいと考えています。",
		DesiredScheme: "連携事業（協定）",
		Resources:     []Resource{{"CITY", "INFORMATION", "空き店舗の所有者への紹介"}, {"PARTNER", "PEOPLE", "運営スタッフと出店者のネットワーク"}},
		Merits:        []Merit{{"CITY", "中心市街地の歩行者数の増加"}, {"PARTNER", "出店者の販路拡大"}},
		Messages: []SampleMessage{
			{By: byDesk, DaysAgo: 8, Body: "ご提案ありがとうございます。商店街振興組合との関係について教えていただけますか。"},
			{By: byProposer, DaysAgo: 7, Body: "振興組合の理事会で説明し、協力の内諾をいただいています。"},
			{By: byDesk, Internal: true, DaysAgo: 4, Body: "経済部（商工政策課）に検討を依頼。中心市街地活性化基本計画との整合をお願いします。"},
		}},
	{Account: "proposer1@demo.pppdesk.jp", Kind: model.ProposalFree, Status: model.ProposalAccepted, CreatedDaysAgo: 60, SubmittedDaysAgo: 55,
		Assigned: true, AssignedDaysAgo: 50, DueInDays: -36, Answer: "予約システムとの連携に課題はあるが、市民センター2館での試行は可能。", Feasible: true, AnsweredDaysAgo: 40, DecidedDaysAgo: 30,
		Reason:        "市民センターの鍵の受け渡し業務の削減効果が見込まれ、試行の費用も提案者の負担で実施できるため採択します。",
		Project:       "市民センターへのスマートロック導入の試行",
		Title:         "市民センターへのスマートロック導入による貸室の予約・鍵管理の効率化",
		Summary:       "市民センターの貸室にスマートロックを設置し、オンライン予約と連動した暗証番号の発行で鍵の受け渡しをなくします。",
		Body:          "貸室の利用者は開館時間内に窓口で鍵を受け取る必要があり、夜間や休日の利用の妨げになっています。スマートロックを設置し、予約時に利用時間だけ有効な暗証番号を発行することで、鍵の受け渡し業務をなくします。機器と通信費は試行期間中、当社が負担します。",
		DesiredScheme: "実証実験",
		Resources:     []Resource{{"CITY", "GOODS", "市民センター2館の貸室"}, {"PARTNER", "GOODS", "スマートロック12台と管理システム"}},
		Merits:        []Merit{{"CITY", "窓口業務の削減と夜間利用の拡大"}, {"PARTNER", "公共施設での導入実績"}},
		Messages: []SampleMessage{
			{By: byDesk, DaysAgo: 52, Body: "ご提案ありがとうございます。既存の施設予約システムとの連携方法について伺えますか。"},
			{By: byProposer, DaysAgo: 51, Body: "予約システムから予約情報をCSVで受け取る方式で、改修なしに連携できます。"},
			{By: byDepartment, Internal: true, DaysAgo: 41, Body: "施設を所管する課とも協議済み。2館での試行なら来月から可能です。"},
			{By: byDesk, DaysAgo: 29, Body: "採択となりました。試行の実施計画について、担当課を交えて打合せをお願いします。"},
		}},
	{Account: "proposer2@demo.pppdesk.jp", Kind: model.ProposalFree, Status: model.ProposalDeclined, CreatedDaysAgo: 45, SubmittedDaysAgo: 40,
		Assigned: true, AssignedDaysAgo: 35, DueInDays: -21, Answer: "公園の占用は都市計画上の制約があり、通年の設置は困難。", Feasible: false, AnsweredDaysAgo: 25, DecidedDaysAgo: 18,
		Reason:        "合浦公園への常設店舗の設置は、公園の占用許可の基準を満たさないため不採択とします。期間限定の催しとしてのご提案は改めてご相談ください。",
		Title:         "合浦公園へのキッチンカー常設による公園のにぎわいづくり",
		Summary:       "合浦公園にキッチンカーの常設区画を設け、地元食材を使った軽食を通年で提供します。",
		Body:          "合浦公園の駐車場の一角にキッチンカー3台分の常設区画を設け、地元食材を使った軽食を提供します。売上の一部を公園の維持管理に充てます。",
		DesiredScheme: "Park-PFI",
		Resources:     []Resource{{"CITY", "GOODS", "公園内の区画"}, {"PARTNER", "GOODS", "キッチンカー3台"}},
		Merits:        []Merit{{"CITY", "公園の利用者の増加と維持管理費の一部確保"}, {"PARTNER", "出店場所の確保"}},
		Messages: []SampleMessage{
			{By: byDesk, DaysAgo: 38, Body: "ご提案ありがとうございます。冬期の営業はどのようにお考えですか。"},
			{By: byProposer, DaysAgo: 37, Body: "冬期は週末のみの営業を想定しています。"},
			{By: byDesk, DaysAgo: 17, Body: "検討の結果、今回は不採択となりました。理由は履歴をご確認ください。期間限定の催しであれば改めてご相談ください。"},
		}},
	{Account: "proposer1@demo.pppdesk.jp", Kind: model.ProposalFree, Status: model.ProposalWithdrawn, CreatedDaysAgo: 20, SubmittedDaysAgo: 18, DecidedDaysAgo: 9,
		Reason:        "社内の体制変更により、今年度の実施が難しくなったため取り下げます。",
		Title:         "ごみ集積所の満杯センサーによる収集ルートの効率化",
		Summary:       "ごみ集積所にセンサーを設置し、満杯の集積所から収集するルートを提案します。",
		Body:          "集合住宅のごみ集積所に満杯センサーを設置し、収集車の巡回ルートを日々最適化します。",
		DesiredScheme: "実証実験",
		Resources:     []Resource{{"CITY", "INFORMATION", "収集ルートと集積所の位置"}, {"PARTNER", "GOODS", "センサー30台"}},
		Merits:        []Merit{{"CITY", "収集業務の効率化"}, {"PARTNER", "実証データの取得"}},
		Messages: []SampleMessage{
			{By: byDesk, DaysAgo: 15, Body: "ご提案ありがとうございます。清掃管理課と検討を始める前に、設置場所の候補を伺えますか。"},
		}},
}

// tokyo is where the sample's calendar days are counted.
var tokyo = time.FixedZone("Asia/Tokyo", 9*60*60)

// samplePDF is the sample attachment: a small valid PDF (one blank A4 page and its title).
func samplePDF(title string) []byte {
	var b bytes.Buffer
	var offsets []int
	obj := func(s string) {
		offsets = append(offsets, b.Len())
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", len(offsets), s)
	}
	b.WriteString("%PDF-1.4\n")
	obj("<< /Type /Catalog /Pages 2 0 R >>")
	obj("<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
	obj("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>")
	obj(fmt.Sprintf("<< /Title (%s) /Producer (pppdesk demo) >>", title))
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(offsets)+1)
	for _, o := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R /Info 4 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(offsets)+1, xref)
	return b.Bytes()
}

// proposals stores the sample proposals with their history, assignments to 経済部, dialogue,
// internal notes, outcome and attachment. The attachment's bytes go to files; their key is
// collected in kept so that a failed load can remove them.
func (l *loader) proposals(ctx context.Context, files storage.Storage, kept *[]string) error {
	users := l.users
	desk, dept := users["desk@demo.pppdesk.jp"], users["keizai@demo.pppdesk.jp"]
	terms := proposal.Terms(Slug).Version
	for _, sp := range SampleProposals {
		author := users[sp.Account]
		at := func(days float64) time.Time {
			return l.now.Add(-time.Duration(days * float64(24*time.Hour))).Truncate(time.Second)
		}
		p := &model.Proposal{MunicipalityID: l.mid, Kind: sp.Kind, OrganizationID: *author.OrganizationID, CreatedByID: author.ID,
			Title: sp.Title, Summary: sp.Summary, Body: sp.Body, DesiredScheme: sp.DesiredScheme, ContactAffiliation: "事業推進部",
			ContactName: author.DisplayName, ContactEmail: author.Email, ContactPhone: "017-000-0000", Status: sp.Status, Version: 1,
			Stamps: model.Stamps{CreatedAt: at(sp.CreatedDaysAgo), UpdatedAt: at(sp.CreatedDaysAgo)}}
		var history []*model.ProposalEvent
		event := func(action string, from, to model.ProposalStatus, by *model.User, days float64, reason string, deptID *int64) {
			ev := &model.ProposalEvent{MunicipalityID: l.mid, Action: action, FromStatus: string(from), ToStatus: string(to), ActorID: &by.ID,
				DepartmentID: deptID, Reason: reason, At: at(days)}
			history = append(history, ev)
			if ev.At.After(p.UpdatedAt) {
				p.UpdatedAt = ev.At
			}
		}
		event("CREATE", "", model.ProposalDraft, author, sp.CreatedDaysAgo, "", nil)
		if sp.Status != model.ProposalDraft {
			s := at(sp.SubmittedDaysAgo)
			p.SubmittedAt, p.TermsAcceptedAt, p.TermsVersion = &s, &s, terms
			event("SUBMIT", model.ProposalDraft, model.ProposalSubmitted, author, sp.SubmittedDaysAgo, "", nil)
		}
		keizai := l.depts["keizai"]
		var assignment *model.ProposalAssignment
		if sp.Assigned {
			due := model.Date(l.now.AddDate(0, 0, int(sp.DueInDays)).In(tokyo).Format(time.DateOnly))
			assignment = &model.ProposalAssignment{MunicipalityID: l.mid, DepartmentID: keizai, DueOn: due, CreatedAt: at(sp.AssignedDaysAgo)}
			// The seeded past had its due-date sweeps: a reminder and an overdue notice whose
			// day has gone were sent then, so starting the demo mails nobody about them.
			dueAt := l.now.AddDate(0, 0, int(sp.DueInDays))
			if r := dueAt.AddDate(0, 0, -1); r.Before(l.now) {
				assignment.RemindedAt = &r
			}
			if o := dueAt.AddDate(0, 0, 1); o.Before(l.now) {
				assignment.OverdueNotifiedAt = &o
			}
			event("ASSIGN", model.ProposalSubmitted, model.ProposalInDialogue, desk, sp.AssignedDaysAgo, "経済部", nil)
			if sp.Answer != "" {
				answered := at(sp.AnsweredDaysAgo)
				assignment.Opinion, assignment.Feasible, assignment.RespondedAt, assignment.RespondedByID = sp.Answer, &sp.Feasible, &answered, &dept.ID
				event("RESPOND", model.ProposalInDialogue, model.ProposalInDialogue, dept, sp.AnsweredDaysAgo, fmt.Sprintf("feasible=%v", sp.Feasible), &keizai)
			}
		}
		switch sp.Status {
		case model.ProposalAccepted, model.ProposalDeclined:
			d := at(sp.DecidedDaysAgo)
			p.DecidedAt = &d
			event("DECIDE", model.ProposalInDialogue, sp.Status, desk, sp.DecidedDaysAgo, sp.Reason, nil)
		case model.ProposalWithdrawn:
			event("WITHDRAW", model.ProposalSubmitted, model.ProposalWithdrawn, author, sp.DecidedDaysAgo, sp.Reason, nil)
		}
		if err := store.Insert(ctx, l.db, p); err != nil {
			return err
		}
		owner := store.OwnerKey{Type: model.OwnerProposal, ID: p.ID}
		if err := store.SetResources(ctx, l.db, l.mid, owner, resources(sp.Resources)); err != nil {
			return err
		}
		if err := store.SetMerits(ctx, l.db, l.mid, owner, merits(sp.Merits)); err != nil {
			return err
		}
		if assignment != nil {
			assignment.ProposalID = p.ID
			if err := store.Insert(ctx, l.db, assignment); err != nil {
				return err
			}
		}
		if sp.Project != "" {
			pj := &model.Project{MunicipalityID: l.mid, Kind: model.ProjectDemonstration, Title: sp.Project, Summary: sp.Summary,
				Status: model.ProjectPlanned, LeadDepartmentID: &keizai, OriginProposalID: &p.ID,
				Publishing: model.Publishing{PublicationState: model.StateDraft, Version: 1}, Stamps: model.Stamps{CreatedAt: at(sp.DecidedDaysAgo - 1), UpdatedAt: at(sp.DecidedDaysAgo - 1)}}
			if err := store.Insert(ctx, l.db, pj); err != nil {
				return err
			}
			pjOwner := store.OwnerKey{Type: model.OwnerProject, ID: pj.ID}
			if err := store.SetPartners(ctx, l.db, l.mid, pjOwner, []int64{p.OrganizationID}); err != nil {
				return err
			}
			if err := store.SetResources(ctx, l.db, l.mid, pjOwner, resources(sp.Resources)); err != nil {
				return err
			}
			if err := store.SetMerits(ctx, l.db, l.mid, pjOwner, merits(sp.Merits)); err != nil {
				return err
			}
			p.ProjectID = &pj.ID
			if _, err := l.db.NewUpdate().Model(p).Column("project_id").WherePK().Exec(ctx); err != nil {
				return err
			}
			event("LINK", sp.Status, sp.Status, desk, sp.DecidedDaysAgo-1, "", nil)
		}
		for _, ev := range history {
			ev.ProposalID = p.ID
			if err := store.Insert(ctx, l.db, ev); err != nil {
				return err
			}
		}
		var seen int64 // the newest message a week old or older: the desk has read up to it
		for _, m := range sp.Messages {
			by := map[string]*model.User{byProposer: author, byDesk: desk, byDepartment: dept}[m.By]
			msg := &model.ProposalMessage{MunicipalityID: l.mid, ProposalID: p.ID, AuthorID: by.ID, Body: m.Body, Internal: m.Internal, CreatedAt: at(m.DaysAgo)}
			if err := store.Insert(ctx, l.db, msg); err != nil {
				return err
			}
			if m.DaysAgo >= 7 {
				seen = msg.ID
			}
			if m.Attachment == "" {
				continue
			}
			checked, key, err := storage.Keep(ctx, files, bytes.NewReader(samplePDF("pppdesk demo attachment")), m.Attachment, storage.Limits{})
			if err != nil {
				return fmt.Errorf("sample attachment: %w", err)
			}
			*kept = append(*kept, key)
			a := &model.Attachment{MunicipalityID: l.mid, OwnerType: model.OwnerMessage, OwnerID: msg.ID, FileName: checked.FileName,
				ContentType: checked.ContentType, Size: checked.Size, SHA256: checked.SHA256, StorageKey: key, UploadedByID: &author.ID, CreatedAt: msg.CreatedAt}
			if err := store.Insert(ctx, l.db, a); err != nil {
				return err
			}
		}
		// The desk read the dialogue a week ago: newer messages of others are unread for it.
		if seen != 0 {
			r := &model.ProposalRead{MunicipalityID: l.mid, ProposalID: p.ID, UserID: desk.ID, ThroughMessageID: seen, ReadAt: at(7)}
			if err := store.Insert(ctx, l.db, r); err != nil {
				return err
			}
		}
	}
	return nil
}
