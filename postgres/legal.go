package postgres

import (
	"context"
	"database/sql"
	"errors"

	"github.com/koop-lichtenberg/koop"
)

// LegalService implements koop.LegalService.
type LegalService struct{ db *DB }

// NewLegalService returns the legal texts service.
func NewLegalService(db *DB) *LegalService { return &LegalService{db: db} }

var _ koop.LegalService = (*LegalService)(nil)

// legalSelect reads a cooperation with its texts; empty texts and version 0 where none were saved.
const legalSelect = `SELECT c.id AS cooperation_id, c.name AS cooperation_name, coalesce(l.imprint, '') AS imprint,
	coalesce(l.privacy, '') AS privacy, coalesce(l.accessibility, '') AS accessibility, l.updated_at, coalesce(l.version, 0) AS version
	FROM cooperations c LEFT JOIN legal_texts l ON l.cooperation_id = c.id`

func (tx *Tx) legalTexts(cooperationID string) (*koop.LegalTexts, error) {
	if !validID(cooperationID) {
		return nil, errCooperationNotFound()
	}
	var out koop.LegalTexts
	err := tx.get(&out, legalSelect+` WHERE c.id = $1`, cooperationID)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, errCooperationNotFound()
	}
	if err != nil {
		return nil, err
	}
	return &out, nil
}

// LegalTexts returns a cooperation's legal texts to anyone: they belong on public pages.
func (s *LegalService) LegalTexts(ctx context.Context, cooperationID string) (*koop.LegalTexts, error) {
	var out *koop.LegalTexts
	err := s.db.read(ctx, func(tx *Tx) error {
		var err error
		out, err = tx.legalTexts(cooperationID)
		return err
	})
	return out, err
}

// UpdateLegalTexts replaces the texts (ADMIN, system admins). The upsert only writes over the
// version read, so two admins saving at once cannot silently overwrite each other, not even
// the very first time.
func (s *LegalService) UpdateLegalTexts(ctx context.Context, in koop.UpdateLegalTextsInput) (*koop.LegalTexts, error) {
	var out *koop.LegalTexts
	err := s.db.transact(ctx, func(tx *Tx) error {
		if _, err := tx.require(in.CooperationID, koop.PermAdminister); err != nil {
			return err
		}
		cur, err := tx.legalTexts(in.CooperationID)
		if err != nil {
			return err
		}
		if in.Version != cur.Version {
			return errLegalTextsConflict()
		}
		imprint, privacy, accessibility, err := in.Clean()
		if err != nil {
			return err
		}
		var version int
		err = tx.get(&version, `INSERT INTO legal_texts (cooperation_id, imprint, privacy, accessibility, updated_at, updated_by, version)
			VALUES ($1, $2, $3, $4, $5, $6, 1)
			ON CONFLICT (cooperation_id) DO UPDATE SET imprint = EXCLUDED.imprint, privacy = EXCLUDED.privacy,
				accessibility = EXCLUDED.accessibility, updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by,
				version = legal_texts.version + 1
			WHERE legal_texts.version = $7
			RETURNING version`, cur.CooperationID, imprint, privacy, accessibility, tx.Now, tx.actorID(), in.Version)
		if errors.Is(err, sql.ErrNoRows) {
			return errLegalTextsConflict()
		}
		if err != nil {
			return err
		}
		// The texts are published on public pages: they are no secret and stay in the trail.
		var ch koop.Changes
		ch.Set("imprint", cur.Imprint, imprint)
		ch.Set("privacy", cur.Privacy, privacy)
		ch.Set("accessibility", cur.Accessibility, accessibility)
		if err := tx.audit(&cur.CooperationID, "legal_texts.update", "LegalTexts", cur.CooperationID, ch); err != nil {
			return err
		}
		out, err = tx.legalTexts(cur.CooperationID)
		return err
	})
	return out, err
}

// errLegalTextsConflict is a stale version (checkVersion's message speaks of one thing).
func errLegalTextsConflict() error {
	return koop.Errorf(koop.ECONFLICT, "Die rechtlichen Angaben wurden inzwischen von jemand anderem geändert. Bitte laden Sie die Seite neu und versuchen Sie es erneut.")
}

// seedLegalTexts gives the demo cooperation plausible texts, marked as examples.
func (tx *Tx) seedLegalTexts(cooperationID string) error {
	created, err := tx.seedRow(`INSERT INTO legal_texts (cooperation_id, imprint, privacy, accessibility, updated_at)
		VALUES ($1, $2, $3, $4, $5) ON CONFLICT (cooperation_id) DO NOTHING`,
		cooperationID, koop.CleanPlainText(demoImprint), koop.CleanPlainText(demoPrivacy), koop.CleanPlainText(demoAccessibility), tx.Now)
	if err != nil || !created {
		return err
	}
	return tx.audit(&cooperationID, "legal_texts.update", "LegalTexts", cooperationID, nil)
}

const demoNotice = `Hinweis: Dies ist ein Beispieltext der koop-Demo. Anschrift und Zuständigkeiten sind plausibel gewählt, Kontaktdaten sind Platzhalter; der Text ersetzt keine rechtliche Prüfung.`

const demoImprint = demoNotice + `

Angaben gemäß § 5 Digitale-Dienste-Gesetz (DDG) und § 18 Medienstaatsvertrag (MStV)

## Herausgeber
Bezirksamt Lichtenberg von Berlin
Möllendorffstraße 6
10367 Berlin

Das Bezirksamt Lichtenberg ist eine Behörde des Landes Berlin. Es wird durch die Bezirksbürgermeisterin oder den Bezirksbürgermeister vertreten.

## Kooperationspartner
Wirtschaftskreis Hohenschönhausen-Lichtenberg e. V. (WKHL)

## Kontakt
Wirtschaftsförderung Lichtenberg
E-Mail: kooperation@lichtenberg.example
Telefon: 030 0000000 (Platzhalter)

## Verantwortlich für den Inhalt nach § 18 Abs. 2 MStV
Leitung der Wirtschaftsförderung des Bezirksamts Lichtenberg, Anschrift wie oben.

## Haftung für Links
Diese Seiten verweisen auf Angebote Dritter. Für deren Inhalte sind allein die jeweiligen Anbieter verantwortlich.`

const demoPrivacy = demoNotice + `

## 1. Verantwortliche
Bezirksamt Lichtenberg von Berlin, Möllendorffstraße 6, 10367 Berlin, gemeinsam mit dem Wirtschaftskreis Hohenschönhausen-Lichtenberg e. V. im Rahmen ihrer Kooperationsvereinbarung (gemeinsam Verantwortliche nach Art. 26 DSGVO). Sie können sich mit Ihrem Anliegen an jeden der beiden Partner wenden.

## 2. Behördliche Datenschutzbeauftragte
Die behördliche Datenschutzbeauftragte des Bezirksamts Lichtenberg erreichen Sie unter der oben genannten Anschrift oder per E-Mail an datenschutz@lichtenberg.example.

## 3. Zwecke und Rechtsgrundlagen
Wenn Sie auf eine Einladung zu einer gemeinsamen Veranstaltung antworten, verarbeiten wir Ihren Namen, Ihre Organisation, Ihre E-Mail-Adresse, Ihre Zu- oder Absage und die Zahl Ihrer Begleitpersonen, um die Veranstaltung zu planen und durchzuführen (Art. 6 Abs. 1 Buchst. e DSGVO in Verbindung mit den Aufgaben der Wirtschaftsförderung; soweit Sie eingewilligt haben, Art. 6 Abs. 1 Buchst. a DSGVO).
Wenn Sie ein Unternehmen für den Preis „Lichtenberger Unternehmen des Jahres“ vorschlagen, verarbeiten wir Ihre Angaben und die Begründung, um den Vorschlag zu prüfen und der Jury vorzulegen.

## 4. Empfänger
Ihre Angaben sehen nur die Personen der Kooperationspartner, die die Veranstaltung oder den Preis betreuen. Eine Übermittlung in Staaten außerhalb der Europäischen Union findet nicht statt.

## 5. Speicherdauer
Einladungsdaten löschen oder anonymisieren wir spätestens zwei Jahre nach der Veranstaltung, soweit keine gesetzlichen Aufbewahrungspflichten entgegenstehen.

## 6. Ihre Rechte
Sie haben das Recht auf Auskunft (Art. 15 DSGVO), Berichtigung (Art. 16), Löschung (Art. 17), Einschränkung der Verarbeitung (Art. 18) und Widerspruch (Art. 21). Eine Einwilligung können Sie jederzeit mit Wirkung für die Zukunft widerrufen (Art. 7 Abs. 3). Jede Einladung enthält einen Link, mit dem Sie keine weiteren Einladungen erhalten.
Sie können sich bei der Berliner Beauftragten für Datenschutz und Informationsfreiheit beschweren.

## 7. Aufruf dieser Seiten
Beim Aufruf dieser Seiten verarbeitet der Server technisch notwendige Angaben (IP-Adresse, Zeitpunkt, aufgerufene Adresse), um die Seiten auszuliefern und vor Missbrauch zu schützen. Es werden keine Analyse- oder Werbedienste eingesetzt; ein Cookie wird nur für die Anmeldung angemeldeter Nutzerinnen und Nutzer gesetzt.`

const demoAccessibility = demoNotice + `

Das Bezirksamt Lichtenberg ist bemüht, seine Internetangebote im Einklang mit dem Berliner Gesetz über die barrierefreie Informations- und Kommunikationstechnik (BIKTG Bln) barrierefrei zugänglich zu machen. Diese Erklärung gilt für die öffentlichen Seiten der Kooperation (Antwort auf Einladungen, Vorschläge für den Preis).

## Stand der Vereinbarkeit mit den Anforderungen
Die Seiten sind weitgehend mit den Anforderungen der WCAG 2.1 (Stufe AA) vereinbar. Die Bewertung beruht auf einer Selbstbewertung; jede Änderung wird automatisiert mit axe geprüft.

## Nicht barrierefreie Inhalte
Hochgeladene Dokumente (etwa Flyer als PDF) sind nicht in jedem Fall barrierefrei. Auf Wunsch senden wir Ihnen die Inhalte in einer zugänglichen Form.

## Erstellung dieser Erklärung
Diese Erklärung wurde für die Demo erstellt und wird bei jeder wesentlichen Änderung der Seiten überprüft.

## Feedback und Kontakt
Sind Ihnen Mängel beim barrierefreien Zugang aufgefallen? Dann schreiben Sie uns an barrierefreiheit@lichtenberg.example.

## Schlichtungsverfahren
Wenn Sie auf Ihre Rückmeldung keine zufriedenstellende Antwort erhalten, können Sie sich an die Schlichtungsstelle bei der bzw. dem Landesbeauftragten für Menschen mit Behinderung in Berlin wenden. Das Verfahren ist kostenfrei.`
