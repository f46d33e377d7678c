package postgres

import (
	"context"
	"database/sql"
	"errors"
	"strings"
	"sync"
	"time"

	"github.com/koop-lichtenberg/koop"
)

// AuthService implements koop.AuthService.
type AuthService struct{ db *DB }

// NewAuthService returns the authentication service.
func NewAuthService(db *DB) *AuthService { return &AuthService{db: db} }

var _ koop.AuthService = (*AuthService)(nil)

var (
	dummyOnce sync.Once
	dummyHash string
)

// equaliseTiming spends the time of one password check, so that an unknown address answers
// as slowly as a wrong password.
func equaliseTiming(pw string) {
	dummyOnce.Do(func() { dummyHash, _ = koop.HashPassword("koop-timing-equaliser") })
	koop.CheckPassword(dummyHash, pw)
}

func errSessionExpired() error {
	return koop.Errorf(koop.EUNAUTHENTICATED, "Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.")
}

func errPasswordLink() error {
	return koop.FieldErrorf(koop.ENOTFOUND, "token", "Dieser Link ist ungültig, wurde schon benutzt oder ist abgelaufen. Bitte fordern Sie einen neuen an.")
}

type credentialRow struct {
	koop.User
	PasswordHash sql.NullString `db:"password_hash"`
}

const userColumns = `u.id, u.email, u.name, u.locale, u.is_system_admin, u.active, (u.password_hash IS NOT NULL) AS password_set, (u.erased_at IS NOT NULL) AS erased, u.created_at`

// Login checks the credentials and opens a session. Failed attempts are counted per account
// and per address in PostgreSQL, so every server process shares the throttle.
func (s *AuthService) Login(ctx context.Context, in koop.LoginInput) (*koop.Session, error) {
	email := strings.ToLower(strings.TrimSpace(in.Email))
	addr := koop.RequestFromContext(ctx).IP
	var sess *koop.Session
	var refused error
	err := s.db.transact(ctx, func(tx *Tx) error {
		// One login per account at a time, so parallel guesses cannot outrun the counter.
		if err := tx.exec(`SELECT pg_advisory_xact_lock(hashtext('login:' || $1))`, email); err != nil {
			return err
		}
		since := tx.Now.Add(-s.db.cfg.LoginWindow)
		if err := tx.exec(`DELETE FROM login_attempts WHERE at < $1`, since); err != nil {
			return err
		}
		var perAccount, perAddress int
		if err := tx.get(&perAccount, `SELECT count(*) FROM login_attempts WHERE email = $1 AND at >= $2`, email, since); err != nil {
			return err
		}
		if err := tx.get(&perAddress, `SELECT count(*) FROM login_attempts WHERE address = $1 AND at >= $2`, addr, since); err != nil {
			return err
		}
		if perAccount >= s.db.cfg.LoginMaxPerAccount || perAddress >= s.db.cfg.LoginMaxPerAddress {
			refused = koop.Errorf(koop.EUNAUTHENTICATED, "Zu viele fehlgeschlagene Anmeldeversuche. Bitte warten Sie %d Minuten und versuchen Sie es dann erneut.", int(s.db.cfg.LoginWindow.Minutes()))
			return nil
		}
		var u credentialRow
		err := tx.get(&u, `SELECT `+userColumns+`, u.password_hash FROM users u WHERE u.email = $1`, email)
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return err
		}
		ok := false
		if err == nil && u.PasswordHash.Valid {
			ok = koop.CheckPassword(u.PasswordHash.String, in.Password) && u.Active
		} else {
			equaliseTiming(in.Password)
		}
		if !ok {
			refused = koop.ErrBadCredentials()
			return tx.exec(`INSERT INTO login_attempts (email, address, at) VALUES ($1, $2, $3)`, email, addr, tx.Now)
		}
		if err := tx.exec(`DELETE FROM login_attempts WHERE email = $1`, email); err != nil {
			return err
		}
		user := u.User
		sess, err = tx.openSession(&user)
		if err != nil {
			return err
		}
		tx.Actor = &koop.Actor{UserID: user.ID, SessionID: sess.ID, Name: user.Name, IsSystemAdmin: user.IsSystemAdmin}
		return tx.audit(nil, "session.login", "Session", sess.ID, nil)
	})
	if err != nil {
		return nil, err
	}
	if refused != nil {
		return nil, refused
	}
	return sess, nil
}

// openSession creates a session with its first refresh token.
func (tx *Tx) openSession(u *koop.User) (*koop.Session, error) {
	sess := &koop.Session{User: u}
	if err := tx.get(&sess.ID, `INSERT INTO sessions (user_id, created_at, expires_at, last_seen_at) VALUES ($1, $2, $3, $2) RETURNING id`,
		u.ID, tx.Now, tx.Now.Add(koop.SessionMaxAge)); err != nil {
		return nil, err
	}
	return sess, tx.issueRefreshToken(sess, tx.Now.Add(koop.SessionMaxAge))
}

// issueRefreshToken adds a refresh token to the session, expiring no later than the session.
func (tx *Tx) issueRefreshToken(sess *koop.Session, sessionExpires time.Time) error {
	token, hash, err := koop.NewOpaqueToken()
	if err != nil {
		return err
	}
	exp := tx.Now.Add(koop.RefreshTokenTTL)
	if exp.After(sessionExpires) {
		exp = sessionExpires
	}
	sess.RefreshToken, sess.RefreshExpiresAt = token, exp
	return tx.exec(`INSERT INTO refresh_tokens (token_hash, session_id, created_at, expires_at) VALUES ($1, $2, $3, $4)`,
		hash, sess.ID, tx.Now, exp)
}

// Refresh rotates a refresh token. A token that was already used means it leaked: the whole
// session is revoked, and the thief and the owner must both log in again.
func (s *AuthService) Refresh(ctx context.Context, refreshToken string) (*koop.Session, error) {
	if refreshToken == "" {
		return nil, errSessionExpired()
	}
	var sess *koop.Session
	var refused error
	err := s.db.transact(ctx, func(tx *Tx) error {
		var rt struct {
			SessionID      string       `db:"session_id"`
			UserID         string       `db:"user_id"`
			ExpiresAt      time.Time    `db:"expires_at"`
			UsedAt         sql.NullTime `db:"used_at"`
			SessionRevoked sql.NullTime `db:"revoked_at"`
			SessionExpires time.Time    `db:"session_expires_at"`
		}
		err := tx.get(&rt, `SELECT rt.session_id, s.user_id, rt.expires_at, rt.used_at, s.revoked_at, s.expires_at AS session_expires_at
			FROM refresh_tokens rt JOIN sessions s ON s.id = rt.session_id
			WHERE rt.token_hash = $1 FOR UPDATE`, koop.HashToken(refreshToken))
		if errors.Is(err, sql.ErrNoRows) {
			refused = errSessionExpired()
			return nil
		}
		if err != nil {
			return err
		}
		if rt.UsedAt.Valid {
			refused = errSessionExpired()
			if rt.SessionRevoked.Valid {
				return nil
			}
			if err := tx.exec(`UPDATE sessions SET revoked_at = $2, revoke_reason = 'refresh_token_reuse' WHERE id = $1`, rt.SessionID, tx.Now); err != nil {
				return err
			}
			var ch koop.Changes
			ch.Set("reason", nil, "refresh_token_reuse")
			return tx.audit(nil, "session.revoke", "Session", rt.SessionID, ch)
		}
		if rt.SessionRevoked.Valid || !rt.ExpiresAt.After(tx.Now) || !rt.SessionExpires.After(tx.Now) {
			refused = errSessionExpired()
			return nil
		}
		var u koop.User
		if err := tx.get(&u, `SELECT `+userColumns+` FROM users u WHERE u.id = $1`, rt.UserID); err != nil {
			return err
		}
		if !u.Active {
			refused = errSessionExpired()
			return nil
		}
		if err := tx.exec(`UPDATE refresh_tokens SET used_at = $2 WHERE token_hash = $1`, koop.HashToken(refreshToken), tx.Now); err != nil {
			return err
		}
		if err := tx.exec(`UPDATE sessions SET last_seen_at = $2 WHERE id = $1`, rt.SessionID, tx.Now); err != nil {
			return err
		}
		sess = &koop.Session{ID: rt.SessionID, User: &u}
		if err := tx.issueRefreshToken(sess, rt.SessionExpires); err != nil {
			return err
		}
		tx.Actor = &koop.Actor{UserID: u.ID, SessionID: sess.ID, Name: u.Name, IsSystemAdmin: u.IsSystemAdmin}
		var ch koop.Changes
		ch.Redact("refreshToken")
		return tx.audit(nil, "session.refresh", "Session", sess.ID, ch)
	})
	if err != nil {
		return nil, err
	}
	if refused != nil {
		return nil, refused
	}
	return sess, nil
}

// Logout revokes the actor's session, or the session of the refresh token when the access
// token already expired. Logging out twice is fine.
func (s *AuthService) Logout(ctx context.Context, refreshToken string) error {
	return s.db.transact(ctx, func(tx *Tx) error {
		var sessionID string
		if tx.Actor != nil {
			sessionID = tx.Actor.SessionID
		} else if refreshToken != "" {
			err := tx.get(&sessionID, `SELECT session_id FROM refresh_tokens WHERE token_hash = $1`, koop.HashToken(refreshToken))
			if errors.Is(err, sql.ErrNoRows) {
				return nil
			}
			if err != nil {
				return err
			}
		} else {
			return nil
		}
		var userID string
		err := tx.get(&userID, `UPDATE sessions SET revoked_at = $2, revoke_reason = 'logout' WHERE id = $1 AND revoked_at IS NULL RETURNING user_id`, sessionID, tx.Now)
		if errors.Is(err, sql.ErrNoRows) {
			return nil
		}
		if err != nil {
			return err
		}
		if tx.Actor == nil {
			tx.Actor = &koop.Actor{UserID: userID, SessionID: sessionID}
		}
		return tx.audit(nil, "session.logout", "Session", sessionID, nil)
	})
}

// authenticateQuery runs on every authenticated request, so it is prepared once.
const authenticateQuery = `SELECT u.name, u.is_system_admin FROM sessions s JOIN users u ON u.id = s.user_id
	WHERE s.id = $1 AND s.user_id = $2 AND s.revoked_at IS NULL AND s.expires_at > $3 AND u.active`

// Authenticate checks on every request that the token's session is still open and its user
// active, so that logout and deactivation take effect on the next request.
func (s *AuthService) Authenticate(ctx context.Context, userID, sessionID string) (*koop.Actor, error) {
	if !validID(userID) || !validID(sessionID) {
		return nil, errSessionExpired()
	}
	var a koop.Actor
	st, err := s.db.prepared(ctx, authenticateQuery)
	if err != nil {
		return nil, err
	}
	err = st.QueryRowxContext(ctx, sessionID, userID, s.db.now()).Scan(&a.Name, &a.IsSystemAdmin)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, errSessionExpired()
	}
	if err != nil {
		return nil, mapError(err)
	}
	a.UserID, a.SessionID = userID, sessionID
	return &a, nil
}

// RequestPasswordReset mails a reset link to an active account. It answers the same whether
// or not the address has one, and sends at most three links per account and hour.
func (s *AuthService) RequestPasswordReset(ctx context.Context, in koop.RequestPasswordResetInput) error {
	email, err := koop.NormaliseEmail(in.Email)
	if err != nil {
		return err
	}
	return s.db.transact(ctx, func(tx *Tx) error {
		var u koop.User
		err := tx.get(&u, `SELECT `+userColumns+` FROM users u WHERE u.email = $1 AND u.active`, email)
		if errors.Is(err, sql.ErrNoRows) {
			return nil
		}
		if err != nil {
			return err
		}
		var recent int
		if err := tx.get(&recent, `SELECT count(*) FROM password_tokens WHERE user_id = $1 AND purpose = 'RESET' AND created_at > $2`,
			u.ID, tx.Now.Add(-time.Hour)); err != nil {
			return err
		}
		if recent >= 3 {
			return nil
		}
		link, err := tx.newPasswordLink(u.ID, koop.PasswordTokenReset)
		if err != nil {
			return err
		}
		if err := tx.queueMail(u.Email, koop.MailPasswordReset, u.Locale, map[string]string{"name": u.Name, "link": link}); err != nil {
			return err
		}
		return tx.audit(nil, "user.request_password_reset", "User", u.ID, nil)
	})
}

// newPasswordLink stores a one-time token for the user and returns the link to mail.
func (tx *Tx) newPasswordLink(userID string, purpose koop.PasswordTokenPurpose) (string, error) {
	token, hash, err := koop.NewOpaqueToken()
	if err != nil {
		return "", err
	}
	ttl := koop.ResetTokenTTL
	if purpose == koop.PasswordTokenInvitation {
		ttl = koop.InvitationTokenTTL
	}
	if err := tx.exec(`INSERT INTO password_tokens (token_hash, user_id, purpose, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)`,
		hash, userID, purpose, tx.Now, tx.Now.Add(ttl)); err != nil {
		return "", err
	}
	return strings.TrimRight(tx.db.cfg.PublicURL, "/") + "/set-password?token=" + token, nil
}

// PasswordToken describes a valid set-password link.
func (s *AuthService) PasswordToken(ctx context.Context, token string) (*koop.PasswordTokenInfo, error) {
	var info koop.PasswordTokenInfo
	err := s.db.read(ctx, func(tx *Tx) error {
		return tx.get(&info, `SELECT u.email, u.name, t.purpose, t.expires_at FROM password_tokens t JOIN users u ON u.id = t.user_id
			WHERE t.token_hash = $1 AND t.used_at IS NULL AND t.expires_at > $2 AND u.active`, koop.HashToken(token), tx.Now)
	})
	if koop.ErrorCode(err) == koop.ENOTFOUND {
		return nil, errPasswordLink()
	}
	return &info, err
}

// SetPassword sets a password from a one-time link. Every other session of the user ends and
// every other open link stops working.
func (s *AuthService) SetPassword(ctx context.Context, in koop.SetPasswordInput) (*koop.Session, error) {
	if err := koop.CheckPasswordRules(in.Password); err != nil {
		return nil, err
	}
	hash, err := koop.HashPassword(in.Password)
	if err != nil {
		return nil, err
	}
	var sess *koop.Session
	err = s.db.transact(ctx, func(tx *Tx) error {
		var userID string
		err := tx.get(&userID, `SELECT t.user_id FROM password_tokens t JOIN users u ON u.id = t.user_id
			WHERE t.token_hash = $1 AND t.used_at IS NULL AND t.expires_at > $2 AND u.active FOR UPDATE OF t`, koop.HashToken(in.Token), tx.Now)
		if errors.Is(err, sql.ErrNoRows) {
			return errPasswordLink()
		}
		if err != nil {
			return err
		}
		var u koop.User
		if err := tx.get(&u, `UPDATE users u SET password_hash = $2, updated_at = $3, version = version + 1 WHERE id = $1 RETURNING `+userColumns,
			userID, hash, tx.Now); err != nil {
			return err
		}
		if err := tx.exec(`UPDATE password_tokens SET used_at = $2 WHERE user_id = $1 AND used_at IS NULL`, userID, tx.Now); err != nil {
			return err
		}
		if err := tx.exec(`UPDATE sessions SET revoked_at = $2, revoke_reason = 'password_set' WHERE user_id = $1 AND revoked_at IS NULL`, userID, tx.Now); err != nil {
			return err
		}
		if sess, err = tx.openSession(&u); err != nil {
			return err
		}
		tx.Actor = &koop.Actor{UserID: u.ID, SessionID: sess.ID, Name: u.Name, IsSystemAdmin: u.IsSystemAdmin}
		var ch koop.Changes
		ch.Redact("password")
		return tx.audit(nil, "user.set_password", "User", u.ID, ch)
	})
	if err != nil {
		return nil, err
	}
	return sess, nil
}
