package postgres

import "time"

// AddFailingReminderStep registers, until remove is called, a reminder step that runs first,
// queues a mail to to and then fails with err (tests).
func AddFailingReminderStep(to string, err error) (remove func()) {
	saved := reminderSteps
	reminderSteps = append([]reminderStep{{name: "failing", run: func(tx *Tx, now time.Time) (int, error) {
		if e := tx.queueMail(to, "task_due", "DE", map[string]string{}); e != nil {
			return 0, e
		}
		return 1, err
	}}}, saved...)
	return func() { reminderSteps = saved }
}
