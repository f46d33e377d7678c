package koop

import (
	"context"
	"sort"
	"time"
)

// The annual retreat [Klausur]: participants submit proposals, prioritise them live with a
// budget of points, the chair records decisions, and closing the retreat turns the accepted
// ones into the plan of the year it plans (DOMAIN.md "The annual retreat").

// PermManageRetreat: create and prepare retreats, run any session (ADMIN, COORDINATOR). A
// retreat's chair runs its own session without it.
const PermManageRetreat Permission = 170

func init() {
	extraPermissions[PermManageRetreat] = []Role{RoleAdmin, RoleCoordinator}
}

// RetreatStatus is where a retreat stands.
type RetreatStatus string

// The retreat statuses, in order.
const (
	RetreatPreparing RetreatStatus = "PREPARING"
	RetreatInSession RetreatStatus = "IN_SESSION"
	RetreatClosed    RetreatStatus = "CLOSED"
)

// Valid reports whether s is known.
func (s RetreatStatus) Valid() bool {
	return s == RetreatPreparing || s == RetreatInSession || s == RetreatClosed
}

// ProposalKind says what a proposal asks for.
type ProposalKind string

// The proposal kinds.
const (
	ProposalTopic      ProposalKind = "TOPIC"
	ProposalEvent      ProposalKind = "EVENT"
	ProposalWorkstream ProposalKind = "WORKSTREAM"
	ProposalPriority   ProposalKind = "PRIORITY"
)

// Valid reports whether k is known.
func (k ProposalKind) Valid() bool {
	return k == ProposalTopic || k == ProposalEvent || k == ProposalWorkstream || k == ProposalPriority
}

// DecisionOutcome is what was decided on a proposal.
type DecisionOutcome string

// The outcomes.
const (
	DecisionAccepted DecisionOutcome = "ACCEPTED"
	DecisionRejected DecisionOutcome = "REJECTED"
	DecisionDeferred DecisionOutcome = "DEFERRED"
)

// Valid reports whether o is known.
func (o DecisionOutcome) Valid() bool {
	return o == DecisionAccepted || o == DecisionRejected || o == DecisionDeferred
}

// PlanItemKind says what closing a retreat created or changed.
type PlanItemKind string

// The plan item kinds.
const (
	PlanItemEvent              PlanItemKind = "EVENT"
	PlanItemWorkstream         PlanItemKind = "WORKSTREAM"
	PlanItemWorkstreamPriority PlanItemKind = "WORKSTREAM_PRIORITY"
	PlanItemGoalPriority       PlanItemKind = "GOAL_PRIORITY"
	PlanItemTask               PlanItemKind = "TASK"
)

// Retreat is the annual retreat that plans the following year.
type Retreat struct {
	ID            string        `db:"id"`
	CooperationID string        `db:"cooperation_id"`
	Title         string        `db:"title"`
	PlanYear      int           `db:"plan_year"`
	StartsAt      time.Time     `db:"starts_at"`
	EndsOn        time.Time     `db:"ends_on"`
	Place         string        `db:"place"`
	Status        RetreatStatus `db:"status"`
	VotingOpen    bool          `db:"voting_open"`
	PointsBudget  int           `db:"points_budget"`
	ChairID       *string       `db:"chair_membership_id"`
	ClosedAt      *time.Time    `db:"closed_at"`
	Version       int           `db:"version"`
	// TallyRevision counts the changes of its tally (see RetreatTally.Revision).
	TallyRevision int                   `db:"tally_revision"`
	Chair         *RetreatParticipant   `db:"-"`
	Participants  []*RetreatParticipant `db:"-"`
	Agenda        []*AgendaItem         `db:"-"`
	Proposals     []*Proposal           `db:"-"`
	Decisions     []*Decision           `db:"-"`
	Tally         *RetreatTally         `db:"-"`
	MyVotes       []*Vote               `db:"-"`
	AmParticipant bool                  `db:"-"`
	CanManage     bool                  `db:"-"`
	CanChair      bool                  `db:"-"`
	CanPropose    bool                  `db:"-"`
	CanVote       bool                  `db:"-"`
}

// RetreatParticipant is a member taking part in a retreat.
type RetreatParticipant struct {
	MembershipID string   `db:"membership_id"`
	UserID       string   `db:"user_id"`
	Name         string   `db:"name"`
	PartnerID    *string  `db:"partner_id"`
	IsChair      bool     `db:"is_chair"`
	PointsUsed   int      `db:"points_used"`
	Partner      *Partner `db:"-"`
}

// AgendaItem is a time-boxed item of a retreat's agenda.
type AgendaItem struct {
	ID              string              `db:"id"`
	RetreatID       string              `db:"retreat_id"`
	Position        int                 `db:"position"`
	Title           string              `db:"title"`
	DurationMinutes int                 `db:"duration_minutes"`
	PresenterID     *string             `db:"presenter_membership_id"`
	Notes           string              `db:"notes"`
	Version         int                 `db:"version"`
	StartsAt        time.Time           `db:"-"`
	Presenter       *RetreatParticipant `db:"-"`
	Proposals       []*ProposalRef      `db:"-"`
}

// ProposalRef is a proposal as lists show it.
type ProposalRef struct {
	ID    string       `db:"id"`
	Title string       `db:"title"`
	Kind  ProposalKind `db:"kind"`
}

// PlanTarget is an event series or workstream a proposal targets.
type PlanTarget struct {
	ID    string `db:"id"`
	Title string `db:"title"`
}

// Proposal is a proposal submitted to a retreat.
type Proposal struct {
	ID                 string       `db:"id"`
	RetreatID          string       `db:"retreat_id"`
	Kind               ProposalKind `db:"kind"`
	Title              string       `db:"title"`
	Description        string       `db:"description"`
	SeriesID           *string      `db:"series_id"`
	PlannedOn          *time.Time   `db:"planned_on"`
	WorkstreamID       *string      `db:"workstream_id"`
	Priority           *Priority    `db:"priority"`
	SubmitterID        *string      `db:"submitter_membership_id"`
	SubmitterName      string       `db:"submitter_name"`
	SubmitterPartnerID *string      `db:"submitter_partner_id"`
	CreatedAt          time.Time    `db:"created_at"`
	Version            int          `db:"version"`
	Points             int          `db:"points"`
	MyPoints           int          `db:"my_points"`
	CommentCount       int          `db:"comment_count"`
	Series             *PlanTarget  `db:"-"`
	Workstream         *PlanTarget  `db:"-"`
	Goals              []*GoalRef   `db:"-"`
	SubmitterPartner   *Partner     `db:"-"`
	Decision           *Decision    `db:"-"`
	CanEdit            bool         `db:"-"`
}

// Vote is a participant's points on one proposal.
type Vote struct {
	ProposalID string `db:"proposal_id"`
	Points     int    `db:"points"`
}

// RetreatTally (GraphQL: Tally) is the prioritisation of a retreat: every proposal's points, highest first.
type RetreatTally struct {
	RetreatID string `db:"-"`
	// Revision counts the changes of the retreat's proposals, votes and session: of two tallies
	// the one with the higher revision is the newer.
	Revision         int           `db:"-"`
	Status           RetreatStatus `db:"-"`
	VotingOpen       bool          `db:"-"`
	PointsBudget     int           `db:"-"`
	MyPointsLeft     int           `db:"-"`
	Entries          []*TallyEntry `db:"-"`
	TotalPoints      int           `db:"-"`
	VoterCount       int           `db:"-"`
	ParticipantCount int           `db:"-"`
}

// TallyEntry is one proposal's place in the tally.
type TallyEntry struct {
	ProposalID string       `db:"proposal_id"`
	Title      string       `db:"title"`
	Kind       ProposalKind `db:"kind"`
	Points     int          `db:"points"`
	Voters     int          `db:"voters"`
	MyPoints   int          `db:"my_points"`
	Rank       int          `db:"-"`
}

// RankTally sorts entries by points (then title) and gives equal points the same rank.
func RankTally(entries []*TallyEntry) {
	sortEntries(entries)
	for i, e := range entries {
		if i > 0 && e.Points == entries[i-1].Points {
			e.Rank = entries[i-1].Rank
		} else {
			e.Rank = i + 1
		}
	}
}

// Decision is a decision [Beschluss] of a retreat, on a proposal or free.
type Decision struct {
	ID             string          `db:"id"`
	RetreatID      string          `db:"retreat_id"`
	ProposalID     *string         `db:"proposal_id"`
	Outcome        DecisionOutcome `db:"outcome"`
	Text           string          `db:"text"`
	OwnerPartnerID *string         `db:"owner_partner_id"`
	DueOn          *time.Time      `db:"due_on"`
	Version        int             `db:"version"`
	Proposal       *ProposalRef    `db:"-"`
	OwnerPartner   *Partner        `db:"-"`
	PlanItems      []*PlanItem     `db:"-"`
}

// PlanItem is something closing a retreat created or changed for a decision.
type PlanItem struct {
	DecisionID string       `db:"decision_id"`
	Kind       PlanItemKind `db:"kind"`
	TargetID   string       `db:"target_id"`
	Title      string       `db:"title"`
	Detail     string       `db:"detail"`
}

// CreateRetreatInput creates a retreat.
type CreateRetreatInput struct {
	CooperationID            string
	Title                    string
	PlanYear                 int
	StartsAt                 time.Time
	EndsOn                   time.Time
	Place                    *string
	PointsBudget             int
	ParticipantMembershipIDs []string
	ChairMembershipID        string
}

// UpdateRetreatInput changes a retreat while it is prepared.
type UpdateRetreatInput struct {
	ID                       string
	Version                  int
	Title                    *string
	PlanYear                 *int
	StartsAt                 *time.Time
	EndsOn                   *time.Time
	Place                    *string
	PointsBudget             *int
	ParticipantMembershipIDs []string
	ChairMembershipID        *string
}

// RetreatStepInput names a retreat and the version read, for a step of its session.
type RetreatStepInput struct {
	ID      string
	Version int
}

// AddAgendaItemInput adds an agenda item at the end.
type AddAgendaItemInput struct {
	RetreatID             string
	Title                 string
	DurationMinutes       int
	PresenterMembershipID *string
	Notes                 *string
	ProposalIDs           []string
}

// UpdateAgendaItemInput changes an agenda item.
type UpdateAgendaItemInput struct {
	ID                    string
	Version               int
	Title                 *string
	DurationMinutes       *int
	PresenterMembershipID *string
	ClearPresenter        *bool
	Notes                 *string
	ProposalIDs           []string
}

// MoveAgendaItemInput moves an agenda item to a place (from 1).
type MoveAgendaItemInput struct {
	ID       string
	Position int
}

// SubmitProposalInput submits a proposal.
type SubmitProposalInput struct {
	RetreatID    string
	Kind         ProposalKind
	Title        string
	Description  *string
	SeriesID     *string
	PlannedOn    *time.Time
	WorkstreamID *string
	Priority     *Priority
	GoalIDs      []string
}

// UpdateProposalInput changes a proposal.
type UpdateProposalInput struct {
	ID              string
	Version         int
	Title           *string
	Description     *string
	SeriesID        *string
	PlannedOn       *time.Time
	WorkstreamID    *string
	ClearWorkstream *bool
	Priority        *Priority
	GoalIDs         []string
}

// WithdrawProposalInput withdraws a proposal without points or a decision.
type WithdrawProposalInput struct {
	ID      string
	Version int
}

// CastVoteInput places the actor's points on a proposal; 0 takes them back.
type CastVoteInput struct {
	ProposalID string
	Points     int
}

// RecordDecisionInput records a decision.
type RecordDecisionInput struct {
	RetreatID      string
	ProposalID     *string
	Outcome        DecisionOutcome
	Text           string
	OwnerPartnerID *string
	DueOn          *time.Time
}

// UpdateDecisionInput changes a decision.
type UpdateDecisionInput struct {
	ID                string
	Version           int
	Outcome           *DecisionOutcome
	Text              *string
	OwnerPartnerID    *string
	ClearOwnerPartner *bool
	DueOn             *time.Time
	ClearDueOn        *bool
}

// RetreatService keeps the retreats.
type RetreatService interface {
	Retreats(ctx context.Context, cooperationID string) ([]*Retreat, error)
	Retreat(ctx context.Context, id string) (*Retreat, error)
	Proposal(ctx context.Context, id string) (*Proposal, error)
	CreateRetreat(ctx context.Context, in CreateRetreatInput) (*Retreat, error)
	UpdateRetreat(ctx context.Context, in UpdateRetreatInput) (*Retreat, error)
	DeleteRetreat(ctx context.Context, in RetreatStepInput) error
	StartRetreatSession(ctx context.Context, in RetreatStepInput) (*Retreat, error)
	OpenVoting(ctx context.Context, in RetreatStepInput) (*Retreat, error)
	CloseVoting(ctx context.Context, in RetreatStepInput) (*Retreat, error)
	// CloseRetreat closes the session and creates the plan of its year in one transaction; a
	// second call finds it closed and creates nothing.
	CloseRetreat(ctx context.Context, in RetreatStepInput) (*Retreat, error)
	AddAgendaItem(ctx context.Context, in AddAgendaItemInput) (*Retreat, error)
	UpdateAgendaItem(ctx context.Context, in UpdateAgendaItemInput) (*Retreat, error)
	MoveAgendaItem(ctx context.Context, in MoveAgendaItemInput) (*Retreat, error)
	DeleteAgendaItem(ctx context.Context, id string) (*Retreat, error)
	SubmitProposal(ctx context.Context, in SubmitProposalInput) (*Proposal, error)
	UpdateProposal(ctx context.Context, in UpdateProposalInput) (*Proposal, error)
	WithdrawProposal(ctx context.Context, in WithdrawProposalInput) (*Retreat, error)
	// CastVote sets the actor's points on a proposal; the sum over the retreat stays within
	// the budget also under concurrent votes.
	CastVote(ctx context.Context, in CastVoteInput) (*RetreatTally, error)
	RecordDecision(ctx context.Context, in RecordDecisionInput) (*Decision, error)
	UpdateDecision(ctx context.Context, in UpdateDecisionInput) (*Decision, error)
	DeleteDecision(ctx context.Context, id string) (*Retreat, error)
	// Tally reads the current tally as the actor sees it.
	Tally(ctx context.Context, retreatID string) (*RetreatTally, error)
	// WatchTally signals on the returned channel whenever the retreat's tally may have
	// changed, in any server process, until ctx ends.
	WatchTally(ctx context.Context, retreatID string) (<-chan struct{}, error)
}

func sortEntries(entries []*TallyEntry) {
	sort.SliceStable(entries, func(i, j int) bool {
		if entries[i].Points != entries[j].Points {
			return entries[i].Points > entries[j].Points
		}
		return entries[i].Title < entries[j].Title
	})
}
