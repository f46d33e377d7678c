package postgres

import (
	"database/sql"
	"errors"
	"regexp"

	"github.com/koop-lichtenberg/koop"
)

var uuidRE = regexp.MustCompile(`^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$`)

// validID reports whether s can be an ID; anything else is simply not found, without asking
// the database (a malformed UUID would abort the transaction).
func validID(s string) bool { return uuidRE.MatchString(s) }

// errCooperationNotFound is returned both for missing cooperations and for those the actor
// may not see, so that nobody learns which IDs exist.
func errCooperationNotFound() error {
	return koop.Errorf(koop.ENOTFOUND, "Die Kooperation wurde nicht gefunden.")
}

// actor returns the acting user or the reason the request is anonymous.
func (tx *Tx) actor() (*koop.Actor, error) {
	if tx.Actor != nil {
		return tx.Actor, nil
	}
	return koop.RequireActor(tx.ctx)
}

// role returns the actor's effective role in a cooperation: the role of their active
// membership, or ADMIN for a system admin who is not a member.
func (tx *Tx) role(cooperationID string) (koop.Role, error) {
	a, err := tx.actor()
	if err != nil {
		return "", err
	}
	if !validID(cooperationID) {
		return "", errCooperationNotFound()
	}
	var role koop.Role
	err = tx.get(&role, `SELECT role FROM memberships WHERE cooperation_id = $1 AND user_id = $2 AND active`, cooperationID, a.UserID)
	if err == nil {
		return role, nil
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return "", err
	}
	if a.IsSystemAdmin {
		var exists bool
		if err := tx.get(&exists, `SELECT EXISTS (SELECT 1 FROM cooperations WHERE id = $1)`, cooperationID); err != nil {
			return "", err
		}
		if exists {
			return koop.RoleAdmin, nil
		}
	}
	return "", errCooperationNotFound()
}

// require checks that the actor's role in the cooperation grants p and returns the role.
func (tx *Tx) require(cooperationID string, p koop.Permission) (koop.Role, error) {
	role, err := tx.role(cooperationID)
	if err != nil {
		return "", err
	}
	return role, role.Require(p)
}

// requireSystemAdmin checks that the actor administers the installation.
func (tx *Tx) requireSystemAdmin() error {
	a, err := tx.actor()
	if err != nil {
		return err
	}
	if !a.IsSystemAdmin {
		return koop.Errorf(koop.EFORBIDDEN, "Nur die Systemadministration darf das.")
	}
	return nil
}

// checkVersion turns a stale version into ECONFLICT.
func checkVersion(read, current int, what string) error {
	if read != current {
		return koop.Errorf(koop.ECONFLICT, "%s wurde inzwischen von jemand anderem geändert. Bitte laden Sie die Seite neu und versuchen Sie es erneut.", what)
	}
	return nil
}
