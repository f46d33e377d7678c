package postgres

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"github.com/lib/pq"

	"github.com/koop-lichtenberg/koop"
)

// JuryService implements koop.JuryService: the jury of a cycle, conflicts of interest, the
// secret scores and the locked result.
type JuryService struct{ db *DB }

// NewJuryService returns the jury service.
func NewJuryService(db *DB) *JuryService { return &JuryService{db: db} }

func init() {
	uniqueMessages["award_jurors_once"] = struct{ field, text string }{"userId", "Diese Person gehört bereits zur Jury."}
	uniqueMessages["award_jurors_one_chair"] = struct{ field, text string }{"", "Die Jury hat inzwischen einen anderen Vorsitz. Bitte laden Sie die Seite neu und versuchen Sie es erneut."}
	uniqueMessages["award_conflicts_pkey"] = struct{ field, text string }{"nominationId", "Für diese Nominierung ist bereits ein Interessenkonflikt eingetragen."}
}

// maxScoresPerSave bounds one SaveScores call (a full ballot of a large cycle fits).
const maxScoresPerSave = 5000

func errJurorNotFound() error {
	return koop.Errorf(koop.ENOTFOUND, "Das Jurymitglied wurde nicht gefunden.")
}

func errJuryNominationNotFound() error {
	return koop.Errorf(koop.ENOTFOUND, "Die Nominierung wurde nicht gefunden.")
}

// juryLocked is the refusal once the vote is closed; the database's lock trigger would refuse too.
func juryLocked(what string) error {
	return koop.Errorf(koop.EINVALID, "Das Ergebnis ist gesperrt: %s", what)
}

// juryOpen reports whether the jury, its conflicts and its chair may still change.
func juryOpen(p koop.AwardPhase) bool { return p != koop.PhaseDecided && p != koop.PhaseAnnounced }

// jurorRow is a juror with what only the service needs: the ballot's version.
type jurorRow struct {
	koop.Juror
	BallotVersion int `db:"ballot_version"`
}

const jurorSelect = `SELECT j.id, j.cycle_id, j.user_id, u.name, u.email, j.is_chair, coalesce(m.role = 'EXTERNAL', false) AS external,
	j.submitted_at, j.created_at, j.ballot_version
	FROM award_jurors j JOIN award_cycles y ON y.id = j.cycle_id JOIN users u ON u.id = j.user_id
	LEFT JOIN memberships m ON m.cooperation_id = y.cooperation_id AND m.user_id = j.user_id`

// juryScope is a cycle as a jury operation sees it: the cycle and its cooperation, whether the
// reader manages the award, and the reader's own juror row (nil when the reader is no juror).
type juryScope struct {
	y       *koop.AwardCycle
	c       *koop.Cooperation
	manager bool
	me      *jurorRow
}

// juryCycle loads a cycle the actor may read (EXTERNAL members: only the cycles they judge).
// lock is "", "SHARE" or "UPDATE": SHARE holds the cycle row so that no phase change — the close
// above all — commits while a juror's change is under way, without serialising the jurors;
// UPDATE serialises with every change of the cycle. lockMe locks the reader's juror row, so that
// the changes of one ballot are serial and its version check holds.
func (tx *Tx) juryCycle(cycleID, lock string, lockMe bool) (*juryScope, error) {
	a, err := tx.actor()
	if err != nil {
		return nil, err
	}
	if !validID(cycleID) {
		return nil, errCycleNotFound()
	}
	if lock != "" {
		var one int
		err := tx.get(&one, `SELECT 1 FROM award_cycles WHERE id = $1 FOR `+lock, cycleID)
		if errors.Is(err, sql.ErrNoRows) {
			return nil, errCycleNotFound()
		}
		if err != nil {
			return nil, err
		}
	}
	y, c, err := tx.awardCycle(cycleID, false)
	if err != nil {
		return nil, err
	}
	s := &juryScope{y: y, c: c, manager: c.MyRole.Can(koop.PermManageAward)}
	q := jurorSelect + ` WHERE j.cycle_id = $1 AND j.user_id = $2`
	if lockMe {
		q += ` FOR NO KEY UPDATE OF j`
	}
	var me jurorRow
	err = tx.get(&me, q, cycleID, a.UserID)
	if errors.Is(err, sql.ErrNoRows) {
		return s, nil
	}
	if err != nil {
		return nil, err
	}
	s.me = &me
	return s, nil
}

// jurorCycle finds the cycle of a juror without telling outsiders that the juror exists.
func (tx *Tx) jurorCycle(jurorID string) (string, error) {
	if _, err := tx.actor(); err != nil {
		return "", err
	}
	if !validID(jurorID) {
		return "", errJurorNotFound()
	}
	var cycleID string
	err := tx.get(&cycleID, `SELECT cycle_id FROM award_jurors WHERE id = $1`, jurorID)
	if errors.Is(err, sql.ErrNoRows) {
		return "", errJurorNotFound()
	}
	return cycleID, err
}

// jurorScope loads the cycle of a juror for a change of that juror, with the juror's row locked.
func (tx *Tx) jurorScope(jurorID, lock string) (*juryScope, *jurorRow, error) {
	cycleID, err := tx.jurorCycle(jurorID)
	if err != nil {
		return nil, nil, err
	}
	sc, err := tx.juryCycle(cycleID, lock, false)
	if koop.ErrorCode(err) == koop.ENOTFOUND {
		return nil, nil, errJurorNotFound()
	}
	if err != nil {
		return nil, nil, err
	}
	var j jurorRow
	err = tx.get(&j, jurorSelect+` WHERE j.id = $1 AND j.cycle_id = $2 FOR NO KEY UPDATE OF j`, jurorID, cycleID)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil, errJurorNotFound()
	}
	if err != nil {
		return nil, nil, err
	}
	return sc, &j, nil
}

// juryNomination is a nomination as the jury deals with it.
type juryNomination struct {
	ID          string           `db:"id"`
	CycleID     string           `db:"cycle_id"`
	Category    string           `db:"category"`
	Eligibility koop.Eligibility `db:"eligibility"`
	CompanyName string           `db:"company_name"`
}

const juryNominationSelect = `SELECT n.id, n.cycle_id, n.category, n.eligibility, o.name AS company_name
	FROM award_nominations n JOIN organisations o ON o.id = n.organisation_id`

// juryNominationByID loads a nomination without telling outsiders that it exists; whether the
// reader may read its cycle is the caller's check.
func (tx *Tx) juryNominationByID(id string) (*juryNomination, error) {
	if _, err := tx.actor(); err != nil {
		return nil, err
	}
	if !validID(id) {
		return nil, errJuryNominationNotFound()
	}
	var n juryNomination
	err := tx.get(&n, juryNominationSelect+` WHERE n.id = $1`, id)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, errJuryNominationNotFound()
	}
	if err != nil {
		return nil, err
	}
	return &n, nil
}

// ---- the jury ------------------------------------------------------------------------------

// Jurors lists the jury, the chair first, then by name. Everyone who reads the cycle sees the
// names; e-mail and submission only managers, the chair and each juror their own.
func (s *JuryService) Jurors(ctx context.Context, cycleID string) ([]*koop.Juror, error) {
	out := []*koop.Juror{}
	err := s.db.read(ctx, func(tx *Tx) error {
		sc, err := tx.juryCycle(cycleID, "", false)
		if err != nil {
			return err
		}
		var rows []*jurorRow
		if err := tx.sel(&rows, jurorSelect+` WHERE j.cycle_id = $1 ORDER BY j.is_chair DESC, `+germanSortKey("u.name")+`, j.id`, cycleID); err != nil {
			return err
		}
		privileged := sc.manager || (sc.me != nil && sc.me.IsChair)
		for _, r := range rows {
			j := r.Juror
			if !privileged && (sc.me == nil || sc.me.ID != j.ID) {
				j.Email, j.SubmittedAt = "", nil
			}
			out = append(out, &j)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// AddJuror adds an active member of the cycle's cooperation (any role, EXTERNAL included) to
// the jury; as chair, the former chair steps down in the same transaction.
func (s *JuryService) AddJuror(ctx context.Context, cycleID, userID string, chair bool) error {
	return s.db.transact(ctx, func(tx *Tx) error {
		sc, err := tx.juryCycle(cycleID, "UPDATE", false)
		if err != nil {
			return err
		}
		if err := mayChangeJury(sc, "Die Jury kann nicht mehr geändert werden."); err != nil {
			return err
		}
		notMember := koop.FieldErrorf(koop.EINVALID, "userId", "Jurymitglied kann nur werden, wer aktives Mitglied dieser Kooperation ist.")
		if !validID(userID) {
			return notMember
		}
		var name string
		err = tx.get(&name, `SELECT u.name FROM memberships m JOIN users u ON u.id = m.user_id
			WHERE m.cooperation_id = $1 AND m.user_id = $2 AND m.active AND u.active`, sc.c.ID, userID)
		if errors.Is(err, sql.ErrNoRows) {
			return notMember
		}
		if err != nil {
			return err
		}
		var exists bool
		if err := tx.get(&exists, `SELECT EXISTS (SELECT 1 FROM award_jurors WHERE cycle_id = $1 AND user_id = $2)`, cycleID, userID); err != nil {
			return err
		}
		if exists {
			return koop.FieldErrorf(koop.ECONFLICT, "userId", "%s gehört bereits zur Jury.", name)
		}
		var ch koop.Changes
		if chair {
			var former []string
			if err := tx.sel(&former, `UPDATE award_jurors SET is_chair = false WHERE cycle_id = $1 AND is_chair RETURNING id::text`, cycleID); err != nil {
				return err
			}
			if len(former) > 0 {
				ch.Set("formerChairId", former[0], nil)
			}
		}
		var id string
		if err := tx.get(&id, `INSERT INTO award_jurors (cycle_id, user_id, is_chair, created_at) VALUES ($1, $2, $3, $4) RETURNING id`,
			cycleID, userID, chair, tx.Now); err != nil {
			return err
		}
		ch.Set("cycleId", nil, cycleID)
		ch.Set("userId", nil, userID)
		ch.Set("isChair", nil, chair)
		return tx.audit(&sc.c.ID, "award_juror.add", "Juror", id, ch)
	})
}

// RemoveJuror removes a juror who has neither scored nor submitted.
func (s *JuryService) RemoveJuror(ctx context.Context, jurorID string) (string, error) {
	return s.changeJuror(ctx, jurorID, "Die Jury kann nicht mehr geändert werden.", func(tx *Tx, sc *juryScope, j *jurorRow) error {
		var scored bool
		if err := tx.get(&scored, `SELECT EXISTS (SELECT 1 FROM award_scores WHERE juror_id = $1)`, j.ID); err != nil {
			return err
		}
		if scored || j.SubmittedAt != nil {
			return koop.Errorf(koop.EINVALID, "%s hat bereits bewertet und kann nicht mehr aus der Jury entfernt werden.", j.Name)
		}
		if err := tx.exec(`DELETE FROM award_jurors WHERE id = $1`, j.ID); err != nil {
			return err
		}
		var ch koop.Changes
		ch.Set("cycleId", j.CycleID, nil)
		ch.Set("userId", j.UserID, nil)
		if j.IsChair {
			ch.Set("isChair", true, nil)
		}
		return tx.audit(&sc.c.ID, "award_juror.remove", "Juror", j.ID, ch)
	})
}

// SetJuryChair makes a juror the chair; the former chair steps down.
func (s *JuryService) SetJuryChair(ctx context.Context, jurorID string) (string, error) {
	return s.changeJuror(ctx, jurorID, "Der Vorsitz der Jury kann nicht mehr wechseln.", func(tx *Tx, sc *juryScope, j *jurorRow) error {
		if j.IsChair {
			return nil
		}
		// Two statements: the one-chair index is checked row by row.
		var former []string
		if err := tx.sel(&former, `UPDATE award_jurors SET is_chair = false WHERE cycle_id = $1 AND is_chair RETURNING id::text`, j.CycleID); err != nil {
			return err
		}
		if err := tx.exec(`UPDATE award_jurors SET is_chair = true WHERE id = $1`, j.ID); err != nil {
			return err
		}
		var ch koop.Changes
		ch.Set("isChair", false, true)
		if len(former) > 0 {
			ch.Set("formerChairId", former[0], nil)
		}
		return tx.audit(&sc.c.ID, "award_juror.chair", "Juror", j.ID, ch)
	})
}

// mayChangeJury refuses a change of the jury to anyone without PermManageAward and, once the vote
// is closed, to everyone (locked says what can no longer change).
func mayChangeJury(sc *juryScope, locked string) error {
	if err := sc.c.MyRole.Require(koop.PermManageAward); err != nil {
		return err
	}
	if !juryOpen(sc.y.Phase) {
		return juryLocked(locked)
	}
	return nil
}

// changeJuror runs fn in one transaction on a juror whose row is locked, once mayChangeJury
// allows it, and returns the juror's cycle.
func (s *JuryService) changeJuror(ctx context.Context, jurorID, locked string, fn func(tx *Tx, sc *juryScope, j *jurorRow) error) (string, error) {
	var cycleID string
	err := s.db.transact(ctx, func(tx *Tx) error {
		sc, j, err := tx.jurorScope(jurorID, "UPDATE")
		if err != nil {
			return err
		}
		if err := mayChangeJury(sc, locked); err != nil {
			return err
		}
		cycleID = j.CycleID
		return fn(tx, sc, j)
	})
	if err != nil {
		return "", err
	}
	return cycleID, nil
}

// ---- conflicts of interest -----------------------------------------------------------------

// DeclareConflict records the reader's own conflict with a nomination and removes the reader's
// scores of it.
func (s *JuryService) DeclareConflict(ctx context.Context, nominationID, reason string) error {
	return s.db.transact(ctx, func(tx *Tx) error {
		n, err := tx.juryNominationByID(nominationID)
		if err != nil {
			return err
		}
		sc, err := tx.juryCycle(n.CycleID, "SHARE", true)
		if koop.ErrorCode(err) == koop.ENOTFOUND {
			return errJuryNominationNotFound()
		}
		if err != nil {
			return err
		}
		if !sc.sees(n) {
			return errJuryNominationNotFound()
		}
		if sc.me == nil {
			return koop.Errorf(koop.EFORBIDDEN, "Einen Interessenkonflikt erklären können nur Mitglieder der Jury dieser Runde.")
		}
		return tx.addConflict(sc, sc.me, n, reason, false)
	})
}

// sees reports whether the reader sees the nomination: the directory's readers all of the
// cycle's, a juror who reads nothing else (EXTERNAL) the eligible ones once the vote began — as
// the nominations themselves are shown.
func (sc *juryScope) sees(n *juryNomination) bool {
	if sc.c.MyRole.Can(koop.PermViewDirectory) {
		return true
	}
	return koop.JurySeesNominations(sc.y.Phase) && n.Eligibility == koop.EligibilityEligible
}

// requireChair checks that the reader chairs the cycle's jury: only the chair sets and removes
// the conflicts of others, whatever the reader's role.
func (sc *juryScope) requireChair() error {
	if sc.me == nil || !sc.me.IsChair {
		return koop.Errorf(koop.EFORBIDDEN, "Das kann nur der Vorsitz der Jury dieser Runde.")
	}
	return nil
}

// chairConflictScope loads a juror and a nomination of the same cycle for the chair.
func (tx *Tx) chairConflictScope(jurorID, nominationID string) (*juryScope, *jurorRow, *juryNomination, error) {
	sc, j, err := tx.jurorScope(jurorID, "SHARE")
	if err != nil {
		return nil, nil, nil, err
	}
	if err := sc.requireChair(); err != nil {
		return nil, nil, nil, err
	}
	n, err := tx.juryNominationByID(nominationID)
	if err != nil {
		return nil, nil, nil, err
	}
	if n.CycleID != j.CycleID || !sc.sees(n) {
		return nil, nil, nil, errJuryNominationNotFound()
	}
	return sc, j, n, nil
}

// SetConflict records a juror's conflict with a nomination (the chair).
func (s *JuryService) SetConflict(ctx context.Context, jurorID, nominationID, reason string) error {
	return s.db.transact(ctx, func(tx *Tx) error {
		sc, j, n, err := tx.chairConflictScope(jurorID, nominationID)
		if err != nil {
			return err
		}
		return tx.addConflict(sc, j, n, reason, true)
	})
}

// addConflict records the conflict of juror j with nomination n and removes j's scores of it;
// the ballot's version goes up, since what it needs changed.
func (tx *Tx) addConflict(sc *juryScope, j *jurorRow, n *juryNomination, reason string, byChair bool) error {
	if !juryOpen(sc.y.Phase) {
		return juryLocked("Interessenkonflikte können nicht mehr geändert werden.")
	}
	reason, err := koop.RequireText("reason", "Die Begründung", reason, 1000)
	if err != nil {
		return err
	}
	var exists bool
	if err := tx.get(&exists, `SELECT EXISTS (SELECT 1 FROM award_conflicts WHERE juror_id = $1 AND nomination_id = $2)`, j.ID, n.ID); err != nil {
		return err
	}
	if exists {
		if sc.me != nil && sc.me.ID == j.ID {
			return koop.Errorf(koop.ECONFLICT, "Für Sie ist bei „%s“ bereits ein Interessenkonflikt eingetragen.", n.CompanyName)
		}
		return koop.Errorf(koop.ECONFLICT, "Für %s ist bei „%s“ bereits ein Interessenkonflikt eingetragen.", j.Name, n.CompanyName)
	}
	if err := tx.exec(`INSERT INTO award_conflicts (cycle_id, juror_id, nomination_id, reason, set_by_chair, created_by, created_at)
		VALUES ($1, $2, $3, $4, $5, $6, $7)`, j.CycleID, j.ID, n.ID, reason, byChair, tx.actorID(), tx.Now); err != nil {
		return err
	}
	var removed int
	if err := tx.get(&removed, `WITH d AS (DELETE FROM award_scores WHERE juror_id = $1 AND nomination_id = $2 RETURNING 1) SELECT count(*) FROM d`,
		j.ID, n.ID); err != nil {
		return err
	}
	if err := tx.exec(`UPDATE award_jurors SET ballot_version = ballot_version + 1 WHERE id = $1`, j.ID); err != nil {
		return err
	}
	action := "award_conflict.declare"
	if byChair {
		action = "award_conflict.set"
	}
	var ch koop.Changes
	ch.Set("jurorId", nil, j.ID)
	ch.Set("setByChair", nil, byChair)
	ch.Redact("reason")
	if removed > 0 {
		ch.Set("scoresRemoved", nil, removed)
	}
	return tx.audit(&sc.c.ID, action, "Nomination", n.ID, ch)
}

// RemoveConflict removes a juror's conflict (the chair) before the close. A juror who had
// submitted and now misses scores of that nomination is back to a draft.
func (s *JuryService) RemoveConflict(ctx context.Context, jurorID, nominationID string) error {
	return s.db.transact(ctx, func(tx *Tx) error {
		sc, j, n, err := tx.chairConflictScope(jurorID, nominationID)
		if err != nil {
			return err
		}
		if !juryOpen(sc.y.Phase) {
			return juryLocked("Interessenkonflikte können nicht mehr geändert werden.")
		}
		var removed int
		if err := tx.get(&removed, `WITH d AS (DELETE FROM award_conflicts WHERE juror_id = $1 AND nomination_id = $2 RETURNING 1) SELECT count(*) FROM d`,
			j.ID, n.ID); err != nil {
			return err
		}
		if removed == 0 {
			return koop.Errorf(koop.ENOTFOUND, "Für %s ist bei „%s“ kein Interessenkonflikt eingetragen.", j.Name, n.CompanyName)
		}
		var ch koop.Changes
		ch.Set("jurorId", j.ID, nil)
		if j.SubmittedAt != nil {
			missing, err := tx.missingScores(j.CycleID, j.ID)
			if err != nil {
				return err
			}
			if len(missing) > 0 {
				if err := tx.exec(`UPDATE award_jurors SET submitted_at = NULL WHERE id = $1`, j.ID); err != nil {
					return err
				}
				ch.Set("ballotSubmitted", true, false)
			}
		}
		if err := tx.exec(`UPDATE award_jurors SET ballot_version = ballot_version + 1 WHERE id = $1`, j.ID); err != nil {
			return err
		}
		return tx.audit(&sc.c.ID, "award_conflict.remove", "Nomination", n.ID, ch)
	})
}

// ---- the ballot ----------------------------------------------------------------------------

// MyBallot returns the reader's own ballot, or nil when the reader is no juror of the cycle.
func (s *JuryService) MyBallot(ctx context.Context, cycleID string) (*koop.Ballot, error) {
	var out *koop.Ballot
	err := s.db.read(ctx, func(tx *Tx) error {
		sc, err := tx.juryCycle(cycleID, "", false)
		if err != nil || sc.me == nil {
			return err
		}
		out, err = tx.ballot(sc.y, sc.me.ID)
		return err
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// ballot loads juror jurorID's ballot: only ever that juror's own scores and conflicts.
func (tx *Tx) ballot(y *koop.AwardCycle, jurorID string) (*koop.Ballot, error) {
	var j jurorRow
	if err := tx.get(&j, jurorSelect+` WHERE j.id = $1`, jurorID); err != nil {
		return nil, err
	}
	b := &koop.Ballot{Juror: &j.Juror, Scores: []*koop.Score{}, Conflicts: []*koop.Conflict{}, SubmittedAt: j.SubmittedAt,
		CanEdit: y.Phase == koop.PhaseJuryVoting, Version: j.BallotVersion}
	if err := tx.sel(&b.Scores, `SELECT s.nomination_id, s.criterion_id, s.value, s.comment, s.updated_at
		FROM award_scores s JOIN award_nominations n ON n.id = s.nomination_id JOIN award_criteria c ON c.id = s.criterion_id
		WHERE s.juror_id = $1 ORDER BY n.category, n.created_at, n.id, c.position, c.id`, j.ID); err != nil {
		return nil, err
	}
	if err := tx.sel(&b.Conflicts, `SELECT x.juror_id, u.name AS juror_name, x.nomination_id, x.reason, x.set_by_chair, x.created_at
		FROM award_conflicts x JOIN award_jurors j ON j.id = x.juror_id JOIN users u ON u.id = j.user_id
		WHERE x.juror_id = $1 ORDER BY x.created_at, x.nomination_id`, j.ID); err != nil {
		return nil, err
	}
	var counts struct {
		Nominations int `db:"nominations"`
		Scored      int `db:"scored"`
	}
	if err := tx.get(&counts, `SELECT
		(SELECT count(*) FROM award_nominations n WHERE n.cycle_id = $1 AND n.eligibility = 'ELIGIBLE'
			AND NOT EXISTS (SELECT 1 FROM award_conflicts x WHERE x.juror_id = $2 AND x.nomination_id = n.id)) AS nominations,
		(SELECT count(*) FROM award_scores s JOIN award_nominations n ON n.id = s.nomination_id JOIN award_criteria c ON c.id = s.criterion_id
			WHERE s.juror_id = $2 AND n.cycle_id = $1 AND c.cycle_id = $1 AND n.eligibility = 'ELIGIBLE'
			AND NOT EXISTS (SELECT 1 FROM award_conflicts x WHERE x.juror_id = $2 AND x.nomination_id = n.id)) AS scored`,
		y.ID, j.ID); err != nil {
		return nil, err
	}
	b.Required, b.Scored = counts.Nominations*len(y.Criteria), counts.Scored
	return b, nil
}

// ballotChange loads the reader's ballot for a change: the reader is a juror of the cycle, the
// jury votes, and the ballot is the version the reader read (when given).
func (tx *Tx) ballotChange(cycleID string, ballotVersion *int) (*juryScope, error) {
	sc, err := tx.juryCycle(cycleID, "SHARE", true)
	if err != nil {
		return nil, err
	}
	if sc.me == nil {
		return nil, koop.Errorf(koop.EFORBIDDEN, "Bewerten können nur Mitglieder der Jury dieser Runde.")
	}
	switch sc.y.Phase {
	case koop.PhaseJuryVoting:
	case koop.PhaseDecided, koop.PhaseAnnounced:
		return nil, juryLocked("Bewertungen können nicht mehr geändert werden.")
	default:
		return nil, koop.Errorf(koop.EINVALID, "Die Jurybewertung hat noch nicht begonnen (Phase „%s“).", sc.y.Phase.Label())
	}
	if ballotVersion != nil && *ballotVersion != sc.me.BallotVersion {
		return nil, koop.Errorf(koop.ECONFLICT, "Ihr Stimmzettel wurde inzwischen geändert, etwa in einem anderen Fenster. Bitte laden Sie die Seite neu und versuchen Sie es erneut.")
	}
	return sc, nil
}

// SaveScores saves scores of the reader's ballot while the jury votes. The audit trail records
// how many scores changed, never their values or comments.
func (s *JuryService) SaveScores(ctx context.Context, cycleID string, ballotVersion *int, scores []koop.ScoreInput) (*koop.Ballot, error) {
	return s.changeBallot(ctx, cycleID, ballotVersion, func(tx *Tx, sc *juryScope) error {
		if len(scores) > maxScoresPerSave {
			return koop.FieldErrorf(koop.EINVALID, "scores", "Es können höchstens %d Bewertungen auf einmal gespeichert werden.", maxScoresPerSave)
		}
		if len(scores) > 0 {
			n, err := tx.upsertScores(sc, scores)
			if err != nil {
				return err
			}
			if n > 0 {
				if err := tx.exec(`UPDATE award_jurors SET ballot_version = ballot_version + 1 WHERE id = $1`, sc.me.ID); err != nil {
					return err
				}
				var ch koop.Changes
				ch.Set("scoresChanged", nil, n)
				return tx.audit(&sc.c.ID, "award_ballot.change", "Ballot", sc.me.ID, ch)
			}
		}
		return nil
	})
}

// changeBallot runs fn in one transaction on the reader's ballot, once ballotChange allows the
// change, and returns the ballot as it then stands.
func (s *JuryService) changeBallot(ctx context.Context, cycleID string, ballotVersion *int, fn func(tx *Tx, sc *juryScope) error) (*koop.Ballot, error) {
	var out *koop.Ballot
	err := s.db.transact(ctx, func(tx *Tx) error {
		sc, err := tx.ballotChange(cycleID, ballotVersion)
		if err != nil {
			return err
		}
		if err := fn(tx, sc); err != nil {
			return err
		}
		out, err = tx.ballot(sc.y, sc.me.ID)
		return err
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// upsertScores checks the reader's scores against the cycle and writes them in one statement;
// it returns how many rows were created or changed. Every message names only the reader's own
// input.
func (tx *Tx) upsertScores(sc *juryScope, scores []koop.ScoreInput) (int, error) {
	var noms []*juryNomination
	if err := tx.sel(&noms, juryNominationSelect+` WHERE n.cycle_id = $1`, sc.y.ID); err != nil {
		return 0, err
	}
	byID := make(map[string]*juryNomination, len(noms))
	for _, n := range noms {
		byID[n.ID] = n
	}
	var conflicts []struct {
		NominationID string `db:"nomination_id"`
		SetByChair   bool   `db:"set_by_chair"`
	}
	if err := tx.sel(&conflicts, `SELECT nomination_id, set_by_chair FROM award_conflicts WHERE juror_id = $1`, sc.me.ID); err != nil {
		return 0, err
	}
	// conflicted: nomination → whether the chair set the conflict
	conflicted := make(map[string]bool, len(conflicts))
	for _, c := range conflicts {
		conflicted[c.NominationID] = c.SetByChair
	}
	type key struct{ n, c string }
	seen := make(map[key]bool, len(scores))
	nomIDs, critIDs := make([]string, len(scores)), make([]string, len(scores))
	values, comments := make([]int64, len(scores)), make([]sql.NullString, len(scores))
	for i, in := range scores {
		n := byID[in.NominationID]
		if n == nil || n.Eligibility != koop.EligibilityEligible {
			return 0, koop.FieldErrorf(koop.EINVALID, "nominationId", "Diese Nominierung wird in dieser Runde nicht von der Jury bewertet.")
		}
		if byChair, ok := conflicted[n.ID]; ok {
			if byChair {
				return 0, koop.FieldErrorf(koop.EINVALID, "nominationId", "Der Vorsitz der Jury hat für Sie bei „%s“ einen Interessenkonflikt eingetragen; Sie bewerten diese Nominierung nicht.", n.CompanyName)
			}
			return 0, koop.FieldErrorf(koop.EINVALID, "nominationId", "Sie haben bei „%s“ einen Interessenkonflikt erklärt und bewerten diese Nominierung nicht.", n.CompanyName)
		}
		cr, err := findCriterion(sc.y, in.CriterionID)
		if err != nil {
			return 0, koop.FieldErrorf(koop.EINVALID, "criterionId", "Dieses Kriterium gehört nicht zu dieser Runde.")
		}
		if in.Value < cr.ScoreMin || in.Value > cr.ScoreMax {
			return 0, koop.FieldErrorf(koop.EINVALID, "value", "„%s“: Im Kriterium „%s“ sind %d bis %d Punkte möglich, nicht %d.",
				n.CompanyName, cr.Name, cr.ScoreMin, cr.ScoreMax, in.Value)
		}
		k := key{n.ID, cr.ID}
		if seen[k] {
			return 0, koop.FieldErrorf(koop.EINVALID, "scores", "„%s“ ist im Kriterium „%s“ doppelt angegeben.", n.CompanyName, cr.Name)
		}
		seen[k] = true
		if in.Comment != nil {
			c, err := koop.OptionalText("comment", fmt.Sprintf("Der Kommentar zu „%s“ im Kriterium „%s“", n.CompanyName, cr.Name), *in.Comment, 2000)
			if err != nil {
				return 0, err
			}
			comments[i] = sql.NullString{String: c, Valid: true}
		}
		nomIDs[i], critIDs[i], values[i] = n.ID, cr.ID, int64(in.Value)
	}
	// A score without a comment keeps the comment it had. Unchanged scores are not touched, so
	// that their time stays and the count says what really changed.
	var n int
	err := tx.get(&n, `WITH u AS (
		INSERT INTO award_scores (cycle_id, juror_id, nomination_id, criterion_id, value, comment, updated_at)
		SELECT $1, $2, s.nomination_id, s.criterion_id, s.value,
			coalesce(s.comment, (SELECT o.comment FROM award_scores o WHERE o.juror_id = $2 AND o.nomination_id = s.nomination_id AND o.criterion_id = s.criterion_id), ''),
			$3
		FROM unnest($4::uuid[], $5::uuid[], $6::int[], $7::text[]) AS s (nomination_id, criterion_id, value, comment)
		ON CONFLICT (juror_id, nomination_id, criterion_id) DO UPDATE SET value = EXCLUDED.value, comment = EXCLUDED.comment, updated_at = EXCLUDED.updated_at
		WHERE (award_scores.value, award_scores.comment) IS DISTINCT FROM (EXCLUDED.value, EXCLUDED.comment)
		RETURNING 1) SELECT count(*) FROM u`,
		sc.y.ID, sc.me.ID, tx.Now, pq.Array(nomIDs), pq.Array(critIDs), pq.Array(values), pq.Array(comments))
	return n, err
}

// missingScore is a score a ballot still lacks.
type missingScore struct {
	NominationID string `db:"nomination_id"`
	CompanyName  string `db:"company_name"`
	Criterion    string `db:"criterion"`
}

// missingScores lists the scores juror jurorID still lacks: eligible nominations without a
// conflict, times the criteria.
func (tx *Tx) missingScores(cycleID, jurorID string) ([]missingScore, error) {
	var out []missingScore
	err := tx.sel(&out, `SELECT n.id AS nomination_id, o.name AS company_name, c.name AS criterion
		FROM award_nominations n JOIN organisations o ON o.id = n.organisation_id JOIN award_criteria c ON c.cycle_id = n.cycle_id
		WHERE n.cycle_id = $1 AND n.eligibility = 'ELIGIBLE'
			AND NOT EXISTS (SELECT 1 FROM award_conflicts x WHERE x.juror_id = $2 AND x.nomination_id = n.id)
			AND NOT EXISTS (SELECT 1 FROM award_scores s WHERE s.juror_id = $2 AND s.nomination_id = n.id AND s.criterion_id = c.id)
		ORDER BY n.category, `+germanSortKey("o.name")+`, n.id, c.position, c.id`, cycleID, jurorID)
	return out, err
}

// missingScoresText says how many scores are missing and names the first of them, by company:
// "Es fehlen noch 3 Bewertungen (Muster GmbH: Innovation, Nachhaltigkeit; Beispiel AG: Innovation)."
func missingScoresText(list []missingScore) string {
	const shown = 6
	head := fmt.Sprintf("Es fehlen noch %d Bewertungen", len(list))
	if len(list) == 1 {
		head = "Es fehlt noch 1 Bewertung"
	}
	var groups []string
	for i := 0; i < len(list) && i < shown; {
		nom := list[i].NominationID
		var crits []string
		for ; i < len(list) && i < shown && list[i].NominationID == nom; i++ {
			crits = append(crits, list[i].Criterion)
		}
		groups = append(groups, list[i-1].CompanyName+": "+strings.Join(crits, ", "))
	}
	detail := strings.Join(groups, "; ")
	if len(list) > shown {
		detail += ", …"
	}
	return head + " (" + detail + ")."
}

// SubmitBallot submits the reader's complete ballot. Submitting again changes nothing: the
// first submission's time stays.
func (s *JuryService) SubmitBallot(ctx context.Context, cycleID string, ballotVersion int) (*koop.Ballot, error) {
	return s.changeBallot(ctx, cycleID, &ballotVersion, func(tx *Tx, sc *juryScope) error {
		missing, err := tx.missingScores(sc.y.ID, sc.me.ID)
		if err != nil {
			return err
		}
		if len(missing) > 0 {
			return koop.Errorf(koop.EINVALID, "%s", missingScoresText(missing))
		}
		if sc.me.SubmittedAt == nil {
			if err := tx.exec(`UPDATE award_jurors SET submitted_at = $2 WHERE id = $1`, sc.me.ID, tx.Now); err != nil {
				return err
			}
			var ch koop.Changes
			ch.Set("submittedAt", nil, tx.Now)
			return tx.audit(&sc.c.ID, "award_ballot.submit", "Ballot", sc.me.ID, ch)
		}
		return nil
	})
}

// Turnout says how many jurors submitted (managers and the jury); nil for other readers.
func (s *JuryService) Turnout(ctx context.Context, cycleID string) (*koop.Turnout, error) {
	var out *koop.Turnout
	err := s.db.read(ctx, func(tx *Tx) error {
		sc, err := tx.juryCycle(cycleID, "", false)
		if err != nil || (!sc.manager && sc.me == nil) {
			return err
		}
		var t koop.Turnout
		var counts struct {
			Jurors    int `db:"jurors"`
			Submitted int `db:"submitted"`
		}
		if err := tx.get(&counts, `SELECT count(*) AS jurors, count(submitted_at) AS submitted FROM award_jurors WHERE cycle_id = $1`, cycleID); err != nil {
			return err
		}
		t.Jurors, t.Submitted, t.Quorum = counts.Jurors, counts.Submitted, sc.y.Quorum
		t.QuorumMet = t.Submitted >= t.Quorum
		out = &t
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}
