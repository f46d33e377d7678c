// Package pgtest gives each Go test its own migrated PostgreSQL database (pgtestdb with the
// goose migrator), on the server named by DATABASE_URL — `make test` provides one.
package pgtest

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"io"
	"mime/quotedprintable"
	"net/url"
	"os"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jmoiron/sqlx"
	"github.com/peterldowns/pgtestdb"
	"github.com/peterldowns/pgtestdb/migrators/goosemigrator"

	"github.com/koop-lichtenberg/koop"
	"github.com/koop-lichtenberg/koop/postgres"
)

// SeededDSN is Seeded with the database's connection string, for what needs a connection of
// its own (the LISTEN connection of a postgres.Hub, a second server process).
func SeededDSN(t testing.TB) (*DB, string) {
	t.Helper()
	conf := pgtestdb.Custom(t, Config(t), seededMigrator{})
	raw, err := sql.Open("postgres", conf.URL())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { raw.Close() })
	return wrap(raw), conf.URL()
}

// Config returns pgtestdb's view of DATABASE_URL, failing the test when it is unset.
func Config(t testing.TB) pgtestdb.Config {
	t.Helper()
	dsn := os.Getenv("DATABASE_URL")
	if dsn == "" {
		t.Fatal("DATABASE_URL is not set: run the tests with `make test` (it starts a PostgreSQL) or point it at one")
	}
	u, err := url.Parse(dsn)
	if err != nil {
		t.Fatalf("DATABASE_URL: %v", err)
	}
	pw, _ := u.User.Password()
	opts := u.Query()
	if opts.Get("sslmode") == "" {
		opts.Set("sslmode", "disable")
	}
	port := u.Port()
	if port == "" {
		port = "5432"
	}
	return pgtestdb.Config{DriverName: "postgres", Host: u.Hostname(), Port: port, User: u.User.Username(), Password: pw,
		Database: u.Path[1:], Options: opts.Encode()}
}

// Migrator applies koop's embedded migrations.
func Migrator() pgtestdb.Migrator {
	return goosemigrator.New("migrations", goosemigrator.WithFS(postgres.Migrations()))
}

// Clock is a settable test clock.
type Clock struct{ T time.Time }

// Now returns the clock's time.
func (c *Clock) Now() time.Time { return c.T }

// Advance moves the clock forward.
func (c *Clock) Advance(d time.Duration) { c.T = c.T.Add(d) }

// DB is a fresh database with the services on it.
type DB struct {
	*postgres.DB
	SQL   *sqlx.DB
	Clock *Clock
}

// New returns a fresh migrated database for the test, with a clock set to 2026-11-25 10:00 UTC.
func New(t testing.TB) *DB {
	t.Helper()
	return wrap(pgtestdb.New(t, Config(t), Migrator()))
}

func wrap(raw *sql.DB) *DB {
	sx := sqlx.NewDb(raw, "postgres")
	cfg := postgres.DefaultConfig()
	cfg.PublicURL = "http://koop.test"
	db := postgres.New(sx, cfg)
	clock := &Clock{T: time.Date(2026, 11, 25, 10, 0, 0, 0, time.UTC)}
	db.SetClock(clock.Now)
	return &DB{DB: db, SQL: sx, Clock: clock}
}

// Seeded returns a fresh database with the Lichtenberg demo data (password "koop-demo"). The
// seeded state is built once, in a template database, and each test gets a copy of it: seeding
// hashes a password and writes the whole demo, which took most of the time of the role matrix.
func Seeded(t testing.TB) *DB {
	t.Helper()
	return wrap(pgtestdb.New(t, Config(t), seededMigrator{}))
}

// seededMigrator migrates and seeds a template database. Its hash is the test binary's, so a
// change to the seed, or to any code it runs, builds a new template.
type seededMigrator struct{}

var binaryHash = sync.OnceValues(func() (string, error) {
	exe, err := os.Executable()
	if err != nil {
		return "", err
	}
	f, err := os.Open(exe)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
})

func (seededMigrator) Hash() (string, error) {
	migrations, err := Migrator().Hash()
	if err != nil {
		return "", err
	}
	binary, err := binaryHash()
	if err != nil {
		return "", err
	}
	return "seeded-" + migrations + "-" + binary, nil
}

func (seededMigrator) Migrate(ctx context.Context, raw *sql.DB, cfg pgtestdb.Config) error {
	if err := Migrator().Migrate(ctx, raw, cfg); err != nil {
		return err
	}
	return wrap(raw).Seed(ctx, "koop-demo")
}

// IDs of the seeded Lichtenberg demo.
const (
	DemoCooperationID = "6b00c0de-0000-4000-8000-000000000001"
	DemoBAPartnerID   = "6b00c0de-0000-4000-8000-000000000111" // Bezirksamt Lichtenberg
	DemoWKHLPartnerID = "6b00c0de-0000-4000-8000-000000000112" // Wirtschaftskreis
	DemoNeujahrSeries = "6b00c0de-0000-4000-8000-000000000201" // Neujahrsempfang, 6 checklist items
	DemoNeujahr2027   = "6b00c0de-0000-4000-8000-000000000306" // INVITATIONS_SENT
)

// As returns a context acting as the user with the given e-mail, in a fresh session.
func (db *DB) As(t testing.TB, email string) context.Context {
	t.Helper()
	ctx := context.Background()
	var u struct {
		ID    string `db:"id"`
		Name  string `db:"name"`
		Admin bool   `db:"is_system_admin"`
	}
	if err := db.SQL.Get(&u, `SELECT id, name, is_system_admin FROM users WHERE email = $1`, email); err != nil {
		t.Fatalf("user %s: %v", email, err)
	}
	var sid string
	if err := db.SQL.Get(&sid, `INSERT INTO sessions (user_id, created_at, expires_at, last_seen_at) VALUES ($1, $2, $3, $2) RETURNING id`,
		u.ID, db.Clock.T, db.Clock.T.Add(koop.SessionMaxAge)); err != nil {
		t.Fatalf("session: %v", err)
	}
	return koop.NewContextWithActor(ctx, &koop.Actor{UserID: u.ID, SessionID: sid, Name: u.Name, IsSystemAdmin: u.Admin})
}

// UserID returns the ID of the user with the given e-mail.
func (db *DB) UserID(t testing.TB, email string) string {
	t.Helper()
	var id string
	if err := db.SQL.Get(&id, `SELECT id FROM users WHERE email = $1`, email); err != nil {
		t.Fatalf("user %s: %v", email, err)
	}
	return id
}

// Count returns the result of a count query.
func (db *DB) Count(t testing.TB, query string, args ...any) int {
	t.Helper()
	var n int
	if err := db.SQL.Get(&n, query, args...); err != nil {
		t.Fatalf("%s: %v", query, err)
	}
	return n
}

// LastMailToken returns the set-password token of the newest queued mail to the address.
func LastMailToken(t testing.TB, db *DB, to string) string {
	t.Helper()
	var link string
	if err := db.SQL.Get(&link, `SELECT data->>'link' FROM mail_outbox WHERE to_address = $1 ORDER BY created_at DESC, id DESC LIMIT 1`, to); err != nil {
		t.Fatalf("no mail to %s: %v", to, err)
	}
	u, err := url.Parse(link)
	if err != nil || u.Query().Get("token") == "" {
		t.Fatalf("mail to %s has no set-password link: %q", to, link)
	}
	return u.Query().Get("token")
}

// DecodeQP undoes quoted-printable soft breaks and escapes well enough to read a mail.
func DecodeQP(s string) string {
	s = strings.ReplaceAll(s, "=\r\n", "")
	s = strings.ReplaceAll(s, "=\n", "")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	r, err := io.ReadAll(quotedprintable.NewReader(strings.NewReader(s)))
	if err != nil {
		return s
	}
	return string(r)
}

var tokenRE = regexp.MustCompile(`/set-password\?token=([A-Za-z0-9_-]+)`)

// TokenFromText returns the set-password token of a mail's text.
func TokenFromText(t testing.TB, text string) string {
	t.Helper()
	m := tokenRE.FindStringSubmatch(text)
	if m == nil {
		t.Fatalf("no set-password link in:\n%s", text)
	}
	return m[1]
}
