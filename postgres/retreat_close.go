package postgres

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/lib/pq"

	"github.com/koop-lichtenberg/koop"
)

// Decisions and closing: the chair records what was decided, and closing turns the accepted
// decisions into the plan of the year, once.

func errDecisionNotFound() error {
	return koop.Errorf(koop.ENOTFOUND, "Der Beschluss wurde nicht gefunden.")
}

// decisionFields are a decision's fields, checked.
type decisionFields struct {
	outcome koop.DecisionOutcome
	text    string
	owner   *string
	dueOn   *time.Time
	free    bool
}

func (f *decisionFields) check(a *retreatAccess) error {
	var err error
	if !f.outcome.Valid() {
		return koop.FieldErrorf(koop.EINVALID, "outcome", "Bitte wählen Sie: angenommen, abgelehnt oder vertagt.")
	}
	if f.free && f.outcome != koop.DecisionAccepted {
		return koop.FieldErrorf(koop.EINVALID, "outcome", "Ein freier Beschluss ist immer angenommen; abgelehnt oder vertagt werden Vorschläge.")
	}
	if f.text, err = koop.RequireText("text", "Der Text des Beschlusses", f.text, 2000); err != nil {
		return err
	}
	if f.outcome == koop.DecisionAccepted && f.owner == nil {
		return koop.FieldErrorf(koop.EINVALID, "ownerPartnerId", "Ein angenommener Beschluss braucht einen verantwortlichen Partner.")
	}
	if err := checkPartner(a.c, f.owner, "ownerPartnerId"); err != nil {
		return err
	}
	if f.dueOn != nil {
		d := day(*f.dueOn)
		first := day(a.r.StartsAt.In(koop.Berlin))
		if d.Before(first) {
			return koop.FieldErrorf(koop.EINVALID, "dueOn", "Die Frist (%s) darf nicht vor der Klausur (%s) liegen.", dayText(d), dayText(first))
		}
		f.dueOn = &d
	}
	return nil
}

// decisionChange runs a change of the decisions by the chair, in session, the retreat locked.
func (s *RetreatService) decisionChange(ctx context.Context, retreatID string, fn func(tx *Tx, a *retreatAccess) error) error {
	return s.db.transact(ctx, func(tx *Tx) error {
		a, err := tx.chairedRetreat(retreatID)
		if err != nil {
			return err
		}
		if a.r.Status != koop.RetreatInSession {
			return koop.Errorf(koop.EINVALID, "Beschlüsse werden in der Sitzung gefasst; bitte beginnen Sie zuerst die Sitzung.")
		}
		return fn(tx, a)
	})
}

func (tx *Tx) loadDecision(retreat *retreatAccess, id string) (*koop.Decision, error) {
	if err := tx.loadRetreats(retreat.c, retreat.membershipID, []*koop.Retreat{retreat.r}); err != nil {
		return nil, err
	}
	for _, d := range retreat.r.Decisions {
		if d.ID == id {
			return d, nil
		}
	}
	return nil, errDecisionNotFound()
}

// RecordDecision records a decision on a proposal, or a free one.
func (s *RetreatService) RecordDecision(ctx context.Context, in koop.RecordDecisionInput) (*koop.Decision, error) {
	var out *koop.Decision
	err := s.decisionChange(ctx, in.RetreatID, func(tx *Tx, a *retreatAccess) error {
		f := decisionFields{outcome: in.Outcome, text: in.Text, owner: in.OwnerPartnerID, dueOn: in.DueOn, free: in.ProposalID == nil}
		if err := f.check(a); err != nil {
			return err
		}
		if in.ProposalID != nil {
			var title string
			err := tx.get(&title, `SELECT title FROM proposals WHERE id = $1 AND retreat_id = $2`, strings.ToLower(*in.ProposalID), a.r.ID)
			if errors.Is(err, sql.ErrNoRows) || !validID(*in.ProposalID) {
				return koop.FieldErrorf(koop.EINVALID, "proposalId", "Bitte wählen Sie einen Vorschlag dieser Klausur.")
			}
			if err != nil {
				return err
			}
			var decided bool
			if err := tx.get(&decided, `SELECT EXISTS (SELECT 1 FROM decisions WHERE proposal_id = $1)`, *in.ProposalID); err != nil {
				return err
			}
			if decided {
				return koop.FieldErrorf(koop.ECONFLICT, "proposalId", "Über „%s“ gibt es bereits einen Beschluss; bitte ändern Sie diesen.", title)
			}
		}
		var id string
		if err := tx.get(&id, `INSERT INTO decisions (cooperation_id, retreat_id, proposal_id, outcome, text, owner_partner_id, due_on, created_at)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`, a.r.CooperationID, a.r.ID, in.ProposalID, f.outcome, f.text, f.owner, f.dueOn, tx.Now); err != nil {
			var pqErr *pq.Error
			if errors.As(err, &pqErr) && pqErr.Code == "23505" {
				return koop.FieldErrorf(koop.ECONFLICT, "proposalId", "Über diesen Vorschlag gibt es bereits einen Beschluss; bitte ändern Sie diesen.")
			}
			return err
		}
		var ch koop.Changes
		ch.Set("proposalId", nil, in.ProposalID)
		ch.Set("outcome", nil, f.outcome)
		ch.Set("text", nil, f.text)
		ch.Set("ownerPartnerId", nil, f.owner)
		ch.Set("dueOn", nil, dateText(f.dueOn))
		if err := tx.audit(&a.r.CooperationID, "decision.create", "Decision", id, ch); err != nil {
			return err
		}
		var err error
		out, err = tx.loadDecision(a, id)
		return err
	})
	return out, err
}

// UpdateDecision changes a decision.
func (s *RetreatService) UpdateDecision(ctx context.Context, in koop.UpdateDecisionInput) (*koop.Decision, error) {
	retreatID, err := s.retreatOf(ctx, "decisions", in.ID, errDecisionNotFound)
	if err != nil {
		return nil, err
	}
	var out *koop.Decision
	err = s.decisionChange(ctx, retreatID, func(tx *Tx, a *retreatAccess) error {
		var d koop.Decision
		if err := tx.get(&d, `SELECT id, retreat_id, proposal_id, outcome, text, owner_partner_id, due_on, version FROM decisions WHERE id = $1 FOR UPDATE`, in.ID); err != nil {
			return err
		}
		if err := checkVersion(in.Version, d.Version, "Der Beschluss"); err != nil {
			return err
		}
		f := decisionFields{outcome: d.Outcome, text: d.Text, owner: d.OwnerPartnerID, dueOn: d.DueOn, free: d.ProposalID == nil}
		if in.Outcome != nil {
			f.outcome = *in.Outcome
		}
		if in.Text != nil {
			f.text = *in.Text
		}
		if in.OwnerPartnerID != nil {
			f.owner = in.OwnerPartnerID
		}
		if in.ClearOwnerPartner != nil && *in.ClearOwnerPartner {
			f.owner = nil
		}
		if in.DueOn != nil {
			f.dueOn = in.DueOn
		}
		if in.ClearDueOn != nil && *in.ClearDueOn {
			f.dueOn = nil
		}
		if err := f.check(a); err != nil {
			return err
		}
		if err := tx.exec(`UPDATE decisions SET outcome = $2, text = $3, owner_partner_id = $4, due_on = $5, version = version + 1 WHERE id = $1`,
			d.ID, f.outcome, f.text, f.owner, f.dueOn); err != nil {
			return err
		}
		var ch koop.Changes
		ch.Set("outcome", d.Outcome, f.outcome)
		ch.Set("text", d.Text, f.text)
		ch.Set("ownerPartnerId", d.OwnerPartnerID, f.owner)
		ch.Set("dueOn", dateText(d.DueOn), dateText(f.dueOn))
		if err := tx.audit(&a.r.CooperationID, "decision.update", "Decision", d.ID, ch); err != nil {
			return err
		}
		var err error
		out, err = tx.loadDecision(a, d.ID)
		return err
	})
	return out, err
}

// DeleteDecision deletes a decision.
func (s *RetreatService) DeleteDecision(ctx context.Context, id string) (*koop.Retreat, error) {
	retreatID, err := s.retreatOf(ctx, "decisions", id, errDecisionNotFound)
	if err != nil {
		return nil, err
	}
	var out *koop.Retreat
	err = s.decisionChange(ctx, retreatID, func(tx *Tx, a *retreatAccess) error {
		var text string
		if err := tx.get(&text, `DELETE FROM decisions WHERE id = $1 RETURNING text`, id); err != nil {
			return err
		}
		var ch koop.Changes
		ch.Set("text", text, nil)
		if err := tx.audit(&a.r.CooperationID, "decision.delete", "Decision", id, ch); err != nil {
			return err
		}
		var err error
		out, err = tx.fullRetreat(a.r.ID)
		return err
	})
	return out, err
}

// CloseRetreat closes the session and creates the plan of the year in the same transaction.
// The retreat's row is locked first: of two calls at once, the second waits, then finds the
// retreat closed and creates nothing.
func (s *RetreatService) CloseRetreat(ctx context.Context, in koop.RetreatStepInput) (*koop.Retreat, error) {
	var out *koop.Retreat
	err := s.db.transact(ctx, func(tx *Tx) error {
		a, err := tx.retreat(in.ID, true)
		if err != nil {
			return err
		}
		if err := a.requireChair(); err != nil {
			return err
		}
		if a.r.Status == koop.RetreatClosed {
			return koop.Errorf(koop.EINVALID, "Die Klausur ist bereits abgeschlossen; ihr Plan wurde am %s erstellt.", koop.GermanDateTime(*a.r.ClosedAt))
		}
		if a.r.Status != koop.RetreatInSession {
			return koop.Errorf(koop.EINVALID, "Abgeschlossen wird eine Klausur am Ende ihrer Sitzung; die Sitzung hat noch nicht begonnen.")
		}
		if err := checkVersion(in.Version, a.r.Version, "Die Klausur"); err != nil {
			return err
		}
		if err := tx.loadRetreats(a.c, a.membershipID, []*koop.Retreat{a.r}); err != nil {
			return err
		}
		var undecided []string
		for _, p := range a.r.Proposals {
			if p.Decision == nil {
				undecided = append(undecided, "„"+p.Title+"“")
			}
		}
		if len(undecided) > 0 {
			return koop.Errorf(koop.EINVALID, "Über %d Vorschläge wurde noch nicht beschlossen: %s. Bitte entscheiden Sie über jeden (auch „vertagt“ ist ein Beschluss).",
				len(undecided), strings.Join(undecided, ", "))
		}
		byID := map[string]*koop.Proposal{}
		for _, p := range a.r.Proposals {
			byID[p.ID] = p
		}
		counts := map[koop.PlanItemKind]int{}
		for _, d := range a.r.Decisions {
			if d.Outcome != koop.DecisionAccepted {
				continue
			}
			var p *koop.Proposal
			if d.ProposalID != nil {
				p = byID[*d.ProposalID]
			}
			items, err := tx.planDecision(a, d, p)
			if err != nil {
				return err
			}
			for i, it := range items {
				if err := tx.exec(`INSERT INTO plan_items (decision_id, kind, target_id, title, detail, position) VALUES ($1, $2, $3, $4, $5, $6)`,
					d.ID, it.Kind, it.TargetID, it.Title, it.Detail, i+1); err != nil {
					return err
				}
				counts[it.Kind]++
			}
		}
		if err := tx.exec(`UPDATE retreats SET status = 'CLOSED', voting_open = false, closed_at = $2, updated_at = $2, version = version + 1
			WHERE id = $1`, a.r.ID, tx.Now); err != nil {
			return err
		}
		var ch koop.Changes
		ch.Set("status", a.r.Status, koop.RetreatClosed)
		ch.Set("eventsCreated", nil, counts[koop.PlanItemEvent])
		ch.Set("workstreamsCreated", nil, counts[koop.PlanItemWorkstream])
		ch.Set("tasksCreated", nil, counts[koop.PlanItemTask])
		if err := tx.auditTally(a.r, "retreat.close", "Retreat", a.r.ID, ch); err != nil {
			return err
		}
		out, err = tx.fullRetreat(a.r.ID)
		return err
	})
	return out, err
}

// priorityLabel is a priority's German name.
func priorityLabel(p *koop.Priority) string {
	if p == nil {
		return "keine"
	}
	switch *p {
	case koop.PriorityHigh:
		return "hoch"
	case koop.PriorityMedium:
		return "mittel"
	case koop.PriorityLow:
		return "niedrig"
	}
	return string(*p)
}

// eventStartHour is when a draft event from a retreat begins, Berlin time; it lasts three hours.
const eventStartHour = 18

// planDecision turns one accepted decision into the plan: what its proposal asks for, then
// the task with its owner partner and due date.
func (tx *Tx) planDecision(a *retreatAccess, d *koop.Decision, p *koop.Proposal) ([]*koop.PlanItem, error) {
	var items []*koop.PlanItem
	var eventID, workstreamID *string
	if p != nil {
		switch p.Kind {
		case koop.ProposalEvent:
			y, m, dd := p.PlannedOn.Date()
			start := time.Date(y, m, dd, eventStartHour, 0, 0, 0, koop.Berlin)
			var id string
			if err := tx.get(&id, `INSERT INTO events (cooperation_id, series_id, title, starts_at, ends_at, lead_partner_id, description, status, created_at, updated_at)
				VALUES ($1, $2, $3, $4, $5, $6, $7, 'IDEA', $8, $8) RETURNING id`,
				a.r.CooperationID, p.SeriesID, p.Title, start, start.Add(3*time.Hour), d.OwnerPartnerID, p.Description, tx.Now); err != nil {
				return nil, err
			}
			var ch koop.Changes
			ch.Set("title", nil, p.Title)
			ch.Set("seriesId", nil, p.SeriesID)
			ch.Set("startsAt", nil, start)
			ch.Set("status", nil, koop.EventIdea)
			ch.Set("retreatId", nil, a.r.ID)
			if err := tx.audit(&a.r.CooperationID, "event.create", "Event", id, ch); err != nil {
				return nil, err
			}
			// like any new event of its series, the draft gets the series' checklist
			series, _, err := tx.series(*p.SeriesID, func(string) (*koop.Cooperation, error) { return a.c, nil }, false)
			if err != nil {
				return nil, err
			}
			if err := tx.addChecklist(a.c, series, id, *d.OwnerPartnerID, start); err != nil {
				return nil, err
			}
			eventID = &id
			items = append(items, &koop.PlanItem{Kind: koop.PlanItemEvent, TargetID: id, Title: p.Title,
				Detail: fmt.Sprintf("Idee am %s in der Reihe „%s“", dayText(*p.PlannedOn), p.Series.Title)})
		case koop.ProposalWorkstream:
			if p.WorkstreamID != nil {
				var old *koop.Priority
				if err := tx.get(&old, `UPDATE workstreams w SET priority = $2, updated_at = $3, version = w.version + 1 FROM workstreams o
					WHERE w.id = $1 AND o.id = w.id RETURNING o.priority`, *p.WorkstreamID, p.Priority, tx.Now); err != nil {
					return nil, err
				}
				var ch koop.Changes
				ch.Set("priority", priorityText(old), priorityText(p.Priority))
				if err := tx.audit(&a.r.CooperationID, "workstream.update", "Workstream", *p.WorkstreamID, ch); err != nil {
					return nil, err
				}
				workstreamID = p.WorkstreamID
				items = append(items, &koop.PlanItem{Kind: koop.PlanItemWorkstreamPriority, TargetID: *p.WorkstreamID, Title: p.Workstream.Title,
					Detail: "Priorität " + priorityLabel(p.Priority)})
				break
			}
			if err := tx.checkWorkstreamTitle(a.r.CooperationID, p.Title, nil); err != nil {
				return nil, koop.Errorf(koop.ECONFLICT, "Ein Projekt „%s“ gibt es bereits; bitte geben Sie dem Vorschlag einen anderen Titel oder nennen Sie das bestehende Projekt.", p.Title)
			}
			startsOn := time.Date(a.r.PlanYear, 1, 1, 0, 0, 0, 0, time.UTC)
			var id string
			if err := tx.get(&id, `INSERT INTO workstreams (cooperation_id, title, description, status, priority, starts_on, created_at, updated_at)
				VALUES ($1, $2, $3, 'PROPOSED', $4, $5, $6, $6) RETURNING id`, a.r.CooperationID, p.Title, p.Description, p.Priority, startsOn, tx.Now); err != nil {
				return nil, titleRace(err, p.Title)
			}
			if err := tx.exec(`INSERT INTO workstream_goals (workstream_id, goal_id, cooperation_id) SELECT $1, goal_id, cooperation_id
				FROM proposal_goals WHERE proposal_id = $2`, id, p.ID); err != nil {
				return nil, err
			}
			var ch koop.Changes
			ch.Set("title", nil, p.Title)
			ch.Set("status", nil, koop.WorkstreamProposed)
			ch.Set("priority", nil, priorityText(p.Priority))
			ch.Set("retreatId", nil, a.r.ID)
			if err := tx.audit(&a.r.CooperationID, "workstream.create", "Workstream", id, ch); err != nil {
				return nil, err
			}
			workstreamID = &id
			items = append(items, &koop.PlanItem{Kind: koop.PlanItemWorkstream, TargetID: id, Title: p.Title,
				Detail: fmt.Sprintf("Vorgeschlagen ab %s, Priorität %s", dayText(startsOn), priorityLabel(p.Priority))})
		case koop.ProposalPriority:
			for _, g := range p.Goals {
				if err := tx.exec(`UPDATE goals SET priority = $2, updated_at = $3, version = version + 1 WHERE id = $1`, g.ID, p.Priority, tx.Now); err != nil {
					return nil, err
				}
				var ch koop.Changes
				ch.Set("priority", nil, priorityText(p.Priority))
				ch.Set("retreatId", nil, a.r.ID)
				if err := tx.audit(&a.r.CooperationID, "goal.update", "Goal", g.ID, ch); err != nil {
					return nil, err
				}
				items = append(items, &koop.PlanItem{Kind: koop.PlanItemGoalPriority, TargetID: g.ID, Title: g.Code + " " + g.Title,
					Detail: "Priorität " + priorityLabel(p.Priority)})
			}
		}
	}
	title := taskTitle(d.Text)
	taskID, err := tx.insertTaskOn(a.r.CooperationID, eventID, workstreamID, title, d.DueOn, nil, d.OwnerPartnerID)
	if err != nil {
		return nil, err
	}
	if err := tx.exec(`UPDATE tasks SET decision_id = $2 WHERE id = $1`, taskID, d.ID); err != nil {
		return nil, err
	}
	detail := "Verantwortlich: " + d.OwnerPartner.Organisation.Name
	if d.DueOn != nil {
		detail += ", bis " + dayText(*d.DueOn)
	}
	return append(items, &koop.PlanItem{Kind: koop.PlanItemTask, TargetID: taskID, Title: title, Detail: detail}), nil
}

// taskTitle is a decision's text as a task title: its first line, at most 200 characters.
func taskTitle(text string) string {
	line, _, _ := strings.Cut(strings.TrimSpace(text), "\n")
	line = strings.TrimSpace(line)
	if utf8.RuneCountInString(line) <= 200 {
		return line
	}
	r := []rune(line)
	return strings.TrimSpace(string(r[:199])) + "…"
}
