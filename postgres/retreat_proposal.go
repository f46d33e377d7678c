package postgres

import (
	"context"
	"database/sql"
	"errors"
	"time"

	"github.com/lib/pq"

	"github.com/koop-lichtenberg/koop"
)

// The agenda and the proposals of a retreat.

func errAgendaItemNotFound() error {
	return koop.Errorf(koop.ENOTFOUND, "Der Tagesordnungspunkt wurde nicht gefunden.")
}

// agendaFields are an agenda item's fields, checked.
type agendaFields struct {
	title, notes string
	duration     int
	presenter    *string
}

func (tx *Tx) checkAgendaFields(a *retreatAccess, f *agendaFields) error {
	var err error
	if f.title, err = koop.RequireText("title", "Der Titel", f.title, 200); err != nil {
		return err
	}
	if f.notes, err = koop.OptionalText("notes", "Die Notizen", f.notes, 5000); err != nil {
		return err
	}
	if f.duration < 5 || f.duration > 480 {
		return koop.FieldErrorf(koop.EINVALID, "durationMinutes", "Ein Tagesordnungspunkt dauert zwischen 5 und 480 Minuten.")
	}
	if f.presenter != nil {
		var ok bool
		if validID(*f.presenter) {
			if err := tx.get(&ok, `SELECT EXISTS (SELECT 1 FROM retreat_participants WHERE retreat_id = $1 AND membership_id = $2)`, a.r.ID, *f.presenter); err != nil {
				return err
			}
		}
		if !ok {
			return koop.FieldErrorf(koop.EINVALID, "presenterMembershipId", "Es präsentiert jemand, der an der Klausur teilnimmt.")
		}
	}
	return nil
}

// setAgendaProposals replaces the proposals of an agenda item: proposals of its retreat.
func (tx *Tx) setAgendaProposals(retreatID, itemID string, ids []string) error {
	const msg = "Bitte wählen Sie Vorschläge dieser Klausur."
	list, err := uniqueIDs(ids, "proposalIds", msg)
	if err != nil {
		return err
	}
	var n int
	if err := tx.get(&n, `SELECT count(*) FROM proposals WHERE retreat_id = $1 AND id = ANY($2)`, retreatID, pq.Array(list)); err != nil {
		return err
	}
	if n != len(list) {
		return koop.FieldErrorf(koop.EINVALID, "proposalIds", msg)
	}
	if err := tx.exec(`DELETE FROM agenda_item_proposals WHERE agenda_item_id = $1`, itemID); err != nil {
		return err
	}
	return tx.exec(`INSERT INTO agenda_item_proposals (agenda_item_id, proposal_id) SELECT $1, unnest($2::uuid[])`, itemID, pq.Array(list))
}

// agendaChange runs a change of the agenda by the chair or a planner, with the retreat locked.
func (s *RetreatService) agendaChange(ctx context.Context, retreatID string, fn func(tx *Tx, a *retreatAccess) error) (*koop.Retreat, error) {
	var out *koop.Retreat
	err := s.db.transact(ctx, func(tx *Tx) error {
		a, err := tx.chairedRetreat(retreatID)
		if err != nil {
			return err
		}
		if err := fn(tx, a); err != nil {
			return err
		}
		out, err = tx.fullRetreat(a.r.ID)
		return err
	})
	return out, err
}

// retreatOf finds the retreat a row of table (agenda items, proposals, decisions) belongs to;
// notFound is the answer for a malformed or unknown ID. Whether the actor may see the retreat
// is the caller's check.
func (tx *Tx) retreatOf(table, id string, notFound func() error) (string, error) {
	if _, err := tx.actor(); err != nil {
		return "", err
	}
	if !validID(id) {
		return "", notFound()
	}
	var retreatID string
	err := tx.get(&retreatID, `SELECT retreat_id FROM `+table+` WHERE id = $1`, id)
	if errors.Is(err, sql.ErrNoRows) {
		return "", notFound()
	}
	return retreatID, err
}

// retreatOf is tx.retreatOf in a transaction of its own, before the retreat is locked.
func (s *RetreatService) retreatOf(ctx context.Context, table, id string, notFound func() error) (string, error) {
	var retreatID string
	err := s.db.read(ctx, func(tx *Tx) error {
		var err error
		retreatID, err = tx.retreatOf(table, id, notFound)
		return err
	})
	return retreatID, err
}

// AddAgendaItem adds an item at the end of the agenda.
func (s *RetreatService) AddAgendaItem(ctx context.Context, in koop.AddAgendaItemInput) (*koop.Retreat, error) {
	return s.agendaChange(ctx, in.RetreatID, func(tx *Tx, a *retreatAccess) error {
		f := agendaFields{title: in.Title, duration: in.DurationMinutes, presenter: in.PresenterMembershipID}
		if in.Notes != nil {
			f.notes = *in.Notes
		}
		if err := tx.checkAgendaFields(a, &f); err != nil {
			return err
		}
		var id string
		if err := tx.get(&id, `INSERT INTO agenda_items (cooperation_id, retreat_id, position, title, duration_minutes, presenter_membership_id, notes)
			VALUES ($1, $2, (SELECT coalesce(max(position), 0) + 1 FROM agenda_items WHERE retreat_id = $2), $3, $4, $5, $6) RETURNING id`,
			a.r.CooperationID, a.r.ID, f.title, f.duration, f.presenter, f.notes); err != nil {
			return err
		}
		if err := tx.setAgendaProposals(a.r.ID, id, in.ProposalIDs); err != nil {
			return err
		}
		var ch koop.Changes
		ch.Set("title", nil, f.title)
		ch.Set("durationMinutes", nil, f.duration)
		return tx.audit(&a.r.CooperationID, "agenda_item.create", "AgendaItem", id, ch)
	})
}

// UpdateAgendaItem changes an agenda item.
func (s *RetreatService) UpdateAgendaItem(ctx context.Context, in koop.UpdateAgendaItemInput) (*koop.Retreat, error) {
	retreatID, err := s.retreatOf(ctx, "agenda_items", in.ID, errAgendaItemNotFound)
	if err != nil {
		return nil, err
	}
	return s.agendaChange(ctx, retreatID, func(tx *Tx, a *retreatAccess) error {
		var it koop.AgendaItem
		err := tx.get(&it, `SELECT id, retreat_id, position, title, duration_minutes, presenter_membership_id, notes, version FROM agenda_items
			WHERE id = $1 AND retreat_id = $2 FOR UPDATE`, in.ID, a.r.ID)
		if errors.Is(err, sql.ErrNoRows) {
			return errAgendaItemNotFound()
		}
		if err != nil {
			return err
		}
		if err := checkVersion(in.Version, it.Version, "Der Tagesordnungspunkt"); err != nil {
			return err
		}
		f := agendaFields{title: it.Title, notes: it.Notes, duration: it.DurationMinutes, presenter: it.PresenterID}
		if in.Title != nil {
			f.title = *in.Title
		}
		if in.Notes != nil {
			f.notes = *in.Notes
		}
		if in.DurationMinutes != nil {
			f.duration = *in.DurationMinutes
		}
		if in.PresenterMembershipID != nil {
			f.presenter = in.PresenterMembershipID
		}
		if in.ClearPresenter != nil && *in.ClearPresenter {
			f.presenter = nil
		}
		if err := tx.checkAgendaFields(a, &f); err != nil {
			return err
		}
		if err := tx.exec(`UPDATE agenda_items SET title = $2, notes = $3, duration_minutes = $4, presenter_membership_id = $5, version = version + 1
			WHERE id = $1`, it.ID, f.title, f.notes, f.duration, f.presenter); err != nil {
			return err
		}
		if in.ProposalIDs != nil {
			if err := tx.setAgendaProposals(a.r.ID, it.ID, in.ProposalIDs); err != nil {
				return err
			}
		}
		var ch koop.Changes
		ch.Set("title", it.Title, f.title)
		ch.Set("durationMinutes", it.DurationMinutes, f.duration)
		ch.Set("presenterMembershipId", it.PresenterID, f.presenter)
		return tx.audit(&a.r.CooperationID, "agenda_item.update", "AgendaItem", it.ID, ch)
	})
}

// MoveAgendaItem moves an item to a place and renumbers the agenda.
func (s *RetreatService) MoveAgendaItem(ctx context.Context, in koop.MoveAgendaItemInput) (*koop.Retreat, error) {
	retreatID, err := s.retreatOf(ctx, "agenda_items", in.ID, errAgendaItemNotFound)
	if err != nil {
		return nil, err
	}
	return s.agendaChange(ctx, retreatID, func(tx *Tx, a *retreatAccess) error {
		order, err := tx.linkedIDs(`SELECT id FROM agenda_items WHERE retreat_id = $1 ORDER BY position, id`, a.r.ID)
		if err != nil {
			return err
		}
		from := -1
		for i, id := range order {
			if id == in.ID {
				from = i
			}
		}
		if from < 0 {
			return errAgendaItemNotFound()
		}
		if in.Position < 1 || in.Position > len(order) {
			return koop.FieldErrorf(koop.EINVALID, "position", "Die Tagesordnung hat die Plätze 1 bis %d.", len(order))
		}
		order = append(order[:from], order[from+1:]...)
		order = append(order[:in.Position-1], append([]string{in.ID}, order[in.Position-1:]...)...)
		if err := tx.exec(`UPDATE agenda_items a SET position = o.n, version = CASE WHEN a.position <> o.n THEN a.version + 1 ELSE a.version END
			FROM unnest($1::uuid[]) WITH ORDINALITY AS o(id, n) WHERE a.id = o.id`, pq.Array(order)); err != nil {
			return err
		}
		var ch koop.Changes
		ch.Set("position", from+1, in.Position)
		return tx.audit(&a.r.CooperationID, "agenda_item.move", "AgendaItem", in.ID, ch)
	})
}

// DeleteAgendaItem deletes an item and closes the gap.
func (s *RetreatService) DeleteAgendaItem(ctx context.Context, id string) (*koop.Retreat, error) {
	retreatID, err := s.retreatOf(ctx, "agenda_items", id, errAgendaItemNotFound)
	if err != nil {
		return nil, err
	}
	return s.agendaChange(ctx, retreatID, func(tx *Tx, a *retreatAccess) error {
		var title string
		err := tx.get(&title, `DELETE FROM agenda_items WHERE id = $1 AND retreat_id = $2 RETURNING title`, id, a.r.ID)
		if errors.Is(err, sql.ErrNoRows) {
			return errAgendaItemNotFound()
		}
		if err != nil {
			return err
		}
		if err := tx.exec(`UPDATE agenda_items a SET position = o.n FROM (SELECT id, row_number() OVER (ORDER BY position, id) AS n
			FROM agenda_items WHERE retreat_id = $1) o WHERE a.id = o.id AND a.position <> o.n`, a.r.ID); err != nil {
			return err
		}
		var ch koop.Changes
		ch.Set("title", title, nil)
		return tx.audit(&a.r.CooperationID, "agenda_item.delete", "AgendaItem", id, ch)
	})
}

// proposalFields are a proposal's fields, checked against its retreat.
type proposalFields struct {
	kind               koop.ProposalKind
	title, description string
	seriesID           *string
	plannedOn          *time.Time
	workstreamID       *string
	priority           *koop.Priority
}

func (tx *Tx) checkProposalFields(a *retreatAccess, f *proposalFields) error {
	var err error
	if !f.kind.Valid() {
		return koop.FieldErrorf(koop.EINVALID, "kind", "Unbekannte Art des Vorschlags.")
	}
	if f.title, err = koop.RequireText("title", "Der Titel", f.title, 200); err != nil {
		return err
	}
	if f.description, err = koop.OptionalText("description", "Die Begründung", f.description, 10000); err != nil {
		return err
	}
	if f.priority != nil && !f.priority.Valid() {
		return koop.FieldErrorf(koop.EINVALID, "priority", "Unbekannte Priorität.")
	}
	if f.kind != koop.ProposalEvent {
		f.seriesID, f.plannedOn = nil, nil
	}
	if f.kind != koop.ProposalWorkstream {
		f.workstreamID = nil
	}
	if f.kind == koop.ProposalTopic {
		f.priority = nil
	}
	switch f.kind {
	case koop.ProposalEvent:
		if f.seriesID == nil || !validID(*f.seriesID) {
			return koop.FieldErrorf(koop.EINVALID, "seriesId", "Bitte wählen Sie die Veranstaltungsreihe der Veranstaltung.")
		}
		var ok bool
		if err := tx.get(&ok, `SELECT EXISTS (SELECT 1 FROM event_series WHERE id = $1 AND cooperation_id = $2)`, *f.seriesID, a.r.CooperationID); err != nil {
			return err
		}
		if !ok {
			return koop.FieldErrorf(koop.EINVALID, "seriesId", "Bitte wählen Sie eine Veranstaltungsreihe dieser Kooperation.")
		}
		if f.plannedOn == nil {
			return koop.FieldErrorf(koop.EINVALID, "plannedOn", "Bitte geben Sie an, wann %d die Veranstaltung stattfinden soll.", a.r.PlanYear)
		}
		if f.plannedOn.Year() != a.r.PlanYear {
			return koop.FieldErrorf(koop.EINVALID, "plannedOn", "Die Klausur plant das Jahr %d; der Tag muss in diesem Jahr liegen.", a.r.PlanYear)
		}
	case koop.ProposalWorkstream:
		if f.workstreamID != nil {
			if _, _, err := tx.workstream(*f.workstreamID, false); err != nil {
				return koop.FieldErrorf(koop.EINVALID, "workstreamId", "Bitte wählen Sie ein Projekt dieser Kooperation.")
			}
			if f.priority == nil {
				return koop.FieldErrorf(koop.EINVALID, "priority", "Bitte geben Sie an, welche Priorität das Projekt bekommen soll.")
			}
		}
	case koop.ProposalPriority:
		if f.priority == nil {
			return koop.FieldErrorf(koop.EINVALID, "priority", "Bitte geben Sie an, welche Priorität die Ziele bekommen sollen.")
		}
	}
	return nil
}

// setProposalGoals replaces a proposal's goals: goals of its cooperation. A PRIORITY proposal
// needs at least one.
func (tx *Tx) setProposalGoals(a *retreatAccess, proposalID string, kind koop.ProposalKind, ids []string) ([]string, error) {
	const msg = "Bitte wählen Sie Ziele dieser Kooperation."
	list, err := uniqueIDs(ids, "goalIds", msg)
	if err != nil {
		return nil, err
	}
	if kind == koop.ProposalPriority && len(list) == 0 {
		return nil, koop.FieldErrorf(koop.EINVALID, "goalIds", "Ein Schwerpunkt nennt die Ziele, denen er Priorität gibt.")
	}
	var n int
	if err := tx.get(&n, `SELECT count(*) FROM goals WHERE cooperation_id = $1 AND id = ANY($2)`, a.r.CooperationID, pq.Array(list)); err != nil {
		return nil, err
	}
	if n != len(list) {
		return nil, koop.FieldErrorf(koop.EINVALID, "goalIds", msg)
	}
	if err := tx.exec(`DELETE FROM proposal_goals WHERE proposal_id = $1`, proposalID); err != nil {
		return nil, err
	}
	return list, tx.exec(`INSERT INTO proposal_goals (proposal_id, goal_id, cooperation_id) SELECT $1, unnest($2::uuid[]), $3`,
		proposalID, pq.Array(list), a.r.CooperationID)
}

// SubmitProposal submits a proposal: participants and planners, while the retreat is open.
func (s *RetreatService) SubmitProposal(ctx context.Context, in koop.SubmitProposalInput) (*koop.Proposal, error) {
	var out *koop.Proposal
	err := s.db.transact(ctx, func(tx *Tx) error {
		a, err := tx.retreat(in.RetreatID, true)
		if err != nil {
			return err
		}
		if err := a.open(); err != nil {
			return err
		}
		if !a.participant && !a.manage {
			return koop.Errorf(koop.EFORBIDDEN, "Vorschläge reichen die Teilnehmenden der Klausur ein.")
		}
		f := proposalFields{kind: in.Kind, title: in.Title, seriesID: in.SeriesID, plannedOn: dayOf(in.PlannedOn), workstreamID: in.WorkstreamID, priority: in.Priority}
		if in.Description != nil {
			f.description = *in.Description
		}
		if err := tx.checkProposalFields(a, &f); err != nil {
			return err
		}
		var submitter struct {
			Name      string  `db:"name"`
			PartnerID *string `db:"partner_id"`
		}
		if err := tx.get(&submitter, `SELECT u.name, (SELECT p.id FROM partners p JOIN memberships m ON m.organisation_id = p.organisation_id
			WHERE m.id = $2::uuid AND p.cooperation_id = $3) AS partner_id FROM users u WHERE u.id = $1`, tx.Actor.UserID, nullable(a.membershipID), a.r.CooperationID); err != nil {
			return err
		}
		var id string
		if err := tx.get(&id, `INSERT INTO proposals (cooperation_id, retreat_id, kind, title, description, series_id, planned_on, workstream_id, priority,
			submitter_membership_id, submitter_name, submitter_partner_id, created_at, updated_at)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $13) RETURNING id`,
			a.r.CooperationID, a.r.ID, f.kind, f.title, f.description, f.seriesID, f.plannedOn, f.workstreamID, f.priority,
			nullable(a.membershipID), submitter.Name, submitter.PartnerID, tx.Now); err != nil {
			return err
		}
		goals, err := tx.setProposalGoals(a, id, f.kind, in.GoalIDs)
		if err != nil {
			return err
		}
		var ch koop.Changes
		ch.Set("kind", nil, f.kind)
		ch.Set("title", nil, f.title)
		ch.Set("seriesId", nil, f.seriesID)
		ch.Set("plannedOn", nil, dateText(f.plannedOn))
		ch.Set("workstreamId", nil, f.workstreamID)
		ch.Set("priority", nil, priorityText(f.priority))
		ch.Set("goalIds", nil, idList(goals))
		if err := tx.auditTally(a.r, "proposal.create", "Proposal", id, ch); err != nil {
			return err
		}
		out, err = tx.fullProposal(id)
		return err
	})
	return out, err
}

// editableProposal loads a proposal for a change by its submitter (while the retreat is
// prepared), its chair or a planner.
func (tx *Tx) editableProposal(id string, version int) (*koop.Proposal, *retreatAccess, error) {
	p, a, err := tx.proposal(id, true)
	if err != nil {
		return nil, nil, err
	}
	if err := a.open(); err != nil {
		return nil, nil, err
	}
	own := a.membershipID != "" && p.SubmitterID != nil && *p.SubmitterID == a.membershipID
	if !a.chair {
		if !own {
			return nil, nil, koop.Errorf(koop.EFORBIDDEN, "Einen Vorschlag ändern nur, wer ihn eingereicht hat, die Moderation und die Koordination.")
		}
		if a.r.Status != koop.RetreatPreparing {
			return nil, nil, koop.Errorf(koop.EINVALID, "Die Sitzung hat begonnen; Änderungen am Vorschlag nimmt nun die Moderation vor.")
		}
	}
	if err := tx.exec(`SELECT 1 FROM proposals WHERE id = $1 FOR UPDATE`, p.ID); err != nil {
		return nil, nil, err
	}
	return p, a, checkVersion(version, p.Version, "Der Vorschlag")
}

// UpdateProposal changes a proposal.
func (s *RetreatService) UpdateProposal(ctx context.Context, in koop.UpdateProposalInput) (*koop.Proposal, error) {
	var out *koop.Proposal
	err := s.db.transact(ctx, func(tx *Tx) error {
		p, a, err := tx.editableProposal(in.ID, in.Version)
		if err != nil {
			return err
		}
		f := proposalFields{kind: p.Kind, title: p.Title, description: p.Description, seriesID: p.SeriesID, plannedOn: dayOf(p.PlannedOn),
			workstreamID: p.WorkstreamID, priority: p.Priority}
		if in.Title != nil {
			f.title = *in.Title
		}
		if in.Description != nil {
			f.description = *in.Description
		}
		if in.SeriesID != nil {
			f.seriesID = in.SeriesID
		}
		if in.PlannedOn != nil {
			f.plannedOn = dayOf(in.PlannedOn)
		}
		if in.WorkstreamID != nil {
			f.workstreamID = in.WorkstreamID
		}
		if in.ClearWorkstream != nil && *in.ClearWorkstream {
			f.workstreamID = nil
		}
		if in.Priority != nil {
			f.priority = in.Priority
		}
		if err := tx.checkProposalFields(a, &f); err != nil {
			return err
		}
		if err := tx.exec(`UPDATE proposals SET title = $2, description = $3, series_id = $4, planned_on = $5, workstream_id = $6, priority = $7,
			updated_at = $8, version = version + 1 WHERE id = $1`, p.ID, f.title, f.description, f.seriesID, f.plannedOn, f.workstreamID, f.priority, tx.Now); err != nil {
			return err
		}
		var ch koop.Changes
		if in.GoalIDs != nil {
			before, err := tx.linkedIDs(`SELECT goal_id FROM proposal_goals WHERE proposal_id = $1 ORDER BY goal_id`, p.ID)
			if err != nil {
				return err
			}
			after, err := tx.setProposalGoals(a, p.ID, f.kind, in.GoalIDs)
			if err != nil {
				return err
			}
			ch.Set("goalIds", idList(before), idList(after))
		}
		ch.Set("title", p.Title, f.title)
		ch.Set("seriesId", p.SeriesID, f.seriesID)
		ch.Set("plannedOn", dateText(p.PlannedOn), dateText(f.plannedOn))
		ch.Set("workstreamId", p.WorkstreamID, f.workstreamID)
		ch.Set("priority", priorityText(p.Priority), priorityText(f.priority))
		if err := tx.auditTally(a.r, "proposal.update", "Proposal", p.ID, ch); err != nil {
			return err
		}
		out, err = tx.fullProposal(p.ID)
		return err
	})
	return out, err
}

// WithdrawProposal deletes a proposal that has neither points nor a decision.
func (s *RetreatService) WithdrawProposal(ctx context.Context, in koop.WithdrawProposalInput) (*koop.Retreat, error) {
	var out *koop.Retreat
	err := s.db.transact(ctx, func(tx *Tx) error {
		p, a, err := tx.editableProposal(in.ID, in.Version)
		if err != nil {
			return err
		}
		if p.Points > 0 {
			return koop.Errorf(koop.EINVALID, "Auf „%s“ liegen bereits Punkte; der Vorschlag bleibt für das Protokoll erhalten.", p.Title)
		}
		var decided bool
		if err := tx.get(&decided, `SELECT EXISTS (SELECT 1 FROM decisions WHERE proposal_id = $1)`, p.ID); err != nil {
			return err
		}
		if decided {
			return koop.Errorf(koop.EINVALID, "Über „%s“ wurde bereits beschlossen; der Vorschlag bleibt für das Protokoll erhalten.", p.Title)
		}
		if err := tx.exec(`DELETE FROM proposals WHERE id = $1`, p.ID); err != nil {
			return err
		}
		var ch koop.Changes
		ch.Set("title", p.Title, nil)
		if err := tx.auditTally(a.r, "proposal.delete", "Proposal", p.ID, ch); err != nil {
			return err
		}
		out, err = tx.fullRetreat(a.r.ID)
		return err
	})
	return out, err
}

// dayOf is the calendar day of an optional date.
func dayOf(t *time.Time) *time.Time {
	if t == nil {
		return nil
	}
	d := day(*t)
	return &d
}
