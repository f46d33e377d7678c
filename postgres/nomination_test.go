package postgres_test

import (
	"context"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/koop-lichtenberg/koop"
	"github.com/koop-lichtenberg/koop/postgres"
	"github.com/koop-lichtenberg/koop/postgres/pgtest"
)

// nomEnv is a seeded database with a programme and cycle of its own (so that the demo award
// may change without touching these tests), open for nominations, and everyone who reads them.
type nomEnv struct {
	db        *pgtest.DB
	noms      *postgres.NominationService
	awards    *postgres.AwardService
	files     *postgres.AttachmentService
	programme string
	cycle     string
	// coord manages the award; member, viewer read the directory; external is an EXTERNAL
	// member who becomes a juror, outsider an EXTERNAL member who never does; other is the
	// admin of another cooperation.
	coord, admin, member, viewer, external, outsider, other context.Context
	externalID, memberID                                    string
}

var nomCategories = []string{"Handwerk", "Dienstleistung", "Industrie und Technik"}

func berlinTime(y int, m time.Month, d, h, min int) time.Time {
	return time.Date(y, m, d, h, min, 0, 0, koop.Berlin)
}

func newNomEnv(t *testing.T, db *pgtest.DB) *nomEnv {
	t.Helper()
	e := &nomEnv{db: db, noms: postgres.NewNominationService(db.DB), awards: postgres.NewAwardService(db.DB), files: postgres.NewAttachmentService(db.DB)}
	demo := pgtest.DemoCooperationID
	e.externalID = authzAddUser(t, db, "juror.extern@koop.test", "Jana Jurorin", false)
	authzAddMembership(t, db, demo, e.externalID, koop.RoleExternal, true)
	authzAddMembership(t, db, demo, authzAddUser(t, db, "aussen@koop.test", "Otto Außen", false), koop.RoleExternal, true)
	e.coord, e.admin, e.member, e.viewer = db.As(t, "coordinator@koop.test"), db.As(t, "admin@koop.test"), db.As(t, "member@koop.test"), db.As(t, "viewer@koop.test")
	e.external, e.outsider = db.As(t, "juror.extern@koop.test"), db.As(t, "aussen@koop.test")
	e.memberID = db.UserID(t, "member@koop.test")
	if _, err := postgres.NewCooperationService(db.DB).CreateCooperation(e.admin, koop.CreateCooperationInput{Name: "Kooperation Marzahn-Hellersdorf",
		Partners:   []*koop.NewPartnerInput{{Name: "Bezirksamt Marzahn-Hellersdorf", Kind: koop.OrganisationAuthority}},
		AdminEmail: "other.admin@koop.test", AdminName: "Olga Anders"}); err != nil {
		t.Fatal(err)
	}
	e.other = db.As(t, "other.admin@koop.test")
	p, err := e.awards.CreateAwardProgramme(e.coord, demo, koop.AwardProgrammeInput{Name: "Preis für gute Nachbarschaft", WinnerExclusionYears: 3})
	if err != nil {
		t.Fatal(err)
	}
	e.programme = p.ID
	y, err := e.awards.CreateAwardCycle(e.coord, p.ID, 2027, koop.AwardCycleInput{Title: "Preis für gute Nachbarschaft 2027", Categories: nomCategories,
		NominationOpensAt: berlinTime(2026, time.November, 1, 0, 0), NominationClosesAt: berlinTime(2027, time.May, 31, 23, 59),
		VotingClosesAt: berlinTime(2027, time.September, 30, 23, 59), Quorum: 1, TieBreakRule: koop.TieBreakMedianChair})
	if err != nil {
		t.Fatal(err)
	}
	e.cycle = y.ID
	e.phase(t, koop.PhaseNominationOpen)
	return e
}

// phase sets the cycle's phase directly (the phase guards are the award's, tested there).
func (e *nomEnv) phase(t testing.TB, p koop.AwardPhase) {
	t.Helper()
	if _, err := e.db.SQL.Exec(`UPDATE award_cycles SET phase = $2 WHERE id = $1`, e.cycle, p); err != nil {
		t.Fatal(err)
	}
}

// juror makes the user a juror of the cycle and returns the juror's ID.
func (e *nomEnv) juror(t testing.TB, userID string, chair bool) string {
	t.Helper()
	var id string
	if err := e.db.SQL.Get(&id, `INSERT INTO award_jurors (id, cycle_id, user_id, is_chair, created_at) VALUES (gen_random_uuid(), $1, $2, $3, $4) RETURNING id`,
		e.cycle, userID, chair, e.db.Clock.T); err != nil {
		t.Fatal(err)
	}
	return id
}

// conflict records a juror's conflict with a nomination.
func (e *nomEnv) conflict(t testing.TB, jurorID, nominationID, reason string) {
	t.Helper()
	if _, err := e.db.SQL.Exec(`INSERT INTO award_conflicts (cycle_id, juror_id, nomination_id, reason, set_by_chair, created_at) VALUES ($1, $2, $3, $4, false, $5)`,
		e.cycle, jurorID, nominationID, reason, e.db.Clock.T); err != nil {
		t.Fatal(err)
	}
}

const nomJustification = "Die Firma bildet seit zwanzig Jahren im Kiez aus und unterstützt den Sportverein nebenan."

// create enters a nomination of a new company (or the existing one of that name).
func (e *nomEnv) create(t testing.TB, company, postalCode, category string) *koop.Nomination {
	t.Helper()
	n, err := e.noms.CreateNomination(e.coord, koop.CreateNominationInput{CycleID: e.cycle, Category: category, Justification: nomJustification,
		Company: &koop.CompanyInput{Name: company, Street: new("Möllendorffstraße 6"), PostalCode: new(postalCode), City: new("Berlin")}})
	if err != nil {
		t.Fatalf("create %s: %v", company, err)
	}
	return n
}

func (e *nomEnv) decide(t testing.TB, n *koop.Nomination, el koop.Eligibility) *koop.Nomination {
	t.Helper()
	cur, err := e.noms.Nomination(e.coord, n.ID)
	if err != nil {
		t.Fatal(err)
	}
	out, err := e.noms.DecideEligibility(e.coord, koop.DecideEligibilityInput{ID: n.ID, Version: cur.Version, Eligibility: el, Reason: new("Geprüft in der Sitzung vom 10. Juni.")})
	if err != nil {
		t.Fatalf("decide %s: %v", el, err)
	}
	return out
}

func nomIDs(list []*koop.Nomination) []string {
	out := []string{}
	for _, n := range list {
		out = append(out, n.CompanyName+"/"+n.Category)
	}
	return out
}

func TestNominationCreateAndRead(t *testing.T) {
	e := newNomEnv(t, pgtest.Seeded(t))
	orgs := e.db.Count(t, `SELECT count(*) FROM organisations`)
	contacts := e.db.Count(t, `SELECT count(*) FROM contacts`)

	n, err := e.noms.CreateNomination(e.coord, koop.CreateNominationInput{CycleID: e.cycle, Category: "dienstleistung", Justification: "  " + nomJustification + " ",
		Company:   &koop.CompanyInput{Name: " Muster GmbH ", Street: new("Musterstraße 1"), PostalCode: new("10115"), City: new("Berlin")},
		Nominator: &koop.NominatorInput{FirstName: new("Anna"), LastName: "Schulz", Email: new("anna.schulz@example.org"), Organisation: new("wkhl")}})
	if err != nil {
		t.Fatal(err)
	}
	if n.CompanyName != "Muster GmbH" || n.CompanyAddress != "Musterstraße 1, 10115 Berlin" || n.CompanyPostalCode != "10115" || n.Category != "Dienstleistung" ||
		n.Justification != nomJustification || n.Source != koop.SourceStaff || n.Eligibility != koop.EligibilityPending || !n.CanManage || n.Version != 1 {
		t.Errorf("created: %+v", n)
	}
	if n.NominatorName == nil || *n.NominatorName != "Anna Schulz" || n.NominatorContactID == nil {
		t.Errorf("nominator %v %v", n.NominatorName, n.NominatorContactID)
	}
	if !cmp.Equal(n.EligibilityHints, []string{"Sitz außerhalb des Bezirks Lichtenberg (PLZ 10115)."}) || n.Conflicts == nil || len(n.Conflicts) != 0 || n.MyConflict != nil {
		t.Errorf("hints %v, conflicts %v", n.EligibilityHints, n.Conflicts)
	}
	if got := e.db.Count(t, `SELECT count(*) FROM organisations WHERE kind = 'COMPANY' AND name = 'Muster GmbH' AND cooperation_id = $1`, pgtest.DemoCooperationID); got != 1 {
		t.Errorf("company organisations: %d", got)
	}
	// staff entry: legitimate interest, no consent date; the nominator's organisation is linked
	if got := e.db.Count(t, `SELECT count(*) FROM contacts WHERE id = $1 AND legal_basis = 'LEGITIMATE_INTEREST' AND consent_at IS NULL
		AND organisation_id = $2 AND email = 'anna.schulz@example.org'`, *n.NominatorContactID, authzWKHLID); got != 1 {
		t.Errorf("the nominator contact is not as expected")
	}
	// the same company, whatever its case, is the same organisation; another category is fine
	second := e.create(t, "MUSTER GMBH", "", "Handwerk")
	if second.OrganisationID != n.OrganisationID || second.CompanyPostalCode != "10115" || second.NominatorContactID != nil || second.NominatorName != nil {
		t.Errorf("second nomination of the company: %+v", second)
	}
	if got := e.db.Count(t, `SELECT count(*) FROM organisations`); got != orgs+1 {
		t.Errorf("organisations: %d new, want 1", got-orgs)
	}
	if got := e.db.Count(t, `SELECT count(*) FROM contacts`); got != contacts+1 {
		t.Errorf("contacts: %d new, want 1", got-contacts)
	}
	// an existing organisation and an existing contact
	var contactID string
	if err := e.db.SQL.Get(&contactID, `SELECT id FROM contacts WHERE cooperation_id = $1 AND id <> $2 ORDER BY id LIMIT 1`, pgtest.DemoCooperationID, *n.NominatorContactID); err != nil {
		t.Fatal(err)
	}
	third, err := e.noms.CreateNomination(e.coord, koop.CreateNominationInput{CycleID: e.cycle, OrganisationID: &n.OrganisationID, Category: "Industrie und Technik",
		NominatorContactID: &contactID, Justification: nomJustification})
	if err != nil || third.NominatorContactID == nil || *third.NominatorContactID != contactID || third.NominatorName == nil {
		t.Fatalf("existing organisation and contact: %+v %v", third, err)
	}

	bad := []struct {
		name  string
		in    koop.CreateNominationInput
		code  string
		field string
	}{
		{"duplicate", koop.CreateNominationInput{OrganisationID: &n.OrganisationID, Category: "Handwerk", Justification: "x"}, koop.ECONFLICT, "category"},
		{"duplicate by name", koop.CreateNominationInput{Company: &koop.CompanyInput{Name: "muster gmbh"}, Category: "Handwerk", Justification: "x"}, koop.ECONFLICT, "category"},
		{"both companies", koop.CreateNominationInput{OrganisationID: &n.OrganisationID, Company: &koop.CompanyInput{Name: "Neu GmbH"}, Category: "Handwerk", Justification: "x"}, koop.EINVALID, "organisationId"},
		{"no company", koop.CreateNominationInput{Category: "Handwerk", Justification: "x"}, koop.EINVALID, "organisationId"},
		{"foreign organisation", koop.CreateNominationInput{OrganisationID: new(authzMissingID), Category: "Handwerk", Justification: "x"}, koop.EINVALID, "organisationId"},
		{"empty company name", koop.CreateNominationInput{Company: &koop.CompanyInput{Name: " "}, Category: "Handwerk", Justification: "x"}, koop.EINVALID, "company.name"},
		{"unknown category", koop.CreateNominationInput{Company: &koop.CompanyInput{Name: "Neu GmbH"}, Category: "Gastronomie", Justification: "x"}, koop.EINVALID, "category"},
		{"no justification", koop.CreateNominationInput{Company: &koop.CompanyInput{Name: "Neu GmbH"}, Category: "Handwerk", Justification: " "}, koop.EINVALID, "justification"},
		{"long justification", koop.CreateNominationInput{Company: &koop.CompanyInput{Name: "Neu GmbH"}, Category: "Handwerk", Justification: strings.Repeat("x", 10001)}, koop.EINVALID, "justification"},
		{"two nominators", koop.CreateNominationInput{Company: &koop.CompanyInput{Name: "Neu GmbH"}, Category: "Handwerk", Justification: "x",
			NominatorContactID: &contactID, Nominator: &koop.NominatorInput{LastName: "Meier"}}, koop.EINVALID, "nominatorContactId"},
		{"unknown contact", koop.CreateNominationInput{Company: &koop.CompanyInput{Name: "Neu GmbH"}, Category: "Handwerk", Justification: "x",
			NominatorContactID: new(authzMissingID)}, koop.EINVALID, "nominatorContactId"},
		{"nominator without last name", koop.CreateNominationInput{Company: &koop.CompanyInput{Name: "Neu GmbH"}, Category: "Handwerk", Justification: "x",
			Nominator: &koop.NominatorInput{LastName: ""}}, koop.EINVALID, "nominator.lastName"},
	}
	before := e.db.Count(t, `SELECT count(*) FROM award_nominations`) + e.db.Count(t, `SELECT count(*) FROM organisations`)
	for _, b := range bad {
		b.in.CycleID = e.cycle
		_, err := e.noms.CreateNomination(e.coord, b.in)
		if koop.ErrorCode(err) != b.code || koop.ErrorField(err) != b.field {
			t.Errorf("%s: %v, want %s at %s", b.name, err, b.code, b.field)
		}
	}
	_, err = e.noms.CreateNomination(e.coord, koop.CreateNominationInput{CycleID: e.cycle, OrganisationID: &n.OrganisationID, Category: "Handwerk", Justification: "x"})
	if koop.ErrorMessage(err) != "„Muster GmbH“ ist in der Kategorie „Handwerk“ bereits nominiert." {
		t.Errorf("duplicate message: %q", koop.ErrorMessage(err))
	}
	if after := e.db.Count(t, `SELECT count(*) FROM award_nominations`) + e.db.Count(t, `SELECT count(*) FROM organisations`); after != before {
		t.Errorf("refused creations wrote %d rows", after-before)
	}
	if _, err := e.noms.CreateNomination(e.member, koop.CreateNominationInput{CycleID: e.cycle, Company: &koop.CompanyInput{Name: "Neu GmbH"}, Category: "Handwerk", Justification: "x"}); koop.ErrorCode(err) != koop.EFORBIDDEN {
		t.Errorf("member creates: %v", err)
	}
	if n := e.db.Count(t, `SELECT count(*) FROM audit_entries WHERE action = 'award_nomination.create' AND actor_id IS NOT NULL AND changes::text NOT LIKE '%Kiez%'`); n != 3 {
		t.Errorf("%d creation audit entries without the justification's text, want 3", n)
	}

	// the list: by the cycle's category order, then by entry
	list, err := e.noms.Nominations(e.coord, e.cycle)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"Muster GmbH/Handwerk", "Muster GmbH/Dienstleistung", "Muster GmbH/Industrie und Technik"}; !cmp.Equal(nomIDs(list), want) {
		t.Errorf("order %v, want %v", nomIDs(list), want)
	}
	one, err := e.noms.Nomination(e.coord, n.ID)
	if err != nil || !cmp.Equal(one, list[1]) {
		t.Errorf("one nomination differs from the list: %v\n%s", err, cmp.Diff(list[1], one))
	}
	// a viewer reads all of them and who nominated, but neither hints nor conflicts
	vl, err := e.noms.Nominations(e.viewer, e.cycle)
	if err != nil || len(vl) != 3 {
		t.Fatalf("viewer: %d, %v", len(vl), err)
	}
	if v := vl[1]; v.NominatorName == nil || len(v.EligibilityHints) != 0 || v.EligibilityHints == nil || v.CanManage {
		t.Errorf("viewer's nomination: %+v", v)
	}
	// outsiders
	for _, c := range []struct {
		name string
		ctx  context.Context
		code string
	}{
		{"EXTERNAL, no juror", e.outsider, koop.ENOTFOUND}, {"other cooperation", e.other, koop.ENOTFOUND},
		{"anonymous", context.Background(), koop.EUNAUTHENTICATED},
	} {
		if _, err := e.noms.Nominations(c.ctx, e.cycle); koop.ErrorCode(err) != c.code {
			t.Errorf("%s lists: %v, want %s", c.name, err, c.code)
		}
		if _, err := e.noms.Nomination(c.ctx, n.ID); koop.ErrorCode(err) != c.code {
			t.Errorf("%s reads: %v, want %s", c.name, err, c.code)
		}
	}
	for _, id := range []string{"kaputt", authzMissingID} {
		if _, err := e.noms.Nomination(e.coord, id); koop.ErrorCode(err) != koop.ENOTFOUND {
			t.Errorf("nomination %q: %v", id, err)
		}
		if _, err := e.noms.Nominations(e.coord, id); koop.ErrorCode(err) != koop.ENOTFOUND {
			t.Errorf("cycle %q: %v", id, err)
		}
	}
}

func TestNominationDeadlines(t *testing.T) {
	e := newNomEnv(t, pgtest.Seeded(t))
	in := koop.CreateNominationInput{CycleID: e.cycle, Company: &koop.CompanyInput{Name: "Späte GmbH"}, Category: "Handwerk", Justification: nomJustification}
	for _, c := range []struct {
		phase koop.AwardPhase
		at    time.Time
		msg   string
	}{
		{koop.PhaseDraft, e.db.Clock.T, "Die Nominierung ist noch nicht geöffnet."},
		{koop.PhaseNominationOpen, berlinTime(2027, time.June, 1, 0, 0), "Die Nominierungsfrist ist am Montag, 31. Mai 2027, 23:59 Uhr abgelaufen."},
		{koop.PhaseNominationClosed, e.db.Clock.T, "geschlossen"},
		{koop.PhaseJuryVoting, berlinTime(2027, time.June, 5, 0, 0), "abgelaufen"},
	} {
		e.phase(t, c.phase)
		clock := e.db.Clock.T
		e.db.Clock.T = c.at
		_, err := e.noms.CreateNomination(e.coord, in)
		if koop.ErrorCode(err) != koop.EINVALID || !strings.Contains(koop.ErrorMessage(err), c.msg) {
			t.Errorf("%s at %v: %v, want %q", c.phase, c.at, err, c.msg)
		}
		e.db.Clock.T = clock
	}
	if n := e.db.Count(t, `SELECT count(*) FROM award_nominations WHERE cycle_id = $1`, e.cycle); n != 0 {
		t.Errorf("%d nominations written", n)
	}
	e.phase(t, koop.PhaseNominationOpen)
	e.db.Clock.T = berlinTime(2027, time.May, 31, 23, 58)
	if _, err := e.noms.CreateNomination(e.coord, in); err != nil {
		t.Errorf("a minute before the deadline: %v", err)
	}
}

func TestNominationEditDeleteDecide(t *testing.T) {
	e := newNomEnv(t, pgtest.Seeded(t))
	a := e.create(t, "Tischlerei Holzwurm GmbH", "10365", "Handwerk")
	b := e.create(t, "Tischlerei Holzwurm GmbH", "10365", "Dienstleistung")

	up, err := e.noms.UpdateNomination(e.coord, koop.UpdateNominationInput{ID: a.ID, Version: a.Version, Category: "Industrie und Technik", Justification: "Neu begründet."})
	if err != nil || up.Category != "Industrie und Technik" || up.Justification != "Neu begründet." || up.Version != a.Version+1 {
		t.Fatalf("update: %+v %v", up, err)
	}
	for _, c := range []struct {
		name string
		in   koop.UpdateNominationInput
		code string
	}{
		{"stale", koop.UpdateNominationInput{ID: a.ID, Version: a.Version, Category: "Handwerk", Justification: "x"}, koop.ECONFLICT},
		{"duplicate", koop.UpdateNominationInput{ID: a.ID, Version: up.Version, Category: "Dienstleistung", Justification: "x"}, koop.ECONFLICT},
		{"unknown category", koop.UpdateNominationInput{ID: a.ID, Version: up.Version, Category: "Gastronomie", Justification: "x"}, koop.EINVALID},
		{"no justification", koop.UpdateNominationInput{ID: a.ID, Version: up.Version, Category: "Handwerk", Justification: ""}, koop.EINVALID},
	} {
		if _, err := e.noms.UpdateNomination(e.coord, c.in); koop.ErrorCode(err) != c.code {
			t.Errorf("%s: %v, want %s", c.name, err, c.code)
		}
	}
	if _, err := e.noms.UpdateNomination(e.member, koop.UpdateNominationInput{ID: a.ID, Version: up.Version, Category: "Handwerk", Justification: "x"}); koop.ErrorCode(err) != koop.EFORBIDDEN {
		t.Errorf("member updates: %v", err)
	}

	// eligibility: a decision needs its reason; PENDING takes it back
	if _, err := e.noms.DecideEligibility(e.coord, koop.DecideEligibilityInput{ID: a.ID, Version: up.Version, Eligibility: koop.EligibilityEligible, Reason: new(" ")}); koop.ErrorField(err) != "reason" {
		t.Errorf("no reason: %v", err)
	}
	if _, err := e.noms.DecideEligibility(e.coord, koop.DecideEligibilityInput{ID: a.ID, Version: up.Version, Eligibility: koop.EligibilityIneligible}); koop.ErrorField(err) != "reason" {
		t.Errorf("nil reason: %v", err)
	}
	if _, err := e.noms.DecideEligibility(e.coord, koop.DecideEligibilityInput{ID: a.ID, Version: up.Version, Eligibility: "MAYBE", Reason: new("x")}); koop.ErrorField(err) != "eligibility" {
		t.Errorf("unknown decision: %v", err)
	}
	d, err := e.noms.DecideEligibility(e.coord, koop.DecideEligibilityInput{ID: a.ID, Version: up.Version, Eligibility: koop.EligibilityIneligible, Reason: new(" Kein Sitz im Bezirk. ")})
	if err != nil || d.Eligibility != koop.EligibilityIneligible || d.EligibilityReason != "Kein Sitz im Bezirk." || d.EligibilityDecidedByName == nil ||
		*d.EligibilityDecidedByName != "Clara Conrad" || d.EligibilityDecidedAt == nil || !d.EligibilityDecidedAt.Equal(e.db.Clock.T) {
		t.Fatalf("decided: %+v %v", d, err)
	}
	if n := e.db.Count(t, `SELECT count(*) FROM audit_entries WHERE action = 'award_nomination.eligibility' AND entity_id = $1
		AND changes::text LIKE '%INELIGIBLE%' AND changes::text LIKE '%PENDING%' AND changes::text LIKE '%Kein Sitz im Bezirk.%'`, a.ID); n != 1 {
		t.Errorf("eligibility audit entries: %d", n)
	}
	p, err := e.noms.DecideEligibility(e.coord, koop.DecideEligibilityInput{ID: a.ID, Version: d.Version, Eligibility: koop.EligibilityPending, Reason: new("egal")})
	if err != nil || p.Eligibility != koop.EligibilityPending || p.EligibilityReason != "" || p.EligibilityDecidedByName != nil || p.EligibilityDecidedAt != nil {
		t.Fatalf("back to pending: %+v %v", p, err)
	}
	a = e.decide(t, a, koop.EligibilityEligible)

	// after NOMINATION_CLOSED still editable; from JURY_VOTING on nothing changes
	e.phase(t, koop.PhaseNominationClosed)
	if err := e.noms.DeleteNomination(e.coord, b.ID, b.Version+1); koop.ErrorCode(err) != koop.ECONFLICT {
		t.Errorf("stale delete: %v", err)
	}
	if _, err := e.files.UploadAttachment(e.coord, koop.AttachmentUpload{Subject: koop.Subject{Kind: koop.SubjectNomination, ID: b.ID}, FileName: "b.pdf", Data: testPDF}); err != nil {
		t.Fatal(err)
	}
	if err := e.noms.DeleteNomination(e.coord, b.ID, b.Version); err != nil {
		t.Fatal(err)
	}
	if n := e.db.Count(t, `SELECT count(*) FROM award_nominations WHERE id = $1`, b.ID) + e.db.Count(t, `SELECT count(*) FROM attachments WHERE nomination_id IS NOT NULL`); n != 0 {
		t.Errorf("deleted nomination or its documents remain: %d", n)
	}
	if n := e.db.Count(t, `SELECT count(*) FROM audit_entries WHERE action = 'award_nomination.delete' AND entity_id = $1`, b.ID); n != 1 {
		t.Errorf("delete audited %d times", n)
	}

	const started = "Die Jurybewertung hat begonnen: Nominierungen können nicht mehr geändert werden."
	for _, ph := range []koop.AwardPhase{koop.PhaseJuryVoting, koop.PhaseDecided} {
		e.phase(t, ph)
		cur, err := e.noms.Nomination(e.coord, a.ID)
		if err != nil || cur.CanManage {
			t.Fatalf("%s: %+v %v", ph, cur, err)
		}
		for name, err := range map[string]error{
			"update": func() error {
				_, err := e.noms.UpdateNomination(e.coord, koop.UpdateNominationInput{ID: a.ID, Version: cur.Version, Category: "Handwerk", Justification: "x"})
				return err
			}(),
			"decide": func() error {
				_, err := e.noms.DecideEligibility(e.coord, koop.DecideEligibilityInput{ID: a.ID, Version: cur.Version, Eligibility: koop.EligibilityIneligible, Reason: new("x")})
				return err
			}(),
			"delete": e.noms.DeleteNomination(e.coord, a.ID, cur.Version),
		} {
			if koop.ErrorCode(err) != koop.EINVALID || koop.ErrorMessage(err) != started {
				t.Errorf("%s in %s: %v", name, ph, err)
			}
		}
	}
	// the lock trigger is the last line, whatever path tries
	if _, err := e.db.SQL.Exec(`UPDATE award_nominations SET justification = 'geändert' WHERE id = $1`, a.ID); err == nil || !strings.Contains(err.Error(), "locked") {
		t.Errorf("a decided cycle's nomination changed by SQL: %v", err)
	}
}

func TestNominationJurorsSee(t *testing.T) {
	e := newNomEnv(t, pgtest.Seeded(t))
	a := e.create(t, "Bäckerei Korn", "10367", "Handwerk")
	b := e.create(t, "Fahrradladen Speiche", "10115", "Handwerk")
	c := e.create(t, "Pflegedienst Sonne", "13055", "Dienstleistung")
	if _, err := e.files.UploadAttachment(e.coord, koop.AttachmentUpload{Subject: koop.Subject{Kind: koop.SubjectNomination, ID: a.ID}, FileName: "a.pdf", Data: testPDF}); err != nil {
		t.Fatal(err)
	}
	bFile, err := e.files.UploadAttachment(e.coord, koop.AttachmentUpload{Subject: koop.Subject{Kind: koop.SubjectNomination, ID: b.ID}, FileName: "b.pdf", Data: testPDF})
	if err != nil {
		t.Fatal(err)
	}
	var contactID string
	if err := e.db.SQL.Get(&contactID, `SELECT id FROM contacts WHERE cooperation_id = $1 ORDER BY id LIMIT 1`, pgtest.DemoCooperationID); err != nil {
		t.Fatal(err)
	}
	if _, err := e.noms.UpdateNomination(e.coord, koop.UpdateNominationInput{ID: a.ID, Version: a.Version, Category: a.Category, NominatorContactID: &contactID, Justification: a.Justification}); err != nil {
		t.Fatal(err)
	}
	a = e.decide(t, a, koop.EligibilityEligible)
	e.decide(t, b, koop.EligibilityIneligible)
	e.decide(t, c, koop.EligibilityEligible)
	ext := e.juror(t, e.externalID, false)
	chair := e.juror(t, e.memberID, true)
	e.conflict(t, ext, a.ID, "Mein Schwager führt die Bäckerei.")
	e.conflict(t, chair, c.ID, "Kundin des Pflegedienstes.")

	// before the vote: nothing for the outside juror
	if l, err := e.noms.Nominations(e.external, e.cycle); err != nil || len(l) != 0 || l == nil {
		t.Errorf("external juror before the vote: %v %v", l, err)
	}
	if _, err := e.noms.Nomination(e.external, a.ID); koop.ErrorCode(err) != koop.ENOTFOUND {
		t.Errorf("external juror reads one before the vote: %v", err)
	}
	if _, err := e.files.Attachments(e.external, koop.Subject{Kind: koop.SubjectNomination, ID: a.ID}); koop.ErrorCode(err) != koop.ENOTFOUND {
		t.Errorf("external juror reads the documents before the vote: %v", err)
	}

	e.phase(t, koop.PhaseJuryVoting)
	l, err := e.noms.Nominations(e.external, e.cycle)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"Bäckerei Korn/Handwerk", "Pflegedienst Sonne/Dienstleistung"}; !cmp.Equal(nomIDs(l), want) {
		t.Fatalf("external juror sees %v, want %v", nomIDs(l), want)
	}
	for _, n := range l {
		if n.NominatorName != nil || n.NominatorContactID != nil || len(n.EligibilityHints) != 0 || len(n.Conflicts) != 0 || n.CanManage {
			t.Errorf("external juror's %s shows too much: %+v", n.CompanyName, n)
		}
	}
	if l[0].MyConflict == nil || l[0].MyConflict.Reason != "Mein Schwager führt die Bäckerei." || l[0].MyConflict.JurorName != "Jana Jurorin" || l[1].MyConflict != nil {
		t.Errorf("external juror's conflicts: %+v / %+v", l[0].MyConflict, l[1].MyConflict)
	}
	if _, err := e.noms.Nomination(e.external, b.ID); koop.ErrorCode(err) != koop.ENOTFOUND {
		t.Errorf("external juror reads an ineligible nomination: %v", err)
	}
	if one, err := e.noms.Nomination(e.external, a.ID); err != nil || one.NominatorName != nil {
		t.Errorf("external juror reads one: %+v %v", one, err)
	}
	// the outside juror reads the eligible nomination's documents, not the ineligible one's
	files, err := e.files.Attachments(e.external, koop.Subject{Kind: koop.SubjectNomination, ID: a.ID})
	if err != nil || len(files) != 1 || files[0].CanDelete {
		t.Fatalf("external juror's documents: %+v %v", files, err)
	}
	if f, err := e.files.AttachmentFile(e.external, files[0].ID); err != nil || string(f.Data) != string(testPDF) {
		t.Errorf("external juror downloads: %v", err)
	}
	if _, err := e.files.AttachmentFile(e.external, bFile.ID); koop.ErrorCode(err) != koop.ENOTFOUND {
		t.Errorf("external juror downloads an ineligible nomination's document: %v", err)
	}
	if _, err := e.noms.Nominations(e.outsider, e.cycle); koop.ErrorCode(err) != koop.ENOTFOUND {
		t.Errorf("EXTERNAL member who is no juror: %v", err)
	}

	// the chair (a member) sees every nomination and all conflicts, and their own
	cl, err := e.noms.Nominations(e.member, e.cycle)
	if err != nil || len(cl) != 3 {
		t.Fatalf("chair: %d %v", len(cl), err)
	}
	byName := map[string]*koop.Nomination{}
	for _, n := range cl {
		byName[n.CompanyName] = n
	}
	if k := byName["Bäckerei Korn"].Conflicts; len(k) != 1 || k[0].JurorName != "Jana Jurorin" || k[0].JurorID != ext {
		t.Errorf("chair sees conflicts on a: %+v", k)
	}
	if s := byName["Pflegedienst Sonne"]; len(s.Conflicts) != 1 || s.MyConflict == nil || s.MyConflict.JurorID != chair {
		t.Errorf("chair's own conflict: %+v", s)
	}
	if len(byName["Bäckerei Korn"].EligibilityHints) != 0 || byName["Bäckerei Korn"].NominatorName == nil {
		t.Errorf("chair (member) sees hints or misses the nominator: %+v", byName["Bäckerei Korn"])
	}
	// a viewer who is no juror sees no conflicts; managers see them all
	vl, err := e.noms.Nominations(e.viewer, e.cycle)
	if err != nil || len(vl) != 3 {
		t.Fatal(err)
	}
	for _, n := range vl {
		if len(n.Conflicts) != 0 || n.MyConflict != nil {
			t.Errorf("viewer sees conflicts: %+v", n)
		}
	}
	ml, err := e.noms.Nominations(e.coord, e.cycle)
	if err != nil {
		t.Fatal(err)
	}
	total := 0
	for _, n := range ml {
		total += len(n.Conflicts)
	}
	if total != 2 {
		t.Errorf("manager sees %d conflicts, want 2", total)
	}
}

// insertWin records a first place of the organisation in an earlier cycle of the programme.
func (e *nomEnv) insertWin(t testing.TB, year int, organisationID, category string, phase koop.AwardPhase) {
	t.Helper()
	var cycleID, nomID string
	// the year's cycle, back in DRAFT while its result is written (a decided cycle is locked)
	if err := e.db.SQL.Get(&cycleID, `INSERT INTO award_cycles (cooperation_id, programme_id, year, title, categories, nomination_opens_at, nomination_closes_at,
		voting_closes_at, quorum, tie_break_rule, created_at, updated_at)
		VALUES ($1, $2, $3, $4, ARRAY[$5], $6, $7, $8, 1, 'MEDIAN_THEN_CHAIR', $9, $9)
		ON CONFLICT (programme_id, year) DO UPDATE SET phase = 'DRAFT' RETURNING id`,
		pgtest.DemoCooperationID, e.programme, year, fmt.Sprintf("Preis %d", year), category,
		berlinTime(year, time.March, 1, 0, 0), berlinTime(year, time.May, 31, 0, 0), berlinTime(year, time.September, 30, 0, 0), e.db.Clock.T); err != nil {
		t.Fatal(err)
	}
	if err := e.db.SQL.Get(&nomID, `INSERT INTO award_nominations (cooperation_id, cycle_id, organisation_id, category, justification, source, eligibility,
		eligibility_reason, created_at, updated_at) VALUES ($1, $2, $3, $4, 'Gewinner', 'STAFF', 'ELIGIBLE', 'geprüft', $5, $5) RETURNING id`,
		pgtest.DemoCooperationID, cycleID, organisationID, category, e.db.Clock.T); err != nil {
		t.Fatal(err)
	}
	if _, err := e.db.SQL.Exec(`INSERT INTO award_results (cycle_id, nomination_id, category, rank, jurors, top_ranks, decided_by) VALUES ($1, $2, $3, 1, 3, 3, 'MEAN')`,
		cycleID, nomID, category); err != nil {
		t.Fatal(err)
	}
	if _, err := e.db.SQL.Exec(`UPDATE award_cycles SET phase = $2 WHERE id = $1`, cycleID, phase); err != nil {
		t.Fatal(err)
	}
}

func TestNominationWinnerExclusion(t *testing.T) {
	e := newNomEnv(t, pgtest.Seeded(t))
	n := e.create(t, "Elektro Blitz GmbH", "13053", "Dienstleistung")
	other := e.create(t, "Malerei Bunt", "13053", "Handwerk")
	if len(n.EligibilityHints) != 0 {
		t.Fatalf("hints before any win: %v", n.EligibilityHints)
	}
	e.insertWin(t, 2025, n.OrganisationID, "Handwerk", koop.PhaseAnnounced)
	e.insertWin(t, 2023, other.OrganisationID, "Handwerk", koop.PhaseDecided)    // before the exclusion
	e.insertWin(t, 2026, other.OrganisationID, "Handwerk", koop.PhaseJuryVoting) // not decided

	const hint = "Preisträger 2025 (Kategorie Handwerk): nach der Sperrfrist von 3 Jahren nicht teilnahmeberechtigt."
	got, err := e.noms.Nomination(e.coord, n.ID)
	if err != nil || !cmp.Equal(got.EligibilityHints, []string{hint}) {
		t.Fatalf("hints: %v %v", got.EligibilityHints, err)
	}
	if o, err := e.noms.Nomination(e.coord, other.ID); err != nil || len(o.EligibilityHints) != 0 {
		t.Errorf("a win before the exclusion or an undecided one counts: %v %v", o.EligibilityHints, err)
	}
	_, err = e.noms.DecideEligibility(e.coord, koop.DecideEligibilityInput{ID: n.ID, Version: got.Version, Eligibility: koop.EligibilityEligible, Reason: new("Passt.")})
	if koop.ErrorCode(err) != koop.EINVALID || koop.ErrorMessage(err) != hint {
		t.Errorf("a recent winner declared eligible: %v", err)
	}
	if d, err := e.noms.DecideEligibility(e.coord, koop.DecideEligibilityInput{ID: n.ID, Version: got.Version, Eligibility: koop.EligibilityIneligible, Reason: new(hint)}); err != nil || d.Eligibility != koop.EligibilityIneligible {
		t.Errorf("ineligible: %v", err)
	}
	e.decide(t, other, koop.EligibilityEligible)

	// a one-year exclusion no longer covers 2025
	if _, err := e.db.SQL.Exec(`UPDATE award_programmes SET winner_exclusion_years = 1 WHERE id = $1`, e.programme); err != nil {
		t.Fatal(err)
	}
	if got := e.decide(t, n, koop.EligibilityEligible); len(got.EligibilityHints) != 0 {
		t.Errorf("hints with a one-year exclusion: %v", got.EligibilityHints)
	}
}

// ---- the public page ----------------------------------------------------------------------

func publicNomination(e *nomEnv, company string) koop.PublicNomination {
	return koop.PublicNomination{CycleID: e.cycle, Category: "Handwerk", Consent: true, Justification: nomJustification,
		Company:   koop.CompanyInput{Name: company, Street: new("Rhinstraße 9"), PostalCode: new("10315"), City: new("Berlin")},
		Nominator: koop.NominatorInput{FirstName: new("Paula"), LastName: "Public", Email: new("paula.public@example.org")}}
}

var referenceRE = regexp.MustCompile(`^N-[0-9A-F]{8}$`)

// publicCounts is what a public submission may write.
func publicCounts(t *testing.T, db *pgtest.DB) string {
	t.Helper()
	return fmt.Sprintf("nominations %d, organisations %d, contacts %d, attachments %d, audit %d",
		db.Count(t, `SELECT count(*) FROM award_nominations`), db.Count(t, `SELECT count(*) FROM organisations`),
		db.Count(t, `SELECT count(*) FROM contacts`), db.Count(t, `SELECT count(*) FROM attachments`), db.Count(t, `SELECT count(*) FROM audit_entries`))
}

func TestPublicNominationForm(t *testing.T) {
	e := newNomEnv(t, pgtest.Seeded(t))
	for name, ctx := range map[string]context.Context{"anonymous": context.Background(), "logged in": e.member, "other cooperation": e.other} {
		f, err := e.noms.PublicNominationForm(ctx, e.cycle)
		if err != nil || !f.Open || f.Title != "Preis für gute Nachbarschaft 2027" || f.ProgrammeName != "Preis für gute Nachbarschaft" ||
			!cmp.Equal(f.Categories, nomCategories) || f.CooperationID != pgtest.DemoCooperationID || !f.ClosesAt.Equal(berlinTime(2027, time.May, 31, 23, 59)) {
			t.Errorf("%s: %+v %v", name, f, err)
		}
	}
	for _, id := range []string{authzMissingID, "nicht-da", demoAwardCycle /* DRAFT */} {
		_, err := e.noms.PublicNominationForm(context.Background(), id)
		if koop.ErrorCode(err) != koop.ENOTFOUND || koop.ErrorMessage(err) != "Diese Nominierungsseite gibt es nicht." {
			t.Errorf("%s: %v", id, err)
		}
	}
	e.phase(t, koop.PhaseNominationClosed)
	if f, err := e.noms.PublicNominationForm(context.Background(), e.cycle); err != nil || f.Open {
		t.Errorf("closed: %+v %v", f, err)
	}
	e.phase(t, koop.PhaseNominationOpen)
	e.db.Clock.T = berlinTime(2027, time.June, 1, 0, 0)
	if f, err := e.noms.PublicNominationForm(context.Background(), e.cycle); err != nil || f.Open {
		t.Errorf("after the deadline: %+v %v", f, err)
	}
}

func TestPublicNominationSubmit(t *testing.T) {
	e := newNomEnv(t, pgtest.Seeded(t))
	anon := context.Background()
	in := publicNomination(e, "Schlosserei Eisen")
	in.Files = []koop.AttachmentUpload{{FileName: `C:\Unterlagen\Empfehlung.pdf`, Data: testPDF}}
	p, err := e.noms.SubmitPublicNomination(anon, "198.51.100.1", in)
	if err != nil {
		t.Fatal(err)
	}
	var n struct {
		ID        string  `db:"id"`
		Source    string  `db:"source"`
		CreatedBy *string `db:"created_by"`
		Basis     string  `db:"legal_basis"`
		ConsentAt *string `db:"consent_at"`
		Kind      string  `db:"kind"`
	}
	if err := e.db.SQL.Get(&n, `SELECT n.id, n.source, n.created_by, c.legal_basis, c.consent_at::text, o.kind FROM award_nominations n
		JOIN contacts c ON c.id = n.nominator_contact_id JOIN organisations o ON o.id = n.organisation_id WHERE n.cycle_id = $1`, e.cycle); err != nil {
		t.Fatal(err)
	}
	if !referenceRE.MatchString(p.Reference) || p.Reference != koop.NominationReference(n.ID) {
		t.Errorf("reference %q for %s", p.Reference, n.ID)
	}
	if n.Source != "PUBLIC" || n.CreatedBy != nil || n.Basis != "CONSENT" || n.ConsentAt == nil || *n.ConsentAt != "2026-11-25" || n.Kind != "COMPANY" {
		t.Errorf("stored: %+v", n)
	}
	if c := e.db.Count(t, `SELECT count(*) FROM attachments WHERE nomination_id = $1 AND uploaded_by IS NULL AND file_name = 'Empfehlung.pdf' AND content_type = 'application/pdf'`, n.ID); c != 1 {
		t.Errorf("the document was not stored")
	}
	if c := e.db.Count(t, `SELECT count(*) FROM audit_entries WHERE action = 'award_nomination.public' AND actor_id IS NULL AND entity_id = $1`, n.ID); c != 1 {
		t.Errorf("public nomination audited %d times", c)
	}
	// the office sees it with its document
	got, err := e.noms.Nomination(e.coord, n.ID)
	if err != nil || got.Source != koop.SourcePublic || got.NominatorName == nil || *got.NominatorName != "Paula Public" || got.CompanyAddress != "Rhinstraße 9, 10315 Berlin" {
		t.Errorf("read back: %+v %v", got, err)
	}
	if l, err := e.files.Attachments(e.coord, koop.Subject{Kind: koop.SubjectNomination, ID: n.ID}); err != nil || len(l) != 1 || !l[0].CanDelete || l[0].UploaderName != "" {
		t.Errorf("documents: %+v %v", l, err)
	}

	// a duplicate is received like a new one, with the existing reference, and stores nothing
	before := publicCounts(t, e.db)
	dup := publicNomination(e, " schlosserei EISEN ")
	dup.Nominator = koop.NominatorInput{LastName: "Zweiter", Phone: new("030 555 12 34")}
	if p2, err := e.noms.SubmitPublicNomination(e.member, "198.51.100.2", dup); err != nil || p2.Reference != p.Reference {
		t.Errorf("duplicate: %+v %v", p2, err)
	}
	if after := publicCounts(t, e.db); after != before {
		t.Errorf("a duplicate wrote: %s, was %s", after, before)
	}

	// the spam trap: a plausible answer, nothing stored but the rate-limit rows
	subs := e.db.Count(t, `SELECT count(*) FROM public_submissions WHERE kind = 'nomination'`)
	spam := publicNomination(e, "Spam AG")
	spam.Homepage = new("http://spam.example")
	spam.Consent = false
	if ps, err := e.noms.SubmitPublicNomination(anon, "198.51.100.3", spam); err != nil || !referenceRE.MatchString(ps.Reference) {
		t.Errorf("spam trap: %+v %v", ps, err)
	}
	if after := publicCounts(t, e.db); after != before {
		t.Errorf("the spam trap wrote: %s, was %s", after, before)
	}
	if got := e.db.Count(t, `SELECT count(*) FROM public_submissions WHERE kind = 'nomination'`); got != subs+1 {
		t.Errorf("rate-limit rows of the spam trap: %d", got-subs)
	}

	// refused: no consent, bad fields, a forbidden file — nothing stored at all
	subs = e.db.Count(t, `SELECT count(*) FROM public_submissions`)
	for _, c := range []struct {
		name  string
		edit  func(*koop.PublicNomination)
		field string
	}{
		{"no consent", func(p *koop.PublicNomination) { p.Consent = false }, "consent"},
		{"no company", func(p *koop.PublicNomination) { p.Company.Name = "" }, "company.name"},
		{"postal code", func(p *koop.PublicNomination) { p.Company.PostalCode = new("103") }, "company.postalCode"},
		{"e-mail", func(p *koop.PublicNomination) { p.Nominator.Email = new("paula@@example.org") }, "nominator.email"},
		{"unreachable", func(p *koop.PublicNomination) { p.Nominator.Email = nil }, "nominator.email"},
		{"no last name", func(p *koop.PublicNomination) { p.Nominator.LastName = " " }, "nominator.lastName"},
		{"short", func(p *koop.PublicNomination) { p.Justification = "Toll!" }, "justification"},
		{"category", func(p *koop.PublicNomination) { p.Category = "Sonstiges" }, "category"},
		{"html file", func(p *koop.PublicNomination) {
			p.Files = []koop.AttachmentUpload{{FileName: "a.pdf", Data: testPDF}, {FileName: "x.html", Data: []byte("<html><script>alert(1)</script></html>")}}
		}, "files"},
		{"four files", func(p *koop.PublicNomination) { p.Files = make([]koop.AttachmentUpload, 4) }, "files"},
	} {
		in := publicNomination(e, "Neue Firma "+c.name)
		c.edit(&in)
		_, err := e.noms.SubmitPublicNomination(anon, "198.51.100.4", in)
		if koop.ErrorCode(err) != koop.EINVALID || koop.ErrorField(err) != c.field {
			t.Errorf("%s: %v, want INVALID at %s", c.name, err, c.field)
		}
	}
	if after := publicCounts(t, e.db); after != before {
		t.Errorf("refused submissions wrote: %s, was %s", after, before)
	}
	if got := e.db.Count(t, `SELECT count(*) FROM public_submissions`); got != subs {
		t.Errorf("refused submissions count against the limit: %d", got-subs)
	}
	// a nominator who is already a contact is not stored twice
	contacts := e.db.Count(t, `SELECT count(*) FROM contacts`)
	again := publicNomination(e, "Schlosserei Eisen")
	again.Category = "Dienstleistung"
	if _, err := e.noms.SubmitPublicNomination(anon, "198.51.100.5", again); err != nil {
		t.Fatal(err)
	}
	if got := e.db.Count(t, `SELECT count(*) FROM contacts`); got != contacts {
		t.Errorf("the same nominator was stored again")
	}
}

func TestPublicNominationClosed(t *testing.T) {
	e := newNomEnv(t, pgtest.Seeded(t))
	in := publicNomination(e, "Späte Firma")
	e.phase(t, koop.PhaseNominationClosed)
	if _, err := e.noms.SubmitPublicNomination(context.Background(), "198.51.100.1", in); koop.ErrorCode(err) != koop.EINVALID || !strings.Contains(koop.ErrorMessage(err), "31. Mai 2027, 23:59 Uhr") {
		t.Errorf("closed: %v", err)
	}
	e.phase(t, koop.PhaseNominationOpen)
	e.db.Clock.T = berlinTime(2027, time.June, 1, 0, 0)
	if _, err := e.noms.SubmitPublicNomination(context.Background(), "198.51.100.1", in); koop.ErrorCode(err) != koop.EINVALID ||
		koop.ErrorMessage(err) != "Die Nominierungsfrist ist am Montag, 31. Mai 2027, 23:59 Uhr abgelaufen." {
		t.Errorf("after the deadline: %v", err)
	}
	for _, id := range []string{demoAwardCycle, authzMissingID, "x"} {
		in.CycleID = id
		if _, err := e.noms.SubmitPublicNomination(context.Background(), "198.51.100.1", in); koop.ErrorCode(err) != koop.ENOTFOUND {
			t.Errorf("cycle %s: %v", id, err)
		}
	}
	if n := e.db.Count(t, `SELECT count(*) FROM award_nominations WHERE cycle_id = $1`, e.cycle) + e.db.Count(t, `SELECT count(*) FROM public_submissions`); n != 0 {
		t.Errorf("refused submissions wrote %d rows", n)
	}
}

func TestPublicNominationRateLimit(t *testing.T) {
	e := newNomEnv(t, pgtest.Seeded(t))
	const addr = "203.0.113.7"
	submit := func(ctx context.Context, addr string, i int) error {
		in := publicNomination(e, fmt.Sprintf("Firma Nummer %d", i))
		if i%2 == 1 {
			in.Homepage = new("bot") // the spam trap counts as well
		}
		_, err := e.noms.SubmitPublicNomination(ctx, addr, in)
		return err
	}
	for i := range 5 {
		if err := submit(context.Background(), addr, i); err != nil {
			t.Fatalf("submission %d: %v", i+1, err)
		}
	}
	before := publicCounts(t, e.db)
	err := submit(e.member, addr, 5)
	if koop.ErrorCode(err) != koop.EINVALID || koop.ErrorMessage(err) != "Es wurden zu viele Nominierungen von Ihrem Anschluss gesendet. Bitte versuchen Sie es in einer Stunde erneut." {
		t.Fatalf("sixth within the hour: %v", err)
	}
	if after := publicCounts(t, e.db); after != before {
		t.Errorf("a refused submission wrote: %s, was %s", after, before)
	}
	if err := submit(context.Background(), "203.0.113.8", 6); err != nil {
		t.Errorf("another address: %v", err)
	}
	e.db.Clock.Advance(61 * time.Minute)
	if err := submit(context.Background(), addr, 7); err != nil {
		t.Errorf("an hour later: %v", err)
	}
	// the cycle takes at most 300 a day from everyone together
	if _, err := e.db.SQL.Exec(`INSERT INTO public_submissions (kind, address, at) SELECT 'nomination_cycle', $1, $2 FROM generate_series(1, 300)`,
		e.cycle, e.db.Clock.T.Add(-23*time.Hour)); err != nil {
		t.Fatal(err)
	}
	if err := submit(context.Background(), "203.0.113.9", 8); koop.ErrorCode(err) != koop.EINVALID {
		t.Errorf("the 301st of the day: %v", err)
	}
	e.db.Clock.Advance(2 * time.Hour)
	if err := submit(context.Background(), "203.0.113.9", 9); err != nil {
		t.Errorf("a day later: %v", err)
	}
}

// Listing nominations costs the same statements for 2 or 25 nominations, for a manager (hints,
// conflicts) and for an outside juror.
func TestNominationListStatements(t *testing.T) {
	count := func(size int) (manager, juror int) {
		db, st := pgtest.NewCounting(t)
		if err := db.Seed(t.Context(), "koop-demo"); err != nil {
			t.Fatal(err)
		}
		e := newNomEnv(t, db)
		ext := e.juror(t, e.externalID, false)
		chair := e.juror(t, e.memberID, true)
		for i := range size {
			n := e.create(t, fmt.Sprintf("Firma %02d", i), "10115", nomCategories[i%len(nomCategories)])
			e.decide(t, n, koop.EligibilityEligible)
			e.conflict(t, ext, n.ID, "Bekannt")
			e.conflict(t, chair, n.ID, "Kunde")
			e.insertWin(t, 2020+i%7, n.OrganisationID, "Handwerk", koop.PhaseDecided)
		}
		e.phase(t, koop.PhaseJuryVoting)
		st.Reset()
		l, err := e.noms.Nominations(e.coord, e.cycle)
		if err != nil || len(l) != size {
			t.Fatalf("manager: %d %v", len(l), err)
		}
		manager = st.N()
		st.Reset()
		l, err = e.noms.Nominations(e.external, e.cycle)
		if err != nil || len(l) != size {
			t.Fatalf("juror: %d %v", len(l), err)
		}
		juror = st.N()
		return
	}
	m1, j1 := count(2)
	m2, j2 := count(25)
	if m1 != m2 || j1 != j2 {
		t.Errorf("statements grow with the nominations: manager %d→%d, juror %d→%d", m1, m2, j1, j2)
	}
	t.Logf("statements: manager %d, juror %d", m1, j1)
}
