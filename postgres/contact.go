package postgres

import (
	"time"

	"context"
	"database/sql"
	"errors"

	"github.com/lib/pq"

	"github.com/koop-lichtenberg/koop"
)

// ContactService implements koop.ContactService: contacts, distribution lists and the CSV import.
type ContactService struct{ db *DB }

// NewContactService returns the contact service.
func NewContactService(db *DB) *ContactService { return &ContactService{db: db} }

var _ koop.ContactService = (*ContactService)(nil)

func init() {
	uniqueMessages["contacts_email_key"] = struct{ field, text string }{"email", "Ein Kontakt mit dieser E-Mail-Adresse existiert in dieser Kooperation bereits."}
	uniqueMessages["distribution_lists_name_key"] = struct{ field, text string }{"name", "Einen Verteiler mit diesem Namen gibt es in dieser Kooperation bereits."}
}

const contactSelect = `SELECT c.id, c.cooperation_id, c.salutation, c.title, c.first_name, c.last_name, c.function, c.organisation_id, c.email,
	c.phone, c.street, c.postal_code, c.city, c.legal_basis, c.consent_at, c.note, c.opted_out_at, c.created_at, c.updated_at, c.version
	FROM contacts c`

// germanSortKey orders names as a German phone book does (DIN 5007-1: "Böttcher" with
// "Bottcher", before "Braun"), whatever collation the database was created with.
func germanSortKey(column string) string {
	return "replace(translate(lower(" + column + "), 'ÄÖÜäöü', 'aouaou'), 'ß', 'ss')"
}

// today is the transaction's day in Berlin, as a date at midnight UTC.
func (tx *Tx) today() time.Time {
	y, m, d := tx.Now.In(koop.Berlin).Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// loadContacts fills the organisations and lists of a page of contacts, one statement each
// whatever the page size, and hides the details a reader may not see.
func (tx *Tx) loadContacts(contacts []*koop.Contact, role koop.Role) error {
	if len(contacts) == 0 {
		return nil
	}
	ids := make([]string, len(contacts))
	byID := make(map[string]*koop.Contact, len(contacts))
	orgIDs := []string{}
	for i, c := range contacts {
		ids[i], byID[c.ID] = c.ID, c
		c.DistributionLists = []*koop.DistributionList{}
		if c.OrganisationID != nil {
			orgIDs = append(orgIDs, *c.OrganisationID)
		}
		if !role.Can(koop.PermViewContactDetails) {
			c.HideDetails()
		}
	}
	if len(orgIDs) > 0 {
		var orgs []*koop.Organisation
		if err := tx.sel(&orgs, `SELECT `+organisationColumns+` FROM organisations o WHERE o.id = ANY($1)`, pq.Array(orgIDs)); err != nil {
			return err
		}
		byOrg := make(map[string]*koop.Organisation, len(orgs))
		for _, o := range orgs {
			byOrg[o.ID] = o
		}
		for _, c := range contacts {
			if c.OrganisationID != nil {
				c.Organisation = byOrg[*c.OrganisationID]
			}
		}
	}
	var rows []struct {
		ContactID string `db:"contact_id"`
		koop.DistributionList
	}
	if err := tx.sel(&rows, `SELECT m.contact_id, l.id, l.cooperation_id, l.name, l.description, l.created_at, l.version,
		(SELECT count(*) FROM distribution_list_members x WHERE x.list_id = l.id) AS member_count
		FROM distribution_list_members m JOIN distribution_lists l ON l.id = m.list_id
		WHERE m.contact_id = ANY($1) ORDER BY lower(l.name), l.id`, pq.Array(ids)); err != nil {
		return err
	}
	for i := range rows {
		c := byID[rows[i].ContactID]
		l := rows[i].DistributionList
		c.DistributionLists = append(c.DistributionLists, &l)
	}
	return nil
}

// Contacts lists a cooperation's contacts by last and first name.
func (s *ContactService) Contacts(ctx context.Context, cooperationID string, f koop.ContactFilter, p koop.Page) (*koop.ContactList, error) {
	list := &koop.ContactList{Items: []*koop.Contact{}}
	err := s.db.read(ctx, func(tx *Tx) error {
		role, err := tx.require(cooperationID, koop.PermViewContacts)
		if err != nil {
			return err
		}
		for _, id := range []struct {
			v     *string
			field string
		}{{f.OrganisationID, "filter.organisationId"}, {f.DistributionListID, "filter.distributionListId"}} {
			if id.v != nil && !validID(*id.v) {
				return koop.FieldErrorf(koop.EINVALID, id.field, "Unbekannte Auswahl.")
			}
		}
		// Readers who may not see e-mail addresses cannot search by them either.
		// Erased contacts (GDPR) stay only for the counts of history; nobody lists or picks them.
		where := ` WHERE c.cooperation_id = $1 AND c.erased_at IS NULL AND ($2::uuid IS NULL OR c.organisation_id = $2)
			AND ($3::uuid IS NULL OR EXISTS (SELECT 1 FROM distribution_list_members m WHERE m.list_id = $3 AND m.contact_id = c.id))
			AND ($4::text IS NULL OR c.first_name || ' ' || c.last_name ILIKE $4 OR c.last_name || ' ' || c.first_name ILIKE $4
				OR c.last_name || ', ' || c.first_name ILIKE $4 OR ($5 AND c.email ILIKE $4)
				OR EXISTS (SELECT 1 FROM organisations o WHERE o.id = c.organisation_id AND (o.name ILIKE $4 OR o.short_name ILIKE $4)))`
		args := []any{cooperationID, f.OrganisationID, f.DistributionListID, likePattern(f.Query), role.Can(koop.PermViewContactDetails)}
		if err := tx.get(&list.TotalCount, `SELECT count(*) FROM contacts c`+where, args...); err != nil {
			return err
		}
		if err := tx.sel(&list.Items, contactSelect+where+` ORDER BY `+germanSortKey("c.last_name")+`, `+germanSortKey("c.first_name")+`, c.id LIMIT $6 OFFSET $7`,
			append(args, p.Limit, p.Offset)...); err != nil {
			return err
		}
		return tx.loadContacts(list.Items, role)
	})
	return list, err
}

// contact loads one contact and checks the actor's permission p in its cooperation.
func (tx *Tx) contact(id string, p koop.Permission, lock bool) (*koop.Contact, koop.Role, error) {
	notFound := koop.Errorf(koop.ENOTFOUND, "Der Kontakt wurde nicht gefunden.")
	if _, err := tx.actor(); err != nil {
		return nil, "", err
	}
	if !validID(id) {
		return nil, "", notFound
	}
	q := contactSelect + ` WHERE c.id = $1`
	if lock {
		q += ` FOR UPDATE`
	}
	var c koop.Contact
	err := tx.get(&c, q, id)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, "", notFound
	}
	if err != nil {
		return nil, "", err
	}
	role, err := tx.require(c.CooperationID, p)
	if koop.ErrorCode(err) == koop.ENOTFOUND {
		return nil, "", notFound
	}
	if err != nil {
		return nil, "", err
	}
	if p == koop.PermEditContacts {
		var erased bool
		if err := tx.get(&erased, `SELECT erased_at IS NOT NULL FROM contacts WHERE id = $1`, id); err != nil {
			return nil, "", err
		}
		if erased {
			return nil, "", koop.Errorf(koop.EINVALID, "Dieser Kontakt wurde gelöscht (Datenschutz) und kann nicht mehr bearbeitet werden.")
		}
	}
	return &c, role, nil
}

// Contact returns one contact.
func (s *ContactService) Contact(ctx context.Context, id string) (*koop.Contact, error) {
	var out *koop.Contact
	err := s.db.read(ctx, func(tx *Tx) error {
		c, role, err := tx.contact(id, koop.PermViewContacts, false)
		if err != nil {
			return err
		}
		out = c
		return tx.loadContacts([]*koop.Contact{c}, role)
	})
	return out, err
}

// checkOrganisation returns an EINVALID error for the field unless id is an organisation of
// the cooperation.
func (tx *Tx) checkOrganisation(cooperationID string, id *string, field string) error {
	if id == nil {
		return nil
	}
	bad := koop.FieldErrorf(koop.EINVALID, field, "Bitte wählen Sie eine Organisation dieser Kooperation.")
	if !validID(*id) {
		return bad
	}
	var ok bool
	if err := tx.get(&ok, `SELECT EXISTS (SELECT 1 FROM organisations WHERE id = $1 AND cooperation_id = $2)`, *id, cooperationID); err != nil {
		return err
	}
	if !ok {
		return bad
	}
	return nil
}

// checkEmailFree returns ECONFLICT on the e-mail field when another contact of the
// cooperation has the address (the unique index is the last line of defence).
func (tx *Tx) checkEmailFree(c *koop.Contact) error {
	if c.Email == nil {
		return nil
	}
	var taken bool
	if err := tx.get(&taken, `SELECT EXISTS (SELECT 1 FROM contacts WHERE cooperation_id = $1 AND lower(email) = $2 AND id::text <> $3)`,
		c.CooperationID, *c.Email, c.ID); err != nil {
		return err
	}
	if taken {
		return koop.FieldErrorf(koop.ECONFLICT, "email", "Ein Kontakt mit der E-Mail-Adresse %s existiert in dieser Kooperation bereits.", *c.Email)
	}
	return nil
}

// contactChanges records a contact's changes for the audit trail: personal fields are named,
// never stored; the legal basis, the consent date and the organisation are stored, because
// they account for the processing rather than describe the person.
func contactChanges(before, after *koop.Contact) koop.Changes {
	var ch koop.Changes
	ch.RedactIf("salutation", string(before.Salutation), string(after.Salutation))
	ch.RedactIf("title", before.Title, after.Title)
	ch.RedactIf("firstName", before.FirstName, after.FirstName)
	ch.RedactIf("lastName", before.LastName, after.LastName)
	ch.RedactIf("function", before.Function, after.Function)
	ch.RedactIf("email", before.Email, after.Email)
	ch.RedactIf("phone", before.Phone, after.Phone)
	ch.RedactIf("street", before.Street, after.Street)
	ch.RedactIf("postalCode", before.PostalCode, after.PostalCode)
	ch.RedactIf("city", before.City, after.City)
	ch.RedactIf("note", before.Note, after.Note)
	ch.Set("organisationId", before.OrganisationID, after.OrganisationID)
	ch.Set("legalBasis", nonEmpty(string(before.LegalBasis)), string(after.LegalBasis))
	ch.Set("consentAt", dateText(before.ConsentAt), dateText(after.ConsentAt))
	return ch
}

func nonEmpty(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// CreateContact creates a contact.
func (s *ContactService) CreateContact(ctx context.Context, in koop.CreateContactInput) (*koop.Contact, error) {
	var out *koop.Contact
	err := s.db.transact(ctx, func(tx *Tx) error {
		if _, err := tx.require(in.CooperationID, koop.PermEditContacts); err != nil {
			return err
		}
		c := &koop.Contact{CooperationID: in.CooperationID}
		if err := in.Patch().Apply(c, tx.today()); err != nil {
			return err
		}
		if err := tx.checkOrganisation(c.CooperationID, in.OrganisationID, "organisationId"); err != nil {
			return err
		}
		c.OrganisationID = in.OrganisationID
		if err := tx.checkEmailFree(c); err != nil {
			return err
		}
		if err := tx.get(&c.ID, `INSERT INTO contacts (cooperation_id, salutation, title, first_name, last_name, function, organisation_id, email,
			phone, street, postal_code, city, legal_basis, consent_at, note, created_at, updated_at)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $16) RETURNING id`,
			c.CooperationID, c.Salutation, c.Title, c.FirstName, c.LastName, c.Function, c.OrganisationID, c.Email,
			c.Phone, c.Street, c.PostalCode, c.City, c.LegalBasis, c.ConsentAt, c.Note, tx.Now); err != nil {
			return err
		}
		if err := tx.audit(&c.CooperationID, "contact.create", "Contact", c.ID, contactChanges(&koop.Contact{}, c)); err != nil {
			return err
		}
		var role koop.Role
		var err error
		out, role, err = tx.contact(c.ID, koop.PermEditContacts, false)
		if err != nil {
			return err
		}
		return tx.loadContacts([]*koop.Contact{out}, role)
	})
	return out, err
}

// UpdateContact changes a contact, refusing a stale version.
func (s *ContactService) UpdateContact(ctx context.Context, in koop.UpdateContactInput) (*koop.Contact, error) {
	var out *koop.Contact
	err := s.db.transact(ctx, func(tx *Tx) error {
		c, role, err := tx.contact(in.ID, koop.PermEditContacts, true)
		if err != nil {
			return err
		}
		if err := checkVersion(in.Version, c.Version, "Der Kontakt"); err != nil {
			return err
		}
		before := *c
		if err := in.Patch().Apply(c, tx.today()); err != nil {
			return err
		}
		if in.ClearOrganisation != nil && *in.ClearOrganisation {
			c.OrganisationID = nil
		} else if in.OrganisationID != nil {
			if err := tx.checkOrganisation(c.CooperationID, in.OrganisationID, "organisationId"); err != nil {
				return err
			}
			c.OrganisationID = in.OrganisationID
		}
		if err := tx.checkEmailFree(c); err != nil {
			return err
		}
		if err := tx.updateContact(c); err != nil {
			return err
		}
		if err := tx.audit(&c.CooperationID, "contact.update", "Contact", c.ID, contactChanges(&before, c)); err != nil {
			return err
		}
		if out, _, err = tx.contact(c.ID, koop.PermEditContacts, false); err != nil {
			return err
		}
		return tx.loadContacts([]*koop.Contact{out}, role)
	})
	return out, err
}

func (tx *Tx) updateContact(c *koop.Contact) error {
	return tx.exec(`UPDATE contacts SET salutation = $2, title = $3, first_name = $4, last_name = $5, function = $6, organisation_id = $7,
		email = $8, phone = $9, street = $10, postal_code = $11, city = $12, legal_basis = $13, consent_at = $14, note = $15,
		updated_at = $16, version = version + 1 WHERE id = $1`,
		c.ID, c.Salutation, c.Title, c.FirstName, c.LastName, c.Function, c.OrganisationID, c.Email, c.Phone, c.Street,
		c.PostalCode, c.City, c.LegalBasis, c.ConsentAt, c.Note, tx.Now)
}

// checkContactDeletable is where later areas refuse to delete a contact that history needs:
// a guest of an event is anonymised (GDPR erasure), not deleted. Nothing refers to contacts yet
// but distribution lists, whose memberships go with the contact.
func (tx *Tx) checkContactDeletable(c *koop.Contact) error {
	var n int
	if err := tx.get(&n, `SELECT count(*) FROM invitations WHERE contact_id = $1`, c.ID); err != nil {
		return err
	}
	if n > 0 {
		return koop.Errorf(koop.EINVALID, "%s steht auf der Gästeliste von %d Veranstaltung(en) und kann deshalb nicht gelöscht werden.", c.Name(), n)
	}
	return nil
}

// DeleteContact deletes a contact and its list memberships.
func (s *ContactService) DeleteContact(ctx context.Context, in koop.DeleteContactInput) error {
	return s.db.transact(ctx, func(tx *Tx) error {
		c, _, err := tx.contact(in.ID, koop.PermEditContacts, true)
		if err != nil {
			return err
		}
		if err := checkVersion(in.Version, c.Version, "Der Kontakt"); err != nil {
			return err
		}
		if err := tx.checkContactDeletable(c); err != nil {
			return err
		}
		if err := tx.exec(`DELETE FROM contacts WHERE id = $1`, c.ID); err != nil {
			return err
		}
		var ch koop.Changes
		ch.Redact("lastName")
		ch.Set("legalBasis", string(c.LegalBasis), nil)
		return tx.audit(&c.CooperationID, "contact.delete", "Contact", c.ID, ch)
	})
}
