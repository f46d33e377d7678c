package postgres_test

import (
	"context"
	"encoding/base64"
	"testing"

	"github.com/koop-lichtenberg/koop"
	"github.com/koop-lichtenberg/koop/postgres"
	"github.com/koop-lichtenberg/koop/postgres/pgtest"
)

// Contacts are personal data: ADMIN, COORDINATOR and MEMBER read and edit them, VIEWER reads
// them without contact details, EXTERNAL sees none (koop/contact.go).
var (
	authzViewContacts = map[string]string{
		authzAdmin: "", authzAdminOnly: "", authzCoordinator: "", authzMember: "", authzViewer: "", authzExternal: koop.EFORBIDDEN,
		authzOther: koop.ENOTFOUND, authzDeactivated: koop.ENOTFOUND, authzSystemAdmin: "", authzAnonymous: koop.EUNAUTHENTICATED,
	}
	authzEditContacts = map[string]string{
		authzAdmin: "", authzAdminOnly: "", authzCoordinator: "", authzMember: "", authzViewer: koop.EFORBIDDEN, authzExternal: koop.EFORBIDDEN,
		authzOther: koop.ENOTFOUND, authzDeactivated: koop.ENOTFOUND, authzSystemAdmin: "", authzAnonymous: koop.EUNAUTHENTICATED,
	}
)

func authzContacts(f *authzFixture) *postgres.ContactService {
	return postgres.NewContactService(f.db.DB)
}

var authzImportCSV = base64.StdEncoding.EncodeToString([]byte("Anrede;Vorname;Nachname;E-Mail;Rechtsgrundlage\r\nFrau;Ida;Importiert;ida@import.example;Vertrag\r\n"))

var authzContactOps = []authzOp{
	{
		name: "Contacts", policy: authzViewContacts,
		call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
			l, err := authzContacts(f).Contacts(ctx, pgtest.DemoCooperationID, koop.ContactFilter{}, koop.Page{Limit: koop.MaxLimit})
			if err == nil {
				if l.TotalCount != 40 || len(l.Items) != 40 {
					t.Errorf("contacts: total %d, %d items; want 40", l.TotalCount, len(l.Items))
				}
				if hidden := actor == authzViewer; l.Items[0].DetailsHidden != hidden {
					t.Errorf("details hidden for %s: %v, want %v", actor, l.Items[0].DetailsHidden, hidden)
				}
			}
			return err
		},
	},
	{
		name: "Contact", policy: authzViewContacts,
		call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
			c, err := authzContacts(f).Contact(ctx, demoContactSchulz)
			if err == nil && (c.LastName != "Schulz" || (c.Email == nil) != (actor == authzViewer)) {
				t.Errorf("contact as %s: %s, e-mail %v", actor, c.LastName, c.Email)
			}
			return err
		},
	},
	{
		name: "DistributionLists", policy: authzViewContacts,
		call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
			l, err := authzContacts(f).DistributionLists(ctx, pgtest.DemoCooperationID)
			if err == nil && len(l) != 2 {
				t.Errorf("lists: %d, want 2", len(l))
			}
			return err
		},
	},
	{
		name: "DistributionList", policy: authzViewContacts,
		call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
			l, err := authzContacts(f).DistributionList(ctx, demoListStammgaste)
			if err == nil && l.MemberCount != 20 {
				t.Errorf("members: %d, want 20", l.MemberCount)
			}
			return err
		},
	},
	{
		name: "PreviewContactImport", policy: authzEditContacts,
		call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
			r, err := authzContacts(f).PreviewContactImport(ctx, koop.PreviewContactImportInput{CooperationID: pgtest.DemoCooperationID, Content: authzImportCSV, FileName: "a.csv"})
			if err == nil && r.NewCount != 1 {
				t.Errorf("preview: %d new, want 1", r.NewCount)
			}
			return err
		},
	},
	{
		name: "CreateContact", policy: authzEditContacts, action: "contact.create",
		state: func(t *testing.T, f *authzFixture) string {
			return authzText(t, f.db, `SELECT count(*)::text FROM contacts WHERE cooperation_id = $1`, pgtest.DemoCooperationID)
		},
		call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
			_, err := authzContacts(f).CreateContact(ctx, koop.CreateContactInput{CooperationID: pgtest.DemoCooperationID, LastName: "Neu",
				Email: authzPtr("neu@kontakt.example"), LegalBasis: koop.LegalBasisConsent, ConsentAt: day("2026-01-02")})
			return err
		},
	},
	{
		name: "UpdateContact", policy: authzEditContacts, action: "contact.update",
		state: func(t *testing.T, f *authzFixture) string {
			return authzText(t, f.db, `SELECT function || '/' || version FROM contacts WHERE id = $1`, demoContactMeier)
		},
		call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
			_, err := authzContacts(f).UpdateContact(ctx, koop.UpdateContactInput{ID: demoContactMeier,
				Version: authzVersion(t, f.db, "contacts", demoContactMeier), Function: authzPtr("Geschäftsführer")})
			return err
		},
	},
	{
		name: "DeleteContact", policy: authzEditContacts, action: "contact.delete",
		// a guest of the demo events cannot be deleted (guest lists keep their history)
		prepare: func(t *testing.T, f *authzFixture, actor string) {
			if _, err := f.db.SQL.Exec(`DELETE FROM invitations WHERE contact_id = $1`, demoContactMeier); err != nil {
				t.Fatal(err)
			}
		},
		state: func(t *testing.T, f *authzFixture) string {
			return authzText(t, f.db, `SELECT count(*)::text FROM contacts WHERE cooperation_id = $1`, pgtest.DemoCooperationID)
		},
		call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
			return authzContacts(f).DeleteContact(ctx, koop.DeleteContactInput{ID: demoContactMeier, Version: authzVersion(t, f.db, "contacts", demoContactMeier)})
		},
	},
	{
		name: "CreateDistributionList", policy: authzEditContacts, action: "distribution_list.create",
		state: func(t *testing.T, f *authzFixture) string {
			return authzText(t, f.db, `SELECT count(*)::text FROM distribution_lists WHERE cooperation_id = $1`, pgtest.DemoCooperationID)
		},
		call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
			_, err := authzContacts(f).CreateDistributionList(ctx, koop.CreateDistributionListInput{CooperationID: pgtest.DemoCooperationID, Name: "Presse"})
			return err
		},
	},
	{
		name: "UpdateDistributionList", policy: authzEditContacts, action: "distribution_list.update",
		state: func(t *testing.T, f *authzFixture) string {
			return authzText(t, f.db, `SELECT name || '/' || version FROM distribution_lists WHERE id = $1`, demoListStammgaste)
		},
		call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
			_, err := authzContacts(f).UpdateDistributionList(ctx, koop.UpdateDistributionListInput{ID: demoListStammgaste,
				Version: authzVersion(t, f.db, "distribution_lists", demoListStammgaste), Name: authzPtr("Neujahrsempfang – Stammgäste 2027")})
			return err
		},
	},
	{
		name: "DeleteDistributionList", policy: authzEditContacts, action: "distribution_list.delete",
		state: func(t *testing.T, f *authzFixture) string {
			return authzText(t, f.db, `SELECT count(*)::text FROM distribution_lists WHERE cooperation_id = $1`, pgtest.DemoCooperationID)
		},
		call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
			return authzContacts(f).DeleteDistributionList(ctx, koop.DeleteDistributionListInput{ID: demoListNetzwerk,
				Version: authzVersion(t, f.db, "distribution_lists", demoListNetzwerk)})
		},
	},
	{
		name: "AddContactsToList", policy: authzEditContacts, action: "distribution_list.add_contacts",
		state: func(t *testing.T, f *authzFixture) string {
			return authzText(t, f.db, `SELECT count(*)::text FROM distribution_list_members WHERE list_id = $1`, demoListNetzwerk)
		},
		call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
			_, err := authzContacts(f).AddContactsToList(ctx, koop.ListContactsInput{DistributionListID: demoListNetzwerk, ContactIds: []string{demoContactMeier}})
			return err
		},
	},
	{
		name: "RemoveContactsFromList", policy: authzEditContacts, action: "distribution_list.remove_contacts",
		state: func(t *testing.T, f *authzFixture) string {
			return authzText(t, f.db, `SELECT count(*)::text FROM distribution_list_members WHERE list_id = $1`, demoListNetzwerk)
		},
		call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
			_, err := authzContacts(f).RemoveContactsFromList(ctx, koop.ListContactsInput{DistributionListID: demoListNetzwerk, ContactIds: []string{demoContactSchulz}})
			return err
		},
	},
	{
		name: "ImportContacts", policy: authzEditContacts, action: "contact.import",
		state: func(t *testing.T, f *authzFixture) string {
			return authzText(t, f.db, `SELECT count(*)::text FROM contacts WHERE cooperation_id = $1`, pgtest.DemoCooperationID)
		},
		call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
			_, err := authzContacts(f).ImportContacts(ctx, koop.ImportContactsInput{CooperationID: pgtest.DemoCooperationID, Content: authzImportCSV, FileName: "a.csv"})
			return err
		},
	},
}

func init() { authzOps = append(authzOps, authzContactOps...) }
