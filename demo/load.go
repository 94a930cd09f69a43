package demo

import (
	"context"
	"fmt"
	"time"

	"github.com/uptrace/bun"

	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/storage"
	"github.com/pppdesk/pppdesk/store"
)

// Slug is the municipality the demo creates.
const Slug = "aomori"

// Aomori is the desk's real contact data, as the reference gives it.
func Aomori(now time.Time) *model.Municipality {
	return &model.Municipality{
		Slug: Slug, Name: "青森市", Prefecture: "青森県",
		DeskName: "青森市公民連携デスク", DeskDepartment: "青森市 企画部 連携推進課",
		PostalCode: "030-8505", Address: "青森県青森市柳川一丁目1-1 柳川庁舎3階",
		Phone: "017-761-4154", PortalURL: "https://opencityaomori.studio.site",
		CreatedAt: now, UpdatedAt: now,
	}
}

// Password is the password of every demo account. Demo accounts exist only with --demo.
const Password = "pppdesk-demo"

// Account is a demo sign-in.
type Account struct {
	Email, Role, DisplayName, Department, Organization string
}

// Accounts are the demo sign-ins, as the README lists them.
var Accounts = []Account{
	{"desk@demo.pppdesk.jp", "DESK", "公民連携デスク 担当", "renkei", ""},
	{"keizai@demo.pppdesk.jp", "DEPARTMENT", "経済部 担当", "keizai", ""},
	{"kankyo@demo.pppdesk.jp", "DEPARTMENT", "環境部 担当", "kankyo", ""},
	{"proposer1@demo.pppdesk.jp", "PROPOSER", "青森テック 提案担当", "", "demo-aomori-tech"},
	{"proposer2@demo.pppdesk.jp", "PROPOSER", "ねぶた未来ラボ 提案担当", "", "demo-nebuta-lab"},
}

// demoOrgs are the proposers' organizations: private profiles, as a new proposer's would be.
var demoOrgs = []Org{
	{Key: "demo-aomori-tech", Name: "株式会社あおもりテック（デモ）", Kana: "カブシキガイシャアオモリテック", Kind: "CORPORATION", Address: "青森県青森市新町一丁目", Description: "デモ用の架空の事業者です。"},
	{Key: "demo-nebuta-lab", Name: "NPO法人ねぶた未来ラボ（デモ）", Kana: "ネブタミライラボ", Kind: "NPO", Address: "青森県青森市安方一丁目", Description: "デモ用の架空の団体です。"},
}

// Load fills an empty database with the Aomori sample data in one transaction, with the demo
// accounts whose passwords hash makes. It is idempotent: when the municipality already
// exists it adds nothing and reports false.
//
// files keeps the sample proposals' attachment; with files nil the sample proposals are left
// out (tests that count proposals start from none). The server's --demo passes its file store.
func Load(ctx context.Context, s *store.Store, now time.Time, hash func(string) (string, error), files storage.Storage) (bool, error) {
	now = now.UTC().Truncate(time.Second)
	existing, err := s.MunicipalityBySlug(ctx, Slug)
	if err != nil {
		return false, err
	}
	if existing != nil {
		return false, nil
	}
	var kept []string
	err = s.InTx(ctx, func(ctx context.Context, tx bun.Tx) error {
		l := &loader{db: tx, now: now, hash: hash, orgs: map[string]int64{}, depts: map[string]int64{}, agreements: map[string]int64{},
			users: map[string]*model.User{}}
		if err := l.load(ctx); err != nil {
			return err
		}
		if files == nil {
			return nil
		}
		return l.proposals(ctx, files, &kept)
	})
	if err != nil {
		for _, k := range kept {
			_ = files.Delete(context.Background(), k)
		}
		return false, fmt.Errorf("demo data: %w", err)
	}
	return true, nil
}

type loader struct {
	db         bun.IDB
	now        time.Time
	mid        int64
	orgs       map[string]int64
	depts      map[string]int64
	agreements map[string]int64
	seq        int
	hash       func(string) (string, error)
	users      map[string]*model.User // demo accounts by email
}

func (l *loader) stamps() model.Stamps { return model.Stamps{CreatedAt: l.now, UpdatedAt: l.now} }

// published gives each item a distinct publish time in list order, so "newest first" lists
// show the reference's order and keyset paging has no ties to hide behind.
func (l *loader) published() model.Publishing {
	l.seq++
	at := l.now.Add(-time.Duration(l.seq) * time.Hour)
	return model.Publishing{PublicationState: model.StatePublished, PublishedAt: &at, Version: 1}
}

func date(s string) model.Date { return model.Date(s) }

func (l *loader) load(ctx context.Context) error {
	m := Aomori(l.now)
	if err := store.Insert(ctx, l.db, m); err != nil {
		return err
	}
	l.mid = m.ID
	for i, d := range Departments {
		row := &model.Department{MunicipalityID: l.mid, Name: d.Name, Kind: model.DepartmentKind(d.Kind), Position: i, Stamps: l.stamps()}
		if d.ParentKey != "" {
			p := l.depts[d.ParentKey]
			row.ParentID = &p
		}
		if err := store.Insert(ctx, l.db, row); err != nil {
			return err
		}
		l.depts[d.Key] = row.ID
	}
	for _, o := range Orgs {
		row := &model.Organization{MunicipalityID: l.mid, Name: o.Name, Kana: o.Kana, Kind: model.OrganizationKind(o.Kind),
			CorporateNumber: o.CorporateNo, Website: o.Website, Address: o.Address, Description: o.Description, Public: true, Version: 1, Stamps: l.stamps()}
		if err := store.Insert(ctx, l.db, row); err != nil {
			return err
		}
		l.orgs[o.Key] = row.ID
	}
	for i, mt := range Methods {
		row := &model.CollaborationMethod{MunicipalityID: l.mid, Key: mt.Key, Name: mt.Name, Description: mt.Description, Position: i, Stamps: l.stamps()}
		if err := store.Insert(ctx, l.db, row); err != nil {
			return err
		}
	}
	for _, a := range Agreements {
		if err := l.agreement(ctx, a); err != nil {
			return err
		}
	}
	for _, c := range CaseStudies {
		if err := l.caseStudy(ctx, c); err != nil {
			return err
		}
	}
	for _, c := range Challenges {
		if err := l.challenge(ctx, c); err != nil {
			return err
		}
	}
	if err := l.announcements(ctx); err != nil {
		return err
	}
	return l.accounts(ctx)
}

func (l *loader) accounts(ctx context.Context) error {
	for _, o := range demoOrgs {
		row := &model.Organization{MunicipalityID: l.mid, Name: o.Name, Kana: o.Kana, Kind: model.OrganizationKind(o.Kind),
			Address: o.Address, Description: o.Description, Version: 1, Stamps: l.stamps()}
		if err := store.Insert(ctx, l.db, row); err != nil {
			return err
		}
		l.orgs[o.Key] = row.ID
	}
	hash, err := l.hash(Password)
	if err != nil {
		return err
	}
	for _, a := range Accounts {
		u := &model.User{MunicipalityID: l.mid, Email: a.Email, PasswordHash: hash, DisplayName: a.DisplayName, Role: model.Role(a.Role), Stamps: l.stamps()}
		if a.Department != "" {
			d := l.depts[a.Department]
			u.DepartmentID = &d
		}
		if a.Organization != "" {
			o := l.orgs[a.Organization]
			u.OrganizationID = &o
		}
		if err := store.CreateUser(ctx, l.db, u); err != nil {
			return fmt.Errorf("demo account %s: %w", a.Email, err)
		}
		l.users[a.Email] = u
	}
	return nil
}

func (l *loader) partnerIDs(keys []string) []int64 {
	ids := make([]int64, len(keys))
	for i, k := range keys {
		ids[i] = l.orgs[k]
	}
	return ids
}

func merits(ms []Merit) []*model.Merit {
	out := make([]*model.Merit, len(ms))
	for i, m := range ms {
		out[i] = &model.Merit{Side: model.Side(m.Side), Description: m.Text}
	}
	return out
}

func resources(rs []Resource) []*model.Resource {
	out := make([]*model.Resource, len(rs))
	for i, r := range rs {
		out[i] = &model.Resource{Side: model.Side(r.Side), Kind: model.ResourceKind(r.Kind), Description: r.Text}
	}
	return out
}

func (l *loader) agreement(ctx context.Context, a Agreement) error {
	row := &model.Agreement{MunicipalityID: l.mid, Kind: model.AgreementKind(a.Kind), Title: a.Title, Purpose: a.Purpose,
		SignedOn: date(a.SignedOn), TermStartOn: date(a.SignedOn), Items: a.Items, Status: model.AgreementActive,
		Publishing: l.published(), Stamps: l.stamps()}
	if err := store.Insert(ctx, l.db, row); err != nil {
		return err
	}
	l.agreements[a.Key] = row.ID
	owner := store.OwnerKey{Type: model.OwnerAgreement, ID: row.ID}
	if err := store.SetPartners(ctx, l.db, l.mid, owner, l.partnerIDs(a.Parties)); err != nil {
		return err
	}
	return store.SetMerits(ctx, l.db, l.mid, owner, merits(a.Merits))
}

// caseStudy stores one case study; Aomori's own partnerships and field trials also become a
// Project, since they are the city's projects and not only write-ups.
func (l *loader) caseStudy(ctx context.Context, c CaseStudy) error {
	row := &model.CaseStudy{MunicipalityID: l.mid, Title: c.Title, Locality: c.Locality, Program: c.Program,
		Category: model.CaseStudyCategory(c.Category), StartOn: date(c.StartOn), EndOn: date(c.EndOn), DateNote: c.DateNote,
		Summary: c.Summary, Publishing: l.published(), Stamps: l.stamps()}
	if id, ok := l.agreements[c.Key]; ok {
		row.AgreementID = &id
	}
	if c.Locality == "青森市" && c.Category != string(model.CaseAgreement) {
		kind := model.ProjectPartnership
		if c.Category == string(model.CaseDemonstration) {
			kind = model.ProjectDemonstration
		}
		p := &model.Project{MunicipalityID: l.mid, Kind: kind, Title: c.Title, Summary: c.Summary, StartOn: row.StartOn,
			EndOn: row.EndOn, Site: c.Locality, Status: model.ProjectCompleted, Publishing: l.published(), Stamps: l.stamps()}
		if err := store.Insert(ctx, l.db, p); err != nil {
			return err
		}
		if err := l.children(ctx, store.OwnerKey{Type: model.OwnerProject, ID: p.ID}, c); err != nil {
			return err
		}
		row.ProjectID = &p.ID
	}
	if err := store.Insert(ctx, l.db, row); err != nil {
		return err
	}
	owner := store.OwnerKey{Type: model.OwnerCaseStudy, ID: row.ID}
	if err := l.children(ctx, owner, c); err != nil {
		return err
	}
	return store.SetTags(ctx, l.db, l.mid, owner, c.Tags)
}

func (l *loader) children(ctx context.Context, owner store.OwnerKey, c CaseStudy) error {
	if err := store.SetPartners(ctx, l.db, l.mid, owner, l.partnerIDs(c.Partners)); err != nil {
		return err
	}
	if err := store.SetResources(ctx, l.db, l.mid, owner, resources(c.Resources)); err != nil {
		return err
	}
	return store.SetMerits(ctx, l.db, l.mid, owner, merits(c.Merits))
}

func (l *loader) challenge(ctx context.Context, c Challenge) error {
	opens, err := time.Parse(time.RFC3339, c.OpensAt)
	if err != nil {
		return fmt.Errorf("challenge %s opensAt: %w", c.Key, err)
	}
	closes, err := time.Parse(time.RFC3339, c.ClosesAt)
	if err != nil {
		return fmt.Errorf("challenge %s closesAt: %w", c.Key, err)
	}
	opens, closes = opens.UTC(), closes.UTC()
	dept := l.depts[c.DepartmentKey]
	row := &model.Challenge{MunicipalityID: l.mid, Title: c.Title, Background: c.Background, DesiredOutcome: c.DesiredOutcome,
		DepartmentID: &dept, OpensAt: &opens, ClosesAt: &closes, Publishing: l.published(), Stamps: l.stamps()}
	if err := store.Insert(ctx, l.db, row); err != nil {
		return err
	}
	return store.SetTags(ctx, l.db, l.mid, store.OwnerKey{Type: model.OwnerChallenge, ID: row.ID}, c.Tags)
}

func (l *loader) announcements(ctx context.Context) error {
	posts := []struct{ title, body, category string }{
		{"青森市公民連携デスクを開設しました", "公民連携に関する総合窓口「青森市公民連携デスク」を開設しました。事業者等からの公民連携に関する相談及び提案をワンストップで受け付けます。", "お知らせ"},
		{"課題提案の募集を開始しました", "本市の行政課題を公表し、具体的な解決策を募集します。提案はポータルサイトのCONTACTから受け付けます。", "募集"},
		{"連携事例を掲載しました", "青森市と他都市の公民連携の事例を掲載しました。", "お知らせ"},
	}
	for _, p := range posts {
		row := &model.Announcement{MunicipalityID: l.mid, Title: p.title, Body: p.body, Category: p.category, Publishing: l.published(), Stamps: l.stamps()}
		if err := store.Insert(ctx, l.db, row); err != nil {
			return err
		}
	}
	// A draft that the public must not see, so a new desk sees the difference at once.
	draft := &model.Announcement{MunicipalityID: l.mid, Title: "【下書き】年末年始の窓口休業について", Body: "12月29日から1月3日まで休業します。",
		Category: "お知らせ", Publishing: model.Publishing{PublicationState: model.StateDraft, Version: 1}, Stamps: l.stamps()}
	return store.Insert(ctx, l.db, draft)
}
