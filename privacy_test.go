package koop

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestASCIISlugAndExportFileName(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Schulz", "schulz"},
		{"Müller-Lüdenscheidt", "mueller-luedenscheidt"},
		{"Straßburg  Çelik", "strassburg-celik"},
		{"  ", "person"},
		{"李", "person"},
		{"O'Brien 3.", "o-brien-3"},
	} {
		if got := ASCIISlug(tc.in); got != tc.want {
			t.Errorf("ASCIISlug(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	day := time.Date(2026, 11, 30, 0, 0, 0, 0, time.UTC)
	if got := ExportFileName("Schulz", day); got != "koop-personendaten-schulz-2026-11-30.json" {
		t.Errorf("file name %q", got)
	}
}

func TestPersonInputValidate(t *testing.T) {
	id := "x"
	for _, tc := range []struct {
		name string
		in   *PersonInput
		want string
	}{
		{"nil", nil, EINVALID},
		{"none", &PersonInput{}, EINVALID},
		{"both", &PersonInput{ContactID: &id, UserID: &id}, EINVALID},
		{"contact", &PersonInput{ContactID: &id}, ""},
		{"user", &PersonInput{UserID: &id}, ""},
	} {
		if got := ErrorCode(tc.in.Validate()); got != tc.want {
			t.Errorf("%s: code %q, want %q", tc.name, got, tc.want)
		}
	}
	e := ErasePersonInput{Person: &PersonInput{ContactID: &id}, Reason: "  "}
	if ErrorCode(e.Validate()) != EINVALID {
		t.Errorf("an empty reason passed")
	}
}

func TestSetContactRetentionValidate(t *testing.T) {
	for years, want := range map[int]string{0: EINVALID, 1: "", 3: "", 30: "", 31: EINVALID, -5: EINVALID} {
		in := SetContactRetentionInput{Years: years}
		if got := ErrorCode(in.Validate()); got != want {
			t.Errorf("%d years: code %q, want %q", years, got, want)
		}
	}
	if got := RetentionCutoff(time.Date(2026, 11, 30, 0, 0, 0, 0, time.UTC), 3); !got.Equal(time.Date(2023, 11, 30, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("cutoff %v", got)
	}
}

func TestPlanContactErasure(t *testing.T) {
	p := PlanContactErasure(ContactErasureFacts{Name: "Dr. Eva Schulz", Invitations: 2, Lists: 1, Upcoming: []string{"„Neujahrsempfang 2027“ (15.01.2027)"}})
	if len(p.Blockers) != 1 || p.Name != "Dr. Eva Schulz" {
		t.Errorf("upcoming guest: %+v", p)
	}
	p = PlanContactErasure(ContactErasureFacts{Name: "Eva Schulz", Invitations: 2})
	want := "Auf 2 Gästelisten bleibt der Eintrag als „Gelöschte Person“ für die Zahlen erhalten; Namen von Begleitpersonen und persönliche Antwortlinks werden entfernt."
	if len(p.Blockers) != 0 || len(p.Effects) != 2 || p.Effects[1] != want {
		t.Errorf("past guest: %+v", p)
	}
	if p := PlanContactErasure(ContactErasureFacts{Name: "X"}); len(p.Effects) != 1 || !(ContactErasureFacts{}).Deletable() {
		t.Errorf("unreferenced contact is deleted: %+v", p)
	}
	if p := PlanContactErasure(ContactErasureFacts{Name: "X", AlreadyErased: true}); len(p.Blockers) != 1 {
		t.Errorf("already erased: %+v", p)
	}
}

func TestPlanUserErasure(t *testing.T) {
	none := PlanUserErasure(UserErasureFacts{Name: "Eva"})
	if len(none.Blockers) != 0 || len(none.Effects) == 0 {
		t.Errorf("no blockers: %+v", none)
	}
	p := PlanUserErasure(UserErasureFacts{Name: "Eva", Self: true, OpenJuryCycles: []string{"Preis 2026"}, OpenTasks: 5,
		OpenTaskTitles: []string{"A", "B", "C"}, OpenRetreats: []string{"Klausur 2027"}, LastAdminOf: []string{"Koop"}})
	if len(p.Blockers) != 5 {
		t.Fatalf("blockers: %v", p.Blockers)
	}
	want := "Eva sind 5 offene Aufgaben zugewiesen („A“, „B“, „C“ und weitere). Bitte weisen Sie sie zuerst jemand anderem zu oder schließen Sie sie ab."
	if diff := cmp.Diff(want, p.Blockers[2]); diff != "" {
		t.Errorf("task blocker (-want +got):\n%s", diff)
	}
}
