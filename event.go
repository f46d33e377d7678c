package koop

import (
	"context"
	"fmt"
	"time"
	_ "time/tzdata" // events are planned in Europe/Berlin on any machine
)

// Berlin is the time zone events are planned in.
var Berlin = mustLocation("Europe/Berlin")

func mustLocation(name string) *time.Location {
	loc, err := time.LoadLocation(name)
	if err != nil {
		panic(err)
	}
	return loc
}

// PermPlan: plan events, series and tasks (DOMAIN.md: coordinators plan).
const PermPlan Permission = 100

// PermTakeTasks: take a task or mark one's own task done (MEMBER and up).
const PermTakeTasks Permission = 101

func init() {
	extraPermissions[PermPlan] = []Role{RoleAdmin, RoleCoordinator}
	extraPermissions[PermTakeTasks] = []Role{RoleAdmin, RoleCoordinator, RoleMember}
}

// EventStatus is where an event stands.
type EventStatus string

// The event statuses, in their usual order.
const (
	EventIdea            EventStatus = "IDEA"
	EventPlanning        EventStatus = "PLANNING"
	EventConfirmed       EventStatus = "CONFIRMED"
	EventInvitationsSent EventStatus = "INVITATIONS_SENT"
	EventHeld            EventStatus = "HELD"
	EventDocumented      EventStatus = "DOCUMENTED"
	EventCancelled       EventStatus = "CANCELLED"
)

// eventTransitions is the status machine: forward one step, back one step while planning
// (plans change), cancel until the event was held, and revive a cancelled event as an idea.
var eventTransitions = map[EventStatus][]EventStatus{
	EventIdea:            {EventPlanning, EventCancelled},
	EventPlanning:        {EventConfirmed, EventIdea, EventCancelled},
	EventConfirmed:       {EventInvitationsSent, EventPlanning, EventCancelled},
	EventInvitationsSent: {EventHeld, EventCancelled},
	EventHeld:            {EventDocumented},
	EventDocumented:      {},
	EventCancelled:       {EventIdea},
}

// Valid reports whether s is a known status.
func (s EventStatus) Valid() bool {
	_, ok := eventTransitions[s]
	return ok
}

// Label is the German name of the status.
func (s EventStatus) Label() string {
	switch s {
	case EventIdea:
		return "Idee"
	case EventPlanning:
		return "In Planung"
	case EventConfirmed:
		return "Bestätigt"
	case EventInvitationsSent:
		return "Einladungen verschickt"
	case EventHeld:
		return "Durchgeführt"
	case EventDocumented:
		return "Dokumentiert"
	case EventCancelled:
		return "Abgesagt"
	}
	return string(s)
}

// AllowedTransitions lists the statuses s may move to.
func (s EventStatus) AllowedTransitions() []EventStatus {
	return append([]EventStatus{}, eventTransitions[s]...)
}

// CheckTransition returns an ECONFLICT error naming both statuses when from may not move to to.
func CheckTransition(from, to EventStatus) error {
	if !to.Valid() {
		return FieldErrorf(EINVALID, "status", "Unbekannter Status.")
	}
	for _, t := range eventTransitions[from] {
		if t == to {
			return nil
		}
	}
	return FieldErrorf(ECONFLICT, "status", "Eine Veranstaltung im Status „%s“ kann nicht auf „%s“ gesetzt werden.", from.Label(), to.Label())
}

// TaskTemplateItem is one task every new event of a series gets.
type TaskTemplateItem struct {
	Title          string   `json:"title"`
	DaysBefore     int      `json:"daysBefore"`
	OwnerPartnerID *string  `json:"ownerPartnerId,omitempty"`
	OwnerPartner   *Partner `json:"-"`
}

// DueOn is the task's due date for an event starting at start (in Berlin's calendar).
func (t TaskTemplateItem) DueOn(start time.Time) time.Time {
	y, m, d := start.In(Berlin).Date()
	return time.Date(y, m, d-t.DaysBefore, 0, 0, 0, 0, time.UTC)
}

// EventSeries is a recurring format.
type EventSeries struct {
	ID                   string              `db:"id"`
	CooperationID        string              `db:"cooperation_id"`
	Name                 string              `db:"name"`
	Description          string              `db:"description"`
	DefaultLeadPartnerID *string             `db:"default_lead_partner_id"`
	UsualMonth           *int                `db:"usual_month"`
	EventCount           int                 `db:"event_count"`
	Version              int                 `db:"version"`
	TaskTemplate         []*TaskTemplateItem `db:"-"`
	DefaultLeadPartner   *Partner            `db:"-"`
}

// EventOrganiser is a member organising an event.
type EventOrganiser struct {
	Membership *Membership
}

// Event is an occurrence of a joint event.
type Event struct {
	ID            string      `db:"id"`
	CooperationID string      `db:"cooperation_id"`
	Title         string      `db:"title"`
	SeriesID      *string     `db:"series_id"`
	StartsAt      time.Time   `db:"starts_at"`
	EndsAt        time.Time   `db:"ends_at"`
	Venue         string      `db:"venue"`
	Address       string      `db:"address"`
	Capacity      *int        `db:"capacity"`
	LeadPartnerID string      `db:"lead_partner_id"`
	Description   string      `db:"description"`
	Status        EventStatus `db:"status"`
	// RsvpDeadline ends the guests' answers through their link; nil: until the event starts.
	RsvpDeadline *time.Time `db:"rsvp_deadline"`
	// PlusOnesAllowed lets each guest bring one companion.
	PlusOnesAllowed bool         `db:"plus_ones_allowed"`
	OpenTaskCount   int          `db:"open_task_count"`
	CreatedAt       time.Time    `db:"created_at"`
	Version         int          `db:"version"`
	Series          *EventSeries `db:"-"`
	LeadPartner     *Partner     `db:"-"`
	Organisers      []*EventOrganiser
	Tasks           []*Task
	// Warnings are the planning warnings, loaded when asked for (EventLoad.Warnings).
	Warnings []*PlanningWarning
	// GuestCounts sums up the guest list, loaded when asked for (EventLoad.GuestCounts).
	GuestCounts *GuestCounts `db:"-"`
}

// AllowedTransitions lists the statuses the event may move to.
func (e *Event) AllowedTransitions() []EventStatus { return e.Status.AllowedTransitions() }

// EventList is a page of events.
type EventList struct {
	Items      []*Event
	TotalCount int
}

// EventFilter narrows the event list.
type EventFilter struct {
	From          *time.Time
	Until         *time.Time
	Statuses      []EventStatus
	SeriesID      *string
	LeadPartnerID *string
	Query         *string
}

// EventOrder sorts the event list.
type EventOrder string

// The event orders.
const (
	EventOrderStartsAtAsc  EventOrder = "STARTS_AT_ASC"
	EventOrderStartsAtDesc EventOrder = "STARTS_AT_DESC"
)

// EventLoad says which relations of events a request asks for, so a list loads exactly those,
// each for the whole page in one statement.
type EventLoad struct {
	Tasks      bool
	Organisers bool
	Warnings   bool
	// GuestCounts loads the guest counts of every event in one statement.
	GuestCounts bool
}

// TaskTemplateItemInput is one checklist item as a client sends it.
type TaskTemplateItemInput struct {
	Title          string
	DaysBefore     int
	OwnerPartnerID *string
}

// CheckTaskTemplate validates a checklist and returns it as stored.
func CheckTaskTemplate(in []*TaskTemplateItemInput) ([]*TaskTemplateItem, error) {
	if len(in) > 100 {
		return nil, FieldErrorf(EINVALID, "taskTemplate", "Eine Checkliste hat höchstens 100 Aufgaben.")
	}
	out := make([]*TaskTemplateItem, 0, len(in))
	for i, it := range in {
		title, err := RequireText(fmt.Sprintf("taskTemplate.%d.title", i), "Der Titel einer Aufgabe", it.Title, 200)
		if err != nil {
			return nil, err
		}
		if it.DaysBefore < -365 || it.DaysBefore > 730 {
			return nil, FieldErrorf(EINVALID, fmt.Sprintf("taskTemplate.%d.daysBefore", i), "Die Frist muss zwischen 365 Tagen nach und 730 Tagen vor der Veranstaltung liegen.")
		}
		out = append(out, &TaskTemplateItem{Title: title, DaysBefore: it.DaysBefore, OwnerPartnerID: it.OwnerPartnerID})
	}
	return out, nil
}

// CheckUsualMonth validates a usual month (nil or 1–12).
func CheckUsualMonth(m *int) error {
	if m != nil && (*m < 1 || *m > 12) {
		return FieldErrorf(EINVALID, "usualMonth", "Der Monat muss zwischen 1 und 12 liegen.")
	}
	return nil
}

// CreateEventSeriesInput creates a series.
type CreateEventSeriesInput struct {
	CooperationID        string
	Name                 string
	Description          *string
	DefaultLeadPartnerID *string
	UsualMonth           *int
	TaskTemplate         []*TaskTemplateItemInput
}

// UpdateEventSeriesInput changes a series.
type UpdateEventSeriesInput struct {
	ID                      string
	Version                 int
	Name                    *string
	Description             *string
	DefaultLeadPartnerID    *string
	ClearDefaultLeadPartner *bool
	UsualMonth              *int
	TaskTemplate            []*TaskTemplateItemInput
}

// DeleteEventSeriesInput deletes a series without events.
type DeleteEventSeriesInput struct {
	ID      string
	Version int
}

// DeleteEventInput deletes an event that never reached its guests.
type DeleteEventInput struct {
	ID      string
	Version int
}

// CreateEventInput creates an event.
type CreateEventInput struct {
	CooperationID          string
	Title                  string
	SeriesID               *string
	StartsAt               time.Time
	EndsAt                 time.Time
	Venue                  *string
	Address                *string
	Capacity               *int
	LeadPartnerID          *string
	OrganiserMembershipIds []string
	Description            *string
	Status                 *EventStatus
}

// UpdateEventInput changes an event.
type UpdateEventInput struct {
	ID                     string
	Version                int
	Title                  *string
	StartsAt               *time.Time
	EndsAt                 *time.Time
	Venue                  *string
	Address                *string
	Capacity               *int
	LeadPartnerID          *string
	OrganiserMembershipIds []string
	Description            *string
	RsvpDeadline           *time.Time
	ClearRsvpDeadline      bool
	PlusOnesAllowed        *bool
}

// Apply validates the changes and writes them onto e.
func (in UpdateEventInput) Apply(e *Event) error {
	var err error
	if in.Title != nil {
		if e.Title, err = RequireText("title", "Der Titel", *in.Title, 200); err != nil {
			return err
		}
	}
	if in.StartsAt != nil {
		e.StartsAt = *in.StartsAt
	}
	if in.EndsAt != nil {
		e.EndsAt = *in.EndsAt
	}
	if err := checkEventTimes(e.StartsAt, e.EndsAt); err != nil {
		return err
	}
	if in.Venue != nil {
		if e.Venue, err = OptionalText("venue", "Der Ort", *in.Venue, 200); err != nil {
			return err
		}
	}
	if in.Address != nil {
		if e.Address, err = OptionalText("address", "Die Adresse", *in.Address, 300); err != nil {
			return err
		}
	}
	if in.Capacity != nil {
		switch c := *in.Capacity; {
		case c < 0 || c > 100000:
			return FieldErrorf(EINVALID, "capacity", "Die Kapazität muss zwischen 1 und 100.000 liegen (0 für unbegrenzt).")
		case c == 0:
			e.Capacity = nil
		default:
			e.Capacity = &c
		}
	}
	if in.Description != nil {
		if e.Description, err = OptionalText("description", "Die Beschreibung", *in.Description, 10000); err != nil {
			return err
		}
	}
	if in.ClearRsvpDeadline {
		e.RsvpDeadline = nil
	} else if in.RsvpDeadline != nil {
		e.RsvpDeadline = in.RsvpDeadline
	}
	if e.RsvpDeadline != nil && !e.RsvpDeadline.Before(e.StartsAt) {
		return FieldErrorf(EINVALID, "rsvpDeadline", "Die Antwortfrist muss vor dem Beginn der Veranstaltung liegen.")
	}
	if in.PlusOnesAllowed != nil {
		e.PlusOnesAllowed = *in.PlusOnesAllowed
	}
	return nil
}

// RsvpClosesAt is when guests can no longer answer through their link.
func (e *Event) RsvpClosesAt() time.Time {
	if e.RsvpDeadline != nil {
		return *e.RsvpDeadline
	}
	return e.StartsAt
}

// ChangeEventStatusInput moves an event to another status.
type ChangeEventStatusInput struct {
	ID      string
	Version int
	Status  EventStatus
}

// EventService plans series and events.
type EventService interface {
	// EventSeries lists a cooperation's series.
	EventSeries(ctx context.Context, cooperationID string) ([]*EventSeries, error)
	// EventSeriesByID returns one series.
	EventSeriesByID(ctx context.Context, id string) (*EventSeries, error)
	// CreateEventSeries creates a series.
	CreateEventSeries(ctx context.Context, in CreateEventSeriesInput) (*EventSeries, error)
	// UpdateEventSeries changes a series.
	UpdateEventSeries(ctx context.Context, in UpdateEventSeriesInput) (*EventSeries, error)
	// Events lists a cooperation's events with the relations named in load.
	Events(ctx context.Context, cooperationID string, f EventFilter, order EventOrder, p Page, load EventLoad) (*EventList, error)
	// Event returns one event with the relations named in load.
	Event(ctx context.Context, id string, load EventLoad) (*Event, error)
	// CreateEvent creates an event and the tasks of its series' checklist.
	CreateEvent(ctx context.Context, in CreateEventInput) (*Event, error)
	// UpdateEvent changes an event.
	UpdateEvent(ctx context.Context, in UpdateEventInput) (*Event, error)
	// ChangeEventStatus moves an event along its status machine.
	ChangeEventStatus(ctx context.Context, in ChangeEventStatusInput) (*Event, error)
	// DeleteEventSeries deletes a series that has no events.
	DeleteEventSeries(ctx context.Context, in DeleteEventSeriesInput) error
	// DeleteEvent deletes an event with its tasks, budget, comments, files and draft guests,
	// as long as no invitation went out and it was not held.
	DeleteEvent(ctx context.Context, in DeleteEventInput) error
}

// checkEventTimes refuses an end not after the start and events longer than 14 days.
func checkEventTimes(start, end time.Time) error {
	if !end.After(start) {
		return FieldErrorf(EINVALID, "endsAt", "Das Ende muss nach dem Beginn liegen.")
	}
	if end.Sub(start) > 14*24*time.Hour {
		return FieldErrorf(EINVALID, "endsAt", "Eine Veranstaltung dauert höchstens 14 Tage.")
	}
	return nil
}
