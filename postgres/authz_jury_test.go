package postgres_test

import (
	"context"
	"strconv"
	"testing"

	"github.com/koop-lichtenberg/koop"
	"github.com/koop-lichtenberg/koop/postgres"
	"github.com/koop-lichtenberg/koop/postgres/pgtest"
)

// The jury in the role matrix. authzJuryPrepare puts the demo cycle into JURY_VOTING with one
// eligible nomination and a jury of the COORDINATOR (chair), the MEMBER, the EXTERNAL member and
// the DEACTIVATED former admin; ADMIN, ADMIN_ONLY, VIEWER and the system admin read the cycle
// but are no jurors.
var (
	// Only jurors act on their own ballot and conflicts; a juror whose membership ended is no
	// longer one; who reads the cycle without judging it is refused.
	authzJuror = map[string]string{
		authzAdmin: koop.EFORBIDDEN, authzAdminOnly: koop.EFORBIDDEN, authzCoordinator: "", authzMember: "", authzViewer: koop.EFORBIDDEN,
		authzExternal: "", authzOther: koop.ENOTFOUND, authzDeactivated: koop.ENOTFOUND, authzSystemAdmin: koop.EFORBIDDEN,
		authzAnonymous: koop.EUNAUTHENTICATED,
	}
	// Only the chair sets and removes the conflicts of others — not a manager who is no chair.
	authzJuryChair = map[string]string{
		authzAdmin: koop.EFORBIDDEN, authzAdminOnly: koop.EFORBIDDEN, authzCoordinator: "", authzMember: koop.EFORBIDDEN, authzViewer: koop.EFORBIDDEN,
		authzExternal: koop.EFORBIDDEN, authzOther: koop.ENOTFOUND, authzDeactivated: koop.ENOTFOUND, authzSystemAdmin: koop.EFORBIDDEN,
		authzAnonymous: koop.EUNAUTHENTICATED,
	}
	// Whoever reads the cycle reads the jury: the directory's readers and the jurors.
	authzReadJury = map[string]string{
		authzAdmin: "", authzAdminOnly: "", authzCoordinator: "", authzMember: "", authzViewer: "", authzExternal: "",
		authzOther: koop.ENOTFOUND, authzDeactivated: koop.ENOTFOUND, authzSystemAdmin: "", authzAnonymous: koop.EUNAUTHENTICATED,
	}
)

// authzJuryNomination is the eligible nomination of authzJuryPrepare.
const authzJuryNomination = "6b00c0de-0000-4000-8000-00000000a301"

// authzJuryPrepare arranges the jury described above.
func authzJuryPrepare(t *testing.T, f *authzFixture) {
	t.Helper()
	db := f.db
	stmts := []string{
		`UPDATE award_cycles SET phase = 'JURY_VOTING' WHERE id = '` + demoAwardCycle + `'`,
		`WITH o AS (INSERT INTO organisations (cooperation_id, kind, name, created_at, updated_at)
			VALUES ('` + pgtest.DemoCooperationID + `', 'COMPANY', 'Bäckerei Sonne GmbH', now(), now()) RETURNING id)
		INSERT INTO award_nominations (id, cooperation_id, cycle_id, organisation_id, category, justification, source, eligibility, eligibility_reason, created_at, updated_at)
		SELECT '` + authzJuryNomination + `', '` + pgtest.DemoCooperationID + `', '` + demoAwardCycle + `', o.id, 'Handwerk', 'Vorbildlich.', 'STAFF', 'ELIGIBLE', 'x', now(), now() FROM o`,
		`INSERT INTO award_jurors (cycle_id, user_id, is_chair, created_at)
		SELECT '` + demoAwardCycle + `', id, email = 'coordinator@koop.test', now() FROM users
		WHERE email IN ('coordinator@koop.test', 'member@koop.test', 'external@koop.test', 'former@koop.test')`,
	}
	for _, s := range stmts {
		if _, err := db.SQL.Exec(s); err != nil {
			t.Fatalf("prepare the jury: %v", err)
		}
	}
}

// authzJurorOf returns the juror ID of the user with the e-mail, or a missing ID.
func authzJurorOf(t *testing.T, f *authzFixture, email string) string {
	t.Helper()
	return authzText(t, f.db, `SELECT coalesce((SELECT j.id::text FROM award_jurors j JOIN users u ON u.id = j.user_id
		WHERE j.cycle_id = $1 AND u.email = $2), $3)`, demoAwardCycle, email, authzMissingID)
}

func init() {
	jury := func(f *authzFixture) *postgres.JuryService { return postgres.NewJuryService(f.db.DB) }
	jurors := func(t *testing.T, f *authzFixture) string {
		return authzText(t, f.db, `SELECT coalesce(string_agg(u.email || ':' || j.is_chair, ',' ORDER BY u.email), '')
			FROM award_jurors j JOIN users u ON u.id = j.user_id WHERE j.cycle_id = $1`, demoAwardCycle)
	}
	conflicts := func(t *testing.T, f *authzFixture) string {
		return authzText(t, f.db, `SELECT coalesce(string_agg(juror_id || ':' || nomination_id || ':' || set_by_chair, ',' ORDER BY juror_id), '') FROM award_conflicts`)
	}
	scores := func(t *testing.T, f *authzFixture) string {
		return authzText(t, f.db, `SELECT coalesce(string_agg(juror_id || ':' || criterion_id || ':' || value, ',' ORDER BY juror_id, criterion_id), '') FROM award_scores`)
	}
	submitted := func(t *testing.T, f *authzFixture) string {
		return authzText(t, f.db, `SELECT count(submitted_at)::text FROM award_jurors`)
	}
	// the actor's e-mail, "" for the anonymous
	email := func(t *testing.T, f *authzFixture, actor string) string {
		if actor == authzAnonymous {
			return ""
		}
		return authzText(t, f.db, `SELECT email FROM users WHERE id = $1`, f.userID[actor])
	}
	ballotVersion := func(t *testing.T, f *authzFixture, actor string) int {
		v, err := strconv.Atoi(authzText(t, f.db, `SELECT coalesce((SELECT ballot_version FROM award_jurors WHERE cycle_id = $1 AND id::text = $2), 0)::text`,
			demoAwardCycle, authzJurorOf(t, f, email(t, f, actor))))
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	criteria := func(t *testing.T, f *authzFixture) []string {
		var ids []string
		if err := f.db.SQL.Select(&ids, `SELECT id::text FROM award_criteria WHERE cycle_id = $1 ORDER BY position`, demoAwardCycle); err != nil {
			t.Fatal(err)
		}
		return ids
	}
	prepare := func(t *testing.T, f *authzFixture, actor string) { authzJuryPrepare(t, f) }
	authzOps = append(authzOps,
		authzOp{
			name: "Jurors", policy: authzReadJury, prepare: prepare,
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				l, err := jury(f).Jurors(ctx, demoAwardCycle)
				if err == nil && (len(l) != 4 || !l[0].IsChair) {
					t.Errorf("jurors %+v: want four, the chair first", l)
				}
				return err
			},
		},
		authzOp{
			name: "MyBallot", policy: authzReadJury, prepare: prepare,
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				b, err := jury(f).MyBallot(ctx, demoAwardCycle)
				if err == nil && (b != nil) != (authzJuror[actor] == "") {
					t.Errorf("ballot %+v: want one exactly for jurors", b)
				}
				return err
			},
		},
		authzOp{
			name: "Turnout", policy: authzReadJury, prepare: prepare,
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				tu, err := jury(f).Turnout(ctx, demoAwardCycle)
				want := authzJuror[actor] == "" || authzPlan[actor] == ""
				if err == nil && (tu != nil) != want {
					t.Errorf("turnout %+v: want one for managers and jurors only", tu)
				}
				return err
			},
		},
		authzOp{
			name: "AddJuror", policy: authzPlan, action: "award_juror.add", state: jurors, prepare: prepare,
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				return jury(f).AddJuror(ctx, demoAwardCycle, f.db.UserID(t, "viewer@koop.test"), false)
			},
		},
		authzOp{
			name: "RemoveJuror", policy: authzPlan, action: "award_juror.remove", state: jurors,
			prepare: func(t *testing.T, f *authzFixture, actor string) {
				authzJuryPrepare(t, f)
				if _, err := f.db.SQL.Exec(`INSERT INTO award_jurors (cycle_id, user_id, created_at) SELECT $1, id, now() FROM users WHERE email = 'viewer@koop.test'`,
					demoAwardCycle); err != nil {
					t.Fatal(err)
				}
			},
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				_, err := jury(f).RemoveJuror(ctx, authzJurorOf(t, f, "viewer@koop.test"))
				return err
			},
		},
		authzOp{
			name: "SetJuryChair", policy: authzPlan, action: "award_juror.chair", state: jurors, prepare: prepare,
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				_, err := jury(f).SetJuryChair(ctx, authzJurorOf(t, f, "member@koop.test"))
				return err
			},
		},
		authzOp{
			name: "DeclareConflict", policy: authzJuror, action: "award_conflict.declare", state: conflicts, prepare: prepare,
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				return jury(f).DeclareConflict(ctx, authzJuryNomination, "Ich berate das Unternehmen.")
			},
		},
		authzOp{
			name: "SetConflict", policy: authzJuryChair, action: "award_conflict.set", state: conflicts, prepare: prepare,
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				return jury(f).SetConflict(ctx, authzJurorOf(t, f, "member@koop.test"), authzJuryNomination, "Verwandt mit der Inhaberin.")
			},
		},
		authzOp{
			name: "RemoveConflict", policy: authzJuryChair, action: "award_conflict.remove", state: conflicts,
			prepare: func(t *testing.T, f *authzFixture, actor string) {
				authzJuryPrepare(t, f)
				if _, err := f.db.SQL.Exec(`INSERT INTO award_conflicts (cycle_id, juror_id, nomination_id, reason, set_by_chair, created_at)
					VALUES ($1, $2, $3, 'Verwandt', true, now())`, demoAwardCycle, authzJurorOf(t, f, "member@koop.test"), authzJuryNomination); err != nil {
					t.Fatal(err)
				}
			},
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				return jury(f).RemoveConflict(ctx, authzJurorOf(t, f, "member@koop.test"), authzJuryNomination)
			},
		},
		authzOp{
			name: "SaveScores", policy: authzJuror, action: "award_ballot.change", state: scores, prepare: prepare,
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				v := ballotVersion(t, f, actor)
				_, err := jury(f).SaveScores(ctx, demoAwardCycle, &v, []koop.ScoreInput{{NominationID: authzJuryNomination, CriterionID: criteria(t, f)[0], Value: 7}})
				return err
			},
		},
		authzOp{
			name: "SubmitBallot", policy: authzJuror, action: "award_ballot.submit", state: submitted,
			prepare: func(t *testing.T, f *authzFixture, actor string) {
				authzJuryPrepare(t, f)
				// Every juror has scored everything.
				if _, err := f.db.SQL.Exec(`INSERT INTO award_scores (cycle_id, juror_id, nomination_id, criterion_id, value, updated_at)
					SELECT j.cycle_id, j.id, $2, c.id, 5, now() FROM award_jurors j JOIN award_criteria c ON c.cycle_id = j.cycle_id WHERE j.cycle_id = $1`,
					demoAwardCycle, authzJuryNomination); err != nil {
					t.Fatal(err)
				}
			},
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				b, err := jury(f).SubmitBallot(ctx, demoAwardCycle, ballotVersion(t, f, actor))
				if err == nil && (b.SubmittedAt == nil || b.Required != 4 || b.Scored != 4) {
					t.Errorf("submitted ballot %+v", b)
				}
				return err
			},
		},
	)
}
