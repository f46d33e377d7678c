package graph

import (
	"context"

	"github.com/koop-lichtenberg/koop"
)

func (r *queryResolver) AuditEntries(ctx context.Context, cooperationID string, filter *koop.AuditFilter, limit, offset *int) (*koop.AuditEntryList, error) {
	p, err := koop.NewPage(limit, offset)
	if err != nil {
		return nil, err
	}
	return r.Audit.AuditEntries(ctx, cooperationID, deref(filter), p)
}
