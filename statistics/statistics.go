// Package statistics answers the desk's figures (how many proposals came in per fiscal year
// or month, what became of them, how fast the desk answered) and the published aggregates a
// portal shows. The store reads the facts of a whole range in one statement; the grouping
// and the percentiles are computed here, so both databases give the same answer.
//
// Definitions:
//   - A fiscal year (年度) runs from April 1 to March 31 in Asia/Tokyo: 年度 2026 is
//     2026-04-01…2027-03-31.
//   - A proposal counts in the period of its submission time, as an Asia/Tokyo date; drafts
//     (never submitted) and deleted proposals never count.
//   - Every figure of a period describes the proposals submitted in it, as they are now:
//     assigned (to at least one department, ever), accepted/declined/withdrawn (current
//     status), becameProjects/becameAgreements (linked to a project/agreement).
//   - Days to first response: from submission to the first staff message visible to the
//     proposer or the first status change by staff, whichever came first. Days to decision:
//     from submission to the accept/decline decision. Days are elapsed time / 24 h.
//   - Median and 90th percentile are nearest-rank: the value at rank ceil(p × n) of the n
//     values in ascending order, rounded to 0.01 day; null when n is 0.
package statistics

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"slices"
	"strconv"
	"time"

	"github.com/pppdesk/pppdesk/apperr"
	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/policies"
	"github.com/pppdesk/pppdesk/store"
)

// Tokyo is the time zone of every period: Japan has no daylight saving time, so a fixed
// offset is exact and needs no time zone database.
var Tokyo = time.FixedZone("Asia/Tokyo", 9*60*60)

// MaxYears bounds a range, so one request reads at most this many years of proposals.
const MaxYears = 20

// TotalLabel is the label of the whole range's figures.
const TotalLabel = "合計"

// Service computes the statistics.
type Service struct {
	store *store.Store
}

// Deps are what the statistics service needs.
type Deps struct {
	Store *store.Store
}

// New builds the statistics service.
func New(d Deps) *Service { return &Service{store: d.Store} }

// Desk answers the figures of the caller's municipality for the proposals submitted from
// from to to (both included), grouped by g; the desk only. The policy is asked before the
// arguments are looked at.
func (s *Service) Desk(ctx context.Context, c *policies.Caller, from, to model.Date, g model.StatisticsGrouping) (*model.DeskStatistics, error) {
	if _, err := c.Authorize(policies.ReadDeskStatistics); err != nil {
		return nil, err
	}
	r, err := parseRange(from, to)
	if err != nil {
		return nil, err
	}
	if !g.IsValid() {
		return nil, apperr.Invalid("groupBy", "must be FISCAL_YEAR or MONTH")
	}
	rows, err := s.store.StatisticsRows(ctx, c.Viewer, r.from, r.to.AddDate(0, 0, 1), true)
	if err != nil {
		return nil, err
	}
	periods := r.periods(g)
	acc := make([]*accumulator, len(periods))
	for i := range periods {
		acc[i] = newAccumulator()
	}
	total := newAccumulator()
	for i := range rows {
		row := &rows[i]
		if k := indexOf(periods, row.SubmittedAt); k >= 0 {
			acc[k].add(row)
		}
		total.add(row)
	}
	out := &model.DeskStatistics{From: dateOf(r.from), To: dateOf(r.to), GroupBy: g, Periods: make([]*model.StatisticsPeriod, len(periods))}
	for i, p := range periods {
		out.Periods[i] = acc[i].period(p)
	}
	out.Total = total.period(period{label: TotalLabel, fiscalYear: fiscalYear(r.from), start: r.from, end: r.to})
	return out, nil
}

// Public answers the published aggregates (received, realised) of the caller's
// municipality; anyone may read them. A missing from starts at the fiscal year of the
// first proposal (or the fiscal year of to when there is none), a missing to ends with the
// current fiscal year. The range is widened to whole periods of g (months or fiscal
// years), so no one learns on which day proposals came in by asking for a day; a proposal
// is realised only when its project or agreement is live for the public now, so a draft
// outcome reveals nothing. The desk's figures (Desk) stay exact.
func (s *Service) Public(ctx context.Context, c *policies.Caller, from, to *model.Date, g model.StatisticsGrouping) (*model.PublicStatistics, error) {
	if _, err := c.Authorize(policies.ReadPublicStatistics); err != nil {
		return nil, err
	}
	if !g.IsValid() {
		return nil, apperr.Invalid("groupBy", "must be FISCAL_YEAR or MONTH")
	}
	var f, t model.Date
	if to != nil {
		t = *to
	} else {
		t = dateOf(fiscalYearEnd(fiscalYear(c.Now.In(Tokyo))))
		if from != nil {
			if d, err := parseDate("from", *from); err == nil && dateOf(d) > t {
				t = dateOf(fiscalYearEnd(fiscalYear(d)))
			}
		}
	}
	if from != nil {
		f = *from
	} else {
		end, err := parseDate("to", t)
		if err != nil {
			return nil, err
		}
		start := fiscalYearStart(fiscalYear(end))
		first, err := s.store.FirstSubmission(ctx, c.Viewer)
		if err != nil {
			return nil, err
		}
		if first != nil {
			if fs := fiscalYearStart(fiscalYear(first.In(Tokyo))); fs.Before(start) {
				start = fs
			}
		}
		// A default never makes the range too long: it starts at most MaxYears back.
		if oldest := end.AddDate(-MaxYears, 0, 1); start.Before(oldest) {
			if start = fiscalYearStart(fiscalYear(oldest)); start.Before(oldest) {
				start = fiscalYearStart(fiscalYear(oldest) + 1)
			}
		}
		f = dateOf(start)
	}
	r, err := parseRange(f, t)
	if err != nil {
		return nil, err
	}
	r = r.whole(g)
	rows, err := s.store.StatisticsRows(ctx, c.Viewer, r.from, r.to.AddDate(0, 0, 1), false)
	if err != nil {
		return nil, err
	}
	periods := r.periods(g)
	out := &model.PublicStatistics{Periods: make([]*model.PublicStatisticsPeriod, len(periods))}
	for i, p := range periods {
		out.Periods[i] = &model.PublicStatisticsPeriod{Label: p.label, FiscalYear: p.fiscalYear, Start: dateOf(p.start), End: dateOf(p.end)}
	}
	for i := range rows {
		if k := indexOf(periods, rows[i].SubmittedAt); k >= 0 {
			out.Periods[k].Received++
			if rows[i].LiveOutcome {
				out.Periods[k].Realised++
			}
		}
	}
	return out, nil
}

// dateRange is a range of whole Asia/Tokyo days: from and to are midnight of the first and
// the last day (both included).
type dateRange struct{ from, to time.Time }

func parseDate(field string, d model.Date) (time.Time, error) {
	t, err := time.ParseInLocation(time.DateOnly, string(d), Tokyo)
	if err != nil {
		return time.Time{}, apperr.Invalid(field, "%q is not a date in YYYY-MM-DD form", string(d))
	}
	return t, nil
}

// Export answers the desk's figures as the CSV lays them out (Table), from the export
// route's query parameters (groupBy empty is FISCAL_YEAR). The policy is asked before the
// parameters are looked at, so a caller who may not read the figures learns nothing.
func (s *Service) Export(ctx context.Context, c *policies.Caller, from, to, groupBy string) (columns []string, rows [][]string, err error) {
	if _, err := c.Authorize(policies.ReadDeskStatistics); err != nil {
		return nil, nil, err
	}
	g := model.StatisticsGroupingFiscalYear
	if groupBy != "" {
		g = model.StatisticsGrouping(groupBy)
	}
	st, err := s.Desk(ctx, c, model.Date(from), model.Date(to), g)
	if err != nil {
		return nil, nil, err
	}
	columns, rows = Table(st)
	return columns, rows, nil
}

// parseRange checks a range: to not before from, and at most MaxYears long (from
// 2006-04-01 to 2026-03-31 is 20 years; to 2026-04-01 is more).
func parseRange(from, to model.Date) (dateRange, error) {
	f, err := parseDate("from", from)
	if err != nil {
		return dateRange{}, err
	}
	t, err := parseDate("to", to)
	if err != nil {
		return dateRange{}, err
	}
	if t.Before(f) {
		return dateRange{}, apperr.Invalid("to", "must not be before from")
	}
	if !t.Before(f.AddDate(MaxYears, 0, 0)) {
		return dateRange{}, apperr.Invalid("to", "must be less than %d years after from", MaxYears)
	}
	return dateRange{from: f, to: t}, nil
}

// whole widens the range to whole periods of g: from to the first day of its month or
// fiscal year, to to the last day of its own. It may thus reach one period beyond MaxYears,
// which bounds the cost, not the meaning.
func (r dateRange) whole(g model.StatisticsGrouping) dateRange {
	if g == model.StatisticsGroupingMonth {
		r.from = time.Date(r.from.Year(), r.from.Month(), 1, 0, 0, 0, 0, Tokyo)
		r.to = time.Date(r.to.Year(), r.to.Month()+1, 1, 0, 0, 0, 0, Tokyo).AddDate(0, 0, -1)
		return r
	}
	r.from, r.to = fiscalYearStart(fiscalYear(r.from)), fiscalYearEnd(fiscalYear(r.to))
	return r
}

// period is one group: its days (start and end included, cut to the range) and names.
type period struct {
	label      string
	fiscalYear int
	start, end time.Time
}

// periods splits the range into fiscal years or months, oldest first.
func (r dateRange) periods(g model.StatisticsGrouping) []period {
	var out []period
	for start := r.from; !start.After(r.to); {
		var next time.Time
		var label string
		fy := fiscalYear(start)
		if g == model.StatisticsGroupingMonth {
			next = time.Date(start.Year(), start.Month()+1, 1, 0, 0, 0, 0, Tokyo)
			label = start.Format("2006-01")
		} else {
			next = fiscalYearStart(fy + 1)
			label = strconv.Itoa(fy) + "年度"
		}
		end := next.AddDate(0, 0, -1)
		if end.After(r.to) {
			end = r.to
		}
		out = append(out, period{label: label, fiscalYear: fy, start: start, end: end})
		start = next
	}
	return out
}

// indexOf answers the period whose days hold the Asia/Tokyo date of t, or -1.
func indexOf(ps []period, t time.Time) int {
	l := t.In(Tokyo)
	day := time.Date(l.Year(), l.Month(), l.Day(), 0, 0, 0, 0, Tokyo)
	i, found := slices.BinarySearchFunc(ps, day, func(p period, d time.Time) int {
		switch {
		case p.end.Before(d):
			return -1
		case p.start.After(d):
			return 1
		}
		return 0
	})
	if !found {
		return -1
	}
	return i
}

// fiscalYear answers the 年度 of an Asia/Tokyo time: January to March belong to the
// previous year's.
func fiscalYear(t time.Time) int {
	t = t.In(Tokyo)
	if t.Month() < time.April {
		return t.Year() - 1
	}
	return t.Year()
}

func fiscalYearStart(fy int) time.Time { return time.Date(fy, time.April, 1, 0, 0, 0, 0, Tokyo) }

func fiscalYearEnd(fy int) time.Time { return fiscalYearStart(fy+1).AddDate(0, 0, -1) }

func dateOf(t time.Time) model.Date { return model.Date(t.In(Tokyo).Format(time.DateOnly)) }

// kinds are listed in every period, with zero counts, so a table has fixed columns.
var kinds = []model.ProposalKind{model.ProposalFree, model.ProposalChallenge}

// accumulator counts the rows of one period.
type accumulator struct {
	p                      model.StatisticsPeriod
	byKind, byScheme       map[string]int
	firstResponse, decided []float64
}

func newAccumulator() *accumulator {
	return &accumulator{byKind: map[string]int{}, byScheme: map[string]int{}}
}

func (a *accumulator) add(r *store.StatisticsRow) {
	a.p.Received++
	a.byKind[r.Kind]++
	a.byScheme[r.DesiredScheme]++
	if r.Assigned {
		a.p.Assigned++
	}
	switch model.ProposalStatus(r.Status) {
	case model.ProposalAccepted:
		a.p.Accepted++
	case model.ProposalDeclined:
		a.p.Declined++
	case model.ProposalWithdrawn:
		a.p.Withdrawn++
	}
	if r.ProjectID != nil {
		a.p.BecameProjects++
	}
	if r.AgreementID != nil {
		a.p.BecameAgreements++
	}
	if first := earliest(r.FirstChange, r.FirstMessage); first != nil {
		a.firstResponse = append(a.firstResponse, days(r.SubmittedAt, *first))
	}
	if r.DecidedAt != nil && (r.Status == string(model.ProposalAccepted) || r.Status == string(model.ProposalDeclined)) {
		a.decided = append(a.decided, days(r.SubmittedAt, *r.DecidedAt))
	}
}

// period answers the figures with the period's names and days.
func (a *accumulator) period(p period) *model.StatisticsPeriod {
	out := a.p
	out.Label, out.FiscalYear, out.Start, out.End = p.label, p.fiscalYear, dateOf(p.start), dateOf(p.end)
	out.ReceivedByKind = make([]*model.StatisticsCount, 0, len(kinds))
	for _, k := range kinds {
		out.ReceivedByKind = append(out.ReceivedByKind, &model.StatisticsCount{Key: string(k), Count: a.byKind[string(k)]})
	}
	out.ReceivedByScheme = make([]*model.StatisticsCount, 0, len(a.byScheme))
	for k, n := range a.byScheme {
		out.ReceivedByScheme = append(out.ReceivedByScheme, &model.StatisticsCount{Key: k, Count: n})
	}
	slices.SortFunc(out.ReceivedByScheme, func(x, y *model.StatisticsCount) int {
		return cmp.Or(cmp.Compare(y.Count, x.Count), cmp.Compare(x.Key, y.Key))
	})
	out.DaysToFirstResponse = durations(a.firstResponse)
	out.DaysToDecision = durations(a.decided)
	return &out
}

func earliest(a, b *time.Time) *time.Time {
	switch {
	case a == nil:
		return b
	case b == nil || a.Before(*b):
		return a
	}
	return b
}

func days(from, to time.Time) float64 { return to.Sub(from).Hours() / 24 }

// durations answers the count, median and 90th percentile (nearest-rank) of xs.
func durations(xs []float64) *model.DurationStatistics {
	out := &model.DurationStatistics{Count: len(xs)}
	if len(xs) == 0 {
		return out
	}
	slices.Sort(xs)
	median, p90 := round(NearestRank(xs, 50)), round(NearestRank(xs, 90))
	out.Median, out.P90 = &median, &p90
	return out
}

// NearestRank answers the p-th percentile (0 < p ≤ 100) of sorted, non-empty xs by the
// nearest-rank method: the value at rank ceil(p/100 × n), counted from 1. Integer
// arithmetic keeps the rank exact (ceil(0.9 × 10) is 9, never 10).
func NearestRank(xs []float64, p int) float64 {
	n := len(xs)
	rank := (p*n + 99) / 100
	rank = max(1, min(rank, n))
	return xs[rank-1]
}

func round(x float64) float64 { return math.Round(x*100) / 100 }

// Columns are the CSV's Japanese column headers, before one column per desired scheme.
var Columns = []string{"期間", "年度", "開始日", "終了日", "受付件数", "自由提案", "課題提案", "担当課依頼", "採択", "不採択", "取下げ",
	"事業化", "協定締結", "初回対応（件数）", "初回対応日数（中央値）", "初回対応日数（90パーセンタイル）",
	"採否決定（件数）", "採否決定日数（中央値）", "採否決定日数（90パーセンタイル）"}

// SchemePrefix begins the header of a desired scheme's column ("連携手法:PFI").
const SchemePrefix = "連携手法:"

// Table lays out the figures as the desk's CSV: one row per period and a last row for the
// total; the desired schemes of the whole range follow as columns, most frequent first.
func Table(st *model.DeskStatistics) (columns []string, rows [][]string) {
	columns = slices.Clone(Columns)
	for _, c := range st.Total.ReceivedByScheme {
		columns = append(columns, SchemePrefix+c.Key)
	}
	row := func(p *model.StatisticsPeriod) []string {
		kind := map[string]int{}
		for _, c := range p.ReceivedByKind {
			kind[c.Key] = c.Count
		}
		scheme := map[string]int{}
		for _, c := range p.ReceivedByScheme {
			scheme[c.Key] = c.Count
		}
		n := strconv.Itoa
		out := []string{p.Label, n(p.FiscalYear), string(p.Start), string(p.End), n(p.Received),
			n(kind[string(model.ProposalFree)]), n(kind[string(model.ProposalChallenge)]), n(p.Assigned),
			n(p.Accepted), n(p.Declined), n(p.Withdrawn), n(p.BecameProjects), n(p.BecameAgreements),
			n(p.DaysToFirstResponse.Count), num(p.DaysToFirstResponse.Median), num(p.DaysToFirstResponse.P90),
			n(p.DaysToDecision.Count), num(p.DaysToDecision.Median), num(p.DaysToDecision.P90)}
		for _, c := range st.Total.ReceivedByScheme {
			out = append(out, n(scheme[c.Key]))
		}
		return out
	}
	for _, p := range st.Periods {
		rows = append(rows, row(p))
	}
	rows = append(rows, row(st.Total))
	return columns, rows
}

// num writes an optional number; none is an empty cell.
func num(x *float64) string {
	if x == nil {
		return ""
	}
	return fmt.Sprintf("%.2f", *x)
}
