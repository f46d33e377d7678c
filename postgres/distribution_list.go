package postgres

import (
	"context"
	"database/sql"
	"errors"

	"github.com/lib/pq"

	"github.com/koop-lichtenberg/koop"
)

const listSelect = `SELECT l.id, l.cooperation_id, l.name, l.description, l.created_at, l.version,
	(SELECT count(*) FROM distribution_list_members m WHERE m.list_id = l.id) AS member_count FROM distribution_lists l`

// DistributionLists lists a cooperation's lists by name, with their member counts, in one statement.
func (s *ContactService) DistributionLists(ctx context.Context, cooperationID string) ([]*koop.DistributionList, error) {
	list := []*koop.DistributionList{}
	err := s.db.read(ctx, func(tx *Tx) error {
		if _, err := tx.require(cooperationID, koop.PermViewContacts); err != nil {
			return err
		}
		return tx.sel(&list, listSelect+` WHERE l.cooperation_id = $1 ORDER BY lower(l.name), l.id`, cooperationID)
	})
	return list, err
}

// distributionList loads one list and checks the actor's permission p in its cooperation.
func (tx *Tx) distributionList(id string, p koop.Permission, lock bool) (*koop.DistributionList, error) {
	notFound := koop.Errorf(koop.ENOTFOUND, "Der Verteiler wurde nicht gefunden.")
	if _, err := tx.actor(); err != nil {
		return nil, err
	}
	if !validID(id) {
		return nil, notFound
	}
	q := listSelect + ` WHERE l.id = $1`
	if lock {
		q += ` FOR UPDATE OF l`
	}
	var l koop.DistributionList
	err := tx.get(&l, q, id)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, notFound
	}
	if err != nil {
		return nil, err
	}
	if _, err := tx.require(l.CooperationID, p); err != nil {
		if koop.ErrorCode(err) == koop.ENOTFOUND {
			return nil, notFound
		}
		return nil, err
	}
	return &l, nil
}

// DistributionList returns one list.
func (s *ContactService) DistributionList(ctx context.Context, id string) (*koop.DistributionList, error) {
	var out *koop.DistributionList
	err := s.db.read(ctx, func(tx *Tx) error {
		var err error
		out, err = tx.distributionList(id, koop.PermViewContacts, false)
		return err
	})
	return out, err
}

func listTexts(name, description *string) (n, d string, err error) {
	if name != nil {
		if n, err = koop.RequireText("name", "Der Name", *name, 200); err != nil {
			return "", "", err
		}
	}
	if description != nil {
		if d, err = koop.OptionalText("description", "Die Beschreibung", *description, 2000); err != nil {
			return "", "", err
		}
	}
	return n, d, nil
}

// CreateDistributionList creates a list.
func (s *ContactService) CreateDistributionList(ctx context.Context, in koop.CreateDistributionListInput) (*koop.DistributionList, error) {
	var out *koop.DistributionList
	err := s.db.transact(ctx, func(tx *Tx) error {
		if _, err := tx.require(in.CooperationID, koop.PermEditContacts); err != nil {
			return err
		}
		name, desc, err := listTexts(&in.Name, in.Description)
		if err != nil {
			return err
		}
		var id string
		if err := tx.get(&id, `INSERT INTO distribution_lists (cooperation_id, name, description, created_at, updated_at)
			VALUES ($1, $2, $3, $4, $4) RETURNING id`, in.CooperationID, name, desc, tx.Now); err != nil {
			return err
		}
		var ch koop.Changes
		ch.Set("name", nil, name)
		ch.Set("description", nil, nonEmpty(desc))
		if err := tx.audit(&in.CooperationID, "distribution_list.create", "DistributionList", id, ch); err != nil {
			return err
		}
		out, err = tx.distributionList(id, koop.PermEditContacts, false)
		return err
	})
	return out, err
}

// UpdateDistributionList renames a list or changes its description, refusing a stale version.
func (s *ContactService) UpdateDistributionList(ctx context.Context, in koop.UpdateDistributionListInput) (*koop.DistributionList, error) {
	var out *koop.DistributionList
	err := s.db.transact(ctx, func(tx *Tx) error {
		l, err := tx.distributionList(in.ID, koop.PermEditContacts, true)
		if err != nil {
			return err
		}
		if err := checkVersion(in.Version, l.Version, "Der Verteiler"); err != nil {
			return err
		}
		name, desc, err := listTexts(in.Name, in.Description)
		if err != nil {
			return err
		}
		if in.Name == nil {
			name = l.Name
		}
		if in.Description == nil {
			desc = l.Description
		}
		if err := tx.exec(`UPDATE distribution_lists SET name = $2, description = $3, updated_at = $4, version = version + 1 WHERE id = $1`,
			l.ID, name, desc, tx.Now); err != nil {
			return err
		}
		var ch koop.Changes
		ch.Set("name", l.Name, name)
		ch.Set("description", l.Description, desc)
		if err := tx.audit(&l.CooperationID, "distribution_list.update", "DistributionList", l.ID, ch); err != nil {
			return err
		}
		out, err = tx.distributionList(l.ID, koop.PermEditContacts, false)
		return err
	})
	return out, err
}

// DeleteDistributionList deletes a list; its contacts stay.
func (s *ContactService) DeleteDistributionList(ctx context.Context, in koop.DeleteDistributionListInput) error {
	return s.db.transact(ctx, func(tx *Tx) error {
		l, err := tx.distributionList(in.ID, koop.PermEditContacts, true)
		if err != nil {
			return err
		}
		if err := checkVersion(in.Version, l.Version, "Der Verteiler"); err != nil {
			return err
		}
		if err := tx.exec(`DELETE FROM distribution_lists WHERE id = $1`, l.ID); err != nil {
			return err
		}
		var ch koop.Changes
		ch.Set("name", l.Name, nil)
		ch.Set("memberCount", l.MemberCount, nil)
		return tx.audit(&l.CooperationID, "distribution_list.delete", "DistributionList", l.ID, ch)
	})
}

// contactIDs checks and de-duplicates the contact IDs of a list change.
func contactIDs(ids []string) ([]string, error) {
	if len(ids) == 0 {
		return nil, koop.FieldErrorf(koop.EINVALID, "contactIds", "Bitte wählen Sie mindestens einen Kontakt.")
	}
	if len(ids) > koop.MaxListChange {
		return nil, koop.FieldErrorf(koop.EINVALID, "contactIds", "Höchstens %d Kontakte auf einmal.", koop.MaxListChange)
	}
	seen := map[string]bool{}
	out := make([]string, 0, len(ids))
	for _, id := range ids {
		if !validID(id) {
			return nil, koop.FieldErrorf(koop.EINVALID, "contactIds", "Bitte wählen Sie Kontakte dieser Kooperation.")
		}
		if !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	return out, nil
}

// addToList adds contacts of the list's cooperation to it and returns how many were new.
func (tx *Tx) addToList(l *koop.DistributionList, ids []string) (int64, error) {
	res, err := tx.ExecContext(tx.ctx, `INSERT INTO distribution_list_members (list_id, contact_id, cooperation_id, added_at)
		SELECT $1, c.id, c.cooperation_id, $4 FROM contacts c WHERE c.id = ANY($2) AND c.cooperation_id = $3
		ON CONFLICT DO NOTHING`, l.ID, pq.Array(ids), l.CooperationID, tx.Now)
	if err != nil {
		return 0, err
	}
	return res.RowsAffected()
}

// AddContactsToList adds contacts to a list; those already on it stay once.
func (s *ContactService) AddContactsToList(ctx context.Context, in koop.ListContactsInput) (*koop.DistributionList, error) {
	var out *koop.DistributionList
	err := s.db.transact(ctx, func(tx *Tx) error {
		l, err := tx.distributionList(in.DistributionListID, koop.PermEditContacts, true)
		if err != nil {
			return err
		}
		ids, err := contactIDs(in.ContactIds)
		if err != nil {
			return err
		}
		var n int
		if err := tx.get(&n, `SELECT count(*) FROM contacts WHERE id = ANY($1) AND cooperation_id = $2`, pq.Array(ids), l.CooperationID); err != nil {
			return err
		}
		if n != len(ids) {
			return koop.FieldErrorf(koop.EINVALID, "contactIds", "Bitte wählen Sie Kontakte dieser Kooperation.")
		}
		added, err := tx.addToList(l, ids)
		if err != nil {
			return err
		}
		var ch koop.Changes
		ch.Set("added", nil, added)
		if err := tx.audit(&l.CooperationID, "distribution_list.add_contacts", "DistributionList", l.ID, ch); err != nil {
			return err
		}
		out, err = tx.distributionList(l.ID, koop.PermEditContacts, false)
		return err
	})
	return out, err
}

// RemoveContactsFromList removes contacts from a list; the contacts stay.
func (s *ContactService) RemoveContactsFromList(ctx context.Context, in koop.ListContactsInput) (*koop.DistributionList, error) {
	var out *koop.DistributionList
	err := s.db.transact(ctx, func(tx *Tx) error {
		l, err := tx.distributionList(in.DistributionListID, koop.PermEditContacts, true)
		if err != nil {
			return err
		}
		ids, err := contactIDs(in.ContactIds)
		if err != nil {
			return err
		}
		res, err := tx.ExecContext(tx.ctx, `DELETE FROM distribution_list_members WHERE list_id = $1 AND contact_id = ANY($2)`, l.ID, pq.Array(ids))
		if err != nil {
			return err
		}
		removed, err := res.RowsAffected()
		if err != nil {
			return err
		}
		var ch koop.Changes
		ch.Set("removed", nil, removed)
		if err := tx.audit(&l.CooperationID, "distribution_list.remove_contacts", "DistributionList", l.ID, ch); err != nil {
			return err
		}
		out, err = tx.distributionList(l.ID, koop.PermEditContacts, false)
		return err
	})
	return out, err
}
