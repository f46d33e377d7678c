package postgres_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/koop-lichtenberg/koop"
	"github.com/koop-lichtenberg/koop/postgres"
	"github.com/koop-lichtenberg/koop/postgres/pgtest"
)

// coverageCase is a cooperation built to show every gap once, and a partner balance whose every
// number has a reason (see the comments).
type coverageCase struct {
	*stratFixture
	goals  map[string]string // by title
	events map[string]string // by title
}

func newCoverageCase(t *testing.T) *coverageCase {
	t.Helper()
	db := pgtest.New(t)
	f := &coverageCase{stratFixture: newStratFixture(t, db, ""), goals: map[string]string{}, events: map[string]string{}}
	admin := f.ctx["admin"]
	goal := func(parent, title string, p *koop.Priority) {
		var pid *string
		if parent != "" {
			id := f.goals[parent]
			pid = &id
		}
		f.goals[title] = f.goal(t, pid, title, p).ID
	}
	// 1 Wirtschaft (HIGH): covered through 1.1; 1.2 has nothing; 2 is covered by a series;
	// 3 has nothing; 4 is covered by a series that involves one partner.
	goal("", "Wirtschaft", stratPriority(koop.PriorityHigh))
	goal("Wirtschaft", "Fachkräfte", nil)
	goal("Wirtschaft", "Flächen", stratPriority(koop.PriorityLow))
	goal("", "Kultur", nil)
	goal("", "Familie", stratPriority(koop.PriorityMedium))
	goal("", "Standort", stratPriority(koop.PriorityMedium))

	// Workstreams: every one is a measure, linked or not.
	skilled := f.workstream(t, "Fachkräftesicherung", "2026-01-01", "", "coordinator", "member") // A+B, KPI, runs in 2026
	f.workstream(t, "Gewerbeflächen", "2025-01-01", "2025-12-31", "member")                      // B only, no KPI, ended in 2025
	tourism := f.workstream(t, "tourismus", "2027-01-01", "")                                    // no lead, KPI, starts in 2027
	f.workstream(t, "Einkaufszentren", "2024-01-01", "", "member2")                              // C only, no KPI, runs since 2024
	f.link(t, f.goals["Fachkräfte"], koop.MeasureWorkstream, skilled)

	// Event series: a measure only when it serves a goal.
	salon := f.series(t, "Kultursalon", 0)      // A, and B through an organiser: no KPI
	f.series(t, "Neujahrsempfang", 1)           // serves no goal: no measure at all
	fair := f.series(t, "Investitionsmesse", 2) // C only, KPI
	f.link(t, f.goals["Kultur"], koop.MeasureEventSeries, salon)
	f.link(t, f.goals["Standort"], koop.MeasureEventSeries, fair)
	for _, s := range []*koop.KpiSubjectInput{{Kind: koop.KpiOfWorkstream, ID: skilled}, {Kind: koop.KpiOfWorkstream, ID: tourism}, {Kind: koop.KpiOfEventSeries, ID: fair}} {
		if _, err := f.kpis.CreateKpi(f.ctx["coordinator"], koop.CreateKpiInput{CooperationID: f.coop, Subject: s, Name: "Kennzahl", Unit: "Stück",
			Baseline: 0, Target: 10, Direction: koop.HigherIsBetter}); err != nil {
			t.Fatal(err)
		}
	}

	// Events (Berlin time).
	ev := func(series, title, starts string, lead int, status koop.EventStatus, organisers ...string) {
		f.events[title] = f.event(t, series, title, starts, lead, status, organisers...)
	}
	ev(salon, "E1", "2026-03-10 19:00", 0, koop.EventHeld, "member")                            // led by A, co-organised by B
	ev("", "E2", "2026-06-01 18:00", 1, koop.EventConfirmed, "coordinator", "viewer", "member") // led by B, co-organised by A (once)
	ev("", "E3", "2026-09-01 18:00", 0, koop.EventCancelled, "member")                          // cancelled: nobody leads or co-organises it
	ev("", "E4", "2025-12-31 23:30", 2, koop.EventHeld)                                         // 2025 in Berlin (22:30 UTC)
	ev("", "E5", "2026-12-31 23:30", 2, koop.EventPlanning)                                     // still 2026 in Berlin
	ev("", "E6", "2027-01-01 00:30", 2, koop.EventIdea)                                         // 2027 in Berlin, 2026 in UTC

	// Guests: contacts of A (two), B, none, and of an organisation that is no partner.
	nonPartner := stratID(t, db, `INSERT INTO organisations (cooperation_id, kind, name, created_at, updated_at) VALUES ($1, 'COMPANY', 'Bäckerei Lange', $2, $2) RETURNING id`,
		f.coop, db.Clock.T)
	contact := func(name string, org *string) string {
		return stratID(t, db, `INSERT INTO contacts (cooperation_id, last_name, organisation_id, legal_basis, created_at, updated_at)
			VALUES ($1, $2, $3, 'PUBLIC_TASK', $4, $4) RETURNING id`, f.coop, name, org, db.Clock.T)
	}
	k1, k2, k3 := contact("Albers", &f.orgs[0]), contact("Arndt", &f.orgs[0]), contact("Bauer", &f.orgs[1])
	k4, k5 := contact("Niemand", nil), contact("Lange", &nonPartner)
	invite := func(event, contact, status string) {
		stratExec(t, db, `INSERT INTO invitations (cooperation_id, event_id, contact_id, status, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $5)`,
			f.coop, f.events[event], contact, status, db.Clock.T)
	}
	invite("E1", k1, "ATTENDED")
	invite("E1", k2, "NO_SHOW")
	invite("E1", k3, "ATTENDED")
	invite("E1", k4, "ATTENDED")
	invite("E1", k5, "ATTENDED")
	invite("E2", k2, "ATTENDED")
	invite("E4", k1, "ATTENDED")
	invite("E5", k3, "ACCEPTED")

	// Budgets, split as the budget splits them.
	budgets := postgres.NewBudgetService(db.DB)
	line := func(event string, in koop.CreateBudgetLineInput) {
		in.EventID, in.Category = f.events[event], koop.BudgetVenue
		if _, _, err := budgets.CreateBudgetLine(admin, in); err != nil {
			t.Fatalf("budget line of %s: %v", event, err)
		}
	}
	share := func(p int, bp, cents *int) *koop.BudgetShareInput {
		return &koop.BudgetShareInput{PartnerID: f.partners[p], BasisPoints: bp, AmountCents: cents}
	}
	// 10,01 € half and half: the odd cent goes to A; 9,99 € spent: A 5,00, B 4,99.
	line("E1", koop.CreateBudgetLineInput{PlannedCents: 1001, ActualCents: ptr(999), ShareMode: koop.SharePercent,
		Shares: []*koop.BudgetShareInput{share(0, ptr(5000), nil), share(1, ptr(5000), nil)}})
	// 200 € as amounts A 150, C 50; 300 € spent, split in proportion: A 225, C 75.
	line("E2", koop.CreateBudgetLineInput{PlannedCents: 20000, ActualCents: ptr(30000), ShareMode: koop.ShareAmount,
		Shares: []*koop.BudgetShareInput{share(0, nil, ptr(15000)), share(2, nil, ptr(5000))}})
	// The cancelled event's costs count, as on the budget page.
	line("E3", koop.CreateBudgetLineInput{PlannedCents: 700, ShareMode: koop.SharePercent, Shares: []*koop.BudgetShareInput{share(0, ptr(10000), nil)}})
	line("E4", koop.CreateBudgetLineInput{PlannedCents: 50000, ShareMode: koop.SharePercent, Shares: []*koop.BudgetShareInput{share(0, ptr(10000), nil)}})
	return f
}

func covGoalTitles(gs []*koop.Goal) []string {
	out := []string{}
	for _, g := range gs {
		out = append(out, g.Code+" "+g.Title)
	}
	return out
}

func covMeasureTitles(ms []*koop.Measure) []string {
	out := []string{}
	for _, m := range ms {
		out = append(out, string(m.Kind)+" "+m.Title)
	}
	return out
}

// covBalance is one partner's balance without the partner.
type covBalance struct{ Led, CoOrganised, Workstreams, Planned, Actual, Attendees int }

func covBalances(bs []*koop.PartnerBalance) map[string]covBalance {
	out := map[string]covBalance{}
	for _, b := range bs {
		out[b.Partner.Organisation.Name] = covBalance{b.EventsLed, b.EventsCoOrganised, b.WorkstreamsLed, b.PlannedCents, b.ActualCents, b.Attendees}
	}
	return out
}

func TestCoverageListsTheGaps(t *testing.T) {
	f := newCoverageCase(t)
	c, err := f.strategy.Coverage(f.ctx["viewer"], f.coop, 0)
	if err != nil {
		t.Fatal(err)
	}
	if c.Year != 2026 || c.CooperationID != f.coop {
		t.Errorf("year %d (the clock says 2026), cooperation %s", c.Year, c.CooperationID)
	}
	for _, x := range []struct {
		name      string
		got, want []string
	}{
		{"goals without measure", covGoalTitles(c.GoalsWithoutMeasure), []string{"1.2 Flächen", "3 Familie"}},
		{"goals without priority", covGoalTitles(c.GoalsWithoutPriority), []string{"1.1 Fachkräfte", "2 Kultur"}},
		{"measures without KPI", covMeasureTitles(c.MeasuresWithoutKpi), []string{"WORKSTREAM Einkaufszentren", "WORKSTREAM Gewerbeflächen", "EVENT_SERIES Kultursalon"}},
		{"measures with one partner", covMeasureTitles(c.MeasuresWithOnePartner),
			[]string{"WORKSTREAM Einkaufszentren", "WORKSTREAM Gewerbeflächen", "EVENT_SERIES Investitionsmesse", "WORKSTREAM tourismus"}},
	} {
		if diff := cmp.Diff(x.want, x.got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", x.name, diff)
		}
	}
	// Linking a measure to a goal takes it off the list; a KPI takes a measure off its list.
	f.link(t, f.goals["Familie"], koop.MeasureEventSeries, f.series(t, "Familienfest", 0))
	c, err = f.strategy.Coverage(f.ctx["viewer"], f.coop, 2026)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"1.2 Flächen"}, covGoalTitles(c.GoalsWithoutMeasure)); diff != "" {
		t.Errorf("after linking (-want +got):\n%s", diff)
	}
	if got := covMeasureTitles(c.MeasuresWithoutKpi); !cmp.Equal(got, []string{"WORKSTREAM Einkaufszentren", "EVENT_SERIES Familienfest", "WORKSTREAM Gewerbeflächen", "EVENT_SERIES Kultursalon"}) {
		t.Errorf("a series that now serves a goal is a measure without KPI: %v", got)
	}
}

func TestCoveragePartnerBalance(t *testing.T) {
	f := newCoverageCase(t)
	c, err := f.strategy.Coverage(f.ctx["member"], f.coop, 2026)
	if err != nil {
		t.Fatal(err)
	}
	if len(c.PartnerBalance) != 3 || c.PartnerBalance[0].Partner.ID != f.partners[0] || c.PartnerBalance[2].Partner.ID != f.partners[2] {
		t.Fatalf("partners out of order: %+v", c.PartnerBalance)
	}
	want := map[string]covBalance{
		// leads E1 (E3 is cancelled), co-organises E2 (two organisers, one event), leads a workstream,
		// pays 10,01 € + 150 € + 7 € of E3 planned and 5,00 € + 225 € spent; Albers at E1 and Arndt at E2.
		"Bezirksamt Friedrichshain": {1, 1, 1, 501 + 15000 + 700, 500 + 22500, 2},
		// leads E2, co-organises E1 (not E2, which it leads), leads Fachkräftesicherung (Gewerbeflächen ended in 2025); Bauer at E1.
		"Unternehmerverband Ost": {1, 1, 1, 500, 499, 1},
		// leads E5 (late on New Year's Eve, Berlin), not E4 or E6; leads Einkaufszentren; nobody attended.
		"IHK Berlin": {1, 0, 1, 5000, 7500, 0},
	}
	if diff := cmp.Diff(want, covBalances(c.PartnerBalance)); diff != "" {
		t.Errorf("partner balance 2026 (-want +got):\n%s", diff)
	}
	// The money is the budget's own yearly summary.
	sum, err := postgres.NewBudgetService(f.db.DB).BudgetSummary(f.ctx["member"], f.coop, 2026)
	if err != nil {
		t.Fatal(err)
	}
	for i, p := range sum.Partners {
		if b := c.PartnerBalance[i]; b.PlannedCents != p.PlannedCents || b.ActualCents != p.ActualCents {
			t.Errorf("%s: balance %d/%d, budget summary %d/%d", p.Partner.Organisation.Name, b.PlannedCents, b.ActualCents, p.PlannedCents, p.ActualCents)
		}
	}

	c, err = f.strategy.Coverage(f.ctx["viewer"], f.coop, 2025)
	if err != nil {
		t.Fatal(err)
	}
	want = map[string]covBalance{
		"Bezirksamt Friedrichshain": {0, 0, 0, 50000, 0, 1}, // pays E4, Albers attended it
		"Unternehmerverband Ost":    {0, 0, 1, 0, 0, 0},     // Gewerbeflächen ran in 2025
		"IHK Berlin":                {1, 0, 1, 0, 0, 0},     // leads E4; Einkaufszentren
	}
	if diff := cmp.Diff(want, covBalances(c.PartnerBalance)); diff != "" {
		t.Errorf("partner balance 2025 (-want +got):\n%s", diff)
	}
	c, err = f.strategy.Coverage(f.ctx["viewer"], f.coop, 2027)
	if err != nil {
		t.Fatal(err)
	}
	if got := covBalances(c.PartnerBalance)["IHK Berlin"]; got != (covBalance{1, 0, 1, 0, 0, 0}) {
		t.Errorf("IHK Berlin 2027: %+v (E6, Einkaufszentren)", got)
	}
}

func TestCoverageAccess(t *testing.T) {
	f := newCoverageCase(t)
	for who, code := range map[string]string{"admin": "", "coordinator": "", "member": "", "viewer": "", "root": "",
		"external": koop.ENOTFOUND, "outsider": koop.ENOTFOUND} {
		if _, err := f.strategy.Coverage(f.ctx[who], f.coop, 0); koop.ErrorCode(err) != code {
			t.Errorf("%s: %v, want %q", who, err, code)
		}
	}
	for _, y := range []int{1999, 2101, -1} {
		if _, err := f.strategy.Coverage(f.ctx["viewer"], f.coop, y); koop.ErrorCode(err) != koop.EINVALID || koop.ErrorField(err) != "year" {
			t.Errorf("year %d: %v", y, err)
		}
	}
	if _, err := f.strategy.Coverage(f.ctx["viewer"], "kaputt", 0); koop.ErrorCode(err) != koop.ENOTFOUND {
		t.Errorf("malformed cooperation: %v", err)
	}
}
