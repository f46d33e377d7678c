package postgres_test

import (
	"context"
	"strings"
	"testing"

	"github.com/koop-lichtenberg/koop"
	"github.com/koop-lichtenberg/koop/postgres"
	"github.com/koop-lichtenberg/koop/postgres/pgtest"
)

// authzPublic: pages without a login, such as the legal texts, answer everyone.
var authzPublic = map[string]string{
	authzAdmin: "", authzAdminOnly: "", authzCoordinator: "", authzMember: "", authzViewer: "", authzExternal: "",
	authzOther: "", authzDeactivated: "", authzSystemAdmin: "", authzAnonymous: "",
}

// Calendar feeds and legal texts in the role matrix: whoever reads events sees whether there is
// a feed, planners rotate and delete it; everyone reads the legal texts, admins change them.
func init() {
	feedHash := func(t *testing.T, f *authzFixture) string {
		return authzText(t, f.db, `SELECT coalesce(string_agg(encode(token_hash, 'hex'), ','), 'none') FROM calendar_feeds`)
	}
	legalState := func(t *testing.T, f *authzFixture) string {
		return authzText(t, f.db, `SELECT version || ' ' || imprint FROM legal_texts WHERE cooperation_id = $1`, pgtest.DemoCooperationID)
	}
	authzOps = append(authzOps,
		authzOp{
			name: "CalendarFeed", policy: authzViewDirectory,
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				feed, err := postgres.NewCalendarFeedService(f.db.DB).CalendarFeed(ctx, pgtest.DemoCooperationID)
				if err == nil && (feed.Active || feed.CooperationID != pgtest.DemoCooperationID) {
					t.Errorf("feed %+v, want none yet", feed)
				}
				return err
			},
		},
		authzOp{
			name: "RotateCalendarFeed", policy: authzPlan, action: "calendar_feed.rotate", state: feedHash,
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				r, err := postgres.NewCalendarFeedService(f.db.DB).RotateCalendarFeed(ctx, pgtest.DemoCooperationID)
				if err == nil && !strings.HasPrefix(r.URL, "http://koop.test/calendar/feeds/") {
					t.Errorf("feed address %q", r.URL)
				}
				return err
			},
		},
		authzOp{
			name: "DeleteCalendarFeed", policy: authzPlan, action: "calendar_feed.delete", state: feedHash,
			prepare: func(t *testing.T, f *authzFixture, actor string) {
				if _, err := postgres.NewCalendarFeedService(f.db.DB).RotateCalendarFeed(f.ctx[authzAdmin], pgtest.DemoCooperationID); err != nil {
					t.Fatal(err)
				}
			},
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				return postgres.NewCalendarFeedService(f.db.DB).DeleteCalendarFeed(ctx, pgtest.DemoCooperationID)
			},
		},
		authzOp{
			name: "LegalTexts", policy: authzPublic,
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				l, err := postgres.NewLegalService(f.db.DB).LegalTexts(ctx, pgtest.DemoCooperationID)
				if err == nil && (l.Imprint == "" || l.Privacy == "" || l.Accessibility == "") {
					t.Errorf("legal texts without the seeded texts: %+v", l)
				}
				return err
			},
		},
		authzOp{
			name: "UpdateLegalTexts", policy: authzAdminister, action: "legal_texts.update", state: legalState,
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				var version int
				if err := f.db.SQL.Get(&version, `SELECT version FROM legal_texts WHERE cooperation_id = $1`, pgtest.DemoCooperationID); err != nil {
					t.Fatal(err)
				}
				_, err := postgres.NewLegalService(f.db.DB).UpdateLegalTexts(ctx, koop.UpdateLegalTextsInput{CooperationID: pgtest.DemoCooperationID,
					Version: version, Imprint: "Bezirksamt Lichtenberg, Möllendorffstraße 6, 10367 Berlin", Privacy: "Datenschutz", Accessibility: "Barrierefreiheit"})
				return err
			},
		},
	)
}
