// Package ical writes koop's events as iCalendar (RFC 5545) with github.com/arran4/golang-ical:
// one event as a file to download or attach to a mail, and a cooperation's events as a feed
// that calendar apps subscribe to. Times are written in UTC, which every calendar app shows in
// its own zone, so no VTIMEZONE is needed.
package ical

import (
	"bytes"
	"strings"
	"time"
	"unicode"

	ics "github.com/arran4/golang-ical"

	"github.com/koop-lichtenberg/koop"
)

// productID names koop as the producer of the calendars.
const productID = "-//koop-lichtenberg//koop//DE"

// now is the clock of DTSTAMP (replaced in tests).
var now = time.Now

// EventFile is a VCALENDAR (METHOD:PUBLISH) holding the one event, for downloads and mails.
func EventFile(e *koop.Event, publicURL string) ([]byte, error) {
	cal := newCalendar()
	addEvent(cal, e, publicURL, now())
	return serialize(cal)
}

// Feed is the VCALENDAR of a cooperation's events for calendar subscriptions.
func Feed(calendarName string, events []*koop.Event, publicURL string) ([]byte, error) {
	cal := newCalendar()
	name := plain(calendarName)
	// NAME (RFC 7986) and the older X-WR-CALNAME that most apps read; the library's SetName
	// writes only the latter.
	cal.CalendarProperties = append(cal.CalendarProperties, ics.CalendarProperty{BaseProperty: ics.BaseProperty{
		IANAToken: string(ics.PropertyName), Value: name, ICalParameters: map[string][]string{}}})
	cal.SetXWRCalName(name)
	cal.SetXWRTimezone(koop.Berlin.String())
	// Ask subscribers to look again every hour (RFC 7986 and the older Microsoft property).
	cal.SetRefreshInterval("PT1H")
	cal.SetXPublishedTTL("PT1H")
	stamp := now()
	for _, e := range events {
		addEvent(cal, e, publicURL, stamp)
	}
	return serialize(cal)
}

func newCalendar() *ics.Calendar {
	cal := ics.NewCalendar()
	cal.SetProductId(productID)
	cal.SetMethod(ics.MethodPublish)
	cal.SetCalscale("GREGORIAN")
	return cal
}

func serialize(cal *ics.Calendar) ([]byte, error) {
	var b bytes.Buffer
	// RFC 5545 lines end in CRLF on every platform (the library's default is the OS's).
	if err := cal.SerializeTo(&b, ics.WithNewLineWindows); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// UID is the stable identifier of an event in every calendar: the same in the download, the
// invitation mail and the feed, so that calendar apps update instead of duplicating.
func UID(e *koop.Event) string { return e.ID + "@koop" }

// EventURL is the event's page in koop.
func EventURL(e *koop.Event, publicURL string) string {
	return strings.TrimRight(publicURL, "/") + "/c/" + e.CooperationID + "/events/" + e.ID
}

// Status is the iCalendar status of an event: ideas and plans are tentative.
func Status(s koop.EventStatus) ics.ObjectStatus {
	switch s {
	case koop.EventCancelled:
		return ics.ObjectStatusCancelled
	case koop.EventIdea, koop.EventPlanning:
		return ics.ObjectStatusTentative
	}
	return ics.ObjectStatusConfirmed
}

// Location is venue and address, as far as known.
func Location(e *koop.Event) string {
	var parts []string
	for _, p := range []string{plain(e.Venue), plain(e.Address)} {
		if p != "" {
			parts = append(parts, p)
		}
	}
	return strings.Join(parts, ", ")
}

func addEvent(cal *ics.Calendar, e *koop.Event, publicURL string, stamp time.Time) {
	ev := cal.AddEvent(UID(e))
	ev.SetDtStampTime(stamp)
	ev.SetCreatedTime(e.CreatedAt)
	ev.SetSequence(e.Version)
	ev.SetStartAt(e.StartsAt)
	ev.SetEndAt(e.EndsAt)
	ev.SetSummary(plain(e.Title))
	if loc := Location(e); loc != "" {
		ev.SetLocation(loc)
	}
	if d := text(e.Description); d != "" {
		ev.SetDescription(d)
	}
	ev.SetURL(EventURL(e, publicURL))
	ev.SetStatus(Status(e.Status))
	if e.Status == koop.EventCancelled {
		// A cancelled event no longer blocks the time.
		ev.SetTimeTransparency(ics.TransparencyTransparent)
	}
}

// text prepares a multi-line text: "\n" line breaks only (the library escapes them), no other
// control characters, which would break the file.
func text(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	return strings.TrimSpace(strings.Map(func(r rune) rune {
		if r != '\n' && unicode.IsControl(r) {
			return -1
		}
		return r
	}, strings.ToValidUTF8(s, "")))
}

// plain prepares a one-line text: line breaks become blanks.
func plain(s string) string {
	return strings.Join(strings.Fields(text(s)), " ")
}
