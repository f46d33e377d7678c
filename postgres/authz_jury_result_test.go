package postgres_test

import (
	"context"
	"testing"

	"github.com/koop-lichtenberg/koop"
	"github.com/koop-lichtenberg/koop/postgres"
)

// The close, the casting vote and the result in the role matrix. The jury of the prepared
// cycle is the EXTERNAL actor, who chairs it, and Cem Wolter (a coordinator who is no actor of
// the matrix). Closing is for managers and the chair; the casting vote for the chair alone, so
// managers are refused too; the result is for managers and the jury (readers of the directory
// get nil, which is no error).
var (
	authzCloseAwardVoting = map[string]string{
		authzAdmin: "", authzAdminOnly: "", authzCoordinator: "", authzMember: koop.EFORBIDDEN, authzViewer: koop.EFORBIDDEN,
		authzExternal: "", authzOther: koop.ENOTFOUND, authzDeactivated: koop.ENOTFOUND, authzSystemAdmin: "",
		authzAnonymous: koop.EUNAUTHENTICATED,
	}
	authzRecordCastingVote = map[string]string{
		authzAdmin: koop.EFORBIDDEN, authzAdminOnly: koop.EFORBIDDEN, authzCoordinator: koop.EFORBIDDEN, authzMember: koop.EFORBIDDEN,
		authzViewer: koop.EFORBIDDEN, authzExternal: "", authzOther: koop.ENOTFOUND, authzDeactivated: koop.ENOTFOUND,
		authzSystemAdmin: koop.EFORBIDDEN, authzAnonymous: koop.EUNAUTHENTICATED,
	}
	authzAwardResult = map[string]string{
		authzAdmin: "", authzAdminOnly: "", authzCoordinator: "", authzMember: "", authzViewer: "", authzExternal: "",
		authzOther: koop.ENOTFOUND, authzDeactivated: koop.ENOTFOUND, authzSystemAdmin: "", authzAnonymous: koop.EUNAUTHENTICATED,
	}
)

// authzJuryYear is the year of the prepared cycle.
const authzJuryYear = 2031

// authzJuryCycle prepares a cycle in JURY_VOTING with two submitted ballots (quorum 2); tied
// scores its two nominations alike.
func authzJuryCycle(t *testing.T, f *authzFixture, tied bool) *jrCycle {
	t.Helper()
	c := jrNewCycle(t, f.db, authzJuryYear, 2, "Handwerk")
	c.nominate(t, "Schlosserei Eisen", "Handwerk")
	c.nominate(t, "Malerei Farbe", "Handwerk")
	c.juror(t, "external@koop.test", true)
	c.juror(t, "coordinator.wkhl@koop.test", false)
	second := 5
	if tied {
		second = 8
	}
	for _, j := range []string{"external@koop.test", "coordinator.wkhl@koop.test"} {
		c.score(t, j, "Schlosserei Eisen", "", 8, 8)
		c.score(t, j, "Malerei Farbe", "", second, second)
		c.submit(t, j)
	}
	return c
}

// authzJuryCycleID finds the prepared cycle.
func authzJuryCycleID(t *testing.T, f *authzFixture) string {
	return authzText(t, f.db, `SELECT id::text FROM award_cycles WHERE programme_id = $1 AND year = $2`, demoAwardProgramme, authzJuryYear)
}

func init() {
	jury := func(f *authzFixture) *postgres.JuryService { return postgres.NewJuryService(f.db.DB) }
	state := func(t *testing.T, f *authzFixture) string {
		return authzText(t, f.db, `SELECT y.phase || ':' || y.version || ':' || y.casting_vote::text || ':' ||
			coalesce((SELECT string_agg(r.rank::text, ',' ORDER BY r.nomination_id) FROM award_results r WHERE r.cycle_id = y.id), '')
			FROM award_cycles y WHERE y.programme_id = $1 AND y.year = $2`, demoAwardProgramme, authzJuryYear)
	}
	decided := func(t *testing.T, f *authzFixture, actor string) {
		c := authzJuryCycle(t, f, true)
		if err := jury(f).CloseAwardVoting(f.ctx[authzCoordinator], c.id, c.version(t)); err != nil {
			t.Fatalf("close: %v", err)
		}
	}
	authzOps = append(authzOps,
		authzOp{
			name: "CloseAwardVoting", policy: authzCloseAwardVoting, action: "award_cycle.close", state: state,
			prepare: func(t *testing.T, f *authzFixture, actor string) { authzJuryCycle(t, f, false) },
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				id := authzJuryCycleID(t, f)
				return jury(f).CloseAwardVoting(ctx, id, authzVersion(t, f.db, "award_cycles", id))
			},
		},
		authzOp{
			name: "RecordCastingVote", policy: authzRecordCastingVote, action: "award_cycle.casting_vote", state: state, prepare: decided,
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				id := authzJuryCycleID(t, f)
				order := []string{
					authzText(t, f.db, `SELECT n.id::text FROM award_nominations n JOIN organisations o ON o.id = n.organisation_id WHERE n.cycle_id = $1 AND o.name = 'Malerei Farbe'`, id),
					authzText(t, f.db, `SELECT n.id::text FROM award_nominations n JOIN organisations o ON o.id = n.organisation_id WHERE n.cycle_id = $1 AND o.name = 'Schlosserei Eisen'`, id),
				}
				return jury(f).RecordCastingVote(ctx, id, authzVersion(t, f.db, "award_cycles", id), order)
			},
		},
		authzOp{
			name: "AwardResult", policy: authzAwardResult, prepare: decided,
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				res, err := jury(f).AwardResult(ctx, authzJuryCycleID(t, f))
				sees := authzPlan[actor] == "" || actor == authzExternal
				if err == nil && (res != nil) != sees {
					t.Errorf("result for %s: %+v; want one: %v", actor, res, sees)
				}
				if err == nil && res != nil && (!res.NeedsCastingVote || len(res.Categories) != 1 || len(res.Categories[0].Ranking[0].Breakdown) != 2) {
					t.Errorf("result %+v", res)
				}
				return err
			},
		},
	)
}
