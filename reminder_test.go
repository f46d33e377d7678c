package koop_test

import (
	"context"
	"testing"
	"time"

	"github.com/koop-lichtenberg/koop"
)

// Due dates are Europe/Berlin calendar days: just after midnight in Berlin it is already the
// next day, though UTC still says the day before.
func TestTaskRemindersUntilCountsBerlinDays(t *testing.T) {
	for _, c := range []struct {
		now  time.Time
		days int
		want string
	}{
		{time.Date(2026, 11, 25, 10, 0, 0, 0, time.UTC), 2, "2026-11-27"},
		{time.Date(2026, 11, 25, 22, 59, 0, 0, time.UTC), 2, "2026-11-27"}, // 23:59 in Berlin
		{time.Date(2026, 11, 25, 23, 30, 0, 0, time.UTC), 2, "2026-11-28"}, // 00:30 next day in Berlin
		{time.Date(2026, 7, 1, 22, 30, 0, 0, time.UTC), 0, "2026-07-02"},   // summer time: 00:30
		{time.Date(2026, 12, 30, 12, 0, 0, 0, time.UTC), 3, "2027-01-02"},
	} {
		if got := koop.TaskRemindersUntil(c.now, c.days).Format(time.DateOnly); got != c.want {
			t.Errorf("TaskRemindersUntil(%s, %d) = %s, want %s", c.now, c.days, got, c.want)
		}
	}
}

func TestTaskOverdueFromTheNextBerlinDay(t *testing.T) {
	due := time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		now  time.Time
		want bool
	}{
		{time.Date(2026, 11, 25, 10, 0, 0, 0, time.UTC), false},
		{time.Date(2026, 11, 25, 22, 59, 0, 0, time.UTC), false},
		{time.Date(2026, 11, 25, 23, 1, 0, 0, time.UTC), true}, // 00:01 on the 26th in Berlin
		{time.Date(2026, 11, 24, 23, 30, 0, 0, time.UTC), false},
	} {
		if got := koop.TaskOverdue(due, c.now); got != c.want {
			t.Errorf("TaskOverdue(2026-11-25, %s) = %v, want %v", c.now, got, c.want)
		}
	}
}

type reminderCalls struct {
	calls  []time.Time
	cancel context.CancelFunc
}

func (r *reminderCalls) SendDueReminders(_ context.Context, now time.Time) (int, error) {
	r.calls = append(r.calls, now)
	r.cancel()
	return 1, nil
}

// The runner sends at once on start, with the clock's time, and returns when the server stops.
func TestRunRemindersSendsAtOnceAndStopsWithTheServer(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	s := &reminderCalls{cancel: cancel}
	at := time.Date(2026, 11, 25, 10, 0, 0, 0, time.UTC)
	koop.RunReminders(ctx, s, time.Hour, func() time.Time { return at })
	if len(s.calls) != 1 || !s.calls[0].Equal(at) {
		t.Errorf("calls = %v, want one at %s", s.calls, at)
	}
}
