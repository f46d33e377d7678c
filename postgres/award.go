package postgres

import (
	"context"
	"database/sql"
	"errors"
	"strings"
	"time"

	"github.com/lib/pq"

	"github.com/koop-lichtenberg/koop"
)

// AwardService implements koop.AwardService.
type AwardService struct{ db *DB }

// NewAwardService returns the award service.
func NewAwardService(db *DB) *AwardService { return &AwardService{db: db} }

var _ koop.AwardService = (*AwardService)(nil)

func init() {
	uniqueMessages["award_programmes_name_key"] = struct{ field, text string }{"name", "Einen Preis mit diesem Namen gibt es in dieser Kooperation bereits."}
	uniqueMessages["award_cycles_year_key"] = struct{ field, text string }{"year", "Für dieses Jahr gibt es bereits eine Runde."}
	uniqueMessages["award_criteria_name_key"] = struct{ field, text string }{"name", "Ein Kriterium mit diesem Namen gibt es in dieser Runde bereits."}
}

func errProgrammeNotFound() error {
	return koop.Errorf(koop.ENOTFOUND, "Der Preis wurde nicht gefunden.")
}

func errCycleNotFound() error {
	return koop.Errorf(koop.ENOTFOUND, "Die Preisrunde wurde nicht gefunden.")
}

func errCriterionNotFound() error {
	return koop.Errorf(koop.ENOTFOUND, "Das Kriterium wurde nicht gefunden.")
}

// ---- programmes ----------------------------------------------------------------------------

const programmeSelect = `SELECT id, cooperation_id, name, description, winner_exclusion_years, created_at, version FROM award_programmes`

// awardProgramme loads a programme the actor may read, optionally locked, with its cooperation.
func (tx *Tx) awardProgramme(id string, lock bool) (*koop.AwardProgramme, *koop.Cooperation, error) {
	if _, err := tx.actor(); err != nil {
		return nil, nil, err
	}
	if !validID(id) {
		return nil, nil, errProgrammeNotFound()
	}
	q := programmeSelect + ` WHERE id = $1`
	if lock {
		q += ` FOR UPDATE`
	}
	var p koop.AwardProgramme
	err := tx.get(&p, q, id)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil, errProgrammeNotFound()
	}
	if err != nil {
		return nil, nil, err
	}
	c, err := tx.readable(p.CooperationID)
	if koop.ErrorCode(err) == koop.ENOTFOUND {
		return nil, nil, errProgrammeNotFound()
	}
	if err != nil {
		return nil, nil, err
	}
	p.CanManage = c.MyRole.Can(koop.PermManageAward)
	return &p, c, nil
}

// AwardProgrammes lists a cooperation's programmes by name, each with its cycles, newest first.
func (s *AwardService) AwardProgrammes(ctx context.Context, cooperationID string) ([]*koop.AwardProgramme, error) {
	out := []*koop.AwardProgramme{}
	err := s.db.read(ctx, func(tx *Tx) error {
		c, err := tx.cooperation(cooperationID)
		if err != nil {
			return err
		}
		// A reader who does not see the directory (EXTERNAL) sees only the cycles they judge, and
		// only the programmes of those.
		jurorOnly := !c.MyRole.Can(koop.PermViewDirectory)
		where, cycleWhere := ` WHERE cooperation_id = $1`, ``
		args := []any{cooperationID}
		if jurorOnly {
			where += ` AND id IN (SELECT y.programme_id FROM award_cycles y JOIN award_jurors j ON j.cycle_id = y.id WHERE j.user_id = $2)`
			cycleWhere = ` AND y.id IN (SELECT cycle_id FROM award_jurors WHERE user_id = $2)`
			args = append(args, tx.Actor.UserID)
		}
		if err := tx.sel(&out, programmeSelect+where+` ORDER BY lower(name), id`, args...); err != nil {
			return err
		}
		if len(out) == 0 {
			return nil
		}
		ids := make([]string, len(out))
		byID := map[string]*koop.AwardProgramme{}
		for i, p := range out {
			ids[i], byID[p.ID] = p.ID, p
			p.CanManage = c.MyRole.Can(koop.PermManageAward)
			p.Cycles = []*koop.AwardCycle{}
		}
		cargs := []any{pq.Array(ids)}
		if jurorOnly {
			cargs = append(cargs, tx.Actor.UserID)
		}
		cycles, err := tx.selectCycles(c, `WHERE y.programme_id = ANY($1)`+cycleWhere+` ORDER BY y.year DESC`, cargs...)
		if err != nil {
			return err
		}
		for _, y := range cycles {
			byID[y.ProgrammeID].Cycles = append(byID[y.ProgrammeID].Cycles, y)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// CreateAwardProgramme creates a programme.
func (s *AwardService) CreateAwardProgramme(ctx context.Context, cooperationID string, in koop.AwardProgrammeInput) (*koop.AwardProgramme, error) {
	var out *koop.AwardProgramme
	err := s.db.transact(ctx, func(tx *Tx) error {
		c, err := tx.cooperation(cooperationID)
		if err != nil {
			return err
		}
		if err := c.MyRole.Require(koop.PermManageAward); err != nil {
			return err
		}
		if err := in.Validate(); err != nil {
			return err
		}
		var id string
		if err := tx.get(&id, `INSERT INTO award_programmes (cooperation_id, name, description, winner_exclusion_years, created_at, updated_at)
			VALUES ($1, $2, $3, $4, $5, $5) RETURNING id`, c.ID, in.Name, in.Description, in.WinnerExclusionYears, tx.Now); err != nil {
			return err
		}
		var ch koop.Changes
		ch.Set("name", nil, in.Name)
		ch.Set("description", nil, in.Description)
		ch.Set("winnerExclusionYears", nil, in.WinnerExclusionYears)
		if err := tx.audit(&c.ID, "award_programme.create", "AwardProgramme", id, ch); err != nil {
			return err
		}
		out, _, err = tx.awardProgramme(id, false)
		if err == nil {
			out.Cycles = []*koop.AwardCycle{}
		}
		return err
	})
	return out, err
}

// UpdateAwardProgramme edits a programme.
func (s *AwardService) UpdateAwardProgramme(ctx context.Context, id string, version int, in koop.AwardProgrammeInput) (*koop.AwardProgramme, error) {
	var out *koop.AwardProgramme
	err := s.db.transact(ctx, func(tx *Tx) error {
		p, c, err := tx.awardProgramme(id, true)
		if err != nil {
			return err
		}
		if err := c.MyRole.Require(koop.PermManageAward); err != nil {
			return err
		}
		if err := checkVersion(version, p.Version, "Der Preis"); err != nil {
			return err
		}
		if err := in.Validate(); err != nil {
			return err
		}
		if err := tx.exec(`UPDATE award_programmes SET name = $2, description = $3, winner_exclusion_years = $4, updated_at = $5, version = version + 1
			WHERE id = $1`, id, in.Name, in.Description, in.WinnerExclusionYears, tx.Now); err != nil {
			return err
		}
		var ch koop.Changes
		ch.Set("name", p.Name, in.Name)
		ch.Set("description", p.Description, in.Description)
		ch.Set("winnerExclusionYears", p.WinnerExclusionYears, in.WinnerExclusionYears)
		if err := tx.audit(&c.ID, "award_programme.update", "AwardProgramme", id, ch); err != nil {
			return err
		}
		out, _, err = tx.awardProgramme(id, false)
		if err != nil {
			return err
		}
		out.Cycles, err = tx.selectCycles(c, `WHERE y.programme_id = $1 ORDER BY y.year DESC`, id)
		return err
	})
	return out, err
}

// ---- cycles --------------------------------------------------------------------------------

const cycleSelect = `SELECT y.id, y.cooperation_id, y.programme_id, p.name AS programme_name, y.year, y.title, y.categories,
	y.nomination_opens_at, y.nomination_closes_at, y.voting_closes_at, y.quorum, y.tie_break_rule, y.announcement_event_id,
	e.title AS announcement_event_title, y.phase, y.created_at, y.version, y.criteria_version, y.closed_by_name, y.closed_at
	FROM award_cycles y JOIN award_programmes p ON p.id = y.programme_id LEFT JOIN events e ON e.id = y.announcement_event_id `

type cycleRow struct {
	koop.AwardCycle
	CategoryList pq.StringArray `db:"categories"`
}

// selectCycles loads cycles of one cooperation with their criteria, approvals and what the
// actor may do, in one statement per level.
func (tx *Tx) selectCycles(c *koop.Cooperation, where string, args ...any) ([]*koop.AwardCycle, error) {
	var rows []*cycleRow
	if err := tx.sel(&rows, cycleSelect+where, args...); err != nil {
		return nil, err
	}
	out := make([]*koop.AwardCycle, len(rows))
	for i, r := range rows {
		r.AwardCycle.Categories = append([]string{}, r.CategoryList...)
		out[i] = &r.AwardCycle
	}
	return out, tx.loadCycleDetails(c, out)
}

// loadCycleDetails fills criteria, the approval of each partner and the actor's permissions.
func (tx *Tx) loadCycleDetails(c *koop.Cooperation, cycles []*koop.AwardCycle) error {
	if len(cycles) == 0 {
		return nil
	}
	ids := make([]string, len(cycles))
	byID := map[string]*koop.AwardCycle{}
	for i, y := range cycles {
		ids[i], byID[y.ID] = y.ID, y
		y.Criteria = []*koop.Criterion{}
	}
	var criteria []*koop.Criterion
	if err := tx.sel(&criteria, `SELECT id, cycle_id, name, description, weight, score_min, score_max, position
		FROM award_criteria WHERE cycle_id = ANY($1) ORDER BY position, id`, pq.Array(ids)); err != nil {
		return err
	}
	for _, cr := range criteria {
		byID[cr.CycleID].Criteria = append(byID[cr.CycleID].Criteria, cr)
	}
	var approvals []struct {
		CycleID   string    `db:"cycle_id"`
		PartnerID string    `db:"partner_id"`
		By        *string   `db:"approved_by_name"`
		At        time.Time `db:"approved_at"`
		Version   int       `db:"criteria_version"`
	}
	if err := tx.sel(&approvals, `SELECT a.cycle_id, a.partner_id, u.name AS approved_by_name, a.approved_at, a.criteria_version
		FROM award_criteria_approvals a LEFT JOIN users u ON u.id = a.approved_by WHERE a.cycle_id = ANY($1)`, pq.Array(ids)); err != nil {
		return err
	}
	type key struct{ cycle, partner string }
	given := map[key]int{}
	for i, a := range approvals {
		if a.Version == byID[a.CycleID].CriteriaVersion {
			given[key{a.CycleID, a.PartnerID}] = i + 1
		}
	}
	mine, err := tx.approvingPartner(c)
	if err != nil {
		return err
	}
	chairs := map[string]bool{}
	if tx.Actor != nil {
		var chaired []string
		if err := tx.sel(&chaired, `SELECT cycle_id::text FROM award_jurors WHERE cycle_id = ANY($1) AND user_id = $2 AND is_chair`,
			pq.Array(ids), tx.Actor.UserID); err != nil {
			return err
		}
		for _, id := range chaired {
			chairs[id] = true
		}
	}
	for _, y := range cycles {
		y.Approvals = make([]*koop.CriteriaApproval, 0, len(c.Partners))
		for _, p := range c.Partners {
			ap := &koop.CriteriaApproval{Partner: p}
			if i := given[key{y.ID, p.ID}]; i > 0 {
				a := approvals[i-1]
				ap.ApprovedByName = a.By
				if a.By == nil {
					ap.ApprovedByName = new(string)
				}
				t := a.At
				ap.ApprovedAt = &t
			}
			y.Approvals = append(y.Approvals, ap)
		}
		y.CanManage = c.MyRole.Can(koop.PermManageAward)
		y.AllowedPhases = []koop.AwardPhase{}
		if y.CanManage {
			y.AllowedPhases = koop.OfferedPhases(y, tx.Now)
		}
		if !y.Phase.CriteriaFrozen() {
			y.CanApprove = mine
		}
		y.IsChair = chairs[y.ID]
		y.CanClose = y.Phase == koop.PhaseJuryVoting && (y.CanManage || y.IsChair)
	}
	return nil
}

// approvingPartner returns the partner for which the actor may approve criteria: an active
// ADMIN or COORDINATOR membership whose organisation is a partner of the cooperation.
func (tx *Tx) approvingPartner(c *koop.Cooperation) (*koop.Partner, error) {
	if tx.Actor == nil {
		return nil, nil
	}
	var org *string
	err := tx.get(&org, `SELECT organisation_id FROM memberships WHERE cooperation_id = $1 AND user_id = $2 AND active AND role IN ('ADMIN', 'COORDINATOR')`,
		c.ID, tx.Actor.UserID)
	if errors.Is(err, sql.ErrNoRows) || (err == nil && org == nil) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	for _, p := range c.Partners {
		if p.Organisation != nil && p.Organisation.ID == *org {
			return p, nil
		}
	}
	return nil, nil
}

// awardCycle loads a cycle the actor may read with everything shown on its page. A locked
// load takes the row lock first, so that every change to a cycle and its criteria is serial.
func (tx *Tx) awardCycle(id string, lock bool) (*koop.AwardCycle, *koop.Cooperation, error) {
	if _, err := tx.actor(); err != nil {
		return nil, nil, err
	}
	if !validID(id) {
		return nil, nil, errCycleNotFound()
	}
	var coopID string
	q := `SELECT cooperation_id FROM award_cycles WHERE id = $1`
	if lock {
		q += ` FOR UPDATE`
	}
	err := tx.get(&coopID, q, id)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil, errCycleNotFound()
	}
	if err != nil {
		return nil, nil, err
	}
	c, err := tx.cooperation(coopID)
	if koop.ErrorCode(err) == koop.ENOTFOUND {
		return nil, nil, errCycleNotFound()
	}
	if err != nil {
		return nil, nil, err
	}
	if !c.MyRole.Can(koop.PermViewDirectory) {
		// An EXTERNAL member reads only the cycles they judge; any other cycle does not exist
		// for them.
		var juror bool
		if err := tx.get(&juror, `SELECT EXISTS (SELECT 1 FROM award_jurors WHERE cycle_id = $1 AND user_id = $2)`, id, tx.Actor.UserID); err != nil {
			return nil, nil, err
		}
		if !juror {
			return nil, nil, errCycleNotFound()
		}
	}
	list, err := tx.selectCycles(c, `WHERE y.id = $1`, id)
	if err != nil {
		return nil, nil, err
	}
	if len(list) != 1 {
		return nil, nil, errCycleNotFound()
	}
	return list[0], c, nil
}

// AwardCycle returns a cycle with its criteria and approvals.
func (s *AwardService) AwardCycle(ctx context.Context, id string) (*koop.AwardCycle, error) {
	var out *koop.AwardCycle
	err := s.db.read(ctx, func(tx *Tx) error {
		var err error
		out, _, err = tx.awardCycle(id, false)
		return err
	})
	return out, err
}

// checkAnnouncementEvent checks that the announcing event belongs to the cooperation.
func (tx *Tx) checkAnnouncementEvent(cooperationID string, eventID *string) error {
	if eventID == nil {
		return nil
	}
	notFound := koop.FieldErrorf(koop.EINVALID, "announcementEventId", "Die Veranstaltung der Bekanntgabe wurde in dieser Kooperation nicht gefunden.")
	if !validID(*eventID) {
		return notFound
	}
	var ok bool
	if err := tx.get(&ok, `SELECT EXISTS (SELECT 1 FROM events WHERE id = $1 AND cooperation_id = $2)`, *eventID, cooperationID); err != nil {
		return err
	}
	if !ok {
		return notFound
	}
	return nil
}

// CreateAwardCycle adds a year to a programme, in DRAFT.
func (s *AwardService) CreateAwardCycle(ctx context.Context, programmeID string, year int, in koop.AwardCycleInput) (*koop.AwardCycle, error) {
	var out *koop.AwardCycle
	err := s.db.transact(ctx, func(tx *Tx) error {
		p, c, err := tx.awardProgramme(programmeID, true)
		if err != nil {
			return err
		}
		if err := c.MyRole.Require(koop.PermManageAward); err != nil {
			return err
		}
		if year < 1990 || year > 2200 {
			return koop.FieldErrorf(koop.EINVALID, "year", "Bitte geben Sie ein Jahr zwischen 1990 und 2200 an.")
		}
		if err := in.Validate(); err != nil {
			return err
		}
		if err := tx.checkAnnouncementEvent(c.ID, in.AnnouncementEventID); err != nil {
			return err
		}
		var id string
		if err := tx.get(&id, `INSERT INTO award_cycles (cooperation_id, programme_id, year, title, categories, nomination_opens_at,
			nomination_closes_at, voting_closes_at, quorum, tie_break_rule, announcement_event_id, created_at, updated_at)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12) RETURNING id`,
			c.ID, p.ID, year, in.Title, pq.Array(in.Categories), in.NominationOpensAt, in.NominationClosesAt, in.VotingClosesAt,
			in.Quorum, in.TieBreakRule, in.AnnouncementEventID, tx.Now); err != nil {
			return err
		}
		var ch koop.Changes
		ch.Set("programmeId", nil, p.ID)
		ch.Set("year", nil, year)
		cycleChanges(&ch, &koop.AwardCycle{}, in, true)
		if err := tx.audit(&c.ID, "award_cycle.create", "AwardCycle", id, ch); err != nil {
			return err
		}
		out, _, err = tx.awardCycle(id, false)
		return err
	})
	return out, err
}

// cycleChanges records the setup fields that differ from the cycle.
func cycleChanges(ch *koop.Changes, y *koop.AwardCycle, in koop.AwardCycleInput, created bool) {
	old := func(v any) any {
		if created {
			return nil
		}
		return v
	}
	ch.Set("title", old(y.Title), in.Title)
	ch.Set("categories", old(strings.Join(y.Categories, "; ")), strings.Join(in.Categories, "; "))
	ch.Set("nominationOpensAt", old(y.NominationOpensAt), in.NominationOpensAt)
	ch.Set("nominationClosesAt", old(y.NominationClosesAt), in.NominationClosesAt)
	ch.Set("votingClosesAt", old(y.VotingClosesAt), in.VotingClosesAt)
	ch.Set("quorum", old(y.Quorum), in.Quorum)
	ch.Set("tieBreakRule", old(string(y.TieBreakRule)), string(in.TieBreakRule))
	var was, is any
	if !created && y.AnnouncementEventID != nil {
		was = *y.AnnouncementEventID
	}
	if in.AnnouncementEventID != nil {
		is = *in.AnnouncementEventID
	}
	ch.Set("announcementEventId", was, is)
}

// UpdateAwardCycle edits a cycle's setup.
func (s *AwardService) UpdateAwardCycle(ctx context.Context, id string, version int, in koop.AwardCycleInput) (*koop.AwardCycle, error) {
	var out *koop.AwardCycle
	err := s.db.transact(ctx, func(tx *Tx) error {
		y, c, err := tx.awardCycle(id, true)
		if err != nil {
			return err
		}
		if err := c.MyRole.Require(koop.PermManageAward); err != nil {
			return err
		}
		if err := checkVersion(version, y.Version, "Die Preisrunde"); err != nil {
			return err
		}
		if err := in.Validate(); err != nil {
			return err
		}
		if y.Phase != koop.PhaseDraft {
			if in.TieBreakRule != y.TieBreakRule {
				return koop.FieldErrorf(koop.EINVALID, "tieBreakRule", "Die Regel für den Stichentscheid kann nach dem Öffnen der Nominierung nicht mehr geändert werden.")
			}
			if strings.Join(in.Categories, "\x00") != strings.Join(y.Categories, "\x00") {
				return koop.FieldErrorf(koop.EINVALID, "categories", "Die Kategorien können nach dem Öffnen der Nominierung nicht mehr geändert werden.")
			}
		}
		if err := checkJurySetup(y, in); err != nil {
			return err
		}
		if err := tx.checkAnnouncementEvent(c.ID, in.AnnouncementEventID); err != nil {
			return err
		}
		if err := tx.exec(`UPDATE award_cycles SET title = $2, categories = $3, nomination_opens_at = $4, nomination_closes_at = $5,
			voting_closes_at = $6, quorum = $7, tie_break_rule = $8, announcement_event_id = $9, updated_at = $10, version = version + 1
			WHERE id = $1`, id, in.Title, pq.Array(in.Categories), in.NominationOpensAt, in.NominationClosesAt, in.VotingClosesAt,
			in.Quorum, in.TieBreakRule, in.AnnouncementEventID, tx.Now); err != nil {
			return err
		}
		var ch koop.Changes
		cycleChanges(&ch, y, in, false)
		if err := tx.audit(&c.ID, "award_cycle.update", "AwardCycle", id, ch); err != nil {
			return err
		}
		out, _, err = tx.awardCycle(id, false)
		return err
	})
	return out, err
}

// checkJurySetup refuses the setup changes that would alter the vote once the jury scores: the
// quorum (and, as before, categories and tie-break rule) from JURY_VOTING on, and the end of the
// vote once it is closed. While the jury votes its deadline may still move.
func checkJurySetup(y *koop.AwardCycle, in koop.AwardCycleInput) error {
	voting := y.Phase == koop.PhaseJuryVoting || y.Phase == koop.PhaseDecided || y.Phase == koop.PhaseAnnounced
	if !voting {
		return nil
	}
	if in.Quorum != y.Quorum {
		return koop.FieldErrorf(koop.EINVALID, "quorum", "Das Quorum kann nach dem Beginn der Jurybewertung nicht mehr geändert werden.")
	}
	if in.TieBreakRule != y.TieBreakRule {
		return koop.FieldErrorf(koop.EINVALID, "tieBreakRule", "Die Regel für den Stichentscheid kann nach dem Beginn der Jurybewertung nicht mehr geändert werden.")
	}
	if strings.Join(in.Categories, "\x00") != strings.Join(y.Categories, "\x00") {
		return koop.FieldErrorf(koop.EINVALID, "categories", "Die Kategorien können nach dem Beginn der Jurybewertung nicht mehr geändert werden.")
	}
	if y.Phase != koop.PhaseJuryVoting && !in.VotingClosesAt.Equal(y.VotingClosesAt) {
		return koop.FieldErrorf(koop.EINVALID, "votingClosesAt", "Die Abstimmung ist geschlossen; ihr Ende kann nicht mehr verschoben werden.")
	}
	return nil
}

// ChangeAwardPhase moves a cycle to another phase when its guards allow.
func (s *AwardService) ChangeAwardPhase(ctx context.Context, id string, version int, phase koop.AwardPhase) (*koop.AwardCycle, error) {
	var out *koop.AwardCycle
	err := s.db.transact(ctx, func(tx *Tx) error {
		y, c, err := tx.awardCycle(id, true)
		if err != nil {
			return err
		}
		if err := c.MyRole.Require(koop.PermManageAward); err != nil {
			return err
		}
		if err := checkVersion(version, y.Version, "Die Preisrunde"); err != nil {
			return err
		}
		st := koop.PhaseState{Criteria: len(y.Criteria), Now: tx.Now}
		for _, a := range y.Approvals {
			if a.ApprovedAt == nil {
				st.MissingApprovals = append(st.MissingApprovals, a.Partner.Organisation.Name)
			}
		}
		var jury struct {
			Pending   int  `db:"pending"`
			Eligible  int  `db:"eligible"`
			Jurors    int  `db:"jurors"`
			HasChair  bool `db:"has_chair"`
			WinnerTie bool `db:"winner_tie"`
		}
		if err := tx.get(&jury, `SELECT
			(SELECT count(*) FROM award_nominations WHERE cycle_id = $1 AND eligibility = 'PENDING') AS pending,
			(SELECT count(*) FROM award_nominations WHERE cycle_id = $1 AND eligibility = 'ELIGIBLE') AS eligible,
			(SELECT count(*) FROM award_jurors WHERE cycle_id = $1) AS jurors,
			EXISTS (SELECT 1 FROM award_jurors WHERE cycle_id = $1 AND is_chair) AS has_chair,
			EXISTS (SELECT 1 FROM award_results WHERE cycle_id = $1 AND rank = 1 GROUP BY category HAVING count(*) > 1) AS winner_tie`, id); err != nil {
			return err
		}
		st.PendingNominations, st.EligibleNominations, st.Jurors, st.HasChair, st.WinnerTie = jury.Pending, jury.Eligible, jury.Jurors, jury.HasChair, jury.WinnerTie
		if err := koop.CheckPhaseChange(y, phase, st); err != nil {
			return err
		}
		if err := tx.exec(`UPDATE award_cycles SET phase = $2, updated_at = $3, version = version + 1,
			announced_at = CASE WHEN $2 = 'ANNOUNCED' THEN $3 ELSE announced_at END WHERE id = $1`, id, phase, tx.Now); err != nil {
			return err
		}
		var ch koop.Changes
		ch.Set("phase", string(y.Phase), string(phase))
		if err := tx.audit(&c.ID, "award_cycle.phase", "AwardCycle", id, ch); err != nil {
			return err
		}
		out, _, err = tx.awardCycle(id, false)
		return err
	})
	return out, err
}

// ---- criteria and approvals ----------------------------------------------------------------

// criteriaChange loads a cycle, locked, for a change of its criteria: the actor manages the
// award, nominations have not opened, and the criteria set is the one the actor read.
func (tx *Tx) criteriaChange(cycleID string, criteriaVersion int) (*koop.AwardCycle, *koop.Cooperation, error) {
	y, c, err := tx.awardCycle(cycleID, true)
	if err != nil {
		return nil, nil, err
	}
	if err := c.MyRole.Require(koop.PermManageAward); err != nil {
		return nil, nil, err
	}
	if y.Phase.CriteriaFrozen() {
		return nil, nil, koop.Errorf(koop.EINVALID, "Die Kriterien können nicht mehr geändert werden: Die Nominierung wurde bereits geöffnet (Phase „%s“).", y.Phase.Label())
	}
	if err := checkVersion(criteriaVersion, y.CriteriaVersion, "Die Kriterien"); err != nil {
		return nil, nil, err
	}
	return y, c, nil
}

// criteriaChanged starts a new criteria set: its version goes up and every approval given for
// the old set is withdrawn, in the same transaction and in the audit trail.
func (tx *Tx) criteriaChanged(y *koop.AwardCycle) error {
	if err := tx.exec(`UPDATE award_cycles SET criteria_version = criteria_version + 1, updated_at = $2 WHERE id = $1`, y.ID, tx.Now); err != nil {
		return err
	}
	var withdrawn []string
	if err := tx.sel(&withdrawn, `DELETE FROM award_criteria_approvals WHERE cycle_id = $1 RETURNING partner_id::text`, y.ID); err != nil {
		return err
	}
	if len(withdrawn) == 0 {
		return nil
	}
	var names []string
	for _, a := range y.Approvals {
		if a.ApprovedAt != nil {
			names = append(names, a.Partner.Organisation.Name)
		}
	}
	var ch koop.Changes
	ch.Set("approvals", strings.Join(names, "; "), "")
	return tx.audit(&y.CooperationID, "award_criteria.approvals_withdrawn", "AwardCycle", y.ID, ch)
}

// AddCriterion appends a criterion.
func (s *AwardService) AddCriterion(ctx context.Context, cycleID string, criteriaVersion int, in koop.CriterionInput) (*koop.AwardCycle, error) {
	var out *koop.AwardCycle
	err := s.db.transact(ctx, func(tx *Tx) error {
		y, c, err := tx.criteriaChange(cycleID, criteriaVersion)
		if err != nil {
			return err
		}
		if err := in.Validate(); err != nil {
			return err
		}
		if len(y.Criteria) >= 30 {
			return koop.Errorf(koop.EINVALID, "Eine Runde kann höchstens 30 Kriterien haben.")
		}
		var id string
		if err := tx.get(&id, `INSERT INTO award_criteria (cycle_id, name, description, weight, score_min, score_max, position, created_at, updated_at)
			VALUES ($1, $2, $3, $4, $5, $6, (SELECT coalesce(max(position), 0) + 1 FROM award_criteria WHERE cycle_id = $1), $7, $7) RETURNING id`,
			y.ID, in.Name, in.Description, in.Weight, in.ScoreMin, in.ScoreMax, tx.Now); err != nil {
			return err
		}
		var ch koop.Changes
		ch.Set("cycleId", nil, y.ID)
		criterionChanges(&ch, nil, in)
		if err := tx.audit(&c.ID, "award_criterion.create", "Criterion", id, ch); err != nil {
			return err
		}
		if err := tx.criteriaChanged(y); err != nil {
			return err
		}
		out, _, err = tx.awardCycle(y.ID, false)
		return err
	})
	return out, err
}

// criterionChanges records a criterion's fields that differ (old nil: created).
func criterionChanges(ch *koop.Changes, old *koop.Criterion, in koop.CriterionInput) {
	if old == nil {
		ch.Set("name", nil, in.Name)
		ch.Set("description", nil, in.Description)
		ch.Set("weight", nil, in.Weight)
		ch.Set("scoreMin", nil, in.ScoreMin)
		ch.Set("scoreMax", nil, in.ScoreMax)
		return
	}
	ch.Set("name", old.Name, in.Name)
	ch.Set("description", old.Description, in.Description)
	ch.Set("weight", old.Weight, in.Weight)
	ch.Set("scoreMin", old.ScoreMin, in.ScoreMin)
	ch.Set("scoreMax", old.ScoreMax, in.ScoreMax)
}

// criterionCycle finds the cycle of a criterion without telling outsiders that it exists.
func (tx *Tx) criterionCycle(id string) (string, error) {
	if _, err := tx.actor(); err != nil {
		return "", err
	}
	if !validID(id) {
		return "", errCriterionNotFound()
	}
	var cycleID string
	err := tx.get(&cycleID, `SELECT cycle_id FROM award_criteria WHERE id = $1`, id)
	if errors.Is(err, sql.ErrNoRows) {
		return "", errCriterionNotFound()
	}
	return cycleID, err
}

// findCriterion returns the cycle's criterion with the ID.
func findCriterion(y *koop.AwardCycle, id string) (*koop.Criterion, error) {
	for _, cr := range y.Criteria {
		if cr.ID == id {
			return cr, nil
		}
	}
	return nil, errCriterionNotFound()
}

// criterionChange loads a criterion with its cycle, locked, for a change of the criteria set
// (see criteriaChange); a criterion the actor cannot see is not found.
func (tx *Tx) criterionChange(id string, criteriaVersion int) (*koop.AwardCycle, *koop.Cooperation, *koop.Criterion, error) {
	cycleID, err := tx.criterionCycle(id)
	if err != nil {
		return nil, nil, nil, err
	}
	y, c, err := tx.criteriaChange(cycleID, criteriaVersion)
	if koop.ErrorCode(err) == koop.ENOTFOUND {
		return nil, nil, nil, errCriterionNotFound()
	}
	if err != nil {
		return nil, nil, nil, err
	}
	old, err := findCriterion(y, id)
	if err != nil {
		return nil, nil, nil, err
	}
	return y, c, old, nil
}

// UpdateCriterion edits a criterion.
func (s *AwardService) UpdateCriterion(ctx context.Context, id string, criteriaVersion int, in koop.CriterionInput) (*koop.AwardCycle, error) {
	var out *koop.AwardCycle
	err := s.db.transact(ctx, func(tx *Tx) error {
		y, c, old, err := tx.criterionChange(id, criteriaVersion)
		if err != nil {
			return err
		}
		if err := in.Validate(); err != nil {
			return err
		}
		var ch koop.Changes
		criterionChanges(&ch, old, in)
		if len(ch) == 0 {
			out = y
			return nil
		}
		if err := tx.exec(`UPDATE award_criteria SET name = $2, description = $3, weight = $4, score_min = $5, score_max = $6, updated_at = $7
			WHERE id = $1`, id, in.Name, in.Description, in.Weight, in.ScoreMin, in.ScoreMax, tx.Now); err != nil {
			return err
		}
		if err := tx.audit(&c.ID, "award_criterion.update", "Criterion", id, ch); err != nil {
			return err
		}
		if err := tx.criteriaChanged(y); err != nil {
			return err
		}
		out, _, err = tx.awardCycle(y.ID, false)
		return err
	})
	return out, err
}

// DeleteCriterion removes a criterion.
func (s *AwardService) DeleteCriterion(ctx context.Context, id string, criteriaVersion int) (*koop.AwardCycle, error) {
	var out *koop.AwardCycle
	err := s.db.transact(ctx, func(tx *Tx) error {
		y, c, old, err := tx.criterionChange(id, criteriaVersion)
		if err != nil {
			return err
		}
		if err := tx.exec(`DELETE FROM award_criteria WHERE id = $1`, id); err != nil {
			return err
		}
		var ch koop.Changes
		ch.Set("name", old.Name, nil)
		if err := tx.audit(&c.ID, "award_criterion.delete", "Criterion", id, ch); err != nil {
			return err
		}
		if err := tx.criteriaChanged(y); err != nil {
			return err
		}
		out, _, err = tx.awardCycle(y.ID, false)
		return err
	})
	return out, err
}

// ReorderCriteria puts the criteria in the given order.
func (s *AwardService) ReorderCriteria(ctx context.Context, cycleID string, criteriaVersion int, ids []string) (*koop.AwardCycle, error) {
	var out *koop.AwardCycle
	err := s.db.transact(ctx, func(tx *Tx) error {
		y, c, err := tx.criteriaChange(cycleID, criteriaVersion)
		if err != nil {
			return err
		}
		seen := map[string]bool{}
		for _, id := range ids {
			if _, err := findCriterion(y, id); err != nil || seen[id] {
				return koop.FieldErrorf(koop.EINVALID, "criterionIds", "Die neue Reihenfolge muss jedes Kriterium der Runde genau einmal enthalten.")
			}
			seen[id] = true
		}
		if len(ids) != len(y.Criteria) {
			return koop.FieldErrorf(koop.EINVALID, "criterionIds", "Die neue Reihenfolge muss jedes Kriterium der Runde genau einmal enthalten.")
		}
		old := make([]string, len(y.Criteria))
		for i, cr := range y.Criteria {
			old[i] = cr.Name
		}
		if err := tx.exec(`UPDATE award_criteria a SET position = o.n, updated_at = $3
			FROM unnest($2::uuid[]) WITH ORDINALITY AS o(id, n) WHERE a.id = o.id AND a.cycle_id = $1`, y.ID, pq.Array(ids), tx.Now); err != nil {
			return err
		}
		names := make([]string, len(ids))
		for i, id := range ids {
			cr, _ := findCriterion(y, id)
			names[i] = cr.Name
		}
		var ch koop.Changes
		ch.Set("order", strings.Join(old, "; "), strings.Join(names, "; "))
		if err := tx.audit(&c.ID, "award_criteria.reorder", "AwardCycle", y.ID, ch); err != nil {
			return err
		}
		if err := tx.criteriaChanged(y); err != nil {
			return err
		}
		out, _, err = tx.awardCycle(y.ID, false)
		return err
	})
	return out, err
}

// approval loads a cycle, locked, for the actor's approval: the actor approves for their
// partner organisation, on the criteria set they read, before nominations open.
func (tx *Tx) approval(cycleID string, criteriaVersion int) (*koop.AwardCycle, *koop.Cooperation, *koop.Partner, error) {
	y, c, err := tx.awardCycle(cycleID, true)
	if err != nil {
		return nil, nil, nil, err
	}
	if !c.MyRole.Can(koop.PermManageAward) {
		return nil, nil, nil, c.MyRole.Require(koop.PermManageAward)
	}
	p, err := tx.approvingPartner(c)
	if err != nil {
		return nil, nil, nil, err
	}
	if p == nil {
		return nil, nil, nil, koop.Errorf(koop.EFORBIDDEN, "Zustimmen kann nur, wer als Koordination oder Administration für eine Partnerorganisation der Kooperation Mitglied ist.")
	}
	if y.Phase.CriteriaFrozen() {
		return nil, nil, nil, koop.Errorf(koop.EINVALID, "Die Nominierung wurde bereits geöffnet; die Zustimmung zu den Kriterien kann nicht mehr geändert werden.")
	}
	if err := checkVersion(criteriaVersion, y.CriteriaVersion, "Die Kriterien"); err != nil {
		return nil, nil, nil, err
	}
	return y, c, p, nil
}

// ApproveCriteria records the approval of the actor's partner organisation.
func (s *AwardService) ApproveCriteria(ctx context.Context, cycleID string, criteriaVersion int) (*koop.AwardCycle, error) {
	var out *koop.AwardCycle
	err := s.db.transact(ctx, func(tx *Tx) error {
		y, c, p, err := tx.approval(cycleID, criteriaVersion)
		if err != nil {
			return err
		}
		if len(y.Criteria) == 0 {
			return koop.Errorf(koop.EINVALID, "Es gibt noch keine Kriterien, denen zugestimmt werden könnte.")
		}
		for _, a := range y.Approvals {
			if a.Partner.ID == p.ID && a.ApprovedAt != nil {
				return koop.Errorf(koop.ECONFLICT, "%s hat diesen Kriterien bereits zugestimmt.", p.Organisation.Name)
			}
		}
		if err := tx.exec(`INSERT INTO award_criteria_approvals (cycle_id, partner_id, approved_by, approved_at, criteria_version)
			VALUES ($1, $2, $3, $4, $5) ON CONFLICT (cycle_id, partner_id) DO UPDATE SET approved_by = $3, approved_at = $4, criteria_version = $5`,
			y.ID, p.ID, tx.Actor.UserID, tx.Now, y.CriteriaVersion); err != nil {
			return err
		}
		var ch koop.Changes
		ch.Set("partner", nil, p.Organisation.Name)
		ch.Set("criteriaVersion", nil, y.CriteriaVersion)
		if err := tx.audit(&c.ID, "award_criteria.approve", "AwardCycle", y.ID, ch); err != nil {
			return err
		}
		out, _, err = tx.awardCycle(y.ID, false)
		return err
	})
	return out, err
}

// WithdrawCriteriaApproval takes back the approval of the actor's partner organisation.
func (s *AwardService) WithdrawCriteriaApproval(ctx context.Context, cycleID string, criteriaVersion int) (*koop.AwardCycle, error) {
	var out *koop.AwardCycle
	err := s.db.transact(ctx, func(tx *Tx) error {
		y, c, p, err := tx.approval(cycleID, criteriaVersion)
		if err != nil {
			return err
		}
		var n int
		if err := tx.get(&n, `WITH d AS (DELETE FROM award_criteria_approvals WHERE cycle_id = $1 AND partner_id = $2 RETURNING 1)
			SELECT count(*) FROM d`, y.ID, p.ID); err != nil {
			return err
		}
		if n == 0 {
			return koop.Errorf(koop.EINVALID, "%s hat den Kriterien nicht zugestimmt; es gibt nichts zurückzuziehen.", p.Organisation.Name)
		}
		var ch koop.Changes
		ch.Set("partner", p.Organisation.Name, nil)
		if err := tx.audit(&c.ID, "award_criteria.withdraw_approval", "AwardCycle", y.ID, ch); err != nil {
			return err
		}
		out, _, err = tx.awardCycle(y.ID, false)
		return err
	})
	return out, err
}
