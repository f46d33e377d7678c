package koop

import (
	"context"
	"strings"
	"time"
)

// PermManageAward: create and edit award programmes, cycles and criteria, and move a cycle
// through its phases (COORDINATOR, ADMIN). Everyone who reads the directory reads the award.
const PermManageAward Permission = 140

func init() {
	extraPermissions[PermManageAward] = []Role{RoleAdmin, RoleCoordinator}
}

// AwardPhase is where a cycle stands.
//
// The machine is DRAFT → NOMINATION_OPEN → NOMINATION_CLOSED → JURY_VOTING → DECIDED →
// ANNOUNCED, with NOMINATION_CLOSED → NOMINATION_OPEN back while the deadline has not passed.
// JURY_VOTING → DECIDED is the close of the vote (CloseAwardVoting: quorum, result, lock),
// never a plain phase change.
type AwardPhase string

// The phases of a cycle.
const (
	PhaseDraft            AwardPhase = "DRAFT"
	PhaseNominationOpen   AwardPhase = "NOMINATION_OPEN"
	PhaseNominationClosed AwardPhase = "NOMINATION_CLOSED"
	PhaseJuryVoting       AwardPhase = "JURY_VOTING"
	PhaseDecided          AwardPhase = "DECIDED"
	PhaseAnnounced        AwardPhase = "ANNOUNCED"
)

// AwardPhases lists every phase in order.
var AwardPhases = []AwardPhase{PhaseDraft, PhaseNominationOpen, PhaseNominationClosed, PhaseJuryVoting, PhaseDecided, PhaseAnnounced}

// Valid reports whether p is known.
func (p AwardPhase) Valid() bool {
	for _, x := range AwardPhases {
		if p == x {
			return true
		}
	}
	return false
}

// Label is the German name of the phase, for messages.
func (p AwardPhase) Label() string {
	switch p {
	case PhaseDraft:
		return "Entwurf"
	case PhaseNominationOpen:
		return "Nominierung offen"
	case PhaseNominationClosed:
		return "Nominierung geschlossen"
	case PhaseJuryVoting:
		return "Jurybewertung"
	case PhaseDecided:
		return "Entschieden"
	case PhaseAnnounced:
		return "Bekanntgegeben"
	}
	return string(p)
}

// CriteriaFrozen reports whether the criteria can no longer change: from the moment
// nominations opened, nominees are judged against exactly what the partners approved.
func (p AwardPhase) CriteriaFrozen() bool { return p != PhaseDraft }

// TieBreakRule decides between nominations with equal weighted means. It is chosen when the
// cycle is created and cannot change once nominations opened.
type TieBreakRule string

// The tie-break rules.
const (
	// TieBreakTopRanksMedianChair: more first ranks, then the higher median, then the chair's
	// recorded casting vote.
	TieBreakTopRanksMedianChair TieBreakRule = "MORE_TOP_RANKS_THEN_MEDIAN_THEN_CHAIR"
	// TieBreakMedianChair: the higher median, then the chair's recorded casting vote.
	TieBreakMedianChair TieBreakRule = "MEDIAN_THEN_CHAIR"
)

// Valid reports whether r is known.
func (r TieBreakRule) Valid() bool {
	return r == TieBreakTopRanksMedianChair || r == TieBreakMedianChair
}

// AwardProgramme is a recurring award of a cooperation, e.g. "Lichtenberger Unternehmen des
// Jahres".
type AwardProgramme struct {
	ID            string `db:"id"`
	CooperationID string `db:"cooperation_id"`
	Name          string `db:"name"`
	Description   string `db:"description"`
	// WinnerExclusionYears: a winner of the last N years is not eligible (0: no exclusion).
	WinnerExclusionYears int       `db:"winner_exclusion_years"`
	CreatedAt            time.Time `db:"created_at"`
	Version              int       `db:"version"`
	// Cycles are the programme's cycles, newest year first.
	Cycles []*AwardCycle `db:"-"`
	// CanManage says whether the reader may edit it and add cycles.
	CanManage bool `db:"-"`
}

// AwardCycle is one year of a programme.
type AwardCycle struct {
	ID                 string       `db:"id"`
	CooperationID      string       `db:"cooperation_id"`
	ProgrammeID        string       `db:"programme_id"`
	ProgrammeName      string       `db:"programme_name"`
	Year               int          `db:"year"`
	Title              string       `db:"title"`
	Categories         []string     `db:"-"`
	NominationOpensAt  time.Time    `db:"nomination_opens_at"`
	NominationClosesAt time.Time    `db:"nomination_closes_at"`
	VotingClosesAt     time.Time    `db:"voting_closes_at"`
	Quorum             int          `db:"quorum"`
	TieBreakRule       TieBreakRule `db:"tie_break_rule"`
	// AnnouncementEventID is the event where the winner is announced, if chosen.
	AnnouncementEventID    *string    `db:"announcement_event_id"`
	AnnouncementEventTitle *string    `db:"announcement_event_title"`
	Phase                  AwardPhase `db:"phase"`
	CreatedAt              time.Time  `db:"created_at"`
	// Version guards the cycle's setup and phase; CriteriaVersion guards the criteria set and
	// the approvals given for it.
	Version         int `db:"version"`
	CriteriaVersion int `db:"criteria_version"`

	Criteria  []*Criterion        `db:"-"`
	Approvals []*CriteriaApproval `db:"-"`
	// AllowedPhases are the transitions offered from the current phase (their guards are
	// checked when one is asked for).
	AllowedPhases []AwardPhase `db:"-"`
	// CanManage says whether the reader may edit the cycle and its criteria.
	CanManage bool `db:"-"`
	// CanApprove is the partner for whom the reader may approve the criteria, or nil.
	CanApprove *Partner `db:"-"`

	// ClosedByName and ClosedAt record who closed the vote, when decided.
	ClosedByName *string    `db:"closed_by_name"`
	ClosedAt     *time.Time `db:"closed_at"`
	// IsChair says whether the reader chairs the jury; CanClose whether the reader may close
	// the vote now (the chair or a manager, in JURY_VOTING).
	IsChair  bool `db:"-"`
	CanClose bool `db:"-"`
}

// PublicNominationPath is the path of the public nomination page.
func (c *AwardCycle) PublicNominationPath() string { return "/nominieren/" + c.ID }

// AllApproved reports whether every partner approved the current criteria.
func (c *AwardCycle) AllApproved() bool {
	for _, a := range c.Approvals {
		if a.ApprovedAt == nil {
			return false
		}
	}
	return len(c.Approvals) > 0
}

// Criterion is one thing the jury scores.
type Criterion struct {
	ID          string `db:"id"`
	CycleID     string `db:"cycle_id"`
	Name        string `db:"name"`
	Description string `db:"description"`
	// Weight is a positive integer (1–100): a criterion of weight 2 counts twice as much as
	// one of weight 1. Integers keep the weighted mean exact and easy to explain.
	Weight   int `db:"weight"`
	ScoreMin int `db:"score_min"`
	ScoreMax int `db:"score_max"`
	Position int `db:"position"`
}

// CriteriaApproval is one partner's approval of the criteria set; ApprovedAt is nil while the
// partner has not approved the current set.
type CriteriaApproval struct {
	Partner        *Partner
	ApprovedByName *string
	ApprovedAt     *time.Time
}

// AwardProgrammeInput creates or updates a programme.
type AwardProgrammeInput struct {
	Name                 string
	Description          string
	WinnerExclusionYears int
}

// Validate checks and trims the input.
func (in *AwardProgrammeInput) Validate() error {
	var err error
	if in.Name, err = RequireText("name", "Der Name", in.Name, 200); err != nil {
		return err
	}
	if in.Description, err = OptionalText("description", "Die Beschreibung", in.Description, 5000); err != nil {
		return err
	}
	if in.WinnerExclusionYears < 0 || in.WinnerExclusionYears > 50 {
		return FieldErrorf(EINVALID, "winnerExclusionYears", "Die Sperrfrist für frühere Preisträger muss zwischen 0 und 50 Jahren liegen.")
	}
	return nil
}

// AwardCycleInput is the setup of a cycle, as created or edited.
type AwardCycleInput struct {
	Title               string
	Categories          []string
	NominationOpensAt   time.Time
	NominationClosesAt  time.Time
	VotingClosesAt      time.Time
	Quorum              int
	TieBreakRule        TieBreakRule
	AnnouncementEventID *string
}

// MaxAwardCategories is the most categories a cycle may have.
const MaxAwardCategories = 20

// Validate checks and trims the setup: title, distinct categories, dates in order, a quorum
// of at least one ballot and a known tie-break rule.
func (in *AwardCycleInput) Validate() error {
	var err error
	if in.Title, err = RequireText("title", "Der Titel", in.Title, 200); err != nil {
		return err
	}
	if in.Categories, err = CleanCategories(in.Categories); err != nil {
		return err
	}
	if !in.NominationOpensAt.Before(in.NominationClosesAt) {
		return FieldErrorf(EINVALID, "nominationClosesAt", "Das Ende der Nominierung muss nach ihrem Beginn liegen.")
	}
	if !in.NominationClosesAt.Before(in.VotingClosesAt) {
		return FieldErrorf(EINVALID, "votingClosesAt", "Das Ende der Jurybewertung muss nach dem Ende der Nominierung liegen.")
	}
	if in.Quorum < 1 || in.Quorum > 100 {
		return FieldErrorf(EINVALID, "quorum", "Das Quorum muss zwischen 1 und 100 abgegebenen Bewertungen liegen.")
	}
	if !in.TieBreakRule.Valid() {
		return FieldErrorf(EINVALID, "tieBreakRule", "Bitte wählen Sie eine Regel für den Stichentscheid.")
	}
	if in.AnnouncementEventID != nil && strings.TrimSpace(*in.AnnouncementEventID) == "" {
		in.AnnouncementEventID = nil
	}
	return nil
}

// CleanCategories trims the category names and refuses empty, overlong and duplicate ones.
func CleanCategories(list []string) ([]string, error) {
	if len(list) > MaxAwardCategories {
		return nil, FieldErrorf(EINVALID, "categories", "Es sind höchstens %d Kategorien möglich.", MaxAwardCategories)
	}
	out := make([]string, 0, len(list))
	seen := map[string]bool{}
	for _, c := range list {
		name, err := RequireText("categories", "Der Name einer Kategorie", c, 100)
		if err != nil {
			return nil, err
		}
		key := strings.ToLower(name)
		if seen[key] {
			return nil, FieldErrorf(EINVALID, "categories", "Die Kategorie „%s“ ist doppelt.", name)
		}
		seen[key] = true
		out = append(out, name)
	}
	return out, nil
}

// CriterionInput is a criterion as added or edited.
type CriterionInput struct {
	Name        string
	Description string
	Weight      int
	ScoreMin    int
	ScoreMax    int
}

// Validate checks and trims a criterion.
func (in *CriterionInput) Validate() error {
	var err error
	if in.Name, err = RequireText("name", "Der Name des Kriteriums", in.Name, 200); err != nil {
		return err
	}
	if in.Description, err = OptionalText("description", "Die Beschreibung", in.Description, 2000); err != nil {
		return err
	}
	if in.Weight < 1 || in.Weight > 100 {
		return FieldErrorf(EINVALID, "weight", "Die Gewichtung muss eine ganze Zahl zwischen 1 und 100 sein.")
	}
	if in.ScoreMin < 0 || in.ScoreMax > 1000 {
		return FieldErrorf(EINVALID, "scoreMin", "Die Punkte müssen zwischen 0 und 1000 liegen.")
	}
	if in.ScoreMin >= in.ScoreMax {
		return FieldErrorf(EINVALID, "scoreMax", "Die höchste Punktzahl muss größer sein als die niedrigste.")
	}
	return nil
}

// PhaseState is what the phase guards look at besides the cycle itself.
type PhaseState struct {
	// Criteria is the number of criteria.
	Criteria int
	// MissingApprovals names the partners that have not approved the current criteria.
	MissingApprovals []string
	// PendingNominations, EligibleNominations: nominations without an eligibility decision,
	// and eligible ones.
	PendingNominations  int
	EligibleNominations int
	// Jurors is the size of the jury; HasChair whether one of them chairs it.
	Jurors   int
	HasChair bool
	// WinnerTie says whether a tie for first place still waits for the chair's casting vote.
	WinnerTie bool
	// Now is the time of the change.
	Now time.Time
}

// offeredPhases are the plain phase changes from each phase. JURY_VOTING → DECIDED is not
// among them: it is the close of the vote.
var offeredPhases = map[AwardPhase][]AwardPhase{
	PhaseDraft:            {PhaseNominationOpen},
	PhaseNominationOpen:   {PhaseNominationClosed},
	PhaseNominationClosed: {PhaseNominationOpen, PhaseJuryVoting},
	PhaseDecided:          {PhaseAnnounced},
}

// OfferedPhases returns the phases a cycle may be moved to from where it stands, before the
// guards: reopening is offered only while the nomination deadline has not passed.
func OfferedPhases(c *AwardCycle, now time.Time) []AwardPhase {
	out := []AwardPhase{}
	for _, p := range offeredPhases[c.Phase] {
		if c.Phase == PhaseNominationClosed && p == PhaseNominationOpen && !now.Before(c.NominationClosesAt) {
			continue
		}
		out = append(out, p)
	}
	return out
}

// CheckPhaseChange returns nil when the cycle may move to phase to, or the German reason why not.
func CheckPhaseChange(c *AwardCycle, to AwardPhase, s PhaseState) error {
	if !to.Valid() {
		return FieldErrorf(EINVALID, "phase", "Unbekannte Phase.")
	}
	if to == c.Phase {
		return FieldErrorf(EINVALID, "phase", "Die Runde ist bereits in der Phase „%s“.", to.Label())
	}
	offered := false
	for _, p := range offeredPhases[c.Phase] {
		offered = offered || p == to
	}
	if !offered {
		if c.Phase == PhaseJuryVoting && to == PhaseDecided {
			return FieldErrorf(EINVALID, "phase", "Die Jurybewertung endet mit „Abstimmung schließen“: Dort werden das Quorum geprüft und das Ergebnis gesperrt.")
		}
		return FieldErrorf(EINVALID, "phase", "Von „%s“ kann die Runde nicht nach „%s“ wechseln.", c.Phase.Label(), to.Label())
	}
	switch {
	case c.Phase == PhaseDraft && to == PhaseNominationOpen:
		if s.Criteria == 0 {
			return FieldErrorf(EINVALID, "phase", "Die Nominierung kann erst öffnen, wenn es mindestens ein Kriterium gibt.")
		}
		if len(c.Categories) == 0 {
			return FieldErrorf(EINVALID, "phase", "Die Nominierung kann erst öffnen, wenn es mindestens eine Kategorie gibt.")
		}
		if len(s.MissingApprovals) > 0 {
			return FieldErrorf(EINVALID, "phase", "Die Nominierung kann erst öffnen, wenn alle Partner den Kriterien zugestimmt haben. Es fehlt noch die Zustimmung von: %s.",
				strings.Join(s.MissingApprovals, ", "))
		}
		if !s.Now.Before(c.NominationClosesAt) {
			return FieldErrorf(EINVALID, "phase", "Die Nominierungsfrist ist bereits abgelaufen (%s). Bitte verschieben Sie zuerst die Termine.", GermanDateTime(c.NominationClosesAt))
		}
	case c.Phase == PhaseNominationClosed && to == PhaseNominationOpen:
		if !s.Now.Before(c.NominationClosesAt) {
			return FieldErrorf(EINVALID, "phase", "Die Nominierung kann nicht wieder öffnen: Die Frist ist am %s abgelaufen.", GermanDateTime(c.NominationClosesAt))
		}
	case to == PhaseJuryVoting:
		if s.PendingNominations > 0 {
			return FieldErrorf(EINVALID, "phase", "Die Jurybewertung kann erst beginnen, wenn über die Teilnahmeberechtigung aller Nominierungen entschieden ist (%d offen).", s.PendingNominations)
		}
		if s.EligibleNominations == 0 {
			return FieldErrorf(EINVALID, "phase", "Die Jurybewertung kann erst beginnen, wenn mindestens eine Nominierung teilnahmeberechtigt ist.")
		}
		if s.Jurors < c.Quorum {
			return FieldErrorf(EINVALID, "phase", "Die Jury hat %d Mitglieder, das Quorum verlangt %d abgegebene Bewertungen. Bitte berufen Sie zuerst weitere Jurorinnen und Juroren.", s.Jurors, c.Quorum)
		}
		if !s.HasChair {
			return FieldErrorf(EINVALID, "phase", "Die Jurybewertung kann erst beginnen, wenn die Jury einen Vorsitz hat.")
		}
	case to == PhaseAnnounced:
		if s.WinnerTie {
			return FieldErrorf(EINVALID, "phase", "Es gibt einen Gleichstand um den ersten Platz: Zuerst muss der Vorsitz der Jury den Stichentscheid treffen.")
		}
		if c.AnnouncementEventID == nil {
			return FieldErrorf(EINVALID, "phase", "Bitte wählen Sie zuerst die Veranstaltung, auf der die Preisträger bekanntgegeben werden.")
		}
	}
	return nil
}

// AwardService keeps award programmes, their cycles and the criteria the partners approve.
type AwardService interface {
	// AwardProgrammes lists a cooperation's programmes with their cycles.
	AwardProgrammes(ctx context.Context, cooperationID string) ([]*AwardProgramme, error)
	// CreateAwardProgramme creates a programme (COORDINATOR, ADMIN).
	CreateAwardProgramme(ctx context.Context, cooperationID string, in AwardProgrammeInput) (*AwardProgramme, error)
	// UpdateAwardProgramme edits a programme.
	UpdateAwardProgramme(ctx context.Context, id string, version int, in AwardProgrammeInput) (*AwardProgramme, error)
	// AwardCycle returns a cycle with its criteria and approvals.
	AwardCycle(ctx context.Context, id string) (*AwardCycle, error)
	// CreateAwardCycle adds a year to a programme, in DRAFT.
	CreateAwardCycle(ctx context.Context, programmeID string, year int, in AwardCycleInput) (*AwardCycle, error)
	// UpdateAwardCycle edits a cycle's setup; the tie-break rule and the categories are fixed
	// once nominations opened.
	UpdateAwardCycle(ctx context.Context, id string, version int, in AwardCycleInput) (*AwardCycle, error)
	// AddCriterion appends a criterion; like every criteria change it withdraws all approvals.
	AddCriterion(ctx context.Context, cycleID string, criteriaVersion int, in CriterionInput) (*AwardCycle, error)
	// UpdateCriterion edits a criterion.
	UpdateCriterion(ctx context.Context, id string, criteriaVersion int, in CriterionInput) (*AwardCycle, error)
	// DeleteCriterion removes a criterion.
	DeleteCriterion(ctx context.Context, id string, criteriaVersion int) (*AwardCycle, error)
	// ReorderCriteria puts the criteria in the given order (all of them, each once).
	ReorderCriteria(ctx context.Context, cycleID string, criteriaVersion int, ids []string) (*AwardCycle, error)
	// ApproveCriteria records the approval of the actor's partner organisation.
	ApproveCriteria(ctx context.Context, cycleID string, criteriaVersion int) (*AwardCycle, error)
	// WithdrawCriteriaApproval takes back the approval of the actor's partner organisation.
	WithdrawCriteriaApproval(ctx context.Context, cycleID string, criteriaVersion int) (*AwardCycle, error)
	// ChangeAwardPhase moves a cycle to another phase when its guards allow.
	ChangeAwardPhase(ctx context.Context, id string, version int, phase AwardPhase) (*AwardCycle, error)
}
