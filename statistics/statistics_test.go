package statistics

import (
	"testing"
	"time"

	"github.com/pppdesk/pppdesk/model"
)

func TestNearestRank(t *testing.T) {
	for _, c := range []struct {
		xs          []float64
		median, p90 float64
	}{
		{[]float64{7}, 7, 7},
		{[]float64{1, 2}, 1, 2},
		{[]float64{1, 2, 3}, 2, 3},
		{[]float64{1, 2, 3, 4}, 2, 4},
		// ceil(0.9 × 10) is exactly 9, the ninth value, not the tenth.
		{[]float64{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, 5, 9},
		{[]float64{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}, 6, 10},
	} {
		if m, p := NearestRank(c.xs, 50), NearestRank(c.xs, 90); m != c.median || p != c.p90 {
			t.Errorf("%v: median %v p90 %v, want %v %v", c.xs, m, p, c.median, c.p90)
		}
	}
}

func TestFiscalYear(t *testing.T) {
	for _, c := range []struct {
		at   time.Time
		want int
	}{
		{time.Date(2026, 3, 31, 14, 59, 59, 0, time.UTC), 2025}, // 2026-03-31 23:59:59 JST
		{time.Date(2026, 3, 31, 15, 0, 0, 0, time.UTC), 2026},   // 2026-04-01 00:00 JST
		{time.Date(2027, 1, 1, 0, 0, 0, 0, Tokyo), 2026},
		{time.Date(2026, 12, 31, 23, 0, 0, 0, Tokyo), 2026},
	} {
		if got := fiscalYear(c.at); got != c.want {
			t.Errorf("%v: 年度 %d, want %d", c.at, got, c.want)
		}
	}
}

func TestPeriods(t *testing.T) {
	r, err := parseRange("2025-02-10", "2026-04-02")
	if err != nil {
		t.Fatal(err)
	}
	fy := r.periods(model.StatisticsGroupingFiscalYear)
	want := []period{
		{label: "2024年度", fiscalYear: 2024, start: day("2025-02-10"), end: day("2025-03-31")},
		{label: "2025年度", fiscalYear: 2025, start: day("2025-04-01"), end: day("2026-03-31")},
		{label: "2026年度", fiscalYear: 2026, start: day("2026-04-01"), end: day("2026-04-02")},
	}
	if len(fy) != len(want) {
		t.Fatalf("periods %v", fy)
	}
	for i := range want {
		if fy[i].label != want[i].label || fy[i].fiscalYear != want[i].fiscalYear || !fy[i].start.Equal(want[i].start) || !fy[i].end.Equal(want[i].end) {
			t.Errorf("period %d: %+v, want %+v", i, fy[i], want[i])
		}
	}
	months := r.periods(model.StatisticsGroupingMonth)
	if len(months) != 15 || months[0].label != "2025-02" || months[1].fiscalYear != 2024 || months[2].fiscalYear != 2025 ||
		months[14].label != "2026-04" || !months[14].end.Equal(day("2026-04-02")) {
		t.Errorf("months %v", months)
	}
	for _, c := range []struct {
		at   time.Time
		want int
	}{
		{time.Date(2025, 2, 9, 15, 0, 0, 0, time.UTC), 0},   // 2025-02-10 00:00 JST, the first day
		{time.Date(2025, 2, 9, 14, 59, 0, 0, time.UTC), -1}, // the day before
		{time.Date(2026, 3, 31, 15, 0, 0, 0, time.UTC), 2},  // 2026-04-01 JST
		{time.Date(2026, 4, 2, 14, 59, 0, 0, time.UTC), 2},  // 2026-04-02 23:59 JST, the last day
		{time.Date(2026, 4, 2, 15, 0, 0, 0, time.UTC), -1},  // 2026-04-03 JST
	} {
		if got := indexOf(fy, c.at); got != c.want {
			t.Errorf("%v: period %d, want %d", c.at, got, c.want)
		}
	}
}

func day(s string) time.Time {
	t, err := time.ParseInLocation(time.DateOnly, s, Tokyo)
	if err != nil {
		panic(err)
	}
	return t
}
