// Package input checks what callers type: free text (trimmed, bounded, no control
// characters), searches and 法人番号, naming the field in every refusal. Domain services and
// resolvers share it, so one field has one rule wherever it arrives.
package input

import (
	"strings"
	"unicode/utf8"

	"github.com/pppdesk/pppdesk/apperr"
	"github.com/pppdesk/pppdesk/jp"
	"github.com/pppdesk/pppdesk/model"
)

// Field limits of the inputs of every domain.
const (
	MaxTitle       = 200
	MaxSummary     = 2000
	MaxBody        = 20000
	MaxScheme      = 200
	MaxMessage     = 10000
	MaxReason      = 2000
	MaxContact     = 200
	MaxName        = 200
	MaxDisplayName = 100
	MaxURL         = 500
	MaxAddress     = 300
	MaxDescription = 5000
	// MaxAlt bounds a media text alternative (a varchar(255) column): a sentence or
	// two a screen reader speaks in place of the image, not a caption or an article.
	MaxAlt = 250
)

// Text checks and trims a free-text input: required when min > 0, at most max characters.
func Text(field, s string, required bool, max int) (string, error) {
	s = strings.TrimSpace(s)
	if required && s == "" {
		return "", apperr.Invalid(field, "is required")
	}
	if n := utf8.RuneCountInString(s); n > max {
		return "", apperr.Invalid(field, "is %d characters long; at most %d are allowed", n, max)
	}
	if strings.ContainsRune(s, 0) {
		return "", apperr.Invalid(field, "contains a NUL character")
	}
	return s, nil
}

// Field is one optional free-text input and where it goes: nil inputs leave the
// destination alone, so the same list serves creates and partial updates.
type Field struct {
	Name     string
	In       *string
	Dst      *string
	Max      int
	Required bool
}

// Set checks and assigns every given field, naming the first bad one.
func Set(fields ...Field) error {
	for _, f := range fields {
		if f.In == nil {
			continue
		}
		t, err := Text(f.Name, *f.In, f.Required, f.Max)
		if err != nil {
			return err
		}
		*f.Dst = t
	}
	return nil
}

// Search text limits: every word becomes a group of LIKE conditions, so a long search is an
// expensive query (a 1,000-word search exceeded SQLite's expression depth).
const (
	MaxSearchRunes = 200
	MaxSearchWords = 16
)

// Search checks a search filter: at most MaxSearchRunes characters in at most
// MaxSearchWords words (after jp.SearchKey), without control characters.
func Search(s *string) (string, error) {
	if s == nil {
		return "", nil
	}
	const field = "filter.search"
	if n := utf8.RuneCountInString(*s); n > MaxSearchRunes {
		return "", apperr.Invalid(field, "at most %d characters, got %d", MaxSearchRunes, n)
	}
	// Words are counted as the store searches them: normalized, where one character may
	// spell out to several words (ﷺ).
	if n := len(strings.Fields(jp.SearchKey(*s))); n > MaxSearchWords {
		return "", apperr.Invalid(field, "at most %d words, got %d", MaxSearchWords, n)
	}
	if err := model.CheckText(*s); err != nil {
		return "", apperr.Invalid(field, "%s", err.Error())
	}
	return *s, nil
}

// CorporateNumber normalises a 法人番号 as people type it (hyphens, full-width digits) and
// checks its check digit, naming the field when it is wrong.
func CorporateNumber(field, s string) (string, error) {
	n := jp.NormalizeCorporateNumber(s)
	if err := jp.ValidCorporateNumber(n); err != nil {
		return "", apperr.Invalid(field, "%v", err)
	}
	return n, nil
}

// F is one Field, in the order the checks read: name, input, destination, limit, required.
func F(name string, in, dst *string, max int, required bool) Field {
	return Field{Name: name, In: in, Dst: dst, Max: max, Required: required}
}

// ID reads a global ID that must name a row of typ; field names the argument in errors.
func ID(field, id string, typ model.OwnerType) (int64, error) {
	t, n, ok := model.ParseGlobalID(id)
	if !ok {
		return 0, apperr.Invalid(field, "%q is not an ID", id)
	}
	if t != typ {
		return 0, apperr.Invalid(field, "%q is not the ID of a %s", id, typ)
	}
	return n, nil
}

// NotAnID is the refusal of an argument that is no global ID at all.
func NotAnID(id string) error { return apperr.Invalid("id", "%q is not an ID", id) }
