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

const (
	attachmentColumns = `a.id, a.cooperation_id, a.file_name, a.content_type, a.size_bytes, a.sha256, a.description,
	a.uploaded_by, coalesce(u.name, '') AS uploader_name, a.created_at`
	attachmentFrom   = ` FROM attachments a LEFT JOIN users u ON u.id = a.uploaded_by`
	attachmentSelect = `SELECT ` + attachmentColumns + attachmentFrom
)

// attachmentScope is a subject's files as the actor may use them.
type attachmentScope struct {
	cooperationID string
	// col is the attachments' column that points to the subject.
	col string
	// upload is nil when the actor may add files, else the reason why not.
	upload error
	// deleteAny: the actor removes any file; deleteOwn: the files they uploaded.
	deleteAny, deleteOwn bool
	// deleteErr is the reason a file may not be removed.
	deleteErr error
}

// eventScope is what the actor may do with the files of a subject of the comment kinds
// (events, workstreams): MEMBER and up add files and remove their own, planners remove any.
func eventScope(c *koop.Cooperation, col string) *attachmentScope {
	return &attachmentScope{cooperationID: c.ID, col: col, upload: c.MyRole.Require(koop.PermContribute),
		deleteAny: c.MyRole.Can(koop.PermPlan), deleteOwn: c.MyRole.Can(koop.PermContribute),
		deleteErr: koop.Errorf(koop.EFORBIDDEN, "Nur wer die Datei hochgeladen hat, oder die Koordination kann sie löschen.")}
}

// nominationScope: whoever reads a nomination reads its documents (jurors from outside too,
// once they see it); its managers add and remove them before the jury votes.
func nominationScope(cooperationID string, manage error) *attachmentScope {
	return &attachmentScope{cooperationID: cooperationID, col: "nomination_id", upload: manage, deleteAny: manage == nil, deleteErr: manage}
}

// attachmentSubject checks that the actor may read the subject's files and says what else they
// may do with them.
func (tx *Tx) attachmentSubject(s koop.Subject, lock bool) (*attachmentScope, error) {
	if s.Kind == koop.SubjectNomination {
		coopID, manage, err := tx.nominationFiles(s.ID, lock)
		if err != nil {
			return nil, err
		}
		return nominationScope(coopID, manage), nil
	}
	if s.Kind == koop.SubjectProposal {
		return nil, koop.FieldErrorf(koop.EINVALID, "subject", "An Vorschlägen einer Klausur hängen keine Dateien; bitte beschreiben Sie sie im Vorschlag.")
	}
	c, col, err := tx.subject(s, lock)
	if err != nil {
		return nil, err
	}
	return eventScope(c, col), nil
}

func (tx *Tx) permitAttachment(sc *attachmentScope, a *koop.Attachment) {
	own := tx.Actor != nil && a.UploadedByID != nil && *a.UploadedByID == tx.Actor.UserID
	a.CanDelete = (own && sc.deleteOwn) || sc.deleteAny
}

// Attachments lists a subject's files, newest first.
func (s *AttachmentService) Attachments(ctx context.Context, subj koop.Subject) ([]*koop.Attachment, error) {
	out := []*koop.Attachment{}
	err := s.db.read(ctx, func(tx *Tx) error {
		sc, err := tx.attachmentSubject(subj, false)
		if err != nil {
			return err
		}
		if err := tx.sel(&out, attachmentSelect+` WHERE a.`+sc.col+` = $1 ORDER BY a.created_at DESC, a.id`, subj.ID); err != nil {
			return err
		}
		for _, a := range out {
			tx.permitAttachment(sc, a)
		}
		return nil
	})
	return out, err
}

// UploadAttachment stores a file after checking its type and size.
func (s *AttachmentService) UploadAttachment(ctx context.Context, in koop.AttachmentUpload) (*koop.Attachment, error) {
	var out *koop.Attachment
	err := s.db.transact(ctx, func(tx *Tx) error {
		// A nomination's documents change only before the vote: its cycle stays locked in its phase.
		sc, err := tx.attachmentSubject(in.Subject, in.Subject.Kind == koop.SubjectNomination)
		if err != nil {
			return err
		}
		if sc.upload != nil {
			return sc.upload
		}
		id, err := tx.storeAttachment(sc.cooperationID, sc.col, in, tx.actorID())
		if err != nil {
			return err
		}
		var a koop.Attachment
		if err := tx.get(&a, attachmentSelect+` WHERE a.id = $1`, id); err != nil {
			return err
		}
		tx.permitAttachment(sc, &a)
		out = &a
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// storeAttachment checks a file — its name, its type by its bytes, its size, the description —
// and stores it on in.Subject through the column col, with the audit entry. uploadedBy is nil
// for files that came through a public page. Every way a file comes in goes through here.
func (tx *Tx) storeAttachment(cooperationID, col string, in koop.AttachmentUpload, uploadedBy *string) (string, error) {
	name := koop.CleanFileName(in.FileName)
	contentType, err := koop.SniffAttachment(name, in.Data)
	if err != nil {
		return "", err
	}
	desc, err := koop.OptionalText("description", "Die Beschreibung", in.Description, 500)
	if err != nil {
		return "", err
	}
	sum := sha256.Sum256(in.Data)
	var id string
	if err := tx.get(&id, `INSERT INTO attachments (cooperation_id, `+col+`, file_name, content_type, size_bytes, sha256, description, uploaded_by, created_at)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
		cooperationID, in.Subject.ID, name, contentType, len(in.Data), hex.EncodeToString(sum[:]), desc, uploadedBy, tx.Now); err != nil {
		return "", err
	}
	if err := tx.exec(`INSERT INTO attachment_data (attachment_id, data) VALUES ($1, $2)`, id, in.Data); err != nil {
		return "", err
	}
	var ch koop.Changes
	ch.Set("subject", nil, string(in.Subject.Kind)+":"+in.Subject.ID)
	ch.Set("fileName", nil, name)
	ch.Set("contentType", nil, contentType)
	ch.Set("sizeBytes", nil, len(in.Data))
	return id, tx.audit(&cooperationID, "attachment.create", "Attachment", id, ch)
}

// attachment loads a file's metadata, its access checked: a nomination's document under the
// nomination's reading rules, any other file for the cooperation's readers.
func (tx *Tx) attachment(id string, lock bool) (*koop.Attachment, *attachmentScope, error) {
	notFound := koop.Errorf(koop.ENOTFOUND, "Die Datei wurde nicht gefunden.")
	if _, err := tx.actor(); err != nil {
		return nil, nil, err
	}
	if !validID(id) {
		return nil, nil, notFound
	}
	q := `SELECT a.nomination_id, a.workstream_id, ` + attachmentColumns + attachmentFrom + ` WHERE a.id = $1`
	if lock {
		q += ` FOR UPDATE OF a`
	}
	var row struct {
		NominationID *string `db:"nomination_id"`
		WorkstreamID *string `db:"workstream_id"`
		koop.Attachment
	}
	err := tx.get(&row, q, id)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil, notFound
	}
	if err != nil {
		return nil, nil, err
	}
	var sc *attachmentScope
	if row.NominationID != nil {
		coopID, manage, err := tx.nominationFiles(*row.NominationID, lock)
		if koop.ErrorCode(err) == koop.ENOTFOUND {
			return nil, nil, notFound
		}
		if err != nil {
			return nil, nil, err
		}
		sc = nominationScope(coopID, manage)
	} else if row.WorkstreamID != nil {
		// a workstream's files do not exist for whoever does not see the workstream
		_, c, err := tx.workstream(*row.WorkstreamID, false)
		if koop.ErrorCode(err) == koop.ENOTFOUND {
			return nil, nil, notFound
		}
		if err != nil {
			return nil, nil, err
		}
		sc = eventScope(c, "workstream_id")
	} else {
		c, err := tx.readable(row.CooperationID)
		if koop.ErrorCode(err) == koop.ENOTFOUND {
			return nil, nil, notFound
		}
		if err != nil {
			return nil, nil, err
		}
		sc = eventScope(c, "event_id")
	}
	a := row.Attachment
	tx.permitAttachment(sc, &a)
	return &a, sc, nil
}

// DeleteAttachment removes a file.
func (s *AttachmentService) DeleteAttachment(ctx context.Context, id string) error {
	return s.db.transact(ctx, func(tx *Tx) error {
		a, sc, err := tx.attachment(id, true)
		if err != nil {
			return err
		}
		if !a.CanDelete {
			return sc.deleteErr
		}
		if err := tx.exec(`DELETE FROM attachments WHERE id = $1`, id); err != nil {
			return err
		}
		var ch koop.Changes
		ch.Set("fileName", a.FileName, nil)
		ch.Set("sizeBytes", a.SizeBytes, nil)
		return tx.audit(&sc.cooperationID, "attachment.delete", "Attachment", id, ch)
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
