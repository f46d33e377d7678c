package postgres

import (
	"time"

	"github.com/lib/pq"

	"github.com/koop-lichtenberg/koop"
)

// The demo award: "Lichtenberger Unternehmen des Jahres" with its 2027 cycle in DRAFT, whose
// criteria the Bezirksamt approved and the WKHL not yet.
const (
	demoAwardProgrammeID = "6b00c0de-0000-4000-8000-000000000a01"
	demoAwardCycle2027ID = "6b00c0de-0000-4000-8000-000000000a11"
)

var demoCriteria = []struct{ id, name, description string }{
	{"6b00c0de-0000-4000-8000-000000000a21", "Innovation", "Neue Produkte, Verfahren oder Geschäftsmodelle, die das Unternehmen voranbringen."},
	{"6b00c0de-0000-4000-8000-000000000a22", "Ausbildung und Beschäftigung", "Ausbildungsplätze, gute Arbeit und Fachkräftesicherung im Bezirk."},
	{"6b00c0de-0000-4000-8000-000000000a23", "Engagement im Bezirk", "Einsatz für Nachbarschaft, Vereine, Kultur und Sport in Lichtenberg."},
	{"6b00c0de-0000-4000-8000-000000000a24", "Nachhaltigkeit", "Umgang mit Energie, Ressourcen und Verantwortung für die Umwelt."},
}

// demoCriteriaWeights: innovation and jobs count double.
var demoCriteriaWeights = []int{2, 2, 1, 1}

// seedAward adds the demo award where missing.
func (tx *Tx) seedAward(coop string) error {
	created, err := tx.seedRow(`INSERT INTO award_programmes (id, cooperation_id, name, description, winner_exclusion_years, created_at, updated_at)
		VALUES ($1, $2, $3, $4, 3, $5, $5) ON CONFLICT (id) DO NOTHING`, demoAwardProgrammeID, coop, "Lichtenberger Unternehmen des Jahres",
		"Der gemeinsame Preis von Bezirksamt und Wirtschaftskreis für Unternehmen, die Lichtenberg voranbringen. Eine Jury aus beiden Partnern und der Wirtschaft entscheidet.",
		tx.Now)
	if err != nil || !created {
		return err
	}
	if err := tx.audit(&coop, "award_programme.create", "AwardProgramme", demoAwardProgrammeID, nil); err != nil {
		return err
	}
	berlin, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		return err
	}
	at := func(y int, m time.Month, d, h, min int) time.Time { return time.Date(y, m, d, h, min, 0, 0, berlin) }
	if err := tx.exec(`INSERT INTO award_cycles (id, cooperation_id, programme_id, year, title, categories, nomination_opens_at, nomination_closes_at,
		voting_closes_at, quorum, tie_break_rule, announcement_event_id, criteria_version, created_at, updated_at)
		VALUES ($1, $2, $3, 2027, $4, $5, $6, $7, $8, 3, $9, NULL, 1, $10, $10)`,
		demoAwardCycle2027ID, coop, demoAwardProgrammeID, "Lichtenberger Unternehmen des Jahres 2027",
		pq.Array([]string{"Handwerk", "Dienstleistung", "Industrie und Technik", "Neugründung"}),
		at(2027, time.March, 1, 0, 0), at(2027, time.May, 31, 23, 59), at(2027, time.September, 30, 23, 59),
		koop.TieBreakTopRanksMedianChair, tx.Now); err != nil {
		return err
	}
	if err := tx.audit(&coop, "award_cycle.create", "AwardCycle", demoAwardCycle2027ID, nil); err != nil {
		return err
	}
	for i, c := range demoCriteria {
		if err := tx.exec(`INSERT INTO award_criteria (id, cycle_id, name, description, weight, score_min, score_max, position, created_at, updated_at)
			VALUES ($1, $2, $3, $4, $5, 1, 10, $6, $7, $7)`, c.id, demoAwardCycle2027ID, c.name, c.description, demoCriteriaWeights[i], i+1, tx.Now); err != nil {
			return err
		}
		if err := tx.audit(&coop, "award_criterion.create", "Criterion", c.id, nil); err != nil {
			return err
		}
	}
	// The Bezirksamt approved through its coordinator; the WKHL's approval is pending.
	if err := tx.exec(`INSERT INTO award_criteria_approvals (cycle_id, partner_id, approved_by, approved_at, criteria_version)
		SELECT $1, $2, id, $3, 1 FROM users WHERE email = 'coordinator@koop.test'`, demoAwardCycle2027ID, demoBAPartnerID, tx.Now); err != nil {
		return err
	}
	return tx.audit(&coop, "award_criteria.approve", "AwardCycle", demoAwardCycle2027ID, nil)
}
