package postgres_test

import (
	"context"
	"testing"

	"github.com/koop-lichtenberg/koop"
	"github.com/koop-lichtenberg/koop/postgres"
	"github.com/koop-lichtenberg/koop/postgres/pgtest"
)

// authzGuest is the demo contact the guest-list operations work on (Jens Böttcher).
const authzGuest = "6b00c0de-0000-4000-8000-000000000404"

// authzGuestAs puts the demo guest on the Neujahrsempfang's list with the status given.
func authzGuestAs(status koop.InvitationStatus) func(t *testing.T, f *authzFixture, actor string) {
	return func(t *testing.T, f *authzFixture, actor string) {
		t.Helper()
		if _, err := f.db.SQL.Exec(`DELETE FROM invitations WHERE event_id = $1 AND contact_id = $2`, pgtest.DemoNeujahr2027, authzGuest); err != nil {
			t.Fatal(err)
		}
		if status == "" {
			return
		}
		if _, err := f.db.SQL.Exec(`INSERT INTO invitations (cooperation_id, event_id, contact_id, status, created_at, updated_at)
			VALUES ($1, $2, $3, $4, now(), now())`, pgtest.DemoCooperationID, pgtest.DemoNeujahr2027, authzGuest, status); err != nil {
			t.Fatal(err)
		}
	}
}

// authzGuestInvitation is the demo guest's invitation ID and version.
func authzGuestInvitation(t *testing.T, f *authzFixture) (string, int) {
	t.Helper()
	var row struct {
		ID      string `db:"id"`
		Version int    `db:"version"`
	}
	if err := f.db.SQL.Get(&row, `SELECT id, version FROM invitations WHERE event_id = $1 AND contact_id = $2`, pgtest.DemoNeujahr2027, authzGuest); err != nil {
		t.Fatal(err)
	}
	return row.ID, row.Version
}

// Guest lists in the role matrix: readers see them, planners keep them, members check in.
func init() {
	guestState := func(t *testing.T, f *authzFixture) string {
		return authzText(t, f.db, `SELECT coalesce(string_agg(status, ',' ORDER BY status), '') FROM invitations WHERE event_id = $1`, pgtest.DemoNeujahr2027)
	}
	authzOps = append(authzOps,
		authzOp{
			name: "Guests", policy: authzViewDirectory, prepare: authzGuestAs(koop.InvitationInvited),
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				g, err := postgres.NewInvitationService(f.db.DB).Guests(ctx, pgtest.DemoNeujahr2027, koop.GuestFilter{})
				if err == nil && len(g.Items) == 0 {
					t.Error("the guest list is empty")
				}
				return err
			},
		},
		authzOp{
			name: "InviteGuests", policy: authzPlan, action: "event.invite_guests", state: guestState, prepare: authzGuestAs(""),
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				_, err := postgres.NewInvitationService(f.db.DB).InviteGuests(ctx, koop.InviteGuestsInput{EventID: pgtest.DemoNeujahr2027, ContactIDs: []string{authzGuest}})
				return err
			},
		},
		authzOp{
			name: "SendInvitations", policy: authzPlan, action: "event.send_invitations", state: guestState, prepare: authzGuestAs(koop.InvitationDraft),
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				_, err := postgres.NewInvitationService(f.db.DB).SendInvitations(ctx, koop.SendInvitationsInput{EventID: pgtest.DemoNeujahr2027})
				return err
			},
		},
		authzOp{
			name: "RecordAnswer", policy: authzPlan, action: "invitation.answer", state: guestState, prepare: authzGuestAs(koop.InvitationInvited),
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				id, version := authzGuestInvitation(t, f)
				_, err := postgres.NewInvitationService(f.db.DB).RecordAnswer(ctx, koop.RecordAnswerInput{ID: id, Version: version, Answer: koop.AnswerDecline})
				return err
			},
		},
		authzOp{
			name: "DeleteInvitation", policy: authzPlan, action: "invitation.delete", state: guestState, prepare: authzGuestAs(koop.InvitationDraft),
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				id, version := authzGuestInvitation(t, f)
				return postgres.NewInvitationService(f.db.DB).DeleteInvitation(ctx, id, version)
			},
		},
		authzOp{
			name: "CheckIn", policy: authzTakeTasks, action: "invitation.check_in", state: guestState, prepare: authzGuestAs(koop.InvitationAccepted),
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				id, _ := authzGuestInvitation(t, f)
				_, err := postgres.NewInvitationService(f.db.DB).CheckIn(ctx, koop.CheckInInput{ID: id})
				return err
			},
		},
		authzOp{
			name: "AddWalkIn", policy: authzTakeTasks, action: "invitation.walk_in", state: guestState,
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				_, err := postgres.NewInvitationService(f.db.DB).AddWalkIn(ctx, koop.AddWalkInInput{EventID: pgtest.DemoNeujahr2027, Name: "Gast " + actor})
				return err
			},
		},
	)
}
