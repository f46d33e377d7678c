package koop

import (
	"context"
	"time"
)

// WorkstreamStatus is where a joint project stands.
type WorkstreamStatus string

// The workstream statuses.
const (
	WorkstreamProposed WorkstreamStatus = "PROPOSED"
	WorkstreamOnTrack  WorkstreamStatus = "ON_TRACK"
	WorkstreamAtRisk   WorkstreamStatus = "AT_RISK"
	WorkstreamOffTrack WorkstreamStatus = "OFF_TRACK"
	WorkstreamDone     WorkstreamStatus = "DONE"
	WorkstreamPaused   WorkstreamStatus = "PAUSED"
)

// WorkstreamStatuses lists every status in board order.
var WorkstreamStatuses = []WorkstreamStatus{WorkstreamProposed, WorkstreamOnTrack, WorkstreamAtRisk, WorkstreamOffTrack, WorkstreamPaused, WorkstreamDone}

// Valid reports whether s is known.
func (s WorkstreamStatus) Valid() bool {
	for _, x := range WorkstreamStatuses {
		if s == x {
			return true
		}
	}
	return false
}

// Label is the German name of the status, for messages.
func (s WorkstreamStatus) Label() string {
	switch s {
	case WorkstreamProposed:
		return "Vorgeschlagen"
	case WorkstreamOnTrack:
		return "Im Plan"
	case WorkstreamAtRisk:
		return "Gefährdet"
	case WorkstreamOffTrack:
		return "Nicht im Plan"
	case WorkstreamDone:
		return "Abgeschlossen"
	case WorkstreamPaused:
		return "Pausiert"
	}
	return string(s)
}

// Workstream is a joint project [gemeinsames Projekt] of the partners.
type Workstream struct {
	ID            string           `db:"id"`
	CooperationID string           `db:"cooperation_id"`
	Title         string           `db:"title"`
	Description   string           `db:"description"`
	Status        WorkstreamStatus `db:"status"`
	Priority      *Priority        `db:"priority"`
	StartsOn      time.Time        `db:"starts_on"`
	EndsOn        *time.Time       `db:"ends_on"`
	CreatedAt     time.Time        `db:"created_at"`
	UpdatedAt     time.Time        `db:"updated_at"`
	Version       int              `db:"version"`
	// Leads are the members leading it, ideally one from each partner.
	Leads []*WorkstreamLead `db:"-"`
	// Partners are the partners of the leads, in partner order.
	Partners []*Partner `db:"-"`
	// Goals are the goals it serves, in tree order.
	Goals []*GoalRef `db:"-"`
	// Milestones, by due date.
	Milestones []*Milestone `db:"-"`
	// Kpis measure it.
	Kpis []*Kpi `db:"-"`
	// StatusReports, newest first.
	StatusReports []*StatusReport `db:"-"`
	// Tasks on it, open ones first by due date.
	Tasks         []*Task `db:"-"`
	OpenTaskCount int     `db:"-"`
	// CanManage: the reader may edit it (COORDINATOR, ADMIN).
	CanManage bool `db:"-"`
	// CanReport: the reader may write status reports, mark milestones done and record
	// measurements of its KPIs (planners and its leads).
	CanReport bool `db:"-"`
}

// WorkstreamLead is a member leading a workstream.
type WorkstreamLead struct {
	MembershipID string   `db:"membership_id"`
	UserID       string   `db:"user_id"`
	Name         string   `db:"name"`
	Partner      *Partner `db:"-"`
}

// Milestone is a dated step of a workstream; its due date lies within the workstream's dates.
type Milestone struct {
	ID           string     `db:"id"`
	WorkstreamID string     `db:"workstream_id"`
	Title        string     `db:"title"`
	DueOn        time.Time  `db:"due_on"`
	DoneOn       *time.Time `db:"done_on"`
	Version      int        `db:"version"`
	// Overdue: not done and due before today (Berlin).
	Overdue bool `db:"-"`
}

// StatusReport is a periodic report on a workstream; it sets the workstream's status.
type StatusReport struct {
	ID           string           `db:"id"`
	WorkstreamID string           `db:"workstream_id"`
	Status       WorkstreamStatus `db:"status"`
	Summary      string           `db:"summary"`
	AuthorName   string           `db:"author_name"`
	CreatedAt    time.Time        `db:"created_at"`
}

// WorkstreamFilter narrows the board.
type WorkstreamFilter struct {
	Status []WorkstreamStatus
	GoalID *string
}

// CreateWorkstreamInput creates a workstream.
type CreateWorkstreamInput struct {
	CooperationID     string
	Title             string
	Description       *string
	Status            *WorkstreamStatus
	Priority          *Priority
	StartsOn          time.Time
	EndsOn            *time.Time
	LeadMembershipIDs []string
	GoalIDs           []string
}

// UpdateWorkstreamInput changes a workstream. Leads and goals, when given, replace the old
// ones. New dates must still contain every milestone.
type UpdateWorkstreamInput struct {
	ID                string
	Version           int
	Title             *string
	Description       *string
	Status            *WorkstreamStatus
	Priority          *Priority
	ClearPriority     *bool
	StartsOn          *time.Time
	EndsOn            *time.Time
	ClearEndsOn       *bool
	LeadMembershipIDs []string
	GoalIDs           []string
}

// DeleteWorkstreamInput deletes a workstream with its milestones, reports, KPIs, tasks,
// comments and files.
type DeleteWorkstreamInput struct {
	ID      string
	Version int
}

// CreateMilestoneInput adds a milestone.
type CreateMilestoneInput struct {
	WorkstreamID string
	Title        string
	DueOn        time.Time
}

// UpdateMilestoneInput changes a milestone; DoneOn marks it done, ClearDoneOn reopens it.
type UpdateMilestoneInput struct {
	ID          string
	Version     int
	Title       *string
	DueOn       *time.Time
	DoneOn      *time.Time
	ClearDoneOn *bool
}

// DeleteMilestoneInput deletes a milestone.
type DeleteMilestoneInput struct {
	ID      string
	Version int
}

// AddStatusReportInput writes a status report and sets the workstream's status.
type AddStatusReportInput struct {
	WorkstreamID string
	// Version is the workstream's version as read (its status may have changed since).
	Version int
	Status  WorkstreamStatus
	Summary string
}

// WorkstreamService keeps the joint workstreams.
type WorkstreamService interface {
	// Workstreams is the board: every workstream with leads, partners, goals, milestones, KPIs
	// and its latest report, in a constant number of statements.
	Workstreams(ctx context.Context, cooperationID string, f WorkstreamFilter) ([]*Workstream, error)
	Workstream(ctx context.Context, id string) (*Workstream, error)
	CreateWorkstream(ctx context.Context, in CreateWorkstreamInput) (*Workstream, error)
	UpdateWorkstream(ctx context.Context, in UpdateWorkstreamInput) (*Workstream, error)
	DeleteWorkstream(ctx context.Context, in DeleteWorkstreamInput) error
	CreateMilestone(ctx context.Context, in CreateMilestoneInput) (*Workstream, error)
	UpdateMilestone(ctx context.Context, in UpdateMilestoneInput) (*Workstream, error)
	DeleteMilestone(ctx context.Context, in DeleteMilestoneInput) (*Workstream, error)
	AddStatusReport(ctx context.Context, in AddStatusReportInput) (*Workstream, error)
}
