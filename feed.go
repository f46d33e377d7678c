package koop

import (
	"context"
	"strings"
	"time"
)

// CalendarFeed is a cooperation's subscribable calendar: an address with a secret token that
// calendar apps poll without a login. The token itself is never stored or shown again after it
// was created; rotating it replaces the address.
type CalendarFeed struct {
	CooperationID string `db:"cooperation_id"`
	// Active is false while the cooperation has no feed; the other fields are then empty.
	Active        bool      `db:"active"`
	CreatedAt     time.Time `db:"created_at"`
	CreatedByID   *string   `db:"created_by"`
	CreatedByName string    `db:"created_by_name"`
}

// RotatedCalendarFeed is a feed right after it was created or rotated, with the one chance to
// see its address.
type RotatedCalendarFeed struct {
	Feed *CalendarFeed
	// URL is the subscription address, including the secret token.
	URL string
}

// CalendarFeedContent is what a feed address serves: the cooperation's events from a year
// back onward, ideas left out.
type CalendarFeedContent struct {
	CooperationID   string
	CooperationName string
	Events          []*Event
}

// CalendarFeedHistory is how far back a feed reaches.
const CalendarFeedHistory = 365 * 24 * time.Hour

// CalendarFeedPath is the path of a feed address below the public URL.
func CalendarFeedPath(token string) string { return "/calendar/feeds/" + token + ".ics" }

// CalendarFeedURL is the full subscription address of a token.
func CalendarFeedURL(publicURL, token string) string {
	return strings.TrimRight(publicURL, "/") + CalendarFeedPath(token)
}

// ErrCalendarFeedNotFound is the answer to an unknown, rotated or deleted feed address.
func ErrCalendarFeedNotFound() error {
	return Errorf(ENOTFOUND, "Dieses Kalenderabo gibt es nicht (mehr). Bitte fragen Sie die Koordination Ihrer Kooperation nach der aktuellen Adresse.")
}

// CalendarFeedService keeps the cooperations' calendar feeds.
type CalendarFeedService interface {
	// CalendarFeed says whether the cooperation has a feed, and since when and from whom
	// (whoever may read the events).
	CalendarFeed(ctx context.Context, cooperationID string) (*CalendarFeed, error)
	// RotateCalendarFeed creates the feed or replaces its token (ADMIN, COORDINATOR); the old
	// address stops working at once.
	RotateCalendarFeed(ctx context.Context, cooperationID string) (*RotatedCalendarFeed, error)
	// DeleteCalendarFeed ends the feed (ADMIN, COORDINATOR).
	DeleteCalendarFeed(ctx context.Context, cooperationID string) error
	// CalendarFeedContent returns what the address with the token serves; no login, the token
	// is the key. ENOTFOUND for an unknown token.
	CalendarFeedContent(ctx context.Context, token string) (*CalendarFeedContent, error)
}
