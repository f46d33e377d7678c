package server

import (
	"crypto/rand"
	"encoding/hex"
	"io"
	"log/slog"
	"net/http"
	"strconv"
	"strings"
	"unicode"

	"github.com/koop-lichtenberg/koop"
	"github.com/koop-lichtenberg/koop/ical"
)

// WithCalendar serves the calendar exports in front of koop's handler next:
//
//	GET /calendar/events/{id}.ics?token=…  one event, for the user and session of a signed link
//	GET /calendar/feeds/{token}.ics        a cooperation's feed; no login, the token is the key
//
// publicURL is the base of the event links inside the calendars. These responses get koop's
// security headers and a request ID, but the request is never logged by path: a feed's path is
// its secret.
func WithCalendar(next http.Handler, cfg Config, publicURL string) http.Handler {
	mux := http.NewServeMux()
	mux.Handle("GET /calendar/events/{file}", eventFileHandler(cfg, publicURL))
	mux.Handle("GET /calendar/feeds/{file}", feedHandler(cfg, publicURL))
	calendar := securityHeaders(mux)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !strings.HasPrefix(r.URL.Path, "/calendar/") {
			next.ServeHTTP(w, r)
			return
		}
		b := make([]byte, 8)
		rand.Read(b)
		id := hex.EncodeToString(b)
		w.Header().Set("X-Request-Id", id)
		ctx := koop.NewContextWithRequest(r.Context(), koop.RequestInfo{ID: id, IP: clientAddress(r, cfg.TrustedProxies), UserAgent: r.UserAgent()})
		calendar.ServeHTTP(w, r.WithContext(ctx))
	})
}

// failText answers with a short German text.
func failText(w http.ResponseWriter, status int, message string) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.WriteHeader(status)
	io.WriteString(w, message+"\n")
}

// writeCalendar sends an iCalendar body.
func writeCalendar(w http.ResponseWriter, body []byte, disposition string) {
	h := w.Header()
	h.Set("Content-Type", "text/calendar; charset=utf-8")
	h.Set("Content-Length", strconv.Itoa(len(body)))
	h.Set("Content-Disposition", disposition)
	// Never rendered as a page of koop.
	h.Set("Content-Security-Policy", "default-src 'none'; sandbox")
	h.Set("X-Robots-Tag", "noindex")
	w.Write(body)
}

// eventFileHandler serves one event as an .ics download to the user of a short-lived link; the
// session is checked, so logout ends the link too.
func eventFileHandler(cfg Config, publicURL string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "private, no-store")
		id, ok := strings.CutSuffix(r.PathValue("file"), ".ics")
		if !ok {
			failText(w, http.StatusNotFound, "Die Kalenderdatei wurde nicht gefunden.")
			return
		}
		ctx, ok := signedLinkContext(cfg, w, r, id, cfg.Tokens.ParseEventFile, "Der Link gehört zu einer anderen Veranstaltung.")
		if !ok {
			return
		}
		e, err := cfg.Resolver.Events.Event(ctx, id, koop.EventLoad{})
		if failedLoad(w, err, "event calendar file", id, "Die Kalenderdatei konnte nicht erstellt werden.") {
			return
		}
		body, err := ical.EventFile(e, publicURL)
		if err != nil {
			slog.Error("event calendar file", "id", id, "err", err)
			failText(w, http.StatusInternalServerError, "Die Kalenderdatei konnte nicht erstellt werden.")
			return
		}
		writeCalendar(w, body, contentDisposition(eventFileName(e.Title)))
	})
}

// feedHandler serves a cooperation's calendar feed to whoever knows its address.
func feedHandler(cfg Config, publicURL string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// Calendar apps poll; they ask again each time, and nothing on the way keeps a copy.
		w.Header().Set("Cache-Control", "private, no-cache")
		token, ok := strings.CutSuffix(r.PathValue("file"), ".ics")
		if !ok {
			failText(w, http.StatusNotFound, koop.ErrorMessage(koop.ErrCalendarFeedNotFound()))
			return
		}
		content, err := cfg.Resolver.CalendarFeeds.CalendarFeedContent(r.Context(), token)
		switch koop.ErrorCode(err) {
		case "":
		case koop.ENOTFOUND:
			failText(w, http.StatusNotFound, koop.ErrorMessage(err))
			return
		default:
			// The token stays out of the log: it is the feed's only key.
			slog.Error("calendar feed", "err", err)
			failText(w, http.StatusInternalServerError, "Der Kalender konnte gerade nicht erstellt werden. Ihre Kalender-App versucht es später erneut.")
			return
		}
		body, err := ical.Feed(content.CooperationName, content.Events, publicURL)
		if err != nil {
			slog.Error("calendar feed", "cooperation", content.CooperationID, "err", err)
			failText(w, http.StatusInternalServerError, "Der Kalender konnte gerade nicht erstellt werden. Ihre Kalender-App versucht es später erneut.")
			return
		}
		writeCalendar(w, body, `inline; filename="koop.ics"`)
	})
}

// eventFileName names an event's .ics after its title: letters, digits and single dashes,
// at most 80 characters, "Veranstaltung" when nothing is left.
func eventFileName(title string) string {
	var b strings.Builder
	dash := false
	for _, r := range title {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
		} else {
			dash = true
		}
	}
	name := []rune(b.String())
	if len(name) > 80 {
		name = []rune(strings.TrimRight(string(name[:80]), "-"))
	}
	if len(name) == 0 {
		return "Veranstaltung.ics"
	}
	return string(name) + ".ics"
}
