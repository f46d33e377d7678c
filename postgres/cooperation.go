package postgres

import (
	"context"
	"database/sql"
	"errors"
	"strings"

	"github.com/lib/pq"

	"github.com/koop-lichtenberg/koop"
)

// CooperationService implements koop.CooperationService.
type CooperationService struct{ db *DB }

// NewCooperationService returns the cooperation service.
func NewCooperationService(db *DB) *CooperationService { return &CooperationService{db: db} }

var _ koop.CooperationService = (*CooperationService)(nil)

const organisationColumns = `o.id, o.cooperation_id, o.kind, o.name, o.short_name, o.street, o.postal_code, o.city, o.website, o.version,
	EXISTS (SELECT 1 FROM partners p WHERE p.organisation_id = o.id) AS is_partner`

// Cooperations lists the cooperations the actor belongs to (all for a system admin), with
// their partners, in two statements.
func (s *CooperationService) Cooperations(ctx context.Context) ([]*koop.Cooperation, error) {
	var list []*koop.Cooperation
	err := s.db.read(ctx, func(tx *Tx) error {
		a, err := tx.actor()
		if err != nil {
			return err
		}
		if err := tx.sel(&list, `SELECT c.id, c.name, c.description, c.created_at, c.version,
				COALESCE(m.role, 'ADMIN') AS my_role
			FROM cooperations c LEFT JOIN memberships m ON m.cooperation_id = c.id AND m.user_id = $1 AND m.active
			WHERE m.id IS NOT NULL OR $2
			ORDER BY c.name`, a.UserID, a.IsSystemAdmin); err != nil {
			return err
		}
		return tx.loadPartners(list)
	})
	return list, err
}

// Cooperation returns one cooperation the actor may see.
func (s *CooperationService) Cooperation(ctx context.Context, id string) (*koop.Cooperation, error) {
	var c *koop.Cooperation
	err := s.db.read(ctx, func(tx *Tx) error {
		var err error
		c, err = tx.cooperation(id)
		return err
	})
	return c, err
}

func (tx *Tx) cooperation(id string) (*koop.Cooperation, error) {
	role, err := tx.require(id, koop.PermViewCooperation)
	if err != nil {
		return nil, err
	}
	var c koop.Cooperation
	if err := tx.get(&c, `SELECT id, name, description, created_at, version, $2 AS my_role FROM cooperations WHERE id = $1`, id, role); err != nil {
		return nil, err
	}
	return &c, tx.loadPartners([]*koop.Cooperation{&c})
}

// loadPartners fills the partners of all given cooperations in one statement.
func (tx *Tx) loadPartners(list []*koop.Cooperation) error {
	if len(list) == 0 {
		return nil
	}
	ids := make([]string, len(list))
	byID := make(map[string]*koop.Cooperation, len(list))
	for i, c := range list {
		ids[i], byID[c.ID] = c.ID, c
		c.Partners = []*koop.Partner{}
	}
	var rows []struct {
		PartnerID string `db:"partner_id"`
		Position  int    `db:"position"`
		koop.Organisation
	}
	if err := tx.sel(&rows, `SELECT p.id AS partner_id, p.position, `+organisationColumns+`
		FROM partners p JOIN organisations o ON o.id = p.organisation_id
		WHERE p.cooperation_id = ANY($1) ORDER BY p.position, o.name`, pq.Array(ids)); err != nil {
		return err
	}
	for i := range rows {
		r := &rows[i]
		c := byID[r.CooperationID]
		c.Partners = append(c.Partners, &koop.Partner{ID: r.PartnerID, CooperationID: r.CooperationID, Position: r.Position, Organisation: &r.Organisation})
	}
	return nil
}

// CreateCooperation creates a cooperation with its partners and invites its first admin.
func (s *CooperationService) CreateCooperation(ctx context.Context, in koop.CreateCooperationInput) (*koop.Cooperation, error) {
	if err := in.Validate(); err != nil {
		return nil, err
	}
	var c *koop.Cooperation
	err := s.db.transact(ctx, func(tx *Tx) error {
		if err := tx.requireSystemAdmin(); err != nil {
			return err
		}
		desc := ""
		if in.Description != nil {
			desc = *in.Description
		}
		var id string
		if err := tx.get(&id, `INSERT INTO cooperations (name, description, created_at, updated_at) VALUES ($1, $2, $3, $3) RETURNING id`,
			in.Name, desc, tx.Now); err != nil {
			return err
		}
		var ch koop.Changes
		ch.Set("name", nil, in.Name)
		ch.Set("description", nil, desc)
		if err := tx.audit(&id, "cooperation.create", "Cooperation", id, ch); err != nil {
			return err
		}
		orgIDs := make([]string, len(in.Partners))
		for i, p := range in.Partners {
			short := ""
			if p.ShortName != nil {
				short = strings.TrimSpace(*p.ShortName)
			}
			o, err := tx.insertOrganisation(id, koop.CreateOrganisationInput{CooperationID: id, Kind: p.Kind, Name: p.Name, ShortName: &short})
			if err != nil {
				return err
			}
			orgIDs[i] = o.ID
			if _, err := tx.insertPartner(id, o.ID); err != nil {
				return err
			}
		}
		if _, err := tx.addMember(koop.InviteMemberInput{CooperationID: id, Email: in.AdminEmail, Name: in.AdminName,
			Role: koop.RoleAdmin, OrganisationID: &orgIDs[in.AdminPartnerIndex]}); err != nil {
			return err
		}
		var err error
		c, err = tx.cooperation(id)
		return err
	})
	if err != nil {
		return nil, err
	}
	return c, nil
}

// UpdateCooperation changes name or description, refusing a stale version.
func (s *CooperationService) UpdateCooperation(ctx context.Context, in koop.UpdateCooperationInput) (*koop.Cooperation, error) {
	var c *koop.Cooperation
	err := s.db.transact(ctx, func(tx *Tx) error {
		if _, err := tx.require(in.ID, koop.PermAdminister); err != nil {
			return err
		}
		var err error
		if c, err = tx.cooperation(in.ID); err != nil {
			return err
		}
		if err := checkVersion(in.Version, c.Version, "Die Kooperation"); err != nil {
			return err
		}
		var ch koop.Changes
		if in.Name != nil {
			name, err := koop.RequireText("name", "Der Name", *in.Name, 200)
			if err != nil {
				return err
			}
			ch.Set("name", c.Name, name)
			c.Name = name
		}
		if in.Description != nil {
			d, err := koop.OptionalText("description", "Die Beschreibung", *in.Description, 2000)
			if err != nil {
				return err
			}
			ch.Set("description", c.Description, d)
			c.Description = d
		}
		// The version guard in the statement catches an edit that committed since the read.
		err = tx.get(&c.Version, `UPDATE cooperations SET name = $2, description = $3, updated_at = $4, version = version + 1
			WHERE id = $1 AND version = $5 RETURNING version`, c.ID, c.Name, c.Description, tx.Now, in.Version)
		if errors.Is(err, sql.ErrNoRows) {
			return checkVersion(in.Version, -1, "Die Kooperation")
		}
		if err != nil {
			return err
		}
		return tx.audit(&c.ID, "cooperation.update", "Cooperation", c.ID, ch)
	})
	if err != nil {
		return nil, err
	}
	return c, nil
}

// Organisations lists a cooperation's organisations, partners first.
func (s *CooperationService) Organisations(ctx context.Context, cooperationID string, f koop.OrganisationFilter, p koop.Page) (*koop.OrganisationList, error) {
	list := &koop.OrganisationList{Items: []*koop.Organisation{}}
	err := s.db.read(ctx, func(tx *Tx) error {
		if _, err := tx.require(cooperationID, koop.PermViewDirectory); err != nil {
			return err
		}
		where := `o.cooperation_id = $1 AND ($2::text IS NULL OR o.kind = $2) AND ($3::text IS NULL OR o.name ILIKE $3 OR o.short_name ILIKE $3)`
		args := []any{cooperationID, f.Kind, likePattern(f.Query)}
		if err := tx.get(&list.TotalCount, `SELECT count(*) FROM organisations o WHERE `+where, args...); err != nil {
			return err
		}
		return tx.sel(&list.Items, `SELECT `+organisationColumns+` FROM organisations o WHERE `+where+`
			ORDER BY is_partner DESC, lower(o.name) LIMIT $4 OFFSET $5`, append(args, p.Limit, p.Offset)...)
	})
	return list, err
}

// likePattern turns a search text into an ILIKE pattern matching it anywhere, or nil.
func likePattern(q *string) *string {
	if q == nil || strings.TrimSpace(*q) == "" {
		return nil
	}
	r := strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)
	s := "%" + r.Replace(strings.TrimSpace(*q)) + "%"
	return &s
}

// CreateOrganisation creates an organisation.
func (s *CooperationService) CreateOrganisation(ctx context.Context, in koop.CreateOrganisationInput) (*koop.Organisation, error) {
	var o *koop.Organisation
	err := s.db.transact(ctx, func(tx *Tx) error {
		if _, err := tx.require(in.CooperationID, koop.PermManageOrganisations); err != nil {
			return err
		}
		var err error
		o, err = tx.insertOrganisation(in.CooperationID, in)
		return err
	})
	return o, err
}

func (tx *Tx) insertOrganisation(cooperationID string, in koop.CreateOrganisationInput) (*koop.Organisation, error) {
	o := &koop.Organisation{CooperationID: cooperationID}
	kind, name := in.Kind, in.Name
	err := koop.UpdateOrganisationInput{Kind: &kind, Name: &name, ShortName: in.ShortName, Street: in.Street,
		PostalCode: in.PostalCode, City: in.City, Website: in.Website}.Apply(o)
	if err != nil {
		return nil, err
	}
	if o.Kind == "" {
		return nil, koop.FieldErrorf(koop.EINVALID, "kind", "Bitte wählen Sie eine gültige Art.")
	}
	if err := tx.get(o, `INSERT INTO organisations AS o (cooperation_id, kind, name, short_name, street, postal_code, city, website, created_at, updated_at)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9) RETURNING `+organisationColumns,
		cooperationID, o.Kind, o.Name, o.ShortName, o.Street, o.PostalCode, o.City, o.Website, tx.Now); err != nil {
		return nil, err
	}
	var ch koop.Changes
	for _, f := range []struct{ name, value string }{{"kind", string(o.Kind)}, {"name", o.Name}, {"shortName", o.ShortName},
		{"street", o.Street}, {"postalCode", o.PostalCode}, {"city", o.City}, {"website", o.Website}} {
		if f.value != "" {
			ch.Set(f.name, nil, f.value)
		}
	}
	return o, tx.audit(&cooperationID, "organisation.create", "Organisation", o.ID, ch)
}

// organisation loads an organisation and checks the actor's permission in its cooperation.
func (tx *Tx) organisation(id string, p koop.Permission, lock bool) (*koop.Organisation, error) {
	// Anonymous callers learn nothing, not even whether the ID exists.
	if _, err := tx.actor(); err != nil {
		return nil, err
	}
	notFound := koop.Errorf(koop.ENOTFOUND, "Die Organisation wurde nicht gefunden.")
	if !validID(id) {
		return nil, notFound
	}
	q := `SELECT ` + organisationColumns + ` FROM organisations o WHERE o.id = $1`
	if lock {
		q += ` FOR UPDATE`
	}
	var o koop.Organisation
	err := tx.get(&o, q, id)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, notFound
	}
	if err != nil {
		return nil, err
	}
	if _, err := tx.require(o.CooperationID, p); err != nil {
		if koop.ErrorCode(err) == koop.ENOTFOUND {
			return nil, notFound
		}
		return nil, err
	}
	return &o, nil
}

// UpdateOrganisation changes an organisation, refusing a stale version.
func (s *CooperationService) UpdateOrganisation(ctx context.Context, in koop.UpdateOrganisationInput) (*koop.Organisation, error) {
	var o *koop.Organisation
	err := s.db.transact(ctx, func(tx *Tx) error {
		var err error
		if o, err = tx.organisation(in.ID, koop.PermManageOrganisations, true); err != nil {
			return err
		}
		if err := checkVersion(in.Version, o.Version, "Die Organisation"); err != nil {
			return err
		}
		before := *o
		if err := in.Apply(o); err != nil {
			return err
		}
		var ch koop.Changes
		ch.Set("kind", before.Kind, o.Kind)
		ch.Set("name", before.Name, o.Name)
		ch.Set("shortName", before.ShortName, o.ShortName)
		ch.Set("street", before.Street, o.Street)
		ch.Set("postalCode", before.PostalCode, o.PostalCode)
		ch.Set("city", before.City, o.City)
		ch.Set("website", before.Website, o.Website)
		if err := tx.get(&o.Version, `UPDATE organisations SET kind = $2, name = $3, short_name = $4, street = $5, postal_code = $6,
			city = $7, website = $8, updated_at = $9, version = version + 1 WHERE id = $1 RETURNING version`,
			o.ID, o.Kind, o.Name, o.ShortName, o.Street, o.PostalCode, o.City, o.Website, tx.Now); err != nil {
			return err
		}
		return tx.audit(&o.CooperationID, "organisation.update", "Organisation", o.ID, ch)
	})
	return o, err
}

func (tx *Tx) insertPartner(cooperationID, organisationID string) (*koop.Partner, error) {
	p := &koop.Partner{CooperationID: cooperationID}
	if err := tx.get(p, `INSERT INTO partners (cooperation_id, organisation_id, position, created_at)
		VALUES ($1, $2, (SELECT COALESCE(max(position), 0) + 1 FROM partners WHERE cooperation_id = $1), $3)
		RETURNING id, cooperation_id, position`, cooperationID, organisationID, tx.Now); err != nil {
		return nil, err
	}
	var ch koop.Changes
	ch.Set("organisationId", nil, organisationID)
	return p, tx.audit(&cooperationID, "partner.add", "Partner", p.ID, ch)
}

// AddPartner makes an organisation of the cooperation a partner.
func (s *CooperationService) AddPartner(ctx context.Context, in koop.AddPartnerInput) (*koop.Partner, error) {
	var p *koop.Partner
	err := s.db.transact(ctx, func(tx *Tx) error {
		o, err := tx.organisation(in.OrganisationID, koop.PermAdminister, false)
		if err != nil {
			return err
		}
		if p, err = tx.insertPartner(o.CooperationID, o.ID); err != nil {
			return err
		}
		o.IsPartner = true
		p.Organisation = o
		return nil
	})
	return p, err
}

// RemovePartner ends a partnership; a cooperation keeps at least one partner.
func (s *CooperationService) RemovePartner(ctx context.Context, in koop.RemovePartnerInput) (*koop.Cooperation, error) {
	var c *koop.Cooperation
	err := s.db.transact(ctx, func(tx *Tx) error {
		if _, err := tx.actor(); err != nil {
			return err
		}
		notFound := koop.Errorf(koop.ENOTFOUND, "Der Partner wurde nicht gefunden.")
		if !validID(in.PartnerID) {
			return notFound
		}
		var p struct {
			CooperationID  string `db:"cooperation_id"`
			OrganisationID string `db:"organisation_id"`
		}
		err := tx.get(&p, `SELECT cooperation_id, organisation_id FROM partners WHERE id = $1`, in.PartnerID)
		if errors.Is(err, sql.ErrNoRows) {
			return notFound
		}
		if err != nil {
			return err
		}
		if _, err := tx.require(p.CooperationID, koop.PermAdminister); err != nil {
			if koop.ErrorCode(err) == koop.ENOTFOUND {
				return notFound
			}
			return err
		}
		// Lock the cooperation so two removals cannot both see "one other partner left".
		if err := tx.exec(`SELECT 1 FROM cooperations WHERE id = $1 FOR UPDATE`, p.CooperationID); err != nil {
			return err
		}
		var n int
		if err := tx.get(&n, `SELECT count(*) FROM partners WHERE cooperation_id = $1`, p.CooperationID); err != nil {
			return err
		}
		if n <= 1 {
			return koop.Errorf(koop.ECONFLICT, "Der letzte Partner einer Kooperation kann nicht entfernt werden.")
		}
		var uses struct {
			Events int `db:"events"`
			Series int `db:"series"`
			Tasks  int `db:"tasks"`
			// decisions of retreats the partner answers for
			Decisions int `db:"decisions"`
		}
		if err := tx.get(&uses, `SELECT (SELECT count(*) FROM events WHERE lead_partner_id = $1) AS events,
			(SELECT count(*) FROM event_series WHERE default_lead_partner_id = $1) AS series,
			(SELECT count(*) FROM tasks WHERE owner_partner_id = $1) AS tasks,
			(SELECT count(*) FROM decisions WHERE owner_partner_id = $1) AS decisions`, in.PartnerID); err != nil {
			return err
		}
		if uses.Decisions > 0 {
			return koop.Errorf(koop.ECONFLICT, "Der Partner ist in %d Beschlüssen von Klausuren verantwortlich; er bleibt für deren Protokoll erhalten.", uses.Decisions)
		}
		if uses.Events+uses.Series+uses.Tasks > 0 {
			return koop.Errorf(koop.ECONFLICT, "Der Partner ist noch federführend bei %d Veranstaltungen und %d Reihen und verantwortlich für %d Aufgaben. Übertragen Sie diese zuerst an einen anderen Partner.",
				uses.Events, uses.Series, uses.Tasks)
		}
		if err := tx.exec(`DELETE FROM partners WHERE id = $1`, in.PartnerID); err != nil {
			return err
		}
		var ch koop.Changes
		ch.Set("organisationId", p.OrganisationID, nil)
		if err := tx.audit(&p.CooperationID, "partner.remove", "Partner", in.PartnerID, ch); err != nil {
			return err
		}
		c, err = tx.cooperation(p.CooperationID)
		return err
	})
	return c, err
}
