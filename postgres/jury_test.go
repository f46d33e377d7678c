package postgres_test

import (
	"context"
	"encoding/json"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/koop-lichtenberg/koop"
	"github.com/koop-lichtenberg/koop/mail"
	"github.com/koop-lichtenberg/koop/postgres"
	"github.com/koop-lichtenberg/koop/postgres/pgtest"
)

// The people of the jury tests, on the seeded demo cycle (four criteria, 1–10, the last one
// widened to 0–1000 so that a score can be told apart from anything else in the audit trail).
const (
	jyChair    = "coordinator.wkhl@koop.test" // Cem Wolter, COORDINATOR, chairs the jury
	jyMember   = "member@koop.test"           // Mira Maaß, MEMBER, juror
	jyExtern   = "jurorin.extern@koop.test"   // Ute Urban, EXTERNAL, juror
	jyOutsider = "gast.extern@koop.test"      // Otto Ohne, EXTERNAL, no juror
	jyCoord    = "coordinator@koop.test"      // Clara Conrad, COORDINATOR, no juror
	jyViewer   = "viewer@koop.test"           // Volker Vogt, VIEWER, no juror

	jySonne  = "Bäckerei Sonne GmbH" // Handwerk, eligible
	jyMuster = "Muster GmbH"         // Dienstleistung, eligible
	jyFern   = "Fernhandel AG"       // Dienstleistung, not eligible
)

// jyEnv is the demo cycle with three nominations and a jury of three.
type jyEnv struct {
	db     *pgtest.DB
	jury   *postgres.JuryService
	awards *postgres.AwardService
	cycle  string
	crit   []string          // the four criteria, in order
	noms   map[string]string // company → nomination
	jurors map[string]string // e-mail → juror
	ctxs   map[string]context.Context
}

func (e *jyEnv) as(t *testing.T, email string) context.Context {
	t.Helper()
	if c, ok := e.ctxs[email]; ok {
		return c
	}
	c := e.db.As(t, email)
	e.ctxs[email] = c
	return c
}

// jyAddMember adds a user with an active membership of the demo cooperation.
func jyAddMember(t *testing.T, db *pgtest.DB, email, name string, role koop.Role) string {
	t.Helper()
	id := authzAddUser(t, db, email, name, false)
	authzAddMembership(t, db, pgtest.DemoCooperationID, id, role, true)
	return id
}

// jyNominate inserts a company and its nomination of the cycle.
func jyNominate(t *testing.T, db *pgtest.DB, cycle, company, category string, eligibility koop.Eligibility) string {
	t.Helper()
	var id string
	if err := db.SQL.Get(&id, `WITH o AS (INSERT INTO organisations (cooperation_id, kind, name, created_at, updated_at)
			VALUES ($1, 'COMPANY', $2, $5, $5) RETURNING id)
		INSERT INTO award_nominations (id, cooperation_id, cycle_id, organisation_id, category, justification, source, eligibility, eligibility_reason, created_at, updated_at)
		SELECT gen_random_uuid(), $1, $3, o.id, $4, 'Vorbildlich.', 'STAFF', $6, 'x', $5, $5 FROM o RETURNING id`,
		pgtest.DemoCooperationID, company, cycle, category, db.Clock.T, eligibility); err != nil {
		t.Fatalf("nominate %s: %v", company, err)
	}
	return id
}

// newJyEnv prepares the demo cycle with nominations closed and the jury appointed; voting
// moves it on to JURY_VOTING through the service.
func newJyEnv(t *testing.T, voting bool) *jyEnv {
	t.Helper()
	db := pgtest.Seeded(t)
	e := &jyEnv{db: db, jury: postgres.NewJuryService(db.DB), awards: postgres.NewAwardService(db.DB), cycle: demoAwardCycle,
		noms: map[string]string{}, jurors: map[string]string{}, ctxs: map[string]context.Context{}}
	jyAddMember(t, db, jyExtern, "Ute Urban", koop.RoleExternal)
	jyAddMember(t, db, jyOutsider, "Otto Ohne", koop.RoleExternal)
	if _, err := db.SQL.Exec(`UPDATE award_cycles SET phase = 'NOMINATION_CLOSED' WHERE id = $1`, e.cycle); err != nil {
		t.Fatal(err)
	}
	if err := db.SQL.Select(&e.crit, `SELECT id::text FROM award_criteria WHERE cycle_id = $1 ORDER BY position`, e.cycle); err != nil || len(e.crit) != 4 {
		t.Fatalf("criteria %v: %v", e.crit, err)
	}
	if _, err := db.SQL.Exec(`UPDATE award_criteria SET score_min = 0, score_max = 1000 WHERE id = $1`, e.crit[3]); err != nil {
		t.Fatal(err)
	}
	e.noms[jySonne] = jyNominate(t, db, e.cycle, jySonne, "Handwerk", koop.EligibilityEligible)
	e.noms[jyMuster] = jyNominate(t, db, e.cycle, jyMuster, "Dienstleistung", koop.EligibilityEligible)
	e.noms[jyFern] = jyNominate(t, db, e.cycle, jyFern, "Dienstleistung", koop.EligibilityIneligible)
	coord := e.as(t, jyCoord)
	for _, j := range []struct {
		email string
		chair bool
	}{{jyMember, false}, {jyExtern, false}, {jyChair, true}} {
		if err := e.jury.AddJuror(coord, e.cycle, db.UserID(t, j.email), j.chair); err != nil {
			t.Fatalf("add juror %s: %v", j.email, err)
		}
		e.jurors[j.email] = authzText(t, db, `SELECT id::text FROM award_jurors WHERE cycle_id = $1 AND user_id = $2`, e.cycle, db.UserID(t, j.email))
	}
	if voting {
		y, err := e.awards.ChangeAwardPhase(coord, e.cycle, authzVersion(t, db, "award_cycles", e.cycle), koop.PhaseJuryVoting)
		if err != nil || y.Phase != koop.PhaseJuryVoting {
			t.Fatalf("start the vote: %v", err)
		}
	}
	return e
}

// scores gives the company one score per criterion, in order.
func (e *jyEnv) scores(company, comment string, values ...int) []koop.ScoreInput {
	out := make([]koop.ScoreInput, len(values))
	for i, v := range values {
		out[i] = koop.ScoreInput{NominationID: e.noms[company], CriterionID: e.crit[i], Value: v}
		if comment != "" {
			c := comment
			out[i].Comment = &c
		}
	}
	return out
}

// save saves the scores and fails the test on an error.
func (e *jyEnv) save(t *testing.T, email string, scores []koop.ScoreInput) *koop.Ballot {
	t.Helper()
	b, err := e.jury.SaveScores(e.as(t, email), e.cycle, nil, scores)
	if err != nil {
		t.Fatalf("%s saves: %v", email, err)
	}
	return b
}

// setPhase moves the cycle by SQL, as the close (another part) would.
func (e *jyEnv) setPhase(t *testing.T, phase koop.AwardPhase) {
	t.Helper()
	if _, err := e.db.SQL.Exec(`UPDATE award_cycles SET phase = $2, closed_by_name = CASE WHEN $2 IN ('DECIDED', 'ANNOUNCED') THEN 'Cem Wolter' END,
		closed_at = CASE WHEN $2 IN ('DECIDED', 'ANNOUNCED') THEN $3::timestamptz END, version = version + 1 WHERE id = $1`, e.cycle, phase, e.db.Clock.T); err != nil {
		t.Fatal(err)
	}
}

func jurorNames(list []*koop.Juror) []string {
	out := []string{}
	for _, j := range list {
		out = append(out, j.Name)
	}
	return out
}

// The jury: who may be appointed, one chair, the order, and who sees what of it.
func TestJuryAppointment(t *testing.T) {
	e := newJyEnv(t, false)
	coord := e.as(t, jyCoord)
	y := e.cycle

	// Chair first, then by name as a phone book orders it.
	list, err := e.jury.Jurors(coord, y)
	if err != nil || !cmp.Equal(jurorNames(list), []string{"Cem Wolter", "Mira Maaß", "Ute Urban"}) {
		t.Fatalf("jurors %v, %v", jurorNames(list), err)
	}
	if !list[0].IsChair || list[1].IsChair || list[2].IsChair || !list[2].External || list[1].External || list[0].Email != jyChair {
		t.Errorf("jurors as the coordinator: %+v %+v %+v", list[0], list[1], list[2])
	}

	// Who is no active member of the cooperation cannot be a juror.
	other := authzAddUser(t, e.db, "fremd@koop.test", "Fritz Fremd", false)
	former := authzAddUser(t, e.db, "ehemalig@koop.test", "Eva Ehemals", false)
	authzAddMembership(t, e.db, pgtest.DemoCooperationID, former, koop.RoleMember, false)
	for name, id := range map[string]string{"no member": other, "deactivated member": former, "malformed": "x", "missing": authzMissingID} {
		if err := e.jury.AddJuror(coord, y, id, false); koop.ErrorCode(err) != koop.EINVALID || koop.ErrorField(err) != "userId" {
			t.Errorf("add %s: %v, want INVALID at userId", name, err)
		}
	}
	if err := e.jury.AddJuror(coord, y, e.db.UserID(t, jyMember), false); koop.ErrorCode(err) != koop.ECONFLICT || !strings.Contains(koop.ErrorMessage(err), "Mira Maaß gehört bereits zur Jury") {
		t.Errorf("add twice: %v", err)
	}
	if err := e.jury.AddJuror(e.as(t, jyMember), y, e.db.UserID(t, jyViewer), false); koop.ErrorCode(err) != koop.EFORBIDDEN {
		t.Errorf("a member adds: %v", err)
	}
	if err := e.jury.AddJuror(e.as(t, jyChair), authzMissingID, e.db.UserID(t, jyViewer), false); koop.ErrorCode(err) != koop.ENOTFOUND {
		t.Errorf("add to a missing cycle: %v", err)
	}

	// A new chair: the former one steps down in the same change.
	if err := e.jury.AddJuror(coord, y, e.db.UserID(t, jyViewer), true); err != nil {
		t.Fatalf("add the viewer as chair: %v", err)
	}
	if n := e.db.Count(t, `SELECT count(*) FROM award_jurors WHERE cycle_id = $1 AND is_chair`, y); n != 1 {
		t.Errorf("%d chairs", n)
	}
	list, _ = e.jury.Jurors(coord, y)
	if !cmp.Equal(jurorNames(list), []string{"Volker Vogt", "Cem Wolter", "Mira Maaß", "Ute Urban"}) {
		t.Errorf("after the new chair: %v", jurorNames(list))
	}
	viewerJuror := list[0].ID
	if c, err := e.jury.SetJuryChair(coord, e.jurors[jyChair]); err != nil || c != y {
		t.Fatalf("chair back to Cem Wolter: %q, %v", c, err)
	}
	if _, err := e.jury.SetJuryChair(e.as(t, jyMember), e.jurors[jyMember]); koop.ErrorCode(err) != koop.EFORBIDDEN {
		t.Errorf("a member makes herself chair: %v", err)
	}
	if n := e.db.Count(t, `SELECT count(*) FROM award_jurors WHERE cycle_id = $1 AND is_chair AND id = $2`, y, e.jurors[jyChair]); n != 1 {
		t.Errorf("chair not moved back")
	}
	if c, err := e.jury.RemoveJuror(coord, viewerJuror); err != nil || c != y {
		t.Fatalf("remove the viewer: %q, %v", c, err)
	}
	if _, err := e.jury.RemoveJuror(coord, viewerJuror); koop.ErrorCode(err) != koop.ENOTFOUND {
		t.Errorf("remove twice: %v", err)
	}
	if _, err := e.jury.RemoveJuror(e.as(t, jyMember), e.jurors[jyExtern]); koop.ErrorCode(err) != koop.EFORBIDDEN {
		t.Errorf("a member removes: %v", err)
	}
	for _, a := range []string{"award_juror.add", "award_juror.chair", "award_juror.remove"} {
		if n := e.db.Count(t, `SELECT count(*) FROM audit_entries WHERE action = $1 AND entity_type = 'Juror'`, a); n == 0 {
			t.Errorf("no audit entry %s", a)
		}
	}

	// Names for every reader of the cycle; e-mail and submission for managers, the chair and
	// each juror their own.
	if _, err := e.db.SQL.Exec(`UPDATE award_jurors SET submitted_at = $2 WHERE id = ANY($1)`,
		"{"+e.jurors[jyMember]+","+e.jurors[jyExtern]+"}", e.db.Clock.T); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		reader string
		sees   map[string]bool // name → sees e-mail and submission
	}{
		{jyCoord, map[string]bool{"Cem Wolter": true, "Mira Maaß": true, "Ute Urban": true}},
		{jyChair, map[string]bool{"Cem Wolter": true, "Mira Maaß": true, "Ute Urban": true}},
		{jyMember, map[string]bool{"Cem Wolter": false, "Mira Maaß": true, "Ute Urban": false}},
		{jyExtern, map[string]bool{"Cem Wolter": false, "Mira Maaß": false, "Ute Urban": true}},
		{jyViewer, map[string]bool{"Cem Wolter": false, "Mira Maaß": false, "Ute Urban": false}},
	} {
		list, err := e.jury.Jurors(e.as(t, c.reader), y)
		if err != nil || len(list) != 3 {
			t.Fatalf("%s reads the jury: %d, %v", c.reader, len(list), err)
		}
		for _, j := range list {
			sees := c.sees[j.Name]
			if (j.Email != "") != sees || (sees && j.Name != "Cem Wolter" && j.SubmittedAt == nil) || (!sees && j.SubmittedAt != nil) {
				t.Errorf("%s sees %s: e-mail %q, submitted %v; want visible %v", c.reader, j.Name, j.Email, j.SubmittedAt, sees)
			}
		}
	}
	if _, err := e.jury.Jurors(e.as(t, jyOutsider), y); koop.ErrorCode(err) != koop.ENOTFOUND {
		t.Errorf("an EXTERNAL outsider reads the jury: %v", err)
	}

	// Once a juror scored, they stay.
	if _, err := e.db.SQL.Exec(`UPDATE award_jurors SET submitted_at = NULL WHERE cycle_id = $1`, y); err != nil {
		t.Fatal(err)
	}
	if _, err := e.db.SQL.Exec(`INSERT INTO award_scores (cycle_id, juror_id, nomination_id, criterion_id, value, updated_at) VALUES ($1, $2, $3, $4, 5, $5)`,
		y, e.jurors[jyMember], e.noms[jySonne], e.crit[0], e.db.Clock.T); err != nil {
		t.Fatal(err)
	}
	if _, err := e.jury.RemoveJuror(coord, e.jurors[jyMember]); koop.ErrorCode(err) != koop.EINVALID {
		t.Errorf("remove a juror who scored: %v", err)
	}

	// After the close, the jury is fixed.
	e.setPhase(t, koop.PhaseDecided)
	if err := e.jury.AddJuror(coord, y, e.db.UserID(t, jyViewer), false); koop.ErrorCode(err) != koop.EINVALID {
		t.Errorf("add after the close: %v", err)
	}
	if _, err := e.jury.SetJuryChair(coord, e.jurors[jyMember]); koop.ErrorCode(err) != koop.EINVALID {
		t.Errorf("chair after the close: %v", err)
	}
	if _, err := e.jury.RemoveJuror(coord, e.jurors[jyExtern]); koop.ErrorCode(err) != koop.EINVALID {
		t.Errorf("remove after the close: %v", err)
	}
}

// The phase guards to JURY_VOTING and ANNOUNCED, against what the database holds; the setup that
// matters is fixed once the jury votes.
func TestJuryPhaseGuards(t *testing.T) {
	e := newJyEnv(t, false)
	coord := e.as(t, jyCoord)
	change := func(to koop.AwardPhase) (*koop.AwardCycle, error) {
		return e.awards.ChangeAwardPhase(coord, e.cycle, authzVersion(t, e.db, "award_cycles", e.cycle), to)
	}
	y, err := e.awards.AwardCycle(coord, e.cycle)
	if err != nil || !cmp.Equal(y.AllowedPhases, []koop.AwardPhase{koop.PhaseNominationOpen, koop.PhaseJuryVoting}) || y.CanClose {
		t.Fatalf("closed nominations: allowed %v, canClose %v, %v", y.AllowedPhases, y.CanClose, err)
	}
	pending := jyNominate(t, e.db, e.cycle, "Offen GmbH", "Handwerk", koop.EligibilityPending)
	refusals := []struct {
		name    string
		arrange string
		undo    string
		word    string
	}{
		{"a pending nomination", ``, `UPDATE award_nominations SET eligibility = 'INELIGIBLE' WHERE id = '` + pending + `'`, "(1 offen)"},
		{"no eligible nomination", `UPDATE award_nominations SET eligibility = 'INELIGIBLE' WHERE cycle_id = '` + e.cycle + `'`,
			`UPDATE award_nominations SET eligibility = 'ELIGIBLE' WHERE organisation_id IN (SELECT id FROM organisations WHERE name IN ('` + jySonne + `', '` + jyMuster + `'))`, "teilnahmeberechtigt"},
		{"a jury smaller than the quorum", `UPDATE award_cycles SET quorum = 4 WHERE id = '` + e.cycle + `'`, `UPDATE award_cycles SET quorum = 3 WHERE id = '` + e.cycle + `'`, "Quorum"},
		{"no chair", `UPDATE award_jurors SET is_chair = false`, `UPDATE award_jurors SET is_chair = true WHERE id = '` + e.jurors[jyChair] + `'`, "Vorsitz"},
	}
	for _, r := range refusals {
		if r.arrange != "" {
			if _, err := e.db.SQL.Exec(r.arrange); err != nil {
				t.Fatal(err)
			}
		}
		if _, err := change(koop.PhaseJuryVoting); koop.ErrorCode(err) != koop.EINVALID || !strings.Contains(koop.ErrorMessage(err), r.word) {
			t.Errorf("vote with %s: %v", r.name, err)
		}
		if _, err := e.db.SQL.Exec(r.undo); err != nil {
			t.Fatal(err)
		}
	}
	voting, err := change(koop.PhaseJuryVoting)
	if err != nil || voting.Phase != koop.PhaseJuryVoting || len(voting.AllowedPhases) != 0 || !voting.CanClose || voting.IsChair {
		t.Fatalf("start the vote: %+v, %v", voting, err)
	}
	if c, err := e.awards.AwardCycle(e.as(t, jyChair), e.cycle); err != nil || !c.IsChair || !c.CanClose {
		t.Errorf("the chair: isChair %v, canClose %v, %v", c != nil && c.IsChair, c != nil && c.CanClose, err)
	}
	if c, err := e.awards.AwardCycle(e.as(t, jyMember), e.cycle); err != nil || c.IsChair || c.CanClose {
		t.Errorf("a juror: %v", err)
	}
	if _, err := change(koop.PhaseDecided); koop.ErrorCode(err) != koop.EINVALID || !strings.Contains(koop.ErrorMessage(err), "Abstimmung schließen") {
		t.Errorf("decided by a phase change: %v", err)
	}

	// While the jury votes: the deadline may move, the quorum not.
	in := cycleInput(voting, func(in *koop.AwardCycleInput) { in.Quorum = 2 })
	if _, err := e.awards.UpdateAwardCycle(coord, e.cycle, voting.Version, in); koop.ErrorCode(err) != koop.EINVALID || koop.ErrorField(err) != "quorum" {
		t.Errorf("quorum while voting: %v", err)
	}
	in = cycleInput(voting, func(in *koop.AwardCycleInput) { in.VotingClosesAt = in.VotingClosesAt.Add(24 * time.Hour) })
	moved, err := e.awards.UpdateAwardCycle(coord, e.cycle, voting.Version, in)
	if err != nil || !moved.VotingClosesAt.Equal(voting.VotingClosesAt.Add(24*time.Hour)) {
		t.Fatalf("move the deadline while voting: %v", err)
	}

	// Decided: the deadline is fixed; a tie for first place and a missing event hold the
	// announcement back.
	e.setPhase(t, koop.PhaseDecided)
	dec, err := e.awards.AwardCycle(coord, e.cycle)
	if err != nil || dec.ClosedByName == nil || *dec.ClosedByName != "Cem Wolter" || dec.ClosedAt == nil || dec.CanClose ||
		!cmp.Equal(dec.AllowedPhases, []koop.AwardPhase{koop.PhaseAnnounced}) {
		t.Fatalf("decided: %+v, %v", dec, err)
	}
	in = cycleInput(dec, func(in *koop.AwardCycleInput) { in.VotingClosesAt = in.VotingClosesAt.Add(24 * time.Hour) })
	if _, err := e.awards.UpdateAwardCycle(coord, e.cycle, dec.Version, in); koop.ErrorCode(err) != koop.EINVALID || koop.ErrorField(err) != "votingClosesAt" {
		t.Errorf("move the deadline after the close: %v", err)
	}
	// The tie: Sonne and Muster both first in one category.
	if _, err := e.db.SQL.Exec(`UPDATE award_nominations SET category = 'Handwerk' WHERE id = $1`, e.noms[jyMuster]); err == nil {
		t.Errorf("the lock trigger let a nomination change after the close")
	}
	if _, err := e.db.SQL.Exec(`INSERT INTO award_results (cycle_id, nomination_id, category, rank, jurors, top_ranks, decided_by)
		VALUES ($1, $2, 'Handwerk', 1, 3, 1, 'TIED'), ($1, $3, 'Handwerk', 1, 3, 1, 'TIED')`, e.cycle, e.noms[jySonne], e.noms[jyMuster]); err != nil {
		t.Fatal(err)
	}
	neujahr := pgtest.DemoNeujahr2027
	in = cycleInput(dec, func(in *koop.AwardCycleInput) { in.AnnouncementEventID = &neujahr })
	if _, err := e.awards.UpdateAwardCycle(coord, e.cycle, dec.Version, in); err != nil {
		t.Fatalf("choose the event after the close: %v", err)
	}
	if _, err := change(koop.PhaseAnnounced); koop.ErrorCode(err) != koop.EINVALID || !strings.Contains(koop.ErrorMessage(err), "Gleichstand") {
		t.Errorf("announce with a tie: %v", err)
	}
	if _, err := e.db.SQL.Exec(`UPDATE award_results SET rank = 2 WHERE nomination_id = $1`, e.noms[jyMuster]); err != nil {
		t.Fatal(err)
	}
	ann, err := change(koop.PhaseAnnounced)
	if err != nil || ann.Phase != koop.PhaseAnnounced {
		t.Fatalf("announce: %v", err)
	}
	if n := e.db.Count(t, `SELECT count(*) FROM award_cycles WHERE id = $1 AND announced_at = $2`, e.cycle, e.db.Clock.T); n != 1 {
		t.Errorf("announced_at not set")
	}
}

// A juror's ballot: what it needs, saving, the version, submitting, and the phases.
func TestJuryBallot(t *testing.T) {
	e := newJyEnv(t, false)
	mira := e.as(t, jyMember)
	if b, err := e.jury.MyBallot(e.as(t, jyViewer), e.cycle); err != nil || b != nil {
		t.Errorf("a reader who is no juror: %+v, %v", b, err)
	}
	if _, err := e.jury.MyBallot(e.as(t, jyOutsider), e.cycle); koop.ErrorCode(err) != koop.ENOTFOUND {
		t.Errorf("an EXTERNAL outsider: %v", err)
	}
	b, err := e.jury.MyBallot(mira, e.cycle)
	if err != nil || b == nil || b.Required != 8 || b.Scored != 0 || b.CanEdit || b.Version != 0 || b.Juror.Name != "Mira Maaß" || b.Juror.Email != jyMember {
		t.Fatalf("ballot before the vote: %+v, %v", b, err)
	}
	if _, err := e.jury.SaveScores(mira, e.cycle, nil, e.scores(jySonne, "", 5, 5, 5, 5)); koop.ErrorCode(err) != koop.EINVALID {
		t.Errorf("score before the vote: %v", err)
	}
	if _, err := e.awards.ChangeAwardPhase(e.as(t, jyCoord), e.cycle, authzVersion(t, e.db, "award_cycles", e.cycle), koop.PhaseJuryVoting); err != nil {
		t.Fatal(err)
	}

	b = e.save(t, jyMember, e.scores(jySonne, "Gute Ausbildung", 7, 8, 6, 500))
	if b.Scored != 4 || b.Required != 8 || b.Version != 1 || !b.CanEdit || len(b.Scores) != 4 || b.Scores[0].Comment != "Gute Ausbildung" {
		t.Fatalf("after saving Sonne: %+v", b)
	}
	// The same again changes nothing: no new version, no new time, no audit entry.
	e.db.Clock.Advance(time.Minute)
	again := e.save(t, jyMember, e.scores(jySonne, "Gute Ausbildung", 7, 8, 6, 500))
	if again.Version != 1 || !again.Scores[0].UpdatedAt.Equal(b.Scores[0].UpdatedAt) {
		t.Errorf("an unchanged save: version %d, time %v (was %v)", again.Version, again.Scores[0].UpdatedAt, b.Scores[0].UpdatedAt)
	}
	// Without a comment, a score keeps the one it had.
	changed := e.save(t, jyMember, e.scores(jySonne, "", 9))
	if changed.Version != 2 || changed.Scores[0].Value != 9 || changed.Scores[0].Comment != "Gute Ausbildung" || !changed.Scores[0].UpdatedAt.After(b.Scores[0].UpdatedAt) {
		t.Errorf("change one value: %+v", changed.Scores[0])
	}
	if _, err := e.jury.SaveScores(mira, e.cycle, &b.Version, e.scores(jySonne, "", 3)); koop.ErrorCode(err) != koop.ECONFLICT {
		t.Errorf("a stale ballot version: %v", err)
	}
	if n := e.db.Count(t, `SELECT count(*) FROM audit_entries WHERE action = 'award_ballot.change' AND entity_id = $1`, e.jurors[jyMember]); n != 2 {
		t.Errorf("%d ballot changes audited, want 2", n)
	}

	bad := []struct {
		name  string
		in    koop.ScoreInput
		field string
		words []string
	}{
		{"below the range", koop.ScoreInput{NominationID: e.noms[jyMuster], CriterionID: e.crit[0], Value: 0}, "value", []string{"Innovation", "1 bis 10", jyMuster}},
		{"above the range", koop.ScoreInput{NominationID: e.noms[jyMuster], CriterionID: e.crit[3], Value: 1001}, "value", []string{"Nachhaltigkeit", "0 bis 1000"}},
		{"an ineligible nomination", koop.ScoreInput{NominationID: e.noms[jyFern], CriterionID: e.crit[0], Value: 5}, "nominationId", nil},
		{"a nomination of no cycle", koop.ScoreInput{NominationID: authzMissingID, CriterionID: e.crit[0], Value: 5}, "nominationId", nil},
		{"a criterion of no cycle", koop.ScoreInput{NominationID: e.noms[jyMuster], CriterionID: authzMissingID, Value: 5}, "criterionId", nil},
		{"a malformed criterion", koop.ScoreInput{NominationID: e.noms[jyMuster], CriterionID: "x", Value: 5}, "criterionId", nil},
		{"a long comment", koop.ScoreInput{NominationID: e.noms[jyMuster], CriterionID: e.crit[1], Value: 5, Comment: ptr(strings.Repeat("x", 2001))}, "comment", nil},
	}
	for _, c := range bad {
		_, err := e.jury.SaveScores(mira, e.cycle, nil, append(e.scores(jyMuster, "", 5), c.in))
		if koop.ErrorCode(err) != koop.EINVALID || koop.ErrorField(err) != c.field {
			t.Errorf("%s: %v, want INVALID at %s", c.name, err, c.field)
		}
		for _, w := range c.words {
			if !strings.Contains(koop.ErrorMessage(err), w) {
				t.Errorf("%s: %q does not name %q", c.name, koop.ErrorMessage(err), w)
			}
		}
	}
	dup := append(e.scores(jyMuster, "", 5), e.scores(jyMuster, "", 6)...)
	if _, err := e.jury.SaveScores(mira, e.cycle, nil, dup); koop.ErrorCode(err) != koop.EINVALID {
		t.Errorf("the same score twice: %v", err)
	}
	if n := e.db.Count(t, `SELECT count(*) FROM award_scores WHERE nomination_id = $1`, e.noms[jyMuster]); n != 0 {
		t.Errorf("a refused save kept %d scores", n)
	}
	if _, err := e.jury.SaveScores(e.as(t, jyCoord), e.cycle, nil, e.scores(jyMuster, "", 5)); koop.ErrorCode(err) != koop.EFORBIDDEN {
		t.Errorf("a coordinator who is no juror scores: %v", err)
	}

	// Submitting needs every score; the refusal counts and names the missing ones.
	cur, _ := e.jury.MyBallot(mira, e.cycle)
	_, err = e.jury.SubmitBallot(mira, e.cycle, cur.Version)
	if koop.ErrorCode(err) != koop.EINVALID || !strings.HasPrefix(koop.ErrorMessage(err), "Es fehlen noch 4 Bewertungen (Muster GmbH: Innovation, Ausbildung und Beschäftigung") {
		t.Errorf("submit an incomplete ballot: %v", err)
	}
	e.save(t, jyMember, e.scores(jyMuster, "", 4, 4, 4))
	cur, _ = e.jury.MyBallot(mira, e.cycle)
	if _, err := e.jury.SubmitBallot(mira, e.cycle, cur.Version); koop.ErrorMessage(err) != "Es fehlt noch 1 Bewertung (Muster GmbH: Nachhaltigkeit)." {
		t.Errorf("one missing: %v", err)
	}
	full := e.save(t, jyMember, e.scores(jyMuster, "", 4, 4, 4, 4))
	if _, err := e.jury.SubmitBallot(mira, e.cycle, full.Version-1); koop.ErrorCode(err) != koop.ECONFLICT {
		t.Errorf("submit a stale ballot: %v", err)
	}
	sub, err := e.jury.SubmitBallot(mira, e.cycle, full.Version)
	if err != nil || sub.SubmittedAt == nil || !sub.SubmittedAt.Equal(e.db.Clock.T) || sub.Scored != 8 {
		t.Fatalf("submit: %+v, %v", sub, err)
	}
	first := *sub.SubmittedAt
	e.db.Clock.Advance(time.Hour)
	if again, err := e.jury.SubmitBallot(mira, e.cycle, sub.Version); err != nil || !again.SubmittedAt.Equal(first) {
		t.Errorf("submit twice: %v, %v", again, err)
	}
	// Revising keeps the ballot submitted.
	if rev := e.save(t, jyMember, e.scores(jyMuster, "", 5)); rev.SubmittedAt == nil || !rev.SubmittedAt.Equal(first) {
		t.Errorf("revised after submitting: %v", rev.SubmittedAt)
	}
	if n := e.db.Count(t, `SELECT count(*) FROM audit_entries WHERE action = 'award_ballot.submit' AND entity_type = 'Ballot' AND entity_id = $1`, e.jurors[jyMember]); n != 1 {
		t.Errorf("%d submissions audited, want 1", n)
	}
	if tu, err := e.jury.Turnout(e.as(t, jyExtern), e.cycle); err != nil || tu == nil || *tu != (koop.Turnout{Jurors: 3, Submitted: 1, Quorum: 3}) {
		t.Errorf("turnout for a juror: %+v, %v", tu, err)
	}
	if tu, err := e.jury.Turnout(e.as(t, jyCoord), e.cycle); err != nil || tu == nil || tu.Submitted != 1 {
		t.Errorf("turnout for the coordinator: %+v, %v", tu, err)
	}
	if tu, err := e.jury.Turnout(e.as(t, jyViewer), e.cycle); err != nil || tu != nil {
		t.Errorf("turnout for a viewer: %+v, %v", tu, err)
	}

	// After the close nothing changes, and the ballot says so.
	e.setPhase(t, koop.PhaseDecided)
	_, err = e.jury.SaveScores(mira, e.cycle, nil, e.scores(jyMuster, "", 6))
	if koop.ErrorMessage(err) != "Das Ergebnis ist gesperrt: Bewertungen können nicht mehr geändert werden." {
		t.Errorf("save after the close: %v", err)
	}
	if b, err := e.jury.MyBallot(mira, e.cycle); err != nil || b.CanEdit {
		t.Errorf("ballot after the close: canEdit %v, %v", b != nil && b.CanEdit, err)
	}
	e.setPhase(t, koop.PhaseAnnounced)
	if _, err := e.jury.SubmitBallot(e.as(t, jyExtern), e.cycle, 0); koop.ErrorCode(err) != koop.EINVALID {
		t.Errorf("submit after the announcement: %v", err)
	}
}

// Secrecy: a juror's ballot holds only their own scores; errors speak only of the reader's
// input; the audit trail records that a ballot changed, never the values or comments.
func TestJurySecrecy(t *testing.T) {
	e := newJyEnv(t, true)
	const secret = "Streng vertraulich: Inhaber ist mein Nachbar"
	e.save(t, jyChair, e.scores(jySonne, secret, 10, 10, 10, 737))
	e.save(t, jyChair, e.scores(jyMuster, secret, 1, 1, 1, 737))
	if err := e.jury.DeclareConflict(e.as(t, jyChair), e.noms[jyMuster], "Geschäftspartner"); err != nil {
		t.Fatal(err)
	}
	e.save(t, jyMember, e.scores(jySonne, "Mira", 3, 3, 3, 3))

	for _, reader := range []string{jyMember, jyExtern} {
		b, err := e.jury.MyBallot(e.as(t, reader), e.cycle)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range b.Scores {
			if s.Comment == secret || s.Value == 737 || s.Value == 10 {
				t.Errorf("%s's ballot holds the chair's score %+v", reader, s)
			}
		}
		if len(b.Conflicts) != 0 || b.Required != 8 {
			t.Errorf("%s's ballot: %d conflicts, required %d", reader, len(b.Conflicts), b.Required)
		}
	}
	// Mira's mistakes speak of Mira's ballot only: not of the chair, their scores or conflict.
	mira := e.as(t, jyMember)
	errs := []error{}
	_, err := e.jury.SaveScores(mira, e.cycle, nil, e.scores(jyMuster, "", 99))
	errs = append(errs, err)
	_, err = e.jury.SubmitBallot(mira, e.cycle, 1)
	errs = append(errs, err)
	_, err = e.jury.SaveScores(mira, e.cycle, ptr(0), e.scores(jyMuster, "", 5))
	errs = append(errs, err)
	for _, err := range errs {
		msg := koop.ErrorMessage(err)
		if err == nil || strings.Contains(msg, "Cem") || strings.Contains(msg, "Wolter") || strings.Contains(msg, secret) || strings.Contains(msg, "737") ||
			strings.Contains(msg, "Geschäftspartner") || strings.Contains(msg, "Interessenkonflikt") {
			t.Errorf("Mira's error %q tells of someone else", msg)
		}
	}
	// Mira may score Muster although the chair is conflicted on it.
	if b := e.save(t, jyMember, e.scores(jyMuster, "", 2, 2, 2, 2)); b.Scored != 8 {
		t.Errorf("Mira scored %d of 8", b.Scored)
	}

	var changes []string
	if err := e.db.SQL.Select(&changes, `SELECT changes::text FROM audit_entries WHERE action LIKE 'award_%' OR entity_type IN ('Ballot', 'Juror', 'Nomination')`); err != nil {
		t.Fatal(err)
	}
	for _, c := range changes {
		if strings.Contains(c, `"737"`) || strings.Contains(c, "vertraulich") || strings.Contains(c, "Geschäftspartner") {
			t.Errorf("the audit trail holds a secret: %s", c)
		}
	}
	var ballotChanges []string
	if err := e.db.SQL.Select(&ballotChanges, `SELECT changes::text FROM audit_entries WHERE action = 'award_ballot.change'`); err != nil || len(ballotChanges) != 4 {
		t.Fatalf("%d ballot changes audited, want 4 (%v)", len(ballotChanges), err)
	}
	for _, c := range ballotChanges {
		var list []koop.AuditChange
		if err := json.Unmarshal([]byte(c), &list); err != nil || len(list) != 1 || list[0].Field != "scoresChanged" {
			t.Errorf("a ballot change records more than the count: %s", c)
		}
	}
}

// Conflicts of interest: declared by the juror, or set and removed by the chair only.
func TestJuryConflicts(t *testing.T) {
	e := newJyEnv(t, true)
	ute, chair := e.as(t, jyExtern), e.as(t, jyChair)
	e.save(t, jyExtern, e.scores(jySonne, "", 5, 5, 5, 5))
	b := e.save(t, jyExtern, e.scores(jyMuster, "", 6, 6, 6, 6))
	if b.Scored != 8 {
		t.Fatalf("scored %d", b.Scored)
	}
	for name, reason := range map[string]string{"empty": "  ", "too long": strings.Repeat("x", 1001)} {
		if err := e.jury.DeclareConflict(ute, e.noms[jySonne], reason); koop.ErrorCode(err) != koop.EINVALID || koop.ErrorField(err) != "reason" {
			t.Errorf("%s reason: %v", name, err)
		}
	}
	if err := e.jury.DeclareConflict(ute, e.noms[jySonne], "Ich berate das Unternehmen."); err != nil {
		t.Fatal(err)
	}
	b, _ = e.jury.MyBallot(ute, e.cycle)
	if b.Required != 4 || b.Scored != 4 || len(b.Scores) != 4 || len(b.Conflicts) != 1 || b.Conflicts[0].SetByChair || b.Conflicts[0].JurorName != "Ute Urban" || b.Version != 3 {
		t.Errorf("after declaring: %+v", b)
	}
	if n := e.db.Count(t, `SELECT count(*) FROM award_scores WHERE juror_id = $1 AND nomination_id = $2`, e.jurors[jyExtern], e.noms[jySonne]); n != 0 {
		t.Errorf("%d scores of the conflicted nomination kept", n)
	}
	if err := e.jury.DeclareConflict(ute, e.noms[jySonne], "Nochmal."); koop.ErrorCode(err) != koop.ECONFLICT {
		t.Errorf("declare twice: %v", err)
	}
	_, err := e.jury.SaveScores(ute, e.cycle, nil, e.scores(jySonne, "", 5))
	if koop.ErrorCode(err) != koop.EINVALID || !strings.Contains(koop.ErrorMessage(err), "Sie haben bei „Bäckerei Sonne GmbH“ einen Interessenkonflikt erklärt") {
		t.Errorf("score a conflicted nomination: %v", err)
	}
	for who, want := range map[string]string{jyCoord: koop.EFORBIDDEN, jyViewer: koop.EFORBIDDEN, jyOutsider: koop.ENOTFOUND} {
		if err := e.jury.DeclareConflict(e.as(t, who), e.noms[jyMuster], "Befangen."); koop.ErrorCode(err) != want {
			t.Errorf("%s declares: %v, want %s", who, err, want)
		}
	}
	if err := e.jury.DeclareConflict(ute, authzMissingID, "Befangen."); koop.ErrorCode(err) != koop.ENOTFOUND {
		t.Errorf("declare on a missing nomination: %v", err)
	}
	// An EXTERNAL juror sees only the eligible nominations, as they are shown to her.
	if err := e.jury.DeclareConflict(ute, e.noms[jyFern], "Befangen."); koop.ErrorCode(err) != koop.ENOTFOUND {
		t.Errorf("EXTERNAL juror declares on an ineligible nomination: %v", err)
	}

	// The chair sets and removes conflicts of others; nobody else does, managers included.
	mira := e.jurors[jyMember]
	e.save(t, jyMember, e.scores(jySonne, "", 5, 5, 5, 5))
	for who, want := range map[string]string{jyCoord: koop.EFORBIDDEN, jyExtern: koop.EFORBIDDEN, jyMember: koop.EFORBIDDEN, jyOutsider: koop.ENOTFOUND} {
		if err := e.jury.SetConflict(e.as(t, who), mira, e.noms[jyMuster], "Verwandt."); koop.ErrorCode(err) != want {
			t.Errorf("%s sets a conflict: %v, want %s", who, err, want)
		}
		if err := e.jury.RemoveConflict(e.as(t, who), e.jurors[jyExtern], e.noms[jySonne]); koop.ErrorCode(err) != want {
			t.Errorf("%s removes a conflict: %v, want %s", who, err, want)
		}
	}
	if err := e.jury.SetConflict(chair, mira, e.noms[jySonne], "Verwandt mit der Inhaberin."); err != nil {
		t.Fatal(err)
	}
	if n := e.db.Count(t, `SELECT count(*) FROM award_scores WHERE juror_id = $1`, mira); n != 0 {
		t.Errorf("the chair's conflict left %d of Mira's scores", n)
	}
	_, err = e.jury.SaveScores(e.as(t, jyMember), e.cycle, nil, e.scores(jySonne, "", 5))
	if koop.ErrorCode(err) != koop.EINVALID || !strings.Contains(koop.ErrorMessage(err), "Vorsitz") {
		t.Errorf("score where the chair set a conflict: %v", err)
	}
	if err := e.jury.SetConflict(chair, mira, e.noms[jySonne], "Nochmal."); koop.ErrorCode(err) != koop.ECONFLICT {
		t.Errorf("set twice: %v", err)
	}
	if err := e.jury.SetConflict(chair, mira, authzMissingID, "x"); koop.ErrorCode(err) != koop.ENOTFOUND {
		t.Errorf("set on a missing nomination: %v", err)
	}

	// Removing a conflict of a submitted juror who now misses scores withdraws the submission.
	e.save(t, jyExtern, e.scores(jyMuster, "", 6, 6, 6, 6))
	cur, _ := e.jury.MyBallot(ute, e.cycle)
	if sub, err := e.jury.SubmitBallot(ute, e.cycle, cur.Version); err != nil || sub.SubmittedAt == nil {
		t.Fatalf("Ute submits: %v", err)
	}
	if err := e.jury.RemoveConflict(chair, e.jurors[jyExtern], e.noms[jySonne]); err != nil {
		t.Fatal(err)
	}
	b, _ = e.jury.MyBallot(ute, e.cycle)
	if b.SubmittedAt != nil || b.Required != 8 || b.Scored != 4 || len(b.Conflicts) != 0 {
		t.Errorf("after the chair removed Ute's conflict: %+v", b)
	}
	if err := e.jury.RemoveConflict(chair, e.jurors[jyExtern], e.noms[jySonne]); koop.ErrorCode(err) != koop.ENOTFOUND {
		t.Errorf("remove twice: %v", err)
	}
	for _, a := range []string{"award_conflict.declare", "award_conflict.set", "award_conflict.remove"} {
		if n := e.db.Count(t, `SELECT count(*) FROM audit_entries WHERE action = $1`, a); n != 1 {
			t.Errorf("%d audit entries %s, want 1", n, a)
		}
	}

	// After the close, conflicts are fixed.
	e.setPhase(t, koop.PhaseDecided)
	if err := e.jury.DeclareConflict(ute, e.noms[jyMuster], "Spät."); koop.ErrorCode(err) != koop.EINVALID {
		t.Errorf("declare after the close: %v", err)
	}
	if err := e.jury.RemoveConflict(chair, mira, e.noms[jySonne]); koop.ErrorCode(err) != koop.EINVALID {
		t.Errorf("remove after the close: %v", err)
	}
}

// An EXTERNAL juror reads the cycle they judge — and no other; the programmes show them only
// that cycle. An EXTERNAL member who judges nothing sees nothing.
func TestJuryExternalReadsOnlyOwnCycle(t *testing.T) {
	e := newJyEnv(t, true)
	coord := e.as(t, jyCoord)
	y, err := e.awards.AwardCycle(coord, e.cycle)
	if err != nil {
		t.Fatal(err)
	}
	in := cycleInput(y, func(in *koop.AwardCycleInput) {
		in.NominationOpensAt, in.NominationClosesAt, in.VotingClosesAt = in.NominationOpensAt.AddDate(1, 0, 0), in.NominationClosesAt.AddDate(1, 0, 0), in.VotingClosesAt.AddDate(1, 0, 0)
	})
	next, err := e.awards.CreateAwardCycle(coord, demoAwardProgramme, 2028, in)
	if err != nil {
		t.Fatal(err)
	}
	other, err := e.awards.CreateAwardProgramme(coord, pgtest.DemoCooperationID, koop.AwardProgrammeInput{Name: "Gründerpreis"})
	if err != nil {
		t.Fatal(err)
	}
	ute := e.as(t, jyExtern)
	got, err := e.awards.AwardCycle(ute, e.cycle)
	if err != nil || got.ID != e.cycle || got.CanManage || got.CanApprove != nil || got.Phase != koop.PhaseJuryVoting {
		t.Errorf("Ute reads her cycle: %+v, %v", got, err)
	}
	if _, err := e.awards.AwardCycle(ute, next.ID); koop.ErrorCode(err) != koop.ENOTFOUND {
		t.Errorf("Ute reads another cycle: %v", err)
	}
	if _, err := e.awards.AwardCycle(e.as(t, jyOutsider), e.cycle); koop.ErrorCode(err) != koop.ENOTFOUND {
		t.Errorf("an EXTERNAL outsider reads the cycle: %v", err)
	}
	if b, err := e.jury.MyBallot(ute, next.ID); koop.ErrorCode(err) != koop.ENOTFOUND || b != nil {
		t.Errorf("Ute's ballot of another cycle: %v", err)
	}
	list, err := e.awards.AwardProgrammes(ute, pgtest.DemoCooperationID)
	if err != nil || len(list) != 1 || list[0].ID != demoAwardProgramme || len(list[0].Cycles) != 1 || list[0].Cycles[0].ID != e.cycle {
		t.Errorf("Ute's programmes: %+v, %v", list, err)
	}
	if list, err := e.awards.AwardProgrammes(e.as(t, jyOutsider), pgtest.DemoCooperationID); err != nil || len(list) != 0 {
		t.Errorf("an outsider's programmes: %d, %v", len(list), err)
	}
	all, err := e.awards.AwardProgrammes(e.as(t, jyViewer), pgtest.DemoCooperationID)
	if err != nil || len(all) != 2 || all[1].ID != other.ID && all[0].ID != other.ID {
		t.Errorf("the viewer's programmes: %d, %v", len(all), err)
	}
	// the demo programme's three seeded cycles and this test's cycle of its own programme
	if len(all) == 2 && len(all[1].Cycles)+len(all[0].Cycles) != 4 {
		t.Errorf("the viewer sees %d cycles, want 4", len(all[1].Cycles)+len(all[0].Cycles))
	}
}

// Many identical saves at once for one juror, nomination and criterion: each succeeds or is a
// CONFLICT, and one row remains.
func TestJuryConcurrentSaves(t *testing.T) {
	e := newJyEnv(t, true)
	mira := e.as(t, jyMember)
	const calls, workers = 200, 16
	in := e.scores(jySonne, "Gleichzeitig", 7)
	version := 0
	jobs := make(chan int)
	errs := make([]error, calls)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				var v *int
				if i%2 == 0 {
					v = &version // read before anyone saved
				}
				_, errs[i] = e.jury.SaveScores(mira, e.cycle, v, in)
			}
		}()
	}
	for i := range calls {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	ok := 0
	for i, err := range errs {
		switch koop.ErrorCode(err) {
		case "":
			ok++
		case koop.ECONFLICT:
		default:
			t.Errorf("call %d: %v", i, err)
		}
	}
	if ok < calls/2 {
		t.Errorf("%d of %d succeeded; every call without a version should", ok, calls)
	}
	if n := e.db.Count(t, `SELECT count(*) FROM award_scores WHERE juror_id = $1`, e.jurors[jyMember]); n != 1 {
		t.Errorf("%d rows, want 1", n)
	}
	if n := e.db.Count(t, `SELECT count(*) FROM award_scores WHERE juror_id = $1 AND value = 7 AND comment = 'Gleichzeitig'`, e.jurors[jyMember]); n != 1 {
		t.Errorf("the row does not hold the saved score")
	}
	if v := authzText(t, e.db, `SELECT ballot_version::text FROM award_jurors WHERE id = $1`, e.jurors[jyMember]); v != "1" {
		t.Errorf("ballot version %s, want 1: only the first save changed anything", v)
	}
	if n := e.db.Count(t, `SELECT count(*) FROM audit_entries WHERE action = 'award_ballot.change'`); n != 1 {
		t.Errorf("%d ballot changes audited, want 1", n)
	}
}

// jurorReminderMails returns the juror reminders in the outbox, rendered, by recipient.
func jurorReminderMails(t *testing.T, db *pgtest.DB) map[string]string {
	t.Helper()
	var rows []struct {
		To     string      `db:"to_address"`
		Locale koop.Locale `db:"locale"`
		Data   []byte      `db:"data"`
	}
	if err := db.SQL.Select(&rows, `SELECT to_address, locale, data FROM mail_outbox WHERE template = $1`, koop.MailJurorReminder); err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, r := range rows {
		m := &koop.OutgoingMail{To: r.To, Template: koop.MailJurorReminder, Locale: r.Locale}
		if err := json.Unmarshal(r.Data, &m.Data); err != nil {
			t.Fatal(err)
		}
		subject, body, err := mail.Render(m)
		if err != nil {
			t.Fatalf("render the reminder to %s: %v", r.To, err)
		}
		if _, dup := out[r.To]; dup {
			t.Errorf("two reminders to %s", r.To)
		}
		out[r.To] = subject + "\n" + body
	}
	return out
}

// Jurors who have not submitted are reminded once in the week before the vote closes; those
// who submitted, turned reminders off or left the cooperation are not.
func TestJuryReminders(t *testing.T) {
	e := newJyEnv(t, true)
	r := postgres.NewReminders(e.db.DB, postgres.ReminderConfig{TaskDays: 2})
	ctx := context.Background()
	deadline := e.db.Clock.T.Add(8 * 24 * time.Hour)
	if _, err := e.db.SQL.Exec(`UPDATE award_cycles SET nomination_opens_at = $3::timestamptz - interval '60 days',
		nomination_closes_at = $3::timestamptz - interval '30 days', voting_closes_at = $2 WHERE id = $1`, e.cycle, deadline, e.db.Clock.T); err != nil {
		t.Fatal(err)
	}
	if err := e.jury.AddJuror(e.as(t, jyCoord), e.cycle, e.db.UserID(t, jyViewer), false); err != nil {
		t.Fatal(err)
	}
	if _, err := e.db.SQL.Exec(`UPDATE users SET locale = 'EN' WHERE email = $1`, jyExtern); err != nil {
		t.Fatal(err)
	}
	send := func() int {
		t.Helper()
		before := e.db.Count(t, `SELECT count(*) FROM mail_outbox WHERE template = $1`, koop.MailJurorReminder)
		if _, err := r.SendDueReminders(ctx, e.db.Clock.T); err != nil {
			t.Fatal(err)
		}
		return e.db.Count(t, `SELECT count(*) FROM mail_outbox WHERE template = $1`, koop.MailJurorReminder) - before
	}
	if n := send(); n != 0 {
		t.Fatalf("eight days ahead: %d reminders", n)
	}
	// The member submitted, the chair turned reminders off, the viewer left.
	if _, err := e.db.SQL.Exec(`UPDATE award_jurors SET submitted_at = $2 WHERE id = $1`, e.jurors[jyMember], e.db.Clock.T); err != nil {
		t.Fatal(err)
	}
	if _, err := e.db.SQL.Exec(`UPDATE users SET email_reminders = false WHERE email = $1`, jyChair); err != nil {
		t.Fatal(err)
	}
	if _, err := e.db.SQL.Exec(`UPDATE memberships SET active = false WHERE user_id = $1`, e.db.UserID(t, jyViewer)); err != nil {
		t.Fatal(err)
	}
	e.db.Clock.Advance(25 * time.Hour)
	if n := send(); n != 1 {
		t.Fatalf("within the week: %d reminders, want 1", n)
	}
	mails := jurorReminderMails(t, e.db)
	body, ok := mails[jyExtern]
	if len(mails) != 1 || !ok {
		t.Fatalf("reminders to %v, want only %s", mails, jyExtern)
	}
	link := "http://koop.test/c/" + pgtest.DemoCooperationID + "/award/" + e.cycle + "/score"
	for _, w := range []string{"Ute Urban", "Lichtenberger Unternehmen des Jahres 2027", link, deadline.In(koop.Berlin).Format("2 January 2006, 15:04")} {
		if !strings.Contains(body, w) {
			t.Errorf("the reminder does not contain %q:\n%s", w, body)
		}
	}
	if n := e.db.Count(t, `SELECT count(*) FROM award_jurors WHERE reminded_at IS NOT NULL`); n != 1 {
		t.Errorf("%d jurors marked reminded", n)
	}
	if n := e.db.Count(t, `SELECT count(*) FROM audit_entries WHERE action = 'award_juror.remind' AND entity_id = $1`, e.jurors[jyExtern]); n != 1 {
		t.Errorf("reminder not audited")
	}
	// Once only; and the German mail names the deadline in German.
	if n := send(); n != 0 {
		t.Errorf("a second run: %d reminders", n)
	}
	if _, err := e.db.SQL.Exec(`UPDATE users SET email_reminders = true, locale = 'DE' WHERE email = $1`, jyChair); err != nil {
		t.Fatal(err)
	}
	if n := send(); n != 1 {
		t.Fatalf("the chair with reminders on again: %d reminders", n)
	}
	body = jurorReminderMails(t, e.db)[jyChair]
	if !strings.Contains(body, "Guten Tag Cem Wolter") || !strings.Contains(body, koop.GermanDateTime(deadline)) || !strings.Contains(body, link) {
		t.Errorf("the German reminder:\n%s", body)
	}
	// Past the deadline, or in another phase, nobody is reminded.
	if _, err := e.db.SQL.Exec(`UPDATE award_jurors SET reminded_at = NULL`); err != nil {
		t.Fatal(err)
	}
	e.db.Clock.T = deadline.Add(time.Minute)
	if n := send(); n != 0 {
		t.Errorf("after the deadline: %d reminders", n)
	}
	e.db.Clock.T = deadline.Add(-time.Hour)
	e.setPhase(t, koop.PhaseDecided)
	if n := send(); n != 0 {
		t.Errorf("after the close: %d reminders", n)
	}
}
