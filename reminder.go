package koop

import (
	"context"
	"log/slog"
	"time"
)

// MailTaskDue reminds an assignee of their open tasks coming due or overdue, all in one mail
// (data: name, count, and tasks: a JSON list of {title, due, overdue, today, event, cooperation, link}).
const MailTaskDue MailTemplate = "task_due"

// DefaultTaskReminderDays is how many Europe/Berlin calendar days ahead of its due date an open
// task is reminded of, unless configured otherwise.
const DefaultTaskReminderDays = 2

// ReminderService sends the reminders that are due: to assignees of tasks coming due, to guests
// who have not answered. Of several server processes only one sends at a time, and what was
// sent is marked in the same transaction that queues the mail, so each reminder goes out once.
type ReminderService interface {
	// SendDueReminders queues the mails of every reminder due at now and returns how many it
	// queued; 0 and no error when another process is sending reminders right now.
	SendDueReminders(ctx context.Context, now time.Time) (int, error)
}

// ReminderSettings are a user's own choices about the reminders koop mails them.
type ReminderSettings struct {
	// EmailReminders: mail me about my tasks coming due ("Erinnerungen per E-Mail"); on unless
	// the user turned it off.
	EmailReminders bool `db:"email_reminders"`
}

// UpdateReminderSettingsInput changes the logged-in user's reminder settings.
type UpdateReminderSettingsInput struct {
	EmailReminders bool
}

// ReminderSettingsService reads and changes the logged-in user's own reminder settings.
type ReminderSettingsService interface {
	// MyReminderSettings returns the logged-in user's reminder settings.
	MyReminderSettings(ctx context.Context) (*ReminderSettings, error)
	// UpdateReminderSettings changes them.
	UpdateReminderSettings(ctx context.Context, in UpdateReminderSettingsInput) (*ReminderSettings, error)
}

// TaskRemindersUntil returns the last due date whose open tasks are reminded at now: the
// Europe/Berlin calendar day of now plus days, as midnight UTC (how due dates are kept).
func TaskRemindersUntil(now time.Time, days int) time.Time {
	y, m, d := now.In(Berlin).Date()
	return time.Date(y, m, d+days, 0, 0, 0, 0, time.UTC)
}

// TaskOverdue reports whether a task due on the calendar day due is overdue at now, that is
// due before today in Europe/Berlin.
func TaskOverdue(due, now time.Time) bool {
	return due.Format(time.DateOnly) < now.In(Berlin).Format(time.DateOnly)
}

// RunReminders sends due reminders at once and then every interval until ctx ends. Mails
// queued by a call reach the mail deliverer through the outbox's own signal.
func RunReminders(ctx context.Context, s ReminderService, every time.Duration, now func() time.Time) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		n, err := s.SendDueReminders(ctx, now())
		if err != nil && ctx.Err() == nil {
			slog.Error("reminders", "err", err)
		}
		if n > 0 {
			slog.Info("reminders queued", "mails", n)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}
