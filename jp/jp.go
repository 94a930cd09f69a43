// Package jp holds the Japanese administrative formats pppdesk must get exactly right: era (和暦) dates and the corporate number (法人番号) check digit.
package jp

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// era is one Japanese era and the first calendar day it covers,
// encoded as YYYYMMDD so dates compare without time-zone effects.
type era struct {
	name  string
	start int // YYYYMMDD
}

// eras lists the supported eras newest first so the first match wins.
var eras = []era{
	{"令和", 20190501},
	{"平成", 19890108},
	{"昭和", 19261225},
	{"大正", 19120730},
	{"明治", 18680125},
}

// gregorianStart is 明治6年1月1日, the day Japan adopted the Gregorian
// calendar; earlier dates would need lunisolar conversion, which we refuse.
const gregorianStart = 18730101

// Wareki formats d's calendar date (its own Year/Month/Day, with no
// time-zone conversion) as era text such as "令和5年3月30日", because
// government and banking forms require the era form, with the first
// year of an era written "元年". Dates before 1873-01-01 are rejected
// since they predate the Gregorian calendar in Japan.
func Wareki(d time.Time) (string, error) {
	y, m, day := d.Date()
	key := y*10000 + int(m)*100 + day
	if key < gregorianStart {
		return "", fmt.Errorf("jp: %04d-%02d-%02d is before the Gregorian calendar in Japan (1873-01-01)", y, int(m), day)
	}
	for _, e := range eras {
		if key < e.start {
			continue
		}
		n := y - e.start/10000 + 1
		year := strconv.Itoa(n)
		if n == 1 {
			year = "元"
		}
		return fmt.Sprintf("%s%s年%d月%d日", e.name, year, int(m), day), nil
	}
	// Unreachable: gregorianStart is inside 明治.
	return "", fmt.Errorf("jp: no era for %04d-%02d-%02d", y, int(m), day)
}

// WarekiString parses a strict "YYYY-MM-DD" date and formats it with
// Wareki, so callers holding ISO strings (API input, database text)
// cannot slip through impossible dates such as 2023-02-30.
func WarekiString(iso string) (string, error) {
	t, err := time.Parse("2006-01-02", iso)
	if err != nil {
		return "", fmt.Errorf("jp: invalid date %q (want YYYY-MM-DD): %w", iso, err)
	}
	return Wareki(t)
}

// errCorporateNumberFormat is returned for anything that is not exactly
// 13 ASCII digits.
var errCorporateNumberFormat = errors.New("corporate number must be 13 digits")

// ValidCorporateNumber reports whether s is a well-formed 法人番号:
// exactly 13 ASCII digits whose first digit is the National Tax Agency
// check digit, so typos are caught before a filing is rejected.
// The check digit is 9 − (Σ Pn×Qn mod 9) over the 12 base digits, where
// P1 is the rightmost digit and Qn is 1 for odd n and 2 for even n.
// Like any mod-9 scheme it cannot see a 0↔9 swap in a base digit.
// Call NormalizeCorporateNumber first for user-typed input.
func ValidCorporateNumber(s string) error {
	if len(s) != 13 {
		return errCorporateNumberFormat
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return errCorporateNumberFormat
		}
	}
	sum := 0
	for n := 1; n <= 12; n++ {
		p := int(s[13-n] - '0')
		q := 1
		if n%2 == 0 {
			q = 2
		}
		sum += p * q
	}
	want := 9 - sum%9
	if got := int(s[0] - '0'); got != want {
		return fmt.Errorf("corporate number check digit is %d, expected %d", got, want)
	}
	return nil
}

// NormalizeCorporateNumber turns a 法人番号 as people type or print it
// into the 13-digit form ValidCorporateNumber expects: it removes
// whitespace (including the full-width space) and hyphen-like
// characters, and converts full-width digits ０-９ to ASCII. Any other
// character is kept so that validation still rejects it.
func NormalizeCorporateNumber(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r >= '０' && r <= '９':
			b.WriteRune('0' + (r - '０'))
		case r == ' ', r == '\t', r == '\n', r == '\r', r == '\u3000':
			// drop whitespace
		case r == '-', r == '\u2010', r == '\u2011', r == '\u2012', r == '\u2013', r == '\u2212', r == '\uFF0D':
			// drop hyphens, dashes and minus signs
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
