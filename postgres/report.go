package postgres

import (
	"context"
	"time"

	"github.com/lib/pq"

	"github.com/koop-lichtenberg/koop"
)

// ReportService implements koop.ReportService.
type ReportService struct{ db *DB }

// NewReportService returns the service.
func NewReportService(db *DB) *ReportService { return &ReportService{db: db} }

var _ koop.ReportService = (*ReportService)(nil)

// AnnualReport computes the annual report of a cooperation for a year, for all partners or
// one, in a fixed number of statements whatever the amount of data. Every figure comes from the
// code that owns it: guest counts as GuestCounts count them, money as the budget tallies it
// (through the coverage's partner balance), KPI states from koop.KpiProgress, commitment
// standings from the agreement ledger, winners from the locked result.
func (s *ReportService) AnnualReport(ctx context.Context, cooperationID string, year int, partnerID *string) (*koop.AnnualReport, error) {
	var out *koop.AnnualReport
	err := s.db.read(ctx, func(tx *Tx) error {
		c, err := tx.cooperation(cooperationID)
		if err != nil {
			return err
		}
		if err := c.MyRole.Require(koop.PermViewReport); err != nil {
			return err
		}
		if err := koop.CheckReportYear(year); err != nil {
			return err
		}
		var partner *koop.Partner
		if partnerID != nil {
			partner = partnerMap(c)[*partnerID]
			if partner == nil {
				return koop.FieldErrorf(koop.EINVALID, "partnerId", "Bitte wählen Sie einen Partner dieser Kooperation.")
			}
		}
		out, err = tx.annualReport(c, koop.NewReportPeriod(year, tx.today()), partner)
		return err
	})
	return out, err
}

// annualReport assembles the report of c for the period, narrowed to partner when set.
func (tx *Tx) annualReport(c *koop.Cooperation, p koop.ReportPeriod, partner *koop.Partner) (*koop.AnnualReport, error) {
	r := &koop.AnnualReport{CooperationID: c.ID, Year: p.Year, Partner: partner, GeneratedAt: tx.Now}
	var pid *string
	if partner != nil {
		pid = &partner.ID
	}
	events, ledSeries, err := tx.reportEvents(c, p, pid)
	if err != nil {
		return nil, err
	}
	r.Events = events
	if r.Budget, err = tx.reportBudget(c, p, partner); err != nil {
		return nil, err
	}
	if r.Awards, err = tx.reportAwards(c, p); err != nil {
		return nil, err
	}
	if r.Retreat, err = tx.reportRetreat(c, p, pid); err != nil {
		return nil, err
	}
	if r.Workstreams, err = tx.reportWorkstreams(c, p, pid); err != nil {
		return nil, err
	}
	var workstreamIDs []string
	if partner != nil {
		for _, w := range r.Workstreams {
			workstreamIDs = append(workstreamIDs, w.ID)
		}
	}
	if r.Kpis, err = tx.reportKpis(c, p, partner != nil, workstreamIDs, ledSeries); err != nil {
		return nil, err
	}
	if r.Commitments, err = tx.reportCommitments(c, p); err != nil {
		return nil, err
	}
	r.Finish(p)
	return r, nil
}

// reportEventRow is a held event with what the report needs besides its figures.
type reportEventRow struct {
	koop.ReportEvent
	SeriesID      *string `db:"series_id"`
	LeadPartnerID string  `db:"lead_partner_id"`
}

// reportEvents reads the events held or documented in the year with their guest figures (one
// statement); with a partner, those it leads or co-organises. It also returns the series of
// the events the partner led.
func (tx *Tx) reportEvents(c *koop.Cooperation, p koop.ReportPeriod, partnerID *string) ([]*koop.ReportEvent, []string, error) {
	var rows []reportEventRow
	// invited: every invitation sent (walk-ins were not); accepted: of those, who said yes, came
	// or did not come after saying yes; attended and seats as GuestCounts count them.
	if err := tx.sel(&rows, `SELECT e.id, e.title, s.name AS series_name, e.series_id, e.starts_at, e.lead_partner_id, '' AS lead_partner_name,
			count(i.id) FILTER (WHERE i.invited_at IS NOT NULL) AS invited,
			count(i.id) FILTER (WHERE i.invited_at IS NOT NULL AND i.status IN ('ACCEPTED', 'ATTENDED', 'NO_SHOW')) AS accepted,
			count(i.id) FILTER (WHERE i.status = 'ATTENDED') AS attended,
			coalesce(sum(1 + i.plus_one::int) FILTER (WHERE i.status = 'ATTENDED'), 0) AS seats_attended
		FROM events e
		LEFT JOIN event_series s ON s.id = e.series_id
		LEFT JOIN invitations i ON i.event_id = e.id
		WHERE e.cooperation_id = $1 AND e.starts_at >= $2 AND e.starts_at < $3 AND e.status IN ('HELD', 'DOCUMENTED')
			AND ($4::uuid IS NULL OR e.lead_partner_id = $4 OR EXISTS (
				SELECT 1 FROM event_organisers eo JOIN memberships m ON m.id = eo.membership_id
				JOIN partners pa ON pa.cooperation_id = e.cooperation_id AND pa.organisation_id = m.organisation_id
				WHERE eo.event_id = e.id AND pa.id = $4))
		GROUP BY e.id, s.name
		ORDER BY e.starts_at, e.title, e.id`, c.ID, p.From, p.Until, partnerID); err != nil {
		return nil, nil, err
	}
	partners := partnerMap(c)
	out := make([]*koop.ReportEvent, len(rows))
	series := []string{}
	seen := map[string]bool{}
	for i := range rows {
		e := rows[i].ReportEvent
		e.LeadPartnerName = koop.PartnerLabel(partners[rows[i].LeadPartnerID])
		out[i] = &e
		if partnerID != nil && rows[i].LeadPartnerID == *partnerID && rows[i].SeriesID != nil && !seen[*rows[i].SeriesID] {
			seen[*rows[i].SeriesID] = true
			series = append(series, *rows[i].SeriesID)
		}
	}
	return out, series, nil
}

// reportBudget is the planned and actual money per partner of the year's events, as the
// partner balance of the coverage view computes it with the budget's own code; with a partner,
// only its row.
func (tx *Tx) reportBudget(c *koop.Cooperation, p koop.ReportPeriod, partner *koop.Partner) ([]*koop.ReportBudgetPartner, error) {
	balance, err := tx.partnerBalance(c, p.Year)
	if err != nil {
		return nil, err
	}
	out := []*koop.ReportBudgetPartner{}
	for _, b := range balance {
		if partner == nil || b.Partner.ID == partner.ID {
			out = append(out, &koop.ReportBudgetPartner{Partner: b.Partner, PlannedCents: b.PlannedCents, ActualCents: b.ActualCents})
		}
	}
	return out, nil
}

// reportAwards reads the award cycles of the year with their nomination counts and, once the
// result is locked, the winners per category (two statements). Until a cycle is announced its
// winners are shown only to those who see its locked result (award managers and its jurors),
// as AwardResult does; scores never.
func (tx *Tx) reportAwards(c *koop.Cooperation, p koop.ReportPeriod) ([]*koop.ReportAward, error) {
	a, err := tx.actor()
	if err != nil {
		return nil, err
	}
	var rows []struct {
		CycleID         string          `db:"cycle_id"`
		Title           string          `db:"title"`
		Phase           koop.AwardPhase `db:"phase"`
		NominationCount int             `db:"nomination_count"`
	}
	if err := tx.sel(&rows, `SELECT y.id AS cycle_id, y.title, y.phase,
			(SELECT count(*) FROM award_nominations n WHERE n.cycle_id = y.id) AS nomination_count
		FROM award_cycles y WHERE y.cooperation_id = $1 AND y.year = $2
		ORDER BY y.title, y.id`, c.ID, p.Year); err != nil {
		return nil, err
	}
	var winners []struct {
		CycleID          string `db:"cycle_id"`
		Category         string `db:"category"`
		OrganisationName string `db:"organisation_name"`
	}
	// first places that are not shared, as the announced winners are chosen
	if err := tx.sel(&winners, `SELECT r.cycle_id, r.category, o.name AS organisation_name
		FROM award_cycles y JOIN award_results r ON r.cycle_id = y.id AND r.rank = 1
		JOIN award_nominations n ON n.id = r.nomination_id JOIN organisations o ON o.id = n.organisation_id
		WHERE y.cooperation_id = $1 AND y.year = $2
			AND (y.phase = 'ANNOUNCED' OR y.phase = 'DECIDED' AND ($3 OR EXISTS (
				SELECT 1 FROM award_jurors j WHERE j.cycle_id = y.id AND j.user_id = $4)))
			AND NOT EXISTS (SELECT 1 FROM award_results t WHERE t.cycle_id = r.cycle_id AND t.category = r.category AND t.rank = 1
				AND t.nomination_id <> r.nomination_id)
		ORDER BY y.id, array_position(y.categories, r.category), r.category`,
		c.ID, p.Year, c.MyRole.Can(koop.PermManageAward), a.UserID); err != nil {
		return nil, err
	}
	out := make([]*koop.ReportAward, len(rows))
	byID := map[string]*koop.ReportAward{}
	for i, r := range rows {
		out[i] = &koop.ReportAward{CycleID: r.CycleID, Title: r.Title, Phase: r.Phase, NominationCount: r.NominationCount, Winners: []*koop.ReportWinner{}}
		byID[r.CycleID] = out[i]
	}
	for _, w := range winners {
		if y := byID[w.CycleID]; y != nil {
			y.Winners = append(y.Winners, &koop.ReportWinner{Category: w.Category, OrganisationName: w.OrganisationName})
		}
	}
	return out, nil
}

// reportRetreat reads the retreat whose start lies in the year (the first, should there be
// two) and its decisions, with a partner those it owns (two statements).
func (tx *Tx) reportRetreat(c *koop.Cooperation, p koop.ReportPeriod, partnerID *string) (*koop.ReportRetreat, error) {
	const held = `SELECT r.id FROM retreats r WHERE r.cooperation_id = $1 AND r.starts_at >= $2 AND r.starts_at < $3
		ORDER BY r.starts_at, r.id LIMIT 1`
	var rows []struct {
		ID       string             `db:"id"`
		Title    string             `db:"title"`
		PlanYear int                `db:"plan_year"`
		StartsAt time.Time          `db:"starts_at"`
		Status   koop.RetreatStatus `db:"status"`
	}
	if err := tx.sel(&rows, `SELECT r.id, r.title, r.plan_year, r.starts_at, r.status FROM retreats r WHERE r.id = (`+held+`)`,
		c.ID, p.From, p.Until); err != nil {
		return nil, err
	}
	var decisions []struct {
		koop.ReportDecision
		OwnerPartnerID *string `db:"owner_partner_id"`
	}
	if err := tx.sel(&decisions, `SELECT d.id, d.text, d.outcome, d.owner_partner_id, NULL AS owner_partner_name, d.due_on
		FROM decisions d WHERE d.retreat_id = (`+held+`) AND ($4::uuid IS NULL OR d.owner_partner_id = $4)
		ORDER BY d.created_at, d.id`, c.ID, p.From, p.Until, partnerID); err != nil {
		return nil, err
	}
	if len(rows) == 0 {
		return nil, nil
	}
	r := rows[0]
	y, m, d := r.StartsAt.In(koop.Berlin).Date()
	out := &koop.ReportRetreat{ID: r.ID, Title: r.Title, PlanYear: r.PlanYear, StartsOn: time.Date(y, m, d, 0, 0, 0, 0, time.UTC),
		Status: r.Status, Decisions: make([]*koop.ReportDecision, len(decisions))}
	partners := partnerMap(c)
	for i := range decisions {
		dec := decisions[i].ReportDecision
		if id := decisions[i].OwnerPartnerID; id != nil {
			if pa := partners[*id]; pa != nil {
				name := koop.PartnerLabel(pa)
				dec.OwnerPartnerName = &name
			}
		}
		out.Decisions[i] = &dec
	}
	return out, nil
}

// reportWorkstreams reads the workstreams active in the year, with a partner those it leads,
// with their lead partners and the milestones due in the year (three statements).
func (tx *Tx) reportWorkstreams(c *koop.Cooperation, p koop.ReportPeriod, partnerID *string) ([]*koop.ReportWorkstream, error) {
	var rows []struct {
		ID     string                `db:"id"`
		Title  string                `db:"title"`
		Status koop.WorkstreamStatus `db:"status"`
	}
	if err := tx.sel(&rows, `SELECT w.id, w.title, w.status FROM workstreams w
		WHERE w.cooperation_id = $1 AND w.starts_on <= $3 AND (w.ends_on IS NULL OR w.ends_on >= $2)
			AND ($4::uuid IS NULL OR EXISTS (
				SELECT 1 FROM workstream_leads wl JOIN memberships m ON m.id = wl.membership_id
				JOIN partners pa ON pa.cooperation_id = w.cooperation_id AND pa.organisation_id = m.organisation_id
				WHERE wl.workstream_id = w.id AND pa.id = $4))
		ORDER BY w.starts_on, w.title, w.id`, c.ID, p.FirstDay, p.LastDay, partnerID); err != nil {
		return nil, err
	}
	out := make([]*koop.ReportWorkstream, len(rows))
	ids := make([]string, len(rows))
	byID := make(map[string]*koop.ReportWorkstream, len(rows))
	for i, r := range rows {
		out[i] = &koop.ReportWorkstream{ID: r.ID, Title: r.Title, Status: r.Status, LeadPartnerNames: []string{}, Milestones: []*koop.ReportMilestone{}}
		ids[i], byID[r.ID] = r.ID, out[i]
	}
	var leads []struct {
		WorkstreamID string `db:"workstream_id"`
		PartnerID    string `db:"partner_id"`
		Position     int    `db:"position"`
	}
	if err := tx.sel(&leads, `SELECT DISTINCT wl.workstream_id, pa.id AS partner_id, pa.position
		FROM workstream_leads wl JOIN memberships m ON m.id = wl.membership_id
		JOIN partners pa ON pa.cooperation_id = wl.cooperation_id AND pa.organisation_id = m.organisation_id
		WHERE wl.workstream_id = ANY($1::uuid[]) ORDER BY pa.position, pa.id`, pq.Array(ids)); err != nil {
		return nil, err
	}
	partners := partnerMap(c)
	for _, l := range leads {
		if w, pa := byID[l.WorkstreamID], partners[l.PartnerID]; w != nil && pa != nil {
			w.LeadPartnerNames = append(w.LeadPartnerNames, koop.PartnerLabel(pa))
		}
	}
	var milestones []struct {
		koop.ReportMilestone
		WorkstreamID string `db:"workstream_id"`
	}
	if err := tx.sel(&milestones, `SELECT workstream_id, title, due_on, done_on FROM milestones
		WHERE workstream_id = ANY($1::uuid[]) AND due_on BETWEEN $2 AND $3 ORDER BY due_on, title, id`,
		pq.Array(ids), p.FirstDay, p.LastDay); err != nil {
		return nil, err
	}
	for i := range milestones {
		m := milestones[i].ReportMilestone
		byID[milestones[i].WorkstreamID].Milestones = append(byID[milestones[i].WorkstreamID].Milestones, &m)
	}
	return out, nil
}

// reportKpis reads the KPIs as they stood at the period's AsOf day: every KPI of the
// cooperation, or for a partner the KPIs of goals, of its workstreams and of the series of the
// events it led (three or four statements).
func (tx *Tx) reportKpis(c *koop.Cooperation, p koop.ReportPeriod, narrowed bool, workstreamIDs, seriesIDs []string) ([]*koop.ReportKpi, error) {
	tree, err := tx.goalTree(c.ID)
	if err != nil {
		return nil, err
	}
	goalIDs := make([]string, len(tree))
	for i, g := range tree {
		goalIDs[i] = g.ID
	}
	if !narrowed {
		var subjects []struct {
			WorkstreamID *string `db:"workstream_id"`
			SeriesID     *string `db:"series_id"`
		}
		if err := tx.sel(&subjects, `SELECT DISTINCT workstream_id, series_id FROM kpis
			WHERE cooperation_id = $1 AND goal_id IS NULL`, c.ID); err != nil {
			return nil, err
		}
		for _, s := range subjects {
			if s.WorkstreamID != nil {
				workstreamIDs = append(workstreamIDs, *s.WorkstreamID)
			}
			if s.SeriesID != nil {
				seriesIDs = append(seriesIDs, *s.SeriesID)
			}
		}
	}
	kpis, err := tx.kpisOf(c.ID, goalIDs, workstreamIDs, seriesIDs)
	if err != nil {
		return nil, err
	}
	codeGoalSubjects(kpis, goalIndex(tree))
	out := make([]*koop.ReportKpi, len(kpis))
	for i, k := range kpis {
		out[i] = koop.ReportKpiAsOf(k, p.AsOf)
	}
	return out, nil
}

// reportCommitments reads the commitments of the signed agreements in force in the year with
// their standing in it, from the agreement ledger (four statements).
func (tx *Tx) reportCommitments(c *koop.Cooperation, p koop.ReportPeriod) ([]*koop.ReportCommitment, error) {
	agreements, err := tx.agreementsWhere(c, `a.status = 'SIGNED' AND a.valid_from <= $2 AND (a.valid_until IS NULL OR a.valid_until >= $3)`,
		p.LastDay, p.FirstDay)
	if err != nil {
		return nil, err
	}
	out := []*koop.ReportCommitment{}
	// oldest agreement first, so that commitments read in the order they were made
	for i := len(agreements) - 1; i >= 0; i-- {
		for _, k := range agreements[i].Commitments {
			if rc, ok := koop.ReportCommitmentIn(k, p.Year); ok {
				out = append(out, rc)
			}
		}
	}
	return out, nil
}
