package koop

import (
	"context"
	"time"
)

// Task is the one task kind of koop: on an event, later on a workstream or a retreat
// decision, or on its own.
type Task struct {
	ID             string          `db:"id"`
	CooperationID  string          `db:"cooperation_id"`
	EventID        *string         `db:"event_id"`
	WorkstreamID   *string         `db:"workstream_id"`
	Title          string          `db:"title"`
	DueOn          *time.Time      `db:"due_on"`
	Done           bool            `db:"done"`
	DoneAt         *time.Time      `db:"done_at"`
	AssigneeID     *string         `db:"assignee_id"`
	OwnerPartnerID *string         `db:"owner_partner_id"`
	Version        int             `db:"version"`
	Assignee       *TaskAssignee   `db:"-"`
	OwnerPartner   *Partner        `db:"-"`
	Event          *TaskEvent      `db:"-"`
	Workstream     *TaskWorkstream `db:"-"`
}

// TaskWorkstream is the workstream a task belongs to, as task lists show it.
type TaskWorkstream struct {
	ID    string `db:"id"`
	Title string `db:"title"`
}

// TaskAssignee is the person a task is assigned to.
type TaskAssignee struct {
	ID   string `db:"id"`
	Name string `db:"name"`
}

// TaskEvent is the event a task belongs to, as task lists show it.
type TaskEvent struct {
	ID       string    `db:"id"`
	Title    string    `db:"title"`
	StartsAt time.Time `db:"starts_at"`
}

// TaskList is a page of tasks.
type TaskList struct {
	Items      []*Task
	TotalCount int
}

// CreateTaskInput creates a task.
type CreateTaskInput struct {
	CooperationID  string
	EventID        *string
	WorkstreamID   *string
	Title          string
	DueOn          *time.Time
	AssigneeID     *string
	OwnerPartnerID *string
}

// UpdateTaskInput changes a task.
type UpdateTaskInput struct {
	ID             string
	Version        int
	Title          *string
	DueOn          *time.Time
	ClearDueOn     *bool
	AssigneeID     *string
	ClearAssignee  *bool
	OwnerPartnerID *string
	Done           *bool
}

// OnlyTakesOrCompletes reports whether the change is one a member may make to a task: taking it
// (assigning themselves) or marking it done or open — nothing else.
func (in UpdateTaskInput) OnlyTakesOrCompletes() bool {
	return in.Title == nil && in.DueOn == nil && in.ClearDueOn == nil && in.ClearAssignee == nil && in.OwnerPartnerID == nil
}

// DeleteTaskInput deletes a task.
type DeleteTaskInput struct {
	ID      string
	Version int
}

// TaskService manages tasks.
type TaskService interface {
	// MyTasks lists the actor's tasks across their cooperations, soonest due first.
	MyTasks(ctx context.Context, done bool, p Page) (*TaskList, error)
	// CreateTask creates a task.
	CreateTask(ctx context.Context, in CreateTaskInput) (*Task, error)
	// UpdateTask changes, takes or completes a task.
	UpdateTask(ctx context.Context, in UpdateTaskInput) (*Task, error)
	// DeleteTask deletes a task.
	DeleteTask(ctx context.Context, in DeleteTaskInput) error
}
