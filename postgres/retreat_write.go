package postgres

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sort"
	"time"

	"github.com/lib/pq"

	"github.com/koop-lichtenberg/koop"
)

// retreatFields are a retreat's own fields, checked.
type retreatFields struct {
	title, place string
	planYear     int
	startsAt     time.Time
	endsOn       time.Time
	budget       int
}

func (f *retreatFields) check() error {
	var err error
	if f.title, err = koop.RequireText("title", "Der Titel", f.title, 200); err != nil {
		return err
	}
	if f.place, err = koop.OptionalText("place", "Der Ort", f.place, 300); err != nil {
		return err
	}
	if f.planYear < 2000 || f.planYear > 2100 {
		return koop.FieldErrorf(koop.EINVALID, "planYear", "Bitte geben Sie das Jahr an, das die Klausur plant (2000–2100).")
	}
	if f.startsAt.IsZero() {
		return koop.FieldErrorf(koop.EINVALID, "startsAt", "Bitte geben Sie den Beginn der Klausur an.")
	}
	if f.endsOn.IsZero() {
		return koop.FieldErrorf(koop.EINVALID, "endsOn", "Bitte geben Sie den letzten Tag der Klausur an.")
	}
	first := day(f.startsAt.In(koop.Berlin))
	f.endsOn = day(f.endsOn)
	if f.endsOn.Before(first) {
		return koop.FieldErrorf(koop.EINVALID, "endsOn", "Der letzte Tag (%s) darf nicht vor dem Beginn (%s) liegen.", dayText(f.endsOn), dayText(first))
	}
	if f.endsOn.Sub(first) > 14*24*time.Hour {
		return koop.FieldErrorf(koop.EINVALID, "endsOn", "Eine Klausur dauert höchstens zwei Wochen.")
	}
	if f.budget < 1 || f.budget > 100 {
		return koop.FieldErrorf(koop.EINVALID, "pointsBudget", "Jede Person verteilt zwischen 1 und 100 Punkte.")
	}
	return nil
}

// checkPlanYear refuses a second retreat for the same year.
func (tx *Tx) checkPlanYear(cooperationID string, year int, except *string) error {
	var other string
	err := tx.get(&other, `SELECT title FROM retreats WHERE cooperation_id = $1 AND plan_year = $2 AND ($3::uuid IS NULL OR id <> $3)`,
		cooperationID, year, except)
	if errors.Is(err, sql.ErrNoRows) {
		return nil
	}
	if err != nil {
		return err
	}
	return errPlanYear(year, other)
}

func errPlanYear(year int, other string) error {
	return koop.FieldErrorf(koop.ECONFLICT, "planYear", "Das Jahr %d plant bereits die Klausur „%s“.", year, other)
}

// planYearRace turns the unique index's complaint into the message of checkPlanYear.
func planYearRace(err error, year int) error {
	var pqErr *pq.Error
	if errors.As(err, &pqErr) && pqErr.Code == "23505" && pqErr.Constraint == "retreats_plan_year_key" {
		return errPlanYear(year, fmt.Sprintf("Klausur %d", year))
	}
	return err
}

// setParticipants replaces a retreat's participants: active members of its cooperation. The
// chair must be one of them.
func (tx *Tx) setParticipants(c *koop.Cooperation, retreatID string, ids []string, chair string) ([]string, error) {
	const msg = "Bitte wählen Sie aktive Mitglieder dieser Kooperation als Teilnehmende."
	list, err := uniqueIDs(ids, "participantMembershipIds", msg)
	if err != nil {
		return nil, err
	}
	if len(list) == 0 {
		return nil, koop.FieldErrorf(koop.EINVALID, "participantMembershipIds", "Bitte wählen Sie die Teilnehmenden der Klausur.")
	}
	var n int
	if err := tx.get(&n, `SELECT count(*) FROM memberships WHERE cooperation_id = $1 AND active AND id = ANY($2)`, c.ID, pq.Array(list)); err != nil {
		return nil, err
	}
	if n != len(list) {
		return nil, koop.FieldErrorf(koop.EINVALID, "participantMembershipIds", msg)
	}
	found := false
	for _, id := range list {
		found = found || id == chair
	}
	if !found {
		return nil, koop.FieldErrorf(koop.EINVALID, "chairMembershipId", "Die Moderation muss an der Klausur teilnehmen.")
	}
	if err := tx.exec(`DELETE FROM retreat_participants WHERE retreat_id = $1 AND NOT (membership_id = ANY($2))`, retreatID, pq.Array(list)); err != nil {
		return nil, err
	}
	sort.Strings(list)
	return list, tx.exec(`INSERT INTO retreat_participants (retreat_id, membership_id, cooperation_id) SELECT $1, unnest($2::uuid[]), $3
		ON CONFLICT DO NOTHING`, retreatID, pq.Array(list), c.ID)
}

// CreateRetreat creates a retreat with its participants and chair.
func (s *RetreatService) CreateRetreat(ctx context.Context, in koop.CreateRetreatInput) (*koop.Retreat, error) {
	var out *koop.Retreat
	err := s.db.transact(ctx, func(tx *Tx) error {
		c, err := tx.cooperation(in.CooperationID)
		if err != nil {
			return err
		}
		if err := c.MyRole.Require(koop.PermManageRetreat); err != nil {
			return err
		}
		f := retreatFields{title: in.Title, planYear: in.PlanYear, startsAt: in.StartsAt, endsOn: in.EndsOn, budget: in.PointsBudget}
		if in.Place != nil {
			f.place = *in.Place
		}
		if err := f.check(); err != nil {
			return err
		}
		chair, err := uniqueIDs([]string{in.ChairMembershipID}, "chairMembershipId", "Bitte wählen Sie die Moderation unter den Teilnehmenden.")
		if err != nil {
			return err
		}
		if err := tx.checkPlanYear(c.ID, f.planYear, nil); err != nil {
			return err
		}
		var id string
		if err := tx.get(&id, `INSERT INTO retreats (cooperation_id, title, plan_year, starts_at, ends_on, place, points_budget, created_at, updated_at)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) RETURNING id`, c.ID, f.title, f.planYear, f.startsAt, f.endsOn, f.place, f.budget, tx.Now); err != nil {
			return planYearRace(err, f.planYear)
		}
		parts, err := tx.setParticipants(c, id, in.ParticipantMembershipIDs, chair[0])
		if err != nil {
			return err
		}
		if err := tx.exec(`UPDATE retreats SET chair_membership_id = $2 WHERE id = $1`, id, chair[0]); err != nil {
			return err
		}
		var ch koop.Changes
		ch.Set("title", nil, f.title)
		ch.Set("planYear", nil, f.planYear)
		ch.Set("startsAt", nil, f.startsAt)
		ch.Set("endsOn", nil, dateText(&f.endsOn))
		ch.Set("place", nil, f.place)
		ch.Set("pointsBudget", nil, f.budget)
		ch.Set("participantMembershipIds", nil, idList(parts))
		ch.Set("chairMembershipId", nil, chair[0])
		if err := tx.audit(&c.ID, "retreat.create", "Retreat", id, ch); err != nil {
			return err
		}
		out, err = tx.fullRetreat(id)
		return err
	})
	return out, err
}

// managedRetreat loads a retreat for a change of its preparation by a planner.
func (tx *Tx) managedRetreat(id string, version int) (*retreatAccess, error) {
	a, err := tx.retreat(id, true)
	if err != nil {
		return nil, err
	}
	if err := a.requireManage(); err != nil {
		return nil, err
	}
	if err := a.open(); err != nil {
		return nil, err
	}
	return a, checkVersion(version, a.r.Version, "Die Klausur")
}

// UpdateRetreat changes a retreat while it is prepared.
func (s *RetreatService) UpdateRetreat(ctx context.Context, in koop.UpdateRetreatInput) (*koop.Retreat, error) {
	var out *koop.Retreat
	err := s.db.transact(ctx, func(tx *Tx) error {
		a, err := tx.managedRetreat(in.ID, in.Version)
		if err != nil {
			return err
		}
		r := a.r
		if r.Status != koop.RetreatPreparing {
			return koop.Errorf(koop.EINVALID, "Die Sitzung hat begonnen; Termin, Teilnehmende und Punkte stehen nun fest.")
		}
		f := retreatFields{title: r.Title, place: r.Place, planYear: r.PlanYear, startsAt: r.StartsAt, endsOn: r.EndsOn, budget: r.PointsBudget}
		if in.Title != nil {
			f.title = *in.Title
		}
		if in.Place != nil {
			f.place = *in.Place
		}
		if in.PlanYear != nil {
			f.planYear = *in.PlanYear
		}
		if in.StartsAt != nil {
			f.startsAt = *in.StartsAt
		}
		if in.EndsOn != nil {
			f.endsOn = *in.EndsOn
		}
		if in.PointsBudget != nil {
			f.budget = *in.PointsBudget
		}
		if err := f.check(); err != nil {
			return err
		}
		if f.planYear != r.PlanYear {
			if err := tx.checkPlanYear(r.CooperationID, f.planYear, &r.ID); err != nil {
				return err
			}
			if err := tx.checkEventDays(r.ID, f.planYear); err != nil {
				return err
			}
		}
		chair := ""
		if r.ChairID != nil {
			chair = *r.ChairID
		}
		if in.ChairMembershipID != nil {
			ids, err := uniqueIDs([]string{*in.ChairMembershipID}, "chairMembershipId", "Bitte wählen Sie die Moderation unter den Teilnehmenden.")
			if err != nil {
				return err
			}
			chair = ids[0]
		}
		var ch koop.Changes
		if in.ParticipantMembershipIDs != nil || in.ChairMembershipID != nil {
			before, err := tx.linkedIDs(`SELECT membership_id FROM retreat_participants WHERE retreat_id = $1 ORDER BY membership_id`, r.ID)
			if err != nil {
				return err
			}
			list := in.ParticipantMembershipIDs
			if list == nil {
				list = before
			}
			after, err := tx.setParticipants(a.c, r.ID, list, chair)
			if err != nil {
				return err
			}
			ch.Set("participantMembershipIds", idList(before), idList(after))
		}
		ch.Set("title", r.Title, f.title)
		ch.Set("place", r.Place, f.place)
		ch.Set("planYear", r.PlanYear, f.planYear)
		ch.Set("startsAt", r.StartsAt, f.startsAt)
		ch.Set("endsOn", dateText(&r.EndsOn), dateText(&f.endsOn))
		ch.Set("pointsBudget", r.PointsBudget, f.budget)
		ch.Set("chairMembershipId", r.ChairID, nullable(chair))
		if err := tx.exec(`UPDATE retreats SET title = $2, place = $3, plan_year = $4, starts_at = $5, ends_on = $6, points_budget = $7,
			chair_membership_id = $8, updated_at = $9, version = version + 1 WHERE id = $1`,
			r.ID, f.title, f.place, f.planYear, f.startsAt, f.endsOn, f.budget, nullable(chair), tx.Now); err != nil {
			return planYearRace(err, f.planYear)
		}
		if err := tx.auditTally(r, "retreat.update", "Retreat", r.ID, ch); err != nil {
			return err
		}
		out, err = tx.fullRetreat(r.ID)
		return err
	})
	return out, err
}

// checkEventDays refuses a planned year that the days of the retreat's event proposals are not in.
func (tx *Tx) checkEventDays(retreatID string, year int) error {
	var title string
	err := tx.get(&title, `SELECT title FROM proposals WHERE retreat_id = $1 AND kind = 'EVENT' AND extract(year FROM planned_on) <> $2
		ORDER BY created_at LIMIT 1`, retreatID, year)
	if errors.Is(err, sql.ErrNoRows) {
		return nil
	}
	if err != nil {
		return err
	}
	return koop.FieldErrorf(koop.EINVALID, "planYear", "Der Vorschlag „%s“ plant eine Veranstaltung außerhalb von %d; bitte ändern Sie zuerst seinen Tag.", title, year)
}

// DeleteRetreat deletes a retreat while it is prepared.
func (s *RetreatService) DeleteRetreat(ctx context.Context, in koop.RetreatStepInput) error {
	return s.db.transact(ctx, func(tx *Tx) error {
		a, err := tx.managedRetreat(in.ID, in.Version)
		if err != nil {
			return err
		}
		if a.r.Status != koop.RetreatPreparing {
			return koop.Errorf(koop.EINVALID, "Eine Klausur, deren Sitzung begonnen hat, bleibt mit ihrem Protokoll erhalten.")
		}
		if err := tx.exec(`DELETE FROM retreats WHERE id = $1`, a.r.ID); err != nil {
			return err
		}
		var ch koop.Changes
		ch.Set("title", a.r.Title, nil)
		return tx.auditTally(a.r, "retreat.delete", "Retreat", a.r.ID, ch)
	})
}

// step runs a step of the session by its chair: the retreat locked, its version checked.
func (s *RetreatService) step(ctx context.Context, in koop.RetreatStepInput, action string, fn func(tx *Tx, a *retreatAccess, ch *koop.Changes) error) (*koop.Retreat, error) {
	var out *koop.Retreat
	err := s.db.transact(ctx, func(tx *Tx) error {
		a, err := tx.chairedRetreat(in.ID)
		if err != nil {
			return err
		}
		if err := checkVersion(in.Version, a.r.Version, "Die Klausur"); err != nil {
			return err
		}
		var ch koop.Changes
		if err := fn(tx, a, &ch); err != nil {
			return err
		}
		if err := tx.exec(`UPDATE retreats SET updated_at = $2, version = version + 1 WHERE id = $1`, a.r.ID, tx.Now); err != nil {
			return err
		}
		if err := tx.auditTally(a.r, action, "Retreat", a.r.ID, ch); err != nil {
			return err
		}
		out, err = tx.fullRetreat(a.r.ID)
		return err
	})
	return out, err
}

// StartRetreatSession moves a retreat from PREPARING to IN_SESSION.
func (s *RetreatService) StartRetreatSession(ctx context.Context, in koop.RetreatStepInput) (*koop.Retreat, error) {
	return s.step(ctx, in, "retreat.start", func(tx *Tx, a *retreatAccess, ch *koop.Changes) error {
		if a.r.Status != koop.RetreatPreparing {
			return koop.Errorf(koop.EINVALID, "Die Sitzung hat bereits begonnen.")
		}
		ch.Set("status", a.r.Status, koop.RetreatInSession)
		return tx.exec(`UPDATE retreats SET status = 'IN_SESSION' WHERE id = $1`, a.r.ID)
	})
}

// OpenVoting lets participants place their points.
func (s *RetreatService) OpenVoting(ctx context.Context, in koop.RetreatStepInput) (*koop.Retreat, error) {
	return s.step(ctx, in, "retreat.voting_open", func(tx *Tx, a *retreatAccess, ch *koop.Changes) error {
		if a.r.Status != koop.RetreatInSession {
			return koop.Errorf(koop.EINVALID, "Abgestimmt wird in der Sitzung; bitte beginnen Sie zuerst die Sitzung.")
		}
		if a.r.VotingOpen {
			return koop.Errorf(koop.EINVALID, "Die Abstimmung ist bereits geöffnet.")
		}
		ch.Set("votingOpen", false, true)
		return tx.exec(`UPDATE retreats SET voting_open = true WHERE id = $1`, a.r.ID)
	})
}

// CloseVoting ends the placing of points (it may be opened again).
func (s *RetreatService) CloseVoting(ctx context.Context, in koop.RetreatStepInput) (*koop.Retreat, error) {
	return s.step(ctx, in, "retreat.voting_close", func(tx *Tx, a *retreatAccess, ch *koop.Changes) error {
		if !a.r.VotingOpen {
			return koop.Errorf(koop.EINVALID, "Die Abstimmung ist nicht geöffnet.")
		}
		ch.Set("votingOpen", true, false)
		return tx.exec(`UPDATE retreats SET voting_open = false WHERE id = $1`, a.r.ID)
	})
}

// CastVote sets the actor's points on a proposal. The participant's row is locked first, so
// that two votes of one person at once are counted one after the other against the budget;
// the retreat's row is shared-locked, so that closing the vote waits for votes in flight.
func (s *RetreatService) CastVote(ctx context.Context, in koop.CastVoteInput) (*koop.RetreatTally, error) {
	var out *koop.RetreatTally
	err := s.db.transact(ctx, func(tx *Tx) error {
		p, a, err := tx.proposal(in.ProposalID, false)
		if err != nil {
			return err
		}
		if !a.participant {
			return koop.Errorf(koop.EFORBIDDEN, "Nur Teilnehmende der Klausur vergeben Punkte.")
		}
		var st struct {
			Status     koop.RetreatStatus `db:"status"`
			VotingOpen bool               `db:"voting_open"`
			Budget     int                `db:"points_budget"`
		}
		if err := tx.get(&st, `SELECT status, voting_open, points_budget FROM retreats WHERE id = $1 FOR SHARE`, a.r.ID); err != nil {
			return err
		}
		switch {
		case st.Status == koop.RetreatClosed:
			return errRetreatClosed()
		case st.Status != koop.RetreatInSession:
			return koop.Errorf(koop.EINVALID, "Punkte werden erst in der Sitzung vergeben.")
		case !st.VotingOpen:
			return koop.Errorf(koop.EINVALID, "Die Abstimmung ist nicht geöffnet; die Moderation öffnet sie.")
		}
		if in.Points < 0 {
			return koop.FieldErrorf(koop.EINVALID, "points", "Punkte können nicht negativ sein.")
		}
		if err := tx.exec(`SELECT 1 FROM retreat_participants WHERE retreat_id = $1 AND membership_id = $2 FOR UPDATE`, a.r.ID, a.membershipID); err != nil {
			return err
		}
		var used struct {
			Elsewhere int `db:"elsewhere"`
			Here      int `db:"here"`
		}
		if err := tx.get(&used, `SELECT coalesce(sum(points) FILTER (WHERE proposal_id <> $3), 0) AS elsewhere,
			coalesce(sum(points) FILTER (WHERE proposal_id = $3), 0) AS here FROM votes WHERE retreat_id = $1 AND membership_id = $2`,
			a.r.ID, a.membershipID, p.ID); err != nil {
			return err
		}
		elsewhere := used.Elsewhere
		if used.Here == in.Points {
			// a repeated request: nothing to do
			out, err = tx.tally(a.r.ID)
			return err
		}
		if elsewhere+in.Points > st.Budget {
			return koop.FieldErrorf(koop.EINVALID, "points", "Sie verteilen höchstens %d Punkte; %d davon liegen auf anderen Vorschlägen, für „%s“ bleiben also höchstens %d.",
				st.Budget, elsewhere, p.Title, st.Budget-elsewhere)
		}
		if in.Points == 0 {
			err = tx.exec(`DELETE FROM votes WHERE proposal_id = $1 AND membership_id = $2`, p.ID, a.membershipID)
		} else {
			err = tx.exec(`INSERT INTO votes (retreat_id, proposal_id, membership_id, points, updated_at) VALUES ($1, $2, $3, $4, $5)
				ON CONFLICT (proposal_id, membership_id) DO UPDATE SET points = excluded.points, updated_at = excluded.updated_at`,
				a.r.ID, p.ID, a.membershipID, in.Points, tx.Now)
		}
		if err != nil {
			return err
		}
		var ch koop.Changes
		ch.Set("points", used.Here, in.Points)
		if err := tx.auditTally(a.r, "vote.cast", "Proposal", p.ID, ch); err != nil {
			return err
		}
		out, err = tx.tally(a.r.ID)
		return err
	})
	return out, err
}
