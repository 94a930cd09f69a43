package jp

import (
	"strings"
	"testing"
	"time"
)

func date(y int, m time.Month, d int) time.Time {
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

func TestWareki(t *testing.T) {
	tests := []struct {
		in   time.Time
		want string
	}{
		{date(2023, 3, 30), "令和5年3月30日"},
		// 令和
		{date(2019, 5, 1), "令和元年5月1日"},
		{date(2019, 4, 30), "平成31年4月30日"},
		{date(2020, 1, 1), "令和2年1月1日"},
		// 平成
		{date(1989, 1, 8), "平成元年1月8日"},
		{date(1989, 1, 7), "昭和64年1月7日"},
		{date(1990, 1, 1), "平成2年1月1日"},
		// 昭和
		{date(1926, 12, 25), "昭和元年12月25日"},
		{date(1926, 12, 24), "大正15年12月24日"},
		{date(1927, 1, 1), "昭和2年1月1日"},
		// 大正
		{date(1912, 7, 30), "大正元年7月30日"},
		{date(1912, 7, 29), "明治45年7月29日"},
		// 明治, from the first Gregorian day
		{date(1873, 1, 1), "明治6年1月1日"},
		{date(1900, 12, 31), "明治33年12月31日"},
		// The calendar date is used as given, not converted to another zone.
		{time.Date(2019, 4, 30, 23, 59, 0, 0, time.FixedZone("UTC-10", -10*3600)), "平成31年4月30日"},
		{time.Date(2019, 5, 1, 0, 0, 0, 0, time.FixedZone("JST", 9*3600)), "令和元年5月1日"},
	}
	for _, tt := range tests {
		got, err := Wareki(tt.in)
		if err != nil {
			t.Errorf("Wareki(%s): unexpected error %v", tt.in.Format(time.RFC3339), err)
			continue
		}
		if got != tt.want {
			t.Errorf("Wareki(%s) = %q, want %q", tt.in.Format(time.RFC3339), got, tt.want)
		}
	}
}

func TestWarekiBeforeGregorian(t *testing.T) {
	for _, d := range []time.Time{date(1872, 12, 31), date(1868, 1, 25), date(1, 1, 1)} {
		got, err := Wareki(d)
		if err == nil {
			t.Errorf("Wareki(%s) = %q, want error", d.Format("2006-01-02"), got)
			continue
		}
		if !strings.Contains(err.Error(), "before the Gregorian calendar in Japan") {
			t.Errorf("Wareki(%s) error = %q, want it to mention the Gregorian calendar", d.Format("2006-01-02"), err)
		}
	}
}

func TestWarekiString(t *testing.T) {
	tests := []struct {
		in      string
		want    string
		wantErr string // substring; empty means success
	}{
		{in: "2023-03-30", want: "令和5年3月30日"},
		{in: "2019-05-01", want: "令和元年5月1日"},
		{in: "1989-01-07", want: "昭和64年1月7日"},
		{in: "2023-02-30", wantErr: `"2023-02-30"`},
		{in: "2023/03/30", wantErr: `"2023/03/30"`},
		{in: "", wantErr: `""`},
		{in: "2023-3-30", wantErr: `"2023-3-30"`},
		{in: "2023-03-30T00:00:00Z", wantErr: `"2023-03-30T00:00:00Z"`},
		{in: "1872-12-31", wantErr: "before the Gregorian calendar in Japan"},
	}
	for _, tt := range tests {
		got, err := WarekiString(tt.in)
		if tt.wantErr != "" {
			if err == nil {
				t.Errorf("WarekiString(%q) = %q, want error", tt.in, got)
			} else if !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("WarekiString(%q) error = %q, want it to contain %s", tt.in, err, tt.wantErr)
			}
			continue
		}
		if err != nil {
			t.Errorf("WarekiString(%q): unexpected error %v", tt.in, err)
			continue
		}
		if got != tt.want {
			t.Errorf("WarekiString(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// Known-valid numbers, each also checked by hand (P1 = rightmost digit,
// weights 1,2,1,2,… from the right):
//
//	7000012050002 (国税庁): 2+0+0+0+5+0+2+2+0+0+0+0 = 11; 9-(11%9) = 7
//	1180301018771 (トヨタ自動車株式会社): 1+14+7+16+1+0+1+0+3+0+8+2 = 53; 9-(53%9) = 1
//	4010401022860 (owner not verified; check digit only): 0+12+8+4+2+0+1+0+4+0+1+0 = 32; 9-(32%9) = 4
var knownValid = []string{"7000012050002", "1180301018771", "4010401022860"}

func TestValidCorporateNumber(t *testing.T) {
	tests := []struct {
		in      string
		wantErr string // exact message; empty means valid
	}{
		{"7000012050002", ""},
		{"1180301018771", ""},
		{"4010401022860", ""},
		{"8000012050002", "corporate number check digit is 8, expected 7"},
		{"2180301018771", "corporate number check digit is 2, expected 1"},
		{"7000012050003", "corporate number check digit is 7, expected 6"},
		{"0000000000000", "corporate number check digit is 0, expected 9"},
		{"", "corporate number must be 13 digits"},
		{"700001205000", "corporate number must be 13 digits"},
		{"70000120500020", "corporate number must be 13 digits"},
		{"7000012O50002", "corporate number must be 13 digits"},
		{"7-00012050002", "corporate number must be 13 digits"},
		{"７000012050002", "corporate number must be 13 digits"}, // needs NormalizeCorporateNumber
		{" 7000012050002", "corporate number must be 13 digits"},
	}
	for _, tt := range tests {
		err := ValidCorporateNumber(tt.in)
		switch {
		case tt.wantErr == "" && err != nil:
			t.Errorf("ValidCorporateNumber(%q) = %v, want nil", tt.in, err)
		case tt.wantErr != "" && err == nil:
			t.Errorf("ValidCorporateNumber(%q) = nil, want %q", tt.in, tt.wantErr)
		case tt.wantErr != "" && err.Error() != tt.wantErr:
			t.Errorf("ValidCorporateNumber(%q) = %q, want %q", tt.in, err, tt.wantErr)
		}
	}
}

// TestCorporateNumberSingleDigitChanges changes every digit of the known
// numbers to every other digit. All changes must fail except a 0↔9 swap in
// a base digit: it shifts the weighted sum by 9 or 18, which is 0 mod 9,
// so the NTA check digit cannot detect it.
func TestCorporateNumberSingleDigitChanges(t *testing.T) {
	for _, s := range knownValid {
		for i := 0; i < len(s); i++ {
			for c := byte('0'); c <= '9'; c++ {
				if c == s[i] {
					continue
				}
				b := []byte(s)
				b[i] = c
				mutated := string(b)
				err := ValidCorporateNumber(mutated)
				undetectable := i > 0 && (s[i] == '0' && c == '9' || s[i] == '9' && c == '0')
				if undetectable {
					if err != nil {
						t.Errorf("ValidCorporateNumber(%q) = %v; a 0↔9 swap is expected to pass the mod-9 check", mutated, err)
					}
					continue
				}
				if err == nil {
					t.Errorf("ValidCorporateNumber(%q) = nil, want error (digit %d of %s changed)", mutated, i, s)
				}
			}
		}
	}
}

func TestNormalizeCorporateNumber(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"1180301018771", "1180301018771"},
		{"1-1803-0101-8771", "1180301018771"},
		{"１１８０３０１０１８７７１", "1180301018771"},
		{"１－１８０３－０１０１－８７７１", "1180301018771"},
		{" 7 0000 1205 0002 ", "7000012050002"},
		{"7\u30000000\u30001205\u30000002", "7000012050002"},
		{"7‐0000‐1205‐0002", "7000012050002"},
		{"7000012O50002", "7000012O50002"}, // letters are kept so validation rejects them
		{"", ""},
	}
	for _, tt := range tests {
		got := NormalizeCorporateNumber(tt.in)
		if got != tt.want {
			t.Errorf("NormalizeCorporateNumber(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if tt.want == "1180301018771" || tt.want == "7000012050002" {
			if err := ValidCorporateNumber(got); err != nil {
				t.Errorf("ValidCorporateNumber(NormalizeCorporateNumber(%q)) = %v", tt.in, err)
			}
		}
	}
}
