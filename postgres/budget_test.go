package postgres_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/koop-lichtenberg/koop"
	"github.com/koop-lichtenberg/koop/postgres"
	"github.com/koop-lichtenberg/koop/postgres/pgtest"
)

// The seeded budgets (postgres/seed_budget.go).
const (
	budgetDinner2026     = "6b00c0de-0000-4000-8000-000000000304" // PERCENT 40/60, held, with actual amounts
	budgetMesse2026      = "6b00c0de-0000-4000-8000-000000000305" // AMOUNT shares
	budgetDinnerVenue    = "6b00c0de-0000-4000-8000-000000000b11" // 4.500 €, 40/60
	budgetMesseVenue     = "6b00c0de-0000-4000-8000-000000000b31" // 12.000 € planned, 8.000/4.000
	budgetStadtwerk      = "6b00c0de-0000-4000-8000-000000000b03" // a sponsoring company
	budgetStadtwerkMoney = "6b00c0de-0000-4000-8000-000000000b42" // 2.500 € for the dinner
)

func percentShares(ba, wkhl int) []*koop.BudgetShareInput {
	return []*koop.BudgetShareInput{{PartnerID: pgtest.DemoBAPartnerID, BasisPoints: ptr(ba)}, {PartnerID: pgtest.DemoWKHLPartnerID, BasisPoints: ptr(wkhl)}}
}

func amountShares(ba, wkhl int) []*koop.BudgetShareInput {
	return []*koop.BudgetShareInput{{PartnerID: pgtest.DemoBAPartnerID, AmountCents: ptr(ba)}, {PartnerID: pgtest.DemoWKHLPartnerID, AmountCents: ptr(wkhl)}}
}

// partnerTotals returns planned/actual/sponsorship/net per partner ID.
func partnerTotals(ts []*koop.BudgetPartnerTotal) map[string][4]int {
	out := map[string][4]int{}
	for _, t := range ts {
		out[t.Partner.ID] = [4]int{t.PlannedCents, t.ActualCents, t.SponsorshipCents, t.NetCents}
	}
	return out
}

// The seeded Wirtschaftsdinner: 40/60 of 13.150 € planned and 12.852,50 € spent, 3.000 € money
// from two sponsors split 40/60, 1.500 € in kind that is shown but not deducted.
func TestBudgetOfTheSeededDinner(t *testing.T) {
	db := pgtest.Seeded(t)
	budgets := postgres.NewBudgetService(db.DB)
	list, err := budgets.EventBudgets(db.As(t, "viewer@koop.test"), []string{budgetDinner2026, pgtest.DemoNeujahr2027, budgetDinner2026})
	if err != nil || len(list) != 3 {
		t.Fatalf("%d budgets, %v", len(list), err)
	}
	b := list[0]
	if b.EventID != budgetDinner2026 || list[1].EventID != pgtest.DemoNeujahr2027 || list[2] != b {
		t.Fatalf("budgets out of order: %s, %s", b.EventID, list[1].EventID)
	}
	if len(b.Lines) != 4 || len(b.Sponsorships) != 3 || b.Sponsorships[0].Organisation.Name != "Stadtwerk Hohenschönhausen GmbH" {
		t.Fatalf("lines %d, sponsorships %d", len(b.Lines), len(b.Sponsorships))
	}
	if got, want := [5]int{b.PlannedCents, b.ActualCents, b.SponsorshipCents, b.InKindCents, b.NetCents}, [5]int{1315000, 1285250, 300000, 150000, 985250}; got != want {
		t.Errorf("event totals %v, want %v", got, want)
	}
	want := map[string][4]int{
		pgtest.DemoBAPartnerID:   {526000, 514100, 120000, 394100},
		pgtest.DemoWKHLPartnerID: {789000, 771150, 180000, 591150},
	}
	if diff := cmp.Diff(want, partnerTotals(b.Partners)); diff != "" {
		t.Errorf("partner totals (-want +got):\n%s", diff)
	}
	print := b.Lines[2] // Einladungs- und Tischkarten: 850 € planned, 912,50 € actual
	if print.Shares[0].Partner.Organisation.ShortName != "BA Lichtenberg" || print.Shares[0].PlannedCents != 34000 || *print.Shares[0].ActualCents != 36500 || *print.Shares[1].ActualCents != 54750 {
		t.Errorf("print line parts %+v %+v", print.Shares[0], print.Shares[1])
	}
	neujahr := list[1]
	if neujahr.PlannedCents != 945000 || neujahr.ActualCents != 0 || neujahr.NetCents != 945000-150000 {
		t.Errorf("Neujahrsempfang 2027: %+v", neujahr)
	}
	// Everything the seed wrote passes the service's own rules.
	for _, b := range list {
		for _, l := range b.Lines {
			in := make([]*koop.BudgetShareInput, len(l.Shares))
			for i, s := range l.Shares {
				in[i] = &koop.BudgetShareInput{PartnerID: s.PartnerID, BasisPoints: s.BasisPoints, AmountCents: s.AmountCents}
			}
			if _, err := koop.CheckShares(l.ShareMode, l.PlannedCents, in); err != nil {
				t.Errorf("seeded line %q: %v", l.Description, err)
			}
		}
	}
}

// budgetRows counts what a refused change must leave alone.
func budgetRows(t *testing.T, db *pgtest.DB) string {
	t.Helper()
	return fmt.Sprint(db.Count(t, `SELECT count(*) FROM budget_lines`), db.Count(t, `SELECT count(*) FROM budget_line_shares`),
		db.Count(t, `SELECT count(*) FROM sponsorships`), db.Count(t, `SELECT count(*) FROM audit_entries`),
		db.Count(t, `SELECT coalesce(sum(version), 0) FROM budget_lines`), db.Count(t, `SELECT coalesce(sum(version), 0) FROM sponsorships`))
}

// otherCooperation creates a second cooperation and returns its partner and organisation.
func otherCooperation(t *testing.T, db *pgtest.DB) (partnerID, organisationID string) {
	t.Helper()
	coops := postgres.NewCooperationService(db.DB)
	admin := db.As(t, "admin@koop.test")
	c, err := coops.CreateCooperation(admin, koop.CreateCooperationInput{Name: "Kooperation Pankow",
		Partners:   []*koop.NewPartnerInput{{Name: "Bezirksamt Pankow", Kind: koop.OrganisationAuthority}},
		AdminEmail: "pankow@koop.test", AdminName: "Paula Pankow"})
	if err != nil {
		t.Fatal(err)
	}
	return c.Partners[0].ID, c.Partners[0].Organisation.ID
}

func TestBudgetBadInputWritesNothing(t *testing.T) {
	db := pgtest.Seeded(t)
	budgets := postgres.NewBudgetService(db.DB)
	coord := db.As(t, "coordinator@koop.test")
	otherPartner, otherOrg := otherCooperation(t, db)
	base := koop.CreateBudgetLineInput{EventID: budgetDinner2026, Category: koop.BudgetTechnology, PlannedCents: 125050,
		ShareMode: koop.SharePercent, Shares: percentShares(4000, 6000)}
	lines := []struct {
		name   string
		change func(*koop.CreateBudgetLineInput)
		code   string
		field  string
	}{
		{"percent short of 100", func(in *koop.CreateBudgetLineInput) { in.Shares = percentShares(4000, 5000) }, koop.EINVALID, "shares"},
		{"percent over 100", func(in *koop.CreateBudgetLineInput) { in.Shares = percentShares(4000, 6050) }, koop.EINVALID, "shares"},
		{"amounts short", func(in *koop.CreateBudgetLineInput) {
			in.ShareMode, in.Shares = koop.ShareAmount, amountShares(100000, 24050)
		}, koop.EINVALID, "shares"},
		{"negative planned", func(in *koop.CreateBudgetLineInput) { in.PlannedCents = -1 }, koop.EINVALID, "plannedCents"},
		{"negative actual", func(in *koop.CreateBudgetLineInput) { in.ActualCents = ptr(-100) }, koop.EINVALID, "actualCents"},
		{"negative share", func(in *koop.CreateBudgetLineInput) { in.Shares = percentShares(-1000, 11000) }, koop.EINVALID, "shares.0.basisPoints"},
		{"partner twice", func(in *koop.CreateBudgetLineInput) {
			in.Shares = []*koop.BudgetShareInput{{PartnerID: pgtest.DemoBAPartnerID, BasisPoints: ptr(5000)}, {PartnerID: pgtest.DemoBAPartnerID, BasisPoints: ptr(5000)}}
		}, koop.EINVALID, "shares.1.partnerId"},
		{"partner of another cooperation", func(in *koop.CreateBudgetLineInput) {
			in.Shares = []*koop.BudgetShareInput{{PartnerID: pgtest.DemoBAPartnerID, BasisPoints: ptr(5000)}, {PartnerID: otherPartner, BasisPoints: ptr(5000)}}
		}, koop.EINVALID, "shares.1.partnerId"},
		{"organisation instead of partner", func(in *koop.CreateBudgetLineInput) {
			in.Shares = []*koop.BudgetShareInput{{PartnerID: "6b00c0de-0000-4000-8000-000000000101", BasisPoints: ptr(10000)}}
		}, koop.EINVALID, "shares.0.partnerId"},
		{"unknown event", func(in *koop.CreateBudgetLineInput) { in.EventID = "6b00c0de-0000-4000-8000-00000000ffff" }, koop.ENOTFOUND, "eventId"},
		{"malformed event", func(in *koop.CreateBudgetLineInput) { in.EventID = "dinner" }, koop.ENOTFOUND, "eventId"},
		{"unknown category", func(in *koop.CreateBudgetLineInput) { in.Category = "FIREWORKS" }, koop.EINVALID, "category"},
		{"no shares", func(in *koop.CreateBudgetLineInput) { in.Shares = nil }, koop.EINVALID, "shares"},
	}
	for _, tc := range lines {
		t.Run(tc.name, func(t *testing.T) {
			in := base
			tc.change(&in)
			before := budgetRows(t, db)
			_, _, err := budgets.CreateBudgetLine(coord, in)
			if koop.ErrorCode(err) != tc.code || koop.ErrorField(err) != tc.field {
				t.Fatalf("got %v, want %s/%s", err, tc.code, tc.field)
			}
			if koop.ErrorMessage(err) == "Interner Fehler" {
				t.Errorf("no German message for the user: %v", err)
			}
			if after := budgetRows(t, db); after != before {
				t.Errorf("a refused line left rows behind: %s, was %s", after, before)
			}
		})
	}
	sponsor := koop.CreateSponsorshipInput{EventID: budgetDinner2026, OrganisationID: budgetStadtwerk, Kind: koop.SponsorshipMoney, AmountCents: 10000}
	for _, tc := range []struct {
		name   string
		change func(*koop.CreateSponsorshipInput)
		code   string
		field  string
	}{
		{"organisation of another cooperation", func(in *koop.CreateSponsorshipInput) { in.OrganisationID = otherOrg }, koop.EINVALID, "organisationId"},
		{"unknown organisation", func(in *koop.CreateSponsorshipInput) { in.OrganisationID = "6b00c0de-0000-4000-8000-00000000ffff" }, koop.EINVALID, "organisationId"},
		{"zero amount", func(in *koop.CreateSponsorshipInput) { in.AmountCents = 0 }, koop.EINVALID, "amountCents"},
		{"negative amount", func(in *koop.CreateSponsorshipInput) { in.AmountCents = -500 }, koop.EINVALID, "amountCents"},
		{"unknown kind", func(in *koop.CreateSponsorshipInput) { in.Kind = "SHARES" }, koop.EINVALID, "kind"},
		{"unknown event", func(in *koop.CreateSponsorshipInput) { in.EventID = "6b00c0de-0000-4000-8000-00000000ffff" }, koop.ENOTFOUND, "eventId"},
	} {
		t.Run("sponsorship/"+tc.name, func(t *testing.T) {
			in := sponsor
			tc.change(&in)
			before := budgetRows(t, db)
			_, _, err := budgets.CreateSponsorship(coord, in)
			if koop.ErrorCode(err) != tc.code || koop.ErrorField(err) != tc.field {
				t.Fatalf("got %v, want %s/%s", err, tc.code, tc.field)
			}
			if after := budgetRows(t, db); after != before {
				t.Errorf("a refused sponsorship left rows behind: %s, was %s", after, before)
			}
		})
	}
}

func TestBudgetLineLifecycleAndStaleVersions(t *testing.T) {
	db := pgtest.Seeded(t)
	budgets := postgres.NewBudgetService(db.DB)
	coord := db.As(t, "coordinator.wkhl@koop.test")
	// 1 cent split three ways would not add up; 0,01 € split 50/50 must.
	l, b, err := budgets.CreateBudgetLine(coord, koop.CreateBudgetLineInput{EventID: budgetMesse2026, Category: koop.BudgetOther, Description: ptr("  Trinkgeld  "),
		PlannedCents: 1, ActualCents: ptr(1), ShareMode: koop.SharePercent, Shares: percentShares(5000, 5000)})
	if err != nil {
		t.Fatal(err)
	}
	if l.Description != "Trinkgeld" || l.Version != 1 || l.Shares[0].PlannedCents+l.Shares[1].PlannedCents != 1 || *l.Shares[0].ActualCents+*l.Shares[1].ActualCents != 1 {
		t.Fatalf("line %+v", l)
	}
	if len(b.Lines) != 4 || b.Lines[3].ID != l.ID || b.PlannedCents != 1980001 {
		t.Errorf("budget after create: %d lines, planned %d", len(b.Lines), b.PlannedCents)
	}
	// Switching to amounts without new shares is refused; with shares that do not add up too.
	if _, _, err := budgets.UpdateBudgetLine(coord, koop.UpdateBudgetLineInput{ID: l.ID, Version: 1, ShareMode: ptr(koop.ShareAmount)}); koop.ErrorField(err) != "shares" {
		t.Errorf("mode change without shares: %v", err)
	}
	if _, _, err := budgets.UpdateBudgetLine(coord, koop.UpdateBudgetLineInput{ID: l.ID, Version: 1, PlannedCents: ptr(30000), ShareMode: ptr(koop.ShareAmount),
		Shares: amountShares(10000, 10000)}); koop.ErrorField(err) != "shares" || koop.ErrorCode(err) != koop.EINVALID {
		t.Errorf("amounts short of planned: %v", err)
	}
	l2, _, err := budgets.UpdateBudgetLine(coord, koop.UpdateBudgetLineInput{ID: l.ID, Version: 1, PlannedCents: ptr(30000), ClearActual: ptr(true),
		ShareMode: ptr(koop.ShareAmount), Shares: amountShares(10000, 20000)})
	if err != nil || l2.Version != 2 || l2.ActualCents != nil || l2.Shares[1].PlannedCents != 20000 {
		t.Fatalf("update: %+v %v", l2, err)
	}
	// A planned amount that no longer matches the kept amounts is refused.
	if _, _, err := budgets.UpdateBudgetLine(coord, koop.UpdateBudgetLineInput{ID: l.ID, Version: 2, PlannedCents: ptr(40000)}); koop.ErrorField(err) != "shares" {
		t.Errorf("planned changed under fixed amounts: %v", err)
	}
	before := budgetRows(t, db)
	if _, _, err := budgets.UpdateBudgetLine(coord, koop.UpdateBudgetLineInput{ID: l.ID, Version: 1, Description: ptr("veraltet")}); koop.ErrorCode(err) != koop.ECONFLICT {
		t.Errorf("stale update: %v", err)
	}
	if _, err := budgets.DeleteBudgetLine(coord, koop.DeleteBudgetLineInput{ID: l.ID, Version: 1}); koop.ErrorCode(err) != koop.ECONFLICT {
		t.Errorf("stale delete: %v", err)
	}
	if after := budgetRows(t, db); after != before {
		t.Errorf("stale changes wrote: %s, was %s", after, before)
	}
	b, err = budgets.DeleteBudgetLine(coord, koop.DeleteBudgetLineInput{ID: l.ID, Version: 2})
	if err != nil || len(b.Lines) != 3 || db.Count(t, `SELECT count(*) FROM budget_line_shares WHERE line_id = $1`, l.ID) != 0 {
		t.Fatalf("delete: %v", err)
	}
	for action, n := range map[string]int{"budget_line.create": 1, "budget_line.update": 1, "budget_line.delete": 1} {
		if got := db.Count(t, `SELECT count(*) FROM audit_entries WHERE action = $1 AND entity_id = $2`, action, l.ID); got != n {
			t.Errorf("audit %s: %d, want %d", action, got, n)
		}
	}

	// Sponsorships: stale version, change, delete.
	sp, b, err := budgets.CreateSponsorship(coord, koop.CreateSponsorshipInput{EventID: budgetMesse2026, OrganisationID: budgetStadtwerk,
		Kind: koop.SponsorshipInKind, AmountCents: 20000, Note: ptr("Strom für die Halle")})
	if err != nil || sp.Status != koop.SponsorshipPledged || b.InKindCents != 20000 || b.SponsorshipCents != 300000 {
		t.Fatalf("create sponsorship: %+v %v", sp, err)
	}
	if _, _, err := budgets.UpdateSponsorship(coord, koop.UpdateSponsorshipInput{ID: sp.ID, Version: 0, Status: ptr(koop.SponsorshipReceived)}); koop.ErrorCode(err) != koop.ECONFLICT {
		t.Errorf("stale sponsorship update: %v", err)
	}
	sp2, b, err := budgets.UpdateSponsorship(coord, koop.UpdateSponsorshipInput{ID: sp.ID, Version: sp.Version, Kind: ptr(koop.SponsorshipMoney), Status: ptr(koop.SponsorshipReceived)})
	if err != nil || sp2.Version != 2 || b.SponsorshipCents != 320000 || b.InKindCents != 0 {
		t.Fatalf("update sponsorship: %+v %v", sp2, err)
	}
	if _, err := budgets.DeleteSponsorship(coord, koop.DeleteSponsorshipInput{ID: sp.ID, Version: sp.Version}); koop.ErrorCode(err) != koop.ECONFLICT {
		t.Errorf("stale sponsorship delete: %v", err)
	}
	if b, err = budgets.DeleteSponsorship(coord, koop.DeleteSponsorshipInput{ID: sp.ID, Version: sp2.Version}); err != nil || len(b.Sponsorships) != 1 {
		t.Fatalf("delete sponsorship: %v", err)
	}
}

// The yearly summary adds up the seeded 2026 budgets: the dinner split 40/60 and the fair with
// fixed amounts; events without a budget count with zero.
func TestBudgetSummaryOfAYear(t *testing.T) {
	db := pgtest.Seeded(t)
	budgets := postgres.NewBudgetService(db.DB)
	member := db.As(t, "member@koop.test")
	s, err := budgets.BudgetSummary(member, pgtest.DemoCooperationID, 2026)
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Events) != 5 || s.Events[3].Event.ID != budgetDinner2026 || s.Events[0].PlannedCents != 0 || s.Events[3].Event.Series == nil {
		t.Fatalf("events %d", len(s.Events))
	}
	// Dinner: planned 13.150 €, actual 12.852,50 €, money 3.000 €. Fair: planned 19.800 €,
	// actual 19.675 €, money 3.000 € split by the planned amounts 11.000/8.800.
	if got, want := [4]int{s.PlannedCents, s.ActualCents, s.SponsorshipCents, s.NetCents}, [4]int{3295000, 3252750, 600000, 2652750}; got != want {
		t.Errorf("year totals %v, want %v", got, want)
	}
	// Fair actual parts: venue 11.500 € by 2:1, technology 6.450 € by 1:1, print 1.725 € all WKHL.
	want := map[string][4]int{
		pgtest.DemoBAPartnerID:   {526000 + 1100000, 514100 + 766667 + 322500, 120000 + 166667, 514100 + 766667 + 322500 - 120000 - 166667},
		pgtest.DemoWKHLPartnerID: {789000 + 880000, 771150 + 383333 + 322500 + 172500, 180000 + 133333, 771150 + 383333 + 322500 + 172500 - 180000 - 133333},
	}
	if diff := cmp.Diff(want, partnerTotals(s.Partners)); diff != "" {
		t.Errorf("partner totals (-want +got):\n%s", diff)
	}
	// A new line in 2026 shows in the summary at once.
	coord := db.As(t, "coordinator@koop.test")
	if _, _, err := budgets.CreateBudgetLine(coord, koop.CreateBudgetLineInput{EventID: budgetMesse2026, Category: koop.BudgetFees, PlannedCents: 99999,
		ShareMode: koop.SharePercent, Shares: percentShares(3333, 6667)}); err != nil {
		t.Fatal(err)
	}
	s2, err := budgets.BudgetSummary(member, pgtest.DemoCooperationID, 2026)
	if err != nil || s2.PlannedCents != s.PlannedCents+99999 || s2.Partners[0].PlannedCents != s.Partners[0].PlannedCents+33330 {
		t.Errorf("after a new line: %+v %v", s2, err)
	}
	if _, err := budgets.BudgetSummary(member, pgtest.DemoCooperationID, 1899); koop.ErrorField(err) != "year" {
		t.Errorf("year 1899: %v", err)
	}
	empty, err := budgets.BudgetSummary(member, pgtest.DemoCooperationID, 2030)
	if err != nil || len(empty.Events) != 0 || len(empty.Partners) != 2 || empty.NetCents != 0 {
		t.Errorf("empty year: %+v %v", empty, err)
	}
}

// Seeding twice adds no budget, sponsor or audit rows.
func TestBudgetSeedIsIdempotent(t *testing.T) {
	db := pgtest.Seeded(t)
	before := budgetRows(t, db) + fmt.Sprint(db.Count(t, `SELECT count(*) FROM organisations`))
	if err := db.Seed(context.Background(), "koop-demo"); err != nil {
		t.Fatal(err)
	}
	if after := budgetRows(t, db) + fmt.Sprint(db.Count(t, `SELECT count(*) FROM organisations`)); after != before {
		t.Errorf("second seed: %s, was %s", after, before)
	}
	if n := db.Count(t, `SELECT count(*) FROM budget_lines`); n != 11 {
		t.Errorf("budget lines %d, want 11", n)
	}
}

// The budgets of many events and the yearly summary cost the same statements with 2 or 40
// events that have lines, shares and sponsorships.
func TestBudgetStatementsAreConstant(t *testing.T) {
	count := func(extra int) (budgetsN, summaryN int) {
		db, st := pgtest.NewCounting(t)
		if err := db.Seed(t.Context(), "koop-demo"); err != nil {
			t.Fatal(err)
		}
		events := postgres.NewEventService(db.DB)
		budgets := postgres.NewBudgetService(db.DB)
		coord := db.As(t, "coordinator@koop.test")
		ids := []string{budgetDinner2026, budgetMesse2026}
		for i := range extra {
			start := time.Date(2026, 2, 1+i%27, 18, 0, 0, 0, time.UTC)
			e, err := events.CreateEvent(coord, koop.CreateEventInput{CooperationID: pgtest.DemoCooperationID, Title: fmt.Sprintf("Veranstaltung %d", i),
				StartsAt: start, EndsAt: start.Add(time.Hour), LeadPartnerID: ptr(pgtest.DemoBAPartnerID)})
			if err != nil {
				t.Fatal(err)
			}
			for j := range 2 {
				if _, _, err := budgets.CreateBudgetLine(coord, koop.CreateBudgetLineInput{EventID: e.ID, Category: koop.BudgetCatering, PlannedCents: 1000 * (j + 1),
					ShareMode: koop.SharePercent, Shares: percentShares(2500, 7500)}); err != nil {
					t.Fatal(err)
				}
			}
			if _, _, err := budgets.CreateSponsorship(coord, koop.CreateSponsorshipInput{EventID: e.ID, OrganisationID: budgetStadtwerk, Kind: koop.SponsorshipMoney, AmountCents: 500}); err != nil {
				t.Fatal(err)
			}
			ids = append(ids, e.ID)
		}
		viewer := db.As(t, "viewer@koop.test")
		st.Reset()
		list, err := budgets.EventBudgets(viewer, ids)
		if err != nil || len(list) != len(ids) {
			t.Fatalf("%d budgets, %v", len(list), err)
		}
		budgetsN = st.N()
		st.Reset()
		s, err := budgets.BudgetSummary(viewer, pgtest.DemoCooperationID, 2026)
		if err != nil || len(s.Events) != 5+extra {
			t.Fatalf("summary of %d events, %v", len(s.Events), err)
		}
		return budgetsN, st.N()
	}
	b1, s1 := count(0)
	b2, s2 := count(40)
	if b1 != b2 || s1 != s2 {
		t.Errorf("statements grow with events: budgets %d → %d, summary %d → %d", b1, b2, s1, s2)
	}
	if b1 == 0 || s1 == 0 {
		t.Error("nothing was counted")
	}
	t.Logf("statements: event budgets %d, yearly summary %d", b1, s1)
}
