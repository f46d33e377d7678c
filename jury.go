package koop

import (
	"context"
	"time"
)

// Juror is a member of a cycle's jury.
type Juror struct {
	ID       string `db:"id"`
	CycleID  string `db:"cycle_id"`
	UserID   string `db:"user_id"`
	Name     string `db:"name"`
	Email    string `db:"email"`
	IsChair  bool   `db:"is_chair"`
	External bool   `db:"external"`
	// SubmittedAt is shown to managers, the chair and the juror; nil for others.
	SubmittedAt *time.Time `db:"submitted_at"`
	CreatedAt   time.Time  `db:"created_at"`
}

// Conflict is a juror's conflict of interest with a nomination.
type Conflict struct {
	JurorID      string    `db:"juror_id"`
	JurorName    string    `db:"juror_name"`
	NominationID string    `db:"nomination_id"`
	Reason       string    `db:"reason"`
	SetByChair   bool      `db:"set_by_chair"`
	CreatedAt    time.Time `db:"created_at"`
}

// Score is one juror's score of a nomination on a criterion.
type Score struct {
	NominationID string    `db:"nomination_id"`
	CriterionID  string    `db:"criterion_id"`
	Value        int       `db:"value"`
	Comment      string    `db:"comment"`
	UpdatedAt    time.Time `db:"updated_at"`
}

// Ballot is the reader's own ballot in a cycle. It never holds anyone else's scores.
type Ballot struct {
	Juror       *Juror
	Scores      []*Score
	Conflicts   []*Conflict
	Required    int
	Scored      int
	SubmittedAt *time.Time
	CanEdit     bool
	Version     int
}

// Turnout is who has submitted — never what.
type Turnout struct {
	Jurors    int
	Submitted int
	Quorum    int
	QuorumMet bool
}

// AwardResult is a decided cycle's locked result.
type AwardResult struct {
	ClosedByName     string
	ClosedAt         time.Time
	Categories       []*AwardCategoryResult
	NeedsCastingVote bool
	CastingVote      []string
}

// AwardCategoryResult is the ranking of one category.
type AwardCategoryResult struct {
	Category  string
	Ranking   []*AwardRanking
	WinnerTie []string
}

// AwardRanking is one nomination's place with its mean and breakdown.
type AwardRanking struct {
	Nomination     *Nomination
	Rank           int
	Mean           *float64
	MeanText       string
	Median         *float64
	Jurors         int
	TopRanks       int
	DecidedBy      TieBreakStep
	CriterionMeans []*CriterionMean
	// Breakdown is empty for a reader conflicted on the nomination.
	Breakdown []*JurorBreakdown
}

// CriterionMean is a criterion's mean for a nomination.
type CriterionMean struct {
	CriterionID string
	Mean        float64
}

// JurorBreakdown is one juror's part in a nomination's result.
type JurorBreakdown struct {
	JurorName  string
	Conflicted bool
	Weighted   *float64
	Scores     []*Score
}

// AwardWinner is a winner shown on the event where it was announced.
type AwardWinner struct {
	CycleTitle   string `db:"cycle_title"`
	Category     string `db:"category"`
	CompanyName  string `db:"company_name"`
	NominationID string `db:"nomination_id"`
	// EventID is the announcing event (for batch loading).
	EventID string `db:"event_id"`
}

// ScoreInput is one score to save.
type ScoreInput struct {
	NominationID string
	CriterionID  string
	Value        int
	Comment      *string
}

// JuryService keeps a cycle's jury, conflicts, the secret scores and the result.
//
// Secrecy: before a cycle is decided, no method returns another juror's scores or any
// aggregate of them to anyone; errors name only the reader's own input; the audit trail
// records that a ballot changed, never its values.
type JuryService interface {
	// Jurors lists the jury (managers and jurors of the cycle).
	Jurors(ctx context.Context, cycleID string) ([]*Juror, error)
	// AddJuror adds a member of the cooperation (COORDINATOR, ADMIN).
	AddJuror(ctx context.Context, cycleID, userID string, chair bool) error
	// RemoveJuror removes a juror who has not scored.
	RemoveJuror(ctx context.Context, jurorID string) (cycleID string, err error)
	// SetJuryChair makes a juror the chair.
	SetJuryChair(ctx context.Context, jurorID string) (cycleID string, err error)
	// DeclareConflict records the reader's own conflict with a nomination; the reader's scores
	// of it are removed.
	DeclareConflict(ctx context.Context, nominationID, reason string) error
	// SetConflict records a juror's conflict (the chair).
	SetConflict(ctx context.Context, jurorID, nominationID, reason string) error
	// RemoveConflict removes a conflict (the chair) before the close.
	RemoveConflict(ctx context.Context, jurorID, nominationID string) error
	// MyBallot returns the reader's ballot, or nil when the reader is no juror of the cycle.
	MyBallot(ctx context.Context, cycleID string) (*Ballot, error)
	// SaveScores saves scores of the reader's ballot while voting is open.
	SaveScores(ctx context.Context, cycleID string, ballotVersion *int, scores []ScoreInput) (*Ballot, error)
	// SubmitBallot submits the reader's complete ballot.
	SubmitBallot(ctx context.Context, cycleID string, ballotVersion int) (*Ballot, error)
	// Turnout says who has submitted (managers and the jury); nil for others.
	Turnout(ctx context.Context, cycleID string) (*Turnout, error)
	// CloseAwardVoting checks the quorum, computes and stores the result and locks the cycle.
	CloseAwardVoting(ctx context.Context, cycleID string, version int) error
	// RecordCastingVote records the chair's order for a tie for first place.
	RecordCastingVote(ctx context.Context, cycleID string, version int, order []string) error
	// AwardResult returns the locked result (jury and managers, after the close), else nil.
	AwardResult(ctx context.Context, cycleID string) (*AwardResult, error)
	// Winners returns the announced winners of a cycle.
	Winners(ctx context.Context, cycleID string) ([]*AwardWinner, error)
	// EventAwardWinners returns the winners announced at each of the events, in one query.
	EventAwardWinners(ctx context.Context, eventIDs []string) (map[string][]*AwardWinner, error)
}
