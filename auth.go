package koop

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/crypto/argon2"
)

// Lifetimes of the credentials.
const (
	AccessTokenTTL      = 15 * time.Minute
	RefreshTokenTTL     = 14 * 24 * time.Hour
	SessionMaxAge       = 30 * 24 * time.Hour
	InvitationTokenTTL  = 7 * 24 * time.Hour
	ResetTokenTTL       = 2 * time.Hour
	MinPasswordLength   = 10
	MaxPasswordLength   = 200
	credentialsMismatch = "E-Mail-Adresse oder Passwort ist falsch."
)

// ErrBadCredentials is the one answer to a wrong password, an unknown or a deactivated user.
func ErrBadCredentials() error { return Errorf(EUNAUTHENTICATED, credentialsMismatch) }

// Session is a login: what the server needs to hand out tokens.
type Session struct {
	ID               string
	User             *User
	RefreshToken     string
	RefreshExpiresAt time.Time
}

// PasswordTokenPurpose says why a set-password link was sent.
type PasswordTokenPurpose string

// The purposes of set-password links.
const (
	PasswordTokenInvitation PasswordTokenPurpose = "INVITATION"
	PasswordTokenReset      PasswordTokenPurpose = "RESET"
)

// PasswordTokenInfo describes a valid set-password link.
type PasswordTokenInfo struct {
	Email     string               `db:"email"`
	Name      string               `db:"name"`
	Purpose   PasswordTokenPurpose `db:"purpose"`
	ExpiresAt time.Time            `db:"expires_at"`
}

// LoginInput is e-mail and password.
type LoginInput struct {
	Email    string
	Password string
}

// SetPasswordInput sets a password from a one-time link.
type SetPasswordInput struct {
	Token    string
	Password string
}

// RequestPasswordResetInput asks for a reset link.
type RequestPasswordResetInput struct {
	Email string
}

// AuthService logs users in and out and manages their credentials.
type AuthService interface {
	// Login checks the credentials, throttled, and opens a session.
	Login(ctx context.Context, in LoginInput) (*Session, error)
	// Refresh rotates a refresh token; presenting a used one revokes its session.
	Refresh(ctx context.Context, refreshToken string) (*Session, error)
	// Logout revokes the actor's session (or the one the refresh token belongs to).
	Logout(ctx context.Context, refreshToken string) error
	// Authenticate checks that the session of an access token is still valid.
	Authenticate(ctx context.Context, userID, sessionID string) (*Actor, error)
	// RequestPasswordReset mails a reset link if the address has an active account.
	RequestPasswordReset(ctx context.Context, in RequestPasswordResetInput) error
	// PasswordToken describes a valid set-password link.
	PasswordToken(ctx context.Context, token string) (*PasswordTokenInfo, error)
	// SetPassword sets the password from a link, revokes other sessions and opens a new one.
	SetPassword(ctx context.Context, in SetPasswordInput) (*Session, error)
}

// CheckPasswordRules returns an EINVALID error when a new password is unacceptable.
func CheckPasswordRules(pw string) error {
	n := utf8.RuneCountInString(pw)
	switch {
	case n < MinPasswordLength:
		return FieldErrorf(EINVALID, "password", "Das Passwort muss mindestens %d Zeichen lang sein.", MinPasswordLength)
	case n > MaxPasswordLength:
		return FieldErrorf(EINVALID, "password", "Das Passwort darf höchstens %d Zeichen lang sein.", MaxPasswordLength)
	case strings.TrimSpace(pw) == "":
		return FieldErrorf(EINVALID, "password", "Das Passwort darf nicht nur aus Leerzeichen bestehen.")
	}
	return nil
}

// argon2id parameters (OWASP: 19 MiB, 2 iterations, 1 lane).
const (
	argonTime    = 2
	argonMemory  = 19 * 1024
	argonThreads = 1
	argonKeyLen  = 32
)

// HashPassword returns an argon2id hash in the PHC string format.
func HashPassword(pw string) (string, error) {
	salt := make([]byte, 16)
	if _, err := rand.Read(salt); err != nil {
		return "", err
	}
	key := argon2.IDKey([]byte(pw), salt, argonTime, argonMemory, argonThreads, argonKeyLen)
	return fmt.Sprintf("$argon2id$v=%d$m=%d,t=%d,p=%d$%s$%s", argon2.Version, argonMemory, argonTime, argonThreads,
		base64.RawStdEncoding.EncodeToString(salt), base64.RawStdEncoding.EncodeToString(key)), nil
}

// CheckPassword reports whether pw matches an argon2id hash made by HashPassword.
func CheckPassword(hash, pw string) bool {
	parts := strings.Split(hash, "$")
	if len(parts) != 6 || parts[1] != "argon2id" {
		return false
	}
	var version int
	var mem, iter uint32
	var threads uint8
	if _, err := fmt.Sscanf(parts[2], "v=%d", &version); err != nil || version != argon2.Version {
		return false
	}
	if _, err := fmt.Sscanf(parts[3], "m=%d,t=%d,p=%d", &mem, &iter, &threads); err != nil {
		return false
	}
	salt, err1 := base64.RawStdEncoding.DecodeString(parts[4])
	want, err2 := base64.RawStdEncoding.DecodeString(parts[5])
	if err1 != nil || err2 != nil || len(want) == 0 {
		return false
	}
	got := argon2.IDKey([]byte(pw), salt, iter, mem, threads, uint32(len(want)))
	return subtle.ConstantTimeCompare(got, want) == 1
}

// NewOpaqueToken returns a random URL-safe token and the hash under which it is stored.
func NewOpaqueToken() (token string, hash []byte, err error) {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return "", nil, err
	}
	token = base64.RawURLEncoding.EncodeToString(b)
	return token, HashToken(token), nil
}

// HashToken is how opaque tokens are stored: they are random, so a plain SHA-256 suffices.
func HashToken(token string) []byte {
	h := sha256.Sum256([]byte(token))
	return h[:]
}
