package postgres

import (
	"cmp"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/lib/pq"

	"github.com/koop-lichtenberg/koop"
)

// The close of the vote, the locked result, the chair's casting vote and the announced
// winners. Until a cycle is DECIDED nothing here returns a score or an aggregate of scores;
// the refusals before the close say only counts (the quorum) or what is missing, never values.

var _ koop.JuryService = (*JuryService)(nil)

// resultCycle is a cycle as the close, the casting vote and the result need it, with the
// reader's standing in it.
type resultCycle struct {
	ID            string            `db:"id"`
	CooperationID string            `db:"cooperation_id"`
	Title         string            `db:"title"`
	Categories    pq.StringArray    `db:"categories"`
	Phase         koop.AwardPhase   `db:"phase"`
	Quorum        int               `db:"quorum"`
	TieBreakRule  koop.TieBreakRule `db:"tie_break_rule"`
	Version       int               `db:"version"`
	ClosedByName  *string           `db:"closed_by_name"`
	ClosedAt      *time.Time        `db:"closed_at"`
	CastingVote   pq.StringArray    `db:"casting_vote"`
	MemberRole    *koop.Role        `db:"member_role"`
	JurorID       *string           `db:"juror_id"`
	IsChair       bool              `db:"is_chair"`
	// Role is the reader's effective role in the cycle's cooperation.
	Role koop.Role `db:"-"`
}

// manages says whether the reader manages the award.
func (y *resultCycle) manages() bool { return y.Role.Can(koop.PermManageAward) }

// decided says whether the vote is closed.
func (y *resultCycle) decided() bool {
	return y.Phase == koop.PhaseDecided || y.Phase == koop.PhaseAnnounced
}

// resultCycle loads a cycle the reader may read: members who read the directory, managers
// and the cycle's jurors (outside jurors too). Everybody else does not learn that it exists.
// A locked load takes the row lock first, so that closing and the casting vote are serial.
func (tx *Tx) resultCycle(id string, lock bool) (*resultCycle, error) {
	a, err := tx.actor()
	if err != nil {
		return nil, err
	}
	if !validID(id) {
		return nil, errCycleNotFound()
	}
	if lock {
		var got string
		err := tx.get(&got, `SELECT id FROM award_cycles WHERE id = $1 FOR UPDATE`, id)
		if errors.Is(err, sql.ErrNoRows) {
			return nil, errCycleNotFound()
		}
		if err != nil {
			return nil, err
		}
	}
	var y resultCycle
	err = tx.get(&y, `SELECT y.id, y.cooperation_id, y.title, y.categories, y.phase, y.quorum, y.tie_break_rule, y.version,
		y.closed_by_name, y.closed_at, y.casting_vote::text[] AS casting_vote,
		(SELECT m.role FROM memberships m WHERE m.cooperation_id = y.cooperation_id AND m.user_id = $2 AND m.active) AS member_role,
		j.id AS juror_id, coalesce(j.is_chair, false) AS is_chair
		FROM award_cycles y LEFT JOIN award_jurors j ON j.cycle_id = y.id AND j.user_id = $2
		WHERE y.id = $1`, id, a.UserID)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, errCycleNotFound()
	}
	if err != nil {
		return nil, err
	}
	switch {
	case y.MemberRole != nil:
		y.Role = *y.MemberRole
	case a.IsSystemAdmin:
		y.Role = koop.RoleAdmin
	default:
		return nil, errCycleNotFound()
	}
	if !y.Role.Can(koop.PermViewDirectory) && !y.manages() && y.JurorID == nil {
		return nil, errCycleNotFound()
	}
	return &y, nil
}

// ---- what the result depends on ------------------------------------------------------------

type tallyCriterionRow struct {
	ID       string `db:"id"`
	Name     string `db:"name"`
	Weight   int    `db:"weight"`
	ScoreMin int    `db:"score_min"`
	ScoreMax int    `db:"score_max"`
}

type tallyBallotRow struct {
	JurorID string `db:"id"`
	Name    string `db:"name"`
}

type tallyScoreRow struct {
	JurorID string `db:"juror_id"`
	koop.Score
}

// tallyData is everything a cycle's result is computed from.
type tallyData struct {
	criteria []tallyCriterionRow
	// nominations are the eligible ones, with what the result shows of them.
	nominations []*koop.Nomination
	nomByID     map[string]*koop.Nomination
	// ballots are the submitted ones, by juror name.
	ballots []tallyBallotRow
	// scores[juror][nomination] are the juror's scores, in criteria order.
	scores map[string]map[string][]*koop.Score
	// conflicts[juror][nomination] are every juror's conflicts, submitted or not.
	conflicts map[string]map[string]bool
}

// nominationResultSelect loads nominations with their company; nominators only for readers
// who may see contacts ($2).
const nominationResultSelect = `SELECT n.id, n.cooperation_id, n.cycle_id, n.organisation_id, o.name AS company_name,
	concat_ws(', ', nullif(btrim(o.street), ''), nullif(btrim(o.postal_code || ' ' || o.city), '')) AS company_address,
	o.postal_code AS company_postal_code, n.category, n.justification, n.source, n.eligibility, n.eligibility_reason,
	u.name AS eligibility_decided_by_name, n.eligibility_decided_at, n.created_at, n.version,
	CASE WHEN $2 THEN n.nominator_contact_id END AS nominator_contact_id,
	CASE WHEN $2 THEN nullif(btrim(c.first_name || ' ' || c.last_name), '') END AS nominator_name
	FROM award_nominations n JOIN organisations o ON o.id = n.organisation_id
	LEFT JOIN users u ON u.id = n.eligibility_decided_by LEFT JOIN contacts c ON c.id = n.nominator_contact_id `

// loadTallyData reads the criteria, the eligible nominations, the ballots submitted (up to
// upTo, the close, when given) with their scores, and all conflicts, in one statement each.
func (tx *Tx) loadTallyData(y *resultCycle, upTo *time.Time) (*tallyData, error) {
	d := &tallyData{nomByID: map[string]*koop.Nomination{}, scores: map[string]map[string][]*koop.Score{},
		conflicts: map[string]map[string]bool{}}
	if err := tx.sel(&d.criteria, `SELECT id, name, weight, score_min, score_max FROM award_criteria WHERE cycle_id = $1 ORDER BY position, id`,
		y.ID); err != nil {
		return nil, err
	}
	if err := tx.sel(&d.nominations, nominationResultSelect+`WHERE n.cycle_id = $1 AND n.eligibility = 'ELIGIBLE' ORDER BY n.id`,
		y.ID, y.Role.Can(koop.PermViewContacts)); err != nil {
		return nil, err
	}
	for _, n := range d.nominations {
		n.EligibilityHints, n.Conflicts = []string{}, []*koop.Conflict{}
		d.nomByID[n.ID] = n
	}
	if err := tx.sel(&d.ballots, `SELECT j.id, u.name FROM award_jurors j JOIN users u ON u.id = j.user_id
		WHERE j.cycle_id = $1 AND j.submitted_at IS NOT NULL AND ($2::timestamptz IS NULL OR j.submitted_at <= $2)
		ORDER BY lower(u.name), j.id`, y.ID, upTo); err != nil {
		return nil, err
	}
	var scores []tallyScoreRow
	if err := tx.sel(&scores, `SELECT s.juror_id, s.nomination_id, s.criterion_id, s.value, s.comment, s.updated_at
		FROM award_scores s JOIN award_jurors j ON j.id = s.juror_id JOIN award_criteria c ON c.id = s.criterion_id
		WHERE s.cycle_id = $1 AND j.submitted_at IS NOT NULL AND ($2::timestamptz IS NULL OR j.submitted_at <= $2)
		ORDER BY c.position, c.id`, y.ID, upTo); err != nil {
		return nil, err
	}
	for i := range scores {
		s := &scores[i]
		if d.scores[s.JurorID] == nil {
			d.scores[s.JurorID] = map[string][]*koop.Score{}
		}
		d.scores[s.JurorID][s.NominationID] = append(d.scores[s.JurorID][s.NominationID], &s.Score)
	}
	var conflicts []*koop.Conflict
	if err := tx.sel(&conflicts, `SELECT x.juror_id, u.name AS juror_name, x.nomination_id, x.reason, x.set_by_chair, x.created_at
		FROM award_conflicts x JOIN award_jurors j ON j.id = x.juror_id JOIN users u ON u.id = j.user_id
		WHERE x.cycle_id = $1 ORDER BY lower(u.name), x.juror_id`, y.ID); err != nil {
		return nil, err
	}
	// The nominations show the reader's own conflict, and all of them to managers and the chair.
	for _, c := range conflicts {
		if d.conflicts[c.JurorID] == nil {
			d.conflicts[c.JurorID] = map[string]bool{}
		}
		d.conflicts[c.JurorID][c.NominationID] = true
		n := d.nomByID[c.NominationID]
		if n == nil {
			continue
		}
		if y.JurorID != nil && *y.JurorID == c.JurorID {
			n.MyConflict = c
		}
		if y.manages() || y.IsChair {
			n.Conflicts = append(n.Conflicts, c)
		}
	}
	return d, nil
}

// input is the tally's input.
func (d *tallyData) input(y *resultCycle, castingVote []string) koop.TallyInput {
	in := koop.TallyInput{Categories: []string(y.Categories), Rule: y.TieBreakRule, CastingVote: castingVote}
	for _, c := range d.criteria {
		in.Criteria = append(in.Criteria, koop.TallyCriterion{ID: c.ID, Weight: c.Weight, ScoreMin: c.ScoreMin, ScoreMax: c.ScoreMax})
	}
	for _, n := range d.nominations {
		in.Nominations = append(in.Nominations, koop.TallyNomination{ID: n.ID, Category: n.Category})
	}
	for _, b := range d.ballots {
		tb := koop.TallyBallot{JurorID: b.JurorID, Scores: map[string]map[string]int{}, Conflicts: d.conflicts[b.JurorID]}
		for nom, list := range d.scores[b.JurorID] {
			tb.Scores[nom] = map[string]int{}
			for _, s := range list {
				tb.Scores[nom][s.CriterionID] = s.Value
			}
		}
		in.Ballots = append(in.Ballots, tb)
	}
	return in
}

// tally computes the result. Its refusals name jurors, nominations and criteria by name, and
// never a score's value: a value outside its range is named as such before the tally runs.
func (d *tallyData) tally(y *resultCycle, castingVote []string) (*koop.TallyResult, error) {
	criteria := map[string]tallyCriterionRow{}
	pairs := []string{}
	for _, c := range d.criteria {
		criteria[c.ID] = c
		pairs = append(pairs, c.ID, c.Name)
	}
	for _, n := range d.nominations {
		pairs = append(pairs, n.ID, n.CompanyName)
	}
	for _, b := range d.ballots {
		pairs = append(pairs, b.JurorID, b.Name)
		for nom, list := range d.scores[b.JurorID] {
			n := d.nomByID[nom]
			if n == nil || d.conflicts[b.JurorID][nom] {
				continue
			}
			for _, s := range list {
				if c, ok := criteria[s.CriterionID]; ok && (s.Value < c.ScoreMin || s.Value > c.ScoreMax) {
					return nil, koop.FieldErrorf(koop.EINVALID, "scores", "Die Bewertung von „%s“ enthält für „%s“ im Kriterium „%s“ eine Punktzahl außerhalb des erlaubten Bereichs von %d bis %d.",
						b.Name, n.CompanyName, c.Name, c.ScoreMin, c.ScoreMax)
				}
			}
		}
	}
	res, err := koop.Tally(d.input(y, castingVote))
	if err != nil {
		var kerr *koop.Error
		if errors.As(err, &kerr) {
			return nil, &koop.Error{Code: kerr.Code, Field: kerr.Field, Message: strings.NewReplacer(pairs...).Replace(kerr.Message)}
		}
		return nil, err
	}
	return res, nil
}

// writeResults replaces the cycle's stored result, in one statement each.
func (tx *Tx) writeResults(cycleID string, res *koop.TallyResult) error {
	if err := tx.exec(`DELETE FROM award_results WHERE cycle_id = $1`, cycleID); err != nil {
		return err
	}
	var (
		noms, cats, steps                      []string
		ranks, jurors, tops                    []int64
		meanNum, meanDen, medianNum, medianDen []sql.NullInt64
		rational                               = func(r *koop.Rational) (sql.NullInt64, sql.NullInt64) {
			if r == nil {
				return sql.NullInt64{}, sql.NullInt64{}
			}
			return sql.NullInt64{Int64: r.Num, Valid: true}, sql.NullInt64{Int64: r.Den, Valid: true}
		}
	)
	for _, c := range res.Categories {
		for _, r := range c.Ranking {
			noms, cats, steps = append(noms, r.NominationID), append(cats, c.Category), append(steps, string(r.DecidedBy))
			ranks, jurors, tops = append(ranks, int64(r.Rank)), append(jurors, int64(r.Jurors)), append(tops, int64(r.TopRanks))
			mn, md := rational(r.Mean)
			meanNum, meanDen = append(meanNum, mn), append(meanDen, md)
			mn, md = rational(r.Median)
			medianNum, medianDen = append(medianNum, mn), append(medianDen, md)
		}
	}
	if len(noms) == 0 {
		return nil
	}
	return tx.exec(`INSERT INTO award_results (cycle_id, nomination_id, category, rank, mean_num, mean_den, median_num, median_den, jurors, top_ranks, decided_by)
		SELECT $1, r.nomination_id, r.category, r.rank, r.mean_num, r.mean_den, r.median_num, r.median_den, r.jurors, r.top_ranks, r.decided_by
		FROM unnest($2::uuid[], $3::text[], $4::integer[], $5::bigint[], $6::bigint[], $7::bigint[], $8::bigint[], $9::integer[], $10::integer[], $11::text[])
			AS r (nomination_id, category, rank, mean_num, mean_den, median_num, median_den, jurors, top_ranks, decided_by)`,
		cycleID, pq.Array(noms), pq.Array(cats), pq.Array(ranks), pq.Array(meanNum), pq.Array(meanDen), pq.Array(medianNum),
		pq.Array(medianDen), pq.Array(jurors), pq.Array(tops), pq.Array(steps))
}

// ---- closing -------------------------------------------------------------------------------

// CloseAwardVoting checks the quorum, computes and stores the result and locks the cycle: the
// chair of the jury or a manager, in JURY_VOTING. The cycle's row lock makes two closes serial;
// the second finds the cycle decided.
func (s *JuryService) CloseAwardVoting(ctx context.Context, cycleID string, version int) error {
	return s.db.transact(ctx, func(tx *Tx) error {
		y, err := tx.resultCycle(cycleID, true)
		if err != nil {
			return err
		}
		if !y.manages() && !y.IsChair {
			return koop.Errorf(koop.EFORBIDDEN, "Die Abstimmung schließen dürfen nur der Vorsitz der Jury, die Koordination und die Administration.")
		}
		if y.decided() {
			return koop.Errorf(koop.EINVALID, "Die Abstimmung ist bereits geschlossen.")
		}
		if y.Phase != koop.PhaseJuryVoting {
			return koop.Errorf(koop.EINVALID, "Die Abstimmung kann nur während der Jurybewertung geschlossen werden; die Runde ist in der Phase „%s“.", y.Phase.Label())
		}
		if err := checkVersion(version, y.Version, "Die Preisrunde"); err != nil {
			return err
		}
		d, err := tx.loadTallyData(y, nil)
		if err != nil {
			return err
		}
		if len(d.ballots) < y.Quorum {
			return koop.Errorf(koop.EINVALID, "Das Quorum ist nicht erreicht: %d von %d nötigen Bewertungen sind abgegeben.", len(d.ballots), y.Quorum)
		}
		res, err := d.tally(y, nil)
		if err != nil {
			return err
		}
		for _, c := range res.Categories {
			if len(c.Ranking) > 0 && c.Ranking[0].Mean == nil {
				return koop.Errorf(koop.EINVALID, "In der Kategorie „%s“ zählt keine einzige Bewertung: Alle abgegebenen Bewertungen sind bei ihren Nominierungen befangen. Ohne Bewertung gibt es keinen Sieger.", c.Category)
			}
		}
		if err := tx.writeResults(y.ID, res); err != nil {
			return err
		}
		if err := tx.exec(`UPDATE award_cycles SET phase = $2, closed_by = $3, closed_by_name = (SELECT name FROM users WHERE id = $3),
			closed_at = $4, casting_vote = '{}', updated_at = $4, version = version + 1 WHERE id = $1`,
			y.ID, koop.PhaseDecided, tx.Actor.UserID, tx.Now); err != nil {
			return err
		}
		var ch koop.Changes
		ch.Set("phase", string(y.Phase), string(koop.PhaseDecided))
		ch.Set("ballots", nil, len(d.ballots))
		ch.Set("closedAt", nil, tx.Now)
		if ties := winnerTies(res); len(ties) > 0 {
			ch.Set("winnerTie", nil, strings.Join(ties, "; "))
		}
		return tx.audit(&y.CooperationID, "award_cycle.close", "AwardCycle", y.ID, ch)
	})
}

// winnerTies names the categories whose first place is tied.
func winnerTies(res *koop.TallyResult) []string {
	out := []string{}
	for _, c := range res.Categories {
		if len(c.WinnerTie) > 0 {
			out = append(out, c.Category)
		}
	}
	return out
}

// ---- the casting vote ----------------------------------------------------------------------

// RecordCastingVote records the chair's order of the nominations tied for first place and
// ranks them by it. Only the chair decides, only in DECIDED and only while a tie is open.
func (s *JuryService) RecordCastingVote(ctx context.Context, cycleID string, version int, order []string) error {
	return s.db.transact(ctx, func(tx *Tx) error {
		y, err := tx.resultCycle(cycleID, true)
		if err != nil {
			return err
		}
		if !y.IsChair {
			return koop.Errorf(koop.EFORBIDDEN, "Den Stichentscheid trifft nur der Vorsitz der Jury.")
		}
		if y.Phase != koop.PhaseDecided {
			if y.Phase == koop.PhaseAnnounced {
				return koop.Errorf(koop.EINVALID, "Die Preisträger sind bereits bekanntgegeben; ein Stichentscheid ist nicht mehr möglich.")
			}
			return koop.Errorf(koop.EINVALID, "Ein Stichentscheid ist erst nach dem Schließen der Abstimmung möglich.")
		}
		if err := checkVersion(version, y.Version, "Die Preisrunde"); err != nil {
			return err
		}
		d, err := tx.loadTallyData(y, y.ClosedAt)
		if err != nil {
			return err
		}
		current, err := d.tally(y, y.CastingVote)
		if err != nil {
			return err
		}
		var groups [][]string
		expected := map[string]bool{}
		for _, c := range current.Categories {
			if len(c.WinnerTie) > 0 {
				groups = append(groups, c.WinnerTie)
				for _, id := range c.WinnerTie {
					expected[id] = true
				}
			}
		}
		if len(groups) == 0 {
			if len(y.CastingVote) > 0 {
				return koop.Errorf(koop.EINVALID, "Der Stichentscheid ist bereits festgehalten.")
			}
			return koop.Errorf(koop.EINVALID, "Es gibt keinen Gleichstand um den ersten Platz; ein Stichentscheid ist nicht nötig.")
		}
		seen := map[string]bool{}
		valid := len(order) == len(expected)
		for _, id := range order {
			if !expected[id] || seen[id] {
				valid = false
			}
			seen[id] = true
		}
		if !valid {
			parts := make([]string, len(groups))
			for i, g := range groups {
				names := make([]string, len(g))
				for j, id := range g {
					names[j] = "„" + d.nomByID[id].CompanyName + "“"
				}
				slices.Sort(names)
				parts[i] = fmt.Sprintf("%s (%s)", strings.Join(names, ", "), d.nomByID[g[0]].Category)
			}
			return koop.FieldErrorf(koop.EINVALID, "order", "Der Stichentscheid muss genau die gleichauf liegenden Nominierungen enthalten, jede einmal: %s.", strings.Join(parts, "; "))
		}
		res, err := d.tally(y, order)
		if err != nil {
			return err
		}
		if ties := winnerTies(res); len(ties) > 0 {
			// The order covers every tied nomination, so this cannot happen; refuse rather than
			// store a half-decided result.
			return koop.Errorf(koop.EINVALID, "Der Stichentscheid löst den Gleichstand in „%s“ nicht auf.", strings.Join(ties, "“, „"))
		}
		if err := tx.writeResults(y.ID, res); err != nil {
			return err
		}
		if err := tx.exec(`UPDATE award_cycles SET casting_vote = $2::uuid[], updated_at = $3, version = version + 1 WHERE id = $1`,
			y.ID, pq.Array(order), tx.Now); err != nil {
			return err
		}
		names := make([]string, len(order))
		for i, id := range order {
			names[i] = d.nomByID[id].CompanyName
		}
		var ch koop.Changes
		ch.Set("castingVote", nil, strings.Join(names, "; "))
		return tx.audit(&y.CooperationID, "award_cycle.casting_vote", "AwardCycle", y.ID, ch)
	})
}

// ---- the result ----------------------------------------------------------------------------

type resultRow struct {
	NominationID string            `db:"nomination_id"`
	Category     string            `db:"category"`
	Rank         int               `db:"rank"`
	MeanNum      *int64            `db:"mean_num"`
	MeanDen      *int64            `db:"mean_den"`
	MedianNum    *int64            `db:"median_num"`
	MedianDen    *int64            `db:"median_den"`
	Jurors       int               `db:"jurors"`
	TopRanks     int               `db:"top_ranks"`
	DecidedBy    koop.TieBreakStep `db:"decided_by"`
}

// storedRational turns a stored fraction into a rational, nil when none was stored.
func storedRational(num, den *int64) *koop.Rational {
	if num == nil || den == nil || *den == 0 {
		return nil
	}
	r := koop.NewRational(*num, *den)
	return &r
}

// AwardResult returns the locked result to managers and jurors of a decided cycle; nil before
// the close and for other readers. A juror conflicted on a nomination sees neither its
// breakdown nor its criterion means. The statements are the same in number at any size.
func (s *JuryService) AwardResult(ctx context.Context, cycleID string) (*koop.AwardResult, error) {
	var out *koop.AwardResult
	err := s.db.read(ctx, func(tx *Tx) error {
		y, err := tx.resultCycle(cycleID, false)
		if err != nil {
			return err
		}
		if !y.decided() || (!y.manages() && y.JurorID == nil) {
			return nil
		}
		d, err := tx.loadTallyData(y, y.ClosedAt)
		if err != nil {
			return err
		}
		var rows []resultRow
		if err := tx.sel(&rows, `SELECT nomination_id, category, rank, mean_num, mean_den, median_num, median_den, jurors, top_ranks, decided_by
			FROM award_results WHERE cycle_id = $1`, y.ID); err != nil {
			return err
		}
		// The breakdown is recomputed from the locked scores; the ranking is the stored one.
		tallied, err := d.tally(y, y.CastingVote)
		if err != nil {
			return err
		}
		ranked := map[string]koop.RankedNomination{}
		for _, c := range tallied.Categories {
			for _, r := range c.Ranking {
				ranked[r.NominationID] = r
			}
		}
		out = d.result(y, rows, ranked)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// result assembles the reader's view of the stored result.
func (d *tallyData) result(y *resultCycle, rows []resultRow, ranked map[string]koop.RankedNomination) *koop.AwardResult {
	out := &koop.AwardResult{Categories: []*koop.AwardCategoryResult{}, CastingVote: append([]string{}, y.CastingVote...)}
	if y.ClosedByName != nil {
		out.ClosedByName = *y.ClosedByName
	}
	if y.ClosedAt != nil {
		out.ClosedAt = *y.ClosedAt
	}
	byCat := map[string]*koop.AwardCategoryResult{}
	for _, c := range y.Categories {
		cr := &koop.AwardCategoryResult{Category: c, Ranking: []*koop.AwardRanking{}, WinnerTie: []string{}}
		byCat[c] = cr
		out.Categories = append(out.Categories, cr)
	}
	var mine map[string]bool
	if y.JurorID != nil {
		mine = d.conflicts[*y.JurorID]
	}
	for _, row := range rows {
		cr, n := byCat[row.Category], d.nomByID[row.NominationID]
		if cr == nil || n == nil {
			continue
		}
		ar := &koop.AwardRanking{Nomination: n, Rank: row.Rank, Jurors: row.Jurors, TopRanks: row.TopRanks, DecidedBy: row.DecidedBy,
			MeanText: "–", CriterionMeans: []*koop.CriterionMean{}, Breakdown: []*koop.JurorBreakdown{}}
		if m := storedRational(row.MeanNum, row.MeanDen); m != nil {
			f := m.Float()
			ar.Mean, ar.MeanText = &f, m.String()
		}
		if m := storedRational(row.MedianNum, row.MedianDen); m != nil {
			f := m.Float()
			ar.Median = &f
		}
		if !mine[n.ID] {
			d.fillBreakdown(ar, ranked[n.ID])
		}
		cr.Ranking = append(cr.Ranking, ar)
	}
	for _, cr := range out.Categories {
		// Nominations that share a rank read "tied" whatever their order: the tally marks only
		// the one above the next rank by what separated it, and the order here is by name.
		shared := map[int]int{}
		for _, r := range cr.Ranking {
			shared[r.Rank]++
		}
		for _, r := range cr.Ranking {
			if shared[r.Rank] > 1 {
				r.DecidedBy = koop.DecidedByNothing
			}
		}
		slices.SortFunc(cr.Ranking, func(a, b *koop.AwardRanking) int {
			return cmp.Or(cmp.Compare(a.Rank, b.Rank), cmp.Compare(strings.ToLower(a.Nomination.CompanyName), strings.ToLower(b.Nomination.CompanyName)),
				cmp.Compare(a.Nomination.ID, b.Nomination.ID))
		})
		if len(cr.Ranking) > 1 && cr.Ranking[1].Rank == 1 {
			for _, r := range cr.Ranking {
				if r.Rank == 1 {
					cr.WinnerTie = append(cr.WinnerTie, r.Nomination.ID)
				}
			}
			slices.Sort(cr.WinnerTie)
			out.NeedsCastingVote = true
		}
	}
	return out
}

// fillBreakdown adds the criterion means and every submitted ballot's part.
func (d *tallyData) fillBreakdown(ar *koop.AwardRanking, r koop.RankedNomination) {
	for _, c := range d.criteria {
		if m, ok := r.CriterionMeans[c.ID]; ok {
			ar.CriterionMeans = append(ar.CriterionMeans, &koop.CriterionMean{CriterionID: c.ID, Mean: m.Float()})
		}
	}
	weighted := map[string]*koop.Rational{}
	for _, js := range r.Breakdown {
		weighted[js.JurorID] = js.Weighted
	}
	nomID := ar.Nomination.ID
	for _, b := range d.ballots {
		jb := &koop.JurorBreakdown{JurorName: b.Name, Conflicted: d.conflicts[b.JurorID][nomID], Scores: []*koop.Score{}}
		if !jb.Conflicted {
			if w := weighted[b.JurorID]; w != nil {
				f := w.Float()
				jb.Weighted = &f
			}
			jb.Scores = append(jb.Scores, d.scores[b.JurorID][nomID]...)
		}
		ar.Breakdown = append(ar.Breakdown, jb)
	}
}

// ---- the winners ---------------------------------------------------------------------------

// winnersSelect lists the first places of announced cycles whose first place is not shared.
const winnersSelect = `SELECT y.title AS cycle_title, r.category, o.name AS company_name, r.nomination_id, coalesce(y.announcement_event_id::text, '') AS event_id
	FROM award_cycles y JOIN award_results r ON r.cycle_id = y.id AND r.rank = 1
	JOIN award_nominations n ON n.id = r.nomination_id JOIN organisations o ON o.id = n.organisation_id
	WHERE y.phase = 'ANNOUNCED'
	AND NOT EXISTS (SELECT 1 FROM award_results t WHERE t.cycle_id = r.cycle_id AND t.category = r.category AND t.rank = 1 AND t.nomination_id <> r.nomination_id) `

// Winners returns the announced winners of a cycle, in the order of its categories, to
// everyone who may read the cycle; none before the announcement.
func (s *JuryService) Winners(ctx context.Context, cycleID string) ([]*koop.AwardWinner, error) {
	out := []*koop.AwardWinner{}
	err := s.db.read(ctx, func(tx *Tx) error {
		y, err := tx.resultCycle(cycleID, false)
		if err != nil {
			return err
		}
		if y.Phase != koop.PhaseAnnounced {
			return nil
		}
		return tx.sel(&out, winnersSelect+`AND y.id = $1 ORDER BY array_position(y.categories, r.category), r.category`, y.ID)
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// directoryRoles are the roles that read events.
func directoryRoles() []string {
	out := []string{}
	for _, r := range koop.Roles {
		if r.Can(koop.PermViewDirectory) {
			out = append(out, string(r))
		}
	}
	return out
}

// EventAwardWinners returns, in one statement, the winners announced at each of the events
// that the reader may read.
func (s *JuryService) EventAwardWinners(ctx context.Context, eventIDs []string) (map[string][]*koop.AwardWinner, error) {
	out := map[string][]*koop.AwardWinner{}
	err := s.db.read(ctx, func(tx *Tx) error {
		a, err := tx.actor()
		if err != nil {
			return err
		}
		ids := []string{}
		for _, id := range eventIDs {
			if validID(id) {
				ids = append(ids, id)
			}
		}
		if len(ids) == 0 {
			return nil
		}
		var list []*koop.AwardWinner
		if err := tx.sel(&list, winnersSelect+`AND y.announcement_event_id = ANY($1)
			AND ($3 AND NOT EXISTS (SELECT 1 FROM memberships m WHERE m.cooperation_id = y.cooperation_id AND m.user_id = $2 AND m.active)
				OR EXISTS (SELECT 1 FROM memberships m WHERE m.cooperation_id = y.cooperation_id AND m.user_id = $2 AND m.active AND m.role = ANY($4)))
			ORDER BY y.year DESC, y.title, array_position(y.categories, r.category), r.category`,
			pq.Array(ids), a.UserID, a.IsSystemAdmin, pq.Array(directoryRoles())); err != nil {
			return err
		}
		for _, w := range list {
			out[w.EventID] = append(out[w.EventID], w)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}
