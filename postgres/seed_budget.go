package postgres

import (
	"github.com/koop-lichtenberg/koop"
)

// demoSponsors are companies of the district that sponsor the demo events.
var demoSponsors = []struct{ id, name, short, street, postal, website string }{
	{"6b00c0de-0000-4000-8000-000000000b01", "Tierpark-Catering Friedrichsfelde GmbH", "Tierpark-Catering", "Am Tierpark 125", "10319", ""},
	{"6b00c0de-0000-4000-8000-000000000b02", "Druckhaus Rummelsburg GmbH", "Druckhaus Rummelsburg", "Hauptstraße 13", "10317", ""},
	{"6b00c0de-0000-4000-8000-000000000b03", "Stadtwerk Hohenschönhausen GmbH", "Stadtwerk HSH", "Konrad-Wolf-Straße 45", "13055", ""},
}

// demoShare is a partner's share of a demo line: basis points or cents, by partner.
type demoShare struct {
	partner string
	value   int
}

// demoBudgetLines: the Wirtschaftsdinner 2026 split 40/60, held, with actual amounts; the
// Neujahrsempfang 2027 in planning with planned amounts only; the Investitionsmesse 2026 with
// fixed amounts per partner.
var demoBudgetLines = []struct {
	id, event string
	category  koop.BudgetCategory
	desc      string
	planned   int
	actual    int // 0: not known yet
	mode      koop.BudgetShareMode
	shares    []demoShare
}{
	{"6b00c0de-0000-4000-8000-000000000b11", "6b00c0de-0000-4000-8000-000000000304", koop.BudgetVenue, "Saalmiete Hotel Abacus inkl. Bestuhlung", 450000, 450000, koop.SharePercent,
		[]demoShare{{demoBAPartnerID, 4000}, {demoWKHLPartnerID, 6000}}},
	{"6b00c0de-0000-4000-8000-000000000b12", "6b00c0de-0000-4000-8000-000000000304", koop.BudgetCatering, "Drei-Gänge-Menü für 120 Gäste", 720000, 684000, koop.SharePercent,
		[]demoShare{{demoBAPartnerID, 4000}, {demoWKHLPartnerID, 6000}}},
	{"6b00c0de-0000-4000-8000-000000000b13", "6b00c0de-0000-4000-8000-000000000304", koop.BudgetPrintAndAdvertising, "Einladungs- und Tischkarten", 85000, 91250, koop.SharePercent,
		[]demoShare{{demoBAPartnerID, 4000}, {demoWKHLPartnerID, 6000}}},
	{"6b00c0de-0000-4000-8000-000000000b14", "6b00c0de-0000-4000-8000-000000000304", koop.BudgetFees, "Moderation des Abends", 60000, 60000, koop.SharePercent,
		[]demoShare{{demoBAPartnerID, 4000}, {demoWKHLPartnerID, 6000}}},
	{"6b00c0de-0000-4000-8000-000000000b21", "6b00c0de-0000-4000-8000-000000000306", koop.BudgetVenue, "Kulturhaus Karlshorst, großer Saal", 300000, 0, koop.SharePercent,
		[]demoShare{{demoBAPartnerID, 5000}, {demoWKHLPartnerID, 5000}}},
	{"6b00c0de-0000-4000-8000-000000000b22", "6b00c0de-0000-4000-8000-000000000306", koop.BudgetCatering, "Fingerfood und Getränke für 180 Gäste", 540000, 0, koop.SharePercent,
		[]demoShare{{demoBAPartnerID, 5000}, {demoWKHLPartnerID, 5000}}},
	{"6b00c0de-0000-4000-8000-000000000b23", "6b00c0de-0000-4000-8000-000000000306", koop.BudgetTechnology, "Ton und Licht", 80000, 0, koop.SharePercent,
		[]demoShare{{demoBAPartnerID, 5000}, {demoWKHLPartnerID, 5000}}},
	{"6b00c0de-0000-4000-8000-000000000b24", "6b00c0de-0000-4000-8000-000000000306", koop.BudgetGiftsAndAwards, "Blumen und Präsente für Ehrengäste", 25000, 0, koop.SharePercent,
		[]demoShare{{demoBAPartnerID, 10000}, {demoWKHLPartnerID, 0}}},
	{"6b00c0de-0000-4000-8000-000000000b31", "6b00c0de-0000-4000-8000-000000000305", koop.BudgetVenue, "Halle 4 im Dong Xuan Center", 1200000, 1150000, koop.ShareAmount,
		[]demoShare{{demoBAPartnerID, 800000}, {demoWKHLPartnerID, 400000}}},
	{"6b00c0de-0000-4000-8000-000000000b32", "6b00c0de-0000-4000-8000-000000000305", koop.BudgetTechnology, "Messebau und Stromanschlüsse", 600000, 645000, koop.ShareAmount,
		[]demoShare{{demoBAPartnerID, 300000}, {demoWKHLPartnerID, 300000}}},
	{"6b00c0de-0000-4000-8000-000000000b33", "6b00c0de-0000-4000-8000-000000000305", koop.BudgetPrintAndAdvertising, "Hallenplan, Plakate und Anzeigen", 180000, 172500, koop.ShareAmount,
		[]demoShare{{demoBAPartnerID, 0}, {demoWKHLPartnerID, 180000}}},
}

var demoSponsorships = []struct {
	id, event, organisation string
	kind                    koop.SponsorshipKind
	amount                  int
	status                  koop.SponsorshipStatus
	note                    string
}{
	{"6b00c0de-0000-4000-8000-000000000b41", "6b00c0de-0000-4000-8000-000000000304", "6b00c0de-0000-4000-8000-000000000b01", koop.SponsorshipInKind, 150000, koop.SponsorshipReceived, "Getränke zum Empfang und Dessert"},
	{"6b00c0de-0000-4000-8000-000000000b42", "6b00c0de-0000-4000-8000-000000000304", "6b00c0de-0000-4000-8000-000000000b03", koop.SponsorshipMoney, 250000, koop.SponsorshipReceived, ""},
	{"6b00c0de-0000-4000-8000-000000000b43", "6b00c0de-0000-4000-8000-000000000304", "6b00c0de-0000-4000-8000-000000000b02", koop.SponsorshipMoney, 50000, koop.SponsorshipReceived, ""},
	{"6b00c0de-0000-4000-8000-000000000b44", "6b00c0de-0000-4000-8000-000000000306", "6b00c0de-0000-4000-8000-000000000b03", koop.SponsorshipMoney, 150000, koop.SponsorshipPledged, "Zusage per E-Mail vom 3. November"},
	{"6b00c0de-0000-4000-8000-000000000b45", "6b00c0de-0000-4000-8000-000000000305", "6b00c0de-0000-4000-8000-000000000b03", koop.SponsorshipMoney, 300000, koop.SponsorshipReceived, ""},
}

// seedBudget adds the sponsor companies, budget lines and sponsorships of the demo where
// missing; what exists stays as it is.
func (tx *Tx) seedBudget(coop string) error {
	for _, o := range demoSponsors {
		created, err := tx.seedRow(`INSERT INTO organisations (id, cooperation_id, kind, name, short_name, street, postal_code, city, website, created_at, updated_at)
			VALUES ($1, $2, 'COMPANY', $3, $4, $5, $6, 'Berlin', $7, $8, $8) ON CONFLICT DO NOTHING`,
			o.id, coop, o.name, o.short, o.street, o.postal, o.website, tx.Now)
		if err != nil {
			return err
		}
		if created {
			if err := tx.audit(&coop, "organisation.create", "Organisation", o.id, nil); err != nil {
				return err
			}
		}
	}
	for i, l := range demoBudgetLines {
		var actual *int
		if l.actual > 0 {
			actual = &l.actual
		}
		created, err := tx.seedRow(`INSERT INTO budget_lines (id, cooperation_id, event_id, category, description, planned_cents, actual_cents, share_mode, position, created_at, updated_at)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10) ON CONFLICT (id) DO NOTHING`,
			l.id, coop, l.event, l.category, l.desc, l.planned, actual, l.mode, i+1, tx.Now)
		if err != nil {
			return err
		}
		if !created {
			continue
		}
		shares := make([]*koop.BudgetShare, len(l.shares))
		for j, s := range l.shares {
			v := s.value
			shares[j] = &koop.BudgetShare{PartnerID: s.partner}
			if l.mode == koop.SharePercent {
				shares[j].BasisPoints = &v
			} else {
				shares[j].AmountCents = &v
			}
		}
		if err := tx.writeShares(&koop.Cooperation{ID: coop}, l.id, shares); err != nil {
			return err
		}
		if err := tx.audit(&coop, "budget_line.create", "BudgetLine", l.id, nil); err != nil {
			return err
		}
	}
	for _, s := range demoSponsorships {
		created, err := tx.seedRow(`INSERT INTO sponsorships (id, cooperation_id, event_id, organisation_id, kind, amount_cents, status, note, created_at, updated_at)
			SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9, $9 WHERE EXISTS (SELECT 1 FROM organisations WHERE id = $4 AND cooperation_id = $2)
			ON CONFLICT (id) DO NOTHING`,
			s.id, coop, s.event, s.organisation, s.kind, s.amount, s.status, s.note, tx.Now)
		if err != nil {
			return err
		}
		if created {
			if err := tx.audit(&coop, "sponsorship.create", "Sponsorship", s.id, nil); err != nil {
				return err
			}
		}
	}
	return nil
}
