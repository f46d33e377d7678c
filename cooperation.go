package koop

import (
	"context"
	"fmt"
	"time"
)

// Cooperation is N partner organisations working together under an agreement. Everything
// else in koop is scoped to one cooperation.
type Cooperation struct {
	ID          string    `db:"id"`
	Name        string    `db:"name"`
	Description string    `db:"description"`
	CreatedAt   time.Time `db:"created_at"`
	Version     int       `db:"version"`
	// MyRole is the acting user's effective role here.
	MyRole   Role `db:"my_role"`
	Partners []*Partner
}

// OrganisationKind says what kind of body an organisation is.
type OrganisationKind string

// The kinds of organisation (DOMAIN.md: one table for every body koop knows).
const (
	OrganisationAuthority   OrganisationKind = "AUTHORITY"
	OrganisationAssociation OrganisationKind = "ASSOCIATION"
	OrganisationCompany     OrganisationKind = "COMPANY"
	OrganisationOther       OrganisationKind = "OTHER"
)

// Valid reports whether k is a known kind.
func (k OrganisationKind) Valid() bool {
	switch k {
	case OrganisationAuthority, OrganisationAssociation, OrganisationCompany, OrganisationOther:
		return true
	}
	return false
}

// Organisation is any body koop knows within a cooperation.
type Organisation struct {
	ID            string           `db:"id"`
	CooperationID string           `db:"cooperation_id"`
	Kind          OrganisationKind `db:"kind"`
	Name          string           `db:"name"`
	ShortName     string           `db:"short_name"`
	Street        string           `db:"street"`
	PostalCode    string           `db:"postal_code"`
	City          string           `db:"city"`
	Website       string           `db:"website"`
	IsPartner     bool             `db:"is_partner"`
	Version       int              `db:"version"`
}

// OrganisationList is a page of organisations.
type OrganisationList struct {
	Items      []*Organisation
	TotalCount int
}

// OrganisationFilter narrows the organisation list.
type OrganisationFilter struct {
	Kind  *OrganisationKind
	Query *string
}

// Partner is an organisation that is party to the cooperation's agreement.
type Partner struct {
	ID            string `db:"id"`
	CooperationID string `db:"cooperation_id"`
	Position      int    `db:"position"`
	Organisation  *Organisation
}

// NewPartnerInput names a partner created together with a cooperation.
type NewPartnerInput struct {
	Name      string
	ShortName *string
	Kind      OrganisationKind
}

// CreateCooperationInput creates a cooperation with partners and its first admin.
type CreateCooperationInput struct {
	Name              string
	Description       *string
	Partners          []*NewPartnerInput
	AdminEmail        string
	AdminName         string
	AdminPartnerIndex int
}

// Validate checks and normalises the input.
func (in *CreateCooperationInput) Validate() error {
	var err error
	if in.Name, err = RequireText("name", "Der Name", in.Name, 200); err != nil {
		return err
	}
	if in.Description != nil {
		d, err := OptionalText("description", "Die Beschreibung", *in.Description, 2000)
		if err != nil {
			return err
		}
		in.Description = &d
	}
	if len(in.Partners) == 0 {
		return FieldErrorf(EINVALID, "partners", "Eine Kooperation braucht mindestens einen Partner.")
	}
	for i, p := range in.Partners {
		if p.Name, err = RequireText(fmt.Sprintf("partners.%d.name", i), "Der Name eines Partners", p.Name, 200); err != nil {
			return err
		}
		if !p.Kind.Valid() {
			return FieldErrorf(EINVALID, fmt.Sprintf("partners.%d.kind", i), "Bitte wählen Sie für %q eine gültige Art.", p.Name)
		}
	}
	if in.AdminEmail, err = NormaliseEmail(in.AdminEmail); err != nil {
		err.(*Error).Field = "adminEmail"
		return err
	}
	if in.AdminName, err = RequireText("adminName", "Der Name der Administration", in.AdminName, 200); err != nil {
		return err
	}
	if in.AdminPartnerIndex < 0 || in.AdminPartnerIndex >= len(in.Partners) {
		return FieldErrorf(EINVALID, "adminPartnerIndex", "Bitte wählen Sie den Partner der Administration.")
	}
	return nil
}

// UpdateCooperationInput changes a cooperation.
type UpdateCooperationInput struct {
	ID          string
	Version     int
	Name        *string
	Description *string
}

// CreateOrganisationInput creates an organisation.
type CreateOrganisationInput struct {
	CooperationID string
	Kind          OrganisationKind
	Name          string
	ShortName     *string
	Street        *string
	PostalCode    *string
	City          *string
	Website       *string
}

// UpdateOrganisationInput changes an organisation; nil fields stay.
type UpdateOrganisationInput struct {
	ID         string
	Version    int
	Kind       *OrganisationKind
	Name       *string
	ShortName  *string
	Street     *string
	PostalCode *string
	City       *string
	Website    *string
}

// Apply validates the input and writes its fields onto o.
func (in UpdateOrganisationInput) Apply(o *Organisation) error {
	if in.Kind != nil {
		if !in.Kind.Valid() {
			return FieldErrorf(EINVALID, "kind", "Bitte wählen Sie eine gültige Art.")
		}
		o.Kind = *in.Kind
	}
	var err error
	if in.Name != nil {
		if o.Name, err = RequireText("name", "Der Name", *in.Name, 200); err != nil {
			return err
		}
	}
	for _, f := range []struct {
		in          *string
		out         *string
		field, name string
		max         int
	}{
		{in.ShortName, &o.ShortName, "shortName", "Der Kurzname", 50},
		{in.Street, &o.Street, "street", "Die Straße", 200},
		{in.PostalCode, &o.PostalCode, "postalCode", "Die Postleitzahl", 10},
		{in.City, &o.City, "city", "Der Ort", 100},
		{in.Website, &o.Website, "website", "Die Webseite", 300},
	} {
		if f.in != nil {
			if *f.out, err = OptionalText(f.field, f.name, *f.in, f.max); err != nil {
				return err
			}
		}
	}
	return nil
}

// AddPartnerInput makes an organisation a partner.
type AddPartnerInput struct {
	OrganisationID string
}

// RemovePartnerInput ends a partnership.
type RemovePartnerInput struct {
	PartnerID string
}

// CooperationService reads and changes cooperations, their organisations and partners.
type CooperationService interface {
	// Cooperations lists those the actor belongs to (all, for a system admin).
	Cooperations(ctx context.Context) ([]*Cooperation, error)
	// Cooperation returns one; ENOTFOUND when it does not exist or is not visible.
	Cooperation(ctx context.Context, id string) (*Cooperation, error)
	// CreateCooperation creates a cooperation, its partners and its first admin.
	CreateCooperation(ctx context.Context, in CreateCooperationInput) (*Cooperation, error)
	// UpdateCooperation changes name or description.
	UpdateCooperation(ctx context.Context, in UpdateCooperationInput) (*Cooperation, error)
	// Organisations lists a cooperation's organisations.
	Organisations(ctx context.Context, cooperationID string, f OrganisationFilter, p Page) (*OrganisationList, error)
	// CreateOrganisation creates an organisation.
	CreateOrganisation(ctx context.Context, in CreateOrganisationInput) (*Organisation, error)
	// UpdateOrganisation changes an organisation.
	UpdateOrganisation(ctx context.Context, in UpdateOrganisationInput) (*Organisation, error)
	// AddPartner makes an organisation a partner.
	AddPartner(ctx context.Context, in AddPartnerInput) (*Partner, error)
	// RemovePartner ends a partnership and returns the cooperation.
	RemovePartner(ctx context.Context, in RemovePartnerInput) (*Cooperation, error)
}
