package postgres

import (
	"sort"
	"strconv"

	"github.com/lib/pq"

	"github.com/koop-lichtenberg/koop"
)

// Loaders shared by goals, KPIs, workstreams and agreements. Each costs a fixed number of
// statements whatever the number of rows.

// goalTree reads every goal of a cooperation (one statement) and returns them in tree order,
// depth first by position, with Code, Depth and ChildCount set. Measures, KPIs and Covered are
// left for the caller.
func (tx *Tx) goalTree(cooperationID string) ([]*koop.Goal, error) {
	var rows []*koop.Goal
	if err := tx.sel(&rows, `SELECT id, cooperation_id, parent_id, position, title, description, priority, version
		FROM goals WHERE cooperation_id = $1 ORDER BY position, id`, cooperationID); err != nil {
		return nil, err
	}
	children := map[string][]*koop.Goal{}
	for _, g := range rows {
		parent := ""
		if g.ParentID != nil {
			parent = *g.ParentID
		}
		children[parent] = append(children[parent], g)
	}
	out := make([]*koop.Goal, 0, len(rows))
	var walk func(parent, prefix string, depth int)
	walk = func(parent, prefix string, depth int) {
		kids := children[parent]
		sort.SliceStable(kids, func(i, j int) bool { return kids[i].Position < kids[j].Position })
		for i, g := range kids {
			g.Code = prefix + strconv.Itoa(i+1)
			g.Depth = depth
			g.ChildCount = len(children[g.ID])
			g.Measures = []*koop.Measure{}
			g.Kpis = []*koop.Kpi{}
			out = append(out, g)
			walk(g.ID, g.Code+".", depth+1)
		}
	}
	walk("", "", 0)
	return out, nil
}

// kpisOf reads the KPIs on the given goals, workstreams and event series of a cooperation with
// their measurements (two statements), oldest measurement first, progress computed. Subject
// titles are the plain titles (goal codes are the caller's to add).
func (tx *Tx) kpisOf(cooperationID string, goalIDs, workstreamIDs, seriesIDs []string) ([]*koop.Kpi, error) {
	if goalIDs == nil {
		goalIDs = []string{}
	}
	if workstreamIDs == nil {
		workstreamIDs = []string{}
	}
	if seriesIDs == nil {
		seriesIDs = []string{}
	}
	var rows []struct {
		koop.Kpi
		SubjectTitle string `db:"subject_title"`
	}
	if err := tx.sel(&rows, `SELECT k.id, k.cooperation_id, k.goal_id, k.workstream_id, k.series_id, k.name, k.unit,
			k.baseline::float8 AS baseline, k.baseline_on, k.target::float8 AS target, k.target_on, k.direction, k.version,
			coalesce(g.title, w.title, s.name) AS subject_title
		FROM kpis k
		LEFT JOIN goals g ON g.id = k.goal_id
		LEFT JOIN workstreams w ON w.id = k.workstream_id
		LEFT JOIN event_series s ON s.id = k.series_id
		WHERE k.cooperation_id = $1
			AND (k.goal_id::text = ANY($2) OR k.workstream_id::text = ANY($3) OR k.series_id::text = ANY($4))
		ORDER BY k.name, k.id`, cooperationID, pq.Array(goalIDs), pq.Array(workstreamIDs), pq.Array(seriesIDs)); err != nil {
		return nil, err
	}
	out := make([]*koop.Kpi, len(rows))
	ids := make([]string, len(rows))
	byID := map[string]*koop.Kpi{}
	for i := range rows {
		k := rows[i].Kpi
		switch {
		case k.GoalID != nil:
			k.Subject = &koop.KpiSubject{Kind: koop.KpiOfGoal, ID: *k.GoalID, Title: rows[i].SubjectTitle}
		case k.WorkstreamID != nil:
			k.Subject = &koop.KpiSubject{Kind: koop.KpiOfWorkstream, ID: *k.WorkstreamID, Title: rows[i].SubjectTitle}
		default:
			k.Subject = &koop.KpiSubject{Kind: koop.KpiOfEventSeries, ID: *k.SeriesID, Title: rows[i].SubjectTitle}
		}
		k.Measurements = []*koop.Measurement{}
		out[i], ids[i], byID[k.ID] = &k, k.ID, &k
	}
	if len(ids) > 0 {
		var ms []*koop.Measurement
		if err := tx.sel(&ms, `SELECT m.id, m.kpi_id, m.measured_on, m.value::float8 AS value, m.note, coalesce(u.name, '') AS recorded_by_name
			FROM measurements m LEFT JOIN users u ON u.id = m.recorded_by
			WHERE m.kpi_id = ANY($1::uuid[]) ORDER BY m.measured_on, m.id`, pq.Array(ids)); err != nil {
			return nil, err
		}
		for _, m := range ms {
			k := byID[m.KpiID]
			k.Measurements = append(k.Measurements, m)
		}
	}
	for _, k := range out {
		koop.KpiProgress(k)
	}
	return out, nil
}

// isWorkstreamLead reports whether the actor leads the workstream through an active membership.
func (tx *Tx) isWorkstreamLead(workstreamID string) (bool, error) {
	a, err := tx.actor()
	if err != nil {
		return false, err
	}
	var ok bool
	err = tx.get(&ok, `SELECT EXISTS (SELECT 1 FROM workstream_leads wl JOIN memberships m ON m.id = wl.membership_id
		WHERE wl.workstream_id = $1 AND m.user_id = $2 AND m.active)`, workstreamID, a.UserID)
	return ok, err
}
