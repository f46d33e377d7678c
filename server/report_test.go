package server_test

import (
	"bytes"
	"encoding/csv"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/koop-lichtenberg/koop"
	"github.com/koop-lichtenberg/koop/server"
)

const annualReportQuery = `query($c: ID!, $y: Int!, $p: ID) { annualReport(cooperationId: $c, year: $y, partnerId: $p) {
	year empty totalGuests csvUrl events { title seatsAttended } budget { partner { id } plannedCents } } }`

type annualReportAnswer struct {
	AnnualReport struct {
		Year, TotalGuests int
		Empty             bool
		CsvURL            string `json:"csvUrl"`
		Events            []struct {
			Title         string
			SeatsAttended int
		}
		Budget []struct {
			Partner      struct{ ID string }
			PlannedCents int
		}
	}
}

// readReportCSV checks the file is for German Excel and returns its rows.
func readReportCSV(t *testing.T, got *result) [][]string {
	t.Helper()
	if got.status != http.StatusOK || got.header.Get("Content-Type") != "text/csv; charset=utf-8" || !bytes.HasPrefix(got.body, []byte("\uFEFF")) {
		t.Fatalf("csv: %d %s %q", got.status, got.header.Get("Content-Type"), got.body)
	}
	r := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(got.body, []byte("\uFEFF"))))
	r.Comma, r.FieldsPerRecord = ';', -1
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(got.body, []byte("\r\n")) {
		t.Errorf("no CRLF line ends")
	}
	return rows
}

// The annual report's CSV through its signed link: for German Excel, with the figures of the
// report, only for the session it was made for and only while it is valid.
func TestAnnualReportCSV(t *testing.T) {
	e := newEnv(t)
	coord, _ := e.login(t, "coordinator@koop.test")
	var ans annualReportAnswer
	e.post(t, gqlReq{token: coord, query: annualReportQuery, vars: map[string]any{"c": demoCooperation, "y": 2026}}).ok(t).decode(t, &ans)
	rep := ans.AnnualReport
	if rep.Empty || len(rep.Events) == 0 || rep.TotalGuests == 0 || !strings.HasPrefix(rep.CsvURL, "/cooperations/"+demoCooperation+"/annual-report.csv?") {
		t.Fatalf("demo report 2026: %+v", rep)
	}
	res := e.serve(t, httptest.NewRequest(http.MethodGet, rep.CsvURL, nil))
	rows := readReportCSV(t, res)
	if rows[0][0] != "Jahresbericht" || rows[0][1] != "2026" || rows[1][1] != "Alle Partner" {
		t.Errorf("head: %q", rows[:2])
	}
	if cd := res.header.Get("Content-Disposition"); !strings.Contains(cd, "jahresbericht-2026.csv") {
		t.Errorf("file name: %s", cd)
	}
	// the figures are the report's: one line per event, the guests added up
	var header []string
	events, total := 0, ""
	for i, row := range rows {
		if row[0] == "Veranstaltungen" {
			header = rows[i+1]
			continue
		}
		if row[0] == "Gäste insgesamt" {
			total = row[7]
		}
		if header != nil && total == "" && row[0] != "Datum" {
			events++
		}
	}
	if strings.Join(header, "|") != "Datum|Veranstaltung|Reihe|Federführung|Eingeladen|Zugesagt|Teilgenommen|Gäste mit Begleitung" ||
		events != len(rep.Events) || total != strconv.Itoa(rep.TotalGuests) {
		t.Errorf("events block: header %q, %d events (want %d), total %q (want %d)", header, events, len(rep.Events), total, rep.TotalGuests)
	}
	// money with a decimal comma
	planned := 0
	for _, b := range rep.Budget {
		planned = max(planned, b.PlannedCents)
	}
	euro := strconv.Itoa(planned/100) + "," + strconv.Itoa(planned%100/10) + strconv.Itoa(planned%10)
	if planned == 0 || !bytes.Contains(res.body, []byte(";"+euro+";")) {
		t.Errorf("planned %d cents not written as %q", planned, euro)
	}

	// narrowed to WKHL: its file name, and the link is for that partner only
	var wkhl string
	if err := e.db.SQL.Get(&wkhl, `SELECT p.id FROM partners p JOIN organisations o ON o.id = p.organisation_id
		WHERE p.cooperation_id = $1 AND o.short_name = 'WKHL'`, demoCooperation); err != nil {
		t.Fatal(err)
	}
	var part annualReportAnswer
	e.post(t, gqlReq{token: coord, query: annualReportQuery, vars: map[string]any{"c": demoCooperation, "y": 2026, "p": wkhl}}).ok(t).decode(t, &part)
	res = e.serve(t, httptest.NewRequest(http.MethodGet, part.AnnualReport.CsvURL, nil))
	if rows := readReportCSV(t, res); rows[1][1] != "WKHL" || !strings.Contains(res.header.Get("Content-Disposition"), "jahresbericht-2026-wkhl.csv") {
		t.Errorf("WKHL: %q, %s", rows[1], res.header.Get("Content-Disposition"))
	}

	// wrong links are refused
	u, _ := url.Parse(rep.CsvURL)
	q := u.Query()
	for name, link := range map[string]string{
		"another year":        strings.Replace(rep.CsvURL, "year=2026", "year=2025", 1),
		"another partner":     rep.CsvURL + "&partnerId=" + wkhl,
		"all partners":        strings.Replace(part.AnnualReport.CsvURL, "partnerId="+wkhl, "partnerId=", 1),
		"another cooperation": strings.Replace(rep.CsvURL, demoCooperation, "6b00c0de-0000-4000-8000-00000000ffff", 1),
		"forged token":        "/cooperations/" + demoCooperation + "/annual-report.csv?year=2026&token=" + url.QueryEscape(q.Get("token")+"x"),
		"no token":            "/cooperations/" + demoCooperation + "/annual-report.csv?year=2026",
	} {
		if r := e.serve(t, httptest.NewRequest(http.MethodGet, link, nil)); r.status != http.StatusUnauthorized {
			t.Errorf("%s: %d", name, r.status)
		}
	}
	// a link made for an EXTERNAL member's session: the service refuses it
	ext, _ := e.login(t, "juror1@koop.test")
	tokens := server.NewTokens(testKey, e.db.Clock.Now)
	user, session, err := tokens.Parse(ext)
	if err != nil {
		t.Fatal(err)
	}
	token, err := tokens.SignReport(user, session, demoCooperation, 2026, nil)
	if err != nil {
		t.Fatal(err)
	}
	if r := e.serve(t, httptest.NewRequest(http.MethodGet, "/cooperations/"+demoCooperation+"/annual-report.csv?year=2026&token="+url.QueryEscape(token), nil)); r.status != http.StatusForbidden {
		t.Errorf("external: %d", r.status)
	}
	// after an hour the link has expired
	e.db.Clock.Advance(server.ReportLinkTTL + time.Minute)
	if r := e.serve(t, httptest.NewRequest(http.MethodGet, rep.CsvURL, nil)); r.status != http.StatusUnauthorized {
		t.Errorf("expired: %d", r.status)
	}
}

// The CSV writer on its own: German cells, numbers Excel reads, and no formulas.
func TestAnnualReportCSVCells(t *testing.T) {
	body := server.AnnualReportCSV(reportForCSV())
	text := string(body)
	for _, want := range []string{
		"\uFEFFJahresbericht;2025\r\n",
		"Partner;Alle Partner\r\n",
		"15.01.2025;Neujahrsempfang 2025;Neujahrsempfang;BA;6;5;4;5\r\n",
		"Gäste insgesamt;;;;;;;5\r\n",
		"BA;1234,50;-0,05\r\n",
		"Unternehmen 2025;Bekanntgegeben;3;Handwerk;Tischlerei Holz\r\n",
		"Netzwerk;Firmen;1 Ziel;100;130,5;31.12.2025;200;;Hinter Plan\r\n",
		`"'=HYPERLINK(""x"")";Erfüllt;Dinner, Empfang` + "\r\n",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("missing %q in\n%s", want, text)
		}
	}
}

// reportForCSV is a small report with every kind of cell.
func reportForCSV() *koop.AnnualReport {
	ba := &koop.Partner{ID: "p1", Organisation: &koop.Organisation{Name: "Bezirksamt", ShortName: "BA"}}
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	series, measured, value := "Neujahrsempfang", day(2025, 12, 31), 130.5
	return &koop.AnnualReport{Year: 2025, GeneratedAt: time.Date(2026, 1, 5, 9, 0, 0, 0, time.UTC), TotalGuests: 5,
		Events: []*koop.ReportEvent{{Title: "Neujahrsempfang 2025", SeriesName: &series, StartsAt: time.Date(2025, 1, 15, 17, 0, 0, 0, time.UTC),
			LeadPartnerName: "BA", Invited: 6, Accepted: 5, Attended: 4, SeatsAttended: 5}},
		Budget: []*koop.ReportBudgetPartner{{Partner: ba, PlannedCents: 123450, ActualCents: -5}},
		Awards: []*koop.ReportAward{{Title: "Unternehmen 2025", Phase: koop.PhaseAnnounced, NominationCount: 3,
			Winners: []*koop.ReportWinner{{Category: "Handwerk", OrganisationName: "Tischlerei Holz"}}}},
		Kpis: []*koop.ReportKpi{{Name: "Netzwerk", Unit: "Firmen", Subject: &koop.KpiSubject{Kind: koop.KpiOfGoal, Title: "1 Ziel"}, Baseline: 100,
			Value: &value, MeasuredOn: &measured, Target: 200, State: koop.KpiBehind}},
		Commitments: []*koop.ReportCommitment{{Title: `=HYPERLINK("x")`, Status: koop.CommitmentFulfilled, FulfilledBy: []string{"Dinner", "Empfang"}}},
	}
}
