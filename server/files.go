package server

import (
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/koop-lichtenberg/koop"
)

// filesHandler serves GET /files/{id}?token=…: an attachment as a download, for the user and
// session named in the short-lived token (sessions are checked, so logout ends the link too).
func filesHandler(cfg Config) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "private, no-store")
		fail := func(status int, message string) {
			w.Header().Set("Content-Type", "text/plain; charset=utf-8")
			w.WriteHeader(status)
			io.WriteString(w, message+"\n")
		}
		id := r.PathValue("id")
		userID, sessionID, attachmentID, err := cfg.Tokens.ParseDownload(r.URL.Query().Get("token"))
		if err == nil && attachmentID != id {
			err = koop.Errorf(koop.EUNAUTHENTICATED, "Der Download-Link gehört zu einer anderen Datei.")
		}
		if err != nil {
			fail(http.StatusUnauthorized, koop.ErrorMessage(err))
			return
		}
		actor, err := cfg.Auth.Authenticate(r.Context(), userID, sessionID)
		if err != nil {
			fail(http.StatusUnauthorized, koop.ErrorMessage(err))
			return
		}
		ctx := koop.NewContextWithActor(r.Context(), actor)
		f, err := cfg.Resolver.Attachments.AttachmentFile(ctx, id)
		switch koop.ErrorCode(err) {
		case "":
		case koop.ENOTFOUND:
			fail(http.StatusNotFound, koop.ErrorMessage(err))
			return
		case koop.EFORBIDDEN, koop.EUNAUTHENTICATED:
			fail(http.StatusForbidden, koop.ErrorMessage(err))
			return
		default:
			slog.Error("download", "id", id, "err", err)
			fail(http.StatusInternalServerError, "Die Datei konnte nicht geladen werden.")
			return
		}
		h := w.Header()
		h.Set("Content-Type", f.ContentType)
		h.Set("Content-Length", strconv.Itoa(len(f.Data)))
		h.Set("Content-Disposition", contentDisposition(f.FileName))
		// Never rendered as a page of koop, whatever it contains.
		h.Set("Content-Security-Policy", "default-src 'none'; sandbox")
		h.Set("ETag", `"`+f.SHA256+`"`)
		w.Write(f.Data)
	})
}

// contentDisposition names the file for download: an ASCII fallback and the UTF-8 name (RFC 6266).
func contentDisposition(name string) string {
	fallback := strings.Map(func(r rune) rune {
		if r < 0x20 || r > 0x7e || r == '"' || r == '\\' || r == '%' {
			return '_'
		}
		return r
	}, name)
	return fmt.Sprintf(`attachment; filename="%s"; filename*=UTF-8''%s`, fallback, url.PathEscape(name))
}
