package postgres

import (
	"context"
	"database/sql"
	"errors"

	"github.com/lib/pq"

	"github.com/koop-lichtenberg/koop"
)

// MemberService implements koop.MemberService.
type MemberService struct{ db *DB }

// NewMemberService returns the member service.
func NewMemberService(db *DB) *MemberService { return &MemberService{db: db} }

var _ koop.MemberService = (*MemberService)(nil)

// memberRow is a membership with its user, scanned in one statement.
type memberRow struct {
	koop.Membership
	OrganisationID sql.NullString `db:"organisation_id"`
	U              koop.User      `db:"u"`
}

const memberSelect = `SELECT m.id, m.cooperation_id, m.user_id, m.role, m.active, m.created_at, m.version, m.organisation_id,
	CASE WHEN u.password_hash IS NULL THEN (SELECT max(t.expires_at) FROM password_tokens t
		WHERE t.user_id = u.id AND t.purpose = 'INVITATION' AND t.used_at IS NULL) END AS invitation_expires_at,
	u.id AS "u.id", u.email AS "u.email", u.name AS "u.name", u.locale AS "u.locale", u.is_system_admin AS "u.is_system_admin",
	u.active AS "u.active", (u.password_hash IS NOT NULL) AS "u.password_set", (u.erased_at IS NOT NULL) AS "u.erased", u.created_at AS "u.created_at"
	FROM memberships m JOIN users u ON u.id = m.user_id`

// memberships turns rows into memberships, loading their organisations in one statement and
// attaching the cooperations given by ID.
func (tx *Tx) memberships(rows []memberRow, coops map[string]*koop.Cooperation) ([]*koop.Membership, error) {
	out := make([]*koop.Membership, len(rows))
	var orgIDs []string
	for i := range rows {
		m := &rows[i].Membership
		u := rows[i].U
		m.User, m.Cooperation = &u, coops[m.CooperationID]
		if rows[i].OrganisationID.Valid {
			orgIDs = append(orgIDs, rows[i].OrganisationID.String)
		}
		out[i] = m
	}
	if len(orgIDs) == 0 {
		return out, nil
	}
	var orgs []*koop.Organisation
	if err := tx.sel(&orgs, `SELECT `+organisationColumns+` FROM organisations o WHERE o.id = ANY($1)`, pq.Array(orgIDs)); err != nil {
		return nil, err
	}
	byID := make(map[string]*koop.Organisation, len(orgs))
	for _, o := range orgs {
		byID[o.ID] = o
	}
	for i := range rows {
		if rows[i].OrganisationID.Valid {
			out[i].Organisation = byID[rows[i].OrganisationID.String]
		}
	}
	return out, nil
}

// Members lists a cooperation's members, active first, by name.
func (s *MemberService) Members(ctx context.Context, cooperationID string, f koop.MemberFilter, p koop.Page) (*koop.MembershipList, error) {
	list := &koop.MembershipList{Items: []*koop.Membership{}}
	err := s.db.read(ctx, func(tx *Tx) error {
		coop, err := tx.cooperation(cooperationID)
		if err != nil {
			return err
		}
		if err := coop.MyRole.Require(koop.PermViewDirectory); err != nil {
			return err
		}
		where := ` WHERE m.cooperation_id = $1 AND ($2::text IS NULL OR m.role = $2) AND ($3::boolean IS NULL OR m.active = $3)
			AND ($4::text IS NULL OR u.name ILIKE $4 OR u.email ILIKE $4)`
		args := []any{cooperationID, f.Role, f.Active, likePattern(f.Query)}
		if err := tx.get(&list.TotalCount, `SELECT count(*) FROM memberships m JOIN users u ON u.id = m.user_id`+where, args...); err != nil {
			return err
		}
		var rows []memberRow
		if err := tx.sel(&rows, memberSelect+where+` ORDER BY m.active DESC, lower(u.name), m.id LIMIT $5 OFFSET $6`,
			append(args, p.Limit, p.Offset)...); err != nil {
			return err
		}
		list.Items, err = tx.memberships(rows, map[string]*koop.Cooperation{coop.ID: coop})
		return err
	})
	return list, err
}

// InviteMember adds a person to a cooperation. A new address becomes a user without a
// password who gets a one-time link; an existing user is told they were added.
func (s *MemberService) InviteMember(ctx context.Context, in koop.InviteMemberInput) (*koop.Membership, error) {
	if err := in.Validate(); err != nil {
		return nil, err
	}
	var m *koop.Membership
	err := s.db.transact(ctx, func(tx *Tx) error {
		if _, err := tx.require(in.CooperationID, koop.PermAdminister); err != nil {
			return err
		}
		var err error
		m, err = tx.addMember(in)
		return err
	})
	return m, err
}

// addMember creates the user if needed and the membership, mails them and audits it.
func (tx *Tx) addMember(in koop.InviteMemberInput) (*koop.Membership, error) {
	if err := in.Validate(); err != nil {
		return nil, err
	}
	if in.OrganisationID != nil && !validID(*in.OrganisationID) {
		return nil, koop.FieldErrorf(koop.EINVALID, "organisationId", "Die Organisation wurde nicht gefunden.")
	}
	locale := koop.LocaleDE
	if in.Locale != nil {
		locale = *in.Locale
	}
	var u struct {
		koop.User
		PasswordHash sql.NullString `db:"password_hash"`
	}
	err := tx.get(&u, `SELECT `+userColumns+`, u.password_hash FROM users u WHERE u.email = $1`, in.Email)
	created := errors.Is(err, sql.ErrNoRows)
	if created {
		err = tx.get(&u.User, `INSERT INTO users AS u (email, name, locale, created_at, updated_at) VALUES ($1, $2, $3, $4, $4)
			RETURNING `+userColumns, in.Email, in.Name, locale, tx.Now)
		if err == nil {
			var ch koop.Changes
			ch.Redact("email")
			ch.Redact("name")
			ch.Set("locale", nil, locale)
			err = tx.audit(&in.CooperationID, "user.create", "User", u.ID, ch)
		}
	}
	if err != nil {
		return nil, err
	}
	if !u.Active {
		return nil, koop.FieldErrorf(koop.ECONFLICT, "email", "Das Konto dieser Person ist deaktiviert. Bitte wenden Sie sich an die Systemadministration.")
	}
	var existing string
	err = tx.get(&existing, `SELECT CASE WHEN active THEN 'active' ELSE 'inactive' END FROM memberships WHERE cooperation_id = $1 AND user_id = $2`,
		in.CooperationID, u.ID)
	switch {
	case err == nil && existing == "active":
		return nil, koop.FieldErrorf(koop.ECONFLICT, "email", "Diese Person ist bereits Mitglied der Kooperation.")
	case err == nil:
		return nil, koop.FieldErrorf(koop.ECONFLICT, "email", "Diese Person ist deaktiviertes Mitglied der Kooperation. Bitte reaktivieren Sie die Mitgliedschaft in der Mitgliederliste.")
	case !errors.Is(err, sql.ErrNoRows):
		return nil, err
	}
	var id string
	if err := tx.get(&id, `INSERT INTO memberships (cooperation_id, user_id, role, organisation_id, created_at, updated_at)
		VALUES ($1, $2, $3, $4, $5, $5) RETURNING id`, in.CooperationID, u.ID, in.Role, in.OrganisationID, tx.Now); err != nil {
		return nil, err
	}
	var ch koop.Changes
	ch.Set("userId", nil, u.ID)
	ch.Set("role", nil, in.Role)
	ch.Set("organisationId", nil, in.OrganisationID)
	if err := tx.audit(&in.CooperationID, "member.invite", "Membership", id, ch); err != nil {
		return nil, err
	}
	if err := tx.mailMember(in.CooperationID, &u.User, !u.PasswordHash.Valid); err != nil {
		return nil, err
	}
	return tx.membership(id)
}

// mailMember tells a member they were added; one without a password gets a set-password link.
func (tx *Tx) mailMember(cooperationID string, u *koop.User, needsPassword bool) error {
	var coopName string
	if err := tx.get(&coopName, `SELECT name FROM cooperations WHERE id = $1`, cooperationID); err != nil {
		return err
	}
	inviter := "koop"
	if tx.Actor != nil && tx.Actor.Name != "" {
		inviter = tx.Actor.Name
	}
	data := map[string]string{"name": u.Name, "cooperation": coopName, "inviter": inviter}
	tmpl := koop.MailAddedToCooperation
	data["link"] = tx.db.cfg.PublicURL + "/login"
	if needsPassword {
		link, err := tx.newPasswordLink(u.ID, koop.PasswordTokenInvitation)
		if err != nil {
			return err
		}
		data["link"], tmpl = link, koop.MailInvitation
	}
	return tx.queueMail(u.Email, tmpl, u.Locale, data)
}

// membership loads one membership with user, organisation and cooperation.
func (tx *Tx) membership(id string) (*koop.Membership, error) {
	var rows []memberRow
	if err := tx.sel(&rows, memberSelect+` WHERE m.id = $1`, id); err != nil {
		return nil, err
	}
	if len(rows) == 0 {
		return nil, koop.Errorf(koop.ENOTFOUND, "Die Mitgliedschaft wurde nicht gefunden.")
	}
	coop, err := tx.cooperation(rows[0].CooperationID)
	if err != nil {
		return nil, err
	}
	list, err := tx.memberships(rows, map[string]*koop.Cooperation{coop.ID: coop})
	if err != nil {
		return nil, err
	}
	return list[0], nil
}

// lockMembership loads a membership for change and checks that the actor administers its
// cooperation and read the current version.
func (tx *Tx) lockMembership(id string, version *int) (*koop.Membership, error) {
	// Anonymous callers learn nothing, not even whether the ID exists.
	if _, err := tx.actor(); err != nil {
		return nil, err
	}
	notFound := koop.Errorf(koop.ENOTFOUND, "Die Mitgliedschaft wurde nicht gefunden.")
	if !validID(id) {
		return nil, notFound
	}
	var m koop.Membership
	err := tx.get(&m, `SELECT id, cooperation_id, user_id, role, active, created_at, version, NULL AS invitation_expires_at
		FROM memberships WHERE id = $1 FOR UPDATE`, id)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, notFound
	}
	if err != nil {
		return nil, err
	}
	if _, err := tx.require(m.CooperationID, koop.PermAdminister); err != nil {
		if koop.ErrorCode(err) == koop.ENOTFOUND {
			return nil, notFound
		}
		return nil, err
	}
	if version != nil {
		if err := checkVersion(*version, m.Version, "Die Mitgliedschaft"); err != nil {
			return nil, err
		}
	}
	return &m, nil
}

// ensureOtherAdmin refuses to leave a cooperation without an active admin.
func (tx *Tx) ensureOtherAdmin(m *koop.Membership) error {
	var others []string
	// An admin whose account is deactivated cannot log in, so does not count.
	if err := tx.sel(&others, `SELECT m.id FROM memberships m JOIN users u ON u.id = m.user_id
		WHERE m.cooperation_id = $1 AND m.role = 'ADMIN' AND m.active AND u.active AND m.id <> $2 FOR UPDATE OF m`,
		m.CooperationID, m.ID); err != nil {
		return err
	}
	if len(others) == 0 {
		return koop.Errorf(koop.ECONFLICT, "Die Kooperation braucht mindestens eine aktive Administration. Ernennen Sie zuerst eine weitere Person zur Administration.")
	}
	return nil
}

// UpdateMemberRole changes a member's role; the next request of that member sees it.
func (s *MemberService) UpdateMemberRole(ctx context.Context, in koop.UpdateMemberRoleInput) (*koop.Membership, error) {
	if !in.Role.Valid() {
		return nil, koop.FieldErrorf(koop.EINVALID, "role", "Bitte wählen Sie eine gültige Rolle.")
	}
	var out *koop.Membership
	err := s.db.transact(ctx, func(tx *Tx) error {
		m, err := tx.lockMembership(in.MembershipID, &in.Version)
		if err != nil {
			return err
		}
		if m.Role == in.Role {
			out, err = tx.membership(m.ID)
			return err
		}
		if m.Role == koop.RoleAdmin && m.Active {
			if err := tx.ensureOtherAdmin(m); err != nil {
				return err
			}
		}
		if err := tx.exec(`UPDATE memberships SET role = $2, updated_at = $3, version = version + 1 WHERE id = $1`, m.ID, in.Role, tx.Now); err != nil {
			return err
		}
		var ch koop.Changes
		ch.Set("role", m.Role, in.Role)
		if err := tx.audit(&m.CooperationID, "member.update_role", "Membership", m.ID, ch); err != nil {
			return err
		}
		out, err = tx.membership(m.ID)
		return err
	})
	return out, err
}

// SetMemberActive deactivates or reactivates a membership.
func (s *MemberService) SetMemberActive(ctx context.Context, in koop.SetMemberActiveInput) (*koop.Membership, error) {
	var out *koop.Membership
	err := s.db.transact(ctx, func(tx *Tx) error {
		m, err := tx.lockMembership(in.MembershipID, &in.Version)
		if err != nil {
			return err
		}
		if in.Active && !m.Active {
			var erased bool
			if err := tx.get(&erased, `SELECT erased_at IS NOT NULL FROM users WHERE id = $1`, m.UserID); err != nil {
				return err
			}
			if erased {
				return errErasedAccount()
			}
		}
		if m.Active != in.Active {
			if !in.Active && m.Role == koop.RoleAdmin {
				if err := tx.ensureOtherAdmin(m); err != nil {
					return err
				}
			}
			if err := tx.exec(`UPDATE memberships SET active = $2, updated_at = $3, version = version + 1 WHERE id = $1`, m.ID, in.Active, tx.Now); err != nil {
				return err
			}
			var ch koop.Changes
			ch.Set("active", m.Active, in.Active)
			action := "member.deactivate"
			if in.Active {
				action = "member.reactivate"
			}
			if err := tx.audit(&m.CooperationID, action, "Membership", m.ID, ch); err != nil {
				return err
			}
		}
		out, err = tx.membership(m.ID)
		return err
	})
	return out, err
}

// ResendInvitation sends a fresh set-password link to a member who has not set a password.
func (s *MemberService) ResendInvitation(ctx context.Context, in koop.ResendInvitationInput) (*koop.Membership, error) {
	var out *koop.Membership
	err := s.db.transact(ctx, func(tx *Tx) error {
		m, err := tx.lockMembership(in.MembershipID, nil)
		if err != nil {
			return err
		}
		if out, err = tx.membership(m.ID); err != nil {
			return err
		}
		switch {
		case out.User.PasswordSet:
			return koop.Errorf(koop.ECONFLICT, "Diese Person hat bereits ein Passwort festgelegt. Sie kann es über „Passwort vergessen“ zurücksetzen.")
		case !out.User.Active || !out.Active:
			return koop.Errorf(koop.ECONFLICT, "Die Mitgliedschaft oder das Konto ist deaktiviert.")
		}
		if err := tx.mailMember(m.CooperationID, out.User, true); err != nil {
			return err
		}
		return tx.audit(&m.CooperationID, "member.resend_invitation", "Membership", m.ID, nil)
	})
	return out, err
}
