package koop

import (
	"context"
	"net/mail"
	"strings"
	"time"
	"unicode/utf8"
)

// Role is what a member may do in one cooperation.
type Role string

// The roles, from most to least powerful.
const (
	RoleAdmin       Role = "ADMIN"
	RoleCoordinator Role = "COORDINATOR"
	RoleMember      Role = "MEMBER"
	RoleViewer      Role = "VIEWER"
	RoleExternal    Role = "EXTERNAL"
)

// Roles lists every role, most powerful first.
var Roles = []Role{RoleAdmin, RoleCoordinator, RoleMember, RoleViewer, RoleExternal}

// Valid reports whether r is a known role.
func (r Role) Valid() bool {
	for _, x := range Roles {
		if r == x {
			return true
		}
	}
	return false
}

// Label is the German name of the role, for messages.
func (r Role) Label() string {
	switch r {
	case RoleAdmin:
		return "Administration"
	case RoleCoordinator:
		return "Koordination"
	case RoleMember:
		return "Mitglied"
	case RoleViewer:
		return "Lesend"
	case RoleExternal:
		return "Extern"
	}
	return string(r)
}

// Permission is something a role may be allowed to do in a cooperation.
type Permission int

// The permissions of the foundation. Later areas add their own.
const (
	// PermViewCooperation: see the cooperation's name and partners.
	PermViewCooperation Permission = iota
	// PermViewDirectory: see members and organisations (everyone but EXTERNAL).
	PermViewDirectory
	// PermManageOrganisations: create and edit organisations.
	PermManageOrganisations
	// PermAdminister: manage members, partners, settings; read the audit trail.
	PermAdminister
)

// Can reports whether the role grants the permission. This is the one place that says so.
func (r Role) Can(p Permission) bool {
	switch p {
	case PermViewCooperation:
		return r.Valid()
	case PermViewDirectory:
		return r == RoleAdmin || r == RoleCoordinator || r == RoleMember || r == RoleViewer
	case PermManageOrganisations:
		return r == RoleAdmin || r == RoleCoordinator
	case PermAdminister:
		return r == RoleAdmin
	}
	for _, x := range extraPermissions[p] {
		if r == x {
			return true
		}
	}
	return false
}

// extraPermissions are the permissions of later areas, registered by their files, so that
// Role.Can stays the one place that answers "may this role do that".
var extraPermissions = map[Permission][]Role{}

// Require returns nil when the role grants p, else an EFORBIDDEN error.
func (r Role) Require(p Permission) error {
	if r.Can(p) {
		return nil
	}
	return Errorf(EFORBIDDEN, "Ihre Rolle (%s) erlaubt diese Aktion nicht.", r.Label())
}

// Locale is a user's language.
type Locale string

// The supported languages.
const (
	LocaleDE Locale = "DE"
	LocaleEN Locale = "EN"
)

// Valid reports whether l is supported.
func (l Locale) Valid() bool { return l == LocaleDE || l == LocaleEN }

// User is a person who logs in.
type User struct {
	ID            string    `db:"id"`
	Email         string    `db:"email"`
	Name          string    `db:"name"`
	Locale        Locale    `db:"locale"`
	IsSystemAdmin bool      `db:"is_system_admin"`
	Active        bool      `db:"active"`
	PasswordSet   bool      `db:"password_set"`
	Erased        bool      `db:"erased"`
	CreatedAt     time.Time `db:"created_at"`
}

// Membership is a user's role in a cooperation.
type Membership struct {
	ID            string    `db:"id"`
	CooperationID string    `db:"cooperation_id"`
	UserID        string    `db:"user_id"`
	Role          Role      `db:"role"`
	Active        bool      `db:"active"`
	CreatedAt     time.Time `db:"created_at"`
	Version       int       `db:"version"`
	// InvitationExpiresAt is when the newest open invitation link expires (nil: none open).
	InvitationExpiresAt *time.Time    `db:"invitation_expires_at"`
	User                *User         `db:"-"`
	Organisation        *Organisation `db:"-"`
	Cooperation         *Cooperation  `db:"-"`
}

// MembershipList is a page of memberships.
type MembershipList struct {
	Items      []*Membership
	TotalCount int
}

// MemberFilter narrows the member list.
type MemberFilter struct {
	Role   *Role
	Active *bool
	Query  *string
}

// InviteMemberInput invites a person into a cooperation.
type InviteMemberInput struct {
	CooperationID  string
	Email          string
	Name           string
	Role           Role
	OrganisationID *string
	Locale         *Locale
}

// Validate checks the input and normalises the e-mail address.
func (in *InviteMemberInput) Validate() error {
	email, err := NormaliseEmail(in.Email)
	if err != nil {
		return err
	}
	in.Email = email
	if in.Name, err = RequireText("name", "Der Name", in.Name, 200); err != nil {
		return err
	}
	if !in.Role.Valid() {
		return FieldErrorf(EINVALID, "role", "Bitte wählen Sie eine gültige Rolle.")
	}
	if in.Locale != nil && !in.Locale.Valid() {
		return FieldErrorf(EINVALID, "locale", "Bitte wählen Sie eine gültige Sprache.")
	}
	return nil
}

// UpdateMemberRoleInput changes a member's role.
type UpdateMemberRoleInput struct {
	MembershipID string
	Version      int
	Role         Role
}

// SetMemberActiveInput deactivates or reactivates a membership.
type SetMemberActiveInput struct {
	MembershipID string
	Version      int
	Active       bool
}

// ResendInvitationInput asks for a fresh invitation link.
type ResendInvitationInput struct {
	MembershipID string
}

// SetUserActiveInput deactivates or reactivates a user installation-wide.
type SetUserActiveInput struct {
	UserID string
	Active bool
}

// UpdateMeInput changes the logged-in user's own settings.
type UpdateMeInput struct {
	Name   *string
	Locale *Locale
}

// UserService reads and changes users.
type UserService interface {
	// Me returns the logged-in user, or nil when the request is anonymous.
	Me(ctx context.Context) (*User, error)
	// MyMemberships returns the logged-in user's memberships with their cooperations.
	MyMemberships(ctx context.Context) ([]*Membership, error)
	// UpdateMe changes the logged-in user's name or language.
	UpdateMe(ctx context.Context, in UpdateMeInput) (*User, error)
	// SetUserActive deactivates or reactivates a user (system admins).
	SetUserActive(ctx context.Context, in SetUserActiveInput) (*User, error)
}

// MemberService manages the members of a cooperation.
type MemberService interface {
	// Members lists a cooperation's members.
	Members(ctx context.Context, cooperationID string, f MemberFilter, p Page) (*MembershipList, error)
	// InviteMember adds a person to a cooperation, inviting them by mail if they are new.
	InviteMember(ctx context.Context, in InviteMemberInput) (*Membership, error)
	// UpdateMemberRole changes a member's role.
	UpdateMemberRole(ctx context.Context, in UpdateMemberRoleInput) (*Membership, error)
	// SetMemberActive deactivates or reactivates a membership.
	SetMemberActive(ctx context.Context, in SetMemberActiveInput) (*Membership, error)
	// ResendInvitation sends a new set-password link to a member who has none yet.
	ResendInvitation(ctx context.Context, in ResendInvitationInput) (*Membership, error)
}

// NormaliseEmail trims and lower-cases an address and checks its form.
func NormaliseEmail(s string) (string, error) {
	s = strings.ToLower(strings.TrimSpace(s))
	if s == "" {
		return "", FieldErrorf(EINVALID, "email", "Bitte geben Sie eine E-Mail-Adresse an.")
	}
	a, err := mail.ParseAddress(s)
	if err != nil || a.Address != s || !strings.Contains(s[strings.LastIndex(s, "@")+1:], ".") || len(s) > 254 {
		return "", FieldErrorf(EINVALID, "email", "Die E-Mail-Adresse %q ist ungültig.", s)
	}
	return s, nil
}

// RequireText trims s and checks it is present and at most max characters long. label is the
// German name of the field with its article ("Der Name"), for the message.
func RequireText(field, label, s string, max int) (string, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", FieldErrorf(EINVALID, field, "%s darf nicht leer sein.", label)
	}
	return OptionalText(field, label, s, max)
}

// OptionalText trims s and checks it is at most max characters long.
func OptionalText(field, label, s string, max int) (string, error) {
	s = strings.TrimSpace(s)
	if utf8.RuneCountInString(s) > max {
		return "", FieldErrorf(EINVALID, field, "%s darf höchstens %d Zeichen lang sein.", label, max)
	}
	return s, nil
}
