package postgres_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/koop-lichtenberg/koop"
	"github.com/koop-lichtenberg/koop/postgres"
	"github.com/koop-lichtenberg/koop/postgres/pgtest"
)

// Seeded demo contacts and lists (postgres/seed_contacts.go).
const (
	demoContactSchulz  = "6b00c0de-0000-4000-8000-000000000401" // Dr. Katrin Schulz, HSH Metallbau, on both lists
	demoContactMeier   = "6b00c0de-0000-4000-8000-000000000402" // Thomas Meier
	demoListStammgaste = "6b00c0de-0000-4000-8000-000000000501" // Neujahrsempfang – Stammgäste, 20 members
	demoListNetzwerk   = "6b00c0de-0000-4000-8000-000000000502" // Netzwerk Unternehmerinnen, 15 members
	demoOrgMetallbau   = "6b00c0de-0000-4000-8000-000000000481"
)

func day(s string) *time.Time {
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return &d
}

func TestContactLifecycle(t *testing.T) {
	db := pgtest.Seeded(t)
	contacts := postgres.NewContactService(db.DB)
	coord := db.As(t, "coordinator@koop.test")
	c, err := contacts.CreateContact(coord, koop.CreateContactInput{CooperationID: pgtest.DemoCooperationID, Salutation: ptr(koop.SalutationMs),
		Title: ptr("Dr."), FirstName: ptr("Anna"), LastName: " Schönfeld ", Function: ptr("Geschäftsführerin"), OrganisationID: ptr(demoOrgMetallbau),
		Email: ptr(" Anna.Schoenfeld@Example.ORG "), PostalCode: ptr("10367"), City: ptr("Berlin"),
		LegalBasis: koop.LegalBasisConsent, ConsentAt: day("2025-03-15")})
	if err != nil {
		t.Fatal(err)
	}
	if c.LastName != "Schönfeld" || *c.Email != "anna.schoenfeld@example.org" || c.Organisation == nil || c.Organisation.Name != "Hohenschönhausener Metallbau GmbH" ||
		c.LetterSalutation() != "Sehr geehrte Frau Dr. Schönfeld" || c.ConsentAt.Format(time.DateOnly) != "2025-03-15" || c.Version != 1 || c.DetailsHidden {
		t.Fatalf("created %+v", c)
	}
	// The trail names the personal fields but stores none of their values.
	if n := db.Count(t, `SELECT count(*) FROM audit_entries WHERE action = 'contact.create' AND entity_id = $1
		AND changes::text LIKE '%lastName%' AND changes::text LIKE '%CONSENT%' AND changes::text NOT LIKE '%Schönfeld%' AND changes::text NOT LIKE '%example.org%'`, c.ID); n != 1 {
		t.Errorf("audit of the creation: %d entries without personal values, want 1", n)
	}

	upd, err := contacts.UpdateContact(coord, koop.UpdateContactInput{ID: c.ID, Version: c.Version, LegalBasis: ptr(koop.LegalBasisLegitimateInterest), Phone: ptr("030 1234")})
	if err != nil || upd.ConsentAt != nil || upd.LegalBasis != koop.LegalBasisLegitimateInterest || upd.Version != 2 || upd.Phone != "030 1234" {
		t.Fatalf("update: %+v %v", upd, err)
	}
	if _, err := contacts.UpdateContact(coord, koop.UpdateContactInput{ID: c.ID, Version: c.Version, Phone: ptr("030 9999")}); koop.ErrorCode(err) != koop.ECONFLICT {
		t.Errorf("stale version: %v", err)
	}
	cleared, err := contacts.UpdateContact(coord, koop.UpdateContactInput{ID: c.ID, Version: upd.Version, ClearOrganisation: ptr(true), Email: ptr("")})
	if err != nil || cleared.Organisation != nil || cleared.Email != nil {
		t.Fatalf("clear: %+v %v", cleared, err)
	}
	if err := contacts.DeleteContact(coord, koop.DeleteContactInput{ID: c.ID, Version: upd.Version}); koop.ErrorCode(err) != koop.ECONFLICT {
		t.Errorf("delete with a stale version: %v", err)
	}
	if err := contacts.DeleteContact(coord, koop.DeleteContactInput{ID: c.ID, Version: cleared.Version}); err != nil {
		t.Fatal(err)
	}
	if _, err := contacts.Contact(coord, c.ID); koop.ErrorCode(err) != koop.ENOTFOUND {
		t.Errorf("deleted contact: %v", err)
	}
	// A guest of events cannot be deleted; off the guest lists, deleting a contact on
	// distribution lists removes it from them.
	if err := contacts.DeleteContact(coord, koop.DeleteContactInput{ID: demoContactSchulz, Version: 1}); err == nil || !strings.Contains(koop.ErrorMessage(err), "Gästeliste") {
		t.Errorf("delete a guest: %v", err)
	}
	if _, err := db.SQL.Exec(`DELETE FROM invitations WHERE contact_id = $1`, demoContactSchulz); err != nil {
		t.Fatal(err)
	}
	if err := contacts.DeleteContact(coord, koop.DeleteContactInput{ID: demoContactSchulz, Version: 1}); err != nil {
		t.Fatal(err)
	}
	if l, err := contacts.DistributionList(coord, demoListStammgaste); err != nil || l.MemberCount != 19 {
		t.Errorf("list after deleting a member: %+v %v", l, err)
	}
}

func TestContactBadInputWritesNothing(t *testing.T) {
	db := pgtest.Seeded(t)
	contacts := postgres.NewContactService(db.DB)
	coops := postgres.NewCooperationService(db.DB)
	admin := db.As(t, "admin@koop.test")
	other, err := coops.CreateCooperation(admin, koop.CreateCooperationInput{Name: "Kooperation Pankow",
		Partners: []*koop.NewPartnerInput{{Name: "Bezirksamt Pankow", Kind: koop.OrganisationAuthority}}, AdminEmail: "paula@koop.test", AdminName: "Paula Pankow"})
	if err != nil {
		t.Fatal(err)
	}
	var foreignOrg string
	if err := db.SQL.Get(&foreignOrg, `SELECT id FROM organisations WHERE cooperation_id = $1`, other.ID); err != nil {
		t.Fatal(err)
	}
	member := db.As(t, "member@koop.test")
	base := koop.CreateContactInput{CooperationID: pgtest.DemoCooperationID, LastName: "Neu", LegalBasis: koop.LegalBasisContract}
	for _, tc := range []struct {
		name   string
		change func(*koop.CreateContactInput)
		code   string
		field  string
	}{
		{"duplicate e-mail, other case", func(in *koop.CreateContactInput) { in.Email = ptr("K.Schulz@HSH-Metallbau.example") }, koop.ECONFLICT, "email"},
		{"invalid e-mail", func(in *koop.CreateContactInput) { in.Email = ptr("k.schulz@") }, koop.EINVALID, "email"},
		{"consent without date", func(in *koop.CreateContactInput) { in.LegalBasis = koop.LegalBasisConsent }, koop.EINVALID, "consentAt"},
		{"organisation of another cooperation", func(in *koop.CreateContactInput) { in.OrganisationID = &foreignOrg }, koop.EINVALID, "organisationId"},
		{"malformed organisation", func(in *koop.CreateContactInput) { in.OrganisationID = ptr("nope") }, koop.EINVALID, "organisationId"},
		{"no last name", func(in *koop.CreateContactInput) { in.LastName = " " }, koop.EINVALID, "lastName"},
		{"postal code", func(in *koop.CreateContactInput) { in.PostalCode = ptr("103") }, koop.EINVALID, "postalCode"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := base
			tc.change(&in)
			before := db.Count(t, `SELECT count(*) FROM contacts`) + db.Count(t, `SELECT count(*) FROM audit_entries`)
			_, err := contacts.CreateContact(member, in)
			if koop.ErrorCode(err) != tc.code || koop.ErrorField(err) != tc.field {
				t.Fatalf("got %v, want %s/%s", err, tc.code, tc.field)
			}
			if after := db.Count(t, `SELECT count(*) FROM contacts`) + db.Count(t, `SELECT count(*) FROM audit_entries`); after != before {
				t.Error("a refused contact left rows behind")
			}
		})
	}
	// Changing another contact's address to a taken one is refused at the field, too.
	if _, err := contacts.UpdateContact(member, koop.UpdateContactInput{ID: demoContactMeier, Version: 1, Email: ptr("k.schulz@hsh-metallbau.example")}); koop.ErrorCode(err) != koop.ECONFLICT || koop.ErrorField(err) != "email" {
		t.Errorf("update to a taken address: %v", err)
	}
	// The same address in another cooperation is fine.
	if _, err := contacts.CreateContact(db.As(t, "paula@koop.test"), koop.CreateContactInput{CooperationID: other.ID, LastName: "Schulz",
		Email: ptr("k.schulz@hsh-metallbau.example"), LegalBasis: koop.LegalBasisContract}); err != nil {
		t.Errorf("the same address in another cooperation: %v", err)
	}
}

func TestContactListSearchFiltersAndViewer(t *testing.T) {
	db := pgtest.Seeded(t)
	contacts := postgres.NewContactService(db.DB)
	member := db.As(t, "member@koop.test")
	list := func(who string, f koop.ContactFilter, p koop.Page) *koop.ContactList {
		t.Helper()
		l, err := contacts.Contacts(db.As(t, who), pgtest.DemoCooperationID, f, p)
		if err != nil {
			t.Fatal(err)
		}
		return l
	}
	all := list("member@koop.test", koop.ContactFilter{}, koop.Page{Limit: 10})
	if all.TotalCount != 40 || len(all.Items) != 10 || all.Items[0].LastName != "Arnold" {
		t.Fatalf("first page: total %d, %d items, first %q", all.TotalCount, len(all.Items), all.Items[0].LastName)
	}
	page4 := list("member@koop.test", koop.ContactFilter{}, koop.Page{Limit: 10, Offset: 30})
	if page4.TotalCount != 40 || len(page4.Items) != 10 {
		t.Errorf("last page: %d of %d", len(page4.Items), page4.TotalCount)
	}
	for _, tc := range []struct {
		who   string
		f     koop.ContactFilter
		total int
	}{
		{"member@koop.test", koop.ContactFilter{Query: ptr("katrin schulz")}, 1},
		{"member@koop.test", koop.ContactFilter{Query: ptr("Schulz, Katrin")}, 1},
		{"member@koop.test", koop.ContactFilter{Query: ptr("hsh-metallbau.example")}, 2},
		{"member@koop.test", koop.ContactFilter{Query: ptr("Metallbau")}, 2},
		{"member@koop.test", koop.ContactFilter{OrganisationID: ptr(demoOrgMetallbau)}, 2},
		{"member@koop.test", koop.ContactFilter{DistributionListID: ptr(demoListNetzwerk)}, 15},
		{"member@koop.test", koop.ContactFilter{DistributionListID: ptr(demoListNetzwerk), Query: ptr("weber")}, 1},
		// a viewer cannot search by what they may not see
		{"viewer@koop.test", koop.ContactFilter{Query: ptr("hsh-metallbau.example")}, 0},
		{"viewer@koop.test", koop.ContactFilter{Query: ptr("Metallbau")}, 2},
	} {
		if l := list(tc.who, tc.f, koop.Page{Limit: 50}); l.TotalCount != tc.total || len(l.Items) != tc.total {
			t.Errorf("%s %+v: total %d, %d items, want %d", tc.who, tc.f, l.TotalCount, len(l.Items), tc.total)
		}
	}
	viewer := list("viewer@koop.test", koop.ContactFilter{Query: ptr("katrin")}, koop.Page{Limit: 50}).Items[0]
	if !viewer.DetailsHidden || viewer.Email != nil || viewer.Phone != "" || viewer.Note != "" || viewer.Organisation == nil || viewer.Function == "" || len(viewer.DistributionLists) != 2 {
		t.Errorf("viewer sees %+v", viewer)
	}
	full, err := contacts.Contact(member, demoContactSchulz)
	if err != nil || full.DetailsHidden || full.Email == nil || full.Note == "" || len(full.DistributionLists) != 2 || full.DistributionLists[0].Name != "Netzwerk Unternehmerinnen" {
		t.Errorf("member sees %+v %v", full, err)
	}
	if _, err := contacts.Contacts(member, pgtest.DemoCooperationID, koop.ContactFilter{OrganisationID: ptr("x")}, koop.Page{Limit: 5}); koop.ErrorField(err) != "filter.organisationId" {
		t.Errorf("malformed filter: %v", err)
	}
}

func TestDistributionListLifecycle(t *testing.T) {
	db := pgtest.Seeded(t)
	contacts := postgres.NewContactService(db.DB)
	member := db.As(t, "member@koop.test")
	lists, err := contacts.DistributionLists(member, pgtest.DemoCooperationID)
	if err != nil || len(lists) != 2 || lists[0].Name != "Netzwerk Unternehmerinnen" || lists[0].MemberCount != 15 || lists[1].MemberCount != 20 {
		t.Fatalf("lists %+v %v", lists, err)
	}
	l, err := contacts.CreateDistributionList(member, koop.CreateDistributionListInput{CooperationID: pgtest.DemoCooperationID, Name: " Wirtschaftsdinner 2027 "})
	if err != nil || l.Name != "Wirtschaftsdinner 2027" || l.MemberCount != 0 {
		t.Fatalf("create %+v %v", l, err)
	}
	if _, err := contacts.CreateDistributionList(member, koop.CreateDistributionListInput{CooperationID: pgtest.DemoCooperationID, Name: "netzwerk UNTERNEHMERINNEN"}); koop.ErrorCode(err) != koop.ECONFLICT || koop.ErrorField(err) != "name" {
		t.Errorf("duplicate name: %v", err)
	}
	l, err = contacts.AddContactsToList(member, koop.ListContactsInput{DistributionListID: l.ID, ContactIds: []string{demoContactSchulz, demoContactMeier, demoContactSchulz}})
	if err != nil || l.MemberCount != 2 {
		t.Fatalf("add %+v %v", l, err)
	}
	if l, err = contacts.AddContactsToList(member, koop.ListContactsInput{DistributionListID: l.ID, ContactIds: []string{demoContactSchulz}}); err != nil || l.MemberCount != 2 {
		t.Errorf("adding again: %+v %v", l, err)
	}
	for _, ids := range [][]string{{}, {"nope"}, {"6b00c0de-0000-4000-8000-00000000ffff"}} {
		before := db.Count(t, `SELECT count(*) FROM distribution_list_members`)
		if _, err := contacts.AddContactsToList(member, koop.ListContactsInput{DistributionListID: l.ID, ContactIds: ids}); koop.ErrorField(err) != "contactIds" {
			t.Errorf("add %v: %v", ids, err)
		}
		if db.Count(t, `SELECT count(*) FROM distribution_list_members`) != before {
			t.Error("a refused addition changed members")
		}
	}
	if l, err = contacts.RemoveContactsFromList(member, koop.ListContactsInput{DistributionListID: l.ID, ContactIds: []string{demoContactMeier}}); err != nil || l.MemberCount != 1 {
		t.Errorf("remove: %+v %v", l, err)
	}
	renamed, err := contacts.UpdateDistributionList(member, koop.UpdateDistributionListInput{ID: l.ID, Version: l.Version, Name: ptr("Wirtschaftsdinner"), Description: ptr("Gäste")})
	if err != nil || renamed.Name != "Wirtschaftsdinner" || renamed.Description != "Gäste" || renamed.Version != l.Version+1 {
		t.Fatalf("rename %+v %v", renamed, err)
	}
	if _, err := contacts.UpdateDistributionList(member, koop.UpdateDistributionListInput{ID: l.ID, Version: l.Version, Name: ptr("x")}); koop.ErrorCode(err) != koop.ECONFLICT {
		t.Errorf("stale rename: %v", err)
	}
	if err := contacts.DeleteDistributionList(member, koop.DeleteDistributionListInput{ID: l.ID, Version: renamed.Version}); err != nil {
		t.Fatal(err)
	}
	if _, err := contacts.Contact(member, demoContactSchulz); err != nil {
		t.Errorf("deleting a list deleted its contact: %v", err)
	}
	if _, err := contacts.DistributionList(member, l.ID); koop.ErrorCode(err) != koop.ENOTFOUND {
		t.Errorf("deleted list: %v", err)
	}
}

// The contact list (with organisations and lists) and a list's members cost the same
// statements with 40 or 140 contacts.
func TestContactListStatementsAreConstant(t *testing.T) {
	count := func(extra int) (contactsN, membersN, listsN int) {
		db, st := pgtest.NewCounting(t)
		if err := db.Seed(t.Context(), "koop-demo"); err != nil {
			t.Fatal(err)
		}
		contacts := postgres.NewContactService(db.DB)
		coord := db.As(t, "coordinator@koop.test")
		ids := []string{}
		for i := range extra {
			c, err := contacts.CreateContact(coord, koop.CreateContactInput{CooperationID: pgtest.DemoCooperationID, LastName: fmt.Sprintf("Kontakt %03d", i),
				Email: ptr(fmt.Sprintf("kontakt%d@example.org", i)), OrganisationID: ptr(demoOrgMetallbau), LegalBasis: koop.LegalBasisContract})
			if err != nil {
				t.Fatal(err)
			}
			ids = append(ids, c.ID)
		}
		if len(ids) > 0 {
			if _, err := contacts.AddContactsToList(coord, koop.ListContactsInput{DistributionListID: demoListNetzwerk, ContactIds: ids}); err != nil {
				t.Fatal(err)
			}
		}
		st.Reset()
		l, err := contacts.Contacts(coord, pgtest.DemoCooperationID, koop.ContactFilter{}, koop.Page{Limit: 200})
		if err != nil || len(l.Items) != 40+extra {
			t.Fatalf("%d contacts, %v", len(l.Items), err)
		}
		contactsN = st.N()
		st.Reset()
		m, err := contacts.Contacts(coord, pgtest.DemoCooperationID, koop.ContactFilter{DistributionListID: ptr(demoListNetzwerk)}, koop.Page{Limit: 200})
		if err != nil || len(m.Items) != 15+extra {
			t.Fatalf("%d members, %v", len(m.Items), err)
		}
		membersN = st.N()
		st.Reset()
		if _, err := contacts.DistributionLists(coord, pgtest.DemoCooperationID); err != nil {
			t.Fatal(err)
		}
		return contactsN, membersN, st.N()
	}
	c1, m1, l1 := count(0)
	c2, m2, l2 := count(100)
	if c1 != c2 || m1 != m2 || l1 != l2 {
		t.Errorf("statements grow with contacts: list %d → %d, members %d → %d, lists %d → %d", c1, c2, m1, m2, l1, l2)
	}
	t.Logf("contact list %d, list members %d, distribution lists %d statements", c1, m1, l1)
}

func TestContactsSortTheGermanWay(t *testing.T) {
	db := pgtest.Seeded(t)
	list, err := postgres.NewContactService(db.DB).Contacts(db.As(t, "coordinator@koop.test"), pgtest.DemoCooperationID, koop.ContactFilter{Query: ptr("b")}, koop.Page{Limit: 100})
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, c := range list.Items {
		if c.LastName == "Böttcher" || c.LastName == "Braun" || c.LastName == "Busch" {
			names = append(names, c.LastName)
		}
	}
	if got := strings.Join(names, " "); got != "Böttcher Braun Busch" {
		t.Errorf("order %q, want Böttcher before Braun", got)
	}
}
