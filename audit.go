package koop

import (
	"context"
	"fmt"
	"time"
)

// AuditEntry records who changed what and when.
type AuditEntry struct {
	ID            string    `db:"id"`
	CooperationID *string   `db:"cooperation_id"`
	At            time.Time `db:"at"`
	ActorID       *string   `db:"actor_id"`
	ActorName     string    `db:"actor_name"`
	Action        string    `db:"action"`
	EntityType    string    `db:"entity_type"`
	EntityID      string    `db:"entity_id"`
	Changes       []*AuditChange
}

// AuditChange is one changed field. Secret and personal values are named with Redacted set
// and never stored, so that erasing a person leaves the trail intact.
type AuditChange struct {
	Field    string  `json:"field"`
	Old      *string `json:"old,omitempty"`
	New      *string `json:"new,omitempty"`
	Redacted bool    `json:"redacted,omitempty"`
}

// AuditEntryList is a page of audit entries.
type AuditEntryList struct {
	Items      []*AuditEntry
	TotalCount int
}

// AuditFilter narrows the audit trail.
type AuditFilter struct {
	EntityType *string
	EntityID   *string
	ActorID    *string
	Action     *string
	From       *time.Time
	Until      *time.Time
}

// AuditService reads the audit trail.
type AuditService interface {
	// AuditEntries lists a cooperation's audit trail, newest first (ADMIN).
	AuditEntries(ctx context.Context, cooperationID string, f AuditFilter, p Page) (*AuditEntryList, error)
}

// Changes collects the changed fields of one mutation for the audit trail.
type Changes []*AuditChange

// Set records a field whose value may be stored, when old and new differ. A nil old means a
// newly created value.
func (c *Changes) Set(field string, old, new any) {
	o, n := auditText(old), auditText(new)
	if (o == nil && n == nil) || (o != nil && n != nil && *o == *n) {
		return
	}
	*c = append(*c, &AuditChange{Field: field, Old: o, New: n})
}

// Redact records that a secret or personal field changed without storing its values.
func (c *Changes) Redact(field string) {
	*c = append(*c, &AuditChange{Field: field, Redacted: true})
}

// RedactIf records a secret or personal field when old and new differ.
func (c *Changes) RedactIf(field string, old, new any) {
	o, n := auditText(old), auditText(new)
	if (o == nil && n == nil) || (o != nil && n != nil && *o == *n) {
		return
	}
	c.Redact(field)
}

func auditText(v any) *string {
	switch x := v.(type) {
	case nil:
		return nil
	case *string:
		return x
	case string:
		return &x
	case time.Time:
		s := x.UTC().Format(time.RFC3339)
		return &s
	default:
		s := fmt.Sprint(x)
		return &s
	}
}
