package postgres

import (
	"context"
	"database/sql"
	"errors"
	"time"

	"github.com/lib/pq"

	"github.com/koop-lichtenberg/koop"
)

// TaskService implements koop.TaskService.
type TaskService struct{ db *DB }

// NewTaskService returns the task service.
func NewTaskService(db *DB) *TaskService { return &TaskService{db: db} }

var _ koop.TaskService = (*TaskService)(nil)

type taskRow struct {
	koop.Task
	AssigneeName    sql.NullString `db:"assignee_name"`
	EventTitle      sql.NullString `db:"event_title"`
	EventStartsAt   sql.NullTime   `db:"event_starts_at"`
	WorkstreamTitle sql.NullString `db:"workstream_title"`
}

const taskSelect = `SELECT t.id, t.cooperation_id, t.event_id, t.workstream_id, t.title, t.due_on, t.done, t.done_at, t.assignee_id,
	t.owner_partner_id, t.version, u.name AS assignee_name, e.title AS event_title, e.starts_at AS event_starts_at,
	w.title AS workstream_title
	FROM tasks t LEFT JOIN users u ON u.id = t.assignee_id LEFT JOIN events e ON e.id = t.event_id
	LEFT JOIN workstreams w ON w.id = t.workstream_id`

// tasks loads tasks matching where in the given order (which may end in LIMIT/OFFSET), with
// assignee and event or workstream; owner partners are the caller's to link.
func (tx *Tx) tasks(where, order string, args ...any) ([]*koop.Task, error) {
	var rows []taskRow
	if err := tx.sel(&rows, taskSelect+` WHERE `+where+` ORDER BY `+order, args...); err != nil {
		return nil, err
	}
	out := make([]*koop.Task, len(rows))
	for i := range rows {
		t := &rows[i].Task
		if rows[i].AssigneeName.Valid {
			t.Assignee = &koop.TaskAssignee{ID: *t.AssigneeID, Name: rows[i].AssigneeName.String}
		}
		if rows[i].EventTitle.Valid {
			t.Event = &koop.TaskEvent{ID: *t.EventID, Title: rows[i].EventTitle.String, StartsAt: rows[i].EventStartsAt.Time}
		}
		if rows[i].WorkstreamTitle.Valid {
			t.Workstream = &koop.TaskWorkstream{ID: *t.WorkstreamID, Title: rows[i].WorkstreamTitle.String}
		}
		out[i] = t
	}
	return out, nil
}

// linkOwnerPartners fills the owner partners of tasks from any cooperations in one statement.
func (tx *Tx) linkOwnerPartners(tasks []*koop.Task) error {
	var ids []string
	for _, t := range tasks {
		if t.OwnerPartnerID != nil {
			ids = append(ids, *t.OwnerPartnerID)
		}
	}
	if len(ids) == 0 {
		return nil
	}
	var rows []struct {
		PartnerID string `db:"partner_id"`
		Position  int    `db:"position"`
		koop.Organisation
	}
	if err := tx.sel(&rows, `SELECT p.id AS partner_id, p.position, `+organisationColumns+`
		FROM partners p JOIN organisations o ON o.id = p.organisation_id WHERE p.id = ANY($1)`, pq.Array(ids)); err != nil {
		return err
	}
	byID := map[string]*koop.Partner{}
	for i := range rows {
		r := &rows[i]
		byID[r.PartnerID] = &koop.Partner{ID: r.PartnerID, CooperationID: r.CooperationID, Position: r.Position, Organisation: &r.Organisation}
	}
	for _, t := range tasks {
		t.OwnerPartner = partnerOf(byID, t.OwnerPartnerID)
	}
	return nil
}

// MyTasks lists the actor's tasks in the cooperations they are an active member of.
func (s *TaskService) MyTasks(ctx context.Context, done bool, p koop.Page) (*koop.TaskList, error) {
	list := &koop.TaskList{Items: []*koop.Task{}}
	err := s.db.read(ctx, func(tx *Tx) error {
		a, err := tx.actor()
		if err != nil {
			return err
		}
		where := `t.assignee_id = $1 AND t.done = $2 AND EXISTS (SELECT 1 FROM memberships m
			WHERE m.cooperation_id = t.cooperation_id AND m.user_id = $1 AND m.active AND m.role IN ('ADMIN', 'COORDINATOR', 'MEMBER'))`
		if err := tx.get(&list.TotalCount, `SELECT count(*) FROM tasks t WHERE `+where, a.UserID, done); err != nil {
			return err
		}
		if list.Items, err = tx.tasks(where, `t.due_on NULLS LAST, lower(t.title), t.id LIMIT $3 OFFSET $4`, a.UserID, done, p.Limit, p.Offset); err != nil {
			return err
		}
		return tx.linkOwnerPartners(list.Items)
	})
	return list, err
}

// insertTask creates a task, on an event or on its own, and audits it.
func (tx *Tx) insertTask(cooperationID string, eventID *string, title string, dueOn *time.Time, assigneeID, ownerPartnerID *string) (string, error) {
	return tx.insertTaskOn(cooperationID, eventID, nil, title, dueOn, assigneeID, ownerPartnerID)
}

// insertTaskOn creates a task on an event, on a workstream (at most one of them) or on its
// own, and audits it.
func (tx *Tx) insertTaskOn(cooperationID string, eventID, workstreamID *string, title string, dueOn *time.Time, assigneeID, ownerPartnerID *string) (string, error) {
	var id string
	if err := tx.get(&id, `INSERT INTO tasks (cooperation_id, event_id, workstream_id, title, due_on, assignee_id, owner_partner_id, created_at, updated_at)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) RETURNING id`, cooperationID, eventID, workstreamID, title, dueOn, assigneeID, ownerPartnerID, tx.Now); err != nil {
		return "", err
	}
	var ch koop.Changes
	ch.Set("title", nil, title)
	ch.Set("eventId", nil, eventID)
	ch.Set("workstreamId", nil, workstreamID)
	if dueOn != nil {
		ch.Set("dueOn", nil, dueOn.Format("2006-01-02"))
	}
	ch.Set("assigneeId", nil, assigneeID)
	ch.Set("ownerPartnerId", nil, ownerPartnerID)
	return id, tx.audit(&cooperationID, "task.create", "Task", id, ch)
}

// checkAssignee refuses an assignee who is not an active, non-external member of c.
func (tx *Tx) checkAssignee(cooperationID string, id *string) error {
	if id == nil {
		return nil
	}
	var ok bool
	if validID(*id) {
		// Only roles that may complete a task can be given one (not VIEWER, not EXTERNAL).
		if err := tx.get(&ok, `SELECT EXISTS (SELECT 1 FROM memberships WHERE cooperation_id = $1 AND user_id = $2 AND active
			AND role IN ('ADMIN', 'COORDINATOR', 'MEMBER'))`,
			cooperationID, *id); err != nil {
			return err
		}
	}
	if !ok {
		return koop.FieldErrorf(koop.EINVALID, "assigneeId", "Aufgaben können nur aktiven Mitgliedern dieser Kooperation mit der Rolle Administration, Koordination oder Mitglied zugewiesen werden.")
	}
	return nil
}

// task loads one task for change with its cooperation.
func (tx *Tx) task(id string) (*koop.Task, *koop.Cooperation, error) {
	notFound := koop.Errorf(koop.ENOTFOUND, "Die Aufgabe wurde nicht gefunden.")
	if _, err := tx.actor(); err != nil {
		return nil, nil, err
	}
	if !validID(id) {
		return nil, nil, notFound
	}
	var t koop.Task
	err := tx.get(&t, `SELECT id, cooperation_id, event_id, workstream_id, title, due_on, done, done_at, assignee_id, owner_partner_id, version
		FROM tasks WHERE id = $1 FOR UPDATE`, id)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil, notFound
	}
	if err != nil {
		return nil, nil, err
	}
	c, err := tx.readable(t.CooperationID)
	if koop.ErrorCode(err) == koop.ENOTFOUND {
		return nil, nil, notFound
	}
	return &t, c, err
}

// loadTask returns a task as clients see it.
func (tx *Tx) loadTask(id string) (*koop.Task, error) {
	list, err := tx.tasks(`t.id = $1`, `t.id`, id)
	if err != nil {
		return nil, err
	}
	if len(list) == 0 {
		return nil, koop.Errorf(koop.ENOTFOUND, "Die Aufgabe wurde nicht gefunden.")
	}
	return list[0], tx.linkOwnerPartners(list)
}

// CreateTask creates a task, on an event or a workstream of the cooperation or on its own.
func (s *TaskService) CreateTask(ctx context.Context, in koop.CreateTaskInput) (*koop.Task, error) {
	var out *koop.Task
	err := s.db.transact(ctx, func(tx *Tx) error {
		c, err := tx.planning(in.CooperationID)
		if err != nil {
			return err
		}
		title, err := koop.RequireText("title", "Der Titel", in.Title, 200)
		if err != nil {
			return err
		}
		if in.EventID != nil && in.WorkstreamID != nil {
			return koop.FieldErrorf(koop.EINVALID, "workstreamId", "Eine Aufgabe gehört entweder zu einer Veranstaltung oder zu einem Projekt, nicht zu beidem.")
		}
		if in.EventID != nil {
			e, _, err := tx.event(*in.EventID, tx.planning, false, koop.EventLoad{})
			if err != nil || e.CooperationID != c.ID {
				return koop.FieldErrorf(koop.EINVALID, "eventId", "Die Veranstaltung wurde nicht gefunden.")
			}
		}
		if in.WorkstreamID != nil {
			w, _, err := tx.workstream(*in.WorkstreamID, false)
			if err != nil || w.CooperationID != c.ID {
				return koop.FieldErrorf(koop.EINVALID, "workstreamId", "Das Projekt wurde nicht gefunden.")
			}
		}
		if err := tx.checkAssignee(c.ID, in.AssigneeID); err != nil {
			return err
		}
		if err := checkPartner(c, in.OwnerPartnerID, "ownerPartnerId"); err != nil {
			return err
		}
		id, err := tx.insertTaskOn(c.ID, in.EventID, in.WorkstreamID, title, in.DueOn, in.AssigneeID, in.OwnerPartnerID)
		if err != nil {
			return err
		}
		out, err = tx.loadTask(id)
		return err
	})
	return out, err
}

// UpdateTask changes a task. Coordinators and admins change anything; a member may take an
// unassigned task and mark their own tasks done or open.
func (s *TaskService) UpdateTask(ctx context.Context, in koop.UpdateTaskInput) (*koop.Task, error) {
	var out *koop.Task
	err := s.db.transact(ctx, func(tx *Tx) error {
		t, c, err := tx.task(in.ID)
		if err != nil {
			return err
		}
		a, _ := tx.actor()
		if !c.MyRole.Can(koop.PermPlan) {
			mine := t.AssigneeID != nil && *t.AssigneeID == a.UserID
			takes := in.AssigneeID != nil && *in.AssigneeID == a.UserID && t.AssigneeID == nil
			if !c.MyRole.Can(koop.PermTakeTasks) || !in.OnlyTakesOrCompletes() || (in.AssigneeID != nil && !takes) || (!mine && !takes) {
				return koop.Errorf(koop.EFORBIDDEN, "Sie können nur freie Aufgaben übernehmen und Ihre eigenen Aufgaben erledigen.")
			}
		}
		if err := checkVersion(in.Version, t.Version, "Die Aufgabe"); err != nil {
			return err
		}
		before := *t
		var ch koop.Changes
		if in.Title != nil {
			if t.Title, err = koop.RequireText("title", "Der Titel", *in.Title, 200); err != nil {
				return err
			}
			ch.Set("title", before.Title, t.Title)
		}
		if in.ClearDueOn != nil && *in.ClearDueOn {
			t.DueOn = nil
		} else if in.DueOn != nil {
			t.DueOn = in.DueOn
		}
		ch.Set("dueOn", dateText(before.DueOn), dateText(t.DueOn))
		if in.ClearAssignee != nil && *in.ClearAssignee {
			t.AssigneeID = nil
		} else if in.AssigneeID != nil {
			if err := tx.checkAssignee(c.ID, in.AssigneeID); err != nil {
				return err
			}
			t.AssigneeID = in.AssigneeID
		}
		ch.Set("assigneeId", before.AssigneeID, t.AssigneeID)
		if in.OwnerPartnerID != nil {
			if err := checkPartner(c, in.OwnerPartnerID, "ownerPartnerId"); err != nil {
				return err
			}
			t.OwnerPartnerID = in.OwnerPartnerID
		}
		ch.Set("ownerPartnerId", before.OwnerPartnerID, t.OwnerPartnerID)
		if in.Done != nil && *in.Done != t.Done {
			t.Done = *in.Done
			t.DoneAt = nil
			if t.Done {
				t.DoneAt = &tx.Now
			}
			ch.Set("done", before.Done, t.Done)
		}
		if err := tx.exec(`UPDATE tasks SET title = $2, due_on = $3, assignee_id = $4, owner_partner_id = $5, done = $6, done_at = $7,
			updated_at = $8, version = version + 1 WHERE id = $1`, t.ID, t.Title, t.DueOn, t.AssigneeID, t.OwnerPartnerID, t.Done, t.DoneAt, tx.Now); err != nil {
			return err
		}
		if err := tx.audit(&c.ID, "task.update", "Task", t.ID, ch); err != nil {
			return err
		}
		out, err = tx.loadTask(t.ID)
		return err
	})
	return out, err
}

func dateText(d *time.Time) *string {
	if d == nil {
		return nil
	}
	s := d.Format("2006-01-02")
	return &s
}

// DeleteTask deletes a task.
func (s *TaskService) DeleteTask(ctx context.Context, in koop.DeleteTaskInput) error {
	return s.db.transact(ctx, func(tx *Tx) error {
		t, c, err := tx.task(in.ID)
		if err != nil {
			return err
		}
		if err := c.MyRole.Require(koop.PermPlan); err != nil {
			return err
		}
		if err := checkVersion(in.Version, t.Version, "Die Aufgabe"); err != nil {
			return err
		}
		if err := tx.exec(`DELETE FROM tasks WHERE id = $1`, t.ID); err != nil {
			return err
		}
		var ch koop.Changes
		ch.Set("title", t.Title, nil)
		return tx.audit(&c.ID, "task.delete", "Task", t.ID, ch)
	})
}
