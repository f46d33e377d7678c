package postgres

import (
	"time"

	"github.com/koop-lichtenberg/koop"
)

// Guests who have not answered are reminded once, a week before the answer deadline (or the
// start), and only if they were invited at least three days before that.
const (
	guestReminderBefore  = 7 * 24 * time.Hour
	guestReminderMinWait = 3 * 24 * time.Hour
)

func init() {
	reminderSteps = append(reminderSteps, reminderStep{name: "guests", run: remindGuests})
}

// remindGuests queues one reminder per invitation still without an answer, marks it in the same
// transaction, and so never sends it twice.
func remindGuests(tx *Tx, now time.Time) (int, error) {
	var due []*koop.Invitation
	if err := tx.sel(&due, invitationSelect+` JOIN events e ON e.id = i.event_id JOIN contacts c ON c.id = i.contact_id
		WHERE i.status = 'INVITED' AND i.reminded_at IS NULL AND i.invited_at <= $1::timestamptz - $3::interval
		AND e.status IN ('CONFIRMED', 'INVITATIONS_SENT')
		AND coalesce(e.rsvp_deadline, e.starts_at) > $1 AND coalesce(e.rsvp_deadline, e.starts_at) <= $1::timestamptz + $2::interval
		AND c.email IS NOT NULL AND c.opted_out_at IS NULL
		ORDER BY i.event_id, i.id FOR UPDATE OF i SKIP LOCKED`,
		now, guestReminderBefore.String(), guestReminderMinWait.String()); err != nil {
		return 0, err
	}
	events := map[string]*koop.Event{}
	for _, inv := range due {
		e := events[inv.EventID]
		if e == nil {
			var err error
			if e, err = tx.eventRow(inv.EventID, false); err != nil {
				return 0, err
			}
			events[inv.EventID] = e
		}
		if err := tx.exec(`UPDATE invitations SET reminded_at = $2 WHERE id = $1`, inv.ID, now); err != nil {
			return 0, err
		}
		if err := tx.mailGuest(e, inv, koop.MailGuestReminder); err != nil {
			return 0, err
		}
	}
	return len(due), nil
}
