package server

import (
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
)

// filesHandler serves GET /files/{id}?token=…: an attachment as a download, for the user and
// session named in the short-lived token (sessions are checked, so logout ends the link too).
func filesHandler(cfg Config) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		id := r.PathValue("id")
		ctx, ok := signedLinkContext(cfg, w, r, id, cfg.Tokens.ParseDownload, "Der Download-Link gehört zu einer anderen Datei.")
		if !ok {
			return
		}
		f, err := cfg.Resolver.Attachments.AttachmentFile(ctx, id)
		if failedLoad(w, err, "download", id, "Die Datei konnte nicht geladen werden.") {
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
