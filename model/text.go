package model

import (
	"github.com/99designs/gqlgen/graphql"

	"github.com/pppdesk/pppdesk/apperr"
)

// MarshalText writes a GraphQL String; strings leave the server as gqlgen writes them.
func MarshalText(s string) graphql.Marshaler { return graphql.MarshalString(s) }

// UnmarshalText reads every GraphQL String input. It refuses control characters (NUL and
// the other C0 codes except tab, line feed and carriage return, and DEL): no text of a
// desk needs them, a NUL cut SQL text short in SQLite, and they hide text from readers.
// The error names no field; the error presenter adds the argument's path.
func UnmarshalText(v any) (string, error) {
	s, err := graphql.UnmarshalString(v)
	if err != nil {
		return "", apperr.New(apperr.BadUserInput, "%v", err)
	}
	if err := CheckText(s); err != nil {
		return "", err
	}
	return s, nil
}

// CheckText refuses control characters other than tab, line feed and carriage return.
func CheckText(s string) error {
	for i, r := range s {
		if (r < 0x20 && r != '\t' && r != '\n' && r != '\r') || r == 0x7f {
			return apperr.New(apperr.BadUserInput, "control character U+%04X at byte %d is not allowed", r, i)
		}
	}
	return nil
}
