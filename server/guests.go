package server

import (
	"bytes"
	"encoding/csv"
	"net/http"
	"strconv"
	"strings"
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
		body := GuestListCSV(g)
		h := w.Header()
		h.Set("Content-Type", "text/csv; charset=utf-8")
		h.Set("Content-Length", strconv.Itoa(len(body)))
		h.Set("Content-Disposition", contentDisposition("Gaeste-"+koop.FileNameFor(g.Event.Title, ".csv")))
		w.Write(body)
	})
}

// GuestListCSV writes a guest list for German Excel: a BOM, semicolons, CRLF, German headers
// and dates, and cells that a spreadsheet would run as formulas defused with a leading '.
func GuestListCSV(g *koop.GuestList) []byte {
	var b bytes.Buffer
	b.WriteString("\uFEFF")
	cw := csv.NewWriter(&b)
	cw.Comma, cw.UseCRLF = ';', true
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
		row := []string{salutation, title, first, last, org, function, email, inv.Status.Label(), waiting,
			plusOne, inv.PlusOneName, strconv.Itoa(inv.Seats()), day(inv.InvitedAt), day(inv.AnsweredAt), day(inv.CheckedInAt)}
		for i, cell := range row {
			row[i] = defuseFormula(cell)
		}
		cw.Write(row)
	}
	cw.Flush()
	return b.Bytes()
}

// defuseFormula keeps a spreadsheet from running a cell as a formula.
func defuseFormula(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}
