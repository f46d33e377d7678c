package graph

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime/debug"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/koop-lichtenberg/koop"
)

// PresentError is the one place that turns errors into GraphQL errors: koop errors keep their
// German message and get `extensions.code` (and `field`); anything else is logged with the
// request ID and reaches the client as "Interner Fehler" — no database text ever leaves.
func PresentError(ctx context.Context, err error) *gqlerror.Error {
	var gqlErr *gqlerror.Error
	if errors.As(err, &gqlErr) && gqlErr.Err == nil {
		// gqlgen's own parse and validation errors: already safe to show.
		return gqlErr
	}
	ge := graphql.DefaultErrorPresenter(ctx, err)
	if ge.Message == "introspection disabled" {
		err = koop.Errorf(koop.EFORBIDDEN, "Die Schema-Abfrage ist nur im Entwicklungsmodus (KOOP_DEV=1) verfügbar.")
	}
	code := koop.ErrorCode(err)
	ge.Extensions = map[string]any{"code": code}
	switch code {
	case koop.EINTERNAL:
		reqID := koop.RequestFromContext(ctx).ID
		slog.ErrorContext(ctx, "internal error", "request", reqID, "path", ge.Path.String(), "err", err)
		ge.Message = fmt.Sprintf("Interner Fehler (Anfrage %s). Bitte versuchen Sie es erneut oder melden Sie die Nummer.", reqID)
		ge.Extensions["requestId"] = reqID
	case koop.EUNAVAILABLE:
		slog.WarnContext(ctx, "database unavailable", "request", koop.RequestFromContext(ctx).ID, "err", err)
		ge.Message = koop.ErrorMessage(err)
	default:
		ge.Message = koop.ErrorMessage(err)
		if f := koop.ErrorField(err); f != "" {
			ge.Extensions["field"] = f
		}
	}
	return ge
}

// Recover turns a panic in a resolver into an internal error and logs the stack.
func Recover(ctx context.Context, p any) error {
	slog.ErrorContext(ctx, "panic in resolver", "request", koop.RequestFromContext(ctx).ID, "panic", p, "stack", string(debug.Stack()))
	return fmt.Errorf("panic: %v", p)
}
