package server

import (
	"context"
	"log/slog"
	"net/http"

	"github.com/koop-lichtenberg/koop"
)

// parseSignedLink reads a download link's token: the user, the session and the object it opens.
type parseSignedLink func(token string) (userID, sessionID, objectID string, err error)

// signedLinkContext checks the token of a short-lived download link for object id (other is the
// German message when it names another object) and that its session is still open, so that
// logout ends the link too. It answers 401 itself and returns false when the link does not hold.
func signedLinkContext(cfg Config, w http.ResponseWriter, r *http.Request, id string, parse parseSignedLink, other string) (context.Context, bool) {
	w.Header().Set("Cache-Control", "private, no-store")
	userID, sessionID, objectID, err := parse(r.URL.Query().Get("token"))
	if err == nil && objectID != id {
		err = koop.Errorf(koop.EUNAUTHENTICATED, "%s", other)
	}
	if err != nil {
		failText(w, http.StatusUnauthorized, koop.ErrorMessage(err))
		return nil, false
	}
	actor, err := cfg.Auth.Authenticate(r.Context(), userID, sessionID)
	if err != nil {
		failText(w, http.StatusUnauthorized, koop.ErrorMessage(err))
		return nil, false
	}
	return koop.NewContextWithActor(r.Context(), actor), true
}

// failedLoad answers a service error of a download: 404 and 403 with the German message, else 500
// with internal (the error itself is logged, never shown). It returns false when err is nil.
func failedLoad(w http.ResponseWriter, err error, what, id, internal string) bool {
	switch koop.ErrorCode(err) {
	case "":
		return false
	case koop.ENOTFOUND:
		failText(w, http.StatusNotFound, koop.ErrorMessage(err))
	case koop.EFORBIDDEN, koop.EUNAUTHENTICATED:
		failText(w, http.StatusForbidden, koop.ErrorMessage(err))
	default:
		slog.Error(what, "id", id, "err", err)
		failText(w, http.StatusInternalServerError, internal)
	}
	return true
}
