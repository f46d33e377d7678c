package koop

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/rickar/cal/v2"
	"github.com/rickar/cal/v2/de"
)

// PublicHoliday is a statutory public holiday in Berlin.
type PublicHoliday struct {
	Date time.Time // midnight UTC of the day
	Name string
}

// HolidayOverride changes the calendar of the library for one day: a one-off holiday such as
// 8 May 2025 (80th anniversary of the liberation), or, with IsHoliday false, a day that is no
// longer a holiday.
type HolidayOverride struct {
	Date      time.Time `db:"day"`
	Name      string    `db:"name"`
	IsHoliday bool      `db:"is_holiday"`
}

// frauentagSince is the year Berlin made 8 March a public holiday.
const frauentagSince = 2019

// BerlinHolidays lists the public holidays of Berlin from the maintained library (rickar/cal)
// for the years from–to, corrected by the overrides, sorted by date.
func BerlinHolidays(from, to time.Time, overrides []HolidayOverride) []PublicHoliday {
	days := map[time.Time]string{}
	for y := from.Year(); y <= to.Year(); y++ {
		for _, h := range de.HolidaysBE {
			if h == de.Frauentag && y < frauentagSince {
				continue
			}
			actual, _ := h.Calc(y)
			if actual.IsZero() {
				continue
			}
			days[dateOnly(actual)] = holidayName(h)
		}
	}
	for _, o := range overrides {
		d := dateOnly(o.Date)
		if o.IsHoliday {
			days[d] = o.Name
		} else {
			delete(days, d)
		}
	}
	first, last := dateOnly(from), dateOnly(to)
	out := []PublicHoliday{}
	for d, name := range days {
		if !d.Before(first) && !d.After(last) {
			out = append(out, PublicHoliday{Date: d, Name: name})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Date.Before(out[j].Date) })
	return out
}

// holidayName is the German name of a library holiday (the library spells a few differently
// from Berlin's own list).
func holidayName(h *cal.Holiday) string {
	switch h {
	case de.Neujahr:
		return "Neujahr"
	case de.Frauentag:
		return "Internationaler Frauentag"
	case de.DeutschenEinheit:
		return "Tag der Deutschen Einheit"
	case de.Weihnachtstag:
		return "1. Weihnachtstag"
	case de.ZweiterWeihnachtsfeiertag:
		return "2. Weihnachtstag"
	}
	return h.Name
}

func dateOnly(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// BerlinDays are the calendar days in Berlin that an event from start to end touches (an end
// at midnight does not touch the next day).
func BerlinDays(start, end time.Time) []time.Time {
	first := dateOnly(start.In(Berlin))
	lastEnd := end.In(Berlin)
	last := dateOnly(lastEnd)
	if last.After(first) && lastEnd.Equal(time.Date(lastEnd.Year(), lastEnd.Month(), lastEnd.Day(), 0, 0, 0, 0, Berlin)) {
		last = last.AddDate(0, 0, -1)
	}
	var out []time.Time
	for d := first; !d.After(last); d = d.AddDate(0, 0, 1) {
		out = append(out, d)
	}
	return out
}

// PlanningWarningKind names what may speak against a date.
type PlanningWarningKind string

const (
	// WarnSameDay: another event of the cooperation takes place on the same day.
	WarnSameDay PlanningWarningKind = "SAME_DAY"
	// WarnVenueBooked: the venue is already used by another event at an overlapping time.
	WarnVenueBooked PlanningWarningKind = "VENUE_BOOKED"
	// WarnPublicHoliday: the event falls on a public holiday in Berlin.
	WarnPublicHoliday PlanningWarningKind = "PUBLIC_HOLIDAY"
)

// PlanningWarning is a hint for planners; it never blocks saving.
type PlanningWarning struct {
	Kind PlanningWarningKind
	// Message says it in German.
	Message string
	// Date is the Berlin day concerned.
	Date time.Time
	// OtherEvent is the clashing event (same day, venue); nil for a holiday.
	OtherEvent *EventSummary
	// HolidayName names the holiday.
	HolidayName *string
}

// PlanningCandidate is an event as planned (saved or only typed into a form).
type PlanningCandidate struct {
	// EventID is the saved event itself, left out of the clashes; empty for a new one.
	EventID  string
	StartsAt time.Time
	EndsAt   time.Time
	Venue    string
}

// EventSummary is another event as a warning names it.
type EventSummary struct {
	ID       string      `db:"id"`
	Title    string      `db:"title"`
	StartsAt time.Time   `db:"starts_at"`
	EndsAt   time.Time   `db:"ends_at"`
	Venue    string      `db:"venue"`
	Status   EventStatus `db:"status"`
}

// Clash is another event that shares a day with a candidate, as PostgreSQL finds it.
type Clash struct {
	Other       *EventSummary
	SameVenue   bool // same venue (ignoring case and blanks) and overlapping times
	SharedFirst time.Time
}

// PlanningWarnings turns the clashes and holidays of one candidate into warnings, in a stable
// order: holidays, then venue clashes, then same-day events, each by date and title.
func PlanningWarnings(c PlanningCandidate, clashes []Clash, holidays []PublicHoliday) []*PlanningWarning {
	out := []*PlanningWarning{}
	days := map[time.Time]bool{}
	for _, d := range BerlinDays(c.StartsAt, c.EndsAt) {
		days[d] = true
	}
	for _, h := range holidays {
		if days[h.Date] {
			name := h.Name
			out = append(out, &PlanningWarning{
				Kind: WarnPublicHoliday, Date: h.Date, HolidayName: &name,
				Message: fmt.Sprintf("Der %s ist in Berlin ein gesetzlicher Feiertag (%s).", h.Date.Format("02.01.2006"), h.Name),
			})
		}
	}
	sorted := append([]Clash(nil), clashes...)
	sort.SliceStable(sorted, func(i, j int) bool {
		a, b := sorted[i].Other, sorted[j].Other
		if !a.StartsAt.Equal(b.StartsAt) {
			return a.StartsAt.Before(b.StartsAt)
		}
		return strings.ToLower(a.Title) < strings.ToLower(b.Title)
	})
	for _, cl := range sorted {
		if cl.SameVenue {
			out = append(out, &PlanningWarning{
				Kind: WarnVenueBooked, Date: cl.SharedFirst, OtherEvent: cl.Other,
				Message: fmt.Sprintf("Der Ort „%s“ ist zur selben Zeit schon für „%s“ vorgesehen (%s).",
					strings.TrimSpace(cl.Other.Venue), cl.Other.Title, berlinSpan(cl.Other.StartsAt, cl.Other.EndsAt)),
			})
		}
	}
	for _, cl := range sorted {
		if !cl.SameVenue {
			out = append(out, &PlanningWarning{
				Kind: WarnSameDay, Date: cl.SharedFirst, OtherEvent: cl.Other,
				Message: fmt.Sprintf("Am selben Tag findet „%s“ statt (%s).", cl.Other.Title, berlinSpan(cl.Other.StartsAt, cl.Other.EndsAt)),
			})
		}
	}
	return out
}

func berlinSpan(start, end time.Time) string {
	s, e := start.In(Berlin), end.In(Berlin)
	if dateOnly(s).Equal(dateOnly(e)) {
		return fmt.Sprintf("%s, %s–%s Uhr", s.Format("02.01.2006"), s.Format("15:04"), e.Format("15:04"))
	}
	return fmt.Sprintf("%s, %s Uhr – %s, %s Uhr", s.Format("02.01.2006"), s.Format("15:04"), e.Format("02.01.2006"), e.Format("15:04"))
}

// CheckPlanningCandidate validates the times of a candidate the way events are validated.
func CheckPlanningCandidate(c PlanningCandidate) error {
	return checkEventTimes(c.StartsAt, c.EndsAt)
}

// PlanningService answers where a date may be a poor choice, and keeps the holiday overrides.
type PlanningService interface {
	// PlanningWarnings checks an event as typed into a form (not yet saved) against the
	// cooperation's other events and Berlin's holidays.
	PlanningWarnings(ctx context.Context, cooperationID string, c PlanningCandidate) ([]*PlanningWarning, error)
	// PublicHolidays lists Berlin's public holidays between two dates (at most ten years).
	PublicHolidays(ctx context.Context, from, to time.Time) ([]PublicHoliday, error)
	// HolidayOverrides lists the one-off corrections of the holiday calendar.
	HolidayOverrides(ctx context.Context) ([]HolidayOverride, error)
	// SetHolidayOverride adds or changes a correction (system administrators).
	SetHolidayOverride(ctx context.Context, o HolidayOverride) (*HolidayOverride, error)
	// DeleteHolidayOverride removes a correction (system administrators).
	DeleteHolidayOverride(ctx context.Context, day time.Time) error
}
