package postgres

import (
	"context"
	"time"

	"github.com/lib/pq"

	"github.com/koop-lichtenberg/koop"
)

// DashboardService implements koop.DashboardService.
type DashboardService struct{ db *DB }

// NewDashboardService returns the service.
func NewDashboardService(db *DB) *DashboardService { return &DashboardService{db: db} }

var _ koop.DashboardService = (*DashboardService)(nil)

// Dashboard reads the start page of a cooperation for the reader in one read-only snapshot and
// a fixed number of statements, whatever the number of tasks, events, cycles, retreats,
// workstreams, KPIs and commitments. What the reader's role may not see stays empty: EXTERNAL
// members see only the award cycle they judge and the retreat they take part in; only those
// who take tasks (ADMIN, COORDINATOR, MEMBER) have tasks.
func (s *DashboardService) Dashboard(ctx context.Context, cooperationID string) (*koop.Dashboard, error) {
	var out *koop.Dashboard
	err := s.db.read(ctx, func(tx *Tx) error {
		c, err := tx.cooperation(cooperationID)
		if err != nil {
			return err
		}
		d := &koop.Dashboard{CooperationID: c.ID, MyRole: c.MyRole, Today: tx.today(), MyTasks: []*koop.DashboardTask{},
			UpcomingEvents: []*koop.DashboardEvent{}, WorkstreamsAtRisk: []*koop.DashboardWorkstream{},
			KpisOffTarget: []*koop.DashboardKpi{}, OpenCommitments: []*koop.DashboardCommitment{}}
		all := c.MyRole.Can(koop.PermViewDirectory)
		if c.MyRole.Can(koop.PermTakeTasks) {
			if err := tx.dashboardTasks(d); err != nil {
				return err
			}
		}
		if d.Award, err = tx.dashboardAward(c.ID, all); err != nil {
			return err
		}
		if d.Retreat, err = tx.dashboardRetreat(c.ID, all, d.Today); err != nil {
			return err
		}
		if !all {
			out = d
			return nil
		}
		if d.UpcomingEvents, err = tx.dashboardEvents(c.ID); err != nil {
			return err
		}
		if d.WorkstreamsAtRisk, err = tx.dashboardWorkstreams(c.ID, d.Today); err != nil {
			return err
		}
		if d.KpisOffTarget, err = tx.dashboardKpis(c.ID, d.Today); err != nil {
			return err
		}
		cov, err := tx.coverageOf(c, d.Today.Year())
		if err != nil {
			return err
		}
		d.Coverage = &koop.DashboardCoverage{GoalsWithoutMeasure: len(cov.GoalsWithoutMeasure), MeasuresWithoutKpi: len(cov.MeasuresWithoutKpi),
			MeasuresWithOnePartner: len(cov.MeasuresWithOnePartner), GoalsWithoutPriority: len(cov.GoalsWithoutPriority)}
		year := d.Today.Year()
		agreements, err := tx.agreementsWhere(c, `a.status = 'SIGNED' AND a.valid_from <= $2 AND (a.valid_until IS NULL OR a.valid_until >= $3)`,
			time.Date(year, 12, 31, 0, 0, 0, 0, time.UTC), time.Date(year, 1, 1, 0, 0, 0, 0, time.UTC))
		if err != nil {
			return err
		}
		d.OpenCommitments = koop.OpenCommitments(agreements, year)
		out = d
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// dashboardTasks fills the reader's open tasks of the cooperation, the overdue and soonest due
// first (no due day last), and how many there are: two statements.
func (tx *Tx) dashboardTasks(d *koop.Dashboard) error {
	where := `t.cooperation_id = $1 AND t.assignee_id = $2 AND NOT t.done`
	if err := tx.get(&d.MyOpenTaskCount, `SELECT count(*) FROM tasks t WHERE `+where, d.CooperationID, tx.Actor.UserID); err != nil {
		return err
	}
	tasks, err := tx.tasks(where, `t.due_on NULLS LAST, lower(t.title), t.id LIMIT $3`, d.CooperationID, tx.Actor.UserID, koop.DashboardTaskLimit)
	if err != nil {
		return err
	}
	for _, t := range tasks {
		d.MyTasks = append(d.MyTasks, &koop.DashboardTask{ID: t.ID, Title: t.Title, DueOn: t.DueOn,
			Overdue: t.DueOn != nil && koop.TaskOverdue(*t.DueOn, tx.Now), Event: t.Event, Workstream: t.Workstream})
	}
	return nil
}

// dashboardEvents lists the events of the next DashboardEventDays that are not cancelled,
// soonest first, with their answers and open tasks: two statements.
func (tx *Tx) dashboardEvents(cooperationID string) ([]*koop.DashboardEvent, error) {
	out := []*koop.DashboardEvent{}
	if err := tx.sel(&out, `SELECT e.id, e.title, e.starts_at, e.status, e.capacity,
			coalesce(nullif(o.short_name, ''), o.name) AS lead_partner_name,
			(SELECT count(*) FROM tasks t WHERE t.event_id = e.id AND NOT t.done) AS open_task_count
		FROM events e JOIN partners p ON p.id = e.lead_partner_id JOIN organisations o ON o.id = p.organisation_id
		WHERE e.cooperation_id = $1 AND e.status <> 'CANCELLED' AND e.starts_at >= $2 AND e.starts_at < $3
		ORDER BY e.starts_at, e.id LIMIT $4`,
		cooperationID, tx.Now, tx.Now.AddDate(0, 0, koop.DashboardEventDays), koop.DashboardEventLimit); err != nil {
		return nil, err
	}
	events := make([]*koop.Event, len(out))
	for i, e := range out {
		events[i] = &koop.Event{ID: e.ID, Capacity: e.Capacity}
	}
	counts, err := tx.guestCounts(events)
	if err != nil {
		return nil, err
	}
	// Parties, as the guest list counts them; only the capacity is in seats.
	for _, e := range out {
		n := counts[e.ID]
		e.Invited, e.Accepted, e.Declined, e.Waitlisted = n.Invited, n.Accepted, n.Declined, n.Waitlisted
	}
	return out, nil
}

// dashboardAward picks the current award cycle of those the reader reads (all with the
// directory, else the ones they judge) and, when the reader judges it, their ballot's
// progress: two statements. Only the reader's own scores are counted.
func (tx *Tx) dashboardAward(cooperationID string, all bool) (*koop.DashboardAward, error) {
	var cycles []*struct {
		koop.DashboardAward
		JurorID     *string    `db:"juror_id"`
		SubmittedAt *time.Time `db:"submitted_at"`
	}
	if err := tx.sel(&cycles, `SELECT y.id, y.title, y.year, y.phase, y.nomination_closes_at, y.voting_closes_at,
			j.id AS juror_id, j.submitted_at
		FROM award_cycles y LEFT JOIN award_jurors j ON j.cycle_id = y.id AND j.user_id = $2
		WHERE y.cooperation_id = $1 AND ($3 OR j.id IS NOT NULL)
		ORDER BY y.year DESC, y.nomination_opens_at DESC, y.id`, cooperationID, tx.Actor.UserID, all); err != nil {
		return nil, err
	}
	list := make([]*koop.DashboardAward, len(cycles))
	for i, y := range cycles {
		list[i] = &y.DashboardAward
	}
	a := koop.CurrentAwardCycle(list)
	if a == nil {
		return nil, nil
	}
	var jurorID *string
	var submittedAt *time.Time
	for _, y := range cycles {
		if &y.DashboardAward == a {
			jurorID, submittedAt = y.JurorID, y.SubmittedAt
		}
	}
	a.NextDeadline, a.NextDeadlineLabel = koop.AwardDeadline(a.Phase, a.NominationClosesAt, a.VotingClosesAt, tx.Now)
	// A juror who does not read the directory sees the eligible nominations once the vote
	// began, as the nomination list shows them; "complete" is every criterion of the cycle.
	var counts struct {
		Nominations int `db:"nominations"`
		ToScore     int `db:"to_score"`
		Scored      int `db:"scored"`
	}
	if err := tx.get(&counts, `WITH mine AS (
			SELECT n.id FROM award_nominations n WHERE n.cycle_id = $1 AND n.eligibility = 'ELIGIBLE' AND $2::uuid IS NOT NULL
				AND NOT EXISTS (SELECT 1 FROM award_conflicts x WHERE x.juror_id = $2::uuid AND x.nomination_id = n.id)),
		criteria AS (SELECT count(*) AS n FROM award_criteria WHERE cycle_id = $1)
		SELECT
			(SELECT count(*) FROM award_nominations n WHERE n.cycle_id = $1
				AND ($3 OR ($4 AND n.eligibility = 'ELIGIBLE'))) AS nominations,
			(SELECT count(*) FROM mine) AS to_score,
			(SELECT count(*) FROM mine WHERE (SELECT n FROM criteria) > 0 AND (
				SELECT count(*) FROM award_scores s JOIN award_criteria c ON c.id = s.criterion_id
				WHERE s.juror_id = $2::uuid AND s.nomination_id = mine.id AND c.cycle_id = $1) = (SELECT n FROM criteria)) AS scored`,
		a.CycleID, jurorID, all, koop.JurySeesNominations(a.Phase)); err != nil {
		return nil, err
	}
	a.NominationCount = counts.Nominations
	if jurorID != nil {
		a.MyBallot = &koop.DashboardBallot{ToScore: counts.ToScore, Scored: counts.Scored, Submitted: submittedAt != nil}
	}
	return a, nil
}

// dashboardRetreat picks the current retreat of those the reader reads (all with the
// directory, else the ones they take part in): one statement.
func (tx *Tx) dashboardRetreat(cooperationID string, all bool, today time.Time) (*koop.DashboardRetreat, error) {
	var list []*koop.DashboardRetreat
	if err := tx.sel(&list, `SELECT x.* FROM (
			SELECT r.id, r.title, r.plan_year, r.starts_at, r.status, r.voting_open,
				(SELECT count(*) FROM proposals p WHERE p.retreat_id = r.id) AS proposal_count,
				(SELECT count(*) FROM decisions d WHERE d.retreat_id = r.id) AS decision_count,
				EXISTS (SELECT 1 FROM retreat_participants rp JOIN memberships m ON m.id = rp.membership_id
					WHERE rp.retreat_id = r.id AND m.user_id = $2 AND m.active) AS participating
			FROM retreats r WHERE r.cooperation_id = $1) x
		WHERE $3 OR x.participating ORDER BY x.plan_year DESC, x.id`, cooperationID, tx.Actor.UserID, all); err != nil {
		return nil, err
	}
	for _, r := range list {
		y, m, d := r.StartsAt.In(koop.Berlin).Date()
		r.StartsOn = time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	}
	return koop.CurrentRetreat(list, today), nil
}

// dashboardWorkstreams lists the workstreams AT_RISK or OFF_TRACK, worst first, with their
// overdue milestones: one statement.
func (tx *Tx) dashboardWorkstreams(cooperationID string, today time.Time) ([]*koop.DashboardWorkstream, error) {
	var list []*koop.DashboardWorkstream
	if err := tx.sel(&list, `SELECT w.id, w.title, w.status, w.priority,
			(SELECT count(*) FROM milestones m WHERE m.workstream_id = w.id AND m.done_on IS NULL AND m.due_on < $2) AS overdue_milestones
		FROM workstreams w WHERE w.cooperation_id = $1 AND w.status IN ('AT_RISK', 'OFF_TRACK')`, cooperationID, today); err != nil {
		return nil, err
	}
	return koop.WorkstreamsAtRisk(list), nil
}

// dashboardKpis lists the KPIs of goals, workstreams and event series that are off target,
// as koop.KpiProgress judges them, by name: four statements.
func (tx *Tx) dashboardKpis(cooperationID string, today time.Time) ([]*koop.DashboardKpi, error) {
	goals, err := tx.goalTree(cooperationID)
	if err != nil {
		return nil, err
	}
	byID := make(map[string]*koop.Goal, len(goals))
	goalIDs := make([]string, len(goals))
	for i, g := range goals {
		byID[g.ID], goalIDs[i] = g, g.ID
	}
	var ids struct {
		Workstreams pq.StringArray `db:"workstreams"`
		Series      pq.StringArray `db:"series"`
	}
	if err := tx.get(&ids, `SELECT
		array(SELECT id::text FROM workstreams WHERE cooperation_id = $1) AS workstreams,
		array(SELECT id::text FROM event_series WHERE cooperation_id = $1) AS series`, cooperationID); err != nil {
		return nil, err
	}
	kpis, err := tx.kpisOf(cooperationID, goalIDs, ids.Workstreams, ids.Series)
	if err != nil {
		return nil, err
	}
	codeGoalSubjects(kpis, byID)
	out := []*koop.DashboardKpi{}
	for _, k := range kpis {
		if koop.KpiOffTarget(k, today) {
			out = append(out, koop.NewDashboardKpi(k))
		}
	}
	return out, nil
}
