// Package postgres implements the koop services on PostgreSQL with sqlx. Every exported
// service method runs in one transaction that carries the time and the acting user and writes
// the audit entry. This is the only package that knows PostgreSQL's error codes.
package postgres

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"net"
	"strings"
	"sync"
	"time"

	"github.com/jmoiron/sqlx"
	"github.com/lib/pq"
	"github.com/pressly/goose/v3"

	"github.com/koop-lichtenberg/koop"
)

//go:embed migrations/*.sql
var migrations embed.FS

// Migrations returns the embedded migration files (for pgtestdb's goose migrator).
func Migrations() fs.FS { return migrations }

// Config tunes the services.
type Config struct {
	// PublicURL is the base of links in mails.
	PublicURL string
	// LoginMaxPerAccount failed logins per account within LoginWindow before refusing.
	LoginMaxPerAccount int
	// LoginMaxPerAddress failed logins per client address within LoginWindow before refusing.
	LoginMaxPerAddress int
	// LoginWindow is the throttling window.
	LoginWindow time.Duration
}

// DefaultConfig returns production defaults.
func DefaultConfig() Config {
	return Config{
		PublicURL:          "http://localhost:8080",
		LoginMaxPerAccount: 5,
		LoginMaxPerAddress: 50,
		LoginWindow:        15 * time.Minute,
	}
}

// DB is the database handle all services share.
type DB struct {
	db     *sqlx.DB
	cfg    Config
	now    func() time.Time
	mailCh chan struct{}

	stmtMu sync.Mutex
	stmts  map[string]*sqlx.Stmt
}

// Open connects to PostgreSQL (it does not migrate).
func Open(ctx context.Context, dsn string, cfg Config) (*DB, error) {
	db, err := sqlx.Open("postgres", dsn)
	if err != nil {
		return nil, fmt.Errorf("open database: %w", err)
	}
	db.SetMaxOpenConns(20)
	db.SetMaxIdleConns(10)
	db.SetConnMaxIdleTime(5 * time.Minute)
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("connect to database: %w", err)
	}
	return New(db, cfg), nil
}

// New wraps an open connection pool.
func New(db *sqlx.DB, cfg Config) *DB {
	return &DB{db: db, cfg: cfg, now: time.Now, mailCh: make(chan struct{}, 1), stmts: map[string]*sqlx.Stmt{}}
}

// prepared returns a statement prepared once and reused: lib/pq otherwise parses every
// statement anew, a round trip per call. For the hot statements of every request only.
func (db *DB) prepared(ctx context.Context, query string) (*sqlx.Stmt, error) {
	db.stmtMu.Lock()
	defer db.stmtMu.Unlock()
	if st, ok := db.stmts[query]; ok {
		return st, nil
	}
	st, err := db.db.PreparexContext(ctx, query)
	if err != nil {
		return nil, mapError(err)
	}
	db.stmts[query] = st
	return st, nil
}

// SetClock replaces the clock (tests).
func (db *DB) SetClock(now func() time.Time) { db.now = now }

// Close closes the prepared statements and the pool.
func (db *DB) Close() error {
	db.stmtMu.Lock()
	for _, st := range db.stmts {
		st.Close()
	}
	db.stmtMu.Unlock()
	return db.db.Close()
}

// Ping checks that the database answers (readiness).
func (db *DB) Ping(ctx context.Context) error { return mapError(db.db.PingContext(ctx)) }

// MailQueued is signalled after a transaction that queued mail committed.
func (db *DB) MailQueued() <-chan struct{} { return db.mailCh }

// Migrate applies the embedded migrations.
func (db *DB) Migrate(ctx context.Context) error {
	sub, err := fs.Sub(migrations, "migrations")
	if err != nil {
		return err
	}
	p, err := goose.NewProvider(goose.DialectPostgres, db.db.DB, sub)
	if err != nil {
		return fmt.Errorf("migrations: %w", err)
	}
	res, err := p.Up(ctx)
	for _, r := range res {
		slog.Info("migration applied", "version", r.Source.Version, "file", r.Source.Path, "duration", r.Duration)
	}
	if err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	return nil
}

// Tx is one service call's transaction: the time it acts at and who acts.
type Tx struct {
	*sqlx.Tx
	ctx        context.Context
	db         *DB
	Now        time.Time
	Actor      *koop.Actor
	mailQueued bool
}

// transact runs fn in a transaction that commits when fn returns nil.
func (db *DB) transact(ctx context.Context, fn func(tx *Tx) error) error {
	sqltx, err := db.db.BeginTxx(ctx, nil)
	if err != nil {
		return mapError(err)
	}
	tx := &Tx{Tx: sqltx, ctx: ctx, db: db, Now: db.now().UTC().Truncate(time.Microsecond), Actor: koop.ActorFromContext(ctx)}
	if err := fn(tx); err != nil {
		_ = sqltx.Rollback()
		return mapError(err)
	}
	if err := sqltx.Commit(); err != nil {
		return mapError(err)
	}
	if tx.mailQueued {
		select {
		case db.mailCh <- struct{}{}:
		default:
		}
	}
	return nil
}

// read runs fn in a read-only transaction, so a page and its count see one snapshot.
func (db *DB) read(ctx context.Context, fn func(tx *Tx) error) error {
	sqltx, err := db.db.BeginTxx(ctx, &sql.TxOptions{ReadOnly: true, Isolation: sql.LevelRepeatableRead})
	if err != nil {
		return mapError(err)
	}
	defer sqltx.Rollback()
	tx := &Tx{Tx: sqltx, ctx: ctx, db: db, Now: db.now().UTC().Truncate(time.Microsecond), Actor: koop.ActorFromContext(ctx)}
	return mapError(fn(tx))
}

// get is GetContext with the transaction's context.
func (tx *Tx) get(dest any, query string, args ...any) error {
	return tx.GetContext(tx.ctx, dest, query, args...)
}

// sel is SelectContext with the transaction's context.
func (tx *Tx) sel(dest any, query string, args ...any) error {
	return tx.SelectContext(tx.ctx, dest, query, args...)
}

// exec is ExecContext with the transaction's context.
func (tx *Tx) exec(query string, args ...any) error {
	_, err := tx.ExecContext(tx.ctx, query, args...)
	return err
}

// actorID returns the acting user's ID or nil for the system.
func (tx *Tx) actorID() *string {
	if tx.Actor == nil {
		return nil
	}
	return &tx.Actor.UserID
}

// audit writes an audit entry in the transaction. cooperationID is nil for installation-wide
// changes (logins, new cooperations).
func (tx *Tx) audit(cooperationID *string, action, entityType, entityID string, changes koop.Changes) error {
	if changes == nil {
		changes = koop.Changes{}
	}
	b, err := json.Marshal(changes)
	if err != nil {
		return err
	}
	return tx.exec(`INSERT INTO audit_entries (cooperation_id, at, actor_id, action, entity_type, entity_id, changes, request_id)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
		cooperationID, tx.Now, tx.actorID(), action, entityType, entityID, b, koop.RequestFromContext(tx.ctx).ID)
}

// queueMail adds a mail to the outbox; it is sent after the transaction commits.
func (tx *Tx) queueMail(to string, tmpl koop.MailTemplate, locale koop.Locale, data map[string]string) error {
	b, err := json.Marshal(data)
	if err != nil {
		return err
	}
	tx.mailQueued = true
	return tx.exec(`INSERT INTO mail_outbox (to_address, template, locale, data, created_at, next_attempt_at)
		VALUES ($1, $2, $3, $4, $5, $5)`, to, tmpl, locale, b, tx.Now)
}

// queueMailAttached adds a mail with an attached file to the outbox.
func (tx *Tx) queueMailAttached(to string, tmpl koop.MailTemplate, locale koop.Locale, data map[string]string, a *koop.MailAttachment) error {
	b, err := json.Marshal(data)
	if err != nil {
		return err
	}
	tx.mailQueued = true
	return tx.exec(`INSERT INTO mail_outbox (to_address, template, locale, data, created_at, next_attempt_at, attachment_name, attachment_type, attachment_data)
		VALUES ($1, $2, $3, $4, $5, $5, $6, $7, $8)`, to, tmpl, locale, b, tx.Now, a.Name, a.ContentType, a.Data)
}

// mapError turns database errors into koop errors: constraint violations become the user's
// fault with a German message, connection trouble becomes EUNAVAILABLE, the rest stays internal.
func mapError(err error) error {
	if err == nil {
		return nil
	}
	var kerr *koop.Error
	if errors.As(err, &kerr) {
		return err
	}
	if errors.Is(err, sql.ErrNoRows) {
		return koop.Errorf(koop.ENOTFOUND, "Nicht gefunden.")
	}
	var pqErr *pq.Error
	if errors.As(err, &pqErr) {
		switch pqErr.Code {
		case "23505": // unique_violation
			if msg, ok := uniqueMessages[pqErr.Constraint]; ok {
				return &koop.Error{Code: koop.ECONFLICT, Field: msg.field, Message: msg.text}
			}
			return koop.Errorf(koop.ECONFLICT, "Ein solcher Eintrag existiert bereits.")
		case "23503": // foreign_key_violation
			return koop.Errorf(koop.EINVALID, "Ein verknüpfter Eintrag existiert nicht (mehr) oder gehört zu einer anderen Kooperation.")
		case "23514", "23502", "22001": // check, not null, string too long
			if pqErr.Hint == "contact_erased" {
				return koop.Errorf(koop.EINVALID, "Dieser Kontakt wurde gelöscht (Datenschutz) und kann nicht mehr eingeladen oder in einen Verteiler aufgenommen werden.")
			}
			return koop.Errorf(koop.EINVALID, "Die Eingabe ist ungültig.")
		case "22P02": // invalid_text_representation, e.g. a malformed UUID
			return koop.Errorf(koop.ENOTFOUND, "Nicht gefunden.")
		case "P0001": // raised by a trigger
			if pqErr.Hint == "award_locked" {
				return koop.Errorf(koop.EINVALID, "Das Ergebnis dieser Preisrunde ist gesperrt: Bewertungen, Kriterien, Nominierungen und die Jury können nicht mehr geändert werden.")
			}
			return err
		case "40001", "40P01": // serialization failure, deadlock
			return koop.Errorf(koop.ECONFLICT, "Gleichzeitige Änderung. Bitte erneut versuchen.")
		case "57P01", "57P02", "57P03", "53300": // shutdown, cannot connect now, too many connections
			return &unavailable{err}
		}
		if strings.HasPrefix(string(pqErr.Code), "08") { // connection exceptions
			return &unavailable{err}
		}
		return err
	}
	var netErr net.Error
	if errors.As(err, &netErr) || errors.Is(err, sql.ErrConnDone) || errors.Is(err, driver.ErrBadConn) {
		return &unavailable{err}
	}
	return err
}

// unavailable keeps the cause for the log while the client sees EUNAVAILABLE.
type unavailable struct{ cause error }

func (u *unavailable) Error() string { return "database unavailable: " + u.cause.Error() }
func (u *unavailable) Unwrap() []error {
	return []error{u.cause, koop.Errorf(koop.EUNAVAILABLE, "Die Datenbank ist gerade nicht erreichbar. Bitte versuchen Sie es gleich noch einmal.")}
}

var uniqueMessages = map[string]struct{ field, text string }{
	"users_email_key":           {"email", "Diese E-Mail-Adresse ist bereits vergeben."},
	"organisations_name_key":    {"name", "Eine Organisation mit diesem Namen gibt es in dieser Kooperation bereits."},
	"partners_organisation_key": {"organisationId", "Diese Organisation ist bereits Partner."},
	"memberships_user_key":      {"email", "Diese Person ist bereits Mitglied der Kooperation."},
}

// SigningKey returns the access-token signing key kept in the database, generating it on
// first use, so that every server process of an installation shares it.
func (db *DB) SigningKey(ctx context.Context) ([]byte, error) {
	_, hash, err := koop.NewOpaqueToken()
	if err != nil {
		return nil, err
	}
	// Two statements: a process starting at the same moment as another may lose the insert, and
	// only a fresh snapshot sees the winner's key.
	if _, err := db.db.ExecContext(ctx, `INSERT INTO app_settings (key, value) VALUES ('jwt_signing_key', $1) ON CONFLICT (key) DO NOTHING`,
		fmt.Sprintf("%x", hash)); err != nil {
		return nil, mapError(err)
	}
	var key string
	if err := db.db.GetContext(ctx, &key, `SELECT value FROM app_settings WHERE key = 'jwt_signing_key'`); err != nil {
		return nil, mapError(err)
	}
	return []byte(key), nil
}
