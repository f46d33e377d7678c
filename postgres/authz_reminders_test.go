package postgres_test

import (
	"context"
	"testing"

	"github.com/koop-lichtenberg/koop"
	"github.com/koop-lichtenberg/koop/postgres"
)

// Reminder settings in the role matrix: everyone logged in reads and changes their own.
func init() {
	authzOps = append(authzOps,
		authzOp{
			name: "MyReminderSettings", policy: authzLoggedIn,
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				s, err := postgres.NewReminderSettingsService(f.db.DB).MyReminderSettings(ctx)
				if err == nil && !s.EmailReminders {
					t.Errorf("reminders are off for %s, want on by default", actor)
				}
				return err
			},
		},
		authzOp{
			name: "UpdateReminderSettings", policy: authzLoggedIn, action: "user.update",
			state: func(t *testing.T, f *authzFixture) string {
				return authzText(t, f.db, `SELECT string_agg(email || '=' || email_reminders::text, ',' ORDER BY email) FROM users`)
			},
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				_, err := postgres.NewReminderSettingsService(f.db.DB).UpdateReminderSettings(ctx, koop.UpdateReminderSettingsInput{EmailReminders: false})
				if err == nil {
					if off := authzText(t, f.db, `SELECT (NOT email_reminders)::text FROM users WHERE id = $1`, f.userID[actor]); off != "true" {
						t.Errorf("%s turned reminders off for someone else", actor)
					}
				}
				return err
			},
		},
	)
}
