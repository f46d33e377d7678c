package postgres

import (
	"context"
	"database/sql"
	"errors"
	"sort"
	"strings"
	"time"

	"github.com/lib/pq"

	"github.com/koop-lichtenberg/koop"
)

// WorkstreamService implements koop.WorkstreamService.
type WorkstreamService struct{ db *DB }

// NewWorkstreamService returns the service.
func NewWorkstreamService(db *DB) *WorkstreamService { return &WorkstreamService{db: db} }

var _ koop.WorkstreamService = (*WorkstreamService)(nil)

const workstreamSelect = `SELECT w.id, w.cooperation_id, w.title, w.description, w.status, w.priority, w.starts_on, w.ends_on,
	w.created_at, w.updated_at, w.version FROM workstreams w`

// workstreamsReadable loads a cooperation whose workstreams the actor reads: everyone who reads
// the directory. To EXTERNAL members the workstreams do not exist.
func (tx *Tx) workstreamsReadable(cooperationID string) (*koop.Cooperation, error) {
	c, err := tx.cooperation(cooperationID)
	if err != nil {
		return nil, err
	}
	if !c.MyRole.Can(koop.PermViewDirectory) {
		return nil, koop.Errorf(koop.ENOTFOUND, "Die Projekte dieser Kooperation wurden nicht gefunden.")
	}
	return c, nil
}

// workstreamsManaged loads a cooperation whose workstreams the actor manages (COORDINATOR, ADMIN).
func (tx *Tx) workstreamsManaged(cooperationID string) (*koop.Cooperation, error) {
	c, err := tx.workstreamsReadable(cooperationID)
	if err != nil {
		return nil, err
	}
	return c, c.MyRole.Require(koop.PermManageStrategy)
}

func errWorkstreamNotFound() error {
	return koop.Errorf(koop.ENOTFOUND, "Das Projekt wurde nicht gefunden.")
}

// workstream loads one workstream without its relations, the actor's right to read it checked
// (to whoever may not, it does not exist); lock takes the row for an update.
func (tx *Tx) workstream(id string, lock bool) (*koop.Workstream, *koop.Cooperation, error) {
	if _, err := tx.actor(); err != nil {
		return nil, nil, err
	}
	if !validID(id) {
		return nil, nil, errWorkstreamNotFound()
	}
	q := workstreamSelect + ` WHERE w.id = $1`
	if lock {
		q += ` FOR UPDATE OF w`
	}
	var w koop.Workstream
	err := tx.get(&w, q, id)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil, errWorkstreamNotFound()
	}
	if err != nil {
		return nil, nil, err
	}
	c, err := tx.workstreamsReadable(w.CooperationID)
	if koop.ErrorCode(err) == koop.ENOTFOUND {
		return nil, nil, errWorkstreamNotFound()
	}
	if err != nil {
		return nil, nil, err
	}
	return &w, c, nil
}

// managedWorkstream loads a workstream for a change by a planner.
func (tx *Tx) managedWorkstream(id string, version *int) (*koop.Workstream, *koop.Cooperation, error) {
	w, c, err := tx.workstream(id, true)
	if err != nil {
		return nil, nil, err
	}
	if err := c.MyRole.Require(koop.PermManageStrategy); err != nil {
		return nil, nil, err
	}
	if version != nil {
		if err := checkVersion(*version, w.Version, "Das Projekt"); err != nil {
			return nil, nil, err
		}
	}
	return w, c, nil
}

// mayReport checks that the actor may report on a workstream: its planners and its leads.
func (tx *Tx) mayReport(c *koop.Cooperation, workstreamID string) error {
	if c.MyRole.Can(koop.PermManageStrategy) {
		return nil
	}
	lead, err := tx.isWorkstreamLead(workstreamID)
	if err != nil {
		return err
	}
	if !lead {
		return koop.Errorf(koop.EFORBIDDEN, "Nur die Koordination und die Leitung des Projekts dürfen das.")
	}
	return nil
}

// fullWorkstream returns a workstream with all its relations, as clients see it.
func (tx *Tx) fullWorkstream(id string) (*koop.Workstream, error) {
	w, c, err := tx.workstream(id, false)
	if err != nil {
		return nil, err
	}
	return w, tx.loadWorkstreams(c, []*koop.Workstream{w})
}

// priorityRank orders HIGH before MEDIUM before LOW before none.
const priorityRank = `CASE w.priority WHEN 'HIGH' THEN 0 WHEN 'MEDIUM' THEN 1 WHEN 'LOW' THEN 2 ELSE 3 END`

// Workstreams is the board: a fixed number of statements whatever the number of workstreams,
// leads, milestones, reports and tasks.
func (s *WorkstreamService) Workstreams(ctx context.Context, cooperationID string, f koop.WorkstreamFilter) ([]*koop.Workstream, error) {
	out := []*koop.Workstream{}
	err := s.db.read(ctx, func(tx *Tx) error {
		c, err := tx.workstreamsReadable(cooperationID)
		if err != nil {
			return err
		}
		statuses := make([]string, 0, len(f.Status))
		for _, st := range f.Status {
			if !st.Valid() {
				return koop.FieldErrorf(koop.EINVALID, "status", "Unbekannter Status.")
			}
			statuses = append(statuses, string(st))
		}
		if f.GoalID != nil && !validID(*f.GoalID) {
			return koop.FieldErrorf(koop.EINVALID, "goalId", "Unbekannte Auswahl.")
		}
		order := make([]string, len(koop.WorkstreamStatuses))
		for i, st := range koop.WorkstreamStatuses {
			order[i] = string(st)
		}
		if err := tx.sel(&out, workstreamSelect+` WHERE w.cooperation_id = $1 AND (cardinality($2::text[]) = 0 OR w.status = ANY($2))
			AND ($3::uuid IS NULL OR EXISTS (SELECT 1 FROM workstream_goals g WHERE g.workstream_id = w.id AND g.goal_id = $3))
			ORDER BY array_position($4::text[], w.status), `+priorityRank+`, lower(w.title), w.id`,
			c.ID, pq.Array(statuses), f.GoalID, pq.Array(order)); err != nil {
			return err
		}
		return tx.loadWorkstreams(c, out)
	})
	return out, err
}

// Workstream returns one workstream with everything the board shows.
func (s *WorkstreamService) Workstream(ctx context.Context, id string) (*koop.Workstream, error) {
	var out *koop.Workstream
	err := s.db.read(ctx, func(tx *Tx) error {
		var err error
		out, err = tx.fullWorkstream(id)
		return err
	})
	return out, err
}

// loadWorkstreams fills the relations of workstreams of one cooperation: one statement per
// relation, whatever their number.
func (tx *Tx) loadWorkstreams(c *koop.Cooperation, list []*koop.Workstream) error {
	if len(list) == 0 {
		return nil
	}
	actor, err := tx.actor()
	if err != nil {
		return err
	}
	ids := make([]string, len(list))
	byID := make(map[string]*koop.Workstream, len(list))
	manage := c.MyRole.Can(koop.PermManageStrategy)
	for i, w := range list {
		ids[i], byID[w.ID] = w.ID, w
		w.Leads, w.Partners, w.Goals, w.Milestones = []*koop.WorkstreamLead{}, []*koop.Partner{}, []*koop.GoalRef{}, []*koop.Milestone{}
		w.Kpis, w.StatusReports, w.Tasks = []*koop.Kpi{}, []*koop.StatusReport{}, []*koop.Task{}
		w.CanManage, w.CanReport = manage, manage
	}
	if err := tx.loadLeads(c, byID, ids, actor.UserID); err != nil {
		return err
	}
	if err := tx.loadWorkstreamGoals(c, byID, ids); err != nil {
		return err
	}
	if err := tx.loadMilestones(byID, ids); err != nil {
		return err
	}
	kpis, err := tx.kpisOf(c.ID, nil, ids, nil)
	if err != nil {
		return err
	}
	for _, k := range kpis {
		if w := byID[*k.WorkstreamID]; w != nil {
			w.Kpis = append(w.Kpis, k)
		}
	}
	var reports []*koop.StatusReport
	if err := tx.sel(&reports, `SELECT r.id, r.workstream_id, r.status, r.summary, coalesce(u.name, '') AS author_name, r.created_at
		FROM status_reports r LEFT JOIN users u ON u.id = r.author_id
		WHERE r.workstream_id = ANY($1) ORDER BY r.created_at DESC, r.id DESC`, pq.Array(ids)); err != nil {
		return err
	}
	for _, r := range reports {
		byID[r.WorkstreamID].StatusReports = append(byID[r.WorkstreamID].StatusReports, r)
	}
	tasks, err := tx.tasks(`t.workstream_id = ANY($1)`, `t.done, t.due_on NULLS LAST, lower(t.title), t.id`, pq.Array(ids))
	if err != nil {
		return err
	}
	partners := partnerMap(c)
	for _, t := range tasks {
		w := byID[*t.WorkstreamID]
		t.OwnerPartner = partnerOf(partners, t.OwnerPartnerID)
		w.Tasks = append(w.Tasks, t)
		if !t.Done {
			w.OpenTaskCount++
		}
	}
	return nil
}

// loadLeads fills the leads of the workstreams (with the partner each belongs to), their
// partners, and CanReport for a reader who leads one.
func (tx *Tx) loadLeads(c *koop.Cooperation, byID map[string]*koop.Workstream, ids []string, readerID string) error {
	var rows []struct {
		WorkstreamID   string  `db:"workstream_id"`
		OrganisationID *string `db:"organisation_id"`
		Active         bool    `db:"active"`
		koop.WorkstreamLead
	}
	if err := tx.sel(&rows, `SELECT wl.workstream_id, m.id AS membership_id, m.user_id, u.name, m.organisation_id, m.active
		FROM workstream_leads wl JOIN memberships m ON m.id = wl.membership_id JOIN users u ON u.id = m.user_id
		WHERE wl.workstream_id = ANY($1) ORDER BY lower(u.name), m.id`, pq.Array(ids)); err != nil {
		return err
	}
	byOrg := map[string]*koop.Partner{}
	for _, p := range c.Partners {
		byOrg[p.Organisation.ID] = p
	}
	for i := range rows {
		r := &rows[i]
		w := byID[r.WorkstreamID]
		l := r.WorkstreamLead
		if r.OrganisationID != nil {
			l.Partner = byOrg[*r.OrganisationID]
		}
		w.Leads = append(w.Leads, &l)
		if r.Active && r.UserID == readerID {
			w.CanReport = true
		}
	}
	for _, w := range byID {
		// leads by partner order (those of no partner last), then by name
		sort.SliceStable(w.Leads, func(i, j int) bool { return partnerRank(w.Leads[i].Partner) < partnerRank(w.Leads[j].Partner) })
		seen := map[string]bool{}
		for _, l := range w.Leads {
			if l.Partner != nil && !seen[l.Partner.ID] {
				seen[l.Partner.ID] = true
				w.Partners = append(w.Partners, l.Partner)
			}
		}
	}
	return nil
}

func partnerRank(p *koop.Partner) int {
	if p == nil {
		return int(^uint(0) >> 1)
	}
	return p.Position
}

// loadWorkstreamGoals fills the goals the workstreams serve, in tree order with their codes.
func (tx *Tx) loadWorkstreamGoals(c *koop.Cooperation, byID map[string]*koop.Workstream, ids []string) error {
	var links []struct {
		WorkstreamID string `db:"workstream_id"`
		GoalID       string `db:"goal_id"`
	}
	if err := tx.sel(&links, `SELECT workstream_id, goal_id FROM workstream_goals WHERE workstream_id = ANY($1)`, pq.Array(ids)); err != nil {
		return err
	}
	if len(links) == 0 {
		return nil
	}
	tree, err := tx.goalTree(c.ID)
	if err != nil {
		return err
	}
	linked := map[string][]string{}
	for _, l := range links {
		linked[l.GoalID] = append(linked[l.GoalID], l.WorkstreamID)
	}
	for _, g := range tree {
		for _, wid := range linked[g.ID] {
			byID[wid].Goals = append(byID[wid].Goals, &koop.GoalRef{ID: g.ID, Code: g.Code, Title: g.Title})
		}
	}
	return nil
}

// loadMilestones fills the milestones by due date and marks the overdue ones.
func (tx *Tx) loadMilestones(byID map[string]*koop.Workstream, ids []string) error {
	var ms []*koop.Milestone
	if err := tx.sel(&ms, milestoneSelect+` WHERE workstream_id = ANY($1) ORDER BY due_on, lower(title), id`, pq.Array(ids)); err != nil {
		return err
	}
	today := tx.today()
	for _, m := range ms {
		m.Overdue = m.DoneOn == nil && day(m.DueOn).Before(today)
		byID[m.WorkstreamID].Milestones = append(byID[m.WorkstreamID].Milestones, m)
	}
	return nil
}

// day is the calendar day of t as midnight UTC, the form dates are compared in.
func day(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// dayText writes a date the German way, "31.12.2026".
func dayText(t time.Time) string { return t.Format("02.01.2006") }

// workstreamFields are a workstream's own fields, checked.
type workstreamFields struct {
	title, description string
	status             koop.WorkstreamStatus
	priority           *koop.Priority
	startsOn           time.Time
	endsOn             *time.Time
}

// check validates the fields; the title is checked for uniqueness by the caller.
func (f *workstreamFields) check() error {
	var err error
	if f.title, err = koop.RequireText("title", "Der Titel", f.title, 200); err != nil {
		return err
	}
	if f.description, err = koop.OptionalText("description", "Die Beschreibung", f.description, 10000); err != nil {
		return err
	}
	if !f.status.Valid() {
		return koop.FieldErrorf(koop.EINVALID, "status", "Unbekannter Status.")
	}
	if f.priority != nil && !f.priority.Valid() {
		return koop.FieldErrorf(koop.EINVALID, "priority", "Unbekannte Priorität.")
	}
	if f.startsOn.IsZero() {
		return koop.FieldErrorf(koop.EINVALID, "startsOn", "Bitte geben Sie den Beginn des Projekts an.")
	}
	f.startsOn = day(f.startsOn)
	if f.endsOn != nil {
		end := day(*f.endsOn)
		if end.Before(f.startsOn) {
			return koop.FieldErrorf(koop.EINVALID, "endsOn", "Das Ende (%s) darf nicht vor dem Beginn (%s) liegen.", dayText(end), dayText(f.startsOn))
		}
		f.endsOn = &end
	}
	return nil
}

// checkWorkstreamTitle refuses a title another workstream of the cooperation has, whatever
// the case.
func (tx *Tx) checkWorkstreamTitle(cooperationID, title string, except *string) error {
	var taken bool
	if err := tx.get(&taken, `SELECT EXISTS (SELECT 1 FROM workstreams WHERE cooperation_id = $1 AND lower(title) = lower($2)
		AND ($3::uuid IS NULL OR id <> $3))`, cooperationID, title, except); err != nil {
		return err
	}
	if taken {
		return errWorkstreamTitle(title)
	}
	return nil
}

func errWorkstreamTitle(title string) error {
	return koop.FieldErrorf(koop.ECONFLICT, "title", "Ein Projekt mit dem Titel „%s“ gibt es in dieser Kooperation bereits.", title)
}

// titleRace turns the unique index's complaint — a workstream of the same title written at
// the same moment — into the message of checkWorkstreamTitle.
func titleRace(err error, title string) error {
	var pqErr *pq.Error
	if errors.As(err, &pqErr) && pqErr.Code == "23505" && pqErr.Constraint == "workstreams_title_key" {
		return errWorkstreamTitle(title)
	}
	return err
}

// uniqueIDs checks and deduplicates IDs of an input list, keeping their order.
func uniqueIDs(ids []string, field, msg string) ([]string, error) {
	seen := map[string]bool{}
	out := make([]string, 0, len(ids))
	for _, id := range ids {
		if !validID(id) {
			return nil, koop.FieldErrorf(koop.EINVALID, field, "%s", msg)
		}
		if !seen[strings.ToLower(id)] {
			seen[strings.ToLower(id)] = true
			out = append(out, strings.ToLower(id))
		}
	}
	return out, nil
}

// setLeads replaces a workstream's leads: active members of its cooperation, none EXTERNAL.
func (tx *Tx) setLeads(c *koop.Cooperation, workstreamID string, ids []string) ([]string, error) {
	const msg = "Bitte wählen Sie aktive Mitglieder dieser Kooperation als Leitung."
	list, err := uniqueIDs(ids, "leadMembershipIds", msg)
	if err != nil {
		return nil, err
	}
	var roles []koop.Role
	if err := tx.sel(&roles, `SELECT role FROM memberships WHERE cooperation_id = $1 AND active AND id = ANY($2)`, c.ID, pq.Array(list)); err != nil {
		return nil, err
	}
	if len(roles) != len(list) {
		return nil, koop.FieldErrorf(koop.EINVALID, "leadMembershipIds", msg)
	}
	for _, r := range roles {
		if r == koop.RoleExternal {
			return nil, koop.FieldErrorf(koop.EINVALID, "leadMembershipIds", "Externe Mitglieder können kein Projekt leiten.")
		}
	}
	if err := tx.exec(`DELETE FROM workstream_leads WHERE workstream_id = $1`, workstreamID); err != nil {
		return nil, err
	}
	sort.Strings(list)
	return list, tx.exec(`INSERT INTO workstream_leads (workstream_id, membership_id, cooperation_id) SELECT $1, unnest($2::uuid[]), $3`,
		workstreamID, pq.Array(list), c.ID)
}

// setWorkstreamGoals replaces the goals a workstream serves: goals of its cooperation.
func (tx *Tx) setWorkstreamGoals(c *koop.Cooperation, workstreamID string, ids []string) ([]string, error) {
	const msg = "Bitte wählen Sie Ziele dieser Kooperation."
	list, err := uniqueIDs(ids, "goalIds", msg)
	if err != nil {
		return nil, err
	}
	var n int
	if err := tx.get(&n, `SELECT count(*) FROM goals WHERE cooperation_id = $1 AND id = ANY($2)`, c.ID, pq.Array(list)); err != nil {
		return nil, err
	}
	if n != len(list) {
		return nil, koop.FieldErrorf(koop.EINVALID, "goalIds", msg)
	}
	if err := tx.exec(`DELETE FROM workstream_goals WHERE workstream_id = $1`, workstreamID); err != nil {
		return nil, err
	}
	sort.Strings(list)
	return list, tx.exec(`INSERT INTO workstream_goals (workstream_id, goal_id, cooperation_id) SELECT $1, unnest($2::uuid[]), $3`,
		workstreamID, pq.Array(list), c.ID)
}

// CreateWorkstream creates a workstream with its leads and goals.
func (s *WorkstreamService) CreateWorkstream(ctx context.Context, in koop.CreateWorkstreamInput) (*koop.Workstream, error) {
	var out *koop.Workstream
	err := s.db.transact(ctx, func(tx *Tx) error {
		c, err := tx.workstreamsManaged(in.CooperationID)
		if err != nil {
			return err
		}
		f := workstreamFields{title: in.Title, status: koop.WorkstreamProposed, priority: in.Priority, startsOn: in.StartsOn, endsOn: in.EndsOn}
		if in.Description != nil {
			f.description = *in.Description
		}
		if in.Status != nil {
			f.status = *in.Status
		}
		if err := f.check(); err != nil {
			return err
		}
		if err := tx.checkWorkstreamTitle(c.ID, f.title, nil); err != nil {
			return err
		}
		var id string
		if err := tx.get(&id, `INSERT INTO workstreams (cooperation_id, title, description, status, priority, starts_on, ends_on, created_at, updated_at)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) RETURNING id`,
			c.ID, f.title, f.description, f.status, f.priority, f.startsOn, f.endsOn, tx.Now); err != nil {
			return titleRace(err, f.title)
		}
		leads, err := tx.setLeads(c, id, in.LeadMembershipIDs)
		if err != nil {
			return err
		}
		goals, err := tx.setWorkstreamGoals(c, id, in.GoalIDs)
		if err != nil {
			return err
		}
		var ch koop.Changes
		ch.Set("title", nil, f.title)
		ch.Set("description", nil, f.description)
		ch.Set("status", nil, f.status)
		ch.Set("priority", nil, priorityText(f.priority))
		ch.Set("startsOn", nil, dateText(&f.startsOn))
		ch.Set("endsOn", nil, dateText(f.endsOn))
		ch.Set("leadMembershipIds", nil, idList(leads))
		ch.Set("goalIds", nil, idList(goals))
		if err := tx.audit(&c.ID, "workstream.create", "Workstream", id, ch); err != nil {
			return err
		}
		out, err = tx.fullWorkstream(id)
		return err
	})
	return out, err
}

// priorityText is a priority for the audit trail.
func priorityText(p *koop.Priority) *string {
	if p == nil {
		return nil
	}
	s := string(*p)
	return &s
}

// idList writes IDs for the audit trail; nil when there are none.
func idList(ids []string) *string {
	if len(ids) == 0 {
		return nil
	}
	s := strings.Join(ids, ",")
	return &s
}

// UpdateWorkstream changes a workstream. New dates must still contain every milestone.
func (s *WorkstreamService) UpdateWorkstream(ctx context.Context, in koop.UpdateWorkstreamInput) (*koop.Workstream, error) {
	var out *koop.Workstream
	err := s.db.transact(ctx, func(tx *Tx) error {
		w, c, err := tx.managedWorkstream(in.ID, &in.Version)
		if err != nil {
			return err
		}
		f := workstreamFields{title: w.Title, description: w.Description, status: w.Status, priority: w.Priority, startsOn: w.StartsOn, endsOn: w.EndsOn}
		if in.Title != nil {
			f.title = *in.Title
		}
		if in.Description != nil {
			f.description = *in.Description
		}
		if in.Status != nil {
			f.status = *in.Status
		}
		if in.ClearPriority != nil && *in.ClearPriority {
			f.priority = nil
		} else if in.Priority != nil {
			f.priority = in.Priority
		}
		if in.StartsOn != nil {
			f.startsOn = *in.StartsOn
		}
		if in.ClearEndsOn != nil && *in.ClearEndsOn {
			f.endsOn = nil
		} else if in.EndsOn != nil {
			f.endsOn = in.EndsOn
		}
		if err := f.check(); err != nil {
			return err
		}
		if !strings.EqualFold(f.title, w.Title) {
			if err := tx.checkWorkstreamTitle(c.ID, f.title, &w.ID); err != nil {
				return err
			}
		}
		if err := tx.checkMilestonesWithin(w.ID, f.startsOn, f.endsOn); err != nil {
			return err
		}
		var ch koop.Changes
		ch.Set("title", w.Title, f.title)
		ch.Set("description", w.Description, f.description)
		ch.Set("status", w.Status, f.status)
		ch.Set("priority", priorityText(w.Priority), priorityText(f.priority))
		ch.Set("startsOn", dateText(&w.StartsOn), dateText(&f.startsOn))
		ch.Set("endsOn", dateText(w.EndsOn), dateText(f.endsOn))
		if err := tx.exec(`UPDATE workstreams SET title = $2, description = $3, status = $4, priority = $5, starts_on = $6, ends_on = $7,
			updated_at = $8, version = version + 1 WHERE id = $1`,
			w.ID, f.title, f.description, f.status, f.priority, f.startsOn, f.endsOn, tx.Now); err != nil {
			return titleRace(err, f.title)
		}
		if in.LeadMembershipIDs != nil {
			old, err := tx.linkedIDs(`SELECT membership_id::text FROM workstream_leads WHERE workstream_id = $1 ORDER BY 1`, w.ID)
			if err != nil {
				return err
			}
			leads, err := tx.setLeads(c, w.ID, in.LeadMembershipIDs)
			if err != nil {
				return err
			}
			ch.Set("leadMembershipIds", idList(old), idList(leads))
		}
		if in.GoalIDs != nil {
			old, err := tx.linkedIDs(`SELECT goal_id::text FROM workstream_goals WHERE workstream_id = $1 ORDER BY 1`, w.ID)
			if err != nil {
				return err
			}
			goals, err := tx.setWorkstreamGoals(c, w.ID, in.GoalIDs)
			if err != nil {
				return err
			}
			ch.Set("goalIds", idList(old), idList(goals))
		}
		if err := tx.audit(&c.ID, "workstream.update", "Workstream", w.ID, ch); err != nil {
			return err
		}
		out, err = tx.fullWorkstream(w.ID)
		return err
	})
	return out, err
}

// linkedIDs reads a list of IDs.
func (tx *Tx) linkedIDs(query string, args ...any) ([]string, error) {
	var ids []string
	return ids, tx.sel(&ids, query, args...)
}

// checkMilestonesWithin refuses dates that would leave a milestone of the workstream outside.
func (tx *Tx) checkMilestonesWithin(workstreamID string, startsOn time.Time, endsOn *time.Time) error {
	var ms []*koop.Milestone
	if err := tx.sel(&ms, milestoneSelect+` WHERE workstream_id = $1 AND (due_on < $2::date OR due_on > $3::date)
		ORDER BY due_on, lower(title), id LIMIT 1`, workstreamID, startsOn, endsOn); err != nil {
		return err
	}
	if len(ms) == 0 {
		return nil
	}
	m, field := ms[0], "endsOn"
	if day(m.DueOn).Before(startsOn) {
		field = "startsOn"
	}
	return koop.FieldErrorf(koop.EINVALID, field, "Der Meilenstein „%s“ (fällig am %s) läge außerhalb der neuen Laufzeit. Verschieben Sie zuerst den Meilenstein oder wählen Sie andere Daten.",
		m.Title, dayText(m.DueOn))
}

// DeleteWorkstream deletes a workstream; its milestones, reports, KPIs, tasks, comments and
// files go with it.
func (s *WorkstreamService) DeleteWorkstream(ctx context.Context, in koop.DeleteWorkstreamInput) error {
	return s.db.transact(ctx, func(tx *Tx) error {
		w, c, err := tx.managedWorkstream(in.ID, &in.Version)
		if err != nil {
			return err
		}
		if err := tx.exec(`DELETE FROM workstreams WHERE id = $1`, w.ID); err != nil {
			return err
		}
		var ch koop.Changes
		ch.Set("title", w.Title, nil)
		ch.Set("status", w.Status, nil)
		return tx.audit(&c.ID, "workstream.delete", "Workstream", w.ID, ch)
	})
}
