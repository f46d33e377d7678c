package postgres_test

import (
	"context"
	"testing"
	"time"

	"github.com/koop-lichtenberg/koop"
	"github.com/koop-lichtenberg/koop/postgres"
	"github.com/koop-lichtenberg/koop/postgres/pgtest"
)

func withIP(ip string) context.Context {
	return koop.NewContextWithRequest(context.Background(), koop.RequestInfo{ID: "test", IP: ip})
}

func TestLoginRefusesAlikeWrongPasswordUnknownAndDeactivatedUser(t *testing.T) {
	db := pgtest.Seeded(t)
	auth := postgres.NewAuthService(db.DB)
	if _, err := db.SQL.Exec(`UPDATE users SET active = false WHERE email = 'viewer@koop.test'`); err != nil {
		t.Fatal(err)
	}
	var messages []string
	for _, in := range []koop.LoginInput{
		{Email: "admin@koop.test", Password: "falsch-falsch"},
		{Email: "niemand@koop.test", Password: "koop-demo"},
		{Email: "viewer@koop.test", Password: "koop-demo"},
	} {
		_, err := auth.Login(withIP("10.0.0.1"), in)
		if code := koop.ErrorCode(err); code != koop.EUNAUTHENTICATED {
			t.Fatalf("login %s: code %q, want UNAUTHENTICATED", in.Email, code)
		}
		messages = append(messages, koop.ErrorMessage(err))
	}
	if messages[0] != messages[1] || messages[1] != messages[2] {
		t.Errorf("messages differ, revealing which accounts exist: %q", messages)
	}
	s, err := auth.Login(withIP("10.0.0.1"), koop.LoginInput{Email: " Admin@Koop.test ", Password: "koop-demo"})
	if err != nil {
		t.Fatalf("correct login: %v", err)
	}
	if s.User.Email != "admin@koop.test" || s.RefreshToken == "" || !s.User.IsSystemAdmin {
		t.Errorf("session = %+v", s)
	}
	if n := db.Count(t, `SELECT count(*) FROM refresh_tokens WHERE token_hash = $1`, koop.HashToken(s.RefreshToken)); n != 1 {
		t.Error("refresh token is not stored by its hash")
	}
}

func TestLoginThrottlesPerAccountAndPerAddress(t *testing.T) {
	db := pgtest.Seeded(t)
	auth := postgres.NewAuthService(db.DB)
	max := postgres.DefaultConfig().LoginMaxPerAccount
	for i := 0; i < max; i++ {
		if _, err := auth.Login(withIP("10.0.0.2"), koop.LoginInput{Email: "member@koop.test", Password: "wrong"}); koop.ErrorCode(err) != koop.EUNAUTHENTICATED {
			t.Fatalf("attempt %d: %v", i, err)
		}
	}
	// Now even the right password is refused, from any address.
	if _, err := auth.Login(withIP("10.0.0.3"), koop.LoginInput{Email: "member@koop.test", Password: "koop-demo"}); koop.ErrorCode(err) != koop.EUNAUTHENTICATED {
		t.Fatalf("throttled login: %v", err)
	}
	// Other accounts are not affected...
	if _, err := auth.Login(withIP("10.0.0.3"), koop.LoginInput{Email: "viewer@koop.test", Password: "koop-demo"}); err != nil {
		t.Fatalf("other account: %v", err)
	}
	// ...and after the window the account can log in again.
	db.Clock.Advance(postgres.DefaultConfig().LoginWindow + time.Second)
	if _, err := auth.Login(withIP("10.0.0.3"), koop.LoginInput{Email: "member@koop.test", Password: "koop-demo"}); err != nil {
		t.Fatalf("after the window: %v", err)
	}
}

func TestRefreshRotatesAndReuseRevokesTheSession(t *testing.T) {
	db := pgtest.Seeded(t)
	auth := postgres.NewAuthService(db.DB)
	ctx := withIP("10.0.0.4")
	s, err := auth.Login(ctx, koop.LoginInput{Email: "coordinator@koop.test", Password: "koop-demo"})
	if err != nil {
		t.Fatal(err)
	}
	db.Clock.Advance(time.Minute)
	s2, err := auth.Refresh(ctx, s.RefreshToken)
	if err != nil {
		t.Fatalf("refresh: %v", err)
	}
	if s2.RefreshToken == s.RefreshToken || s2.ID != s.ID {
		t.Fatalf("refresh did not rotate within the session: %+v", s2)
	}
	if n := db.Count(t, `SELECT count(*) FROM audit_entries WHERE action = 'session.refresh' AND entity_id = $1 AND actor_id = $2`, s.ID, s.User.ID); n != 1 {
		t.Errorf("refresh audited %d times, want 1", n)
	}
	if _, err := auth.Authenticate(ctx, s.User.ID, s.ID); err != nil {
		t.Fatalf("session should be valid: %v", err)
	}
	// The old token again: stolen. The whole session ends.
	if _, err := auth.Refresh(ctx, s.RefreshToken); koop.ErrorCode(err) != koop.EUNAUTHENTICATED {
		t.Fatalf("reuse: %v", err)
	}
	if _, err := auth.Refresh(ctx, s2.RefreshToken); koop.ErrorCode(err) != koop.EUNAUTHENTICATED {
		t.Fatalf("successor after reuse: %v", err)
	}
	if _, err := auth.Authenticate(ctx, s.User.ID, s.ID); koop.ErrorCode(err) != koop.EUNAUTHENTICATED {
		t.Fatalf("access after reuse: %v", err)
	}
	if n := db.Count(t, `SELECT count(*) FROM audit_entries WHERE action = 'session.revoke' AND entity_id = $1`, s.ID); n != 1 {
		t.Errorf("revocation audited %d times", n)
	}
	for _, tok := range []string{"", "unknown-token"} {
		if _, err := auth.Refresh(ctx, tok); koop.ErrorCode(err) != koop.EUNAUTHENTICATED {
			t.Errorf("refresh %q: %v", tok, err)
		}
	}
}

func TestRefreshTokenExpires(t *testing.T) {
	db := pgtest.Seeded(t)
	auth := postgres.NewAuthService(db.DB)
	s, err := auth.Login(withIP("10.0.0.5"), koop.LoginInput{Email: "viewer@koop.test", Password: "koop-demo"})
	if err != nil {
		t.Fatal(err)
	}
	db.Clock.Advance(koop.RefreshTokenTTL + time.Second)
	if _, err := auth.Refresh(withIP("10.0.0.5"), s.RefreshToken); koop.ErrorCode(err) != koop.EUNAUTHENTICATED {
		t.Fatalf("expired refresh: %v", err)
	}
}

func TestLogoutAndDeactivationEndTheSessionAtOnce(t *testing.T) {
	db := pgtest.Seeded(t)
	auth := postgres.NewAuthService(db.DB)
	users := postgres.NewUserService(db.DB)
	s, err := auth.Login(withIP("10.0.0.6"), koop.LoginInput{Email: "member@koop.test", Password: "koop-demo"})
	if err != nil {
		t.Fatal(err)
	}
	actor, err := auth.Authenticate(context.Background(), s.User.ID, s.ID)
	if err != nil {
		t.Fatal(err)
	}
	ctx := koop.NewContextWithActor(context.Background(), actor)
	if err := auth.Logout(ctx, s.RefreshToken); err != nil {
		t.Fatal(err)
	}
	if _, err := auth.Authenticate(ctx, s.User.ID, s.ID); koop.ErrorCode(err) != koop.EUNAUTHENTICATED {
		t.Errorf("after logout: %v", err)
	}
	if _, err := auth.Refresh(ctx, s.RefreshToken); koop.ErrorCode(err) != koop.EUNAUTHENTICATED {
		t.Errorf("refresh after logout: %v", err)
	}
	if err := auth.Logout(ctx, s.RefreshToken); err != nil {
		t.Errorf("second logout: %v", err)
	}

	s, err = auth.Login(withIP("10.0.0.6"), koop.LoginInput{Email: "member@koop.test", Password: "koop-demo"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := users.SetUserActive(db.As(t, "admin@koop.test"), koop.SetUserActiveInput{UserID: s.User.ID, Active: false}); err != nil {
		t.Fatal(err)
	}
	if _, err := auth.Authenticate(ctx, s.User.ID, s.ID); koop.ErrorCode(err) != koop.EUNAUTHENTICATED {
		t.Errorf("after deactivation: %v", err)
	}
}

func TestPasswordResetAnswersAlikeAndWorksOnce(t *testing.T) {
	db := pgtest.Seeded(t)
	auth := postgres.NewAuthService(db.DB)
	ctx := withIP("10.0.0.7")
	if err := auth.RequestPasswordReset(ctx, koop.RequestPasswordResetInput{Email: "nobody@koop.test"}); err != nil {
		t.Fatalf("unknown address must answer ok: %v", err)
	}
	if n := db.Count(t, `SELECT count(*) FROM mail_outbox`); n != 0 {
		t.Fatalf("mail queued for an unknown address")
	}
	if err := auth.RequestPasswordReset(ctx, koop.RequestPasswordResetInput{Email: "not an address"}); koop.ErrorField(err) != "email" {
		t.Errorf("malformed address: %v", err)
	}
	if err := auth.RequestPasswordReset(ctx, koop.RequestPasswordResetInput{Email: "Viewer@koop.test"}); err != nil {
		t.Fatal(err)
	}
	token := pgtest.LastMailToken(t, db, "viewer@koop.test")
	info, err := auth.PasswordToken(ctx, token)
	if err != nil || info.Purpose != koop.PasswordTokenReset || info.Email != "viewer@koop.test" {
		t.Fatalf("token info %+v, %v", info, err)
	}
	old, err := auth.Login(ctx, koop.LoginInput{Email: "viewer@koop.test", Password: "koop-demo"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := auth.SetPassword(ctx, koop.SetPasswordInput{Token: token, Password: "kurz"}); koop.ErrorField(err) != "password" {
		t.Fatalf("short password: %v", err)
	}
	if _, err := auth.SetPassword(ctx, koop.SetPasswordInput{Token: token, Password: "ein-neues-passwort"}); err != nil {
		t.Fatal(err)
	}
	if _, err := auth.Authenticate(ctx, old.User.ID, old.ID); koop.ErrorCode(err) != koop.EUNAUTHENTICATED {
		t.Error("setting a password must end the other sessions")
	}
	if _, err := auth.SetPassword(ctx, koop.SetPasswordInput{Token: token, Password: "noch-ein-passwort"}); koop.ErrorCode(err) != koop.ENOTFOUND {
		t.Errorf("second use: %v", err)
	}
	if _, err := auth.Login(ctx, koop.LoginInput{Email: "viewer@koop.test", Password: "ein-neues-passwort"}); err != nil {
		t.Errorf("login with new password: %v", err)
	}
	if n := db.Count(t, `SELECT count(*) FROM audit_entries WHERE action = 'user.set_password' AND changes::text LIKE '%ein-neues%'`); n != 0 {
		t.Error("the audit trail stores the password")
	}
}

func TestPasswordLinkExpires(t *testing.T) {
	db := pgtest.Seeded(t)
	auth := postgres.NewAuthService(db.DB)
	ctx := withIP("10.0.0.8")
	if err := auth.RequestPasswordReset(ctx, koop.RequestPasswordResetInput{Email: "member@koop.test"}); err != nil {
		t.Fatal(err)
	}
	token := pgtest.LastMailToken(t, db, "member@koop.test")
	db.Clock.Advance(koop.ResetTokenTTL + time.Second)
	if _, err := auth.PasswordToken(ctx, token); koop.ErrorCode(err) != koop.ENOTFOUND {
		t.Errorf("expired link info: %v", err)
	}
	if _, err := auth.SetPassword(ctx, koop.SetPasswordInput{Token: token, Password: "ein-neues-passwort"}); koop.ErrorCode(err) != koop.ENOTFOUND {
		t.Errorf("expired link: %v", err)
	}
}
