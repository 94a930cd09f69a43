// Package apperr is pppdesk's one error type: every error a client may see carries one of the
// codes of DESIGN.md, and anything else is an internal error whose detail stays in the log.
package apperr

import (
	"errors"
	"fmt"
)

// Code is the value of extensions.code in a GraphQL error.
type Code string

// The codes of DESIGN.md.
const (
	Unauthenticated Code = "UNAUTHENTICATED"
	Forbidden       Code = "FORBIDDEN"
	NotFound        Code = "NOT_FOUND"
	BadUserInput    Code = "BAD_USER_INPUT"
	Conflict        Code = "CONFLICT"
	RateLimited     Code = "RATE_LIMITED"
	Internal        Code = "INTERNAL"
	// Unavailable means the server could not reach its database (outage, pool exhausted,
	// SQLite busy): nothing was done, and the same request may be retried later.
	Unavailable Code = "UNAVAILABLE"
)

// Error is an error meant for the client: its Message is shown, Field names the offending
// input when there is one.
type Error struct {
	Code    Code
	Message string
	Field   string
}

func (e *Error) Error() string { return e.Message }

// New makes an error with a code and a client-facing message.
func New(code Code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// Invalid makes a BAD_USER_INPUT error that names the offending field.
func Invalid(field, format string, args ...any) *Error {
	return &Error{Code: BadUserInput, Field: field, Message: field + ": " + fmt.Sprintf(format, args...)}
}

// NotFoundf makes a NOT_FOUND error; callers use it for rows the caller may not see as well,
// so existence never leaks.
func NotFoundf(format string, args ...any) *Error { return New(NotFound, format, args...) }

// Retryable reports whether a request that failed with code may simply be sent again.
func Retryable(code Code) bool { return code == Unavailable || code == RateLimited }

// CodeOf answers the code of err, INTERNAL for anything that is not an *Error.
func CodeOf(err error) Code {
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return Internal
}
