package koop

import (
	"context"
	"strings"
	"time"
	"unicode/utf8"
)

// PermManageGuests lets a member invite guests, send invitations and record answers.
const PermManageGuests Permission = 130

// PermCheckIn lets a member check guests in at the door.
const PermCheckIn Permission = 131

func init() {
	extraPermissions[PermManageGuests] = []Role{RoleAdmin, RoleCoordinator}
	extraPermissions[PermCheckIn] = []Role{RoleAdmin, RoleCoordinator, RoleMember}
}

// InvitationStatus is where a guest's invitation stands.
type InvitationStatus string

// The invitation statuses: DRAFT → INVITED → ACCEPTED | DECLINED | WAITLISTED, then ATTENDED |
// NO_SHOW.
const (
	InvitationDraft      InvitationStatus = "DRAFT"
	InvitationInvited    InvitationStatus = "INVITED"
	InvitationAccepted   InvitationStatus = "ACCEPTED"
	InvitationDeclined   InvitationStatus = "DECLINED"
	InvitationWaitlisted InvitationStatus = "WAITLISTED"
	InvitationAttended   InvitationStatus = "ATTENDED"
	InvitationNoShow     InvitationStatus = "NO_SHOW"
)

// Valid reports whether s is a known status.
func (s InvitationStatus) Valid() bool {
	switch s {
	case InvitationDraft, InvitationInvited, InvitationAccepted, InvitationDeclined, InvitationWaitlisted, InvitationAttended, InvitationNoShow:
		return true
	}
	return false
}

// Label is the German name of the status.
func (s InvitationStatus) Label() string {
	switch s {
	case InvitationDraft:
		return "Entwurf"
	case InvitationInvited:
		return "Eingeladen"
	case InvitationAccepted:
		return "Zugesagt"
	case InvitationDeclined:
		return "Abgesagt"
	case InvitationWaitlisted:
		return "Warteliste"
	case InvitationAttended:
		return "Anwesend"
	case InvitationNoShow:
		return "Nicht erschienen"
	}
	return string(s)
}

// HoldsSeat reports whether a party with this status takes seats of the capacity.
func (s InvitationStatus) HoldsSeat() bool {
	return s == InvitationAccepted || s == InvitationAttended
}

// Answerable reports whether a guest may still answer (or change the answer) in this status.
func (s InvitationStatus) Answerable() bool {
	switch s {
	case InvitationInvited, InvitationAccepted, InvitationDeclined, InvitationWaitlisted:
		return true
	}
	return false
}

// RsvpAnswer is what a guest says to an invitation.
type RsvpAnswer string

// The answers.
const (
	AnswerAccept  RsvpAnswer = "ACCEPT"
	AnswerDecline RsvpAnswer = "DECLINE"
)

// Invitation is one guest party of an event: a contact (or a walk-in's name) and maybe a plus-one.
type Invitation struct {
	ID            string           `db:"id"`
	CooperationID string           `db:"cooperation_id"`
	EventID       string           `db:"event_id"`
	ContactID     *string          `db:"contact_id"`
	WalkInName    string           `db:"walk_in_name"`
	Status        InvitationStatus `db:"status"`
	PlusOne       bool             `db:"plus_one"`
	PlusOneName   string           `db:"plus_one_name"`
	InvitedAt     *time.Time       `db:"invited_at"`
	AnsweredAt    *time.Time       `db:"answered_at"`
	WaitlistedAt  *time.Time       `db:"waitlisted_at"`
	PromotedAt    *time.Time       `db:"promoted_at"`
	CheckedInAt   *time.Time       `db:"checked_in_at"`
	RemindedAt    *time.Time       `db:"reminded_at"`
	CreatedAt     time.Time        `db:"created_at"`
	UpdatedAt     time.Time        `db:"updated_at"`
	Version       int              `db:"version"`
	// Contact is the invited contact (nil for a walk-in without a record), its details hidden
	// when the reader may not see them.
	Contact *Contact `db:"-"`
	// WaitlistPosition is the 1-based place on the waiting list, 0 when not waiting.
	WaitlistPosition int `db:"-"`
}

// WalkIn reports whether the guest came without an invitation.
func (i *Invitation) WalkIn() bool {
	return i.InvitedAt == nil && i.Status == InvitationAttended
}

// Seats is how many seats the party takes: the guest and the plus-one.
func (i *Invitation) Seats() int {
	if i.PlusOne {
		return 2
	}
	return 1
}

// GuestName is the name the guest list shows.
func (i *Invitation) GuestName() string {
	if i.Contact != nil {
		return i.Contact.Name()
	}
	return i.WalkInName
}

// GuestCounts sums up an event's guest list.
type GuestCounts struct {
	EventID    string `db:"event_id"`
	Draft      int    `db:"draft"`
	Invited    int    `db:"invited"`
	Accepted   int    `db:"accepted"`
	Declined   int    `db:"declined"`
	Waitlisted int    `db:"waitlisted"`
	Attended   int    `db:"attended"`
	NoShow     int    `db:"no_show"`
	// SeatsTaken counts accepted and attending guests with their plus-ones.
	SeatsTaken int `db:"seats_taken"`
	// SeatsAttended counts the people through the door, plus-ones included.
	SeatsAttended int `db:"seats_attended"`
	// Capacity is the event's capacity, nil when unlimited.
	Capacity *int `db:"-"`
}

// SeatsFree is what is left of the capacity, nil when unlimited.
func (c *GuestCounts) SeatsFree() *int {
	if c.Capacity == nil {
		return nil
	}
	free := max(*c.Capacity-c.SeatsTaken, 0)
	return &free
}

// Promote picks, in waiting-list order, the waiting parties that fit into free seats: a party
// that does not fit is skipped (it keeps its place), never split, and a later smaller party may
// still fit. free < 0 means unlimited.
func Promote(free int, waiting []*Invitation) []*Invitation {
	var out []*Invitation
	for _, w := range waiting {
		if free >= 0 && w.Seats() > free {
			continue
		}
		out = append(out, w)
		if free >= 0 {
			free -= w.Seats()
		}
	}
	return out
}

// CheckPlusOneName refuses over-long or markup-laden names of plus-ones.
func CheckPlusOneName(name, field string) (string, error) {
	name = strings.Join(strings.Fields(name), " ")
	if utf8.RuneCountInString(name) > 200 {
		return "", FieldErrorf(EINVALID, field, "Der Name ist zu lang (höchstens 200 Zeichen).")
	}
	if strings.ContainsAny(name, "<>") {
		return "", FieldErrorf(EINVALID, field, "Der Name darf keine spitzen Klammern enthalten.")
	}
	return name, nil
}

// InviteGuestsInput adds contacts to an event's guest list as drafts: chosen one by one, from a
// distribution list, or the guests of a previous event (those who accepted or attended).
type InviteGuestsInput struct {
	EventID            string
	ContactIDs         []string
	DistributionListID *string
	FromEventID        *string
}

// SkippedGuest is a contact not added or not sent to, and why.
type SkippedGuest struct {
	ContactID string
	Name      string
	Reason    string
}

// InviteGuestsResult reports what inviting did.
type InviteGuestsResult struct {
	Added   []*Invitation
	Skipped []*SkippedGuest
}

// SendInvitationsInput sends the drafts of an event (all, or the ones named) by mail.
type SendInvitationsInput struct {
	EventID       string
	InvitationIDs []string
}

// SendInvitationsResult reports what sending did.
type SendInvitationsResult struct {
	Sent    int
	Skipped []*SkippedGuest
}

// RecordAnswerInput records a guest's answer, by staff (a phone call) or through the RSVP page.
type RecordAnswerInput struct {
	ID          string
	Version     int
	Answer      RsvpAnswer
	PlusOne     bool
	PlusOneName string
}

// CheckInInput marks a guest as arrived (or, with Undo, not arrived after all).
type CheckInInput struct {
	ID   string
	Undo bool
}

// AddWalkInInput adds a guest who came without an invitation, checked in at once.
type AddWalkInInput struct {
	EventID   string
	ContactID *string
	Name      string
	PlusOne   bool
}

// GuestFilter narrows a guest list.
type GuestFilter struct {
	Statuses []InvitationStatus
	Query    *string
}

// GuestList is an event's guest list with its counts.
type GuestList struct {
	Event  *Event
	Items  []*Invitation
	Counts *GuestCounts
}

// Rsvp is what the public RSVP page shows to a guest who holds the personal link.
type Rsvp struct {
	Invitation      *Invitation
	Event           *Event
	CooperationID   string
	CooperationName string
	// LetterSalutation greets the guest: "Sehr geehrte Frau Dr. Schulz".
	LetterSalutation string
	Deadline         time.Time
	// Open is false after the deadline, once the event started, or when it was cancelled.
	Open bool
	// ClosedReason says in German why the answer can no longer be changed.
	ClosedReason string
	OptedOut     bool
}

// GuestName is the guest's name as the page greets them.
func (r *Rsvp) GuestName() string { return r.Invitation.GuestName() }

// Status is where the guest's invitation stands.
func (r *Rsvp) Status() InvitationStatus { return r.Invitation.Status }

// PlusOne reports whether the guest brings a companion.
func (r *Rsvp) PlusOne() bool { return r.Invitation.PlusOne }

// PlusOneName is the companion's name.
func (r *Rsvp) PlusOneName() string { return r.Invitation.PlusOneName }

// WaitlistPosition is the place on the waiting list, 0 when not waiting.
func (r *Rsvp) WaitlistPosition() int { return r.Invitation.WaitlistPosition }

// PlusOnesAllowed reports whether guests may bring a companion.
func (r *Rsvp) PlusOnesAllowed() bool { return r.Event.PlusOnesAllowed }

// EventTitle is the event's title.
func (r *Rsvp) EventTitle() string { return r.Event.Title }

// StartsAt is the event's start.
func (r *Rsvp) StartsAt() time.Time { return r.Event.StartsAt }

// EndsAt is the event's end.
func (r *Rsvp) EndsAt() time.Time { return r.Event.EndsAt }

// Venue is the event's venue.
func (r *Rsvp) Venue() string { return r.Event.Venue }

// Address is the event's address.
func (r *Rsvp) Address() string { return r.Event.Address }

// Description is the event's description.
func (r *Rsvp) Description() string { return r.Event.Description }

// EventCancelled reports whether the event was called off.
func (r *Rsvp) EventCancelled() bool { return r.Event.Status == EventCancelled }

// RsvpAnswerInput is a guest's answer through the personal link.
type RsvpAnswerInput struct {
	Token       string
	Answer      RsvpAnswer
	PlusOne     bool
	PlusOneName string
}

// InvitationService keeps guest lists, the waiting list and the public RSVP.
type InvitationService interface {
	// Guests returns an event's guest list and counts, in a constant number of statements.
	Guests(ctx context.Context, eventID string, f GuestFilter) (*GuestList, error)
	// GuestCounts returns the counts of many events at once (for lists and the dashboard).
	GuestCounts(ctx context.Context, eventIDs []string) (map[string]*GuestCounts, error)
	// InviteGuests adds drafts; contacts already on the list are skipped with a reason.
	InviteGuests(ctx context.Context, in InviteGuestsInput) (*InviteGuestsResult, error)
	// SendInvitations mails drafts with their RSVP link; a retry sends nothing twice.
	SendInvitations(ctx context.Context, in SendInvitationsInput) (*SendInvitationsResult, error)
	// RecordAnswer records an answer on a guest's behalf.
	RecordAnswer(ctx context.Context, in RecordAnswerInput) (*Invitation, error)
	// DeleteInvitation removes a draft that was never sent.
	DeleteInvitation(ctx context.Context, id string, version int) error
	// CheckIn marks a guest as arrived, or undoes it.
	CheckIn(ctx context.Context, in CheckInInput) (*Invitation, error)
	// AddWalkIn adds a guest at the door.
	AddWalkIn(ctx context.Context, in AddWalkInInput) (*Invitation, error)
	// Rsvp opens an invitation by its personal token (no login); an unknown token is ENOTFOUND.
	Rsvp(ctx context.Context, token string) (*Rsvp, error)
	// AnswerRsvp records the guest's own answer.
	AnswerRsvp(ctx context.Context, in RsvpAnswerInput) (*Rsvp, error)
	// OptOut stops all further invitation mails to the token's contact.
	OptOut(ctx context.Context, token string) (*Rsvp, error)
}

// The mails to guests.
const (
	// MailGuestInvitation invites a guest with the personal RSVP link and an .ics file.
	MailGuestInvitation MailTemplate = "guest_invitation"
	// MailGuestPromoted tells a waiting guest that a seat became free and is theirs.
	MailGuestPromoted MailTemplate = "guest_promoted"
	// MailGuestReminder reminds a guest who has not answered, once, before the deadline.
	MailGuestReminder MailTemplate = "guest_reminder"
)
