package server

import (
	"crypto/rand"
	"encoding/base64"
	"errors"
	"time"

	"github.com/golang-jwt/jwt/v5"

	"github.com/koop-lichtenberg/koop"
)

const (
	tokenIssuer   = "koop"
	tokenAudience = "koop-api"
)

// Tokens issues and parses access tokens: HS256 JWTs whose issuer, audience and expiry are
// all required.
type Tokens struct {
	key []byte
	now func() time.Time
}

// NewTokens returns a token issuer signing with key.
func NewTokens(key []byte, now func() time.Time) *Tokens { return &Tokens{key: key, now: now} }

type claims struct {
	SessionID string `json:"sid"`
	jwt.RegisteredClaims
}

// Issue mints an access token for a session.
func (t *Tokens) Issue(userID, sessionID string) (string, time.Time, error) {
	now := t.now()
	exp := now.Add(koop.AccessTokenTTL).Truncate(time.Second)
	jti := make([]byte, 12)
	if _, err := rand.Read(jti); err != nil {
		return "", time.Time{}, err
	}
	c := claims{SessionID: sessionID, RegisteredClaims: jwt.RegisteredClaims{
		Issuer: tokenIssuer, Audience: jwt.ClaimStrings{tokenAudience}, Subject: userID,
		IssuedAt: jwt.NewNumericDate(now), NotBefore: jwt.NewNumericDate(now.Add(-time.Second)), ExpiresAt: jwt.NewNumericDate(exp),
		ID: base64.RawURLEncoding.EncodeToString(jti),
	}}
	s, err := jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString(t.key)
	return s, exp, err
}

// Parse checks an access token strictly and returns user and session ID.
func (t *Tokens) Parse(token string) (userID, sessionID string, err error) {
	var c claims
	_, err = jwt.ParseWithClaims(token, &c, func(*jwt.Token) (any, error) { return t.key, nil },
		jwt.WithValidMethods([]string{jwt.SigningMethodHS256.Alg()}),
		jwt.WithIssuer(tokenIssuer), jwt.WithAudience(tokenAudience),
		jwt.WithExpirationRequired(), jwt.WithIssuedAt(), jwt.WithLeeway(5*time.Second),
		jwt.WithTimeFunc(t.now), jwt.WithStrictDecoding())
	if err != nil {
		if errors.Is(err, jwt.ErrTokenExpired) {
			return "", "", koop.Errorf(koop.EUNAUTHENTICATED, "Ihre Anmeldung ist abgelaufen. Bitte melden Sie sich erneut an.")
		}
		return "", "", koop.Errorf(koop.EUNAUTHENTICATED, "Ungültiger Zugangsschlüssel. Bitte melden Sie sich erneut an.")
	}
	if c.Subject == "" || c.SessionID == "" {
		return "", "", koop.Errorf(koop.EUNAUTHENTICATED, "Ungültiger Zugangsschlüssel. Bitte melden Sie sich erneut an.")
	}
	return c.Subject, c.SessionID, nil
}
