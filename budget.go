package koop

import (
	"context"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"
)

// PermViewBudget: read event budgets and the yearly summary (everyone but EXTERNAL: DOMAIN.md
// says members and viewers read everything, externals only what they take part in).
const PermViewBudget Permission = 110

// PermEditBudget: edit budget lines and sponsorships (ADMIN and COORDINATOR, who plan events).
const PermEditBudget Permission = 111

func init() {
	extraPermissions[PermViewBudget] = []Role{RoleAdmin, RoleCoordinator, RoleMember, RoleViewer}
	extraPermissions[PermEditBudget] = []Role{RoleAdmin, RoleCoordinator}
}

// MaxBudgetCents bounds one amount (10 million euros), so that totals stay far from overflow
// and within GraphQL's 32-bit Int.
const MaxBudgetCents = 1_000_000_000

// FullShare is 100 % in basis points: a percent share is stored with two decimals.
const FullShare = 10000

// BudgetCategory is what a budget line pays for.
type BudgetCategory string

// The budget categories.
const (
	BudgetVenue               BudgetCategory = "VENUE"
	BudgetCatering            BudgetCategory = "CATERING"
	BudgetPrintAndAdvertising BudgetCategory = "PRINT_AND_ADVERTISING"
	BudgetTechnology          BudgetCategory = "TECHNOLOGY"
	BudgetFees                BudgetCategory = "FEES"
	BudgetGiftsAndAwards      BudgetCategory = "GIFTS_AND_AWARDS"
	BudgetOther               BudgetCategory = "OTHER"
)

// BudgetCategories lists every category in the order the UI offers them.
var BudgetCategories = []BudgetCategory{BudgetVenue, BudgetCatering, BudgetPrintAndAdvertising, BudgetTechnology, BudgetFees, BudgetGiftsAndAwards, BudgetOther}

// Valid reports whether c is a known category.
func (c BudgetCategory) Valid() bool {
	for _, x := range BudgetCategories {
		if c == x {
			return true
		}
	}
	return false
}

// Label is the German name of the category.
func (c BudgetCategory) Label() string {
	switch c {
	case BudgetVenue:
		return "Raum/Location"
	case BudgetCatering:
		return "Catering"
	case BudgetPrintAndAdvertising:
		return "Druck und Werbung"
	case BudgetTechnology:
		return "Technik"
	case BudgetFees:
		return "Honorare"
	case BudgetGiftsAndAwards:
		return "Geschenke und Preise"
	case BudgetOther:
		return "Sonstiges"
	}
	return string(c)
}

// BudgetShareMode says how a line is split between partners.
type BudgetShareMode string

// The share modes.
const (
	// SharePercent: each partner pays a percentage (two decimals) of the line; they add up to 100 %.
	SharePercent BudgetShareMode = "PERCENT"
	// ShareAmount: each partner pays a fixed amount of the planned sum; they add up to it.
	ShareAmount BudgetShareMode = "AMOUNT"
)

// Valid reports whether m is a known mode.
func (m BudgetShareMode) Valid() bool { return m == SharePercent || m == ShareAmount }

// BudgetShare is the part of a budget line one partner pays.
type BudgetShare struct {
	LineID    string `db:"line_id"`
	PartnerID string `db:"partner_id"`
	// BasisPoints is the percentage times 100 (PERCENT lines).
	BasisPoints *int `db:"basis_points"`
	// AmountCents is the fixed amount (AMOUNT lines).
	AmountCents *int `db:"amount_cents"`
	// PlannedCents is the partner's part of the planned amount.
	PlannedCents int `db:"-"`
	// ActualCents is the partner's part of the actual amount, nil while the line has none.
	ActualCents *int     `db:"-"`
	Partner     *Partner `db:"-"`
}

// BudgetLine is one cost of an event with the share each partner pays.
type BudgetLine struct {
	ID            string          `db:"id"`
	CooperationID string          `db:"cooperation_id"`
	EventID       string          `db:"event_id"`
	Category      BudgetCategory  `db:"category"`
	Description   string          `db:"description"`
	PlannedCents  int             `db:"planned_cents"`
	ActualCents   *int            `db:"actual_cents"`
	ShareMode     BudgetShareMode `db:"share_mode"`
	Position      int             `db:"position"`
	CreatedAt     time.Time       `db:"created_at"`
	UpdatedAt     time.Time       `db:"updated_at"`
	Version       int             `db:"version"`
	Shares        []*BudgetShare  `db:"-"`
}

// weights are what the line is split by: basis points, or the planned amounts.
func (l *BudgetLine) weights() []int {
	w := make([]int, len(l.Shares))
	for i, s := range l.Shares {
		switch {
		case l.ShareMode == SharePercent && s.BasisPoints != nil:
			w[i] = *s.BasisPoints
		case l.ShareMode == ShareAmount && s.AmountCents != nil:
			w[i] = *s.AmountCents
		}
	}
	return w
}

// Split fills the planned and actual part of every share. PERCENT lines split both amounts
// by percentage; AMOUNT lines take the planned amounts as given and split the actual amount
// in proportion to them. The parts always add up to the line exactly.
func (l *BudgetLine) Split() {
	w := l.weights()
	var planned []int
	if l.ShareMode == ShareAmount {
		planned = w
	} else {
		planned = SplitCents(l.PlannedCents, w)
	}
	var actual []int
	if l.ActualCents != nil {
		actual = SplitCents(*l.ActualCents, w)
	}
	for i, s := range l.Shares {
		s.PlannedCents = planned[i]
		s.ActualCents = nil
		if actual != nil {
			a := actual[i]
			s.ActualCents = &a
		}
	}
}

// SplitCents divides total into parts proportional to weights with the largest-remainder
// method: everyone gets the floor of their exact part, and the cents left over go one each to
// the largest remainders (ties to the earlier weight). The parts add up to total exactly.
// When all weights are zero, total is split evenly.
func SplitCents(total int, weights []int) []int {
	parts := make([]int, len(weights))
	if len(weights) == 0 {
		return parts
	}
	sum := 0
	for _, w := range weights {
		sum += w
	}
	if sum == 0 {
		even := make([]int, len(weights))
		for i := range even {
			even[i] = 1
		}
		return SplitCents(total, even)
	}
	rem := make([]int, len(weights))
	given := 0
	for i, w := range weights {
		// total and w are bounded (MaxBudgetCents, 10000 or MaxBudgetCents), so the product fits.
		parts[i] = total * w / sum
		rem[i] = total * w % sum
		given += parts[i]
	}
	order := make([]int, len(weights))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return rem[order[a]] > rem[order[b]] })
	for k := 0; given < total; k++ {
		parts[order[k%len(order)]]++
		given++
	}
	return parts
}

// BudgetShareInput is one partner's share as a client sends it: basisPoints for PERCENT lines
// (4000 = 40 %), amountCents for AMOUNT lines.
type BudgetShareInput struct {
	PartnerID   string
	BasisPoints *int
	AmountCents *int
}

// CheckShares validates the shares of a line against its mode and planned amount and returns
// them as stored: each partner at most once, nothing negative, PERCENT shares adding up to
// exactly 100 %, AMOUNT shares to exactly the planned amount.
func CheckShares(mode BudgetShareMode, plannedCents int, in []*BudgetShareInput) ([]*BudgetShare, error) {
	if !mode.Valid() {
		return nil, FieldErrorf(EINVALID, "shareMode", "Bitte wählen Sie, ob die Anteile in Prozent oder als Beträge angegeben werden.")
	}
	if len(in) == 0 {
		return nil, FieldErrorf(EINVALID, "shares", "Bitte geben Sie an, welcher Partner welchen Anteil trägt.")
	}
	seen := map[string]bool{}
	out := make([]*BudgetShare, 0, len(in))
	sum := 0
	for i, s := range in {
		if seen[s.PartnerID] {
			return nil, FieldErrorf(EINVALID, fmt.Sprintf("shares.%d.partnerId", i), "Jeder Partner darf nur einmal vorkommen.")
		}
		seen[s.PartnerID] = true
		share := &BudgetShare{PartnerID: s.PartnerID}
		switch mode {
		case SharePercent:
			field := fmt.Sprintf("shares.%d.basisPoints", i)
			if s.BasisPoints == nil {
				return nil, FieldErrorf(EINVALID, field, "Bitte geben Sie den Anteil in Prozent an.")
			}
			if *s.BasisPoints < 0 {
				return nil, FieldErrorf(EINVALID, field, "Ein Anteil darf nicht negativ sein.")
			}
			if *s.BasisPoints > FullShare {
				return nil, FieldErrorf(EINVALID, field, "Ein Anteil darf höchstens 100 %% betragen.")
			}
			v := *s.BasisPoints
			share.BasisPoints, sum = &v, sum+v
		case ShareAmount:
			field := fmt.Sprintf("shares.%d.amountCents", i)
			if s.AmountCents == nil {
				return nil, FieldErrorf(EINVALID, field, "Bitte geben Sie den Anteil als Betrag an.")
			}
			if *s.AmountCents < 0 {
				return nil, FieldErrorf(EINVALID, field, "Ein Betrag darf nicht negativ sein.")
			}
			if *s.AmountCents > MaxBudgetCents {
				return nil, FieldErrorf(EINVALID, field, "Ein Betrag darf höchstens %s sein.", FormatEuro(MaxBudgetCents))
			}
			v := *s.AmountCents
			share.AmountCents, sum = &v, sum+v
		}
		out = append(out, share)
	}
	switch {
	case mode == SharePercent && sum != FullShare:
		return nil, FieldErrorf(EINVALID, "shares", "Die Anteile ergeben %s, sie müssen zusammen genau 100 %% ergeben.", FormatPercent(sum))
	case mode == ShareAmount && sum < plannedCents:
		return nil, FieldErrorf(EINVALID, "shares", "Die Anteile ergeben %s, geplant sind %s: Es fehlen noch %s.", FormatEuro(sum), FormatEuro(plannedCents), FormatEuro(plannedCents-sum))
	case mode == ShareAmount && sum > plannedCents:
		return nil, FieldErrorf(EINVALID, "shares", "Die Anteile ergeben %s, geplant sind %s: %s zu viel.", FormatEuro(sum), FormatEuro(plannedCents), FormatEuro(sum-plannedCents))
	}
	return out, nil
}

// CheckCents validates an amount of money: not negative, at most MaxBudgetCents.
func CheckCents(field, label string, cents int) error {
	if cents < 0 {
		return FieldErrorf(EINVALID, field, "%s darf nicht negativ sein.", label)
	}
	if cents > MaxBudgetCents {
		return FieldErrorf(EINVALID, field, "%s darf höchstens %s sein.", label, FormatEuro(MaxBudgetCents))
	}
	return nil
}

// FormatEuro writes cents the German way: 123450 → "1.234,50 €".
func FormatEuro(cents int) string {
	sign := ""
	if cents < 0 {
		sign, cents = "-", -cents
	}
	euros := strconv.Itoa(cents / 100)
	var b strings.Builder
	for i, r := range euros {
		if i > 0 && (len(euros)-i)%3 == 0 {
			b.WriteByte('.')
		}
		b.WriteRune(r)
	}
	return fmt.Sprintf("%s%s,%02d €", sign, b.String(), cents%100)
}

// FormatPercent writes basis points the German way: 3350 → "33,5 %", 10000 → "100 %".
func FormatPercent(bp int) string {
	s := fmt.Sprintf("%d,%02d", bp/100, bp%100)
	s = strings.TrimSuffix(strings.TrimSuffix(s, "0"), ",0")
	s = strings.TrimSuffix(s, ",")
	return s + " %"
}

// SponsorshipKind says what a sponsor gives.
type SponsorshipKind string

// The sponsorship kinds.
const (
	SponsorshipMoney  SponsorshipKind = "MONEY"
	SponsorshipInKind SponsorshipKind = "IN_KIND"
)

// Valid reports whether k is a known kind.
func (k SponsorshipKind) Valid() bool { return k == SponsorshipMoney || k == SponsorshipInKind }

// SponsorshipStatus says whether the sponsorship has arrived.
type SponsorshipStatus string

// The sponsorship statuses.
const (
	SponsorshipPledged  SponsorshipStatus = "PLEDGED"
	SponsorshipReceived SponsorshipStatus = "RECEIVED"
)

// Valid reports whether s is a known status.
func (s SponsorshipStatus) Valid() bool { return s == SponsorshipPledged || s == SponsorshipReceived }

// Sponsorship is money or a contribution in kind an organisation gives to an event.
type Sponsorship struct {
	ID             string            `db:"id"`
	CooperationID  string            `db:"cooperation_id"`
	EventID        string            `db:"event_id"`
	OrganisationID string            `db:"organisation_id"`
	Kind           SponsorshipKind   `db:"kind"`
	AmountCents    int               `db:"amount_cents"`
	Status         SponsorshipStatus `db:"status"`
	Note           string            `db:"note"`
	Version        int               `db:"version"`
	Organisation   *Organisation     `db:"-"`
}

// BudgetPartnerTotal is what one partner pays: its parts of the lines, its part of the money
// sponsorships, and the net.
type BudgetPartnerTotal struct {
	Partner *Partner
	// PlannedCents is the sum of the partner's planned parts.
	PlannedCents int
	// ActualCents is the sum of the partner's actual parts of lines with an actual amount.
	ActualCents int
	// SponsorshipCents is the partner's part of the money sponsorships, split in proportion
	// to the partners' planned parts of each event (evenly where nothing is planned).
	SponsorshipCents int
	// NetCents is what the partner pays after sponsorships: the actual part where a line has
	// one, else the planned part, minus the sponsorship part.
	NetCents int
}

// EventBudget is the budget of one event with its totals.
type EventBudget struct {
	EventID      string
	Lines        []*BudgetLine
	Sponsorships []*Sponsorship
	// Partners has one total per partner of the cooperation, in partner order.
	Partners         []*BudgetPartnerTotal
	PlannedCents     int
	ActualCents      int
	SponsorshipCents int
	InKindCents      int
	NetCents         int
}

// Tally computes the line splits and all totals of b for the cooperation's partners.
func (b *EventBudget) Tally(partners []*Partner) {
	idx := make(map[string]int, len(partners))
	b.Partners = make([]*BudgetPartnerTotal, len(partners))
	for i, p := range partners {
		idx[p.ID] = i
		b.Partners[i] = &BudgetPartnerTotal{Partner: p}
	}
	b.PlannedCents, b.ActualCents, b.SponsorshipCents, b.InKindCents, b.NetCents = 0, 0, 0, 0, 0
	cost := 0
	for _, l := range b.Lines {
		l.Split()
		b.PlannedCents += l.PlannedCents
		if l.ActualCents != nil {
			b.ActualCents += *l.ActualCents
			cost += *l.ActualCents
		} else {
			cost += l.PlannedCents
		}
		for _, s := range l.Shares {
			i, ok := idx[s.PartnerID]
			if !ok {
				continue
			}
			t := b.Partners[i]
			t.PlannedCents += s.PlannedCents
			if s.ActualCents != nil {
				t.ActualCents += *s.ActualCents
				t.NetCents += *s.ActualCents
			} else {
				t.NetCents += s.PlannedCents
			}
		}
	}
	for _, s := range b.Sponsorships {
		if s.Kind == SponsorshipMoney {
			b.SponsorshipCents += s.AmountCents
		} else {
			b.InKindCents += s.AmountCents
		}
	}
	weights := make([]int, len(partners))
	for i, t := range b.Partners {
		weights[i] = t.PlannedCents
	}
	for i, part := range SplitCents(b.SponsorshipCents, weights) {
		b.Partners[i].SponsorshipCents = part
		b.Partners[i].NetCents -= part
	}
	b.NetCents = cost - b.SponsorshipCents
}

// BudgetEventTotal is one event's totals in the yearly summary.
type BudgetEventTotal struct {
	Event            *Event
	PlannedCents     int
	ActualCents      int
	SponsorshipCents int
	NetCents         int
}

// BudgetSummary is a cooperation's budget of one year (events by their start in Berlin).
type BudgetSummary struct {
	Year             int
	Partners         []*BudgetPartnerTotal
	Events           []*BudgetEventTotal
	PlannedCents     int
	ActualCents      int
	SponsorshipCents int
	NetCents         int
}

// Summarise adds up the event budgets (each tallied) into a yearly summary.
func Summarise(year int, partners []*Partner, events []*Event, budgets []*EventBudget) *BudgetSummary {
	s := &BudgetSummary{Year: year, Partners: make([]*BudgetPartnerTotal, len(partners)), Events: make([]*BudgetEventTotal, len(events))}
	for i, p := range partners {
		s.Partners[i] = &BudgetPartnerTotal{Partner: p}
	}
	for i, b := range budgets {
		b.Tally(partners)
		s.Events[i] = &BudgetEventTotal{Event: events[i], PlannedCents: b.PlannedCents, ActualCents: b.ActualCents, SponsorshipCents: b.SponsorshipCents, NetCents: b.NetCents}
		s.PlannedCents += b.PlannedCents
		s.ActualCents += b.ActualCents
		s.SponsorshipCents += b.SponsorshipCents
		s.NetCents += b.NetCents
		for j, t := range b.Partners {
			st := s.Partners[j]
			st.PlannedCents += t.PlannedCents
			st.ActualCents += t.ActualCents
			st.SponsorshipCents += t.SponsorshipCents
			st.NetCents += t.NetCents
		}
	}
	return s
}

// CreateBudgetLineInput adds a line to an event's budget.
type CreateBudgetLineInput struct {
	EventID      string
	Category     BudgetCategory
	Description  *string
	PlannedCents int
	ActualCents  *int
	ShareMode    BudgetShareMode
	Shares       []*BudgetShareInput
}

// UpdateBudgetLineInput changes a line; nil fields stay. Shares, when given, replace the old
// ones; either way the shares must fit the line afterwards.
type UpdateBudgetLineInput struct {
	ID           string
	Version      int
	Category     *BudgetCategory
	Description  *string
	PlannedCents *int
	ActualCents  *int
	ClearActual  *bool
	ShareMode    *BudgetShareMode
	Shares       []*BudgetShareInput
}

// DeleteBudgetLineInput deletes a line.
type DeleteBudgetLineInput struct {
	ID      string
	Version int
}

// CreateSponsorshipInput records a sponsorship of an event.
type CreateSponsorshipInput struct {
	EventID        string
	OrganisationID string
	Kind           SponsorshipKind
	AmountCents    int
	Status         *SponsorshipStatus
	Note           *string
}

// UpdateSponsorshipInput changes a sponsorship; nil fields stay.
type UpdateSponsorshipInput struct {
	ID             string
	Version        int
	OrganisationID *string
	Kind           *SponsorshipKind
	AmountCents    *int
	Status         *SponsorshipStatus
	Note           *string
}

// DeleteSponsorshipInput deletes a sponsorship.
type DeleteSponsorshipInput struct {
	ID      string
	Version int
}

// CheckSponsorship validates the fields of a sponsorship as they will be stored.
func CheckSponsorship(s *Sponsorship) error {
	if !s.Kind.Valid() {
		return FieldErrorf(EINVALID, "kind", "Bitte wählen Sie, ob Geld oder eine Sachleistung gegeben wird.")
	}
	if !s.Status.Valid() {
		return FieldErrorf(EINVALID, "status", "Bitte wählen Sie, ob die Leistung zugesagt oder eingegangen ist.")
	}
	if s.AmountCents <= 0 {
		return FieldErrorf(EINVALID, "amountCents", "Der Betrag muss größer als 0 € sein.")
	}
	if err := CheckCents("amountCents", "Der Betrag", s.AmountCents); err != nil {
		return err
	}
	var err error
	s.Note, err = OptionalText("note", "Die Notiz", s.Note, 1000)
	return err
}

// BudgetService keeps the budgets of events. Every change returns the event's budget after it,
// so that a client shows the new totals at once.
type BudgetService interface {
	// EventBudgets returns the budgets of the given events, in their order, each with totals.
	EventBudgets(ctx context.Context, eventIDs []string) ([]*EventBudget, error)
	// BudgetSummary returns a cooperation's totals of one year per partner and per event.
	BudgetSummary(ctx context.Context, cooperationID string, year int) (*BudgetSummary, error)
	// CreateBudgetLine adds a line with its shares.
	CreateBudgetLine(ctx context.Context, in CreateBudgetLineInput) (*BudgetLine, *EventBudget, error)
	// UpdateBudgetLine changes a line and its shares.
	UpdateBudgetLine(ctx context.Context, in UpdateBudgetLineInput) (*BudgetLine, *EventBudget, error)
	// DeleteBudgetLine deletes a line and its shares.
	DeleteBudgetLine(ctx context.Context, in DeleteBudgetLineInput) (*EventBudget, error)
	// CreateSponsorship records a sponsorship.
	CreateSponsorship(ctx context.Context, in CreateSponsorshipInput) (*Sponsorship, *EventBudget, error)
	// UpdateSponsorship changes a sponsorship.
	UpdateSponsorship(ctx context.Context, in UpdateSponsorshipInput) (*Sponsorship, *EventBudget, error)
	// DeleteSponsorship deletes a sponsorship.
	DeleteSponsorship(ctx context.Context, in DeleteSponsorshipInput) (*EventBudget, error)
}
