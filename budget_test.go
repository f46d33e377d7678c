package koop_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/koop-lichtenberg/koop"
)

func intp(v int) *int { return &v }

func TestSplitCentsAddsUpExactly(t *testing.T) {
	for _, tc := range []struct {
		name    string
		total   int
		weights []int
		want    []int
	}{
		{"1 cent three ways by percent", 1, []int{3333, 3333, 3334}, []int{0, 0, 1}},
		{"1 cent three equal ways goes to the first", 1, []int{1, 1, 1}, []int{1, 0, 0}},
		{"2 cents three equal ways", 2, []int{1, 1, 1}, []int{1, 1, 0}},
		{"100 € 40/60", 10000, []int{4000, 6000}, []int{4000, 6000}},
		{"10,01 € 40/60", 1001, []int{4000, 6000}, []int{400, 601}},
		{"100 € by thirds", 10000, []int{3333, 3333, 3334}, []int{3333, 3333, 3334}},
		{"33,33 € by thirds", 3333, []int{3333, 3333, 3334}, []int{1111, 1111, 1111}},
		{"largest remainder wins", 10, []int{1500, 3500, 5000}, []int{2, 3, 5}},
		{"proportional to amounts", 1200, []int{500, 300, 200}, []int{600, 360, 240}},
		{"zero weights split evenly", 5, []int{0, 0}, []int{3, 2}},
		{"a zero weight gets nothing", 999, []int{0, 10000}, []int{0, 999}},
		{"nothing to split", 0, []int{4000, 6000}, []int{0, 0}},
		{"no partners", 500, []int{}, []int{}},
		{"ten million euros by thirds", koop.MaxBudgetCents, []int{3333, 3333, 3334}, []int{333300000, 333300000, 333400000}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := koop.SplitCents(tc.total, tc.weights)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("SplitCents(%d, %v) (-want +got):\n%s", tc.total, tc.weights, diff)
			}
			sum := 0
			for _, p := range got {
				sum += p
			}
			if len(got) > 0 && sum != tc.total {
				t.Errorf("parts add up to %d, want %d", sum, tc.total)
			}
		})
	}
}

func TestCheckShares(t *testing.T) {
	ba, wkhl := "ba", "wkhl"
	for _, tc := range []struct {
		name    string
		mode    koop.BudgetShareMode
		planned int
		shares  []*koop.BudgetShareInput
		field   string // "" means valid
	}{
		{"percent 40/60", koop.SharePercent, 100000, []*koop.BudgetShareInput{{PartnerID: ba, BasisPoints: intp(4000)}, {PartnerID: wkhl, BasisPoints: intp(6000)}}, ""},
		{"percent with two decimals", koop.SharePercent, 100, []*koop.BudgetShareInput{{PartnerID: ba, BasisPoints: intp(3333)}, {PartnerID: wkhl, BasisPoints: intp(6667)}}, ""},
		{"percent 40/50", koop.SharePercent, 100000, []*koop.BudgetShareInput{{PartnerID: ba, BasisPoints: intp(4000)}, {PartnerID: wkhl, BasisPoints: intp(5000)}}, "shares"},
		{"percent over 100", koop.SharePercent, 100000, []*koop.BudgetShareInput{{PartnerID: ba, BasisPoints: intp(4000)}, {PartnerID: wkhl, BasisPoints: intp(6001)}}, "shares"},
		{"negative percent", koop.SharePercent, 100000, []*koop.BudgetShareInput{{PartnerID: ba, BasisPoints: intp(-1000)}, {PartnerID: wkhl, BasisPoints: intp(11000)}}, "shares.0.basisPoints"},
		{"percent missing", koop.SharePercent, 100000, []*koop.BudgetShareInput{{PartnerID: ba, AmountCents: intp(100000)}}, "shares.0.basisPoints"},
		{"partner twice", koop.SharePercent, 100000, []*koop.BudgetShareInput{{PartnerID: ba, BasisPoints: intp(5000)}, {PartnerID: ba, BasisPoints: intp(5000)}}, "shares.1.partnerId"},
		{"no shares", koop.SharePercent, 100000, nil, "shares"},
		{"amounts add up", koop.ShareAmount, 123450, []*koop.BudgetShareInput{{PartnerID: ba, AmountCents: intp(100000)}, {PartnerID: wkhl, AmountCents: intp(23450)}}, ""},
		{"amounts short", koop.ShareAmount, 123450, []*koop.BudgetShareInput{{PartnerID: ba, AmountCents: intp(100000)}, {PartnerID: wkhl, AmountCents: intp(22200)}}, "shares"},
		{"amounts too much", koop.ShareAmount, 123450, []*koop.BudgetShareInput{{PartnerID: ba, AmountCents: intp(100000)}, {PartnerID: wkhl, AmountCents: intp(23451)}}, "shares"},
		{"negative amount", koop.ShareAmount, 0, []*koop.BudgetShareInput{{PartnerID: ba, AmountCents: intp(-5)}, {PartnerID: wkhl, AmountCents: intp(5)}}, "shares.0.amountCents"},
		{"zero planned, zero amounts", koop.ShareAmount, 0, []*koop.BudgetShareInput{{PartnerID: ba, AmountCents: intp(0)}}, ""},
		{"unknown mode", koop.BudgetShareMode("HALF"), 100, []*koop.BudgetShareInput{{PartnerID: ba, BasisPoints: intp(10000)}}, "shareMode"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := koop.CheckShares(tc.mode, tc.planned, tc.shares)
			if koop.ErrorField(err) != tc.field || (tc.field != "" && koop.ErrorCode(err) != koop.EINVALID) {
				t.Errorf("got %v, want field %q", err, tc.field)
			}
		})
	}
}

func TestFormatEuroAndPercent(t *testing.T) {
	for cents, want := range map[int]string{0: "0,00 €", 5: "0,05 €", 123450: "1.234,50 €", 100000000: "1.000.000,00 €", -1250: "-12,50 €"} {
		if got := koop.FormatEuro(cents); got != want {
			t.Errorf("FormatEuro(%d) = %q, want %q", cents, got, want)
		}
	}
	for bp, want := range map[int]string{10000: "100 %", 9000: "90 %", 3350: "33,5 %", 3333: "33,33 %", 5: "0,05 %"} {
		if got := koop.FormatPercent(bp); got != want {
			t.Errorf("FormatPercent(%d) = %q, want %q", bp, got, want)
		}
	}
}

// A line's parts add up to the line; the event's partner totals add up to the event totals.
func TestTallyEventBudget(t *testing.T) {
	ba, wkhl := &koop.Partner{ID: "ba"}, &koop.Partner{ID: "wkhl"}
	b := &koop.EventBudget{
		Lines: []*koop.BudgetLine{
			{ShareMode: koop.SharePercent, PlannedCents: 1000001, ActualCents: intp(999999), Shares: []*koop.BudgetShare{
				{PartnerID: "ba", BasisPoints: intp(4000)}, {PartnerID: "wkhl", BasisPoints: intp(6000)}}},
			{ShareMode: koop.ShareAmount, PlannedCents: 30000, Shares: []*koop.BudgetShare{
				{PartnerID: "ba", AmountCents: intp(10000)}, {PartnerID: "wkhl", AmountCents: intp(20000)}}},
			{ShareMode: koop.ShareAmount, PlannedCents: 30000, ActualCents: intp(1), Shares: []*koop.BudgetShare{
				{PartnerID: "ba", AmountCents: intp(10000)}, {PartnerID: "wkhl", AmountCents: intp(20000)}}},
		},
		Sponsorships: []*koop.Sponsorship{{Kind: koop.SponsorshipMoney, AmountCents: 100001}, {Kind: koop.SponsorshipInKind, AmountCents: 50000}},
	}
	b.Tally([]*koop.Partner{ba, wkhl})
	l := b.Lines[0]
	if l.Shares[0].PlannedCents != 400000 || l.Shares[1].PlannedCents != 600001 || *l.Shares[0].ActualCents != 400000 || *l.Shares[1].ActualCents != 599999 {
		t.Errorf("percent line parts: %d/%d planned, %d/%d actual", l.Shares[0].PlannedCents, l.Shares[1].PlannedCents, *l.Shares[0].ActualCents, *l.Shares[1].ActualCents)
	}
	if b.Lines[1].Shares[0].ActualCents != nil {
		t.Error("a line without actual amount has actual parts")
	}
	if a, c := *b.Lines[2].Shares[0].ActualCents, *b.Lines[2].Shares[1].ActualCents; a+c != 1 || c != 1 {
		t.Errorf("1 cent actual split by amounts 1:2: %d/%d", a, c)
	}
	if b.PlannedCents != 1060001 || b.ActualCents != 1000000 || b.SponsorshipCents != 100001 || b.InKindCents != 50000 {
		t.Errorf("totals %+v", b)
	}
	// cost: 999999 (actual) + 30000 (planned only) + 1 (actual) = 1030000, minus 100001 money
	if b.NetCents != 929999 {
		t.Errorf("net %d, want 929999", b.NetCents)
	}
	var planned, actual, sponsor, net int
	for _, p := range b.Partners {
		planned += p.PlannedCents
		actual += p.ActualCents
		sponsor += p.SponsorshipCents
		net += p.NetCents
	}
	if planned != b.PlannedCents || actual != b.ActualCents || sponsor != b.SponsorshipCents || net != b.NetCents {
		t.Errorf("partner totals %d/%d/%d/%d do not add up to the event's %d/%d/%d/%d", planned, actual, sponsor, net, b.PlannedCents, b.ActualCents, b.SponsorshipCents, b.NetCents)
	}
	if koop.PermEditBudget == koop.PermViewBudget || !koop.RoleViewer.Can(koop.PermViewBudget) || koop.RoleViewer.Can(koop.PermEditBudget) ||
		koop.RoleExternal.Can(koop.PermViewBudget) || !koop.RoleCoordinator.Can(koop.PermEditBudget) || koop.RoleMember.Can(koop.PermEditBudget) {
		t.Error("budget permissions differ from the policy: ADMIN/COORDINATOR edit, MEMBER/VIEWER read, EXTERNAL nothing")
	}
}
