package postgres_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/koop-lichtenberg/koop"
	"github.com/koop-lichtenberg/koop/postgres"
	"github.com/koop-lichtenberg/koop/postgres/pgtest"
)

// The seeded award: programme, 2027 cycle in DRAFT with four criteria.
const (
	demoAwardProgramme = "6b00c0de-0000-4000-8000-000000000a01"
	demoAwardCycle     = "6b00c0de-0000-4000-8000-000000000a11"
	demoCriterion      = "6b00c0de-0000-4000-8000-000000000a21" // Innovation
)

type awardEnv struct {
	db                    *pgtest.DB
	awards                *postgres.AwardService
	coordinator, wkhl, me context.Context
}

func newAwardEnv(t *testing.T) *awardEnv {
	db := pgtest.Seeded(t)
	return &awardEnv{db: db, awards: postgres.NewAwardService(db.DB), coordinator: db.As(t, "coordinator@koop.test"),
		wkhl: db.As(t, "coordinator.wkhl@koop.test"), me: db.As(t, "member@koop.test")}
}

func (e *awardEnv) cycle(t *testing.T) *koop.AwardCycle {
	t.Helper()
	y, err := e.awards.AwardCycle(e.coordinator, demoAwardCycle)
	if err != nil {
		t.Fatalf("read cycle: %v", err)
	}
	return y
}

// approvedBy returns the short names of the partners that approved, in partner order.
func approvedBy(y *koop.AwardCycle) []string {
	out := []string{}
	for _, a := range y.Approvals {
		if a.ApprovedAt != nil {
			out = append(out, a.Partner.Organisation.ShortName)
		}
	}
	return out
}

func TestAwardDemo(t *testing.T) {
	e := newAwardEnv(t)
	y := e.cycle(t)
	if y.Phase != koop.PhaseDraft || y.Year != 2027 || len(y.Criteria) != 4 || len(y.Categories) != 4 || y.ProgrammeName != "Lichtenberger Unternehmen des Jahres" {
		t.Fatalf("cycle %+v", y)
	}
	if got := approvedBy(y); !cmp.Equal(got, []string{"BA Lichtenberg"}) {
		t.Errorf("approved by %v, want only the Bezirksamt", got)
	}
	if y.Approvals[0].ApprovedByName == nil || *y.Approvals[0].ApprovedByName != "Clara Conrad" {
		t.Errorf("approved by name %v", y.Approvals[0].ApprovedByName)
	}
	if y.CanApprove == nil || y.CanApprove.ID != pgtest.DemoBAPartnerID || !y.CanManage || !cmp.Equal(y.AllowedPhases, []koop.AwardPhase{koop.PhaseNominationOpen}) {
		t.Errorf("coordinator: canApprove %+v, canManage %v, allowed %v", y.CanApprove, y.CanManage, y.AllowedPhases)
	}
	w, err := e.awards.AwardCycle(e.wkhl, demoAwardCycle)
	if err != nil || w.CanApprove == nil || w.CanApprove.ID != pgtest.DemoWKHLPartnerID {
		t.Errorf("WKHL coordinator may approve for %+v (%v)", w.CanApprove, err)
	}
	m, err := e.awards.AwardCycle(e.me, demoAwardCycle)
	if err != nil || m.CanApprove != nil || m.CanManage || len(m.AllowedPhases) != 0 {
		t.Errorf("member: %+v, %v", m, err)
	}
	list, err := e.awards.AwardProgrammes(e.me, pgtest.DemoCooperationID)
	if err != nil || len(list) != 1 || list[0].WinnerExclusionYears != 3 || len(list[0].Cycles) != 3 || list[0].Cycles[0].Year != 2027 || len(list[0].Cycles[0].Criteria) != 4 {
		t.Errorf("programmes: %+v, %v", list, err)
	}
	// Seeding again adds nothing, and does not restore what users changed.
	if _, err := e.awards.DeleteCriterion(e.coordinator, demoCriterion, y.CriteriaVersion); err != nil {
		t.Fatal(err)
	}
	audits := e.db.Count(t, `SELECT count(*) FROM audit_entries`)
	if err := e.db.Seed(context.Background(), "koop-demo"); err != nil {
		t.Fatal(err)
	}
	if n := e.db.Count(t, `SELECT count(*) FROM award_criteria WHERE cycle_id = $1`, demoAwardCycle); n != 3 {
		t.Errorf("criteria after a second seed: %d, want 3", n)
	}
	if n := e.db.Count(t, `SELECT count(*) FROM audit_entries`); n != audits {
		t.Errorf("a second seed wrote %d audit entries", n-audits)
	}
}

// Every kind of change to the criteria withdraws all approvals, audited, in one transaction.
func TestAwardCriteriaChangeWithdrawsApprovals(t *testing.T) {
	changes := []struct {
		name   string
		action string
		change func(e *awardEnv, y *koop.AwardCycle) (*koop.AwardCycle, error)
	}{
		{"add", "award_criterion.create", func(e *awardEnv, y *koop.AwardCycle) (*koop.AwardCycle, error) {
			return e.awards.AddCriterion(e.coordinator, y.ID, y.CriteriaVersion, koop.CriterionInput{Name: "Digitalisierung", Weight: 1, ScoreMin: 1, ScoreMax: 10})
		}},
		{"edit", "award_criterion.update", func(e *awardEnv, y *koop.AwardCycle) (*koop.AwardCycle, error) {
			return e.awards.UpdateCriterion(e.coordinator, demoCriterion, y.CriteriaVersion, koop.CriterionInput{Name: "Innovation", Weight: 3, ScoreMin: 1, ScoreMax: 10})
		}},
		{"reorder", "award_criteria.reorder", func(e *awardEnv, y *koop.AwardCycle) (*koop.AwardCycle, error) {
			ids := []string{}
			for i := len(y.Criteria) - 1; i >= 0; i-- {
				ids = append(ids, y.Criteria[i].ID)
			}
			return e.awards.ReorderCriteria(e.coordinator, y.ID, y.CriteriaVersion, ids)
		}},
		{"delete", "award_criterion.delete", func(e *awardEnv, y *koop.AwardCycle) (*koop.AwardCycle, error) {
			return e.awards.DeleteCriterion(e.coordinator, demoCriterion, y.CriteriaVersion)
		}},
	}
	for _, c := range changes {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			e := newAwardEnv(t)
			y, err := e.awards.ApproveCriteria(e.wkhl, demoAwardCycle, e.cycle(t).CriteriaVersion)
			if err != nil || !y.AllApproved() {
				t.Fatalf("WKHL approves: %v, all approved %v", err, y != nil && y.AllApproved())
			}
			after, err := c.change(e, y)
			if err != nil {
				t.Fatalf("%s: %v", c.name, err)
			}
			if got := approvedBy(after); len(got) != 0 || after.AllApproved() {
				t.Errorf("after %s still approved by %v", c.name, got)
			}
			if after.CriteriaVersion != y.CriteriaVersion+1 {
				t.Errorf("criteria version %d, want %d", after.CriteriaVersion, y.CriteriaVersion+1)
			}
			if n := e.db.Count(t, `SELECT count(*) FROM award_criteria_approvals WHERE cycle_id = $1`, y.ID); n != 0 {
				t.Errorf("%d approval rows left", n)
			}
			if n := e.db.Count(t, `SELECT count(*) FROM audit_entries WHERE action = 'award_criteria.approvals_withdrawn' AND entity_id = $1`, demoAwardCycle); n != 1 {
				t.Errorf("withdrawal audited %d times", n)
			}
			if n := e.db.Count(t, `SELECT count(*) FROM audit_entries WHERE action = $1`, c.action); n < 1 {
				t.Errorf("no audit entry %s", c.action)
			}
			// The old set's version no longer approves anything.
			if _, err := e.awards.ApproveCriteria(e.wkhl, demoAwardCycle, y.CriteriaVersion); koop.ErrorCode(err) != koop.ECONFLICT {
				t.Errorf("approving the old set: %v, want CONFLICT", err)
			}
		})
	}
}

// Nominations open only when every partner approved; then the criteria are frozen.
func TestAwardOpenNeedsAllApprovals(t *testing.T) {
	e := newAwardEnv(t)
	y := e.cycle(t)
	_, err := e.awards.ChangeAwardPhase(e.coordinator, y.ID, y.Version, koop.PhaseNominationOpen)
	if koop.ErrorCode(err) != koop.EINVALID || !strings.Contains(koop.ErrorMessage(err), "Wirtschaftskreis Hohenschönhausen-Lichtenberg") ||
		strings.Contains(koop.ErrorMessage(err), "Bezirksamt") {
		t.Fatalf("open before the WKHL approved: %v", err)
	}
	if got := e.cycle(t); got.Phase != koop.PhaseDraft || got.Version != y.Version {
		t.Fatalf("refused open changed the cycle: %s v%d", got.Phase, got.Version)
	}
	if _, err := e.awards.ApproveCriteria(e.wkhl, y.ID, y.CriteriaVersion); err != nil {
		t.Fatal(err)
	}
	if _, err := e.awards.ApproveCriteria(e.wkhl, y.ID, y.CriteriaVersion); koop.ErrorCode(err) != koop.ECONFLICT {
		t.Errorf("approving twice: %v", err)
	}
	if _, err := e.awards.ChangeAwardPhase(e.me, y.ID, y.Version, koop.PhaseNominationOpen); koop.ErrorCode(err) != koop.EFORBIDDEN {
		t.Errorf("member opens: %v", err)
	}
	opened, err := e.awards.ChangeAwardPhase(e.coordinator, y.ID, y.Version, koop.PhaseNominationOpen)
	if err != nil || opened.Phase != koop.PhaseNominationOpen || !cmp.Equal(opened.AllowedPhases, []koop.AwardPhase{koop.PhaseNominationClosed}) || opened.CanApprove != nil {
		t.Fatalf("open: %+v, %v", opened, err)
	}
	frozen := []struct {
		name string
		call func() error
	}{
		{"add", func() error {
			_, err := e.awards.AddCriterion(e.coordinator, y.ID, opened.CriteriaVersion, koop.CriterionInput{Name: "Neu", Weight: 1, ScoreMin: 1, ScoreMax: 5})
			return err
		}},
		{"edit", func() error {
			_, err := e.awards.UpdateCriterion(e.coordinator, demoCriterion, opened.CriteriaVersion, koop.CriterionInput{Name: "Innovation", Weight: 5, ScoreMin: 1, ScoreMax: 10})
			return err
		}},
		{"delete", func() error {
			_, err := e.awards.DeleteCriterion(e.coordinator, demoCriterion, opened.CriteriaVersion)
			return err
		}},
		{"withdraw", func() error {
			_, err := e.awards.WithdrawCriteriaApproval(e.wkhl, y.ID, opened.CriteriaVersion)
			return err
		}},
		{"tie-break", func() error {
			_, err := e.awards.UpdateAwardCycle(e.coordinator, y.ID, opened.Version, cycleInput(opened, func(in *koop.AwardCycleInput) { in.TieBreakRule = koop.TieBreakMedianChair }))
			return err
		}},
	}
	for _, f := range frozen {
		if err := f.call(); koop.ErrorCode(err) != koop.EINVALID {
			t.Errorf("%s after opening: %v, want INVALID", f.name, err)
		}
	}
	if n := e.db.Count(t, `SELECT count(*) FROM award_criteria_approvals WHERE cycle_id = $1`, y.ID); n != 2 {
		t.Errorf("approvals after opening: %d", n)
	}
	// Quorum and dates may still change.
	if _, err := e.awards.UpdateAwardCycle(e.coordinator, y.ID, opened.Version, cycleInput(opened, func(in *koop.AwardCycleInput) { in.Quorum = 5 })); err != nil {
		t.Errorf("quorum after opening: %v", err)
	}
	closed, err := e.awards.ChangeAwardPhase(e.coordinator, y.ID, opened.Version+1, koop.PhaseNominationClosed)
	if err != nil || closed.Phase != koop.PhaseNominationClosed {
		t.Fatalf("close: %v", err)
	}
	if _, err := e.awards.ChangeAwardPhase(e.coordinator, y.ID, closed.Version, koop.PhaseJuryVoting); koop.ErrorCode(err) != koop.EINVALID {
		t.Errorf("jury voting without an eligible nomination: %v", err)
	}
	e.db.Clock.T = closed.NominationClosesAt.Add(time.Minute)
	if _, err := e.awards.ChangeAwardPhase(e.coordinator, y.ID, closed.Version, koop.PhaseNominationOpen); koop.ErrorCode(err) != koop.EINVALID {
		t.Errorf("reopen after the deadline: %v", err)
	}
	e.db.Clock.T = closed.NominationClosesAt.Add(-time.Hour)
	if y, err := e.awards.ChangeAwardPhase(e.coordinator, y.ID, closed.Version, koop.PhaseNominationOpen); err != nil || y.Phase != koop.PhaseNominationOpen {
		t.Errorf("reopen before the deadline: %v", err)
	}
	if n := e.db.Count(t, `SELECT count(*) FROM audit_entries WHERE action = 'award_cycle.phase'`); n != 3 {
		t.Errorf("phase changes audited: %d, want 3", n)
	}
}

func cycleInput(y *koop.AwardCycle, change func(*koop.AwardCycleInput)) koop.AwardCycleInput {
	in := koop.AwardCycleInput{Title: y.Title, Categories: y.Categories, NominationOpensAt: y.NominationOpensAt,
		NominationClosesAt: y.NominationClosesAt, VotingClosesAt: y.VotingClosesAt, Quorum: y.Quorum, TieBreakRule: y.TieBreakRule,
		AnnouncementEventID: y.AnnouncementEventID}
	change(&in)
	return in
}

// A stale version is a CONFLICT and changes nothing.
func TestAwardStaleVersion(t *testing.T) {
	e := newAwardEnv(t)
	y := e.cycle(t)
	if _, err := e.awards.UpdateCriterion(e.coordinator, demoCriterion, y.CriteriaVersion, koop.CriterionInput{Name: "Innovationskraft", Weight: 2, ScoreMin: 1, ScoreMax: 10}); err != nil {
		t.Fatal(err)
	}
	stale := []struct {
		name string
		call func() error
	}{
		{"update criterion", func() error {
			_, err := e.awards.UpdateCriterion(e.coordinator, demoCriterion, y.CriteriaVersion, koop.CriterionInput{Name: "Innovation", Weight: 2, ScoreMin: 1, ScoreMax: 10})
			return err
		}},
		{"add criterion", func() error {
			_, err := e.awards.AddCriterion(e.coordinator, y.ID, y.CriteriaVersion, koop.CriterionInput{Name: "Neu", Weight: 2, ScoreMin: 1, ScoreMax: 10})
			return err
		}},
		{"approve", func() error {
			_, err := e.awards.ApproveCriteria(e.coordinator, y.ID, y.CriteriaVersion)
			return err
		}},
		{"update cycle", func() error {
			if _, err := e.awards.UpdateAwardCycle(e.coordinator, y.ID, y.Version, cycleInput(y, func(in *koop.AwardCycleInput) { in.Quorum = 4 })); err != nil {
				return err
			}
			_, err := e.awards.UpdateAwardCycle(e.coordinator, y.ID, y.Version, cycleInput(y, func(in *koop.AwardCycleInput) { in.Quorum = 5 }))
			return err
		}},
		{"phase", func() error {
			_, err := e.awards.ChangeAwardPhase(e.coordinator, y.ID, y.Version, koop.PhaseNominationOpen)
			return err
		}},
		{"programme", func() error {
			in := koop.AwardProgrammeInput{Name: "Lichtenberger Unternehmen des Jahres", WinnerExclusionYears: 2}
			if _, err := e.awards.UpdateAwardProgramme(e.coordinator, demoAwardProgramme, 1, in); err != nil {
				return err
			}
			_, err := e.awards.UpdateAwardProgramme(e.coordinator, demoAwardProgramme, 1, in)
			return err
		}},
	}
	for _, s := range stale {
		if err := s.call(); koop.ErrorCode(err) != koop.ECONFLICT {
			t.Errorf("%s with a stale version: %v, want CONFLICT", s.name, err)
		}
	}
	if got := e.cycle(t); got.Criteria[0].Name != "Innovationskraft" || len(got.Criteria) != 4 || got.Quorum != 4 {
		t.Errorf("after stale writes: %q, %d criteria, quorum %d", got.Criteria[0].Name, len(got.Criteria), got.Quorum)
	}
}

// Programmes and cycles: creation, a year once per programme, the announcing event of the
// cooperation only, and an approval only for one's own partner.
func TestAwardCreateCycle(t *testing.T) {
	e := newAwardEnv(t)
	p, err := e.awards.CreateAwardProgramme(e.coordinator, pgtest.DemoCooperationID, koop.AwardProgrammeInput{Name: "Gründerpreis", WinnerExclusionYears: 1})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.awards.CreateAwardProgramme(e.coordinator, pgtest.DemoCooperationID, koop.AwardProgrammeInput{Name: "gründerpreis"}); koop.ErrorCode(err) != koop.ECONFLICT {
		t.Errorf("duplicate name: %v", err)
	}
	neujahr := pgtest.DemoNeujahr2027
	in := koop.AwardCycleInput{Title: "Gründerpreis 2027", Categories: []string{"Neugründung"},
		NominationOpensAt: time.Date(2027, 2, 1, 0, 0, 0, 0, time.UTC), NominationClosesAt: time.Date(2027, 4, 1, 0, 0, 0, 0, time.UTC),
		VotingClosesAt: time.Date(2027, 6, 1, 0, 0, 0, 0, time.UTC), Quorum: 2, TieBreakRule: koop.TieBreakMedianChair, AnnouncementEventID: &neujahr}
	y, err := e.awards.CreateAwardCycle(e.coordinator, p.ID, 2027, in)
	if err != nil || y.Phase != koop.PhaseDraft || y.AnnouncementEventTitle == nil || *y.AnnouncementEventTitle != "Neujahrsempfang 2027" || len(y.Approvals) != 2 {
		t.Fatalf("create cycle: %+v, %v", y, err)
	}
	if _, err := e.awards.CreateAwardCycle(e.coordinator, p.ID, 2027, in); koop.ErrorCode(err) != koop.ECONFLICT || koop.ErrorField(err) != "year" {
		t.Errorf("same year twice: %v", err)
	}
	missing := authzMissingID
	in.AnnouncementEventID = &missing
	if _, err := e.awards.CreateAwardCycle(e.coordinator, p.ID, 2028, in); koop.ErrorField(err) != "announcementEventId" {
		t.Errorf("unknown event: %v", err)
	}
	// Without criteria, nothing to approve and nominations cannot open.
	if _, err := e.awards.ApproveCriteria(e.coordinator, y.ID, y.CriteriaVersion); koop.ErrorCode(err) != koop.EINVALID {
		t.Errorf("approve an empty set: %v", err)
	}
	if _, err := e.awards.ChangeAwardPhase(e.coordinator, y.ID, y.Version, koop.PhaseNominationOpen); koop.ErrorCode(err) != koop.EINVALID {
		t.Errorf("open without criteria: %v", err)
	}
	// The member cannot approve; withdrawing what was not given is refused.
	if _, err := e.awards.ApproveCriteria(e.me, demoAwardCycle, 1); koop.ErrorCode(err) != koop.EFORBIDDEN {
		t.Errorf("member approves: %v", err)
	}
	if _, err := e.awards.WithdrawCriteriaApproval(e.wkhl, demoAwardCycle, 1); koop.ErrorCode(err) != koop.EINVALID {
		t.Errorf("withdraw nothing: %v", err)
	}
	w, err := e.awards.WithdrawCriteriaApproval(e.coordinator, demoAwardCycle, 1)
	if err != nil || len(approvedBy(w)) != 0 {
		t.Errorf("Bezirksamt withdraws: %v", err)
	}
}
