package koop

import (
	"context"
	"time"
)

// The agreement and its goals: the mission statement, the goal tree, measures (workstreams and
// event series) linked to goals, KPIs with measurements, and the coverage view. Agreements and
// their commitments live in agreement.go, workstreams in workstream.go.

// PermManageStrategy: edit the mission statement, goals, workstreams, KPIs, agreements and
// commitments (ADMIN, COORDINATOR). Everyone who reads the directory reads them.
const PermManageStrategy Permission = 160

func init() {
	extraPermissions[PermManageStrategy] = []Role{RoleAdmin, RoleCoordinator}
}

// Priority ranks goals and workstreams. A goal without one is a coverage gap.
type Priority string

// The priorities.
const (
	PriorityHigh   Priority = "HIGH"
	PriorityMedium Priority = "MEDIUM"
	PriorityLow    Priority = "LOW"
)

// Valid reports whether p is known.
func (p Priority) Valid() bool { return p == PriorityHigh || p == PriorityMedium || p == PriorityLow }

// MeasureKind says what a measure [Maßnahme] is.
type MeasureKind string

// The kinds of measures.
const (
	MeasureWorkstream  MeasureKind = "WORKSTREAM"
	MeasureEventSeries MeasureKind = "EVENT_SERIES"
)

// Valid reports whether k is known.
func (k MeasureKind) Valid() bool { return k == MeasureWorkstream || k == MeasureEventSeries }

// Measure is whatever implements a goal: a workstream or an event series.
type Measure struct {
	Kind  MeasureKind `db:"kind"`
	ID    string      `db:"id"`
	Title string      `db:"title"`
	// WorkstreamStatus is the workstream's status; nil for an event series.
	WorkstreamStatus *WorkstreamStatus `db:"workstream_status"`
	// Partners are the partners involved: a workstream's leads' partners; an event series'
	// default lead partner and the lead and organisers' partners of its events.
	Partners []*Partner `db:"-"`
	// KpiCount is the number of KPIs on the measure itself.
	KpiCount int `db:"kpi_count"`
	// GoalCount is the number of goals it serves.
	GoalCount int `db:"goal_count"`
}

// MeasureInput names a measure.
type MeasureInput struct {
	Kind MeasureKind
	ID   string
}

// Strategy is a cooperation's mission statement and goal tree.
type Strategy struct {
	CooperationID    string `db:"cooperation_id"`
	MissionStatement string `db:"mission_statement"`
	// Version of the mission statement (0 while it was never written).
	Version int `db:"version"`
	// Goals are all goals in tree order (depth first, by position): a parent before its children.
	Goals []*Goal `db:"-"`
	// CanManage says whether the reader may edit the mission statement and goals.
	CanManage bool `db:"-"`
}

// Goal is a top goal [Oberziel] or a sub-goal [Unterziel].
type Goal struct {
	ID            string    `db:"id"`
	CooperationID string    `db:"cooperation_id"`
	ParentID      *string   `db:"parent_id"`
	Position      int       `db:"position"`
	Title         string    `db:"title"`
	Description   string    `db:"description"`
	Priority      *Priority `db:"priority"`
	Version       int       `db:"version"`
	// Code is the path of positions, "2" for a top goal, "2.3" for its third sub-goal.
	Code string `db:"-"`
	// Depth is 0 for a top goal.
	Depth int `db:"-"`
	// Measures are the workstreams and event series linked to this goal itself.
	Measures []*Measure `db:"-"`
	// Kpis measure this goal itself.
	Kpis []*Kpi `db:"-"`
	// Covered: the goal or one of its descendants has a measure.
	Covered bool `db:"-"`
	// ChildCount is the number of direct sub-goals.
	ChildCount int `db:"-"`
}

// GoalRef is a goal as lists of other things show it.
type GoalRef struct {
	ID    string `db:"id"`
	Code  string `db:"-"`
	Title string `db:"title"`
}

// UpdateMissionStatementInput changes the mission statement; Version 0 the first time.
type UpdateMissionStatementInput struct {
	CooperationID    string
	MissionStatement string
	Version          int
}

// CreateGoalInput adds a goal at the end of its parent's sub-goals (or of the top goals).
type CreateGoalInput struct {
	CooperationID string
	ParentID      *string
	Title         string
	Description   *string
	Priority      *Priority
}

// UpdateGoalInput changes a goal. ParentID moves it under another goal, ToTopLevel makes it a
// top goal; Position (1-based) places it among its siblings. A move into its own subtree is
// refused.
type UpdateGoalInput struct {
	ID            string
	Version       int
	Title         *string
	Description   *string
	Priority      *Priority
	ClearPriority *bool
	ParentID      *string
	ToTopLevel    *bool
	Position      *int
}

// DeleteGoalInput deletes a goal without sub-goals (its links and KPIs go with it).
type DeleteGoalInput struct {
	ID      string
	Version int
}

// GoalMeasureInput links a measure to a goal or unlinks it.
type GoalMeasureInput struct {
	GoalID  string
	Measure *MeasureInput
}

// Coverage answers the problems the district's strategy paper names: goals without a measure,
// measures without a KPI, measures that involve only one partner, goals without priority, and
// per year how the partners share the work.
type Coverage struct {
	CooperationID          string
	GoalsWithoutMeasure    []*Goal
	MeasuresWithoutKpi     []*Measure
	MeasuresWithOnePartner []*Measure
	GoalsWithoutPriority   []*Goal
	Year                   int
	PartnerBalance         []*PartnerBalance
}

// PartnerBalance is one partner's share of a year's work.
type PartnerBalance struct {
	Partner *Partner
	// EventsLed: the year's events (not cancelled) the partner leads.
	EventsLed int
	// EventsCoOrganised: the year's events led by another partner with an organiser from this one.
	EventsCoOrganised int
	// WorkstreamsLed: workstreams running in the year with a lead from this partner.
	WorkstreamsLed int
	// PlannedCents and ActualCents: the partner's share of the budget of the year's events.
	PlannedCents int
	ActualCents  int
	// Attendees: guests from the partner's organisation who attended the year's events.
	Attendees int
}

// StrategyService keeps the mission statement, the goals, their links to measures, and the
// coverage view.
type StrategyService interface {
	// Strategy returns the mission statement and the goal tree with measures, KPIs and coverage
	// markers, in a constant number of statements.
	Strategy(ctx context.Context, cooperationID string) (*Strategy, error)
	UpdateMissionStatement(ctx context.Context, in UpdateMissionStatementInput) (*Strategy, error)
	CreateGoal(ctx context.Context, in CreateGoalInput) (*Goal, error)
	UpdateGoal(ctx context.Context, in UpdateGoalInput) (*Goal, error)
	DeleteGoal(ctx context.Context, in DeleteGoalInput) error
	LinkGoalMeasure(ctx context.Context, in GoalMeasureInput) (*Goal, error)
	UnlinkGoalMeasure(ctx context.Context, in GoalMeasureInput) (*Goal, error)
	// Coverage lists the gaps and the partner balance of a year.
	Coverage(ctx context.Context, cooperationID string, year int) (*Coverage, error)
}

// KpiDirection says whether more is better.
type KpiDirection string

// The directions.
const (
	HigherIsBetter KpiDirection = "HIGHER_IS_BETTER"
	LowerIsBetter  KpiDirection = "LOWER_IS_BETTER"
)

// Valid reports whether d is known.
func (d KpiDirection) Valid() bool { return d == HigherIsBetter || d == LowerIsBetter }

// KpiSubjectKind says what a KPI measures.
type KpiSubjectKind string

// The kinds of KPI subjects.
const (
	KpiOfGoal        KpiSubjectKind = "GOAL"
	KpiOfWorkstream  KpiSubjectKind = "WORKSTREAM"
	KpiOfEventSeries KpiSubjectKind = "EVENT_SERIES"
)

// Valid reports whether k is known.
func (k KpiSubjectKind) Valid() bool {
	return k == KpiOfGoal || k == KpiOfWorkstream || k == KpiOfEventSeries
}

// KpiSubject is what a KPI measures.
type KpiSubject struct {
	Kind  KpiSubjectKind
	ID    string
	Title string
}

// KpiSubjectInput names what a KPI measures.
type KpiSubjectInput struct {
	Kind KpiSubjectKind
	ID   string
}

// KpiState is where a KPI stands.
type KpiState string

// The KPI states.
const (
	// KpiNoData: nothing measured yet.
	KpiNoData KpiState = "NO_DATA"
	// KpiAchieved: the latest value reached the target.
	KpiAchieved KpiState = "ACHIEVED"
	// KpiOnTrack: not reached, but at least where a straight line from baseline to target
	// would be at the latest measurement (without a target date: not worse than the baseline).
	KpiOnTrack KpiState = "ON_TRACK"
	// KpiBehind: off target.
	KpiBehind KpiState = "BEHIND"
)

// Kpi is a key figure [Kennzahl] of a goal, a workstream or an event series.
type Kpi struct {
	ID            string       `db:"id"`
	CooperationID string       `db:"cooperation_id"`
	GoalID        *string      `db:"goal_id"`
	WorkstreamID  *string      `db:"workstream_id"`
	SeriesID      *string      `db:"series_id"`
	Name          string       `db:"name"`
	Unit          string       `db:"unit"`
	Baseline      float64      `db:"baseline"`
	BaselineOn    *time.Time   `db:"baseline_on"`
	Target        float64      `db:"target"`
	TargetOn      *time.Time   `db:"target_on"`
	Direction     KpiDirection `db:"direction"`
	Version       int          `db:"version"`
	Subject       *KpiSubject  `db:"-"`
	// Measurements, oldest first.
	Measurements []*Measurement `db:"-"`
	// Latest is the newest measurement, if any.
	Latest *Measurement `db:"-"`
	// Progress is the share of the way from baseline to target covered by the latest value
	// (0 = baseline, 1 = target; below 0 when worse than the baseline; nil without data).
	Progress *float64 `db:"-"`
	State    KpiState `db:"-"`
}

// Measurement is a dated value of a KPI.
type Measurement struct {
	ID             string    `db:"id"`
	KpiID          string    `db:"kpi_id"`
	MeasuredOn     time.Time `db:"measured_on"`
	Value          float64   `db:"value"`
	Note           string    `db:"note"`
	RecordedByName string    `db:"recorded_by_name"`
}

// KpiProgress computes Progress and State of k from its measurements (oldest first) and sets
// Latest. It is the one place that says whether a KPI is on target.
func KpiProgress(k *Kpi) {
	k.Latest, k.Progress, k.State = nil, nil, KpiNoData
	if len(k.Measurements) == 0 {
		return
	}
	latest := k.Measurements[len(k.Measurements)-1]
	k.Latest = latest
	span := k.Target - k.Baseline
	if span == 0 {
		return
	}
	p := (latest.Value - k.Baseline) / span
	k.Progress = &p
	switch {
	case p >= 1:
		k.State = KpiAchieved
	case k.TargetOn == nil:
		if p >= 0 {
			k.State = KpiOnTrack
		} else {
			k.State = KpiBehind
		}
	default:
		start := k.Measurements[0].MeasuredOn
		if k.BaselineOn != nil {
			start = *k.BaselineOn
		}
		expected := 1.0
		if total := k.TargetOn.Sub(start); total > 0 {
			expected = float64(latest.MeasuredOn.Sub(start)) / float64(total)
			expected = min(max(expected, 0), 1)
		}
		if p >= expected {
			k.State = KpiOnTrack
		} else {
			k.State = KpiBehind
		}
	}
}

// CreateKpiInput adds a KPI.
type CreateKpiInput struct {
	CooperationID string
	Subject       *KpiSubjectInput
	Name          string
	Unit          string
	Baseline      float64
	BaselineOn    *time.Time
	Target        float64
	TargetOn      *time.Time
	Direction     KpiDirection
}

// UpdateKpiInput changes a KPI (not what it measures).
type UpdateKpiInput struct {
	ID              string
	Version         int
	Name            *string
	Unit            *string
	Baseline        *float64
	BaselineOn      *time.Time
	ClearBaselineOn *bool
	Target          *float64
	TargetOn        *time.Time
	ClearTargetOn   *bool
	Direction       *KpiDirection
}

// DeleteKpiInput deletes a KPI with its measurements.
type DeleteKpiInput struct {
	ID      string
	Version int
}

// RecordMeasurementInput records the value of a day; a second value for the same day
// replaces the first. A day in the future is refused.
type RecordMeasurementInput struct {
	KpiID      string
	MeasuredOn time.Time
	Value      float64
	Note       *string
}

// KpiService keeps KPIs and their measurements.
type KpiService interface {
	Kpi(ctx context.Context, id string) (*Kpi, error)
	CreateKpi(ctx context.Context, in CreateKpiInput) (*Kpi, error)
	UpdateKpi(ctx context.Context, in UpdateKpiInput) (*Kpi, error)
	DeleteKpi(ctx context.Context, in DeleteKpiInput) error
	// SeriesKpis returns the KPIs of each event series, in the order asked, in a fixed number of
	// statements.
	SeriesKpis(ctx context.Context, seriesIDs []string) ([][]*Kpi, error)
	RecordMeasurement(ctx context.Context, in RecordMeasurementInput) (*Kpi, error)
	DeleteMeasurement(ctx context.Context, id string) (*Kpi, error)
}
