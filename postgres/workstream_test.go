package postgres_test

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/koop-lichtenberg/koop"
	"github.com/koop-lichtenberg/koop/postgres"
	"github.com/koop-lichtenberg/koop/postgres/pgtest"
)

// wsEnv is the demo database with the workstream service and its usual actors. The test clock
// stands at 2026-11-25, so "today" in Berlin is that day.
type wsEnv struct {
	db                           *pgtest.DB
	ws                           *postgres.WorkstreamService
	admin, coord, member, viewer context.Context
}

func wsSetup(t *testing.T) *wsEnv {
	t.Helper()
	db := pgtest.Seeded(t)
	return &wsEnv{db: db, ws: postgres.NewWorkstreamService(db.DB), admin: db.As(t, "admin@koop.test"),
		coord: db.As(t, "coordinator@koop.test"), member: db.As(t, "member@koop.test"), viewer: db.As(t, "viewer@koop.test")}
}

func wsDay(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// wsGoal inserts a goal of the demo cooperation and returns its ID.
func wsGoal(t *testing.T, db *pgtest.DB, cooperationID string, parentID *string, position int, title string) string {
	t.Helper()
	var id string
	if err := db.SQL.Get(&id, `INSERT INTO goals (cooperation_id, parent_id, position, title, created_at, updated_at) VALUES ($1, $2, $3, $4, now(), now()) RETURNING id`,
		cooperationID, parentID, position, title); err != nil {
		t.Fatalf("insert goal: %v", err)
	}
	return id
}

// wsKpi inserts a KPI on a workstream with one measurement and returns its ID.
func wsKpi(t *testing.T, db *pgtest.DB, workstreamID, name string) string {
	t.Helper()
	var id string
	if err := db.SQL.Get(&id, `INSERT INTO kpis (cooperation_id, workstream_id, name, unit, baseline, target, direction, created_at, updated_at)
		VALUES ($1, $2, $3, 'Unternehmen', 10, 20, 'HIGHER_IS_BETTER', now(), now()) RETURNING id`, pgtest.DemoCooperationID, workstreamID, name); err != nil {
		t.Fatalf("insert kpi: %v", err)
	}
	if _, err := db.SQL.Exec(`INSERT INTO measurements (cooperation_id, kpi_id, measured_on, value, created_at, updated_at) VALUES ($1, $2, '2026-06-30', 15, now(), now())`,
		pgtest.DemoCooperationID, id); err != nil {
		t.Fatalf("insert measurement: %v", err)
	}
	return id
}

// wsCreate creates a workstream as the admin, failing the test on error.
func (e *wsEnv) create(t *testing.T, in koop.CreateWorkstreamInput) *koop.Workstream {
	t.Helper()
	if in.CooperationID == "" {
		in.CooperationID = pgtest.DemoCooperationID
	}
	if in.StartsOn.IsZero() {
		in.StartsOn = wsDay(2026, 1, 1)
	}
	w, err := e.ws.CreateWorkstream(e.admin, in)
	if err != nil {
		t.Fatalf("create workstream %q: %v", in.Title, err)
	}
	return w
}

// milestone adds a milestone as the admin and returns it.
func (e *wsEnv) milestone(t *testing.T, workstreamID, title string, due time.Time) *koop.Milestone {
	t.Helper()
	w, err := e.ws.CreateMilestone(e.admin, koop.CreateMilestoneInput{WorkstreamID: workstreamID, Title: title, DueOn: due})
	if err != nil {
		t.Fatalf("create milestone %q: %v", title, err)
	}
	for _, m := range w.Milestones {
		if m.Title == title {
			return m
		}
	}
	t.Fatalf("milestone %q missing from %+v", title, w.Milestones)
	return nil
}

func wsFind(list []*koop.Workstream, id string) *koop.Workstream {
	for _, w := range list {
		if w.ID == id {
			return w
		}
	}
	return nil
}

func TestWorkstreamBoardShowsEverything(t *testing.T) {
	e := wsSetup(t)
	db := e.db
	demo := pgtest.DemoCooperationID
	top := wsGoal(t, db, demo, nil, 1000, "Testziel Wirtschaft")
	sub1 := wsGoal(t, db, demo, &top, 1, "Testziel Gewerbeflächen")
	sub2 := wsGoal(t, db, demo, &top, 2, "Testziel Fachkräfte")
	topCode := strconv.Itoa(db.Count(t, `SELECT count(*) FROM goals WHERE cooperation_id = $1 AND parent_id IS NULL`, demo))

	wkhlLead := authzMembershipID(t, db, demo, "member@koop.test")
	baLead := authzMembershipID(t, db, demo, "coordinator@koop.test")
	wkhlCoord := authzMembershipID(t, db, demo, "coordinator.wkhl@koop.test")
	w := e.create(t, koop.CreateWorkstreamInput{Title: "  Testprojekt Gewerbeflächen  ", Description: ptr("Landeseigene Flächen vermarkten"),
		Priority: ptr(koop.PriorityHigh), StartsOn: wsDay(2026, 1, 1), EndsOn: ptr(wsDay(2027, 12, 31)),
		LeadMembershipIDs: []string{wkhlLead, baLead, wkhlCoord, wkhlLead}, GoalIDs: []string{sub2, sub1}})
	if w.Title != "Testprojekt Gewerbeflächen" || w.Status != koop.WorkstreamProposed || w.Version != 1 || !w.CanManage || !w.CanReport {
		t.Fatalf("created %+v", w)
	}
	e.milestone(t, w.ID, "Flächenkataster fertig", wsDay(2026, 3, 31))
	done := e.milestone(t, w.ID, "Exposé veröffentlicht", wsDay(2026, 2, 28))
	e.milestone(t, w.ID, "Vermarktung gestartet", wsDay(2027, 6, 30))
	if _, err := e.ws.UpdateMilestone(e.admin, koop.UpdateMilestoneInput{ID: done.ID, Version: done.Version, DoneOn: ptr(wsDay(2026, 3, 1))}); err != nil {
		t.Fatal(err)
	}
	kpi := wsKpi(t, db, w.ID, "Vermarktete Flächen")
	w, err := e.ws.AddStatusReport(e.coord, koop.AddStatusReportInput{WorkstreamID: w.ID, Version: w.Version, Status: koop.WorkstreamOnTrack, Summary: "Gestartet."})
	if err != nil {
		t.Fatal(err)
	}
	db.Clock.Advance(time.Hour)
	if _, err := e.ws.AddStatusReport(e.member, koop.AddStatusReportInput{WorkstreamID: w.ID, Version: w.Version, Status: koop.WorkstreamAtRisk, Summary: "Verzug beim Kataster."}); err != nil {
		t.Fatal(err)
	}
	tasks := postgres.NewTaskService(db.DB)
	for _, tc := range []struct {
		title string
		due   *time.Time
		done  bool
	}{{"Erledigte Aufgabe", ptr(wsDay(2026, 1, 10)), true}, {"Spätere Aufgabe", ptr(wsDay(2027, 1, 10)), false}, {"Frühe Aufgabe", ptr(wsDay(2026, 12, 1)), false}, {"Ohne Datum", nil, false}} {
		task, err := tasks.CreateTask(e.coord, koop.CreateTaskInput{CooperationID: demo, WorkstreamID: &w.ID, Title: tc.title, DueOn: tc.due, OwnerPartnerID: ptr(pgtest.DemoWKHLPartnerID)})
		if err != nil {
			t.Fatal(err)
		}
		if tc.done {
			if _, err := tasks.UpdateTask(e.coord, koop.UpdateTaskInput{ID: task.ID, Version: task.Version, Done: ptr(true)}); err != nil {
				t.Fatal(err)
			}
		}
	}

	board, err := e.ws.Workstreams(e.viewer, demo, koop.WorkstreamFilter{})
	if err != nil {
		t.Fatal(err)
	}
	got := wsFind(board, w.ID)
	if got == nil {
		t.Fatalf("workstream missing from the board of %d", len(board))
	}
	one, err := e.ws.Workstream(e.viewer, w.ID)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(got, one); diff != "" {
		t.Errorf("board and detail differ (-board +detail):\n%s", diff)
	}

	if got.Status != koop.WorkstreamAtRisk || got.Version != 3 || got.CanManage || got.CanReport {
		t.Errorf("status %s, version %d, canManage %v, canReport %v; want AT_RISK, 3, false, false for a viewer", got.Status, got.Version, got.CanManage, got.CanReport)
	}
	var leads []string
	for _, l := range got.Leads {
		p := ""
		if l.Partner != nil {
			p = l.Partner.ID
		}
		leads = append(leads, l.Name+"@"+p)
	}
	wantLeads := []string{"Clara Conrad@" + pgtest.DemoBAPartnerID, "Cem Wolter@" + pgtest.DemoWKHLPartnerID, "Mira Maaß@" + pgtest.DemoWKHLPartnerID}
	if diff := cmp.Diff(wantLeads, leads); diff != "" {
		t.Errorf("leads by partner, then name (-want +got):\n%s", diff)
	}
	if len(got.Partners) != 2 || got.Partners[0].ID != pgtest.DemoBAPartnerID || got.Partners[1].ID != pgtest.DemoWKHLPartnerID {
		t.Errorf("partners %+v; want BA, WKHL", got.Partners)
	}
	wantGoals := []*koop.GoalRef{{ID: sub1, Code: topCode + ".1", Title: "Testziel Gewerbeflächen"}, {ID: sub2, Code: topCode + ".2", Title: "Testziel Fachkräfte"}}
	if diff := cmp.Diff(wantGoals, got.Goals); diff != "" {
		t.Errorf("goals in tree order with codes (-want +got):\n%s", diff)
	}
	var ms []string
	for _, m := range got.Milestones {
		ms = append(ms, fmt.Sprintf("%s %s done=%v overdue=%v", m.DueOn.Format(time.DateOnly), m.Title, m.DoneOn != nil, m.Overdue))
	}
	wantMs := []string{"2026-02-28 Exposé veröffentlicht done=true overdue=false", "2026-03-31 Flächenkataster fertig done=false overdue=true",
		"2027-06-30 Vermarktung gestartet done=false overdue=false"}
	if diff := cmp.Diff(wantMs, ms); diff != "" {
		t.Errorf("milestones (-want +got):\n%s", diff)
	}
	if len(got.Kpis) != 1 || got.Kpis[0].ID != kpi || len(got.Kpis[0].Measurements) != 1 || got.Kpis[0].Progress == nil {
		t.Errorf("kpis %+v", got.Kpis)
	}
	if len(got.StatusReports) != 2 || got.StatusReports[0].Summary != "Verzug beim Kataster." || got.StatusReports[0].AuthorName != "Mira Maaß" ||
		got.StatusReports[1].Status != koop.WorkstreamOnTrack || got.StatusReports[1].AuthorName != "Clara Conrad" {
		t.Errorf("reports newest first: %+v", got.StatusReports)
	}
	var ts []string
	for _, task := range got.Tasks {
		ts = append(ts, task.Title)
		if task.Workstream == nil || task.Workstream.ID != w.ID || task.Workstream.Title != w.Title || task.OwnerPartner == nil {
			t.Errorf("task %q: workstream %+v, owner %+v", task.Title, task.Workstream, task.OwnerPartner)
		}
	}
	if diff := cmp.Diff([]string{"Frühe Aufgabe", "Spätere Aufgabe", "Ohne Datum", "Erledigte Aufgabe"}, ts); diff != "" {
		t.Errorf("tasks open first by due date (-want +got):\n%s", diff)
	}
	if got.OpenTaskCount != 3 {
		t.Errorf("open tasks %d, want 3", got.OpenTaskCount)
	}

	// What each reader may do: planners manage; a lead (the member) reports; others read.
	for _, tc := range []struct {
		ctx            context.Context
		manage, report bool
	}{{e.admin, true, true}, {e.coord, true, true}, {e.member, false, true}, {e.viewer, false, false}} {
		x, err := e.ws.Workstream(tc.ctx, w.ID)
		if err != nil || x.CanManage != tc.manage || x.CanReport != tc.report {
			t.Errorf("canManage %v canReport %v (%v); want %v %v", x.CanManage, x.CanReport, err, tc.manage, tc.report)
		}
	}

	// A report whose author was erased keeps its text, without a name.
	if _, err := db.SQL.Exec(`UPDATE status_reports SET author_id = NULL WHERE workstream_id = $1 AND status = 'AT_RISK'`, w.ID); err != nil {
		t.Fatal(err)
	}
	if x, err := e.ws.Workstream(e.viewer, w.ID); err != nil || x.StatusReports[0].AuthorName != "" {
		t.Errorf("erased author: %+v, %v", x.StatusReports[0], err)
	}
}

func TestWorkstreamBoardOrderAndFilter(t *testing.T) {
	e := wsSetup(t)
	goal := wsGoal(t, e.db, pgtest.DemoCooperationID, nil, 1000, "Testziel Reihenfolge")
	other := wsGoal(t, e.db, pgtest.DemoCooperationID, nil, 1001, "Testziel ohne Projekte")
	mk := func(title string, st koop.WorkstreamStatus, p *koop.Priority) string {
		return e.create(t, koop.CreateWorkstreamInput{Title: title, Status: &st, Priority: p, GoalIDs: []string{goal}}).ID
	}
	high, low := ptr(koop.PriorityHigh), ptr(koop.PriorityLow)
	mk("Test D erledigt", koop.WorkstreamDone, high)
	mk("Test b ohne Priorität", koop.WorkstreamOnTrack, nil)
	mk("Test a niedrig", koop.WorkstreamOnTrack, low)
	mk("Test c hoch", koop.WorkstreamOnTrack, high)
	mk("Test e hoch", koop.WorkstreamOnTrack, high)
	mk("Test vorgeschlagen", koop.WorkstreamProposed, nil)
	mk("Test pausiert", koop.WorkstreamPaused, ptr(koop.PriorityMedium))
	mk("Test gefährdet", koop.WorkstreamAtRisk, low)

	titles := func(f koop.WorkstreamFilter) []string {
		t.Helper()
		l, err := e.ws.Workstreams(e.member, pgtest.DemoCooperationID, f)
		if err != nil {
			t.Fatal(err)
		}
		out := []string{}
		for _, w := range l {
			out = append(out, w.Title)
		}
		return out
	}
	want := []string{"Test vorgeschlagen", "Test c hoch", "Test e hoch", "Test a niedrig", "Test b ohne Priorität", "Test gefährdet", "Test pausiert", "Test D erledigt"}
	if diff := cmp.Diff(want, titles(koop.WorkstreamFilter{GoalID: &goal})); diff != "" {
		t.Errorf("board order: status, priority, title (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"Test gefährdet", "Test D erledigt"}, titles(koop.WorkstreamFilter{GoalID: &goal,
		Status: []koop.WorkstreamStatus{koop.WorkstreamDone, koop.WorkstreamAtRisk}})); diff != "" {
		t.Errorf("status filter (-want +got):\n%s", diff)
	}
	if got := titles(koop.WorkstreamFilter{GoalID: &other}); len(got) != 0 {
		t.Errorf("a goal without workstreams lists %v", got)
	}
	all := titles(koop.WorkstreamFilter{})
	if n := e.db.Count(t, `SELECT count(*) FROM workstreams WHERE cooperation_id = $1`, pgtest.DemoCooperationID); len(all) != n {
		t.Errorf("unfiltered board lists %d of %d", len(all), n)
	}
	if _, err := e.ws.Workstreams(e.member, pgtest.DemoCooperationID, koop.WorkstreamFilter{Status: []koop.WorkstreamStatus{"LATE"}}); koop.ErrorCode(err) != koop.EINVALID {
		t.Errorf("unknown status filter: %v", err)
	}
	if _, err := e.ws.Workstreams(e.member, pgtest.DemoCooperationID, koop.WorkstreamFilter{GoalID: ptr("nope")}); koop.ErrorCode(err) != koop.EINVALID || koop.ErrorField(err) != "goalId" {
		t.Errorf("malformed goal filter: %v", err)
	}
}

// wsRows counts everything a refused workstream mutation must leave alone.
func wsRows(t *testing.T, db *pgtest.DB) string {
	t.Helper()
	var s string
	if err := db.SQL.Get(&s, `SELECT (SELECT count(*) FROM workstreams) || '/' || (SELECT count(*) FROM workstream_leads) || '/' ||
		(SELECT count(*) FROM workstream_goals) || '/' || (SELECT count(*) FROM milestones) || '/' || (SELECT count(*) FROM status_reports) || '/' ||
		(SELECT count(*) FROM audit_entries) || '/' || (SELECT coalesce(sum(version), 0) FROM workstreams) || '/' ||
		(SELECT coalesce(sum(version), 0) FROM milestones)`); err != nil {
		t.Fatal(err)
	}
	return s
}

func TestCreateWorkstreamBadInputWritesNothing(t *testing.T) {
	e := wsSetup(t)
	db := e.db
	demo := pgtest.DemoCooperationID
	e.create(t, koop.CreateWorkstreamInput{Title: "Testprojekt Tourismus"})
	var otherGoal string
	{
		coops := postgres.NewCooperationService(db.DB)
		other, err := coops.CreateCooperation(e.admin, koop.CreateCooperationInput{Name: "Kooperation Pankow",
			Partners: []*koop.NewPartnerInput{{Name: "Bezirksamt Pankow", Kind: koop.OrganisationAuthority}}, AdminEmail: "pankow@koop.test", AdminName: "Paula Pank"})
		if err != nil {
			t.Fatal(err)
		}
		otherGoal = wsGoal(t, db, other.ID, nil, 1, "Fremdes Ziel")
	}
	external := authzAddMembership(t, db, demo, authzAddUser(t, db, "ext.ws@koop.test", "Erika Extern", false), koop.RoleExternal, true)
	former := authzAddMembership(t, db, demo, authzAddUser(t, db, "former.ws@koop.test", "Fritz Früher", false), koop.RoleMember, false)
	base := koop.CreateWorkstreamInput{CooperationID: demo, Title: "Testprojekt Fachkräfte", StartsOn: wsDay(2026, 1, 1), EndsOn: ptr(wsDay(2026, 12, 31))}
	for _, tc := range []struct {
		name, code, field string
		change            func(*koop.CreateWorkstreamInput)
	}{
		{"empty title", koop.EINVALID, "title", func(in *koop.CreateWorkstreamInput) { in.Title = "   " }},
		{"long title", koop.EINVALID, "title", func(in *koop.CreateWorkstreamInput) { in.Title = strings.Repeat("x", 201) }},
		{"title taken in another case", koop.ECONFLICT, "title", func(in *koop.CreateWorkstreamInput) { in.Title = " testprojekt TOURISMUS" }},
		{"no start", koop.EINVALID, "startsOn", func(in *koop.CreateWorkstreamInput) { in.StartsOn = time.Time{} }},
		{"end before start", koop.EINVALID, "endsOn", func(in *koop.CreateWorkstreamInput) { in.EndsOn = ptr(wsDay(2025, 12, 31)) }},
		{"unknown status", koop.EINVALID, "status", func(in *koop.CreateWorkstreamInput) { in.Status = ptr(koop.WorkstreamStatus("LATE")) }},
		{"unknown priority", koop.EINVALID, "priority", func(in *koop.CreateWorkstreamInput) { in.Priority = ptr(koop.Priority("URGENT")) }},
		{"long description", koop.EINVALID, "description", func(in *koop.CreateWorkstreamInput) { in.Description = ptr(strings.Repeat("x", 10001)) }},
		{"external lead", koop.EINVALID, "leadMembershipIds", func(in *koop.CreateWorkstreamInput) { in.LeadMembershipIDs = []string{external} }},
		{"deactivated lead", koop.EINVALID, "leadMembershipIds", func(in *koop.CreateWorkstreamInput) { in.LeadMembershipIDs = []string{former} }},
		{"malformed lead", koop.EINVALID, "leadMembershipIds", func(in *koop.CreateWorkstreamInput) { in.LeadMembershipIDs = []string{"nope"} }},
		{"user instead of membership", koop.EINVALID, "leadMembershipIds", func(in *koop.CreateWorkstreamInput) {
			in.LeadMembershipIDs = []string{db.UserID(t, "member@koop.test")}
		}},
		{"goal of another cooperation", koop.EINVALID, "goalIds", func(in *koop.CreateWorkstreamInput) { in.GoalIDs = []string{otherGoal} }},
		{"unknown goal", koop.EINVALID, "goalIds", func(in *koop.CreateWorkstreamInput) { in.GoalIDs = []string{authzMissingID} }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := base
			tc.change(&in)
			before := wsRows(t, db)
			_, err := e.ws.CreateWorkstream(e.coord, in)
			if koop.ErrorCode(err) != tc.code || koop.ErrorField(err) != tc.field {
				t.Fatalf("got %v (code %s, field %s); want %s/%s", err, koop.ErrorCode(err), koop.ErrorField(err), tc.code, tc.field)
			}
			if after := wsRows(t, db); after != before {
				t.Errorf("a refused workstream left rows behind: %s, was %s", after, before)
			}
		})
	}
	if _, err := e.ws.CreateWorkstream(e.coord, koop.CreateWorkstreamInput{CooperationID: "nope", Title: "X", StartsOn: wsDay(2026, 1, 1)}); koop.ErrorCode(err) != koop.ENOTFOUND {
		t.Errorf("malformed cooperation: %v", err)
	}
	// A start alone makes an open-ended workstream; its end can come later.
	w, err := e.ws.CreateWorkstream(e.coord, base)
	if err != nil || w.EndsOn == nil || !w.EndsOn.Equal(wsDay(2026, 12, 31)) || !w.StartsOn.Equal(wsDay(2026, 1, 1)) {
		t.Fatalf("valid create: %+v, %v", w, err)
	}
	if n := db.Count(t, `SELECT count(*) FROM audit_entries WHERE action = 'workstream.create' AND entity_type = 'Workstream' AND entity_id = $1`, w.ID); n != 1 {
		t.Errorf("create audited %d times", n)
	}
}

func TestUpdateWorkstream(t *testing.T) {
	e := wsSetup(t)
	db := e.db
	demo := pgtest.DemoCooperationID
	g1, g2 := wsGoal(t, db, demo, nil, 1000, "Testziel eins"), wsGoal(t, db, demo, nil, 1001, "Testziel zwei")
	lead1, lead2 := authzMembershipID(t, db, demo, "member@koop.test"), authzMembershipID(t, db, demo, "coordinator@koop.test")
	w := e.create(t, koop.CreateWorkstreamInput{Title: "Testprojekt Zentrum", Priority: ptr(koop.PriorityLow), StartsOn: wsDay(2026, 1, 1),
		EndsOn: ptr(wsDay(2027, 12, 31)), LeadMembershipIDs: []string{lead1}, GoalIDs: []string{g1}})
	e.milestone(t, w.ID, "Wettbewerb entschieden", wsDay(2026, 6, 30))
	e.milestone(t, w.ID, "Bebauungsplan beschlossen", wsDay(2027, 9, 30))
	e.create(t, koop.CreateWorkstreamInput{Title: "Testprojekt Nachbar"})

	update := func(in koop.UpdateWorkstreamInput) (*koop.Workstream, error) {
		in.ID = w.ID
		if in.Version == 0 {
			in.Version = authzVersion(t, db, "workstreams", w.ID)
		}
		return e.ws.UpdateWorkstream(e.coord, in)
	}
	// Nil leads and goals leave them alone.
	got, err := update(koop.UpdateWorkstreamInput{Title: ptr("Testprojekt Urbanes Zentrum"), ClearPriority: ptr(true), Status: ptr(koop.WorkstreamOnTrack)})
	if err != nil {
		t.Fatal(err)
	}
	if got.Title != "Testprojekt Urbanes Zentrum" || got.Priority != nil || got.Status != koop.WorkstreamOnTrack || got.Version != 2 ||
		len(got.Leads) != 1 || len(got.Goals) != 1 || len(got.Milestones) != 2 {
		t.Fatalf("after update %+v", got)
	}
	// Given lists replace; empty lists remove all.
	got, err = update(koop.UpdateWorkstreamInput{LeadMembershipIDs: []string{lead2, lead1}, GoalIDs: []string{g2}})
	if err != nil || len(got.Leads) != 2 || len(got.Goals) != 1 || got.Goals[0].ID != g2 {
		t.Fatalf("replace leads and goals: %+v, %v", got, err)
	}
	got, err = update(koop.UpdateWorkstreamInput{LeadMembershipIDs: []string{}, GoalIDs: []string{}})
	if err != nil || len(got.Leads) != 0 || len(got.Goals) != 0 {
		t.Fatalf("remove leads and goals: %+v, %v", got, err)
	}
	// Open-ended, then a new end that still holds every milestone.
	if got, err = update(koop.UpdateWorkstreamInput{ClearEndsOn: ptr(true)}); err != nil || got.EndsOn != nil {
		t.Fatalf("clear end: %+v, %v", got, err)
	}
	if got, err = update(koop.UpdateWorkstreamInput{EndsOn: ptr(wsDay(2027, 9, 30)), StartsOn: ptr(wsDay(2026, 6, 30))}); err != nil {
		t.Fatalf("dates on the milestones: %v", err)
	}

	for _, tc := range []struct {
		name, code, field, mention string
		in                         koop.UpdateWorkstreamInput
	}{
		{"end before a milestone", koop.EINVALID, "endsOn", "Bebauungsplan beschlossen", koop.UpdateWorkstreamInput{EndsOn: ptr(wsDay(2027, 9, 29))}},
		{"start after a milestone", koop.EINVALID, "startsOn", "Wettbewerb entschieden", koop.UpdateWorkstreamInput{StartsOn: ptr(wsDay(2026, 7, 1))}},
		{"end before start", koop.EINVALID, "endsOn", "", koop.UpdateWorkstreamInput{EndsOn: ptr(wsDay(2026, 1, 1))}},
		{"title of another workstream", koop.ECONFLICT, "title", "", koop.UpdateWorkstreamInput{Title: ptr("TESTPROJEKT nachbar")}},
		{"empty title", koop.EINVALID, "title", "", koop.UpdateWorkstreamInput{Title: ptr("")}},
		{"external lead", koop.EINVALID, "leadMembershipIds", "", koop.UpdateWorkstreamInput{
			LeadMembershipIDs: []string{authzMembershipID(t, db, demo, "juror1@koop.test")}}},
		{"stale version", koop.ECONFLICT, "", "", koop.UpdateWorkstreamInput{Version: 1, Title: ptr("Veraltet")}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			before := wsRows(t, db)
			_, err := update(tc.in)
			if koop.ErrorCode(err) != tc.code || koop.ErrorField(err) != tc.field {
				t.Fatalf("got %v; want %s/%s", err, tc.code, tc.field)
			}
			if tc.mention != "" && !strings.Contains(err.Error(), tc.mention) {
				t.Errorf("message %q does not name the milestone %q", err.Error(), tc.mention)
			}
			if after := wsRows(t, db); after != before {
				t.Errorf("refused update changed data: %s, was %s", after, before)
			}
		})
	}
	// Renaming to the same title in another case is no clash with itself.
	if _, err := update(koop.UpdateWorkstreamInput{Title: ptr("TESTPROJEKT Urbanes Zentrum")}); err != nil {
		t.Errorf("own title in another case: %v", err)
	}
	if n := db.Count(t, `SELECT count(*) FROM audit_entries WHERE action = 'workstream.update' AND entity_id = $1`, w.ID); n != 6 {
		t.Errorf("%d update audit entries, want 6", n)
	}
	if n := db.Count(t, `SELECT count(*) FROM audit_entries WHERE action = 'workstream.update' AND entity_id = $1
		AND changes @> '[{"field": "title", "new": "Testprojekt Urbanes Zentrum"}, {"field": "priority", "old": "LOW"}, {"field": "status", "new": "ON_TRACK"}]'`, w.ID); n != 1 {
		t.Errorf("the first update's changes are not in the audit trail (%d)", n)
	}
}

func TestDeleteWorkstreamTakesEverythingWithIt(t *testing.T) {
	e := wsSetup(t)
	db := e.db
	w := e.create(t, koop.CreateWorkstreamInput{Title: "Testprojekt Löschen", LeadMembershipIDs: []string{authzMembershipID(t, db, pgtest.DemoCooperationID, "member@koop.test")},
		GoalIDs: []string{wsGoal(t, db, pgtest.DemoCooperationID, nil, 1000, "Testziel Löschen")}})
	e.milestone(t, w.ID, "Erster Schritt", wsDay(2026, 5, 1))
	wsKpi(t, db, w.ID, "Testkennzahl")
	w, err := e.ws.AddStatusReport(e.admin, koop.AddStatusReportInput{WorkstreamID: w.ID, Version: w.Version, Status: koop.WorkstreamOnTrack, Summary: "Läuft."})
	if err != nil {
		t.Fatal(err)
	}
	subj := koop.Subject{Kind: koop.SubjectWorkstream, ID: w.ID}
	if _, err := postgres.NewCommentService(db.DB).AddComment(e.member, subj, "Gute Idee."); err != nil {
		t.Fatal(err)
	}
	if _, err := postgres.NewAttachmentService(db.DB).UploadAttachment(e.member, koop.AttachmentUpload{Subject: subj, FileName: "Plan.pdf", Data: testPDF}); err != nil {
		t.Fatal(err)
	}
	if _, err := postgres.NewTaskService(db.DB).CreateTask(e.coord, koop.CreateTaskInput{CooperationID: pgtest.DemoCooperationID, WorkstreamID: &w.ID, Title: "Abstimmen"}); err != nil {
		t.Fatal(err)
	}
	if err := e.ws.DeleteWorkstream(e.coord, koop.DeleteWorkstreamInput{ID: w.ID, Version: w.Version - 1}); koop.ErrorCode(err) != koop.ECONFLICT {
		t.Fatalf("stale delete: %v", err)
	}
	if err := e.ws.DeleteWorkstream(e.member, koop.DeleteWorkstreamInput{ID: w.ID, Version: w.Version}); koop.ErrorCode(err) != koop.EFORBIDDEN {
		t.Fatalf("a lead deletes: %v", err)
	}
	if err := e.ws.DeleteWorkstream(e.coord, koop.DeleteWorkstreamInput{ID: w.ID, Version: w.Version}); err != nil {
		t.Fatal(err)
	}
	for _, table := range []string{"workstreams WHERE id", "workstream_leads WHERE workstream_id", "workstream_goals WHERE workstream_id", "milestones WHERE workstream_id",
		"status_reports WHERE workstream_id", "kpis WHERE workstream_id", "tasks WHERE workstream_id", "comments WHERE workstream_id", "attachments WHERE workstream_id"} {
		if n := db.Count(t, `SELECT count(*) FROM `+table+` = $1`, w.ID); n != 0 {
			t.Errorf("%s: %d rows left", table, n)
		}
	}
	if n := db.Count(t, `SELECT count(*) FROM audit_entries WHERE action = 'workstream.delete' AND entity_id = $1`, w.ID); n != 1 {
		t.Errorf("delete audited %d times", n)
	}
	if _, err := e.ws.Workstream(e.coord, w.ID); koop.ErrorCode(err) != koop.ENOTFOUND {
		t.Errorf("deleted workstream reads: %v", err)
	}
}

func TestMilestones(t *testing.T) {
	e := wsSetup(t)
	db := e.db
	db.Clock.Advance(time.Minute) // after the seed's audit entries
	w := e.create(t, koop.CreateWorkstreamInput{Title: "Testprojekt Meilensteine", StartsOn: wsDay(2026, 1, 1), EndsOn: ptr(wsDay(2027, 12, 31))})
	create := func(title string, due time.Time) error {
		_, err := e.ws.CreateMilestone(e.coord, koop.CreateMilestoneInput{WorkstreamID: w.ID, Title: title, DueOn: due})
		return err
	}
	for _, tc := range []struct {
		name, title, field string
		due                time.Time
	}{
		{"before the start", "Zu früh", "dueOn", wsDay(2025, 12, 31)},
		{"after the end", "Zu spät", "dueOn", wsDay(2028, 1, 1)},
		{"no due date", "Ohne Datum", "dueOn", time.Time{}},
		{"no title", " ", "title", wsDay(2026, 6, 1)},
		{"long title", strings.Repeat("x", 301), "title", wsDay(2026, 6, 1)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			before := wsRows(t, db)
			err := create(tc.title, tc.due)
			if koop.ErrorCode(err) != koop.EINVALID || koop.ErrorField(err) != tc.field {
				t.Fatalf("got %v; want INVALID/%s", err, tc.field)
			}
			if tc.field == "dueOn" && !tc.due.IsZero() && !strings.Contains(err.Error(), "zwischen dem 01.01.2026 und dem 31.12.2027") {
				t.Errorf("message %q names no German dates", err.Error())
			}
			if after := wsRows(t, db); after != before {
				t.Errorf("refused milestone changed data: %s, was %s", after, before)
			}
		})
	}
	if err := create("Am ersten Tag", wsDay(2026, 1, 1)); err != nil {
		t.Errorf("milestone on the first day: %v", err)
	}
	if err := create("Am letzten Tag", wsDay(2027, 12, 31)); err != nil {
		t.Errorf("milestone on the last day: %v", err)
	}
	m := e.milestone(t, w.ID, "Zwischenstand", wsDay(2026, 12, 15))
	if m.Version != 1 || m.Overdue {
		t.Fatalf("new milestone %+v", m)
	}
	upd := func(in koop.UpdateMilestoneInput) (*koop.Milestone, error) {
		in.ID = m.ID
		if in.Version == 0 {
			in.Version = authzVersion(t, db, "milestones", m.ID)
		}
		got, err := e.ws.UpdateMilestone(e.coord, in)
		if err != nil {
			return nil, err
		}
		for _, x := range got.Milestones {
			if x.ID == m.ID {
				return x, nil
			}
		}
		t.Fatalf("milestone missing after update")
		return nil, nil
	}
	// Today is 2026-11-25 in Berlin: done today is fine, tomorrow is not.
	if _, err := upd(koop.UpdateMilestoneInput{DoneOn: ptr(wsDay(2026, 11, 26))}); koop.ErrorCode(err) != koop.EINVALID || koop.ErrorField(err) != "doneOn" {
		t.Errorf("done in the future: %v", err)
	}
	got, err := upd(koop.UpdateMilestoneInput{DoneOn: ptr(wsDay(2026, 11, 25)), Title: ptr("Zwischenstand erreicht"), DueOn: ptr(wsDay(2026, 10, 1))})
	if err != nil || got.Version != 2 || got.DoneOn == nil || got.Title != "Zwischenstand erreicht" || got.Overdue {
		t.Fatalf("done: %+v, %v", got, err)
	}
	if got, err = upd(koop.UpdateMilestoneInput{ClearDoneOn: ptr(true)}); err != nil || got.DoneOn != nil || !got.Overdue || got.Version != 3 {
		t.Fatalf("reopened (due 2026-10-01, so overdue): %+v, %v", got, err)
	}
	if _, err := upd(koop.UpdateMilestoneInput{DueOn: ptr(wsDay(2028, 2, 1))}); koop.ErrorCode(err) != koop.EINVALID || koop.ErrorField(err) != "dueOn" {
		t.Errorf("moved outside: %v", err)
	}
	if _, err := upd(koop.UpdateMilestoneInput{Version: 2, Title: ptr("Veraltet")}); koop.ErrorCode(err) != koop.ECONFLICT {
		t.Errorf("stale milestone: %v", err)
	}
	if _, err := e.ws.UpdateMilestone(e.coord, koop.UpdateMilestoneInput{ID: "nope", Version: 1}); koop.ErrorCode(err) != koop.ENOTFOUND {
		t.Errorf("malformed milestone: %v", err)
	}
	if _, err := e.ws.DeleteMilestone(e.coord, koop.DeleteMilestoneInput{ID: m.ID, Version: 1}); koop.ErrorCode(err) != koop.ECONFLICT {
		t.Errorf("stale delete: %v", err)
	}
	after, err := e.ws.DeleteMilestone(e.coord, koop.DeleteMilestoneInput{ID: m.ID, Version: 3})
	if err != nil || len(after.Milestones) != 2 {
		t.Fatalf("delete: %v", err)
	}
	for action, want := range map[string]int{"milestone.create": 3, "milestone.update": 2, "milestone.delete": 1} {
		if n := db.Count(t, `SELECT count(*) FROM audit_entries WHERE action = $1 AND entity_type = 'Milestone' AND at >= $2`, action, db.Clock.T); n != want {
			t.Errorf("%s: %d audit entries, want %d", action, n, want)
		}
	}
}

func TestAddStatusReport(t *testing.T) {
	e := wsSetup(t)
	db := e.db
	w := e.create(t, koop.CreateWorkstreamInput{Title: "Testprojekt Bericht"})
	before := wsRows(t, db)
	for _, tc := range []struct {
		name, code, field string
		in                koop.AddStatusReportInput
	}{
		{"empty summary", koop.EINVALID, "summary", koop.AddStatusReportInput{Version: 1, Status: koop.WorkstreamOnTrack, Summary: "  "}},
		{"long summary", koop.EINVALID, "summary", koop.AddStatusReportInput{Version: 1, Status: koop.WorkstreamOnTrack, Summary: strings.Repeat("x", 10001)}},
		{"unknown status", koop.EINVALID, "status", koop.AddStatusReportInput{Version: 1, Status: "LATE", Summary: "Text"}},
		{"stale version", koop.ECONFLICT, "", koop.AddStatusReportInput{Version: 0, Status: koop.WorkstreamOnTrack, Summary: "Text"}},
	} {
		tc.in.WorkstreamID = w.ID
		if _, err := e.ws.AddStatusReport(e.coord, tc.in); koop.ErrorCode(err) != tc.code || koop.ErrorField(err) != tc.field {
			t.Errorf("%s: %v; want %s/%s", tc.name, err, tc.code, tc.field)
		}
	}
	if after := wsRows(t, db); after != before {
		t.Fatalf("refused reports changed data: %s, was %s", after, before)
	}
	got, err := e.ws.AddStatusReport(e.coord, koop.AddStatusReportInput{WorkstreamID: w.ID, Version: 1, Status: koop.WorkstreamOffTrack, Summary: " Flächen fehlen. "})
	if err != nil {
		t.Fatal(err)
	}
	if got.Status != koop.WorkstreamOffTrack || got.Version != 2 || len(got.StatusReports) != 1 || got.StatusReports[0].Summary != "Flächen fehlen." ||
		got.StatusReports[0].Status != koop.WorkstreamOffTrack || !got.StatusReports[0].CreatedAt.Equal(db.Clock.T) {
		t.Fatalf("after report %+v %+v", got, got.StatusReports)
	}
	// The version read before the report is stale now: the report changed the status.
	if _, err := e.ws.AddStatusReport(e.coord, koop.AddStatusReportInput{WorkstreamID: w.ID, Version: 1, Status: koop.WorkstreamOnTrack, Summary: "Zu spät"}); koop.ErrorCode(err) != koop.ECONFLICT {
		t.Errorf("second report on the old version: %v", err)
	}
	if n := db.Count(t, `SELECT count(*) FROM audit_entries WHERE action = 'status_report.create' AND entity_type = 'StatusReport' AND changes::text LIKE '%OFF_TRACK%'`); n != 1 {
		t.Errorf("report audited %d times", n)
	}
}

// Two people save the same version at the same moment: one wins, the other is told to reload,
// and nothing is lost silently.
func TestConcurrentWorkstreamUpdates(t *testing.T) {
	e := wsSetup(t)
	w := e.create(t, koop.CreateWorkstreamInput{Title: "Testprojekt Gleichzeitig"})
	ctxs := []context.Context{e.admin, e.coord}
	for round := range 5 {
		version := authzVersion(t, e.db, "workstreams", w.ID)
		var wg sync.WaitGroup
		errs := make([]error, 2)
		titles := []string{fmt.Sprintf("Testprojekt A%d", round), fmt.Sprintf("Testprojekt B%d", round)}
		for i := range 2 {
			wg.Go(func() {
				if i == 0 {
					_, errs[i] = e.ws.UpdateWorkstream(ctxs[i], koop.UpdateWorkstreamInput{ID: w.ID, Version: version, Title: &titles[i]})
				} else {
					_, errs[i] = e.ws.AddStatusReport(ctxs[i], koop.AddStatusReportInput{WorkstreamID: w.ID, Version: version, Status: koop.WorkstreamAtRisk, Summary: titles[i]})
				}
			})
		}
		wg.Wait()
		ok := 0
		for _, err := range errs {
			switch koop.ErrorCode(err) {
			case "":
				ok++
			case koop.ECONFLICT:
			default:
				t.Fatalf("round %d: %v", round, err)
			}
		}
		if ok != 1 {
			t.Fatalf("round %d: %d succeeded (%v), want exactly 1", round, ok, errs)
		}
		if got := authzVersion(t, e.db, "workstreams", w.ID); got != version+1 {
			t.Fatalf("round %d: version %d, want %d", round, got, version+1)
		}
		title := authzText(t, e.db, `SELECT title FROM workstreams WHERE id = $1`, w.ID)
		reports := e.db.Count(t, `SELECT count(*) FROM status_reports WHERE workstream_id = $1 AND summary = $2`, w.ID, titles[1])
		if (errs[0] == nil) != (title == titles[0]) || (errs[1] == nil) != (reports == 1) {
			t.Fatalf("round %d: title %q, %d reports; errors %v", round, title, reports, errs)
		}
	}
	// Two equal updates: the same, with the same mutation on both sides.
	version := authzVersion(t, e.db, "workstreams", w.ID)
	var wg sync.WaitGroup
	errs := make([]error, 2)
	for i := range 2 {
		wg.Go(func() {
			_, errs[i] = e.ws.UpdateWorkstream(ctxs[i], koop.UpdateWorkstreamInput{ID: w.ID, Version: version, Description: ptr(fmt.Sprintf("Fassung %d", i))})
		})
	}
	wg.Wait()
	codes := []string{koop.ErrorCode(errs[0]), koop.ErrorCode(errs[1])}
	if !(codes[0] == "" && codes[1] == koop.ECONFLICT) && !(codes[0] == koop.ECONFLICT && codes[1] == "") {
		t.Fatalf("two updates of version %d: %v", version, errs)
	}
	if got := authzVersion(t, e.db, "workstreams", w.ID); got != version+1 {
		t.Errorf("version %d, want %d", got, version+1)
	}
}

// The board and a workstream cost the same statements whatever the number of workstreams,
// leads, goals, milestones, KPIs, reports and tasks (DESIGN.md "Performance by design").
func TestWorkstreamBoardCostsTheSameStatementsAtAnySize(t *testing.T) {
	count := func(n int) (board, one int) {
		db, st := pgtest.NewCounting(t)
		if err := db.Seed(t.Context(), "koop-demo"); err != nil {
			t.Fatal(err)
		}
		ws := postgres.NewWorkstreamService(db.DB)
		admin := db.As(t, "admin@koop.test")
		demo := pgtest.DemoCooperationID
		leads := []string{authzMembershipID(t, db, demo, "member@koop.test"), authzMembershipID(t, db, demo, "coordinator@koop.test"),
			authzMembershipID(t, db, demo, "coordinator.wkhl@koop.test")}
		top := wsGoal(t, db, demo, nil, 1000, "Testziel Zählung")
		goals := []string{top, wsGoal(t, db, demo, &top, 1, "Testziel Zählung 1"), wsGoal(t, db, demo, &top, 2, "Testziel Zählung 2")}
		var last string
		for i := range n {
			w, err := ws.CreateWorkstream(admin, koop.CreateWorkstreamInput{CooperationID: demo, Title: fmt.Sprintf("Testprojekt Zählung %d", i),
				StartsOn: wsDay(2026, 1, 1), EndsOn: ptr(wsDay(2027, 12, 31)), LeadMembershipIDs: leads[:1+i%3], GoalIDs: goals[:1+i%3]})
			if err != nil {
				t.Fatal(err)
			}
			for m := range 1 + i%4 {
				if _, err := db.SQL.Exec(`INSERT INTO milestones (cooperation_id, workstream_id, title, due_on, created_at, updated_at)
					VALUES ($1, $2, $3, $4, now(), now())`, demo, w.ID, fmt.Sprintf("Meilenstein %d", m), wsDay(2026, time.Month(1+m), 1)); err != nil {
					t.Fatal(err)
				}
				if _, err := db.SQL.Exec(`INSERT INTO status_reports (cooperation_id, workstream_id, status, summary, author_id, created_at)
					VALUES ($1, $2, 'ON_TRACK', 'Bericht', $3, now())`, demo, w.ID, db.UserID(t, "coordinator@koop.test")); err != nil {
					t.Fatal(err)
				}
				if _, err := db.SQL.Exec(`INSERT INTO tasks (cooperation_id, workstream_id, title, owner_partner_id, assignee_id, created_at, updated_at)
					VALUES ($1, $2, $3, $4, $5, now(), now())`, demo, w.ID, fmt.Sprintf("Aufgabe %d", m), pgtest.DemoBAPartnerID, db.UserID(t, "member@koop.test")); err != nil {
					t.Fatal(err)
				}
			}
			wsKpi(t, db, w.ID, fmt.Sprintf("Kennzahl %d", i))
			last = w.ID
		}
		st.Reset()
		list, err := ws.Workstreams(admin, demo, koop.WorkstreamFilter{})
		if err != nil || len(list) < n {
			t.Fatalf("board: %d workstreams, %v", len(list), err)
		}
		board = st.N()
		st.Reset()
		if _, err := ws.Workstream(admin, last); err != nil {
			t.Fatal(err)
		}
		one = st.N()
		return
	}
	b1, o1 := count(1)
	b2, o2 := count(15)
	if b1 != b2 || o1 != o2 {
		t.Errorf("statements grow with data: board %d→%d, one workstream %d→%d", b1, b2, o1, o2)
	}
	if b1 == 0 || o1 == 0 {
		t.Error("nothing was counted")
	}
	t.Logf("statements: board %d, one workstream %d", b1, o1)
}
