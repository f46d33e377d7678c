package graph

import (
	"context"

	"github.com/koop-lichtenberg/koop"
)

func (r *queryResolver) Dashboard(ctx context.Context, cooperationID string) (*koop.Dashboard, error) {
	return r.Resolver.Dashboards.Dashboard(ctx, cooperationID)
}
