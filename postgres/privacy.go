package postgres

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/lib/pq"

	"github.com/koop-lichtenberg/koop"
)

// errErasedAccount refuses bringing back an account whose personal data was erased.
func errErasedAccount() error {
	return koop.Errorf(koop.EINVALID, "Die Daten dieser Person wurden gelöscht (Datenschutz); das Konto kann nicht wieder aktiviert werden.")
}

// PrivacyService implements koop.PrivacyService: the export of everything held on a contact or
// a user, erasure that keeps history (guest counts, budgets, results, votes, the audit trail)
// and the retention rule for contacts.
type PrivacyService struct{ db *DB }

// NewPrivacyService returns the service.
func NewPrivacyService(db *DB) *PrivacyService { return &PrivacyService{db: db} }

var _ koop.PrivacyService = (*PrivacyService)(nil)

// exportFormat names the layout of the export document.
const exportFormat = "koop-personal-data/1"

func errUserNotFound() error { return koop.Errorf(koop.ENOTFOUND, "Die Person wurde nicht gefunden.") }

// berlinDate is a timestamp's Berlin day as "02.01.2006", for German sentences.
func berlinDate(t time.Time) string { return t.In(koop.Berlin).Format("02.01.2006") }

// query is a statement whose result goes into dest.
type query struct {
	dest any
	q    string
}

// loadEach runs each query with args through load (tx.get for one row, tx.sel for many), in order.
func loadEach(load func(dest any, q string, args ...any) error, queries []query, args ...any) error {
	for _, st := range queries {
		if err := load(st.dest, st.q, args...); err != nil {
			return err
		}
	}
	return nil
}

// statement is a statement with its arguments.
type statement struct {
	q    string
	args []any
}

// execEach runs the statements in order.
func (tx *Tx) execEach(statements []statement) error {
	for _, st := range statements {
		if err := tx.exec(st.q, st.args...); err != nil {
			return err
		}
	}
	return nil
}

// ---------------------------------------------------------------------------------------------
// Loading the person
// ---------------------------------------------------------------------------------------------

// privacyContact loads a contact with the actor's permission p in its cooperation, and whether
// it was erased.
func (tx *Tx) privacyContact(id string, p koop.Permission, lock bool) (*koop.Contact, koop.Role, *time.Time, error) {
	c, role, err := tx.contact(id, p, lock)
	if err != nil {
		return nil, "", nil, err
	}
	var erased *time.Time
	if err := tx.get(&erased, `SELECT erased_at FROM contacts WHERE id = $1`, id); err != nil {
		return nil, "", nil, err
	}
	return c, role, erased, nil
}

// privacyUser is a user as erasure and export need it (and as the export writes it).
type privacyUser struct {
	ID             string     `db:"id" json:"id"`
	Name           string     `db:"name" json:"name"`
	Email          string     `db:"email" json:"email"`
	Locale         string     `db:"locale" json:"locale"`
	IsSystemAdmin  bool       `db:"is_system_admin" json:"isSystemAdmin"`
	Active         bool       `db:"active" json:"active"`
	EmailReminders bool       `db:"email_reminders" json:"emailReminders"`
	CreatedAt      time.Time  `db:"created_at" json:"createdAt"`
	UpdatedAt      time.Time  `db:"updated_at" json:"updatedAt"`
	ErasedAt       *time.Time `db:"erased_at" json:"erasedAt"`
}

// privacyUserRow loads a user; self allows the user themselves besides system admins.
func (tx *Tx) privacyUserRow(id string, self, lock bool) (*privacyUser, error) {
	a, err := tx.actor()
	if err != nil {
		return nil, err
	}
	if !a.IsSystemAdmin && !(self && a.UserID == id) {
		if self {
			return nil, koop.Errorf(koop.EFORBIDDEN, "Sie dürfen nur Ihre eigenen Daten exportieren.")
		}
		return nil, koop.Errorf(koop.EFORBIDDEN, "Nur die Systemadministration darf Benutzerkonten löschen.")
	}
	if !validID(id) {
		return nil, errUserNotFound()
	}
	q := `SELECT id, name, email, locale, is_system_admin, active, email_reminders, created_at, updated_at, erased_at FROM users WHERE id = $1`
	if lock {
		q += ` FOR UPDATE`
	}
	var u privacyUser
	err = tx.get(&u, q, id)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, errUserNotFound()
	}
	if err != nil {
		return nil, err
	}
	return &u, nil
}

// ---------------------------------------------------------------------------------------------
// Erasure plans
// ---------------------------------------------------------------------------------------------

func (tx *Tx) contactErasureFacts(c *koop.Contact, erased *time.Time) (koop.ContactErasureFacts, error) {
	f := koop.ContactErasureFacts{Name: c.Name(), AlreadyErased: erased != nil}
	if err := loadEach(tx.get, []query{
		{&f.Lists, `SELECT count(*) FROM distribution_list_members WHERE contact_id = $1`},
		{&f.Invitations, `SELECT count(*) FROM invitations WHERE contact_id = $1`},
		{&f.Nominations, `SELECT count(*) FROM award_nominations WHERE nominator_contact_id = $1`},
		{&f.AuditEntries, `SELECT count(*) FROM audit_entries WHERE entity_type = 'Contact' AND entity_id = $1`},
	}, c.ID); err != nil {
		return f, err
	}
	var upcoming []struct {
		Title    string    `db:"title"`
		StartsAt time.Time `db:"starts_at"`
	}
	if err := tx.sel(&upcoming, `SELECT e.title, e.starts_at FROM invitations i JOIN events e ON e.id = i.event_id
		WHERE i.contact_id = $1 AND e.ends_at > $2 AND e.status NOT IN ('HELD', 'DOCUMENTED', 'CANCELLED')
			AND i.status IN ('DRAFT', 'INVITED', 'ACCEPTED', 'WAITLISTED')
		ORDER BY e.starts_at, e.title`, c.ID, tx.Now); err != nil {
		return f, err
	}
	for _, e := range upcoming {
		f.Upcoming = append(f.Upcoming, fmt.Sprintf("„%s“ (%s)", e.Title, berlinDate(e.StartsAt)))
	}
	if c.Email != nil {
		if err := tx.get(&f.Mails, `SELECT count(*) FROM mail_outbox WHERE lower(to_address) = lower($1)`, *c.Email); err != nil {
			return f, err
		}
	}
	return f, nil
}

func (tx *Tx) userErasureFacts(u *privacyUser) (koop.UserErasureFacts, error) {
	f := koop.UserErasureFacts{Name: u.Name, AlreadyErased: u.ErasedAt != nil, Self: tx.Actor != nil && tx.Actor.UserID == u.ID}
	if err := loadEach(tx.sel, []query{
		{&f.OpenJuryCycles, `SELECT c.title FROM award_jurors j JOIN award_cycles c ON c.id = j.cycle_id
			WHERE j.user_id = $1 AND c.phase NOT IN ('DECIDED', 'ANNOUNCED') ORDER BY c.year, c.title`},
		{&f.OpenTaskTitles, `SELECT title FROM tasks WHERE assignee_id = $1 AND NOT done ORDER BY due_on NULLS LAST, title LIMIT 3`},
		{&f.OpenRetreats, `SELECT r.title FROM retreats r WHERE r.status <> 'CLOSED' AND EXISTS (
				SELECT 1 FROM memberships m WHERE m.user_id = $1 AND m.cooperation_id = r.cooperation_id AND (r.chair_membership_id = m.id
					OR EXISTS (SELECT 1 FROM retreat_participants p WHERE p.retreat_id = r.id AND p.membership_id = m.id)))
			ORDER BY r.plan_year, r.title`},
		{&f.LastAdminOf, `SELECT c.name FROM memberships m JOIN cooperations c ON c.id = m.cooperation_id
			WHERE m.user_id = $1 AND m.active AND m.role = 'ADMIN' AND NOT EXISTS (
				SELECT 1 FROM memberships o JOIN users x ON x.id = o.user_id
				WHERE o.cooperation_id = m.cooperation_id AND o.id <> m.id AND o.active AND o.role = 'ADMIN' AND x.active)
			ORDER BY c.name`},
	}, u.ID); err != nil {
		return f, err
	}
	var n struct {
		OpenTasks    int `db:"open_tasks"`
		Memberships  int `db:"memberships"`
		Comments     int `db:"comments"`
		Proposals    int `db:"proposals"`
		Votes        int `db:"votes"`
		JuryCycles   int `db:"jury_cycles"`
		AuditEntries int `db:"audit_entries"`
	}
	if err := tx.get(&n, `SELECT
		(SELECT count(*) FROM tasks WHERE assignee_id = $1 AND NOT done) AS open_tasks,
		(SELECT count(*) FROM memberships WHERE user_id = $1 AND active) AS memberships,
		(SELECT count(*) FROM comments WHERE author_id = $1) AS comments,
		(SELECT count(*) FROM proposals p JOIN memberships m ON m.id = p.submitter_membership_id WHERE m.user_id = $1) AS proposals,
		(SELECT count(*) FROM votes v JOIN memberships m ON m.id = v.membership_id WHERE m.user_id = $1) AS votes,
		(SELECT count(*) FROM award_jurors WHERE user_id = $1) AS jury_cycles,
		(SELECT count(*) FROM audit_entries WHERE actor_id = $1) AS audit_entries`, u.ID); err != nil {
		return f, err
	}
	f.OpenTasks = n.OpenTasks
	f.Memberships, f.Comments, f.Proposals, f.Votes, f.JuryCycles, f.AuditEntries = n.Memberships, n.Comments, n.Proposals, n.Votes, n.JuryCycles, n.AuditEntries
	return f, nil
}

// ErasurePlan says what erasing a person would do and what must happen first (contacts: ADMIN
// of the contact's cooperation; users: system admins).
func (s *PrivacyService) ErasurePlan(ctx context.Context, person koop.PersonInput) (*koop.ErasurePlan, error) {
	if err := person.Validate(); err != nil {
		return nil, err
	}
	var plan *koop.ErasurePlan
	err := s.db.read(ctx, func(tx *Tx) error {
		if person.ContactID != nil {
			c, _, erased, err := tx.privacyContact(*person.ContactID, koop.PermAdminister, false)
			if err != nil {
				return err
			}
			f, err := tx.contactErasureFacts(c, erased)
			if err != nil {
				return err
			}
			plan = koop.PlanContactErasure(f)
			return nil
		}
		u, err := tx.privacyUserRow(*person.UserID, false, false)
		if err != nil {
			return err
		}
		f, err := tx.userErasureFacts(u)
		if err != nil {
			return err
		}
		plan = koop.PlanUserErasure(f)
		return nil
	})
	return plan, err
}

// ---------------------------------------------------------------------------------------------
// Erasure
// ---------------------------------------------------------------------------------------------

// ErasePerson erases a contact (ADMIN of its cooperation) or a user (system admins), in one
// transaction, or refuses with the blockers.
func (s *PrivacyService) ErasePerson(ctx context.Context, in koop.ErasePersonInput) ([]string, error) {
	if _, err := koop.RequireActor(ctx); err != nil {
		return nil, err
	}
	if err := in.Validate(); err != nil {
		return nil, err
	}
	var effects []string
	err := s.db.transact(ctx, func(tx *Tx) error {
		if in.Person.ContactID != nil {
			c, _, erased, err := tx.privacyContact(*in.Person.ContactID, koop.PermAdminister, true)
			if err != nil {
				return err
			}
			effects, err = tx.eraseContact(c, erased, in.Reason)
			return err
		}
		u, err := tx.privacyUserRow(*in.Person.UserID, false, true)
		if err != nil {
			return err
		}
		effects, err = tx.eraseUser(u, in.Reason)
		return err
	})
	if err != nil {
		return nil, err
	}
	return effects, nil
}

// contactValues are a contact's personal values: strong ones identify the person anywhere
// (name, e-mail, phone), weak ones only where the entry is known to be about them.
func contactValues(c *koop.Contact) (strong, weak []string) {
	full := strings.TrimSpace(c.FirstName + " " + c.LastName)
	strong = nonEmptyValues(full, c.Name(), strings.TrimSpace(c.LastName+", "+c.FirstName), deref(c.Email), c.Phone)
	weak = nonEmptyValues(c.Title, c.FirstName, c.LastName, c.Function, c.Street, c.PostalCode, c.City, c.Note)
	return strong, weak
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// nonEmptyValues keeps the values worth looking for: at least two characters, after trimming,
// and never the name an erased person already carries.
func nonEmptyValues(vs ...string) []string {
	out := []string{}
	for _, v := range vs {
		v = strings.TrimSpace(v)
		if len([]rune(v)) >= 2 && v != koop.ErasedName && strings.Trim(v, ",") != "" {
			out = append(out, v)
		}
	}
	return out
}

// containsAny reports whether s contains one of the values, ignoring case.
func containsAny(s string, values []string) bool {
	ls := strings.ToLower(s)
	for _, v := range values {
		if strings.Contains(ls, strings.ToLower(v)) {
			return true
		}
	}
	return false
}

// replaceValues replaces every value in s (ignoring case) by the erased name.
func replaceValues(s string, values []string) string {
	for _, v := range values {
		lv := strings.ToLower(v)
		// where lowering changes byte lengths, only the exact spelling is replaced
		if v == "" || len(lv) != len(v) || len(strings.ToLower(s)) != len(s) {
			s = strings.ReplaceAll(s, v, koop.ErasedName)
			continue
		}
		var b strings.Builder
		rest := s
		for {
			i := strings.Index(strings.ToLower(rest), lv)
			if i < 0 {
				break
			}
			b.WriteString(rest[:i] + koop.ErasedName)
			rest = rest[i+len(v):]
		}
		s = b.String() + rest
	}
	return s
}

func likeAny(values []string) []string {
	r := strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)
	out := make([]string, len(values))
	for i, v := range values {
		out[i] = "%" + r.Replace(v) + "%"
	}
	return out
}

// scrubAudit removes the person's values from the audit trail: entries about the person (their
// IDs, or made by them) lose every changed value that contains a strong or weak value, every
// other entry those that contain a strong value. The entries stay, naming the fields.
func (tx *Tx) scrubAudit(ids []string, actorID *string, strong, weak []string) (int, error) {
	var rows []struct {
		ID      string `db:"id"`
		Changes []byte `db:"changes"`
		About   bool   `db:"about"`
	}
	if err := tx.sel(&rows, `SELECT id, changes, (entity_id = ANY($1) OR actor_id IS NOT DISTINCT FROM $2::uuid AND $2::uuid IS NOT NULL) AS about
		FROM audit_entries WHERE entity_id = ANY($1) OR (actor_id = $2::uuid) OR changes::text ILIKE ANY($3)`,
		pq.Array(ids), actorID, pq.Array(likeAny(strong))); err != nil {
		return 0, err
	}
	n := 0
	for _, r := range rows {
		var changes []*koop.AuditChange
		if err := json.Unmarshal(r.Changes, &changes); err != nil {
			return 0, err
		}
		values := strong
		if r.About {
			values = append(append([]string{}, strong...), weak...)
		}
		dirty := false
		for _, c := range changes {
			if (c.Old != nil && containsAny(*c.Old, values)) || (c.New != nil && containsAny(*c.New, values)) {
				c.Old, c.New, c.Redacted, dirty = nil, nil, true, true
			}
		}
		if !dirty {
			continue
		}
		b, err := json.Marshal(changes)
		if err != nil {
			return 0, err
		}
		if err := tx.exec(`UPDATE audit_entries SET changes = $2 WHERE id = $1`, r.ID, b); err != nil {
			return 0, err
		}
		n++
	}
	return n, nil
}

// scrubMail deletes the mails to the person's address and replaces their values in the data of
// other mails (which stay sendable).
func (tx *Tx) scrubMail(email string, strong []string) error {
	if email != "" {
		if err := tx.exec(`DELETE FROM mail_outbox WHERE lower(to_address) = lower($1)`, email); err != nil {
			return err
		}
	}
	if len(strong) == 0 {
		return nil
	}
	var rows []struct {
		ID   string `db:"id"`
		Data []byte `db:"data"`
	}
	if err := tx.sel(&rows, `SELECT id, data FROM mail_outbox WHERE data::text ILIKE ANY($1) OR last_error ILIKE ANY($1)`,
		pq.Array(likeAny(strong))); err != nil {
		return err
	}
	for _, r := range rows {
		var data map[string]any
		if err := json.Unmarshal(r.Data, &data); err != nil {
			return err
		}
		for k, v := range data {
			if s, ok := v.(string); ok {
				data[k] = replaceValues(s, strong)
			}
		}
		b, err := json.Marshal(data)
		if err != nil {
			return err
		}
		if err := tx.exec(`UPDATE mail_outbox SET data = $2, last_error = '' WHERE id = $1`, r.ID, b); err != nil {
			return err
		}
	}
	return nil
}

// refuseBlocked refuses an erasure that something still blocks.
func refuseBlocked(plan *koop.ErasurePlan) error {
	if len(plan.Blockers) > 0 {
		return koop.Errorf(koop.EINVALID, "%s", koop.BlockerMessage(plan.Blockers))
	}
	return nil
}

// erasureChanges are the audit changes of an erasure: the reason without the person's values,
// and the redacted fields.
func erasureChanges(reason string, strong, weak []string, redacted ...string) koop.Changes {
	var ch koop.Changes
	ch.Set("reason", nil, replaceValues(reason, append(append([]string{}, strong...), weak...)))
	for _, field := range redacted {
		ch.Redact(field)
	}
	return ch
}

// eraseContact erases a locked contact, or refuses with the blockers.
func (tx *Tx) eraseContact(c *koop.Contact, erased *time.Time, reason string) ([]string, error) {
	f, err := tx.contactErasureFacts(c, erased)
	if err != nil {
		return nil, err
	}
	plan := koop.PlanContactErasure(f)
	if err := refuseBlocked(plan); err != nil {
		return nil, err
	}
	strong, weak := contactValues(c)
	var invitationIDs, nominationIDs, plusOnes []string
	if err := loadEach(tx.sel, []query{
		{&invitationIDs, `SELECT id::text FROM invitations WHERE contact_id = $1`},
		{&nominationIDs, `SELECT id::text FROM award_nominations WHERE nominator_contact_id = $1`},
		// the names of the guest's companions go with the guest
		{&plusOnes, `SELECT plus_one_name FROM invitations WHERE contact_id = $1 AND plus_one_name <> ''`},
	}, c.ID); err != nil {
		return nil, err
	}
	weak = append(weak, nonEmptyValues(plusOnes...)...)
	ids := append(append([]string{c.ID}, invitationIDs...), nominationIDs...)
	if _, err := tx.scrubAudit(ids, nil, strong, weak); err != nil {
		return nil, err
	}
	if err := tx.scrubMail(deref(c.Email), strong); err != nil {
		return nil, err
	}
	steps := []statement{
		// The nomination stays, without its nominator (the award lock lets exactly this through).
		{`UPDATE award_nominations SET nominator_contact_id = NULL WHERE nominator_contact_id = $1`, []any{c.ID}},
		{`DELETE FROM distribution_list_members WHERE contact_id = $1`, []any{c.ID}},
	}
	if f.Deletable() {
		steps = append(steps, statement{`DELETE FROM contacts WHERE id = $1`, []any{c.ID}})
	} else {
		steps = append(steps,
			// The guest-list entries stay for the counts; the plus-one's name and the RSVP link go.
			statement{`UPDATE invitations SET plus_one_name = '', walk_in_name = '', token_hash = NULL, token_serial = token_serial + 1,
				updated_at = $2, version = version + 1 WHERE contact_id = $1`, []any{c.ID, tx.Now}},
			statement{`UPDATE contacts SET salutation = 'NONE', title = '', first_name = '', last_name = $2, function = '', email = NULL,
				phone = '', street = '', postal_code = '', city = '', consent_at = NULL, note = '', opted_out_at = NULL,
				erased_at = $3, updated_at = $3, version = version + 1 WHERE id = $1`, []any{c.ID, koop.ErasedName, tx.Now}})
	}
	if err := tx.execEach(steps); err != nil {
		return nil, err
	}
	ch := erasureChanges(reason, strong, weak, "salutation", "title", "firstName", "lastName", "function", "email", "phone",
		"street", "postalCode", "city", "note", "consentAt", "optedOutAt")
	ch.Set("deleted", nil, f.Deletable())
	if err := tx.audit(&c.CooperationID, "person.erase", "Contact", c.ID, ch); err != nil {
		return nil, err
	}
	return plan.Effects, nil
}

// eraseUser erases a locked user account, or refuses with the blockers.
func (tx *Tx) eraseUser(u *privacyUser, reason string) ([]string, error) {
	f, err := tx.userErasureFacts(u)
	if err != nil {
		return nil, err
	}
	plan := koop.PlanUserErasure(f)
	if err := refuseBlocked(plan); err != nil {
		return nil, err
	}
	strong := nonEmptyValues(u.Name, u.Email)
	var weak []string
	for _, w := range strings.Fields(u.Name) {
		if len([]rune(w)) >= 3 {
			weak = append(weak, w)
		}
	}
	var membershipIDs, coopIDs []string
	if err := loadEach(tx.sel, []query{
		{&membershipIDs, `SELECT id::text FROM memberships WHERE user_id = $1`},
		{&coopIDs, `SELECT cooperation_id::text FROM memberships WHERE user_id = $1`},
	}, u.ID); err != nil {
		return nil, err
	}
	var proposalIDs []string
	if err := tx.sel(&proposalIDs, `SELECT id::text FROM proposals WHERE submitter_membership_id = ANY($1)`, pq.Array(membershipIDs)); err != nil {
		return nil, err
	}
	ids := append(append([]string{u.ID}, membershipIDs...), proposalIDs...)
	if _, err := tx.scrubAudit(ids, &u.ID, strong, weak); err != nil {
		return nil, err
	}
	if err := tx.scrubMail(u.Email, strong); err != nil {
		return nil, err
	}
	if err := tx.execEach([]statement{
		// sessions end at once (the revocation tells open websockets), then go with their tokens
		{`UPDATE sessions SET revoked_at = $2, revoke_reason = 'user_erased' WHERE user_id = $1 AND revoked_at IS NULL`, []any{u.ID, tx.Now}},
		{`DELETE FROM sessions WHERE user_id = $1`, []any{u.ID}},
		{`DELETE FROM password_tokens WHERE user_id = $1`, []any{u.ID}},
		{`DELETE FROM login_attempts WHERE lower(email) = lower($1)`, []any{u.Email}},
		{`DELETE FROM task_reminders WHERE user_id = $1`, []any{u.ID}},
		{`UPDATE memberships SET active = false, updated_at = $2, version = version + 1 WHERE user_id = $1 AND active`, []any{u.ID, tx.Now}},
		{`UPDATE proposals SET submitter_name = $2 WHERE submitter_membership_id = ANY($1)`, []any{pq.Array(membershipIDs), koop.ErasedName}},
		{`UPDATE award_cycles SET closed_by_name = $2 WHERE closed_by = $1`, []any{u.ID, koop.ErasedName}},
		// a signatory named as text, when it is exactly this user in one of their cooperations
		{`UPDATE agreement_parties SET signatory = $3 WHERE cooperation_id = ANY($1) AND lower(btrim(signatory)) = lower($2)`,
			[]any{pq.Array(coopIDs), u.Name, koop.ErasedName}},
		{`UPDATE users SET name = $2, email = 'erased-' || id || '@erased.invalid', password_hash = NULL, active = false,
			is_system_admin = false, email_reminders = false, erased_at = $3, updated_at = $3, version = version + 1 WHERE id = $1`,
			[]any{u.ID, koop.ErasedName, tx.Now}},
	}); err != nil {
		return nil, err
	}
	ch := erasureChanges(reason, strong, weak, "name", "email", "password")
	ch.Set("active", u.Active, false)
	if err := tx.audit(nil, "person.erase", "User", u.ID, ch); err != nil {
		return nil, err
	}
	return plan.Effects, nil
}

// ---------------------------------------------------------------------------------------------
// Retention
// ---------------------------------------------------------------------------------------------

// retentionReview lists the contacts of a cooperation past its rule, longest unused first.
func (tx *Tx) retentionReview(cooperationID string, role koop.Role) (*koop.RetentionReview, error) {
	r := &koop.RetentionReview{Candidates: []*koop.RetentionCandidate{}}
	if err := tx.get(&r.Years, `SELECT contact_retention_years FROM cooperations WHERE id = $1`, cooperationID); err != nil {
		return nil, err
	}
	r.Cutoff = koop.RetentionCutoff(tx.today(), r.Years)
	y, m, d := r.Cutoff.Date()
	cutoff := time.Date(y, m, d, 0, 0, 0, 0, koop.Berlin)
	var rows []struct {
		koop.Contact
		LastInvitedAt *time.Time `db:"last_invited_at"`
	}
	if err := tx.sel(&rows, `WITH last AS (
			SELECT c.id, (SELECT max(coalesce(i.invited_at, i.created_at)) FROM invitations i WHERE i.contact_id = c.id) AS last_invited_at
			FROM contacts c WHERE c.cooperation_id = $1 AND c.erased_at IS NULL)
		`+strings.Replace(contactSelect, "SELECT ", "SELECT last.last_invited_at, ", 1)+` JOIN last ON last.id = c.id
		WHERE coalesce(last.last_invited_at, c.created_at) < $2
		ORDER BY coalesce(last.last_invited_at, c.created_at), `+germanSortKey("c.last_name")+`, `+germanSortKey("c.first_name")+`, c.id`,
		cooperationID, cutoff); err != nil {
		return nil, err
	}
	contacts := make([]*koop.Contact, len(rows))
	for i := range rows {
		c := rows[i].Contact
		contacts[i] = &c
		r.Candidates = append(r.Candidates, &koop.RetentionCandidate{Contact: &c, LastInvitedAt: rows[i].LastInvitedAt})
	}
	if err := tx.loadContacts(contacts, role); err != nil {
		return nil, err
	}
	return r, nil
}

// retention runs change (nil: none; in a transaction, else read-only) as ADMIN of the
// cooperation, and then reads its retention review.
func (s *PrivacyService) retention(ctx context.Context, cooperationID string, change func(tx *Tx) error) (*koop.RetentionReview, error) {
	run := s.db.read
	if change != nil {
		run = s.db.transact
	}
	var out *koop.RetentionReview
	err := run(ctx, func(tx *Tx) error {
		role, err := tx.require(cooperationID, koop.PermAdminister)
		if err != nil {
			return err
		}
		if change != nil {
			if err := change(tx); err != nil {
				return err
			}
		}
		out, err = tx.retentionReview(cooperationID, role)
		return err
	})
	return out, err
}

// RetentionReview lists the contacts past the cooperation's retention rule (ADMIN).
func (s *PrivacyService) RetentionReview(ctx context.Context, cooperationID string) (*koop.RetentionReview, error) {
	return s.retention(ctx, cooperationID, nil)
}

// SetContactRetention sets how many years contacts are kept after their last invitation (ADMIN).
func (s *PrivacyService) SetContactRetention(ctx context.Context, in koop.SetContactRetentionInput) (*koop.RetentionReview, error) {
	return s.retention(ctx, in.CooperationID, func(tx *Tx) error {
		if err := in.Validate(); err != nil {
			return err
		}
		var old int
		if err := tx.get(&old, `SELECT contact_retention_years FROM cooperations WHERE id = $1 FOR UPDATE`, in.CooperationID); err != nil {
			return err
		}
		if old != in.Years {
			if err := tx.exec(`UPDATE cooperations SET contact_retention_years = $2, updated_at = $3 WHERE id = $1`, in.CooperationID, in.Years, tx.Now); err != nil {
				return err
			}
			var ch koop.Changes
			ch.Set("contactRetentionYears", old, in.Years)
			return tx.audit(&in.CooperationID, "cooperation.set_contact_retention", "Cooperation", in.CooperationID, ch)
		}
		return nil
	})
}

// ApplyContactRetention erases the reviewed contacts, each still past the rule, in one
// transaction (ADMIN).
func (s *PrivacyService) ApplyContactRetention(ctx context.Context, in koop.ApplyContactRetentionInput) (int, *koop.RetentionReview, error) {
	erased := 0
	out, err := s.retention(ctx, in.CooperationID, func(tx *Tx) error {
		if len(in.ContactIDs) == 0 {
			return koop.FieldErrorf(koop.EINVALID, "contactIds", "Bitte wählen Sie mindestens einen Kontakt aus.")
		}
		// Lock the cooperation's candidates: nobody invites them while they are erased.
		if err := tx.exec(`SELECT 1 FROM contacts WHERE cooperation_id = $1 AND erased_at IS NULL FOR UPDATE`, in.CooperationID); err != nil {
			return err
		}
		review, err := tx.retentionReview(in.CooperationID, koop.RoleAdmin)
		if err != nil {
			return err
		}
		byID := map[string]*koop.Contact{}
		for _, c := range review.Candidates {
			byID[c.Contact.ID] = c.Contact
		}
		seen := map[string]bool{}
		var todo []*koop.Contact
		for _, id := range in.ContactIDs {
			if seen[id] {
				continue
			}
			seen[id] = true
			c, ok := byID[id]
			if !ok {
				name := id
				if validID(id) {
					var n struct {
						koop.Contact
					}
					if err := tx.get(&n.Contact, contactSelect+` WHERE c.id = $1 AND c.cooperation_id = $2`, id, in.CooperationID); err == nil {
						name = "„" + n.Contact.Name() + "“"
					}
				}
				return koop.FieldErrorf(koop.EINVALID, "contactIds", "Der Kontakt %s liegt nicht (mehr) außerhalb der Aufbewahrungsfrist und wird nicht gelöscht. Bitte laden Sie die Liste neu.", name)
			}
			todo = append(todo, c)
		}
		reason := fmt.Sprintf("Aufbewahrungsfrist von %d Jahren abgelaufen", review.Years)
		for _, c := range todo {
			if _, err := tx.eraseContact(c, nil, reason); err != nil {
				return err
			}
			erased++
		}
		var ch koop.Changes
		ch.Set("erased", nil, erased)
		ch.Set("years", nil, review.Years)
		return tx.audit(&in.CooperationID, "contact.apply_retention", "Cooperation", in.CooperationID, ch)
	})
	if err != nil {
		return 0, nil, err
	}
	return erased, out, nil
}

// ---------------------------------------------------------------------------------------------
// Export
// ---------------------------------------------------------------------------------------------

// exportAudit is an audit entry in an export: what was done, when and by whom, and which fields
// changed — never their values.
type exportAudit struct {
	At         time.Time `db:"at" json:"at"`
	Action     string    `db:"action" json:"action"`
	EntityType string    `db:"entity_type" json:"entityType"`
	EntityID   string    `db:"entity_id" json:"entityId"`
	Actor      string    `db:"actor" json:"actor"`
	Changes    []byte    `db:"changes" json:"-"`
	Fields     []string  `db:"-" json:"fields"`
}

func (tx *Tx) exportAudits(where string, args ...any) ([]*exportAudit, error) {
	out := []*exportAudit{}
	if err := tx.sel(&out, `SELECT a.at, a.action, a.entity_type, a.entity_id, coalesce(u.name, 'System') AS actor, a.changes
		FROM audit_entries a LEFT JOIN users u ON u.id = a.actor_id WHERE `+where+` ORDER BY a.at, a.id`, args...); err != nil {
		return nil, err
	}
	for _, a := range out {
		var changes []*koop.AuditChange
		if err := json.Unmarshal(a.Changes, &changes); err != nil {
			return nil, err
		}
		a.Fields = []string{}
		for _, c := range changes {
			a.Fields = append(a.Fields, c.Field)
		}
	}
	return out, nil
}

type exportMail struct {
	Template  string     `db:"template" json:"template"`
	CreatedAt time.Time  `db:"created_at" json:"createdAt"`
	SentAt    *time.Time `db:"sent_at" json:"sentAt"`
}

// exportMails lists the mails to an address; none without one.
func (tx *Tx) exportMails(email *string) ([]exportMail, error) {
	out := []exportMail{}
	if email == nil {
		return out, nil
	}
	if err := tx.sel(&out, `SELECT template, created_at, sent_at FROM mail_outbox WHERE lower(to_address) = lower($1) ORDER BY created_at`, *email); err != nil {
		return nil, err
	}
	return out, nil
}

// exportName is the name in an export's file name: none once the person is erased.
func exportName(name string, erased *time.Time) string {
	if erased != nil {
		return "geloescht"
	}
	return name
}

type contactExport struct {
	Format     string    `json:"format"`
	Kind       string    `json:"kind"`
	ExportedAt time.Time `json:"exportedAt"`
	Contact    struct {
		ID            string     `db:"id" json:"id"`
		Cooperation   string     `db:"cooperation" json:"cooperation"`
		Salutation    string     `db:"salutation" json:"salutation"`
		Title         string     `db:"title" json:"title"`
		FirstName     string     `db:"first_name" json:"firstName"`
		LastName      string     `db:"last_name" json:"lastName"`
		Function      string     `db:"function" json:"function"`
		Organisation  *string    `db:"organisation" json:"organisation"`
		Email         *string    `db:"email" json:"email"`
		Phone         string     `db:"phone" json:"phone"`
		Street        string     `db:"street" json:"street"`
		PostalCode    string     `db:"postal_code" json:"postalCode"`
		City          string     `db:"city" json:"city"`
		LegalBasis    string     `db:"legal_basis" json:"legalBasis"`
		ConsentOn     *string    `db:"consent_on" json:"consentOn"`
		Note          string     `db:"note" json:"note"`
		OptedOutAt    *time.Time `db:"opted_out_at" json:"optedOutAt"`
		CreatedAt     time.Time  `db:"created_at" json:"createdAt"`
		UpdatedAt     time.Time  `db:"updated_at" json:"updatedAt"`
		ErasedAt      *time.Time `db:"erased_at" json:"erasedAt"`
		CooperationID string     `db:"cooperation_id" json:"-"`
	} `json:"contact"`
	DistributionLists []struct {
		Name    string    `db:"name" json:"name"`
		AddedAt time.Time `db:"added_at" json:"addedAt"`
	} `json:"distributionLists"`
	Invitations []struct {
		Event       string     `db:"event" json:"event"`
		EventStarts time.Time  `db:"event_starts" json:"eventStartsAt"`
		Status      string     `db:"status" json:"status"`
		PlusOne     bool       `db:"plus_one" json:"plusOne"`
		PlusOneName string     `db:"plus_one_name" json:"plusOneName"`
		InvitedAt   *time.Time `db:"invited_at" json:"invitedAt"`
		AnsweredAt  *time.Time `db:"answered_at" json:"answeredAt"`
		Waitlisted  *time.Time `db:"waitlisted_at" json:"waitlistedAt"`
		CheckedInAt *time.Time `db:"checked_in_at" json:"checkedInAt"`
		RemindedAt  *time.Time `db:"reminded_at" json:"remindedAt"`
	} `json:"invitations"`
	Nominations []struct {
		Cycle         string    `db:"cycle" json:"awardCycle"`
		Organisation  string    `db:"organisation" json:"nominee"`
		Category      string    `db:"category" json:"category"`
		Justification string    `db:"justification" json:"justification"`
		Source        string    `db:"source" json:"source"`
		CreatedAt     time.Time `db:"created_at" json:"createdAt"`
	} `json:"nominationsAsNominator"`
	Mails        []exportMail   `json:"mails"`
	AuditEntries []*exportAudit `json:"auditEntries"`
}

func (tx *Tx) exportContact(id string) ([]byte, string, string, error) {
	if _, _, _, err := tx.privacyContact(id, koop.PermExportContactData, false); err != nil {
		return nil, "", "", err
	}
	x := contactExport{Format: exportFormat, Kind: "contact", ExportedAt: tx.Now}
	c := &x.Contact
	if err := tx.get(c, `SELECT c.id, k.name AS cooperation, c.salutation, c.title, c.first_name, c.last_name, c.function, o.name AS organisation,
		c.email, c.phone, c.street, c.postal_code, c.city, c.legal_basis, to_char(c.consent_at, 'YYYY-MM-DD') AS consent_on, c.note,
		c.opted_out_at, c.created_at, c.updated_at, c.erased_at, c.cooperation_id
		FROM contacts c JOIN cooperations k ON k.id = c.cooperation_id LEFT JOIN organisations o ON o.id = c.organisation_id WHERE c.id = $1`, id); err != nil {
		return nil, "", "", err
	}
	if err := loadEach(tx.sel, []query{
		{&x.DistributionLists, `SELECT l.name, m.added_at FROM distribution_list_members m JOIN distribution_lists l ON l.id = m.list_id
			WHERE m.contact_id = $1 ORDER BY lower(l.name)`},
		{&x.Invitations, `SELECT e.title AS event, e.starts_at AS event_starts, i.status, i.plus_one, i.plus_one_name, i.invited_at, i.answered_at,
			i.waitlisted_at, i.checked_in_at, i.reminded_at FROM invitations i JOIN events e ON e.id = i.event_id
			WHERE i.contact_id = $1 ORDER BY e.starts_at, e.title`},
		{&x.Nominations, `SELECT y.title AS cycle, o.name AS organisation, n.category, n.justification, n.source, n.created_at
			FROM award_nominations n JOIN award_cycles y ON y.id = n.cycle_id JOIN organisations o ON o.id = n.organisation_id
			WHERE n.nominator_contact_id = $1 ORDER BY n.created_at`},
	}, id); err != nil {
		return nil, "", "", err
	}
	var err error
	if x.Mails, err = tx.exportMails(c.Email); err != nil {
		return nil, "", "", err
	}
	if x.AuditEntries, err = tx.exportAudits(`a.entity_id = $1::text OR a.entity_id IN (SELECT id::text FROM invitations WHERE contact_id = $1::uuid)`, id); err != nil {
		return nil, "", "", err
	}
	b, err := marshalExport(&x)
	return b, c.CooperationID, exportName(c.LastName, c.ErasedAt), err
}

// marshalExport writes the document pretty, with empty lists as [] (never null).
func marshalExport(x any) ([]byte, error) {
	b, err := json.Marshal(x)
	if err != nil {
		return nil, err
	}
	var v any
	if err := json.Unmarshal(b, &v); err != nil {
		return nil, err
	}
	return json.MarshalIndent(emptyLists(v), "", "  ")
}

// emptyLists replaces the null of an unset list by [] (struct slices marshal as null).
func emptyLists(v any) any {
	switch x := v.(type) {
	case map[string]any:
		for k, e := range x {
			x[k] = emptyLists(e)
		}
	case []any:
		for i, e := range x {
			x[i] = emptyLists(e)
		}
	}
	return v
}

type userExport struct {
	Format      string      `json:"format"`
	Kind        string      `json:"kind"`
	ExportedAt  time.Time   `json:"exportedAt"`
	User        privacyUser `json:"user"`
	Memberships []struct {
		Cooperation  string    `db:"cooperation" json:"cooperation"`
		Organisation *string   `db:"organisation" json:"organisation"`
		Role         string    `db:"role" json:"role"`
		Active       bool      `db:"active" json:"active"`
		CreatedAt    time.Time `db:"created_at" json:"createdAt"`
	} `json:"memberships"`
	Sessions []struct {
		CreatedAt  time.Time  `db:"created_at" json:"createdAt"`
		LastSeenAt time.Time  `db:"last_seen_at" json:"lastUsedAt"`
		ExpiresAt  time.Time  `db:"expires_at" json:"expiresAt"`
		RevokedAt  *time.Time `db:"revoked_at" json:"revokedAt"`
	} `json:"sessions"`
	Tasks []struct {
		Title       string     `db:"title" json:"title"`
		Cooperation string     `db:"cooperation" json:"cooperation"`
		Subject     *string    `db:"subject" json:"subject"`
		DueOn       *string    `db:"due_on" json:"dueOn"`
		Done        bool       `db:"done" json:"done"`
		DoneAt      *time.Time `db:"done_at" json:"doneAt"`
	} `json:"tasksAssigned"`
	Comments []struct {
		Subject   *string    `db:"subject" json:"subject"`
		Body      string     `db:"body" json:"body"`
		CreatedAt time.Time  `db:"created_at" json:"createdAt"`
		EditedAt  *time.Time `db:"edited_at" json:"editedAt"`
	} `json:"comments"`
	Attachments []struct {
		FileName    string    `db:"file_name" json:"fileName"`
		ContentType string    `db:"content_type" json:"contentType"`
		SizeBytes   int       `db:"size_bytes" json:"sizeBytes"`
		Description string    `db:"description" json:"description"`
		CreatedAt   time.Time `db:"created_at" json:"createdAt"`
	} `json:"attachmentsUploaded"`
	StatusReports []struct {
		Workstream string    `db:"workstream" json:"workstream"`
		Status     string    `db:"status" json:"status"`
		Summary    string    `db:"summary" json:"summary"`
		CreatedAt  time.Time `db:"created_at" json:"createdAt"`
	} `json:"statusReports"`
	Measurements []struct {
		KPI        string `db:"kpi" json:"kpi"`
		MeasuredOn string `db:"measured_on" json:"measuredOn"`
		Value      string `db:"value" json:"value"`
		Note       string `db:"note" json:"note"`
	} `json:"measurementsRecorded"`
	Proposals []struct {
		Retreat       string    `db:"retreat" json:"retreat"`
		Kind          string    `db:"kind" json:"kind"`
		Title         string    `db:"title" json:"title"`
		Description   string    `db:"description" json:"description"`
		SubmitterName string    `db:"submitter_name" json:"submitterName"`
		CreatedAt     time.Time `db:"created_at" json:"createdAt"`
	} `json:"proposals"`
	Votes []struct {
		Retreat  string    `db:"retreat" json:"retreat"`
		Proposal string    `db:"proposal" json:"proposal"`
		Points   int       `db:"points" json:"points"`
		At       time.Time `db:"updated_at" json:"updatedAt"`
	} `json:"votes"`
	Retreats []struct {
		Retreat  string `db:"retreat" json:"retreat"`
		PlanYear int    `db:"plan_year" json:"planYear"`
		Status   string `db:"status" json:"status"`
		Chair    bool   `db:"chair" json:"chair"`
	} `json:"retreatParticipations"`
	Jury []struct {
		Cycle       string     `db:"cycle" json:"awardCycle"`
		Phase       string     `db:"phase" json:"phase"`
		IsChair     bool       `db:"is_chair" json:"chair"`
		SubmittedAt *time.Time `db:"submitted_at" json:"ballotSubmittedAt"`
	} `json:"juryMemberships"`
	Conflicts []struct {
		Cycle      string    `db:"cycle" json:"awardCycle"`
		Nominee    string    `db:"nominee" json:"nominee"`
		Reason     string    `db:"reason" json:"reason"`
		SetByChair bool      `db:"set_by_chair" json:"setByChair"`
		CreatedAt  time.Time `db:"created_at" json:"createdAt"`
	} `json:"conflicts"`
	Scores []struct {
		Cycle     string `db:"cycle" json:"awardCycle"`
		Nominee   string `db:"nominee" json:"nominee"`
		Category  string `db:"category" json:"category"`
		Criterion string `db:"criterion" json:"criterion"`
		Value     int    `db:"value" json:"value"`
		Comment   string `db:"comment" json:"comment"`
	} `json:"scores"`
	SecretScores []struct {
		Cycle  string `db:"cycle" json:"awardCycle"`
		Count  int    `db:"count" json:"count"`
		Notice string `db:"notice" json:"notice"`
	} `json:"scoresSecretUntilVoteCloses"`
	Mails        []exportMail   `json:"mails"`
	AuditEntries []*exportAudit `json:"auditEntriesAsActor"`
}

func (tx *Tx) exportUser(id string) ([]byte, string, error) {
	u, err := tx.privacyUserRow(id, true, false)
	if err != nil {
		return nil, "", err
	}
	x := userExport{Format: exportFormat, Kind: "user", ExportedAt: tx.Now, User: *u}
	const subject = `coalesce((SELECT title FROM events WHERE id = %[1]s.event_id), (SELECT title FROM workstreams WHERE id = %[1]s.workstream_id)%[2]s)`
	if err := loadEach(tx.sel, []query{
		{&x.Memberships, `SELECT c.name AS cooperation, o.name AS organisation, m.role, m.active, m.created_at FROM memberships m
			JOIN cooperations c ON c.id = m.cooperation_id LEFT JOIN organisations o ON o.id = m.organisation_id WHERE m.user_id = $1 ORDER BY c.name`},
		{&x.Sessions, `SELECT created_at, last_seen_at, expires_at, revoked_at FROM sessions WHERE user_id = $1 ORDER BY created_at`},
		{&x.Tasks, `SELECT t.title, c.name AS cooperation, ` + fmt.Sprintf(subject, "t", "") + ` AS subject, to_char(t.due_on, 'YYYY-MM-DD') AS due_on,
			t.done, t.done_at FROM tasks t JOIN cooperations c ON c.id = t.cooperation_id WHERE t.assignee_id = $1 ORDER BY t.due_on NULLS LAST, t.title`},
		{&x.Comments, `SELECT ` + fmt.Sprintf(subject, "x", ", (SELECT title FROM proposals WHERE id = x.proposal_id)") + ` AS subject, x.body, x.created_at, x.edited_at
			FROM comments x WHERE x.author_id = $1 ORDER BY x.created_at`},
		{&x.Attachments, `SELECT file_name, content_type, size_bytes, description, created_at FROM attachments WHERE uploaded_by = $1 ORDER BY created_at`},
		{&x.StatusReports, `SELECT w.title AS workstream, r.status, r.summary, r.created_at FROM status_reports r JOIN workstreams w ON w.id = r.workstream_id
			WHERE r.author_id = $1 ORDER BY r.created_at`},
		{&x.Measurements, `SELECT k.name AS kpi, to_char(m.measured_on, 'YYYY-MM-DD') AS measured_on, m.value::text AS value, m.note
			FROM measurements m JOIN kpis k ON k.id = m.kpi_id WHERE m.recorded_by = $1 ORDER BY m.measured_on`},
		{&x.Proposals, `SELECT r.title AS retreat, p.kind, p.title, p.description, p.submitter_name, p.created_at FROM proposals p
			JOIN retreats r ON r.id = p.retreat_id JOIN memberships m ON m.id = p.submitter_membership_id WHERE m.user_id = $1 ORDER BY p.created_at`},
		{&x.Votes, `SELECT r.title AS retreat, p.title AS proposal, v.points, v.updated_at FROM votes v JOIN proposals p ON p.id = v.proposal_id
			JOIN retreats r ON r.id = v.retreat_id JOIN memberships m ON m.id = v.membership_id WHERE m.user_id = $1 ORDER BY r.plan_year, p.title`},
		{&x.Retreats, `SELECT r.title AS retreat, r.plan_year, r.status, (r.chair_membership_id = m.id) IS TRUE AS chair FROM retreats r
			JOIN memberships m ON m.cooperation_id = r.cooperation_id AND m.user_id = $1
			WHERE r.chair_membership_id = m.id OR EXISTS (SELECT 1 FROM retreat_participants p WHERE p.retreat_id = r.id AND p.membership_id = m.id)
			ORDER BY r.plan_year`},
		{&x.Jury, `SELECT c.title AS cycle, c.phase, j.is_chair, j.submitted_at FROM award_jurors j JOIN award_cycles c ON c.id = j.cycle_id
			WHERE j.user_id = $1 ORDER BY c.year, c.title`},
		{&x.Conflicts, `SELECT c.title AS cycle, o.name AS nominee, x.reason, x.set_by_chair, x.created_at FROM award_conflicts x
			JOIN award_jurors j ON j.id = x.juror_id JOIN award_cycles c ON c.id = j.cycle_id
			JOIN award_nominations n ON n.id = x.nomination_id JOIN organisations o ON o.id = n.organisation_id
			WHERE j.user_id = $1 ORDER BY c.year, o.name`},
		// The juror's own scores, only once the result is locked: before, they are secret even here.
		{&x.Scores, `SELECT c.title AS cycle, o.name AS nominee, n.category, k.name AS criterion, s.value, s.comment FROM award_scores s
			JOIN award_jurors j ON j.id = s.juror_id JOIN award_cycles c ON c.id = j.cycle_id
			JOIN award_nominations n ON n.id = s.nomination_id JOIN organisations o ON o.id = n.organisation_id
			JOIN award_criteria k ON k.id = s.criterion_id
			WHERE j.user_id = $1 AND c.phase IN ('DECIDED', 'ANNOUNCED') ORDER BY c.year, o.name, n.category, k.position`},
		{&x.SecretScores, `SELECT c.title AS cycle, count(*) AS count,
			'Die Bewertungen bleiben geheim, bis die Abstimmung abgeschlossen ist.' AS notice FROM award_scores s
			JOIN award_jurors j ON j.id = s.juror_id JOIN award_cycles c ON c.id = j.cycle_id
			WHERE j.user_id = $1 AND c.phase NOT IN ('DECIDED', 'ANNOUNCED') GROUP BY c.id, c.title, c.year ORDER BY c.year`},
	}, id); err != nil {
		return nil, "", err
	}
	if x.Mails, err = tx.exportMails(&u.Email); err != nil {
		return nil, "", err
	}
	if x.AuditEntries, err = tx.exportAudits(`a.actor_id = $1`, id); err != nil {
		return nil, "", err
	}
	name := u.Name
	if f := strings.Fields(name); len(f) > 0 {
		name = f[len(f)-1]
	}
	b, err := marshalExport(&x)
	return b, exportName(name, u.ErasedAt), err
}

// ExportPersonalData exports everything held on a person as JSON (contacts: ADMIN and
// COORDINATOR of its cooperation; users: themselves and system admins), and records it.
func (s *PrivacyService) ExportPersonalData(ctx context.Context, in koop.ExportPersonalDataInput) (*koop.PersonalDataExport, error) {
	if in.Person == nil {
		return nil, koop.FieldErrorf(koop.EINVALID, "person", "Bitte nennen Sie genau eine Person: einen Kontakt oder ein Benutzerkonto.")
	}
	if err := in.Person.Validate(); err != nil {
		return nil, err
	}
	var out *koop.PersonalDataExport
	err := s.db.transact(ctx, func(tx *Tx) error {
		var (
			b        []byte
			name     string
			coop     *string // a user belongs to no cooperation
			entity   = "User"
			entityID string
			err      error
		)
		if id := in.Person.ContactID; id != nil {
			var cooperationID string
			b, cooperationID, name, err = tx.exportContact(*id)
			coop, entity, entityID = &cooperationID, "Contact", *id
		} else {
			entityID = *in.Person.UserID
			b, name, err = tx.exportUser(entityID)
		}
		if err != nil {
			return err
		}
		var ch koop.Changes
		ch.Set("format", nil, "JSON")
		if err := tx.audit(coop, "person.export", entity, entityID, ch); err != nil {
			return err
		}
		out = &koop.PersonalDataExport{FileName: koop.ExportFileName(name, tx.today()), JSON: string(b)}
		return nil
	})
	return out, err
}
