package postgres

import (
	"time"

	"github.com/koop-lichtenberg/koop"
)

// The demo's retreats: last year's closed "Klausur 2026" with its tally, decisions and the plan
// items they became (pointing at the demo's 2026 events, workstreams, goals and tasks), and the
// "Klausur 2027" in preparation, chaired by coordinator@koop.test, with proposals of every kind
// and an agenda. IDs: retreats …1001 (closed) and …1002 (preparing), proposals …101x and
// …102x, agenda items …103x, decisions …104x.
const (
	demoRetreat2026ID = "6b00c0de-0000-4000-8000-000000001001"
	demoRetreat2027ID = "6b00c0de-0000-4000-8000-000000001002"
)

func demoID4(suffix string) string { return "6b00c0de-0000-4000-8000-00000000" + suffix }

type demoProposal struct {
	id, kind, title, description string
	series, plannedOn            string
	workstream, priority         string
	goals                        []string
	submitter                    string
	votes                        map[string]int
}

var demoRetreats = []struct {
	id, title, place string
	planYear         int
	startsAt         time.Time
	endsOn           string
	status           koop.RetreatStatus
	closedAt         *time.Time
	participants     []string
	proposals        []demoProposal
	agenda           []struct {
		id, title, presenter string
		minutes              int
		proposals            []string
	}
}{
	{
		demoRetreat2026ID, "Klausur 2026", "Hotel Abacus Tierpark, Franz-Mett-Straße 3, 10319 Berlin", 2026,
		time.Date(2025, time.November, 14, 9, 0, 0, 0, koop.Berlin), "2025-11-14", koop.RetreatClosed,
		ptr(time.Date(2025, time.November, 14, 15, 30, 0, 0, koop.Berlin)),
		[]string{"coordinator@koop.test", "coordinator.wkhl@koop.test", "member@koop.test", "admin@koop.test"},
		[]demoProposal{
			{demoID4("1011"), "EVENT", "Wirtschaftsdinner Lichtenberg 2026", "Das Dinner bleibt der wichtigste gemeinsame Abend mit der Landespolitik; diesmal im Hotel Abacus.",
				"6b00c0de-0000-4000-8000-000000000204", "2026-09-17", "", "", []string{demoID("d62")}, "coordinator.wkhl@koop.test",
				map[string]int{"coordinator@koop.test": 3, "coordinator.wkhl@koop.test": 4, "member@koop.test": 2, "admin@koop.test": 3}},
			{demoID4("1012"), "WORKSTREAM", "Fachkräftesicherung zum Schwerpunkt machen", "Die Betriebe nennen fehlende Fachkräfte als größtes Risiko; das Projekt bekommt hohe Priorität.",
				"", "", demoWsSkillsID, "HIGH", []string{demoID("d52")}, "member@koop.test",
				map[string]int{"coordinator@koop.test": 4, "coordinator.wkhl@koop.test": 3, "member@koop.test": 5, "admin@koop.test": 2}},
			{demoID4("1013"), "PRIORITY", "Gewerbeflächen vor Umwidmung schützen", "Landeseigene Gewerbeflächen sollen dem produzierenden Gewerbe erhalten bleiben.",
				"", "", "", "HIGH", []string{demoID("d51")}, "coordinator@koop.test",
				map[string]int{"coordinator@koop.test": 3, "coordinator.wkhl@koop.test": 2, "admin@koop.test": 3}},
			{demoID4("1014"), "TOPIC", "Unternehmensbesuche der Bezirksbürgermeisterin", "Regelmäßige Besuche in Betrieben, gemeinsam vom Wirtschaftskreis vorbereitet.",
				"", "", "", "", nil, "coordinator.wkhl@koop.test", map[string]int{"coordinator.wkhl@koop.test": 1, "member@koop.test": 2, "admin@koop.test": 2}},
			{demoID4("1015"), "TOPIC", "Eigene Messe für das Handwerk", "Eine Handwerksmesse zusätzlich zur Investitionsmesse.",
				"", "", "", "", nil, "member@koop.test", map[string]int{"member@koop.test": 1}},
		},
		[]struct {
			id, title, presenter string
			minutes              int
			proposals            []string
		}{
			{demoID4("1031"), "Begrüßung und Rückblick auf 2025", "coordinator@koop.test", 30, nil},
			{demoID4("1032"), "Veranstaltungen 2026", "coordinator.wkhl@koop.test", 60, []string{demoID4("1011"), demoID4("1015")}},
			{demoID4("1033"), "Projekte und Schwerpunkte", "member@koop.test", 60, []string{demoID4("1012"), demoID4("1013"), demoID4("1014")}},
			{demoID4("1034"), "Priorisierung und Beschlüsse", "coordinator@koop.test", 90, nil},
		},
	},
	{
		demoRetreat2027ID, "Klausur 2027", "Rathaus Lichtenberg, Möllendorffstraße 6, 10367 Berlin", 2027,
		time.Date(2026, time.December, 11, 9, 0, 0, 0, koop.Berlin), "2026-12-11", koop.RetreatPreparing, nil,
		[]string{"coordinator@koop.test", "coordinator.wkhl@koop.test", "member@koop.test"},
		[]demoProposal{
			{demoID4("1021"), "EVENT", "Investitionsmesse Lichtenberg 2027", "Nach dem Erfolg 2026 mit über 300 Gästen wieder im Dong Xuan Center, diesmal mit einem Forum für Gründungen.",
				"6b00c0de-0000-4000-8000-000000000205", "2027-10-07", "", "", []string{demoID("d51")}, "member@koop.test", nil},
			{demoID4("1022"), "EVENT", "Wirtschaftsdinner Lichtenberg 2027", "Das Dinner im September fortführen; Sponsoren früher ansprechen.",
				"6b00c0de-0000-4000-8000-000000000204", "2027-09-16", "", "", []string{demoID("d62")}, "coordinator.wkhl@koop.test", nil},
			{demoID4("1023"), "WORKSTREAM", "Lichtenberger Ausbildungsbörse", "Eine gemeinsame Börse, auf der Lichtenberger Betriebe Schülerinnen und Schülern ihre Ausbildungsplätze zeigen.",
				"", "", "", "MEDIUM", []string{demoID("d81")}, "member@koop.test", nil},
			{demoID4("1024"), "WORKSTREAM", "Vermarktung der Gewerbeflächen beschleunigen", "Die Flächen an der Landsberger Allee sollen 2027 vergeben werden.",
				"", "", demoWsLandID, "HIGH", []string{demoID("d51")}, "coordinator@koop.test", nil},
			{demoID4("1025"), "PRIORITY", "Tourismus als Schwerpunkt 2027", "Gemeinsames Marketing für Gedenkorte, Museen und Gastronomie.",
				"", "", "", "MEDIUM", []string{demoID("d54"), demoID("d72")}, "coordinator.wkhl@koop.test", nil},
			{demoID4("1026"), "TOPIC", "Gemeinsamer Auftritt auf der Grünen Woche?", "Sollen Bezirk und Wirtschaftskreis Lichtenberger Betriebe gemeinsam präsentieren?",
				"", "", "", "", nil, "coordinator@koop.test", nil},
		},
		[]struct {
			id, title, presenter string
			minutes              int
			proposals            []string
		}{
			{demoID4("1035"), "Begrüßung und Rückblick auf 2026", "coordinator@koop.test", 30, nil},
			{demoID4("1036"), "Veranstaltungen 2027", "coordinator.wkhl@koop.test", 45, []string{demoID4("1021"), demoID4("1022")}},
			{demoID4("1037"), "Projekte und Schwerpunkte 2027", "member@koop.test", 60, []string{demoID4("1023"), demoID4("1024"), demoID4("1025"), demoID4("1026")}},
			{demoID4("1038"), "Priorisierung, Beschlüsse und Jahresplan", "coordinator@koop.test", 75, nil},
		},
	},
}

// demoDecisions are the decisions of the closed retreat and what they became.
var demoDecisions = []struct {
	id, proposal, outcome, text, owner, dueOn string
	items                                     []koop.PlanItem
}{
	{demoID4("1041"), demoID4("1011"), "ACCEPTED", "Das Wirtschaftsdinner 2026 findet am 17. September im Hotel Abacus statt; der Wirtschaftskreis wirbt die Sponsoren.", demoWKHLPartnerID, "2026-04-30",
		[]koop.PlanItem{{Kind: koop.PlanItemEvent, TargetID: "6b00c0de-0000-4000-8000-000000000304", Title: "Wirtschaftsdinner Lichtenberg 2026", Detail: "Idee am 17.09.2026 in der Reihe „Wirtschaftsdinner Lichtenberg“"}}},
	{demoID4("1042"), demoID4("1012"), "ACCEPTED", "Die Fachkräftesicherung hat 2026 hohe Priorität; das Bezirksamt lädt zur Auftaktrunde mit der Agentur für Arbeit ein.", demoBAPartnerID, "2026-02-28",
		[]koop.PlanItem{{Kind: koop.PlanItemWorkstreamPriority, TargetID: demoWsSkillsID, Title: "Fachkräftesicherung", Detail: "Priorität hoch"}}},
	{demoID4("1043"), demoID4("1013"), "ACCEPTED", "Gewerbeflächen sichern hat hohe Priorität; das Bezirksamt stellt die Flächenliste bereit.", demoBAPartnerID, "2026-03-31",
		[]koop.PlanItem{{Kind: koop.PlanItemGoalPriority, TargetID: demoID("d51"), Title: "1.1 Gewerbeflächen sichern und vermarkten", Detail: "Priorität hoch"}}},
	{demoID4("1044"), demoID4("1014"), "DEFERRED", "Wird nach der Sommerpause mit dem Büro der Bezirksbürgermeisterin besprochen.", "", "", nil},
	{demoID4("1045"), demoID4("1015"), "REJECTED", "Die Investitionsmesse nimmt das Handwerk mit auf; eine zweite Messe übersteigt die Kräfte.", "", "", nil},
}

// seedRetreats adds the demo's retreats where missing.
func (tx *Tx) seedRetreats(coop string) error {
	for _, r := range demoRetreats {
		created, err := tx.seedRow(`INSERT INTO retreats (id, cooperation_id, title, plan_year, starts_at, ends_on, place, status, points_budget,
			closed_at, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 10, $9, $10, $10) ON CONFLICT DO NOTHING`,
			r.id, coop, r.title, r.planYear, r.startsAt, r.endsOn, r.place, r.status, r.closedAt, tx.Now)
		if err != nil {
			return err
		}
		if !created {
			continue
		}
		for _, email := range r.participants {
			if err := tx.exec(`INSERT INTO retreat_participants (retreat_id, membership_id, cooperation_id)
				SELECT $1, m.id, m.cooperation_id FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.cooperation_id = $2 AND u.email = $3`,
				r.id, coop, email); err != nil {
				return err
			}
		}
		if err := tx.exec(`UPDATE retreats SET chair_membership_id = (SELECT m.id FROM memberships m JOIN users u ON u.id = m.user_id
			WHERE m.cooperation_id = $2 AND u.email = 'coordinator@koop.test') WHERE id = $1`, r.id, coop); err != nil {
			return err
		}
		for i, p := range r.proposals {
			at := r.startsAt.AddDate(0, 0, -21+i)
			if err := tx.exec(`INSERT INTO proposals (id, cooperation_id, retreat_id, kind, title, description, series_id, planned_on, workstream_id, priority,
				submitter_membership_id, submitter_name, submitter_partner_id, created_at, updated_at)
				SELECT $1, $2, $3, $4, $5, $6, NULLIF($7, '')::uuid, NULLIF($8, '')::date, NULLIF($9, '')::uuid, NULLIF($10, ''),
					m.id, u.name, pa.id, $12, $12
				FROM memberships m JOIN users u ON u.id = m.user_id LEFT JOIN partners pa ON pa.organisation_id = m.organisation_id AND pa.cooperation_id = m.cooperation_id
				WHERE m.cooperation_id = $2 AND u.email = $11`,
				p.id, coop, r.id, p.kind, p.title, p.description, p.series, p.plannedOn, p.workstream, p.priority, p.submitter, at); err != nil {
				return err
			}
			for _, g := range p.goals {
				if err := tx.exec(`INSERT INTO proposal_goals (proposal_id, goal_id, cooperation_id) VALUES ($1, $2, $3)`, p.id, g, coop); err != nil {
					return err
				}
			}
			for email, points := range p.votes {
				if err := tx.exec(`INSERT INTO votes (retreat_id, proposal_id, membership_id, points, updated_at)
					SELECT $1, $2, m.id, $4, $5 FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.cooperation_id = $6 AND u.email = $3`,
					r.id, p.id, email, points, r.startsAt.Add(4*time.Hour), coop); err != nil {
					return err
				}
			}
		}
		for i, a := range r.agenda {
			if err := tx.exec(`INSERT INTO agenda_items (id, cooperation_id, retreat_id, position, title, duration_minutes, presenter_membership_id)
				SELECT $1, $2, $3, $4, $5, $6, m.id FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.cooperation_id = $2 AND u.email = $7`,
				a.id, coop, r.id, i+1, a.title, a.minutes, a.presenter); err != nil {
				return err
			}
			for _, p := range a.proposals {
				if err := tx.exec(`INSERT INTO agenda_item_proposals (agenda_item_id, proposal_id) VALUES ($1, $2)`, a.id, p); err != nil {
					return err
				}
			}
		}
		// the retreat fulfils "Einmal pro Jahr in Klausur gehen" in the year it is held
		if err := tx.exec(`INSERT INTO commitment_fulfilments (cooperation_id, commitment_id, year, retreat_id, created_at)
			SELECT $1, $2, $3, $4, $5 WHERE EXISTS (SELECT 1 FROM commitments WHERE id = $2) ON CONFLICT DO NOTHING`,
			coop, demoID("d17"), r.startsAt.In(koop.Berlin).Year(), r.id, tx.Now); err != nil {
			return err
		}
		if r.id != demoRetreat2026ID {
			continue
		}
		for _, d := range demoDecisions {
			if err := tx.exec(`INSERT INTO decisions (id, cooperation_id, retreat_id, proposal_id, outcome, text, owner_partner_id, due_on, created_at)
				VALUES ($1, $2, $3, $4, $5, $6, NULLIF($7, '')::uuid, NULLIF($8, '')::date, $9)`,
				d.id, coop, r.id, d.proposal, d.outcome, d.text, d.owner, d.dueOn, r.startsAt.Add(5*time.Hour)); err != nil {
				return err
			}
			for i, it := range d.items {
				if err := tx.exec(`INSERT INTO plan_items (decision_id, kind, target_id, title, detail, position) VALUES ($1, $2, $3, $4, $5, $6)`,
					d.id, it.Kind, it.TargetID, it.Title, it.Detail, i+1); err != nil {
					return err
				}
			}
		}
	}
	return nil
}
