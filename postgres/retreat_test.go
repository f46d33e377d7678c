package postgres_test

import (
	"context"
	"fmt"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/koop-lichtenberg/koop"
	"github.com/koop-lichtenberg/koop/postgres"
	"github.com/koop-lichtenberg/koop/postgres/pgtest"
)

// The demo's "Klausur 2027" (PREPARING): chaired by coordinator@koop.test, with
// coordinator.wkhl@koop.test and member@koop.test taking part, 10 points each, six proposals.
const (
	rtRetreat    = "6b00c0de-0000-4000-8000-000000001002"
	rtClosed     = "6b00c0de-0000-4000-8000-000000001001"
	rtEventMesse = "6b00c0de-0000-4000-8000-000000001021" // EVENT, Investitionsmesse, 2027-10-07, by the member
	rtEventDin   = "6b00c0de-0000-4000-8000-000000001022" // EVENT, Wirtschaftsdinner, 2027-09-16
	rtWsNew      = "6b00c0de-0000-4000-8000-000000001023" // WORKSTREAM, new: Lichtenberger Ausbildungsbörse, goal 4.1
	rtWsLand     = "6b00c0de-0000-4000-8000-000000001024" // WORKSTREAM, existing land marketing → HIGH
	rtPriority   = "6b00c0de-0000-4000-8000-000000001025" // PRIORITY MEDIUM on goals 1.4 and 3.2
	rtTopic      = "6b00c0de-0000-4000-8000-000000001026" // TOPIC
	rtWsLandID   = "6b00c0de-0000-4000-8000-000000000e01"
	rtGoal14     = "6b00c0de-0000-4000-8000-000000000d54"
	rtGoal32     = "6b00c0de-0000-4000-8000-000000000d72"
	rtInvestSer  = "6b00c0de-0000-4000-8000-000000000205"
)

type rtEnv struct {
	db                *pgtest.DB
	rs                *postgres.RetreatService
	chair, wkhl, memb context.Context
	viewer, admin     context.Context
}

func newRtEnv(t *testing.T) *rtEnv {
	t.Helper()
	db := pgtest.Seeded(t)
	return &rtEnv{db: db, rs: postgres.NewRetreatService(db.DB, nil), chair: db.As(t, "coordinator@koop.test"), wkhl: db.As(t, "coordinator.wkhl@koop.test"),
		memb: db.As(t, "member@koop.test"), viewer: db.As(t, "viewer@koop.test"), admin: db.As(t, "admin@koop.test")}
}

func (e *rtEnv) version(t *testing.T) int {
	t.Helper()
	return e.db.Count(t, `SELECT version FROM retreats WHERE id = $1`, rtRetreat)
}

// openVoting starts the session and opens voting as the chair.
func (e *rtEnv) openVoting(t *testing.T) {
	t.Helper()
	if _, err := e.rs.StartRetreatSession(e.chair, koop.RetreatStepInput{ID: rtRetreat, Version: e.version(t)}); err != nil {
		t.Fatal(err)
	}
	if _, err := e.rs.OpenVoting(e.chair, koop.RetreatStepInput{ID: rtRetreat, Version: e.version(t)}); err != nil {
		t.Fatal(err)
	}
}

func wantCode(t *testing.T, err error, code, fragment string) {
	t.Helper()
	if koop.ErrorCode(err) != code || !strings.Contains(err.Error(), fragment) {
		t.Fatalf("got %v (%s), want %s with %q", err, koop.ErrorCode(err), code, fragment)
	}
}

// Two requests of one participant at once, each within the budget alone but not together: one
// wins and the points placed never exceed the budget. The test fails without the participant
// row's lock.
func TestRetreatVoteBudgetUnderConcurrentVotes(t *testing.T) {
	e := newRtEnv(t)
	e.openVoting(t)
	proposals := []string{rtEventMesse, rtEventDin, rtWsNew, rtWsLand, rtPriority, rtTopic}
	for round := 0; round < 10; round++ {
		// reset, then six requests of 4 points each on different proposals: at most two fit
		if _, err := e.db.SQL.Exec(`DELETE FROM votes`); err != nil {
			t.Fatal(err)
		}
		var wg sync.WaitGroup
		errs := make([]error, len(proposals))
		for i, p := range proposals {
			wg.Add(1)
			go func() {
				defer wg.Done()
				_, errs[i] = e.rs.CastVote(e.memb, koop.CastVoteInput{ProposalID: p, Points: 4})
			}()
		}
		wg.Wait()
		ok := 0
		for _, err := range errs {
			switch {
			case err == nil:
				ok++
			case koop.ErrorCode(err) != koop.EINVALID || !strings.Contains(err.Error(), "höchstens 10 Punkte"):
				t.Fatalf("unexpected error %v", err)
			}
		}
		sum := e.db.Count(t, `SELECT coalesce(sum(points), 0) FROM votes`)
		if ok != 2 || sum != 8 {
			t.Fatalf("round %d: %d votes accepted, %d points placed; want 2 and 8", round, ok, sum)
		}
	}
	// moving points: take 4 back from one, place 6 on another
	var placed []string
	for _, p := range proposals {
		if e.db.Count(t, `SELECT count(*) FROM votes WHERE proposal_id = $1`, p) == 1 {
			placed = append(placed, p)
		}
	}
	if _, err := e.rs.CastVote(e.memb, koop.CastVoteInput{ProposalID: placed[0], Points: 0}); err != nil {
		t.Fatal(err)
	}
	tl, err := e.rs.CastVote(e.memb, koop.CastVoteInput{ProposalID: placed[0], Points: 6})
	if err != nil {
		t.Fatal(err)
	}
	if tl.MyPointsLeft != 0 || tl.TotalPoints != 10 || tl.VoterCount != 1 || tl.ParticipantCount != 3 {
		t.Errorf("tally %+v", tl)
	}
	if tl.Entries[0].ProposalID != placed[0] || tl.Entries[0].Points != 6 || tl.Entries[0].Rank != 1 || tl.Entries[0].MyPoints != 6 {
		t.Errorf("first entry %+v", tl.Entries[0])
	}
	// others see the points, not their own
	other, err := e.rs.Tally(e.wkhl, rtRetreat)
	if err != nil {
		t.Fatal(err)
	}
	if other.TotalPoints != 10 || other.MyPointsLeft != 10 || other.Entries[0].MyPoints != 0 {
		t.Errorf("the other participant's tally %+v", other)
	}
	// every change counts: the session's two steps and each accepted vote
	if other.Revision != tl.Revision || tl.Revision != 2+10*2+2 {
		t.Errorf("revisions %d and %d, want %d", tl.Revision, other.Revision, 2+10*2+2)
	}
}

func TestRetreatVoteRefusals(t *testing.T) {
	e := newRtEnv(t)
	// before the session
	_, err := e.rs.CastVote(e.memb, koop.CastVoteInput{ProposalID: rtTopic, Points: 1})
	wantCode(t, err, koop.EINVALID, "erst in der Sitzung")
	if _, err := e.rs.StartRetreatSession(e.chair, koop.RetreatStepInput{ID: rtRetreat, Version: e.version(t)}); err != nil {
		t.Fatal(err)
	}
	_, err = e.rs.CastVote(e.memb, koop.CastVoteInput{ProposalID: rtTopic, Points: 1})
	wantCode(t, err, koop.EINVALID, "nicht geöffnet")
	if _, err := e.rs.OpenVoting(e.chair, koop.RetreatStepInput{ID: rtRetreat, Version: e.version(t)}); err != nil {
		t.Fatal(err)
	}
	// a viewer and an admin who do not take part
	_, err = e.rs.CastVote(e.viewer, koop.CastVoteInput{ProposalID: rtTopic, Points: 1})
	wantCode(t, err, koop.EFORBIDDEN, "Nur Teilnehmende")
	_, err = e.rs.CastVote(e.admin, koop.CastVoteInput{ProposalID: rtTopic, Points: 1})
	wantCode(t, err, koop.EFORBIDDEN, "Nur Teilnehmende")
	_, err = e.rs.CastVote(e.memb, koop.CastVoteInput{ProposalID: rtTopic, Points: -1})
	wantCode(t, err, koop.EINVALID, "negativ")
	_, err = e.rs.CastVote(e.memb, koop.CastVoteInput{ProposalID: rtTopic, Points: 11})
	wantCode(t, err, koop.EINVALID, "höchstens 10 Punkte")
	if _, err := e.rs.CastVote(e.memb, koop.CastVoteInput{ProposalID: rtTopic, Points: 7}); err != nil {
		t.Fatal(err)
	}
	_, err = e.rs.CastVote(e.memb, koop.CastVoteInput{ProposalID: rtPriority, Points: 4})
	wantCode(t, err, koop.EINVALID, "bleiben also höchstens 3")
	// closed voting keeps the points
	if _, err := e.rs.CloseVoting(e.chair, koop.RetreatStepInput{ID: rtRetreat, Version: e.version(t)}); err != nil {
		t.Fatal(err)
	}
	_, err = e.rs.CastVote(e.memb, koop.CastVoteInput{ProposalID: rtTopic, Points: 1})
	wantCode(t, err, koop.EINVALID, "nicht geöffnet")
	if n := e.db.Count(t, `SELECT sum(points) FROM votes WHERE retreat_id = $1`, rtRetreat); n != 7 {
		t.Errorf("%d points, want 7", n)
	}
	// a proposal with points cannot be withdrawn
	_, err = e.rs.WithdrawProposal(e.chair, koop.WithdrawProposalInput{ID: rtTopic, Version: 1})
	wantCode(t, err, koop.EINVALID, "bereits Punkte")
}

// decideAll records a decision on every proposal of the demo retreat: the events, both
// workstream proposals and the priority accepted, the topic deferred, and one free decision.
func (e *rtEnv) decideAll(t *testing.T) {
	t.Helper()
	due := wsDay(2027, 3, 31)
	for _, d := range []koop.RecordDecisionInput{
		{ProposalID: ptr(rtEventMesse), Outcome: koop.DecisionAccepted, Text: "Die Investitionsmesse 2027 findet mit Gründungsforum statt.", OwnerPartnerID: ptr(pgtest.DemoWKHLPartnerID), DueOn: &due},
		{ProposalID: ptr(rtEventDin), Outcome: koop.DecisionRejected, Text: "Das Dinner wird 2027 durch den Neujahrsempfang ersetzt."},
		{ProposalID: ptr(rtWsNew), Outcome: koop.DecisionAccepted, Text: "Konzept der Ausbildungsbörse vorlegen.", OwnerPartnerID: ptr(pgtest.DemoBAPartnerID)},
		{ProposalID: ptr(rtWsLand), Outcome: koop.DecisionAccepted, Text: "Flächen an der Landsberger Allee ausschreiben.", OwnerPartnerID: ptr(pgtest.DemoBAPartnerID), DueOn: &due},
		{ProposalID: ptr(rtPriority), Outcome: koop.DecisionAccepted, Text: "Tourismusmarketing gemeinsam beauftragen.", OwnerPartnerID: ptr(pgtest.DemoWKHLPartnerID)},
		{ProposalID: ptr(rtTopic), Outcome: koop.DecisionDeferred, Text: "Nach Rückmeldung der Messe Berlin."},
		{Outcome: koop.DecisionAccepted, Text: "Nächste Klausur im November 2027 vorbereiten.", OwnerPartnerID: ptr(pgtest.DemoBAPartnerID), DueOn: ptr(wsDay(2027, 9, 30))},
	} {
		d.RetreatID = rtRetreat
		if _, err := e.rs.RecordDecision(e.chair, d); err != nil {
			t.Fatalf("decision %q: %v", d.Text, err)
		}
	}
}

// Eight chairs close at once: exactly one creates the plan, the others are told it is closed;
// the plan is what the accepted decisions ask for, and nothing twice.
func TestRetreatCloseCreatesThePlanOnce(t *testing.T) {
	e := newRtEnv(t)
	e.openVoting(t)
	_, err := e.rs.RecordDecision(e.chair, koop.RecordDecisionInput{RetreatID: rtRetreat, ProposalID: ptr(rtTopic), Outcome: koop.DecisionAccepted, Text: "Ohne Verantwortliche."})
	wantCode(t, err, koop.EINVALID, "verantwortlichen Partner")
	_, err = e.rs.CloseRetreat(e.chair, koop.RetreatStepInput{ID: rtRetreat, Version: e.version(t)})
	wantCode(t, err, koop.EINVALID, "Über 6 Vorschläge wurde noch nicht beschlossen")
	e.decideAll(t)
	_, err = e.rs.RecordDecision(e.chair, koop.RecordDecisionInput{RetreatID: rtRetreat, ProposalID: ptr(rtTopic), Outcome: koop.DecisionRejected, Text: "Doch nicht."})
	wantCode(t, err, koop.ECONFLICT, "bereits einen Beschluss")

	events := e.db.Count(t, `SELECT count(*) FROM events`)
	tasks := e.db.Count(t, `SELECT count(*) FROM tasks`)
	workstreams := e.db.Count(t, `SELECT count(*) FROM workstreams`)
	v := e.version(t)
	var wg sync.WaitGroup
	errs := make([]error, 8)
	for i := range errs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, errs[i] = e.rs.CloseRetreat(e.chair, koop.RetreatStepInput{ID: rtRetreat, Version: v})
		}()
	}
	wg.Wait()
	ok := 0
	for _, err := range errs {
		switch {
		case err == nil:
			ok++
		case koop.ErrorCode(err) == koop.EINVALID && strings.Contains(err.Error(), "bereits abgeschlossen"):
		default:
			t.Fatalf("unexpected error %v", err)
		}
	}
	if ok != 1 {
		t.Fatalf("%d closes succeeded, want 1", ok)
	}
	// a retry later changes nothing either
	_, err = e.rs.CloseRetreat(e.chair, koop.RetreatStepInput{ID: rtRetreat, Version: v})
	wantCode(t, err, koop.EINVALID, "bereits abgeschlossen")

	if n := e.db.Count(t, `SELECT count(*) FROM events`) - events; n != 1 {
		t.Errorf("%d events created, want 1", n)
	}
	if n := e.db.Count(t, `SELECT count(*) FROM workstreams`) - workstreams; n != 1 {
		t.Errorf("%d workstreams created, want 1", n)
	}
	if n := e.db.Count(t, `SELECT count(*) FROM tasks WHERE decision_id IS NOT NULL`); n != 5 {
		t.Errorf("%d tasks from decisions, want 5 (one per accepted decision)", n)
	}
	if n := e.db.Count(t, `SELECT count(*) FROM tasks`) - tasks; n != 5+e.db.Count(t, `SELECT jsonb_array_length(task_template) FROM event_series WHERE id = $1`, rtInvestSer) {
		t.Errorf("%d tasks created, want 5 and the event's checklist", n)
	}
	// the draft event: IDEA, in its series, on its day at 18:00 Berlin, led by the owner partner
	var ev struct {
		Status   string    `db:"status"`
		Series   string    `db:"series_id"`
		Lead     string    `db:"lead_partner_id"`
		StartsAt time.Time `db:"starts_at"`
		Tasks    int       `db:"tasks"`
	}
	if err := e.db.SQL.Get(&ev, `SELECT status, series_id, lead_partner_id, starts_at, (SELECT count(*) FROM tasks WHERE event_id = events.id) AS tasks
		FROM events WHERE title = 'Investitionsmesse Lichtenberg 2027'`); err != nil {
		t.Fatal(err)
	}
	// its tasks: the series' checklist and the decision's
	checklist := e.db.Count(t, `SELECT jsonb_array_length(task_template) FROM event_series WHERE id = $1`, rtInvestSer)
	if ev.Status != "IDEA" || ev.Series != rtInvestSer || ev.Lead != pgtest.DemoWKHLPartnerID || !ev.StartsAt.Equal(time.Date(2027, 10, 7, 18, 0, 0, 0, koop.Berlin)) || ev.Tasks != 1+checklist || checklist == 0 {
		t.Errorf("draft event %+v", ev)
	}
	if n := e.db.Count(t, `SELECT count(*) FROM events WHERE title = 'Wirtschaftsdinner Lichtenberg 2027'`); n != 0 {
		t.Errorf("the rejected event was created")
	}
	// the new workstream: PROPOSED, from 1 January, with the proposal's goal and priority
	if got := authzText(t, e.db, `SELECT status || '/' || priority || '/' || starts_on || '/' || (SELECT count(*) FROM workstream_goals g WHERE g.workstream_id = w.id)
		|| '/' || (SELECT count(*) FROM tasks k WHERE k.workstream_id = w.id) FROM workstreams w WHERE title = 'Lichtenberger Ausbildungsbörse'`); got != "PROPOSED/MEDIUM/2027-01-01/1/1" {
		t.Errorf("new workstream %s", got)
	}
	if got := authzText(t, e.db, `SELECT priority FROM workstreams WHERE id = $1`, rtWsLandID); got != "HIGH" {
		t.Errorf("land marketing priority %s", got)
	}
	if got := authzText(t, e.db, `SELECT string_agg(coalesce(priority, '-'), ',' ORDER BY id) FROM goals WHERE id IN ($1, $2)`, rtGoal14, rtGoal32); got != "MEDIUM,MEDIUM" {
		t.Errorf("goal priorities %s", got)
	}
	// tasks carry owner partner, due date and their decision
	if got := authzText(t, e.db, `SELECT count(*)::text FROM tasks WHERE decision_id IS NOT NULL AND owner_partner_id IS NOT NULL`); got != "5" {
		t.Errorf("%s tasks with decision and owner", got)
	}
	if got := authzText(t, e.db, `SELECT due_on::text FROM tasks WHERE title = 'Nächste Klausur im November 2027 vorbereiten.'`); got != "2027-09-30" {
		t.Errorf("free decision's task due %s", got)
	}
	r, err := e.rs.Retreat(e.memb, rtRetreat)
	if err != nil {
		t.Fatal(err)
	}
	if r.Status != koop.RetreatClosed || r.ClosedAt == nil || r.VotingOpen || r.CanChair || r.CanPropose || r.CanVote {
		t.Errorf("closed retreat %+v", r)
	}
	kinds := map[koop.PlanItemKind]int{}
	for _, d := range r.Decisions {
		for _, it := range d.PlanItems {
			kinds[it.Kind]++
		}
	}
	want := map[koop.PlanItemKind]int{koop.PlanItemEvent: 1, koop.PlanItemWorkstream: 1, koop.PlanItemWorkstreamPriority: 1, koop.PlanItemGoalPriority: 2, koop.PlanItemTask: 5}
	for k, n := range want {
		if kinds[k] != n {
			t.Errorf("plan items %v, want %v", kinds, want)
			break
		}
	}

	// the retreat, held in 2026, fulfils "Einmal pro Jahr in Klausur gehen" for 2026 once closed
	ag, err := postgres.NewAgreementService(e.db.DB).Agreement(e.chair, "6b00c0de-0000-4000-8000-000000000d01")
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range ag.Commitments {
		if k.ID != "6b00c0de-0000-4000-8000-000000000d17" {
			continue
		}
		for _, y := range k.Years {
			if y.Year == 2026 && (y.Status != koop.CommitmentFulfilled || len(y.Fulfilments) != 1 || y.Fulfilments[0].Kind != koop.FulfilmentRetreat ||
				y.Fulfilments[0].State != koop.FulfilmentDone) {
				t.Errorf("retreat commitment in 2026: %s %s %+v", y.Status, y.Reason, y.Fulfilments)
			}
		}
	}

	// a closed retreat is not edited any more
	for name, err := range map[string]error{
		"update": func() error {
			_, err := e.rs.UpdateRetreat(e.chair, koop.UpdateRetreatInput{ID: rtRetreat, Version: e.version(t), Title: ptr("X")})
			return err
		}(),
		"propose": func() error {
			_, err := e.rs.SubmitProposal(e.memb, koop.SubmitProposalInput{RetreatID: rtRetreat, Kind: koop.ProposalTopic, Title: "Noch etwas"})
			return err
		}(),
		"vote": func() error {
			_, err := e.rs.CastVote(e.memb, koop.CastVoteInput{ProposalID: rtTopic, Points: 1})
			return err
		}(),
		"decide": func() error {
			_, err := e.rs.RecordDecision(e.chair, koop.RecordDecisionInput{RetreatID: rtRetreat, Outcome: koop.DecisionAccepted, Text: "X", OwnerPartnerID: ptr(pgtest.DemoBAPartnerID)})
			return err
		}(),
		"agenda": func() error {
			_, err := e.rs.AddAgendaItem(e.chair, koop.AddAgendaItemInput{RetreatID: rtRetreat, Title: "X", DurationMinutes: 10})
			return err
		}(),
		"open voting": func() error {
			_, err := e.rs.OpenVoting(e.chair, koop.RetreatStepInput{ID: rtRetreat, Version: e.version(t)})
			return err
		}(),
	} {
		if koop.ErrorCode(err) != koop.EINVALID || !strings.Contains(err.Error(), "abgeschlossen") {
			t.Errorf("%s on a closed retreat: %v", name, err)
		}
	}
}

// Bad proposals are refused with the field named and write nothing.
func TestProposalValidation(t *testing.T) {
	e := newRtEnv(t)
	before := e.db.Count(t, `SELECT count(*) FROM proposals`)
	series := rtInvestSer
	inYear, outYear := wsDay(2027, 5, 1), wsDay(2028, 5, 1)
	for _, c := range []struct {
		in    koop.SubmitProposalInput
		field string
	}{
		{koop.SubmitProposalInput{Kind: "IDEE", Title: "X"}, "kind"},
		{koop.SubmitProposalInput{Kind: koop.ProposalTopic, Title: "  "}, "title"},
		{koop.SubmitProposalInput{Kind: koop.ProposalEvent, Title: "Messe", PlannedOn: &inYear}, "seriesId"},
		{koop.SubmitProposalInput{Kind: koop.ProposalEvent, Title: "Messe", SeriesID: ptr(authzMissingID), PlannedOn: &inYear}, "seriesId"},
		{koop.SubmitProposalInput{Kind: koop.ProposalEvent, Title: "Messe", SeriesID: &series}, "plannedOn"},
		{koop.SubmitProposalInput{Kind: koop.ProposalEvent, Title: "Messe", SeriesID: &series, PlannedOn: &outYear}, "plannedOn"},
		{koop.SubmitProposalInput{Kind: koop.ProposalWorkstream, Title: "Land", WorkstreamID: ptr(rtWsLandID)}, "priority"},
		{koop.SubmitProposalInput{Kind: koop.ProposalWorkstream, Title: "Land", WorkstreamID: ptr(authzMissingID), Priority: ptr(koop.PriorityHigh)}, "workstreamId"},
		{koop.SubmitProposalInput{Kind: koop.ProposalPriority, Title: "Tourismus", GoalIDs: []string{rtGoal14}}, "priority"},
		{koop.SubmitProposalInput{Kind: koop.ProposalPriority, Title: "Tourismus", Priority: ptr(koop.PriorityLow)}, "goalIds"},
		{koop.SubmitProposalInput{Kind: koop.ProposalTopic, Title: "X", GoalIDs: []string{authzMissingID}}, "goalIds"},
	} {
		c.in.RetreatID = rtRetreat
		_, err := e.rs.SubmitProposal(e.memb, c.in)
		if koop.ErrorCode(err) != koop.EINVALID || koop.ErrorField(err) != c.field {
			t.Errorf("%+v: %v, want INVALID on %s", c.in, err, c.field)
		}
	}
	if n := e.db.Count(t, `SELECT count(*) FROM proposals`); n != before {
		t.Errorf("%d proposals written", n-before)
	}
	// a good one, with its submitter and partner
	p, err := e.rs.SubmitProposal(e.memb, koop.SubmitProposalInput{RetreatID: rtRetreat, Kind: koop.ProposalEvent, Title: "Gründungsforum",
		SeriesID: &series, PlannedOn: &inYear, GoalIDs: []string{rtGoal14}})
	if err != nil {
		t.Fatal(err)
	}
	if p.SubmitterName != "Mira Maaß" || p.SubmitterPartner == nil || p.SubmitterPartner.ID != pgtest.DemoWKHLPartnerID || !p.CanEdit ||
		p.Series == nil || len(p.Goals) != 1 || p.Goals[0].Code != "1.4" {
		t.Errorf("proposal %+v", p)
	}
	// the planned year cannot move away from its event days
	_, err = e.rs.UpdateRetreat(e.chair, koop.UpdateRetreatInput{ID: rtRetreat, Version: e.version(t), PlanYear: ptr(2028)})
	wantCode(t, err, koop.EINVALID, "außerhalb von 2028")
	// one retreat per year
	_, err = e.rs.CreateRetreat(e.chair, koop.CreateRetreatInput{CooperationID: pgtest.DemoCooperationID, Title: "Zweite Klausur", PlanYear: 2027,
		StartsAt: time.Date(2026, 12, 12, 9, 0, 0, 0, koop.Berlin), EndsOn: wsDay(2026, 12, 12), PointsBudget: 5,
		ParticipantMembershipIDs: []string{authzMembershipID(t, e.db, pgtest.DemoCooperationID, "member@koop.test")},
		ChairMembershipID:        authzMembershipID(t, e.db, pgtest.DemoCooperationID, "member@koop.test")})
	wantCode(t, err, koop.ECONFLICT, "bereits die Klausur „Klausur 2027“")
}

// The hub carries a vote from one database handle (another server process) to a watcher within
// a second, and tells a watcher of a session when it is revoked.
func TestHubCarriesNotificationsAcrossProcesses(t *testing.T) {
	db, dsn := pgtest.SeededDSN(t)
	hub, err := postgres.Listen(dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer hub.Close()
	watcher := postgres.NewRetreatService(db.DB, hub)
	// the "other process": its own pool and service on the same database
	other := postgres.NewRetreatService(db.DB, nil)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	changed, err := watcher.WatchTally(ctx, rtRetreat)
	if err != nil {
		t.Fatal(err)
	}
	e := &rtEnv{db: db, rs: other, chair: db.As(t, "coordinator@koop.test"), memb: db.As(t, "member@koop.test")}
	e.openVoting(t)
	drain(changed)
	if _, err := other.CastVote(e.memb, koop.CastVoteInput{ProposalID: rtTopic, Points: 2}); err != nil {
		t.Fatal(err)
	}
	select {
	case <-changed:
	case <-time.After(time.Second):
		t.Fatal("no signal within a second of the vote")
	}
	// a vote on another retreat's tally does not wake this one
	closedWatch, _ := watcher.WatchTally(ctx, rtClosed)
	select {
	case <-closedWatch:
		t.Fatal("the closed retreat was signalled")
	case <-time.After(200 * time.Millisecond):
	}

	sessions := hub.WatchSession(ctx, koop.ActorFromContext(e.memb).SessionID)
	if _, err := db.SQL.Exec(`UPDATE sessions SET revoked_at = now(), revoke_reason = 'logout' WHERE id = $1`, koop.ActorFromContext(e.memb).SessionID); err != nil {
		t.Fatal(err)
	}
	select {
	case <-sessions:
	case <-time.After(time.Second):
		t.Fatal("no signal within a second of the revocation")
	}
	cancel()
	// the watch channel closes with its context
	deadline := time.After(time.Second)
	for {
		select {
		case _, ok := <-changed:
			if !ok {
				return
			}
		case <-deadline:
			t.Fatal("the watch channel did not close")
		}
	}
}

func drain(c <-chan struct{}) {
	for {
		select {
		case <-c:
		case <-time.After(100 * time.Millisecond):
			return
		}
	}
}

// A retreat loads with a fixed number of statements, whatever the number of its proposals,
// goals, votes, agenda items and decisions: the live tally re-reads it on every vote.
func TestRetreatStatementsConstant(t *testing.T) {
	count := func(extra int) (list, one, tally int) {
		db, st := pgtest.NewCounting(t)
		if err := db.Seed(t.Context(), "koop-demo"); err != nil {
			t.Fatal(err)
		}
		for i := range extra {
			var pid string
			if err := db.SQL.Get(&pid, `INSERT INTO proposals (cooperation_id, retreat_id, kind, title, submitter_name, created_at, updated_at)
				VALUES ($1, $2, 'TOPIC', $3, 'Test', now(), now()) RETURNING id`, pgtest.DemoCooperationID, rtRetreat, fmt.Sprintf("Thema %d", i)); err != nil {
				t.Fatal(err)
			}
			if _, err := db.SQL.Exec(`INSERT INTO proposal_goals (proposal_id, goal_id, cooperation_id) VALUES ($1, $2, $3), ($1, $4, $3)`,
				pid, rtGoal14, pgtest.DemoCooperationID, rtGoal32); err != nil {
				t.Fatal(err)
			}
			if _, err := db.SQL.Exec(`INSERT INTO votes (retreat_id, proposal_id, membership_id, points, updated_at)
				SELECT $1, $2, membership_id, 1, now() FROM retreat_participants WHERE retreat_id = $1`, rtRetreat, pid); err != nil {
				t.Fatal(err)
			}
			if _, err := db.SQL.Exec(`INSERT INTO decisions (cooperation_id, retreat_id, proposal_id, outcome, text, created_at)
				VALUES ($1, $2, $3, 'DEFERRED', 'Später.', now())`, pgtest.DemoCooperationID, rtRetreat, pid); err != nil {
				t.Fatal(err)
			}
			if _, err := db.SQL.Exec(`INSERT INTO agenda_items (cooperation_id, retreat_id, position, title, duration_minutes)
				VALUES ($1, $2, $3, $4, 10)`, pgtest.DemoCooperationID, rtRetreat, 10+i, fmt.Sprintf("Punkt %d", i)); err != nil {
				t.Fatal(err)
			}
		}
		ctx := db.As(t, "member@koop.test")
		rs := postgres.NewRetreatService(db.DB, nil)
		st.Reset()
		if _, err := rs.Retreats(ctx, pgtest.DemoCooperationID); err != nil {
			t.Fatal(err)
		}
		list = st.N()
		st.Reset()
		r, err := rs.Retreat(ctx, rtRetreat)
		if err != nil || len(r.Proposals) != 6+extra {
			t.Fatalf("retreat: %v", err)
		}
		one = st.N()
		st.Reset()
		tl, err := rs.Tally(ctx, rtRetreat)
		if err != nil {
			t.Fatal(err)
		}
		tally = st.N()
		// the light tally is the one of the full load
		if !reflect.DeepEqual(tl, r.Tally) {
			t.Errorf("tally %+v, full load %+v", tl, r.Tally)
		}
		return
	}
	l1, o1, t1 := count(0)
	l2, o2, t2 := count(40)
	if l1 != l2 || o1 != o2 || t1 != t2 {
		t.Errorf("statements grow with data: retreats %d→%d, retreat %d→%d, tally %d→%d", l1, l2, o1, o2, t1, t2)
	}
	t.Logf("statements: retreats %d, retreat %d, tally %d", l1, o1, t1)
}
