package postgres_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/koop-lichtenberg/koop"
	"github.com/koop-lichtenberg/koop/postgres"
	"github.com/koop-lichtenberg/koop/postgres/pgtest"
)

func TestCreateEventFromSeriesGetsItsChecklist(t *testing.T) {
	db := pgtest.Seeded(t)
	events := postgres.NewEventService(db.DB)
	coord := db.As(t, "coordinator@koop.test")
	start := time.Date(2028, 1, 19, 17, 0, 0, 0, time.UTC) // 18:00 in Berlin
	e, err := events.CreateEvent(coord, koop.CreateEventInput{CooperationID: pgtest.DemoCooperationID, Title: " Neujahrsempfang 2028 ",
		SeriesID: ptr(pgtest.DemoNeujahrSeries), StartsAt: start, EndsAt: start.Add(3 * time.Hour), Capacity: ptr(150)})
	if err != nil {
		t.Fatal(err)
	}
	if e.Title != "Neujahrsempfang 2028" || e.Status != koop.EventIdea || e.LeadPartner == nil || e.LeadPartner.ID != pgtest.DemoBAPartnerID || e.Series.Name != "Neujahrsempfang" {
		t.Fatalf("event %+v", e)
	}
	if len(e.Tasks) != 6 || e.OpenTaskCount != 6 {
		t.Fatalf("tasks %d, open %d; want the 6 of the checklist", len(e.Tasks), e.OpenTaskCount)
	}
	due := map[string]string{}
	owner := map[string]string{}
	for _, task := range e.Tasks {
		due[task.Title] = task.DueOn.Format(time.DateOnly)
		owner[task.Title] = task.OwnerPartner.ID
	}
	if due["Saal reservieren"] != "2027-09-21" || due["Fotos und Bericht veröffentlichen"] != "2028-01-26" {
		t.Errorf("due dates %v", due)
	}
	if owner["Catering beauftragen"] != pgtest.DemoWKHLPartnerID || owner["Saal reservieren"] != pgtest.DemoBAPartnerID {
		t.Errorf("owners %v", owner)
	}
	if n := db.Count(t, `SELECT count(*) FROM audit_entries WHERE action = 'task.create' AND changes::text LIKE '%Saal reservieren%'`); n < 2 {
		t.Errorf("task creation not audited (%d)", n)
	}
}

func TestEventBadInputWritesNothing(t *testing.T) {
	db := pgtest.Seeded(t)
	events := postgres.NewEventService(db.DB)
	coord := db.As(t, "coordinator@koop.test")
	start := time.Date(2028, 3, 1, 9, 0, 0, 0, time.UTC)
	base := koop.CreateEventInput{CooperationID: pgtest.DemoCooperationID, Title: "Fachtag", StartsAt: start, EndsAt: start.Add(time.Hour), LeadPartnerID: ptr(pgtest.DemoWKHLPartnerID)}
	for _, tc := range []struct {
		name   string
		change func(*koop.CreateEventInput)
		code   string
		field  string
	}{
		{"end before start", func(in *koop.CreateEventInput) { in.EndsAt = start.Add(-time.Minute) }, koop.EINVALID, "endsAt"},
		{"unknown series", func(in *koop.CreateEventInput) { in.SeriesID = ptr("6b00c0de-0000-4000-8000-00000000ffff") }, koop.EINVALID, "seriesId"},
		{"malformed series", func(in *koop.CreateEventInput) { in.SeriesID = ptr("nope") }, koop.EINVALID, "seriesId"},
		{"no lead partner", func(in *koop.CreateEventInput) { in.LeadPartnerID = nil }, koop.EINVALID, "leadPartnerId"},
		{"organisation instead of partner", func(in *koop.CreateEventInput) { in.LeadPartnerID = ptr("6b00c0de-0000-4000-8000-000000000101") }, koop.EINVALID, "leadPartnerId"},
		{"negative capacity", func(in *koop.CreateEventInput) { in.Capacity = ptr(-5) }, koop.EINVALID, "capacity"},
		{"starts held", func(in *koop.CreateEventInput) { s := koop.EventHeld; in.Status = &s }, koop.EINVALID, "status"},
		{"organiser not a member", func(in *koop.CreateEventInput) {
			in.OrganiserMembershipIds = []string{"6b00c0de-0000-4000-8000-00000000ffff"}
		}, koop.EINVALID, "organiserMembershipIds"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := base
			tc.change(&in)
			before := db.Count(t, `SELECT count(*) FROM events`) + db.Count(t, `SELECT count(*) FROM audit_entries`)
			_, err := events.CreateEvent(coord, in)
			if koop.ErrorCode(err) != tc.code || koop.ErrorField(err) != tc.field {
				t.Fatalf("got %v, want %s/%s", err, tc.code, tc.field)
			}
			if after := db.Count(t, `SELECT count(*) FROM events`) + db.Count(t, `SELECT count(*) FROM audit_entries`); after != before {
				t.Error("a refused event left rows behind")
			}
		})
	}
}

func TestEventStatusAndVersion(t *testing.T) {
	db := pgtest.Seeded(t)
	events := postgres.NewEventService(db.DB)
	coord := db.As(t, "coordinator.wkhl@koop.test")
	e, err := events.Event(coord, pgtest.DemoNeujahr2027, koop.EventLoad{})
	if err != nil || e.Status != koop.EventInvitationsSent {
		t.Fatalf("%+v %v", e, err)
	}
	if _, err := events.ChangeEventStatus(coord, koop.ChangeEventStatusInput{ID: e.ID, Version: e.Version, Status: koop.EventDocumented}); koop.ErrorCode(err) != koop.ECONFLICT {
		t.Errorf("skip to DOCUMENTED: %v", err)
	}
	held, err := events.ChangeEventStatus(coord, koop.ChangeEventStatusInput{ID: e.ID, Version: e.Version, Status: koop.EventHeld})
	if err != nil || held.Status != koop.EventHeld || held.Version != e.Version+1 {
		t.Fatalf("held: %+v %v", held, err)
	}
	if _, err := events.UpdateEvent(coord, koop.UpdateEventInput{ID: e.ID, Version: e.Version, Title: ptr("veraltet")}); koop.ErrorCode(err) != koop.ECONFLICT {
		t.Errorf("stale update: %v", err)
	}
	upd, err := events.UpdateEvent(coord, koop.UpdateEventInput{ID: e.ID, Version: held.Version, Venue: ptr("Rathaus Lichtenberg"), Capacity: ptr(0)})
	if err != nil || upd.Venue != "Rathaus Lichtenberg" || upd.Capacity != nil {
		t.Fatalf("update: %+v %v", upd, err)
	}
	viewer := db.As(t, "viewer@koop.test")
	if _, err := events.ChangeEventStatus(viewer, koop.ChangeEventStatusInput{ID: e.ID, Version: upd.Version, Status: koop.EventDocumented}); koop.ErrorCode(err) != koop.EFORBIDDEN {
		t.Errorf("viewer changes status: %v", err)
	}
	if _, err := events.Event(viewer, e.ID, koop.EventLoad{}); err != nil {
		t.Errorf("viewer reads: %v", err)
	}
}

func TestMembersTakeAndCompleteTasks(t *testing.T) {
	db := pgtest.Seeded(t)
	tasks := postgres.NewTaskService(db.DB)
	member := db.As(t, "member@koop.test")
	mine, err := tasks.MyTasks(member, false, koop.Page{Limit: 50})
	if err != nil || mine.TotalCount != 1 || mine.Items[0].Title != "Catering beauftragen" || mine.Items[0].Event.Title != "Neujahrsempfang 2027" || mine.Items[0].OwnerPartner == nil {
		t.Fatalf("my tasks %+v %v", mine, err)
	}
	task := mine.Items[0]
	done, err := tasks.UpdateTask(member, koop.UpdateTaskInput{ID: task.ID, Version: task.Version, Done: ptr(true)})
	if err != nil || !done.Done || done.DoneAt == nil {
		t.Fatalf("done: %+v %v", done, err)
	}
	if _, err := tasks.UpdateTask(member, koop.UpdateTaskInput{ID: task.ID, Version: done.Version, Title: ptr("umbenannt")}); koop.ErrorCode(err) != koop.EFORBIDDEN {
		t.Errorf("member renames: %v", err)
	}
	var free koop.Task
	if err := db.SQL.Get(&free, `SELECT id, version FROM tasks WHERE event_id = $1 AND assignee_id IS NULL AND NOT done LIMIT 1`, pgtest.DemoNeujahr2027); err != nil {
		t.Fatal(err)
	}
	memberID := db.UserID(t, "member@koop.test")
	if _, err := tasks.UpdateTask(member, koop.UpdateTaskInput{ID: free.ID, Version: free.Version, AssigneeID: ptr(db.UserID(t, "viewer@koop.test"))}); koop.ErrorCode(err) != koop.EFORBIDDEN {
		t.Errorf("member assigns someone else: %v", err)
	}
	taken, err := tasks.UpdateTask(member, koop.UpdateTaskInput{ID: free.ID, Version: free.Version, AssigneeID: &memberID})
	if err != nil || taken.Assignee == nil || taken.Assignee.ID != memberID {
		t.Fatalf("take: %+v %v", taken, err)
	}
	viewer := db.As(t, "viewer@koop.test")
	if _, err := tasks.UpdateTask(viewer, koop.UpdateTaskInput{ID: free.ID, Version: taken.Version, Done: ptr(true)}); koop.ErrorCode(err) != koop.EFORBIDDEN {
		t.Errorf("viewer completes: %v", err)
	}
	coord := db.As(t, "coordinator@koop.test")
	if _, err := tasks.CreateTask(coord, koop.CreateTaskInput{CooperationID: pgtest.DemoCooperationID, Title: "Extern", AssigneeID: ptr("6b00c0de-0000-4000-8000-00000000ffff")}); koop.ErrorField(err) != "assigneeId" {
		t.Errorf("assignee not a member: %v", err)
	}
}

// The event list costs the same statements with 9 or 68 events, tasks and organisers included.
func TestEventListStatementsAreConstant(t *testing.T) {
	count := func(extra int) int {
		db, st := pgtest.NewCounting(t)
		if err := db.Seed(t.Context(), "koop-demo"); err != nil {
			t.Fatal(err)
		}
		events := postgres.NewEventService(db.DB)
		coord := db.As(t, "coordinator@koop.test")
		// an organiser with an organisation, so that the organisations are loaded at both sizes
		// (the outside jurors of the demo belong to none)
		var mid string
		if err := db.SQL.Get(&mid, `SELECT id FROM memberships WHERE cooperation_id = $1 AND organisation_id IS NOT NULL ORDER BY id LIMIT 1`, pgtest.DemoCooperationID); err != nil {
			t.Fatal(err)
		}
		for i := range extra {
			start := time.Date(2028, 1, 1+i%28, 18, 0, 0, 0, time.UTC)
			if _, err := events.CreateEvent(coord, koop.CreateEventInput{CooperationID: pgtest.DemoCooperationID, Title: fmt.Sprintf("Veranstaltung %d", i),
				SeriesID: ptr(pgtest.DemoNeujahrSeries), StartsAt: start, EndsAt: start.Add(time.Hour), OrganiserMembershipIds: []string{mid}}); err != nil {
				t.Fatal(err)
			}
		}
		load := koop.EventLoad{Tasks: true, Organisers: true}
		st.Reset()
		list, err := events.Events(coord, pgtest.DemoCooperationID, koop.EventFilter{}, koop.EventOrderStartsAtAsc, koop.Page{Limit: 200}, load)
		if err != nil || len(list.Items) != 8+extra {
			t.Fatalf("%d events, %v", len(list.Items), err)
		}
		return st.N()
	}
	small, large := count(1), count(60)
	if small != large {
		t.Errorf("statements grow with events: %d → %d", small, large)
	}
	t.Logf("event list with series, tasks and organisers: %d statements", small)
}

func TestDeleteEventAndSeries(t *testing.T) {
	db := pgtest.Seeded(t)
	events := postgres.NewEventService(db.DB)
	coord := db.As(t, "coordinator@koop.test")
	start := time.Date(2027, 11, 4, 17, 0, 0, 0, time.UTC)
	e, err := events.CreateEvent(coord, koop.CreateEventInput{CooperationID: pgtest.DemoCooperationID, Title: "Probe", SeriesID: ptr(pgtest.DemoNeujahrSeries),
		StartsAt: start, EndsAt: start.Add(time.Hour), LeadPartnerID: ptr(pgtest.DemoBAPartnerID)})
	if err != nil || len(e.Tasks) == 0 {
		t.Fatalf("create: %v", err)
	}
	if err := events.DeleteEvent(coord, koop.DeleteEventInput{ID: e.ID, Version: e.Version + 1}); koop.ErrorCode(err) != koop.ECONFLICT {
		t.Errorf("stale version: %v", err)
	}
	if err := events.DeleteEvent(coord, koop.DeleteEventInput{ID: e.ID, Version: e.Version}); err != nil {
		t.Fatal(err)
	}
	if n := db.Count(t, `SELECT count(*) FROM tasks WHERE event_id = $1`, e.ID); n != 0 {
		t.Errorf("%d tasks left", n)
	}
	if n := db.Count(t, `SELECT count(*) FROM audit_entries WHERE action = 'event.delete' AND entity_id = $1`, e.ID); n != 1 {
		t.Errorf("%d audit entries", n)
	}
	// Invitations went out (the Neujahrsempfang 2027) or it was held (2026): refused, kept.
	for id, want := range map[string]string{pgtest.DemoNeujahr2027: "bereits eine Einladung", "6b00c0de-0000-4000-8000-000000000301": "durchgeführte"} {
		ev, err := events.Event(coord, id, koop.EventLoad{})
		if err != nil {
			t.Fatal(err)
		}
		if err := events.DeleteEvent(coord, koop.DeleteEventInput{ID: id, Version: ev.Version}); koop.ErrorCode(err) != koop.EINVALID || !strings.Contains(koop.ErrorMessage(err), want) {
			t.Errorf("delete %s: %v", ev.Title, err)
		}
	}
	// A series with events stays; a new, empty one goes.
	s, err := events.EventSeriesByID(coord, pgtest.DemoNeujahrSeries)
	if err != nil {
		t.Fatal(err)
	}
	if err := events.DeleteEventSeries(coord, koop.DeleteEventSeriesInput{ID: s.ID, Version: s.Version}); koop.ErrorCode(err) != koop.EINVALID || !strings.Contains(koop.ErrorMessage(err), "gehören 2 Veranstaltungen") {
		t.Errorf("delete a series with events: %v", err)
	}
	empty, err := events.CreateEventSeries(coord, koop.CreateEventSeriesInput{CooperationID: pgtest.DemoCooperationID, Name: "Sommerfest"})
	if err != nil {
		t.Fatal(err)
	}
	if err := events.DeleteEventSeries(coord, koop.DeleteEventSeriesInput{ID: empty.ID, Version: empty.Version}); err != nil {
		t.Fatal(err)
	}
	if _, err := events.EventSeriesByID(coord, empty.ID); koop.ErrorCode(err) != koop.ENOTFOUND {
		t.Errorf("deleted series: %v", err)
	}
}
