package ical

import (
	"bytes"
	"strings"
	"testing"
	"time"

	ics "github.com/arran4/golang-ical"
	"github.com/google/go-cmp/cmp"

	"github.com/koop-lichtenberg/koop"
)

var stamp = time.Date(2026, 11, 25, 10, 0, 0, 0, time.UTC)

func init() { now = func() time.Time { return stamp } }

// berlin is a wall-clock time in Europe/Berlin.
func berlin(s string) time.Time {
	t, err := time.ParseInLocation("2006-01-02T15:04", s, koop.Berlin)
	if err != nil {
		panic(err)
	}
	return t
}

// neujahr has everything that needs escaping: umlauts, commas, semicolons, a backslash, line
// breaks of every kind and a description long enough to be folded.
func neujahr() *koop.Event {
	return &koop.Event{
		ID:            "6b00c0de-0000-4000-8000-000000000306",
		CooperationID: "6b00c0de-0000-4000-8000-000000000001",
		Title:         "Neujahrsempfang 2027; Grüße, Glückwünsche & Ausblick",
		StartsAt:      berlin("2027-01-20T18:00"),
		EndsAt:        berlin("2027-01-20T22:00"),
		Venue:         "Kulturhaus Karlshorst, großer Saal",
		Address:       "Treskowallee 112, 10318 Berlin",
		Description: "Empfang für Unternehmen; Begrüßung durch den Bezirksbürgermeister.\r\n" +
			"Einlass ab 17:30, Dresscode: festlich\\elegant.\n\n" +
			strings.Repeat("Ein langer Absatz über Lichtenberger Wirtschaft, Fachkräfte und Zukunft. ", 4),
		Status:    koop.EventInvitationsSent,
		CreatedAt: time.Date(2026, 9, 1, 8, 0, 0, 0, time.UTC),
		Version:   7,
	}
}

func parse(t *testing.T, b []byte) *ics.Calendar {
	t.Helper()
	for i, line := range strings.Split(strings.TrimSuffix(string(b), "\r\n"), "\r\n") {
		if len(line) > 75 {
			t.Errorf("line %d is %d octets long, more than 75: %q", i+1, len(line), line)
		}
		if strings.ContainsAny(line, "\r\n") {
			t.Errorf("line %d has a bare line break: %q", i+1, line)
		}
	}
	cal, err := ics.ParseCalendar(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("parse: %v\n%s", err, b)
	}
	return cal
}

func prop(c *ics.VEvent, p ics.ComponentProperty) string {
	if v := c.GetProperty(p); v != nil {
		return v.Value
	}
	return ""
}

func calProp(cal *ics.Calendar, p ics.Property) string {
	for _, cp := range cal.CalendarProperties {
		if cp.IANAToken == string(p) {
			return cp.Value
		}
	}
	return ""
}

func TestEventFileParsesBackWithEveryField(t *testing.T) {
	e := neujahr()
	b, err := EventFile(e, "https://koop.example/")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(b, []byte("BEGIN:VCALENDAR\r\n")) || !bytes.HasSuffix(b, []byte("END:VCALENDAR\r\n")) {
		t.Errorf("not a VCALENDAR with CRLF lines:\n%s", b)
	}
	cal := parse(t, b)
	if got := calProp(cal, ics.PropertyMethod); got != "PUBLISH" {
		t.Errorf("METHOD %q, want PUBLISH", got)
	}
	if got := calProp(cal, ics.PropertyVersion); got != "2.0" {
		t.Errorf("VERSION %q", got)
	}
	if got := calProp(cal, ics.PropertyProductId); got != productID {
		t.Errorf("PRODID %q", got)
	}
	events := cal.Events()
	if len(events) != 1 {
		t.Fatalf("%d events, want 1", len(events))
	}
	ev := events[0]
	start, err := ev.GetStartAt()
	if err != nil || !start.Equal(e.StartsAt) {
		t.Errorf("DTSTART %v (%v), want %v", start, err, e.StartsAt)
	}
	end, err := ev.GetEndAt()
	if err != nil || !end.Equal(e.EndsAt) {
		t.Errorf("DTEND %v (%v), want %v", end, err, e.EndsAt)
	}
	if got := prop(ev, ics.ComponentPropertyDtStart); got != "20270120T170000Z" {
		t.Errorf("DTSTART written as %q, want UTC 20270120T170000Z (18:00 in Berlin)", got)
	}
	dtstamp, err := ev.GetDtStampTime()
	if err != nil || !dtstamp.Equal(stamp) {
		t.Errorf("DTSTAMP %v (%v), want %v", dtstamp, err, stamp)
	}
	got := map[string]string{
		"UID":         ev.Id(),
		"SEQUENCE":    prop(ev, ics.ComponentPropertySequence),
		"SUMMARY":     prop(ev, ics.ComponentPropertySummary),
		"LOCATION":    prop(ev, ics.ComponentPropertyLocation),
		"DESCRIPTION": prop(ev, ics.ComponentPropertyDescription),
		"URL":         prop(ev, ics.ComponentPropertyUrl),
		"STATUS":      prop(ev, ics.ComponentPropertyStatus),
		"CREATED":     prop(ev, ics.ComponentPropertyCreated),
	}
	want := map[string]string{
		"UID":      "6b00c0de-0000-4000-8000-000000000306@koop",
		"SEQUENCE": "7",
		"SUMMARY":  "Neujahrsempfang 2027; Grüße, Glückwünsche & Ausblick",
		"LOCATION": "Kulturhaus Karlshorst, großer Saal, Treskowallee 112, 10318 Berlin",
		"DESCRIPTION": "Empfang für Unternehmen; Begrüßung durch den Bezirksbürgermeister.\n" +
			"Einlass ab 17:30, Dresscode: festlich\\elegant.\n\n" +
			strings.TrimSpace(strings.Repeat("Ein langer Absatz über Lichtenberger Wirtschaft, Fachkräfte und Zukunft. ", 4)),
		"URL":     "https://koop.example/c/6b00c0de-0000-4000-8000-000000000001/events/6b00c0de-0000-4000-8000-000000000306",
		"STATUS":  "CONFIRMED",
		"CREATED": "20260901T080000Z",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("fields (-want +got):\n%s", diff)
	}
	// The raw text is escaped as RFC 5545 asks: commas and semicolons with a backslash.
	if raw := string(b); !strings.Contains(raw, `SUMMARY:Neujahrsempfang 2027\; Grüße\, Glückwünsche & Ausblick`) {
		t.Errorf("SUMMARY not escaped:\n%s", raw)
	}
}

func TestStatusAndLocation(t *testing.T) {
	for _, tc := range []struct {
		status koop.EventStatus
		want   string
	}{
		{koop.EventIdea, "TENTATIVE"}, {koop.EventPlanning, "TENTATIVE"}, {koop.EventConfirmed, "CONFIRMED"},
		{koop.EventInvitationsSent, "CONFIRMED"}, {koop.EventHeld, "CONFIRMED"}, {koop.EventDocumented, "CONFIRMED"},
		{koop.EventCancelled, "CANCELLED"},
	} {
		e := neujahr()
		e.Status = tc.status
		e.Venue, e.Address, e.Description = "", "  ", ""
		b, err := EventFile(e, "http://localhost:8080")
		if err != nil {
			t.Fatal(err)
		}
		ev := parse(t, b).Events()[0]
		if got := prop(ev, ics.ComponentPropertyStatus); got != tc.want {
			t.Errorf("%s: STATUS %q, want %q", tc.status, got, tc.want)
		}
		if ev.GetProperty(ics.ComponentPropertyLocation) != nil || ev.GetProperty(ics.ComponentPropertyDescription) != nil {
			t.Errorf("%s: empty venue and description written:\n%s", tc.status, b)
		}
		transparent := prop(ev, ics.ComponentPropertyTransp) == "TRANSPARENT"
		if transparent != (tc.status == koop.EventCancelled) {
			t.Errorf("%s: TRANSP %q", tc.status, prop(ev, ics.ComponentPropertyTransp))
		}
	}
}

func TestFeedHoldsEveryEventOnce(t *testing.T) {
	a, b := neujahr(), neujahr()
	b.ID, b.Title, b.Status, b.Version = "6b00c0de-0000-4000-8000-000000000304", "Wirtschaftsdinner Lichtenberg", koop.EventCancelled, 3
	b.StartsAt, b.EndsAt = berlin("2026-06-11T19:00"), berlin("2026-06-11T23:00")
	out, err := Feed("Kooperation Bezirksamt Lichtenberg – WKHL, Veranstaltungen", []*koop.Event{b, a}, "https://koop.example")
	if err != nil {
		t.Fatal(err)
	}
	cal := parse(t, out)
	if got := calProp(cal, ics.PropertyXWRCalName); got != "Kooperation Bezirksamt Lichtenberg – WKHL, Veranstaltungen" {
		t.Errorf("X-WR-CALNAME %q", got)
	}
	if got := calProp(cal, ics.PropertyName); got != "Kooperation Bezirksamt Lichtenberg – WKHL, Veranstaltungen" {
		t.Errorf("NAME %q", got)
	}
	var got []string
	for _, ev := range cal.Events() {
		got = append(got, ev.Id()+" "+prop(ev, ics.ComponentPropertySummary)+" "+prop(ev, ics.ComponentPropertyStatus)+" "+prop(ev, ics.ComponentPropertySequence))
	}
	want := []string{
		"6b00c0de-0000-4000-8000-000000000304@koop Wirtschaftsdinner Lichtenberg CANCELLED 3",
		"6b00c0de-0000-4000-8000-000000000306@koop Neujahrsempfang 2027; Grüße, Glückwünsche & Ausblick CONFIRMED 7",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("events (-want +got):\n%s", diff)
	}

	empty, err := Feed("Leer", nil, "https://koop.example")
	if err != nil {
		t.Fatal(err)
	}
	if n := len(parse(t, empty).Events()); n != 0 {
		t.Errorf("empty feed has %d events", n)
	}
}

// Line breaks in a title or venue would end the property early: they become blanks.
func TestOneLineFieldsLoseLineBreaks(t *testing.T) {
	e := neujahr()
	e.Title = "Fachtag\r\n„Frauen in Führungspositionen“\x00"
	e.Venue = "Rathaus\nLichtenberg"
	b, err := EventFile(e, "https://koop.example")
	if err != nil {
		t.Fatal(err)
	}
	ev := parse(t, b).Events()[0]
	if got := prop(ev, ics.ComponentPropertySummary); got != "Fachtag „Frauen in Führungspositionen“" {
		t.Errorf("SUMMARY %q", got)
	}
	if got := prop(ev, ics.ComponentPropertyLocation); !strings.HasPrefix(got, "Rathaus Lichtenberg, ") {
		t.Errorf("LOCATION %q", got)
	}
}
