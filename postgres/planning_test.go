package postgres_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/koop-lichtenberg/koop"
	"github.com/koop-lichtenberg/koop/postgres"
	"github.com/koop-lichtenberg/koop/postgres/pgtest"
)

func berlinAt(s string) time.Time {
	t, err := time.ParseInLocation("2006-01-02T15:04", s, koop.Berlin)
	if err != nil {
		panic(err)
	}
	return t
}

func warningLines(ws []*koop.PlanningWarning) string {
	var out []string
	for _, w := range ws {
		line := string(w.Kind) + " " + w.Date.Format(time.DateOnly)
		if w.OtherEvent != nil {
			line += " " + w.OtherEvent.Title
		}
		if w.HolidayName != nil {
			line += " " + *w.HolidayName
		}
		out = append(out, line)
	}
	return strings.Join(out, "; ")
}

// Against the demo year: the Neujahrsempfang 2027 is on 20 January 2027, 18–21 h, in the
// Kulturhaus Karlshorst.
func TestPlanningWarningsAgainstOtherEvents(t *testing.T) {
	db := pgtest.Seeded(t)
	planning := postgres.NewPlanningService(db.DB)
	events := postgres.NewEventService(db.DB)
	coord := db.As(t, "coordinator@koop.test")
	check := func(start, end, venue, eventID string) string {
		t.Helper()
		ws, err := planning.PlanningWarnings(coord, pgtest.DemoCooperationID,
			koop.PlanningCandidate{EventID: eventID, StartsAt: berlinAt(start), EndsAt: berlinAt(end), Venue: venue})
		if err != nil {
			t.Fatal(err)
		}
		return warningLines(ws)
	}
	for _, c := range []struct {
		name, start, end, venue, eventID, want string
	}{
		{"same venue, overlapping, other spelling", "2027-01-20T20:00", "2027-01-20T23:00", "  kulturhaus KARLSHORST ", "",
			"VENUE_BOOKED 2027-01-20 Neujahrsempfang 2027"},
		{"same venue, not overlapping", "2027-01-20T09:00", "2027-01-20T12:00", "Kulturhaus Karlshorst", "",
			"SAME_DAY 2027-01-20 Neujahrsempfang 2027"},
		{"other venue the same day", "2027-01-20T09:00", "2027-01-20T12:00", "Rathaus", "",
			"SAME_DAY 2027-01-20 Neujahrsempfang 2027"},
		{"the event itself is left out", "2027-01-20T18:00", "2027-01-20T21:00", "Kulturhaus Karlshorst", pgtest.DemoNeujahr2027, ""},
		{"the day before, ending at midnight", "2027-01-19T20:00", "2027-01-20T00:00", "Kulturhaus Karlshorst", "", ""},
		{"a holiday", "2027-03-08T10:00", "2027-03-08T12:00", "", "", "PUBLIC_HOLIDAY 2027-03-08 Internationaler Frauentag"},
		{"a one-off holiday from the override table", "2025-05-08T10:00", "2025-05-08T12:00", "", "",
			"PUBLIC_HOLIDAY 2025-05-08 Tag der Befreiung (80. Jahrestag)"},
		{"a plain day", "2027-02-10T10:00", "2027-02-10T12:00", "Kulturhaus Karlshorst", "", ""},
	} {
		if got := check(c.start, c.end, c.venue, c.eventID); got != c.want {
			t.Errorf("%s: %q, want %q", c.name, got, c.want)
		}
	}

	// A cancelled event no longer blocks its day.
	e, err := events.Event(coord, pgtest.DemoNeujahr2027, koop.EventLoad{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := events.ChangeEventStatus(coord, koop.ChangeEventStatusInput{ID: e.ID, Version: e.Version, Status: koop.EventCancelled}); err != nil {
		t.Fatal(err)
	}
	if got := check("2027-01-20T20:00", "2027-01-20T23:00", "Kulturhaus Karlshorst", ""); got != "" {
		t.Errorf("after cancelling: %q", got)
	}

	// Bad input is refused with the field named.
	_, err = planning.PlanningWarnings(coord, pgtest.DemoCooperationID, koop.PlanningCandidate{StartsAt: berlinAt("2027-01-20T20:00"), EndsAt: berlinAt("2027-01-20T19:00")})
	if koop.ErrorCode(err) != koop.EINVALID || koop.ErrorField(err) != "endsAt" {
		t.Errorf("end before start: %v", err)
	}
	// Outside jurors see no events, so no warnings either; strangers do not learn the cooperation exists.
	if _, err := planning.PlanningWarnings(db.As(t, "viewer@koop.test"), pgtest.DemoCooperationID,
		koop.PlanningCandidate{StartsAt: berlinAt("2027-01-20T20:00"), EndsAt: berlinAt("2027-01-20T21:00")}); err != nil {
		t.Errorf("a viewer may check: %v", err)
	}
}

// A saved event carries its warnings, and a list of events computes them in a constant number
// of statements.
func TestEventWarnings(t *testing.T) {
	db := pgtest.Seeded(t)
	events := postgres.NewEventService(db.DB)
	coord := db.As(t, "coordinator@koop.test")
	created, err := events.CreateEvent(coord, koop.CreateEventInput{CooperationID: pgtest.DemoCooperationID, Title: "Unternehmerfrühstück",
		StartsAt: berlinAt("2027-01-20T08:00"), EndsAt: berlinAt("2027-01-20T10:00"), Venue: ptr("Kulturhaus Karlshorst"), LeadPartnerID: ptr(pgtest.DemoBAPartnerID)})
	if err != nil {
		t.Fatal(err)
	}
	if got := warningLines(created.Warnings); got != "SAME_DAY 2027-01-20 Neujahrsempfang 2027" {
		t.Errorf("created: %q", got)
	}
	e, err := events.Event(coord, pgtest.DemoNeujahr2027, koop.EventLoad{Warnings: true})
	if err != nil {
		t.Fatal(err)
	}
	if got := warningLines(e.Warnings); got != "SAME_DAY 2027-01-20 Unternehmerfrühstück" {
		t.Errorf("the other side: %q", got)
	}
	// Held events have nothing left to plan.
	held, err := events.Event(coord, "6b00c0de-0000-4000-8000-000000000304", koop.EventLoad{Warnings: true})
	if err != nil || len(held.Warnings) != 0 {
		t.Errorf("held event: %v %v", held.Warnings, err)
	}
}

func TestEventListWarningStatementsAreConstant(t *testing.T) {
	count := func(extra int) int {
		db, st := pgtest.NewCounting(t)
		if err := db.Seed(t.Context(), "koop-demo"); err != nil {
			t.Fatal(err)
		}
		events := postgres.NewEventService(db.DB)
		coord := db.As(t, "coordinator@koop.test")
		for i := range extra {
			start := time.Date(2027, 1, 1+i%28, 18, 0, 0, 0, koop.Berlin)
			if _, err := events.CreateEvent(coord, koop.CreateEventInput{CooperationID: pgtest.DemoCooperationID, Title: fmt.Sprintf("Termin %d", i),
				StartsAt: start, EndsAt: start.Add(2 * time.Hour), Venue: ptr("Kulturhaus Karlshorst"), LeadPartnerID: ptr(pgtest.DemoBAPartnerID)}); err != nil {
				t.Fatal(err)
			}
		}
		st.Reset()
		list, err := events.Events(coord, pgtest.DemoCooperationID, koop.EventFilter{}, koop.EventOrderStartsAtAsc, koop.Page{Limit: 200}, koop.EventLoad{Warnings: true})
		if err != nil || len(list.Items) != 8+extra {
			t.Fatalf("%d events, %v", len(list.Items), err)
		}
		if extra > 28 {
			warned := 0
			for _, e := range list.Items {
				if len(e.Warnings) > 0 {
					warned++
				}
			}
			if warned < extra {
				t.Errorf("only %d of %d clashing events have warnings", warned, extra)
			}
		}
		return st.N()
	}
	small, large := count(1), count(60)
	if small != large {
		t.Errorf("statements grow with events: %d → %d", small, large)
	}
	t.Logf("event list with warnings: %d statements", small)
}

func TestHolidayOverrides(t *testing.T) {
	db := pgtest.Seeded(t)
	planning := postgres.NewPlanningService(db.DB)
	admin := db.As(t, "admin@koop.test") // the demo admin is a system admin
	d := time.Date(2027, 6, 17, 0, 0, 0, 0, time.UTC)
	if _, err := planning.SetHolidayOverride(admin, koop.HolidayOverride{Date: d, Name: "  ", IsHoliday: true}); koop.ErrorField(err) != "name" {
		t.Errorf("empty name: %v", err)
	}
	if _, err := planning.SetHolidayOverride(admin, koop.HolidayOverride{Date: d, Name: "Tag der Einheit (Probe)", IsHoliday: true}); err != nil {
		t.Fatal(err)
	}
	hs, err := planning.PublicHolidays(admin, d, d)
	if err != nil || len(hs) != 1 || hs[0].Name != "Tag der Einheit (Probe)" {
		t.Errorf("after override: %v %v", hs, err)
	}
	if err := planning.DeleteHolidayOverride(admin, d); err != nil {
		t.Fatal(err)
	}
	if err := planning.DeleteHolidayOverride(admin, d); koop.ErrorCode(err) != koop.ENOTFOUND {
		t.Errorf("deleting twice: %v", err)
	}
	if _, err := planning.PublicHolidays(admin, d, d.AddDate(11, 0, 0)); koop.ErrorField(err) != "to" {
		t.Errorf("eleven years: %v", err)
	}
	list, err := planning.HolidayOverrides(db.As(t, "viewer@koop.test"))
	if err != nil || len(list) != 2 {
		t.Errorf("seeded overrides: %v %v", list, err)
	}
}
