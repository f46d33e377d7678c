package koop_test

import (
	"testing"
	"time"

	"github.com/koop-lichtenberg/koop"
)

func TestEventStatusMachine(t *testing.T) {
	all := []koop.EventStatus{koop.EventIdea, koop.EventPlanning, koop.EventConfirmed, koop.EventInvitationsSent, koop.EventHeld, koop.EventDocumented, koop.EventCancelled}
	legal := map[[2]koop.EventStatus]bool{
		{koop.EventIdea, koop.EventPlanning}: true, {koop.EventIdea, koop.EventCancelled}: true,
		{koop.EventPlanning, koop.EventConfirmed}: true, {koop.EventPlanning, koop.EventIdea}: true, {koop.EventPlanning, koop.EventCancelled}: true,
		{koop.EventConfirmed, koop.EventInvitationsSent}: true, {koop.EventConfirmed, koop.EventPlanning}: true, {koop.EventConfirmed, koop.EventCancelled}: true,
		{koop.EventInvitationsSent, koop.EventHeld}: true, {koop.EventInvitationsSent, koop.EventCancelled}: true,
		{koop.EventHeld, koop.EventDocumented}: true,
		{koop.EventCancelled, koop.EventIdea}:  true,
	}
	for _, from := range all {
		for _, to := range all {
			err := koop.CheckTransition(from, to)
			if want := legal[[2]koop.EventStatus{from, to}]; (err == nil) != want {
				t.Errorf("%s → %s: %v, want allowed=%v", from, to, err, want)
			} else if err != nil && (koop.ErrorCode(err) != koop.ECONFLICT || koop.ErrorField(err) != "status") {
				t.Errorf("%s → %s: %v", from, to, err)
			}
		}
		n := 0
		for _, to := range all {
			if legal[[2]koop.EventStatus{from, to}] {
				n++
			}
		}
		if got := len(from.AllowedTransitions()); got != n {
			t.Errorf("%s allows %d, table says %d", from, got, n)
		}
	}
	if koop.ErrorCode(koop.CheckTransition(koop.EventIdea, "PARTY")) != koop.EINVALID {
		t.Error("unknown status accepted")
	}
}

func TestTaskDueDateCountsBerlinDays(t *testing.T) {
	// 00:30 in Berlin on 21 January is still 20 January in UTC: the due date follows Berlin.
	start := time.Date(2027, 1, 20, 23, 30, 0, 0, time.UTC)
	got := (koop.TaskTemplateItem{DaysBefore: 7}).DueOn(start)
	if got.Format(time.DateOnly) != "2027-01-14" {
		t.Errorf("due %s, want 2027-01-14", got.Format(time.DateOnly))
	}
	if (koop.TaskTemplateItem{DaysBefore: -7}).DueOn(start).Format(time.DateOnly) != "2027-01-28" {
		t.Error("a negative offset must fall after the event")
	}
}

func TestEventInputValidation(t *testing.T) {
	start := time.Date(2027, 1, 20, 17, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name  string
		in    koop.UpdateEventInput
		field string
	}{
		{"end before start", koop.UpdateEventInput{EndsAt: ptr(start.Add(-time.Hour))}, "endsAt"},
		{"end equals start", koop.UpdateEventInput{EndsAt: ptr(start)}, "endsAt"},
		{"too long", koop.UpdateEventInput{EndsAt: ptr(start.Add(15 * 24 * time.Hour))}, "endsAt"},
		{"negative capacity", koop.UpdateEventInput{Capacity: ptr(-1)}, "capacity"},
		{"empty title", koop.UpdateEventInput{Title: ptr("  ")}, "title"},
		{"fine", koop.UpdateEventInput{Capacity: ptr(0), Title: ptr("Neujahrsempfang")}, ""},
	} {
		e := &koop.Event{Title: "x", StartsAt: start, EndsAt: start.Add(3 * time.Hour), Capacity: ptr(10)}
		err := tc.in.Apply(e)
		if koop.ErrorField(err) != tc.field || (tc.field == "" && err != nil) {
			t.Errorf("%s: %v, want field %q", tc.name, err, tc.field)
		}
		if tc.name == "fine" && e.Capacity != nil {
			t.Error("capacity 0 must mean unlimited")
		}
	}
}

func ptr[T any](v T) *T { return &v }
