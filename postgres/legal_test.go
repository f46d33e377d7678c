package postgres_test

import (
	"context"
	"strings"
	"sync"
	"testing"

	"github.com/koop-lichtenberg/koop"
	"github.com/koop-lichtenberg/koop/postgres"
	"github.com/koop-lichtenberg/koop/postgres/pgtest"
)

func TestLegalTextsArePublicAndVersioned(t *testing.T) {
	db := pgtest.Seeded(t)
	legal := postgres.NewLegalService(db.DB)
	anonymous := context.Background()

	// The demo has texts, marked as examples, with the Bezirksamt's address.
	seeded, err := legal.LegalTexts(anonymous, pgtest.DemoCooperationID)
	if err != nil {
		t.Fatal(err)
	}
	if seeded.CooperationName != "Kooperation Bezirksamt Lichtenberg – WKHL" || seeded.Version != 1 || seeded.UpdatedAt == nil {
		t.Errorf("seeded: %q version %d, updated %v", seeded.CooperationName, seeded.Version, seeded.UpdatedAt)
	}
	for name, text := range map[string]string{"imprint": seeded.Imprint, "privacy": seeded.Privacy, "accessibility": seeded.Accessibility} {
		if !strings.Contains(text, "Beispieltext") || !strings.Contains(text, "Bezirksamt Lichtenberg") {
			t.Errorf("%s is no marked demo text of the Bezirksamt:\n%s", name, text)
		}
	}
	if !strings.Contains(seeded.Imprint, "Möllendorffstraße 6\n10367 Berlin") {
		t.Errorf("imprint without the address:\n%s", seeded.Imprint)
	}

	for _, id := range []string{"kein-uuid", "6b00c0de-0000-4000-8000-00000000dead"} {
		if _, err := legal.LegalTexts(anonymous, id); koop.ErrorCode(err) != koop.ENOTFOUND {
			t.Errorf("cooperation %s: %v", id, err)
		}
	}

	admin := db.As(t, "admin@koop.test")
	in := koop.UpdateLegalTextsInput{CooperationID: pgtest.DemoCooperationID, Version: seeded.Version,
		Imprint: "Bezirksamt Lichtenberg\r\nMöllendorffstraße 6\r\n10367 Berlin  ", Privacy: "Datenschutz, kurz.", Accessibility: ""}
	saved, err := legal.UpdateLegalTexts(admin, in)
	if err != nil {
		t.Fatal(err)
	}
	if saved.Version != 2 || saved.Imprint != "Bezirksamt Lichtenberg\nMöllendorffstraße 6\n10367 Berlin" || saved.Accessibility != "" || !saved.UpdatedAt.Equal(db.Clock.T) {
		t.Errorf("saved: %+v", saved)
	}
	// The same version again is stale: no silent overwrite.
	if _, err := legal.UpdateLegalTexts(admin, in); koop.ErrorCode(err) != koop.ECONFLICT {
		t.Errorf("stale version: %v", err)
	}
	long := in
	long.Version, long.Privacy = saved.Version, strings.Repeat("x", koop.MaxPrivacyLength+1)
	if _, err := legal.UpdateLegalTexts(admin, long); koop.ErrorCode(err) != koop.EINVALID || koop.ErrorField(err) != "privacy" {
		t.Errorf("too long: %v", err)
	}
	if n := db.Count(t, `SELECT count(*) FROM audit_entries WHERE action = 'legal_texts.update' AND actor_id IS NOT NULL`); n != 1 {
		t.Errorf("%d audit entries, want 1", n)
	}
	var changed []string
	if err := db.SQL.Select(&changed, `SELECT c->>'field' FROM audit_entries, jsonb_array_elements(changes) c
		WHERE action = 'legal_texts.update' AND actor_id IS NOT NULL ORDER BY 1`); err != nil {
		t.Fatal(err)
	}
	if strings.Join(changed, ",") != "accessibility,imprint,privacy" {
		t.Errorf("audited fields %v", changed)
	}
}

// A cooperation without texts reads as empty (version 0); two admins saving the first texts at
// once: one wins, the other gets a conflict.
func TestLegalTextsFirstSaveConflict(t *testing.T) {
	db := pgtest.Seeded(t)
	legal := postgres.NewLegalService(db.DB)
	admin := db.As(t, "admin@koop.test")
	other, err := postgres.NewCooperationService(db.DB).CreateCooperation(admin, koop.CreateCooperationInput{Name: "Kooperation Marzahn-Hellersdorf",
		Partners:   []*koop.NewPartnerInput{{Name: "Bezirksamt Marzahn-Hellersdorf", Kind: koop.OrganisationAuthority}},
		AdminEmail: "mh.admin@koop.test", AdminName: "Mara Hell"})
	if err != nil {
		t.Fatal(err)
	}
	empty, err := legal.LegalTexts(context.Background(), other.ID)
	if err != nil || empty.Version != 0 || empty.Imprint != "" || empty.UpdatedAt != nil || empty.CooperationName != "Kooperation Marzahn-Hellersdorf" {
		t.Fatalf("no texts yet: %+v %v", empty, err)
	}
	var wg sync.WaitGroup
	codes := make([]string, 4)
	for i := range codes {
		wg.Go(func() {
			_, err := legal.UpdateLegalTexts(admin, koop.UpdateLegalTextsInput{CooperationID: other.ID, Version: 0, Imprint: "Impressum " + string(rune('A'+i))})
			codes[i] = koop.ErrorCode(err)
		})
	}
	wg.Wait()
	ok := 0
	for _, c := range codes {
		switch c {
		case "":
			ok++
		case koop.ECONFLICT:
		default:
			t.Errorf("unexpected code %q", c)
		}
	}
	if ok != 1 {
		t.Errorf("%d of 4 first saves succeeded, want exactly 1 (%v)", ok, codes)
	}
	after, err := legal.LegalTexts(context.Background(), other.ID)
	if err != nil || after.Version != 1 || !strings.HasPrefix(after.Imprint, "Impressum ") {
		t.Errorf("after: %+v %v", after, err)
	}
}
