package postgres

import (
	"time"

	"github.com/koop-lichtenberg/koop"
)

// The coverage view answers what the district's strategy paper found missing: goals without a
// measure, measures without a KPI, measures confined to one partner, goals without priority, and
// how the partners share a year's work.

// coverageOf computes the coverage of a cooperation and the partner balance of a year, in a
// fixed number of statements.
func (tx *Tx) coverageOf(c *koop.Cooperation, year int) (*koop.Coverage, error) {
	s, measures, err := tx.strategyOf(c)
	if err != nil {
		return nil, err
	}
	cov := &koop.Coverage{CooperationID: c.ID, Year: year, GoalsWithoutMeasure: []*koop.Goal{}, MeasuresWithoutKpi: []*koop.Measure{},
		MeasuresWithOnePartner: []*koop.Measure{}, GoalsWithoutPriority: []*koop.Goal{}}
	for _, g := range s.Goals {
		if !g.Covered {
			cov.GoalsWithoutMeasure = append(cov.GoalsWithoutMeasure, g)
		}
		if g.Priority == nil {
			cov.GoalsWithoutPriority = append(cov.GoalsWithoutPriority, g)
		}
	}
	for _, m := range measures.list {
		// Every workstream is a measure; an event series only once it serves a goal (the
		// Neujahrsempfang is not a measure until someone says what it is for).
		if m.Kind == koop.MeasureEventSeries && m.GoalCount == 0 {
			continue
		}
		if m.KpiCount == 0 {
			cov.MeasuresWithoutKpi = append(cov.MeasuresWithoutKpi, m)
		}
		if len(m.Partners) <= 1 {
			cov.MeasuresWithOnePartner = append(cov.MeasuresWithOnePartner, m)
		}
	}
	cov.PartnerBalance, err = tx.partnerBalance(c, year)
	return cov, err
}

// partnerBalance counts per partner, in partner order, what it leads, co-organises, pays and
// whom it sends in the year (events by their start in Berlin).
func (tx *Tx) partnerBalance(c *koop.Cooperation, year int) ([]*koop.PartnerBalance, error) {
	from := time.Date(year, 1, 1, 0, 0, 0, 0, koop.Berlin)
	until := time.Date(year+1, 1, 1, 0, 0, 0, 0, koop.Berlin)
	firstDay := time.Date(year, 1, 1, 0, 0, 0, 0, time.UTC)
	lastDay := time.Date(year, 12, 31, 0, 0, 0, 0, time.UTC)
	var rows []struct {
		PartnerID         string `db:"partner_id"`
		EventsLed         int    `db:"events_led"`
		EventsCoOrganised int    `db:"events_co_organised"`
		WorkstreamsLed    int    `db:"workstreams_led"`
		Attendees         int    `db:"attendees"`
	}
	if err := tx.sel(&rows, `WITH ev AS (
			SELECT e.id, e.lead_partner_id FROM events e
			WHERE e.cooperation_id = $1 AND e.starts_at >= $2 AND e.starts_at < $3 AND e.status <> 'CANCELLED')
		SELECT p.id AS partner_id,
			(SELECT count(*) FROM ev WHERE ev.lead_partner_id = p.id) AS events_led,
			(SELECT count(*) FROM ev WHERE ev.lead_partner_id <> p.id AND EXISTS (
				SELECT 1 FROM event_organisers eo JOIN memberships m ON m.id = eo.membership_id
				WHERE eo.event_id = ev.id AND m.organisation_id = p.organisation_id)) AS events_co_organised,
			(SELECT count(*) FROM workstreams w
				WHERE w.cooperation_id = $1 AND w.starts_on <= $5 AND (w.ends_on IS NULL OR w.ends_on >= $4) AND EXISTS (
					SELECT 1 FROM workstream_leads wl JOIN memberships m ON m.id = wl.membership_id
					WHERE wl.workstream_id = w.id AND m.organisation_id = p.organisation_id)) AS workstreams_led,
			(SELECT count(*) FROM invitations i JOIN ev ON ev.id = i.event_id JOIN contacts ct ON ct.id = i.contact_id
				WHERE i.status = 'ATTENDED' AND ct.organisation_id = p.organisation_id) AS attendees
		FROM partners p WHERE p.cooperation_id = $1`, c.ID, from, until, firstDay, lastDay); err != nil {
		return nil, err
	}
	// The money: the partners' shares of the budgets of the year's events, split exactly as the
	// budget page splits them (its yearly summary takes the same events).
	var ids []string
	if err := tx.sel(&ids, `SELECT id FROM events WHERE cooperation_id = $1 AND starts_at >= $2 AND starts_at < $3 ORDER BY starts_at, id`,
		c.ID, from, until); err != nil {
		return nil, err
	}
	events := make([]*koop.Event, len(ids))
	eventCoop := make(map[string]string, len(ids))
	for i, id := range ids {
		events[i], eventCoop[id] = &koop.Event{ID: id}, c.ID
	}
	budgets, err := tx.loadBudgets(map[string]*koop.Cooperation{c.ID: c}, ids, eventCoop)
	if err != nil {
		return nil, err
	}
	money := koop.Summarise(year, c.Partners, events, budgets)
	out := make([]*koop.PartnerBalance, len(c.Partners))
	for i, p := range c.Partners {
		b := &koop.PartnerBalance{Partner: p, PlannedCents: money.Partners[i].PlannedCents, ActualCents: money.Partners[i].ActualCents}
		for _, r := range rows {
			if r.PartnerID == p.ID {
				b.EventsLed, b.EventsCoOrganised, b.WorkstreamsLed, b.Attendees = r.EventsLed, r.EventsCoOrganised, r.WorkstreamsLed, r.Attendees
			}
		}
		out[i] = b
	}
	return out, nil
}
