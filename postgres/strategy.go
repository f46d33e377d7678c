package postgres

import (
	"context"
	"database/sql"
	"errors"
	"slices"
	"strings"

	"github.com/lib/pq"

	"github.com/koop-lichtenberg/koop"
)

// StrategyService implements koop.StrategyService.
type StrategyService struct{ db *DB }

// NewStrategyService returns the service.
func NewStrategyService(db *DB) *StrategyService { return &StrategyService{db: db} }

var _ koop.StrategyService = (*StrategyService)(nil)

func errGoalNotFound() error {
	return koop.Errorf(koop.ENOTFOUND, "Das Ziel wurde nicht gefunden.")
}

// strategyAccess loads a cooperation for its goals, KPIs and coverage and checks that the
// actor's role grants p. Whoever does not see the directory (EXTERNAL) does not learn that the
// cooperation has goals at all: for them it is not found.
func (tx *Tx) strategyAccess(cooperationID string, p koop.Permission) (*koop.Cooperation, error) {
	c, err := tx.cooperation(cooperationID)
	if err != nil {
		return nil, err
	}
	if !c.MyRole.Can(koop.PermViewDirectory) {
		return nil, errCooperationNotFound()
	}
	return c, c.MyRole.Require(p)
}

// lockGoals serialises changes to the goal tree of a cooperation: positions and parents are
// read and rewritten as a whole, and two concurrent moves could otherwise build a cycle.
func (tx *Tx) lockGoals(cooperationID string) error {
	return tx.exec(`SELECT pg_advisory_xact_lock(hashtext('goals:' || $1))`, cooperationID)
}

// goalCooperation returns the cooperation of a goal with the actor's access checked; a goal
// the actor may not see is not found.
func (tx *Tx) goalCooperation(id string, p koop.Permission) (*koop.Cooperation, error) {
	if _, err := tx.actor(); err != nil {
		return nil, err
	}
	if !validID(id) {
		return nil, errGoalNotFound()
	}
	var coopID string
	err := tx.get(&coopID, `SELECT cooperation_id FROM goals WHERE id = $1`, id)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, errGoalNotFound()
	}
	if err != nil {
		return nil, err
	}
	c, err := tx.strategyAccess(coopID, p)
	if koop.ErrorCode(err) == koop.ENOTFOUND {
		return nil, errGoalNotFound()
	}
	return c, err
}

// ---- measures ------------------------------------------------------------------------------

// measureKey identifies a measure across both kinds.
type measureKey struct {
	kind koop.MeasureKind
	id   string
}

// measureSet is every measure of a cooperation in display order, with a lookup.
type measureSet struct {
	list  []*koop.Measure
	byKey map[measureKey]*koop.Measure
	index map[measureKey]int
}

// measuresOf reads every workstream and event series of a cooperation as measures, with their
// KPI and goal counts and the partners involved: two statements whatever their number.
func (tx *Tx) measuresOf(c *koop.Cooperation) (*measureSet, error) {
	set := &measureSet{list: []*koop.Measure{}, byKey: map[measureKey]*koop.Measure{}, index: map[measureKey]int{}}
	if err := tx.sel(&set.list, `SELECT 'WORKSTREAM' AS kind, w.id, w.title, w.status AS workstream_status,
			(SELECT count(*) FROM kpis k WHERE k.workstream_id = w.id) AS kpi_count,
			(SELECT count(*) FROM workstream_goals wg WHERE wg.workstream_id = w.id) AS goal_count
		FROM workstreams w WHERE w.cooperation_id = $1
		UNION ALL
		SELECT 'EVENT_SERIES', s.id, s.name, NULL,
			(SELECT count(*) FROM kpis k WHERE k.series_id = s.id),
			(SELECT count(*) FROM event_series_goals sg WHERE sg.series_id = s.id)
		FROM event_series s WHERE s.cooperation_id = $1
		ORDER BY 3, 1, 2`, c.ID); err != nil {
		return nil, err
	}
	// Titles as people read them: case does not matter.
	slices.SortStableFunc(set.list, func(a, b *koop.Measure) int {
		return strings.Compare(strings.ToLower(a.Title), strings.ToLower(b.Title))
	})
	for i, m := range set.list {
		k := measureKey{m.Kind, m.ID}
		set.byKey[k], set.index[k] = m, i
		m.Partners = []*koop.Partner{}
	}
	// The partners involved: a workstream's leads' organisations; a series' default lead
	// partner, the lead partners of its events and the organisations of their organisers.
	var rows []struct {
		Kind      koop.MeasureKind `db:"kind"`
		MeasureID string           `db:"measure_id"`
		PartnerID string           `db:"partner_id"`
	}
	if err := tx.sel(&rows, `SELECT DISTINCT x.kind, x.measure_id, p.id AS partner_id FROM (
			SELECT 'WORKSTREAM' AS kind, wl.workstream_id AS measure_id, m.organisation_id
			FROM workstream_leads wl JOIN memberships m ON m.id = wl.membership_id WHERE wl.cooperation_id = $1
			UNION ALL
			SELECT 'EVENT_SERIES', s.id, dp.organisation_id
			FROM event_series s JOIN partners dp ON dp.id = s.default_lead_partner_id WHERE s.cooperation_id = $1
			UNION ALL
			SELECT 'EVENT_SERIES', e.series_id, lp.organisation_id
			FROM events e JOIN partners lp ON lp.id = e.lead_partner_id WHERE e.cooperation_id = $1 AND e.series_id IS NOT NULL
			UNION ALL
			SELECT 'EVENT_SERIES', e.series_id, m.organisation_id
			FROM events e JOIN event_organisers eo ON eo.event_id = e.id JOIN memberships m ON m.id = eo.membership_id
			WHERE e.cooperation_id = $1 AND e.series_id IS NOT NULL
		) x JOIN partners p ON p.cooperation_id = $1 AND p.organisation_id = x.organisation_id`, c.ID); err != nil {
		return nil, err
	}
	involved := map[measureKey]map[string]bool{}
	for _, r := range rows {
		k := measureKey{r.Kind, r.MeasureID}
		if involved[k] == nil {
			involved[k] = map[string]bool{}
		}
		involved[k][r.PartnerID] = true
	}
	for k, ps := range involved {
		m := set.byKey[k]
		if m == nil {
			continue
		}
		for _, p := range c.Partners { // partner order
			if ps[p.ID] {
				m.Partners = append(m.Partners, p)
			}
		}
	}
	return set, nil
}

// ---- the strategy --------------------------------------------------------------------------

// goalLink links a measure to a goal.
type goalLink struct {
	GoalID    string           `db:"goal_id"`
	Kind      koop.MeasureKind `db:"kind"`
	MeasureID string           `db:"measure_id"`
}

// strategyOf reads a cooperation's mission statement and goal tree with each goal's measures,
// KPIs and coverage marker, in a fixed number of statements. It also returns the measures.
func (tx *Tx) strategyOf(c *koop.Cooperation) (*koop.Strategy, *measureSet, error) {
	s := &koop.Strategy{CooperationID: c.ID, CanManage: c.MyRole.Can(koop.PermManageStrategy), Goals: []*koop.Goal{}}
	var rows []koop.Strategy
	if err := tx.sel(&rows, `SELECT cooperation_id, mission_statement, version FROM strategies WHERE cooperation_id = $1`, c.ID); err != nil {
		return nil, nil, err
	}
	if len(rows) == 1 {
		s.MissionStatement, s.Version = rows[0].MissionStatement, rows[0].Version
	}
	goals, err := tx.goalTree(c.ID)
	if err != nil {
		return nil, nil, err
	}
	s.Goals = goals
	measures, err := tx.measuresOf(c)
	if err != nil {
		return nil, nil, err
	}
	if len(goals) == 0 {
		return s, measures, nil
	}
	byID := make(map[string]*koop.Goal, len(goals))
	ids := make([]string, len(goals))
	for i, g := range goals {
		byID[g.ID], ids[i] = g, g.ID
	}
	var links []goalLink
	if err := tx.sel(&links, `SELECT goal_id, 'WORKSTREAM' AS kind, workstream_id AS measure_id FROM workstream_goals WHERE cooperation_id = $1
		UNION ALL SELECT goal_id, 'EVENT_SERIES', series_id FROM event_series_goals WHERE cooperation_id = $1`, c.ID); err != nil {
		return nil, nil, err
	}
	slices.SortStableFunc(links, func(a, b goalLink) int {
		return measures.index[measureKey{a.Kind, a.MeasureID}] - measures.index[measureKey{b.Kind, b.MeasureID}]
	})
	for _, l := range links {
		g, m := byID[l.GoalID], measures.byKey[measureKey{l.Kind, l.MeasureID}]
		if g != nil && m != nil {
			g.Measures = append(g.Measures, m)
		}
	}
	// Goals come parent first: walking backwards passes coverage up the tree.
	for i := len(goals) - 1; i >= 0; i-- {
		g := goals[i]
		if len(g.Measures) > 0 {
			g.Covered = true
		}
		if g.Covered && g.ParentID != nil {
			byID[*g.ParentID].Covered = true
		}
	}
	kpis, err := tx.kpisOf(c.ID, ids, nil, nil)
	if err != nil {
		return nil, nil, err
	}
	codeGoalSubjects(kpis, byID)
	for _, k := range kpis {
		g := byID[*k.GoalID]
		g.Kpis = append(g.Kpis, k)
	}
	return s, measures, nil
}

// codeGoalSubjects puts the goal code in front of the subject titles of KPIs on goals ("2.3 …").
func codeGoalSubjects(kpis []*koop.Kpi, goals map[string]*koop.Goal) {
	for _, k := range kpis {
		if k.Subject.Kind != koop.KpiOfGoal {
			continue
		}
		if g := goals[k.Subject.ID]; g != nil {
			k.Subject.Title = g.Code + " " + g.Title
		}
	}
}

// goalOf returns one goal of a cooperation as the goal tree shows it.
func (tx *Tx) goalOf(c *koop.Cooperation, id string) (*koop.Goal, error) {
	s, _, err := tx.strategyOf(c)
	if err != nil {
		return nil, err
	}
	for _, g := range s.Goals {
		if g.ID == id {
			return g, nil
		}
	}
	return nil, errGoalNotFound()
}

// Strategy returns the mission statement and the goal tree.
func (s *StrategyService) Strategy(ctx context.Context, cooperationID string) (*koop.Strategy, error) {
	var out *koop.Strategy
	err := s.db.read(ctx, func(tx *Tx) error {
		c, err := tx.strategyAccess(cooperationID, koop.PermViewDirectory)
		if err != nil {
			return err
		}
		out, _, err = tx.strategyOf(c)
		return err
	})
	return out, err
}

// maxMissionStatement is the longest mission statement, in characters.
const maxMissionStatement = 2000

// UpdateMissionStatement writes the mission statement; version 0 means it was never written.
func (s *StrategyService) UpdateMissionStatement(ctx context.Context, in koop.UpdateMissionStatementInput) (*koop.Strategy, error) {
	var out *koop.Strategy
	err := s.db.transact(ctx, func(tx *Tx) error {
		c, err := tx.strategyAccess(in.CooperationID, koop.PermManageStrategy)
		if err != nil {
			return err
		}
		text, err := koop.OptionalText("missionStatement", "Das Leitbild", koop.CleanPlainText(in.MissionStatement), maxMissionStatement)
		if err != nil {
			return err
		}
		var cur []koop.Strategy
		if err := tx.sel(&cur, `SELECT cooperation_id, mission_statement, version FROM strategies WHERE cooperation_id = $1 FOR UPDATE`, c.ID); err != nil {
			return err
		}
		old, version := "", 0
		if len(cur) == 1 {
			old, version = cur[0].MissionStatement, cur[0].Version
		}
		if err := checkVersion(in.Version, version, "Das Leitbild"); err != nil {
			return err
		}
		if version == 0 {
			// Someone else writing it for the first time at the same moment wins; this one
			// read a version that is stale by then.
			var inserted []string
			if err := tx.sel(&inserted, `INSERT INTO strategies (cooperation_id, mission_statement, updated_at) VALUES ($1, $2, $3)
				ON CONFLICT (cooperation_id) DO NOTHING RETURNING cooperation_id`, c.ID, text, tx.Now); err != nil {
				return err
			}
			if len(inserted) == 0 {
				return checkVersion(0, 1, "Das Leitbild")
			}
		} else if err := tx.exec(`UPDATE strategies SET mission_statement = $2, updated_at = $3, version = version + 1 WHERE cooperation_id = $1`,
			c.ID, text, tx.Now); err != nil {
			return err
		}
		var ch koop.Changes
		ch.Set("missionStatement", old, text)
		if err := tx.audit(&c.ID, "strategy.update", "Strategy", c.ID, ch); err != nil {
			return err
		}
		out, _, err = tx.strategyOf(c)
		return err
	})
	return out, err
}

// ---- goals ---------------------------------------------------------------------------------

// Limits of a goal's texts (the database checks them too).
const (
	maxGoalTitle       = 300
	maxGoalDescription = 5000
)

// checkPriority refuses an unknown priority.
func checkPriority(p *koop.Priority) error {
	if p != nil && !p.Valid() {
		return koop.FieldErrorf(koop.EINVALID, "priority", "Unbekannte Priorität.")
	}
	return nil
}

// goalIndex maps the goals of a tree by ID.
func goalIndex(tree []*koop.Goal) map[string]*koop.Goal {
	m := make(map[string]*koop.Goal, len(tree))
	for _, g := range tree {
		m[g.ID] = g
	}
	return m
}

// siblingsOf returns the goals under parent (nil: the top goals) in their order, leaving out
// the goal skip.
func siblingsOf(tree []*koop.Goal, parent *string, skip string) []*koop.Goal {
	var out []*koop.Goal
	for _, g := range tree {
		if g.ID != skip && sameParent(g.ParentID, parent) {
			out = append(out, g)
		}
	}
	slices.SortStableFunc(out, func(a, b *koop.Goal) int { return a.Position - b.Position })
	return out
}

func sameParent(a, b *string) bool {
	return (a == nil && b == nil) || (a != nil && b != nil && *a == *b)
}

// renumber writes positions 1..n to each list of siblings where they differ, in one statement.
func (tx *Tx) renumber(lists ...[]*koop.Goal) error {
	ids, positions := []string{}, []int64{}
	for _, list := range lists {
		for i, g := range list {
			if g.Position != i+1 {
				ids, positions = append(ids, g.ID), append(positions, int64(i+1))
			}
		}
	}
	if len(ids) == 0 {
		return nil
	}
	return tx.exec(`UPDATE goals g SET position = x.position FROM unnest($1::uuid[], $2::int[]) AS x (id, position) WHERE g.id = x.id`,
		pq.Array(ids), pq.Array(positions))
}

// CreateGoal adds a goal at the end of its siblings.
func (s *StrategyService) CreateGoal(ctx context.Context, in koop.CreateGoalInput) (*koop.Goal, error) {
	var out *koop.Goal
	err := s.db.transact(ctx, func(tx *Tx) error {
		c, err := tx.strategyAccess(in.CooperationID, koop.PermManageStrategy)
		if err != nil {
			return err
		}
		title, err := koop.RequireText("title", "Der Titel", in.Title, maxGoalTitle)
		if err != nil {
			return err
		}
		desc := ""
		if in.Description != nil {
			if desc, err = koop.OptionalText("description", "Die Beschreibung", koop.CleanPlainText(*in.Description), maxGoalDescription); err != nil {
				return err
			}
		}
		if err := checkPriority(in.Priority); err != nil {
			return err
		}
		if err := tx.lockGoals(c.ID); err != nil {
			return err
		}
		tree, err := tx.goalTree(c.ID)
		if err != nil {
			return err
		}
		if in.ParentID != nil && goalIndex(tree)[*in.ParentID] == nil {
			return koop.FieldErrorf(koop.ENOTFOUND, "parentId", "Das übergeordnete Ziel wurde nicht gefunden.")
		}
		position := len(siblingsOf(tree, in.ParentID, "")) + 1
		var id string
		if err := tx.get(&id, `INSERT INTO goals (cooperation_id, parent_id, position, title, description, priority, created_at, updated_at)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING id`, c.ID, in.ParentID, position, title, desc, priorityText(in.Priority), tx.Now); err != nil {
			return err
		}
		var ch koop.Changes
		ch.Set("parentId", nil, in.ParentID)
		ch.Set("position", nil, position)
		ch.Set("title", nil, title)
		ch.Set("description", nil, desc)
		ch.Set("priority", nil, priorityText(in.Priority))
		if err := tx.audit(&c.ID, "goal.create", "Goal", id, ch); err != nil {
			return err
		}
		out, err = tx.goalOf(c, id)
		return err
	})
	return out, err
}

// goalPlacement decides where an update puts a goal: its parent and its siblings there in
// their new order (with the goal), and its old siblings (without it) when it changes parent.
func goalPlacement(tree []*koop.Goal, g *koop.Goal, in koop.UpdateGoalInput) (parent *string, siblings, oldSiblings []*koop.Goal, err error) {
	byID := goalIndex(tree)
	parent = g.ParentID
	switch {
	case in.ToTopLevel != nil && *in.ToTopLevel:
		if in.ParentID != nil {
			return nil, nil, nil, koop.FieldErrorf(koop.EINVALID, "parentId", "Ein Ziel kann nicht zugleich Oberziel werden und unter ein anderes Ziel verschoben werden.")
		}
		parent = nil
	case in.ParentID != nil:
		p := byID[*in.ParentID]
		if p == nil {
			return nil, nil, nil, koop.FieldErrorf(koop.ENOTFOUND, "parentId", "Das übergeordnete Ziel wurde nicht gefunden.")
		}
		// The new parent may be neither the goal nor one of its sub-goals: walk up from it.
		for a := p; a != nil; a = parentOf(byID, a) {
			if a.ID == g.ID {
				return nil, nil, nil, koop.FieldErrorf(koop.EINVALID, "parentId", "Ein Ziel kann nicht unter sich selbst oder eines seiner Unterziele verschoben werden.")
			}
		}
		parent = &p.ID
	}
	moved := !sameParent(parent, g.ParentID)
	siblings = siblingsOf(tree, parent, g.ID)
	at := len(siblings) // a goal moved elsewhere goes to the end
	if !moved {
		at = 0 // where it stands now
		for _, x := range siblings {
			if x.Position < g.Position || (x.Position == g.Position && x.ID < g.ID) {
				at++
			}
		}
	}
	if in.Position != nil {
		if *in.Position < 1 || *in.Position > len(siblings)+1 {
			return nil, nil, nil, koop.FieldErrorf(koop.EINVALID, "position", "Die Position muss zwischen 1 und %d liegen.", len(siblings)+1)
		}
		at = *in.Position - 1
	}
	siblings = slices.Insert(siblings, at, g)
	if moved {
		oldSiblings = siblingsOf(tree, g.ParentID, g.ID)
	}
	return parent, siblings, oldSiblings, nil
}

func parentOf(byID map[string]*koop.Goal, g *koop.Goal) *koop.Goal {
	if g.ParentID == nil {
		return nil
	}
	return byID[*g.ParentID]
}

// lockedGoal loads a goal for a change by a planner with the goal tree of its cooperation,
// which stays locked until the transaction ends, and checks the version read.
func (tx *Tx) lockedGoal(id string, version int) (*koop.Cooperation, []*koop.Goal, *koop.Goal, error) {
	c, err := tx.goalCooperation(id, koop.PermManageStrategy)
	if err != nil {
		return nil, nil, nil, err
	}
	if err := tx.lockGoals(c.ID); err != nil {
		return nil, nil, nil, err
	}
	tree, err := tx.goalTree(c.ID)
	if err != nil {
		return nil, nil, nil, err
	}
	g := goalIndex(tree)[id]
	if g == nil {
		return nil, nil, nil, errGoalNotFound()
	}
	return c, tree, g, checkVersion(version, g.Version, "Das Ziel")
}

// UpdateGoal changes a goal's texts and priority and moves it within the tree.
func (s *StrategyService) UpdateGoal(ctx context.Context, in koop.UpdateGoalInput) (*koop.Goal, error) {
	var out *koop.Goal
	err := s.db.transact(ctx, func(tx *Tx) error {
		c, tree, g, err := tx.lockedGoal(in.ID, in.Version)
		if err != nil {
			return err
		}
		var ch koop.Changes
		title, desc, priority := g.Title, g.Description, g.Priority
		if in.Title != nil {
			if title, err = koop.RequireText("title", "Der Titel", *in.Title, maxGoalTitle); err != nil {
				return err
			}
			ch.Set("title", g.Title, title)
		}
		if in.Description != nil {
			if desc, err = koop.OptionalText("description", "Die Beschreibung", koop.CleanPlainText(*in.Description), maxGoalDescription); err != nil {
				return err
			}
			ch.Set("description", g.Description, desc)
		}
		if in.ClearPriority != nil && *in.ClearPriority {
			priority = nil
		} else if in.Priority != nil {
			if err := checkPriority(in.Priority); err != nil {
				return err
			}
			priority = in.Priority
		}
		ch.Set("priority", priorityText(g.Priority), priorityText(priority))
		parent, siblings, oldSiblings, err := goalPlacement(tree, g, in)
		if err != nil {
			return err
		}
		ch.Set("parentId", g.ParentID, parent)
		oldPosition := g.Position
		if err := tx.exec(`UPDATE goals SET parent_id = $2, title = $3, description = $4, priority = $5, updated_at = $6, version = version + 1
			WHERE id = $1`, g.ID, parent, title, desc, priorityText(priority), tx.Now); err != nil {
			return err
		}
		if err := tx.renumber(siblings, oldSiblings); err != nil {
			return err
		}
		ch.Set("position", oldPosition, slices.Index(siblings, g)+1)
		if err := tx.audit(&c.ID, "goal.update", "Goal", g.ID, ch); err != nil {
			return err
		}
		out, err = tx.goalOf(c, g.ID)
		return err
	})
	return out, err
}

// DeleteGoal deletes a goal without sub-goals, with its links and KPIs.
func (s *StrategyService) DeleteGoal(ctx context.Context, in koop.DeleteGoalInput) error {
	return s.db.transact(ctx, func(tx *Tx) error {
		c, tree, g, err := tx.lockedGoal(in.ID, in.Version)
		if err != nil {
			return err
		}
		if g.ChildCount > 0 {
			return koop.Errorf(koop.ECONFLICT, "Das Ziel „%s“ hat %d Unterziele. Bitte verschieben oder löschen Sie zuerst die Unterziele.", g.Title, g.ChildCount)
		}
		if err := tx.exec(`DELETE FROM goals WHERE id = $1`, g.ID); err != nil {
			return err
		}
		if err := tx.renumber(siblingsOf(tree, g.ParentID, g.ID)); err != nil {
			return err
		}
		var ch koop.Changes
		ch.Set("code", g.Code, nil)
		ch.Set("title", g.Title, nil)
		return tx.audit(&c.ID, "goal.delete", "Goal", g.ID, ch)
	})
}

// measureOf checks that the measure names a workstream or event series of the cooperation.
func (tx *Tx) measureOf(cooperationID string, in *koop.MeasureInput) error {
	if in == nil {
		return koop.FieldErrorf(koop.EINVALID, "measure", "Bitte wählen Sie eine Maßnahme.")
	}
	table := ""
	switch in.Kind {
	case koop.MeasureWorkstream:
		table = "workstreams"
	case koop.MeasureEventSeries:
		table = "event_series"
	default:
		return koop.FieldErrorf(koop.EINVALID, "measure.kind", "Unbekannte Art der Maßnahme.")
	}
	notFound := koop.FieldErrorf(koop.ENOTFOUND, "measure.id", "Die Maßnahme wurde nicht gefunden.")
	if !validID(in.ID) {
		return notFound
	}
	var ok bool
	if err := tx.get(&ok, `SELECT EXISTS (SELECT 1 FROM `+table+` WHERE id = $1 AND cooperation_id = $2)`, in.ID, cooperationID); err != nil {
		return err
	}
	if !ok {
		return notFound
	}
	return nil
}

// linkGoalMeasure links or unlinks a measure; doing what is already done changes nothing and
// writes no audit entry.
func (s *StrategyService) linkGoalMeasure(ctx context.Context, in koop.GoalMeasureInput, link bool) (*koop.Goal, error) {
	var out *koop.Goal
	err := s.db.transact(ctx, func(tx *Tx) error {
		c, err := tx.goalCooperation(in.GoalID, koop.PermManageStrategy)
		if err != nil {
			return err
		}
		if err := tx.measureOf(c.ID, in.Measure); err != nil {
			return err
		}
		table, column := "workstream_goals", "workstream_id"
		if in.Measure.Kind == koop.MeasureEventSeries {
			table, column = "event_series_goals", "series_id"
		}
		var q, action string
		if link {
			q = `INSERT INTO ` + table + ` (` + column + `, goal_id, cooperation_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`
			action = "goal.link_measure"
		} else {
			q = `DELETE FROM ` + table + ` WHERE ` + column + ` = $1 AND goal_id = $2 AND cooperation_id = $3`
			action = "goal.unlink_measure"
		}
		res, err := tx.ExecContext(tx.ctx, q, in.Measure.ID, in.GoalID, c.ID)
		if err != nil {
			return err
		}
		if n, err := res.RowsAffected(); err != nil {
			return err
		} else if n > 0 {
			var ch koop.Changes
			ch.Set("measureKind", nil, string(in.Measure.Kind))
			ch.Set("measureId", nil, in.Measure.ID)
			if err := tx.audit(&c.ID, action, "Goal", in.GoalID, ch); err != nil {
				return err
			}
		}
		out, err = tx.goalOf(c, in.GoalID)
		return err
	})
	return out, err
}

// LinkGoalMeasure links a workstream or event series to a goal it serves; linking twice is
// the same as once.
func (s *StrategyService) LinkGoalMeasure(ctx context.Context, in koop.GoalMeasureInput) (*koop.Goal, error) {
	return s.linkGoalMeasure(ctx, in, true)
}

// UnlinkGoalMeasure removes the link; unlinking a measure that is not linked changes nothing.
func (s *StrategyService) UnlinkGoalMeasure(ctx context.Context, in koop.GoalMeasureInput) (*koop.Goal, error) {
	return s.linkGoalMeasure(ctx, in, false)
}

// Coverage lists the gaps of the goal tree and the partner balance of a year (0: the current
// year in Berlin).
func (s *StrategyService) Coverage(ctx context.Context, cooperationID string, year int) (*koop.Coverage, error) {
	var out *koop.Coverage
	err := s.db.read(ctx, func(tx *Tx) error {
		c, err := tx.strategyAccess(cooperationID, koop.PermViewDirectory)
		if err != nil {
			return err
		}
		if year == 0 {
			year = tx.Now.In(koop.Berlin).Year()
		}
		if year < 2000 || year > 2100 {
			return koop.FieldErrorf(koop.EINVALID, "year", "Bitte wählen Sie ein Jahr zwischen 2000 und 2100.")
		}
		out, err = tx.coverageOf(c, year)
		return err
	})
	return out, err
}
