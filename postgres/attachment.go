package postgres

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"

	"github.com/koop-lichtenberg/koop"
)

// AttachmentService implements koop.AttachmentService.
type AttachmentService struct{ db *DB }

// NewAttachmentService returns the attachment service.
func NewAttachmentService(db *DB) *AttachmentService { return &AttachmentService{db: db} }

var _ koop.AttachmentService = (*AttachmentService)(nil)

const attachmentSelect = `SELECT a.id, a.cooperation_id, a.file_name, a.content_type, a.size_bytes, a.sha256, a.description,
	a.uploaded_by, coalesce(u.name, '') AS uploader_name, a.created_at FROM attachments a LEFT JOIN users u ON u.id = a.uploaded_by`

func (tx *Tx) permitAttachment(c *koop.Cooperation, a *koop.Attachment) {
	own := tx.Actor != nil && a.UploadedByID != nil && *a.UploadedByID == tx.Actor.UserID
	a.CanDelete = (own && c.MyRole.Can(koop.PermContribute)) || c.MyRole.Can(koop.PermPlan)
}

// Attachments lists a subject's files, newest first.
func (s *AttachmentService) Attachments(ctx context.Context, subj koop.Subject) ([]*koop.Attachment, error) {
	out := []*koop.Attachment{}
	err := s.db.read(ctx, func(tx *Tx) error {
		c, col, err := tx.subject(subj, false)
		if err != nil {
			return err
		}
		if err := tx.sel(&out, attachmentSelect+` WHERE a.`+col+` = $1 ORDER BY a.created_at DESC, a.id`, subj.ID); err != nil {
			return err
		}
		for _, a := range out {
			tx.permitAttachment(c, a)
		}
		return nil
	})
	return out, err
}

// UploadAttachment stores a file after checking its type and size.
func (s *AttachmentService) UploadAttachment(ctx context.Context, in koop.AttachmentUpload) (*koop.Attachment, error) {
	var out koop.Attachment
	err := s.db.transact(ctx, func(tx *Tx) error {
		c, col, err := tx.subject(in.Subject, false)
		if err != nil {
			return err
		}
		if err := c.MyRole.Require(koop.PermContribute); err != nil {
			return err
		}
		name := koop.CleanFileName(in.FileName)
		contentType, err := koop.SniffAttachment(name, in.Data)
		if err != nil {
			return err
		}
		desc, err := koop.OptionalText("description", "Die Beschreibung", in.Description, 500)
		if err != nil {
			return err
		}
		sum := sha256.Sum256(in.Data)
		var id string
		if err := tx.get(&id, `INSERT INTO attachments (cooperation_id, `+col+`, file_name, content_type, size_bytes, sha256, description, uploaded_by, created_at)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
			c.ID, in.Subject.ID, name, contentType, len(in.Data), hex.EncodeToString(sum[:]), desc, tx.Actor.UserID, tx.Now); err != nil {
			return err
		}
		if err := tx.exec(`INSERT INTO attachment_data (attachment_id, data) VALUES ($1, $2)`, id, in.Data); err != nil {
			return err
		}
		var ch koop.Changes
		ch.Set("subject", nil, string(in.Subject.Kind)+":"+in.Subject.ID)
		ch.Set("fileName", nil, name)
		ch.Set("contentType", nil, contentType)
		ch.Set("sizeBytes", nil, len(in.Data))
		if err := tx.audit(&c.ID, "attachment.create", "Attachment", id, ch); err != nil {
			return err
		}
		if err := tx.get(&out, attachmentSelect+` WHERE a.id = $1`, id); err != nil {
			return err
		}
		tx.permitAttachment(c, &out)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return &out, nil
}

// attachment loads a file's metadata, its access checked.
func (tx *Tx) attachment(id string, lock bool) (*koop.Attachment, *koop.Cooperation, error) {
	notFound := koop.Errorf(koop.ENOTFOUND, "Die Datei wurde nicht gefunden.")
	if _, err := tx.actor(); err != nil {
		return nil, nil, err
	}
	if !validID(id) {
		return nil, nil, notFound
	}
	q := attachmentSelect + ` WHERE a.id = $1`
	if lock {
		q += ` FOR UPDATE OF a`
	}
	var a koop.Attachment
	err := tx.get(&a, q, id)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil, notFound
	}
	if err != nil {
		return nil, nil, err
	}
	c, err := tx.readable(a.CooperationID)
	if koop.ErrorCode(err) == koop.ENOTFOUND {
		return nil, nil, notFound
	}
	if err != nil {
		return nil, nil, err
	}
	tx.permitAttachment(c, &a)
	return &a, c, nil
}

// DeleteAttachment removes a file.
func (s *AttachmentService) DeleteAttachment(ctx context.Context, id string) error {
	return s.db.transact(ctx, func(tx *Tx) error {
		a, c, err := tx.attachment(id, true)
		if err != nil {
			return err
		}
		if !a.CanDelete {
			return koop.Errorf(koop.EFORBIDDEN, "Nur wer die Datei hochgeladen hat, oder die Koordination kann sie löschen.")
		}
		if err := tx.exec(`DELETE FROM attachments WHERE id = $1`, id); err != nil {
			return err
		}
		var ch koop.Changes
		ch.Set("fileName", a.FileName, nil)
		ch.Set("sizeBytes", a.SizeBytes, nil)
		return tx.audit(&c.ID, "attachment.delete", "Attachment", id, ch)
	})
}

// AttachmentFile returns a file with its bytes.
func (s *AttachmentService) AttachmentFile(ctx context.Context, id string) (*koop.AttachmentFile, error) {
	var out koop.AttachmentFile
	err := s.db.read(ctx, func(tx *Tx) error {
		a, _, err := tx.attachment(id, false)
		if err != nil {
			return err
		}
		out.Attachment = *a
		return tx.get(&out.Data, `SELECT data FROM attachment_data WHERE attachment_id = $1`, id)
	})
	if err != nil {
		return nil, err
	}
	return &out, nil
}
