// Package koop holds the domain of koop, the shared workspace of a cooperation between a public
// authority and business organisations: its types, rules, state machines and the service
// interfaces that the postgres package implements. It knows no SQL, HTTP or GraphQL.
package koop

import (
	"context"
	"errors"
	"fmt"
)

// Error codes. The value is the code as it appears on the wire in `extensions.code`.
const (
	EUNAUTHENTICATED = "UNAUTHENTICATED" // not logged in, bad credentials, expired token
	EFORBIDDEN       = "FORBIDDEN"       // logged in, but the role does not allow it
	ENOTFOUND        = "NOT_FOUND"       // does not exist or is not visible to the actor
	EINVALID         = "INVALID"         // bad input
	ECONFLICT        = "CONFLICT"        // stale version, duplicate, illegal state
	EUNAVAILABLE     = "UNAVAILABLE"     // the database is down: retry later
	EINTERNAL        = "INTERNAL"        // a bug; the client sees only "Interner Fehler"
)

// Error is an error meant for the user: a code, a German message and, for bad input, the
// input field it concerns.
type Error struct {
	Code    string
	Message string
	Field   string
}

// Error implements the error interface.
func (e *Error) Error() string {
	if e.Field != "" {
		return fmt.Sprintf("koop error: code=%s field=%s message=%s", e.Code, e.Field, e.Message)
	}
	return fmt.Sprintf("koop error: code=%s message=%s", e.Code, e.Message)
}

// Errorf returns an Error with the given code and a formatted German message.
func Errorf(code string, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// FieldErrorf returns an Error about one input field.
func FieldErrorf(code, field string, format string, args ...any) *Error {
	return &Error{Code: code, Field: field, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the code of a koop Error anywhere in err's chain, EINTERNAL for any other
// error and "" for nil.
func ErrorCode(err error) string {
	var e *Error
	switch {
	case err == nil:
		return ""
	case errors.As(err, &e):
		return e.Code
	default:
		return EINTERNAL
	}
}

// ErrorMessage returns the user-facing message of err; internal errors get a generic one so
// that nothing internal leaks.
func ErrorMessage(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Message
	}
	return "Interner Fehler"
}

// ErrorField returns the input field an error concerns, or "".
func ErrorField(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Field
	}
	return ""
}

// Page bounds a list: Limit defaults to 50 and may not exceed 200.
type Page struct {
	Limit  int
	Offset int
}

// Page limits.
const (
	DefaultLimit = 50
	MaxLimit     = 200
)

// NewPage validates limit and offset as given by a client (nil means the default).
func NewPage(limit, offset *int) (Page, error) {
	p := Page{Limit: DefaultLimit}
	if limit != nil {
		if *limit < 1 || *limit > MaxLimit {
			return p, FieldErrorf(EINVALID, "limit", "Die Seitengröße muss zwischen 1 und %d liegen.", MaxLimit)
		}
		p.Limit = *limit
	}
	if offset != nil {
		if *offset < 0 {
			return p, FieldErrorf(EINVALID, "offset", "Der Versatz darf nicht negativ sein.")
		}
		p.Offset = *offset
	}
	return p, nil
}

// Actor is who acts in a request: the logged-in user and their session.
type Actor struct {
	UserID        string
	SessionID     string
	Name          string
	IsSystemAdmin bool
}

// RequestInfo describes the request an action came with, for throttling and the audit trail.
type RequestInfo struct {
	ID        string
	IP        string
	UserAgent string
}

type ctxKey int

const (
	actorKey ctxKey = iota
	authErrKey
	requestKey
)

// NewContextWithActor returns a context carrying the logged-in actor.
func NewContextWithActor(ctx context.Context, a *Actor) context.Context {
	return context.WithValue(ctx, actorKey, a)
}

// NewContextWithAuthError returns a context recording why a presented token was refused, so
// that operations needing a login explain it instead of saying "not logged in".
func NewContextWithAuthError(ctx context.Context, err error) context.Context {
	return context.WithValue(ctx, authErrKey, err)
}

// ActorFromContext returns the actor, or nil when the request is anonymous.
func ActorFromContext(ctx context.Context) *Actor {
	a, _ := ctx.Value(actorKey).(*Actor)
	return a
}

// RequireActor returns the actor or an EUNAUTHENTICATED error.
func RequireActor(ctx context.Context) (*Actor, error) {
	if a := ActorFromContext(ctx); a != nil {
		return a, nil
	}
	if err, ok := ctx.Value(authErrKey).(error); ok {
		return nil, err
	}
	return nil, Errorf(EUNAUTHENTICATED, "Bitte melden Sie sich an.")
}

// AuthErrorFromContext returns the error recorded for a refused token, if any.
func AuthErrorFromContext(ctx context.Context) error {
	err, _ := ctx.Value(authErrKey).(error)
	return err
}

// NewContextWithRequest returns a context carrying request metadata.
func NewContextWithRequest(ctx context.Context, r RequestInfo) context.Context {
	return context.WithValue(ctx, requestKey, r)
}

// RequestFromContext returns the request metadata (zero when absent).
func RequestFromContext(ctx context.Context) RequestInfo {
	r, _ := ctx.Value(requestKey).(RequestInfo)
	return r
}
