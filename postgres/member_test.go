package postgres_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/koop-lichtenberg/koop"
	"github.com/koop-lichtenberg/koop/mail"
	"github.com/koop-lichtenberg/koop/postgres"
	"github.com/koop-lichtenberg/koop/postgres/pgtest"
)

func ptr[T any](v T) *T { return &v }

func TestInviteNewMemberSetsPasswordAndLogsInWithRole(t *testing.T) {
	db := pgtest.Seeded(t)
	members := postgres.NewMemberService(db.DB)
	auth := postgres.NewAuthService(db.DB)
	admin := db.As(t, "admin@koop.test")
	m, err := members.InviteMember(admin, koop.InviteMemberInput{CooperationID: pgtest.DemoCooperationID, Email: " Neu@Example.ORG ",
		Name: "Nina Neu", Role: koop.RoleMember, OrganisationID: ptr("6b00c0de-0000-4000-8000-000000000102"), Locale: ptr(koop.LocaleEN)})
	if err != nil {
		t.Fatal(err)
	}
	if m.InvitationExpiresAt == nil || !m.InvitationExpiresAt.Equal(db.Clock.T.Add(koop.InvitationTokenTTL)) {
		t.Errorf("invitation expires %v, want in 7 days", m.InvitationExpiresAt)
	}
	if m.User.Email != "neu@example.org" || m.User.PasswordSet || m.Role != koop.RoleMember || m.Organisation.ShortName != "WKHL" || m.Cooperation == nil {
		t.Fatalf("membership = %+v user %+v", m, m.User)
	}

	// The mail goes out after the commit, in the invitee's language, with a one-time link.
	dir := t.TempDir()
	sender, err := mail.NewSender("", dir, "koop <noreply@koop.test>")
	if err != nil {
		t.Fatal(err)
	}
	d := &mail.Deliverer{Queue: postgres.NewMailQueue(db.DB), Sender: sender}
	if n, err := d.DeliverPending(context.Background()); err != nil || n != 1 {
		t.Fatalf("delivered %d, %v", n, err)
	}
	if n, _ := d.DeliverPending(context.Background()); n != 0 {
		t.Fatalf("a mail was sent twice")
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.eml"))
	if len(files) != 1 {
		t.Fatalf("eml files: %v", files)
	}
	eml, _ := os.ReadFile(files[0])
	text := pgtest.DecodeQP(string(eml))
	if !strings.Contains(text, "To: <neu@example.org>") || !strings.Contains(text, "has invited you to the cooperation") || !strings.Contains(text, "Kooperation Bezirksamt Lichtenberg") {
		t.Fatalf("mail:\n%s", text)
	}
	token := pgtest.TokenFromText(t, text)
	if n := db.Count(t, `SELECT count(*) FROM mail_outbox WHERE data::text LIKE '%' || $1 || '%'`, token); n != 0 {
		t.Error("the outbox keeps the link after sending")
	}

	// A new user cannot log in before setting a password.
	if _, err := auth.Login(withIP("10.1.0.1"), koop.LoginInput{Email: "neu@example.org", Password: ""}); koop.ErrorCode(err) != koop.EUNAUTHENTICATED {
		t.Fatalf("login without password: %v", err)
	}
	info, err := auth.PasswordToken(context.Background(), token)
	if err != nil || info.Purpose != koop.PasswordTokenInvitation || info.Name != "Nina Neu" {
		t.Fatalf("token info %+v %v", info, err)
	}
	s, err := auth.SetPassword(withIP("10.1.0.1"), koop.SetPasswordInput{Token: token, Password: "mein-sicheres-passwort"})
	if err != nil {
		t.Fatal(err)
	}
	actor, err := auth.Authenticate(context.Background(), s.User.ID, s.ID)
	if err != nil {
		t.Fatal(err)
	}
	mine, err := postgres.NewUserService(db.DB).MyMemberships(koop.NewContextWithActor(context.Background(), actor))
	if err != nil || len(mine) != 1 || mine[0].Role != koop.RoleMember || len(mine[0].Cooperation.Partners) != 2 || mine[0].InvitationExpiresAt != nil {
		t.Fatalf("memberships %+v %v", mine, err)
	}

	// The audit trail names the personal fields without storing them.
	if n := db.Count(t, `SELECT count(*) FROM audit_entries WHERE changes::text ILIKE '%neu@example%' OR changes::text LIKE '%Nina%'`); n != 0 {
		t.Error("audit trail stores personal data")
	}
	if n := db.Count(t, `SELECT count(*) FROM audit_entries WHERE action = 'user.create' AND changes::text LIKE '%"redacted": true%'`); n != 1 {
		t.Error("audit trail does not name the redacted fields")
	}
}

func TestInviteExistingUserAndDuplicates(t *testing.T) {
	db := pgtest.Seeded(t)
	members := postgres.NewMemberService(db.DB)
	coops := postgres.NewCooperationService(db.DB)
	admin := db.As(t, "admin@koop.test")
	// A second cooperation, created by the system admin with a new first admin.
	c, err := coops.CreateCooperation(admin, koop.CreateCooperationInput{Name: "Wirtschaftsförderung Helmstedt",
		Partners:   []*koop.NewPartnerInput{{Name: "Landkreis Helmstedt", Kind: koop.OrganisationAuthority}, {Name: "Stadt Helmstedt", Kind: koop.OrganisationAuthority}},
		AdminEmail: "landrat@helmstedt.test", AdminName: "Lena Landrat", AdminPartnerIndex: 0})
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Partners) != 2 || c.Partners[0].Organisation.Name != "Landkreis Helmstedt" {
		t.Fatalf("partners %+v", c.Partners)
	}
	// Adding an existing user with a password sends a notice, not a link.
	if _, err := members.InviteMember(admin, koop.InviteMemberInput{CooperationID: c.ID, Email: "member@koop.test", Name: "egal", Role: koop.RoleViewer}); err != nil {
		t.Fatal(err)
	}
	var tmpl string
	if err := db.SQL.Get(&tmpl, `SELECT template FROM mail_outbox WHERE to_address = 'member@koop.test'`); err != nil || tmpl != string(koop.MailAddedToCooperation) {
		t.Fatalf("template %q %v", tmpl, err)
	}
	for _, tc := range []struct {
		name  string
		in    koop.InviteMemberInput
		code  string
		field string
	}{
		{"already a member", koop.InviteMemberInput{CooperationID: c.ID, Email: "MEMBER@koop.test", Name: "x", Role: koop.RoleViewer}, koop.ECONFLICT, "email"},
		{"bad address", koop.InviteMemberInput{CooperationID: c.ID, Email: "kein-at-zeichen", Name: "x", Role: koop.RoleViewer}, koop.EINVALID, "email"},
		{"no name", koop.InviteMemberInput{CooperationID: c.ID, Email: "a@b.de", Name: "  ", Role: koop.RoleViewer}, koop.EINVALID, "name"},
		{"bad role", koop.InviteMemberInput{CooperationID: c.ID, Email: "a@b.de", Name: "A", Role: "KING"}, koop.EINVALID, "role"},
		{"organisation of another cooperation", koop.InviteMemberInput{CooperationID: c.ID, Email: "a@b.de", Name: "A", Role: koop.RoleViewer,
			OrganisationID: ptr("6b00c0de-0000-4000-8000-000000000101")}, koop.EINVALID, ""},
		{"unknown cooperation", koop.InviteMemberInput{CooperationID: "00000000-0000-4000-8000-000000000000", Email: "a@b.de", Name: "A", Role: koop.RoleViewer}, koop.ENOTFOUND, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			before := db.Count(t, `SELECT count(*) FROM audit_entries`)
			_, err := members.InviteMember(admin, tc.in)
			if koop.ErrorCode(err) != tc.code || koop.ErrorField(err) != tc.field {
				t.Fatalf("got %v, want %s/%s", err, tc.code, tc.field)
			}
			if after := db.Count(t, `SELECT count(*) FROM audit_entries`); after != before {
				t.Error("a refused invitation wrote to the audit trail")
			}
			if n := db.Count(t, `SELECT count(*) FROM users WHERE email = 'a@b.de'`); n != 0 {
				t.Error("a refused invitation left a user behind")
			}
		})
	}
}

func TestMemberListFiltersAndPages(t *testing.T) {
	db := pgtest.Seeded(t)
	members := postgres.NewMemberService(db.DB)
	viewer := db.As(t, "viewer@koop.test")
	list, err := members.Members(viewer, pgtest.DemoCooperationID, koop.MemberFilter{Role: ptr(koop.RoleCoordinator)}, koop.Page{Limit: 50})
	if err != nil || list.TotalCount != 2 || len(list.Items) != 2 {
		t.Fatalf("coordinators: %+v %v", list, err)
	}
	list, err = members.Members(viewer, pgtest.DemoCooperationID, koop.MemberFilter{Query: ptr("maaß")}, koop.Page{Limit: 50})
	if err != nil || list.TotalCount != 1 || list.Items[0].User.Email != "member@koop.test" {
		t.Fatalf("search: %+v %v", list, err)
	}
	list, err = members.Members(viewer, pgtest.DemoCooperationID, koop.MemberFilter{Query: ptr("%")}, koop.Page{Limit: 50})
	if err != nil || list.TotalCount != 0 {
		t.Fatalf("a %% must match literally: %+v %v", list, err)
	}
	list, err = members.Members(viewer, pgtest.DemoCooperationID, koop.MemberFilter{}, koop.Page{Limit: 2, Offset: 7})
	if err != nil || list.TotalCount != 8 || len(list.Items) != 1 {
		t.Fatalf("page: %+v %v", list, err)
	}
	if _, err := koop.NewPage(ptr(201), nil); koop.ErrorField(err) != "limit" {
		t.Errorf("limit 201: %v", err)
	}
}

func TestResendInvitation(t *testing.T) {
	db := pgtest.Seeded(t)
	members := postgres.NewMemberService(db.DB)
	admin := db.As(t, "admin@koop.test")
	m, err := members.InviteMember(admin, koop.InviteMemberInput{CooperationID: pgtest.DemoCooperationID, Email: "spaet@example.org", Name: "Sven Spät", Role: koop.RoleViewer})
	if err != nil {
		t.Fatal(err)
	}
	first := pgtest.LastMailToken(t, db, "spaet@example.org")
	db.Clock.Advance(time.Minute)
	if _, err := members.ResendInvitation(admin, koop.ResendInvitationInput{MembershipID: m.ID}); err != nil {
		t.Fatal(err)
	}
	if second := pgtest.LastMailToken(t, db, "spaet@example.org"); second == first {
		t.Error("resend reused the link")
	}
	var memberID string
	if err := db.SQL.Get(&memberID, `SELECT m.id FROM memberships m JOIN users u ON u.id = m.user_id WHERE u.email = 'member@koop.test'`); err != nil {
		t.Fatal(err)
	}
	if _, err := members.ResendInvitation(admin, koop.ResendInvitationInput{MembershipID: memberID}); koop.ErrorCode(err) != koop.ECONFLICT {
		t.Errorf("resend to someone with a password: %v", err)
	}
}
