package postgres

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/lib/pq"

	"github.com/koop-lichtenberg/koop"
)

// ReminderConfig tunes the reminders.
type ReminderConfig struct {
	// TaskDays: an open task is reminded this many Europe/Berlin calendar days before its due
	// date (0: on the day), and when it is overdue.
	TaskDays int
}

// Reminders implements koop.ReminderService: one transaction runs every registered reminder
// step under an advisory lock.
type Reminders struct {
	db  *DB
	cfg ReminderConfig
}

// NewReminders returns the reminder runner.
func NewReminders(db *DB, cfg ReminderConfig) *Reminders { return &Reminders{db: db, cfg: cfg} }

var _ koop.ReminderService = (*Reminders)(nil)

// reminderAdvisoryLock keys the lock that lets one server process send reminders at a time
// (mail delivery has its own, mailAdvisoryLock).
const reminderAdvisoryLock = 7002

// reminderStep is one kind of reminder. run queues the mails of the reminders due at now, marks
// them sent in the same transaction, and returns how many mails it queued.
type reminderStep struct {
	name string
	run  func(tx *Tx, now time.Time) (int, error)
}

// reminderSteps run in order on every SendDueReminders. A file adds its kind of reminder with
// `func init() { reminderSteps = append(reminderSteps, reminderStep{…}) }`.
var reminderSteps []reminderStep

type reminderConfigKey struct{}

// reminderConfig returns the configuration of the SendDueReminders call the transaction runs.
func (tx *Tx) reminderConfig() ReminderConfig {
	if cfg, ok := tx.ctx.Value(reminderConfigKey{}).(ReminderConfig); ok {
		return cfg
	}
	return ReminderConfig{TaskDays: koop.DefaultTaskReminderDays}
}

// SendDueReminders runs every reminder step in one transaction, unless another process holds
// the reminder lock. Each step runs behind a savepoint, so that a step that fails (and is
// retried on the next call) does not hold back the reminders of the others.
func (r *Reminders) SendDueReminders(ctx context.Context, now time.Time) (int, error) {
	ctx = context.WithValue(ctx, reminderConfigKey{}, r.cfg)
	queued := 0
	var failed []error
	err := r.db.transact(ctx, func(tx *Tx) error {
		tx.Now = now.UTC().Truncate(time.Microsecond)
		var locked bool
		if err := tx.get(&locked, `SELECT pg_try_advisory_xact_lock($1)`, reminderAdvisoryLock); err != nil || !locked {
			return err
		}
		for _, s := range reminderSteps {
			if err := tx.exec(`SAVEPOINT reminder_step`); err != nil {
				return err
			}
			n, err := s.run(tx, tx.Now)
			if err != nil {
				if rbErr := tx.exec(`ROLLBACK TO SAVEPOINT reminder_step`); rbErr != nil {
					return errors.Join(err, rbErr)
				}
				failed = append(failed, fmt.Errorf("reminder step %s: %w", s.name, err))
				continue
			}
			if err := tx.exec(`RELEASE SAVEPOINT reminder_step`); err != nil {
				return err
			}
			queued += n
		}
		return nil
	})
	if err != nil {
		return 0, err
	}
	return queued, errors.Join(failed...)
}

func init() {
	reminderSteps = append(reminderSteps, reminderStep{name: "tasks", run: remindTasks})
}

// taskReminder is an open task coming due, with its assignee.
type taskReminder struct {
	TaskID        string         `db:"task_id"`
	CooperationID string         `db:"cooperation_id"`
	Cooperation   string         `db:"cooperation_name"`
	EventID       sql.NullString `db:"event_id"`
	EventTitle    sql.NullString `db:"event_title"`
	Title         string         `db:"title"`
	DueOn         time.Time      `db:"due_on"`
	UserID        string         `db:"user_id"`
	Email         string         `db:"email"`
	Name          string         `db:"name"`
	Locale        koop.Locale    `db:"locale"`
}

// remindTasks sends each assignee one mail listing their open tasks that are due within the
// configured days or overdue and were not yet reminded for this due date. Only active users
// who may complete the task — an active membership as MEMBER, COORDINATOR or ADMIN — and have
// not turned reminders off are reminded; tasks of cancelled events are left alone.
func remindTasks(tx *Tx, now time.Time) (int, error) {
	until := koop.TaskRemindersUntil(now, tx.reminderConfig().TaskDays)
	var due []taskReminder
	if err := tx.sel(&due, `SELECT t.id AS task_id, t.cooperation_id, c.name AS cooperation_name, t.event_id, e.title AS event_title,
			t.title, t.due_on, u.id AS user_id, u.email, u.name, u.locale
		FROM tasks t
		JOIN users u ON u.id = t.assignee_id
		JOIN memberships m ON m.cooperation_id = t.cooperation_id AND m.user_id = u.id
		JOIN cooperations c ON c.id = t.cooperation_id
		LEFT JOIN events e ON e.id = t.event_id
		WHERE NOT t.done AND t.due_on <= $1::date AND u.active AND u.email_reminders AND m.active AND m.role IN ('ADMIN', 'COORDINATOR', 'MEMBER')
			AND (e.status IS NULL OR e.status <> 'CANCELLED')
			AND NOT EXISTS (SELECT 1 FROM task_reminders r WHERE r.task_id = t.id AND r.due_on = t.due_on AND r.user_id = u.id)
		ORDER BY u.id, t.due_on, lower(t.title), t.id`, until.Format(time.DateOnly)); err != nil {
		return 0, err
	}
	if len(due) == 0 {
		return 0, nil
	}
	// Mark them first; a reminder another process marked meanwhile (the key says so) is not
	// mailed again.
	taskIDs, dates, userIDs := make([]string, len(due)), make([]string, len(due)), make([]string, len(due))
	for i, d := range due {
		taskIDs[i], dates[i], userIDs[i] = d.TaskID, d.DueOn.Format(time.DateOnly), d.UserID
	}
	var marked []struct {
		TaskID string `db:"task_id"`
		UserID string `db:"user_id"`
	}
	if err := tx.sel(&marked, `INSERT INTO task_reminders (task_id, due_on, user_id, sent_at)
		SELECT task_id, due_on, user_id, $4 FROM unnest($1::uuid[], $2::date[], $3::uuid[]) AS r (task_id, due_on, user_id)
		ON CONFLICT DO NOTHING RETURNING task_id, user_id`, pq.Array(taskIDs), pq.Array(dates), pq.Array(userIDs), tx.Now); err != nil {
		return 0, err
	}
	isMarked := make(map[[2]string]bool, len(marked))
	for _, m := range marked {
		isMarked[[2]string{m.TaskID, m.UserID}] = true
	}
	var coops, tasks, changes []string
	mails := 0
	base := strings.TrimRight(tx.db.cfg.PublicURL, "/")
	for i := 0; i < len(due); {
		user := due[i]
		var list []map[string]string
		for ; i < len(due) && due[i].UserID == user.UserID; i++ {
			d := due[i]
			if !isMarked[[2]string{d.TaskID, d.UserID}] {
				continue
			}
			list = append(list, taskReminderData(base, &d, now))
			var ch koop.Changes
			ch.Set("dueOn", nil, d.DueOn.Format(time.DateOnly))
			ch.Set("remindedUserId", nil, d.UserID)
			b, err := json.Marshal(ch)
			if err != nil {
				return 0, err
			}
			coops, tasks, changes = append(coops, d.CooperationID), append(tasks, d.TaskID), append(changes, string(b))
		}
		if len(list) == 0 {
			continue
		}
		b, err := json.Marshal(list)
		if err != nil {
			return 0, err
		}
		if err := tx.queueMail(user.Email, koop.MailTaskDue, user.Locale, map[string]string{
			"name": user.Name, "count": strconv.Itoa(len(list)), "tasks": string(b),
		}); err != nil {
			return 0, err
		}
		mails++
	}
	if len(tasks) > 0 {
		if err := tx.exec(`INSERT INTO audit_entries (cooperation_id, at, actor_id, action, entity_type, entity_id, changes, request_id)
			SELECT cooperation_id, $4, NULL, 'task.remind', 'Task', task_id, changes, $5
			FROM unnest($1::uuid[], $2::text[], $3::jsonb[]) AS a (cooperation_id, task_id, changes)`,
			pq.Array(coops), pq.Array(tasks), pq.Array(changes), tx.Now, koop.RequestFromContext(tx.ctx).ID); err != nil {
			return 0, err
		}
	}
	return mails, nil
}

// taskReminderData is one task as the task_due mail lists it: the due date in German notation
// and whether it is today or past, what the task belongs to (its event, or else its
// cooperation) and the SPA page that shows it.
func taskReminderData(base string, d *taskReminder, now time.Time) map[string]string {
	out := map[string]string{
		"title": d.Title, "due": d.DueOn.Format("02.01.2006"), "overdue": "", "today": "", "event": "", "cooperation": d.Cooperation,
		"link": base + "/c/" + d.CooperationID,
	}
	if koop.TaskOverdue(d.DueOn, now) {
		out["overdue"] = "true"
	} else if d.DueOn.Format(time.DateOnly) == now.In(koop.Berlin).Format(time.DateOnly) {
		out["today"] = "true"
	}
	if d.EventID.Valid {
		out["event"] = d.EventTitle.String
		out["link"] += "/events/" + d.EventID.String + "?tab=tasks"
	}
	return out
}

// ReminderSettingsService implements koop.ReminderSettingsService on the users table.
type ReminderSettingsService struct{ db *DB }

// NewReminderSettingsService returns the reminder settings service.
func NewReminderSettingsService(db *DB) *ReminderSettingsService {
	return &ReminderSettingsService{db: db}
}

var _ koop.ReminderSettingsService = (*ReminderSettingsService)(nil)

// MyReminderSettings returns the actor's reminder settings.
func (s *ReminderSettingsService) MyReminderSettings(ctx context.Context) (*koop.ReminderSettings, error) {
	var out koop.ReminderSettings
	err := s.db.read(ctx, func(tx *Tx) error {
		a, err := tx.actor()
		if err != nil {
			return err
		}
		return tx.get(&out, `SELECT email_reminders FROM users WHERE id = $1`, a.UserID)
	})
	if err != nil {
		return nil, err
	}
	return &out, nil
}

// UpdateReminderSettings changes the actor's reminder settings; the audit trail records the
// change.
func (s *ReminderSettingsService) UpdateReminderSettings(ctx context.Context, in koop.UpdateReminderSettingsInput) (*koop.ReminderSettings, error) {
	var out koop.ReminderSettings
	err := s.db.transact(ctx, func(tx *Tx) error {
		a, err := tx.actor()
		if err != nil {
			return err
		}
		if err := tx.get(&out, `SELECT email_reminders FROM users WHERE id = $1 FOR UPDATE`, a.UserID); err != nil {
			return err
		}
		var ch koop.Changes
		ch.Set("emailReminders", out.EmailReminders, in.EmailReminders)
		if len(ch) == 0 {
			return nil
		}
		out.EmailReminders = in.EmailReminders
		if err := tx.exec(`UPDATE users SET email_reminders = $2, updated_at = $3, version = version + 1 WHERE id = $1`,
			a.UserID, in.EmailReminders, tx.Now); err != nil {
			return err
		}
		return tx.audit(nil, "user.update", "User", a.UserID, ch)
	})
	if err != nil {
		return nil, err
	}
	return &out, nil
}
