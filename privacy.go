package koop

import (
	"context"
	"fmt"
	"strings"
	"time"
)

// Personal data (GDPR): export everything held on a contact or a user, erase or anonymise a
// person without breaking history (guest counts, budgets, results, votes and the audit trail
// stay), and a retention rule for contacts not invited for a number of years (DOMAIN.md
// "Across everything").

// ErasedName replaces the name of an erased person where a row must stay.
const ErasedName = "Gelöschte Person"

// PersonInput names a contact or a user (exactly one).
type PersonInput struct {
	ContactID *string
	UserID    *string
}

// ExportPersonalDataInput asks for the export of a person's data.
type ExportPersonalDataInput struct {
	Person *PersonInput
}

// PersonalDataExport is the export of a person's data.
type PersonalDataExport struct {
	FileName string
	JSON     string
}

// ErasurePlan says what erasing a person will do, or what must happen first.
type ErasurePlan struct {
	Name     string
	Effects  []string
	Blockers []string
}

// ErasePersonInput asks to erase a person.
type ErasePersonInput struct {
	Person *PersonInput
	Reason string
}

// RetentionCandidate is a contact past the retention rule.
type RetentionCandidate struct {
	Contact       *Contact
	LastInvitedAt *time.Time
}

// RetentionReview lists the contacts past the retention rule.
type RetentionReview struct {
	Years      int
	Cutoff     time.Time
	Candidates []*RetentionCandidate
}

// SetContactRetentionInput sets a cooperation's retention rule.
type SetContactRetentionInput struct {
	CooperationID string
	Years         int
}

// ApplyContactRetentionInput erases reviewed contacts past the rule.
type ApplyContactRetentionInput struct {
	CooperationID string
	ContactIDs    []string
}

// PrivacyService exports and erases personal data.
type PrivacyService interface {
	ExportPersonalData(ctx context.Context, in ExportPersonalDataInput) (*PersonalDataExport, error)
	ErasurePlan(ctx context.Context, person PersonInput) (*ErasurePlan, error)
	ErasePerson(ctx context.Context, in ErasePersonInput) (effects []string, err error)
	RetentionReview(ctx context.Context, cooperationID string) (*RetentionReview, error)
	SetContactRetention(ctx context.Context, in SetContactRetentionInput) (*RetentionReview, error)
	ApplyContactRetention(ctx context.Context, in ApplyContactRetentionInput) (erased int, review *RetentionReview, err error)
}

// The permissions of personal data. Erasing a contact and the retention rule need
// PermAdminister; users are exported by themselves and system admins, erased by system admins.
const (
	// PermExportContactData: export everything held on a contact of the cooperation.
	PermExportContactData Permission = 190
)

func init() {
	extraPermissions[PermExportContactData] = []Role{RoleAdmin, RoleCoordinator}
}

// The bounds of a cooperation's retention rule, in years.
const (
	MinContactRetentionYears = 1
	MaxContactRetentionYears = 30
)

// Validate checks that exactly one of contact and user is named.
func (p *PersonInput) Validate() error {
	if p == nil || (p.ContactID == nil) == (p.UserID == nil) {
		return FieldErrorf(EINVALID, "person", "Bitte nennen Sie genau eine Person: einen Kontakt oder ein Benutzerkonto.")
	}
	return nil
}

// Validate checks the reason of an erasure.
func (in *ErasePersonInput) Validate() error {
	if in.Person == nil {
		return FieldErrorf(EINVALID, "person", "Bitte nennen Sie genau eine Person: einen Kontakt oder ein Benutzerkonto.")
	}
	if err := in.Person.Validate(); err != nil {
		return err
	}
	reason, err := RequireText("reason", "Der Grund", in.Reason, 500)
	if err != nil {
		return err
	}
	in.Reason = reason
	return nil
}

// Validate checks the number of years.
func (in *SetContactRetentionInput) Validate() error {
	if in.Years < MinContactRetentionYears || in.Years > MaxContactRetentionYears {
		return FieldErrorf(EINVALID, "years", "Bitte geben Sie eine Aufbewahrungsfrist zwischen %d und %d Jahren an.",
			MinContactRetentionYears, MaxContactRetentionYears)
	}
	return nil
}

// RetentionCutoff is the day before which a contact's last invitation (or creation) must lie
// for the rule to propose erasing it: today in Berlin minus the years. today is midnight UTC of
// the Berlin day; the result is too (29 February goes back to 28 February or 1 March as
// time.AddDate normalises it).
func RetentionCutoff(today time.Time, years int) time.Time {
	return today.AddDate(-years, 0, 0)
}

// ExportFileName is the suggested name of a person's export, e.g.
// "koop-personendaten-schulz-2026-11-30.json": the name as an ASCII slug and the Berlin day.
func ExportFileName(name string, day time.Time) string {
	return "koop-personendaten-" + ASCIISlug(name) + "-" + day.Format(time.DateOnly) + ".json"
}

// ASCIISlug turns a name into lower-case ASCII letters, digits and single hyphens: German
// umlauts become "ae", "oe", "ue", "ß" becomes "ss", common accents lose their mark, anything
// else separates words. An empty result is "person".
func ASCIISlug(s string) string {
	var b strings.Builder
	dash := false
	emit := func(x string) {
		if dash && b.Len() > 0 {
			b.WriteByte('-')
		}
		dash = false
		b.WriteString(x)
	}
	for _, r := range strings.ToLower(s) {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			emit(string(r))
		case slugFold[r] != "":
			emit(slugFold[r])
		default:
			dash = true
		}
	}
	if b.Len() == 0 {
		return "person"
	}
	return b.String()
}

var slugFold = map[rune]string{
	'ä': "ae", 'ö': "oe", 'ü': "ue", 'ß': "ss", 'á': "a", 'à': "a", 'â': "a", 'ã': "a", 'å': "a", 'æ': "ae",
	'ç': "c", 'č': "c", 'ć': "c", 'é': "e", 'è': "e", 'ê': "e", 'ë': "e", 'ě': "e", 'í': "i", 'ì': "i", 'î': "i",
	'ï': "i", 'ł': "l", 'ñ': "n", 'ń': "n", 'ó': "o", 'ò': "o", 'ô': "o", 'õ': "o", 'ø': "oe", 'œ': "oe",
	'ř': "r", 'š': "s", 'ś': "s", 'ş': "s", 'ú': "u", 'ù': "u", 'û': "u", 'ů': "u", 'ý': "y", 'ž': "z", 'ź': "z", 'ż': "z",
}

// ContactErasureFacts is what the store knows about a contact before erasing it.
type ContactErasureFacts struct {
	Name          string
	AlreadyErased bool
	// Lists is the number of distribution lists the contact is on.
	Lists int
	// Invitations is the number of guest-list entries, PastInvitations of them for events held,
	// cancelled or past.
	Invitations int
	// Upcoming are the events still ahead where the contact is a guest who is (or will be)
	// expected: draft, invited, accepted or waitlisted. Title and Berlin date, e.g.
	// "Neujahrsempfang 2027 (15.01.2027)".
	Upcoming []string
	// Nominations is the number of nominations the contact is named as nominator of.
	Nominations int
	// Mails is the number of mails in the outbox to the contact's address.
	Mails int
	// AuditEntries is the number of audit entries about the contact.
	AuditEntries int
}

// Deletable reports whether nothing refers to the contact, so that its row can go entirely.
func (f ContactErasureFacts) Deletable() bool { return f.Invitations == 0 }

// PlanContactErasure says what erasing a contact will do and what must happen first.
//
// A guest still expected at an upcoming event blocks the erasure: the organisers plan with the
// guest, the invitation (or the reminder) would go to nobody and the RSVP link would stop
// working without the guest knowing. The guest is first removed from the guest list (or the
// answer recorded as a decline); then the erasure runs. Past guest-list entries stay, as
// "Gelöschte Person", so that the guest counts of held events do not change.
func PlanContactErasure(f ContactErasureFacts) *ErasurePlan {
	p := &ErasurePlan{Name: f.Name, Effects: []string{}, Blockers: []string{}}
	if f.AlreadyErased {
		p.Blockers = append(p.Blockers, "Dieser Kontakt wurde bereits gelöscht.")
		return p
	}
	for _, e := range f.Upcoming {
		p.Blockers = append(p.Blockers, fmt.Sprintf("%s steht auf der Gästeliste der kommenden Veranstaltung %s. Bitte entfernen Sie den Eintrag zuerst von der Gästeliste oder erfassen Sie eine Absage.", f.Name, e))
	}
	if f.Deletable() {
		p.Effects = append(p.Effects, "Der Kontakt wird vollständig gelöscht, denn keine Gästeliste verweist auf ihn.")
	} else {
		p.Effects = append(p.Effects, fmt.Sprintf("Name, Titel, Funktion, E-Mail, Telefon, Anschrift, Notiz, Einwilligung und Abmeldung werden entfernt; der Name wird durch „%s“ ersetzt.", ErasedName),
			fmt.Sprintf("Auf %s bleibt der Eintrag als „%s“ für die Zahlen erhalten; Namen von Begleitpersonen und persönliche Antwortlinks werden entfernt.", countText(f.Invitations, "Gästeliste", "Gästelisten"), ErasedName))
	}
	if f.Lists > 0 {
		p.Effects = append(p.Effects, fmt.Sprintf("Der Kontakt wird aus %s entfernt.", countText(f.Lists, "Verteiler", "Verteilern")))
	}
	if f.Nominations > 0 {
		p.Effects = append(p.Effects, fmt.Sprintf("%s %s bestehen, ohne nominierende Person.", countText(f.Nominations, "Nominierung", "Nominierungen"), verb(f.Nominations, "bleibt", "bleiben")))
	}
	if f.Mails > 0 {
		p.Effects = append(p.Effects, fmt.Sprintf("%s an den Kontakt %s aus dem Postausgang gelöscht.", countText(f.Mails, "E-Mail", "E-Mails"), verb(f.Mails, "wird", "werden")))
	}
	if f.AuditEntries > 0 {
		p.Effects = append(p.Effects, fmt.Sprintf("%s im Änderungsprotokoll %s bestehen, ohne persönliche Werte.", countText(f.AuditEntries, "Eintrag", "Einträge"), verb(f.AuditEntries, "bleibt", "bleiben")))
	}
	return p
}

// UserErasureFacts is what the store knows about a user before erasing the account.
type UserErasureFacts struct {
	Name          string
	AlreadyErased bool
	// Self is true when the actor would erase their own account.
	Self bool
	// OpenJuryCycles are the titles of award cycles whose vote is not closed where the user is juror.
	OpenJuryCycles []string
	// OpenTasks is the number of open tasks assigned to the user, OpenTaskTitles some of them.
	OpenTasks      int
	OpenTaskTitles []string
	// OpenRetreats are the titles of retreats not closed that the user chairs or takes part in.
	OpenRetreats []string
	// LastAdminOf are the cooperations whose last active ADMIN the user is.
	LastAdminOf []string
	// Memberships, Comments, Proposals, Votes, JuryCycles and AuditEntries count what stays.
	Memberships  int
	Comments     int
	Proposals    int
	Votes        int
	JuryCycles   int
	AuditEntries int
}

// PlanUserErasure says what erasing a user account will do and what must happen first.
func PlanUserErasure(f UserErasureFacts) *ErasurePlan {
	p := &ErasurePlan{Name: f.Name, Effects: []string{}, Blockers: []string{}}
	if f.AlreadyErased {
		p.Blockers = append(p.Blockers, "Dieses Konto wurde bereits gelöscht.")
		return p
	}
	if f.Self {
		p.Blockers = append(p.Blockers, "Sie können Ihr eigenes Konto nicht löschen. Bitte wenden Sie sich an eine andere Systemadministration.")
	}
	for _, c := range f.OpenJuryCycles {
		p.Blockers = append(p.Blockers, fmt.Sprintf("%s ist in der Jury von „%s“, deren Abstimmung noch nicht abgeschlossen ist. Bitte entfernen Sie die Person zuerst aus der Jury.", f.Name, c))
	}
	if f.OpenTasks > 0 {
		p.Blockers = append(p.Blockers, fmt.Sprintf("%s sind %s zugewiesen (%s). Bitte weisen Sie sie zuerst jemand anderem zu oder schließen Sie sie ab.",
			f.Name, countText(f.OpenTasks, "offene Aufgabe", "offene Aufgaben"), quoteList(f.OpenTaskTitles, f.OpenTasks)))
	}
	for _, r := range f.OpenRetreats {
		p.Blockers = append(p.Blockers, fmt.Sprintf("%s nimmt an der Klausur „%s“ teil, die noch nicht abgeschlossen ist. Bitte entfernen Sie die Person zuerst aus der Klausur oder schließen Sie sie ab.", f.Name, r))
	}
	for _, c := range f.LastAdminOf {
		p.Blockers = append(p.Blockers, fmt.Sprintf("%s ist die letzte aktive Administration von „%s“. Bitte ernennen Sie zuerst eine weitere Administration.", f.Name, c))
	}
	p.Effects = append(p.Effects,
		fmt.Sprintf("Der Name wird durch „%s“ ersetzt, die E-Mail-Adresse und das Passwort werden entfernt; das Konto wird deaktiviert.", ErasedName),
		"Alle Sitzungen, Anmelde- und Passwort-Links sowie die Erinnerungseinstellungen werden gelöscht.")
	if f.Memberships > 0 {
		p.Effects = append(p.Effects, fmt.Sprintf("%s %s deaktiviert.", countText(f.Memberships, "Mitgliedschaft", "Mitgliedschaften"), verb(f.Memberships, "wird", "werden")))
	}
	if f.Comments > 0 {
		p.Effects = append(p.Effects, fmt.Sprintf("%s %s mit „%s“ als Verfasser erhalten.", countText(f.Comments, "Kommentar", "Kommentare"), verb(f.Comments, "bleibt", "bleiben"), ErasedName))
	}
	if f.Proposals > 0 {
		p.Effects = append(p.Effects, fmt.Sprintf("%s der Klausur %s als Einreichende „%s“.", countText(f.Proposals, "Vorschlag", "Vorschläge"), verb(f.Proposals, "nennt", "nennen"), ErasedName))
	}
	switch {
	case f.Votes > 0 && f.JuryCycles > 0:
		p.Effects = append(p.Effects, fmt.Sprintf("%s und die Bewertungen aus %s bleiben für die Ergebnisse erhalten.",
			countText(f.Votes, "Stimme", "Stimmen"), countText(f.JuryCycles, "Jury", "Jurys")))
	case f.Votes > 0:
		p.Effects = append(p.Effects, fmt.Sprintf("%s in der Klausur %s für die Ergebnisse erhalten.",
			countText(f.Votes, "Stimme", "Stimmen"), verb(f.Votes, "bleibt", "bleiben")))
	case f.JuryCycles > 0:
		p.Effects = append(p.Effects, fmt.Sprintf("Die Bewertungen aus %s bleiben für die Ergebnisse erhalten.", countText(f.JuryCycles, "Jury", "Jurys")))
	}
	if f.AuditEntries > 0 {
		p.Effects = append(p.Effects, fmt.Sprintf("%s im Änderungsprotokoll %s bestehen, mit „%s“ als handelnder Person und ohne persönliche Werte.",
			countText(f.AuditEntries, "Eintrag", "Einträge"), verb(f.AuditEntries, "bleibt", "bleiben"), ErasedName))
	}
	return p
}

// BlockerMessage joins the blockers of a refused erasure into one German message.
func BlockerMessage(blockers []string) string {
	return "Die Person kann noch nicht gelöscht werden: " + strings.Join(blockers, " ")
}

// countText is "1 Gästeliste" or "3 Gästelisten".
// verb picks the verb form that agrees with a count.
func verb(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

func countText(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// quoteList quotes the titles, with "und weitere" when there are more than shown.
func quoteList(titles []string, total int) string {
	q := make([]string, len(titles))
	for i, t := range titles {
		q[i] = "„" + t + "“"
	}
	s := strings.Join(q, ", ")
	if total > len(titles) {
		s += " und weitere"
	}
	return s
}
