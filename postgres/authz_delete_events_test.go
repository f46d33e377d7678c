package postgres_test

import (
	"context"
	"testing"

	"github.com/koop-lichtenberg/koop"
	"github.com/koop-lichtenberg/koop/postgres"
	"github.com/koop-lichtenberg/koop/postgres/pgtest"
)

// The event and series every actor tries to delete: recreated before each try.
const (
	authzDoomedEvent  = "6b00c0de-0000-4000-8000-00000000d301"
	authzDoomedSeries = "6b00c0de-0000-4000-8000-00000000d201"
)

// Deleting events and series is planning (ADMIN, COORDINATOR).
func init() {
	count := func(table string) func(t *testing.T, f *authzFixture) string {
		return func(t *testing.T, f *authzFixture) string {
			return authzText(t, f.db, `SELECT count(*)::text FROM `+table+` WHERE cooperation_id = $1`, pgtest.DemoCooperationID)
		}
	}
	authzOps = append(authzOps,
		authzOp{
			name: "DeleteEvent", policy: authzPlan, action: "event.delete", state: count("events"),
			prepare: func(t *testing.T, f *authzFixture, actor string) {
				if _, err := f.db.SQL.Exec(`INSERT INTO events (id, cooperation_id, title, starts_at, ends_at, lead_partner_id, status, created_at, updated_at)
					VALUES ($1, $2, 'Probe', '2027-11-04 17:00Z', '2027-11-04 18:00Z', $3, 'IDEA', now(), now()) ON CONFLICT (id) DO NOTHING`,
					authzDoomedEvent, pgtest.DemoCooperationID, pgtest.DemoBAPartnerID); err != nil {
					t.Fatal(err)
				}
			},
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				return postgres.NewEventService(f.db.DB).DeleteEvent(ctx, koop.DeleteEventInput{ID: authzDoomedEvent, Version: 1})
			},
		},
		authzOp{
			name: "DeleteEventSeries", policy: authzPlan, action: "event_series.delete", state: count("event_series"),
			prepare: func(t *testing.T, f *authzFixture, actor string) {
				if _, err := f.db.SQL.Exec(`INSERT INTO event_series (id, cooperation_id, name, created_at, updated_at)
					VALUES ($1, $2, 'Sommerfest', now(), now()) ON CONFLICT (id) DO NOTHING`, authzDoomedSeries, pgtest.DemoCooperationID); err != nil {
					t.Fatal(err)
				}
			},
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				return postgres.NewEventService(f.db.DB).DeleteEventSeries(ctx, koop.DeleteEventSeriesInput{ID: authzDoomedSeries, Version: 1})
			},
		},
	)
}
