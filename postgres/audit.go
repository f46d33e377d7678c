package postgres

import (
	"context"
	"encoding/json"

	"github.com/koop-lichtenberg/koop"
)

// AuditService implements koop.AuditService.
type AuditService struct{ db *DB }

// NewAuditService returns the audit service.
func NewAuditService(db *DB) *AuditService { return &AuditService{db: db} }

var _ koop.AuditService = (*AuditService)(nil)

// AuditEntries lists a cooperation's audit trail, newest first, for its admins.
func (s *AuditService) AuditEntries(ctx context.Context, cooperationID string, f koop.AuditFilter, p koop.Page) (*koop.AuditEntryList, error) {
	list := &koop.AuditEntryList{Items: []*koop.AuditEntry{}}
	err := s.db.read(ctx, func(tx *Tx) error {
		if _, err := tx.require(cooperationID, koop.PermAdminister); err != nil {
			return err
		}
		if f.ActorID != nil && !validID(*f.ActorID) {
			return nil
		}
		var action *string
		if f.Action != nil && *f.Action != "" {
			a := likePattern(f.Action)
			x := (*a)[1:] // prefix match: drop the leading wildcard
			action = &x
		}
		where := ` WHERE a.cooperation_id = $1 AND ($2::text IS NULL OR a.entity_type = $2) AND ($3::text IS NULL OR a.entity_id = $3)
			AND ($4::uuid IS NULL OR a.actor_id = $4) AND ($5::text IS NULL OR a.action LIKE $5)
			AND ($6::timestamptz IS NULL OR a.at >= $6) AND ($7::timestamptz IS NULL OR a.at < $7)`
		args := []any{cooperationID, f.EntityType, f.EntityID, f.ActorID, action, f.From, f.Until}
		if err := tx.get(&list.TotalCount, `SELECT count(*) FROM audit_entries a`+where, args...); err != nil {
			return err
		}
		var rows []struct {
			koop.AuditEntry
			ChangesJSON []byte `db:"changes"`
		}
		if err := tx.sel(&rows, `SELECT a.id, a.cooperation_id, a.at, a.actor_id, a.action, a.entity_type, a.entity_id, a.changes,
				COALESCE(u.name, 'System') AS actor_name
			FROM audit_entries a LEFT JOIN users u ON u.id = a.actor_id`+where+`
			ORDER BY a.at DESC, a.id LIMIT $8 OFFSET $9`, append(args, p.Limit, p.Offset)...); err != nil {
			return err
		}
		for i := range rows {
			e := &rows[i].AuditEntry
			if err := json.Unmarshal(rows[i].ChangesJSON, &e.Changes); err != nil {
				return err
			}
			list.Items = append(list.Items, e)
		}
		return nil
	})
	return list, err
}
