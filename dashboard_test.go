package koop_test

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/koop-lichtenberg/koop"
)

// The cycle the start page shows: the newest one under way, else the newest.
func TestCurrentAwardCycle(t *testing.T) {
	y := func(id string, year int, p koop.AwardPhase) *koop.DashboardAward {
		return &koop.DashboardAward{CycleID: id, Year: year, Phase: p}
	}
	tests := []struct {
		name   string
		cycles []*koop.DashboardAward
		want   string
	}{
		{"none", nil, ""},
		{"only a draft", []*koop.DashboardAward{y("d", 2027, koop.PhaseDraft)}, "d"},
		{"running beats a newer draft", []*koop.DashboardAward{y("d", 2027, koop.PhaseDraft), y("v", 2026, koop.PhaseJuryVoting)}, "v"},
		{"running beats a newer announced one", []*koop.DashboardAward{y("a", 2027, koop.PhaseAnnounced), y("o", 2026, koop.PhaseNominationOpen)}, "o"},
		{"newest of several running, in any order", []*koop.DashboardAward{y("old", 2025, koop.PhaseDecided), y("new", 2026, koop.PhaseNominationClosed)}, "new"},
		{"all announced or draft: newest", []*koop.DashboardAward{y("a25", 2025, koop.PhaseAnnounced), y("d27", 2027, koop.PhaseDraft), y("a26", 2026, koop.PhaseAnnounced)}, "d27"},
		{"same year: the first", []*koop.DashboardAward{y("first", 2026, koop.PhaseJuryVoting), y("second", 2026, koop.PhaseNominationOpen)}, "first"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ""
			if c := koop.CurrentAwardCycle(tt.cycles); c != nil {
				got = c.CycleID
			}
			if got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// The next deadline: nominations close up to and during NOMINATION_OPEN, the vote ends during
// JURY_VOTING, nothing otherwise or once past.
func TestAwardDeadline(t *testing.T) {
	now := time.Date(2026, 11, 25, 10, 0, 0, 0, time.UTC)
	nomCloses := time.Date(2026, 12, 15, 23, 0, 0, 0, time.UTC)
	voteCloses := time.Date(2027, 1, 10, 23, 0, 0, 0, time.UTC)
	tests := []struct {
		phase     koop.AwardPhase
		nom, vote time.Time
		want      *time.Time
		label     string
	}{
		{koop.PhaseDraft, nomCloses, voteCloses, &nomCloses, koop.DeadlineNominationLabel},
		{koop.PhaseNominationOpen, nomCloses, voteCloses, &nomCloses, koop.DeadlineNominationLabel},
		{koop.PhaseNominationOpen, now.Add(-time.Hour), voteCloses, nil, ""},
		{koop.PhaseNominationOpen, now, voteCloses, nil, ""},
		{koop.PhaseNominationClosed, nomCloses, voteCloses, nil, ""},
		{koop.PhaseJuryVoting, now.Add(-48 * time.Hour), voteCloses, &voteCloses, koop.DeadlineVotingLabel},
		{koop.PhaseJuryVoting, now.Add(-48 * time.Hour), now.Add(-time.Hour), nil, ""},
		{koop.PhaseDecided, nomCloses, voteCloses, nil, ""},
		{koop.PhaseAnnounced, nomCloses, voteCloses, nil, ""},
	}
	for _, tt := range tests {
		at, label := koop.AwardDeadline(tt.phase, tt.nom, tt.vote, now)
		if !cmp.Equal(at, tt.want) {
			t.Errorf("%s: deadline %v, want %v", tt.phase, at, tt.want)
		}
		if got := ""; label != nil {
			got = *label
			if got != tt.label {
				t.Errorf("%s: label %q, want %q", tt.phase, got, tt.label)
			}
		} else if tt.label != "" {
			t.Errorf("%s: no label, want %q", tt.phase, tt.label)
		}
	}
}

// The retreat the start page shows: in session, else the nearest preparing one, else the
// newest closed one.
func TestCurrentRetreat(t *testing.T) {
	today := time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC)
	r := func(id string, year int, s koop.RetreatStatus, on string) *koop.DashboardRetreat {
		d, err := time.Parse(time.DateOnly, on)
		if err != nil {
			t.Fatal(err)
		}
		return &koop.DashboardRetreat{ID: id, PlanYear: year, Status: s, StartsOn: d}
	}
	tests := []struct {
		name string
		list []*koop.DashboardRetreat
		want string
	}{
		{"none", nil, ""},
		{"in session beats preparing and closed", []*koop.DashboardRetreat{
			r("c", 2026, koop.RetreatClosed, "2025-11-20"), r("p", 2028, koop.RetreatPreparing, "2026-12-01"), r("s", 2027, koop.RetreatInSession, "2026-11-25")}, "s"},
		{"nearest preparing", []*koop.DashboardRetreat{
			r("far", 2028, koop.RetreatPreparing, "2027-11-20"), r("near", 2027, koop.RetreatPreparing, "2026-12-04"), r("c", 2026, koop.RetreatClosed, "2025-11-20")}, "near"},
		{"a preparing one just past is nearer than one far ahead", []*koop.DashboardRetreat{
			r("ahead", 2028, koop.RetreatPreparing, "2027-06-01"), r("past", 2027, koop.RetreatPreparing, "2026-11-20")}, "past"},
		{"tie: the earlier", []*koop.DashboardRetreat{
			r("later", 2028, koop.RetreatPreparing, "2026-11-30"), r("earlier", 2027, koop.RetreatPreparing, "2026-11-20")}, "earlier"},
		{"only closed: newest plan year", []*koop.DashboardRetreat{
			r("c25", 2025, koop.RetreatClosed, "2024-11-20"), r("c27", 2027, koop.RetreatClosed, "2026-11-10"), r("c26", 2026, koop.RetreatClosed, "2025-11-20")}, "c27"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ""
			if c := koop.CurrentRetreat(tt.list, today); c != nil {
				got = c.ID
			}
			if got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// Workstreams at risk: only AT_RISK and OFF_TRACK, OFF_TRACK first, then by priority, overdue
// milestones and title.
func TestWorkstreamsAtRisk(t *testing.T) {
	high, low := koop.PriorityHigh, koop.PriorityLow
	w := func(id string, s koop.WorkstreamStatus, p *koop.Priority, overdue int) *koop.DashboardWorkstream {
		return &koop.DashboardWorkstream{ID: id, Title: id, Status: s, Priority: p, OverdueMilestones: overdue}
	}
	list := []*koop.DashboardWorkstream{
		w("on track", koop.WorkstreamOnTrack, &high, 5),
		w("risk low", koop.WorkstreamAtRisk, &low, 0),
		w("risk none", koop.WorkstreamAtRisk, nil, 9),
		w("done", koop.WorkstreamDone, nil, 0),
		w("off none", koop.WorkstreamOffTrack, nil, 0),
		w("risk high b", koop.WorkstreamAtRisk, &high, 1),
		w("risk high a", koop.WorkstreamAtRisk, &high, 1),
		w("risk high more overdue", koop.WorkstreamAtRisk, &high, 3),
		w("off high", koop.WorkstreamOffTrack, &high, 0),
		w("paused", koop.WorkstreamPaused, nil, 2),
		w("proposed", koop.WorkstreamProposed, nil, 0),
	}
	var got []string
	for _, x := range koop.WorkstreamsAtRisk(list) {
		got = append(got, x.ID)
	}
	want := []string{"off high", "off none", "risk high more overdue", "risk high a", "risk high b", "risk low", "risk none"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("order (-want +got):\n%s", diff)
	}
	if got := koop.WorkstreamsAtRisk(nil); got == nil || len(got) != 0 {
		t.Errorf("no workstreams: %v, want an empty list", got)
	}
}

// A KPI is off target when KpiProgress says BEHIND, or it has no data and its target day is near.
func TestKpiOffTarget(t *testing.T) {
	today := time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC)
	on := func(s string) *time.Time {
		d, _ := time.Parse(time.DateOnly, s)
		return &d
	}
	m := func(on string, v float64) *koop.Measurement {
		d, _ := time.Parse(time.DateOnly, on)
		return &koop.Measurement{MeasuredOn: d, Value: v}
	}
	tests := []struct {
		name string
		kpi  *koop.Kpi
		want bool
	}{
		{"behind the straight line", &koop.Kpi{Baseline: 0, Target: 100, BaselineOn: on("2026-01-01"), TargetOn: on("2027-01-01"),
			Measurements: []*koop.Measurement{m("2026-10-01", 20)}}, true},
		{"on track", &koop.Kpi{Baseline: 0, Target: 100, BaselineOn: on("2026-01-01"), TargetOn: on("2027-01-01"),
			Measurements: []*koop.Measurement{m("2026-10-01", 90)}}, false},
		{"achieved", &koop.Kpi{Baseline: 0, Target: 100, Measurements: []*koop.Measurement{m("2026-10-01", 120)}}, false},
		{"worse than the baseline without target day", &koop.Kpi{Baseline: 50, Target: 100, Measurements: []*koop.Measurement{m("2026-10-01", 40)}}, true},
		{"lower is better, behind", &koop.Kpi{Baseline: 100, Target: 0, Direction: koop.LowerIsBetter, BaselineOn: on("2026-01-01"), TargetOn: on("2026-12-31"),
			Measurements: []*koop.Measurement{m("2026-11-01", 90)}}, true},
		{"no data, target day far", &koop.Kpi{Baseline: 0, Target: 100, TargetOn: on("2027-12-31")}, false},
		{"no data, target day near", &koop.Kpi{Baseline: 0, Target: 100, TargetOn: on("2027-01-31")}, true},
		{"no data, target day past", &koop.Kpi{Baseline: 0, Target: 100, TargetOn: on("2026-06-30")}, true},
		{"no data, no target day", &koop.Kpi{Baseline: 0, Target: 100}, false},
	}
	for _, tt := range tests {
		koop.KpiProgress(tt.kpi)
		if got := koop.KpiOffTarget(tt.kpi, today); got != tt.want {
			t.Errorf("%s (state %s): off target %v, want %v", tt.name, tt.kpi.State, got, tt.want)
		}
	}
}

// NewDashboardKpi carries the latest value and the state KpiProgress computed.
func TestNewDashboardKpi(t *testing.T) {
	k := &koop.Kpi{ID: "k", Name: "Besucher", Unit: "Personen", Baseline: 0, Target: 200,
		Subject:      &koop.KpiSubject{Kind: koop.KpiOfEventSeries, ID: "s", Title: "Neujahrsempfang"},
		Measurements: []*koop.Measurement{{Value: 10}, {Value: 50}}}
	koop.KpiProgress(k)
	d := koop.NewDashboardKpi(k)
	p := 0.25
	v := 50.0
	want := &koop.DashboardKpi{ID: "k", Name: "Besucher", Unit: "Personen", Subject: k.Subject, LatestValue: &v, Target: 200, Progress: &p, State: koop.KpiOnTrack}
	if diff := cmp.Diff(want, d); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if d := koop.NewDashboardKpi(&koop.Kpi{State: koop.KpiNoData}); d.LatestValue != nil || d.Progress != nil {
		t.Errorf("no data: %+v", d)
	}
}

// Open commitments: those of agreements in force this year whose standing this year is not FULFILLED.
func TestOpenCommitments(t *testing.T) {
	day := func(s string) *time.Time {
		d, _ := time.Parse(time.DateOnly, s)
		return &d
	}
	years := func(status2025, status2026 koop.CommitmentStatus) []*koop.CommitmentYear {
		return []*koop.CommitmentYear{{Year: 2025, Status: status2025, Reason: "2025"}, {Year: 2026, Status: status2026, Reason: "Grund 2026"}}
	}
	current := &koop.Agreement{ID: "a", Status: koop.AgreementSigned, ValidFrom: *day("2022-01-01"), ValidUntil: day("2026-10-31"),
		Commitments: []*koop.Commitment{
			{ID: "done", Title: "Dinner", Years: years(koop.CommitmentAtRisk, koop.CommitmentFulfilled)},
			{ID: "open", Title: "Messe", Years: years(koop.CommitmentFulfilled, koop.CommitmentOpen)},
			{ID: "risk", Title: "Klausur", Years: years(koop.CommitmentFulfilled, koop.CommitmentAtRisk)},
		}}
	successor := &koop.Agreement{ID: "b", Status: koop.AgreementSigned, ValidFrom: *day("2026-11-01"),
		Commitments: []*koop.Commitment{{ID: "next", Title: "Preis", Years: []*koop.CommitmentYear{{Year: 2026, Status: koop.CommitmentOpen, Reason: "In Arbeit."}}}}}
	draft := &koop.Agreement{ID: "d", Status: koop.AgreementDraft, ValidFrom: *day("2026-01-01"),
		Commitments: []*koop.Commitment{{ID: "draft", Title: "Entwurf", Years: years(koop.CommitmentOpen, koop.CommitmentOpen)}}}
	old := &koop.Agreement{ID: "o", Status: koop.AgreementSigned, ValidFrom: *day("2018-01-01"), ValidUntil: day("2021-12-31"),
		Commitments: []*koop.Commitment{{ID: "old", Title: "Alt", Years: []*koop.CommitmentYear{{Year: 2021, Status: koop.CommitmentAtRisk}}}}}
	future := &koop.Agreement{ID: "f", Status: koop.AgreementSigned, ValidFrom: *day("2027-01-01"),
		Commitments: []*koop.Commitment{{ID: "future", Title: "Später", Years: []*koop.CommitmentYear{{Year: 2027, Status: koop.CommitmentOpen}}}}}
	got := koop.OpenCommitments([]*koop.Agreement{successor, draft, current, old, future}, 2026)
	want := []*koop.DashboardCommitment{
		{ID: "next", AgreementID: "b", Title: "Preis", Status: koop.CommitmentOpen, Reason: "In Arbeit."},
		{ID: "open", AgreementID: "a", Title: "Messe", Status: koop.CommitmentOpen, Reason: "Grund 2026"},
		{ID: "risk", AgreementID: "a", Title: "Klausur", Status: koop.CommitmentAtRisk, Reason: "Grund 2026"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if got := koop.OpenCommitments(nil, 2026); got == nil || len(got) != 0 {
		t.Errorf("no agreements: %v, want an empty list", got)
	}
}
