package graph

import (
	"context"

	"github.com/koop-lichtenberg/koop"
)

func (r *queryResolver) Search(ctx context.Context, query string, cooperationID string, kinds []koop.SearchKind, limit *int) (*koop.SearchResult, error) {
	in := koop.SearchInput{CooperationID: cooperationID, Query: query, Kinds: kinds, Limit: koop.DefaultSearchLimit}
	if limit != nil {
		in.Limit = *limit
	}
	return r.Resolver.Search.Search(ctx, in)
}
