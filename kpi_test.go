package koop_test

import (
	"math"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/koop-lichtenberg/koop"
)

func kpiDate(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

// kpiWith returns a KPI with measurements given as "2026-03-01=150".
func kpiWith(direction koop.KpiDirection, baseline, target float64, baselineOn, targetOn string, values ...string) *koop.Kpi {
	k := &koop.Kpi{Direction: direction, Baseline: baseline, Target: target}
	if baselineOn != "" {
		d := kpiDate(baselineOn)
		k.BaselineOn = &d
	}
	if targetOn != "" {
		d := kpiDate(targetOn)
		k.TargetOn = &d
	}
	for _, v := range values {
		day, number, _ := strings.Cut(v, "=")
		value, err := strconv.ParseFloat(number, 64)
		if err != nil {
			panic(err)
		}
		k.Measurements = append(k.Measurements, &koop.Measurement{MeasuredOn: kpiDate(day), Value: value})
	}
	return k
}

func TestKpiProgress(t *testing.T) {
	for _, c := range []struct {
		name     string
		kpi      *koop.Kpi
		progress float64 // NaN: none
		state    koop.KpiState
		latest   float64
	}{
		{"nothing measured", kpiWith(koop.HigherIsBetter, 100, 200, "", ""), math.NaN(), koop.KpiNoData, math.NaN()},
		{"target reached", kpiWith(koop.HigherIsBetter, 100, 200, "", "2027-01-01", "2026-03-01=200"), 1, koop.KpiAchieved, 200},
		{"target exceeded", kpiWith(koop.HigherIsBetter, 100, 200, "", "", "2026-03-01=250"), 1.5, koop.KpiAchieved, 250},
		{"less is better, half way, no target date", kpiWith(koop.LowerIsBetter, 12, 6, "", "", "2026-03-01=9"), 0.5, koop.KpiOnTrack, 9},
		{"less is better, worse than the baseline", kpiWith(koop.LowerIsBetter, 12, 6, "", "", "2026-03-01=14"), -1.0 / 3, koop.KpiBehind, 14},
		{"less is better, reached", kpiWith(koop.LowerIsBetter, 12, 6, "", "2026-12-31", "2026-03-01=5.5"), 13.0 / 12, koop.KpiAchieved, 5.5},
		{"no target date, still at the baseline", kpiWith(koop.HigherIsBetter, 100, 200, "", "", "2026-03-01=100"), 0, koop.KpiOnTrack, 100},
		// From 1 January 2026 to 1 January 2027, on 2 July 2026 a straight line is at 182/365 ≈ 0.4986.
		{"ahead of the line", kpiWith(koop.HigherIsBetter, 100, 200, "2026-01-01", "2027-01-01", "2026-07-02=150"), 0.5, koop.KpiOnTrack, 150},
		{"behind the line", kpiWith(koop.HigherIsBetter, 100, 200, "2026-01-01", "2027-01-01", "2026-07-02=149"), 0.49, koop.KpiBehind, 149},
		{"less is better, behind the line", kpiWith(koop.LowerIsBetter, 12, 6, "2026-01-01", "2027-01-01", "2026-07-02=9.1"), 2.9 / 6, koop.KpiBehind, 9.1},
		// Without a baseline date the line starts at the first measurement.
		{"line from the first measurement", kpiWith(koop.HigherIsBetter, 100, 200, "", "2027-01-01", "2026-01-01=100", "2026-07-02=140"), 0.4, koop.KpiBehind, 140},
		{"past the target date, not reached", kpiWith(koop.HigherIsBetter, 100, 200, "2026-01-01", "2027-01-01", "2027-03-01=190"), 0.9, koop.KpiBehind, 190},
		{"measured before the baseline date", kpiWith(koop.HigherIsBetter, 100, 200, "2026-01-01", "2027-01-01", "2025-12-01=100"), 0, koop.KpiOnTrack, 100},
		// The newest value counts, not the best one.
		{"the latest value counts", kpiWith(koop.HigherIsBetter, 100, 200, "", "", "2026-01-01=210", "2026-02-01=90"), -0.1, koop.KpiBehind, 90},
	} {
		t.Run(c.name, func(t *testing.T) {
			// Stale results from before are replaced.
			c.kpi.State, c.kpi.Latest = koop.KpiAchieved, &koop.Measurement{Value: -1}
			koop.KpiProgress(c.kpi)
			if c.kpi.State != c.state {
				t.Errorf("state %s, want %s", c.kpi.State, c.state)
			}
			switch {
			case math.IsNaN(c.progress):
				if c.kpi.Progress != nil {
					t.Errorf("progress %v, want none", *c.kpi.Progress)
				}
			case c.kpi.Progress == nil:
				t.Errorf("no progress, want %v", c.progress)
			case math.Abs(*c.kpi.Progress-c.progress) > 1e-9:
				t.Errorf("progress %v, want %v", *c.kpi.Progress, c.progress)
			}
			switch {
			case math.IsNaN(c.latest):
				if c.kpi.Latest != nil {
					t.Errorf("latest %+v, want none", c.kpi.Latest)
				}
			case c.kpi.Latest == nil || c.kpi.Latest.Value != c.latest:
				t.Errorf("latest %+v, want %v", c.kpi.Latest, c.latest)
			}
		})
	}
}
