package koop_test

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/koop-lichtenberg/koop"
)

func TestEligibilityHints(t *testing.T) {
	win := func(year int, cat string) koop.PastWin { return koop.PastWin{Year: year, Category: cat} }
	const excluded = "Preisträger 2025 (Kategorie Handwerk): nach der Sperrfrist von 3 Jahren nicht teilnahmeberechtigt."
	for _, tc := range []struct {
		name       string
		postalCode string
		wins       []koop.PastWin
		exclusion  int
		want       []string
	}{
		{"seat in the district, no wins", "10315", nil, 3, []string{}},
		{"every district code", "13059", nil, 3, []string{}},
		{"spaces around the code", " 10367 ", nil, 3, []string{}},
		{"no postal code", "", nil, 3, []string{"Keine Postleitzahl angegeben: Sitz im Bezirk prüfen."}},
		{"outside the district", "10115", nil, 3, []string{"Sitz außerhalb des Bezirks Lichtenberg (PLZ 10115)."}},
		{"winner last year", "10315", []koop.PastWin{win(2026, "Dienstleistung")}, 3,
			[]string{"Preisträger 2026 (Kategorie Dienstleistung): nach der Sperrfrist von 3 Jahren nicht teilnahmeberechtigt."}},
		{"winner at the edge of the exclusion", "10315", []koop.PastWin{win(2024, "Handwerk")}, 3,
			[]string{"Preisträger 2024 (Kategorie Handwerk): nach der Sperrfrist von 3 Jahren nicht teilnahmeberechtigt."}},
		{"winner before the exclusion", "10315", []koop.PastWin{win(2023, "Handwerk")}, 3, []string{}},
		{"a win of the same year does not count", "10315", []koop.PastWin{win(2027, "Handwerk")}, 3, []string{}},
		{"no exclusion", "10315", []koop.PastWin{win(2026, "Handwerk")}, 0, []string{}},
		{"one year", "10315", []koop.PastWin{win(2026, "Handwerk")}, 1,
			[]string{"Preisträger 2026 (Kategorie Handwerk): nach der Sperrfrist von 1 Jahr nicht teilnahmeberechtigt."}},
		{"the latest win is named", "10115", []koop.PastWin{win(2024, "Industrie"), win(2025, "Handwerk")}, 3,
			[]string{"Sitz außerhalb des Bezirks Lichtenberg (PLZ 10115).", excluded}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := koop.EligibilityHints(tc.postalCode, tc.wins, 2027, tc.exclusion)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("hints (-want +got):\n%s", diff)
			}
		})
	}
	if len(koop.DistrictPostalCodes) != 12 || koop.InDistrict("10119") || !koop.InDistrict("13051") {
		t.Errorf("district postal codes: %v", koop.DistrictPostalCodes)
	}
}

func TestCompanyAddressLineAndReference(t *testing.T) {
	for _, tc := range []struct{ street, pc, city, want string }{
		{"Frankfurter Allee 1", "10365", "Berlin", "Frankfurter Allee 1, 10365 Berlin"},
		{"", "10365", "Berlin", "10365 Berlin"},
		{"Frankfurter Allee 1", "", "Berlin", "Frankfurter Allee 1, Berlin"},
		{"Frankfurter Allee 1", "", "", "Frankfurter Allee 1"},
		{"", "", "", ""},
	} {
		if got := koop.CompanyAddressLine(tc.street, tc.pc, tc.city); got != tc.want {
			t.Errorf("address %q %q %q = %q, want %q", tc.street, tc.pc, tc.city, got, tc.want)
		}
	}
	if got := koop.NominationReference("6b00c0de-0000-4000-8000-000000000a11"); got != "N-6B00C0DE" {
		t.Errorf("reference %q", got)
	}
}

func TestNominationPhases(t *testing.T) {
	closes := time.Date(2027, 5, 31, 21, 59, 0, 0, time.UTC) // 23:59 in Berlin
	before, after := closes.Add(-time.Hour), closes.Add(time.Minute)
	for _, tc := range []struct {
		phase     koop.AwardPhase
		now       time.Time
		open      bool
		editable  bool
		jurySees  bool
		wantInMsg string
	}{
		{koop.PhaseDraft, before, false, false, false, "noch nicht geöffnet"},
		{koop.PhaseNominationOpen, before, true, true, false, ""},
		{koop.PhaseNominationOpen, after, false, true, false, "Montag, 31. Mai 2027, 23:59 Uhr abgelaufen"},
		{koop.PhaseNominationClosed, before, false, true, false, "geschlossen"},
		{koop.PhaseNominationClosed, after, false, true, false, "abgelaufen"},
		{koop.PhaseJuryVoting, after, false, false, true, "abgelaufen"},
		{koop.PhaseDecided, after, false, false, true, "abgelaufen"},
		{koop.PhaseAnnounced, after, false, false, true, "abgelaufen"},
	} {
		err := koop.CheckNominationOpen(tc.phase, closes, tc.now)
		if (err == nil) != tc.open || (err != nil && (koop.ErrorCode(err) != koop.EINVALID || !strings.Contains(koop.ErrorMessage(err), tc.wantInMsg))) {
			t.Errorf("%s at %v: open %v", tc.phase, tc.now, err)
		}
		if got := koop.NominationsEditable(tc.phase) == nil; got != tc.editable {
			t.Errorf("%s: editable %v, want %v", tc.phase, got, tc.editable)
		}
		if got := koop.JurySeesNominations(tc.phase); got != tc.jurySees {
			t.Errorf("%s: jury sees %v, want %v", tc.phase, got, tc.jurySees)
		}
	}
	if err := koop.NominationsEditable(koop.PhaseJuryVoting); koop.ErrorMessage(err) != "Die Jurybewertung hat begonnen: Nominierungen können nicht mehr geändert werden." {
		t.Errorf("voting: %v", err)
	}
}

func TestPublicNominationValidate(t *testing.T) {
	cats := []string{"Handwerk", "Dienstleistung"}
	just := strings.Repeat("Ein vorbildlicher Ausbildungsbetrieb im Kiez. ", 3)
	valid := func() koop.PublicNomination {
		return koop.PublicNomination{
			Company:       koop.CompanyInput{Name: "  Tischlerei Holzwurm GmbH ", PostalCode: new(" 10365 ")},
			Category:      "handwerk",
			Nominator:     koop.NominatorInput{LastName: "Schulz", Email: new(" Anna.Schulz@Example.org ")},
			Justification: just,
			Consent:       true,
		}
	}
	in := valid()
	if err := in.Validate(cats); err != nil {
		t.Fatal(err)
	}
	if in.Company.Name != "Tischlerei Holzwurm GmbH" || *in.Company.PostalCode != "10365" || in.Category != "Handwerk" || *in.Nominator.Email != "anna.schulz@example.org" {
		t.Errorf("cleaned: %+v %+v %q", in.Company, in.Nominator, in.Category)
	}
	for _, tc := range []struct {
		name  string
		edit  func(*koop.PublicNomination)
		field string
	}{
		{"no consent", func(p *koop.PublicNomination) { p.Consent = false }, "consent"},
		{"no company", func(p *koop.PublicNomination) { p.Company.Name = " " }, "company.name"},
		{"long company", func(p *koop.PublicNomination) { p.Company.Name = strings.Repeat("x", 201) }, "company.name"},
		{"four digits", func(p *koop.PublicNomination) { p.Company.PostalCode = new("1036") }, "company.postalCode"},
		{"letters", func(p *koop.PublicNomination) { p.Company.PostalCode = new("ABCDE") }, "company.postalCode"},
		{"unknown category", func(p *koop.PublicNomination) { p.Category = "Gastronomie" }, "category"},
		{"no last name", func(p *koop.PublicNomination) { p.Nominator.LastName = "" }, "nominator.lastName"},
		{"bad e-mail", func(p *koop.PublicNomination) { p.Nominator.Email = new("anna@") }, "nominator.email"},
		{"unreachable", func(p *koop.PublicNomination) { p.Nominator.Email = nil }, "nominator.email"},
		{"bad phone", func(p *koop.PublicNomination) { p.Nominator.Email, p.Nominator.Phone = nil, new("ruf mich an") }, "nominator.phone"},
		{"short justification", func(p *koop.PublicNomination) { p.Justification = "Super Firma!" }, "justification"},
		{"long justification", func(p *koop.PublicNomination) { p.Justification = strings.Repeat("x", 10001) }, "justification"},
		{"too many files", func(p *koop.PublicNomination) { p.Files = make([]koop.AttachmentUpload, 4) }, "files"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := valid()
			tc.edit(&in)
			err := in.Validate(cats)
			if koop.ErrorCode(err) != koop.EINVALID || koop.ErrorField(err) != tc.field {
				t.Errorf("got %v, want INVALID at %s", err, tc.field)
			}
		})
	}
	// reachable by phone alone; an empty postal code is allowed
	in = valid()
	in.Nominator.Email, in.Nominator.Phone, in.Company.PostalCode = nil, new("030 1234567"), new("")
	if err := in.Validate(cats); err != nil || in.Company.PostalCode != nil {
		t.Errorf("phone only: %v %v", err, in.Company.PostalCode)
	}
	if in := valid(); in.SpamTrapped() {
		t.Error("no homepage is no spam")
	}
	if in := (koop.PublicNomination{Homepage: new("http://spam.example")}); !in.SpamTrapped() {
		t.Error("a filled homepage is spam")
	}
}
