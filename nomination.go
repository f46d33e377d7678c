package koop

import (
	"context"
	"time"
)

// NominationSource says where a nomination came from.
type NominationSource string

// The sources of nominations.
const (
	SourceStaff  NominationSource = "STAFF"
	SourcePublic NominationSource = "PUBLIC"
)

// Eligibility is the decision whether a nomination may be judged.
type Eligibility string

// The eligibility decisions.
const (
	EligibilityPending    Eligibility = "PENDING"
	EligibilityEligible   Eligibility = "ELIGIBLE"
	EligibilityIneligible Eligibility = "INELIGIBLE"
)

// Valid reports whether e is known.
func (e Eligibility) Valid() bool {
	return e == EligibilityPending || e == EligibilityEligible || e == EligibilityIneligible
}

// Nomination is a company nominated in a cycle and category.
type Nomination struct {
	ID             string `db:"id"`
	CooperationID  string `db:"cooperation_id"`
	CycleID        string `db:"cycle_id"`
	OrganisationID string `db:"organisation_id"`
	CompanyName    string `db:"company_name"`
	CompanyAddress string `db:"company_address"`
	// CompanyPostalCode feeds the seat check of the eligibility review.
	CompanyPostalCode string           `db:"company_postal_code"`
	Category          string           `db:"category"`
	Justification     string           `db:"justification"`
	Source            NominationSource `db:"source"`
	// NominatorContactID and NominatorName are nil for readers who may not see contacts
	// (EXTERNAL jurors) and once the contact was erased.
	NominatorContactID       *string     `db:"nominator_contact_id"`
	NominatorName            *string     `db:"nominator_name"`
	Eligibility              Eligibility `db:"eligibility"`
	EligibilityReason        string      `db:"eligibility_reason"`
	EligibilityDecidedByName *string     `db:"eligibility_decided_by_name"`
	EligibilityDecidedAt     *time.Time  `db:"eligibility_decided_at"`
	CreatedAt                time.Time   `db:"created_at"`
	Version                  int         `db:"version"`

	// EligibilityHints are facts for the review (managers only).
	EligibilityHints []string `db:"-"`
	// MyConflict is the reader's own conflict with it, when the reader is a juror and has one.
	MyConflict *Conflict `db:"-"`
	// Conflicts are all conflicts on it (managers and the chair only).
	Conflicts []*Conflict `db:"-"`
	// CanManage says whether the reader may edit it, decide eligibility and attach files.
	CanManage bool `db:"-"`
}

// CompanyInput is a company as typed on the public form or by staff; it becomes an
// organisation (kind COMPANY) of the cooperation.
type CompanyInput struct {
	Name       string
	Street     *string
	PostalCode *string
	City       *string
	Website    *string
}

// NominatorInput is a nominator as typed; it becomes a contact of the cooperation.
type NominatorInput struct {
	FirstName    *string
	LastName     string
	Email        *string
	Phone        *string
	Organisation *string
}

// CreateNominationInput is a nomination entered by staff: an existing organisation or a new
// company, and optionally an existing contact or a new nominator.
type CreateNominationInput struct {
	CycleID            string
	OrganisationID     *string
	Company            *CompanyInput
	Category           string
	NominatorContactID *string
	Nominator          *NominatorInput
	Justification      string
}

// UpdateNominationInput edits a nomination before the jury votes.
type UpdateNominationInput struct {
	ID                 string
	Version            int
	Category           string
	NominatorContactID *string
	Justification      string
}

// DecideEligibilityInput records an eligibility decision with its reason.
type DecideEligibilityInput struct {
	ID          string
	Version     int
	Eligibility Eligibility
	Reason      *string
}

// PublicNomination is what the public nomination page sends. Homepage is the spam trap:
// a field people cannot see; a filled one is answered like a success and stored nowhere.
type PublicNomination struct {
	CycleID       string
	Company       CompanyInput
	Category      string
	Nominator     NominatorInput
	Justification string
	Consent       bool
	Homepage      *string
	// Files are the documents (their Subject is set when stored).
	Files []AttachmentUpload
}

// PublicNominationForm is what the public page shows about a cycle.
type PublicNominationForm struct {
	CycleID       string    `db:"id"`
	CooperationID string    `db:"cooperation_id"`
	ProgrammeName string    `db:"programme_name"`
	Title         string    `db:"title"`
	Categories    []string  `db:"-"`
	ClosesAt      time.Time `db:"nomination_closes_at"`
	Open          bool      `db:"-"`
}

// PublicNominationPayload answers a public nomination with a reference to quote.
type PublicNominationPayload struct {
	Reference string
}

// NominationService keeps the nominations of award cycles.
type NominationService interface {
	// Nominations lists a cycle's nominations the reader may see, by category and entry:
	// managers and readers of the directory all of them; a juror of the cycle (also EXTERNAL)
	// the eligible ones once voting began.
	Nominations(ctx context.Context, cycleID string) ([]*Nomination, error)
	// Nomination returns one nomination under the same rules.
	Nomination(ctx context.Context, id string) (*Nomination, error)
	// CreateNomination enters a nomination (COORDINATOR, ADMIN) while nominations are open.
	CreateNomination(ctx context.Context, in CreateNominationInput) (*Nomination, error)
	// UpdateNomination edits a nomination before the jury votes.
	UpdateNomination(ctx context.Context, in UpdateNominationInput) (*Nomination, error)
	// DeleteNomination withdraws a nomination before the jury votes.
	DeleteNomination(ctx context.Context, id string, version int) error
	// DecideEligibility records the decision and its reason before the jury votes; a winner
	// of the programme's last N years cannot be declared eligible.
	DecideEligibility(ctx context.Context, in DecideEligibilityInput) (*Nomination, error)
	// PublicNominationForm returns the public page's view of a cycle (no login).
	PublicNominationForm(ctx context.Context, cycleID string) (*PublicNominationForm, error)
	// SubmitPublicNomination stores a nomination from the public page (no login), rate-limited
	// per address, with the spam trap.
	SubmitPublicNomination(ctx context.Context, address string, in PublicNomination) (*PublicNominationPayload, error)
}

// MaxPublicNominationFiles is the most documents the public page takes with one nomination.
const MaxPublicNominationFiles = 3
