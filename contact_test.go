package koop_test

import (
	"strings"
	"testing"
	"time"

	"github.com/koop-lichtenberg/koop"
)

func TestLetterSalutation(t *testing.T) {
	for _, tc := range []struct {
		c    koop.Contact
		want string
	}{
		{koop.Contact{Salutation: koop.SalutationMs, Title: "Dr.", FirstName: "Anna", LastName: "Schulz"}, "Sehr geehrte Frau Dr. Schulz"},
		{koop.Contact{Salutation: koop.SalutationMr, FirstName: "Jens", LastName: "Meier"}, "Sehr geehrter Herr Meier"},
		{koop.Contact{Salutation: koop.SalutationMr, Title: "Prof. Dr.", LastName: "Weiß"}, "Sehr geehrter Herr Prof. Dr. Weiß"},
		{koop.Contact{Salutation: koop.SalutationNone, FirstName: "Alex", LastName: "Schmidt"}, "Guten Tag Alex Schmidt"},
		{koop.Contact{Salutation: koop.SalutationDiverse, Title: "Dr.", FirstName: "Kim", LastName: "Nowak"}, "Guten Tag Dr. Kim Nowak"},
		{koop.Contact{Salutation: koop.SalutationDiverse, LastName: "Nowak"}, "Guten Tag Nowak"},
	} {
		if got := tc.c.LetterSalutation(); got != tc.want {
			t.Errorf("%+v: %q, want %q", tc.c, got, tc.want)
		}
	}
	c := koop.Contact{Title: " Dr. ", FirstName: "Anna", LastName: "Schulz"}
	if c.Name() != "Dr. Anna Schulz" {
		t.Errorf("name %q", c.Name())
	}
}

func TestContactPermissions(t *testing.T) {
	want := map[koop.Role][3]bool{ // view, details, edit
		koop.RoleAdmin: {true, true, true}, koop.RoleCoordinator: {true, true, true}, koop.RoleMember: {true, true, true},
		koop.RoleViewer: {true, false, false}, koop.RoleExternal: {false, false, false},
	}
	for role, w := range want {
		got := [3]bool{role.Can(koop.PermViewContacts), role.Can(koop.PermViewContactDetails), role.Can(koop.PermEditContacts)}
		if got != w {
			t.Errorf("%s: %v, want %v", role, got, w)
		}
	}
	c := koop.Contact{LastName: "Schulz", Email: ptr("a@b.example"), Phone: "030 1", Street: "x", PostalCode: "10367", City: "Berlin", Note: "n", Function: "GF"}
	c.HideDetails()
	if c.Email != nil || c.Phone != "" || c.Street != "" || c.PostalCode != "" || c.City != "" || c.Note != "" || !c.DetailsHidden || c.Function != "GF" {
		t.Errorf("hidden: %+v", c)
	}
}

func TestContactValidation(t *testing.T) {
	today := time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC)
	consent := koop.LegalBasisConsent
	interest := koop.LegalBasisLegitimateInterest
	day := func(s string) *time.Time {
		d, err := time.Parse(time.DateOnly, s)
		if err != nil {
			t.Fatal(err)
		}
		return &d
	}
	base := func() koop.ContactPatch {
		return koop.ContactPatch{LastName: ptr("Schulz"), LegalBasis: &interest}
	}
	for _, tc := range []struct {
		name  string
		patch func(p *koop.ContactPatch)
		field string
	}{
		{"valid", func(p *koop.ContactPatch) {}, ""},
		{"no last name", func(p *koop.ContactPatch) { p.LastName = ptr("  ") }, "lastName"},
		{"bad e-mail", func(p *koop.ContactPatch) { p.Email = ptr("schulz@@example") }, "email"},
		{"e-mail normalised", func(p *koop.ContactPatch) { p.Email = ptr(" Schulz@Example.ORG ") }, ""},
		{"phone letters", func(p *koop.ContactPatch) { p.Phone = ptr("030-KOOP") }, "phone"},
		{"phone ok", func(p *koop.ContactPatch) { p.Phone = ptr("+49 (30) 9029-6/4000") }, ""},
		{"postal four digits", func(p *koop.ContactPatch) { p.PostalCode = ptr("1036") }, "postalCode"},
		{"postal foreign", func(p *koop.ContactPatch) { p.PostalCode = ptr("A-1010") }, ""},
		{"postal junk", func(p *koop.ContactPatch) { p.PostalCode = ptr("!!") }, "postalCode"},
		{"consent without date", func(p *koop.ContactPatch) { p.LegalBasis = &consent }, "consentAt"},
		{"consent with date", func(p *koop.ContactPatch) { p.LegalBasis = &consent; p.ConsentAt = day("2025-03-15") }, ""},
		{"consent in the future", func(p *koop.ContactPatch) { p.LegalBasis = &consent; p.ConsentAt = day("2026-11-26") }, "consentAt"},
		{"date without consent", func(p *koop.ContactPatch) { p.ConsentAt = day("2025-03-15") }, "consentAt"},
		{"no legal basis", func(p *koop.ContactPatch) { p.LegalBasis = nil }, "legalBasis"},
		{"unknown legal basis", func(p *koop.ContactPatch) { b := koop.LegalBasis("GUT"); p.LegalBasis = &b }, "legalBasis"},
		{"unknown salutation", func(p *koop.ContactPatch) { s := koop.Salutation("DR"); p.Salutation = &s }, "salutation"},
		{"title too long", func(p *koop.ContactPatch) { p.Title = ptr(strings.Repeat("x", 51)) }, "title"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := base()
			tc.patch(&p)
			c := &koop.Contact{}
			err := p.Apply(c, today)
			if koop.ErrorField(err) != tc.field || (tc.field != "" && koop.ErrorCode(err) != koop.EINVALID) {
				t.Fatalf("got %v, want field %q", err, tc.field)
			}
			if err == nil && (c.Salutation != koop.SalutationNone && p.Salutation == nil) {
				t.Errorf("salutation defaults to NONE, got %q", c.Salutation)
			}
		})
	}
	// Moving away from consent drops the date; the e-mail is stored normalised.
	c := &koop.Contact{}
	if err := (koop.ContactPatch{LastName: ptr("Schulz"), LegalBasis: &consent, ConsentAt: day("2025-03-15"), Email: ptr(" A@B.example ")}).Apply(c, today); err != nil {
		t.Fatal(err)
	}
	if *c.Email != "a@b.example" || c.ConsentAt == nil {
		t.Fatalf("%+v", c)
	}
	if err := (koop.ContactPatch{LegalBasis: &interest}).Apply(c, today); err != nil || c.ConsentAt != nil {
		t.Fatalf("basis change: %v, consent %v", err, c.ConsentAt)
	}
	if err := (koop.ContactPatch{Email: ptr("")}).Apply(c, today); err != nil || c.Email != nil {
		t.Fatalf("clearing the e-mail: %v %v", err, c.Email)
	}
	// ApplyAll reports every field at once (for the import's row report).
	errs := (koop.ContactPatch{LastName: ptr(""), Email: ptr("x"), Phone: ptr("abc"), LegalBasis: &consent}).ApplyAll(&koop.Contact{}, today)
	fields := map[string]bool{}
	for _, e := range errs {
		fields[e.Field] = true
	}
	for _, f := range []string{"lastName", "email", "phone", "consentAt"} {
		if !fields[f] {
			t.Errorf("ApplyAll did not report %s: %v", f, errs)
		}
	}
}
