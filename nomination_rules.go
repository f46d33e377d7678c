package koop

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode/utf8"
)

// DistrictPostalCodes are the postal codes of the district of Lichtenberg: a company seated
// elsewhere is not eligible without a reason (DOMAIN.md "The award": seat in the district).
var DistrictPostalCodes = []string{
	"10315", "10317", "10318", "10319", "10365", "10367", "10369",
	"13051", "13053", "13055", "13057", "13059",
}

// InDistrict reports whether a postal code lies in the district.
func InDistrict(postalCode string) bool {
	return slices.Contains(DistrictPostalCodes, strings.TrimSpace(postalCode))
}

// PastWin is a company's first place in an earlier cycle of the same programme.
type PastWin struct {
	Year     int    `db:"year"`
	Category string `db:"category"`
}

// ExcludingWin returns the most recent win that falls into the winner exclusion of a cycle of
// the given year: a win in [year−n, year−1]; nil when there is none or n is 0.
func ExcludingWin(wins []PastWin, cycleYear, exclusionYears int) *PastWin {
	if exclusionYears <= 0 {
		return nil
	}
	var best *PastWin
	for i := range wins {
		w := &wins[i]
		if w.Year < cycleYear-exclusionYears || w.Year > cycleYear-1 {
			continue
		}
		if best == nil || w.Year > best.Year || (w.Year == best.Year && w.Category < best.Category) {
			best = w
		}
	}
	return best
}

// WinnerExclusionText is the German reason why a recent winner is not eligible.
func WinnerExclusionText(w PastWin, exclusionYears int) string {
	years := fmt.Sprintf("%d Jahren", exclusionYears)
	if exclusionYears == 1 {
		years = "1 Jahr"
	}
	return fmt.Sprintf("Preisträger %d (Kategorie %s): nach der Sperrfrist von %s nicht teilnahmeberechtigt.", w.Year, w.Category, years)
}

// EligibilityHints are the facts the eligibility review should look at: the company's seat
// (by its postal code) and wins within the programme's winner exclusion. They are hints, not
// decisions; only a winner within the exclusion cannot be declared eligible.
func EligibilityHints(postalCode string, wins []PastWin, cycleYear, exclusionYears int) []string {
	out := []string{}
	switch pc := strings.TrimSpace(postalCode); {
	case pc == "":
		out = append(out, "Keine Postleitzahl angegeben: Sitz im Bezirk prüfen.")
	case !InDistrict(pc):
		out = append(out, fmt.Sprintf("Sitz außerhalb des Bezirks Lichtenberg (PLZ %s).", pc))
	}
	if w := ExcludingWin(wins, cycleYear, exclusionYears); w != nil {
		out = append(out, WinnerExclusionText(*w, exclusionYears))
	}
	return out
}

// CompanyAddressLine writes an address on one line, "Straße, PLZ Ort", leaving out what is empty.
func CompanyAddressLine(street, postalCode, city string) string {
	place := joinNonEmpty(postalCode, city)
	parts := []string{}
	for _, p := range []string{strings.TrimSpace(street), place} {
		if p != "" {
			parts = append(parts, p)
		}
	}
	return strings.Join(parts, ", ")
}

// NominationReference is the short reference a nominator can quote: "N-" and the first eight
// hex digits of the nomination's ID.
func NominationReference(id string) string {
	hex := strings.ReplaceAll(id, "-", "")
	if len(hex) > 8 {
		hex = hex[:8]
	}
	return "N-" + strings.ToUpper(hex)
}

// CheckNominationOpen returns nil while a cycle takes nominations (phase NOMINATION_OPEN and
// before the deadline), else the German reason.
func CheckNominationOpen(phase AwardPhase, closesAt, now time.Time) error {
	switch {
	case phase == PhaseDraft:
		return Errorf(EINVALID, "Die Nominierung ist noch nicht geöffnet.")
	case !now.Before(closesAt):
		return Errorf(EINVALID, "Die Nominierungsfrist ist am %s abgelaufen.", GermanDateTime(closesAt))
	case phase != PhaseNominationOpen:
		return Errorf(EINVALID, "Die Nominierung ist zurzeit geschlossen; Nominierungen werden nicht angenommen (Frist: %s).", GermanDateTime(closesAt))
	}
	return nil
}

// NominationsEditable returns nil while nominations may still be edited, withdrawn and
// decided on (until the jury starts voting), else the German reason.
func NominationsEditable(phase AwardPhase) error {
	switch phase {
	case PhaseNominationOpen, PhaseNominationClosed:
		return nil
	case PhaseDraft:
		return Errorf(EINVALID, "Die Nominierung ist noch nicht geöffnet.")
	}
	return Errorf(EINVALID, "Die Jurybewertung hat begonnen: Nominierungen können nicht mehr geändert werden.")
}

// JurySeesNominations reports whether jurors see the (eligible) nominations: from the start of
// the vote on.
func JurySeesNominations(phase AwardPhase) bool {
	switch phase {
	case PhaseJuryVoting, PhaseDecided, PhaseAnnounced:
		return true
	}
	return false
}

// MaxJustification is the longest justification, in characters; the public form asks for at
// least MinPublicJustification.
const (
	MaxJustification       = 10000
	MinPublicJustification = 50
)

// Public nomination limits: submissions per address and hour, and per cycle and day.
const (
	PublicNominationsPerAddressHour = 5
	PublicNominationsPerCycleDay    = 300
)

// CheckCategory returns the category as the cycle spells it, or an EINVALID error.
func CheckCategory(category string, categories []string) (string, error) {
	c := strings.TrimSpace(category)
	for _, x := range categories {
		if strings.EqualFold(x, c) {
			return x, nil
		}
	}
	if c == "" {
		return "", FieldErrorf(EINVALID, "category", "Bitte wählen Sie eine Kategorie.")
	}
	return "", FieldErrorf(EINVALID, "category", "Die Kategorie „%s“ gibt es in dieser Runde nicht. Möglich sind: %s.", c, strings.Join(categories, ", "))
}

// CheckJustification trims the justification and checks its length (min 0: only required).
func CheckJustification(s string, min int) (string, error) {
	s, err := RequireText("justification", "Die Begründung", s, MaxJustification)
	if err != nil {
		return "", err
	}
	if n := utf8.RuneCountInString(s); n < min {
		return "", FieldErrorf(EINVALID, "justification", "Die Begründung ist mit %d Zeichen zu kurz: Bitte beschreiben Sie in mindestens %d Zeichen, warum das Unternehmen den Preis verdient.", n, min)
	}
	return s, nil
}

var companyPostalRE = regexp.MustCompile(`^[0-9]{5}$`)

// optionalTextPtr trims an optional text field and checks its length; nil and blank give nil.
func optionalTextPtr(in *string, field, label string, max int) (*string, error) {
	if in == nil {
		return nil, nil
	}
	s, err := OptionalText(field, label, *in, max)
	if err != nil || s == "" {
		return nil, err
	}
	return &s, nil
}

// Clean trims a company and checks it; field names start with prefix ("company.").
func (c CompanyInput) Clean(prefix string) (CompanyInput, error) {
	var out CompanyInput
	var err error
	if out.Name, err = RequireText(prefix+"name", "Der Name des Unternehmens", c.Name, 200); err != nil {
		return out, err
	}
	opt := func(in *string, field, label string, max int) (*string, error) {
		return optionalTextPtr(in, prefix+field, label, max)
	}
	if out.Street, err = opt(c.Street, "street", "Die Straße", 200); err != nil {
		return out, err
	}
	if out.PostalCode, err = opt(c.PostalCode, "postalCode", "Die Postleitzahl", 10); err != nil {
		return out, err
	}
	if out.PostalCode != nil && !companyPostalRE.MatchString(*out.PostalCode) {
		return out, FieldErrorf(EINVALID, prefix+"postalCode", "Die Postleitzahl „%s“ ist ungültig: Bitte geben Sie fünf Ziffern an.", *out.PostalCode)
	}
	if out.City, err = opt(c.City, "city", "Der Ort", 100); err != nil {
		return out, err
	}
	if out.Website, err = opt(c.Website, "website", "Die Webseite", 300); err != nil {
		return out, err
	}
	return out, nil
}

// Clean trims a nominator and checks it; field names start with prefix ("nominator.").
// reachable requires an e-mail address or a phone number (the public form: the office must be
// able to ask back).
func (n NominatorInput) Clean(prefix string, reachable bool) (NominatorInput, error) {
	var out NominatorInput
	var err error
	if out.LastName, err = RequireText(prefix+"lastName", "Der Nachname", n.LastName, 100); err != nil {
		return out, err
	}
	opt := func(in *string, field, label string, max int) (*string, error) {
		return optionalTextPtr(in, prefix+field, label, max)
	}
	if out.FirstName, err = opt(n.FirstName, "firstName", "Der Vorname", 100); err != nil {
		return out, err
	}
	if out.Organisation, err = opt(n.Organisation, "organisation", "Die Organisation", 200); err != nil {
		return out, err
	}
	if n.Email != nil && strings.TrimSpace(*n.Email) != "" {
		e, err := NormaliseEmail(*n.Email)
		if err != nil {
			return out, FieldErrorf(EINVALID, prefix+"email", "Die E-Mail-Adresse „%s“ ist ungültig.", strings.TrimSpace(*n.Email))
		}
		out.Email = &e
	}
	if n.Phone != nil && strings.TrimSpace(*n.Phone) != "" {
		s := strings.TrimSpace(*n.Phone)
		if len(s) > 40 || !phoneRE.MatchString(s) || countDigits(s) < 3 {
			return out, FieldErrorf(EINVALID, prefix+"phone", "Die Telefonnummer „%s“ ist ungültig: Erlaubt sind Ziffern, Leerzeichen und + ( ) / - . (höchstens 40 Zeichen).", s)
		}
		out.Phone = &s
	}
	if reachable && out.Email == nil && out.Phone == nil {
		return out, FieldErrorf(EINVALID, prefix+"email", "Bitte geben Sie eine E-Mail-Adresse oder eine Telefonnummer an, damit wir bei Rückfragen Kontakt aufnehmen können.")
	}
	return out, nil
}

// Validate checks a public nomination against the cycle's categories and trims it. The spam
// trap is not checked here: a filled one is answered before validation.
func (in *PublicNomination) Validate(categories []string) error {
	if !in.Consent {
		return FieldErrorf(EINVALID, "consent", "Bitte willigen Sie ein, dass wir Ihre Angaben für den Preis speichern dürfen; ohne Einwilligung können wir die Nominierung nicht annehmen.")
	}
	var err error
	if in.Company, err = in.Company.Clean("company."); err != nil {
		return err
	}
	if in.Category, err = CheckCategory(in.Category, categories); err != nil {
		return err
	}
	if in.Nominator, err = in.Nominator.Clean("nominator.", true); err != nil {
		return err
	}
	if in.Justification, err = CheckJustification(in.Justification, MinPublicJustification); err != nil {
		return err
	}
	if len(in.Files) > MaxPublicNominationFiles {
		return FieldErrorf(EINVALID, "files", "Bitte hängen Sie höchstens %d Dokumente an.", MaxPublicNominationFiles)
	}
	return nil
}

// SpamTrapped reports whether the invisible field was filled in.
func (in *PublicNomination) SpamTrapped() bool {
	return in.Homepage != nil && strings.TrimSpace(*in.Homepage) != ""
}
