package koop

import (
	"context"
	"strconv"
	"strings"
	"time"
)

// The annual report [Jahresbericht]: a printable summary of one year of a cooperation, for all
// partners or one, and a CSV of its figures (DOMAIN.md "Across everything").

// ReportEvent is an event held in the report's year.
type ReportEvent struct {
	ID              string    `db:"id"`
	Title           string    `db:"title"`
	SeriesName      *string   `db:"series_name"`
	StartsAt        time.Time `db:"starts_at"`
	LeadPartnerName string    `db:"lead_partner_name"`
	Invited         int       `db:"invited"`
	Accepted        int       `db:"accepted"`
	Attended        int       `db:"attended"`
	SeatsAttended   int       `db:"seats_attended"`
}

// ReportBudgetPartner is the money of one partner in the report's year.
type ReportBudgetPartner struct {
	Partner      *Partner
	PlannedCents int
	ActualCents  int
}

// ReportWinner is the winner of a category.
type ReportWinner struct {
	Category         string
	OrganisationName string
}

// ReportAward is an award cycle of the report's year.
type ReportAward struct {
	CycleID         string
	Title           string
	Phase           AwardPhase
	NominationCount int
	Winners         []*ReportWinner
}

// ReportDecision is a decision of the retreat held in the report's year.
type ReportDecision struct {
	ID               string          `db:"id"`
	Text             string          `db:"text"`
	Outcome          DecisionOutcome `db:"outcome"`
	OwnerPartnerName *string         `db:"owner_partner_name"`
	DueOn            *time.Time      `db:"due_on"`
}

// ReportRetreat is the retreat held in the report's year.
type ReportRetreat struct {
	ID        string
	Title     string
	PlanYear  int
	StartsOn  time.Time
	Status    RetreatStatus
	Decisions []*ReportDecision
}

// ReportMilestone is a milestone due in the report's year.
type ReportMilestone struct {
	Title  string     `db:"title"`
	DueOn  time.Time  `db:"due_on"`
	DoneOn *time.Time `db:"done_on"`
}

// ReportWorkstream is a workstream active in the report's year.
type ReportWorkstream struct {
	ID               string
	Title            string
	Status           WorkstreamStatus
	LeadPartnerNames []string
	Milestones       []*ReportMilestone
}

// ReportKpi is a KPI's value at the end of the report's year against its target.
type ReportKpi struct {
	ID         string
	Name       string
	Unit       string
	Subject    *KpiSubject
	Baseline   float64
	Value      *float64
	MeasuredOn *time.Time
	Target     float64
	TargetOn   *time.Time
	State      KpiState
}

// ReportCommitment is a commitment's standing in the report's year.
type ReportCommitment struct {
	ID          string
	Title       string
	Status      CommitmentStatus
	FulfilledBy []string
}

// AnnualReport is the annual report of a cooperation.
type AnnualReport struct {
	CooperationID string
	Year          int
	Partner       *Partner
	GeneratedAt   time.Time
	Empty         bool
	Events        []*ReportEvent
	TotalGuests   int
	Budget        []*ReportBudgetPartner
	Awards        []*ReportAward
	Retreat       *ReportRetreat
	Workstreams   []*ReportWorkstream
	Kpis          []*ReportKpi
	Commitments   []*ReportCommitment
	// CsvURL is filled by the transport (a signed link).
	CsvURL string
}

// ReportService computes annual reports.
type ReportService interface {
	AnnualReport(ctx context.Context, cooperationID string, year int, partnerID *string) (*AnnualReport, error)
}

// PermViewReport: read the annual report and its CSV (everyone but EXTERNAL, who see only the
// cycles they judge).
const PermViewReport Permission = 180

func init() {
	extraPermissions[PermViewReport] = []Role{RoleAdmin, RoleCoordinator, RoleMember, RoleViewer}
}

// The years an annual report may cover.
const (
	ReportFirstYear = 2000
	ReportLastYear  = 2100
)

// CheckReportYear refuses a year outside ReportFirstYear–ReportLastYear.
func CheckReportYear(year int) error {
	if year < ReportFirstYear || year > ReportLastYear {
		return FieldErrorf(EINVALID, "year", "Bitte wählen Sie ein Jahr zwischen %d und %d.", ReportFirstYear, ReportLastYear)
	}
	return nil
}

// ReportPeriod is the time a report covers.
type ReportPeriod struct {
	Year int
	// From and Until bound the instants of the year in Berlin (Until exclusive): events and
	// retreats belong to the year their start lies in there.
	From, Until time.Time
	// FirstDay and LastDay are 1 January and 31 December as stored dates (midnight UTC).
	FirstDay, LastDay time.Time
	// AsOf is the day KPIs are read at: 31 December, or today while the year is not over.
	AsOf time.Time
}

// NewReportPeriod returns the period of year; today is the Berlin date as midnight UTC.
func NewReportPeriod(year int, today time.Time) ReportPeriod {
	p := ReportPeriod{
		Year:     year,
		From:     time.Date(year, 1, 1, 0, 0, 0, 0, Berlin),
		Until:    time.Date(year+1, 1, 1, 0, 0, 0, 0, Berlin),
		FirstDay: time.Date(year, 1, 1, 0, 0, 0, 0, time.UTC),
		LastDay:  time.Date(year, 12, 31, 0, 0, 0, 0, time.UTC),
	}
	p.AsOf = p.LastDay
	if today.Before(p.AsOf) {
		p.AsOf = today
	}
	return p
}

// Contains reports whether the stored date d lies in the year.
func (p ReportPeriod) Contains(d time.Time) bool {
	return !d.Before(p.FirstDay) && !d.After(p.LastDay)
}

// PartnerLabel is how the report names a partner: its short name, else its name.
func PartnerLabel(p *Partner) string {
	if p == nil || p.Organisation == nil {
		return ""
	}
	if p.Organisation.ShortName != "" {
		return p.Organisation.ShortName
	}
	return p.Organisation.Name
}

// ReportKpiAsOf reads k as it stood at the end of day asOf: its measurements up to that day,
// with the state KpiProgress gives them. k's measurements are oldest first; k is not changed.
func ReportKpiAsOf(k *Kpi, asOf time.Time) *ReportKpi {
	at := *k
	at.Measurements = nil
	for _, m := range k.Measurements {
		if !m.MeasuredOn.After(asOf) {
			at.Measurements = append(at.Measurements, m)
		}
	}
	KpiProgress(&at)
	r := &ReportKpi{ID: k.ID, Name: k.Name, Unit: k.Unit, Subject: k.Subject, Baseline: k.Baseline, Target: k.Target,
		TargetOn: k.TargetOn, State: at.State}
	if at.Latest != nil {
		v, on := at.Latest.Value, at.Latest.MeasuredOn
		r.Value, r.MeasuredOn = &v, &on
	}
	return r
}

// ReportCommitmentIn is commitment k's standing in year, from the agreement ledger (Years):
// its status and the titles of what fulfils it in that year. ok is false when the agreement
// does not cover the year.
func ReportCommitmentIn(k *Commitment, year int) (out *ReportCommitment, ok bool) {
	for _, y := range k.Years {
		if y.Year != year {
			continue
		}
		out = &ReportCommitment{ID: k.ID, Title: k.Title, Status: y.Status, FulfilledBy: []string{}}
		for _, f := range y.Fulfilments {
			if f.State == FulfilmentDone {
				out.FulfilledBy = append(out.FulfilledBy, f.Title)
			}
		}
		return out, true
	}
	return nil, false
}

// Finish adds up the guests and decides whether anything happened in the year: no events, no
// award cycle, no retreat, no workstream and no KPI measured in the year make an empty report,
// whose lists are all empty.
func (r *AnnualReport) Finish(p ReportPeriod) {
	r.TotalGuests = 0
	for _, e := range r.Events {
		r.TotalGuests += e.SeatsAttended
	}
	measured := false
	for _, k := range r.Kpis {
		if k.MeasuredOn != nil && p.Contains(*k.MeasuredOn) {
			measured = true
		}
	}
	r.Empty = len(r.Events) == 0 && len(r.Awards) == 0 && r.Retreat == nil && len(r.Workstreams) == 0 && !measured
	if r.Empty {
		r.Events, r.Budget, r.Awards, r.Workstreams = []*ReportEvent{}, []*ReportBudgetPartner{}, []*ReportAward{}, []*ReportWorkstream{}
		r.Kpis, r.Commitments, r.TotalGuests = []*ReportKpi{}, []*ReportCommitment{}, 0
	}
}

// ReportFileName is the CSV's file name: "jahresbericht-2026.csv", or with the partner's short
// name "jahresbericht-2026-wkhl.csv".
func ReportFileName(year int, partner *Partner) string {
	name := "jahresbericht-" + strconv.Itoa(year)
	if partner != nil {
		name += "-" + strings.ToLower(FileNameFor(PartnerLabel(partner), ""))
	}
	return name + ".csv"
}
