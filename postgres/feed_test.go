package postgres_test

import (
	"crypto/sha256"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/koop-lichtenberg/koop"
	"github.com/koop-lichtenberg/koop/postgres"
	"github.com/koop-lichtenberg/koop/postgres/pgtest"
)

// feedToken is the secret part of a feed address.
func feedToken(t *testing.T, url string) string {
	t.Helper()
	token, ok := strings.CutPrefix(url, "http://koop.test/calendar/feeds/")
	if !ok || !strings.HasSuffix(token, ".ics") {
		t.Fatalf("feed address %q", url)
	}
	return strings.TrimSuffix(token, ".ics")
}

// addFeedEvent inserts an event of the demo cooperation directly, with a status the service
// would need several steps for.
func addFeedEvent(t *testing.T, db *pgtest.DB, title string, start time.Time, status koop.EventStatus) {
	t.Helper()
	if _, err := db.SQL.Exec(`INSERT INTO events (cooperation_id, title, starts_at, ends_at, lead_partner_id, description, status, created_at, updated_at)
		VALUES ($1, $2, $3, $4, $5, 'Interne Vorbereitung', $6, $7, $7)`,
		pgtest.DemoCooperationID, title, start, start.Add(2*time.Hour), pgtest.DemoBAPartnerID, status, db.Clock.T); err != nil {
		t.Fatal(err)
	}
}

func TestCalendarFeedRotationAndContent(t *testing.T) {
	db := pgtest.Seeded(t)
	feeds := postgres.NewCalendarFeedService(db.DB)
	coord, viewer := db.As(t, "coordinator@koop.test"), db.As(t, "viewer@koop.test")
	addFeedEvent(t, db, "Idee: Sommerfest", db.Clock.T.AddDate(0, 3, 0), koop.EventIdea)
	addFeedEvent(t, db, "Wirtschaftsdinner 2025", db.Clock.T.AddDate(-1, 0, -3), koop.EventDocumented)
	addFeedEvent(t, db, "Kultursalon Herbst 2025", db.Clock.T.AddDate(-1, 0, 2), koop.EventCancelled)

	f, err := feeds.CalendarFeed(viewer, pgtest.DemoCooperationID)
	if err != nil || f.Active {
		t.Fatalf("before the first rotation: %+v %v", f, err)
	}
	first, err := feeds.RotateCalendarFeed(coord, pgtest.DemoCooperationID)
	if err != nil {
		t.Fatal(err)
	}
	token := feedToken(t, first.URL)
	if len(token) != 43 || !first.Feed.Active || first.Feed.CreatedByName != "Clara Conrad" || !first.Feed.CreatedAt.Equal(db.Clock.T) {
		t.Errorf("created feed: token of %d characters, %+v", len(token), first.Feed)
	}
	// Only the hash is stored, and nothing of the token reaches the audit trail.
	sum := sha256.Sum256([]byte(token))
	if n := db.Count(t, `SELECT count(*) FROM calendar_feeds WHERE token_hash = $1`, sum[:]); n != 1 {
		t.Errorf("%d feeds stored under the token's SHA-256", n)
	}
	if n := db.Count(t, `SELECT count(*) FROM audit_entries WHERE changes::text LIKE '%' || $1 || '%'`, token[:20]); n != 0 {
		t.Errorf("the token is in %d audit entries", n)
	}

	content, err := feeds.CalendarFeedContent(t.Context(), token)
	if err != nil {
		t.Fatal(err)
	}
	var titles []string
	for _, e := range content.Events {
		titles = append(titles, e.Title+" "+string(e.Status))
	}
	// From a year back onward (the 2025 dinner is older), without the idea, cancelled ones included.
	want := []string{
		"Kultursalon Herbst 2025 CANCELLED",
		"Neujahrsempfang 2026 DOCUMENTED",
		"Fachtag „Frauen in Führungspositionen“ 2026 DOCUMENTED",
		"Lichtenberger Kultursalon 2026 HELD",
		"Wirtschaftsdinner Lichtenberg 2026 HELD",
		"Investitionsmesse Lichtenberg 2026 HELD",
		"Neujahrsempfang 2027 INVITATIONS_SENT",
		"Fachtag „Frauen in Führungspositionen“ 2027 INVITATIONS_SENT",
		"Lichtenberger Kultursalon 2027 PLANNING",
	}
	if diff := cmp.Diff(want, titles); diff != "" {
		t.Errorf("feed events (-want +got):\n%s", diff)
	}
	if content.CooperationID != pgtest.DemoCooperationID || content.CooperationName != "Kooperation Bezirksamt Lichtenberg – WKHL" {
		t.Errorf("feed of %q %q", content.CooperationID, content.CooperationName)
	}

	// Rotating replaces the address: the old one is unknown at once.
	db.Clock.Advance(time.Hour)
	second, err := feeds.RotateCalendarFeed(db.As(t, "admin@koop.test"), pgtest.DemoCooperationID)
	if err != nil {
		t.Fatal(err)
	}
	if second.URL == first.URL || second.Feed.CreatedByName != "Andrea Albrecht" || !second.Feed.CreatedAt.Equal(db.Clock.T) {
		t.Errorf("rotated: %q, %+v", second.URL, second.Feed)
	}
	if _, err := feeds.CalendarFeedContent(t.Context(), token); koop.ErrorCode(err) != koop.ENOTFOUND {
		t.Errorf("old token after rotation: %v", err)
	}
	if _, err := feeds.CalendarFeedContent(t.Context(), feedToken(t, second.URL)); err != nil {
		t.Errorf("new token: %v", err)
	}
	if n := db.Count(t, `SELECT count(*) FROM calendar_feeds`); n != 1 {
		t.Errorf("%d feeds after rotating, want 1", n)
	}
	if f, err := feeds.CalendarFeed(viewer, pgtest.DemoCooperationID); err != nil || !f.Active || f.CreatedByName != "Andrea Albrecht" {
		t.Errorf("the viewer's view: %+v %v", f, err)
	}

	// Deleting ends the feed; deleting again finds nothing.
	db.Clock.Advance(time.Minute)
	if err := feeds.DeleteCalendarFeed(coord, pgtest.DemoCooperationID); err != nil {
		t.Fatal(err)
	}
	if _, err := feeds.CalendarFeedContent(t.Context(), feedToken(t, second.URL)); koop.ErrorCode(err) != koop.ENOTFOUND {
		t.Errorf("token after delete: %v", err)
	}
	if err := feeds.DeleteCalendarFeed(coord, pgtest.DemoCooperationID); koop.ErrorCode(err) != koop.ENOTFOUND {
		t.Errorf("second delete: %v", err)
	}
	if f, err := feeds.CalendarFeed(viewer, pgtest.DemoCooperationID); err != nil || f.Active {
		t.Errorf("after delete: %+v %v", f, err)
	}
	var actions []string
	if err := db.SQL.Select(&actions, `SELECT action FROM audit_entries WHERE entity_type = 'CalendarFeed' ORDER BY at`); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"calendar_feed.rotate", "calendar_feed.rotate", "calendar_feed.delete"}, actions); diff != "" {
		t.Errorf("audit (-want +got):\n%s", diff)
	}
}

// Whatever is presented as a token, an unknown one is "not found" and tells nothing more.
func TestCalendarFeedUnknownTokens(t *testing.T) {
	db := pgtest.Seeded(t)
	feeds := postgres.NewCalendarFeedService(db.DB)
	if _, err := feeds.RotateCalendarFeed(db.As(t, "admin@koop.test"), pgtest.DemoCooperationID); err != nil {
		t.Fatal(err)
	}
	for _, token := range []string{"", "x", strings.Repeat("A", 43), strings.Repeat("A", 44), "../../etc/passwd", "ä" + strings.Repeat("A", 41), "'; DROP TABLE events; --"} {
		if _, err := feeds.CalendarFeedContent(t.Context(), token); koop.ErrorCode(err) != koop.ENOTFOUND {
			t.Errorf("token %q: %v", token, err)
		}
	}
}

// The feed is two statements whatever the number of events (DESIGN.md "Performance by design").
func TestCalendarFeedCostsTheSameStatementsAtAnySize(t *testing.T) {
	count := func(extra int) int {
		db, st := pgtest.NewCounting(t)
		if err := db.Seed(t.Context(), "koop-demo"); err != nil {
			t.Fatal(err)
		}
		for i := range extra {
			addFeedEvent(t, db, fmt.Sprintf("Stammtisch %d", i), db.Clock.T.AddDate(0, 0, i), koop.EventConfirmed)
		}
		feeds := postgres.NewCalendarFeedService(db.DB)
		rotated, err := feeds.RotateCalendarFeed(db.As(t, "admin@koop.test"), pgtest.DemoCooperationID)
		if err != nil {
			t.Fatal(err)
		}
		st.Reset()
		content, err := feeds.CalendarFeedContent(t.Context(), feedToken(t, rotated.URL))
		if err != nil || len(content.Events) != 8+extra {
			t.Fatalf("%d events, %v; want %d", len(content.Events), err, 8+extra)
		}
		return st.N()
	}
	small, large := count(0), count(150)
	if small != large || small == 0 {
		t.Errorf("feed statements: %d with the demo, %d with 150 more events", small, large)
	}
	t.Logf("statements per feed: %d", small)
}
