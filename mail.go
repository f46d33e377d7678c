package koop

import (
	"context"
	"time"
)

// MailTemplate names a mail koop sends; the mail package renders it in the recipient's language.
type MailTemplate string

// The mails of the foundation.
const (
	// MailInvitation: a new user is invited and sets a password (data: name, cooperation, inviter, link).
	MailInvitation MailTemplate = "invitation"
	// MailAddedToCooperation: an existing user was added to a cooperation (data: name, cooperation, inviter, link).
	MailAddedToCooperation MailTemplate = "added"
	// MailPasswordReset: a reset link (data: name, link).
	MailPasswordReset MailTemplate = "password_reset"
)

// OutgoingMail is a mail queued in the same transaction as the change that caused it, so that
// it is sent once, after the change committed, and retried when the mail server fails.
type OutgoingMail struct {
	ID        string            `db:"id"`
	To        string            `db:"to_address"`
	Template  MailTemplate      `db:"template"`
	Locale    Locale            `db:"locale"`
	Data      map[string]string `db:"-"`
	Attempts  int               `db:"attempts"`
	CreatedAt time.Time         `db:"created_at"`
	// Attachment is an optional file sent with the mail (an invitation's .ics).
	Attachment *MailAttachment `db:"-"`
}

// MailAttachment is a file attached to a mail.
type MailAttachment struct {
	Name        string
	ContentType string
	Data        []byte
}

// MailQueue is the outbox of mails to send.
type MailQueue interface {
	// DeliverMail hands up to n due mails to send, one by one, and records each outcome (a nil
	// error means sent; an error schedules a retry). Only one process delivers at a time.
	DeliverMail(ctx context.Context, n int, send func(*OutgoingMail) error) (sent int, err error)
}
