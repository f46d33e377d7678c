package koop

import (
	"cmp"
	"context"
	"slices"
	"strings"
	"time"
)

// The start page [Übersicht] of a cooperation: what the reader has to do and where the
// cooperation stands, across events, award, retreat, workstreams, KPIs, coverage and the
// agreement (DOMAIN.md "Across everything"). It is read in a constant number of statements.

// DashboardTask is one of the reader's open tasks.
type DashboardTask struct {
	ID         string          `db:"id"`
	Title      string          `db:"title"`
	DueOn      *time.Time      `db:"due_on"`
	Overdue    bool            `db:"-"`
	Event      *TaskEvent      `db:"-"`
	Workstream *TaskWorkstream `db:"-"`
}

// DashboardEvent is an upcoming event with how its guests answered.
type DashboardEvent struct {
	ID              string      `db:"id"`
	Title           string      `db:"title"`
	StartsAt        time.Time   `db:"starts_at"`
	Status          EventStatus `db:"status"`
	LeadPartnerName string      `db:"lead_partner_name"`
	Invited         int         `db:"invited"`
	Accepted        int         `db:"accepted"`
	Declined        int         `db:"declined"`
	Waitlisted      int         `db:"waitlisted"`
	Capacity        *int        `db:"capacity"`
	OpenTaskCount   int         `db:"open_task_count"`
}

// DashboardAward is the current award cycle with its next deadline.
type DashboardAward struct {
	CycleID            string     `db:"id"`
	Title              string     `db:"title"`
	Year               int        `db:"year"`
	Phase              AwardPhase `db:"phase"`
	NominationClosesAt time.Time  `db:"nomination_closes_at"`
	VotingClosesAt     time.Time  `db:"voting_closes_at"`
	NextDeadline       *time.Time `db:"-"`
	NextDeadlineLabel  *string    `db:"-"`
	NominationCount    int        `db:"-"`
	MyBallot           *DashboardBallot
}

// DashboardBallot is a juror's progress on their ballot.
type DashboardBallot struct {
	ToScore   int
	Scored    int
	Submitted bool
}

// DashboardRetreat is the current retreat.
type DashboardRetreat struct {
	ID       string    `db:"id"`
	Title    string    `db:"title"`
	PlanYear int       `db:"plan_year"`
	StartsAt time.Time `db:"starts_at"`
	// StartsOn is the Berlin day of StartsAt (midnight UTC, as every Date).
	StartsOn      time.Time     `db:"-"`
	Status        RetreatStatus `db:"status"`
	ProposalCount int           `db:"proposal_count"`
	DecisionCount int           `db:"decision_count"`
	VotingOpen    bool          `db:"voting_open"`
	Participating bool          `db:"participating"`
}

// DashboardWorkstream is a workstream at risk or off track.
type DashboardWorkstream struct {
	ID                string           `db:"id"`
	Title             string           `db:"title"`
	Status            WorkstreamStatus `db:"status"`
	Priority          *Priority        `db:"priority"`
	OverdueMilestones int              `db:"overdue_milestones"`
}

// DashboardKpi is a KPI behind its target.
type DashboardKpi struct {
	ID          string
	Name        string
	Unit        string
	Subject     *KpiSubject
	LatestValue *float64
	Target      float64
	TargetOn    *time.Time
	Progress    *float64
	State       KpiState
}

// DashboardCoverage counts the coverage gaps.
type DashboardCoverage struct {
	GoalsWithoutMeasure    int
	MeasuresWithoutKpi     int
	MeasuresWithOnePartner int
	GoalsWithoutPriority   int
}

// DashboardCommitment is a commitment not yet fulfilled this year.
type DashboardCommitment struct {
	ID          string
	AgreementID string
	Title       string
	Status      CommitmentStatus
	Reason      string
}

// Dashboard is the start page of one cooperation for the reader.
type Dashboard struct {
	CooperationID     string
	MyRole            Role
	Today             time.Time
	MyTasks           []*DashboardTask
	MyOpenTaskCount   int
	UpcomingEvents    []*DashboardEvent
	Award             *DashboardAward
	Retreat           *DashboardRetreat
	WorkstreamsAtRisk []*DashboardWorkstream
	KpisOffTarget     []*DashboardKpi
	Coverage          *DashboardCoverage
	OpenCommitments   []*DashboardCommitment
}

// DashboardService reads the start page.
type DashboardService interface {
	Dashboard(ctx context.Context, cooperationID string) (*Dashboard, error)
}

// The limits of the start page.
const (
	// DashboardTaskLimit caps the reader's tasks shown.
	DashboardTaskLimit = 10
	// DashboardEventDays is how far ahead upcoming events are shown.
	DashboardEventDays = 60
	// DashboardEventLimit caps the upcoming events shown.
	DashboardEventLimit = 8
	// DashboardKpiNearDays: a KPI without data counts as off target once its target day is
	// this close (or past).
	DashboardKpiNearDays = 90
)

// awardRunning reports whether a cycle in phase p is under way: published and not yet announced.
func awardRunning(p AwardPhase) bool { return p != PhaseDraft && p != PhaseAnnounced }

// CurrentAwardCycle picks the cycle the start page shows: of the cycles under way (neither
// DRAFT nor ANNOUNCED) the one of the newest year, else the newest cycle of all. Among cycles
// of the same year the first in cycles wins. Nil when there are none.
func CurrentAwardCycle(cycles []*DashboardAward) *DashboardAward {
	var running, newest *DashboardAward
	for _, y := range cycles {
		if newest == nil || y.Year > newest.Year {
			newest = y
		}
		if awardRunning(y.Phase) && (running == nil || y.Year > running.Year) {
			running = y
		}
	}
	if running != nil {
		return running
	}
	return newest
}

// The labels of the award deadlines.
const (
	DeadlineNominationLabel = "Nominierungsschluss"
	DeadlineVotingLabel     = "Ende der Jurybewertung"
)

// AwardDeadline returns the next deadline of a cycle in phase p and what it ends: the close of
// nominations up to and while nominations are open, the end of the vote while the jury votes;
// nil once the deadline has passed and in every other phase.
func AwardDeadline(p AwardPhase, nominationClosesAt, votingClosesAt, now time.Time) (*time.Time, *string) {
	var at time.Time
	var label string
	switch p {
	case PhaseDraft, PhaseNominationOpen:
		at, label = nominationClosesAt, DeadlineNominationLabel
	case PhaseJuryVoting:
		at, label = votingClosesAt, DeadlineVotingLabel
	default:
		return nil, nil
	}
	if !at.After(now) {
		return nil, nil
	}
	return &at, &label
}

// CurrentRetreat picks the retreat the start page shows: the one in session, else the
// preparing one whose first day lies nearest to today (the earlier on a tie), else the closed
// one of the newest plan year. Nil when there are none.
func CurrentRetreat(list []*DashboardRetreat, today time.Time) *DashboardRetreat {
	dist := func(r *DashboardRetreat) time.Duration {
		d := r.StartsOn.Sub(today)
		if d < 0 {
			d = -d
		}
		return d
	}
	var session, preparing, closed *DashboardRetreat
	for _, r := range list {
		switch r.Status {
		case RetreatInSession:
			if session == nil || r.PlanYear > session.PlanYear {
				session = r
			}
		case RetreatPreparing:
			if preparing == nil || dist(r) < dist(preparing) || (dist(r) == dist(preparing) && r.StartsOn.Before(preparing.StartsOn)) {
				preparing = r
			}
		case RetreatClosed:
			if closed == nil || r.PlanYear > closed.PlanYear {
				closed = r
			}
		}
	}
	switch {
	case session != nil:
		return session
	case preparing != nil:
		return preparing
	}
	return closed
}

// priorityRank orders priorities, the highest first and none last.
func priorityRank(p *Priority) int {
	if p == nil {
		return 3
	}
	switch *p {
	case PriorityHigh:
		return 0
	case PriorityMedium:
		return 1
	case PriorityLow:
		return 2
	}
	return 3
}

// WorkstreamsAtRisk keeps the workstreams AT_RISK or OFF_TRACK, worst first: OFF_TRACK before
// AT_RISK, then by priority (highest first, none last), then by overdue milestones (most
// first), then by title.
func WorkstreamsAtRisk(list []*DashboardWorkstream) []*DashboardWorkstream {
	out := []*DashboardWorkstream{}
	for _, w := range list {
		if w.Status == WorkstreamAtRisk || w.Status == WorkstreamOffTrack {
			out = append(out, w)
		}
	}
	statusRank := func(s WorkstreamStatus) int {
		if s == WorkstreamOffTrack {
			return 0
		}
		return 1
	}
	slices.SortStableFunc(out, func(a, b *DashboardWorkstream) int {
		return cmp.Or(
			cmp.Compare(statusRank(a.Status), statusRank(b.Status)),
			cmp.Compare(priorityRank(a.Priority), priorityRank(b.Priority)),
			cmp.Compare(b.OverdueMilestones, a.OverdueMilestones),
			strings.Compare(strings.ToLower(a.Title), strings.ToLower(b.Title)),
			strings.Compare(a.ID, b.ID),
		)
	})
	return out
}

// KpiOffTarget reports whether the start page lists a KPI whose state KpiProgress has set:
// BEHIND, or NO_DATA while its target day is at most DashboardKpiNearDays away (or past).
func KpiOffTarget(k *Kpi, today time.Time) bool {
	switch k.State {
	case KpiBehind:
		return true
	case KpiNoData:
		return k.TargetOn != nil && !k.TargetOn.After(today.AddDate(0, 0, DashboardKpiNearDays))
	}
	return false
}

// NewDashboardKpi is the start page's view of a KPI (after KpiProgress).
func NewDashboardKpi(k *Kpi) *DashboardKpi {
	d := &DashboardKpi{ID: k.ID, Name: k.Name, Unit: k.Unit, Subject: k.Subject, Target: k.Target, TargetOn: k.TargetOn,
		Progress: k.Progress, State: k.State}
	if k.Latest != nil {
		v := k.Latest.Value
		d.LatestValue = &v
	}
	return d
}

// AgreementInForce reports whether a signed agreement is valid during some of year.
func AgreementInForce(a *Agreement, year int) bool {
	return a.Status == AgreementSigned && a.ValidFrom.Year() <= year && (a.ValidUntil == nil || a.ValidUntil.Year() >= year)
}

// OpenCommitments lists the commitments of the agreements in force in year whose standing in
// that year (Commitment.Years, as the agreement's ledger computed it) is not FULFILLED, in the
// order of the agreements and their commitments.
func OpenCommitments(agreements []*Agreement, year int) []*DashboardCommitment {
	out := []*DashboardCommitment{}
	for _, a := range agreements {
		if !AgreementInForce(a, year) {
			continue
		}
		for _, k := range a.Commitments {
			for _, y := range k.Years {
				if y.Year == year && y.Status != CommitmentFulfilled {
					out = append(out, &DashboardCommitment{ID: k.ID, AgreementID: a.ID, Title: k.Title, Status: y.Status, Reason: y.Reason})
				}
			}
		}
	}
	return out
}
