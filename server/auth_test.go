package server_test

import (
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"
)

const refreshMutation = `mutation { refreshSession { accessToken expiresAt user { id } } }`

// refreshOK rotates a refresh cookie and returns the new token and cookie value.
func (e *env) refreshOK(t *testing.T, cookie string) (token, next string) {
	t.Helper()
	res := e.post(t, gqlReq{query: refreshMutation, cookie: cookie}).ok(t)
	var d struct{ RefreshSession struct{ AccessToken string } }
	res.decode(t, &d)
	c := res.cookie()
	if d.RefreshSession.AccessToken == "" || c == nil || c.Value == "" {
		t.Fatalf("refresh: no token or cookie: %s", res.body)
	}
	checkRefreshCookie(t, c)
	return d.RefreshSession.AccessToken, c.Value
}

// refreshRefused presents a cookie that must be refused, and checks the answer clears it.
func (e *env) refreshRefused(t *testing.T, cookie string) {
	t.Helper()
	res := e.post(t, gqlReq{query: refreshMutation, cookie: cookie})
	if res.status != http.StatusOK {
		t.Fatalf("status %d: %s", res.status, res.body)
	}
	res.wantError(t, "UNAUTHENTICATED")
	if !res.dataIsNull() {
		t.Errorf("refused refresh still answered data: %s", res.Data)
	}
	if cookie != "" {
		if c := res.cookie(); c == nil || c.Value != "" || c.MaxAge >= 0 {
			t.Errorf("refused refresh does not clear the cookie: %+v", c)
		}
	}
}

// checkRefreshCookie checks the attributes that keep the refresh token away from scripts and
// other sites.
func checkRefreshCookie(t *testing.T, c *http.Cookie) {
	t.Helper()
	if !c.HttpOnly || !c.Secure || c.SameSite != http.SameSiteStrictMode || c.Path != "/query" {
		t.Errorf("refresh cookie %s: HttpOnly=%v Secure=%v SameSite=%v Path=%q, want HttpOnly Secure Strict /query",
			c.Name, c.HttpOnly, c.Secure, c.SameSite, c.Path)
	}
}

// TestLoginSetsRefreshCookie: login hands out the access token in the body and the refresh
// token only in a locked-down cookie.
func TestLoginSetsRefreshCookie(t *testing.T) {
	e := newEnv(t)
	res := e.tryLogin(t, adminEmail, demoPassword, "").ok(t)
	c := res.cookie()
	if c == nil || c.Value == "" {
		t.Fatalf("login sets no refresh cookie: %v", res.header["Set-Cookie"])
	}
	checkRefreshCookie(t, c)
	if !c.Expires.After(e.db.Clock.Now().Add(24 * time.Hour)) {
		t.Errorf("refresh cookie expires %v, want days after %v", c.Expires, e.db.Clock.Now())
	}
	var d struct {
		Login struct {
			AccessToken string
			ExpiresAt   time.Time
			User        struct{ ID, Email string }
		}
	}
	res.decode(t, &d)
	if d.Login.User.Email != adminEmail || d.Login.User.ID != e.db.UserID(t, adminEmail) {
		t.Errorf("login user = %+v", d.Login.User)
	}
	if exp := d.Login.ExpiresAt.Sub(e.db.Clock.Now()); exp < 10*time.Minute || exp > 20*time.Minute {
		t.Errorf("access token lives %v, want about 15 minutes", exp)
	}
	if id, _ := e.meID(t, d.Login.AccessToken); id != d.Login.User.ID {
		t.Errorf("me with the new token = %q", id)
	}
	// A refresh cookie is never in the body, and the answer is not cached.
	if strings.Contains(string(res.body), c.Value) {
		t.Errorf("refresh token appears in the body")
	}
	if got := res.header.Get("Cache-Control"); got != "no-store" {
		t.Errorf("Cache-Control = %q, want no-store", got)
	}
}

// TestRefreshRotation: every refresh hands out a new cookie; presenting a used one means it
// leaked, and the whole session ends — for the thief and for the owner.
func TestRefreshRotation(t *testing.T) {
	e := newEnv(t)
	token1, cookie1 := e.login(t, memberEmail)
	memberID := e.db.UserID(t, memberEmail)

	token2, cookie2 := e.refreshOK(t, cookie1)
	if cookie2 == cookie1 {
		t.Fatal("refresh did not rotate the cookie")
	}
	if token2 == token1 {
		t.Fatal("refresh returned the same access token")
	}
	if id, _ := e.meID(t, token2); id != memberID {
		t.Fatalf("me with refreshed token = %q", id)
	}
	// Rotation goes on as long as the newest cookie is used.
	token3, cookie3 := e.refreshOK(t, cookie2)
	if id, _ := e.meID(t, token3); id != memberID {
		t.Fatalf("me after second refresh = %q", id)
	}

	// The old cookie again: refused, and the session is revoked.
	e.refreshRefused(t, cookie1)
	e.refreshRefused(t, cookie3)
	for name, tok := range map[string]string{"first": token1, "second": token2, "current": token3} {
		if id, code := e.meID(t, tok); id != "" || code != "UNAUTHENTICATED" {
			t.Errorf("%s access token after reuse: me %q code %q, want UNAUTHENTICATED", name, id, code)
		}
	}
	if n := e.db.Count(t, `SELECT count(*) FROM sessions WHERE user_id = $1 AND revoked_at IS NULL`, memberID); n != 0 {
		t.Errorf("%d sessions still open after refresh-token reuse", n)
	}
	// The user can log in again.
	if tok, _ := e.login(t, memberEmail); tok == "" {
		t.Fatal("no login after reuse")
	}
}

// TestRefreshRefused: without a cookie, or with one that never existed, there is no new token.
func TestRefreshRefused(t *testing.T) {
	e := newEnv(t)
	t.Run("no cookie", func(t *testing.T) { e.refreshRefused(t, "") })
	t.Run("unknown cookie", func(t *testing.T) { e.refreshRefused(t, "bm90LWEtcmVhbC10b2tlbg") })
	t.Run("expired session", func(t *testing.T) {
		_, cookie := e.login(t, viewerEmail)
		e.db.Clock.Advance(31 * 24 * time.Hour)
		defer func() { e.db.Clock.Advance(-31 * 24 * time.Hour) }()
		e.refreshRefused(t, cookie)
	})
	t.Run("deactivated user", func(t *testing.T) {
		token, cookie := e.login(t, coordEmail)
		if _, err := e.db.SQL.Exec(`UPDATE users SET active = false WHERE email = $1`, coordEmail); err != nil {
			t.Fatal(err)
		}
		e.refreshRefused(t, cookie)
		if id, code := e.meID(t, token); id != "" || code != "UNAUTHENTICATED" {
			t.Errorf("deactivated user's token: me %q code %q", id, code)
		}
	})
}

// TestLogout: logout revokes the session at once and clears the cookie; other sessions of the
// same user stay.
func TestLogout(t *testing.T) {
	e := newEnv(t)
	const logout = `mutation { logout { ok } }`
	t.Run("with access token", func(t *testing.T) {
		token, cookie := e.login(t, adminEmail)
		otherToken, otherCookie := e.login(t, adminEmail)
		res := e.post(t, gqlReq{query: logout, token: token, cookie: cookie}).ok(t)
		if string(res.Data) != `{"logout":{"ok":true}}` {
			t.Fatalf("logout = %s", res.Data)
		}
		if c := res.cookie(); c == nil || c.Value != "" || c.MaxAge >= 0 || c.Path != "/query" {
			t.Errorf("logout does not clear the cookie: %+v", c)
		}
		if id, code := e.meID(t, token); id != "" || code != "UNAUTHENTICATED" {
			t.Errorf("token after logout: me %q code %q, want UNAUTHENTICATED", id, code)
		}
		e.refreshRefused(t, cookie)
		if id, _ := e.meID(t, otherToken); id == "" {
			t.Error("logout ended another session of the same user")
		}
		e.refreshOK(t, otherCookie)
	})
	t.Run("with only the cookie", func(t *testing.T) {
		// The access token expired, the tab still logs out.
		token, cookie := e.login(t, memberEmail)
		e.post(t, gqlReq{query: logout, cookie: cookie}).ok(t)
		e.refreshRefused(t, cookie)
		if id, code := e.meID(t, token); id != "" || code != "UNAUTHENTICATED" {
			t.Errorf("token after cookie logout: me %q code %q", id, code)
		}
	})
	t.Run("twice is fine", func(t *testing.T) {
		token, cookie := e.login(t, viewerEmail)
		e.post(t, gqlReq{query: logout, token: token, cookie: cookie}).ok(t)
		res := e.post(t, gqlReq{query: logout, cookie: cookie}).ok(t)
		if string(res.Data) != `{"logout":{"ok":true}}` {
			t.Fatalf("second logout = %s", res.Data)
		}
	})
}

// TestLoginRefused: a wrong password, an unknown address and a deactivated account get the very
// same answer, so that nobody learns which addresses have accounts.
func TestLoginRefused(t *testing.T) {
	e := newEnv(t)
	if _, err := e.db.SQL.Exec(`UPDATE users SET active = false WHERE email = $1`, viewerEmail); err != nil {
		t.Fatal(err)
	}
	tests := []struct{ name, email, password string }{
		{"wrong password", memberEmail, "koop-demo-wrong"},
		{"empty password", memberEmail, ""},
		{"unknown user", "nobody@koop.test", demoPassword},
		{"deactivated user", viewerEmail, demoPassword},
	}
	var first string
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			before := e.db.Count(t, `SELECT count(*) FROM sessions`)
			res := e.tryLogin(t, tc.email, tc.password, "")
			if res.status != http.StatusOK {
				t.Fatalf("status %d", res.status)
			}
			ge := res.wantError(t, "UNAUTHENTICATED")
			if !res.dataIsNull() {
				t.Errorf("refused login answered data: %s", res.Data)
			}
			if res.cookie() != nil {
				t.Errorf("refused login set a cookie")
			}
			if first == "" {
				first = ge.Message
			} else if ge.Message != first {
				t.Errorf("message %q differs from %q: it tells outsiders which case applies", ge.Message, first)
			}
			if n := e.db.Count(t, `SELECT count(*) FROM sessions`); n != before {
				t.Errorf("refused login opened a session")
			}
		})
	}
	t.Run("address is case-insensitive", func(t *testing.T) {
		e.tryLogin(t, "  Admin@KOOP.test ", demoPassword, "").ok(t)
	})
}

// TestLoginThrottle: after the configured failures (5 per account) even the right password is
// refused, from any address, until the window has passed; other accounts are not affected.
func TestLoginThrottle(t *testing.T) {
	e := newEnv(t)
	const addrA, addrB = "198.51.100.7:4000", "203.0.113.9:5000"
	const perAccount = 5 // postgres.DefaultConfig
	for i := 0; i < perAccount-1; i++ {
		e.tryLogin(t, memberEmail, "wrong-password", addrA).wantError(t, "UNAUTHENTICATED")
	}
	// Below the limit the right password works, and a success starts the count afresh.
	e.tryLogin(t, memberEmail, demoPassword, addrA).ok(t)
	for i := 0; i < perAccount; i++ {
		e.tryLogin(t, memberEmail, "wrong-password", addrA).wantError(t, "UNAUTHENTICATED")
	}
	for _, addr := range []string{addrA, addrB} {
		res := e.tryLogin(t, memberEmail, demoPassword, addr)
		res.wantError(t, "UNAUTHENTICATED")
		if res.cookie() != nil || !res.dataIsNull() {
			t.Fatalf("throttled login from %s succeeded: %s", addr, res.body)
		}
	}
	// The address is below its own limit: another account logs in from it.
	e.tryLogin(t, viewerEmail, demoPassword, addrA).ok(t)
	// After the window the account is free again.
	e.db.Clock.Advance(16 * time.Minute)
	e.tryLogin(t, memberEmail, demoPassword, addrA).ok(t)
}

// TestLoginThrottlePerAddress: many failures from one address across many accounts (none of
// them reaching its own limit) stop that address, and only that address.
func TestLoginThrottlePerAddress(t *testing.T) {
	e := newEnv(t)
	const attacker, other = "198.51.100.66:1234", "203.0.113.10:1234"
	const perAddress = 50 // postgres.DefaultConfig
	fail := func(i int) {
		t.Helper()
		email := fmt.Sprintf("stranger%02d@koop.test", i)
		if i < 3 {
			email = memberEmail // known accounts count as well, below their own limit
		}
		e.tryLogin(t, email, "wrong-password", attacker).wantError(t, "UNAUTHENTICATED")
	}
	for i := 0; i < perAddress-1; i++ {
		fail(i)
	}
	// One failure short of the limit the address still gets in.
	e.tryLogin(t, adminEmail, demoPassword, attacker).ok(t)
	fail(perAddress - 1)
	for _, email := range []string{adminEmail, viewerEmail} {
		res := e.tryLogin(t, email, demoPassword, attacker)
		res.wantError(t, "UNAUTHENTICATED")
		if res.cookie() != nil {
			t.Fatalf("login of %s from a throttled address succeeded", email)
		}
	}
	// The accounts themselves are fine from elsewhere.
	e.tryLogin(t, adminEmail, demoPassword, other).ok(t)
	e.tryLogin(t, memberEmail, demoPassword, other).ok(t)
}
