package koop

import (
	"context"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// LegalTexts are what German law asks of a public body's pages (DOMAIN.md): the imprint
// [Impressum], the privacy notice [Datenschutzerklärung] and the accessibility statement
// [Erklärung zur Barrierefreiheit] of one cooperation. They are plain text; a blank line
// separates paragraphs. Anyone may read them, without a login.
type LegalTexts struct {
	CooperationID   string     `db:"cooperation_id"`
	CooperationName string     `db:"cooperation_name"`
	Imprint         string     `db:"imprint"`
	Privacy         string     `db:"privacy"`
	Accessibility   string     `db:"accessibility"`
	UpdatedAt       *time.Time `db:"updated_at"`
	// Version is 0 while the texts were never saved.
	Version int `db:"version"`
}

// The longest legal texts, in characters.
const (
	MaxImprintLength       = 20000
	MaxPrivacyLength       = 60000
	MaxAccessibilityLength = 30000
)

// UpdateLegalTextsInput replaces a cooperation's legal texts.
type UpdateLegalTextsInput struct {
	CooperationID string
	Imprint       string
	Privacy       string
	Accessibility string
	// Version is the version read (0 when the texts were never saved).
	Version int
}

// Clean validates the texts and returns them normalised: line breaks as "\n", no control
// characters, no trailing blanks, at most three line breaks in a row, trimmed.
func (in UpdateLegalTextsInput) Clean() (imprint, privacy, accessibility string, err error) {
	for _, f := range []struct {
		out         *string
		in          string
		field, name string
		max         int
	}{
		{&imprint, in.Imprint, "imprint", "Das Impressum", MaxImprintLength},
		{&privacy, in.Privacy, "privacy", "Die Datenschutzerklärung", MaxPrivacyLength},
		{&accessibility, in.Accessibility, "accessibility", "Die Erklärung zur Barrierefreiheit", MaxAccessibilityLength},
	} {
		s := CleanPlainText(f.in)
		if n := utf8.RuneCountInString(s); n > f.max {
			return "", "", "", FieldErrorf(EINVALID, f.field, "%s darf höchstens %s Zeichen lang sein (jetzt %s).", f.name, germanInt(f.max), germanInt(n))
		}
		*f.out = s
	}
	return imprint, privacy, accessibility, nil
}

// CleanPlainText normalises a multi-line text as entered in a form: "\r\n" and "\r" become
// "\n", control characters other than tab and line break go, every line loses its trailing
// blanks, runs of blank lines shrink to one, and the whole is trimmed.
func CleanPlainText(s string) string {
	s = strings.ToValidUTF8(s, "")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	s = strings.Map(func(r rune) rune {
		if r != '\n' && r != '\t' && unicode.IsControl(r) {
			return -1
		}
		return r
	}, s)
	lines := strings.Split(s, "\n")
	out := lines[:0]
	blank := 0
	for _, l := range lines {
		l = strings.TrimRightFunc(l, unicode.IsSpace)
		if l == "" {
			blank++
			if blank > 1 {
				continue
			}
		} else {
			blank = 0
		}
		out = append(out, l)
	}
	return strings.TrimSpace(strings.Join(out, "\n"))
}

// germanInt writes a count with a dot between thousands: 20.000.
func germanInt(n int) string {
	s := strconv.Itoa(n)
	var b strings.Builder
	for i := range len(s) {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte('.')
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// LegalService keeps the legal texts of the cooperations.
type LegalService interface {
	// LegalTexts returns a cooperation's legal texts to anyone, logged in or not; empty texts
	// where none were saved. ENOTFOUND for an unknown cooperation.
	LegalTexts(ctx context.Context, cooperationID string) (*LegalTexts, error)
	// UpdateLegalTexts replaces them (ADMIN of the cooperation, system admins), refusing a
	// stale version.
	UpdateLegalTexts(ctx context.Context, in UpdateLegalTextsInput) (*LegalTexts, error)
}
