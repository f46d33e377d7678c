package postgres

import (
	"context"
	"database/sql"
	"errors"
	"time"

	"github.com/lib/pq"

	"github.com/koop-lichtenberg/koop"
)

// NominationService implements koop.NominationService: the nominations of award cycles, entered
// by staff or through the public nomination page (nomination_public.go).
type NominationService struct{ db *DB }

// NewNominationService returns the nomination service.
func NewNominationService(db *DB) *NominationService { return &NominationService{db: db} }

var _ koop.NominationService = (*NominationService)(nil)

func init() {
	// The service checks first and names the company; the constraint is the last line.
	uniqueMessages["award_nominations_once"] = struct{ field, text string }{"category", "Dieses Unternehmen ist in dieser Kategorie bereits nominiert."}
}

func errNomNotFound() error {
	return koop.Errorf(koop.ENOTFOUND, "Die Nominierung wurde nicht gefunden.")
}

// nomCycle is what the nomination rules need of a cycle, with the reader's place in its jury.
type nomCycle struct {
	ID             string          `db:"id"`
	CooperationID  string          `db:"cooperation_id"`
	ProgrammeID    string          `db:"programme_id"`
	ProgrammeName  string          `db:"programme_name"`
	Title          string          `db:"title"`
	Year           int             `db:"year"`
	CategoryList   pq.StringArray  `db:"categories"`
	Phase          koop.AwardPhase `db:"phase"`
	ClosesAt       time.Time       `db:"nomination_closes_at"`
	ExclusionYears int             `db:"winner_exclusion_years"`
	JurorID        *string         `db:"juror_id"`
	IsChair        bool            `db:"is_chair"`
}

func (y *nomCycle) categories() []string { return append([]string{}, y.CategoryList...) }

// nomCycleRow loads a cycle with the user's juror row (userID nil: nobody's). lock takes a share
// lock on the cycle, so that its phase cannot change until the nomination change commits (the
// phase change locks the row for update).
func (tx *Tx) nomCycleRow(id string, userID *string, lock bool) (*nomCycle, error) {
	q := `SELECT y.id, y.cooperation_id, y.programme_id, p.name AS programme_name, y.title, y.year, y.categories, y.phase,
		y.nomination_closes_at, p.winner_exclusion_years, j.id AS juror_id, coalesce(j.is_chair, false) AS is_chair
		FROM award_cycles y JOIN award_programmes p ON p.id = y.programme_id
		LEFT JOIN award_jurors j ON j.cycle_id = y.id AND j.user_id = $2::uuid
		WHERE y.id = $1`
	if lock {
		q += ` FOR SHARE OF y`
	}
	var y nomCycle
	if err := tx.get(&y, q, id, userID); err != nil {
		return nil, err
	}
	return &y, nil
}

// nomReader is what the actor may see and do with a cycle's nominations.
type nomReader struct {
	cycle *nomCycle
	role  koop.Role
	// all: reads every nomination (the directory's readers); otherwise the actor is a juror
	// who reads the eligible ones once the vote began.
	all bool
	// manage: enters and edits nominations (PermManageAward).
	manage bool
	// contacts: sees who nominated (PermViewContacts).
	contacts bool
}

// sees reports whether the reader sees any nomination yet (a juror-only reader: once the vote began).
func (r *nomReader) sees() bool { return r.all || koop.JurySeesNominations(r.cycle.Phase) }

// editable reports whether the reader may change the cycle's nominations now.
func (r *nomReader) editable() bool {
	return r.manage && koop.NominationsEditable(r.cycle.Phase) == nil
}

// nomAccess loads a cycle and decides what the actor may read of its nominations. An outsider,
// and a member who neither reads the directory nor sits on the jury (an EXTERNAL member of
// another cycle), gets notFound — as for the cycle itself.
func (tx *Tx) nomAccess(cycleID string, lock bool, notFound error) (*nomReader, error) {
	a, err := tx.actor()
	if err != nil {
		return nil, err
	}
	if !validID(cycleID) {
		return nil, notFound
	}
	y, err := tx.nomCycleRow(cycleID, &a.UserID, lock)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, notFound
	}
	if err != nil {
		return nil, err
	}
	role, err := tx.role(y.CooperationID)
	if koop.ErrorCode(err) == koop.ENOTFOUND {
		return nil, notFound
	}
	if err != nil {
		return nil, err
	}
	r := &nomReader{cycle: y, role: role, all: role.Can(koop.PermViewDirectory), manage: role.Can(koop.PermManageAward),
		contacts: role.Can(koop.PermViewContacts)}
	if !r.all && y.JurorID == nil {
		return nil, notFound
	}
	return r, nil
}

// nomRow is a nomination as selected, with the parts its display fields are made of.
type nomRow struct {
	koop.Nomination
	Street   string  `db:"company_street"`
	City     string  `db:"company_city"`
	NomTitle *string `db:"nominator_title"`
	NomFirst *string `db:"nominator_first_name"`
	NomLast  *string `db:"nominator_last_name"`
}

const nomSelect = `SELECT n.id, n.cooperation_id, n.cycle_id, n.organisation_id, o.name AS company_name, o.street AS company_street,
	o.postal_code AS company_postal_code, o.city AS company_city, n.category, n.justification, n.source, n.nominator_contact_id,
	c.title AS nominator_title, c.first_name AS nominator_first_name, c.last_name AS nominator_last_name,
	n.eligibility, n.eligibility_reason, u.name AS eligibility_decided_by_name, n.eligibility_decided_at, n.created_at, n.version
	FROM award_nominations n JOIN organisations o ON o.id = n.organisation_id
	LEFT JOIN contacts c ON c.id = n.nominator_contact_id LEFT JOIN users u ON u.id = n.eligibility_decided_by `

// nomList loads the cycle's nominations the reader sees (one of them when id is set), in the
// cycle's category order and by entry, with their details: a fixed number of statements
// whatever their number.
func (tx *Tx) nomList(r *nomReader, id *string) ([]*koop.Nomination, error) {
	out := []*koop.Nomination{}
	if !r.sees() {
		return out, nil
	}
	var rows []*nomRow
	if err := tx.sel(&rows, nomSelect+`WHERE n.cycle_id = $1 AND ($2::uuid IS NULL OR n.id = $2::uuid) AND ($3 OR n.eligibility = 'ELIGIBLE')
		ORDER BY array_position($4::text[], n.category), n.created_at, n.id`, r.cycle.ID, id, r.all, r.cycle.CategoryList); err != nil {
		return nil, err
	}
	for _, row := range rows {
		n := &row.Nomination
		n.CompanyAddress = koop.CompanyAddressLine(row.Street, n.CompanyPostalCode, row.City)
		if n.NominatorContactID != nil && row.NomLast != nil {
			name := (&koop.Contact{Title: nomDeref(row.NomTitle), FirstName: nomDeref(row.NomFirst), LastName: *row.NomLast}).Name()
			n.NominatorName = &name
		}
		if !r.contacts {
			n.NominatorContactID, n.NominatorName = nil, nil
		}
		n.EligibilityHints = []string{}
		n.Conflicts = []*koop.Conflict{}
		n.CanManage = r.editable()
		out = append(out, n)
	}
	return out, tx.nomDetails(r, out)
}

func nomDeref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// nomDetails fills conflicts and eligibility hints of a list, one statement each.
func (tx *Tx) nomDetails(r *nomReader, list []*koop.Nomination) error {
	if len(list) == 0 {
		return nil
	}
	ids := make([]string, len(list))
	byID := make(map[string]*koop.Nomination, len(list))
	orgs := []string{}
	for i, n := range list {
		ids[i], byID[n.ID] = n.ID, n
		orgs = append(orgs, n.OrganisationID)
	}
	y := r.cycle
	seeAll := r.manage || y.IsChair
	if seeAll || y.JurorID != nil {
		var conflicts []*koop.Conflict
		if err := tx.sel(&conflicts, `SELECT k.juror_id, u.name AS juror_name, k.nomination_id, k.reason, k.set_by_chair, k.created_at
			FROM award_conflicts k JOIN award_jurors j ON j.id = k.juror_id JOIN users u ON u.id = j.user_id
			WHERE k.nomination_id = ANY($1) AND ($2 OR k.juror_id = $3::uuid) ORDER BY k.created_at, u.name, k.juror_id`,
			pq.Array(ids), seeAll, y.JurorID); err != nil {
			return err
		}
		for _, k := range conflicts {
			n := byID[k.NominationID]
			if seeAll {
				n.Conflicts = append(n.Conflicts, k)
			}
			if y.JurorID != nil && k.JurorID == *y.JurorID {
				n.MyConflict = k
			}
		}
	}
	if r.manage {
		wins, err := tx.nomWins(y, orgs)
		if err != nil {
			return err
		}
		for _, n := range list {
			n.EligibilityHints = koop.EligibilityHints(n.CompanyPostalCode, wins[n.OrganisationID], y.Year, y.ExclusionYears)
		}
	}
	return nil
}

// nomWins returns, per organisation, its first places in the programme's decided cycles within
// the cycle's winner exclusion.
func (tx *Tx) nomWins(y *nomCycle, orgs []string) (map[string][]koop.PastWin, error) {
	out := map[string][]koop.PastWin{}
	if y.ExclusionYears <= 0 || len(orgs) == 0 {
		return out, nil
	}
	var rows []struct {
		OrganisationID string `db:"organisation_id"`
		koop.PastWin
	}
	if err := tx.sel(&rows, `SELECT n.organisation_id, w.year, r.category
		FROM award_results r JOIN award_cycles w ON w.id = r.cycle_id JOIN award_nominations n ON n.id = r.nomination_id
		WHERE r.rank = 1 AND w.programme_id = $1 AND w.phase IN ('DECIDED', 'ANNOUNCED') AND w.year BETWEEN $2 AND $3
			AND n.organisation_id = ANY($4)
		ORDER BY w.year DESC, r.category`, y.ProgrammeID, y.Year-y.ExclusionYears, y.Year-1, pq.Array(orgs)); err != nil {
		return nil, err
	}
	for _, w := range rows {
		out[w.OrganisationID] = append(out[w.OrganisationID], w.PastWin)
	}
	return out, nil
}

// Nominations lists a cycle's nominations the reader may see.
func (s *NominationService) Nominations(ctx context.Context, cycleID string) ([]*koop.Nomination, error) {
	var out []*koop.Nomination
	err := s.db.read(ctx, func(tx *Tx) error {
		r, err := tx.nomAccess(cycleID, false, errCycleNotFound())
		if err != nil {
			return err
		}
		out, err = tx.nomList(r, nil)
		return err
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// nomCycleOf returns the cycle of a nomination, or notFound.
func (tx *Tx) nomCycleOf(id string) (string, error) {
	if _, err := tx.actor(); err != nil {
		return "", err
	}
	if !validID(id) {
		return "", errNomNotFound()
	}
	var cycleID string
	err := tx.get(&cycleID, `SELECT cycle_id FROM award_nominations WHERE id = $1`, id)
	if errors.Is(err, sql.ErrNoRows) {
		return "", errNomNotFound()
	}
	return cycleID, err
}

// nomOne loads one nomination under the reading rules, with the reader.
func (tx *Tx) nomOne(id string, lock bool) (*koop.Nomination, *nomReader, error) {
	cycleID, err := tx.nomCycleOf(id)
	if err != nil {
		return nil, nil, err
	}
	r, err := tx.nomAccess(cycleID, lock, errNomNotFound())
	if err != nil {
		return nil, nil, err
	}
	var n *koop.Nomination
	if lock {
		n, err = tx.nomLocked(r, id)
	} else {
		n, err = tx.nomByID(r, id)
	}
	return n, r, err
}

// nomByID returns one nomination of the reader's cycle that the reader sees.
func (tx *Tx) nomByID(r *nomReader, id string) (*koop.Nomination, error) {
	list, err := tx.nomList(r, &id)
	if err != nil {
		return nil, err
	}
	if len(list) != 1 {
		return nil, errNomNotFound()
	}
	return list[0], nil
}

// nomLocked locks a nomination's row for a change and returns it.
func (tx *Tx) nomLocked(r *nomReader, id string) (*koop.Nomination, error) {
	if err := tx.exec(`SELECT 1 FROM award_nominations WHERE id = $1 FOR UPDATE`, id); err != nil {
		return nil, err
	}
	return tx.nomByID(r, id)
}

// Nomination returns one nomination under the same rules as the list.
func (s *NominationService) Nomination(ctx context.Context, id string) (*koop.Nomination, error) {
	var out *koop.Nomination
	err := s.db.read(ctx, func(tx *Tx) error {
		var err error
		out, _, err = tx.nomOne(id, false)
		return err
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// nomForChange loads a nomination, locked, for a change by a manager: before the jury votes and
// at the version the actor read.
func (tx *Tx) nomForChange(id string, version int) (*koop.Nomination, *nomReader, error) {
	n, r, err := tx.nomOne(id, true)
	if err != nil {
		return nil, nil, err
	}
	if err := r.role.Require(koop.PermManageAward); err != nil {
		return nil, nil, err
	}
	if err := koop.NominationsEditable(r.cycle.Phase); err != nil {
		return nil, nil, err
	}
	if err := checkVersion(version, n.Version, "Die Nominierung"); err != nil {
		return nil, nil, err
	}
	return n, r, nil
}

// nomOrganisation returns the name of an organisation of the cooperation, or an EINVALID error.
func (tx *Tx) nomOrganisation(cooperationID, id, field string) (string, error) {
	bad := koop.FieldErrorf(koop.EINVALID, field, "Bitte wählen Sie ein Unternehmen dieser Kooperation.")
	if !validID(id) {
		return "", bad
	}
	var name string
	err := tx.get(&name, `SELECT name FROM organisations WHERE id = $1 AND cooperation_id = $2`, id, cooperationID)
	if errors.Is(err, sql.ErrNoRows) {
		return "", bad
	}
	return name, err
}

// nomCompany returns the organisation of the cooperation with the company's name (whatever its
// case), or creates one of kind COMPANY. The company must be clean.
func (tx *Tx) nomCompany(cooperationID string, c koop.CompanyInput) (id, name string, err error) {
	var found struct {
		ID   string `db:"id"`
		Name string `db:"name"`
	}
	err = tx.get(&found, `SELECT id, name FROM organisations WHERE cooperation_id = $1 AND lower(name) = lower($2)`, cooperationID, c.Name)
	if err == nil {
		return found.ID, found.Name, nil
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return "", "", err
	}
	o, err := tx.insertOrganisation(cooperationID, koop.CreateOrganisationInput{CooperationID: cooperationID, Kind: koop.OrganisationCompany,
		Name: c.Name, Street: c.Street, PostalCode: c.PostalCode, City: c.City, Website: c.Website})
	if err != nil {
		return "", "", err
	}
	return o.ID, o.Name, nil
}

// nomContact checks that a contact belongs to the cooperation.
func (tx *Tx) nomContact(cooperationID, id string) error {
	bad := koop.FieldErrorf(koop.EINVALID, "nominatorContactId", "Bitte wählen Sie einen Kontakt dieser Kooperation.")
	if !validID(id) {
		return bad
	}
	var ok bool
	if err := tx.get(&ok, `SELECT EXISTS (SELECT 1 FROM contacts WHERE id = $1 AND cooperation_id = $2)`, id, cooperationID); err != nil {
		return err
	}
	if !ok {
		return bad
	}
	return nil
}

// nomNominator returns the contact for a nominator: the cooperation's contact with the same
// e-mail address, left as it is, or a new contact on the given legal basis (consent: dated
// today). The nominator must be clean.
func (tx *Tx) nomNominator(cooperationID string, n koop.NominatorInput, basis koop.LegalBasis) (string, error) {
	if n.Email != nil {
		var id string
		err := tx.get(&id, `SELECT id FROM contacts WHERE cooperation_id = $1 AND lower(email) = $2`, cooperationID, *n.Email)
		if err == nil {
			return id, nil
		}
		if !errors.Is(err, sql.ErrNoRows) {
			return "", err
		}
	}
	c := &koop.Contact{CooperationID: cooperationID, Salutation: koop.SalutationNone, FirstName: nomDeref(n.FirstName), LastName: n.LastName,
		Email: n.Email, Phone: nomDeref(n.Phone), LegalBasis: basis}
	if basis == koop.LegalBasisConsent {
		today := tx.today()
		c.ConsentAt = &today
	}
	if n.Organisation != nil {
		var orgID string
		err := tx.get(&orgID, `SELECT id FROM organisations WHERE cooperation_id = $1 AND (lower(name) = lower($2) OR lower(short_name) = lower($2))
			ORDER BY lower(name) = lower($2) DESC, id LIMIT 1`, cooperationID, *n.Organisation)
		switch {
		case err == nil:
			c.OrganisationID = &orgID
		case errors.Is(err, sql.ErrNoRows):
			c.Note = "Organisation laut Nominierung: " + *n.Organisation
		default:
			return "", err
		}
	}
	if err := tx.get(&c.ID, `INSERT INTO contacts (cooperation_id, salutation, title, first_name, last_name, function, organisation_id, email,
		phone, street, postal_code, city, legal_basis, consent_at, note, created_at, updated_at)
		VALUES ($1, $2, '', $3, $4, '', $5, $6, $7, '', '', '', $8, $9, $10, $11, $11) RETURNING id`,
		c.CooperationID, c.Salutation, c.FirstName, c.LastName, c.OrganisationID, c.Email, c.Phone, c.LegalBasis, c.ConsentAt, c.Note, tx.Now); err != nil {
		return "", err
	}
	if err := tx.audit(&cooperationID, "contact.create", "Contact", c.ID, contactChanges(&koop.Contact{}, c)); err != nil {
		return "", err
	}
	return c.ID, nil
}

// nomDuplicate returns the nomination of the company in the category of the cycle, if any
// other than except.
func (tx *Tx) nomDuplicate(cycleID, organisationID, category, except string) (string, error) {
	var id string
	err := tx.get(&id, `SELECT id FROM award_nominations WHERE cycle_id = $1 AND organisation_id = $2 AND category = $3 AND id::text <> $4`,
		cycleID, organisationID, category, except)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	return id, err
}

func errNomDuplicate(company, category string) error {
	return koop.FieldErrorf(koop.ECONFLICT, "category", "„%s“ ist in der Kategorie „%s“ bereits nominiert.", company, category)
}

// insertNomination writes a nomination and returns its ID.
func (tx *Tx) insertNomination(y *nomCycle, organisationID, category string, nominator *string, justification string,
	source koop.NominationSource, createdBy *string) (string, error) {
	var id string
	err := tx.get(&id, `INSERT INTO award_nominations (cooperation_id, cycle_id, organisation_id, category, nominator_contact_id, justification,
		source, created_by, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9) RETURNING id`,
		y.CooperationID, y.ID, organisationID, category, nominator, justification, source, createdBy, tx.Now)
	return id, err
}

// CreateNomination enters a nomination while nominations are open.
func (s *NominationService) CreateNomination(ctx context.Context, in koop.CreateNominationInput) (*koop.Nomination, error) {
	var out *koop.Nomination
	err := s.db.transact(ctx, func(tx *Tx) error {
		r, err := tx.nomAccess(in.CycleID, true, errCycleNotFound())
		if err != nil {
			return err
		}
		if err := r.role.Require(koop.PermManageAward); err != nil {
			return err
		}
		y := r.cycle
		if err := koop.CheckNominationOpen(y.Phase, y.ClosesAt, tx.Now); err != nil {
			return err
		}
		if (in.OrganisationID == nil) == (in.Company == nil) {
			return koop.FieldErrorf(koop.EINVALID, "organisationId", "Bitte wählen Sie entweder ein vorhandenes Unternehmen aus oder geben Sie ein neues an.")
		}
		if in.NominatorContactID != nil && in.Nominator != nil {
			return koop.FieldErrorf(koop.EINVALID, "nominatorContactId", "Bitte wählen Sie entweder einen vorhandenen Kontakt als Nominierende Person oder geben Sie eine neue an, nicht beides.")
		}
		category, err := koop.CheckCategory(in.Category, y.categories())
		if err != nil {
			return err
		}
		justification, err := koop.CheckJustification(in.Justification, 0)
		if err != nil {
			return err
		}
		var company koop.CompanyInput
		if in.Company != nil {
			if company, err = in.Company.Clean("company."); err != nil {
				return err
			}
		}
		var nominator koop.NominatorInput
		if in.Nominator != nil {
			if nominator, err = in.Nominator.Clean("nominator.", false); err != nil {
				return err
			}
		}
		if in.NominatorContactID != nil {
			if err := tx.nomContact(y.CooperationID, *in.NominatorContactID); err != nil {
				return err
			}
		}
		var orgID, orgName string
		if in.OrganisationID != nil {
			orgID = *in.OrganisationID
			if orgName, err = tx.nomOrganisation(y.CooperationID, orgID, "organisationId"); err != nil {
				return err
			}
		} else if orgID, orgName, err = tx.nomCompany(y.CooperationID, company); err != nil {
			return err
		}
		if dup, err := tx.nomDuplicate(y.ID, orgID, category, ""); err != nil {
			return err
		} else if dup != "" {
			return errNomDuplicate(orgName, category)
		}
		contactID := in.NominatorContactID
		if in.Nominator != nil {
			// Entered by the office from a letter or a call: kept for the award on legitimate interest.
			id, err := tx.nomNominator(y.CooperationID, nominator, koop.LegalBasisLegitimateInterest)
			if err != nil {
				return err
			}
			contactID = &id
		}
		id, err := tx.insertNomination(y, orgID, category, contactID, justification, koop.SourceStaff, tx.actorID())
		if err != nil {
			return err
		}
		var ch koop.Changes
		ch.Set("cycleId", nil, y.ID)
		ch.Set("organisationId", nil, orgID)
		ch.Set("companyName", nil, orgName)
		ch.Set("category", nil, category)
		ch.Set("nominatorContactId", nil, contactID)
		ch.Set("source", nil, string(koop.SourceStaff))
		ch.Redact("justification")
		if err := tx.audit(&y.CooperationID, "award_nomination.create", "Nomination", id, ch); err != nil {
			return err
		}
		out, _, err = tx.nomOne(id, false)
		return err
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// UpdateNomination edits a nomination before the jury votes.
func (s *NominationService) UpdateNomination(ctx context.Context, in koop.UpdateNominationInput) (*koop.Nomination, error) {
	var out *koop.Nomination
	err := s.db.transact(ctx, func(tx *Tx) error {
		n, r, err := tx.nomForChange(in.ID, in.Version)
		if err != nil {
			return err
		}
		y := r.cycle
		category, err := koop.CheckCategory(in.Category, y.categories())
		if err != nil {
			return err
		}
		justification, err := koop.CheckJustification(in.Justification, 0)
		if err != nil {
			return err
		}
		if in.NominatorContactID != nil {
			if err := tx.nomContact(y.CooperationID, *in.NominatorContactID); err != nil {
				return err
			}
		}
		if category != n.Category {
			if dup, err := tx.nomDuplicate(y.ID, n.OrganisationID, category, n.ID); err != nil {
				return err
			} else if dup != "" {
				return errNomDuplicate(n.CompanyName, category)
			}
		}
		var ch koop.Changes
		ch.Set("category", n.Category, category)
		ch.Set("nominatorContactId", n.NominatorContactID, in.NominatorContactID)
		ch.RedactIf("justification", n.Justification, justification)
		if len(ch) == 0 {
			out = n
			return nil
		}
		if err := tx.exec(`UPDATE award_nominations SET category = $2, nominator_contact_id = $3, justification = $4, updated_at = $5,
			version = version + 1 WHERE id = $1`, n.ID, category, in.NominatorContactID, justification, tx.Now); err != nil {
			return err
		}
		if err := tx.audit(&y.CooperationID, "award_nomination.update", "Nomination", n.ID, ch); err != nil {
			return err
		}
		out, _, err = tx.nomOne(n.ID, false)
		return err
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// DeleteNomination withdraws a nomination (with its documents) before the jury votes.
func (s *NominationService) DeleteNomination(ctx context.Context, id string, version int) error {
	return s.db.transact(ctx, func(tx *Tx) error {
		n, r, err := tx.nomForChange(id, version)
		if err != nil {
			return err
		}
		if err := tx.exec(`DELETE FROM award_nominations WHERE id = $1`, n.ID); err != nil {
			return err
		}
		var ch koop.Changes
		ch.Set("companyName", n.CompanyName, nil)
		ch.Set("category", n.Category, nil)
		ch.Set("source", string(n.Source), nil)
		return tx.audit(&r.cycle.CooperationID, "award_nomination.delete", "Nomination", n.ID, ch)
	})
}

// DecideEligibility records the eligibility decision with its reason before the jury votes.
func (s *NominationService) DecideEligibility(ctx context.Context, in koop.DecideEligibilityInput) (*koop.Nomination, error) {
	var out *koop.Nomination
	err := s.db.transact(ctx, func(tx *Tx) error {
		n, r, err := tx.nomForChange(in.ID, in.Version)
		if err != nil {
			return err
		}
		if !in.Eligibility.Valid() {
			return koop.FieldErrorf(koop.EINVALID, "eligibility", "Bitte wählen Sie eine Entscheidung: teilnahmeberechtigt, nicht teilnahmeberechtigt oder offen.")
		}
		reason := ""
		var decidedBy *string
		var decidedAt *time.Time
		if in.Eligibility != koop.EligibilityPending {
			if in.Reason != nil {
				reason = *in.Reason
			}
			if reason, err = koop.RequireText("reason", "Die Begründung der Entscheidung", reason, 2000); err != nil {
				return err
			}
			decidedBy, decidedAt = tx.actorID(), &tx.Now
		}
		if in.Eligibility == koop.EligibilityEligible {
			y := r.cycle
			wins, err := tx.nomWins(y, []string{n.OrganisationID})
			if err != nil {
				return err
			}
			if w := koop.ExcludingWin(wins[n.OrganisationID], y.Year, y.ExclusionYears); w != nil {
				return koop.FieldErrorf(koop.EINVALID, "eligibility", "%s", koop.WinnerExclusionText(*w, y.ExclusionYears))
			}
		}
		if err := tx.exec(`UPDATE award_nominations SET eligibility = $2, eligibility_reason = $3, eligibility_decided_by = $4,
			eligibility_decided_at = $5, updated_at = $6, version = version + 1 WHERE id = $1`,
			n.ID, in.Eligibility, reason, decidedBy, decidedAt, tx.Now); err != nil {
			return err
		}
		var ch koop.Changes
		ch.Set("eligibility", string(n.Eligibility), string(in.Eligibility))
		ch.Set("reason", n.EligibilityReason, reason)
		if err := tx.audit(&r.cycle.CooperationID, "award_nomination.eligibility", "Nomination", n.ID, ch); err != nil {
			return err
		}
		out, _, err = tx.nomOne(n.ID, false)
		return err
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// nominationFiles decides what the actor may do with a nomination's documents: read them when
// they may read the nomination; add and remove them while they may manage it (manage is nil
// then, else the reason why not).
func (tx *Tx) nominationFiles(id string, lock bool) (cooperationID string, manage error, err error) {
	_, r, err := tx.nomOne(id, lock)
	if err != nil {
		return "", nil, err
	}
	switch {
	case !r.manage:
		manage = koop.Errorf(koop.EFORBIDDEN, "Die Dokumente einer Nominierung ändern nur die Koordination und die Administration.")
	default:
		manage = koop.NominationsEditable(r.cycle.Phase)
	}
	return r.cycle.CooperationID, manage, nil
}
