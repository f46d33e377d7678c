package postgres

import (
	"strings"
	"time"

	"github.com/koop-lichtenberg/koop"
)

// jurorReminderBefore: a juror who has not submitted is reminded once when the vote closes
// within this time.
const jurorReminderBefore = 7 * 24 * time.Hour

func init() {
	reminderSteps = append(reminderSteps, reminderStep{name: "award_jurors", run: remindJurors})
}

// jurorReminder is a juror still without a submitted ballot, with the cycle and how to reach them.
type jurorReminder struct {
	JurorID        string      `db:"juror_id"`
	CycleID        string      `db:"cycle_id"`
	CooperationID  string      `db:"cooperation_id"`
	Title          string      `db:"title"`
	VotingClosesAt time.Time   `db:"voting_closes_at"`
	Email          string      `db:"email"`
	Name           string      `db:"name"`
	Locale         koop.Locale `db:"locale"`
}

// remindJurors mails every juror of a cycle whose vote closes within a week and who has not
// submitted, once: reminded_at is set in the same transaction. Like task reminders, only active
// users with an active membership who have not turned reminders off are mailed.
func remindJurors(tx *Tx, now time.Time) (int, error) {
	var due []jurorReminder
	if err := tx.sel(&due, `SELECT j.id AS juror_id, y.id AS cycle_id, y.cooperation_id, y.title, y.voting_closes_at, u.email, u.name, u.locale
		FROM award_jurors j
		JOIN award_cycles y ON y.id = j.cycle_id
		JOIN users u ON u.id = j.user_id
		JOIN memberships m ON m.cooperation_id = y.cooperation_id AND m.user_id = u.id
		WHERE y.phase = 'JURY_VOTING' AND y.voting_closes_at > $1 AND y.voting_closes_at <= $1::timestamptz + $2::interval
			AND j.submitted_at IS NULL AND j.reminded_at IS NULL
			AND u.active AND u.email_reminders AND m.active
		ORDER BY y.id, j.id FOR UPDATE OF j SKIP LOCKED`, now, jurorReminderBefore.String()); err != nil {
		return 0, err
	}
	base := strings.TrimRight(tx.db.cfg.PublicURL, "/")
	for _, d := range due {
		if err := tx.exec(`UPDATE award_jurors SET reminded_at = $2 WHERE id = $1`, d.JurorID, now); err != nil {
			return 0, err
		}
		if err := tx.queueMail(d.Email, koop.MailJurorReminder, d.Locale, map[string]string{
			"name":        d.Name,
			"cycle":       d.Title,
			"deadline":    koop.GermanDateTime(d.VotingClosesAt),
			"deadline_en": d.VotingClosesAt.In(koop.Berlin).Format("Monday, 2 January 2006, 15:04"),
			"link":        base + "/c/" + d.CooperationID + "/award/" + d.CycleID + "/score",
		}); err != nil {
			return 0, err
		}
		var ch koop.Changes
		ch.Set("remindedAt", nil, now)
		if err := tx.audit(&d.CooperationID, "award_juror.remind", "Juror", d.JurorID, ch); err != nil {
			return 0, err
		}
	}
	return len(due), nil
}
