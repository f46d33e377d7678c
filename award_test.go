package koop_test

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/koop-lichtenberg/koop"
)

func awardCycle(phase koop.AwardPhase) *koop.AwardCycle {
	return &koop.AwardCycle{
		Phase:              phase,
		Categories:         []string{"Handwerk"},
		NominationOpensAt:  time.Date(2027, 3, 1, 0, 0, 0, 0, time.UTC),
		NominationClosesAt: time.Date(2027, 5, 31, 22, 0, 0, 0, time.UTC),
		VotingClosesAt:     time.Date(2027, 9, 30, 22, 0, 0, 0, time.UTC),
	}
}

// The phase guards: what this slice offers, with a reason for every refusal.
func TestCheckPhaseChange(t *testing.T) {
	before := time.Date(2027, 4, 1, 10, 0, 0, 0, time.UTC)
	after := time.Date(2027, 6, 1, 10, 0, 0, 0, time.UTC)
	ready := koop.PhaseState{Criteria: 4, Now: before}
	noCategories := awardCycle(koop.PhaseDraft)
	noCategories.Categories = nil
	jury := func() *koop.AwardCycle {
		y := awardCycle(koop.PhaseNominationClosed)
		y.Quorum = 3
		return y
	}
	juryState := func(change func(*koop.PhaseState)) koop.PhaseState {
		s := koop.PhaseState{Criteria: 4, PendingNominations: 0, EligibleNominations: 5, Jurors: 3, HasChair: true, Now: before}
		change(&s)
		return s
	}
	juryReady := juryState(func(*koop.PhaseState) {})
	announcing := func() *koop.AwardCycle {
		y := awardCycle(koop.PhaseDecided)
		event := "6b00c0de-0000-4000-8000-000000000306"
		y.AnnouncementEventID = &event
		return y
	}
	tests := []struct {
		name  string
		cycle *koop.AwardCycle
		to    koop.AwardPhase
		state koop.PhaseState
		want  string
	}{
		{"open when all approved", awardCycle(koop.PhaseDraft), koop.PhaseNominationOpen, ready, ""},
		{"open with a partner missing", awardCycle(koop.PhaseDraft), koop.PhaseNominationOpen,
			koop.PhaseState{Criteria: 4, MissingApprovals: []string{"WKHL"}, Now: before}, koop.EINVALID},
		{"open without criteria", awardCycle(koop.PhaseDraft), koop.PhaseNominationOpen, koop.PhaseState{Now: before}, koop.EINVALID},
		{"open without categories", noCategories, koop.PhaseNominationOpen, ready, koop.EINVALID},
		{"open after the deadline", awardCycle(koop.PhaseDraft), koop.PhaseNominationOpen, koop.PhaseState{Criteria: 4, Now: after}, koop.EINVALID},
		{"close", awardCycle(koop.PhaseNominationOpen), koop.PhaseNominationClosed, ready, ""},
		{"close after the deadline", awardCycle(koop.PhaseNominationOpen), koop.PhaseNominationClosed, koop.PhaseState{Now: after}, ""},
		{"reopen before the deadline", awardCycle(koop.PhaseNominationClosed), koop.PhaseNominationOpen, ready, ""},
		{"reopen after the deadline", awardCycle(koop.PhaseNominationClosed), koop.PhaseNominationOpen, koop.PhaseState{Now: after}, koop.EINVALID},
		{"same phase", awardCycle(koop.PhaseDraft), koop.PhaseDraft, ready, koop.EINVALID},
		{"skip to closed", awardCycle(koop.PhaseDraft), koop.PhaseNominationClosed, ready, koop.EINVALID},
		{"back to draft", awardCycle(koop.PhaseNominationOpen), koop.PhaseDraft, ready, koop.EINVALID},
		{"jury without an eligible nomination", awardCycle(koop.PhaseNominationClosed), koop.PhaseJuryVoting, ready, koop.EINVALID},
		{"jury", jury(), koop.PhaseJuryVoting, juryReady, ""},
		{"jury after the nomination deadline", jury(), koop.PhaseJuryVoting, juryState(func(s *koop.PhaseState) { s.Now = after }), ""},
		{"jury with a pending nomination", jury(), koop.PhaseJuryVoting, juryState(func(s *koop.PhaseState) { s.PendingNominations = 1 }), koop.EINVALID},
		{"jury with no eligible nomination", jury(), koop.PhaseJuryVoting, juryState(func(s *koop.PhaseState) { s.EligibleNominations = 0 }), koop.EINVALID},
		{"jury smaller than the quorum", jury(), koop.PhaseJuryVoting, juryState(func(s *koop.PhaseState) { s.Jurors = 2 }), koop.EINVALID},
		{"jury without a chair", jury(), koop.PhaseJuryVoting, juryState(func(s *koop.PhaseState) { s.HasChair = false }), koop.EINVALID},
		{"jury straight from open", awardCycle(koop.PhaseNominationOpen), koop.PhaseJuryVoting, juryReady, koop.EINVALID},
		{"decided is the close, not a phase change", awardCycle(koop.PhaseJuryVoting), koop.PhaseDecided, juryReady, koop.EINVALID},
		{"back from jury to closed", awardCycle(koop.PhaseJuryVoting), koop.PhaseNominationClosed, juryReady, koop.EINVALID},
		{"announce", announcing(), koop.PhaseAnnounced, ready, ""},
		{"announce with a tie for first place", announcing(), koop.PhaseAnnounced, koop.PhaseState{WinnerTie: true, Now: after}, koop.EINVALID},
		{"announce without an event", awardCycle(koop.PhaseDecided), koop.PhaseAnnounced, ready, koop.EINVALID},
		{"announce before the close", awardCycle(koop.PhaseJuryVoting), koop.PhaseAnnounced, ready, koop.EINVALID},
		{"nothing after announced", awardCycle(koop.PhaseAnnounced), koop.PhaseDecided, ready, koop.EINVALID},
		{"unknown phase", awardCycle(koop.PhaseDraft), koop.AwardPhase("WON"), ready, koop.EINVALID},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := koop.CheckPhaseChange(tt.cycle, tt.to, tt.state)
			if got := koop.ErrorCode(err); got != tt.want {
				t.Fatalf("code %q, want %q (%v)", got, tt.want, err)
			}
			if err != nil && (koop.ErrorMessage(err) == "" || koop.ErrorField(err) != "phase") {
				t.Errorf("refusal without a reason at phase: %v", err)
			}
		})
	}
}

// The message of a refused opening names the partners still missing.
func TestCheckPhaseChangeNamesMissingPartners(t *testing.T) {
	err := koop.CheckPhaseChange(awardCycle(koop.PhaseDraft), koop.PhaseNominationOpen, koop.PhaseState{Criteria: 1,
		MissingApprovals: []string{"Wirtschaftskreis", "Handwerkskammer"}, Now: time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC)})
	want := "Die Nominierung kann erst öffnen, wenn alle Partner den Kriterien zugestimmt haben. Es fehlt noch die Zustimmung von: Wirtschaftskreis, Handwerkskammer."
	if got := koop.ErrorMessage(err); got != want {
		t.Errorf("message %q, want %q", got, want)
	}
}

func TestOfferedPhases(t *testing.T) {
	before := time.Date(2027, 4, 1, 0, 0, 0, 0, time.UTC)
	after := time.Date(2027, 6, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		phase koop.AwardPhase
		now   time.Time
		want  []koop.AwardPhase
	}{
		{koop.PhaseDraft, before, []koop.AwardPhase{koop.PhaseNominationOpen}},
		{koop.PhaseNominationOpen, after, []koop.AwardPhase{koop.PhaseNominationClosed}},
		{koop.PhaseNominationClosed, before, []koop.AwardPhase{koop.PhaseNominationOpen, koop.PhaseJuryVoting}},
		{koop.PhaseNominationClosed, after, []koop.AwardPhase{koop.PhaseJuryVoting}},
		{koop.PhaseJuryVoting, before, []koop.AwardPhase{}},
		{koop.PhaseDecided, after, []koop.AwardPhase{koop.PhaseAnnounced}},
		{koop.PhaseAnnounced, before, []koop.AwardPhase{}},
	}
	for _, tt := range tests {
		if got := koop.OfferedPhases(awardCycle(tt.phase), tt.now); !cmp.Equal(got, tt.want) {
			t.Errorf("%s at %s: %v, want %v", tt.phase, tt.now, got, tt.want)
		}
	}
}

func TestAwardCycleInputValidate(t *testing.T) {
	valid := func() koop.AwardCycleInput {
		return koop.AwardCycleInput{Title: " Unternehmen des Jahres 2027 ", Categories: []string{" Handwerk ", "Neugründung"},
			NominationOpensAt: time.Date(2027, 3, 1, 0, 0, 0, 0, time.UTC), NominationClosesAt: time.Date(2027, 5, 31, 0, 0, 0, 0, time.UTC),
			VotingClosesAt: time.Date(2027, 9, 30, 0, 0, 0, 0, time.UTC), Quorum: 3, TieBreakRule: koop.TieBreakMedianChair}
	}
	tests := []struct {
		name, field string
		change      func(in *koop.AwardCycleInput)
	}{
		{"valid", "", func(*koop.AwardCycleInput) {}},
		{"no title", "title", func(in *koop.AwardCycleInput) { in.Title = " " }},
		{"empty category", "categories", func(in *koop.AwardCycleInput) { in.Categories = append(in.Categories, "") }},
		{"duplicate category", "categories", func(in *koop.AwardCycleInput) { in.Categories = append(in.Categories, "handwerk") }},
		{"closes before opening", "nominationClosesAt", func(in *koop.AwardCycleInput) { in.NominationClosesAt = in.NominationOpensAt }},
		{"voting before nominations close", "votingClosesAt", func(in *koop.AwardCycleInput) { in.VotingClosesAt = in.NominationClosesAt.Add(-time.Hour) }},
		{"quorum zero", "quorum", func(in *koop.AwardCycleInput) { in.Quorum = 0 }},
		{"unknown tie-break", "tieBreakRule", func(in *koop.AwardCycleInput) { in.TieBreakRule = "COIN" }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := valid()
			tt.change(&in)
			err := in.Validate()
			if got := koop.ErrorField(err); got != tt.field || (tt.field != "") != (koop.ErrorCode(err) == koop.EINVALID) {
				t.Fatalf("field %q, want %q (%v)", got, tt.field, err)
			}
			if err == nil && (in.Title != "Unternehmen des Jahres 2027" || !cmp.Equal(in.Categories, []string{"Handwerk", "Neugründung"})) {
				t.Errorf("not trimmed: %q %q", in.Title, in.Categories)
			}
		})
	}
}

func TestCriterionInputValidate(t *testing.T) {
	tests := []struct {
		name  string
		in    koop.CriterionInput
		field string
	}{
		{"valid", koop.CriterionInput{Name: "Innovation", Weight: 2, ScoreMin: 1, ScoreMax: 10}, ""},
		{"no name", koop.CriterionInput{Name: "", Weight: 2, ScoreMin: 1, ScoreMax: 10}, "name"},
		{"weight zero", koop.CriterionInput{Name: "X", Weight: 0, ScoreMin: 1, ScoreMax: 10}, "weight"},
		{"weight too high", koop.CriterionInput{Name: "X", Weight: 101, ScoreMin: 1, ScoreMax: 10}, "weight"},
		{"min equals max", koop.CriterionInput{Name: "X", Weight: 1, ScoreMin: 5, ScoreMax: 5}, "scoreMax"},
		{"min above max", koop.CriterionInput{Name: "X", Weight: 1, ScoreMin: 6, ScoreMax: 5}, "scoreMax"},
		{"negative", koop.CriterionInput{Name: "X", Weight: 1, ScoreMin: -1, ScoreMax: 5}, "scoreMin"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := koop.ErrorField(tt.in.Validate()); got != tt.field {
				t.Errorf("field %q, want %q", got, tt.field)
			}
		})
	}
}

func TestAwardProgrammeInputValidate(t *testing.T) {
	for _, tt := range []struct {
		in    koop.AwardProgrammeInput
		field string
	}{
		{koop.AwardProgrammeInput{Name: "Preis", WinnerExclusionYears: 3}, ""},
		{koop.AwardProgrammeInput{Name: " ", WinnerExclusionYears: 3}, "name"},
		{koop.AwardProgrammeInput{Name: "Preis", WinnerExclusionYears: -1}, "winnerExclusionYears"},
	} {
		if got := koop.ErrorField(tt.in.Validate()); got != tt.field {
			t.Errorf("%+v: field %q, want %q", tt.in, got, tt.field)
		}
	}
}
