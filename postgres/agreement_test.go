package postgres_test

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/koop-lichtenberg/koop"
	"github.com/koop-lichtenberg/koop/postgres"
	"github.com/koop-lichtenberg/koop/postgres/pgtest"
)

// agEnv is a cooperation of its own (no demo data), acted on by its ADMIN. The test clock says
// 25 November 2026.
type agEnv struct {
	db        *pgtest.DB
	svc       *postgres.AgreementService
	admin     context.Context
	coopID    string
	partners  []string // partner IDs in partner order
	names     []string // their organisations' names
	programme string   // an award programme, made on first use
}

func agSetup(t *testing.T, db *pgtest.DB) *agEnv {
	t.Helper()
	root := fmt.Sprintf("root.%d@agreement.test", time.Now().UnixNano())
	authzAddUser(t, db, root, "Rita Root", true)
	admin := fmt.Sprintf("admin.%d@agreement.test", time.Now().UnixNano())
	c, err := postgres.NewCooperationService(db.DB).CreateCooperation(db.As(t, root), koop.CreateCooperationInput{
		Name: "Kooperation Testhausen " + admin,
		Partners: []*koop.NewPartnerInput{
			{Name: "Bezirksamt Testhausen", Kind: koop.OrganisationAuthority},
			{Name: "Wirtschaftskreis Testhausen", Kind: koop.OrganisationAssociation},
			{Name: "IHK Testhausen", Kind: koop.OrganisationOther},
		},
		AdminEmail: admin, AdminName: "Ada Admin"})
	if err != nil {
		t.Fatalf("create cooperation: %v", err)
	}
	e := &agEnv{db: db, svc: postgres.NewAgreementService(db.DB), admin: db.As(t, admin), coopID: c.ID}
	for _, p := range c.Partners {
		e.partners = append(e.partners, p.ID)
		e.names = append(e.names, p.Organisation.Name)
	}
	return e
}

func agDate(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// exec runs SQL that arranges data the test needs.
func (e *agEnv) exec(t *testing.T, query string, args ...any) {
	t.Helper()
	if _, err := e.db.SQL.Exec(query, args...); err != nil {
		t.Fatalf("%s: %v", query, err)
	}
}

func (e *agEnv) id(t *testing.T, query string, args ...any) string {
	t.Helper()
	var id string
	if err := e.db.SQL.Get(&id, query, args...); err != nil {
		t.Fatalf("%s: %v", query, err)
	}
	return id
}

// event inserts an event of the cooperation starting at 18:00 Berlin time on the day.
func (e *agEnv) event(t *testing.T, title string, day time.Time, status koop.EventStatus) string {
	t.Helper()
	start := time.Date(day.Year(), day.Month(), day.Day(), 18, 0, 0, 0, koop.Berlin)
	return e.id(t, `INSERT INTO events (cooperation_id, title, starts_at, ends_at, lead_partner_id, status, created_at, updated_at)
		VALUES ($1, $2, $3, $4, $5, $6, now(), now()) RETURNING id`, e.coopID, title, start, start.Add(3*time.Hour), e.partners[0], status)
}

// cycle inserts an award cycle of the cooperation for the year.
func (e *agEnv) cycle(t *testing.T, year int, phase koop.AwardPhase) string {
	t.Helper()
	if e.programme == "" {
		e.programme = e.id(t, `INSERT INTO award_programmes (cooperation_id, name, created_at, updated_at) VALUES ($1, 'Unternehmen des Jahres', now(), now()) RETURNING id`, e.coopID)
	}
	opens := time.Date(year, 3, 1, 0, 0, 0, 0, time.UTC)
	return e.id(t, `INSERT INTO award_cycles (cooperation_id, programme_id, year, title, nomination_opens_at, nomination_closes_at, voting_closes_at,
			quorum, tie_break_rule, phase, created_at, updated_at)
		VALUES ($1, $2, $3, $4, $5, $6, $7, 3, 'MEDIAN_THEN_CHAIR', $8, now(), now()) RETURNING id`,
		e.coopID, e.programme, year, fmt.Sprintf("Unternehmen des Jahres %d", year), opens, opens.AddDate(0, 2, 0), opens.AddDate(0, 4, 0), phase)
}

// workstream inserts a workstream of the cooperation.
func (e *agEnv) workstream(t *testing.T, title string, status koop.WorkstreamStatus, starts time.Time, ends *time.Time) string {
	t.Helper()
	return e.id(t, `INSERT INTO workstreams (cooperation_id, title, status, starts_on, ends_on, created_at, updated_at)
		VALUES ($1, $2, $3, $4, $5, now(), now()) RETURNING id`, e.coopID, title, status, starts, ends)
}

// signedParties names every partner with a signatory who signed on the day.
func (e *agEnv) signedParties(day time.Time) []*koop.AgreementPartyInput {
	out := make([]*koop.AgreementPartyInput, len(e.partners))
	for i, p := range e.partners {
		out[i] = &koop.AgreementPartyInput{PartnerID: p, Signatory: authzPtr(fmt.Sprintf("Person %d", i+1)), SignedOn: &day}
	}
	return out
}

// draft creates a draft with every party's signature recorded and the commitments given
// (title, recurring).
func (e *agEnv) draft(t *testing.T, title string, from time.Time, until *time.Time, commitments ...any) *koop.Agreement {
	t.Helper()
	a, err := e.svc.CreateAgreement(e.admin, koop.CreateAgreementInput{CooperationID: e.coopID, Title: title, ValidFrom: from, ValidUntil: until,
		Parties: e.signedParties(agDate(2021, 12, 1))})
	if err != nil {
		t.Fatalf("create agreement %s: %v", title, err)
	}
	for i := 0; i < len(commitments); i += 2 {
		if a, err = e.svc.CreateCommitment(e.admin, koop.CreateCommitmentInput{AgreementID: a.ID, Title: commitments[i].(string),
			Recurring: authzPtr(commitments[i+1].(bool))}); err != nil {
			t.Fatalf("create commitment: %v", err)
		}
	}
	return a
}

func (e *agEnv) sign(t *testing.T, a *koop.Agreement) *koop.Agreement {
	t.Helper()
	a, err := e.svc.SignAgreement(e.admin, koop.SignAgreementInput{ID: a.ID, Version: a.Version})
	if err != nil {
		t.Fatalf("sign %s: %v", a.Title, err)
	}
	return a
}

func (e *agEnv) link(t *testing.T, commitmentID string, kind koop.FulfilmentKind, measureID string, year *int) *koop.Agreement {
	t.Helper()
	a, err := e.svc.AddFulfilment(e.admin, koop.AddFulfilmentInput{CommitmentID: commitmentID, Kind: kind, MeasureID: measureID, Year: year})
	if err != nil {
		t.Fatalf("link %s %s: %v", kind, measureID, err)
	}
	return a
}

func agWantCode(t *testing.T, what string, err error, code string) {
	t.Helper()
	if got := koop.ErrorCode(err); got != code {
		t.Errorf("%s: code %q, want %q (%v)", what, got, code, err)
	}
}

// agLedger writes a commitment's standing per year as "2024:FULFILLED ...".
func agLedger(k *koop.Commitment) string {
	parts := make([]string, len(k.Years))
	for i, y := range k.Years {
		parts[i] = fmt.Sprintf("%d:%s", y.Year, y.Status)
	}
	return strings.Join(parts, " ")
}

// The ledger of constructed cases: per commitment and year, the linked measures and the
// standing derived from them; today is 25 November 2026.
func TestAgreementLedger(t *testing.T) {
	t.Parallel()
	e := agSetup(t, pgtest.New(t))
	a := e.draft(t, "Vereinbarung 2024–2027", agDate(2024, 1, 1), authzPtr(agDate(2027, 12, 31)),
		"Wirtschaftsdinner gemeinsam fortführen", true,
		"Investitionsmesse veranstalten", false,
		"Fachkräfte sichern", true,
		"Einmal pro Jahr in Klausur gehen", true)
	dinner, fair, skilled, retreat := a.Commitments[0].ID, a.Commitments[1].ID, a.Commitments[2].ID, a.Commitments[3].ID
	if diff := cmp.Diff([]int{2024, 2025, 2026, 2027}, a.Years); diff != "" {
		t.Errorf("years (-want +got):\n%s", diff)
	}

	held := e.event(t, "Wirtschaftsdinner 2024", agDate(2024, 9, 12), koop.EventHeld)
	planned := e.event(t, "Wirtschaftsdinner 2026", agDate(2026, 12, 10), koop.EventPlanning)
	e.link(t, dinner, koop.FulfilmentEvent, held, nil)
	e.link(t, dinner, koop.FulfilmentEvent, planned, authzPtr(2026))
	e.link(t, fair, koop.FulfilmentAwardCycle, e.cycle(t, 2025, koop.PhaseDecided), nil)
	e.link(t, fair, koop.FulfilmentAwardCycle, e.cycle(t, 2024, koop.PhaseJuryVoting), nil)
	ws := e.workstream(t, "Fachkräftesicherung", koop.WorkstreamAtRisk, agDate(2025, 3, 1), nil)
	e.link(t, skilled, koop.FulfilmentWorkstream, ws, authzPtr(2025))
	e.link(t, skilled, koop.FulfilmentWorkstream, ws, authzPtr(2026))
	cancelled := e.event(t, "Klausur 2026", agDate(2026, 2, 5), koop.EventCancelled)
	a = e.link(t, retreat, koop.FulfilmentEvent, cancelled, nil)

	want := map[string]string{
		// held in 2024, nothing in 2025, planned for this December, next year ahead
		dinner: "2024:FULFILLED 2025:AT_RISK 2026:OPEN 2027:OPEN",
		// one-off: the cycle of 2024 was never decided, the one of 2025 fulfils it for good
		fair: "2024:AT_RISK 2025:FULFILLED 2026:FULFILLED 2027:FULFILLED",
		// a workstream at risk: a past year without fulfilment, and this year troubled
		skilled: "2024:AT_RISK 2025:AT_RISK 2026:AT_RISK 2027:OPEN",
		// the only retreat this year was cancelled
		retreat: "2024:AT_RISK 2025:AT_RISK 2026:AT_RISK 2027:OPEN",
	}
	got := map[string]string{}
	for _, k := range a.Commitments {
		got[k.ID] = agLedger(k)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("ledger (-want +got):\n%s", diff)
	}

	// The fulfilments carry what the page shows.
	y2024 := a.Commitments[0].Years[0]
	if len(y2024.Fulfilments) != 1 {
		t.Fatalf("dinner 2024: %d fulfilments, want 1", len(y2024.Fulfilments))
	}
	f := y2024.Fulfilments[0]
	if f.Kind != koop.FulfilmentEvent || f.MeasureID != held || f.Title != "Wirtschaftsdinner 2024" || f.Detail != string(koop.EventHeld) ||
		f.State != koop.FulfilmentDone || f.Year != 2024 || f.Date == nil || !f.Date.Equal(time.Date(2024, 9, 12, 18, 0, 0, 0, koop.Berlin)) {
		t.Errorf("dinner 2024 fulfilment: %+v", f)
	}
	states := map[string]koop.FulfilmentState{}
	for _, k := range a.Commitments {
		for _, y := range k.Years {
			for _, f := range y.Fulfilments {
				states[fmt.Sprintf("%s %d", f.Title, f.Year)] = f.State
				if f.Kind != koop.FulfilmentEvent && f.Date != nil {
					t.Errorf("%s has a date", f.Title)
				}
			}
		}
	}
	wantStates := map[string]koop.FulfilmentState{
		"Wirtschaftsdinner 2024 2024": koop.FulfilmentDone, "Wirtschaftsdinner 2026 2026": koop.FulfilmentUnderWay,
		"Unternehmen des Jahres 2025 2025": koop.FulfilmentDone, "Unternehmen des Jahres 2024 2024": koop.FulfilmentUnderWay,
		"Fachkräftesicherung 2025": koop.FulfilmentTroubled, "Fachkräftesicherung 2026": koop.FulfilmentTroubled,
		"Klausur 2026 2026": koop.FulfilmentVoid,
	}
	if diff := cmp.Diff(wantStates, states); diff != "" {
		t.Errorf("fulfilment states (-want +got):\n%s", diff)
	}

	// The workstream is done, the dinner of this year held: the ledger follows the measures.
	e.exec(t, `UPDATE workstreams SET status = 'DONE' WHERE id = $1`, ws)
	e.exec(t, `UPDATE events SET status = 'DOCUMENTED' WHERE id = $1`, planned)
	a, err := e.svc.Agreement(e.admin, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got := agLedger(a.Commitments[0]); got != "2024:FULFILLED 2025:AT_RISK 2026:FULFILLED 2027:OPEN" {
		t.Errorf("dinner after the December dinner: %s", got)
	}
	if got := agLedger(a.Commitments[2]); got != "2024:AT_RISK 2025:FULFILLED 2026:FULFILLED 2027:OPEN" {
		t.Errorf("skilled workers after the workstream is done: %s", got)
	}

	// A paused workstream counts for nothing.
	paused := e.workstream(t, "Tourismus", koop.WorkstreamPaused, agDate(2026, 1, 1), authzPtr(agDate(2026, 12, 31)))
	a = e.link(t, retreat, koop.FulfilmentWorkstream, paused, authzPtr(2026))
	if st := a.Commitments[3].Years[2]; st.Status != koop.CommitmentAtRisk || len(st.Fulfilments) != 2 {
		t.Errorf("retreat 2026 with a paused workstream: %s, %d fulfilments", st.Status, len(st.Fulfilments))
	}
}

// An open-ended agreement runs in the ledger up to next year.
func TestAgreementOpenEndedYears(t *testing.T) {
	t.Parallel()
	e := agSetup(t, pgtest.New(t))
	a := e.draft(t, "Unbefristet", agDate(2025, 4, 1), nil, "Wirtschaftsdinner", true)
	if diff := cmp.Diff([]int{2025, 2026, 2027}, a.Years); diff != "" {
		t.Errorf("years (-want +got):\n%s", diff)
	}
	if len(a.Commitments[0].Years) != 3 {
		t.Errorf("commitment years: %d, want 3", len(a.Commitments[0].Years))
	}
	// A later event extends the ledger to its year.
	a = e.link(t, a.Commitments[0].ID, koop.FulfilmentEvent, e.event(t, "Dinner 2029", agDate(2029, 9, 1), koop.EventIdea), nil)
	if diff := cmp.Diff([]int{2025, 2026, 2027, 2028, 2029}, a.Years); diff != "" {
		t.Errorf("years with a 2029 event (-want +got):\n%s", diff)
	}
}

// Linking a measure: it must belong to the cooperation, count for a year of the agreement
// (an event's and a cycle's own year, a workstream's year within its dates), and only once.
func TestAgreementAddFulfilmentRefusals(t *testing.T) {
	t.Parallel()
	db := pgtest.New(t)
	e := agSetup(t, db)
	other := agSetup(t, db)
	a := e.draft(t, "Vereinbarung 2024–2026", agDate(2024, 1, 1), authzPtr(agDate(2026, 12, 31)), "Wirtschaftsdinner", true)
	k := a.Commitments[0].ID
	ev := e.event(t, "Dinner 2025", agDate(2025, 9, 1), koop.EventHeld)
	late := e.event(t, "Dinner 2027", agDate(2027, 9, 1), koop.EventIdea)
	// Berlin's New Year's Eve party starts on 31 December at 23:30 Berlin time: still 2025.
	eve := e.id(t, `INSERT INTO events (cooperation_id, title, starts_at, ends_at, lead_partner_id, created_at, updated_at)
		VALUES ($1, 'Silvester', '2025-12-31 22:30:00+00', '2026-01-01 02:00:00+00', $2, now(), now()) RETURNING id`, e.coopID, e.partners[0])
	ws := e.workstream(t, "Fachkräfte", koop.WorkstreamOnTrack, agDate(2025, 6, 1), authzPtr(agDate(2026, 5, 31)))
	foreign := other.event(t, "Fremdes Dinner", agDate(2025, 9, 1), koop.EventHeld)

	add := func(kind koop.FulfilmentKind, measure string, year *int) error {
		_, err := e.svc.AddFulfilment(e.admin, koop.AddFulfilmentInput{CommitmentID: k, Kind: kind, MeasureID: measure, Year: year})
		return err
	}
	tests := []struct {
		name    string
		kind    koop.FulfilmentKind
		measure string
		year    *int
		code    string
		field   string
	}{
		{"event of another cooperation", koop.FulfilmentEvent, foreign, nil, koop.EINVALID, "measureId"},
		{"malformed measure", koop.FulfilmentEvent, "kein-uuid", nil, koop.EINVALID, "measureId"},
		{"an event as a workstream", koop.FulfilmentWorkstream, ev, authzPtr(2025), koop.EINVALID, "measureId"},
		{"unknown kind", koop.FulfilmentKind("MEETING"), ev, nil, koop.EINVALID, "kind"},
		{"an event as a retreat", koop.FulfilmentRetreat, ev, nil, koop.EINVALID, "measureId"},
		{"event in a year after the agreement", koop.FulfilmentEvent, late, nil, koop.EINVALID, "year"},
		{"event for another year than its own", koop.FulfilmentEvent, ev, authzPtr(2024), koop.EINVALID, "year"},
		{"workstream without a year", koop.FulfilmentWorkstream, ws, nil, koop.EINVALID, "year"},
		{"workstream before it starts", koop.FulfilmentWorkstream, ws, authzPtr(2024), koop.EINVALID, "year"},
		{"cycle of another year than given", koop.FulfilmentAwardCycle, e.cycle(t, 2025, koop.PhaseDraft), authzPtr(2026), koop.EINVALID, "year"},
	}
	for _, tt := range tests {
		err := add(tt.kind, tt.measure, tt.year)
		agWantCode(t, tt.name, err, tt.code)
		if koop.ErrorField(err) != tt.field {
			t.Errorf("%s: field %q, want %q", tt.name, koop.ErrorField(err), tt.field)
		}
	}
	if n := db.Count(t, `SELECT count(*) FROM commitment_fulfilments`); n != 0 {
		t.Fatalf("%d links after refusals", n)
	}

	if err := add(koop.FulfilmentEvent, eve, nil); err != nil {
		t.Fatalf("New Year's Eve: %v", err)
	}
	if y := db.Count(t, `SELECT year FROM commitment_fulfilments WHERE event_id = $1`, eve); y != 2025 {
		t.Errorf("New Year's Eve counts for %d, want 2025 (Berlin)", y)
	}
	if err := add(koop.FulfilmentEvent, ev, authzPtr(2025)); err != nil {
		t.Fatalf("event with its own year: %v", err)
	}
	agWantCode(t, "the same event twice", add(koop.FulfilmentEvent, ev, nil), koop.ECONFLICT)
	if err := add(koop.FulfilmentWorkstream, ws, authzPtr(2025)); err != nil {
		t.Fatalf("workstream 2025: %v", err)
	}
	if err := add(koop.FulfilmentWorkstream, ws, authzPtr(2026)); err != nil {
		t.Fatalf("workstream 2026: %v", err)
	}
	agWantCode(t, "the same workstream for the same year", add(koop.FulfilmentWorkstream, ws, authzPtr(2026)), koop.ECONFLICT)

	// Removing a link; a second removal finds nothing; the other cooperation finds nothing either.
	link := e.id(t, `SELECT id::text FROM commitment_fulfilments WHERE event_id = $1`, ev)
	_, err := e.svc.RemoveFulfilment(other.admin, link)
	agWantCode(t, "remove by another cooperation's admin", err, koop.ENOTFOUND)
	a, err = e.svc.RemoveFulfilment(e.admin, link)
	if err != nil {
		t.Fatalf("remove: %v", err)
	}
	if n := len(a.Commitments[0].Years[1].Fulfilments); n != 2 {
		t.Errorf("2025 after removing the dinner: %d fulfilments, want 2 (Silvester, workstream)", n)
	}
	_, err = e.svc.RemoveFulfilment(e.admin, link)
	agWantCode(t, "remove again", err, koop.ENOTFOUND)
	_, err = e.svc.RemoveFulfilment(e.admin, "kaputt")
	agWantCode(t, "remove a malformed ID", err, koop.ENOTFOUND)

	// The validity cannot shrink past linked years.
	a, err = e.svc.Agreement(e.admin, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	_, err = e.svc.UpdateAgreement(e.admin, koop.UpdateAgreementInput{ID: a.ID, Version: a.Version, ValidUntil: authzPtr(agDate(2025, 12, 31))})
	agWantCode(t, "end before a linked year", err, koop.EINVALID)
	if koop.ErrorField(err) != "validUntil" {
		t.Errorf("field %q, want validUntil", koop.ErrorField(err))
	}
	if _, err := e.svc.UpdateAgreement(e.admin, koop.UpdateAgreementInput{ID: a.ID, Version: a.Version, ValidFrom: authzPtr(agDate(2025, 1, 1))}); err != nil {
		t.Errorf("start in the first linked year: %v", err)
	}
}

// Drafting: title, validity and parties are checked; parties default to every partner.
func TestAgreementCreateAndUpdate(t *testing.T) {
	t.Parallel()
	db := pgtest.New(t)
	e := agSetup(t, db)
	other := agSetup(t, db)
	create := func(in koop.CreateAgreementInput) (*koop.Agreement, error) {
		in.CooperationID = e.coopID
		return e.svc.CreateAgreement(e.admin, in)
	}
	from := agDate(2027, 1, 1)
	tests := []struct {
		name  string
		in    koop.CreateAgreementInput
		field string
	}{
		{"no title", koop.CreateAgreementInput{Title: "  ", ValidFrom: from}, "title"},
		{"no start", koop.CreateAgreementInput{Title: "V"}, "validFrom"},
		{"ends before it starts", koop.CreateAgreementInput{Title: "V", ValidFrom: from, ValidUntil: authzPtr(agDate(2026, 12, 31))}, "validUntil"},
		{"party of another cooperation", koop.CreateAgreementInput{Title: "V", ValidFrom: from,
			Parties: []*koop.AgreementPartyInput{{PartnerID: other.partners[0]}}}, "parties.0.partnerId"},
		{"party twice", koop.CreateAgreementInput{Title: "V", ValidFrom: from,
			Parties: []*koop.AgreementPartyInput{{PartnerID: e.partners[1]}, {PartnerID: e.partners[1]}}}, "parties.1.partnerId"},
		{"no party", koop.CreateAgreementInput{Title: "V", ValidFrom: from, Parties: []*koop.AgreementPartyInput{}}, "parties"},
		{"signed in the future", koop.CreateAgreementInput{Title: "V", ValidFrom: from,
			Parties: []*koop.AgreementPartyInput{{PartnerID: e.partners[0], SignedOn: authzPtr(agDate(2027, 1, 1))}}}, "parties.0.signedOn"},
	}
	for _, tt := range tests {
		_, err := create(tt.in)
		agWantCode(t, tt.name, err, koop.EINVALID)
		if koop.ErrorField(err) != tt.field {
			t.Errorf("%s: field %q, want %q (%v)", tt.name, koop.ErrorField(err), tt.field, err)
		}
	}
	if n := db.Count(t, `SELECT count(*) FROM agreements`); n != 0 {
		t.Fatalf("%d agreements after refusals", n)
	}

	a, err := create(koop.CreateAgreementInput{Title: " Kooperationsvereinbarung 2027 ", ValidFrom: from})
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, p := range a.Parties {
		names = append(names, p.Partner.Organisation.Name)
		if p.Signatory != "" || p.SignedOn != nil {
			t.Errorf("default party %s already signed", p.Partner.Organisation.Name)
		}
	}
	if diff := cmp.Diff(e.names, names); diff != "" {
		t.Errorf("default parties (-want +got):\n%s", diff)
	}
	if a.Title != "Kooperationsvereinbarung 2027" || a.Status != koop.AgreementDraft || a.ValidUntil != nil || !a.CanManage || !a.CanSign || a.Version != 1 {
		t.Errorf("created: %+v", a)
	}

	// Parties given in any order are kept in partner order.
	b, err := create(koop.CreateAgreementInput{Title: "Zweiseitig", ValidFrom: from, Parties: []*koop.AgreementPartyInput{
		{PartnerID: e.partners[2], Signatory: authzPtr("Ina Kammer")}, {PartnerID: e.partners[0]}}})
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Parties) != 2 || b.Parties[0].Partner.ID != e.partners[0] || b.Parties[1].Partner.ID != e.partners[2] || b.Parties[1].Signatory != "Ina Kammer" {
		t.Errorf("parties: %+v %+v", b.Parties[0], b.Parties[1])
	}

	// Updating replaces the parties and checks the version.
	u, err := e.svc.UpdateAgreement(e.admin, koop.UpdateAgreementInput{ID: a.ID, Version: a.Version, Title: authzPtr("KV 2027–2031"),
		ValidUntil: authzPtr(agDate(2031, 12, 31)), Parties: e.signedParties(agDate(2026, 11, 1))})
	if err != nil {
		t.Fatal(err)
	}
	if u.Title != "KV 2027–2031" || u.ValidUntil == nil || u.ValidUntil.Format(time.DateOnly) != "2031-12-31" || u.Version != 2 ||
		len(u.Parties) != 3 || u.Parties[2].Signatory != "Person 3" || len(u.Years) != 5 {
		t.Errorf("updated: %+v", u)
	}
	_, err = e.svc.UpdateAgreement(e.admin, koop.UpdateAgreementInput{ID: a.ID, Version: a.Version, Title: authzPtr("Veraltet")})
	agWantCode(t, "stale version", err, koop.ECONFLICT)
	u, err = e.svc.UpdateAgreement(e.admin, koop.UpdateAgreementInput{ID: a.ID, Version: u.Version, ClearValidUntil: authzPtr(true)})
	if err != nil || u.ValidUntil != nil {
		t.Errorf("clear the end: %+v, %v", u, err)
	}

	// Lists: newest first; other cooperations and malformed IDs find nothing.
	list, err := e.svc.Agreements(e.admin, e.coopID)
	if err != nil || len(list) != 2 {
		t.Fatalf("list: %d, %v", len(list), err)
	}
	_, err = e.svc.Agreement(other.admin, a.ID)
	agWantCode(t, "read by another cooperation's admin", err, koop.ENOTFOUND)
	_, err = e.svc.Agreement(e.admin, "nicht-da")
	agWantCode(t, "malformed ID", err, koop.ENOTFOUND)
	_, err = e.svc.Agreements(other.admin, e.coopID)
	agWantCode(t, "list of another cooperation", err, koop.ENOTFOUND)

	// A draft can be deleted (with a stale version: not).
	err = e.svc.DeleteAgreement(e.admin, koop.DeleteAgreementInput{ID: b.ID, Version: b.Version + 1})
	agWantCode(t, "delete with a stale version", err, koop.ECONFLICT)
	if err := e.svc.DeleteAgreement(e.admin, koop.DeleteAgreementInput{ID: b.ID, Version: b.Version}); err != nil {
		t.Fatalf("delete a draft: %v", err)
	}
	if n := db.Count(t, `SELECT count(*) FROM agreement_parties WHERE agreement_id = $1`, b.ID); n != 0 {
		t.Errorf("the deleted draft left %d parties", n)
	}
	for _, action := range []string{"agreement.create", "agreement.update", "agreement.delete"} {
		if n := db.Count(t, `SELECT count(*) FROM audit_entries WHERE action = $1 AND cooperation_id = $2`, action, e.coopID); n == 0 {
			t.Errorf("no audit entry %s", action)
		}
	}
}

// Commitments keep positions 1..n through moves and deletions, and check their version.
func TestAgreementCommitmentPositions(t *testing.T) {
	t.Parallel()
	e := agSetup(t, pgtest.New(t))
	a := e.draft(t, "V", agDate(2027, 1, 1), nil, "Eins", true, "Zwei", false, "Drei", true, "Vier", true)
	titles := func(a *koop.Agreement) string {
		var s []string
		for i, k := range a.Commitments {
			if k.Position != i+1 {
				t.Errorf("%s at position %d, index %d", k.Title, k.Position, i)
			}
			s = append(s, k.Title)
		}
		return strings.Join(s, ",")
	}
	if got := titles(a); got != "Eins,Zwei,Drei,Vier" {
		t.Fatalf("order: %s", got)
	}
	if a.Commitments[1].Recurring {
		t.Error("Zwei should be one-off")
	}
	vier := a.Commitments[3]
	a, err := e.svc.UpdateCommitment(e.admin, koop.UpdateCommitmentInput{ID: vier.ID, Version: vier.Version, Position: authzPtr(1), Title: authzPtr("Vier!")})
	if err != nil {
		t.Fatal(err)
	}
	if got := titles(a); got != "Vier!,Eins,Zwei,Drei" {
		t.Errorf("after moving Vier to the top: %s", got)
	}
	_, err = e.svc.UpdateCommitment(e.admin, koop.UpdateCommitmentInput{ID: vier.ID, Version: vier.Version, Title: authzPtr("Veraltet")})
	agWantCode(t, "stale commitment version", err, koop.ECONFLICT)
	eins := a.Commitments[1]
	_, err = e.svc.UpdateCommitment(e.admin, koop.UpdateCommitmentInput{ID: eins.ID, Version: eins.Version, Position: authzPtr(5)})
	agWantCode(t, "position beyond the end", err, koop.EINVALID)
	_, err = e.svc.UpdateCommitment(e.admin, koop.UpdateCommitmentInput{ID: eins.ID, Version: eins.Version, Title: authzPtr(strings.Repeat("x", 301))})
	agWantCode(t, "title too long", err, koop.EINVALID)
	a, err = e.svc.UpdateCommitment(e.admin, koop.UpdateCommitmentInput{ID: eins.ID, Version: eins.Version, Position: authzPtr(4)})
	if err != nil {
		t.Fatal(err)
	}
	if got := titles(a); got != "Vier!,Zwei,Drei,Eins" {
		t.Errorf("after moving Eins to the end: %s", got)
	}
	zwei := a.Commitments[1]
	a, err = e.svc.DeleteCommitment(e.admin, koop.DeleteCommitmentInput{ID: zwei.ID, Version: zwei.Version})
	if err != nil {
		t.Fatal(err)
	}
	if got := titles(a); got != "Vier!,Drei,Eins" {
		t.Errorf("after deleting Zwei: %s", got)
	}
	_, err = e.svc.CreateCommitment(e.admin, koop.CreateCommitmentInput{AgreementID: a.ID, Title: " "})
	agWantCode(t, "commitment without a title", err, koop.EINVALID)
	a, err = e.svc.CreateCommitment(e.admin, koop.CreateCommitmentInput{AgreementID: a.ID, Title: "Fünf", Description: authzPtr("Mehr dazu")})
	if err != nil {
		t.Fatal(err)
	}
	if got := titles(a); got != "Vier!,Drei,Eins,Fünf" || !a.Commitments[3].Recurring || a.Commitments[3].Description != "Mehr dazu" {
		t.Errorf("after adding Fünf: %s, %+v", got, a.Commitments[3])
	}
}

// What the partners signed no longer changes: neither the agreement nor its commitments; only
// which measures fulfil them. Signing needs every signature and a version that is current.
func TestAgreementSignedIsImmutable(t *testing.T) {
	t.Parallel()
	e := agSetup(t, pgtest.New(t))
	a, err := e.svc.CreateAgreement(e.admin, koop.CreateAgreementInput{CooperationID: e.coopID, Title: "KV", ValidFrom: agDate(2022, 1, 1),
		ValidUntil: authzPtr(agDate(2026, 12, 31))})
	if err != nil {
		t.Fatal(err)
	}
	a, err = e.svc.CreateCommitment(e.admin, koop.CreateCommitmentInput{AgreementID: a.ID, Title: "Wirtschaftsdinner"})
	if err != nil {
		t.Fatal(err)
	}

	_, err = e.svc.SignAgreement(e.admin, koop.SignAgreementInput{ID: a.ID, Version: a.Version})
	agWantCode(t, "sign without signatures", err, koop.EINVALID)
	if !strings.Contains(koop.ErrorMessage(err), e.names[0]) {
		t.Errorf("the message does not name the partner %s: %s", e.names[0], koop.ErrorMessage(err))
	}
	parties := e.signedParties(agDate(2021, 12, 1))
	parties[1].SignedOn = nil
	a, err = e.svc.UpdateAgreement(e.admin, koop.UpdateAgreementInput{ID: a.ID, Version: a.Version, Parties: parties})
	if err != nil {
		t.Fatal(err)
	}
	_, err = e.svc.SignAgreement(e.admin, koop.SignAgreementInput{ID: a.ID, Version: a.Version})
	agWantCode(t, "sign with a signing date missing", err, koop.EINVALID)
	if koop.ErrorField(err) != "parties.1" || !strings.Contains(koop.ErrorMessage(err), e.names[1]) {
		t.Errorf("field %q, message %q: want parties.1 naming %s", koop.ErrorField(err), koop.ErrorMessage(err), e.names[1])
	}
	a, err = e.svc.UpdateAgreement(e.admin, koop.UpdateAgreementInput{ID: a.ID, Version: a.Version, Parties: e.signedParties(agDate(2021, 12, 1))})
	if err != nil {
		t.Fatal(err)
	}
	_, err = e.svc.SignAgreement(e.admin, koop.SignAgreementInput{ID: a.ID, Version: a.Version - 1})
	agWantCode(t, "sign a stale version", err, koop.ECONFLICT)
	a = e.sign(t, a)
	if a.Status != koop.AgreementSigned || a.SignedAt == nil || !a.SignedAt.Equal(e.db.Clock.T) || a.SignedByName != "Ada Admin" || a.CanSign || !a.CanManage {
		t.Errorf("signed: %+v", a)
	}
	k := a.Commitments[0]

	_, err = e.svc.UpdateAgreement(e.admin, koop.UpdateAgreementInput{ID: a.ID, Version: a.Version, Title: authzPtr("Anders")})
	agWantCode(t, "update a signed agreement", err, koop.ECONFLICT)
	err = e.svc.DeleteAgreement(e.admin, koop.DeleteAgreementInput{ID: a.ID, Version: a.Version})
	agWantCode(t, "delete a signed agreement", err, koop.ECONFLICT)
	_, err = e.svc.SignAgreement(e.admin, koop.SignAgreementInput{ID: a.ID, Version: a.Version})
	agWantCode(t, "sign twice", err, koop.ECONFLICT)
	_, err = e.svc.CreateCommitment(e.admin, koop.CreateCommitmentInput{AgreementID: a.ID, Title: "Neu"})
	agWantCode(t, "add a commitment", err, koop.ECONFLICT)
	_, err = e.svc.UpdateCommitment(e.admin, koop.UpdateCommitmentInput{ID: k.ID, Version: k.Version, Title: authzPtr("Anders")})
	agWantCode(t, "change a commitment", err, koop.ECONFLICT)
	_, err = e.svc.DeleteCommitment(e.admin, koop.DeleteCommitmentInput{ID: k.ID, Version: k.Version})
	agWantCode(t, "delete a commitment", err, koop.ECONFLICT)

	b, err := e.svc.Agreement(e.admin, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(a, b); diff != "" {
		t.Errorf("the refused changes changed the agreement (-before +after):\n%s", diff)
	}
	// Linking measures goes on.
	a = e.link(t, k.ID, koop.FulfilmentEvent, e.event(t, "Dinner 2025", agDate(2025, 9, 1), koop.EventHeld), nil)
	if a.Commitments[0].Years[3].Status != koop.CommitmentFulfilled {
		t.Errorf("2025 after linking the held dinner: %s", a.Commitments[0].Years[3].Status)
	}
}

// Succession: the successor takes over the open commitments (recurring ones, and one-off ones
// not fulfilled), the history stays with the predecessor, there is one successor, and it can
// be signed only once its validity follows the predecessor's.
func TestAgreementSuccession(t *testing.T) {
	t.Parallel()
	db := pgtest.New(t)
	e := agSetup(t, db)
	old := e.draft(t, "Kooperationsvereinbarung 2022–2026", agDate(2022, 1, 1), authzPtr(agDate(2026, 12, 31)),
		"Wirtschaftsdinner gemeinsam fortführen", true,
		"Investitionsmesse veranstalten", false,
		"Gründerzentrum eröffnen", false)
	dinner, fair, centre := old.Commitments[0], old.Commitments[1], old.Commitments[2]
	e.link(t, dinner.ID, koop.FulfilmentEvent, e.event(t, "Dinner 2023", agDate(2023, 9, 1), koop.EventHeld), nil)
	e.link(t, fair.ID, koop.FulfilmentEvent, e.event(t, "Investitionsmesse 2024", agDate(2024, 5, 1), koop.EventDocumented), nil)
	e.link(t, centre.ID, koop.FulfilmentEvent, e.event(t, "Eröffnung abgesagt", agDate(2025, 5, 1), koop.EventCancelled), nil)
	old, err := e.svc.Agreement(e.admin, old.ID)
	if err != nil {
		t.Fatal(err)
	}

	_, err = e.svc.CreateSuccessorAgreement(e.admin, koop.CreateSuccessorAgreementInput{PredecessorID: old.ID, Title: "Nachfolge"})
	agWantCode(t, "successor of a draft", err, koop.ECONFLICT)
	old = e.sign(t, old)
	before := db.Count(t, `SELECT count(*) FROM commitment_fulfilments`)

	_, err = e.svc.CreateSuccessorAgreement(e.admin, koop.CreateSuccessorAgreementInput{PredecessorID: old.ID, Title: " "})
	agWantCode(t, "successor without a title", err, koop.EINVALID)
	_, err = e.svc.CreateSuccessorAgreement(e.admin, koop.CreateSuccessorAgreementInput{PredecessorID: old.ID, Title: "Nachfolge",
		ValidFrom: authzPtr(agDate(2021, 6, 1))})
	agWantCode(t, "successor starting before its predecessor", err, koop.EINVALID)
	next, err := e.svc.CreateSuccessorAgreement(e.admin, koop.CreateSuccessorAgreementInput{PredecessorID: old.ID,
		Title: "Kooperationsvereinbarung 2027–2031", ValidUntil: authzPtr(agDate(2031, 12, 31))})
	if err != nil {
		t.Fatal(err)
	}
	if next.Status != koop.AgreementDraft || next.PredecessorID == nil || *next.PredecessorID != old.ID || next.ValidFrom.Format(time.DateOnly) != "2027-01-01" {
		t.Errorf("successor: %+v", next)
	}
	var carried []string
	for i, k := range next.Commitments {
		carried = append(carried, k.Title)
		from := map[string]string{dinner.Title: dinner.ID, centre.Title: centre.ID}[k.Title]
		if k.CarriedFromID == nil || *k.CarriedFromID != from || k.Position != i+1 {
			t.Errorf("carried commitment %s: from %v, position %d", k.Title, k.CarriedFromID, k.Position)
		}
		for _, y := range k.Years {
			if len(y.Fulfilments) != 0 {
				t.Errorf("carried commitment %s brought fulfilments for %d", k.Title, y.Year)
			}
		}
	}
	// The fair was held (one-off, fulfilled): it stays behind; the centre never opened.
	if diff := cmp.Diff([]string{dinner.Title, centre.Title}, carried); diff != "" {
		t.Errorf("carried commitments (-want +got):\n%s", diff)
	}
	if next.Commitments[1].Recurring {
		t.Error("the centre became recurring")
	}
	if len(next.Parties) != 3 {
		t.Errorf("successor parties: %d, want 3", len(next.Parties))
	}
	for _, p := range next.Parties {
		if p.Signatory != "" || p.SignedOn != nil {
			t.Errorf("successor party %s carries the old signature", p.Partner.Organisation.Name)
		}
	}

	// The history stays with the predecessor.
	again, err := e.svc.Agreement(e.admin, old.ID)
	if err != nil {
		t.Fatal(err)
	}
	if again.SuccessorID == nil || *again.SuccessorID != next.ID {
		t.Errorf("predecessor's successor: %v, want %s", again.SuccessorID, next.ID)
	}
	again.SuccessorID = nil
	if diff := cmp.Diff(old, again); diff != "" {
		t.Errorf("the predecessor changed (-before +after):\n%s", diff)
	}
	if n := db.Count(t, `SELECT count(*) FROM commitment_fulfilments`); n != before {
		t.Errorf("fulfilments: %d, were %d", n, before)
	}

	_, err = e.svc.CreateSuccessorAgreement(e.admin, koop.CreateSuccessorAgreementInput{PredecessorID: old.ID, Title: "Zweite Nachfolge"})
	agWantCode(t, "a second successor", err, koop.ECONFLICT)

	// A successor that starts before the predecessor ends cannot be signed.
	next, err = e.svc.UpdateAgreement(e.admin, koop.UpdateAgreementInput{ID: next.ID, Version: next.Version,
		ValidFrom: authzPtr(agDate(2026, 7, 1)), Parties: e.signedParties(agDate(2026, 11, 20))})
	if err != nil {
		t.Fatal(err)
	}
	_, err = e.svc.SignAgreement(e.admin, koop.SignAgreementInput{ID: next.ID, Version: next.Version})
	agWantCode(t, "sign an overlapping successor", err, koop.ECONFLICT)
	if msg := koop.ErrorMessage(err); !strings.Contains(msg, old.Title) || !strings.Contains(msg, "31.12.2026") {
		t.Errorf("the overlap message does not name the predecessor and its end: %s", msg)
	}
	next, err = e.svc.UpdateAgreement(e.admin, koop.UpdateAgreementInput{ID: next.ID, Version: next.Version, ValidFrom: authzPtr(agDate(2027, 1, 1))})
	if err != nil {
		t.Fatal(err)
	}
	next = e.sign(t, next)
	list, err := e.svc.Agreements(e.admin, e.coopID)
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 2 || list[0].ID != next.ID || list[1].ID != old.ID || list[0].Status != koop.AgreementSigned {
		t.Errorf("agreements newest first: %+v", list)
	}

	// An open-ended signed agreement: its successor must say when it starts, after it; signing
	// the successor ends the predecessor the day before.
	e2 := agSetup(t, db)
	open := e2.sign(t, e2.draft(t, "Unbefristet", agDate(2020, 1, 1), nil, "Dinner", true))
	_, err = e2.svc.CreateSuccessorAgreement(e2.admin, koop.CreateSuccessorAgreementInput{PredecessorID: open.ID, Title: "Nachfolge"})
	agWantCode(t, "successor of an open-ended agreement without a start", err, koop.EINVALID)
	succ, err := e2.svc.CreateSuccessorAgreement(e2.admin, koop.CreateSuccessorAgreementInput{PredecessorID: open.ID, Title: "Nachfolge",
		ValidFrom: authzPtr(agDate(2027, 1, 1))})
	if err != nil {
		t.Fatal(err)
	}
	succ, err = e2.svc.UpdateAgreement(e2.admin, koop.UpdateAgreementInput{ID: succ.ID, Version: succ.Version, Parties: e2.signedParties(agDate(2026, 11, 20))})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e2.svc.SignAgreement(e2.admin, koop.SignAgreementInput{ID: succ.ID, Version: succ.Version}); err != nil {
		t.Fatalf("sign the successor of an open-ended agreement: %v", err)
	}
	ended, err := e2.svc.Agreement(e2.admin, open.ID)
	if err != nil {
		t.Fatal(err)
	}
	if ended.ValidUntil == nil || !ended.ValidUntil.Equal(agDate(2026, 12, 31)) || ended.Version != open.Version+1 {
		t.Errorf("the predecessor ends the day before its successor: until %v, version %d", ended.ValidUntil, ended.Version)
	}
	if n := e2.id(t, `SELECT count(*)::text FROM audit_entries WHERE action = 'agreement.end_by_successor' AND entity_id = $1`, open.ID); n != "1" {
		t.Errorf("audit entries for the end: %s", n)
	}
}

// Concurrent signing: of the same agreement, one call succeeds and the others conflict; of two
// overlapping drafts, only one ends up signed.
func TestAgreementConcurrentSign(t *testing.T) {
	t.Parallel()
	db := pgtest.New(t)
	e := agSetup(t, db)
	race := func(calls []func() error) (ok, conflict int) {
		var wg sync.WaitGroup
		errs := make([]error, len(calls))
		start := make(chan struct{})
		for i, call := range calls {
			wg.Go(func() {
				<-start
				errs[i] = call()
			})
		}
		close(start)
		wg.Wait()
		for _, err := range errs {
			switch koop.ErrorCode(err) {
			case "":
				ok++
			case koop.ECONFLICT:
				conflict++
			default:
				t.Errorf("unexpected error: %v", err)
			}
		}
		return ok, conflict
	}

	a := e.draft(t, "KV", agDate(2022, 1, 1), authzPtr(agDate(2026, 12, 31)))
	var calls []func() error
	for range 4 {
		calls = append(calls, func() error {
			_, err := e.svc.SignAgreement(e.admin, koop.SignAgreementInput{ID: a.ID, Version: a.Version})
			return err
		})
	}
	if ok, conflict := race(calls); ok != 1 || conflict != 3 {
		t.Errorf("same agreement: %d signed, %d conflicts; want 1 and 3", ok, conflict)
	}
	if n := db.Count(t, `SELECT count(*) FROM audit_entries WHERE action = 'agreement.sign' AND entity_id = $1`, a.ID); n != 1 {
		t.Errorf("%d sign audit entries, want 1", n)
	}

	for round := range 3 {
		x := e.draft(t, fmt.Sprintf("X%d", round), agDate(2030+2*round, 1, 1), authzPtr(agDate(2030+2*round, 12, 31)))
		y := e.draft(t, fmt.Sprintf("Y%d", round), agDate(2030+2*round, 6, 1), authzPtr(agDate(2031+2*round, 5, 31)))
		ok, conflict := race([]func() error{
			func() error {
				_, err := e.svc.SignAgreement(e.admin, koop.SignAgreementInput{ID: x.ID, Version: x.Version})
				return err
			},
			func() error {
				_, err := e.svc.SignAgreement(e.admin, koop.SignAgreementInput{ID: y.ID, Version: y.Version})
				return err
			},
		})
		if ok != 1 || conflict != 1 {
			t.Errorf("overlapping drafts, round %d: %d signed, %d conflicts; want 1 and 1", round, ok, conflict)
		}
		if n := db.Count(t, `SELECT count(*) FROM agreements WHERE status = 'SIGNED' AND id IN ($1, $2)`, x.ID, y.ID); n != 1 {
			t.Errorf("overlapping drafts, round %d: %d signed", round, n)
		}
	}

	// The database's exclusion constraint as the last line: another transaction signs an
	// overlapping agreement and commits only while this signature waits on it.
	x := e.draft(t, "Zuerst unterzeichnet", agDate(2040, 1, 1), authzPtr(agDate(2040, 12, 31)))
	y := e.draft(t, "Zu spät", agDate(2040, 6, 1), authzPtr(agDate(2041, 5, 31)))
	other, err := db.SQL.Beginx()
	if err != nil {
		t.Fatal(err)
	}
	defer other.Rollback()
	if _, err := other.Exec(`UPDATE agreements SET status = 'SIGNED', signed_at = now() WHERE id = $1`, x.ID); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() {
		_, err := e.svc.SignAgreement(e.admin, koop.SignAgreementInput{ID: y.ID, Version: y.Version})
		done <- err
	}()
	deadline := time.Now().Add(10 * time.Second)
	for db.Count(t, `SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`) == 0 {
		if time.Now().After(deadline) {
			t.Fatal("the signature never waited for the other transaction")
		}
		time.Sleep(10 * time.Millisecond)
	}
	if err := other.Commit(); err != nil {
		t.Fatal(err)
	}
	err = <-done
	agWantCode(t, "sign while an overlapping signature commits", err, koop.ECONFLICT)
	if !strings.Contains(koop.ErrorMessage(err), x.Title) {
		t.Errorf("the message does not name %q: %s", x.Title, koop.ErrorMessage(err))
	}
	if n := db.Count(t, `SELECT count(*) FROM agreements WHERE status = 'SIGNED' AND id = $1`, y.ID); n != 0 {
		t.Errorf("the later one was signed too")
	}
}

// The agreements page costs the same number of statements whatever the number of agreements,
// commitments and fulfilments.
func TestAgreementsCostTheSameStatementsAtAnySize(t *testing.T) {
	t.Parallel()
	count := func(size int) int {
		db, st := pgtest.NewCounting(t)
		e := agSetup(t, db)
		programme := e.id(t, `INSERT INTO award_programmes (cooperation_id, name, created_at, updated_at) VALUES ($1, 'Preis', now(), now()) RETURNING id`, e.coopID)
		for i := range size {
			from := agDate(2000+5*i, 1, 1)
			a := e.id(t, `INSERT INTO agreements (cooperation_id, title, valid_from, valid_until, created_at, updated_at)
				VALUES ($1, $2, $3, $4, now(), now()) RETURNING id`, e.coopID, fmt.Sprintf("KV %d", i), from, from.AddDate(5, 0, -1))
			e.exec(t, `INSERT INTO agreement_parties (agreement_id, partner_id, cooperation_id, position)
				SELECT $1, id, cooperation_id, position FROM partners WHERE cooperation_id = $2`, a, e.coopID)
			ws := e.workstream(t, fmt.Sprintf("Projekt %d", i), koop.WorkstreamOnTrack, from, nil)
			cycle := e.id(t, `INSERT INTO award_cycles (cooperation_id, programme_id, year, title, nomination_opens_at, nomination_closes_at, voting_closes_at,
					quorum, tie_break_rule, created_at, updated_at)
				VALUES ($1, $2, $3, 'Runde', now(), now() + interval '1 day', now() + interval '2 days', 1, 'MEDIAN_THEN_CHAIR', now(), now()) RETURNING id`,
				e.coopID, programme, from.Year())
			for j := range size {
				k := e.id(t, `INSERT INTO commitments (cooperation_id, agreement_id, position, title, recurring, created_at, updated_at)
					VALUES ($1, $2, $3, $4, $5, now(), now()) RETURNING id`, e.coopID, a, j+1, fmt.Sprintf("Zusage %d", j), j%2 == 0)
				ev := e.event(t, fmt.Sprintf("Termin %d.%d", i, j), from.AddDate(0, j, 0), koop.EventHeld)
				e.exec(t, `INSERT INTO commitment_fulfilments (cooperation_id, commitment_id, year, event_id, created_at) VALUES ($1, $2, $3, $4, now())`,
					e.coopID, k, from.Year(), ev)
				e.exec(t, `INSERT INTO commitment_fulfilments (cooperation_id, commitment_id, year, workstream_id, created_at) VALUES ($1, $2, $3, $4, now())`,
					e.coopID, k, from.Year()+1, ws)
				e.exec(t, `INSERT INTO commitment_fulfilments (cooperation_id, commitment_id, year, award_cycle_id, created_at) VALUES ($1, $2, $3, $4, now())`,
					e.coopID, k, from.Year(), cycle)
			}
		}
		st.Reset()
		list, err := e.svc.Agreements(e.admin, e.coopID)
		n := st.N()
		if err != nil || len(list) != size {
			t.Fatalf("agreements: %d, %v", len(list), err)
		}
		links := 0
		for _, a := range list {
			if len(a.Commitments) != size || len(a.Parties) != 3 {
				t.Fatalf("%s: %d commitments, %d parties", a.Title, len(a.Commitments), len(a.Parties))
			}
			for _, k := range a.Commitments {
				for _, y := range k.Years {
					links += len(y.Fulfilments)
				}
			}
		}
		if links != 3*size*size {
			t.Fatalf("%d fulfilments shown, want %d", links, 3*size*size)
		}
		return n
	}
	small, large := count(1), count(6)
	if small != large {
		t.Errorf("statements grow with data: %d for 1 agreement, %d for 6 with 36 commitments", small, large)
	}
	t.Logf("agreements page: %d statements", small)
}
