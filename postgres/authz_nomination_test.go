package postgres_test

import (
	"context"
	"testing"

	"github.com/koop-lichtenberg/koop"
	"github.com/koop-lichtenberg/koop/postgres"
	"github.com/koop-lichtenberg/koop/postgres/pgtest"
)

// Nominations in the role matrix: the directory's readers read them (an EXTERNAL member only
// as a juror of the cycle, tested in nomination_test.go); COORDINATOR and ADMIN enter, edit,
// withdraw and decide them; the public page takes nominations from everyone, logged in or not.
var authzPublicNomination = map[string]string{
	authzAdmin: "", authzAdminOnly: "", authzCoordinator: "", authzMember: "", authzViewer: "", authzExternal: "",
	authzOther: "", authzDeactivated: "", authzSystemAdmin: "", authzAnonymous: "",
}

func init() {
	noms := func(f *authzFixture) *postgres.NominationService { return postgres.NewNominationService(f.db.DB) }
	// open moves the demo cycle to NOMINATION_OPEN; withNomination also enters the Backstube.
	open := func(t *testing.T, f *authzFixture, actor string) {
		if _, err := f.db.SQL.Exec(`UPDATE award_cycles SET phase = 'NOMINATION_OPEN' WHERE id = $1`, demoAwardCycle); err != nil {
			t.Fatal(err)
		}
	}
	withNomination := func(t *testing.T, f *authzFixture, actor string) {
		open(t, f, actor)
		if _, err := f.db.SQL.Exec(`INSERT INTO award_nominations (cooperation_id, cycle_id, organisation_id, category, justification, source, created_at, updated_at)
			VALUES ($1, $2, $3, 'Handwerk', 'Backt das beste Brot im Bezirk und bildet jedes Jahr aus.', 'STAFF', $4, $4)`,
			pgtest.DemoCooperationID, demoAwardCycle, f.newOrgID, f.db.Clock.T); err != nil {
			t.Fatal(err)
		}
	}
	nomination := func(t *testing.T, f *authzFixture) string {
		return authzText(t, f.db, `SELECT id::text FROM award_nominations WHERE organisation_id = $1`, f.newOrgID)
	}
	all := func(t *testing.T, f *authzFixture) string {
		return authzText(t, f.db, `SELECT count(*) || ':' || coalesce(string_agg(category || '/' || eligibility || '/' || version, ',' ORDER BY id), '') FROM award_nominations`)
	}
	authzOps = append(authzOps,
		authzOp{
			name: "Nominations", policy: authzReadAwardCycle, prepare: withNomination,
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				l, err := noms(f).Nominations(ctx, demoAwardCycle)
				if err == nil && (len(l) != 1 || l[0].CanManage != (authzPlan[actor] == "") || l[0].CompanyName != "Lichtenberger Backstube GmbH") {
					t.Errorf("nominations %+v", l)
				}
				return err
			},
		},
		authzOp{
			name: "Nomination", policy: authzReadAwardCycle, prepare: withNomination,
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				_, err := noms(f).Nomination(ctx, nomination(t, f))
				return err
			},
		},
		authzOp{
			name: "CreateNomination", policy: authzManageAwardCycle, action: "award_nomination.create", state: all, prepare: open,
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				_, err := noms(f).CreateNomination(ctx, koop.CreateNominationInput{CycleID: demoAwardCycle, OrganisationID: &f.newOrgID,
					Category: "Neugründung", Justification: "Gegründet 2025, schon zwölf Beschäftigte."})
				return err
			},
		},
		authzOp{
			name: "UpdateNomination", policy: authzManageAwardCycle, action: "award_nomination.update", state: all, prepare: withNomination,
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				id := nomination(t, f)
				_, err := noms(f).UpdateNomination(ctx, koop.UpdateNominationInput{ID: id, Version: authzVersion(t, f.db, "award_nominations", id),
					Category: "Dienstleistung", Justification: "Backt und liefert."})
				return err
			},
		},
		authzOp{
			name: "DeleteNomination", policy: authzManageAwardCycle, action: "award_nomination.delete", state: all, prepare: withNomination,
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				id := nomination(t, f)
				return noms(f).DeleteNomination(ctx, id, authzVersion(t, f.db, "award_nominations", id))
			},
		},
		authzOp{
			name: "DecideEligibility", policy: authzManageAwardCycle, action: "award_nomination.eligibility", state: all, prepare: withNomination,
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				id := nomination(t, f)
				_, err := noms(f).DecideEligibility(ctx, koop.DecideEligibilityInput{ID: id, Version: authzVersion(t, f.db, "award_nominations", id),
					Eligibility: koop.EligibilityEligible, Reason: authzPtr("Sitz in Lichtenberg, kein früherer Preis.")})
				return err
			},
		},
		authzOp{
			name: "SubmitPublicNomination", policy: authzPublicNomination, action: "award_nomination.public", state: all, prepare: open,
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				p, err := noms(f).SubmitPublicNomination(ctx, "192.0.2.10", koop.PublicNomination{CycleID: demoAwardCycle, Category: "Handwerk", Consent: true,
					Company:       koop.CompanyInput{Name: "Fleischerei Wurst & Söhne", PostalCode: authzPtr("13059")},
					Nominator:     koop.NominatorInput{LastName: "Kundin", Email: authzPtr("kundin@example.org")},
					Justification: "Seit drei Generationen im Kiez, bildet aus und versorgt das Seniorenheim nebenan mit Mittagessen."})
				if err == nil && p.Reference == "" {
					t.Error("no reference")
				}
				return err
			},
		},
	)
}
