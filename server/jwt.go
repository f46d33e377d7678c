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

const downloadAudience = "koop-download"

// DownloadTTL is how long a download link works.
const DownloadTTL = 15 * time.Minute

type downloadClaims struct {
	SessionID    string `json:"sid"`
	AttachmentID string `json:"aid"`
	jwt.RegisteredClaims
}

// SignDownload mints the token of a download link: one file, one session, 15 minutes. Its
// audience differs from the API's, so it is no access token.
func (t *Tokens) SignDownload(userID, sessionID, attachmentID string) (string, error) {
	now := t.now()
	c := downloadClaims{SessionID: sessionID, AttachmentID: attachmentID, RegisteredClaims: jwt.RegisteredClaims{
		Issuer: tokenIssuer, Audience: jwt.ClaimStrings{downloadAudience}, Subject: userID,
		IssuedAt: jwt.NewNumericDate(now), ExpiresAt: jwt.NewNumericDate(now.Add(DownloadTTL)),
	}}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString(t.key)
}

// ParseDownload checks a download token and returns user, session and file.
func (t *Tokens) ParseDownload(token string) (userID, sessionID, attachmentID string, err error) {
	var c downloadClaims
	_, err = jwt.ParseWithClaims(token, &c, func(*jwt.Token) (any, error) { return t.key, nil },
		jwt.WithValidMethods([]string{jwt.SigningMethodHS256.Alg()}),
		jwt.WithIssuer(tokenIssuer), jwt.WithAudience(downloadAudience),
		jwt.WithExpirationRequired(), jwt.WithIssuedAt(), jwt.WithLeeway(5*time.Second),
		jwt.WithTimeFunc(t.now), jwt.WithStrictDecoding())
	if err != nil || c.Subject == "" || c.SessionID == "" || c.AttachmentID == "" {
		return "", "", "", koop.Errorf(koop.EUNAUTHENTICATED, "Der Download-Link ist abgelaufen oder ungültig. Bitte öffnen Sie die Seite neu und laden Sie die Datei noch einmal herunter.")
	}
	return c.Subject, c.SessionID, c.AttachmentID, nil
}

const eventFileAudience = "koop-calendar"

type eventFileClaims struct {
	SessionID string `json:"sid"`
	EventID   string `json:"eid"`
	jwt.RegisteredClaims
}

// SignEventFile mints the token of an event's .ics link: one event, one session, 15 minutes,
// with an audience of its own, so that it opens neither the API nor a file.
func (t *Tokens) SignEventFile(userID, sessionID, eventID string) (string, error) {
	now := t.now()
	c := eventFileClaims{SessionID: sessionID, EventID: eventID, RegisteredClaims: jwt.RegisteredClaims{
		Issuer: tokenIssuer, Audience: jwt.ClaimStrings{eventFileAudience}, Subject: userID,
		IssuedAt: jwt.NewNumericDate(now), ExpiresAt: jwt.NewNumericDate(now.Add(DownloadTTL)),
	}}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString(t.key)
}

// ParseEventFile checks an .ics link's token and returns user, session and event.
func (t *Tokens) ParseEventFile(token string) (userID, sessionID, eventID string, err error) {
	var c eventFileClaims
	_, err = jwt.ParseWithClaims(token, &c, func(*jwt.Token) (any, error) { return t.key, nil },
		jwt.WithValidMethods([]string{jwt.SigningMethodHS256.Alg()}),
		jwt.WithIssuer(tokenIssuer), jwt.WithAudience(eventFileAudience),
		jwt.WithExpirationRequired(), jwt.WithIssuedAt(), jwt.WithLeeway(5*time.Second),
		jwt.WithTimeFunc(t.now), jwt.WithStrictDecoding())
	if err != nil || c.Subject == "" || c.SessionID == "" || c.EventID == "" {
		return "", "", "", koop.Errorf(koop.EUNAUTHENTICATED, "Der Link zur Kalenderdatei ist abgelaufen oder ungültig. Bitte öffnen Sie die Veranstaltung neu und laden Sie die Datei noch einmal herunter.")
	}
	return c.Subject, c.SessionID, c.EventID, nil
}

const guestListAudience = "koop-guests"

type guestListClaims struct {
	SessionID string `json:"sid"`
	EventID   string `json:"eid"`
	jwt.RegisteredClaims
}

// SignGuestList mints the token of a guest-list CSV link: one event, one session, 15 minutes,
// with an audience of its own.
func (t *Tokens) SignGuestList(userID, sessionID, eventID string) (string, error) {
	now := t.now()
	c := guestListClaims{SessionID: sessionID, EventID: eventID, RegisteredClaims: jwt.RegisteredClaims{
		Issuer: tokenIssuer, Audience: jwt.ClaimStrings{guestListAudience}, Subject: userID,
		IssuedAt: jwt.NewNumericDate(now), ExpiresAt: jwt.NewNumericDate(now.Add(DownloadTTL)),
	}}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString(t.key)
}

// ParseGuestList checks a guest-list link's token and returns user, session and event.
func (t *Tokens) ParseGuestList(token string) (userID, sessionID, eventID string, err error) {
	var c guestListClaims
	_, err = jwt.ParseWithClaims(token, &c, func(*jwt.Token) (any, error) { return t.key, nil },
		jwt.WithValidMethods([]string{jwt.SigningMethodHS256.Alg()}),
		jwt.WithIssuer(tokenIssuer), jwt.WithAudience(guestListAudience),
		jwt.WithExpirationRequired(), jwt.WithIssuedAt(), jwt.WithLeeway(5*time.Second),
		jwt.WithTimeFunc(t.now), jwt.WithStrictDecoding())
	if err != nil || c.Subject == "" || c.SessionID == "" || c.EventID == "" {
		return "", "", "", koop.Errorf(koop.EUNAUTHENTICATED, "Der Link zur Gästeliste ist abgelaufen oder ungültig. Bitte öffnen Sie die Veranstaltung neu und laden Sie die Liste noch einmal herunter.")
	}
	return c.Subject, c.SessionID, c.EventID, nil
}
