package postgres_test

import (
	"context"
	"encoding/base64"
	"os"
	"path/filepath"
	"testing"

	"github.com/koop-lichtenberg/koop"
	"github.com/koop-lichtenberg/koop/postgres"
	"github.com/koop-lichtenberg/koop/postgres/pgtest"
)

func importFile(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "testdata", "contacts", name))
	if err != nil {
		t.Fatal(err)
	}
	return base64.StdEncoding.EncodeToString(b)
}

// footprint is everything an import may write.
func footprint(t *testing.T, db *pgtest.DB) [4]int {
	t.Helper()
	return [4]int{db.Count(t, `SELECT count(*) FROM contacts`), db.Count(t, `SELECT count(*) FROM organisations`),
		db.Count(t, `SELECT count(*) FROM distribution_list_members`), db.Count(t, `SELECT count(*) FROM audit_entries`)}
}

// The German Excel file (Windows-1252) end to end: the preview writes nothing, an import
// without confirmation is refused with nothing written, the confirmed import writes the valid
// rows with their umlauts, skips duplicates and existing contacts, matches and creates
// organisations, fills the list and audits counts only.
func TestImportContactsEndToEnd(t *testing.T) {
	db := pgtest.Seeded(t)
	contacts := postgres.NewContactService(db.DB)
	coord := db.As(t, "coordinator@koop.test")
	content := importFile(t, "excel_de_windows1252.csv")
	before := footprint(t, db)

	rep, err := contacts.PreviewContactImport(coord, koop.PreviewContactImportInput{CooperationID: pgtest.DemoCooperationID, Content: content, FileName: "Gäste.csv"})
	if err != nil {
		t.Fatal(err)
	}
	if rep.NewCount != 4 || rep.ExistsCount != 1 || rep.DuplicateCount != 1 || rep.ErrorCount != 3 || rep.Rows[2].Status != koop.ImportRowExists ||
		*rep.Rows[2].ExistingContactID != demoContactSchulz || rep.Encoding != "Windows-1252" {
		t.Fatalf("preview: new %d, exists %d, duplicates %d, errors %d, row 5 %s", rep.NewCount, rep.ExistsCount, rep.DuplicateCount, rep.ErrorCount, rep.Rows[2].Status)
	}
	if footprint(t, db) != before {
		t.Fatal("the preview wrote something")
	}

	in := koop.ImportContactsInput{CooperationID: pgtest.DemoCooperationID, Content: content, FileName: "Gäste.csv", DistributionListID: ptr(demoListNetzwerk)}
	if _, err := contacts.ImportContacts(coord, in); koop.ErrorCode(err) != koop.EINVALID || koop.ErrorField(err) != "importValidRows" {
		t.Fatalf("unconfirmed import of a file with errors: %v", err)
	}
	if footprint(t, db) != before {
		t.Fatal("a refused import wrote something")
	}

	in.ImportValidRows = true
	res, err := contacts.ImportContacts(coord, in)
	if err != nil {
		t.Fatal(err)
	}
	if res.CreatedCount != 4 || res.UpdatedCount != 0 || res.SkippedCount != 5 || res.OrganisationsCreated != 1 || res.DistributionList.MemberCount != 15+4 {
		t.Errorf("result: created %d, updated %d, skipped %d, organisations %d, list %d", res.CreatedCount, res.UpdatedCount, res.SkippedCount, res.OrganisationsCreated, res.DistributionList.MemberCount)
	}
	got, err := contacts.Contacts(coord, pgtest.DemoCooperationID, koop.ContactFilter{Query: ptr("Müßig")}, koop.Page{Limit: 5})
	if err != nil || got.TotalCount != 1 {
		t.Fatalf("imported contact: %+v %v", got, err)
	}
	c := got.Items[0]
	if c.FirstName != "Jörg-Ülrike" || c.Title != "Dr." || c.Salutation != koop.SalutationMs || c.Organisation == nil || c.Organisation.Name != "Bäckerei Größenwahn GmbH" ||
		c.Organisation.Kind != koop.OrganisationCompany || c.Note != "Sitzt gern vorn; bitte Platz reservieren" || c.ConsentAt == nil || len(c.DistributionLists) != 1 {
		t.Errorf("imported %+v", c)
	}
	weiss, err := contacts.Contacts(coord, pgtest.DemoCooperationID, koop.ContactFilter{Query: ptr("j.weiss@spreekueche.example")}, koop.Page{Limit: 5})
	if err != nil || weiss.TotalCount != 1 || weiss.Items[0].Organisation.ID != "6b00c0de-0000-4000-8000-000000000482" {
		t.Errorf("organisation matched by name: %+v %v", weiss, err)
	}
	if n := db.Count(t, `SELECT count(*) FROM contacts WHERE lower(email) = 'doppelt@beispiel.example'`); n != 1 {
		t.Errorf("duplicate within the file imported %d times", n)
	}
	if n := db.Count(t, `SELECT count(*) FROM audit_entries WHERE action = 'contact.import' AND changes::text LIKE '%created%'
		AND changes::text NOT LIKE '%@%' AND changes::text NOT LIKE '%Müßig%' AND changes::text NOT LIKE '%Gäste%'`); n != 1 {
		t.Errorf("import audit entries with counts and no personal data: %d", n)
	}

	// Importing the file again: nothing new, and with updateExisting the five known rows update.
	again, err := contacts.ImportContacts(coord, in)
	if err != nil || again.CreatedCount != 0 || again.Report.ExistsCount != 5 || again.DistributionList.MemberCount != 19 {
		t.Fatalf("second import: %+v %v", again, err)
	}
	in.UpdateExisting = ptr(true)
	upd, err := contacts.ImportContacts(coord, in)
	if err != nil || upd.UpdatedCount != 5 || upd.CreatedCount != 0 {
		t.Fatalf("update existing: %+v %v", upd, err)
	}
	schulz, err := contacts.Contact(coord, demoContactSchulz)
	if err != nil || schulz.Version != 2 || schulz.Title != "Dr." {
		t.Errorf("updated existing contact keeps what the file leaves empty: %+v %v", schulz, err)
	}
}

func TestImportContactsRefusals(t *testing.T) {
	db := pgtest.Seeded(t)
	contacts := postgres.NewContactService(db.DB)
	coops := postgres.NewCooperationService(db.DB)
	admin := db.As(t, "admin@koop.test")
	other, err := coops.CreateCooperation(admin, koop.CreateCooperationInput{Name: "Kooperation Pankow",
		Partners: []*koop.NewPartnerInput{{Name: "Bezirksamt Pankow", Kind: koop.OrganisationAuthority}}, AdminEmail: "paula@koop.test", AdminName: "Paula Pankow"})
	if err != nil {
		t.Fatal(err)
	}
	foreignList, err := contacts.CreateDistributionList(admin, koop.CreateDistributionListInput{CooperationID: other.ID, Name: "Fremd"})
	if err != nil {
		t.Fatal(err)
	}
	before := footprint(t, db)
	for _, tc := range []struct {
		name  string
		in    koop.ImportContactsInput
		field string
	}{
		{"missing Nachname", koop.ImportContactsInput{Content: importFile(t, "missing_last_name.csv"), ImportValidRows: true}, "content"},
		{"not base64", koop.ImportContactsInput{Content: "%%%", ImportValidRows: true}, "content"},
		{"list of another cooperation", koop.ImportContactsInput{Content: importFile(t, "utf8_comma.csv"), DistributionListID: &foreignList.ID, ImportValidRows: true}, "distributionListId"},
	} {
		tc.in.CooperationID, tc.in.FileName = pgtest.DemoCooperationID, "x.csv"
		if _, err := contacts.ImportContacts(admin, tc.in); koop.ErrorCode(err) != koop.EINVALID || koop.ErrorField(err) != tc.field {
			t.Errorf("%s: %v, want INVALID on %s", tc.name, err, tc.field)
		}
	}
	if footprint(t, db) != before {
		t.Error("a refused import wrote something")
	}
	// A clean file needs no confirmation.
	res, err := contacts.ImportContacts(admin, koop.ImportContactsInput{CooperationID: pgtest.DemoCooperationID, Content: importFile(t, "utf8_comma.csv"), FileName: "en.csv"})
	if err != nil || res.CreatedCount != 3 || res.OrganisationsCreated != 1 {
		t.Fatalf("clean file: %+v %v", res, err)
	}
}

// Seeding twice leaves contacts and lists alone.
func TestSeedContactsIsIdempotent(t *testing.T) {
	db := pgtest.Seeded(t)
	count := func() [4]int { return footprint(t, db) }
	first := count()
	if first[0] != 40 || first[2] != 35 {
		t.Fatalf("seeded %d contacts, %d list members; want 40, 35", first[0], first[2])
	}
	if err := db.Seed(context.Background(), "koop-demo"); err != nil {
		t.Fatal(err)
	}
	if again := count(); again != first {
		t.Errorf("second seed changed %v → %v", first, again)
	}
}
