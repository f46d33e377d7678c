package postgres_test

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/koop-lichtenberg/koop"
	"github.com/koop-lichtenberg/koop/postgres"
	"github.com/koop-lichtenberg/koop/postgres/pgtest"
)

// stratFixture is a cooperation of its own with three partners and a member of each role, built
// in SQL on any database (it relies on no demo data).
type stratFixture struct {
	db       *pgtest.DB
	strategy *postgres.StrategyService
	kpis     *postgres.KpiService
	coop     string
	partners []string // partner IDs in partner order: A, B, C
	orgs     []string // their organisations
	// ms are the memberships by actor: coordinator (A), member (B), member2 (C), viewer (A),
	// external (no organisation).
	ms  map[string]string
	ctx map[string]context.Context // also "root" (a system admin who is no member) and "outsider"
}

func stratExec(t *testing.T, db *pgtest.DB, query string, args ...any) {
	t.Helper()
	if _, err := db.SQL.Exec(query, args...); err != nil {
		t.Fatalf("%s: %v", query, err)
	}
}

func stratID(t *testing.T, db *pgtest.DB, query string, args ...any) string {
	t.Helper()
	var id string
	if err := db.SQL.Get(&id, query, args...); err != nil {
		t.Fatalf("%s: %v", query, err)
	}
	return id
}

// newStratFixture builds the cooperation; prefix keeps e-mail addresses apart when a database
// holds more than one.
func newStratFixture(t *testing.T, db *pgtest.DB, prefix string) *stratFixture {
	t.Helper()
	f := &stratFixture{db: db, strategy: postgres.NewStrategyService(db.DB), kpis: postgres.NewKpiService(db.DB),
		ms: map[string]string{}, ctx: map[string]context.Context{}}
	now := db.Clock.T
	f.coop = stratID(t, db, `INSERT INTO cooperations (name, description, created_at, updated_at) VALUES ($1, '', $2, $2) RETURNING id`,
		prefix+" Kooperation Friedrichshain", now)
	for i, name := range []string{"Bezirksamt Friedrichshain", "Unternehmerverband Ost", "IHK Berlin"} {
		org := stratID(t, db, `INSERT INTO organisations (cooperation_id, kind, name, created_at, updated_at) VALUES ($1, 'OTHER', $2, $3, $3) RETURNING id`,
			f.coop, name, now)
		f.orgs = append(f.orgs, org)
		f.partners = append(f.partners, stratID(t, db, `INSERT INTO partners (cooperation_id, organisation_id, position, created_at) VALUES ($1, $2, $3, $4) RETURNING id`,
			f.coop, org, i+1, now))
	}
	user := func(key string, sysadmin bool) string {
		id := stratID(t, db, `INSERT INTO users (email, name, is_system_admin, created_at, updated_at) VALUES ($1, $2, $3, $4, $4) RETURNING id`,
			prefix+key+"@strategie.test", "Person "+key, sysadmin, now)
		f.ctx[key] = db.As(t, prefix+key+"@strategie.test")
		return id
	}
	for _, m := range []struct {
		key  string
		role koop.Role
		org  int
	}{{"admin", koop.RoleAdmin, 0}, {"coordinator", koop.RoleCoordinator, 0}, {"member", koop.RoleMember, 1}, {"member2", koop.RoleMember, 2},
		{"viewer", koop.RoleViewer, 0}, {"external", koop.RoleExternal, -1}} {
		uid := user(m.key, false)
		var org *string
		if m.org >= 0 {
			org = &f.orgs[m.org]
		}
		f.ms[m.key] = stratID(t, db, `INSERT INTO memberships (cooperation_id, user_id, role, organisation_id, created_at, updated_at)
			VALUES ($1, $2, $3, $4, $5, $5) RETURNING id`, f.coop, uid, m.role, org, now)
	}
	user("root", true)
	user("outsider", false)
	return f
}

// workstream inserts a workstream with its leads; ends may be "".
func (f *stratFixture) workstream(t *testing.T, title, starts, ends string, leads ...string) string {
	t.Helper()
	var end *string
	if ends != "" {
		end = &ends
	}
	id := stratID(t, f.db, `INSERT INTO workstreams (cooperation_id, title, starts_on, ends_on, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $5) RETURNING id`,
		f.coop, title, starts, end, f.db.Clock.T)
	for _, key := range leads {
		stratExec(t, f.db, `INSERT INTO workstream_leads (workstream_id, membership_id, cooperation_id) VALUES ($1, $2, $3)`, id, f.ms[key], f.coop)
	}
	return id
}

// series inserts an event series; lead is a partner index or -1.
func (f *stratFixture) series(t *testing.T, name string, lead int) string {
	t.Helper()
	var p *string
	if lead >= 0 {
		p = &f.partners[lead]
	}
	return stratID(t, f.db, `INSERT INTO event_series (cooperation_id, name, default_lead_partner_id, created_at, updated_at) VALUES ($1, $2, $3, $4, $4) RETURNING id`,
		f.coop, name, p, f.db.Clock.T)
}

// event inserts an event starting at the Berlin time given ("2026-03-10 19:00"), led by the
// partner of the index, with organisers by actor key.
func (f *stratFixture) event(t *testing.T, series, title, starts string, lead int, status koop.EventStatus, organisers ...string) string {
	t.Helper()
	at, err := time.ParseInLocation("2006-01-02 15:04", starts, koop.Berlin)
	if err != nil {
		t.Fatal(err)
	}
	var s *string
	if series != "" {
		s = &series
	}
	id := stratID(t, f.db, `INSERT INTO events (cooperation_id, series_id, title, starts_at, ends_at, lead_partner_id, status, created_at, updated_at)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) RETURNING id`, f.coop, s, title, at, at.Add(2*time.Hour), f.partners[lead], status, f.db.Clock.T)
	for _, key := range organisers {
		stratExec(t, f.db, `INSERT INTO event_organisers (event_id, membership_id, cooperation_id) VALUES ($1, $2, $3)`, id, f.ms[key], f.coop)
	}
	return id
}

// goal creates a goal through the service.
func (f *stratFixture) goal(t *testing.T, parent *string, title string, priority *koop.Priority) *koop.Goal {
	t.Helper()
	g, err := f.strategy.CreateGoal(f.ctx["coordinator"], koop.CreateGoalInput{CooperationID: f.coop, ParentID: parent, Title: title, Priority: priority})
	if err != nil {
		t.Fatalf("create goal %q: %v", title, err)
	}
	return g
}

// link links a measure to a goal through the service.
func (f *stratFixture) link(t *testing.T, goal string, kind koop.MeasureKind, id string) *koop.Goal {
	t.Helper()
	g, err := f.strategy.LinkGoalMeasure(f.ctx["coordinator"], koop.GoalMeasureInput{GoalID: goal, Measure: &koop.MeasureInput{Kind: kind, ID: id}})
	if err != nil {
		t.Fatalf("link %s %s: %v", kind, id, err)
	}
	return g
}

// tree returns the goal tree as "code title" lines, with the positions stored.
func (f *stratFixture) tree(t *testing.T) []string {
	t.Helper()
	s, err := f.strategy.Strategy(f.ctx["viewer"], f.coop)
	if err != nil {
		t.Fatal(err)
	}
	out := []string{}
	for _, g := range s.Goals {
		out = append(out, fmt.Sprintf("%s %s", g.Code, g.Title))
	}
	return out
}

// stratGoalRows is what a refused change to the tree must leave alone.
func stratGoalRows(t *testing.T, db *pgtest.DB) string {
	t.Helper()
	var s string
	if err := db.SQL.Get(&s, `SELECT coalesce(string_agg(title || ':' || coalesce(parent_id::text, '-') || ':' || position || ':' || version || ':' || coalesce(priority, '-'), ',' ORDER BY id), '')
		|| '/' || (SELECT count(*) FROM audit_entries) || '/' || (SELECT count(*) FROM workstream_goals) || '/' || (SELECT count(*) FROM event_series_goals) FROM goals`); err != nil {
		t.Fatal(err)
	}
	return s
}

func stratPriority(p koop.Priority) *koop.Priority { return &p }

func TestStrategyGoalTreeHasCodesInOrder(t *testing.T) {
	db := pgtest.New(t)
	f := newStratFixture(t, db, "")
	s, err := f.strategy.Strategy(f.ctx["viewer"], f.coop)
	if err != nil {
		t.Fatal(err)
	}
	if s.MissionStatement != "" || s.Version != 0 || len(s.Goals) != 0 || s.CanManage {
		t.Errorf("empty strategy: %+v", s)
	}
	econ := f.goal(t, nil, "Wirtschaft stärken", stratPriority(koop.PriorityHigh))
	culture := f.goal(t, nil, "Kulturelles Leben", nil)
	skilled := f.goal(t, &econ.ID, "Fachkräfte sichern", nil)
	land := f.goal(t, &econ.ID, "Gewerbeflächen vermarkten", stratPriority(koop.PriorityLow))
	if skilled.Code != "1.1" || land.Code != "1.2" || land.Depth != 1 || land.Position != 2 || culture.Code != "2" {
		t.Errorf("codes %s %s %s, depth %d, position %d", skilled.Code, land.Code, culture.Code, land.Depth, land.Position)
	}
	if land.Priority == nil || *land.Priority != koop.PriorityLow || land.Covered || len(land.Measures) != 0 || len(land.Kpis) != 0 {
		t.Errorf("new goal %+v", land)
	}
	want := []string{"1 Wirtschaft stärken", "1.1 Fachkräfte sichern", "1.2 Gewerbeflächen vermarkten", "2 Kulturelles Leben"}
	if diff := cmp.Diff(want, f.tree(t)); diff != "" {
		t.Errorf("tree (-want +got):\n%s", diff)
	}
	s, err = f.strategy.Strategy(f.ctx["coordinator"], f.coop)
	if err != nil || !s.CanManage || s.Goals[0].ChildCount != 2 || s.Goals[1].ChildCount != 0 {
		t.Errorf("coordinator's strategy: %v, canManage %v", err, s.CanManage)
	}
	// Nobody outside reads it; an EXTERNAL member does not learn that it exists.
	for _, who := range []string{"external", "outsider"} {
		if _, err := f.strategy.Strategy(f.ctx[who], f.coop); koop.ErrorCode(err) != koop.ENOTFOUND {
			t.Errorf("%s: %v, want NOT_FOUND", who, err)
		}
	}
	if _, err := f.strategy.Strategy(context.Background(), f.coop); koop.ErrorCode(err) != koop.EUNAUTHENTICATED {
		t.Errorf("anonymous: %v", err)
	}
	if _, err := f.strategy.Strategy(f.ctx["root"], f.coop); err != nil {
		t.Errorf("system admin: %v", err)
	}
	before := stratGoalRows(t, db)
	for _, in := range []struct {
		in    koop.CreateGoalInput
		code  string
		field string
	}{
		{koop.CreateGoalInput{CooperationID: f.coop, Title: "  "}, koop.EINVALID, "title"},
		{koop.CreateGoalInput{CooperationID: f.coop, Title: strings.Repeat("x", 301)}, koop.EINVALID, "title"},
		{koop.CreateGoalInput{CooperationID: f.coop, Title: "Ziel", Description: ptr(strings.Repeat("x", 5001))}, koop.EINVALID, "description"},
		{koop.CreateGoalInput{CooperationID: f.coop, Title: "Ziel", Priority: stratPriority("URGENT")}, koop.EINVALID, "priority"},
		{koop.CreateGoalInput{CooperationID: f.coop, Title: "Ziel", ParentID: ptr("nonsense")}, koop.ENOTFOUND, "parentId"},
		{koop.CreateGoalInput{CooperationID: f.coop, Title: "Ziel", ParentID: ptr(authzMissingID)}, koop.ENOTFOUND, "parentId"},
		{koop.CreateGoalInput{CooperationID: authzMissingID, Title: "Ziel"}, koop.ENOTFOUND, ""},
	} {
		_, err := f.strategy.CreateGoal(f.ctx["coordinator"], in.in)
		if koop.ErrorCode(err) != in.code || koop.ErrorField(err) != in.field {
			t.Errorf("create %+v: %v, want %s on %q", in.in, err, in.code, in.field)
		}
	}
	if after := stratGoalRows(t, db); after != before {
		t.Errorf("refused creations changed the goals: %s, was %s", after, before)
	}
}

func TestMissionStatementIsVersioned(t *testing.T) {
	db := pgtest.New(t)
	f := newStratFixture(t, db, "")
	coord := f.ctx["coordinator"]
	s, err := f.strategy.UpdateMissionStatement(coord, koop.UpdateMissionStatementInput{CooperationID: f.coop,
		MissionStatement: "  Lichtenberg als familienfreundlichen Bezirk und Wirtschaftsstandort stärken.  ", Version: 0})
	if err != nil || s.Version != 1 || s.MissionStatement != "Lichtenberg als familienfreundlichen Bezirk und Wirtschaftsstandort stärken." {
		t.Fatalf("first write: %+v, %v", s, err)
	}
	// Someone who also read version 0 (nothing written yet) is too late.
	if _, err := f.strategy.UpdateMissionStatement(f.ctx["admin"], koop.UpdateMissionStatementInput{CooperationID: f.coop, MissionStatement: "Anders", Version: 0}); koop.ErrorCode(err) != koop.ECONFLICT {
		t.Errorf("second first write: %v, want CONFLICT", err)
	}
	s, err = f.strategy.UpdateMissionStatement(coord, koop.UpdateMissionStatementInput{CooperationID: f.coop, MissionStatement: "Gemeinsam für Lichtenberg.", Version: 1})
	if err != nil || s.Version != 2 || s.MissionStatement != "Gemeinsam für Lichtenberg." {
		t.Fatalf("second write: %+v, %v", s, err)
	}
	before := authzText(t, db, `SELECT mission_statement || '/' || version || '/' || (SELECT count(*) FROM audit_entries WHERE action = 'strategy.update') FROM strategies`)
	if before != "Gemeinsam für Lichtenberg./2/2" {
		t.Errorf("stored %q", before)
	}
	for _, c := range []struct {
		ctx     context.Context
		in      koop.UpdateMissionStatementInput
		code    string
		field   string
		comment string
	}{
		{coord, koop.UpdateMissionStatementInput{CooperationID: f.coop, MissionStatement: "x", Version: 1}, koop.ECONFLICT, "", "stale"},
		{coord, koop.UpdateMissionStatementInput{CooperationID: f.coop, MissionStatement: strings.Repeat("ä", 2001), Version: 2}, koop.EINVALID, "missionStatement", "too long"},
		{f.ctx["member"], koop.UpdateMissionStatementInput{CooperationID: f.coop, MissionStatement: "x", Version: 2}, koop.EFORBIDDEN, "", "member"},
		{f.ctx["external"], koop.UpdateMissionStatementInput{CooperationID: f.coop, MissionStatement: "x", Version: 2}, koop.ENOTFOUND, "", "external"},
	} {
		_, err := f.strategy.UpdateMissionStatement(c.ctx, c.in)
		if koop.ErrorCode(err) != c.code || koop.ErrorField(err) != c.field {
			t.Errorf("%s: %v, want %s on %q", c.comment, err, c.code, c.field)
		}
	}
	if _, err := f.strategy.UpdateMissionStatement(coord, koop.UpdateMissionStatementInput{CooperationID: f.coop, MissionStatement: strings.Repeat("ä", 2000), Version: 2}); err != nil {
		t.Errorf("2000 characters: %v", err)
	}
}

func TestGoalMovesKeepPositionsAndRefuseCycles(t *testing.T) {
	db := pgtest.New(t)
	f := newStratFixture(t, db, "")
	coord := f.ctx["coordinator"]
	a := f.goal(t, nil, "A", nil)
	b := f.goal(t, nil, "B", nil)
	c := f.goal(t, nil, "C", nil)
	b1 := f.goal(t, &b.ID, "B1", nil)
	b2 := f.goal(t, &b.ID, "B2", nil)
	b11 := f.goal(t, &b1.ID, "B11", nil)
	version := func(id string) int { return authzVersion(t, db, "goals", id) }
	update := func(in koop.UpdateGoalInput) (*koop.Goal, error) {
		in.Version = version(in.ID)
		return f.strategy.UpdateGoal(coord, in)
	}

	// A moves under B, in front of B1: B's sub-goals are renumbered, and so are the top goals.
	g, err := update(koop.UpdateGoalInput{ID: a.ID, ParentID: &b.ID, Position: ptr(1)})
	if err != nil || g.Code != "1.1" || g.Depth != 1 || g.Version != 2 {
		t.Fatalf("move A: %+v, %v", g, err)
	}
	want := []string{"1 B", "1.1 A", "1.2 B1", "1.2.1 B11", "1.3 B2", "2 C"}
	if diff := cmp.Diff(want, f.tree(t)); diff != "" {
		t.Errorf("after moving A (-want +got):\n%s", diff)
	}
	// Within its siblings: B2 to the front.
	if _, err := update(koop.UpdateGoalInput{ID: b2.ID, Position: ptr(1)}); err != nil {
		t.Fatal(err)
	}
	want = []string{"1 B", "1.1 B2", "1.2 A", "1.3 B1", "1.3.1 B11", "2 C"}
	if diff := cmp.Diff(want, f.tree(t)); diff != "" {
		t.Errorf("after reordering (-want +got):\n%s", diff)
	}
	// B1 with its sub-goal becomes a top goal at the end; a title change on the way.
	g, err = update(koop.UpdateGoalInput{ID: b1.ID, ToTopLevel: ptr(true), Title: ptr("B1 neu"), Priority: stratPriority(koop.PriorityMedium)})
	if err != nil || g.ParentID != nil || g.Code != "3" || *g.Priority != koop.PriorityMedium {
		t.Fatalf("to top level: %+v, %v", g, err)
	}
	want = []string{"1 B", "1.1 B2", "1.2 A", "2 C", "3 B1 neu", "3.1 B11"}
	if diff := cmp.Diff(want, f.tree(t)); diff != "" {
		t.Errorf("after moving B1 up (-want +got):\n%s", diff)
	}
	if g, err = update(koop.UpdateGoalInput{ID: b1.ID, ClearPriority: ptr(true)}); err != nil || g.Priority != nil {
		t.Errorf("clear priority: %+v, %v", g, err)
	}
	// Positions in the database are 1..n among each set of siblings.
	if bad := db.Count(t, `SELECT count(*) FROM (SELECT position, row_number() OVER (PARTITION BY parent_id ORDER BY position) AS n FROM goals) x WHERE position <> n`); bad != 0 {
		t.Errorf("%d goals out of sequence", bad)
	}

	before := stratGoalRows(t, db)
	for _, c := range []struct {
		name  string
		in    koop.UpdateGoalInput
		code  string
		field string
	}{
		{"under itself", koop.UpdateGoalInput{ID: b1.ID, ParentID: &b1.ID}, koop.EINVALID, "parentId"},
		{"under its sub-goal", koop.UpdateGoalInput{ID: b1.ID, ParentID: &b11.ID}, koop.EINVALID, "parentId"},
		{"under its grandchild", koop.UpdateGoalInput{ID: b.ID, ParentID: &a.ID}, koop.EINVALID, "parentId"},
		{"both ways", koop.UpdateGoalInput{ID: c.ID, ParentID: &b.ID, ToTopLevel: ptr(true)}, koop.EINVALID, "parentId"},
		{"unknown parent", koop.UpdateGoalInput{ID: c.ID, ParentID: ptr(authzMissingID)}, koop.ENOTFOUND, "parentId"},
		{"position 0", koop.UpdateGoalInput{ID: c.ID, Position: ptr(0)}, koop.EINVALID, "position"},
		{"position beyond the end", koop.UpdateGoalInput{ID: c.ID, Position: ptr(4)}, koop.EINVALID, "position"},
		{"empty title", koop.UpdateGoalInput{ID: c.ID, Title: ptr(" ")}, koop.EINVALID, "title"},
		{"unknown priority", koop.UpdateGoalInput{ID: c.ID, Priority: stratPriority("SOON")}, koop.EINVALID, "priority"},
	} {
		if _, err := update(c.in); koop.ErrorCode(err) != c.code || koop.ErrorField(err) != c.field {
			t.Errorf("%s: %v, want %s on %q", c.name, err, c.code, c.field)
		}
	}
	if _, err := f.strategy.UpdateGoal(coord, koop.UpdateGoalInput{ID: "x", Version: 1}); koop.ErrorCode(err) != koop.ENOTFOUND {
		t.Errorf("malformed ID: %v", err)
	}
	if _, err := f.strategy.UpdateGoal(coord, koop.UpdateGoalInput{ID: c.ID, Version: version(c.ID) - 1, Title: ptr("C alt")}); koop.ErrorCode(err) != koop.ECONFLICT {
		t.Errorf("stale version: %v", err)
	}
	if _, err := f.strategy.UpdateGoal(f.ctx["member"], koop.UpdateGoalInput{ID: c.ID, Version: version(c.ID), Title: ptr("C?")}); koop.ErrorCode(err) != koop.EFORBIDDEN {
		t.Errorf("member: %v", err)
	}
	if after := stratGoalRows(t, db); after != before {
		t.Errorf("refused changes changed the goals:\n%s\nwas\n%s", after, before)
	}
	// The last position is allowed, for a move to another parent one more than its goals.
	if _, err := update(koop.UpdateGoalInput{ID: c.ID, ParentID: &b.ID, Position: ptr(3)}); err != nil {
		t.Errorf("move to the end: %v", err)
	}
	want = []string{"1 B", "1.1 B2", "1.2 A", "1.3 C", "2 B1 neu", "2.1 B11"}
	if diff := cmp.Diff(want, f.tree(t)); diff != "" {
		t.Errorf("after moving C (-want +got):\n%s", diff)
	}
}

// Two planners move two goals under each other at the same moment: one of them wins, the
// other is told that it would build a cycle (or to reload), and the tree has no cycle.
func TestConcurrentGoalMovesBuildNoCycle(t *testing.T) {
	db := pgtest.New(t)
	f := newStratFixture(t, db, "")
	for round := range 5 {
		a := f.goal(t, nil, fmt.Sprintf("A%d", round), nil)
		b := f.goal(t, nil, fmt.Sprintf("B%d", round), nil)
		var wg sync.WaitGroup
		errs := make([]error, 2)
		for i, move := range [][2]*koop.Goal{{a, b}, {b, a}} {
			wg.Add(1)
			go func() {
				defer wg.Done()
				_, errs[i] = f.strategy.UpdateGoal(f.ctx["coordinator"], koop.UpdateGoalInput{ID: move[0].ID, Version: move[0].Version, ParentID: &move[1].ID})
			}()
		}
		wg.Wait()
		ok := 0
		for _, err := range errs {
			switch koop.ErrorCode(err) {
			case "":
				ok++
			case koop.EINVALID, koop.ECONFLICT:
			default:
				t.Errorf("round %d: %v", round, err)
			}
		}
		if ok != 1 {
			t.Errorf("round %d: %d moves succeeded (%v), want 1", round, ok, errs)
		}
		if n := db.Count(t, `SELECT count(*) FROM goals WHERE id = ANY($1) AND parent_id IS NULL`, "{"+a.ID+","+b.ID+"}"); n != 1 {
			t.Errorf("round %d: %d of the two goals are top goals, want 1", round, n)
		}
	}
}

func TestDeleteGoal(t *testing.T) {
	db := pgtest.New(t)
	f := newStratFixture(t, db, "")
	coord := f.ctx["coordinator"]
	a := f.goal(t, nil, "A", nil)
	f.goal(t, &a.ID, "A1", nil)
	a2 := f.goal(t, &a.ID, "A2", nil)
	f.goal(t, &a.ID, "A3", nil)
	ws := f.workstream(t, "Projekt", "2026-01-01", "")
	f.link(t, a2.ID, koop.MeasureWorkstream, ws)
	k, err := f.kpis.CreateKpi(coord, koop.CreateKpiInput{CooperationID: f.coop, Subject: &koop.KpiSubjectInput{Kind: koop.KpiOfGoal, ID: a2.ID},
		Name: "Betriebe", Unit: "Unternehmen", Baseline: 10, Target: 20, Direction: koop.HigherIsBetter})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.kpis.RecordMeasurement(coord, koop.RecordMeasurementInput{KpiID: k.ID, MeasuredOn: time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC), Value: 12}); err != nil {
		t.Fatal(err)
	}
	before := stratGoalRows(t, db)
	if err := f.strategy.DeleteGoal(coord, koop.DeleteGoalInput{ID: a.ID, Version: 1}); koop.ErrorCode(err) != koop.ECONFLICT {
		t.Errorf("delete a goal with sub-goals: %v, want CONFLICT", err)
	}
	if err := f.strategy.DeleteGoal(coord, koop.DeleteGoalInput{ID: a2.ID, Version: 0}); koop.ErrorCode(err) != koop.ECONFLICT {
		t.Errorf("stale version: %v", err)
	}
	if err := f.strategy.DeleteGoal(f.ctx["viewer"], koop.DeleteGoalInput{ID: a2.ID, Version: 1}); koop.ErrorCode(err) != koop.EFORBIDDEN {
		t.Errorf("viewer: %v", err)
	}
	if after := stratGoalRows(t, db); after != before {
		t.Errorf("refused deletions changed the goals")
	}
	if err := f.strategy.DeleteGoal(coord, koop.DeleteGoalInput{ID: a2.ID, Version: 1}); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"1 A", "1.1 A1", "1.2 A3"}, f.tree(t)); diff != "" {
		t.Errorf("after the deletion (-want +got):\n%s", diff)
	}
	if n := db.Count(t, `SELECT (SELECT count(*) FROM kpis) + (SELECT count(*) FROM measurements) + (SELECT count(*) FROM workstream_goals)`); n != 0 {
		t.Errorf("%d KPIs, measurements and links left of the deleted goal", n)
	}
	if n := db.Count(t, `SELECT count(*) FROM audit_entries WHERE action = 'goal.delete' AND entity_id = $1`, a2.ID); n != 1 {
		t.Errorf("audit entries: %d", n)
	}
	if err := f.strategy.DeleteGoal(coord, koop.DeleteGoalInput{ID: a2.ID, Version: 1}); koop.ErrorCode(err) != koop.ENOTFOUND {
		t.Errorf("delete twice: %v", err)
	}
}

func TestGoalMeasuresPartnersAndCoverageMarkers(t *testing.T) {
	db := pgtest.New(t)
	f := newStratFixture(t, db, "")
	coord := f.ctx["coordinator"]
	top := f.goal(t, nil, "Wirtschaft", nil)
	sub := f.goal(t, &top.ID, "Fachkräfte", nil)
	other := f.goal(t, nil, "Familie", nil)
	ws := f.workstream(t, "Fachkräftesicherung", "2026-01-01", "", "coordinator", "member", "viewer")
	salon := f.series(t, "Kultursalon", 2)
	f.event(t, salon, "Kultursalon Frühjahr", "2026-03-10 19:00", 2, koop.EventHeld, "member")
	f.event(t, salon, "Kultursalon Herbst", "2026-10-10 19:00", 2, koop.EventPlanning)

	g := f.link(t, sub.ID, koop.MeasureWorkstream, ws)
	g = f.link(t, sub.ID, koop.MeasureWorkstream, ws) // twice is once
	g = f.link(t, sub.ID, koop.MeasureEventSeries, salon)
	if len(g.Measures) != 2 || !g.Covered {
		t.Fatalf("linked goal: %d measures, covered %v", len(g.Measures), g.Covered)
	}
	// Measures by title; partners in partner order.
	m := g.Measures[0]
	if m.Kind != koop.MeasureWorkstream || m.ID != ws || m.Title != "Fachkräftesicherung" || m.WorkstreamStatus == nil || *m.WorkstreamStatus != koop.WorkstreamProposed ||
		m.GoalCount != 1 || m.KpiCount != 0 {
		t.Errorf("workstream measure %+v", m)
	}
	if got := stratPartnerIDs(m.Partners); !cmp.Equal(got, []string{f.partners[0], f.partners[1]}) {
		t.Errorf("workstream partners %v", got)
	}
	if m := g.Measures[1]; m.Kind != koop.MeasureEventSeries || m.WorkstreamStatus != nil || !cmp.Equal(stratPartnerIDs(m.Partners), []string{f.partners[1], f.partners[2]}) {
		t.Errorf("series measure %+v, partners %v", m, stratPartnerIDs(m.Partners))
	}
	if n := db.Count(t, `SELECT count(*) FROM audit_entries WHERE action = 'goal.link_measure'`); n != 2 {
		t.Errorf("link audit entries: %d, want 2 (linking again changes nothing)", n)
	}
	f.link(t, other.ID, koop.MeasureWorkstream, ws)
	if _, err := f.kpis.CreateKpi(coord, koop.CreateKpiInput{CooperationID: f.coop, Subject: &koop.KpiSubjectInput{Kind: koop.KpiOfWorkstream, ID: ws},
		Name: "Vermittelte Ausbildungsplätze", Unit: "Plätze", Baseline: 0, Target: 50, Direction: koop.HigherIsBetter}); err != nil {
		t.Fatal(err)
	}
	s, err := f.strategy.Strategy(f.ctx["member"], f.coop)
	if err != nil {
		t.Fatal(err)
	}
	if !s.Goals[0].Covered || len(s.Goals[0].Measures) != 0 || !s.Goals[1].Covered || s.Goals[1].Measures[0].GoalCount != 2 || s.Goals[1].Measures[0].KpiCount != 1 {
		t.Errorf("a parent is covered through its sub-goal; counts: %+v", s.Goals[1].Measures[0])
	}

	// Unlinking; unlinking again changes nothing.
	for range 2 {
		if g, err = f.strategy.UnlinkGoalMeasure(coord, koop.GoalMeasureInput{GoalID: sub.ID, Measure: &koop.MeasureInput{Kind: koop.MeasureWorkstream, ID: ws}}); err != nil {
			t.Fatal(err)
		}
	}
	if len(g.Measures) != 1 || g.Measures[0].ID != salon {
		t.Errorf("after unlinking: %+v", g.Measures)
	}
	if n := db.Count(t, `SELECT count(*) FROM audit_entries WHERE action = 'goal.unlink_measure'`); n != 1 {
		t.Errorf("unlink audit entries: %d", n)
	}

	// Measures of another cooperation, unknown ones and bad kinds are refused.
	g2 := newStratFixture(t, db, "zwei-")
	foreign := g2.workstream(t, "Fremdes Projekt", "2026-01-01", "")
	before := stratGoalRows(t, db)
	for _, c := range []struct {
		in    koop.GoalMeasureInput
		code  string
		field string
	}{
		{koop.GoalMeasureInput{GoalID: sub.ID, Measure: &koop.MeasureInput{Kind: koop.MeasureWorkstream, ID: foreign}}, koop.ENOTFOUND, "measure.id"},
		{koop.GoalMeasureInput{GoalID: sub.ID, Measure: &koop.MeasureInput{Kind: koop.MeasureEventSeries, ID: ws}}, koop.ENOTFOUND, "measure.id"},
		{koop.GoalMeasureInput{GoalID: sub.ID, Measure: &koop.MeasureInput{Kind: koop.MeasureWorkstream, ID: "kaputt"}}, koop.ENOTFOUND, "measure.id"},
		{koop.GoalMeasureInput{GoalID: sub.ID, Measure: &koop.MeasureInput{Kind: "RETREAT", ID: ws}}, koop.EINVALID, "measure.kind"},
		{koop.GoalMeasureInput{GoalID: sub.ID}, koop.EINVALID, "measure"},
		{koop.GoalMeasureInput{GoalID: authzMissingID, Measure: &koop.MeasureInput{Kind: koop.MeasureWorkstream, ID: ws}}, koop.ENOTFOUND, ""},
	} {
		if _, err := f.strategy.LinkGoalMeasure(coord, c.in); koop.ErrorCode(err) != c.code || koop.ErrorField(err) != c.field {
			t.Errorf("link %+v: %v, want %s on %q", c.in, err, c.code, c.field)
		}
	}
	// The planner of the other cooperation does not see these goals.
	if _, err := f.strategy.LinkGoalMeasure(g2.ctx["coordinator"], koop.GoalMeasureInput{GoalID: sub.ID, Measure: &koop.MeasureInput{Kind: koop.MeasureWorkstream, ID: foreign}}); koop.ErrorCode(err) != koop.ENOTFOUND {
		t.Errorf("other cooperation's planner: %v", err)
	}
	if after := stratGoalRows(t, db); after != before {
		t.Errorf("refused links changed something")
	}
}

func stratPartnerIDs(ps []*koop.Partner) []string {
	out := []string{}
	for _, p := range ps {
		out = append(out, p.ID)
	}
	return out
}

// stratGrow adds n of everything the goal tree and the coverage view read.
func stratGrow(t *testing.T, f *stratFixture, n int) {
	t.Helper()
	coord := f.ctx["coordinator"]
	for i := range n {
		top := f.goal(t, nil, fmt.Sprintf("Oberziel %d", i), nil)
		sub := f.goal(t, &top.ID, fmt.Sprintf("Unterziel %d", i), stratPriority(koop.PriorityHigh))
		ws := f.workstream(t, fmt.Sprintf("Projekt %d", i), "2026-01-01", "", "coordinator", "member")
		series := f.series(t, fmt.Sprintf("Reihe %d", i), i%3)
		ev := f.event(t, series, fmt.Sprintf("Termin %d", i), "2026-05-05 18:00", i%3, koop.EventHeld, "member2")
		if _, _, err := postgres.NewBudgetService(f.db.DB).CreateBudgetLine(f.ctx["admin"], koop.CreateBudgetLineInput{EventID: ev, Category: koop.BudgetCatering,
			PlannedCents: 1000 + i, ShareMode: koop.SharePercent, Shares: []*koop.BudgetShareInput{{PartnerID: f.partners[0], BasisPoints: ptr(5000)}, {PartnerID: f.partners[1], BasisPoints: ptr(5000)}}}); err != nil {
			t.Fatal(err)
		}
		f.link(t, sub.ID, koop.MeasureWorkstream, ws)
		f.link(t, top.ID, koop.MeasureEventSeries, series)
		for _, subject := range []*koop.KpiSubjectInput{{Kind: koop.KpiOfGoal, ID: sub.ID}, {Kind: koop.KpiOfWorkstream, ID: ws}} {
			k, err := f.kpis.CreateKpi(coord, koop.CreateKpiInput{CooperationID: f.coop, Subject: subject, Name: fmt.Sprintf("Kennzahl %d", i),
				Unit: "Stück", Baseline: 1, Target: 9, Direction: koop.HigherIsBetter})
			if err != nil {
				t.Fatal(err)
			}
			for d := range 2 {
				if _, err := f.kpis.RecordMeasurement(coord, koop.RecordMeasurementInput{KpiID: k.ID, MeasuredOn: time.Date(2026, 1, 1+d, 0, 0, 0, 0, time.UTC), Value: float64(d)}); err != nil {
					t.Fatal(err)
				}
			}
		}
		cid := stratID(t, f.db, `INSERT INTO contacts (cooperation_id, last_name, organisation_id, legal_basis, created_at, updated_at)
			VALUES ($1, $2, $3, 'PUBLIC_TASK', $4, $4) RETURNING id`, f.coop, fmt.Sprintf("Gast %d", i), f.orgs[i%3], f.db.Clock.T)
		stratExec(t, f.db, `INSERT INTO invitations (cooperation_id, event_id, contact_id, status, created_at, updated_at) VALUES ($1, $2, $3, 'ATTENDED', $4, $4)`,
			f.coop, ev, cid, f.db.Clock.T)
	}
}

// The goal tree and the coverage view cost the same number of statements whatever the number of
// goals, measures, KPIs, measurements, events and guests.
func TestStrategyCostsTheSameStatementsAtAnySize(t *testing.T) {
	count := func(n int) (strategy, coverage int) {
		db, st := pgtest.NewCounting(t)
		f := newStratFixture(t, db, "")
		stratGrow(t, f, n)
		ctx := f.ctx["viewer"]
		st.Reset()
		s, err := f.strategy.Strategy(ctx, f.coop)
		if err != nil || len(s.Goals) != 2*n {
			t.Fatalf("strategy: %d goals, %v", len(s.Goals), err)
		}
		strategy = st.N()
		st.Reset()
		c, err := f.strategy.Coverage(ctx, f.coop, 2026)
		if err != nil || len(c.PartnerBalance) != 3 || c.PartnerBalance[0].PlannedCents == 0 {
			t.Fatalf("coverage: %+v, %v", c, err)
		}
		coverage = st.N()
		return
	}
	s1, c1 := count(2)
	s2, c2 := count(12)
	if s1 != s2 || c1 != c2 {
		t.Errorf("statements grow with data: strategy %d→%d, coverage %d→%d", s1, s2, c1, c2)
	}
	t.Logf("statements: strategy %d, coverage %d", s1, c1)
}
