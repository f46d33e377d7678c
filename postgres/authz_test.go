package postgres_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/koop-lichtenberg/koop"
	"github.com/koop-lichtenberg/koop/postgres"
	"github.com/koop-lichtenberg/koop/postgres/pgtest"
)

// The Lichtenberg demo organisations (postgres/seed.go), both partners of the demo cooperation.
const (
	authzBezirksamtID = "6b00c0de-0000-4000-8000-000000000101"
	authzWKHLID       = "6b00c0de-0000-4000-8000-000000000102"
	// authzMissingID is a well-formed ID that nothing has.
	authzMissingID = "6b00c0de-0000-4000-8000-00000000dead"
	// authzMyDemoTask is an open, unassigned task of the Neujahrsempfang 2027 that MyTasks assigns
	// to every actor; authzMyOtherTask one of the second cooperation, likewise assigned.
	authzMyDemoTask  = "Fotos und Bericht veröffentlichen"
	authzMyOtherTask = "Eigene Aufgabe in Marzahn-Hellersdorf"
)

// The actors of the authorization matrix.
const (
	authzAdmin       = "ADMIN"              // admin@koop.test: ADMIN member and system admin
	authzAdminOnly   = "ADMIN_NOT_SYSADMIN" // an ADMIN member who is no system admin
	authzCoordinator = "COORDINATOR"
	authzMember      = "MEMBER"
	authzViewer      = "VIEWER"
	authzExternal    = "EXTERNAL"
	authzOther       = "OTHER_COOPERATION" // the ADMIN of a second cooperation
	authzDeactivated = "DEACTIVATED"       // a former ADMIN whose membership is deactivated
	authzSystemAdmin = "SYSTEM_ADMIN"      // a system admin who is no member
	authzAnonymous   = "ANONYMOUS"
)

var authzActors = []string{authzAdmin, authzAdminOnly, authzCoordinator, authzMember, authzViewer, authzExternal,
	authzOther, authzDeactivated, authzSystemAdmin, authzAnonymous}

// The policies, one row per actor: "" means allowed, else the error code. A member whose role
// lacks the permission is FORBIDDEN; whoever is no active member does not learn that the
// cooperation or its objects exist (NOT_FOUND); nobody anonymous gets past UNAUTHENTICATED.
var (
	authzViewCooperation = map[string]string{
		authzAdmin: "", authzAdminOnly: "", authzCoordinator: "", authzMember: "", authzViewer: "", authzExternal: "",
		authzOther: koop.ENOTFOUND, authzDeactivated: koop.ENOTFOUND, authzSystemAdmin: "", authzAnonymous: koop.EUNAUTHENTICATED,
	}
	authzViewDirectory = map[string]string{
		authzAdmin: "", authzAdminOnly: "", authzCoordinator: "", authzMember: "", authzViewer: "", authzExternal: koop.EFORBIDDEN,
		authzOther: koop.ENOTFOUND, authzDeactivated: koop.ENOTFOUND, authzSystemAdmin: "", authzAnonymous: koop.EUNAUTHENTICATED,
	}
	authzManageOrganisations = map[string]string{
		authzAdmin: "", authzAdminOnly: "", authzCoordinator: "", authzMember: koop.EFORBIDDEN, authzViewer: koop.EFORBIDDEN,
		authzExternal: koop.EFORBIDDEN, authzOther: koop.ENOTFOUND, authzDeactivated: koop.ENOTFOUND, authzSystemAdmin: "",
		authzAnonymous: koop.EUNAUTHENTICATED,
	}
	authzAdminister = map[string]string{
		authzAdmin: "", authzAdminOnly: "", authzCoordinator: koop.EFORBIDDEN, authzMember: koop.EFORBIDDEN, authzViewer: koop.EFORBIDDEN,
		authzExternal: koop.EFORBIDDEN, authzOther: koop.ENOTFOUND, authzDeactivated: koop.ENOTFOUND, authzSystemAdmin: "",
		authzAnonymous: koop.EUNAUTHENTICATED,
	}
	// Installation-wide: only system admins, whatever role they hold in a cooperation.
	authzSystemAdministration = map[string]string{
		authzAdmin: "", authzAdminOnly: koop.EFORBIDDEN, authzCoordinator: koop.EFORBIDDEN, authzMember: koop.EFORBIDDEN,
		authzViewer: koop.EFORBIDDEN, authzExternal: koop.EFORBIDDEN, authzOther: koop.EFORBIDDEN, authzDeactivated: koop.EFORBIDDEN,
		authzSystemAdmin: "", authzAnonymous: koop.EUNAUTHENTICATED,
	}
	authzLoggedIn = map[string]string{
		authzAdmin: "", authzAdminOnly: "", authzCoordinator: "", authzMember: "", authzViewer: "", authzExternal: "",
		authzOther: "", authzDeactivated: "", authzSystemAdmin: "", authzAnonymous: koop.EUNAUTHENTICATED,
	}
	// Events, series and tasks: planning is for coordinators and admins (PermPlan).
	authzPlan = map[string]string{
		authzAdmin: "", authzAdminOnly: "", authzCoordinator: "", authzMember: koop.EFORBIDDEN, authzViewer: koop.EFORBIDDEN,
		authzExternal: koop.EFORBIDDEN, authzOther: koop.ENOTFOUND, authzDeactivated: koop.ENOTFOUND, authzSystemAdmin: "",
		authzAnonymous: koop.EUNAUTHENTICATED,
	}
	// Members may also take a free task and complete their own (PermTakeTasks).
	authzTakeTasks = map[string]string{
		authzAdmin: "", authzAdminOnly: "", authzCoordinator: "", authzMember: "", authzViewer: koop.EFORBIDDEN,
		authzExternal: koop.EFORBIDDEN, authzOther: koop.ENOTFOUND, authzDeactivated: koop.ENOTFOUND, authzSystemAdmin: "",
		authzAnonymous: koop.EUNAUTHENTICATED,
	}
	// Taking a task assigns it to oneself, and only active members can be assignees: the system
	// admin who is no member may plan (as ADMIN) but is no possible assignee.
	authzTakeFreeTask = map[string]string{
		authzAdmin: "", authzAdminOnly: "", authzCoordinator: "", authzMember: "", authzViewer: koop.EFORBIDDEN,
		authzExternal: koop.EFORBIDDEN, authzOther: koop.ENOTFOUND, authzDeactivated: koop.ENOTFOUND, authzSystemAdmin: koop.EINVALID,
		authzAnonymous: koop.EUNAUTHENTICATED,
	}
	// authzMyTasks is what "my tasks" lists after authzAssignMyTasks, soonest due first: the
	// seeded tasks of the coordinator and the member, plus the demo task every actor was given;
	// never a task of a cooperation where the actor is EXTERNAL, VIEWER (who cannot complete it),
	// deactivated or no member at all.
	authzMyTasks = map[string][]string{
		authzAdmin: {authzMyDemoTask}, authzAdminOnly: {authzMyDemoTask},
		authzCoordinator: {"Einladungen versenden", authzMyDemoTask}, authzMember: {"Catering beauftragen", authzMyDemoTask},
		authzViewer: {}, authzExternal: {}, authzOther: {authzMyOtherTask}, authzDeactivated: {}, authzSystemAdmin: {},
	}
	// authzEffectiveRole is the role the cooperation reports as the actor's own (myRole).
	authzEffectiveRole = map[string]koop.Role{
		authzAdmin: koop.RoleAdmin, authzAdminOnly: koop.RoleAdmin, authzCoordinator: koop.RoleCoordinator, authzMember: koop.RoleMember,
		authzViewer: koop.RoleViewer, authzExternal: koop.RoleExternal, authzSystemAdmin: koop.RoleAdmin,
	}
)

// authzFixture is the demo database plus everyone the matrix needs, and the IDs acted on.
type authzFixture struct {
	db           *pgtest.DB
	coops        *postgres.CooperationService
	members      *postgres.MemberService
	users        *postgres.UserService
	audit        *postgres.AuditService
	events       *postgres.EventService
	tasks        *postgres.TaskService
	ctx          map[string]context.Context
	userID       map[string]string
	otherCoopID  string
	newOrgID     string // an organisation of the demo cooperation that is no partner
	wkhlPartner  string // a partnership that nothing depends on, to remove
	memberMs     string // the membership of member@koop.test
	invitedMs    string // the membership of an invited user without a password
	targetUserID string // coordinator.wkhl@koop.test, whom SetUserActive deactivates
	freeTask     string // an open, unassigned task of the Neujahrsempfang 2027
}

func authzPtr[T any](v T) *T { return &v }

// authzAddUser inserts a user without a password and returns its ID.
func authzAddUser(t *testing.T, db *pgtest.DB, email, name string, systemAdmin bool) string {
	t.Helper()
	var id string
	if err := db.SQL.Get(&id, `INSERT INTO users (email, name, is_system_admin, created_at, updated_at) VALUES ($1, $2, $3, $4, $4) RETURNING id`,
		email, name, systemAdmin, db.Clock.T); err != nil {
		t.Fatalf("insert user %s: %v", email, err)
	}
	return id
}

// authzAddMembership inserts a membership and returns its ID.
func authzAddMembership(t *testing.T, db *pgtest.DB, cooperationID, userID string, role koop.Role, active bool) string {
	t.Helper()
	var id string
	if err := db.SQL.Get(&id, `INSERT INTO memberships (cooperation_id, user_id, role, active, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $5) RETURNING id`,
		cooperationID, userID, role, active, db.Clock.T); err != nil {
		t.Fatalf("insert membership: %v", err)
	}
	return id
}

// authzMembershipID returns the membership of the user with the e-mail in the cooperation.
func authzMembershipID(t *testing.T, db *pgtest.DB, cooperationID, email string) string {
	t.Helper()
	var id string
	if err := db.SQL.Get(&id, `SELECT m.id FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.cooperation_id = $1 AND u.email = $2`,
		cooperationID, email); err != nil {
		t.Fatalf("membership of %s: %v", email, err)
	}
	return id
}

// authzVersion reads the version of a row, as a client would have read it before editing.
func authzVersion(t *testing.T, db *pgtest.DB, table, id string) int {
	t.Helper()
	var v int
	if err := db.SQL.Get(&v, `SELECT version FROM `+table+` WHERE id = $1`, id); err != nil {
		t.Fatalf("version of %s %s: %v", table, id, err)
	}
	return v
}

// authzText returns the result of a query with one text column.
func authzText(t *testing.T, db *pgtest.DB, query string, args ...any) string {
	t.Helper()
	var s string
	if err := db.SQL.Get(&s, query, args...); err != nil {
		t.Fatalf("%s: %v", query, err)
	}
	return s
}

// authzSetup returns a fresh demo database with an EXTERNAL member, a second cooperation, a
// deactivated member, a plain ADMIN, a system admin who is no member and an invited user.
func authzSetup(t *testing.T) *authzFixture {
	t.Helper()
	db := pgtest.Seeded(t)
	f := &authzFixture{
		db:      db,
		coops:   postgres.NewCooperationService(db.DB),
		members: postgres.NewMemberService(db.DB),
		users:   postgres.NewUserService(db.DB),
		audit:   postgres.NewAuditService(db.DB),
		events:  postgres.NewEventService(db.DB),
		tasks:   postgres.NewTaskService(db.DB),
		ctx:     map[string]context.Context{authzAnonymous: context.Background()},
		userID:  map[string]string{},
	}
	demo := pgtest.DemoCooperationID
	authzAddMembership(t, db, demo, authzAddUser(t, db, "external@koop.test", "Erik Extern", false), koop.RoleExternal, true)
	authzAddMembership(t, db, demo, authzAddUser(t, db, "admin2@koop.test", "Anton Zweit", false), koop.RoleAdmin, true)
	authzAddMembership(t, db, demo, authzAddUser(t, db, "former@koop.test", "Frieda Früher", false), koop.RoleAdmin, false)
	authzAddUser(t, db, "root@koop.test", "Rita Root", true)
	f.invitedMs = authzAddMembership(t, db, demo, authzAddUser(t, db, "invited@koop.test", "Ina Eingeladen", false), koop.RoleViewer, true)

	admin := db.As(t, "admin@koop.test")
	other, err := f.coops.CreateCooperation(admin, koop.CreateCooperationInput{Name: "Kooperation Marzahn-Hellersdorf",
		Partners:   []*koop.NewPartnerInput{{Name: "Bezirksamt Marzahn-Hellersdorf", Kind: koop.OrganisationAuthority}},
		AdminEmail: "other.admin@koop.test", AdminName: "Olga Anders"})
	if err != nil {
		t.Fatalf("create second cooperation: %v", err)
	}
	f.otherCoopID = other.ID
	org, err := f.coops.CreateOrganisation(admin, koop.CreateOrganisationInput{CooperationID: demo, Kind: koop.OrganisationCompany,
		Name: "Lichtenberger Backstube GmbH"})
	if err != nil {
		t.Fatalf("create organisation: %v", err)
	}
	f.newOrgID = org.ID
	// A third partner that leads nothing, so that removing it is allowed (the seeded partners
	// lead events and own tasks).
	third, err := f.coops.CreateOrganisation(admin, koop.CreateOrganisationInput{CooperationID: demo, Kind: koop.OrganisationAssociation,
		Name: "Handwerkskammer Berlin"})
	if err != nil {
		t.Fatalf("create organisation: %v", err)
	}
	p, err := f.coops.AddPartner(admin, koop.AddPartnerInput{OrganisationID: third.ID})
	if err != nil {
		t.Fatalf("add partner: %v", err)
	}
	f.wkhlPartner = p.ID
	f.memberMs = authzMembershipID(t, db, demo, "member@koop.test")
	f.targetUserID = db.UserID(t, "coordinator.wkhl@koop.test")
	f.freeTask = authzText(t, db, `SELECT id::text FROM tasks WHERE event_id = $1 AND title = 'Pressemitteilung abstimmen' AND assignee_id IS NULL AND NOT done`,
		pgtest.DemoNeujahr2027)

	for actor, email := range map[string]string{
		authzAdmin: "admin@koop.test", authzAdminOnly: "admin2@koop.test", authzCoordinator: "coordinator@koop.test",
		authzMember: "member@koop.test", authzViewer: "viewer@koop.test", authzExternal: "external@koop.test",
		authzOther: "other.admin@koop.test", authzDeactivated: "former@koop.test", authzSystemAdmin: "root@koop.test",
	} {
		f.ctx[actor] = db.As(t, email)
		f.userID[actor] = db.UserID(t, email)
	}
	return f
}

// authzOp is one service operation with the policy it must follow.
type authzOp struct {
	name   string
	policy map[string]string
	// prepare, if set, arranges the data for the actor before anything is counted.
	prepare func(t *testing.T, f *authzFixture, actor string)
	// action is the audit action an allowed mutation writes; "" for a read.
	action string
	// state is what an allowed mutation visibly changes and a refused one leaves alone.
	state func(t *testing.T, f *authzFixture) string
	// call performs the operation; on success it checks what a read returned.
	call func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error
}

var authzOps = []authzOp{
	{
		name: "Cooperation", policy: authzViewCooperation,
		call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
			c, err := f.coops.Cooperation(ctx, pgtest.DemoCooperationID)
			if err == nil && (c.ID != pgtest.DemoCooperationID || c.MyRole != authzEffectiveRole[actor] || len(c.Partners) != 3) {
				t.Errorf("cooperation %s, myRole %s, %d partners; want %s, %s, 3 (2 seeded, 1 of the fixture)", c.ID, c.MyRole, len(c.Partners), pgtest.DemoCooperationID, authzEffectiveRole[actor])
			}
			return err
		},
	},
	{
		name: "Members", policy: authzViewDirectory,
		call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
			l, err := f.members.Members(ctx, pgtest.DemoCooperationID, koop.MemberFilter{}, koop.Page{Limit: koop.MaxLimit})
			if err == nil {
				want := f.db.Count(t, `SELECT count(*) FROM memberships WHERE cooperation_id = $1`, pgtest.DemoCooperationID)
				if l.TotalCount != want || len(l.Items) != want {
					t.Errorf("members: total %d, %d items; want %d", l.TotalCount, len(l.Items), want)
				}
			}
			return err
		},
	},
	{
		name: "Organisations", policy: authzViewDirectory,
		call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
			l, err := f.coops.Organisations(ctx, pgtest.DemoCooperationID, koop.OrganisationFilter{}, koop.Page{Limit: koop.MaxLimit})
			if err == nil {
				want := f.db.Count(t, `SELECT count(*) FROM organisations WHERE cooperation_id = $1`, pgtest.DemoCooperationID)
				if l.TotalCount != want || len(l.Items) != want {
					t.Errorf("organisations: total %d, %d items; want %d", l.TotalCount, len(l.Items), want)
				}
			}
			return err
		},
	},
	{
		name: "AuditEntries", policy: authzAdminister,
		call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
			l, err := f.audit.AuditEntries(ctx, pgtest.DemoCooperationID, koop.AuditFilter{}, koop.Page{Limit: koop.MaxLimit})
			if err == nil {
				want := f.db.Count(t, `SELECT count(*) FROM audit_entries WHERE cooperation_id = $1`, pgtest.DemoCooperationID)
				if want == 0 || l.TotalCount != want || len(l.Items) != want {
					t.Errorf("audit entries: total %d, %d items; want %d (> 0)", l.TotalCount, len(l.Items), want)
				}
				for _, e := range l.Items {
					if e.CooperationID == nil || *e.CooperationID != pgtest.DemoCooperationID {
						t.Errorf("audit entry %s of another cooperation: %v", e.ID, e.CooperationID)
					}
				}
			}
			return err
		},
	},
	{
		name: "CreateCooperation", policy: authzSystemAdministration, action: "cooperation.create",
		state: func(t *testing.T, f *authzFixture) string {
			return authzText(t, f.db, `SELECT count(*)::text FROM cooperations`)
		},
		call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
			_, err := f.coops.CreateCooperation(ctx, koop.CreateCooperationInput{Name: "Kooperation Treptow-Köpenick",
				Partners:   []*koop.NewPartnerInput{{Name: "Bezirksamt Treptow-Köpenick", Kind: koop.OrganisationAuthority}},
				AdminEmail: "new.admin@koop.test", AdminName: "Nora Neu"})
			return err
		},
	},
	{
		name: "UpdateCooperation", policy: authzAdminister, action: "cooperation.update",
		state: func(t *testing.T, f *authzFixture) string {
			return authzText(t, f.db, `SELECT name || '/' || version FROM cooperations WHERE id = $1`, pgtest.DemoCooperationID)
		},
		call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
			_, err := f.coops.UpdateCooperation(ctx, koop.UpdateCooperationInput{ID: pgtest.DemoCooperationID,
				Version: authzVersion(t, f.db, "cooperations", pgtest.DemoCooperationID), Name: authzPtr("Kooperation Lichtenberg 2027")})
			return err
		},
	},
	{
		name: "CreateOrganisation", policy: authzManageOrganisations, action: "organisation.create",
		state: func(t *testing.T, f *authzFixture) string {
			return authzText(t, f.db, `SELECT count(*)::text FROM organisations WHERE cooperation_id = $1`, pgtest.DemoCooperationID)
		},
		call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
			_, err := f.coops.CreateOrganisation(ctx, koop.CreateOrganisationInput{CooperationID: pgtest.DemoCooperationID,
				Kind: koop.OrganisationCompany, Name: "Elektro Hohenschönhausen GmbH", City: authzPtr("Berlin")})
			return err
		},
	},
	{
		name: "UpdateOrganisation", policy: authzManageOrganisations, action: "organisation.update",
		state: func(t *testing.T, f *authzFixture) string {
			return authzText(t, f.db, `SELECT city || '/' || version FROM organisations WHERE id = $1`, authzBezirksamtID)
		},
		call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
			_, err := f.coops.UpdateOrganisation(ctx, koop.UpdateOrganisationInput{ID: authzBezirksamtID,
				Version: authzVersion(t, f.db, "organisations", authzBezirksamtID), City: authzPtr("Berlin-Lichtenberg")})
			return err
		},
	},
	{
		name: "AddPartner", policy: authzAdminister, action: "partner.add",
		state: func(t *testing.T, f *authzFixture) string {
			return authzText(t, f.db, `SELECT string_agg(organisation_id::text, ',' ORDER BY position) FROM partners WHERE cooperation_id = $1`, pgtest.DemoCooperationID)
		},
		call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
			_, err := f.coops.AddPartner(ctx, koop.AddPartnerInput{OrganisationID: f.newOrgID})
			return err
		},
	},
	{
		name: "RemovePartner", policy: authzAdminister, action: "partner.remove",
		state: func(t *testing.T, f *authzFixture) string {
			return authzText(t, f.db, `SELECT string_agg(organisation_id::text, ',' ORDER BY position) FROM partners WHERE cooperation_id = $1`, pgtest.DemoCooperationID)
		},
		call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
			_, err := f.coops.RemovePartner(ctx, koop.RemovePartnerInput{PartnerID: f.wkhlPartner})
			return err
		},
	},
	{
		name: "InviteMember", policy: authzAdminister, action: "member.invite",
		state: func(t *testing.T, f *authzFixture) string {
			return authzText(t, f.db, `SELECT count(*)::text FROM memberships WHERE cooperation_id = $1`, pgtest.DemoCooperationID)
		},
		call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
			_, err := f.members.InviteMember(ctx, koop.InviteMemberInput{CooperationID: pgtest.DemoCooperationID,
				Email: "new.member@koop.test", Name: "Nils Neumann", Role: koop.RoleMember, OrganisationID: authzPtr(authzWKHLID)})
			return err
		},
	},
	{
		name: "UpdateMemberRole", policy: authzAdminister, action: "member.update_role",
		state: func(t *testing.T, f *authzFixture) string {
			return authzText(t, f.db, `SELECT role || '/' || version FROM memberships WHERE id = $1`, f.memberMs)
		},
		call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
			_, err := f.members.UpdateMemberRole(ctx, koop.UpdateMemberRoleInput{MembershipID: f.memberMs,
				Version: authzVersion(t, f.db, "memberships", f.memberMs), Role: koop.RoleViewer})
			return err
		},
	},
	{
		name: "SetMemberActive", policy: authzAdminister, action: "member.deactivate",
		state: func(t *testing.T, f *authzFixture) string {
			return authzText(t, f.db, `SELECT active || '/' || version FROM memberships WHERE id = $1`, f.memberMs)
		},
		call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
			_, err := f.members.SetMemberActive(ctx, koop.SetMemberActiveInput{MembershipID: f.memberMs,
				Version: authzVersion(t, f.db, "memberships", f.memberMs), Active: false})
			return err
		},
	},
	{
		name: "ResendInvitation", policy: authzAdminister, action: "member.resend_invitation",
		state: func(t *testing.T, f *authzFixture) string {
			return authzText(t, f.db, `SELECT count(*)::text FROM password_tokens t JOIN memberships m ON m.user_id = t.user_id WHERE m.id = $1`, f.invitedMs)
		},
		call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
			_, err := f.members.ResendInvitation(ctx, koop.ResendInvitationInput{MembershipID: f.invitedMs})
			return err
		},
	},
	{
		name: "UpdateMe", policy: authzLoggedIn, action: "user.update",
		state: func(t *testing.T, f *authzFixture) string {
			return authzText(t, f.db, `SELECT string_agg(name, ',' ORDER BY email) FROM users`)
		},
		call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
			u, err := f.users.UpdateMe(ctx, koop.UpdateMeInput{Name: authzPtr("Neuer Name")})
			if err == nil && (u.ID != f.userID[actor] || u.Name != "Neuer Name") {
				t.Errorf("UpdateMe changed %s to %q, want %s", u.ID, u.Name, f.userID[actor])
			}
			return err
		},
	},
	{
		name: "SetUserActive", policy: authzSystemAdministration, action: "user.set_active",
		state: func(t *testing.T, f *authzFixture) string {
			return authzText(t, f.db, `SELECT active::text FROM users WHERE id = $1`, f.targetUserID)
		},
		call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
			_, err := f.users.SetUserActive(ctx, koop.SetUserActiveInput{UserID: f.targetUserID, Active: false})
			return err
		},
	},
	// ---- events, series and tasks ----
	{
		name: "EventSeries", policy: authzViewDirectory,
		call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
			l, err := f.events.EventSeries(ctx, pgtest.DemoCooperationID)
			if err == nil {
				if want := f.db.Count(t, `SELECT count(*) FROM event_series WHERE cooperation_id = $1`, pgtest.DemoCooperationID); want != 5 || len(l) != want {
					t.Errorf("series: %d; want %d (5 seeded)", len(l), want)
				}
				for _, s := range l {
					if s.CooperationID != pgtest.DemoCooperationID {
						t.Errorf("series %s of another cooperation %s", s.ID, s.CooperationID)
					}
				}
			}
			return err
		},
	},
	{
		name: "EventSeriesByID", policy: authzViewDirectory,
		call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
			s, err := f.events.EventSeriesByID(ctx, pgtest.DemoNeujahrSeries)
			if err == nil && (s.ID != pgtest.DemoNeujahrSeries || len(s.TaskTemplate) != 6 || s.DefaultLeadPartner == nil) {
				t.Errorf("series %s with %d checklist items, lead %v; want %s, 6, the Bezirksamt", s.ID, len(s.TaskTemplate), s.DefaultLeadPartner, pgtest.DemoNeujahrSeries)
			}
			return err
		},
	},
	{
		name: "Events", policy: authzViewDirectory,
		call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
			l, err := f.events.Events(ctx, pgtest.DemoCooperationID, koop.EventFilter{}, koop.EventOrderStartsAtAsc, koop.Page{Limit: koop.MaxLimit},
				koop.EventLoad{Tasks: true, Organisers: true})
			if err == nil {
				want := f.db.Count(t, `SELECT count(*) FROM events WHERE cooperation_id = $1`, pgtest.DemoCooperationID)
				if want != 8 || l.TotalCount != want || len(l.Items) != want {
					t.Errorf("events: total %d, %d items; want %d (8 seeded)", l.TotalCount, len(l.Items), want)
				}
				tasks := 0
				for _, e := range l.Items {
					tasks += len(e.Tasks)
				}
				if want := f.db.Count(t, `SELECT count(*) FROM tasks WHERE cooperation_id = $1 AND event_id IS NOT NULL`, pgtest.DemoCooperationID); tasks != want {
					t.Errorf("events carry %d tasks, want %d", tasks, want)
				}
			}
			return err
		},
	},
	{
		name: "Event", policy: authzViewDirectory,
		call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
			e, err := f.events.Event(ctx, pgtest.DemoNeujahr2027, koop.EventLoad{Tasks: true})
			if err == nil && (e.ID != pgtest.DemoNeujahr2027 || len(e.Tasks) != 6) {
				t.Errorf("event %s with %d tasks; want %s with 6", e.ID, len(e.Tasks), pgtest.DemoNeujahr2027)
			}
			return err
		},
	},
	{
		name: "MyTasks", policy: authzLoggedIn, prepare: authzAssignMyTasks,
		call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
			l, err := f.tasks.MyTasks(ctx, false, koop.Page{Limit: koop.MaxLimit})
			if err == nil {
				got := []string{}
				for _, task := range l.Items {
					if task.AssigneeID == nil || *task.AssigneeID != f.userID[actor] {
						t.Errorf("my tasks lists %q assigned to %v", task.Title, task.AssigneeID)
					}
					got = append(got, task.Title)
				}
				want := authzMyTasks[actor]
				if strings.Join(got, " | ") != strings.Join(want, " | ") || l.TotalCount != len(want) {
					t.Errorf("my tasks of %s: %q (total %d); want %q", actor, got, l.TotalCount, want)
				}
			}
			return err
		},
	},
	{
		name: "CreateEventSeries", policy: authzPlan, action: "event_series.create",
		state: func(t *testing.T, f *authzFixture) string {
			return authzText(t, f.db, `SELECT count(*)::text FROM event_series WHERE cooperation_id = $1`, pgtest.DemoCooperationID)
		},
		call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
			_, err := f.events.CreateEventSeries(ctx, koop.CreateEventSeriesInput{CooperationID: pgtest.DemoCooperationID, Name: "Sommerfest",
				DefaultLeadPartnerID: authzPtr(pgtest.DemoWKHLPartnerID), UsualMonth: authzPtr(7),
				TaskTemplate: []*koop.TaskTemplateItemInput{{Title: "Bühne mieten", DaysBefore: 30, OwnerPartnerID: authzPtr(pgtest.DemoBAPartnerID)}}})
			return err
		},
	},
	{
		name: "UpdateEventSeries", policy: authzPlan, action: "event_series.update",
		state: func(t *testing.T, f *authzFixture) string {
			return authzText(t, f.db, `SELECT name || '/' || version FROM event_series WHERE id = $1`, pgtest.DemoNeujahrSeries)
		},
		call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
			_, err := f.events.UpdateEventSeries(ctx, koop.UpdateEventSeriesInput{ID: pgtest.DemoNeujahrSeries,
				Version: authzVersion(t, f.db, "event_series", pgtest.DemoNeujahrSeries), Name: authzPtr("Neujahrsempfang des Bezirks")})
			return err
		},
	},
	{
		// From the series, so that the checklist's task.create entries are written too; only
		// event.create is counted.
		name: "CreateEvent", policy: authzPlan, action: "event.create",
		state: func(t *testing.T, f *authzFixture) string {
			return authzText(t, f.db, `SELECT (SELECT count(*) FROM events WHERE cooperation_id = $1) || '/' || (SELECT count(*) FROM tasks WHERE cooperation_id = $1)`,
				pgtest.DemoCooperationID)
		},
		call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
			start := time.Date(2028, 1, 19, 17, 0, 0, 0, time.UTC)
			e, err := f.events.CreateEvent(ctx, koop.CreateEventInput{CooperationID: pgtest.DemoCooperationID, Title: "Neujahrsempfang 2028",
				SeriesID: authzPtr(pgtest.DemoNeujahrSeries), StartsAt: start, EndsAt: start.Add(3 * time.Hour)})
			if err == nil && len(e.Tasks) != 6 {
				t.Errorf("new event with %d tasks, want the 6 of the checklist", len(e.Tasks))
			}
			return err
		},
	},
	{
		name: "UpdateEvent", policy: authzPlan, action: "event.update",
		state: func(t *testing.T, f *authzFixture) string {
			return authzText(t, f.db, `SELECT title || '/' || version FROM events WHERE id = $1`, pgtest.DemoNeujahr2027)
		},
		call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
			_, err := f.events.UpdateEvent(ctx, koop.UpdateEventInput{ID: pgtest.DemoNeujahr2027,
				Version: authzVersion(t, f.db, "events", pgtest.DemoNeujahr2027), Title: authzPtr("Neujahrsempfang 2027 im Kulturhaus")})
			return err
		},
	},
	{
		name: "ChangeEventStatus", policy: authzPlan, action: "event.change_status",
		state: func(t *testing.T, f *authzFixture) string {
			return authzText(t, f.db, `SELECT status || '/' || version FROM events WHERE id = $1`, pgtest.DemoNeujahr2027)
		},
		call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
			_, err := f.events.ChangeEventStatus(ctx, koop.ChangeEventStatusInput{ID: pgtest.DemoNeujahr2027,
				Version: authzVersion(t, f.db, "events", pgtest.DemoNeujahr2027), Status: koop.EventHeld})
			return err
		},
	},
	{
		name: "CreateTask", policy: authzPlan, action: "task.create",
		state: func(t *testing.T, f *authzFixture) string {
			return authzText(t, f.db, `SELECT count(*)::text FROM tasks WHERE cooperation_id = $1`, pgtest.DemoCooperationID)
		},
		call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
			_, err := f.tasks.CreateTask(ctx, koop.CreateTaskInput{CooperationID: pgtest.DemoCooperationID, EventID: authzPtr(pgtest.DemoNeujahr2027),
				Title: "Blumen bestellen", DueOn: authzPtr(time.Date(2027, 1, 15, 0, 0, 0, 0, time.UTC)),
				AssigneeID: authzPtr(f.db.UserID(t, "member@koop.test")), OwnerPartnerID: authzPtr(pgtest.DemoWKHLPartnerID)})
			return err
		},
	},
	{
		name: "DeleteTask", policy: authzPlan, action: "task.delete",
		state: func(t *testing.T, f *authzFixture) string {
			return authzText(t, f.db, `SELECT count(*)::text FROM tasks WHERE id = $1`, f.freeTask)
		},
		call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
			return f.tasks.DeleteTask(ctx, koop.DeleteTaskInput{ID: f.freeTask, Version: authzVersion(t, f.db, "tasks", f.freeTask)})
		},
	},
	{
		// Anything beyond taking and completing is planning: a member may not rename a task.
		name: "UpdateTask/edit", policy: authzPlan, action: "task.update",
		state: func(t *testing.T, f *authzFixture) string {
			return authzText(t, f.db, `SELECT title || '/' || version FROM tasks WHERE id = $1`, f.freeTask)
		},
		call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
			_, err := f.tasks.UpdateTask(ctx, koop.UpdateTaskInput{ID: f.freeTask, Version: authzVersion(t, f.db, "tasks", f.freeTask),
				Title: authzPtr("Pressemitteilung mit dem Bezirksamt abstimmen")})
			return err
		},
	},
	{
		name: "UpdateTask/take", policy: authzTakeFreeTask, action: "task.update",
		state: func(t *testing.T, f *authzFixture) string {
			return authzText(t, f.db, `SELECT coalesce(assignee_id::text, '-') || '/' || version FROM tasks WHERE id = $1`, f.freeTask)
		},
		call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
			task, err := f.tasks.UpdateTask(ctx, koop.UpdateTaskInput{ID: f.freeTask, Version: authzVersion(t, f.db, "tasks", f.freeTask),
				AssigneeID: authzPtr(f.userID[actor])})
			if err == nil && (task.Assignee == nil || task.Assignee.ID != f.userID[actor]) {
				t.Errorf("taken task assigned to %+v, want %s", task.Assignee, f.userID[actor])
			}
			return err
		},
	},
	{
		// The task is the actor's own, assigned directly in the database even where the service
		// would refuse the assignee (EXTERNAL, outsiders, the system admin who is no member).
		name: "UpdateTask/completeOwn", policy: authzTakeTasks, action: "task.update",
		prepare: func(t *testing.T, f *authzFixture, actor string) {
			if id := f.userID[actor]; id != "" {
				if _, err := f.db.SQL.Exec(`UPDATE tasks SET assignee_id = $2 WHERE id = $1`, f.freeTask, id); err != nil {
					t.Fatalf("assign the task: %v", err)
				}
			}
		},
		state: func(t *testing.T, f *authzFixture) string {
			return authzText(t, f.db, `SELECT done || '/' || version FROM tasks WHERE id = $1`, f.freeTask)
		},
		call: func(t *testing.T, ctx context.Context, f *authzFixture, actor string) error {
			task, err := f.tasks.UpdateTask(ctx, koop.UpdateTaskInput{ID: f.freeTask, Version: authzVersion(t, f.db, "tasks", f.freeTask),
				Done: authzPtr(true)})
			if err == nil && (!task.Done || task.DoneAt == nil || task.AssigneeID == nil || *task.AssigneeID != f.userID[actor]) {
				t.Errorf("completed task: done %v at %v, assignee %v; want done, still the actor's", task.Done, task.DoneAt, task.AssigneeID)
			}
			return err
		},
	},
}

// authzAssignMyTasks gives the actor, directly in the database, an open demo task and a task of
// the second cooperation, whatever their membership.
func authzAssignMyTasks(t *testing.T, f *authzFixture, actor string) {
	t.Helper()
	id := f.userID[actor]
	if id == "" {
		return
	}
	if _, err := f.db.SQL.Exec(`UPDATE tasks SET assignee_id = $3 WHERE event_id = $1 AND title = $2`, pgtest.DemoNeujahr2027, authzMyDemoTask, id); err != nil {
		t.Fatalf("assign the demo task: %v", err)
	}
	if _, err := f.db.SQL.Exec(`INSERT INTO tasks (cooperation_id, title, assignee_id, created_at, updated_at) VALUES ($1, $2, $3, $4, $4)`,
		f.otherCoopID, authzMyOtherTask, id, f.db.Clock.T); err != nil {
		t.Fatalf("insert a task of the second cooperation: %v", err)
	}
}

// Every service operation that changes data or reads a restricted part, called by every kind
// of actor, each on a fresh database: an allowed call has its visible effect and its audit
// entry; a refused one answers with the policy's code and writes nothing.
func TestAuthzEveryOperationByEveryActor(t *testing.T) {
	for _, op := range authzOps {
		t.Run(op.name, func(t *testing.T) {
			for _, actor := range authzActors {
				want, ok := op.policy[actor]
				if !ok {
					t.Fatalf("the policy of %s says nothing about %s", op.name, actor)
				}
				t.Run(actor, func(t *testing.T) {
					t.Parallel()
					f := authzSetup(t)
					db := f.db
					if op.prepare != nil {
						op.prepare(t, f, actor)
					}
					audits := db.Count(t, `SELECT count(*) FROM audit_entries`)
					mails := db.Count(t, `SELECT count(*) FROM mail_outbox`)
					actionCount := func() int {
						return db.Count(t, `SELECT count(*) FROM audit_entries WHERE action = $1 AND actor_id IS NOT DISTINCT FROM $2`,
							op.action, authzNullable(f.userID[actor]))
					}
					var actions int
					var before string
					if op.state != nil {
						actions, before = actionCount(), op.state(t, f)
					}

					err := op.call(t, f.ctx[actor], f, actor)
					if got := koop.ErrorCode(err); got != want {
						t.Fatalf("%s as %s: code %q, want %q (%v)", op.name, actor, got, want, err)
					}

					switch {
					case op.state == nil: // a read writes nothing
						if n := db.Count(t, `SELECT count(*) FROM audit_entries`); n != audits {
							t.Errorf("a read wrote %d audit entries", n-audits)
						}
					case want == "":
						if after := op.state(t, f); after == before {
							t.Errorf("allowed %s changed nothing: still %q", op.name, after)
						}
						if n := actionCount(); n != actions+1 {
							t.Errorf("audit entries %q by the actor: %d, want %d", op.action, n, actions+1)
						}
					default:
						if after := op.state(t, f); after != before {
							t.Errorf("refused %s changed the data: %q, was %q", op.name, after, before)
						}
						if n := db.Count(t, `SELECT count(*) FROM audit_entries`); n != audits {
							t.Errorf("refused %s wrote %d audit entries", op.name, n-audits)
						}
						if n := db.Count(t, `SELECT count(*) FROM mail_outbox`); n != mails {
							t.Errorf("refused %s queued %d mails", op.name, n-mails)
						}
					}
				})
			}
		})
	}
}

// authzNullable turns "" (no user) into NULL.
func authzNullable(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// A new role applies to the member's very next call, in the same session: nothing caches it.
func TestAuthzRoleChangeTakesEffectOnNextCall(t *testing.T) {
	db := pgtest.Seeded(t)
	coops := postgres.NewCooperationService(db.DB)
	members := postgres.NewMemberService(db.DB)
	admin, coordinator := db.As(t, "admin@koop.test"), db.As(t, "coordinator@koop.test")
	create := func(name string) error {
		_, err := coops.CreateOrganisation(coordinator, koop.CreateOrganisationInput{CooperationID: pgtest.DemoCooperationID,
			Kind: koop.OrganisationCompany, Name: name})
		return err
	}

	if err := create("Vor der Herabstufung GmbH"); err != nil {
		t.Fatalf("coordinator before the change: %v", err)
	}
	ms := authzMembershipID(t, db, pgtest.DemoCooperationID, "coordinator@koop.test")
	if _, err := members.UpdateMemberRole(admin, koop.UpdateMemberRoleInput{MembershipID: ms,
		Version: authzVersion(t, db, "memberships", ms), Role: koop.RoleViewer}); err != nil {
		t.Fatalf("demote: %v", err)
	}
	if err := create("Nach der Herabstufung GmbH"); koop.ErrorCode(err) != koop.EFORBIDDEN {
		t.Fatalf("coordinator demoted to VIEWER creates an organisation: code %q, want %q (%v)", koop.ErrorCode(err), koop.EFORBIDDEN, err)
	}
	c, err := coops.Cooperation(coordinator, pgtest.DemoCooperationID)
	if err != nil || c.MyRole != koop.RoleViewer {
		t.Fatalf("myRole after demotion: %+v, %v; want VIEWER", c, err)
	}

	// Deactivating the membership hides the cooperation on the next call.
	if _, err := members.SetMemberActive(admin, koop.SetMemberActiveInput{MembershipID: ms,
		Version: authzVersion(t, db, "memberships", ms), Active: false}); err != nil {
		t.Fatalf("deactivate: %v", err)
	}
	if _, err := coops.Cooperation(coordinator, pgtest.DemoCooperationID); koop.ErrorCode(err) != koop.ENOTFOUND {
		t.Fatalf("deactivated member reads the cooperation: code %q, want %q", koop.ErrorCode(err), koop.ENOTFOUND)
	}
}

// A cooperation always keeps an active ADMIN: the last one can be neither demoted nor
// deactivated, and a refused attempt leaves no trace; a second active admin makes it possible.
func TestAuthzLastActiveAdmin(t *testing.T) {
	type env struct {
		db      *pgtest.DB
		members *postgres.MemberService
		users   *postgres.UserService
		admin   context.Context
	}
	promoteCoordinator := func(t *testing.T, e env) string {
		t.Helper()
		ms := authzMembershipID(t, e.db, pgtest.DemoCooperationID, "coordinator@koop.test")
		if _, err := e.members.UpdateMemberRole(e.admin, koop.UpdateMemberRoleInput{MembershipID: ms,
			Version: authzVersion(t, e.db, "memberships", ms), Role: koop.RoleAdmin}); err != nil {
			t.Fatalf("promote the coordinator: %v", err)
		}
		return ms
	}
	seconds := []struct {
		name    string
		prepare func(t *testing.T, e env)
		want    string
	}{
		{"only admin", func(t *testing.T, e env) {}, koop.ECONFLICT},
		{"second active admin", func(t *testing.T, e env) { promoteCoordinator(t, e) }, ""},
		{"second admin with deactivated membership", func(t *testing.T, e env) {
			ms := promoteCoordinator(t, e)
			if _, err := e.members.SetMemberActive(e.admin, koop.SetMemberActiveInput{MembershipID: ms,
				Version: authzVersion(t, e.db, "memberships", ms), Active: false}); err != nil {
				t.Fatalf("deactivate the second admin: %v", err)
			}
		}, koop.ECONFLICT},
		// A deactivated account cannot log in, so its ADMIN membership administers nothing.
		{"second admin with deactivated account", func(t *testing.T, e env) {
			promoteCoordinator(t, e)
			if _, err := e.users.SetUserActive(e.admin, koop.SetUserActiveInput{UserID: e.db.UserID(t, "coordinator@koop.test"), Active: false}); err != nil {
				t.Fatalf("deactivate the second admin's account: %v", err)
			}
		}, koop.ECONFLICT},
	}
	changes := []struct {
		name   string
		action string
		change func(ctx context.Context, m *postgres.MemberService, ms string, version int) error
	}{
		{"demote", "member.update_role", func(ctx context.Context, m *postgres.MemberService, ms string, version int) error {
			_, err := m.UpdateMemberRole(ctx, koop.UpdateMemberRoleInput{MembershipID: ms, Version: version, Role: koop.RoleCoordinator})
			return err
		}},
		{"deactivate", "member.deactivate", func(ctx context.Context, m *postgres.MemberService, ms string, version int) error {
			_, err := m.SetMemberActive(ctx, koop.SetMemberActiveInput{MembershipID: ms, Version: version, Active: false})
			return err
		}},
	}
	for _, second := range seconds {
		for _, ch := range changes {
			t.Run(ch.name+"/"+second.name, func(t *testing.T) {
				db := pgtest.Seeded(t)
				e := env{db: db, members: postgres.NewMemberService(db.DB), users: postgres.NewUserService(db.DB), admin: db.As(t, "admin@koop.test")}
				second.prepare(t, e)
				ms := authzMembershipID(t, db, pgtest.DemoCooperationID, "admin@koop.test")
				row := func() string {
					return authzText(t, db, `SELECT role || '/' || active || '/' || version FROM memberships WHERE id = $1`, ms)
				}
				audits, before := db.Count(t, `SELECT count(*) FROM audit_entries`), row()

				err := ch.change(e.admin, e.members, ms, authzVersion(t, db, "memberships", ms))
				if got := koop.ErrorCode(err); got != second.want {
					t.Fatalf("%s the first admin with %s: code %q, want %q (%v)", ch.name, second.name, got, second.want, err)
				}
				after := row()
				n := db.Count(t, `SELECT count(*) FROM audit_entries WHERE action = $1 AND entity_id = $2`, ch.action, ms)
				if second.want == "" {
					if after == before || n != 1 {
						t.Errorf("allowed: membership %q (was %q), %d audit entries %q; want a change and 1", after, before, n, ch.action)
					}
					return
				}
				if after != before {
					t.Errorf("refused, yet the membership changed: %q, was %q", after, before)
				}
				if got := db.Count(t, `SELECT count(*) FROM audit_entries`); got != audits {
					t.Errorf("refused, yet %d audit entries were written", got-audits)
				}
			})
		}
	}
}

// An edit based on a version someone else has since changed is refused with CONFLICT, keeps
// the other edit and writes no audit entry.
func TestAuthzStaleVersionConflicts(t *testing.T) {
	type svc struct {
		coops   *postgres.CooperationService
		members *postgres.MemberService
	}
	cases := []struct {
		name  string
		table string
		id    func(t *testing.T, db *pgtest.DB) string
		// edit changes the row to the n-th value based on version.
		edit  func(ctx context.Context, s svc, id string, version, n int) error
		state string // the edited column(s)
	}{
		{
			name: "UpdateMemberRole", table: "memberships", state: "role",
			id: func(t *testing.T, db *pgtest.DB) string {
				return authzMembershipID(t, db, pgtest.DemoCooperationID, "member@koop.test")
			},
			edit: func(ctx context.Context, s svc, id string, version, n int) error {
				_, err := s.members.UpdateMemberRole(ctx, koop.UpdateMemberRoleInput{MembershipID: id, Version: version,
					Role: []koop.Role{koop.RoleViewer, koop.RoleCoordinator}[n]})
				return err
			},
		},
		{
			name: "SetMemberActive", table: "memberships", state: "active::text",
			id: func(t *testing.T, db *pgtest.DB) string {
				return authzMembershipID(t, db, pgtest.DemoCooperationID, "member@koop.test")
			},
			edit: func(ctx context.Context, s svc, id string, version, n int) error {
				// The first edit deactivates; the stale one would reactivate.
				_, err := s.members.SetMemberActive(ctx, koop.SetMemberActiveInput{MembershipID: id, Version: version, Active: n == 1})
				return err
			},
		},
		{
			name: "UpdateOrganisation", table: "organisations", state: "city",
			id: func(t *testing.T, db *pgtest.DB) string { return authzBezirksamtID },
			edit: func(ctx context.Context, s svc, id string, version, n int) error {
				_, err := s.coops.UpdateOrganisation(ctx, koop.UpdateOrganisationInput{ID: id, Version: version,
					City: authzPtr([]string{"Berlin-Lichtenberg", "Berlin-Friedrichsfelde"}[n])})
				return err
			},
		},
		{
			name: "UpdateCooperation", table: "cooperations", state: "name",
			id: func(t *testing.T, db *pgtest.DB) string { return pgtest.DemoCooperationID },
			edit: func(ctx context.Context, s svc, id string, version, n int) error {
				_, err := s.coops.UpdateCooperation(ctx, koop.UpdateCooperationInput{ID: id, Version: version,
					Name: authzPtr([]string{"Kooperation Lichtenberg 2027", "Kooperation Lichtenberg 2028"}[n])})
				return err
			},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			db := pgtest.Seeded(t)
			s := svc{coops: postgres.NewCooperationService(db.DB), members: postgres.NewMemberService(db.DB)}
			admin, other := db.As(t, "admin@koop.test"), db.As(t, "admin@koop.test")
			id := c.id(t, db)
			row := func() string {
				return authzText(t, db, fmt.Sprintf(`SELECT %s || '/' || version FROM %s WHERE id = $1`, c.state, c.table), id)
			}
			read := authzVersion(t, db, c.table, id) // both editors read this version

			if err := c.edit(other, s, id, read, 0); err != nil {
				t.Fatalf("first edit: %v", err)
			}
			audits, before := db.Count(t, `SELECT count(*) FROM audit_entries`), row()
			if authzVersion(t, db, c.table, id) == read {
				t.Fatalf("the first edit did not raise the version")
			}

			err := c.edit(admin, s, id, read, 1)
			if got := koop.ErrorCode(err); got != koop.ECONFLICT {
				t.Fatalf("edit on stale version %d: code %q, want %q (%v)", read, got, koop.ECONFLICT, err)
			}
			if after := row(); after != before {
				t.Errorf("stale edit changed the row: %q, was %q", after, before)
			}
			if got := db.Count(t, `SELECT count(*) FROM audit_entries`); got != audits {
				t.Errorf("stale edit wrote %d audit entries", got-audits)
			}
		})
	}
}

// Nobody learns from an answer whether an ID exists: anonymous callers are told to log in
// whatever the ID, and an outsider gets the same answer for another cooperation's object as for
// one that does not exist.
func TestAuthzAnswersDoNotRevealExistence(t *testing.T) {
	f := authzSetup(t)
	ops := []struct {
		name     string
		existing string
		call     func(ctx context.Context, id string) error
	}{
		{"Cooperation", pgtest.DemoCooperationID, func(ctx context.Context, id string) error {
			_, err := f.coops.Cooperation(ctx, id)
			return err
		}},
		{"Members", pgtest.DemoCooperationID, func(ctx context.Context, id string) error {
			_, err := f.members.Members(ctx, id, koop.MemberFilter{}, koop.Page{Limit: 10})
			return err
		}},
		{"UpdateCooperation", pgtest.DemoCooperationID, func(ctx context.Context, id string) error {
			_, err := f.coops.UpdateCooperation(ctx, koop.UpdateCooperationInput{ID: id, Version: 1, Name: authzPtr("X")})
			return err
		}},
		{"CreateOrganisation", pgtest.DemoCooperationID, func(ctx context.Context, id string) error {
			_, err := f.coops.CreateOrganisation(ctx, koop.CreateOrganisationInput{CooperationID: id, Kind: koop.OrganisationOther, Name: "X"})
			return err
		}},
		{"UpdateOrganisation", authzBezirksamtID, func(ctx context.Context, id string) error {
			_, err := f.coops.UpdateOrganisation(ctx, koop.UpdateOrganisationInput{ID: id, Version: 1, City: authzPtr("X")})
			return err
		}},
		{"AddPartner", f.newOrgID, func(ctx context.Context, id string) error {
			_, err := f.coops.AddPartner(ctx, koop.AddPartnerInput{OrganisationID: id})
			return err
		}},
		{"RemovePartner", f.wkhlPartner, func(ctx context.Context, id string) error {
			_, err := f.coops.RemovePartner(ctx, koop.RemovePartnerInput{PartnerID: id})
			return err
		}},
		{"UpdateMemberRole", f.memberMs, func(ctx context.Context, id string) error {
			_, err := f.members.UpdateMemberRole(ctx, koop.UpdateMemberRoleInput{MembershipID: id, Version: 1, Role: koop.RoleViewer})
			return err
		}},
		{"SetMemberActive", f.memberMs, func(ctx context.Context, id string) error {
			_, err := f.members.SetMemberActive(ctx, koop.SetMemberActiveInput{MembershipID: id, Version: 1, Active: false})
			return err
		}},
		{"ResendInvitation", f.invitedMs, func(ctx context.Context, id string) error {
			_, err := f.members.ResendInvitation(ctx, koop.ResendInvitationInput{MembershipID: id})
			return err
		}},
		{"EventSeries", pgtest.DemoCooperationID, func(ctx context.Context, id string) error {
			_, err := f.events.EventSeries(ctx, id)
			return err
		}},
		{"EventSeriesByID", pgtest.DemoNeujahrSeries, func(ctx context.Context, id string) error {
			_, err := f.events.EventSeriesByID(ctx, id)
			return err
		}},
		{"UpdateEventSeries", pgtest.DemoNeujahrSeries, func(ctx context.Context, id string) error {
			_, err := f.events.UpdateEventSeries(ctx, koop.UpdateEventSeriesInput{ID: id, Version: 1, Name: authzPtr("X")})
			return err
		}},
		{"Events", pgtest.DemoCooperationID, func(ctx context.Context, id string) error {
			_, err := f.events.Events(ctx, id, koop.EventFilter{}, koop.EventOrderStartsAtAsc, koop.Page{Limit: 10}, koop.EventLoad{})
			return err
		}},
		{"Event", pgtest.DemoNeujahr2027, func(ctx context.Context, id string) error {
			_, err := f.events.Event(ctx, id, koop.EventLoad{})
			return err
		}},
		{"CreateEvent", pgtest.DemoCooperationID, func(ctx context.Context, id string) error {
			start := time.Date(2028, 1, 19, 17, 0, 0, 0, time.UTC)
			_, err := f.events.CreateEvent(ctx, koop.CreateEventInput{CooperationID: id, Title: "X", StartsAt: start, EndsAt: start.Add(time.Hour),
				LeadPartnerID: authzPtr(pgtest.DemoBAPartnerID)})
			return err
		}},
		{"UpdateEvent", pgtest.DemoNeujahr2027, func(ctx context.Context, id string) error {
			_, err := f.events.UpdateEvent(ctx, koop.UpdateEventInput{ID: id, Version: 1, Title: authzPtr("X")})
			return err
		}},
		{"ChangeEventStatus", pgtest.DemoNeujahr2027, func(ctx context.Context, id string) error {
			_, err := f.events.ChangeEventStatus(ctx, koop.ChangeEventStatusInput{ID: id, Version: 1, Status: koop.EventHeld})
			return err
		}},
		{"CreateTask", pgtest.DemoCooperationID, func(ctx context.Context, id string) error {
			_, err := f.tasks.CreateTask(ctx, koop.CreateTaskInput{CooperationID: id, Title: "X"})
			return err
		}},
		{"UpdateTask", f.freeTask, func(ctx context.Context, id string) error {
			_, err := f.tasks.UpdateTask(ctx, koop.UpdateTaskInput{ID: id, Version: 1, Done: authzPtr(true)})
			return err
		}},
		{"DeleteTask", f.freeTask, func(ctx context.Context, id string) error {
			return f.tasks.DeleteTask(ctx, koop.DeleteTaskInput{ID: id, Version: 1})
		}},
	}
	audits := f.db.Count(t, `SELECT count(*) FROM audit_entries`)
	for _, op := range ops {
		t.Run(op.name, func(t *testing.T) {
			for _, id := range []string{op.existing, authzMissingID} {
				if got := koop.ErrorCode(op.call(f.ctx[authzAnonymous], id)); got != koop.EUNAUTHENTICATED {
					t.Errorf("anonymous, ID %s: code %q, want %q", id, got, koop.EUNAUTHENTICATED)
				}
			}
			// The two answers are compared with each other, not with a wording: any difference
			// tells the outsider that the ID exists.
			existing, missing := op.call(f.ctx[authzOther], op.existing), op.call(f.ctx[authzOther], authzMissingID)
			if koop.ErrorCode(existing) != koop.ENOTFOUND || koop.ErrorCode(missing) != koop.ENOTFOUND ||
				koop.ErrorMessage(existing) != koop.ErrorMessage(missing) || koop.ErrorField(existing) != koop.ErrorField(missing) {
				t.Errorf("another cooperation's admin can tell an existing ID from a missing one:\nexisting: %v\nmissing:  %v", existing, missing)
			}
		})
	}
	if n := f.db.Count(t, `SELECT count(*) FROM audit_entries`); n != audits {
		t.Errorf("refused calls wrote %d audit entries", n-audits)
	}
}

// Nothing of one cooperation can be wired into another: a member of the second cooperation,
// even one who may plan in both, cannot attach a task to an event of the demo cooperation, name
// one of its partners, series, members or memberships. Each attempt is refused with INVALID or
// NOT_FOUND and writes nothing.
func TestAuthzNoCrossCooperationReferences(t *testing.T) {
	f := authzSetup(t)
	db := f.db
	other := f.ctx[authzOther] // ADMIN of the second cooperation only
	// The demo coordinator, made COORDINATOR of the second cooperation too: a planner in both.
	authzAddMembership(t, db, f.otherCoopID, f.userID[authzCoordinator], koop.RoleCoordinator, true)
	actors := []struct {
		name string
		ctx  context.Context
	}{
		{"admin of B only", other},
		{"coordinator of A and B", f.ctx[authzCoordinator]},
		{"system admin, ADMIN of A", f.ctx[authzAdmin]},
	}

	// The second cooperation's own partner, series, event and task.
	otherPartner := authzText(t, db, `SELECT id::text FROM partners WHERE cooperation_id = $1`, f.otherCoopID)
	series, err := f.events.CreateEventSeries(other, koop.CreateEventSeriesInput{CooperationID: f.otherCoopID, Name: "Unternehmerfrühstück",
		DefaultLeadPartnerID: &otherPartner})
	if err != nil {
		t.Fatalf("series of B: %v", err)
	}
	start := time.Date(2027, 4, 14, 6, 0, 0, 0, time.UTC)
	event, err := f.events.CreateEvent(other, koop.CreateEventInput{CooperationID: f.otherCoopID, Title: "Unternehmerfrühstück April",
		SeriesID: &series.ID, StartsAt: start, EndsAt: start.Add(2 * time.Hour)})
	if err != nil {
		t.Fatalf("event of B: %v", err)
	}
	task, err := f.tasks.CreateTask(other, koop.CreateTaskInput{CooperationID: f.otherCoopID, EventID: &event.ID, Title: "Brötchen bestellen"})
	if err != nil {
		t.Fatalf("task of B: %v", err)
	}
	aMember := f.userID[authzMember] // member@koop.test, active MEMBER of A only
	aMembership := f.memberMs

	cases := []struct {
		name string
		call func(ctx context.Context) error
	}{
		{"CreateTask on A's event", func(ctx context.Context) error {
			_, err := f.tasks.CreateTask(ctx, koop.CreateTaskInput{CooperationID: f.otherCoopID, EventID: authzPtr(pgtest.DemoNeujahr2027), Title: "Fremde Aufgabe"})
			return err
		}},
		{"CreateTask owned by A's partner", func(ctx context.Context) error {
			_, err := f.tasks.CreateTask(ctx, koop.CreateTaskInput{CooperationID: f.otherCoopID, Title: "Fremde Aufgabe",
				OwnerPartnerID: authzPtr(pgtest.DemoBAPartnerID)})
			return err
		}},
		{"CreateTask on B's event owned by A's partner", func(ctx context.Context) error {
			_, err := f.tasks.CreateTask(ctx, koop.CreateTaskInput{CooperationID: f.otherCoopID, EventID: &event.ID, Title: "Fremde Aufgabe",
				OwnerPartnerID: authzPtr(pgtest.DemoWKHLPartnerID)})
			return err
		}},
		{"CreateTask assigned to a member of A only", func(ctx context.Context) error {
			_, err := f.tasks.CreateTask(ctx, koop.CreateTaskInput{CooperationID: f.otherCoopID, Title: "Fremde Aufgabe", AssigneeID: &aMember})
			return err
		}},
		{"UpdateTask owned by A's partner", func(ctx context.Context) error {
			_, err := f.tasks.UpdateTask(ctx, koop.UpdateTaskInput{ID: task.ID, Version: authzVersion(t, db, "tasks", task.ID),
				OwnerPartnerID: authzPtr(pgtest.DemoBAPartnerID)})
			return err
		}},
		{"UpdateTask assigned to a member of A only", func(ctx context.Context) error {
			_, err := f.tasks.UpdateTask(ctx, koop.UpdateTaskInput{ID: task.ID, Version: authzVersion(t, db, "tasks", task.ID), AssigneeID: &aMember})
			return err
		}},
		{"CreateEvent led by A's partner", func(ctx context.Context) error {
			_, err := f.events.CreateEvent(ctx, koop.CreateEventInput{CooperationID: f.otherCoopID, Title: "Fremde Veranstaltung",
				StartsAt: start, EndsAt: start.Add(time.Hour), LeadPartnerID: authzPtr(pgtest.DemoBAPartnerID)})
			return err
		}},
		{"CreateEvent of A's series", func(ctx context.Context) error {
			_, err := f.events.CreateEvent(ctx, koop.CreateEventInput{CooperationID: f.otherCoopID, Title: "Fremde Veranstaltung",
				SeriesID: authzPtr(pgtest.DemoNeujahrSeries), StartsAt: start, EndsAt: start.Add(time.Hour), LeadPartnerID: &otherPartner})
			return err
		}},
		{"CreateEvent organised by A's membership", func(ctx context.Context) error {
			_, err := f.events.CreateEvent(ctx, koop.CreateEventInput{CooperationID: f.otherCoopID, Title: "Fremde Veranstaltung",
				StartsAt: start, EndsAt: start.Add(time.Hour), LeadPartnerID: &otherPartner, OrganiserMembershipIds: []string{aMembership}})
			return err
		}},
		{"UpdateEvent led by A's partner", func(ctx context.Context) error {
			_, err := f.events.UpdateEvent(ctx, koop.UpdateEventInput{ID: event.ID, Version: authzVersion(t, db, "events", event.ID),
				LeadPartnerID: authzPtr(pgtest.DemoBAPartnerID)})
			return err
		}},
		{"UpdateEvent organised by A's membership", func(ctx context.Context) error {
			_, err := f.events.UpdateEvent(ctx, koop.UpdateEventInput{ID: event.ID, Version: authzVersion(t, db, "events", event.ID),
				OrganiserMembershipIds: []string{aMembership}})
			return err
		}},
		{"CreateEventSeries led by A's partner", func(ctx context.Context) error {
			_, err := f.events.CreateEventSeries(ctx, koop.CreateEventSeriesInput{CooperationID: f.otherCoopID, Name: "Fremde Reihe",
				DefaultLeadPartnerID: authzPtr(pgtest.DemoBAPartnerID)})
			return err
		}},
		{"CreateEventSeries with a checklist item of A's partner", func(ctx context.Context) error {
			_, err := f.events.CreateEventSeries(ctx, koop.CreateEventSeriesInput{CooperationID: f.otherCoopID, Name: "Fremde Reihe",
				TaskTemplate: []*koop.TaskTemplateItemInput{{Title: "Fremde Aufgabe", DaysBefore: 7, OwnerPartnerID: authzPtr(pgtest.DemoWKHLPartnerID)}}})
			return err
		}},
		{"UpdateEventSeries led by A's partner", func(ctx context.Context) error {
			_, err := f.events.UpdateEventSeries(ctx, koop.UpdateEventSeriesInput{ID: series.ID, Version: authzVersion(t, db, "event_series", series.ID),
				DefaultLeadPartnerID: authzPtr(pgtest.DemoBAPartnerID)})
			return err
		}},
		{"UpdateEventSeries with a checklist item of A's partner", func(ctx context.Context) error {
			_, err := f.events.UpdateEventSeries(ctx, koop.UpdateEventSeriesInput{ID: series.ID, Version: authzVersion(t, db, "event_series", series.ID),
				TaskTemplate: []*koop.TaskTemplateItemInput{{Title: "Fremde Aufgabe", DaysBefore: 7, OwnerPartnerID: authzPtr(pgtest.DemoBAPartnerID)}}})
			return err
		}},
	}
	// Every row of the planning tables, with its version: nothing may change.
	snapshot := func() string {
		return authzText(t, db, `SELECT concat_ws(' | ',
			(SELECT string_agg(id || ':' || version || ':' || coalesce(default_lead_partner_id::text, '-') || ':' || task_template::text, ',' ORDER BY id) FROM event_series),
			(SELECT string_agg(id || ':' || version || ':' || lead_partner_id, ',' ORDER BY id) FROM events),
			(SELECT string_agg(event_id || ':' || membership_id, ',' ORDER BY event_id, membership_id) FROM event_organisers),
			(SELECT string_agg(id || ':' || version || ':' || coalesce(event_id::text, '-') || ':' || coalesce(assignee_id::text, '-') || ':' || coalesce(owner_partner_id::text, '-'), ',' ORDER BY id) FROM tasks),
			(SELECT count(*)::text FROM audit_entries))`)
	}
	for _, c := range cases {
		for _, a := range actors {
			t.Run(c.name+"/"+a.name, func(t *testing.T) {
				before := snapshot()
				err := c.call(a.ctx)
				if code := koop.ErrorCode(err); code != koop.EINVALID && code != koop.ENOTFOUND {
					t.Errorf("code %q, want %q or %q (%v)", code, koop.EINVALID, koop.ENOTFOUND, err)
				}
				if after := snapshot(); after != before {
					t.Errorf("the refused call changed the data:\nbefore %s\nafter  %s", before, after)
				}
			})
		}
	}
}
