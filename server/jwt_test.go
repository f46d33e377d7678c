package server_test

import (
	"crypto/rand"
	"crypto/rsa"
	"encoding/base64"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

// testClaims mirrors the claims koop puts into an access token.
type testClaims struct {
	SessionID string `json:"sid"`
	jwt.RegisteredClaims
}

func sign(t *testing.T, method jwt.SigningMethod, key any, c jwt.Claims) string {
	t.Helper()
	s, err := jwt.NewWithClaims(method, c).SignedString(key)
	if err != nil {
		t.Fatalf("sign %s: %v", method.Alg(), err)
	}
	return s
}

// TestAccessTokens: only an HS256 token signed with the server's key, for koop's issuer and
// audience, with an expiry that has not passed, for a live session of its subject, logs in.
// Everything else is UNAUTHENTICATED (an error, so the client knows to refresh), never a 500.
func TestAccessTokens(t *testing.T) {
	e := newEnv(t)
	token, _ := e.login(t, adminEmail)
	var issued testClaims
	if _, _, err := jwt.NewParser().ParseUnverified(token, &issued); err != nil {
		t.Fatalf("parse issued token: %v", err)
	}
	adminID := e.db.UserID(t, adminEmail)
	if issued.Subject != adminID || issued.SessionID == "" {
		t.Fatalf("issued token: sub %q sid %q, want sub %q and a session", issued.Subject, issued.SessionID, adminID)
	}
	now := e.db.Clock.Now()
	base := func() *testClaims {
		return &testClaims{SessionID: issued.SessionID, RegisteredClaims: jwt.RegisteredClaims{
			Issuer: "koop", Audience: jwt.ClaimStrings{"koop-api"}, Subject: adminID,
			IssuedAt: jwt.NewNumericDate(now), NotBefore: jwt.NewNumericDate(now.Add(-time.Second)),
			ExpiresAt: jwt.NewNumericDate(now.Add(15 * time.Minute)),
		}}
	}
	with := func(f func(c *testClaims)) *testClaims { c := base(); f(c); return c }
	rsaKey, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		t.Fatal(err)
	}
	tampered := func() string {
		// Swap the subject in the payload and keep the signature.
		parts := strings.Split(sign(t, jwt.SigningMethodHS256, testKey, base()), ".")
		payload, err := base64.RawURLEncoding.DecodeString(parts[1])
		if err != nil {
			t.Fatal(err)
		}
		var m map[string]any
		if err := json.Unmarshal(payload, &m); err != nil {
			t.Fatal(err)
		}
		m["sub"] = e.db.UserID(t, memberEmail)
		b, _ := json.Marshal(m)
		parts[1] = base64.RawURLEncoding.EncodeToString(b)
		return strings.Join(parts, ".")
	}
	memberToken, _ := e.login(t, memberEmail)
	var memberClaims testClaims
	if _, _, err := jwt.NewParser().ParseUnverified(memberToken, &memberClaims); err != nil {
		t.Fatal(err)
	}

	tests := []struct {
		name   string
		auth   string // the whole Authorization header
		wantOK bool
	}{
		{"issued by login", "Bearer " + token, true},
		{"built by hand like the server does", "Bearer " + sign(t, jwt.SigningMethodHS256, testKey, base()), true},
		{"alg none", "Bearer " + sign(t, jwt.SigningMethodNone, jwt.UnsafeAllowNoneSignatureType, base()), false},
		{"signed with another key", "Bearer " + sign(t, jwt.SigningMethodHS256, []byte("another-key-another-key-another-key!"), base()), false},
		{"wrong audience", "Bearer " + sign(t, jwt.SigningMethodHS256, testKey, with(func(c *testClaims) { c.Audience = jwt.ClaimStrings{"other-api"} })), false},
		{"no audience", "Bearer " + sign(t, jwt.SigningMethodHS256, testKey, with(func(c *testClaims) { c.Audience = nil })), false},
		{"wrong issuer", "Bearer " + sign(t, jwt.SigningMethodHS256, testKey, with(func(c *testClaims) { c.Issuer = "evil" })), false},
		{"no issuer", "Bearer " + sign(t, jwt.SigningMethodHS256, testKey, with(func(c *testClaims) { c.Issuer = "" })), false},
		{"missing exp", "Bearer " + sign(t, jwt.SigningMethodHS256, testKey, with(func(c *testClaims) { c.ExpiresAt = nil })), false},
		{"expired", "Bearer " + sign(t, jwt.SigningMethodHS256, testKey, with(func(c *testClaims) {
			c.IssuedAt = jwt.NewNumericDate(now.Add(-time.Hour))
			c.NotBefore = jwt.NewNumericDate(now.Add(-time.Hour))
			c.ExpiresAt = jwt.NewNumericDate(now.Add(-time.Minute))
		})), false},
		{"not valid yet", "Bearer " + sign(t, jwt.SigningMethodHS256, testKey, with(func(c *testClaims) { c.NotBefore = jwt.NewNumericDate(now.Add(time.Hour)) })), false},
		{"issued in the future", "Bearer " + sign(t, jwt.SigningMethodHS256, testKey, with(func(c *testClaims) { c.IssuedAt = jwt.NewNumericDate(now.Add(time.Hour)) })), false},
		{"tampered payload", "Bearer " + tampered(), false},
		{"HS512 with the right key", "Bearer " + sign(t, jwt.SigningMethodHS512, testKey, base()), false},
		{"RS256", "Bearer " + sign(t, jwt.SigningMethodRS256, rsaKey, base()), false},
		{"no subject", "Bearer " + sign(t, jwt.SigningMethodHS256, testKey, with(func(c *testClaims) { c.Subject = "" })), false},
		{"no session", "Bearer " + sign(t, jwt.SigningMethodHS256, testKey, with(func(c *testClaims) { c.SessionID = "" })), false},
		{"session not an ID", "Bearer " + sign(t, jwt.SigningMethodHS256, testKey, with(func(c *testClaims) { c.SessionID = "' OR 1=1 --" })), false},
		{"unknown session", "Bearer " + sign(t, jwt.SigningMethodHS256, testKey, with(func(c *testClaims) { c.SessionID = "6b00c0de-0000-4000-8000-0000000fffff" })), false},
		// A correctly signed token whose session belongs to someone else must not log in as
		// the subject.
		{"session of another user", "Bearer " + sign(t, jwt.SigningMethodHS256, testKey, with(func(c *testClaims) { c.SessionID = memberClaims.SessionID })), false},
		{"garbage", "Bearer garbage", false},
		{"three garbage parts", "Bearer a.b.c", false},
		{"empty token", "Bearer ", false},
		{"no Bearer scheme", token, false},
		{"Basic scheme", "Basic YWRtaW46a29vcC1kZW1v", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := e.post(t, gqlReq{query: `{ me { id } }`, auth: tc.auth})
			if res.status != 200 {
				t.Fatalf("status %d: %s", res.status, res.body)
			}
			var d struct {
				Me *struct{ ID string }
			}
			res.decode(t, &d)
			if tc.wantOK {
				res.ok(t)
				if d.Me == nil || d.Me.ID != adminID {
					t.Fatalf("me = %+v, want %s", d.Me, adminID)
				}
				return
			}
			if d.Me != nil {
				t.Fatalf("token refused expected, but me = %+v", d.Me)
			}
			res.wantError(t, "UNAUTHENTICATED")
		})
	}

	t.Run("anonymous is null without error", func(t *testing.T) {
		res := e.post(t, gqlReq{query: `{ me { id } }`}).ok(t)
		if string(res.Data) != `{"me":null}` {
			t.Fatalf("data = %s", res.Data)
		}
	})
	t.Run("anonymous cannot read a cooperation", func(t *testing.T) {
		res := e.post(t, gqlReq{query: `query($id: ID!) { cooperation(id: $id) { id } }`, vars: map[string]any{"id": "6b00c0de-0000-4000-8000-000000000001"}})
		res.wantError(t, "UNAUTHENTICATED")
	})
}

// TestAccessTokenExpiresWithTheClock: the token login hands out stops working once its
// lifetime (15 minutes) has passed on the server's clock, and a refresh gives a working one.
func TestAccessTokenExpiresWithTheClock(t *testing.T) {
	e := newEnv(t)
	token, refresh := e.login(t, memberEmail)
	if id, _ := e.meID(t, token); id == "" {
		t.Fatal("fresh token refused")
	}
	e.db.Clock.Advance(14 * time.Minute)
	if id, _ := e.meID(t, token); id == "" {
		t.Fatal("token refused after 14 minutes")
	}
	e.db.Clock.Advance(2 * time.Minute)
	if id, code := e.meID(t, token); id != "" || code != "UNAUTHENTICATED" {
		t.Fatalf("after 16 minutes: me %q code %q, want UNAUTHENTICATED", id, code)
	}
	res := e.post(t, gqlReq{query: `mutation { refreshSession { accessToken } }`, cookie: refresh}).ok(t)
	var d struct{ RefreshSession struct{ AccessToken string } }
	res.decode(t, &d)
	if id, _ := e.meID(t, d.RefreshSession.AccessToken); id == "" {
		t.Fatal("refreshed token refused")
	}
}
