package server

import (
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/golang-jwt/jwt/v5"

	"github.com/koop-lichtenberg/koop"
)

const reportAudience = "koop-report"

// ReportLinkTTL is how long an annual report's CSV link works.
const ReportLinkTTL = time.Hour

type reportClaims struct {
	SessionID     string `json:"sid"`
	CooperationID string `json:"cid"`
	Year          int    `json:"yr"`
	PartnerID     string `json:"pid,omitempty"`
	jwt.RegisteredClaims
}

// reportKey names what a report link opens: cooperation, year and partner (empty for all).
func reportKey(cooperationID, year, partnerID string) string {
	return cooperationID + "/" + year + "/" + partnerID
}

// SignReport mints the token of an annual report's CSV link: one cooperation, year and partner
// (nil: all), one session, an hour, with an audience of its own.
func (t *Tokens) SignReport(userID, sessionID, cooperationID string, year int, partnerID *string) (string, error) {
	now := t.now()
	c := reportClaims{SessionID: sessionID, CooperationID: cooperationID, Year: year, RegisteredClaims: jwt.RegisteredClaims{
		Issuer: tokenIssuer, Audience: jwt.ClaimStrings{reportAudience}, Subject: userID,
		IssuedAt: jwt.NewNumericDate(now), ExpiresAt: jwt.NewNumericDate(now.Add(ReportLinkTTL)),
	}}
	if partnerID != nil {
		c.PartnerID = *partnerID
	}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString(t.key)
}

// ParseReport checks a report link's token and returns user, session and what it opens (as
// reportKey writes it).
func (t *Tokens) ParseReport(token string) (userID, sessionID, key string, err error) {
	var c reportClaims
	_, err = jwt.ParseWithClaims(token, &c, func(*jwt.Token) (any, error) { return t.key, nil },
		jwt.WithValidMethods([]string{jwt.SigningMethodHS256.Alg()}),
		jwt.WithIssuer(tokenIssuer), jwt.WithAudience(reportAudience),
		jwt.WithExpirationRequired(), jwt.WithIssuedAt(), jwt.WithLeeway(5*time.Second),
		jwt.WithTimeFunc(t.now), jwt.WithStrictDecoding())
	if err != nil || c.Subject == "" || c.SessionID == "" || c.CooperationID == "" || c.Year == 0 {
		return "", "", "", koop.Errorf(koop.EUNAUTHENTICATED, "Der Link zum Jahresbericht ist abgelaufen oder ungültig. Bitte öffnen Sie den Bericht neu und laden Sie die Datei noch einmal herunter.")
	}
	return c.Subject, c.SessionID, reportKey(c.CooperationID, strconv.Itoa(c.Year), c.PartnerID), nil
}

// annualReportHandler serves GET /cooperations/{id}/annual-report.csv?year=…&partnerId=…&token=…:
// the report's figures as CSV for German Excel, for the user and session named in the
// short-lived token. The report is read through the service, which decides again whether the
// user may read it.
func annualReportHandler(cfg Config) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		id, q := r.PathValue("id"), r.URL.Query()
		yearText, partnerID := q.Get("year"), q.Get("partnerId")
		ctx, ok := signedLinkContext(cfg, w, r, reportKey(id, yearText, partnerID), cfg.Tokens.ParseReport,
			"Der Link gehört zu einem anderen Jahresbericht.")
		if !ok {
			return
		}
		year, _ := strconv.Atoi(yearText) // the token holds this very text
		var pid *string
		if partnerID != "" {
			pid = &partnerID
		}
		rep, err := cfg.Resolver.Reports.AnnualReport(ctx, id, year, pid)
		if koop.ErrorCode(err) == koop.EINVALID {
			failText(w, http.StatusBadRequest, koop.ErrorMessage(err))
			return
		}
		if failedLoad(w, err, "annual report", id, "Der Jahresbericht konnte nicht erstellt werden.") {
			return
		}
		serveCSV(w, koop.ReportFileName(rep.Year, rep.Partner), AnnualReportCSV(rep))
	})
}

// AnnualReportCSV writes the figures of an annual report for German Excel, as the guest list
// does: a BOM, semicolons, CRLF, German headers, dates and decimal commas, text cells defused.
// Each part of the report is a block (title, header, rows), the blocks separated by a blank line.
func AnnualReportCSV(r *koop.AnnualReport) []byte {
	cw := newExcelCSV()
	text := defuseCells // numbers are written as they are
	scope := "Alle Partner"
	if r.Partner != nil {
		scope = koop.PartnerLabel(r.Partner)
	}
	cw.Write(text("Jahresbericht", strconv.Itoa(r.Year)))
	cw.Write(text("Partner", scope))
	cw.Write(text("Stand", r.GeneratedAt.In(koop.Berlin).Format("02.01.2006 15:04")))
	block := func(title string, header ...string) {
		cw.Write([]string{})
		cw.Write(text(title))
		cw.Write(text(header...))
	}

	block("Veranstaltungen", "Datum", "Veranstaltung", "Reihe", "Federführung", "Eingeladen", "Zugesagt", "Teilgenommen", "Gäste mit Begleitung")
	for _, e := range r.Events {
		series := ""
		if e.SeriesName != nil {
			series = *e.SeriesName
		}
		cw.Write(append(text(e.StartsAt.In(koop.Berlin).Format("02.01.2006"), e.Title, series, e.LeadPartnerName),
			strconv.Itoa(e.Invited), strconv.Itoa(e.Accepted), strconv.Itoa(e.Attended), strconv.Itoa(e.SeatsAttended)))
	}
	cw.Write([]string{"Gäste insgesamt", "", "", "", "", "", "", strconv.Itoa(r.TotalGuests)})

	block("Budget je Partner", "Partner", "Geplant (EUR)", "Ist (EUR)")
	for _, p := range r.Budget {
		cw.Write(append(text(koop.PartnerLabel(p.Partner)), euro(p.PlannedCents), euro(p.ActualCents)))
	}

	block("Preis", "Preisrunde", "Phase", "Nominierungen", "Kategorie", "Preisträger")
	for _, a := range r.Awards {
		head := text(a.Title, a.Phase.Label())
		count := strconv.Itoa(a.NominationCount)
		if len(a.Winners) == 0 {
			cw.Write(append(append(head, count), "", ""))
		}
		for _, win := range a.Winners {
			cw.Write(append(append(head[:2:2], count), text(win.Category, win.OrganisationName)...))
		}
	}

	block("Klausur", "Klausur", "Planjahr", "Beginn", "Stand", "Beschluss", "Ergebnis", "Verantwortlich", "Fällig am")
	if t := r.Retreat; t != nil {
		head := append(text(t.Title), strconv.Itoa(t.PlanYear), t.StartsOn.Format("02.01.2006"), retreatStatusLabel[t.Status])
		if len(t.Decisions) == 0 {
			cw.Write(append(head[:4:4], "", "", "", ""))
		}
		for _, d := range t.Decisions {
			owner := ""
			if d.OwnerPartnerName != nil {
				owner = *d.OwnerPartnerName
			}
			cw.Write(append(append(head[:4:4], text(d.Text, decisionOutcomeLabel[d.Outcome], owner)...), day(d.DueOn)))
		}
	}

	block("Projekte", "Projekt", "Stand", "Federführung", "Meilenstein", "Fällig am", "Erledigt am")
	for _, ws := range r.Workstreams {
		head := text(ws.Title, ws.Status.Label(), strings.Join(ws.LeadPartnerNames, ", "))
		if len(ws.Milestones) == 0 {
			cw.Write(append(head[:3:3], "", "", ""))
		}
		for _, m := range ws.Milestones {
			cw.Write(append(append(head[:3:3], text(m.Title)...), day(&m.DueOn), day(m.DoneOn)))
		}
	}

	block("Kennzahlen", "Kennzahl", "Einheit", "Bezug", "Ausgangswert", "Wert", "Gemessen am", "Zielwert", "Zieldatum", "Stand")
	for _, k := range r.Kpis {
		subject, value := "", ""
		if k.Subject != nil {
			subject = k.Subject.Title
		}
		if k.Value != nil {
			value = decimal(*k.Value)
		}
		cw.Write(append(text(k.Name, k.Unit, subject), decimal(k.Baseline), value, day(k.MeasuredOn), decimal(k.Target), day(k.TargetOn),
			kpiStateLabel[k.State]))
	}

	block("Zusagen", "Zusage", "Stand", "Erfüllt durch")
	for _, c := range r.Commitments {
		cw.Write(text(c.Title, commitmentStatusLabel[c.Status], strings.Join(c.FulfilledBy, ", ")))
	}
	return cw.Bytes()
}

// euro writes cents as a German decimal without currency sign, which Excel reads as a number:
// 123450 → "1234,50".
func euro(cents int) string {
	sign := ""
	if cents < 0 {
		sign, cents = "-", -cents
	}
	return sign + strconv.Itoa(cents/100) + "," + strconv.Itoa(cents%100/10) + strconv.Itoa(cents%10)
}

// decimal writes a number with a decimal comma: 12.5 → "12,5".
func decimal(v float64) string {
	return strings.Replace(strconv.FormatFloat(v, 'f', -1, 64), ".", ",", 1)
}

// day writes a stored date the German way; empty for none.
func day(d *time.Time) string {
	if d == nil {
		return ""
	}
	return d.Format("02.01.2006")
}

// German names of the states the report shows (as the SPA names them).
var (
	retreatStatusLabel = map[koop.RetreatStatus]string{
		koop.RetreatPreparing: "In Vorbereitung", koop.RetreatInSession: "In Sitzung", koop.RetreatClosed: "Abgeschlossen",
	}
	decisionOutcomeLabel = map[koop.DecisionOutcome]string{
		koop.DecisionAccepted: "Angenommen", koop.DecisionRejected: "Abgelehnt", koop.DecisionDeferred: "Vertagt",
	}
	kpiStateLabel = map[koop.KpiState]string{
		koop.KpiNoData: "Kein Messwert", koop.KpiAchieved: "Erreicht", koop.KpiOnTrack: "Im Plan", koop.KpiBehind: "Hinter Plan",
	}
	commitmentStatusLabel = map[koop.CommitmentStatus]string{
		koop.CommitmentFulfilled: "Erfüllt", koop.CommitmentOpen: "Offen", koop.CommitmentAtRisk: "Gefährdet",
	}
)
