package koop_test

import (
	"strings"
	"testing"

	"github.com/koop-lichtenberg/koop"
)

func TestCleanPlainText(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", ""},
		{"  \n\n ", ""},
		{"Bezirksamt Lichtenberg\r\nMöllendorffstraße 6\r10367 Berlin", "Bezirksamt Lichtenberg\nMöllendorffstraße 6\n10367 Berlin"},
		{"Absatz eins.   \n\n\n\n\nAbsatz zwei.\t ", "Absatz eins.\n\nAbsatz zwei."},
		{"Text\x00 mit\x07 Steuerzeichen\u0085", "Text mit Steuerzeichen"},
		{"<script>alert(1)</script>", "<script>alert(1)</script>"}, // kept as text: the pages never render it as HTML
		{"\tEingerückt\n\tweiter", "Eingerückt\n\tweiter"},
	} {
		if got := koop.CleanPlainText(tc.in); got != tc.want {
			t.Errorf("CleanPlainText(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestLegalTextsLimits(t *testing.T) {
	ok := koop.UpdateLegalTextsInput{Imprint: strings.Repeat("ä", koop.MaxImprintLength), Privacy: " Datenschutz ", Accessibility: ""}
	imprint, privacy, accessibility, err := ok.Clean()
	if err != nil || len([]rune(imprint)) != koop.MaxImprintLength || privacy != "Datenschutz" || accessibility != "" {
		t.Fatalf("at the limit: %d runes, %q, %q, %v", len([]rune(imprint)), privacy, accessibility, err)
	}
	for _, tc := range []struct {
		in    koop.UpdateLegalTextsInput
		field string
		// limit is how the message writes the limit: German thousands, readable in a form.
		limit string
	}{
		{koop.UpdateLegalTextsInput{Imprint: strings.Repeat("x", koop.MaxImprintLength+1)}, "imprint", "20.000"},
		{koop.UpdateLegalTextsInput{Privacy: strings.Repeat("x", koop.MaxPrivacyLength+5)}, "privacy", "60.000"},
		{koop.UpdateLegalTextsInput{Accessibility: strings.Repeat("x", 1234567)}, "accessibility", "30.000"},
	} {
		_, _, _, err := tc.in.Clean()
		if koop.ErrorCode(err) != koop.EINVALID || koop.ErrorField(err) != tc.field || !strings.Contains(koop.ErrorMessage(err), tc.limit) {
			t.Errorf("%s: %v", tc.field, err)
		}
	}
}

func TestCalendarFeedURL(t *testing.T) {
	if got := koop.CalendarFeedURL("https://koop.example/", "abc_-1"); got != "https://koop.example/calendar/feeds/abc_-1.ics" {
		t.Errorf("got %q", got)
	}
}
