// Package demo holds the Aomori sample data of the reference guideline and loads it into an
// empty municipality, so a newcomer's first run shows a real desk rather than an empty API.
package demo

// Org is a partner organization as the reference names it.
type Org struct {
	Key         string // stable key used by the other records to refer to it
	Name        string // 株式会社青森銀行
	Kana        string // カブシキガイシャアオモリギンコウ (may be empty)
	Kind        string // CORPORATION, SOLE_PROPRIETOR, NPO, ASSOCIATION, UNIVERSITY, FINANCIAL_INSTITUTION, OTHER_GROUP
	CorporateNo string // 13-digit 法人番号 when known for certain, else ""
	Website     string
	Address     string
	Description string
}

// Resource is what one side contributes (提供リソース).
type Resource struct {
	Side string // CITY or PARTNER
	Kind string // PEOPLE (ヒト), GOODS (モノ), MONEY (カネ), INFORMATION (情報)
	Text string
}

// Merit is what one side gains (メリット / 期待される効果).
type Merit struct {
	Side string // CITY or PARTNER
	Text string
}

// CaseStudy is one 連携事例 of the reference, structured.
type CaseStudy struct {
	Key       string
	Title     string
	Locality  string   // the municipality where it happened: 青森市, 仙台市, 愛知県蒲郡市 …
	Program   string   // the city's PPP programme name: "OPEN CITY AOMORI", "クロス・センダイ・ラボ", "" …
	Category  string   // PARTNERSHIP, DEMONSTRATION, AGREEMENT
	Partners  []string // Org keys
	StartOn   string   // YYYY-MM-DD or ""
	EndOn     string   // YYYY-MM-DD or ""
	DateNote  string   // the schedule as the reference words it, e.g. "作品制作者募集 令和5年7月5日～30日 …"
	Summary   string
	Resources []Resource
	Merits    []Merit
	Tags      []string
}

// Agreement is a 連携協定 of the reference.
type Agreement struct {
	Key      string
	Kind     string // BUSINESS, COMPREHENSIVE, MEMORANDUM
	Title    string
	Purpose  string
	Parties  []string // Org keys
	SignedOn string   // YYYY-MM-DD
	Items    []string // 連携事項
	Merits   []Merit  // 期待される効果等 per side
}

// Method is one row of the その他連携手法 tables.
type Method struct {
	Key         string // PFI, PARK_PFI, DESIGNATED_MANAGER, PUBLIC_PROPERTY, PFS_SIB, NAMING_RIGHTS, ADVERTISING, FURUSATO_NOZEI_CORPORATE
	Name        string
	Description string
}

// Department is a node of the city's 局/部/課 tree.
type Department struct {
	Key       string
	Name      string
	Kind      string // BUREAU (局), DIVISION (部), SECTION (課)
	ParentKey string
}

// Challenge is a 課題提案 the city publishes.
type Challenge struct {
	Key            string
	Title          string
	Background     string
	DesiredOutcome string
	DepartmentKey  string
	Tags           []string
	OpensAt        string // RFC 3339
	ClosesAt       string // RFC 3339
}
