package koop_test

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/koop-lichtenberg/koop"
)

func reportDay(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestCheckReportYear(t *testing.T) {
	for _, tc := range []struct {
		year int
		code string
	}{{1999, koop.EINVALID}, {2000, ""}, {2026, ""}, {2100, ""}, {2101, koop.EINVALID}, {0, koop.EINVALID}} {
		err := koop.CheckReportYear(tc.year)
		if koop.ErrorCode(err) != tc.code {
			t.Errorf("%d: %v, want %q", tc.year, err, tc.code)
		}
		if err != nil && koop.ErrorField(err) != "year" {
			t.Errorf("%d: field %q", tc.year, koop.ErrorField(err))
		}
	}
}

func TestReportPeriod(t *testing.T) {
	// the running year is read as of today, a past one as of 31 December
	running := koop.NewReportPeriod(2026, reportDay("2026-11-25"))
	if !running.AsOf.Equal(reportDay("2026-11-25")) {
		t.Errorf("running year as of %v", running.AsOf)
	}
	past := koop.NewReportPeriod(2025, reportDay("2026-11-25"))
	if !past.AsOf.Equal(reportDay("2025-12-31")) {
		t.Errorf("past year as of %v", past.AsOf)
	}
	// the year in Berlin: New Year's Eve 23:30 in Berlin is 22:30 UTC of the same year
	eve := time.Date(2025, 12, 31, 22, 30, 0, 0, time.UTC)
	if !eve.Before(past.Until) || !running.From.After(eve) {
		t.Errorf("boundaries: %v – %v", past.From, past.Until)
	}
	if newYear := time.Date(2025, 12, 31, 23, 30, 0, 0, time.UTC); newYear.Before(past.Until) {
		t.Errorf("00:30 on 1 January in Berlin counted to the year before")
	}
	for d, want := range map[string]bool{"2024-12-31": false, "2025-01-01": true, "2025-12-31": true, "2026-01-01": false} {
		if past.Contains(reportDay(d)) != want {
			t.Errorf("Contains(%s) = %v", d, !want)
		}
	}
}

func TestReportKpiAsOf(t *testing.T) {
	target := reportDay("2027-12-31")
	k := &koop.Kpi{ID: "k", Name: "Teilnehmende", Unit: "Personen", Baseline: 100, Target: 200, TargetOn: &target,
		BaselineOn: ptr(reportDay("2025-01-01")), Subject: &koop.KpiSubject{Kind: koop.KpiOfGoal, ID: "g", Title: "1 Ziel"},
		Measurements: []*koop.Measurement{
			{MeasuredOn: reportDay("2025-06-30"), Value: 110},
			{MeasuredOn: reportDay("2025-12-31"), Value: 180},
			{MeasuredOn: reportDay("2026-03-01"), Value: 90},
		}}
	got := koop.ReportKpiAsOf(k, reportDay("2025-12-31"))
	on := reportDay("2025-12-31")
	want := &koop.ReportKpi{ID: "k", Name: "Teilnehmende", Unit: "Personen", Subject: k.Subject, Baseline: 100, Value: ptr(180.0),
		MeasuredOn: &on, Target: 200, TargetOn: &target, State: koop.KpiOnTrack}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("end of 2025 (-want +got):\n%s", d)
	}
	// the same KPI a year later is behind: KpiProgress decides, on the later value
	if got := koop.ReportKpiAsOf(k, reportDay("2026-12-31")); got.State != koop.KpiBehind || *got.Value != 90 {
		t.Errorf("end of 2026: %v %v", got.State, *got.Value)
	}
	if got := koop.ReportKpiAsOf(k, reportDay("2024-12-31")); got.State != koop.KpiNoData || got.Value != nil || got.MeasuredOn != nil {
		t.Errorf("before any measurement: %+v", got)
	}
	if len(k.Measurements) != 3 || k.Latest != nil {
		t.Errorf("the KPI was changed")
	}
}

func TestReportCommitmentIn(t *testing.T) {
	k := &koop.Commitment{ID: "c", Title: "Wirtschaftsdinner fortführen", Years: []*koop.CommitmentYear{
		{Year: 2025, Status: koop.CommitmentAtRisk, Fulfilments: []*koop.Fulfilment{}},
		{Year: 2026, Status: koop.CommitmentFulfilled, Fulfilments: []*koop.Fulfilment{
			{Title: "Dinner (abgesagt)", State: koop.FulfilmentVoid},
			{Title: "Wirtschaftsdinner 2026", State: koop.FulfilmentDone},
		}},
	}}
	got, ok := koop.ReportCommitmentIn(k, 2026)
	want := &koop.ReportCommitment{ID: "c", Title: "Wirtschaftsdinner fortführen", Status: koop.CommitmentFulfilled,
		FulfilledBy: []string{"Wirtschaftsdinner 2026"}}
	if d := cmp.Diff(want, got); !ok || d != "" {
		t.Errorf("2026 (-want +got):\n%s", d)
	}
	if got, ok := koop.ReportCommitmentIn(k, 2025); !ok || got.Status != koop.CommitmentAtRisk || len(got.FulfilledBy) != 0 {
		t.Errorf("2025: %+v", got)
	}
	if _, ok := koop.ReportCommitmentIn(k, 2024); ok {
		t.Errorf("a year the agreement does not cover")
	}
}

func TestAnnualReportFinish(t *testing.T) {
	p := koop.NewReportPeriod(2026, reportDay("2026-11-25"))
	lastYear := reportDay("2025-12-01")
	thisYear := reportDay("2026-02-01")
	partner := &koop.Partner{ID: "p"}
	for _, tc := range []struct {
		name      string
		r         koop.AnnualReport
		empty     bool
		guests    int
		kpisAfter int
	}{
		{name: "nothing", r: koop.AnnualReport{
			Budget: []*koop.ReportBudgetPartner{{Partner: partner}}, Kpis: []*koop.ReportKpi{{ID: "k", MeasuredOn: &lastYear}},
			Commitments: []*koop.ReportCommitment{{ID: "c"}}}, empty: true},
		{name: "events", r: koop.AnnualReport{Events: []*koop.ReportEvent{{SeatsAttended: 12}, {SeatsAttended: 30}}}, guests: 42},
		{name: "award", r: koop.AnnualReport{Awards: []*koop.ReportAward{{CycleID: "y"}}}},
		{name: "retreat", r: koop.AnnualReport{Retreat: &koop.ReportRetreat{ID: "r"}}},
		{name: "workstream", r: koop.AnnualReport{Workstreams: []*koop.ReportWorkstream{{ID: "w"}}}},
		{name: "measurement", r: koop.AnnualReport{Kpis: []*koop.ReportKpi{{ID: "k", MeasuredOn: &thisYear}}}, kpisAfter: 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := tc.r
			r.Finish(p)
			if r.Empty != tc.empty || r.TotalGuests != tc.guests || len(r.Kpis) != tc.kpisAfter {
				t.Errorf("empty %v, guests %d, %d KPIs", r.Empty, r.TotalGuests, len(r.Kpis))
			}
			if r.Empty && (len(r.Budget)+len(r.Commitments)+len(r.Events)+len(r.Awards)+len(r.Workstreams) != 0 || r.Budget == nil) {
				t.Errorf("an empty report keeps lists: %+v", r)
			}
		})
	}
}

func TestReportFileName(t *testing.T) {
	wkhl := &koop.Partner{Organisation: &koop.Organisation{Name: "Wirtschaftskreis Hohenschönhausen-Lichtenberg", ShortName: "WKHL"}}
	noShort := &koop.Partner{Organisation: &koop.Organisation{Name: "Bezirksamt Lichtenberg"}}
	for _, tc := range []struct {
		partner *koop.Partner
		want    string
	}{{nil, "jahresbericht-2026.csv"}, {wkhl, "jahresbericht-2026-wkhl.csv"}, {noShort, "jahresbericht-2026-bezirksamt-lichtenberg.csv"}} {
		if got := koop.ReportFileName(2026, tc.partner); got != tc.want {
			t.Errorf("%q, want %q", got, tc.want)
		}
	}
}
