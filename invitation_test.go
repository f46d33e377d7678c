package koop_test

import (
	"strings"
	"testing"
	"time"

	"github.com/koop-lichtenberg/koop"
)

func TestPromoteSkipsWhatDoesNotFitAndNeverSplits(t *testing.T) {
	party := func(name string, plusOne bool) *koop.Invitation {
		return &koop.Invitation{ID: name, PlusOne: plusOne}
	}
	waiting := []*koop.Invitation{party("couple1", true), party("single1", false), party("couple2", true), party("single2", false)}
	for _, c := range []struct {
		free int
		want string
	}{
		{0, ""},
		{1, "single1"},
		{2, "couple1"},
		{3, "couple1 single1"},
		{4, "couple1 single1 single2"},
		{6, "couple1 single1 couple2 single2"},
		{-1, "couple1 single1 couple2 single2"},
	} {
		var got []string
		for _, p := range koop.Promote(c.free, waiting) {
			got = append(got, p.ID)
		}
		if g := strings.Join(got, " "); g != c.want {
			t.Errorf("%d free: %q, want %q", c.free, g, c.want)
		}
	}
}

func TestInvitationStatuses(t *testing.T) {
	for s, want := range map[koop.InvitationStatus][2]bool{ // holds a seat, answerable
		koop.InvitationDraft: {false, false}, koop.InvitationInvited: {false, true}, koop.InvitationAccepted: {true, true},
		koop.InvitationDeclined: {false, true}, koop.InvitationWaitlisted: {false, true}, koop.InvitationAttended: {true, false},
		koop.InvitationNoShow: {false, false},
	} {
		if s.HoldsSeat() != want[0] || s.Answerable() != want[1] || !s.Valid() || s.Label() == string(s) {
			t.Errorf("%s: seat %v answerable %v label %q", s, s.HoldsSeat(), s.Answerable(), s.Label())
		}
	}
	if koop.InvitationStatus("MAYBE").Valid() {
		t.Error("an unknown status is valid")
	}
}

func TestGermanTimes(t *testing.T) {
	start := time.Date(2027, 1, 20, 17, 0, 0, 0, time.UTC)
	if got := koop.GermanEventTime(start, start.Add(3*time.Hour)); got != "Mittwoch, 20. Januar 2027, 18:00 bis 21:00 Uhr" {
		t.Errorf("one day: %q", got)
	}
	if got := koop.GermanEventTime(start, start.Add(27*time.Hour)); got != "Mittwoch, 20. Januar 2027, 18:00 Uhr bis Donnerstag, 21. Januar 2027, 21:00 Uhr" {
		t.Errorf("two days: %q", got)
	}
	if got := koop.FileNameFor("Fachtag „Frauen in Führungspositionen“ 2027", ".ics"); got != "Fachtag-Frauen-in-Führungspositionen-2027.ics" {
		t.Errorf("file name: %q", got)
	}
	if got := koop.FileNameFor("<>", ".csv"); got != "koop.csv" {
		t.Errorf("empty file name: %q", got)
	}
	name, err := koop.CheckPlusOneName("  Max \t Muster ", "plusOneName")
	if err != nil || name != "Max Muster" {
		t.Errorf("plus-one name: %q %v", name, err)
	}
}
