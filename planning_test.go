package koop_test

import (
	"strings"
	"testing"
	"time"

	"github.com/koop-lichtenberg/koop"
)

func day(s string) time.Time {
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return d
}

func berlin(s string) time.Time {
	t, err := time.ParseInLocation("2006-01-02T15:04", s, koop.Berlin)
	if err != nil {
		panic(err)
	}
	return t
}

func TestBerlinHolidays(t *testing.T) {
	names := func(hs []koop.PublicHoliday) string {
		var b strings.Builder
		for _, h := range hs {
			b.WriteString(h.Date.Format("01-02") + " " + h.Name + "; ")
		}
		return b.String()
	}
	got := names(koop.BerlinHolidays(day("2026-01-01"), day("2026-12-31"), nil))
	want := "01-01 Neujahr; 03-08 Internationaler Frauentag; 04-03 Karfreitag; 04-06 Ostermontag; 05-01 Tag der Arbeit; " +
		"05-14 Christi Himmelfahrt; 05-25 Pfingstmontag; 10-03 Tag der Deutschen Einheit; 12-25 1. Weihnachtstag; 12-26 2. Weihnachtstag; "
	if got != want {
		t.Errorf("2026:\n got %s\nwant %s", got, want)
	}
	// Frauentag became a Berlin holiday in 2019.
	if got := names(koop.BerlinHolidays(day("2018-03-01"), day("2018-03-31"), nil)); got != "03-30 Karfreitag; " {
		t.Errorf("March 2018: %s", got)
	}
	if got := names(koop.BerlinHolidays(day("2019-03-08"), day("2019-03-08"), nil)); got != "03-08 Internationaler Frauentag; " {
		t.Errorf("8 March 2019: %s", got)
	}
	// Overrides add one-off holidays and can remove a library day; the range is inclusive.
	overrides := []koop.HolidayOverride{
		{Date: day("2025-05-08"), Name: "Tag der Befreiung (80. Jahrestag)", IsHoliday: true},
		{Date: day("2025-05-01"), Name: "abgeschafft", IsHoliday: false},
	}
	if got := names(koop.BerlinHolidays(day("2025-05-01"), day("2025-05-08"), overrides)); got != "05-08 Tag der Befreiung (80. Jahrestag); " {
		t.Errorf("May 2025 with overrides: %s", got)
	}
	// Across years.
	if got := koop.BerlinHolidays(day("2026-12-26"), day("2027-01-01"), nil); len(got) != 2 {
		t.Errorf("turn of the year: %v", got)
	}
}

func TestBerlinDays(t *testing.T) {
	for _, c := range []struct {
		start, end string
		want       []string
	}{
		{"2026-05-20T19:00", "2026-05-20T22:00", []string{"2026-05-20"}},
		{"2026-05-20T19:00", "2026-05-21T00:00", []string{"2026-05-20"}}, // ends at midnight
		{"2026-05-20T22:00", "2026-05-21T01:00", []string{"2026-05-20", "2026-05-21"}},
		{"2026-10-08T10:00", "2026-10-10T17:00", []string{"2026-10-08", "2026-10-09", "2026-10-10"}},
		// 23:30 UTC is already the next day in Berlin
		{"2026-03-28T00:30", "2026-03-28T02:00", []string{"2026-03-28"}},
	} {
		var got []string
		for _, d := range koop.BerlinDays(berlin(c.start), berlin(c.end)) {
			got = append(got, d.Format(time.DateOnly))
		}
		if strings.Join(got, ",") != strings.Join(c.want, ",") {
			t.Errorf("%s–%s: %v, want %v", c.start, c.end, got, c.want)
		}
	}
}

func TestPlanningWarningsOrderAndText(t *testing.T) {
	cand := koop.PlanningCandidate{StartsAt: berlin("2027-03-08T18:00"), EndsAt: berlin("2027-03-08T21:00"), Venue: "Rathaus"}
	other := func(title, start, end, venue string) *koop.EventSummary {
		return &koop.EventSummary{ID: title, Title: title, StartsAt: berlin(start), EndsAt: berlin(end), Venue: venue}
	}
	clashes := []koop.Clash{
		{Other: other("Zweite", "2027-03-08T10:00", "2027-03-08T12:00", "Museum"), SharedFirst: day("2027-03-08")},
		{Other: other("Erste", "2027-03-08T17:00", "2027-03-08T19:00", "Rathaus"), SameVenue: true, SharedFirst: day("2027-03-08")},
	}
	holidays := koop.BerlinHolidays(day("2027-03-01"), day("2027-03-31"), nil)
	ws := koop.PlanningWarnings(cand, clashes, holidays)
	var got []string
	for _, w := range ws {
		got = append(got, string(w.Kind)+": "+w.Message)
	}
	want := []string{
		"PUBLIC_HOLIDAY: Der 08.03.2027 ist in Berlin ein gesetzlicher Feiertag (Internationaler Frauentag).",
		"VENUE_BOOKED: Der Ort „Rathaus“ ist zur selben Zeit schon für „Erste“ vorgesehen (08.03.2027, 17:00–19:00 Uhr).",
		"SAME_DAY: Am selben Tag findet „Zweite“ statt (08.03.2027, 10:00–12:00 Uhr).",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("warnings:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if ws := koop.PlanningWarnings(koop.PlanningCandidate{StartsAt: berlin("2027-03-09T09:00"), EndsAt: berlin("2027-03-09T12:00")}, nil, holidays); len(ws) != 0 {
		t.Errorf("a plain Tuesday: %v", ws)
	}
}
