package postgres

import (
	"context"
	"database/sql"
	"errors"

	"github.com/koop-lichtenberg/koop"
)

// UserService implements koop.UserService.
type UserService struct{ db *DB }

// NewUserService returns the user service.
func NewUserService(db *DB) *UserService { return &UserService{db: db} }

var _ koop.UserService = (*UserService)(nil)

// Me returns the logged-in user.
func (s *UserService) Me(ctx context.Context) (*koop.User, error) {
	var u koop.User
	err := s.db.read(ctx, func(tx *Tx) error {
		a, err := tx.actor()
		if err != nil {
			return err
		}
		return tx.get(&u, `SELECT `+userColumns+` FROM users u WHERE u.id = $1`, a.UserID)
	})
	if err != nil {
		return nil, err
	}
	return &u, nil
}

// MyMemberships returns the actor's active memberships with cooperations and organisations.
func (s *UserService) MyMemberships(ctx context.Context) ([]*koop.Membership, error) {
	var list []*koop.Membership
	err := s.db.read(ctx, func(tx *Tx) error {
		a, err := tx.actor()
		if err != nil {
			return err
		}
		var rows []memberRow
		if err := tx.sel(&rows, memberSelect+` JOIN cooperations c ON c.id = m.cooperation_id
			WHERE m.user_id = $1 AND m.active ORDER BY c.name`, a.UserID); err != nil {
			return err
		}
		var coops []*koop.Cooperation
		if err := tx.sel(&coops, `SELECT c.id, c.name, c.description, c.created_at, c.version, m.role AS my_role
			FROM cooperations c JOIN memberships m ON m.cooperation_id = c.id AND m.user_id = $1 AND m.active`, a.UserID); err != nil {
			return err
		}
		if err := tx.loadPartners(coops); err != nil {
			return err
		}
		byID := make(map[string]*koop.Cooperation, len(coops))
		for _, c := range coops {
			byID[c.ID] = c
		}
		list, err = tx.memberships(rows, byID)
		return err
	})
	return list, err
}

// UpdateMe changes the actor's name or language. Names are personal data: the audit trail
// records that the name changed, not the name.
func (s *UserService) UpdateMe(ctx context.Context, in koop.UpdateMeInput) (*koop.User, error) {
	var u koop.User
	err := s.db.transact(ctx, func(tx *Tx) error {
		a, err := tx.actor()
		if err != nil {
			return err
		}
		if err := tx.get(&u, `SELECT `+userColumns+` FROM users u WHERE u.id = $1 FOR UPDATE`, a.UserID); err != nil {
			return err
		}
		var ch koop.Changes
		if in.Name != nil {
			name, err := koop.RequireText("name", "Der Name", *in.Name, 200)
			if err != nil {
				return err
			}
			ch.RedactIf("name", u.Name, name)
			u.Name = name
		}
		if in.Locale != nil {
			if !in.Locale.Valid() {
				return koop.FieldErrorf(koop.EINVALID, "locale", "Bitte wählen Sie eine gültige Sprache.")
			}
			ch.Set("locale", u.Locale, *in.Locale)
			u.Locale = *in.Locale
		}
		if len(ch) == 0 {
			return nil
		}
		if err := tx.exec(`UPDATE users SET name = $2, locale = $3, updated_at = $4, version = version + 1 WHERE id = $1`,
			u.ID, u.Name, u.Locale, tx.Now); err != nil {
			return err
		}
		return tx.audit(nil, "user.update", "User", u.ID, ch)
	})
	if err != nil {
		return nil, err
	}
	return &u, nil
}

// SetUserActive deactivates or reactivates a user installation-wide. Deactivation ends all
// the user's sessions at once.
func (s *UserService) SetUserActive(ctx context.Context, in koop.SetUserActiveInput) (*koop.User, error) {
	var u koop.User
	err := s.db.transact(ctx, func(tx *Tx) error {
		if err := tx.requireSystemAdmin(); err != nil {
			return err
		}
		if !validID(in.UserID) {
			return koop.Errorf(koop.ENOTFOUND, "Die Person wurde nicht gefunden.")
		}
		if in.UserID == tx.Actor.UserID && !in.Active {
			return koop.Errorf(koop.ECONFLICT, "Sie können Ihr eigenes Konto nicht deaktivieren.")
		}
		err := tx.get(&u, `SELECT `+userColumns+` FROM users u WHERE u.id = $1 FOR UPDATE`, in.UserID)
		if errors.Is(err, sql.ErrNoRows) {
			return koop.Errorf(koop.ENOTFOUND, "Die Person wurde nicht gefunden.")
		}
		if err != nil || u.Active == in.Active {
			return err
		}
		if u.Erased && in.Active {
			return errErasedAccount()
		}
		if err := tx.exec(`UPDATE users SET active = $2, updated_at = $3, version = version + 1 WHERE id = $1`, u.ID, in.Active, tx.Now); err != nil {
			return err
		}
		if !in.Active {
			if err := tx.exec(`UPDATE sessions SET revoked_at = $2, revoke_reason = 'user_deactivated' WHERE user_id = $1 AND revoked_at IS NULL`, u.ID, tx.Now); err != nil {
				return err
			}
		}
		var ch koop.Changes
		ch.Set("active", u.Active, in.Active)
		u.Active = in.Active
		return tx.audit(nil, "user.set_active", "User", u.ID, ch)
	})
	if err != nil {
		return nil, err
	}
	return &u, nil
}
