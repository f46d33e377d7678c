package graph

import (
	"context"

	"github.com/koop-lichtenberg/koop"
	"github.com/koop-lichtenberg/koop/graph/model"
)

func (r *queryResolver) LegalTexts(ctx context.Context, cooperationID string) (*koop.LegalTexts, error) {
	return r.Resolver.Legal.LegalTexts(ctx, cooperationID)
}

func (r *mutationResolver) UpdateLegalTexts(ctx context.Context, input koop.UpdateLegalTextsInput) (*model.UpdateLegalTextsPayload, error) {
	l, err := r.Resolver.Legal.UpdateLegalTexts(ctx, input)
	if err != nil {
		return nil, err
	}
	return &model.UpdateLegalTextsPayload{LegalTexts: l}, nil
}
