package koop

import (
	"fmt"
	"strings"
	"time"
)

var (
	germanWeekdays = [...]string{"Sonntag", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"}
	germanMonths   = [...]string{"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"}
)

// GermanDate writes a day in Berlin the German way: "Mittwoch, 20. Januar 2027".
func GermanDate(t time.Time) string {
	t = t.In(Berlin)
	return fmt.Sprintf("%s, %d. %s %d", germanWeekdays[t.Weekday()], t.Day(), germanMonths[t.Month()-1], t.Year())
}

// GermanDateTime writes a moment in Berlin: "Mittwoch, 20. Januar 2027, 18:00 Uhr".
func GermanDateTime(t time.Time) string {
	return GermanDate(t) + ", " + t.In(Berlin).Format("15:04") + " Uhr"
}

// GermanEventTime writes an event's time: "Mittwoch, 20. Januar 2027, 18:00 bis 21:00 Uhr", or
// both days when it ends on another one.
func GermanEventTime(start, end time.Time) string {
	s, e := start.In(Berlin), end.In(Berlin)
	if s.Format("2006-01-02") == e.Format("2006-01-02") {
		return fmt.Sprintf("%s, %s bis %s Uhr", GermanDate(s), s.Format("15:04"), e.Format("15:04"))
	}
	return GermanDateTime(s) + " bis " + GermanDateTime(e)
}

// FileNameFor makes a safe download name from a title: "Neujahrsempfang-2027.ics".
func FileNameFor(title, ext string) string {
	var b strings.Builder
	for _, r := range title {
		switch {
		case r == ' ' || r == '-' || r == '_':
			b.WriteRune('-')
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', strings.ContainsRune("äöüÄÖÜß", r):
			b.WriteRune(r)
		}
	}
	name := strings.Trim(b.String(), "-")
	for strings.Contains(name, "--") {
		name = strings.ReplaceAll(name, "--", "-")
	}
	if name == "" {
		name = "koop"
	}
	if r := []rune(name); len(r) > 80 {
		name = string(r[:80])
	}
	return name + ext
}
