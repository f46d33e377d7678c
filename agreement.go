package koop

import (
	"context"
	"time"
)

// PermSignAgreement: record that an agreement was signed (ADMIN).
const PermSignAgreement Permission = 161

func init() {
	extraPermissions[PermSignAgreement] = []Role{RoleAdmin}
}

// AgreementStatus is DRAFT until the partners signed; a signed agreement's text, parties and
// commitments no longer change (only which measures fulfil them).
type AgreementStatus string

// The agreement statuses.
const (
	AgreementDraft  AgreementStatus = "DRAFT"
	AgreementSigned AgreementStatus = "SIGNED"
)

// Agreement is a cooperation agreement [Kooperationsvereinbarung].
type Agreement struct {
	ID            string          `db:"id"`
	CooperationID string          `db:"cooperation_id"`
	Title         string          `db:"title"`
	Body          string          `db:"body"`
	ValidFrom     time.Time       `db:"valid_from"`
	ValidUntil    *time.Time      `db:"valid_until"`
	Status        AgreementStatus `db:"status"`
	PredecessorID *string         `db:"predecessor_id"`
	SuccessorID   *string         `db:"successor_id"`
	SignedAt      *time.Time      `db:"signed_at"`
	SignedByName  string          `db:"signed_by_name"`
	Version       int             `db:"version"`
	Parties       []*AgreementParty
	Commitments   []*Commitment
	// Years are the calendar years of its validity (up to next year when open-ended).
	Years []int
	// CanManage: the reader may edit it (a draft) and link measures (COORDINATOR, ADMIN).
	CanManage bool
	// CanSign: the reader may record the signature (ADMIN).
	CanSign bool
}

// AgreementParty is a partner that is party to an agreement, with its signatory.
type AgreementParty struct {
	Partner   *Partner
	Signatory string
	SignedOn  *time.Time
}

// AgreementPartyInput names a party and its signatory.
type AgreementPartyInput struct {
	PartnerID string
	Signatory *string
	SignedOn  *time.Time
}

// CommitmentStatus is how a commitment stands in one year.
type CommitmentStatus string

// The commitment statuses.
const (
	// CommitmentFulfilled: a linked measure fulfilled it (a held event, a decided award cycle,
	// a finished workstream); a one-off commitment stays fulfilled in the years after.
	CommitmentFulfilled CommitmentStatus = "FULFILLED"
	// CommitmentOpen: not yet, but something is under way, or the year lies ahead.
	CommitmentOpen CommitmentStatus = "OPEN"
	// CommitmentAtRisk: the year is over without fulfilment, or it is the current year and
	// nothing linked is under way.
	CommitmentAtRisk CommitmentStatus = "AT_RISK"
)

// FulfilmentKind says what kind of measure fulfils a commitment.
type FulfilmentKind string

// The kinds of fulfilling measures.
const (
	FulfilmentEvent      FulfilmentKind = "EVENT"
	FulfilmentAwardCycle FulfilmentKind = "AWARD_CYCLE"
	FulfilmentWorkstream FulfilmentKind = "WORKSTREAM"
	FulfilmentRetreat    FulfilmentKind = "RETREAT"
)

// Valid reports whether k is known.
func (k FulfilmentKind) Valid() bool {
	return k == FulfilmentEvent || k == FulfilmentAwardCycle || k == FulfilmentWorkstream || k == FulfilmentRetreat
}

// FulfilmentState is what a linked measure contributes.
type FulfilmentState string

// The states of a linked measure.
const (
	// FulfilmentDone: the measure fulfils the commitment (held event, decided cycle, DONE workstream,
	// closed retreat).
	FulfilmentDone FulfilmentState = "DONE"
	// FulfilmentUnderWay: planned or running.
	FulfilmentUnderWay FulfilmentState = "UNDER_WAY"
	// FulfilmentTroubled: a workstream AT_RISK or OFF_TRACK.
	FulfilmentTroubled FulfilmentState = "TROUBLED"
	// FulfilmentVoid: cancelled event, paused workstream: counts for nothing.
	FulfilmentVoid FulfilmentState = "VOID"
)

// Fulfilment is a measure linked to a commitment for a year.
type Fulfilment struct {
	ID        string         `db:"id"`
	Year      int            `db:"year"`
	Kind      FulfilmentKind `db:"kind"`
	MeasureID string         `db:"measure_id"`
	Title     string         `db:"title"`
	// Detail is the measure's own status (event status, award phase, workstream status).
	Detail string `db:"detail"`
	// Date is the event's start, if an event.
	Date  *time.Time      `db:"date"`
	State FulfilmentState `db:"-"`
}

// CommitmentYear is a commitment's standing in one year.
type CommitmentYear struct {
	Year        int
	Status      CommitmentStatus
	Reason      string
	Fulfilments []*Fulfilment
}

// Commitment is one promise of an agreement ("Wirtschaftsdinner gemeinsam fortführen").
type Commitment struct {
	ID            string  `db:"id"`
	AgreementID   string  `db:"agreement_id"`
	Position      int     `db:"position"`
	Title         string  `db:"title"`
	Description   string  `db:"description"`
	Recurring     bool    `db:"recurring"`
	CarriedFromID *string `db:"carried_from_id"`
	Version       int     `db:"version"`
	// Years, one per year of the agreement's validity, oldest first.
	Years []*CommitmentYear `db:"-"`
}

// CommitmentYearStatus derives the standing of a commitment in year from the measures linked
// to it for that year. today is the Berlin date; fulfilledBefore says whether a one-off
// commitment was fulfilled in an earlier year.
func CommitmentYearStatus(year int, today time.Time, recurring, fulfilledBefore bool, fs []*Fulfilment) (CommitmentStatus, string) {
	if !recurring && fulfilledBefore {
		return CommitmentFulfilled, "Bereits in einem früheren Jahr erfüllt."
	}
	underWay, troubled := false, false
	for _, f := range fs {
		switch f.State {
		case FulfilmentDone:
			return CommitmentFulfilled, "Erfüllt durch „" + f.Title + "“."
		case FulfilmentUnderWay:
			underWay = true
		case FulfilmentTroubled:
			troubled = true
		}
	}
	switch {
	case year < today.Year():
		return CommitmentAtRisk, "Das Jahr ist vorbei, ohne dass die Zusage erfüllt wurde."
	case year > today.Year():
		return CommitmentOpen, "Das Jahr liegt noch vor uns."
	case underWay:
		return CommitmentOpen, "In Arbeit."
	case troubled:
		return CommitmentAtRisk, "Die verknüpften Maßnahmen sind gefährdet."
	case len(fs) == 0:
		return CommitmentAtRisk, "Für dieses Jahr ist noch nichts geplant."
	}
	return CommitmentAtRisk, "Keine der verknüpften Maßnahmen findet statt."
}

// CreateAgreementInput drafts an agreement. Parties default to every partner.
type CreateAgreementInput struct {
	CooperationID string
	Title         string
	Body          *string
	ValidFrom     time.Time
	ValidUntil    *time.Time
	Parties       []*AgreementPartyInput
}

// UpdateAgreementInput changes a draft. Parties, when given, replace the old ones.
type UpdateAgreementInput struct {
	ID              string
	Version         int
	Title           *string
	Body            *string
	ValidFrom       *time.Time
	ValidUntil      *time.Time
	ClearValidUntil *bool
	Parties         []*AgreementPartyInput
}

// SignAgreementInput records the signature: every party needs a signatory and a signing date,
// and the validity must not overlap another signed agreement.
type SignAgreementInput struct {
	ID      string
	Version int
}

// DeleteAgreementInput deletes a draft.
type DeleteAgreementInput struct {
	ID      string
	Version int
}

// CreateSuccessorAgreementInput drafts the successor of a signed agreement: same parties
// (without signatures), valid from the day after the predecessor ends, taking over its open
// commitments (recurring ones, and one-off ones not yet fulfilled) as new commitments.
type CreateSuccessorAgreementInput struct {
	PredecessorID string
	Title         string
	ValidFrom     *time.Time
	ValidUntil    *time.Time
}

// CreateCommitmentInput adds a commitment at the end of a draft agreement.
type CreateCommitmentInput struct {
	AgreementID string
	Title       string
	Description *string
	Recurring   *bool
}

// UpdateCommitmentInput changes a commitment of a draft agreement.
type UpdateCommitmentInput struct {
	ID          string
	Version     int
	Title       *string
	Description *string
	Recurring   *bool
	Position    *int
}

// DeleteCommitmentInput removes a commitment from a draft agreement.
type DeleteCommitmentInput struct {
	ID      string
	Version int
}

// AddFulfilmentInput links a measure to a commitment. The year of an event or an award cycle
// is its own; a workstream needs Year, within its dates. The year must lie within the
// agreement's validity.
type AddFulfilmentInput struct {
	CommitmentID string
	Kind         FulfilmentKind
	MeasureID    string
	Year         *int
}

// AgreementService keeps agreements, their commitments and the ledger of fulfilments.
type AgreementService interface {
	// Agreements lists a cooperation's agreements, newest first, with commitments and ledger,
	// in a constant number of statements.
	Agreements(ctx context.Context, cooperationID string) ([]*Agreement, error)
	Agreement(ctx context.Context, id string) (*Agreement, error)
	CreateAgreement(ctx context.Context, in CreateAgreementInput) (*Agreement, error)
	UpdateAgreement(ctx context.Context, in UpdateAgreementInput) (*Agreement, error)
	SignAgreement(ctx context.Context, in SignAgreementInput) (*Agreement, error)
	DeleteAgreement(ctx context.Context, in DeleteAgreementInput) error
	CreateSuccessorAgreement(ctx context.Context, in CreateSuccessorAgreementInput) (*Agreement, error)
	CreateCommitment(ctx context.Context, in CreateCommitmentInput) (*Agreement, error)
	UpdateCommitment(ctx context.Context, in UpdateCommitmentInput) (*Agreement, error)
	DeleteCommitment(ctx context.Context, in DeleteCommitmentInput) (*Agreement, error)
	AddFulfilment(ctx context.Context, in AddFulfilmentInput) (*Agreement, error)
	RemoveFulfilment(ctx context.Context, id string) (*Agreement, error)
}
