package server_test

import (
	"encoding/json"
	"regexp"
	"strings"
	"testing"
)

// The award's secrecy, end to end over HTTP: while the jury votes, no path of the API shows
// juror B's scores or comments to anybody else — not to another juror, not to the chair, not
// to a conflicted juror, not to the coordinators, not in the audit trail, not in an error
// message. After the close the jury and the managers see the breakdown, except that a juror
// does not see it for the nomination they are conflicted on; other readers see no result.

// secrecyDemoCoop is the seeded cooperation.
const secrecyDemoCoop = "6b00c0de-0000-4000-8000-000000000001"

// B's scores: values and weighted scores that appear nowhere else, and two comments.
const (
	secretSonne = "GEHEIM-B-4711" // B's comment on Sonne, the nomination C is conflicted on
	secretHolz  = "GEHEIM-B-4712" // B's comment on Holz
)

// secretValues finds B's values (937, 613 on Sonne; 871, 559 on Holz) and B's weighted
// scores (829, 767) as numbers, not as parts of IDs or times.
var secretValues = regexp.MustCompile(`(^|[^0-9A-Za-z.:-])(937|613|871|559|829|767)([^0-9A-Za-z:-]|$)`)

// secretSonneValues finds B's values and weighted score of Sonne only.
var secretSonneValues = regexp.MustCompile(`(^|[^0-9A-Za-z.:-])(937|613|829)([^0-9A-Za-z:-]|$)`)

// secrecySetup holds the cycle and who acts.
type secrecySetup struct {
	cycle, sonne, holz string
	criteria           [2]string
	// tokens by role in the story
	a, b, c, coord, viewer, admin string
}

// secrecyUser adds a member of the demo cooperation who logs in with the demo password.
func secrecyUser(t *testing.T, e *env, email, name, role string) {
	t.Helper()
	var id string
	if err := e.db.SQL.Get(&id, `INSERT INTO users (email, name, password_hash, created_at, updated_at)
		SELECT $1, $2, password_hash, $3, $3 FROM users WHERE email = 'member@koop.test' RETURNING id`, email, name, e.db.Clock.T); err != nil {
		t.Fatalf("user %s: %v", email, err)
	}
	if _, err := e.db.SQL.Exec(`INSERT INTO memberships (cooperation_id, user_id, role, active, created_at, updated_at) VALUES ($1, $2, $3, true, $4, $4)`,
		secrecyDemoCoop, id, role, e.db.Clock.T); err != nil {
		t.Fatalf("membership %s: %v", email, err)
	}
}

// newSecrecy sets up, directly in the database, a cycle in JURY_VOTING with two eligible
// nominations, two criteria of 0–1000 points and a jury of three: A (member, chair), B
// (EXTERNAL), C (member).
func newSecrecy(t *testing.T, e *env) *secrecySetup {
	t.Helper()
	s := &secrecySetup{}
	secrecyUser(t, e, "b.extern@koop.test", "Berta Extern", "EXTERNAL")
	secrecyUser(t, e, "c.konflikt@koop.test", "Carl Konflikt", "MEMBER")
	db := e.db.SQL
	now := e.db.Clock.T
	if err := db.Get(&s.cycle, `INSERT INTO award_cycles (cooperation_id, programme_id, year, title, categories, nomination_opens_at,
		nomination_closes_at, voting_closes_at, quorum, tie_break_rule, phase, created_at, updated_at)
		VALUES ($1, '6b00c0de-0000-4000-8000-000000000a01', 2031, 'Unternehmen des Jahres 2031', '{Handwerk}', '2031-03-01', '2031-05-31', '2031-09-30',
		3, 'MEDIAN_THEN_CHAIR', 'JURY_VOTING', $2, $2) RETURNING id`, secrecyDemoCoop, now); err != nil {
		t.Fatalf("cycle: %v", err)
	}
	for i, name := range []string{"Innovation", "Beschäftigung"} {
		if err := db.Get(&s.criteria[i], `INSERT INTO award_criteria (cycle_id, name, weight, score_min, score_max, position, created_at, updated_at)
			VALUES ($1, $2, $3, 0, 1000, $4, $5, $5) RETURNING id`, s.cycle, name, 2-i, i+1, now); err != nil {
			t.Fatalf("criterion: %v", err)
		}
	}
	nominate := func(company string) string {
		var id string
		if err := db.Get(&id, `WITH o AS (INSERT INTO organisations (cooperation_id, kind, name, street, postal_code, city, created_at, updated_at)
				VALUES ($1, 'COMPANY', $2, 'Frankfurter Allee 1', '10365', 'Berlin', $4, $4) RETURNING id)
			INSERT INTO award_nominations (cooperation_id, cycle_id, organisation_id, category, justification, source, eligibility, eligibility_reason, created_at, updated_at)
			SELECT $1, $3, o.id, 'Handwerk', 'Ein Vorbild für den Bezirk.', 'STAFF', 'ELIGIBLE', 'Sitz in Lichtenberg', $4, $4 FROM o RETURNING id`,
			secrecyDemoCoop, company, s.cycle, now); err != nil {
			t.Fatalf("nominate %s: %v", company, err)
		}
		return id
	}
	s.sonne, s.holz = nominate("Bäckerei Sonne GmbH"), nominate("Tischlerei Holz KG")
	for _, j := range []struct {
		email string
		chair bool
	}{{memberEmail, true}, {"b.extern@koop.test", false}, {"c.konflikt@koop.test", false}} {
		if _, err := db.Exec(`INSERT INTO award_jurors (cycle_id, user_id, is_chair, created_at) SELECT $1, id, $3, $4 FROM users WHERE email = $2`,
			s.cycle, j.email, j.chair, now); err != nil {
			t.Fatalf("juror %s: %v", j.email, err)
		}
	}
	s.a, _ = e.login(t, memberEmail)
	s.b, _ = e.login(t, "b.extern@koop.test")
	s.c, _ = e.login(t, "c.konflikt@koop.test")
	s.coord, _ = e.login(t, coordEmail)
	s.viewer, _ = e.login(t, viewerEmail)
	s.admin, _ = e.login(t, adminEmail)
	return s
}

// score is one score of saveScores.
func (s *secrecySetup) score(nom string, crit, value int, comment string) map[string]any {
	return map[string]any{"nominationId": nom, "criterionId": s.criteria[crit], "value": value, "comment": comment}
}

const saveScoresMutation = `mutation($in: SaveScoresInput!) { saveScores(input: $in) { ballot { version scored required submittedAt scores { nominationId criterionId value comment } } } }`

// vote saves the scores and submits the ballot.
func (s *secrecySetup) vote(t *testing.T, e *env, token string, scores ...map[string]any) {
	t.Helper()
	var saved struct {
		SaveScores struct {
			Ballot struct{ Version, Scored, Required int }
		}
	}
	e.post(t, gqlReq{token: token, query: saveScoresMutation, vars: map[string]any{"in": map[string]any{"cycleId": s.cycle, "scores": scores}}}).ok(t).decode(t, &saved)
	b := saved.SaveScores.Ballot
	if b.Scored != b.Required {
		t.Fatalf("ballot incomplete: %+v", b)
	}
	e.post(t, gqlReq{token: token, query: `mutation($c: ID!, $v: Int!) { submitBallot(input: {cycleId: $c, ballotVersion: $v}) { ballot { submittedAt } } }`,
		vars: map[string]any{"c": s.cycle, "v": b.Version}}).ok(t)
}

// The paths a reader may take to the cycle; each answer is returned whole.
const (
	secrecyResultFields = `result { closedByName needsCastingVote castingVote categories { category winnerTie ranking { rank mean meanText median jurors topRanks decidedBy
		nomination { id companyName } criterionMeans { criterionId mean } breakdown { jurorName conflicted weighted scores { nominationId criterionId value comment } } } } }`
	secrecyCycleQuery = `query($id: ID!) { awardCycle(id: $id) { id phase isChair canClose closedByName closedAt criteria { id name }
		nominations { id companyName myConflict { jurorName reason } conflicts { jurorId jurorName reason } }
		jurors { id name submittedAt isChair external email }
		myBallot { scores { nominationId criterionId value comment } conflicts { nominationId reason } required scored submittedAt canEdit version }
		turnout { jurors submitted quorum quorumMet }
		` + secrecyResultFields + `
		winners { companyName category } } }`
	secrecyProgrammesQuery = `query($c: ID!) { awardProgrammes(cooperationId: $c) { id cycles { id phase
		nominations { id conflicts { jurorName reason } myConflict { reason } }
		jurors { name submittedAt } myBallot { scores { value comment } } turnout { submitted quorumMet }
		` + secrecyResultFields + ` winners { companyName } } } }`
	secrecyNominationQuery = `query($id: ID!) { nomination(id: $id) { id companyName eligibility conflicts { jurorName reason } myConflict { reason } } }`
	secrecyAuditQuery      = `query($c: ID!) { auditEntries(cooperationId: $c, limit: 200) { totalCount items { action entityType entityId changes { field old new redacted } } } }`
	secrecyEventQuery      = `query($id: ID!) { event(id: $id) { id awardWinners { companyName category cycleTitle } } }`
)

// probe sends every read path as the reader and returns the answers.
func (s *secrecySetup) probe(t *testing.T, e *env, token string) map[string]*result {
	t.Helper()
	out := map[string]*result{
		"awardCycle":      e.post(t, gqlReq{token: token, query: secrecyCycleQuery, vars: map[string]any{"id": s.cycle}}),
		"awardProgrammes": e.post(t, gqlReq{token: token, query: secrecyProgrammesQuery, vars: map[string]any{"c": secrecyDemoCoop}}),
		"nomination/1":    e.post(t, gqlReq{token: token, query: secrecyNominationQuery, vars: map[string]any{"id": s.sonne}}),
		"nomination/2":    e.post(t, gqlReq{token: token, query: secrecyNominationQuery, vars: map[string]any{"id": s.holz}}),
		"auditEntries":    e.post(t, gqlReq{token: token, query: secrecyAuditQuery, vars: map[string]any{"c": secrecyDemoCoop}}),
		"event":           e.post(t, gqlReq{token: token, query: secrecyEventQuery, vars: map[string]any{"id": neujahr2027}}),
		"result":          e.post(t, gqlReq{token: token, query: `query($id: ID!) { awardCycle(id: $id) { ` + secrecyResultFields + ` } }`, vars: map[string]any{"id": s.cycle}}),
	}
	// Refused inputs name only the reader's own input.
	for name, scores := range map[string][]map[string]any{
		"saveScores/range":      {s.score(s.holz, 0, 1001, "zu viel")},
		"saveScores/criterion":  {{"nominationId": s.holz, "criterionId": s.cycle, "value": 1}},
		"saveScores/nomination": {{"nominationId": s.criteria[0], "criterionId": s.criteria[0], "value": 1}},
		"saveScores/conflicted": {s.score(s.sonne, 0, 1001, "")}, // C: the conflict; others: the range
		"saveScores/twice":      {s.score(s.holz, 1, 1, ""), s.score(s.holz, 1, 2, "")},
	} {
		out[name] = e.post(t, gqlReq{token: token, query: saveScoresMutation, vars: map[string]any{"in": map[string]any{"cycleId": s.cycle, "scores": scores}}})
	}
	for name, r := range out {
		if r.status >= 500 {
			t.Errorf("%s: status %d", name, r.status)
		}
	}
	return out
}

// leaks lists where B's secrets show up in the answers.
func leaks(answers map[string]*result, values *regexp.Regexp, secrets ...string) []string {
	var out []string
	for name, r := range answers {
		body := string(r.body)
		for _, s := range secrets {
			if strings.Contains(body, s) {
				out = append(out, name+" shows "+s)
			}
		}
		if m := values.FindString(body); m != "" {
			out = append(out, name+" shows B's value "+strings.Trim(m, `,:{}[]" `))
		}
	}
	return out
}

// resultOf decodes the result of the "result" probe.
func resultOf(t *testing.T, r *result) json.RawMessage {
	t.Helper()
	var d struct {
		AwardCycle *struct{ Result json.RawMessage }
	}
	if len(r.Data) == 0 || string(r.Data) == "null" {
		return nil
	}
	if err := json.Unmarshal(r.Data, &d); err != nil {
		t.Fatalf("result: %v: %s", err, r.body)
	}
	if d.AwardCycle == nil || string(d.AwardCycle.Result) == "null" {
		return nil
	}
	return d.AwardCycle.Result
}

func TestAwardSecrecy(t *testing.T) {
	e := newEnv(t)
	s := newSecrecy(t, e)

	// C declares a conflict with Sonne before scoring.
	e.post(t, gqlReq{token: s.c, query: `mutation($n: ID!) { declareConflict(input: {nominationId: $n, reason: "Mein Schwager führt die Bäckerei."}) { nomination { id myConflict { reason } } } }`,
		vars: map[string]any{"n": s.sonne}}).ok(t)
	// B scores with values and comments found nowhere else; then A and C.
	s.vote(t, e, s.b, s.score(s.sonne, 0, 937, secretSonne), s.score(s.sonne, 1, 613, secretSonne),
		s.score(s.holz, 0, 871, secretHolz), s.score(s.holz, 1, 559, secretHolz))
	s.vote(t, e, s.a, s.score(s.sonne, 0, 500, "KOMMENTAR-A"), s.score(s.sonne, 1, 400, ""), s.score(s.holz, 0, 300, ""), s.score(s.holz, 1, 200, ""))
	s.vote(t, e, s.c, s.score(s.holz, 0, 450, "KOMMENTAR-C"), s.score(s.holz, 1, 350, ""))

	readers := map[string]string{"juror A (chair)": s.a, "juror C (conflicted)": s.c, "coordinator": s.coord, "viewer": s.viewer, "admin": s.admin}

	// Before the close: nothing of B's anywhere, and no result for anybody, B included.
	for who, token := range readers {
		answers := s.probe(t, e, token)
		for _, l := range leaks(answers, secretValues, secretSonne, secretHolz) {
			t.Errorf("before the close, %s: %s", who, l)
		}
		if r := resultOf(t, answers["result"]); r != nil {
			t.Errorf("before the close, %s sees a result: %s", who, r)
		}
	}
	if r := resultOf(t, e.post(t, gqlReq{token: s.b, query: `query($id: ID!) { awardCycle(id: $id) { ` + secrecyResultFields + ` } }`,
		vars: map[string]any{"id": s.cycle}})); r != nil {
		t.Errorf("before the close, B sees a result: %s", r)
	}
	// The probes did see something: the chair sees who submitted, B its own ballot.
	var chairView struct {
		AwardCycle struct {
			Jurors []struct {
				Name        string
				SubmittedAt *string
			}
			Turnout struct{ Submitted, Quorum int }
		}
	}
	e.post(t, gqlReq{token: s.a, query: secrecyCycleQuery, vars: map[string]any{"id": s.cycle}}).decode(t, &chairView)
	if len(chairView.AwardCycle.Jurors) != 3 || chairView.AwardCycle.Turnout.Submitted != 3 {
		t.Errorf("chair's view: %+v", chairView.AwardCycle)
	}
	for _, j := range chairView.AwardCycle.Jurors {
		if j.SubmittedAt == nil {
			t.Errorf("the chair does not see that %s submitted", j.Name)
		}
	}
	own := e.post(t, gqlReq{token: s.b, query: secrecyCycleQuery, vars: map[string]any{"id": s.cycle}})
	if !strings.Contains(string(own.body), secretSonne) {
		t.Errorf("B does not see B's own ballot: %s", own.body)
	}
	// The audit trail did record the ballots' changes, without values.
	var audit struct {
		AuditEntries struct {
			Items []struct{ Action string }
		}
	}
	e.post(t, gqlReq{token: s.admin, query: secrecyAuditQuery, vars: map[string]any{"c": secrecyDemoCoop}}).ok(t).decode(t, &audit)
	changes := 0
	for _, it := range audit.AuditEntries.Items {
		if it.Action == "award_ballot.change" {
			changes++
		}
	}
	if changes < 3 {
		t.Errorf("%d ballot changes in the audit trail, want at least 3", changes)
	}

	// The coordinator closes.
	var v struct{ AwardCycle struct{ Version int } }
	e.post(t, gqlReq{token: s.coord, query: `query($id: ID!) { awardCycle(id: $id) { version } }`, vars: map[string]any{"id": s.cycle}}).ok(t).decode(t, &v)
	closed := e.post(t, gqlReq{token: s.coord, query: `mutation($c: ID!, $v: Int!) { closeAwardVoting(input: {cycleId: $c, version: $v}) { awardCycle { phase closedByName ` +
		secrecyResultFields + ` } } }`, vars: map[string]any{"c": s.cycle, "v": v.AwardCycle.Version}}).ok(t)
	if !strings.Contains(string(closed.body), `"phase":"DECIDED"`) || !strings.Contains(string(closed.body), secretSonne) {
		t.Errorf("close: %s", closed.body)
	}

	// After the close: the managers and the jury see B's part; C not for Sonne; the viewer
	// nothing.
	for who, token := range map[string]string{"coordinator": s.coord, "admin": s.admin, "juror A (chair)": s.a, "juror B": s.b} {
		r := resultOf(t, s.probe(t, e, token)["result"])
		if r == nil || !strings.Contains(string(r), secretSonne) || !strings.Contains(string(r), secretHolz) || !strings.Contains(string(r), "Berta Extern") {
			t.Errorf("after the close, %s does not see B's breakdown: %s", who, r)
		}
	}
	cAnswers := s.probe(t, e, s.c)
	r := resultOf(t, cAnswers["result"])
	if r == nil || !strings.Contains(string(r), secretHolz) {
		t.Errorf("after the close, C does not see the breakdown of Holz: %s", r)
	}
	for _, l := range leaks(cAnswers, secretSonneValues, secretSonne) {
		t.Errorf("after the close, C (conflicted on Sonne): %s", l)
	}
	var cRes struct {
		AwardCycle struct {
			Result struct {
				Categories []struct {
					Ranking []struct {
						Nomination     struct{ ID string }
						CriterionMeans []any
						Breakdown      []any
					}
				}
			}
		}
	}
	cAnswers["result"].decode(t, &cRes)
	for _, cat := range cRes.AwardCycle.Result.Categories {
		for _, rk := range cat.Ranking {
			conflicted := rk.Nomination.ID == s.sonne
			if conflicted != (len(rk.Breakdown) == 0) || conflicted != (len(rk.CriterionMeans) == 0) {
				t.Errorf("C's view of %s: %d breakdown entries, %d criterion means", rk.Nomination.ID, len(rk.Breakdown), len(rk.CriterionMeans))
			}
		}
	}
	viewer := s.probe(t, e, s.viewer)
	if r := resultOf(t, viewer["result"]); r != nil {
		t.Errorf("after the close, the viewer sees a result: %s", r)
	}
	for _, l := range leaks(viewer, secretValues, secretSonne, secretHolz) {
		t.Errorf("after the close, viewer: %s", l)
	}
	// The audit trail never holds a value, before or after the lock.
	adminAudit := e.post(t, gqlReq{token: s.admin, query: secrecyAuditQuery, vars: map[string]any{"c": secrecyDemoCoop}}).ok(t)
	for _, l := range leaks(map[string]*result{"auditEntries": adminAudit}, secretValues, secretSonne, secretHolz, "KOMMENTAR-A", "KOMMENTAR-C") {
		t.Errorf("after the close, audit trail: %s", l)
	}
}
