package postgres

import (
	"strconv"
	"time"

	"github.com/lib/pq"

	"github.com/koop-lichtenberg/koop"
)

// The demo award's history and present: the 2025 cycle decided, announced at the
// Neujahrsempfang 2026 and locked; the 2026 cycle in jury voting with three outside jurors
// (juror1 chairs), none of whom has submitted, its winner to be announced at the
// Neujahrsempfang 2027. IDs: cycles …0a12/…0a13, criteria …0a3x/…0a4x, nominations …0b0x/…0b1x,
// jurors …0c0x/…0c1x.
const (
	demoAwardCycle2025ID = "6b00c0de-0000-4000-8000-000000000a12"
	demoAwardCycle2026ID = "6b00c0de-0000-4000-8000-000000000a13"
	demoNeujahr2026ID    = "6b00c0de-0000-4000-8000-000000000301"
	demoNeujahr2027ID    = "6b00c0de-0000-4000-8000-000000000306"
	// demoStartupOrgID is a young company that came in through the public nomination page.
	demoStartupOrgID = "6b00c0de-0000-4000-8000-000000000493"
)

var demoAwardCategories = []string{"Handwerk", "Dienstleistung", "Industrie und Technik", "Neugründung"}

type demoNomination struct {
	id, org, category, justification string
	source                           koop.NominationSource
	eligible                         bool
	reason                           string
	nominator                        string // contact number 4xx, or ""
	quality                          int    // how the demo jury sees it, 1–10
}

var demoNominations2025 = []demoNomination{
	{"6b00c0de-0000-4000-8000-000000000b01", "481", "Handwerk", "Die Hohenschönhausener Metallbau GmbH bildet seit Jahren mehr Lehrlinge aus als jeder andere Betrieb ihrer Größe im Bezirk und hat 2025 eine zweite Werkhalle in der Gehrenseestraße eröffnet.", koop.SourceStaff, true, "Sitz in Lichtenberg, kein Preisträger der letzten drei Jahre.", "401", 9},
	{"6b00c0de-0000-4000-8000-000000000b02", "488", "Handwerk", "Elektro Wartenberg hat die Ladeinfrastruktur mehrerer Wohnanlagen in Neu-Hohenschönhausen geplant und gebaut und beschäftigt zwölf Auszubildende.", koop.SourceStaff, true, "Sitz in Lichtenberg, kein Preisträger der letzten drei Jahre.", "", 7},
	{"6b00c0de-0000-4000-8000-000000000b03", "482", "Dienstleistung", "Die Spreeküche kocht regional und beschäftigt Menschen nach langer Arbeitslosigkeit; sie versorgt Kitas und Schulen im Bezirk.", koop.SourceStaff, true, "Sitz in Lichtenberg, kein Preisträger der letzten drei Jahre.", "403", 8},
	{"6b00c0de-0000-4000-8000-000000000b04", "486", "Dienstleistung", "Das Hotel am Tierpark hat Gäste des Tierparks und der Messe gewonnen und engagiert sich im Tourismusnetzwerk des Bezirks.", koop.SourcePublic, true, "Sitz in Lichtenberg, kein Preisträger der letzten drei Jahre.", "", 6},
	{"6b00c0de-0000-4000-8000-000000000b05", "489", "Industrie und Technik", "Das Druckhaus Frankfurter Allee hat auf klimaneutralen Druck umgestellt und zwei Ausbildungsberufe neu geschaffen.", koop.SourceStaff, true, "Sitz in Lichtenberg, kein Preisträger der letzten drei Jahre.", "", 8},
	{"6b00c0de-0000-4000-8000-000000000b06", "485", "Industrie und Technik", "Herzberg Logistik hat im Gewerbegebiet Herzbergstraße ein Zentrum für Lastenradlogistik aufgebaut.", koop.SourceStaff, true, "Sitz in Lichtenberg, kein Preisträger der letzten drei Jahre.", "", 7},
	{"6b00c0de-0000-4000-8000-000000000b07", "491", "Neugründung", "Fennpfuhl Software, 2023 gegründet, entwickelt Terminsoftware für Arztpraxen und hat bereits 14 Arbeitsplätze am Anton-Saefkow-Platz geschaffen.", koop.SourcePublic, true, "Gegründet 2023, Sitz in Lichtenberg.", "", 9},
	{"6b00c0de-0000-4000-8000-000000000b08", "490", "Neugründung", "Das Karlshorster Gesundheitszentrum bietet ambulante Reha und Prävention unter einem Dach.", koop.SourcePublic, false, "Gegründet 2012: keine Neugründung im Sinne der Ausschreibung (höchstens fünf Jahre).", "", 0},
}

var demoNominations2026 = []demoNomination{
	{"6b00c0de-0000-4000-8000-000000000b11", "488", "Handwerk", "Elektro Wartenberg hat 2026 die Photovoltaik auf sechs Schuldächern im Bezirk installiert und eine eigene Ausbildungswerkstatt eröffnet.", koop.SourceStaff, true, "Sitz in Lichtenberg, kein Preisträger der letzten drei Jahre.", "", 0},
	{"6b00c0de-0000-4000-8000-000000000b12", "481", "Handwerk", "Die Hohenschönhausener Metallbau GmbH hat die Fußgängerbrücke an der Rummelsburger Bucht gefertigt.", koop.SourcePublic, false, "Preisträger 2025 (Kategorie Handwerk): nach der Sperrfrist von 3 Jahren nicht teilnahmeberechtigt.", "", 0},
	{"6b00c0de-0000-4000-8000-000000000b13", "486", "Dienstleistung", "Das Hotel am Tierpark hat mit dem Tierpark ein Ausbildungsprogramm für Hotelfachleute mit Fluchtgeschichte aufgelegt.", koop.SourceStaff, true, "Sitz in Lichtenberg, kein Preisträger der letzten drei Jahre.", "406", 0},
	{"6b00c0de-0000-4000-8000-000000000b14", "484", "Dienstleistung", "Weber & Partner beraten Gründerinnen und Gründer im Bezirk unentgeltlich in der ersten Sprechstunde und unterstützen das Unternehmerinnen-Netzwerk.", koop.SourceStaff, true, "Sitz in Lichtenberg, kein Preisträger der letzten drei Jahre.", "", 0},
	{"6b00c0de-0000-4000-8000-000000000b15", "489", "Industrie und Technik", "Das Druckhaus Frankfurter Allee hat eine Recyclinglinie für Druckplatten in Betrieb genommen und die Zahl der Auszubildenden verdoppelt.", koop.SourceStaff, true, "Sitz in Lichtenberg, kein Preisträger der letzten drei Jahre.", "", 0},
	{"6b00c0de-0000-4000-8000-000000000b16", "483", "Industrie und Technik", "Die Rummelsburger Bucht Projektentwicklung hat Gewerbeflächen für produzierendes Gewerbe gesichert, statt sie in Wohnungen umzuwandeln.", koop.SourceStaff, true, "Sitz in Lichtenberg, kein Preisträger der letzten drei Jahre.", "", 0},
	{"6b00c0de-0000-4000-8000-000000000b17", "493", "Neugründung", "Die Lastenrad-Manufaktur baut seit 2024 in der Josef-Orlopp-Straße Lastenräder für Handwerk und Lieferdienste und hat sechs Arbeitsplätze geschaffen.", koop.SourcePublic, true, "Gegründet 2024, Sitz in Lichtenberg.", "", 0},
}

// demoJurors2025 are the 2025 jury: the two coordinators and the member, Clara Conrad chairing.
var demoJurors2025 = []struct{ id, email string }{
	{"6b00c0de-0000-4000-8000-000000000c01", "coordinator@koop.test"},
	{"6b00c0de-0000-4000-8000-000000000c02", "coordinator.wkhl@koop.test"},
	{"6b00c0de-0000-4000-8000-000000000c03", "member@koop.test"},
}

// demoJurors2026 are the 2026 jury: three outside jurors, juror1 chairing.
var demoJurors2026 = []struct{ id, email string }{
	{"6b00c0de-0000-4000-8000-000000000c11", "juror1@koop.test"},
	{"6b00c0de-0000-4000-8000-000000000c12", "juror2@koop.test"},
	{"6b00c0de-0000-4000-8000-000000000c13", "juror3@koop.test"},
}

// seedJury adds the decided 2025 cycle and the 2026 cycle in jury voting, where missing.
func (tx *Tx) seedJury(coop string) error {
	created, err := tx.seedRow(`INSERT INTO organisations (id, cooperation_id, kind, name, short_name, street, postal_code, city, website, created_at, updated_at)
		VALUES ($1, $2, 'COMPANY', 'Lichtenberger Lastenrad-Manufaktur GmbH', 'Lastenrad-Manufaktur', 'Josef-Orlopp-Straße 32', '10365', 'Berlin', '', $3, $3)
		ON CONFLICT (id) DO NOTHING`, demoStartupOrgID, coop, tx.Now)
	if err != nil {
		return err
	}
	if created {
		if err := tx.audit(&coop, "organisation.create", "Organisation", demoStartupOrgID, nil); err != nil {
			return err
		}
	}
	berlin, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		return err
	}
	at := func(y int, m time.Month, d, h, min int) time.Time { return time.Date(y, m, d, h, min, 0, 0, berlin) }

	// 2025: decided and announced.
	created, err = tx.seedCycle(coop, demoAwardCycle2025ID, 2025, "a3", demoNeujahr2026ID,
		at(2025, time.March, 1, 0, 0), at(2025, time.May, 31, 23, 59), at(2025, time.October, 31, 23, 59))
	if err != nil {
		return err
	}
	if created {
		if err := tx.seedNominations(coop, demoAwardCycle2025ID, demoNominations2025, at(2025, time.June, 12, 10, 0)); err != nil {
			return err
		}
		if err := tx.seedJurors(demoAwardCycle2025ID, demoJurors2025[0].id, demoJurors2025); err != nil {
			return err
		}
		if err := tx.seedScores2025(at(2025, time.October, 20, 18, 0)); err != nil {
			return err
		}
		if err := tx.seedResult(coop, demoAwardCycle2025ID, "Clara Conrad", at(2025, time.November, 3, 16, 30)); err != nil {
			return err
		}
		if err := tx.exec(`UPDATE award_cycles SET phase = 'ANNOUNCED', announced_at = $2 WHERE id = $1`, demoAwardCycle2025ID, at(2026, time.January, 21, 20, 0)); err != nil {
			return err
		}
	}

	// 2026: the jury votes now.
	created, err = tx.seedCycle(coop, demoAwardCycle2026ID, 2026, "a4", demoNeujahr2027ID,
		at(2026, time.March, 2, 0, 0), at(2026, time.May, 31, 23, 59), at(2026, time.December, 18, 23, 59))
	if err != nil || !created {
		return err
	}
	if err := tx.seedNominations(coop, demoAwardCycle2026ID, demoNominations2026, at(2026, time.June, 15, 10, 0)); err != nil {
		return err
	}
	if err := tx.seedJurors(demoAwardCycle2026ID, demoJurors2026[0].id, demoJurors2026); err != nil {
		return err
	}
	return tx.exec(`UPDATE award_cycles SET phase = 'JURY_VOTING' WHERE id = $1`, demoAwardCycle2026ID)
}

// seedCycle creates a cycle of the demo programme with the four demo criteria (IDs
// 6b00c0de-0000-4000-8000-000000000<prefix>1…4), approved by both partners.
func (tx *Tx) seedCycle(coop, id string, year int, prefix, eventID string, opens, closes, voting time.Time) (bool, error) {
	created, err := tx.seedRow(`INSERT INTO award_cycles (id, cooperation_id, programme_id, year, title, categories, nomination_opens_at, nomination_closes_at,
		voting_closes_at, quorum, tie_break_rule, announcement_event_id, criteria_version, created_at, updated_at)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 3, $10, $11, 1, $12, $12) ON CONFLICT (id) DO NOTHING`,
		id, coop, demoAwardProgrammeID, year, "Lichtenberger Unternehmen des Jahres "+strconv.Itoa(year), pq.Array(demoAwardCategories),
		opens, closes, voting, koop.TieBreakTopRanksMedianChair, eventID, tx.Now)
	if err != nil || !created {
		return created, err
	}
	if err := tx.audit(&coop, "award_cycle.create", "AwardCycle", id, nil); err != nil {
		return false, err
	}
	for i, c := range demoCriteria {
		if err := tx.exec(`INSERT INTO award_criteria (id, cycle_id, name, description, weight, score_min, score_max, position, created_at, updated_at)
			VALUES ($1, $2, $3, $4, $5, 1, 10, $6, $7, $7)`, demoCriterionID(prefix, i), id, c.name, c.description, demoCriteriaWeights[i], i+1, tx.Now); err != nil {
			return false, err
		}
	}
	if err := tx.exec(`INSERT INTO award_criteria_approvals (cycle_id, partner_id, approved_by, approved_at, criteria_version)
		SELECT $1, p.id, u.id, $2, 1 FROM partners p JOIN users u ON u.email = CASE WHEN p.id = $3 THEN 'coordinator@koop.test' ELSE 'coordinator.wkhl@koop.test' END
		WHERE p.cooperation_id = $4`, id, opens.AddDate(0, 0, -14), demoBAPartnerID, coop); err != nil {
		return false, err
	}
	return true, nil
}

func demoCriterionID(prefix string, i int) string {
	return "6b00c0de-0000-4000-8000-000000000" + prefix + strconv.Itoa(i+1)
}

// seedNominations adds a cycle's nominations with their eligibility decided by Clara Conrad.
func (tx *Tx) seedNominations(coop, cycleID string, list []demoNomination, decided time.Time) error {
	for i, n := range list {
		eligibility := koop.EligibilityIneligible
		if n.eligible {
			eligibility = koop.EligibilityEligible
		}
		var nominator *string
		if n.nominator != "" {
			id := "6b00c0de-0000-4000-8000-000000000" + n.nominator
			nominator = &id
		}
		created := decided.AddDate(0, 0, -30+i)
		if err := tx.exec(`INSERT INTO award_nominations (id, cooperation_id, cycle_id, organisation_id, category, nominator_contact_id, justification, source,
			eligibility, eligibility_reason, eligibility_decided_by, eligibility_decided_at, created_at, updated_at)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, (SELECT id FROM users WHERE email = 'coordinator@koop.test'), $11, $12, $11)`,
			n.id, coop, cycleID, "6b00c0de-0000-4000-8000-000000000"+n.org, n.category, nominator, n.justification, n.source,
			eligibility, n.reason, decided, created); err != nil {
			return err
		}
		if err := tx.audit(&coop, "award_nomination.create", "Nomination", n.id, nil); err != nil {
			return err
		}
	}
	return nil
}

// seedJurors adds a cycle's jury.
func (tx *Tx) seedJurors(cycleID, chairID string, jurors []struct{ id, email string }) error {
	for _, j := range jurors {
		if err := tx.exec(`INSERT INTO award_jurors (id, cycle_id, user_id, is_chair, created_at)
			SELECT $1, $2, id, $3, $4 FROM users WHERE email = $5`, j.id, cycleID, j.id == chairID, tx.Now, j.email); err != nil {
			return err
		}
	}
	return nil
}

// seedScores2025 gives the 2025 jury's scores: each juror sees a nomination a little
// differently, the criteria vary around the nomination's quality, and all three submitted.
func (tx *Tx) seedScores2025(submitted time.Time) error {
	for ji, j := range demoJurors2025 {
		for ni, n := range demoNominations2025 {
			if !n.eligible {
				continue
			}
			for ci := range demoCriteria {
				v := n.quality + (ji+ni+ci)%3 - 1
				if ji == 2 && ni == 0 && ci == 3 {
					// one juror found the metal works' energy use poor: visible in the breakdown
					v = 3
				}
				v = max(1, min(10, v))
				comment := ""
				if ci == 0 && ji == 0 {
					comment = "Überzeugend im Gespräch vor Ort."
				}
				if err := tx.exec(`INSERT INTO award_scores (cycle_id, juror_id, nomination_id, criterion_id, value, comment, updated_at)
					VALUES ($1, $2, $3, $4, $5, $6, $7)`, demoAwardCycle2025ID, j.id, n.id, demoCriterionID("a3", ci), v, comment, submitted); err != nil {
					return err
				}
			}
		}
		if err := tx.exec(`UPDATE award_jurors SET submitted_at = $2, ballot_version = 1 WHERE id = $1`, j.id, submitted); err != nil {
			return err
		}
	}
	return nil
}

// seedResult closes a seeded cycle's vote the way CloseAwardVoting does: the same tally over
// the submitted ballots, stored, and the cycle locked in DECIDED with who closed it and when.
func (tx *Tx) seedResult(coop, cycleID, closedBy string, closedAt time.Time) error {
	y := &resultCycle{ID: cycleID, CooperationID: coop, Categories: demoAwardCategories, TieBreakRule: koop.TieBreakTopRanksMedianChair, Role: koop.RoleAdmin}
	d, err := tx.loadTallyData(y, nil)
	if err != nil {
		return err
	}
	res, err := d.tally(y, nil)
	if err != nil {
		return err
	}
	if err := tx.writeResults(cycleID, res); err != nil {
		return err
	}
	if err := tx.exec(`UPDATE award_cycles SET phase = 'DECIDED', closed_by = (SELECT id FROM users WHERE name = $2 LIMIT 1), closed_by_name = $2,
		closed_at = $3 WHERE id = $1`, cycleID, closedBy, closedAt); err != nil {
		return err
	}
	return tx.audit(&coop, "award_cycle.close", "AwardCycle", cycleID, nil)
}
