package koop_test

import (
	"errors"
	"fmt"
	"testing"

	"github.com/koop-lichtenberg/koop"
)

func TestRolePermissions(t *testing.T) {
	want := map[koop.Permission][]koop.Role{
		koop.PermViewCooperation:     {koop.RoleAdmin, koop.RoleCoordinator, koop.RoleMember, koop.RoleViewer, koop.RoleExternal},
		koop.PermViewDirectory:       {koop.RoleAdmin, koop.RoleCoordinator, koop.RoleMember, koop.RoleViewer},
		koop.PermManageOrganisations: {koop.RoleAdmin, koop.RoleCoordinator},
		koop.PermAdminister:          {koop.RoleAdmin},
	}
	for perm, allowed := range want {
		for _, r := range append(koop.Roles, "KING", "") {
			exp := false
			for _, a := range allowed {
				exp = exp || a == r
			}
			if got := r.Can(perm); got != exp {
				t.Errorf("%s.Can(%d) = %v, want %v", r, perm, got, exp)
			}
			if err := r.Require(perm); (err == nil) != exp || (err != nil && koop.ErrorCode(err) != koop.EFORBIDDEN) {
				t.Errorf("%s.Require(%d) = %v", r, perm, err)
			}
		}
	}
}

func TestPasswordHashing(t *testing.T) {
	h, err := koop.HashPassword("richtig-langes-passwort")
	if err != nil {
		t.Fatal(err)
	}
	h2, _ := koop.HashPassword("richtig-langes-passwort")
	if h == h2 {
		t.Error("hashes are not salted")
	}
	for _, tc := range []struct {
		hash, pw string
		ok       bool
	}{
		{h, "richtig-langes-passwort", true},
		{h, "Richtig-langes-passwort", false},
		{h, "", false},
		{"", "x", false},
		{"$argon2i$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA", "x", false},
		{h[:len(h)-4], "richtig-langes-passwort", false},
	} {
		if got := koop.CheckPassword(tc.hash, tc.pw); got != tc.ok {
			t.Errorf("CheckPassword(%q, %q) = %v", tc.hash, tc.pw, got)
		}
	}
	for pw, field := range map[string]string{"kurz": "password", "          ": "password", "genau-10-z": ""} {
		if got := koop.ErrorField(koop.CheckPasswordRules(pw)); got != field {
			t.Errorf("rules(%q) field %q, want %q", pw, got, field)
		}
	}
}

func TestNormaliseEmail(t *testing.T) {
	for in, want := range map[string]string{" Anna@Example.ORG ": "anna@example.org", "a@b.de": "a@b.de",
		"": "", "kein": "", "a@b": "", "Anna <a@b.de>": "", "a b@c.de": ""} {
		got, err := koop.NormaliseEmail(in)
		if want == "" {
			if koop.ErrorCode(err) != koop.EINVALID || koop.ErrorField(err) != "email" {
				t.Errorf("%q: want INVALID email, got %q %v", in, got, err)
			}
		} else if got != want || err != nil {
			t.Errorf("%q = %q, %v; want %q", in, got, err, want)
		}
	}
}

func TestErrorCodeOfWrappedAndForeignErrors(t *testing.T) {
	e := koop.FieldErrorf(koop.EINVALID, "name", "Der Name fehlt.")
	wrapped := fmt.Errorf("context: %w", e)
	if koop.ErrorCode(wrapped) != koop.EINVALID || koop.ErrorField(wrapped) != "name" || koop.ErrorMessage(wrapped) != "Der Name fehlt." {
		t.Errorf("wrapped error lost its details")
	}
	foreign := errors.New(`pq: relation "users" does not exist`)
	if koop.ErrorCode(foreign) != koop.EINTERNAL || koop.ErrorMessage(foreign) != "Interner Fehler" {
		t.Errorf("a foreign error must be internal and say nothing")
	}
	if koop.ErrorCode(nil) != "" {
		t.Error("nil has a code")
	}
}

func TestChangesRecordOnlyDifferencesAndRedact(t *testing.T) {
	var c koop.Changes
	c.Set("name", "Alt", "Alt")
	c.Set("role", koop.RoleMember, koop.RoleAdmin)
	c.Set("organisationId", (*string)(nil), (*string)(nil))
	c.RedactIf("email", "a@b.de", "a@b.de")
	c.RedactIf("email", "a@b.de", "c@d.de")
	if len(c) != 2 || c[0].Field != "role" || *c[0].Old != "MEMBER" || *c[0].New != "ADMIN" {
		t.Fatalf("changes %+v", c)
	}
	if !c[1].Redacted || c[1].Old != nil || c[1].New != nil {
		t.Errorf("redacted change stores values: %+v", c[1])
	}
}
