package koop

import (
	"cmp"
	"math"
	"math/big"
	"math/bits"
	"slices"
	"strings"
)

// Rational is an exact fraction Num/Den with Den > 0, kept reduced. Results of the award are
// computed with it so that two nominations are tied only when their scores are exactly equal,
// never because of floating-point rounding. The zero value Rational{} counts as 0.
type Rational struct{ Num, Den int64 }

// NewRational returns num/den reduced, with the sign on the numerator. It panics when den is
// 0, and when the reduced fraction cannot be represented (only possible with math.MinInt64).
func NewRational(num, den int64) Rational {
	if den == 0 {
		panic("koop: NewRational with a zero denominator")
	}
	if num == 0 {
		return Rational{Num: 0, Den: 1}
	}
	neg := (num < 0) != (den < 0)
	n, d := absU64(num), absU64(den)
	g := gcdU64(n, d)
	n, d = n/g, d/g
	if d > math.MaxInt64 || n > math.MaxInt64+1 || (n == math.MaxInt64+1 && !neg) {
		panic("koop: NewRational overflows int64")
	}
	if neg {
		// For n == 2^63, int64(n) is math.MinInt64 and its negation is itself: exactly -2^63.
		return Rational{Num: -int64(n), Den: int64(d)}
	}
	return Rational{Num: int64(n), Den: int64(d)}
}

// den is the denominator, with the zero value's 0 read as 1.
func (r Rational) den() int64 {
	if r.Den == 0 {
		return 1
	}
	return r.Den
}

// Cmp compares r and o exactly and returns -1, 0 or +1. Both must have a positive
// denominator (as NewRational returns); the cross products are computed in 128 bits.
func (r Rational) Cmp(o Rational) int {
	rs, os := sign64(r.Num), sign64(o.Num)
	if rs != os {
		return cmp.Compare(rs, os)
	}
	if rs == 0 {
		return 0
	}
	// Same sign: compare |r.Num|·o.Den with |o.Num|·r.Den, reversed for negative values.
	hi1, lo1 := bits.Mul64(absU64(r.Num), uint64(o.den()))
	hi2, lo2 := bits.Mul64(absU64(o.Num), uint64(r.den()))
	c := cmp.Compare(hi1, hi2)
	if c == 0 {
		c = cmp.Compare(lo1, lo2)
	}
	return c * rs
}

// Float returns r as the nearest float64, for display and charts only: never compare with it.
func (r Rational) Float() float64 {
	return float64(r.Num) / float64(r.den())
}

// String returns r as a German decimal with two places, rounded half away from zero, without
// thousands separators: 29/4 is "7,25", 2/3 is "0,67", -1/3 is "-0,33".
func (r Rational) String() string {
	s := big.NewRat(r.Num, r.den()).FloatString(2)
	if strings.Trim(s, "-0.") == "" {
		s = "0.00" // no "-0,00" for tiny negative values
	}
	return strings.Replace(s, ".", ",", 1)
}

func sign64(x int64) int {
	switch {
	case x < 0:
		return -1
	case x > 0:
		return 1
	}
	return 0
}

// absU64 is |x| as uint64; correct for math.MinInt64 too.
func absU64(x int64) uint64 {
	if x < 0 {
		return uint64(-x) // two's complement: -MinInt64 wraps to MinInt64, whose uint64 is 2^63
	}
	return uint64(x)
}

func gcdU64(a, b uint64) uint64 {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

// TallyCriterion is a criterion as the tally sees it. Weight must be 1–100 and
// 0 ≤ ScoreMin ≤ ScoreMax ≤ 1000, as CriterionInput.Validate ensures; these bounds keep every
// sum exact in int64.
type TallyCriterion struct {
	ID       string
	Weight   int
	ScoreMin int
	ScoreMax int
}

// TallyNomination is an eligible nomination and its category.
type TallyNomination struct {
	ID       string
	Category string
}

// TallyBallot is one juror's submitted ballot.
type TallyBallot struct {
	JurorID string
	// Scores[nominationID][criterionID] is the juror's score.
	Scores map[string]map[string]int
	// Conflicts are the nominations the juror is conflicted on: those scores never count, even if present.
	Conflicts map[string]bool
}

// TallyInput is everything the result of a cycle depends on.
type TallyInput struct {
	Criteria    []TallyCriterion
	Categories  []string          // output order of categories; a nomination's category must be in it
	Nominations []TallyNomination // the eligible nominations
	Ballots     []TallyBallot     // the submitted ballots only
	Rule        TieBreakRule
	// CastingVote is the chair's recorded order (nomination IDs, preferred first) used only for
	// nominations still tied after the rule's other steps; IDs not in it stay tied.
	//
	// Within such a tie, listed nominations come before unlisted ones, in the listed order; the
	// unlisted ones stay tied among themselves. Only the first occurrence of an ID counts;
	// unknown IDs are ignored. It never applies to unscored nominations.
	CastingVote []string
}

// TieBreakStep says what separated a nomination from the next one below it.
type TieBreakStep string

// The steps of the ranking, in the order they are tried.
const (
	DecidedByMean        TieBreakStep = "MEAN"
	DecidedByTopRanks    TieBreakStep = "TOP_RANKS"
	DecidedByMedian      TieBreakStep = "MEDIAN"
	DecidedByCastingVote TieBreakStep = "CASTING_VOTE"
	DecidedByNothing     TieBreakStep = "TIED" // still tied: shares its rank
)

// JurorScore is one ballot's scores for one nomination.
type JurorScore struct {
	JurorID    string
	Conflicted bool
	Scores     map[string]int // criterionID → score (empty when conflicted)
	Weighted   *Rational      // Σ w·s / Σ w, nil when conflicted
}

// RankedNomination is a nomination's place in its category and how it got there.
type RankedNomination struct {
	NominationID string
	Rank         int       // 1-based; unresolved ties share a rank (1, 1, 3)
	Mean         *Rational // weighted mean over non-conflicted ballots; nil when no ballot counts
	Jurors       int       // ballots counted
	TopRanks     int       // ballots on which it is (co-)first in its category
	Median       *Rational // median of the counted ballots' Weighted values (mean of the middle two when even)
	// DecidedBy is what separated it from the next one below (MEAN when the means differ, also
	// between a scored and an unscored nomination; TIED when it shares its rank with the next
	// one; the last one in a category: MEAN).
	DecidedBy TieBreakStep
	// CriterionMeans is the mean per criterion over the counted ballots; empty when no ballot
	// counts.
	CriterionMeans map[string]Rational
	// Breakdown has one entry per ballot, sorted by JurorID, conflicted ones included and marked.
	Breakdown []JurorScore
}

// CategoryResult is the ranking of one category.
type CategoryResult struct {
	Category string
	// Ranking is empty (not nil) for a category without nominations.
	Ranking []RankedNomination
	// WinnerTie lists the nominations still sharing rank 1 after every step (sorted by ID);
	// empty when the winner is clear. A cycle is announced only once it is empty everywhere (the chair's
	// casting vote, recorded after the close, empties it).
	//
	// When no ballot counts for any nomination of the category, all of them share rank 1 but
	// WinnerTie is empty as well: there is no tie, there is no winner. Whoever closes a cycle
	// must therefore also check that Ranking[0].Mean is not nil.
	WinnerTie []string
}

// TallyResult is the result of a cycle, one entry per category in TallyInput.Categories order.
type TallyResult struct{ Categories []CategoryResult }

// tallyErr is the error of every refusal of Tally.
func tallyErr(format string, args ...any) error {
	return FieldErrorf(EINVALID, "scores", format, args...)
}

// nomTally is the working state of one nomination.
type nomTally struct {
	nom      TallyNomination
	idx      int     // index in the ID-sorted nominations
	sums     []int64 // Σ w·s of the counted ballots, in ballot (JurorID) order
	critSums map[string]int64
	topRanks int
	mean     *Rational
	median   *Rational
	castPos  int // position in CastingVote, len(CastingVote) when not listed
}

// Tally computes the result. It returns a German EINVALID error (FieldErrorf with field
// "scores") when a counted ballot lacks a score for a nomination×criterion, when a score is
// outside its criterion's range, when a nomination's category is unknown, or when there are no
// criteria; also when the input itself is malformed (unknown rule, a weight outside 1–100, a
// score range outside 0–1000, duplicate IDs of criteria, categories, nominations or jurors).
//
// Within a category, nominations are ranked by mean, descending; unscored ones (no ballot
// counts) come last and share a rank. Equal means are separated per in.Rule: more top ranks
// (TieBreakTopRanksMedianChair only), then the higher median, then in.CastingVote. Nominations
// equal in every step share their rank and are listed by ID.
//
// The result does not depend on the order of the ballots, nominations, criteria or casting
// vote entries it does not use, nor on map iteration; neither does which error is returned.
func Tally(in TallyInput) (*TallyResult, error) {
	if len(in.Criteria) == 0 {
		return nil, tallyErr("Es gibt keine Kriterien; ohne Kriterien kann nicht ausgewertet werden.")
	}
	if !in.Rule.Valid() {
		return nil, tallyErr("Die Regel für den Stichentscheid „%s“ ist unbekannt.", in.Rule)
	}

	// Work on sorted copies: that makes the result, and which error comes first, independent
	// of the input order.
	criteria := slices.Clone(in.Criteria)
	slices.SortFunc(criteria, func(a, b TallyCriterion) int { return strings.Compare(a.ID, b.ID) })
	var weightSum int64
	for i, c := range criteria {
		if i > 0 && criteria[i-1].ID == c.ID {
			return nil, tallyErr("Das Kriterium „%s“ ist doppelt.", c.ID)
		}
		if c.Weight < 1 || c.Weight > 100 {
			return nil, tallyErr("Das Kriterium „%s“ hat die Gewichtung %d; erlaubt sind 1 bis 100.", c.ID, c.Weight)
		}
		if c.ScoreMin < 0 || c.ScoreMax > 1000 || c.ScoreMin > c.ScoreMax {
			return nil, tallyErr("Das Kriterium „%s“ hat den ungültigen Punktebereich %d bis %d.", c.ID, c.ScoreMin, c.ScoreMax)
		}
		weightSum += int64(c.Weight)
	}

	catIndex := make(map[string]int, len(in.Categories))
	for i, name := range in.Categories {
		if _, dup := catIndex[name]; dup {
			return nil, tallyErr("Die Kategorie „%s“ ist doppelt.", name)
		}
		catIndex[name] = i
	}

	noms := slices.Clone(in.Nominations)
	slices.SortFunc(noms, func(a, b TallyNomination) int { return strings.Compare(a.ID, b.ID) })
	for i, n := range noms {
		if i > 0 && noms[i-1].ID == n.ID {
			return nil, tallyErr("Die Nominierung „%s“ ist doppelt.", n.ID)
		}
		if _, ok := catIndex[n.Category]; !ok {
			return nil, tallyErr("Die Nominierung „%s“ gehört zur unbekannten Kategorie „%s“.", n.ID, n.Category)
		}
	}

	ballots := slices.Clone(in.Ballots)
	slices.SortFunc(ballots, func(a, b TallyBallot) int { return strings.Compare(a.JurorID, b.JurorID) })
	for i, b := range ballots {
		if i > 0 && ballots[i-1].JurorID == b.JurorID {
			return nil, tallyErr("Von der Jurorin oder dem Juror „%s“ liegen zwei Bewertungen vor.", b.JurorID)
		}
		for _, n := range noms {
			if b.Conflicts[n.ID] {
				continue // never counts, whatever it holds
			}
			for _, c := range criteria {
				s, ok := b.Scores[n.ID][c.ID]
				if !ok {
					return nil, tallyErr("Die Bewertung von „%s“ ist unvollständig: Für die Nominierung „%s“ fehlt die Punktzahl im Kriterium „%s“.", b.JurorID, n.ID, c.ID)
				}
				if s < c.ScoreMin || s > c.ScoreMax {
					return nil, tallyErr("Die Punktzahl %d von „%s“ für die Nominierung „%s“ im Kriterium „%s“ liegt außerhalb des erlaubten Bereichs von %d bis %d.", s, b.JurorID, n.ID, c.ID, c.ScoreMin, c.ScoreMax)
				}
			}
		}
	}

	castPos := map[string]int{}
	for i, id := range in.CastingVote {
		if _, seen := castPos[id]; !seen {
			castPos[id] = i
		}
	}

	tallies := make([]*nomTally, len(noms))
	byCat := make([][]*nomTally, len(in.Categories))
	for i, n := range noms {
		t := &nomTally{nom: n, idx: i, critSums: map[string]int64{}, castPos: len(in.CastingVote)}
		if p, ok := castPos[n.ID]; ok {
			t.castPos = p
		}
		tallies[i] = t
		byCat[catIndex[n.Category]] = append(byCat[catIndex[n.Category]], t)
	}
	// sums[bi][ni] is ballot bi's Σ w·s for nomination ni (0 where conflicted).
	sums := make([][]int64, len(ballots))
	for bi, b := range ballots {
		sums[bi] = make([]int64, len(noms))
		for ni, n := range noms {
			if b.Conflicts[n.ID] {
				continue
			}
			var sum int64
			for _, c := range criteria {
				s := int64(b.Scores[n.ID][c.ID])
				sum += int64(c.Weight) * s
				tallies[ni].critSums[c.ID] += s
			}
			sums[bi][ni] = sum
			tallies[ni].sums = append(tallies[ni].sums, sum)
		}
	}

	// Top ranks: per ballot and category, every counted nomination with the ballot's maximal
	// weighted score (the weight sum is the same for all, so the sums compare alike).
	for bi, b := range ballots {
		for _, group := range byCat {
			best := int64(-1)
			for _, t := range group {
				if !b.Conflicts[t.nom.ID] {
					best = max(best, sums[bi][t.idx])
				}
			}
			for _, t := range group {
				if !b.Conflicts[t.nom.ID] && sums[bi][t.idx] == best {
					t.topRanks++
				}
			}
		}
	}

	for _, t := range tallies {
		n := int64(len(t.sums))
		if n == 0 {
			continue
		}
		var total int64
		for _, s := range t.sums {
			total += s
		}
		mean := NewRational(total, n*weightSum)
		t.mean = &mean
		sorted := slices.Clone(t.sums)
		slices.Sort(sorted)
		var median Rational
		if n%2 == 1 {
			median = NewRational(sorted[n/2], weightSum)
		} else {
			median = NewRational(sorted[n/2-1]+sorted[n/2], 2*weightSum)
		}
		t.median = &median
	}

	compare := func(a, b *nomTally) (int, TieBreakStep) {
		switch {
		case a.mean == nil && b.mean == nil:
			return 0, DecidedByNothing // unscored: no further step applies
		case a.mean == nil:
			return 1, DecidedByMean
		case b.mean == nil:
			return -1, DecidedByMean
		}
		if c := b.mean.Cmp(*a.mean); c != 0 {
			return c, DecidedByMean
		}
		if in.Rule == TieBreakTopRanksMedianChair {
			if c := cmp.Compare(b.topRanks, a.topRanks); c != 0 {
				return c, DecidedByTopRanks
			}
		}
		if c := b.median.Cmp(*a.median); c != 0 {
			return c, DecidedByMedian
		}
		if c := cmp.Compare(a.castPos, b.castPos); c != 0 {
			return c, DecidedByCastingVote
		}
		return 0, DecidedByNothing
	}

	res := &TallyResult{Categories: make([]CategoryResult, len(in.Categories))}
	for ci, name := range in.Categories {
		group := byCat[ci] // sorted by ID; the stable sort keeps ties in that order
		slices.SortStableFunc(group, func(a, b *nomTally) int {
			c, _ := compare(a, b)
			return c
		})
		cr := CategoryResult{Category: name, Ranking: make([]RankedNomination, len(group)), WinnerTie: []string{}}
		for i, t := range group {
			rank := i + 1
			if i > 0 {
				if c, _ := compare(group[i-1], t); c == 0 {
					rank = cr.Ranking[i-1].Rank
				}
			}
			decided := DecidedByMean
			if i+1 < len(group) {
				_, decided = compare(t, group[i+1])
			}
			cr.Ranking[i] = rankedNomination(t, rank, decided, criteria, ballots, weightSum)
		}
		if len(group) > 1 && group[0].mean != nil && cr.Ranking[1].Rank == 1 {
			for _, r := range cr.Ranking {
				if r.Rank == 1 {
					cr.WinnerTie = append(cr.WinnerTie, r.NominationID)
				}
			}
			slices.Sort(cr.WinnerTie)
		}
		res.Categories[ci] = cr
	}
	return res, nil
}

// rankedNomination builds the output entry of t.
func rankedNomination(t *nomTally, rank int, decided TieBreakStep, criteria []TallyCriterion, ballots []TallyBallot, weightSum int64) RankedNomination {
	r := RankedNomination{
		NominationID:   t.nom.ID,
		Rank:           rank,
		Mean:           t.mean,
		Jurors:         len(t.sums),
		TopRanks:       t.topRanks,
		Median:         t.median,
		DecidedBy:      decided,
		CriterionMeans: map[string]Rational{},
		Breakdown:      make([]JurorScore, len(ballots)),
	}
	if n := int64(len(t.sums)); n > 0 {
		for _, c := range criteria {
			r.CriterionMeans[c.ID] = NewRational(t.critSums[c.ID], n)
		}
	}
	for bi, b := range ballots {
		js := JurorScore{JurorID: b.JurorID, Scores: map[string]int{}}
		if b.Conflicts[t.nom.ID] {
			js.Conflicted = true
		} else {
			var sum int64
			for _, c := range criteria {
				s := b.Scores[t.nom.ID][c.ID]
				js.Scores[c.ID] = s
				sum += int64(c.Weight) * int64(s)
			}
			w := NewRational(sum, weightSum)
			js.Weighted = &w
		}
		r.Breakdown[bi] = js
	}
	return r
}
