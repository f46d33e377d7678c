package koop

import (
	"context"
	"regexp"
	"strings"
	"time"
)

// Contacts are personal data (GDPR, DOMAIN.md "People and access"). Who may see and change them
// follows need to know rather than "reads everything":
//   - ADMIN, COORDINATOR and MEMBER read and edit contacts and distribution lists and import
//     them (members invite guests too);
//   - VIEWER sees who is on file — name, title, function, organisation, the lists and the legal
//     basis — but not how to reach them: e-mail, phone, address and note stay hidden and are not
//     searchable;
//   - EXTERNAL sees no contacts at all.
const (
	// PermViewContacts: see contacts' names, functions, organisations and lists.
	PermViewContacts Permission = 200
	// PermViewContactDetails: see contacts' e-mail, phone, address and note.
	PermViewContactDetails Permission = 201
	// PermEditContacts: create, change, delete and import contacts and distribution lists.
	PermEditContacts Permission = 202
)

func init() {
	extraPermissions[PermViewContacts] = []Role{RoleAdmin, RoleCoordinator, RoleMember, RoleViewer}
	extraPermissions[PermViewContactDetails] = []Role{RoleAdmin, RoleCoordinator, RoleMember}
	extraPermissions[PermEditContacts] = []Role{RoleAdmin, RoleCoordinator, RoleMember}
}

// Salutation is how a contact is addressed [Anrede].
type Salutation string

// The salutations.
const (
	SalutationNone    Salutation = "NONE"
	SalutationMs      Salutation = "MS"
	SalutationMr      Salutation = "MR"
	SalutationDiverse Salutation = "DIVERSE"
)

// Valid reports whether s is a known salutation.
func (s Salutation) Valid() bool {
	switch s {
	case SalutationNone, SalutationMs, SalutationMr, SalutationDiverse:
		return true
	}
	return false
}

// Label is the German form of address: "Frau", "Herr", or "" for none and diverse (who are
// addressed by full name).
func (s Salutation) Label() string {
	switch s {
	case SalutationMs:
		return "Frau"
	case SalutationMr:
		return "Herr"
	}
	return ""
}

// LegalBasis is the GDPR legal basis on which koop holds a contact's data (Art. 6 (1) GDPR).
type LegalBasis string

// The legal bases.
const (
	LegalBasisConsent            LegalBasis = "CONSENT"             // Art. 6 (1) a: consent, with its date
	LegalBasisLegitimateInterest LegalBasis = "LEGITIMATE_INTEREST" // Art. 6 (1) f
	LegalBasisContract           LegalBasis = "CONTRACT"            // Art. 6 (1) b
	LegalBasisPublicTask         LegalBasis = "PUBLIC_TASK"         // Art. 6 (1) e
)

// Valid reports whether b is a known legal basis.
func (b LegalBasis) Valid() bool {
	switch b {
	case LegalBasisConsent, LegalBasisLegitimateInterest, LegalBasisContract, LegalBasisPublicTask:
		return true
	}
	return false
}

// Label is the German name of the legal basis.
func (b LegalBasis) Label() string {
	switch b {
	case LegalBasisConsent:
		return "Einwilligung"
	case LegalBasisLegitimateInterest:
		return "Berechtigtes Interesse"
	case LegalBasisContract:
		return "Vertrag"
	case LegalBasisPublicTask:
		return "Öffentliche Aufgabe"
	}
	return string(b)
}

// Contact is a person koop holds data on: a guest, a nominator, an outside juror.
type Contact struct {
	ID             string     `db:"id"`
	CooperationID  string     `db:"cooperation_id"`
	Salutation     Salutation `db:"salutation"`
	Title          string     `db:"title"`
	FirstName      string     `db:"first_name"`
	LastName       string     `db:"last_name"`
	Function       string     `db:"function"`
	OrganisationID *string    `db:"organisation_id"`
	Email          *string    `db:"email"`
	Phone          string     `db:"phone"`
	Street         string     `db:"street"`
	PostalCode     string     `db:"postal_code"`
	City           string     `db:"city"`
	LegalBasis     LegalBasis `db:"legal_basis"`
	// ConsentAt is the day consent was given (midnight UTC); set exactly when LegalBasis is CONSENT.
	ConsentAt  *time.Time `db:"consent_at"`
	Note       string     `db:"note"`
	OptedOutAt *time.Time `db:"opted_out_at"`
	CreatedAt  time.Time  `db:"created_at"`
	UpdatedAt  time.Time  `db:"updated_at"`
	Version    int        `db:"version"`
	// DetailsHidden is true when the reader's role may not see e-mail, phone, address and note,
	// which are then empty.
	DetailsHidden     bool                `db:"-"`
	Organisation      *Organisation       `db:"-"`
	DistributionLists []*DistributionList `db:"-"`
}

// Name is the full name with the academic title: "Dr. Anna Schulz".
func (c *Contact) Name() string {
	return joinNonEmpty(c.Title, c.FirstName, c.LastName)
}

// LetterSalutation is the opening of a German letter: "Sehr geehrte Frau Dr. Schulz",
// "Sehr geehrter Herr Meier", and for no or a diverse salutation the neutral "Guten Tag Alex
// Schmidt".
func (c *Contact) LetterSalutation() string {
	switch c.Salutation {
	case SalutationMs:
		return "Sehr geehrte Frau " + joinNonEmpty(c.Title, c.LastName)
	case SalutationMr:
		return "Sehr geehrter Herr " + joinNonEmpty(c.Title, c.LastName)
	}
	return "Guten Tag " + c.Name()
}

// HideDetails empties what a reader without PermViewContactDetails may not see.
func (c *Contact) HideDetails() {
	c.Email, c.Phone, c.Street, c.PostalCode, c.City, c.Note = nil, "", "", "", "", ""
	c.DetailsHidden = true
}

func joinNonEmpty(parts ...string) string {
	out := make([]string, 0, len(parts))
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, " ")
}

// ContactList is a page of contacts.
type ContactList struct {
	Items      []*Contact
	TotalCount int
}

// ContactFilter narrows the contact list.
type ContactFilter struct {
	// Query matches name, e-mail and organisation (only names and organisation for readers
	// who may not see contact details).
	Query              *string
	OrganisationID     *string
	DistributionListID *string
}

// ContactPatch is a set of changes to a contact's own fields; nil fields stay. Apply validates.
type ContactPatch struct {
	Salutation *Salutation
	Title      *string
	FirstName  *string
	LastName   *string
	Function   *string
	Email      *string // "" removes the address
	Phone      *string
	Street     *string
	PostalCode *string
	City       *string
	LegalBasis *LegalBasis
	ConsentAt  *time.Time
	// ClearConsentAt removes the consent date (with a legal basis other than consent).
	ClearConsentAt bool
	Note           *string
}

var (
	phoneRE      = regexp.MustCompile(`^\+?[0-9 ()/.\-]+$`)
	germanPostRE = regexp.MustCompile(`^[0-9]{5}$`)
	foreignPost  = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9 \-]{1,9}$`)
	digitsOnly   = regexp.MustCompile(`^[0-9]+$`)
)

// Apply validates the changes and writes them onto c. today is the current day in Berlin;
// a consent cannot be dated after it. It returns the first error.
func (p ContactPatch) Apply(c *Contact, today time.Time) error {
	if errs := p.apply(c, today, false); len(errs) > 0 {
		return errs[0]
	}
	return nil
}

// ApplyAll is Apply returning every error, one per field (for the row report of an import).
func (p ContactPatch) ApplyAll(c *Contact, today time.Time) []*Error {
	return p.apply(c, today, true)
}

func (p ContactPatch) apply(c *Contact, today time.Time, all bool) []*Error {
	var errs []*Error
	fail := func(err error) bool {
		if err == nil {
			return false
		}
		errs = append(errs, err.(*Error))
		return !all
	}
	if p.Salutation != nil {
		if !p.Salutation.Valid() {
			if fail(FieldErrorf(EINVALID, "salutation", "Bitte wählen Sie eine gültige Anrede.")) {
				return errs
			}
		} else {
			c.Salutation = *p.Salutation
		}
	}
	if c.Salutation == "" {
		c.Salutation = SalutationNone
	}
	text := func(in *string, out *string, field, label string, max int, required bool) bool {
		if in == nil {
			return false
		}
		var s string
		var err error
		if required {
			s, err = RequireText(field, label, *in, max)
		} else {
			s, err = OptionalText(field, label, *in, max)
		}
		if err != nil {
			return fail(err)
		}
		*out = s
		return false
	}
	if text(p.Title, &c.Title, "title", "Der Titel", 50, false) ||
		text(p.FirstName, &c.FirstName, "firstName", "Der Vorname", 100, false) ||
		text(p.LastName, &c.LastName, "lastName", "Der Nachname", 100, true) ||
		text(p.Function, &c.Function, "function", "Die Funktion", 200, false) ||
		text(p.Street, &c.Street, "street", "Die Straße", 200, false) ||
		text(p.City, &c.City, "city", "Der Ort", 100, false) ||
		text(p.Note, &c.Note, "note", "Die Notiz", 5000, false) {
		return errs
	}
	if strings.TrimSpace(c.LastName) == "" && !hasField(errs, "lastName") {
		if fail(FieldErrorf(EINVALID, "lastName", "Der Nachname darf nicht leer sein.")) {
			return errs
		}
	}
	if p.Email != nil {
		if strings.TrimSpace(*p.Email) == "" {
			c.Email = nil
		} else if e, err := NormaliseEmail(*p.Email); err != nil {
			if fail(err) {
				return errs
			}
		} else {
			c.Email = &e
		}
	}
	if p.Phone != nil {
		s := strings.TrimSpace(*p.Phone)
		switch {
		case len(s) > 40:
			if fail(FieldErrorf(EINVALID, "phone", "Die Telefonnummer darf höchstens 40 Zeichen lang sein.")) {
				return errs
			}
		case s != "" && (!phoneRE.MatchString(s) || countDigits(s) < 3):
			if fail(FieldErrorf(EINVALID, "phone", "Die Telefonnummer %q darf nur Ziffern, Leerzeichen und + ( ) / - . enthalten.", s)) {
				return errs
			}
		default:
			c.Phone = s
		}
	}
	if p.PostalCode != nil {
		s := strings.TrimSpace(*p.PostalCode)
		switch {
		case s == "":
			c.PostalCode = ""
		case digitsOnly.MatchString(s) && !germanPostRE.MatchString(s):
			if fail(FieldErrorf(EINVALID, "postalCode", "Eine deutsche Postleitzahl hat fünf Ziffern, %q hat %d.", s, len(s))) {
				return errs
			}
		case !digitsOnly.MatchString(s) && !foreignPost.MatchString(s):
			if fail(FieldErrorf(EINVALID, "postalCode", "Die Postleitzahl %q ist ungültig.", s)) {
				return errs
			}
		default:
			c.PostalCode = s
		}
	}
	if p.LegalBasis != nil {
		if !p.LegalBasis.Valid() {
			if fail(FieldErrorf(EINVALID, "legalBasis", "Bitte wählen Sie eine gültige Rechtsgrundlage.")) {
				return errs
			}
		} else {
			c.LegalBasis = *p.LegalBasis
		}
	}
	if p.ClearConsentAt {
		c.ConsentAt = nil
	}
	if p.ConsentAt != nil {
		d := time.Date(p.ConsentAt.Year(), p.ConsentAt.Month(), p.ConsentAt.Day(), 0, 0, 0, 0, time.UTC)
		c.ConsentAt = &d
	}
	switch {
	case c.LegalBasis == "":
		if !hasField(errs, "legalBasis") && fail(FieldErrorf(EINVALID, "legalBasis", "Bitte geben Sie die Rechtsgrundlage an, auf der die Daten gespeichert werden.")) {
			return errs
		}
	case c.LegalBasis == LegalBasisConsent && c.ConsentAt == nil:
		if fail(FieldErrorf(EINVALID, "consentAt", "Bei einer Einwilligung ist das Datum der Einwilligung anzugeben.")) {
			return errs
		}
	case c.LegalBasis != LegalBasisConsent && c.ConsentAt != nil:
		if p.ConsentAt != nil {
			if fail(FieldErrorf(EINVALID, "consentAt", "Ein Einwilligungsdatum gibt es nur bei der Rechtsgrundlage „Einwilligung“.")) {
				return errs
			}
		} else {
			c.ConsentAt = nil // the basis changed away from consent: its date goes with it
		}
	}
	if c.ConsentAt != nil {
		day := time.Date(today.Year(), today.Month(), today.Day(), 0, 0, 0, 0, time.UTC)
		if c.ConsentAt.After(day) {
			if fail(FieldErrorf(EINVALID, "consentAt", "Das Datum der Einwilligung darf nicht in der Zukunft liegen.")) {
				return errs
			}
		} else if c.ConsentAt.Year() < 1990 {
			if fail(FieldErrorf(EINVALID, "consentAt", "Das Datum der Einwilligung liegt zu weit zurück.")) {
				return errs
			}
		}
	}
	return errs
}

func hasField(errs []*Error, field string) bool {
	for _, e := range errs {
		if e.Field == field {
			return true
		}
	}
	return false
}

func countDigits(s string) int {
	n := 0
	for _, r := range s {
		if r >= '0' && r <= '9' {
			n++
		}
	}
	return n
}

// CreateContactInput creates a contact.
type CreateContactInput struct {
	CooperationID  string
	Salutation     *Salutation
	Title          *string
	FirstName      *string
	LastName       string
	Function       *string
	OrganisationID *string
	Email          *string
	Phone          *string
	Street         *string
	PostalCode     *string
	City           *string
	LegalBasis     LegalBasis
	ConsentAt      *time.Time
	Note           *string
}

// Patch returns the input's fields as changes to a new contact.
func (in CreateContactInput) Patch() ContactPatch {
	last, basis := in.LastName, in.LegalBasis
	return ContactPatch{Salutation: in.Salutation, Title: in.Title, FirstName: in.FirstName, LastName: &last, Function: in.Function,
		Email: in.Email, Phone: in.Phone, Street: in.Street, PostalCode: in.PostalCode, City: in.City, LegalBasis: &basis,
		ConsentAt: in.ConsentAt, Note: in.Note}
}

// UpdateContactInput changes a contact; nil fields stay.
type UpdateContactInput struct {
	ID                string
	Version           int
	Salutation        *Salutation
	Title             *string
	FirstName         *string
	LastName          *string
	Function          *string
	OrganisationID    *string
	ClearOrganisation *bool
	Email             *string
	Phone             *string
	Street            *string
	PostalCode        *string
	City              *string
	LegalBasis        *LegalBasis
	ConsentAt         *time.Time
	Note              *string
}

// Patch returns the input's own-field changes.
func (in UpdateContactInput) Patch() ContactPatch {
	return ContactPatch{Salutation: in.Salutation, Title: in.Title, FirstName: in.FirstName, LastName: in.LastName, Function: in.Function,
		Email: in.Email, Phone: in.Phone, Street: in.Street, PostalCode: in.PostalCode, City: in.City, LegalBasis: in.LegalBasis,
		ConsentAt: in.ConsentAt, Note: in.Note}
}

// DeleteContactInput deletes a contact.
type DeleteContactInput struct {
	ID      string
	Version int
}

// DistributionList is a named, reusable set of contacts [Verteiler].
type DistributionList struct {
	ID            string    `db:"id"`
	CooperationID string    `db:"cooperation_id"`
	Name          string    `db:"name"`
	Description   string    `db:"description"`
	MemberCount   int       `db:"member_count"`
	CreatedAt     time.Time `db:"created_at"`
	Version       int       `db:"version"`
}

// CreateDistributionListInput creates a list.
type CreateDistributionListInput struct {
	CooperationID string
	Name          string
	Description   *string
}

// UpdateDistributionListInput renames a list or changes its description.
type UpdateDistributionListInput struct {
	ID          string
	Version     int
	Name        *string
	Description *string
}

// DeleteDistributionListInput deletes a list (its contacts stay).
type DeleteDistributionListInput struct {
	ID      string
	Version int
}

// ListContactsInput adds contacts to a list or removes them from it.
type ListContactsInput struct {
	DistributionListID string
	ContactIds         []string
}

// MaxListChange is how many contacts one call may add to or remove from a list.
const MaxListChange = 1000

// ContactService keeps contacts and distribution lists.
type ContactService interface {
	// Contacts lists a cooperation's contacts by name.
	Contacts(ctx context.Context, cooperationID string, f ContactFilter, p Page) (*ContactList, error)
	// Contact returns one contact.
	Contact(ctx context.Context, id string) (*Contact, error)
	// CreateContact creates a contact.
	CreateContact(ctx context.Context, in CreateContactInput) (*Contact, error)
	// UpdateContact changes a contact, refusing a stale version.
	UpdateContact(ctx context.Context, in UpdateContactInput) (*Contact, error)
	// DeleteContact deletes a contact and its list memberships.
	DeleteContact(ctx context.Context, in DeleteContactInput) error
	// DistributionLists lists a cooperation's lists by name, with member counts.
	DistributionLists(ctx context.Context, cooperationID string) ([]*DistributionList, error)
	// DistributionList returns one list.
	DistributionList(ctx context.Context, id string) (*DistributionList, error)
	// CreateDistributionList creates a list.
	CreateDistributionList(ctx context.Context, in CreateDistributionListInput) (*DistributionList, error)
	// UpdateDistributionList changes a list, refusing a stale version.
	UpdateDistributionList(ctx context.Context, in UpdateDistributionListInput) (*DistributionList, error)
	// DeleteDistributionList deletes a list; its contacts stay.
	DeleteDistributionList(ctx context.Context, in DeleteDistributionListInput) error
	// AddContactsToList adds contacts to a list (those already on it stay once).
	AddContactsToList(ctx context.Context, in ListContactsInput) (*DistributionList, error)
	// RemoveContactsFromList removes contacts from a list.
	RemoveContactsFromList(ctx context.Context, in ListContactsInput) (*DistributionList, error)
	// PreviewContactImport parses a CSV file and reports row by row what an import would do,
	// writing nothing.
	PreviewContactImport(ctx context.Context, in PreviewContactImportInput) (*ContactImportReport, error)
	// ImportContacts imports a CSV file in one transaction.
	ImportContacts(ctx context.Context, in ImportContactsInput) (*ContactImportResult, error)
}
