package jp

import (
	"regexp"
	"strings"
	"testing"
	"time"
)

var warekiForm = regexp.MustCompile(`^(令和|平成|昭和|大正|明治)(元|[1-9][0-9]*)年(1[0-2]|[1-9])月([1-9]|[12][0-9]|3[01])日$`)

// FuzzWareki: every date from 1873-01-01 has exactly one well-formed era text; every earlier
// date (and anything that is not a YYYY-MM-DD date) is an error, never a panic.
func FuzzWareki(f *testing.F) {
	for _, s := range []string{"2019-05-01", "2019-04-30", "1989-01-07", "1989-01-08", "1926-12-25", "1912-07-30",
		"1873-01-01", "1872-12-31", "0001-01-01", "9999-12-31", "2023-02-30", "", "2023-1-1", "令和5年", "2023-02-28\x00"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		w, err := WarekiString(s)
		d, perr := time.Parse("2006-01-02", s)
		switch {
		case perr != nil:
			if err == nil {
				t.Fatalf("%q is no date but gave %q", s, w)
			}
		case d.Before(time.Date(1873, 1, 1, 0, 0, 0, 0, time.UTC)):
			if err == nil {
				t.Fatalf("%q predates 1873 but gave %q", s, w)
			}
		default:
			if err != nil || !warekiForm.MatchString(w) {
				t.Fatalf("%q: %q %v", s, w, err)
			}
			if strings.Contains(w, "0月") {
				t.Fatalf("%q: %q", s, w)
			}
		}
	})
}

// FuzzCorporateNumber: normalising and checking any text never panics; whatever passes is
// 13 ASCII digits; and a number with its check digit recomputed always passes.
func FuzzCorporateNumber(f *testing.F) {
	for _, s := range []string{"7000012050002", "７０００-０１２０-５０００２", "1234567890123", "", "700001205000", "70000120500020", "\u30007000012050002\t", "７"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := NormalizeCorporateNumber(s)
		if ValidCorporateNumber(n) == nil {
			if len(n) != 13 || strings.Trim(n, "0123456789") != "" {
				t.Fatalf("%q normalised to %q passed", s, n)
			}
			return
		}
		if len(n) == 13 && strings.Trim(n, "0123456789") == "" {
			sum := 0
			for i := 1; i <= 12; i++ {
				q := 1
				if i%2 == 0 {
					q = 2
				}
				sum += int(n[13-i]-'0') * q
			}
			fixed := string(rune('0'+9-sum%9)) + n[1:]
			if err := ValidCorporateNumber(fixed); err != nil {
				t.Fatalf("%q with its check digit fixed: %v", fixed, err)
			}
		}
	})
}
