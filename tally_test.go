package koop_test

import (
	"fmt"
	"hash/fnv"
	"math"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/koop-lichtenberg/koop"
)

func TestRational(t *testing.T) {
	tests := []struct {
		num, den int64
		want     koop.Rational
		str      string
	}{
		{29, 4, koop.Rational{Num: 29, Den: 4}, "7,25"},
		{6, -4, koop.Rational{Num: -3, Den: 2}, "-1,50"},
		{-6, -4, koop.Rational{Num: 3, Den: 2}, "1,50"},
		{0, -7, koop.Rational{Num: 0, Den: 1}, "0,00"},
		{2, 3, koop.Rational{Num: 2, Den: 3}, "0,67"},
		{-1, 3, koop.Rational{Num: -1, Den: 3}, "-0,33"},
		{1, 200, koop.Rational{Num: 1, Den: 200}, "0,01"}, // half away from zero
		{-1, 1000, koop.Rational{Num: -1, Den: 1000}, "0,00"},
		{3000, 3, koop.Rational{Num: 1000, Den: 1}, "1000,00"},
		{math.MinInt64, math.MinInt64, koop.Rational{Num: 1, Den: 1}, "1,00"},
		{math.MinInt64, 2, koop.Rational{Num: math.MinInt64 / 2, Den: 1}, "-4611686018427387904,00"},
	}
	for _, tt := range tests {
		got := koop.NewRational(tt.num, tt.den)
		if got != tt.want {
			t.Errorf("NewRational(%d, %d) = %+v, want %+v", tt.num, tt.den, got, tt.want)
		}
		if got.String() != tt.str {
			t.Errorf("NewRational(%d, %d).String() = %q, want %q", tt.num, tt.den, got.String(), tt.str)
		}
	}
	if got := (koop.Rational{}).String(); got != "0,00" {
		t.Errorf("zero value String() = %q, want 0,00", got)
	}
	if got := koop.NewRational(29, 4).Float(); got != 7.25 {
		t.Errorf("Float() = %v, want 7.25", got)
	}

	// Cmp is exact where float64 is not: these differ by about 1e-37.
	big1 := koop.NewRational(math.MaxInt64, math.MaxInt64-1)
	big2 := koop.NewRational(math.MaxInt64-1, math.MaxInt64-2)
	if big1.Float() != big2.Float() {
		t.Fatalf("test premise: the floats should be equal")
	}
	cmps := []struct {
		a, b koop.Rational
		want int
	}{
		{big1, big2, -1},
		{big2, big1, 1},
		{big1, big1, 0},
		{koop.NewRational(-math.MaxInt64, math.MaxInt64-1), koop.NewRational(-(math.MaxInt64 - 1), math.MaxInt64-2), 1},
		{koop.NewRational(1, 3), koop.NewRational(2, 6), 0},
		{koop.NewRational(-1, 3), koop.NewRational(1, 3), -1},
		{koop.NewRational(0, 3), koop.NewRational(-1, 3), 1},
		{koop.Rational{}, koop.NewRational(0, 5), 0},
		{koop.NewRational(math.MinInt64, 1), koop.NewRational(math.MaxInt64, 1), -1},
		{koop.NewRational(math.MinInt64, 1), koop.NewRational(math.MinInt64+1, 1), -1},
	}
	for _, c := range cmps {
		if got := c.a.Cmp(c.b); got != c.want {
			t.Errorf("%+v.Cmp(%+v) = %d, want %d", c.a, c.b, got, c.want)
		}
	}

	defer func() {
		if recover() == nil {
			t.Errorf("NewRational(1, 0) did not panic")
		}
	}()
	koop.NewRational(1, 0)
}

const cat = "Kleinunternehmen"

// crits are criteria with range 0–10 and the given weights, named c1, c2, …
func crits(weights ...int) []koop.TallyCriterion {
	out := make([]koop.TallyCriterion, len(weights))
	for i, w := range weights {
		out[i] = koop.TallyCriterion{ID: fmt.Sprintf("c%d", i+1), Weight: w, ScoreMin: 0, ScoreMax: 10}
	}
	return out
}

// noms are nominations of the category cat.
func noms(ids ...string) []koop.TallyNomination {
	out := make([]koop.TallyNomination, len(ids))
	for i, id := range ids {
		out[i] = koop.TallyNomination{ID: id, Category: cat}
	}
	return out
}

// ballot builds a ballot: scores[nomination] lists the scores of c1, c2, … in order.
func ballot(juror string, scores map[string][]int, conflicts ...string) koop.TallyBallot {
	b := koop.TallyBallot{JurorID: juror, Scores: map[string]map[string]int{}, Conflicts: map[string]bool{}}
	for nom, list := range scores {
		b.Scores[nom] = map[string]int{}
		for i, s := range list {
			b.Scores[nom][fmt.Sprintf("c%d", i+1)] = s
		}
	}
	for _, c := range conflicts {
		b.Conflicts[c] = true
	}
	return b
}

// single builds ballots of one criterion: perJuror[j][k] is juror j+1's score for ids[k].
func single(ids []string, perJuror ...[]int) []koop.TallyBallot {
	out := make([]koop.TallyBallot, len(perJuror))
	for j, scores := range perJuror {
		m := map[string][]int{}
		for k, id := range ids {
			m[id] = []int{scores[k]}
		}
		out[j] = ballot(fmt.Sprintf("j%d", j+1), m)
	}
	return out
}

type row struct {
	id      string
	rank    int
	decided koop.TieBreakStep
}

func rat(num, den int64) *koop.Rational {
	r := koop.NewRational(num, den)
	return &r
}

func TestTally(t *testing.T) {
	ab := []string{"A", "B"}
	// A has more top ranks (4 to 1) but the lower median (2 to 4); both means are 4.
	topVsMedian := single(ab, []int{10, 9}, []int{2, 1}, []int{2, 1}, []int{0, 5}, []int{6, 4})
	// Equal means (5) and top ranks (2 each); A's median 5,5 beats B's 5.
	medianOnly := single(ab, []int{9, 1}, []int{0, 9}, []int{5, 7}, []int{6, 3})
	// A and B score alike on every ballot, C is lower.
	abc := []string{"A", "B", "C"}
	twins := single(abc, []int{8, 8, 3}, []int{6, 6, 7}, []int{7, 7, 2})

	tests := []struct {
		name      string
		in        koop.TallyInput
		want      []row
		winnerTie []string
		check     func(t *testing.T, r koop.CategoryResult)
	}{
		{
			name: "clear winner",
			in: koop.TallyInput{Criteria: crits(1, 1), Nominations: noms("C", "A", "B"), Ballots: []koop.TallyBallot{
				ballot("j1", map[string][]int{"A": {8, 8}, "B": {5, 5}, "C": {2, 2}}),
				ballot("j2", map[string][]int{"A": {9, 7}, "B": {6, 4}, "C": {3, 1}}),
			}},
			want: []row{{"A", 1, koop.DecidedByMean}, {"B", 2, koop.DecidedByMean}, {"C", 3, koop.DecidedByMean}},
			check: func(t *testing.T, r koop.CategoryResult) {
				a := r.Ranking[0]
				if a.Mean.String() != "8,00" || a.Jurors != 2 || a.TopRanks != 2 || a.Median.String() != "8,00" {
					t.Errorf("A: mean %v, jurors %d, top ranks %d, median %v", a.Mean, a.Jurors, a.TopRanks, a.Median)
				}
				want := map[string]koop.Rational{"c1": koop.NewRational(17, 2), "c2": koop.NewRational(15, 2)}
				if diff := cmp.Diff(want, a.CriterionMeans); diff != "" {
					t.Errorf("A criterion means (-want +got):\n%s", diff)
				}
			},
		},
		{
			name: "equal weights: B wins",
			in: koop.TallyInput{Criteria: crits(1, 1), Nominations: noms("A", "B"), Ballots: []koop.TallyBallot{
				ballot("j1", map[string][]int{"A": {10, 0}, "B": {4, 10}}),
			}},
			want: []row{{"B", 1, koop.DecidedByMean}, {"A", 2, koop.DecidedByMean}},
		},
		{
			name: "weights change the winner",
			in: koop.TallyInput{Criteria: crits(3, 1), Nominations: noms("A", "B"), Ballots: []koop.TallyBallot{
				ballot("j1", map[string][]int{"A": {10, 0}, "B": {4, 10}}),
			}},
			want: []row{{"A", 1, koop.DecidedByMean}, {"B", 2, koop.DecidedByMean}},
			check: func(t *testing.T, r koop.CategoryResult) {
				if r.Ranking[0].Mean.String() != "7,50" || r.Ranking[1].Mean.String() != "5,50" {
					t.Errorf("means %v, %v; want 7,50 and 5,50", r.Ranking[0].Mean, r.Ranking[1].Mean)
				}
			},
		},
		{
			// Counted, j1's 10s would make A win with 6 against 4,67.
			name: "a conflicted juror's scores do not count",
			in: koop.TallyInput{Criteria: crits(1, 1), Nominations: noms("A", "B"), Ballots: []koop.TallyBallot{
				ballot("j1", map[string][]int{"A": {10, 10}, "B": {2, 2}}, "A"),
				ballot("j2", map[string][]int{"A": {4, 4}, "B": {6, 6}}),
				ballot("j3", map[string][]int{"A": {4, 4}, "B": {6, 6}}),
			}},
			want: []row{{"B", 1, koop.DecidedByMean}, {"A", 2, koop.DecidedByMean}},
			check: func(t *testing.T, r koop.CategoryResult) {
				b, a := r.Ranking[0], r.Ranking[1]
				if a.Jurors != 2 || b.Jurors != 3 || a.Mean.String() != "4,00" || b.Mean.Cmp(koop.NewRational(14, 3)) != 0 {
					t.Errorf("A: %d jurors, mean %v; B: %d jurors, mean %v", a.Jurors, a.Mean, b.Jurors, b.Mean)
				}
				// j1 is top on B: A does not count for j1.
				if a.TopRanks != 0 || b.TopRanks != 3 {
					t.Errorf("top ranks A %d, B %d; want 0 and 3", a.TopRanks, b.TopRanks)
				}
				want := koop.JurorScore{JurorID: "j1", Conflicted: true, Scores: map[string]int{}}
				if diff := cmp.Diff(want, a.Breakdown[0]); diff != "" {
					t.Errorf("A's breakdown for j1 (-want +got):\n%s", diff)
				}
			},
		},
		{
			name: "tie broken by top ranks",
			in:   koop.TallyInput{Criteria: crits(1), Nominations: noms("B", "A"), Ballots: topVsMedian, Rule: koop.TieBreakTopRanksMedianChair},
			want: []row{{"A", 1, koop.DecidedByTopRanks}, {"B", 2, koop.DecidedByMean}},
			check: func(t *testing.T, r koop.CategoryResult) {
				a, b := r.Ranking[0], r.Ranking[1]
				if a.Mean.Cmp(*b.Mean) != 0 || a.TopRanks != 4 || b.TopRanks != 1 || *a.Median != koop.NewRational(2, 1) || *b.Median != koop.NewRational(4, 1) {
					t.Errorf("premise: A mean %v top %d median %v; B mean %v top %d median %v", a.Mean, a.TopRanks, a.Median, b.Mean, b.TopRanks, b.Median)
				}
			},
		},
		{
			name: "MEDIAN_THEN_CHAIR ignores top ranks",
			in:   koop.TallyInput{Criteria: crits(1), Nominations: noms("A", "B"), Ballots: topVsMedian, Rule: koop.TieBreakMedianChair},
			want: []row{{"B", 1, koop.DecidedByMedian}, {"A", 2, koop.DecidedByMean}},
		},
		{
			name: "equal top ranks: median decides",
			in:   koop.TallyInput{Criteria: crits(1), Nominations: noms("B", "A"), Ballots: medianOnly, Rule: koop.TieBreakTopRanksMedianChair},
			want: []row{{"A", 1, koop.DecidedByMedian}, {"B", 2, koop.DecidedByMean}},
			check: func(t *testing.T, r koop.CategoryResult) {
				a, b := r.Ranking[0], r.Ranking[1]
				if a.Mean.Cmp(*b.Mean) != 0 || a.TopRanks != 2 || b.TopRanks != 2 || a.Median.String() != "5,50" || b.Median.String() != "5,00" {
					t.Errorf("premise: A mean %v top %d median %v; B mean %v top %d median %v", a.Mean, a.TopRanks, a.Median, b.Mean, b.TopRanks, b.Median)
				}
			},
		},
		{
			name: "median decides under MEDIAN_THEN_CHAIR",
			in:   koop.TallyInput{Criteria: crits(1), Nominations: noms("B", "A"), Ballots: medianOnly, Rule: koop.TieBreakMedianChair},
			want: []row{{"A", 1, koop.DecidedByMedian}, {"B", 2, koop.DecidedByMean}},
		},
		{
			name: "tie broken by casting vote",
			in:   koop.TallyInput{Criteria: crits(1), Nominations: noms(abc...), Ballots: twins, Rule: koop.TieBreakTopRanksMedianChair, CastingVote: []string{"X", "B", "A"}},
			want: []row{{"B", 1, koop.DecidedByCastingVote}, {"A", 2, koop.DecidedByMean}, {"C", 3, koop.DecidedByMean}},
		},
		{
			name: "casting vote under MEDIAN_THEN_CHAIR",
			in:   koop.TallyInput{Criteria: crits(1), Nominations: noms(abc...), Ballots: twins, Rule: koop.TieBreakMedianChair, CastingVote: []string{"B"}},
			want: []row{{"B", 1, koop.DecidedByCastingVote}, {"A", 2, koop.DecidedByMean}, {"C", 3, koop.DecidedByMean}},
		},
		{
			name:      "unresolved tie",
			in:        koop.TallyInput{Criteria: crits(1), Nominations: noms("C", "B", "A"), Ballots: twins, Rule: koop.TieBreakTopRanksMedianChair, CastingVote: []string{"C", "X"}},
			want:      []row{{"A", 1, koop.DecidedByNothing}, {"B", 1, koop.DecidedByMean}, {"C", 3, koop.DecidedByMean}},
			winnerTie: []string{"A", "B"},
		},
		{
			// The chair names only C: C wins; A and B, not listed, stay tied for second.
			name: "unlisted nominations stay tied",
			in: koop.TallyInput{Criteria: crits(1), Nominations: noms("A", "B", "C", "D"), Rule: koop.TieBreakMedianChair, CastingVote: []string{"C"},
				Ballots: single([]string{"A", "B", "C", "D"}, []int{5, 5, 5, 1}, []int{7, 7, 7, 2})},
			want: []row{{"C", 1, koop.DecidedByCastingVote}, {"A", 2, koop.DecidedByNothing}, {"B", 2, koop.DecidedByMean}, {"D", 4, koop.DecidedByMean}},
		},
		{
			// Nobody counts for C: it comes last, without a mean, and is no part of any tie.
			name: "unscored nominations rank last",
			in: koop.TallyInput{Criteria: crits(1), Nominations: noms("A", "B", "C", "D"), Rule: koop.TieBreakMedianChair, CastingVote: []string{"D", "C"},
				Ballots: []koop.TallyBallot{
					ballot("j1", map[string][]int{"A": {3}, "B": {3}, "C": {10}}, "C", "D"),
					ballot("j2", map[string][]int{"A": {3}, "B": {3}}, "C", "D"),
				}},
			want:      []row{{"A", 1, koop.DecidedByNothing}, {"B", 1, koop.DecidedByMean}, {"C", 3, koop.DecidedByNothing}, {"D", 3, koop.DecidedByMean}},
			winnerTie: []string{"A", "B"},
			check: func(t *testing.T, r koop.CategoryResult) {
				c := r.Ranking[2]
				if c.Mean != nil || c.Median != nil || c.Jurors != 0 || c.TopRanks != 0 || len(c.CriterionMeans) != 0 || len(c.Breakdown) != 2 {
					t.Errorf("C: %+v", c)
				}
			},
		},
		{
			// Documented: without any counted ballot there is no winner and no tie either.
			name: "nothing scored: all share rank 1, no winner tie",
			in: koop.TallyInput{Criteria: crits(1), Nominations: noms("B", "A"), Rule: koop.TieBreakMedianChair,
				Ballots: []koop.TallyBallot{ballot("j1", nil, "A", "B")}},
			want: []row{{"A", 1, koop.DecidedByNothing}, {"B", 1, koop.DecidedByMean}},
		},
		{
			name: "no ballots",
			in:   koop.TallyInput{Criteria: crits(1), Nominations: noms("A"), Rule: koop.TieBreakMedianChair},
			want: []row{{"A", 1, koop.DecidedByMean}},
		},
		{
			name: "no nominations",
			in:   koop.TallyInput{Criteria: crits(1), Rule: koop.TieBreakMedianChair, Ballots: []koop.TallyBallot{ballot("j1", nil)}},
			want: []row{},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := tt.in
			in.Categories = []string{cat}
			if in.Rule == "" {
				in.Rule = koop.TieBreakTopRanksMedianChair
			}
			res, err := koop.Tally(in)
			if err != nil {
				t.Fatalf("Tally: %v", err)
			}
			if len(res.Categories) != 1 || res.Categories[0].Category != cat {
				t.Fatalf("categories: %+v", res.Categories)
			}
			r := res.Categories[0]
			got := []row{}
			for _, n := range r.Ranking {
				got = append(got, row{n.NominationID, n.Rank, n.DecidedBy})
			}
			if diff := cmp.Diff(tt.want, got, cmp.AllowUnexported(row{})); diff != "" {
				t.Errorf("ranking (-want +got):\n%s", diff)
			}
			if tt.winnerTie == nil {
				tt.winnerTie = []string{}
			}
			if diff := cmp.Diff(tt.winnerTie, r.WinnerTie); diff != "" {
				t.Errorf("winner tie (-want +got):\n%s", diff)
			}
			if tt.check != nil {
				tt.check(t, r)
			}
		})
	}
}

// Top ranks are counted per category: a juror's best in each category is first there.
func TestTallyCategories(t *testing.T) {
	in := koop.TallyInput{
		Criteria:   crits(1),
		Categories: []string{"Handwerk", "Leer", "Dienstleistung"},
		Nominations: []koop.TallyNomination{
			{ID: "d1", Category: "Dienstleistung"}, {ID: "h1", Category: "Handwerk"},
			{ID: "h2", Category: "Handwerk"}, {ID: "d2", Category: "Dienstleistung"},
		},
		Ballots: []koop.TallyBallot{
			ballot("j1", map[string][]int{"h1": {9}, "h2": {8}, "d1": {2}, "d2": {1}}),
			ballot("j2", map[string][]int{"h1": {5}, "h2": {5}, "d1": {1}, "d2": {3}}),
		},
		Rule: koop.TieBreakTopRanksMedianChair,
	}
	res, err := koop.Tally(in)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]int{}
	var order []string
	for _, c := range res.Categories {
		order = append(order, c.Category)
		for _, n := range c.Ranking {
			got[n.NominationID] = n.TopRanks
		}
	}
	if diff := cmp.Diff([]string{"Handwerk", "Leer", "Dienstleistung"}, order); diff != "" {
		t.Errorf("category order (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(map[string]int{"h1": 2, "h2": 1, "d1": 1, "d2": 1}, got); diff != "" {
		t.Errorf("top ranks (-want +got):\n%s", diff)
	}
	if r := res.Categories[1].Ranking; r == nil || len(r) != 0 {
		t.Errorf("empty category: ranking %#v, want empty", r)
	}
	// d1 and d2: means 1,5 and 2 – d2 wins.
	if d := res.Categories[2]; d.Ranking[0].NominationID != "d2" || len(d.WinnerTie) != 0 {
		t.Errorf("Dienstleistung: %+v", d)
	}
}

// One juror gives the minimum everywhere: the mean hides it, the breakdown shows it.
func TestTallyBreakdownShowsLoneExtremeJuror(t *testing.T) {
	in := koop.TallyInput{
		Criteria: []koop.TallyCriterion{
			{ID: "c1", Weight: 2, ScoreMin: 1, ScoreMax: 10},
			{ID: "c2", Weight: 1, ScoreMin: 1, ScoreMax: 10},
		},
		Categories:  []string{cat},
		Nominations: noms("A", "B"),
		Rule:        koop.TieBreakTopRanksMedianChair,
	}
	for _, j := range []string{"j2", "j3", "j4", "j5"} {
		in.Ballots = append(in.Ballots, ballot(j, map[string][]int{"A": {9, 9}, "B": {6, 6}}))
	}
	in.Ballots = append(in.Ballots, ballot("j1", map[string][]int{"A": {1, 1}, "B": {6, 6}}))
	res, err := koop.Tally(in)
	if err != nil {
		t.Fatal(err)
	}
	a := res.Categories[0].Ranking[0]
	if a.NominationID != "A" || a.Mean.String() != "7,40" || a.Median.String() != "9,00" {
		t.Fatalf("A: %s, mean %v, median %v", a.NominationID, a.Mean, a.Median)
	}
	want := []koop.JurorScore{
		{JurorID: "j1", Scores: map[string]int{"c1": 1, "c2": 1}, Weighted: rat(1, 1)},
		{JurorID: "j2", Scores: map[string]int{"c1": 9, "c2": 9}, Weighted: rat(9, 1)},
		{JurorID: "j3", Scores: map[string]int{"c1": 9, "c2": 9}, Weighted: rat(9, 1)},
		{JurorID: "j4", Scores: map[string]int{"c1": 9, "c2": 9}, Weighted: rat(9, 1)},
		{JurorID: "j5", Scores: map[string]int{"c1": 9, "c2": 9}, Weighted: rat(9, 1)},
	}
	if diff := cmp.Diff(want, a.Breakdown); diff != "" {
		t.Errorf("breakdown (-want +got):\n%s", diff)
	}
	if a.TopRanks != 4 || res.Categories[0].Ranking[1].TopRanks != 1 {
		t.Errorf("top ranks A %d, B %d; want 4 and 1", a.TopRanks, res.Categories[0].Ranking[1].TopRanks)
	}
}

func TestTallyErrors(t *testing.T) {
	valid := func() koop.TallyInput {
		return koop.TallyInput{
			Criteria:    crits(1, 2),
			Categories:  []string{cat},
			Nominations: noms("A", "B"),
			Ballots: []koop.TallyBallot{
				ballot("j1", map[string][]int{"A": {1, 2}, "B": {3, 4}}),
				ballot("j2", map[string][]int{"A": {5, 6}, "B": {7, 8}}),
			},
			Rule: koop.TieBreakTopRanksMedianChair,
		}
	}
	tests := []struct {
		name   string
		change func(in *koop.TallyInput)
		want   string // part of the message
	}{
		{"incomplete ballot", func(in *koop.TallyInput) { delete(in.Ballots[1].Scores["B"], "c2") },
			"Die Bewertung von „j2“ ist unvollständig: Für die Nominierung „B“ fehlt die Punktzahl im Kriterium „c2“."},
		{"nomination missing from a ballot", func(in *koop.TallyInput) { delete(in.Ballots[0].Scores, "A") }, "unvollständig"},
		{"score above the range", func(in *koop.TallyInput) { in.Ballots[0].Scores["A"]["c1"] = 11 },
			"Die Punktzahl 11 von „j1“ für die Nominierung „A“ im Kriterium „c1“ liegt außerhalb des erlaubten Bereichs von 0 bis 10."},
		{"score below the range", func(in *koop.TallyInput) { in.Ballots[1].Scores["B"]["c2"] = -1 }, "außerhalb"},
		{"unknown category", func(in *koop.TallyInput) { in.Nominations[1].Category = "Gastronomie" },
			"Die Nominierung „B“ gehört zur unbekannten Kategorie „Gastronomie“."},
		{"no criteria", func(in *koop.TallyInput) { in.Criteria = nil }, "keine Kriterien"},
		{"weight zero", func(in *koop.TallyInput) { in.Criteria[0].Weight = 0 }, "Gewichtung"},
		{"inverted range", func(in *koop.TallyInput) { in.Criteria[0].ScoreMin = 11 }, "Punktebereich"},
		{"duplicate criterion", func(in *koop.TallyInput) { in.Criteria[1].ID = "c1" }, "doppelt"},
		{"duplicate nomination", func(in *koop.TallyInput) { in.Nominations[1].ID = "A" }, "doppelt"},
		{"duplicate category", func(in *koop.TallyInput) { in.Categories = append(in.Categories, cat) }, "doppelt"},
		{"duplicate juror", func(in *koop.TallyInput) { in.Ballots[1].JurorID = "j1" }, "zwei Bewertungen"},
		{"unknown rule", func(in *koop.TallyInput) { in.Rule = "" }, "Stichentscheid"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := valid()
			tt.change(&in)
			_, err := koop.Tally(in)
			if koop.ErrorCode(err) != koop.EINVALID || koop.ErrorField(err) != "scores" {
				t.Fatalf("err = %v, want EINVALID on scores", err)
			}
			if msg := koop.ErrorMessage(err); !strings.Contains(msg, tt.want) {
				t.Errorf("message %q does not contain %q", msg, tt.want)
			}
		})
	}

	// A conflicted juror's missing or out-of-range scores are no error: they never count.
	in := valid()
	in.Ballots[0].Conflicts = map[string]bool{"A": true}
	in.Ballots[0].Scores["A"]["c1"] = 99
	delete(in.Ballots[0].Scores["A"], "c2")
	if _, err := koop.Tally(in); err != nil {
		t.Errorf("conflicted scores: %v", err)
	}
	if _, err := koop.Tally(valid()); err != nil {
		t.Errorf("valid input: %v", err)
	}
}

// fuzzBytes hands out the fuzz input byte by byte, then zeros.
type fuzzBytes []byte

func (b *fuzzBytes) next(n int) int {
	if len(*b) == 0 {
		return 0
	}
	v := int((*b)[0])
	*b = (*b)[1:]
	return v % n
}

// fuzzInput builds a small valid input from data; with broken set, one counted score is
// missing, so the input is invalid.
func fuzzInput(data []byte) (in koop.TallyInput, broken bool) {
	b := fuzzBytes(data)
	in.Rule = []koop.TieBreakRule{koop.TieBreakTopRanksMedianChair, koop.TieBreakMedianChair}[b.next(2)]
	for i := range 2 + b.next(3) {
		lo := b.next(3)
		in.Criteria = append(in.Criteria, koop.TallyCriterion{ID: fmt.Sprintf("c%d", i), Weight: 1 + b.next(4)*b.next(34), ScoreMin: lo, ScoreMax: lo + 1 + b.next(4)})
	}
	in.Categories = []string{"Handwerk", "Dienstleistung"}[:1+b.next(2)]
	for i := range 1 + b.next(6) {
		in.Nominations = append(in.Nominations, koop.TallyNomination{ID: fmt.Sprintf("n%d", i), Category: in.Categories[b.next(len(in.Categories))]})
	}
	for j := range 1 + b.next(6) {
		bal := koop.TallyBallot{JurorID: fmt.Sprintf("j%d", j), Scores: map[string]map[string]int{}, Conflicts: map[string]bool{}}
		for _, n := range in.Nominations {
			conflicted := b.next(4) == 3
			if conflicted {
				bal.Conflicts[n.ID] = true
				if b.next(2) == 1 {
					continue // a conflicted juror may or may not have scored it
				}
			}
			bal.Scores[n.ID] = map[string]int{}
			for _, c := range in.Criteria {
				bal.Scores[n.ID][c.ID] = c.ScoreMin + b.next(c.ScoreMax-c.ScoreMin+1)
			}
		}
		in.Ballots = append(in.Ballots, bal)
	}
	for range b.next(4) {
		in.CastingVote = append(in.CastingVote, fmt.Sprintf("n%d", b.next(7)))
	}
	if b.next(8) == 7 {
		bal := in.Ballots[b.next(len(in.Ballots))]
		for _, n := range in.Nominations {
			if !bal.Conflicts[n.ID] {
				delete(bal.Scores[n.ID], in.Criteria[b.next(len(in.Criteria))].ID)
				return in, true
			}
		}
	}
	return in, false
}

// cloneInput copies in deeply, so that changing the copy leaves in alone.
func cloneInput(in koop.TallyInput) koop.TallyInput {
	out := in
	out.Criteria = slices.Clone(in.Criteria)
	out.Categories = slices.Clone(in.Categories)
	out.Nominations = slices.Clone(in.Nominations)
	out.CastingVote = slices.Clone(in.CastingVote)
	out.Ballots = make([]koop.TallyBallot, len(in.Ballots))
	for i, b := range in.Ballots {
		c := koop.TallyBallot{JurorID: b.JurorID, Scores: map[string]map[string]int{}, Conflicts: map[string]bool{}}
		for n, m := range b.Scores {
			c.Scores[n] = map[string]int{}
			for k, v := range m {
				c.Scores[n][k] = v
			}
		}
		for n, v := range b.Conflicts {
			c.Conflicts[n] = v
		}
		out.Ballots[i] = c
	}
	return out
}

// diffIfUnequal is cmp.Diff(a, b), computed only when they differ (reflect.DeepEqual is
// much faster, which lets the fuzzer try more inputs).
func diffIfUnequal(a, b any) string {
	if reflect.DeepEqual(a, b) {
		return ""
	}
	return cmp.Diff(a, b)
}

func FuzzTally(f *testing.F) {
	f.Add([]byte{})
	f.Add([]byte{0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
	f.Add([]byte("Lichtenberger Unternehmen des Jahres 2027: Handwerk, Dienstleistung"))
	f.Add(slices.Repeat([]byte{1, 3, 5, 7, 0, 2, 4, 6}, 20))
	f.Add(slices.Repeat([]byte{255, 128, 0, 64}, 40))
	f.Fuzz(func(t *testing.T, data []byte) {
		in, broken := fuzzInput(data)
		orig := cloneInput(in)
		res, err := koop.Tally(in)
		if diff := diffIfUnequal(orig, in); diff != "" {
			t.Fatalf("Tally changed its input:\n%s", diff)
		}
		h := fnv.New64a()
		h.Write(data)
		rng := rand.New(rand.NewPCG(h.Sum64(), 2027))

		// (1) The order of ballots, nominations and criteria does not matter, also not for
		// which error is returned.
		shuffled := cloneInput(in)
		rng.Shuffle(len(shuffled.Ballots), func(i, j int) { shuffled.Ballots[i], shuffled.Ballots[j] = shuffled.Ballots[j], shuffled.Ballots[i] })
		rng.Shuffle(len(shuffled.Nominations), func(i, j int) {
			shuffled.Nominations[i], shuffled.Nominations[j] = shuffled.Nominations[j], shuffled.Nominations[i]
		})
		rng.Shuffle(len(shuffled.Criteria), func(i, j int) {
			shuffled.Criteria[i], shuffled.Criteria[j] = shuffled.Criteria[j], shuffled.Criteria[i]
		})
		res2, err2 := koop.Tally(shuffled)
		if broken {
			if koop.ErrorCode(err) != koop.EINVALID || koop.ErrorField(err) != "scores" || !strings.Contains(koop.ErrorMessage(err), "unvollständig") {
				t.Fatalf("incomplete ballot: err = %v", err)
			}
			if koop.ErrorMessage(err2) != koop.ErrorMessage(err) {
				t.Fatalf("shuffled input, other error:\n%v\n%v", err, err2)
			}
			return
		}
		if err != nil || err2 != nil {
			t.Fatalf("Tally: %v / shuffled: %v", err, err2)
		}
		if diff := diffIfUnequal(res, res2); diff != "" {
			t.Fatalf("shuffled input, other result (-orig +shuffled):\n%s", diff)
		}

		// (2) A conflicted juror's scores on that nomination change nothing.
		changed := cloneInput(in)
		for _, b := range changed.Ballots {
			for n := range b.Conflicts {
				switch rng.IntN(3) {
				case 0:
					delete(b.Scores, n)
				case 1:
					b.Scores[n] = map[string]int{changed.Criteria[0].ID: 5000}
				default:
					b.Scores[n] = map[string]int{}
					for _, c := range changed.Criteria {
						b.Scores[n][c.ID] = c.ScoreMin + rng.IntN(c.ScoreMax-c.ScoreMin+1)
					}
				}
			}
		}
		res3, err3 := koop.Tally(changed)
		if err3 != nil {
			t.Fatalf("changed conflicted scores: %v", err3)
		}
		if diff := diffIfUnequal(res, res3); diff != "" {
			t.Fatalf("changed conflicted scores, other result:\n%s", diff)
		}

		// (3) Deterministic; ranks start at 1 and never fall; winner ties are at rank 1.
		res4, _ := koop.Tally(in)
		if diff := diffIfUnequal(res, res4); diff != "" {
			t.Fatalf("second run, other result:\n%s", diff)
		}
		if len(res.Categories) != len(in.Categories) {
			t.Fatalf("%d categories, want %d", len(res.Categories), len(in.Categories))
		}
		var weightSum int64
		for _, c := range in.Criteria {
			weightSum += int64(c.Weight)
		}
		seen := map[string]bool{}
		for ci, c := range res.Categories {
			if c.Category != in.Categories[ci] {
				t.Fatalf("category %d is %q, want %q", ci, c.Category, in.Categories[ci])
			}
			rankOf := map[string]int{}
			for i, r := range c.Ranking {
				rankOf[r.NominationID] = r.Rank
				seen[r.NominationID] = true
				switch {
				case i == 0 && r.Rank != 1:
					t.Fatalf("%s: first rank is %d", c.Category, r.Rank)
				case i > 0 && r.Rank != c.Ranking[i-1].Rank && r.Rank != i+1:
					t.Fatalf("%s: rank %d at position %d after rank %d", c.Category, r.Rank, i+1, c.Ranking[i-1].Rank)
				case i > 0 && (r.Rank == c.Ranking[i-1].Rank) != (c.Ranking[i-1].DecidedBy == koop.DecidedByNothing):
					t.Fatalf("%s: rank %d after rank %d decided by %s", c.Category, r.Rank, c.Ranking[i-1].Rank, c.Ranking[i-1].DecidedBy)
				case i > 0 && c.Ranking[i-1].Mean != nil && r.Mean != nil && c.Ranking[i-1].Mean.Cmp(*r.Mean) < 0:
					t.Fatalf("%s: mean %v before %v", c.Category, c.Ranking[i-1].Mean, r.Mean)
				case i > 0 && c.Ranking[i-1].Mean == nil && r.Mean != nil:
					t.Fatalf("%s: unscored before scored", c.Category)
				}
			}
			if !slices.IsSorted(c.WinnerTie) || len(c.WinnerTie) == 1 {
				t.Fatalf("%s: winner tie %v", c.Category, c.WinnerTie)
			}
			for _, id := range c.WinnerTie {
				if rankOf[id] != 1 {
					t.Fatalf("%s: %s in the winner tie with rank %d", c.Category, id, rankOf[id])
				}
			}
		}
		if len(seen) != len(in.Nominations) {
			t.Fatalf("%d nominations ranked, want %d", len(seen), len(in.Nominations))
		}

		// (4) Every counted ballot is in the breakdown with its exact scores.
		for _, c := range res.Categories {
			for _, r := range c.Ranking {
				if len(r.Breakdown) != len(in.Ballots) {
					t.Fatalf("%s: %d breakdown entries, want %d", r.NominationID, len(r.Breakdown), len(in.Ballots))
				}
				byJuror := map[string]koop.JurorScore{}
				for i, js := range r.Breakdown {
					if i > 0 && r.Breakdown[i-1].JurorID >= js.JurorID {
						t.Fatalf("%s: breakdown not sorted by juror", r.NominationID)
					}
					byJuror[js.JurorID] = js
				}
				counted, total := 0, int64(0)
				for _, b := range in.Ballots {
					js, ok := byJuror[b.JurorID]
					if !ok {
						t.Fatalf("%s: no breakdown for %s", r.NominationID, b.JurorID)
					}
					if b.Conflicts[r.NominationID] {
						if !js.Conflicted || js.Weighted != nil || len(js.Scores) != 0 {
							t.Fatalf("%s/%s: conflicted, but %+v", r.NominationID, b.JurorID, js)
						}
						continue
					}
					counted++
					var sum int64
					for _, cr := range in.Criteria {
						sum += int64(cr.Weight) * int64(b.Scores[r.NominationID][cr.ID])
					}
					total += sum
					want := koop.JurorScore{JurorID: b.JurorID, Scores: b.Scores[r.NominationID], Weighted: rat(sum, weightSum)}
					if diff := cmp.Diff(want, js); diff != "" {
						t.Fatalf("%s/%s breakdown (-want +got):\n%s", r.NominationID, b.JurorID, diff)
					}
				}
				if r.Jurors != counted {
					t.Fatalf("%s: %d jurors, want %d", r.NominationID, r.Jurors, counted)
				}
				if counted == 0 {
					if r.Mean != nil || r.Median != nil {
						t.Fatalf("%s: unscored with mean %v, median %v", r.NominationID, r.Mean, r.Median)
					}
				} else if r.Mean == nil || *r.Mean != koop.NewRational(total, int64(counted)*weightSum) {
					t.Fatalf("%s: mean %v, want %d/%d", r.NominationID, r.Mean, total, int64(counted)*weightSum)
				}
			}
		}
	})
}
