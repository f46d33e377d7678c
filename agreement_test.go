package koop_test

import (
	"testing"
	"time"

	"github.com/koop-lichtenberg/koop"
)

// How a commitment stands in a year, from the measures linked for it. Today is 25 November 2026.
func TestCommitmentYearStatus(t *testing.T) {
	today := time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC)
	f := func(state koop.FulfilmentState) *koop.Fulfilment {
		return &koop.Fulfilment{Title: "Wirtschaftsdinner", State: state}
	}
	tests := []struct {
		name            string
		year            int
		recurring       bool
		fulfilledBefore bool
		fs              []*koop.Fulfilment
		want            koop.CommitmentStatus
	}{
		{"held event in a past year", 2024, true, false, []*koop.Fulfilment{f(koop.FulfilmentDone)}, koop.CommitmentFulfilled},
		{"held event this year", 2026, true, false, []*koop.Fulfilment{f(koop.FulfilmentDone)}, koop.CommitmentFulfilled},
		{"one done among cancelled ones", 2025, true, false, []*koop.Fulfilment{f(koop.FulfilmentVoid), f(koop.FulfilmentDone)}, koop.CommitmentFulfilled},
		{"planned event this year", 2026, true, false, []*koop.Fulfilment{f(koop.FulfilmentUnderWay)}, koop.CommitmentOpen},
		{"planned and troubled this year", 2026, true, false, []*koop.Fulfilment{f(koop.FulfilmentTroubled), f(koop.FulfilmentUnderWay)}, koop.CommitmentOpen},
		{"nothing in a past year", 2025, true, false, nil, koop.CommitmentAtRisk},
		{"planned but never held in a past year", 2025, true, false, []*koop.Fulfilment{f(koop.FulfilmentUnderWay)}, koop.CommitmentAtRisk},
		{"nothing this year", 2026, true, false, nil, koop.CommitmentAtRisk},
		{"only a troubled workstream this year", 2026, true, false, []*koop.Fulfilment{f(koop.FulfilmentTroubled)}, koop.CommitmentAtRisk},
		{"only cancelled this year", 2026, true, false, []*koop.Fulfilment{f(koop.FulfilmentVoid)}, koop.CommitmentAtRisk},
		{"nothing in a coming year", 2027, true, false, nil, koop.CommitmentOpen},
		{"troubled in a coming year", 2027, true, false, []*koop.Fulfilment{f(koop.FulfilmentTroubled)}, koop.CommitmentOpen},
		{"one-off fulfilled in an earlier year", 2026, false, true, nil, koop.CommitmentFulfilled},
		{"one-off fulfilled earlier, a past year", 2025, false, true, nil, koop.CommitmentFulfilled},
		{"recurring fulfilled earlier still needs this year", 2025, true, true, nil, koop.CommitmentAtRisk},
		{"one-off not yet fulfilled, a coming year", 2027, false, false, nil, koop.CommitmentOpen},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, reason := koop.CommitmentYearStatus(tt.year, today, tt.recurring, tt.fulfilledBefore, tt.fs)
			if got != tt.want {
				t.Errorf("status %s (%s), want %s", got, reason, tt.want)
			}
			if reason == "" {
				t.Error("no reason given")
			}
		})
	}
}
