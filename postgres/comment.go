package postgres

import (
	"context"
	"database/sql"
	"errors"

	"github.com/koop-lichtenberg/koop"
)

// CommentService implements koop.CommentService.
type CommentService struct{ db *DB }

// NewCommentService returns the comment service.
func NewCommentService(db *DB) *CommentService { return &CommentService{db: db} }

var _ koop.CommentService = (*CommentService)(nil)

// subject checks that the actor may read the subject and returns its cooperation and the
// column that points to it.
func (tx *Tx) subject(s koop.Subject, lock bool) (*koop.Cooperation, string, error) {
	switch s.Kind {
	case koop.SubjectEvent:
		_, c, err := tx.event(s.ID, tx.readable, lock, koop.EventLoad{})
		return c, "event_id", err
	case koop.SubjectWorkstream:
		_, c, err := tx.workstream(s.ID, lock)
		return c, "workstream_id", err
	case koop.SubjectProposal:
		_, a, err := tx.proposal(s.ID, false)
		if err != nil {
			return nil, "", err
		}
		return a.c, "proposal_id", nil
	}
	return nil, "", koop.FieldErrorf(koop.EINVALID, "subject", "Unbekannte Art des Bezugs.")
}

const commentSelect = `SELECT c.id, c.cooperation_id, c.author_id, coalesce(u.name, '') AS author_name, c.body, c.created_at,
	c.edited_at, c.version FROM comments c LEFT JOIN users u ON u.id = c.author_id`

// permit fills what the actor may do with a comment.
func (tx *Tx) permitComment(c *koop.Cooperation, cm *koop.Comment) {
	own := tx.Actor != nil && cm.AuthorID != nil && *cm.AuthorID == tx.Actor.UserID
	cm.CanEdit = own && c.MyRole.Can(koop.PermContribute)
	cm.CanDelete = cm.CanEdit || c.MyRole.Can(koop.PermPlan)
}

// Comments lists a subject's comments, oldest first.
func (s *CommentService) Comments(ctx context.Context, subj koop.Subject) ([]*koop.Comment, error) {
	out := []*koop.Comment{}
	err := s.db.read(ctx, func(tx *Tx) error {
		c, col, err := tx.subject(subj, false)
		if err != nil {
			return err
		}
		if err := tx.sel(&out, commentSelect+` WHERE c.`+col+` = $1 ORDER BY c.created_at, c.id`, subj.ID); err != nil {
			return err
		}
		for _, cm := range out {
			tx.permitComment(c, cm)
		}
		return nil
	})
	return out, err
}

// AddComment writes a comment.
func (s *CommentService) AddComment(ctx context.Context, subj koop.Subject, body string) (*koop.Comment, error) {
	var out koop.Comment
	err := s.db.transact(ctx, func(tx *Tx) error {
		c, col, err := tx.subject(subj, false)
		if err != nil {
			return err
		}
		if err := c.MyRole.Require(koop.PermContribute); err != nil {
			return err
		}
		text, err := koop.CheckCommentBody(body)
		if err != nil {
			return err
		}
		var id string
		if err := tx.get(&id, `INSERT INTO comments (cooperation_id, `+col+`, author_id, body, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
			c.ID, subj.ID, tx.Actor.UserID, text, tx.Now); err != nil {
			return err
		}
		var ch koop.Changes
		ch.Set("subject", nil, string(subj.Kind)+":"+subj.ID)
		ch.Set("length", nil, len([]rune(text)))
		if err := tx.audit(&c.ID, "comment.create", "Comment", id, ch); err != nil {
			return err
		}
		if err := tx.get(&out, commentSelect+` WHERE c.id = $1`, id); err != nil {
			return err
		}
		tx.permitComment(c, &out)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return &out, nil
}

// comment loads a comment for a change, locked, with its cooperation.
func (tx *Tx) comment(id string) (*koop.Comment, *koop.Cooperation, error) {
	notFound := koop.Errorf(koop.ENOTFOUND, "Der Kommentar wurde nicht gefunden.")
	if _, err := tx.actor(); err != nil {
		return nil, nil, err
	}
	if !validID(id) {
		return nil, nil, notFound
	}
	var row struct {
		koop.Comment
		EventID      *string `db:"event_id"`
		WorkstreamID *string `db:"workstream_id"`
		ProposalID   *string `db:"proposal_id"`
	}
	err := tx.get(&row, `SELECT c.id, c.cooperation_id, c.author_id, '' AS author_name, c.body, c.created_at, c.edited_at, c.version, c.event_id,
		c.workstream_id, c.proposal_id FROM comments c WHERE c.id = $1 FOR UPDATE`, id)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil, notFound
	}
	if err != nil {
		return nil, nil, err
	}
	var c *koop.Cooperation
	if row.ProposalID != nil {
		// a proposal's comments do not exist for whoever does not see its retreat
		var a *retreatAccess
		if _, a, err = tx.proposal(*row.ProposalID, false); err == nil {
			c = a.c
		}
	} else if row.WorkstreamID != nil {
		// a workstream's comments do not exist for whoever does not see the workstream
		_, c, err = tx.workstream(*row.WorkstreamID, false)
	} else {
		c, err = tx.readable(row.CooperationID)
	}
	if koop.ErrorCode(err) == koop.ENOTFOUND {
		return nil, nil, notFound
	}
	if err != nil {
		return nil, nil, err
	}
	cm := row.Comment
	tx.permitComment(c, &cm)
	return &cm, c, nil
}

// EditComment changes one's own comment.
func (s *CommentService) EditComment(ctx context.Context, id string, version int, body string) (*koop.Comment, error) {
	var out koop.Comment
	err := s.db.transact(ctx, func(tx *Tx) error {
		cm, c, err := tx.comment(id)
		if err != nil {
			return err
		}
		if !cm.CanEdit {
			return koop.Errorf(koop.EFORBIDDEN, "Nur wer einen Kommentar geschrieben hat, kann ihn ändern.")
		}
		if err := checkVersion(version, cm.Version, "Der Kommentar"); err != nil {
			return err
		}
		text, err := koop.CheckCommentBody(body)
		if err != nil {
			return err
		}
		if err := tx.exec(`UPDATE comments SET body = $2, edited_at = $3, version = version + 1 WHERE id = $1`, id, text, tx.Now); err != nil {
			return err
		}
		var ch koop.Changes
		ch.Set("length", len([]rune(cm.Body)), len([]rune(text)))
		if err := tx.audit(&c.ID, "comment.update", "Comment", id, ch); err != nil {
			return err
		}
		if err := tx.get(&out, commentSelect+` WHERE c.id = $1`, id); err != nil {
			return err
		}
		tx.permitComment(c, &out)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return &out, nil
}

// DeleteComment removes a comment.
func (s *CommentService) DeleteComment(ctx context.Context, id string) error {
	return s.db.transact(ctx, func(tx *Tx) error {
		cm, c, err := tx.comment(id)
		if err != nil {
			return err
		}
		if !cm.CanDelete {
			return koop.Errorf(koop.EFORBIDDEN, "Nur wer einen Kommentar geschrieben hat, oder die Koordination kann ihn löschen.")
		}
		if err := tx.exec(`DELETE FROM comments WHERE id = $1`, id); err != nil {
			return err
		}
		var ch koop.Changes
		ch.Set("length", len([]rune(cm.Body)), nil)
		return tx.audit(&c.ID, "comment.delete", "Comment", id, ch)
	})
}
