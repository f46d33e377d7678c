package server

import (
	"net/http"
	"strconv"
	"time"

	"github.com/koop-lichtenberg/koop"
)

// guestListHandler serves GET /events/{id}/guests.csv?token=…: the guest list as CSV that
// German Excel opens as it is (semicolons, UTF-8 with BOM, CRLF), for the user and session named
// in the short-lived token. Contact details follow the user's role, as on the page.
func guestListHandler(cfg Config) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		id := r.PathValue("id")
		ctx, ok := signedLinkContext(cfg, w, r, id, cfg.Tokens.ParseGuestList, "Der Link gehört zu einer anderen Veranstaltung.")
		if !ok {
			return
		}
		g, err := cfg.Resolver.Invitations.Guests(ctx, id, koop.GuestFilter{})
		if failedLoad(w, err, "guest list", id, "Die Gästeliste konnte nicht geladen werden.") {
			return
		}
		serveCSV(w, "Gaeste-"+koop.FileNameFor(g.Event.Title, ".csv"), GuestListCSV(g))
	})
}

// GuestListCSV writes a guest list for German Excel: a BOM, semicolons, CRLF, German headers
// and dates, and cells that a spreadsheet would run as formulas defused with a leading '.
func GuestListCSV(g *koop.GuestList) []byte {
	cw := newExcelCSV()
	cw.Write([]string{"Anrede", "Titel", "Vorname", "Nachname", "Organisation", "Funktion", "E-Mail", "Status", "Warteliste",
		"Begleitung", "Name der Begleitung", "Plätze", "Eingeladen am", "Geantwortet am", "Eingecheckt um"})
	day := func(t *time.Time) string {
		if t == nil {
			return ""
		}
		return t.In(koop.Berlin).Format("02.01.2006 15:04")
	}
	for _, inv := range g.Items {
		salutation, title, first, last, org, function, email := "", "", "", inv.WalkInName, "", "", ""
		if c := inv.Contact; c != nil {
			salutation, title, first, last, function = c.Salutation.Label(), c.Title, c.FirstName, c.LastName, c.Function
			if c.Salutation == koop.SalutationNone {
				salutation = ""
			}
			if c.Organisation != nil {
				org = c.Organisation.Name
			}
			if c.Email != nil {
				email = *c.Email
			}
		}
		waiting, plusOne := "", "nein"
		if inv.WaitlistPosition > 0 {
			waiting = strconv.Itoa(inv.WaitlistPosition)
		}
		if inv.PlusOne {
			plusOne = "ja"
		}
		cw.Write(defuseCells(salutation, title, first, last, org, function, email, inv.Status.Label(), waiting,
			plusOne, inv.PlusOneName, strconv.Itoa(inv.Seats()), day(inv.InvitedAt), day(inv.AnsweredAt), day(inv.CheckedInAt)))
	}
	return cw.Bytes()
}
