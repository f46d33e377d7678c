package server_test

import (
	"fmt"
	"net/url"
	"sync"
	"testing"
)

// TestPasswordReset: the reset answer is the same for any address; the link sets a new
// password, which ends every other session of the user at once.
func TestPasswordReset(t *testing.T) {
	e := newEnv(t)
	oldToken, oldCookie := e.login(t, memberEmail)
	const reset = `mutation($e: String!) { requestPasswordReset(input: {email: $e}) { ok } }`
	known := e.post(t, gqlReq{query: reset, vars: map[string]any{"e": memberEmail}}).ok(t)
	unknown := e.post(t, gqlReq{query: reset, vars: map[string]any{"e": "niemand@koop.test"}}).ok(t)
	if string(known.body) != string(unknown.body) || string(known.Data) != `{"requestPasswordReset":{"ok":true}}` {
		t.Fatalf("answers differ or are not ok: %s vs %s", known.body, unknown.body)
	}

	match := setPasswordLink.FindStringSubmatch(e.mailTo(t, memberEmail))
	if match == nil {
		t.Fatal("no link in the reset mail")
	}
	u, _ := url.Parse(match[0])
	token := u.Query().Get("token")
	res := e.post(t, gqlReq{query: `query($t: String!) { passwordToken(token: $t) { purpose } }`, vars: map[string]any{"t": token}}).ok(t)
	if string(res.Data) != `{"passwordToken":{"purpose":"RESET"}}` {
		t.Fatalf("passwordToken = %s", res.Data)
	}
	const newPassword = "ganz-neues-Passwort-2026"
	res = e.post(t, gqlReq{query: `mutation($t: String!, $p: String!) { setPassword(input: {token: $t, password: $p}) { accessToken } }`,
		vars: map[string]any{"t": token, "p": newPassword}}).ok(t)
	var d struct{ SetPassword struct{ AccessToken string } }
	res.decode(t, &d)
	if id, _ := e.meID(t, d.SetPassword.AccessToken); id == "" {
		t.Fatal("new session does not work")
	}
	if id, code := e.meID(t, oldToken); id != "" || code != "UNAUTHENTICATED" {
		t.Errorf("session from before the reset: me %q code %q, want UNAUTHENTICATED", id, code)
	}
	e.refreshRefused(t, oldCookie)
	e.tryLogin(t, memberEmail, demoPassword, "").wantError(t, "UNAUTHENTICATED")
	e.tryLogin(t, memberEmail, newPassword, "").ok(t)
}

// TestDeactivationIsImmediate: a system admin deactivating a user ends their access on the
// very next request, refresh included.
func TestDeactivationIsImmediate(t *testing.T) {
	e := newEnv(t)
	adminToken, _ := e.login(t, adminEmail)
	token, cookie := e.login(t, viewerEmail)
	viewerID := e.db.UserID(t, viewerEmail)
	const setActive = `mutation($id: ID!, $a: Boolean!) { setUserActive(input: {userId: $id, active: $a}) { user { active } } }`
	// Not for anyone else.
	coordToken, _ := e.login(t, coordEmail)
	e.post(t, gqlReq{query: setActive, vars: map[string]any{"id": viewerID, "a": false}, token: coordToken}).wantError(t, "FORBIDDEN")
	if id, _ := e.meID(t, token); id != viewerID {
		t.Fatal("viewer lost access through a refused mutation")
	}
	e.post(t, gqlReq{query: setActive, vars: map[string]any{"id": viewerID, "a": false}, token: adminToken}).ok(t)
	if id, code := e.meID(t, token); id != "" || code != "UNAUTHENTICATED" {
		t.Errorf("deactivated user's token: me %q code %q", id, code)
	}
	e.refreshRefused(t, cookie)
	e.tryLogin(t, viewerEmail, demoPassword, "").wantError(t, "UNAUTHENTICATED")
	// Reactivated, they log in again.
	e.post(t, gqlReq{query: setActive, vars: map[string]any{"id": viewerID, "a": true}, token: adminToken}).ok(t)
	e.tryLogin(t, viewerEmail, demoPassword, "").ok(t)
}

// TestLoginThrottleConcurrent: parallel guesses cannot outrun the counter: of many at once,
// only the configured number are checked, and the right password is refused afterwards.
func TestLoginThrottleConcurrent(t *testing.T) {
	e := newEnv(t)
	const n = 12 // well below PostgreSQL's 100 connections
	var wg sync.WaitGroup
	codes := make([]string, n)
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			res := e.tryLogin(t, memberEmail, fmt.Sprintf("guess-%d", i), fmt.Sprintf("198.51.100.%d:1000", i+1))
			if len(res.Errors) == 1 {
				codes[i] = res.Errors[0].code()
			}
		}(i)
	}
	wg.Wait()
	for i, c := range codes {
		if c != "UNAUTHENTICATED" {
			t.Errorf("guess %d: code %q, want UNAUTHENTICATED", i, c)
		}
	}
	if got := e.db.Count(t, `SELECT count(*) FROM login_attempts WHERE email = $1`, memberEmail); got != 5 {
		t.Errorf("%d guesses were checked, want 5 (postgres.DefaultConfig)", got)
	}
	e.tryLogin(t, memberEmail, demoPassword, "203.0.113.77:1").wantError(t, "UNAUTHENTICATED")
}
