package postgres

import (
	"context"
	"fmt"
	"strings"

	"github.com/lib/pq"

	"github.com/koop-lichtenberg/koop"
)

// importReport parses the file and marks the rows whose e-mail address the cooperation
// already has, in one statement.
func (tx *Tx) importReport(cooperationID, content, fileName string) (*koop.ContactImportReport, error) {
	data, err := koop.DecodeImportContent(content)
	if err != nil {
		return nil, err
	}
	rep, err := koop.ParseContactCSV(data, fileName, tx.today())
	if err != nil {
		return nil, err
	}
	existing := map[string]string{}
	if emails := rep.Emails(); len(emails) > 0 {
		var rows []struct {
			ID    string `db:"id"`
			Email string `db:"email"`
		}
		if err := tx.sel(&rows, `SELECT id, lower(email) AS email FROM contacts WHERE cooperation_id = $1 AND lower(email) = ANY($2)`,
			cooperationID, pq.Array(emails)); err != nil {
			return nil, err
		}
		for _, r := range rows {
			existing[r.Email] = r.ID
		}
	}
	rep.MarkExisting(existing)
	return rep, nil
}

// PreviewContactImport reports row by row what importing the file would do; it writes nothing.
func (s *ContactService) PreviewContactImport(ctx context.Context, in koop.PreviewContactImportInput) (*koop.ContactImportReport, error) {
	var out *koop.ContactImportReport
	err := s.db.read(ctx, func(tx *Tx) error {
		if _, err := tx.require(in.CooperationID, koop.PermEditContacts); err != nil {
			return err
		}
		var err error
		out, err = tx.importReport(in.CooperationID, in.Content, in.FileName)
		return err
	})
	return out, err
}

// importOrganisations returns the organisations of the rows to import by lower-case name,
// creating the missing ones as companies.
func (tx *Tx) importOrganisations(cooperationID string, rows []*koop.ContactImportRow) (map[string]string, int, error) {
	names := map[string]string{}
	for _, r := range rows {
		if r.OrganisationName != "" {
			names[strings.ToLower(r.OrganisationName)] = r.OrganisationName
		}
	}
	byName := map[string]string{}
	if len(names) == 0 {
		return byName, 0, nil
	}
	keys := make([]string, 0, len(names))
	for k := range names {
		keys = append(keys, k)
	}
	var found []struct {
		ID   string `db:"id"`
		Name string `db:"name"`
	}
	if err := tx.sel(&found, `SELECT id, lower(name) AS name FROM organisations WHERE cooperation_id = $1 AND lower(name) = ANY($2)`,
		cooperationID, pq.Array(keys)); err != nil {
		return nil, 0, err
	}
	for _, f := range found {
		byName[f.Name] = f.ID
	}
	created := 0
	for _, r := range rows { // file order, so that names are created as first written
		key := strings.ToLower(r.OrganisationName)
		if key == "" || byName[key] != "" {
			continue
		}
		o, err := tx.insertOrganisation(cooperationID, koop.CreateOrganisationInput{Kind: koop.OrganisationCompany, Name: r.OrganisationName})
		if err != nil {
			return nil, 0, err
		}
		byName[key] = o.ID
		created++
	}
	return byName, created, nil
}

// ImportContacts imports a CSV file in one transaction: new rows become contacts, rows whose
// e-mail address exists are skipped or (with updateExisting) update that contact, duplicates
// within the file are skipped. A file with erroneous rows is refused unless the user confirmed
// importing the valid rows. Optionally every contact of the file is put on a list.
func (s *ContactService) ImportContacts(ctx context.Context, in koop.ImportContactsInput) (*koop.ContactImportResult, error) {
	var out *koop.ContactImportResult
	err := s.db.transact(ctx, func(tx *Tx) error {
		if _, err := tx.require(in.CooperationID, koop.PermEditContacts); err != nil {
			return err
		}
		var list *koop.DistributionList
		if in.DistributionListID != nil {
			l, err := tx.distributionList(*in.DistributionListID, koop.PermEditContacts, true)
			if err != nil || l.CooperationID != in.CooperationID {
				return koop.FieldErrorf(koop.EINVALID, "distributionListId", "Bitte wählen Sie einen Verteiler dieser Kooperation.")
			}
			list = l
		}
		rep, err := tx.importReport(in.CooperationID, in.Content, in.FileName)
		if err != nil {
			return err
		}
		if rep.ErrorCount > 0 && !in.ImportValidRows {
			return koop.FieldErrorf(koop.EINVALID, "importValidRows", "Die Datei enthält %d fehlerhafte Zeile(n) (Zeile %s). Es wurde nichts importiert. Korrigieren Sie die Datei oder bestätigen Sie, dass nur die gültigen Zeilen importiert werden.",
				rep.ErrorCount, joinInts(rep.ErrorLines()))
		}
		update := in.UpdateExisting != nil && *in.UpdateExisting
		res := &koop.ContactImportResult{Report: rep}
		var toCreate, toUpdate []*koop.ContactImportRow
		for _, r := range rep.Rows {
			switch {
			case r.Status == koop.ImportRowNew:
				toCreate = append(toCreate, r)
			case r.Status == koop.ImportRowExists && update:
				toUpdate = append(toUpdate, r)
			default:
				res.SkippedCount++
			}
		}
		orgs, created, err := tx.importOrganisations(in.CooperationID, append(append([]*koop.ContactImportRow{}, toCreate...), toUpdate...))
		if err != nil {
			return err
		}
		res.OrganisationsCreated = created
		ids, err := tx.insertImported(in.CooperationID, toCreate, orgs)
		if err != nil {
			return err
		}
		res.CreatedCount = len(ids)
		updated, err := tx.updateImported(toUpdate, orgs)
		if err != nil {
			return err
		}
		res.UpdatedCount = updated
		if list != nil {
			for _, r := range rep.Rows {
				if r.Status == koop.ImportRowExists {
					ids = append(ids, *r.ExistingContactID)
				}
			}
			if len(ids) > 0 {
				if _, err := tx.addToList(list, ids); err != nil {
					return err
				}
			}
			if list, err = tx.distributionList(list.ID, koop.PermEditContacts, false); err != nil {
				return err
			}
			res.DistributionList = list
		}
		// The trail counts; it names no person (DOMAIN.md: personal data is named, not stored).
		var ch koop.Changes
		ch.Set("rows", nil, len(rep.Rows))
		ch.Set("created", nil, res.CreatedCount)
		ch.Set("updated", nil, res.UpdatedCount)
		ch.Set("skipped", nil, res.SkippedCount)
		ch.Set("errors", nil, rep.ErrorCount)
		ch.Set("organisationsCreated", nil, res.OrganisationsCreated)
		if list != nil {
			ch.Set("distributionListId", nil, list.ID)
		}
		out = res
		return tx.audit(&in.CooperationID, "contact.import", "Cooperation", in.CooperationID, ch)
	})
	return out, err
}

func joinInts(list []int) string {
	parts := make([]string, 0, len(list))
	for i, n := range list {
		if i == 20 {
			parts = append(parts, "…")
			break
		}
		parts = append(parts, fmt.Sprint(n))
	}
	return strings.Join(parts, ", ")
}

// insertImported inserts the new contacts in one statement and returns their IDs.
func (tx *Tx) insertImported(cooperationID string, rows []*koop.ContactImportRow, orgs map[string]string) ([]string, error) {
	if len(rows) == 0 {
		return nil, nil
	}
	n := len(rows)
	salutation, title, first, last, function, phone, street, postal, city, basis, note :=
		make([]string, n), make([]string, n), make([]string, n), make([]string, n), make([]string, n), make([]string, n),
		make([]string, n), make([]string, n), make([]string, n), make([]string, n), make([]string, n)
	org, email, consent := make([]*string, n), make([]*string, n), make([]*string, n)
	for i, r := range rows {
		c := r.Contact
		salutation[i], title[i], first[i], last[i], function[i] = string(c.Salutation), c.Title, c.FirstName, c.LastName, c.Function
		phone[i], street[i], postal[i], city[i], basis[i], note[i] = c.Phone, c.Street, c.PostalCode, c.City, string(c.LegalBasis), c.Note
		email[i], consent[i] = c.Email, dateText(c.ConsentAt)
		if id, ok := orgs[strings.ToLower(r.OrganisationName)]; ok {
			org[i] = &id
		}
	}
	var ids []string
	err := tx.sel(&ids, `INSERT INTO contacts (cooperation_id, salutation, title, first_name, last_name, function, organisation_id, email,
			phone, street, postal_code, city, legal_basis, consent_at, note, created_at, updated_at)
		SELECT $1, u.salutation, u.title, u.first_name, u.last_name, u.function, u.organisation_id, u.email,
			u.phone, u.street, u.postal_code, u.city, u.legal_basis, u.consent_at, u.note, $2, $2
		FROM unnest($3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::uuid[], $9::text[], $10::text[], $11::text[],
			$12::text[], $13::text[], $14::text[], $15::date[], $16::text[])
			AS u (salutation, title, first_name, last_name, function, organisation_id, email, phone, street, postal_code, city, legal_basis, consent_at, note)
		RETURNING id`,
		cooperationID, tx.Now, pq.Array(salutation), pq.Array(title), pq.Array(first), pq.Array(last), pq.Array(function),
		pq.GenericArray{A: org}, pq.GenericArray{A: email}, pq.Array(phone), pq.Array(street), pq.Array(postal), pq.Array(city),
		pq.Array(basis), pq.GenericArray{A: consent}, pq.Array(note))
	return ids, err
}

// updateImported writes the non-empty cells of rows onto the existing contacts they match.
func (tx *Tx) updateImported(rows []*koop.ContactImportRow, orgs map[string]string) (int, error) {
	if len(rows) == 0 {
		return 0, nil
	}
	ids := make([]string, len(rows))
	for i, r := range rows {
		ids[i] = *r.ExistingContactID
	}
	var current []*koop.Contact
	if err := tx.sel(&current, contactSelect+` WHERE c.id = ANY($1) FOR UPDATE`, pq.Array(ids)); err != nil {
		return 0, err
	}
	byID := make(map[string]*koop.Contact, len(current))
	for _, c := range current {
		byID[c.ID] = c
	}
	for _, r := range rows {
		c := byID[*r.ExistingContactID]
		before := *c
		if err := r.Patch.Apply(c, tx.today()); err != nil {
			return 0, koop.FieldErrorf(koop.EINVALID, "content", "Zeile %d: %s (beim Aktualisieren des vorhandenen Kontakts)", r.Line, koop.ErrorMessage(err))
		}
		if id, ok := orgs[strings.ToLower(r.OrganisationName)]; ok {
			c.OrganisationID = &id
		}
		if err := tx.updateContact(c); err != nil {
			return 0, err
		}
		if err := tx.audit(&c.CooperationID, "contact.update", "Contact", c.ID, contactChanges(&before, c)); err != nil {
			return 0, err
		}
	}
	return len(rows), nil
}
