package postgres

import (
	"context"
	"database/sql"
	"encoding/base64"
	"errors"

	"github.com/koop-lichtenberg/koop"
)

// CalendarFeedService implements koop.CalendarFeedService.
type CalendarFeedService struct{ db *DB }

// NewCalendarFeedService returns the calendar feed service.
func NewCalendarFeedService(db *DB) *CalendarFeedService { return &CalendarFeedService{db: db} }

var _ koop.CalendarFeedService = (*CalendarFeedService)(nil)

const feedSelect = `SELECT f.cooperation_id, true AS active, f.created_at, f.created_by, coalesce(u.name, '') AS created_by_name
	FROM calendar_feeds f LEFT JOIN users u ON u.id = f.created_by`

// calendarFeed loads a cooperation's feed; an inactive one when there is none.
func (tx *Tx) calendarFeed(cooperationID string) (*koop.CalendarFeed, error) {
	var rows []*koop.CalendarFeed
	if err := tx.sel(&rows, feedSelect+` WHERE f.cooperation_id = $1`, cooperationID); err != nil {
		return nil, err
	}
	if len(rows) == 0 {
		return &koop.CalendarFeed{CooperationID: cooperationID}, nil
	}
	return rows[0], nil
}

// CalendarFeed says whether the cooperation has a feed (whoever may read its events).
func (s *CalendarFeedService) CalendarFeed(ctx context.Context, cooperationID string) (*koop.CalendarFeed, error) {
	var out *koop.CalendarFeed
	err := s.db.read(ctx, func(tx *Tx) error {
		c, err := tx.readable(cooperationID)
		if err != nil {
			return err
		}
		out, err = tx.calendarFeed(c.ID)
		return err
	})
	return out, err
}

// RotateCalendarFeed creates the feed or gives it a new token: one row per cooperation, so the
// old token's hash is gone once this commits.
func (s *CalendarFeedService) RotateCalendarFeed(ctx context.Context, cooperationID string) (*koop.RotatedCalendarFeed, error) {
	token, hash, err := koop.NewOpaqueToken()
	if err != nil {
		return nil, err
	}
	out := &koop.RotatedCalendarFeed{URL: koop.CalendarFeedURL(s.db.cfg.PublicURL, token)}
	err = s.db.transact(ctx, func(tx *Tx) error {
		c, err := tx.planning(cooperationID)
		if err != nil {
			return err
		}
		var created bool
		if err := tx.get(&created, `INSERT INTO calendar_feeds (cooperation_id, token_hash, created_at, created_by) VALUES ($1, $2, $3, $4)
			ON CONFLICT (cooperation_id) DO UPDATE SET token_hash = EXCLUDED.token_hash, created_at = EXCLUDED.created_at, created_by = EXCLUDED.created_by
			RETURNING (xmax = 0) AS created`, c.ID, hash, tx.Now, tx.actorID()); err != nil {
			return err
		}
		var ch koop.Changes
		if created {
			ch.Set("active", false, true)
		}
		ch.Redact("token")
		if err := tx.audit(&c.ID, "calendar_feed.rotate", "CalendarFeed", c.ID, ch); err != nil {
			return err
		}
		out.Feed, err = tx.calendarFeed(c.ID)
		return err
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// DeleteCalendarFeed ends the feed; its address answers "not found" from then on.
func (s *CalendarFeedService) DeleteCalendarFeed(ctx context.Context, cooperationID string) error {
	return s.db.transact(ctx, func(tx *Tx) error {
		c, err := tx.planning(cooperationID)
		if err != nil {
			return err
		}
		res, err := tx.ExecContext(tx.ctx, `DELETE FROM calendar_feeds WHERE cooperation_id = $1`, c.ID)
		if err != nil {
			return err
		}
		if n, err := res.RowsAffected(); err != nil || n == 0 {
			if err != nil {
				return err
			}
			return koop.Errorf(koop.ENOTFOUND, "Diese Kooperation hat kein Kalenderabo.")
		}
		var ch koop.Changes
		ch.Set("active", true, false)
		ch.Redact("token")
		return tx.audit(&c.ID, "calendar_feed.delete", "CalendarFeed", c.ID, ch)
	})
}

// feedEventLimit bounds a feed; a cooperation plans a few dozen events a year.
const feedEventLimit = 2000

// CalendarFeedContent returns the cooperation and events that a feed address serves, in two
// statements whatever the number of events: no relations are loaded, the calendar shows none.
func (s *CalendarFeedService) CalendarFeedContent(ctx context.Context, token string) (*koop.CalendarFeedContent, error) {
	// A token is 32 random bytes in base64url; anything else is unknown without asking.
	if b, err := base64.RawURLEncoding.DecodeString(token); err != nil || len(b) != 32 {
		return nil, koop.ErrCalendarFeedNotFound()
	}
	out := &koop.CalendarFeedContent{Events: []*koop.Event{}}
	err := s.db.read(ctx, func(tx *Tx) error {
		var head struct {
			ID   string `db:"id"`
			Name string `db:"name"`
		}
		err := tx.get(&head, `SELECT c.id, c.name FROM calendar_feeds f JOIN cooperations c ON c.id = f.cooperation_id WHERE f.token_hash = $1`,
			koop.HashToken(token))
		if errors.Is(err, sql.ErrNoRows) {
			return koop.ErrCalendarFeedNotFound()
		}
		if err != nil {
			return err
		}
		out.CooperationID, out.CooperationName = head.ID, head.Name
		return tx.sel(&out.Events, `SELECT e.id, e.cooperation_id, e.title, e.series_id, e.starts_at, e.ends_at, e.venue, e.address,
				e.capacity, e.lead_partner_id, e.description, e.status, e.created_at, e.version
			FROM events e WHERE e.cooperation_id = $1 AND e.status <> $2 AND e.ends_at >= $3
			ORDER BY e.starts_at, e.id LIMIT $4`, head.ID, koop.EventIdea, tx.Now.Add(-koop.CalendarFeedHistory), feedEventLimit)
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}
