package postgres_test

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/lib/pq"

	"github.com/koop-lichtenberg/koop"
	"github.com/koop-lichtenberg/koop/postgres"
	"github.com/koop-lichtenberg/koop/postgres/pgtest"
)

// jrCycle is an award cycle of the demo programme set up directly in the database, with
// everything below it inserted by SQL, so that these tests need no other service.
type jrCycle struct {
	db       *pgtest.DB
	id       string
	criteria []string          // weight 2 and weight 1, both 1–10
	noms     map[string]string // company → nomination
	jurors   map[string]string // e-mail → juror
}

// jrNewCycle inserts a cycle in JURY_VOTING.
func jrNewCycle(t *testing.T, db *pgtest.DB, year, quorum int, categories ...string) *jrCycle {
	t.Helper()
	c := &jrCycle{db: db, noms: map[string]string{}, jurors: map[string]string{}}
	if err := db.SQL.Get(&c.id, `INSERT INTO award_cycles (cooperation_id, programme_id, year, title, categories, nomination_opens_at,
		nomination_closes_at, voting_closes_at, quorum, tie_break_rule, phase, created_at, updated_at)
		VALUES ($1, $2, $3, $4, $5, make_timestamptz($3, 3, 1, 0, 0, 0), make_timestamptz($3, 5, 31, 0, 0, 0), make_timestamptz($3, 9, 30, 0, 0, 0),
		$6, 'MORE_TOP_RANKS_THEN_MEDIAN_THEN_CHAIR', 'JURY_VOTING', $7, $7) RETURNING id`,
		pgtest.DemoCooperationID, demoAwardProgramme, year, fmt.Sprintf("Unternehmen des Jahres %d", year), pq.Array(categories), quorum, db.Clock.T); err != nil {
		t.Fatalf("insert cycle: %v", err)
	}
	for i, name := range []string{"Innovation", "Beschäftigung"} {
		var id string
		if err := db.SQL.Get(&id, `INSERT INTO award_criteria (cycle_id, name, weight, score_min, score_max, position, created_at, updated_at)
			VALUES ($1, $2, $3, 1, 10, $4, $5, $5) RETURNING id`, c.id, name, 2-i, i+1, db.Clock.T); err != nil {
			t.Fatalf("insert criterion: %v", err)
		}
		c.criteria = append(c.criteria, id)
	}
	return c
}

// nominate adds an eligible nomination of a new company.
func (c *jrCycle) nominate(t *testing.T, company, category string) string {
	t.Helper()
	var id string
	if err := c.db.SQL.Get(&id, `WITH o AS (INSERT INTO organisations (cooperation_id, kind, name, street, postal_code, city, created_at, updated_at)
			VALUES ($1, 'COMPANY', $2, 'Frankfurter Allee 1', '10365', 'Berlin', $5, $5) RETURNING id)
		INSERT INTO award_nominations (cooperation_id, cycle_id, organisation_id, category, justification, source, eligibility, eligibility_reason, created_at, updated_at)
		SELECT $1, $3, o.id, $4, 'Ein Vorbild für den Bezirk.', 'STAFF', 'ELIGIBLE', 'Sitz in Lichtenberg', $5, $5 FROM o RETURNING id`,
		pgtest.DemoCooperationID, company, c.id, category, c.db.Clock.T); err != nil {
		t.Fatalf("nominate %s: %v", company, err)
	}
	c.noms[company] = id
	return id
}

// juror adds the user with the e-mail to the jury.
func (c *jrCycle) juror(t *testing.T, email string, chair bool) string {
	t.Helper()
	var id string
	if err := c.db.SQL.Get(&id, `INSERT INTO award_jurors (cycle_id, user_id, is_chair, created_at)
		SELECT $1, id, $3, $4 FROM users WHERE email = $2 RETURNING id`, c.id, email, chair, c.db.Clock.T); err != nil {
		t.Fatalf("juror %s: %v", email, err)
	}
	c.jurors[email] = id
	return id
}

// conflict records the juror's conflict with the nomination of the company.
func (c *jrCycle) conflict(t *testing.T, email, company string) {
	t.Helper()
	if _, err := c.db.SQL.Exec(`INSERT INTO award_conflicts (cycle_id, juror_id, nomination_id, reason, set_by_chair, created_at)
		VALUES ($1, $2, $3, 'Verwandtschaft', false, $4)`, c.id, c.jurors[email], c.noms[company], c.db.Clock.T); err != nil {
		t.Fatalf("conflict: %v", err)
	}
}

// score stores the juror's scores of the company, one per criterion, the comment on each.
func (c *jrCycle) score(t *testing.T, email, company string, comment string, values ...int) {
	t.Helper()
	for i, v := range values {
		if _, err := c.db.SQL.Exec(`INSERT INTO award_scores (cycle_id, juror_id, nomination_id, criterion_id, value, comment, updated_at)
			VALUES ($1, $2, $3, $4, $5, $6, $7)`, c.id, c.jurors[email], c.noms[company], c.criteria[i], v, comment, c.db.Clock.T); err != nil {
			t.Fatalf("score: %v", err)
		}
	}
}

// submit marks the juror's ballot submitted.
func (c *jrCycle) submit(t *testing.T, email string) {
	t.Helper()
	if _, err := c.db.SQL.Exec(`UPDATE award_jurors SET submitted_at = $2 WHERE id = $1`, c.jurors[email], c.db.Clock.T); err != nil {
		t.Fatalf("submit: %v", err)
	}
}

// version reads the cycle's version.
func (c *jrCycle) version(t *testing.T) int {
	t.Helper()
	return authzVersion(t, c.db, "award_cycles", c.id)
}

// phase reads the cycle's phase.
func (c *jrCycle) phase(t *testing.T) string {
	t.Helper()
	return authzText(t, c.db, `SELECT phase FROM award_cycles WHERE id = $1`, c.id)
}

// jrAddUser adds a user with a membership of the demo cooperation (password "koop-demo" is not
// needed: the tests act through db.As).
func jrAddUser(t *testing.T, db *pgtest.DB, email, name string, role koop.Role) {
	t.Helper()
	var id string
	if err := db.SQL.Get(&id, `INSERT INTO users (email, name, created_at, updated_at) VALUES ($1, $2, $3, $3) RETURNING id`, email, name, db.Clock.T); err != nil {
		t.Fatalf("insert user %s: %v", email, err)
	}
	if _, err := db.SQL.Exec(`INSERT INTO memberships (cooperation_id, user_id, role, active, created_at, updated_at) VALUES ($1, $2, $3, true, $4, $4)`,
		pgtest.DemoCooperationID, id, role, db.Clock.T); err != nil {
		t.Fatalf("insert membership: %v", err)
	}
}

// The companies and people of the main scenario.
const (
	jrSonne  = "Bäckerei Sonne GmbH"
	jrHolz   = "Tischlerei Holz KG"
	jrRecht  = "Kanzlei Recht & Partner"
	jrHerz   = "Pflegedienst Herz"
	jrChair  = "coordinator.wkhl@koop.test" // Cem Wolter, chair
	jrMember = "member@koop.test"           // Mira Maaß
	jrExtern = "extern.juror@koop.test"     // Erika Extern, EXTERNAL, conflicted on Sonne
	jrDraft  = "admin@koop.test"            // Andrea Albrecht, never submits
	jrNoJury = "extern.other@koop.test"     // EXTERNAL, no juror
)

// jrScenario is two categories, four nominations and four jurors: three submitted (quorum 3),
// one of them conflicted on Sonne yet with scores of it in the table, and a draft that never
// counts.
func jrScenario(t *testing.T, db *pgtest.DB) *jrCycle {
	t.Helper()
	jrAddUser(t, db, jrExtern, "Erika Extern", koop.RoleExternal)
	jrAddUser(t, db, jrNoJury, "Otto Außen", koop.RoleExternal)
	c := jrNewCycle(t, db, 2031, 3, "Handwerk", "Dienstleistung")
	for _, n := range []struct{ company, category string }{{jrSonne, "Handwerk"}, {jrHolz, "Handwerk"}, {jrRecht, "Dienstleistung"}, {jrHerz, "Dienstleistung"}} {
		c.nominate(t, n.company, n.category)
	}
	c.juror(t, jrChair, true)
	c.juror(t, jrMember, false)
	c.juror(t, jrExtern, false)
	c.juror(t, jrDraft, false)
	c.conflict(t, jrExtern, jrSonne)
	c.score(t, jrChair, jrSonne, "Starke Ausbildung", 8, 6)
	c.score(t, jrChair, jrHolz, "", 7, 7)
	c.score(t, jrChair, jrRecht, "", 5, 5)
	c.score(t, jrChair, jrHerz, "", 6, 4)
	c.score(t, jrMember, jrSonne, "", 6, 8)
	c.score(t, jrMember, jrHolz, "", 9, 3)
	c.score(t, jrMember, jrRecht, "", 7, 7)
	c.score(t, jrMember, jrHerz, "", 4, 9)
	c.score(t, jrExtern, jrSonne, "befangen", 10, 10) // conflicted: never counts
	c.score(t, jrExtern, jrHolz, "", 5, 5)
	c.score(t, jrExtern, jrRecht, "", 6, 6)
	c.score(t, jrExtern, jrHerz, "", 8, 8)
	c.score(t, jrDraft, jrSonne, "", 1, 1) // a draft: never counts
	c.score(t, jrDraft, jrHolz, "", 10, 10)
	c.score(t, jrDraft, jrRecht, "", 1, 1)
	c.score(t, jrDraft, jrHerz, "", 10, 10)
	c.submit(t, jrChair)
	c.submit(t, jrMember)
	return c
}

// jrEnv is a seeded database with the jury service.
type jrEnv struct {
	db   *pgtest.DB
	jury *postgres.JuryService
}

func newJrEnv(t *testing.T) *jrEnv {
	db := pgtest.Seeded(t)
	return &jrEnv{db: db, jury: postgres.NewJuryService(db.DB)}
}

func (e *jrEnv) as(t *testing.T, email string) context.Context { return e.db.As(t, email) }

// The quorum counts submitted ballots only; the refusal says the counts and changes nothing.
// A member who neither manages nor chairs may not close; a stale version is a conflict.
func TestAwardCloseNeedsQuorum(t *testing.T) {
	e := newJrEnv(t)
	c := jrScenario(t, e.db)
	coord := e.as(t, "coordinator@koop.test")
	v := c.version(t)
	err := e.jury.CloseAwardVoting(coord, c.id, v)
	if koop.ErrorCode(err) != koop.EINVALID || koop.ErrorMessage(err) != "Das Quorum ist nicht erreicht: 2 von 3 nötigen Bewertungen sind abgegeben." {
		t.Fatalf("close below the quorum: %v", err)
	}
	if c.phase(t) != "JURY_VOTING" || c.version(t) != v || e.db.Count(t, `SELECT count(*) FROM award_results WHERE cycle_id = $1`, c.id) != 0 ||
		e.db.Count(t, `SELECT count(*) FROM audit_entries WHERE action = 'award_cycle.close' AND entity_id = $1`, c.id) != 0 {
		t.Fatal("a refused close changed something")
	}
	c.submit(t, jrExtern)
	if err := e.jury.CloseAwardVoting(e.as(t, jrMember), c.id, v); koop.ErrorCode(err) != koop.EFORBIDDEN {
		t.Errorf("a juror who is no chair closes: %v", err)
	}
	if err := e.jury.CloseAwardVoting(e.as(t, jrNoJury), c.id, v); koop.ErrorCode(err) != koop.ENOTFOUND {
		t.Errorf("an outsider closes: %v", err)
	}
	if err := e.jury.CloseAwardVoting(coord, c.id, v-1); koop.ErrorCode(err) != koop.ECONFLICT {
		t.Errorf("stale version: %v", err)
	}
	// The chair may close, as well as a manager.
	if err := e.jury.CloseAwardVoting(e.as(t, jrChair), c.id, v); err != nil {
		t.Fatalf("close with the quorum: %v", err)
	}
	var y struct {
		Phase    string  `db:"phase"`
		Version  int     `db:"version"`
		By       *string `db:"closed_by"`
		ByName   *string `db:"closed_by_name"`
		AtIsNow  bool    `db:"at_is_now"`
		Cast     string  `db:"casting_vote"`
		Results  int     `db:"results"`
		Audits   int     `db:"audits"`
		AuditTxt string  `db:"audit"`
	}
	if err := e.db.SQL.Get(&y, `SELECT phase, version, closed_by, closed_by_name, closed_at = $2 AS at_is_now, casting_vote::text,
		(SELECT count(*) FROM award_results WHERE cycle_id = y.id) AS results,
		(SELECT count(*) FROM audit_entries WHERE action = 'award_cycle.close' AND entity_id = y.id::text AND actor_id = y.closed_by) AS audits,
		(SELECT changes::text FROM audit_entries WHERE action = 'award_cycle.close' AND entity_id = y.id::text) AS audit
		FROM award_cycles y WHERE id = $1`, c.id, e.db.Clock.T); err != nil {
		t.Fatal(err)
	}
	if y.Phase != "DECIDED" || y.Version != v+1 || y.By == nil || *y.By != e.db.UserID(t, jrChair) || y.ByName == nil || *y.ByName != "Cem Wolter" ||
		!y.AtIsNow || y.Cast != "{}" || y.Results != 4 || y.Audits != 1 {
		t.Errorf("closed cycle: %+v", y)
	}
	if !strings.Contains(y.AuditTxt, `"ballots"`) || !strings.Contains(y.AuditTxt, `"new": "3"`) && !strings.Contains(y.AuditTxt, `"new":"3"`) {
		t.Errorf("audit without the number of ballots: %s", y.AuditTxt)
	}
	for _, secret := range []string{"Starke Ausbildung", "value", "mean", "score"} {
		if strings.Contains(y.AuditTxt, secret) {
			t.Errorf("the audit entry of the close shows %q: %s", secret, y.AuditTxt)
		}
	}
	// Closed is closed.
	if err := e.jury.CloseAwardVoting(coord, c.id, v+1); koop.ErrorCode(err) != koop.EINVALID {
		t.Errorf("closing twice: %v", err)
	}
}

// The stored result is what koop.Tally computes from the submitted ballots without the
// conflicted scores and without the draft.
func TestAwardResultMatchesTally(t *testing.T) {
	e := newJrEnv(t)
	c := jrScenario(t, e.db)
	c.submit(t, jrExtern)
	coord := e.as(t, "coordinator@koop.test")
	if err := e.jury.CloseAwardVoting(coord, c.id, c.version(t)); err != nil {
		t.Fatal(err)
	}

	scores := func(a, b int) map[string]int { return map[string]int{c.criteria[0]: a, c.criteria[1]: b} }
	in := koop.TallyInput{
		Criteria:   []koop.TallyCriterion{{ID: c.criteria[0], Weight: 2, ScoreMin: 1, ScoreMax: 10}, {ID: c.criteria[1], Weight: 1, ScoreMin: 1, ScoreMax: 10}},
		Categories: []string{"Handwerk", "Dienstleistung"},
		Nominations: []koop.TallyNomination{{ID: c.noms[jrSonne], Category: "Handwerk"}, {ID: c.noms[jrHolz], Category: "Handwerk"},
			{ID: c.noms[jrRecht], Category: "Dienstleistung"}, {ID: c.noms[jrHerz], Category: "Dienstleistung"}},
		Ballots: []koop.TallyBallot{
			{JurorID: c.jurors[jrChair], Scores: map[string]map[string]int{c.noms[jrSonne]: scores(8, 6), c.noms[jrHolz]: scores(7, 7), c.noms[jrRecht]: scores(5, 5), c.noms[jrHerz]: scores(6, 4)}},
			{JurorID: c.jurors[jrMember], Scores: map[string]map[string]int{c.noms[jrSonne]: scores(6, 8), c.noms[jrHolz]: scores(9, 3), c.noms[jrRecht]: scores(7, 7), c.noms[jrHerz]: scores(4, 9)}},
			{JurorID: c.jurors[jrExtern], Scores: map[string]map[string]int{c.noms[jrHolz]: scores(5, 5), c.noms[jrRecht]: scores(6, 6), c.noms[jrHerz]: scores(8, 8)},
				Conflicts: map[string]bool{c.noms[jrSonne]: true}},
		},
		Rule: koop.TieBreakTopRanksMedianChair,
	}
	want, err := koop.Tally(in)
	if err != nil {
		t.Fatal(err)
	}
	type row struct {
		Nom, Cat                 string
		Rank, Jurors, Top        int
		MeanN, MeanD, MedN, MedD *int64
		Decided                  string
	}
	var got []row
	if err := e.db.SQL.Select(&got, `SELECT nomination_id AS nom, category AS cat, rank, jurors, top_ranks AS top, mean_num AS meann, mean_den AS meand,
		median_num AS medn, median_den AS medd, decided_by AS decided FROM award_results WHERE cycle_id = $1`, c.id); err != nil {
		t.Fatal(err)
	}
	stored := map[string]row{}
	for _, r := range got {
		stored[r.Nom] = r
	}
	n := 0
	for _, cat := range want.Categories {
		for _, r := range cat.Ranking {
			n++
			s := stored[r.NominationID]
			if s.Cat != cat.Category || s.Rank != r.Rank || s.Jurors != r.Jurors || s.Top != r.TopRanks || s.Decided != string(r.DecidedBy) ||
				s.MeanN == nil || s.MeanD == nil || *s.MeanN != r.Mean.Num || *s.MeanD != r.Mean.Den ||
				s.MedN == nil || s.MedD == nil || *s.MedN != r.Median.Num || *s.MedD != r.Median.Den {
				t.Errorf("stored %+v, tally %+v", s, r)
			}
		}
	}
	if n != len(got) || n != 4 {
		t.Errorf("%d stored rows, tally ranks %d", len(got), n)
	}

	// Without the conflicted 10s and the draft: Sonne is (2·8+6 + 2·6+8) / (2·3) = 7 with two
	// ballots; Holz (21 + 21 + 15) / 9 with three.
	res, err := e.jury.AwardResult(coord, c.id)
	if err != nil || res == nil {
		t.Fatalf("result: %v, %v", res, err)
	}
	if len(res.Categories) != 2 || res.Categories[0].Category != "Handwerk" || res.Categories[1].Category != "Dienstleistung" || res.NeedsCastingVote {
		t.Fatalf("categories %+v", res.Categories)
	}
	hw := res.Categories[0].Ranking
	if len(hw) != 2 || hw[0].Nomination.CompanyName != jrSonne || hw[0].Rank != 1 || hw[0].Jurors != 2 || hw[0].MeanText != "7,00" ||
		hw[1].Nomination.CompanyName != jrHolz || hw[1].Jurors != 3 || hw[1].MeanText != "6,33" {
		t.Errorf("Handwerk: %+v %+v", hw[0], hw[1])
	}
	if hw[0].Nomination.CompanyAddress != "Frankfurter Allee 1, 10365 Berlin" || hw[0].Nomination.Eligibility != koop.EligibilityEligible ||
		hw[0].Nomination.CycleID != c.id || hw[0].Nomination.Justification == "" || hw[0].Nomination.OrganisationID == "" {
		t.Errorf("nomination %+v", hw[0].Nomination)
	}
	if res.ClosedByName != "Clara Conrad" || !res.ClosedAt.Equal(e.db.Clock.T) || len(res.CastingVote) != 0 {
		t.Errorf("closed by %q at %v, casting %v", res.ClosedByName, res.ClosedAt, res.CastingVote)
	}
	// Sonne: three submitted ballots in the breakdown (by name), the conflicted one marked and
	// without scores; the draft is not there.
	var names []string
	for _, b := range hw[0].Breakdown {
		names = append(names, b.JurorName)
		if b.JurorName == "Erika Extern" && (!b.Conflicted || len(b.Scores) != 0 || b.Weighted != nil) {
			t.Errorf("conflicted juror in the breakdown: %+v", b)
		}
		if b.JurorName == "Cem Wolter" && (b.Conflicted || len(b.Scores) != 2 || b.Scores[0].Value != 8 || b.Scores[0].Comment != "Starke Ausbildung" ||
			b.Weighted == nil || *b.Weighted != 22.0/3) {
			t.Errorf("chair in the breakdown: %+v", b)
		}
	}
	if strings.Join(names, ", ") != "Cem Wolter, Erika Extern, Mira Maaß" {
		t.Errorf("breakdown of %v", names)
	}
	if len(hw[0].CriterionMeans) != 2 || hw[0].CriterionMeans[0].Mean != 7 || hw[0].CriterionMeans[1].Mean != 7 {
		t.Errorf("criterion means %+v", hw[0].CriterionMeans)
	}
}

// A submitted ballot that became incomplete (its conflict was removed) stops the close with
// the tally's reason, naming the juror and the company, never a value.
func TestAwardCloseRefusesIncompleteBallot(t *testing.T) {
	e := newJrEnv(t)
	c := jrScenario(t, e.db)
	c.submit(t, jrExtern)
	if _, err := e.db.SQL.Exec(`DELETE FROM award_scores WHERE juror_id = $1 AND nomination_id = $2`, c.jurors[jrExtern], c.noms[jrSonne]); err != nil {
		t.Fatal(err)
	}
	if _, err := e.db.SQL.Exec(`DELETE FROM award_conflicts WHERE juror_id = $1`, c.jurors[jrExtern]); err != nil {
		t.Fatal(err)
	}
	err := e.jury.CloseAwardVoting(e.as(t, "coordinator@koop.test"), c.id, c.version(t))
	msg := koop.ErrorMessage(err)
	if koop.ErrorCode(err) != koop.EINVALID || !strings.Contains(msg, "Erika Extern") || !strings.Contains(msg, jrSonne) || !strings.Contains(msg, "unvollständig") {
		t.Fatalf("close with an incomplete ballot: %v", err)
	}
	if c.phase(t) != "JURY_VOTING" {
		t.Error("the refused close changed the phase")
	}
}

// jrTie is a category whose two nominations every juror scores alike, and a second one with a
// clear winner; the member chairs the jury.
func jrTie(t *testing.T, db *pgtest.DB, year int) *jrCycle {
	t.Helper()
	c := jrNewCycle(t, db, year, 2, "Handwerk", "Industrie")
	c.nominate(t, "Schlosserei Eisen", "Handwerk")
	c.nominate(t, "Malerei Farbe", "Handwerk")
	c.nominate(t, "Werkzeugbau Stahl", "Industrie")
	c.nominate(t, "Gießerei Guss", "Industrie")
	c.juror(t, jrMember, true)
	c.juror(t, jrChair, false)
	for _, j := range []string{jrMember, jrChair} {
		c.score(t, j, "Schlosserei Eisen", "", 7, 7)
		c.score(t, j, "Malerei Farbe", "", 7, 7)
		c.score(t, j, "Werkzeugbau Stahl", "", 9, 9)
		c.score(t, j, "Gießerei Guss", "", 3, 3)
		c.submit(t, j)
	}
	return c
}

// A tie for first place waits for the chair's casting vote: nobody else may give it, it must
// name exactly the tied nominations, and once given it cannot be given again.
func TestAwardCastingVote(t *testing.T) {
	e := newJrEnv(t)
	c := jrTie(t, e.db, 2032)
	coord, chair := e.as(t, "coordinator@koop.test"), e.as(t, jrMember)
	if err := e.jury.RecordCastingVote(chair, c.id, c.version(t), []string{c.noms["Malerei Farbe"], c.noms["Schlosserei Eisen"]}); koop.ErrorCode(err) != koop.EINVALID {
		t.Errorf("casting vote before the close: %v", err)
	}
	if err := e.jury.CloseAwardVoting(coord, c.id, c.version(t)); err != nil {
		t.Fatal(err)
	}
	res, err := e.jury.AwardResult(chair, c.id)
	if err != nil || res == nil || !res.NeedsCastingVote {
		t.Fatalf("tied result: %+v, %v", res, err)
	}
	tie := res.Categories[0]
	wantTie := []string{c.noms["Malerei Farbe"], c.noms["Schlosserei Eisen"]}
	slices.Sort(wantTie)
	if !slices.Equal(tie.WinnerTie, wantTie) || tie.Ranking[0].Rank != 1 || tie.Ranking[1].Rank != 1 || tie.Ranking[0].DecidedBy != koop.DecidedByNothing ||
		tie.Ranking[0].Nomination.CompanyName != "Malerei Farbe" || len(res.Categories[1].WinnerTie) != 0 {
		t.Errorf("tie: %+v", tie)
	}
	if tie.Ranking[1].DecidedBy != koop.DecidedByNothing {
		t.Errorf("the second of the tied reads %s, want TIED", tie.Ranking[1].DecidedBy)
	}

	order := []string{c.noms["Schlosserei Eisen"], c.noms["Malerei Farbe"]}
	v := c.version(t)
	if err := e.jury.RecordCastingVote(coord, c.id, v, order); koop.ErrorCode(err) != koop.EFORBIDDEN {
		t.Errorf("a coordinator who does not chair gives the casting vote: %v", err)
	}
	for _, wrong := range [][]string{
		{c.noms["Schlosserei Eisen"]},
		{c.noms["Schlosserei Eisen"], c.noms["Schlosserei Eisen"]},
		{c.noms["Schlosserei Eisen"], c.noms["Werkzeugbau Stahl"]},
		{c.noms["Schlosserei Eisen"], c.noms["Malerei Farbe"], c.noms["Gießerei Guss"]},
	} {
		err := e.jury.RecordCastingVote(chair, c.id, v, wrong)
		if msg := koop.ErrorMessage(err); koop.ErrorCode(err) != koop.EINVALID || !strings.Contains(msg, "„Malerei Farbe“, „Schlosserei Eisen“ (Handwerk)") {
			t.Errorf("order %v: %v", wrong, err)
		}
	}
	if err := e.jury.RecordCastingVote(chair, c.id, v-1, order); koop.ErrorCode(err) != koop.ECONFLICT {
		t.Errorf("stale version: %v", err)
	}
	if c.version(t) != v || e.db.Count(t, `SELECT count(*) FROM audit_entries WHERE action = 'award_cycle.casting_vote'`) != 0 {
		t.Fatal("a refused casting vote changed something")
	}
	if err := e.jury.RecordCastingVote(chair, c.id, v, order); err != nil {
		t.Fatalf("chair's casting vote: %v", err)
	}
	res, err = e.jury.AwardResult(coord, c.id)
	if err != nil || res == nil || res.NeedsCastingVote || !slices.Equal(res.CastingVote, order) {
		t.Fatalf("after the casting vote: %+v, %v", res, err)
	}
	hw := res.Categories[0]
	if len(hw.WinnerTie) != 0 || hw.Ranking[0].Nomination.CompanyName != "Schlosserei Eisen" || hw.Ranking[0].Rank != 1 || hw.Ranking[1].Rank != 2 ||
		hw.Ranking[0].DecidedBy != koop.DecidedByCastingVote {
		t.Errorf("decided: %+v %+v", hw.Ranking[0], hw.Ranking[1])
	}
	if c.version(t) != v+1 || e.db.Count(t, `SELECT count(*) FROM audit_entries WHERE action = 'award_cycle.casting_vote' AND actor_id = $1`, e.db.UserID(t, jrMember)) != 1 {
		t.Error("casting vote: version or audit entry missing")
	}
	err = e.jury.RecordCastingVote(chair, c.id, v+1, order)
	if koop.ErrorCode(err) != koop.EINVALID || koop.ErrorMessage(err) != "Der Stichentscheid ist bereits festgehalten." {
		t.Errorf("second casting vote: %v", err)
	}
}

// Two closes at once produce one result: the row lock makes the second wait and then refuse.
func TestAwardConcurrentClose(t *testing.T) {
	e := newJrEnv(t)
	c := jrScenario(t, e.db)
	c.submit(t, jrExtern)
	v := c.version(t)
	ctxs := []context.Context{e.as(t, "coordinator@koop.test"), e.as(t, jrChair)}
	errs := make([]error, 2)
	var wg sync.WaitGroup
	start := make(chan struct{})
	for i := range 2 {
		wg.Go(func() {
			<-start
			errs[i] = e.jury.CloseAwardVoting(ctxs[i], c.id, v)
		})
	}
	close(start)
	wg.Wait()
	ok := 0
	for _, err := range errs {
		switch koop.ErrorCode(err) {
		case "":
			ok++
		case koop.ECONFLICT, koop.EINVALID:
		default:
			t.Errorf("concurrent close: %v", err)
		}
	}
	if ok != 1 {
		t.Errorf("%d closes succeeded (%v), want exactly one", ok, errs)
	}
	if n := e.db.Count(t, `SELECT count(*) FROM award_results WHERE cycle_id = $1`, c.id); n != 4 {
		t.Errorf("%d result rows, want 4", n)
	}
	if n := e.db.Count(t, `SELECT count(*) FROM audit_entries WHERE action = 'award_cycle.close' AND entity_id = $1`, c.id); n != 1 {
		t.Errorf("%d close audit entries", n)
	}
	if c.version(t) != v+1 {
		t.Errorf("version %d, want %d", c.version(t), v+1)
	}
}

// After the close the database itself refuses every change to what made the result, whatever
// path tries; the result and who closed it stay recorded.
func TestAwardLockedAfterClose(t *testing.T) {
	e := newJrEnv(t)
	c := jrScenario(t, e.db)
	c.submit(t, jrExtern)
	if err := e.jury.CloseAwardVoting(e.as(t, "coordinator@koop.test"), c.id, c.version(t)); err != nil {
		t.Fatal(err)
	}
	before := authzText(t, e.db, `SELECT string_agg(nomination_id || ':' || rank || ':' || mean_num || '/' || mean_den, ',' ORDER BY nomination_id) FROM award_results WHERE cycle_id = $1`, c.id)
	chair, ext := c.jurors[jrChair], c.jurors[jrExtern]
	sonne, holz := c.noms[jrSonne], c.noms[jrHolz]
	attempts := []struct {
		name  string
		query string
		args  []any
	}{
		{"insert score", `INSERT INTO award_scores (cycle_id, juror_id, nomination_id, criterion_id, value, updated_at) VALUES ($1, $2, $3, $4, 10, now())`,
			[]any{c.id, c.jurors[jrDraft], holz, c.criteria[0]}},
		{"update score", `UPDATE award_scores SET value = 10 WHERE juror_id = $1`, []any{chair}},
		{"delete score", `DELETE FROM award_scores WHERE juror_id = $1`, []any{chair}},
		{"insert conflict", `INSERT INTO award_conflicts (cycle_id, juror_id, nomination_id, reason, set_by_chair, created_at) VALUES ($1, $2, $3, 'x', true, now())`,
			[]any{c.id, chair, holz}},
		{"update conflict", `UPDATE award_conflicts SET reason = 'anders' WHERE juror_id = $1`, []any{ext}},
		{"delete conflict", `DELETE FROM award_conflicts WHERE juror_id = $1 AND nomination_id = $2`, []any{ext, sonne}},
		{"insert nomination", `INSERT INTO award_nominations (cooperation_id, cycle_id, organisation_id, category, justification, source, eligibility, eligibility_reason, created_at, updated_at)
			SELECT cooperation_id, cycle_id, organisation_id, 'Dienstleistung', 'nachträglich', 'STAFF', 'ELIGIBLE', 'x', now(), now() FROM award_nominations WHERE id = $1`, []any{sonne}},
		{"update nomination", `UPDATE award_nominations SET eligibility = 'INELIGIBLE' WHERE id = $1`, []any{sonne}},
		{"delete nomination", `DELETE FROM award_nominations WHERE id = $1`, []any{holz}},
		{"insert criterion", `INSERT INTO award_criteria (cycle_id, name, weight, score_min, score_max, position, created_at, updated_at) VALUES ($1, 'Neu', 1, 1, 10, 9, now(), now())`,
			[]any{c.id}},
		{"update criterion", `UPDATE award_criteria SET weight = 100 WHERE id = $1`, []any{c.criteria[1]}},
		{"delete criterion", `DELETE FROM award_criteria WHERE id = $1`, []any{c.criteria[1]}},
		{"delete juror", `DELETE FROM award_jurors WHERE id = $1`, []any{chair}},
	}
	for _, a := range attempts {
		_, err := e.db.SQL.Exec(a.query, a.args...)
		var pqErr *pq.Error
		if !errors.As(err, &pqErr) || pqErr.Hint != "award_locked" {
			t.Errorf("%s after the close: %v, want the lock", a.name, err)
		}
	}
	after := authzText(t, e.db, `SELECT string_agg(nomination_id || ':' || rank || ':' || mean_num || '/' || mean_den, ',' ORDER BY nomination_id) FROM award_results WHERE cycle_id = $1`, c.id)
	if after != before {
		t.Errorf("result changed: %s → %s", before, after)
	}
	if n := e.db.Count(t, `SELECT count(*) FROM award_cycles WHERE id = $1 AND closed_by IS NOT NULL AND closed_by_name = 'Clara Conrad' AND closed_at IS NOT NULL`, c.id); n != 1 {
		t.Error("closed_by / closed_at not recorded")
	}
	if n := e.db.Count(t, `SELECT count(*) FROM award_scores WHERE cycle_id = $1`, c.id); n != 32 {
		t.Errorf("%d scores left, want all 32", n)
	}
}

// The result is for managers and the jury after the close; a conflicted juror does not see the
// breakdown of that nomination; other readers get nil, outsiders do not find the cycle.
func TestAwardResultVisibility(t *testing.T) {
	e := newJrEnv(t)
	c := jrScenario(t, e.db)
	c.submit(t, jrExtern)
	readers := []string{"coordinator@koop.test", jrChair, jrMember, jrExtern, jrDraft, "viewer@koop.test"}
	for _, r := range readers {
		if res, err := e.jury.AwardResult(e.as(t, r), c.id); err != nil || res != nil {
			t.Errorf("%s before the close: %+v, %v", r, res, err)
		}
	}
	if err := e.jury.CloseAwardVoting(e.as(t, "coordinator@koop.test"), c.id, c.version(t)); err != nil {
		t.Fatal(err)
	}
	find := func(res *koop.AwardResult, company string) *koop.AwardRanking {
		for _, cat := range res.Categories {
			for _, r := range cat.Ranking {
				if r.Nomination.CompanyName == company {
					return r
				}
			}
		}
		t.Fatalf("no %s in the result", company)
		return nil
	}
	for _, r := range []string{"coordinator@koop.test", jrChair, jrMember, jrDraft, jrExtern} {
		res, err := e.jury.AwardResult(e.as(t, r), c.id)
		if err != nil || res == nil {
			t.Fatalf("%s: %+v, %v", r, res, err)
		}
		sonne, holz := find(res, jrSonne), find(res, jrHolz)
		if sonne.Mean == nil || sonne.MeanText != "7,00" || holz.MeanText != "6,33" {
			t.Errorf("%s: means %q %q", r, sonne.MeanText, holz.MeanText)
		}
		if len(holz.Breakdown) != 3 || len(holz.CriterionMeans) != 2 {
			t.Errorf("%s: Holz breakdown %d, criterion means %d", r, len(holz.Breakdown), len(holz.CriterionMeans))
		}
		wantSonne := 3
		if r == jrExtern {
			wantSonne = 0 // conflicted on Sonne
		}
		if len(sonne.Breakdown) != wantSonne || (wantSonne == 0) != (len(sonne.CriterionMeans) == 0) {
			t.Errorf("%s: Sonne breakdown %d (want %d), criterion means %d", r, len(sonne.Breakdown), wantSonne, len(sonne.CriterionMeans))
		}
		if (sonne.Nomination.MyConflict != nil) != (r == jrExtern) || holz.Nomination.MyConflict != nil {
			t.Errorf("%s: my conflict %+v", r, sonne.Nomination.MyConflict)
		}
		// Managers and the chair see every conflict, others none.
		if wantConflicts := map[bool]int{true: 1, false: 0}[r == "coordinator@koop.test" || r == jrChair || r == jrDraft]; len(sonne.Nomination.Conflicts) != wantConflicts {
			t.Errorf("%s: conflicts %+v, want %d", r, sonne.Nomination.Conflicts, wantConflicts)
		}
	}
	if res, err := e.jury.AwardResult(e.as(t, "viewer@koop.test"), c.id); err != nil || res != nil {
		t.Errorf("viewer: %+v, %v", res, err)
	}
	if res, err := e.jury.AwardResult(e.as(t, jrNoJury), c.id); koop.ErrorCode(err) != koop.ENOTFOUND || res != nil {
		t.Errorf("EXTERNAL who is no juror: %+v, %v", res, err)
	}
	if _, err := e.jury.AwardResult(context.Background(), c.id); koop.ErrorCode(err) != koop.EUNAUTHENTICATED {
		t.Errorf("anonymous: %v", err)
	}
}

// Winners are public to whoever reads the cycle once announced, never before; a category
// whose first place is still tied has none. Events show the winners announced at them.
func TestAwardWinners(t *testing.T) {
	e := newJrEnv(t)
	c := jrTie(t, e.db, 2033)
	jrAddUser(t, e.db, jrNoJury, "Otto Außen", koop.RoleExternal)
	coord, viewer := e.as(t, "coordinator@koop.test"), e.as(t, "viewer@koop.test")
	if err := e.jury.CloseAwardVoting(coord, c.id, c.version(t)); err != nil {
		t.Fatal(err)
	}
	if w, err := e.jury.Winners(viewer, c.id); err != nil || len(w) != 0 {
		t.Errorf("winners before the announcement: %+v, %v", w, err)
	}
	if _, err := e.db.SQL.Exec(`UPDATE award_cycles SET phase = 'ANNOUNCED', announcement_event_id = $2, announced_at = $3 WHERE id = $1`,
		c.id, pgtest.DemoNeujahr2027, e.db.Clock.T); err != nil {
		t.Fatal(err)
	}
	for _, r := range []context.Context{coord, viewer, e.as(t, jrMember)} {
		w, err := e.jury.Winners(r, c.id)
		if err != nil || len(w) != 1 || w[0].Category != "Industrie" || w[0].CompanyName != "Werkzeugbau Stahl" || w[0].NominationID != c.noms["Werkzeugbau Stahl"] ||
			w[0].CycleTitle != "Unternehmen des Jahres 2033" || w[0].EventID != pgtest.DemoNeujahr2027 {
			t.Errorf("winners (the tied Handwerk has none): %+v, %v", w, err)
		}
	}
	if _, err := e.jury.Winners(e.as(t, jrNoJury), c.id); koop.ErrorCode(err) != koop.ENOTFOUND {
		t.Errorf("winners for an EXTERNAL who is no juror: %v", err)
	}
	byEvent, err := e.jury.EventAwardWinners(viewer, []string{pgtest.DemoNeujahr2027, authzMissingID, "kein-id"})
	if err != nil || len(byEvent) != 1 || len(byEvent[pgtest.DemoNeujahr2027]) != 1 || byEvent[pgtest.DemoNeujahr2027][0].CompanyName != "Werkzeugbau Stahl" {
		t.Errorf("event winners: %+v, %v", byEvent, err)
	}
	if byEvent, err := e.jury.EventAwardWinners(e.as(t, jrNoJury), []string{pgtest.DemoNeujahr2027}); err != nil || len(byEvent) != 0 {
		t.Errorf("event winners for an EXTERNAL: %+v, %v", byEvent, err)
	}
	if _, err := e.jury.EventAwardWinners(context.Background(), []string{pgtest.DemoNeujahr2027}); koop.ErrorCode(err) != koop.EUNAUTHENTICATED {
		t.Errorf("anonymous: %v", err)
	}
}

// The result, the winners and the event winners cost the same statements at any size.
func TestAwardResultStatementsConstant(t *testing.T) {
	count := func(noms, jurors int) (result, winners, events int) {
		db, st := pgtest.NewCounting(t)
		if err := db.Seed(t.Context(), "koop-demo"); err != nil {
			t.Fatal(err)
		}
		jury := postgres.NewJuryService(db.DB)
		c := jrNewCycle(t, db, 2034, 1, "Handwerk", "Industrie")
		var emails []string
		for j := range jurors {
			email := fmt.Sprintf("stat.juror%d@koop.test", j)
			jrAddUser(t, db, email, fmt.Sprintf("Juror %d", j), koop.RoleExternal)
			c.juror(t, email, j == 0)
			emails = append(emails, email)
		}
		for i := range noms {
			company := fmt.Sprintf("Firma %d", i)
			c.nominate(t, company, []string{"Handwerk", "Industrie"}[i%2])
			for j, email := range emails {
				c.score(t, email, company, "Kommentar", 1+(i+j)%10, 1+(i*j)%10)
			}
			if i > 1 {
				c.conflict(t, emails[i%len(emails)], company)
			}
		}
		for _, email := range emails {
			c.submit(t, email)
		}
		coord := db.As(t, "coordinator@koop.test")
		if err := jury.CloseAwardVoting(coord, c.id, authzVersion(t, db, "award_cycles", c.id)); err != nil {
			t.Fatal(err)
		}
		if _, err := db.SQL.Exec(`UPDATE award_cycles SET phase = 'ANNOUNCED', announcement_event_id = $2 WHERE id = $1`, c.id, pgtest.DemoNeujahr2027); err != nil {
			t.Fatal(err)
		}
		reader := db.As(t, emails[len(emails)-1])
		st.Reset()
		res, err := jury.AwardResult(reader, c.id)
		if err != nil || res == nil {
			t.Fatalf("result: %v", err)
		}
		result = st.N()
		st.Reset()
		if _, err := jury.Winners(coord, c.id); err != nil {
			t.Fatal(err)
		}
		winners = st.N()
		st.Reset()
		if _, err := jury.EventAwardWinners(coord, []string{pgtest.DemoNeujahr2027}); err != nil {
			t.Fatal(err)
		}
		events = st.N()
		return
	}
	r1, w1, e1 := count(2, 2)
	r2, w2, e2 := count(30, 9)
	if r1 != r2 || w1 != w2 || e1 != e2 {
		t.Errorf("statements grow with data: result %d→%d, winners %d→%d, event winners %d→%d", r1, r2, w1, w2, e1, e2)
	}
	if r1 == 0 {
		t.Error("nothing was counted")
	}
	t.Logf("statements: result %d, winners %d, event winners %d", r1, w1, e1)
}
