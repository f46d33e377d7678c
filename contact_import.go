package koop

import (
	"bytes"
	"encoding/base64"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// The CSV import of contacts. German offices keep their address lists in Excel, and Excel
// writes CSV in many ways: with ";" (German locale) or "," (English), as UTF-8 with or without
// a byte order mark, as Windows-1252 ("CSV (Trennzeichen-getrennt)"), as UTF-16 with tabs
// ("Unicode-Text"), sometimes with a "sep=;" line first. Everything here is a pure function of
// the file, so that it can be tested without a database; the service adds what the database
// knows (existing e-mail addresses) and writes.

// Limits of an import. The base64 content must also fit into one request (server.MaxBodyBytes).
const (
	MaxContactImportBytes = 640 * 1024
	MaxContactImportRows  = 5000
)

// PreviewContactImportInput is a CSV file to check.
type PreviewContactImportInput struct {
	CooperationID string
	// Content is the file, base64-encoded.
	Content  string
	FileName string
}

// ImportContactsInput is a CSV file to import.
type ImportContactsInput struct {
	CooperationID      string
	Content            string
	FileName           string
	DistributionListID *string
	// ImportValidRows confirms importing the valid rows of a file that has rows with errors;
	// without it such a file is refused and nothing is written.
	ImportValidRows bool
	// UpdateExisting overwrites contacts whose e-mail address already exists with the file's
	// non-empty cells; otherwise they are skipped.
	UpdateExisting *bool
}

// ContactImportStatus is what an import does with one row.
type ContactImportStatus string

// The row statuses.
const (
	ImportRowNew             ContactImportStatus = "NEW"
	ImportRowDuplicateInFile ContactImportStatus = "DUPLICATE_IN_FILE"
	ImportRowExists          ContactImportStatus = "EXISTS"
	ImportRowError           ContactImportStatus = "ERROR"
)

// ContactImportMessage is a problem of one row, naming the column as the file names it.
type ContactImportMessage struct {
	Column  *string
	Message string
}

// ContactImportRow is one data row of the file.
type ContactImportRow struct {
	// Line is the line of the file where the row starts (the header is line 1).
	Line     int
	Status   ContactImportStatus
	Messages []*ContactImportMessage
	// OrganisationName is the organisation as written in the file, matched by name on import.
	OrganisationName  string
	ExistingContactID *string
	// Contact holds the parsed values (no ID, no organisation).
	Contact *Contact
	// Patch holds the non-empty cells only: what updating an existing contact changes.
	Patch ContactPatch
}

// ContactImportValues are the values of a row as parsed.
type ContactImportValues struct {
	Salutation       Salutation
	Title            string
	FirstName        string
	LastName         string
	Function         string
	OrganisationName string
	Email            *string
	Phone            string
	Street           string
	PostalCode       string
	City             string
	LegalBasis       *LegalBasis
	ConsentAt        *time.Time
	Note             string
}

// Values returns the row's parsed values.
func (r *ContactImportRow) Values() *ContactImportValues {
	c := r.Contact
	v := &ContactImportValues{Salutation: c.Salutation, Title: c.Title, FirstName: c.FirstName, LastName: c.LastName, Function: c.Function,
		OrganisationName: r.OrganisationName, Email: c.Email, Phone: c.Phone, Street: c.Street, PostalCode: c.PostalCode, City: c.City,
		ConsentAt: c.ConsentAt, Note: c.Note}
	if c.LegalBasis.Valid() {
		b := c.LegalBasis
		v.LegalBasis = &b
	}
	return v
}

// ContactImportColumn is one column of the file's header.
type ContactImportColumn struct {
	Header string
	// Field is the contact field the column fills, nil when the column is not known.
	Field *string
}

// ContactImportReport says row by row what an import of the file does.
type ContactImportReport struct {
	FileName string
	// Encoding is how the file was read: "UTF-8", "UTF-8 mit BOM", "Windows-1252", "UTF-16".
	Encoding string
	// Delimiter is the field separator found in the header line.
	Delimiter      string
	Columns        []*ContactImportColumn
	UnknownColumns []string
	Rows           []*ContactImportRow
	NewCount       int
	DuplicateCount int
	ExistsCount    int
	ErrorCount     int
}

// TotalRows is the number of data rows.
func (r *ContactImportReport) TotalRows() int { return len(r.Rows) }

// ErrorLines lists the lines of rows with errors.
func (r *ContactImportReport) ErrorLines() []int {
	var out []int
	for _, row := range r.Rows {
		if row.Status == ImportRowError {
			out = append(out, row.Line)
		}
	}
	return out
}

// Tally recounts the rows by status.
func (r *ContactImportReport) Tally() {
	r.NewCount, r.DuplicateCount, r.ExistsCount, r.ErrorCount = 0, 0, 0, 0
	for _, row := range r.Rows {
		switch row.Status {
		case ImportRowNew:
			r.NewCount++
		case ImportRowDuplicateInFile:
			r.DuplicateCount++
		case ImportRowExists:
			r.ExistsCount++
		case ImportRowError:
			r.ErrorCount++
		}
	}
}

// Emails returns the distinct e-mail addresses of the rows that would be imported.
func (r *ContactImportReport) Emails() []string {
	var out []string
	for _, row := range r.Rows {
		if row.Status != ImportRowError && row.Status != ImportRowDuplicateInFile && row.Contact.Email != nil {
			out = append(out, *row.Contact.Email)
		}
	}
	return out
}

// MarkExisting marks the rows whose e-mail address a contact of the cooperation already has
// (existing maps lower-case addresses to contact IDs).
func (r *ContactImportReport) MarkExisting(existing map[string]string) {
	for _, row := range r.Rows {
		if row.Status != ImportRowNew || row.Contact.Email == nil {
			continue
		}
		if id, ok := existing[*row.Contact.Email]; ok {
			row.Status = ImportRowExists
			row.ExistingContactID = &id
			col := "E-Mail"
			row.Messages = append(row.Messages, &ContactImportMessage{Column: &col,
				Message: fmt.Sprintf("Zeile %d: Ein Kontakt mit der E-Mail-Adresse %s existiert bereits.", row.Line, *row.Contact.Email)})
		}
	}
	r.Tally()
}

// ContactImportResult is what an import did.
type ContactImportResult struct {
	Report               *ContactImportReport
	CreatedCount         int
	UpdatedCount         int
	SkippedCount         int
	OrganisationsCreated int
	DistributionList     *DistributionList
}

// DecodeImportContent decodes the base64 content of an uploaded file and checks its size.
func DecodeImportContent(content string) ([]byte, error) {
	if base64.StdEncoding.DecodedLen(len(content)) > MaxContactImportBytes+3 {
		return nil, FieldErrorf(EINVALID, "content", "Die Datei ist zu groß: höchstens %d KB. Teilen Sie größere Listen bitte auf mehrere Dateien auf.", MaxContactImportBytes/1024)
	}
	b, err := base64.StdEncoding.DecodeString(strings.TrimSpace(content))
	if err != nil {
		return nil, FieldErrorf(EINVALID, "content", "Die Datei konnte nicht gelesen werden (ungültige Übertragung).")
	}
	if len(b) > MaxContactImportBytes {
		return nil, FieldErrorf(EINVALID, "content", "Die Datei ist zu groß: höchstens %d KB. Teilen Sie größere Listen bitte auf mehrere Dateien auf.", MaxContactImportBytes/1024)
	}
	return b, nil
}

// decodeText turns the file's bytes into text: a byte order mark decides, else valid UTF-8 is
// UTF-8, else the file is Windows-1252 (what German Excel writes as "CSV").
func decodeText(b []byte) (string, string, error) {
	switch {
	case bytes.HasPrefix(b, []byte("PK\x03\x04")):
		return "", "", FieldErrorf(EINVALID, "content", "Das ist eine Excel-Arbeitsmappe, keine CSV-Datei. Bitte speichern Sie sie in Excel unter „Datei › Speichern unter“ als „CSV UTF-8 (durch Trennzeichen getrennt)“.")
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		s := string(b[3:])
		if !utf8.ValidString(s) {
			return "", "", FieldErrorf(EINVALID, "content", "Die Datei ist als UTF-8 gekennzeichnet, enthält aber ungültige Zeichen. Bitte speichern Sie sie erneut als „CSV UTF-8“.")
		}
		return s, "UTF-8 mit BOM", nil
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}) || bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		s, err := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder().Bytes(b)
		if err != nil {
			return "", "", FieldErrorf(EINVALID, "content", "Die Datei ist als UTF-16 gekennzeichnet, konnte aber nicht gelesen werden.")
		}
		return string(s), "UTF-16", nil
	case utf8.Valid(b):
		return string(b), "UTF-8", nil
	}
	s, err := charmap.Windows1252.NewDecoder().Bytes(b)
	if err != nil || bytes.IndexByte(b, 0) >= 0 || strings.ContainsRune(string(s), utf8.RuneError) {
		return "", "", FieldErrorf(EINVALID, "content", "Die Zeichenkodierung der Datei wurde nicht erkannt. Bitte speichern Sie sie als „CSV UTF-8“ oder „CSV (Trennzeichen-getrennt)“.")
	}
	return string(s), "Windows-1252", nil
}

// detectDelimiter picks the separator that occurs most often in the header line, outside quotes.
func detectDelimiter(header string) rune {
	counts := map[rune]int{}
	quoted := false
	for _, r := range header {
		switch {
		case r == '"':
			quoted = !quoted
		case !quoted && (r == ';' || r == ',' || r == '\t'):
			counts[r]++
		}
	}
	best := ';'
	for _, r := range []rune{'\t', ',', ';'} { // ";" wins ties: German Excel
		if counts[r] > counts[best] || (counts[r] == counts[best] && r == ';') {
			best = r
		}
	}
	return best
}

// fold lowers a header or value and keeps letters and digits only, with umlauts spelled out,
// so that "E-Mail", "e_mail" and "EMail" or "Straße" and "Strasse" compare equal.
func fold(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		switch {
		case r == 'ä':
			b.WriteString("ae")
		case r == 'ö':
			b.WriteString("oe")
		case r == 'ü':
			b.WriteString("ue")
		case r == 'ß':
			b.WriteString("ss")
		case (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9'):
			b.WriteRune(r)
		}
	}
	return b.String()
}

// importHeaders maps folded German and English headers to contact fields.
var importHeaders = map[string]string{
	"anrede": "salutation", "salutation": "salutation", "geschlecht": "salutation",
	"titel": "title", "title": "title", "akademischertitel": "title", "akadtitel": "title",
	"vorname": "firstName", "firstname": "firstName", "givenname": "firstName", "first": "firstName",
	"nachname": "lastName", "lastname": "lastName", "surname": "lastName", "familienname": "lastName", "familyname": "lastName", "name": "lastName",
	"funktion": "function", "function": "function", "position": "function", "jobtitle": "function", "job": "function",
	"organisation": "organisation", "organization": "organisation", "firma": "organisation", "unternehmen": "organisation",
	"company": "organisation", "institution": "organisation", "einrichtung": "organisation",
	"email": "email", "emailadresse": "email", "mail": "email", "mailadresse": "email", "emailaddress": "email",
	"telefon": "phone", "tel": "phone", "telefonnummer": "phone", "phone": "phone", "phonenumber": "phone", "mobil": "phone",
	"strasse": "street", "street": "street", "adresse": "street", "anschrift": "street", "strasseundhausnummer": "street", "strassehausnummer": "street", "address": "street",
	"plz": "postalCode", "postleitzahl": "postalCode", "postalcode": "postalCode", "zip": "postalCode", "zipcode": "postalCode", "postcode": "postalCode",
	"ort": "city", "stadt": "city", "city": "city", "wohnort": "city", "town": "city",
	"rechtsgrundlage": "legalBasis", "legalbasis": "legalBasis", "dsgvorechtsgrundlage": "legalBasis",
	"einwilligungam": "consentAt", "einwilligung": "consentAt", "einwilligungsdatum": "consentAt", "datumdereinwilligung": "consentAt",
	"consentat": "consentAt", "consentdate": "consentAt", "consentgiven": "consentAt", "consent": "consentAt",
	"notiz": "note", "notizen": "note", "bemerkung": "note", "bemerkungen": "note", "anmerkung": "note", "kommentar": "note", "note": "note", "notes": "note", "comment": "note",
}

// parseSalutation reads "Frau", "Herr", "divers" and their English forms; "Frau Dr." also
// yields the title.
func parseSalutation(s string) (Salutation, string, bool) {
	s = strings.TrimSpace(s)
	word, rest, _ := strings.Cut(s, " ")
	switch fold(word) {
	case "", "keine", "ohne", "none":
		if rest == "" {
			return SalutationNone, "", true
		}
	case "frau", "fr", "ms", "mrs", "miss":
		return SalutationMs, strings.TrimSpace(rest), true
	case "herr", "hr", "herrn", "mr":
		return SalutationMr, strings.TrimSpace(rest), true
	case "divers", "diverse", "d", "mx":
		return SalutationDiverse, strings.TrimSpace(rest), true
	}
	if strings.Trim(s, "-– ") == "" {
		return SalutationNone, "", true
	}
	return "", "", false
}

// parseLegalBasis reads the legal basis in German or English, or by its letter in Art. 6 (1).
func parseLegalBasis(s string) (LegalBasis, bool) {
	switch f := fold(s); f {
	case "einwilligung", "consent", "lita", "art6abs1lita", "art6abs1litadsgvo", "art61a", "a":
		return LegalBasisConsent, true
	case "berechtigtesinteresse", "legitimateinterest", "litf", "art6abs1litf", "art6abs1litfdsgvo", "art61f", "f":
		return LegalBasisLegitimateInterest, true
	case "vertrag", "vertragserfuellung", "contract", "litb", "art6abs1litb", "art6abs1litbdsgvo", "art61b", "b":
		return LegalBasisContract, true
	case "oeffentlicheaufgabe", "offentlicheaufgabe", "publictask", "lite", "art6abs1lite", "art6abs1litedsgvo", "art61e", "e",
		"aufgabeimoeffentlicheninteresse", "wahrnehmungeineraufgabeimoeffentlicheninteresse":
		return LegalBasisPublicTask, true
	}
	return "", false
}

// parseGermanDate reads dd.mm.yyyy (also d.m.yy and with a time after it, as Excel writes
// dates) and yyyy-mm-dd.
func parseGermanDate(s string) (time.Time, bool) {
	s, _, _ = strings.Cut(strings.TrimSpace(s), " ")
	for _, layout := range []string{"02.01.2006", "2.1.2006", "02.01.06", "2.1.06", "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// importField is a column's contact field and its header as the file writes it.
type importField struct {
	index  int
	field  string
	header string
}

// ParseContactCSV reads a CSV file of contacts and reports every row: NEW, DUPLICATE_IN_FILE
// (an e-mail address of an earlier row) or ERROR with messages naming row and column. today
// is the current day in Berlin. A file that cannot be read as a whole (size, encoding, no
// "Nachname" column) is an EINVALID error on the field "content".
func ParseContactCSV(data []byte, fileName string, today time.Time) (*ContactImportReport, error) {
	if len(data) > MaxContactImportBytes {
		return nil, FieldErrorf(EINVALID, "content", "Die Datei ist zu groß: höchstens %d KB. Teilen Sie größere Listen bitte auf mehrere Dateien auf.", MaxContactImportBytes/1024)
	}
	text, encoding, err := decodeText(data)
	if err != nil {
		return nil, err
	}
	name, err := OptionalText("fileName", "Der Dateiname", fileName, 255)
	if err != nil {
		return nil, err
	}
	rep := &ContactImportReport{FileName: name, Encoding: encoding, Rows: []*ContactImportRow{}, Columns: []*ContactImportColumn{}, UnknownColumns: []string{}}
	if strings.TrimSpace(text) == "" {
		return nil, FieldErrorf(EINVALID, "content", "Die Datei ist leer.")
	}
	// Excel understands a first line "sep=;" naming the separator; so do we.
	lineOffset := 0
	first, rest, _ := strings.Cut(text, "\n")
	var delim rune
	if f := strings.TrimSpace(strings.TrimSuffix(first, "\r")); strings.HasPrefix(strings.ToLower(f), "sep=") && utf8.RuneCountInString(f) == 5 {
		delim, _ = utf8.DecodeLastRuneInString(f)
		text, lineOffset = rest, 1
		first, _, _ = strings.Cut(text, "\n")
	} else {
		delim = detectDelimiter(first)
	}
	rep.Delimiter = string(delim)

	r := csv.NewReader(strings.NewReader(text))
	r.Comma = delim
	r.FieldsPerRecord = -1
	r.ReuseRecord = false
	header, err := r.Read()
	if err != nil {
		return nil, FieldErrorf(EINVALID, "content", "Die Kopfzeile der Datei konnte nicht gelesen werden.")
	}
	var fields []importField
	seen := map[string]string{}
	for i, h := range header {
		h = strings.TrimSpace(strings.TrimPrefix(h, "\uFEFF"))
		if h == "" {
			continue // Excel's empty trailing columns
		}
		col := &ContactImportColumn{Header: h}
		rep.Columns = append(rep.Columns, col)
		field, ok := importHeaders[fold(h)]
		if !ok {
			rep.UnknownColumns = append(rep.UnknownColumns, h)
			continue
		}
		if prev, dup := seen[field]; dup {
			return nil, FieldErrorf(EINVALID, "content", "Die Spalten „%s“ und „%s“ meinen dasselbe Feld. Bitte lassen Sie nur eine davon in der Datei.", prev, h)
		}
		seen[field] = h
		f := field
		col.Field = &f
		fields = append(fields, importField{index: i, field: field, header: h})
	}
	namedWidth := 0 // up to the last column with a header
	for i, h := range header {
		if strings.TrimSpace(strings.TrimPrefix(h, "\uFEFF")) != "" {
			namedWidth = i + 1
		}
	}
	if _, ok := seen["lastName"]; !ok {
		return nil, FieldErrorf(EINVALID, "content", "Die Spalte „Nachname“ fehlt. Die erste Zeile der Datei muss die Spaltennamen enthalten (z. B. Anrede;Vorname;Nachname;E-Mail); gefunden wurden: %s.", strings.Join(columnNames(rep.Columns), ", "))
	}

	emailLine := map[string]int{}
	for {
		record, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if len(rep.Rows) >= MaxContactImportRows {
			return nil, FieldErrorf(EINVALID, "content", "Die Datei hat mehr als %d Zeilen. Bitte teilen Sie sie auf mehrere Dateien auf.", MaxContactImportRows)
		}
		var perr *csv.ParseError
		if errors.As(err, &perr) {
			line := perr.StartLine + lineOffset
			rep.Rows = append(rep.Rows, &ContactImportRow{Line: line, Status: ImportRowError, Contact: &Contact{},
				Messages: []*ContactImportMessage{{Message: fmt.Sprintf("Zeile %d: Die Anführungszeichen sind fehlerhaft (Spalte %d). Felder mit „%s“, Zeilenumbrüchen oder Anführungszeichen müssen ganz in \"…\" stehen.", line, perr.Column, string(delim))}}})
			continue
		}
		if err != nil {
			return nil, FieldErrorf(EINVALID, "content", "Die Datei konnte nicht gelesen werden.")
		}
		line, _ := r.FieldPos(0)
		line += lineOffset
		if blank(record) {
			continue
		}
		rep.Rows = append(rep.Rows, parseContactRow(record, len(header), namedWidth, fields, line, delim, today, emailLine))
	}
	if len(rep.Rows) == 0 {
		return nil, FieldErrorf(EINVALID, "content", "Die Datei enthält nur die Kopfzeile und keine Kontakte.")
	}
	rep.Tally()
	return rep, nil
}

func columnNames(cols []*ContactImportColumn) []string {
	out := make([]string, len(cols))
	for i, c := range cols {
		out[i] = "„" + c.Header + "“"
	}
	if len(out) == 0 {
		return []string{"keine"}
	}
	return out
}

func blank(record []string) bool {
	for _, f := range record {
		if strings.TrimSpace(f) != "" {
			return false
		}
	}
	return true
}

// parseContactRow checks one data row. emailLine remembers the line of each e-mail address
// seen in a valid row, to find duplicates within the file.
func parseContactRow(record []string, width, columns int, fields []importField, line int, delim rune, today time.Time, emailLine map[string]int) *ContactImportRow {
	row := &ContactImportRow{Line: line, Status: ImportRowNew, Contact: &Contact{Salutation: SalutationNone}, Messages: []*ContactImportMessage{}}
	fail := func(header *string, format string, args ...any) {
		row.Status = ImportRowError
		prefix := fmt.Sprintf("Zeile %d: ", line)
		if header != nil {
			prefix = fmt.Sprintf("Zeile %d, Spalte „%s“: ", line, *header)
		}
		row.Messages = append(row.Messages, &ContactImportMessage{Column: header, Message: prefix + fmt.Sprintf(format, args...)})
	}
	if len(record) < width {
		// Trailing empty columns that a tool dropped are harmless; missing filled ones are not.
		needed := 0
		for _, f := range fields {
			if f.index+1 > needed {
				needed = f.index + 1
			}
		}
		named := max(needed, columns)
		if len(record) < needed {
			fail(nil, "Die Zeile hat nur %d von %d Spalten. Bitte prüfen Sie, ob ein Trennzeichen „%s“ fehlt oder ein Feld mit „%s“ nicht in Anführungszeichen steht.",
				len(record), named, string(delim), string(delim))
			return row
		}
	}
	if len(record) > width && !blank(record[width:]) {
		fail(nil, "Die Zeile hat %d Spalten, die Kopfzeile nur %d. Bitte prüfen Sie, ob ein Feld mit „%s“ nicht in Anführungszeichen steht.",
			len(record), width, string(delim))
		return row
	}
	headerOf := map[string]*string{}
	cell := map[string]string{}
	for _, f := range fields {
		h := f.header
		headerOf[f.field] = &h
		if f.index < len(record) {
			cell[f.field] = strings.TrimSpace(record[f.index])
		}
	}
	var p ContactPatch
	set := func(field string, dst **string) {
		if v, ok := cell[field]; ok && v != "" {
			*dst = &v
		}
	}
	set("title", &p.Title)
	set("firstName", &p.FirstName)
	set("function", &p.Function)
	set("email", &p.Email)
	set("phone", &p.Phone)
	set("street", &p.Street)
	set("postalCode", &p.PostalCode)
	set("city", &p.City)
	set("note", &p.Note)
	last := cell["lastName"]
	p.LastName = &last
	if v := cell["salutation"]; v != "" {
		s, title, ok := parseSalutation(v)
		if !ok {
			fail(headerOf["salutation"], "Die Anrede „%s“ ist unbekannt. Erlaubt sind Frau, Herr, divers oder ein leeres Feld.", v)
		} else {
			p.Salutation = &s
			if title != "" && p.Title == nil {
				p.Title = &title
			}
		}
	}
	if v := cell["consentAt"]; v != "" {
		d, ok := parseGermanDate(v)
		if !ok {
			fail(headerOf["consentAt"], "„%s“ ist kein Datum. Bitte schreiben Sie es als TT.MM.JJJJ, z. B. 15.03.2025.", v)
		} else {
			p.ConsentAt = &d
		}
	}
	switch v := cell["legalBasis"]; {
	case v != "":
		if b, ok := parseLegalBasis(v); ok {
			p.LegalBasis = &b
		} else {
			fail(headerOf["legalBasis"], "Die Rechtsgrundlage „%s“ ist unbekannt. Erlaubt sind Einwilligung, Berechtigtes Interesse, Vertrag oder Öffentliche Aufgabe.", v)
		}
	case cell["consentAt"] != "":
		b := LegalBasisConsent // a consent date without a basis means consent
		p.LegalBasis = &b
	default:
		b := LegalBasisLegitimateInterest
		p.LegalBasis = &b
		row.Messages = append(row.Messages, &ContactImportMessage{Column: headerOf["legalBasis"],
			Message: fmt.Sprintf("Zeile %d: Keine Rechtsgrundlage angegeben; es wird „Berechtigtes Interesse“ angenommen.", line)})
	}
	if org := cell["organisation"]; org != "" {
		if n := utf8.RuneCountInString(org); n > 200 {
			fail(headerOf["organisation"], "Der Name der Organisation darf höchstens 200 Zeichen lang sein.")
		}
		row.OrganisationName = org
	}
	reported := map[string]bool{}
	for _, m := range row.Messages {
		if m.Column != nil {
			reported[*m.Column] = true
		}
	}
	for _, e := range p.ApplyAll(row.Contact, today) {
		h := headerOf[e.Field]
		if e.Field == "consentAt" && h == nil {
			fail(headerOf["legalBasis"], "%s Die Datei hat keine Spalte „Einwilligung am“.", e.Message)
			continue
		}
		if h != nil && reported[*h] {
			continue // the cell's own message says it already
		}
		fail(h, "%s", e.Message)
	}
	// the update of an existing contact changes only what the file says
	patch := p
	if cell["lastName"] == "" {
		patch.LastName = nil
	}
	if cell["legalBasis"] == "" && cell["consentAt"] == "" {
		patch.LegalBasis = nil
	}
	row.Patch = patch
	if row.Status == ImportRowError {
		return row
	}
	if e := row.Contact.Email; e != nil {
		if first, dup := emailLine[*e]; dup {
			row.Status = ImportRowDuplicateInFile
			row.Messages = append(row.Messages, &ContactImportMessage{Column: headerOf["email"],
				Message: fmt.Sprintf("Zeile %d, Spalte „%s“: Die E-Mail-Adresse %s steht schon in Zeile %d; diese Zeile wird übersprungen.", line, *headerOf["email"], *e, first)})
		} else {
			emailLine[*e] = line
		}
	}
	return row
}
