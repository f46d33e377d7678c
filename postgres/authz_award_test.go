package postgres_test

import (
	"context"
	"strconv"
	"testing"

	"github.com/koop-lichtenberg/koop"
	"github.com/koop-lichtenberg/koop/postgres"
	"github.com/koop-lichtenberg/koop/postgres/pgtest"
)

// The award in the role matrix: whoever reads the directory reads programmes and cycles;
// COORDINATOR and ADMIN manage them; a criteria approval is given only by a COORDINATOR or ADMIN
// whose membership belongs to a partner organisation (the plain ADMIN of the fixture belongs to
// none, and a system admin who is no member has no organisation either).
var (
	// An EXTERNAL member reads only the cycles they judge: any other cycle does not exist for
	// them (the fixture's EXTERNAL member judges none here; authz_jury_test.go has one who does).
	authzReadAwardCycle = map[string]string{
		authzAdmin: "", authzAdminOnly: "", authzCoordinator: "", authzMember: "", authzViewer: "", authzExternal: koop.ENOTFOUND,
		authzOther: koop.ENOTFOUND, authzDeactivated: koop.ENOTFOUND, authzSystemAdmin: "", authzAnonymous: koop.EUNAUTHENTICATED,
	}
	// Changes to a cycle: COORDINATOR and ADMIN; an EXTERNAL member who does not judge it does
	// not learn that it exists.
	authzManageAwardCycle = map[string]string{
		authzAdmin: "", authzAdminOnly: "", authzCoordinator: "", authzMember: koop.EFORBIDDEN, authzViewer: koop.EFORBIDDEN,
		authzExternal: koop.ENOTFOUND, authzOther: koop.ENOTFOUND, authzDeactivated: koop.ENOTFOUND, authzSystemAdmin: "",
		authzAnonymous: koop.EUNAUTHENTICATED,
	}
	// The programmes: an EXTERNAL member gets only those with a cycle they judge — none here.
	authzReadAwardProgrammes = map[string]string{
		authzAdmin: "", authzAdminOnly: "", authzCoordinator: "", authzMember: "", authzViewer: "", authzExternal: "",
		authzOther: koop.ENOTFOUND, authzDeactivated: koop.ENOTFOUND, authzSystemAdmin: "", authzAnonymous: koop.EUNAUTHENTICATED,
	}
)

var authzApproveCriteria = map[string]string{
	authzAdmin: "", authzAdminOnly: koop.EFORBIDDEN, authzCoordinator: "", authzMember: koop.EFORBIDDEN, authzViewer: koop.EFORBIDDEN,
	authzExternal: koop.ENOTFOUND, authzOther: koop.ENOTFOUND, authzDeactivated: koop.ENOTFOUND, authzSystemAdmin: koop.EFORBIDDEN,
	authzAnonymous: koop.EUNAUTHENTICATED,
}

func init() {
	awards := func(f *authzFixture) *postgres.AwardService { return postgres.NewAwardService(f.db.DB) }
	criteriaVersion := func(t *testing.T, f *authzFixture) int {
		v, err := strconv.Atoi(authzText(t, f.db, `SELECT criteria_version::text FROM award_cycles WHERE id = $1`, demoAwardCycle))
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	programmes := func(t *testing.T, f *authzFixture) string {
		return authzText(t, f.db, `SELECT string_agg(name || ':' || version, ',' ORDER BY name) FROM award_programmes`)
	}
	cycles := func(t *testing.T, f *authzFixture) string {
		return authzText(t, f.db, `SELECT string_agg(year || ':' || phase || ':' || quorum || ':' || version, ',' ORDER BY id) FROM award_cycles`)
	}
	criteria := func(t *testing.T, f *authzFixture) string {
		return authzText(t, f.db, `SELECT coalesce(string_agg(name || ':' || weight || ':' || position, ',' ORDER BY id), '') FROM award_criteria`)
	}
	approvals := func(t *testing.T, f *authzFixture) string {
		return authzText(t, f.db, `SELECT coalesce(string_agg(partner_id::text, ',' ORDER BY partner_id), '') FROM award_criteria_approvals`)
	}
	setup := func(y *koop.AwardCycle) koop.AwardCycleInput {
		return koop.AwardCycleInput{Title: y.Title, Categories: y.Categories, NominationOpensAt: y.NominationOpensAt,
			NominationClosesAt: y.NominationClosesAt, VotingClosesAt: y.VotingClosesAt, Quorum: y.Quorum + 1, TieBreakRule: y.TieBreakRule}
	}
	authzOps = append(authzOps,
		authzOp{
			name: "AwardProgrammes", policy: authzReadAwardProgrammes,
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				l, err := awards(f).AwardProgrammes(ctx, pgtest.DemoCooperationID)
				if err == nil && actor == authzExternal {
					if len(l) != 0 {
						t.Errorf("programmes %+v: an EXTERNAL member who judges nothing sees none", l)
					}
					return nil
				}
				if err == nil && (len(l) != 1 || len(l[0].Cycles) != 3 || l[0].Cycles[0].Year != 2027 || len(l[0].Cycles[0].Approvals) != 3) {
					t.Errorf("programmes %+v: want the demo programme with its cycle and three partners", l)
				}
				return err
			},
		},
		authzOp{
			name: "AwardCycle", policy: authzReadAwardCycle,
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				y, err := awards(f).AwardCycle(ctx, demoAwardCycle)
				if err == nil && (len(y.Criteria) != 4 || y.CanManage != (authzPlan[actor] == "") || (y.CanApprove != nil) != (authzApproveCriteria[actor] == "")) {
					t.Errorf("cycle: %d criteria, canManage %v, canApprove %+v", len(y.Criteria), y.CanManage, y.CanApprove)
				}
				return err
			},
		},
		authzOp{
			name: "CreateAwardProgramme", policy: authzPlan, action: "award_programme.create", state: programmes,
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				_, err := awards(f).CreateAwardProgramme(ctx, pgtest.DemoCooperationID, koop.AwardProgrammeInput{Name: "Gründerpreis", WinnerExclusionYears: 1})
				return err
			},
		},
		authzOp{
			name: "UpdateAwardProgramme", policy: authzPlan, action: "award_programme.update", state: programmes,
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				_, err := awards(f).UpdateAwardProgramme(ctx, demoAwardProgramme, authzVersion(t, f.db, "award_programmes", demoAwardProgramme),
					koop.AwardProgrammeInput{Name: "Lichtenberger Unternehmen des Jahres", WinnerExclusionYears: 5})
				return err
			},
		},
		authzOp{
			name: "CreateAwardCycle", policy: authzPlan, action: "award_cycle.create", state: cycles,
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				y, err := awards(f).AwardCycle(f.ctx[authzAdmin], demoAwardCycle)
				if err != nil {
					t.Fatal(err)
				}
				in := setup(y)
				in.NominationOpensAt, in.NominationClosesAt, in.VotingClosesAt = y.NominationOpensAt.AddDate(1, 0, 0), y.NominationClosesAt.AddDate(1, 0, 0), y.VotingClosesAt.AddDate(1, 0, 0)
				_, err = awards(f).CreateAwardCycle(ctx, demoAwardProgramme, 2028, in)
				return err
			},
		},
		authzOp{
			name: "UpdateAwardCycle", policy: authzManageAwardCycle, action: "award_cycle.update", state: cycles,
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				y, err := awards(f).AwardCycle(f.ctx[authzAdmin], demoAwardCycle)
				if err != nil {
					t.Fatal(err)
				}
				_, err = awards(f).UpdateAwardCycle(ctx, demoAwardCycle, y.Version, setup(y))
				return err
			},
		},
		authzOp{
			name: "ChangeAwardPhase", policy: authzManageAwardCycle, action: "award_cycle.phase", state: cycles,
			prepare: func(t *testing.T, f *authzFixture, actor string) {
				if _, err := f.db.SQL.Exec(`UPDATE award_cycles SET phase = 'NOMINATION_OPEN' WHERE id = $1`, demoAwardCycle); err != nil {
					t.Fatal(err)
				}
			},
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				_, err := awards(f).ChangeAwardPhase(ctx, demoAwardCycle, authzVersion(t, f.db, "award_cycles", demoAwardCycle), koop.PhaseNominationClosed)
				return err
			},
		},
		authzOp{
			name: "AddCriterion", policy: authzManageAwardCycle, action: "award_criterion.create", state: criteria,
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				_, err := awards(f).AddCriterion(ctx, demoAwardCycle, criteriaVersion(t, f), koop.CriterionInput{Name: "Digitalisierung", Weight: 1, ScoreMin: 1, ScoreMax: 10})
				return err
			},
		},
		authzOp{
			name: "UpdateCriterion", policy: authzManageAwardCycle, action: "award_criterion.update", state: criteria,
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				_, err := awards(f).UpdateCriterion(ctx, demoCriterion, criteriaVersion(t, f), koop.CriterionInput{Name: "Innovation", Weight: 4, ScoreMin: 1, ScoreMax: 10})
				return err
			},
		},
		authzOp{
			name: "DeleteCriterion", policy: authzManageAwardCycle, action: "award_criterion.delete", state: criteria,
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				_, err := awards(f).DeleteCriterion(ctx, demoCriterion, criteriaVersion(t, f))
				return err
			},
		},
		authzOp{
			name: "ReorderCriteria", policy: authzManageAwardCycle, action: "award_criteria.reorder", state: criteria,
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				var ids []string
				if err := f.db.SQL.Select(&ids, `SELECT id::text FROM award_criteria WHERE cycle_id = $1 ORDER BY position DESC`, demoAwardCycle); err != nil {
					t.Fatal(err)
				}
				_, err := awards(f).ReorderCriteria(ctx, demoAwardCycle, criteriaVersion(t, f), ids)
				return err
			},
		},
		authzOp{
			name: "ApproveCriteria", policy: authzApproveCriteria, action: "award_criteria.approve", state: approvals,
			prepare: func(t *testing.T, f *authzFixture, actor string) {
				if _, err := f.db.SQL.Exec(`DELETE FROM award_criteria_approvals`); err != nil {
					t.Fatal(err)
				}
			},
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				_, err := awards(f).ApproveCriteria(ctx, demoAwardCycle, criteriaVersion(t, f))
				return err
			},
		},
		authzOp{
			name: "WithdrawCriteriaApproval", policy: authzApproveCriteria, action: "award_criteria.withdraw_approval", state: approvals,
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				_, err := awards(f).WithdrawCriteriaApproval(ctx, demoAwardCycle, criteriaVersion(t, f))
				return err
			},
		},
	)
}
