package postgres_test

import (
	"context"
	"strings"
	"testing"

	"github.com/koop-lichtenberg/koop"
	"github.com/koop-lichtenberg/koop/postgres"
	"github.com/koop-lichtenberg/koop/postgres/pgtest"
)

// Seeding twice changes nothing: no new rows, no new audit entries, passwords untouched.
func TestSeedIsIdempotent(t *testing.T) {
	db := pgtest.Seeded(t)
	tables := []string{"cooperations", "organisations", "partners", "users", "memberships", "audit_entries", "event_series", "events", "tasks"}
	before := map[string]int{}
	for _, tb := range tables {
		before[tb] = db.Count(t, "SELECT count(*) FROM "+tb)
	}
	var hash string
	if err := db.SQL.Get(&hash, `SELECT password_hash FROM users WHERE email = 'admin@koop.test'`); err != nil {
		t.Fatal(err)
	}
	if err := db.Seed(context.Background(), "another-password"); err != nil {
		t.Fatal(err)
	}
	for _, tb := range tables {
		if got := db.Count(t, "SELECT count(*) FROM "+tb); got != before[tb] {
			t.Errorf("%s: %d rows after second seed, want %d", tb, got, before[tb])
		}
	}
	var after string
	if err := db.SQL.Get(&after, `SELECT password_hash FROM users WHERE email = 'admin@koop.test'`); err != nil {
		t.Fatal(err)
	}
	if after != hash {
		t.Error("second seed changed a password")
	}
	if n := db.Count(t, "SELECT count(*) FROM memberships"); n != 8 {
		t.Errorf("memberships = %d, want 8", n)
	}
	if n := db.Count(t, "SELECT count(*) FROM partners"); n != 2 {
		t.Errorf("partners = %d, want 2", n)
	}
}

// create-admin makes a system admin who sets a password from the printed link; running it for
// an existing user promotes them without a link.
func TestCreateSystemAdmin(t *testing.T) {
	db := pgtest.New(t)
	link, err := db.CreateSystemAdmin(context.Background(), " IT@Bezirksamt.example ", "IT-Stelle")
	if err != nil || !strings.HasPrefix(link, "http://koop.test/set-password?token=") {
		t.Fatalf("link %q, %v", link, err)
	}
	token := strings.TrimPrefix(link, "http://koop.test/set-password?token=")
	auth := postgres.NewAuthService(db.DB)
	s, err := auth.SetPassword(context.Background(), koop.SetPasswordInput{Token: token, Password: "ein-langes-passwort"})
	if err != nil || !s.User.IsSystemAdmin || s.User.Email != "it@bezirksamt.example" {
		t.Fatalf("set password: %+v %v", s, err)
	}
	again, err := db.CreateSystemAdmin(context.Background(), "it@bezirksamt.example", "IT-Stelle")
	if err != nil || again != "" {
		t.Errorf("second run: %q %v", again, err)
	}
	if _, err := db.CreateSystemAdmin(context.Background(), "kein-at", "x"); koop.ErrorCode(err) != koop.EINVALID {
		t.Errorf("bad address: %v", err)
	}
	if n := db.Count(t, `SELECT count(*) FROM audit_entries WHERE action = 'user.create_system_admin'`); n != 2 {
		t.Errorf("audit entries: %d", n)
	}
}
