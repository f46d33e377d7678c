package postgres_test

import (
	"context"
	"sort"
	"testing"
	"time"

	"github.com/koop-lichtenberg/koop"
	"github.com/koop-lichtenberg/koop/postgres/pgtest"
)

// The demo agreement is signed by both partners and has the eight commitments of seeds/004;
// the retreat is the one commitment without a fulfilment, and fulfilments lie within its years.
func TestSeedStrategyAgreement(t *testing.T) {
	db := pgtest.Seeded(t)
	if n := db.Count(t, `SELECT count(*) FROM agreements WHERE cooperation_id = $1 AND status = 'SIGNED' AND signed_at IS NOT NULL
		AND signed_by = (SELECT id FROM users WHERE email = 'admin@koop.test')
		AND title = 'Kooperationsvereinbarung Bezirksamt Lichtenberg – Wirtschaftskreis Hohenschönhausen-Lichtenberg'
		AND valid_from = '2022-01-01' AND valid_until = '2026-12-31'`, pgtest.DemoCooperationID); n != 1 {
		t.Fatalf("signed agreements: %d", n)
	}
	if n := db.Count(t, `SELECT count(*) FROM agreement_parties WHERE agreement_id = '6b00c0de-0000-4000-8000-000000000d01'
		AND signatory <> '' AND signed_on IS NOT NULL`); n != 2 {
		t.Errorf("signed parties: %d", n)
	}
	var titles []string
	if err := db.SQL.Select(&titles, `SELECT title FROM commitments WHERE agreement_id = '6b00c0de-0000-4000-8000-000000000d01' ORDER BY position`); err != nil {
		t.Fatal(err)
	}
	if len(titles) != 8 || titles[0] != "Wirtschaftsdinner Lichtenberg gemeinsam fortführen" || titles[6] != "Einmal pro Jahr in Klausur gehen" {
		t.Errorf("commitments: %q", titles)
	}
	if n := db.Count(t, `SELECT count(*) FROM commitments WHERE agreement_id = '6b00c0de-0000-4000-8000-000000000d01' AND NOT recurring`); n != 2 {
		t.Errorf("one-off commitments: %d", n)
	}
	var unfulfilled []string
	if err := db.SQL.Select(&unfulfilled, `SELECT c.title FROM commitments c WHERE c.cooperation_id = $1
		AND NOT EXISTS (SELECT 1 FROM commitment_fulfilments f WHERE f.commitment_id = c.id)`, pgtest.DemoCooperationID); err != nil {
		t.Fatal(err)
	}
	if len(unfulfilled) != 0 {
		t.Errorf("commitments without fulfilment: %q", unfulfilled)
	}
	// the retreats fulfil "Einmal pro Jahr in Klausur gehen" in the years they are held
	if got := authzText(t, db, `SELECT string_agg(f.year || ':' || r.status, ',' ORDER BY f.year) FROM commitment_fulfilments f
		JOIN retreats r ON r.id = f.retreat_id WHERE f.commitment_id = '6b00c0de-0000-4000-8000-000000000d17'`); got != "2025:CLOSED,2026:PREPARING" {
		t.Errorf("retreat fulfilments %s", got)
	}
	if n := db.Count(t, `SELECT count(*) FROM commitment_fulfilments WHERE cooperation_id = $1 AND year NOT BETWEEN 2022 AND 2026`, pgtest.DemoCooperationID); n != 0 {
		t.Errorf("fulfilments outside the agreement's years: %d", n)
	}
	// Each event fulfils the commitment of its own series, in the year it takes place.
	if n := db.Count(t, `SELECT count(*) FROM commitment_fulfilments f JOIN events e ON e.id = f.event_id
		JOIN event_series s ON s.id = e.series_id JOIN commitments c ON c.id = f.commitment_id
		WHERE f.year = extract(year FROM e.starts_at AT TIME ZONE 'Europe/Berlin') AND position(s.name IN c.title) > 0`); n != 5 {
		t.Errorf("event fulfilments matching their series: %d", n)
	}
	if n := db.Count(t, `SELECT count(*) FROM commitment_fulfilments f JOIN award_cycles y ON y.id = f.award_cycle_id WHERE y.year = f.year`); n != 2 {
		t.Errorf("award cycle fulfilments: %d", n)
	}
}

// The goal tree follows the agreement's aims; exactly one goal (4.2) has no measure in its
// subtree, and one or two have no priority.
func TestSeedStrategyGoals(t *testing.T) {
	db := pgtest.Seeded(t)
	if n := db.Count(t, `SELECT count(*) FROM strategies WHERE cooperation_id = $1 AND mission_statement LIKE 'Lichtenberg – gemeinsam Zukunft gestalten%'`, pgtest.DemoCooperationID); n != 1 {
		t.Errorf("mission statement: %d", n)
	}
	if n := db.Count(t, `SELECT count(*) FROM goals WHERE cooperation_id = $1 AND parent_id IS NULL`, pgtest.DemoCooperationID); n != 4 {
		t.Errorf("top goals: %d", n)
	}
	var codes []struct {
		Code  string `db:"code"`
		Title string `db:"title"`
	}
	if err := db.SQL.Select(&codes, `WITH RECURSIVE tree AS (
			SELECT id, position::text AS code, title FROM goals WHERE cooperation_id = $1 AND parent_id IS NULL
			UNION ALL SELECT g.id, t.code || '.' || g.position, g.title FROM goals g JOIN tree t ON g.parent_id = t.id)
		SELECT code, title FROM tree t WHERE NOT EXISTS (
			WITH RECURSIVE sub AS (SELECT t.id UNION ALL SELECT g.id FROM goals g JOIN sub ON g.parent_id = sub.id)
			SELECT 1 FROM sub WHERE EXISTS (SELECT 1 FROM workstream_goals WHERE goal_id = sub.id)
				OR EXISTS (SELECT 1 FROM event_series_goals WHERE goal_id = sub.id))`, pgtest.DemoCooperationID); err != nil {
		t.Fatal(err)
	}
	if len(codes) != 1 || codes[0].Code != "4.2" || codes[0].Title != "Vereinbarkeit von Familie und Beruf in Unternehmen fördern" {
		t.Errorf("goals without a measure: %+v", codes)
	}
	if n := db.Count(t, `SELECT count(*) FROM goals WHERE cooperation_id = $1 AND priority IS NULL`, pgtest.DemoCooperationID); n < 1 || n > 2 {
		t.Errorf("goals without priority: %d", n)
	}
	// Positions among siblings run 1, 2, 3 … so that codes have no holes.
	if n := db.Count(t, `SELECT count(*) FROM (SELECT parent_id, count(*) AS n, max(position) AS top, count(DISTINCT position) AS d
		FROM goals WHERE cooperation_id = $1 GROUP BY parent_id) s WHERE n <> top OR n <> d`, pgtest.DemoCooperationID); n != 0 {
		t.Errorf("sibling groups with holes: %d", n)
	}
	if n := db.Count(t, `SELECT count(DISTINCT series_id) FROM event_series_goals WHERE cooperation_id = $1`, pgtest.DemoCooperationID); n != 5 {
		t.Errorf("event series linked to goals: %d", n)
	}
}

// The six workstreams of the agreement, with mixed statuses, leads from both partners except
// one, milestones within their dates (one overdue), and latest status reports matching.
func TestSeedStrategyWorkstreams(t *testing.T) {
	db := pgtest.Seeded(t)
	var titles []string
	if err := db.SQL.Select(&titles, `SELECT title FROM workstreams WHERE cooperation_id = $1 ORDER BY title`, pgtest.DemoCooperationID); err != nil {
		t.Fatal(err)
	}
	want := []string{"Berufs- und Studienorientierung", "Fachkräftesicherung", "Nachhaltige Entwicklung der Einkaufscenter",
		"Neues Urbanes Zentrum Hohenschönhausen", "Touristische Infrastruktur und Tourismusmarketing", "Vermarktung landeseigener Gewerbeflächen"}
	sort.Strings(want)
	if len(titles) != len(want) {
		t.Fatalf("workstreams: %q", titles)
	}
	for i := range want {
		if titles[i] != want[i] {
			t.Errorf("workstream %d: %q, want %q", i, titles[i], want[i])
		}
	}
	var onePartner []string
	if err := db.SQL.Select(&onePartner, `SELECT w.title FROM workstreams w JOIN workstream_leads l ON l.workstream_id = w.id
		JOIN memberships m ON m.id = l.membership_id JOIN partners p ON p.organisation_id = m.organisation_id AND p.cooperation_id = w.cooperation_id
		WHERE w.cooperation_id = $1 GROUP BY w.id HAVING count(DISTINCT p.id) = 1`, pgtest.DemoCooperationID); err != nil {
		t.Fatal(err)
	}
	if len(onePartner) != 1 || onePartner[0] != "Touristische Infrastruktur und Tourismusmarketing" {
		t.Errorf("workstreams led by one partner: %q", onePartner)
	}
	if n := db.Count(t, `SELECT count(*) FROM workstreams w WHERE cooperation_id = $1 AND (SELECT count(*) FROM workstream_leads WHERE workstream_id = w.id) < 2`, pgtest.DemoCooperationID); n != 0 {
		t.Errorf("workstreams with fewer than two leads: %d", n)
	}
	if n := db.Count(t, `SELECT count(*) FROM workstreams w WHERE cooperation_id = $1 AND NOT EXISTS (SELECT 1 FROM workstream_goals WHERE workstream_id = w.id)`, pgtest.DemoCooperationID); n != 0 {
		t.Errorf("workstreams without goals: %d", n)
	}
	var statuses []string
	if err := db.SQL.Select(&statuses, `SELECT status FROM workstreams WHERE cooperation_id = $1 ORDER BY status`, pgtest.DemoCooperationID); err != nil {
		t.Fatal(err)
	}
	counts := map[string]int{}
	for _, s := range statuses {
		counts[s]++
	}
	if counts["ON_TRACK"] < 1 || counts["AT_RISK"] < 1 || counts["OFF_TRACK"] > 1 || counts["PROPOSED"] != 1 || counts["DONE"] > 1 {
		t.Errorf("statuses: %v", counts)
	}
	if n := db.Count(t, `SELECT count(*) FROM milestones m JOIN workstreams w ON w.id = m.workstream_id
		WHERE m.due_on < w.starts_on OR m.due_on > w.ends_on OR m.done_on > '2026-11-25'`); n != 0 {
		t.Errorf("milestones outside their workstream's dates: %d", n)
	}
	if n := db.Count(t, `SELECT count(*) FROM workstreams w WHERE cooperation_id = $1
		AND (SELECT count(*) FROM milestones WHERE workstream_id = w.id) NOT BETWEEN 2 AND 4`, pgtest.DemoCooperationID); n != 0 {
		t.Errorf("workstreams without 2–4 milestones: %d", n)
	}
	if n := db.Count(t, `SELECT count(*) FROM milestones WHERE cooperation_id = $1 AND done_on IS NULL AND due_on < '2026-11-25'`, pgtest.DemoCooperationID); n != 1 {
		t.Errorf("overdue milestones: %d", n)
	}
	if n := db.Count(t, `SELECT count(*) FROM workstreams w WHERE cooperation_id = $1 AND status IS DISTINCT FROM
		(SELECT status FROM status_reports WHERE workstream_id = w.id ORDER BY created_at DESC LIMIT 1)`, pgtest.DemoCooperationID); n != 0 {
		t.Errorf("workstreams whose latest report has another status: %d", n)
	}
	// Workstream tasks belong to partners, not to demo users.
	if n := db.Count(t, `SELECT count(*) FROM tasks WHERE workstream_id IS NOT NULL AND (assignee_id IS NOT NULL OR owner_partner_id IS NULL)`); n != 0 {
		t.Errorf("workstream tasks with an assignee or without owner: %d", n)
	}
	if n := db.Count(t, `SELECT count(*) FROM tasks WHERE workstream_id IS NOT NULL`); n < 2 {
		t.Errorf("workstream tasks: %d", n)
	}
}

// KPIs have measurements in 2025 and 2026, none in the future; one is behind, others on track
// or achieved; only the Neues Urbanes Zentrum has no KPI.
func TestSeedStrategyKpis(t *testing.T) {
	db := pgtest.Seeded(t)
	var kpis []*koop.Kpi
	if err := db.SQL.Select(&kpis, `SELECT id, cooperation_id, goal_id, workstream_id, series_id, name, unit, baseline::float8 AS baseline,
		baseline_on, target::float8 AS target, target_on, direction, version FROM kpis WHERE cooperation_id = $1 ORDER BY name`, pgtest.DemoCooperationID); err != nil {
		t.Fatal(err)
	}
	if len(kpis) < 5 {
		t.Fatalf("KPIs: %d", len(kpis))
	}
	wantStates := map[string]koop.KpiState{
		"Vermarktete Gewerbefläche":              koop.KpiOnTrack,
		"Leerstandsquote in den Einkaufscentern": koop.KpiBehind,
		"Vermittelte Schülerpraktika":            koop.KpiAchieved,
		"Betriebe im Tourismusnetzwerk":          koop.KpiBehind,
	}
	states := map[koop.KpiState]int{}
	for _, k := range kpis {
		if err := db.SQL.Select(&k.Measurements, `SELECT id, kpi_id, measured_on, value::float8 AS value, note, '' AS recorded_by_name
			FROM measurements WHERE kpi_id = $1 ORDER BY measured_on`, k.ID); err != nil {
			t.Fatal(err)
		}
		years := map[int]bool{}
		for _, m := range k.Measurements {
			years[m.MeasuredOn.Year()] = true
			if m.MeasuredOn.After(time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC)) {
				t.Errorf("%s: measurement in the future: %s", k.Name, m.MeasuredOn)
			}
		}
		if !years[2025] || !years[2026] {
			t.Errorf("%s: measurement years %v", k.Name, years)
		}
		koop.KpiProgress(k)
		if want, ok := wantStates[k.Name]; ok && k.State != want {
			t.Errorf("%s: %s, want %s", k.Name, k.State, want)
		}
		states[k.State]++
	}
	if states[koop.KpiBehind] < 1 || states[koop.KpiOnTrack]+states[koop.KpiAchieved] < 1 {
		t.Errorf("KPI states: %v", states)
	}
	for q, want := range map[string]int{
		`SELECT count(*) FROM kpis WHERE cooperation_id = $1 AND goal_id IS NOT NULL`:   1,
		`SELECT count(*) FROM kpis WHERE cooperation_id = $1 AND series_id IS NOT NULL`: 1,
	} {
		if n := db.Count(t, q, pgtest.DemoCooperationID); n != want {
			t.Errorf("%s: %d, want %d", q, n, want)
		}
	}
	var without []string
	if err := db.SQL.Select(&without, `SELECT title FROM workstreams w WHERE cooperation_id = $1
		AND NOT EXISTS (SELECT 1 FROM kpis WHERE workstream_id = w.id)`, pgtest.DemoCooperationID); err != nil {
		t.Fatal(err)
	}
	if len(without) != 1 || without[0] != "Neues Urbanes Zentrum Hohenschönhausen" {
		t.Errorf("workstreams without KPI: %q", without)
	}
}

// Seeding again adds no strategy rows and no audit entries.
func TestSeedStrategyIsIdempotent(t *testing.T) {
	db := pgtest.Seeded(t)
	tables := []string{"agreements", "agreement_parties", "commitments", "commitment_fulfilments", "strategies", "goals",
		"workstreams", "workstream_leads", "workstream_goals", "event_series_goals", "milestones", "status_reports", "kpis",
		"measurements", "tasks", "audit_entries"}
	before := map[string]int{}
	for _, tb := range tables {
		before[tb] = db.Count(t, "SELECT count(*) FROM "+tb)
	}
	if before["workstreams"] == 0 {
		t.Fatal("no demo workstreams")
	}
	if err := db.Seed(context.Background(), "koop-demo"); err != nil {
		t.Fatal(err)
	}
	for _, tb := range tables {
		if got := db.Count(t, "SELECT count(*) FROM "+tb); got != before[tb] {
			t.Errorf("%s: %d rows after second seed, want %d", tb, got, before[tb])
		}
	}
}
