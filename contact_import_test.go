package koop_test

import (
	"bytes"
	"encoding/base64"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/koop-lichtenberg/koop"
)

var importToday = time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC)

func readImport(t *testing.T, name string) *koop.ContactImportReport {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "contacts", name))
	if err != nil {
		t.Fatal(err)
	}
	rep, err := koop.ParseContactCSV(b, name, importToday)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return rep
}

// rowSummary is what a user reads in the report: line, status and the columns named.
type rowSummary struct {
	Line    int
	Status  koop.ContactImportStatus
	Columns []string
}

func summarise(rep *koop.ContactImportReport) []rowSummary {
	out := []rowSummary{}
	for _, r := range rep.Rows {
		s := rowSummary{Line: r.Line, Status: r.Status}
		for _, m := range r.Messages {
			col := "-"
			if m.Column != nil {
				col = *m.Column
			}
			s.Columns = append(s.Columns, col)
		}
		out = append(out, s)
	}
	return out
}

// A German Excel export: Windows-1252, ";", CRLF, quoted fields with ";" and a line break,
// empty trailing columns, an unknown column, a broken row, a bad address, a duplicate and a
// consent without date.
func TestImportGermanExcelWindows1252(t *testing.T) {
	rep := readImport(t, "excel_de_windows1252.csv")
	if rep.Encoding != "Windows-1252" || rep.Delimiter != ";" {
		t.Errorf("encoding %q, delimiter %q", rep.Encoding, rep.Delimiter)
	}
	if diff := cmp.Diff([]string{"Newsletter"}, rep.UnknownColumns); diff != "" {
		t.Errorf("unknown columns (-want +got):\n%s", diff)
	}
	want := []rowSummary{
		{Line: 2, Status: koop.ImportRowNew},
		{Line: 3, Status: koop.ImportRowNew},
		{Line: 5, Status: koop.ImportRowNew},
		{Line: 6, Status: koop.ImportRowError, Columns: []string{"-"}},
		{Line: 7, Status: koop.ImportRowNew},
		{Line: 8, Status: koop.ImportRowError, Columns: []string{"E-Mail"}},
		{Line: 9, Status: koop.ImportRowNew},
		{Line: 10, Status: koop.ImportRowDuplicateInFile, Columns: []string{"E-Mail"}},
		{Line: 11, Status: koop.ImportRowError, Columns: []string{"Einwilligung am"}},
	}
	if diff := cmp.Diff(want, summarise(rep)); diff != "" {
		t.Fatalf("rows (-want +got):\n%s", diff)
	}
	if rep.NewCount != 5 || rep.ErrorCount != 3 || rep.DuplicateCount != 1 || rep.TotalRows() != 9 {
		t.Errorf("totals new %d, errors %d, duplicates %d, rows %d", rep.NewCount, rep.ErrorCount, rep.DuplicateCount, rep.TotalRows())
	}
	first := rep.Rows[0].Values()
	if first.Salutation != koop.SalutationMs || first.Title != "Dr." || first.FirstName != "Jörg-Ülrike" || first.LastName != "Müßig" ||
		first.OrganisationName != "Bäckerei Größenwahn GmbH" || first.Street != "Möllendorffstraße 1" || *first.LegalBasis != koop.LegalBasisConsent ||
		first.ConsentAt.Format(time.DateOnly) != "2025-03-15" || first.Note != "Sitzt gern vorn; bitte Platz reservieren" {
		t.Errorf("umlauts or quoting lost: %+v", first)
	}
	if n := rep.Rows[1].Values().Note; n != "Mehrzeilige Notiz:\nAllergie gegen Nüsse" {
		t.Errorf("multi-line note %q", n)
	}
	if e := rep.Rows[2].Values().Email; e == nil || *e != "k.schulz@hsh-metallbau.example" {
		t.Errorf("e-mail not normalised: %v", e)
	}
	if v := rep.Rows[4].Values(); v.Salutation != koop.SalutationDiverse || *v.LegalBasis != koop.LegalBasisContract || v.LastName != "Älter" {
		t.Errorf("row 7: %+v", v)
	}
	for _, r := range rep.Rows {
		for _, m := range r.Messages {
			if !strings.HasPrefix(m.Message, "Zeile ") {
				t.Errorf("message without its line: %q", m.Message)
			}
		}
	}
	if msg := rep.Rows[3].Messages[0].Message; !strings.Contains(msg, "Zeile 6") || !strings.Contains(msg, "4 von 15 Spalten") {
		t.Errorf("broken row message %q", msg)
	}
	if msg := rep.Rows[5].Messages[0].Message; !strings.Contains(msg, "Zeile 8, Spalte „E-Mail“") {
		t.Errorf("bad address message %q", msg)
	}
	if msg := rep.Rows[7].Messages[0].Message; !strings.Contains(msg, "Zeile 9") {
		t.Errorf("duplicate message should name the first line: %q", msg)
	}

	// Existing addresses are marked by the service with what the database knows.
	rep.MarkExisting(map[string]string{"k.schulz@hsh-metallbau.example": "6b00c0de-0000-4000-8000-000000000401"})
	if rep.Rows[2].Status != koop.ImportRowExists || *rep.Rows[2].ExistingContactID != "6b00c0de-0000-4000-8000-000000000401" || rep.NewCount != 4 || rep.ExistsCount != 1 {
		t.Errorf("existing: %+v, new %d", rep.Rows[2], rep.NewCount)
	}
	if diff := cmp.Diff([]int{6, 8, 11}, rep.ErrorLines()); diff != "" {
		t.Errorf("error lines: %s", diff)
	}
}

func TestImportUTF8WithBOM(t *testing.T) {
	rep := readImport(t, "excel_utf8_bom.csv")
	if rep.Encoding != "UTF-8 mit BOM" || rep.Delimiter != ";" || len(rep.UnknownColumns) != 0 {
		t.Errorf("encoding %q, delimiter %q, unknown %v", rep.Encoding, rep.Delimiter, rep.UnknownColumns)
	}
	if rep.Columns[0].Header != "Anrede" || *rep.Columns[0].Field != "salutation" {
		t.Errorf("the BOM stuck to the first header: %+v", rep.Columns[0])
	}
	want := []rowSummary{{Line: 2, Status: koop.ImportRowNew}, {Line: 3, Status: koop.ImportRowError, Columns: []string{"PLZ"}}}
	if diff := cmp.Diff(want, summarise(rep)); diff != "" {
		t.Fatalf("rows (-want +got):\n%s", diff)
	}
	if v := rep.Rows[0].Values(); v.LastName != "Ärztin-Ößler" || v.FirstName != "Zoë" || *v.LegalBasis != koop.LegalBasisPublicTask {
		t.Errorf("%+v", v)
	}
	if v := rep.Rows[1].Values(); v.Salutation != koop.SalutationMr || v.Title != "Prof." || v.FirstName != "Łukasz" || v.ConsentAt.Format(time.DateOnly) != "2024-02-01" {
		t.Errorf("Herr Prof.: %+v", v)
	}
}

func TestImportUTF8CommaEnglishHeaders(t *testing.T) {
	rep := readImport(t, "utf8_comma.csv")
	if rep.Encoding != "UTF-8" || rep.Delimiter != "," {
		t.Errorf("encoding %q, delimiter %q", rep.Encoding, rep.Delimiter)
	}
	if diff := cmp.Diff([]string{"Newsletter"}, rep.UnknownColumns); diff != "" {
		t.Errorf("unknown columns: %s", diff)
	}
	if rep.NewCount != 3 || rep.ErrorCount != 0 {
		t.Fatalf("%+v", summarise(rep))
	}
	if v := rep.Rows[0].Values(); v.OrganisationName != "Schmidt, Söhne & Co. KG" || v.Phone != "+49 30 555-0101" || *v.LegalBasis != koop.LegalBasisConsent {
		t.Errorf("%+v", v)
	}
	// No legal basis given: legitimate interest is assumed, and the row says so.
	last := rep.Rows[2]
	if *last.Values().LegalBasis != koop.LegalBasisLegitimateInterest || len(last.Messages) != 1 || !strings.Contains(last.Messages[0].Message, "Berechtigtes Interesse") {
		t.Errorf("%+v %v", last.Values(), last.Messages)
	}
}

func TestImportTabsAndSepLine(t *testing.T) {
	rep, err := koop.ParseContactCSV([]byte("sep=|\nNachname|Vorname\nSchulz|Anna\n"), "x.csv", importToday)
	if err != nil || rep.Delimiter != "|" || rep.Rows[0].Line != 3 || rep.Rows[0].Values().FirstName != "Anna" {
		t.Fatalf("sep line: %+v %v", rep, err)
	}
	rep, err = koop.ParseContactCSV([]byte("Nachname\tE-Mail\nSchulz\ta@b.example\n"), "x.txt", importToday)
	if err != nil || rep.Delimiter != "\t" || *rep.Rows[0].Values().Email != "a@b.example" {
		t.Fatalf("tabs: %+v %v", rep, err)
	}
}

func TestImportRefusesUnreadableFiles(t *testing.T) {
	missing, err := os.ReadFile(filepath.Join("testdata", "contacts", "missing_last_name.csv"))
	if err != nil {
		t.Fatal(err)
	}
	many := bytes.NewBufferString("Nachname\n")
	for range koop.MaxContactImportRows + 1 {
		many.WriteString("Schulz\n")
	}
	for _, tc := range []struct {
		name string
		data []byte
		text string
	}{
		{"no Nachname column", missing, "Nachname"},
		{"empty", []byte(" \r\n"), "leer"},
		{"header only", []byte("Nachname;Vorname\r\n"), "keine Kontakte"},
		{"xlsx", []byte("PK\x03\x04rest of a zip"), "Excel-Arbeitsmappe"},
		{"binary", []byte{'N', 0x81, 0x00, 0x8d}, "Zeichenkodierung"},
		{"too many rows", many.Bytes(), "5000"},
		{"too large", bytes.Repeat([]byte("x"), koop.MaxContactImportBytes+1), "zu groß"},
		{"two last-name columns", []byte("Nachname;Name\nA;B\n"), "dasselbe Feld"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := koop.ParseContactCSV(tc.data, "f.csv", importToday)
			if koop.ErrorCode(err) != koop.EINVALID || koop.ErrorField(err) != "content" || !strings.Contains(koop.ErrorMessage(err), tc.text) {
				t.Fatalf("got %v, want INVALID on content mentioning %q", err, tc.text)
			}
		})
	}
	if _, err := koop.DecodeImportContent("###"); koop.ErrorField(err) != "content" {
		t.Errorf("bad base64: %v", err)
	}
	big := base64.StdEncoding.EncodeToString(bytes.Repeat([]byte("x"), koop.MaxContactImportBytes+10))
	if _, err := koop.DecodeImportContent(big); koop.ErrorField(err) != "content" {
		t.Errorf("big: %v", err)
	}
}

func TestImportValueParsing(t *testing.T) {
	csv := "Anrede;Nachname;Rechtsgrundlage;Einwilligung am;PLZ\n" +
		"Hr.;A;Art. 6 Abs. 1 lit. f DSGVO;;\n" +
		"Mrs;B;lit. a;03.04.25;12345\n" +
		"Doktor;C;Vertrag;;\n" +
		"Frau;D;irgendwas;;\n" +
		"Frau;E;Einwilligung;31.02.2024;\n" +
		"Frau;F;Einwilligung;01.01.2030;\n" +
		"Frau;G;;15.03.2025 00:00;\n" +
		"Frau;H;Vertrag;15.03.2025;\n"
	rep, err := koop.ParseContactCSV([]byte(csv), "v.csv", importToday)
	if err != nil {
		t.Fatal(err)
	}
	got := summarise(rep)
	want := []rowSummary{
		{Line: 2, Status: koop.ImportRowNew},
		{Line: 3, Status: koop.ImportRowNew},
		{Line: 4, Status: koop.ImportRowError, Columns: []string{"Anrede"}},
		{Line: 5, Status: koop.ImportRowError, Columns: []string{"Rechtsgrundlage"}},
		{Line: 6, Status: koop.ImportRowError, Columns: []string{"Einwilligung am"}},
		{Line: 7, Status: koop.ImportRowError, Columns: []string{"Einwilligung am"}},
		{Line: 8, Status: koop.ImportRowNew},
		{Line: 9, Status: koop.ImportRowError, Columns: []string{"Einwilligung am"}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Fatalf("rows (-want +got):\n%s", diff)
	}
	if v := rep.Rows[0].Values(); v.Salutation != koop.SalutationMr || *v.LegalBasis != koop.LegalBasisLegitimateInterest {
		t.Errorf("%+v", v)
	}
	if v := rep.Rows[1].Values(); v.ConsentAt.Format(time.DateOnly) != "2025-04-03" || *v.LegalBasis != koop.LegalBasisConsent {
		t.Errorf("%+v", v)
	}
	if v := rep.Rows[6].Values(); *v.LegalBasis != koop.LegalBasisConsent || v.ConsentAt.Format(time.DateOnly) != "2025-03-15" {
		t.Errorf("a consent date without basis means consent: %+v", v)
	}
}
