package postgres

import (
	"context"
	"database/sql"
	"errors"
	"time"

	"github.com/koop-lichtenberg/koop"
)

// Milestones and status reports of workstreams. Planners change everything; a workstream's
// leads mark its milestones done and write its status reports.

const milestoneSelect = `SELECT id, workstream_id, title, due_on, done_on, version FROM milestones`

// checkDueWithin refuses a due date outside the workstream's dates.
func checkDueWithin(w *koop.Workstream, due time.Time) error {
	start := day(w.StartsOn)
	if w.EndsOn == nil {
		if due.Before(start) {
			return koop.FieldErrorf(koop.EINVALID, "dueOn", "Der Meilenstein darf nicht vor dem Beginn des Projekts am %s liegen.", dayText(start))
		}
		return nil
	}
	if end := day(*w.EndsOn); due.Before(start) || due.After(end) {
		return koop.FieldErrorf(koop.EINVALID, "dueOn", "Der Meilenstein muss zwischen dem %s und dem %s liegen.", dayText(start), dayText(end))
	}
	return nil
}

// milestone loads a milestone for a change with its workstream, both locked (the workstream
// first, as every change of a workstream takes it), the actor's right to read them checked.
func (tx *Tx) milestone(id string) (*koop.Milestone, *koop.Workstream, *koop.Cooperation, error) {
	notFound := koop.Errorf(koop.ENOTFOUND, "Der Meilenstein wurde nicht gefunden.")
	if _, err := tx.actor(); err != nil {
		return nil, nil, nil, err
	}
	if !validID(id) {
		return nil, nil, nil, notFound
	}
	var workstreamID string
	err := tx.get(&workstreamID, `SELECT workstream_id FROM milestones WHERE id = $1`, id)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil, nil, notFound
	}
	if err != nil {
		return nil, nil, nil, err
	}
	w, c, err := tx.workstream(workstreamID, true)
	if koop.ErrorCode(err) == koop.ENOTFOUND {
		return nil, nil, nil, notFound
	}
	if err != nil {
		return nil, nil, nil, err
	}
	var m koop.Milestone
	err = tx.get(&m, milestoneSelect+` WHERE id = $1 FOR UPDATE`, id)
	if errors.Is(err, sql.ErrNoRows) { // deleted while we waited for the workstream
		return nil, nil, nil, notFound
	}
	if err != nil {
		return nil, nil, nil, err
	}
	return &m, w, c, nil
}

// CreateMilestone adds a milestone within the workstream's dates.
func (s *WorkstreamService) CreateMilestone(ctx context.Context, in koop.CreateMilestoneInput) (*koop.Workstream, error) {
	var out *koop.Workstream
	err := s.db.transact(ctx, func(tx *Tx) error {
		w, c, err := tx.managedWorkstream(in.WorkstreamID, nil)
		if err != nil {
			return err
		}
		title, err := koop.RequireText("title", "Der Titel", in.Title, 300)
		if err != nil {
			return err
		}
		if in.DueOn.IsZero() {
			return koop.FieldErrorf(koop.EINVALID, "dueOn", "Bitte geben Sie an, wann der Meilenstein fällig ist.")
		}
		due := day(in.DueOn)
		if err := checkDueWithin(w, due); err != nil {
			return err
		}
		var id string
		if err := tx.get(&id, `INSERT INTO milestones (cooperation_id, workstream_id, title, due_on, created_at, updated_at)
			VALUES ($1, $2, $3, $4, $5, $5) RETURNING id`, c.ID, w.ID, title, due, tx.Now); err != nil {
			return err
		}
		var ch koop.Changes
		ch.Set("workstreamId", nil, w.ID)
		ch.Set("title", nil, title)
		ch.Set("dueOn", nil, dateText(&due))
		if err := tx.audit(&c.ID, "milestone.create", "Milestone", id, ch); err != nil {
			return err
		}
		out, err = tx.fullWorkstream(w.ID)
		return err
	})
	return out, err
}

// UpdateMilestone changes a milestone. Marking it done or reopening it is also for the
// workstream's leads; anything else is for planners.
func (s *WorkstreamService) UpdateMilestone(ctx context.Context, in koop.UpdateMilestoneInput) (*koop.Workstream, error) {
	var out *koop.Workstream
	err := s.db.transact(ctx, func(tx *Tx) error {
		m, w, c, err := tx.milestone(in.ID)
		if err != nil {
			return err
		}
		if in.Title != nil || in.DueOn != nil {
			err = c.MyRole.Require(koop.PermManageStrategy)
		} else {
			err = tx.mayReport(c, w.ID)
		}
		if err != nil {
			return err
		}
		if err := checkVersion(in.Version, m.Version, "Der Meilenstein"); err != nil {
			return err
		}
		before := *m
		if in.Title != nil {
			if m.Title, err = koop.RequireText("title", "Der Titel", *in.Title, 300); err != nil {
				return err
			}
		}
		if in.DueOn != nil {
			m.DueOn = day(*in.DueOn)
			if err := checkDueWithin(w, m.DueOn); err != nil {
				return err
			}
		}
		if in.ClearDoneOn != nil && *in.ClearDoneOn {
			m.DoneOn = nil
		} else if in.DoneOn != nil {
			done := day(*in.DoneOn)
			if done.After(tx.today()) {
				return koop.FieldErrorf(koop.EINVALID, "doneOn", "Ein Meilenstein kann nicht in der Zukunft erreicht worden sein (%s).", dayText(done))
			}
			m.DoneOn = &done
		}
		if err := tx.exec(`UPDATE milestones SET title = $2, due_on = $3, done_on = $4, updated_at = $5, version = version + 1 WHERE id = $1`,
			m.ID, m.Title, m.DueOn, m.DoneOn, tx.Now); err != nil {
			return err
		}
		var ch koop.Changes
		ch.Set("title", before.Title, m.Title)
		ch.Set("dueOn", dateText(&before.DueOn), dateText(&m.DueOn))
		ch.Set("doneOn", dateText(before.DoneOn), dateText(m.DoneOn))
		if err := tx.audit(&c.ID, "milestone.update", "Milestone", m.ID, ch); err != nil {
			return err
		}
		out, err = tx.fullWorkstream(w.ID)
		return err
	})
	return out, err
}

// DeleteMilestone deletes a milestone.
func (s *WorkstreamService) DeleteMilestone(ctx context.Context, in koop.DeleteMilestoneInput) (*koop.Workstream, error) {
	var out *koop.Workstream
	err := s.db.transact(ctx, func(tx *Tx) error {
		m, w, c, err := tx.milestone(in.ID)
		if err != nil {
			return err
		}
		if err := c.MyRole.Require(koop.PermManageStrategy); err != nil {
			return err
		}
		if err := checkVersion(in.Version, m.Version, "Der Meilenstein"); err != nil {
			return err
		}
		if err := tx.exec(`DELETE FROM milestones WHERE id = $1`, m.ID); err != nil {
			return err
		}
		var ch koop.Changes
		ch.Set("workstreamId", w.ID, nil)
		ch.Set("title", m.Title, nil)
		ch.Set("dueOn", dateText(&m.DueOn), nil)
		if err := tx.audit(&c.ID, "milestone.delete", "Milestone", m.ID, ch); err != nil {
			return err
		}
		out, err = tx.fullWorkstream(w.ID)
		return err
	})
	return out, err
}

// AddStatusReport writes a status report and sets the workstream's status, refusing a stale
// version of the workstream (someone reported or edited it since it was read).
func (s *WorkstreamService) AddStatusReport(ctx context.Context, in koop.AddStatusReportInput) (*koop.Workstream, error) {
	var out *koop.Workstream
	err := s.db.transact(ctx, func(tx *Tx) error {
		w, c, err := tx.workstream(in.WorkstreamID, true)
		if err != nil {
			return err
		}
		if err := tx.mayReport(c, w.ID); err != nil {
			return err
		}
		if err := checkVersion(in.Version, w.Version, "Das Projekt"); err != nil {
			return err
		}
		if !in.Status.Valid() {
			return koop.FieldErrorf(koop.EINVALID, "status", "Unbekannter Status.")
		}
		summary, err := koop.RequireText("summary", "Der Bericht", in.Summary, 10000)
		if err != nil {
			return err
		}
		var id string
		if err := tx.get(&id, `INSERT INTO status_reports (cooperation_id, workstream_id, status, summary, author_id, created_at)
			VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`, c.ID, w.ID, in.Status, summary, tx.actorID(), tx.Now); err != nil {
			return err
		}
		if err := tx.exec(`UPDATE workstreams SET status = $2, updated_at = $3, version = version + 1 WHERE id = $1`, w.ID, in.Status, tx.Now); err != nil {
			return err
		}
		var ch koop.Changes
		ch.Set("workstreamId", nil, w.ID)
		ch.Set("status", w.Status, in.Status)
		ch.Set("summaryLength", nil, len([]rune(summary)))
		if err := tx.audit(&c.ID, "status_report.create", "StatusReport", id, ch); err != nil {
			return err
		}
		out, err = tx.fullWorkstream(w.ID)
		return err
	})
	return out, err
}
