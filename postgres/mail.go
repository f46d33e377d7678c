package postgres

import (
	"context"
	"encoding/json"
	"time"

	"github.com/koop-lichtenberg/koop"
)

// MailQueue implements koop.MailQueue on the mail_outbox table.
type MailQueue struct{ db *DB }

// NewMailQueue returns the outbox.
func NewMailQueue(db *DB) *MailQueue { return &MailQueue{db: db} }

var _ koop.MailQueue = (*MailQueue)(nil)

// mailAdvisoryLock keys the lock that lets one server process deliver at a time.
const mailAdvisoryLock = 7001

// DeliverMail sends due mails one per transaction, each under a transaction-level advisory
// lock so that of several server processes only one delivers, and records the outcome in the
// same transaction. A crash between handing a mail to SMTP and the commit can send that one
// mail twice; SMTP offers nothing better.
func (q *MailQueue) DeliverMail(ctx context.Context, n int, send func(*koop.OutgoingMail) error) (int, error) {
	sent := 0
	for range n {
		done := true
		err := q.db.transact(ctx, func(tx *Tx) error {
			var locked bool
			if err := tx.get(&locked, `SELECT pg_try_advisory_xact_lock($1)`, mailAdvisoryLock); err != nil || !locked {
				return err
			}
			var rows []struct {
				koop.OutgoingMail
				DataJSON       []byte `db:"data"`
				AttachmentName string `db:"attachment_name"`
				AttachmentType string `db:"attachment_type"`
				AttachmentData []byte `db:"attachment_data"`
			}
			if err := tx.sel(&rows, `SELECT id, to_address, template, locale, data, attempts, created_at,
				attachment_name, attachment_type, attachment_data FROM mail_outbox
				WHERE sent_at IS NULL AND next_attempt_at <= $1 AND attempts < 10 ORDER BY next_attempt_at LIMIT 1 FOR UPDATE SKIP LOCKED`, tx.Now); err != nil {
				return err
			}
			if len(rows) == 0 {
				return nil
			}
			done = false
			m := &rows[0].OutgoingMail
			if err := json.Unmarshal(rows[0].DataJSON, &m.Data); err != nil {
				return err
			}
			if r := rows[0]; r.AttachmentName != "" {
				m.Attachment = &koop.MailAttachment{Name: r.AttachmentName, ContentType: r.AttachmentType, Data: r.AttachmentData}
			}
			if err := send(m); err != nil {
				// Back off exponentially: 1, 2, 4 ... minutes.
				next := tx.Now.Add(time.Minute << min(m.Attempts, 10))
				return tx.exec(`UPDATE mail_outbox SET attempts = attempts + 1, last_error = $2, next_attempt_at = $3 WHERE id = $1`,
					m.ID, err.Error(), next)
			}
			sent++
			// The data holds the one-time link; once sent it is not kept.
			return tx.exec(`UPDATE mail_outbox SET attempts = attempts + 1, sent_at = $2, data = '{}', attachment_data = NULL WHERE id = $1`, m.ID, tx.Now)
		})
		if err != nil || done {
			return sent, err
		}
	}
	return sent, nil
}
