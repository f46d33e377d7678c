package postgres_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/koop-lichtenberg/koop"
	"github.com/koop-lichtenberg/koop/postgres"
	"github.com/koop-lichtenberg/koop/postgres/pgtest"
)

// The demo as the start page sees it on 25 November 2026 (the test clock): the 2026 award
// cycle votes (three outside jurors, juror1 chairing, nothing scored), "Klausur 2027" prepares,
// the Neujahrsempfang 2027 is the one event of the next 60 days.
const (
	dashCycle2026  = "6b00c0de-0000-4000-8000-000000000a13"
	dashJuror1     = "6b00c0de-0000-4000-8000-000000000c11"
	dashJuror2     = "6b00c0de-0000-4000-8000-000000000c12"
	dashRetreat27  = "6b00c0de-0000-4000-8000-000000001002"
	dashAgreement  = "6b00c0de-0000-4000-8000-000000000d01"
	dashCommitAwd  = "6b00c0de-0000-4000-8000-000000000d14" // award: OPEN in 2026
	dashWsLand     = "6b00c0de-0000-4000-8000-000000000e01" // ON_TRACK in the demo
	dashWsCentres  = "6b00c0de-0000-4000-8000-000000000e02" // AT_RISK, MEDIUM
	dashWsTourism  = "6b00c0de-0000-4000-8000-000000000e06" // OFF_TRACK, LOW
	dashDinner2026 = "6b00c0de-0000-4000-8000-000000000304" // HELD
)

type dashEnv struct {
	db  *pgtest.DB
	svc *postgres.DashboardService
}

func dashSetup(t *testing.T) *dashEnv {
	t.Helper()
	db := pgtest.Seeded(t)
	return &dashEnv{db: db, svc: postgres.NewDashboardService(db.DB)}
}

func dashExec(t *testing.T, db *pgtest.DB, q string, args ...any) {
	t.Helper()
	if _, err := db.SQL.Exec(q, args...); err != nil {
		t.Fatalf("%s: %v", q, err)
	}
}

func dashID(t *testing.T, db *pgtest.DB, q string, args ...any) string {
	t.Helper()
	var id string
	if err := db.SQL.Get(&id, q, args...); err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	return id
}

func (e *dashEnv) dashboard(t *testing.T, ctx context.Context) *koop.Dashboard {
	t.Helper()
	d, err := e.svc.Dashboard(ctx, pgtest.DemoCooperationID)
	if err != nil {
		t.Fatalf("dashboard: %v", err)
	}
	return d
}

// dashTask adds an open task of the demo cooperation assigned to the user.
func dashTask(t *testing.T, db *pgtest.DB, assignee, title string, due *time.Time, eventID, workstreamID *string, done bool) string {
	t.Helper()
	var doneAt *time.Time
	if done {
		n := time.Now()
		doneAt = &n
	}
	return dashID(t, db, `INSERT INTO tasks (cooperation_id, event_id, workstream_id, title, due_on, assignee_id, done, done_at, created_at, updated_at)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now(), now()) RETURNING id`, pgtest.DemoCooperationID, eventID, workstreamID, title, due, assignee, done, doneAt)
}

// dashEvent adds an event led by the Bezirksamt.
func dashEvent(t *testing.T, db *pgtest.DB, title string, start time.Time, status koop.EventStatus) string {
	t.Helper()
	return dashID(t, db, `INSERT INTO events (cooperation_id, title, starts_at, ends_at, lead_partner_id, status, capacity, created_at, updated_at)
		VALUES ($1, $2, $3, $4, $5, $6, 50, now(), now()) RETURNING id`, pgtest.DemoCooperationID, title, start, start.Add(2*time.Hour), pgtest.DemoBAPartnerID, status)
}

// dashGuest adds a walk-in guest with a status to an event.
func dashGuest(t *testing.T, db *pgtest.DB, eventID, name string, status koop.InvitationStatus, plusOne bool) {
	t.Helper()
	var waitlisted *time.Time
	if status == koop.InvitationWaitlisted {
		n := time.Now()
		waitlisted = &n
	}
	dashExec(t, db, `INSERT INTO invitations (cooperation_id, event_id, walk_in_name, status, plus_one, waitlisted_at, created_at, updated_at)
		VALUES ($1, $2, $3, $4, $5, $6, now(), now())`, pgtest.DemoCooperationID, eventID, name, status, plusOne, waitlisted)
}

func dashDate(y int, m time.Month, d int) *time.Time {
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	return &t
}

// dashScore gives juror jurorID the highest score on every criterion of the cycle for the
// nomination, or only on the first when partial.
func dashScore(t *testing.T, db *pgtest.DB, jurorID, nominationID string, partial bool) {
	t.Helper()
	limit := "ALL"
	if partial {
		limit = "1"
	}
	dashExec(t, db, `INSERT INTO award_scores (cycle_id, juror_id, nomination_id, criterion_id, value, updated_at)
		SELECT c.cycle_id, $1, $2, c.id, c.score_max, now() FROM (
			SELECT id, cycle_id, score_max FROM award_criteria WHERE cycle_id = $3 ORDER BY position LIMIT `+limit+`) c`,
		jurorID, nominationID, dashCycle2026)
}

// dashStranger adds a user with the given role in the demo cooperation ("" for none).
func dashStranger(t *testing.T, db *pgtest.DB, email string, role koop.Role) context.Context {
	t.Helper()
	id := dashID(t, db, `INSERT INTO users (email, name, created_at, updated_at) VALUES ($1, 'Fremd', now(), now()) RETURNING id`, email)
	if role != "" {
		dashExec(t, db, `INSERT INTO memberships (cooperation_id, user_id, role, created_at, updated_at) VALUES ($1, $2, $3, now(), now())`,
			pgtest.DemoCooperationID, id, role)
	}
	return db.As(t, email)
}

// The start page costs the same statements with ten times the data, for every role.
func TestDashboardStatementsConstant(t *testing.T) {
	t.Parallel()
	readers := []string{"admin@koop.test", "member@koop.test", "viewer@koop.test", "juror1@koop.test"}
	count := func(size int) map[string]int {
		db, st := pgtest.NewCounting(t)
		if err := db.Seed(t.Context(), "koop-demo"); err != nil {
			t.Fatal(err)
		}
		member := db.UserID(t, "member@koop.test")
		programme := dashID(t, db, `SELECT programme_id FROM award_cycles WHERE id = $1`, dashCycle2026)
		org := dashID(t, db, `SELECT organisation_id FROM award_nominations WHERE cycle_id = $1 LIMIT 1`, dashCycle2026)
		goal := dashID(t, db, `SELECT id FROM goals WHERE cooperation_id = $1 AND parent_id IS NULL ORDER BY position LIMIT 1`, pgtest.DemoCooperationID)
		for i := range size {
			ev := dashEvent(t, db, fmt.Sprintf("Termin %d", i), time.Date(2026, 12, 1, 8+i%10, 0, 0, 0, time.UTC).AddDate(0, 0, i%20), koop.EventConfirmed)
			dashGuest(t, db, ev, fmt.Sprintf("Gast %d", i), koop.InvitationAccepted, true)
			dashGuest(t, db, ev, fmt.Sprintf("Wartend %d", i), koop.InvitationWaitlisted, false)
			dashTask(t, db, member, fmt.Sprintf("Aufgabe %d", i), dashDate(2026, 11, 1+i%28), &ev, nil, false)
			dashTask(t, db, member, fmt.Sprintf("Ohne Termin %d", i), nil, nil, nil, false)
			dashExec(t, db, `INSERT INTO award_cycles (cooperation_id, programme_id, year, title, nomination_opens_at, nomination_closes_at, voting_closes_at,
					quorum, tie_break_rule, phase, created_at, updated_at)
				VALUES ($1, $2, $3, $4, '2000-01-01', '2000-02-01', '2000-03-01', 1, 'MEDIAN_THEN_CHAIR', 'ANNOUNCED', now(), now())`,
				pgtest.DemoCooperationID, programme, 1990+i, fmt.Sprintf("Preis %d", 1990+i))
			nom := dashID(t, db, `INSERT INTO award_nominations (cooperation_id, cycle_id, organisation_id, category, justification, source, eligibility,
					eligibility_reason, created_at, updated_at)
				VALUES ($1, $2, $3, $4, 'Gut.', 'STAFF', 'ELIGIBLE', 'Sitz im Bezirk.', now(), now()) RETURNING id`,
				pgtest.DemoCooperationID, dashCycle2026, org, fmt.Sprintf("Kategorie %d", i))
			dashScore(t, db, dashJuror1, nom, i%2 == 0)
			dashScore(t, db, dashJuror2, nom, false)
			dashExec(t, db, `INSERT INTO retreats (cooperation_id, title, plan_year, starts_at, ends_on, status, points_budget, closed_at, created_at, updated_at)
				VALUES ($1, $2, $3, $4, $5, 'CLOSED', 10, now(), now(), now())`,
				pgtest.DemoCooperationID, fmt.Sprintf("Klausur %d", 2000+i), 2000+i, time.Date(1999+i, 11, 1, 9, 0, 0, 0, time.UTC), time.Date(1999+i, 11, 1, 0, 0, 0, 0, time.UTC))
			ws := dashID(t, db, `INSERT INTO workstreams (cooperation_id, title, status, starts_on, created_at, updated_at)
				VALUES ($1, $2, 'AT_RISK', '2026-01-01', now(), now()) RETURNING id`, pgtest.DemoCooperationID, fmt.Sprintf("Projekt %d", i))
			dashExec(t, db, `INSERT INTO milestones (cooperation_id, workstream_id, title, due_on, created_at, updated_at)
				VALUES ($1, $2, 'Meilenstein', '2026-06-01', now(), now())`, pgtest.DemoCooperationID, ws)
			kpi := dashID(t, db, `INSERT INTO kpis (cooperation_id, workstream_id, name, unit, baseline, baseline_on, target, target_on, direction, created_at, updated_at)
				VALUES ($1, $2, $3, 'Stück', 0, '2026-01-01', 100, '2026-12-31', 'HIGHER_IS_BETTER', now(), now()) RETURNING id`,
				pgtest.DemoCooperationID, ws, fmt.Sprintf("Kennzahl %d", i))
			dashExec(t, db, `INSERT INTO measurements (cooperation_id, kpi_id, measured_on, value, created_at, updated_at)
				VALUES ($1, $2, '2026-10-01', 5, now(), now())`, pgtest.DemoCooperationID, kpi)
			dashExec(t, db, `INSERT INTO goals (cooperation_id, parent_id, position, title, created_at, updated_at)
				VALUES ($1, $2, $3, $4, now(), now())`, pgtest.DemoCooperationID, goal, 100+i, fmt.Sprintf("Unterziel %d", i))
			k := dashID(t, db, `INSERT INTO commitments (cooperation_id, agreement_id, position, title, recurring, created_at, updated_at)
				VALUES ($1, $2, $3, $4, true, now(), now()) RETURNING id`, pgtest.DemoCooperationID, dashAgreement, 100+i, fmt.Sprintf("Zusage %d", i))
			dashExec(t, db, `INSERT INTO commitment_fulfilments (cooperation_id, commitment_id, year, event_id, created_at) VALUES ($1, $2, 2026, $3, now())`,
				pgtest.DemoCooperationID, k, ev)
		}
		svc := postgres.NewDashboardService(db.DB)
		out := map[string]int{}
		for _, email := range readers {
			ctx := db.As(t, email)
			st.Reset()
			d, err := svc.Dashboard(ctx, pgtest.DemoCooperationID)
			if err != nil {
				t.Fatalf("%s: %v", email, err)
			}
			out[email] = st.N()
			// the data is there, so the statements ran
			if email == "member@koop.test" && size > 0 && (d.MyOpenTaskCount != 1+2*size || len(d.KpisOffTarget) < size || len(d.WorkstreamsAtRisk) < size) {
				t.Fatalf("size %d: %d tasks, %d KPIs, %d workstreams", size, d.MyOpenTaskCount, len(d.KpisOffTarget), len(d.WorkstreamsAtRisk))
			}
			if email == "juror1@koop.test" && (d.Award == nil || d.Award.MyBallot == nil || d.Award.MyBallot.Scored != size/2) {
				t.Fatalf("size %d: juror's award %+v", size, d.Award)
			}
		}
		return out
	}
	small, large := count(2), count(20)
	if diff := cmp.Diff(small, large); diff != "" {
		t.Errorf("statements grow with the data (-2 +20):\n%s", diff)
	}
	t.Logf("statements: %v", small)
}

// Who sees what: an EXTERNAL juror only their cycle with their own ballot's progress (and a
// retreat they take part in), a VIEWER everything but tasks, an outsider nothing.
func TestDashboardRoles(t *testing.T) {
	t.Parallel()
	e := dashSetup(t)
	db := e.db
	var noms []string
	if err := db.SQL.Select(&noms, `SELECT id FROM award_nominations WHERE cycle_id = $1 AND eligibility = 'ELIGIBLE' ORDER BY id`, dashCycle2026); err != nil {
		t.Fatal(err)
	}
	if len(noms) < 4 {
		t.Fatalf("the demo cycle has %d eligible nominations", len(noms))
	}
	// juror1: one nomination complete, one partial, one in conflict; juror2 scores everything
	dashScore(t, db, dashJuror1, noms[0], false)
	dashScore(t, db, dashJuror1, noms[1], true)
	dashExec(t, db, `INSERT INTO award_conflicts (cycle_id, juror_id, nomination_id, reason, set_by_chair, created_at)
		VALUES ($1, $2, $3, 'Beraterin des Unternehmens.', false, now())`, dashCycle2026, dashJuror1, noms[2])
	for _, n := range noms {
		dashScore(t, db, dashJuror2, n, false)
	}
	dashExec(t, db, `UPDATE award_jurors SET submitted_at = now() WHERE id = $1`, dashJuror2)
	// the viewer holds a task from before (a role change does not reassign tasks)
	dashTask(t, db, db.UserID(t, "viewer@koop.test"), "Alte Aufgabe", dashDate(2026, 11, 1), nil, nil, false)

	t.Run("EXTERNAL juror", func(t *testing.T) {
		d := e.dashboard(t, db.As(t, "juror1@koop.test"))
		if d.MyRole != koop.RoleExternal {
			t.Errorf("role %s", d.MyRole)
		}
		if d.Award == nil || d.Award.CycleID != dashCycle2026 {
			t.Fatalf("award %+v, want the 2026 cycle", d.Award)
		}
		want := &koop.DashboardBallot{ToScore: len(noms) - 1, Scored: 1, Submitted: false}
		if diff := cmp.Diff(want, d.Award.MyBallot); diff != "" {
			t.Errorf("ballot (-want +got):\n%s", diff)
		}
		if d.Award.NominationCount != len(noms) {
			t.Errorf("nominations %d, want the %d eligible ones a juror sees", d.Award.NominationCount, len(noms))
		}
		if len(d.MyTasks) != 0 || len(d.UpcomingEvents) != 0 || len(d.WorkstreamsAtRisk) != 0 || len(d.KpisOffTarget) != 0 ||
			len(d.OpenCommitments) != 0 || d.Coverage != nil || d.Retreat != nil {
			t.Errorf("an EXTERNAL juror sees more than their cycle: %+v", d)
		}
		d2 := e.dashboard(t, db.As(t, "juror2@koop.test"))
		if diff := cmp.Diff(&koop.DashboardBallot{ToScore: len(noms), Scored: len(noms), Submitted: true}, d2.Award.MyBallot); diff != "" {
			t.Errorf("juror2's ballot (-want +got):\n%s", diff)
		}
	})

	t.Run("EXTERNAL retreat participant", func(t *testing.T) {
		dashExec(t, db, `INSERT INTO retreat_participants (retreat_id, membership_id, cooperation_id)
			SELECT $1, m.id, m.cooperation_id FROM memberships m JOIN users u ON u.id = m.user_id
			WHERE u.email = 'juror3@koop.test' AND m.cooperation_id = $2`, dashRetreat27, pgtest.DemoCooperationID)
		d := e.dashboard(t, db.As(t, "juror3@koop.test"))
		if d.Retreat == nil || d.Retreat.ID != dashRetreat27 || !d.Retreat.Participating {
			t.Errorf("retreat %+v, want Klausur 2027 with participating", d.Retreat)
		}
	})

	t.Run("EXTERNAL neither juror nor participant", func(t *testing.T) {
		d := e.dashboard(t, dashStranger(t, db, "gast@koop.test", koop.RoleExternal))
		if d.Award != nil || d.Retreat != nil || len(d.UpcomingEvents) != 0 || d.Coverage != nil {
			t.Errorf("an unrelated EXTERNAL member sees %+v", d)
		}
	})

	t.Run("VIEWER", func(t *testing.T) {
		d := e.dashboard(t, db.As(t, "viewer@koop.test"))
		if len(d.MyTasks) != 0 || d.MyOpenTaskCount != 0 {
			t.Errorf("a viewer has tasks: %d of %d", len(d.MyTasks), d.MyOpenTaskCount)
		}
		if len(d.UpcomingEvents) == 0 || d.Award == nil || d.Retreat == nil || d.Coverage == nil ||
			len(d.WorkstreamsAtRisk) == 0 || len(d.KpisOffTarget) == 0 || len(d.OpenCommitments) == 0 {
			t.Errorf("a viewer misses part of the page: %+v", d)
		}
		if d.Award.MyBallot != nil {
			t.Errorf("a viewer has a ballot: %+v", d.Award.MyBallot)
		}
		if d.Award.NominationCount <= len(noms) {
			t.Errorf("nominations %d, want all of the cycle (more than the %d eligible)", d.Award.NominationCount, len(noms))
		}
		if d.Retreat.Participating {
			t.Errorf("the viewer does not take part in the retreat")
		}
	})

	t.Run("refused", func(t *testing.T) {
		outsider := dashStranger(t, db, "aussen@koop.test", "")
		tests := []struct {
			name string
			ctx  context.Context
			id   string
			code string
		}{
			{"not a member", outsider, pgtest.DemoCooperationID, koop.ENOTFOUND},
			{"no such cooperation", db.As(t, "admin@koop.test"), "6b00c0de-0000-4000-8000-00000000ffff", koop.ENOTFOUND},
			{"malformed ID", db.As(t, "admin@koop.test"), "übersicht", koop.ENOTFOUND},
			{"not logged in", context.Background(), pgtest.DemoCooperationID, koop.EUNAUTHENTICATED},
		}
		for _, tt := range tests {
			if _, err := e.svc.Dashboard(tt.ctx, tt.id); koop.ErrorCode(err) != tt.code {
				t.Errorf("%s: %v, want %s", tt.name, err, tt.code)
			}
		}
	})
}

// The reader's tasks: open ones of this cooperation assigned to them, overdue first, then by
// due day, no due day last; at most ten, with the count of all.
func TestDashboardTasks(t *testing.T) {
	t.Parallel()
	e := dashSetup(t)
	db := e.db
	member, coord := db.UserID(t, "member@koop.test"), db.UserID(t, "coordinator@koop.test")
	ws := dashWsCentres
	ev := pgtest.DemoNeujahr2027
	dashTask(t, db, member, "Vorgestern fällig", dashDate(2026, 11, 23), nil, nil, false)
	dashTask(t, db, member, "Lange überfällig", dashDate(2026, 10, 1), &ev, nil, false)
	dashTask(t, db, member, "Heute fällig", dashDate(2026, 11, 25), nil, nil, false)
	dashTask(t, db, member, "Gestern fällig", dashDate(2026, 11, 24), nil, &ws, false)
	dashTask(t, db, member, "Nächste Woche", dashDate(2026, 12, 2), nil, &ws, false)
	dashTask(t, db, member, "Erledigt", dashDate(2026, 11, 1), nil, nil, true)
	dashTask(t, db, coord, "Nicht meine", dashDate(2026, 11, 1), nil, nil, false)
	for _, title := range []string{"Zuletzt", "irgendwann", "Bald einmal", "Demnächst", "Später", "Noch offen"} {
		dashTask(t, db, member, title, nil, nil, nil, false)
	}
	d := e.dashboard(t, db.As(t, "member@koop.test"))
	type row struct {
		Title      string
		Overdue    bool
		Event      string
		Workstream string
	}
	var got []row
	for _, x := range d.MyTasks {
		r := row{Title: x.Title, Overdue: x.Overdue}
		if x.Event != nil {
			r.Event = x.Event.Title
		}
		if x.Workstream != nil {
			r.Workstream = x.Workstream.ID
		}
		got = append(got, r)
	}
	want := []row{
		{"Lange überfällig", true, "Neujahrsempfang 2027", ""},
		{"Vorgestern fällig", true, "", ""},
		{"Gestern fällig", true, "", ws},
		{"Heute fällig", false, "", ""},
		{"Nächste Woche", false, "", ws},
		{"Catering beauftragen", false, "Neujahrsempfang 2027", ""}, // the demo's, due 23 December
		{"Bald einmal", false, "", ""},
		{"Demnächst", false, "", ""},
		{"irgendwann", false, "", ""},
		{"Noch offen", false, "", ""},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("tasks (-want +got):\n%s", diff)
	}
	if d.MyOpenTaskCount != 12 {
		t.Errorf("open tasks %d, want 12", d.MyOpenTaskCount)
	}
	// Berlin's day: at 23:30 UTC on the 25th it is the 26th in Berlin, so "today" is overdue.
	db.Clock.T = time.Date(2026, 11, 25, 23, 30, 0, 0, time.UTC)
	d = e.dashboard(t, db.As(t, "member@koop.test"))
	if d.Today.Format(time.DateOnly) != "2026-11-26" || d.MyTasks[3].Title != "Heute fällig" || !d.MyTasks[3].Overdue {
		t.Errorf("Berlin day %s: %+v", d.Today.Format(time.DateOnly), d.MyTasks[3])
	}
}

// Upcoming events: not cancelled, from now to 60 days ahead, soonest first, at most eight,
// with their guests' answers as parties and their open tasks.
func TestDashboardEvents(t *testing.T) {
	t.Parallel()
	e := dashSetup(t)
	db := e.db
	first := dashEvent(t, db, "Adventsempfang", time.Date(2026, 12, 1, 17, 0, 0, 0, time.UTC), koop.EventConfirmed)
	dashGuest(t, db, first, "Anna", koop.InvitationInvited, false)
	dashGuest(t, db, first, "Bernd", koop.InvitationInvited, true)
	dashGuest(t, db, first, "Carla", koop.InvitationAccepted, true)
	dashGuest(t, db, first, "Dirk", koop.InvitationWaitlisted, false)
	dashGuest(t, db, first, "Eva", koop.InvitationDeclined, false)
	dashGuest(t, db, first, "Frank", koop.InvitationDraft, false)
	member := db.UserID(t, "member@koop.test")
	dashTask(t, db, member, "Saal buchen", nil, &first, nil, false)
	dashTask(t, db, member, "Catering", nil, &first, nil, false)
	dashTask(t, db, member, "Idee", nil, &first, nil, true)
	dashEvent(t, db, "Abgesagt", time.Date(2026, 11, 30, 17, 0, 0, 0, time.UTC), koop.EventCancelled)
	dashEvent(t, db, "Schon begonnen", time.Date(2026, 11, 25, 9, 0, 0, 0, time.UTC), koop.EventConfirmed)
	dashEvent(t, db, "Zu weit weg", time.Date(2027, 1, 25, 9, 0, 0, 0, time.UTC), koop.EventPlanning)

	d := e.dashboard(t, db.As(t, "viewer@koop.test"))
	var titles []string
	for _, x := range d.UpcomingEvents {
		titles = append(titles, x.Title)
	}
	if diff := cmp.Diff([]string{"Adventsempfang", "Neujahrsempfang 2027"}, titles); diff != "" {
		t.Errorf("events (-want +got):\n%s", diff)
	}
	capacity := 50
	want := &koop.DashboardEvent{ID: first, Title: "Adventsempfang", StartsAt: time.Date(2026, 12, 1, 17, 0, 0, 0, time.UTC), Status: koop.EventConfirmed,
		LeadPartnerName: "BA Lichtenberg", Invited: 2, Accepted: 1, Declined: 1, Waitlisted: 1, Capacity: &capacity, OpenTaskCount: 2}
	if diff := cmp.Diff(want, d.UpcomingEvents[0], cmp.Comparer(func(a, b time.Time) bool { return a.Equal(b) })); diff != "" {
		t.Errorf("event (-want +got):\n%s", diff)
	}

	for i := range 8 {
		dashEvent(t, db, fmt.Sprintf("Dezember %d", i+1), time.Date(2026, 12, 10+i, 17, 0, 0, 0, time.UTC), koop.EventPlanning)
	}
	d = e.dashboard(t, db.As(t, "viewer@koop.test"))
	if len(d.UpcomingEvents) != 8 || d.UpcomingEvents[0].Title != "Adventsempfang" || d.UpcomingEvents[7].Title != "Dezember 7" {
		t.Errorf("with ten events ahead: %d shown, first %q, last %q", len(d.UpcomingEvents), d.UpcomingEvents[0].Title, d.UpcomingEvents[len(d.UpcomingEvents)-1].Title)
	}
}

// The award shown: the newest cycle under way, with the deadline of its phase.
func TestDashboardAward(t *testing.T) {
	t.Parallel()
	e := dashSetup(t)
	db := e.db
	coord := db.As(t, "coordinator@koop.test")
	d := e.dashboard(t, coord)
	voting := time.Time{}
	if err := db.SQL.Get(&voting, `SELECT voting_closes_at FROM award_cycles WHERE id = $1`, dashCycle2026); err != nil {
		t.Fatal(err)
	}
	if d.Award == nil || d.Award.CycleID != dashCycle2026 || d.Award.Phase != koop.PhaseJuryVoting ||
		d.Award.NextDeadline == nil || !d.Award.NextDeadline.Equal(voting) || *d.Award.NextDeadlineLabel != koop.DeadlineVotingLabel {
		t.Fatalf("award %+v, want the voting 2026 cycle with its voting deadline", d.Award)
	}
	programme := dashID(t, db, `SELECT programme_id FROM award_cycles WHERE id = $1`, dashCycle2026)
	// a draft for 2028 does not replace the running cycle
	next := dashID(t, db, `INSERT INTO award_cycles (cooperation_id, programme_id, year, title, nomination_opens_at, nomination_closes_at, voting_closes_at,
			quorum, tie_break_rule, created_at, updated_at)
		VALUES ($1, $2, 2028, 'Preis 2028', '2027-02-01', '2027-05-31 22:00+00', '2027-10-31', 1, 'MEDIAN_THEN_CHAIR', now(), now()) RETURNING id`,
		pgtest.DemoCooperationID, programme)
	if d := e.dashboard(t, coord); d.Award.CycleID != dashCycle2026 {
		t.Errorf("a newer draft replaced the running cycle: %+v", d.Award)
	}
	// once it opens nominations, it is the current cycle, with the close of nominations
	dashExec(t, db, `UPDATE award_cycles SET phase = 'NOMINATION_OPEN' WHERE id = $1`, next)
	d = e.dashboard(t, coord)
	closes := time.Date(2027, 5, 31, 22, 0, 0, 0, time.UTC)
	if d.Award.CycleID != next || d.Award.NextDeadline == nil || !d.Award.NextDeadline.Equal(closes) ||
		*d.Award.NextDeadlineLabel != koop.DeadlineNominationLabel || d.Award.NominationCount != 0 {
		t.Errorf("award %+v, want the 2028 cycle with its nomination deadline", d.Award)
	}
	// a juror of 2026 only still sees their cycle
	if d := e.dashboard(t, db.As(t, "juror1@koop.test")); d.Award == nil || d.Award.CycleID != dashCycle2026 || d.Award.MyBallot == nil {
		t.Errorf("the juror's award %+v, want the 2026 cycle with the ballot", d.Award)
	}
}

// Workstreams at risk: OFF_TRACK first, then by priority, with their overdue milestones.
func TestDashboardWorkstreams(t *testing.T) {
	t.Parallel()
	e := dashSetup(t)
	db := e.db
	dashExec(t, db, `UPDATE workstreams SET status = 'AT_RISK', priority = 'HIGH' WHERE id = $1`, dashWsLand)
	for _, m := range []struct {
		due  string
		done *string
	}{{"2026-09-30", nil}, {"2026-11-24", nil}, {"2026-11-01", ptr("2026-11-20")}, {"2026-11-25", nil}, {"2027-03-01", nil}} {
		dashExec(t, db, `INSERT INTO milestones (cooperation_id, workstream_id, title, due_on, done_on, created_at, updated_at)
			VALUES ($1, $2, 'Meilenstein', $3, $4, now(), now())`, pgtest.DemoCooperationID, dashWsLand, m.due, m.done)
	}
	d := e.dashboard(t, db.As(t, "member@koop.test"))
	type row struct {
		ID       string
		Status   koop.WorkstreamStatus
		Priority koop.Priority
		Overdue  int
	}
	var got []row
	for _, w := range d.WorkstreamsAtRisk {
		r := row{ID: w.ID, Status: w.Status, Overdue: w.OverdueMilestones}
		if w.Priority != nil {
			r.Priority = *w.Priority
		}
		got = append(got, r)
	}
	want := []row{
		{dashWsTourism, koop.WorkstreamOffTrack, koop.PriorityLow, 0},
		{dashWsLand, koop.WorkstreamAtRisk, koop.PriorityHigh, 2},
		{dashWsCentres, koop.WorkstreamAtRisk, koop.PriorityMedium, 0},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("workstreams (-want +got):\n%s", diff)
	}
}

// KPIs off target: BEHIND as KpiProgress judges it, or without data shortly before the target day.
func TestDashboardKpis(t *testing.T) {
	t.Parallel()
	e := dashSetup(t)
	db := e.db
	goal := dashID(t, db, `SELECT id FROM goals WHERE cooperation_id = $1 AND parent_id IS NULL ORDER BY position LIMIT 1`, pgtest.DemoCooperationID)
	goalTitle := dashID(t, db, `SELECT title FROM goals WHERE id = $1`, goal)
	add := func(name, subjectCol, subject, targetOn string, value *float64) string {
		id := dashID(t, db, `INSERT INTO kpis (cooperation_id, `+subjectCol+`, name, unit, baseline, baseline_on, target, target_on, direction, created_at, updated_at)
			VALUES ($1, $2, $3, 'Stück', 0, '2026-01-01', 100, $4, 'HIGHER_IS_BETTER', now(), now()) RETURNING id`,
			pgtest.DemoCooperationID, subject, name, targetOn)
		if value != nil {
			dashExec(t, db, `INSERT INTO measurements (cooperation_id, kpi_id, measured_on, value, created_at, updated_at)
				VALUES ($1, $2, '2026-10-01', $3, now(), now())`, pgtest.DemoCooperationID, id, *value)
		}
		return id
	}
	behind := add("AA hinten", "goal_id", goal, "2026-12-31", ptr(10.0))
	add("AB im Plan", "goal_id", goal, "2026-12-31", ptr(90.0))
	near := add("AC ohne Daten, bald fällig", "series_id", pgtest.DemoNeujahrSeries, "2027-01-31", nil)
	add("AD ohne Daten, weit weg", "series_id", pgtest.DemoNeujahrSeries, "2028-12-31", nil)

	d := e.dashboard(t, db.As(t, "viewer@koop.test"))
	byID := map[string]*koop.DashboardKpi{}
	for _, k := range d.KpisOffTarget {
		byID[k.ID] = k
		if k.State != koop.KpiBehind && k.State != koop.KpiNoData {
			t.Errorf("%s is %s", k.Name, k.State)
		}
		if strings.HasPrefix(k.Name, "AB") || strings.HasPrefix(k.Name, "AD") {
			t.Errorf("%s is listed", k.Name)
		}
	}
	if len(d.KpisOffTarget) != 4 { // the demo's two BEHIND and the two above
		t.Errorf("%d KPIs off target, want 4", len(d.KpisOffTarget))
	}
	b := byID[behind]
	if b == nil || b.State != koop.KpiBehind || b.LatestValue == nil || *b.LatestValue != 10 || b.Progress == nil || *b.Progress != 0.1 ||
		b.Subject.Kind != koop.KpiOfGoal || b.Subject.Title != "1 "+goalTitle {
		t.Errorf("behind: %+v (subject %+v)", b, b.Subject)
	}
	if n := byID[near]; n == nil || n.State != koop.KpiNoData || n.LatestValue != nil || n.Subject.Kind != koop.KpiOfEventSeries {
		t.Errorf("no data near its target day: %+v", n)
	}
	if d.KpisOffTarget[0].ID != behind || d.KpisOffTarget[1].ID != near {
		t.Errorf("not by name: %q, %q", d.KpisOffTarget[0].Name, d.KpisOffTarget[1].Name)
	}
}

// Coverage counts are the coverage view's, and commitments open this year those of the
// agreement in force whose standing this year is not FULFILLED.
func TestDashboardCoverageAndCommitments(t *testing.T) {
	t.Parallel()
	e := dashSetup(t)
	db := e.db
	ctx := db.As(t, "member@koop.test")
	cov, err := postgres.NewStrategyService(db.DB).Coverage(ctx, pgtest.DemoCooperationID, 0)
	if err != nil {
		t.Fatal(err)
	}
	d := e.dashboard(t, ctx)
	want := &koop.DashboardCoverage{GoalsWithoutMeasure: len(cov.GoalsWithoutMeasure), MeasuresWithoutKpi: len(cov.MeasuresWithoutKpi),
		MeasuresWithOnePartner: len(cov.MeasuresWithOnePartner), GoalsWithoutPriority: len(cov.GoalsWithoutPriority)}
	if diff := cmp.Diff(want, d.Coverage); diff != "" {
		t.Errorf("coverage (-view +dashboard):\n%s", diff)
	}
	if *want == (koop.DashboardCoverage{}) {
		t.Errorf("the demo has coverage gaps")
	}

	open := map[string]koop.CommitmentStatus{}
	for _, k := range d.OpenCommitments {
		open[k.ID] = k.Status
		if k.AgreementID != dashAgreement || k.Reason == "" {
			t.Errorf("commitment %+v", k)
		}
	}
	if open[dashCommitAwd] != koop.CommitmentOpen {
		t.Fatalf("open commitments %v, want the award commitment OPEN", open)
	}
	// fulfilled by a held event: gone; a new commitment with nothing planned: AT_RISK
	dashExec(t, db, `INSERT INTO commitment_fulfilments (cooperation_id, commitment_id, year, event_id, created_at) VALUES ($1, $2, 2026, $3, now())`,
		pgtest.DemoCooperationID, dashCommitAwd, dashDinner2026)
	fresh := dashID(t, db, `INSERT INTO commitments (cooperation_id, agreement_id, position, title, recurring, created_at, updated_at)
		VALUES ($1, $2, 99, 'Gemeinsamer Newsletter', true, now(), now()) RETURNING id`, pgtest.DemoCooperationID, dashAgreement)
	// a draft agreement's commitments do not count
	draft := dashID(t, db, `INSERT INTO agreements (cooperation_id, title, valid_from, created_at, updated_at)
		VALUES ($1, 'Entwurf', '2027-01-01', now(), now()) RETURNING id`, pgtest.DemoCooperationID)
	dashExec(t, db, `INSERT INTO commitments (cooperation_id, agreement_id, position, title, recurring, created_at, updated_at)
		VALUES ($1, $2, 1, 'Entwurfszusage', true, now(), now())`, pgtest.DemoCooperationID, draft)

	d = e.dashboard(t, ctx)
	got := map[string]koop.CommitmentStatus{}
	for _, k := range d.OpenCommitments {
		got[k.ID] = k.Status
	}
	delete(open, dashCommitAwd)
	open[fresh] = koop.CommitmentAtRisk
	if diff := cmp.Diff(open, got); diff != "" {
		t.Errorf("open commitments (-want +got):\n%s", diff)
	}
}
