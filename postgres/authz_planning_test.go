package postgres_test

import (
	"context"
	"testing"
	"time"

	"github.com/koop-lichtenberg/koop"
	"github.com/koop-lichtenberg/koop/postgres"
	"github.com/koop-lichtenberg/koop/postgres/pgtest"
)

// The planning checks and the holiday calendar in the role matrix.
func init() {
	overrides := func(t *testing.T, f *authzFixture) string {
		return authzText(t, f.db, `SELECT coalesce(string_agg(day::text || ' ' || name, ', ' ORDER BY day), '') FROM public_holiday_overrides`)
	}
	authzOps = append(authzOps,
		authzOp{
			name: "PlanningWarnings", policy: authzViewDirectory,
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				ws, err := postgres.NewPlanningService(f.db.DB).PlanningWarnings(ctx, pgtest.DemoCooperationID, koop.PlanningCandidate{
					StartsAt: berlinAt("2027-01-20T19:00"), EndsAt: berlinAt("2027-01-20T20:00"), Venue: "Kulturhaus Karlshorst"})
				if err == nil && (len(ws) != 1 || ws[0].Kind != koop.WarnVenueBooked) {
					t.Errorf("warnings %s, want the venue of the Neujahrsempfang", warningLines(ws))
				}
				return err
			},
		},
		authzOp{
			name: "PublicHolidays", policy: authzLoggedIn,
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				hs, err := postgres.NewPlanningService(f.db.DB).PublicHolidays(ctx, time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2027, 12, 31, 0, 0, 0, 0, time.UTC))
				if err == nil && len(hs) != 10 {
					t.Errorf("%d holidays in 2027, want 10", len(hs))
				}
				return err
			},
		},
		authzOp{
			name: "SetHolidayOverride", policy: authzSystemAdministration, action: "holiday_override.set", state: overrides,
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				_, err := postgres.NewPlanningService(f.db.DB).SetHolidayOverride(ctx, koop.HolidayOverride{
					Date: time.Date(2028, 5, 8, 0, 0, 0, 0, time.UTC), Name: "Gedenktag (Probe)", IsHoliday: true})
				return err
			},
		},
		authzOp{
			name: "DeleteHolidayOverride", policy: authzSystemAdministration, action: "holiday_override.delete", state: overrides,
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				return postgres.NewPlanningService(f.db.DB).DeleteHolidayOverride(ctx, time.Date(2025, 5, 8, 0, 0, 0, 0, time.UTC))
			},
		},
	)
}
