package postgres

import (
	"encoding/json"
	"time"

	"github.com/koop-lichtenberg/koop"
)

// demoSeries are the five formats of the Lichtenberg agreement (seeds/004), with checklists.
var demoSeries = []struct {
	id, name, description, lead string
	month                       int
	template                    []koop.TaskTemplateItem
}{
	{"6b00c0de-0000-4000-8000-000000000201", "Neujahrsempfang", "Gemeinsamer Neujahrsempfang von Bezirksamt und Wirtschaftskreis für Unternehmen, Verwaltung und Politik im Bezirk.", demoBAPartnerID, 1, []koop.TaskTemplateItem{
		{Title: "Saal reservieren", DaysBefore: 120}, {Title: "Grußwort der Bezirksbürgermeisterin anfragen", DaysBefore: 60},
		{Title: "Einladungen versenden", DaysBefore: 42}, {Title: "Catering beauftragen", DaysBefore: 28, OwnerPartnerID: ptr(demoWKHLPartnerID)},
		{Title: "Pressemitteilung abstimmen", DaysBefore: 7}, {Title: "Fotos und Bericht veröffentlichen", DaysBefore: -7},
	}},
	{"6b00c0de-0000-4000-8000-000000000202", "Fachtag „Frauen in Führungspositionen“", "Fachtag mit Impulsen, Podium und Vernetzung für Unternehmerinnen und weibliche Führungskräfte.", demoBAPartnerID, 3, []koop.TaskTemplateItem{
		{Title: "Referentinnen gewinnen", DaysBefore: 90}, {Title: "Programm abstimmen", DaysBefore: 60},
		{Title: "Einladungen versenden", DaysBefore: 35}, {Title: "Dokumentation erstellen", DaysBefore: -14},
	}},
	{"6b00c0de-0000-4000-8000-000000000203", "Lichtenberger Kultursalon", "Abend mit Kunst und Kultur aus Lichtenberg, zu dem Unternehmen und Kulturschaffende ins Gespräch kommen.", demoWKHLPartnerID, 5, []koop.TaskTemplateItem{
		{Title: "Künstlerinnen und Künstler anfragen", DaysBefore: 75}, {Title: "Ort festlegen", DaysBefore: 60},
		{Title: "Einladungen versenden", DaysBefore: 30}, {Title: "Technik und Bestuhlung klären", DaysBefore: 10},
	}},
	{"6b00c0de-0000-4000-8000-000000000204", "Wirtschaftsdinner Lichtenberg", "Das Wirtschaftsdinner bringt Unternehmerinnen und Unternehmer, Bezirksamt und Gäste aus der Landespolitik an einen Tisch.", demoBAPartnerID, 9, []koop.TaskTemplateItem{
		{Title: "Location buchen", DaysBefore: 150}, {Title: "Sponsoren ansprechen", DaysBefore: 100, OwnerPartnerID: ptr(demoWKHLPartnerID)},
		{Title: "Gastrednerin oder Gastredner einladen", DaysBefore: 80}, {Title: "Einladungen versenden", DaysBefore: 45},
		{Title: "Sitzordnung erstellen", DaysBefore: 5}, {Title: "Dank an Sponsoren", DaysBefore: -10, OwnerPartnerID: ptr(demoWKHLPartnerID)},
	}},
	{"6b00c0de-0000-4000-8000-000000000205", "Investitionsmesse", "Messe über öffentliche und private Investitionsvorhaben im Bezirk, gemeinsam mit der Wirtschaftsförderung.", demoWKHLPartnerID, 10, []koop.TaskTemplateItem{
		{Title: "Ausstellende gewinnen", DaysBefore: 120}, {Title: "Hallenplan erstellen", DaysBefore: 45},
		{Title: "Einladungen versenden", DaysBefore: 40}, {Title: "Auswertung der Messe", DaysBefore: -21},
	}},
}

// demoEvents are a plausible year around the seed date: 2026 held and documented, 2027 in planning.
var demoEvents = []struct {
	id, series, title, venue, address string
	start                             string // Europe/Berlin
	hours                             int
	capacity                          int
	status                            koop.EventStatus
}{
	{"6b00c0de-0000-4000-8000-000000000301", "6b00c0de-0000-4000-8000-000000000201", "Neujahrsempfang 2026", "Kulturhaus Karlshorst", "Treskowallee 112, 10318 Berlin", "2026-01-21T18:00", 3, 180, koop.EventDocumented},
	{"6b00c0de-0000-4000-8000-000000000302", "6b00c0de-0000-4000-8000-000000000202", "Fachtag „Frauen in Führungspositionen“ 2026", "Rathaus Lichtenberg, Ratssaal", "Möllendorffstraße 6, 10367 Berlin", "2026-03-10T09:30", 7, 90, koop.EventDocumented},
	{"6b00c0de-0000-4000-8000-000000000303", "6b00c0de-0000-4000-8000-000000000203", "Lichtenberger Kultursalon 2026", "Museum Lichtenberg im Stadthaus", "Türrschmidtstraße 24, 10317 Berlin", "2026-05-20T19:00", 3, 60, koop.EventHeld},
	{"6b00c0de-0000-4000-8000-000000000304", "6b00c0de-0000-4000-8000-000000000204", "Wirtschaftsdinner Lichtenberg 2026", "Hotel Abacus Tierpark", "Franz-Mett-Straße 3, 10319 Berlin", "2026-09-17T18:30", 4, 120, koop.EventHeld},
	{"6b00c0de-0000-4000-8000-000000000305", "6b00c0de-0000-4000-8000-000000000205", "Investitionsmesse Lichtenberg 2026", "Dong Xuan Center, Halle 4", "Herzbergstraße 128–139, 10365 Berlin", "2026-10-08T10:00", 7, 400, koop.EventHeld},
	{"6b00c0de-0000-4000-8000-000000000306", "6b00c0de-0000-4000-8000-000000000201", "Neujahrsempfang 2027", "Kulturhaus Karlshorst", "Treskowallee 112, 10318 Berlin", "2027-01-20T18:00", 3, 180, koop.EventInvitationsSent},
	{"6b00c0de-0000-4000-8000-000000000307", "6b00c0de-0000-4000-8000-000000000202", "Fachtag „Frauen in Führungspositionen“ 2027", "Rathaus Lichtenberg, Ratssaal", "Möllendorffstraße 6, 10367 Berlin", "2027-03-09T09:30", 7, 30, koop.EventInvitationsSent},
	{"6b00c0de-0000-4000-8000-000000000308", "6b00c0de-0000-4000-8000-000000000203", "Lichtenberger Kultursalon 2027", "", "", "2027-05-19T19:00", 3, 0, koop.EventPlanning},
}

func ptr[T any](v T) *T { return &v }

// seedEvents adds the series and events of the demo where missing, with the tasks of their
// checklists; tasks due before the seed date are done.
func (tx *Tx) seedEvents(coop string) error {
	for _, s := range demoSeries {
		tmpl, err := json.Marshal(s.template)
		if err != nil {
			return err
		}
		created, err := tx.seedRow(`INSERT INTO event_series (id, cooperation_id, name, description, default_lead_partner_id, usual_month, task_template, created_at, updated_at)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) ON CONFLICT (id) DO NOTHING`, s.id, coop, s.name, s.description, s.lead, s.month, tmpl, tx.Now)
		if err != nil {
			return err
		}
		if created {
			if err := tx.audit(&coop, "event_series.create", "EventSeries", s.id, nil); err != nil {
				return err
			}
		}
	}
	for _, e := range demoEvents {
		start, err := time.ParseInLocation("2006-01-02T15:04", e.start, koop.Berlin)
		if err != nil {
			return err
		}
		var lead string
		for _, s := range demoSeries {
			if s.id == e.series {
				lead = s.lead
			}
		}
		var capacity *int
		if e.capacity > 0 {
			capacity = &e.capacity
		}
		created, err := tx.seedRow(`INSERT INTO events (id, cooperation_id, series_id, title, starts_at, ends_at, venue, address, capacity, lead_partner_id, status, created_at, updated_at)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12) ON CONFLICT (id) DO NOTHING`,
			e.id, coop, e.series, e.title, start, start.Add(time.Duration(e.hours)*time.Hour), e.venue, e.address, capacity, lead, e.status, tx.Now)
		if err != nil {
			return err
		}
		if !created {
			continue
		}
		if err := tx.audit(&coop, "event.create", "Event", e.id, nil); err != nil {
			return err
		}
		// Joint events: a coordinator of each partner organises them.
		if err := tx.exec(`INSERT INTO event_organisers (event_id, membership_id, cooperation_id)
			SELECT $1, m.id, m.cooperation_id FROM memberships m JOIN users u ON u.id = m.user_id
			WHERE m.cooperation_id = $2 AND u.email IN ('coordinator@koop.test', 'coordinator.wkhl@koop.test')`, e.id, coop); err != nil {
			return err
		}
		for _, s := range demoSeries {
			if s.id != e.series {
				continue
			}
			for _, it := range s.template {
				owner := &lead
				if it.OwnerPartnerID != nil {
					owner = it.OwnerPartnerID
				}
				due := it.DueOn(start)
				id, err := tx.insertTask(coop, &e.id, it.Title, &due, nil, owner)
				if err != nil {
					return err
				}
				if due.Before(tx.Now) {
					if err := tx.exec(`UPDATE tasks SET done = true, done_at = $2 WHERE id = $1`, id, due); err != nil {
						return err
					}
				}
			}
		}
	}
	// Give the demo coordinator and member something in "Meine Aufgaben".
	for email, title := range map[string]string{"coordinator@koop.test": "Einladungen versenden", "member@koop.test": "Catering beauftragen"} {
		if err := tx.exec(`UPDATE tasks SET assignee_id = (SELECT id FROM users WHERE email = $1)
			WHERE event_id = '6b00c0de-0000-4000-8000-000000000306' AND title = $2 AND assignee_id IS NULL`, email, title); err != nil {
			return err
		}
	}
	return tx.seedBudget(coop)
}
