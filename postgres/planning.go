package postgres

import (
	"context"
	"database/sql"
	"errors"
	"time"

	"github.com/lib/pq"

	"github.com/koop-lichtenberg/koop"
)

// PlanningService implements koop.PlanningService.
type PlanningService struct{ db *DB }

// NewPlanningService returns the planning service.
func NewPlanningService(db *DB) *PlanningService { return &PlanningService{db: db} }

var _ koop.PlanningService = (*PlanningService)(nil)

// holidays lists Berlin's holidays between two dates, the overrides read in one statement.
func (tx *Tx) holidays(from, to time.Time) ([]koop.PublicHoliday, error) {
	var overrides []koop.HolidayOverride
	if err := tx.sel(&overrides, `SELECT day, name, is_holiday FROM public_holiday_overrides WHERE day BETWEEN $1 AND $2`,
		from.Format(time.DateOnly), to.Format(time.DateOnly)); err != nil {
		return nil, err
	}
	return koop.BerlinHolidays(from, to, overrides), nil
}

type clashRow struct {
	koop.EventSummary
	K           int       `db:"k"`
	SameVenue   bool      `db:"same_venue"`
	SharedFirst time.Time `db:"shared_first"`
}

// clashes finds, in one statement, the other events of a cooperation that share a Berlin day
// with each candidate (cancelled events do not count); keyed by the candidate's index.
func (tx *Tx) clashes(cooperationID string, cands []koop.PlanningCandidate) (map[int][]koop.Clash, error) {
	keys := make([]int64, len(cands))
	ids := make([]string, len(cands))
	starts := make([]time.Time, len(cands))
	ends := make([]time.Time, len(cands))
	venues := make([]string, len(cands))
	for i, c := range cands {
		keys[i], ids[i], starts[i], ends[i], venues[i] = int64(i), c.EventID, c.StartsAt, c.EndsAt, c.Venue
	}
	var rows []clashRow
	// A day range is [first day, last day] in Berlin; an end at midnight does not touch the next day.
	err := tx.sel(&rows, `WITH cand AS (
			SELECT * FROM unnest($2::int[], $3::text[], $4::timestamptz[], $5::timestamptz[], $6::text[]) AS c(k, event_id, starts_at, ends_at, venue)
		)
		SELECT c.k, o.id, o.title, o.starts_at, o.ends_at, o.venue, o.status,
			(btrim(c.venue) <> '' AND lower(btrim(o.venue)) = lower(btrim(c.venue)) AND o.starts_at < c.ends_at AND o.ends_at > c.starts_at) AS same_venue,
			greatest((o.starts_at AT TIME ZONE 'Europe/Berlin')::date, (c.starts_at AT TIME ZONE 'Europe/Berlin')::date) AS shared_first
		FROM cand c
		JOIN events o ON o.cooperation_id = $1 AND o.id::text <> c.event_id AND o.status <> 'CANCELLED'
			AND o.starts_at < c.ends_at + interval '1 day' AND o.ends_at > c.starts_at - interval '1 day'
		WHERE (o.starts_at AT TIME ZONE 'Europe/Berlin')::date <= ((c.ends_at - interval '1 microsecond') AT TIME ZONE 'Europe/Berlin')::date
			AND ((o.ends_at - interval '1 microsecond') AT TIME ZONE 'Europe/Berlin')::date >= (c.starts_at AT TIME ZONE 'Europe/Berlin')::date
		ORDER BY c.k, o.starts_at, o.id`,
		cooperationID, pq.Array(keys), pq.Array(ids), pq.Array(starts), pq.Array(ends), pq.Array(venues))
	if err != nil {
		return nil, err
	}
	out := map[int][]koop.Clash{}
	for i := range rows {
		r := &rows[i]
		other := r.EventSummary
		out[r.K] = append(out[r.K], koop.Clash{Other: &other, SameVenue: r.SameVenue, SharedFirst: r.SharedFirst})
	}
	return out, nil
}

// warnings computes the planning warnings of candidates: two statements whatever their number.
func (tx *Tx) warnings(cooperationID string, cands []koop.PlanningCandidate) ([][]*koop.PlanningWarning, error) {
	out := make([][]*koop.PlanningWarning, len(cands))
	if len(cands) == 0 {
		return out, nil
	}
	from, to := cands[0].StartsAt, cands[0].EndsAt
	for _, c := range cands {
		if c.StartsAt.Before(from) {
			from = c.StartsAt
		}
		if c.EndsAt.After(to) {
			to = c.EndsAt
		}
	}
	holidays, err := tx.holidays(from.In(koop.Berlin), to.In(koop.Berlin))
	if err != nil {
		return nil, err
	}
	clashes, err := tx.clashes(cooperationID, cands)
	if err != nil {
		return nil, err
	}
	for i, c := range cands {
		out[i] = koop.PlanningWarnings(c, clashes[i], holidays)
	}
	return out, nil
}

// eventWarnings fills the warnings of a page of events of one cooperation; cancelled, held and
// documented events get none (there is nothing left to plan).
func (tx *Tx) eventWarnings(c *koop.Cooperation, events []*koop.Event) error {
	var cands []koop.PlanningCandidate
	var which []*koop.Event
	for _, e := range events {
		e.Warnings = []*koop.PlanningWarning{}
		switch e.Status {
		case koop.EventCancelled, koop.EventHeld, koop.EventDocumented:
			continue
		}
		cands = append(cands, koop.PlanningCandidate{EventID: e.ID, StartsAt: e.StartsAt, EndsAt: e.EndsAt, Venue: e.Venue})
		which = append(which, e)
	}
	ws, err := tx.warnings(c.ID, cands)
	if err != nil {
		return err
	}
	for i, e := range which {
		e.Warnings = ws[i]
	}
	return nil
}

// PlanningWarnings checks an event as typed into a form.
func (s *PlanningService) PlanningWarnings(ctx context.Context, cooperationID string, c koop.PlanningCandidate) ([]*koop.PlanningWarning, error) {
	var out []*koop.PlanningWarning
	err := s.db.read(ctx, func(tx *Tx) error {
		coop, err := tx.readable(cooperationID)
		if err != nil {
			return err
		}
		if c.EventID != "" && !validID(c.EventID) {
			return koop.FieldErrorf(koop.EINVALID, "eventId", "Die Veranstaltung wurde nicht gefunden.")
		}
		if err := koop.CheckPlanningCandidate(c); err != nil {
			return err
		}
		ws, err := tx.warnings(coop.ID, []koop.PlanningCandidate{c})
		if err != nil {
			return err
		}
		out = ws[0]
		return nil
	})
	return out, err
}

// PublicHolidays lists Berlin's public holidays between two dates.
func (s *PlanningService) PublicHolidays(ctx context.Context, from, to time.Time) ([]koop.PublicHoliday, error) {
	if to.Before(from) {
		return nil, koop.FieldErrorf(koop.EINVALID, "to", "Das Ende des Zeitraums liegt vor seinem Anfang.")
	}
	if to.Sub(from) > 10*366*24*time.Hour {
		return nil, koop.FieldErrorf(koop.EINVALID, "to", "Feiertage lassen sich für höchstens zehn Jahre auf einmal abfragen.")
	}
	var out []koop.PublicHoliday
	err := s.db.read(ctx, func(tx *Tx) error {
		if _, err := tx.actor(); err != nil {
			return err
		}
		var err error
		out, err = tx.holidays(from, to)
		return err
	})
	return out, err
}

// HolidayOverrides lists the corrections of the holiday calendar.
func (s *PlanningService) HolidayOverrides(ctx context.Context) ([]koop.HolidayOverride, error) {
	out := []koop.HolidayOverride{}
	err := s.db.read(ctx, func(tx *Tx) error {
		if _, err := tx.actor(); err != nil {
			return err
		}
		return tx.sel(&out, `SELECT day, name, is_holiday FROM public_holiday_overrides ORDER BY day`)
	})
	return out, err
}

// SetHolidayOverride adds or changes a correction.
func (s *PlanningService) SetHolidayOverride(ctx context.Context, o koop.HolidayOverride) (*koop.HolidayOverride, error) {
	name, err := koop.RequireText("name", "Der Name des Feiertags", o.Name, 200)
	if err != nil {
		return nil, err
	}
	o.Name = name
	err = s.db.transact(ctx, func(tx *Tx) error {
		if err := tx.requireSystemAdmin(); err != nil {
			return err
		}
		day := o.Date.Format(time.DateOnly)
		if err := tx.exec(`INSERT INTO public_holiday_overrides (day, name, is_holiday, updated_at) VALUES ($1, $2, $3, $4)
			ON CONFLICT (day) DO UPDATE SET name = excluded.name, is_holiday = excluded.is_holiday, updated_at = excluded.updated_at`,
			day, o.Name, o.IsHoliday, tx.Now); err != nil {
			return err
		}
		var ch koop.Changes
		ch.Set("name", nil, o.Name)
		ch.Set("isHoliday", nil, o.IsHoliday)
		return tx.audit(nil, "holiday_override.set", "HolidayOverride", day, ch)
	})
	if err != nil {
		return nil, err
	}
	return &o, nil
}

// DeleteHolidayOverride removes a correction.
func (s *PlanningService) DeleteHolidayOverride(ctx context.Context, day time.Time) error {
	return s.db.transact(ctx, func(tx *Tx) error {
		if err := tx.requireSystemAdmin(); err != nil {
			return err
		}
		var name string
		err := tx.get(&name, `DELETE FROM public_holiday_overrides WHERE day = $1 RETURNING name`, day.Format(time.DateOnly))
		if errors.Is(err, sql.ErrNoRows) {
			return koop.FieldErrorf(koop.ENOTFOUND, "date", "Für den %s gibt es keine Korrektur.", day.Format("02.01.2006"))
		}
		if err != nil {
			return err
		}
		var ch koop.Changes
		ch.Set("name", name, nil)
		return tx.audit(nil, "holiday_override.delete", "HolidayOverride", day.Format(time.DateOnly), ch)
	})
}
