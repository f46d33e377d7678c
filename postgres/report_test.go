package postgres_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/koop-lichtenberg/koop"
	"github.com/koop-lichtenberg/koop/postgres"
	"github.com/koop-lichtenberg/koop/postgres/pgtest"
)

// rpEnv is a cooperation with three partners (BA, WK and "IHK Testhausen", which has no short
// name) and a member of each role; WK's member organises and leads.
type rpEnv struct {
	*agEnv
	svc                              *postgres.ReportService
	coord, viewer, external, outside context.Context
	wkMember, baMember               string // memberships with a partner organisation
	juror                            context.Context
}

func rpSetup(t *testing.T, db *pgtest.DB) *rpEnv {
	t.Helper()
	e := &rpEnv{agEnv: agSetup(t, db), svc: postgres.NewReportService(db.DB)}
	e.exec(t, `UPDATE organisations o SET short_name = CASE WHEN o.name LIKE 'Bezirksamt%' THEN 'BA' WHEN o.name LIKE 'Wirtschaftskreis%' THEN 'WK' ELSE '' END
		FROM partners p WHERE p.organisation_id = o.id AND p.cooperation_id = $1`, e.coopID)
	stamp := time.Now().UnixNano()
	member := func(role koop.Role, name string, partner int) (context.Context, string) {
		email := fmt.Sprintf("%s.%d@report.test", name, stamp)
		id := authzAddMembership(t, db, e.coopID, authzAddUser(t, db, email, name, false), role, true)
		if partner >= 0 {
			e.exec(t, `UPDATE memberships SET organisation_id = (SELECT organisation_id FROM partners WHERE id = $2) WHERE id = $1`, id, e.partners[partner])
		}
		return db.As(t, email), id
	}
	e.coord, _ = member(koop.RoleCoordinator, "coord", -1)
	e.viewer, _ = member(koop.RoleViewer, "viewer", -1)
	e.external, _ = member(koop.RoleExternal, "external", -1)
	e.juror, _ = member(koop.RoleMember, "juror", -1)
	_, e.wkMember = member(koop.RoleMember, "wk", 1)
	_, e.baMember = member(koop.RoleMember, "ba", 0)
	outsider := fmt.Sprintf("outsider.%d@report.test", stamp)
	authzAddUser(t, db, outsider, "Otto Outside", false)
	e.outside = db.As(t, outsider)
	return e
}

// at inserts an event at a moment.
func (e *rpEnv) at(t *testing.T, title string, start time.Time, status koop.EventStatus, lead int, series *string) string {
	t.Helper()
	return e.id(t, `INSERT INTO events (cooperation_id, title, series_id, starts_at, ends_at, lead_partner_id, status, created_at, updated_at)
		VALUES ($1, $2, $3, $4, $5, $6, $7, now(), now()) RETURNING id`, e.coopID, title, series, start, start.Add(3*time.Hour), e.partners[lead], status)
}

// guests adds n guests of a status to an event; sent ones carry invited_at.
func (e *rpEnv) guests(t *testing.T, event string, n int, status koop.InvitationStatus, sent, plusOne bool) {
	t.Helper()
	for i := range n {
		var invited *time.Time
		if sent {
			invited = authzPtr(time.Date(2025, 1, 1, 10, 0, 0, 0, time.UTC))
		}
		var waiting *time.Time
		if status == koop.InvitationWaitlisted {
			waiting = invited
		}
		e.exec(t, `INSERT INTO invitations (cooperation_id, event_id, walk_in_name, status, plus_one, invited_at, waitlisted_at, created_at, updated_at)
			VALUES ($1, $2, $3, $4, $5, $6, $7, now(), now())`, e.coopID, event, fmt.Sprintf("Gast %s %d", status, i), status, plusOne, invited, waiting)
	}
}

// budgetLine adds a line to an event's budget with amount shares per partner (cents, in
// partner order).
func (e *rpEnv) budgetLine(t *testing.T, event string, planned int, actual *int, shares ...int) {
	t.Helper()
	line := e.id(t, `INSERT INTO budget_lines (cooperation_id, event_id, category, planned_cents, actual_cents, share_mode, position, created_at, updated_at)
		VALUES ($1, $2, 'CATERING', $3, $4, 'AMOUNT', 1, now(), now()) RETURNING id`, e.coopID, event, planned, actual)
	for i, cents := range shares {
		e.exec(t, `INSERT INTO budget_line_shares (line_id, partner_id, cooperation_id, amount_cents) VALUES ($1, $2, $3, $4)`,
			line, e.partners[i], e.coopID, cents)
	}
}

// nominee nominates a new company in a cycle and returns the nomination.
func (e *rpEnv) nominee(t *testing.T, cycle, company, category string) string {
	t.Helper()
	org := e.id(t, `INSERT INTO organisations (cooperation_id, kind, name, created_at, updated_at) VALUES ($1, 'COMPANY', $2, now(), now()) RETURNING id`,
		e.coopID, company)
	return e.id(t, `INSERT INTO award_nominations (cooperation_id, cycle_id, organisation_id, category, justification, source, created_at, updated_at)
		VALUES ($1, $2, $3, $4, 'Gute Arbeit', 'STAFF', now(), now()) RETURNING id`, e.coopID, cycle, org, category)
}

// ranked records a locked result row.
func (e *rpEnv) ranked(t *testing.T, cycle, nomination, category string, rank int) {
	t.Helper()
	e.exec(t, `INSERT INTO award_results (cycle_id, nomination_id, category, rank, jurors, top_ranks, decided_by) VALUES ($1, $2, $3, $4, 3, 1, 'MEAN')`,
		cycle, nomination, category, rank)
}

func (e *rpEnv) kpi(t *testing.T, name, subjectColumn, subject string, baseline, target float64, baselineOn, targetOn *time.Time) string {
	t.Helper()
	return e.id(t, `INSERT INTO kpis (cooperation_id, `+subjectColumn+`, name, unit, baseline, baseline_on, target, target_on, direction, created_at, updated_at)
		VALUES ($1, $2, $3, 'Anzahl', $4, $5, $6, $7, 'HIGHER_IS_BETTER', now(), now()) RETURNING id`, e.coopID, subject, name, baseline, baselineOn, target, targetOn)
}

func (e *rpEnv) measure(t *testing.T, kpi string, on time.Time, value float64) {
	t.Helper()
	e.exec(t, `INSERT INTO measurements (cooperation_id, kpi_id, measured_on, value, created_at, updated_at) VALUES ($1, $2, $3, $4, now(), now())`,
		e.coopID, kpi, on, value)
}

func berlin(y int, m time.Month, d, h, min int) time.Time {
	return time.Date(y, m, d, h, min, 0, 0, koop.Berlin)
}

// rpYear2025 arranges a year 2025 whose figures the tests know, with things just outside it.
func rpYear2025(t *testing.T, e *rpEnv) {
	t.Helper()
	series := e.id(t, `INSERT INTO event_series (cooperation_id, name, created_at, updated_at) VALUES ($1, 'Neujahrsempfang', now(), now()) RETURNING id`, e.coopID)
	// Neujahrsempfang (BA): 6 sent, of whom 5 said yes: 3 came (one with company), one did not,
	// one still stands as accepted; one declined; a draft never sent; a walk-in.
	neujahr := e.at(t, "Neujahrsempfang 2025", berlin(2025, 1, 15, 18, 0), koop.EventHeld, 0, &series)
	e.guests(t, neujahr, 2, koop.InvitationAttended, true, false)
	e.guests(t, neujahr, 1, koop.InvitationAttended, true, true)
	e.guests(t, neujahr, 1, koop.InvitationNoShow, true, false)
	e.guests(t, neujahr, 1, koop.InvitationAccepted, true, false)
	e.guests(t, neujahr, 1, koop.InvitationDeclined, true, false)
	e.guests(t, neujahr, 1, koop.InvitationDraft, false, false)
	e.guests(t, neujahr, 1, koop.InvitationAttended, false, false)
	// Sommerfest (IHK, co-organised by WK's member): one guest
	sommer := e.at(t, "Sommerfest 2025", berlin(2025, 6, 1, 15, 0), koop.EventHeld, 2, nil)
	e.guests(t, sommer, 1, koop.InvitationAttended, true, false)
	e.exec(t, `INSERT INTO event_organisers (event_id, membership_id, cooperation_id) VALUES ($1, $2, $3)`, sommer, e.wkMember, e.coopID)
	// Wirtschaftsdinner (WK): two couples
	dinner := e.at(t, "Wirtschaftsdinner 2025", berlin(2025, 9, 10, 19, 0), koop.EventDocumented, 1, nil)
	e.guests(t, dinner, 2, koop.InvitationAttended, true, true)
	// New Year's Eve in Berlin belongs to 2025, the first half hour of 2026 does not
	e.at(t, "Silvesterempfang", berlin(2025, 12, 31, 23, 30), koop.EventHeld, 0, nil)
	e.at(t, "Neujahrsnacht", berlin(2026, 1, 1, 0, 30), koop.EventHeld, 0, nil)
	// not held
	cancelled := e.at(t, "Hoffest", berlin(2025, 5, 1, 12, 0), koop.EventCancelled, 1, nil)
	e.at(t, "Adventsmarkt", berlin(2025, 12, 5, 12, 0), koop.EventPlanning, 0, nil)

	// money: the year's events, as the budget tallies them (the cancelled one counts too)
	e.budgetLine(t, neujahr, 100000, authzPtr(90000), 50000, 50000, 0)
	e.budgetLine(t, dinner, 30000, nil, 0, 20000, 10000)
	e.budgetLine(t, cancelled, 5000, authzPtr(1000), 0, 5000, 0)
	e.budgetLine(t, e.at(t, "Empfang 2024", berlin(2024, 6, 1, 18, 0), koop.EventHeld, 0, nil), 77700, authzPtr(77700), 77700, 0, 0)

	// the award: one announced cycle with two categories, one decided but not yet announced
	// (nominations and jurors are made before the lock, as the award's trigger wants it)
	announced := e.cycle(t, 2025, koop.PhaseJuryVoting)
	e.exec(t, `UPDATE award_cycles SET categories = '{Handwerk,Dienstleistung}' WHERE id = $1`, announced)
	tischler := e.nominee(t, announced, "Tischlerei Holz", "Handwerk")
	maler := e.nominee(t, announced, "Malerei Farbe", "Handwerk")
	pflege := e.nominee(t, announced, "Pflegedienst Sorge", "Dienstleistung")
	e.ranked(t, announced, pflege, "Dienstleistung", 1)
	e.ranked(t, announced, tischler, "Handwerk", 1)
	e.ranked(t, announced, maler, "Handwerk", 2)
	e.exec(t, `UPDATE award_cycles SET phase = 'ANNOUNCED' WHERE id = $1`, announced)
	special := e.id(t, `INSERT INTO award_programmes (cooperation_id, name, created_at, updated_at) VALUES ($1, 'Sonderpreis', now(), now()) RETURNING id`, e.coopID)
	decided := e.id(t, `INSERT INTO award_cycles (cooperation_id, programme_id, year, title, nomination_opens_at, nomination_closes_at, voting_closes_at,
			quorum, tie_break_rule, phase, created_at, updated_at)
		VALUES ($1, $2, 2025, 'Sonderpreis 2025', '2025-03-01', '2025-05-01', '2025-07-01', 1, 'MEDIAN_THEN_CHAIR', 'JURY_VOTING', now(), now()) RETURNING id`,
		e.coopID, special)
	e.ranked(t, decided, e.nominee(t, decided, "Bäckerei Korn", "Sonderpreis"), "Sonderpreis", 1)
	e.exec(t, `INSERT INTO award_jurors (cycle_id, user_id, created_at) SELECT $1, user_id, now() FROM memberships m JOIN users u ON u.id = m.user_id
		WHERE m.cooperation_id = $2 AND u.name = 'juror'`, decided, e.coopID)
	e.exec(t, `UPDATE award_cycles SET phase = 'DECIDED' WHERE id = $1`, decided)
	e.nominee(t, e.cycle(t, 2024, koop.PhaseNominationOpen), "Altbau GmbH", "Handwerk")

	// the retreat held in 2025 plans 2026; the one planning 2025 was held in 2024
	retreat := e.id(t, `INSERT INTO retreats (cooperation_id, title, plan_year, starts_at, ends_on, status, points_budget, closed_at, created_at, updated_at)
		VALUES ($1, 'Klausur 2026', 2026, $2, '2025-11-21', 'CLOSED', 10, now(), now(), now()) RETURNING id`, e.coopID, berlin(2025, 11, 20, 9, 0))
	e.exec(t, `INSERT INTO retreats (cooperation_id, title, plan_year, starts_at, ends_on, status, points_budget, closed_at, created_at, updated_at)
		VALUES ($1, 'Klausur 2025', 2025, $2, '2024-11-22', 'CLOSED', 10, now(), now(), now())`, e.coopID, berlin(2024, 11, 21, 9, 0))
	e.exec(t, `INSERT INTO decisions (cooperation_id, retreat_id, outcome, text, owner_partner_id, due_on, created_at)
		VALUES ($1, $2, 'ACCEPTED', 'Wirtschaftsdinner 2026 ausrichten', $3, '2026-03-31', '2025-11-20 10:00+01'),
			($1, $2, 'ACCEPTED', 'Leerstandskataster aufbauen', $4, NULL, '2025-11-20 11:00+01')`, e.coopID, retreat, e.partners[1], e.partners[0])

	// workstreams: the portal (WK) runs since 2024, the vacancy project (BA) ran in 2025, the
	// land project ended in 2024
	portal := e.workstream(t, "Fachkräfteportal", koop.WorkstreamOnTrack, agDate(2024, 3, 1), nil)
	vacancy := e.workstream(t, "Ladenleerstand", koop.WorkstreamAtRisk, agDate(2025, 6, 1), authzPtr(agDate(2025, 12, 31)))
	land := e.workstream(t, "Gewerbeflächen", koop.WorkstreamDone, agDate(2023, 1, 1), authzPtr(agDate(2024, 12, 31)))
	e.exec(t, `INSERT INTO workstream_leads (workstream_id, membership_id, cooperation_id) VALUES ($1, $3, $5), ($2, $4, $5), ($6, $3, $5)`,
		portal, vacancy, e.wkMember, e.baMember, e.coopID, land)
	e.exec(t, `INSERT INTO milestones (cooperation_id, workstream_id, title, due_on, done_on, created_at, updated_at) VALUES
		($1, $2, 'Portal online', '2025-04-30', '2025-05-02', now(), now()),
		($1, $2, 'Ausbau', '2026-02-01', NULL, now(), now()),
		($1, $2, 'Konzept', '2024-12-01', '2024-11-30', now(), now()),
		($1, $3, 'Kataster', '2025-09-30', NULL, now(), now())`, e.coopID, portal, vacancy)

	// KPIs: on a goal, on the portal, on the Neujahrsempfang series, on the finished project
	goal := e.id(t, `INSERT INTO goals (cooperation_id, position, title, created_at, updated_at) VALUES ($1, 1, 'Wirtschaft stärken', now(), now()) RETURNING id`, e.coopID)
	network := e.kpi(t, "Unternehmen im Netzwerk", "goal_id", goal, 100, 200, authzPtr(agDate(2025, 1, 1)), authzPtr(agDate(2027, 12, 31)))
	e.measure(t, network, agDate(2025, 6, 30), 120)
	e.measure(t, network, agDate(2025, 12, 31), 130)
	e.measure(t, network, agDate(2026, 6, 30), 200)
	users := e.kpi(t, "Nutzer Portal", "workstream_id", portal, 0, 1000, nil, nil)
	e.measure(t, users, agDate(2025, 3, 1), 50)
	visitors := e.kpi(t, "Gäste Neujahrsempfang", "series_id", series, 100, 150, nil, nil)
	e.measure(t, visitors, agDate(2025, 1, 15), 160)
	e.kpi(t, "Flächen vermittelt", "workstream_id", land, 0, 10, nil, nil)

	// the agreement in force 2024–2026; an older one and a draft do not count
	agreement := e.id(t, `INSERT INTO agreements (cooperation_id, title, valid_from, valid_until, status, signed_at, created_at, updated_at)
		VALUES ($1, 'KV 2024', '2024-01-01', '2026-12-31', 'SIGNED', now(), now(), now()) RETURNING id`, e.coopID)
	old := e.id(t, `INSERT INTO agreements (cooperation_id, title, valid_from, valid_until, status, signed_at, created_at, updated_at)
		VALUES ($1, 'KV 2020', '2020-01-01', '2023-12-31', 'SIGNED', now(), now(), now()) RETURNING id`, e.coopID)
	draft := e.id(t, `INSERT INTO agreements (cooperation_id, title, valid_from, status, created_at, updated_at)
		VALUES ($1, 'KV Entwurf', '2025-01-01', 'DRAFT', now(), now()) RETURNING id`, e.coopID)
	commit := func(agreement string, pos int, title string, recurring bool) string {
		return e.id(t, `INSERT INTO commitments (cooperation_id, agreement_id, position, title, recurring, created_at, updated_at)
			VALUES ($1, $2, $3, $4, $5, now(), now()) RETURNING id`, e.coopID, agreement, pos, title, recurring)
	}
	dinnerPromise := commit(agreement, 1, "Wirtschaftsdinner fortführen", true)
	commit(agreement, 2, "Neujahrsempfang gemeinsam", true)
	fair := commit(agreement, 3, "Messeauftritt", false)
	commit(old, 1, "Alte Zusage", true)
	commit(draft, 1, "Entwurfszusage", true)
	e.exec(t, `INSERT INTO commitment_fulfilments (cooperation_id, commitment_id, year, event_id, created_at) VALUES ($1, $2, 2025, $3, now()), ($1, $2, 2025, $4, now())`,
		e.coopID, dinnerPromise, dinner, cancelled)
	e.exec(t, `INSERT INTO commitment_fulfilments (cooperation_id, commitment_id, year, workstream_id, created_at) VALUES ($1, $2, 2024, $3, now())`,
		e.coopID, fair, land)
}

func rpReport(t *testing.T, e *rpEnv, ctx context.Context, year int, partner *string) *koop.AnnualReport {
	t.Helper()
	r, err := e.svc.AnnualReport(ctx, e.coopID, year, partner)
	if err != nil {
		t.Fatalf("report %d: %v", year, err)
	}
	return r
}

// rpEventFigures is an event's line as the tests compare it.
type rpEventFigures struct {
	Title, Lead                                string
	Invited, Accepted, Attended, SeatsAttended int
}

func rpEvents(r *koop.AnnualReport) []rpEventFigures {
	out := []rpEventFigures{}
	for _, e := range r.Events {
		out = append(out, rpEventFigures{e.Title, e.LeadPartnerName, e.Invited, e.Accepted, e.Attended, e.SeatsAttended})
	}
	return out
}

type rpMoney struct {
	Partner         string
	Planned, Actual int
}

func rpBudget(r *koop.AnnualReport) []rpMoney {
	out := []rpMoney{}
	for _, b := range r.Budget {
		out = append(out, rpMoney{koop.PartnerLabel(b.Partner), b.PlannedCents, b.ActualCents})
	}
	return out
}

func TestAnnualReportFigures(t *testing.T) {
	t.Parallel()
	db := pgtest.New(t)
	e := rpSetup(t, db)
	rpYear2025(t, e)
	all := rpReport(t, e, e.admin, 2025, nil)
	wk := rpReport(t, e, e.coord, 2025, &e.partners[1])

	t.Run("events", func(t *testing.T) {
		want := []rpEventFigures{
			{"Neujahrsempfang 2025", "BA", 6, 5, 4, 5},
			{"Sommerfest 2025", "IHK Testhausen", 1, 1, 1, 1},
			{"Wirtschaftsdinner 2025", "WK", 2, 2, 2, 4},
			{"Silvesterempfang", "BA", 0, 0, 0, 0},
		}
		if d := cmp.Diff(want, rpEvents(all)); d != "" || all.TotalGuests != 10 {
			t.Errorf("all partners, %d guests (-want +got):\n%s", all.TotalGuests, d)
		}
		if all.Events[0].SeriesName == nil || *all.Events[0].SeriesName != "Neujahrsempfang" || all.Events[1].SeriesName != nil {
			t.Errorf("series names")
		}
		// WK leads the dinner and co-organises the Sommerfest
		if d := cmp.Diff(want[1:3], rpEvents(wk)); d != "" || wk.TotalGuests != 5 {
			t.Errorf("WK, %d guests (-want +got):\n%s", wk.TotalGuests, d)
		}
	})

	t.Run("budget", func(t *testing.T) {
		want := []rpMoney{{"BA", 50000, 45000}, {"WK", 75000, 46000}, {"IHK Testhausen", 10000, 0}}
		if d := cmp.Diff(want, rpBudget(all)); d != "" {
			t.Errorf("all partners (-want +got):\n%s", d)
		}
		if d := cmp.Diff(want[1:2], rpBudget(wk)); d != "" {
			t.Errorf("WK (-want +got):\n%s", d)
		}
	})

	t.Run("awards", func(t *testing.T) {
		type award struct {
			Title       string
			Phase       koop.AwardPhase
			Nominations int
			Winners     []koop.ReportWinner
		}
		flat := func(r *koop.AnnualReport) []award {
			out := []award{}
			for _, a := range r.Awards {
				x := award{a.Title, a.Phase, a.NominationCount, []koop.ReportWinner{}}
				for _, w := range a.Winners {
					x.Winners = append(x.Winners, *w)
				}
				out = append(out, x)
			}
			return out
		}
		announced := award{"Unternehmen des Jahres 2025", koop.PhaseAnnounced, 3,
			[]koop.ReportWinner{{Category: "Handwerk", OrganisationName: "Tischlerei Holz"}, {Category: "Dienstleistung", OrganisationName: "Pflegedienst Sorge"}}}
		locked := award{"Sonderpreis 2025", koop.PhaseDecided, 1, []koop.ReportWinner{{Category: "Sonderpreis", OrganisationName: "Bäckerei Korn"}}}
		if d := cmp.Diff([]award{locked, announced}, flat(all)); d != "" {
			t.Errorf("admin (-want +got):\n%s", d)
		}
		juror := rpReport(t, e, e.juror, 2025, nil)
		if d := cmp.Diff([]award{locked, announced}, flat(juror)); d != "" {
			t.Errorf("juror of the decided cycle (-want +got):\n%s", d)
		}
		// until the announcement, the result is the managers' and the jurors'
		viewer := rpReport(t, e, e.viewer, 2025, nil)
		locked.Winners = []koop.ReportWinner{}
		if d := cmp.Diff([]award{locked, announced}, flat(viewer)); d != "" {
			t.Errorf("viewer (-want +got):\n%s", d)
		}
	})

	t.Run("retreat", func(t *testing.T) {
		type decision struct {
			Text  string
			Owner string
			Due   string
		}
		flat := func(r *koop.AnnualReport) (string, []decision) {
			if r.Retreat == nil {
				return "", nil
			}
			out := []decision{}
			for _, d := range r.Retreat.Decisions {
				x := decision{Text: d.Text}
				if d.OwnerPartnerName != nil {
					x.Owner = *d.OwnerPartnerName
				}
				if d.DueOn != nil {
					x.Due = d.DueOn.Format(time.DateOnly)
				}
				out = append(out, x)
			}
			return fmt.Sprintf("%s %d %s %s", r.Retreat.Title, r.Retreat.PlanYear, r.Retreat.StartsOn.Format(time.DateOnly), r.Retreat.Status), out
		}
		head, decisions := flat(all)
		want := []decision{{"Wirtschaftsdinner 2026 ausrichten", "WK", "2026-03-31"}, {"Leerstandskataster aufbauen", "BA", ""}}
		if d := cmp.Diff(want, decisions); head != "Klausur 2026 2026 2025-11-20 CLOSED" || d != "" {
			t.Errorf("%s (-want +got):\n%s", head, d)
		}
		if _, decisions := flat(wk); cmp.Diff(want[:1], decisions) != "" {
			t.Errorf("WK: %v", decisions)
		}
	})

	t.Run("workstreams", func(t *testing.T) {
		flat := func(r *koop.AnnualReport) []string {
			out := []string{}
			for _, w := range r.Workstreams {
				s := fmt.Sprintf("%s %s %v:", w.Title, w.Status, w.LeadPartnerNames)
				for _, m := range w.Milestones {
					done := "-"
					if m.DoneOn != nil {
						done = m.DoneOn.Format(time.DateOnly)
					}
					s += fmt.Sprintf(" %s %s %s", m.Title, m.DueOn.Format(time.DateOnly), done)
				}
				out = append(out, s)
			}
			return out
		}
		want := []string{"Fachkräfteportal ON_TRACK [WK]: Portal online 2025-04-30 2025-05-02", "Ladenleerstand AT_RISK [BA]: Kataster 2025-09-30 -"}
		if d := cmp.Diff(want, flat(all)); d != "" {
			t.Errorf("all (-want +got):\n%s", d)
		}
		if d := cmp.Diff(want[:1], flat(wk)); d != "" {
			t.Errorf("WK (-want +got):\n%s", d)
		}
	})

	t.Run("kpis", func(t *testing.T) {
		flat := func(r *koop.AnnualReport) []string {
			out := []string{}
			for _, k := range r.Kpis {
				v := "-"
				if k.Value != nil {
					v = fmt.Sprintf("%g@%s", *k.Value, k.MeasuredOn.Format(time.DateOnly))
				}
				out = append(out, fmt.Sprintf("%s (%s) %s %s", k.Name, k.Subject.Title, v, k.State))
			}
			return out
		}
		// the network KPI stood at 130 on 31 December 2025: behind the way to 200 by 2027
		want := []string{
			"Flächen vermittelt (Gewerbeflächen) - NO_DATA",
			"Gäste Neujahrsempfang (Neujahrsempfang) 160@2025-01-15 ACHIEVED",
			"Nutzer Portal (Fachkräfteportal) 50@2025-03-01 ON_TRACK",
			"Unternehmen im Netzwerk (1 Wirtschaft stärken) 130@2025-12-31 BEHIND",
		}
		if d := cmp.Diff(want, flat(all)); d != "" {
			t.Errorf("all (-want +got):\n%s", d)
		}
		// WK: the goals' KPIs and its workstream's; not the series BA led, nor the project that ended
		if d := cmp.Diff([]string{want[2], want[3]}, flat(wk)); d != "" {
			t.Errorf("WK (-want +got):\n%s", d)
		}
		// the running year reads as of today
		now := rpReport(t, e, e.admin, 2026, nil)
		if got := flat(now); len(got) != 4 || got[3] != "Unternehmen im Netzwerk (1 Wirtschaft stärken) 200@2026-06-30 ACHIEVED" {
			t.Errorf("2026: %v", got)
		}
	})

	t.Run("commitments", func(t *testing.T) {
		type commitment struct {
			Title  string
			Status koop.CommitmentStatus
			By     []string
		}
		got := []commitment{}
		for _, c := range all.Commitments {
			got = append(got, commitment{c.Title, c.Status, c.FulfilledBy})
		}
		want := []commitment{
			{"Wirtschaftsdinner fortführen", koop.CommitmentFulfilled, []string{"Wirtschaftsdinner 2025"}},
			{"Neujahrsempfang gemeinsam", koop.CommitmentAtRisk, []string{}},
			{"Messeauftritt", koop.CommitmentFulfilled, []string{}},
		}
		if d := cmp.Diff(want, got); d != "" {
			t.Errorf("(-want +got):\n%s", d)
		}
		if len(wk.Commitments) != 3 {
			t.Errorf("WK: %d commitments", len(wk.Commitments))
		}
	})

	t.Run("empty year", func(t *testing.T) {
		// 2022: the old agreement was in force, but nothing happened
		r := rpReport(t, e, e.viewer, 2022, nil)
		if !r.Empty || r.Retreat != nil || r.TotalGuests != 0 || r.Events == nil || r.Budget == nil || r.Kpis == nil || r.Commitments == nil ||
			len(r.Events)+len(r.Budget)+len(r.Awards)+len(r.Workstreams)+len(r.Kpis)+len(r.Commitments) != 0 {
			t.Errorf("2022: %+v", r)
		}
		if all.Empty || wk.Empty {
			t.Errorf("2025 reported empty")
		}
		if all.Partner != nil || wk.Partner == nil || wk.Partner.ID != e.partners[1] || all.Year != 2025 || all.CooperationID != e.coopID {
			t.Errorf("scope: %+v / %+v", all.Partner, wk.Partner)
		}
	})
}

func TestAnnualReportAccessAndInput(t *testing.T) {
	t.Parallel()
	db := pgtest.New(t)
	e := rpSetup(t, db)
	otherCoop := rpSetup(t, db)
	for _, tc := range []struct {
		name    string
		ctx     context.Context
		year    int
		partner *string
		code    string
		field   string
	}{
		{"admin", e.admin, 2025, nil, "", ""},
		{"coordinator", e.coord, 2025, nil, "", ""},
		{"viewer", e.viewer, 2025, &e.partners[0], "", ""},
		{"external", e.external, 2025, nil, koop.EFORBIDDEN, ""},
		{"no member", e.outside, 2025, nil, koop.ENOTFOUND, ""},
		{"anonymous", context.Background(), 2025, nil, koop.EUNAUTHENTICATED, ""},
		{"year too early", e.admin, 1999, nil, koop.EINVALID, "year"},
		{"year too late", e.admin, 2101, nil, koop.EINVALID, "year"},
		{"partner of another cooperation", e.admin, 2025, &otherCoop.partners[0], koop.EINVALID, "partnerId"},
		{"no partner ID", e.admin, 2025, authzPtr("WKHL"), koop.EINVALID, "partnerId"},
		{"external with a bad year", e.external, 1999, nil, koop.EFORBIDDEN, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := e.svc.AnnualReport(tc.ctx, e.coopID, tc.year, tc.partner)
			if koop.ErrorCode(err) != tc.code || koop.ErrorField(err) != tc.field {
				t.Errorf("%v (%s), want %q %q", err, koop.ErrorField(err), tc.code, tc.field)
			}
		})
	}
}

func TestAnnualReportCostsTheSameStatementsAtAnySize(t *testing.T) {
	t.Parallel()
	count := func(size int, partner bool) int {
		db, st := pgtest.NewCounting(t)
		e := rpSetup(t, db)
		series := e.id(t, `INSERT INTO event_series (cooperation_id, name, created_at, updated_at) VALUES ($1, 'Reihe', now(), now()) RETURNING id`, e.coopID)
		goal := e.id(t, `INSERT INTO goals (cooperation_id, position, title, created_at, updated_at) VALUES ($1, 1, 'Ziel', now(), now()) RETURNING id`, e.coopID)
		agreement := e.id(t, `INSERT INTO agreements (cooperation_id, title, valid_from, status, signed_at, created_at, updated_at)
			VALUES ($1, 'KV', '2020-01-01', 'SIGNED', now(), now(), now()) RETURNING id`, e.coopID)
		retreat := e.id(t, `INSERT INTO retreats (cooperation_id, title, plan_year, starts_at, ends_on, points_budget, created_at, updated_at)
			VALUES ($1, 'Klausur', 2026, '2025-11-20 09:00+01', '2025-11-21', 10, now(), now()) RETURNING id`, e.coopID)
		for i := range size {
			ev := e.at(t, fmt.Sprintf("Termin %d", i), berlin(2025, time.Month(1+i%12), 10, 18, 0), koop.EventHeld, i%3, &series)
			e.guests(t, ev, size, koop.InvitationAttended, true, i%2 == 0)
			e.budgetLine(t, ev, 1000*(i+1), authzPtr(500), 1000*(i+1), 0, 0)
			e.exec(t, `INSERT INTO event_organisers (event_id, membership_id, cooperation_id) VALUES ($1, $2, $3)`, ev, e.wkMember, e.coopID)
			cycle := e.id(t, `INSERT INTO award_programmes (cooperation_id, name, created_at, updated_at) VALUES ($1, $2, now(), now()) RETURNING id`,
				e.coopID, fmt.Sprintf("Preis %d", i))
			cycle = e.id(t, `INSERT INTO award_cycles (cooperation_id, programme_id, year, title, nomination_opens_at, nomination_closes_at, voting_closes_at,
					quorum, tie_break_rule, phase, created_at, updated_at)
				VALUES ($1, $2, 2025, $3, '2025-03-01', '2025-05-01', '2025-07-01', 1, 'MEDIAN_THEN_CHAIR', 'JURY_VOTING', now(), now()) RETURNING id`,
				e.coopID, cycle, fmt.Sprintf("Runde %d", i))
			for j := range size {
				e.ranked(t, cycle, e.nominee(t, cycle, fmt.Sprintf("Firma %d.%d", i, j), fmt.Sprintf("Kategorie %d", j)), fmt.Sprintf("Kategorie %d", j), 1)
			}
			e.exec(t, `UPDATE award_cycles SET phase = 'ANNOUNCED' WHERE id = $1`, cycle)
			e.exec(t, `INSERT INTO decisions (cooperation_id, retreat_id, outcome, text, owner_partner_id, created_at) VALUES ($1, $2, 'ACCEPTED', $3, $4, now())`,
				e.coopID, retreat, fmt.Sprintf("Beschluss %d", i), e.partners[1])
			ws := e.workstream(t, fmt.Sprintf("Projekt %d", i), koop.WorkstreamOnTrack, agDate(2025, 1, 1), nil)
			e.exec(t, `INSERT INTO workstream_leads (workstream_id, membership_id, cooperation_id) VALUES ($1, $2, $3), ($1, $4, $3)`,
				ws, e.wkMember, e.coopID, e.baMember)
			for j := range size {
				e.exec(t, `INSERT INTO milestones (cooperation_id, workstream_id, title, due_on, created_at, updated_at) VALUES ($1, $2, $3, $4, now(), now())`,
					e.coopID, ws, fmt.Sprintf("Meilenstein %d", j), agDate(2025, time.Month(1+j%12), 1+j/12))
			}
			for _, k := range []string{e.kpi(t, fmt.Sprintf("Ziel-KPI %d", i), "goal_id", goal, 0, 10, nil, nil),
				e.kpi(t, fmt.Sprintf("Projekt-KPI %d", i), "workstream_id", ws, 0, 10, nil, nil),
				e.kpi(t, fmt.Sprintf("Reihen-KPI %d", i), "series_id", series, 0, 10, nil, nil)} {
				for j := range size {
					e.measure(t, k, agDate(2025, time.Month(1+j%12), 1+j/12), float64(j))
				}
			}
			k := e.id(t, `INSERT INTO commitments (cooperation_id, agreement_id, position, title, created_at, updated_at)
				VALUES ($1, $2, $3, $4, now(), now()) RETURNING id`, e.coopID, agreement, i+1, fmt.Sprintf("Zusage %d", i))
			e.exec(t, `INSERT INTO commitment_fulfilments (cooperation_id, commitment_id, year, event_id, created_at) VALUES ($1, $2, 2025, $3, now())`,
				e.coopID, k, ev)
		}
		var pid *string
		if partner {
			pid = &e.partners[1]
		}
		st.Reset()
		r, err := e.svc.AnnualReport(e.admin, e.coopID, 2025, pid)
		n := st.N()
		if err != nil {
			t.Fatal(err)
		}
		if !partner && (len(r.Events) != size || len(r.Awards) != size || len(r.Retreat.Decisions) != size || len(r.Workstreams) != size ||
			len(r.Kpis) != 3*size || len(r.Commitments) != size || len(r.Workstreams[0].Milestones) != size || len(r.Awards[0].Winners) != size) {
			t.Fatalf("size %d: %d events, %d awards, %d workstreams, %d KPIs, %d commitments", size, len(r.Events), len(r.Awards),
				len(r.Workstreams), len(r.Kpis), len(r.Commitments))
		}
		return n
	}
	for _, partner := range []bool{false, true} {
		small, large := count(1, partner), count(6, partner)
		if small != large {
			t.Errorf("partner %v: statements grow with data: %d at size 1, %d at size 6", partner, small, large)
		}
		t.Logf("partner %v: %d statements", partner, small)
	}
}
