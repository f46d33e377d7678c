package postgres_test

import (
	"context"
	"testing"
	"time"

	"github.com/koop-lichtenberg/koop"
	"github.com/koop-lichtenberg/koop/postgres"
	"github.com/koop-lichtenberg/koop/postgres/pgtest"
)

// Goals, KPIs and the coverage view in the role matrix: whoever reads the directory reads them,
// COORDINATOR and ADMIN change them; to an EXTERNAL member they do not exist, just as the award
// cycles they do not judge, so the award's policies fit.
var (
	authzGoalsRead   = authzReadAwardCycle
	authzGoalsManage = authzManageAwardCycle
	// The values of a workstream's KPIs are also recorded by its leads: the fixture's MEMBER
	// leads the workstream.
	authzGoalsLeadRecords = map[string]string{
		authzAdmin: "", authzAdminOnly: "", authzCoordinator: "", authzMember: "", authzViewer: koop.EFORBIDDEN,
		authzExternal: koop.ENOTFOUND, authzOther: koop.ENOTFOUND, authzDeactivated: koop.ENOTFOUND, authzSystemAdmin: "",
		authzAnonymous: koop.EUNAUTHENTICATED,
	}
)

// authzGoalsPrepare adds to the demo cooperation, whatever goals its seed has, a top goal with a
// sub-goal, a workstream led by the MEMBER, a KPI on each with a value of the goal's, and, when
// linked, the workstream as a measure of the goal.
func authzGoalsPrepare(linked bool) func(t *testing.T, f *authzFixture, actor string) {
	return func(t *testing.T, f *authzFixture, actor string) {
		t.Helper()
		db, demo, now := f.db, pgtest.DemoCooperationID, f.db.Clock.T
		goal := stratID(t, db, `INSERT INTO goals (cooperation_id, position, title, created_at, updated_at)
			VALUES ($1, (SELECT coalesce(max(position), 0) + 1 FROM goals WHERE cooperation_id = $1 AND parent_id IS NULL), 'Authz-Ziel', $2, $2) RETURNING id`, demo, now)
		stratExec(t, db, `INSERT INTO goals (cooperation_id, parent_id, position, title, created_at, updated_at) VALUES ($1, $2, 1, 'Authz-Unterziel', $3, $3)`, demo, goal, now)
		ws := stratID(t, db, `INSERT INTO workstreams (cooperation_id, title, starts_on, created_at, updated_at) VALUES ($1, 'Authz-Projekt', '2026-01-01', $2, $2) RETURNING id`,
			demo, now)
		stratExec(t, db, `INSERT INTO workstream_leads (workstream_id, membership_id, cooperation_id) VALUES ($1, $2, $3)`, ws, f.memberMs, demo)
		kpi := stratID(t, db, `INSERT INTO kpis (cooperation_id, goal_id, name, unit, baseline, target, direction, created_at, updated_at)
			VALUES ($1, $2, 'Authz-Kennzahl', 'Stück', 0, 10, 'HIGHER_IS_BETTER', $3, $3) RETURNING id`, demo, goal, now)
		stratExec(t, db, `INSERT INTO kpis (cooperation_id, workstream_id, name, unit, baseline, target, direction, created_at, updated_at)
			VALUES ($1, $2, 'Authz-Projektkennzahl', 'Stück', 0, 10, 'HIGHER_IS_BETTER', $3, $3)`, demo, ws, now)
		stratExec(t, db, `INSERT INTO measurements (cooperation_id, kpi_id, measured_on, value, created_at, updated_at) VALUES ($1, $2, '2026-01-01', 3, $3, $3)`,
			demo, kpi, now)
		if linked {
			stratExec(t, db, `INSERT INTO workstream_goals (workstream_id, goal_id, cooperation_id) VALUES ($1, $2, $3)`, ws, goal, demo)
		}
	}
}

// authzGoalsID returns the ID of what authzGoalsPrepare made, by table and title.
func authzGoalsID(t *testing.T, f *authzFixture, query, title string) string {
	t.Helper()
	return authzText(t, f.db, query, title)
}

const (
	authzGoalByTitle = `SELECT id::text FROM goals WHERE title = $1`
	authzKpiByName   = `SELECT id::text FROM kpis WHERE name = $1`
	authzWsByTitle   = `SELECT id::text FROM workstreams WHERE title = $1`
)

func init() {
	strategy := func(f *authzFixture) *postgres.StrategyService { return postgres.NewStrategyService(f.db.DB) }
	kpis := func(f *authzFixture) *postgres.KpiService { return postgres.NewKpiService(f.db.DB) }
	goal := func(t *testing.T, f *authzFixture) string { return authzGoalsID(t, f, authzGoalByTitle, "Authz-Ziel") }
	goalKpi := func(t *testing.T, f *authzFixture) string {
		return authzGoalsID(t, f, authzKpiByName, "Authz-Kennzahl")
	}
	goals := func(t *testing.T, f *authzFixture) string {
		return authzText(t, f.db, `SELECT string_agg(title || ':' || coalesce(parent_id::text, '-') || ':' || position || ':' || version, ',' ORDER BY id) FROM goals`)
	}
	links := func(t *testing.T, f *authzFixture) string {
		return authzText(t, f.db, `SELECT count(*)::text FROM workstream_goals`)
	}
	kpiRows := func(t *testing.T, f *authzFixture) string {
		return authzText(t, f.db, `SELECT string_agg(name || ':' || target || ':' || version, ',' ORDER BY id) FROM kpis`)
	}
	measurements := func(t *testing.T, f *authzFixture) string {
		return authzText(t, f.db, `SELECT coalesce(string_agg(kpi_id || ':' || measured_on || '=' || value, ',' ORDER BY kpi_id, measured_on), '') FROM measurements`)
	}
	measure := func(t *testing.T, f *authzFixture) koop.GoalMeasureInput {
		return koop.GoalMeasureInput{GoalID: goal(t, f), Measure: &koop.MeasureInput{Kind: koop.MeasureWorkstream, ID: authzGoalsID(t, f, authzWsByTitle, "Authz-Projekt")}}
	}
	day := time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)

	authzOps = append(authzOps,
		authzOp{
			name: "Strategy", policy: authzGoalsRead, prepare: authzGoalsPrepare(true),
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				s, err := strategy(f).Strategy(ctx, pgtest.DemoCooperationID)
				if err != nil {
					return err
				}
				if want := actor != authzMember && actor != authzViewer; s.CanManage != want {
					t.Errorf("canManage %v, want %v", s.CanManage, want)
				}
				for i, g := range s.Goals {
					if g.Title == "Authz-Ziel" && (len(g.Measures) != 1 || len(g.Kpis) != 1 || g.Kpis[0].Subject.Title != g.Code+" Authz-Ziel" ||
						!g.Covered || i+1 >= len(s.Goals) || s.Goals[i+1].Code != g.Code+".1" || s.Goals[i+1].Covered) {
						t.Errorf("the prepared goal: %+v", g)
					}
				}
				return nil
			},
		},
		authzOp{
			name: "Coverage", policy: authzGoalsRead, prepare: authzGoalsPrepare(false),
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				c, err := strategy(f).Coverage(ctx, pgtest.DemoCooperationID, 0)
				if err != nil {
					return err
				}
				uncovered := map[string]bool{}
				for _, g := range c.GoalsWithoutMeasure {
					uncovered[g.Title] = true
				}
				alone := map[string]bool{}
				for _, m := range c.MeasuresWithOnePartner {
					alone[m.Title] = true
				}
				if !uncovered["Authz-Ziel"] || !uncovered["Authz-Unterziel"] || !alone["Authz-Projekt"] || c.Year != 2026 || len(c.PartnerBalance) != 3 {
					t.Errorf("coverage: uncovered %v, one partner %v, year %d, %d partners", uncovered, alone, c.Year, len(c.PartnerBalance))
				}
				return nil
			},
		},
		authzOp{
			name: "Kpi", policy: authzGoalsRead, prepare: authzGoalsPrepare(false),
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				k, err := kpis(f).Kpi(ctx, goalKpi(t, f))
				if err == nil && (len(k.Measurements) != 1 || k.Progress == nil || *k.Progress != 0.3) {
					t.Errorf("kpi %+v", k)
				}
				return err
			},
		},
		authzOp{
			name: "UpdateMissionStatement", policy: authzGoalsManage, action: "strategy.update",
			state: func(t *testing.T, f *authzFixture) string {
				return authzText(t, f.db, `SELECT coalesce((SELECT mission_statement || '/' || version FROM strategies WHERE cooperation_id = $1), '-')`, pgtest.DemoCooperationID)
			},
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				v := f.db.Count(t, `SELECT coalesce((SELECT version FROM strategies WHERE cooperation_id = $1), 0)`, pgtest.DemoCooperationID)
				_, err := strategy(f).UpdateMissionStatement(ctx, koop.UpdateMissionStatementInput{CooperationID: pgtest.DemoCooperationID,
					MissionStatement: "Lichtenberg gemeinsam als Wirtschaftsstandort und familienfreundlichen Bezirk stärken (Matrix).", Version: v})
				return err
			},
		},
		authzOp{
			name: "CreateGoal", policy: authzGoalsManage, action: "goal.create", prepare: authzGoalsPrepare(false), state: goals,
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				parent := goal(t, f)
				g, err := strategy(f).CreateGoal(ctx, koop.CreateGoalInput{CooperationID: pgtest.DemoCooperationID, ParentID: &parent, Title: "Authz-Zweites Unterziel"})
				if err == nil && g.Position != 2 {
					t.Errorf("new goal at %d, want 2", g.Position)
				}
				return err
			},
		},
		authzOp{
			name: "UpdateGoal", policy: authzGoalsManage, action: "goal.update", prepare: authzGoalsPrepare(false), state: goals,
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				sub := authzGoalsID(t, f, authzGoalByTitle, "Authz-Unterziel")
				g, err := strategy(f).UpdateGoal(ctx, koop.UpdateGoalInput{ID: sub, Version: 1, ToTopLevel: authzPtr(true), Title: authzPtr("Authz-Oberziel")})
				if err == nil && (g.ParentID != nil || g.Depth != 0) {
					t.Errorf("moved goal %+v", g)
				}
				return err
			},
		},
		authzOp{
			name: "DeleteGoal", policy: authzGoalsManage, action: "goal.delete", prepare: authzGoalsPrepare(false), state: goals,
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				return strategy(f).DeleteGoal(ctx, koop.DeleteGoalInput{ID: authzGoalsID(t, f, authzGoalByTitle, "Authz-Unterziel"), Version: 1})
			},
		},
		authzOp{
			name: "LinkGoalMeasure", policy: authzGoalsManage, action: "goal.link_measure", prepare: authzGoalsPrepare(false), state: links,
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				g, err := strategy(f).LinkGoalMeasure(ctx, measure(t, f))
				if err == nil && (len(g.Measures) != 1 || !g.Covered) {
					t.Errorf("linked goal %+v", g)
				}
				return err
			},
		},
		authzOp{
			name: "UnlinkGoalMeasure", policy: authzGoalsManage, action: "goal.unlink_measure", prepare: authzGoalsPrepare(true), state: links,
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				g, err := strategy(f).UnlinkGoalMeasure(ctx, measure(t, f))
				if err == nil && len(g.Measures) != 0 {
					t.Errorf("unlinked goal %+v", g)
				}
				return err
			},
		},
		authzOp{
			name: "CreateKpi", policy: authzGoalsManage, action: "kpi.create", prepare: authzGoalsPrepare(false), state: kpiRows,
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				_, err := kpis(f).CreateKpi(ctx, koop.CreateKpiInput{CooperationID: pgtest.DemoCooperationID,
					Subject: &koop.KpiSubjectInput{Kind: koop.KpiOfGoal, ID: goal(t, f)}, Name: "Authz-Neue Kennzahl", Unit: "%", Baseline: 40, Target: 30,
					Direction: koop.LowerIsBetter})
				return err
			},
		},
		authzOp{
			name: "UpdateKpi", policy: authzGoalsManage, action: "kpi.update", prepare: authzGoalsPrepare(false), state: kpiRows,
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				_, err := kpis(f).UpdateKpi(ctx, koop.UpdateKpiInput{ID: goalKpi(t, f), Version: 1, Target: authzPtr(12.5)})
				return err
			},
		},
		authzOp{
			name: "DeleteKpi", policy: authzGoalsManage, action: "kpi.delete", prepare: authzGoalsPrepare(false), state: kpiRows,
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				return kpis(f).DeleteKpi(ctx, koop.DeleteKpiInput{ID: goalKpi(t, f), Version: 1})
			},
		},
		authzOp{
			name: "RecordMeasurement", policy: authzGoalsManage, action: "kpi.record_measurement", prepare: authzGoalsPrepare(false), state: measurements,
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				_, err := kpis(f).RecordMeasurement(ctx, koop.RecordMeasurementInput{KpiID: goalKpi(t, f), MeasuredOn: day, Value: 5})
				return err
			},
		},
		authzOp{
			// The MEMBER leads the workstream the KPI measures.
			name: "RecordMeasurement/workstreamLead", policy: authzGoalsLeadRecords, action: "kpi.record_measurement", prepare: authzGoalsPrepare(false),
			state: measurements,
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				k, err := kpis(f).RecordMeasurement(ctx, koop.RecordMeasurementInput{KpiID: authzGoalsID(t, f, authzKpiByName, "Authz-Projektkennzahl"),
					MeasuredOn: day, Value: 4, Note: authzPtr("Zählung der Projektleitung")})
				if err == nil && (k.Latest == nil || k.Latest.Value != 4 || k.Subject.Title != "Authz-Projekt") {
					t.Errorf("recorded %+v", k)
				}
				return err
			},
		},
		authzOp{
			name: "DeleteMeasurement", policy: authzGoalsManage, action: "kpi.delete_measurement", prepare: authzGoalsPrepare(false), state: measurements,
			call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
				k, err := kpis(f).DeleteMeasurement(ctx, authzText(t, f.db, `SELECT id::text FROM measurements WHERE kpi_id = $1`, goalKpi(t, f)))
				if err == nil && (len(k.Measurements) != 0 || k.State != koop.KpiNoData) {
					t.Errorf("after deleting: %+v", k)
				}
				return err
			},
		},
	)
}
