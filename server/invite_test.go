package server_test

import (
	"context"
	"io"
	"mime/quotedprintable"
	"net/mail"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	koopmail "github.com/koop-lichtenberg/koop/mail"
	"github.com/koop-lichtenberg/koop/postgres"
	"github.com/koop-lichtenberg/koop/postgres/pgtest"
)

// mailTo delivers the outbox into a folder and returns the decoded body of the one mail
// to the address.
func (e *env) mailTo(t *testing.T, to string) string {
	t.Helper()
	dir := t.TempDir()
	sender, err := koopmail.NewSender("", dir, "koop <noreply@koop.test>")
	if err != nil {
		t.Fatal(err)
	}
	d := koopmail.Deliverer{Queue: postgres.NewMailQueue(e.db.DB), Sender: sender}
	if _, err := d.DeliverPending(context.Background()); err != nil {
		t.Fatalf("deliver: %v", err)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.eml"))
	var bodies []string
	for _, f := range files {
		raw, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		msg, err := mail.ReadMessage(raw)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		addrs, err := msg.Header.AddressList("To")
		if err != nil || len(addrs) != 1 || addrs[0].Address != to {
			raw.Close()
			continue
		}
		var r io.Reader = msg.Body
		if strings.EqualFold(msg.Header.Get("Content-Transfer-Encoding"), "quoted-printable") {
			r = quotedprintable.NewReader(r)
		}
		b, err := io.ReadAll(r)
		raw.Close()
		if err != nil {
			t.Fatal(err)
		}
		bodies = append(bodies, string(b))
	}
	if len(bodies) != 1 {
		t.Fatalf("%d mails to %s among %d files", len(bodies), to, len(files))
	}
	return bodies[0]
}

var setPasswordLink = regexp.MustCompile(`(https?://\S+)/set-password\?token=([A-Za-z0-9_\-]+)`)

type membershipData struct {
	ID, Role    string
	Version     int
	Cooperation struct{ ID, MyRole string }
}

// TestInviteEndToEnd: an admin invites a person, the mail carries a one-time link, the person
// sets a password with it and is a MEMBER; a role change shows on their very next request.
func TestInviteEndToEnd(t *testing.T) {
	e := newEnv(t)
	const newEmail = "nora.neu@koop.test"
	logged := captureLog()
	adminToken, adminCookie := e.login(t, adminEmail)

	res := e.post(t, gqlReq{query: `mutation($in: InviteMemberInput!) { inviteMember(input: $in) {
		membership { id role version user { email passwordSet } } } }`,
		vars:  map[string]any{"in": map[string]any{"cooperationId": pgtest.DemoCooperationID, "email": newEmail, "name": "Nora Neu", "role": "MEMBER"}},
		token: adminToken}).ok(t)
	var inv struct {
		InviteMember struct {
			Membership struct {
				ID, Role string
				Version  int
				User     struct {
					Email       string
					PasswordSet bool
				}
			}
		}
	}
	res.decode(t, &inv)
	m := inv.InviteMember.Membership
	if m.Role != "MEMBER" || m.User.Email != newEmail || m.User.PasswordSet {
		t.Fatalf("invited membership = %+v", m)
	}
	// No password yet: nothing logs in.
	e.tryLogin(t, newEmail, "", "").wantError(t, "UNAUTHENTICATED")

	body := e.mailTo(t, newEmail)
	match := setPasswordLink.FindStringSubmatch(body)
	if match == nil {
		t.Fatalf("no set-password link in the mail:\n%s", body)
	}
	if match[1] != "http://koop.test" {
		t.Errorf("link base %q, want the public URL http://koop.test", match[1])
	}
	u, err := url.Parse(match[0])
	if err != nil {
		t.Fatal(err)
	}
	token := u.Query().Get("token")

	res = e.post(t, gqlReq{query: `query($t: String!) { passwordToken(token: $t) { email name purpose expiresAt } }`,
		vars: map[string]any{"t": token}}).ok(t)
	var info struct {
		PasswordToken struct{ Email, Name, Purpose string }
	}
	res.decode(t, &info)
	if info.PasswordToken.Email != newEmail || info.PasswordToken.Purpose != "INVITATION" || info.PasswordToken.Name != "Nora Neu" {
		t.Fatalf("passwordToken = %+v", info.PasswordToken)
	}

	const setPassword = `mutation($t: String!, $p: String!) { setPassword(input: {token: $t, password: $p}) { accessToken user { email } } }`
	res = e.post(t, gqlReq{query: setPassword, vars: map[string]any{"t": token, "p": "kurz"}})
	if ge := res.wantError(t, "INVALID"); ge.Extensions["field"] != "password" {
		t.Errorf("too short password: field %v, want password", ge.Extensions["field"])
	}
	if res.cookie() != nil {
		t.Error("refused setPassword set a cookie")
	}

	const password = "ein-gutes-langes-Passwort"
	res = e.post(t, gqlReq{query: setPassword, vars: map[string]any{"t": token, "p": password}}).ok(t)
	var set struct {
		SetPassword struct {
			AccessToken string
			User        struct{ Email string }
		}
	}
	res.decode(t, &set)
	if set.SetPassword.User.Email != newEmail || set.SetPassword.AccessToken == "" {
		t.Fatalf("setPassword = %+v", set.SetPassword)
	}
	if c := res.cookie(); c == nil || c.Value == "" {
		t.Error("setPassword did not log in with a refresh cookie")
	} else {
		checkRefreshCookie(t, c)
	}
	memberToken := set.SetPassword.AccessToken

	myMemberships := func() []membershipData {
		t.Helper()
		res := e.post(t, gqlReq{query: `{ me { email memberships { id role version cooperation { id myRole } } } }`, token: memberToken}).ok(t)
		var d struct {
			Me struct {
				Email       string
				Memberships []membershipData
			}
		}
		res.decode(t, &d)
		if d.Me.Email != newEmail {
			t.Fatalf("me = %+v", d.Me)
		}
		return d.Me.Memberships
	}
	ms := myMemberships()
	if len(ms) != 1 || ms[0].ID != m.ID || ms[0].Role != "MEMBER" || ms[0].Cooperation.ID != pgtest.DemoCooperationID || ms[0].Cooperation.MyRole != "MEMBER" {
		t.Fatalf("memberships = %+v, want MEMBER of the demo cooperation", ms)
	}

	// The link works once.
	e.post(t, gqlReq{query: setPassword, vars: map[string]any{"t": token, "p": "noch-ein-Passwort-123"}}).wantError(t, "NOT_FOUND")
	e.post(t, gqlReq{query: `query($t: String!) { passwordToken(token: $t) { email } }`, vars: map[string]any{"t": token}}).wantError(t, "NOT_FOUND")
	e.tryLogin(t, newEmail, password, "").ok(t)

	// A MEMBER may not create organisations; a COORDINATOR may.
	const createOrg = `mutation($in: CreateOrganisationInput!) { createOrganisation(input: $in) { organisation { id } } }`
	orgVars := func(name string) map[string]any {
		return map[string]any{"in": map[string]any{"cooperationId": pgtest.DemoCooperationID, "kind": "COMPANY", "name": name}}
	}
	e.post(t, gqlReq{query: createOrg, vars: orgVars("Neu GmbH"), token: memberToken}).wantError(t, "FORBIDDEN")

	const updateRole = `mutation($id: ID!, $v: Int!, $r: Role!) { updateMemberRole(input: {membershipId: $id, version: $v, role: $r}) { membership { role version } } }`
	// The member cannot promote themselves.
	e.post(t, gqlReq{query: updateRole, vars: map[string]any{"id": m.ID, "v": ms[0].Version, "r": "ADMIN"}, token: memberToken}).wantError(t, "FORBIDDEN")
	res = e.post(t, gqlReq{query: updateRole, vars: map[string]any{"id": m.ID, "v": ms[0].Version, "r": "COORDINATOR"}, token: adminToken}).ok(t)
	var upd struct {
		UpdateMemberRole struct {
			Membership struct {
				Role    string
				Version int
			}
		}
	}
	res.decode(t, &upd)
	if upd.UpdateMemberRole.Membership.Role != "COORDINATOR" || upd.UpdateMemberRole.Membership.Version <= ms[0].Version {
		t.Fatalf("updateMemberRole = %+v", upd.UpdateMemberRole.Membership)
	}
	// A second admin tab with the old version gets CONFLICT, not a silent overwrite.
	e.post(t, gqlReq{query: updateRole, vars: map[string]any{"id": m.ID, "v": ms[0].Version, "r": "VIEWER"}, token: adminToken}).wantError(t, "CONFLICT")

	// The member's very next request, with the same access token, sees the new role.
	ms = myMemberships()
	if len(ms) != 1 || ms[0].Role != "COORDINATOR" || ms[0].Cooperation.MyRole != "COORDINATOR" {
		t.Fatalf("after the role change: memberships = %+v, want COORDINATOR", ms)
	}
	e.post(t, gqlReq{query: createOrg, vars: orgVars("Neu GmbH"), token: memberToken}).ok(t)

	// Logs never contain passwords, tokens or the link.
	log := logged()
	if !strings.Contains(log, "/query") {
		t.Fatalf("nothing logged; the check below would prove nothing:\n%s", log)
	}
	for name, secret := range map[string]string{"password": password, "link token": token, "member access token": memberToken,
		"admin access token": adminToken, "admin refresh cookie": adminCookie, "demo password": demoPassword} {
		if strings.Contains(log, secret) {
			t.Errorf("the log contains the %s", name)
		}
	}
}
