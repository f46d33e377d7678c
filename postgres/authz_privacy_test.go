package postgres_test

import (
	"context"
	"testing"

	"github.com/koop-lichtenberg/koop"
	"github.com/koop-lichtenberg/koop/postgres"
	"github.com/koop-lichtenberg/koop/postgres/pgtest"
)

// Personal data in the role matrix. Contacts: ADMIN and COORDINATOR export, ADMIN erases and
// runs the retention rule. Users: the user (member@koop.test here) and system admins export,
// only system admins erase.
const authzPrivacyContact = "6b00c0de-0000-4000-8000-00000000f001"

var (
	authzExportContact = authzManageOrganisations
	// member@koop.test exports their own data; system admins anyone's; the rest is refused.
	authzExportMember = map[string]string{
		authzAdmin: "", authzAdminOnly: koop.EFORBIDDEN, authzCoordinator: koop.EFORBIDDEN, authzMember: "", authzViewer: koop.EFORBIDDEN,
		authzExternal: koop.EFORBIDDEN, authzOther: koop.EFORBIDDEN, authzDeactivated: koop.EFORBIDDEN, authzSystemAdmin: "",
		authzAnonymous: koop.EUNAUTHENTICATED,
	}
)

func init() {
	ps := func(f *authzFixture) *postgres.PrivacyService { return postgres.NewPrivacyService(f.db.DB) }
	// an old contact nobody invited: erasable and a retention candidate
	oldContact := func(t *testing.T, f *authzFixture, actor string) {
		if _, err := f.db.SQL.Exec(`INSERT INTO contacts (id, cooperation_id, last_name, email, legal_basis, created_at, updated_at)
			VALUES ($1, $2, 'Altbestand', 'alt@example.org', 'LEGITIMATE_INTEREST', $3, $3)`,
			authzPrivacyContact, pgtest.DemoCooperationID, f.db.Clock.T.AddDate(-10, 0, 0)); err != nil {
			t.Fatal(err)
		}
	}
	count := func(action string) func(t *testing.T, f *authzFixture) string {
		return func(t *testing.T, f *authzFixture) string {
			return authzText(t, f.db, `SELECT count(*)::text FROM audit_entries WHERE action = $1`, action)
		}
	}
	contactState := func(t *testing.T, f *authzFixture) string {
		return authzText(t, f.db, `SELECT count(*)::text FROM contacts WHERE id = $1`, authzPrivacyContact)
	}
	viewerID := func(f *authzFixture) string { return f.userID[authzViewer] }
	authzOps = append(authzOps,
		authzOp{
			name: "ExportPersonalDataContact", policy: authzExportContact, prepare: oldContact, action: "person.export", state: count("person.export"),
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				id := authzPrivacyContact
				_, err := ps(f).ExportPersonalData(ctx, koop.ExportPersonalDataInput{Person: &koop.PersonInput{ContactID: &id}})
				return err
			},
		},
		authzOp{
			name: "ExportPersonalDataUser", policy: authzExportMember, action: "person.export", state: count("person.export"),
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				id := f.userID[authzMember]
				_, err := ps(f).ExportPersonalData(ctx, koop.ExportPersonalDataInput{Person: &koop.PersonInput{UserID: &id}})
				return err
			},
		},
		authzOp{
			name: "ErasurePlanContact", policy: authzAdminister, prepare: oldContact,
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				id := authzPrivacyContact
				p, err := ps(f).ErasurePlan(ctx, koop.PersonInput{ContactID: &id})
				if err == nil && (len(p.Blockers) != 0 || len(p.Effects) == 0) {
					t.Errorf("plan %+v", p)
				}
				return err
			},
		},
		authzOp{
			name: "ErasurePlanUser", policy: authzSystemAdministration,
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				id := viewerID(f)
				_, err := ps(f).ErasurePlan(ctx, koop.PersonInput{UserID: &id})
				return err
			},
		},
		authzOp{
			name: "ErasePersonContact", policy: authzAdminister, prepare: oldContact, action: "person.erase", state: contactState,
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				id := authzPrivacyContact
				_, err := ps(f).ErasePerson(ctx, koop.ErasePersonInput{Person: &koop.PersonInput{ContactID: &id}, Reason: "Antrag nach Art. 17 DSGVO"})
				return err
			},
		},
		authzOp{
			// the viewer has no open tasks, jury seats or retreats
			name: "ErasePersonUser", policy: authzSystemAdministration, action: "person.erase",
			state: func(t *testing.T, f *authzFixture) string {
				return authzText(t, f.db, `SELECT name FROM users WHERE id = $1`, viewerID(f))
			},
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				id := viewerID(f)
				_, err := ps(f).ErasePerson(ctx, koop.ErasePersonInput{Person: &koop.PersonInput{UserID: &id}, Reason: "Antrag nach Art. 17 DSGVO"})
				return err
			},
		},
		authzOp{
			name: "RetentionReview", policy: authzAdminister, prepare: oldContact,
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				r, err := ps(f).RetentionReview(ctx, pgtest.DemoCooperationID)
				if err == nil && r.Years != 3 {
					t.Errorf("years %d", r.Years)
				}
				return err
			},
		},
		authzOp{
			name: "SetContactRetention", policy: authzAdminister, action: "cooperation.set_contact_retention",
			state: func(t *testing.T, f *authzFixture) string {
				return authzText(t, f.db, `SELECT contact_retention_years::text FROM cooperations WHERE id = $1`, pgtest.DemoCooperationID)
			},
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				_, err := ps(f).SetContactRetention(ctx, koop.SetContactRetentionInput{CooperationID: pgtest.DemoCooperationID, Years: 5})
				return err
			},
		},
		authzOp{
			name: "ApplyContactRetention", policy: authzAdminister, prepare: oldContact, action: "contact.apply_retention", state: contactState,
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				_, _, err := ps(f).ApplyContactRetention(ctx, koop.ApplyContactRetentionInput{CooperationID: pgtest.DemoCooperationID,
					ContactIDs: []string{authzPrivacyContact}})
				return err
			},
		},
	)
}
