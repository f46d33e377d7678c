package postgres

import (
	"context"
	"database/sql"
	"errors"

	"github.com/koop-lichtenberg/koop"
)

// DemoUser is a login that `koop seed` creates.
type DemoUser struct {
	Email, Name   string
	Role          koop.Role
	PartnerShort  string
	IsSystemAdmin bool
}

// The Lichtenberg demo: the cooperation of Bezirksamt Lichtenberg and the Wirtschaftskreis
// Hohenschönhausen-Lichtenberg (seeds/004). IDs are fixed so that seeding twice changes nothing.
const (
	demoCooperationID = "6b00c0de-0000-4000-8000-000000000001"
	demoBezirksamtID  = "6b00c0de-0000-4000-8000-000000000101"
	demoWKHLID        = "6b00c0de-0000-4000-8000-000000000102"
	demoBAPartnerID   = "6b00c0de-0000-4000-8000-000000000111"
	demoWKHLPartnerID = "6b00c0de-0000-4000-8000-000000000112"
)

// DemoUsers are the demo logins, all with the demo password.
var DemoUsers = []DemoUser{
	{"admin@koop.test", "Andrea Albrecht", koop.RoleAdmin, "BA", true},
	{"coordinator@koop.test", "Clara Conrad", koop.RoleCoordinator, "BA", false},
	{"coordinator.wkhl@koop.test", "Cem Wolter", koop.RoleCoordinator, "WKHL", false},
	{"member@koop.test", "Mira Maaß", koop.RoleMember, "WKHL", false},
	{"viewer@koop.test", "Volker Vogt", koop.RoleViewer, "BA", false},
	// outside jurors of the award: they see nothing but the cycles they judge
	{"juror1@koop.test", "Jana Jäger", koop.RoleExternal, "", false},
	{"juror2@koop.test", "Jonas Jankowski", koop.RoleExternal, "", false},
	{"juror3@koop.test", "Julia Jung", koop.RoleExternal, "", false},
}

// Seed creates the Lichtenberg demo data where it is missing; running it again changes
// nothing, and passwords once set are never overwritten.
func (db *DB) Seed(ctx context.Context, demoPassword string) error {
	hash, err := koop.HashPassword(demoPassword)
	if err != nil {
		return err
	}
	return db.transact(ctx, func(tx *Tx) error {
		coop := demoCooperationID
		created, err := tx.seedRow(`INSERT INTO cooperations (id, name, description, created_at, updated_at) VALUES ($1, $2, $3, $4, $4)
			ON CONFLICT (id) DO NOTHING`, coop, "Kooperation Bezirksamt Lichtenberg – WKHL",
			"Kooperationsvereinbarung des Bezirksamts Lichtenberg und des Wirtschaftskreises Hohenschönhausen-Lichtenberg bis zum Ende der Legislaturperiode 2026: gemeinsame Veranstaltungen, der Preis „Lichtenberger Unternehmen des Jahres“, gemeinsame Projekte und eine jährliche Klausur.",
			tx.Now)
		if err != nil {
			return err
		}
		if created {
			if err := tx.audit(&coop, "cooperation.create", "Cooperation", coop, nil); err != nil {
				return err
			}
		}
		orgs := []struct{ id, partner, kind, name, short, street, postal, website string }{
			{demoBezirksamtID, demoBAPartnerID, "AUTHORITY", "Bezirksamt Lichtenberg", "BA Lichtenberg", "Möllendorffstraße 6", "10367", "https://www.berlin.de/ba-lichtenberg/"},
			{demoWKHLID, demoWKHLPartnerID, "ASSOCIATION", "Wirtschaftskreis Hohenschönhausen-Lichtenberg e. V.", "WKHL", "", "", "https://www.wkhl-berlin.de/"},
		}
		for i, o := range orgs {
			created, err := tx.seedRow(`INSERT INTO organisations (id, cooperation_id, kind, name, short_name, street, postal_code, city, website, created_at, updated_at)
				VALUES ($1, $2, $3, $4, $5, $6, $7, 'Berlin', $8, $9, $9) ON CONFLICT (id) DO NOTHING`,
				o.id, coop, o.kind, o.name, o.short, o.street, o.postal, o.website, tx.Now)
			if err != nil {
				return err
			}
			if !created {
				continue
			}
			if err := tx.audit(&coop, "organisation.create", "Organisation", o.id, nil); err != nil {
				return err
			}
			if err := tx.exec(`INSERT INTO partners (id, cooperation_id, organisation_id, position, created_at) VALUES ($1, $2, $3, $4, $5)
				ON CONFLICT DO NOTHING`, o.partner, coop, o.id, i+1, tx.Now); err != nil {
				return err
			}
		}
		for _, u := range DemoUsers {
			var org *string
			switch u.PartnerShort {
			case "BA":
				org = &[]string{demoBezirksamtID}[0]
			case "WKHL":
				org = &[]string{demoWKHLID}[0]
			}
			var userID string
			err := tx.get(&userID, `INSERT INTO users (email, name, password_hash, is_system_admin, created_at, updated_at)
				VALUES ($1, $2, $3, $4, $5, $5) ON CONFLICT (email) DO NOTHING RETURNING id`, u.Email, u.Name, hash, u.IsSystemAdmin, tx.Now)
			switch {
			case errors.Is(err, sql.ErrNoRows):
				if err := tx.get(&userID, `SELECT id FROM users WHERE email = $1`, u.Email); err != nil {
					return err
				}
			case err != nil:
				return err
			default:
				if err := tx.audit(&coop, "user.create", "User", userID, nil); err != nil {
					return err
				}
			}
			var membershipID string
			err = tx.get(&membershipID, `INSERT INTO memberships (cooperation_id, user_id, role, organisation_id, created_at, updated_at)
				VALUES ($1, $2, $3, $4, $5, $5) ON CONFLICT (cooperation_id, user_id) DO NOTHING RETURNING id`, coop, userID, u.Role, org, tx.Now)
			if errors.Is(err, sql.ErrNoRows) {
				continue
			}
			if err != nil {
				return err
			}
			var ch koop.Changes
			ch.Set("userId", nil, userID)
			ch.Set("role", nil, u.Role)
			if err := tx.audit(&coop, "member.invite", "Membership", membershipID, ch); err != nil {
				return err
			}
		}
		if err := tx.seedLegalTexts(coop); err != nil {
			return err
		}
		if err := tx.seedEvents(coop); err != nil {
			return err
		}
		if err := tx.seedContacts(coop); err != nil {
			return err
		}
		if err := tx.seedGuests(coop); err != nil {
			return err
		}
		if err := tx.seedAward(coop); err != nil {
			return err
		}
		if err := tx.seedJury(coop); err != nil {
			return err
		}
		if err := tx.seedStrategy(coop); err != nil {
			return err
		}
		return tx.seedRetreats(coop)
	})
}

// seedRow runs an INSERT ... ON CONFLICT DO NOTHING and reports whether it inserted.
func (tx *Tx) seedRow(query string, args ...any) (bool, error) {
	res, err := tx.ExecContext(tx.ctx, query, args...)
	if err != nil {
		return false, err
	}
	n, err := res.RowsAffected()
	return n == 1, err
}

// CreateSystemAdmin makes a system admin for a real installation: a new user without a
// password, or an existing one promoted. It returns a one-time link to set the password, or ""
// when the user already has one.
func (db *DB) CreateSystemAdmin(ctx context.Context, email, name string) (string, error) {
	email, err := koop.NormaliseEmail(email)
	if err != nil {
		return "", err
	}
	if name, err = koop.RequireText("name", "Der Name", name, 200); err != nil {
		return "", err
	}
	var link string
	err = db.transact(ctx, func(tx *Tx) error {
		var u struct {
			ID          string `db:"id"`
			PasswordSet bool   `db:"password_set"`
		}
		if err := tx.get(&u, `INSERT INTO users (email, name, is_system_admin, created_at, updated_at) VALUES ($1, $2, true, $3, $3)
			ON CONFLICT (email) DO UPDATE SET is_system_admin = true, active = true, updated_at = $3, version = users.version + 1
			RETURNING id, password_hash IS NOT NULL AS password_set`, email, name, tx.Now); err != nil {
			return err
		}
		var ch koop.Changes
		ch.Set("isSystemAdmin", nil, true)
		if err := tx.audit(nil, "user.create_system_admin", "User", u.ID, ch); err != nil {
			return err
		}
		if u.PasswordSet {
			return nil
		}
		link, err = tx.newPasswordLink(u.ID, koop.PasswordTokenInvitation)
		return err
	})
	return link, err
}
